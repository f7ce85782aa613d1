"""Forms. Each takes its context as keyword arguments and is rendered by crispy-forms."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm

from declines.models import Offer


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
