"""The figures of docs/writing-review.md from one reading's files.

Usage: python3 docs/writing-review/score.py FOLDER
FOLDER holds one scores-<reader>.json per reader, and key.json (which
template and offer each id is), or FOLDER-key does, as compose.py leaves it. A message's score is the mean of its four
marks, averaged over the readers; the reading's median, mean and count below
4 are over the messages. Also printed: each mark's mean, and each template's
mean over its offers, lowest first.
"""

import json
import statistics
import sys
from pathlib import Path

MARKS = ("real", "warmth", "specific", "professional")


def main(folder: Path) -> None:
    key_file = folder / "key.json"
    if not key_file.exists():
        key_file = folder.with_name(f"{folder.name}-key") / "key.json"
    key = json.loads(key_file.read_text())
    readers = [
        {row["id"]: row for row in json.loads(path.read_text())} for path in sorted(folder.glob("scores-*.json"))
    ]
    scores = {
        ident: statistics.mean(statistics.mean(reader[ident][mark] for mark in MARKS) for reader in readers)
        for ident in key
    }
    values = list(scores.values())
    median, mean, below = statistics.median(values), statistics.mean(values), sum(value < 4 for value in values)
    print(f"median {median:.2f}  mean {mean:.2f}  below 4: {below} of {len(values)}")
    marks = {mark: statistics.mean(reader[ident][mark] for reader in readers for ident in key) for mark in MARKS}
    print("  ".join(f"{mark} {value:.2f}" for mark, value in marks.items()))
    by_template = {}
    for ident, value in scores.items():
        by_template.setdefault(key[ident]["template"], []).append(value)
    for template, values in sorted(by_template.items(), key=lambda item: statistics.mean(item[1])):
        print(f"{statistics.mean(values):.2f}  {template}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
