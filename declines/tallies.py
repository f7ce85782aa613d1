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

# The columns a row's share is computed from (besides its id).
OFFER_COLUMNS = ["owner_id", "status", "deleted_at", "received_on", "respond_by", "decided_at"]
FOLLOW_UP_COLUMNS = ["offer_id", "done_at"]


def _offer_changed(old: str, new: str, distinct: str) -> str:
    """SQL true when an offer's share may differ between `old` and `new` (an UPDATE that changes none of
    these columns, as most do, changes no tally)."""
    return " OR ".join(f"{old}.{column} {distinct} {new}.{column}" for column in OFFER_COLUMNS)


def _follow_up_changed(old: str, new: str, distinct: str) -> str:
    return f"{old}.offer_id {distinct} {new}.offer_id OR ({old}.done_at IS NULL) <> ({new}.done_at IS NULL)"


# The functions this module installs on PostgreSQL; its triggers are all named declines_*.
FUNCTIONS = [
    f"{OFFER}_tally",
    "declines_offer_moves_follow_ups",
    f"{FOLLOW_UP}_tally",
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


def _offer_share(connection, rows: str) -> str:
    """(owner_id, name, n) rows: what the offers in `rows` add to their owners' tallies."""
    day = _local_day(connection, "r.decided_at")
    visible = "r.deleted_at IS NULL"
    declined = f"{visible} AND r.status = {_literal(DECLINED)}"
    return f"""
        SELECT r.owner_id AS owner_id, 'offers:' || r.status AS name, 1 AS n FROM {rows} AS r WHERE {visible}
        UNION ALL SELECT r.owner_id, 'declined_with_deadline', 1 FROM {rows} AS r
            WHERE {declined} AND r.respond_by IS NOT NULL
        UNION ALL SELECT r.owner_id, 'declined_in_time', 1 FROM {rows} AS r
            WHERE {declined} AND {day} <= r.respond_by
        UNION ALL SELECT r.owner_id, 'answer_days:' || {_days(connection, day, "r.received_on")}, 1 FROM {rows} AS r
            WHERE {declined}
        UNION ALL SELECT r.owner_id, 'follow_ups', 1 FROM {rows} AS r JOIN {FOLLOW_UP} AS f ON f.offer_id = r.id
            WHERE {visible}
        UNION ALL SELECT r.owner_id, 'follow_ups_done', 1 FROM {rows} AS r JOIN {FOLLOW_UP} AS f ON f.offer_id = r.id
            WHERE {visible} AND f.done_at IS NOT NULL"""


def _follow_up_share(connection, rows: str) -> str:
    """(owner_id, name, n) rows: what the follow-ups in `rows` add to their offers' owners' tallies."""
    return f"""
        SELECT o.owner_id AS owner_id, 'follow_ups' AS name, 1 AS n FROM {rows} AS r JOIN {OFFER} AS o
            ON o.id = r.offer_id WHERE o.deleted_at IS NULL
        UNION ALL SELECT o.owner_id, 'follow_ups_done', 1 FROM {rows} AS r JOIN {OFFER} AS o
            ON o.id = r.offer_id WHERE o.deleted_at IS NULL AND r.done_at IS NOT NULL"""


def _apply(share, connection, *, added: str | None = None, taken: str | None = None) -> list[str]:
    """The statements that add the share of the rows in `added` and take off that of the rows in `taken`."""
    parts = []
    if added:
        parts.append(f"SELECT owner_id, name, n FROM ({share(connection, added)}) AS added")
    if taken:
        parts.append(f"SELECT owner_id, name, -n AS n FROM ({share(connection, taken)}) AS taken")
    delta = f"""SELECT owner_id, name, SUM(n) AS n FROM ({" UNION ALL ".join(parts)}) AS shares
        GROUP BY owner_id, name HAVING SUM(n) <> 0"""
    return [
        # Counts that go down are only ever updated: a user being deleted may
        # have lost their tallies already, and must not get new ones.
        f"""UPDATE {TALLY} SET count = {TALLY}.count + delta.n FROM ({delta}) AS delta
        WHERE delta.n < 0 AND {TALLY}.owner_id = delta.owner_id AND {TALLY}.name = delta.name""",
        # SQLite needs the WHERE before ON CONFLICT when the rows come from a SELECT.
        f"""INSERT INTO {TALLY} (owner_id, name, count) SELECT owner_id, name, n FROM ({delta}) AS delta
        WHERE delta.n > 0 ON CONFLICT (owner_id, name) DO UPDATE SET count = {TALLY}.count + excluded.count""",
    ]


def _owner_of_offer(row: str) -> str:
    return f"(SELECT owner_id FROM {OFFER} WHERE id = {row}.offer_id)"


def _postgresql(connection) -> list[str]:
    """Statement triggers over transition tables: one bulk insert or update is one change to each tally.

    (Row triggers adding to the same tally row thousands of times in one
    transaction would each have to walk past all its earlier versions.)
    """

    def body(share, changed) -> str:
        def statements(**rows) -> str:
            return ";\n".join(_apply(share, connection, **rows))

        return f"""
        BEGIN
            IF TG_OP = 'INSERT' THEN
                {statements(added="new_rows")};
            ELSIF TG_OP = 'DELETE' THEN
                {statements(taken="old_rows")};
            ELSIF EXISTS (
                SELECT FROM old_rows AS o JOIN new_rows AS n ON n.id = o.id
                WHERE {changed("o", "n", "IS DISTINCT FROM")}
            ) THEN
                {statements(added="new_rows", taken="old_rows")};
            END IF;
            RETURN NULL;
        END"""

    statements = []
    for table, share, changed in (
        (OFFER, _offer_share, _offer_changed),
        (FOLLOW_UP, _follow_up_share, _follow_up_changed),
    ):
        function = f"{table}_tally"
        statements += [
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ {body(share, changed)} $$",
            f"""CREATE TRIGGER {table}_tally_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows
                FOR EACH STATEMENT EXECUTE FUNCTION {function}()""",
            f"""CREATE TRIGGER {table}_tally_update AFTER UPDATE ON {table}
                REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                FOR EACH STATEMENT EXECUTE FUNCTION {function}()""",
            f"""CREATE TRIGGER {table}_tally_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows
                FOR EACH STATEMENT EXECUTE FUNCTION {function}()""",
        ]
    return statements + [
        f"""CREATE FUNCTION declines_offer_moves_follow_ups() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE {FOLLOW_UP} SET owner_id = NEW.owner_id WHERE offer_id = NEW.id;
            RETURN NULL;
        END $$""",
        f"""CREATE TRIGGER declines_offer_moves_follow_ups AFTER UPDATE OF owner_id ON {OFFER}
            FOR EACH ROW WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id)
            EXECUTE FUNCTION declines_offer_moves_follow_ups()""",
        f"""CREATE FUNCTION declines_followup_owner() RETURNS trigger LANGUAGE plpgsql AS $$
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
    """Row triggers (SQLite has no other kind), each row standing in for a table of one."""

    def one(row: str, columns: list[str]) -> str:
        return "(SELECT " + ", ".join(f"{row}.{c} AS {c}" for c in columns) + ")"

    def body(share, columns, **rows) -> str:
        rows = {side: one(row, columns) for side, row in rows.items()}
        return "BEGIN " + "; ".join(_apply(share, connection, **rows)) + "; END"

    offer, follow_up = ["id", *OFFER_COLUMNS], FOLLOW_UP_COLUMNS
    offer_changed = _offer_changed("OLD", "NEW", "IS NOT")
    follow_up_changed = _follow_up_changed("OLD", "NEW", "IS NOT")
    refuse = f"SELECT RAISE(ABORT, {_literal(OWNER_MISMATCH)}) WHERE NEW.owner_id IS NOT {_owner_of_offer('NEW')}"
    return [
        f"""CREATE TRIGGER {OFFER}_tally_insert AFTER INSERT ON {OFFER} FOR EACH ROW
        {body(_offer_share, offer, added="NEW")}""",
        f"""CREATE TRIGGER {OFFER}_tally_update AFTER UPDATE ON {OFFER} FOR EACH ROW WHEN {offer_changed}
        {body(_offer_share, offer, added="NEW", taken="OLD")}""",
        f"""CREATE TRIGGER {OFFER}_tally_delete AFTER DELETE ON {OFFER} FOR EACH ROW
        {body(_offer_share, offer, taken="OLD")}""",
        f"""CREATE TRIGGER declines_offer_moves_follow_ups AFTER UPDATE OF owner_id ON {OFFER} FOR EACH ROW
        WHEN OLD.owner_id IS NOT NEW.owner_id
        BEGIN UPDATE {FOLLOW_UP} SET owner_id = NEW.owner_id WHERE offer_id = NEW.id; END""",
        f"""CREATE TRIGGER {FOLLOW_UP}_tally_insert AFTER INSERT ON {FOLLOW_UP} FOR EACH ROW
        {body(_follow_up_share, follow_up, added="NEW")}""",
        f"""CREATE TRIGGER {FOLLOW_UP}_tally_update AFTER UPDATE ON {FOLLOW_UP} FOR EACH ROW
        WHEN {follow_up_changed}
        {body(_follow_up_share, follow_up, added="NEW", taken="OLD")}""",
        f"""CREATE TRIGGER {FOLLOW_UP}_tally_delete AFTER DELETE ON {FOLLOW_UP} FOR EACH ROW
        {body(_follow_up_share, follow_up, taken="OLD")}""",
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


TALLIES_OF = f'SELECT name, "count" FROM "{TALLY}" WHERE owner_id = %s'  # noqa: S608


def tallies_of(user) -> dict[str, int]:
    """The user's tallies by name, as the triggers keep them. The dashboard's
    figures and the follow-ups page read them on every view: written out,
    since building this one small query through the ORM cost about three
    times its round trip."""
    with connections["default"].cursor() as cursor:
        cursor.execute(TALLIES_OF, [user.pk])
        return dict(cursor.fetchall())


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
