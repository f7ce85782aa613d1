"""Load the starter library — the built-in email templates in declines/starter/*.md.

Each file is a header of `key: value` lines, a line that is exactly `---`, and the
Markdown body. Built-ins are keyed by slug, so running this again (on every deploy,
from `make run`) only touches what changed: new files are created, edited files
update their row and keep a revision, and a built-in whose file is gone is retired.
User-owned templates are never read or written here.
"""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from declines.mergetags import validate
from declines.models import EmailTemplate
from declines.services.templates import template_revision_add

STARTER_DIR = Path(__file__).resolve().parents[2] / "starter"
HEADER_KEYS = ("slug", "name", "kind", "tone", "reason", "medium", "subject")


def parse_file(path: Path) -> dict[str, str]:
    """The template in one starter file, validated; CommandError names the file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if "---" not in lines:
        raise CommandError(f"{path.name}: no '---' line between the header and the body.")
    split = lines.index("---")
    fields = {}
    for line in lines[:split]:
        key, colon, value = line.partition(":")
        key = key.strip()
        if not colon or key not in HEADER_KEYS:
            raise CommandError(f"{path.name}: unexpected header line {line!r}.")
        fields[key] = value.strip()
    missing = [key for key in HEADER_KEYS if key not in fields]
    if missing:
        raise CommandError(f"{path.name}: missing header key(s): {', '.join(missing)}.")
    if fields["slug"] != path.stem:
        raise CommandError(f"{path.name}: slug {fields['slug']!r} does not match the file name.")
    fields["body"] = "\n".join(lines[split + 1 :]).strip() + "\n"
    if not fields["body"].strip():
        raise CommandError(f"{path.name}: the body is empty.")

    # The model's own field validation covers choices (kind, tone, reason, medium),
    # lengths and the slug format.
    try:
        EmailTemplate(owner=None, **fields).full_clean(validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        problems = "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in error.message_dict.items())
        raise CommandError(f"{path.name}: {problems}") from error
    problems = [f"{part}: {e}" for part in ("subject", "body") for e in validate(fields[part])]
    if problems:
        raise CommandError(f"{path.name}: {'; '.join(problems)}")
    return fields


class Command(BaseCommand):
    help = "Create or update the built-in email templates from the starter library."

    def add_arguments(self, parser):
        parser.add_argument("--path", type=Path, default=STARTER_DIR, help="Folder of starter .md files.")

    @transaction.atomic
    def handle(self, *args, path: Path, **options):
        files = sorted(path.glob("*.md"))
        if not files:
            # Loading nothing would retire every built-in; that is never what was meant.
            raise CommandError(f"No starter templates found in {path}.")
        starter = {}
        for file in files:
            fields = parse_file(file)
            starter[fields.pop("slug")] = fields
        names = [fields["name"] for fields in starter.values()]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise CommandError(f"Starter template names must be unique: {', '.join(duplicates)}.")

        created = updated = unchanged = retired = 0
        existing = {t.slug: t for t in EmailTemplate.objects.select_for_update().filter(owner__isnull=True)}
        for slug, fields in starter.items():
            template = existing.get(slug)
            if template is None:
                template = EmailTemplate.objects.create(owner=None, slug=slug, **fields)
                template_revision_add(template=template, note="Added by the starter library.")
                created += 1
                continue
            changed = any(getattr(template, key) != value for key, value in fields.items())
            if not changed and template.deleted_at is None:
                unchanged += 1
                continue
            if changed:
                for key, value in fields.items():
                    setattr(template, key, value)
                template.version += 1
            template.deleted_at = None
            template.save()
            if changed:
                template_revision_add(template=template, note="Updated by the starter library.")
            updated += 1

        for slug, template in existing.items():
            if slug not in starter and template.deleted_at is None:
                template.deleted_at = timezone.now()
                template.save(update_fields=["deleted_at", "updated_at"])
                retired += 1

        self.stdout.write(
            f"Starter library: {created} created, {updated} updated, {unchanged} unchanged, {retired} retired."
        )
