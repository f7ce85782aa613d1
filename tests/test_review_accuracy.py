"""The checklist measured against the outside corpus (declines/review/corpus/): the figures
`manage.py review_accuracy` prints and a page can show, and the target of
PRODUCT.md §7 — every rule agrees with readers who never saw the rules on at
least 95% of the held-out messages.
"""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from declines.review import accuracy
from declines.review.engine import RULES, review

REQUIRED_AGREEMENT = 0.95


def test_the_corpus_is_the_one_its_readme_describes():
    dev = accuracy.load(accuracy.DEV)
    assert len(dev) == 224
    assert len({m["writer"] for m in dev}) == 8
    assert {key for m in dev for key in m["labels"]} == {rule.key for rule in RULES}


# Where a tuning set's readers judged one construction the other way from the other sets' readers, the
# rule follows the majority and that set keeps a floor instead (see corpus/README.md): extra10's readers
# did not count thanks passed on to the people met ("please pass my thanks to Ruth") as the effort
# acknowledged; the readers of extra2, extra7, extra8 and the held-out third did. A proper or formal
# confirmation promised for later beside a plain no: 31 of the 49 such messages in the tuning sets were
# labelled a maybe, and the rule reads them so; extra20's readers passed three of its four.
# Last measured: extra10 effort_acknowledged 80 of 88, extra20 clear_decision 68 of 72.
LABELS_IN_CONFLICT = {("extra10", "effort_acknowledged"): 0.90, ("extra20", "clear_decision"): 0.94}


@pytest.mark.parametrize("corpus", accuracy.TUNING)
def test_every_rule_agrees_with_the_readers_on_the_sets_it_was_tuned_on(corpus):
    figures = accuracy.measure(corpus)
    print(f"\n{corpus} (tuned on):\n" + accuracy.table(figures))

    short = [f for f in figures if f.agreement < REQUIRED_AGREEMENT]
    assert [f.rule for f in short if (corpus, f.rule) not in LABELS_IN_CONFLICT] == []
    assert [f.rule for f in short if f.agreement < LABELS_IN_CONFLICT.get((corpus, f.rule), 1)] == []


# The rules that do not yet reach the target on a set never read while tuning,
# each with the floor it must not fall below, and a rule leaves its list (the
# test says so) once it reaches 95%. Every other rule must reach 95%. The "How
# the checklist is checked" page shows the held-out figures as they are, these
# shortfalls included.
# Held out, last measured: every rule at 95% or more (professional_tone 108 of 112, door_open 92 of 96).
SHORT_OF_TARGET = {}
# The four writers never tuned on (extra3.json), last measured: door_open 106 of 112.
UNSEEN_SHORT_OF_TARGET = {"door_open": 0.93}
# The eight personas once more, written after the tone rule learnt its weights (extra38.json), last measured:
# professional_tone 121 of 128 (7 false warnings, all from the constructions; the weights changed nothing there).
MEASURE_SHORT_OF_TARGET = {"professional_tone": 0.94}


@pytest.mark.parametrize(
    ("corpus", "title", "short_of_target"),
    [
        (accuracy.HELDOUT, "Held out (never read while tuning)", SHORT_OF_TARGET),
        (accuracy.EXTRA3, "Four writers never tuned on", UNSEEN_SHORT_OF_TARGET),
        (
            accuracy.EXTRA38,
            "Eight writers never tuned on, written after the tone rule's weights",
            MEASURE_SHORT_OF_TARGET,
        ),
    ],
)
def test_every_rule_agrees_with_the_readers_on_messages_never_tuned_on(corpus, title, short_of_target):
    figures = accuracy.measure(corpus)
    print(f"\n{title}:\n" + accuracy.table(figures))

    assert all(f.cases for f in figures)
    short = {f.rule: f.agreement for f in figures if f.agreement < REQUIRED_AGREEMENT}
    assert set(short) == set(short_of_target), f"update the floors of {corpus}: a rule reached or fell short of 95%"
    fallen = {rule: agreement for rule, agreement in short.items() if agreement < short_of_target[rule]}
    assert fallen == {}


def test_the_rates_count_what_they_say():
    figures = accuracy.RuleFigures(
        "x", cases=10, agreed=7, labelled_pass=8, labelled_warning=2, false_warnings=2, missed=1
    )

    assert (figures.agreement, figures.false_warning_rate, figures.missed_rate) == (0.7, 0.25, 0.5)
    assert figures.as_dict()["false_warning_rate"] == 0.25


def test_the_command_prints_the_figures_as_json():
    out = StringIO()
    call_command("review_accuracy", "--corpus", "dev", "--json", stdout=out)
    data = json.loads(out.getvalue())

    assert set(data) == {"dev"}
    assert [row["rule"] for row in data["dev"]] == [rule.key for rule in RULES]
    assert {"cases", "agreement", "false_warning_rate", "missed_rate"} <= set(data["dev"][0])


def test_the_command_lists_disagreements_on_dev_only():
    out = StringIO()
    call_command("review_accuracy", "--corpus", "dev", "--disagreements", stdout=out)
    printed = out.getvalue()

    assert "dev: 224 messages" in printed
    assert "Disagreements on dev" in printed
    assert all(d.id in {m["id"] for m in accuracy.load(accuracy.DEV)} for d in accuracy.disagreements())


def test_an_unknown_corpus_is_refused():
    with pytest.raises(ValueError, match="Unknown corpus"):
        accuracy.load("../../etc/passwd")


def test_the_command_measures_the_further_tuning_sets_too():
    out = StringIO()
    call_command("review_accuracy", "--corpus", "extra2", "--json", stdout=out)
    data = json.loads(out.getvalue())

    assert set(data) == {"extra2"}
    assert data["extra2"][0]["cases"] == len(accuracy.load(accuracy.EXTRA2))


def test_the_command_lists_disagreements_on_tuning_sets_never_the_held_out():
    out = StringIO()
    call_command("review_accuracy", "--corpus", "extra", "--json", "--disagreements", stdout=out)
    data = json.loads(out.getvalue())
    extra_ids = {m["id"] for m in accuracy.load(accuracy.EXTRA)}

    assert set(data) == {"extra", "extra_disagreements"}
    assert all(d["id"] in extra_ids for d in data["extra_disagreements"])
    with pytest.raises(ValueError):
        accuracy.disagreements(accuracy.HELDOUT)
    with pytest.raises(ValueError):
        accuracy.disagreements(accuracy.EXTRA3)
    with pytest.raises(ValueError):
        accuracy.disagreements(accuracy.EXTRA38)


def test_the_tone_rule_reads_sentences_written_to_test_it():
    """2,957 single sentences by fourteen more writers (six new voices, then the held-out third's own eight
    personas five times), asked for sentences about the situations that test the tone (the pay under the advert,
    the long silences, a bad final interview, a disorganised day, an insulting pay talk, never wanting to hear from
    them again) and then about anything of the employer's (its culture, office, tools, contract), some letting
    displeasure show and some not, and labelled blind (anonymous ids, shuffled) by two readers who agreed on them
    (corpus/README.md). Last measured: 2,631 of 2,957 (89.0%): 1,047 of 1,344 jabs warned on, 29 of 1,613 other
    sentences (the fifth set read 61.8% and the sixth 76.2% before they were tuned on). The tone rule's learnt
    weights were never trained on these sentences: before them, 2,621 (88.6%), 1,032 jabs and 24 others."""
    sentences = json.loads((accuracy.CORPUS_DIR / "sentences.json").read_text(encoding="utf-8"))
    context = accuracy.context_for(
        {
            "kind": "decline",
            "context": {"contact_name": "Priya Raman", "company": "Northwind", "reason": "compensation"},
        },
        today=accuracy.timezone.localdate(),
    )
    agreed = 0
    for entry in sentences:
        results = review(
            subject="Re: your offer", text=f"Dear Priya,\n\n{entry['sentence']}\n\nBest,\nAlex", context=context
        )
        tone = next(result for result in results if result.key == "professional_tone")
        agreed += tone.status == entry["professional_tone"]
    assert len(sentences) == 2957
    assert agreed / len(sentences) >= 0.87
