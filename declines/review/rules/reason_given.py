"""A reason, briefly: when the user chose a reason, the draft gives it (in any words)."""

import functools
import re

from declines.models import Reason, TemplateKind
from declines.review.text import Verdict, any_of, has_amount, words, wordset

KEY = "reason_given"
LABEL = "A reason, briefly"
ADVICE = "Be honest and polite about the reason, briefly."
TIP = "You chose a reason — give it in one honest sentence."
KINDS = {TemplateKind.DECLINE, TemplateKind.PHONE_SCRIPT}

REASON_CUES = {
    Reason.ANOTHER_OFFER: [
        r"\b(?:another|other|different|competing|second) (?:\S+ ){0,2}?(?:offer|position|role|opportunity|job"
        r"|company|team|place)",
        r"\baccepted (?:a|an) (?:\S+ ){0,3}?(?:offer|position|role|job)\b",
        r"\belsewhere\b",
        r"\boffer from\b",
        r"\bsigned with\b",
        r"\bjoin(?:ing)? (?:a|an|another) (?!\S*+\s*+team\b)",
        r"\bgoing with\b",
        r"\b(?:been|was) offered\b",
        r"\bnew (?:role|job|position|team|place)\b",
    ],
    Reason.COMPENSATION: [
        r"\bcompensation\b",
        r"\bcomp\b",
        r"\bsalar(?:y|ies)\b",
        r"\bpackage\b",
        r"\bpay\b",
        r"\bremuneration\b",
        r"\bfinancial(?:ly)?\b",
        r"\bequity\b",
        r"\bbonus\b",
        r"\bbenefits\b",
        r"\bnumbers?\b",
        r"\bearn(?:ing|ings)?\b",
        r"\bmortgage\b",
        r"\bafford\w*+",
        r"\bbase\b",
        r"\bfigures?\b",
    ],
    Reason.LOCATION: [
        r"\blocation\b",
        r"\brelocat\w*+",
        r"\bcommut\w*+",
        r"\bmov(?:e|ing)\b",
        r"\bdistance\b",
        r"\bremote(?:ly)?\b",
        r"\b(?:on-?site|in-office|in the office|office-based)\b",
        r"\btravel\w*+",
        r"\bcity\b",
        r"\bfar from\b",
        r"\bacross the country\b",
    ],
    Reason.STAYING: [
        r"\bcurrent (?:role|position|job|team|employer|company)\b",
        r"\bstay(?:ing)?\b",
        r"\bremain(?:ing)?\b",
        r"\bwhere i am\b",
        r"\bcounter-?offer\b",
        r"\bpromot(?:ed|ion)\b",
    ],
    Reason.ROLE_FIT: [
        r"\bfit\b",
        r"\bdirection\b",
        r"\bskills?\b",
        r"\bresponsibilit(?:y|ies)\b",
        r"\bscope\b",
        r"\bmatch\b",
        r"\balign\w*+",
        r"\bexperience\b",
        r"\bstrengths?\b",
        r"\blooking for\b",
        r"\bsuited\b",
        r"\bhands-on\b",
        r"\bshape of the (?:role|job)\b",
        r"\bday-to-day\b",
        r"\bcorrespond\w*+",
        r"\b(?:kind|type|sort) of work\b",
        r"\bthe work (?:itself|involved)\b",
    ],
    Reason.PERSONAL: [
        r"\bpersonal\b",
        r"\bfamily\b",
        r"\bcircumstances\b",
        r"\bhealth\b",
        r"\bat home\b",
        r"\bcar(?:ing|er)\b",
        r"\bsituation\b",
        r"\bpartner\b",
        r"\b(?:children|kids|parent|parents|father|mother|dad|mum|mom)\b",
    ],
    Reason.CAREER_DIRECTION: [
        r"\bdirection\b",
        r"\bcareer\b(?! page)",
        r"\bpath\b(?! (?:\S+ ){0,2}?cross)",
        r"\bfocus\w*+",
        r"\bpursu(?:e|ing)\b",
        r"\bgoals?\b",
        r"\blong-term\b",
        r"\bspeciali[sz]\w*+",
        r"\btransition\w*+",
        r"\bline of work\b",
        r"\b(?:different|new|another) (?:field|kind of work|area of work|profession|industry|sector)\b",
    ],
}
REASON_PATTERNS = {reason: any_of(cues) for reason, cues in REASON_CUES.items()}
GENERIC_REASON = any_of(
    [
        r"\bbecause\b",
        r"\bdue to\b",
        r"\bthe reason\b",
        r"\bmy reason\b",
        r"\bsince i\b",
        r"\bmainly\b",
        r"\bas i'(?:ve|m)\b",
    ]
)
# Words of the user's own detail too common in any decline to show a reason was given.
_DETAIL_NOISE = wordset(
    """
    about after again also because been before being could decided decision decline declining didn't doesn't
    don't every from have having into just more most much offer offered other over really role should since
    some team than that their them then there these they think this those thought time very want wanted
    were what when where which while will with would your company position opportunity thank thanks
    """
)


@functools.lru_cache(maxsize=64)
def _detail_words(detail: str) -> frozenset[str]:
    return frozenset(w for w in words(detail) if len(w) >= 4 and "'" not in w and w not in _DETAIL_NOISE)


@functools.lru_cache(maxsize=64)
def _any_word(found: frozenset[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(found)) + r")\b", re.IGNORECASE)


def _mentions_any(flat: str, found: frozenset[str]) -> bool:
    """Whether `flat` uses any of the words in `found` (whole words, any case)."""
    return bool(_any_word(found).search(flat))


def check(email, context) -> Verdict:
    if not context.reason_chosen:
        return Verdict(True, "No reason needed.")
    pattern = REASON_PATTERNS.get(context.reason)
    if pattern is not None and pattern.search(email.flat):
        return Verdict(True)
    if context.reason == Reason.COMPENSATION and has_amount(email.flat):
        return Verdict(True)
    if GENERIC_REASON.search(email.flat):
        return Verdict(True)
    detail = _detail_words(context.reason_detail)
    if detail and _mentions_any(email.flat, detail):
        return Verdict(True)
    label = Reason(context.reason).label if context.reason in Reason.values else context.reason
    return Verdict(False, f"You chose \u201c{label}\u201d as your reason — say so in one honest sentence.")


MUST_WARN = [
    {"text": "I have decided to decline the offer.", "reason": Reason.COMPENSATION},
    {"text": "I decline. I'll watch your careers page and hope our paths cross.", "reason": Reason.CAREER_DIRECTION},
    {"text": "Thank you for the offer. I've decided to decline.", "reason": Reason.CAREER_DIRECTION},
]
MUST_PASS = [
    {"text": "I decline.", "reason": ""},
    {"text": "I decline.", "reason": Reason.UNSAID},
    {"text": "I have accepted a role elsewhere.", "reason": Reason.ANOTHER_OFFER},
    {"text": "The salary is below what I need.", "reason": Reason.COMPENSATION},
    {"text": "72k doesn't work for me.", "reason": Reason.COMPENSATION},
    {"text": "The comp doesn't work for me.", "reason": Reason.COMPENSATION},
    {"text": "I can't relocate to Bristol.", "reason": Reason.LOCATION},
    {"text": "I've decided to stay in my current role.", "reason": Reason.STAYING},
    {"text": "The role isn't the right fit for my skills.", "reason": Reason.ROLE_FIT},
    {"text": "Family circumstances have changed.", "reason": Reason.PERSONAL},
    {"text": "I want my career to go towards research.", "reason": Reason.CAREER_DIRECTION},
    {"text": "My next step is going to be into a different line of work.", "reason": Reason.CAREER_DIRECTION},
    {"text": "I'm moving into a different field.", "reason": Reason.CAREER_DIRECTION},
    {"text": "The day-to-day work isn't what I want to do next.", "reason": Reason.ROLE_FIT},
    {"text": "I do not think that the role corresponds to what I search.", "reason": Reason.ROLE_FIT},
    {"text": "I decline because it doesn't work for me.", "reason": Reason.COMPENSATION},
    {
        "text": "I have decided to decline. I want to work on backend systems.",
        "reason": Reason.ROLE_FIT,
        "reason_detail": "Backend systems, not mobile",
    },
]
