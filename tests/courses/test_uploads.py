"""Uploads are limited in size and type, judged by what is inside the file, and
documents are served only to signed-in people, always as a download."""

import io
import zipfile

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from courses.uploads import ALLOWED_EXTENSIONS, disguised_upload_error

pytestmark = pytest.mark.django_db

PDF_BYTES = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def upload(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": "Handout", "collection": Collection.get_first_root_node().pk,
         "file": SimpleUploadedFile(name, content)},
    )


def form_errors(response):
    return " ".join(str(e) for e in response.context["form"].errors.get("file", []))


def test_a_content_editor_can_upload_a_real_pdf(client_for, content_editor):
    response = upload(client_for(content_editor), "handout.pdf", PDF_BYTES)
    assert response.status_code == 302
    assert Document.objects.get().filename == "handout.pdf"


def test_a_real_word_document_is_accepted(client_for, content_editor):
    response = upload(client_for(content_editor), "handout.docx", docx_bytes())
    assert response.status_code == 302
    assert Document.objects.count() == 1


def test_a_program_renamed_to_pdf_is_refused_with_a_message(client_for, content_editor):
    response = upload(client_for(content_editor), "handout.pdf", WINDOWS_PROGRAM)
    assert response.status_code == 200
    assert "is not one" in form_errors(response)
    assert not Document.objects.exists()


def test_a_plain_zip_renamed_to_docx_is_refused(client_for, content_editor):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.js", "alert(1)")
    response = upload(client_for(content_editor), "handout.docx", buffer.getvalue())
    assert "is not one" in form_errors(response)
    assert not Document.objects.exists()


def test_a_file_type_outside_the_list_is_refused(client_for, content_editor):
    response = upload(client_for(content_editor), "page.html", b"<script>alert(1)</script>")
    assert response.status_code == 200
    assert "not allowed" in form_errors(response)
    assert not Document.objects.exists()


def test_an_oversized_document_is_refused(client_for, content_editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload(client_for(content_editor), "big.pdf", PDF_BYTES + b"0" * 2048)
    assert "too big" in form_errors(response)
    assert not Document.objects.exists()


def test_text_that_is_really_binary_is_refused():
    assert disguised_upload_error(SimpleUploadedFile("notes.txt", b"abc\x00def")) is not None
    assert disguised_upload_error(SimpleUploadedFile("notes.txt", "Café rota".encode())) is None


def test_the_settings_allow_exactly_the_types_we_can_check():
    assert sorted(settings.WAGTAILDOCS_EXTENSIONS) == ALLOWED_EXTENSIONS


def test_a_text_file_renamed_to_png_is_refused_as_an_image(client_for, content_editor):
    response = client_for(content_editor).post(
        reverse("wagtailimages:add"),
        {"title": "Photo", "collection": Collection.get_first_root_node().pk,
         "file": SimpleUploadedFile("photo.png", b"this is not a picture")},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Image.objects.exists()


@pytest.fixture
def handout():
    return Document.objects.create(title="Handout", file=SimpleUploadedFile("handout.pdf", PDF_BYTES))


def test_documents_are_not_served_to_people_who_are_not_signed_in(client, handout):
    response = client.get(handout.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_signed_in_people_get_documents_as_a_download(client_for, volunteer_user, handout):
    response = client_for(volunteer_user).get(handout.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == PDF_BYTES
