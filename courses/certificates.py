"""The certificate PDF, drawn with reportlab when someone downloads it, in the learner's language.

reportlab's built-in Helvetica has no ŵ or ŷ (nor Ł, ğ and many letters of people's names): it
draws them as black boxes. The certificate embeds Roboto instead, whose files come with the
font-roboto package from PyPI, so no machine needs a system font or a download at run time."""

from functools import lru_cache
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from outbox.language import in_language_of

REGULAR, BOLD, ITALIC = "Waymark", "Waymark-Bold", "Waymark-Italic"


@lru_cache(maxsize=1)
def fonts_registered():
    """Register the embedded fonts with reportlab once per process; returns their file paths."""
    import font_roboto

    folder = Path(font_roboto.__file__).parent / "files"
    files = {REGULAR: "Roboto-Regular.ttf", BOLD: "Roboto-Bold.ttf", ITALIC: "Roboto-Italic.ttf"}
    for name, filename in files.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    return {name: folder / filename for name, filename in files.items()}


def _wrapped(pdf, text, x, y, width, font=REGULAR, size=11, leading=15):
    """Draw centred text wrapped to `width`; returns the y below it."""
    words, line = text.split(), ""
    lines = []
    for word in words:
        trial = f"{line} {word}".strip()
        if pdf.stringWidth(trial, font, size) > width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    pdf.setFont(font, size)
    for item in lines:
        pdf.drawCentredString(x, y, item)
        y -= leading
    return y


def certificate_pdf(certificate, request=None):
    # The learner's certificate, in the learner's language, whoever downloads it.
    with in_language_of(certificate.user):
        return _drawn(certificate)


def course_title_for_reader(certificate):
    """The course's title in the reader's language where it has a live translation; otherwise
    the title it had when the certificate was issued."""
    from courses.translations import is_default_language, translation_in

    if certificate.course is None or is_default_language():
        return certificate.course_title
    translated = translation_in(certificate.course, get_language())
    return translated.title if translated is not None else certificate.course_title


def _drawn(certificate):
    fonts_registered()
    course_title = course_title_for_reader(certificate)
    buffer = BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height), initialFontName=REGULAR)
    pdf.setTitle(_("Certificate: %(course)s") % {"course": course_title})
    pdf.setAuthor(settings.WAYMARK_ORGANISATION_NAME)
    pdf.setLineWidth(3)
    pdf.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    middle = width / 2
    pdf.setFont(REGULAR, 14)
    pdf.drawCentredString(middle, height - 40 * mm, settings.WAYMARK_ORGANISATION_NAME)
    pdf.setFont(BOLD, 30)
    pdf.drawCentredString(middle, height - 58 * mm, _("Certificate of completion"))
    pdf.setFont(REGULAR, 14)
    pdf.drawCentredString(middle, height - 75 * mm, _("This is to certify that"))
    pdf.setFont(BOLD, 24)
    pdf.drawCentredString(middle, height - 90 * mm, certificate.learner_name)
    pdf.setFont(REGULAR, 14)
    pdf.drawCentredString(middle, height - 103 * mm, _("has completed"))
    y = _wrapped(pdf, course_title, middle, height - 117 * mm, width - 60 * mm, BOLD, 20, 24)
    dates = _("Completed on %(date)s") % {"date": date_format(certificate.completed_on, "j F Y")}
    if certificate.expires_on:
        dates += " · " + _("Valid until %(date)s") % {"date": date_format(certificate.expires_on, "j F Y")}
    pdf.setFont(REGULAR, 12)
    pdf.drawCentredString(middle, y - 6 * mm, dates)
    if certificate.accreditation:
        _wrapped(pdf, certificate.accreditation, middle, y - 18 * mm, width - 80 * mm, ITALIC, 10, 13)
    link = settings.SITE_URL + reverse("verify:certificate", args=[certificate.code])
    pdf.setFont(REGULAR, 10)
    check = _("Verification code %(code)s – check it at %(link)s") % {"code": certificate.code, "link": link}
    pdf.drawCentredString(middle, 24 * mm, check)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
