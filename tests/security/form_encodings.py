"""A page with a file-upload form and a plain one, for proving that the bad-input sweep sends
each form as a browser would and still catches a view that crashes on a bad value."""

from django.http import HttpResponse
from django.urls import path

PAGE = """
<form method="post" action="/sent/upload/" enctype="Multipart/Form-Data">
  <input name="caption" value="A photo"><input type="file" name="photo">
</form>
<form method="post" action="/sent/plain/"><input name="caption" value="Hello"></form>
"""
# (path, content type, caption) of every POST the views below were sent.
RECEIVED = []


def _crashes_on_nul(request):
    caption = request.POST.get("caption", "")
    RECEIVED.append((request.path, request.content_type, caption))
    if "\x00" in caption:
        raise ValueError("a NUL reached the view")
    return HttpResponse("Saved.")


urlpatterns = [path("sent/upload/", _crashes_on_nul), path("sent/plain/", _crashes_on_nul)]
