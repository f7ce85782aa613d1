"""Compose every starter template for three offers, as the recipient would
read them, into emails.md, for an outside reading of the library
(docs/writing-review.md). Which template and offer each id is (key.json) and
each message's length (counts.txt) go to a folder beside it, FOLDER-key, so
that the readers, who are given FOLDER, never see them.

Usage: .venv/bin/python docs/writing-review/compose.py [output folder] [offers.json]
The output folder defaults to a new folder under /tmp. A throwaway SQLite
database under /tmp is used; nothing in the checkout is written.

With offers.json ({"A": [...], "B": [...], "C": [...]}, one offer for each
template, in the library's order), each message goes to a different offer of
its kind, as each real recipient reads only their own: the company, role,
contact, people and what stood out come from the file, the reason, tone,
medium and open door from the setup below. Without it, every template is
composed for the same three offers. With {"A": {field: value, ...}, ...}
instead, the three offers are the setups below with those fields changed
(the fifty-eighth reading's notes, `round-58/notes/offers.json`).
"""

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="writing-review-"))
OUT.mkdir(parents=True, exist_ok=True)
VARIED = json.loads(Path(sys.argv[2]).read_text()) if len(sys.argv) > 2 else None
sys.path.insert(0, str(REPO))
_db = Path(tempfile.mkdtemp(prefix="reading-")) / "reading.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{_db}"
os.environ["DJANGO_SETTINGS_MODULE"] = "tests.settings"
os.environ.pop("REDIS_URL", None)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from declines.composer import compose  # noqa: E402
from declines.models import DoorOpen, EmailTemplate, Medium, Offer, Reason, TemplateKind, Tone  # noqa: E402
from declines.review.text import Email  # noqa: E402

call_command("migrate", verbosity=0)
call_command("load_starter_library", verbosity=0)

from django.contrib.auth import get_user_model  # noqa: E402

TODAY = dt.date(2026, 12, 3)
user = get_user_model().objects.create_user("jordan", "jordan@example.com", "x-not-used-123")
user.profile.full_name = "Jordan Ellis"
user.profile.save()

SETUPS = {
    "A": {
        "company": "Halden Robotics",
        "role": "Senior Firmware Engineer",
        "contact_name": "Priya Raman",
        "contact_honorific": "Ms",
        "contact_title": "Hiring Manager",
        "reason": Reason.ANOTHER_OFFER,
        "tone": Tone.WARM,
        "medium": Medium.EMAIL,
        "door_open": [DoorOpen.FUTURE_ROLES, DoorOpen.LINKEDIN],
        "people_to_thank": "Marcus Chen (firmware team)\nLena Okafor",
        "what_stood_out": "the bench demo of the motor-control rig",
    },
    "B": {
        "company": "Ashworth & Lyle LLP",
        "role": "Compliance Associate",
        "contact_name": "",
        "contact_honorific": "",
        "contact_title": "",
        "reason": Reason.COMPENSATION,
        "tone": Tone.FORMAL,
        "medium": Medium.EMAIL,
        "door_open": [DoorOpen.FUTURE_ROLES, DoorOpen.REFER],
        "people_to_thank": "Daniel Osei (compliance team)\nRuth Adler",
        "what_stood_out": "the case study on the sanctions-screening review",
    },
    "C": {
        "company": "Riverside Literacy Trust",
        "role": "Programme Coordinator",
        "contact_name": "Tom Gibbons",
        "contact_honorific": "",
        "contact_title": "Head of Programmes",
        "reason": Reason.PERSONAL,
        "tone": Tone.BRIEF,
        "medium": Medium.EMAIL,
        "door_open": [DoorOpen.FUTURE_ROLES, DoorOpen.EVENTS],
        "people_to_thank": "Sofia Mendes",
        "what_stood_out": "the Saturday morning I spent at the reading club",
    },
}


OWN_FIELDS = (
    "company",
    "role",
    "contact_name",
    "contact_honorific",
    "contact_title",
    "people_to_thank",
    "what_stood_out",
)


if VARIED and all(isinstance(changes, dict) for changes in VARIED.values()):
    for setup, changes in VARIED.items():
        SETUPS[setup].update(changes)
    VARIED = None


def offer_for(setup: str, template, n: int) -> Offer:
    fields = dict(SETUPS[setup])
    if VARIED:
        varied = VARIED[setup][n]
        fields.update({name: varied[name] for name in OWN_FIELDS})
    if template.kind == TemplateKind.DECLINE:
        # A decline is composed with its own reason, tone and medium.
        fields["reason"] = template.reason or fields["reason"]
        fields["tone"] = template.tone or fields["tone"]
        fields["medium"] = template.medium or fields["medium"]
    return Offer.objects.create(
        owner=user,
        received_on=TODAY - dt.timedelta(days=7),
        respond_by=TODAY + dt.timedelta(days=4),
        contact_email="",
        reason_detail="",
        called_on=TODAY if fields["medium"] == Medium.PHONE_THEN_WRITTEN else None,
        **fields,
    )


EMAIL_KINDS = {TemplateKind.DECLINE, TemplateKind.THANK_YOU, TemplateKind.CHECK_IN, TemplateKind.ANSWER}
templates = list(EmailTemplate.objects.builtin().order_by("slug"))
lines, key, counts = ["# Emails", ""], {}, {}
n = 0
for setup in SETUPS:
    for index, template in enumerate(templates):
        n += 1
        ident = f"E{n:03d}"
        offer = offer_for(setup, template, index)
        email = compose(template, offer=offer, user=user, today=TODAY)
        key[ident] = {"template": template.slug, "setup": setup, "company": offer.company}
        counts.setdefault(template.slug, {})[setup] = (
            len(email.text) if template.kind == TemplateKind.LINKEDIN_NOTE else Email("", email.text).word_count
        )
        lines += [f"## {ident}", ""]
        if template.kind in EMAIL_KINDS:
            lines.append(f"Subject: {email.subject}")
        if offer.contact_name:
            lines.append(f"To: {offer.contact_name}")
        lines += ["", email.text.strip(), "", ""]
(OUT / "emails.md").write_text("\n".join(lines).rstrip() + "\n")
KEY = OUT.with_name(f"{OUT.name}-key")
KEY.mkdir(exist_ok=True)
(KEY / "key.json").write_text(json.dumps(key, indent=2) + "\n")
(KEY / "counts.txt").write_text(
    "".join(f"{slug:36} " + " ".join(f"{k}={v:3}" for k, v in c.items()) + "\n" for slug, c in counts.items())
)
print(f"{n} emails -> {OUT / 'emails.md'}")
