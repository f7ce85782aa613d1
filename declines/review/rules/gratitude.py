"""Gratitude: the message thanks the reader — not only someone else through them."""

from declines.models import TemplateKind
from declines.review.text import Verdict, any_of, gap, within

KEY = "gratitude"
LABEL = "Gratitude expressed"
ADVICE = "Express gratitude."
TIP = "Say thank you — for the offer, their time, the chance to meet the team."
KINDS = set(TemplateKind.values)

GRATITUDE = any_of(
    [
        r"\bthank(?:s|ful|fully|ing|ed)?\b",
        r"\bgrateful\b",
        r"\bgratitude\b",
        r"\bappreciat(?:e|ed|es|ing|ion|ive)\b",
        r"\bmuch obliged\b",
        # "Cheers" as the sign-off is a goodbye, not thanks.
        r"\bcheers\b(?!,?\n|,?$)",
        r"\bkind of you\b",
        # Indebted: "I owe you one for being so decent about it".
        r"\bowe you (?:one|big|a (?:drink|coffee|beer|pint|lunch|favou?r))\b",
        r"\b(?:indebted|in your debt)\b",
    ]
)
NOT_THANKS = any_of(
    [
        r"\bno thanks?\b",
        r"\b(?:don't|do not|didn't|did not|never) appreciat\w*+",
        # A favour asked, not thanks given: "if you can forward it, I would appreciate".
        r"\b(?:would|'d|will) (?:really |greatly |very much |also )?appreciate(?: it)?(?= if\b| you\b|[.!,;]|$)",
    ]
)
# Thanks passed on to someone else: "please pass my thanks to Marcus", "please
# thank Priya for me" — unless "too" says the reader was thanked as well.
PASSED_ON = any_of(
    [
        r"\b(?:please|could you|would you|do)(?: also| do| kindly)*+ (?![^.!?\n]*\b(?:too|as well)\b)"
        r"(?:pass|send|give|extend|convey|say|tell|relay|share) " + gap(5) + r"(?:thank(?:s| you)?|gratitude"
        r"|appreciation)\b[^.!?\n]*+",
        r"\bplease (?:also )?thank\b(?![^.!?\n]*\b(?:too|as well)\b)[^.!?\n]*+",
    ]
)
# Thanks to named others: "thank you to Daniel for...", "thanks to Marcus".
# Where the contact is not known the reader is the team, and they are among them.
THANKS_TO_OTHERS = any_of(
    [
        r"\b(?:my thank|thank)(?:s| you)(?: also| too| as well| again)? to "
        r"(?!you\b|your\b|all\b|every\w*+|the (?:whole |entire )?(?:team|panel)\b)[^.!?\n]*+",
        r"\bmy thanks (?:also |too |as well )?(?:go )?to (?!you\b)[^.!?\n]*+",
    ]
)


def check(email, context) -> Verdict:
    discounted = (NOT_THANKS, PASSED_ON, THANKS_TO_OTHERS) if context.contact_name else (NOT_THANKS, PASSED_ON)
    for thanks in GRATITUDE.finditer(email.flat):
        if not any(within(pattern, email.flat, thanks) for pattern in discounted):
            return Verdict(True)
    return Verdict(False)


MUST_WARN = [
    "Hi Sam, if you could forward the article to Priya, I would appreciate.",
    "Hi Sam, I'd appreciate it if you could close my application.",
    "I have decided to decline.",
    "No thanks.",
    "I don't appreciate being rushed.",
    "I decline. Really enjoyed meeting Fatima, and thanks to Marcus for sorting the admin.",
    "I decline. Please pass my thanks to the team.",
    "I decline. Please thank Carlos for his time.",
    "I decline. Thank you also to Hannah for coordinating everything.",
    "I decline. Please tell them thank you.",
    "Congrats on the launch!",
    "Hope all is well. Would love to grab a coffee.\n\nCheers,\nKirsty",
    {"text": "Dear Hiring Team, I decline. Please thank Carlos Sharma for his time.", "contact_name": ""},
]
MUST_PASS = [
    "Hi Sam, I owe you one for being so patient with me.",
    "I'm indebted to you for the kindness you showed me.",
    "Thanks a lot!",
    "I appreciate it.",
    "I'm grateful.",
    "Thank you, Priya.",
    "Thanks to you, Tomás and Claire for everything.",
    "Thank you nevertheless for your time, and also to Mr. Karimi.",
    "Please pass my thanks to Marcus. Thanks again for everything, Priya!",
    "That's really kind of you, and I'm flattered.",
    "You were kind through every round. Please thank Priya for me too.",
    {"text": "Hi team, I decline. Thanks to Yuki, Kwame and Carlos for their time.", "contact_name": ""},
    "Cheers for all your help, Priya.",
]
