"""The bad-input sweep tries a query name ten times only where the page reads it
(tests/security/query_reads.py). That is only as good as the watching: a name looked up must be
seen, anything that sees the whole query must count as reading every name, and a name left
alone must be seen as left alone."""

import pytest
from django import forms
from django.http import HttpResponse
from django.template import RequestContext, Template
from django.test import Client
from django.urls import path, reverse

from tests.security import query_reads

pytestmark = pytest.mark.django_db


class _Search(forms.Form):
    q = forms.CharField(required=False)


def _reads_q(request):
    return HttpResponse(request.GET.get("q", ""))


def _asks_whether_q_is_there(request):
    return HttpResponse("yes" if "q" in request.GET else "no")


def _searches(request):
    return HttpResponse(str(_Search(request.GET).is_valid()))


def _iterates(request):
    return HttpResponse(",".join(request.GET))


def _items(request):
    return HttpResponse(str(sorted(request.GET.items())))


def _urlencodes(request):
    return HttpResponse(request.GET.urlencode())


def _anything_there(request):
    return HttpResponse("filtered" if request.GET else "all")


def _full_path(request):
    return HttpResponse(request.get_full_path())


def _full_path_in_a_template(request):
    return HttpResponse(Template("{{ request.get_full_path }}").render(RequestContext(request)))


def _copies_meta(request):
    return HttpResponse(str(len(dict(request.META))))


def _ignores(request):
    return HttpResponse("the same for everyone")


def _reads_where_nobody_looks(request):
    # dict.get on META itself goes past what query_reads watches: the sweep's spot check must see it.
    return HttpResponse(status=400 if "q=" in dict.get(request.META, "QUERY_STRING") else 200)


VIEWS = {
    "reads-q": _reads_q, "asks": _asks_whether_q_is_there, "form": _searches, "iterates": _iterates,
    "items": _items, "urlencode": _urlencodes, "bool": _anything_there, "full-path": _full_path,
    "template": _full_path_in_a_template, "meta": _copies_meta, "ignores": _ignores,
    "sneaky": _reads_where_nobody_looks,
}
urlpatterns = [path(f"reads/{name}/", view) for name, view in VIEWS.items()]


def _reads(url, data=None, client=None):
    client = query_reads.reading(client or Client())
    with query_reads.recording() as reads:
        response = client.get(url, data or {})
    assert response.status_code == 200, response
    return reads


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("view", ["reads-q", "asks", "form"])
@pytest.mark.parametrize("data", [{}, {"q": "x"}, {"q": "x", "page": "2"}], ids=["absent", "there", "and-page"])
def test_a_name_the_view_looks_up_is_read_and_no_other(view, data):
    reads = _reads(f"/reads/{view}/", data)
    assert reads.watched
    assert reads.read("q")
    assert not reads.read("page")


@pytest.mark.urls(__name__)
@pytest.mark.parametrize("view", ["iterates", "items", "urlencode", "bool", "full-path", "template", "meta"])
def test_anything_that_sees_the_whole_query_reads_every_name(view):
    reads = _reads(f"/reads/{view}/", {"q": "x"})
    assert reads.read("q") and reads.read("page") and reads.read("anything")


@pytest.mark.urls(__name__)
def test_a_name_the_view_ignores_is_not_read():
    reads = _reads("/reads/ignores/", {"q": "x"})
    assert reads.watched
    assert not reads.read("q")


@pytest.mark.urls(__name__)
def test_nothing_is_known_of_a_request_the_watching_middleware_never_saw():
    with query_reads.recording() as reads:
        Client().get("/reads/ignores/", {"q": "x"})
    assert not reads.watched
    assert reads.read("q")


def test_the_language_switch_echoing_the_address_is_not_a_read(volunteer_user):
    """Every page shows the language switch, which puts the whole address in a hidden field;
    that echo alone does not make a page read every name."""
    client = Client()
    client.force_login(volunteer_user)
    reads = _reads(reverse("home"), {"q": "x"}, client)
    assert reads.echoes
    assert not reads.read("q")
