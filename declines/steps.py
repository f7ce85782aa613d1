"""The steps of the guided decline flow (§4) for one offer, and how far it got.

Every offer goes through The offer, Reflect, Approach, Compose and Send. One
declined by "phone call first, then written confirmation" has a Call step
between Approach and Compose: the user says no on the phone before writing
the confirmation that refers to that call.

`Offer.flow_step` keeps the furthest of the five reached (1-5), as it always
has; `Offer.called_on` says whether the call is made. For a call, Compose
and Send count as reached only once it is. Nothing here reads the database,
so the dashboard can say "step 4 of 6" for a page of offers at no cost.
"""

import dataclasses

from django.urls import reverse

from declines.models import Medium, Offer


@dataclasses.dataclass(frozen=True)
class Step:
    key: str
    label: str
    # The `Offer.flow_step` that reaching this step records; the Call step
    # shares Compose's, and is told apart by `Offer.called_on`.
    flow_step: int


OFFER = Step("offer", "The offer", 1)
REFLECT = Step("reflect", "Reflect", 2)
APPROACH = Step("approach", "Approach", 3)
CALL = Step("call", "Call", 4)
COMPOSE = Step("compose", "Compose", 4)
SEND = Step("send", "Send", 5)

# The steps `flow_step` URLs name by number; the Call step has a URL of its own.
NUMBERED = {step.flow_step: step for step in (OFFER, REFLECT, APPROACH, COMPOSE, SEND)}


def has_call(offer: Offer | None) -> bool:
    return offer is not None and offer.medium == Medium.PHONE_THEN_WRITTEN


def steps_for(offer: Offer | None) -> list[Step]:
    """The steps this offer goes through, in order."""
    if has_call(offer):
        return [OFFER, REFLECT, APPROACH, CALL, COMPOSE, SEND]
    return [OFFER, REFLECT, APPROACH, COMPOSE, SEND]


def furthest(offer: Offer | None) -> Step:
    """The furthest step the offer has reached: where "Continue" goes."""
    if offer is None:
        return OFFER
    reached = [step for step in steps_for(offer) if step.flow_step <= offer.flow_step]
    if has_call(offer) and offer.called_on is None and CALL in reached:
        return CALL
    return reached[-1]


def number(offer: Offer | None, step: Step) -> int:
    """The step's number as the stepper shows it: Compose is 4 of 5, or 5 of 6 after a call."""
    return steps_for(offer).index(step) + 1


def url(offer: Offer, step: Step) -> str:
    if step == CALL:
        return reverse("flow_call", args=[offer.pk])
    return reverse("flow_step", args=[offer.pk, step.flow_step])


@dataclasses.dataclass(frozen=True)
class Resume:
    """Where an undecided offer's flow continues, as "Continue — step 4 of 6" says it."""

    step: Step
    number: int
    total: int

    @property
    def is_call(self) -> bool:
        return self.step == CALL


def resume(offer: Offer) -> Resume:
    # The same few answers for every offer (a step, a medium, a call made or not): the dashboard asks for 25 a page.
    key = (offer.flow_step, offer.medium, offer.called_on is None)
    found = _RESUMES.get(key)
    if found is None:
        step = furthest(offer)
        found = _RESUMES[key] = Resume(step=step, number=number(offer, step), total=len(steps_for(offer)))
    return found


_RESUMES: dict[tuple, Resume] = {}
