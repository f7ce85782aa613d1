"""The busiest pages' fields (`forms.BootstrapForm`), written in Python, read as crispy-forms'
Bootstrap 5 pack draws them: the wrapper, the label and its asterisk, the control with its classes and
ARIA links, each error, the help text; values escaped, nothing lost."""

from crispy_forms.bootstrap import InlineRadios
from crispy_forms.helper import FormHelper
from crispy_forms.layout import Layout
from django import forms
from django.template import Context, Template
from django.test import SimpleTestCase

from declines.forms import BootstrapForm, DateInput, InlineRadioSelect, PlainSelect


class Sample(BootstrapForm, forms.Form):
    name = forms.CharField(label="Your name", max_length=20, help_text="As <b>you</b> sign.")
    note = forms.CharField(label="Note", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    due_on = forms.DateField(label="Due on", widget=DateInput())
    kind = forms.ChoiceField(label="Kind", choices=[("a", "A & B"), ("c", "C")], widget=PlainSelect)
    version = forms.IntegerField(widget=forms.HiddenInput)


class BootstrapFieldsTest(SimpleTestCase):
    def test_an_unbound_field_has_its_label_control_and_help(self):
        self.assertHTMLEqual(
            Sample()["name"].as_field_group(),
            '<div id="div_id_name" class="mb-3">'
            '<label for="id_name" class="form-label requiredField">Your name<span class="asteriskField">*</span>'
            "</label>"
            '<input type="text" name="name" maxlength="20" class="textinput form-control" required '
            'aria-describedby="id_name_helptext" id="id_name">'
            '<div id="id_name_helptext" class="form-text">As <b>you</b> sign.</div></div>',
        )

    def test_a_field_with_an_error_shows_it_under_the_control_and_keeps_the_value(self):
        form = Sample(data={"name": 'Ann "A" <Lee> and a very long name', "due_on": "2026-12-03", "version": "1"})
        self.assertFalse(form.is_valid())
        self.assertHTMLEqual(
            form["name"].as_field_group(),
            '<div id="div_id_name" class="mb-3">'
            '<label for="id_name" class="form-label requiredField">Your name<span class="asteriskField">*</span>'
            "</label>"
            '<input type="text" name="name" value="Ann &quot;A&quot; &lt;Lee&gt; and a very long name" '
            'maxlength="20" class="textinput form-control is-invalid" required aria-invalid="true" '
            'aria-describedby="id_name_helptext id_name_error" id="id_name">'
            '<div id="id_name_error" class="invalid-feedback"><p id="error_1_id_name"><strong>'
            "Ensure this value has at most 20 characters (it has 34).</strong></p></div>"
            '<div id="id_name_helptext" class="form-text">As <b>you</b> sign.</div></div>',
        )

    def test_a_text_area_keeps_its_text_as_typed(self):
        form = Sample(data={"note": "Line one\n<script>x</script> & more"})
        self.assertHTMLEqual(
            form["note"].as_field_group(),
            '<div id="div_id_note" class="mb-3"><label for="id_note" class="form-label">Note</label>'
            '<textarea name="note" cols="40" rows="3" class="textarea form-control" id="id_note">'
            "Line one\n&lt;script&gt;x&lt;/script&gt; &amp; more</textarea></div>",
        )

    def test_dates_selects_and_hidden_fields(self):
        form = Sample(initial={"due_on": "2026-12-03", "kind": "a", "version": 7})
        self.assertInHTML(
            '<input type="date" name="due_on" value="2026-12-03" class="dateinput form-control" required '
            'id="id_due_on">',
            form["due_on"].as_field_group(),
        )
        self.assertInHTML(
            '<select name="kind" class="plainselect form-select" id="id_kind">'
            '<option value="a" selected>A &amp; B</option><option value="c">C</option></select>',
            form["kind"].as_field_group(),
        )
        self.assertHTMLEqual(
            form["version"].as_field_group(), '<input type="hidden" name="version" value="7" id="id_version">'
        )

    def test_a_plain_select_writes_what_djangos_select_writes(self):
        attrs = {"id": "kind", "class": "form-select", "required": True, "disabled": False, "title": 'a "b" <c> & d'}
        choices = [("", "Any"), ("a", "A & B"), ("Group", [("g1", "G <1>"), ("g2", "G2")])]
        for value in ("", "a", "g2", None):
            with self.subTest(value=value):
                self.assertHTMLEqual(
                    PlainSelect(attrs=attrs, choices=choices).render("kind", value),
                    forms.Select(attrs=attrs, choices=choices).render("kind", value),
                )


class Choices(BootstrapForm, forms.Form):
    tone = forms.ChoiceField(
        label="Tone",
        choices=[("warm", "Warm"), ("formal", "Formal <& proper>")],
        widget=forms.RadioSelect,
        help_text="How it sounds.",
    )
    rating = forms.TypedChoiceField(
        label="Culture",
        choices=[("", "Not rated"), ("1", "1 – poor"), ("2", "2 – weak")],
        coerce=int,
        required=False,
        widget=InlineRadioSelect,
    )
    door = forms.MultipleChoiceField(
        label="Door",
        choices=[("a", "Future roles"), ("b", "LinkedIn")],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class CrispyChoices(forms.Form):
    """The same fields as crispy-forms drew them: `InlineRadios` for the rating."""

    tone, rating, door = Choices.base_fields["tone"], Choices.base_fields["rating"], Choices.base_fields["door"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rating"].widget = forms.RadioSelect(choices=self.fields["rating"].choices)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout("tone", InlineRadios("rating"), "door")


def crispy_drawn(form) -> str:
    return Template("{% load crispy_forms_tags %}{% crispy form %}").render(Context({"form": form}))


class ChoiceFieldsTest(SimpleTestCase):
    """Radios (stacked and side by side) and checkboxes, as crispy-forms drew the Reflect and Approach steps."""

    def assert_drawn_as_crispy_does(self, data=None):
        ours, theirs = Choices(data=data), CrispyChoices(data=data)
        if data is not None:
            self.assertEqual(ours.is_valid(), theirs.is_valid())
        self.assertHTMLEqual("".join(field.as_field_group() for field in ours), crispy_drawn(theirs))

    def test_unbound_choices_are_drawn_as_crispy_forms_draws_them(self):
        self.assert_drawn_as_crispy_does()

    def test_chosen_values_are_checked(self):
        self.assert_drawn_as_crispy_does({"tone": "formal", "rating": "2", "door": ["a", "b"]})

    def test_errors_are_shown_where_crispy_forms_shows_them(self):
        self.assert_drawn_as_crispy_does({"tone": "loud", "rating": "9", "door": ["z"]})

    def test_labels_and_errors_are_escaped(self):
        drawn = Choices(data={"tone": "<b>"})["tone"].as_field_group()
        self.assertIn("Formal &lt;&amp; proper&gt;", drawn)
        self.assertIn("&lt;b&gt; is not one of the available choices", drawn)
        self.assertNotIn("<b>", drawn)


class Dated(BootstrapForm, forms.Form):
    day = forms.CharField(label="Day", required=False)

    def clean(self):
        raise forms.ValidationError("Pick a day <before> the deadline & after the offer.")


class FormWideErrorsTest(SimpleTestCase):
    def test_an_error_of_no_field_is_shown_above_the_form_escaped(self):
        form = Dated(data={"day": "x"})
        self.assertFalse(form.is_valid())
        alert = (
            '<div class="alert alert-block alert-danger"><ul class="m-0">'
            "<li>Pick a day &lt;before&gt; the deadline &amp; after the offer.</li></ul></div>"
        )
        self.assertHTMLEqual(form.non_field_errors_alert, alert)
        self.assertInHTML(alert, str(form))

    def test_a_form_without_one_shows_no_alert(self):
        self.assertEqual(Dated().non_field_errors_alert, "")
        self.assertNotIn("alert", str(Dated()))
