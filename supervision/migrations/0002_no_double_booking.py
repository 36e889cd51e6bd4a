"""Nobody holds two overlapping active places in meetings: a PostgreSQL exclusion constraint
over (person, [starts_at, ends_at)). SQLite (the embedded one-laptop mode) has no such
constraint and relies on the services' check; its writes are serialised anyway."""

from django.db import migrations

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    """
    ALTER TABLE supervision_attendee
    ADD CONSTRAINT supervision_attendee_no_overlap
    EXCLUDE USING gist (person_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    WHERE (active)
    """,
]
DROP = ["ALTER TABLE supervision_attendee DROP CONSTRAINT IF EXISTS supervision_attendee_no_overlap"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("supervision", "0001_initial")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP))]
