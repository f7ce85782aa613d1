"""`{% nav_links as links %}`: the signed-in user's links, written once a page.

The header shows them twice, inline on a wide screen and in the menu on a
small one (includes/navbar.html), so they are made once and printed twice.
They are on every page a user sees: through the template language (a partial
of six reversed URLs and a dozen comparisons) they cost about 0.4 ms of each,
a tenth of the dashboard's budget; written here, a fraction of that.
"""

from django import template
from django.template.defaulttags import CsrfTokenNode
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe

from declines.ownership import coaching_roles

register = template.Library()

# (label, URL name, whether the pages under its URL are part of it); a coach's "Clients" comes after these.
MAIN = [("Dashboard", "dashboard", False), ("Follow-ups", "follow_ups", True), ("Templates", "template_list", True)]
CLIENTS = ("Clients", "clients", True)
SETTINGS = ("Settings", "account_settings", True)


def _item(path: str, label: str, name: str, section: bool) -> str:
    """A link that says where the user is: "active" on its page (and the pages under it), and
    `aria-current` on its page itself."""
    url = reverse(name)
    here = path == url
    active = " active" if here or (section and path.startswith(url)) else ""
    current = ' aria-current="page"' if here else ""
    return f'  <li class="nav-item">\n    <a class="nav-link{active}"{current} href="{url}">{label}</a>\n  </li>\n'


@register.simple_tag(takes_context=True)
def nav_links(context) -> str:
    request, user = context["request"], context["user"]
    path = request.path
    links = [_item(path, *link) for link in MAIN]
    if coaching_roles(user).coaches_someone:
        links.append(_item(path, *CLIENTS))
    return mark_safe(  # noqa: S308 (the one value from the user, the username, is escaped)
        '<ul class="navbar-nav me-md-auto">\n'
        f"{''.join(links)}"
        "</ul>\n"
        '<ul class="navbar-nav">\n'
        f"{_item(path, *SETTINGS)}"
        '  <li class="nav-item">\n'
        f'    <a class="nav-link" href="{reverse("password_change")}">Change password</a>\n'
        "  </li>\n"
        '  <li class="nav-item">\n'
        f'    <form method="post" action="{reverse("logout")}" class="d-inline">\n'
        f"      {CsrfTokenNode().render(context)}\n"
        '      <button type="submit" class="btn btn-link nav-link">Log out '
        f'<span class="visually-hidden">({escape(user.get_username())})</span></button>\n'
        "    </form>\n"
        "  </li>\n"
        "</ul>\n"
    )
