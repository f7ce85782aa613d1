# ruff: noqa
"""Assemble declines/review/corpus/{dev,heldout}.json from the writers' and readers' files,
or with the name of a further set of make_scenarios.py (`extra`, `extra2`, …), its extraN.json (nothing of them is split).
Prints only counts: the held-out texts are not to be read while tuning."""

import sys

import hashlib
import json
import re
from collections import defaultdict

from make_scenarios import SETS

FURTHER = tuple(name for name in SETS if name != "corpus")
WHICH = sys.argv[1] if sys.argv[1:2] and sys.argv[1] in FURTHER else ""
EXTRA = bool(WHICH)
W = f"/work/corpus_work/{WHICH}" if EXTRA else "/work/corpus_work"
HERE = "/work/main/declines/review/corpus"
sc = json.load(open(f"{HERE}/{WHICH + '_scenarios' if EXTRA else 'scenarios'}.json"))
scen = {s["id"]: s for s in sc["scenarios"]}
adj = {(a["id"], a["question"]): a for a in json.load(open(f"{W}/label/out/adjudicated.json"))}
A = {}
B = {}
# How each set was labelled: a writer at a time, or in numbered batches (two for `extra`, four for the rest).
WRITER_AT_A_TIME = {"extra2", "extra3", "extra4", "extra7", "extra8", "extra9"}
batch_count = 2 if WHICH == "extra" else 4
batches = list(sc["writers"]) if WHICH in WRITER_AT_A_TIME else [f"batch{b}" for b in range(1, batch_count + 1)]
for b in batches:
    A.update({o["id"]: o["labels"] for o in json.load(open(f"{W}/label/out/{b}-A.json"))})
    B.update({o["id"]: o["labels"] for o in json.load(open(f"{W}/label/out/{b}-B.json"))})
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def words(t):
    return len(WORD.findall(t))


entries = []
for w in sc["writers"]:
    for e in json.load(open(f"{W}/written/{w}.json")):
        s = scen[e["id"]]
        o = s["offer"]
        task = s["task"]
        kind = {"phone_confirmation": "decline"}.get(task, task)
        labels = {}
        for r, la in A[e["id"]].items():
            key = "mix_up" if r == "mixup" else r
            if (e["id"], r) in adj:
                a = adj[(e["id"], r)]
                labels[key] = {"status": a["status"], "why": a["why"], "quote": a.get("quote", ""), "by": "adjudicated"}
            else:
                labels[key] = {
                    "status": la["status"],
                    "why": la["why"],
                    "quote": la.get("quote", "") or B[e["id"]][r].get("quote", ""),
                    "by": "two readers agreed",
                }
        body = e["body"]
        if kind in ("decline", "thank_you", "check_in", "answer"):
            n = words(body)
            ok = 50 <= n <= 200
            labels["length"] = {
                "status": "pass" if ok else "warning",
                "why": f"{n} words (50–200)",
                "quote": "",
                "by": "counted",
            }
        elif kind == "linkedin_note":
            n = len(body.strip())
            ok = n <= 300
            labels["length"] = {
                "status": "pass" if ok else "warning",
                "why": f"{n} characters (at most 300)",
                "quote": "",
                "by": "counted",
            }
        if kind in ("decline", "phone_script"):
            d = o["days_to_deadline"]
            labels["promptness"] = {
                "status": "warning" if d < 0 else "pass",
                "why": f"{d} days to the deadline",
                "quote": "",
                "by": "counted",
            }
        entries.append(
            {
                "id": e["id"],
                "writer": w,
                "kind": kind,
                "task": task,
                "context": {
                    "company": o["company"],
                    "role": o["role"],
                    "contact_name": o["contact_name"],
                    "contact_title": o["contact_title"],
                    "reason": o["reason"],
                    "reason_detail": o["reason_detail"],
                    "tone": o["tone"],
                    "medium": "phone" if task in ("phone_confirmation", "phone_script") else "email",
                    "people_to_thank": [p.split(" (")[0] for p in o["people_to_thank"]],
                    "salary": o["salary"],
                    "other_offers": o["other_offers"],
                    "days_to_deadline": o["days_to_deadline"],
                },
                "subject": e.get("subject", ""),
                "body": body,
                "labels": labels,
            }
        )
groups = defaultdict(list)
for e in entries:
    groups[(e["writer"], e["task"])].append(e)
dev = []
held = []
for g in [] if EXTRA else groups.values():
    g.sort(key=lambda e: hashlib.sha256(("heldout:" + e["id"]).encode()).hexdigest())
    k = round(len(g) / 3)
    for n, e in enumerate(g):
        (held if n < k else dev).append(e)
for name, part in ((WHICH, entries),) if EXTRA else (("dev", dev), ("heldout", held)):
    part.sort(key=lambda e: e["id"])
    json.dump(part, open(f"/work/main/declines/review/corpus/{name}.json", "w"), indent=1, ensure_ascii=False)
    print(
        name,
        len(part),
        dict(
            sorted(
                defaultdict(int, {k: sum(1 for e in part if e["kind"] == k) for k in {e["kind"] for e in part}}).items()
            )
        ),
    )
