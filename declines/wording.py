"""What the merge tags stand for: the sentences, names and dates Declines
writes into an email, computed in one place (`values_for`).

Every value is plain text, escaped for Markdown when it is filled in
(`mergetags.fill`), except the user's signature, which is their own Markdown.
"""

import datetime as dt

from django.utils import timezone
from django.utils.formats import date_format

from declines.mergetags import TAGS, escape_markdown
from declines.models import DoorOpen, Offer, Reason, Tone
from declines.ownership import profile_for

# Titles before a name. A name that starts with one is greeted in full:
# "Dear Dr. Lee", not "Dear Dr.". The checklist reads greetings with the same list.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady", "lord", "rev"}
)

# What to say for each reason when the user gave no detail of their own: honest,
# brief, and about the user's own path, never about the employer's faults.
_REASON_SENTENCES: dict[str, dict[str, str]] = {
    Reason.ANOTHER_OFFER: {
        Tone.WARM: "I have accepted another offer that lines up closely with where I want to take my career next.",
        Tone.FORMAL: "I have accepted another position that aligns more closely with my current career goals.",
        Tone.BRIEF: "I have accepted another offer.",
    },
    Reason.ROLE_FIT: {
        Tone.WARM: "After a lot of reflection, I have realised the role is not quite the right fit "
        "for what I want to focus on next.",
        Tone.FORMAL: "After careful consideration, I have concluded that the role is not the right fit "
        "for my skills and interests at this stage.",
        Tone.BRIEF: "I have decided the role is not the right fit for me right now.",
    },
    Reason.COMPENSATION: {
        Tone.WARM: "After weighing everything carefully, the overall package does not quite work "
        "for my circumstances at the moment.",
        Tone.FORMAL: "Having considered the offer carefully, I have concluded that the compensation "
        "does not meet my current needs.",
        Tone.BRIEF: "The compensation does not quite work for my situation.",
    },
    Reason.LOCATION: {
        Tone.WARM: "The location turned out to be harder to make work for me than I had hoped.",
        Tone.FORMAL: "On reflection, the location of the role does not suit my present circumstances.",
        Tone.BRIEF: "The location does not work for me at the moment.",
    },
    Reason.PERSONAL: {
        Tone.WARM: "Some personal circumstances mean that now is not the right time for me to make this move.",
        Tone.FORMAL: "Owing to personal circumstances, I am not able to take on a new position at this time.",
        Tone.BRIEF: "Personal circumstances mean the timing is not right for me.",
    },
    Reason.STAYING: {
        Tone.WARM: "I have decided to stay in my current role, where there is still more I want to accomplish.",
        Tone.FORMAL: "I have decided to remain in my current position, where there is work I want to see through.",
        Tone.BRIEF: "I have decided to stay in my current role.",
    },
    Reason.CAREER_DIRECTION: {
        Tone.WARM: "While thinking it through, I realised I want to take my career in a somewhat different direction.",
        Tone.FORMAL: "After careful reflection, I have decided to pursue a different direction in my career.",
        Tone.BRIEF: "I am heading in a different direction in my career.",
    },
    Reason.UNSAID: {
        Tone.WARM: "After careful thought, I have decided this is not the right step for me at this time.",
        Tone.FORMAL: "After careful consideration, I have decided that this is not the right step for me at this time.",
        Tone.BRIEF: "I have decided this is not the right step for me right now.",
    },
}

_DOOR_OPEN_CLAUSES = {
    DoorOpen.FUTURE_ROLES: "I would be glad to be considered for future roles at {company}",
    DoorOpen.LINKEDIN: "I would like to stay in touch on LinkedIn",
    DoorOpen.EVENTS: "I hope we meet at an industry event before long",
    DoorOpen.REFER: "I will gladly point people I know who would be a great fit your way",
    DoorOpen.CAREERS_PAGE: "I will keep an eye on your careers page",
}


def format_date(day: dt.date | None, fallback: str = "") -> str:
    """A date as Declines writes it everywhere, in emails and on pages: "26 November 2026"."""
    if day is None:
        return fallback
    return date_format(day)


def days(n: int) -> str:
    """ "1 day", "3 days"."""
    return f"{n} day" if abs(n) == 1 else f"{n} days"


def answered(respond_by: dt.date | None, decided_on: dt.date) -> str:
    """How an answer met the deadline: "3 days before the deadline", "on the deadline day",
    "2 days after the deadline"; empty without a deadline."""
    if respond_by is None:
        return ""
    gap = (respond_by - decided_on).days
    if gap == 0:
        return "on the deadline day"
    return f"{days(abs(gap))} {'before' if gap > 0 else 'after'} the deadline"


def _oxford_list(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return f"{', '.join(items[:-1])}, and {items[-1]}"


def _one_line(value: str) -> str:
    """A one-line field as typed, except that any line breaks become single spaces.

    Spaces within a line are kept, so a name comes out exactly as it was typed.
    """
    return " ".join(line.strip() for line in value.splitlines() if line.strip())


def _first_word(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else ""


def _greeting(contact: str, tone: str) -> str:
    if not contact:
        return "Hello," if tone == Tone.BRIEF else "Dear Hiring Team,"
    first = _first_word(contact)
    name = first
    if tone == Tone.FORMAL or first.rstrip(".").lower() in HONORIFICS:
        name = contact
    opener = "Hi" if tone == Tone.BRIEF else "Dear"
    return f"{opener} {name},"


def _reason_sentence(reason: str, detail: str, tone: str) -> str:
    detail = " ".join(detail.split())
    if detail:
        return detail if detail[-1] in ".!?…" else detail + "."
    by_tone = _REASON_SENTENCES.get(reason) or _REASON_SENTENCES[Reason.UNSAID]
    return by_tone.get(tone) or by_tone[Tone.WARM]


def _door_open_sentence(choices: list[str], company: str) -> str:
    chosen = set(choices or [])
    clauses = [clause.format(company=company) for key, clause in _DOOR_OPEN_CLAUSES.items() if key in chosen]
    if not clauses:
        return "I hope our paths cross again."
    # Two clauses read as one sentence; any more go in a second, so it never rambles.
    sentences = [", and ".join(clauses[:2])]
    if clauses[2:]:
        sentences.append(_oxford_list(clauses[2:]))
    return " ".join(f"{sentence}." for sentence in sentences)


def _thanks_sentence(names: list[str]) -> str:
    if not names:
        return "I am grateful to everyone I met during the process for their time and care."
    return f"I am grateful to {_oxford_list(names)} for their time during the interviews."


def sample_values(*, today: dt.date | None = None) -> dict[str, str]:
    """The values of every tag for a template preview, with no offer or user."""
    values = {name: tag.sample for name, tag in TAGS.items()}
    values["today"] = format_date(today or timezone.localdate())
    return values


def values_for(*, offer: Offer | None, user, today: dt.date | None = None) -> dict[str, str]:
    """The value of every tag for `offer` written by `user`, as plain text.

    Without an offer (a template preview) the offer's tags take sample values,
    and the user's own name and signature are still used. `signature` is the
    user's Markdown; every other value is plain text for `fill` to escape.
    """
    today = today or timezone.localdate()
    values = sample_values(today=today)

    profile = profile_for(user)
    my_name = " ".join(profile.display_name.split()) or user.get_username()
    values["my_name"] = my_name
    values["my_first_name"] = _first_word(my_name)
    values["signature"] = profile.signature.strip() or escape_markdown(my_name)

    if offer is None:
        return values

    company = _one_line(offer.company) or "your company"
    contact = _one_line(offer.contact_name)
    values.update(
        company=company,
        role=_one_line(offer.role) or "the role",
        contact_name=contact or "the hiring team",
        contact_first_name=offer.contact_first_name or "the hiring team",
        greeting=_greeting(contact, offer.tone),
        reason_sentence=_reason_sentence(offer.reason, offer.reason_detail, offer.tone),
        door_open_sentence=_door_open_sentence(offer.door_open, company),
        thanks_sentence=_thanks_sentence(offer.thank_list()),
        offer_date=format_date(offer.received_on, "recently"),
        respond_by=format_date(offer.respond_by, "your deadline"),
    )
    return values
