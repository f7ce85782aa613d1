"""A clear decision: the draft says no, and nothing in it reads as a maybe.

Read as constructions, not a list of phrases:

- the decision is a refusal verb or frame about the offer: decline, turn
  down, say no, pass on; a negated verb of taking it up ("won't be moving
  forward", "not accepting", "unable to take it"); or a choice made elsewhere
  ("accepted another offer", "decided to stay in my current role", "chosen
  another path");
- an undecided marker undoes it: predicting or leaning ("I'll probably",
  "leaning towards", "I intend to decline"), being undecided ("I'm not sure
  yet", "still weighing it up"), deferring the decision ("I'll confirm after
  the weekend", "for now"), or inviting a counter-offer ("unless…", "if there
  is any flexibility on the salary…", "I might reconsider").

A marker counts only where it is about the decision: "probably not what you
hoped to hear" predicts nothing, "stay where I am for now" qualifies the
staying, and in call notes a line kept for "if asked" is not the answer. A
confirmation promised for later is a formality when the letter says its answer
stands now ("please take this as my answer", a letter "for your records"),
unless the no hangs on the other offer going through.

"At this time" is a polite formula, not hedging; "I may" alone is not ("I hope
we may work together"); apologies are never a fault. A marker just after a
negation ("nothing would change my mind") does not count.
"""

import re

from declines.models import TemplateKind
from declines.review.text import Verdict, any_of, curly, warn

KEY = "clear_decision"
LABEL = "A clear decision"
ADVICE = "Be honest: leave no doubt that the answer is no."
TIP = "Say plainly that you are declining, with nothing that reads as a maybe."
KINDS = {TemplateKind.DECLINE, TemplateKind.PHONE_SCRIPT}

_OFFER = r"(?:offer|position|role|job|opportunity|post|place)"
DECISION_PATTERNS = [
    r"\bdeclin(?:e|ed|es|ing)\b",
    r"\bturn(?:ed|ing|s)? (?:\S+ ){0,3}?down\b",
    # A negated verb of taking the offer up.
    r"\b(?:not|cannot|never|unable to|no longer|won't|wouldn't|can't|couldn't|don't|doesn't|didn't|isn't"
    r"|shan't|shouldn't|aren't|wasn't|weren't|haven't|hasn't|mustn't) (?:\S+ ){0,4}?"
    r"(?:accept(?:ing)?|join(?:ing)?|tak(?:e|ing) (?:up |on )?(?:the|this|your|it|that|up)"
    r"|tak(?:e|ing) (?:it |this |that |the (?:offer|role|job|position) )?(?:up|on)|mov(?:e|ing) forward"
    r"|go(?:ing)? ahead|mov(?:e|ing) ahead|proceed(?:ing)?|pursu(?:e|ing)|com(?:e|ing) (?:on ?board|aboard)"
    r"|sign(?:ing)?"
    r"|start(?:ing)? (?:the|this|in|at|with)|be (?:coming|starting|joining|taking))\b",
    r"\bpass(?:ing)? on (?:the|this|your|it)\b",
    r"\b(?:have to|must|will|going to|'ll|'m going to) (?:\S+ )?pass\b(?! on)",
    r"\bwithdraw(?:ing|n)? (?:from|my)\b",
    # Saying no.
    r"\b(?:say|saying|said) no\b",
    r"\b(?:answer|decision|reply) (?:\S+ ){0,3}?(?:is|has to be|must be|will have to be|'s) (?:a )?(?:\S+ )?no\b",
    r"\b(?:decision|answer):? no\b",
    r"\bnot this time\b",
    r"\blet (?:this|it|the offer|the role|this offer|this role) (?:one )?go\b",
    r"\blet (?:this|the|your) (?:\S+ )?(?:offer|role|opportunity|position|chance) (?:go|pass)(?: by)?\b",
    r"\bdecided against\b",
    r"\b(?:it's|it is) a no\b",
    r"\b(?:landed|settled|come down|came down) on (?:a )?no\b",
    r"\ba (?:\S+ )?no from me\b",
    # A choice made elsewhere.
    r"\baccepted (?:a|an|another) (?:\S+ ){0,3}?(?:counter-?)?" + _OFFER + r"\b",
    # Other verbs of refusing: "I will refuse the offer", "I'm rejecting it", "knock it back", "give it a miss".
    r"\b(?:forgo|forego|forgoing|foregoing|knock(?:ing)? (?:it|this|the offer) back|give (?:it|this|the \S+|this \S+)"
    r" a miss)\b",
    r"\bdecided (?:for|on) (?:another|a different|the other)\b",
    r"\b(?:refus(?:e|ed|es|ing)|reject(?:ed|ing|s)?) (?:\S+ ){0,3}?(?:offer|position|role|job|opportunity|it|this)\b",
    r"\b(?:isn't|is not|'s not|not) the right time (?:for me )?to (?:move|make (?:a|the) move|change|leave|join"
    r"|take)\b",
    r"\baccepted (?:an )?offer (?:elsewhere|from|with|at)\b",
    r"\b(?:decided|chosen|chose|choosing|opted|going|elected|made the decision|made up my mind|mind is made up)"
    r" to (?:stay|remain|go (?:with|in|back)|take (?:a|another|the other|up (?:a|an|another))|pursue (?:a|an|another)"
    r"|join (?:a|an|another)|continue|accept (?:a|an|another)|return|keep|focus on|study|retrain|relocate)",
    # Committed elsewhere: "I've committed to another role", "said yes to another offer".
    r"\b(?:'ve|have|had|i) (?:now |just |already )?(?:committed|agreed|said yes|signed up) to (?:join |joining |start"
    r" |starting )?(?:a|an|another|the other|a different|a new)\b",
    r"\b(?:'ve|have|had|i) (?:now |just |already )?(?:taken|took) (?:up )?(?:a|an|another) (?:\S+ ){0,2}?(?:offer"
    r"|contract|position|role|job)\b",
    r"\b(?:starting|start|begin|beginning|be starting) (?:a new (?:role|job|position) )?(?:with|at) (?:another"
    r"|a different|a new|the other)\b",
    r"\bkeep(?:ing)? my (?:current|present|existing) (?:job|role|position)\b",
    r"\b(?:be|'ll be|will be|am|'m) (?:staying|remaining) (?:on\b|at\b|with\b)",
    r"\b(?:chosen|chose|choose|choosing|opted for|going with|gone with|went with|go with|taking|taken|took|accepted) "
    r"(?:a |an |the )?(?:another|different|other|separate|alternative) (?:\S+ ){0,2}?(?:path|direction|offer|route"
    r"|opportunity|role|position|company|team)",
    r"\b(?:staying|remaining|stay|remain|continue|continuing) (?:on )?(?:in|at|with) (?:my|our) (?:current|present"
    r"|existing)\b",
    r"\b(?:staying|remaining|stay|remain) (?:where i am|put)\b",
    r"\bstick(?:ing)? with (?:my|our) (?:current|present|existing)\b",
    r"\b(?:signed|signing) (?:on )?with\b",
    r"\b(?:signed|taken up|accepted) (?:an? |another )(?:\S+ )?(?:offer|contract|position|role|job)\b",
    r"\b(?:go|going|gone) (?:another|a different|my own) (?:way|direction|route|path)\b",
    r"\b(?:joining|accepting|taking up|going to) (?:another|a different|the other) (?:\S+ )?(?:offer|position|role"
    r"|job|company|team|opportunity|firm)\b",
    r"\b(?:isn't|is not|'s not|wasn't|was not) (?:quite |really |the one )?(?:for me|right for me)\b",
    r"\b(?:isn't|is not|'s not|wasn't|was not|not) (?:quite |really )?(?:the|a) (?:right |best |good |correct )?"
    r"(?:move|fit|step|match|choice|role|opportunity|path|job) for me\b",
    r"\b(?:can't|cannot|won't|couldn't|unable to|not able to) say yes\b",
    r"\bmy decision is (?:final|made|firm)\b",
    r"\bdecision is made\b",
    # A conclusion that it is not right, said as the answer.
    r"\b(?:concluded|conclusion|decided|realised|realized) (?:that )?(?:\S+ ){0,5}?not (?:the )?(?:right|good|best)"
    r" (?:fit|match|move|step|choice)\b",
    r"\b(?:would|will) not be (?:fair|right) (?:\S+ ){0,6}?to (?:start|accept|take|join)\b",
]

DECISION = any_of(DECISION_PATTERNS)

_DECIDE = r"(?:decline|declining|say no|turn|pass|not|go with|stay|accept|be declining|be turning)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday)"
# A time still to come, by which the decision is put off: "after the weekend",
# "once I've spoken to my manager" — not "once again", nor "when we spoke".
_LATER = (
    r"(?:after the weekend|next (?:week|month)|on " + _WEEKDAY + r"|by (?:" + _WEEKDAY + r"|the end of|tomorrow|next)"
    r"|once (?:i|i've|i'm|we|we've|everything|the|my|it's|that's)\b|when (?:i (?:have|know|hear|get)|i've|everything)"
    r"|after (?:i (?:have|speak|talk|check|hear|sign|get)|i've|we've|my)|tomorrow|in a (?:few|couple of) days"
    r"|shortly|soon\b|as soon as|in due course)"
)
# A confirmation promised for later: a maybe, unless the letter says its
# answer stands now ("please take this as my answer").
DEFER_PATTERNS = [
    r"\blet me (?:\S+ )?confirm\b[^.!?\n]{0,40}?\b" + _LATER,
    r"\b(?:will|'ll|shall|going to) (?:\S+ ){0,3}?(?:confirm|be in touch to confirm"
    r"|send (?:\S+ ){0,3}?(?:confirmation|answer|decision|reply)|get back to you"
    r"|let you know (?:for (?:sure|certain)|definitely|my (?:final )?decision)"
    r"|make (?:it|this|that) (?:official|final|formal|definite)|follow up with (?:my|a) (?:final|definite|firm)"
    r"|give you (?:my |a )?(?:final |definite |firm )?(?:answer|decision))[^.!?\n]{0,60}?\b" + _LATER,
    r"\b(?:final|formal|definite|firm|official|proper) (?:answer|decision|confirmation|reply) "
    r"(?:\S+ ){0,3}?" + _LATER,
]
HEDGE_PATTERNS = [
    # Predicting or leaning towards a no.
    r"\bleaning\b(?! on)",
    # A lean, not a habit: "I tend to decline", not "I tend to decline roles that need relocation".
    r"\bi (?:\S+ )?tend (?:to|towards?) (?:declin\w*+|say(?:ing)? no|turn(?:ing)? (?:\S+ )?down|not|a no|no)\b"
    r"(?! (?:roles|offers|jobs|positions|posts|anything|things|most|any|those|such)\b)",
    r"\b(?:edging|tilting|veering|drifting) (?:towards?|to)\b",
    r"\b(?:moving|heading) towards? (?:a no|saying no|declin\w*+|turning)",
    # A no that is only possible, considered or expected.
    r"\bi (?:may|might) (?:\S+ ){0,2}?(?:decline|declining|turn (?:\S+ )?down|say no|pass on (?:the|this|it|your)"
    r"|not (?:accept|take|join|be (?:accepting|joining|taking)))\b",
    r"\bi could (?:well |end up |possibly |potentially )?(?:decline|turn (?:\S+ )?down|say no|pass on (?:the|this|it"
    r"|your))\b",
    r"\b(?:i'm|i am) (?:\S+ )?(?:considering|thinking of|thinking about|contemplating|weighing up) (?:\S+ )?"
    r"(?:declin\w*+|turning|saying no|passing|not (?:accepting|taking|joining))",
    r"\bexpect(?:ing)? to (?:decline|turn|say no|pass|not)\b",
    # A decision said not to be expected to change is one still open: "I do not expect my decision to change".
    r"\b(?:do not|don't|does not|doesn't) (?:\S+ )?expect (?:my|the|this) (?:decision|answer|mind) to change\b",
    r"\b(?:do not|don't) think (?:my|the) (?:decision|answer|mind) will change\b",
    r"\bmy (?:plan|intention|inclination|instinct|gut(?: feeling)?|feeling|thinking) (?:right now |at the moment "
    r"|for now )?(?:is|says|would be|tells me) (?:to (?:decline|turn|say no|pass|not)|no"
    r"|that i(?:'ll| will| should|'d| would) (?:\S+ )?(?:decline|turn|say no|pass|not))\b",
    r"\blet me (?:think|sleep|mull)\b",
    r"\bpending (?:a|an|the|my|some|final|further|one)\b",
    r"\bof the way (?:to|towards) (?:saying no|declining|a no)\b",
    r"\b(?:inclined|tempted|minded) to " + _DECIDE,
    r"\binclined (?:towards?|to) (?:declin\w*+|turning|saying no|a no|no)\b",
    r"\bas things stand\b",
    r"\bnothing (?:is|'s) (?:final|settled|decided|official)(?: yet)?\b",
    r"\blikely (?:to be )?(?:a )?no\b",
    r"\bsleep on it\b",
    r"\b\d\d ?(?:%|per ?cent) (?:sure|certain)\b",
    r"\bgive me (?:until|till|a few|a couple|another|some)\b",
    r"\b(?:likely|most likely|very likely|more than likely) (?:to |that i'll |i'll )?" + _DECIDE + r"\b",
    # "Probably" about the decision, not about anything else ("probably not what you hoped to hear").
    r"\bi(?:'ll| will| would|'d| am|'m) probably (?:\S+ )?(?:have to |need to |end up |be |going to )?"
    r"(?:decline|declining|turn|turning|pass|passing|say|saying|not|stay|staying|go with|going with|accept"
    r"|accepting|take|taking)\b",
    r"\bprobably (?:decline|won't|going to|have to|need to|turn|pass|say no|be a no|a no)\b",
    r"\bprobably not (?:accept\w*+|tak(?:e|ing)|join\w*+|go|going|be (?:accepting|joining|taking|moving|coming))\b",
    r"\b(?:most|in all) probab(?:ly|ility)\b",
    r"\b(?:chances are|odds are|in all likelihood)\b",
    r"\b(?:looks|looking|seems|seeming) (?:like|as if|as though) (?:i'll|i will|i'm going to|i am going to|it'll be"
    r"|it will be|i'd|i would|i have to|a no)\b",
    r"\b(?:almost|nearly|fairly|pretty|reasonably|mostly|practically|virtually|quite) (?:sure|certain) (?:that )?"
    r"i(?:'ll| will|'m going to| am going to| would|'d| won't| will not| should| shall)\b",
    # Not an aside in brackets: "a long few weeks (eight, I think!)".
    r"\bi (?:think|guess|suppose|reckon)(?=[.!?\n]|$)(?![.!?]*\))",
    r"\bi (?:think|expect|suspect|guess|suppose|believe) (?:that )?i(?:'ll| will| am going to|'m going to"
    r"| would|'d| should| have to| must| need to) (?:\S+ ){0,2}?" + _DECIDE + r"\b",
    r"\bintend(?:ing)? to (?:decline|turn|pass|say no|not)\b",
    r"\b(?:plan|planning) to (?:decline|turn (?:it |this |the offer )?down|say no|pass)\b",
    r"\b(?:will|'ll|would|'d|might|may|could) (?:possibly|perhaps|maybe) " + _DECIDE + r"\b",
    r"\bpossibly (?:decline|turn|pass|say no|not accept)\b",
    # Not "maybe not the same expectations": a maybe about something else.
    r"\bmaybe (?:i'll|i will|i should|not(?! (?:the same|quite|so|as|exactly|entirely|all|everyone)\b))\b",
    r"\bat this (?:point|stage|moment),? i (?:think|feel|believe|guess)\b",
    r"\b(?:current|present) (?:thinking|intention|inclination|plan|feeling) is\b",
    r"\bpart of me (?:still )?(?:hopes|is hoping|wonders|wishes|is tempted|wants to (?:accept|say yes))",
    # Undecided.
    r"\b(?:i'm|i am) (?:still |just |honestly )?(?:not (?:entirely |completely |totally |quite |yet |100% )?"
    # Nor of what the position is: "a position that I am not certain is the right long-term step".
    r"(?:sure|certain)|unsure|undecided|torn|on the fence)\b(?! (?:how|why|what|where|who|when|is|was|would be)\b)"
    # Not sure of something done, not of the decision: "I'm not sure I have (got the words right)", "not sure
    # I showed up as my best self".
    r"(?! (?:that )?i(?:'ve| have| had| did| showed| came| managed| explained| put| got| made| said| was)\b)",
    r"\bstill (?:deciding|thinking (?:it |this )?over|weighing|mulling|making up my mind"
    r"|considering (?:it|the offer|your)|going back and forth)",
    # Not a thing "not decided by you alone": the writer's own.
    r"\b(?:haven't|have not|not) (?:yet |quite |fully )?(?:decided(?! by)|made up my mind|made my (?:final )?decision"
    r"|made a (?:final )?decision)\b",
    r"\bdecision (?:is )?not (?:yet |fully |completely |quite )?(?:closed|final)\b",
    r"\bnot (?:fully |completely )?closed in my mind\b",
    r"\bkeep (?:my|the|our) options open\b",
    # Left to how things turn out: "but let's see how the next week goes", "we'll see".
    r"\b(?:let's|let us|we'll|we will|i'll) (?:just )?see (?:how|what|where|if)\b",
    r"\b(?:let's|we'll) see\.",
    # Not what was kept waiting meanwhile: "hard to keep everything at home on hold while I waited".
    r"\bon hold\b(?! while (?:i|we) (?:waited|was waiting|were waiting))",
    r"\bhold off\b",
    r"\bfor now\b(?<!all for now)(?<!bye for now)(?<!it for now)",
    r"\bfor the (?:time being|moment)\b",
    r"\b(?:need|want|like|have) (?:a (?:bit|little|few (?:more )?days?) |some )?more time\b",
    r"\bneed (?:a (?:few|couple of) |some )?(?:more )?(?:days|weeks)\b",
    # Deferring the decision to a time still to come (see DEFERRAL).
    *DEFER_PATTERNS,
    # The no hangs on the other offer going through: "once the paperwork on the
    # other side is signed", "pending the background check", "assuming the other offer goes through".
    r"\b(?:once|until|pending|subject to|assuming|provided|as soon as) (?:that )?(?:\S+ ){0,6}?(?:paperwork|contract"
    r"|signed|signing|finali[sz]\w*+|references?|background checks?|goes through|go through|comes? through"
    r"|coming through|other (?:side|offer|company|role|firm|contract)|new (?:role|job|employer|contract))\b",
    r"\b(?:can't|cannot|not|won't|haven't|have not) (?:yet )?(?:make (?:it|this) |made (?:it|this) |be )(?:final"
    r"|official|definite)\b",
    r"\b(?:confirm|decide|let you know|tell you|know) (?:\S+ ){0,3}?whether (?:or not )?i\b",
    # Inviting a counter-offer.
    r"\bunless (?:you|your team|the company|they) (?:\S+ )?(?:can|could|are able|were able|would be able"
    r"|improve|increase|raise|offer|match|change|revise|come back|reconsider|have)\b",
    r"\bunless (?:the|your) (?:offer|salary|package|terms|base|compensation|role|number|figure)s?\b",
    r"\bunless (?:something|anything|things?) (?:\S+ )?change",
    r"\bunless there(?:'s| is| are| were)\b",
    r"\bif (?:there is|there's|there were|there was|you have|you had) (?:any |some )?(?:\S+ )?"
    r"(?:flexibility|room|movement|scope|possibility)\b",
    r"\bif (?:you|the team|the company|they|he|she|your side) (?:could|can|were able to|are able to"
    r"|would be able to|'re able to|might) (?:\S+ ){0,2}?(?:improve|increase|raise|match|adjust|revise|sweeten"
    r"|budge|do better|go higher|come up|come back with|stretch|offer more|change the (?:offer|terms|package"
    r"|salary))",
    r"\bif (?:the|your) (?:offer|salary|compensation|package|base|pay|terms|number|figure)s? (?:were|was|could"
    r"|changes?|changed|improves?|improved|is improved|went up|came up|moves?|can move|were to)\b",
    r"\bcome back with (?:more|a (?:better|higher|revised|improved|new|different)|an (?:improved|updated))\b",
    r"\b(?:open|happy|willing|glad|keen) to (?:hear(?:ing)? (?:it|an? (?:improved|revised|new|better|counter))"
    r"|consider(?:ing)? (?:it|a (?:revised|counter|new|better|higher|improved)|an (?:improved|updated)"
    r"|the offer again|your offer again)|discuss(?:ing)? (?:it|terms|the (?:offer|package|salary|terms|numbers)"
    r"|a (?:revised|counter|new))|revisit|reconsider|negotiat\w++|(?:have )?(?:one more|another) conversation"
    r"|look at (?:a|an) (?:revised|improved|new|better|updated|higher))\b",
    r"\bi(?:'d| would| could| might| may)? (?:still |yet |well |be willing to |be happy to |be open to |perhaps "
    r"|possibly )?(?:reconsider|revisit (?:the|this|my|it|your)|change my mind)\b",
    r"\b(?:might|may|could|would|will|happy to|willing to|open to|glad to) (?:\S+ )?reconsider",
    r"\breconsidering\b",
    r"\b(?:is there|would there be) any (?:flexibility|room|chance|possibility)\b",
    r"\b(?:would|could|can) you (?:\S+ )?(?:be able to )?(?:improve|increase|raise|match|revise|adjust|sweeten"
    r"|do better|go higher|up the|bump)\b",
    r"\bwould (?:still )?(?:consider|be open to) (?:it|the offer|this offer|your offer|a revised|an improved"
    r"|a counter)",
]
HEDGES = any_of(HEDGE_PATTERNS)
DEFERRAL = any_of(DEFER_PATTERNS)
# The answer given now, whatever formality follows.
FIRM = any_of(
    [
        r"\b(?:take|treat|consider|accept|read) (?:this|it|my \S+) (?:email |message |note )?as my (?:final |firm "
        r"|definite |formal |official )?(?:answer|decision|response|reply)\b",
        r"\b(?:this|that) is my (?:final|firm|definite) (?:answer|decision)\b",
        r"\bmy (?:decision|answer|mind) is (?:final|made|firm|made up)\b",
        # A letter to follow only for their files.
        r"\bfor your (?:records|files)\b",
    ]
)
# "For now" after staying qualifies the staying, not the decision: "I've decided to stay where I am for now".
_STAYING_BEFORE = re.compile(
    r"\b(?:stay|staying|remain|remaining|stick|sticking|continue|continuing)\b[^.!?\n]{0,50}$", re.IGNORECASE
)
_FOR_NOW = re.compile(r"for (?:now|the time being|the moment)", re.IGNORECASE)
# "For now" is a maybe only where it qualifies the answer itself ("take this as my answer for now",
# "where I have landed, for now, is…", "for now I'll pass"), not a circumstance ("my father has to
# come first for now", "I'll leave it at that for now").
_ANSWER_BEFORE = re.compile(
    r"\b(?:answer|decision|intent\w*+|landed|declin\w*+|pass|no|turn\w* (?:\S+ )?down|accept\w*+"
    r"|(?:not|n't) (?:\S+ )?(?:tak\w*+|join\w*+))\b[^.!?\n]{0,24}$",
    re.IGNORECASE,
)
_ANSWER_AFTER = re.compile(
    r",? (?:i|i'm|i am|i'll|i will|i have|i've|my|the answer|it's|it is)\b[^.!?\n]{0,30}?"
    r"\b(?:declin\w*+|pass\w*+|no|not|turn\w*+|answer|decision)\b",
    re.IGNORECASE,
)
# In call notes, what to say only if they ask: "If asked: 'I have another option I'm leaning towards'".
_IF_ASKED = re.compile(r"\bif (?:\S+ )?ask(?:s|ed)?\b", re.IGNORECASE)
# Both in one pass over the text: a match that HEDGES also matches is a maybe.
EITHER = any_of(HEDGE_PATTERNS + DECISION_PATTERNS)
# A marker just after a negation is the opposite of a maybe: "nothing would change my mind".
# So is one inside their question, reported in a call script: "if she asks if there's room: no".
NEGATED = re.compile(r"(?:\bnot|n't|\bnever|\bnothing|\bno)(?: \S+){0,3} ?$|\bask(?:s|ed)?(?: me)?,? $", re.IGNORECASE)
# On a call the spoken no is the decision; the letter that follows is a formality.
IN_WRITING = re.compile(r"\b(?:writing|written|e-?mail|mail|letter)\b", re.IGNORECASE)


def _a_maybe(flat: str, m: re.Match, context, firm: bool) -> bool:
    window = flat[max(0, m.start() - 30) : m.start()]
    if NEGATED.search(window.rpartition("\n")[2]):
        return False
    if firm and DEFERRAL.match(flat, m.start()):
        return False
    line = flat[flat.rfind("\n", 0, m.start()) + 1 : m.start()]
    if _FOR_NOW.fullmatch(m.group()) and (
        _STAYING_BEFORE.search(line[-60:])
        or not (_ANSWER_BEFORE.search(line[-60:]) or _ANSWER_AFTER.match(flat, m.end(), m.end() + 60))
    ):
        return False
    if context.kind == TemplateKind.PHONE_SCRIPT and _IF_ASKED.search(line):
        return False
    return not (context.kind == TemplateKind.PHONE_SCRIPT and IN_WRITING.search(m.group()))


def check(email, context) -> Verdict:
    flat, undecided, decided, firm = email.flat, [], False, None
    for m in EITHER.finditer(flat):
        if not HEDGES.match(flat, m.start()):
            decided = True
            continue
        if firm is None:
            firm = bool(FIRM.search(flat))
        if _a_maybe(flat, m, context, firm) and len(undecided) < 10:
            undecided.append(email.finding(f"{curly(m.group())} could read as a maybe — make the no unmistakable.", m))
    if undecided:
        return warn(undecided)
    if not decided:
        return Verdict(
            False, "Say plainly that you are declining, e.g. \u201cI have decided to decline the offer.\u201d"
        )
    return Verdict(True)


MUST_WARN = [
    "I don't think I'll be taking your offer, but let's see how the next week goes.",
    "At the moment I tend to decline the offer.",
    "Thank you for the offer. I've been thinking about my career a lot.",
    {"text": "I think I'll have to decline for now.", "quote": "I think I'll have to decline for now."},
    "I'll decline for now.",
    "I'm not sure, but I will decline.",
    "I'm leaning towards declining.",
    "As of now, I am leaning towards not accepting the offer.",
    "I will decline unless the salary improves.",
    "I will possibly decline.",
    "I decline, though I may reconsider in spring.",
    "I'm still deciding, but I'd decline today.",
    "At this point I think I will decline.",
    "I decline, but I might change my mind.",
    "I decline; if you could raise the base, I would accept.",
    "I would like to let you know early that I intend to decline the offer.",
    {
        "text": "I'm going to say no to the offer.\n\nI'll confirm properly after the weekend once I've had a chat.",
        "quote": "I'll confirm properly after the weekend once I've had a chat.",
    },
    "I'm declining the offer. I'll send a proper confirmation after the weekend.",
    "I'm declining. If there is some flexibility on the compensation, I would be open to one more conversation.",
    "I'm tempted to decline, but let me sleep on it.",
    "I wanted to tell you where I'm leaning.",
    "Part of me hopes you might come back with a better offer.",
    "I'll decline unless you can improve the base.",
    "Would you be able to improve the base? Otherwise I'll decline.",
    "My answer is most likely no.",
    "I'll let you know my final decision next week, but I expect to decline.",
    # Predicting the no in other words.
    "Chances are I'll decline.",
    "It looks like I'll be declining.",
    "I'm almost certain I'll decline.",
    "I'm fairly sure I'll turn it down.",
    "I'll decline, I think.",
    "I'm probably going to say no.",
    # A confirmation still to come, or a no that hangs on the other offer.
    "I'm going to decline. I'll be in touch to confirm once I've signed elsewhere.",
    "I'm going to decline. I'll get back to you with a definite answer shortly.",
    "I'm declining. I'll make it official after I hear back from the other company.",
    "I'm declining, pending the background check on the other role.",
    "I'm declining, assuming the other offer goes through.",
    "I won't be accepting. I'll send you a proper confirmation after the weekend once the paperwork on the other side"
    " is signed off. But please take this as my answer.",
    "I may have to decline.",
    "I'm thinking about declining the offer.",
    "I expect to decline.",
    "My plan is to decline, but I haven't made it official.",
    "I would like to decline, but let me confirm on Friday.",
    "I'm moving towards saying no.",
    "I'll decline, pending a final chat with my partner.",
    "I am inclined towards declining.",
    "As things stand I'd say no, but nothing is final yet.",
]
MUST_PASS = [
    "I have to decline. About the package we had maybe not the same expectations, but this was not the reason.",
    "I wanted to get the words right, and I'm not sure I have, but here goes: I am declining the offer.",
    "I'm declining the offer. I'm not sure I had everyone's full attention on the panel day.",
    "I have decided to decline. I tend to decline roles that need relocation.",
    "I have decided to decline. Pay is often not decided by the hiring manager alone.",
    "I have decided to decline the offer.",
    "I've gone back and forth on this for a week and I've landed on no.",
    "I won't be accepting the offer.",
    "I will not be moving forward with the offer.",
    "I won't be moving forward with the role.",
    "I have to turn the offer down.",
    "I will not be joining Brightwater.",
    "I'm sorry to decline.",
    "I regret that I must decline, and I apologise for the delay.",
    "I must decline the offer at this time.",
    "I have accepted another offer.",
    "I'm going to say no to this one.",
    "I've chosen another path.",
    "I decided to not take it.",
    "I have decided to decline. I hope we may work together one day.",
    "I have decided to decline. I may be in touch next year.",
    "I can't possibly accept, though I am grateful.",
    "I have decided to decline. I'm sure you'll find someone great.",
    "I have decided to decline. The role leans towards management.",
    "Dear Priya,\nThank you. I won\u2019t be\naccepting the offer.",
    "I'm going to decline the offer. I probably didn't say enough how kind you were.",
    "I have decided not to accept. The process took long, so I was not sure whether the position was still open.",
    "I have decided to decline. Will confirm in writing by email this afternoon.",
    "- Decision: I won't be accepting\n- Don't get into other offers unless asked",
    "I've decided to decline. If he asks what would change my mind -> honestly nothing.",
    "I came to the conclusion that the role is not the right fit for me.",
    "I would like to confirm that I am declining the offer, as we discussed on Monday. Thank you once again.",
    "I'd like to let you know that I've decided to decline, after I spoke with my family.",
    "I'm not sure how to say this, so I'll say it plainly: I am declining the offer.",
    "I am declining the offer. That's all for now.",
    "I'm declining the offer. I'd be happy to hear more about your plans in future.",
    "I feel that I am not the right person for this role, so I am declining.",
    "I am declining. The door is not closed on my side.",
    "I decline. Please don't ask me to reconsider.",
    "I decline. If you can make it to the meetup, let's have a coffee.",
    "After a lot of thought, I've decided the role isn't for me.",
    "This isn't something I can take on right now.",
    "I've signed with another company.",
    "I'll be joining another team in the spring, so I'll have to pass.",
    "I'm afraid the answer has to be no.",
    "I've decided against taking the role.",
    "I'm going to have to let this one go.",
    "- Decision: no, sticking with my current job",
    "- Decision: declining.\n- if she asks if there's room: honestly no, the gap's too big.",
    {
        "kind": "phone_script",
        "text": "I will not be taking up the offer. I will send a proper written confirmation after the weekend.",
    },
    # The decision in other words.
    "I've made the difficult decision to remain with my current employer.",
    "I'm afraid I can't say yes this time.",
    "I've decided the role isn't the right move for me.",
    "I've committed to another role.",
    "I've said yes to another offer.",
    "I've taken a role at another firm.",
    "I'm going to keep my current job.",
    "I have decided to go back to university.",
    "I'll have to let this opportunity pass.",
    "I'll be continuing in my current role.",
    # Markers about something else than the decision.
    "I've decided not to accept. I know that is probably not what you were hoping to hear.",
    "I've decided not to take the role. I'll probably end up booking a holiday through you at some stage.",
    "After a lot of back and forth, I've decided to stay in my current role for now.",
    {
        "kind": "phone_script",
        "text": "The news: I've decided not to take the role.\n- If asked: \"I have another option I'm leaning to\"",
    },
    # The answer given now; only the formality follows.
    "I've decided not to accept. I'll confirm this formally after the weekend, but please take this as my answer.",
    "I will not be taking up the offer. I will send a formal letter confirming my decision after the weekend,"
    " for your records.",
    "With regret, I have to refuse the offer.",
    "I'm rejecting the offer, with thanks.",
    "After consideration, I choose another company.",
    "I've decided this isn't the right time for me to move.",
    "I have accepted a counter-offer from my current employer.",
    "I've decided to decline. My feeling is that the role suits someone who wants to manage.",
    "I decline. I have accepted another offer and the start date is pending.",
    "I decided for another company.",
    "I regret that I will have to forgo this opportunity.",
    "I'm going to knock it back.",
    "I have decided to give this opportunity a miss.",
    "I've been thinking about declining for a while, and I have now decided to decline.",
    "I have decided to decline. My instinct is that I would be happier in research.",
    "I have decided to decline: it would not be fair to accept a position that I am not certain is the right step.",
    "I've decided not to take the role. It's been a long few weeks (eight, I think!) so thank you for sticking "
    "with it.",
    "I won't be taking up the offer. It was hard to keep everything at home on hold while I waited.",
]
