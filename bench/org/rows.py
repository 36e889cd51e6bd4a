"""COPY for the million-row tables (meetings, places, records, check-ins, reminders).

bulk_create spends most of its time preparing each value in Python; PostgreSQL's COPY takes
plain tuples, which keeps the large build to minutes on two cores. Rows that others point
at get ids reserved from the table's own sequence first.
"""

from django.db import connection


def reserve_ids(model, count):
    """The first of `count` consecutive ids taken from the model's sequence for our own use."""
    if not count:
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [model._meta.db_table])
        sequence = cursor.fetchone()[0]
        cursor.execute("SELECT setval(%s, nextval(%s) + %s - 1)", [sequence, sequence, count])
        last = cursor.fetchone()[0]
    return last - count + 1


def copy_rows(model, fields, rows):
    """COPY rows (tuples in the order of `fields`, named as on the model) into its table."""
    if not rows:
        return
    # Columns the model has gained since the builder was written take their plain default
    # (COPY does not know Django's defaults), so the build keeps up with new fields.
    fields = list(fields)
    given = {model._meta.get_field(name).column for name in fields}
    extra = [
        field for field in model._meta.concrete_fields
        if field.column not in given and not field.null and field.has_default() and not callable(field.default)
    ]
    if extra:
        fields += [field.name for field in extra]
        rows = [(*row, *(field.get_db_prep_save(field.default, connection) for field in extra)) for row in rows]
    columns = ", ".join(connection.ops.quote_name(model._meta.get_field(name).column) for name in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
