"""`{% offer_rows offers %}`: the rows of the dashboard's table of offers.

Twenty-five a page, each with its status, where to continue, its deadline and
countdown, its decision and its next follow-up. Through the template language
a row was about 40 nodes and 0.1 ms, a quarter of the dashboard; written here,
as `{% follow_up_rows %}` writes its rows, every value escaped once, a row
costs a fraction of that. The view sets each offer's `countdown`, `urgency`,
`resume` and `next_follow_up_label` (views/dashboard.py).
"""

import functools

from django import template
from django.template.defaultfilters import date
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime

from declines.models import Offer
from declines.templatetags.row_urls import escaped, url_pieces

register = template.Library()

STATUS_LABELS = dict(Offer.Status.choices)
NONE = '<span class="text-body-secondary">—</span>'


@register.simple_tag
def offer_rows(offers) -> str:
    # Each link's URL reversed once for all the rows, each row's ids put in it (as `{% row_url %}` does).
    detail, call, step = url_pieces("offer_detail", 1), url_pieces("flow_call", 1), url_pieces("flow_step", 2)
    day = functools.cache(lambda value: escaped(date(value)))  # many rows share a day: format each once

    html = []
    for offer in offers:
        pk = int(offer.pk)
        company = escaped(offer.company)
        status = escaped(offer.status)
        resume = ""
        if offer.status == Offer.Status.CONSIDERING:
            flow = offer.resume
            if flow.is_call:
                href = f"{call[0]}{pk}{call[1]}"
            else:
                href = f"{step[0]}{pk}{step[1]}{int(flow.step.flow_step)}{step[2]}"
            resume = (
                f'\n                  <a class="d-block small mt-1" href="{href}">Continue — step {int(flow.number)} '
                f'of {int(flow.total)}<span class="visually-hidden"> for {company}</span></a>'
            )
        if offer.respond_by:
            badge = ""
            if offer.countdown:
                urgency, countdown = escaped(offer.urgency), escaped(offer.countdown)
                badge = f' <span class="badge countdown countdown-{urgency} ms-1">{countdown}</span>'
            respond_by = (
                f'<time class="text-nowrap" datetime="{offer.respond_by.isoformat()}">{day(offer.respond_by)}</time>'
                f"{badge}"
            )
        else:
            respond_by = '<span class="text-body-secondary">No deadline</span>'
        decided = NONE
        if offer.decided_at:
            decided = (
                f'<time class="text-nowrap" datetime="{offer.decided_at.isoformat()}">'
                f"{day(template_localtime(offer.decided_at))}</time>"
            )
        next_follow_up = NONE
        if offer.next_follow_up:
            next_on = offer.next_follow_up.due_on
            next_follow_up = (
                f"{escaped(offer.next_follow_up_label)}\n"
                '                  <span class="small text-body-secondary text-nowrap">· '
                f'<time datetime="{next_on.isoformat()}">{day(next_on)}</time></span>'
            )
        html.append(
            "<tr>\n"
            '  <th scope="row" data-label="Offer">\n'
            f'    <a class="fw-semibold" href="{detail[0]}{pk}{detail[1]}">{company}</a>\n'
            f'    <span class="d-block small text-body-secondary">{escaped(offer.role)}</span>\n'
            "  </th>\n"
            '  <td data-label="Status">\n'
            f'    <div>\n      <span class="badge rounded-pill status-badge status-{status}">'
            f"{escaped(STATUS_LABELS.get(offer.status, offer.status))}</span>{resume}\n    </div>\n"
            "  </td>\n"
            f'  <td data-label="Respond by">\n    <div>\n      {respond_by}\n    </div>\n  </td>\n'
            f'  <td data-label="Decided">\n    <div>{decided}</div>\n  </td>\n'
            f'  <td data-label="Next follow-up">\n    <div>\n      {next_follow_up}\n    </div>\n  </td>\n'
            "</tr>\n"
        )
    return mark_safe("".join(html))  # noqa: S308 (every value in it is escaped above)
