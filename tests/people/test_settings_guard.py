import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _clean(env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE"}}
    clean.update(env)
    return clean


def _load_settings(**env):
    """Start Django with the production settings module, in a process of its own."""
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={**_clean(env), "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def _refusal(monkeypatch, **env):
    """What the production settings module raises as it is read with this environment: the
    first thing Django does when it starts, so a process starting with it stops there."""
    monkeypatch.setattr(os, "environ", _clean(env))
    with pytest.raises(Exception) as refused:  # any error stops Django starting
        runpy.run_path(str(ROOT / "config" / "settings.py"))
    return str(refused.value)


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off(monkeypatch):
    assert "SECRET_KEY is not set" in _refusal(monkeypatch, DEBUG="0")


def test_it_starts_with_a_secret_key():
    result = _load_settings(DEBUG="0", SECRET_KEY="a-long-random-production-secret-value-1234567890")
    assert result.returncode == 0, result.stderr


def test_it_starts_without_a_secret_key_in_debug():
    assert _load_settings(DEBUG="1").returncode == 0


def test_it_says_which_value_is_wrong(monkeypatch):
    assert "DEBUG must be one of" in _refusal(monkeypatch, DEBUG="maybe")
