"""How the checklist is checked (§7): each rule's agreement with readers who
never saw it, on the held-out part of the outside corpus, as
`declines.review.accuracy` computes it. The editor's checklist links each
rule to its row here."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from declines.review import accuracy
from declines.review.engine import RULES_BY_KEY


def _percent(share: float) -> str:
    # One decimal: rounded to a whole percent, 94.6% would read as 95%.
    return f"{share:.1%}"


@require_safe
def checklist_checked(request):
    shown = accuracy.published()
    rows = [
        {
            "rule": RULES_BY_KEY[figures.rule],
            "figures": figures,
            "agreement": _percent(figures.agreement),
            "false_warnings": _percent(figures.false_warning_rate) if figures.labelled_pass else "",
            "missed": _percent(figures.missed_rate) if figures.labelled_warning else "",
        }
        for figures in shown.figures
    ]
    return render(request, "declines/review/checked.html", {"shown": shown, "rows": rows})
