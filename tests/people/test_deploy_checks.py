from people.checks import shared_cache


def test_it_warns_when_each_process_keeps_its_own_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert [warning.id for warning in shared_cache(None)] == ["waymark.W001"]


def test_it_is_quiet_with_a_shared_cache(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/0"}
    }
    assert shared_cache(None) == []
