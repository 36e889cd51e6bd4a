"""Putting back what the migrations made (roles, placements, content types, permissions, the
Wagtail root page) after a transactional test has emptied the database.

Django's own loader saves the snapshot one row at a time, and a raw save with a primary key
first tries an UPDATE, then INSERTs: two queries for each of several hundred rows, before every
browser test. The database is empty here, so each model's rows go in with one INSERT
(`bulk_create`). Everything else a row-by-row load does is kept: the same pre_save and
post_save signals (raw=True, created=True) for each row, many-to-many links set through the
related manager, and the foreign keys checked once the rows are in. A model that inherits from
another (a Wagtail page type) cannot be bulk-created; its rows are saved one by one as before.
"""

import itertools
import json

from django.core import serializers
from django.db import transaction
from django.db.models.signals import post_save, pre_save


def load(connection, snapshot):
    """Content types go in first, with their own ids. Wagtail's page and task models look up
    their content type as they are built; were the rows not there yet, that lookup would make
    a new row under another id and the snapshot's own row would then clash with it."""
    rows = json.loads(snapshot)
    content_types = [row for row in rows if row["model"] == "contenttypes.contenttype"]
    others = [row for row in rows if row["model"] != "contenttypes.contenttype"]
    for part in (content_types, others):
        _insert(connection, part)


def _insert(connection, rows):
    alias = connection.alias
    tables = set()
    with transaction.atomic(using=alias), connection.constraint_checks_disabled():
        deserialized = serializers.deserialize("python", rows, using=alias)
        for model, run in itertools.groupby(deserialized, key=lambda item: type(item.object)):
            run = list(run)
            tables.add(model._meta.db_table)
            if model._meta.parents:
                for item in run:
                    item.save(using=alias)
                continue
            for item in run:
                pre_save.send(sender=model, instance=item.object, raw=True, using=alias, update_fields=None)
            model._base_manager.using(alias).bulk_create([item.object for item in run])
            for item in run:
                post_save.send(
                    sender=model, instance=item.object, created=True, update_fields=None, raw=True, using=alias
                )
                for accessor, related in item.m2m_data.items():
                    getattr(item.object, accessor).set(related)
        connection.check_constraints(table_names=sorted(tables))
