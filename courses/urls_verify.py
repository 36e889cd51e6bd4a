"""The public certificate check, mounted at /verify/."""

from django.urls import path

from courses import views

app_name = "verify"

urlpatterns = [path("<str:code>/", views.certificate_verify, name="certificate")]
