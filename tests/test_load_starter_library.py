"""The starter library: what `load_starter_library` puts in the database, and
whether the built-in text itself follows the advice of §7 once it is filled in."""

import itertools
import re
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from declines import mergetags
from declines.management.commands.load_starter_library import STARTER_DIR, parse_file
from declines.models import EmailTemplate, Reason, TemplateKind, TemplateRevision, Tone
from tests.factories import EmailTemplateFactory

STARTER_FILES = sorted(STARTER_DIR.glob("*.md"))
STARTER = [parse_file(path) for path in STARTER_FILES]
EMAILS = [t for t in STARTER if t["kind"] not in (TemplateKind.PHONE_SCRIPT, TemplateKind.LINKEDIN_NOTE)]

TAGS = set(mergetags.TAGS)
TAG = re.compile(r"\{\{\s*(.*?)\s*\}\}")

# Realistic values, a little on the long side, shaped like what the composer computes.
SAMPLES = {
    "company": "Northwind Analytics Ltd",
    "role": "Senior Data Platform Engineer",
    "contact_name": "Priya Lakshmi",
    "contact_first_name": "Christabelle",
    "greeting": "Dear Priya Lakshmi,",
    "my_name": "Alexandra Morgan",
    "my_first_name": "Alexandrina",
    "signature": "Alexandra Morgan\nalexandra.morgan@example.com",
    "sign_off": "Warm regards,",
    "door_open_sentence": (
        "I would be glad to hear about future roles, and I'll send you a LinkedIn invitation to stay in touch."
    ),
    "thanks_sentence": "Please pass on my thanks to Sam Ortiz and Jordan Blake for their time during the interviews.",
    "stood_out_sentence": (
        "I will remember, in particular, your question about how I would grow the data team across three offices."
    ),
    "offer_date": "12 November 2026",
    "respond_by": "26 November 2026",
    "call_date": "on 18 November",
    "today": "20 November 2026",
}
REASON_SENTENCES = {
    "another_offer": "I have accepted another offer that is a closer match for where I want my career to go next.",
    "role_fit": "Having thought about the day-to-day work, I don't believe the role is the right fit for my strengths.",
    "compensation": "After careful thought, the overall package doesn't meet what I need at this point in my life.",
    "location": "The commute and the office location don't work for me and my family at the moment.",
    "personal": "Personal circumstances mean this isn't the right time for me to make a move.",
    "staying": "I have decided to stay in my current role, where there is still more I want to achieve.",
    "career_direction": "I have decided to take my career in a different direction from the one this role offers.",
    "unsaid": "",
    "": "I have accepted another offer that is a closer match for where I want my career to go next.",
}
# The shortest a user can make it: no honest detail, door-open and thanks fallbacks.
SHORT_SAMPLES = {
    **SAMPLES,
    "greeting": "Dear Hiring Team,",
    "signature": "Alex",
    "door_open_sentence": "I hope our paths cross again.",
    "thanks_sentence": "Thank you to everyone I met.",
    "stood_out_sentence": "",
}


def fill(text: str, template: dict, samples: dict = SAMPLES) -> str:
    values = {**samples, "reason_sentence": REASON_SENTENCES[template["reason"]]}
    return TAG.sub(lambda match: values[match.group(1)], text)


def word_count(text: str) -> int:
    return len(text.replace("**", " ").split())


def load(*args) -> str:
    out = StringIO()
    call_command("load_starter_library", *args, stdout=out)
    return out.getvalue()


def test_it_creates_one_builtin_per_file(db):
    output = load()

    builtins = EmailTemplate.objects.builtin()
    assert builtins.count() == len(STARTER_FILES)
    assert f"{len(STARTER_FILES)} created, 0 updated, 0 unchanged, 0 retired" in output
    decline_emails = builtins.filter(kind=TemplateKind.DECLINE, medium="email")
    assert sorted(decline_emails.values_list("reason", "tone")) == sorted(itertools.product(Reason.values, Tone.values))
    # A call script in each tone: what is said aloud is said in the user's tone (§4).
    assert sorted(builtins.filter(kind=TemplateKind.PHONE_SCRIPT, medium="phone").values_list("tone", flat=True)) == (
        sorted(Tone.values)
    )
    assert builtins.filter(kind=TemplateKind.DECLINE, medium="phone").count() == 1
    assert builtins.filter(kind=TemplateKind.DECLINE, medium="letter").count() == 1
    assert builtins.filter(kind=TemplateKind.THANK_YOU).count() == 1
    assert set(builtins.filter(kind=TemplateKind.CHECK_IN).values_list("slug", flat=True)) == {
        "check-in-3-months",
        "check-in-6-months",
        "check-in-12-months",
        # For the other ways of keeping in touch chosen on Approach.
        "check-in-referral",
        "check-in-event",
        "check-in-careers-page",
        # For a follow-up of the user's own, or a check-in due soon after the decision.
        "check-in-keeping-in-touch",
    }
    assert builtins.filter(kind=TemplateKind.LINKEDIN_NOTE).count() == 1
    assert set(builtins.filter(kind=TemplateKind.ANSWER).values_list("slug", flat=True)) == {
        "answer-why-decline",
        "answer-change-your-mind",
        "answer-future-roles",
        # For a user who did not say they are open to future roles there.
        "answer-future-roles-not-now",
    }
    assert all(t.version == 1 for t in builtins)
    assert sorted(TemplateRevision.objects.values_list("template__slug", "number")) == sorted(
        (t.slug, 1) for t in builtins
    )


def test_running_it_twice_changes_nothing(db):
    load()
    before = list(EmailTemplate.objects.order_by("slug").values_list("slug", "version", "updated_at"))

    output = load()

    assert f"0 created, 0 updated, {len(STARTER_FILES)} unchanged, 0 retired" in output
    assert list(EmailTemplate.objects.order_by("slug").values_list("slug", "version", "updated_at")) == before
    assert TemplateRevision.objects.count() == len(STARTER_FILES)


@pytest.fixture
def starter_copy(tmp_path):
    folder = tmp_path / "starter"
    shutil.copytree(STARTER_DIR, folder)
    return folder


def test_an_edited_file_updates_its_template_and_keeps_a_revision(db, starter_copy):
    load("--path", str(starter_copy))
    path = starter_copy / "thank-you-after-declining.md"
    path.write_text(path.read_text().replace("only to say thank you", "with no other news"))

    output = load("--path", str(starter_copy))

    assert "0 created, 1 updated" in output
    template = EmailTemplate.objects.get(slug="thank-you-after-declining")
    assert "with no other news" in template.body
    assert template.version == 2
    revisions = list(template.revisions.order_by("number"))
    assert [r.number for r in revisions] == [1, 2]
    assert "with no other news" not in revisions[0].body
    assert revisions[1].body == template.body


@pytest.mark.parametrize(
    ("find", "replace", "problem"),
    [
        ("kind: thank_you\n", "", "kind"),
        ("kind: thank_you", "kind: postcard", "postcard"),
        ("tone:\n", "tone: chirpy\n", "chirpy"),
        ("reason:\n", "reason: boredom\n", "boredom"),
        ("medium: email", "medium: fax", "fax"),
        ("{{ greeting }}", "{{ salutation }}", "salutation"),
        ("{{ greeting }}", "{% if greeting %}", "thank-you-after-declining.md"),
        ("{{ greeting }}", "{{ greeting }", "thank-you-after-declining.md"),
        ("---\n", "", "---"),
    ],
)
def test_a_malformed_file_is_refused_naming_it(db, starter_copy, find, replace, problem):
    path = starter_copy / "thank-you-after-declining.md"
    text = path.read_text()
    assert find in text
    path.write_text(text.replace(find, replace, 1))

    with pytest.raises(CommandError, match=re.escape(problem)) as refusal:
        load("--path", str(starter_copy))

    assert "thank-you-after-declining.md" in str(refusal.value)
    assert not EmailTemplate.objects.exists()


def test_a_file_with_an_empty_body_is_refused_naming_it(db, starter_copy):
    path = starter_copy / "linkedin-note.md"
    path.write_text(path.read_text().split("---\n")[0] + "---\n\n")

    with pytest.raises(CommandError, match="linkedin-note.md"):
        load("--path", str(starter_copy))


def test_user_owned_templates_are_untouched(db, owner, starter_copy):
    mine = EmailTemplateFactory(owner=owner, slug="linkedin-note", name="LinkedIn connection note", body="Mine.")
    load("--path", str(starter_copy))
    (starter_copy / "linkedin-note.md").unlink()

    load("--path", str(starter_copy))

    mine.refresh_from_db()
    assert (mine.body, mine.version, mine.deleted_at) == ("Mine.", 1, None)
    assert not mine.revisions.exists()
    assert EmailTemplate.objects.for_user(owner).filter(slug="linkedin-note").get() == mine


def test_a_removed_file_retires_its_builtin_and_restoring_it_brings_it_back(db, starter_copy):
    load("--path", str(starter_copy))
    removed = starter_copy / "check-in-12-months.md"
    kept = removed.read_text()
    removed.unlink()

    assert f"0 updated, {len(STARTER_FILES) - 1} unchanged, 1 retired" in load("--path", str(starter_copy))
    assert not EmailTemplate.objects.builtin().filter(slug="check-in-12-months").exists()
    assert EmailTemplate.objects.get(slug="check-in-12-months").deleted_at is not None

    removed.write_text(kept)
    assert "1 updated" in load("--path", str(starter_copy))
    assert EmailTemplate.objects.builtin().filter(slug="check-in-12-months").exists()


def test_an_empty_folder_retires_nothing(db, tmp_path):
    load()

    with pytest.raises(CommandError, match="No starter templates"):
        load("--path", str(tmp_path))

    assert EmailTemplate.objects.builtin().count() == len(STARTER_FILES)


@pytest.mark.parametrize("template", STARTER, ids=lambda t: t["slug"])
def test_starter_text_uses_only_known_tags_and_no_markup(template):
    for text in (template["subject"], template["body"]):
        tags = TAG.findall(text)
        assert set(tags) <= TAGS
        assert text.count("{{") == text.count("}}") == len(tags)
        assert "{%" not in text and "{#" not in text
        assert not re.search(r"\[[^\]]*\]", text), "no [Name]-style blanks or Markdown links"
        assert not re.search(r"</?[a-zA-Z!]", text), "no raw HTML"
        assert "http" not in text and "![" not in text
    if template["kind"] == TemplateKind.LINKEDIN_NOTE:
        assert len(template["body"].strip()) <= 230


@pytest.mark.parametrize("template", EMAILS, ids=lambda t: t["slug"])
def test_every_email_follows_the_advice(template):
    body = template["body"]
    assert body.startswith("{{ greeting }}") or body.startswith("{{ today }}\n\n{{ greeting }}")
    assert body.rstrip().endswith("\n\n{{ sign_off }}\n{{ signature }}")
    assert re.search(r"thank|grateful|appreciate", body, re.IGNORECASE)
    assert not re.search(r"\b(might|maybe|perhaps|unsure|not sure|at this time)\b", body, re.IGNORECASE)
    assert "!" not in body
    assert not re.search(r"\b[A-Z]{2,}\b", body), "no shouting"
    if template["kind"] == TemplateKind.DECLINE:
        assert re.search(r"\b(?:decline|declining)\b|not (?:to |be )?accept", body)
        assert "{{ door_open_sentence }}" in body
        if template["reason"] != Reason.UNSAID:
            assert "{{ reason_sentence }}" in body


@pytest.mark.parametrize("samples", [SAMPLES, SHORT_SAMPLES], ids=["long", "short"])
@pytest.mark.parametrize("template", EMAILS, ids=lambda t: t["slug"])
def test_every_email_is_50_to_200_words_once_filled_in(template, samples):
    assert 50 <= word_count(fill(template["body"], template, samples)) <= 200


def test_the_linkedin_note_fits_linkedins_limit_once_filled_in():
    (note,) = [t for t in STARTER if t["kind"] == TemplateKind.LINKEDIN_NOTE]
    assert len(fill(note["body"], note).strip()) <= 300


@pytest.mark.parametrize(
    "template", [t for t in STARTER if t["kind"] != TemplateKind.LINKEDIN_NOTE], ids=lambda t: t["slug"]
)
def test_every_subject_names_the_role_or_company(template):
    """Every email's subject: a LinkedIn note has none."""
    subject = fill(template["subject"], template)
    assert SAMPLES["role"] in subject or SAMPLES["company"] in subject
