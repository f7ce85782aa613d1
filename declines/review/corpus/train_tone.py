"""Train the weights the professional-tone rule weighs each sentence with (`rules/professional_tone_weights.json`).

    DEBUG=1 .venv/bin/python declines/review/corpus/train_tone.py

A logistic regression over each sentence's words and word pairs (`professional_tone.sentence_features`), learnt
from the tuning sets only (`accuracy.TUNING`: never the held-out third, never `extra3`) and the rule's own
must-pass examples:

- in a message the readers warned on, the sentences that overlap the sentence they quoted are jabs (the others
  are left out: a reader quotes one problem, not every one);
- every sentence of a message the readers passed is not a jab.

It is pure Python with a fixed seed and sorted features, so the same corpus gives the same weights on any machine.
The weights file records a digest of everything it was learnt from; the tests check it against what is shipped,
so a new set or example means running this again. How the settings were chosen is in `corpus/README.md`.
"""

import hashlib
import json
import math
import os
import random
import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "declines.settings")
    import django

    django.setup()

from declines.review import accuracy  # noqa: E402
from declines.review.rules import professional_tone  # noqa: E402
from declines.review.text import Email  # noqa: E402

EPOCHS = 8
L2 = 1e-3
LEARNING_RATE = 0.2
SEED = 1
# Sure enough to warn: a probability of 0.8. Chosen on sets the rules had not yet been tuned on (corpus/README.md).
BAR = math.log(0.8 / 0.2)
# Weights this small change no score that matters; leaving them out halves the file.
SMALLEST = 0.1
QUOTE_OVERLAP = 0.6


def _words(text: str) -> set[str]:
    return {feature for feature in professional_tone.sentence_features(text) if isinstance(feature, str)}


def _sentences(subject: str, body: str) -> list[str]:
    email = Email(subject, body)
    return [email.flat[begin:stop] for begin, stop in email.sentences]


def examples() -> list[tuple[str, int]]:
    """(sentence, 1 for a jab or 0), in a fixed order."""
    found = []
    for corpus in accuracy.TUNING:
        for message in accuracy.load(corpus):
            label = message["labels"].get(professional_tone.KEY)
            if label is None:
                continue
            sentences = _sentences(message["subject"], message["body"])
            if label["status"] == "pass":
                found += [(sentence, 0) for sentence in sentences]
                continue
            quoted = _words(label.get("quote", ""))
            for sentence in sentences:
                own = _words(sentence)
                if len(own) >= 3 and len(own & quoted) >= QUOTE_OVERLAP * len(own):
                    found.append((sentence, 1))
    # The rule's must-pass examples are sentences it must never warn on, so they are taught as such. Its must-warn
    # examples are not: written for the constructions, taught as jabs they caught no more and added a false warning.
    for example in professional_tone.MUST_PASS:
        text = example if isinstance(example, str) else example.get("text", "")
        if text:
            found.append((text, 0))
    return found


def digest() -> dict[str, str]:
    """A digest of each thing the weights are learnt from."""
    files = {corpus: accuracy.CORPUS_DIR / f"{corpus}.json" for corpus in accuracy.TUNING}
    sums = {name: hashlib.sha256(path.read_bytes()).hexdigest() for name, path in files.items()}
    examples_text = json.dumps(professional_tone.MUST_PASS, sort_keys=True, default=str)
    sums["examples"] = hashlib.sha256(examples_text.encode()).hexdigest()
    return sums


def train(found: list[tuple[str, int]]) -> tuple[dict[str | tuple[str, str], float], float]:
    """Logistic regression by AdaGrad with an L2 penalty: a weight for each word and each pair of words."""
    data = [(sorted(professional_tone.sentence_features(sentence), key=str), jab) for sentence, jab in found]
    weights: dict[str | tuple[str, str], float] = {}
    squares: dict[str | tuple[str, str], float] = {}
    bias, bias_squares = 0.0, 1e-8
    shuffle = random.Random(SEED).shuffle
    for _ in range(EPOCHS):
        shuffle(data)
        for features, jab in data:
            z = bias + sum(weights.get(feature, 0.0) for feature in features)
            error = 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - jab
            for feature in features:
                weight = weights.get(feature, 0.0)
                gradient = error + L2 * weight
                squares[feature] = squares.get(feature, 1e-8) + gradient * gradient
                weights[feature] = weight - LEARNING_RATE * gradient / math.sqrt(squares[feature])
            bias_squares += error * error
            bias -= LEARNING_RATE * error / math.sqrt(bias_squares)
    return weights, bias


def main() -> None:
    found = examples()
    weights, bias = train(found)
    kept = {
        feature if isinstance(feature, str) else " ".join(feature): round(weight, 3)
        for feature, weight in weights.items()
        if abs(weight) >= SMALLEST
    }
    kept = dict(sorted(kept.items()))
    model = {
        "about": "Weights of professional_tone.jab_score, made by declines/review/corpus/train_tone.py.",
        "trained_on": digest(),
        "sentences": len(found),
        "jabs": sum(jab for _sentence, jab in found),
        "settings": {"epochs": EPOCHS, "l2": L2, "learning_rate": LEARNING_RATE, "seed": SEED, "smallest": SMALLEST},
        "bar": round(BAR, 4),
        "bias": round(bias, 4),
        "weights": kept,
    }
    professional_tone.WEIGHTS.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(found)} sentences ({model['jabs']} jabs), {len(kept)} weights -> {professional_tone.WEIGHTS}")


if __name__ == "__main__":
    main()
