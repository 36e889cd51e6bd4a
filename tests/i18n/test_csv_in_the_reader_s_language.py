import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_report_headings_are_in_the_language_of_whoever_downloads_it(client_for, manager, welsh_strings):
    english = client_for(manager).get(reverse("readiness:reports_csv"))
    assert english.status_code == 200 and english.content.decode().startswith("Waymark report,")
    manager.language = "cy"
    manager.save()
    welsh = client_for(manager).get(reverse("readiness:reports_csv"))
    assert welsh.content.decode().startswith("Adroddiad Waymark,")
