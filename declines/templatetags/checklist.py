"""`{% checklist results anchors where %}`: the review checklist (§7) for a draft.

Each rule passes, or warns with its findings: each quotes the sentence it is
about (a link to where the preview marks it, when `anchors` holds its mark)
and gives a tip. A finding can be dismissed for this draft and restored; a
different sentence breaking the same rule still warns. Each rule links to its
row of "How the checklist is checked".

`where`: "compose", the buttons submit the editor's form to the editor's own
page (`editor_url` in the context, so the unsaved text comes along) and htmx
swaps the checklist in place; "send", small forms of their own; "read" (a
coach's view), no buttons. `oob`: the checklist swapped in beside a live
preview (htmx's out-of-band swap).

Written here, as the long lists' rows are (`follow_up_rows`): the editor
shows it on every visit and with every live preview, a dozen rules, and
through the template language each cost about three hundred calls.
"""

from django import template
from django.template.defaultfilters import truncatechars, truncatewords
from django.template.defaulttags import CsrfTokenNode
from django.utils.safestring import mark_safe

from declines.review.engine import PASS, WARNING
from declines.templatetags.row_urls import escaped, row_url

register = template.Library()

# A rule's mark and what a screen reader hears before its label, by its status; a dismissed warning otherwise.
_MARKS = {PASS: ("✓", "Passes: "), WARNING: ("!", "Warning: ")}
_DISMISSED = ("–", "Dismissed warning: ")


def _quoted(quote: str) -> str:
    return escaped(truncatechars(quote, 200))


def _finding(finding, label: str, anchors, *, where: str, dismiss_url: str, editor_url: str, csrf: str) -> str:
    quote = ""
    if finding.quote:
        shown = f"“{_quoted(finding.quote)}”"
        if finding.anchor in anchors and not finding.dismissed:
            marked = '<span class="visually-hidden"> (marked in the preview)</span>'
            shown = f'<a href="#{escaped(finding.anchor)}">{shown}{marked}</a>'
        quote = f'<p class="review-quote mb-0">{shown}</p>'
    aside = '<span class="review-set-aside">Dismissed:</span> ' if finding.dismissed else ""
    message = f'<p class="review-message mb-1">{aside}{escaped(finding.message)}</p>'
    named = f" “{label}”"
    if finding.quote:
        named += f" for “{escaped(truncatewords(finding.quote, 8))}”"
    named = f'<span class="visually-hidden">{named}</span>'
    key = escaped(finding.key)
    action = ""
    if where == "compose":
        if finding.dismissed:
            button, classes, name, focus = "Restore", "btn btn-sm btn-link p-0 review-toggle", "restore", "dismiss"
        else:
            button, classes, name, focus = (
                "Dismiss",
                "btn btn-sm btn-outline-secondary review-toggle",
                "dismiss",
                "restore",
            )
        action = (
            f'<button type="submit" class="{classes}" id="{name}-{key}" form="draft-form" formaction="{editor_url}" '
            f'name="{name}" value="{key}" hx-post="{dismiss_url}" hx-target="#draft-preview" hx-swap="innerHTML" '
            f'data-focus-after="{focus}-{key}">{button}{named}</button>'
        )
    elif where == "send":
        if finding.dismissed:
            button = (
                f'<button type="submit" class="btn btn-sm btn-link p-0" name="restore" value="{key}">'
                f"Restore{named}</button>"
            )
        else:
            button = (
                f'<button type="submit" class="btn btn-sm btn-outline-secondary" name="dismiss" value="{key}">'
                f"Dismiss{named}</button>"
            )
        action = f'<form method="post" action="{dismiss_url}">{csrf}{button}</form>'
    dismissed = " is-dismissed" if finding.dismissed else ""
    return f'<li class="review-finding{dismissed}">{quote}{message}{action}</li>'


@register.simple_tag(takes_context=True)
def checklist(context, results, anchors=(), where: str = "", oob: bool = False) -> str:
    anchors = anchors or ()
    checked = row_url("checklist_checked")
    draft = context.get("draft")
    dismiss_url = row_url("draft_dismiss", draft.pk) if draft is not None and where in ("compose", "send") else ""
    editor_url = escaped(context.get("editor_url", ""))
    csrf = CsrfTokenNode().render(context) if where == "send" else ""
    rows = []
    for result in results:
        mark, said = _MARKS.get(result.status, _DISMISSED)
        label = escaped(result.rule.label)
        if result.status == PASS:
            more = (
                f'<p class="review-message mb-0">{escaped(result.message)}</p>'
                if result.message != result.rule.label
                else ""
            )
        else:
            findings = "".join(
                _finding(
                    finding, label, anchors, where=where, dismiss_url=dismiss_url, editor_url=editor_url, csrf=csrf
                )
                for finding in result.findings
            )
            more = f'<ul class="review-findings list-unstyled mb-0">{findings}</ul>'
            if result.status == WARNING:
                more += f'<p class="review-tip mb-0 mt-1">Why it matters: {escaped(result.rule.advice)}</p>'
        rows.append(
            f'<li class="review-item review-{escaped(result.status)}">'
            f'<span class="review-icon" aria-hidden="true">{mark}</span>'
            '<div class="review-text"><div class="review-head">'
            f'<p class="review-label mb-0"><span class="visually-hidden">{said}</span>{label}</p>'
            f'<a class="review-trust" href="{checked}#rule-{escaped(result.key)}">How reliable?'
            f'<span class="visually-hidden"> (“{label}”)</span></a>'
            f"</div>{more}</div></li>\n"
        )
    swap = ' hx-swap-oob="true"' if oob else ""
    return mark_safe(  # noqa: S308 (every value in it is escaped above)
        f'<div id="draft-checklist"{swap}>\n<ul class="review-list list-unstyled mb-0">\n{"".join(rows)}</ul>\n</div>'
    )
