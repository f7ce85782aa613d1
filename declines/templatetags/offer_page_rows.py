"""The offer page's lists, as <li> rows: `{% timeline_rows timeline %}` and
`{% draft_rows drafts %}`, and its answers panel's `{% answer_rows answers %}`.

Written here, as `{% follow_up_rows %}` writes its rows, every value escaped
once: through the template language the timeline's dates and excerpts and the
answers' names cost 150 calls a row and more, half of the page, and a user
with answers of their own lists twenty and more of them.
"""

import functools

from django import template
from django.template.defaultfilters import date, truncatechars
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime

from declines.composer import snippet
from declines.templatetags.row_urls import escaped, url_pieces

register = template.Library()


def _shortened(text: str, limit: int) -> str:
    # Most are short, and then as written; a long one is cut as `|truncatechars` cuts it.
    return text if len(text) <= limit else truncatechars(text, limit)


@register.simple_tag
def timeline_rows(events) -> str:
    day = functools.cache(lambda value: escaped(date(value)))  # a day's events share it: each formatted once
    html = []
    for event in events:
        detail = ""
        if event.detail:
            detail = f'\n  <span class="d-block small timeline-detail">{escaped(_shortened(event.detail, 160))}</span>'
        html.append(
            f'<li class="timeline-event timeline-{escaped(event.kind)}">\n'
            f'  <time datetime="{event.day.isoformat()}" class="small text-body-secondary d-block">'
            f"{day(event.day)}</time>\n"
            f'  <span class="fw-semibold">{escaped(event.title)}</span>{detail}\n'
            "</li>\n"
        )
    return mark_safe("".join(html))  # noqa: S308 (every value in it is escaped above)


@register.simple_tag
def draft_rows(drafts) -> str:
    before, after = url_pieces("draft_edit", 1)
    html = []
    for draft in drafts:
        kind = escaped(draft.get_kind_display())
        subject = escaped(draft.subject)
        if draft.sent_at:
            when = f"sent {date(template_localtime(draft.sent_at))}"
        else:
            when = f"updated {date(template_localtime(draft.updated_at))}"
        comments = ""
        if draft.open_comments:
            plural = "" if draft.open_comments == 1 else "s"
            comments = (
                f'\n  <span class="small"> · {int(draft.open_comments)} comment{plural} from coaching '
                "waiting for your answer</span>"
            )
        html.append(
            '<li class="draft-item">\n'
            f'  <p class="mb-1"><span class="fw-semibold">{kind}</span>{f": {subject}" if subject else ""}\n'
            f'    <span class="small text-body-secondary">· {escaped(when)}</span></p>\n'
            '  <p class="small text-body-secondary mb-1 draft-excerpt">'
            f"{escaped(_shortened(snippet(draft), 180))}</p>\n"
            f'  <a class="small" href="{before}{int(draft.pk)}{after}">Open in the editor'
            f'<span class="visually-hidden">: {kind}{f", {subject}" if subject else ""}</span></a>{comments}\n'
            "</li>\n"
        )
    return mark_safe("".join(html))  # noqa: S308 (every value in it is escaped above)


@register.simple_tag
def answer_rows(answers) -> str:
    """Each answer to have ready, with the user's draft of it or a button to draft it."""
    before, after = url_pieces("draft_edit", 1)
    html = []
    for answer, draft in answers:
        name = escaped(answer.name)
        hidden = f'<span class="visually-hidden">: {name}</span>'
        if draft:
            action = (
                f'<a class="btn btn-sm btn-outline-primary" href="{before}{int(draft.pk)}{after}">'
                f"Open your answer{hidden}</a>"
            )
        else:
            action = (
                '<button type="submit" class="btn btn-sm btn-outline-primary" name="template" '
                f'value="{int(answer.pk)}">Draft this answer{hidden}</button>'
            )
        html.append(f'<li class="answer-item">\n  <span class="answer-name">{name}</span>\n  {action}\n</li>\n')
    return mark_safe("".join(html))  # noqa: S308 (every value in it is escaped above)
