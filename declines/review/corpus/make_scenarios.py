"""Make the situations the corpus writers were given (declines/review/corpus/scenarios.json).

Each writer received only their own voice and their own list of situations:
who they are writing to, about which offer, what happened, and how they feel.
Nothing about the checklist or its rules. Some situations are ones in which
people tend to write a weaker message (in a hurry, annoyed, not yet sure,
reusing an email written to another company); the writer is told the
situation, never what would be wrong with the result.

Run: python declines/review/corpus/make_scenarios.py  (deterministic: seed 20261202)
     python declines/review/corpus/make_scenarios.py extra  (the extra tuning set: three
     more writers, seed 20261203, more of the situations that test a no, an
     open door and a polite complaint)
     python declines/review/corpus/make_scenarios.py extra2  (a second extra tuning set: four
     more writers, seed 20261204)
     python declines/review/corpus/make_scenarios.py extra3  (four more writers whose messages
     the rules are never tuned on, seed 20261205)
     python declines/review/corpus/make_scenarios.py extra4  (four more writers for tuning, mostly
     declines, more of them in a mood that tests the tone and the open door, seed 20261206)
     python declines/review/corpus/make_scenarios.py extra5  (the eight first personas again, written
     by new writers on new situations, for tuning; seed 20261207)
     python declines/review/corpus/make_scenarios.py extra6  (the eight first personas by new
     writers once more, mostly declines, eight in ten in a testing mood; seed 20261208)
     python declines/review/corpus/make_scenarios.py extra7  (four more writers, mostly the messages
     that should leave the door open; seed 20261209)
     python declines/review/corpus/make_scenarios.py extra8  (four more writers, mostly declines and
     answers, nine in ten in a testing mood, to test the tone; seed 20261210)
     python declines/review/corpus/make_scenarios.py extra9  (four more writers, mostly declines and the
     messages that should leave the door open, eight in ten in a testing mood; seed 20261211)
     python declines/review/corpus/make_scenarios.py extra10  (the eight first personas by new writers
     a fourth time, mostly declines and answers, nine in ten in a testing mood; seed 20261212)
     python declines/review/corpus/make_scenarios.py extra11  (the eight first personas by new writers
     a fifth time, mostly declines and answers, three in four in a mood that tests the tone: irritated
     by the offer or the process, bitter about the final interview; seed 20261213)
     python declines/review/corpus/make_scenarios.py extra12  (the same a sixth time, four in five in
     a mood that tests the tone; seed 20261214)
     python declines/review/corpus/make_scenarios.py extra13  (the same a seventh time; seed 20261215)
     python declines/review/corpus/make_scenarios.py extra14  (the same an eighth time; seed 20261216)
     python declines/review/corpus/make_scenarios.py extra15  (the same a ninth time; seed 20261217)
     python declines/review/corpus/make_scenarios.py extra16  (the same a tenth time; seed 20261218)
     python declines/review/corpus/make_scenarios.py extra17  (the same an eleventh time, with every kind
     of message; seed 20261219)
     python declines/review/corpus/make_scenarios.py extra18  (the same a twelfth time; seed 20261220)
     python declines/review/corpus/make_scenarios.py extra19  (the same a thirteenth time, every kind of
     message, nine in ten in any testing mood; seed 20261221)
     python declines/review/corpus/make_scenarios.py extra20  (the same a fourteenth time, nine in ten in
     a testing mood other than those that test the tone; seed 20261222)
     python declines/review/corpus/make_scenarios.py extra21  (the same a fifteenth time, mostly declines and
     answers, nine in ten in a mood that tests the tone; seed 20261223)
     python declines/review/corpus/make_scenarios.py extra22  (the same a sixteenth time; seed 20261224)
     python declines/review/corpus/make_scenarios.py extra23  (the same a seventeenth time, the moods that test
     the tone and the wish never to hear from them again; seed 20261225)
     python declines/review/corpus/make_scenarios.py extra24  (the same an eighteenth time; seed 20261226)
     python declines/review/corpus/make_scenarios.py extra25  (the same a nineteenth time, nine in ten in any
     testing mood, as the held-out third's writers could be; seed 20261227)
     python declines/review/corpus/make_scenarios.py extra26  (the same a twentieth time, mostly declines and
     answers, nine in ten in a mood that tests the tone; seed 20261228)
     python declines/review/corpus/make_scenarios.py extra27  (the same a twenty-first time, every kind of
     message, nine in ten in any testing mood; seed 20261229)
     python declines/review/corpus/make_scenarios.py extra28  (the same a twenty-second time, every kind of
     message, nine in ten in the moods that test the tone or the wish never to hear from them; seed 20261230)
     python declines/review/corpus/make_scenarios.py extra29  (the same a twenty-third time, every kind of
     message, nine in ten in any testing mood; seed 20261231)
     python declines/review/corpus/make_scenarios.py extra30  (the same a twenty-fourth time, every kind of
     message, nine in ten in a mood that tests the tone; seed 20261232)
     python declines/review/corpus/make_scenarios.py extra31  (the same a twenty-fifth time; seed 20261233)
     python declines/review/corpus/make_scenarios.py extra32  (the same a twenty-sixth time, every kind of
     message, half in any testing mood, as the held-out third's writers were nearly; seed 20261234)
     python declines/review/corpus/make_scenarios.py extra33  (the same a twenty-seventh time; seed 20261235)
     python declines/review/corpus/make_scenarios.py extra34  (the same a twenty-eighth time; seed 20261236)
     python declines/review/corpus/make_scenarios.py extra35  (the same a twenty-ninth time; seed 20261237)
     python declines/review/corpus/make_scenarios.py extra36  (the same a thirtieth time; seed 20261238)
     python declines/review/corpus/make_scenarios.py extra37  (the same a thirty-first time; seed 20261239)
     python declines/review/corpus/make_scenarios.py extra38  (the same a thirty-second time, written after the
     tone rule learnt its weights, as their measure; seed 20261240)
"""

import json
import random
from pathlib import Path

SEED = 20261202
HERE = Path(__file__).parent

WRITERS = {
    "terse-engineer": "a backend engineer from Ohio, USA, in your thirties, who writes short, plain, no-nonsense "
    "American English and dislikes fluff",
    "formal-lawyer": "a commercial solicitor from London who writes careful, formal British English, with full "
    "sentences and conventional courtesies",
    "warm-teacher": "a primary-school teacher from Brisbane moving into education technology, warm and chatty, "
    "writing Australian English",
    "german-engineer": "a mechanical engineer from Stuttgart who writes fluent but not native English; your "
    "phrasing and word order sometimes follow German, and you are rather direct",
    "chinese-analyst": "a data analyst from Chengdu, now living in Singapore, who writes correct but slightly "
    "stiff textbook English learned at school; English is your second language",
    "indian-pm": "a product manager from Bengaluru who writes Indian English as used in offices there, polite "
    "and a little formal",
    "effusive-marketer": "an American marketing director from Texas who writes long, enthusiastic, generous "
    "emails and rarely uses one sentence where three will do",
    "brief-designer": "a product designer from Glasgow, Scotland, who writes very short, friendly messages in "
    "British English, usually from a phone",
}

FIRST = [
    "Priya",
    "Marcus",
    "Lena",
    "Tomás",
    "Aisha",
    "Ken",
    "Sofia",
    "Daniel",
    "Mei",
    "Olusegun",
    "Hannah",
    "Rahul",
    "Claire",
    "Jonas",
    "Fatima",
    "Liam",
    "Yuki",
    "Carlos",
    "Grace",
    "Ivan",
    "Nadia",
    "Peter",
    "Zoe",
    "Ahmed",
    "Ingrid",
    "Sean",
    "Leila",
    "Tom",
    "Ruth",
    "Kwame",
    "Elena",
    "Sanjay",
]
LAST = [
    "Raman",
    "Chen",
    "Okafor",
    "García",
    "Khan",
    "Watanabe",
    "Rossi",
    "Meyer",
    "Lin",
    "Adeyemi",
    "Brooks",
    "Iyer",
    "Dubois",
    "Berg",
    "Haddad",
    "Murphy",
    "Sato",
    "Mendes",
    "Owens",
    "Petrov",
    "Karimi",
    "Gibbons",
    "Fraser",
    "Nasser",
    "Larsen",
    "O'Neill",
    "Cohen",
    "Walsh",
    "Mensah",
    "Novak",
    "Sharma",
    "Taylor",
]
TITLES = [
    "Head of Talent",
    "Engineering Manager",
    "Recruiter",
    "Senior Recruiter",
    "VP of Engineering",
    "Hiring Manager",
    "HR Business Partner",
    "Director of Product",
    "Talent Acquisition Lead",
    "CTO",
]
# Several are ordinary words too, as real company names often are.
COMPANIES = [
    "Northwind Analytics",
    "Kestrel Robotics",
    "Harbor",
    "Lantern Health",
    "Bloom",
    "Sage & Finch",
    "Apex Logistics",
    "Acorn Learning",
    "Monday Labs",
    "Tidewater Bank",
    "Juniper Games",
    "Quarry",
    "Brightwater Energy",
    "Fable",
    "Orbital Freight",
    "Copperleaf Insurance",
    "Notion Works",
    "Atlas Legal",
    "Meridian Foods",
    "Vireo Biotech",
    "Pinecone Software",
    "Summit Retail",
    "Ember",
    "Halcyon Travel",
]
ROLES = {
    "terse-engineer": ["Senior Backend Engineer", "Staff Software Engineer", "Platform Engineer", "SRE Lead"],
    "formal-lawyer": ["Senior Associate", "Legal Counsel", "Head of Legal", "Compliance Manager"],
    "warm-teacher": ["Learning Designer", "Curriculum Lead", "Customer Success Manager", "EdTech Trainer"],
    "german-engineer": ["Mechanical Design Engineer", "Test Engineer", "Manufacturing Lead", "R&D Engineer"],
    "chinese-analyst": ["Data Analyst", "Senior Data Scientist", "BI Developer", "Analytics Engineer"],
    "indian-pm": ["Product Manager", "Senior Product Manager", "Group Product Manager", "Program Manager"],
    "effusive-marketer": ["Marketing Director", "Head of Brand", "VP of Marketing", "Growth Lead"],
    "brief-designer": ["Product Designer", "Senior UX Designer", "Design Lead", "UI Designer"],
}
SALARIES = ["£68,000", "$145,000 base", "€72,000", "SGD 9,500 a month", "₹42 LPA", "A$118,000", "$160k + equity"]

REASONS = {
    "another_offer": "you have accepted another offer",
    "role_fit": "the role is not the right fit for you",
    "compensation": "the compensation does not work for you",
    "location": "the location does not work for you",
    "personal": "personal circumstances",
    "staying": "you are staying in your current role",
    "career_direction": "you want to take your career in a different direction",
    "unsaid": "you would rather not say why",
}
DETAILS = {
    "another_offer": ["The other team works on the exact problem I've wanted to work on for years.", ""],
    "role_fit": ["The role is more management than hands-on work, and I want to stay hands-on.", ""],
    "compensation": ["I couldn't make the numbers work with my mortgage.", ""],
    "location": ["Moving my family across the country isn't possible this year.", ""],
    "personal": ["I need to stay close to my father while he recovers.", ""],
    "staying": ["My current company offered me the lead role on a new project.", ""],
    "career_direction": ["I've decided to move towards research rather than industry.", ""],
    "unsaid": [""],
}
TONES = ["warm", "formal", "brief"]

# How the writer feels or what is going on. Some make a weaker message likely;
# the writer is never told which, nor why.
NEUTRAL = [
    "You have thought it over carefully and your mind is made up. You liked the people you met.",
    "The recruiter was kind throughout five rounds of interviews and you want them to know it mattered.",
    "You would genuinely like to work with this company in a few years' time.",
    "You are sorry to say no; the team was great and you enjoyed the technical interview.",
    "You want to be gracious and keep the relationship: this industry is small.",
    "You are relieved to have decided and want to be kind and clear.",
    "You met four people on the final day and want to mention one conversation that stuck with you.",
    "You would happily recommend a friend for a similar role there.",
]
TRICKY = [
    "You are writing on your phone between meetings and want it done in two or three lines.",
    "You are irritated: the offer came in well under the range in the job advert, and the process took eight "
    "weeks with long silences. You are trying to stay polite, but it shows a little.",
    "Honestly you are not completely certain yet; part of you hopes they might come back with more. You want "
    "to tell them where you are leaning.",
    "You would rather not hear from this company again after this.",
    "To save time you are adapting a message you wrote last week to {other_company} (to {other_contact}).",
    "It is late at night, you are tired, and you are a little bitter about how the final interview went.",
    "You want to tell them now, but say you will confirm properly after the weekend.",
    "You are very excited about where you are going next, and it shows.",
    "You are writing a version you can reuse for other companies too, so you leave the specific bits to fill in later.",
    "You do not feel like explaining your reasons.",
    "You found the interview process disorganised (a panel turned up late, one interviewer was on his phone) "
    "and you want to mention it, diplomatically.",
    "You are using a template from the internet and changing only a few words.",
    "You are writing in a hurry and do not bother with a greeting.",
    "You felt the salary conversation was a bit insulting, but you don't want to burn the bridge.",
]

# The testing moods in which a message tends to turn negative about the employer.
TONE_TESTING = [mood for mood in TRICKY if any(w in mood for w in ("irritated", "bitter", "disorganised", "insulting"))]
# The other testing moods: in a hurry, excited, done with them, reusing a message, not explaining.
OTHER_TESTING = [mood for mood in TRICKY if mood not in TONE_TESTING]
# The moods that test the tone, and the wish never to hear from them again (which a message can say rudely).
TONE_AND_BRIDGE = [*TONE_TESTING, next(mood for mood in TRICKY if "rather not hear" in mood)]

KINDS = ("decline", "phone_confirmation", "phone_script", "thank_you", "check_in", "linkedin_note", "answer")


def plan(*counts: int) -> list[str]:
    """Each writer's kinds of message, so many of each, in the order of KINDS."""
    return [kind for kind, count in zip(KINDS, counts, strict=True) for _ in range(count)]


KIND_PLAN = plan(16, 4, 3, 5, 5, 4, 5)
QUESTIONS = [
    "why you declined",
    "whether they could change your mind (they hint they could improve the offer)",
    "whether you would consider future roles with them",
]
CHECK_IN_NEWS = [
    "you finished a big project you had mentioned in the interviews",
    "you saw their product launch in the news",
    "you read an article you think your contact would find useful",
    "you will be in their city next month and could meet for a coffee",
    "you changed jobs again and want to let them know",
]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def scenario(rng, writer: str, number: int, kind: str, tricky_share: float, moods: list[str] = TRICKY) -> dict:
    company, *others = rng.sample(COMPANIES, 3)
    has_contact = rng.random() < 0.8
    contact = person(rng) if has_contact else ""
    reason = rng.choice(list(REASONS))
    detail = rng.choice(DETAILS[reason])
    other_offers = [
        {"company": c, "contact_name": person(rng), "salary": rng.choice(SALARIES)}
        for c in others[: rng.choice([0, 1, 1, 2])]
    ]
    thank = [
        f"{person(rng)} ({rng.choice(['engineering', 'product', 'design', 'the panel', 'HR'])})"
        for _ in range(rng.choice([0, 1, 2, 3]))
    ]
    offer = {
        "company": company,
        "role": rng.choice(ROLES[writer]),
        "contact_name": contact,
        "contact_title": rng.choice(TITLES) if contact else "",
        "salary": rng.choice(SALARIES),
        "reason": reason,
        "reason_detail": detail,
        "tone": rng.choice(TONES),
        "days_to_deadline": rng.choice([-3, -1, 0, 1, 2, 3, 5, 7, 10, 14]),
        "people_to_thank": thank,
        "other_offers": other_offers,
    }
    tricky = rng.random() < tricky_share
    mood = rng.choice(moods if tricky else NEUTRAL)
    if "{other_company}" in mood:
        if not other_offers:
            other_offers.append({"company": others[0], "contact_name": person(rng), "salary": rng.choice(SALARIES)})
        mood = mood.format(other_company=other_offers[0]["company"], other_contact=other_offers[0]["contact_name"])
    who = contact or f"the hiring team (you don't have a contact's name) at {company}"
    task = {
        "decline": f"Write the email declining the offer of {offer['role']} at {company} to {who}.",
        "phone_confirmation": f"You phoned {who} {rng.choice(['this morning', 'yesterday', 'on Monday'])} and told "
        f"them you are declining the {offer['role']} offer. Now write the short email that confirms it in writing.",
        "phone_script": f"Write the notes you will read from when you phone {who} to decline the {offer['role']} "
        "offer: what you will say, in the order you will say it. No subject line.",
        "thank_you": f"You declined the {offer['role']} offer at {company} a few days ago. Write a thank-you note "
        f"to {who}.",
        "check_in": f"You declined the {offer['role']} offer at {company} "
        f"{rng.choice(['three', 'six', 'twelve'])} months ago. Write to {who} to get back in touch: "
        f"{rng.choice(CHECK_IN_NEWS)}.",
        "linkedin_note": f"You declined the {offer['role']} offer at {company} last week. Write the short note that "
        f"goes in the little box of a LinkedIn connection request to {who}. No subject line.",
        "answer": f"You declined the {offer['role']} offer at {company}. {contact or who.capitalize()}"
        f" replied and asked {rng.choice(QUESTIONS)}. Write your reply.",
    }[kind]
    facts = []
    if contact:
        facts.append(f"Your contact is {contact}, {offer['contact_title']}.")
    if thank:
        facts.append(f"People you met in the interviews: {', '.join(thank)}.")
    facts.append(f"The offer was {offer['salary']}.")
    if other_offers:
        listed = "; ".join(f"{o['company']} (contact {o['contact_name']}, {o['salary']})" for o in other_offers)
        facts.append(f"Your other offers this season: {listed}.")
    days = offer["days_to_deadline"]
    if kind in ("decline", "phone_confirmation", "phone_script"):
        facts.append(
            f"Their deadline for your answer was {-days} day{'s' if days != -1 else ''} ago."
            if days < 0
            else "Their deadline for your answer is today."
            if days == 0
            else f"Their deadline for your answer is in {days} day{'s' if days != 1 else ''}."
        )
    return {
        "id": f"{writer}-{number:02d}",
        "writer": writer,
        "kind": "decline" if kind == "phone_confirmation" else kind,
        "task": kind,
        "offer": offer,
        "situation": f"{task} Your reason: {REASONS[reason]}."
        + (f" In your own words: “{detail}”" if detail else "")
        + f" Tone you want: {offer['tone']}. "
        + " ".join(facts)
        + f" {mood}",
    }


def writers(table: dict[str, tuple[str, list[str]]]) -> dict[str, str]:
    """A further set's writers, each with their persona and the roles they are
    offered: the personas are returned, the roles go into ROLES."""
    ROLES.update({name: roles for name, (_, roles) in table.items()})
    return {name: persona for name, (persona, _) in table.items()}


EXTRA_WRITERS = writers(
    {
        "lagos-hr": (
            "an HR business partner from Lagos, Nigeria, who writes Nigerian English: courteous, a little "
            "formal, with the warmth and turns of phrase of the offices there",
            ["HR Business Partner", "People Operations Lead", "Talent Manager"],
        ),
        "dublin-nurse": (
            "a nurse-turned-health-informatics analyst from Dublin, Ireland, chatty and wry, writing Irish "
            "English, who says what she means with a joke or two",
            ["Clinical Informatics Analyst", "Health Data Analyst", "Digital Health Lead"],
        ),
        "new-grad": (
            "an American computer-science graduate of 22 from California applying for a first job, casual, "
            "eager, sometimes over-explaining, who writes the way people of that age write emails",
            ["Software Engineer I", "Junior Developer", "Associate Engineer"],
        ),
    }
)
EXTRA2_WRITERS = writers(
    {
        "leeds-accountant": (
            "a chartered accountant from Leeds, England, dry and understated, writing British English "
            "with a fondness for irony",
            ["Financial Controller", "Senior Accountant", "Head of Finance"],
        ),
        "manila-csm": (
            "a customer-success lead from Manila, the Philippines, who writes Philippine English: very "
            "courteous, cheerful, with the polite formulas of the offices there",
            ["Customer Success Lead", "Account Manager", "Support Operations Manager"],
        ),
        "nyc-trader": (
            "a former equities trader from New York moving into fintech, brisk, confident and a little sharp, "
            "who writes American English the way people on a trading floor talk",
            ["Product Lead, Trading", "Head of Sales", "Quant Strategist"],
        ),
        "sao-paulo-dev": (
            "a software developer from São Paulo, Brazil, writing English as a second language: friendly "
            "and expressive, with phrasing that sometimes follows Portuguese",
            ["Full-Stack Developer", "Senior Frontend Engineer", "Mobile Developer"],
        ),
    }
)
EXTRA3_WRITERS = writers(
    {
        "cork-civil-servant": (
            "a civil servant from Cork, Ireland, chatty and self-deprecating, writing Irish English that runs on a bit",
            ["Policy Analyst", "Programme Manager", "Operations Lead"],
        ),
        "nairobi-nurse": (
            "a clinical nurse manager from Nairobi, Kenya, writing formal East African English: respectful, "
            "warm, fond of blessings and courteous formulas",
            ["Clinical Nurse Manager", "Head of Patient Services", "Nurse Educator"],
        ),
        "rotterdam-designer": (
            "a product designer from Rotterdam, the Netherlands, very direct and plain-spoken, writing "
            "English as a second language with Dutch bluntness",
            ["Senior Product Designer", "Design Lead", "UX Researcher"],
        ),
        "singapore-banker": (
            "a compliance officer from Singapore, efficient and precise, who writes crisp business "
            "English and relaxes into a little Singlish when the note is informal",
            ["Compliance Manager", "Risk Analyst", "Head of Regulatory Affairs"],
        ),
    }
)

EXTRA4_WRITERS = writers(
    {
        "melbourne-chef": (
            "a head chef from Melbourne, Australia, moving into food-tech operations, blunt and good-humoured, "
            "writing Australian English the way kitchen people talk",
            ["Operations Manager", "Kitchen Systems Lead", "Supply Chain Coordinator"],
        ),
        "mumbai-consultant": (
            "a management consultant from Mumbai, India, polished and diplomatic, writing the Indian English of "
            "consulting firms, fond of corporate idiom",
            ["Strategy Manager", "Engagement Manager", "Business Transformation Lead"],
        ),
        "lyon-engineer": (
            "a civil engineer from Lyon, France, writing English as a second language: correct but formal, with "
            "French turns of phrase and a taste for elaborate politeness",
            ["Project Engineer", "Structural Engineer", "Site Manager"],
        ),
        "chicago-sales": (
            "a sales manager from Chicago, USA, upbeat and persuasive, writing emphatic American English, who "
            "is not afraid to say what bothered him",
            ["Regional Sales Manager", "Account Executive", "Head of Partnerships"],
        ),
    }
)


# The eight first personas again, as new writers on new situations: "-2" tells
# their messages from the first ones'.
def again(n: int) -> dict:
    """The eight first personas written by new writers the `n`th time ("terse-engineer-n")."""
    return writers({f"{name}-{n}": (persona, ROLES[name]) for name, persona in WRITERS.items()})


EXTRA5_WRITERS = again(2)
EXTRA6_WRITERS = again(3)
EXTRA10_WRITERS = again(4)
EXTRA11_WRITERS = again(5)
EXTRA12_WRITERS = again(6)
EXTRA13_WRITERS = again(7)
EXTRA14_WRITERS = again(8)
EXTRA15_WRITERS = again(9)
EXTRA16_WRITERS = again(10)
EXTRA17_WRITERS = again(11)
EXTRA18_WRITERS = again(12)
EXTRA19_WRITERS = again(13)
EXTRA20_WRITERS = again(14)
EXTRA21_WRITERS = again(15)
EXTRA22_WRITERS = again(16)
EXTRA23_WRITERS = again(17)
EXTRA24_WRITERS = again(18)
EXTRA25_WRITERS = again(19)
EXTRA26_WRITERS = again(20)
EXTRA27_WRITERS = again(21)
EXTRA28_WRITERS = again(22)
EXTRA29_WRITERS = again(23)
EXTRA30_WRITERS = again(24)
EXTRA31_WRITERS = again(25)

EXTRA7_WRITERS = writers(
    {
        "auckland-pharmacist": (
            "a hospital pharmacist from Auckland, New Zealand, practical and friendly, writing New Zealand "
            "English, modest and a little understated",
            ["Clinical Pharmacist", "Pharmacy Informatics Lead", "Medicines Safety Officer"],
        ),
        "montreal-gamedev": (
            "a game developer from Montreal, Canada, writing English as a second language after French: warm, "
            "informal, with French-Canadian turns of phrase",
            ["Gameplay Programmer", "Technical Designer", "Engine Developer"],
        ),
        "edinburgh-economist": (
            "a public-sector economist from Edinburgh, Scotland, dry, precise and polite, writing careful "
            "Scottish English with a taste for understatement",
            ["Senior Economist", "Policy Analyst", "Head of Analysis"],
        ),
        "bangalore-founder": (
            "a startup founder from Bangalore, India, energetic and networking-minded, writing Indian English "
            "full of startup idiom",
            ["Head of Product", "Chief of Staff", "Growth Manager"],
        ),
    }
)

EXTRA8_WRITERS = writers(
    {
        "portsmouth-officer": (
            "a former Royal Navy officer from Portsmouth, England, now a logistics consultant: clipped, proper "
            "and very polite, writing British English that can be cutting without a rude word",
            ["Head of Logistics", "Operations Director", "Supply Chain Consultant"],
        ),
        "atlanta-nurse": (
            "a nurse practitioner from Atlanta, USA, with warm Southern manners that can hide steel, writing "
            "American English full of pleasantries",
            ["Nurse Practitioner", "Clinical Lead", "Care Coordinator"],
        ),
        "warsaw-datasci": (
            "a data scientist from Warsaw, Poland, writing English as a second language: precise, literal and "
            "blunt, without small talk",
            ["Senior Data Scientist", "Machine Learning Engineer", "Analytics Lead"],
        ),
        "sydney-copywriter": (
            "an advertising copywriter from Sydney, Australia, witty and sardonic, writing Australian English "
            "that likes a wry aside",
            ["Senior Copywriter", "Creative Lead", "Content Director"],
        ),
    }
)

EXTRA9_WRITERS = writers(
    {
        "cape-town-accountant": (
            "a chartered accountant from Cape Town, South Africa, courteous and understated, writing South "
            "African English with a dry edge when something irked her",
            ["Financial Controller", "Senior Auditor", "Head of Finance"],
        ),
        "houston-engineer": (
            "a petroleum engineer from Houston, USA, plainspoken and friendly, writing relaxed Texan American "
            "English, who says what he thinks with a smile",
            ["Reservoir Engineer", "Drilling Engineer", "Energy Transition Lead"],
        ),
        "seoul-researcher": (
            "a UX researcher from Seoul, South Korea, writing English as a second language: very polite, "
            "hedged and apologetic, with phrasing that sometimes follows Korean",
            ["Senior UX Researcher", "Research Operations Lead", "Service Designer"],
        ),
        "belfast-paralegal": (
            "a paralegal from Belfast, Northern Ireland, wry and frank, writing Northern Irish English that "
            "is friendly but does not hide a grievance well",
            ["Senior Paralegal", "Legal Operations Manager", "Compliance Officer"],
        ),
    }
)

# Each set of situations: its writers, what each writes, its seed, the share of
# situations that make a weaker message likely, and the file it goes to.
SETS = {
    "corpus": (WRITERS, KIND_PLAN, SEED, 0.45, "scenarios.json"),
    "extra": (EXTRA_WRITERS, plan(24, 4, 2, 6, 6, 2, 4), SEED + 1, 0.6, "extra_scenarios.json"),
    "extra2": (EXTRA2_WRITERS, plan(24, 4, 2, 5, 4, 1, 2), SEED + 2, 0.6, "extra2_scenarios.json"),
    "extra3": (EXTRA3_WRITERS, plan(16, 3, 1, 4, 3, 1, 2), SEED + 3, 0.6, "extra3_scenarios.json"),
    "extra4": (EXTRA4_WRITERS, plan(18, 4, 1, 2, 2, 1, 2), SEED + 4, 0.7, "extra4_scenarios.json"),
    "extra5": (EXTRA5_WRITERS, plan(10, 2, 1, 2, 2, 1, 2), SEED + 5, 0.7, "extra5_scenarios.json"),
    "extra6": (EXTRA6_WRITERS, plan(9, 1, 0, 2, 1, 1, 1), SEED + 6, 0.8, "extra6_scenarios.json"),
    "extra7": (EXTRA7_WRITERS, plan(12, 2, 1, 4, 4, 3, 0), SEED + 7, 0.7, "extra7_scenarios.json"),
    "extra8": (EXTRA8_WRITERS, plan(14, 2, 1, 2, 1, 0, 6), SEED + 8, 0.9, "extra8_scenarios.json"),
    "extra9": (EXTRA9_WRITERS, plan(14, 2, 1, 3, 3, 1, 2), SEED + 9, 0.8, "extra9_scenarios.json"),
    "extra10": (EXTRA10_WRITERS, plan(8, 1, 0, 2, 1, 0, 2), SEED + 10, 0.9, "extra10_scenarios.json"),
    "extra11": (EXTRA11_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 11, 0.75, "extra11_scenarios.json", TONE_TESTING),
    "extra12": (EXTRA12_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 12, 0.8, "extra12_scenarios.json", TONE_TESTING),
    "extra13": (EXTRA13_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 13, 0.8, "extra13_scenarios.json", TONE_TESTING),
    "extra14": (EXTRA14_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 14, 0.8, "extra14_scenarios.json", TONE_TESTING),
    "extra15": (EXTRA15_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 15, 0.8, "extra15_scenarios.json", TONE_TESTING),
    "extra16": (EXTRA16_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 16, 0.8, "extra16_scenarios.json", TONE_TESTING),
    "extra17": (EXTRA17_WRITERS, plan(6, 2, 1, 2, 1, 1, 3), SEED + 17, 0.8, "extra17_scenarios.json", TONE_TESTING),
    "extra18": (EXTRA18_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 18, 0.8, "extra18_scenarios.json", TONE_TESTING),
    "extra19": (EXTRA19_WRITERS, plan(6, 2, 1, 2, 2, 1, 2), SEED + 19, 0.9, "extra19_scenarios.json"),
    "extra20": (EXTRA20_WRITERS, plan(6, 2, 1, 2, 2, 1, 2), SEED + 20, 0.9, "extra20_scenarios.json", OTHER_TESTING),
    "extra21": (EXTRA21_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 21, 0.9, "extra21_scenarios.json", TONE_TESTING),
    "extra22": (EXTRA22_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 22, 0.9, "extra22_scenarios.json", TONE_TESTING),
    "extra23": (EXTRA23_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 23, 0.9, "extra23_scenarios.json", TONE_AND_BRIDGE),
    "extra24": (EXTRA24_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 24, 0.9, "extra24_scenarios.json", TONE_AND_BRIDGE),
    "extra25": (EXTRA25_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 25, 0.9, "extra25_scenarios.json"),
    "extra26": (EXTRA26_WRITERS, plan(8, 1, 0, 1, 1, 0, 3), SEED + 26, 0.9, "extra26_scenarios.json", TONE_TESTING),
    "extra27": (EXTRA27_WRITERS, plan(6, 2, 1, 2, 2, 1, 2), SEED + 27, 0.9, "extra27_scenarios.json"),
    "extra28": (EXTRA28_WRITERS, plan(6, 2, 1, 2, 2, 1, 2), SEED + 28, 0.9, "extra28_scenarios.json", TONE_AND_BRIDGE),
    "extra29": (EXTRA29_WRITERS, plan(6, 2, 1, 2, 2, 1, 2), SEED + 29, 0.9, "extra29_scenarios.json"),
    "extra30": (EXTRA30_WRITERS, plan(6, 2, 1, 2, 2, 1, 2), SEED + 30, 0.9, "extra30_scenarios.json", TONE_TESTING),
    "extra31": (EXTRA31_WRITERS, plan(6, 2, 1, 2, 2, 1, 2), SEED + 31, 0.9, "extra31_scenarios.json", TONE_TESTING),
    # The held-out third's own mix (every kind, half in a testing mood), by its eight personas' new writers each time.
    **{
        f"extra{n}": (again(n - 6), plan(6, 2, 1, 2, 2, 1, 2), SEED + n, 0.5, f"extra{n}_scenarios.json")
        for n in range(32, 39)
    },
}


def main(which: str = "corpus"):
    writers, kinds_of_each, seed, tricky_share, name, *moods = SETS[which]
    rng = random.Random(seed)
    scenarios = []
    for writer in writers:
        kinds = kinds_of_each[:]
        rng.shuffle(kinds)
        scenarios += [scenario(rng, writer, n, kind, tricky_share, *moods) for n, kind in enumerate(kinds, 1)]
    data = {"writers": writers, "scenarios": scenarios}
    (HERE / name).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(scenarios)} scenarios for {len(writers)} writers")


if __name__ == "__main__":
    import sys

    main(*sys.argv[1:])
