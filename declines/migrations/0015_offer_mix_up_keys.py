"""An index of the words and sums each offer could be named by in a draft
(`declines/review/mix_up_keys.py`): the mix-up check reads the few offers a
draft could name from it instead of every other offer of the user.

PostgreSQL only (a GIN index over an expression); SQLite compares the same
keys in Python.
"""

from django.db import migrations

# The expression of `declines.review.mix_up_keys.SQL_KEYS` when this index was made
# (tests/test_review.py holds the two equal).
SQL_KEYS = (
    "string_to_array(owner_id::text || ':' || regexp_replace(lower(company || ' ' || contact_name), "
    "'\\W+', ' ' || owner_id::text || ':', 'g'), ' ') || "
    "string_to_array(owner_id::text || '#' || regexp_replace(regexp_replace(salary_note, "
    "'[,.][0-9]{3}', '', 'g'), '[^0-9]+', ' ' || owner_id::text || '#', 'g'), ' ')"
)

NAME = "offer_mix_up_keys_idx"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {NAME} ON declines_offer USING gin (({SQL_KEYS})) WHERE deleted_at IS NULL"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("declines", "0014_coaching")]

    operations = [migrations.RunPython(create, drop)]
