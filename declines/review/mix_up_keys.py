"""Which of a user's other offers a text could name: the mix-up check's index.

The mix-up check (`rules/mix_up.py`) warns where a draft names another of the
user's offers: its company, its contact or a sum of its salary. Every such
name is made of words, and every such sum is written with digits, so an offer
the text could name has a *key* the text has too:

- a word of its company or contact, lowercased (`owner:word`);
- the digits of its salary note before any thousands separator, as "£68,000",
  "68k" and "$68,500" all start with 68 (`owner#68`).

PostgreSQL keeps every offer's keys in a column it computes with the
expression `SQL_KEYS` (`mix_up_keys`, migration 0025) and a GIN index over it,
so the offers a text could name are found from the text's keys without
reading the user's other offers (or, for a user with a handful, by reading
them, each with its keys already made); the check then runs, exactly as
before, over those few. `of_offer` is the same expression in Python, for
SQLite and for the tests that hold the two to each other.

The text's keys leave out the words of this offer's own company, contact and
people to thank, and its own salary: names this offer shares with another never
count (`rules/mix_up.py`), and they are the words every draft about it has.
"""

import re
from collections.abc import Iterable

from django.db import connection

from declines.review.text import amounts, straighten

# PostgreSQL's \w is [A-Za-z0-9_] in the C locale and every letter in another;
# its lower() changes only A-Z in the C locale. A text's words are taken both
# ways, so that whatever the database's locale, an offer's keys are among them.
_WORD = re.compile(r"\w+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+", re.ASCII)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_THOUSANDS = re.compile(r"[,.][0-9]{3}")
_DIGITS = re.compile(r"[0-9]+")
# "£68,000", "68k", "4.2 million", "42 LPA": the digits before the separator
# are the sum divided by one of these.
_SCALES = (1, 1_000, 100_000, 1_000_000, 1_000_000_000)
# The end of "it's", "don't", "we've": in a text, not a word that names anything. Left in, its "s"
# would find every other offer whose company is someone's ("Margie's Travel") in every draft that
# says "it's"; such an offer is still found by its other words ("margie").
_CONTRACTED = re.compile(r"(?<=\w)'(?:s|t|m|d|ll|re|ve)\b", re.IGNORECASE)

# The keys of the row of declines_offer, as PostgreSQL computes them into its
# `mix_up_keys` column (migration 0015 holds a copy, as a migration must, and 0025 stores it).
SQL_KEYS = (
    "string_to_array(owner_id::text || ':' || regexp_replace(lower(company || ' ' || contact_name), "
    "'\\W+', ' ' || owner_id::text || ':', 'g'), ' ') || "
    "string_to_array(owner_id::text || '#' || regexp_replace(regexp_replace(salary_note, "
    "'[,.][0-9]{3}', '', 'g'), '[^0-9]+', ' ' || owner_id::text || '#', 'g'), ' ')"
)


def _words(value: str) -> set[str]:
    value = straighten(value or "")
    return set(_WORD.findall(value.lower())) | set(_ASCII_WORD.findall(value.translate(_ASCII_LOWER)))


def of_offer(owner_id: int, company: str, contact_name: str, salary_note: str) -> set[str]:
    """An offer's keys, as `SQL_KEYS` makes them (for one locale or the other)."""
    names = {f"{owner_id}:{word}" for word in _words(f"{company} {contact_name}")}
    sums = {f"{owner_id}#{digits}" for digits in _DIGITS.findall(_THOUSANDS.sub("", salary_note or ""))}
    return names | sums


def in_text(offer, texts: Iterable[str]) -> frozenset[str]:
    """The keys an offer named in `texts` could have, but those of `offer` itself."""
    texts = [text or "" for text in texts]
    ours = _words(f"{offer.company} {offer.contact_name} {offer.people_to_thank}")
    words = set().union(*(_words(_CONTRACTED.sub("", straighten(text))) for text in texts)) - ours
    our_sums = set(amounts(offer.salary_note or ""))
    sums = set()
    for text in texts:
        for value in amounts(straighten(text)):
            if value not in our_sums:
                sums |= {str(value // scale) for scale in _SCALES if value >= scale}
    owner = offer.owner_id
    return frozenset({f"{owner}:{word}" for word in words} | {f"{owner}#{digits}" for digits in sums})


# The offers with one of the keys, each key looked up in the index on its own:
# given all the keys at once (`&&`), PostgreSQL reckons a long text's hundred
# words would match most rows and reads the whole table.
_CANDIDATES = """
SELECT DISTINCT o.id, o.company, o.contact_name, o.salary_note
FROM unnest(%s::text[]) AS k(key)
CROSS JOIN LATERAL (
    SELECT id, company, contact_name, salary_note FROM declines_offer
    WHERE mix_up_keys @> ARRAY[k.key] AND deleted_at IS NULL AND owner_id = %s AND id <> %s
) AS o
ORDER BY o.id
"""


def candidates(offer, keys: Iterable[str]) -> list[tuple[str, str, str]]:
    """The company, contact and salary note of the other offers of `offer`'s
    owner with one of `keys`, not deleted, in one query (PostgreSQL)."""
    with connection.cursor() as cursor:
        cursor.execute(_CANDIDATES, [sorted(keys), offer.owner_id, offer.pk])
        return [row[1:] for row in cursor.fetchall()]
