"""Promptness: answer before the employer's deadline (while the decline is unsent)."""

from declines.models import TemplateKind
from declines.review.text import Verdict

KEY = "promptness"
LABEL = "Prompt"
ADVICE = "Be prompt: answer before the employer's deadline."
TIP = "Send it before their deadline."
KINDS = {TemplateKind.DECLINE, TemplateKind.PHONE_SCRIPT}


# Past the deadline by more than this, the decline may well have gone already.
LONG_AGO_DAYS = 30


def applies(context) -> bool:
    return not context.already_sent


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def check(email, context) -> Verdict:
    if context.respond_by is None:
        return Verdict(True, "No deadline set.")
    left = (context.respond_by - context.today).days
    if left < -LONG_AGO_DAYS:
        # Months late is more often a decline given then and recorded now than one still to send.
        return Verdict(
            False,
            f"{_days(-left)} past their deadline. Still to send? Send it today, and thank them for their patience. "
            "Already answered them? Give the day it went as “Sent on” on the Send step.",
        )
    if left < 0:
        return Verdict(False, f"{_days(-left)} past their deadline — send it today, and thank them for their patience.")
    if left == 0:
        return Verdict(True, "The deadline is today — send it today.")
    return Verdict(True, f"{_days(left)} before the deadline.")


MUST_WARN = [
    {"text": "Dear Priya, I decline.", "days_to_deadline": -1},
    {"text": "Dear Priya, I decline.", "days_to_deadline": -272},
]
MUST_PASS = [
    {"text": "Dear Priya, I decline.", "days_to_deadline": 0},
    {"text": "Dear Priya, I decline.", "days_to_deadline": None},
]
