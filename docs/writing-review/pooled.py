"""Each template's score pooled over several readings, by offer, and each register's marks.

Usage: python3 docs/writing-review/pooled.py FOLDER [FOLDER ...]
Every reader's score of a message counts once. Printed: each template's mean,
lowest first, with its mean for each offer (how much the offer moves it), and
the four marks' means for each group of templates (formal, warm and brief
declines, and the follow-ups by kind).
"""

import json
import statistics
import sys
from pathlib import Path

MARKS = ("real", "warmth", "specific", "professional")


def group(template: str) -> str:
    for tone in ("formal", "warm", "brief"):
        if template.endswith(f"-{tone}"):
            return f"declines, {tone}" if template.startswith("decline-") else f"{template.split('-')[0]}, {tone}"
    return template.split("-")[0]


def main(folders: list[Path]) -> None:
    scores: dict[tuple[str, str], list[float]] = {}
    marks: dict[str, list[list[int]]] = {}
    for folder in folders:
        key_file = folder / "key.json"
        if not key_file.exists():
            key_file = folder.with_name(f"{folder.name}-key") / "key.json"
        key = json.loads(key_file.read_text())
        for path in sorted(folder.glob("scores-*.json")):
            for row in json.loads(path.read_text()):
                template, offer = key[row["id"]]["template"], key[row["id"]]["setup"]
                scores.setdefault((template, offer), []).append(statistics.mean(row[m] for m in MARKS))
                marks.setdefault(group(template), []).append([row[m] for m in MARKS])
    templates: dict[str, dict[str, float]] = {}
    for (template, offer), values in scores.items():
        templates.setdefault(template, {})[offer] = statistics.mean(values)
    for template, offers in sorted(templates.items(), key=lambda item: statistics.mean(item[1].values())):
        by_offer = "  ".join(f"{offer} {value:.2f}" for offer, value in sorted(offers.items()))
        print(f"{statistics.mean(offers.values()):.2f}  {template:36} {by_offer}")
    print()
    for name, rows in sorted(marks.items()):
        means = "  ".join(f"{mark} {statistics.mean(r[i] for r in rows):.2f}" for i, mark in enumerate(MARKS))
        print(f"{name:18} {len(rows):5d} readings  {means}")


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]])
