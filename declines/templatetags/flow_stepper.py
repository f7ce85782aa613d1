"""`{% flow_stepper steps stepper_form %}`: the decline flow's progress list, at the top of every step.

Steps reached so far are links; the current one is marked for assistive
technology. On a step with a form (`stepper_form`, the form's id), they are
that form's buttons: the step is saved on the way, as Back saves it. The
view gives the steps (`views.flow._stepper`). Written here, as the long lists'
rows are (`follow_up_rows`): through the template language its five or six
steps cost more than the rest of the compose step's frame.
"""

from django import template
from django.utils.safestring import mark_safe

from declines.templatetags.row_urls import escaped

register = template.Library()

# What a screen reader hears after a step's name, by its state.
_STATE_SAID = {"current": " (current step)", "done": " (done)", "reached": " (started)"}


@register.simple_tag
def flow_stepper(steps, stepper_form="") -> str:
    form = escaped(stepper_form) if stepper_form else ""
    html = []
    if form:
        # The form's first submit button is what Enter presses: "Save and continue", not a step of the list below.
        html.append(
            f'<button type="submit" form="{form}" name="action" value="continue" class="visually-hidden" '
            'tabindex="-1" aria-hidden="true">Save and continue</button>\n'
        )
    html.append('<nav class="flow-stepper-nav mb-4" aria-label="Progress">\n  <ol class="flow-stepper">\n')
    for item in steps:
        state = item["state"]
        if item["url"] and form:
            opening, closing = (
                f'<button type="submit" form="{form}" name="go" value="{escaped(item["key"])}" formnovalidate '
                'class="flow-stepper-link">',
                "</button>",
            )
        elif item["url"]:
            opening, closing = f'<a class="flow-stepper-link" href="{escaped(item["url"])}">', "</a>"
        else:
            opening, closing = '<span class="flow-stepper-link">', "</span>"
        number = "✓" if state == "done" else escaped(item["number"])
        current = ' aria-current="step"' if state == "current" else ""
        html.append(
            f'    <li class="flow-stepper-item is-{escaped(state)}"{current}>\n'
            f"      {opening}\n"
            f'        <span class="flow-stepper-number" aria-hidden="true">{number}</span>\n'
            f'        <span class="flow-stepper-label">{escaped(item["label"])}'
            f'<span class="visually-hidden">{_STATE_SAID.get(state, " (not started)")}</span></span>\n'
            f"      {closing}\n"
            "    </li>\n"
        )
    html.append("  </ol>\n</nav>")
    return mark_safe("".join(html))  # noqa: S308 (every value in it is escaped above)
