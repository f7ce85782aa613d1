"""`{% row_url %}` gives exactly what `{% url %}` gives, reversing each pattern once a page."""

from unittest import mock

import pytest
from django.template import Context, Template
from django.urls import reverse

from declines.templatetags import row_urls


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("follow_up_done", (7,)),
        ("follow_up_snooze", (123456,)),
        ("offer_detail", (1,)),
        ("template_detail", (2_147_483_646,)),
        ("flow_step", (42, 4)),
    ],
)
def test_it_gives_the_url_reverse_gives(name, ids):
    rendered = Template(
        "{% load row_urls %}{% row_url name ids.0 ids.1 %}"
        if len(ids) == 2
        else "{% load row_urls %}{% row_url name ids.0 %}"
    ).render(Context({"name": name, "ids": ids}))
    assert rendered == reverse(name, args=ids)


def test_each_pattern_is_reversed_once_a_render():
    template = Template("{% load row_urls %}{% for pk in pks %}{% row_url 'follow_up_done' pk %} {% endfor %}")
    with mock.patch.object(row_urls, "reverse", wraps=reverse) as reversing:
        rendered = template.render(Context({"pks": [1, 22, 333]}))
    assert rendered.split() == [reverse("follow_up_done", args=[pk]) for pk in (1, 22, 333)]
    assert reversing.call_count == 1
