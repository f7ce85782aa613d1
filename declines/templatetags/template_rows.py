"""`{% template_rows templates %}`: rows of the template library's list, each a link to its template.

Twenty-five a page, each with its name, subject, the opening of its text, its tone
and whose it is. Through the template language that was about 30 nodes a
row, a fifth of the page; written here, as `{% offer_rows %}` writes the
dashboard's rows, every value escaped once, a row costs a fraction of that.
The view sets each template's `tone_label`, `coach_name`, and its
`subject_shown` and `excerpt`, filled as in its preview
(views/email_templates.py).
"""

from django import template
from django.utils.safestring import mark_safe

from declines.templatetags.row_urls import escaped, url_pieces

register = template.Library()


@register.simple_tag
def template_rows(templates) -> str:
    before, after = url_pieces("template_detail", 1)
    html = []
    for row in templates:
        excerpt = ""
        if row.excerpt:
            excerpt = f'\n    <span class="d-block small text-truncate template-excerpt">{escaped(row.excerpt)}</span>'
        tone = f'<span class="badge text-bg-light border">{escaped(row.tone_label)}</span>' if row.tone else ""
        if row.is_builtin:
            whose = '<span class="badge text-bg-secondary">Built-in</span>'
        elif row.coach_name:
            whose = f'<span class="badge text-bg-info">From {escaped(row.coach_name)}</span>'
        else:
            whose = '<span class="badge text-bg-primary">Yours</span>'
            if row.published_at:
                whose += ' <span class="badge text-bg-light border">Published</span>'
        html.append(
            '<a class="list-group-item list-group-item-action d-flex flex-wrap justify-content-between '
            f'align-items-center gap-2 template-row" href="{before}{int(row.pk)}{after}">\n'
            '  <span class="flex-grow-1 min-w-0 template-row-text">\n'
            f'    <span class="fw-semibold">{escaped(row.name)}</span>\n'
            f'    <span class="d-block small text-body-secondary">{escaped(row.subject_shown or "(no subject)")}</span>'
            f"{excerpt}\n"
            "  </span>\n"
            f'  <span class="d-flex gap-1">\n    {tone}\n    {whose}\n  </span>\n'
            "</a>\n"
        )
    return mark_safe("".join(html))  # noqa: S308 (every value in it is escaped above)
