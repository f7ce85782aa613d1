"""How the messages a change touched moved against those it left alone, between two readings.

Usage: python3 docs/writing-review/compare.py OLD NEW [-v]
OLD and NEW are reading folders as `score.py` takes them. Messages are matched
by template and offer; one whose text is the same in both readings is
"unchanged". A set of three readers moves every score by itself, so a change
is judged by the difference between the two groups, not by its own move.
-v lists the changed messages, the ones that lost most first.
"""

import json
import re
import statistics
import sys
from pathlib import Path

MARKS = ("real", "warmth", "specific", "professional")


def load(folder: Path) -> dict[tuple[str, str], tuple[str, float]]:
    key_file = folder / "key.json"
    if not key_file.exists():
        key_file = folder.with_name(f"{folder.name}-key") / "key.json"
    key = json.loads(key_file.read_text())
    text = (folder / "emails.md").read_text()
    messages = {m[1]: m[2].strip() for m in re.finditer(r"(?ms)^## (E\d{3})\n(.*?)(?=^## E\d{3}|\Z)", text)}
    readers = [{row["id"]: row for row in json.loads(p.read_text())} for p in sorted(folder.glob("scores-*.json"))]
    return {
        (row["template"], row["setup"]): (
            messages[ident],
            statistics.mean(statistics.mean(reader[ident][mark] for mark in MARKS) for reader in readers),
        )
        for ident, row in key.items()
    }


def main(old_folder: Path, new_folder: Path, verbose: bool) -> None:
    old, new = load(old_folder), load(new_folder)
    both = [k for k in old if k in new]
    groups = {
        "changed": [k for k in both if old[k][0] != new[k][0]],
        "unchanged": [k for k in both if old[k][0] == new[k][0]],
    }
    for name, keys in groups.items():
        if keys:
            before, after = statistics.mean(old[k][1] for k in keys), statistics.mean(new[k][1] for k in keys)
            print(f"{name:10} {len(keys):3d} messages  {before:.2f} -> {after:.2f}  ({after - before:+.2f})")
    if verbose:
        for k in sorted(groups["changed"], key=lambda k: new[k][1] - old[k][1]):
            print(f"  {old[k][1]:.2f} -> {new[k][1]:.2f}  {k[0]} ({k[1]})")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), "-v" in sys.argv[3:])
