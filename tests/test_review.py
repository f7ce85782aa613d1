"""The review checklist (§7): the corpus of labelled drafts, then each rule's edges."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from declines import review as rv
from declines.models import OfferStatus, Reason, TemplateKind
from declines.review import RULES, RULES_BY_KEY, ReviewContext, review, rules_for, summary
from tests.factories import OfferFactory

CORPUS_DIR = Path(__file__).parent / "review_corpus"
TODAY = dt.date(2025, 3, 10)
REQUIRED_AGREEMENT = 0.95


def load_corpus() -> list[dict]:
    cases = []
    for path in sorted(CORPUS_DIR.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            case["file"] = path.name
            cases.append(case)
    return cases


CORPUS = load_corpus()


def corpus_context(case: dict) -> ReviewContext:
    c = case["context"]
    days = c.get("days_to_deadline")
    return ReviewContext(
        kind=case["kind"],
        reason=c.get("reason", ""),
        reason_detail=c.get("reason_detail", ""),
        contact_name=c.get("contact_name", ""),
        role=c.get("role", ""),
        company=c.get("company", ""),
        respond_by=None if days is None else TODAY + dt.timedelta(days=days),
        today=TODAY,
        already_sent=c.get("already_sent", False),
    )


def run_case(case: dict) -> dict[str, rv.Result]:
    body = "\n".join(case["body"]) if isinstance(case["body"], list) else case["body"]
    results = review(subject=case["subject"], text=body, context=corpus_context(case))
    return {result.rule.key: result for result in results}


def agreement() -> tuple[dict[str, tuple[int, int]], list[str]]:
    """Per rule (agreed, cases); and one line per disagreement."""
    tally = {rule.key: [0, 0] for rule in RULES}
    disagreements = []
    for case in CORPUS:
        got = run_case(case)
        for key, expected in case["expected"].items():
            tally[key][1] += 1
            status = got[key].status if key in got else "absent"
            if status == expected:
                tally[key][0] += 1
            else:
                message = got[key].message if key in got else ""
                disagreements.append(f"  {case['id']}: {key} expected {expected}, got {status} ({message})")
    return {key: (a, n) for key, (a, n) in tally.items()}, disagreements


def format_table(tally: dict[str, tuple[int, int]]) -> str:
    lines = [f"{'rule':22} {'agree':>7} {'cases':>6} {'rate':>7}"]
    for key, (agreed, cases) in tally.items():
        rate = agreed / cases if cases else 1.0
        lines.append(f"{key:22} {agreed:7} {cases:6} {rate:7.1%}")
    return "\n".join(lines)


# --- The corpus ---------------------------------------------------------------


def test_corpus_is_large_and_varied():
    good = [c for c in CORPUS if "warning" not in c["expected"].values()]
    flawed = [c for c in CORPUS if "warning" in c["expected"].values()]
    kinds = {c["kind"] for c in CORPUS}

    assert len(good) >= 30
    assert len(flawed) >= 30
    assert kinds == set(TemplateKind.values)
    assert len({c["id"] for c in CORPUS}) == len(CORPUS), "case ids must be unique"


@pytest.mark.parametrize("case", CORPUS, ids=[c["id"] for c in CORPUS])
def test_corpus_labels_every_applicable_rule(case):
    applicable = {r.key for r in RULES if r.applies_to(corpus_context(case))}

    assert set(case["expected"]) == applicable
    assert set(case["expected"].values()) <= {"pass", "warning"}


def test_corpus_agrees_with_a_careful_reviewer_on_every_rule():
    tally, disagreements = agreement()
    table = format_table(tally)
    print("\nReview checklist — agreement with the labelled corpus")
    print(f"{len(CORPUS)} cases\n{table}")
    if disagreements:
        print("Disagreements:\n" + "\n".join(disagreements))

    below = [key for key, (agreed, cases) in tally.items() if cases and agreed / cases < REQUIRED_AGREEMENT]
    assert not below, f"rules below {REQUIRED_AGREEMENT:.0%}: {below}\n{table}\n" + "\n".join(disagreements)


# --- Helpers for the rule tests ----------------------------------------------------

GOOD_DECLINE = """Dear Priya,

Thank you for the offer of the Senior Data Engineer role, and for the time you and the team spent interviewing me.

After a lot of thought I have decided to decline the offer. I have accepted a position with another company
that is closer to the work I want to do next.

I enjoyed every conversation, and I would be glad to stay in touch and hope our paths cross again.

Best wishes,
Alex Morgan"""


def make_context(**overrides) -> ReviewContext:
    values = {
        "kind": "decline",
        "reason": Reason.ANOTHER_OFFER,
        "reason_detail": "",
        "contact_name": "Priya Lee",
        "role": "Senior Data Engineer",
        "company": "Brightwater Analytics",
        "respond_by": TODAY + dt.timedelta(days=4),
        "today": TODAY,
    }
    values.update(overrides)
    return ReviewContext(**values)


def check(key: str, text: str = GOOD_DECLINE, subject: str = "Your offer", **context) -> rv.Result:
    results = {r.key: r for r in review(subject=subject, text=text, context=make_context(**context))}
    return results[key]


def words(n: int) -> str:
    """A greeting line and filler that together make exactly n words."""
    return "Dear Priya,\n" + " ".join(["thanks"] * (n - 2))


def test_the_good_decline_passes_every_rule():
    results = review(subject="Senior Data Engineer offer", text=GOOD_DECLINE, context=make_context())

    assert [r.status for r in results] == ["pass"] * len(RULES)


# --- 1. Gratitude --------------------------------------------------------------


@pytest.mark.parametrize("text", ["Thanks a lot!", "I appreciate it.", "I'm grateful.", "Thank you, Priya."])
def test_gratitude_passes_on_thanks_in_any_form(text):
    assert check("gratitude", text).passed


@pytest.mark.parametrize("text", ["I have decided to decline.", "No thanks.", "I don't appreciate being rushed."])
def test_gratitude_warns_without_real_thanks(text):
    result = check("gratitude", text)

    assert result.status == "warning"
    assert "thank you" in result.message.lower()


# --- 2. A clear decision -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have decided to decline the offer.",
        "I won't be accepting the offer.",
        "I will not be moving forward with the offer.",
        "I have to turn the offer down.",
        "I will not be joining Brightwater.",
        "I'm sorry to decline.",
        "I regret that I must decline, and I apologise for the delay.",
        "I must decline the offer at this time.",
        "I have accepted another offer.",
    ],
)
def test_clear_decision_passes_on_plain_declining_language(text):
    assert check("clear_decision", text).passed


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I think I'll have to decline for now.", "I think I'll"),
        ("I'll decline for now.", "for now"),
        ("I'm not sure, but I will decline.", "not sure"),
        ("I'm leaning towards declining.", "leaning towards"),
        ("I will decline unless the salary improves.", "unless"),
        ("I will possibly decline.", "possibly"),
        ("I decline, though I may reconsider in spring.", "I may reconsider"),
        ("I'm still deciding, but I'd decline today.", "still deciding"),
        ("At this point I think I will decline.", "At this point I think"),
        ("I decline, but I might change my mind.", "might change my mind"),
        ("I decline; if you could raise the base, I would accept.", "if you could raise"),
    ],
)
def test_clear_decision_warns_on_hedging_and_names_the_phrase(text, phrase):
    result = check("clear_decision", text)

    assert result.status == "warning"
    assert f"\u201c{phrase}\u201d" in result.message


def test_hedging_is_found_and_quoted_as_typed_in_any_case():
    result = check("clear_decision", "I DECLINE, but I MIGHT Reconsider in spring.")
    assert result.status == "warning"
    assert "\u201cI MIGHT Reconsider\u201d" in result.message


def test_hedging_is_found_in_text_whose_lowercase_is_longer():
    # "İ".lower() is two characters: such text is searched as typed, ignoring case.
    result = check("clear_decision", "After my visit to İzmir I decline, though I may reconsider.")
    assert result.status == "warning"
    assert "\u201cI may reconsider\u201d" in result.message


@pytest.mark.parametrize(
    ("text", "found"),
    [("I am paſsing on the offer.", "paſsing on the"), ("I have decided to declıne.", "declıne")],
)
def test_letters_that_only_match_ignoring_case_are_still_found(text, found):
    # A long s and a dotless i match "s" and "i" when case is ignored, not once lowercased.
    assert rv.DECISION.search(text).group() == found


CASE_BLIND = {
    name: getattr(rv, name)
    for name in ("GRATITUDE", "DECISION", "HEDGES", "GENERIC_REASON", "DOOR_OPEN", "DOOR_SHUT", "EFFORT", "NEGATIVE")
} | {f"reason {reason}": pattern for reason, pattern in rv.REASON_PATTERNS.items()}
# Words from the phrase lists themselves, so that generated texts often match.
PHRASE_WORDS = sorted(
    {word for pattern in CASE_BLIND.values() for word in re.findall(r"[a-z']{2,}", pattern.pattern)}
    | {"i", "-", ",", "."}
)
# Letters that match another when case is ignored but not once lowercased:
# long s, dotless i, the Kelvin sign; and the dotted capital I, two letters in lowercase.
ODD_LETTERS = {"s": "\u017f", "i": "\u0131", "k": "\u212a", "I": "\u0130"}


def typed(word: str, case: str, odd: bool) -> str:
    word = getattr(word, case)()
    if odd:
        for plain, letter in ODD_LETTERS.items():
            if plain in word:
                return word.replace(plain, letter, 1)
    return word


@hypothesis_settings(max_examples=500, deadline=None)
@given(
    words=st.lists(
        st.tuples(st.sampled_from(PHRASE_WORDS), st.sampled_from(["lower", "upper", "title"]), st.booleans()),
        min_size=1,
        max_size=14,
    ),
    name=st.sampled_from(sorted(CASE_BLIND)),
)
def test_a_case_blind_search_finds_what_a_plain_ignorecase_search_finds(words, name):
    text = " ".join(typed(*word) for word in words)
    pattern = CASE_BLIND[name]
    fast, plain = pattern.search(text), re.compile(pattern.pattern, re.IGNORECASE).search(text)
    assert (fast and (fast.span(), fast.group())) == (plain and (plain.span(), plain.group()))


def test_a_case_blind_pattern_must_be_written_in_lowercase():
    with pytest.raises(ValueError, match="lowercase"):
        rv.CaseBlind(r"\bMaybe\b")
    assert rv.CaseBlind(r"\bmaybe\S*").search("MAYBE, maybe not").group() == "MAYBE,"


@pytest.mark.parametrize(
    "text",
    [
        "I have decided to decline. I hope we may work together one day.",
        "I have decided to decline. I may be in touch next year.",
        "I can't possibly accept, though I am grateful.",
        "I have decided to decline. I'm sure you'll find someone great.",
        "I have decided to decline. The role leans towards management.",
    ],
)
def test_clear_decision_does_not_mistake_ordinary_words_for_hedging(text):
    assert check("clear_decision", text).passed


def test_clear_decision_warns_when_the_no_is_never_said():
    result = check("clear_decision", "Thank you for the offer. I've been thinking about my career a lot.")

    assert result.status == "warning"
    assert "Say plainly" in result.message


# --- 3. A reason when one was chosen -----------------------------------------


@pytest.mark.parametrize("reason", ["", Reason.UNSAID])
def test_reason_is_not_needed_when_none_was_chosen(reason):
    assert check("reason_given", "I decline.", reason=reason).passed


@pytest.mark.parametrize(
    ("reason", "text"),
    [
        (Reason.ANOTHER_OFFER, "I have accepted a role elsewhere."),
        (Reason.COMPENSATION, "The salary is below what I need."),
        (Reason.LOCATION, "I can't relocate to Bristol."),
        (Reason.STAYING, "I've decided to stay in my current role."),
        (Reason.ROLE_FIT, "The role isn't the right fit for my skills."),
        (Reason.PERSONAL, "Family circumstances have changed."),
        (Reason.CAREER_DIRECTION, "I want my career to go towards research."),
        (Reason.COMPENSATION, "I decline because it doesn't work for me."),
    ],
)
def test_reason_passes_on_a_cue_for_the_chosen_reason(reason, text):
    assert check("reason_given", text, reason=reason).passed


def test_reason_passes_on_the_users_own_words():
    text = "I have decided to decline. I want to work on backend systems."

    assert check("reason_given", text, reason=Reason.ROLE_FIT, reason_detail="Backend systems, not mobile").passed


def test_reason_warns_and_names_the_chosen_reason():
    result = check("reason_given", "I have decided to decline the offer.", reason=Reason.COMPENSATION)

    assert result.status == "warning"
    assert "\u201cCompensation\u201d" in result.message


def test_reason_is_not_found_in_look_alike_words():
    # "careers page" is not about a career direction, "paths cross" not a path.
    text = "I decline. I'll watch your careers page and hope our paths cross."

    assert check("reason_given", text, reason=Reason.CAREER_DIRECTION).status == "warning"


# --- 4. Door left open -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["I'd love to stay in touch.", "Let's connect on LinkedIn.", "I hope our paths cross again.", "Up for a catch-up?"],
)
def test_door_open_passes_on_an_invitation(text):
    assert check("door_open", text).passed


def test_door_open_does_not_count_a_generic_good_luck_wish():
    assert check("door_open", "I wish you the very best of luck for the future.").status == "warning"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Please remove me from your lists. Stay in touch!", "remove me from your lists"),
        ("I won't be applying again.", "won't be applying again"),
        ("Please don't contact me about future roles.", "don't contact me"),
    ],
)
def test_door_open_warns_on_a_shut_door_even_beside_an_open_one(text, phrase):
    result = check("door_open", text)

    assert result.status == "warning"
    assert phrase in result.message


# --- 5. Effort acknowledged --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your time.",
        "Thank you for the interviews.",
        "Thank you for your consideration.",
        "It was a pleasure getting to know the team.",
        "Thank you for a smooth process.",
    ],
)
def test_effort_passes_when_their_work_is_acknowledged(text):
    assert check("effort_acknowledged", text).passed


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the offer. After careful consideration I decline.",
        "Thank you for the opportunity. I must decline at this time.",
    ],
)
def test_effort_warns_when_only_the_offer_is_thanked(text):
    assert check("effort_acknowledged", text).status == "warning"


# --- 6. Professional tone ----------------------------------------------------


def test_the_negative_phrase_list_is_substantial_and_compiles():
    assert len(rv.NEGATIVE_PHRASES) >= 40
    assert len(set(rv.NEGATIVE_PHRASES)) == len(rv.NEGATIVE_PHRASES)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The process was a waste of time.", "waste of time"),
        ("That was a lowball offer.", "lowball"),
        ("That was a low-ball offer.", "low-ball"),
        ("The team seemed disorganised.", "disorganised"),
        ("The team seemed disorganized.", "disorganized"),
        ("No offence, but no.", "No offence"),
        ("No offense, but no.", "No offense"),
        ("Frankly, it was not for me.", "Frankly"),
        ("It felt like a bait-and-switch.", "bait-and-switch"),
        ("Your loss.", "Your loss"),
        ("That joke of an offer.", "joke of an offer"),
        ("It was a joke of an offer.", "a joke of an offer"),
    ],
)
def test_tone_warns_on_negative_phrases_in_either_spelling(text, phrase):
    result = check("professional_tone", text)

    assert result.status == "warning"
    assert f"\u201c{phrase}\u201d" in result.message


@pytest.mark.parametrize(
    "text",
    [
        "I'm so sorry, and I apologise for the short notice.",
        "I feel terrible saying no after such a good process.",
        "We met at the office near Cheapside over scampi.",
        "I was impressed by the team.",
        "I'm disappointed not to be joining you.",
        "Thanks a lot! Speak soon!",
    ],
)
def test_tone_allows_apologies_feelings_and_look_alike_words(text):
    assert check("professional_tone", text).passed


def test_tone_warns_on_shouting():
    result = check("professional_tone", "I am NOT going to accept. PLEASE understand. THANKS.")

    assert result.status == "warning"
    assert "shouting" in result.message


def test_tone_does_not_count_acronyms_or_the_companys_own_name_as_shouting():
    text = "Thanks to HR, the CTO, the UX and QA leads at NASA JPL. JPL was great; JPL is great; IBM too."

    assert check("professional_tone", text, company="NASA JPL").passed


def test_tone_allows_two_capitalised_words():
    assert check("professional_tone", "I am VERY grateful and REALLY sorry.").passed


@pytest.mark.parametrize("text", ["Thank you!!", "Thank you! Truly! Goodbye!"])
def test_tone_warns_on_exclamation_runs_and_too_many_exclamation_marks(text):
    assert check("professional_tone", text).status == "warning"


def test_tone_also_reads_the_subject():
    assert check("professional_tone", "Dear Priya, thanks.", subject="RE: YOUR RIDICULOUS OFFER").status == "warning"


# --- 7. Addressed by name ----------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "contact"),
    [
        ("Dear Priya,", "Priya Lee"),
        ("Dear Ms Lee,", "Priya Lee"),
        ("hi priya —", "Priya Lee"),
        ("Dear Dr Marsh,", "Dr. Helen Marsh"),
        ("\n\n  Dear Priya,", "Priya Lee"),
    ],
)
def test_greeting_passes_with_first_name_or_surname(opening, contact):
    assert check("addressed_by_name", f"{opening}\nThank you.", contact_name=contact).passed


@pytest.mark.parametrize("opening", ["Dear Hiring Team,", "Dear Sir or Madam,", "Hello,"])
def test_greeting_passes_with_anything_when_no_name_is_known(opening):
    assert check("addressed_by_name", f"{opening}\nThank you.", contact_name="").passed


def test_greeting_warns_on_sir_madam_when_the_name_is_known():
    result = check("addressed_by_name", "Dear Sir/Madam,\nThank you, Priya.")

    assert result.status == "warning"
    assert "\u201cDear Sir/Madam\u201d" in result.message
    assert "Dear Priya," in result.message


def test_greeting_wants_the_whole_name_not_part_of_another():
    assert check("addressed_by_name", "Dear Priyanka,\nThank you.").status == "warning"


# --- 8. No blanks ------------------------------------------------------------


@pytest.mark.parametrize(
    "blank", ["[Name]", "[Company]", "[your name]", "<Name>", "XXX", "___", "TBD", "{{ role }}", "{{", "}}"]
)
def test_blanks_warn_on_unfilled_merge_tags_and_placeholders(blank):
    result = check("no_blanks", f"Dear Priya,\nThank you for the {blank} offer.")

    assert result.status == "warning"
    assert blank in result.message


def test_blanks_are_found_in_the_subject_too():
    assert check("no_blanks", subject="Your offer at {{ company }}").status == "warning"


@pytest.mark.parametrize(
    "text",
    [
        "(Pause — let them respond.)",
        "Alex Morgan <alex@example.com>",
        "See our blog (https://example.com/blog).",
        "I led the XR team at IBM.",
    ],
)
def test_blanks_ignore_ordinary_brackets_and_addresses(text):
    assert check("no_blanks", text).passed


# --- 9. Subject names the offer ----------------------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "Senior Data Engineer",
        "Brightwater Analytics – my decision",
        "Brightwater – my decision",
        "Your offer",
        "The position",
        "Re: future roles",
    ],
)
def test_subject_passes_when_it_names_the_role_company_or_offer(subject):
    assert check("subject_names_offer", subject=subject).passed


def test_subject_matches_the_company_without_its_legal_suffix():
    assert check(
        "subject_names_offer", subject="Northwind Logistics – thank you", company="Northwind Logistics Ltd"
    ).passed


@pytest.mark.parametrize("subject", ["Hi", "Quick note", "", "   "])
def test_subject_warns_when_vague_or_missing(subject):
    assert check("subject_names_offer", subject=subject).status == "warning"


# --- 10. Length --------------------------------------------------------------


@pytest.mark.parametrize(("n", "status"), [(49, "warning"), (50, "pass"), (200, "pass"), (201, "warning")])
def test_email_length_is_50_to_200_words(n, status):
    result = check("length", words(n))

    assert result.status == status
    assert f"{n} words" in result.message


@pytest.mark.parametrize(("n", "status"), [(300, "pass"), (301, "warning")])
def test_linkedin_note_is_at_most_300_characters(n, status):
    text = "Hi Priya, " + "x" * (n - 10)

    assert check("length", text, kind="linkedin_note").status == status


# --- 11. Promptness ----------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "status", "message"),
    [
        (4, "pass", "4 days before the deadline"),
        (1, "pass", "1 day before the deadline"),
        (0, "pass", "The deadline is today"),
        (-1, "warning", "1 day past their deadline"),
        (-3, "warning", "3 days past their deadline — send it today, and thank them for their patience"),
    ],
)
def test_promptness_counts_days_to_the_deadline(days, status, message):
    result = check("promptness", respond_by=TODAY + dt.timedelta(days=days))

    assert result.status == status
    assert message in result.message


def test_promptness_passes_without_a_deadline():
    result = check("promptness", respond_by=None)

    assert result.passed
    assert result.message == "No deadline set."


def test_promptness_no_longer_applies_once_sent():
    context = make_context(respond_by=TODAY - dt.timedelta(days=5), already_sent=True)
    keys = [r.key for r in review(subject="Offer", text=GOOD_DECLINE, context=context)]

    assert "promptness" not in keys


# --- Applicability, dismissal, summary ---------------------------------------


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("decline", set(RULES_BY_KEY)),
        (
            "thank_you",
            {"gratitude", "door_open", "effort_acknowledged", "professional_tone", "addressed_by_name", "no_blanks"}
            | {"subject_names_offer", "length"},
        ),
        (
            "check_in",
            {"gratitude", "door_open", "professional_tone", "addressed_by_name", "no_blanks", "subject_names_offer"}
            | {"length"},
        ),
        ("linkedin_note", {"gratitude", "door_open", "professional_tone", "addressed_by_name", "no_blanks", "length"}),
        (
            "phone_script",
            {"gratitude", "clear_decision", "reason_given", "door_open", "effort_acknowledged", "professional_tone"}
            | {"no_blanks", "promptness"},
        ),
        (
            "answer",
            {"gratitude", "professional_tone", "addressed_by_name", "no_blanks", "subject_names_offer", "length"},
        ),
    ],
)
def test_rules_apply_by_kind(kind, expected):
    keys = {r.key for r in review(subject="Offer", text=GOOD_DECLINE, context=make_context(kind=kind))}

    assert {r.key for r in rules_for(kind)} == expected
    assert keys == expected


def test_every_rule_carries_its_advice_and_tip():
    for rule in RULES:
        assert rule.label and rule.advice and rule.tip
        assert rule.kinds <= set(TemplateKind.values)


def test_a_dismissed_warning_is_listed_but_not_counted():
    text = GOOD_DECLINE.replace("Thank you", "Many words").replace("thank", "")
    results = review(subject="Offer", text=text, context=make_context(), dismissed=["gratitude", "door_open", "nope"])
    by_key = {r.key: r for r in results}

    assert by_key["gratitude"].status == "dismissed"
    assert not by_key["gratitude"].passed
    assert by_key["door_open"].status == "pass"  # dismissing a passing rule changes nothing
    assert summary(results) == {"pass": len(RULES) - 1, "warning": 0, "dismissed": 1, "total": len(RULES)}


def test_summary_counts_warnings():
    results = review(subject="Hi", text="Dear Sir,\nNo.", context=make_context())
    counts = summary(results)

    assert counts["warning"] > 0
    assert counts["pass"] + counts["warning"] + counts["dismissed"] == counts["total"] == len(results)


def test_review_accepts_curly_quotes_and_line_breaks_inside_phrases():
    text = "Dear Priya,\nThank you. I won\u2019t be\naccepting the offer."

    assert check("clear_decision", text).passed


# --- ReviewContext.for_offer -------------------------------------------------


@pytest.mark.django_db
def test_context_for_offer_carries_what_the_rules_need():
    offer = OfferFactory(
        company="Brightwater Analytics",
        role="Senior Data Engineer",
        contact_name="Priya Lee",
        reason=Reason.COMPENSATION,
        reason_detail="Base is below my current salary.",
        received_on=TODAY - dt.timedelta(days=3),
        respond_by=TODAY + dt.timedelta(days=4),
    )

    context = ReviewContext.for_offer(offer, kind=TemplateKind.DECLINE, today=TODAY)

    assert context == ReviewContext(
        kind="decline",
        reason="compensation",
        reason_detail="Base is below my current salary.",
        contact_name="Priya Lee",
        role="Senior Data Engineer",
        company="Brightwater Analytics",
        respond_by=TODAY + dt.timedelta(days=4),
        today=TODAY,
        already_sent=False,
    )
    promptness = {r.key: r for r in review(subject="Offer", text=GOOD_DECLINE, context=context)}["promptness"]
    assert promptness.message == "4 days before the deadline."


@pytest.mark.django_db
def test_context_for_a_declined_offer_counts_as_already_sent():
    from django.utils import timezone

    offer = OfferFactory(status=OfferStatus.DECLINED, decided_at=timezone.now())

    context = ReviewContext.for_offer(offer, kind=TemplateKind.DECLINE)

    assert context.already_sent
    assert context.today == timezone.localdate()
    assert "promptness" not in {r.key for r in review(subject="Offer", text=GOOD_DECLINE, context=context)}


@pytest.mark.django_db
def test_context_for_offer_lets_the_caller_say_whether_it_was_sent():
    offer = OfferFactory()

    assert ReviewContext.for_offer(offer, kind="decline", already_sent=True).already_sent


def test_a_letter_may_put_the_date_above_the_greeting():
    letter = "26 November 2026\n\n" + GOOD_DECLINE
    assert check("addressed_by_name", text=letter).passed
    unnamed = "26 November 2026\n\nDear Sir or Madam,\n\n" + GOOD_DECLINE.split("\n", 1)[1]
    assert not check("addressed_by_name", text=unnamed).passed
