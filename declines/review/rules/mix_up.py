"""Mix-up: the draft names another of the user's offers — the slip a mail merge makes.

It warns where the draft

- names the company of another offer: its full name anywhere, in any case;
  a one-word name or the short name of a longer one ("Copperleaf" for
  "Copperleaf Insurance") only where it reads as a name — capitalised and not
  the first word of a sentence, or in a frame such as "at X", "with X",
  "X's team", "X Inc" — so "watch the team bloom" is not Bloom, and a weekday
  ("call on Monday") is not Monday Labs unless a frame says so;
- names another offer's contact: the full name, a title and surname
  ("Mr Watanabe"), or the first name, capitalised, anywhere ("I told Priya",
  "Hank was very kind"); a first name that is also a word ("Will", "May",
  "Grace") only where it addresses them ("Thank you, Will");
- greets someone who is not this offer's contact ("Dear Marcus," to Priya);
- quotes a sum of money from another offer that is not this offer's own.

Names this offer shares with another (the same company, an interviewer with
the same first name as another offer's contact) never count.
"""

import functools
import re

from declines.models import TemplateKind
from declines.review.text import (
    HONORIFICS,
    NAME_PARTICLES,
    amounts,
    company_name,
    curly,
    figures,
    greeted_names,
    literal,
    name_parts,
    short_name,
    straighten,
    warn,
    without_accents,
    words,
    wordset,
)

KEY = "mix_up"
LABEL = "No mix-up with another offer"
ADVICE = "Write to this employer: a detail from another offer reads as a mail merge gone wrong."
TIP = "Check the names and figures: this draft mentions another of your offers."
KINDS = set(TemplateKind.values)

# Capitalised in every sentence, so capitals do not make them a company's name.
CALENDAR = wordset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    """
)
_BEFORE = re.compile(r"\b(?:at|with|from|join|joining|joined|for|to) $", re.IGNORECASE)
# A weekday or month after "from" or "for" is a date: only these make it a name.
_BEFORE_CALENDAR = re.compile(r"\b(?:at|with|join|joining|joined) $", re.IGNORECASE)
_AFTER = re.compile(
    r"(?:'s)? (?:[Tt]eam|[Ff]olks|[Pp]eople|[Oo]ffer|[Rr]ole|[Pp]osition|HR|[Rr]ecruit\w*+|[Hh]iring|[Ll]abs|Inc"
    r"|Ltd|LLC|[Cc]orp\w*+|[Gg]roup)\b|'s\b"
)
_NAMED_AFTER = re.compile(_AFTER.pattern.removesuffix(r"|'s\b"))
_SENTENCE_START = re.compile(r"(?:^|[.!?]\)?\s++|\n\s*+|[-*•>(]\s*+|/\s*+|:\s++)$")


# Before a surname: a title. Before a first name: a greeting or thanks, or a comma.
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? $")
_ADDRESSING = re.compile(r"(?:\b(?i:dear|hi|hello|hey|thanks|thank you|cheers)(?: again| so much)?,? *|, *)$")
_ADDRESSED_AFTER = re.compile(r"\s*+(?:[,.!?;:)\n—–-]|$)")
# First names that are also words, capitalised at the start of a sentence ("Will you…", "Grace under
# pressure"): another offer's contact so named counts only where they are addressed.
WORD_NAMES = wordset(
    """
    will may june april august rose grace hope faith joy mark bill pat sue art dawn summer autumn ruby amber
    jade frank miles chase hunter rich guy sky river brook cliff dean glen gene lily ivy heather holly penny
    sandy max sunny crystal destiny harmony melody angel price young king page ward jack nick don ray rob
    drew lance wade grant hunter carter mason bishop bailey sterling earl duke rocky clay dale van per christian
    """
)


@functools.lru_cache(maxsize=64)
def _patterns(company: str, contact: str, people: tuple[str, ...], others: tuple) -> tuple:
    """What to look for, built once per context: (pattern, in lowercased text?, how it must read) triples."""
    ours = set(name_parts(contact))
    for person in people:
        ours |= set(name_parts(person))
    our_company = company_name(company).lower()
    our_words = words(our_company)
    found = []
    for other in others:
        full = company_name(other.company)
        if full and full.lower() != our_company:
            name_words = full.split()
            if len(name_words) > 1:
                found.append((re.compile(literal(full.lower(), joined=r"[\w&]")), True, None))
            short = short_name(full)
            if short and short.lower() not in our_words:
                kind = "frame" if short.lower() in CALENDAR else "single" if len(name_words) == 1 else "short"
                found.append((re.compile(literal(short[0].upper() + short[1:], joined=r"[\w&-]")), False, kind))
        parts = [p for p in straighten(other.contact_name or "").split() if p.strip(".,").lower() not in HONORIFICS]
        if len(parts) >= 2 and not set(name_parts(other.contact_name)) <= ours:
            found.append((re.compile(literal(" ".join(parts).lower())), True, None))
            first, last = parts[0].strip(".,"), parts[-1].strip(".,")
            if last.lower() not in ours:
                found.append((re.compile(literal(last)), False, "titled"))
                # "Mr van der Berg": the family name with its particles, after the title.
                family = len(parts) - 1
                while family > 1 and parts[family - 1].lower() in NAME_PARTICLES:
                    family -= 1
                if family < len(parts) - 1:
                    found.append((re.compile(literal(" ".join(parts[family:]).strip(".,"))), False, "titled"))
            if first.lower() not in ours and len(first) >= 3:
                found.append(
                    (re.compile(literal(first)), False, "addressed" if first.lower() in WORD_NAMES else "first")
                )
    return tuple(found)


# Before a place ("moving to Austin", "based in Sydney"), a first name is not a person
# ("to" and "from" are not among them: "my regards to Tom", "an email from Tom".)
_PLACE_BEFORE = re.compile(r"\b(?i:in|near|around|outside|across|based in|living in|moving to) $")
# A sign-off just before it, at the end of the email: the name signed is the user's.
_SIGNED = re.compile(
    r"\b(?i:best|regards|wishes|sincerely|faithfully|cheers|thanks|thank you|warmly|best wishes|all the best),?\s+$"
)
# After it, another capitalised name: someone else of that first name ("Sam Rivera", the user's own).
_SURNAME_AFTER = re.compile(r" [A-Z][\w'’-]")


def _names_them(flat: str, start: int, end: int) -> bool:
    """Whether a first name of another offer's contact, found bare in the text, reads as that person."""
    if _SIGNED.search(flat, max(0, start - 30), start) and len(flat) - end < 80:
        return False  # "Best,\nPeter" at the end: the user's own name, signed
    if _ADDRESSING.search(flat, max(0, start - 20), start):
        return True  # "Hi Elena Fatima,": greeted, whatever follows
    if _SURNAME_AFTER.match(flat, end) or _PLACE_BEFORE.search(flat, max(0, start - 12), start):
        return False
    line_start = flat.rfind("\n", 0, start) + 1
    line_end = flat.find("\n", end)
    line = flat[line_start : line_end if line_end != -1 else len(flat)].strip()
    # A name alone on a line after the opening one is a signature: the user's own first name.
    return not (line == flat[start:end] and line_start > 0)


# The last word before a match, capitalised: "São" of "São Paulo". "do Aço" after one: "Vale do Aço".
_CAPITALISED_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]*) $")
_PARTICLE_NAME_AFTER = re.compile(r" (?:do|da|dos|das|de|del|della|di|du|van|von|la|le) [A-ZÀ-Þ]")


# Capitalised words before a name that are not part of it: greetings, and words that start sentences.
_NOT_PART_OF_A_NAME = wordset(
    """
    dear hi hello hey thanks thank cheers and but so if when while as after before since because please also then
    greet greetings regards kindly remember
    ask tell told met meet with at for to from of by in on today yesterday i my our your sorry congratulations
    """
)


def _inside_a_longer_name(flat: str, start: int, end: int) -> bool:
    """ "in São Paulo", "Vale do Aço": a first name or one-word company inside another name, a place's."""
    if _PARTICLE_NAME_AFTER.match(flat, end):
        return True
    before = _CAPITALISED_BEFORE.search(flat, max(0, start - 30), start)
    return bool(before) and before.group(1).lower() not in _NOT_PART_OF_A_NAME


def _reads_as_name(flat: str, match: re.Match, kind: str | None) -> bool:
    start, end = match.span()
    if kind is None:
        return True
    if kind in ("first", "single", "short") and _inside_a_longer_name(flat, start, end):
        return False
    if kind == "titled":
        return bool(_TITLE_BEFORE.search(flat, max(0, start - 6), start))
    if kind == "addressed":
        return bool(_ADDRESSING.search(flat, max(0, start - 20), start) and _ADDRESSED_AFTER.match(flat, end))
    if kind == "first":
        return _names_them(flat, start, end)
    if kind == "frame":
        # "Monday's call" is a day; "Monday's team" is the company.
        return bool(_BEFORE_CALENDAR.search(flat, max(0, start - 8), start) or _NAMED_AFTER.match(flat, end))
    if kind == "short" or _BEFORE.search(flat, max(0, start - 8), start) or _AFTER.match(flat, end):
        return True
    return not _SENTENCE_START.search(flat[max(0, start - 4) : start])


def _mentions(email, context) -> list:
    if not context.other_offers:
        return []
    findings, seen = [], set()
    patterns = _patterns(
        context.company, context.contact_name, tuple(context.people_to_thank), tuple(context.other_offers)
    )
    for in_subject, flat in ((True, email.flat_subject), (False, email.flat)):
        lowered = flat.lower()
        if len(lowered) != len(flat):
            lowered = None
        for pattern, in_lowercase, kind in patterns:
            if in_lowercase and lowered is None:
                pattern, searched = re.compile(pattern.pattern, re.IGNORECASE), flat
            else:
                searched = lowered if in_lowercase else flat
            for m in pattern.finditer(searched):
                if not _reads_as_name(flat, m, kind):
                    continue
                named = flat[m.start() : m.end()]
                finding = email.finding(
                    f"{curly(named)} belongs to another of your offers — is this the right email?",
                    m,
                    in_subject=in_subject,
                    what=named.casefold(),
                )
                # Each name once a sentence; two names in one sentence ("Vale … and Arup") are two findings.
                if (in_subject, finding.start, finding.what) not in seen:
                    seen.add((in_subject, finding.start, finding.what))
                    findings.append(finding)
                break
    return findings


def _greets_someone_else(email, context) -> list:
    ours = set(name_parts(context.contact_name))
    if not ours:
        return []
    opening = email.opening_line
    greeted = greeted_names(opening, company=context.company)
    # "Hi Tomas," to Tomás Walsh.
    if not greeted or {without_accents(name) for name in greeted} & {without_accents(name) for name in ours}:
        return []
    message = f"{curly(opening)} greets someone who is not this offer's contact, {context.contact_name}."
    return [email.line_finding(message, opening)]


@functools.lru_cache(maxsize=64)
def _their_figures(ours: str, others: tuple[str, ...]) -> dict[int, str]:
    theirs = {}
    for salary in others:
        theirs.update(amounts(salary or ""))
    for value in amounts(ours or ""):
        theirs.pop(value, None)
    return theirs


def _figures(email, context) -> list:
    theirs = _their_figures(context.salary, tuple(other.salary for other in context.other_offers))
    if not theirs:
        return []
    findings = []
    for in_subject, flat in ((True, email.flat_subject), (False, email.flat)):
        for value, written in figures(flat, theirs).items():
            if value in theirs:
                position = flat.find(written)
                message = f"{curly(written)} is the figure of another of your offers ({theirs[value]})."
                span = (position, position + len(written))
                findings.append(email.finding(message, span, in_subject=in_subject, what=written))
    return findings


def check(email, context):
    return warn(_greets_someone_else(email, context) + _mentions(email, context) + _figures(email, context))


_OTHERS = [
    {"company": "Harbor", "contact_name": "Peter Watanabe", "salary": "£68,000"},
    {"company": "Monday Labs", "contact_name": "Lena Novak", "salary": "$160k + equity"},
    {"company": "Copperleaf Insurance", "contact_name": "Marcus Gibbons", "salary": "₹42 LPA"},
]


def _example(text: str, **context) -> dict:
    return {"text": text, "other_offers": _OTHERS, "salary": "$145,000 base", **context}


MUST_WARN = [
    _example("Dear Priya,\nI have accepted an offer from Harbor.", quote="I have accepted an offer from Harbor."),
    _example("Dear Priya, thank you. I wish you and the team at Copperleaf all the best."),
    _example("Dear Priya, thank you. Copperleaf Insurance offered me more."),
    _example("Dear Priya, thank you. Copperleaf offered me more."),
    _example("- Don't get into Harbor / Copperleaf unless asked"),
    _example("Dear Priya, thanks to the Monday Labs team for everything."),
    _example("Dear Priya, I'm joining Monday's team next month."),
    _example("Dear Priya, please pass my thanks to Peter Watanabe."),
    _example("Dear Priya, I should be grateful, Peter, if you would pass my thanks on."),
    _example("Dear Priya, Mr Watanabe was very kind."),
    _example("Dear Marcus,\nThank you for the offer."),
    _example("Dear Priya, I told Lena all about it, and she said you are hiring again soon."),
    _example("Dear Priya,\nPeter was very kind to me throughout."),
    _example("Dear Priya, the salary of £68,000 is below what I need."),
    _example("Dear Priya, 42 LPA doesn't work for me."),
    {**_example("Dear Priya, thank you.", subject="Your Harbor offer")},
]
_VAN_DER_BERG = [{"company": "Maas & Rijn", "contact_name": "Pieter van der Berg", "salary": ""}]
MUST_WARN += [
    # Another offer's contact greeted, sent regards to, by a family name with its particles or a first name.
    {**_example("Dear Priya, thank you. Greet Pieter for me."), "other_offers": _VAN_DER_BERG},
    {**_example("Dear Priya, thank you. Regards to Mr van der Berg."), "other_offers": _VAN_DER_BERG},
    {**_example("Dear Mr van der Berg,\nThank you for the offer."), "other_offers": _VAN_DER_BERG},
]

MUST_PASS = [
    _example("Dear Priya, thank you. I hope to watch the team bloom from afar."),
    _example("Dear XXX,\nThank you for your time on the phone today."),
    _example("Dear Priya, following up on our call Monday, I decline."),
    {**_example("Dear Priya, I decline."), "subject": "Confirming Monday's call"},
    _example("Dear Priya, I'll confirm on Monday. Harbor lights are lovely this time of year."),
    _example("Dear Priya, the $145,000 base is fair, but I decline."),
    _example("Dear Priya, please pass my thanks to Peter and Marcus.", people_to_thank=("Peter Lin", "Marcus Ode")),
    _example("Dear Ms Lee, thank you."),
    _example("Dear Priya, I decline. Harbor is where I am headed, sorry.", company="Harbor Analytics"),
    {"text": "Dear Priya, I have accepted an offer from Harbor.", "other_offers": []},
    _example("Dear Priya, the 42-day notice period was too long.", salary="₹42 LPA"),
    # A first name that is also a word, not addressing anyone.
    {
        **_example("Dear Priya,\nWill you pass on my thanks? I hope it goes well."),
        "other_offers": [{"company": "Harbor", "contact_name": "Will Baker", "salary": ""}],
    },
    # "Lenape" and "Peterson" are not Lena and Peter.
    _example("Dear Priya, thank you. I enjoyed the Lenape trail walk and Peterson's talk."),
    # The user's own first name, as another offer's contact has it: signed, or in full.
    _example("Dear Priya,\nThank you for everything.\n\nBest,\nPeter"),
    _example("Dear Priya,\nThank you for everything.\n\nKind regards,\nPeter Morgan\nData engineer"),
    # This offer's own contact, whose family name shares its particle with another offer's contact's.
    {
        **_example("Dear Ms de Vries,\nThank you for the offer.", contact_name="Sanne de Vries"),
        "other_offers": [{"company": "Harbor", "contact_name": "Maria de Souza", "salary": ""}],
    },
    # A place, not a person.
    {
        **_example("Dear Priya, moving to Austin is what I could not make work."),
        "other_offers": [{"company": "Harbor", "contact_name": "Austin Lee", "salary": ""}],
    },
]
