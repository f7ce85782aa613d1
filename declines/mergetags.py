"""The merge-tag language of email templates: which tags exist, checking a
template (`validate`), filling one (`fill`) and escaping a value for Markdown.

Templates are user-authored, so they are never handed to Django's or Jinja's
template engine: through object attributes a template author could reach
password hashes or `SECRET_KEY`. Instead a template may hold `{{ name }}` tags
from one fixed vocabulary (`TAGS`); spaces inside the braces are optional.
This module parses that language itself. What each tag stands for — the
sentences, names and dates — is `wording.py`.

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
import difflib
import re
from collections.abc import Mapping

from django.core.exceptions import ValidationError


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
        "Your contact's full name (or, for a message that can only go to a person, the first person you "
        "met), or “the hiring team” when you don't know it.",
        "Priya Raman",
    ),
    Tag(
        "contact_first_name",
        "Your contact's first name, or “the hiring team” when you don't know it.",
        "Priya",
    ),
    Tag(
        "greeting",
        "An opening line in the tone: “Dear Priya,” (warm), “Dear Ms Raman,” with the title you gave, "
        "or “Dear Priya,” without one (formal), “Hi Priya,” (brief and LinkedIn). With no contact, it "
        "greets the first person you met; with nobody named at all, “Dear Hiring Team,” or “Hello,”.",
        "Dear Priya,",
    ),
    Tag("my_name", "Your name, as set in Settings.", "Alex Morgan"),
    Tag("my_first_name", "Your first name.", "Alex"),
    Tag("signature", "Your signature from Settings, or your name if you have not written one.", "Alex Morgan"),
    Tag(
        "sign_off",
        "The closing line in the tone: “Warm regards,”, “Kind regards,” (formal), “Yours sincerely,” "
        "(a formal letter), “Best,” (brief); a thank-you note closes “With thanks,”.",
        "Warm regards,",
    ),
    Tag(
        "reason_sentence",
        "One honest sentence about why: your own words if you gave a detail, otherwise a sentence for "
        "the reason and tone you chose, worded to suit the template.",
        "I've accepted another offer, one that lines up closely with where I want to take my career next.",
    ),
    Tag(
        "door_open_sentence",
        "How you would like to stay in touch, from the door-open choices you made, worded to suit the template.",
        "I'd love to hear from you if another role comes up at Northwind Analytics, "
        "and I'd like to stay in touch on LinkedIn.",
    ),
    Tag(
        "thanks_sentence",
        "Thanks that speak to your contact as “you” and name the others you met by first name, each once; "
        "one colleague with the team you gave (“Marcus and the rest of the firmware team”).",
        "Thank you for your time — and please pass my thanks to Sam and Jordan.",
    ),
    Tag(
        "stood_out_sentence",
        "One sentence about what stood out for you in the process, in your own words, worded to suit the "
        "template; left out, with its space, when you have not said what stood out.",
        "The whiteboard session on your pipeline rebuild has stayed with me since.",
    ),
    Tag("offer_date", "The day you received the offer.", "12 November 2026"),
    Tag("respond_by", "The employer's deadline for your answer.", "30 November 2026"),
    Tag(
        "call_date",
        "When you phoned them, from the call you logged: “today”, “yesterday” or “on 3 December”.",
        "today",
    ),
    Tag("today", "Today's date.", "26 November 2026"),
]

TAGS: dict[str, Tag] = {tag.name: tag for tag in _TAG_LIST}

# Tags whose value is already Markdown written by the user: it keeps its
# Markdown, but its braces are made text (`escape_tags`), so a tag in it is
# never filled and never makes a draft invalid.
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
            # The fragment in quotes: unquoted, "{{ company is missing its closing }}" reads as one tag.
            if suggestion:
                error = f"“{written}” is missing its closing }}}} — write {{{{ {suggestion} }}}}."
            else:
                error = f"“{written}” has no closing }}}} — tags look like {{{{ company }}}}."
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
    # `findall` gives each match's two groups: the escaped character, or the tag's name.
    return list(dict.fromkeys([name for _, name in _FILL.findall(text) if name in TAGS]))


def tag_starts(text: str) -> list[int]:
    """Where each known tag of `text` (one `fill` replaces) starts, in order."""
    return [match.start() for match in _FILL.finditer(text) if match.group(2) in TAGS]


# HTML's elements: "<" before one of them (or before what Markdown makes a
# link of, "<http://…>", "<a@b.c>") must be escaped to stay text; any other
# "<" the composer keeps as text already, so "AT&T <Labs>" stays as typed in
# the draft too.
HTML_ELEMENTS = (
    "a|abbr|acronym|address|applet|area|article|aside|audio|b|base|basefont|bdi|bdo|big|blink|blockquote|body|br"
    "|button|canvas|caption|center|cite|code|col|colgroup|data|datalist|dd|del|details|dfn|dialog|dir|div|dl|dt|em"
    "|embed|fieldset|figcaption|figure|font|footer|form|frame|frameset|h[1-6]|head|header|hgroup|hr|html|i|iframe"
    "|image|img|input|ins|kbd|keygen|label|legend|li|link|main|map|mark|marquee|math|menu|menuitem|meta|meter|nav"
    "|nobr|noembed|noframes|noscript|object|ol|optgroup|option|output|p|param|picture|plaintext|portal|pre|progress"
    "|q|rb|rp|rt|rtc|ruby|s|samp|script|search|section|select|slot|small|source|span|strike|strong|style|sub|summary"
    "|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr|xmp"
)
_MD_INLINE = re.compile(
    r"[\\`*_{}\[\]]"
    # Before an address to be mailed ("<a@b.c>"), even with more "<" in between: escaped, they become "&lt;",
    # which an address may hold ("<<a@b.c>" was a link to "&lt;a@b.c").
    rf"|<(?=!|/?(?:{HTML_ELEMENTS})(?![\w:-])|[A-Za-z][A-Za-z0-9+.-]*:|[^>\s]*@)"
    r"|&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z0-9]+;)",
    re.IGNORECASE,
)
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


_BRACE = re.compile(r"\\[\\{}]|[{}]")
# Python-Markdown's email autolink, `<a@b>`. It shows a backslash escape inside
# it as a code, so one holding a brace is shown as the text typed instead.
_AUTOMAIL = re.compile(r"<([^<> !]+@[^@<> ]+)>")


def escape_tags(markdown_text: str) -> str:
    """Markdown written by the user with every brace made text, and nothing
    else changed: it renders as before, and filling it again finds no tag.

    Braces and backslashes the user already escaped are kept as they are.
    Tabs become the spaces Markdown would make of them (it expands them
    before reading escapes), so a backslash added before a brace does not
    move the next tab stop: a brace then a tab still renders as the brace
    and three spaces.
    """
    if "\t" in markdown_text and _BRACE.search(markdown_text):
        markdown_text = markdown_text.expandtabs(4)
    text = _AUTOMAIL.sub(lambda m: f"&lt;{m.group(1)}>" if _BRACE.search(m.group(1)) else m.group(), markdown_text)
    return _BRACE.sub(lambda m: m.group() if len(m.group()) == 2 else "\\" + m.group(), text)


def fill(text: str, values: Mapping[str, str], *, markdown: bool = True) -> str:
    """`text` with every known tag replaced by its value, in one pass.

    Being one pass, a value that itself contains `{{ company }}` stays literal.
    Unknown or malformed tags are left as they were written, so filling an
    invalid template never reveals anything. With `markdown` (bodies) each
    value is escaped so that it renders as typed, and the tags in
    `MARKDOWN_TAGS` keep their Markdown but not their tags; without it
    (subject lines) values go in as they are and the backslash escapes of
    braces are resolved. A tag whose value is empty leaves with its space,
    or with its line when it stood alone (`_leave_no_trace`).
    """
    out: list[str] = []
    position = 0
    for match in _FILL.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        escaped, name = match.groups()
        if escaped is not None:
            out.append(match.group() if markdown else escaped)
        elif name not in TAGS or name not in values:
            out.append(match.group())
        elif not (value := str(values[name])):
            position = _leave_no_trace(text, match, out)
        else:
            if not markdown:
                out.append(value)
            else:
                out.append(escape_tags(value) if name in MARKDOWN_TAGS else escape_markdown(value))
            # "Acme Inc." before the full stop that ends the sentence: one stop, not two.
            ends_a_sentence = text.startswith(".", position) and not text.startswith("..", position)
            if ends_a_sentence and value.endswith(".") and not value.endswith(".."):
                position += 1
    out.append(text[position:])
    return "".join(out)


def _leave_no_trace(text: str, match: re.Match, out: list[str]) -> int:
    """Take out a tag with nothing to say, and the spacing that was there for
    it: "Thanks. {{ x }} See you." becomes "Thanks. See you.", and a line
    holding only the tag goes (with one of the blank lines around it).
    `out[-1]` is the text just before the tag; returns where the text
    after it resumes."""
    before = out[-1]
    kept = before.rstrip(" \t")
    start = match.start() - (len(before) - len(kept))
    end = match.end()
    while end < len(text) and text[end] in " \t":
        end += 1
    line_start = start == 0 or text[start - 1] == "\n"
    line_end = end == len(text) or text[end] == "\n"
    if line_start and line_end:
        out[-1] = kept
        if end < len(text):
            end += 1
            blank_before = start == 0 or text[max(start - 2, 0) : start] == "\n\n"
            if blank_before and text[end : end + 1] == "\n":
                end += 1
        return end
    if line_start:
        return end
    out[-1] = kept
    if kept == before:
        # No space before it to take ('"{{ x }} Thank you"'): the space after goes instead.
        return end
    return match.end() if not line_end else end
