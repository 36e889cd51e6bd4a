"""What a person may type, in one place: the dates Waymark accepts and the characters it refuses.

Every app's forms get these rules without asking for them: `install()` (run once when the
people app is ready) gives every Django form date and date-time field the date range, every
text field the control-character check, and every model choice a plain "not one of the
choices" for a number too big for the database. A form added later is covered the same way.

Values read straight from the address (query strings) go through `query_value()` and
`query_date()`; ControlCharactersMiddleware answers "not found" for an address that holds a
control character and takes them out of query values before any view reads them.
"""

import functools
import re
from datetime import date, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

# The dates a person can type. Wide enough for any real joining, check or meeting date, and
# narrow enough that adding years or months to a stored date can never leave what Python allows.
EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)

# C0 control characters (NUL included) and DEL. Tab and line breaks are ordinary in a long answer.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# In a value from the address, line breaks and tabs are never meant either.
QUERY_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def has_control_characters(text):
    return bool(CONTROL_CHARACTERS.search(text or ""))


def validate_no_control_characters(value):
    if isinstance(value, str) and has_control_characters(value):
        raise ValidationError(
            _("This has a hidden control character in it (it can come from copying and pasting). "
              "Type it again, or paste it as plain text."),
            code="control_characters",
        )


def _as_date(value):
    return value.date() if isinstance(value, datetime) else value


def in_range(value):
    """Is this date (or date-time) one a person may type?"""
    day = _as_date(value)
    return day is not None and EARLIEST <= day <= LATEST


def range_message():
    return _("Enter a date between %(earliest)s and %(latest)s.") % {
        "earliest": date_format(EARLIEST, "j F Y"), "latest": date_format(LATEST, "j F Y"),
    }


def validate_date_in_range(value):
    if value is not None and not in_range(value):
        raise ValidationError(range_message(), code="date_out_of_range")


def query_value(request, name, default=""):
    """A single query-string value as text (control characters already taken out)."""
    value = request.GET.get(name, default)
    return value if isinstance(value, str) else default


def query_date(request, name, default=None):
    """A date from the query string (YYYY-MM-DD) inside the accepted range, else `default`."""
    try:
        value = date.fromisoformat(query_value(request, name))
    except ValueError:
        return default
    return value if in_range(value) else default


def clean_query_value(value):
    return QUERY_CONTROL_CHARACTERS.sub("", value)


def one_line(text):
    """Text fit for one line (a name, an e-mail subject): whitespace runs, line breaks and
    control characters become single spaces."""
    return " ".join(CONTROL_CHARACTERS.sub(" ", text or "").split())


def _overflow_is_invalid(method):
    """A number too big for the database (SQLite raises OverflowError) names no choice."""

    @functools.wraps(method)
    def checked(self, value):
        try:
            return method(self, value)
        except OverflowError:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice", params={"value": str(value)[:20]}
            ) from None

    checked.overflow_checked = True
    return checked


def install():
    """Give every form field in the project the rules above (see the module's docstring)."""
    for field_class, name in ((forms.ModelChoiceField, "to_python"), (forms.ModelMultipleChoiceField, "_check_values")):
        method = getattr(field_class, name)
        if not getattr(method, "overflow_checked", False):
            setattr(field_class, name, _overflow_is_invalid(method))
    for field_class in (forms.DateField, forms.DateTimeField):
        if validate_date_in_range not in field_class.default_validators:
            field_class.default_validators = [*field_class.default_validators, validate_date_in_range]
    # EmailField, URLField and SlugField bring their own, stricter, validators.
    if validate_no_control_characters not in forms.CharField.default_validators:
        forms.CharField.default_validators = [*forms.CharField.default_validators, validate_no_control_characters]
