"""The composer: one function turns a template or draft into a finished email.

`compose` fills the merge tags (see `mergetags`), renders the body's
Markdown, sanitises the HTML with a small allowlist and derives the plain-text
part from that sanitised HTML, so the two parts always say the same thing.
Views never build email text themselves, and this is the only place where
Markdown becomes HTML.
"""

import dataclasses
import datetime as dt
import re
import threading
from html import escape, unescape
from urllib.parse import unquote

import markdown
import nh3

from declines.mergetags import HTML_ELEMENTS, fill, tag_starts, tags_used
from declines.models import Offer, TemplateKind
from declines.wording import values_for

# sane_lists: a numbered list and a bulleted one next to each other stay two
# lists, as the writer meant. nl2br: in an email a line break is a line break
# ("Best wishes,\nAlex"), not a space.
MARKDOWN_EXTENSIONS = ["sane_lists", "nl2br"]

# Markdown that would produce a tag the sanitiser drops is switched off, so what
# the user typed stays in the email rather than vanishing: "#1 priority" at the
# start of a line is not a heading, an indented line is not a code block, a
# line of "---" is not a rule, and `x` keeps its backticks.
_DISABLED_BLOCKS = ["code", "hashheader", "setextheader", "hr"]
_DISABLED_INLINE = ["backtick", "image_link", "image_reference", "short_image_ref"]

# Any "<word>" that is not HTML's (`mergetags.HTML_ELEMENTS`) is words someone
# typed ("AT&T <Labs>", a signature's "<fan>"): it is made text before Markdown
# sees it, rather than dropped by the sanitiser as a tag. HTML's own elements
# are left for the sanitiser, as are Markdown's links ("<http://…>", "<a@b.c>"). An element's
# name ends at a space, "/" or ">": "<Q&A>" is words, not HTML's <q>.
_NOT_A_TAG = re.compile(
    rf"<(?=/?[A-Za-z])(?!/?(?:{HTML_ELEMENTS})(?=[\s/>]))(?![A-Za-z][A-Za-z0-9+.-]*:)(?![^<>\s]*@)", re.IGNORECASE
)

ALLOWED_TAGS = {"p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote"}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    # "*" replaces nh3's default generic attributes (title, lang), which would
    # otherwise be kept on every tag. "start" is the first number of a list.
    attributes={"*": set(), "a": {"href"}, "ol": {"start"}},
    url_schemes={"http", "https", "mailto"},
    # An email has no page to be relative to; such a link could only mislead.
    url_relative="deny",
    link_rel="noopener noreferrer nofollow",
    strip_comments=True,
    clean_content_tags={"script", "style", "template", "iframe", "noscript", "textarea", "select", "object"},
)

# A Markdown instance is costly to build but not safe to share between
# threads, so each thread keeps its own and resets it before every use.
_local = threading.local()


@dataclasses.dataclass(frozen=True)
class ComposedEmail:
    subject: str
    text: str
    html: str


def _markdown() -> markdown.Markdown:
    md = getattr(_local, "markdown", None)
    if md is None:
        md = markdown.Markdown(extensions=MARKDOWN_EXTENSIONS, output_format="html")
        for name in _DISABLED_BLOCKS:
            md.parser.blockprocessors.deregister(name)
        for name in _DISABLED_INLINE:
            md.inlinePatterns.deregister(name)
        _local.markdown = md
    return md


# --- Keeping Markdown's work in proportion to the text ------------------------
#
# Python-Markdown does some things in time that grows with the square of the
# text: each "[" scans ahead for its "]" (and each "](" for its ")"), and every
# piece of markup it finds copies the paragraph again. A body of 20,000 "["
# took over a minute. So before conversion:
#
# - a bracket that cannot make a link (unmatched, nested inside another pair,
#   or a "](" whose "(" is never closed) is swapped for a marker Markdown does
#   not read, and put back afterwards: each remaining "[" then scans only to
#   its own "]", and those spans do not overlap;
# - a block (text between blank lines) with more markup characters than any
#   email paragraph has, or the densest blocks once the whole body has more
#   than an email has, is shown exactly as typed without passing through
#   Markdown at all.
#
# The markers are Unicode noncharacters, which no email contains; any in the
# body are removed first, so typed text can never forge one.

_MARKERS = re.compile("[\ufdd0-\ufdef]")
_LITERAL = re.compile("\ufdd0([0-9]+)\ufdd1")
_OPEN, _CLOSE = "\ufdd2", "\ufdd3"
_BLOCKS = re.compile(r"(\n[ \t]*\n)")
# What Markdown does work for: each may start a link, an escape, an entity,
# emphasis, raw HTML, a quote, a line break or a list (which may nest).
_MARKUP = re.compile(r"[\[\]\\&*_<>`\n]|[-+](?=[ \t])|[0-9][.)](?=[ \t])")
MAX_MARKUP_PER_BLOCK = 100
MAX_MARKUP = 600


def _brackets_made_inert(block: str) -> str:
    """`block` with every "[" or "]" that cannot take part in a link made inert."""
    chars = list(block)
    opens: list[int] = []
    parens: list[int] = []
    closing_paren: dict[int, int] = {}
    pairs: list[tuple[int, int]] = []
    inert: set[int] = set()
    i, length = 0, len(chars)
    while i < length:
        c = chars[i]
        if c == "\\":
            i += 2  # an escaped character is text already
            continue
        if c == "[":
            opens.append(i)
        elif c == "]":
            if opens:
                pairs.append((opens.pop(), i))
            else:
                inert.add(i)
        elif c == "(":
            parens.append(i)
        elif c == ")" and parens:
            closing_paren[parens.pop()] = i
        i += 1
    inert.update(opens)
    # Matched pairs nest properly; only the outermost can be links.
    outer_end = -1
    for start, end in sorted(pairs):
        if start < outer_end:
            inert.update((start, end))
            continue
        outer_end = end
        if end + 1 < length and chars[end + 1] == "(" and end + 1 not in closing_paren:
            inert.update((start, end))
    for index in inert:
        chars[index] = _OPEN if chars[index] == "[" else _CLOSE
    return "".join(chars)


def _as_typed(block: str) -> str:
    """A block as HTML that shows exactly the text typed, line breaks kept."""
    lines = (escape(line.strip(), quote=False) for line in block.strip("\n").split("\n"))
    return "<br>\n".join(lines)


def _bounded(body: str) -> tuple[str, list[str]] | None:
    """The body as Markdown will read it, and the blocks kept out of Markdown;
    None when the body holds more markup than any email, to be shown as typed.

    Each kept block is left in the text as a numbered marker, which `_to_html`
    replaces with the block as typed.
    """
    parts = _BLOCKS.split(_MARKERS.sub("", body))
    kept: list[str] = []
    work = 0
    for n in range(0, len(parts), 2):
        block = parts[n]
        if "[" in block or "]" in block:
            parts[n] = _brackets_made_inert(block)
        # Inert brackets cost nothing more and are not counted.
        markup = len(_MARKUP.findall(parts[n]))
        if markup > MAX_MARKUP_PER_BLOCK:
            parts[n] = f"\ufdd0{len(kept)}\ufdd1"
            kept.append(_as_typed(block))
            markup = 0
        # Every block is an element for Markdown to build, whatever it holds.
        work += 1 + markup
        if work > MAX_MARKUP:
            return None
    return "".join(parts), kept


def _to_html(body: str) -> str:
    return _render(body)[0]


def _render(body: str) -> tuple[str, str]:
    """The body as sanitised HTML, and as the plain text of the email."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    bounded = _bounded(body)
    if bounded is None:
        return _as_typed_parts(body)
    source, kept = bounded
    if "<" in source:
        source = _NOT_A_TAG.sub("&lt;", source)
    # reset() also forgets the previous body's [link]: references.
    md = _markdown().reset()
    # The block parser keeps a stack of what it is inside; a conversion that
    # failed half-way leaves it set, which would garble every later email.
    del md.parser.state[:]
    try:
        html = md.convert(source)
    except RecursionError:
        # Lists or quotes nested hundreds deep: more than Markdown can parse.
        # Nobody writes an email like that; show the text as it was typed.
        _local.markdown = None
        return _as_typed_parts(body)
    html = _cleaner.clean(html).strip()
    if kept:
        html = _LITERAL.sub(lambda m: kept[int(m.group(1))], html)
    html = html.replace(_OPEN, "[").replace(_CLOSE, "]")
    return html, _to_text(html)


def _as_typed_parts(body: str) -> tuple[str, str]:
    """The body as HTML paragraphs and as text, with no Markdown read into it:
    the text is known without reading the HTML back, which matters for a
    body of thousands of lines."""
    blocks = [block for block in _BLOCKS.split(_MARKERS.sub("", body))[::2] if block.strip()]
    html = "\n".join(f"<p>{_as_typed(block)}</p>" for block in blocks)
    text = "\n\n".join("\n".join(line.strip() for line in block.strip("\n").split("\n")) for block in blocks)
    return html, text


# The sanitiser writes well-formed HTML: every "<" in text is "&lt;" and
# every attribute is double-quoted, so a tag is exactly this pattern.
# Line breaks are read with the text around them, as a long body may have thousands.
_TAG = re.compile(r'<(/?)(?!br>)([a-z0-9]+)((?:\s+[a-z-]+="[^"]*")*)\s*/?>')
_ATTRIBUTE = re.compile(r'([a-z-]+)="([^"]*)"')


class _PlainText:
    """Reads the sanitised HTML back as the plain-text part of the email.

    It only needs to know the allowlisted tags, and reads them with one
    regular expression rather than a general HTML parser: several times
    faster on a long body, and the sanitiser's output is that regular. Text stays as it is within a
    line (no collapsing of spaces, so names come out exactly as typed); each
    line is stripped at both ends; blocks are separated by one blank line and
    list items by a single newline.
    """

    def __init__(self):
        self.blocks: list[tuple[str, bool]] = []
        self.pieces: list[str] = []
        self.lists: list[list] = []  # [ordered, next number] for each open list
        self.bullet: str | None = None
        self.quote = 0
        self.links: list[tuple[str, int]] = []
        self.in_list_run = False

    def feed(self, html: str) -> None:
        position = 0
        for match in _TAG.finditer(html):
            if match.start() > position:
                self.handle_data(html[position : match.start()])
            closing, tag, attributes = match.groups()
            if closing:
                self.handle_endtag(tag)
            else:
                self.handle_starttag(tag, [(k, unescape(v)) for k, v in _ATTRIBUTE.findall(attributes)])
            position = match.end()
        if position < len(html):
            self.handle_data(html[position:])

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.pieces)))
        elif tag in ("p", "blockquote", "ul", "ol", "li"):
            self._flush()
            if tag == "blockquote":
                self.quote += 1
            elif tag == "ul":
                self.lists.append([False, 1])
            elif tag == "ol":
                start = dict(attrs).get("start") or "1"
                self.lists.append([True, int(start) if start.isdigit() else 1])
            elif tag == "li":
                if self.lists and self.lists[-1][0]:
                    self.bullet = f"{self.lists[-1][1]}. "
                    self.lists[-1][1] += 1
                else:
                    self.bullet = "- "

    def handle_endtag(self, tag):
        if tag == "a" and self.links:
            href, start = self.links.pop()
            label = "".join(self.pieces[start:])
            self.pieces[start:] = [_link_text(label, href)]
        elif tag in ("p", "blockquote", "ul", "ol", "li"):
            self._flush()
            if tag == "blockquote":
                self.quote = max(self.quote - 1, 0)
            elif tag in ("ul", "ol") and self.lists:
                self.lists.pop()
                if not self.lists:
                    self.in_list_run = False

    def handle_data(self, data):
        # A newline in HTML source is a space; line breaks come from <br>.
        self.pieces.append(unescape(data.replace("\n", " ").replace("<br>", "\n")))

    def _flush(self):
        lines = [line.strip() for line in "".join(self.pieces).split("\n")]
        self.pieces.clear()
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        if not lines:
            return
        depth = len(self.lists)
        indent = "  " * max(depth - 1, 0)
        tight = False
        if self.bullet is not None:
            first = indent + self.bullet
            rest = " " * len(first)
            tight = self.in_list_run
            self.bullet = None
        else:
            first = rest = indent + ("  " if depth else "")
        out = [first + lines[0]]
        for line, previous in zip(lines[1:], lines, strict=False):
            if line or previous:
                out.append(rest + line if line else "")
        if self.quote:
            out = [("> " * self.quote + line).rstrip() for line in out]
        self.blocks.append(("\n".join(out), tight))
        self.in_list_run = depth > 0

    def text(self) -> str:
        self._flush()
        parts = []
        for block, tight in self.blocks:
            if parts:
                parts.append("\n" if tight else "\n\n")
            parts.append(block)
        return "".join(parts)


def _link_text(label: str, href: str) -> str:
    if not href:
        return label
    target = href
    if href[:7].lower() == "mailto:":
        target = unquote(href[7:].split("?", 1)[0])
    if not label.strip() or label.strip() == target:
        return target
    return f"{label} ({target})"


def _to_text(html: str) -> str:
    parser = _PlainText()
    parser.feed(html)
    return parser.text()


def render_markdown(text: str) -> str:
    """The user's Markdown (a signature, say) as sanitised HTML, with no tags filled.

    The same rendering and allowlist as `compose`, for showing Markdown that
    is not an email on its own.
    """
    return _to_html(text or "")


def compose(source, *, offer: Offer | None = None, user, today: dt.date | None = None) -> ComposedEmail:
    """The email that `source` (anything with `.subject` and `.body`, and for a
    template its kind, tone, reason and medium) makes for `offer`.

    Without an offer, for a template preview, the tags are filled for a sample
    offer with the template's own reason, tone and medium. Tags that are
    unknown or malformed stay as written: nothing but the fixed vocabulary is
    ever looked up.
    """
    # A LinkedIn note has no subject (§8), whatever a template or an older draft still holds.
    written = "" if getattr(source, "kind", "") == TemplateKind.LINKEDIN_NOTE else source.subject or ""
    used = tags_used(f"{written}\n{source.body or ''}")
    values = values_for(offer=offer, user=user, today=today, source=source, tags=used)
    subject = " ".join(fill(written, values, markdown=False).split())
    if getattr(source, "kind", "") == TemplateKind.LINKEDIN_NOTE:
        # Plain text, as LinkedIn shows it: "*favourite*" and "<Q&A>" are the characters typed.
        html, text = _as_typed_parts(fill(source.body or "", values, markdown=False))
    else:
        html, text = _render(fill(source.body or "", values))
    return ComposedEmail(subject=subject, text=text, html=html)


# The lines an email opens with before it says anything: a date, a greeting, a heading.
_LEAD_IN = re.compile(r"^\s*(?:\{\{\s*(?:today|greeting)\s*\}\}|\*\*[^*\n]*\*\*)\s*$")
# Where a sentence ends: the place to cut an excerpt.
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
EXCERPT_MAX = 170
# In one pass, left to right, so an escaped "*" is kept as text, not taken for emphasis: a backslash
# escape (`escape_markdown`), the two entities it writes for "<" and "&", then emphasis and line starts.
_SNIPPET = re.compile(
    r"\\(?P<escaped>[\\`*_{}\[\]#>+\-.!])|(?P<entity>&lt;|&amp;)"
    r"|\*\*|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|^\s*(?:[-*+]|\d+\.)\s+|^\s*>\s?",
    re.MULTILINE,
)
# The same without the line starts, each branch opening on a character, so the search jumps from one "\\", "&", "*"
# or "_" to the next: most text has no bullet or quote, and the whole pattern, tried at every place, cost a list of
# fifty templates half a millisecond. (The emphasis marks' lookbehinds take in the mark itself, two characters.)
_SNIPPET_INLINE = re.compile(
    r"\\(?P<escaped>[\\`*_{}\[\]#>+\-.!])|(?P<entity>&lt;|&amp;)"
    r"|\*\*|[*_](?:(?<!\w[*_])(?=\S)|(?<=\S[*_])(?!\w))"
)
_LINE_START = re.compile(r"^\s*(?:[-*+]|\d+\.)\s|^\s*>", re.MULTILINE)
_ENTITIES = {"&lt;": "<", "&amp;": "&"}


def _without_markup(markdown_text: str) -> str:
    """Markdown as the text it stands for, line breaks kept: no escapes, emphasis, bullets or quote marks."""

    def plain(match: re.Match) -> str:
        return match.group("escaped") or _ENTITIES.get(match.group("entity") or "", "")

    pattern = _SNIPPET if _LINE_START.search(markdown_text) else _SNIPPET_INLINE
    return pattern.sub(plain, markdown_text)


def snippet(draft) -> str:
    """A draft as a line of text to glance at (the drafts listed on an offer's
    page): no escapes, emphasis or bullets, one line, any tag the user typed in
    it filled as the email fills it ("Hi {{ contact_first_name }}" is "Hi Priya").
    Nothing is rendered; the tags' values are worked out only when there are some."""
    text = draft.body or ""
    used = tags_used(text)
    if used:
        offer = draft.offer
        text = fill(text, values_for(offer=offer, user=offer.owner, source=draft, tags=used), markdown=False)
    return " ".join(_without_markup(text).split())


def _filled_as_shown(text: str, values) -> str:
    """`text` filled as far as an excerpt shows it: once what comes before a tag is longer than an excerpt,
    that tag and the rest are cut away, so their values (what stood out, the dearest) are never worked out.
    Filled in part, the text may lose no more than spacing at its end: its first EXCERPT_MAX characters, once
    its spaces are made single, and so the excerpt, are those of the whole text filled."""
    for start in tag_starts(text):
        shown = fill(text[:start], values, markdown=False)
        if len(" ".join(shown.split())) > EXCERPT_MAX:
            return shown
    return fill(text, values, markdown=False)


def excerpt(source, *, user, today: dt.date | None = None, profile=None) -> tuple[str, str]:
    """The subject of `source` and how its text opens after its greeting, both
    filled as in its preview (so neither shows a tag the other has filled in),
    the opening in as many whole sentences as fit on a line of a list of templates.

    Far cheaper than `compose`: no Markdown is rendered, and only the tags of
    the subject and of the opening paragraph as far as the excerpt reaches are
    filled (`_filled_as_shown`), so a page can show one for every template it
    lists (passing the user's `profile`, read once).
    """
    subject = " ".join((source.subject or "").split())
    lines = (source.body or "").splitlines()
    start = 0
    while start < len(lines) and (not lines[start].strip() or _LEAD_IN.match(lines[start])):
        start += 1
    paragraph = []
    for line in lines[start:]:
        if not line.strip():
            break
        paragraph.append(line)
    text = _without_markup("\n".join(paragraph))
    used = list(dict.fromkeys(tags_used(subject) + tags_used(text)))
    if used:
        values = values_for(
            offer=None, user=user, today=today, source=source, tags=used, profile=profile, when_read=True
        )
        subject, text = fill(subject, values, markdown=False), _filled_as_shown(text, values)
    text = " ".join(text.split())
    if len(text) > EXCERPT_MAX:
        ends = [end.end() for end in _SENTENCE_END.finditer(text, 0, EXCERPT_MAX)]
        text = text[: ends[-1]] if ends else text[: EXCERPT_MAX - 1].rsplit(" ", 1)[0] + "…"
    return subject, text
