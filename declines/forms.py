"""Forms. Each takes its context as keyword arguments and is rendered by crispy-forms."""

import datetime as dt

from crispy_forms.bootstrap import InlineRadios
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Div, Fieldset, Layout, Row
from django import forms
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.forms import AuthenticationForm, UserCreationForm
from django.utils import timezone

from declines import placeholders
from declines.models import (
    REFLECTION_FACTORS,
    DoorOpen,
    Draft,
    EmailTemplate,
    FollowUp,
    Interaction,
    Offer,
    Profile,
    Reason,
    Reflection,
)
from declines.review import engine
from declines.services import Decision


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


class SignUpForm(UserCreationForm):
    full_name = forms.CharField(
        max_length=200, required=False, help_text="Used to sign your emails. You can change it later."
    )
    email = forms.EmailField(help_text="For reminders of your follow-ups. Never shown to anyone.")

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "full_name", "email")

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("An account with this email already exists. Log in instead?")
        return email


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class OfferForm(forms.ModelForm):
    class Meta:
        model = Offer
        fields = [
            "company",
            "role",
            "contact_name",
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
        help_texts = {
            "contact_name": "The person you have been talking to, if you know them.",
            "salary_note": "Optional, for your own records. Never put in an email.",
            "notes": "Anything you want to remember. Only you see this.",
        }

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.instance.owner = user

    def clean_company(self):
        return self.cleaned_data["company"].strip()

    def clean_role(self):
        return self.cleaned_data["role"].strip()

    def clean(self):
        cleaned = super().clean()
        received_on, respond_by = cleaned.get("received_on"), cleaned.get("respond_by")
        if received_on and respond_by and respond_by < received_on:
            self.add_error(
                "respond_by",
                f"The deadline ({respond_by:%d %b %Y}) is before the day you received the offer "
                f"({received_on:%d %b %Y}). Check both dates.",
            )
        return cleaned


class EmailTemplateForm(forms.ModelForm):
    """A user's template. The version it was opened at travels with the form."""

    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = EmailTemplate
        fields = ["name", "kind", "tone", "reason", "medium", "subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 16, "spellcheck": "true"})}
        labels = {"reason": "Reason it suits", "medium": "Medium it suits"}
        help_texts = {
            "subject": "Up to 200 characters. Tags work here too.",
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
        subject = " ".join(self.cleaned_data["subject"].split())
        return placeholders.validate_or_raise(subject)

    def clean_body(self):
        # Browsers send textarea lines as CRLF; keep one newline convention in storage.
        body = self.cleaned_data["body"].replace("\r\n", "\n")
        return placeholders.validate_or_raise(body)


class PreviewForm(forms.Form):
    """What the preview pane is asked to show: a subject and body, filled for an offer or sample values."""

    subject = forms.CharField(required=False, max_length=200)
    body = forms.CharField(required=False, max_length=20_000)
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


class OfferFilterForm(forms.Form):
    """The dashboard's search, status filter and sort, read from the query string."""

    SORTS = [
        ("deadline", "Deadline, soonest first"),
        ("received", "Received, newest first"),
        ("company", "Company, A to Z"),
    ]

    q = forms.CharField(
        label="Search",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Company or role"}),
    )
    status = forms.ChoiceField(label="Status", required=False)
    sort = forms.ChoiceField(label="Sort by", required=False, choices=SORTS)

    def __init__(self, *args, status_counts: dict[str, int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            ("", "Any status"),
            *((value, f"{label} ({status_counts.get(value, 0)})") for value, label in Offer.Status.choices),
        ]

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())


class FollowUpForm(forms.ModelForm):
    class Meta:
        model = FollowUp
        fields = ["kind", "due_on", "note"]
        widgets = {"due_on": DateInput(), "note": forms.Textarea(attrs={"rows": 3})}
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
        return f"This is before you received the offer ({offer.received_on:%d %b %Y}). Check the date."
    latest = timezone.localdate() + dt.timedelta(days=365 * FOLLOW_UP_HORIZON_YEARS)
    if due_on > latest:
        return f"Choose a date within {FOLLOW_UP_HORIZON_YEARS} years (by {latest:%d %b %Y})."
    return ""


class InteractionForm(forms.ModelForm):
    """A contact with the company, logged from the offer page."""

    class Meta:
        model = Interaction
        fields = ["happened_on", "channel", "note"]
        widgets = {"happened_on": DateInput(), "note": forms.Textarea(attrs={"rows": 2})}
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
                f"This is before you received the offer ({self.offer.received_on:%d %b %Y}). Check the date."
            )
        return day


class ProfileForm(forms.ModelForm):
    """Your name and signature, as they appear in your emails."""

    class Meta:
        model = Profile
        fields = ["full_name", "signature"]
        widgets = {"signature": forms.Textarea(attrs={"rows": 4})}
        help_texts = {
            "full_name": "Used for {{ my_name }} and {{ my_first_name }} in your templates.",
            "signature": "Markdown, up to 2,000 characters. Added where a template says {{ signature }}; "
            "without one, your name is used.",
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
        return self.cleaned_data["signature"].replace("\r\n", "\n").strip()


class ReminderForm(forms.ModelForm):
    """Where and when `send_reminders` writes to you."""

    email = forms.EmailField(label="Email", required=False, help_text="Reminders go here. Never shown to anyone.")

    class Meta:
        model = Profile
        fields = ["email", "reminders_enabled", "reminder_days_before"]
        labels = {"reminders_enabled": "Email me what is due"}
        help_texts = {
            "reminders_enabled": "One email on a day something is due or overdue; never the same reminder twice.",
            "reminder_days_before": "For an offer you have not answered yet: 0 to 30 days before its deadline.",
        }

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.fields["reminder_days_before"].widget.attrs.update(min=0, max=30)
        if not self.is_bound:
            self.initial["email"] = user.email

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        others = get_user_model().objects.exclude(pk=self.user.pk)
        if email and others.filter(email__iexact=email).exists():
            raise forms.ValidationError("Another account uses this email. Choose another one.")
        return email

    def clean_reminder_days_before(self):
        days = self.cleaned_data["reminder_days_before"]
        if days is None or days > 30:
            raise forms.ValidationError("Choose a number of days from 0 to 30.")
        return days

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reminders_enabled") and "email" in cleaned and not cleaned["email"]:
            self.add_error("email", "Reminders need an email address to go to.")
        return cleaned


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


class DraftForm(forms.Form):
    """A follow-up draft's subject and body, with the version it was opened at."""

    subject = forms.CharField(max_length=200, required=False)
    body = forms.CharField(
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "true"}),
        help_text="Markdown, with tags such as {{ company }}.",
        error_messages={"max_length": "The body is too long: keep it to 20,000 characters (it has %(show_value)d)."},
    )
    base_version = forms.IntegerField(widget=forms.HiddenInput)

    def clean_subject(self):
        return placeholders.validate_or_raise(" ".join(self.cleaned_data["subject"].split()))

    def clean_body(self):
        return placeholders.validate_or_raise(self.cleaned_data["body"].replace("\r\n", "\n"))


class TemplateChoiceForm(forms.Form):
    """Which template to draft a follow-up from; the best match comes first."""

    template = forms.ModelChoiceField(queryset=EmailTemplate.objects.none(), empty_label=None, label="Template")

    def __init__(self, *args, templates: list[EmailTemplate], **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["template"]
        field.queryset = EmailTemplate.objects.filter(pk__in=[t.pk for t in templates])
        # The queryset checks what is posted; the choices keep the ranked order.
        field.choices = [(t.pk, f"{t.name}{'' if t.owner_id else ' (built-in)'}") for t in templates]


# --- The guided decline flow (§4) and the follow-up plan (§9) -----------------

RATING_CHOICES = [(1, "1 – poor"), (2, "2 – weak"), (3, "3 – fair"), (4, "4 – good"), (5, "5 – great")]


class ReflectionForm(forms.ModelForm):
    """Step 2: the offer rated against the user's goals, and what they decide.

    Going back saves the ratings without asking for a decision yet.
    """

    decision = forms.ChoiceField(
        label="What do you want to do?",
        choices=Decision.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what you want to do: decline, keep thinking, or accept."},
    )

    class Meta:
        model = Reflection
        fields = [*(field for field, _ in REFLECTION_FACTORS), "goals", "note"]
        widgets = {"goals": forms.Textarea(attrs={"rows": 3}), "note": forms.Textarea(attrs={"rows": 2})}
        labels = {"goals": "How it fits your goals", "note": "Anything else to remember"}
        help_texts = {
            "goals": "What you want next, and how this offer compares. Only you see this.",
            "note": "Optional. Only you see this.",
        }

    def __init__(self, *args, offer: Offer, require_decision: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.offer = offer
        for field, label in REFLECTION_FACTORS:
            self.fields[field] = forms.TypedChoiceField(
                label=label,
                choices=RATING_CHOICES,
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
            )
        self.fields["decision"].required = require_decision
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Fieldset(
                "How well does it fit? From 1 (poor) to 5 (great)",
                *(InlineRadios(field) for field, _ in REFLECTION_FACTORS),
                css_class="ratings",
            ),
            "goals",
            "note",
            Div("decision", css_class="decision-box"),
        )


class ApproachForm(forms.ModelForm):
    """Step 3: how to say no. These choices fill the email's greeting, reason,
    open-door and thanks sentences (see `placeholders.values_for`)."""

    door_open = forms.MultipleChoiceField(
        label="Leave the door open",
        choices=DoorOpen.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Each choice adds a line to your email — choose only what you mean.",
    )

    class Meta:
        model = Offer
        fields = ["reason", "reason_detail", "tone", "medium", "door_open", "people_to_thank"]
        widgets = {
            "reason_detail": forms.Textarea(attrs={"rows": 2}),
            "tone": forms.RadioSelect,
            "medium": forms.RadioSelect,
            "people_to_thank": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {
            "reason_detail": "In your own words",
            "tone": "Tone",
            "medium": "How you will tell them",
            "people_to_thank": "People to thank",
        }
        help_texts = {
            "reason_detail": "Optional: one honest sentence about your own goals, used instead of the suggested one. "
            "Never about their faults.",
            "tone": "Warm for people you got on with, formal for a formal process, brief when less is more.",
            "medium": "For a formal offer, decline in writing. A call first is kind; then confirm by email.",
            "people_to_thank": "The people who interviewed you, one name per line. They are thanked by name.",
        }
        error_messages = {
            "reason_detail": {"max_length": "Keep it to 1,000 characters (it has %(show_value)d)."},
            "people_to_thank": {"max_length": "Keep the list to 2,000 characters (it has %(show_value)d)."},
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

    def clean_reason_detail(self):
        return " ".join(self.cleaned_data["reason_detail"].split())

    def clean_door_open(self):
        chosen = set(self.cleaned_data["door_open"])
        return [value for value in DoorOpen.values if value in chosen]

    def clean_people_to_thank(self):
        lines = (" ".join(line.split()) for line in self.cleaned_data["people_to_thank"].splitlines())
        return "\n".join(line for line in lines if line)


class DeclineTemplateForm(forms.Form):
    """Step 4: which template to write the decline from. `templates` come ranked."""

    template = forms.TypedChoiceField(
        label="Template",
        coerce=int,
        help_text="Sorted by how well each matches your reason, tone and medium.",
        error_messages={"invalid_choice": "Choose one of the templates listed."},
    )

    def __init__(self, *args, templates: list[EmailTemplate], **kwargs):
        super().__init__(*args, **kwargs)
        self.templates = {template.pk: template for template in templates}
        self.fields["template"].choices = [
            (
                template.pk,
                f"{template.name}{'' if template.owner_id is None else ' (yours)'}"
                f"{' — best match' if position == 0 else ''}",
            )
            for position, template in enumerate(templates)
        ]
        if templates and "template" not in self.initial:
            self.initial["template"] = templates[0].pk
        self.fields["template"].widget.attrs["class"] = "form-select"

    def clean_template(self) -> EmailTemplate:
        return self.templates[self.cleaned_data["template"]]


class DeclineDraftForm(forms.ModelForm):
    """Step 4: the decline being written, with the version it was opened at (§8)."""

    base_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Draft
        fields = ["subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 18, "spellcheck": "true"})}
        labels = {"body": "Body"}
        help_texts = {
            "subject": "Up to 200 characters. Name the role or the offer.",
            "body": "Markdown: **bold**, *italic*, “- ” for a list. Up to 20,000 characters. "
            "Tags such as {{ company }} are filled in when the email is composed.",
        }
        error_messages = {
            "subject": {"max_length": "The subject is too long: keep it to 200 characters (it has %(show_value)d)."},
            "body": {
                "required": "The email is empty — write it here, or start again from a template.",
                "max_length": "The email is too long: keep it to 20,000 characters (it has %(show_value)d).",
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["base_version"] = self.instance.version

    def clean_subject(self):
        return placeholders.validate_or_raise(" ".join(self.cleaned_data["subject"].split()))

    def clean_body(self):
        # Browsers send textarea lines as CRLF; drafts keep one newline convention.
        return placeholders.validate_or_raise(self.cleaned_data["body"].replace("\r\n", "\n"))


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


class FollowUpPlanForm(forms.Form):
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
        error_messages={"max_length": "Keep the note to 2,000 characters (it has %(show_value)d)."},
    )

    def __init__(self, *args, offer: Offer, **kwargs):
        self.offer = offer
        super().__init__(*args, **kwargs)
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
