"""`{% row_url %}` gives exactly what `{% url %}` gives, reversing each pattern once a process."""

from unittest import mock

import pytest
from django.template import Context, Template
from django.urls import get_script_prefix, reverse, set_script_prefix

from declines.templatetags import row_urls


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("follow_up_done", (7,)),
        ("follow_up_snooze", (123456,)),
        ("offer_detail", (1,)),
        ("template_detail", (2_147_483_646,)),
        ("flow_step", (42, 4)),
        ("dashboard", ()),
    ],
)
def test_it_gives_the_url_reverse_gives(name, ids):
    tags = {0: "{% row_url name %}", 1: "{% row_url name ids.0 %}", 2: "{% row_url name ids.0 ids.1 %}"}
    rendered = Template("{% load row_urls %}" + tags[len(ids)]).render(Context({"name": name, "ids": ids}))
    assert rendered == reverse(name, args=ids)


def test_each_pattern_is_reversed_once_for_every_page():
    template = Template("{% load row_urls %}{% for pk in pks %}{% row_url 'follow_up_done' pk %} {% endfor %}")
    row_urls._pieces.cache_clear()
    with mock.patch.object(row_urls, "reverse", wraps=reverse) as reversing:
        first = template.render(Context({"pks": [1, 22, 333]}))
        again = template.render(Context({"pks": [4]}))
    assert first.split() == [reverse("follow_up_done", args=[pk]) for pk in (1, 22, 333)]
    assert again.split() == [reverse("follow_up_done", args=[4])]
    assert reversing.call_count == 1


def test_a_site_served_under_a_prefix_gets_its_prefix():
    template = Template("{% load row_urls %}{% row_url 'offer_detail' 9 %}")
    plain = template.render(Context())
    before = get_script_prefix()
    set_script_prefix("/declines/")
    try:
        prefixed = template.render(Context())
    finally:
        set_script_prefix(before)
    assert plain == "/offers/9/"
    assert prefixed == "/declines/offers/9/"
