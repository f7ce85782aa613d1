"""The composer: one function turns a template or draft into a finished email.

`compose` fills the merge tags (see `placeholders`), renders the body's
Markdown, sanitises the HTML with a small allowlist and derives the plain-text
part from that sanitised HTML, so the two parts always say the same thing.
Views never build email text themselves, and this is the only place where
Markdown becomes HTML.
"""

import dataclasses
import datetime as dt
import threading
from html import escape
from html.parser import HTMLParser
from urllib.parse import unquote

import markdown
import nh3

from declines.models import Offer
from declines.placeholders import fill, values_for

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


def _to_html(body: str) -> str:
    # reset() also forgets the previous body's [link]: references.
    md = _markdown().reset()
    # The block parser keeps a stack of what it is inside; a conversion that
    # failed half-way leaves it set, which would garble every later email.
    del md.parser.state[:]
    try:
        html = md.convert(body)
    except RecursionError:
        # Lists or quotes nested hundreds deep: more than Markdown can parse.
        # Nobody writes an email like that; show the text as it was typed.
        _local.markdown = None
        html = _paragraphs(body)
    return _cleaner.clean(html).strip()


def _paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs, with no Markdown read into it."""
    blocks = (block.strip() for block in text.replace("\r\n", "\n").split("\n\n"))
    return "\n".join(f"<p>{escape(block).replace(chr(10), '<br>')}</p>" for block in blocks if block)


class _PlainText(HTMLParser):
    """Reads the sanitised HTML back as the plain-text part of the email.

    It only needs to know the allowlisted tags. Text stays as it is within a
    line (no collapsing of spaces, so names come out exactly as typed); each
    line is stripped at both ends; blocks are separated by one blank line and
    list items by a single newline.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, bool]] = []
        self.pieces: list[str] = []
        self.lists: list[list] = []  # [ordered, next number] for each open list
        self.bullet: str | None = None
        self.quote = 0
        self.links: list[tuple[str, int]] = []
        self.in_list_run = False

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.pieces.append("\n")
        elif tag == "a":
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
        self.pieces.append(data.replace("\n", " "))

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
        self.close()
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
    """The email that `source` (anything with `.subject` and `.body`) makes for `offer`.

    Without an offer the tags take sample values, for a template preview. Tags
    that are unknown or malformed stay as written: nothing but the fixed
    vocabulary is ever looked up.
    """
    values = values_for(offer=offer, user=user, today=today)
    subject = " ".join(fill(source.subject or "", values, markdown=False).split())
    html = _to_html(fill(source.body or "", values))
    return ComposedEmail(subject=subject, text=_to_text(html), html=html)
