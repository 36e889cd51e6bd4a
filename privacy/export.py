"""Everything held about one person, as a ZIP of CSV and JSON files (a subject access export).

Which records go in, and which are left out and why, is decided in privacy/inventory.py and
explained in the README.txt inside the ZIP.
"""

import csv
import io
import json
import zipfile
from datetime import date, datetime, time
from decimal import Decimal

from django.template.loader import render_to_string
from django.utils import timezone

from privacy import inventory
from readiness.reports import csv_safe


def _plain(value):
    """A value as JSON can hold it: dates and times as ISO 8601 (with the offset), lists and
    dicts as they are."""
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, str | int | float | bool | list | dict) or value is None:
        return value
    return str(value)


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    return csv_safe(value)


def _csv(headers, rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    writer.writerows([[_cell(value) for value in row] for row in rows])
    # A byte-order mark so that spreadsheet programs read the accents right.
    return "\ufeff" + out.getvalue()


def person_export(*, person):
    """The ZIP's bytes: <kind>.csv and <kind>.json for every kind of record in the
    inventory (an empty file when there are none), manifest.json with the row counts, and
    README.txt saying what each file holds and what was left out."""
    now = timezone.localtime()
    files = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for kind in inventory.exported_kinds():
            headers = kind.headers()
            rows = [[_plain(value) for value in kind.values(row)] for row in kind.select(person)]
            archive.writestr(f"{kind.name}.csv", _csv(headers, rows))
            records = [dict(zip(headers, row, strict=True)) for row in rows]
            archive.writestr(f"{kind.name}.json", json.dumps(records, ensure_ascii=False, indent=2))
            files.append({"name": kind.name, "rows": len(rows), "description": str(kind.description)})
        manifest = {
            "person_id": person.pk,
            "generated_at": now.isoformat(),
            "files": {f"{entry['name']}.{ext}": entry["rows"] for entry in files for ext in ("csv", "json")},
        }
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        left_out = [kind for kind in inventory.KINDS if not kind.exported]
        archive.writestr(
            "README.txt",
            render_to_string("privacy/export_readme.txt", {"now": now, "files": files, "left_out": left_out}),
        )
    return buffer.getvalue()
