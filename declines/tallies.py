"""The running counts behind the figures of §9, kept by the database itself.

The figures count a user's whole history (every offer declined, every
follow-up done), and counting thousands of rows on each view of the dashboard
would make it slower the longer someone uses Declines. Instead, triggers on
offers and follow-ups add each row's share to its owner's tallies
(`models.Tally`) as the row is written, changed or removed: in the same
transaction, whatever wrote it (a view, the admin, `update()`,
`bulk_create()`, a shell). No Python code has to remember to.

A row's share:

- an offer that is not deleted: one to "offers:<status>"; if declined, one to
  "answer_days:<days from received to decided>", and to
  "declined_with_deadline" and "declined_in_time" when they hold; and the
  counts of its follow-ups, so that deleting, restoring or moving an offer
  takes them along;
- a follow-up of an offer that is not deleted: one to "follow_ups", and one
  to "follow_ups_done" once it is done.

A change takes the old row's share off and adds the new row's. Decision days
are counted in the site's time zone as `migrate` found it: `rebuild()`, which
installs the triggers and counts every tally afresh (`recount()`), runs after
every `migrate` (SQLite also drops a table's triggers whenever a migration
rebuilds the table). A migration that renames a column read here must be
followed by a `migrate`, as every deployment runs anyway.

The same triggers keep `FollowUp.owner` the owner of the follow-up's offer:
the database refuses a follow-up with any other owner, and moves an offer's
follow-ups along when the offer changes hands.
"""

from collections import Counter

from django.db import connections, transaction
from django.db.models import Count, F, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from declines.models import FollowUp, Offer, OfferStatus, Tally

OFFER = Offer._meta.db_table
FOLLOW_UP = FollowUp._meta.db_table
TALLY = Tally._meta.db_table
DECLINED = OfferStatus.DECLINED.value

# The columns a share is computed from: an UPDATE that changes none of them changes no tally.
OFFER_COLUMNS = ["owner_id", "status", "deleted_at", "received_on", "respond_by", "decided_at"]
FOLLOW_UP_COLUMNS = ["offer_id", "done_at"]

# The functions this module installs on PostgreSQL; its triggers are all named declines_*.
FUNCTIONS = [
    "declines_offer_tally",
    "declines_offer_moves_follow_ups",
    "declines_followup_tally",
    "declines_followup_owner",
]
OWNER_MISMATCH = "A follow-up belongs to the owner of its offer."


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _local_day(connection, column: str) -> str:
    """SQL for the day of a timestamp column in the current time zone, as the ORM's TruncDate writes it."""
    sql, params = connection.ops.datetime_cast_date_sql(column, (), timezone.get_current_timezone_name())
    return sql % tuple("NULL" if p is None else _literal(p) for p in params)


def _days(connection, later: str, earlier: str) -> str:
    if connection.vendor == "postgresql":
        return f"({later} - {earlier})"
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


def _offer_share(connection, row: str) -> str:
    """(owner_id, name, n) rows: what the offer `row` (NEW or OLD) adds to its owner's tallies."""
    day = _local_day(connection, f"{row}.decided_at")
    declined = f"{row}.status = {_literal(DECLINED)}"
    return f"""
        SELECT {row}.owner_id AS owner_id, 'offers:' || {row}.status AS name, 1 AS n
        UNION ALL SELECT {row}.owner_id, 'declined_with_deadline', 1
            WHERE {declined} AND {row}.respond_by IS NOT NULL
        UNION ALL SELECT {row}.owner_id, 'declined_in_time', 1
            WHERE {declined} AND {day} <= {row}.respond_by
        UNION ALL SELECT {row}.owner_id, 'answer_days:' || {_days(connection, day, f"{row}.received_on")}, 1
            WHERE {declined}
        UNION ALL SELECT {row}.owner_id, 'follow_ups', COUNT(*) FROM {FOLLOW_UP}
            WHERE offer_id = {row}.id HAVING COUNT(*) > 0
        UNION ALL SELECT {row}.owner_id, 'follow_ups_done', COUNT(*) FROM {FOLLOW_UP}
            WHERE offer_id = {row}.id AND done_at IS NOT NULL HAVING COUNT(*) > 0"""


def _follow_up_share(row: str) -> str:
    """(owner_id, name, n) rows: what the follow-up `row` adds to its offer's owner's tallies."""
    return f"""
        SELECT owner_id, 'follow_ups' AS name, 1 AS n FROM {OFFER}
            WHERE id = {row}.offer_id AND deleted_at IS NULL
        UNION ALL SELECT owner_id, 'follow_ups_done', 1 FROM {OFFER}
            WHERE id = {row}.offer_id AND deleted_at IS NULL AND {row}.done_at IS NOT NULL"""


def _add(share: str, visible: str = "TRUE") -> str:
    # SQLite needs a WHERE before ON CONFLICT when the rows come from a SELECT.
    return f"""
        INSERT INTO {TALLY} (owner_id, name, count)
        SELECT owner_id, name, n FROM ({share}) AS share WHERE {visible}
        ON CONFLICT (owner_id, name) DO UPDATE SET count = {TALLY}.count + excluded.count"""


def _take_off(share: str, visible: str = "TRUE") -> str:
    # An UPDATE, never an insert: a user being deleted may have lost their tallies already.
    return f"""
        UPDATE {TALLY} SET count = {TALLY}.count - share.n FROM ({share}) AS share
        WHERE {visible} AND {TALLY}.owner_id = share.owner_id AND {TALLY}.name = share.name"""


def _changed(columns: list[str], distinct: str) -> str:
    return " OR ".join(f"OLD.{column} {distinct} NEW.{column}" for column in columns)


def _owner_of_offer(row: str) -> str:
    return f"(SELECT owner_id FROM {OFFER} WHERE id = {row}.offer_id)"


def _postgresql(connection) -> list[str]:
    changed = "OR (OLD.done_at IS NULL) <> (NEW.done_at IS NULL)"
    return [
        f"""CREATE OR REPLACE FUNCTION declines_offer_tally() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN {_take_off(_offer_share(connection, "OLD"), "OLD.deleted_at IS NULL")}; END IF;
            IF TG_OP <> 'DELETE' THEN {_add(_offer_share(connection, "NEW"), "NEW.deleted_at IS NULL")}; END IF;
            RETURN NULL;
        END $$""",
        f"""CREATE TRIGGER declines_offer_tally_write AFTER INSERT OR DELETE ON {OFFER}
            FOR EACH ROW EXECUTE FUNCTION declines_offer_tally()""",
        f"""CREATE TRIGGER declines_offer_tally_change AFTER UPDATE ON {OFFER}
            FOR EACH ROW WHEN ({_changed(OFFER_COLUMNS, "IS DISTINCT FROM")})
            EXECUTE FUNCTION declines_offer_tally()""",
        f"""CREATE OR REPLACE FUNCTION declines_offer_moves_follow_ups() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE {FOLLOW_UP} SET owner_id = NEW.owner_id WHERE offer_id = NEW.id;
            RETURN NULL;
        END $$""",
        f"""CREATE TRIGGER declines_offer_moves_follow_ups AFTER UPDATE OF owner_id ON {OFFER}
            FOR EACH ROW WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id)
            EXECUTE FUNCTION declines_offer_moves_follow_ups()""",
        f"""CREATE OR REPLACE FUNCTION declines_followup_tally() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN {_take_off(_follow_up_share("OLD"))}; END IF;
            IF TG_OP <> 'DELETE' THEN {_add(_follow_up_share("NEW"))}; END IF;
            RETURN NULL;
        END $$""",
        f"""CREATE TRIGGER declines_followup_tally_write AFTER INSERT OR DELETE ON {FOLLOW_UP}
            FOR EACH ROW EXECUTE FUNCTION declines_followup_tally()""",
        f"""CREATE TRIGGER declines_followup_tally_change AFTER UPDATE ON {FOLLOW_UP}
            FOR EACH ROW WHEN ({_changed(["offer_id"], "IS DISTINCT FROM")} {changed})
            EXECUTE FUNCTION declines_followup_tally()""",
        f"""CREATE OR REPLACE FUNCTION declines_followup_owner() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.owner_id IS DISTINCT FROM {_owner_of_offer("NEW")} THEN
                RAISE EXCEPTION {_literal(OWNER_MISMATCH)} USING ERRCODE = 'check_violation';
            END IF;
            RETURN NEW;
        END $$""",
        f"""CREATE TRIGGER declines_followup_owner BEFORE INSERT OR UPDATE OF owner_id, offer_id ON {FOLLOW_UP}
            FOR EACH ROW EXECUTE FUNCTION declines_followup_owner()""",
    ]


def _sqlite(connection) -> list[str]:
    offer_old, offer_new = _offer_share(connection, "OLD"), _offer_share(connection, "NEW")
    refuse = f"SELECT RAISE(ABORT, {_literal(OWNER_MISMATCH)}) WHERE NEW.owner_id IS NOT {_owner_of_offer('NEW')}"
    changed = "OR (OLD.done_at IS NULL) <> (NEW.done_at IS NULL)"
    return [
        f"""CREATE TRIGGER declines_offer_tally_insert AFTER INSERT ON {OFFER} FOR EACH ROW
        BEGIN {_add(offer_new, "NEW.deleted_at IS NULL")}; END""",
        f"""CREATE TRIGGER declines_offer_tally_delete AFTER DELETE ON {OFFER} FOR EACH ROW
        BEGIN {_take_off(offer_old, "OLD.deleted_at IS NULL")}; END""",
        f"""CREATE TRIGGER declines_offer_tally_update AFTER UPDATE ON {OFFER} FOR EACH ROW
        WHEN {_changed(OFFER_COLUMNS, "IS NOT")}
        BEGIN
            {_take_off(offer_old, "OLD.deleted_at IS NULL")};
            {_add(offer_new, "NEW.deleted_at IS NULL")};
        END""",
        f"""CREATE TRIGGER declines_offer_moves_follow_ups AFTER UPDATE OF owner_id ON {OFFER} FOR EACH ROW
        WHEN OLD.owner_id IS NOT NEW.owner_id
        BEGIN UPDATE {FOLLOW_UP} SET owner_id = NEW.owner_id WHERE offer_id = NEW.id; END""",
        f"""CREATE TRIGGER declines_followup_tally_insert AFTER INSERT ON {FOLLOW_UP} FOR EACH ROW
        BEGIN {_add(_follow_up_share("NEW"))}; END""",
        f"""CREATE TRIGGER declines_followup_tally_delete AFTER DELETE ON {FOLLOW_UP} FOR EACH ROW
        BEGIN {_take_off(_follow_up_share("OLD"))}; END""",
        f"""CREATE TRIGGER declines_followup_tally_update AFTER UPDATE ON {FOLLOW_UP} FOR EACH ROW
        WHEN {_changed(["offer_id"], "IS NOT")} {changed}
        BEGIN
            {_take_off(_follow_up_share("OLD"))};
            {_add(_follow_up_share("NEW"))};
        END""",
        f"""CREATE TRIGGER declines_followup_owner_insert BEFORE INSERT ON {FOLLOW_UP} FOR EACH ROW
        BEGIN {refuse}; END""",
        f"""CREATE TRIGGER declines_followup_owner_update BEFORE UPDATE OF owner_id, offer_id ON {FOLLOW_UP}
        FOR EACH ROW BEGIN {refuse}; END""",
    ]


def uninstall(connection) -> None:
    """Drop every declines_* trigger on offers and follow-ups, and the functions behind them."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT tgname, tgrelid::regclass::text FROM pg_trigger "
                "WHERE tgrelid IN (%s::regclass, %s::regclass) AND NOT tgisinternal AND tgname LIKE 'declines\\_%%'",
                [OFFER, FOLLOW_UP],
            )
            for name, table in cursor.fetchall():
                cursor.execute(f"DROP TRIGGER {name} ON {table}")
            for name in FUNCTIONS:
                cursor.execute(f"DROP FUNCTION IF EXISTS {name}()")
        else:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (%s, %s) "
                "AND name LIKE 'declines\\_%%' ESCAPE '\\'",
                [OFFER, FOLLOW_UP],
            )
            for (name,) in cursor.fetchall():
                cursor.execute(f"DROP TRIGGER {name}")


def install(connection) -> None:
    """(Re)create the triggers, counting days in the current time zone."""
    if connection.vendor not in ("postgresql", "sqlite"):
        raise NotImplementedError(f"No tally triggers for {connection.vendor}.")
    uninstall(connection)
    statements = _postgresql(connection) if connection.vendor == "postgresql" else _sqlite(connection)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def recount(using: str = "default") -> Counter:
    """Every non-zero tally of every user, counted from the rows: {(owner_id, name): count}.

    The reference the triggers are held to (`tests/test_tallies.py`), and what
    `rebuild` starts from.
    """
    counts = Counter()
    offers = Offer.objects.using(using).filter(deleted_at__isnull=True)
    for owner_id, status, n in offers.values_list("owner_id", "status").annotate(n=Count("pk")).order_by():
        counts[owner_id, f"offers:{status}"] += n
    declined = offers.filter(status=OfferStatus.DECLINED)
    for owner_id, with_deadline, in_time in (
        declined.values_list("owner_id")
        .annotate(
            with_deadline=Count("pk", filter=Q(respond_by__isnull=False)),
            # "Before the deadline" means on the deadline day at the latest, in the site's time zone.
            in_time=Count("pk", filter=Q(decided_at__date__lte=F("respond_by"))),
        )
        .order_by()
    ):
        counts[owner_id, "declined_with_deadline"] += with_deadline
        counts[owner_id, "declined_in_time"] += in_time
    for owner_id, answer_time, n in (
        declined.annotate(answer_time=TruncDate("decided_at") - F("received_on"))
        .values_list("owner_id", "answer_time")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts[owner_id, f"answer_days:{answer_time.days}"] += n
    follow_ups = FollowUp.objects.using(using).filter(offer__deleted_at__isnull=True)
    for owner_id, total, done in (
        follow_ups.values_list("offer__owner_id")
        .annotate(total=Count("pk"), done=Count("pk", filter=Q(done_at__isnull=False)))
        .order_by()
    ):
        counts[owner_id, "follow_ups"] += total
        counts[owner_id, "follow_ups_done"] += done
    return +counts  # without the zeros


def rebuild(using: str = "default") -> None:
    """Install the triggers and count every tally afresh, in one transaction."""
    connection = connections[using]
    with transaction.atomic(using=using):
        install(connection)
        Tally.objects.using(using).all().delete()
        Tally.objects.using(using).bulk_create(
            (Tally(owner_id=owner_id, name=name, count=n) for (owner_id, name), n in recount(using).items()),
            batch_size=2000,
        )


def rebuild_after_migrate(sender, *, using: str, plan=None, **kwargs) -> None:
    """post_migrate: after every `migrate` (and every test database flush), unless migrated back past the tallies."""
    connection = connections[using]
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
    if TALLY in tables:
        rebuild(using)
