"""Professional tone: nothing negative about the employer, however politely put; no shouting.

Negativity is read three ways:

- words that are negative whatever surrounds them ("lowball", "a waste of
  time", "unprofessional", "your loss");
- polite criticism, as constructions: something of theirs (the panel, the
  process, the offer, the salary conversation, the job advert) with a
  complaint about it, however softened — it started late, felt a bit chaotic,
  came in below the range in the advert, was more like a test than a
  conversation, went weeks without news — and the pointed suggestion ("I hope
  future candidates get more clarity on range up front");
- complaints read from a sentence (COMPLAINTS): a word of complaint (waiting,
  disorder, how an interview felt, pay against a standard or their advert,
  something found wanting) and, in the same sentence, something of theirs it
  is about — unless the sentence also thanks, praises, apologises or denies a
  fault, or the complaint is negated ("I never felt rushed").

Sarcasm and the knowing aside are read the same way ("such as it was", "I'm
sure there was a reason", "to put it mildly", "thank you for eventually…"),
as are advice on how they run things, blame as what might have been ("had the
recruiter been clearer…"), doubts about the employer itself (its culture,
direction, strategy) and faults that count only when denied ("we didn't see
eye to eye on the package", "not given the weight I'd hoped"). A complaint
after "but" or "though" is not softened by thanks before it, nor by thanks
after a later "but" ("…wasn't my favourite part, but I appreciate your
patience"), and contractions
typed without an apostrophe ("wasnt") are read as with one.

Some remarks fault them only by their shape, so the shape is what is read:
irony (something of theirs "certainly frank", "if nothing else, eventful");
the feeling it left ("came away with an odd feeling", "can't pretend it
left me feeling valued", "came away none the wiser about the role"); a
verdict reached before it began ("a fixed idea of who they wanted"); a
remark about their meetings prefaced as candour ("I'll be honest, the final
round didn't go well"); the talk about pay named as a topic, even to say it
was not the reason; a comparison that finds them short of a standard (what
was discussed, their advert, what the role deserves, what one would expect);
advice on treating the next candidate better; and the softened fault ("a
bit brusque", "changed at the last minute"). So are their meetings run late
or half-attended ("forty minutes behind schedule", "replying to messages
through my presentation"), silence against what was promised ("longer than
I had been told"), people who had not prepared, a round likened to an exam
or a verdict reached before it, and pay "not commensurate" or "under what
comparable firms pay". A sentence whose subject is a negation ("Nothing
about the offer put me off") faults nothing.

Honest statements of the writer's own needs ("the salary doesn't work for
me", "I couldn't make the numbers work") are not negative, nor are apologies
or the writer's own feelings and failings ("I feel terrible saying no", "I'm
useless with names"), nor sparing them a wait ("rather than have you wait").

Whatever the constructions miss, each sentence is also weighed word by word
against how outside readers labelled the sentences of the tuning sets (see
"What the readers' own labels teach" below): a sentence the weights are sure is
a complaint about them warns with a finding of its own.

Shouting is three or more ALL-CAPITAL words of two or more letters in the
subject and body, not counting acronyms (HR, CEO, LPA…), placeholders in
brackets, or words of the company, role and contact names. Exclamation marks:
a run ("!!") or more than two in subject and body together.
"""

import functools
import json
import re
from dataclasses import replace
from pathlib import Path

from declines.models import TemplateKind
from declines.review.text import BLANKS, MAX_FOUND, WORD, any_of, curly, gap, straighten, warn, words, wordset

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
    r"(?:dis|un)organi[sz]ed",
    r"chaotic",
    r"shambol(?:es|ic)",
    r"shambles",
    r"(?:a bit of a|such a|what a|total|real|complete) (?:faff|palaver|rigmarole|circus|farce)",
    r"(?:pure|absolute|total) (?:mince|rubbish|garbage|pish)",
    r"(?:up|full of) (?:themselves|himself|herself)",
    r"bless (?:your|their|his|her) (?:little )?hearts?",
    r"just sayin'?g?",
    r"(?:take|took|taking) (?:your|their|its) sweet time",
    r"sure (?:do|did|does) take (?:your|their) (?:sweet )?time",
    r"(?:a|complete|total|bit of a) mess",
    r"unprofessional",
    r"amateur(?:ish)?",
    r"sloppy",
    r"useless",
    r"pointless",
    # Not before praise: "candid and, frankly, more interesting than most of what crosses my desk".
    # (Nor "thoughtful, welcoming and, frankly, a lot of fun".)
    r"frankly(?=,)(?!, (?:a lot of fun|great fun|fun|more fun|more (?:interesting|useful|engaging|impressive|thoughtful"
    r"|enjoyable|insightful)|better than"
    r"|the best|one of the best|impressive|excellent|brilliant|wonderful|great|fascinating|refreshing|a pleasure"
    r"|a joy|a highlight|the most (?:interesting|useful|enjoyable|engaging)|excited|thrilled|delighted|inspired"
    r"|energi[sz]ed|moved|humbled|honou?red)\b)",
    r"to be honest,?(?= (?:your|the|this)\b)",
    r"no offen[cs]e",
    r"with all due respect",
    r"never again",
    r"your loss",
    # Not the plain wish: "good luck finding the right person".
    r"good luck finding(?! (?:the right|a great|a good|the perfect|your next|a brilliant|a wonderful|someone (?:great"
    r"|good|brilliant|wonderful|who fits))\b)",
    r"good luck with that",
    r"you'll regret",
    r"toxic",
    # Their office, the role: "was a dump", "a complete dump" (not "a dump of my notes").
    r"(?:is|was|were|are|a|such a|total|complete|absolute|real) (?:a )?(?:bit of a |total |complete |real )?"
    r"dump\b(?! of)",
    # What of theirs the writer hated ("I hated the interview"), not the writer's own feeling
    # about saying no ("I hated the thought of letting you down", "I hated having to decide").
    r"hated (?:(?:the|your|their|that|every) (?:\w+ )?(?:interviews?|process|office|building|panel|manager|"
    r"recruiters?|culture|questions|tests?|tasks?|assessments?|offer|package|salary|role|job|place|company|people"
    r"|team|minute|moment|part)|how (?:the|your|their|they|you)|it there|working (?:there|with))\b",
    # Something of theirs called a disaster ("your HR process was a disaster"), not the
    # writer's own plans or past ("the visa process was a nightmare for my family"): "your" or
    # "their" with any of their things; "the", "that", "whole" only with the hiring's own.
    r"(?:(?:your|their) (?:\w+ ){0,2}?(?:process|interviews?|recruit(?:ment|ing|ers?)|hiring|hr|panel|offer|package"
    r"|communication|scheduling|round|assessment|team|office|company|management)"
    r"|(?:the|this|that|whole|entire) (?:whole )?(?:interview|hiring|recruitment|recruiting|hr|assessment|onboarding"
    r"|application|final)(?: (?:process|round|stage|day|panel|team))?)"
    r" (?:was|is|were|has been|felt like|turned into) (?:a |an )?(?:bit of a |total |complete |absolute |utter |real )?"
    r"(?:disaster|nightmare|fiasco|train ?wreck|farce)\b",
    r"terrible",
    # Not "an awful lot", which only counts.
    r"awful(?! lot)",
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
    # Not the writer's apology: "you deserve better than that" (a late reply).
    r"(?<!you )(?<!you all )deserve better",
    r"crap(?:py)?",
    r"damn",
    r"sucks?",
    r"bullshit",
    r"wtf",
    # Softened, but still a complaint about how they ran things.
    r"disjointed",
    r"bumpy",
    r"haphazard",
    r"all over the (?:place|shop)",
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
    r"pushy",
    r"soulless",
    r"unwelcoming",
    r"unfriendly",
    r"less than ideal",
    r"far from ideal",
    r"(?:a|bit of a) let-?down",
    r"letdown",
    r"one-sided",
    r"overs(?:ell|ells|elling|old)",
    r"in the dark",
    r"least (?:enjoyable|pleasant|organi[sz]ed|helpful)",
    r"inaccurate",
)
NEGATIVE_PATTERNS = [rf"\b{phrase}(?![\w-])" for phrase in NEGATIVE_PHRASES]

# A negation as a word of its own, so a pattern can start at it: "not", "wasn't", "didnt".
# Flat, so the engine tries it only at words starting with one of its letters.
_NOT = (
    r"(?:not|never|cannot|isn't|wasn't|weren't|aren't|don't|doesn't|didn't|hasn't|haven't|hadn't|couldn't"
    r"|wouldn't|shouldn't|won't|can't|mightn't|mustn't)"
)
# What an interview is likened to when it is faulted.
_ORDEAL = (
    r"(?:test|interrogation|exam|examination|grilling|trap|quiz|trial|ordeal|audition|formality|cross-examination"
    r"|box-ticking exercise|tick-box exercise|sales pitch|performance)"
)
# The things of theirs a remark can be about: their meetings and their steps.
# (Flat, so a pattern that starts with it is tried only at words with its first letters: see `any_of`.)
_EVENT_WORDS = (
    r"conversation|discussion|negotiation|exchange|chat|call|meeting|interview\w*+|process|panel|round|rounds"
    r"|assessment|stage|day|feedback|offer|questions|recruiter|package|figure|number"
)
_EVENT = f"(?:{_EVENT_WORDS})"
# The standards an offer or a process is measured against: their word, their
# advert, what one would expect, what the role deserves.
_STANDARD = (
    r"(?:(?:we|you|they|he|she) (?:had |have |'d )?(?:discussed|talked about|agreed|spoke about|mentioned|said|quoted"
    r"|indicated|promised|outlined|described|advertised)|(?:i|we) (?:was|were|had been) (?:told|led to|given to"
    r"|promised|quoted)|(?:i|i'd|i would|one would|you'd|anyone would) (?:have )?(?:expect|expected|anticipate"
    r"|anticipated)|(?:the role|the position|the job|my experience|my \S+) (?:deserves|merits|warrants|calls for)"
    r"|the (?:advert|ad|posting|listing|job description|advertised|posted|listed|quoted|stated)"
    r"|(?:similar|other|comparable|peer|competing) (?:firms|companies|employers|roles|organisations|organizations"
    r"|businesses|teams)|the market|market)"
)
# Polite criticism: a complaint about something of theirs, however softened.
CRITICISM_PATTERNS = [
    # --- From outside sentences written to each situation (a suggestion, a thanks or a wish with a barb). ---
    # Advice on how they run things: "You might consider briefing panel members", "It would perhaps help your
    # candidates if HR could send a status update", "One small suggestion: interviewers may be requested to keep
    # their mobiles aside", "Perhaps it would be worth updating the job advert".
    r"\b(?:(?:one |a )?(?:small|little|quick|gentle|humble|tiny|helpful|friendly) (?:suggestion|idea|tip)"
    r"|(?:may|might|can|could) i (?:humbly |gently )?suggest"
    r"|(?:i )?(?:would|'d) (?:like to )?(?:kindly |gently )?suggest"
    r"|you (?:might|may|could) (?:want to |wish to )?consider|you (?:might|may|could) want to"
    r"|it (?:would|might|could) (?:perhaps |maybe )?(?:be (?:worth|useful|helpful|a good idea)|help)"
    r"|(?:perhaps |maybe )?(?:it |that )?(?:would|might|could|may) (?:be (?:worth|useful|helpful|a good idea)|help))\b"
    r"[^.!?\n]{0,90}?\b(?:advert\w*|ad|listing|posting|panel\w*|candidates?|applicants?|interview\w*|status|updates?"
    r"|process|questions|salary band|range|mobiles?|phones?|brief\w*|calendar|invitations?|round|stage)\b",
    # (Not leaving them free to move on: "gives time to go to the next candidate".)
    r"\b(?<!\bgo )(?<!\bmove on )(?<!\bmoving on )(?<!\bturn )(?:for|to|help|helps|so that) (?:the |your )?(?:next"
    r"|future|later) (?:candidates?|applicants?|panels?)\b",
    # Thanks for a lesson: "Thank you for educating me on what a person with my experience is 'actually worth'",
    # "thank you for teaching me that the range … is only indicative", "Thanks for making it so clear that the
    # number wasn't up for discussion".
    r"\b(?:thank(?:s| you)|grateful) for (?:teaching|educating) me\b",
    r"\b(?:thank(?:s| you)|grateful)(?: also| too)? for (?:the (?:clear |valuable |useful )?lesson"
    r"|making it (?:so |very "
    r"|crystal )?clear"
    r" that|explaining that)\b",
    r"\bwhat (?:my experience|i|a person with my experience|someone with my experience|my \w+) (?:is|was) (?:actually "
    r"|really |['‘’\"]actually |['‘’\"]really |['‘’\"])worth\b",
    r"\b(?:getting|got|get) back to me at last\b",
    r"\bmore tempting at the (?:salary|figure|range|number) (?:you |that was |which was )?(?:originally |first )?"
    r"(?:advertised|posted|listed)\b",
    r"\bthe real reward of the role\b",
    # The wait put to use: "which gave me ample time to memorise your visitor policy", "I could read your company
    # brochure twice".
    r"\btime to (?:memori[sz]e|read every|read all|learn (?:every|all))\b",
    r"\bbrochure twice\b",
    # Slowness, said by what it allowed or wished away: "a slightly brisker timetable", "a touch longer than I'd
    # expected", "move a bit faster than this recruiting process did", "to say it politely", "in the eight weeks
    # since I applied I've had time to redecorate", "could have finished a small design project".
    r"\b(?:brisker|faster|quicker|speedier|snappier|swifter) (?:timetable|process|search|turnaround|timeline|pace)\b",
    r"\b(?:a touch|a bit|a little|a little bit|slightly|somewhat) (?:longer|slower|quieter)(?: and (?:longer"
    r"|slower|quieter))? than"
    r" (?:i'd|i had|i was|i'm|i am|expected)\b",
    r"\b(?:faster|quicker) than (?:this|the|your) (?:\S+ )?process\b",
    r"\bless than eight weeks\b",
    r"\bto (?:say|put) it (?:politely|mildly|kindly|diplomatically|gently)\b",
    r"\bin the (?:\S+ )?(?:weeks|months) (?:since|between)\b[^.!?\n]{0,60}?\b(?:i(?:'ve| have)? had time|i could"
    r" have)\b",
    r"\bi could have (?:finished|completed|built|written|designed|learned|learnt)\b",
    r"\bwithout (?:much|any) news from your side\b",
    r"\b(?:wasn't|was not) sure (?:anyone|anybody|someone) was (?:still )?(?:on the other end|there|listening)\b",
    # The interview, faulted by a wish or a memory: "I hope whoever accepts the role enjoys the final stage rather
    # more than I did", "an interview I shan't forget, though mostly for …", "questions seemed to relate to an
    # entirely different job", "the candidate they already had in mind", "had already made its decision".
    r"\b(?:enjoys?|enjoyed) (?:the |that )?(?:\S+ )?(?:stage|round|interview|process|day) (?:rather |a bit |a"
    r" little |much"
    r" )?more than i did\b",
    r"\b(?:shan't|won't|will not|shall not|never) forget, (?:though|but) (?:mostly|mainly|largely)\b",
    r"\b(?:relate|related|relating) to (?:an |a )?(?:entirely |completely |totally )?different (?:job|role|position)\b",
    r"\bcloser to the actual (?:role|job|position|work)\b",
    r"\b(?:already )?had in mind before i\b",
    r"\bhad already (?:made (?:its|their|the|up (?:its|their)) (?:decision|mind)|decided)\b",
    r"\bnot (?:go |run )?(?:quite )?as (?:smoothly|well[- ]organi[sz]ed|well run|well prepared) as (?:one|i|you"
    r"|i'd|i had) (?:would "
    r")?(?:expect|anticipated|expected|hoped)\b",
    r"\b(?:spontaneous|improvised|creative) in its organi[sz]ation\b",
    r"\b(?:a few )?more moving parts than (?:i|we) (?:expected|anticipated)\b",
    r"\bpause for thought about how (?:the|your) (?:team|company|firm|business) (?:operates|works|runs)\b",
    r"\b(?:expected|hoped for) (?:a )?similar (?:preparation|effort|courtesy) (?:on|from) the other side\b",
    # Their pay talk, quoted back: "the suggestion that I ought simply to be grateful", "told to 'be grateful for
    # whatever is offered'", "'just be glad to get a foot in the door'", "called 'ambitious' with a laugh", "didn't
    # come away … feeling entirely valued", "someone who's happy to hear that", "comfortable with that approach to
    # pay", "more luck in the negotiation than I had", "asked what I was looking for before telling me what I was
    # worth", "which nobody would call generous, is paying me more".
    # (Never the formal "I should be grateful if you would…".)
    r"\b(?:ought (?:simply |just )?to|(?:should|must) (?:simply|just)) be (?:grateful|glad|thankful)\b",
    r"\bbe (?:grateful|glad|thankful) for (?:whatever|what(?:ever)? (?:is|was) offered|anything)\b",
    r"\b(?:be glad|be happy|be grateful|be lucky|lucky) to get a foot in the door\b",
    r"\bwith a laugh\b",
    r"\bfeeling (?:entirely|particularly|especially|fully|very|that) valued\b",
    r"\b(?:happy|comfortable|content|glad) (?:to hear that|with that approach)\b",
    r"\bmore luck in (?:the |your )?negotiation\b",
    r"\bbefore telling me what i was worth\b",
    r"\bnobody would call generous\b",
    # More of the same, from a second look at the outside sentences.
    r"\b(?:didn't|did not) (?:sit|go down) (?:too |very |all that |particularly |quite )?(?:well|right) with me\b",
    r"\b(?:didn't|did not) leave me (?:much|any) room\b",
    r"\bthis one (?:has run its course|'s a wrap|is a wrap)\b",
    r"\b(?:won't|will not) come as (?:much of )?a surprise\b",
    r"\bi'm sure (?:the|your) (?:\S+ ){0,6}?(?:in good faith|had (?:their|its|your) reasons)\b",
    r"\b(?:next|future) (?:search|hire|process|hiring|recruitment|interview days?) (?:\S+ ){0,3}?(?:faster"
    r"|quicker|more "
    r"smoothly|smoother|better organi[sz]ed)\b",
    r"\b(?:a )?(?:faster|quicker|smoother) (?:hiring|recruiting|recruitment) process\b",
    r"\bnot (?:quite )?as much about the (?:role|job|work) as\b",
    r"\bin between whatever else\b",
    r"\bfor (?:teaching|educating) me (?:that|what|about|on)\b",
    r"\basked more about (?:\S+ ){1,4}than about\b",
    r"\bnobody (?:informed|told|updated|warned) me\b",
    r"\bmore organi[sz]ed (?:\S+ )?than (?:i|we) did\b",
    r"\bhappy to be told\b",
    r"\bfunny how\b",
    r"\bfriendly (?:tip|suggestion|reminder)\b",
    r"\b(?:almost|nearly) forgotten (?:that )?(?:i'd|i had|i) applied\b",
    r"\bhave to wait (?:\S+ ){0,2}(?:weeks|months) to hear\b",
    r"\bnot sure what (?:\S+ ){1,6}had to do with\b",
    r"\b(?:idea|impression|sense) of how (?:things|the team|the company|you) (?:run|work|operate|are run)\b",
    r"\bless chaos than\b",
    r"\bbelow the (?:lower end of the |bottom of the |low end of the )?range (?:stated|advertised|posted|listed|in)\b",
    r"\bfinally revert(?:ing|ed)\b",
    r"\b(?:more|a bit more|a little more) about the actual (?:job|role|work)\b",
    r"\bnot go (?:exactly |quite )?(?:according to|to) (?:the )?(?:schedule|plan)\b",
    r"\bthank(?:s| you) for reminding me that\b",
    r"\bmore in line with your (?:views|budget|expectations|thinking)\b",
    # Not the writer's own courtesy: "I think it is more respectful to your team".
    r"\b(?<!it is )(?<!it's )(?<!that is )(?<!that's )more respectful\b(?! to (?:you|your))",
    r"\bseen enough of each other\b",
    r"\bmake it (?:all the way )?(?:to|into) the offer\b",
    r"\b(?:next|future) (?:hire|candidate|applicant)s? (?:doesn't|don't|won't|will not|does not|do not) have to\b",
    r"\bjump through (?:all )?(?:those|these|the|your) hoops\b",
    r"\bfrom a (?:certain|safe) distance\b",
    # A third look, at sentences by the held-out writers' own eight personas.
    r"\bif nothing else\b",
    r"\ba (?:true |real )?masterclass in patience\b",
    r"\b(?:ample|plenty of) (?:occasion|opportunity|time) to practi[sc]e\b",
    r"\bcertainly\W+(?:\.\.\.|…)?\s*thorough\b",
    r"\binstructive (?:afternoon|morning|day|experience), if not\b",
    r"\b(?:clearer|better|fuller) insight into (?:\S+ ){1,4}than (?:i suspect|was) intended\b",
    r"\bcolou?r(?:ed)? my impression of how\b",
    r"\b(?:could not|couldn't|can't|cannot) help (?:but )?notic(?:e|ing)\b",
    r"\bi would gently observe\b",
    r"\bif i may offer (?:one|an|a single) observation\b",
    r"\btaken aback\b",
    r"\bbrushed (?:off|aside)\b",
    r"\b(?:didn't|did not) love how\b",
    r"\b(?:wasn't|was not) quite the (?:smooth|pitch|two-way|experience|conversation|reassurance)\b",
    r"\bquite the contrast\b",
    r"\bhad in mind (?:from the (?:very )?start|all along|from the beginning)\b",
    r"\bthe picture you already had in mind\b",
    r"\b(?:able|willing) to give me (?:your|their) full attention\b",
    r"\bbrought a book for the wait\b",
    r"\bmore lucky\b",
    r"\binside the range you (?:have )?(?:published|advertised|posted)\b",
    r"\bwhat the (?:advert|advertisement|ad|posting|listing) had led me to (?:believe|expect)\b",
    r"\bstuck to the (?:figures|numbers|range) they (?:put|had|listed)\b",
    r"\bhad me from (?:\S+ ){1,3}to offer in\b",
    r"\bmade (?:its|their) decision within\b",
    r"\b(?:very few|hardly any|barely any|so few) updates\b",
    r"\bheard so little\b",
    r"\b(?:quicker|faster) for (?:whoever|the next|future)\b",
    r"\bbrisker\b",
    r"\bholding (?:email|e-mail|note|message) (?:\S+ ){0,8}?would have\b",
    r"\bmuch later than the time\b",
    r"\bfrom my background\b",
    r"\bexplaining so patiently\b",
    r"\bthe reminder that passion\b",
    r"\bhow you (?:see|value|view) (?:my experience|the role|me|my background)\b",
    r"\bwhatever was on (?:that|his|her) (?:\S+ )?phone\b",
    r"\b(?:a touch|a bit|a little|slightly|somewhat) less (?:organi[sz]ed|smooth|prepared|structured)\b",
    r"\b(?:simply|just|probably) an off (?:one|day)\b",
    r"\b(?:learned|learnt) everything (?:we|i) need(?:ed)? to know\b",
    r"\b(?:process|day|interview) has told me everything\b",
    r"\bwe both (?:already )?know the answer\b",
    r"\bsave your system the\b",
    r"\bwon't be circling back\b",
    r"\bwould go a (?:long|considerable) way\b",
    r"\ba long time to (?:hear nothing|keep (?:a candidate|candidates|someone|me|people)"
    r" (?:guessing|waiting|hanging))\b",
    # (Not "I hope the next candidate is a better fit than I was".)
    r"\b(?:future|next) (?:applicants?|hires?|candidates?)\b(?![^.!?\n]{0,60}?\b(?:fit|match|suited)\b)[^.!?\n]{0,80}?"
    r"\bthan i (?:had|was|did)\b",
    r"\b(?:not|n't) (?:quite |really |exactly )?the (?:\S+ ){0,4}?(?:exchange|discussion|conversation|dialogue"
    r"|interview"
    r"|experience|welcome)s? (?:which |that )?i(?:'d| had| was)? (?:been )?(?:hoped|hoping|expected|expecting)\b",
    r"\b(?:the panel|you|they) already had in mind\b",
    r"\bon (?:his|her|their|(?:mr\.? |ms\.? |mrs\.? |dr\.? )?\w+['’]s) (?:phone|laptop|mobile)\b",
    r"\bpunctuality\b",
    r"\bmy (?:experience|\w+ years?(?: of experience)?) (?:has|had|is|was|are|were) (?:any |no |little )?value\b",
    r"\bsummed up as\b",
    r"\bnot very motivating\b",
    r"\bin the neighbou?rhood of what\b",
    r"\b(?:company|firm|employer|place|somewhere) that (?:\S+ ){0,4}?(?:within|in under)\b",
    r"\b(?:will not|won't) be forgetting\b",
    r"\bleft with (?:some )?doubts about how\b",
    r"\bto say the least\b",
    r"\bhow (?:you|the company|the team|the firm) values? (?:experience|people|staff|candidates)\b",
    r"\bsomething new every day\b",
    r"\bprocess (?:speeds|speed) up\b",
    r"\bit would have helped\b",
    r"\bactually (?:get to )?talk about\b",
    r"\b(?:future|next) candidates? gets? (?:a chance|the full|to actually)\b",
    r"\bschedule\b[^.!?\n]{0,40}\bloose\b",
    r"\bbeing told (?:that )?i (?:should|ought|could)\b",
    r"\bnext time it (?:might|would|could) (?:go|be) better\b",
    r"\b(?:frank|candid) feedback on my salary\b",
    r"\bfallen down the back of\b",
    r"\bmore briskly\b",
    r"\bso much of the (?:final |last )?(?:round|interview|time|day) was spent on\b",
    r"\bit did sting\b",
    # A fourth look, at sentences asked to be subtle (set 3, labelled blind).
    r"\b(?:i(?:'d| had| would have)) (?:really |so )?(?:hoped|liked|valued|appreciated|preferred)\b[^.!?\n]{0,80}?"
    r"\b(?:an? (?:short |quick |occasional )?(?:update|note|message)|(?:the )?(?:final |last )?(?:interview|round"
    r"|discussion|talk"
    r"|conversation|negotiation)|(?:the )?salary (?:discussion|talk)|remuneration|more (?:room|time|depth|about))\b",
    r"\bwould have been (?:helpful|nice|lovely|good) (?:to (?:have had|know|get|hear)|if)\b",
    # (Not "there wasn't much room to move", a plain fact of the offer.)
    r"\b(?:wasn't|was not|isn't|is not) (?:much|a lot of) (?:appetite|willingness|room for (?:dialogue|discussion"
    r"|negotiation|conversation))\b",
    r"\b(?:did not|didn't) have (?:much|any|a real) (?:opportunity|chance|time) to (?:discuss|talk|show|explain|go)\b",
    r"\bif there had been (?:the |an |any )?(?:opportunity|chance|time)\b",
    r"\bwithout (?:an |any )?answer\b",
    r"\b(?:hadn't|had not|haven't|have not) heard anything\b",
    r"\bnot (?:entirely |quite |really )?clear to me how\b",
    r"\b(?:a bit |rather |quite )?far (?:away )?from the (?:technical |actual |real )?(?:work|job|role)\b",
    r"\balready (?:had|formed) (?:a )?(?:clear |fairly |settled |firm )*(?:preference|view)\b",
    r"\b(?:not|n't) (?:run|go) (?:quite |exactly )?(?:to|according to) (?:the )?(?:timetable|schedule|plan)\b",
    r"\bmost of the time went (?:to|on)\b",
    r"\bnot everybody (?:was|seemed|appeared)\b",
    r"\borgani[sz]ed (?:a bit |somewhat |quite )?different(?:ly)? (?:as|than|from)\b",
    r"\bconsidered (?:a bit |a little |rather )?more in the salary\b",
    r"\bnot (?:really )?taken serious(?:ly)?\b",
    r"\bthe remark that\b",
    r"\bthank(?:s| you) for [^.!?\n]{0,80}?(?:made|makes) (?:my|the) decision (?:\w+ )?easier\b",
    r"\bdepart\w* (?:so )?(?:markedly|significantly|so far) from\b",
    r"\bcannot (?:quite )?reconcile\b",
    r"\bnot unnaturally\b",
    r"\bungracious\b",
    r"\btook note of the suggestion\b",
    r"\bclear sense of how the (?:firm|company|team|business) operates\b",
    r"\bwish (?:the|your) offer had\b",
    r"\bsurprised to hear that my\b",
    # A fifth look, at sentences about anything of theirs (the culture, the office, the tools, the contract), set 4.
    r"\bcertainly (?:one way to|(?:very |quite |rather )?(?:ambitious|spacious|energetic|persistent|creative|efficient"
    r"|educational|brave|lives up to))\b",
    r"\bfinally (?:opens|open|built|approved|arrives?|wraps up|is built|gets? (?:approved|built|done))\b",
    r"\bespecially (?:for the company|one side|for you)\b",
    r"\b(?:is|was) meant well\b",
    r"\bi(?:'ll)? give you that\b",
    r"\bquite something\b",
    r"\bwas a first for me\b",
    r"\bmore sense from the inside\b",
    r"\bhas my (?:sympathy|sympathies)\b",
    r"\bwhoever actually\b",
    r"\bmakes? up for (?:the late|some other|other parts|the (?:long|low))\b",
    r"\b(?:the remaining employees|a (?:considerably |much )?quieter year|for a different reason|the last ones|last "
    r"three ceos)\b",
    r"\b(?:described|describes itself) as [\"'“‘]",
    r"\bremembered my name correctly\b",
    r"\b(?:always treasure|never forget) the (?:memory of|part where)\b",
    r"\ba good deal of patience\b",
    r"\bi can only assume\b",
    r"\b(?:thought it|found it|it was) telling\b",
    r"\badmirably\b",
    r"\bwould have been an imposition\b",
    r"\bmore than is healthy\b",
    r"\b(?:honest|clear|direct) at least\b",
    r"\bthe only (?:person|one) (?:\S+ ){0,4}who knew\b",
    r"\bis actually (?:heard|listened to|valued)\b",
    r"\bmore luck (?:to|in|with)\b",
    r"\bi(?:'m| am) sure (?:that )?(?:there are )?(?:people|folks|those|the folks|some people) who\b",
    r"\bwill come to appreciate\b",
    r"\b(?:nostalgic|historic|old-school) charm\b|\btrip down memory lane\b|\bsentimental value\b",
    r"\bgood luck getting\b",
    r"\bgets? some love\b",
    r"\ball in the past now\b",
    r"\bgave me a (?:wee |little |bit of a )?laugh\b",
    r"\bwould(?:'ve| have) been nice to (?:meet|see|have|hear)\b",
    r"\bi did wonder how\b",
    r"\bi(?:'d| would) have appreciated hearing\b",
    r"\bsit on your hands\b",
    r"\bsuits some (?:folk|folks|people)\b",
    r"\bless so (?:to|for) me\b",
    r"\bmight even get\b",
    r"\b(?:perhaps|maybe) in (?:the )?future (?:the )?\w+ (?:\w+ )?(?:could|might|should)\b",
    r"\b(?:is|was) (?:certainly )?a (?:bold|brave) (?:choice|move|approach|decision)\b",
    r"\b(?:was|is|been) (?:very |quite |really )?(?:educational|a learning experience)\b",
    r"\bmade me wonder\b|\bi did wonder whether\b",
    r"\b(?:a little |a bit of a )?chuckl\w+\b",
    r"\bfor whoever stays\b|\banyone who doesn't mind\b|\bwhoever takes (?:up )?(?:the|this) (?:job|role) will\b",
    r"\bwill be glad when\b",
    r"\bactually (?:use|take|taken) (?:it|any)\b",
    r"\bthe team (?:gets?|could use) (?:a |some )?(?:well-earned )?(?:breather|breathing space)\b",
    r"\blooked like they could use one\b",
    r"\brather than from any\b",
    r"\btimestamps on\b",
    r"\b(?:moved on|left) in the last year\b|\bnobody has been there longer\b|\bstays beyond (?:the )?probation\b"
    r"|\bwhat happened to the other\b|\bthe departures? of\b",
    r"\bno doubt (?:that )?the (?:team|firm|company|culture)(?:['’]s \S+ \S+)? (?:thrives|suits)\b",
    r"\bworks (?:very )?well for (?:people|those|anyone) who\b|\bsuits (?:many|plenty of|a great many|a lot of) "
    r"(?:people|folks)\b",
    r"\b(?<=['‘“\"])(?:we(?:'re| are) )?(?:all )?(?:like (?:a )?family|one big family|a family)",
    r"\bwork hard,? (?:play|party) hard",
    r"\b(?<=['‘“\"])(?:wears many hats|hit the ground running|learn on the job|self-guided)",
    r"\b(?:ninja|rock ?star)\b",
    r"\bdata (?:leak|breach)\b",
    r"\b(?:the|given the) recent (?:news|coverage|press)\b",
    r"\bglassdoor\b",
    r"\bcolou?rful stories\b",
    r"\bironic\b",
    r"\bmusical chairs\b",
    r"\bbarely needed me\b",
    r"\ba single question\b",
    r"\bhad (?:actually )?read my (?:resume|résumé|cv)\b",
    r"\bsit by the phone\b",
    r"\bstops moving\b",
    r"\bbetter than the last (?:two|three|few) (?:tries|attempts)\b",
    r"\bthere is no onboarding\b",
    r"\bthank you for the education\b",
    r"\bcertainly a first\b",
    # A sixth look, at the fifth set (about anything of theirs).
    r"\beven if (?:it|that) took\b",
    r"\bworth a quick check\b",
    r"\b(?:maybe|perhaps) (?:the|your) (?:ad|advert|advertisement|listing|posting|job description)"
    r" (?:could|might|should)\b",
    r"\b(?:ad|advert|advertisement|listing|posting) might benefit\b",
    r"\bone-sided\b",
    r"\bweren't too busy\b",
    r"\bmore convincing elsewhere\b",
    r"\blonger than the (?:last|previous) (?:three|two|few|four|five)\b",
    r"\b(?:his|her|their) other calls?\b",
    r"\bturned out to (?:need|mean|be mostly|require)\b",
    r"\btalked about (?:his|her) own\b",
    r"\b(?:on slack|emails?|messages?) at (?:midnight|\d{1,2}(?::\d\d)? ?(?:pm|p\.m\.)|23:00)\b",
    r"\bfor (?:folk|folks|people|those) who (?:enjoy|like|love) that\b",
    r"\bfor (?:someone|anyone|people|folk|folks|those) who (?:does not|doesn't|do not|don't)"
    r" (?:need|plan|have|mind)\b",
    r"\btough sell\b",
    r"\b(?:loads|lots|plenty) of room for a\b",
    r"\bonce (?:the|it|they) (?:\S+ ){0,3}?(?:is|are|gets?|get) (?:repaired|fixed|sorted out|built)\b",
    r"\bonce it does what\b",
    r"\bhave actually been built\b",
    r"\bmust (?:require|build|take) a lot of (?:skill|character|patience|courage)\b",
    r"\bwould have been easier (?:for me )?(?:\S+ ){0,4}?if\b",
    r"\bnot in the room\b",
    r"\bnever (?:been|before been) (?:followed up|called|chased)\b|\bnever before called\b",
    r"\bheadlines\b",
    r"\bawfully (?:forward-thinking|ambitious|brave)\b",
    r"\bspeaks volumes\b",
    r"\bbless (?:it|her heart|his heart|their hearts)\b",
    r"\btribunal\b",
    r"\bthe novelty of\b",
    r"\bmost (?:illuminating|instructive|enlightening)\b",
    r"\bfor some years now\b",
    r"\bfax\b",
    r"\bfortitude\b",
    r"\b(?:towards|toward) (?:compensating|making up) for\b",
    r"\bleft within a year\b",
    r"\bmore ambitious than any\b",
    r"\bwhenever it comes\b",
    r"\bcatch up in due course\b",
    r"\blearned something from the experience\b",
    r"\bmy career choices\b",
    r"\bin its way\b",
    r"\bexcept for the question\b",
    r"\bthe correct name\b",
    r"\bnobody is surprised\b",
    r"\bbecause there (?:is|are) none\b",
    r"\b(?:looking on linkedin|updating their linkedin)\b",
    r"\bmeans mostly\b",
    r"\bthe work of (?:six|five|four|eight)\b",
    r"\b(?:taken|taking) more than a week\b",
    r"\bby your standards\b",
    r"\bin its honesty\b",
    r"\bmore courage than\b",
    r"\bin the sense that\b",
    r"\bwill find its (?:audience|market) eventually\b",
    r"\bi'm not signing anything\b",
    r"\byou called [\"“'‘]",
    r"\bmeant literally\b",
    r"\bread the (?:resume|cv|résumé) before\b",
    r"\blooked (?:pretty |very |so )?tired\b",
    r"\bgot the message\b",
    r"\bany faster\b",
    r"\bmore than the pitch\b",
    r"\bshould be fun once\b",
    r"\bthird time's the charm\b",
    r"\bi don't know how anyone\b",
    r"\bisn't still on\b",
    r"\bi'll give \w+ this\b",
    r"\bcompetitive for the company\b|\b(?<=[\"“'‘])competitive",
    r"\bput it all behind\b",
    r"\bsign over\b",
    r"\bit(?:'s| is| was) (?:quite |very |so )?brave (?:to|of)\b",
    r"\bproper lunch break\b",
    r"\b(?:suits|works for) (?:plenty of |lots of |many )?(?:people|folk|folks) who\b|\bworks for plenty of people\b",
    r"\brescheduling (?:\w+ )?times\b",
    r"\bpractice in patience\b",
    r"\bmore room for the candidate\b",
    r"\bactually go home\b",
    r"\bgiggles\b",
    # A seventh look, at sentences of any kind by the held-out third's personas (set 6).
    r"\bgetting back to me eventually\b|\b(?:finally|eventually) (?:hear|heard) back\b",
    r"\bon time,? at least\b|\bat least this part\b",
    r"\bget used to the pace of\b",
    r"\bhelped me make my mind up\b",
    r"\bsomeone at that (?:salary|figure|number|rate)\b",
    r"\bsave everyone a (?:bit|lot) of\b",
    r"\bmore of a guide\b",
    r"\b(?:i'd|i had|i) been forgotten\b",
    r"\ball the more surprising\b",
    r"\bbefore i had even finished\b",
    r"\bmore time for candidates\b",
    r"\bdid not continue in the following\b",
    r"\bthe most memorable one\b|\bone of a kind\b",
    r"\bvery little news\b",
    r"\bthree reminder\b|\breminder emails after\b",
    r"\bnot very much about the role\b",
    r"\bonly for the last\b",
    r"\ball speaking at once\b",
    r"\bhow it runs its meetings\b",
    r"\bpretty clear picture (?:now )?of whether\b",
    r"\bfelt a lot more like\b",
    r"\bfunny enough\b",
    r"\bleft me only\b",
    r"\bspam folder\b",
    r"\bbetter fit for the way\b",
    r"\brespectful distance\b",
    r"\bhow much they wanted me\b",
    r"\bsomething more than an?\b",
    r"\bpenciled in\b|\bpencilled in\b",
    r"\bcouple of months i spent\b",
    r"\bso busy texting\b|\bscrolling through his\b",
    r"\bstopped refreshing\b|\bstopped checking\b",
    r"\bfor good, so there's\b",
    r"\bit says something that\b|\ba good deal less excited\b",
    r"\bhad to do with (?:running|the role|the job|curriculum|design|a position)\b",
    r"\bevery bit as puzzled\b",
    r"\bthe version of your team\b",
    r"\bmore relieved than disappointed\b",
    r"\brather than a wide-ranging\b",
    r"\binsofar as the conversation\b",
    r"\bsubstantially redefined\b",
    r"\bin its own way,? informed my decision\b|\bthat helped me decide\b",
    r"\bthe manner in which\b",
    r"\balbeit belatedly\b",
    r"\bample time to admire\b",
    r"\bsee little purpose\b",
    r"\bi might add\b",
    r"\bi would respectfully suggest\b",
    r"\bin certain quarters\b",
    r"\bafter i had been told to expect\b",
    r"\bmore in keeping with the advertisement\b",
    r"\bresolved to his satisfaction\b",
    r"\bbear some relation to\b",
    r"\bmore receptive frame of mind\b",
    r"\bneither relevant nor appropriate\b",
    r"\bdid not wait idly\b",
    r"\ban interesting experience in improvisation\b",
    r"\bnot being greedy\b",
    r"\bhow you treat candidates\b",
    r"\bmore interested to prove\b",
    r"\bvalued less in the offer\b",
    r"\bnot the best advertisement\b",
    r"\bhappy with this salary, but\b",
    r"\bsoon is a flexible word\b",
    r"\bnot the most relevant\b",
    r"\bmaybe a lesson for both of us\b",
    r"\bstill unsure what\b",
    r"\bonce the team is fully staffed\b",
    r"\btaken that at face value\b",
    r"\beven more grateful for\b",
    r"\bnext time the offer letter\b",
    r"\bi suppose knowing\b",
    r"\benthusiasm had cooled\b",
    r"\bnone of them turned out\b",
    r"\bmore like a deposition\b",
    r"\btold not to worry about it\b",
    r"\bconfirming a decision that was already made\b",
    r"\bwas a first\b",
    r"\bi'll give it that\b",
    r"\bmore time waiting\b",
    r"\bbefore signing anything\b",
    r"\brather than an announcement\b",
    r"\bnobody seemed to be expecting me\b",
    r"\bwork out that i'm not it\b",
    r"\bfaster than it took\b",
    r"\bfeel like a while ago\b",
    r"\ba good sign when a company\b",
    r"\bafter i'd stopped\b",
    r"\bi'd actually applied for\b",
    # Bridge-burning with a barb: "I think we both learned enough about each other in this process", "learnt
    # enough about your company to last me quite some time", "I'll be sure to share my experience with anyone".
    r"\b(?:learned|learnt) enough about (?:each other|your company|your firm|you|the company)\b",
    r"\bshare my experience with (?:anyone|everyone|people) in my network\b",
    # "Not every part of the process went the way I'd hoped."
    r"\bnot (?:every|all) (?:part|parts|stage|stages|step|steps|bit|bits) of (?:the|your) (?:process|interviews?|day"
    r"|experience)\b",
    # "I'm sure you'll find someone who is the right match for the role and the package."
    r"\b(?:match|fit) for (?:\S+ ){0,3}?(?:the|that|this|your) (?:package|salary|pay|budget)\b",
    # Had things been otherwise: "had the original offer been in line with the range in the advert, and the process
    # a little quicker, things may well have gone differently".
    r"\bhad (?:the|your) (?:\S+ ){0,2}?(?:offer|salary|package|process|figure|pay)\b[^.!?\n]{0,60}?\b(?:in line with"
    r"|closer to|matched|quicker|faster|shorter|higher)\b",
    r"\bleft me (?:feeling )?(?:a (?:bit|little) )?(?:less|not) (?:sure|convinced|certain|confident)\b",
    # The interview faulted for what it looked for: "more about poking holes", "finding what was wrong in my case
    # study", "questions … not really part of the job description".
    r"\b(?:poking|poke|pick(?:ing)?) holes\b",
    r"\bfinding (?:what was wrong|faults?|flaws|mistakes) (?:in|with)\b",
    r"\bnot (?:really |even )?(?:part of|in|on) the (?:job description|advert|advertisement|job ad|role profile)\b",
    # "Maybe at that time we can align on the compensation part a little earlier in the process."
    r"\b(?:align|agree|talk|discuss|speak|raise|share|cover|mention)\b[^.!?\n]{0,40}?\b(?:a (?:little|bit) )?earlier in"
    r" the process\b",
    # "Final round aside."
    r"\b(?:final|last|second) (?:round|interview|stage|panel) aside\b",
    # How a conversation of theirs left the writer: "the salary chat left me feeling a bit flat", "left me with the
    # impression that we see the scope rather differently", "I left with the feeling the discussion was not really
    # about my work".
    r"\bleft me (?:feeling )?(?:a (?:bit|little) |rather |quite |somewhat |pretty )?(?:flat|deflated|disappointed"
    r"|uneasy|undervalued|underwhelmed|lukewarm|short-changed|cold|unsure|uncertain)\b",
    r"\bleft (?:me )?with the (?:impression|sense|feeling) (?:that )?[^.!?\n]{0,60}?(?:\bnot\b|n't\b|\blittle\b"
    r"|\bless\b)",
    # "I appreciated finally having the offer in hand after such a long process."
    r"\bafter such a long (?:process|wait|time|silence)\b",
    r"\bfinally having (?:the|an|your) (?:offer|answer|decision|contract)\b",
    # "I know time was tight on your end during my process."
    r"\b(?:time|things|resources|capacity) (?:was|were) (?:a bit |rather |very |quite )?(?:tight|short|stretched"
    r"|limited) on your (?:end|side)\b",
    # A request for next time that says how this time was: "I would only request that we discuss the compensation
    # expectations at the beginning itself", "I'd appreciate being able to have that conversation a bit earlier in
    # the process", "I'd hope it moves faster than last time and lands closer to the posted range".
    r"\b(?:request|ask|suggest|prefer|appreciate|hope|would like|'d like)\b[^.!?\n]{0,40}?\b(?:discuss|talk|have"
    r" (?:that|the|this) (?:conversation|discussion|talk)|cover|raise|share|agree|clarify)\b[^.!?\n]{0,40}?(?:at the"
    r" (?:very )?(?:beginning|start|outset)(?: itself)?|(?:a bit |a little |much )?earlier in the process"
    r"|at an earl(?:y|ier) stage)\b",
    r"\b(?:faster|quicker|smoother|better organi[sz]ed) than (?:last time|the last time|this time)\b",
    r"\bcloser to the (?:posted|advertised|listed|stated|published) (?:range|salary|band|figure)\b",
    # "Some parts of it I found very useful, others less."
    r"\b(?:some|parts) (?:\S+ ){0,6}?(?:useful|good|helpful|interesting|valuable),? (?:the )?others (?:less|not so much"
    r"|not really|not at all|much less|rather less)\b",
    # A barb put as thanks: "in the last round he made some things very clear to me".
    r"\bmade (?:some|a few|certain|several) things (?:very |quite |really |abundantly )?clear\b",
    # "the panel round began later than scheduled", "not everyone was fully engaged".
    r"\b(?:began|started|ran|kicked off) (?:\S+ )?later than (?:scheduled|planned|expected|agreed|arranged)\b",
    r"\bnot everyone (?:was|seemed|appeared) (?:fully |really |entirely |quite )?(?:engaged|present|attentive"
    r"|prepared|listening|interested)\b",
    # "It was a long process, but I did enjoy the chats." (not "… so I appreciate you seeing it through").
    r"\ba (?:very |really |rather )?long (?:process|wait),? but (?:i|we) (?:did|do|still|really) (?:enjoy|like"
    r"|appreciate|value)",
    # "I hope it didn't leave any bad taste on your end either."
    r"\b(?:didn't|did not|doesn't|does not|won't|will not|hasn't|has not) leave (?:any |a )?bad taste\b[^.!?\n]{0,30}"
    r"\beither\b",
    # "not quite as aligned as the advertisement had led me to expect".
    r"\bas the (?:advert|advertisement|ad|posting|listing|job description) (?:had )?(?:led|suggested|implied|said)"
    r"\b",
    r"\b(?:fairly|rather|somewhat|quite|very|a little|a bit) protracted\b",
    # "Final round was a tough one, but the earlier conversations were good."
    r"\b(?:final|last) (?:round|interview|stage|panel) (?:was|felt like) a (?:tough|rough|difficult|hard|strange|odd)"
    r" one,? but (?:the )?(?:earlier|rest|other|first|previous)\b",
    # "The final round wasn't a great experience on my end."
    r"\b(?:wasn't|was not|not) (?:a |the )?(?:great|good|pleasant|positive|nice) experience\b",
    # Their figure some way off: "the figure felt some distance from where I had understood the role to sit".
    r"\b(?:some|quite some|a fair|a good|a long|a real) distance (?:from|off|below) where\b",
    # A wish for next time that says how this time was: "I hope we can discuss the salary part more openly at an
    # early stage", "if I come back through I'd hope that part looks different".
    r"\bhope (?:that )?(?:we|you|the team|they|it|that part|that stage|the \S+ (?:round|stage|part|process))(?:'ll"
    r"| will| can| could| would| might)? (?:\S+ ){0,5}?(?:more (?:openly|clearly|transparently|honestly|directly)"
    r"|at an earl(?:y|ier) stage|earlier in the process|up ?front)\b",
    r"\bhope (?:that |the )?(?:part|that part|it|that|round|stage|process|final round)(?:'ll| will| would)? "
    r"(?:looks?|is|goes|feels?|runs?) (?:\S+ )?different\b",
    # Not as they had said: "the case study was different from what Nadia told me before".
    r"\b(?:was|were|is|seemed|turned out) (?:quite |very |a bit |rather |completely |totally )?different"
    r" (?:from|to|than) what (?!i\b|we\b)(?:\S+ ){1,3}?(?:told|said|described|promised|explained|advertised)\b",
    r"\bnot what (?:i|we) (?:was|were|had been) (?:told|promised|led to (?:believe|expect))\b",
    # The session too short for the writer: "there was not enough time to show my approach".
    r"\bthere (?:was|wasn't|was not|really wasn't)(?: not)? (?:really )?(?:enough|much) time (?:for me )?to (?:show"
    r"|explain|present|demonstrate|finish|answer|talk through|walk through)\b",
    # "The final round was a lot rougher than the rest of it."
    r"\b(?:a lot |much |quite a bit |far |way )?rougher than\b",
    # Their interview's focus faulted: "most of it was about budgets … and not much about the actual learning side".
    r"\b(?:most|much|all) of it (?:was|seemed|felt) (?:to be )?(?:about|on) (?:\S+ ){1,10}?(?:and|but|with) (?:not|very"
    r" little|little|nothing) (?:much |really |enough )?(?:about|on)\b",
    # What tipped the no, said of their side: "the final interview also made the decision easier than it might
    # have been", "that made the decision a lot easier".
    r"\bmade (?:the|my) (?:decision|choice) (?:a (?:lot|good deal|little|bit) |much |rather |somewhat |far"
    r" |quite a bit )?easier than it (?:might|would|could) (?:otherwise )?have been\b",
    r"\b(?:interviews?|round|process|panel|offer|salary|package|figure|conversation|meeting) (?:\S+ ){0,2}?made (?:the"
    r"|my) (?:decision|choice) (?:a (?:lot|good deal|little|bit) |much |rather |somewhat |far |quite a bit )?"
    r"easier\b",
    # Told too late: "I'd have preferred to find that out in the first round rather than the fourth".
    r"\b(?:i'd|i would) have (?:preferred|prefered|liked|appreciated) to (?:find (?:that|this|it) out"
    r"|know (?:that|this)|hear (?:that|this)|be told|learn (?:that|this))\b",
    # A grievance laid to rest aloud is still aired: "water under the bridge", "but there we are".
    r"\bwater under the bridge\b",
    # Thanks with a barb: "It certainly gave me a clear picture of where things stood."
    r"\b(?:certainly|definitely|really) (?:gave|told|showed) me (?:\S+ ){0,4}?where (?:things|i|we) stood\b",
    r"\bbut there (?:we are|we go|you are|you go)\b",
    r"\b(?:didn't|did not) exactly (?:click|gel|hit it off|go to plan|go well|shine|inspire)\b",
    r"\bwhen (?:nobody|no one|no-one) else (?:seemed|was|did|could|would|bothered)\b",
    r"\b(?:(?:\d{1,3}|ten|fifteen|twenty|twenty-five|thirty|forty|forty-five|fifty|sixty) minutes|an hour|half an hour"
    r"|very|rather|quite) late to (?:start|begin|arrive|join)\b",
    r"\b(?:nobody|no one|no-one)(?: \S+)? (?:appeared|seemed|bothered) to (?:have )?(?:read|looked? at|prepared?"
    r"|listen)",
    r"\bleft me with (?:some |a few |a lot of |serious |real |more )?(?:questions|doubts|concerns|reservations)"
    r" (?:about|over|regarding)\b",
    # Short of the advert, not of what the writer needs ("some way short of where I need to be").
    r"\b(?:a fair way|a fair bit|a good bit|well|way|some way|rather|quite a bit) (?:south|short|shy) of\b(?!"
    r" (?:what|where) (?:i|we)\b"
    r"| my (?:needs|requirements|minimum|floor)\b)",
    # A wish their process did not meet: "I hoped the final interview could give more time to the technical part".
    r"\b(?:hoped|had hoped|wished|would have liked|would have preferred|would have appreciated)(?: that| if)?"
    r" (?:the|your) (?:\w+ ){0,2}?(?:interviews?|process|stages?|rounds?|panel|conversations?)(?: \S+){0,4}?"
    r" (?:(?:more|less) (?:time|room|space|focus|detail|depth|discussion|questions|technical|hands-on|about|on)"
    r"|better|longer|clearer|fewer)\b",
    # It ran late, they were distracted.
    # Theirs, not the writer's own: "I joined the first call late".
    r"\b(?<!\bi )(?<!\bi had to )(?:started|start|join|joined|ran|running|began|kicked off|arrived|turned up"
    r"|showed up) (?:\S+ ){0,3}?(?:late|behind)\b",
    r"\blate start\b",
    # A bracketed aside: "over the (rather long!) process".
    r"\b(?<=\()(?:rather|quite|very|a bit|so|somewhat|fairly) (?:long|slow|lengthy|drawn[- ]out|eventful)!+\)",
    # Of their people, not "designing for the tired, distracted user".
    r"\b(?:distracted|preoccupied)\b(?! (?:users?|readers?|customers?|people|drivers?|patients?|audiences?)\b)",
    # (Not what others do on a phone: "nurses completing compulsory training modules on their phones".)
    r"\b(?<!modules )(?<!courses )(?<!training )(?<!apps )(?:on|at|looking at|checking|busy on|glued to) (?:his|her"
    r"|their) (?:phone|laptop|email)s?\b",
    r"\b(?:looking|looked|glancing|glanced|checking|checked|kept looking|kept checking) at (?:the|his|her|their)"
    r" (?:clock|watch|watches|time|screens?)\b(?<!i checked at the clock)",
    r"\b(?:everyone's|their|his|her|the panel's|the team's) (?:full |undivided )?attention\b",
    # It was slow and silent.
    r"\b(?:long|some|several) (?:\S+ )?(?:gaps|silences|quiet spells|quiet periods|periods|stretches|delays)"
    r" (?:\S+ ){0,3}?(?:without|in|of|where|with no)\b",
    r"\blong (?:gaps|silences|quiet spells)\b",
    # Not sparing them a wait: "rather than let you wait without news".
    r"\b(?<!you )(?<!you wait )(?<!them wait )(?<!you waiting )without (?:any )?(?:news|updates?|word|feedback"
    r"|communication)\b",
    # Not "without hearing what's on the other side of it".
    r"\bwithout (?:hearing(?! (?:what|how|more|about|you out|them out)\b)|a (?:word|reply|response|peep|call)"
    r"|an update|any (?:contact|reply|response))\b",
    r"\bexpected to (?:hear|get|receive) (?:\S+ ){0,3}?(?:sooner|earlier|quicker|faster)\b",
    r"\bthan (?:i was|we were|i'd been|i had been|what was|was|had been|we'd been) (?:\S+ )?(?:told|promised|led to"
    r"|quoted|advertised|indicated|suggested)\b",
    r"\b(?:keep|keeping|kept|leave|leaving|left) (?:a candidate|candidates|someone|people|applicants) (?:waiting"
    r"|hanging|in the dark)\b",
    r"\b(?:didn't|did not|never) hear (?:anything|back|a thing)\b",
    # Not the length owned with thanks for it: "a long few weeks (eight, I think!) so I do appreciate you sticking
    # with it".
    r"\ba long few (?:weeks|months)\b(?![^\n]{0,40}?\bso (?:i |we )?(?:do |really |truly )?(?:appreciate|thank))",
    r"\bno (?:explanation|reason|feedback|updates?) (?:was|were) (?:given|provided|offered)\b",
    # Their pay called poor, or judged against the market ("the salary was poor compared to market"),
    # not the writer's own needs ("the salary is lower than I need").
    r"\b(?<!my )(?<!current )(?<!own )(?:salary|pay|package|offer|compensation|remuneration|figure|rate)"
    r" (?:\S+ ){0,2}?(?:was|is|seemed|felt|looked)"
    r" (?:\S+ )?(?:poor|paltry|measly|stingy|uncompetitive)\b",
    r"\b(?:poor|low|weak|uncompetitive) (?:compared|relative) (?:to|with) (?:the )?market\b",
    # The offer came in below what the advert said.
    r"\b(?:below|under|lower than|less than|short of|beneath) (?:\S+ ){0,3}?(?:salary |pay |advertised )?"
    r"(?:range|band|bracket)\b",
    # It felt like a test, not a conversation; it left a poor impression.
    # Likened to an ordeal: "more like a stress test than a conversation",
    # "less a chat and more an exam", "more like I was being caught out".
    # Only "more": "less like an interrogation and more like a brainstorm" is praise.
    # Not a job's name: "a more technical test position".
    rf"\bmore (?:like |of )?(?:a |an )?(?:\S+ )?{_ORDEAL}\b(?! (?:position|role|job|engineer|lead|manager)\b)",
    r"\b(?:felt|feel|seemed|was|were) (?:more )?like (?:a |an )?(?:\S+ )?(?:test|exam|examination|interrogation|trial"
    r"|quiz|audition|cross-examination)\b",
    r"\b(?:find|finding|spot|spotting|expose|exposing|probe|probing|looking for) (?:\S+ )?(?:weak\w*+|gaps|faults"
    r"|flaws|mistakes)\b",
    r"\bmore (?:interested|focused|concerned|keen) (?:in|on|with) (?:\S+ ){1,6}?than (?:in |on |with )?(?:what i (?:did"
    r"|do|could|can)|my (?:strengths|experience|answers|work)|me|listening|hearing me)\b",
    r"\bthan (?:the one|the role|the job|the position|what) (?:i |we |was |you )?(?:advertised|applied for|described"
    r"|was advertised|in the (?:advert|ad|posting|job description))\b",
    r"\b(?:decision|verdict|outcome)(?<!my decision)(?<!my verdict)s? (?:about me |on me )?(?:had been|was|were|seemed"
    r"|had already been|was already) (?:already )?(?:made|taken|decided|settled|reached) (?:\S+ ){0,3}?before\b",
    # Their meeting found wanting against hope, their pay against the role.
    r"\bnot (?:really |quite |exactly )?the (?:kind of |sort of |type of )?(?:conversation|discussion|interview"
    r"|experience|process|welcome|day|start)s? i(?:'d| had)? (?:\S+ )?(?:expected|hoped|anticipated)\b",
    r"\b(?:not|isn't|wasn't|hardly|far from) (?:\S+ )?commensurate\b",
    r"\bincommensurate\b",
    # Not where it should be "for me" is the writer's own need, not their fault.
    r"\b(?:not|isn't|wasn't|aren't|weren't) (?:quite |really )?where (?:it|they) (?:should|ought to|needs? to) be\b"
    r"(?! for (?:me|my|us|our)\b)",
    r"\b(?:offer|number|figure|package|salary) (?:\S+ ){0,2}?(?:not|isn't|wasn't|hardly) (?:a |really )?serious\b",
    r"\bwith (?:the (?:greatest|utmost|deepest) |great |all )?respect,",
    # Distracted: "answering emails during my presentation", "stepped out to take a call".
    r"\b(?:answering|checking|reading|typing|replying to) (?:his |her |their |some |work |the odd |other )?(?:emails"
    r"|messages|texts|slack|notifications)\b",
    r"\b(?:stepped|walked|popped|ducked|left) (?:out|away) (?:\S+ ){0,3}?(?:to take|for) (?:a|another) (?:\S+ )?"
    r"(?:call|meeting)\b",
    r"\b(?:took|take|taking) (?:a |another )?(?:phone )?calls? (?:during|in the middle|halfway)\b",
    # Behind time: "began half an hour behind schedule", "after the agreed time".
    r"\bafter the (?:agreed|scheduled|planned|arranged|set|appointed) (?:start )?time\b",
    r"\b(?:ran|running|run) (?:over|late) (?:by|time)\b",
    r"\boverr?an\b",
    # Prepared or not: "the interviewer didn't seem to have prepared", "people who hadn't read it".
    r"\b(?:interviewers?|panel|panellists?|he|she|they|manager|recruiter) (?:\S+ )?(?:didn't|did not|hadn't|had not"
    r"|wasn't|weren't|was not|were not|never|barely|hardly) (?:\S+ ){0,3}?(?:prepared|done (?:any|much|their|his|her)"
    r" (?:prep|preparation|homework)|read (?:up|my))\b",
    r"\bwho (?:hadn't|had not|hasn't|haven't|didn't|did not|never) (?:even )?(?:read|opened|looked at|seen) (?:it|them"
    r"|my)\b",
    r"\bhad to (?:explain|repeat|go through|walk through) (?:\S+ ){0,3}?(?:twice|again|three times|several times"
    r"|each time|every time)\b",
    r"\b(?:two|three|four|several) (?:different|conflicting) (?:answers|dates|start dates|figures|stories|versions"
    r"|accounts|messages|instructions)\b",
    r"\b(?:conflicting|contradictory) (?:answers|dates|information|messages|instructions|figures|accounts|advice)\b",
    # Advice for the next one, in other words.
    r"\b(?:have a look|take a look|look at|look into|review|revisit|rethink|reconsider|fix|tighten|shorten|streamline"
    r"|improve|change)\b(?: \S+){0,5}? for (?:the next|future|other|later) (?:person|candidate|applicant|hire|one"
    r"|people|candidates|applicants|hires)\b",
    r"\b(?:could|should|might) (?:really )?(?:be|do with being) (?:\S+ )?(?:shortened|streamlined|simplified|tightened"
    r"|sped up|speeded up|cut down|trimmed|rethought)\b",
    # What they will not be missed for: "I shan't miss the six-stage process".
    r"\b(?:won't|shan't|will not|shall not|not going to) miss (?:the|your|those|that|all (?:the|those)|having to"
    r"|being) (?:\S+ ){0,2}?(?:process|rounds|stages|interviews|calls|forms|paperwork|tests?|emails|wait\w*+)\b",
    r"\bmore like (?:i was |i'd been |i had been |being |we were )?(?:being )?(?:caught|tested|grilled|judged|examined"
    r"|interrogated|cross-examined|tripped|put on the spot|on trial)\b",
    r"\b(?:being|been|was|were|get|got|getting) (?:caught|tripped) (?:out|up)\b",
    r"\bforegone conclusion\b",
    r"\b(?:already|been) (?:made|decided|settled) (?:up )?before (?:i|we|the)\b",
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
    # "Some of the questions were more to put pressure than to understand my work".
    r"\bmore (?:to|about) (?:put(?:ting)? (?:on )?(?:pressure|me on the spot)|test(?:ing)? me"
    r"|catch(?:ing)? (?:me|people) out|trip(?:ping)? (?:me|people) up) than\b",
    # "The figure being a fair bit under what was in the job advert made it an easier decision".
    r"\b(?:under|below|short of|less than) what (?:was|had been|they put) (?:in|on) the (?:job )?(?:advert|ad"
    r"|posting|listing|description)\b",
    # (Not their kindness: "you made it so much easier than it could have been".)
    r"\b(?<!you )(?<!you've )(?<!you have )(?<!everyone )made (?:it|this|that|the decision|my decision)"
    r" (?:\S+ ){0,2}?easier (?:decision |call |choice )?than\b",
    # "We were having two pretty different conversations about what this role actually is".
    r"\btwo (?:\S+ )?different conversations\b",
    r"\bwhat (?:the|this) role (?:would |will )?actually (?:is|was|involves?|entails?|looks like|meant|means)\b",
    r"\b(?:a )?more open (?:conversation|discussion|talk) (?:about|on|around) (?:the )?(?:comp\w*+|salary|pay|money"
    r"|package|numbers)\b",
    # "After the final round I did not think it would go anywhere".
    r"\b(?:did not|didn't|don't|do not) think (?:it|that|asking) would (?:go|get) (?:anywhere|me anywhere)\b",
    r"\bnot sure what (?:was|were|they were) being (?:assessed|tested|looked for|asked)\b",
    # "It would be good to have a clearer idea of the timeline and salary up front this time round".
    r"\bup ?front (?:this|next) time\b",
    r"\b(?:clearer|better|fuller) (?:idea|sense|picture|view) of (?:\S+ ){1,5}?(?:up ?front|earlier|at the start"
    r"|sooner)\b",
    # "…and that hiring is moving a bit quicker these days!"
    r"\b(?:moving|going|running) (?:a (?:bit|little|lot) )?(?:quicker|faster|more quickly) (?:these days|now"
    r"|this time)\b",
    # "I came out of that one feeling like I'd been interviewed for a different job".
    r"\binterview(?:ed|ing) for (?:a|an) (?:different|other|another) (?:job|role|position)\b",
    # Advice for next time: "I'd want to line up on comp and timeline at the start next time".
    r"\b(?:up ?front|at the (?:start|outset|beginning)|earlier on|sooner|earlier) next time\b",
    # A cost they added: "part of what made this a harder call than it needed to be".
    r"\b(?:harder|longer|slower|messier|tougher|more (?:difficult|complicated|stressful|drawn[- ]out))"
    r" (?:\S+ ){0,2}?than (?:it|this|that|things|the process) (?:needed|had|ought) to be\b",
    # Pay said to misjudge the role: "we had a slightly different understanding of the level of this role".
    r"\b(?:a )?(?:slightly |somewhat |rather |quite |very )?different (?:understanding|view|idea|sense|reading)"
    r" (?:of|about|on) (?:the |this |what )?(?:level|seniority|value|worth|pay|salary|scope)\b",
    # Not the writer's own needs: "too far from what I need".
    r"\b(?:far|a long way) (?:below|from|off|short of) what\b(?! i (?:need|require|can|could|would need)\b)",
    r"\b(?:not|wasn't|isn't) (?:a|really a) serious (?:offer|number|figure)\b",
    r"\bexpected (?:more|better)\b",
    r"\bnot the (?:most|best) (?:organi[sz]ed|smooth|pleasant|professional|efficient|well-run|structured)\b",
    r"\bleft (?:a )?(?:\S+ )?(?:bad|sour|bitter) taste\b",
    r"\bleft me (?:feeling )?(?:uneasy|uncomfortable|doubtful|deflated|frustrated|cold|unsettled)\b",
    r"\bfrustrat\w*+ (?:by|with|that|at)\b",
    r"\b(?:was|were|been|felt|found it|is) (?:\S+ )?frustrating\b",
    r"\b(?:disappointed|shocked|taken aback|dismayed) (?:by|with|at|that|how)\b",
    r"\b(?:didn't|did not) (?:really )?appreciate\b",
    r"\b(?:felt|feel|feeling|being) (?:\S+ )?(?:pressured|pressurised|pressurized|pushed|rushed)\b",
    r"\b(?:no one|nobody) (?:\S+ )?(?:got back|replied|responded|told|let me know|followed up|updated)\b",
    r"\bhad to (?:chase|keep asking|ask (?:twice|again))\b",
    r"\brescheduled (?:\S+ )?(?:times|twice)\b",
    r"\b(?:cancelled|canceled) (?:\S+ ){0,2}?(?:last[- ]minute|at short notice)\b",
    rf"\b(?:{_EVENT_WORDS}|scheduling|communication|organisation|organization|logistics|timeline|advert"
    r"|job description)"
    r" (?:\S+ ){0,3}?could (?:have )?be(?:en)? (?:a (?:bit|little|lot) )?(?:better|smoother|tighter|clearer|quicker"
    r"|faster"
    r"|more (?:organi[sz]ed|structured|joined-up))\b",
    r"\broom for improvement\b",
    r"\bapart on (?:how|what|compensation|pay|salary|the numbers|money)\b",
    r"\bfurther apart\b",
    r"\bdifferent places on\b",
    r"\bhow (?:the role|i|my experience|my work|the position) (?:was|is|were) (?:valued|seen|priced)\b",
    r"\b(?:hard|difficult|not easy) to feel (?:like )?(?:very |particularly )?(?:excited|enthusiastic|positive|good"
    r"|a priority|valued|wanted|welcome|important|heard)\b",
    r"\breschedul\w*+ in a row\b",
    r"\b(?:two|three|four|several|multiple|repeated) reschedul\w*+",
    r"\b(?:surprised|shocked|taken aback|disappointed|dismayed) (?:\S+ ){0,4}?(?:offer|salary|figure|number"
    r"|package|process|interview|panel|range)\b",
    r"\b(?:surprisingly|disappointingly|significantly|considerably|substantially) (?:below|under|lower|less|low)\b",
    r"\btook (?:so|too|very|rather|quite a|far too) long\b",
    r"\bnever (?:got|came|wrote|called|rang|emailed) (?:me |us )?back\b",
    r"\b(?:a bit|a little|rather|quite|somewhat|was|felt) put out\b",
    r"\bwear (?:\S+ )?(?:down|out)\b",
    r"\bwould have (?:appreciated|liked|preferred|expected) (?:\S+ )?(?:more|better|some|a (?:bit|little) more"
    r"|earlier|clearer)\b",
    r"\b(?:it's|it is|it was|was) a (?:real |great )?shame (?:that )?(?:the|your)\b",
    r"\bmisleading\b",
    r"\b(?:below|under|lower than|less than) (?:what was |what you |the )?(?:advertised|posted|listed|quoted|stated)\b",
    r"\b(?:not|isn't|wasn't|less than) (?:\S+ )?competitive\b",
    r"\b(?:below|under) (?:the )?market\b",
    r"\bon the (?:low|modest|light|lean|thin|conservative|small) side\b",
    r"\b(?:low|light) for (?:the|a|this|someone|my) (?:\S+ )?(?:role|level|position|seniority|market|experience)\b",
    r"\b(?:offer|salary|package|number|figure|process|interview) (?:was|is|felt) (?:\S+ )?disappointing\b",
    r"\b(?:panel|interview\w*+|interviewers?|they|he|she|call|meeting) (?:was|were) (?:\S+ ){0,2}?late\b",
    r"\b(?:his|her|their) (?:phones?|laptops?)\b",
    r"\b(?:un|ill-)prepared\b",
    r"\b(?:hadn't|had not|didn't|did not|hasn't|not|never) (?:\S+ ){0,2}?read my (?:cv|resume|application|portfolio)\b",
    r"\bdragged(?: on)?\b",
    r"\bkept (?:me|us) waiting\b",
    r"\b(?:weeks|months) of (?:silence|waiting|radio silence)\b",
    r"\bradio silence\b",
    r"\bcommunication (?:\S+ ){0,4}?(?:patchy|sparse|spotty|slow|lacking|poor|limited|inconsistent)\b",
    r"\bwith respect,",
    # Not given its due (see also DENIED): "not really recognised", "the credit it deserved".
    r"\b(?:weight|credit|recognition|consideration) (?:it|they|i|he|she|we|my \S+) (?:deserved|merited|warranted"
    r"|was due|were due)\b",
    r"\b(?:was|were|been|being|felt|feel) (?:not|never) (?:\S+ )?(?:recogni[sz]ed|valued|taken seriously"
    r"|listened to)\b",
    r"\b(?:wasn't|weren't|was not|were not|hadn't|had not|haven't|have not) (?:really |fully |quite |properly"
    r" |always |being ){0,2}(?:recogni[sz]ed|valued|taken seriously|listened to)\b",
    # The pointed aside and the barbed thank-you: "to put it mildly", "let's
    # just say", "for eventually sending", "it was quite the process".
    r"\bto put it (?:mildly|politely|kindly|diplomatically|gently|charitably)\b",
    r"\b(?:let's|let us) just say\b",
    r"\bshall we say\b",
    r"\bneedless to say\b",
    r"\bsuch as it (?:was|is)\b",
    # Their action, not the writer's ("having finally made up my mind").
    *(
        rf"\b{late}(?<!i {late})(?<!i've {late})(?<!i'd {late})(?<!having {late})(?<!we {late})(?<!i have {late})"
        r" (?:\S+ )?(?:got|getting|get|came|coming|sent|sending|send|replied|replying|responded|responding|arrived"
        r"|made|called|wrote)\b"
        for late in ("finally", "eventually")
    ),
    r"\bquite the (?:process|experience|journey|ordeal|marathon|rollercoaster|roller coaster|saga|wait)\b",
    r"\b(?:taught|tested|test) (?:me |my )?(?:\S+ )?patience\b",
    r"\ban? (?:oversight|misunderstanding) (?:that|on your)\b",
    # Advice to them about how they run things.
    r"\b(?:update|revisit|review|correct|fix|rewrite|reword) (?:the|your) (?:job )?(?:advert\w*+|ad|posting|listing"
    r"|job description|description|process|interview process)\b",
    # (Not their own wish, told with thanks: "touched that you and the team would wish to revisit the offer".)
    r"\b(?<!that )(?<!that you and )(?<!which )(?<!if )(?:you|the team|your team|they) (?:may|might|could|should|would)"
    r" (?:\S+ )?"
    r"(?:(?:want|wish|like) to|wanna) "
    r"(?:update|revisit|review|rethink|reconsider|look at|look into|think about)\b",
    r"\b(?:you|the team|your team|they|hr|the company) (?:really )?(?:should|ought to|need to|needs to) (?:really )?"
    r"(?:look at|review|rethink|reconsider|improve|fix|update|think about)\b",
    r"\bgently (?:suggest|point out|mention|note)\b",
    r"\b(?:learn|learned|learnt|take something) from this\b",
    # Blame, as what might have been: "had the recruiter been clearer about
    # the hours, we could all have saved some time", "a pity nobody mentioned".
    r"\b(?:could|would|might) (?:all |both )?have saved (?:\S+ ){0,3}?(?:time|trouble|effort)\b",
    r"\bsaved (?:everyone|us both|us all|both of us|all of us|us) (?:\S+ ){0,2}?(?:time|trouble|effort)\b",
    r"\b(?:had|if) (?:\S+ ){1,4}?been (?:\S+ )?(?:clearer|more (?:upfront|up front|transparent|open|honest|organi[sz]ed"
    r"|forthcoming)|mentioned|shared|disclosed|flagged|raised|explained) (?:\S+ ){0,3}?(?:earlier|sooner|up ?front"
    r"|at the (?:start|outset)|from the (?:start|outset)|before)\b",
    r"\b(?:pity|shame|unfortunate) (?:that )?(?:nobody|no one|no-one|you|they|your \S+|the (?:recruiter|panel|team"
    r"|interviewers?|hiring manager|advert|job description|offer|salary|process|company|hr team)) (?:\S+ ){0,3}?"
    r"(?:didn't|did not|never|wasn't|weren't|mentioned|told|said|forgot|only|failed)\b",
    # Interviewers with their minds elsewhere.
    r"\bsomewhere (?:else|better) to be\b",
    r"\b(?:talking|talked|talk|spoke|speaking) (?:\S+ )?about (?:himself|herself|themselves)\b",
    r"\bspent (?:most|much|half|all) of the (?:call|interview|meeting|session|time|hour) "
    r"(?:talking|on (?:his|her|their)|looking|checking|typing)\b",
    # Knowing asides: "I'm sure there was a reason", "an interesting approach",
    # "let's be honest", "it made sense on a spreadsheet".
    r"\bsure there(?: was| were| is| are|'s) (?:a |some )?(?:good |very good )?reasons?\b",
    r"\b(?:makes?|made) sense (?:on (?:a )?(?:spreadsheet|paper)|to (?:someone|somebody)|somewhere)\b",
    r"\binteresting (?:approach|choice|way|decision|strategy|take|idea) (?:to|of|for)\b",
    r"\b(?:hoping|hoped|expected|expecting|wanted|looking) (?:for )?(?:\S+ ){0,4}?(?:that|which|to) (?:\S+ )?"
    r"(?:reflect\w*+|match\w*+|be in line with|be closer to) (?:the )?market\b",
    r"\b(?:let's|let us) (?:just )?say,",
    r"\b(?:package|salary|offer|pay|figure|number|rate) (?:\S+ ){0,3}?suit (?:someone|somebody|a candidate)\b",
    # Hoped for and not had: "it would have been nice to hear something",
    # "an update would have gone a long way".
    r"\bwould have been (?:nice|good|great|helpful|useful|better|fairer|kinder) to (?:hear|know|get|be told|receive"
    r"|be kept|be given|have (?:had )?(?:more|some|an?|any|the|clearer|earlier))\b",
    r"\bwould have (?:gone a long way|made (?:a|all the) (?:\S+ )?difference)\b",
    r"\b(?:whether|if) (?:anyone|the panel|they|he|she|the interviewers?|the team|the recruiter) (?:\S+ ){0,2}?"
    r"(?:read|looked at|seen|opened) my\b",
    r"\b(?:little|no) (?:\S+ )?resemblance\b",
    r"\brather (?:\S+ ){0,2}?(?:elsewhere|somewhere else)\b",
    # Doubts about the employer itself.
    r"\b(?:reservations|doubts|concerns|worries|mixed things) (?:\S+ ){0,2}?(?:about|over|regarding|around)"
    r" (?:the company's |the team's |the business's |your |its |the )(?:culture|direction|strategy|leadership"
    r"|stability|funding|finances|runway|vision)\b(?! (?:of )?(?:my|i|i'm|i want)\b)",
    r"\bmixed (?:things|reviews|reports|messages|signals)\b",
    # Talking down: "someone with my experience expects more", "a word of
    # advice", "it might be worth telling candidates".
    r"\b(?:someone|a candidate|a person|people|candidates) (?:with|of|at) my (?:experience|calibre|caliber|level"
    r"|background|seniority|skills?) (?:\S+ ){0,2}?(?:expects?|deserves?|has (?:other )?options|would expect"
    r"|can command|commands)\b",
    r"\b(?:fits?|within|suits?|matches) (?:your|the) budget\b",
    r"\b(?:a word of|some|one piece of|a (?:small|friendly) piece of) advice\b",
    r"\b(?:just )?a (?:small |quick |friendly )?tip for\b",
    r"\b(?:might|may|would) be worth (?:\S+ )?(?:telling|mentioning|letting|being|making|sharing|flagging|stating"
    r"|looking|reviewing|revisiting|checking|rethinking|considering|shortening|tightening"
    r"|including|listing)\b",
    r"\b(?:would|i'd) (?:advise|urge) (?:you|the team|your team|hr)\b",
    r"\bencourage (?:you|the team|your team) to (?:be|make|mention|share|rethink|review|look)\b",
    r"\bunpaid (?:task|exercise|assignment|work|test|project|take-home)\b",
    r"\bcame across as (?:\S+ ){0,2}?(?:cold|distant|dismissive|unfriendly|disinterested|uninterested|bored|stiff"
    r"|guarded|aloof|impatient|rushed|stressed)\b",
    r"\b(?:figuring|working) out (?:what|where|how) (?:it|they|the team|the company) (?:wants?|is going"
    r"|needs?)\b",
    # Faults in the workplace itself, however mildly put.
    r"\b(?:low|poor|flagging|sagging|fragile) morale\b",
    r"\bmorale (?:\S+ ){0,2}?(?:low|poor|flagging|down)\b",
    r"\b(?:high|a lot of|lots of|so much|constant|heavy) (?:staff )?turnover\b",
    r"\b(?:burnt|burned|burning|worn) out\b",
    r"\b(?:overworked|overstretched|stretched thin|understaffed|short-staffed|under-resourced|unsustainable"
    r"|unrealistic)\b",
    r"\b(?:poorly|badly) (?:defined|organi[sz]ed|run|managed|communicated|planned|handled|paid|scoped|coordinated"
    r"|structured)\b",
    # Sarcasm about the pay: "I'm sure someone will be thrilled with that figure".
    *(
        rf"\b{who} (?:\S+ ){{0,4}}?"
        r"(?:happy|thrilled|delighted|glad|content|willing|enjoy\w*+|accept\w*+) (?:with |to accept |by )?"
        r"(?:that|this|those|such an?) (?:\S+ )?(?:salary|number|figure|offer|package|pay|rate|process|hours|rounds)\b"
        for who in ("(?:someone|whoever|another candidate)", "the (?:right|next) (?:candidate|person|hire)")
    ),
    r"\bthe (?:right|next) (?:candidate|person|hire) (?:\S+ ){0,3}?(?:happy|thrilled|delighted|glad|content)"
    r" (?:with|about) (?:the|your) (?:\S+ )?(?:salary|number|figure|offer|package|pay|rate)\b",
    # The pointed suggestion.
    *(
        rf"\b{frame} " + gap(6) + r"(?:more|better|clearer|earlier|greater) (?:clarity|transparen\w++"
        r"|communicat\w++|information|notice|updates?|feedback|structure|organi[sz]\w++|upfront|up front"
        r"|responsive|prompt)\b"
        for frame in ("(?:hope|wish|suggest|recommend)", "would be (?:better|helpful|good|useful)")
    ),
    r"\bclear(?:er)? at an earlier stage\b",
    # Irony: something of theirs praised with a word that cuts both ways,
    # marked as a concession ("the salary conversation was certainly frank",
    # "it was, if nothing else, an experience").
    r"\b(?:was|were|felt|proved)(?<!i was)(?<!we were),? (?:certainly|definitely|undeniably|most certainly"
    r"|nothing if not|if nothing else,?|at least) (?:a |an )?(?:\S+ )?(?:frank|direct|blunt|candid|brief"
    r"|short|thorough|intense|lively|eventful|memorable|interesting|eye-opening|revealing|educational"
    r"|illuminating|experience|novel|unusual|unique|different|businesslike|to the point|character-building)\b",
    # The feeling it left: "I left the final interview with a strange feeling",
    # "won't pretend the final round left me feeling great".
    r"\b(?:left|leaving|came away|come away|coming away|walked away|walking away|walked out|came out|went away"
    r"|went home|came home|got out) (?:\S+ ){0,4}?with "
    r"(?:a |an |the |some )?(?:\S+ ){0,3}?(?:strange|odd|funny|uneasy|bad|poor|negative|sour|bitter|mixed|unsettling"
    r"|uncomfortable|nagging|lingering|hollow|flat|cold) (?:feelings?|impressions?|sense|taste|aftertaste)\b",
    # Measured against a standard and found short: their word, their advert,
    # what was discussed, what the role deserves, what a company like theirs
    # pays ("some way short of what we had discussed", "closer to the
    # advertised range", "not what I'd expect from a company of your size").
    *(
        rf"\b{gap_words} (?:\S+ ){{0,3}}?(?:what )?{_STANDARD}\b"
        for gap_words in (
            r"(?:short of|far from|far off|far short of|far below|far under|way off|way short of|way below|way under"
            r"|below|under|less than|lower than|different from|different to|different than)",
            r"(?:not|never|isn't|wasn't|doesn't|didn't|don't|weren't|aren't) (?:\S+ )?(?:what|match\w*+|reflect\w*+"
            r"|in line with|close to|near)",
        )
    ),
    r"\b(?:expecting|expected|hoping for|hoped for|looking for) (?:an? |the )?(?:offer|salary|package|figure|number"
    r"|something) (?:\S+ )?(?:closer|nearer) to (?:the|what)\b",
    # Advice for how they treat the next one: "it might help future candidates
    # to know the range", "perhaps next time it would help to share it
    # earlier", "I hope the next candidate is told earlier than I was".
    r"\b(?:would|might|could|may|will) (?:really |also )?(?:help|be (?:helpful|useful|worth|good|better|nice|kind"
    r"|fairer|kinder)) (?:for |to )?(?:future|other|the next|your next|later) (?:candidates?|applicants?|people"
    r"|hires?|person)\b",
    r"\b(?:next time|in future|in the future|going forward|for future candidates|for future applicants"
    r"|for future hires|for future rounds)"
    # (Not the writer's own use: "an opportunity in future where my background could be useful to Kestrel".)
    r",? (?!where my |when my |for my )(?:\S+ ){0,3}?(?:would|might|could|may) (?:really )?(?:help|be (?:helpful"
    r"|useful|worth|good|better|nice|kinder|fairer|clearer)) (?:to|if)\b",
    r"\b(?:would|might) be (?:nice|good|helpful|better|fairer|kinder|useful) (?:if|for) (?:candidates|applicants"
    r"|people|future|the next|everyone|someone in my)\b",
    r"\b(?:earlier|sooner|more clearly|more quickly|more promptly|faster|more openly|up front) than i (?:was|did"
    r"|had been)\b",
    # A standard they fell short of, surprise at what they did: "I wasn't
    # expecting to be asked…", "arrived three weeks after you said it would".
    r"\b(?:wasn't|was not|hadn't|had not|didn't|did not) (?:\S+ )?expect(?:ing|ed)? to (?:be asked|be told|hear"
    r"|have to|wait|be kept|be given|be left|be sent|be treated|be spoken)\b",
    r"\b(?:after|later than|long after|than) (?:you|they|he|she|the recruiter|hr|the team|the panel) (?:had )?"
    r"(?:said|promised|told me|agreed|indicated|committed)\b",
    r"\b(?:would|'d) have (?:liked|preferred|appreciated|wanted|hoped) to (?:know|be told|hear|see|meet|get|receive"
    r"|be given|be kept|have (?:had )?(?:more|some|an?|the|clearer|earlier))\b",
    # Confidence it did not give, a role they could not describe, people worn down.
    r"\b(?:team|everyone|everybody|people|staff|interviewers?|panel|they|he|she|manager|recruiter)"
    r" (?:\S+ ){0,2}?(?:seemed|looked|appeared|sounded|came across as) (?:\S+ ){0,2}?(?:stretched|exhausted"
    r"|stressed|drained|overloaded|fed up|demorali[sz]ed|unhappy|miserable|frazzled|jaded|bored|disengaged"
    r"|checked out|uninterested|disinterested|distant)\b",
    r"\b(?:like|just) (?:a|another) (?:number|statistic|cog|box to tick|name on a list|commodity|line item"
    r"|warm body)\b",
    r"\b(?:not sure|unsure|wonder|wondered|question|questioned|doubt|doubted)\b[^.!?\n]{0,60}?\b(?:the )?"
    r"(?:best|good|wise|sensible|fair) use of\b",
    r"\b(?:budget|salary|pay|package|offer|process|number|figure) (?:is|was) what it (?:is|was)\b",
    r"\b(?:was|were|proved|has been|had been) (?:\S+ )?(?:an education|an eye-opener|quite an experience|quite a"
    r" journey|quite a ride|something else|one for the books|quite something)\b",
    # Time they took, said to be wasted: "three weeks of my life I won't get back".
    r"\b(?:of my (?:life|time)|time) (?:that )?i(?:'ll| will)? (?:won't|will not|will never|can't|cannot|never)"
    r" (?:get|have) (?:\S+ )?back\b",
    # Someone else for that pay, wished on them: "I'm sure you'll find someone happy to work for that package".
    r"\b(?:someone|somebody|anyone|a candidate|the right person|another candidate) (?:who is |who's |who'll be )?"
    r"(?:happy|willing|prepared|able|desperate|keen|glad|content) to (?:work|accept|settle|do it|take (?:it|the"
    r" role|the job|the offer|the position)) for (?:that|this|such an?|those|these|the) (?:\S+ )?(?:package|salary"
    r"|money|pay|rate|figure|numbers?|terms|amount|budget|offer)\b",
    # Luck wished with a dig at the search: "I hope you find the right person this time",
    # "the role has been advertised again for the third time".
    r"\b(?:find|finding|get|getting|hire|hiring|land|landing) (?:the right|a suitable|someone|the ideal|a good|the"
    r" perfect) (?:\S+ )?(?:person |candidate |fit |one )?(?:this time|at last|eventually)\b",
    r"\b(?:advertised|re-advertised|readvertised|reposted|re-posted|posted|listed|up) (?:\S+ ){0,3}?(?:for the|a)"
    r" (?:second|third|fourth|fifth|sixth|nth) time\b",
    # More expected of their pay: "I'd also have expected a bit more than £92k for a board-facing role".
    r"\b(?:would|'d|had) (?:also |honestly |really |frankly )?(?:have )?expected (?:a (?:bit|little|lot|good deal|fair"
    r" bit) |rather |much |somewhat |quite a bit |considerably |significantly )?more (?:than|for|from)\b",
    # Questions or a day meant for someone else: "some of the questions felt like they were aimed at a different role".
    r"\b(?:aimed at|meant for|written for|pitched at|geared (?:to|towards)|designed for|intended for) (?:a |an )?"
    r"(?:different|other|another|more (?:junior|senior)) (?:role|job|position|level|candidate|person|profile)\b",
    # Advice announced, or a remark passed on as feedback: "If I might offer one small, sincere thought for the
    # future", "I mention this only as feedback".
    r"\b(?:if i (?:might|may|could)|may i|might i|let me) offer (?:\S+ ){0,3}?(?:thoughts?|suggestions?|observations?"
    r"|feedback|note|word of advice|piece of advice)\b",
    r"\bmention (?:this|it|that) (?:only |purely |simply |just )?(?:as|by way of) (?:feedback|an observation)\b",
    # Learnt too late: "it was a little disappointing to learn this only at the very end".
    r"\b(?:disappointing|frustrating|a (?:bit of a |little )?(?:surprise|shock)|surprising|disconcerting) to (?:learn"
    r"|find out|discover|be told|realise|realize)\b",
    r"\b(?:learn|learnt|learned|told|find out|found out|hear|heard|mentioned|raised|came up|clear)\b(?: \S+){0,3}"
    r" only at the (?:very )?(?:end|last (?:minute|moment|stage|round)|final (?:stage|round|interview))\b",
    # What they had said before, found otherwise: "I had understood from the earlier conversations that the balance
    # was rather different".
    r"\b(?:had|'d) understood (?:\S+ ){0,8}?(?:was|were|would be) (?:\S+ )?(?:different|otherwise)\b",
    # Their pay wished higher, or judged against the job: "I'd hoped there might be a bit more movement", "below
    # what I had expected for the scope of the role", "I did not have the impression that this was open for
    # discussion", "discuss remuneration a little more fully next time".
    r"\bhoped (?:there (?:might|would|could) (?:be|have been) |for )(?:a bit |a little |some |slightly |rather )?more"
    r" (?:movement|flexibility|room|give|wiggle room)\b",
    r"\b(?:below|under|lower than|less than|short of) (?:\S+ ){0,5}?for the (?:scope|level|seniority|size"
    r"|responsibilit(?:y|ies)|demands) of\b",
    r"\b(?:not|n't) (?:\S+ ){0,7}?(?:open (?:for|to) (?:discussion|negotiation)|up for (?:discussion|negotiation))\b",
    r"\bmore (?:fully|openly|clearly|thoroughly|transparently|directly|candidly|carefully) (?:next time|in future"
    r"|in the future|going forward)\b",
    r"\b(?:deflated|disheartened|crestfallen|discouraged|flat) after (?:our|the|that|my) \S+ (?:chat|call|talk"
    r"|conversation|discussion|interview|round)\b",
    # How a meeting left them: "didn't leave me feeling like the team and I were on the same page", "I came out of
    # the final interview with a bit of a different feeling than I went in with".
    r"\b(?:did not|didn't|does not|doesn't|never) leave me (?:feeling|with the (?:sense|feeling|impression)) (?:like"
    r"|that)\b",
    r"\bdifferent (?:feeling|impression|sense) (?:\S+ ){0,2}?(?:than|from|to) (?:the one )?i (?:went|came|had)\b",
    # The process called long in passing: "thanks for your time on the UI Designer process - a long one, but…".
    r"\b(?:process|interviews?|recruitment|hiring|search)\b[^.!?\n]{0,24}?[-–—,(] ?a long one\b",
    r"\b(?:is|was|are|were|seems|seemed) (?:quite |rather |an awful |a great )?(?:a lot|much|too much) to ask"
    r" (?:of|from)\b",
    # A remark announced, or its being a complaint denied, which says one was made: "I should like to offer one
    # observation", "I thought you would rather know than not", "I'm not saying that to have a dig", "I share that
    # not to complain", "I don't say that to criticize anyone".
    r"\b(?:offer|share|make|add|pass on) (?:one|a|an|two|a few|a couple of) (?:small |brief |final |further |candid"
    r" |honest |gentle |sincere |constructive )?(?:observations?|pieces? of feedback|bits? of feedback|suggestions?)\b",
    r"\brather know than not\b",
    r"\b(?:not|n't) (?:\S+ ){0,3}?(?:to|as) (?:have a dig|complain|criticise|criticize|be critical|moan|grumble"
    r"|make a fuss|point fingers|blame anyone|a complaint|a criticism|a dig)\b",
    # Their day, late or distracted: "the panel arrived some twenty minutes after the scheduled start", "occupied with
    # his telephone", "the interview day had its hiccups, with the late panel and all".
    r"\b(?:minutes|an hour|half an hour) (?:after|past) the (?:scheduled|agreed|planned|appointed|advertised) (?:start"
    r"|time)\b",
    r"\b(?:occupied|busy|preoccupied|distracted|absorbed) (?:with|by) (?:his|her|their) (?:phone|telephone|mobile"
    r"|laptop|emails?|screen)\b",
    r"\bhad its (?:hiccups|moments|problems|issues|glitches|wobbles|teething problems|bumps)\b",
    r"\bthe late (?:panel|start|interviewers?)\b",
    # Their pay wished otherwise after the fact: "if the offer had been closer to the range in the ad".
    r"\bif the (?:offer|salary|package|number|figure|pay) had been (?:\S+ )?(?:closer|nearer|higher|better|more)\b",
    # A meeting of theirs below hopes, or their muddle on the day: "The last round wasn't quite what I'd hoped",
    # "even with the scheduling hiccups on the day".
    r"\b(?:round|interview|day|process|conversation|call|panel|stage|session)s? (?:\S+ ){0,2}?(?:wasn't|was not"
    r"|weren't|were not) (?:quite |really |exactly |entirely )?(?:what|how|as) i(?:'d| had)? (?:hoped|expected"
    r"|imagined|wanted)\b",
    r"\b(?<!my )(?:scheduling|logistical|organi[sz]ational|admin|administrative|diary) (?:hiccups?|glitches|snags"
    r"|wobbles|mix-ups?|issues|problems|chaos|confusion)\b",
    # The pay apart by more than expected: "the gap between our respective positions was considerably wider than I had
    # anticipated".
    r"\bgap\b[^.!?\n]{0,60}?\bwider than i(?:'d| had)? (?:anticipated|expected|hoped|thought|imagined)\b",
    # Time said to be saved next time, as it was not this time: "That would save everyone time".
    r"\b(?:that|it|this) (?:would|will|could|might|should) save (?:everyone|us all|us both|both of us|all of us|you"
    r" and me) (?:a lot of |some |a great deal of |a bit of )?time\b",
    # Questions set to catch the writer out: "more about to catch me than to get to know me".
    r"\bmore (?:about|interested in|focused on|aimed at) (?:to |trying to )?(?:catch\w*|trip\w*|grill\w*|test\w*)"
    r" (?:me|candidates|people)\b",
    # Next time wished better than this one: "move a little more quickly than last time", "begin from figures closer
    # to those advertised", "Hope the panel scheduling gets a bit easier for you all", "I thought I'd get in early
    # this time, given how long it can take to find a gap in everyone's calendars", "a reply either way would be
    # appreciated".
    r"\b(?:more quickly|faster|quicker|sooner|more smoothly|more clearly|more flexible|more generous|more competitive"
    r"|more realistic) than (?:last time|the last time|before|previously)\b",
    r"\bcloser to (?:those|the ones|the figures?|the range|the numbers?|what was|what you) (?:\S+ )?advertised\b",
    r"\b(?:scheduling|process|hiring|interviews?|logistics|panels?|recruitment)\b[^.!?\n]{0,20}?\b(?:gets?|becomes?"
    r"|runs?) (?:a bit |a little |much |a lot |somewhat )?(?:easier|smoother|quicker|faster|better)\b",
    r"\bgiven how long (?:it|things|everything|this|that) (?:can |could |might |may |used to )?(?:take|took|takes)\b",
    r"\ba (?:reply|response|answer) either way would be (?:appreciated|nice|good|great|welcome)\b",
    # The ending wished otherwise, or both sides at their worst: "Not how I thought this would end after the first
    # couple rounds", "I suspect neither side saw the best of the other".
    r"\bnot how i (?:thought|expected|hoped|imagined|pictured) (?:this|it|things) would (?:end|go|turn out)\b",
    r"\bneither (?:side|of us) (?:saw|showed|got|brought) (?:the|its|our) best\b",
    # The pay far off: "not anywhere near that"; their day: "a little rough on scheduling,
    # with a late panel".
    r"\bnot anywhere near\b",
    r"\b(?:rough|bumpy|patchy|shaky) on (?:scheduling|organi[sz]ation|logistics|communication|timing)\b",
    r"\ba late (?:panel|start|interviewer)\b",
    # Doubt left about what they had said: "the final interview left me with some doubt as to whether the role was
    # quite as it had been described".
    r"\bleft me with (?:some |a little |a bit of |a )?(?:doubts?|questions?|uncertainty) (?:as to|about) whether (?:the"
    r"|your|this)\b",
    r"\b(?:quite |really |exactly )?as it (?:had been|was|were) (?:described|advertised|presented|portrayed|sold)\b",
    # A start, an offer or a discussion that went otherwise: "the panel day got off to a slightly rocky start", "a
    # different offer at the beginning would have made my decision more difficult", "went mostly into areas I had
    # not seen in the JD", "we had quite different ideas of what the job is".
    r"\b(?:got off to|had) a (?:slightly |somewhat |bit of a |rather |fairly |very )?(?:rocky|bumpy|shaky|slow|rough"
    r"|late|difficult) start\b",
    r"\ba (?:different|better|higher|stronger) (?:offer|number|salary|package|figure) (?:at the (?:beginning|start"
    r"|outset)|earlier|up ?front|the first time)\b",
    r"\b(?:not|never) (?:seen|mentioned|listed|included) in the (?:jd|job description|advert|ad|posting|listing)\b",
    r"\bdifferent (?:ideas|views|understandings?|pictures?) (?:of|about) what the (?:job|role|position)\b",
    # Their long process, in passing or recalled: "thanks for seeing the process through, even if it ran long", "Hope
    # things have calmed down on the hiring side too, I know that was a long stretch".
    r"\b(?<!email )(?<!note )(?<!message )(?<!letter )(?:ran|run|running) (?:a (?:bit|little) )?long\b",
    r"\bcalmed down (?:on|in) (?:the|your) (?:hiring|recruiting|recruitment|interview)\b",
    r"\bhow frustrating (?:\S+ ){0,4}?(?:can be|is|was|it is|it can be) (?:for|from) (?:the )?candidates?\b",
    # An article passed on with a dig: "you'd probably get more out of it than I did", "why take-home assignments
    # lose senior candidates".
    r"\b(?:get|got|getting) (?:a lot |much |far )?more out of (?:it|this|that) than i (?:did|have|had)\b",
    r"\b(?:lose|losing|loses|put off|puts off|drive away|drives away|scare off|scares off|turn off|turns off)"
    r" (?:\S+ )?(?:senior |good |great |strong |the best |top |experienced )?(?:candidates|applicants|talent|hires)\b",
    # A meeting set apart: "The last interview was a bit of a different experience" (not "Five rounds is a lot, and
    # you were kind through every one of them", which the corpus's readers passed more often than not).
    r"\b(?:a bit of a|quite a|rather a|somewhat of a|a rather|a somewhat) different (?:experience|story|matter"
    r"|affair|kettle of fish)\b",
    # "Not all points there were as I had hoped", "eight weeks is a long time to sit with things (there were a few
    # stretches where I wasn't sure I was still in the running!)".
    r"\bnot (?:all|every|everything)(?: \S+){0,3}? (?:was|were|went) (?:quite )?as i(?:'d| had)? (?:hoped|expected"
    r"|wanted|liked)\b",
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|several|many) (?:weeks|months) (?:is|was|are|were)"
    r" (?:quite |rather |a very |such )?a long (?:time|wait|while)\b",
    r"\b(?:wasn't|was not|not) sure (?:if |whether )?i was still (?:in the running|being considered|in the process"
    r"|in consideration|on your list)\b",
    # "One small note if useful: the scheduling got a bit rough on panel day".
    r"\b(?:scheduling|organi[sz]ation|logistics|communication|process|timing|day)\b (?:got|went|was|felt|became)"
    r" (?:a bit |a little |rather |quite |somewhat |pretty )?(?:rough|bumpy|messy|chaotic|hectic|patchy|shaky)\b",
    # Their pay measured against other offers: "The base was also on the low end of what I'm seeing elsewhere".
    r"\b(?:on the )?(?:low|lower|bottom) end of what i(?:'m| am)? (?:seeing|getting|being offered|see|get)\b",
    # A long process marked as ironic: "It was a long one (!)".
    r"\b(?:long|lengthy|slow|drawn-out|eventful|thorough|memorable)\b[^.!?\n(]{0,20}\(!\)",
]


def _without_apostrophes(pattern: str) -> str:
    """`pattern` also matching contractions typed without the apostrophe ("wasnt", "didnt"), as on a phone."""
    return pattern.replace("n't", "n'?t")


CRITICISM_PATTERNS = [_without_apostrophes(p) for p in CRITICISM_PATTERNS]
NEGATIVE = any_of(NEGATIVE_PATTERNS)
CRITICISM = any_of(CRITICISM_PATTERNS)

# Faults only when denied, a few words before: "my experience wasn't being
# given quite the weight I'd hoped", "we didn't see eye to eye on the package",
# "I will not pretend we were on the same page". Searched from these words,
# which are rare, rather than from every "not".
DENIED_PATTERNS = [
    r"\b(?:given|shown|afforded) (?:quite |much |enough |the |full |any |a )*+(?:weight|credit|recognition"
    r"|consideration|fair (?:chance|hearing|shot)|respect)\b",
    # Not a difference owned beside thanks for it: "we weren't totally on the same page on compensation, but I
    # really do appreciate how open you were".
    r"\bon the same (?:page|wavelength)\b(?![^.!?\n]{0,40}\bbut i (?:really |do |truly )*(?:appreciate|never|value"
    r"|am grateful))",
    r"\b(?:see|seeing|saw) (?:quite |exactly |fully |totally |entirely )?eye to eye\b",
    # "my experience was not fully taken into account".
    r"\b(?:taken into account|taken into consideration|fully valued|properly valued|reflected in the (?:offer|salary"
    r"|package|figure))\b",
    r"\baligned on\b",
    # "I wasn't convinced the team has a clear strategy", "didn't entirely reassure me".
    r"\b(?:convinced|confident|persuaded) (?:that )?(?:the|your) (?:team|company|leadership|management|business"
    r"|strategy|product|plan|culture|direction)\b",
    r"\breassur(?:e|ed|ing) me\b",
    r"\bvalue (?:its|their|your) (?:people|staff|engineers|employees|team|designers|talent|workers|developers)\b",
    r"\b(?:knows?|knew) what (?:it|they|the team|the company|you) (?:want|wants|wanted|need|needs|needed"
    r"|(?:is|are|was|were) doing)\b",
    r"\b(?:a|much of a) priority\b",
    r"\b(?:adhered|honou?red) to\b",
    r"\b(?:gave|give|giving|given|allowed|let) me (?:a |any |much of a |enough |the |much )?(?:real |fair |proper"
    r" |full )?(?:chance|opportunity|room|time|space) to (?:show|explain|present|demonstrate|talk|discuss|ask|answer"
    r"|finish)\b",
    r"\b(?:let|allowed|allow|gave|give) me (?:\S+ )?(?:explain|show|finish|answer|present|talk|demonstrate)\b",
    # What it did not leave them feeling: "can't pretend the last call left
    # me feeling valued", "can't say the process filled me with confidence".
    r"\b(?:left|leave|leaves|leaving) (?:me|us) (?:feeling |with (?:a |an |any |much )?)(?:\S+ )?(?:great|good"
    r"|positive|confident|excited|enthusiastic|welcome|valued|reassured|comfortable|optimistic|impression|feeling)\b",
    r"\b(?:fill|filled|fills|inspire|inspired|inspires|instil|instilled|instils|give|gave|leave|left)"
    r" (?:me |us )?(?:with )?(?:much |a lot of |great |any |real )?(?:confidence|enthusiasm|reassurance)\b",
]
DENIED = any_of(DENIED_PATTERNS)
_DENIAL_BEFORE = re.compile(_without_apostrophes(rf"\b{_NOT}\b(?: \S+){{0,5}} $"), re.IGNORECASE)

# A complaint read from a sentence: a word of complaint and, in the same
# sentence, something of theirs it is about. "I heard nothing for weeks",
# "the panel had already made up its mind", "a fair way off the range you
# advertised" — however it is worded, it faults them. A sentence that also
# thanks, praises or apologises is taken as kind, and a complaint word just
# after a negation ("never felt rushed") is not one.
_PAY = (
    "offer(?:ed|s)?|salary|pay|package|compensation|comp|base|figure|number|amount|money|range|band|benefits|perks"
    "|bonus|equity"
)
_THEIR_PAY = rf"\b(?:{_PAY})\b"
# Their meetings and steps, not the pay (said to be low, that is the writer's own need).
_MEETING = (
    r"(?:conversation|discussion|negotiation|interview\w*+|process|panel|round|rounds|assessment|stage|feedback|meeting"
    r"|panel day|final day|interviewers?|hiring manager)"
)
# Pay itself, not the offer: "the salary conversation", not "our call about the offer".
_PAY_WORD = r"(?:salary|pay|package|compensation|comp|remuneration|money|numbers|figures?|base|rate)"
# A softened judgement: "a bit", "slightly", "rather" (not "if it runs a little long": the writer's note).
_HEDGE = (
    r"\b(?<!if it runs )(?<!if this runs )(?<!email runs )(?<!note runs )(?:a bit|a little|a little bit|slightly"
    r"|somewhat|a touch|a tad|a wee bit|kind of|sort of|rather|fairly|pretty|quite) (?:too )?"
)
# Early in the process: "up front", "in the first message", "at the initial stage".
_EARLY = (
    r"(?:\bup ?front\b|\bin the (?:very )?(?:first|initial|opening) (?:message|email|call|conversation|contact|stage"
    r"|round|conversations)\b|\bat the (?:initial|first|early|earliest|screening) stage\b|\b(?:from|at) the (?:very )?"
    r"(?:start|outset|beginning)\b|\bearl(?:y|ier) (?:on|in the process)\b)"
)
# Their pay or the job's scope, not the writer's own figure ("happy to share my salary expectations up front").
_THEIR_PAY_OR_SCOPE = rf"\b(?<!\bmy )(?:{_PAY_WORD}|range|band|scope)\b"
# A negation or a doubt, for the remarks that fault them only beside one.
_DOUBT = (
    r"(?:\b(?:not|never|no|nothing|strange(?:ly)?|odd(?:ly)?|funny|uneasy|unsure|doubts?|wonder\w*+|mixed|head"
    r"|sometimes"
    r"|still think|awkward|rushed|tense|hurried|pause|sore|flat|frustrat\w*+|reservations|different)\b|n't\b)"
)
COMPLAINTS = {
    "waiting": (
        [
            r"\bheard nothing\b",
            r"\b(?:did not|didn't|never) (?:receive|get(?! the (?:sense|feeling|impression))|hear)\b",
            r"\bnot (?:kept|being kept) (?:informed|updated|in the loop)\b",
            r"\bslipp(?:ed|ing)\b",
            r"\blater than (?:you|we|i was|i had been) (?:said|told|promised|expected|agreed)\b",
            # Not the writer's own long walks, drives or nights of thinking it over.
            r"\b(?:quite|too|very|rather|so|really|a bit) long\b(?! (?:walks?|drives?|runs?|hikes?|nights?"
            r"|weekends?|evenings?|think|thinks|chats? with (?:my|the) (?:family|partner|wife|husband)"
            # Nor the writer's own papers: "with my husband, and with a very long spreadsheet".
            r"|spreadsheets?|lists?|emails?|notes?|letters?|messages?))",
            r"\b(?:marathon|ordeal|saga|slog|drawn-out|long-winded)\b",
            # Not the writer's own work that "took a while but got there".
            r"\btook (?:so |too |quite |rather |a very |a really )?(?:long|a (?:long )?while|ages|forever)\b",
            # "It was a long eight weeks", "the process has been a long one", "a longer road than either of us
            # expected".
            r"\b(?:was|were|been|felt like) a long (?:\S+ )?(?:weeks|months|one)\b",
            r"\b(?:a )?longer (?:road|wait|process|haul|journey|affair|stretch|ride) than\b",
            r"\bnothing (?:for|back|from)\b",
            # (Not one the writer asks them not to send: "no reply is needed".)
            r"\bno (?:news|updates?|word|reply|response|feedback)\b(?! (?:is |at all )?(?:needed|necessary|required"
            r"|expected))",
            # Not eagerness: "I start next month and can hardly wait".
            # ("n.t": "can't", "won't"; an apostrophe in a look-behind would be made optional, and so not fixed.)
            # Nor the writer's own applications: "I have applied to a couple of programmes and am waiting to hear back".
            # Nor the writer sparing them: "I didn't want you left waiting in the meantime".
            r"\b(?<!hardly )(?<!barely )(?<!n.t )(?<!while i was )(?<!\bam )(?<!i'm )(?<!you left )(?<!them left )"
            r"wait(?:ed|ing)?\b",
            # "As the process took about eight weeks".
            r"\b(?:process|it|everything|hiring|recruitment) took (?:about |around |almost |nearly |over |more than"
            r" )?(?:\w+ )?(?:weeks|months)\b",
            r"\bsilen(?:ce|ces|t)\b",
            # Not a habit of theirs kept up "whenever things went quiet".
            r"\b(?<!whenever things )(?<!when things )(?<!if things )(?:went|gone|go|very|quite) quiet\b",
            r"\b(?:was|were|been|felt|very|quite|rather|a bit|painfully|so|too) slow\b",
            r"\bquiet (?:spells?|periods?|patches|stretches|weeks|spots)\b",
            r"\bslow (?:process|response|responses|repl(?:y|ies)|communication|feedback|progress)\b",
            r"\bdelay(?:s|ed)?\b",
            r"\b(?:difficult|hard) to (?:get|reach|hear|find out)\b",
            r"\bhow long (?:\S+ ){0,2}?took\b",
            r"\bchas(?:e|ed|ing)\b",
            r"\bnever (?:arrived|came|materiali[sz]ed|happened|got back)\b",
            # Not "I owe you a clear answer": only one that was never given.
            # Nor the writer's own answer, given in time: "run up to your deadline without a clear answer".
            r"\b(?:no|never (?:got|had|received|gave|given)|not (?:get|got|given|gave)|(?<!deadline )without"
            r"|(?:difficult|hard) to get)(?: a)? (?:clear|straight|direct) answers?\b",
        ],
        r"\b(?:process|weeks?|months?|rounds?|stages?|updates?|news|communication|feedback|repl(?:y|ies)|response"
        r"|answers?|package|salary|offer"
        r"|hear(?:ing|d)?|interviews?|timeline|everything|between)\b",
    ),
    "disorder": (
        [
            r"\bconfus(?:ed|ing|ion)\b",
            r"\bmessy\b",
            r"\bscrambl\w*+",
            r"\bdouble[- ]booked\b",
            r"\bmix-up\b",
            r"\b(?:nobody|no one|no-one) (?:seemed to |really |quite )?kn(?:ew|ow)\b",
            # Not a general truth: "why so much training is forgotten within weeks".
            r"\b(?<!i )(?<!i'd )(?<!i've )(?<!i had )(?<!i have )(?<! is )(?<! are )forg(?:ot|otten)\b",
            r"\b(?:not|un)prepared\b",
            r"\brushed\b",
            r"\b(?:very )?(?:little|short) notice\b",
            # (Not the writer's own: "I have recently changed my job again".)
            r"\b(?:changed|moved|shifted|rescheduled) (?!(?:my |jobs|roles|companies|careers|house|home|cities"
            r"|countries|teams|employers|positions)\b)(?:\S+ ){0,2}?(?:times|twice|again)\b",
            r"\bmade it (?:difficult|hard|harder|impossible|tricky|trickier) to\b",
            # "My panel day had a few hiccups".
            r"\b(?:a few|some|several|one or two|the odd|a couple of) (?:wee |small |little |minor )?(?:hiccups"
            r"|glitches|snags|wobbles|teething (?:problems|issues))\b",
            r"\bcould do with\b",
            r"\bstreamlin\w*+",
            r"\b(?:excessive|overkill|hoops)\b",
            r"\b(?:had|has) (?:already )?been filled\b",
            r"\bleft (?:me )?wondering\b",
            r"\bbehind (?:schedule|time)\b",
            r"\b(?:minutes|an hour|half an hour) (?:late|behind|over)\b",
            r"\b(?:ran|run|running) over\b",
            # "The schedule was very tight" (not the writer's own: "my schedule is very tight this month").
            r"\b(?<!my )(?:schedul\w*+|timetable|timings?|slots?|days?) (?:was|were|felt|seemed) (?:\S+ )?(?:very|quite"
            r"|rather|so|too|really|a bit|a little|extremely) (?:tight|cramped|squeezed)\b",
            r"\b(?:hectic|unstructured|uncoordinated|frantic|fraught|all over the shop|disorderly)\b",
        ],
        r"\b(?:process|panel|schedul\w*+|rooms?|logistics|organi[sz]ation|interview\w*+|rounds?"
        r"|panel day|final day|interview day|on the day|started|began|timings?)\b",
    ),
    "interview": (
        [
            r"\bbox-?ticking\b",
            # What the meeting showed, said darkly: "Honestly the final interview made this quite clear"; their doubt
            # recalled: "in the final interview there was some doubt about whether the project could be finished".
            r"\bmade (?:this|that|it|the position|my position|things) (?:quite |very |pretty |rather |abundantly"
            r" |reasonably |fairly |a lot |much )?clear(?:er)?(?=[.!;]| on both sides| to both of us| for both of us)",
            # "after the final round I was not fully convinced either".
            # (Not of the writer's own fit: "not convinced the role is the right match for me".)
            r"\bnot (?:fully |entirely |completely |really |totally |quite )?convinced\b"
            r"(?! (?:that )?(?:the role|the job|the position|it|this|i)\b)",
            r"\b(?:was|were) (?:some |a few |a little |a bit of |considerable |real )?doubts? (?:about|over|as to)"
            r" (?:whether|if)\b",
            r"\btick-?box\b",
            r"\bmade up (?:its|their|his|her) minds?\b",
            r"\bmade (?:its|their|his|her) minds? up\b",
            r"\b(?<!who's )(?<!who has )(?<!who had )(?<!who've )already (?:decided|made up)\b",
            r"\b(?:catch|catching|caught) (?:\S+ )?out\b",
            r"\btrip(?:ping)? (?:\S+ )?up\b",
            r"\bwhat i (?:can't|cannot|couldn't) do\b",
            r"\b(?:my )?weak(?:nesses| points| spots)\b",
            r"\bnot (?:a |the most |very |particularly |an? )?(?:pleasant|good|great) "
            r"(?:experience|conversation|feeling)\b",
            r"\binterrupt\w*+",
            r"\btalked over\b",
            # (Not the writer's own interest, denied: "this does not mean I was not interested in your team".)
            rf"\b(?<!\bi was )(?<!\bi am )(?<!\bi'm ){_NOT} (?:seem |seemed |really |very |particularly ){{0,2}}"
            r"interested\b",
            r"\b(?:uninterested|disengaged|bored)\b",
            r"\bdeflated\b",
            r"\buncomfortable\b",
            r"\b(?:not (?:really |very |so |that |quite |particularly )?related|unrelated|irrelevant) to (?:the|my)"
            r" (?:job|role|position|work)\b",
            r"\b(?:not much|little|nothing|not a lot) to do with (?:the|my|this) (?:job|role|position|work)\b",
            r"\b(?:did not|didn't|do not|don't|does not|doesn't) (?:seem to |really |quite )?relate to (?:the|my|this)"
            r" (?:job|role|position|work)\b",
            r"\boff-?putting\b",
            r"\bput me off\b",
            r"\b(?:not|n't) (?:really |fully |properly )?listen\w*+",
            r"\b(?:didn't|did not|wasn't|was not|never|not) (?:\S+ ){0,6}?(?:a )?fair (?:chance|shot|hearing)\b",
            # Judged before it began: "a fairly fixed idea of who they wanted",
            # "the decision about me was already taken before I started to talk".
            r"\b(?:fixed|preconceived|predetermined|pre-determined|set) (?:idea|view|notion|picture|opinion"
            r"|outcome)s?\b",
            r"\b(?:decision|verdict|outcome|conclusion|choice)(?: about me| on me| on my \S+)? (?:was|were|had been"
            r"|seemed|felt) (?:\S+ )?already\b",
            r"\balready (?:been )?(?:taken|made|decided|settled|reached|fixed|formed|chosen) before (?:i|we|the)\b",
            r"\bbefore (?:i|we) (?:had )?(?:even )?(?:started|began|opened my mouth|said a word|walked in|sat down"
            r"|spoke|arrived|got there|came in|logged on|joined)\b",
        ],
        r"\b(?:interview\w*+|rounds?|panel|questions?|conversation|discussion|assessment|final day|team|people"
        r"|(?:that|the) day)\b",
    ),
    "pay": (
        [
            r"\bled to believe\b",
            r"\bquoted\b",
            r"\b(?:we|you) (?:had )?discussed (?:earlier|before|at the start|initially)\b",
            r"\bwould have been (?:helpful|useful|good|nice|better) to (?:know|have|hear|get|be told)\b",
            r"\bpromised\b(?<!as promised)",
            r"\bnot in line with\b",
            r"\bgap between\b",
            r"\bnot (?:really |fully )?valued\b",
            r"\btaken aback\b",
            r"\b(?:felt|feels|seemed|seems|rather|quite|a bit|a little|so|too|very|surprisingly) low\b",
            r"\bnot what (?:we|i|you) (?:had )?(?:talked|discussed|agreed|spoke)\b",
            r"\b(?:wasn't|was not|isn't|is not|weren't|not) (?:quite |really |exactly )?what (?:i|we)"
            r"(?:'d| had| would have)? (?:hoped|expected|wanted)\b",
            r"\bnot (?:\S+ )?(?:at|on|near|quite at) the level\b",
            r"\b(?:was|were) (?:told|indicated|mentioned|said|stated|discussed) (?:to me )?(?:in|at|during) the"
            r" (?:first|initial|earlier"
            r"|screening|first-round)\b",
            r"\bother (?:companies|firms|employers)\b",
            r"\b(?:market|industry) (?:rate|value|level|standard|average|norm)s?\b",
            r"\bbelow (?:my |our )?expectations for (?:the|this|a|such)\b",
            r"\bwould (?:have )?expect(?:ed)? for (?:a|an|the|someone|this)\b",
            r"\btypo\b",
            r"\b(?:more junior|less experienced|less senior|earlier in (?:their|his|her) career|graduate salary)\b",
            r"\b(?:thin|meagre|meager)\b",
            r"\b(?:a|quite a|something of a|bit of a|an unwelcome|an unpleasant) surprise\b"
            r"(?! to (?:get|receive|hear))",
            r"\bstarting point,? not\b",
            r"\bwe (?:both|all) know\b",
            r"\b(?:let's|let us) be (?:honest|frank|real)\b",
            r"\bst(?:ung|ings)\b",
            r"\blow for\b",
            # Judged against the job: "not where I needed it to be for a role of this scope".
            r"\bfor (?:a|the|such a) (?:role|position|job|post) (?:of|at|with) (?:this|that|such|its) (?:scope|size"
            r"|level|seniority|responsibility|breadth|calibre|caliber)\b",
            r"\brecogni[sz]\w*+ (?:my|the) (?:experience|level|seniority|skills|value)\b",
            r"\b(?:didn't|did not|doesn't|does not|not) (?:\S+ ){0,4}?(?:reflect(?:s|ed)?(?! (?:badly )?on\b)"
            r"|recogni[sz](?:e|es|ed)|match(?:es|ed)?)\b",
        ],
        _THEIR_PAY,
    ),
    # Their meeting said to have gone wrong, without saying how: "the last round didn't exactly go the way
    # either of us would have hoped", "I came away from the final round feeling it did not go as I expected".
    "went_wrong": (
        [
            r"\b(?:didn't|did not|never|doesn't|does not) (?:exactly |quite |really |entirely )?go (?:the way|as|how"
            r"|to plan)\b",
            # "The salary conversation wasn't my favourite part of the process", "I won't pretend the final round
            # was my favorite".
            r"\b(?:wasn't|was not|weren't|were not|isn't|not) (?:exactly |quite |really )?my"
            r" (?:favou?rite|highlight|best experience|favou?rite experience)\b",
            # "Most of the process was good. The final round less so", "the panel, not so much".
            r"\b(?:less so|not so much)\b(?=\s*(?:[,.;:!?)—–]|-\s|$))",
            r"\bpretend (?:\S+ ){1,6}?(?:was|were) (?:my |the )?(?:favou?rite|highlight|smoothest|easiest|quickest"
            r"|best organi[sz]ed|most (?:organi[sz]ed|pleasant|efficient|enjoyable))\b",
            # "The final round did not leave me very convinced about the role".
            r"\b(?:didn't|did not|never) (?:really )?leave me (?:very |entirely |fully |all that |that )?(?:convinced"
            r"|confident|reassured|excited|enthused|impressed|sure)\b",
            r"\bgave me (?:some )?pause\b",
            # "The final round less so, but that's a conversation for another day".
            r"\b(?:a |another )?(?:conversation|story|discussion|topic|tale) for another (?:day|time)\b",
            # "I did find the final round rather harder going than I had expected".
            # Not the decision made harder: "it made the decision harder than I expected".
            r"\b(?<!decision )(?<!choice )(?<!call )(?<!it )(?:harder|tougher|heavier|more difficult|more demanding)"
            r" (?:going )?than (?:i|we) (?:had )?"
            r"(?:expected|thought|anticipated|hoped|imagined)\b",
            # "Knocked me around a bit", "the job had shifted under me".
            r"\bknocked me (?:around|about|sideways|back)\b",
            r"\b(?:shifted|changed|moved) under (?:me|my feet)\b",
            r"\bleft me with (?:some |a few |real |serious |a lot of )?(?:doubts?|reservations|concerns)\b",
            # "The final interview didn't feel like a great reflection of either of us".
            r"\b(?:didn't|did not|doesn't|does not) (?:really |quite )?feel like (?:a |the |much of a )?"
            r"(?:great|good|fair|real|true|proper|two-way)\b",
            # "After the final interview I think it will also not be a big surprise for you".
            r"\b(?:not|no|hardly|won't|will not) (?:\S+ )?(?:be )?(?:a |any |much of a )?(?:big |great |huge )?surprise"
            r"(?! (?:to|for) me)\b",
            # "Given how long the process ran".
            r"\bhow long (?:\S+ ){0,2}?(?:ran|took|dragged|went on|lasted|had taken|has taken)\b",
            # "The final interview was shorter than scheduled".
            r"\bshorter than (?:scheduled|planned|promised|expected|advertised|arranged|booked)\b",
            # "The final interview left me feeling a little flat", "left me a little disappointed".
            r"\bleft me (?:feeling )?(?:a (?:little|bit) |a little bit |rather |somewhat |quite |slightly )?(?:flat"
            r"|deflated|disappointed|cold|uneasy|unsettled|underwhelmed|rattled|drained|sore|bruised|stung|shaken"
            r"|frustrated)\b",
            # "With how the final interview went I don't think it's the right move for me".
            r"\b(?:with|given|after|considering) how (?:the |that |our |my )?(?:\S+ )?(?:interviews?|rounds?|process"
            r"|conversations?|calls?|meetings?|panel) went\b",
            # "The final interview felt a bit different from the rest of the process", "made that clearer than
            # I expected it to".
            r"\bfelt (?:a bit |quite |very |rather |a little |somewhat )?different (?:in (?:tone|style|feel) )?"
            r"(?:from|to) (?:the rest|the earlier|the other|the first|what)\b",
            # "The discussion there was quite different from what I had understood" (not "the role we discussed
            # was different from what I'm looking for": the writer's own fit).
            r"\b(?:was|were|seemed) (?:a bit |quite |very |rather |a little |somewhat |completely |so )?different"
            r" from (?:the rest|the earlier|the other|the first|what (?:i|we) (?:had )?(?:understood|been told"
            r"|was told|were told|discussed|expected|agreed|heard))\b",
            r"\bmade (?:that|it|this|things) (?:\S+ )?clearer than (?:i|we) (?:expected|thought|hoped)\b",
            # "The last interview was not the easiest for me...".
            r"\b(?:not|wasn't|weren't|isn't) (?:exactly )?the (?:easiest|smoothest|most (?:pleasant|enjoyable"
            r"|comfortable|relaxed|organi[sz]ed|straightforward))\b",
        ],
        rf"\b{_MEETING}\b",
    ),
    # Where the two sides stood, put as a difference: "we came at it from pretty different places", "we
    # didn't quite meet in the middle" (the pay, however warmly thanked for).
    "apart": (
        [
            r"\b(?:came|come|coming) at (?:it|this|things|the numbers) from (?:\S+ )?different (?:places|angles"
            r"|directions|positions)\b",
            r"\b(?:didn't|did not|couldn't|could not|don't|never|weren't able to) (?:quite |really )?meet (?:in the"
            r" middle|halfway)\b",
        ],
        r"\S",
    ),
    # A fault flagged "gently": "I will gently say that the gaps between rounds were long", "the only thing I'd
    # gently flag is that the salary conversation didn't sit quite right with me".
    "flagged": (
        [
            r"\bgently (?:say|flag|mention|note|point out|add|suggest|raise)\b",
            r"\b(?:the )?only thing i'd (?:\S+ )?(?:flag|mention|say|change|add)\b",
        ],
        rf"\b(?:{_MEETING}|{_PAY}|gaps?|waits?|silence|long)\b",
    ),
    # Said "to be honest" of their meetings, with a doubt or a negation: "I'll
    # be honest, the final round didn't go the way either of us wanted", "I
    # won't pretend the last interview left me feeling great".
    "candour": (
        [
            r"\b(?:i'll be|i will be|(?<!better )(?<!best )(?<!rather )to be|i must be|i have to be|i've got to be"
            r"|if i'm|if i am|if i'm being|let me be"
            r"|i'd be|i want to be|i should be) (?:\S+ )?(?:honest|frank|candid|straight)\b",
            r"\bin (?:all )?(?:honesty|candou?r)\b",
            r"\bin the interest of (?:candou?r|honesty|transparency)\b",
            r"\btruth be told\b",
            r"\b(?:won't|will not|can't|cannot|wouldn't|shouldn't) (?:\S+ )?pretend\b",
            r"\b(?:i'd|i would) be (?:lying|fibbing)\b",
            # Not admitting to a feeling of the writer's own: "I must admit I'm very excited about it".
            r"\b(?:must|have to|'ll|will|should|do) admit\b(?! (?:that )?(?:i'm|i am|i was|i've been|i felt|i feel)"
            r" (?:\S+ )?(?:excited|thrilled|delighted|relieved|nervous|happy|glad|pleased|sad|sorry|torn|proud))",
        ],
        # Not opening with \b, so that `any_of` keeps both orders whole ("won't" has no boundary before "n't").
        rf"(?:\b{_MEETING}\b[^\n]*?{_DOUBT}|{_DOUBT}[^\n]*?\b{_MEETING}\b)",
    ),
    # The talk about pay named as a topic: "our discussion on salary", "the
    # compensation conversation". Named only to say it was not the reason, it
    # is still the pointed aside ("I should add that…"), so it is softened by
    # thanks and praise but not by a denial (see `_complaint`).
    "pay_talk": (
        [
            rf"\b(?:discussion|conversation|negotiation|exchange|talk|chat|call|back-and-forth)s? (?:\S+ )?(?:on|about"
            rf"|around|over|regarding) (?:the |our |my |your )?{_PAY_WORD}\b",
            rf"\b{_PAY_WORD} (?:discussion|conversation|negotiation|exchange|talk|chat|call|back-and-forth)s?\b",
        ],
        r"\S",
    ),
    # Advice to say the pay earlier: "please include the compensation range in the first message", "it would help
    # if we could align on the scope and the compensation range at the initial stage itself", "I'd just want to see
    # the actual salary range up front" (not thanks for having done so: "thank you for being upfront about it").
    "early": (
        [
            *(
                # The ask and, in the same clause and a few words on, their pay and an early moment (either
                # order): the reach is bounded, so a long sentence is read once, not again from each pay word.
                trigger + rf"[^.;!?]{{0,60}}?(?:{_THEIR_PAY_OR_SCOPE}[^.;!?]{{0,80}}?{_EARLY}"
                rf"|{_EARLY}[^.;!?]{{0,60}}?{_THEIR_PAY_OR_SCOPE})"
                for trigger in (
                    r"\bplease (?:\S+ ){0,2}?(?:include|share|mention|give|state|put|send|list|tell)\b",
                    r"\bit would (?:really |also )?(?:help|save|be (?:helpful|useful|good|great|better|nice))\b",
                    r"\b(?:i'd|i would) (?:just |really |also |first )?(?:want|need|like|prefer|expect) to (?:see|know"
                    r"|have|get|hear|be told|agree|align)\b",
                )
            ),
            rf"\bwish (?!i\b|we\b)(?:\S+ ){{0,4}}?had been (?:\S+ )?(?:clearer|made clear|clarified|mentioned|shared"
            rf"|explained|said)\b[^.;!?]{{0,40}}?{_EARLY}",
        ],
        r"\S",
    ),
    # A fault of theirs, however softened: "a bit rushed", "slightly impersonal", "rather chaotic". Not made
    # the writer's by their own part ("…and I am not sure I got to show my best there") nor by saying it was
    # not the reason ("…felt a bit rushed, but that wasn't the reason"): it is still said of them.
    "faulted": (
        [
            rf"{_HEDGE}(?:sharp(?! questions?\b)|rushed|cold|impersonal|stiff|brusque|generic|repetitive|disjointed"
            r"|confusing|one-sided|abrupt|unclear|vague|rigid|bureaucratic|scripted|mechanical|hurried|messy"
            r"|last[- ]minute|underwhelming|transactional|frosty|terse|short with me|hectic|unstructured|uncoordinated"
            r"|frantic|uneven|patchy|opaque|chaotic|disappointing|unorgani[sz]ed|disorgani[sz]ed)\b",
        ],
        rf"\b(?:{_EVENT}|{_PAY}|interviewers?|people|team|hiring manager|tone|questions?|task|test|assignment|exercise"
        r"|take-home|schedul\w*+|communication|role|recruit\w*+|hr|timeline|logistics|offer|contract)\b",
    ),
    # A softened hardship: "rather long", "a bit much", "slightly tense".
    "hedged": (
        [
            # "Five rounds, which was long and sometimes tiring for me".
            r"\b(?:was|were|felt|seemed) (?:very |quite |so |too |really )?long and (?:\S+ )?(?:tiring|exhausting"
            r"|draining|hard|difficult|tough|slow|stressful|demanding)\b",
            rf"{_HEDGE}(?:long|slow|stretched|heavy|excessive|drawn[- ]out|tense|awkward|lean|thin|tiring|exhausting"
            # ("pretty much" is "almost": "pretty much what we ended up chatting about".)
            r"|draining|much(?<!pretty much)|demanding|onerous|lengthy|fraught)\b",
            r"\bsame (?:ground|questions)\b",
            # Not advice the writer passed on: "something I've already repeated to my current team".
            # Nor a remark of theirs the writer has passed on: "I have repeated it to a couple of people since".
            r"\brepeat(?:ed|ing|itive)\b(?! (?:\S+ ){0,2}?to my (?:own |current |new )?(?:team|colleagues|friends"
            r"|family|partner|manager|students|reports)\b)(?! (?:it|that|this|the (?:point|line|phrase|advice)) to\b)",
            r"\basked (?:\S+ ){0,2}?(?:twice|again)\b",
            r"\b(?:going through the motions|on autopilot)\b",
            # (Not the writer's own: "call today, don't leave it to the last minute".)
            r"\b(?:at the last minute|(?<!leave it to the )(?<!left it to the )(?<!leave it till the )"
            r"(?<!leave it until the )last[- ]minute(?! (?:bookings?|deals?"
            r"|flights?|travel|holidays?|sales?"
            r"|orders?|shoppers?|buyers?|tickets?))|at short notice)\b",
            # "I didn't really get the chance to show what I could bring".
            r"\b(?:wasn't|weren't|was not|were not|didn't|did not|not|never|barely|hardly|little|no) (?:\S+ ){0,2}?"
            r"(?:given|had|have|got|get) (?:much |any |a |the |enough )?(?:of a )?(?:chance|opportunity|time|room"
            r"|space) to (?:ask|speak|explain|talk|answer|show|finish|present|discuss|meet)\b",
            # "There was not much chance to discuss my actual work experience".
            r"\b(?:not much|little|no|hardly any|barely any|not enough|not a lot of) (?:real )?(?:chance|opportunity"
            r"|time|room|space) to (?:ask|speak|explain|talk|answer|show|finish|present|discuss|meet)\b",
            r"\balready (?:had|chosen|picked|selected|identified|found|lined up) (?:someone|somebody|a candidate"
            r"|an? (?:internal|preferred)|their (?:candidate|choice|pick)|a favourite)\b",
        ],
        rf"\b(?:{_EVENT}|{_PAY}|interviewers?|people|team|hiring manager|tone|questions?|answers|task|test|assignment"
        r"|exercise|take-home|schedul\w*+|communication|role|recruit\w*+|hr|timeline|logistics|offer|contract)\b",
    ),
    # Sent away none the wiser about the role or the team.
    "unclear": (
        [
            r"\b(?:came away|left|walked away|come away|leaving|finished) (?:\S+ ){0,3}?(?:unsure|unclear|confused"
            r"|uncertain|none the wiser|no clearer|without (?:a |any )?(?:clear|real|proper) (?:idea|sense|picture"
            r"|understanding))\b",
            r"\bmore questions than answers\b",
            r"\b(?:less|little|no) (?:clarity|understanding|sense|idea) (?:\S+ ){0,8}?than (?:i|we)"
            r" (?:had |would have )?(?:hoped|expected|wanted|liked)\b",
        ],
        r"\b(?:role|job|position|team|expectations|responsibilities|process|offer|involved|entail\w*+|day[- ]to[- ]day"
        rf"|they|you|reporting|{_MEETING})\b(?! (?:for|suits|fits) me)",
    ),
    # The offer measured against their own advert.
    "advert": (
        [
            # Not the writer's own need put by it: "a salary towards the top of the advertised range".
            r"\b(?<!top of the )(?<!end of the )(?<!middle of the )(?<!level of the )(?<!half of the )"
            r"advert(?:i[sz]\w*+|s)?\b",
            r"\b(?:job )?ad\b",
            r"\bposting\b",
            r"\blisting\b",
            r"\blisted\b",
            r"\bjob description\b",
            r"\bvacancy\b",
        ],
        # (Not the writer's own "different direction".)
        rf"\b(?:{_PAY}|less|lower|below|under|short of|off|different(?! direction)|not the same|changed|turned out"
        r"|in reality"
        r"|in practice|resemblance|no mention|nothing about|silent on|omitted|left out|never mentioned"
        r"|(?:didn't|did not|failed to) (?:mention|say|include))\b",
    ),
    # Anything of theirs found wanting: unhelpful, impersonal, hard to reach,
    # people who stopped replying or did not turn up.
    "wanting": (
        [
            r"\b(?:generic|impersonal|vague|unclear|inconsistent|unresponsive|unhelpful|disorgani[sz]ed)\b",
            # (Not of the writer: "this does not mean I was not interested in your team".)
            r"\b(?<!\bi was )(?<!\bi am )(?<!\bi'm )(?<!\bi )(?:not|isn't|wasn't|weren't|aren't) (?:very |really |that"
            r" |so |too |particularly |always |especially"
            r" |well ){0,2}(?:useful|helpful|clear|organi[sz]ed|coordinated|structured|joined-up|good|great|well|smooth"
            # "It is not fair to you if I join half-hearted": the writer's care for them.
            r"|reasonable|fair(?! (?:to|on) (?:you|them|the team|your team|anyone|everyone))|nice|positive"
            r"|responsive|professional|transparent|straightforward|consistent|personal|friendly|welcoming|engaged"
            r"|prepared|interested|informative|constructive)\b",
            r"\b(?:little|no|not much|any) interest\b",
            # "Little appetite for discussing how I might approach the role".
            r"\b(?:little|no|not much|limited) (?:appetite|willingness|openness|curiosity) (?:for|to)\b",
            r"\black(?:ing|ed)?\b",
            r"\bstopped (?:replying|responding|answering|getting back|returning)\b",
            r"\b(?:didn't|did not|never|failed to) (?:turn up|show up|reply|respond|call back|follow up|get back"
            r"|explain|answer|return)\b",
            r"\b(?:hard|difficult|not easy|impossible|tricky) to (?:reach|get hold of|contact|understand|follow"
            r"|pin down|get a (?:clear |straight )?answer)\b",
            r"\b(?:made|make|makes|making) me (?:question|doubt|wonder)\b",
            r"\bquestion(?:ed|ing)? whether\b",
            r"\b(?:was|were|felt|seemed|found it|been) (?:\S+ ){0,2}?disappointing\b",
            r"\b(?:complicated|convoluted)\b",
            r"\bthan (?:it|they|was) (?:really )?needed\b",
            r"\b(?:not|never|nobody|no one|no-one|didn't|hadn't|hasn't|haven't|wasn't|weren't|doesn't|don't)"
            r" (?:\S+ ){0,3}?(?:looked at|read|seen|opened) my\b",
            r"\btook (?:\S+ ){0,3}?(?:weeks|months) (?:to|before|for)\b",
            r"\b(?:postponed|stalled)\b",
            r"\b(?:was|were|been|felt|feel|being|got|get) (?:\S+ )?ignored\b",
            r"\bignored (?:me|my|us|our|all|every|the)\b",
            r"\b(?:cancelled|canceled)\b",
            # Too much asked, people who pressed or seemed cold.
            r"\b(?:far|much|way|rather|a bit|a little) too (?:long|many|demanding|onerous|heavy|intense)\b",
            r"\bkept (?:calling|ringing|chasing|pushing|pressing)\b",
            r"\b(?:cold|aloof|guarded|standoffish)\b(?! feet| call| email| outreach| storage| chain| room| store"
            r"| weather| water| brew)",
        ],
        r"\b(?:process|interview\w*+|panel|rounds?|stages?|recruit\w*+|hiring|hr|manager|team|offer|letter"
        r"|task|test|assignment|exercise|take-home"
        rf"|{_PAY}|feedback|communication|timeline|schedul\w*+|case study|questions?|experience|anyone|nobody|people"
        r"|they|interviewers?|job description|description|advert|job ad|posting|listing)\b",
    ),
}
COMPLAINTS = {
    kind: ([_without_apostrophes(p) for p in patterns], about) for kind, (patterns, about) in COMPLAINTS.items()
}
COMPLAINT_PATTERNS = [p for patterns, _about in COMPLAINTS.values() for p in patterns]
COMPLAINT = any_of(COMPLAINT_PATTERNS)
_COMPLAINT_KINDS = [(any_of(patterns), any_of([about])) for patterns, about in COMPLAINTS.values()]
# A sentence that thanks, praises or apologises is read as kind.
_KINDNESS = [
    r"\bthank\w*+",
    r"\bgrateful\b",
    r"\bappreciat\w*+(?! more)",
    r"\bsorry\b",
    r"\bapolog\w*+",
    r"\b(?:your|for) patience\b",
    r"\b(?:kept|keep|keeping|leave|leaving|left) you (?:waiting|hanging)\b",
    r"\byou waiting\b",
    r"\b(?:have|make|let|leave|keep|had|made|left|kept|having|making) you (?:\S+ )?wait\w*+",
    r"\b(?:quiet|silent) on (?:you|them|the team)\b",
    r"\b(?:i'm|i am) (?:still )?waiting (?:on|for) [^.!?\n]{0,60}?\b(?:other|another|current|my)\b",
    r"\bwait(?:ing|ed)? (?:for|on) (?:my|me)\b",
    r"\byou(?:'ve| have)? been waiting\b",
    r"\benjoy\w*+(?<!least enjoyable)",
    r"\blov(?:ed|ely)\b",
    r"\b(?:took|taken|taking) me\b",
    r"\bof your (?:\S+ )?time\b",
    r"\b(?:i'd|i would) love\b",
    # Not "as smoothly as I would have liked", nor "won't pretend it was the smoothest".
    r"\b(?<!\bas )(?<!\bnot )(?<!n't )(?<!\bthe )smooth\w*+",
    r"\bpleasure\b",
    # "our chat about salary was genuinely useful", "open and direct, which I personally like very much".
    r"\b(?:was|were|been|is) (?:genuinely |really |very |so )?(?:useful|helpful)\b",
    r"\bi (?:personally |really )?like\b",
    r"\bforgiv\w+",
    r"\bwonderful\b",
    r"\bkind(?:ly|ness)?\b(?! of)",
    r"\beas(?:y|ier)\b(?<!not easy)(?<!not easier)(?<!n't easy)",
    # Praise of the offer itself: "even if the offer was really attractive for me".
    r"\b(?<!not )(?<!n't )(?:attractive|generous|excellent)\b",
]
# The part that was the writer's own, said in the same sentence: "I think it didn't show me at my best",
# "not my best day", "maybe I did not explain my situation very well", "difficult on both sides", "not really
# what I am looking for". A remark so put is about the writer, however it starts ("To be honest, the final
# interview…").
# The writer's own blame, which softens a remark as an apology does ("not my best day", "my own fault").
# The writer's own fault, owned outright: it excuses even a fault said of them, as "that wasn't the reason" and
# "I could not show my best" do not ("my answers were a bit rushed, which was my own fault").
_OWN_FAULT = [
    r"\bmy own (?:fault|doing)\b",
    r"\b(?:that's|that is|that was|it's|it is|it was) (?:all |entirely |probably |partly |more )?on me\b",
    r"\bmy (?:fault|mistake|bad)\b",
]
OWN_FAULT = any_of(_OWN_FAULT)
_SELF_BLAME = [
    *_OWN_FAULT,
    r"\bmy best (?:day|self|work|performance|interview)\b",
    r"\bshow (?:\S+ )?my best\b",
    r"\b(?:show|showed|shown) me at my best\b",
    r"\b(?:didn't|did not|never) do myself justice\b",
    r"\b(?:not sure|unsure|doubt) (?:that |whether |if )?i did myself justice\b",
    r"\bi (?:did not|didn't) explain (?:\S+ ){0,3}?(?:very |so |as )?(?:well|clear|clearly)\b",
    # "that's entirely down to me and my nerves".
    r"\b(?:entirely |all |completely |totally )?(?:down to|on) me(?: and my \w+)?\b",
    r"\b(?:difficult|hard|tough|awkward|tricky|uncomfortable) (?:for us |for everyone )?on both sides\b",
]
_OWN_PART = [
    *_SELF_BLAME,
    r"\bwhat i(?:'m| am) (?:really )?looking for\b",
    r"\bwhether (?:what i bring|i (?:could|can|would) (?:bring|offer|give|add))\b",
    # "that is when I understood the role is not suitable for me".
    r"\b(?:role|job|position|it) (?:is|was|would be) not (?:suitable|right|a (?:good |great )?fit) for me\b",
    r"\b(?:role|job|position) (?:is|was|would be) not (?:really |quite )?for me\b",
    # The writer's own decision: "To be honest, this decision was not easy for me".
    r"\b(?:this|my|the) decision (?:was|is|has been) (?:not easy|hard|difficult|tough|not an easy one)\b",
    # The writer's reason named as such: "To be honest, the main reason is the compensation".
    r"\b(?:the|my) (?:main|real|only|biggest|chief|key|deciding) (?:reason|factor) (?:for (?:my|this) decision )?"
    r"(?:is|was)\b",
]
OWN_PART = any_of(_OWN_PART)
# The remarks soft enough for the writer's own part to make them theirs (see `_complaint`).
_SOFT_KINDS = ("candour", "hedged", "went_wrong", "pay_talk", "apart")
# "To be honest, the…", "Frankly, …": an opener, negative only by what follows it.
CANDOUR_OPENER = re.compile(r"(?:to be honest|frankly|honestly)\b", re.IGNORECASE)
# Saying it was not the reason: kind too, except where the thing denied is the sore point itself.
_DENIALS = [
    *_SELF_BLAME,
    r"\bnothing to do with\b",
    r"\bnot (?:about|because of|a reflection)\b",
    r"\bno reflection\b",
    r"\b(?:isn't|is not|wasn't|was not|not) (?:really )?the (?:reason|issue|problem|deciding factor)\b",
]
DENIALS = any_of(_DENIALS)
KINDNESS = any_of(_KINDNESS)
# "Nothing about the role, the offer or the people put me off": the complaint is what did not happen.
_NEGATED_SUBJECT = re.compile(r"(?:nothing|none|neither|nobody|no one|no-one|not one|no part)\b", re.IGNORECASE)
# Or as a thing to keep out of: "don't get into the comp conversation".
_AVOIDED_BEFORE = re.compile(r"(?:\bnot|n'?t|\bnever|\bno need to|\bavoid\w*+)(?: \S+){0,3} $", re.IGNORECASE)
# The talk about pay named as the setting, not the topic: "during our salary chat".
_SETTING_BEFORE = re.compile(
    r"\b(?:during|in|on|at|following|after|since|from|throughout|per|discussed in)(?: \S+)? $", re.IGNORECASE
)
_NEGATED_BEFORE = re.compile(
    r"(?:\bnot|n't|\b(?:did|was|were|is|are|has|have|had|do|does|could|would|should|wo|ca)nt|\bnever|\bno(?! doubt)"
    r"|\bwithout|\bnobody|\bno one|\bneither|\binstead of|\brather than)(?: \S+){0,2} $"
    # Praise by what they never did: "never once made me feel like a number".
    r"|\b(?:never|not|didn't|did not)(?: once)? (?:made|make|let) (?:me|us) feel $"
    # Praise by contrast: "made the panel feel less like an interrogation".
    r"|\bless (?:like |of )?(?:a |an )?$"
    # What the writer spares them: "than have you chasing me", "I did not want to keep you in the dark".
    r"|\bthan (?:have|having|let|letting|leave|leaving|keep|keeping) (?:you|them|anyone)(?: \S+)? $"
    r"|(?:\bnot|n't|\bnever) (?:want|wanting|wanted|like|mean|meant|wish|wished|intend|intended)(?: you| them)? to"
    r"(?: \S+){0,3} $",
    re.IGNORECASE,
)
# Something of theirs a sentence can name, and the writer's own: a negative word in a sentence with only the second
# is about the writer's life.
_THEIRS = (
    r"\b(?:you|your|yours|they|their|them|the (?:panel|team|company|firm|process|interviews?|offer|salary|package|role"
    r"|position|recruit\w*|hr|advert\w*|hiring|organi[sz]ation|office|people|day|call|conversation|discussion|questions"
    r"|final|last|first|second|schedule|range|pay|number|figure)|interview\w*|panel|process|offer|salary|pay|application"
    r"|grilling|thanks? for|thank you for)\b"
)
THEIRS = any_of([_THEIRS])
MINE = any_of([r"\b(?:my|i|i'm|i've|we've|we|our|me|here)\b"])
# A fault of theirs waved away in the sentence that names it, or the writer's own need put by their figure:
# "There's honestly no need to apologise for the late start", "I understand that last-minute meetings do come
# up, and I was glad the panel could make time", "so please don't give a second thought to how long everything
# took", "I respect that the package is what it is", "I need a salary closer to the top of what was advertised".
_ABSOLVED = (
    r"\bno (?:need to apologi[sz]e|apology (?:is )?needed)\b|\b(?:was|is|were) no (?:problem|trouble|bother)\b"
    r"|\bno (?:bother|worries|trouble|problem|stress)(?: at all)?,? (?:on|about|with|over|that|for)\b"
    r"|\bno (?:bother|worries|trouble) at all\b|\bplease (?:do not|don't) worry about\b"
    r"|\b(?:late|behind) myself\b|\bi do it myself\b|\bin no position to complain\b"
    r"|\b(?:forgive|excuse) (?:the|my) (?:delay|late)\b|\bdon't give (?:it |that )?a second thought\b"
    r"|\bi (?:fully |completely |totally )?understand why\b"
    r"|\bi (?:respect|accept) that\b|\bglad (?:the panel|you|they|the team) could make time\b"
    r"|\bi (?:really )?need (?:a salary|a package|to be (?:nearer|closer)|the salary)\b"
    r"|\b(?:match|meet|fit|suit) my (?:\w+ ){0,2}(?:needs|requirements|situation)\b"
    r"|\bwhich is (?:totally |completely |entirely |perfectly )?(?:fair|understandable|fine)\b"
    r"|\b(?:never been|isn't|is not|not) my strong suit\b"
    r"|\bi (?:was|am|'m) (?:\S+ ){0,2}?(?:a bit |a little |rather |quite |too )?(?:awkward|nervous|stiff)\b"
    r"|\bnot very good at\b|\bmy english\b"
    # "did not go as smoothly as either of us would have liked", "at every single stage I was kept informed" (not
    # "but I understand every company has its own process", which readers took as the jab's cushion).
    r"|\bas (?:either|both) of us would have (?:liked|wanted|hoped)\b"
    r"|\bwhere (?:either|both) of us (?:wanted|would have liked|hoped|would have wanted)\b"
    r"|\bi was kept informed\b"
    # The writer's own manner owned: "I probably came across a bit flat on that call, so sorry if that was the case".
    r"|\bi (?:probably |may have |might have |must have )?came across (?:as )?(?:a bit |a little |rather |quite |too )?"
    r"(?:flat|awkward|stiff|cold|nervous|abrupt|short|distracted|tired|blunt)\b"
)
ABSOLVED = any_of([_ABSOLVED])
# How far before a match a negation in _NEGATED_BEFORE is looked for: far enough
# for "never once made me feel " before "like a number".
_NEGATION_REACH = 32
# A complaint after "but" or "though" is not softened by thanks before it:
# "I enjoyed meeting the team, though the scheduling felt rushed".
_CONTRAST = re.compile(
    r"\b(?:but|though|although|however|except|apart from|even if|even though|that said|whereas|otherwise)\b"
)
# Nor by thanks after a later "but" ("…wasn't my favourite, but I appreciate your patience"); a concession
# after it ("…is not reasonable, even if the offer was really attractive") still softens.
_BUT = re.compile(r"\b(?:but|however|that said)\b")
# Said well of the pay ("fair", "generous", "in line with the advert"), a mention of it faults nothing.
PAY_PRAISED = any_of(
    [
        r"\b(?:fair|fairly|generous|competitive|matched|good|strong|above|right|fine|reasonable|spot on)\b(?! way)"
        r"(?<!not right)(?<!not fine)",
        r"\bin line with\b(?<!not in line with)(?<!something in line with)",
    ]
)
# One pass for both: every match is a finding.
NEGATIVITY = any_of(NEGATIVE_PATTERNS + CRITICISM_PATTERNS)
# The subject is searched for those and the faults that count when denied.
SUBJECT_OBJECTION = any_of(NEGATIVE_PATTERNS + CRITICISM_PATTERNS + DENIED_PATTERNS)
# And one pass over the text for those and the complaints read from a sentence.
EVERY_OBJECTION = any_of(NEGATIVE_PATTERNS + CRITICISM_PATTERNS + COMPLAINT_PATTERNS + DENIED_PATTERNS)
# Words about the writer's own feelings, not the employer's faults.
# "I'm useless with names", "I was terrible at the whiteboard": said of themselves.
_SELF_DIRECTED = (
    r"\b(?:feel|feels|felt|feeling)(?: \S+)? (?:terrible|awful|horrible|bad)\b|\bfrankly stressful\b"
    # Doubts about the writer's own fit: "left me with some doubts about whether what I bring is what they need".
    r"|\bleft me with (?:some |a few )?doubts? about whether (?:what )?i\b"
    # The writer's own life: "things have been a bit all over the place" (said sorry for being late).
    # A delay of theirs waved away: "No bother at all about the late start", "the later start time was no
    # problem for me", "The delay on the interview day was no trouble at all".
    r"|\bno (?:bother|worries|trouble|problem)(?: at all)?,? (?:about|with|over) (?:the )?(?:late start|later start"
    r"|delay|wait)\b"
    r"|\b(?:late start|later start(?: time)?|delay|wait)\b[^.!?\n]{0,40}\bwas no (?:problem|trouble|bother)\b"
    # "the last days were a bit chaotic here": the writer's side.
    r"|\b(?:were|was|have been|has been) (?:a bit |a little |rather |quite |pretty |so )?(?:chaotic|hectic|crazy|mad)"
    r" (?:here|on my (?:end|side)|at my end|for me)\b"
    r"|\b(?:things|life|my (?:week|month|life|head|schedule|diary)) (?:have|has|had) been"
    r" (?:a bit |a little |rather |quite |pretty |so )?all over the place\b"
    # "I'm a bit all over the place this week", "I felt like my first email was a little abrupt".
    r"|\bi(?:'m| am| was|'ve been| have been) (?:a bit |a little |rather |completely |totally |so )?all over"
    r" the place\b"
    r"|\bmy (?:first |last |earlier |previous |own )?(?:email|message|note|reply|answer|response|letter|call|tone)"
    r" (?:was|is|felt|seemed|sounded|came across) (?:a (?:little|bit) |rather |quite |too |very |so )?(?:abrupt|short"
    r"|blunt|curt|brief|cold|clumsy|rushed|terse|harsh)\b"
    r"|\b(?:i(?:'m| am| was)|my (?:english|german|french|answers?|voice)) (?:\S+ ){0,3}?(?:a bit |a little |probably |"
    r"rather |quite )?(?:awkward|stiff|clumsy|rusty|not (?:very |so |that )?good)\b"
    r"|\b(?:i'm|i am|i was|i've been|i have been|i've always been|i can be|i get|i felt|i feel)(?: \S+){0,2}? "
    r"(?:useless|hopeless|terrible|awful|rubbish|horrible|clueless|stupid|(?:dis|un)organi[sz]ed|chaotic|sloppy"
    r"|desperate"
    r"|pathetic|boring|mediocre|amateur\w*|an? (?:\S+ )?(?:mess|idiot))\b"
)
SELF_DIRECTED = any_of([_SELF_DIRECTED])

ACRONYMS = wordset(
    """
    AI AM API APAC ASAP AUD AWS BA BBC BI BP CAD CEO CFO CHF CIO CISO CMO CO COO CPO CRM CSS CTO CV DM EM EMEA EOD
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
        # A note to self can run long: "[IF LATE: I know the deadline was (DATE), and I apologise…]".
        opened = flat.rfind(opening, max(0, start - 120), start)
        if opened >= 0 and flat.rfind(closing, opened, start) < 0 and flat.find(closing, start, start + 120) >= 0:
            return True
    return False


def _kind_scope(sentence: str, offset: int) -> int:
    """Where the part of `sentence` that can soften the complaint at `offset` starts.

    After a contrast ("…, though the scheduling felt rushed") only what
    follows it counts; a sentence that opens with one ("Although I enjoyed
    it, the wait was long") keeps only what follows its first comma.
    """
    scope = 0
    for contrast in _CONTRAST.finditer(sentence.lower(), 0, offset):
        if sentence[: contrast.start()].strip():
            scope = contrast.start()
        else:
            comma = sentence.find(",", contrast.end(), offset)
            scope = comma + 1 if comma >= 0 else 0
    return scope


# How many remarks of one sentence are read before it is left alone (a very long sentence of remarks
# and thanks would otherwise be read again from its start for each of them).
_READINGS = 12


def _complaint(email, m: re.Match, seen: dict[int, list[int]]):
    """A finding if the sentence around `m` pairs this complaint with something of theirs (see COMPLAINTS).

    `seen` keeps, for each sentence read, [readings so far, where the thanks that softened a remark stop]:
    a remark before that point is softened too; one after a later "but" or "even if" is read on its own."""
    flat = email.flat
    begin, stop = email.sentence(m.start(), m.end())
    state = seen.setdefault(begin, [0, 0])
    if state[0] >= _READINGS or m.start() < state[1]:
        return None
    if _NEGATED_BEFORE.search(flat, max(begin, m.start() - _NEGATION_REACH), m.start()):
        return None
    state[0] += 1
    sentence = flat[begin:stop]
    if ABSOLVED.search(sentence):
        return None
    offset = m.start() - begin
    negated_subject = _NEGATED_SUBJECT.match(sentence)
    if negated_subject and offset >= negated_subject.end() and not _CONTRAST.search(sentence.lower(), 0, offset):
        return None
    scope = _kind_scope(sentence, offset)
    softening = sentence[scope:]
    after = _BUT.search(softening.lower(), offset - scope + len(m.group()))
    if KINDNESS.search(softening[: after.start()] if after else softening):
        # Softened up to the next turn of the sentence ("but", "even if"): a remark after it is read on its own.
        turn = _CONTRAST.search(sentence.lower(), offset + len(m.group()))
        state[1] = begin + turn.start() if turn else stop
        return None
    # The writer's own part, said in the sentence, makes a soft remark theirs (the talk about pay, a meeting
    # that "didn't go the way I hoped", a candid aside), not a plain fault of the employer's.
    own_part = OWN_PART.search(sentence)
    # A denial still counts after "but": "other companies have offered more, but money isn't the reason".
    denied = DENIALS.search(softening)
    for kind, (complaint, about) in zip(COMPLAINTS, _COMPLAINT_KINDS, strict=True):
        if kind in ("pay", "advert", "pay_talk") and PAY_PRAISED.search(sentence):
            continue
        if own_part and kind in _SOFT_KINDS:
            continue
        if kind == "pay_talk":
            if _SETTING_BEFORE.search(sentence, max(0, offset - 24), offset) or _AVOIDED_BEFORE.search(
                sentence, max(0, offset - 40), offset
            ):
                continue
        elif denied and (kind != "faulted" or OWN_FAULT.search(softening)):
            continue
        if complaint.match(sentence, offset) and about.search(sentence):
            state[0] = _READINGS  # one finding a sentence
            return email.finding(f"{curly(m.group())} faults them — keep to your reasons, not their faults.", m)
    return None


def _denied(email, flat: str, m: re.Match, *, in_subject: bool) -> bool:
    """Whether a fault of DENIED is denied a few words before it, in its sentence, and not waved away there
    ("we didn't quite see eye to eye on salary, and I probably came across a bit flat on that call")."""
    if in_subject:
        return bool(_DENIAL_BEFORE.search(flat, max(0, m.start() - 50), m.start()))
    begin, stop = email.sentence(m.start(), m.end())
    return bool(_DENIAL_BEFORE.search(flat, max(begin, m.start() - 50), m.start())) and not ABSOLVED.search(
        flat, begin, stop
    )


# How far past a complaint that came to nothing a criticism starting inside it may run.
_REACH = 200


def _negative(email, flat: str, *, in_subject: bool) -> list:
    """Negative words and polite criticism; in the text, complaints read from their sentence too."""
    found, sentences, complained = [], set(), {}
    # What each sentence says of the writer, read once a sentence (a long one may hold many matches).
    read: dict[int, tuple[list[tuple[int, int]], bool]] = {}

    def negativity(m: re.Match):
        # Said of the writer, in the match's own sentence: only that sentence is read for it.
        begin, stop = (0, len(flat)) if in_subject else email.sentence(m.start(), m.end())
        if begin not in read:
            spans = [s.span() for s in SELF_DIRECTED.finditer(flat, begin, stop)]
            if not in_subject and ABSOLVED.search(flat, begin, stop):
                spans.append((begin, stop))  # a fault of theirs the writer waves away in the same sentence
            read[begin] = (spans, not in_subject and bool(OWN_PART.search(flat, begin, stop)))
        spans, own_part = read[begin]
        if any(start <= m.start() < end for start, end in spans):
            return None
        # "My commute is terrible in the rainy season", "We've had awful storms": a negative word in a sentence that
        # names nothing of theirs is about the writer's own life.
        if (
            not in_subject
            and NEGATIVE.match(flat, m.start())
            and not CRITICISM.match(flat, m.start())
            and not CANDOUR_OPENER.match(flat, m.start())
            and not THEIRS.search(flat, begin, stop)
            and MINE.search(flat, begin, stop)
        ):
            return None
        # Only a candour opener is the writer's own where they take their part ("To be honest, the final
        # interview was difficult for me and I could not show my best"); a negative word is not.
        if own_part and CANDOUR_OPENER.match(flat, m.start()):
            return None
        # A negation in the sentence before is not this one's: "so it wasn't meant to be. Final round wasn't quite
        # what I expected".
        if _NEGATED_BEFORE.search(flat, max(begin, m.start() - _NEGATION_REACH), m.start()):
            return None
        message = f"{curly(m.group())} can read as negative — keep to your reasons, not their faults."
        return email.finding(message, m, in_subject=in_subject)

    pattern = SUBJECT_OBJECTION if in_subject else EVERY_OBJECTION
    warned: set[int] = set()  # sentences with a finding: one is enough, and the rest of it is not read again
    for m in pattern.finditer(flat):
        begin = 0 if in_subject else email.sentence(m.start())[0]
        if begin in warned:
            continue
        if NEGATIVITY.match(flat, m.start()):
            finding = negativity(m)
        elif DENIED.match(flat, m.start()) and _denied(email, flat, m, in_subject=in_subject):
            message = f"{curly(m.group())} faults them — keep to your reasons, not their faults."
            finding = email.finding(message, m, in_subject=in_subject)
        else:
            finding = None if in_subject else _complaint(email, m, complained)
            if finding is None:
                # A complaint that came to nothing may hide criticism that starts
                # inside it ("did not match what I expected").
                inner = NEGATIVITY.search(flat, m.start() + 1, m.end() + _REACH)
                finding = negativity(inner) if inner and inner.start() < m.end() else None
        if finding is not None:
            warned.add(begin)
        if finding is not None and finding.start not in sentences:
            sentences.add(finding.start)
            found.append(finding)
        if len(found) >= MAX_FOUND:
            break
    return found


# A name signed with its letters after it: "Renee Calloway, MSN, APRN, FNP-C".
POST_NOMINALS = re.compile(r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}(?:, [A-Z][A-Za-z.-]{1,7})+$", re.MULTILINE)


def _shouting(email, context) -> list:
    known = {w.upper() for w in words(f"{context.company} {context.role} {context.contact_name}")}
    found = []
    for in_subject, flat in ((True, email.flat_subject), (False, email.flat)):
        signed = [m.span() for m in POST_NOMINALS.finditer(flat)] if "," in flat else []
        for m in CAPS_WORD.finditer(flat):
            word = m.group()
            if word in ACRONYMS or word in known or _bracketed(flat, m.start()) or BLANKS.fullmatch(word):
                continue
            if any(start <= m.start() < end for start, end in signed):
                continue
            found.append((in_subject, m))
            if len(found) >= MAX_FOUND:
                break
        if len(found) >= MAX_FOUND:
            break
    if len(found) < SHOUT_THRESHOLD:
        return []
    # One finding a sentence, so that dismissing one leaves a shout elsewhere still warned.
    by_sentence: dict[tuple[bool, str], list] = {}
    for in_subject, m in found:
        finding = email.finding("", m, in_subject=in_subject)
        by_sentence.setdefault((in_subject, finding.quote), [finding, []])[1].append(curly(m.group()))
    return [
        replace(finding, message=f"{', '.join(shouted)} in capitals read as shouting — use ordinary case.")
        for finding, shouted in by_sentence.values()
    ]


def _exclamations(email) -> list:
    """Every run ("!!"), each in its sentence; without one, every mark past the
    second. Each is a finding of its own, so dismissing one still warns of the next."""
    runs = [
        (in_subject, run.span(), f"{curly(run.group())} reads as overexcited — one exclamation mark at most.")
        for in_subject, flat in ((True, email.flat_subject), (False, email.flat))
        for run in EXCLAMATION_RUN.finditer(flat)
    ]
    if runs:
        return _one_a_sentence(email, runs)
    if email.flat_subject.count("!") + email.flat.count("!") <= MAX_EXCLAMATIONS:
        return []
    marks = [(True, i) for i, c in enumerate(email.flat_subject) if c == "!"]
    marks += [(False, m.start()) for m in re.finditer("!", email.flat)]
    message = f"{len(marks)} exclamation marks — keep to one or two."
    # Quote the sentence with the one too many, and any after it.
    return _one_a_sentence(email, [(s, (p, p + 1), message) for s, p in marks[MAX_EXCLAMATIONS:]])


def _one_a_sentence(email, spots) -> list:
    """A finding for each sentence holding one of `spots` (in_subject, span, message),
    at most `MAX_FOUND`; a sentence is read once however many it holds."""
    findings, read_to = [], {True: -1, False: -1}
    for in_subject, (start, end), message in spots:
        if start < read_to[in_subject]:
            continue
        read_to[in_subject] = len(email.flat_subject) if in_subject else email.sentence(start, end)[1]
        findings.append(email.finding(message, (start, end), in_subject=in_subject))
        if len(findings) >= MAX_FOUND:
            break
    return findings


# --- What the readers' own labels teach --------------------------------------------
#
# However many constructions are read above, the next writer finds another way to make the same dig. So each
# sentence is also weighed word by word against the readers' own labels: a logistic regression over the words and
# word pairs of every sentence in the tuning sets (a sentence a reader quoted as the problem counts as a jab, every
# sentence of a message they passed as not one), trained by `corpus/train_tone.py` and shipped as weights. It is set
# to warn only where it is sure (see the threshold there), so it catches wordings the constructions have not met
# without warning on the writer's own life; never trained on the held-out third.

WEIGHTS = Path(__file__).with_name("professional_tone_weights.json")
LEARNED_MESSAGE = "This can read as a complaint about them — keep to your reasons, not their faults."


def _features(words: list[str]) -> set:
    """The words and each pair of neighbouring words (a pair as a tuple: no string is built for it)."""
    return {*words, *zip(words, words[1:], strict=False)}


def sentence_features(sentence: str) -> set:
    """The features of one sentence, as the weights know them."""
    return _features(WORD.findall(straighten(sentence).lower()))


@functools.cache
def learned_weights() -> tuple[dict, float, float]:
    """The weights (a pair's key is its two words; none is zero), the bias and the bar a sentence's score must
    reach (in log-odds), read once a process."""
    model = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    weights = {tuple(key.split(" ")) if " " in key else key: weight for key, weight in model["weights"].items()}
    return weights, model["bias"], model["bar"]


def _score(features: set) -> float:
    weights, bias, _bar = learned_weights()
    # One lookup a feature; a feature without a weight gives None, which the filter drops.
    return bias + sum(filter(None, map(weights.get, features)))


def jab_score(sentence: str) -> float:
    """The log-odds that the readers would call this sentence a jab at the employer."""
    return _score(sentence_features(sentence))


def _learned(email, quoted: set[str]) -> list:
    """A finding for each sentence the weights are sure is a jab, but for those a construction already quoted."""
    bar = learned_weights()[2]
    found = []
    for (begin, stop), tokens in zip(email.sentences, email.sentence_words, strict=True):
        if _score(_features(tokens)) < bar:
            continue
        finding = email.finding(LEARNED_MESSAGE, (begin, stop))
        if finding.quote not in quoted:
            found.append(finding)
            if len(found) >= MAX_FOUND:
                break
    return found


def check(email, context):
    findings = _negative(email, email.flat_subject, in_subject=True) + _negative(email, email.flat, in_subject=False)
    findings += _learned(email, {finding.quote for finding in findings})
    findings += _shouting(email, context) + _exclamations(email)
    return warn(findings)


MUST_WARN = [
    "Perhaps it would be worth updating the job advert, so that future candidates aren't misled as I was.",
    "You might consider briefing panel members on the role beforehand.",
    "Thank you for educating me on what a person with my experience is 'actually worth' in the market.",
    "Thanks for making it so clear that the number wasn't up for discussion; it made my decision easier.",
    "I wish you every success with future recruitment, and perhaps a slightly brisker timetable.",
    "The process was a touch longer than I'd expected.",
    "The process took a little longer than I expected, to say it politely.",
    "I hope whoever accepts the role enjoys the final stage rather more than I did.",
    "Several of the questions seemed to relate to an entirely different job.",
    "The day was perhaps not quite as well organised as I'd anticipated.",
    "I'd have welcomed a genuine discussion about pay rather than the suggestion that I ought simply to be grateful.",
    "When I raised pay, being told I should be 'grateful for the opportunity' didn't sit too well with me.",
    "I didn't come away from our call about the package feeling entirely valued.",
    "I hope your next search moves a little faster, for everyone's sake.",
    "I waited at the reception for forty-five minutes, and nobody informed me about the delay.",
    "Funny how $68k in the ad turned into $58k on paper.",
    "Just a friendly tip: a quick email every fortnight goes a long way.",
    "Waiting forty minutes in reception gave me a fair idea of how things run day to day.",
    "I've run Saturday night services with less chaos than that interview day.",
    "To be honest, I felt the panel had already made the decision before I entered the room.",
    "In my other interviews the salary topic was handled as a two-way conversation, which I felt was more respectful.",
    "No need to keep my details on file, I think we've both seen enough of each other.",
    "I think we both learned enough about each other in this process.",
    "Not every part of the process went the way I'd hoped.",
    "I'm sure you'll find someone who is the right match for the role and the package.",
    "I don't think the final round really gave me a chance to show that side of my work.",
    "Had the original offer been in line with the range in the advert, things may well have gone differently.",
    "The final interview left me less sure it was the right fit anyway.",
    "I felt the discussion focused more on finding what was wrong in my case study than on my approach.",
    "The conversation was more about poking holes than figuring out whether we'd work well together.",
    "A lot of questions were about things that were not really part of the job description.",
    "Maybe at that time we can align on the compensation part a little earlier in the process.",
    "Thanks for your time. Final round aside.",
    "I'll be honest, the salary chat left me feeling a bit flat.",
    "Regarding the final interview, I left with the feeling the discussion was not really about my work.",
    "I appreciated finally having the offer in hand after such a long process.",
    "Hopefully it saves someone some time. I know time was tight on your end during my process.",
    "Please thank Fatima and Leila for their time. It was a long process, but I did enjoy the chats.",
    "I'll be honest that we were probably never going to see quite eye to eye on the numbers.",
    "I know we didn't totally land in the same place on compensation, and that's alright, I hope it didn't leave any "
    "bad taste on your end either.",
    "I suspect the offer and I were not quite as aligned as the advertisement had led me to expect.",
    "Thank you for your time. Some parts of it I found very useful, others less.",
    "Please pass my thanks to Mr. Owens, in the last round he made some things very clear to me.",
    "I had the impression that my experience was not fully taken into account.",
    "The panel round began later than scheduled and at some points not everyone was fully engaged.",
    "I would only request that we discuss the compensation expectations at the beginning itself.",
    "If we do, I'd hope it moves faster than last time and lands closer to the posted range.",
    "Final round was a tough one, but the earlier conversations were good.",
    "The final round wasn't a great experience on my end but I appreciate the rest of it.",
    "I found the salary discussion a little difficult, as the figure felt some distance from where I had understood "
    "the role to sit.",
    "If there is a chance in the future, I hope we can discuss the salary part more openly at an early stage.",
    "The final round was a lot rougher than the rest of it, honestly, so if I come back through I'd hope that part "
    "looks different.",
    "The case study was different from what Nadia told me before.",
    "In the session with Sean I felt there was not enough time to show my approach.",
    "It felt like most of it was about budgets and managing people and not much about the actual learning side.",
    "The commute to VI was long and the salary was poor compared to market.",
    "Honestly the package was poor compared to market.",
    "The offer seemed rather paltry for the scope.",
    "Thanks for three weeks of my life I won't get back.",
    "I'm sure you'll find someone happy to work for that package.",
    "I noticed the role has been advertised again for the third time, and I hope you find the right person this time.",
    "I'd also have expected a bit more than £92k for a board-facing role.",
    "Your office was a dump.",
    "Your HR process was a disaster.",
    "Honestly your HR process was a total disaster.",
    "The whole interview process felt like a bit of a nightmare.",
    "The hiring process was a total fiasco.",
    "Honestly, the building is a bit of a dump.",
    "I hated the interview.",
    "I hated how the panel spoke to each other.",
    "The offer was frankly insulting and not what I am looking for.",
    "I know I didn't show my best on the day, but the whole process was a shambles and a waste of my time.",
    "The final interview was a box-ticking exercise and the role is not what I'm looking for.",
    "Honestly, the figure being a fair bit under what was in the job advert made it an easier decision than it might"
    " have been.",
    "I walked out of the final round feeling like we were having two pretty different conversations about what this"
    " role actually is.",
    "Next time I'd love for us to have a more open conversation about compensation a little earlier on.",
    "The final interview felt a bit different from the rest of the process for me, but ok, this is how it is.",
    "That last round felt quite different from the earlier ones and i came out of it not sure what was being assessed.",
    "I considered asking for more, but after the final round I did not think it would go anywhere.",
    "I will say the final interview made that clearer than I expected it to.",
    "Would just be good to have a clearer idea of the timeline and salary up front this time round.",
    "I also remember mentioning that the panel day had been a little stretched.",
    "Glad to hear the team is growing, and that hiring is moving a bit quicker these days!",
    "Thank you for the offer, but with how the final interview went I don't think it's the right move for me.",
    "I felt some of the questions were more to put pressure than to understand my work.",
    "I know we came at it from pretty different places, and I'm grateful we could talk it through even if we didn't"
    " quite meet in the middle.",
    "I did appreciate you being upfront about where things sat budget-wise, even if we were coming at it from"
    " fairly different places.",
    "I'll be honest that the final interview left me feeling a little flat.",
    "I will gently say that the gaps between rounds were long, and a couple of times I assumed the role had closed.",
    "The only thing I'd gently flag is that the salary conversation didn't sit quite right with me.",
    "Since I may not get another chance to say it, I will add that the final interview left me a little disappointed.",
    "This was a bit disappointing for me, because the job description was focusing more on the engineering part.",
    "Unfortunately the final interview was shorter than scheduled and I did not have the opportunity to ask my"
    " questions about the team.",
    "Given how long the process ran on both sides, I wanted to give the decision proper thought.",
    "I won't pretend the salary conversation was my favorite part of the process.",
    "I won't pretend the final round was my favorite, but I learned a lot.",
    "After the final interview I think it will also not be a big surprise for you.",
    "I'd be open to it, though I'd want to line up on comp and timeline at the start next time.",
    "I'll admit the final interview didn't feel like a great reflection of either of us.",
    "I came out of that one feeling like I'd been interviewed for a different job from the one I applied for.",
    "The last interview was not the easiest for me... but I would be glad to stay connected.",
    "I know the last round didn't exactly go the way either of us would have hoped, but you were great.",
    "I also came away from the final round feeling it did not go the way I expected.",
    "I'd be curious whether there's more room on pay. That was part of what made this a harder call than it needed to"
    " be.",
    "Regarding the salary, I think we had a slightly different understanding of the level of this role.",
    # Polite jabs: what tipped the no, a grievance laid to rest aloud, thanks with a barb.
    "The final interview also made the decision easier than it might have been.",
    "I'd have preferred to find that out in the first round rather than the fourth.",
    "We didn't exactly click in the final round. Water under the bridge.",
    "Thank you for keeping things moving when nobody else seemed inclined to.",
    "Forty minutes late to start, and a case study nobody appeared to have read.",
    "The final interview left me with some questions about how the team works.",
    "The offer was a fair way south of the range in the advert.",
    "It was a long process, with more quiet spells than I expected.",
    "I appreciated your candour on pay. It certainly gave me a clear picture of where things stood.",
    "I've repeated the same answers to five interviewers.",
    "The final round was, frankly, more of a chore than a conversation.",
    # An unmet wish about their process; their pay judged against the job.
    "I had hoped the final interview would leave more room for the technical side of the role.",
    "The salary was not where it needed to be for a role of this scope.",
    {"text": "The process was a waste of time.", "quote": "The process was a waste of time."},
    "The process went quiet for three weeks.",
    "The panel was rather cold.",
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
    "It would have been helpful to know the salary range was not accurate before the final round.",
    "The feedback I asked for never arrived.",
    "I got the sense the team were not really listening.",
    "The process could do with some streamlining.",
    "The salary you proposed is under what other companies pay for this level.",
    "The interview schedule changed three times, which made it difficult to plan.",
    "I was a bit put out that the recruiter never called me back.",
    "I heard nothing for weeks at a time.",
    "It seemed to me the panel had already made up its mind before I walked in.",
    "The offer was a fair way off the range you advertised.",
    "The recruiter stopped replying for almost a month.",
    "It felt like the panel had not looked at my portfolio before the interview.",
    "Honestly the number you came back with was disappointing.",
    # Likened to an ordeal, caught out, a mind made up before.
    "The final round felt more like a stress test than a conversation.",
    "It seemed less a conversation and more an exam.",
    "It felt more like I was being caught out than like two parties getting to know each other.",
    "It felt like the decision was already made before I started the interview.",
    # Not given its due; at odds over pay.
    "The salary conversation left me with the impression my experience wasn't being given quite the weight I'd hoped.",
    "It left me feeling that my years in the field were not really recognised.",
    "I didn't feel my experience was given the credit it deserved.",
    "I will not pretend we were fully on the same page on the package.",
    "Even if we didn't totally see eye to eye on salary, thank you.",
    "We were never quite aligned on compensation.",
    # Thanks first, then the complaint.
    "I enjoyed meeting Elena and Tomás, though the scheduling felt a bit rushed at times.",
    # Typed without apostrophes.
    "I felt like I wasnt really given a fair chance to explain my approach on the design question.",
    "The interviewers didnt seem interested in my answers.",
    # Sarcasm and the barbed aside.
    "No doubt the right candidate will be delighted with that salary.",
    "Thank you for eventually sending the written offer.",
    "It was good of you to finally get back to me after five weeks.",
    "The final round was an experience, to put it mildly.",
    "Let's just say the panel day was memorable.",
    "It was quite the process.",
    "Six rounds certainly taught me patience.",
    "I'm sure it was just an oversight that the advert said remote.",
    "Thanks for the offer, such as it was.",
    # Advice about how they run things; blame as what might have been.
    "You may want to update the job advert so the next candidate knows about the on-call rota.",
    "Your team should really look at how long the process takes.",
    "I'd gently suggest that the recruiter reads the CV before the call.",
    "Had the recruiter been clearer about the hours up front, we could all have saved some time.",
    "It's a pity nobody mentioned the travel until the final round.",
    "The panel seemed to have somewhere better to be.",
    "The hiring manager spent most of the call talking about himself.",
    # The workplace itself.
    "The team seemed overstretched and morale looked low.",
    "I got the impression there is a lot of turnover on the team.",
    "The role seemed poorly defined.",
    "Everyone I met seemed burnt out.",
    # Knowing asides and hopes not met.
    "I'm sure the figure made sense on a spreadsheet somewhere.",
    "It's an interesting approach to pay someone at my level a graduate salary.",
    "The package would suit someone with far less experience.",
    "I was hoping for an offer that reflected the market.",
    "Given the scope of the role, the salary was a surprise.",
    "Let's be honest, the offer was on the modest side.",
    "I'm sure there's a reason the process needed six stages.",
    "Five rounds felt a little excessive for a mid-level role.",
    "I did wonder whether anyone had read my application before the first call.",
    "Three reschedules in a row made it hard to feel like a priority.",
    "It would have been nice to hear something, anything, between rounds.",
    "I appreciate that everyone is busy, but a quick update now and then would have gone a long way.",
    "The role as described in the advert bore little resemblance to what we discussed.",
    "The advert mentioned remote work, which turned out to mean two days a week in the office.",
    "I got the impression the panel would rather have been elsewhere.",
    "The technical interviewer was, let's say, very direct.",
    # Doubts about the employer itself.
    "I've heard mixed things about the culture, and the interviews didn't entirely reassure me.",
    "I have some reservations about the direction the company is heading.",
    "I wasn't convinced the team has a clear strategy.",
    "It seemed like the team is still figuring out what it wants.",
    # Talking down, too much asked, people found cold.
    "As I'm sure you can appreciate, someone with my experience has options.",
    "You'll no doubt find someone who fits your budget.",
    "Perhaps a more junior candidate would be a better match for the salary.",
    "A word of advice: mention the on-call rota up front.",
    "In future, it might be worth telling candidates about the hours.",
    "The take-home task was far too long for an unpaid exercise.",
    "The recruiter kept calling me at work.",
    "The recruiter was quite pushy about the deadline.",
    "I felt the team wasn't very welcoming.",
    "Your company clearly doesn't value its engineers.",
    "The hiring manager came across as rather cold.",
    "The benefits were quite thin compared to other offers.",
    "I'm not sure your team knows what it wants from this role.",
    # In every voice.
    "I would observe that the timetable for the process was not adhered to.",
    "The salary was unfortunately not on the level which was told to me in the first interview.",
    "I must say the communication from HR was not so good.",
    "I feel the interview questions were not related to the job.",
    "Bless your hearts, y'all sure do take your time with offers!",
    "Y'all might wanna rethink that salary, just sayin'.",
    "Tbh the final round was a bit of a shambles.",
    "The panel were a bit up themselves.",
    "Honestly the whole thing was a bit of a faff.",
    # Irony: praise that cuts both ways.
    "The pay discussion was certainly direct, and at least I knew my place.",
    "The assessment day was, if nothing else, eventful.",
    "I must say the recruitment process was an education.",
    # The feeling it left.
    "I walked out of the second round with an uneasy feeling about the team.",
    "I can't pretend the last call left me feeling valued.",
    "I came away from the panel none the wiser about what the job involves.",
    "I can't say the process filled me with confidence.",
    # Judged before it began.
    "The interviewers seemed to have a preconceived idea of the kind of person they wanted.",
    "My sense is the outcome on my application was already settled before the final round.",
    "It felt as though the team had already chosen someone internally.",
    # Said to be candid, about their meetings.
    "I'll be frank, the technical round was not what either of us hoped for.",
    "In all honesty, the last interview still sits oddly with me.",
    # The talk about pay, named.
    "For what it's worth, the decision has nothing to do with our conversation about pay.",
    "The compensation discussion is something I've thought about a lot since.",
    # Measured against a standard and found short.
    "The figure was some way short of what we had discussed on the phone.",
    "I had been hoping for an offer closer to the advertised band.",
    "The salary is well below what the position deserves.",
    "Unfortunately the day did not match what I would have expected from a firm like yours.",
    "The contract came ten days after you said it would.",
    # Advice for the next one.
    "It might help future applicants to hear about the on-call rota sooner.",
    "Perhaps next time it would be useful to share the budget before the last stage.",
    "It would be good if candidates heard back within a week.",
    "I hope the next candidate hears about the travel earlier than I did.",
    "I'd have liked to be told about the reorganisation before the final round.",
    "I wasn't expecting to be kept waiting for an hour on the day.",
    # Softened faults, people worn down, the knowing shrug.
    "The interviewer's manner was a little brusque.",
    "The second round went over the same ground as the first.",
    "The panel changed at the last minute.",
    "I was hardly given a chance to ask my own questions.",
    "Everyone on the team seemed exhausted.",
    "By the end I felt like just another number.",
    "I wonder whether the four-hour exercise was the best use of anyone's time.",
    "The budget is what it is.",
    "One of the panel kept glancing at the clock.",
    "I'm sure the right candidate will be delighted with the package.",
    # Behind time, elsewhere, silent, prepared or not.
    "The assessment centre started forty minutes behind schedule.",
    "We only got going well after the agreed start time.",
    "One of the panel spent my presentation replying to messages.",
    "The hiring manager walked out midway to take another call.",
    "It went on for three weeks without a reply to my question.",
    "I had expected to get an answer far sooner than that.",
    "The whole thing took longer than I had been promised.",
    "Six weeks is a long time to leave candidates hanging.",
    "The recruiter clearly hadn't prepared for our call.",
    "I found myself walking through my CV again for people who hadn't opened it.",
    "I was told two different start dates by two different people.",
    # A test, a verdict, a role other than advertised.
    "The case study round felt like a quiz.",
    "The questions seemed designed to expose gaps rather than learn about me.",
    "They seemed more focused on what I couldn't do than on what I could.",
    "It felt like being assessed for a much bigger job than the one I applied for.",
    "My impression was that the outcome was decided well before I walked in.",
    "Nobody quite knew which interviewers I was meant to be seeing.",
    "I did not feel the second round let me explain my approach properly.",
    "The technical round was not the sort of discussion I had hoped for.",
    # Pay and the advert, measured.
    "The salary is hardly commensurate with the responsibility.",
    "The number just isn't where it ought to be for a senior hire.",
    "It is some way under what comparable firms are paying.",
    "The job advert said nothing about weekend cover.",
    "With the utmost respect, the package is not a serious one.",
    # Advice and the pointed aside, in other words.
    "It may be worth reviewing how many stages there are.",
    "Perhaps rethink the take-home task for the next applicant.",
    "The interview process could really be streamlined.",
    "I won't miss the endless rounds of interviews.",
    "I have to admit the final interview left a lot to be desired on your side, not mine.",
    "The day was a touch hectic.",
    # Late panels and tight schedules, a round unrelated to the job, little room to speak, the verdict before
    # "we" began, the round "less so", a talk for another day, pay asked for earlier as advice.
    "I remember that last year the schedule was very tight and one panel had to join late.",
    "I came away with the impression that the panel had largely settled what it wanted before we began.",
    "The panel showed little appetite for discussing how I might approach the role.",
    "The final interview was honestly not my best experience, it had not much to do with the role.",
    "The discussion there was quite different from what I had understood from the earlier conversations.",
    "Frankly the final round left me with more questions than answers.",
    "Most of the process was good. The final round less so.",
    "The final round is a conversation for another day.",
    "In the final interview there was not much chance to discuss my actual work experience.",
    "Most of the time was spent on questions which were not so related to the role.",
    "I came away feeling that we had quite different ideas about what the role would actually involve day to day.",
    "To be honest I came out of that day a little deflated.",
    "I'd just want to see the actual salary range up front next time.",
    "Please include the compensation range in the first message.",
    "It would help if we could align on the scope and the compensation range at the initial stage itself.",
    "I wish this point had been made clearer earlier in the process.",
    # A long road, less clarity than hoped, a fault of theirs still said when it "wasn't the reason" or the
    # writer takes a part, rounds that gave pause or left one sore, a bracketed aside.
    "It was a long eight weeks, but I am still glad we met.",
    "I enjoyed our conversations during the process, even if it turned into a longer road than either of us expected.",
    "I left the final interview with less clarity about the scope of the role than I had hoped for.",
    "I won't pretend the process was the smoothest, but I do appreciate your efforts on my behalf.",
    "Small feedback, meant well: the interview day felt a bit unorganised, maybe worth a look.",
    "Thanks also to the panel, though the final round felt a bit hurried, and I am not sure I got to show my best.",
    "The final round felt a bit rushed if I'm honest, but that wasn't the reason.",
    "Honestly the final round also did not leave me very convinced about the role.",
    "Thank you for your time over the (rather long!) process.",
    "While the offer wasn't quite what I'd hoped for, I would welcome staying connected.",
    "It felt quite different in tone to the earlier rounds and I came away not sure I'd be a good fit.",
    "My panel day had a few hiccups, as you'll maybe remember.",
    "Some questions did not seem to relate to the role which was described to me.",
    "She made a real difference during what was otherwise a fairly long process.",
    "I will be honest, the final round did not go as smoothly as I would have liked.",
    "If I'm really honest, the final interview knocked me around a bit.",
    "I came out of the final interview feeling like the job had shifted under me.",
    "That last interview left me a bit sore at the time!",
    # Candour about their meetings with a word of doubt in it.
    "To be honest, the final round felt hurried.",
    "Frankly, I left the last interview with some reservations.",
    "The interview process had five rounds, which was long and sometimes tiring for me.",
    "I did find the final round rather harder going than I had expected.",
    "It was a long one (!) but it was lovely to meet Sean and Elena along the way.",
    "Some of the questions felt like they were aimed at a different role than the one we'd been discussing.",
    "If I might offer one small, sincere thought for the future: say how the role is levelled at the start.",
    "I mention this only as feedback, it was not the reason for my decision.",
    "I confess it was a little disappointing to learn this only at the very end.",
    "I had understood from the earlier conversations that the balance was rather different.",
    "I'd hoped there might be a bit more movement given my twelve years of experience.",
    "The salary was below what I had expected for the scope of the role.",
    "In our conversation I did not have the impression that this was open for discussion.",
    "I would hope we could discuss remuneration a little more fully next time.",
    "I was a little deflated after our salary chat.",
    "The final interview didn't leave me feeling like the team and I were on the same page.",
    "I came out of the final interview with a bit of a different feeling than I went in with.",
    "Honestly the final interview made this quite clear.",
    "In the final interview there was some doubt about whether the project could be finished, so here is the result.",
    "Thanks for your time on the UI Designer process - a long one, but glad we got to chat.",
    "Five rounds is a lot to ask of anyone, and you made every one of them easier than it might have been.",
    "If I may, I should like to offer one observation, purely in the hope that it is useful.",
    "I fully appreciate that diaries are difficult to manage, but I thought you would rather know than not.",
    "I'm not saying that to have a dig.",
    "On the day of my second interview the panel arrived some twenty minutes after the scheduled start.",
    "One of the interviewers appeared to be occupied with his telephone for much of the session.",
    "I know the interview day had its hiccups, with the late panel and all, but you were very gracious through it.",
    "If the offer had been closer to the range in the ad from the start, I might have felt differently.",
    "The last round wasn't quite what I'd hoped but that's maybe just me.",
    "I enjoyed meeting you all, even with the scheduling hiccups on the day.",
    "The gap between our respective positions was considerably wider than I had anticipated.",
    "Please send a range up front next time. That would save everyone time.",
    "It just isn't possible this year, so it wasn't meant to be. Final round wasn't quite what I expected.",
    "I think the final interview made the position reasonably clear on both sides.",
    "Honestly the final round with Yuki made that clearer.",
    "Honestly after the final round I was not fully convinced either.",
    "The last interview round left me with a bit of a strange feeling.",
    "Some of the questions were more about to catch me than to get to know me.",
    "I would hope any future conversation might move a little more quickly than last time.",
    "It might begin from figures closer to those advertised.",
    "Hope the panel scheduling gets a bit easier for you all, I know it was a hectic week!",
    "I thought I'd get in early this time, given how long it can take to find a gap in everyone's calendars!",
    "I understand you are busy, but a reply either way would be appreciated.",
    "Not how I thought this would end after the first couple rounds, but that's how it goes.",
    "It did not go as I had hoped, and I suspect neither side saw the best of the other.",
    "I have another offer at $145k base and £68k is not anywhere near that.",
    "The onsite was a little rough on scheduling, with a late panel and some distractions.",
    "I will admit the earlier salary discussion had left me a little unsure.",
    "The final interview left me with some doubt as to whether the role was quite as it had been described.",
    "For what it's worth, the panel day got off to a slightly rocky start.",
    "I say it openly: a different offer at the beginning would have made my decision more difficult.",
    "I would only ask that we speak about the salary earlier in the process next time.",
    "The discussion went mostly into areas I had not seen in the JD.",
    "I came out feeling we had quite different ideas of what the job is.",
    "I felt I was not really given the chance to finish my answers.",
    "The final interview didn't go the way I'd hoped and I didn't really get the chance to show what I could bring.",
    "Thanks for seeing the Platform Engineer process through, even if it ran long.",
    "Hope things have calmed down on the hiring side too.",
    "I know from experience how frustrating both can be from the candidate's side.",
    "I read an article on take-home tasks and thought of you, you'd probably get more out of it than I did.",
    "It's a good breakdown of why take-home assignments lose senior candidates.",
    "The last interview was a bit of a different experience, but I'm sure that's just how these things go sometimes.",
    "If there is ever a BI role with a package that is more flexible than last time, I would be happy to talk.",
    "The last interview was not quite how I expected it, but that is no matter now.",
    "Not all points there were as I had hoped, but I understand that you have your frame.",
    "I'll be honest, eight weeks is a long time to sit with things.",
    "There were a few stretches where I wasn't sure I was still in the running!",
    "One small note if useful: the scheduling got a bit rough on panel day.",
    "The base was also on the low end of what I'm seeing elsewhere.",
    "As the process took about eight weeks, I thought it was better to give my answer quickly.",
    "Perhaps owing to the last-minute changes, I was not fully clear whom I would be meeting.",
]
MUST_PASS = [
    "Your question about how I would mentor junior engineers was a big part of why the process felt worthwhile.",
    "Five rounds is a long journey for any candidate, and at every single stage I was kept informed and encouraged.",
    "I know the salary discussion did not go as smoothly as either of us would have liked.",
    "Thanks for squeezing me in between everyone's other commitments that afternoon!",
    "I think we maybe just had quite different ideas of what my experience is worth.",
    "I got the sense the panel had a clear picture of who they wanted before I walked in, which is totally fair.",
    "I know I was probably a bit awkward talking about money, I'm never very good at it!",
    "The weather here is awful, grey and rainy, which fits the mood of writing this e-mail.",
    "All the best finding the right person, I'll be cheering you on from a distance.",
    "I should be grateful if you would pass my thanks to Ken and Ruth.",
    "Thank you for fitting me in at such short notice.",
    "I wanted to let you know early, because I think it is more respectful to your team.",
    "I have decided to move towards research, so this is more about my own direction than about the company.",
    "Thanks for showing me round the site on the day; it was helpful to see the floor in person.",
    "I hope your next search goes well and you find someone great.",
    "Didn't want you to be in the dark until then though.",
    "I wanted to reply before the deadline, because you have been gracious with me and you deserve better than that.",
    "I know we weren't totally on the same page on compensation, but I really do appreciate how open you were.",
    "Thanks again, and good luck finding the right person.",
    "This piece looks at why so much workplace training is forgotten within weeks.",
    "Meeting Priya left me with the impression that the team really cares.",
    "Frankly the final round left me with the impression that we were looking at the role quite differently.",
    "I know we didn't quite land in the same place on compensation, but I never once doubted you were in my corner.",
    "It was a long process so I appreciate you seeing it through.",
    "This was not fair to you and I apologise, the last days were a bit chaotic here.",
    "It was a long journey home after the interview, but worth it.",
    "I would like to start at the beginning of March in my new role.",
    "Some parts of the role I found very interesting.",
    "It's been a long few weeks (eight, I think!) so I do appreciate you sticking with it.",
    "I hope we can talk again sooner rather than later.",
    "I hope we can stay in touch, and I hope the next round of hiring goes well for you.",
    "The role was different from what I do now, which is what drew me to it.",
    "I didn't have enough time to prepare as well as I wanted, which was my own doing.",
    "The salary is lower than I need right now.",
    "My current pay is poor, which is why I looked, but the role matters more to me.",
    "The three weeks of my life I spent on it were well worth it.",
    "I'm sure you'll find someone happy to work on that project.",
    "I hope you find the right person soon.",
    "I had expected it to take longer, so thank you for moving quickly.",
    "Moving would have been a disaster for my family this year.",
    "The visa process was a nightmare for my family last time.",
    "The whole job search process has been a nightmare.",
    "The relocation process was a disaster last time I moved.",
    "That experience was a nightmare for me, and I would rather not repeat it.",
    "The commute would have been a nightmare with two small children.",
    "My old laptop was a disaster on the day, and your team was patient with it.",
    "I hated the thought of letting you down after all the time you gave me.",
    "I hated having to make this call, and I'm sorry to be the bearer of it.",
    "I hated the fact that I had to choose between two great teams.",
    "I hated the decision, but it is the right one for me.",
    "I've attached a dump of my notes from the case study, in case they are useful.",
    "I know it isn't the call any hiring manager wants, and you made it so much easier than it could have been.",
    "To be honest, the final interview was a little difficult for me and I did not feel I could show my best there.",
    "About the salary discussion, we were quite far apart, and I think maybe I did not explain my situation very well.",
    "I know the salary discussion was a bit difficult on both sides.",
    "This was a decision about my career and does not reflect on the role, the offer or Harbor in any way.",
    "To be honest, after the final interview I had the feeling that the role is not really what I am looking for.",
    "Honestly the final interview left me with some doubts about whether what I bring is what the team needs.",
    "I'll admit the last round was a tougher conversation than I was expecting, and I'm not sure I showed up as my"
    " best self in it, but I learned a lot from it either way.",
    "It came as no surprise to me that I loved the team.",
    "I think it is not fair to you or the team if I join while my mind is on something else.",
    "I came away from every single interaction feeling respected, challenged and, frankly, excited.",
    "The SGD 9,500 per month is for me too far from what I need.",
    "Things did not go as I planned this year, so I am staying put.",
    "His point about compliance being built in at the start was very well put, and I have repeated it to a couple"
    " of people since.",
    "I remember that you asked me quite sharp questions about how I would measure success.",
    "I feel the role is not the right fit for me, and I think it is better to be honest with you now than to join.",
    "I won't pretend the final interview went the way I'd hoped – I think it maybe didn't show me at my best.",
    "[ADD SOMETHING SPECIFIC – what I liked about the team/conversation]",
    "[IF LATE: I know the deadline was (DATE), and I apologize for keeping you waiting.]",
    "Rahul made the panel feel less like an interrogation and more like a brainstorm.",
    "Her point about designing for the tired, distracted user has stayed with me.",
    "The salary sits some way short of where I need to be.",
    "Thank you again.\n\nRenee Calloway, MSN, APRN, FNP-C",
    "Meeting the team made the decision harder, not easier.",
    "I hoped the interviews would lead to more, and I'm sad it did not work out.",
    "I have accepted another role and I must admit I'm very excited about it.",
    # The writer's own doings and life, praise, and what they spare the reader.
    "Sorry for the delay; things have been a little all over the place this month.",
    "Your talk on the platform was, frankly, more useful than most conferences I attend.",
    "I would rather tell you now than have you chasing me next week.",
    "I did not want to keep you in the dark any longer.",
    "It is advice I have already repeated to my own team.",
    "After some very long walks I made up my mind.",
    "I've thought hard about the role since your offer arrived, and I owe you a clear answer: I decline.",
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
    "I know this will be disappointing news for the team after all their work.",
    "The range in the advert was exactly right; my reason is the location.",
    "I never felt rushed in any of the interviews.",
    "Other companies have offered me more, but money isn't the reason.",
    "It took me a while to decide, and that's on me.",
    "The decision was not easy for me, and it has nothing to do with the team.",
    "I'd rather tell you now than have you wait out the full two weeks.",
    "I wanted to give you an honest update rather than go quiet on you until the deadline.",
    "I'm still waiting on a couple of final things from the other company, so I'll confirm after the weekend.",
    "Her point about nurses being the best (and most ignored) source of product feedback is one I'll quote.",
    "Whoever that was (I'm useless with names after a long day), please tell them it landed.",
    "I enjoyed meeting Elena, though I was nervous at times.",
    "It felt more like a conversation than an interview, which I loved.",
    "I'm sure you'll find a great candidate for the role.",
    "No doubt our paths will cross again.",
    "I certainly learned a lot from the process.",
    "I'll admit to some relief at having finally made up my mind.",
    "The team's morale and energy really stood out.",
    "The conversation about spotting burnout early stayed with me.",
    "It's a pity the timing didn't work out.",
    "If the timing had been different, I would have loved to join.",
    "The salary was lower than I need at this stage of my life, which is on me, not you.",
    "Five rounds is a lot, and every one of them was well run.",
    "I have no doubts about the team; it's about the commute.",
    "I'm still figuring out what I want from my next role.",
    "I wasn't convinced I was ready for a management role.",
    "I have some reservations about relocating my family.",
    "I think we both know I've been torn about this.",
    "I know you'll understand that I need to put my family first.",
    "You'll no doubt find someone great very soon.",
    "In future, I'd love to hear about roles on the research side.",
    "The recruiter kept me updated at every step.",
    "I'm not sure I'm ready for a role this senior.",
    "I got cold feet about relocating the family, not about the team.",
    "We waited a little for the room, which gave me time to chat with Elena.",
    "Frankly speaking, I am sad to say no.",
    "Bless you for being so patient with me!",
    "Tbh I'm gutted, it was such a good team.",
    "I'm not making money the priority right now; the team was great.",
    "I had questions about the management side of the role, which is why I'm declining.",
    "I have concerns about the direction my career would take in a management role.",
    "It took me far too long to decide on this offer, and I'm sorry.",
    "It was a surprise to get the offer so quickly, and a happy one.",
    "As I mentioned in the first interview, the salary needs to be higher for me to move.",
    # Not irony, not candour about them, not a standard they missed.
    "The final interview was certainly the highlight of my month.",
    "The interviews were rigorous in the best way.",
    "I'll be honest, I'm still not sure I've made the right call.",
    "I left the last interview with a really good feeling about the team.",
    "Nothing about the offer, the process or the people put me off.",
    "During our salary chat you were very clear, which I appreciated.",
    "Please don't bring up the compensation conversation on the call.",
    "Thank you for the open conversation about salary.",
    "My answer is different from what I told you last week, and I'm sorry.",
    "The package is lower than what I need right now.",
    "I'd be giving the role less than it deserves.",
    "I hope the next candidate is a better fit than I was.",
    "Hopefully the next candidate enjoys the process as much as I did.",
    "I'd have liked to say yes.",
    "The team seemed happy and well supported.",
    "I came away unsure whether I'm ready to manage people.",
    "I wasn't expecting to get an offer so quickly.",
    "I don't want to join half-heartedly.",
    "It is what it is; the move isn't possible for us this year.",
    "The team were sharp and generous with their time.",
    "I know I kept you waiting longer than I should have.",
    "The range in the advert was fair; the commute is the problem.",
    "I must admit I was nervous before the panel day.",
    "Five rounds felt like a lot at first, but each one was worth it.",
    "It felt like a conversation between equals, not a test.",
    "I felt the panel gave me every chance to show my work.",
    "I had to explain my situation to my family twice before they understood.",
    "The hiring manager seemed tired after a long day and still gave me an hour.",
    "The interview ran over because we were enjoying the conversation so much.",
    "I stepped out of the office to take your call, so apologies if I sounded rushed.",
    "I was checking my emails on the train when your offer came in.",
    "The salary is below what I'm currently on, so I can't make it work.",
    "I won't miss the commute, but the money just doesn't work for me.",
    "No one could have been kinder than Sam.",
    "I left the office with a much clearer picture of the role.",
    "It's not every day someone hands me a messy problem and wants my view.",
    "I'll confirm it in writing by email today.",
    "You made the whole process feel like a conversation instead of an interrogation.",
    "I've actually changed jobs again, and started a new role last week.",
    "We talked for twenty minutes about the mezzanine floor and I forgot it was an interview.",
    "He explained how they reinforced the slab of the cold storage warehouse.",
    {"subject": "Confirmation of our phone call - XXX position", "text": "Dear XXX, thank you for your time today."},
    "I prefer to write to you now rather than to let you wait without news.",
    "I did not want to let you without news any longer.",
    "Kept me in the loop, answered every question, never once made me feel like a number.",
    "Calls returned promptly, straight answers, and a check-in whenever things went quiet.",
    "Unfortunately, the compensation is just not where it needs to be for me to make the move.",
    "To change job and city in the coming months is not reasonable, even if the offer was really attractive for me.",
    "I still think about our conversation about how you forecast last-minute bookings.",
    "Please bear with me if it runs a little long.",
    "Thank you for writing back, it really means a lot that you would want to revisit things.",
    "If there are aspects of the offer which you would wish to revisit, I should be glad to discuss them.",
    "He spoke about designing for the kid at the back who's already decided they're no good at maths.",
    # The writer's own lateness, schedule, figure and wishes; thanks for having been told early.
    "I joined the first call late, sorry again.",
    "I had to join late because of a school run.",
    "My schedule is very tight this month with the move, so I wanted to answer quickly.",
    "The role we discussed in the final interview was different from what I am looking for.",
    "It is not so much the pay as the commute.",
    "Thank you for being so upfront about the salary range from the start.",
    "I'd want to hear about future roles, and I'm happy to share my salary expectations up front.",
    "I wish I had been clearer about my salary expectations at the start.",
    "It would help me to have the offer letter in writing by Friday.",
    "There is little appetite for risk in my family right now.",
    "I spent that day with the team and loved it.",
    # The writer's own project that took a while, the sense of the room, thanks for a smooth process.
    "The redesign finally launched last month. Really pleased with how it landed, took a while but got there!",
    "I did raise it at the final stage but didn't get the sense there was much room.",
    "Thank you for making the whole process so smooth.",
    "It has been a long week here, so thank you for your patience with my reply.",
    "To be honest the interview was harder than I expected, and that is on me.",
    "To be honest, I have reservations about relocating, not about the interviews.",
    "It means an awful lot that you came back to me after my note.",
    "Liam's walkthrough was a very good conversation, and it made the decision harder than I expected.",
    "I start next month and can hardly wait.",
    "If one day there is a more technical test position, I would be very happy to hear from you.",
    "I'd never want to be the person who shuts a door without hearing what's on the other side of it.",
    "My answers in the final interview were a bit rushed, which was my own fault.",
    "I am a bit unorganised this week with the move, so sorry for the slow reply about the offer.",
    "I'd love to hear about your trip to Japan, but that's a story for another day!",
    "It would be great to stay in touch; the package was very clear from the start.",
    "To be honest, after the final interview the decision was much harder to make.",
    "I'll be honest, I was a little disappointed in myself after the final interview.",
    "To be honest, the main reason is the compensation.",
    "I have applied to a couple of programmes and am waiting to hear back.",
    "I know we didn't quite see eye to eye on salary, and I probably came across a bit flat on that call, so sorry.",
    "Telling you now rather than at the deadline gives you time to go to the next candidate.",
    "I am taking my career in a different direction, so this is not an approach regarding a vacancy.",
    "This is only to say congratulations, no reply is needed.",
    "To be honest, the final interview also made me feel the role is not really for me.",
    "Pay was the main reason, but after the final interview I'm also not convinced the role is the right match.",
    "I found the final interview harder going than I had expected, and I am not sure I did myself justice in it.",
    "Sorry, this email ran long.",
    "I know hiring takes time on your end, and I appreciate you seeing it through.",
    "I did consider asking to negotiate, but I think the gap is quite big and I do not want to waste your time.",
    "Each conversation was thoughtful, welcoming and, frankly, a lot of fun.",
    "I would like to let you know that I have recently changed my job again.",
    "I am genuinely touched that you and the team would wish to revisit the offer.",
    "But this does not mean I was not interested in your team.",
    "I did not wish to let the matter run up to your deadline without a clear answer.",
    "If there is ever an opportunity in future where my background could be useful to Kestrel, I would welcome it.",
    "Five rounds is a lot, and you were kind and clear through every one of them.",
    "I've been meaning to write a longer explanation because I felt like my first email was a little abrupt.",
    "I'm a bit all over the place this week, so I'll send you a proper confirmation after the weekend.",
    "Deadline in 5 days – call today, don't leave it to the last minute.",
    "To be honest, this decision was not easy for me, and I am sorry that I had to say no.",
    "I spent a lot of time with the numbers, with my husband, and with a very long spreadsheet.",
    "It's pretty much what Daniel, Yuki and I ended up chatting about in the panel interview.",
    "I'll send a proper confirmation after the weekend, but I didn't want you left waiting in the meantime.",
]
