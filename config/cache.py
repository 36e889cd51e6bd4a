"""The Redis cache, made to tolerate Redis being away.

Redis is where Waymark keeps copies, never the only copy, so while it cannot be reached a
read is a miss and a write is skipped: pages are slower, not broken. After a failure the
process does not try Redis again for RETRY_AFTER seconds, so an outage costs one refused
connection now and then rather than one per cache call.

The exception is what must be counted to be safe: keys starting with one of
STRICT_KEY_PREFIXES (the sign-in limits) raise as before, and config/middleware.py answers
"try again in a few minutes" instead of letting someone guess passwords uncounted.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("waymark.cache")

# What redis-py raises when Redis is down, restarting or too slow to answer.
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


class TolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        params = dict(params)
        self.strict_key_prefixes = tuple(params.pop("STRICT_KEY_PREFIXES", ()))
        self.retry_after = float(params.pop("RETRY_AFTER", 5))
        super().__init__(server, params)
        self._lock = threading.Lock()
        self._down_until = 0.0

    def _strict(self, keys):
        return any(str(key).startswith(self.strict_key_prefixes) for key in keys) if self.strict_key_prefixes else False

    def _attempt(self, keys, call, fallback):
        if self._strict(keys):
            return call()
        if time.monotonic() < self._down_until:
            return fallback
        try:
            return call()
        except (*UNREACHABLE, OSError) as error:
            with self._lock:
                if time.monotonic() >= self._down_until:
                    logger.warning("The cache (Redis) cannot be reached; carrying on without it: %s", error)
                self._down_until = time.monotonic() + self.retry_after
            return fallback

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt([key], lambda: super(TolerantRedisCache, self).add(key, value, timeout, version), False)

    def get(self, key, default=None, version=None):
        return self._attempt([key], lambda: super(TolerantRedisCache, self).get(key, default, version), default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt([key], lambda: super(TolerantRedisCache, self).set(key, value, timeout, version), None)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt([key], lambda: super(TolerantRedisCache, self).touch(key, timeout, version), False)

    def delete(self, key, version=None):
        return self._attempt([key], lambda: super(TolerantRedisCache, self).delete(key, version), False)

    def get_many(self, keys, version=None):
        keys = list(keys)
        return self._attempt(keys, lambda: super(TolerantRedisCache, self).get_many(keys, version), {})

    def has_key(self, key, version=None):
        return self._attempt([key], lambda: super(TolerantRedisCache, self).has_key(key, version), False)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        data = dict(data)
        return self._attempt(list(data), lambda: super(TolerantRedisCache, self).set_many(data, timeout, version),
                             list(data))

    def delete_many(self, keys, version=None):
        keys = list(keys)
        return self._attempt(keys, lambda: super(TolerantRedisCache, self).delete_many(keys, version), None)

    def clear(self):
        return self._attempt([], lambda: super(TolerantRedisCache, self).clear(), False)
