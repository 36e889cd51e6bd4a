"""The inventory names every link to a person, so a new model cannot be forgotten."""

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured

from privacy import inventory
from privacy.retention import RULES


def links_to_people():
    """Every foreign key, one-to-one and many-to-many field that points at a person, as
    "app_label.Model.field", named after the model that declares it."""
    user_model = get_user_model()
    links = set()
    for model in apps.get_models():
        for field in model._meta.get_fields(include_hidden=True):
            if not field.concrete or not field.is_relation:
                continue
            declared_on = field.model._meta.label
            if field.related_model is user_model or (field.many_to_many and model is user_model):
                links.add(f"{declared_on}.{field.name}")
    return links


def test_it_names_every_link_to_a_person():
    missing = links_to_people() - inventory.covered_links()
    assert not missing, f"Add these to their app's personal_data.py (a Kind's `about`, or acted_on): {sorted(missing)}"


def test_it_names_no_link_that_does_not_exist():
    assert not inventory.covered_links() - links_to_people()


def test_the_check_sees_links_from_other_apps_too():
    links = links_to_people()
    assert {"supervision.CheckIn.volunteer", "account.EmailAddress.user", "wagtailcore.Page.owner",
            "supervision.MeetingSeries.members", "people.User.groups"} <= links


def test_every_kind_is_exported_or_says_why_not():
    for kind in inventory.KINDS:
        assert apps.get_model(kind.model)
        assert kind.exported != bool(kind.not_exported), kind.name
        assert kind.on_erase, kind.name
        if kind.exported:
            assert kind.description and kind.headers()[0] == "id", kind.name


def test_kind_names_are_unique():
    names = [kind.name for kind in inventory.KINDS]
    assert len(names) == len(set(names))


def test_every_retention_rule_has_a_setting_and_every_kind_names_a_real_rule():
    assert set(RULES) == set(settings.WAYMARK_RETENTION_DAYS)
    assert {kind.retention for kind in inventory.KINDS if kind.retention} <= set(RULES)


def test_each_app_lists_its_own_kinds_next_to_its_models():
    # Found at start in <app>/personal_data.py; the libraries' kinds are privacy's to list.
    ours = {config.label: config.name for config in apps.get_app_configs() if not config.name.startswith(
        ("django.", "wagtail", "allauth", "modelcluster", "taggit", "csp", "config"))}
    for kind in inventory.KINDS:
        app_label = kind.model.split(".")[0]
        declared_in = f"{ours[app_label]}.personal_data" if app_label in ours else "privacy.personal_data"
        # A select made by a helper of the inventory (mentioning) says only where the helper is.
        assert kind.select.__module__ in (declared_in, "privacy.inventory"), kind.name


def test_a_kind_named_twice_is_refused():
    kind = inventory.KINDS[0]
    with pytest.raises(ImproperlyConfigured):
        inventory.register(kind)
    assert inventory.KINDS.count(kind) == 1
