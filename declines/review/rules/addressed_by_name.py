"""Addressed by name: the draft opens with the contact's name when it is known."""

import re

from declines.models import TemplateKind
from declines.review.text import Verdict, curly, flatten, greeted_names, name_parts, straighten, without_accents

KEY = "addressed_by_name"
LABEL = "Addressed by name"
ADVICE = "Write to a person: it is a relationship you are keeping."
TIP = "Open with the contact's name."
KINDS = {
    TemplateKind.DECLINE,
    TemplateKind.THANK_YOU,
    TemplateKind.CHECK_IN,
    TemplateKind.LINKEDIN_NOTE,
    TemplateKind.ANSWER,
}

GENERIC_GREETING = re.compile(
    r"\b(?:sir|madam|to whom it may concern|hiring (?:manager|team)|recruit\w*|hi there|hello there|hi all|team)\b",
    re.IGNORECASE,
)


def check(email, context) -> Verdict:
    opening = email.opening_line
    names = name_parts(context.contact_name)
    if not names:
        if greeted_names(opening, company=context.company):
            message = f"{curly(opening)} greets someone by name, but this offer has no contact — check who it is for."
            return Verdict(False, message, (email.line_finding(message, opening),))
        return Verdict(True, "No contact name known — a general greeting is fine.")
    # "Hi Tomas," to Tomás Walsh: the name without its accent is still the name.
    flat_opening = without_accents(flatten(opening).lower())
    if any(re.search(rf"(?<!\w){re.escape(without_accents(n))}(?!\w)", flat_opening) for n in names):
        return Verdict(True)
    first = next(p.strip(".,") for p in straighten(context.contact_name).split() if p.strip(".,").lower() in names)
    # The greeting the app writes for this tone and title ("Dear Mr O'Neil,"), or "Dear Marcus,".
    named = context.greeting if any(n in flatten(context.greeting).lower() for n in names) else ""
    suggestion = named or f"Dear {first},"
    greeting = opening.split(",")[0]
    if GENERIC_GREETING.search(greeting) and len(greeting) <= 40:
        message = f"{curly(greeting)} — you know their name: open with \u201c{suggestion}\u201d."
    else:
        message = f"Open with their name, e.g. \u201c{suggestion}\u201d."
    if not re.match(r"(?:dear|hi|hello|hey|good|greetings|to)\b", opening, re.IGNORECASE):
        return Verdict(False, message)
    return Verdict(False, message, (email.line_finding(message, opening),))


MUST_WARN = [
    {"text": "Dear Sir/Madam,\nThank you, Priya.", "quote": "Dear Sir/Madam,"},
    "Dear Priyanka,\nThank you.",
    "Dear [Name],\nThank you.",
    "Thank you for the offer. I decline.",
    {"text": "Dear Marcus,\nThank you.", "contact_name": ""},
]
MUST_PASS = [
    "Dear Priya,\nThank you.",
    "Dear Ms Lee,\nThank you.",
    "hi priya —\nThank you.",
    {"text": "Dear Dr Marsh,\nThank you.", "contact_name": "Dr. Helen Marsh"},
    "26 November 2026\n\nDear Priya,\nThank you.",
    {"text": "Dear Hiring Team,\nThank you.", "contact_name": ""},
    {"text": "Hello Brightwater Analytics team,\nThank you.", "contact_name": ""},
    {"text": "Hi all,\nThank you.", "contact_name": ""},
    {"text": "Hi Tomas,\nThank you.", "contact_name": "Tomás Walsh"},
    # A bare name opens it; "To be honest" further down greets nobody.
    {
        "text": "Priya,\n\nThanks for your time.\n\nTo be honest the final round didn't go well.",
        "contact_name": "Priya Raman",
    },
]
