"""Reading settings from the environment, failing loudly on values we cannot use."""

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of 1/0, true/false, yes/no, on/off; got {raw!r}.")


def env_choice(name, default, *, choices):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}; got {raw!r}.")
    return value


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {raw!r}.") from None


def env_list(name, default=()):
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_required(name, *, when, default):
    """The variable's value; when `when` is true it must be set, or we refuse to start."""
    value = os.environ.get(name, "")
    if value:
        return value
    if when:
        raise ImproperlyConfigured(
            f"{name} is not set. Set the {name} environment variable (it is required when DEBUG is off)."
        )
    return default


def env_phone(name, default=""):
    """A telephone number people can read and tap: digits, spaces and a leading +."""
    value = os.environ.get(name, default).strip()
    digits = value.replace(" ", "")
    if value and not (digits.lstrip("+").isdigit() and len(digits) >= 3 and "+" not in digits[1:]):
        raise ImproperlyConfigured(f"{name} must be a telephone number such as 0161 496 0000; got {value!r}.")
    return value
