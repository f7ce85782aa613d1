"""Each offer's mix-up keys stored in a column PostgreSQL computes
(`declines/review/mix_up_keys.py`), indexed in place of the expression of 0015.

Looked up key by key in the expression's index, a user with many offers was
quick; a user with a handful, for whom PostgreSQL rightly reads their offers
rather than the index, had the expression, with its regular expressions,
worked out again for every word of the draft and every offer: 2.6 ms for a
draft of seventy words and nine other offers, on every live preview. Stored,
each offer's keys are worked out once, when it is written.

Running it rewrites the offers table under an exclusive lock, then builds the
index (seconds for a hundred thousand offers): run it, as every migration, before
the new code serves, which reads the column. PostgreSQL only; SQLite compares
the same keys in Python.

A generated column ties the columns it is made from. A later migration that
changes the type of `owner_id`, `company`, `contact_name` or `salary_note`
(a CharField's `max_length` is its type) must drop `mix_up_keys` first and add
it again after; one that removes one of them drops it with it (Django drops
columns with CASCADE). The keys follow the database's locale (`lower()`, `\\W`):
after a change of collation, rewrite them (`UPDATE declines_offer SET company =
company`), where an expression index needed a REINDEX.
"""

import importlib

from django.db import migrations

# The expression 0015 indexed, now stored (tests/test_mix_up_keys.py holds it equal to
# `declines.review.mix_up_keys.SQL_KEYS`).
SQL_KEYS = importlib.import_module("declines.migrations.0015_offer_mix_up_keys").SQL_KEYS

NAME = "offer_mix_up_keys_idx"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")
        schema_editor.execute(
            f"ALTER TABLE declines_offer ADD COLUMN mix_up_keys text[] GENERATED ALWAYS AS ({SQL_KEYS}) STORED"
        )
        schema_editor.execute(f"CREATE INDEX {NAME} ON declines_offer USING gin (mix_up_keys) WHERE deleted_at IS NULL")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")
        schema_editor.execute("ALTER TABLE declines_offer DROP COLUMN IF EXISTS mix_up_keys")
        schema_editor.execute(
            f"CREATE INDEX {NAME} ON declines_offer USING gin (({SQL_KEYS})) WHERE deleted_at IS NULL"
        )


class Migration(migrations.Migration):
    dependencies = [("declines", "0024_templaterevision_kind_valid")]

    operations = [migrations.RunPython(forwards, backwards)]
