"""The tracking pages in a real browser: a dashboard with 30+ offers in mixed
states, the follow-ups page, an offer and the settings — accessible, and
fitting a laptop and a phone without sideways scrolling."""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from declines.models import FollowUp, Offer
from tests.browser.conftest import SIZES, axe_violations, log_in, no_horizontal_scroll
from tests.factories import DraftFactory, FollowUpFactory, InteractionFactory, OfferFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STATES = [Offer.Status.CONSIDERING, Offer.Status.DECLINED, Offer.Status.ACCEPTED, Offer.Status.WITHDRAWN]


def days(n):
    return timezone.localdate() + dt.timedelta(days=n)


@pytest.fixture
def user():
    user = UserFactory(username="tracker", profile__full_name="Alex Morgan")
    for n in range(32):
        status = STATES[n % 4] if n % 7 else Offer.Status.EXPIRED
        decided = timezone.now() - dt.timedelta(days=n) if status in Offer.DECISIONS else None
        offer = OfferFactory(
            owner=user,
            company=["Northwind Analytics", "AT&T <Labs>", "Datum International Holdings Limited Partnership"][n % 3]
            + f" {n}",
            role="Principal Software Engineer, Data Infrastructure" if n % 5 == 0 else "Staff Engineer",
            status=status,
            decided_at=decided,
            received_on=days(-40 - n),
            respond_by=days(n % 11 - 4) if status == Offer.Status.CONSIDERING else days(-30 - n),
            flow_step=n % 5 + 1 if status == Offer.Status.CONSIDERING else 5,
        )
        if status == Offer.Status.DECLINED:
            draft = DraftFactory(offer=offer, sent_at=decided)
            FollowUpFactory(offer=offer, kind="thank_you", due_on=days(n % 9 - 4), draft=draft)
            FollowUpFactory(offer=offer, kind="linkedin", due_on=days(n % 6), note="Connect with a short note.")
            FollowUpFactory(offer=offer, kind="check_in", due_on=days(90 + n))
            FollowUpFactory(offer=offer, kind="thank_you", due_on=days(-20), done_at=timezone.now())
            InteractionFactory(offer=offer, happened_on=days(-2))
    return user


@pytest.mark.parametrize("size", SIZES)
def test_the_dashboard_with_many_offers_is_accessible_and_fits(live_server, page, user, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    log_in(page, live_server, "tracker")
    expect(page.get_by_role("heading", name="Offers", exact=True)).to_be_visible()
    expect(page.get_by_text("Page 1 of 2")).to_be_visible()
    expect(page.get_by_text("Offers declined")).to_be_visible()
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []


@pytest.mark.parametrize("size", SIZES)
def test_the_follow_ups_page_is_accessible_and_fits(live_server, page, user, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    log_in(page, live_server, "tracker")
    page.goto(f"{live_server.url}/follow-ups/")
    expect(page.get_by_role("heading", name="Overdue")).to_be_visible()
    page.locator("details.more-actions summary").first.click()
    expect(page.get_by_role("button", name="Snooze a month").first).to_be_visible()
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []
    page.goto(f"{live_server.url}/follow-ups/?show=done")
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []


@pytest.mark.parametrize("size", SIZES)
def test_an_offer_and_the_settings_are_accessible_and_fit(live_server, page, user, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    log_in(page, live_server, "tracker")
    offer = Offer.objects.filter(owner=user, status=Offer.Status.DECLINED).first()
    # What someone pastes wraps: a long link in the notes, unbroken text in a contact's note.
    offer.notes = "https://example.com/" + "a" * 400 + "?x=" + "b" * 200
    offer.save()
    offer.interactions.update(note="c" * 300)
    page.goto(f"{live_server.url}{offer.get_absolute_url()}")
    expect(page.get_by_role("heading", name="Timeline")).to_be_visible()
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []
    page.goto(f"{live_server.url}/settings/")
    expect(page.get_by_role("heading", name="Calendar feed")).to_be_visible()
    assert no_horizontal_scroll(page)
    assert axe_violations(page) == []


def test_log_a_contact_opens_on_the_offer_page_and_records_it(live_server, page, user):
    log_in(page, live_server, "tracker")
    offer = Offer.objects.filter(owner=user, status=Offer.Status.DECLINED).first()
    before = offer.interactions.count()
    page.goto(f"{live_server.url}{offer.get_absolute_url()}")
    form = page.locator("#contacts form")
    expect(form).to_have_count(0)  # fetched only when the panel is opened
    page.get_by_text("Log a contact", exact=True).click()
    expect(form.get_by_label("When")).to_be_visible()
    assert axe_violations(page) == []
    form.get_by_label("When").fill(days(-1).isoformat())
    form.get_by_label("How").select_option("call")
    form.get_by_label("Note").fill("Caught up with Priya about the new team.")
    form.get_by_role("button", name="Log contact").click()
    expect(page.get_by_role("status")).to_contain_text("Logged your call contact on")
    assert offer.interactions.count() == before + 1
    logged = offer.interactions.order_by("-pk").first()
    assert (logged.happened_on, logged.channel, logged.note) == (
        days(-1),
        "call",
        "Caught up with Priya about the new team.",
    )


def test_mark_done_and_snooze_from_the_follow_ups_page(live_server, page, user):
    log_in(page, live_server, "tracker")
    page.goto(f"{live_server.url}/follow-ups/")
    first = page.locator("li.follow-up").first
    follow_up_id = int(first.get_attribute("id").removeprefix("follow-up-"))
    first.get_by_role("button", name="Done").click()
    expect(page.get_by_role("status")).to_contain_text("done")
    assert FollowUp.objects.get(pk=follow_up_id).done_at is not None

    second = page.locator("li.follow-up").first
    second_id = int(second.get_attribute("id").removeprefix("follow-up-"))
    second.get_by_role("button", name="Snooze a week").click()
    expect(page.get_by_role("status")).to_contain_text("Snoozed")
    assert FollowUp.objects.get(pk=second_id).due_on >= days(7)


def test_undo_after_done_brings_the_follow_up_back(live_server, page, user):
    log_in(page, live_server, "tracker")
    page.goto(f"{live_server.url}/follow-ups/")
    first = page.locator("li.follow-up").first
    follow_up_id = int(first.get_attribute("id").removeprefix("follow-up-"))
    first.get_by_role("button", name="Done").click()
    banner = page.get_by_role("status").filter(has_text="done.")
    expect(banner).to_contain_text("Marked “")
    expect(page.locator(f"#follow-up-{follow_up_id}")).to_have_count(0)
    assert FollowUp.objects.get(pk=follow_up_id).done_at is not None
    banner.get_by_role("button", name="Undo").click()
    expect(page.get_by_role("status").filter(has_text="is open again")).to_be_visible()
    expect(page.locator(f"#follow-up-{follow_up_id}")).to_have_count(1)
    assert "done=" not in page.url
    assert FollowUp.objects.get(pk=follow_up_id).done_at is None


def test_a_keyboard_user_lands_on_what_an_action_left_not_the_top_of_the_page(live_server, page, user):
    """Done, Snooze and Undo reload the page: it opens at the Undo or the message, which takes focus, so
    the next Tab is Undo (or the list) rather than the site's menu, ten stops from where the user was."""
    log_in(page, live_server, "tracker")
    page.goto(f"{live_server.url}/follow-ups/")
    page.locator("li.follow-up").nth(2).get_by_role("button", name="Done").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("#undo")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("#undo").get_by_role("button", name="Undo")).to_be_focused()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("#messages")).to_be_focused()
    expect(page.locator("#messages")).to_contain_text("is open again")
    assert axe_violations(page) == []
