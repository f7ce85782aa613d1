"""The base fixtures every test builds on: an owner, an outsider, and their clients."""

from types import SimpleNamespace

import pytest
from django.core.cache import caches
from django.test import Client

from declines import throttle
from tests.factories import UserFactory
from tests.mailserver import MailServer


@pytest.fixture(autouse=True)
def _empty_caches():
    """Every test starts with no throttle counted by an earlier test."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def one_throttle_window(monkeypatch):
    """The throttles' clock held still: a test that fills a minute's allowance is not cut in two by the
    minute turning over halfway (the windows are fixed minutes)."""
    monkeypatch.setattr(throttle, "time", SimpleNamespace(time=lambda: 1_800_000_030.0))


@pytest.fixture
def owner(db):
    return UserFactory(username="owner", profile__full_name="Alex Morgan")


@pytest.fixture
def outsider(db):
    return UserFactory(username="outsider", profile__full_name="Olive Outsider")


@pytest.fixture
def owner_client(owner):
    client = Client()
    client.force_login(owner)
    return client


@pytest.fixture
def outsider_client(outsider):
    """A browser of its own: logging the outsider in never logs the owner out."""
    client = Client()
    client.force_login(outsider)
    return client


@pytest.fixture
def mail_server(settings):
    """A real SMTP server on 127.0.0.1 that Django sends to; `mail_server.messages()` is what it received."""
    with MailServer() as server:
        for name, value in server.settings().items():
            setattr(settings, name, value)
        yield server
