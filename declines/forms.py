"""Forms. Each takes its context as keyword arguments. crispy-forms renders them, but for the forms of
the busiest pages, which Django draws in the same markup (`BootstrapForm`)."""

import datetime as dt
import hashlib
import json
from html import escape as escape_text

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Layout, Row
from django import forms
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.forms.boundfield import BoundField
from django.utils import timezone
from django.utils.html import conditional_escape, escape, format_html, format_html_join
from django.utils.safestring import mark_safe

from declines import handoff, mergetags, tracking
from declines.models import (
    REFLECTION_FACTORS,
    Coaching,
    DoorOpen,
    Draft,
    EmailTemplate,
    FollowUp,
    Interaction,
    Medium,
    Offer,
    Profile,
    Reason,
    Reflection,
    TemplateKind,
    Tone,
)
from declines.review import engine
from declines.review.rules.length import LINKEDIN_MAX_CHARS
from declines.services.coaching import replace_paragraph
from declines.services.offers import Decision
from declines.wording import format_date, names_several_people, without_list_marker


def sendable_address(address: str) -> str:
    """`address` as typed if mail can go to it (see `handoff.encode_address`),
    else a form error that says what to fix."""
    if address:
        try:
            handoff.encode_address(address)
        except handoff.AddressError as error:
            raise forms.ValidationError(str(error)) from error
    return address


def posted_number(value: str, *, max_digits: int) -> int | None:
    """A whole number posted in a hidden field or a button's value, or None.

    `str.isdigit` alone lets through characters such as "²" that `int` refuses,
    so only ASCII digits count, and only so many of them (an id, a paragraph).
    """
    value = value.strip()
    if value.isascii() and value.isdigit() and len(value) <= max_digits:
        return int(value)
    return None


class ServerChecksLength:
    """No `maxlength` in the page: a browser cuts a long paste short without a
    word and the rest is lost, where the form says how long it is and keeps it
    all for the user to shorten (§8)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs.pop("maxlength", None)


class LogInForm(AuthenticationForm):
    """Django's log-in form, with the username's length actually checked.

    AuthenticationForm sets the length only on the widget, so an over-long name
    reached the throttle's log, whose column is shorter, and failed there.
    """

    def clean_username(self):
        username = self.cleaned_data["username"]
        limit = get_user_model()._meta.get_field("username").max_length
        if len(username) > limit:
            raise forms.ValidationError(f"Usernames are at most {limit} characters.")
        return username


class SignUpForm(ServerChecksLength, UserCreationForm):
    full_name = forms.CharField(
        max_length=200,
        required=False,
        help_text="Used to sign your emails. You can change it later.",
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        help_text="For reminders of your follow-ups. Never shown to anyone.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "full_name", "email")

    def clean_email(self):
        # Not checked against other accounts: saying "this email is taken"
        # would tell anyone who has an account. The sign-up view writes to the
        # earlier owner instead (services.accounts.user_create).
        return sendable_address(self.cleaned_data["email"].strip().lower())


class PasswordChangeForm(auth_forms.PasswordChangeForm):
    """Django's form, with the old password checked through authenticate(), so
    django-axes counts wrong ones as it counts them at log-in."""

    def __init__(self, user, *args, request, **kwargs):
        self.request = request
        super().__init__(user, *args, **kwargs)

    def clean_old_password(self):
        old_password = self.cleaned_data["old_password"]
        if authenticate(self.request, username=self.user.get_username(), password=old_password) is None:
            raise forms.ValidationError(self.error_messages["password_incorrect"], code="password_incorrect")
        return old_password


# Django's own templates for these widgets, which `BootstrapBoundField` writes directly: each is an <input>
# (django/forms/widgets/input.html) but the text area.
_INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{name}.html"
    for name in ("input", "text", "email", "url", "number", "password", "hidden", "date", "search", "tel")
)
_TEXTAREA_TEMPLATE = "django/forms/widgets/textarea.html"
# Radios and groups of checkboxes (`RadioSelect`, `CheckboxSelectMultiple`), a subclass with a template of its own
# left to it.
_CHOICE_TEMPLATES = frozenset({"django/forms/widgets/radio.html", "django/forms/widgets/checkbox_select.html"})


def _attributes(attrs: dict) -> str:
    """A tag's attributes as django/forms/widgets/attrs.html writes them: in order, True bare, False left out."""
    return "".join(
        [
            f" {escape_text(str(name))}" if value is True else f' {escape_text(str(name))}="{escape_text(str(value))}"'
            for name, value in attrs.items()
            if value is not False
        ]
    )


def _sorted_attributes(attrs: dict) -> str:
    """A tag's attributes as Django's `flatatt` writes them (sorted, the true ones bare after the rest, None and
    False left out), without its template-formatting of each one."""
    valued = sorted((name, value) for name, value in attrs.items() if not isinstance(value, bool) and value is not None)
    bare = sorted(name for name, value in attrs.items() if value is True)
    return "".join(f' {escape_text(str(name))}="{escape_text(str(value))}"' for name, value in valued) + "".join(
        f" {escape_text(str(name))}" for name in bare
    )


class BootstrapBoundField(BoundField):
    """A field drawn by Django, looking as crispy-forms' Bootstrap 5 pack draws it, ids and all: its
    control gets the same classes (the widget's name, `form-control` or `form-select`, and `is-invalid`
    with an error); `as_field_group` adds the label, each error under the control, and the help text.

    Written here rather than through Django's templates (a field group, then the widget, then its
    attributes), which cost a template render each, a thousand calls a field: the dashboard's filter
    of three fields cost more than its table of twenty-five offers. Widgets of other templates (radios,
    checkboxes, a widget of our own) are still drawn by theirs."""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        widget = widget or self.field.widget
        if widget.is_hidden:
            return attrs
        classes = [
            *widget.attrs.get("class", "").split(),
            *attrs.get("class", "").split(),
            type(widget).__name__.lower(),
            "form-select" if isinstance(widget, forms.Select) else "form-control",
        ]
        if self.errors:
            classes.append("is-invalid")
        attrs["class"] = " ".join(dict.fromkeys(classes))  # each once, in order
        return attrs

    def as_widget(self, widget=None, attrs=None, only_initial=False):
        widget = widget or self.field.widget
        written = widget.template_name in _INPUT_TEMPLATES or widget.template_name == _TEXTAREA_TEMPLATE
        if only_initial or not written:
            return super().as_widget(widget, attrs, only_initial)
        # What BoundField.as_widget does, up to the render.
        if self.field.localize:
            widget.is_localized = True
        attrs = self.build_widget_attrs(attrs or {}, widget)
        if self.auto_id and "id" not in widget.attrs:
            attrs.setdefault("id", self.auto_id)
        context = widget.get_context(self.html_name, self.value(), attrs)["widget"]
        name, value, written_attrs = escape(context["name"]), context["value"], _attributes(context["attrs"])
        if widget.template_name == _TEXTAREA_TEMPLATE:
            text = escape(value) if value else ""
            return mark_safe(f'<textarea name="{name}"{written_attrs}>\n{text}</textarea>')  # noqa: S308
        shown = "" if value is None else f' value="{escape(value)}"'
        return mark_safe(f'<input type="{escape(context["type"])}" name="{name}"{shown}{written_attrs}>')  # noqa: S308

    def as_field_group(self):
        if self.is_hidden:
            return str(self)
        if self.field.widget.template_name in _CHOICE_TEMPLATES:
            return self._choices_group()
        auto_id = conditional_escape(self.auto_id)
        classes = self.css_classes()
        label = ""
        if self.label:
            required = self.field.required
            marked = " requiredField" if required else ""
            asterisk = '<span class="asteriskField">*</span>' if required else ""
            label = (
                f'<label for="{conditional_escape(self.id_for_label)}" class="form-label{marked}">'
                f"{conditional_escape(self.label)}{asterisk}</label>"
            )
        help_text = f'<div id="{auto_id}_helptext" class="form-text">{self.help_text}</div>' if self.help_text else ""
        return mark_safe(  # noqa: S308 (every value in it is escaped above; help texts are ours, as |safe took them)
            f'<div id="div_{auto_id}" class="mb-3{" " + conditional_escape(classes) if classes else ""}">\n'
            f"  {label}\n  {self}\n  {self._errors_block()}\n  {help_text}\n</div>"
        )

    def _errors_block(self) -> str:
        """Each error of the field, under its control, as crispy-forms' `field_errors_block.html` writes them."""
        if not self.errors:
            return ""
        auto_id = conditional_escape(self.auto_id)
        errors = "".join(
            f'<p id="error_{n}_{auto_id}"><strong>{conditional_escape(error)}</strong></p>'
            for n, error in enumerate(self.errors, 1)
        )
        return f'<div id="{auto_id}_error" class="invalid-feedback">{errors}</div>'

    def _choices_group(self):
        """Radios or checkboxes in a fieldset, as crispy-forms' `field.html` draws them, or its
        `radioselect_inline.html` for an `InlineRadioSelect`: each option a template of its own there,
        forty-two a page for the Reflect step's ratings."""
        widget = self.field.widget
        inline = isinstance(widget, InlineRadioSelect)
        auto_id = conditional_escape(self.auto_id)
        id_ = widget.attrs.get("id") or self.auto_id
        # Django's attributes for each option (id, required, aria-invalid, checked), not the text inputs' classes.
        attrs = BoundField.build_widget_attrs(self, {"id": id_} if id_ else {})
        invalid = " is-invalid" if self.errors else ""
        name = conditional_escape(self.html_name)
        errors = self._errors_block()
        options = []
        groups = widget.optgroups(self.html_name, widget.format_value(self.value()), attrs)
        for group_index, (group, choices, _) in enumerate(groups):
            if group:
                options.append(f"<strong>{conditional_escape(group)}</strong>")
            for n, option in enumerate(choices):
                last = not inline and n == len(choices) - 1 and group_index == len(groups) - 1
                options.append(
                    f'<div class="form-check{" form-check-inline" if inline else ""}"> '
                    f'<input type="{option["type"]}" class="form-check-input{invalid}" name="{name}" '
                    f'value="{conditional_escape(option["value"])}"{_attributes(option["attrs"])}> '
                    f'<label for="{conditional_escape(option["attrs"].get("id", ""))}" class="form-check-label"> '
                    f"{conditional_escape(option['label'])} </label>{' ' + errors if last and errors else ''} </div>"
                )
        described = self.aria_describedby
        fieldset = f'<fieldset aria-describedby="{conditional_escape(described)}">' if described else "<fieldset>"
        required = self.field.required
        asterisk = '<span class="asteriskField">*</span>' if required else ""
        if inline:
            legend_class = f" fs-6 form-label{' requiredField' if required else ''}"
            legend = f'<legend for="{conditional_escape(self.id_for_label)}" class="{legend_class}">'
        else:
            legend = f'<legend class="form-label{" requiredField" if required else ""} fs-6">'
        label = f"{legend} {conditional_escape(self.label)}{asterisk} </legend> " if self.label else ""
        help_text = f'<div id="{auto_id}_helptext" class="form-text">{self.help_text}</div>' if self.help_text else ""
        classes = self.css_classes()
        return mark_safe(  # noqa: S308 (every value in it is escaped above; help texts are ours)
            f'<div id="div_{auto_id}" class="mb-3{" " + conditional_escape(classes) if classes else ""}"> '
            f"{fieldset if self.label else ''} {label}<div > {' '.join(options)} </div> "
            f"{errors if inline else ''} {help_text} {'</fieldset>' if self.label else ''} </div>"
        )


class InlineRadioSelect(forms.RadioSelect):
    """Radios side by side (`BootstrapBoundField`), as crispy-forms' `InlineRadios` drew them."""


class BootstrapForm:
    """A form of the busiest pages (the dashboard's filter, the offer page, the editor), drawn by Django in
    the markup crispy-forms' Bootstrap 5 pack gives: `{{ form }}` (templates/django/forms/bootstrap5.html)
    or a field at a time, `{{ form.field.as_field_group }}`.

    crispy-forms renders five templates a field, which cost more than all the rest of such a form
    (docs/performance.md, "The third round"), and one more for each radio or checkbox of a choice.
    Text inputs, text areas, selects, radios and groups of checkboxes: a form with a single checkbox
    or a file stays with crispy-forms.
    """

    template_name = "django/forms/bootstrap5.html"
    bound_field_class = BootstrapBoundField

    @property
    def non_field_errors_alert(self) -> str:
        """The errors that belong to no field, as crispy-forms' Bootstrap 5 pack shows them above a form."""
        errors = self.non_field_errors()
        if not errors:
            return ""
        items = format_html_join("", "<li>{}</li>", ((error,) for error in errors))
        return format_html('<div class="alert alert-block alert-danger"><ul class="m-0">{}</ul></div>', items)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class PlainSelect(forms.Select):
    """A <select> whose options are written directly rather than each through
    the option template, which costs a template render an option: the template
    chooser lists every template of a kind, a hundred and more for a user with a
    library of their own, and the busiest pages' forms have a select or two."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        chosen = {str(v) for v in self.format_value(value)}

        def options(choices) -> str:
            # The standard library's escape, as Django's does it, without marking each piece safe.
            return "".join(
                f'<option value="{escape_text(str(key))}"{" selected" if str(key) in chosen else ""}>'
                f"{escape_text(str(label))}</option>"
                for key, label in choices
            )

        html = []
        for key, label in self.choices:
            if isinstance(label, list | tuple):  # a group of options
                html.append(f'<optgroup label="{escape(key)}">{options(label)}</optgroup>')
            else:
                html.append(options([(key, label)]))
        return mark_safe(f'<select name="{escape(name)}"{_sorted_attributes(attrs)}>{"".join(html)}</select>')  # noqa: S308


class SavedElsewhereCheck:
    """For a form that edits a saved offer: what each of its fields held when
    the page was opened travels with it (`saved_as`, a short hash a field), so
    that a save from a tab left open does not silently undo a save made
    elsewhere since (§8, nothing lost).

    A field changed elsewhere and not here keeps its newer value; one changed
    in both places to different values stops the save, names the saved value
    beside the user's, and lets a second save keep the user's. A post without
    `saved_as` (not from our page) is saved as sent.
    """

    def _remember_saved(self):
        self.fields["saved_as"] = forms.CharField(widget=forms.HiddenInput, required=False)
        if self.instance.pk:
            self.initial["saved_as"] = ",".join(self._hash(self._saved(name)) for name in self._meta.fields)

    def _saved(self, name: str):
        return self.instance._meta.get_field(name).value_from_object(self.instance)

    @staticmethod
    def _hash(value) -> str:
        return hashlib.sha256(json.dumps(value, default=str).encode()).hexdigest()[:10]

    def _shown(self, name: str, value) -> str:
        choices = dict(getattr(self.fields[name], "choices", ()) or ())
        if isinstance(value, list):
            value = ", ".join(str(choices.get(item, item)) for item in value)
        elif isinstance(value, dt.date):
            value = format_date(value)
        else:
            value = str(choices.get(value, value) if value is not None else "")
        value = " ".join(value.split())
        return f"“{value[:80]}{'…' if len(value) > 80 else ''}”" if value else "empty"

    def _merge_saved_elsewhere(self, cleaned: dict) -> None:
        opened = cleaned.get("saved_as", "").split(",")
        if not self.instance.pk or len(opened) != len(self._meta.fields):
            return
        data, clashes = self.data.copy(), []
        for name, was in zip(self._meta.fields, opened, strict=True):
            saved = self._saved(name)
            if self._hash(saved) == was or name not in cleaned:
                continue  # unchanged elsewhere, or already refused beside its field
            typed = cleaned[name]
            if self._hash(typed) == was:
                # Changed elsewhere only: the newer value stays, here and in the form if it comes back.
                cleaned[name] = saved
                if isinstance(saved, list) and hasattr(data, "setlist"):
                    data.setlist(self.add_prefix(name), saved)
                else:
                    data[self.add_prefix(name)] = saved.isoformat() if isinstance(saved, dt.date) else saved or ""
            elif self._hash(typed) != self._hash(saved):
                clashes.append(f"{self.fields[name].label} {self._shown(name, saved)}")
        if clashes:
            # Saved again as it stands, the user's text replaces what was saved elsewhere.
            data[self.add_prefix("saved_as")] = ",".join(self._hash(self._saved(name)) for name in self._meta.fields)
            self.data = data
            raise forms.ValidationError(
                "This offer was changed in another tab or window after you opened this page, so nothing has been "
                f"saved yet. Saved there: {'; '.join(clashes)} — what you typed is still below: save again to keep "
                "it, or reload the page to start from what was saved."
            )
        self.data = data


class OfferForm(ServerChecksLength, SavedElsewhereCheck, BootstrapForm, forms.ModelForm):
    class Meta:
        model = Offer
        fields = [
            "company",
            "role",
            "contact_name",
            "contact_honorific",
            "contact_title",
            "contact_email",
            "received_on",
            "respond_by",
            "salary_note",
            "notes",
        ]
        widgets = {
            "received_on": DateInput(),
            "respond_by": DateInput(),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {
            "contact_honorific": "Their title, for formal emails",
            "contact_title": "Their job title",
        }
        help_texts = {
            "contact_name": "The person you have been talking to, if you know them.",
            "contact_honorific": "Optional, as they use it: Ms, Mr, Mx, Dr, Prof… A formal email then opens "
            "“Dear Dr Raman,”; left blank, it opens with their first name, “Dear Priya,”.",
            "contact_title": "For your records, e.g. Head of Talent.",
            "salary_note": "Optional, for your own records, and a coach you share this offer with. Never put in an "
            "email.",
            "notes": "Anything you want to remember. Only you see this, and a coach you share this offer with.",
        }

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.instance.owner = user
        self.fields["received_on"].widget.attrs["max"] = self._latest_arrival().isoformat()
        self._remember_saved()

    @staticmethod
    def _latest_arrival() -> dt.date:
        # Today where the user is: a day ahead of the site's own date, which may still be yesterday there.
        return timezone.localdate() + dt.timedelta(days=1)

    def clean_received_on(self):
        received_on = self.cleaned_data["received_on"]
        if received_on and received_on > self._latest_arrival():
            raise forms.ValidationError(
                f"That is after today ({format_date(timezone.localdate())}): the day the offer reached you cannot "
                "be in the future."
            )
        return received_on

    def clean_company(self):
        return self.cleaned_data["company"].strip()

    def clean_role(self):
        return self.cleaned_data["role"].strip()

    def clean_contact_email(self):
        return sendable_address(self.cleaned_data["contact_email"])

    def clean_contact_honorific(self):
        honorific = " ".join(self.cleaned_data["contact_honorific"].split())
        if len(honorific.split()) > 3 or any(char.isdigit() or char in "(){}[]<>@,;" for char in honorific):
            raise forms.ValidationError("Just the title, such as “Dr”, or the title and surname, such as “Dr Raman”.")
        return honorific

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            # First, so that the checks of one field against another see the values to be saved.
            self._merge_saved_elsewhere(cleaned)
        if cleaned.get("contact_honorific") and not " ".join(cleaned.get("contact_name", "").split()):
            self.add_error("contact_honorific", "Add their name above as well, or leave the title blank.")
        received_on, respond_by = cleaned.get("received_on"), cleaned.get("respond_by")
        if received_on and respond_by and respond_by < received_on:
            self.add_error(
                "respond_by",
                f"The deadline ({format_date(respond_by)}) is before the day you received the offer "
                f"({format_date(received_on)}). Check both dates.",
            )
        decided = self.instance.decided_at and timezone.localtime(self.instance.decided_at).date()
        if received_on and decided and received_on > decided:
            # The figures count the days from the offer to the answer; they cannot run backwards.
            self.add_error(
                "received_on",
                f"You gave your answer on {format_date(decided)}, so the offer reached you on that day or before.",
            )
        return cleaned


class EmailTemplateForm(ServerChecksLength, BootstrapForm, forms.ModelForm):
    """A user's template. The version it was opened at travels with the form."""

    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = EmailTemplate
        fields = ["name", "kind", "tone", "reason", "medium", "subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 16, "spellcheck": "true"})}
        labels = {"reason": "Reason it suits", "medium": "Medium it suits"}
        help_texts = {
            "subject": "Up to 200 characters. Tags work here too. A LinkedIn note has none.",
            "body": "Markdown, with tags such as {{ company }} — see the list of tags. Up to 20,000 characters.",
            "tone": "Used to suggest this template for offers with the same tone.",
        }
        error_messages = {
            "body": {"max_length": "The body is too long: keep it to 20,000 characters (it has %(show_value)d)."},
            "subject": {"max_length": "The subject is too long: keep it to 200 characters (it has %(show_value)d)."},
            "name": {"max_length": "Keep the name to 200 characters (it has %(show_value)d)."},
        }

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            self.instance.owner = user
        self.fields["tone"].required = False
        for name, blank in [("tone", "Any tone"), ("reason", "Any reason"), ("medium", "Any medium")]:
            self.fields[name].choices = [("", blank), *self.fields[name].choices[1:]]
        if self.instance.pk and not self.is_bound:
            self.initial["base_version"] = self.instance.version

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        clash = EmailTemplate.objects.owned_by(self.user).filter(name=name).exclude(pk=self.instance.pk)
        if clash.exists():
            raise forms.ValidationError(f"You already have a template called “{name}”. Choose another name.")
        return name

    def clean_subject(self):
        if self.cleaned_data.get("kind") == TemplateKind.LINKEDIN_NOTE:
            return ""  # a LinkedIn note has no subject (§8): one typed before choosing the kind is not kept
        subject = " ".join(self.cleaned_data["subject"].split())
        return mergetags.validate_or_raise(subject)

    def clean_body(self):
        # Browsers send textarea lines as CRLF; keep one newline convention in storage.
        body = self.cleaned_data["body"].replace("\r\n", "\n")
        return mergetags.validate_or_raise(body)


class PreviewForm(forms.Form):
    """What the preview pane is asked to show: a subject and body, filled for
    one of the user's offers, or for a sample offer with the kind, tone, reason
    and medium the template is being written for."""

    subject = forms.CharField(required=False, max_length=200)
    body = forms.CharField(required=False, max_length=20_000)
    kind = forms.ChoiceField(required=False, choices=[("", ""), *TemplateKind.choices])
    tone = forms.ChoiceField(required=False, choices=[("", ""), *Tone.choices])
    reason = forms.ChoiceField(required=False, choices=[("", ""), *Reason.choices])
    medium = forms.ChoiceField(required=False, choices=[("", ""), *Medium.choices])
    preview_offer = forms.ModelChoiceField(
        queryset=Offer.objects.none(),
        required=False,
        empty_label="Sample values",
        label="Fill with",
        widget=forms.Select(attrs={"class": "form-select"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preview_offer"].queryset = Offer.objects.for_user(user).order_by("-received_on", "-pk")


# --- Tracking: the dashboard filter, follow-ups, contacts, settings -----------


class OfferFilterForm(ServerChecksLength, BootstrapForm, forms.Form):
    """The dashboard's search, status filter and sort, read from the query string."""

    # Each key sorts one way; "-key" the other way round. Only these are accepted.
    SORTS = [
        ("deadline", "Deadline, soonest first"),
        ("-deadline", "Deadline, latest first"),
        ("received", "Received, newest first"),
        ("-received", "Received, oldest first"),
        ("company", "Company, A to Z"),
        ("-company", "Company, Z to A"),
        ("decided", "Decided, latest first"),
        ("-decided", "Decided, earliest first"),
    ]

    q = forms.CharField(
        label="Search",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Company, role or contact"}),
    )
    status = forms.ChoiceField(label="Status", required=False, widget=PlainSelect)
    sort = forms.ChoiceField(label="Sort by", required=False, choices=SORTS, widget=PlainSelect)

    def __init__(self, *args, status_counts: dict[str, int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            ("", "Any status"),
            *((value, f"{label} ({status_counts.get(value, 0)})") for value, label in Offer.Status.choices),
        ]

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())


class FollowUpForm(ServerChecksLength, BootstrapForm, forms.ModelForm):
    class Meta:
        model = FollowUp
        fields = ["kind", "due_on", "note"]
        widgets = {"kind": PlainSelect, "due_on": DateInput(), "note": forms.Textarea(attrs={"rows": 3})}
        labels = {"kind": "What to do", "due_on": "Due on"}
        help_texts = {"note": "Optional: what you want to say or remember."}

    def __init__(self, *args, offer: Offer, **kwargs):
        self.offer = offer
        super().__init__(*args, **kwargs)

    def clean_due_on(self):
        due_on = self.cleaned_data["due_on"]
        if problem := due_date_problem(due_on, offer=self.offer):
            raise forms.ValidationError(problem)
        return due_on


# Follow-ups further ahead than this are almost surely a typo (2062 for 2026),
# and dates near the calendar's end would break snoozing and rescheduling.
FOLLOW_UP_HORIZON_YEARS = 10


def due_date_problem(due_on: dt.date, *, offer: Offer) -> str:
    """Why a follow-up cannot be due on `due_on`, or "" when it can."""
    if due_on < offer.received_on:
        return f"This is before you received the offer ({format_date(offer.received_on)}). Check the date."
    latest = tracking.add_months(timezone.localdate(), 12 * FOLLOW_UP_HORIZON_YEARS)
    if due_on > latest:
        return f"Choose a date within {FOLLOW_UP_HORIZON_YEARS} years (by {format_date(latest)})."
    return ""


class InteractionForm(ServerChecksLength, BootstrapForm, forms.ModelForm):
    """A contact with the company, logged from the offer page."""

    class Meta:
        model = Interaction
        fields = ["happened_on", "channel", "note"]
        widgets = {"happened_on": DateInput(), "channel": PlainSelect, "note": forms.Textarea(attrs={"rows": 2})}
        labels = {"happened_on": "When", "channel": "How"}
        help_texts = {"note": "Optional: what you talked about."}

    def __init__(self, *args, offer: Offer, today, **kwargs):
        self.offer = offer
        self.today = today
        super().__init__(*args, **kwargs)

    def clean_happened_on(self):
        day = self.cleaned_data["happened_on"]
        if day > self.today:
            raise forms.ValidationError("That day has not come yet: log a contact once it has happened.")
        if day < self.offer.received_on:
            raise forms.ValidationError(
                f"This is before you received the offer ({format_date(self.offer.received_on)}). Check the date."
            )
        return day


class ProfileForm(ServerChecksLength, forms.ModelForm):
    """Your name and signature, as they appear in your emails."""

    class Meta:
        model = Profile
        fields = ["full_name", "signature"]
        widgets = {
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "signature": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "full_name": "Used for {{ my_name }} and {{ my_first_name }} in your templates.",
            "signature": "Markdown, up to 2,000 characters. Added where a template says {{ signature }}; "
            "without one, your name is used. It goes into emails exactly as written: tags are not filled in here.",
        }
        error_messages = {
            "signature": {"max_length": "Keep the signature to 2,000 characters (it has %(show_value)d)."},
        }

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_full_name(self):
        return " ".join(self.cleaned_data["full_name"].split())

    def clean_signature(self):
        # Browsers send textarea lines as CRLF; keep one newline convention in storage.
        # Checked like a template, so braces that would be refused there are refused here.
        return mergetags.validate_or_raise(self.cleaned_data["signature"].replace("\r\n", "\n").strip())


class ReminderForm(ServerChecksLength, forms.ModelForm):
    """Where and when `send_reminders` writes to you."""

    email = forms.EmailField(
        label="Email",
        required=False,
        help_text="Reminders go here. Never shown to anyone.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    class Meta:
        model = Profile
        fields = ["email", "reminders_enabled", "reminder_days_before"]
        labels = {"reminders_enabled": "Email me what is due"}
        help_texts = {
            "reminders_enabled": "One email on a day something is due or overdue, and one when a coach comments on "
            "a draft you share; never the same reminder twice. Turned off, neither is sent.",
            "reminder_days_before": "For an offer you have not answered yet: 0 to 30 days before its deadline.",
        }
        # Out of range either way, one message (not Django's "greater than or equal to").
        error_messages = {
            "reminder_days_before": {
                "min_value": "Choose a number of days from 0 to 30.",
                "max_value": "Choose a number of days from 0 to 30.",
            }
        }

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["reminder_days_before"].widget.attrs.update(min=0, max=30)
        if not self.is_bound:
            self.initial["email"] = user.email

    def clean_email(self):
        # Not checked against other accounts, for the reason given at sign-up.
        return sendable_address(self.cleaned_data["email"].strip().lower())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reminders_enabled") and "email" in cleaned and not cleaned["email"]:
            self.add_error("email", "Reminders need an email address to go to.")
        return cleaned


class CalendarAlarmForm(forms.ModelForm):
    """The alert each event of the calendar feed carries."""

    class Meta:
        model = Profile
        fields = ["calendar_alarm"]
        widgets = {"calendar_alarm": forms.RadioSelect}
        labels = {"calendar_alarm": "Alert me in my calendar"}
        help_texts = {"calendar_alarm": "Calendar apps that honour alerts in a subscribed calendar show them."}

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)


class DeleteAccountForm(forms.Form):
    """Re-entering the password proves it is the owner at the keyboard, not a borrowed session."""

    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, request, user, **kwargs):
        self.request = request
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        # Through authenticate(), so django-axes counts wrong guesses here as at log-in.
        if authenticate(self.request, username=self.user.get_username(), password=password) is None:
            raise forms.ValidationError("That is not your password. Your account has not been deleted.")
        return password


# --- The guided decline flow (§4) and the follow-up plan (§9) -----------------

RATING_CHOICES = [(1, "1 – poor"), (2, "2 – weak"), (3, "3 – fair"), (4, "4 – good"), (5, "5 – great")]


class ReflectionForm(BootstrapForm, forms.ModelForm):
    """Step 2: the offer rated against the user's goals, and what they decide.

    Going back saves the ratings without asking for a decision yet.
    """

    decision = forms.ChoiceField(
        label="What do you want to do?",
        choices=Decision.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose one: decline, keep thinking, or accept."},
    )
    decided_on = forms.DateField(
        label="If you accept: the day you decided",
        required=False,
        widget=DateInput(),
        help_text="Today, unless you accepted on an earlier day.",
        error_messages={"invalid": "Enter the day as a date, like 3 December 2026."},
    )

    class Meta:
        model = Reflection
        fields = [*(field for field, _ in REFLECTION_FACTORS), "goals", "note"]
        widgets = {"goals": forms.Textarea(attrs={"rows": 3}), "note": forms.Textarea(attrs={"rows": 2})}
        labels = {"goals": "How it fits your goals", "note": "Anything else to remember"}
        help_texts = {
            "goals": "What you want next, and how this offer compares. Only you see this, and a coach you share "
            "this offer with.",
            "note": "Optional. Only you see this, even when you share the offer with a coach.",
        }

    def __init__(self, *args, offer: Offer, require_decision: bool = True, today: dt.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.offer = offer
        self.offer = offer
        self.today = today or timezone.localdate()
        self.fields["decided_on"].initial = self.today
        self.fields["decided_on"].widget.attrs.update(
            {"min": offer.received_on.isoformat(), "max": self.today.isoformat()}
        )
        for field, label in REFLECTION_FACTORS:
            self.fields[field] = forms.TypedChoiceField(
                label=label,
                # "Not rated" first: a factor rated by mistake can be skipped again, as the page allows.
                choices=[("", "Not rated"), *RATING_CHOICES],
                coerce=int,
                empty_value=None,
                required=False,
                widget=InlineRadioSelect,
            )
        self.fields["decision"].required = require_decision

    @property
    def ratings(self) -> list[BoundField]:
        """The factors' fields, drawn together under one legend (templates/declines/flow/step_reflect.html)."""
        return [self[field] for field, _ in REFLECTION_FACTORS]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == Decision.ACCEPT and "decided_on" not in self.errors:
            day = cleaned.get("decided_on") or self.today
            try:
                cleaned["decided_on"] = clean_decision_day(day, offer=self.offer, today=self.today)
            except forms.ValidationError as error:
                self.add_error("decided_on", error)
        return cleaned


# What stood out: a sentence of the email holds two things, not a list.
STOOD_OUT_MOST = 2


class ApproachForm(ServerChecksLength, SavedElsewhereCheck, BootstrapForm, forms.ModelForm):
    """Step 3: how to say no. These choices fill the email's greeting, reason,
    open-door and thanks sentences (see `wording.values_for`)."""

    door_open = forms.MultipleChoiceField(
        label="Leave the door open",
        choices=DoorOpen.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Each choice adds a line to your email — choose only what you mean. With “Career direction” "
        "as your reason, future roles, the careers page and events are left out: the email says you are moving to "
        "other work.",
    )

    class Meta:
        model = Offer
        fields = ["reason", "reason_detail", "tone", "medium", "door_open", "people_to_thank", "what_stood_out"]
        widgets = {
            "reason_detail": forms.Textarea(attrs={"rows": 2}),
            "tone": forms.RadioSelect,
            "medium": forms.RadioSelect,
            "people_to_thank": forms.Textarea(attrs={"rows": 3}),
            "what_stood_out": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {
            "reason_detail": "In your own words",
            "tone": "Tone",
            "medium": "How you will tell them",
            "people_to_thank": "People to thank",
            "what_stood_out": "What stood out",
        }
        help_texts = {
            "reason_detail": "Optional, and worth a minute: one honest sentence about your own goals, used instead of "
            "the suggested one, which can only be general. For example “I've decided to stay hands-on with hardware "
            "for a few more years”. Never about their faults.",
            "tone": "Warm for people you got on with, formal for a formal process, brief when less is more.",
            "medium": "For a formal offer, decline in writing. A call first is kind: you get a script for it, "
            "then confirm by email.",
            "people_to_thank": "The people you met, one a line, with their team if you like: "
            "“Marcus Chen (firmware team)”. Your contact is thanked as “you”, the others by name.",
            "what_stood_out": "One or two things from the process you remember, one a line, as you would say "
            "them to your contact — a project you discussed, a question, a kindness — and why it stayed with "
            "you: a detail with its reason reads as yours, a bare one as a blank filled in. For example “the "
            "whiteboard session on your pipeline rebuild — it showed me how the team really works” or “Lena "
            "checking in when my flight was delayed”. Your email mentions them in one sentence. Pay and perks "
            "are left out: praise for what you turn down reads oddly.",
        }
        error_messages = {
            "reason_detail": {"max_length": "Keep it to 1,000 characters (it has %(show_value)d)."},
            "people_to_thank": {"max_length": "Keep the list to 2,000 characters (it has %(show_value)d)."},
            "what_stood_out": {
                "max_length": "Keep it to 300 characters (it has %(show_value)d): one sentence of your email "
                "carries it."
            },
        }

    def __init__(self, *args, require_reason: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"] = forms.ChoiceField(
            label="Why you are declining",
            choices=Reason.choices,
            widget=forms.RadioSelect,
            required=require_reason,
            help_text="It shapes one sentence of your email.",
            error_messages={"required": "Choose a reason — “Prefer not to say” is fine."},
        )
        self._remember_saved()

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            self._merge_saved_elsewhere(cleaned)
        return cleaned

    def clean_reason_detail(self):
        return " ".join(self.cleaned_data["reason_detail"].split())

    def clean_door_open(self):
        chosen = set(self.cleaned_data["door_open"])
        return [value for value in DoorOpen.values if value in chosen]

    def clean_people_to_thank(self):
        typed = self.cleaned_data["people_to_thank"].splitlines()
        lines = [" ".join(without_list_marker(line).split()) for line in typed]
        lines = [line for line in lines if line]
        several = next((line for line in lines if names_several_people(line)), None)
        if several:
            raise forms.ValidationError(
                f"“{several}” seems to name more than one person: put each on a line of their own, so that each "
                "is thanked by name (a team goes in brackets: “Marcus Chen (firmware team)”)."
            )
        return "\n".join(lines)

    def clean_what_stood_out(self):
        lines = [" ".join(line.split()) for line in self.cleaned_data["what_stood_out"].splitlines()]
        lines = [line for line in lines if line]
        if len(lines) > STOOD_OUT_MOST:
            raise forms.ValidationError(
                f"Keep it to one or two things, one a line (there are {len(lines)}): your email mentions them "
                "in a single sentence, and more would crowd it."
            )
        return "\n".join(lines)


class CallForm(forms.Form):
    """ "Phone call first": the day the user made the call, today unless they say otherwise."""

    called_on = forms.DateField(
        label="When you called",
        widget=DateInput(),
        help_text="Today, unless you called on an earlier day. Your written confirmation will name it.",
        error_messages={
            "required": "Enter the day you made the call.",
            "invalid": "Enter the day as a date, like 3 December 2026.",
        },
    )

    def __init__(self, *args, offer: Offer, today: dt.date, **kwargs):
        self.offer = offer
        self.today = today
        super().__init__(*args, **kwargs)
        self.fields["called_on"].widget.attrs.update({"min": offer.received_on.isoformat(), "max": today.isoformat()})

    def clean_called_on(self):
        day = self.cleaned_data["called_on"]
        if day > self.today:
            raise forms.ValidationError("That day has not come yet: come back once you have made the call.")
        if day < self.offer.received_on:
            raise forms.ValidationError(
                f"That is before the offer arrived ({format_date(self.offer.received_on)}). Check the date."
            )
        return day


def clean_decision_day(day: dt.date, *, offer: Offer, today: dt.date) -> dt.date:
    """A decision is made today or on an earlier day, never before the offer arrived (§9)."""
    if day > today:
        raise forms.ValidationError(
            f"That day has not come yet: choose today ({format_date(today)}) or an earlier day."
        )
    if day < offer.received_on:
        raise forms.ValidationError(
            f"That is before the offer arrived ({format_date(offer.received_on)}): "
            "a decision cannot come before the offer. Check the date."
        )
    return day


class SentForm(forms.Form):
    """ "I sent it": the day the decline went out, today unless the user sent it on an earlier day."""

    sent_on = forms.DateField(
        label="Sent on",
        required=False,  # left empty: today
        widget=DateInput(),
        help_text="Today, unless you sent it on an earlier day. Your answer time is counted from it.",
        error_messages={"invalid": "Enter the day as a date, like 3 December 2026."},
    )

    def __init__(self, *args, offer: Offer, today: dt.date, **kwargs):
        self.offer = offer
        self.today = today
        super().__init__(*args, **kwargs)
        self.fields["sent_on"].initial = today
        earliest = self.called_on or offer.received_on
        self.fields["sent_on"].widget.attrs.update({"min": earliest.isoformat(), "max": today.isoformat()})

    @property
    def called_on(self) -> dt.date | None:
        """The day of the call the written confirmation follows, when the user logged one."""
        if self.offer.medium == Medium.PHONE_THEN_WRITTEN:
            return self.offer.called_on
        return None

    def clean_sent_on(self):
        day = clean_decision_day(self.cleaned_data["sent_on"] or self.today, offer=self.offer, today=self.today)
        if self.called_on and day < self.called_on:
            # The confirmation follows the call: sent before it, the timeline and the answer time would be wrong.
            raise forms.ValidationError(
                f"You logged your call on {format_date(self.called_on)}, and this email confirms it: "
                f"choose {format_date(self.called_on)} or a later day."
            )
        return day


class TemplateChoiceForm(BootstrapForm, forms.Form):
    """Which template a new draft starts from. `templates` come ranked, and the
    first, the best match for the offer, is chosen unless the user picks another."""

    template = forms.TypedChoiceField(
        label="Template",
        coerce=int,
        widget=PlainSelect,
        error_messages={"invalid_choice": "Choose one of the templates listed."},
    )

    def __init__(self, *args, templates: list[EmailTemplate], user, **kwargs):
        super().__init__(*args, **kwargs)
        self.templates = {template.pk: template for template in templates}
        best = " — best match" if len(templates) > 1 else ""

        def whose(template: EmailTemplate) -> str:
            if template.owner_id is None:
                return ""
            return " (yours)" if template.owner_id == user.pk else " (from your coach)"

        self.fields["template"].choices = [
            (template.pk, f"{template.name}{whose(template)}{best if position == 0 else ''}")
            for position, template in enumerate(templates)
        ]
        if templates and "template" not in self.initial:
            self.initial["template"] = templates[0].pk
        self.fields["template"].widget.attrs["class"] = "form-select"

    def clean_template(self) -> EmailTemplate:
        return self.templates[self.cleaned_data["template"]]


class DraftForm(ServerChecksLength, BootstrapForm, forms.Form):
    """The text of a draft of any kind (§8), with the version it was opened at.

    A LinkedIn note has no subject (LinkedIn's connection note has none) and
    is plain text; `base_version` that is missing or not a number counts as
    0, which no saved draft has, so such a save is shown as a conflict and
    overwrites nothing. The editor sends it as "draft:version", so a tab
    opened on a draft that has since been replaced by a new one (the flow's
    compose step edits the newest) meets the same conflict instead of writing
    its text over the new draft.
    """

    subject = forms.CharField(
        max_length=200,
        required=False,
        help_text="Up to 200 characters. Name the role or the offer.",
        error_messages={"max_length": "The subject is too long: keep it to 200 characters (it has %(show_value)d)."},
    )
    body = forms.CharField(
        label="Body",
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 18, "spellcheck": "true", "dir": "auto"}),
        help_text="Markdown: **bold**, *italic*, “- ” for a list. Up to 20,000 characters. "
        "Tags such as {{ company }} are filled in when the email is composed.",
        error_messages={
            "required": "The email is empty — write it here, or start again from a template.",
            "max_length": "The email is too long: keep it to 20,000 characters (it has %(show_value)d).",
        },
    )
    base_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, data=None, *, draft: Draft, **kwargs):
        self.draft = draft
        initial = {"subject": draft.subject, "body": draft.body, "base_version": self.version_of(draft)}
        super().__init__(data, initial=initial, **kwargs)
        # A paste over the limit is refused with its length, as typed, not cut short by the browser unseen.
        self.is_note = draft.kind == TemplateKind.LINKEDIN_NOTE
        if self.is_note:
            del self.fields["subject"]
            body = self.fields["body"]
            body.label = "Note"
            body.help_text = (
                f"Plain text, as LinkedIn shows it: at most {LINKEDIN_MAX_CHARS} characters. "
                "Tags such as {{ contact_first_name }} are filled in."
            )
            body.error_messages["required"] = "The note is empty — write it here, or start again from a template."
            body.widget.attrs.update(
                {
                    "rows": 6,
                    "data-count-limit": LINKEDIN_MAX_CHARS,
                    "aria-describedby": "id_body_helptext note-count",
                }
            )

    def clean_subject(self):
        return mergetags.validate_or_raise(" ".join(self.cleaned_data["subject"].split()))

    def clean_body(self):
        # Browsers send textarea lines as CRLF; drafts keep one newline convention.
        return mergetags.validate_or_raise(self.cleaned_data["body"].replace("\r\n", "\n"))

    @staticmethod
    def version_of(draft: Draft) -> str:
        return f"{draft.pk}:{draft.version}"

    def clean_base_version(self) -> int:
        posted = self.cleaned_data["base_version"]
        pk, _, version = posted.rpartition(":")
        if pk and pk != str(self.draft.pk):
            return 0  # written in another draft
        return posted_number(version, max_digits=9) or 0

    def typed(self) -> tuple[str, str]:
        """The subject and body as typed (a note keeps its saved subject), valid or not."""
        if not self.is_bound:
            return self.draft.subject, self.draft.body
        subject = self.draft.subject if self.is_note else self.data.get("subject", "")
        return subject, self.data.get("body", "")

    def saved_subject(self) -> str:
        return self.draft.subject if self.is_note else self.cleaned_data["subject"]


class ReviewDismissForm(forms.Form):
    """One checklist finding to dismiss for a draft, or to bring back: its key (`Result.finding`)."""

    dismiss = forms.CharField(max_length=500, required=False)
    restore = forms.CharField(max_length=500, required=False)

    def _clean_finding(self, name: str) -> str:
        value = self.cleaned_data[name]
        if value and not engine.is_finding_key(value):
            raise forms.ValidationError("Choose a check from the list.")
        return value

    def clean_dismiss(self):
        return self._clean_finding("dismiss")

    def clean_restore(self):
        return self._clean_finding("restore")

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("dismiss")) == bool(cleaned.get("restore")):
            raise forms.ValidationError("Choose one check to dismiss or restore.")
        return cleaned

    @property
    def rule(self) -> str:
        return self.cleaned_data["dismiss"] or self.cleaned_data["restore"]

    @property
    def dismissed(self) -> bool:
        return bool(self.cleaned_data["dismiss"])


class FollowUpPlanForm(ServerChecksLength, forms.Form):
    """One proposed follow-up, which the user may keep, change or leave out."""

    include = forms.BooleanField(label="Keep this follow-up", required=False, initial=True)
    # A blank first choice, so the empty row for adding one's own is left out
    # when untouched (a browser always posts a select's value).
    kind = forms.ChoiceField(label="What to do", choices=[("", "Choose…"), *FollowUp.Kind.choices], required=False)
    due_on = forms.DateField(label="Due on", required=False, widget=DateInput())
    note = forms.CharField(
        label="Note",
        required=False,
        max_length=2000,
        # Two lines: a proposed note runs to a sentence or two, cut off in a one-line field on a phone.
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"max_length": "Keep the note to 2,000 characters (it has %(show_value)d)."},
    )

    def __init__(self, *args, offer: Offer, **kwargs):
        self.offer = offer
        super().__init__(*args, **kwargs)
        kind = dict(FollowUp.Kind.choices).get(self.initial.get("kind"), "")
        index = (self.prefix or "").rsplit("-", 1)[-1]
        number = int(index) + 1 if index.isdecimal() else 1
        # How the page's error summary names this row (its legend: "Follow-up 1: Thank-you note").
        self.summary_name = f"Follow-up {number} ({kind})" if kind else "Your own follow-up"
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            Row(
                Column("kind", css_class="col-sm-6 col-lg-3"),
                Column("due_on", css_class="col-sm-6 col-lg-3"),
                Column("note", css_class="col-lg-6"),
            ),
            "include",
        )

    def clean(self):
        cleaned = super().clean()
        due_on = cleaned.get("due_on")
        if cleaned.get("include") and not cleaned.get("kind"):
            self.add_error("kind", "Choose what to do, or untick “Keep this follow-up”.")
        if cleaned.get("include") and "due_on" not in self.errors:
            if due_on is None:
                self.add_error("due_on", "Choose a date for this follow-up, or untick “Keep this follow-up”.")
            elif problem := due_date_problem(due_on, offer=self.offer):
                self.add_error("due_on", problem)
        return cleaned


FollowUpPlanFormSet = forms.formset_factory(FollowUpPlanForm, extra=1, max_num=12, validate_max=True)


# --- Coaching (§11) ---------------------------------------------------------------------


class InvitationForm(ServerChecksLength, forms.Form):
    email = forms.EmailField(
        label="Your coach's email (optional)",
        required=False,
        help_text="We email them the link. Leave it empty to copy the link and send it yourself.",
    )

    def clean_email(self):
        return sendable_address(self.cleaned_data["email"].strip())


class SharingForm(forms.Form):
    """Which of the offers listed (one page of the client's offers) a coach sees.

    The page sends back which offers it listed (`listed`): the ticks are about
    those, and an offer added since (shared as it was made, say) is not on it
    to be unticked.
    """

    offers = forms.TypedMultipleChoiceField(
        label="Offers they can read", required=False, coerce=int, widget=forms.CheckboxSelectMultiple
    )
    listed = forms.TypedMultipleChoiceField(required=False, coerce=int, widget=forms.MultipleHiddenInput)
    share_new_offers = forms.BooleanField(
        label="Also share every offer I add from now on",
        required=False,
        help_text="You can still stop sharing any one of them.",
    )

    def __init__(self, data=None, *, coaching: Coaching, offers: list[Offer], shared: set[int], **kwargs):
        initial = {
            "offers": sorted(shared),
            "listed": [offer.pk for offer in offers],
            "share_new_offers": coaching.share_new_offers,
        }
        super().__init__(data, initial=initial, **kwargs)
        self.fields["offers"].choices = [
            (offer.pk, f"{offer.company} — {offer.role} ({offer.get_status_display().lower()})") for offer in offers
        ]
        self.fields["listed"].choices = [(offer.pk, offer.pk) for offer in offers]

    @staticmethod
    def listed_in(data) -> set[int]:
        """The offers the page that sent `data` listed (one ticked was listed too), to build the form that
        reads it with."""
        posted = [*data.getlist("listed"), *data.getlist("offers")]
        return {pk for pk in (posted_number(value, max_digits=18) for value in posted) if pk is not None}

    def clean_offers(self) -> set[int]:
        return set(self.cleaned_data["offers"])


class OfferShareForm(forms.Form):
    """Share one offer with one of the user's coaches, or stop."""

    coach = forms.ModelChoiceField(
        queryset=Coaching.objects.none(), error_messages={"invalid_choice": "Choose one of your coaches."}
    )
    share = forms.TypedChoiceField(choices=[("1", "Share"), ("0", "Stop sharing")], coerce=lambda value: value == "1")

    def __init__(self, data=None, *, user, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["coach"].queryset = Coaching.objects.of_client(user).select_related("coach__profile")


class CommentForm(ServerChecksLength, forms.Form):
    """A coach's comment on one paragraph of a draft, and new text for it if they suggest one.

    `quote` is the paragraph as the coach read it: if the client changes it
    meanwhile, the comment is refused and shown again, not lost. A suggestion
    is held to what the editor's form (`DraftForm`) holds a draft to, tags and
    length, with it in place in `draft_body`, so that the client can accept it.
    The text boxes have no `maxlength`: a browser would cut a long paste short
    without a word, where the form says how long it is and keeps it all.
    """

    quote = forms.CharField(widget=forms.HiddenInput, max_length=20_000, strip=False)
    body = forms.CharField(
        label="Comment",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "Keep the comment to 5,000 characters (it has %(show_value)d)."},
    )
    suggestion = forms.CharField(
        label="Suggested text for this paragraph",
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Change the paragraph as you would write it; your client accepts or rejects it in one click. "
        "Leave it as it is to only comment.",
        error_messages={"max_length": "Keep the suggestion to 20,000 characters (it has %(show_value)d)."},
    )

    def __init__(self, data=None, *, paragraph: int, text: str, draft_body: str = "", initial=None, **kwargs):
        self.paragraph = paragraph
        self.draft_body = draft_body
        initial = initial or {}
        initial = {**initial, "quote": text, "suggestion": initial.get("suggestion") or text}
        super().__init__(data, prefix=f"p{paragraph}", initial=initial, **kwargs)
        self.stale = False

    def clean_quote(self):
        # Browsers send every line break in a form as CRLF, hidden fields too.
        return self.cleaned_data["quote"].replace("\r\n", "\n").strip()

    def clean_suggestion(self):
        return self.cleaned_data["suggestion"].replace("\r\n", "\n").strip()

    def clean(self):
        cleaned = super().clean()
        emptied = "suggestion" in cleaned and not cleaned["suggestion"] and bool(cleaned.get("quote"))
        if cleaned.get("suggestion") == cleaned.get("quote"):
            cleaned["suggestion"] = ""  # left as it was: a comment only
        if emptied and not cleaned.get("body", "").strip():
            # A suggestion of nothing would delete the paragraph: the client should read why.
            self.add_error(
                "suggestion",
                "A suggestion needs some text. To suggest leaving this paragraph out, say so in a comment.",
            )
        elif (
            "body" in cleaned and "suggestion" in cleaned and not cleaned["body"].strip() and not cleaned["suggestion"]
        ):
            self.add_error("body", "Write a comment, or change the paragraph below to suggest new text.")
        if cleaned.get("suggestion"):
            self._check_suggestion(cleaned["suggestion"], quote=cleaned.get("quote", ""))
        return cleaned

    def _check_suggestion(self, suggestion: str, *, quote: str) -> None:
        """What the editor would refuse, said to the coach: unknown or broken
        tags, and an email too long with the suggestion in place."""
        try:
            mergetags.validate_or_raise(suggestion)
        except forms.ValidationError as error:
            self.add_error("suggestion", error)
        with_it = replace_paragraph(self.draft_body, quote=quote, near=self.paragraph, replacement=suggestion)
        limit = DraftForm.base_fields["body"].max_length
        if with_it is not None and len(with_it) > limit:
            self.add_error(
                "suggestion",
                f"With this text in place the email would be {len(with_it):,} characters, and it can have "
                f"at most {limit:,}. Shorten the suggestion by {len(with_it) - limit:,} characters.",
            )
