"""The throttle's counters: shared by every web process when they live in Redis."""

import secrets

import pytest
from django.core.cache.backends.redis import RedisCache

from declines import throttle
from tests.test_settings import run_manage

REDIS_URL = "redis://127.0.0.1:6379/0"


def redis_is_up() -> bool:
    import redis

    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


def test_redis_url_selects_djangos_redis_cache():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    shared = run_manage("shell", "--no-imports", "-c", code, env={"DEBUG": "1", "REDIS_URL": REDIS_URL})
    assert shared.stdout.strip().splitlines()[-1] == "django.core.cache.backends.redis.RedisCache", shared.stderr
    alone = run_manage("shell", "--no-imports", "-c", code, env={"DEBUG": "1", "REDIS_URL": ""})
    assert alone.stdout.strip().splitlines()[-1] == "django.core.cache.backends.locmem.LocMemCache", alone.stderr


@pytest.mark.skipif(not redis_is_up(), reason=f"no Redis at {REDIS_URL}")
def test_two_processes_count_against_one_limit_in_redis(monkeypatch):
    # Two cache objects on one Redis stand for two web servers; a prefix of
    # its own keeps this test apart from anything else in that Redis.
    prefix = f"declines-test-{secrets.token_hex(4)}"
    servers = [RedisCache(REDIS_URL, {"KEY_PREFIX": prefix}) for _ in range(2)]
    answers = []
    for n in range(4):
        monkeypatch.setattr(throttle, "cache", servers[n % 2])
        answers.append(throttle.allow("test", "someone", limit=3, seconds=3600))
    assert answers == [True, True, True, False]
    for server in servers:
        server.close()
