"""`{% nav_links as links %}`: the signed-in user's links, written once a page.

The header shows them twice, inline on a wide screen and in the menu on a
small one (includes/navbar.html), so they are written once and printed twice.
They are written here rather than through a template, as the long lists'
rows are (`follow_up_rows`): a section's link is marked active on every page
under it and named the current page only on its own; through the template
language that was thirty nodes on every page of the site.
"""

from django import template
from django.template.defaulttags import CsrfTokenNode
from django.utils.html import escape
from django.utils.safestring import mark_safe

from declines.templatetags.row_urls import row_url

register = template.Library()


def _link(path: str, name: str, label: str, *, section: bool = True) -> str:
    url = row_url(name)
    current = path == url
    active = " active" if current or (section and path.startswith(url)) else ""
    named = ' aria-current="page"' if current else ""
    return f'  <li class="nav-item">\n    <a class="nav-link{active}"{named} href="{url}">{label}</a>\n  </li>\n'


@register.simple_tag(takes_context=True)
def nav_links(context) -> str:
    path = context["request"].path
    main = [
        _link(path, "dashboard", "Dashboard", section=False),
        _link(path, "follow_ups", "Follow-ups"),
        _link(path, "template_list", "Templates"),
    ]
    coaches_someone = context.get("coaches_someone")
    if callable(coaches_someone):
        coaches_someone = coaches_someone()
    if coaches_someone:
        main.append(_link(path, "clients", "Clients"))
    user = escape(context["user"].get_username())
    return mark_safe(  # noqa: S308 (the URLs and labels are ours; the user's name is escaped)
        '<ul class="navbar-nav me-md-auto">\n'
        + "".join(main)
        + '</ul>\n<ul class="navbar-nav">\n'
        + _link(path, "account_settings", "Settings")
        + '  <li class="nav-item">\n'
        + f'    <a class="nav-link" href="{row_url("password_change")}">Change password</a>\n'
        + "  </li>\n"
        + '  <li class="nav-item">\n'
        + f'    <form method="post" action="{row_url("logout")}" class="d-inline">\n'
        + f"      {CsrfTokenNode().render(context)}\n"
        + '      <button type="submit" class="btn btn-link nav-link">Log out '
        + f'<span class="visually-hidden">({user})</span></button>\n'
        + "    </form>\n"
        + "  </li>\n"
        + "</ul>\n"
    )
