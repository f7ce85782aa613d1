"""The checklist's findings marked in the preview (declines/review/highlight.py):
each quoted sentence wrapped in <mark> where the HTML shows it, matched on
words across tags, with nothing else of the HTML changed and every piece of
text escaped."""

import re
from types import SimpleNamespace

import nh3
import pytest

from declines.composer import _render
from declines.review.engine import review
from declines.review.highlight import mark
from declines.review.text import Finding
from tests.test_review import make_context


def composed(body: str, subject: str = "Senior Data Engineer offer") -> SimpleNamespace:
    html, text = _render(body)
    return SimpleNamespace(subject=subject, text=text, html=html)


def finding(email, quote: str, *, field: str = "text", occurrence: int = 0) -> Finding:
    source = email.text if field == "text" else email.subject
    starts = [m.start() for m in re.finditer(re.escape(quote), source)]
    start = starts[occurrence]
    return Finding(message="tip", quote=quote, field=field, start=start, end=start + len(quote))


def marks(html: str) -> list[str]:
    """The text of each run of marks, runs split by tags joined into one."""
    joined = re.sub(r"</mark>(</?(?:strong|em|a)\b[^>]*>)<mark [^>]*>", r"\1", html)
    return [re.sub(r"<[^>]+>", "", inner) for inner in re.findall(r"<mark [^>]*>(.*?)</mark>", joined)]


def unmarked(html: str) -> str:
    return re.sub(r"</?mark\b[^>]*>", "", html)


def test_a_quoted_sentence_is_marked_with_its_anchor_and_nothing_else_changes():
    email = composed("Dear Priya,\n\nThank you. Frankly, the process was a waste of time. I decline.")
    found = finding(email, "Frankly, the process was a waste of time.")

    marked = mark(subject=email.subject, text=email.text, html=email.html, findings=[found])

    assert f'<mark class="finding-mark" id="{found.anchor}" tabindex="-1">' in marked.html
    assert marks(marked.html) == ["Frankly, the process was a waste of time."]
    assert unmarked(marked.html) == email.html
    assert marked.anchors == {found.anchor}


def test_a_sentence_across_bold_and_italic_is_marked_piece_by_piece_with_one_anchor():
    email = composed("Dear Priya,\n\nWhat a **joke** of an *offer*. Thanks.")
    found = finding(email, "What a joke of an offer.")

    marked = mark(subject=email.subject, text=email.text, html=email.html, findings=[found])

    assert "<strong><mark" in marked.html and "<em><mark" in marked.html
    assert marks(marked.html) == ["What a joke of an offer."]
    assert marked.html.count(" id=") == 1
    assert unmarked(marked.html) == email.html


def test_text_is_escaped_again_and_markup_in_a_quote_stays_text():
    email = composed("Dear Priya,\n\nAT&T <Labs> & you: <script>alert(1)</script> a joke.\n\nThanks.")
    quote = next(line for line in email.text.splitlines() if "joke" in line)
    found = finding(email, quote)

    marked = mark(subject=email.subject, text=email.text, html=email.html, findings=[found])

    assert "<script>" not in marked.html
    assert "AT&amp;T" in marked.html
    assert nh3.clean(marked.html, tags={"p", "br", "mark"}, attributes={"mark": {"class", "id", "tabindex"}}) == (
        marked.html
    )
    assert unmarked(marked.html) == email.html


def test_the_occurrence_nearest_the_quoted_one_is_marked():
    email = composed("Dear Priya,\n\nNo thanks.\n\nI decline.\n\nNo thanks.\n\nBest,\nAlex")
    second = finding(email, "No thanks.", occurrence=1)

    marked = mark(subject=email.subject, text=email.text, html=email.html, findings=[second])

    before, after = marked.html.split("<mark", 1)
    assert "No thanks." in before  # the first is left alone
    assert "I decline" in before


def test_a_sentence_with_a_link_s_address_in_it_is_left_unmarked():
    email = composed("Dear Priya,\n\nSee [my work](https://alex.example/work) — frankly better than yours.")
    quote = next(line for line in email.text.splitlines() if "frankly" in line)
    assert "(https://alex.example/work)" in quote
    found = finding(email, quote)

    marked = mark(subject=email.subject, text=email.text, html=email.html, findings=[found])

    assert marked.html == email.html
    assert marked.anchors == frozenset()


def test_a_list_item_is_marked_without_its_bullet_and_the_subject_is_escaped_and_marked():
    email = composed("Dear Priya,\n\n- That lowball offer was an insult!\n- Thanks.", subject="Re: [Role] <offer>")
    in_list = finding(email, "That lowball offer was an insult!")
    in_subject = finding(email, "Re: [Role] <offer>", field="subject")

    marked = mark(subject=email.subject, text=email.text, html=email.html, findings=[in_list, in_subject])

    assert "<li><mark" in marked.html
    assert marks(marked.html) == ["That lowball offer was an insult!"]
    mark_tag = f'<mark class="finding-mark" id="{in_subject.anchor}" tabindex="-1">'
    assert marked.subject == f"{mark_tag}Re: [Role] &lt;offer&gt;</mark>"
    assert marked.anchors == {in_list.anchor, in_subject.anchor}


def test_two_findings_on_one_sentence_share_one_mark():
    email = composed("Dear Priya,\n\nFrankly, [Name] was rude.\n\nThanks.")
    results = review(subject=email.subject, text=email.text, context=make_context())
    quoting = [f for r in results for f in r.findings if f.quote == "Frankly, [Name] was rude."]
    assert len(quoting) == 2  # professional tone and a blank left in

    marked = mark(subject=email.subject, text=email.text, html=email.html, findings=quoting)

    assert marked.html.count("<mark") == 1
    assert marked.anchors == {quoting[0].anchor} == {quoting[1].anchor}


def test_without_findings_the_preview_is_the_email_itself():
    email = composed("Dear Priya,\n\nThank you.")
    missing = Finding(message="Say thank you.")

    marked = mark(subject=email.subject, text=email.text, html=email.html, findings=[missing])

    assert (marked.html, marked.subject, marked.anchors) == (email.html, email.subject, frozenset())


@pytest.mark.parametrize("body", ["Frankly.\n" * 2000, "a **b** " * 2500, "<" * 20_000])
def test_long_bodies_are_marked_in_proportion(body):
    email = composed(body)
    results = review(subject=email.subject, text=email.text, context=make_context())
    findings = [f for r in results for f in r.findings]

    marked = mark(subject=email.subject, text=email.text, html=email.html, findings=findings)

    assert unmarked(marked.html) == email.html
