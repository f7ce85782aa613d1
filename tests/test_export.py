"""Your data (§8): the CSV and JSON downloads, and `purge_deleted`."""

import csv
import datetime as dt
import io
import json
import zipfile

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from declines.models import Draft, DraftComment, EmailTemplate, FollowUp, Offer, TemplateRevision
from declines.services.templates import template_create, template_update
from tests.factories import (
    DraftFactory,
    EmailTemplateFactory,
    FollowUpFactory,
    InteractionFactory,
    OfferFactory,
    ReflectionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(owner, outsider):
    offer = OfferFactory(owner=owner, company="Northwind Analytics", notes='=HYPERLINK("http://x")')
    ReflectionFactory(offer=offer, goals="Grow as a lead")
    DraftFactory(offer=offer, subject="Your offer")
    FollowUpFactory(offer=offer, kind="linkedin", note="Connect")
    InteractionFactory(offer=offer, note="Coffee")
    OfferFactory(owner=owner, company="Deleted But Mine", deleted_at=timezone.now())
    template = template_create(
        owner=owner, name="My decline", kind="decline", tone="warm", reason="", medium="email", subject="S", body="B"
    )
    EmailTemplateFactory(owner=None, slug="builtin-one", name="Built-in one")
    OfferFactory(owner=outsider, company="Outsider Inc")
    EmailTemplateFactory(owner=outsider, name="Outsider template")
    return offer, template


def test_csv_has_one_row_per_offer_of_the_user(owner_client, data):
    response = owner_client.get(reverse("export_csv"))
    assert response.status_code == 200
    # Marked as UTF-8 for a spreadsheet, which otherwise garbles "Siobhán".
    assert response.content.startswith("\ufeff".encode())
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="declines-offers-')
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert sorted(row["company"] for row in rows) == ["Deleted But Mine", "Northwind Analytics"]
    northwind = next(row for row in rows if row["company"] == "Northwind Analytics")
    assert northwind["door_open"] == "Open to future roles; Connect on LinkedIn"
    assert northwind["status"] == "Considering"


def zipped_tables(client) -> dict[str, list[dict]]:
    response = client.get(reverse("export_csv_zip"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="declines-export-')
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        return {
            name: list(csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig"))))
            for name in archive.namelist()
        }


def test_the_zipped_csv_holds_everything_the_json_does_one_table_each(owner_client, owner, data):
    """§8: all your data as CSV as well as JSON; the CSV held the offers alone."""
    offer, template = data
    DraftComment.objects.create(
        draft=offer.drafts.get(), author=owner, paragraph=0, quote="Q", body="Shorter?", status="open"
    )
    template_update(template=template, expected_version=template.version, tone="formal")
    tables = zipped_tables(owner_client)
    assert set(tables) == {
        "profile.csv",
        "coaches.csv",
        "reminders.csv",
        "offers.csv",
        "reflections.csv",
        "drafts.csv",
        "draft_comments.csv",
        "follow_ups.csv",
        "contacts.csv",
        "templates.csv",
        "template_revisions.csv",
    }
    assert sorted(row["company"] for row in tables["offers.csv"]) == ["Deleted But Mine", "Northwind Analytics"]
    northwind = next(row for row in tables["offers.csv"] if row["company"] == "Northwind Analytics")
    assert northwind["notes"] == """'=HYPERLINK("http://x")"""  # defused, as in the one CSV
    [reflection] = tables["reflections.csv"]
    assert (reflection["offer_id"], reflection["goals"]) == (str(offer.pk), "Grow as a lead")
    [draft] = tables["drafts.csv"]
    assert (draft["offer_id"], draft["subject"], draft["kind"]) == (str(offer.pk), "Your offer", "Decline email")
    [comment] = tables["draft_comments.csv"]
    # Labelled as a comment's status is, not by the offer's status labels.
    assert (comment["draft_id"], comment["body"], comment["status"]) == (draft["id"], "Shorter?", "Open")
    [profile] = tables["profile.csv"]
    assert (profile["username"], profile["email"]) == (owner.username, owner.email)
    [follow_up] = tables["follow_ups.csv"]
    assert (follow_up["offer_id"], follow_up["kind"], follow_up["note"]) == (
        str(offer.pk),
        "Connect on LinkedIn",
        "Connect",
    )
    [contact] = tables["contacts.csv"]
    assert (contact["offer_id"], contact["note"]) == (str(offer.pk), "Coffee")
    assert [row["name"] for row in tables["templates.csv"]] == ["My decline"]  # not a built-in, not the outsider's
    revisions = tables["template_revisions.csv"]
    assert [(r["template_id"], r["number"], r["tone"]) for r in revisions] == [
        (str(template.pk), "1", "Warm"),
        (str(template.pk), "2", "Formal"),
    ]
    everything = " ".join(str(row) for rows in tables.values() for row in rows)
    assert "Outsider" not in everything


def test_the_zipped_csv_needs_login(client):
    response = client.get(reverse("export_csv_zip"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_csv_shows_the_labels_a_person_reads_and_json_keeps_the_codes(owner_client, owner):
    OfferFactory(
        owner=owner,
        company="Contoso",
        status=Offer.Status.DECLINED,
        decided_at=timezone.now(),
        reason="another_offer",
        tone="formal",
        medium="phone",
        door_open=["future_roles", "linkedin", "retired_choice"],
    )
    row = next(csv.DictReader(io.StringIO(owner_client.get(reverse("export_csv")).content.decode("utf-8-sig"))))
    assert (row["status"], row["reason"], row["tone"], row["medium"]) == (
        "Declined",
        "Accepted another offer",
        "Formal",
        "Phone call first, then written confirmation",
    )
    # A code the app no longer knows is kept, not dropped.
    assert row["door_open"] == "Open to future roles; Connect on LinkedIn; retired_choice"
    offer = json.loads(owner_client.get(reverse("export_json")).content)["offers"][0]
    assert (offer["status"], offer["reason"], offer["tone"], offer["medium"]) == (
        "declined",
        "another_offer",
        "formal",
        "phone",
    )
    assert offer["door_open"] == ["future_roles", "linkedin", "retired_choice"]


def test_csv_defuses_spreadsheet_formulas(owner_client, data):
    body = owner_client.get(reverse("export_csv")).content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    northwind = next(row for row in rows if row["company"] == "Northwind Analytics")
    assert northwind["notes"] == '\'=HYPERLINK("http://x")'


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HOSTILE = {
    "company": "Monday;=1+1",
    "role": 'Lead,=HYPERLINK("http://x")',
    "contact_name": "@SUM(1+1)",
    "contact_title": "Head;\t=1",
    "notes": 'Line one\n=cmd|" /C calc"!A0\r\n+1;"=2";""-3',
    "salary_note": "-5,+6;@7",
    "reason_detail": "ok;;=1\t\t=2",
}


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_no_cell_starts_a_formula_for_a_comma_or_semicolon_reader(owner_client, owner, delimiter):
    """OWASP's CSV injection advice: not only the first character; "Monday;=1+1"
    used to become a formula where ";" is the delimiter."""
    OfferFactory(owner=owner, **HOSTILE)
    body = owner_client.get(reverse("export_csv")).content.decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(body), delimiter=delimiter) for cell in row]
    assert len(cells) > len(HOSTILE)
    assert [cell for cell in cells if cell.startswith(FORMULA_STARTS)] == []


def test_defused_cells_keep_the_text_for_a_comma_reader(owner_client, owner):
    OfferFactory(owner=owner, **HOSTILE)
    body = owner_client.get(reverse("export_csv")).content.decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(body)))
    assert row["company"] == "Monday;'=1+1"
    assert row["contact_name"] == "'@SUM(1+1)"
    assert row["salary_note"] == "'-5,'+6;'@7"
    # Only apostrophes were added.
    for field, value in HOSTILE.items():
        assert row[field].replace("'", "") == value.replace("'", "")


def test_ordinary_text_is_left_alone_in_the_csv(owner_client, owner):
    OfferFactory(owner=owner, company="Northwind, Ltd.", notes="Call me on Monday; 10-12 is best. E-mail: a@b.c")
    row = next(csv.DictReader(io.StringIO(owner_client.get(reverse("export_csv")).content.decode("utf-8-sig"))))
    assert (row["company"], row["notes"]) == ("Northwind, Ltd.", "Call me on Monday; 10-12 is best. E-mail: a@b.c")


def test_json_holds_everything_the_user_owns(owner_client, data):
    offer, template = data
    response = owner_client.get(reverse("export_json"))
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="declines-export-')
    exported = json.loads(response.content)
    assert exported["account"]["username"] == "owner"
    assert exported["profile"]["full_name"] == "Alex Morgan"
    assert "calendar_token" not in exported["profile"]
    by_company = {o["company"]: o for o in exported["offers"]}
    assert set(by_company) == {"Northwind Analytics", "Deleted But Mine"}
    northwind = by_company["Northwind Analytics"]
    assert northwind["notes"] == '=HYPERLINK("http://x")'  # exact, as stored
    assert northwind["reflection"]["goals"] == "Grow as a lead"
    assert [d["subject"] for d in northwind["drafts"]] == ["Your offer"]
    assert [f["note"] for f in northwind["follow_ups"]] == ["Connect"]
    assert [i["note"] for i in northwind["interactions"]] == ["Coffee"]
    assert by_company["Deleted But Mine"]["deleted_at"] is not None
    assert [t["name"] for t in exported["templates"]] == ["My decline"]
    assert [r["number"] for r in exported["templates"][0]["revisions"]] == [1]


def test_json_leaves_out_other_users_and_builtins(owner_client, data):
    body = owner_client.get(reverse("export_json")).content.decode()
    assert "Outsider" not in body and "Built-in one" not in body


def _queries(client, name) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse(name)).status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", ["export_csv", "export_json"])
def test_the_export_runs_as_many_queries_for_one_offer_as_for_many(owner_client, owner, data, name):
    before = _queries(owner_client, name)
    for _ in range(10):
        offer = OfferFactory(owner=owner)
        DraftFactory(offer=offer)
        FollowUpFactory(offer=offer)
        InteractionFactory(offer=offer)
        ReflectionFactory(offer=offer)
    assert _queries(owner_client, name) == before


@pytest.mark.parametrize("name", ["export_csv", "export_json"])
def test_exports_need_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


# --- purge_deleted ------------------------------------------------------------------


def purge(*args) -> str:
    out = io.StringIO()
    call_command("purge_deleted", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def deleted(owner):
    long_ago = timezone.now() - dt.timedelta(days=31)
    old_offer = OfferFactory(owner=owner, company="Old Ltd", deleted_at=long_ago)
    DraftFactory(offer=old_offer)
    FollowUpFactory(offer=old_offer)
    recent_offer = OfferFactory(owner=owner, company="Recent Ltd", deleted_at=timezone.now() - dt.timedelta(days=29))
    live_offer = OfferFactory(owner=owner, company="Live Ltd")
    old_template = template_create(
        owner=owner, name="Old one", kind="decline", tone="", reason="", medium="", subject="", body="x"
    )
    EmailTemplate.objects.filter(pk=old_template.pk).update(deleted_at=long_ago)
    retired_builtin = EmailTemplateFactory(owner=None, slug="retired", deleted_at=long_ago)
    return old_offer, recent_offer, live_offer, old_template, retired_builtin


def test_purge_removes_what_was_deleted_more_than_30_days_ago(deleted):
    old_offer, recent_offer, live_offer, old_template, retired_builtin = deleted
    assert "Removed 1 offer(s) and 1 template(s)." in purge()
    assert list(Offer.objects.order_by("company").values_list("company", flat=True)) == ["Live Ltd", "Recent Ltd"]
    assert not Draft.objects.filter(offer_id=old_offer.pk).exists()
    assert not FollowUp.objects.filter(offer_id=old_offer.pk).exists()
    assert not EmailTemplate.objects.filter(pk=old_template.pk).exists()
    assert not TemplateRevision.objects.filter(template_id=old_template.pk).exists()
    assert EmailTemplate.objects.filter(pk=retired_builtin.pk).exists()


def test_purge_days_option(deleted):
    assert "Removed 2 offer(s)" in purge("--days", "7")


def test_purge_dry_run_lists_and_removes_nothing(deleted):
    output = purge("--dry-run")
    assert "Old Ltd" in output and "Old one" in output and "Recent Ltd" not in output
    assert "Would remove 1 offer(s) and 1 template(s)." in output
    assert Offer.objects.count() == 3


def test_purge_refuses_negative_days():
    with pytest.raises(CommandError):
        purge("--days", "-1")
