"""Length: an email of 50–200 words, a LinkedIn note of at most 300 characters."""

from declines.models import TemplateKind
from declines.review.text import Verdict

KEY = "length"
LABEL = "Length"
ADVICE = "Be brief: a reason, briefly, and warmth without padding."
TIP = "Emails 50–200 words; a LinkedIn note at most 300 characters."
KINDS = {
    TemplateKind.DECLINE,
    TemplateKind.THANK_YOU,
    TemplateKind.CHECK_IN,
    TemplateKind.LINKEDIN_NOTE,
    TemplateKind.ANSWER,
}

EMAIL_MIN_WORDS = 50
EMAIL_MAX_WORDS = 200
LINKEDIN_MAX_CHARS = 300


def check(email, context) -> Verdict:
    if context.kind == TemplateKind.LINKEDIN_NOTE:
        chars = len(email.text.strip())
        if chars > LINKEDIN_MAX_CHARS:
            return Verdict(False, f"{chars} characters — LinkedIn allows {LINKEDIN_MAX_CHARS}; cut it down.")
        return Verdict(True, f"{chars} of {LINKEDIN_MAX_CHARS} characters.")
    words = email.word_count
    if words < EMAIL_MIN_WORDS:
        return Verdict(False, f"{words} words — a little short; add a warm sentence or two.")
    if words > EMAIL_MAX_WORDS:
        return Verdict(False, f"{words} words — aim for {EMAIL_MIN_WORDS}–{EMAIL_MAX_WORDS}; keep it brief.")
    return Verdict(True, f"{words} words.")


_SENTENCE = "Thank you for the offer and for your time, Priya. "
MUST_WARN = [
    "Dear Priya, thank you, but no.",
    _SENTENCE * 30,
    {"kind": TemplateKind.LINKEDIN_NOTE, "text": "Hi Priya, " + "lovely to meet you " * 20},
]
MUST_PASS = [
    _SENTENCE * 6,
    {"kind": TemplateKind.LINKEDIN_NOTE, "text": "Hi Priya, thank you for your time. Let's stay connected."},
]
