"""Form fuzzing: hypothesis types anything into every form of the app, through its view.

The forms are found, not listed. `test_every_form_is_fuzzed` opens every page
of the app as its owner would (the URL patterns walked and filled as in
tests/test_sweeps.py, plus the pages in `PAGES`, which show some forms only in
one state) and reads each <form> with html.parser: where it goes, its fields by
input type, its submit buttons, and the requests htmx makes from it (hx-post
on the form or a button, formaction on a button). A form that no entry of
`FORMS` knows fails that test until it is taught, as the sweep does for URL
patterns; an input type no strategy knows fails the fuzzing the same way.

For each entry of `FORMS`, its page is built on fresh objects and opened
once; every example then fills each field from a strategy chosen by its input
type (text with control characters, NUL, markup, merge tags, and lengths
either side of every limit up to 25,000; dates valid, impossible, far past and
future, malformed; numbers negative, huge, non-numeric; choices on and off the
list), submits it with one of its buttons, and is rolled back: deleting,
consuming and signing up are fuzzed like the rest, and a failing example
replays exactly. One example in three is calm (what a careful user types,
markup and tags included), so that saves happen and the pages after them are
opened too. Hidden fields keep the page's values, except in some wild
examples, which change them (and the button's value) as a tampering client
would. What must hold:

- never a server error (the test client raises it);
- a save (a redirect, whose page then opens) or the page again: 200, 400,
  404 or 409;
- every field error is shown, next to its field (crispy's `is-invalid`);
- the text typed into every text input and textarea is shown back, escaped
  (unless a hidden field was changed, which can leave a form out).

`test_a_far_date_saved_through_a_form_breaks_no_later_page` then saves the
far dates the forms accept and opens every page and action around them.

Surrogates are left out: a browser cannot send a lone one (it encodes UTF-8),
and neither can the test client.
"""

import datetime as dt
import itertools
import json
import secrets
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.db import transaction
from django.forms import BaseForm, BaseFormSet
from django.urls import Resolver404, get_resolver, resolve, reverse
from django.utils import timezone
from django.utils.html import escape
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from declines.forms import FOLLOW_UP_HORIZON_YEARS, PreviewForm
from declines.models import Coaching, Draft, EmailTemplate, FollowUp, Offer, TemplateKind
from declines.services import coaching
from declines.services.follow_ups import follow_up_done
from declines.services.offers import offer_decline
from declines.services.templates import template_create, template_revision_add
from declines.services.trash import soft_delete
from tests.factories import (
    CoachingFactory,
    DraftFactory,
    EmailTemplateFactory,
    FollowUpFactory,
    OfferFactory,
    ReflectionFactory,
    SharedOfferFactory,
    UserFactory,
)
from tests.test_sweeps import TOKEN_URLS, build_world, kwargs_for, walk

# Fuzzing every form takes a while: `make test` leaves it out, CI runs it (see README).
pytestmark = [pytest.mark.django_db, pytest.mark.slow]

PASSWORD = "correct horse battery staple"  # the factories' password
# 429: a limit was reached (sign-ups, resets, wrong passwords), said on the page.
OK_STATUSES = {200, 302, 400, 404, 409, 429}
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


# --- Reading the forms of a page ----------------------------------------------


@dataclass
class Field:
    name: str
    kind: str  # an <input> type, or "textarea", "select", "radio", "checkbox"
    value: str = ""
    options: list[str] = field(default_factory=list)


@dataclass
class HtmlForm:
    method: str
    action: str
    attrs: dict
    fields: dict[str, Field] = field(default_factory=dict)
    buttons: list[tuple[str, str, dict]] = field(default_factory=list)  # name, value, attributes


class FormReader(HTMLParser):
    """The forms of a page, each with its fields and submit buttons (those
    outside it that name it with form="…" too), and the names of the fields
    marked invalid."""

    def __init__(self, page_url: str):
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.forms: list[HtmlForm] = []
        self.invalid: set[str] = set()
        self._by_id: dict[str, HtmlForm] = {}
        self._current: HtmlForm | None = None
        self._later: list[tuple[str, dict]] = []  # controls naming a form further down
        self._textarea: tuple[HtmlForm | None, dict] | None = None
        self._select: tuple[HtmlForm | None, Field] | None = None
        self._option: dict | None = None
        self._text: list[str] = []

    def _form_of(self, attrs) -> HtmlForm | None:
        return self._by_id.get(attrs["form"]) if "form" in attrs else self._current

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if "is-invalid" in attrs.get("class", "").split() and attrs.get("name"):
            self.invalid.add(attrs["name"])
        if tag == "form":
            self._current = HtmlForm(attrs.get("method", "get").lower(), attrs.get("action") or self.page_url, attrs)
            self.forms.append(self._current)
            if attrs.get("id"):
                self._by_id[attrs["id"]] = self._current
        elif tag in ("input", "button"):
            form = self._form_of(attrs)
            if form is not None:
                add_control(form, tag, attrs)
            elif "form" in attrs:
                self._later.append((tag, attrs))
        elif tag == "textarea":
            self._textarea, self._text = (self._form_of(attrs), attrs), []
        elif tag == "select":
            self._select = (self._form_of(attrs), Field(attrs.get("name", ""), "select"))
        elif tag == "option" and self._select:
            self._option, self._text = attrs, []

    def handle_data(self, data):
        self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None
        elif tag == "textarea" and self._textarea:
            form, attrs = self._textarea
            if form is not None and attrs.get("name"):
                text = "".join(self._text)
                form.fields[attrs["name"]] = Field(attrs["name"], "textarea", text.removeprefix("\n"))
            self._textarea = None
        elif tag == "option" and self._select and self._option is not None:
            value = self._option.get("value", "".join(self._text).strip())
            self._select[1].options.append(value)
            if "selected" in self._option:
                self._select[1].value = value
            self._option = None
        elif tag == "select" and self._select:
            form, select = self._select
            if form is not None and select.name:
                form.fields[select.name] = select
            self._select = None

    def close(self):
        super().close()
        for tag, attrs in self._later:
            if attrs["form"] in self._by_id:
                add_control(self._by_id[attrs["form"]], tag, attrs)


def add_control(form: HtmlForm, tag: str, attrs: dict):
    kind = attrs.get("type", "submit" if tag == "button" else "text").lower()
    name = attrs.get("name", "")
    if kind in ("submit", "image"):
        form.buttons.append((name, attrs.get("value", ""), attrs))
    elif kind in ("button", "reset") or not name or name == "csrfmiddlewaretoken":
        return
    elif kind in ("radio", "checkbox"):
        group = form.fields.setdefault(name, Field(name, kind))
        group.options.append(attrs.get("value", "on"))
        if "checked" in attrs:
            group.value = attrs.get("value", "on")
    else:
        form.fields[name] = Field(name, kind, attrs.get("value", ""))


def read_page(url: str, html: str) -> FormReader:
    reader = FormReader(url)
    reader.feed(html)
    reader.close()
    return reader


# --- What a form can send: itself, and each htmx request or formaction in it --


@dataclass
class Target:
    key: str
    method: str
    url: str
    fields: dict[str, Field]
    buttons: list[tuple[str, str]]
    htmx: bool = False
    extra: dict = field(default_factory=dict)  # hx-vals


def url_key(url: str) -> str:
    """The URL name of an action, with the flow step, which changes the form."""
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        return f"<not ours: {url}>"
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    return f"{name}/{match.kwargs['step']}" if "step" in match.kwargs else name


def field_names(fields: dict[str, Field]) -> str:
    """The names a user fills in (the hidden ones if there are no others); the
    forms of a formset count once."""
    shown = [name for name, f in fields.items() if f.kind != "hidden"] or list(fields)
    names = {name.split("-", 2)[2] if name.startswith("form-") else name for name in shown}
    return "(" + ",".join(sorted(names)) + ")"


def targets(form: HtmlForm) -> list[Target]:
    """The requests a form makes, each keyed as `FORMS` names it: the URL name
    it goes to, the names of its fields, and "htmx" when htmx sends it."""
    names = field_names(form.fields)
    buttons = [(name, value) for name, value, attrs in form.buttons if "formaction" not in attrs]
    found = [Target(url_key(form.action) + names, form.method, form.action, form.fields, buttons)]
    if "hx-post" in form.attrs:
        extra = json.loads(form.attrs.get("hx-vals") or "{}")
        url = form.attrs["hx-post"]
        found.append(Target(url_key(url) + names + " htmx", "post", url, form.fields, [], htmx=True, extra=extra))
    elsewhere: dict[tuple[str, bool], list] = {}
    for name, value, attrs in form.buttons:
        if "formaction" in attrs:
            elsewhere.setdefault((attrs["formaction"], False), []).append((name, value))
        if "hx-post" in attrs:
            elsewhere.setdefault((attrs["hx-post"], True), []).append((name, value))
    for (url, htmx), buttons in elsewhere.items():
        key = url_key(url) + names + (" htmx" if htmx else "")
        found.append(Target(key, "post", url, form.fields, buttons, htmx=htmx))
    return found


# --- The pages that show the forms, each on fresh objects ----------------------


def _library(owner):
    """One template of each kind the flow and the follow-ups draft from."""
    kinds = (TemplateKind.DECLINE, TemplateKind.CHECK_IN, TemplateKind.THANK_YOU, TemplateKind.LINKEDIN_NOTE)
    for kind in (*kinds, TemplateKind.ANSWER):
        EmailTemplateFactory(owner=owner, kind=kind, name=f"Mine: {kind}")


def _offer_in_flow(owner) -> Offer:
    """An offer whose flow reached the send step, with its reflection and decline draft."""
    offer = OfferFactory(owner=owner, flow_step=5)
    ReflectionFactory(offer=offer)
    DraftFactory(offer=offer, body="{{ greeting }}\n\nThank you for the offer.\n\n{{ signature }}")
    return offer


def _declined_offer(owner, *, days_ago=0) -> Offer:
    offer = _offer_in_flow(owner)
    sent_at = timezone.now() - dt.timedelta(days=days_ago)
    offer_decline(offer=offer, draft=offer.drafts.get(), sent_at=sent_at)
    return offer


def _follow_up(owner, *, drafted=True, done=False) -> FollowUp:
    offer = _declined_offer(owner)
    draft = DraftFactory(offer=offer, kind=TemplateKind.CHECK_IN) if drafted else None
    follow_up = FollowUpFactory(offer=offer, draft=draft)
    if done:
        follow_up_done(follow_up=follow_up, at=timezone.now(), sent=False)
    return follow_up


TEMPLATE_NUMBERS = itertools.count(1)


def _own_template(owner) -> EmailTemplate:
    template = template_create(
        owner=owner,
        name=f"Fuzzed {next(TEMPLATE_NUMBERS)}",
        kind="decline",
        tone="warm",
        reason="",
        medium="email",
        subject="About {{ role }}",
        body="{{ greeting }}\n\nThank you.",
    )
    template_revision_add(template=template, note="Second.")
    return template


def _deleted_offer(owner) -> Offer:
    offer = OfferFactory(owner=owner)
    soft_delete(row=offer)
    return offer


def _deleted_template(owner) -> EmailTemplate:
    template = _own_template(owner)
    soft_delete(row=template)
    return template


def _coached(owner) -> Coaching:
    """The owner as a client, with a coach who reads one of their offers."""
    coaching = CoachingFactory(client=owner)
    SharedOfferFactory(coaching=coaching, offer=_offer_in_flow(owner))
    return coaching


def _coaching_others(owner) -> Draft:
    """The owner as a coach: a client shares a draft of one paragraph with them."""
    draft = DraftFactory(body="Thank you for the offer.")
    SharedOfferFactory(coaching=CoachingFactory(client=draft.offer.owner, coach=owner), offer=draft.offer)
    return draft


def _coaches_page(owner) -> str:
    _coached(owner)
    coaching.invitation_create(client=owner)
    return reverse("coaches")


def _published_template(owner) -> str:
    _coaching_others(owner)
    return reverse("template_detail", args=[_own_template(owner).pk])


def _step(step: int):
    return lambda owner: reverse("flow_step", args=[_offer_in_flow(owner).pk, step])


def _dashboard(owner) -> str:
    _offer_in_flow(owner)
    return reverse("dashboard")


def _follow_ups(owner, *, done=False) -> str:
    _follow_up(owner, drafted=False, done=done)
    return reverse("follow_ups") + ("?show=done" if done else "")


# Each builds what its page shows for `owner` and returns the page's URL.
PAGES = {
    "signup": lambda owner: reverse("signup"),
    "login": lambda owner: reverse("login"),
    "password_change": lambda owner: reverse("password_change"),
    "password_reset": lambda owner: reverse("password_reset"),
    "dashboard": _dashboard,
    "dashboard_undo": lambda owner: f"{reverse('dashboard')}?deleted={_deleted_offer(owner).pk}",
    # "Decline an offer" gives each visit a key of its own (`views.flow.offer_new`).
    "offer_new": lambda owner: f"{reverse('offer_new')}?k={secrets.token_urlsafe(16)}",
    **{f"flow_{step}": _step(step) for step in range(1, 6)},
    "flow_4_no_draft": lambda owner: reverse("flow_step", args=[OfferFactory(owner=owner, flow_step=4).pk, 4]),
    "flow_call": lambda owner: reverse("flow_call", args=[OfferFactory(owner=owner, flow_step=4, medium="phone").pk]),
    "plan": lambda owner: reverse("offer_plan", args=[_declined_offer(owner).pk]),
    "offer_detail": lambda owner: reverse("offer_detail", args=[_follow_up(owner).offer.pk]),
    "offer_edit": lambda owner: reverse("offer_edit", args=[_offer_in_flow(owner).pk]),
    "follow_ups": _follow_ups,
    "follow_ups_done": lambda owner: _follow_ups(owner, done=True),
    # The offer page fetches this form when its "Add a follow-up" is opened; this is its page of its own.
    "follow_up_new": lambda owner: reverse("follow_up_new", args=[_follow_up(owner).offer.pk]),
    # Likewise its "Log a contact".
    "interaction_new": lambda owner: reverse("interaction_new", args=[_follow_up(owner).offer.pk]),
    # And the answers to have ready, fetched when "Be ready for their questions" is opened.
    "offer_answers": lambda owner: reverse("offer_answers", args=[_follow_up(owner).offer.pk]),
    "follow_up_edit": lambda owner: reverse("follow_up_edit", args=[_follow_up(owner).pk]) + "?next=/follow-ups/",
    "follow_up_delete": lambda owner: reverse("follow_up_delete", args=[_follow_up(owner).pk]) + "?next=/",
    "follow_up_delete_plain": lambda owner: reverse("follow_up_delete", args=[_follow_up(owner).pk]),
    "draft_edit": lambda owner: reverse("draft_edit", args=[_follow_up(owner).draft_id]),
    "follow_up_undrafted": lambda owner: reverse("follow_up_draft", args=[_follow_up(owner, drafted=False).pk]),
    "settings": lambda owner: reverse("account_settings"),
    "account_delete": lambda owner: reverse("account_delete"),
    "template_list": lambda owner: reverse("template_list"),
    "template_list_undo": lambda owner: f"{reverse('template_list')}?deleted={_deleted_template(owner).pk}",
    "template_new": lambda owner: reverse("template_new"),
    "template_detail": lambda owner: reverse("template_detail", args=[_own_template(owner).pk]),
    "template_edit": lambda owner: reverse("template_edit", args=[_own_template(owner).pk]),
    "template_revisions": lambda owner: reverse("template_revisions", args=[_own_template(owner).pk]),
    # Coaching (§11): the client's side, then the coach's
    "coaches": _coaches_page,
    "coach_sharing": lambda owner: reverse("coach_sharing", args=[_coached(owner).pk]),
    "offer_detail_coached": lambda owner: reverse("offer_detail", args=[_coached(owner).shares.get().offer_id]),
    "template_list_coached": lambda owner: (_coached(owner), reverse("template_list"))[1],
    "invitation": lambda owner: coaching.invitation_create(client=UserFactory()).get_absolute_url(),
    "client_draft": lambda owner: reverse("client_draft", args=[_coaching_others(owner).pk]),
    "template_detail_coach": _published_template,
}
# Pages for a visitor who has not logged in; they send a logged-in user on.
ANONYMOUS_PAGES = {"signup", "login", "password_reset"}


# --- Strategies ---------------------------------------------------------------

SNIPPETS = [
    *("{{ company }}", "{{ signature }}", "{{ compnay }}", "{{", "}}", "{%", "%}", "{% load static %}", "{#"),
    *("{{ company|safe }}", "{{{{ role }}}}", "<script>alert(1)</script>", "</textarea>", '"><img src=x onerror=a()>'),
    *("<b>", "&amp;", "&", '"', "'", "**bold**", "_x_", "# ", "- ", "1. ", "> ", "`code`", "```", "\\", "|a|b|"),
    *("[link](javascript:alert(1))", "![x](http://example.com/x.png)", "%s", "%(name)s", "{0}", "' OR 1=1 --"),
    *("\r\n", "\n", "\r", "\t", "\x00", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u202e", "\u200b"),
    *("\ufeff", "\u00a0", "\uffff", "\U0010ffff", "e\u0301", "Zoë", "😀", "ﷺ"),
]
PIECES = st.one_of(
    st.text(max_size=30),  # any code point but a surrogate
    st.sampled_from(SNIPPETS),
    st.text(st.characters(categories=["Cc"]), max_size=5),
)
SHORT_TEXT = st.lists(PIECES, max_size=8).map("".join)
# Either side of every length limit the app has, and well past the largest.
LENGTHS = [150, 151, 199, 200, 201, 255, 256, 1000, 1001, 2000, 2001, 5000, 5001, 10_000, 10_001, 20_000, 20_001]
LONG_TEXT = st.builds(
    lambda piece, size: (piece * (size // len(piece) + 1))[:size],
    SHORT_TEXT.filter(bool),
    st.one_of(st.sampled_from([*LENGTHS, 25_000]), st.integers(1, 25_000)),
)
TEXT = st.one_of(SHORT_TEXT, LONG_TEXT)

ODD_DATES = [
    *("0001-01-01", "9999-12-31", "9999-12-25", "0000-01-01", "10000-01-01", "-0001-01-01", "2024-02-30"),
    *("2023-02-29", "2024-13-01", "2024-00-10", "2024-1-1", "1/2/2024", "31/12/2024", "2024/12/31", "20241231"),
    *("2024-12-31T10:00", " 2024-12-31 ", "today", "", "２０２４-０１-０１", "٢٠٢٤-٠١-٠١"),
]
DATES = st.one_of(
    st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2035, 12, 31)).map(dt.date.isoformat),
    st.dates().map(dt.date.isoformat),  # from 0001-01-01 to 9999-12-31
    st.sampled_from(ODD_DATES),
    SHORT_TEXT,
)
ODD_NUMBERS = ["-1", "-0", "+5", " 7 ", "1e3", "1.5", "0x10", "1_000", "NaN", "inf", "²", "٣", "١٢", "9" * 40, ""]
NUMBERS = st.one_of(
    st.integers(-5, 40).map(str),
    st.integers().map(str),  # unbounded: up to very large
    st.sampled_from(ODD_NUMBERS),
    st.floats().map(str),
    SHORT_TEXT,
)
EMAILS = st.one_of(st.emails().map(str), st.just(""), TEXT)
# What a client that changes hidden fields sends: besides anything, other pages and sites to go "next".
ODD_HIDDEN = ["0", "dashboard", "logout", "//evil.example/", "https://evil.example/", "javascript:alert(1)", "/\\x"]
TAMPERED = st.one_of(st.sampled_from(ODD_HIDDEN), NUMBERS, SHORT_TEXT)

# Calm values: what a careful user types, with the markup and tags the app must
# store and show as written, so that saves happen and the pages after them open.
CALM_PIECES = st.one_of(
    st.text(st.characters(exclude_categories=["Cc", "Cs"]), min_size=1, max_size=40),
    st.sampled_from(["{{ company }}", "{{ my_name }}", "<b>", "**bold**", "&amp;", "\"<'", "Zoë", "😀", "\n", "- "]),
)
CALM_TEXT = st.lists(CALM_PIECES, min_size=1, max_size=4).map("".join)
# Around today, where the offers and follow-ups fuzzed here have their dates.
CALM_DATES = st.one_of(st.integers(-3, 0), st.integers(1, 400)).map(
    lambda days: (timezone.localdate() + dt.timedelta(days=days)).isoformat()
)


def calm_by_kind(f: Field):
    if f.kind in ("text", "textarea", "search", "password"):
        return CALM_TEXT
    if f.kind == "email":
        return st.emails().map(str)
    if f.kind == "date":
        return CALM_DATES
    if f.kind == "number":
        return st.integers(0, 30).map(str)
    if f.kind in ("select", "radio"):
        return st.sampled_from(f.options) if f.options else st.just("")
    if f.kind == "checkbox":
        return st.lists(st.sampled_from(f.options), unique=True)
    return by_kind(f)


def by_kind(f: Field):
    """A strategy for a field from its input type; a type not taught here fails the test."""
    if f.kind in ("text", "textarea", "search", "password"):
        return TEXT
    if f.kind == "email":
        return EMAILS
    if f.kind == "date":
        return DATES
    if f.kind == "number":
        return NUMBERS
    if f.kind in ("select", "radio"):
        listed = st.sampled_from(f.options) if f.options else st.just("")
        return st.one_of(listed, listed, TAMPERED)
    if f.kind == "checkbox":
        listed = st.lists(st.sampled_from(f.options), unique=True)
        return st.one_of(listed, st.lists(st.one_of(st.sampled_from(f.options), SHORT_TEXT), max_size=4))
    raise AssertionError(f"No strategy for <input type={f.kind!r}> ({f.name}): teach `by_kind` about it.")


# Past the 150 characters of a username and the 255 of the log of failed log-ins.
LOGIN_NAMES = st.one_of(st.just("owner"), st.just("OWNER"), st.sampled_from(["x" * 151, "x" * 256, "x" * 25_000]), TEXT)
NEW_PASSWORDS = st.one_of(st.just("an unusual passphrase 4 fuzz"), st.just("short"), st.just("password"), TEXT)
# Fields whose value needs a better chance than its input type gives it, by
# (URL name, field name).
OVERRIDES = {
    ("login", "username"): LOGIN_NAMES,
    ("login", "password"): st.one_of(st.just(PASSWORD), TEXT),
    ("signup", "username"): st.one_of(st.from_regex(r"[a-z][a-z0-9_.@+-]{0,30}", fullmatch=True), LOGIN_NAMES),
    ("signup", "password1"): NEW_PASSWORDS,
    ("password_change", "old_password"): st.one_of(st.just(PASSWORD), TEXT),
    ("password_change", "new_password1"): NEW_PASSWORDS,
    # Never the right password: only wrong guesses are fuzzed, the account stays.
    ("account_delete", "password"): TEXT.filter(lambda p: p != PASSWORD),
}
# Fields that usually repeat another, as a user retypes a new password.
REPEATS = {"password2": "password1", "new_password2": "new_password1"}
# How a page shows back what was typed, where that is not the text itself.
SHOWN_AS = {
    # The template search box shows the query it ran: trimmed, and cut to 200 characters.
    ("template_list", "q"): lambda value: value.strip()[:200],
    # The coach's comment comes back trimmed, as it would be saved.
    ("client_draft", "p0-body"): str.strip,
    ("client_draft", "p0-suggestion"): lambda value: value.replace("\r\n", "\n").strip(),
}


OFFER_FIELDS = (
    "company,contact_email,contact_honorific,contact_name,contact_title,notes,received_on,respond_by,role,salary_note"
)

# Every form with something to type or choose, by key (see `targets`), with the page that shows it.
TYPED_FORMS = {
    # Accounts
    "signup(email,full_name,password1,password2,username)": "signup",
    "login(password,username)": "login",
    "password_change(new_password1,new_password2,old_password)": "password_change",
    "password_reset(email)": "password_reset",
    "account_settings(profile-full_name,profile-signature)": "settings",
    "account_settings(reminders-email,reminders-reminder_days_before,reminders-reminders_enabled)": "settings",
    "account_settings(calendar-calendar_alarm)": "settings",
    "account_delete(password)": "account_delete",
    # Searching
    "dashboard(q,sort,status)": "dashboard",
    # A client with a coach has a "Whose" filter too; without one the form is the same, less that.
    "template_list(kind,q,source)": "template_list_coached",
    # The flow: the offer, reflect, approach, compose (and its live preview and checklist), the plan
    f"offer_new({OFFER_FIELDS})": "offer_new",
    f"flow_step/1({OFFER_FIELDS})": "flow_1",
    "flow_step/2(compensation,culture,decided_on,decision,development,goals,"
    "growth,mentorship,note,stability,work_life)": "flow_2",
    "flow_step/3(door_open,medium,people_to_thank,reason,reason_detail,tone,what_stood_out)": "flow_3",
    "flow_call(called_on)": "flow_call",
    "flow_step/4(template)": "flow_4_no_draft",
    "flow_step/4(template) htmx": "flow_4_no_draft",
    "flow_step/4(body,subject)": "flow_4",
    "flow_step/5(sent_on)": "flow_5",
    "draft_preview(body,subject) htmx": "flow_4",
    "draft_dismiss(body,subject) htmx": "flow_4",
    "offer_plan(due_on,include,kind,note)": "plan",
    # Offers and follow-ups
    f"offer_edit({OFFER_FIELDS})": "offer_edit",
    "interaction_new(contact-channel,contact-happened_on,contact-note)": "interaction_new",
    "follow_up_new(due_on,kind,note)": "follow_up_new",
    "follow_up_edit(due_on,kind,note)": "follow_up_edit",
    # The one draft editor outside the flow, and a follow-up's templates before it is drafted
    "draft_edit(body,subject)": "draft_edit",
    "draft_new(template)": "flow_4_no_draft",
    "follow_up_draft(template)": "follow_up_undrafted",
    "follow_up_draft(template) htmx": "follow_up_undrafted",
    "follow_up_draft_new(template)": "follow_up_undrafted",
    # Templates
    "template_new(body,kind,medium,name,preview_offer,reason,subject,tone)": "template_new",
    "template_preview(body,kind,medium,name,preview_offer,reason,subject,tone) htmx": "template_new",
    "template_edit(body,kind,medium,name,preview_offer,reason,subject,tone)": "template_edit",
    # Coaching
    "coaches(email)": "coaches",
    "coach_sharing(offers,share_new_offers)": "coach_sharing",
    "client_draft(p0-body,p0-suggestion)": "client_draft",
}
# Every form that is a button, with hidden fields or none.
BUTTON_FORMS = {
    "logout()": "dashboard",
    "calendar_token_regenerate()": "settings",
    "reminder_test()": "settings",
    "draft_dismiss()": "flow_5",
    "offer_delete()": "offer_detail",
    "offer_undelete()": "dashboard_undo",
    "offer_unsend()": "plan",
    "follow_up_done(next)": "follow_ups",
    "draft_new(kind)": "offer_answers",
    "follow_up_reopen(next)": "follow_ups_done",
    "follow_up_snooze(next)": "follow_ups",  # the period comes with its button
    "follow_up_draft_new(next)": "follow_ups",
    "follow_up_delete(next)": "follow_up_delete",
    "follow_up_delete()": "follow_up_delete_plain",
    "template_duplicate()": "template_detail",
    "template_delete()": "template_detail",
    "template_undelete()": "template_list_undo",
    "template_restore_revision()": "template_revisions",
    "coach_remove()": "coaches",
    "invitation_withdraw()": "coaches",
    "offer_share(coach)": "offer_detail_coached",
    "invitation_accept()": "invitation",
    "template_publish()": "template_detail_coach",
}
FORMS = {**TYPED_FORMS, **BUTTON_FORMS}


# --- The properties -----------------------------------------------------------


def bound_forms(response) -> list[BaseForm]:
    """The bound forms the page was rendered with, those of a formset too."""
    found = {}
    for context in response.context or []:
        for value in context.flatten().values():
            for form in value.forms if isinstance(value, BaseFormSet) else [value]:
                if isinstance(form, BaseForm) and form.is_bound:
                    found[id(form)] = form
    return list(found.values())


def must_be_shown(value: str) -> bool:
    """Text a page must show back: any but blank (crispy folds a blank textarea)
    or with control characters other than tab and line breaks."""
    controls = (ch for ch in value if ch not in "\t\n\r")
    return bool(value.strip()) and not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in controls)


def check(client, target: Target, sent: dict, response, *, tampered: bool):
    status = response.status_code
    assert status in OK_STATUSES, f"{target.key}: HTTP {status}"
    if status == 302:
        location = response["Location"]
        assert not urlsplit(location).netloc, f"{target.key} sent the user off the site: {location}"
        after = client.get(location)
        assert after.status_code in OK_STATUSES, f"{target.key}: the page after saving, {location}: {after.status_code}"
        return
    if target.htmx or not response["Content-Type"].startswith("text/html"):
        return  # a partial: the form it came from is still on the user's page
    html = response.content.decode()
    invalid = read_page(target.url, html).invalid
    forms = bound_forms(response)
    if tampered and not forms:
        return  # a changed hidden field no longer said which form this was
    with_error = set()
    for form in forms:
        for name, errors in form.errors.items():
            if name == "__all__" or form.fields[name].widget.is_hidden:
                continue
            html_name = form.add_prefix(name)
            with_error.add(html_name)
            for message in errors:
                assert escape(message) in html, f"{target.key}: the error on {html_name} is not shown: {message!r}"
            if not isinstance(form, PreviewForm):  # its problems are listed in the preview, beside the editor
                assert html_name in invalid, f"{target.key}: the error on {html_name} is not next to the field"
    if tampered:
        return  # changed management fields can leave forms out, and their text with them
    for name, f in target.fields.items():
        value = sent.get(name)
        if f.kind not in ("text", "textarea", "search", "email") or not isinstance(value, str):
            continue
        shown = SHOWN_AS.get((url_key(target.url), name), lambda v: v)(value)
        if must_be_shown(shown):
            assert escape(shown) in html, (
                f"{target.key}: what was typed in {name} ({'with' if name in with_error else 'without'} an error) "
                f"is not shown back: {shown[:300]!r}"
            )


def submit(client, target: Target, values: dict, button):
    data = {**target.extra, **{name: value for name, value in values.items() if value is not None}}
    if button and button[0]:
        data[button[0]] = button[1]
    headers = {"HX-Request": "true"} if target.htmx else {}
    send = client.get if target.method == "get" else client.post
    return send(target.url, data, headers=headers)


def log_in_for(client, owner, page: str):
    if page in ANONYMOUS_PAGES:
        client.logout()
    else:
        client.force_login(owner, backend=MODEL_BACKEND)


def open_form(client, owner, key: str) -> Target:
    """Build the form's page on fresh objects, open it and read the form."""
    page = FORMS[key]
    log_in_for(client, owner, page)
    url = PAGES[page](owner)
    response = client.get(url)
    assert response.status_code == 200, (page, url, response.status_code)
    found = {t.key: t for form in read_page(url, response.content.decode()).forms for t in targets(form)}
    assert key in found, f"{key} is not on {url}; it has {sorted(found)}"
    return found[key]


def draw_values(data, target: Target, *, calm: bool, tampered: bool) -> dict:
    url_name = url_key(target.url)
    values = {}
    for name, f in target.fields.items():
        if f.kind == "hidden":
            strategy = TAMPERED if tampered else st.just(f.value)
        elif (url_name, name) in OVERRIDES:
            strategy = OVERRIDES[url_name, name]
        else:
            strategy = calm_by_kind(f) if calm else by_kind(f)
            if REPEATS.get(name) in values:
                strategy = st.one_of(st.just(values[REPEATS[name]]), strategy)
        values[name] = data.draw(strategy, label=name)
    return values


SETTINGS = {
    "deadline": None,
    # Each example is rolled back, so the client and owner are the same at the start of each.
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
}


@pytest.fixture
def form(owner_client, owner, key) -> Target:
    _library(owner)
    return open_form(owner_client, owner, key)


def submit_anything(data, client, owner, form: Target, key: str):
    # One example in three types calmly; of the others, one in four changes the
    # hidden fields and the button's value, or one in two for a button alone.
    calm = data.draw(st.sampled_from([False, False, True]), label="calm")
    kinds = {f.kind for f in form.fields.values()}
    can_tamper = "hidden" in kinds or any(name for name, _ in form.buttons)
    odds = [False, True] if kinds <= {"hidden"} else [False, False, False, True]
    tampered = can_tamper and not calm and data.draw(st.sampled_from(odds), label="tampered")
    values = draw_values(data, form, calm=calm, tampered=tampered)
    button = data.draw(st.sampled_from(form.buttons or [None]), label="button")
    if tampered and button and button[0]:
        button = (button[0], data.draw(TAMPERED, label="button value"))
    with transaction.atomic():
        log_in_for(client, owner, FORMS[key])
        response = submit(client, form, values, button)
        check(client, form, values, response, tampered=tampered)
        transaction.set_rollback(True)


@pytest.mark.parametrize("key", sorted(TYPED_FORMS))
@settings(max_examples=20, **SETTINGS)
@given(data=st.data())
def test_a_form_never_fails_and_shows_back_what_was_typed(owner_client, owner, key, form, data):
    submit_anything(data, owner_client, owner, form, key)


@pytest.mark.parametrize("key", sorted(BUTTON_FORMS))
@settings(max_examples=10, **SETTINGS)
@given(data=st.data())
def test_a_button_never_fails(owner_client, owner, key, form, data):
    submit_anything(data, owner_client, owner, form, key)


# --- Every form is fuzzed -----------------------------------------------------


def test_every_form_is_fuzzed(client):
    """Every form on every page is in FORMS, and every entry of FORMS is on a page."""
    world = build_world()
    owner = world.owner
    found: dict[str, str] = {}

    def collect(page: str, url: str):
        log_in_for(client, owner, page)
        response = client.get(url)
        if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            for form in read_page(url, response.content.decode()).forms:
                for target in targets(form):
                    found.setdefault(target.key, url)
                    for f in target.fields.values():
                        if f.kind != "hidden":
                            by_kind(f)  # fails for an input type no strategy knows

    for name, _route, params in sorted(walk(get_resolver().url_patterns)):
        if name not in TOKEN_URLS:
            kwargs = kwargs_for(name, world, params)
            assert kwargs is not None, f"Cannot fill {name}: teach FILL in tests/test_sweeps.py about it."
            collect(name, reverse(name, kwargs=kwargs))
    _library(owner)
    for page, build in PAGES.items():
        collect(page, build(owner))

    untaught = {key: url for key, url in found.items() if key not in FORMS}
    assert untaught == {}, f"Teach FORMS about these forms (key: a page that shows it): {untaught}"
    assert sorted(set(FORMS) - set(found)) == [], "FORMS names forms that no page shows"


# --- Far dates saved through a form, then every page and action around them ----

# The calendar's ends, and the furthest day a follow-up may be due (FOLLOW_UP_HORIZON_YEARS ahead).
HORIZON = "horizon"
FAR_DATES = [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(9999, 12, 25), HORIZON]


@pytest.mark.parametrize("day", FAR_DATES, ids=str)
def test_a_far_date_saved_through_a_form_breaks_no_later_page(owner_client, owner, day):
    """A far date is refused next to its field, or, if a form accepts it, breaks no later page or action."""
    if day == HORIZON:
        day = timezone.localdate() + dt.timedelta(days=365 * FOLLOW_UP_HORIZON_YEARS)
    client = owner_client
    _library(owner)
    offer = _declined_offer(owner, days_ago=30)
    check_in = FollowUpFactory(offer=offer, kind=FollowUp.Kind.CHECK_IN)
    offer_fields = {"company": offer.company, "role": offer.role, "received_on": "0001-01-01", "respond_by": ""}
    saves = [
        (reverse("offer_edit", args=[offer.pk]), offer_fields),
        (reverse("follow_up_edit", args=[check_in.pk]), {"kind": "check_in", "due_on": day, "note": ""}),
        (reverse("follow_up_new", args=[offer.pk]), {"kind": "check_in", "due_on": day, "note": ""}),
    ]
    refused = []
    for url, fields in saves:
        response = client.post(url, fields)
        if response.status_code == 200:
            page = response.content.decode()
            assert "is-invalid" in page and "Choose a date within" in page, url
            refused.append(url)
        else:
            assert response.status_code == 302, url
    check_in.refresh_from_db()
    if day > timezone.localdate() + dt.timedelta(days=365 * FOLLOW_UP_HORIZON_YEARS):
        assert len(refused) == 2, "a due date beyond the horizon must be refused by both follow-up forms"
        assert check_in.due_on != day
    else:
        assert refused == []
        assert check_in.due_on == day

    today = timezone.localdate().isoformat()
    requests = [
        ("get", reverse("dashboard"), None),
        ("get", reverse("follow_ups"), None),
        ("get", reverse("offer_detail", args=[offer.pk]), None),
        ("get", reverse("follow_up_draft", args=[check_in.pk]), None),
        ("get", reverse("calendar_feed", args=[owner.profile.calendar_token]), None),
        ("get", reverse("export_csv"), None),
        ("get", reverse("export_json"), None),
        (
            "post",
            reverse("interaction_new", args=[offer.pk]),
            {"contact-happened_on": today, "contact-channel": "email"},
        ),
        ("post", reverse("follow_up_snooze", args=[check_in.pk]), {"period": "week"}),
        ("post", reverse("follow_up_snooze", args=[check_in.pk]), {"period": "month"}),
        ("post", reverse("follow_up_draft_new", args=[check_in.pk]), {}),
    ]
    broken = []
    for method, url, fields in requests:
        # Each from the same saved state, and every one tried, so that all that break are listed.
        with transaction.atomic():
            try:
                status = getattr(client, method)(url, fields).status_code
            except Exception as error:  # the test client re-raises what would be a 500
                status = f"500 ({type(error).__name__}: {error})"
            if status not in (200, 302):
                broken.append(f"{method.upper()} {url}: {status}")
            transaction.set_rollback(True)
    assert broken == [], "\n".join(broken)


# --- The other query parameters of the search pages ------------------------------


def with_odd_numbers(test):
    """Every odd number as an explicit example, so each is tried on every run."""
    for value in ODD_NUMBERS:
        test = example(page=value, deleted=value)(test)
    return test


@pytest.mark.parametrize("name", ["dashboard", "template_list"])
@settings(max_examples=15, **SETTINGS)
@given(page=NUMBERS, deleted=NUMBERS)
@with_odd_numbers
def test_a_search_page_never_fails_on_an_odd_page_or_undo_number(owner_client, name, page, deleted):
    """Beside the search form, the page number and the just-deleted row (for its Undo) come from the URL."""
    assert owner_client.get(reverse(name), {"page": page, "deleted": deleted}).status_code == 200
