"""Effort acknowledged: the hiring team's time and work are thanked, not only the offer."""

import re

from declines.models import TemplateKind
from declines.review.text import Verdict, any_of, names_pattern

KEY = "effort_acknowledged"
LABEL = "Effort acknowledged"
ADVICE = "Acknowledge the effort the hiring team put in."
TIP = "Thank them for their time and the interviews, not only for the offer."
KINDS = {TemplateKind.DECLINE, TemplateKind.THANK_YOU, TemplateKind.PHONE_SCRIPT}

EFFORT = any_of(
    [
        r"\b(?:your|the|their|his|her|taking|took|take|spent|spending|giving|gave|given) time\b(?! being)"
        r"(?<!at the time)",
        r"\bgenerous with (?:your|his|her|their) time\b",
        r"\b(?:everyone|everybody|the team|the panel)['’]s time\b",
        r"\bpatien(?:t|ce) with (?:all )?(?:of )?my questions\b",
        # How they dealt with the writer: "lovely to deal with throughout", "kept me informed at each step".
        r"\b(?:lovely|great|a pleasure|easy|good|so kind) to deal with (?:throughout|from start to finish"
        r"|all the way)\b",
        r"\bkept me (?:informed|updated|in the loop|posted)\b",
        r"\b(?:quick|prompt) to (?:respond|reply|answer)\b",
        r"\b(?:quick|clear|responsive|helpful|prompt)(?: and \w+)? in (?:the |your )?communication\b",
        r"\bone-to-ones?\b",
        r"\btime (?:and|you|spent|taken|invested|everyone|the team|he|she|they)\b",
        r"\befforts?\b",
        r"\binterview\w*+",
        r"\bprocess\b",
        r"\brounds?\b",
        r"\bpanel\b",
        r"\b(?:getting|get|got) to know\b",
        r"\b(?:your|the team's|their|kind) consideration\b",
        r"\bconsidering (?:me|my application|my candidacy)\b",
        r"\b(?:conversations?|discussions?|chats?)\b",
        r"\b(?:our|the|that|those|a|great|good) (?:\S+ )?talks?\b",
        r"\b(?:meet|meeting|met|speak|speaking|spoke|talking|talked) (?:with )?(?:you|the|your|everyone|so many|all)\b",
        r"\b(?:enjoy\w*+|lov\w*+|lik\w*+|pleasure|great|good|nice|lovely|glad|happy|delighted|privilege) "
        r"(?:\S+ ){0,3}?(?:meeting|talking|speaking|chatting|to meet|to talk|to speak)\b"
        r"(?! again| soon| some| later| in the future| if| whenever| any ?time)",
        # The people met, warmly: "I liked everyone I met", "impressed by the people I met".
        r"\b(?:everyone|everybody|the people|all the people|the team|the folks|each person|all of you|those)"
        r" (?:\S+ )?(?:i|we) (?:met|spoke (?:to|with)|talked (?:to|with)|interviewed with|dealt with)\b",
        r"\b(?:for|taking|take|took|making time for|make time for|made time for) (?:\S+ ){0,2}?(?:call|chat)\b",
        r"\bmaking (?:the )?time\b",
        r"\b(?:your|his|her|their|all the|for the|for all the) (?:\S+ )?help\b",
        r"\bhelp (?:over|during|throughout|with|from|along)\b",
        r"\b(?:put|went|go|goes) into\b",
        r"\bhospitality\b",
        r"\bwelcom(?:e|ed|ing)\b(?! to)",
        r"\bgenerous\b",
        r"\bgenerosity\b",
        r"\bflexib\w++",
        r"\bsupport(?:ive)?\b",
        r"\babove and beyond\b",
        r"\bwalk(?:ing|ed)? me through\b",
        r"\bwalkthrough\b",
        r"\banswer(?:ing|ed)? (?:all )?(?:of )?my questions\b",
        r"\bshow(?:ing|ed)? me around\b",
        r"\bkindness\b",
        r"\bhard work\b",
        r"\barrang\w*+",
        r"\borgani[sz]\w*+",
        r"\bcoordinat\w*+",
        r"\bschedul\w*+",
        r"\bsetting (?:up|things up)\b",
        r"\bkeeping (?:things|it|everything) moving\b",
        r"\bcooperation\b",
        r"\b(?:fitting|squeezing) me in\b",
        r"\bhaving me (?:in|over|along|round|for)\b",
        r"\bspent (?:\S+ ){0,3}?with (?:me|you|the team|everyone)\b",
        r"\b(?:exercise|case study|take-home|assignment|tour|onsite|on-site|final day|panel day|site visit)\b",
        r"\b(?:your|the|their|for the) feedback\b",
        r"\b(?:the trouble|the lengths|the care) (?:you|everyone|the team|they|he|she)\b",
        r"\b(?:went|go|going|gone) to bat\b",
        r"\b(?:made|make|making|found|find) (?:the )?time for (?:me|us|my)\b",
    ]
)
# Meeting, talking with or thanking a named person for something: "enjoyed
# meeting Fatima", "the talk with Daniel", "thanks Zoe for the design talk".
# The verb is found case-blind; the name after it must be capitalised as typed.
WITH_SOMEONE = any_of(
    [
        r"\b(?:meeting|met|meet|talking|speaking|spoke|talks?|chats?|chatting|conversations?|discussions?"
        r"|exchanges?)"
        r"(?: with| to)? (?:(?:mr|ms|mrs|dr)\.? )?(?=[a-z])",
        r"\b(?:thanks|thank you)(?: also| too)?(?: to)? (?:(?:mr|ms|mrs|dr)\.? )?(?=[a-z])",
    ]
)
NAME = re.compile(r"[A-Z][a-z]")
NAME_THEN_FOR = re.compile(r"[A-Z][a-z]++ (?:[A-Z][a-z]++ )?(?i:for)\b")


def _with_someone(flat: str) -> bool:
    for m in WITH_SOMEONE.finditer(flat):
        thanks = m.group()[:5].lower() == "thank"  # not "Talking to Sanjay"
        if (NAME_THEN_FOR if thanks else NAME).match(flat, m.end()):
            return True
    return False


# Thanks or warmth in a sentence that names one of the people met: "please say
# thank you to Hannah and Ahmed for me" acknowledges the interviewers' time
# ("my regards to Tom" does not).
WARMTH = any_of([r"\bthank\w*+", r"\bgrat\w++", r"\bappreciat\w++", r"\benjoy\w*+"])


def _people_thanked(email, people) -> bool:
    firsts = {p.split()[0] for p in people if p.split() and len(p.split()[0]) >= 2}
    if not firsts:
        return False
    named = names_pattern(frozenset(firsts))
    for n, m in enumerate(named.finditer(email.flat)):
        if n == 5 or WARMTH.search(email.sentence_text(m.start())):
            return n < 5
    return False


# A sentence that faults the panel or the day, and thanks nobody, mentions their effort without acknowledging
# it: "the panel I met started late and one member seemed rather occupied with his phone".
FAULTED = any_of(
    [
        r"\b(?:started|starting|began|arrived|ran|running|was|were|turned up) (?:\S+ ){0,3}?late\b",
        r"\bafter the scheduled\b",
        r"\bon (?:his|her|their) (?:phone|laptop)\b",
        r"\b(?:occupied|distracted|disengaged) with\b",
        r"\bdisorgani[sz]ed\b",
        r"\bchaotic\b",
    ]
)


def _effort(email) -> bool:
    flat = email.flat
    for m in EFFORT.finditer(flat):
        begin, stop = email.sentence(m.start(), m.end())
        if not FAULTED.search(flat, begin, stop) or WARMTH.search(flat, begin, stop):
            return True
    return False


def check(email, context) -> Verdict:
    found = _effort(email) or _with_someone(email.flat)
    return Verdict(bool(found or _people_thanked(email, context.people_to_thank)))


MUST_WARN = [
    "Thanks for the offer. I decline. Good team, and I'd be glad to talk again if something comes up.",
    "Thank you for the offer. After careful consideration I decline.",
    "Thank you for the opportunity. I must decline at this time.",
    "Thanks so much for the offer, and for being patient while I thought it over. I decline.",
    "Thanks so much for the offer but I'm going to have to say no. Thanks for everything.",
    # Regards sent on are a courtesy, not thanks for their time.
    {"text": "Thank you for the offer. I decline. My regards to Tom as well.", "people_to_thank": ("Tom Gibbons",)},
    # The panel faulted, not thanked.
    "Thank you for the offer. I decline. The panel I met started late and one member seemed rather occupied with his "
    "phone.",
    "Thanks for the offer. I'm going to say no. The panel day felt a bit disorganised (it started late).",
]
MUST_PASS = [
    "Talking to Sanjay D, Carlos and Sanjay P gave me a very good picture of the team.",
    "You've been lovely to deal with throughout, so thank you for that.",
    "You were always quick to respond and kept me informed at each step, I really appreciated that.",
    "I decline. I keep a very good memory of my exchanges with Priya and Daniel.",
    "I decline. I really appreciate the way you went to bat for the offer.",
    "I decline. Please pass my thanks along to everyone who made time for me.",
    "Thanks for the offer. I decline. I liked everyone I met, Sam especially.",
    "Thank you for your time.",
    "Thank you for the interviews.",
    "Thank you for your consideration.",
    "It was a pleasure getting to know the team.",
    "Thank you for a smooth process.",
    "Really enjoyed meeting Fatima and Jonas.",
    "Thanks Zoe for the design talk.",
    "Thanks so much for taking my call yesterday.",
    "Thank you for all your help over the past few weeks.",
    "Please thank Carlos for his time.",
    {
        "text": "I decline. Please say thank you to Hannah and Ahmed for me.",
        "people_to_thank": ("Hannah Lee", "Ahmed Ali"),
    },
    "I really enjoyed our talk about how your team uses data.",
    "Thank you for fitting me in at such short notice.",
    "Thanks for having me in last week, and for the tour of the lab.",
    "I'm grateful for the care everyone took over my application.",
]
