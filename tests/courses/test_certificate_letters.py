"""Certificates carry every letter of a person's name and a Welsh course title: the font is
embedded, and it has the letters (Helvetica drew ŵ, ŷ, Ł and ğ as black boxes)."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from courses.certificates import REGULAR, certificate_pdf, fonts_registered
from courses.models import Certificate

pytestmark = pytest.mark.django_db

NAME = "Siân Ŵyn Łukasz Doğan"
TITLE = "Ymwybyddiaeth o ddefnyddio sylweddau: gŵyl, tŷ a chwmwd"


@pytest.fixture
def certificate(tree, volunteer_user, trainer):
    tree.finish_online_work(volunteer_user)
    tree.attend(volunteer_user, trainer=trainer)
    certificate = Certificate.objects.get(user=volunteer_user)
    Certificate.objects.filter(pk=certificate.pk).update(learner_name=NAME, course_title=TITLE)
    certificate.refresh_from_db()
    return certificate


def _fonts(page):
    fonts = page["/Resources"]["/Font"]
    return [fonts[name].get_object() for name in fonts]


def test_the_name_and_title_come_back_out_of_the_pdf_letter_for_letter(certificate):
    text = PdfReader(BytesIO(certificate_pdf(certificate))).pages[0].extract_text()
    assert NAME in text
    assert "gŵyl, tŷ a chwmwd" in text


def test_every_font_on_the_certificate_is_embedded_and_none_is_helvetica(certificate):
    page = PdfReader(BytesIO(certificate_pdf(certificate))).pages[0]
    fonts = _fonts(page)
    assert fonts
    for font in fonts:
        assert "Helvetica" not in font["/BaseFont"]
        descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


def test_the_embedded_font_has_a_glyph_for_every_letter(certificate):
    from reportlab.pdfbase import pdfmetrics

    fonts_registered()
    glyphs = pdfmetrics.getFont(REGULAR).face.charToGlyph
    missing = {letter for letter in NAME + TITLE + "ŴŶâêîôûŷ" if letter != " " and ord(letter) not in glyphs}
    assert missing == set()


def test_a_welsh_learner_s_certificate_is_in_welsh_whoever_downloads_it(certificate, volunteer_user, client_for,
                                                                       manager, welsh_strings):
    volunteer_user.language = "cy"
    volunteer_user.save()
    from django.urls import reverse

    response = client_for(manager).get(reverse("courses:certificate_download", args=[certificate.pk]))
    assert "Tystysgrif cwblhau" in PdfReader(BytesIO(response.content)).pages[0].extract_text()


def test_a_welsh_reader_gets_the_welsh_course_title_on_the_certificate_and_the_check_page(
    tree, volunteer_user, trainer, client, welsh_strings
):
    from courses.loading_welsh import build_welsh
    from tests.welsh import welsh_course

    tree.finish_online_work(volunteer_user)
    tree.attend(volunteer_user, trainer=trainer)
    build_welsh(courses=[welsh_course()], policies=[])
    certificate = Certificate.objects.get(user=volunteer_user)
    volunteer_user.language = "cy"
    volunteer_user.save()
    certificate.refresh_from_db()
    assert "Ffiniau proffesiynol" in PdfReader(BytesIO(certificate_pdf(certificate))).pages[0].extract_text()
    from django.conf import settings
    from django.urls import reverse

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "cy"
    page = client.get(reverse("verify:certificate", args=[certificate.code])).content.decode()
    assert "Gwirio tystysgrif" in page and "Ffiniau proffesiynol" in page
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en-gb"
    english = client.get(reverse("verify:certificate", args=[certificate.code])).content.decode()
    assert "Professional boundaries" in english
