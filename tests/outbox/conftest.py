"""Fixtures for the outage tests: a Redis of the test's own that it can stop and start."""


import pytest


@pytest.fixture
def redis_cache(settings, own_redis):
    """The production cache set-up (config/settings.py), on the test's own Redis."""
    settings.CACHES = {
        "default": {
            "BACKEND": "config.cache.TolerantRedisCache",
            "LOCATION": own_redis.url,
            "KEY_PREFIX": "waymark-outage-test",
            "STRICT_KEY_PREFIXES": ["allauth:rl:"],
            # Quick to notice Redis is back, so the test need not wait.
            "RETRY_AFTER": 0.2,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
    return own_redis
