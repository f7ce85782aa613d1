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
import unicodedata
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar

_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"}
WORD = re.compile(r"[^\W_]++(?:['-][^\W_]++)*+")
# A run of whitespace without a line break.
_BLANKS = re.compile(r"[^\S\n]++")
# Whitespace other than a line break or a space: with no two spaces together either, there is nothing to shorten.
_ODD_BLANK = re.compile(r"[^\S\n ]")
_HARD_WRAP = 50  # a line this long that stops mid-sentence was wrapped by the mail client
_BULLET = re.compile(r"(?:[-*•>–—]|\d{1,2}[.)])\s")
# Where a sentence ends inside a line: after . ! ? (and a closing quote or
# bracket), unless the full stop ends a title or an abbreviation.
# It starts with the characters a sentence can end at, so the engine only
# stops there; a full stop after a title or an initial is then set aside.
_SENTENCE_END = re.compile(r"[.!?\n ](?:(?<=[.!?])[\"')\]]*+ (?=\S)|(?<=\n)|(?<=\S )-> )")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|Prof|e\.g|i\.e)|\b[A-Z])\.$")
_ALPHANUMERIC = re.compile(r"[^\W_]")
_LEADING_MARK = re.compile(r"(?:[-*•>–—]|\d{1,2}[.)])\s++")


def straighten(value: str) -> str:
    """Curly quotes made straight (a replace per kind found: faster than translate on a long text)."""
    value = value or ""
    for curly_quote, straight in _QUOTES.items():
        if curly_quote in value:
            value = value.replace(curly_quote, straight)
    return value


def _separator(before_line: str, after_line: str, breaks: int) -> str:
    """The one character for the whitespace between two lines' words: does a sentence end there?

    `before_line` is the earlier line without its trailing whitespace,
    `after_line` the later one stripped, `breaks` the line breaks between.
    """
    if breaks > 1:
        return "\n"
    before, after = before_line[-1], after_line[0]
    if after.islower():
        return " "
    if before in ".!?:;" or _BULLET.match(after_line) or not before.isalnum() and before != ",":
        return "\n"
    return " " if len(before_line) >= _HARD_WRAP else "\n"


def flatten(value: str) -> str:
    """`value` straightened, every run of whitespace one character (see the module docstring).

    Line by line rather than one pattern over the text with a decision per
    run: a body of ten thousand short lines is flattened in a few milliseconds.
    """
    straight = straighten(value)
    if "\n" not in straight:
        return _single_blanks(straight)
    lines = straight.split("\n")
    out: list[str] = []
    last_index, last_line = -1, ""
    for index, line in enumerate(lines):
        words_of_line = line.strip()
        if not words_of_line:
            continue
        if last_index < 0:
            # Whitespace before the first word: a line break there ends nothing before it.
            if index > 0:
                out.append("\n")
            elif line[0].isspace():
                out.append(" ")
        else:
            out.append(_separator(last_line, words_of_line, index - last_index))
        out.append(words_of_line)
        last_index, last_line = index, line.rstrip()
    if last_index < 0:
        return "\n"
    if last_index < len(lines) - 1:
        out.append("\n")
    elif lines[-1][-1:].isspace():
        out.append(" ")
    return _single_blanks("".join(out))


def _single_blanks(text: str) -> str:
    """Every run of whitespace but line breaks one space (most texts have none to shorten: they are not rewritten)."""
    return _BLANKS.sub(" ", text) if "  " in text or _ODD_BLANK.search(text) else text


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

    Each is compiled the first time it is used: the rules' phrase lists make
    a megabyte of patterns, which took Python's compiler seven seconds, once
    in every process that loaded the URLs (a web worker's first page, any
    `manage.py` command), checklist or not. The case-ignoring one is needed
    only once some text has matched, or for the odd text above.
    """

    made: ClassVar[weakref.WeakSet] = weakref.WeakSet()

    def __init__(self, pattern: str):
        if any(c.isupper() for c in re.sub(r"\\.", "", pattern)):
            raise ValueError(f"A case-blind pattern is written in lowercase: {pattern[:80]}")
        self.pattern = pattern
        CaseBlind.made.add(self)

    @functools.cached_property
    def _as_written(self) -> re.Pattern:
        return re.compile(self.pattern)

    @functools.cached_property
    def _any_case(self) -> re.Pattern:
        return re.compile(self.pattern, re.IGNORECASE)

    @classmethod
    def compile_all(cls) -> None:
        """Compile every pattern made so far, both ways, now: for a process that would rather pay it at once than
        in the first checklist it shows (and for anything that times one)."""
        for made in list(cls.made):
            made._as_written, made._any_case  # noqa: B018 (read to be compiled)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The first match from `pos` that ends by `endpos` (the text beyond it is not read)."""
        endpos = len(text) if endpos is None else endpos
        lowered = _lowercase(text)
        if lowered is None:
            return self._any_case.search(text, pos, endpos)
        found = self._as_written.search(lowered, pos, endpos)
        # Where the lowercase text matched, the text as given matches alike.
        return self._any_case.match(text, found.start(), endpos) if found else None

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        lowered = _lowercase(text)
        if lowered is None:
            return self._any_case.match(text, pos)
        return self._any_case.match(text, pos) if self._as_written.match(lowered, pos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterable[re.Match]:
        """Every match from `pos` that ends by `endpos`."""
        endpos = len(text) if endpos is None else endpos
        lowered = _lowercase(text)
        if lowered is None:
            yield from self._any_case.finditer(text, pos, endpos)
            return
        for found in self._as_written.finditer(lowered, pos, endpos):
            yield self._any_case.match(text, found.start(), endpos)

    def sub(self, replacement: str, text: str) -> str:
        if _lowercase(text) is not None and not self._as_written.search(_lowercase(text)):
            return text
        return self._any_case.sub(replacement, text)


def _top_level(pattern: str) -> list[tuple[int, str]]:
    """Where each top-level piece of `pattern` starts: (position, "|" or "(" or ")" or "?")."""
    marks, depth, i, in_class = [], 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            if depth == 0:
                marks.append((i, "("))
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                marks.append((i, ")"))
        elif c == "|" and depth == 0:
            marks.append((i, "|"))
        i += 1
    return marks


def _alternatives(body: str, *, deep: bool = True) -> list[str]:
    """`body` split at its top-level "|", and a leading "(?:a|b)" spread over the rest: a…, b….

    `deep` also spreads a leading group with groups inside and a leading optional
    group, so that every alternative starts with a letter (at the top, where
    alternatives that start alike keep their order); inside the trie it is off.
    """
    cuts = [i for i, mark in _top_level(body) if mark == "|"]
    if cuts:
        pieces = [body[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(body)], strict=True)]
        return [alt for piece in pieces for alt in _alternatives(piece, deep=deep)]
    if body.startswith("(?:"):
        marks = _top_level(body)
        close = next(i for i, mark in marks if mark == ")")
        inner, rest = body[3:close], body[close + 1 :]
        if deep and rest[:1] == "?" and rest[1:2] not in ("?", "+") and rest[1:]:
            # An optional group first: with it, then without ("(?:an? )?odd" → "an? odd", "odd"), so
            # each starts with a letter the engine can index.
            return _alternatives(body[: close + 1] + rest[1:]) + _alternatives(rest[1:])
        if rest[:1] not in ("?", "*", "+", "{"):
            if "(" not in inner and "[" not in inner:
                return [alt + rest for alt in inner.split("|")]
            if not deep:
                return [body]
            # Groups or classes inside: split at the group's own top-level "|" only.
            cuts = [i for i, mark in _top_level(inner) if mark == "|"]
            pieces = [inner[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(inner)], strict=True)]
            return [alt for piece in pieces for alt in _alternatives(piece + rest)]
    return [body]


def any_of(patterns: Iterable[str]) -> CaseBlind:
    """One case-blind pattern that matches where any of `patterns` does.

    Where every pattern starts at a word (with \\b), the engine tries them only
    where a word starts, and the alternatives are grouped by their first
    letter, so at each word it tries the few that can match rather than all:
    several times faster on a long email. Alternatives that start with the
    same letter keep their order; two that start differently can never match
    at the same place, so the matches are those of the plain alternation.
    """
    patterns = list(patterns)
    if not all(p.startswith(r"\b") for p in patterns):
        return CaseBlind("|".join(f"(?:{p})" for p in patterns))
    alternatives = [first for p in patterns for alt in _alternatives(p[2:]) for first in _first_letter_first(alt)]
    firsts = {alternative[0] for alternative in alternatives}
    if len(firsts) <= _FEW_FIRSTS and all(map(_letter_first, alternatives)):
        return CaseBlind(_trie(alternatives, depth=4, at_word=True))
    return CaseBlind(r"\b" + _trie(alternatives, depth=4))


# With this many first characters or fewer, a pattern is faster told where a word starts after its first character
# than before it (see `_trie`); with more, the engine stops at nearly every letter either way, and "\b" in front,
# which fails at once inside a word, is the cheaper.
_FEW_FIRSTS = 10


# A lookbehind at the start of an alternative: "(?<!i )forgot", "(?<=\()rather".
_LOOKBEHIND = re.compile(r"\(\?<[!=]")


def _first_letter_first(alternative: str) -> list[str]:
    """An alternative that opens with lookbehinds, as alternatives that open with the letter they need.

    The trie indexes alternatives by their first letter, which "(?<!i )(?:forgot|forgotten)" does not have: its
    lookbehinds would be read at every word of the email. Where what follows them starts with a letter in every
    way it can match, the letter goes first and each lookbehind takes it in ("f(?<!i f)orgot", "f(?<!i f)orgotten"):
    the same text matches, and only at a word that starts with "f". Elsewhere "(?=f)" in front fails at once where
    no "f" starts the word.
    """
    # A word boundary of its own at the start repeats the one every alternative is tried after: it is dropped, so
    # that the alternative is indexed by its letter ("(?:\\btrip down memory lane|…)").
    while alternative.startswith(r"\b"):
        alternative = alternative[2:]
    behinds, rest = [], alternative
    while _LOOKBEHIND.match(rest):
        close = next((i for i, mark in _top_level(rest) if mark == ")"), None)
        if close is None:
            return [alternative]
        behinds.append(rest[: close + 1])
        rest = rest[close + 1 :]
    if not behinds:
        return [alternative]
    spread = _alternatives(rest)
    if all(_letter_first(alt) for alt in spread):
        return [alt[0] + "".join(_taking_in(behind, alt[0]) for behind in behinds) + alt[1:] for alt in spread]
    letters = _first_letters(rest)
    return [f"(?=[{''.join(sorted(letters))}]){alternative}" if letters else alternative]


def _letter_first(alternative: str) -> bool:
    """Whether the alternative starts with a plain lowercase letter (or a space or apostrophe) matched once."""
    first, second = alternative[:1], alternative[1:2]
    return (first.isalnum() and first.islower() or first in " '") and second not in ("?", "*", "+", "{")


def _taking_in(behind: str, letter: str) -> str:
    """A lookbehind read one character later, that character being `letter`: "(?<!i )" → "(?<!i f)"."""
    body = behind[4:-1]
    if any(mark == "|" for _i, mark in _top_level(body)):
        body = f"(?:{body})"
    return f"{behind[:4]}{body}{re.escape(letter)})"


def _first_letters(pattern: str) -> set[str] | None:
    """The letters any match of `pattern` can start with, where that is plain to see; else None."""
    letters: set[str] = set()
    for alt in _alternatives(pattern):
        first, second = alt[:1], alt[1:2]
        if alt.startswith(r"\d"):
            letters |= set("0123456789")
        elif first.isalnum() and first.islower() and second not in ("?", "*", "+", "{") or first in " '":
            letters.add(first)
        else:
            return None
    return letters or None


def _trie(alternatives: list[str], depth: int, *, at_word: bool = False) -> str:
    """The alternatives as one group, those sharing a first literal character merged, `depth` levels deep.

    `at_word`: every alternative starts with a letter, a space or an apostrophe, and must match where a word starts
    (or, for a space or an apostrophe, ends), as "\\b" in front would say. It is said after each group's first
    character instead, so the pattern starts with a character: the engine then skips straight to the few
    characters a match can start with rather than trying "\\b" at every one.
    """
    if len(alternatives) == 1 and not at_word:
        return f"(?:{alternatives[0]})"
    groups: dict[str, list[str]] = {}
    order: list[str | int] = []
    for n, alternative in enumerate(alternatives):
        first = alternative[:1]
        if depth and _letter_first(alternative):
            if first not in groups:
                order.append(first)
            groups.setdefault(first, []).append(alternative[1:])
        else:
            order.append(n)
    pieces = []
    for key in order:
        if isinstance(key, int):
            pieces.append(alternatives[key])
            continue
        rests = [
            alt
            for rest in groups[key]
            for alt in (_alternatives(rest, deep=False) if rest.startswith("(?:") else [rest])
        ]
        boundary = (r"(?<!\w.)" if key.isalnum() else r"(?<=\w.)") if at_word else ""
        pieces.append(re.escape(key) + boundary + (_trie(rests, depth - 1) if any(rests) else ""))
    return "(?:" + "|".join(pieces) + ")"


_CLAUSE_ENDS = ".!?\n"


def clause(flat: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause (up to . ! ? or a line break) around `start`:`end` in flat text."""
    begin = max(flat.rfind(c, 0, start) for c in _CLAUSE_ENDS) + 1
    stops = [i for i in (flat.find(c, end) for c in _CLAUSE_ENDS) if i >= 0]
    return begin, min(stops, default=len(flat))


def within(pattern: CaseBlind, flat: str, match: re.Match) -> bool:
    """Whether `match` lies inside a match of `pattern` in its clause."""
    begin, stop = clause(flat, match.start(), match.end())
    part = flat[begin:stop]
    offset = match.start() - begin
    return any(m.start() <= offset < m.end() for m in pattern.finditer(part))


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
    # What in the sentence it is about, where a rule finds more than one thing in a sentence
    # ("Tom" and "£85k"): part of the key, so each is dismissed on its own.
    what: str = ""

    @property
    def anchor(self) -> str:
        """The id of the mark that shows the quote in the preview (see `highlight`).

        Two findings that quote the same place share it.
        """
        return f"found-{self.field}-{self.start}"


@dataclass(frozen=True)
class Verdict:
    """What a rule's check says: passed or not, a message, and for a warning its findings."""

    ok: bool
    message: str = ""
    findings: tuple[Finding, ...] = field(default=())


# A rule reads at most this many findings (a body built to be the worst case
# cannot make thousands); the checklist shows at most MAX_FINDINGS of them still
# to look at, after the dismissed ones are set aside, so a new problem is never
# hidden behind dismissed ones.
MAX_FOUND = 50
MAX_FINDINGS = 10


def warn(findings: Iterable[Finding], message: str = "") -> Verdict:
    """A warning when there are findings, else a pass."""
    findings = tuple(findings)
    return Verdict(False, findings[0].message, findings) if findings else Verdict(True, message)


# --- The email under review -----------------------------------------------------

# "To Priya,", "To whom it may concern", "To the hiring team" (never "To be honest the final round …").
SALUTATION = re.compile(
    r"(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings)\b|to (?:whom|the|all|[^\W\d_]+,)",
    re.IGNORECASE,
)


# A run of two or more whitespace characters: the only ones flat text shortens.
_LONG_RUN = re.compile(r"\s\s++")


@functools.lru_cache(maxsize=16)
def _shifts(text: str) -> tuple[list[int], list[int]]:
    """For each run that flat text shortens: where it starts there, and how many characters it dropped so far."""
    starts, shifts, shift = [], [], 0
    for run in _LONG_RUN.finditer(text):
        starts.append(run.start() - shift)
        shift += len(run.group()) - 1
        shifts.append(shift)
    return starts, shifts


def _to_original(text: str, position: int) -> int:
    """Where `position` in the flat form of `text` falls in `text` itself."""
    starts, shifts = _shifts(text)
    i = bisect.bisect_left(starts, position)
    return position + (shifts[i - 1] if i else 0)


class Email:
    """The text under review, with the flat forms the rules search."""

    def __init__(self, subject: str, text: str):
        self.subject = subject or ""
        self.text = text or ""
        self.flat = flatten(self.text)
        self.flat_subject = flatten(self.subject)

    @functools.cached_property
    def lines(self) -> list[str]:
        """The first lines with words on them (enough to find the greeting), at most 300 characters each."""
        lines = (line[:300].strip() for line in self.text.split("\n", 40)[:40])
        return [line for line in lines if line][:8]

    @functools.cached_property
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
        # A sentence never ends inside a word, and what lies between sentences has none: the words of the
        # sentences are every word of the text.
        if _lowercase(self.flat) is None:
            return len(WORD.findall(self.flat))
        return sum(map(len, self.sentence_words))

    @functools.cached_property
    def _sentence_ends(self) -> list[int]:
        flat = self.flat
        return [
            m.end()
            for m in _SENTENCE_END.finditer(flat)
            if (flat[m.start()] != "." or not _ABBREVIATION.search(flat, max(0, m.start() - 5), m.start() + 1))
            # "(eight, I think!) so I do appreciate …": a bracket closed on a mark, then the sentence goes on.
            and not (")" in m.group() and flat[m.end() : m.end() + 1].islower())
        ]

    @functools.cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """The span, in the flat text, of every sentence with words in it, in order."""
        flat, spans, begin = self.flat, [], 0
        for stop in [*self._sentence_ends, len(flat)]:
            end = stop
            while end > begin and flat[end - 1].isspace():
                end -= 1
            if _ALPHANUMERIC.search(flat, begin, end):
                spans.append((begin, end))
            begin = stop
        return spans

    @functools.cached_property
    def sentence_words(self) -> list[list[str]]:
        """The words of each of `sentences`, in lowercase."""
        flat = self.flat
        lowered = _lowercase(flat)
        if lowered is None:  # the whole text does not lowercase as simply as that: a sentence at a time
            return [WORD.findall(flat[begin:stop].lower()) for begin, stop in self.sentences]
        return [WORD.findall(lowered, begin, stop) for begin, stop in self.sentences]

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

    def finding(
        self, message: str, match: re.Match | tuple[int, int], *, in_subject: bool = False, what: str = ""
    ) -> Finding:
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
            what=what,
        )

    def line_finding(self, message: str, line: str) -> Finding:
        """A finding that quotes one line of the text, as typed (a greeting, say)."""
        start = self.text.find(line)
        if not line or start < 0:
            return Finding(message=message)
        return Finding(message=message, quote=line, field="text", start=start, end=start + len(line))


# --- Names ----------------------------------------------------------------------

HONORIFICS = wordset("mr mrs ms miss mx dr prof professor sir dame lady lord rev")
# "Ashworth & Lyle LLP" is "Ashworth & Lyle" in a sentence, as people write it;
# so is "Harbourline Pte Ltd" "Harbourline" (and "Pvt. Ltd.", "Sdn Bhd",
# "(Pty) Ltd", "Co., Ltd.", "Private Limited").
LEGAL_FORM = re.compile(
    r",?\s+(?:(?:\((?:Pty|Pvt|Pte)\.?\)|Pty\.?|Pte\.?|Pvt\.?|Co\.?,?) Ltd\.?|\(Private\) Limited|Private Limited"
    r"|Sdn\.? Bhd\.?|Berhad|Bhd\.?"
    r"|S\.?A\.? de C\.?V\.?|S\.?A\.?S\.?|S\.?r\.?l\.?|S\.?p\.?A\.?|Ltda\.?|GmbH & Co\.? KG|A/S|ASA|Oy|AB|SE|N\.?V\.?"
    r"|LLP|LLC|Ltd\.?|Limited|Inc\.?|plc|PLC|g?GmbH|AG|S\.?A\.?|B\.?V\.?|Corp\.?"
    r"|S\.?A\.?R\.?L\.?|SARL|e\.\s?V\.|Lda\.?|S\.?L\.?|(?i:sp\.\s?z\s?o\.\s?o\.)|A\.?Ş\.?|K\.?K\.?|JSC|PJSC"
    r"|S\.C\.|S\.A\.C\.|SAC|S\.A\.A\.|(?i:s\.r\.o\.)|a\.s\.|d\.o\.o\.|Kft\.?|Zrt\.?|ApS|PLLC|P\.C\.|OÜ|UAB|SIA"
    r"|Company Limited|Pte\.? Ltd\.?)$"
)


# What a job advert adds to a title and nobody says of a job: "(Permanent Full-Time)", "(m/w/d)", "(English Speaking)".
_ADVERT_WORDS = (
    r"(?:permanent|temporary|temp|full[- ]?time|part[- ]?time|contract|fixed[- ]term|casual|locum|ft|pt|remote"
    r"|hybrid|on[- ]?site|[mwfdhx]\s*/\s*[mwfdhx](?:\s*/\s*[mwfdhx])?|all genders|[a-z]+[- ]speaking|\d+[- ]months?"
    r"|vollzeit|teilzeit|befristet|unbefristet|cdi|cdd|temps (?:plein|partiel)|tiempo (?:completo|parcial)"
    r"|jornada completa|nights?|night shift|\d+\s*[-–]\s*\d+\s*%|\d+\s*%"
    # "(part-time, 20h)", "(weekends)", "(3 days/week)", "(mat cover)": the hours and the kind of contract.
    r"|\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)(?:\s*(?:/|per|a|p)\s*(?:w|wk|week))?|\d+\s*days?(?:\s*(?:/|per|a)\s*(?:wk|week))?"
    r"|weekends?|weekdays?|evenings?|mornings?|seasonal|term[- ]time|zero[- ]hours?|(?:mat(?:ernity)?|parental) cover"
    # "Financial Consultant - Series 7 Required": what the advert asks of the candidate.
    r"|(?:[\w/+.]+ ){1,3}(?:required|preferred|essential|a must))"
)
# A gender marker anywhere: "Tischler/in (m/w/d) – Vollzeit".
_GENDER_MARK = re.compile(r"\s*\((?:[mwfdhx]\s*/\s*){1,2}[mwfdhx]\)", re.IGNORECASE)
# At the end, a part in brackets or after a dash made only of an advert's words: "(Permanent Full-Time)",
# "- Remote"; never "(Remote Sensing)" or "– Remote Operations Centre", which name the job.
_ADVERT_PART = re.compile(
    rf"\s*(?:[(\[]\s*{_ADVERT_WORDS}(?:\s*[,/&+-]?\s*(?:and\s+)?{_ADVERT_WORDS})*\s*[)\]]"
    rf"|\s[-–—|]\s*{_ADVERT_WORDS}(?:\s*[,/&+-]?\s*{_ADVERT_WORDS})*)\s*$",
    re.IGNORECASE,
)


def role_as_said(role: str) -> str:
    """The job as a person names it: "Registered Nurse - Medicine Unit" of
    "Registered Nurse - Medicine Unit (Permanent Full-Time)"."""
    said = role.strip()
    return " ".join(_ADVERT_PART.sub("", _GENDER_MARK.sub("", said)).split()) or said


# What a company is typed with that running text leaves out: a store's number ("Walmart Supercenter #2281") and
# the agency the offer came through ("Balfour Beatty (through Hays)").
_COMPANY_ASIDE = re.compile(r"(?:\s+#\s?\d+|\s+\((?:via|through|thru|c/o|through the agency) [^()]+\))$", re.IGNORECASE)


def without_legal_form(company: str) -> str:
    """The company as named in running text: without its legal form, when what
    is left is still a name. The composer writes it so; the mix-up check must
    find it so (`company_name`)."""
    company = _COMPANY_ASIDE.sub("", company) or company
    short = LEGAL_FORM.sub("", company)
    return short if len(short) >= 3 and re.search(r"[A-Za-z]{2}", short) else company


# What else is no part of a company's name for matching it in a draft ("the Data Company" is "the Data").
COMPANY_SUFFIX = re.compile(
    r"[,\s]+(?:inc|ltd|llc|llp|plc|gmbh|limited|corp|corporation|co|company|ag|sa|bv|pty)\.?$", re.IGNORECASE
)
# Too common to stand for a company on their own ("The Data Company" is not "the").
_NAME_NOISE = wordset("the and of for a an global group international digital labs studio company")


def without_accents(text: str) -> str:
    """ "Tomás" as "Tomas": a name typed without its accent is still the name."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=256)
def name_parts(name: str) -> tuple[str, ...]:
    """A person's names, lowercased, without titles or initials: "Dr. Helen Marsh" → helen, marsh."""
    parts = [p.strip(".,").lower() for p in straighten(name).split()]
    return tuple(p for p in parts if len(p) >= 2 and p not in HONORIFICS)


def literal(name: str, *, joined: str = r"\w") -> str:
    """`name` as a pattern that starts with the name itself, so the engine can jump to it.

    Like \\bname\\b, but the check that no word character is joined to it
    comes after the name rather than before, where it would stop the engine
    scanning ahead for the name's first letters.
    """
    escaped = re.escape(name)
    return rf"{escaped}(?<!{joined}{escaped})(?!{joined})"


@functools.lru_cache(maxsize=64)
def names_pattern(names: frozenset[str]) -> re.Pattern:
    """Any of `names`, as whole words, exactly as written."""
    return re.compile("|".join(literal(name) for name in sorted(names, key=len, reverse=True)))


def company_name(company: str) -> str:
    """The company as written, without its legal suffix: "Northwind Analytics" for "Northwind Analytics Ltd"."""
    return flatten(COMPANY_SUFFIX.sub("", without_legal_form((company or "").strip())))


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
# The number is found first (the engine jumps from digit to digit), then what
# stands before and after it.
NUMBER = re.compile(r"\d(?:\d{0,2}(?:[,.]\d{3})++(?:\.\d{1,2})?+|\d*+(?:\.\d++)?+)")
CURRENCY_BEFORE = re.compile(r"(?:(?:[A-Z]{1,3})?[£$€₹]|(?i:usd|gbp|eur|sgd|aud|inr|rs\.?))\s?$")
UNIT_AFTER = re.compile(r"\s?+([kK]\b|(?i:lpa|lakhs?|thousand|grand|million|m)\b)")
_MULTIPLIERS = {"k": 1_000, "thousand": 1_000, "grand": 1_000, "lpa": 100_000, "lakh": 100_000, "lakhs": 100_000}
_MULTIPLIERS |= {"million": 1_000_000, "m": 1_000_000}


# Money at a glance: a currency before a digit, or a multiplier or thousands
# separator after one. Each starts with a character the engine can jump to.
_CURRENCY_DIGIT = re.compile(r"[£$€₹]\s?\d|(?i:usd|gbp|eur|sgd|aud|inr)\s?\d")
_DIGIT_MONEY = re.compile(r"\d(?:[kK]\b|\s?(?i:lpa|lakhs?|thousand|grand)\b|[,.]\d{3}(?!\d))")


def has_amount(text: str) -> bool:
    """Whether `text` mentions a sum of money (cheaper than `amounts` when only that matters)."""
    return bool(_CURRENCY_DIGIT.search(text) or _DIGIT_MONEY.search(text))


def figures(text: str, values: Iterable[int]) -> dict[int, str]:
    """Which of the sums `values` `text` mentions, each with the words it is written in.

    Only numbers that start with the digits of one of the sums are read, so a
    body of thousands of other numbers costs a scan, not thousands of parses.
    """
    values = set(values)
    if not values:
        return {}
    # "68,000" or "68k", "4,200,000" or "42 LPA": two leading digits in some unit.
    leads = {str(v // unit)[:2] for v in values for unit in (1, 1000, 100_000) if v // unit >= 10}
    if not leads:
        return {}
    found = {}
    for m in re.finditer(r"(?:" + "|".join(sorted(leads)) + r")[\d,.]*+", text):
        window = text[max(0, m.start() - 5) : m.end() + 12]
        for value, written in amounts(window).items():
            if value in values:
                found.setdefault(value, written)
    return found


def amounts(text: str) -> dict[int, str]:
    """The sums of money in `text`, by value, each with the words it was written in."""
    found = {}
    for m in NUMBER.finditer(text):
        start, end, number = m.start(), m.end(), m.group()
        if start and (text[start - 1] in ".," or text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        currency = CURRENCY_BEFORE.search(text, max(0, start - 5), start)
        after = UNIT_AFTER.match(text, end)
        unit = after.group(1).lower() if after else ""
        if not (currency or unit or re.search(r"\d[,.]\d{3}", number)):
            continue
        digits = re.sub(r"[,.](?=\d{3}(?!\d))", "", number)
        try:
            value = round(float(digits) * _MULTIPLIERS.get(unit, 1))
        except ValueError:
            continue
        if value >= 100:
            found.setdefault(value, text[currency.start() if currency else start : after.end() if after else end])
    return found


# A blank left to fill in: a merge tag, "[Name]", "<role>", "XXX", "____", "TBD", "INSERT" (rules/no_blanks.py).
# Every alternative starts with a literal character, so the engine only stops
# at those ({ } % [ < X x _ T I) instead of trying every position.
BLANKS = re.compile(
    r"\{\{[^{}\n]{0,40}\}\}|\{%[^{}\n]{0,40}%\}|\{\{|\}\}|\{%|%\}"
    r"|\[[A-Za-z][A-Za-z0-9 _.,'/?&-]{0,40}\]"
    r"|<[A-Za-z][A-Za-z _]{0,30}>"
    r"|\{[A-Za-z_ ]{1,30}\}"
    # "XX" too ("Hello XX,"), but not the kisses after a friendly note's last words ("Thanks! XX", "xx").
    r"|X(?<!\wX)(?<![!.,] X)X\b|X(?<!\wX)[Xx]{2,}+\b|x(?<!\wx)[Xx]{2,}+\b"
    r"|___(?<!\w___)_*+"
    r"|T(?<!\wT)B[DC]\b"
    r"|I(?<!\wI)NSERT\b"
)


# "Dear Marcus," — a greeting word and then one to three capitalised names.
# The small words inside a family name ("Mr van der Berg", "Ms de Vries"), never a name on their own.
NAME_PARTICLES = wordset("van von der den de del della di du da dos das la le ter ten bin binti al")
_GREETS_SOMEONE = re.compile(
    r"^(?i:dear|hi|hello|hey|good (?:morning|afternoon|evening))\s++"
    r"((?:(?:[A-Z][\w'.-]*+|(?:van|von|der|den|de|del|della|di|du|da|dos|das|la|le|ter|ten)(?=\s))\s*+){1,5})"
    r"(?:[,:!—–-]|$)"
)
_NOT_A_PERSON = wordset(
    """
    all everyone everybody team folks there friends colleagues hiring manager managers recruiter recruiters
    talent people sir madam both again and
    """
)


def greeted_names(line: str, *, company: str = "") -> set[str]:
    """The names, lowercased, that a greeting line greets: "Dear Ms Lee," → {lee}; "Hi team," → none;
    "Dear XXX," → none (a blank is not a name)."""
    greeted = _GREETS_SOMEONE.match(BLANKS.sub("", straighten(line)))
    if not greeted:
        return set()
    return words(greeted.group(1)) - _NOT_A_PERSON - HONORIFICS - NAME_PARTICLES - words(company)
