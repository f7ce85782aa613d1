"""What the merge tags stand for: the sentences, names and dates Declines
writes into an email, computed in one place (`values_for`).

The sentences are written for the person who reads the email:

- The contact is the reader, so they are greeted and thanked as "you"; the
  others the user met are thanked by first name ("please pass my thanks to
  Marcus and Lena"; one colleague with their team, "Marcus and the rest of
  the firmware team"), and nobody is thanked twice, even
  when the contact is also on the list of people to thank.
- Without a contact, the email is written to the first person the user met
  (from their list of people to thank), as a person would write it, not to
  a faceless "Hiring Team"; that greeting is kept for when nobody is known.
- Greeting, thanks and sign-off follow one tone: the template's own when it
  has one (its text is written in that tone), otherwise the offer's. A formal
  greeting uses the title the user gave ("Dear Dr Raman,"); without one it
  uses the first name ("Dear Daniel,"), never a guessed "Mr" or "Ms", and
  never the full name, which reads as a mail merge.
- Each sentence comes in several wordings. A template always gets the same
  one (its choice is a stable rotation keyed by the template), but never one
  that opens the way one of the template's own sentences already does, so a
  template that starts "Thank you for…" is not followed by another "Thank
  you for…". Emails written after the decline (thank-you, check-ins,
  answers) draw on wordings of their own, so they never repeat the decline.
- The user's own reason, when they gave one, is used once, as they wrote it.
- Nothing is asserted that the user did not tell us.

Every value is plain text, escaped for Markdown when it is filled in
(`mergetags.fill`), except the user's signature, which is their own Markdown.
"""

import dataclasses
import datetime as dt
import functools
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import SimpleNamespace

from django.utils import timezone
from django.utils.formats import date_format

from declines.mergetags import TAGS, escape_markdown
from declines.models import Channel, DoorOpen, Medium, Offer, Profile, Reason, TemplateKind, Tone
from declines.ownership import profile_for
from declines.review.text import role_as_said, without_legal_form

# Titles before a name. A name typed with one keeps it in a formal greeting
# ("Dear Dr. Lee,"); the first name is what follows it.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady", "lord", "rev"}
    # As typed before names elsewhere: "Engr. Babatunde Olawale", "Atty. Eduardo Sy", "Dra. Verónica Salazar".
    | {"eng", "engr", "atty", "adv", "capt", "col", "maj", "lt", "cdr", "dra", "sra", "srta", "chef", "hon"}
    | {"ing", "lic", "arq", "ir", "ca", "cs", "elder", "pastor", "chief", "alhaji", "alhaja", "hajia", "deacon"}
    | {"rabbi", "imam", "rev", "revd"}
    # Elsewhere, as people there write them before a name: "Herr Yusuf Demir", "Pak Budi", "Seu Valdir",
    # "Pani Beata", "Dai Pemba Sherpa", "Maître Antoine Roche", "Enf. Patrícia", "Uzm. Fzt. Burak Demir".
    | {"herr", "frau", "señor", "senor", "señora", "senora", "señorita", "senorita", "doña", "dona", "seu", "senhor"}
    | {"senhora", "pan", "pani", "pak", "bapak", "bu", "ibu", "mbak", "puan", "encik", "cik", "tuan", "dai"}
    | {"maître", "maitre", "arch", "enf", "obst", "mg", "uzm", "fzt", "dott", "avv", "mgr", "officer", "captain"}
    | {"manager", "director", "principal", "madam", "ma'am", "maam"}
    # Vietnamese, before the name someone is called by: "Chị Linh", "Bà Hoa" ("Anh" only before a full name).
    | {"chị", "cô", "chú", "bác", "bà", "ông"}
    # Ranks and forms of address: "Sgt. Dana Ruiz", "Mme Benali", "Sister Mary Okoye".
    | {"sgt", "cpl", "insp", "supt", "det", "mme", "mlle", "sister", "matron", "fr"}
    # "Barr. Chidinma Okonkwo", "Khun Nok", "Sig.ra Franca", "Mtro. Alejandro Navarro", "Geom. Marco Ferrari",
    # "Oom Johan", "Mama Grace", "Auntie Rose", "Teacher Sam", "Kaptein Arne Berg", "doamna Elena".
    | {"barr", "khun", "sig.ra", "sig.na", "sr", "mtro", "mtra", "geom", "cdra", "cdor", "oom", "tannie"}
    | {"mama", "auntie", "aunty", "uncle", "teacher", "kaptein", "doamna", "domnul", "bro", "sis"}
    | {"dott.ssa", "dr.ssa", "prof.ssa", "mas", "rektor", "rag", "kak", "mdm"}
    # "Ato Dawit Bekele", "W/ro Selamawit Haile" (Ethiopia); "En. Hafiz", "Pn. Aisyah" (Encik, Puan, in Malaysia).
    | {"ato", "w/ro", "w/rt", "wro", "en", "pn"}
    # "Cllr Margaret Eddison", "Ar. Nandini Rao" (an architect, in India and Singapore), "Big Andy".
    | {"cllr", "councillor", "alderman", "ar", "big", "rn", "nurse"}
    # "Shri A.K. Mishra", "Smt. Kavita Rao", "Thiru Senthil Kumar" (never "Sri", a given name in Indonesia).
    | {"shri", "shree", "smt", "shrimati", "thiru", "tmt"}
    # "Firefighter Aoife Kelly", "PC Dan Foley", "Sergeant Kate Morrison".
    | {"firefighter", "pc", "sergeant", "constable", "inspector", "paramedic", "midwife"}
)
# Ranks and jobs of two words typed before a name: "Station Officer Declan Byrne", "Detective Sergeant Amy Lowe".
_TWO_WORD_TITLES = frozenset(
    {("station", "officer"), ("watch", "manager"), ("crew", "manager"), ("chief", "inspector")}
    | {("detective", "sergeant"), ("detective", "inspector"), ("detective", "constable"), ("police", "constable")}
    | {("staff", "nurse"), ("charge", "nurse"), ("ward", "sister"), ("sous", "chef"), ("executive", "chef")}
)
# Titles that say nothing of who someone is: "Engr. Obi" can be the reader whoever they are; "Mr Lee" cannot
# be Sarah Lee.
_GENDERED_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "sir", "dame", "lady", "lord", "herr", "frau", "señor", "senor", "señora", "senora"}
    | {"señorita", "senorita", "doña", "dona", "seu", "senhor", "senhora", "pan", "pani", "pak", "bapak", "bu"}
    | {"ibu", "mbak", "puan", "encik", "tuan", "madam", "ma'am", "maam", "mme", "mlle", "sra", "srta", "dra"}
    | {"sister", "matron", "fr", "chị", "cô", "chú", "bác", "bà", "ông", "sig", "sig.ra", "sig.na", "sr", "mtra"}
    | {"oom", "tannie", "mama", "auntie", "aunty", "uncle", "doamna", "domnul", "bro", "sis", "dott.ssa", "dr.ssa"}
    | {"prof.ssa", "mas", "alhaji", "alhaja", "hajia", "elder", "pastor", "rabbi", "imam", "deacon", "cik", "mdm"}
    | {"shri", "shree", "smt", "shrimati", "thiru", "tmt"}
)
# After a name, the respect it is said with: "Sunita ji", "Selin Hanım", "Emre Bey".
_TITLES_AFTER = frozenset({"ji", "hanım", "hanim", "bey", "bácsi", "néni"})
# After a name, what is said to them and is no part of it: "Mr. Agarwal sir".
_SAID_AFTER = frozenset({"sir", "madam", "ma'am", "maam", "sb", "sahab", "sahib", "saab"})
_SAID_AFTER_A_NAME = re.compile(
    rf"\b([A-Z][\w’'-]+) (?:{'|'.join(re.escape(word) for word in sorted(_SAID_AFTER))})(?![\w’'])"
)
# Words before a given name that are not what a person is called by: "Md. Rafiqul Islam" is Rafiqul.
_NAME_PREFIXES = frozenset({"md", "md.", "mohd", "mohd.", "muhd", "muhd.", "syed", "sayyid"})
# Words that belong to a surname: "Dear Ms van der Berg", not "Dear Ms Berg".
_SURNAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "le", "la", "bin", "al", "ter"}
    # Irish and Scottish Gaelic ("Seán Ó Briain", "Áine Ní Bhriain", "Calum Mac Leòid"), Arabic, Welsh.
    | {"ó", "ní", "nic", "mac", "mc", "ua", "uí", "ten", "te", "des", "el", "ibn", "bint", "abu", "ap"}
    # Filipino, Spanish and Catalan: "Maria Cristina Dela Cruz", "Ana de los Santos", "Núria Puig i Soler".
    | {"dela", "delos", "los", "las", "i", "y"}
)
# "bin" and "binti" in a Malay name say whose child someone is: the name before
# them is theirs, and there is no family name ("Nurul Aisyah binti Hassan" is
# "Nurul Aisyah", formally "Ms Nurul Aisyah", never "Ms Hassan").
_CHILD_OF = frozenset({"bin", "binti", "bte", "bt", "a/l", "a/p"})

# The kinds of message that carry the "no"; every other kind is written after it.
_DECLINE_KINDS = frozenset({TemplateKind.DECLINE, TemplateKind.PHONE_SCRIPT})


# ---------------------------------------------------------------------------
# Dates


def format_date(day: dt.date | None, fallback: str = "", *, year: bool = True) -> str:
    """A date as Declines writes it everywhere, in emails and on pages:
    "26 November 2026", or "26 November" without the year."""
    if day is None:
        return fallback
    return date_format(day, "j F Y" if year else "j F")


def days(n: int) -> str:
    """ "1 day", "3 days"."""
    return f"{n} day" if abs(n) == 1 else f"{n} days"


def answered(respond_by: dt.date | None, decided_on: dt.date) -> str:
    """How an answer met the deadline: "3 days before the deadline", "on the deadline day",
    "2 days after the deadline"; empty without a deadline."""
    if respond_by is None:
        return ""
    gap = (respond_by - decided_on).days
    if gap == 0:
        return "on the deadline day"
    return f"{days(abs(gap))} {'before' if gap > 0 else 'after'} the deadline"


def when_said(day: dt.date | None, today: dt.date) -> str:
    """A day as it is said in an email written on `today`: "today", "yesterday",
    "on 3 December" (or "on 3 December 2025" in another year)."""
    if day is None or day == today:
        return "today"
    if day == today - dt.timedelta(days=1):
        return "yesterday"
    return f"on {format_date(day, year=day.year != today.year)}"


# ---------------------------------------------------------------------------
# Names


def _one_line(value: str) -> str:
    """A one-line field as typed, except that any line breaks become single spaces.

    Spaces within a line are kept, so a name comes out exactly as it was typed.
    """
    return " ".join([line.strip() for line in value.splitlines() if line.strip()])


def _first_word(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else ""


# What "Head" goes before in a title of two words: "Head chef Marco", "Head Nurse Adaeze".
_HEAD_OF = frozenset({"chef", "teacher", "nurse", "coach", "gardener", "baker", "waiter", "cook", "porter"})


# A job typed as a title before a name: "Nurse Karen", "Head chef Marco" (never "Sister Mary" or "Coach Reid").
_JOB_AS_TITLE = re.compile(r"(?i)(?:head\s+\w+|nurse)")


def _is_honorific(word: str) -> bool:
    return word.rstrip(".").lower() in HONORIFICS


_INITIALS = re.compile(r"[A-Z]\.?")


@dataclasses.dataclass(frozen=True)
class Person:
    """Someone named in an email, read from what the user typed."""

    name: str  # as typed, without the role: "Dr. Priya Lee", "Marcus Chen"
    given: str = ""  # "Priya"; empty when only a title and surname were typed ("Ms Lee")
    family: str = ""  # "Lee", "van der Berg"
    honorific: str = ""  # "Dr.", "Ms": typed in the name or given for formal emails
    formal_address: str = ""  # "Dr Raman" when the user typed the title with the surname
    role: str = ""  # "firmware team", "Head of Design"
    family_first: bool = False  # "Lim Jia Hui", written in Chinese or Korean order
    known_as: str = ""  # the name they go by: "Winnie" of "Cheung Wai-man, Winnie", "Lan" of "Nguyễn Thị Lan"

    @property
    def familiar(self) -> str:
        """How a warm email names them: "Priya", or "Ms Lee" when that is all we have."""
        given = self.known_as or self.given
        if given and not _INITIALS.fullmatch(given):
            return given
        # "K. Venkataraman": an initial is no name to greet someone by.
        return self.formal or self.name

    @property
    def formal(self) -> str:
        """How a formal email names them: "Dr Raman" with a title, else the full name."""
        if self.formal_address:
            return self.formal_address
        if self.honorific.rstrip(".").lower() in ("sir", "dame", "ato", "w/ro", "w/rt") and self.given:
            # "Sir Randy", as a knight is addressed and a branch manager in the Philippines is called; "Ato
            # Dawit", as Ethiopians address Dawit Bekele (the second name is his father's).
            return f"{self.honorific.rstrip('.')} {self.given}"
        if self.honorific and self.family:
            return f"{self.honorific} {self.family}"
        return self.full

    @property
    def full(self) -> str:
        """Their full name without a title: "Marcus Chen", "Lim Jia Hui"."""
        parts = (self.family, self.given) if self.family_first else (self.given, self.family)
        return " ".join(part for part in parts if part) or self.name

    def same_as(self, other: "Person") -> bool:
        # "Dr. R. Venkatesh" is "Dr R Venkatesh".
        mine, theirs = (person.full.casefold().replace(".", "") for person in (self, other))
        if mine == theirs:
            return True
        # "Tanaka Yuki-san" is Yuki Tanaka, in the other order; "Kristine Dela Cruz" is Ma. Kristine Dela Cruz.
        if self.given and other.given and self.family and other.family:
            givens = [_without_ma(person.given) for person in (self, other)]
            if {givens[0], self.family.casefold()} == {givens[1], other.family.casefold()}:
                return True
        # "Tanaka-san" is Yuki Tanaka: the family name with a Japanese word of respect, whoever's title says so.
        for suffixed, named in ((self, other), (other, self)):
            if (
                suffixed.name[-3:].lower() in _JAPANESE_ENDINGS
                and _JAPANESE_RESPECT.search(suffixed.name)
                and suffixed.family.casefold() == named.family.casefold()
            ):
                return True
        # "Priya" on the list of people to thank is the contact Priya Raman.
        one_word = [p for p in (self, other) if not p.family]
        if one_word and self.given and _same_given(self.given, other.given):
            return True
        # "Mr. Faisal" or "Pak Budi" (a title and the one name) is Faisal Al Mansoori, Budi Santoso.
        for titled, named in ((self, other), (other, self)):
            if titled.honorific and not titled.given and titled.family and " " not in titled.family:
                called = titled.family.casefold()
                # "Mr. Faisal" is Faisal Al Mansoori; "Dr Kim" may be anyone of the family Kim.
                # "Ms. Lan" is Nguyen Thi Lan, called Lan.
                if called in (named.given.casefold(), named.known_as.casefold()) and called not in (
                    _FAMILY_FIRST | _JAPANESE_FAMILY
                ):
                    return True
                # "Ms Lee" is the contact Ms Priya Lee; not Jean-Pierre Lefèvre to "Mme Lefèvre", nor anyone with
                # a shared family name and no title to say so ("Dr Patel" may be another Patel).
                if called == named.family.casefold().split(" ")[0] and _same_titles(titled, named):
                    return True
        # "Javier Martínez" is Javier Martínez López, "Mariana López" Mariana López Herrera; "Bob Kline" is
        # Robert Kline, "Magda Nowak" Magdalena Nowak, "Flor Giménez" Florencia Giménez.
        if not (self.given and other.given and self.family and other.family):
            return False
        families = [p.family.casefold().split() for p in (self, other)]
        names = [p.name.casefold().split() for p in (self, other)]  # as typed: "Mariana López Herrera" whole
        same_family = (
            families[0][: len(families[1])] == families[1]
            or families[1][: len(families[0])] == families[0]
            or all(word in names[1] for word in families[0])
            or all(word in names[0] for word in families[1])
        )
        givens = sorted((self.given.casefold(), other.given.casefold()), key=len)
        # "Magda" of Magdalena, "Flor" of Florencia, "Bev" of Beverley; never Ivan and Ivana, Chris and Christina.
        shortened = (
            len(givens[0]) >= 3
            and len(givens[1]) >= len(givens[0]) + 3
            and givens[1].startswith(givens[0])
            and givens[0] not in _NAMES_IN_THEIR_OWN_RIGHT
        )
        return same_family and (_same_given(self.given, other.given) or shortened)


def _same_titles(one: "Person", other: "Person") -> bool:
    """Whether two people's titles are the same, or say the same of them ("Mrs" and "Ms")."""
    titles = [person.honorific.rstrip(".").capitalize() for person in (one, other)]
    if not all(titles):
        # "Capt. Harlow" is Dan Harlow, Engine Captain: the title is the job the other was typed with.
        titled, plain = (one, other) if titles[0] else (other, one)
        title = titled.honorific.rstrip(".").lower()
        said = _TITLE_SAID.get(title, title)
        return bool(title) and said in plain.role.lower().split()
    return titles[0] == titles[1] or any(titles[0] in group and titles[1] in group for group in _SAME_TITLES)


# A title and the word a job title says it with.
_TITLE_SAID = {"capt": "captain", "dr": "doctor", "prof": "professor", "sgt": "sergeant", "insp": "inspector"}
_TITLE_SAID |= {
    "supt": "superintendent",
    "det": "detective",
    "cllr": "councillor",
    "lt": "lieutenant",
    "col": "colonel",
}
# "Tanaka-san", "Sato-sama", "Ito-sensei".
_JAPANESE_RESPECT = re.compile(r"(?i)-(?:san|sama|sensei)$")
_JAPANESE_ENDINGS = frozenset({"san", "ama", "sei"})


def _without_ma(given: str) -> str:
    """ "Ma. Kristine" (Maria Kristine, as Filipinos write it) is called Kristine."""
    if given[:3].lower() == "ma." or given[:2] == "Mª":
        given = given.split(None, 1)[-1]
    return given.casefold()


def _same_given(one: str, other: str) -> bool:
    """Whether two given names are one person's: as typed, or one the other's usual short form ("Bob", Robert)."""
    one, other = one.casefold(), other.casefold()
    return one == other or other in _NICKNAMES.get(one, ()) or one in _NICKNAMES.get(other, ())


# English names and the short forms people go by, which share no beginning with them ("Bob" of Robert).
# Only forms that are rarely a name of their own: "Jack", "Liam", "Beth" or "Harry" may well be someone else.
_NICKNAMES = {
    "robert": ("bob", "bobby", "robbie"),
    "william": ("bill", "billy"),
    "richard": ("rick", "ricky", "dick"),
    "james": ("jim", "jimmy"),
    "margaret": ("peggy", "maggie"),
    "elizabeth": ("liz", "lizzie", "betty"),
    "edward": ("ted", "eddie"),
    "charles": ("chuck",),
    "katherine": ("kathy",),
    "catherine": ("cathy",),
    "patricia": ("patty", "trish"),
    "deborah": ("deb", "debbie"),
    "rebecca": ("becky",),
    "anthony": ("tony",),
    "joseph": ("joe", "joey"),
    "michael": ("mike",),
    "thomas": ("tom", "tommy"),
    "daniel": ("danny",),
    "jennifer": ("jen", "jenny"),
}


# "med.", "rer. nat.", "h.c.": what follows a German or Austrian title and is part of it.
_TITLE_QUALIFIER = re.compile(r"[a-z][a-z.]{0,5}\.|\([A-Za-z.]{2,8}\)")
# The first word of a given name that is never a name alone.
_COMPOUND_GIVEN = frozenset({"عبد", "أبو", "ابو", "أم", "abd", "abdul", "abdel", "abu", "umm"})


# Given names of two words, common in Spanish, Portuguese and French: "José Luis", "Ana Rita", "Jean Paul".
_TWO_WORD_GIVEN = frozenset(
    (first, second)
    for firsts, seconds in (
        (
            {"josé", "jose", "xosé", "juan", "luis", "carlos", "miguel", "antonio", "francisco", "pedro", "andrés"},
            {"luis", "manuel", "antonio", "carlos", "pablo", "josé", "jose", "miguel", "felipe", "david", "fernando"}
            | {"ignacio", "alberto", "eduardo", "javier", "ángel", "ramón", "francisco", "daniel", "enrique", "maría"},
        ),
        (
            {"maría", "maria", "ana", "rosa", "luz", "marta", "paula", "sofia", "sofía"},
            {"josé", "jose", "fernanda", "paula", "rita", "elena", "isabel", "teresa", "luisa", "carolina", "sofia"}
            | {"cristina", "clara", "beatriz", "lucía", "lucia", "eugenia", "victoria", "laura", "maría", "maria"},
        ),
        (
            {"jean", "marie", "anne"},
            {"paul", "pierre", "luc", "marc", "claude", "françois", "claire", "laure", "marie"},
        ),
    )
    for first in firsts
    for second in seconds
)


# Given names used in Spanish and rarely in English: a name of three words that starts with one has two
# family names, the father's first, and both are said together.
_SPANISH_GIVEN = frozenset(
    {"constanza", "alejandra", "francisca", "javiera", "catalina", "valentina", "camila", "fernanda", "gabriela"}
    | {"carolina", "paola", "lorena", "marcela", "ximena", "jimena", "guadalupe", "rocío", "pilar", "mercedes"}
    | {"dolores", "consuelo", "beatriz", "inés", "lucía", "montserrat", "nuria", "núria", "begoña", "amaia"}
    | {"ainhoa", "leticia", "verónica", "mónica", "josefina", "florencia", "agustina", "milagros", "yolanda"}
    | {"graciela", "rosario", "soledad", "esperanza", "araceli", "marisol", "maribel", "javier", "rodrigo"}
    | {"andrés", "alejandro", "gonzalo", "ignacio", "joaquín", "sebastián", "matías", "diego", "jorge", "raúl"}
    | {"sergio", "álvaro", "alberto", "fernando", "eduardo", "ricardo", "arturo", "guillermo", "enrique", "emilio"}
    | {"esteban", "mauricio", "hernán", "cristián", "cristóbal", "jaime", "ramón", "santiago", "vicente"}
    | {"agustín", "nicolás", "martín", "iñaki", "xabier", "josé", "jesús", "óscar", "rubén", "gustavo", "héctor"}
    | {"ernesto", "octavio", "juan", "luis", "pedro", "francisco", "joaquin", "sebastian", "matias", "nicolas"}
    | {"carlos", "manuel", "pablo", "rafael", "felipe", "carmen", "maría", "ángel", "raquel", "susana", "alicia"}
)


# What "Don" is said before as people there say it: "Don Chuy", "Don Beto".
_SPANISH_SHORT_NAMES = frozenset(
    {"beto", "chuy", "aurelio", "patricio", "pepe", "nacho", "paco", "lalo", "chema", "memo", "pancho", "toño"}
    | {"armando", "alfonso", "rogelio", "efrain", "hernan", "ramiro", "fermin", "ezequiel", "teodoro", "celso"}
)


def _sounds_spanish(word: str) -> bool:
    """ "Aurelio", "Chuy", "Efraín": a given name "Don" is said before, as a title."""
    return word.casefold() in _SPANISH_GIVEN | _SPANISH_SHORT_NAMES or bool(re.search(r"[áéíóúñ]", word.casefold()))


# Second given names, never a family name: "Dolores Ann Smith", "Jorge Luis Borges".
_MIDDLE_NAMES = frozenset(
    {"ann", "anne", "mae", "marie", "lynn", "jane", "lee", "jean", "rose", "grace", "joy", "may", "kay", "beth"}
    | {"james", "john", "paul", "michael", "luis", "antonio", "manuel", "maría", "maria", "carmen", "isabel"}
    | {"elena", "josé", "jose", "miguel", "carlos", "ángel", "angel", "david", "daniel", "andrés", "felipe"}
)


def _spanish_two_surnames(words: list[str]) -> bool:
    """Whether "Given Paternal Maternal" is a Spanish name: never a Portuguese one, whose last name is the one used."""
    middle = words[1].casefold()
    return (
        words[0].casefold() in _SPANISH_GIVEN
        and middle not in _SPANISH_GIVEN | _SPANISH_SHORT_NAMES | _MIDDLE_NAMES
        and not set("ãõçêôâ") & set(" ".join(words).casefold())
    )


# Family names that come first in names written in Chinese or Korean order
# ("Lim Jia Hui", "Goh Li Ping", "Kim Min-jun"): the given name is what follows.
_FAMILY_FIRST = frozenset(
    {"ang", "au", "cai", "cao", "chan", "chang", "chau", "chen", "cheng", "cheong", "cheung", "chew", "chia"}
    | {"chiu", "cho", "choi", "chong", "choo", "chow", "chu", "chua", "chung", "deng", "ding", "dong", "du", "fan"}
    | {"feng", "foo", "fung", "gao", "goh", "guo", "han", "he", "heng", "ho", "hong", "hu", "huang", "hui", "hwang"}
    | {"jang", "jeon", "jiang", "jin", "jung", "kang", "khoo", "kim", "ko", "koh", "kwan", "kwok", "kwon", "lai"}
    | {"lam", "lau", "lee", "leong", "leung", "li", "liang", "liew", "lim", "lin", "liu", "lo", "loh", "low", "lu"}
    | {"luo", "ma", "mak", "moon", "neo", "ng", "oh", "ong", "pang", "park", "peng", "phua", "quek", "ryu", "seah"}
    | {"seo", "shen", "shin", "sim", "siu", "soh", "son", "song", "su", "sun", "tan", "tang", "tay", "teo", "tian"}
    | {"toh", "tsang", "tse", "tsui", "wang", "wee", "wong", "woo", "wu", "xie", "xu", "yang", "yao", "yap", "ye"}
    | {"yeo", "yeung", "yip", "yoon", "yu", "yuan", "zeng", "zhang", "zhao", "zheng", "zhou", "zhu"}
)
# Japanese family names, which people from Japan often write first ("Tanaka Hiroshi").
_JAPANESE_FAMILY = frozenset(
    {"sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato"}
    | {"yoshida", "yamada", "sasaki", "yamaguchi", "matsumoto", "inoue", "kimura", "hayashi", "shimizu", "mori"}
    | {"yamazaki", "abe", "ikeda", "hashimoto", "yamashita", "ishikawa", "nakajima", "maeda", "fujita", "ogawa"}
    | {"goto", "okada", "hasegawa", "murakami", "kondo", "ishii", "saito", "sakamoto", "endo", "aoki", "fujii"}
    | {"nishimura", "fukuda", "ota", "miura", "fujiwara", "okamoto", "matsuda", "nakagawa", "nakano", "harada"}
    | {"takeda", "kitamura", "tamura", "takeuchi", "kikuchi", "ueda", "uchida", "sugimoto", "murata", "arai"}
    | {"sakai", "noguchi", "matsui", "kojima", "iwasaki", "sakurai", "kinoshita", "nomura", "taniguchi", "ono"}
    | {"miyazaki", "hirano", "takagi", "sugiyama", "maruyama", "imai", "masuda", "koyama", "yokoyama", "shibata"}
    | {"ando", "morita", "kaneko", "wada", "nakayama", "ishida", "ueno", "miyamoto", "kubota", "takano", "yamauchi"}
)
# Hungarian family names, written first ("Nagy Ferenc" is Ferenc Nagy).
_HUNGARIAN_FAMILY = frozenset(
    {"nagy", "kovács", "tóth", "szabó", "horváth", "varga", "molnár", "németh", "farkas", "balogh", "papp"}
    | {"takács", "juhász", "lakatos", "mészáros", "oláh", "rácz", "fekete", "szilágyi", "török", "fehér"}
    | {"kocsis", "pintér", "fodor", "szalai", "sipos", "gulyás", "bíró", "király", "katona"}
    | {"fazekas", "somogyi", "fülöp", "vincze", "hegedűs", "deák", "szűcs", "kozma"}
)
# Vietnamese family names, written first; a Vietnamese name is called by its last word ("Nguyễn Thị Lan" is Lan).
_VIETNAMESE_FAMILY = frozenset(
    {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo"}
    | {"duong", "ly", "trinh", "dinh", "truong", "mai", "lam", "luu", "doan", "quach", "kieu", "ta", "thai"}
)
# One syllable of a romanised Chinese or Korean given name: "Jia", "Xiang", "Siew", "Joong".
_SYLLABLE = re.compile(
    r"(?:ch|sh|zh|ts|ng|kh|th|ph|hw|kw|gw|[bcdfghjklmnpqrstwxyz])?[aeiouy]{1,3}(?:ng|ck|[nhktpmrw])?"
)


def _plain(word: str) -> str:
    """A word without its accents, for looking it up: "Nguyễn" is "nguyen", "Đặng" "dang"."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _are_syllables(parts: list[str]) -> bool:
    """Whether each part is one romanised syllable: "Jia" and "Hui", "Min" and "jun"."""
    return all(_SYLLABLE.fullmatch(part.casefold()) for part in parts)


def _syllables(word: str) -> int:
    """How many romanised Chinese syllables a word is, run together ("Wenjing" is 2), or 0 if it is none."""
    for size in (1, 2):
        pattern = _SYLLABLE.pattern
        if re.fullmatch(f"(?:{pattern}){{{size}}}", word.casefold()):
            return size
    return 0


def _given_after_family(words: list[str]) -> bool:
    """Whether a name is written family name first: "Lim Jia Hui", "Kim Min-jun", "Zhang Li", "Tanaka Hiroshi"."""
    if len(words) == 2 and words[0].casefold() in _HUNGARIAN_FAMILY and words[1].casefold() not in _HUNGARIAN_FAMILY:
        return True
    first = _plain(words[0])
    if len(words) == 2 and first in _JAPANESE_FAMILY and _plain(words[1]) not in _JAPANESE_FAMILY:
        return True
    if len(words) not in (2, 3) or first not in _FAMILY_FIRST:
        return False
    if len(words) == 2 and "-" not in words[1]:
        # "Zhang Li", "Li Wenjing"; never "Kim Lee" or "Lee Chan", whose first word is a given name too.
        return first not in _GIVEN_TOO and bool(_syllables(words[1]))
    given = words[1:] if len(words) == 3 else words[1].split("-")
    return len(given) == 2 and _are_syllables(given)


_GIVEN_TOO = frozenset({"kim", "lee", "jo", "ming", "moon", "song", "sun", "hong"})


def _vietnamese(words: list[str]) -> bool:
    """Whether a name is Vietnamese, family name first: "Nguyễn Thị Lan", "Võ Minh Châu"."""
    return (
        len(words) >= 2
        and _plain(words[0]) in _VIETNAMESE_FAMILY
        and (len(words) > 2 or _plain(words[1]) not in _VIETNAMESE_FAMILY)
        and all(len(_plain(word)) <= 5 for word in words[1:])
    )


def _chinese_name_after(words: list[str]) -> bool:
    """Whether a name is "Karen Chan Ka-yan": a given name, a family name, then a Chinese given name."""
    return (
        len(words) == 3
        and words[1].casefold() in _FAMILY_FIRST
        and len(syllables := words[2].split("-")) == 2
        and _are_syllables(syllables)
    )


# Letters after a name, never part of it: "Sarah Johnson MBA", "Marcus Chen CTO", "Ana Reyes, RN".
_POST_NOMINALS = frozenset(
    {"mba", "phd", "md", "cpa", "cfa", "rn", "cto", "ceo", "cfo", "coo", "hr", "pe", "kc", "qc", "obe", "mbe", "cbe"}
    | {"jr", "sr", "ii", "iii", "iv", "esq", "msc", "bsc", "ma", "ba", "frcs", "mrcp", "fca", "aca", "acca", "cipd"}
    | {"san", "kc", "sc", "mp", "oon", "ofr", "junior", "senior"}
    | {"aia", "faia", "riba", "frics", "mrics", "ceng", "peng", "pmp", "leed", "cfp", "mcips", "fcca"}
)


def _family_in_capitals(words: list[str]) -> int | None:
    """Where the one word typed in capitals is, as a family name is often
    marked ("LIM Jia Hui", "Jean DUPONT"), when the others are not: never
    initials ("AJ Smith") or letters after a name."""
    marked = [n for n, word in enumerate(words) if len(word) > 2 and word.isalpha() and word.isupper()]
    return marked[0] if len(marked) == 1 and len(words) > 1 else None


def _name_case(word: str) -> str:
    """A name typed in capitals as it is written: "DUPONT" is Dupont, "O'NEIL" O'Neil, "MCDONALD" McDonald."""
    cased = "-".join("'".join(part.capitalize() for part in piece.split("'")) for piece in word.split("-"))
    return f"Mc{cased[2:].capitalize()}" if cased.startswith("Mc") and len(cased) > 3 else cased


@functools.lru_cache(maxsize=4096)
def read_person(text: str, *, honorific: str = "", role: str = "") -> Person:
    """A name as typed ("Dr. Priya Lee", "Maria van der Berg", "Ms Lee"), with
    the title the user gave for formal emails: "Dr", or "Dr Raman"."""
    name = _one_line(text)
    cased = " ".join(_name_case(word) for word in name.split())
    letters = all(word.replace(".", "").replace("'", "").replace("-", "").isalpha() for word in name.split())
    if name.islower() and letters and not cased.islower():
        # "dean walsh", "mr. suresh agarwal": typed in a hurry, read as a name (kept as typed where it is quoted).
        return dataclasses.replace(read_person(cased, honorific=honorific, role=role), name=name)
    # The name someone goes by, given after the rest: "Cheung Wai-man, Winnie", "Li Wenjing (Wendy)".
    goes_by = re.fullmatch(r"(?P<rest>[^,()]+?)\s*(?:,\s*(?P<after>[^,()]+)|\((?P<paren>[^()]+)\))", name)
    known_as = goes_by and (goes_by["after"] or goes_by["paren"])
    if known_as and len(known_as.split()) == 1 and known_as.replace(".", "").casefold() not in _POST_NOMINALS:
        rest = read_person(goes_by["rest"], honorific=honorific, role=role)
        if goes_by["after"] and not rest.family:
            # "Smith, John": a list's way of writing John Smith.
            return dataclasses.replace(rest, name=name, given=known_as, family=rest.given)
        return dataclasses.replace(rest, name=name, known_as=known_as)
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in _SAID_AFTER:
        return dataclasses.replace(read_person(" ".join(words[:-1]), honorific=honorific, role=role), name=name)
    if len(words) > 1 and words[-1].casefold() in _TITLES_AFTER:
        # "Sunita ji", "Selin Hanım": called by the name with its word of respect.
        rest = read_person(" ".join(words[:-1]), honorific=honorific, role=role)
        return dataclasses.replace(rest, name=name, known_as=f"{rest.familiar} {words[-1]}")
    # Titles as typed, however many ("Prof. Dr.", "Dr. med."): a title, and the small
    # words with a full stop that qualify it, never a first name.
    titles = []
    if len(words) > 2 and (
        (words[0].lower() == "head" and words[1].lower() in _HEAD_OF)
        or (words[0].lower(), words[1].lower()) in _TWO_WORD_TITLES
    ):
        # "Head chef Marco", "Head Teacher Ms Collins", "Station Officer Declan Byrne": the title is two words.
        titles.append(f"{words.pop(0)} {words.pop(0)}")
    while len(words) > 1 and (_is_honorific(words[0]) or (titles and _TITLE_QUALIFIER.fullmatch(words[0]))):
        if words[0].lower() == "ato" and len(words) < 3:
            break  # "Ato Boateng": Ato is a given name in Ghana; "Ato Dawit Bekele" is Mr Dawit in Ethiopia
        titles.append(words.pop(0))
    if len(words) > 2 and words[0] == "Anh" and _plain(words[1]) in _VIETNAMESE_FAMILY:
        # "Anh Trần Minh Đức": "Anh" before a Vietnamese name in full is how a colleague calls him.
        titles.append(words.pop(0))
    elif len(words) == 2 and (words[0] == "anh" or (words[0] == "Don" and _sounds_spanish(words[1]))):
        # "anh Khoa" typed with its word of respect in lower case; "Don Chuy", "Don Aurelio" (never "Don Smith").
        titles.append(words.pop(0))
    typed_title = " ".join(titles)
    # A given name of two words: "Abd al-Rahman" typed "عبد الرحمن", "Abu Bakr", "Ma. Theresa" (Maria Theresa).
    if len(words) > 1 and (words[0].casefold() in _COMPOUND_GIVEN or words[0] in ("Ma.", "Mª")):
        words[:2] = [f"{words[0]} {words[1]}"]
    # "Sarah Johnson MBA", "Ana Reyes, RN": letters after the name are no part of it.
    while len(words) > 1 and words[-1].strip(".,").replace(".", "").casefold() in _POST_NOMINALS:
        words.pop()
        words[-1] = words[-1].rstrip(",")
    # "Md. Rafiqul Islam", "Syed Ali Naqvi": called by the name after the prefix.
    while len(words) > 2 and words[0].casefold() in _NAME_PREFIXES:
        words.pop(0)
    given_title = honorific.split()
    formal_address = " ".join(given_title) if len(given_title) > 1 else ""
    title = given_title[0] if given_title else typed_title
    if len(words) > 2 and (words[0].casefold(), words[1].casefold()) in _TWO_WORD_GIVEN:
        # "José Luis Hernández Ibarra" is José Luis Hernández Ibarra, "Ana Rita Costa" Ana Rita Costa.
        return Person(
            name=name,
            given=f"{words[0]} {words[1]}",
            family=" ".join(words[2:]),
            honorific=title,
            formal_address=formal_address,
            role=role,
        )
    if not words:
        return Person(name=name, role=role)
    if len(words) == 2 and not typed_title and _JAPANESE_RESPECT.search(words[1]):
        # "Sato Kenji-san": the family name first, and "-san" goes with it ("Sato-san").
        rest = read_person(f"{words[0]} {_JAPANESE_RESPECT.sub('', words[1])}", honorific=honorific, role=role)
        respect = _JAPANESE_RESPECT.search(words[1]).group()
        called = (rest.family if rest.family_first else rest.family or rest.given) + respect
        return dataclasses.replace(rest, name=name, known_as=called)
    if len(words) == 1 and not typed_title and _JAPANESE_RESPECT.search(words[0]):
        # "Tanaka-san": a family name, and what they are called by.
        family = _JAPANESE_RESPECT.sub("", words[0])
        return Person(name=name, family=family, known_as=words[0], honorific=title, role=role)
    if len(words) == 1:
        # One word after a title is a surname ("Ms Lee"); on its own, a first name. After a job said as a title
        # ("Nurse Karen", "Head chef Marco") it is the name they go by, and a letter greets them by it (readers
        # found "Dear Head chef Marco," and "Dear Nurse Karen," miscapitalised and odd).
        if typed_title and not _JOB_AS_TITLE.fullmatch(typed_title):
            return Person(name=name, family=words[0], honorific=title, formal_address=formal_address, role=role)
        return Person(name=name, given=words[0], honorific=title, formal_address=formal_address, role=role)
    child_of = next((n for n, word in enumerate(words) if n and word.casefold() in _CHILD_OF), None)
    if child_of is not None:
        given = " ".join(words[:child_of])
        address = formal_address or (f"{title} {given}" if title else "")
        return Person(name=name, given=given, honorific=title, formal_address=address, role=role)
    if not _given_after_family(words) and _vietnamese(words):
        return Person(
            name=name,
            given=" ".join(words[1:]),
            known_as=words[-1],
            family=words[0],
            honorific=title,
            # "Dr Nam" of "Lưu Hoàng Nam": a title goes with the name they are called by.
            formal_address=formal_address or (f"{title.rstrip('.')} {words[-1]}" if title else ""),
            role=role,
            family_first=True,
        )
    capitals = _family_in_capitals(words)
    family_first = capitals == 0 or (capitals is None and _given_after_family(words))
    if capitals is not None:
        family = _name_case(words.pop(capitals))
        given = " ".join(words)
    elif family_first:
        family, given = words[0], " ".join(words[1:])
    elif _chinese_name_after(words):
        # "Karen Chan Ka-yan": an English given name, then the family name and the Chinese given name.
        family, given = words[1], words[0]
    else:
        start = len(words) - 1
        while start > 1 and words[start - 1].lower() in _SURNAME_PARTICLES:
            start -= 1
        # "Núria Puig i Soler", "José Ortega y Gasset": "i" and "y" join two family names.
        if start > 1 and start < len(words) - 1 and words[start].lower() in {"i", "y"}:
            start -= 1
        family, given = " ".join(words[start:]), words[0]
        if start == 2 and len(words) == 3 and _spanish_two_surnames(words):
            # "Constanza Vidal Pizarro" is Ms Vidal Pizarro (readers: "in Chile she would be Ms Vidal").
            family = " ".join(words[1:])
    return Person(
        name=name,
        given=given,
        family=family,
        honorific=title,
        formal_address=formal_address,
        role=role,
        family_first=family_first,
    )


# "Marcus Chen (firmware team)", "Lena Okafor — design", "Sam Ortiz, platform team", "Kim Wu: HR".
# Brackets, commas and colons as typed in Chinese and Japanese too: "李娜（设计团队）", "王伟：HR".
_NAME_AND_ROLE = re.compile(
    r"^(?P<name>[^()（）]+?)\s*(?:[(（](?P<paren>[^()（）]*)[)）]|\s[—–-]\s*(?P<dash>.+)|[,:，：、]\s*(?P<rest>.+)"
    r"|\s(?:from|at)\s+(?P<where>(?:the|our|their|your)\s.+)|\s(?:en|em|in)\s+(?P<in>\S.*))$"
)
# A line about people, not a person: "the interview board - esp. the man from Housing", "everyone in HR".
_NOT_A_PERSON_LINE = re.compile(
    r"^(?i:the|a|an|all|everyone|everybody|both|whole)\b|^(?i:el|la|los|las|le|les)\s+[a-záéíóúñ]"
    r"|^(?i:hr|it|pr|qa|qc|r&d|ops|admin|reception|security|facilities|recruitment|payroll|finance|legal)$"
    # "supervisor at the depot (didnt catch her name)": someone by their job alone ("Hi Supervisor," was a slip).
    r"|^(?:supervisor|manager|recruiter|interviewer|director|boss|owner|receptionist|lead|foreman|chef|nurse"
    r"|pharmacist|engineer|technician|guy|lady|woman|man)$"
)


# Whose relation someone is, before their name: "his son tony", "Bill's wife Mary", "her daughter Aisha".
_RELATION = re.compile(
    r"^(?i:(?:his|her|their|[a-z]+['’]s)\s+(?:son|daughter|wife|husband|brother|sister|partner|father|mother|dad"
    r"|mum|mom|nephew|niece|cousin)\s+)(?=\w)"
)
# A bullet or number a list was typed with: "- Lena", "• Lena", "1. Sam", "2) Alex".
_LIST_MARKER = re.compile(r"^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+")
# What joins names in a sentence: "Marcus and Lena", "Sam & Alex", "Kim; Jo".
_NAME_JOINS = re.compile(r"\s*(?:;|\s(?:and|&)\s)\s*")


def without_list_marker(line: str) -> str:
    """A line of a list as typed, without its bullet or number."""
    return _LIST_MARKER.sub("", line, count=1)


def names_several_people(line: str) -> bool:
    """Whether a line of the people to thank names more than one person
    ("Marcus and Lena", "Jo & Sam", "Kim; Jo"), where one a line is asked:
    each part a name (capitalised words), joined as in a sentence. A line with
    a comma is a person and their team or title ("Sam Ortiz, Platform and
    Infrastructure"), as the field's help says, and is read as that."""
    if "," in line:
        return False
    parts = _NAME_JOINS.split(line.strip())
    return len(parts) > 1 and all(
        0 < len(part.split()) <= 4
        and all(word[:1].isupper() and not word.isupper() or word in _SURNAME_PARTICLES for word in part.split())
        for part in parts
    )


def read_people(lines: Sequence[str]) -> list[Person]:
    """The people to thank, one a line, each with the role the user gave, once each."""
    people: list[Person] = []
    for line in lines:
        line = _one_line(line)
        match = _NAME_AND_ROLE.match(line)
        name, role = line, ""
        if match:
            name = match.group("name")
            role = next((part for part in match.group("paren", "dash", "rest", "where", "in") if part), "").strip()
        # "his son tony (foreman)": the person is Tony.
        name = _RELATION.sub("", name)
        if _NOT_A_PERSON_LINE.match(name):
            continue
        person = read_person(name, role=role)
        if person.name and not any(person.same_as(seen) for seen in people):
            people.append(person)
    return people


def _names_of(people: list[Person], *, formal: bool, writer: str = "") -> str:
    """The people to thank, as a phrase: "Marcus and Lena".

    The reader works with them, so they are named as colleagues name each
    other: by first name, without their team (readers took "Marcus Chen on the
    firmware team" as a mail merge introducing their own colleague to them),
    in a formal email too. Two Sams are told apart by their surnames, and so is
    someone with the writer's own first name ("please thank Jordan", from Jordan).
    """
    givens = [p.given.casefold() for p in people if p.given] + [writer.casefold()] * bool(writer)
    named = []
    for person in people:
        shared = person.given and givens.count(person.given.casefold()) > 1
        named.append(person.full if shared else person.familiar)
    return joined(named)


def joined(items: list[str]) -> str:
    """Names or phrases as one list: "A and B", "A, B, and C"."""
    if len(items) <= 2:
        return " and ".join(items)
    return f"{', '.join(items[:-1])}, and {items[-1]}"


# ---------------------------------------------------------------------------
# How a template is written: its kind, tone, medium, and its own sentences


@dataclasses.dataclass(frozen=True)
class Writing:
    """What the wordings are chosen for: one template (or draft) and one offer."""

    kind: str
    tone: str
    medium: str
    seed: int = 0
    source_text: str = ""  # the template's subject and body
    own_tone: bool = False  # the template is written in a tone of its own, not the offer's

    @functools.cached_property
    def text(self) -> str:
        """The template's own words, its tags taken out."""
        return _TAG_IN_TEXT.sub(".\n", self.source_text.replace("**", ""))

    @functools.cached_property
    def openers(self) -> frozenset[str]:
        """How the template's own sentences open: "thank you"."""
        return frozenset([_opener(found) for found in _SENTENCE_START.findall(self.text)])

    @functools.cached_property
    def phrases(self) -> frozenset[tuple[str, str]]:
        """The pairs of words the template uses: "decided to"."""
        return _phrases(self.text)

    @property
    def after_decline(self) -> bool:
        return self.kind not in _DECLINE_KINDS

    @property
    def formal(self) -> bool:
        return self.tone == Tone.FORMAL

    @property
    def words_tone(self) -> str:
        """The tone of the sentences the tags supply. A message to someone the
        user has met since (a thank-you, a check-in, an answer) or a call's
        written confirmation, from a template with no tone of its own, is in
        plain words even for a formal offer, as those templates are: readers
        marked a formal clause inside a friendly note as a lurch into a form
        letter. Its greeting and sign-off still follow the offer's tone. A
        formal call script is spoken, so its sentences are the brief tone's
        plain ones: readers marked the formal written register ("having looked
        at it carefully, I cannot make it work") as stilted aloud, and the warm
        one ("I loved…", "I'd love to be considered") as gushing in a formal call."""
        if self.kind == TemplateKind.PHONE_SCRIPT and self.tone == Tone.FORMAL:
            return Tone.BRIEF
        later = self.after_decline or self.medium == Medium.PHONE_THEN_WRITTEN
        if self.tone == Tone.FORMAL and later and not self.own_tone:
            return Tone.WARM
        return self.tone

    @property
    def formal_words(self) -> bool:
        return self.words_tone == Tone.FORMAL

    def pick(self, wordings: Sequence[str], offset: int = 0, *, besides: Sequence[str] = ()) -> str:
        """One of several wordings: the one that repeats the template least —
        not opening as one of its sentences (or one of `besides`, the clauses
        already chosen) does, and sharing the fewest pairs of words with it —
        and among equals the template's own, by a stable rotation."""
        start = (self.seed + offset) % len(wordings)
        order = wordings[start:] + wordings[:start]
        openers = self.openers | {_shape(clause)[0] for clause in besides} if besides else self.openers
        own = self.phrases

        def repeats(wording: str) -> tuple[bool, int]:
            opener, phrases = _shape(wording)
            return opener in openers, len(phrases & own)

        return min(order, key=repeats)


_TAG_IN_TEXT = re.compile(r"\{\{[^{}]*\}\}")
# Spaces and tabs only, never newlines, after each start: a run of blank lines
# is read in one pass, not once from each of its lines.
_SENTENCE_START = re.compile(r"(?:^|[.!?:][ \t]+|\n[ \t]*(?:[-*][ \t]+)?)[\"“‘']?([A-Za-z’']+ [A-Za-z’']+)")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


_PRONOUNS = frozenset({"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we'd", "it", "it's", "my"})


def _opener(sentence: str) -> str:
    """How a sentence opens, as compared: its first two words ("thank you",
    for "Thanks" too), or three after a pronoun ("i am grateful"), since
    "I would…" on its own says nothing of how a sentence goes on."""
    words = _WORD.findall(sentence.lower().replace("’", "'"))[:3]
    if words[:1] == ["thanks"]:
        return "thank you"
    return " ".join(words if words[:1] and words[0] in _PRONOUNS else words[:2])


# Pairs of these words alone ("of the", "I am") say nothing about how alike two sentences are.
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "be", "but", "for", "i", "i'd", "i'll", "i'm", "i've", "in", "is", "it", "me"}
    | {"my", "not", "of", "on", "our", "so", "that", "the", "this", "to", "was", "we", "with", "you", "your"}
    | {"am", "are", "have", "has", "had", "will", "would", "can", "could", "do", "did", "been", "if", "or", "from"}
    | {"by", "they", "their", "them", "there", "who", "which", "what", "all", "just", "very", "too", "also", "us"}
)


def _phrases(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of words `text` uses, but for pairs of small words: "decided to", "of thought"."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    pairs = zip(words, words[1:], strict=False)
    return frozenset({pair for pair in pairs if not (pair[0] in _SMALL_WORDS and pair[1] in _SMALL_WORDS)})


@functools.lru_cache(maxsize=1024)
def _shape(wording: str) -> tuple[str, frozenset[tuple[str, str]]]:
    """How a wording opens and the pairs of words it uses, worked out once:
    the wordings are few and fixed, and are weighed for every template."""
    return _opener(wording), _phrases(wording)


# Emails written after the decline take their wordings in this order, so that
# the thank-you note, an answer and a check-in never close alike.
_AFTER_ORDER = [TemplateKind.THANK_YOU, TemplateKind.ANSWER, TemplateKind.CHECK_IN, TemplateKind.LINKEDIN_NOTE]


# The library's check-ins, each with a turn of its own through the wordings, after the thank-you note's
# and the answers': a contact may get several of them in a year, and none says what stood out as another did.
CHECK_IN_TURNS = (
    "check-in-3-months",
    "check-in-6-months",
    "check-in-12-months",
    "check-in-keeping-in-touch",
    "check-in-careers-page",
    "check-in-event",
    "check-in-referral",
)


def _seed(source, kind: str) -> int:
    """A number that stays the same for one template: for a decline its slug
    (a built-in) or its id (a saved template), nothing for one not yet saved;
    for a message written afterwards, its kind."""
    key = getattr(source, "slug", "") or str(getattr(source, "pk", "") or "")
    if kind == TemplateKind.CHECK_IN and key in CHECK_IN_TURNS:
        return _AFTER_ORDER.index(kind) + CHECK_IN_TURNS.index(key)
    if kind in _AFTER_ORDER:
        return _AFTER_ORDER.index(kind)
    return zlib.crc32(key.encode()) if key else 0


def writing_for(source, offer) -> Writing:
    """How `source` (a template, a draft, or text being typed) is written for `offer`.

    The template's own tone and medium win over the offer's: its text is
    written in them, and the greeting and sign-off must match its text.
    """
    kind = getattr(source, "kind", "") or TemplateKind.DECLINE
    tone = getattr(source, "tone", "") or offer.tone or Tone.WARM
    return Writing(
        kind=kind,
        tone=tone,
        medium=getattr(source, "medium", "") or offer.medium or Medium.EMAIL,
        seed=_seed(source, kind),
        source_text=f"{getattr(source, 'subject', '') or ''}\n{getattr(source, 'body', '') or ''}",
        own_tone=bool(getattr(source, "tone", "")),
    )


def _sentence(text: str) -> str:
    """`text` with a capital first letter and a full stop if it has no end."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    # Ends as a sentence in its own script too: "。", "！", "？", "؟".
    return text if text[-1] in ".!?…。！？؟" else text + "."


# ---------------------------------------------------------------------------
# The greeting and the sign-off


def addressee(offer, people: Sequence[Person] | None = None) -> Person | None:
    """Who the message is to, and so who is greeted and thanked as "you".

    The contact, when the user named one. Without one, the first person the
    user met, from their list of people to thank, who is then not thanked a
    second time: readers took "Dear Hiring Team" above the names of people
    the writer had met as a form letter. Only when nobody is named does a
    message go to the hiring team.
    """
    if offer.contact_name.strip():
        return read_person(
            offer.contact_name, honorific=offer.contact_honorific, role=getattr(offer, "contact_title", "")
        )
    people = read_people(offer.thank_list()) if people is None else people
    return people[0] if people else None


def addressed(offer, kind: str, source=None) -> tuple[str, str]:
    """Whoever a message of `kind` about `offer` is written to (`addressee`), by
    name as typed (empty for a team), and the greeting the composer writes them
    ("Dear Mr O'Neil," in a formal template): the checklist reads a draft as
    written to them, and suggests that greeting. `source`, the template the
    draft came from, sets the tone as it did for the composer."""
    writing = writing_for(source, offer) if source is not None else None
    if writing is None or writing.kind != kind:
        writing = Writing(kind=kind, tone=offer.tone or Tone.WARM, medium=offer.medium or Medium.EMAIL)
    person = addressee(offer)
    return (person.name if person else ""), _greeting(person, writing)


def _greeting(contact: Person | None, writing: Writing) -> str:
    """The one place a greeting is worked out. Warm and brief messages use the
    first name. A formal one uses the title the user gave ("Dear Dr Raman,");
    without a title, the first name ("Dear Daniel,"), since "Dear Daniel
    Osei," reads as a mail merge. A LinkedIn note says "Hi", as people do
    there, unless it has a title to use."""
    linkedin = writing.kind == TemplateKind.LINKEDIN_NOTE
    casual = writing.tone == Tone.BRIEF or linkedin
    if contact is None:
        return "Hello," if casual else "Dear Hiring Team,"
    titled = contact.formal_address or (contact.honorific and contact.family)
    professor = contact.honorific.rstrip(".").lower() in ("prof", "professor") and contact.family
    # "Dear Ms Tanaka,": a Japanese colleague is called by the family name (readers: "Dear Yuki," overfamiliar).
    japanese = contact.family.casefold() in _JAPANESE_FAMILY and titled
    if (writing.formal or professor or japanese) and (titled or not contact.given):
        # A professor is greeted by the title in any tone ("Hi Andreas" to Prof. Dr. med. Schäfer jarred).
        return f"Dear {contact.formal},"
    return f"{'Hi' if casual else 'Dear'} {contact.familiar},"


def _sign_off(writing: Writing) -> str:
    if writing.formal:
        return "Yours sincerely," if writing.medium == Medium.LETTER else "Kind regards,"
    if writing.tone == Tone.BRIEF:
        return "Best,"
    if writing.kind == TemplateKind.THANK_YOU:
        return "With thanks,"
    if writing.kind == TemplateKind.CHECK_IN:
        return "Best wishes,"
    return "Warm regards,"


# ---------------------------------------------------------------------------
# The reason

# What to say for each reason when the user gave no detail of their own: honest,
# brief, and about the user's own path, never about the employer's faults.
_REASONS: dict[str, dict[str, list[str]]] = {
    Reason.ANOTHER_OFFER: {
        Tone.WARM: [
            "I've accepted another offer, one that lines up closely with where I want to take my career next.",
            "I've said yes to another role, which is a little closer to the work I want to be doing next.",
        ],
        Tone.FORMAL: [
            "I have accepted another position, which is closer to the work I want to focus on next.",
            "I have accepted a position elsewhere, in a role a little closer to what I want to do next.",
        ],
        Tone.BRIEF: [
            "I've accepted another offer.",
            "I've taken another role that fits my plans more closely.",
        ],
    },
    Reason.ROLE_FIT: {
        Tone.WARM: [
            "Getting to know the role properly helped me see that the work I want to do next lies in a different "
            "direction.",
            "What I want to do more of next isn't what this role is mostly about, and I'd rather say so now than "
            "find out a few months in that the fit was wrong.",
        ],
        Tone.FORMAL: [
            "The more I learned about the day-to-day work of the position, the clearer it became that it is not "
            "the work I want to focus on next.",
            "Having learned more about the day-to-day work, I can see that my strengths and interests lie in a "
            "different part of the field.",
        ],
        Tone.BRIEF: [
            "Having seen the role up close, I've realised my next step lies in a different direction.",
            "The more I learned about the day-to-day work, the clearer it was that it isn't what I want to do next.",
        ],
    },
    Reason.COMPENSATION: {
        Tone.WARM: [
            "I've gone over the package carefully, and I can't make it work for my circumstances.",
            "It comes down to the package: however I look at it, I can't make the numbers work for my situation.",
        ],
        Tone.FORMAL: [
            "The deciding factor was the package: having looked at it carefully, I cannot make it work for my "
            "circumstances at present.",
            "In the end the package decided it: I have been through the figures carefully, and I cannot make them "
            "work for my circumstances.",
        ],
        Tone.BRIEF: [
            "The package doesn't work for my situation.",
            "I've looked hard at the numbers, and the package doesn't work for my situation right now.",
        ],
    },
    Reason.LOCATION: {
        Tone.WARM: [
            "Once I worked through the practical side of a move, I couldn't make the location work "
            "at this point in my life.",
            "In the end, I can't make the location work at this point in my life.",
        ],
        Tone.FORMAL: [
            "I had hoped to find a way to make the location work, but at present I cannot.",
            "I knew where the role was based from the outset and hoped to make it work, but having now planned "
            "the move in detail, I find that I cannot at present.",
        ],
        Tone.BRIEF: [
            "I've planned out what the move would take, and I can't make the location work.",
            "I'd hoped to make the location work, but having planned it out properly, I can't right now.",
        ],
    },
    Reason.PERSONAL: {
        Tone.WARM: [
            "Some personal circumstances mean that now isn't the right time for me to make this move.",
            "Things in my personal life mean the timing isn't right for a change like this.",
        ],
        Tone.FORMAL: [
            "Personal circumstances mean that I cannot make a move at present, much as I had hoped to.",
            "For reasons in my personal life, the timing is wrong for me to make a move at present.",
        ],
        Tone.BRIEF: [
            "Personal circumstances mean the timing isn't right for me.",
            "For personal reasons, the timing doesn't work for me.",
        ],
    },
    Reason.STAYING: {
        Tone.WARM: [
            "I've decided to stay in my current role, where there's still more I want to accomplish.",
            "I've chosen to stay in my current role; there's work there I want to see through.",
        ],
        Tone.FORMAL: [
            "I have chosen to stay in my current role for now, as there is still work there I want to see through.",
            "I am going to remain where I am for the time being; there is more I want to achieve in my current role.",
        ],
        Tone.BRIEF: [
            "I've decided to stay in my current role.",
            "I'm staying in my current role.",
        ],
    },
    Reason.CAREER_DIRECTION: {
        Tone.WARM: [
            "Thinking it through, I realised my next step needs to be in a different direction, and it wouldn't be "
            "fair to take the role with my mind elsewhere.",
            "Weighing it up helped me see that I want my career to go somewhere a little different, and it's "
            "better to say so now than to start the role half-committed.",
        ],
        Tone.FORMAL: [
            "Thinking about the offer made me realise that I want my career to move into a different kind of "
            "work, and I would not want to take the role with my mind on that.",
            "My next step will be in a different line of work.",
        ],
        Tone.BRIEF: [
            "I've decided to move into a different kind of work.",
            "My next step is going to be in a different line of work.",
        ],
    },
    Reason.UNSAID: {
        # Readers marked every wording that hints at a reason and gives none ("It was not an easy decision, but I am
        # sure it is the right step for me": "empty, could go to anyone"): these say plainly that the reasons are
        # private, without protesting ("protests too much", of a longer assurance).
        Tone.WARM: [
            "My reasons are personal ones, and I hope you'll understand if I keep them to myself.",
            "The reasons are my own and I'd rather not go into them, but I thought hard about it.",
        ],
        Tone.FORMAL: [
            "My reasons are personal, and I hope you will forgive me for not setting them out here; I considered the "
            "offer with great care.",
            "I hope you will understand that my reasons are personal ones, which I would prefer to keep private.",
        ],
        Tone.BRIEF: [
            "My reasons are personal and I'd rather not go into them, but I took the offer seriously.",
            "It's for personal reasons I'd rather not go into, and I hope that's all right.",
        ],
    },
}

# The reason told afterwards ("why did you decline?"), in the past: never the
# decline's sentence again. Plain and formal wordings.
_REASONS_AFTER: dict[str, tuple[str, str]] = {
    Reason.ANOTHER_OFFER: (
        "I accepted another offer, for a role closer to the work I want to be doing next.",
        "I accepted another position, which is a closer match for my longer-term goals.",
    ),
    Reason.ROLE_FIT: (
        "The role itself wasn't quite the fit for what I want to focus on next.",
        "The role was not quite the right fit for the work I want to focus on.",
    ),
    Reason.COMPENSATION: (
        "It came down to the package: I went through it carefully and couldn't make it work for my circumstances.",
        "It came down to the package: having been through it carefully, I could not make it work for my circumstances.",
    ),
    Reason.LOCATION: (
        "It was the location: I couldn't make it work with the rest of my life right now.",
        "The location of the role did not suit my present circumstances.",
    ),
    Reason.PERSONAL: (
        "My personal circumstances meant it wasn't the right time for me to change jobs.",
        "Personal circumstances meant that I could not take on a new position.",
    ),
    Reason.STAYING: (
        "I decided to stay in my current role, where there's still work I want to finish.",
        "I chose to stay in my current role, where there was still work I wanted to see through.",
    ),
    Reason.CAREER_DIRECTION: (
        "I want to take my career in a slightly different direction.",
        "I have chosen to pursue a different direction in my career.",
    ),
    Reason.UNSAID: (
        "It simply wasn't the right step for me at this point.",
        "It was not the right step for me at this point.",
    ),
}


def _reason_sentence(reason: str, detail: str, writing: Writing) -> str:
    detail = " ".join(detail.split()).strip('"“”')
    if detail:
        return " ".join(_sentence(part) for part in _sentences_in(_reason_as_written(detail)))
    reason = reason if reason in _REASONS else Reason.UNSAID
    if writing.after_decline:
        return _REASONS_AFTER[reason][writing.formal_words]
    return writing.pick(_REASONS[reason][writing.words_tone])


# ---------------------------------------------------------------------------
# Thanks
#
# Keyed by (tone or register, the contact is known, others to thank). `{others}`
# is the people to thank besides the contact.

_THANKS: dict[tuple[str, bool, bool], list[str]] = {
    (Tone.WARM, True, True): [
        "Thank you for your time — and please pass my thanks to {others}.",
        "I'm grateful for all the time you gave me, and please thank {others} for me too.",
        "Please pass my thanks to {others} as well; I'm grateful to you all for your time.",
        "Thank you for all your time, and do pass my thanks on to {others} as well.",
        "I'm grateful for all the time you put into the process, and I'd be glad if you'd thank {others} for me too.",
    ],
    (Tone.WARM, True, False): [
        "Thank you for all the time you gave me.",
        "I'm grateful for the time and care you gave me throughout.",
        "Thank you for your time, and for every conversation along the way.",
    ],
    (Tone.WARM, False, True): [
        "Thank you all for your time, and please pass my thanks to {others} in particular.",
        "I'm grateful to everyone for their time, and to {others} especially.",
        "Thank you to everyone who gave their time to my interviews, and to {others} especially.",
        "Thank you all for the time you gave me, {others} especially.",
    ],
    (Tone.WARM, False, False): [
        "Thank you to everyone who gave their time to my interviews.",
        "I'm grateful to everyone I met for the time they gave me.",
        "My thanks to everyone who gave their time to meet me.",
    ],
    (Tone.FORMAL, True, True): [
        "I am grateful for your time, and please pass my thanks on to {others} as well.",
        "Thank you for your time; please also convey my thanks to {others}.",
        "Thank you for your time, and please thank {others} for me as well.",
        "Thank you for the time you devoted to my application; I would also be grateful if you could thank "
        "{others} on my behalf.",
    ],
    (Tone.FORMAL, True, False): [
        "I am grateful for the time you gave me throughout the process.",
        "Thank you for the time and consideration you gave to my application.",
        "Thank you for the care you took over my application.",
    ],
    (Tone.FORMAL, False, True): [
        "I am grateful to everyone who gave their time to my application, and to {others} in particular.",
        "I would like to thank everyone who gave their time to my application, {others} in particular.",
        "My thanks go to {others}, and to everyone who gave their time to my application.",
        "I am grateful for the time everyone gave to my application, {others} especially.",
    ],
    (Tone.FORMAL, False, False): [
        "I am grateful to everyone who gave their time to my application.",
        "Thank you to all who gave their time and consideration to my application.",
        "Please accept my thanks for the time given to my application.",
    ],
    (Tone.BRIEF, True, True): [
        "Thanks for your time, and please thank {others} for me.",
        "I'm grateful for your time, and please pass my thanks to {others}.",
        "Thank you for your time, and say thanks to {others} from me.",
        "I appreciated your time, and please say thanks to {others} for me too.",
    ],
    (Tone.BRIEF, True, False): [
        "Thanks for all the time you gave me.",
        "Thank you for your time on all of this.",
    ],
    (Tone.BRIEF, False, True): [
        "Thanks to everyone I met for their time, and to {others} in particular.",
        "Thank you all for your time, and thank you in particular to {others}.",
        "Thanks to everyone for their time, especially {others}.",
    ],
    (Tone.BRIEF, False, False): [
        "Thanks to everyone for their time.",
        "I'm grateful to everyone for their time.",
    ],
}
# Afterwards (the thank-you note, check-ins, answers): other words, and only two registers.
_THANKS_AFTER: dict[tuple[bool, bool, bool], list[str]] = {
    # (formal, the contact is known, others to thank)
    (False, True, True): [
        "Please pass my thanks on to {others} as well.",
        "And please say thank you from me to {others}.",
    ],
    (False, True, False): ["Thank you again for the time you gave me."],
    (False, False, True): ["My thanks again to {others} in particular."],
    (False, False, False): ["Thank you again to everyone I met."],
    (True, True, True): ["I would be grateful if you could pass my thanks to {others} as well."],
    (True, True, False): ["Thank you again for the time you gave me."],
    (True, False, True): ["My particular thanks go to {others}."],
    (True, False, False): ["My thanks again to everyone I met."],
}


def _with_their_team(others: list[Person], names: str) -> str:
    """In an email to the contact, one colleague is thanked with their team,
    as a colleague would put it: "please pass my thanks to Marcus and
    the rest of the firmware team" (PRODUCT §4), by first name, never "Marcus
    Chen on the firmware team", which readers took for a mail merge
    introducing their own colleague to them. Several people: the names alone."""
    if len(others) != 1:
        return names
    role = re.sub(r"(?i)^(?:(?:from|on|in|of)\s+)?(?:the\s+)?", "", " ".join(others[0].role.split()))
    if not re.fullmatch(r"[A-Za-z][\w&/-]*(?: [A-Za-z][\w&/-]*){0,2} team", role):
        return names
    return f"{names} and the rest of the {role}"


def _thanks_sentence(contact: Person | None, people: list[Person], writing: Writing, writer: str = "") -> str:
    others = [person for person in people if contact is None or not person.same_as(contact)]
    names = _names_of(others, formal=writing.formal_words, writer=writer)
    if contact:
        names = _with_their_team(others, names)
    if writing.after_decline:
        wordings = _THANKS_AFTER[(writing.formal_words, contact is not None, bool(others))]
    else:
        wordings = _THANKS[(writing.words_tone, contact is not None, bool(others))]
    return writing.pick(wordings).format(others=names)


# ---------------------------------------------------------------------------
# The door left open
#
# One clause for each choice, two wordings per tone; the first two chosen make
# one sentence and any more a second, so it never rambles.

_DOOR_CLAUSES: dict[str, dict[str, list[str]]] = {
    DoorOpen.FUTURE_ROLES: {
        Tone.WARM: [
            "I'd love to hear from you if another role comes up at {company}",
            "if a role like this one opens up at {company} again, I'd love to hear about it",
            "I'd love to be considered if something opens up at {company} again",
            "I'd be very happy to talk again if another role comes up at {company}",
        ],
        Tone.FORMAL: [
            "I would be pleased to hear from you if another role opens at {company}",
            "if a suitable role comes up at {company}, I would like to hear about it",
            "please keep me in mind for future roles at {company}",
            "I would be pleased to be considered for another position at {company}, should one open",
        ],
        Tone.BRIEF: [
            "if something comes up at {company} in a year or two, I'd like to hear about it",
            "I'd be glad to hear about future roles at {company}",
            "I'd happily hear about future roles at {company}",
        ],
    },
    DoorOpen.LINKEDIN: {
        Tone.WARM: [
            "I'd like to stay in touch on LinkedIn",
            "I'll send you a connection request on LinkedIn, if that's all right",
            "I hope we can stay connected on LinkedIn",
        ],
        Tone.FORMAL: [
            "I would be pleased to stay in touch on LinkedIn",
            "I hope we can stay in touch on LinkedIn",
            "I will send you a LinkedIn request so that we can stay in touch",
        ],
        Tone.BRIEF: [
            "let's stay in touch on LinkedIn",
            "I'll send you a LinkedIn request so we can stay in touch",
            "I'd like to connect on LinkedIn",
        ],
    },
    DoorOpen.EVENTS: {
        Tone.WARM: [
            "I hope we run into each other at an event before long",
            "I hope our paths cross at an event soon",
            "I hope to see you at an event some time",
        ],
        Tone.FORMAL: [
            "I hope our paths will cross at an event before long",
            "I hope we will have the chance to meet again at an event",
            "perhaps we will meet again at an event before long",
        ],
        Tone.BRIEF: [
            "I hope we meet again at an event soon",
            "hopefully we'll run into each other at an event before long",
            "I hope to see you at an event sometime",
        ],
    },
    DoorOpen.REFER: {
        Tone.WARM: [
            "if I come across someone who'd be right for the team, I'll send them your way",
            "if someone I know would suit the team, I'll gladly put them in touch with you",
            "if I meet someone who'd thrive there, I'll point them towards you",
        ],
        Tone.FORMAL: [
            "if I come across someone who would suit the team, I will put them in touch with you",
            "should I meet someone who would do well there, I will point them towards you",
            "I will pass on the name of anyone I know who would suit the team",
        ],
        Tone.BRIEF: [
            "if I know someone who'd suit the team, I'll send them your way",
            "if I meet someone who'd be right for a role there, I'll point them to you",
        ],
    },
    DoorOpen.CAREERS_PAGE: {
        # Watching for openings, however a company posts them (readers: "a dental studio hardly has a careers page").
        Tone.WARM: [
            "I'll keep an eye out for openings with you",
            "I'll be watching for openings with you",
            "I'll keep watching for roles with you",
        ],
        Tone.FORMAL: [
            "I will keep an eye on your vacancies",
            "I will continue to follow your openings",
            "I will keep watching for vacancies with you",
        ],
        Tone.BRIEF: [
            "I'll keep an eye out for your openings",
            "I'll watch for your openings",
            "I'll keep checking for openings",
        ],
    },
}
_DOOR_NONE: dict[str, list[str]] = {
    Tone.WARM: [
        "I hope our paths cross again.",
        "I hope we cross paths again before long.",
        "I hope we stay in touch.",
    ],
    Tone.FORMAL: [
        "I hope our paths will cross again.",
        "I hope we will stay in touch.",
        "I hope our paths cross again before long.",
    ],
    Tone.BRIEF: ["I hope our paths cross again.", "I hope we stay in touch.", "Let's stay in touch."],
}
# Afterwards: (plain, formal).
# Afterwards, by register (plain, formal): three wordings each, so that the
# thank-you note, an answer and a check-in each close in their own words.
_DOOR_CLAUSES_AFTER: dict[str, tuple[list[str], list[str]]] = {
    DoorOpen.FUTURE_ROLES: (
        [
            "if something that suits me comes up at {company}, I'd still love to hear about it",
            "if you think of me when a role opens at {company}, do get in touch",
            "I'd be glad to hear from you about future roles at {company}",
        ],
        [
            "if a suitable role comes up at {company}, I would still like to hear of it",
            "I would be glad to hear of future roles at {company}",
            "I would still be glad to hear about future roles at {company}",
        ],
    ),
    DoorOpen.LINKEDIN: (
        [
            "it would be good to stay connected on LinkedIn",
            "I'd like to keep in touch on LinkedIn",
            # Not "I'll send you a request": after the decline it may well have been sent, and accepted.
            "let's keep in touch on LinkedIn",
        ],
        [
            "I would be glad to remain connected on LinkedIn",
            "I hope we can keep in touch on LinkedIn",
            "it would be good to stay connected on LinkedIn",
        ],
    ),
    DoorOpen.EVENTS: (
        [
            "I hope we'll catch up at an event soon",
            "I hope we bump into each other at an event",
            "I hope we meet at an event before long",
        ],
        [
            "I hope we may meet at an event before long",
            "I hope our paths cross at an event",
            "I would be glad to meet at a future event",
        ],
    ),
    DoorOpen.REFER: (
        [
            "if I come across someone who'd suit the team, I'll put them in touch with you",
            "if I know someone who'd be right for a role there, I'll send them your way",
            "I'd be glad to introduce anyone I know who'd suit the team",
        ],
        [
            "if I come across someone who would suit the team, I will put them in touch with you",
            "if I know someone who would be right for a role there, I will point them towards you",
            "I would be glad to introduce anyone I know who would suit the team",
        ],
    ),
    DoorOpen.CAREERS_PAGE: (
        [
            "I'll keep following your openings",
            "I'll keep an eye on your openings",
            "I'll keep checking for openings with you",
        ],
        [
            "I will continue to follow your vacancies",
            "I will keep an eye on your vacancies",
            "I will continue to watch for openings with you",
        ],
    ),
}
_DOOR_NONE_AFTER: tuple[list[str], list[str]] = (
    # Never a decline's own wording (`_DOOR_NONE`): a check-in that closes as the decline did reads as a copy.
    [
        "I'd be glad to stay in touch.",
        "It would be good to keep in touch.",
        "I'd like us to keep in touch.",
        "Do keep in touch.",
        "It would be good to hear from you now and then.",
    ],
    [
        "I would be glad to stay in touch.",
        "I hope we will remain in touch.",
        "I would be pleased to keep in touch.",
        "I would welcome hearing from you from time to time.",
        "I hope we may keep in touch.",
    ],
)


# A change of career direction is a step away from this kind of role: asking
# about future roles, or to watch the openings, would contradict it, so the
# door is left open by staying in touch and referring people instead.
_ASKS_FOR_A_ROLE = frozenset({DoorOpen.FUTURE_ROLES, DoorOpen.CAREERS_PAGE})

# Open to future roles, said after declining for the role itself: another role, not "future roles" again (readers:
# "asks for future roles just after saying the work is wrong").
_OTHER_ROLES: dict[str, list[str]] = {
    Tone.WARM: [
        "if a role closer to what I'm looking for comes up at {company}, I'd love to hear about it",
        "do let me know if a different role comes up at {company}",
    ],
    Tone.FORMAL: [
        "I would be glad to hear of other roles at {company} that might suit me better",
        "should a different role open at {company}, I would like to hear about it",
    ],
    Tone.BRIEF: [
        "I'd be glad to hear about other roles at {company}",
        "if a different role comes up at {company}, I'd like to hear about it",
    ],
}
# The same, written after the decline (an answer, a connection note), by register (plain, formal).
_OTHER_ROLES_AFTER: tuple[list[str], list[str]] = (
    [
        "if a different kind of role comes up at {company}, I'd still love to hear about it",
        "I'd be glad to hear from you about other roles at {company}",
    ],
    [
        "should a different kind of role open at {company}, I would still like to hear of it",
        "I would be glad to hear of other roles at {company}",
    ],
)


def _door_bank(choice: str, writing: Writing, reason: str) -> list[str]:
    """The wordings of one door-open choice in this message."""
    other_roles = choice == DoorOpen.FUTURE_ROLES and reason == Reason.ROLE_FIT
    if writing.after_decline:
        return (_OTHER_ROLES_AFTER if other_roles else _DOOR_CLAUSES_AFTER[choice])[writing.formal_words]
    return (_OTHER_ROLES if other_roles else _DOOR_CLAUSES[choice])[writing.words_tone]


# Words a reader hears twice when two clauses of the door left open share them
# ("I would be glad to be considered, and I would be glad to see you at an event
# in future"): a clause is chosen that does not repeat one.
_ECHO_WORDS = frozenset(
    {"glad", "gladly", "happy", "pleased", "love", "like", "hope", "future", "welcome", "considered", "event"}
    | {"touch", "hear", "sometime", "soon", "before", "long", "again"}
)


@functools.cache
def _echo_words(clause: str) -> frozenset[str]:
    """The echo words of one clause of the banks above (a fixed set of strings, so each is read once)."""
    return frozenset(_WORD.findall(clause.lower().replace("’", "'"))) & _ECHO_WORDS


def _echoes(clause: str, others: Sequence[str]) -> bool:
    words = _echo_words(clause)
    return any(words & _echo_words(other) for other in others)


def left_out_for_reason(choices: Sequence[str], reason: str) -> list[str]:
    """The door-open choices a decline leaves out for its reason: one that says
    the user is moving to other work cannot also ask about roles there, or hope
    to meet at the events of the work they are leaving."""
    if reason != Reason.CAREER_DIRECTION:
        return []
    # Nor meet at the field's events (readers: "leaving the field, then hoping to meet at a conference").
    leaving = _ASKS_FOR_A_ROLE | {DoorOpen.EVENTS}
    return [choice for choice in DoorOpen.values if choice in set(choices or []) and choice in leaving]


def _door_open_sentence(choices: list[str], company: str, writing: Writing, *, reason: str = "") -> str:
    left_out = left_out_for_reason(choices, reason)
    chosen = [choice for choice in DoorOpen.values if choice in set(choices or []) and choice not in left_out]
    if writing.kind == TemplateKind.THANK_YOU:
        # A note that is only to say thank you asks for nothing, and offers no
        # referrals either: readers took that as a non sequitur. It stays in touch.
        chosen = [choice for choice in chosen if choice not in _ASKS_FOR_A_ROLE | {DoorOpen.REFER}]
    elif writing.kind == TemplateKind.CHECK_IN:
        # A hello that closes by asking for a job reads as the real reason for it.
        chosen = [choice for choice in chosen if choice not in _ASKS_FOR_A_ROLE]
    banks = [_door_bank(choice, writing, reason) for choice in chosen]
    none = _DOOR_NONE_AFTER[writing.formal_words] if writing.after_decline else _DOOR_NONE[writing.words_tone]
    if not banks:
        return writing.pick(none)
    clauses: list[str] = []
    for n, bank in enumerate(banks):
        fresh = [clause for clause in bank if not _echoes(clause, clauses)] or bank
        clauses.append(writing.pick(fresh, offset=n, besides=clauses))
    clauses = [clause.format(company=without_legal_form(company)) for clause in clauses]
    if writing.kind == TemplateKind.PHONE_SCRIPT:
        # Said aloud, two wishes joined into one sentence are a mouthful: one each.
        sentences = clauses[:]
    else:
        sentences = [", and ".join(clauses[:2])]
        if clauses[2:]:
            sentences.append(joined(clauses[2:]))
    if chosen == [DoorOpen.REFER]:
        # An offer to refer people, alone, reads as a transaction bolted on
        # to the end; after a hope to stay in touch it reads as goodwill.
        sentences.insert(0, writing.pick(none))
    return " ".join(_sentence(sentence) for sentence in sentences)


# ---------------------------------------------------------------------------
# What stood out
#
# The user's one or two specifics ("the whiteboard session on your pipeline
# rebuild", "Lena checking in after my flight was delayed") go into one
# sentence, once, in a wording that fits the template. Most people write a
# phrase, which a wording frames; someone who writes a whole sentence keeps it
# as written. Either way the reader, who is the contact, is "you" in it.

_STOOD_OUT: dict[str, list[str]] = {
    Tone.WARM: [
        "I really liked {x}.",
        "{X} was the part I enjoyed most.",
        "{X} has stayed with me.",
        "{X} was a real highlight for me.",
        "I loved {x}.",
    ],
    Tone.FORMAL: [
        "{X} was the highlight of the process for me.",
        "I very much enjoyed {x}.",
        "Of everything in the process, I most enjoyed {x}.",
        "{X} was a real pleasure.",
        "I greatly valued {x}.",
    ],
    Tone.BRIEF: [
        "I enjoyed the process, especially {x}.",
        "{X} was the best part for me.",
        "I really enjoyed {x}.",
    ],
}
# For a question asked or a quality of theirs, which are not enjoyed, where a tone has no other wording ("I keep
# thinking about the case study" read as false, readers said, and odd in a decline; "The most interesting part of
# the process for me was" ranked it above the rest: "faintly damns the rest").
_MOST_INTERESTING = "One thing I found especially interesting was {x}."
# Afterwards, by register (plain, formal): never the decline's words again. Not "I haven't forgotten" (readers: it
# can read as a grievance) nor "I often think of" (it overclaims).
_STOOD_OUT_AFTER: tuple[list[str], list[str]] = (
    [
        "Looking back, {x} is what I remember best.",
        "{X} is a big part of what I took away from the process.",
        "I still think back to {x}.",
        "One thing I remember well is {x}.",
        "More than once since, I've thought about {x}.",
        "{X} was the best part of the process for me.",
        "I think fondly of {x}.",
        "I'm still grateful for {x}.",
        "I appreciated {x}.",
        "I'm still thankful for {x}.",
        "What stayed with me most was {x}.",
        "I still remember {x}.",
        "I still value {x}.",
        "{X} has stuck with me.",
        "Since then, I've thought about {x}.",
    ],
    [
        "Looking back, {x} was the part of the process I valued most.",
        "I remain grateful for {x}.",
        "{X} was, for me, the most valuable part of the process.",
        "More than once since, I have thought about {x}.",
        "I think back with gratitude to {x}.",
        "I still appreciate {x}.",
        "I continue to value {x}.",
        "I look back with pleasure on {x}.",
        "I often recall {x}.",
        "What I valued most was {x}.",
        "I still recall {x}.",
        "I have often reflected on {x}.",
        "I continue to think about {x}.",
        "What I remember most is {x}.",
        "I have thought more than once about {x}.",
    ],
)

# A specific that starts like this is a phrase to frame ("how open everyone was"), even with a verb in it.
_PHRASE_STARTS = frozenset(
    {"the", "a", "an", "your", "our", "my", "his", "her", "their", "its", "that", "this", "these", "those"}
    | {"how", "what", "when", "where", "why", "which", "who", "all", "both", "being"}
)
# One that starts like this is a sentence of the user's own ("I loved the demo").
_SENTENCE_SUBJECTS = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "you", "you're", "you've", "you'd"}
    | {"it", "it's", "there", "there's", "he", "she", "they", "they're", "everyone", "everybody", "nobody"}
    | {"someone", "somebody"}
)
# So is one with a verb like these in its second or third word ("Marcus walked me through…").
_FINITE_VERBS = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "did", "does", "felt", "seemed", "made", "gave", "took"}
    | {"asked", "showed", "spent", "walked", "explained", "told", "said", "shared", "stayed", "stuck", "stood"}
    | {"helped", "offered", "sent", "came", "went", "got", "kept", "really", "always", "loved", "liked"}
    | {"picked", "switched", "tasted", "cooked", "corrected", "arranged", "checked", "reviewed", "laughed"}
    | {"drove", "let", "taught", "brought", "played", "waited", "called", "answered", "welcomed", "introduced"}
    | {"invited", "treated", "joined", "cycled", "suddenly", "personally", "kindly"}
    # "Fernando talked about the guest programme".
    | {"talked", "discussed", "described", "mentioned", "spoke", "presented", "demonstrated", "encouraged"}
    | {"listened", "smiled", "remembered", "noticed", "insisted", "hosted", "led", "ran", "met", "opened"}
)
_QUOTES = "\"'“”‘’"
_DOUBLE_QUOTES = frozenset('"“”')


# What a quick note has and a letter does not: laughter and smileys ("at 11pm lol"), dropped.
_CHAT = re.compile(r"\s*(?:\b(?i:lol|lmao|rofl|haha(?:ha)*|hehe(?:he)*)\b|(?<!\S)[:;]-?[)(DP](?!\S))[!.]*")
_NEW_THOUGHT = re.compile(r"\s+(?:i|we|you|he|she|they|it)\b(?!['’]s)", re.IGNORECASE)
# A note's short words, written out: "the convo with you", "the q on picker idle time", "disease mgmt".
_SHORTHAND = {
    "convo": "conversation", "mgmt": "management", "mgmt.": "management", "govt": "government",
    "yr": "year", "yrs": "years", "mth": "month", "mths": "months", "b/c": "because", "bc": "because",
    "thru": "through", "cant": "can't", "dont": "don't", "didnt": "didn't", "doesnt": "doesn't",
    "isnt": "isn't", "wasnt": "wasn't", "couldnt": "couldn't", "wouldnt": "wouldn't", "ive": "I've",
    "ppl": "people", "hrs": "hours", "mins": "minutes", "approx": "about", "w/e": "weekend",
    "esp": "especially", "esp.": "especially", "no bs": "no-nonsense", "theyd": "they'd", "youd": "you'd",
    "thats": "that's", "whats": "what's", "theyre": "they're", "incl": "including", "incl.": "including",
    "theres": "there's",
}  # fmt: skip
_SHORT_WORD = re.compile(
    r"(?<![\w/'’-])(?i:"
    + "|".join(re.escape(word) for word in sorted(_SHORTHAND, key=len, reverse=True))
    + r")(?![\w/'’:-])|\bq(?= (?:on|about|of|around)\b|[.!?]|$)"
)
# "i", typed for "I" ("that i could pick my own shifts", "i'd"), but not in "i.e." or "(i)".
_LOWER_I = re.compile(r"(?<![\w.'’(-])i(?=(?:['’](?:m|d|ve|ll))?(?:[\s,;:!?)]|$))")


# Peoples and languages, typed in lower case in a hurry ("the italian marble range"); not "polish", a verb too.
_NATIONALITY = re.compile(
    r"\b(?:italian|french|german|spanish|portuguese|english|british|irish|scottish|welsh|dutch|swedish|norwegian"
    r"|danish|finnish|greek|turkish|russian|chinese|japanese|korean|indian|pakistani|african|nigerian"
    r"|kenyan|ghanaian|american|canadian|mexican|brazilian|european|asian|arabic|australian)\b"
)


# "Took role with …", "Accepted offer from …": the writer left out, and the article.
_DID_WITHOUT_SUBJECT = re.compile(
    r"^(?i:(took|accepted|got|found|chose|signed|joined|decided|need|want|can't|cannot|won't))\s+"
    r"(?:(role|job|position|offer)\b)?"
)
# "Staying in Lagos for family reasons": where the writer is going, or staying, with the "I'm" left out.
_GOING = frozenset({"staying", "moving", "relocating", "returning", "going", "joining", "starting", "remaining"})


def _reason_as_written(detail: str) -> str:
    """What the user typed for their reason, tidied as `_as_written` tidies a
    note, and made a sentence of theirs when it starts with what they did
    ("Took role w/ …" is "I took a role with …"; "Staying in Lagos …", "I'm staying in Lagos …")."""
    detail = _as_written(_shorthand_said(detail))

    def with_subject(match: re.Match) -> str:
        noun = match.group(2)
        article = "" if not noun else ("an " if noun.lower() == "offer" else "a ") + noun.lower()
        return f"I {match.group(1).lower()} {article}".rstrip() + " "

    detail = _DID_WITHOUT_SUBJECT.sub(with_subject, detail, count=1).replace("  ", " ")
    words = _WORD.findall(detail.lower())
    verbs = _FINITE_VERBS | _GERUND_SENTENCE_VERBS
    if words and words[0] in _GOING and not any(word in verbs for word in _main_clause(words[1:])):
        detail = "I'm " + detail[0].lower() + detail[1:]
    return detail


def _shorthand_said(item: str) -> str:
    """A note's shorthand, as a sentence says it: "lunch w/ the team + a tour" is "lunch with the team and a tour"."""
    item = re.sub(r"(?<=\s)w/o(?=\s)", "without", item)
    item = re.sub(r"(?<=\s)(?:w/|w)(?=\s)", "with", item)
    return re.sub(r"(?<=\s)\+(?=\s)", "and", item)


def _as_written(item: str) -> str:
    """A note tidied as a letter would say it: no laughter, "I" for "i", shorthand written out."""
    # Laughter between two thoughts ends the first: "the gear quiz lol i did not know much about crampons".
    item = _CHAT.sub(lambda m: "." if _NEW_THOUGHT.match(item, m.end()) and m.start() else "", item).strip()
    item = _LOWER_I.sub("I", item)
    # "Usman sir asked about my project": the respect said after a name is no part of a letter's sentence.
    item = _SAID_AFTER_A_NAME.sub(r"\1", item)
    # "sim assessment!! will never forget it": one mark is enough.
    item = re.sub(r"([!?])[!?]+", r"\1", item)
    # "lovely that they asked how my years in retail would transfer": what was lovely, as a sentence says it.
    item = re.sub(
        r"^(?i:((?:really |so |very )?(?:lovely|nice|great|good|amazing|refreshing|kind|encouraging|reassuring))"
        r" (that|how)) ",
        lambda m: f"It was {m[1].lower()} {m[2].lower()} ",
        item,
    )
    # "the emphasis on safety culture, felt genuine": what it felt, as a sentence says it.
    item = re.sub(r",\s+felt\s+(?=(?:very |really |so )?[a-z]+[.!]?$)", ", which felt ", item)
    # "runway (18 mo)": months, where nothing follows that they are the length of ("a 3 mo plan" stays).
    item = re.sub(r"\b(\d+) ?mo\b\.?(?=\s*(?:[),.;!?]|$))", r"\1 months", item)
    # "honest re runway", "all my qs about on call": "about", "questions" (never "re-sit", "the QS chat").
    item = re.sub(r"(?<![\w'’-])re(?= [a-z])", "about", item)
    item = re.sub(r"\b((?:my|all|any|some|few|good|great|many|your|of) )qs\b", r"\1questions", item)
    # "You were v upfront about the rota": "very", as a letter writes it.
    item = re.sub(
        r"(?:(?<=\bwas )|(?<=\bwere )|(?<=\bis )|(?<=\bare )|(?<=\bfelt )|(?<=, )|^)v (?=[a-z]{3,}\b)", "very ", item
    )
    # "Martín was super honest": the chat word said as a letter would.
    item = re.sub(
        r"\bsuper (?=(?:[a-z]+(?:ful|ive|ous|ble|ent|ant|ing|ic)|honest|nice|kind|fun|smart|direct|friendly)\b)",
        "very ",
        item,
    )
    # "Question: how would you motivate a teammate who is always late": the question, quoted.
    item = re.sub(
        r"^(?i:q|question)\s*:\s*(.+?)[?.]?$",
        lambda m: f"the question “{m[1]}?”" if _ASKS.match(m[1]) else f"the task “{m[1]}”",
        item,
    )
    item = _NATIONALITY.sub(lambda m: m.group().capitalize(), item)
    # "that I could pick my own shifts": what was enjoyed is being able to, not a "that".
    item = re.sub(r"^(?i:that) I could\b", "being able to", item)

    def written_out(match: re.Match) -> str:
        word = match.group()
        full = "question" if word == "q" else _SHORTHAND[word.lower()]
        return full[0].upper() + full[1:] if word[0].isupper() else full

    item = _SHORT_WORD.sub(written_out, item)
    # "Robin & Denise were super open": "and", as a letter says it (and so the reader among them is "you").
    item = re.sub(r"(?<=\w) & (?=\w)", " and ", item)
    # "Ganesh ji very experienced in tractor market": how someone was, with its "was".
    item = _SOMEONE_VERY.sub(r"\1 was ", item)
    # "Practical station assessing a knee, really enjoyed it": the letter says it enjoyed it.
    item = re.sub(
        r"(?i),\s*(?:i\s+)?(?:really |very much |so |truly )?(?:enjoyed|loved|liked) (?:it|that|this)[.!]*$", "", item
    )
    # "oral board interview, 3 people": who it was with.
    item = re.sub(
        r"(?i),\s*(\d|two|three|four|five|six) (people|ppl|interviewers|panellists|panelists|of them)$",
        lambda m: f" with {_SMALL_NUMBERS.get(m[1], m[1])} {'people' if m[2].lower() in ('ppl', 'of them') else m[2]}",
        item,
    )
    # "You show me the emergency department", "Tomasz explain very well what the team does": what they did.
    item = _DID_NOW.sub(lambda m: f"{m['who']} {_DID[m['verb'].lower()]} ", item)
    # "honest about caseloads": how they were.
    item = re.sub(
        r"^(?:(?i:very|really|so) )?(?i:honest|open|upfront|transparent|straight) (?:with me )?about\b",
        lambda m: f"You were {m.group()[0].lower()}{m.group()[1:]}",
        item,
    )
    # "…typhoon prep, good q." / "Good one.": a note grading their question, which a letter leaves out.
    item = _GRADED.sub("", item).strip()
    # "…straight from the tank, amazing": the note's one-word verdict, as a sentence says it; a verdict a
    # letter leaves out ("nice", "ok la") goes.
    item = _VERDICT_AFTER.sub(
        lambda m: (
            ""
            if m["word"].lower() in _VERDICT_DROPPED
            else f", which was {_VERY.sub('very ', m['how'] or '')}{m['word']}"
        ),
        item,
    )
    # "You told me about your first case, very inspiring": what it was, as a sentence says it; "very
    # impressed" is how the writer felt.
    return _JUDGED_AFTER.sub(
        lambda m: (
            f", and I {m['judged']} it{m['end']}"
            if m["judged"].split()[-1].lower() in _LIKED
            else f", and I was {m['judged']}{m['end']}"
            if m["judged"].split()[-1].lower() in _FEELINGS
            else f", which was {m['judged']}{m['end']}"
        ),
        item,
    )


_JUDGEMENT = r"(?:very|really|so|quite|super)\s+(?:[a-z]+)"
# Someone by name, then how they were, without the "was" (never "Priya very much wanted me", "very kindly showed").
_SOMEONE_VERY = re.compile(
    r"^([A-Z][^\W\d_]+(?: (?:ji|san|bey|sir|[A-Z][^\W\d_]+))?) (?=(?:very|really|so|super|quite|extremely)"
    r" (?!much\b|many\b|few\b|well\b|little\b)[a-z]+(?<!ly)\b)"
)
_SMALL_NUMBERS = {"2": "two", "3": "three", "4": "four", "5": "five", "6": "six"}
# What someone did, typed in the present or without its ending: "You show me", "they speak about", "Tomasz
# explain very well" (readers: "wrong tense, reads machine-assembled").
_DID = {
    "show": "showed",
    "ask": "asked",
    "speak": "spoke",
    "explain": "explained",
    "tell": "told",
    "give": "gave",
    "take": "took",
    "walk": "walked",
    "introduce": "introduced",
    "talk": "talked",
    "answer": "answered",
}
_DID_NOW = re.compile(
    r"^(?P<who>[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[A-Z][a-z]+) (?P<verb>"
    + "|".join(_DID)
    + r")s? (?=me\b|us\b|about\b|through\b|around\b|very\b|how\b|what\b|the\b|my\b|our\b)"
)
# How the writer felt, not what the thing was: ", very impressed" is "and I was very impressed".
# How a question starts, as against a task set ("describe your worst shift").
_ASKS = re.compile(r"(?i)(?:how|what|why|when|where|who|which|would|could|can|do|did|does|is|are|should|have)\b")
_LIKED = frozenset({"enjoyed", "liked", "loved"})
_FEELINGS = frozenset(
    {"impressed", "surprised", "interested", "excited", "moved", "touched", "amazed", "pleased", "inspired"}
    | {"delighted", "relieved", "honoured", "honored", "grateful", "thankful", "happy", "glad", "nervous"}
)
# A note's verdict on their question, alone or after a comma: "good q", "Good one.", "nice question!".
_GRADED = re.compile(
    r"(?:,\s*|(?:^|(?<=[.!?]))\s*)(?i:(?:very|really|such a|a)\s+)?(?i:good|great|nice|cool|tough|fun)"
    r"\s+(?i:one|question|q)\b(?:[.!]+(?=\s|$)|$)"
)
# A comma, then a verdict alone at the end of a note: ", amazing", ", v strict", ", tough but fair", ", respect".
_VERDICT_AFTER = re.compile(
    r",\s+(?P<how>(?:(?:very|really|so|quite|super)\s+)|(?:v\s+))?"
    r"(?P<word>amazing|fun|tricky|intense|lovely|useful|surprising|interesting|impressive|beautiful|moving"
    r"|helpful|realistic|stressful|challenging|memorable|brilliant|excellent|strict|tough but fair|hard but fair"
    r"|crazy fast|nice|cool|rare|ok la|wow|good|great|legends?|champs|stars|lov(?:e|ed) (?:it|that)"
    r"|(?:much )?appreciated|gorgeous|stunning)(?:\s+(?:lol|haha))?[.!]*$",
    re.IGNORECASE,
)
_VERY = re.compile(r"^v\s+$")
_VERDICT_DROPPED = frozenset(
    {"nice", "cool", "rare", "ok la", "wow", "good", "great", "legend", "legends", "champs", "stars"}
    | {"love it", "loved it", "loved that", "appreciated", "much appreciated", "gorgeous", "stunning"}
)
# A comma, then how it was: ", very inspiring.", ", it was very detailed."
_JUDGED_AFTER = re.compile(rf",\s+(?:it\s+was\s+)?(?P<judged>{_JUDGEMENT})(?P<end>[.!]?)$")


# A note that starts with what someone did, without saying who: "saw the auction clock at Aalsmeer",
# "gave a seminar on my postdoc work", "asked me to plan a campaign". Framed as a thing, it read
# "I loved the saw the buffalo farm" to every reader; it is a sentence with its doer put back.
_DONE = frozenset(
    {"saw", "gave", "did", "went", "made", "took", "had", "got", "met", "ate", "drove", "rode", "sat", "spoke"}
    | {"told", "brought", "bought", "taught", "found", "kept", "ran", "sang", "wrote", "built", "sent", "spent"}
    | {"stood", "won", "caught", "led", "drew", "flew", "swam", "threw", "wore", "began", "came", "heard", "held"}
    | {"learnt", "paid", "said", "sold", "shook", "let", "tried", "felt"}
)
# The doings that are never a thing before a noun ("saw elephants"); the rest need a word that shows them a verb.
_DONE_BEFORE_ANY_WORD = _DONE - {"saw", "felt", "paid", "built", "led", "won", "spent", "let", "kept", "held", "set"}
# Verbs a task is set with, typed bare at the start of a note ("summarise a pension file …").
_TASKS = frozenset(
    {"summarise", "summarize", "write", "draft", "plan", "design", "build", "fix", "debug", "find", "explain"}
    | {"translate", "review", "analyse", "analyze", "prepare", "present", "pitch", "sell", "teach", "cook"}
    | {"calculate", "model", "sketch", "code", "solve", "diagnose", "assess", "prioritise", "prioritize"}
)
# Words in -ed that describe a thing: "guided tour", "detailed feedback", "smoked salmon tasting".
_DESCRIBING_ED = frozenset(
    {"guided", "detailed", "mixed", "advanced", "automated", "dedicated", "experienced", "organised", "organized"}
    | {"relaxed", "skilled", "supervised", "structured", "balanced", "talented", "related", "smoked", "fried"}
    | {"baked", "roasted", "grilled", "cured", "aged", "canned", "dried", "pickled", "steamed", "stuffed", "based"}
    | {"shared", "unscripted", "scripted", "recorded", "timed", "paired", "assessed", "extended", "closed"}
    | {"open-ended", "hundred", "naked", "sacred", "beloved", "rugged", "wicked", "red", "shed", "bed", "need"}
    | {"loved", "enjoyed", "liked", "appreciated", "impressed", "surprised", "interested", "excited", "moved"}
)
# After a doing, a word that shows it is one: "saw the", "gave a", "went to", "asked how", "shadowed Abdi".
# (With the determiners, prepositions and clause starts, defined below.)
_AFTER_A_DOING = frozenset(
    {"me", "us", "him", "them", "it", "up", "out", "through", "around", "round", "along", "over", "into", "by"}
    | {"some", "all", "every", "each"}
)


# What they said, typed without who said it: "said they'd send me on the EV course".
_SAYING = frozenset({"said", "promised", "mentioned"})
_THEY_WOULD = frozenset({"they'd", "they", "you'd", "we'd", "it'd"})  # what they said they would do
# What the writer felt about something, typed without the "I": "liked that they showed me real code".
_FELT_TOWARDS = frozenset({"liked", "loved", "enjoyed", "appreciated", "valued", "admired"})
# "afterwards they cycled me round …": a time word, then who did what, is a sentence.
_THEN_SOMEONE = re.compile(r"(?i)^(?:afterwards|after that|then|later|also|at the end)\s+(?:they|we|you|he|she|i)\b")
# "summarise a pension file in plain English", "write an email to a buyer": the task as it was set.
_TASK_SET = re.compile(r"^(?P<verb>[a-z]{3,})\s+(?:a|an|the|my|your|our|their|some|two|three)\b")


def _doer_put_back(item: str) -> str:
    """ "saw the auction clock" is "I saw the auction clock"; "asked me to plan …" and "asked how I'd
    handle …" are "You asked …" (the reader, or their company); "Showed me the lab", "You showed me". A
    thing ("guided tour of the plant", "Demo class on bonding") is left to be framed."""
    words = item.split()
    if len(words) < 2:
        return item
    if _THEN_SOMEONE.match(item):
        return item[:1].upper() + item[1:]
    first, after = words[0].lower(), words[1].lower().strip(",.")
    task = _TASK_SET.match(item)
    if task and task["verb"] in _TASKS:
        return f"being asked to {item}"
    if (
        first in _FELT_TOWARDS
        and after != "for"  # "appreciated for my ideas": how the writer was treated, not what they felt
        and words[0][:1].islower()
        and (after in _DETERMINERS | _PREPOSITIONS | _CLAUSE_STARTS or words[1][:1].isupper() or after.endswith("ing"))
    ):
        # "liked that they showed me real code", "loved the Dublin office": what the writer felt.
        return f"I {first}{item[len(words[0]) :]}"
    if first in _FEELINGS and words[0][:1].islower() and after in ("by", "with", "that", "how", "to"):
        # "impressed by the lab": how the writer was.
        return f"I was {first}{item[len(words[0]) :]}"
    if first in _DESCRIBING_ED or first.endswith("ing"):
        return item
    done = first in _DONE or (first.endswith("ed") and len(first) > 4 and not first.endswith("eed"))
    if not done:
        return item
    typed_lower = words[0][:1].islower()
    shown = (
        after in _AFTER_A_DOING | _DETERMINERS | _PREPOSITIONS | _CLAUSE_STARTS
        or after[:1].isdigit()
        # "shadowed Abdi", "did storytime", "saw elephants": only as typed in lower case, as no line starts so
        # with a name ("Drew showed me the site") or a thing ("Catered lunch with the team").
        or (typed_lower and words[1][:1].isupper())
        or (typed_lower and words[1].isalpha() and words[1].islower() and first in _DONE_BEFORE_ANY_WORD)
        or (typed_lower and first == "saw" and after.endswith("s"))
        # "said they'd send me on the EV course": what they said.
        or (first in _SAYING and after in _THEY_WOULD)
    )
    if not shown:
        return item
    rest = f"{first}{item[len(words[0]) :]}"
    if first == "asked" and after not in ("me", "us") and after in _PREPOSITIONS - {"about"}:
        # "asked to draft a short memo": the writer was asked.
        return f"You asked me {rest[len('asked ') :]}"
    # "welcomed me at the door", "asked how I'd handle …": what they did to the writer.
    theirs = first == "asked" or (first in _SAYING and after in _THEY_WOULD) or after in ("me", "us")
    return f"{'You' if theirs else 'I'} {rest}"


# Small words of other languages that English never uses, and English's own: a note with more of the first
# is in another language, and an English sentence cannot take it in ("I loved the me preguntaron sobre …").
_OTHER_LANGUAGES = frozenset(
    {"los", "las", "con", "por", "para", "y", "que", "una", "del", "se", "muy", "mi", "nos", "lo"}
    | {"les", "des", "et", "pour", "avec", "sur", "une", "du", "au", "aux", "est", "ont", "m'ont", "della", "per"}
    | {"che", "sono", "di", "gli", "der", "das", "und", "mit", "für", "ist", "ein", "eine", "dem", "zum"}
    | {"het", "een", "met", "och", "på", "för", "att", "är", "som", "til", "og", "ikke", "ble"}
    | {"się", "na", "jest", "és", "az", "egy", "hogy", "ve", "bir", "ile", "yang", "dengan"}
    | {"não", "com", "uma", "os", "ao", "das", "dos", "pra", "muito", "também", "jaja", "kérdés"}
    | {"de", "il", "un", "es", "si", "sus", "como", "cómo", "eu", "ele", "ela", "foi"}
    | {"fui", "nie", "jak", "że", "jag", "hur", "om", "ik", "wij", "je", "nous", "vous", "j'ai"}
    | {"c'est", "qui", "sie", "wir", "ich", "nicht", "auch", "bei", "eller", "hvordan", "jeg", "und"}
    | {"mir", "haben", "werden", "dans", "très", "bien", "mais", "pas", "ne", "dla", "oraz"}
    | {"bardzo", "było", "ett", "inte", "mycket", "veel", "niet", "ook", "bij", "naar", "voor"}
    | {"molto", "anche", "nel", "alla", "sul", "mucho", "fue", "también", "sobre", "entre"}
)
_ENGLISH_WORDS = frozenset(
    {"the", "and", "of", "to", "with", "for", "on", "at", "my", "you", "your", "was", "were", "is", "are", "how"}
    | {"what", "about", "from", "after", "before", "i", "it", "they", "we", "an", "very", "he", "she", "our"}
    | {"their", "his", "her", "this", "that", "had", "got", "asked", "did", "been", "by", "when", "who", "us"}
    | {"in", "a", "me", "met", "great", "chat", "team", "tour", "visit", "review", "session", "showed", "round"}
)
# Letters English writes only in names: a word in lower case with one is in another language ("práctica").
_NOT_ENGLISH_LETTERS = re.compile(r"[áéíóúãõçñäöüßåøæłśżźńőűğşıčřšžěůà]")


def _in_another_language(item: str) -> bool:
    """Whether a note is written in a language other than English: "visita às lavouras de soja em Cascavel",
    "算法题+项目深挖". A place or a dish named in English ("the paella lunch in Valencia") is English."""
    letters = [c for c in item if c.isalpha()]
    if letters and sum(ord(c) > 0x2FF for c in letters) > len(letters) / 3:
        return True
    # Only words typed in lower case: a name ("Su Lin", "Dan and Em", "the LA office") is no word of a language.
    words = [word for word in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", item) if word.islower()]
    other = sum(word in _OTHER_LANGUAGES or bool(_NOT_ENGLISH_LETTERS.search(word)) for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    return other >= 2 and other > english


def stood_out_left_out(text: str) -> list[str]:
    """What stood out that the email leaves out, being in another language: the user is told, and says it
    in English themselves."""
    return [" ".join(line.split()) for line in (text or "").splitlines() if _in_another_language(line)]


# How people are, as a note says it of them ("very formal but kind"); never how the writer felt ("so nervous") or
# what the day was ("very intense").
_PEOPLE_WERE = frozenset(
    {"friendly", "kind", "welcoming", "nice", "helpful", "warm", "formal", "professional", "polite", "patient"}
    | {"lovely", "supportive", "open", "honest", "relaxed", "chill", "approachable", "respectful", "smart"}
    | {"sweet", "funny", "genuine", "down-to-earth", "humble", "passionate", "direct", "organised", "organized"}
)
# "Excel case study on churn, was tough but fair": what the thing was, after a comma that parts it from its verb.
_COMMA_BEFORE_WAS = re.compile(r",\s+(?=(?:(?:really|truly)\s+)?(?:was|were|is|are|made|gave|helped)\s)")
# "very formal but kind", "very nice people": how they were, typed without anyone to be it.
_HOW_THEY_WERE = re.compile(
    r"(?i)(?P<how>(?:very|so|really|super|quite|extremely)\s+(?!many\b|much\b|few\b|lots?\b)(?P<word>[a-z]+)"
    r"(?:\s+(?:but|and|yet)\s+(?:(?:very|so|really|quite)\s+)?[a-z]+)?)"
    r"(?:\s+(?P<who>people|team|staff|panel|interviewers|process|interview|interviews|atmosphere|recruiters"
    r"|engineers|developers|colleagues|managers|nurses|doctors|teachers|hosts|crew))?(?P<rest>[,;].*)?"
)
_THING_VERY = re.compile(
    r"(?:the\s+)?(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?P<how>(?:very|really|so|super|quite|extremely)\s+"
    r"[a-z]+)[.!]?"
)
_PLURAL_WHO = frozenset(
    {"people", "staff", "interviewers", "interviews", "recruiters", "engineers", "developers", "colleagues"}
    | {"managers", "nurses", "doctors", "teachers", "hosts"}
)
# After a word in -ing, what shows it is a doing: "meeting the team", "meeting some of the volunteers".
_DOING_WHAT = frozenset(
    {"the", "a", "an", "my", "your", "our", "their", "his", "her", "some", "all", "many", "everyone", "people"}
)
# What a note says an event of the process was: "the factory visit is very impressive".
_VERDICTS = "|".join(
    ["impressive", "interesting", "deep", "good", "great", "tough", "fun", "long", "short", "hard", "easy", "useful"]
    + ["intense", "relaxed", "friendly", "professional", "organised", "organized", "structured", "challenging", "fair"]
)
# What happened once, in the process: "the discussion … is very deep" was, when the letter is written.
_EVENTS = frozenset(
    {"visit", "tour", "interview", "interviews", "test", "task", "session", "discussion", "presentation", "lunch"}
    | {"exercise", "assessment", "dinner", "call", "meeting", "workshop", "demo", "trip", "chat", "conversation"}
)


def _head(item: str) -> str:
    """A note up to its first aside (a comma, a bracket, a dash)."""
    return re.split(r"[,;:(]| [-–—] ", item, maxsplit=1)[0]


def _what_it_was(item: str) -> str:
    """A note's verdict said as a sentence says it: "very formal but kind" is "Everyone was very formal but
    kind", "very quick process, 3 rounds" is "The process was very quick, 3 rounds"; "pairing session with
    Thiago was really nice" gets its article, and "Excel case study on churn, was tough" loses its comma."""
    before, comma, _ = item.partition(",")
    if comma and _COMMA_BEFORE_WAS.search(item) and not _is_own_sentence(before):
        item = _COMMA_BEFORE_WAS.sub(" ", item, count=1)
    m = _HOW_THEY_WERE.fullmatch(item)
    if m and (m["who"] or m["word"].lower() in _PEOPLE_WERE):
        # Without someone named, only how people are: never "Everyone was so nervous" or "very intense".
        who = (m["who"] or "").lower()
        said = f"the {who} {'were' if who in _PLURAL_WHO else 'was'}" if who else "everyone was"
        return f"{said} {m['how'].lower()}{m['rest'] or ''}"
    # "kitchen very clean", "hygiene standards very high": the thing and how it was, without the "was".
    thing = _THING_VERY.fullmatch(item)
    if thing and not {*thing["thing"].lower().split()} & (_COPULAS | _DETERMINERS - {"the"} | _PREPOSITIONS):
        return f"the {thing['thing']} {'were' if _plural(thing['thing']) else 'was'} {thing['how']}"
    typed = item
    words = item.split()
    # "Meeting the team was the best part": doing something, which has no article.
    doing = len(words) > 1 and words[0].lower().endswith("ing") and words[1].lower() in _DOING_WHAT
    if (
        len(words) > 2
        and not doing
        and words[0][1:].islower()
        and words[0].lower() in _PROCESS_NOUNS | _LINE_STARTS
        and words[1][:1].islower()
        and (_COPULAS | {"felt", "seemed"}) & set(_ANY_WORD.findall(_head(item).lower()))
    ):
        # "Panel was well structured", "Factory visit is very impressive": capitalised only for starting the line.
        item = item[:1].lower() + item[1:]
        words = item.split()
    # "HACCP question on the sauce line was …": an acronym before the thing, which needs its article too.
    acronym = re.fullmatch(r"[A-Z][A-Z0-9/&-]{1,7}", words[0]) if words else None
    if (
        len(words) > 2
        and not doing
        and (item[:1].islower() or acronym)
        and words[0] not in _DETERMINERS | _NO_ARTICLE_NEEDED | _PHRASE_STARTS | _SENTENCE_SUBJECTS
        and (words[0] in _PROCESS_NOUNS | _LINE_STARTS or words[1] in _PROCESS_NOUNS)
        and (_COPULAS | {"felt", "seemed"}) & set(_main_clause(_ANY_WORD.findall(_head(item).lower())[1:]))
        and _is_own_sentence("the " + item)  # never "The feedback after round 2 was quick was a highlight"
    ):
        item = "the " + item
    elif item != typed:
        item = typed  # lower-cased for an article it does not get: as typed, a sentence of its own
    # "the factory visit is very impressive": an event of the process was, by the time the letter is written.
    head = _head(item)
    said = re.match(
        r"(?i)the ((?:[\w&/-]+ )+?)(is|are)\b(?= (?:(?:very|really|so|quite|super|extremely|too) )?(?:"
        + _VERDICTS
        + r")\b)",
        head,
    )
    if said and _EVENTS & set(said[1].lower().split()):
        item = item[: said.start(2)] + ("was" if said[2].lower() == "is" else "were") + item[said.end(2) :]
    return item


# What an offer gives, as against what happened in the process: "Mileage is paid.", "profit sharing", "the ski
# pass perk", "Staff accommodation offered." (readers: "praising benefits while declining", "can't enjoy a
# benefit never received").
_TERMS = re.compile(
    r"(?i:\b(?:(?:is|are) paid|paid (?:leave|holidays?|training|volunteer|overtime|parental|sick|time off|days?)"
    r"|offered|provided|allowances?|perks?|benefits?|bonus(?:es)?|pension|superannuation"
    r"|(?:health|medical|life|dental) insurance|insurance (?:cover|benefits?)|coverage"
    r"|health ?care|health cover|medical aid|dental (?:cover|plan|insurance)|staff (?:housing|accomm?odation)"
    r"|(?:accomm?odation|housing) (?:offered|provided|included|allowance)|mileage|utes?|salary|overtime"
    r"|(?:relocation|salary|benefits?|pay|compensation) package|the package"
    r"|profit[- ]sharing|share options|equity|stock options|(?:free |on-site )?gym(?: membership| access)"
    r"|discounts?|ski pass|sign[- ]on|holiday (?:allowance|entitlement|pay)|\d+ days'? (?:holiday|leave)"
    r"|(?:annual|study|parental|maternity|paternity|sick|long service) leave|days off"
    r"|(?:4|four)[- ]day (?:week|weeks)|flexible (?:hours|working|timings|shifts)|volunteer days|school hours"
    r"|term time"
    r"|(?:hybrid|remote|flexible) (?:work(?:ing)? )?policy|fully remote|the pay|pay (?:rate|scale)|hourly rate"
    r"|company (?:car|truck|van|phone|laptop|vehicle)(?! park))\b)|\b(?:OT|PTO|HMO|RSUs?|WFH)\b"
)
# Who did something, or what happened, in a note: "Priya offered me coffee", "the tour", "you explained".
_IN_THE_PROCESS = re.compile(
    r"(?i:\b(?:i|you|he|she|they|we)\s+(?!want\b|need\b)[a-z]+|\b(?:explained|told|talked|asked|showed|walked"
    r"|discussed|shared|answered|described|mentioned|interview|interviews|tour|visit|session|test|task|chat"
    r"|lunch|call|meeting|panel|demo|presentation|conversation|role[- ]?play|case|scenario|exercise|assessment"
    r"|questions?|information|explanation|clarity|talking|discussing|shown|showing|take-home|discussion|negotiation"
    r"|talk|expectations|feedback|attention|chance|research|learning|round|quiz|ride|commitment|inclusion"
    r"|walkthrough|walk-through|walk through|simulation|review|puzzle|answers|explaining|trial (?:shift|day|run)"
    r"|shift|rota"
    r"|portfolio|design|floor)\b"
    # "offered me zobo while waiting", "was honest about salary", "Johan's support for study leave".
    r"|\b(?:offered|paid|gave|bought|got)\s+(?:me|us)\b|\b(?:honest|open|clear|transparent|upfront)\s+about\b)"
    r"|\b[A-Z][a-z]+['’]s\b"
)


# What the employer gives, said of them in the present: "they pay for forklift cert", "you cover the visa".
_THEY_GIVE = re.compile(
    r"(?i)(?:they|you|we)(?:['’]ll| will| would|['’]d)?\s+(?:pay|cover|fund)\s+(?:for\s+)?(?:my\b|(?:\S+\s+){0,2}?"
    r"(?:cert\w*|courses?|training|licen[cs]\w*|exams?|degrees?|tuition|studies|relocation|visas?|travel)\b)"
)


# What the offer gives however the note puts it, even as something said or explained: "The shift diff was
# good.", "Uncapped commission explained clearly.", "You said I could use my own truck.", "the free shuttle
# from Cubao for the night shift" (readers: "a perk as the fond memory", "jargon note about pay").
_PERK = re.compile(
    r"(?i:\b(?:(?:shift|night|weekend) diff(?:erential)?s?|(?:free )?shuttle(?: bus| service)?"
    r"|(?:uncapped|on-target|generous|high) commission|commission (?:structure|rates?|scheme|plan|split)"
    r"|tips? (?:pool|share)|(?:good|great) tips|use (?:my|your|their) own (?:truck|car|van|vehicle|ute|tools|kit))\b)"
    r"|\bOTE\b"
)


# The job's hours, shifts, contract and season, typed as a fact about it: "part time, weekends", "12hr rotating
# shift", "6 month contract", "13 weeks training in Winnipeg", "the early starts 5am", "on call 24/7" (readers:
# "'enjoyed' a shift pattern never worked", "can't have enjoyed being on call"). Unless a moment of the process
# is named with it: "the night shift walk-through", "the 2 hour case study".
_CONDITIONS = re.compile(
    r"(?i)\b(?:\d+(?:\.\d+)?\s*(?:h|hr|hrs|hours?)\b(?!\s*(?:case|test|task|exam|interview|assessment))"
    r"|(?:part|full)[- ]time|weekends|(?:rotating|rotational|night|early|late|split|\d+|two|three|12|8)[- ]?(?:hr )?"
    r"shifts?|shift (?:system|pattern|start|starts|work|allowance)|\d+[- ]shift|on[- ]call|early starts?"
    r"|starts? (?:at )?\d|\d+\s*(?:-\s*)?(?:month|mo|week|wk|year|yr)s?\s+(?:\w+\s+)?(?:contract|training|posting"
    r"|probation|rotation|placement|commitment)|(?:fixed[- ]term|temporary|permanent|short) contract|seasonal"
    r"|the season|home time|(?:cpd|training) budget"
    r"|free (?:meals?|food|lunch(?:es)?|parking|coffee|snacks|breakfast|cafeteria|canteen|gym)|(?:staff|free) meals?"
    r"|meals? provided"
    r"|(?:training|course|travel|flights?),? paid\b|relocat\w+|visa sponsorship|included\b|\d+ days (?:a|per|/) ?week"
    r"|hybrid\b|long hours|lots of travel|(?:no )?out[- ]of[- ]hours|requirement|required\b|mandatory"
    # "very loud in the body shop", "really hot in summer": what the job is like to work in.
    r"|^(?:very |quite |really |so |super )?(?:loud|noisy|hot|cold|busy|hectic|dirty|remote|isolated)\b"
    r"|casual (?:to start|contract|basis)|housing on (?:the )?(?:farm|site)|on-site housing)"
)
_MOMENT = re.compile(
    r"(?i)\b(?:tour|walk-?through|interview\w*|demo|test|task|exercise|assessment|presentation|chat|conversation"
    r"|meeting|visit|shadow\w*|trial|role[- ]?play|simulation|case study|questions?|told|explained|showed|asked"
    r"|talked|answered|panel|discussion|lunch with|coffee with|met|convo|talk)\b"
)
# A moment of the process, as against a fact about the job or the place ("Lisbon office", "Ofsted outstanding",
# "kitchen very clean", "big hills lol"): besides the words above, a visit, a round, a briefing, something done.
_A_MOMENT = re.compile(
    _MOMENT.pattern
    + r"|\b(?:visit\w*|tour\w*|session|round|review|tasting|ride[- ]along|walk\w*|spent|ran|made|presented"
    r"|saw|see|seeing|helped|worked|cooking|exam|case|convo|stories|day|demo|immersion|placement|briefing"
    r"|take[- ]home|watch\w*|observ\w*|got to|tried|learn\w*|(?:honest|open|upfront|clear|transparent) about"
    r"|talk\w*|thanks?|thank you)\b"
    r"|\b(?:I|we|you|they|he|she)\s+(?:\w+ed|\w+ing|was|were|said|told|showed|gave|took|let|made|spent|ran|got)\b"
)


# A note no letter repeats to the reader: a verdict in slang ("Paddy was sound", "Tammy seemed cool"), or what
# was a problem ("Lucía was nice but the rotating schedule was a problem for me"; readers: "condescending").
_NO_PRAISE = re.compile(
    r"(?i)^[^\W\d_]+(?: [^\W\d_]+)? (?:was|were|is|seemed|seems) (?:very |really |super |pretty |so )?(?:sound|cool"
    r"|chill|legit|decent|alright|ok|okay|fine)[.!]*$|\b(?:a problem|an issue|a deal ?breaker|not for me)\b"
    # "The interview was basically 10 min" (readers: "dismissive; sounds unimpressed").
    r"|\b(?:basically|only|just|barely) (?:\d+|a few|ten|fifteen|twenty|thirty) ?(?:min|mins|minutes)\b"
)


def _how_people_were(item: str) -> bool:
    """Whether a note says how the people were ("very formal but kind", "super friendly crew"), not a place
    ("the office in Futako-Tamagawa is very nice")."""
    words = {word.lower() for word in _ANY_WORD.findall(item)}
    if not words & _PEOPLE_WERE:
        return False
    m = _HOW_THEY_WERE.fullmatch(item)
    return bool(m and m["word"].lower() in _PEOPLE_WERE) or bool(words & _PEOPLE_WORDS)


# Who a note can say was kind or friendly.
_PEOPLE_WORDS = frozenset(
    {"people", "team", "staff", "everyone", "everybody", "crew", "interviewers", "panel", "colleagues", "manager"}
    | {"managers", "recruiter", "recruiters", "they", "he", "she", "you", "boss", "supervisor", "owner", "chef"}
)


def _moments_first(items: list[str], names: frozenset[str]) -> list[str]:
    """Where some notes are moments of the process and others facts about the job or the place, the moments:
    "the visit to the core shed in Calama", not "… and the shift 7x7" (readers: "roster spec pasted in",
    "'enjoyed' a weather warning"). With no moment among them, the notes as they are."""

    def moment(item: str) -> bool:
        return bool(_A_MOMENT.search(item) or _names_someone(item, names))

    moments = [item for item in items if moment(item) or _how_people_were(item)]
    return moments or items


def _about_the_terms(item: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a note is about what the offer gives (pay, perks, benefits, hours), not the process or the people."""
    if _THEY_GIVE.match(item) or _PERK.search(item) or (_CONDITIONS.search(item) and not _MOMENT.search(item)):
        pass  # "they pay for the forklift cert", "the shift diff": what they give, whoever says it
    elif not _TERMS.search(item) or _IN_THE_PROCESS.search(item) or _TASK_SET.match(item.lower()):
        return False
    return not _names_someone(item, names)


def _names_someone(item: str, names: frozenset[str]) -> bool:
    """Whether a note names one of the people of the offer (a note about someone is about the process)."""
    return bool(names & {word.casefold() for word in _ANY_WORD.findall(item)})


def stood_out_about_the_terms(offer) -> list[str]:
    """What stood out that the email leaves out, being about the offer's terms: the user is told, and says
    what stood out in the process instead."""
    people = read_people(offer.thank_list())
    names = _names_in(people, addressee(offer, people))
    return [
        " ".join(line.split()) for line in (offer.what_stood_out or "").splitlines() if _about_the_terms(line, names)
    ]


def _names_in(people: Sequence[Person], contact: Person | None) -> frozenset[str]:
    """Every name the people of an offer go by, in lower case: a note naming one is about them."""
    return frozenset(
        name.casefold()
        for person in (*people, *([contact] if contact else []))
        for name in (person.given, person.family, person.known_as)
        if name
    )


def _stood_out_items(text: str, names: frozenset[str] = frozenset()) -> list[str]:
    """The specifics as the user wrote them, one a line, tidied; a note in another language is left for the
    user to say in English, as the email cannot say it for them, and one about the offer's terms for them to
    say what stood out in the process instead."""
    items = []
    lines = [" ".join(line.split()) for line in (text or "").splitlines()]
    for item in _moments_first(
        [
            line
            for line in lines
            if not (_in_another_language(line) or _about_the_terms(line, names) or _NO_PRAISE.search(line))
        ],
        names,
    ):
        item = _what_it_was(_as_written(_shorthand_said(item)))
        # "2nd round was about …": the round, as a sentence says it.
        item = re.sub(
            r"^([1-5])(?:st|nd|rd|th)(?= (?:round|interview|stage|call|meeting|day)\b)",
            lambda m: "The " + ("first", "second", "third", "fourth", "fifth")[int(m.group(1)) - 1],
            item,
        )
        # "Walked the depot with you, saw the tracking room": a note's own doings, with their doer put back.
        item = _doer_put_back(item)
        # A line wrapped in quotes loses them; a quote inside ("your question about “why Rust?”") stays whole.
        if len(item) > 1 and item[0] in _QUOTES and item[-1] in _QUOTES and not _DOUBLE_QUOTES & set(item[1:-1]):
            item = item[1:-1].strip()
        # "The classroom tour, loved the reading nook": the thing, and what the writer felt, in a sentence.
        felt = re.fullmatch(
            r"(?P<thing>[^,]+),\s+(?P<felt>loved|liked|enjoyed|appreciated)\s+(?!(?:that|it|this)\W*$)(?P<rest>\S.*)",
            item,
        )
        if felt and not _is_own_sentence(felt["thing"]):
            items += [felt["thing"], f"I {felt['felt']} {felt['rest']}"]
        elif item:
            items.append(item)
    return items


# "Getting sent home with a loaf", "Seeing the rig": a phrase, unless a verb
# like these makes it a sentence ("Meeting the team was the best part").
_GERUND_SENTENCE_VERBS = frozenset({"was", "were", "is", "are", "has", "had", "felt", "made", "gave", "helped"})


# Where one sentence ends and another starts inside what the user typed: not
# after a short capitalised abbreviation ("the plant in Sta. Rosa", "St. Mary's").
_BREAK = re.compile(r"[.!?](?=\s+\S)")
# Words a full stop follows without ending a sentence: "the 9 a.m. stand-up", "approx. R$ 24.000", "Prof. Nguyen".
_ABBREVIATIONS = frozenset(
    {"approx", "vs", "etc", "incl", "esp", "sept", "prof", "dr", "mr", "mrs", "ms", "st", "sta", "no", "jr", "sr"}
    | {"dept", "est", "min", "max", "fig", "vol", "ca", "cf", "al", "eng", "engr", "capt", "atty", "mt", "ft"}
    | {"ave", "rd", "blvd", "sq"}
)


def _sentences_in(item: str) -> list[str]:
    """What the user typed on one line, cut where a sentence ends (not after an abbreviation)."""
    parts, start = [], 0
    for m in _BREAK.finditer(item):
        token = item[: m.start()].rsplit(None, 1)[-1].lstrip("(") if item[: m.start()].strip() else ""
        if m.group() == "." and ("." in token or token.lower() in _ABBREVIATIONS):
            continue
        parts.append(item[start : m.end()].strip())
        start = m.end()
    return [*parts, item[start:].strip()] if item[start:].strip() else parts


# Where a clause of its own starts: a verb after it is not the main one ("when my flight was delayed").
_SUBORDINATE = frozenset({"when", "while", "because", "after", "before", "if", "that", "who", "which", "until"})


# Where a clause inside a phrase starts: "the visit … and seeing how the cinnamon is graded".
_CLAUSE_STARTS = _SUBORDINATE | {"how", "what", "where", "why", "whether"}
_PREPOSITIONS = frozenset({"on", "with", "about", "for", "to", "in", "at", "from", "of"})
_CLAUSE_SUBJECTS = frozenset({"you", "we", "they", "he", "she", "i"})


def _main_clause(words: list[str]) -> list[str]:
    end = next((n for n, word in enumerate(words) if word in _CLAUSE_STARTS), len(words))
    words = words[:end]
    # A clause with no "that" inside the phrase: its verb is its own ("the B-BBEE deal the team was
    # working on", "the arbitration you are handling at the court"); the phrase's, if any, comes after
    # ("the team you are building is impressive").
    verb = next((n for n, word in enumerate(words) if word in _GERUND_SENTENCE_VERBS), None)
    if verb is None or verb < 2:
        return words
    if words[verb - 1] in _CLAUSE_SUBJECTS and words[verb - 2] not in _PREPOSITIONS:
        # Not "the pairing session with you was really nice", whose "you" is the session's.
        subject = verb - 1
    elif verb >= 3 and words[verb - 2] in _DETERMINERS and words[verb - 3] not in _PREPOSITIONS:
        # Not "the demo class with the kids was really fun", whose kids are the class's.
        subject = verb - 2
    else:
        return words
    rest = words[verb + 1 :]
    if rest and (rest[0].endswith(("ing", "ed")) or rest[0] in _PREPOSITIONS):
        rest = rest[1:]
    return words[:subject] + _main_clause(rest)


# Words that end in "ing" and are no "-ing" form: "you bring calm to a ward".
_NOT_GERUNDS = frozenset({"bring", "brings", "sing", "ring", "cling", "swing", "sting", "spring", "string", "thing"})


# Words a noun phrase starts with; one followed by a verb of its own is a sentence ("The people were lovely").
_DETERMINERS = frozenset(
    {"the", "a", "an", "your", "our", "my", "his", "her", "their", "its", "this", "these", "those"}
)


def _is_own_sentence(item: str) -> bool:
    # Words in any alphabet: "Pisti bácsi gave me pálinka" is a sentence.
    words = _ANY_WORD.findall(item.lower().replace("’", "'"))
    if words and words[0] in _DETERMINERS:
        # "The interview asked if I could move", "the plant manager explained well the lean program": a thing,
        # then what it did; not "the question you asked", "the project Sam described" (a name, as typed).
        typed = item.split()
        did = any(
            len(words) > n + 1
            and words[n] in _FINITE_VERBS
            # "the questions asked in the final round": done to the thing, then where or when
            and words[n + 1] not in {"in", "at", "on", "by", "during"}
            and words[n - 1] not in _CLAUSE_SUBJECTS
            and not _CLAUSE_STARTS & set(words[1:n])
            and not typed[n - 1][:1].isupper()
            for n in (2, 3)
        )
        # What it was is said before any aside: "The job talk Q&A, the students' questions were sharp" is a thing.
        head = _ANY_WORD.findall(_head(item).lower())
        return did or any(word in _GERUND_SENTENCE_VERBS for word in _main_clause(head[1:]))
    if not words or words[0] in _PHRASE_STARTS:
        return False
    # "interview in English was good practice for me": a thing typed without its article, then what it was
    # (before any aside: "Mock call with a 'founder' (it was Conor)" is a thing).
    if not words[0].endswith("ing") and _COPULAS & set(_main_clause(_ANY_WORD.findall(_head(item).lower())[1:])):
        return True
    if words[0].endswith("ing") and words[0] not in _INDEFINITES:
        return any(word in _GERUND_SENTENCE_VERBS for word in _main_clause(words[1:]))
    # "they're switching EHR next spring": someone doing something now, a sentence.
    if words and re.fullmatch(r"(?:you|they|we|he|she|it)'(?:re|s)|i'm", words[0]):
        return True
    # "You letting me shadow the delivery check", "Lena checking in": someone doing something, a phrase;
    # "Everyone being so welcoming made it easy" has its verb after.
    if len(words) > 1 and words[1].endswith("ing") and words[1] not in _NOT_GERUNDS | _INDEFINITES:
        return any(word in _GERUND_SENTENCE_VERBS for word in _main_clause(words[2:]))
    if words[0] in _SENTENCE_SUBJECTS or words[0] in ("thank", "thanks"):
        return True
    # "Sepp picked me up", "Mehmet Bey suddenly switched to German": a name, then what they did.
    window = words[1:4] if item[:1].isupper() else words[1:3]
    # "Shaz knew every trade customer by name", "Dr Okafor popped in to say hi", "Ben and I nerded out": someone
    # named, then a verb in the past, however uncommon.
    if item[:1].isupper() and words[0] not in _PROCESS_NOUNS | _LINE_STARTS | _DESCRIBING | _PLACE_NOUNS:
        typed = item.split()
        for n, word in enumerate(typed[1:5], 1):
            plain = word.lower().strip(",.;:!")
            if plain in _IRREGULAR_PAST or (plain.endswith("ed") and len(plain) > 4 and plain not in _DESCRIBING_ED):
                if all(name[:1].isupper() or name.lower() in ("and", "i", "&") for name in typed[:n]):
                    return True
                break
    # "Site visit arranged by Priya": done by someone, a thing.
    return any(word in _FINITE_VERBS and words[n + 2 : n + 3] != ["by"] for n, word in enumerate(window))


_ANY_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Verbs in the past that do not end in -ed, as a name is followed by them.
_IRREGULAR_PAST = frozenset(
    {"knew", "saw", "sat", "stood", "thought", "found", "heard", "wrote", "rode", "flew", "built", "bought"}
    | {"caught", "held", "kept", "left", "lost", "meant", "paid", "put", "sold", "sent", "shook", "sang", "threw"}
    | {"understood", "won", "wore", "grew", "drew", "gave", "took", "made", "told", "said", "came", "went", "ran"}
)
_COPULAS = frozenset({"was", "were", "is", "are"})
_INDEFINITES = frozenset({"nothing", "something", "everything", "anything"})
# "how I'd explain a refusal", "what to say to a nervous patient": the question
# the user was asked, which a frame ("I enjoyed …") can only take as "the question of …".
_QUESTION_ASKED = re.compile(
    r"(?i)^(?:how|what|why|which|when|where|who|whether)\s+(?:to\s|(?:i|we|you)(?:['’]d|\s+(?:would|should|could|might|"
    r"will|can|do|did|'ll|’ll))\b|(?:would|should|could|do|did|can)\s+(?:i|we|you)\b)"
)


def _as_phrase(item: str) -> str:
    """A phrase to go inside a sentence: no closing full stop, and a capital
    dropped from a first word that only had it for starting the line
    ("The whiteboard session", "Meeting the team"), never from a name."""
    item = item.rstrip(".!;:, ")
    # "very warm welcome at the office": the frame says how much ("I very much enjoyed …"), the phrase what.
    stripped = item
    item = re.sub(
        r"^(?i:very|really|so|super)\s+(?!many\b|much\b|few\b|little\b|well\b)"
        r"(?=[a-z]+\s+(?!for\b|to\b|of\b|with\b|about\b|by\b|but\b|and\b|yet\b|or\b|after\b|before\b|that\b"
        r"|when\b|at\b|in\b|on\b)[a-z])",
        "",
        item,
    )
    first, _, rest = item.partition(" ")
    plain = first[:1].isupper() and first[1:].islower()
    # "Clear explanation about the training", "Flexible timings": a describing word that only started the line.
    describing = first.lower() in _DESCRIBING or re.search(r"..(?:ble|ful|ous|ive)$", first.lower())
    line_start = (first.lower() in _LINE_STARTS or describing) and rest[:1].islower()  # never "the field Museum"
    small = (
        line_start
        or first.lower() in _PHRASE_STARTS | _PROCESS_NOUNS | {"you", "your", "you'll", "you're", "you'd", "you've"}
        or (first.lower().endswith("ing") and rest[:1].islower() and first.lower() not in _PLACES_IN_ING)
    )
    phrase = first.lower() + (" " + rest if rest else "") if plain and small else item
    if _QUESTION_ASKED.match(phrase):
        return f"the question of {phrase}"
    # "SQL test on the appointments data", "BQ exercise": a note that starts with an acronym.
    acronym = re.fullmatch(r"(?=\S*[A-Z])[A-Z0-9][A-Z0-9/&-]{1,7}", first) and rest[:1].islower()
    # "very detailed feedback" without its "very" is still a thing: "the detailed feedback".
    lost_very = stripped != item and phrase[:1].islower() and phrase.split()[0] not in _DETERMINERS
    return f"the {phrase}" if acronym or lost_very or _bare_noun(phrase) or _named_thing(phrase) else phrase


def _named_thing(phrase: str) -> bool:
    """ "Tema port visit", "Automation task with Selenium": a thing of the process
    with a capital word before it, which a note leaves without its article."""
    words = phrase.split()
    head = []
    for word in words[:4]:
        if word.lower() in _PREPOSITIONS | {"and", ","}:
            break
        head.append(word.rstrip(",;:"))
        if word.endswith((",", ";", ":")):
            break
    if (
        len(head) < 2
        or not head[0][:1].isupper()
        or head[0].lower() in _PHRASE_STARTS
        or head[0].endswith(("'s", "’s"))
    ):
        return False
    if head[-1] in _PLACE_NOUNS:
        return True  # "Lusaka plant", "Mile End studio", "Corona CA shop" (readers: "missing article")
    return all(word.islower() for word in head[1:]) and head[-1] in _PROCESS_NOUNS


# The places of a company a note names after a place's name: "the Lusaka plant", "the Levallois office".
_PLACE_NOUNS = frozenset(
    {"plant", "office", "offices", "site", "factory", "warehouse", "depot", "hub", "campus", "studio", "shop"}
    | {"store", "branch", "clinic", "hospital", "yard", "mine", "farm", "kitchen", "lab", "labs", "shipyard", "mill"}
)


# Nouns a note of the process starts with, capitalised only for starting the line ("Site visit to the flyover").
_PROCESS_NOUNS = frozenset(
    {"visit", "site", "discussion", "tour", "lunch", "dinner", "breakfast", "coffee", "tea", "chat", "conversation"}
    | {"talk", "session", "test", "task", "exercise", "presentation", "interview", "question", "demo", "walk"}
    | {"meeting", "workshop", "assessment", "case", "panel", "call", "trip", "day", "morning", "afternoon"}
    | {"evening", "cupping", "tasting", "role-play", "whiteboard", "lab", "trial", "review", "feedback", "tip"}
    | {"welcome", "chance", "kindness", "advice", "rope", "practical", "shift", "drive", "ride", "look"}
)


# Describing words a note starts with, capitalised only for starting the line.
_DESCRIBING = frozenset(
    {"clear", "fast", "good", "great", "nice", "warm", "big", "small", "new", "modern", "friendly", "honest"}
    | {"open", "detailed", "relaxed", "smooth", "quick", "kind", "real", "fair", "practical", "hard", "tough"}
    | {"very", "really", "straight", "bilingual", "structured", "helpful", "genuine", "thorough", "candid"}
    | {"transparent", "supportive", "welcoming", "professional", "organised", "organized", "realistic"}
)
# Places whose name ends like a verb doing something: "Kuching office tour" keeps its capital.
_PLACES_IN_ING = frozenset({"kuching", "beijing", "nanjing", "kunming", "chongqing", "woking", "ealing", "epping"})
# More words a note starts with, capitalised only for starting the line: "Boat trip out to the sea cages",
# "Early morning game drive", "Weekend building with the volunteers" (readers: "stray capital; pasted note").
_LINE_STARTS = frozenset(
    {"boat", "weekend", "night", "early", "late", "field", "plant", "farm", "factory", "warehouse", "kitchen"}
    | {"ward", "store", "shop", "group", "team", "system", "safety", "check", "trade", "core", "battery", "ramp"}
    | {"toolbox", "training", "induction", "orientation", "mock", "sample", "portfolio", "design", "technical"}
    | {"written", "oral", "final", "first", "second", "third", "last", "long", "short", "quick", "informal"}
    | {"free", "bus", "van", "truck", "flight", "video", "phone", "online", "virtual", "surprise", "office"}
    | {"live", "exam", "road", "remote"}
)


# A phrase may start without its article, as notes do ("site visit at the depot"): it gets "the".
_NO_ARTICLE_NEEDED = frozenset(
    {"some", "any", "each", "every", "no", "none", "most", "many", "much", "few", "several", "lots", "plenty"}
    | {"everyone", "everybody", "someone", "somebody", "nobody", "me", "you", "him", "us", "them", "one", "two"}
    | {"not", "just", "only", "also", "even", "still", "such", "so", "very", "quite", "really", "getting"}
)


def _bare_noun(phrase: str) -> bool:
    words = phrase.split()
    first = words[0]
    # "team's commitment to public consultation": a thing's, typed without its article.
    if re.fullmatch(r"(?:team|company|firm|hospital|school|bank|store|shop|office|group|council|club)['’]s", first):
        return True
    if not first.replace("-", "").isalpha() or not first.islower() or first in _PHRASE_STARTS | _NO_ARTICLE_NEEDED:
        return False
    # "subbing test on a live match report", "climbing assessment on a plane tree": a kind of test, a thing.
    if first.endswith("ing") and len(words) > 1 and words[1].rstrip(",;:") in _PROCESS_NOUNS:
        return True
    if (first.endswith("ing") or first.endswith("ed")) and first not in _PROCESS_NOUNS:
        return False
    if len(words) == 1:
        return True
    # "meeting the buyer team", "tasting the wines": doing something, not a thing.
    if first.endswith("ing") and words[1] in _DETERMINERS | _CLAUSE_STARTS | _DOING_WHAT:
        return False
    # "meeting Ruth, who's putting in her sweat equity hours": meeting someone, not "the meeting Ruth".
    if first.endswith("ing") and phrase.split()[1][:1].isupper():
        return False
    # "stacey showing me round": a name typed in lower case, doing something; "demo teaching on …" is a demo.
    return first in _PROCESS_NOUNS | _LINE_STARTS or not words[1].endswith("ing")


_LOCAL_TITLES = "|".join(
    sorted(
        {title.capitalize() for title in HONORIFICS}
        | {"Pak", "Bu", "Ibu", "Bapak", "Madam", "Ma'am", "Aunty", "Auntie", "Uncle", "Kak", "Encik", "Puan"}
    )
)


def _starts_a_noun_phrase(text: str) -> bool:
    first = (_WORD.findall(text.lower()) or [""])[0]
    return first in _PHRASE_STARTS | _PROCESS_NOUNS and first not in _SUBORDINATE


# A verb after "he" or "she" as it goes after "you".
_AFTER_YOU = {"was": "were", "is": "are", "has": "have", "does": "do", "wasn't": "weren't", "isn't": "aren't"}
_AFTER_YOU |= {"hasn't": "haven't", "doesn't": "don't"}
_NOT_A_VERB = frozenset({"always", "sometimes", "perhaps", "thus", "also", "really", "still", "never", "even", "just"})
# Someone else a note may speak of as "he" or "she": "the head nurse, she was lovely", "the CEO and he asked".
_SOMEONE_ELSE = re.compile(
    r"(?i)\b(?:nurse|manager|ceo|cto|cfo|director|boss|lead|supervisor|chef|captain|doctor|engineer|recruiter"
    r"|colleague|partner|founder|owner|principal|teacher|head|guy|lady|woman|man|girl|boy|mentor|trainer)s?\b"
)
# After "her", a word that ends the phrase: "her" is then "you" ("thanked her for"), else "your" ("her first case").
_ENDS_AFTER_HER = re.compile(
    r"(?i:for|to|with|about|on|in|at|and|or|but|so|that|as|when|while|after|before|again|too|a|an|the)\b|[^\w\s]|$"
)


def _after_you(verb: str) -> str:
    """ "explains" as it goes after "you": "explain"; "was", "were"; "misses", "miss"."""
    plain = verb.replace("’", "'")
    if plain.casefold() in _AFTER_YOU:
        return _AFTER_YOU[plain.casefold()]
    if plain.casefold() in _NOT_A_VERB or not plain.islower() or len(plain) < 4 or plain.endswith(("ss", "us")):
        return verb
    if plain.endswith("ies"):
        return plain[:-3] + "y"
    if plain.endswith("es") and plain[:-2].endswith(("s", "sh", "ch", "x", "z", "o")):
        return plain[:-2]
    return plain[:-1] if plain.endswith("s") else verb


def _pronouns_to_you(text: str, contact: Person) -> str:
    """ "pair programming with you, he was very patient": once the contact is "you",
    the "he" or "she" of the same note is them too, when it can only be them: no one
    else is named in it ("the head nurse, she was lovely"), and their title does
    not say otherwise."""
    he = re.search(r"\b(?i:he|him|his|himself)\b", text)
    she = re.search(r"\b(?i:she|her|hers|herself)\b", text)
    if bool(he) == bool(she) or _SOMEONE_ELSE.search(text):
        return text
    title = contact.honorific.rstrip(".").capitalize()
    if (he and title in _SAME_TITLES[0]) or (she and title in _SAME_TITLES[1]):
        return text
    text = re.sub(r"\b(?:herself|himself)\b", "yourself", text)
    subject = "he" if he else "she"

    def you(word: str, said: str) -> str:
        return said[:1].upper() + said[1:] if word[:1].isupper() else said

    text = re.sub(
        rf"\b({subject})\s+(\w+(?:['’]t)?)\b",
        lambda m: f"{you(m.group(1), 'you')} {_after_you(m.group(2))}",
        text,
        flags=re.IGNORECASE,
    )
    # "his" before what is theirs is "your"; "her" only after a preposition ("about her first case"), as
    # "call her back", "send her my portfolio" have her as who it is done to.
    text = re.sub(
        r"\b(his)\b(\s+)",
        lambda m: m.group(0) if _ENDS_AFTER_HER.match(text, m.end()) else you(m.group(1), "your") + m.group(2),
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(
        r"\b(about|of|on|in|with|from|for|at|by|to)\s+(her)\b(\s+)",
        lambda m: m.group(0) if _ENDS_AFTER_HER.match(text, m.end()) else f"{m.group(1)} your{m.group(3)}",
        text,
        flags=re.IGNORECASE,
    )
    # "very kind of him", "a coffee with her": after a word like "of", ending the phrase, they are "you".
    return re.sub(r"\b(of|with|to|for|from|by|at)\s+(?:him|her)(?=\s*(?:[.,;:!?)]|$))", r"\1 you", text)


# The same title in the languages notes are written in.
_SAME_TITLES = (
    frozenset({"Ms", "Mrs", "Miss", "Mme", "Mlle", "Sra", "Srta", "Frau", "Señora", "Sig.ra", "Dona", "Doña", "Pani"}),
    frozenset({"Mr", "Herr", "Sr", "Señor", "Sig", "Pan", "Senhor", "Seu"}),
)
# Names that start another ("Daniel" of Danielle, "Chris" of Christina) and are someone else's.
_NAMES_IN_THEIR_OWN_RIGHT = frozenset(
    {"daniel", "chris", "christian", "christine", "andre", "alex", "alexander", "paul", "leon", "nicola", "michel"}
    | {"ana", "ann", "eva", "ali", "leo", "ian", "kim", "mia", "lee"}
    | {"carol", "louis", "frank", "fran", "joan", "anna", "marie", "mari", "maria", "jose", "juan", "alan", "jean"}
    | {"will", "mark", "rose", "john", "eric", "erik", "matt", "ross", "dean", "robert", "roberta", "adrian"}
)
# Titles that are also what someone does: "the captain" of a note is Captain Fitzgerald.
_ROLE_TITLES = frozenset({"captain", "principal", "chef", "director", "manager", "officer", "teacher", "matron"})
_NEUTRAL_TITLES = "|".join(sorted(title.capitalize() for title in HONORIFICS - _GENDERED_TITLES if "." not in title))


# What "Sir" did, when a note calls the interviewer that ("Sir explained the marble range"): never "sir mark".
_DOING_WORDS = "|".join(sorted(_FINITE_VERBS - {"really", "always", "suddenly", "personally", "kindly"}))


def _to_the_reader(text: str, contact: Person | None, others: Sequence[Person] = ()) -> str:
    """The contact, named in the user's words, becomes "you": the email is to them.
    "Priya's question" is "your question"; "a chat with Priya", "a chat with you";
    "(Jake was very convincing)", "(you were very convincing)". Only where the name
    reads as them: "the Mark II prototype" and "the Victoria office" keep their names."""
    if contact is None:
        return text
    typed = text
    names = {contact.name, contact.full, contact.formal, contact.given} - {""}
    if contact.family:
        # "Ms Lim letting me shadow the delivery check", "Engr. Obi encouraged me": a title with their family
        # name, theirs or any that says nothing of who they are; "Sato-san" as a Japanese colleague says it.
        titles = {contact.honorific.rstrip(".")} - {""}
        for same in _SAME_TITLES:
            # "Mme Berrada was very welcoming", to Ms Berrada: her title in any language is hers.
            if titles & same:
                titles |= same
        names |= {f"{title}{stop} {contact.family}" for title in titles for stop in ("", ".")}
        names |= {f"{contact.family}-{said}" for said in ("san", "sama", "sensei")}
    if contact.given:
        names |= {f"{contact.given}-{said}" for said in ("san", "sama")}
        # "Ayşe Hanım was very kind", "Sunita ji asked me": the name with its word of respect after it.
        names |= {f"{contact.given} {said.capitalize() if said != 'ji' else said}" for said in _TITLES_AFTER}
        # "Kak Aisyah explained", to Nur Aisyah binti Rahman: the name after "Nur" or "Siti" is theirs too (never
        # "Luis" of José Luis, who may be another Luis).
        given = contact.given.split()
        if len(given) == 2 and given[0].casefold() in _GIVEN_PREFIXES:
            names.add(given[1])
        # "Thandi shared the study leave policy", "Magda was smiling": the name they go by, cut short.
        # Three letters will do after a title ("Sir Raf asked me", to Rafael).
        shortened = re.findall(r"\b[A-Z][a-z]{3,}\b", text)
        shortened += re.findall(rf"\b(?i:{_LOCAL_TITLES})\.?\s+([A-Z][a-z]{{2}})\b", text)
        names |= {
            word
            for word in shortened
            if contact.given.startswith(word)
            and len(contact.given) > len(word) + 1
            and word.lower() not in _NAMES_IN_THEIR_OWN_RIGHT
        }
    if contact.given:
        # "Bob's candor about the plant", to Robert Kline.
        said = _NICKNAMES.get(contact.given.casefold(), ())
        theirs = {other.given.casefold() for other in others if not other.same_as(contact)}
        names |= {
            word
            for word in re.findall(r"\b[A-Z][a-z]+\b", text)
            # Not someone else of that name on the list, nor one told apart ("Bill from accounts").
            if word.casefold() in said
            and word.casefold() not in theirs
            and not re.search(rf"\b{word}\s+(?:from|in|on|at|of)\b", text)
        }
    if contact.honorific.rstrip(".").lower() in _ROLE_TITLES:
        # "the captain told me about his own failed first check ride", to Captain Fitzgerald.
        names.add(f"the {contact.honorific.rstrip('.').lower()}")
    if "-" in contact.given:
        # "JF remembered my kids' names": Jean-François by his initials.
        names.add("".join(part[:1] for part in contact.given.split("-")).upper())
    # A name of two words is theirs however it is typed ("Park ji-hoon asked me"); one word only as typed
    # ("the Mark II prototype" is no Mark).
    alternatives = "|".join(
        rf"(?i:{re.escape(name)})" if " " in name else re.escape(name)
        for name in sorted(names, key=len, reverse=True)
        if len(name) > 1
    )
    if not alternatives:
        return text
    if contact.family:
        alternatives += rf"|(?:{_NEUTRAL_TITLES})\.?\s+{re.escape(contact.family)}"
    # With the title a colleague would use before a given name ("Pak Budi", "Chef Marco"), the name is "you" whole.
    # A title typed in lower case ("sir Roberto asked me …") is one too.
    alternatives = rf"(?:(?i:{_LOCAL_TITLES})\.?\s+)?(?:{alternatives})"
    # "Sir explained the marble range": the interviewer, as a note from India or Nigeria names them; never
    # the title of a name ("Sir Tunde's question" is someone else's, unless Tunde is the contact).
    alternatives += rf"|(?:Sir|Madam|Ma['’]am)(?=['’]s\s|\s+(?:[a-z]+ed|{_DOING_WORDS})\b)"
    # "stacey showing me round the ovens": the name typed in lower case at the start.
    text = re.sub(
        rf"^(?i:{alternatives})(?=\W)",
        lambda m: m.group(0).title() if m.group(0).islower() and not m.group(0).startswith("the ") else m.group(0),
        text,
    )
    text = re.sub(rf"\b(?:{alternatives})['’]s\b", "your", text)
    text = re.sub(rf"\b(with|from|by|to|for|of|about|thanks to|and)\s+(?:{alternatives})\b", r"\1 you", text)
    # The subject of a clause: at the start, in brackets, after a dash or a comma, or after "when", "while"…
    said = re.sub(
        rf"(^|[.!?]\s+|\(\s*|\s[-–—]\s+|,\s+|\b(?i:when|while|after|before|since|because|how)\s+)"
        rf"(?:{alternatives})\s+(\w+(?:['’]t)?)",
        lambda m: f"{m.group(1)}you {_after_you(m.group(2))}",
        text,
    )
    # "How open Sarah was about the challenges", to Sarah: how they were.
    said = re.sub(
        rf"\b((?i:how)\s+[a-z]+\s+)(?:{alternatives})\s+(was|is|were|are)\b",
        lambda m: f"{m[1]}you {_after_you(m[2])}",
        said,
    )
    # "Engr. Magdy asked me about curing and was patient": the second verb of the same "you" agrees too,
    # unless something else was said to be before it ("… the site was hot and was dusty").
    said = re.sub(
        r"^((?i:you)\s+\w+\b(?:(?!\b(?:was|were|is|are)\b)[^.,;!?])*?\band\s+)(was|is|has|does|wasn't|isn't)\b",
        lambda m: m[1] + _after_you(m[2]),
        said,
    )
    # "Pak Budi very open about the expansion plan": how they were, typed without the "was".
    said = re.sub(
        r"^((?i:you)) (?=(?:very|so|quite|super|extremely) (?!much\b|well\b|wanted\b|liked\b|loved\b|enjoyed\b)"
        r"[a-z]+(?<!ly)\b(?! (?:me|my|us|our|the|it)\b))",
        r"\1 were ",
        said,
    )
    named = [other for other in others if not other.same_as(contact) and other.familiar]
    someone_else = any(re.search(rf"\b{re.escape(other.given or other.familiar)}\b", said) for other in named)
    if said == typed:
        # "he showed me the old machines from his father's time": a note about "he" or "she" naming nobody
        # is about the one the email is to (readers: "refers to the addressee as 'he'").
        if re.match(r"(?i)(?:he|she)\s", said) and not someone_else:
            return _pronouns_to_you(said, contact)
        return said
    # "Ana walked me herself to the lab": once she is "you", "yourself".
    return said if someone_else else _pronouns_to_you(said, contact)


# The longest a LinkedIn note's mention of what stood out may be, leaving room for the rest in 300 characters.
LINKEDIN_STOOD_OUT = 110
LINKEDIN_TURN = 9
# What stood out that was asked of the writer, and the words for something fondly remembered.
# A thing named with up to two words before it: "the case", "your SQL test", "a quick plant tour".
_A_THING = r"(?:(?:the|your|a|that|this|their)\s+)?(?:[\w-]+\s+){0,2}?"
_SOMETHING_ASKED = re.compile(
    rf"(?i){_A_THING}"
    r"(?:questions?|q|scenarios?|case|cases|test|task|exercise|assessment|role[- ]play|problem)\b|being asked\b"
)
# What stood out that is a quality of theirs, which is valued or remembered, not enjoyed ("I really enjoyed the
# team's commitment to both official languages", "enjoyed Mehmet Bey's commitment": readers, "odd").
_A_QUALITY = re.compile(
    r"(?i)(?:[\w'’.-]+\s+){0,3}?(?:commitment|vision|support|honesty|transparency|openness|candou?r|passion"
    r"|being (?:straight|honest|open|upfront|candid)"
    r"|dedication|approach|attitude|policy|policies|values|care|respect|professionalism|patience)\b"
)
_FOND = re.compile(r"grateful|gratitude|thankful|pleasure|fondly|smile|appreciat|value|enjoy|loved|highlight|best part")
# Something shown to the writer (a demo, a tour) is enjoyed or remembered, but gratitude or fondness for it rings
# false ("I think fondly of the bench demo", "I'm still grateful for the bench demo": readers, "odd", "inserted").
_SOMETHING_SHOWN = re.compile(rf"(?i){_A_THING}(?:demo|demos|demonstration|tour|walkthrough)\b")
# What a note says after the thing itself: why it mattered ("… — it showed me how the team works", "…, which was
# close to the work I want", "…. Seeing the kids read made it real").
_WHY_IT_MATTERED = re.compile(r" [-–—] |, (?:which|because|as|since)\b|[.;:!?] ")
# A note that starts with the writer's own verb, its "I" left out ("Loved the team!"): their sentence, as written.
_OWN_VERB = re.compile(r"(?i)(?:really |truly )?(?:loved|enjoyed|liked|appreciated|valued)\b")
# The words a frame says of the thing ("What stayed with me most was …"): not again when the user's note says
# them ("… stayed with me, because …": readers, "'stayed with me' twice in one sentence").
_FRAME_WORDS = re.compile(r"\b(stay|stuck|remember|recall|enjoy|love|valu|grateful|thank|appreciat|highlight|thought)")
_GRATEFUL = re.compile(r"grateful|gratitude|thankful|fondly|appreciat|value")


def _they_as_you(item: str, people: Sequence[Person]) -> str:
    """ "They paid the bus from Antofagasta": a note that starts with "they" means the
    company, which the email is written to; in it, they are "you" (readers: "'they'
    to the person who arranged it"). Not when someone by name could be "they"."""
    if not re.match(r"(?i)they\b(?!['’]d)", item):
        return item
    if any(re.search(rf"\b{re.escape(person.familiar)}\b", item) for person in people if person.familiar):
        return item
    # The opening "they" only: later ones may be others ("They introduced me to the nurses and I shadowed them").
    return re.sub(r"^(?i:they)\b", "You", item)


# People a note may speak of as "they", who are not the company: "the nurses showed me how they chart".
_PEOPLE_PLURALS = frozenset(
    {"students", "nurses", "kids", "children", "candidates", "engineers", "people", "residents", "patients"}
    | {"volunteers", "teachers", "chefs", "interviewers", "members", "guys", "folks", "customers", "clients"}
    | {"families", "farmers", "drivers", "workers", "doctors", "trainees", "graduates", "parents", "users"}
    | {"others", "agronomists", "associates", "apprentices", "guests", "locals", "owners", "founders"}
)


_GROUPS = frozenset({"class", "lesson", "group", "bunch", "pupils", "grade", "secundaria", "cohort", "batch"})
# Someone a note may speak of as "they": "the tech lead and how they review code".
_SOMEONE = frozenset(
    {"lead", "manager", "recruiter", "director", "supervisor", "interviewer", "founder", "owner", "boss", "chef"}
    | {"ceo", "cto", "cfo", "coo", "engineer", "nurse", "doctor", "teacher", "head", "partner", "principal"}
)
# People named as one, who are "they" after it: "Priya introduced me to the team, they were welcoming".
_A_GROUP = frozenset({"team", "staff", "crew", "everyone", "everybody", "panel", "department", "office", "family"})
_NOT_PLURAL = frozenset(
    {"afterwards", "always", "perhaps", "sometimes", "towards", "besides", "this", "thus", "yes", "was", "has"}
    | {"does", "its", "hers", "yours", "ours", "theirs", "across", "process", "whereas", "less", "unless"}
)


def _looks_plural(word: str) -> bool:
    """Whether a word of a note could be things or people that "they" stands for: "pastries", "interns"."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous", "'s"))
        and word not in _NOT_PLURAL
    )


def _how_they_were(item: str, people: Sequence[Person]) -> str:
    """ "how direct and honest they were with feedback", "how much they care about accessibility": how the
    company was, said to its own people, is "you" (readers: "'they' for the reader's own team"). Not when
    someone by name could be "they"."""
    if any(re.search(rf"\b{re.escape(person.familiar)}\b", item) for person in people if person.familiar):
        return item
    if re.search(r"\b[A-Z][a-z]+['’]s\b", item):  # "Oskar's demo": Oskar's team could be "they"
        return item
    words = set(_ANY_WORD.findall(item.lower()))
    if _PEOPLE_PLURALS & words or re.search(r"(?i)\b(?:like|as if|as though) they\b", item):
        # "the nurses showed me how they chart"; "the team seemed like they work well together" (the team's).
        return item
    # "the demo lesson to 5R - they were a great bunch": what they were may be the class's.
    was = r"(?!\s+(?:were|are|was)\b)" if _GROUPS & words else ""
    # "They mill their own flour", "said they'd send me": they are the company, unless something before them
    # could be "they" ("the pastries, they were incredible", "the interns told me they love it there").
    opening = bool(re.match(r"(?i)they\b", item))

    def you(m: re.Match) -> str:
        before = _ANY_WORD.findall(item[: m.start()].lower())
        if any(_looks_plural(word) or re.split(r"['’]", word)[0] in _A_GROUP | _SOMEONE for word in before):
            return m[0]
        # Someone named before it ("Mr and Mrs Okoye said they started with one shop").
        if re.search(r"(?<!^)\b(?!You\b|I\b|The\b|My\b|Our\b|Your\b)[A-Z][a-z]+", item[: m.start()]):
            return m[0]
        return ("You" if m[1][0].isupper() else "you") + (m[2] or "")

    item = re.sub(rf"\b(?i:(they))(['’](?:re|d|ve))?{was}(?=\s+[a-z])", you, item)
    # Their own flour, when they opened the note; "keep their trust" of a family is the family's.
    return re.sub(r"\b(?i:(their))\b", lambda m: "Your" if m[1][0].isupper() else "your", item) if opening else item


# ", he was really interested", ", you smiled at everyone": a second sentence typed after a comma.
_SPLICE = re.compile(r",\s+(?P<who>(?i:i|he|she|it|they|we|you))(?P<rest>(?:['’][a-z]+)?\s+(?!and\b|or\b|too\b)[a-z])")
_LEADS_INTO = re.compile(r"(?i)(?:when|whenever|while|if|after|before|because|as|since|although|though|once|until)\b")


def _splice_parted(item: str) -> str:
    """ "You shared your career path, it was inspiring": two sentences, as a letter writes them; never
    "When you asked about nights, I froze", whose first part leads into the second, nor a thing and its aside."""
    if _LEADS_INTO.match(item):
        return item
    # "the director came to say hello, I did not expect": what the writer did not expect is the hello.
    item = re.sub(r",\s+(?i:i) (did not|didn't) expect(?: (?:that|it))?(?=[.!]?$)", r", which I \1 expect", item)
    # Only after a sentence: "the store walk, you pointed out things I'd never noticed" is a thing with an aside;
    # never what someone said ("You said, we hire for attitude").
    return _SPLICE.sub(
        lambda m: ". " + m["who"].capitalize() + m["rest"] if _did(item[: m.start()]) else m.group(), item
    )


def _did(text: str) -> bool:
    """Whether `text` is a sentence with a verb of its own ("Usman asked about my project"), not "you and Sam"."""
    if re.search(r"(?i)\b(?:said|told (?:me|us)|asked|explained|mentioned|joked|added|says)$", text.strip()):
        return False
    words = _ANY_WORD.findall(text.lower())
    return _is_own_sentence(text) and any(word in _FINITE_VERBS or word.endswith("ed") for word in words[1:])


# Words that end a thing's name: "the visit during …", and the small words of other languages ("visita a las").
_NOT_A_HEAD = frozenset({"during", "by", "and", "or", "a", "de", "del", "la", "las", "los", "en", "du", "des", "le"})


def _plural(phrase: str) -> bool:
    """Whether a phrase names more than one thing by its head: "the flexible hours", "the questions about AML"."""
    head = []
    # "Carlos walking me through a typical day": a name, whatever it ends with, is one person.
    if re.match(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][a-z]+s\b", phrase):
        return False
    for n, word in enumerate(_head(phrase).lower().split()):
        if word in _PREPOSITIONS | _CLAUSE_STARTS | _NOT_A_HEAD or (n and word.endswith("ing")):
            break
        head.append(word)
    if head and head[0] in _DETERMINERS:
        head = head[1:]
    if head[:1] in (["lots"], ["plenty"], ["loads"]):  # "lots of dairy factory work": of what, not lots
        return False
    # A note's thing is a word or three ("the flexible hours"); more is no English noun phrase to count.
    last = head[-1] if 0 < len(head) <= 3 else ""
    if last in ("people", "children", "staff", "kids", "hours", "questions"):
        return True
    return (
        len(last) > 3
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is", "os", "ics", "'s", "’s"))
        and last not in ("news", "series", "process", "class", "campus", "canvas", "atlas")
    )


# The first word of a given name of two that people leave out when they say it: Nur Aisyah is Aisyah.
_GIVEN_PREFIXES = frozenset({"nur", "nurul", "noor", "siti", "muhammad", "mohammad", "mohd", "muhd"})
# Given names that are also words a note may use: "the mark scheme", "with grace".
_NAMES_THAT_ARE_WORDS = frozenset(
    {"will", "mark", "rose", "bill", "grace", "hope", "joy", "may", "june", "pat", "rob", "sue", "art", "faith"}
    | {"jack", "ray", "dawn", "summer", "autumn", "crystal", "amber", "ruby", "pearl", "sky", "river", "frank"}
    | {"miles", "guy", "sandy", "chance", "page", "penny", "holly", "ivy", "lily", "daisy", "iris", "heather"}
    | {"violet", "gene", "drew", "dean", "carol", "wade", "victor", "hunter", "cash", "bob", "max", "reed", "sage"}
    | {"august", "april", "chase", "rich", "don", "jean", "lee", "kim", "sam", "ali", "nick", "bud", "sonny"}
    | {"patience", "precious", "gift", "blessing", "justice", "grant", "long", "young", "olive", "ward", "mercy"}
    | {"charity", "prudence", "honor", "honour", "constance", "felicity", "happy", "lucky", "sunny", "star", "peace"}
    | {"love", "comfort", "favour", "favor", "wisdom", "goodness", "marvel", "promise", "chastity", "unity", "royal"}
)


# A verdict typed as a sentence of its own after what they did: "Honest about it.", "Very patient."
_HOW_YOU_WERE = re.compile(
    r"^(?i:(?:very |really |so |super )?(?:honest|open|kind|helpful|friendly|clear|patient|welcoming|generous"
    r"|upfront|direct|transparent|fair|supportive|encouraging))(?=(?: about [^.!?]+)?[.!]?$)"
)


def _stood_out_parts(
    text: str, contact: Person | None, people: tuple[Person, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What stood out, read for the email whatever its wording: the things to frame, as phrases, and the
    user's own sentences, in the order typed."""
    # The user's own sentences follow the framed one in the order they typed them.
    items, kept = [], []
    # "deb's take on platform-as-product": a name the user typed in lower case everywhere, with its capital.
    # So is one the user typed with its capital elsewhere ("how leanne talked about mealtimes", to Leanne Fraser),
    # unless it is also a word ("will", "grace").
    lower = {
        person.given.casefold(): person.given
        for person in (*people, *([contact] if contact else []))
        if len(person.given) > 2
        and " " not in person.given
        and person.given.casefold() not in _ENGLISH_WORDS | _NAMES_THAT_ARE_WORDS
        and (person.name.islower() or len(person.given) > 3)
    }
    # After a title, even a name that is also a word: "sir mark explained the night differential".
    titled = {
        person.given.split()[0].casefold(): person.given.split()[0]
        for person in (*people, *([contact] if contact else []))
        if person.given and len(person.given.split()[0]) > 2
    }
    for item in _stood_out_items(text, _names_in(people, contact)):
        for typed, named in lower.items():
            # Not after "your", "the": "your patience when my laptop died" is patience.
            item = re.sub(rf"(?<!\byour )(?<!\bthe )(?<!\bmy )(?<!\bour )\b{re.escape(typed)}\b", named, item)
        for typed, named in titled.items():
            item = re.sub(rf"\b((?i:{_LOCAL_TITLES})\.?\s+){re.escape(typed)}\b", rf"\1{named}", item)
        item = _they_as_you(_how_they_were(item, people), people)
        item = _splice_parted(_to_the_reader(item, contact, people))
        first, *rest = _sentences_in(item)
        # "Loved the team!" is the writer's own sentence with its "I" left out, not a thing to frame ("I enjoyed the
        # process, especially Loved the team").
        if _is_own_sentence(first) or _OWN_VERB.match(first) or (rest and not _starts_a_noun_phrase(first)):
            # "Great chat with Sam. I learned a lot.": the user's own sentences, kept as written; "You asked about
            # harvest hours. Honest about it.": how they were, said of them.
            if re.match(r"(?i)you\b", first):
                rest = [_HOW_YOU_WERE.sub(lambda m: f"You were {m[0].lower()}", sentence) for sentence in rest]
            kept.append(" ".join(_sentence(sentence) for sentence in (first, *rest)))
            continue
        # "The scenario about a family at 4pm. I've thought about it since.": the scenario is framed, the rest follows.
        items.append(first)
        kept += [_sentence(sentence) for sentence in rest]
    return tuple(_as_phrase(item) for item in items), tuple(kept)


# The sample offer's specific, read once: a constant, the same for every template a page previews.
_sample_stood_out_parts = functools.lru_cache(maxsize=16)(_stood_out_parts)


def _stood_out_sentence(
    text: str,
    contact: Person | None,
    writing: Writing,
    people: Sequence[Person] = (),
    *,
    parts: Callable[..., tuple[tuple[str, ...], tuple[str, ...]]] | None = None,
) -> str:
    if writing.kind == TemplateKind.LINKEDIN_NOTE:
        # A connection note has 300 characters: the first thing only, and only if it is short.
        first = next((line for line in (text or "").splitlines() if line.strip()), "")
        # Worded as no thank-you note, answer or check-in of the library words it (their turns are 0 to 8).
        after = dataclasses.replace(writing, kind=TemplateKind.THANK_YOU, seed=LINKEDIN_TURN)
        said = _stood_out_sentence(first, contact, after, people)
        if len(said) > LINKEDIN_STOOD_OUT:
            # "the bench demo of the rig — watching it run showed me how hands-on the team is": the thing without
            # why it mattered, when only that fits (readers of a note with no detail: "could be sent to anyone").
            thing = _WHY_IT_MATTERED.split(first, maxsplit=1)[0]
            if thing != first:
                said = _stood_out_sentence(thing, contact, after, people)
        return said if len(said) <= LINKEDIN_STOOD_OUT else ""
    phrases, sentences = (parts or _stood_out_parts)(text, contact, tuple(people))
    phrases, sentences = list(phrases), list(sentences)
    if writing.kind == TemplateKind.PHONE_SCRIPT:
        return _stood_out_said(phrases, sentences)
    if len(phrases) > 1 and any(re.search(r", | [-–—] ", phrase) for phrase in phrases):
        # "the HACCP question, which was very practical and the plant visit": a thing with an aside is
        # framed alone, and the next one has a sentence of its own (readers: "garbled run-on").
        also = "I also remember {x}." if writing.after_decline else "I also enjoyed {x}."
        sentences[:0] = [re.sub(r"([?!])\.$", r"\1", also.format(x=phrase)) for phrase in phrases[1:]]
        phrases = phrases[:1]
    if phrases:
        wordings = _STOOD_OUT_AFTER[writing.formal_words] if writing.after_decline else _STOOD_OUT[writing.words_tone]
        clause = re.match(r"(?i)(?:when|whenever|where|the time|the way)\b", phrases[0])
        if len(phrases) > 1 or clause or re.search(r" and |, | [-–—] ", phrases[0]):
            # "A and B has stayed…", "Looking back, A and B is…": two things are only ever the object of a sentence,
            # and so is a thing with an aside ("the housing tour - nobody else thought to do that") or a clause
            # ("when you asked what I'd do on my first night shift").
            wordings = [
                wording
                for wording in wordings
                if not wording.startswith("{X}") and not re.search(r"\{x\} (?:is|was|has)\b", wording)
            ]
        if _SOMETHING_ASKED.match(phrases[0]) or _A_QUALITY.match(phrases[0]):
            # A question or a task is thought about, not enjoyed or cherished: "I'm still grateful for the clinical
            # case of chest pain", "I enjoyed … the case of postpartum hemorrhage" read as odd.
            wordings = [wording for wording in wordings if not _FOND.search(wording)] or [_MOST_INTERESTING]
        elif _SOMETHING_SHOWN.match(phrases[0]):
            wordings = [wording for wording in wordings if not _GRATEFUL.search(wording)]
        if noted := set(_FRAME_WORDS.findall(" ".join(phrases + sentences).casefold())):
            wordings = [
                wording for wording in wordings if not noted & set(_FRAME_WORDS.findall(wording.casefold()))
            ] or wordings
        joined = " and ".join(phrases)
        wording = writing.pick(wordings)
        framed = wording.format(x=joined, X=joined[:1].upper() + joined[1:])
        if re.search(r"\{[xX]\} (?:was|is|has)\b", wording) and _plural(joined):
            # "The site visits were the best part for me", "Looking back, the night shifts are what I remember".
            agrees = {"was": "were", "is": "are", "has": "have"}
            framed = re.sub(
                rf"({re.escape(joined)}) (was|is|has)\b",
                lambda m: f"{m[1]} {agrees[m[2]]}",
                framed,
                count=1,
                flags=re.I,
            )
        sentences.insert(0, _own_mark_ends(framed))
    return " ".join(sentences)


def _own_mark_ends(sentence: str) -> str:
    """A framed note that ends in the user's own "?" or "!" ends there: not "what would I cut first?."."""
    return re.sub(r"([?!][”\"’']?)\.$", r"\1", sentence)


# Said on the phone, what stood out is the one thing in a few plain words, without why it mattered: readers of the
# scripts found the note in full "far too long to say on a call", and "The most interesting part of the process for
# me was …" "read aloud and evaluative". Cut where a note goes on to say why ("— it showed me…", ", which…"), not at
# "as well as", which joins a second thing.
_SAID_WHY = re.compile(r" [-–—] |, (?:which|because|as(?! well as\b)|since)\b")


def _stood_out_said(phrases: list[str], sentences: list[str]) -> str:
    if not phrases:
        # The user's own sentences: the first only, as they put it.
        first = _SAID_WHY.split(_sentences_in(sentences[0])[0], maxsplit=1)[0].rstrip(".") if sentences else ""
        return _sentence(first) if first else ""
    thing = " and ".join(_SAID_WHY.split(phrase, maxsplit=1)[0] for phrase in phrases)
    if _FRAME_WORDS.search(thing.casefold()):
        # The note says it already ("the demo I really enjoyed"): not "I really enjoyed the demo I really enjoyed".
        return f"{thing[:1].upper()}{thing[1:]} was the best part for me."
    # Otherwise the thing ends the sentence, so a question the user typed ends it with its own mark.
    if _SOMETHING_ASKED.match(thing):
        said = f"I was really interested in {thing}."
    elif _A_QUALITY.match(thing):
        said = f"I really appreciated {thing}."
    else:
        said = f"I really enjoyed {thing}."
    return _own_mark_ends(said)


# ---------------------------------------------------------------------------
# The offer a template is previewed for


@dataclasses.dataclass(frozen=True)
class SampleOffer:
    """The offer a template is previewed for: what `values_for` reads of an
    Offer, without building a model instance for every template listed."""

    reason: str
    tone: str
    medium: str
    received_on: dt.date
    respond_by: dt.date
    company: str = TAGS["company"].sample
    role: str = TAGS["role"].sample
    contact_name: str = TAGS["contact_name"].sample
    contact_honorific: str = "Ms"
    reason_detail: str = ""
    door_open: tuple[str, ...] = (DoorOpen.FUTURE_ROLES, DoorOpen.LINKEDIN)
    people: tuple[str, ...] = ("Sam Ortiz (platform team)", "Jordan Blake")
    what_stood_out: str = "the whiteboard session on your pipeline rebuild"
    called_on = None
    pk = None

    def thank_list(self) -> list[str]:
        return list(self.people)


# ---------------------------------------------------------------------------
# The call before a written confirmation


def _call_day(offer: Offer | SampleOffer, today: dt.date) -> str:
    """When the user phoned them: the day the flow's Call step recorded, else
    the latest call logged up to today; a confirmation written with no call
    logged is assumed to follow one today."""
    if offer.called_on is not None and offer.called_on <= today:
        return when_said(offer.called_on, today)
    if offer.pk is None:
        return "today"
    day = (
        offer.interactions.filter(channel=Channel.CALL, happened_on__lte=today)
        .order_by("-happened_on", "-pk")
        .values_list("happened_on", flat=True)
        .first()
    )
    return when_said(day, today)


# ---------------------------------------------------------------------------
# Previews and values


def preview_offer(source, *, today: dt.date) -> SampleOffer:
    """The offer to preview `source` for: the sample company and people, with
    the template's own reason, tone and medium, so that a template for
    compensation in a formal tone previews as exactly that."""
    return SampleOffer(
        reason=getattr(source, "reason", "") or Reason.ANOTHER_OFFER,
        tone=getattr(source, "tone", "") or Tone.WARM,
        medium=getattr(source, "medium", "") or Medium.EMAIL,
        received_on=today - dt.timedelta(days=14),
        respond_by=today + dt.timedelta(days=4),
    )


# Stand-ins for a sample person who shares the user's first name: a preview
# that thanks "Sam" in an email signed by Sam reads as thanking oneself.
_OTHER_SAMPLE_NAMES = ("Ravi Menon", "Noor Haddad", "Elena Costa", "Tomás Reyes")


def _not_named_like(sample: SampleOffer, my_name: str) -> SampleOffer:
    """The sample offer with nobody in it who shares the user's first name."""
    mine = (my_name.split() or [""])[0].casefold()

    def given(line: str) -> str:
        return (line.split() or [""])[0].casefold()

    named = [given(line) for line in (sample.contact_name, *sample.people)]
    if not mine or mine not in named:
        return sample
    spare = [name for name in _OTHER_SAMPLE_NAMES if given(name) not in named and given(name) != mine]

    def swapped(line: str) -> str:
        # The name replaced, the team kept: "Sam Ortiz (platform team)" -> "Ravi Menon (platform team)".
        name, _, role = line.partition(" (")
        return spare.pop(0) + (f" ({role}" if role else "") if given(name) == mine else line

    return dataclasses.replace(
        sample, contact_name=swapped(sample.contact_name), people=tuple(map(swapped, sample.people))
    )


@functools.lru_cache(maxsize=16)
def _sample_people(contact_name: str, honorific: str, people: tuple[str, ...]) -> tuple[tuple[Person, ...], Person]:
    """The sample offer's people and addressee, read once: the same few
    constants for every template a page previews (a list shows fifty)."""
    read = tuple(read_people(people))
    return read, addressee(SimpleNamespace(contact_name=contact_name, contact_honorific=honorific), read)


def sample_values(*, today: dt.date | None = None) -> dict[str, str]:
    """The sample value of every tag, as the list of tags shows them."""
    values = {name: tag.sample for name, tag in TAGS.items()}
    values["today"] = format_date(today or timezone.localdate())
    return values


@functools.lru_cache(maxsize=256)
def _sample_for(reason: str, tone: str, medium: str, today: dt.date, my_name: str) -> SampleOffer:
    """`preview_offer` with nobody in it named like the user, worked out once for each
    kind of template: a list of fifty templates has a few reasons, tones and media."""
    source = SimpleNamespace(reason=reason, tone=tone, medium=medium)
    return _not_named_like(preview_offer(source, today=today), my_name)


class _WorkedOutWhenRead(Mapping):
    """Tag values, each worked out the first time it is read: for text that may be filled only in part."""

    def __init__(self, makers: dict[str, Callable[[], str]]):
        self._makers = makers
        self._values: dict[str, str] = {}

    def __getitem__(self, name: str) -> str:
        if name not in self._values:
            self._values[name] = self._makers[name]()
        return self._values[name]

    def __contains__(self, name) -> bool:
        return name in self._makers

    def __iter__(self):
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)


def values_for(
    *,
    offer: Offer | SampleOffer | None,
    user,
    today: dt.date | None = None,
    source=None,
    tags: Iterable[str] | None = None,
    profile: Profile | None = None,
    when_read: bool = False,
) -> Mapping[str, str]:
    """The value of every tag (or of `tags` only) when `source` (a template, a
    draft or text being typed) is written for `offer` by `user`, as plain text.

    Without an offer (a template preview) the template's own sample offer is
    used (`preview_offer`), with the user's real name and signature.
    `signature` is the user's Markdown; every other value is plain text for
    `fill` to escape. The logged call is looked up only when `source` names
    `call_date`. A page that fills many templates for one user passes their
    `profile`, read once. With `when_read`, each value is worked out only
    when it is first read, for text that is filled only in part (an excerpt).
    """
    if tags is not None and not tags:
        # Text with no tags in it (a draft as typed, most often): nothing to work out, not even whose it is.
        return {}
    today = today or timezone.localdate()
    profile = profile or profile_for(user)
    my_name = " ".join(profile.display_name.split()) or user.get_username()
    sample = offer is None
    if sample:
        offer = _sample_for(
            getattr(source, "reason", ""), getattr(source, "tone", ""), getattr(source, "medium", ""), today, my_name
        )
        people, reader = _sample_people(offer.contact_name, offer.contact_honorific, offer.people)
    else:
        people = read_people(offer.thank_list())
        reader = addressee(offer, people)
    writing = writing_for(source, offer)
    company = _one_line(offer.company) or "your company"

    def call_date() -> str:
        if source is None or "call_date" in f"{getattr(source, 'subject', '')}{getattr(source, 'body', '')}":
            return _call_day(offer, today)
        return "today"

    tag_values: dict[str, Callable[[], str]] = {
        "company": lambda: without_legal_form(company),
        "role": lambda: role_as_said(_one_line(offer.role)) or "the role",
        "contact_name": lambda: reader.name if reader else "the hiring team",
        "contact_first_name": lambda: reader.familiar if reader else "the hiring team",
        "greeting": lambda: _greeting(reader, writing),
        "my_name": lambda: my_name,
        "my_first_name": lambda: _first_word(my_name),
        "signature": lambda: profile.signature.strip() or escape_markdown(my_name),
        "sign_off": lambda: _sign_off(writing),
        "reason_sentence": lambda: _reason_sentence(offer.reason, offer.reason_detail, writing),
        "door_open_sentence": lambda: _door_open_sentence(offer.door_open, company, writing, reason=offer.reason),
        "thanks_sentence": lambda: _thanks_sentence(reader, people, writing, writer=_first_word(my_name)),
        "stood_out_sentence": lambda: _stood_out_sentence(
            offer.what_stood_out, reader, writing, people, parts=_sample_stood_out_parts if sample else None
        ),
        "offer_date": lambda: format_date(offer.received_on, "recently"),
        "respond_by": lambda: format_date(offer.respond_by, "your deadline"),
        "call_date": call_date,
        "today": lambda: format_date(today),
    }
    wanted = TAGS if tags is None else set(tags)
    if when_read:
        return _WorkedOutWhenRead({name: tag_values[name] for name in TAGS if name in wanted})
    return {name: tag_values[name]() for name in TAGS if name in wanted}
