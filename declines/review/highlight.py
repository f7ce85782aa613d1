"""The checklist's findings marked where they are, in the preview beside the editor (§7).

A finding quotes its sentence from the composed email's plain text or its
subject; the preview shows the email's sanitised HTML. `mark` finds each
quoted sentence in the HTML's text and wraps it in `<mark>`, with the
finding's `anchor` as its id so the checklist can link to it.

Most quotes stand in the HTML exactly as typed, escaped, and are wrapped
where they stand. The others are matched on words, not positions: the plain
text has what the HTML does not (list bullets, "> " before a quote, a link's
address after its words) and the HTML has tags (bold, a line break), so the
quote's words are looked for in the HTML's text in order, with anything but
letters and digits between them. Where a sentence comes more than once, the
same occurrence is marked (the second for the second). A quote the HTML's
text does not hold word for word (one that runs across a link with its
address) is left unmarked; the checklist still quotes it.

The HTML is read as the sanitiser writes it — every attribute double-quoted,
every "<" and ">" outside a tag escaped — and every piece of text the marks
cut is escaped again on the way out, so the only markup added is `<mark>`
with an id. Text no mark touches is copied through as it was.
"""

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape, unescape

from django.utils.safestring import SafeString, mark_safe

from declines.review.text import WORD, Finding

# A tag as the sanitiser writes it; split() keeps them at the odd indexes.
_TAGS = re.compile(r'(<[^<>"]*+(?:"[^"]*+"[^<>"]*+)*+>)')
# Tags that end a line of text: words on either side are not one word.
_BREAKS = re.compile(r"</?(?:p|br|li|ul|ol|blockquote)\b")
_MARK = '<mark class="finding-mark"{}>'
_END = "</mark>"


@dataclass(frozen=True)
class Marked:
    """The preview's subject and HTML with the findings marked, and the anchors that were placed."""

    subject: SafeString
    html: SafeString
    anchors: frozenset[str]


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    anchor: str


def mark(*, subject: str, text: str, html: str, findings: Iterable[Finding]) -> Marked:
    """The composed email's `subject` and `html` with each of `findings` that quotes it marked.

    `text` is the plain text the findings were found in.
    """
    in_text, in_subject = [], []
    for finding in findings:
        if finding.quote and finding.field == "text":
            in_text.append(finding)
        elif finding.quote and finding.field == "subject":
            in_subject.append(finding)
    marked_subject, subject_anchors = _mark_subject(subject, in_subject)
    marked_html, html_anchors = _mark_html(html, text, in_text) if in_text else (html, set())
    # Safe: the sanitiser's HTML with its text escaped again, and the subject escaped.
    return Marked(
        subject=mark_safe(marked_subject),
        html=mark_safe(marked_html),
        anchors=frozenset(subject_anchors | html_anchors),
    )


def _mark_subject(subject: str, findings: list[Finding]) -> tuple[str, set[str]]:
    """The subject escaped, each finding's quote (found where it says) marked."""
    spans = [_Span(f.start, f.end, f.anchor) for f in findings if subject[f.start : f.end] == f.quote]
    if not spans:
        return escape(subject, quote=False), set()
    pieces, anchors = _marked(subject, 0, _merged(spans), set())
    return "".join(pieces), anchors


def _mark_html(html: str, text: str, findings: list[Finding]) -> tuple[str, set[str]]:
    as_typed = _found_as_typed(html, text, findings)
    if as_typed is not None:
        return _wrapped(html, as_typed)
    return _found_by_words(html, text, findings)


def _found_as_typed(html: str, text: str, findings: list[Finding]) -> list[_Span] | None:
    """Where each quote stands in the HTML as it is, escaped; None unless every one does.

    The usual case, and the cheap one: a sentence without bold, italics or a
    link in it is the same text in both forms. The sanitiser escapes "<" and
    ">" everywhere but in tags, attributes included, so a place is inside a
    tag exactly when the last "<" before it is later than the last ">".
    """
    spans = []
    for finding in findings:
        needle = escape(finding.quote, quote=False)
        wanted = text.count(finding.quote, 0, finding.start)
        at = html.find(needle)
        while at >= 0:
            if html.rfind("<", 0, at) <= html.rfind(">", 0, at):
                if not wanted:
                    break
                wanted -= 1
            at = html.find(needle, at + 1)
        if at < 0:
            return None
        spans.append(_Span(at, at + len(needle), finding.anchor))
    return spans


def _wrapped(html: str, spans: list[_Span]) -> tuple[str, set[str]]:
    """`html` with each of `spans` (text without tags) in a mark."""
    out, anchors, cursor = [], set(), 0
    for span in _merged(spans):
        attributes = ""
        if span.anchor not in anchors:
            anchors.add(span.anchor)
            attributes = f' id="{escape(span.anchor)}" tabindex="-1"'
        out.extend((html[cursor : span.start], _MARK.format(attributes), html[span.start : span.end], _END))
        cursor = span.end
    out.append(html[cursor:])
    return "".join(out), anchors


def _found_by_words(html: str, text: str, findings: list[Finding]) -> tuple[str, set[str]]:
    """The quotes found in the HTML's text word by word, across tags, and marked piece by piece."""
    parts = _TAGS.split(html)
    # The HTML's visible text as one string, a line break where a block or a
    # line ends, and where each text part starts in it.
    pieces, bases, decoded, total = [], {}, {}, 0
    for i, part in enumerate(parts):
        if i % 2:
            if _BREAKS.match(part):
                pieces.append("\n")
                total += 1
        elif part:
            decoded[i] = piece = unescape(part)
            bases[i] = total
            pieces.append(piece)
            total += len(piece)
    whole = "".join(pieces)

    spans = []
    for finding in findings:
        quoted = list(WORD.finditer(finding.quote))
        found = [m.span() for m in _words_pattern([m.group() for m in quoted]).finditer(whole)] if quoted else []
        if not found:
            continue
        # The same sentence may come more than once: the one as many times after the first.
        before = text.count(finding.quote, 0, finding.start)
        start, end = found[before] if before < len(found) else found[-1]
        # The punctuation around the words, where the HTML has it too: "insult!", “so”.
        head = finding.quote[: quoted[0].start()].lstrip()
        tail = finding.quote[quoted[-1].end() :].rstrip()
        if head and whole[start - len(head) : start] == head:
            start -= len(head)
        if tail and whole[end : end + len(tail)] == tail:
            end += len(tail)
        spans.append(_Span(start, end, finding.anchor))
    if not spans:
        return html, set()

    merged = _merged(spans)
    starts = [span.start for span in merged]
    out, anchors = [], set()
    for i, part in enumerate(parts):
        if i not in decoded:
            out.append(part)
            continue
        base, piece = bases[i], decoded[i]
        # The spans that reach into this piece of text.
        touching, stop = [], base + len(piece)
        for span in merged[max(bisect.bisect_right(starts, base) - 1, 0) :]:
            if span.start >= stop:
                break
            if span.end > base:
                touching.append(span)
        if not touching:
            out.append(part)
            continue
        marked, placed = _marked(piece, base, touching, anchors)
        out.extend(marked)
        anchors |= placed
    return "".join(out), anchors


def _words_pattern(words: list[str]) -> re.Pattern:
    """`words` in order, whole, with anything but letters and digits between them.

    The first word comes first in the pattern, so the engine jumps to it.
    """
    first = re.escape(words[0])
    rest = "".join(r"[\W_]++" + re.escape(word) for word in words[1:])
    return re.compile(rf"{first}(?<![^\W_]{first}){rest}(?![^\W_])")


def _merged(spans: list[_Span]) -> list[_Span]:
    """The spans in order, those that overlap made one (with the anchor of the first)."""
    merged: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = _Span(last.start, max(last.end, span.end), last.anchor)
        else:
            merged.append(span)
    return merged


def _marked(piece: str, base: int, spans: list[_Span], placed: set[str]) -> tuple[list[str], set[str]]:
    """`piece` (text starting at `base` in the whole) escaped, with the parts inside `spans` marked.

    A span's anchor goes on the first mark of it that holds more than
    whitespace, unless already in `placed`.
    """
    out, anchors, cursor = [], set(), 0
    for span in spans:
        start, end = max(span.start - base, 0), min(span.end - base, len(piece))
        if start >= end:
            continue
        out.append(escape(piece[cursor:start], quote=False))
        inside = piece[start:end]
        if not inside.strip():
            out.append(inside)
        else:
            anchor = ""
            if span.anchor not in placed and span.anchor not in anchors:
                anchors.add(span.anchor)
                anchor = f' id="{escape(span.anchor)}" tabindex="-1"'
            out.append(_MARK.format(anchor) + escape(inside, quote=False) + _END)
        cursor = end
    out.append(escape(piece[cursor:], quote=False))
    return out, anchors
