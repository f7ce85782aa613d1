"""Professional tone: nothing negative about the employer, however politely put; no shouting.

Negativity is read two ways:

- words that are negative whatever surrounds them ("lowball", "a waste of
  time", "unprofessional", "your loss");
- polite criticism, as constructions: something of theirs (the panel, the
  process, the offer, the salary conversation, the job advert) with a
  complaint about it, however softened — it started late, felt a bit chaotic,
  came in below the range in the advert, was more like a test than a
  conversation, went weeks without news — and the pointed suggestion ("I hope
  future candidates get more clarity on range up front").

Honest statements of the writer's own needs ("the salary doesn't work for
me", "I couldn't make the numbers work") are not negative, nor are apologies
or the writer's own feelings ("I feel terrible saying no").

Shouting is three or more ALL-CAPITAL words of two or more letters in the
subject and body, not counting acronyms (HR, CEO, LPA…), placeholders in
brackets, or words of the company, role and contact names. Exclamation marks:
a run ("!!") or more than two in subject and body together.
"""

import re

from declines.models import TemplateKind
from declines.review.text import any_of, curly, gap, warn, words, wordset

KEY = "professional_tone"
LABEL = "Professional tone"
ADVICE = "Stay professional, never negative."
TIP = "Keep it courteous: no criticism, capitals or exclamation runs."
KINDS = set(TemplateKind.values)

# Phrases that read as negative about the employer or burn the bridge,
# whatever surrounds them. British and American spellings.
NEGATIVE_PHRASES = (
    r"waste of (?:my |our )?time",
    r"wasted (?:my|so much of my) time",
    r"not worth (?:my|the) time",
    r"low-? ?ball(?:ed|ing)?",
    r"insult(?:ing|ed)?",
    r"joke of an? (?:offer|process|company)",
    r"(?:is|was|a|total|complete|bit of a) joke(?: of an? (?:offer|process|company))?",
    r"laughable",
    r"ridiculous",
    r"absurd",
    r"pathetic",
    r"disorgani[sz]ed",
    r"chaotic",
    r"shambol(?:es|ic)",
    r"(?:a|complete|total|bit of a) mess",
    r"unprofessional",
    r"amateur(?:ish)?",
    r"sloppy",
    r"useless",
    r"pointless",
    r"frankly(?=,)",
    r"to be honest,?(?= (?:your|the|this)\b)",
    r"no offen[cs]e",
    r"with all due respect",
    r"never again",
    r"your loss",
    r"good luck finding",
    r"good luck with that",
    r"you'll regret",
    r"toxic",
    r"terrible",
    r"awful",
    r"horrible",
    r"appalling",
    r"disgraceful",
    r"disgusting",
    r"rude",
    r"arrogant",
    r"clueless",
    r"incompeten(?:t|ce)",
    r"idiot(?:s|ic)?",
    r"stupid",
    r"desperate",
    r"didn't impress",
    r"(?:un|not )impressed",
    r"underwhelm(?:ed|ing)",
    r"bait[- ]and[- ]switch",
    r"red flags?",
    r"dodgy",
    r"shady",
    r"scam",
    r"cheap",
    r"stingy",
    r"penny-pinching",
    r"greedy",
    r"exploitative",
    r"sweatshop",
    r"dead-? ?end",
    r"boring",
    r"mediocre",
    r"second-rate",
    r"beneath me",
    r"dysfunctional",
    r"micromanag(?:e|ed|ing|ement|er|ers)",
    r"out of touch",
    r"behind the times",
    r"took forever",
    r"painfully slow",
    r"worst (?:offer|process|interview|experience|company)",
    r"disappointing (?:offer|process|experience|salary|package|number)",
    r"should be ashamed",
    r"shame on",
    r"deserve better",
    r"crap(?:py)?",
    r"damn",
    r"sucks?",
    r"bullshit",
    r"wtf",
    # Softened, but still a complaint about how they ran things.
    r"disjointed",
    r"bumpy",
    r"haphazard",
    r"all over the place",
    # How an interview felt, said of them.
    r"adversarial",
    r"hostile",
    r"combative",
    r"dismissive",
    r"condescending",
    r"patroni[sz]ing",
    r"unpleasant",
    r"aggressive",
    r"abrupt",
    r"curt",
    r"grill(?:ed|ing)",
    r"interrogat(?:ed|ion|ing)",
    r"undervalued",
    r"oversold",
    r"disheartening",
    r"less than ideal",
    r"far from ideal",
    r"(?:a|bit of a) let-?down",
    r"letdown",
)
NEGATIVE_PATTERNS = [rf"\b{phrase}(?![\w-])" for phrase in NEGATIVE_PHRASES]

_THEIRS = (
    r"(?:panel|interview\w*+|process|recruit\w*+|hiring|offer|salary|pay|package|compensation|figure|number"
    r"|range|communication|feedback|round|conversation|discussion|advert\w*+|job (?:ad|post\w*+|description|listing)"
    r"|listing|timeline|scheduling|organi[sz]ation|team|everyone|people|interviewers?)"
)
# Polite criticism: a complaint about something of theirs, however softened.
CRITICISM_PATTERNS = [
    # It ran late, they were distracted.
    r"\b(?:started|start|joined|ran|running|began|kicked off|arrived|turned up|showed up) (?:\S+ ){0,3}?"
    r"(?:late|behind)\b",
    r"\blate start\b",
    r"\b(?:distracted|preoccupied)\b",
    r"\b(?:on|at|looking at|checking|busy on|glued to) (?:his|her|their) (?:phone|laptop|email)s?\b",
    r"\b(?:everyone's|their|his|her|the panel's|the team's) (?:full |undivided )?attention\b",
    # It was slow and silent.
    r"\b(?:long|some|several) (?:\S+ )?(?:gaps|silences|quiet spells|quiet periods|periods|stretches|delays)"
    r" (?:\S+ ){0,3}?(?:without|in|of|where|with no)\b",
    r"\blong (?:gaps|silences|quiet spells)\b",
    r"\bwithout (?:any )?(?:news|updates?|word|feedback|communication)\b",
    r"\b(?:didn't|did not|never) hear (?:anything|back|a thing)\b",
    r"\ba long few (?:weeks|months)\b",
    r"\bno (?:explanation|reason|feedback|updates?) (?:was|were) (?:given|provided|offered)\b",
    # The offer came in below what the advert said.
    r"\b(?:below|under|lower than|less than|short of|beneath) (?:\S+ ){0,3}?(?:salary |pay |advertised )?"
    r"(?:range|band|bracket)\b",
    r"\b(?:range|band|figure|salary) (?:\S+ ){0,2}?(?:in|on|from|of) the (?:original |initial )?(?:job )?"
    r"(?:advert\w*+|ad|post\w*+|listing|description)\b",
    # It felt like a test, not a conversation; it left a poor impression.
    r"\b(?:less|more) like (?:a|an) (?:test|interrogation|exam|grilling|trap|quiz)\b",
    r"\bmore about (?:\S+ ){0,2}?(?:catching|tripping|testing|my weak|weak)",
    r"\bcatch(?:ing)? me out\b",
    r"\btrip(?:ping)? me up\b",
    r"\bnot (?:really |quite |exactly |at all )?what i(?:'d| had)? (?:\S+ )?(?:expected|hoped|anticipated)\b",
    r"\b(?:did not|didn't) leave me with (?:a|any) (?:very |particularly )?(?:good|great|positive) "
    r"(?:feeling|impression)\b",
    r"\b(?:did not|didn't|does not|doesn't|did not fully|didn't fully) (?:fully |really |quite )?(?:reflect|match"
    r"|recogni[sz]e|value|account for) (?:\S+ ){0,2}?(?:experience|value|seniority|level|worth|skills|background)\b",
    r"\b(?:job description|advert\w*+|ad|posting|listing) (?:didn't|did not|doesn't|does not) (?:really )?"
    r"(?:match|reflect|mention)\b",
    r"\bfar (?:below|from|off|short of) what\b",
    r"\b(?:not|wasn't|isn't) (?:a|really a) serious (?:offer|number|figure)\b",
    r"\bexpected (?:more|better)\b",
    r"\bnot the (?:most|best) (?:organi[sz]ed|smooth|pleasant|professional|efficient|well-run|structured)\b",
    r"\bleft (?:a )?(?:\S+ )?(?:bad|sour|bitter) taste\b",
    r"\bleft me (?:feeling )?(?:uneasy|uncomfortable|doubtful|deflated|frustrated|cold|unsettled)\b",
    r"\bfrustrat\w*+ (?:by|with|that|at)\b",
    r"\b(?:was|were|been|felt|found it|is) (?:\S+ )?frustrating\b",
    r"\b(?:disappointed|surprised|shocked|taken aback|dismayed) (?:by|with|at|that|how)\b",
    r"\b(?:didn't|did not) (?:really )?appreciate\b",
    r"\b(?:felt|feel|feeling|being) (?:\S+ )?(?:pressured|pressurised|pressurized|pushed|rushed)\b",
    r"\b(?:no one|nobody) (?:\S+ )?(?:got back|replied|responded|told|let me know|followed up|updated)\b",
    r"\bhad to (?:chase|keep asking|ask (?:twice|again))\b",
    r"\brescheduled (?:\S+ )?(?:times|twice)\b",
    r"\b(?:cancelled|canceled) (?:\S+ ){0,2}?(?:last[- ]minute|at short notice)\b",
    r"\b(?:process|scheduling|communication|organi[sz]ation|panel|interview\w*+|day|logistics|feedback) "
    r"could (?:have )?be(?:en)? (?:a (?:bit|little|lot) )?(?:better|smoother|tighter|clearer|quicker|faster"
    r"|more (?:organi[sz]ed|structured|joined-up))\b",
    r"\broom for improvement\b",
    r"\bapart on (?:how|what|compensation|pay|salary|the numbers|money)\b",
    r"\bfurther apart\b",
    r"\bdifferent places on\b",
    r"\bhow (?:the role|i|my experience|my work|the position) (?:was|is|were) (?:valued|seen|priced)\b",
    r"\bhard to feel (?:excited|enthusiastic|positive|good)\b",
    r"\b(?:surprised|shocked|taken aback|disappointed|dismayed) (?:\S+ ){0,4}?(?:offer|salary|figure|number"
    r"|package|process|interview|panel|range)\b",
    r"\b(?:surprisingly|disappointingly|significantly|considerably|substantially) (?:below|under|lower|less|low)\b",
    r"\btook (?:so|too|very|rather|quite a|far too) long\b",
    r"\bnever (?:got|came|wrote|called) back\b",
    r"\bwould have (?:appreciated|liked|preferred|expected) (?:\S+ )?(?:more|better|some|a (?:bit|little) more"
    r"|earlier|clearer)\b",
    r"\b(?:it's|it is|it was|was) a (?:real |great )?shame (?:that )?(?:the|your)\b",
    r"\bmisleading\b",
    r"\b(?:below|under|lower than|less than) (?:what was |what you |the )?(?:advertised|posted|listed|quoted|stated)\b",
    r"\b(?:not|isn't|wasn't|less than) (?:\S+ )?competitive\b",
    r"\b(?:below|under) (?:the )?market\b",
    r"\bon the low side\b",
    r"\b(?:low|light) for (?:the|a|this|someone|my) (?:\S+ )?(?:role|level|position|seniority|market|experience)\b",
    r"\b(?:offer|salary|package|number|figure|process|interview) (?:was|is|felt) (?:\S+ )?disappointing\b",
    r"\b(?:panel|interview\w*+|interviewers?|they|he|she|call|meeting) (?:was|were) (?:\S+ ){0,2}?late\b",
    r"\b(?:his|her|their) (?:phones?|laptops?)\b",
    r"\b(?:un|ill-)prepared\b",
    r"\b(?:hadn't|had not|didn't|did not|hasn't) (?:\S+ )?read my (?:cv|resume|application|portfolio)\b",
    r"\bdragged(?: on)?\b",
    r"\btook (?:so |too |quite |rather |a very |a really )?(?:long|a (?:long )?while|ages|forever)\b",
    r"\bkept (?:me|us) waiting\b",
    r"\b(?:weeks|months) of (?:silence|waiting|radio silence)\b",
    r"\bradio silence\b",
    r"\bcommunication (?:\S+ ){0,3}?(?:patchy|sparse|spotty|slow|lacking|poor|limited|inconsistent)\b",
    r"\bwith respect,",
    # The pointed suggestion.
    *(
        rf"\b{frame} " + gap(6) + r"(?:more|better|clearer|earlier|greater) (?:clarity|transparen\w++"
        r"|communicat\w++|information|notice|updates?|feedback|structure|organi[sz]\w++|upfront|up front"
        r"|responsive|prompt)\b"
        for frame in ("(?:hope|wish|suggest|recommend)", "would be (?:better|helpful|good|useful)")
    ),
    r"\bclear(?:er)? at an earlier stage\b",
]
NEGATIVE = any_of(NEGATIVE_PATTERNS)
CRITICISM = any_of(CRITICISM_PATTERNS)
# One pass for both: every match is a finding.
NEGATIVITY = any_of(NEGATIVE_PATTERNS + CRITICISM_PATTERNS)
# Words about the writer's own feelings, not the employer's faults.
SELF_DIRECTED = re.compile(
    r"\b(?:feel|feels|felt|feeling)(?: \S+)? (?:terrible|awful|horrible|bad)\b|\bfrankly stressful\b", re.IGNORECASE
)

ACRONYMS = wordset(
    """
    AI AM API APAC ASAP AUD AWS BA BBC BI BP CAD CEO CFO CHF CIO CISO CMO CO COO CPO CRM CSS CTO CV DM EMEA EOD
    EOW ERP ESA ETA ETL EU EUR EY FAQ FW FWD FYI GBP GCP GDPR GE GMBH HP HQ HR HSBC HTML IBM ID II III INC INR IT
    IV JS KPI KPMG LLC LLP LPA LSE LTD MA MBA MD MIT ML MSC NASA NB NGO NHS NYC NZ OK OKR PA PDF PHD PLC PM PR PS
    PTO PWC QA RE ROI SAP SDK SEO SF SGD SLA SLO SQL SRE SVP TV UBS UCL UI UK UN US USA USD UX VP
    """
)
CAPS_WORD = re.compile(r"[A-Z](?<![^\W_][A-Z])[A-Z]++\b")

SHOUT_THRESHOLD = 3
EXCLAMATION_RUN = re.compile(r"!{2,}+")
MAX_EXCLAMATIONS = 2


def _bracketed(flat: str, start: int) -> bool:
    """Whether a word is inside a placeholder ("[YOUR NAME]", "<ROLE>"): a blank (no_blanks), not shouting."""
    for opening, closing in (("[", "]"), ("<", ">"), ("{", "}")):
        opened = flat.rfind(opening, max(0, start - 40), start)
        if opened >= 0 and flat.rfind(closing, opened, start) < 0 and flat.find(closing, start, start + 40) >= 0:
            return True
    return False


def _negative(email, flat: str, *, in_subject: bool) -> list:
    found, sentences = [], set()
    self_directed = None
    for m in NEGATIVITY.finditer(flat):
        if self_directed is None:
            self_directed = [s.span() for s in SELF_DIRECTED.finditer(flat)]
        if any(start <= m.start() < end for start, end in self_directed):
            continue
        message = f"{curly(m.group())} can read as negative — keep to your reasons, not their faults."
        finding = email.finding(message, m, in_subject=in_subject)
        if finding.start not in sentences:
            sentences.add(finding.start)
            found.append(finding)
        if len(found) >= 10:
            break
    return found


def _shouting(email, context) -> list:
    known = {w.upper() for w in words(f"{context.company} {context.role} {context.contact_name}")}
    found = []
    for in_subject, flat in ((True, email.flat_subject), (False, email.flat)):
        for m in CAPS_WORD.finditer(flat):
            if m.group() in ACRONYMS or m.group() in known or _bracketed(flat, m.start()):
                continue
            found.append((in_subject, m))
            if len(found) >= SHOUT_THRESHOLD:
                break
        if len(found) >= SHOUT_THRESHOLD:
            break
    if len(found) < SHOUT_THRESHOLD:
        return []
    sample = ", ".join(curly(m.group()) for _, m in found)
    in_subject, first = found[0]
    return [email.finding(f"{sample} in capitals read as shouting — use ordinary case.", first, in_subject=in_subject)]


def _exclamations(email) -> list:
    for in_subject, flat in ((True, email.flat_subject), (False, email.flat)):
        run = EXCLAMATION_RUN.search(flat)
        if run:
            message = f"{curly(run.group())} reads as overexcited — one exclamation mark at most."
            return [email.finding(message, run, in_subject=in_subject)]
    if email.flat_subject.count("!") + email.flat.count("!") <= MAX_EXCLAMATIONS:
        return []
    marks = [(True, i) for i, c in enumerate(email.flat_subject) if c == "!"]
    marks += [(False, m.start()) for m in re.finditer("!", email.flat)]
    if len(marks) <= MAX_EXCLAMATIONS:
        return []
    # Quote the sentence with the one too many.
    in_subject, position = marks[MAX_EXCLAMATIONS]
    message = f"{len(marks)} exclamation marks — keep to one or two."
    return [email.finding(message, (position, position + 1), in_subject=in_subject)]


def check(email, context):
    findings = _negative(email, email.flat_subject, in_subject=True) + _negative(email, email.flat, in_subject=False)
    findings += _shouting(email, context) + _exclamations(email)
    return warn(findings)


MUST_WARN = [
    {"text": "The process was a waste of time.", "quote": "The process was a waste of time."},
    "That was a lowball offer.",
    "That was a low-ball offer.",
    "The team seemed disorganised.",
    "The team seemed disorganized.",
    "No offence, but no.",
    "Frankly, it was not for me.",
    "It felt like a bait-and-switch.",
    "Your loss.",
    "That joke of an offer.",
    {"subject": "RE: YOUR RIDICULOUS OFFER", "text": "Dear Priya, thanks.", "quote": "RE: YOUR RIDICULOUS OFFER"},
    "I am NOT going to accept. PLEASE understand. THANKS.",
    "Thank you!!",
    "Thank you! Truly! Goodbye!",
    {"subject": "A big thank you!", "text": "Thank you! Goodbye!"},
    # Polite criticism.
    "A couple of the interview sessions felt a wee bit disjointed (the panel started late).",
    "On the panel day, one of the interviewers was looking at his phone for much of the interview.",
    {
        "text": "I decline. Also, the offer was quite a lot lower than the range in the job advertisement.",
        "quote": "Also, the offer was quite a lot lower than the range in the job advertisement.",
    },
    "The offer came in well under the range in the job post, and the process had long gaps.",
    "I'd welcome staying connected, and I hope future candidates get a little more clarity on range up front.",
    "The final interview felt less like a conversation and more like a test I wasn't told the rules of.",
    "I will be candid and say that the conversation about salary was not quite what I had expected.",
    "I felt the salary discussion did not fully reflect the experience I would be bringing to the role.",
    "We were further apart on compensation than I had anticipated going in.",
    "I will be honest, the final interview did not leave me with a very good feeling.",
    "I had the feeling it was more about catching me out than about a real discussion.",
    "Well, it ended up being a long few weeks!",
    "I was surprised by how low the offer was.",
    "It's a shame the process took so long.",
    "I would have appreciated more communication between the rounds.",
    "I hope you'll consider being more transparent about salary in future.",
    "The job description was misleading about the travel.",
    "Honestly the offer came in lower than advertised.",
    "The package isn't really competitive for the market.",
    "The interviewers were twenty minutes late.",
    "After eight weeks of silence I had moved on.",
    "The process dragged on, and communication was patchy.",
    "The final interview felt rather adversarial.",
    "I was surprised by how far below what the advert said the number came in.",
    "Honestly, I felt a bit undervalued by the salary conversation.",
    "The scheduling could have been smoother, and I had to chase for updates.",
    "It left a slightly sour taste, if I'm honest.",
]
MUST_PASS = [
    "I'm so sorry, and I apologise for the short notice.",
    "I feel terrible saying no after such a good process.",
    "We met at the office near Cheapside over scampi.",
    "I was impressed by the team.",
    "I'm disappointed not to be joining you.",
    "Thanks a lot! Speak soon!",
    "I am VERY grateful and REALLY sorry.",
    {"text": "Thanks to HR, the CTO, the UX and QA leads at NASA JPL. JPL was great; JPL is great.", "company": "JPL"},
    "Hi [NAME], coffee in [CITY] next month? It's been a year since the [ROLE] role.",
    "The salary doesn't work for me, and I couldn't make the numbers work with my mortgage.",
    "It was a busy and frankly stressful season.",
    "The package is lower than what I can accept at this stage of my career.",
    "Five rounds of interviews is a lot, and you were kind through every one of them.",
    "I'm sorry if this sounds blunt, but the location is the only reason.",
    "I felt it was only right to give the new role my full attention.",
    "I'm disappointed not to be joining you, and I'm sorry to let you down.",
    "I know this news may be frustrating, and I'm sorry.",
    "It would not be fair to you if I accepted.",
    "I'd love to hear how the launch goes.",
]
