"""The merge-tag language of email templates, and the values its tags stand for.

Templates are user-authored, so they are never handed to Django's or Jinja's
template engine: through object attributes a template author could reach
password hashes or `SECRET_KEY`. Instead a template may hold `{{ name }}` tags
from one fixed vocabulary (`TAGS`); spaces inside the braces are optional.
This module parses that language itself, checks it (`validate`), fills it
(`fill`) and computes the value of every tag in one place (`values_for`).

The rules for braces, which `validate` enforces and `fill` agrees with:

- `{{ name }}` is a tag. Only a bare name from `TAGS` is allowed: no dots,
  filters, arguments or other words.
- `{%` and `{#` are refused wherever they appear: there is no template logic
  and no template comments.
- `{{` must be closed by `}}` before the next brace, and `}}` must close a `{{`.
  Three or more braces in a row around a tag (`{{{ company }}}`) are refused too.
- A single brace is ordinary text (`{ see below`, `{1, 2}`, `{a few words}`),
  except around a single bare word such as `{company}`, `{ name }` or
  `{offer.role}`: that is almost always a mistyped tag, so it is refused with
  a suggestion. To keep such braces as text, write them with a backslash,
  `\\{word\\}`, which shows as `{word}` in the body (Markdown) and in the
  subject alike.
- A backslash before a brace or a backslash (`\\{`, `\\}`, `\\\\`) makes that
  character plain text, as in Markdown; escaped braces never start or end a tag.
  Values filled into a body are escaped this way, so a company called
  `{{ role }}` can never become a live tag, not even if the filled text is
  filled again.
"""

import dataclasses
import datetime as dt
import difflib
import re
from collections.abc import Mapping

from django.core.exceptions import ValidationError
from django.utils import timezone

from declines.models import DoorOpen, Offer, Profile, Reason, Tone


@dataclasses.dataclass(frozen=True)
class Tag:
    name: str
    description: str
    sample: str


_TAG_LIST = [
    Tag("company", "The company that made the offer.", "Northwind Analytics"),
    Tag("role", "The job title you were offered.", "Senior Data Engineer"),
    Tag(
        "contact_name",
        "Your contact's full name, or “the hiring team” when you don't know it.",
        "Priya Lee",
    ),
    Tag(
        "contact_first_name",
        "Your contact's first name, or “the hiring team” when you don't know it.",
        "Priya",
    ),
    Tag(
        "greeting",
        "An opening line that suits the tone: “Dear Priya,”, “Dear Priya Lee,” or “Hi Priya,”; "
        "“Dear Hiring Team,” when there is no contact.",
        "Dear Priya,",
    ),
    Tag("my_name", "Your name, as set in Settings.", "Alex Morgan"),
    Tag("my_first_name", "Your first name.", "Alex"),
    Tag("signature", "Your signature from Settings, or your name if you have not written one.", "Alex Morgan"),
    Tag(
        "reason_sentence",
        "One honest sentence about why: your own words if you gave a detail, otherwise a gracious "
        "sentence for the reason and tone you chose.",
        "I have accepted another offer that lines up closely with where I want to take my career next.",
    ),
    Tag(
        "door_open_sentence",
        "How you would like to stay in touch, from the door-open choices you made.",
        "I would be glad to be considered for future roles at Northwind Analytics, "
        "and I would like to stay in touch on LinkedIn.",
    ),
    Tag(
        "thanks_sentence",
        "Thanks to the people who interviewed you, by name when you listed them.",
        "I am grateful to Sam Ortiz and Jordan Blake for their time during the interviews.",
    ),
    Tag("offer_date", "The day you received the offer.", "12 November 2026"),
    Tag("respond_by", "The employer's deadline for your answer.", "30 November 2026"),
    Tag("today", "Today's date.", "26 November 2026"),
]

TAGS: dict[str, Tag] = {tag.name: tag for tag in _TAG_LIST}

# Tags whose value is already Markdown written by the user, so it is not escaped.
MARKDOWN_TAGS = frozenset({"signature"})


# ---------------------------------------------------------------------------
# Checking a template


# Possessive quantifiers and bounded look-aheads keep a run of thousands of
# braces linear: validation runs on every keystroke of the live preview.
_TOKEN = re.compile(
    r"""
      (?P<escape>\\[\\{}])
    | (?P<tag>(?P<open>\{{2,}+)(?P<inner>[^{}]*+)(?P<close>\}{2,}+))
    | (?P<logic>\{%(?:[^\n]{0,80}?%\})?)
    | (?P<comment>\{\#(?:[^\n]{0,80}?\#\})?)
    | (?P<unclosed>\{{2,}+[ \t]*[^{}\s]*)
    | (?P<stray>\}{2,}+)
    | (?P<single>\{(?P<single_inner>[^{}\n]*)\})
    """,
    re.VERBOSE,
)
_BARE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_WORD_IN_BRACES = re.compile(r"\s*[A-Za-z_][A-Za-z0-9_.]*\s*")
_WORDS = re.compile(r"[A-Za-z_]+")


def _shown(written: str, limit: int = 40) -> str:
    """What the user wrote, on one line and short enough for a message."""
    text = " ".join(written.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _closest(word: str, cutoff: float = 0.6) -> str | None:
    word = word.lower()
    if word in TAGS:
        return word
    matches = difflib.get_close_matches(word, TAGS, n=1, cutoff=cutoff)
    return matches[0] if matches else None


def _closest_in(written: str) -> str | None:
    """The known tag that something like `offer.contact.name` most likely meant."""
    parts = _WORDS.findall(written.lower())
    if not parts:
        return None
    joined = "_".join(parts)
    if joined in TAGS:
        return joined
    for part in parts:
        if part in TAGS:
            return part
    # Stricter than for a single misspelt name, so that a walk through
    # `messages.storages.0.signer` does not suggest {{ signature }}.
    for candidate in (joined, *parts):
        found = _closest(candidate, cutoff=0.8)
        if found:
            return found
    return None


def _check_tag(match: re.Match) -> str | None:
    written = match.group("tag")
    inner = match.group("inner")
    name = inner.strip()
    shown = _shown(written)
    if len(match.group("open")) != 2 or len(match.group("close")) != 2:
        suggestion = _closest_in(name)
        example = f"{{{{ {suggestion} }}}}" if suggestion else "{{ company }}"
        return f"{shown} has too many braces — write tags with two on each side, like {example}."
    if not name:
        return f"Empty tag {shown} — put a tag name inside, such as {{{{ company }}}}."
    if _BARE_NAME.fullmatch(name):
        if name in TAGS:
            return None
        suggestion = _closest(name)
        if suggestion:
            return f"Unknown tag {shown} — did you mean {{{{ {suggestion} }}}}?"
        return f"Unknown tag {shown}. Use one of the tags listed for templates."
    suggestion = _closest_in(name)
    if suggestion:
        return f"{shown} is not allowed: only plain tag names work here — did you mean {{{{ {suggestion} }}}}?"
    return f"{shown} is not allowed: only plain tag names like {{{{ company }}}} work here."


def _check_single(match: re.Match) -> str | None:
    inner = match.group("single_inner")
    if not _WORD_IN_BRACES.fullmatch(inner):
        return None
    shown = _shown(match.group("single"))
    word = inner.strip()
    exact = word.lower() if word.lower() in TAGS else None
    if exact:
        return f"{shown} needs double braces — write {{{{ {exact} }}}}."
    suggestion = _closest_in(word) if "." in word else _closest(word)
    if suggestion:
        return f"{shown} is not a tag — did you mean {{{{ {suggestion} }}}}?"
    return (
        f"{shown} looks like a tag, but tags use double braces and a known name, like {{{{ company }}}}. "
        f"For braces as text, write \\{{{word}\\}}."
    )


def _before(text: str, position: int) -> str:
    words = text[max(position - 80, 0) : position].split()
    return " ".join(words[-3:])


def validate(text: str) -> list[str]:
    """Human messages for everything wrong with the tags in `text`; empty if it is fine."""
    errors: list[str] = []
    for match in _TOKEN.finditer(text):
        error = None
        if match.group("tag") is not None:
            error = _check_tag(match)
        elif match.group("single") is not None:
            error = _check_single(match)
        elif match.group("logic") is not None:
            written = _shown(match.group("logic"))
            error = f"{written} — template logic is not allowed. Use plain tags like {{{{ company }}}}."
        elif match.group("comment") is not None:
            written = _shown(match.group("comment"))
            error = f"{written} — template comments are not allowed; please delete it."
        elif match.group("unclosed") is not None:
            written = _shown(match.group("unclosed"))
            word = written[2:].strip()
            suggestion = _closest(word) if word else None
            if suggestion:
                error = f"{written} is missing its closing }}}} — write {{{{ {suggestion} }}}}."
            else:
                error = f"{written} has no closing }}}} — tags look like {{{{ company }}}}."
        elif match.group("stray") is not None:
            before = _before(text, match.start())
            where = f"after “{_shown(before, 30)}”" if before else "at the start"
            error = f"Stray }}}} {where} — remove it, or add the opening {{{{."
        if error and error not in errors:
            errors.append(error)
    return errors


def validate_or_raise(text: str) -> str:
    """`validate` for forms: returns `text` unchanged, or raises ValidationError with every message."""
    errors = validate(text)
    if errors:
        raise ValidationError(errors)
    return text


# ---------------------------------------------------------------------------
# Filling a template

# The escape alternative comes first so that `\{{ x }}` and `\\{{ x }}` are read
# exactly as `validate` reads them.
_FILL = re.compile(r"\\([\\{}])|\{\{\s*([a-z_]+)\s*\}\}")


def tags_used(text: str) -> list[str]:
    """The known tags in `text` — the ones `fill` replaces — in order of first use."""
    names = (m.group(2) for m in _FILL.finditer(text) if m.group(2) in TAGS)
    return list(dict.fromkeys(names))


_MD_INLINE = re.compile(r"[\\`*_{}\[\]<]|&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z0-9]+;)")
_MD_LINE_START = re.compile(r"^([ \t]*)(?:([#>+\-])|(\d+)\.)", re.MULTILINE)


def _escape_inline(match: re.Match) -> str:
    char = match.group()
    if char == "<":
        # Python-Markdown has no backslash escape for "<"; an entity is always text.
        return "&lt;"
    if char == "&":
        return "&amp;"
    return "\\" + char


def _escape_line_start(match: re.Match) -> str:
    indent, marker, number = match.groups()
    if marker:
        return f"{indent}\\{marker}"
    return f"{indent}{number}\\."


def escape_markdown(value: str) -> str:
    """`value` as Markdown that renders as exactly the text typed."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _MD_INLINE.sub(_escape_inline, value)
    # Only the start of a line can begin a heading, quote, list or rule; escaping
    # "." or "-" everywhere would litter drafts with backslashes.
    return _MD_LINE_START.sub(_escape_line_start, value)


def fill(text: str, values: Mapping[str, str], *, markdown: bool = True) -> str:
    """`text` with every known tag replaced by its value, in one pass.

    Being one pass, a value that itself contains `{{ company }}` stays literal.
    Unknown or malformed tags are left as they were written, so filling an
    invalid template never reveals anything. With `markdown` (bodies) each
    value is escaped so that it renders as typed, except the tags in
    `MARKDOWN_TAGS`; without it (subject lines) values go in as they are and
    the backslash escapes of braces are resolved.
    """

    def replace(match: re.Match) -> str:
        escaped, name = match.groups()
        if escaped is not None:
            return match.group() if markdown else escaped
        if name not in TAGS or name not in values:
            return match.group()
        value = str(values[name])
        if markdown and name not in MARKDOWN_TAGS:
            return escape_markdown(value)
        return value

    return _FILL.sub(replace, text)


# ---------------------------------------------------------------------------
# The values of the tags

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# A name that starts with one of these is greeted in full: "Dear Dr. Lee", not "Dear Dr.".
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame"}

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
    """A date as it is written in an email: "26 November 2026"."""
    if day is None:
        return fallback
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


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
    if tone == Tone.FORMAL or first.rstrip(".").lower() in _HONORIFICS:
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


def _profile(user) -> Profile:
    # The cached profile saves a query (and lets the benchmark run without a
    # database); a user without one gets it created.
    try:
        return user.profile
    except Profile.DoesNotExist:
        return Profile.objects.for_user(user)


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

    profile = _profile(user)
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
