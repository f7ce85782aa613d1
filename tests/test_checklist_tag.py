"""The review checklist as the editor, the send step and a coach show it (`{% checklist %}`): each rule's
verdict, each finding's quote (linked to its mark in the preview), and the buttons to dismiss or restore it."""

from types import SimpleNamespace

from django.template import engines
from django.test import RequestFactory

CHECKLIST = engines["django"].from_string("{% load checklist %}{% checklist results anchors where=where oob=oob %}")


def rule(label):
    return SimpleNamespace(label=label, advice="Say it <kindly> & briefly.")


def finding(quote, *, key, start=0, dismissed=False, message="Softer, please."):
    return SimpleNamespace(quote=quote, anchor=f"found-body-{start}", dismissed=dismissed, message=message, key=key)


RESULTS = [
    SimpleNamespace(status="pass", rule=rule("Gratitude"), message="Gratitude", key="gratitude", findings=()),
    SimpleNamespace(status="pass", rule=rule("Length"), message="120 words <fine>", key="length", findings=()),
    SimpleNamespace(
        status="warning",
        rule=rule("Tone & manner"),
        message="",
        key="tone",
        findings=(
            finding("I can't believe <you> " + "really " * 40, key="tone:a", start=5),
            finding("They were slow to reply to me every time", key="tone:b", start=9, dismissed=True),
        ),
    ),
]


def render(where, *, anchors=("found-body-5", "found-body-9"), oob=False):
    request = RequestFactory().get("/")
    context = {
        "results": RESULTS,
        "anchors": anchors,
        "where": where,
        "oob": oob,
        "draft": SimpleNamespace(pk=42),
        "editor_url": "/offers/7/decline/4/?a=1&b=2",
    }
    return " ".join(CHECKLIST.render(context, request).split()).replace("> <", "><")


def test_each_rule_says_how_it_went_and_links_to_how_reliable_it_is():
    html = render("read")
    assert html.startswith('<div id="draft-checklist"><ul class="review-list list-unstyled mb-0">')
    assert (
        '<li class="review-item review-pass"><span class="review-icon" aria-hidden="true">✓</span>'
        '<div class="review-text"><div class="review-head"><p class="review-label mb-0">'
        '<span class="visually-hidden">Passes: </span>Gratitude</p><a class="review-trust" '
        'href="/checklist/#rule-gratitude">How reliable?<span class="visually-hidden"> (“Gratitude”)</span></a>'
        "</div></div></li>"
    ) in html
    assert '<p class="review-message mb-0">120 words &lt;fine&gt;</p>' in html
    assert '<span class="visually-hidden">Warning: </span>Tone &amp; manner</p>' in html
    assert '<p class="review-tip mb-0 mt-1">Why it matters: Say it &lt;kindly&gt; &amp; briefly.</p>' in html


def test_a_finding_quotes_its_sentence_shortened_and_links_to_its_mark_while_it_stands():
    html = render("read")
    quote = ("I can't believe <you> " + "really " * 40)[:199].replace("'", "&#x27;").replace("<", "&lt;")
    quote = quote.replace(">", "&gt;")
    assert (
        f'<p class="review-quote mb-0"><a href="#found-body-5">“{quote}…”'
        '<span class="visually-hidden"> (marked in the preview)</span></a></p>'
    ) in html
    # Dismissed, it is quoted without a link, and says so.
    assert (
        '<li class="review-finding is-dismissed"><p class="review-quote mb-0">“They were slow to reply to me every '
        'time”</p><p class="review-message mb-1"><span class="review-set-aside">Dismissed:</span> Softer, please.</p>'
    ) in html
    assert 'href="#found-body-5"' not in render("read", anchors="")
    assert "<button" not in html and "<form" not in html


def test_in_the_editor_each_finding_is_dismissed_or_restored_through_the_editors_form():
    html = render("compose", oob=True)
    assert html.startswith('<div id="draft-checklist" hx-swap-oob="true">')
    assert (
        '<button type="submit" class="btn btn-sm btn-outline-secondary review-toggle" id="dismiss-tone:a" '
        'form="draft-form" formaction="/offers/7/decline/4/?a=1&amp;b=2" name="dismiss" value="tone:a" '
        'hx-post="/drafts/42/dismiss/" hx-target="#draft-preview" hx-swap="innerHTML" '
        'data-focus-after="restore-tone:a">Dismiss<span class="visually-hidden"> “Tone &amp; manner” for '
        "“I can&#x27;t believe &lt;you&gt; really really really really …”</span></button>"
    ) in html
    assert (
        '<button type="submit" class="btn btn-sm btn-link p-0 review-toggle" id="restore-tone:b" form="draft-form" '
        'formaction="/offers/7/decline/4/?a=1&amp;b=2" name="restore" value="tone:b" hx-post="/drafts/42/dismiss/" '
        'hx-target="#draft-preview" hx-swap="innerHTML" data-focus-after="dismiss-tone:b">Restore'
    ) in html


def test_on_the_send_step_each_finding_has_a_small_form_of_its_own():
    html = render("send")
    assert (
        '<form method="post" action="/drafts/42/dismiss/"><input type="hidden" name="csrfmiddlewaretoken" value="'
    ) in html
    assert (
        '<button type="submit" class="btn btn-sm btn-outline-secondary" name="dismiss" value="tone:a">Dismiss' in html
    )
    assert '<button type="submit" class="btn btn-sm btn-link p-0" name="restore" value="tone:b">Restore' in html
    assert "hx-post" not in html
