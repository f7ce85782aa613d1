"""The review checklist (§7): does a draft follow the advice of §1?

Every rule is data — a key, a label, the piece of advice it comes from, a tip,
the kinds of message it applies to and a check — kept in its own module under
`declines/review/rules/` beside the sentences it must warn on and must pass,
so the live checklist beside the editor, the review step and the tests all
read one list (`RULES`).

`review()` takes the composed *plain text* of a draft (what the recipient will
read, signature included) and returns one `Result` per applicable rule, with
status "pass" or "warning" — or "dismissed", a warning whose every finding the
user chose to dismiss for this draft: still listed, not counted (`summary()`).
Rules that do not apply to a kind are left out of the results, not marked "not
applicable": the checklist only shows what the user can act on.

A warning is made of *findings*: each quotes the sentence it is about (an
exact substring of the text or subject, so the editor can highlight it) and
has a key — the rule's key and that sentence's words — so dismissing it
leaves a different sentence of the same rule warning. A warning about
something missing ("nothing thanks them") quotes nothing; its key is the
rule's key alone.

Which rules apply to which kind (D decline, T thank_you, C check_in,
L linkedin_note, P phone_script, A answer):

    gratitude             D T C L P A   every message says thank you
    clear_decision        D . . . P .   only these carry the "no"
    reason_given          D . . . P .   only when a reason was chosen
    door_open             D T C L P .   answers vary ("why?") — not required
    effort_acknowledged   D T . . P .   where the hiring process is the subject
    professional_tone     D T C L P A
    addressed_by_name     D T C L . A   a call script has no written greeting
    no_blanks             D T C L P A   subject and body
    subject_names_offer   D T C . . A   LinkedIn notes and calls have no subject
    length                D T C L . A   emails 50–200 words, LinkedIn ≤ 300 chars;
                                        a call script has no length rule
    promptness            D . . . P .   and only while the decline is unsent
    mix_up                D T C L P A   another offer's company, contact or figure
"""

import datetime as dt
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import NamedTuple

from django.db import connection
from django.utils import timezone

from declines.models import Offer, OfferStatus, Reason
from declines.review import mix_up_keys
from declines.review.rules import (
    addressed_by_name,
    clear_decision,
    door_open,
    effort_acknowledged,
    gratitude,
    length,
    mix_up,
    no_blanks,
    professional_tone,
    promptness,
    reason_given,
    subject_names_offer,
)
from declines.review.text import MAX_FINDINGS, WORD, Email, Finding, Verdict, straighten
from declines.wording import addressed

PASS = "pass"
WARNING = "warning"
DISMISSED = "dismissed"


class OtherOffer(NamedTuple):
    """Another of the user's offers, as far as the mix-up check needs it."""

    company: str = ""
    contact_name: str = ""
    salary: str = ""


def other_offers_of(offer: Offer, *, mentioned_in: Iterable[str] | None = None) -> tuple[OtherOffer, ...]:
    """The user's other offers (not deleted), in one query.

    With `mentioned_in` (the subject and text the checklist reads), only those
    the mix-up check could find in them: the ones with a word of their company
    or contact, or a sum of their salary, that the text has and this offer
    does not. A user with thousands of past offers is then checked against the
    few the text could name, read from an index (`mix_up_keys`), rather than
    against all of them on every keystroke.
    """
    if offer.pk is None or offer.owner_id is None:
        return ()
    if mentioned_in is not None:
        keys = mix_up_keys.in_text(offer, mentioned_in)
        if not keys:
            return ()
        if connection.vendor == "postgresql":
            return tuple(OtherOffer(*row) for row in mix_up_keys.candidates(offer, keys))
        else:
            # Elsewhere (SQLite, in development) the same keys are compared here.
            found = _others(offer).values_list("owner_id", "company", "contact_name", "salary_note")
            return tuple(OtherOffer(*row[1:]) for row in found if keys & mix_up_keys.of_offer(*row))
    return tuple(OtherOffer(*row) for row in _others(offer).values_list("company", "contact_name", "salary_note"))


def _others(offer: Offer):
    """The user's other offers, not deleted, as a query built only where it is read: on PostgreSQL the checklist
    asks the index of their keys instead, and building the query cost more than that answer."""
    return Offer.objects.for_user(offer.owner_id).exclude(pk=offer.pk).order_by("pk")


@dataclass(frozen=True)
class ReviewContext:
    """What the checklist needs to know beyond the text itself."""

    kind: str
    reason: str = ""
    reason_detail: str = ""
    contact_name: str = ""
    role: str = ""
    company: str = ""
    respond_by: dt.date | None = None
    today: dt.date = field(default_factory=timezone.localdate)
    already_sent: bool = False
    people_to_thank: tuple[str, ...] = ()
    salary: str = ""
    other_offers: tuple[OtherOffer, ...] = ()
    greeting: str = ""  # the composer's own greeting for this offer and kind: what a tip suggests

    @classmethod
    def for_offer(
        cls,
        offer: Offer,
        *,
        kind: str,
        today: dt.date | None = None,
        already_sent: bool | None = None,
        other_offers: Iterable[OtherOffer] = (),
        template=None,
    ):
        """The context for a draft of `kind` about `offer` (written from `template`).

        Unless told otherwise, a declined offer counts as already answered, so
        promptness no longer applies. The mix-up check needs the user's other
        offers: pass `other_offers_of(offer)`.
        """
        if already_sent is None:
            already_sent = offer.status == OfferStatus.DECLINED
        contact_name, greeting = addressed(offer, kind, template)
        return cls(
            kind=kind,
            reason=offer.reason,
            reason_detail=offer.reason_detail,
            # Without a contact, a message that can only be to a person (a note,
            # a check-in, a call's confirmation) is written to the first person
            # the user met: it greets them by name, as the composer wrote it.
            contact_name=contact_name,
            role=offer.role,
            company=offer.company,
            respond_by=offer.respond_by,
            today=today or timezone.localdate(),
            already_sent=already_sent,
            people_to_thank=tuple(line.strip() for line in offer.people_to_thank.splitlines() if line.strip()),
            salary=offer.salary_note,
            other_offers=tuple(other_offers),
            greeting=greeting,
        )

    @property
    def reason_chosen(self) -> bool:
        return bool(self.reason) and self.reason != Reason.UNSAID


def _always(context: ReviewContext) -> bool:
    return True


@dataclass(frozen=True)
class Rule:
    key: str
    label: str
    advice: str
    tip: str
    kinds: frozenset[str]
    check: Callable[[Email, ReviewContext], Verdict]
    # A further condition on the context, beyond the kind.
    when: Callable[[ReviewContext], bool] = _always
    # Sentences the rule must warn on and must pass (see rules/__init__.py).
    must_warn: tuple = ()
    must_pass: tuple = ()

    @classmethod
    def of(cls, module: ModuleType) -> "Rule":
        return cls(
            key=module.KEY,
            label=module.LABEL,
            advice=module.ADVICE,
            tip=module.TIP,
            kinds=frozenset(module.KINDS),
            check=module.check,
            when=getattr(module, "applies", _always),
            must_warn=tuple(module.MUST_WARN),
            must_pass=tuple(module.MUST_PASS),
        )

    def applies_to(self, context: ReviewContext) -> bool:
        return context.kind in self.kinds and self.when(context)


@dataclass(frozen=True)
class Result:
    """One rule's verdict on a draft.

    For a warning, `message`, `quote`, `field`, `start`, `end` and `finding`
    describe the first finding still to look at (or, once all are dismissed,
    the first); `findings` holds them all.
    """

    rule: Rule
    status: str
    message: str
    quote: str = ""
    field: str = ""
    start: int = -1
    end: int = -1
    finding: str = ""
    findings: tuple[Finding, ...] = ()

    @property
    def passed(self) -> bool:
        return self.status == PASS

    @property
    def key(self) -> str:
        return self.rule.key


FINDING_WORDS = 12


def finding_key(rule_key: str, quote: str, what: str = "") -> str:
    """The rule's key, the first words of the quoted sentence, lowercased, and a
    checksum of all its words and of `what` was found in it (`Finding.what`).

    Stable across whitespace, case and punctuation edits. A sentence with a word
    added anywhere is a new finding (a dismissal keyed on its first words alone
    covered a remark added at its end), and so is a second slip in one sentence
    ("Tom" and "£85k" are two findings, dismissed one at a time).
    """
    words = WORD.findall(straighten(quote[:4000]).lower())
    if not words:
        return rule_key
    checksum = zlib.crc32(f"{' '.join(words)}|{what}".encode())
    return f"{rule_key}:{'-'.join(words[:FINDING_WORDS])}-{checksum:08x}"


def rule_key_of(finding: str) -> str:
    """The rule a finding key (or a bare rule key) belongs to."""
    return finding.partition(":")[0]


RULES: tuple[Rule, ...] = tuple(
    Rule.of(module)
    for module in (
        gratitude,
        clear_decision,
        reason_given,
        door_open,
        effort_acknowledged,
        professional_tone,
        addressed_by_name,
        no_blanks,
        subject_names_offer,
        length,
        promptness,
        mix_up,
    )
)
RULES_BY_KEY = {rule.key: rule for rule in RULES}


def rules_for(kind: str) -> list[Rule]:
    """The rules that can apply to a kind (promptness may still drop out once sent)."""
    return [rule for rule in RULES if kind in rule.kinds]


def is_finding_key(value: str) -> bool:
    """Whether `value` could be a finding key of one of the rules (what a dismissal form accepts)."""
    return rule_key_of(value) in RULES_BY_KEY and bool(re.fullmatch(r"[a-z_]+(?::[\w'-]{1,400})?", value))


def _result(rule: Rule, verdict: Verdict, dismissed: frozenset[str]) -> Result:
    if verdict.ok:
        return Result(rule=rule, status=PASS, message=verdict.message or rule.label)
    findings = verdict.findings or (Finding(message=verdict.message or rule.tip),)
    keyed, keys, to_look_at = [], set(), 0
    for found in findings:
        key = finding_key(rule.key, found.quote, found.what)
        if key in keys:
            continue
        keys.add(key)
        if key not in dismissed:
            # Enough to see a pattern; counted after the dismissed ones are set aside.
            if to_look_at == MAX_FINDINGS:
                continue
            to_look_at += 1
        keyed.append(replace(found, message=found.message or rule.tip, key=key, dismissed=key in dismissed))
    shown = next((f for f in keyed if not f.dismissed), None)
    status = WARNING if shown else DISMISSED
    shown = shown or keyed[0]
    return Result(
        rule=rule,
        status=status,
        message=shown.message,
        quote=shown.quote,
        field=shown.field,
        start=shown.start,
        end=shown.end,
        finding=shown.key,
        findings=tuple(keyed),
    )


def review(*, subject: str, text: str, context: ReviewContext, dismissed: Iterable[str] = ()) -> list[Result]:
    """Check a composed draft against every rule that applies to its kind.

    `dismissed` holds finding keys the user dismissed for this draft.
    """
    email = Email(subject, text)
    dismissed = frozenset(dismissed)
    return [_result(rule, rule.check(email, context), dismissed) for rule in RULES if rule.applies_to(context)]


def summary(results: Iterable[Result]) -> dict[str, int]:
    """How many rules passed, warned and were dismissed, and the total; and
    how many findings are still to look at and how many were dismissed (a rule
    that warns on two sentences is two things to look at)."""
    results = list(results)
    counts = Counter(result.status for result in results)
    findings = Counter(found.dismissed for result in results if not result.passed for found in result.findings)
    return {
        PASS: counts[PASS],
        WARNING: counts[WARNING],
        DISMISSED: counts[DISMISSED],
        "total": sum(counts.values()),
        "to_look_at": findings[False],
        "set_aside": findings[True],
    }
