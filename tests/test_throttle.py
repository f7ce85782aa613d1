"""Whose address a request comes from, and the throttle's counters: shared by
every web process when they live in Redis."""

import secrets

import pytest
from django.core.cache.backends.redis import RedisCache
from django.test import RequestFactory, override_settings

from declines import throttle
from declines.throttle import client_address
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


def request_from(peer: str, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_the_peer_is_the_client():
    assert client_address(request_from("192.0.2.1", "203.0.113.5")) == "192.0.2.1"


@pytest.mark.parametrize(
    ("hops", "forwarded", "expected"),
    [
        # One proxy appends the address it was connected from: the last entry.
        (1, "203.0.113.5", "203.0.113.5"),
        # Entries the client wrote itself, further left, are not believed.
        (1, "6.6.6.6, 203.0.113.5", "203.0.113.5"),
        (2, "6.6.6.6, 203.0.113.5, 10.0.0.3", "203.0.113.5"),
        # Fewer entries than proxies: the leftmost, which a proxy still wrote.
        (2, "203.0.113.5", "203.0.113.5"),
        (1, "2001:db8::1", "2001:db8::1"),
        # No header, or one that is not an address: the peer.
        (1, None, "10.0.0.2"),
        (1, "", "10.0.0.2"),
        (1, "not-an-address", "10.0.0.2"),
    ],
)
def test_behind_trusted_proxies_the_client_is_the_entry_they_wrote(hops, forwarded, expected):
    with override_settings(TRUSTED_PROXY_COUNT=hops):
        assert client_address(request_from("10.0.0.2", forwarded)) == expected
