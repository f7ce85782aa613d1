"""The header every signed-in page shares (`templatetags/layout.py`): where the
user is, the coach's Clients link, and logging out."""

import pytest
from django.test import override_settings

from declines.models import Coaching
from tests.factories import FollowUpFactory, OfferFactory, UserFactory


def page(client, path: str) -> str:
    """The page with its white space as a browser reads it: one space, and none between tags."""
    return " ".join(client.get(path).content.decode().split()).replace("> <", "><")


def test_the_menu_marks_the_page_the_user_is_on(owner_client):
    body = page(owner_client, "/follow-ups/")
    # Printed twice: inline on a wide screen and in the menu on a small one.
    assert body.count('<a class="nav-link active" aria-current="page" href="/follow-ups/">Follow-ups</a>') == 2
    assert body.count('<a class="nav-link" href="/">Dashboard</a>') == 2


def test_a_page_under_a_section_marks_it_without_calling_it_the_current_page(owner_client, owner):
    follow_up = FollowUpFactory(offer=OfferFactory(owner=owner))
    body = page(owner_client, f"/follow-ups/{follow_up.pk}/edit/")
    assert '<a class="nav-link active" href="/follow-ups/">Follow-ups</a>' in body
    assert 'aria-current="page" href="/follow-ups/"' not in body  # the breadcrumb's "Edit" is the current page


def test_the_dashboard_is_current_only_on_the_dashboard(owner_client, owner):
    assert '<a class="nav-link active" aria-current="page" href="/">Dashboard</a>' in page(owner_client, "/")
    offer = OfferFactory(owner=owner)
    assert 'class="nav-link active' not in page(owner_client, f"/offers/{offer.pk}/")


def test_clients_is_in_the_menu_of_a_coach_only(owner_client, owner, outsider):
    assert 'href="/clients/">Clients</a>' not in page(owner_client, "/")
    # Being someone's client does not make the owner a coach.
    Coaching.objects.create(client=owner, coach=outsider)
    assert 'href="/clients/">Clients</a>' not in page(owner_client, "/")
    Coaching.objects.create(client=UserFactory(), coach=owner)
    assert 'href="/clients/">Clients</a>' in page(owner_client, "/")


def test_log_out_names_the_user_as_typed(client, db):
    client.force_login(UserFactory(username="al<b>ex"))
    body = page(client, "/")
    assert '<span class="visually-hidden">(al&lt;b&gt;ex)</span>' in body
    assert '<form method="post" action="/accounts/logout/" class="d-inline">' in body
    assert body.count('name="csrfmiddlewaretoken"') >= 2


def test_asset_gives_what_static_gives_and_follows_the_settings():
    from django.template import Context, Template, TemplateSyntaxError
    from django.templatetags.static import static

    page = Template("{% load layout %}<link href=\"{% asset 'css/app.css' %}\">")
    assert page.render(Context()) == f'<link href="{static("css/app.css")}">'
    with override_settings(STATIC_URL="/assets/"):
        assert page.render(Context()) == '<link href="/assets/css/app.css">'
    assert page.render(Context()) == f'<link href="{static("css/app.css")}">'
    with pytest.raises(TemplateSyntaxError, match="one quoted path"):
        Template("{% load layout %}{% asset path %}")
