"""`{% nav_links as links %}`: the signed-in user's links, rendered once a page.

The header shows them twice, inline on a wide screen and in the menu on a
small one (includes/navbar.html); rendering the partial once and printing it
twice halves what the links cost every page.
"""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def nav_links(context):
    return context.template.engine.get_template("includes/nav_links.html").render(context)
