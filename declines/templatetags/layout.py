"""The layout's tags: `{% nav_links as links %}`, the signed-in user's links, written once a page, and
`{% asset 'css/app.css' %}`, a static file's URL.

The header shows them twice, inline on a wide screen and in the menu on a
small one (includes/navbar.html), so they are written once and printed twice.
They are written here rather than through a template, as the long lists'
rows are (`follow_up_rows`): a section's link is marked active on every page
under it and named the current page only on its own; through the template
language that was thirty nodes on every page of the site.
"""

import functools

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.defaulttags import CsrfTokenNode
from django.templatetags.static import static
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


class AssetNode(template.Node):
    def __init__(self, path: str):
        self.path = path

    def render(self, context) -> str:
        return _asset_url(self.path)


@functools.cache
def _asset_url(path: str) -> str:
    # A static file's URL changes only with a new deployment, when the process starts again (or, in tests, with
    # the settings that make it: below).
    return escape(static(path))


@receiver(setting_changed)
def _forget_asset_urls(*, setting, **kwargs):
    if setting in {"STATIC_URL", "STATIC_ROOT", "STORAGES"}:
        _asset_url.cache_clear()


@register.tag
def asset(parser, token) -> AssetNode:
    """`{% asset 'css/app.css' %}`: what `{% static 'css/app.css' %}` gives, for a path written in the template.

    The path is read once, when the template is compiled, and its URL once a process, as the storage keeps each
    URL (`declines/storage.py`): `{% static %}` resolves the path as a variable and asks the storage on every
    render, some forty function calls a tag, and the layout has nine."""
    bits = token.split_contents()
    if len(bits) != 2 or len(bits[1]) < 3 or bits[1][0] not in "'\"" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError("{% asset %} takes one quoted path: {% asset 'css/app.css' %}")
    return AssetNode(bits[1][1:-1])
