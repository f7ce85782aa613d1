"""Subject names the offer: the subject line says which role or offer the email is about."""

import re

from declines.models import TemplateKind
from declines.review.text import BLANKS, Verdict, company_names, curly, flatten, role_as_said

KEY = "subject_names_offer"
LABEL = "Subject names the offer"
ADVICE = "Decline in writing, clearly: the subject says what it is about."
TIP = "Name the role or the offer in the subject."
KINDS = {TemplateKind.DECLINE, TemplateKind.THANK_YOU, TemplateKind.CHECK_IN, TemplateKind.ANSWER}

SUBJECT_WORDS = re.compile(
    r"\b(?:offers?|positions?|roles?|opportunit(?:y|ies)|vacanc(?:y|ies))\b"
    r"|\b(?:the|this|that|your|a) job\b|\bjob offer"
)
# The writer's own new job is not the one this email is about.
OWN_NEWS = re.compile(r"\b(?:my|new|current) (?:positions?|roles?|jobs?)\b")


def check(email, context) -> Verdict:
    subject = " ".join(BLANKS.sub(" ", email.flat_subject).lower().split())
    if not subject.strip():
        if email.flat_subject.strip():
            message = f"{curly(email.subject)} is still a blank — name the role or the offer."
            return Verdict(False, message, (email.finding(message, (0, len(email.flat_subject)), in_subject=True),))
        return Verdict(False, "Add a subject that names the role, e.g. \u201cYour offer for the role\u201d.")
    # Read as the subject is: a part of the role in brackets ("Coach & Mentor <Senior>") is no blank there either.
    # The role whole, or as a person names it ("Softwareentwickler" of "Softwareentwickler (m/w/d)").
    for said in {flatten(context.role), role_as_said(flatten(context.role))}:
        role = " ".join(BLANKS.sub(" ", said).lower().split())
        if role and re.search(rf"(?<!\w){re.escape(role)}(?!\w)", subject):
            return Verdict(True)
    if SUBJECT_WORDS.search(OWN_NEWS.sub(" ", subject)):
        return Verdict(True)
    if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", subject) for n in company_names(context.company)):
        message = f"{curly(email.subject)} names the company but not the role — add the role or \u201coffer\u201d."
    else:
        message = f"{curly(email.subject)} is vague — name the role or the offer."
    return Verdict(False, message, (email.finding(message, (0, len(email.flat_subject)), in_subject=True),))


MUST_WARN = [
    {"subject": "Hi"},
    {"subject": "Quick note"},
    {"subject": ""},
    {"subject": "Thank you, Priya!"},
    {"subject": "Following up on our call Monday"},
    {"subject": "Re: [Role] at [Company]"},
    {"subject": "Thank you, and best wishes to the Brightwater Analytics team"},
    {"subject": "Short update - new position"},
    {"subject": "Great job on the launch!"},
]
MUST_PASS = [
    {"subject": "Senior Data Engineer"},
    # A role with a part in brackets, named whole.
    {"subject": "Coach & Mentor <Senior> at AT&T <Labs>: my answer", "role": "Coach & Mentor <Senior>"},
    # The role as the app's own {{ role }} says it, without what the job advert added.
    {"subject": "Softwareentwickler at Krauss: my answer", "role": "Softwareentwickler (m/w/d)"},
    {"subject": "Your offer"},
    {"subject": "The position"},
    {"subject": "Re: future roles"},
    {"subject": "Brightwater Analytics offer – my decision"},
    {"subject": "Re: Senior Data Engineer offer"},
]
