"""Benchmark: how much composing an email costs compared with Markdown alone.

Composes emails over the starter library's bodies (or a few built-in ones when
the library is not there yet) against an unsaved sample offer, so no database
is needed. The target is that composing costs at most 1.5 times plain
`markdown.markdown(body)` on the same filled bodies.

Then the worst cases: every body of `tests/pathological.py` (20,000
characters built to make Markdown or the checklist work hardest) is composed
and reviewed; each must take at most 100 ms (best of three runs).

Run: .venv/bin/python bench/compose.py [number of emails]
"""

import datetime as dt
import os
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django  # noqa: E402

django.setup()

import markdown  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402

from declines.composer import compose  # noqa: E402
from declines.models import DoorOpen, Offer, Profile, Reason, Tone  # noqa: E402
from declines.placeholders import fill, values_for  # noqa: E402
from declines.review.engine import ReviewContext, review  # noqa: E402
from tests import pathological  # noqa: E402

TARGET = 1.5
WORST_CASE_SECONDS = 0.100
STARTER = ROOT / "declines" / "starter"

FALLBACK_BODIES = [
    """{{ greeting }}

Thank you for offering me the {{ role }} role at {{ company }}, and for the care everyone took during the process.

After a lot of thought I have decided to decline. {{ reason_sentence }}

{{ thanks_sentence }} {{ door_open_sentence }}

Warm regards,
{{ signature }}""",
    """{{ greeting }}

Following our call today, I am writing to confirm that I am declining the offer of the {{ role }} position,
received on {{ offer_date }}.

- I am grateful for the time you and the team gave me.
- {{ reason_sentence }}
- {{ door_open_sentence }}

Yours sincerely,
{{ signature }}""",
    """Hi {{ contact_first_name }},

It has been a few months since we spoke about the **{{ role }}** role, and I wanted to say hello.
I have been enjoying my new work and often think of the conversations I had at {{ company }}.

If it would be useful, my notes from the interview are [here](https://example.com/notes), and you
can always reach me at <alex@example.com>.

> {{ thanks_sentence }}

Best,
{{ signature }}""",
]


def starter_bodies() -> list[str]:
    bodies = []
    for path in sorted(STARTER.glob("*.md")) if STARTER.is_dir() else []:
        lines = path.read_text(encoding="utf-8").splitlines()
        if "---" in lines:
            bodies.append("\n".join(lines[lines.index("---") + 1 :]))
    return bodies


def sample_offer_and_user():
    user = get_user_model()(username="alex")
    # Setting the profile on the unsaved user caches it, so nothing is queried.
    Profile(user=user, full_name="Alex Morgan", signature="Alex Morgan\nData engineer · [alex.dev](https://alex.dev)")
    offer = Offer(
        owner=user,
        company="Northwind Analytics (UK) Ltd",
        role="Senior Data Engineer",
        contact_name="Priya Lee",
        contact_title="Head of Talent",
        received_on=dt.date(2026, 11, 12),
        respond_by=dt.date(2026, 11, 30),
        reason=Reason.ANOTHER_OFFER,
        tone=Tone.WARM,
        door_open=[DoorOpen.FUTURE_ROLES, DoorOpen.LINKEDIN, DoorOpen.EVENTS],
        people_to_thank="Sam Ortiz\nJordan Blake",
    )
    return offer, user


def best_of(runs: int, work) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    bodies = starter_bodies()
    if bodies:
        source = f"{len(bodies)} starter templates from {STARTER}"
    else:
        bodies, source = FALLBACK_BODIES, f"{len(FALLBACK_BODIES)} built-in bodies (no starter library found)"
    offer, user = sample_offer_and_user()
    today = dt.date(2026, 11, 26)
    templates = [SimpleNamespace(subject="Your offer for the {{ role }} role", body=body) for body in bodies]
    values = values_for(offer=offer, user=user, today=today)
    filled = [fill(body, values) for body in bodies]
    jobs = [templates[i % len(templates)] for i in range(count)]
    filled_jobs = [filled[i % len(filled)] for i in range(count)]

    def run_compose():
        for template in jobs:
            compose(template, offer=offer, user=user, today=today)

    def run_markdown():
        for body in filled_jobs:
            markdown.markdown(body)

    run_compose()  # warm up: builds the thread's Markdown instance and the regexes
    run_markdown()
    composer_seconds = best_of(5, run_compose)
    markdown_seconds = best_of(5, run_markdown)
    ratio = composer_seconds / markdown_seconds

    print(f"Bodies: {source}; {count} emails per run, best of 5 runs")
    for label, seconds in (("compose()", composer_seconds), ("markdown.markdown()", markdown_seconds)):
        print(f"{label:20} {count / seconds:8.0f} emails/s  {seconds / count * 1e6:7.1f} µs each")
    verdict = "PASS" if ratio <= TARGET else "FAIL"
    print(f"{verdict}: composer costs {ratio:.2f}x Markdown alone (target ≤ {TARGET}x)")
    worst_ok = worst_cases(offer, user, today)
    return 0 if verdict == "PASS" and worst_ok else 1


def worst_cases(offer, user, today) -> bool:
    """compose() and the checklist on every worst-case body; the slowest of each against the budget."""
    context = ReviewContext.for_offer(offer, kind="decline", today=today)
    timings = []
    for name, body in pathological.named_cases().items():
        source = SimpleNamespace(subject="Re: {{ role }}", body=body)
        email = compose(source, offer=offer, user=user, today=today)
        composing = best_of(3, lambda source=source: compose(source, offer=offer, user=user, today=today))
        reviewing = best_of(3, lambda email=email: review(subject=email.subject, text=email.text, context=context))
        timings.append((composing, reviewing, name))
    print(f"\nWorst-case bodies: {len(timings)} of {pathological.LENGTH:,} characters, best of 3 runs each")
    ok = True
    for label, index in (("compose()", 0), ("checklist", 1)):
        slowest = sorted(timings, key=lambda t: t[index], reverse=True)[:3]
        verdict = "PASS" if slowest[0][index] <= WORST_CASE_SECONDS else "FAIL"
        ok &= verdict == "PASS"
        listed = ", ".join(f"{t[2]} {t[index] * 1000:.1f} ms" for t in slowest)
        print(f"{verdict}: {label} worst {slowest[0][index] * 1000:.1f} ms (target ≤ 100 ms); slowest: {listed}")
    return ok


if __name__ == "__main__":
    sys.exit(main())
