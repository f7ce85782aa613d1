"""The base fixtures every test builds on: an owner, an outsider, and their clients."""

import pytest

from tests.factories import UserFactory


@pytest.fixture
def owner(db):
    return UserFactory(username="owner", profile__full_name="Alex Morgan")


@pytest.fixture
def outsider(db):
    return UserFactory(username="outsider", profile__full_name="Olive Outsider")


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def outsider_client(client, outsider):
    client.force_login(outsider, backend="django.contrib.auth.backends.ModelBackend")
    return client
