"""The text machinery every rule of the checklist shares.

A draft is reviewed as an `Email`: its subject and plain text as typed, and a
*flat* form of each that the rules search. Flat text has curly quotes
straightened and every run of whitespace made one character: a line break
where a sentence ends at one (a blank line, a list item, a line that ends in
punctuation or starts with a capital), else a space, so a phrase matches across
a hard-wrapped line but a pattern's spaces never reach into the next bullet.
Every other character stays where it was, so a match in the flat text maps
back to the text as typed and a warning quotes the user's own sentence
(`Email.finding`).

`CaseBlind` is how the long phrase patterns are searched: on lowercased text
with a lowercase pattern, which Python's engine does two to three times faster
than with IGNORECASE.

Patterns here and in the rules use possessive quantifiers and atomic groups
where a run could otherwise be retried from every position: a 20,000-character
body built to be the worst case is reviewed in a few milliseconds.
"""

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"})
WORD = re.compile(r"[^\W_]++(?:['-][^\W_]++)*+")
_SPACE = re.compile(r"\s++")
# A run of whitespace that holds a line break; it starts only where a run
# starts, so a long run of spaces is scanned once, not once per space.
_BREAK = re.compile(r"(?<!\s)[^\S\n]*+\n\s*+")
_BLANKS = re.compile(r"[^\S\n]++")
_HARD_WRAP = 50  # a line this long that stops mid-sentence was wrapped by the mail client
_BULLET = re.compile(r"(?:[-*•>–—]|\d{1,2}[.)])\s")
# Where a sentence ends inside a line: after . ! ? (and a closing quote or
# bracket), unless the full stop ends a title or an abbreviation.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\be\.g\.)(?<!\bi\.e\.)"
    r"(?<!\b[A-Z]\.)[\"')\]]*+ (?=\S)|\n|(?<=\S) -> "
)
_LEADING_MARK = re.compile(r"(?:[-*•>–—]|\d{1,2}[.)])\s++")


def straighten(value: str) -> str:
    return (value or "").translate(_QUOTES)


def _break(match: re.Match) -> str:
    """One character for a run of whitespace with a line break: does a sentence end there?"""
    run, text, start, end = match.group(), match.string, match.start(), match.end()
    if start == 0 or end == len(text) or run.count("\n") > 1:
        return "\n"
    before, after = text[start - 1], text[end]
    if after.islower():
        return " "
    if before in ".!?:;" or _BULLET.match(text, end) or not before.isalnum() and before != ",":
        return "\n"
    line_start = text.rfind("\n", 0, start) + 1
    return " " if start - line_start >= _HARD_WRAP else "\n"


def flatten(value: str) -> str:
    """`value` straightened, every run of whitespace one character (see the module docstring)."""
    straight = straighten(value)
    if "\n" in straight:
        straight = _BREAK.sub(_break, straight)
    return _BLANKS.sub(" ", straight)


def words(value: str) -> set[str]:
    return {w.lower() for w in WORD.findall(straighten(value))}


def wordset(text: str) -> frozenset[str]:
    """A set from a whitespace-separated list, so long lists stay readable."""
    return frozenset(text.split())


def curly(phrase: str) -> str:
    return f"\u201c{phrase.strip()}\u201d"


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
    """A pattern that ignores case, for the long phrase patterns.

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

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        lowered = _lowercase(text)
        if lowered is None:
            return self._any_case.search(text, pos)
        found = self._as_written.search(lowered, pos)
        # Where the lowercase text matched, the text as given matches alike.
        return self._any_case.match(text, found.start()) if found else None

    def finditer(self, text: str) -> Iterable[re.Match]:
        lowered = _lowercase(text)
        if lowered is None:
            yield from self._any_case.finditer(text)
            return
        for found in self._as_written.finditer(lowered):
            yield self._any_case.match(text, found.start())

    def sub(self, replacement: str, text: str) -> str:
        if _lowercase(text) is not None and not self._as_written.search(_lowercase(text)):
            return text
        return self._any_case.sub(replacement, text)


def any_of(patterns: Iterable[str]) -> CaseBlind:
    """One case-blind pattern that matches where any of `patterns` does, tried in order."""
    patterns = list(patterns)
    if all(p.startswith(r"\b") for p in patterns):
        # The same alternatives in the same order, but the engine tries them
        # only where a word starts: three to four times faster on a long email.
        return CaseBlind(r"\b(?:" + "|".join(f"(?:{p[2:]})" for p in patterns) + ")")
    return CaseBlind("|".join(f"(?:{p})" for p in patterns))


def gap(most: int) -> str:
    """Up to `most` words, lazily, inside one sentence: the slack in a construction."""
    return rf"(?:[^\s.!?;:]++ ){{0,{most}}}?"


# --- Findings -----------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """What one warning is about: a tip, and the sentence it quotes where there is one.

    `quote` is an exact substring of the subject or the text (`field`), at
    `start`:`end`, so the editor can highlight it; a warning about something
    missing quotes nothing. The engine fills in `key` (the rule's key and the
    sentence's words, so dismissing it leaves a different sentence warning)
    and whether the user dismissed it.
    """

    message: str
    quote: str = ""
    field: str = ""
    start: int = -1
    end: int = -1
    key: str = ""
    dismissed: bool = False


@dataclass(frozen=True)
class Verdict:
    """What a rule's check says: passed or not, a message, and for a warning its findings."""

    ok: bool
    message: str = ""
    findings: tuple[Finding, ...] = field(default=())


def warn(findings: Iterable[Finding], message: str = "") -> Verdict:
    """A warning when there are findings, else a pass."""
    findings = tuple(findings)
    return Verdict(False, findings[0].message, findings) if findings else Verdict(True, message)


# --- The email under review -----------------------------------------------------

SALUTATION = re.compile(r"(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings|to)\b", re.IGNORECASE)


def _to_original(text: str, position: int) -> int:
    """Where `position` in the flat form of `text` falls in `text` itself."""
    shift = 0
    for run in _SPACE.finditer(text):
        if run.start() - shift >= position:
            break
        shift += len(run.group()) - 1
    return position + shift


class Email:
    """The text under review, with the flat forms the rules search."""

    def __init__(self, subject: str, text: str):
        self.subject = subject or ""
        self.text = text or ""
        self.flat = flatten(self.text)
        self.flat_subject = flatten(self.subject)

    @functools.cached_property
    def lines(self) -> list[str]:
        return [line.strip() for line in self.text.splitlines() if line.strip()]

    @property
    def opening_line(self) -> str:
        """The salutation: the first line that greets, or else the first line.

        A formal letter puts the date (and perhaps an address) above "Dear …",
        so the first few lines are searched for a greeting before falling back.
        """
        for line in self.lines[:6]:
            if SALUTATION.match(line):
                return line
        return self.lines[0] if self.lines else ""

    @functools.cached_property
    def word_count(self) -> int:
        return len(WORD.findall(straighten(self.text)))

    @functools.cached_property
    def _sentence_ends(self) -> list[int]:
        return [m.end() for m in _SENTENCE_END.finditer(self.flat)]

    def sentence(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The span, in the flat text, of the sentence around `start`:`end`."""
        end = start if end is None else end
        ends = self._sentence_ends
        i = bisect.bisect_right(ends, start)
        begin = ends[i - 1] if i else 0
        j = bisect.bisect_left(ends, max(end, start + 1))
        stop = ends[j] if j < len(ends) else len(self.flat)
        while stop > begin and self.flat[stop - 1].isspace():
            stop -= 1
        return begin, stop

    def sentence_text(self, position: int) -> str:
        begin, stop = self.sentence(position)
        return self.flat[begin:stop]

    def finding(self, message: str, match: re.Match | tuple[int, int], *, in_subject: bool = False) -> Finding:
        """A finding that quotes the sentence holding `match` (a match on the flat text or subject)."""
        start, end = match.span() if isinstance(match, re.Match) else match
        if in_subject:
            original, begin, stop = self.subject, 0, len(self.flat_subject)
        else:
            original = self.text
            begin, stop = self.sentence(start, end)
        mark = _LEADING_MARK.match(self.flat_subject if in_subject else self.flat, begin)
        if mark and mark.end() <= start:
            begin = mark.end()
        first, last = _to_original(original, begin), _to_original(original, stop)
        return Finding(
            message=message,
            quote=original[first:last],
            field="subject" if in_subject else "text",
            start=first,
            end=last,
        )

    def line_finding(self, message: str, line: str) -> Finding:
        """A finding that quotes one line of the text, as typed (a greeting, say)."""
        start = self.text.find(line)
        if not line or start < 0:
            return Finding(message=message)
        return Finding(message=message, quote=line, field="text", start=start, end=start + len(line))


# --- Names ----------------------------------------------------------------------

HONORIFICS = wordset("mr mrs ms miss mx dr prof professor sir dame lady lord rev")
COMPANY_SUFFIX = re.compile(
    r"[,\s]+(?:inc|ltd|llc|llp|plc|gmbh|limited|corp|corporation|co|company|ag|sa|bv|pty)\.?$", re.IGNORECASE
)
# Too common to stand for a company on their own ("The Data Company" is not "the").
_NAME_NOISE = wordset("the and of for a an global group international digital labs studio company")


def name_parts(name: str) -> list[str]:
    """A person's names, lowercased, without titles or initials: "Dr. Helen Marsh" → helen, marsh."""
    parts = [p.strip(".,").lower() for p in straighten(name).split()]
    return [p for p in parts if len(p) >= 2 and p not in HONORIFICS]


def company_name(company: str) -> str:
    """The company as written, without its legal suffix: "Northwind Analytics" for "Northwind Analytics Ltd"."""
    return flatten(COMPANY_SUFFIX.sub("", (company or "").strip()))


def short_name(company: str) -> str:
    """The first word of a company's name where it can stand for the company ("Meridian"), else ""."""
    first = (company_name(company).split() or [""])[0].strip(",.")
    return first if len(first) >= 4 and first.lower() not in _NAME_NOISE else ""


def company_names(company: str) -> list[str]:
    """The company as written (lowercased), without its legal suffix, and its short name."""
    full = company_name(company).lower()
    short = short_name(company).lower()
    return [full, short] if short and short != full else [full] if full else []


# --- Sums of money -----------------------------------------------------------------

# "$145,000", "£68k", "A$118,000", "SGD 9,500", "72k", "42 LPA", "€72.000": a
# number with a currency, thousands separators or a multiplier — not "42 days".
MONEY = re.compile(
    r"(?<![\w.,])(?P<currency>(?:[A-Z]{1,3})?[£$€₹]\s?+|(?i:usd|gbp|eur|sgd|aud|inr|rs\.?)\s?+)?"
    r"(?P<number>\d{1,3}(?:[,.]\d{3})++(?:\.\d{1,2})?+|\d++(?:\.\d++)?+)"
    r"(?:\s?+(?P<unit>[kK]\b|(?i:lpa|lakhs?|thousand|grand|million|m)\b))?+"
)
_MULTIPLIERS = {"k": 1_000, "thousand": 1_000, "grand": 1_000, "lpa": 100_000, "lakh": 100_000, "lakhs": 100_000}
_MULTIPLIERS |= {"million": 1_000_000, "m": 1_000_000}


def amounts(text: str) -> dict[int, str]:
    """The sums of money in `text`, by value, each with the words it was written in."""
    found = {}
    for m in MONEY.finditer(text):
        number, unit = m.group("number"), (m.group("unit") or "").lower()
        if not (m.group("currency") or unit or re.search(r"\d[,.]\d{3}", number)):
            continue
        digits = re.sub(r"[,.](?=\d{3}(?!\d))", "", number)
        try:
            value = round(float(digits) * _MULTIPLIERS.get(unit, 1))
        except ValueError:
            continue
        if value >= 100:
            found.setdefault(value, m.group().strip())
    return found


# "Dear Marcus," — a greeting word and then one to three capitalised names.
_GREETS_SOMEONE = re.compile(
    r"^(?i:dear|hi|hello|hey|good (?:morning|afternoon|evening))\s++((?:[A-Z][\w'.-]*+\s*+){1,3})(?:[,:!—–-]|$)"
)
_NOT_A_PERSON = wordset(
    """
    all everyone everybody team folks there friends colleagues hiring manager managers recruiter recruiters
    talent people sir madam both again and
    """
)


def greeted_names(line: str, *, company: str = "") -> set[str]:
    """The names, lowercased, that a greeting line greets: "Dear Ms Lee," → {lee}; "Hi team," → none."""
    greeted = _GREETS_SOMEONE.match(straighten(line))
    if not greeted:
        return set()
    return words(greeted.group(1)) - _NOT_A_PERSON - HONORIFICS - words(company)
