"""Isolation as a property (§11): whatever a client and two coaches do, in any
order — invite, share one offer or several, stop sharing, remove a coach,
delete and restore an offer, comment, accept a suggestion — a coach sees an
offer, its draft and its client iff that offer is shared with them now.

The sequences are random (hypothesis); each step goes through the pages as a
person would, and after each one the model of who may see what is compared
with what the coach's pages answer.
"""

from dataclasses import dataclass, field

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from declines.models import Coaching, Draft, DraftComment, Offer
from declines.services import coaching as services
from tests.factories import DraftFactory, OfferFactory, UserFactory

# Fuzzing: CI runs it; `make test` leaves it to the coaching tests and the URL sweep's every role.
pytestmark = pytest.mark.slow

COACHES, OFFERS = 2, 3
BODY = "Dear Priya,\n\nThank you for the offer.\n\nWith best wishes,\nAlex"

coach_index = st.integers(0, COACHES - 1)
offer_index = st.integers(0, OFFERS - 1)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("invite"), coach_index),
        st.tuples(st.just("share"), coach_index, offer_index),
        st.tuples(st.just("unshare"), coach_index, offer_index),
        st.tuples(st.just("choose"), coach_index, st.frozensets(offer_index)),
        st.tuples(st.just("remove"), coach_index),
        st.tuples(st.just("delete"), offer_index),
        st.tuples(st.just("restore"), offer_index),
        st.tuples(st.just("comment"), coach_index, offer_index),
        st.tuples(st.just("accept"), offer_index),
    ),
    max_size=14,
)


@dataclass
class Model:
    """Who may see what, as the client decided it."""

    coached: set = field(default_factory=set)  # coaches the client works with
    shared: set = field(default_factory=set)  # (coach, offer) pairs
    deleted: set = field(default_factory=set)

    def sees(self, coach: int, offer: int) -> bool:
        return coach in self.coached and (coach, offer) in self.shared and offer not in self.deleted


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


class CoachSeesOnlyWhatIsShared(TestCase):
    def start(self):
        """A client with three offers, each with a draft, and two people who may become their coaches.

        Made afresh for each example (each runs in a transaction of its own, undone after it)."""
        self.client_user = UserFactory(username="client")
        self.coach_users = [UserFactory(username=f"coach{n}") for n in range(COACHES)]
        self.offers = [OfferFactory(owner=self.client_user, company=f"Firm {n}") for n in range(OFFERS)]
        self.drafts = [DraftFactory(offer=offer, body=BODY) for offer in self.offers]
        self.as_client = logged_in(self.client_user)
        self.as_coach = [logged_in(user) for user in self.coach_users]
        self.model = Model()

    def coaching(self, c: int) -> Coaching | None:
        return Coaching.objects.filter(client=self.client_user, coach=self.coach_users[c]).first()

    # --- The steps, as the people would take them -----------------------------------------

    def invite(self, c):
        invitation = services.invitation_create(client=self.client_user)
        response = self.as_coach[c].post(invitation.get_absolute_url())
        assert response.status_code == 302 and response.url == reverse("clients")
        self.model.coached.add(c)

    def share(self, c, o, *, share=True):
        coaching = self.coaching(c)
        response = self.as_client.post(
            reverse("offer_share", args=[self.offers[o].pk]),
            {"coach": coaching.pk if coaching else 0, "share": "1" if share else "0"},
        )
        if o in self.model.deleted:
            assert response.status_code == 404
            return
        assert response.status_code == 302
        if coaching is not None:
            (self.model.shared.add if share else self.model.shared.discard)((c, o))

    def unshare(self, c, o):
        self.share(c, o, share=False)

    def choose(self, c, chosen):
        coaching = self.coaching(c)
        if coaching is None:
            return
        # Only the offers the page lists can be ticked: a deleted one is not there.
        chosen = {o for o in chosen if o not in self.model.deleted}
        # As the page sends it: the offers ticked, and the offers it listed (the ticks are about those).
        listed = [self.offers[o].pk for o in range(OFFERS) if o not in self.model.deleted]
        response = self.as_client.post(
            reverse("coach_sharing", args=[coaching.pk]),
            {"offers": [self.offers[o].pk for o in chosen], "listed": listed},
        )
        assert response.status_code == 302
        # The page lists the offers not deleted; those it lists are set as ticked, the rest left alone.
        for o in range(OFFERS):
            if o not in self.model.deleted:
                (self.model.shared.add if o in chosen else self.model.shared.discard)((c, o))

    def remove(self, c):
        coaching = self.coaching(c)
        if coaching is None:
            return
        assert self.as_client.post(reverse("coach_remove", args=[coaching.pk])).status_code == 302
        self.model.coached.discard(c)
        self.model.shared = {(coach, o) for coach, o in self.model.shared if coach != c}

    def delete(self, o):
        if o not in self.model.deleted:
            assert self.as_client.post(reverse("offer_delete", args=[self.offers[o].pk])).status_code == 302
            self.model.deleted.add(o)

    def restore(self, o):
        if o in self.model.deleted:
            assert self.as_client.post(reverse("offer_undelete", args=[self.offers[o].pk])).status_code == 302
            self.model.deleted.discard(o)

    def comment(self, c, o):
        draft = Draft.objects.get(pk=self.drafts[o].pk)
        quote = services.paragraphs(draft.body)[1]
        before = DraftComment.objects.count()
        response = self.as_coach[c].post(
            reverse("client_draft", args=[draft.pk]),
            {"paragraph": 1, "p1-quote": quote, "p1-body": "Warmer?", "p1-suggestion": f"Thank you, {before}."},
        )
        if self.model.sees(c, o):
            assert response.status_code == 302
            assert DraftComment.objects.count() == before + 1
        else:
            assert response.status_code == 404
            assert DraftComment.objects.count() == before

    def accept(self, o):
        if o in self.model.deleted:
            return
        draft = Draft.objects.get(pk=self.drafts[o].pk)
        suggestion = draft.comments.filter(status="open").order_by("-pk").first()
        if suggestion is None:
            return
        typed = draft.body + f"\n\nP.S. typed before accepting {suggestion.pk}."
        response = self.as_client.post(
            reverse("draft_edit", args=[draft.pk]),
            {"subject": draft.subject, "body": typed, "base_version": draft.version, "comment_accept": suggestion.pk},
        )
        expected = services.replace_paragraph(
            typed, quote=suggestion.quote, near=suggestion.paragraph, replacement=suggestion.suggestion
        )
        saved = Draft.objects.get(pk=draft.pk)
        if expected is None:
            assert response.status_code == 200 and saved.body == draft.body
        else:
            # The suggestion and what the client had typed, both saved.
            assert response.status_code == 302
            assert saved.body == expected and "P.S. typed before accepting" in saved.body

    # --- The property ---------------------------------------------------------------------

    def check_what_coaches_see(self, *, through_pages: bool):
        for c, coach in enumerate(self.coach_users):
            for o, offer in enumerate(self.offers):
                sees = self.model.sees(c, o)
                assert Offer.objects.shared_with(coach).filter(pk=offer.pk).exists() == sees
                assert Draft.objects.shared_with(coach).filter(pk=self.drafts[o].pk).exists() == sees
                if through_pages:
                    want = 200 if sees else 404
                    assert self.as_coach[c].get(reverse("client_offer", args=[offer.pk])).status_code == want
                    assert self.as_coach[c].get(reverse("client_draft", args=[self.drafts[o].pk])).status_code == want
            sees_any = any(self.model.sees(c, o) for o in range(OFFERS))
            assert Coaching.objects.of_coach(coach).sharing().exists() == sees_any
            if through_pages:
                listed = reverse("client_detail", args=[self.coaching(c).pk]) if self.coaching(c) else None
                page = self.as_coach[c].get(reverse("clients")).content.decode()
                assert (listed is not None and listed in page) == sees_any
                if listed:
                    assert self.as_coach[c].get(listed).status_code == (200 if sees_any else 404)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(steps)
    def test_a_coach_sees_an_offer_iff_it_is_shared_with_them_now(self, sequence):
        self.start()
        for step, *args in sequence:
            getattr(self, step)(*args)
            self.check_what_coaches_see(through_pages=False)
        self.check_what_coaches_see(through_pages=True)
