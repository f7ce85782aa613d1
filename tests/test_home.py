"""`/`: what a visitor sees, and the dashboard for a signed-in user."""

from django.urls import reverse

from tests.factories import OfferFactory


def test_a_visitor_sees_what_declines_does_and_the_way_in(client, owner):
    OfferFactory(owner=owner, company="Northwind Analytics")
    response = client.get("/")
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "declines/home/home.html"
    body = response.content.decode()
    assert "Say no to a job offer — and keep the door open." in body
    for thing in ("Compose a decline", "Check it against the advice", "Keep in touch afterwards"):
        assert f"<h3>{thing}</h3>" in body
    assert f'class="btn btn-primary btn-lg" href="{reverse("signup")}">Create an account' in body
    assert f'class="btn btn-outline-primary btn-lg" href="{reverse("login")}">Log in' in body
    # No one's data, and nothing of a signed-in page.
    assert "Northwind Analytics" not in body
    assert "declines/dashboard/dashboard.html" not in [t.name for t in response.templates]
    assert "Log out" not in body


def test_the_home_page_shows_the_flow_in_html_and_adds_no_script(client):
    body = client.get("/").content.decode()
    assert '<ol class="flow-mock-steps">' in body
    assert "Step 4 of the flow" in body  # the figure's caption
    assert body.count("<script") == 4  # the colour mode, htmx, Bootstrap and our app.js, as on every page…
    assert "<script>" not in body  # …and none inline


def test_the_home_page_may_be_cached_as_it_holds_nothing_personal(client):
    response = client.get("/")
    assert "no-store" not in response.get("Cache-Control", "")


def test_a_signed_in_user_gets_their_own_dashboard_at_home(owner_client, owner, outsider):
    OfferFactory(owner=owner, company="Northwind Analytics")
    OfferFactory(owner=outsider, company="Secret Outsider Co")
    response = owner_client.get("/")
    assert response.status_code == 200
    assert "declines/dashboard/dashboard.html" in [t.name for t in response.templates]
    body = response.content.decode()
    assert "Northwind Analytics" in body
    assert "Secret Outsider Co" not in body
    assert "Compose a decline" not in body


def test_the_outsider_sees_only_their_own_dashboard_at_home(outsider_client, owner):
    OfferFactory(owner=owner, company="Northwind Analytics")
    body = outsider_client.get("/").content.decode()
    assert "Your offers" in body
    assert "Northwind Analytics" not in body


def test_home_takes_only_safe_methods(client, owner_client):
    assert client.post("/").status_code == 405
    assert owner_client.post("/").status_code == 405


def test_pages_that_need_an_account_still_send_a_visitor_to_log_in(client):
    response = client.get(reverse("follow_ups"))
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={reverse('follow_ups')}"


def test_a_visitor_lost_on_a_missing_page_is_offered_the_home_page(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert f'href="{reverse("dashboard")}">Go to the home page</a>' in response.content.decode()
