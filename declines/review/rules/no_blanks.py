"""No blanks: no unfilled merge tags or "[Name]"-style gaps, in the subject or the body."""

from declines.models import TemplateKind
from declines.review.text import BLANKS, curly, warn

KEY = "no_blanks"
LABEL = "No blanks left"
ADVICE = "Send a finished, well-judged email."
TIP = "Fill in every blank and merge tag before sending."
KINDS = set(TemplateKind.values)


def _message(blank: str) -> str:
    return f"{curly(blank)} is still a blank — fill it in before sending."


def check(email, context):
    # What the offer's own names hold is not a blank: "AT&T <Labs>", "R&D [EMEA]".
    named = " ".join((context.company, context.role, context.contact_name))
    own = {m.group() for m in BLANKS.finditer(named)} if named.strip() else set()
    findings = [
        email.finding(_message(m.group()), m, in_subject=True)
        for m in BLANKS.finditer(email.flat_subject)
        if m.group() not in own
    ]
    for m in BLANKS.finditer(email.flat):
        if m.group() in own:
            continue
        findings.append(email.finding(_message(m.group()), m))
        if len(findings) >= 10:
            break
    return warn(findings)


MUST_WARN = [
    "Hello XX, thank you for the offer.",
    {"text": "Dear [Name],\nThank you for the offer.", "quote": "Dear [Name],"},
    "Dear Priya,\nThank you for the {{ role }} offer.",
    "Dear Priya, thank you for the <role> offer at XXX.",
    "Dear Priya, I start on ____ at TBD.",
    "Dear Priya, here is the article: [link]",
    {"subject": "Re: [Role] – [Company]", "text": "Dear Priya, thank you.", "quote": "Re: [Role] – [Company]"},
]
MUST_PASS = [
    "Thanks again for everything! XX",
    "(Pause — let them respond.)",
    "Alex Morgan <alex@example.com>",
    "See our blog (https://example.com/blog).",
    "I led the XR team at IBM.",
    "Thanks again for everything! xx",
    # What the offer's own names hold.
    {"text": "Dear Priya, thank you for the offer from AT&T <Labs>.", "company": "AT&T <Labs>"},
]
