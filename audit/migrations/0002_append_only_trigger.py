"""On PostgreSQL, the database itself refuses to delete access-log rows or change them,
except to blank the people in a row (erasure, or a deleted account's SET_NULL).

SQLite is left alone: its test flush deletes rows one table at a time, and the model and
queryset already refuse changes in the app.
"""

from django.db import migrations

CREATE = (
    """
CREATE FUNCTION audit_accesslog_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Access-log rows cannot be deleted.';
    END IF;
    IF (NEW.id, NEW.at, NEW.kind, NEW.object_id, NEW.outcome, NEW.method, NEW.path)
            IS DISTINCT FROM (OLD.id, OLD.at, OLD.kind, OLD.object_id, OLD.outcome, OLD.method, OLD.path)
        OR (NEW.actor_id IS DISTINCT FROM OLD.actor_id AND NEW.actor_id IS NOT NULL)
        OR (NEW.subject_id IS DISTINCT FROM OLD.subject_id AND NEW.subject_id IS NOT NULL)
        OR (NEW.actor_label <> OLD.actor_label AND NEW.actor_label <> '')
        OR (NEW.subject_label <> OLD.subject_label AND NEW.subject_label <> '') THEN
        RAISE EXCEPTION 'Access-log rows cannot be changed, only have people blanked.';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql
""",
    """
CREATE TRIGGER audit_accesslog_append_only
    BEFORE UPDATE OR DELETE ON audit_accesslog
    FOR EACH ROW EXECUTE FUNCTION audit_accesslog_append_only()
""",
)

DROP = (
    "DROP TRIGGER IF EXISTS audit_accesslog_append_only ON audit_accesslog",
    "DROP FUNCTION IF EXISTS audit_accesslog_append_only()",
)


def on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP))]
