"""The page "How the checklist is checked" (views/review.py): every rule's
figures on the held-out messages, exactly as `accuracy.measure()` computes
them, computed once per process."""

import re
from unittest import mock

import pytest
from django.urls import reverse

from declines.review import accuracy
from declines.review.engine import RULES

pytestmark = pytest.mark.django_db

URL = reverse("checklist_checked")


def rows(page: str) -> dict[str, str]:
    """Each rule's row of the table, by rule key."""
    return dict(re.findall(r'<tr id="rule-([a-z_]+)" class="checked-row">(.*?)</tr>', page, re.DOTALL))


def figure(row: str, name: str) -> tuple[str, str]:
    """A figure's rate and its count, as the row shows them."""
    cell = re.search(rf'data-figure="{name}">(.*?)</td>', row, re.DOTALL).group(1)
    rate = re.search(r'class="checked-rate">([^<]*)<', cell).group(1)
    count = re.sub(r"<[^>]+>", "", re.search(r'class="checked-count">(.*?)</span>\s*$', cell.strip(), re.DOTALL)[1])
    return rate, " ".join(count.split())


def test_the_page_shows_every_rule_s_held_out_figures_as_measured(owner_client):
    page = owner_client.get(URL).content.decode()
    shown = rows(page)
    measured = accuracy.measure(accuracy.HELDOUT)

    assert list(shown) == [rule.key for rule in RULES] == [f.rule for f in measured]
    for f in measured:
        row = shown[f.rule]
        assert figure(row, "agreement") == (f"{f.agreement:.1%}", f"{f.agreed} of {f.cases} emails")
        if f.labelled_pass:
            expected = (f"{f.false_warning_rate:.1%}", f"{f.false_warnings} of {f.labelled_pass} good")
        else:
            expected = ("—", "none passed")
        assert figure(row, "false_warnings") == expected, f.rule
        if f.labelled_warning:
            expected = (f"{f.missed_rate:.1%}", f"{f.missed} of {f.labelled_warning} flagged")
        else:
            expected = ("—", "none flagged")  # not "0%" of nothing
        assert figure(row, "missed") == expected, f.rule


def test_the_page_says_what_the_corpus_is_made_of_as_counted(owner_client):
    page = owner_client.get(URL).content.decode()
    dev, held_out = accuracy.load(accuracy.DEV), accuracy.load(accuracy.HELDOUT)
    writers = {m["writer"] for m in dev + held_out}

    messages = len(dev) + len(held_out)
    assert f"{messages} emails about turning down a job offer were written by {len(writers)} people" in page
    assert f"{len(held_out)} of those emails were set aside" in page
    assert "Decline email, Thank-you note, Check-in, LinkedIn note, Phone-call script, Answer to a question" in page


def test_the_figures_are_computed_once_per_process(owner_client):
    accuracy.published.cache_clear()
    with mock.patch.object(accuracy, "measure", wraps=accuracy.measure) as measure:
        first = owner_client.get(URL).content.decode()
        second = owner_client.get(URL).content.decode()
    assert measure.call_count == 1
    assert rows(first) == rows(second) != {}


def test_any_logged_in_user_sees_the_same_figures(owner_client, outsider_client):
    mine = owner_client.get(URL)
    theirs = outsider_client.get(URL)
    assert mine.status_code == theirs.status_code == 200
    assert rows(mine.content.decode()) == rows(theirs.content.decode())


def test_a_visitor_must_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
