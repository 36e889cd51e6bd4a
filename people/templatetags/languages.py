from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def language_choices():
    """(code, name) for the language switch, each language named in itself ("English",
    "Cymraeg") whatever the page's language: Django's own list would translate the names."""
    return settings.LANGUAGES
