"""Forms. Each takes its context as keyword arguments and is rendered by crispy-forms."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm

from declines import placeholders
from declines.models import EmailTemplate, Offer


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
