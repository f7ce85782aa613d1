"""The header every signed-in page shares (`templatetags/layout.py`): where the
user is, the coach's Clients link, and logging out."""

from declines.models import Coaching
from tests.factories import FollowUpFactory, OfferFactory, UserFactory


def test_the_menu_marks_the_page_the_user_is_on(owner_client):
    body = owner_client.get("/follow-ups/").content.decode()
    # Printed twice: inline on a wide screen and in the menu on a small one.
    assert body.count('<a class="nav-link active" aria-current="page" href="/follow-ups/">Follow-ups</a>') == 2
    assert body.count('<a class="nav-link" href="/">Dashboard</a>') == 2


def test_a_page_under_a_section_marks_it_without_calling_it_the_current_page(owner_client, owner):
    follow_up = FollowUpFactory(offer=OfferFactory(owner=owner))
    body = owner_client.get(f"/follow-ups/{follow_up.pk}/edit/").content.decode()
    assert '<a class="nav-link active" href="/follow-ups/">Follow-ups</a>' in body
    assert 'aria-current="page" href="/follow-ups/"' not in body  # the breadcrumb's "Edit" is the current page


def test_the_dashboard_is_current_only_on_the_dashboard(owner_client, owner):
    assert (
        '<a class="nav-link active" aria-current="page" href="/">Dashboard</a>'
        in owner_client.get("/").content.decode()
    )
    offer = OfferFactory(owner=owner)
    assert 'class="nav-link active' not in owner_client.get(f"/offers/{offer.pk}/").content.decode()


def test_clients_is_in_the_menu_of_a_coach_only(owner_client, owner, outsider):
    assert 'href="/clients/">Clients</a>' not in owner_client.get("/").content.decode()
    # Being someone's client does not make the owner a coach.
    Coaching.objects.create(client=owner, coach=outsider)
    assert 'href="/clients/">Clients</a>' not in owner_client.get("/").content.decode()
    Coaching.objects.create(client=UserFactory(), coach=owner)
    assert 'href="/clients/">Clients</a>' in owner_client.get("/").content.decode()


def test_log_out_names_the_user_as_typed(client, db):
    client.force_login(UserFactory(username="al<b>ex"))
    body = client.get("/").content.decode()
    assert '<span class="visually-hidden">(al&lt;b&gt;ex)</span>' in body
    assert '<form method="post" action="/accounts/logout/" class="d-inline">' in body
    assert body.count('name="csrfmiddlewaretoken"') >= 2
