"""`{% form_problems as problems %}`: every error of the forms a page came back with.

The base template lists them in one box at the top of the page ("There is a
problem", includes/error_summary.html), each linking to its field, so that
every form in the app gets the same summary without a line in its own template.
The forms are found in the page's context: a form or formset, or one in a list
of rows (a form per paragraph, per item). Only forms the view has already
validated count; looking for errors never runs validation a second time.
"""

from dataclasses import dataclass

from django import template
from django.forms import BaseForm, BaseFormSet

register = template.Library()


@dataclass(frozen=True)
class Problem:
    message: str
    target: str  # the id of the field to fix, or "" for an error of the whole form


def _validated(thing) -> bool:
    # Django keeps `_errors` at None until a form or formset is validated.
    return getattr(thing, "_errors", None) is not None


def _field_target(bound_field) -> str:
    """The id of the control a link should land on: the field, or its first choice (radios, checkboxes)."""
    if not bound_field.auto_id:
        return ""
    return bound_field.id_for_label or f"{bound_field.auto_id}_0"


def _form_problems(form: BaseForm) -> list[Problem]:
    if not form.is_bound or not _validated(form):
        return []
    problems = [Problem(str(message), "") for message in form.non_field_errors()]
    # A form among several alike (a row of a plan) says which it is: "Follow-up 3 (Check-in), due on: …".
    where = getattr(form, "summary_name", "")
    for name, errors in form.errors.items():
        if name == "__all__" or name not in form.fields:
            continue
        bound_field = form[name]
        target = "" if bound_field.is_hidden else _field_target(bound_field)
        label = bound_field.label if not bound_field.is_hidden else ""
        if label and where:
            label = f"{where}, {label[:1].lower()}{label[1:]}"
        for message in errors:
            # A question as the label ("What do you want to do?") takes no colon after it.
            joint = " " if label.endswith(("?", "!")) else ": "
            problems.append(Problem(f"{label}{joint}{message}" if label else str(message), target))
    return problems


def _problems_in(value) -> list[Problem]:
    if isinstance(value, BaseForm):
        return _form_problems(value)
    if isinstance(value, BaseFormSet):
        if not value.is_bound or not _validated(value):
            return []
        problems = [Problem(str(message), "") for message in value.non_form_errors()]
        for form in value.forms:
            problems += _form_problems(form)
        return problems
    return []


def _holds_forms(item) -> bool:
    if isinstance(item, dict):
        return "form" in item
    return isinstance(item, BaseForm | BaseFormSet) or hasattr(item, "form")


def _rows_of(value) -> list:
    """Forms held one level down: in a list of forms, or of rows (dicts or objects) with a `form`.

    A page's lists are of one kind each, so a list whose first item is neither
    is not looked through: an offer's answers and the dashboard's rows
    are lists of twenty and more of something else."""
    if not isinstance(value, list | tuple) or not value or not _holds_forms(value[0]):
        return []
    found = []
    for item in value:
        if isinstance(item, BaseForm | BaseFormSet):
            found.append(item)
        elif isinstance(item, dict) and isinstance(item.get("form"), BaseForm):
            found.append(item["form"])
        elif isinstance(getattr(item, "form", None), BaseForm):
            found.append(item.form)
    return found


@register.simple_tag(takes_context=True)
def form_problems(context) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[int] = set()
    for value in context.flatten().values():
        # Most of a page's context is neither a form nor a list: passed over with one look each.
        if isinstance(value, BaseForm | BaseFormSet):
            candidates = [value]
        elif isinstance(value, list | tuple):
            candidates = [value, *_rows_of(value)]
        else:
            continue
        for candidate in candidates:
            if id(candidate) in seen:
                continue
            seen.add(id(candidate))
            problems += _problems_in(candidate)
    return problems
