"""The professional-tone rule's learnt weights: made from what is shipped, never from the held-out third, and what
a user sees when they are the ones that warn."""

import importlib.util
import json

import pytest

from declines.review import accuracy
from declines.review.engine import review
from declines.review.rules import professional_tone
from declines.review.text import Email

from .test_review import make_context

TRAINING = accuracy.CORPUS_DIR / "train_tone.py"


def training_script():
    spec = importlib.util.spec_from_file_location("train_tone", TRAINING)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shipped_weights() -> dict:
    return json.loads(professional_tone.WEIGHTS.read_text(encoding="utf-8"))


def tone(text: str, dismissed=()):
    results = review(subject="Your offer", text=text, context=make_context(), dismissed=dismissed)
    return next(result for result in results if result.key == "professional_tone")


def test_the_weights_were_learnt_from_the_sets_and_examples_shipped_today():
    """A new set, a relabelled message or a new must-pass example means running the script again
    (`DEBUG=1 .venv/bin/python declines/review/corpus/train_tone.py`)."""
    assert shipped_weights()["trained_on"] == training_script().digest()


def test_the_weights_never_saw_the_held_out_third_or_the_sets_kept_apart():
    trained_on = set(shipped_weights()["trained_on"])

    assert trained_on == {*accuracy.TUNING, "examples"}
    assert accuracy.HELDOUT not in trained_on
    assert not trained_on & set(accuracy.NEVER_TUNED)


def test_a_sentence_is_weighed_as_the_readers_labels_taught():
    bar = professional_tone.learned_weights()[2]

    assert professional_tone.jab_score("Honestly the whole day felt a bit scattered.") > bar
    for ordinary in (
        "I really enjoyed meeting the team and hearing about the roadmap.",
        "The commute would have been too long for me with two small children.",
        "It was a hard decision and I went back and forth on it for days.",
    ):
        assert professional_tone.jab_score(ordinary) < bar - 3, ordinary


def test_a_complaint_no_construction_reads_is_quoted_and_dismissed_on_its_own():
    complaint = "Honestly the whole day felt a bit scattered."
    text = f"Dear Priya,\n\nThank you for the offer. {complaint} I have decided to decline.\n\nBest wishes,\nAlex"
    email = Email("Your offer", text)
    assert professional_tone._negative(email, email.flat, in_subject=False) == []  # the constructions miss it

    found = tone(text)
    assert found.status == "warning"
    assert found.quote == complaint
    assert found.message == professional_tone.LEARNED_MESSAGE

    assert tone(text, dismissed=[found.finding]).status == "dismissed"
    another = text.replace(
        "I have decided", "The final round felt more like box ticking than a real discussion. I have"
    )
    again = tone(another, dismissed=[found.finding])
    assert again.status == "warning" and again.quote.startswith("The final round")


@pytest.mark.slow
def test_training_again_gives_the_weights_shipped(tmp_path, monkeypatch):
    script = training_script()
    monkeypatch.setattr(professional_tone, "WEIGHTS", tmp_path / "weights.json")

    script.main()

    again, shipped = json.loads((tmp_path / "weights.json").read_text(encoding="utf-8")), shipped_weights()
    assert {key: again[key] for key in ("trained_on", "sentences", "jabs", "settings", "bar")} == {
        key: shipped[key] for key in ("trained_on", "sentences", "jabs", "settings", "bar")
    }
    # Another machine's maths library may round an exponential differently in its last place: the weights agree
    # to well within what changes a verdict, and only weights at the cut-off may be kept on one and not the other.
    assert again["bias"] == pytest.approx(shipped["bias"], abs=0.01)
    ours, theirs = again["weights"], shipped["weights"]
    assert all(abs(ours[key]) < 0.11 for key in ours.keys() - theirs.keys())
    assert all(abs(theirs[key]) < 0.11 for key in theirs.keys() - ours.keys())
    assert all(ours[key] == pytest.approx(theirs[key], abs=0.01) for key in ours.keys() & theirs.keys())
