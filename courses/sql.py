"""Plain SQL for the few reads where building the ORM query costs more than answering it."""

from django.db import connection
from django.db.models.expressions import Col


def column(model, name):
    return connection.ops.quote_name(model._meta.get_field(name).column)


def table(model):
    return connection.ops.quote_name(model._meta.db_table)


def fetch_one(sql, params, fields):
    """The first row of a plain SQL query, each value converted as the ORM would convert that
    (model, field name)'s column (SQLite, for one, gives dates back as text)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    values = []
    for value, (model, name) in zip(row, fields, strict=True):
        field = model._meta.get_field(name)
        expression = Col(model._meta.db_table, field)
        for converter in connection.ops.get_db_converters(expression) + field.get_db_converters(connection):
            value = converter(value, expression, connection)
        values.append(value)
    return values
