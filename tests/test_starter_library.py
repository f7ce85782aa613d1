"""Every built-in template, composed for real offers, is a finished email that
follows the advice and reads as one person writing to another: no blanks, a
subject about the offer, a sensible length, every rule of the review
checklist passing, the reader thanked as "you" and never named in the third
person, nobody thanked twice, a sign-off in the tone, and nothing asserted
that the user did not say.

The mix-up check runs with other offers whose names are also ordinary words.

Each template is composed for offers whose approach matches it (a decline
template's own reason, tone and medium; a template for any tone in every
tone), with a named contact and with none, with one and several people to
thank, and with and without what stood out for the user, so the fallbacks
are held to the same standard.
"""

import dataclasses
import datetime as dt
import itertools
import re

import pytest
from django.core.management import call_command

from declines import wording
from declines.composer import compose
from declines.models import Channel, DoorOpen, EmailTemplate, Medium, Reason, TemplateKind, Tone
from declines.review.engine import ReviewContext, other_offers_of, review
from declines.review.rules import door_open
from declines.review.text import SALUTATION, Email
from tests.factories import InteractionFactory, OfferFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 11, 26)
EMAIL_KINDS = {TemplateKind.DECLINE, TemplateKind.THANK_YOU, TemplateKind.CHECK_IN, TemplateKind.ANSWER}
SIGN_OFFS = {
    Tone.WARM: {"Warm regards,", "With thanks,", "Best wishes,"},
    Tone.FORMAL: {"Kind regards,", "Yours sincerely,"},
    Tone.BRIEF: {"Best,"},
}
# Things a template must not say unless the user told us (§6).
ASSERTED = re.compile(
    r"graciously|so open|how openly|openly the|clarity with which|kindly received|you made it (?:easy|easier)"
    r"|for your patience|as we discussed in person|in person"
    # What the user did or felt, and what they have or have not done since: an opening seen, a person to
    # introduce, meetups attended, a thank-you still owed, a LinkedIn request still to send.
    r"|nothing in the process put me off|closer decision|situation at the time|I've just seen an opening"
    r"|I know someone|I've been going to|I said I'd|as I said I would|still owe you"
    # How the user weighed it, which they never said: "more than once", "closer than I expected".
    r"|back and forth|closer call|closer choice|than I expected|tried hard|every angle",
    re.IGNORECASE,
)


@dataclasses.dataclass(frozen=True)
class Reader:
    """Who the email is to, and who else the user met."""

    name: str
    contact: str
    honorific: str
    people: str
    others: tuple[str, ...]  # first names of the people thanked besides the contact
    stood_out: str = ""  # what stood out for the user, as they typed it
    door_open: tuple[str, ...] = (DoorOpen.FUTURE_ROLES, DoorOpen.LINKEDIN)


READERS = [
    Reader("contact-and-several", "Priya Raman", "",
           "Priya Raman (talent team)\nMarcus Chen (firmware team)\nLena Okafor", ("Marcus", "Lena")),
    Reader("contact-with-title-and-one", "Priya Raman", "Ms", "Marcus Chen", ("Marcus",),
           "Priya's question about how I would mentor junior engineers"),
    Reader("no-contact-and-several", "", "", "Marcus Chen (firmware team)\nLena Okafor\nJordan Blake",
           ("Marcus", "Lena", "Jordan"), "The whiteboard session on the pipeline rebuild\nthe tour of the data centre"),
    Reader("no-contact-and-one", "", "", "Marcus Chen", ("Marcus",)),
    # Nobody named, nothing noted or chosen: the shortest any template composes (a thank-you came to 47 words).
    Reader("nobody-named", "", "", "", (), door_open=()),
]  # fmt: skip


@pytest.fixture
def starter(db):
    call_command("load_starter_library", verbosity=0)
    return list(EmailTemplate.objects.builtin().order_by("slug"))


@pytest.fixture
def owner(db):
    return UserFactory(profile__full_name="Alex Morgan")


def tones_for(template) -> list[str]:
    return [template.tone] if template.tone else list(Tone.values)


def offer_for(template, owner, reader: Reader, *, tone: str, reason: str | None = None, **fields):
    fields = {"company": "Northwind Analytics", "role": "Senior Data Engineer", **fields}
    return OfferFactory(
        owner=owner,
        contact_name=reader.contact,
        contact_honorific=reader.honorific,
        received_on=TODAY - dt.timedelta(days=5),
        respond_by=TODAY + dt.timedelta(days=3),
        reason=reason or template.reason or Reason.ANOTHER_OFFER,
        reason_detail="",
        tone=tone,
        medium=template.medium or Medium.EMAIL,
        door_open=list(reader.door_open),
        people_to_thank=reader.people,
        what_stood_out=reader.stood_out,
        **fields,
    )


def composed_cases(starter, owner):
    """(template, reader, tone, offer, email) for every template, reader and tone it is for."""
    for template in starter:
        for reader, tone in itertools.product(READERS, tones_for(template)):
            offer = offer_for(template, owner, reader, tone=tone)
            yield template, reader, tone, offer, compose(template, offer=offer, user=owner, today=TODAY)


def words(text: str) -> int:
    return Email("", text).word_count


def body_lines(email) -> list[str]:
    """The email without its greeting."""
    lines = [line for line in email.text.splitlines() if line.strip()]
    start = next((n for n, line in enumerate(lines) if SALUTATION.match(line)), 0)
    return lines[start + 1 :]


def test_the_library_is_complete(starter):
    declines = {(t.reason, t.tone) for t in starter if t.kind == TemplateKind.DECLINE and t.medium == "email"}
    assert declines == {(reason, tone) for reason in Reason.values for tone in Tone.values}
    kinds = [t.kind for t in starter]
    # 3, 6 and 12 months; a referral, an event, the careers page; a short note for the user's own follow-up.
    assert kinds.count(TemplateKind.CHECK_IN) == 7
    # Why, change your mind, future roles: yes, or not for now (for a user who left future roles out).
    assert kinds.count(TemplateKind.ANSWER) == 4
    assert kinds.count(TemplateKind.PHONE_SCRIPT) == 3  # one in each tone
    assert kinds.count(TemplateKind.LINKEDIN_NOTE) == 1
    assert kinds.count(TemplateKind.THANK_YOU) == 1


def test_every_starter_template_composes_into_a_finished_email(starter, owner):
    problems = []
    for template, reader, tone, _, email in composed_cases(starter, owner):
        where = f"{template.slug} ({reader.name}, {tone})"
        if re.search(r"\{\{|\}\}|\[[A-Za-z ]+\]", email.subject + email.text):
            problems.append(f"{where}: unfilled tag or blank")
        if template.kind == TemplateKind.LINKEDIN_NOTE:
            if email.subject:
                problems.append(f"{where}: a LinkedIn note has no subject, but this has {email.subject!r}")
        elif "Senior Data Engineer" not in email.subject and "Northwind Analytics" not in email.subject:
            problems.append(f"{where}: subject names neither role nor company: {email.subject!r}")
        count = words(email.text)
        # 80–170 words once the user has said who they met and what stood out; with nothing of theirs
        # to say, a decline is shorter, and the checklist's 50 words (every rule, below) still holds.
        if template.kind == TemplateKind.DECLINE and not 80 <= count <= 170 and reader.people:
            problems.append(f"{where}: a decline of {count} words")
        elif template.kind in EMAIL_KINDS and not 50 <= count <= 200:
            problems.append(f"{where}: {count} words")
        if template.kind == TemplateKind.LINKEDIN_NOTE and len(email.text) > 300:
            problems.append(f"{where}: {len(email.text)} characters")
        if ASSERTED.search(email.text):
            problems.append(f"{where}: asserts {ASSERTED.search(email.text).group()!r}")
        # Said when declining, a promise; afterwards, the request may have been sent and accepted long ago.
        if template.kind not in DECLINING_KINDS and "send you a LinkedIn request" in email.text:
            problems.append(f"{where}: promises a LinkedIn request after the decline")
    assert problems == []


DECLINING_KINDS = {TemplateKind.DECLINE, TemplateKind.PHONE_SCRIPT}


def other_offers(owner):
    """Offers the composed emails must not mix up with: names that are also words, a weekday, figures."""
    OfferFactory(owner=owner, company="Harbor", contact_name="Peter Watanabe", salary_note="£68,000")
    OfferFactory(owner=owner, company="Monday Labs", contact_name="Lena Novak", salary_note="$160k + equity")
    OfferFactory(owner=owner, company="Bloom", contact_name="Sam Ortiz", salary_note="€72,000")


def test_every_starter_template_passes_every_review_rule(starter, owner):
    other_offers(owner)
    warnings = []
    checked = 0
    for template, reader, tone, offer, email in composed_cases(starter, owner):
        context = ReviewContext.for_offer(offer, kind=template.kind, today=TODAY, other_offers=other_offers_of(offer))
        results = review(subject=email.subject, text=email.text, context=context)
        checked += len(results)
        warnings += [f"{template.slug} ({reader.name}, {tone}): {r.key} — {r.message}" for r in results if not r.passed]
    assert warnings == [], "\n".join(warnings)
    assert checked >= len(starter) * len(READERS) * 5  # the rules really ran


def test_the_reader_is_greeted_by_name_and_never_named_again(starter, owner):
    problems = []
    for template, reader, tone, _, email in composed_cases(starter, owner):
        if not reader.contact or template.kind == TemplateKind.PHONE_SCRIPT:
            continue
        lines = email.text.splitlines()
        greeting = next(line for line in lines if SALUTATION.match(line))
        if "Priya" not in greeting and "Raman" not in greeting:
            problems.append(f"{template.slug} ({reader.name}, {tone}): greets {greeting!r}")
        if any(re.search(r"\b(?:Priya|Raman)\b", line) for line in body_lines(email)):
            problems.append(f"{template.slug} ({reader.name}, {tone}): names the reader in the third person")
    assert problems == []


def test_a_formal_greeting_uses_the_title_given_and_never_guesses_one(starter, owner):
    letter = next(t for t in starter if t.slug == "decline-letter-formal")
    with_title, without = READERS[1], READERS[0]
    assert (
        "Dear Ms Raman,"
        in compose(letter, offer=offer_for(letter, owner, with_title, tone=Tone.FORMAL), user=owner).text
    )
    text = compose(letter, offer=offer_for(letter, owner, without, tone=Tone.FORMAL), user=owner).text
    assert "Dear Priya," in text
    assert not re.search(r"\b(?:Ms|Mrs|Mr|Miss|Mx)\b", text)


def test_nobody_is_thanked_twice(starter, owner):
    problems = []
    for template, reader, tone, _, email in composed_cases(starter, owner):
        body = "\n".join(body_lines(email))
        for name in reader.others:
            if len(re.findall(rf"\b{name}\b", body)) > 1:
                problems.append(f"{template.slug} ({reader.name}, {tone}): {name} thanked twice")
    assert problems == []


def test_the_sign_off_suits_the_tone(starter, owner):
    problems = []
    for template, reader, tone, _, email in composed_cases(starter, owner):
        if template.kind in (TemplateKind.PHONE_SCRIPT, TemplateKind.LINKEDIN_NOTE):
            continue
        lines = email.text.splitlines()
        sign_off = lines[lines.index("Alex Morgan") - 1]
        if sign_off not in SIGN_OFFS[template.tone or tone]:
            problems.append(f"{template.slug} ({reader.name}, {tone}): signs off {sign_off!r}")
    assert problems == []


def test_no_hiring_team_is_told_it_was_good_to_get_to_know_them(starter, owner):
    for template, _, _, _, email in composed_cases(starter, owner):
        if "Dear Hiring Team" in email.text or email.text.startswith("Hello,"):
            assert not re.search(r"know(?:ing)? you\b|meeting you\b", email.text), template.slug


def test_the_linkedin_note_fits_for_long_names_too(starter):
    note = next(t for t in starter if t.kind == TemplateKind.LINKEDIN_NOTE)
    owner = UserFactory(profile__full_name="Alexandrina Montgomery-Fairweather")
    reader = Reader("long", "Christabelle Montgomery-Fairweather", "", "", ())
    offer = offer_for(
        note,
        owner,
        reader,
        tone=Tone.FORMAL,
        company="Northwind Analytics and Data Platform Services International",
        role="Principal Data Platform Engineer, Infrastructure",
    )
    text = compose(note, offer=offer, user=owner).text
    assert len(text) <= 300, len(text)


@pytest.mark.parametrize(
    "detail",
    ["I have decided to join a small climate start-up closer to home.", "my partner's job is moving us abroad"],
)
def test_the_users_own_reason_is_woven_in_once(starter, owner, detail):
    for template in starter:
        if template.kind != TemplateKind.DECLINE:
            continue
        offer = offer_for(template, owner, READERS[0], tone=template.tone or Tone.WARM)
        offer.reason_detail = detail
        text = compose(template, offer=offer, user=owner, today=TODAY).text
        core = detail.rstrip(".")[1:]
        assert text.count(core) == 1, template.slug


def test_every_check_in_of_the_library_has_its_own_turn_through_the_wordings(starter):
    """A contact may get several check-ins in a year: each says what stood out in words of its own."""
    check_ins = {t.slug for t in starter if t.kind == TemplateKind.CHECK_IN}
    assert check_ins == set(wording.CHECK_IN_TURNS)


def test_emails_after_the_decline_never_repeat_it(starter, owner):
    """The thank-you note, check-ins and answers share no sentence with any decline."""
    for tone, reader in itertools.product(Tone.values, READERS):
        offer = offer_for(starter[0], owner, reader, tone=tone, reason=Reason.ANOTHER_OFFER)

        def sentences(template, offer=offer):
            text = "\n".join(body_lines(compose(template, offer=offer, user=owner, today=TODAY)))
            return {s.strip() for s in re.split(r"(?<=[.!?])\s+|\n", text) if len(s.split()) > 4}

        declined = set().union(*(sentences(t) for t in starter if t.kind == TemplateKind.DECLINE))
        after = [t for t in starter if t.kind in (TemplateKind.THANK_YOU, TemplateKind.CHECK_IN, TemplateKind.ANSWER)]
        endings = []
        for template in after:
            assert not sentences(template) & declined, template.slug
            endings.append(sentences(template))
        for one, other in itertools.combinations(endings, 2):
            assert not one & other


# The templates that mention what stood out: every decline, the thank-you note and the call script.
MENTIONS_WHAT_STOOD_OUT = {TemplateKind.DECLINE, TemplateKind.THANK_YOU, TemplateKind.PHONE_SCRIPT}
# How each reader's words come out: the reader's own question as "your", two things in one sentence.
STOOD_OUT_AS_WRITTEN = {
    READERS[1].stood_out: r"\b[Yy]our question about how I would mentor junior engineers",
    READERS[2].stood_out: r"\b[Tt]he whiteboard session on the pipeline rebuild and the tour of the data centre",
}


def test_what_stood_out_is_mentioned_once_in_the_users_words_or_not_at_all(starter, owner):
    problems = []
    for template, reader, tone, _, email in composed_cases(starter, owner):
        where = f"{template.slug} ({reader.name}, {tone})"
        text = email.text
        if re.search(r"[^\n] {2,}|[ \t]\n|\n{3,}|\. \.|\s[.,]", text):
            problems.append(f"{where}: a gap where a sentence was left out")
        if template.kind not in MENTIONS_WHAT_STOOD_OUT:
            continue
        expected = STOOD_OUT_AS_WRITTEN.get(reader.stood_out)
        if expected and len(re.findall(expected, text)) != 1:
            problems.append(f"{where}: what stood out is not mentioned once, in one sentence, to the reader")
    assert problems == [], "\n".join(problems)


def test_the_confirmation_names_the_call_and_never_a_meeting(starter, owner):
    confirmation = next(t for t in starter if t.kind == TemplateKind.DECLINE and t.medium == Medium.PHONE_THEN_WRITTEN)
    offer = offer_for(confirmation, owner, READERS[0], tone=Tone.WARM)
    assert "my call today." in compose(confirmation, offer=offer, user=owner, today=TODAY).text
    InteractionFactory(offer=offer, channel=Channel.CALL, happened_on=dt.date(2026, 11, 3))
    text = compose(confirmation, offer=offer, user=owner, today=TODAY).text
    assert "my call on 3 November." in text
    assert "in person" not in text and "meet" not in text


@pytest.mark.parametrize("reason", Reason.values)
def test_the_call_scripts_lines_agree_with_their_tips(starter, owner, reason):
    for script in (t for t in starter if t.kind == TemplateKind.PHONE_SCRIPT):
        offer = offer_for(script, owner, READERS[0], tone=script.tone, reason=reason)
        text = compose(script, offer=offer, user=owner, today=TODAY).text
        # No tip forbids what a line says: the reason may be the pay, or another offer.
        assert not re.search(
            r"(?:never|nothing about|don't|do not|avoid)[^.\n]{0,60}\b(?:pay|salary|compensation|package|offer)", text
        )
        said = [line for line in text.splitlines() if line.startswith('- "')]
        assert said and all(line.endswith('"') for line in said)
        assert "in writing today" in text


def test_the_call_scripts_are_only_what_is_said_and_its_tips(starter, owner):
    for script in (t for t in starter if t.kind == TemplateKind.PHONE_SCRIPT):
        for tone in Tone.values:
            offer = offer_for(script, owner, READERS[2], tone=tone)
            text = compose(script, offer=offer, user=owner, today=TODAY).text
            # What to press on the page is the page's to say, not the script's.
            assert not re.search(r"\bpress\b|\bclick\b|\bbutton\b|made the call", text, re.IGNORECASE)
            # A call is spoken: no full names, as a letter would give them.
            assert "Marcus Chen" not in text and "Lena Okafor" not in text


def test_each_tone_has_a_call_script_of_its_own_words(starter, owner):
    """Not one script with the closing swapped: the opening, the decision and the answer to
    "can we change your mind?" are said in the tone the user chose (§4)."""
    scripts = {t.tone: t for t in starter if t.kind == TemplateKind.PHONE_SCRIPT}
    assert set(scripts) == set(Tone.values)
    said, reasons = {}, set()
    for tone, script in scripts.items():
        offer = offer_for(script, owner, READERS[0], tone=tone)
        text = compose(script, offer=offer, user=owner, today=TODAY).text
        said[tone] = {line for line in text.splitlines() if line.startswith('- "')}
        reasons.add(f'- "{wording.values_for(offer=offer, user=owner, source=script)["reason_sentence"]}"')
    for one, other in itertools.combinations(Tone.values, 2):
        shared = said[one] & said[other]
        # At most the lines the tags fill in for the offer (the reason, what to say of the door left open).
        assert len(shared) <= 3, (one, other, shared)
        assert not {line for line in shared - reasons if "offer" in line or "decision" in line or "mind" in line}


@pytest.mark.parametrize("choices", [[DoorOpen.FUTURE_ROLES, DoorOpen.LINKEDIN], [DoorOpen.FUTURE_ROLES]])
def test_a_change_of_career_direction_never_asks_about_future_roles(starter, owner, choices):
    for template in starter:
        if template.kind not in (TemplateKind.DECLINE, TemplateKind.PHONE_SCRIPT):
            continue
        for tone in tones_for(template):
            offer = offer_for(template, owner, READERS[0], tone=tone, reason=Reason.CAREER_DIRECTION)
            offer.door_open = choices
            text = compose(template, offer=offer, user=owner, today=TODAY).text
            assert not re.search(r"future (?:roles|opportunities|openings)|another (?:role|opening)", text), (
                template.slug
            )
            assert door_open.check(Email("", text), ReviewContext(kind=template.kind)).ok, template.slug


def test_the_thank_you_note_asks_for_nothing(starter, owner):
    note = next(t for t in starter if t.kind == TemplateKind.THANK_YOU)
    for reader, tone in itertools.product(READERS, Tone.values):
        text = compose(note, offer=offer_for(note, owner, reader, tone=tone), user=owner, today=TODAY).text
        assert not re.search(r"future roles|comes up|position arise|hear of it|careers page", text), text


def test_without_a_contact_messages_to_a_person_greet_the_first_person_met(starter, owner):
    reader = READERS[2]  # no contact; Marcus, Lena and Jordan to thank
    for template in starter:
        person = template.kind in (
            TemplateKind.LINKEDIN_NOTE,
            TemplateKind.CHECK_IN,
            TemplateKind.ANSWER,
            TemplateKind.THANK_YOU,
        ) or (template.kind == TemplateKind.DECLINE and template.medium == Medium.PHONE_THEN_WRITTEN)
        if not person:
            continue
        for tone in tones_for(template):
            email = compose(template, offer=offer_for(template, owner, reader, tone=tone), user=owner, today=TODAY)
            assert re.match(r"(?:Dear|Hi) Marcus\b", email.text), (template.slug, email.text[:40])
            assert "Hiring Team" not in email.text and not email.text.startswith("Hello")
            assert not re.search(r"\bMarcus\b", "\n".join(body_lines(email))), template.slug


def test_the_formal_call_script_is_said_in_plain_words_in_the_sentences_the_tags_supply_too(starter, owner):
    """Its own lines are formal ("Is this a convenient time…"); what stood out, the reason and the door left
    open came first in warm words ("I loved…", "I'd love to be considered", gushing in a formal call), then in
    the formal written register ("Of everything in the process, I most enjoyed…", stilted aloud): they are
    the brief tone's plain sentences."""
    script = next(t for t in starter if t.slug == "phone-script-formal")
    reader = dataclasses.replace(READERS[0], stood_out="the architecture review of your billing system")
    offer = offer_for(script, owner, reader, tone=Tone.FORMAL)
    text = " ".join(compose(script, offer=offer, user=owner, today=TODAY).text.split())
    framed = {
        tone: [frame.format(x=reader.stood_out, X=reader.stood_out.capitalize()) for frame in wording._STOOD_OUT[tone]]
        for tone in Tone.values
    }
    assert any(sentence in text for sentence in framed[Tone.BRIEF]), text
    assert not any(sentence in text for sentence in framed[Tone.FORMAL] + framed[Tone.WARM]), text
    assert "I loved" not in text and "I'd love" not in text
