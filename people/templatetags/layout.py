"""The site header, which every page shows and which looks the same for everyone with the
same menu: it is rendered once in each process for each way it can look (language, menu
entries, which section is open) and kept.

includes/header.html reads only what `site_header` passes it, so nothing else can make two
pages' headers differ."""

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language

register = template.Library()

# Menu entries shown as open when the page's address contains these.
SECTIONS = (("learn", "/learn/"), ("supervision", "/supervision/"), ("people", "/people/"),
            ("first_steps", "/first-steps/"), ("accounts", "/accounts/"))

_rendered = {}


def open_sections(path):
    """The menu entries to show as open on the page at `path`."""
    found = {name for name, part in SECTIONS if part in path}
    if path == reverse("home"):
        found.add("home")
    return frozenset(found)


def header_facts(context):
    """Everything the header shows, from the page's template context."""
    user, request = context.get("user"), context.get("request")
    return {
        "organisation_name": context.get("organisation_name", ""),
        "signed_in": bool(user is not None and user.is_authenticated),
        "nav_has_supervision": bool(context.get("nav_has_supervision")),
        "nav_can_manage_people": bool(context.get("nav_can_manage_people")),
        "nav_has_first_steps": bool(context.get("nav_has_first_steps")),
        "nav_can_enter_cms": bool(context.get("nav_can_enter_cms")),
        "open_sections": open_sections(request.path if request is not None else ""),
    }


@register.simple_tag(takes_context=True)
def site_header(context):
    facts = header_facts(context)
    key = (get_language(), *sorted(facts.items()))
    html = _rendered.get(key)
    if html is None:
        html = _rendered[key] = render_to_string("includes/header.html", facts)
    return html
