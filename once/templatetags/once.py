"""`{% once_key %}` puts a fresh one-time key in a form, next to `{% csrf_token %}`.

It is a template builtin (config/settings.py), so every template can use it without `load`.
"""

import uuid

from django import template
from django.utils.html import format_html

from once.middleware import FIELD

register = template.Library()


@register.simple_tag
def once_key():
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, uuid.uuid4())
