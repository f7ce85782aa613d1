"""`{% follow_up_rows rows %}`: follow-ups with their actions, as <li> rows of a list-group;
`{% due_rows rows %}`: the dashboard panel's, each with Done only.

The follow-ups page lists 25 of them and the offer page all of its own. Each
row is one form (Done is its action; the other buttons send the same form
elsewhere with `formaction`; Edit and Delete… are pages of their own, so
links) and names its follow-up in every button for a screen reader. Through
the template language that was about 60 nodes and 0.15 ms a row, most of
what the follow-ups page cost; written here, as `forms.PlainSelect` writes its
options, every value escaped once, a row costs a fraction of that.

`show_offer` names each row's offer (the follow-ups page). From the context:
`back`, the page to return to, and `back_query`, the same URL-encoded.
"""

import functools

from django import template
from django.template.defaultfilters import date, linebreaksbr
from django.template.defaulttags import CsrfTokenNode
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime

from declines.templatetags.row_urls import escaped, url_pieces, url_table

register = template.Library()

ACTIONS = (
    "follow_up_done",
    "follow_up_reopen",
    "offer_detail",
    "follow_up_draft",
    "follow_up_draft_new",
    "follow_up_snooze",
    "follow_up_edit",
    "follow_up_delete",
)


@register.simple_tag(takes_context=True)
def follow_up_rows(context, rows, show_offer=False) -> str:
    csrf = CsrfTokenNode().render(context)
    back, back_query = escaped(context.get("back", "")), escaped(context.get("back_query", ""))
    # Each action's URL reversed once for all the rows, each row's id put in it (as `{% row_url %}` does).
    pieces = url_table(ACTIONS, 1)
    day = functools.cache(lambda value: escaped(date(value)))  # many rows share a day: format each once

    html = []
    for follow_up in rows:
        pk = int(follow_up.pk)

        def url(name, pk=pk):
            before, after = pieces[name]
            return f"{before}{pk}{after}"

        title = follow_up.title
        what = escaped(title)
        company = escaped(follow_up.offer.company)
        # Named in full, its day too: an offer's three check-ins are otherwise three alike "Done" buttons.
        named = f"{what}, {company}, due {day(follow_up.due_on)}"
        hidden = f'<span class="visually-hidden">: {named}</span>'
        offer = ""
        if show_offer:
            before, after = pieces["offer_detail"]
            href = f"{before}{int(follow_up.offer_id)}{after}"
            offer = f'<span class="fw-normal"> — <a href="{href}">{company}</a>, {escaped(follow_up.offer.role)}</span>'
        if follow_up.done_at:
            when = (
                f'Done on <time datetime="{follow_up.done_at.isoformat()}">'
                f"{day(template_localtime(follow_up.done_at))}</time>\n"
                f'          <span class="text-body-secondary">(was due {day(follow_up.due_on)})</span>'
            )
            actions = f'<button type="submit" class="btn btn-sm btn-outline-secondary">Reopen{hidden}</button>'
        else:
            countdown = getattr(follow_up, "countdown", "")
            badge = ""
            if countdown:
                urgency = escaped(follow_up.urgency)
                badge = f' <span class="badge countdown countdown-{urgency} ms-1">{escaped(countdown)}</span>'
            when = f'Due <time datetime="{follow_up.due_on.isoformat()}">{day(follow_up.due_on)}</time>{badge}'
            if follow_up.draft_id:
                draft = (
                    f'<a class="btn btn-sm btn-outline-primary" href="{url("follow_up_draft")}">Open draft{hidden}</a>'
                )
            else:
                draft = (
                    f'<button type="submit" formaction="{url("follow_up_draft_new")}" '
                    f'class="btn btn-sm btn-outline-primary">Draft it{hidden}</button>'
                )
            snooze = url("follow_up_snooze")
            actions = (
                f'<button type="submit" class="btn btn-sm btn-success">Done{hidden}</button>\n{draft}\n'
                f'<button type="submit" formaction="{snooze}" name="period" value="week" '
                f'class="btn btn-sm btn-outline-secondary">Snooze a week{hidden}</button>\n'
                '<details class="more-actions">\n'
                '  <summary class="btn btn-sm btn-outline-secondary">More'
                f'<span class="visually-hidden"> actions: {named}</span></summary>\n'
                '  <div class="more-actions-menu d-flex flex-column gap-1 p-2 border rounded bg-body">\n'
                f'    <button type="submit" formaction="{snooze}" name="period" value="month" '
                'class="btn btn-sm btn-link text-start">Snooze a month</button>\n'
                '    <a class="btn btn-sm btn-link text-start" '
                f'href="{url("follow_up_edit")}?next={back_query}">Edit</a>\n'
                '    <a class="btn btn-sm btn-link text-start text-danger-emphasis" '
                f'href="{url("follow_up_delete")}?next={back_query}">Delete…</a>\n'
                "  </div>\n"
                "</details>"
            )
        note = ""
        # A note that is the row's whole title (one of the user's own, named by it) is not said twice.
        if follow_up.note and follow_up.note.strip() != title:
            note = (
                '\n      <p class="small text-body-secondary mb-0 mt-1 follow-up-note">'
                f"{linebreaksbr(follow_up.note)}</p>"
            )
        action = url("follow_up_reopen" if follow_up.done_at else "follow_up_done")
        html.append(
            f'<li class="list-group-item follow-up" id="follow-up-{pk}">\n'
            f'  <form method="post" action="{action}" '
            'class="d-flex flex-wrap align-items-start justify-content-between gap-2">\n'
            f'    {csrf}<input type="hidden" name="next" value="{back}">\n'
            '    <div class="follow-up-text">\n'
            f'      <p class="fw-semibold mb-1">{what}{offer}</p>\n'
            f'      <p class="small mb-0">{when}</p>{note}\n'
            "    </div>\n"
            '    <div class="follow-up-actions d-flex flex-wrap align-items-start gap-2">\n'
            f"{actions}\n"
            "    </div>\n"
            "  </form>\n"
            "</li>\n"
        )
    return mark_safe("".join(html))  # noqa: S308 (every value in it is escaped above)


@register.simple_tag(takes_context=True)
def due_rows(context, rows) -> str:
    """The dashboard panel's follow-ups due: each its title, its offer and a Done
    button, as <li> rows, written as `follow_up_rows` writes its own."""
    csrf = CsrfTokenNode().render(context)
    back = escaped(context.get("back", ""))
    offer_before, offer_after = url_pieces("offer_detail", 1)
    done_before, done_after = url_pieces("follow_up_done", 1)
    html = []
    for follow_up in rows:
        what, company = escaped(follow_up.title), escaped(follow_up.offer.company)
        html.append(
            '<li class="due-item d-flex align-items-center gap-2 py-2 border-top">\n'
            '  <div class="flex-grow-1 min-w-0">\n'
            f'    <span class="fw-semibold">{what}</span> ·\n'
            f'    <a href="{offer_before}{int(follow_up.offer_id)}{offer_after}">{company}</a>\n'
            f'    <span class="badge countdown countdown-{escaped(follow_up.urgency)} ms-1">'
            f"{escaped(follow_up.countdown)}</span>\n"
            "  </div>\n"
            f'  <form method="post" action="{done_before}{int(follow_up.pk)}{done_after}">\n'
            f'    {csrf}<input type="hidden" name="next" value="{back}">\n'
            '    <button type="submit" class="btn btn-sm btn-outline-success">Done'
            f'<span class="visually-hidden">: {what} for {company}</span></button>\n'
            "  </form>\n"
            "</li>\n"
        )
    return mark_safe("".join(html))  # noqa: S308 (every value in it is escaped above)
