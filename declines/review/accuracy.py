"""How far each rule of the checklist can be trusted (§7).

The measure is the outside corpus in `corpus/` beside this module (see its
README): 336 messages written and labelled by people who never saw the rules, split into
`dev` (for tuning the rules) and `heldout` (never read while tuning; the
figure that counts). For each rule and corpus:

- cases — messages the readers labelled on that rule;
- agreement — the share where the checklist says what the readers said;
- false-warning rate — of the messages the readers passed, the share the
  checklist warns on;
- missed-problem rate — of the messages the readers warned on, the share the
  checklist passes.

`manage.py review_accuracy` prints these; the tests run the same functions,
so a page showing them can never state a figure the code does not reach. The
corpus ships inside the app, not with the tests, because the page "How the
checklist is checked" computes its figures from it.
The further tuning sets (`extra.json`, `extra2.json`, `extra4.json` and on: every one but `extra3` and
`extra38`, more writers) are measured the same way, and so are `extra3`, four more writers whose messages were
never tuned on, and `extra38`, written after the tone rule learnt its weights and kept as their measure.
Per-message disagreements are listed for the tuning sets only: the held-out messages, `extra3` and `extra38`
are not to be read.
"""

import datetime as dt
import functools
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from django.utils import timezone

from declines.models import TemplateKind
from declines.review.engine import PASS, RULES, WARNING, OtherOffer, ReviewContext, review

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
DEV = "dev"
HELDOUT = "heldout"
EXTRA = "extra"
EXTRA2 = "extra2"
EXTRA3 = "extra3"
# The eight first personas written once more after the professional tone learnt its weights, as their measure:
# like extra3, never tuned on and never read.
EXTRA38 = "extra38"
NEVER_TUNED = (EXTRA3, EXTRA38)
# The further sets the rules were tuned on, by more writers (see corpus/README.md): every extraN.json shipped but
# extra3, in order, so a set joins the measure by being assembled, with no list to keep up to date.
_SET_FILE = re.compile(r"extra(\d*)")
FURTHER = tuple(
    name
    for name in sorted(
        (path.stem for path in CORPUS_DIR.glob("extra*.json") if _SET_FILE.fullmatch(path.stem)),
        key=lambda name: int(_SET_FILE.fullmatch(name)[1] or 1),
    )
    if name not in NEVER_TUNED
)
# The two halves of the corpus, and the sets the rules were tuned on; `extra3` and `extra38`, from
# writers the rules were never tuned on, are in neither.
HALVES = (DEV, HELDOUT)
TUNING = (DEV, *FURTHER)
CORPORA = (DEV, HELDOUT, EXTRA, EXTRA2, EXTRA3, *FURTHER[2:], EXTRA38)


@dataclass(frozen=True)
class RuleFigures:
    rule: str
    cases: int
    agreed: int
    labelled_pass: int
    labelled_warning: int
    false_warnings: int
    missed: int

    @property
    def agreement(self) -> float:
        return self.agreed / self.cases if self.cases else 1.0

    @property
    def false_warning_rate(self) -> float:
        return self.false_warnings / self.labelled_pass if self.labelled_pass else 0.0

    @property
    def missed_rate(self) -> float:
        return self.missed / self.labelled_warning if self.labelled_warning else 0.0

    def as_dict(self) -> dict:
        return {
            **asdict(self),
            "agreement": round(self.agreement, 4),
            "false_warning_rate": round(self.false_warning_rate, 4),
            "missed_rate": round(self.missed_rate, 4),
        }


@dataclass(frozen=True)
class Disagreement:
    id: str
    rule: str
    expected: str
    got: str
    message: str
    why: str
    quote: str


def load(corpus: str) -> list[dict]:
    if corpus not in CORPORA:
        raise ValueError(f"Unknown corpus {corpus!r}: one of {', '.join(CORPORA)}.")
    return json.loads((CORPUS_DIR / f"{corpus}.json").read_text(encoding="utf-8"))


def context_for(message: dict, *, today: dt.date) -> ReviewContext:
    """The review context a message was written in, with its deadline counted from `today`."""
    c = message["context"]
    days = c.get("days_to_deadline")
    return ReviewContext(
        kind=message["kind"],
        reason=c.get("reason", ""),
        reason_detail=c.get("reason_detail", ""),
        contact_name=c.get("contact_name", ""),
        role=c.get("role", ""),
        company=c.get("company", ""),
        respond_by=None if days is None else today + dt.timedelta(days=days),
        today=today,
        people_to_thank=tuple(c.get("people_to_thank", ())),
        salary=c.get("salary", ""),
        other_offers=tuple(
            OtherOffer(o.get("company", ""), o.get("contact_name", ""), o.get("salary", ""))
            for o in c.get("other_offers", ())
        ),
    )


def _compare(messages: list[dict], today: dt.date):
    """Yield (message, rule key, label, result or None) for every label in `messages`."""
    for message in messages:
        results = review(subject=message["subject"], text=message["body"], context=context_for(message, today=today))
        by_key = {result.key: result for result in results}
        for key, label in message["labels"].items():
            yield message, key, label, by_key.get(key)


def measure(corpus: str, *, today: dt.date | None = None) -> list[RuleFigures]:
    """Per rule, how the checklist agrees with the readers on `corpus`."""
    today = today or timezone.localdate()
    tally = {rule.key: [0, 0, 0, 0, 0, 0] for rule in RULES}  # cases, agreed, pass, warning, false, missed
    for _message, key, label, result in _compare(load(corpus), today):
        counts = tally[key]
        got = WARNING if result is not None and not result.passed else PASS
        counts[0] += 1
        counts[1] += got == label["status"]
        if label["status"] == PASS:
            counts[2] += 1
            counts[4] += got == WARNING
        else:
            counts[3] += 1
            counts[5] += got == PASS
    return [RuleFigures(key, *counts) for key, counts in tally.items()]


def disagreements(corpus: str = DEV, *, today: dt.date | None = None) -> list[Disagreement]:
    """Every message of a tuning corpus where a rule and the readers disagree (never the held-out)."""
    if corpus not in TUNING:
        raise ValueError(f"Disagreements are listed only for the tuning sets ({', '.join(TUNING)}), not {corpus!r}.")
    today = today or timezone.localdate()
    found = []
    for message, key, label, result in _compare(load(corpus), today):
        got = WARNING if result is not None and not result.passed else PASS
        if got != label["status"]:
            found.append(
                Disagreement(
                    id=message["id"],
                    rule=key,
                    expected=label["status"],
                    got=got,
                    message=result.message if result else "(rule did not apply)",
                    why=label["why"],
                    quote=result.quote if result else "",
                )
            )
    return found


def table(figures: list[RuleFigures]) -> str:
    """The figures as a plain-text table."""
    lines = [f"{'rule':22} {'cases':>5} {'agreement':>9} {'false warnings':>14} {'missed problems':>15}"]
    for f in figures:
        false_warnings = f"{f.false_warning_rate:8.1%} ({f.false_warnings:2}/{f.labelled_pass:3})"
        missed = f"{f.missed_rate:8.1%} ({f.missed:2}/{f.labelled_warning:3})"
        lines.append(f"{f.rule:22} {f.cases:5} {f.agreement:9.1%} {false_warnings} {missed}")
    return "\n".join(lines)


@dataclass(frozen=True)
class Published:
    """What the page "How the checklist is checked" shows: each rule's figures
    on the held-out messages, and what the corpus is made of."""

    figures: tuple[RuleFigures, ...]
    messages: int
    held_out: int
    writers: int
    kinds: tuple[str, ...]


@functools.cache
def published() -> Published:
    """The figures the page shows, computed once per process.

    They are a pure function of the corpus and the rules, both shipped with
    the app (the deadlines are counted from whatever day it is, so the day
    changes nothing); computing them takes tenths of a second, too much
    for every request.
    """
    dev, held_out = load(DEV), load(HELDOUT)
    everything = dev + held_out
    kinds = {message["kind"] for message in everything}
    return Published(
        figures=tuple(measure(HELDOUT)),
        messages=len(everything),
        held_out=len(held_out),
        writers=len({message["writer"] for message in everything}),
        kinds=tuple(label for value, label in TemplateKind.choices if value in kinds),
    )
