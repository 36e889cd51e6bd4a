"""Deployment checks (`manage.py check --deploy`) for what Waymark's settings cannot see alone."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    """Sign-in limits and the cached course content are only right when every web process
    shares one cache: with a cache per process, a limit resets across processes and a content
    change reaches the other processes only as their copies expire (five minutes)."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend.endswith(("LocMemCache", "DummyCache")):
        return [
            Warning(
                "The cache is kept inside each process.",
                hint="Set REDIS_URL so every web process shares one cache (sign-in limits, course content).",
                id="waymark.W001",
            )
        ]
    return []
