"""What content editors may upload as a course document, checked by what is inside the file.

Wagtail checks a document's extension; a file can be renamed to any extension, so the
first bytes must also match what the extension claims. Images are checked by Wagtail
itself (it opens them), limited by WAGTAILIMAGES_EXTENSIONS and WAGTAILIMAGES_MAX_UPLOAD_SIZE.
"""

import zipfile

from django import forms
from wagtail.documents.forms import BaseDocumentForm

PDF = "PDF document"
OFFICE = "Word, Excel or PowerPoint file"
OPEN_DOCUMENT = "OpenDocument file"
TEXT = "plain text file"

KINDS = {
    "pdf": PDF,
    "docx": OFFICE,
    "xlsx": OFFICE,
    "pptx": OFFICE,
    "odt": OPEN_DOCUMENT,
    "ods": OPEN_DOCUMENT,
    "odp": OPEN_DOCUMENT,
    "txt": TEXT,
    "csv": TEXT,
}
ALLOWED_EXTENSIONS = sorted(KINDS)


def _zip_names(upload):
    try:
        with zipfile.ZipFile(upload) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return set()


def _looks_like(kind, upload):
    upload.seek(0)
    head = upload.read(4096)
    upload.seek(0)
    if kind == PDF:
        return head.startswith(b"%PDF-")
    if kind == OFFICE:
        return head.startswith(b"PK\x03\x04") and "[Content_Types].xml" in _zip_names(upload)
    if kind == OPEN_DOCUMENT:
        return head.startswith(b"PK\x03\x04") and "mimetype" in _zip_names(upload)
    if kind == TEXT:
        if b"\x00" in head:
            return False
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # The 4 KB cut may fall inside a character; anything earlier is a real problem.
            return error.start >= len(head) - 3
        return True
    return False


def disguised_upload_error(upload):
    """A message when the file's contents do not match its extension, else None."""
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    kind = KINDS.get(extension)
    if kind is None:
        return None  # Wagtail's own extension check gives the message for these.
    if _looks_like(kind, upload):
        return None
    upload.seek(0)
    return (
        f"This file is named as a {kind} (.{extension}) but what is inside is not one. "
        f"Open it, save it again as a {kind}, and upload that copy."
    )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files whose contents do not match their name."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            error = disguised_upload_error(upload)
            if error:
                raise forms.ValidationError(error, code="disguised")
        return upload
