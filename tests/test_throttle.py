"""Whose address a request comes from, and the limits counted by it."""

import pytest
from django.test import RequestFactory, override_settings

from declines.throttle import client_address


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
