"""`{% row_url %}`: `{% url %}` for the rows of a long list, reversed once a page.

A list whose every row links to a few actions of its own (the follow-ups page:
done, snooze, edit, delete…) would reverse the same URL patterns for every
row, and reversing is most of what such a row costs to render. This tag
reverses each pattern once per render, with stand-in ids, and puts each row's
own ids in their place.
"""

from django import template
from django.urls import reverse

register = template.Library()

# Ids no row has, whose digits stand in for the real ones in a reversed URL.
STAND_INS = (2_147_483_647, 2_147_483_646, 2_147_483_645)


def url_pieces(name: str, count: int) -> list[str]:
    """The URL of `name` cut around its `count` integer arguments."""
    rest = reverse(name, args=STAND_INS[:count])
    pieces = []
    for stand_in in STAND_INS[:count]:
        before, rest = rest.split(str(stand_in), 1)
        pieces.append(before)
    return [*pieces, rest]


@register.simple_tag(takes_context=True)
def row_url(context, name: str, *ids: int) -> str:
    """The URL `{% url name id … %}` would give, for a pattern whose arguments are all integers."""
    cut = context.render_context.setdefault("row_url", {})
    if (name, len(ids)) not in cut:
        cut[name, len(ids)] = url_pieces(name, len(ids))
    pieces = cut[name, len(ids)]
    return "".join(piece + str(int(id_)) for piece, id_ in zip(pieces, ids, strict=False)) + pieces[-1]
