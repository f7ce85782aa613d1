"""Door left open: any invitation to future contact, interest in future roles, or an offer to refer.

Read as constructions, not a list of phrases:

- an invitation or a hope + a verb of contact: "happy to / would love to /
  hope to / feel free to / let's" + stay in touch, connect, meet, talk, hear
  from, work together, catch up, reconnect, help…;
- the set phrases of the same idea: paths crossing, speaking again, "talk
  soon", the door staying open, a coffee, LinkedIn;
- interest in what comes later: future roles, something suitable coming up,
  "down the line", keeping an eye on their careers page, following their progress;
- an offer to refer someone: "I know someone who would fit", "happy to
  introduce her", "send good people your way";
- asking or promising to write again: "do reach out whenever you're hiring",
  "write any time", "I'll let you know how the new job goes", "I'll check in
  with you in a few months";
- another chance, should it come: "should another opening arise", "if the
  timing ever lines up", "keep my name in mind", "I'd be open to hearing it".

- willing to hear them out: "if there were any room on the package I'd
  listen", "not a shut door", "I remain open to opportunities with you",
  "I may well apply again", "you can always reach me here", "keep me in
  the loop", "if you ever want a second pair of eyes, I'm around".

A generic closing wish ("best of luck for the future", "I hope everything
works out for you in the future") opens nothing, nor does contact invited
only about this decline ("call me if anything here is unclear"), nor
gladness or a chance that has been ("I was happy to help", "glad we had the
chance to meet"), nor a hope for them alone ("I hope you'll keep doing great
work"), and a
construction that is negated ("we will not work together") does not count.
A shut door ("please remove my details", "take me off your list", "no need to
follow up") warns even beside an open one; denied ("I haven't closed the
door"), it is an open one. A coffee named as what the email replaces ("rather
than over a coffee") is not an invitation.
"""

import re

from declines.models import TemplateKind
from declines.review.text import Verdict, any_of, clause, curly, gap, warn, within

KEY = "door_open"
LABEL = "Door left open"
ADVICE = "Leave the door open."
TIP = "Leave the door open: stay in touch, connect on LinkedIn, future roles."
KINDS = {
    TemplateKind.DECLINE,
    TemplateKind.THANK_YOU,
    TemplateKind.CHECK_IN,
    TemplateKind.LINKEDIN_NOTE,
    TemplateKind.PHONE_SCRIPT,
}

_CONTACT = (
    r"(?:stay(?:ing)?|keep(?:ing)?|remain(?:ing)?|be|get|getting) (?:\S+ )?in (?:touch|contact)"
    r"|(?:stay(?:ing)?|keep(?:ing)?|remain(?:ing)?) connected|connect(?:ing)?|reconnect(?:ing)?"
    r"|talk(?:ing)?|speak(?:ing)?|chat(?:ting)?|meet(?:ing)?|hear(?:ing)? (?:from|more|about|what|how)|catch(?:ing)? up"
    r"|see (?:you|each other)|grab(?:bing)?|get(?:ting)? (?:a )?coffee"
    r"|hav(?:e|ing) (?:a|another|one more) (?:\S+ )?(?:chat|conversation|coffee)"
    r"|pick(?:ing)? up (?:the|our) conversation|work(?:ing)? (?:together|with)|collaborat\w*+|cross(?:ing)? paths"
    r"|help(?:ing)?|be (?:a|your) sounding board|return(?:ing)?|com(?:e|ing) back|apply(?:ing)?|join(?:ing)?"
    r"|be considered|consider(?:ed|ing)? for|refer(?:ring)?|recommend(?:ing)?|introduc(?:e|ing)"
    r"|pass(?:ing)? (?:your|her|his|their)|put(?:ting)? (?:you|them) in touch|send(?:ing)?|point(?:ing)?"
    r"|follow(?:ing)?|reach(?:ing)? out|drop(?:ping)? (?:me|you)"
    r"|hear(?:ing)? of|keep (?:me|us) (?:in mind|posted|updated)|stay(?:ing)? in (?:the )?loop"
    r"|(?:swap|compare|exchange)(?:ping)? notes|say (?:hello|hi)|come (?:and|to) (?:say|see|visit)"
    r"|be (?:a|your) (?:\S+ )?(?:reference|resource|contact|point of contact)"
    r"|share (?:what (?:we|i)|notes|it with you|them with you|anything useful)"
    # (Not feedback the writer would want in their place: "I'd want to hear it if I were in your shoes".)
    r"|get(?:ting)? back to (?:me|us)|hear(?:ing)? (?:it(?! if i were)|back|them|any|your)|revisit(?:ing)?"
    r"|re-?apply(?:ing)?"
    r"|be (?:a )?part of|be kept|(?:be )?considered again|cooperat\w*+|re-?contact(?:ing)?"
)
INVITATION_PATTERNS = [
    # An invitation, a hope or a wish, then a verb of contact.
    r"\b(?:happy|glad|keen|delighted|pleased|thrilled|excited|love|like|welcome|open|honou?red|willing|eager|hope|hoping|hoped"
    r"|forward|free|hesitate|chance|opportunity|occasion|wish|want|be great|be nice|be good|be lovely|be wonderful)"
    r"(?: for (?:us|me|you|both of us))? to "
    r"(?:\S+ )?(?:" + _CONTACT + r")\b",
    r"\b(?:would|'d|will|'ll|shall|should|can|could|may|might|do|let's|let us|let me|please) "
    + gap(2)
    + r"(?:stay|keep|remain) (?:\S+ )?(?:in (?:touch|contact)|connected)\b",
    r"\blet(?:'s| us) (?:\S+ )?(?:stay|keep|connect|meet|talk|chat|grab|catch|get|do|have|say hello|say hi)\b",
    # A hope that we will meet: "I hope we'll meet at the conference", "hope you can come".
    r"\b(?:hope|hoping|hopefully|trust|sure|bet) (?:that )?(?:we|our paths|you and i) ?"
    r"(?:will|'ll|can|may|might|shall|get to|do) (?:\S+ ){0,2}?(?:meet|see|talk|speak|work|cross|stay|keep|catch up"
    r"|connect|run into|bump into|chat|collaborate|hear)",
    # Said of one side only, the verb must reach the other: "I hope I'll see you", not "you'll keep doing well".
    r"\b(?:hope|hoping|hopefully|trust|sure|bet) (?:that )?(?:i|you) ?(?:will|'ll|can|may|might|shall|get to|do)"
    r" (?:\S+ ){0,2}?(?:meet|see you|see each other|talk|speak|work (?:with|together)|cross|stay in|keep in|catch up"
    r"|connect|run into|bump into|chat|collaborate|hear from|come (?:and|to) (?:see|visit)|visit|drop by)",
    # No modal, but the same hope: "hope we cross again", "hope we meet one day".
    r"\b(?:hope|hoping|hopefully) (?:that )?(?:we|you and i|our paths) (?:\S+ ){0,4}?(?:cross|meet|see each other"
    r"|work together|talk|speak|stay|keep|catch up|connect|run into|bump into|collaborate)\b",
    # Willing to hear them out, should something move: "if there were any room
    # on the package I'd certainly listen", "I'd want to have that conversation".
    r"\b(?:if|should|whether) (?:there(?:'s| is| was| were| be)?|anything|something|you|your|the|things?)\b"
    r"[^.!?\n]{0,160}?\b(?:i'd|i would|i will|i'll|i'm|i am|happy to|glad to|open to|we can|we could)"
    r" (?:\S+ ){0,3}?(?:listen|hear|be all ears|be open|reconsider|revisit|talk|discuss|have (?:that|a|the) (?:\S+ )?"
    r"conversation|take a (?:\S+ )?look|think again)\b",
    # Leave asked to write again: "I hope you will not mind if I contact you again".
    r"\b(?:wouldn't|won't|will not|would not|don't|do not) mind (?:if )?(?:i|me) (?:contact\w*|reach\w* out"
    r"|get\w* (?:back )?in touch|writ\w*|call\w*|email\w*)",
    # The door said not to be shut: "it isn't a firmly shut door".
    r"\b(?:isn't|is not|not|never) (?:a |an )?(?:\S+ )?(?:shut|closed|locked) door\b",
    r"\blook(?:ing)? forward to (?:hearing|seeing (?:you|each other|what|how|where|the team|your)|speaking|talking"
    r"|meeting|catching|staying|keeping|working"
    r"|following)",
    # The set phrases of the same idea.
    r"\bin (?:touch|contact)\b(?! with (?:the other|my|another|them|him|her)\b)",
    r"\bstay(?:ing)? connected\b",
    r"\bconnect(?:ing)? (?:on|via) linkedin\b",
    r"\bpaths? (?:\S+ ){0,3}?cross(?:ing|es)?\b",
    r"\b(?:ways|roads) (?:\S+ ){0,2}?cross\b",
    r"\b(?:will|'ll|shall) (?:\S+ )?(?:contact|call|email|write to|message|ring) you\b",
    r"\bcross(?:ing)? paths\b",
    r"\bcome across (?:one another|each other)\b",
    # Within the sentence: "Zoe was great to talk to. Thanks again" is not talking again.
    # Also "interact again in future", and "maybe we see us again" as a German speaker puts it.
    r"\b(?:speak|talk|meet|chat|see you|see each other|see us|work together|connect|cross|interact)"
    r" (?:[^\s.!?]+ ){0,2}?again\b",
    r"\b(?:talk|speak|chat|more|see you) soon\b",
    r"\buntil next time\b",
    r"\bsee you (?:around|at|later|again|soon|sometime|next)\b",
    # "I'll look out for you at the Multimodal show", "hope to catch you at the next expo".
    r"\b(?:look(?:ing)? out for|catch|spot|bump into|run into) you at (?:the|a|an|next|this)\b",
    # Another try, another day: "may well apply again", "in the running next
    # time", "I wouldn't rule it out", "watching the company with interest".
    r"\b(?:apply|applying|reapply|reapplying|in the running|throw my hat in the ring|throw my hat in"
    r"|put myself forward)\b"
    r"(?: \S+){0,3}? (?:again|next time|another time|in (?:a|the) (?:year|few|future|new year))\b",
    r"\b(?:not|never|wouldn't|won't|don't|can't|couldn't|didn't) rule (?:\S+ )?out\b",
    r"\b(?:watch|watching|follow|following|keep an eye on)(?: \S+){0,3}? with (?:great |real |keen |much )?interest\b",
    r"\b(?:the|my|our) door (?:\S+ ){0,2}?open\b",
    r"\bdoor (?:is|remains|stays|will be|'s) (?:\S+ )?open\b",
    # Not the coffee the writer drank over the decision: "a pot of coffee", "cups of coffee".
    r"\b(?<!pot of )(?<!pots of )(?<!cup of )(?<!cups of )(?<!mug of )(?:coffee|lunch|a drink|a beer|a bite)\b",
    r"\bdon't be a stranger\b",
    r"\b(?:a|another) catch[- ]up\b",
    r"\bcatch up soon\b",
    r"\b(?:inbox|door|line|diary)s? (?:is|are|remains?|stays?) (?:\S+ )?open\b",
    r"\breconnect\w*+",
    r"\bsounding board\b",
    r"\b(?:feel free|do|don't hesitate|please|free) to (?:reach out|get in touch|contact me|drop me|ping me"
    r"|call|email|write)",
    # Asked outright: "do reach out whenever you're hiring", "write any time".
    r"\b(?:do|please) (?:reach out|get in touch|drop me|ping me|contact me|get back to me|call me|email me"
    r"|write to me)\b",
    r"\b(?:write|call|email|message|ping|text|ring|reach out)(?: to)? (?:me |us )?(?:any ?time|whenever)\b",
    # Promising to write again: "I'll let you know how the new job goes", "I'll send on my thoughts".
    r"\b(?:will|'ll|shall) (?:\S+ ){0,2}?(?:let you know how|keep you (?:posted|updated|in the loop)|update you"
    r"|report back|write again|send (?:on |over |along |you )?(?:\S+ ){0,3}?(?:thoughts|notes|article|link|updates?"
    r"|news|photos|pictures))\b",
    r"\bkept in mind\b",
    r"\b(?:keep|keeps|keeping|kept|bear|bearing|have|had) (?:me|us|my (?:name|details|cv|profile|application)) "
    r"(?:in mind|on file|on (?:your|the) (?:radar|books|list))\b",
    r"\b(?:i'm|i am) your (?:person|man|woman|guy|girl)\b",
    r"\bkeep (?:me|my (?:details|cv|profile|application)) (?:in|on) (?:your|the) (?:talent pool|network|database"
    r"|system|books|list|records|pipeline|files?)\b",
    r"\b(?:stay|remain|be) (?:in|part of) (?:your|the) (?:network|talent pool|community)\b",
    r"\b(?:give|gie) (?:me|us) a (?:shout|call|ring|bell|buzz|text)\b",
    r"\b(?:don't|let's not|let us not|never) be (?:a )?strangers?\b",
    r"\blet me know (?:if|when|whenever) (?:\S+ ){0,4}?(?:opening|role|position|vacanc\w++|opportunit\w++|job)s?\b",
    r"\bconsider (?:me|my application|my profile) (?:again|for|in)\b",
    r"\bif (?:i'm|i am|you're|you are) ever (?:in|near|passing|around|over|back)\b",
    r"\bcount me in\b",
    r"\b(?:remain|stay|be|keep) in correspondence\b",
    r"\bkeep(?:ing)? (?:up )?(?:the|our|this|a|that) (?:\S+ )?(?:relationship|connection)s?\b",
    r"\bnot now'?,? (?:rather than|not|and not|instead of) (?:a )?'?never\b",
    # "Let's not let another year go by!"
    r"\blet(?:'s| us) not (?:let (?:another|so much|so long|too much|a whole)|leave it (?:so |this |too )?long"
    r"|wait (?:another|so long)|go (?:another|so long))\b",
    # Not wanting to lose touch: "I didn't want to drop off the map".
    r"\b(?:didn't|did not|don't|do not) want to (?:drop off (?:the|your) (?:map|radar)|disappear|vanish|lose touch"
    r"|fall off (?:the|your) radar|go quiet|be a stranger)\b",
    r"\bour next (?:conversation|chat|meeting|catch-up|catch up|coffee|call)\b",
    r"\blet me know if (?:you|you'd|you would|you're|there's|there is) ever\b",
    r"\b(?:swap|compare|exchange|trade)(?:ping)? (?:notes|ideas|thoughts|stories|war stories)\b",
    r"\b(?:will|'ll|shall) (?:\S+ ){0,2}?(?:reach out|reach back out|get in touch|check in|touch base"
    r"|drop (?:you|by|in)|look you up|come (?:and )?(?:see|visit))\b",
    r"\b(?:keep|leave|keeping|leaving) (?:the |our |my )?(?:lines?|channels?) (?:of communication )?open\b",
    r"\btouch(?:ing)? base\b",
    r"\bexpect (?:a|an|my) (?:\S+ )?(?:postcard|visit)\b",
    r"\b(?:you'll|you will) (?:\S+ )?hear from me\b",
    r"\b(?:bear|think of) (?:me|us)\b",
    # Another chance, should it come: "should another opening arise", "if the timing ever lines up".
    r"\b(?:should|if|when|whenever|once) (?:\S+ ){0,2}?(?:opening|openings|role|roles|position|positions"
    r"|vacanc\w++|opportunit\w++|job|jobs|timing|circumstances|chance) (?:\S+ ){0,2}?"
    r"(?:arise|arises|come|comes|open|opens|become|becomes|crop|crops|turn|turns|appear|appears|line|lines"
    r"|change|changes|allow|allows|work|works)\b",
    r"\b(?:should|if|when|whenever) (?:something|anything) (?:\S+ ){0,2}?(?:comes?|crops?|turns?|opens?) up\b",
    # A visit offered: "if you're ever through Houston, first round's on me".
    r"\b(?:if|when|whenever) you(?:'re| are) ever (?:in|through|passing|over|around|down|up|out|near|visiting)\b",
    # Not a day's delay: "I hope one day will be understandable", "one day late".
    r"\b(?:would|'d|will|'ll|hope|could|might|may) (?:\S+ ){0,8}?(?:one day|one of these days)\b"
    r"(?! (?:will|would|is|was|late|later|after|over|past|delay|more|of)\b)",
    # Better another time: "Maybe in the future the timing and the numbers fit better."
    r"\b(?:maybe|perhaps|hopefully|possibly) (?:\S+ )?(?:in (?:the )?future|one day|some day|someday|another time"
    r"|down the (?:line|road)|later on|in a few years)(?:,)? (?:\S+ ){0,6}?(?:fits?|works?|align|aligns|lines? up"
    r"|will be right|is right|comes? together) (?:\S+ )?better\b",
    r"\b(?:if|should|when) (?:\S+ )?one day\b",
    # The same, supposed: "if a similar role came up" (not "when the role came up", which is past).
    r"\b(?:if|should) (?:\S+ ){0,2}?(?:opening|role|position|vacanc\w++|opportunit\w++|job)s? (?:\S+ ){0,2}?"
    r"(?:came|arose|opened|appeared|cropped|became)\b",
    r"\bdrop (?:me|you) (?:a|an) (?:line|note|message|email)\b",
    r"\b(?:welcome|love|enjoy|like|up for|fancy) (?:a|another|the) (?:chat|catch-up|catch up|coffee|call"
    r"|conversation|drink)\b",
    # "I'll be looking out for openings", "I'll keep watching for roles with you", "checking back for vacancies";
    # never "I was looking for roles closer to home", the writer's own search.
    r"\b(?:look(?:ing)? out|watch(?:ing)?(?: out)?|check(?:ing)?(?: back)?) for (?:\S+ )?"
    r"(?:openings|roles|opportunities|vacancies|jobs|positions)\b",
    r"\b(?:not|never|don't want to|wouldn't want to) lose touch\b",
    r"\b(?:have|grab|get) (?:a|another) (?:\S+ )?(?:chat|conversation|catch-up|catch up|coffee|call)\b",
    r"\b(?:connection|linkedin) request\b",
    r"\brequest to connect\b",
    r"\b(?:isn't|is not|won't be|will not be|needn't be|not be) (?:the|our) (?:end|last)\b",
    r"\bping me\b",
    r"\bgive me a (?:shout|call|ring)\b",
    r"\bkeep (?:me|us) (?:in mind|posted|updated|on your radar|in the loop|informed)\b",
    r"\bkeep (?:my|our) (?:\S+ )?(?:cv|details|profile|name|number|card|email) (?:handy|to hand|close|around"
    r"|somewhere)\b",
    r"\bone more conversation\b",
    # Interest in what comes later.
    r"\bfuture (?:roles?|opportunit\w++|openings?|positions?|vacanc\w++|projects?|collaborations?|conversations?"
    r"|contact|plans)\b",
    r"\b(?:other|new|similar|another) (?:roles?|opportunit\w++|openings?|positions?)"
    # (Not a burden the writer cannot take on: "taking on a new role with that kind of commitment".)
    r" (?:at(?! (?:(?:this|the|that) (?:moment|time|point|stage)|present)\b)|with(?! (?:that|this|such|so)\b)"
    r"|in the future"
    r"|later|come up)\b",
    r"\b(?:something|anything|a role|an opening|a position|an opportunity) (?:\S+ ){0,3}?(?:comes? up|opens? up"
    r"|becomes? available|suitable|similar)\b",
    r"\bif (?:anything|something|things?) (?:\S+ ){0,2}?(?:changes?|shifts?)\b",
    r"\bif there(?:'s| is) ever\b",
    r"\b(?:down the|later on down the) (?:line|road|track)\b",
    r"\b(?:someday|some day|another time|next time round)\b",
    r"\bif (?:the )?timing\b",
    r"\btiming (?:(?:will|might|may|could|would) be|is) (?:a bit |much )?(?:better|right)\b",
    r"\bkeep an eye on (?:your|the|\S+'s) (?:careers?|jobs?|openings|roles|vacancies|site|page|company|work"
    r"|progress)",
    r"\bcareers? (?:page|site)\b",
    r"\bfollow(?:ing)? (?:your|along|the team's|the company's|(?:\S+ ){0,2}?\S+'s (?:progress|work|journey))",
    # Somewhere to meet: "say hello at one of your meetups", "see you at the next conference".
    r"\b(?:see|meet|catch up|bump into|run into|say hi|say hello|chat|talk|speak|connect|come|find you|join you)\b"
    r"(?: \S+){0,3}? (?:at|to) (?:the |a |an |your |any |one of (?:the|your) )?(?:next |upcoming |future )?(?:\S+ )?"
    r"(?:meetups?|conferences?|events?)\b",
    r"\bkeep an eye out\b",
    r"\byou know where (?:i am|to find me)\b",
    r"\bif you (?:ever )?need (?:someone|anything|a hand|help|a reference)\b",
    r"\bif you ever (?:need|want|fancy|would like|'d like)\b",
    r"\b(?:i'm|i am|i'll be) (?:always |still |only )?(?:around|a call away|an email away|a message away)\b",
    # Not the last: "let's not make this the last we hear of each other", "I hope it's not the last time".
    r"\b(?:not|never) (?:\S+ ){0,3}?the last (?:time|we|you|i|of us|conversation|chat)\b",
    # The same hope as a maybe: "maybe we can work together in some years".
    r"\b(?:maybe|perhaps|possibly) (?:one day )?(?:we|you and i|our paths|our ways) (?:\S+ )?(?:can |could |will "
    r"|'ll |might |may |shall |get to )?(?:meet|work|cross|talk|speak|collaborate|catch up|connect|cooperate"
    r"|see each other|stay|keep)\b",
    r"\bif i can (?:ever )?(?:help|be of (?:any )?help|do anything)\b",
    r"\bjust shout\b",
    r"\blet me know how\b",
    r"\bnext time (?:i'm|i am|you're|you are|we're|we are)\b",
    r"\b(?:keep|be) following (?:you|your|along|the team|the company|what|how|\S+'s)\b",
    r"\bfollow(?:ing)? (?:what|how) (?:you|the team)\b",
    r"\bwatch(?:ing)? (?:your|the team's|the company's|\S+'s) (?:progress|work|journey|growth|launch|success)\b",
    r"\bkeep (?:me|my (?:details|cv|profile|application)) (?:on file|on your (?:books|list|radar)"
    r"|in your (?:records|system|database))",
    r"\bon (?:your|the|each other's|one another's|my) radars?\b",
    # Open to what comes: "I remain open to opportunities with you", "I'd
    # welcome hearing about anything else", "you can always reach me here".
    r"\b(?:remain|remains|stay|am|i'm|be|still|always) (?:\S+ )?open to (?:\S+ ){0,2}?(?:opportunit\w++|roles?"
    r"|positions?|openings?|offers?|conversations?|discussions?|hearing|ideas|talking|future)\b",
    r"\b(?:welcome|love|like|appreciate|glad of|keen on) (?:hearing|to hear) (?:about|of|from)\b",
    r"\b(?:forward to|hope for|hoping for|welcome|open to|glad of) (?:the |a |any )?(?:possibility|chance|opportunity"
    r"|prospect|day) (?:of|to|when) (?:\S+ )?(?:work|working|collaborat\w*+|meet|meeting|join|joining|reconnect\w*+"
    r"|cross|crossing|talk|talking|speak|speaking)\b",
    r"\bways (?:we|to) (?:\S+ ){0,2}?(?:work together|collaborate|stay in touch|connect|help each other)\b",
    r"\b(?:can|could) (?:always |still |easily |also )?(?:reach|contact|find|email|call|get hold of|message) me\b",
    r"\b(?:will|'ll|shall|hope to|love to|like to|plan to|sure to) (?:\S+ ){0,2}?(?:visit|drop by|pop in|stop by"
    r"|call in|swing by|look in on)\b",
    r"\b(?:should|if|when|whenever) there (?:be|is|are|'s|were|ever is|ever be) (?:ever )?(?:an? |any )?(?:\S+ )?"
    r"(?:opening|role|position|vacanc\w++|opportunit\w++|job)s?\b",
    r"\b(?:welcome|love) (?:hearing|the chance|the opportunity|a chance|any) (?:\S+ ){0,3}?(?:future|again|from you)\b",
    r"\b(?:isn't|is not|won't be|needn't be) (?:a )?goodbye\b",
    r"\bkeep (?:the|our) conversation going\b",
    r"\blet me know if (?:there(?:'s| is) )?(?:ever )?(?:anything|i can|you ever need)\b",
    r"\blinkedin\b",
    # An offer to refer someone.
    r"\brefer(?:ral)?s?\b(?! to)",
    r"\brecommend (?:a|an|someone|somebody|him|her|them|you|my|one of|people|friends?|colleagues?|former)\b",
    r"\bintroduc(?:e|ing) (?:you|her|him|them|a|an|someone|somebody)\b",
    r"\bpass(?:ing|ed)? (?:on |along )?(?:your|her|his|their) (?:details|contact|name|email|number)",
    r"\bconnect (?:you|the two of you|them)\b",
    r"\b(?:could|can|might|may|will|'ll|happy to|glad to) (?:\S+ ){0,3}?(?:share|send) (?:\S+ ){0,3}?with you\b",
    r"\bgive (?:him|her|them) your (?:contact|details|email|number)",
    r"\b(?:point|send|put|direct)(?:ing)? (?:\S+ ){0,3}?(?:your|his|her|their) way\b",
    r"\bknow (?:someone|somebody|a (?:\S+ ){0,2}?(?:friend|colleague|person|engineer|designer|candidate"
    r"|professional))\b",
    r"\b(?:a|my) (?:\S+ ){0,2}?(?:friend|colleague)s?\b[^.!?\n]{0,60}?\b(?:would|who'd|who would|could)"
    r" (?:\S+ )?(?:be|fit)\b",
    r"\b(?:a|my) (?:\S+ ){0,2}?(?:friend|colleague)s?\b[^.!?\n]{0,120}?\b(?:is|are|who(?:'s| is)?|she|he|they)"
    r" (?:\S+ ){0,2}?(?:looking|searching|searches|seeking|seeks|hoping) (?:for )?(?:\S+ ){0,4}?(?:role|position"
    r"|job|opening|move)s?\b",
]
INVITATIONS = any_of(INVITATION_PATTERNS)
# Wishes that close a letter without opening anything, and uses of "future" about others.
GENERIC_WISHES = any_of(
    [
        r"\b(?:luck|success|best|well|wishes)(?: \S+){0,4}? (?:for|in|with) (?:the |your )?future(?: endeavou?rs)?\b",
        r"\bfuture (?:candidates?|hires?|employers?|colleagues?|team ?mates?|applicants?)\b",
    ]
)
# A negation just before a construction turns it round: "we will not work together".
NEGATED = re.compile(r"(?:\bnot|n't|\bnever|\bno longer|\bnothing)(?: \S+){0,3} ?$", re.IGNORECASE)
# A meeting place or a network named as something past or seen, not proposed:
# "we met at a conference", "I saw the role on LinkedIn", "over coffee".
MENTIONED = re.compile(r"\b(?:coffee|lunch|drink|beer|bite|meetups?|conferences?|events?|linkedin)\b", re.IGNORECASE)
# Gladness or a chance that has been and gone.
_OFFERED_BEFORE = re.compile(
    r"(?:happy|glad|keen|delighted|pleased|thrilled|excited|honou?red|willing|eager|chance|opportunity|occasion"
    r"|great|nice|lovely|good|a pleasure)\b",
    re.IGNORECASE,
)
PAST_BEFORE = re.compile(
    r"\b(?:was|were|had been|have been|had|for|given|got|gave|enjoyed|valued|loved|appreciated)"
    r"(?: (?:the|this|that|a|an|so|very|most|really|particularly|especially|always|much|any|enough|fair|real"
    r"|proper|full)){0,2} $",
    re.I,
)
# What is still to come in the clause that mentions a coffee or an event: an invitation after all.
_STILL_TO_COME = re.compile(r"\b(?:can|could|will|would|might|shall|let's|let us|hope to|hoping to)\b|'ll\b", re.I)
IN_PASSING = re.compile(
    r"\b(?:had|met|during|was|were|did|went|presented|attended|spoke|saw|seen|found|spotted|noticed|posted|thanks? for"
    r"|thank you for|over|after|before"
    r"|read|came across|advertised|listed|rather than|instead of|see me|shouting|posting|announcing)\b[^.!?\n]*$",
    re.IGNORECASE,
)

SHUT_PATTERNS = [
    r"\b(?:remove|removing|take|taking|strike|striking|drop|dropping|delete|deleting|cross|crossing)"
    r" (?:me|my (?:\S+ )?(?:details|profile|data|information|cv|name"
    r"|application|email))(?: \S+)? (?:from|off|out of) (?:(?:your|the|any|that|this|those|these|all|every) \S+"
    r"|consideration for (?:any )?(?:future|further|other)\b)",
    # Told they need not think of the writer again: "please don't feel you need to keep me on your list".
    r"\b(?:don't|do not|needn't|need not)(?: (?:feel|think|believe))?(?: (?:like|that))?(?: you)?(?: (?:ever|still"
    r"|really))? (?:need|have) to (?:keep|consider|contact|think of|remember) me\b",
    r"\bdelete my (?:\S+ )?(?:documents|details|data|application|cv|profile|information)\b",
    r"\b(?:not|don't|do not) (?:to )?(?:keep|retain|hold|store) my (?:application|details|cv|profile|data"
    r"|information)\b",
    r"\b(?:not|don't|do not) (?:to )?keep me (?:on (?:file|record|your (?:books|list|radar|files))|in mind)\b",
    r"\b(?:won't|will not|wouldn't|would not|never) (?:be )?(?:apply(?:ing)?|work(?:ing)?|consider(?:ing)?"
    r"|interested|interview(?:ing)?)(?: \S+){0,4}? (?:again|in (?:the )?future|future)\b",
    r"\bnot (?:be )?(?:interested|open|applying) (?:in|to|for) (?:any )?(?:future|further|other)\b",
    r"\bnot (?:\S+ )?(?:interested|keen|looking) (?:in|to) (?:stay|staying|keep|keeping|connect|connecting|hear)",
    r"\bnot (?:\S+ )?(?:wish|want|like) to be considered\b",
    # Asked not to be thought of again: "to not consider my profile for future positions".
    r"\bnot (?:to )?(?:\S+ )?(?:consider|contact|approach|include|keep|email|call) (?:me|my (?:\S+ )?(?:profile"
    r"|application|details|cv|name|data)) (?:\S+ ){0,3}?(?:for|about|in|on) (?:any )?(?:future|further|other|more"
    r"|new)\b",
    r"\bnot be considered for (?:any )?(?:further|future|other)\b",
    r"\b(?:do not|don't) (?:contact|email|call|reach out to|get in touch with) me\b",
    r"\bno need to (?:contact|reach|keep|stay|follow)\b",
    r"\bnot (?:be )?(?:necessary|needed|required) to (?:keep|contact|stay|follow)\b",
    r"\bunsubscribe\b",
    r"\blose my (?:number|details|contact)",
    r"\bnever again\b",
    r"\bno (?:future|further) (?:contact|roles|opportunities|correspondence)\b",
    r"\b(?:the|my) last (?:time|email|message) (?:you'll|you will) hear\b",
    r"\b(?:close|closed|closing|shut|shutting) (?:the|my|this|that) door\b",
]


DOOR_SHUT = any_of(SHUT_PATTERNS)
# Contact invited only about this decline ("call me if anything here is
# unclear", "reach out if you need anything to close the file") opens nothing.
ABOUT_THIS_DECLINE = any_of(
    [
        r"\bunclear\b",
        r"\bany (?:further |more |other )?questions\b",
        r"\bif you have (?:any )?(?:\S+ )?questions\b",
        r"\bquestions? (?:about|on|regarding) (?:this|my|the) (?:decision|email|letter|message|note)\b",
        # Not the other offer's state: "I haven't signed anything yet, so if anything changes, give me a shout".
        r"\b(?:paperwork|(?<!in some )(?<!in any )forms?|(?<!n't )(?<!not )signed|signature|the file|your records"
        r"|documents?)\b",
        r"\bconfirm\w*+ (?:this|my (?:decision|decline)|in writing|receipt)\b",
        # (Not the writer's own decision: "one more conversation before I close things out fully".)
        r"\bto close (?:this|it|everything|the matter) (?:out|off)\b",
        r"\bwrap(?:ping)? (?:this|things|it|everything) up\b",
        r"\b(?:send|give|get|bring) you my (?:final )?(?:answer|decision|reply|response)\b",
        r"\b(?:talk through|talk about|discuss|explain|go over|go through) (?:my|this|the|our) (?:decision|reasons?"
        r"|email|letter)\b",
        # A day named for the next message: "I will be in touch on Monday", "I'll get back to you tomorrow".
        r"\b(?:in touch|back to you|call you|email you|write to you) (?:again )?(?:on (?:monday|tuesday|wednesday"
        r"|thursday|friday)|by (?:monday|tuesday|wednesday|thursday|friday|the end of (?:the|this) week|tomorrow)"
        r"|tomorrow|later today|this (?:afternoon|evening)|after the weekend|early next week)\b",
    ]
)
# Both in one pass over the text: a match that DOOR_SHUT also matches shuts it.
DOOR = any_of(SHUT_PATTERNS + INVITATION_PATTERNS)


# What the writer would have said, was looking forward to, or is doing in this
# very message: "I'd normally say let's keep in touch, but", "I was looking
# forward to the possibility of joining", "I thought I'd drop you a line".
NOT_NOW = re.compile(
    r"\b(?:would|'d) (?:normally|usually|ordinarily|otherwise|typically) (?:say|suggest|offer|propose|add)\b[^.!?]*$"
    r"|\b(?:was|were|had been|'d been)(?: \S+){0,3} looking $"
    r"|\b(?:thought|figured|decided|wanted|felt) (?:i'd|i would|i should|i'd better|to) $"
    # News the reader may like: "another move I thought you might like to hear about".
    r"|\bthought you (?:might|may|would|'d) $",
    re.IGNORECASE,
)


# Where the words before an invitation stop belonging to it: a negation before "but" or a comma
# ("I understand if that hasn't moved, but if something comes up I'd be happy to talk") is another clause's.
_CLAUSE_BREAK = re.compile(r".*(?:[,;:–—] |\bbut )", re.IGNORECASE)


# Said to have been hard, not offered: "it was a bit difficult to have a full conversation".
# Or regretted as not done: "I should have been in touch sooner".
_HARD_BEFORE = re.compile(
    r"\b(?:(?:difficult|hard|harder|more difficult|impossible|tough|tricky|awkward|not easy) to"
    r"|(?:should|could|ought to) (?:have|'ve) been) $",
    re.IGNORECASE,
)


def _opens(flat: str, found: re.Match) -> bool:
    """Whether an invitation really opens the door: not negated, not a generic wish."""
    sentence_start = max(flat.rfind(". ", 0, found.start()), flat.rfind("\n", 0, found.start())) + 1
    before = flat[max(sentence_start, found.start() - 40) : found.start()]
    own = before[_CLAUSE_BREAK.match(before).end() :] if _CLAUSE_BREAK.match(before) else before
    if NEGATED.search(own) or NOT_NOW.search(before) or _HARD_BEFORE.search(before):
        return False
    begin, stop = clause(flat, found.start(), found.end())
    if ABOUT_THIS_DECLINE.search(flat[begin:stop]):
        return False
    words = found.group()
    if _OFFERED_BEFORE.match(words) and PAST_BEFORE.search(before):
        # "I was happy to help", "I'm glad we had the chance to meet": what was, not what may be.
        return False
    # Had over a coffee, or seen at an event, not "one day we can discuss it over a coffee".
    passing = IN_PASSING.search(before)
    if (MENTIONED.match(words) or words[:3].lower() in ("at ", "to ")) and passing:
        return bool(_STILL_TO_COME.search(before)) and not within(GENERIC_WISHES, flat, found)
    return not within(GENERIC_WISHES, flat, found)


# Regretted, a shut door is one the writer keeps open: "I would be sorry to close the door completely".
_REGRETTED = re.compile(r"\b(?:sorry|sad|loath|loth|reluctant|hate|unwilling|hesitant) to $", re.IGNORECASE)


def _denied(flat: str, found: re.Match) -> bool:
    """Whether a construction is negated (or regretted) a few words before, in its clause: not "that won't change,
    so there's no need to keep me in mind", whose negation is the clause before's."""
    sentence_start = max(flat.rfind(". ", 0, found.start()), flat.rfind("\n", 0, found.start())) + 1
    before = flat[max(sentence_start, found.start() - 40) : found.start()]
    own = before[_CLAUSE_BREAK.match(before).end() :] if _CLAUSE_BREAK.match(before) else before
    return bool(NEGATED.search(own) or _REGRETTED.search(own))


def opens(flat: str) -> re.Match | None:
    """The first construction in `flat` that opens the door, or None."""
    return next((found for found in INVITATIONS.finditer(flat) if _opens(flat, found)), None)


def check(email, context) -> Verdict:
    flat, shut, opened = email.flat, [], False
    for m in DOOR.finditer(flat):
        if DOOR_SHUT.match(flat, m.start()):
            if _denied(flat, m):
                # "I haven't closed the door", "please don't remove me from your list": left open.
                opened = True
                continue
            shut.append(email.finding(f"{curly(m.group())} closes the door — leave it open, even a little.", m))
        elif not opened:
            opened = _opens(flat, m)
    if shut:
        return warn(shut)
    return Verdict(opened)


MUST_WARN = [
    "I have decided not to accept. My reply is a day late; after eight weeks of process I hope one day will be "
    "understandable.",
    "I decline. I was looking for roles closer to home, and this one is not.",
    "I decline. I did not feel I got a fair chance to talk about the earlier rounds.",
    "I decline. It was busy at times, but it did make it a little harder to have a proper conversation.",
    "I decline. It's been a hectic end of term and I should have been in touch sooner.",
    "I decline. He was busy with his phone, so it was a bit difficult to have a full conversation.",
    "I am not in a position to take on a new role at present. I wish the team well.",
    "I decline. Zoe was great to talk to. Thanks again.",
    "I decline. I didn't feel I had much opportunity to talk through the training side.",
    "I decline. I would be grateful if you would not retain my details for the purposes of future vacancies.",
    "I decline. I sat down with a very large spreadsheet and a pot of coffee, and the numbers don't work.",
    "I decline, and I'd ask that you don't keep me on file for future roles.",
    # Past gladness and thanks for what was, and a pipeline to be left out of.
    "I decline. I appreciated the opportunity to meet you and the team.",
    "I decline. The reporting side was the part I was most keen to hear about.",
    "I decline, and I would ask you to not keep me in the pipeline for future openings.",
    # Invitations that are not: what the writer would normally say, was looking
    # forward to, or is doing in this very note; and asked to be forgotten.
    "I decline. I'd usually say let's stay in touch, but I will be off the market for years.",
    "I decline. I was really looking forward to the chance of joining you.",
    "Hi Sam, I thought I'd drop you a line to say I've moved to a new job.",
    "I decline, and I want to send you my answer before the weekend.",
    "I decline. Please take me out of consideration for future openings.",
    "I decline. You do not need to keep me in mind for anything else.",
    "I wish you the very best of luck for the future.",
    "I decline. I wish you and the team continued success in the future.",
    "I decline, and I am sorry that we will not work together.",
    "I decline. I hope you find someone brilliant.",
    "Saw the launch in the news. Looks like it went out the door well.",
    "I decline. I hope this is useful for future candidates.",
    {"text": "Please remove me from your lists. Stay in touch!", "quote": "Please remove me from your lists."},
    "I won't be applying again.",
    "Please don't contact me about future roles.",
    "I decline. No need to follow up.",
    "I decline. We met at a conference last year and I saw the role on LinkedIn.",
    "I decline. We had a lovely coffee near your office, I remember.",
    "I decline. At some point in the process I realised it was not for me.",
    "Please remove my details from your candidate records.",
    "I do not wish to be considered for further roles.",
    "I decline. I'm sorry to be telling you by a rushed email rather than over a coffee.",
    "Please take me off your candidate list for future openings.",
    "Please strike my name from your talent pool.",
    "I decline. I would have loved to work with you.",
    "I decline. I'll send the signed form back tomorrow.",
    "I decline. If you have any questions about my decision, let me know.",
    "I decline. When the role came up, I was excited.",
    "I decline. Sure you haven't seen the last of me, I'll be booking a holiday through you!",
    "Please take me off your list, and don't keep me in your talent pool.",
    "I decline. If anything is unclear, let me know.",
    "I decline. I'm happy to write this up formally if you need it.",
    "I decline. Expect a formal email confirming this tomorrow.",
    # Asked to be left out, in other words.
    "Could you take me off that mailing list, please?",
    "I'd ask you not to consider my CV for further vacancies.",
    # Contact only about this decline, places named in passing, wishes for the future.
    "I decline. Feel free to call me if anything in this email is unclear.",
    "I decline. Please reach out if you need anything from me to close the file.",
    "I decline. Thank you for the coffee during my visit.",
    "I decline. I hope the launch at the conference goes well.",
    "I decline. I hope everything works out for you in the future.",
    "I decline. In the future I want to focus on research.",
    "I decline. I'll be in touch with the other company tomorrow.",
    "I intend to decline. I would like to sit with it over the weekend, and I will be in touch on Monday.",
    "I decline. I'll keep following the news about fintech.",
    "I decline. I look forward to seeing the product in the shops.",
    "I decline. Let me know if you need the form signed.",
    # Gladness that has been, hopes that do not reach the other side, a call only about this decline.
    "I decline. I'm glad we had the chance to meet.",
    "I decline. I was happy to help with the reference check.",
    "I decline. I hope you'll keep doing great work.",
    "I decline. I'd be happy to talk through my decision on a call if that helps.",
    "I decline. It will not be necessary to keep my file for future positions.",
    "I decline. I am not able to take on a new position at this moment.",
    "I decline. You'll probably see me shouting about the new job on LinkedIn.",
    "I decline. Moving isn't possible and that won't change, so there's no need to keep me in mind for anything else.",
    "I decline. I share this because I'd want to hear it if I were in your shoes.",
    "I decline. Taking on a new role with that kind of commitment would not be fair to you.",
    "I decline. Please let me know if you need anything else from me to close this out.",
    "I've made another move I thought you might like to hear about: I've joined a research group.",
    "I decline. Their deadline is today, so call before lunch.",
]
MUST_PASS = [
    "Thank you again for your time. Maybe one day we can discuss it over a coffee.",
    "Thank you again for your time. I'll look out for you at the Multimodal show.",
    "I hope there may be an opportunity for us to work together in some other capacity in future.",
    "So good to hear your news. Let's not let another year go by!",
    "I haven't signed anything yet, so if anything changes on your side feel free to give me a shout.",
    "I have been very impressed with the team, and I would be sorry to close the door completely.",
    "I just liked the people I met, and didn't want to drop off the map.",
    "I understand if that hasn't moved, but if something comes up at a different level I would be very happy to talk.",
    "Just wanted to say congrats. If you're ever through Houston, first round's on me.",
    "I decline. I'd really appreciate the chance to stay in touch.",
    "I decline, but do stay in touch. Don't worry, you only need to contact me on my new email.",
    "I'd love to stay in touch. Please remove me from consideration for this role.",
    "I decline, but I'd appreciate the opportunity to meet again one day.",
    "I decline. Do drop me a line if a hands-on role comes up.",
    "I decline, but I'm looking forward to the chance of working together one day.",
    "I'd love to stay in touch.",
    "Let's connect on LinkedIn.",
    "I hope our paths cross again.",
    "Up for a catch-up over coffee?",
    "I hope we shall come across one another again.",
    "If there is ever a reason to talk, I would be very happy.",
    "If you're still looking, I know someone who'd be a great fit. Happy to pass your details on?",
    "I'd be more than happy to point a friend your way for a similar role.",
    "I have a friend from my previous company who would be a great fit. I will be happy to introduce her to you.",
    "More soon,\nKendra",
    "I'd be keen to work with you a few years down the line.",
    "If something suitable comes up, please do keep me in mind.",
    "I shall be following Vireo's progress with interest.",
    "I would be open to one more conversation before I close this.",
    "My inbox is always open.",
    "Please don't be a stranger.",
    "Let's grab lunch sometime.",
    "Hope to bump into you at a meetup.",
    "Do keep me posted on future openings.",
    "I'll keep watching for roles with you.",
    "I'll keep checking back for vacancies.",
    "Let's not lose touch.",
    "I will contact you when I move back to Berlin.",
    "If you ever need someone with my background, you know where I am.",
    "Hopefully we'll work together one day.",
    "I decline. Maybe in the future the timing and the numbers fit better.",
    "I'll drop you a line when I'm back in Melbourne.",
    "I'd welcome a chat in a few months once I've settled in.",
    "Please keep my details on file.",
    "I hope this isn't goodbye.",
    "Let me know if there's ever anything I can do.",
    "I'll keep an eye out for openings.",
    "Coffee next time you're in London?",
    "Happy to connect on LinkedIn.",
    # Invitations in other words.
    "If there's any room to revisit the offer on your end I'd be open to hearing it.",
    "I haven't totally closed the door yet.",
    {"kind": "check_in", "text": "I've only skimmed it so far, so I'll send on proper thoughts after the weekend."},
    "Feel free to get back to me if the budget changes.",
    "Should another opening arise, I'd be very interested.",
    "Should the timing ever line up, I'd jump at it.",
    "I'd welcome the chance to revisit this next year.",
    "Do reach out whenever you're hiring for data roles again.",
    "Write anytime.",
    "I'll let you know how the new job goes.",
    "I would still very much like to be part of the team one day.",
    "I would be thrilled to reapply next year.",
    "I'd be grateful if you kept my name in mind for similar roles.",
    "If you have anything in product later in the year, I'm your person.",
    "Hopefully this is a 'not now' rather than a 'never'.",
    "I'd be honoured to be considered again.",
    "I'll look forward to our next conversation.",
    "Let me know if you'd ever like a second opinion on the pipeline.",
    "I'd be glad to swap ideas on clinical data any time.",
    "I will reach out when I finish my PhD.",
    "I'd like to keep the lines of communication open.",
    "Let's touch base in the new year.",
    "Expect a postcard from Lisbon!",
    "I hope to have chance to cooperate with your company later.",
    "Please keep me in your talent pool.",
    "Gie us a shout if you're ever in Glasgow.",
    "Let's not be strangers.",
    "Do let me know when you next have an opening in the data team.",
    "Please consider me again next hiring season.",
    "I'll reach back out in the new year.",
    "I want to stay in your network.",
    "I would be glad to remain in correspondence.",
    "Would love to keep the relationship going.",
    # Willing to hear them out, should something move.
    "If there were ever more room on the budget, I'd certainly hear you out.",
    "Should anything shift on the hours, I'd want to have that conversation.",
    "This isn't a completely closed door.",
    # The same hope, other words.
    "Hope we run into each other again!",
    "I look forward to our paths crossing again.",
    "See you later, I hope.",
    "I may well apply again in a year or two.",
    "I'd be happy to be in the running next time.",
    "I wouldn't rule it out later on.",
    "I'll be watching the company with interest.",
    "I remain open to opportunities with your company.",
    "I'd welcome hearing about anything else that might suit me.",
    "I'm looking forward to the chance of working together.",
    "I'd be glad to explore ways we could work together.",
    "You can always reach me at this address.",
    "I'll be sure to visit the office when I'm next in town.",
    "Should there be an opening that fits my profile, I'd be glad to explore it.",
    "I hope it won't be our last conversation.",
    "I'd be happy to be considered if a similar role came up.",
    "Would be good to stay on each other's radar.",
    "Let's not make this the last we hear of each other.",
    "Perhaps we could collaborate in a few years.",
    "Do keep my CV handy.",
    "Keep me in the loop.",
    "If you ever want a second pair of eyes on the model, I'm around.",
    "I hope I'll see you at the next meetup.",
    "I hope we get the chance to work together in some form down the line.",
    "I hope we find a way to work together at some point.",
    "Maybe we will have the occasion to work together in the future.",
    "I would be very happy to recontact you in some years.",
    "I would be happy to cross your way again in some years.",
    "If one day a project needs an engineer in the region, I would be very happy to discuss it.",
    "One of my former colleagues is a very solid engineer, and she is looking for exactly this kind of role.",
    "I hope we will get an opportunity to interact again in future.",
    "Wish all the best, maybe we see us again.",
    "I decline. Should anything change in the coming days, I hope you will not mind if I contact you again.",
    "If there is any flexibility, I would be happy to have one more conversation before I close things out fully.",
]
