"""`{% row_url %}`: `{% url %}` for the rows of a long list, and for the links of every page's header.

A list whose every row links to a few actions of its own (the follow-ups page:
done, snooze, edit, delete…) would reverse the same URL patterns for every
row, and reversing is most of what such a row costs to render. Each pattern
is reversed once, with stand-in ids, and each row's own ids are put in their
place. The URL patterns do not change while the process runs, so a pattern's
pieces are worked out once a process (for each script prefix and URLconf a
request may set), not once a page: the offer page alone reversed 38 URLs.
"""

import functools
import html

from django import template
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()

# Ids no row has, whose digits stand in for the real ones in a reversed URL.
STAND_INS = (2_147_483_647, 2_147_483_646, 2_147_483_645)


def escaped(value) -> str:
    """`value` as text escaped for HTML, as Django's `escape` gives it, for the rows written in Python: a
    plain string, not one marked safe piece by piece, since each row is marked safe once, whole."""
    return html.escape(str(value))


def url_pieces(name: str, count: int) -> tuple[str, ...]:
    """The URL of `name` cut around its `count` integer arguments."""
    return _pieces(name, count, get_script_prefix(), get_urlconf())


def url_table(names, count: int) -> dict[str, tuple[str, ...]]:
    """`url_pieces` of each of `names`, the request's script prefix and URLconf read once for them all."""
    prefix, urlconf = get_script_prefix(), get_urlconf()
    return {name: _pieces(name, count, prefix, urlconf) for name in names}


@functools.lru_cache(maxsize=512)
def _pieces(name: str, count: int, prefix: str, urlconf) -> tuple[str, ...]:
    # `prefix` is in the key only: `reverse` reads the same script prefix itself.
    rest = reverse(name, urlconf=urlconf, args=STAND_INS[:count])
    pieces = []
    for stand_in in STAND_INS[:count]:
        before, rest = rest.split(str(stand_in), 1)
        pieces.append(before)
    return (*pieces, rest)


@register.simple_tag
def row_url(name: str, *ids: int) -> str:
    """The URL `{% url name id … %}` would give, for a pattern whose arguments are all integers (or none)."""
    pieces = url_pieces(name, len(ids))
    return "".join(piece + str(int(id_)) for piece, id_ in zip(pieces, ids, strict=False)) + pieces[-1]
