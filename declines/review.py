"""The review checklist (§7): does a draft follow the advice of §1?

Every rule is data — a key, a label, the piece of advice it comes from, a tip
shown when it warns, the kinds of message it applies to and a check — so the
live checklist beside the editor, the review step and the tests all read one list.

`review()` takes the composed *plain text* of a draft (what the recipient will
read, signature included) and returns one `Result` per applicable rule, with
status "pass" or "warning" — or "dismissed", a warning the user chose to
dismiss for this draft: still listed, not counted (`summary()`). Rules that do
not apply to a kind are left out of the results, not marked "not applicable":
the checklist only shows what the user can act on.

Which rules apply to which kind (D decline, T thank_you, C check_in,
L linkedin_note, P phone_script, A answer):

    gratitude             D T C L P A   every message says thank you
    clear_decision        D . . . P .   only these carry the "no"
    reason_given          D . . . P .   only when a reason was chosen
    door_open             D T C L P .   answers vary ("why?") — not required
    effort_acknowledged   D T . . P .   where the hiring process is the subject
    professional_tone     D T C L P A
    addressed_by_name     D T C L . A   a call script has no written greeting
    no_blanks             D T C L P A   subject and body
    subject_names_offer   D T C . . A   LinkedIn notes and calls have no subject
    length                D T C L . A   emails 50–200 words, LinkedIn ≤ 300 chars;
                                        a call script has no length rule
    promptness            D . . . P .   and only while the decline is unsent

Judgement calls, so that they are made once:

- Apologies ("sorry", "I regret", "apologise") are never a fault; "I feel
  terrible saying no" is about the writer and is not negative tone.
- "At this time" is a polite formula, not hedging; "for now", "unless",
  "I'm not sure", "leaning towards", "I may reconsider" are hedging. "I may"
  alone is not ("I hope we may work together", "I may be in touch").
- Shouting: three or more ALL-CAPITAL words of two or more letters anywhere in
  the subject and body, not counting common acronyms (HR, CEO, NASA…) or words
  of the company, role and contact names.
- Exclamation marks: a run ("!!") or more than two in total is a warning.
- Generic wishes ("best of luck in the future") do not count as leaving the
  door open; a door-shutting phrase ("please remove me from your lists") warns
  even when an open-door phrase is also present.
"""

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.utils import timezone

from declines.models import Offer, OfferStatus, Reason, TemplateKind

PASS = "pass"
WARNING = "warning"
DISMISSED = "dismissed"

DECLINE = TemplateKind.DECLINE.value
THANK_YOU = TemplateKind.THANK_YOU.value
CHECK_IN = TemplateKind.CHECK_IN.value
LINKEDIN_NOTE = TemplateKind.LINKEDIN_NOTE.value
PHONE_SCRIPT = TemplateKind.PHONE_SCRIPT.value
ANSWER = TemplateKind.ANSWER.value

ALL_KINDS = frozenset(TemplateKind.values)
EMAIL_KINDS = frozenset({DECLINE, THANK_YOU, CHECK_IN, ANSWER})
DECLINE_KINDS = frozenset({DECLINE, PHONE_SCRIPT})

EMAIL_MIN_WORDS = 50
EMAIL_MAX_WORDS = 200
LINKEDIN_MAX_CHARS = 300


@dataclass(frozen=True)
class ReviewContext:
    """What the checklist needs to know beyond the text itself."""

    kind: str
    reason: str = ""
    reason_detail: str = ""
    contact_name: str = ""
    role: str = ""
    company: str = ""
    respond_by: dt.date | None = None
    today: dt.date = field(default_factory=timezone.localdate)
    already_sent: bool = False

    @classmethod
    def for_offer(cls, offer: Offer, *, kind: str, today: dt.date | None = None, already_sent: bool | None = None):
        """The context for a draft of `kind` about `offer`.

        Unless told otherwise, a declined offer counts as already answered, so
        promptness no longer applies.
        """
        if already_sent is None:
            already_sent = offer.status == OfferStatus.DECLINED
        return cls(
            kind=kind,
            reason=offer.reason,
            reason_detail=offer.reason_detail,
            contact_name=offer.contact_name,
            role=offer.role,
            company=offer.company,
            respond_by=offer.respond_by,
            today=today or timezone.localdate(),
            already_sent=already_sent,
        )

    @property
    def reason_chosen(self) -> bool:
        return bool(self.reason) and self.reason != Reason.UNSAID


SALUTATION = re.compile(r"(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings|to)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Email:
    """The text under review, with the normalised forms the rules search."""

    subject: str
    text: str
    # Curly quotes straightened and all whitespace one space, so phrases match
    # across line breaks and whatever quote character the user typed. Case is
    # kept (patterns ignore it) so a warning quotes the user's own words.
    flat: str
    flat_subject: str

    @classmethod
    def of(cls, subject: str, text: str) -> "Email":
        return cls(subject=subject or "", text=text or "", flat=_flatten(text), flat_subject=_flatten(subject))

    @property
    def opening_line(self) -> str:
        """The salutation: the first line that greets, or else the first line.

        A formal letter puts the date (and perhaps an address) above "Dear …",
        so the first few lines are searched for a greeting before falling back.
        """
        lines = [line.strip() for line in self.text.splitlines() if line.strip()]
        for line in lines[:6]:
            if SALUTATION.match(line):
                return line
        return lines[0] if lines else ""

    @property
    def word_count(self) -> int:
        return len(WORD.findall(_straighten(self.text)))


@dataclass(frozen=True)
class Verdict:
    ok: bool
    message: str = ""


def _always(context: ReviewContext) -> bool:
    return True


@dataclass(frozen=True)
class Rule:
    key: str
    label: str
    advice: str
    tip: str
    kinds: frozenset[str]
    check: Callable[[Email, ReviewContext], Verdict]
    # A further condition on the context, beyond the kind.
    when: Callable[[ReviewContext], bool] = _always

    def applies_to(self, context: ReviewContext) -> bool:
        return context.kind in self.kinds and self.when(context)


@dataclass(frozen=True)
class Result:
    rule: Rule
    status: str
    message: str

    @property
    def passed(self) -> bool:
        return self.status == PASS

    @property
    def key(self) -> str:
        return self.rule.key


# --- Text handling -----------------------------------------------------------

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"})
WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_SPACE = re.compile(r"\s+")


def _straighten(value: str) -> str:
    return (value or "").translate(_QUOTES)


def _flatten(value: str) -> str:
    return _SPACE.sub(" ", _straighten(value)).strip()


def _words(value: str) -> set[str]:
    return {w.lower() for w in WORD.findall(_straighten(value))}


@functools.lru_cache(maxsize=16)
def _lowercase(text: str) -> str | None:
    """`text` lowercased, or None where that would not match as IGNORECASE does.

    Cached, as every rule searches the same text.
    """
    lowered = text.lower()
    if len(lowered) != len(text) or lowered != text.upper().lower():
        return None
    return lowered


class CaseBlind:
    """A pattern that ignores case, for the long phrase lists.

    Python's engine matches two to three times faster without IGNORECASE, so
    the text is lowercased and searched with the pattern as written (every
    letter in it lowercase); the match then comes back on the text as given,
    so a warning quotes the user's own words. Text where lowercasing is not
    what IGNORECASE does (a dotted capital I, a long s, a dotless i) is
    searched as it is, ignoring case.
    """

    def __init__(self, pattern: str):
        if any(c.isupper() for c in re.sub(r"\\.", "", pattern)):
            raise ValueError(f"A case-blind pattern is written in lowercase: {pattern[:80]}")
        self.pattern = pattern
        self._as_written = re.compile(pattern)
        self._any_case = re.compile(pattern, re.IGNORECASE)

    def search(self, text: str) -> re.Match | None:
        lowered = _lowercase(text)
        if lowered is None:
            return self._any_case.search(text)
        found = self._as_written.search(lowered)
        # Where the lowercase text matched, the text as given matches alike.
        return self._any_case.match(text, found.start()) if found else None

    def sub(self, replacement: str, text: str) -> str:
        return self._any_case.sub(replacement, text)


def _any(patterns: Iterable[str]) -> CaseBlind:
    patterns = list(patterns)
    if all(p.startswith(r"\b") for p in patterns):
        # The same alternatives in the same order, but the engine tries them
        # only where a word starts: three to four times faster on a long email.
        return CaseBlind(r"\b(?:" + "|".join(f"(?:{p[2:]})" for p in patterns) + ")")
    return CaseBlind("|".join(f"(?:{p})" for p in patterns))


def _wordset(words: str) -> frozenset[str]:
    """A set from a whitespace-separated list, so long lists stay readable."""
    return frozenset(words.split())


def _quote(phrase: str) -> str:
    return f"\u201c{phrase.strip()}\u201d"


# --- 1. Gratitude ------------------------------------------------------------

GRATITUDE = _any(
    [
        r"\bthank(?:s|ful|fully|ing|ed)?\b",
        r"\bgrateful\b",
        r"\bgratitude\b",
        r"\bappreciat(?:e|ed|es|ing|ion|ive)\b",
        r"\bmuch obliged\b",
        r"\bcheers\b",
    ]
)
NOT_GRATITUDE = _any([r"\bno thanks?\b", r"\b(?:don't|do not|didn't|did not|never) appreciat\w*"])


def check_gratitude(email: Email, context: ReviewContext) -> Verdict:
    return Verdict(bool(GRATITUDE.search(NOT_GRATITUDE.sub(" ", email.flat))))


# --- 2. A clear decision -----------------------------------------------------

DECISION = _any(
    [
        r"\bdeclin(?:e|ed|es|ing)\b",
        r"\bturn(?:ed|ing|s)? (?:\S+ ){0,3}?down\b",
        r"(?:\bnot|n't|\bcannot|\bnever) (?:\S+ ){0,4}?"
        r"(?:accept(?:ing)?|join(?:ing)?|tak(?:e|ing) (?:up )?(?:the|this|your)|mov(?:e|ing) forward"
        r"|proceed(?:ing)?|pursu(?:e|ing)|com(?:e|ing) on ?board|sign(?:ing)?)\b",
        r"\bunable to (?:accept|join|take|move forward|proceed)\b",
        r"\bpass(?:ing)? on (?:the|this|your)\b",
        r"\bwithdraw(?:ing|n)? (?:from|my)\b",
        r"\b(?:say(?:ing)?|answer(?:ing)? is|answer has to be|must say|have to say) no\b",
        r"\baccepted (?:a|an|another) (?:\S+ ){0,3}?(?:offer|position|role|job)\b",
        r"\bdecided to (?:stay|remain|accept (?:a|an|another))\b",
        r"\b(?:i'm|i am|i'll be|i will be) (?:staying|remaining) (?:in|at|with|where)\b",
    ]
)

HEDGES = _any(
    [
        r"\bnot (?:entirely |completely |totally |quite |yet |100% )?(?:sure|certain)\b",
        r"\b(?:unsure|uncertain|undecided|on the fence|torn between)\b",
        r"\bi (?:might|may|could) (?:still |yet |well )?(?:reconsider|revisit|accept|come back to|be persuaded"
        r"|be convinced|be tempted|be open to (?:the|this|your|an?) (?:offer|improved|revised|counter))",
        r"\b(?:might|may|could|would|will|happy to|willing to|open to|glad to) (?:\S+ )?reconsider",
        r"\breconsidering\b",
        r"\b(?:might|may|could|would) (?:\S+ )?change my mind\b",
        r"\bfor now\b",
        r"\bfor the (?:time being|moment)\b",
        r"\bat this (?:point|stage|moment),? i (?:think|feel|believe|guess)\b",
        r"\bi (?:think|guess|suppose|believe) i(?:'ll| will| should| have to| must| need to| am going to"
        r"|'m going to| would|'d)\b",
        r"\bleaning (?:towards?|to)\b",
        r"\binclined to\b",
        r"\bunless\b",
        r"\b(?<!can't )(?<!cannot )(?<!couldn't )possibly\b",
        r"\bi(?:'ll|'m| will| am| would|'d)? probably\b",
        r"\bprobably (?:decline|not|won't|have to|need to|going to|turn|pass)\b",
        r"\bmaybe (?:i|not)\b",
        r"\bstill (?:deciding|thinking it over|weighing|mulling|making up my mind|considering (?:it|the offer|your))",
        r"\b(?:haven't|have not|not) (?:yet |quite |fully )?(?:decided|made up my mind|made my (?:final )?decision"
        r"|made a (?:final )?decision)\b",
        r"\bkeep (?:my|the|our) options open\b",
        r"\bon hold\b",
        r"\bhold off\b",
        r"\b(?:need|want|like|have) (?:a (?:bit|little) |some )?more time\b",
        r"\bif (?:you|the team|the company|they) (?:could|can|were able to|are able to|would be able to) (?:\S+ )?"
        r"(?:improve|increase|raise|match|adjust|revise|sweeten|reconsider|change|move|budge|offer more)",
        r"\bif (?:the|your) (?:offer|salary|compensation|package|base|pay|terms) (?:were|was|could|changes?"
        r"|improves?|is improved|went up)\b",
        r"\bwould (?:still )?(?:consider|be open to) (?:it|the offer|this offer|your offer|a revised|an improved"
        r"|a counter)",
    ]
)


def check_clear_decision(email: Email, context: ReviewContext) -> Verdict:
    hedge = HEDGES.search(email.flat)
    if hedge:
        return Verdict(False, f"{_quote(hedge.group())} could read as a maybe — make the no unmistakable.")
    if not DECISION.search(email.flat):
        return Verdict(
            False, "Say plainly that you are declining, e.g. \u201cI have decided to decline the offer.\u201d"
        )
    return Verdict(True)


# --- 3. A reason when one was chosen -----------------------------------------

REASON_CUES = {
    Reason.ANOTHER_OFFER: [
        r"\b(?:another|other|different|competing) (?:\S+ ){0,2}?(?:offer|position|role|opportunity|job|company)",
        r"\baccepted (?:a|an) (?:\S+ ){0,3}?(?:offer|position|role|job)\b",
        r"\belsewhere\b",
        r"\boffer from\b",
        r"\bsigned with\b",
        r"\bjoin(?:ing)? (?:a|an|another) (?!\S*\s*team\b)",
    ],
    Reason.COMPENSATION: [
        r"\bcompensation\b",
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
    ],
    Reason.LOCATION: [
        r"\blocation\b",
        r"\brelocat\w*",
        r"\bcommut\w*",
        r"\bmov(?:e|ing)\b",
        r"\bdistance\b",
        r"\bremote(?:ly)?\b",
        r"\b(?:on-?site|in-office|in the office|office-based)\b",
        r"\btravel\w*",
        r"\bcity\b",
        r"\bfar from\b",
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
        r"\balign\w*",
        r"\bexperience\b",
        r"\bstrengths?\b",
        r"\blooking for\b",
        r"\bsuited\b",
        r"\bhands-on\b",
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
        r"\b(?:children|kids|parent|parents)\b",
    ],
    Reason.CAREER_DIRECTION: [
        r"\bdirection\b",
        r"\bcareer\b",
        r"\bpath\b",
        r"\bfocus\w*",
        r"\bpursu(?:e|ing)\b",
        r"\bgoals?\b",
        r"\blong-term\b",
        r"\bspeciali[sz]\w*",
        r"\btransition\w*",
    ],
}
REASON_PATTERNS = {reason: _any(cues) for reason, cues in REASON_CUES.items()}
GENERIC_REASON = _any(
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
_DETAIL_NOISE = _wordset(
    """
    about after again also because been before being could decided decision decline declining didn't doesn't
    don't every from have having into just more most much offer offered other over really role should since
    some team than that their them then there these they think this those thought time very want wanted
    were what when where which while will with would your company position opportunity thank thanks
    """
)


def _detail_words(detail: str) -> set[str]:
    return {w for w in _words(detail) if len(w) >= 4 and w not in _DETAIL_NOISE}


def check_reason_given(email: Email, context: ReviewContext) -> Verdict:
    if not context.reason_chosen:
        return Verdict(True, "No reason needed.")
    pattern = REASON_PATTERNS.get(context.reason)
    if pattern is not None and pattern.search(email.flat):
        return Verdict(True)
    if GENERIC_REASON.search(email.flat):
        return Verdict(True)
    if _detail_words(context.reason_detail) & _words(email.text):
        return Verdict(True)
    label = Reason(context.reason).label if context.reason in Reason.values else context.reason
    return Verdict(False, f"You chose \u201c{label}\u201d as your reason — say so in one honest sentence.")


# --- 4. Door left open -------------------------------------------------------

DOOR_OPEN = _any(
    [
        r"\bfuture\b",
        r"\bin (?:touch|contact)\b",
        r"\bpaths? (?:\S+ ){0,2}?cross\b",
        r"\bcross paths\b",
        r"\bconnect(?:ed|ing|ion)?\b",
        r"\blinkedin\b",
        r"\bhear(?:ing)? (?:from|about|more)\b",
        r"\b(?:down the|later on down the) (?:line|road|track)\b",
        r"\blater on\b",
        r"\bwork(?:ing)? (?:together|with you)\b",
        r"\bcollaborat\w*",
        r"\b(?:speak|talk|meet|chat) (?:\S+ ){0,2}?again\b",
        r"\bkeep an eye on\b",
        r"\bcareers? page\b",
        r"\b(?:someday|some day|one day)\b",
        r"\bcoffee\b",
        r"\bcatch(?:ing)?[- ]up\b",
        r"\breach out\b",
        r"\brefer\b(?! to)",
        r"\bdoor\b",
        r"\bopen to\b",
        r"\b(?:events?|meetups?|conferences?)\b",
        r"\bfollow(?:ing)? (?:your|along|the team's|the company's)\b",
        r"\b(?:other|new) (?:opportunities|openings|roles) (?:at|with)\b",
    ]
)
# Wishes that close a letter without opening anything.
GENERIC_WISHES = re.compile(
    r"\b(?:luck|success|best|well|wishes)(?: \S+){0,4}? (?:for|in|with) (?:the |your )?future(?: endeavou?rs)?\b",
    re.IGNORECASE,
)
DOOR_SHUT = _any(
    [
        r"\bremove me from (?:your|the|any) \S+",
        r"\b(?:won't|will not|wouldn't|would not|never) (?:be )?(?:apply(?:ing)?|work(?:ing)?|consider(?:ing)?"
        r"|interested|interview(?:ing)?)(?: \S+){0,4}? (?:again|in (?:the )?future|future)\b",
        r"\bnot (?:be )?(?:interested|open|applying) (?:in|to|for) (?:any )?(?:future|further|other)\b",
        r"\bnot (?:\S+ )?(?:interested|keen|looking) (?:in|to) (?:stay|staying|keep|keeping|connect|connecting|hear)",
        r"\b(?:do not|don't) (?:contact|email|call|reach out to|get in touch with) me\b",
        r"\bno need to (?:contact|reach|keep|stay|follow)\b",
        r"\bunsubscribe\b",
        r"\blose my (?:number|details|contact)",
        r"\bnever again\b",
        r"\bno (?:future|further) (?:contact|roles|opportunities|correspondence)\b",
        r"\b(?:the|my) last (?:time|email|message) (?:you'll|you will) hear\b",
        r"\bclos(?:e|ing) the door\b",
    ]
)


def check_door_open(email: Email, context: ReviewContext) -> Verdict:
    shut = DOOR_SHUT.search(email.flat)
    if shut:
        return Verdict(False, f"{_quote(shut.group())} closes the door — leave it open, even a little.")
    return Verdict(bool(DOOR_OPEN.search(GENERIC_WISHES.sub(" ", email.flat))))


# --- 5. Effort acknowledged --------------------------------------------------

EFFORT = _any(
    [
        r"(?<!at )\b(?:your|the|their|taking|took|take|spent|spending|giving|gave|generous with your) time\b(?! being)",
        r"\btime (?:and|you|spent|taken|invested|everyone|the team)\b",
        r"\befforts?\b",
        r"\binterview\w*",
        r"\bprocess\b",
        r"\b(?:getting|get|got) to know\b",
        r"\b(?:your|the team's|their|kind) consideration\b",
        r"\bconsidering (?:me|my application|my candidacy)\b",
        r"\b(?:conversations?|discussions?|chats?)\b",
        r"\b(?:meet|meeting|met|speak|speaking|spoke|talking|talked) (?:with )?(?:you|the|your|everyone|so many)\b",
        r"\b(?:put|went|go|goes) into\b",
        r"\bpatience\b",
        r"\bhospitality\b",
        r"\bwelcom(?:e|ed|ing)\b(?! to)",
        r"\bgenerous\b",
        r"\bgenerosity\b",
        r"\bflexib\w+",
        r"\bsupport(?:ive)?\b",
        r"\babove and beyond\b",
        r"\bwalk(?:ing|ed)? me through\b",
        r"\banswer(?:ing|ed)? (?:all )?(?:of )?my questions\b",
        r"\bshow(?:ing|ed)? me around\b",
        r"\bkindness\b",
        r"\bhard work\b",
    ]
)


def check_effort(email: Email, context: ReviewContext) -> Verdict:
    return Verdict(bool(EFFORT.search(email.flat)))


# --- 6. Professional tone ----------------------------------------------------

# Phrases that read as negative about the employer or burn the bridge. Written
# as regular expressions over lower-case text; British and American spellings.
NEGATIVE_PHRASES = (
    r"waste of (?:my |our )?time",
    r"wasted (?:my|so much of my) time",
    r"not worth (?:my|the) time",
    r"low-? ?ball(?:ed|ing)?",
    r"insult(?:ing|ed)?",
    r"joke of an? (?:offer|process|company)",
    r"(?:is|was|a|total|complete|bit of a) joke(?: of an? (?:offer|process|company))?",
    r"laughable",
    r"ridiculous",
    r"absurd",
    r"pathetic",
    r"disorgani[sz]ed",
    r"chaotic",
    r"shambol(?:es|ic)",
    r"(?:a|complete|total|bit of a) mess",
    r"unprofessional",
    r"amateur(?:ish)?",
    r"sloppy",
    r"useless",
    r"pointless",
    r"frankly",
    r"to be honest,?(?= (?:your|the|this)\b)",
    r"no offen[cs]e",
    r"with all due respect",
    r"never again",
    r"your loss",
    r"good luck finding",
    r"good luck with that",
    r"you'll regret",
    r"toxic",
    r"terrible",
    r"awful",
    r"horrible",
    r"appalling",
    r"disgraceful",
    r"disgusting",
    r"rude",
    r"arrogant",
    r"clueless",
    r"incompeten(?:t|ce)",
    r"idiot(?:s|ic)?",
    r"stupid",
    r"desperate",
    r"didn't impress",
    r"(?:un|not )impressed",
    r"underwhelm(?:ed|ing)",
    r"bait[- ]and[- ]switch",
    r"red flags?",
    r"dodgy",
    r"shady",
    r"scam",
    r"cheap",
    r"stingy",
    r"penny-pinching",
    r"greedy",
    r"exploitative",
    r"sweatshop",
    r"dead-? ?end",
    r"boring",
    r"mediocre",
    r"second-rate",
    r"beneath me",
    r"dysfunctional",
    r"micromanag(?:e|ed|ing|ement|er|ers)",
    r"out of touch",
    r"behind the times",
    r"took forever",
    r"painfully slow",
    r"worst (?:offer|process|interview|experience|company)",
    r"disappointing (?:offer|process|experience|salary|package|number)",
    r"should be ashamed",
    r"shame on",
    r"deserve better",
    r"crap(?:py)?",
    r"damn",
    r"sucks?",
    r"bullshit",
    r"wtf",
)
# Every phrase starts with a letter, so the leading \b changes no match; it
# lets the engine skip the phrases everywhere but at the start of a word.
NEGATIVE = CaseBlind(r"\b(?<![\w'-])(?:" + "|".join(NEGATIVE_PHRASES) + r")(?![\w-])")
# Words about the writer's own feelings, not the employer's faults.
SELF_DIRECTED = re.compile(r"\b(?:feel|feels|felt|feeling)(?: \S+)? (?:terrible|awful|horrible|bad)\b", re.IGNORECASE)

ACRONYMS = _wordset(
    """
    AI AM API APAC ASAP AWS BA BBC BI BP CEO CFO CIO CISO CMO CO COO CPO CRM CSS CTO CV DM EMEA EOD EOW ERP ESA
    ETA ETL EU EY FAQ FW FWD FYI GCP GDPR GE GMBH HP HQ HR HSBC HTML IBM ID II III INC IT IV JS KPI KPMG LLC LLP
    LSE LTD MA MBA MD MIT ML MSC NASA NB NGO NHS NYC OK OKR PA PDF PHD PLC PM PR PS PTO PWC QA RE ROI SAP SDK SEO
    SF SQL SRE SVP TV UBS UCL UI UK UN US USA UX VP
    """
)
CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")
SHOUT_THRESHOLD = 3
EXCLAMATION_RUN = re.compile(r"!{2,}")
MAX_EXCLAMATIONS = 2


def check_professional_tone(email: Email, context: ReviewContext) -> Verdict:
    flat = SELF_DIRECTED.sub(" ", f"{email.flat_subject} \n {email.flat}")
    negative = NEGATIVE.search(flat)
    if negative:
        return Verdict(
            False, f"{_quote(negative.group())} can read as negative — keep to your reasons, not their faults."
        )

    known = {w.upper() for w in _words(f"{context.company} {context.role} {context.contact_name}")}
    original = f"{email.subject}\n{email.text}"
    shouted = [w for w in CAPS_WORD.findall(original) if w not in ACRONYMS and w not in known]
    if len(shouted) >= SHOUT_THRESHOLD:
        sample = ", ".join(_quote(w) for w in shouted[:3])
        return Verdict(False, f"{sample} in capitals read as shouting — use ordinary case.")

    if EXCLAMATION_RUN.search(original):
        return Verdict(False, "\u201c!!\u201d reads as overexcited — one exclamation mark at most.")
    count = original.count("!")
    if count > MAX_EXCLAMATIONS:
        return Verdict(False, f"{count} exclamation marks — keep to one or two.")
    return Verdict(True)


# --- 7. Addressed by name ----------------------------------------------------

HONORIFICS = _wordset("mr mrs ms miss mx dr prof professor sir dame lady lord rev")
GENERIC_GREETING = re.compile(
    r"\b(?:sir|madam|to whom it may concern|hiring (?:manager|team)|recruit\w*|hi there|hello there|hi all|team)\b",
    re.IGNORECASE,
)


def _name_parts(name: str) -> list[str]:
    parts = [p.strip(".,").lower() for p in _straighten(name).split()]
    return [p for p in parts if len(p) >= 2 and p not in HONORIFICS]


def check_addressed_by_name(email: Email, context: ReviewContext) -> Verdict:
    names = _name_parts(context.contact_name)
    if not names:
        return Verdict(True, "No contact name known — a general greeting is fine.")
    opening = _flatten(email.opening_line).lower()
    if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", opening) for n in names):
        return Verdict(True)
    first = next(p.strip(".,") for p in _straighten(context.contact_name).split() if p.strip(".,").lower() in names)
    greeting = email.opening_line.split(",")[0]
    if GENERIC_GREETING.search(greeting) and len(greeting) <= 40:
        return Verdict(False, f"{_quote(greeting)} — you know their name: open with \u201cDear {first},\u201d.")
    return Verdict(False, f"Open with their name, e.g. \u201cDear {first},\u201d.")


# --- 8. No blanks ------------------------------------------------------------

BLANKS = re.compile(
    r"\{\{[^{}\n]{0,40}\}\}|\{%[^{}\n]{0,40}%\}|\{\{|\}\}|\{%|%\}"
    r"|\[[A-Za-z][A-Za-z _.'/-]{0,40}\]"
    r"|<[A-Za-z][A-Za-z _]{0,30}>"
    r"|\{[A-Za-z_ ]{1,30}\}"
    r"|\b[Xx]{3,}\b"
    r"|_{3,}"
    r"|\bTB[DC]\b"
    r"|\bINSERT\b"
)


def check_no_blanks(email: Email, context: ReviewContext) -> Verdict:
    blank = BLANKS.search(email.subject) or BLANKS.search(email.text)
    if blank:
        return Verdict(False, f"{_quote(blank.group())} is still a blank — fill it in before sending.")
    return Verdict(True)


# --- 9. Subject names the role or offer --------------------------------------

SUBJECT_WORDS = re.compile(r"\b(?:offers?|positions?|roles?|jobs?|opportunit(?:y|ies)|vacanc(?:y|ies))\b")
COMPANY_SUFFIX = re.compile(
    r"[,\s]+(?:inc|ltd|llc|llp|plc|gmbh|limited|corp|corporation|co|company|ag|sa|bv|pty)\.?$", re.IGNORECASE
)
# Too common to stand for a company on their own ("The Data Company" is not "the").
_NAME_NOISE = _wordset("the and of for a an global group international digital labs studio")


def _company_names(company: str) -> list[str]:
    """The company as written, without its legal suffix, and its short name."""
    full = _flatten(COMPANY_SUFFIX.sub("", company.strip())).lower()
    if not full:
        return []
    first = full.split()[0]
    names = [full]
    if len(first) >= 4 and first not in _NAME_NOISE:
        names.append(first)  # "Meridian" for "Meridian Insurance"
    return names


def check_subject(email: Email, context: ReviewContext) -> Verdict:
    subject = email.flat_subject.lower()
    if not subject:
        return Verdict(False, "Add a subject that names the role, e.g. \u201cYour offer for the role\u201d.")
    names = [*_company_names(context.company), _flatten(context.role).lower()]
    if any(n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", subject) for n in names):
        return Verdict(True)
    if SUBJECT_WORDS.search(subject):
        return Verdict(True)
    return Verdict(False, f"{_quote(email.subject)} is vague — name the role or the offer.")


# --- 10. Length --------------------------------------------------------------


def check_length(email: Email, context: ReviewContext) -> Verdict:
    if context.kind == LINKEDIN_NOTE:
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


# --- 11. Promptness ----------------------------------------------------------


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def check_promptness(email: Email, context: ReviewContext) -> Verdict:
    if context.respond_by is None:
        return Verdict(True, "No deadline set.")
    left = (context.respond_by - context.today).days
    if left < 0:
        return Verdict(False, f"{_days(-left)} past their deadline — send it today, and thank them for their patience.")
    if left == 0:
        return Verdict(True, "The deadline is today — send it today.")
    return Verdict(True, f"{_days(left)} before the deadline.")


def _not_sent(context: ReviewContext) -> bool:
    return not context.already_sent


RULES: tuple[Rule, ...] = (
    Rule(
        key="gratitude",
        label="Gratitude expressed",
        advice="Express gratitude.",
        tip="Say thank you — for the offer, their time, the chance to meet the team.",
        kinds=ALL_KINDS,
        check=check_gratitude,
    ),
    Rule(
        key="clear_decision",
        label="A clear decision",
        advice="Be honest: leave no doubt that the answer is no.",
        tip="Say plainly that you are declining, with nothing that reads as a maybe.",
        kinds=DECLINE_KINDS,
        check=check_clear_decision,
    ),
    Rule(
        key="reason_given",
        label="A reason, briefly",
        advice="Be honest and polite about the reason, briefly.",
        tip="You chose a reason — give it in one honest sentence.",
        kinds=DECLINE_KINDS,
        check=check_reason_given,
    ),
    Rule(
        key="door_open",
        label="Door left open",
        advice="Leave the door open.",
        tip="Leave the door open: stay in touch, connect on LinkedIn, future roles.",
        kinds=frozenset({DECLINE, THANK_YOU, CHECK_IN, LINKEDIN_NOTE, PHONE_SCRIPT}),
        check=check_door_open,
    ),
    Rule(
        key="effort_acknowledged",
        label="Effort acknowledged",
        advice="Acknowledge the effort the hiring team put in.",
        tip="Thank them for their time and the interviews, not only for the offer.",
        kinds=frozenset({DECLINE, THANK_YOU, PHONE_SCRIPT}),
        check=check_effort,
    ),
    Rule(
        key="professional_tone",
        label="Professional tone",
        advice="Stay professional, never negative.",
        tip="Keep it courteous: no criticism, capitals or exclamation runs.",
        kinds=ALL_KINDS,
        check=check_professional_tone,
    ),
    Rule(
        key="addressed_by_name",
        label="Addressed by name",
        advice="Write to a person: it is a relationship you are keeping.",
        tip="Open with the contact's name.",
        kinds=frozenset({DECLINE, THANK_YOU, CHECK_IN, LINKEDIN_NOTE, ANSWER}),
        check=check_addressed_by_name,
    ),
    Rule(
        key="no_blanks",
        label="No blanks left",
        advice="Send a finished, well-judged email.",
        tip="Fill in every blank and merge tag before sending.",
        kinds=ALL_KINDS,
        check=check_no_blanks,
    ),
    Rule(
        key="subject_names_offer",
        label="Subject names the offer",
        advice="Decline in writing, clearly: the subject says what it is about.",
        tip="Name the role or the offer in the subject.",
        kinds=EMAIL_KINDS,
        check=check_subject,
    ),
    Rule(
        key="length",
        label="Length",
        advice="Be brief: a reason, briefly, and warmth without padding.",
        tip="Emails 50–200 words; a LinkedIn note at most 300 characters.",
        kinds=frozenset({DECLINE, THANK_YOU, CHECK_IN, LINKEDIN_NOTE, ANSWER}),
        check=check_length,
    ),
    Rule(
        key="promptness",
        label="Prompt",
        advice="Be prompt: answer before the employer's deadline.",
        tip="Send it before their deadline.",
        kinds=DECLINE_KINDS,
        check=check_promptness,
        when=_not_sent,
    ),
)
RULES_BY_KEY = {rule.key: rule for rule in RULES}


def rules_for(kind: str) -> list[Rule]:
    """The rules that can apply to a kind (promptness may still drop out once sent)."""
    return [rule for rule in RULES if kind in rule.kinds]


def review(*, subject: str, text: str, context: ReviewContext, dismissed: Iterable[str] = ()) -> list[Result]:
    """Check a composed draft against every rule that applies to its kind."""
    email = Email.of(subject, text)
    dismissed = frozenset(dismissed)
    results = []
    for rule in RULES:
        if not rule.applies_to(context):
            continue
        verdict = rule.check(email, context)
        if verdict.ok:
            results.append(Result(rule=rule, status=PASS, message=verdict.message or rule.label))
        else:
            status = DISMISSED if rule.key in dismissed else WARNING
            results.append(Result(rule=rule, status=status, message=verdict.message or rule.tip))
    return results


def summary(results: Iterable[Result]) -> dict[str, int]:
    """How many results passed, warned and were dismissed, and the total."""
    counts = Counter(result.status for result in results)
    return {
        PASS: counts[PASS],
        WARNING: counts[WARNING],
        DISMISSED: counts[DISMISSED],
        "total": sum(counts.values()),
    }
