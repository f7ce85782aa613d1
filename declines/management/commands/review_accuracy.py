"""How far each rule of the review checklist can be trusted: its agreement with
the outside corpus (declines/review/corpus/), per rule, for the dev and held-out halves
and the further tuning sets.

    manage.py review_accuracy                   dev and held-out tables
    manage.py review_accuracy --corpus dev      the dev table only (or heldout, extra, extra2 … extra20)
    manage.py review_accuracy --corpus all      every table
    manage.py review_accuracy --json            the same figures as JSON
    manage.py review_accuracy --disagreements   every message of the tuning sets shown where a
                                                rule and the readers disagree (never held-out, extra3 or extra38)

The figures come from `declines.review.accuracy`, which the tests run too.
"""

import json

from django.core.management.base import BaseCommand

from declines.review import accuracy


class Command(BaseCommand):
    help = "Per rule: agreement, false-warning and missed-problem rates on the outside corpus."

    def add_arguments(self, parser):
        parser.add_argument(
            "--corpus",
            choices=[*accuracy.CORPORA, "both", "all"],
            default="both",
            help="Which part of the corpus to measure (default: both halves, dev and heldout).",
        )
        parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
        parser.add_argument(
            "--disagreements",
            action="store_true",
            help="List every disagreement on the tuning sets measured (the held-out messages are not to be read).",
        )

    def handle(self, *args, **options):
        corpora = {"both": accuracy.HALVES, "all": accuracy.CORPORA}.get(options["corpus"], (options["corpus"],))
        figures = {name: accuracy.measure(name) for name in corpora}
        disagreements = options["disagreements"]
        tuning = [name for name in corpora if name in accuracy.TUNING]
        found = {name: accuracy.disagreements(name) for name in tuning} if disagreements else {}
        if options["json"]:
            self._print_json(figures, found, disagreements)
            return
        for name, rules in figures.items():
            count = len(accuracy.load(name))
            self.stdout.write(f"{name}: {count} messages\n{accuracy.table(rules)}\n")
        for name, listed in found.items():
            self.stdout.write(f"Disagreements on {name} ({len(listed)}):")
            for d in listed:
                self.stdout.write(f"  {d.id}: {d.rule} — readers {d.expected}, checklist {d.got}. {d.why}")
                if d.quote:
                    self.stdout.write(f"      quoted: {d.quote!r}")

    def _print_json(self, figures, found, disagreements: bool):
        data = {name: [f.as_dict() for f in rules] for name, rules in figures.items()}
        for name, listed in found.items():
            data[f"{name}_disagreements"] = [d.__dict__ for d in listed]
        self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
