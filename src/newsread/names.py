"""Author names as bylines print them, split into the parts citation styles reorder.

A byline says "Gabriel del Valle" or "Martin Luther King Jr."; styles need the family
name first ("del Valle, Gabriel"), initials ("King, M. L., Jr.") or both. Particles stay
with the family name, as English-language style guides sort them; organisations
("Associated Press", "Reuters Staff") are never inverted or reduced to initials.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from newsread.outlets import outlet_by_name
from newsread.speakers.given_names import one_sex_given_name
from newsread.wordlists import HONOURS, PARTICLES, word_set

#: Capitalised particles count only here, inside a name ("Martin Van Buren", "Robert De Niro").
_CAP_PARTICLES = word_set("van von de del della der di da du la le dos den ten ter")
_SUFFIXES = {
    "jr": "Jr.",
    "jr.": "Jr.",
    "sr": "Sr.",
    "sr.": "Sr.",
    "ii": "II",
    "iii": "III",
    "iv": "IV",
    "v": "V",
}
#: Words that mark a byline as an organisation rather than a person: a byline's own
#: ("staff", "desk", "wire", "correspondents"), unlike `speakers.ORG_WORDS`, which tells
#: bodies and places from people in running text.
BYLINE_ORG_WORDS = word_set(
    """
    academy administration agency agence alliance army assembly associated association
    authority board bulletin bureau campaign care center centers centre centres chronicle
    clinic coalition college commission committee company congress constabulary corp
    corporation council correspondent correspondents daily department desk dispatch
    editorial editors federation foundation gazette government group herald hospital inc
    inquirer institute international journal league library llc llp ltd media ministry
    museum navy network news newsroom office organisation organization parliament partners
    plc police press reporters reuters school senate service services society sport sports
    staff team telegraph times tribune trust university watch weekly wire writers
    """
)
#: Words that join the words of an organisation's name and of no person's: "Save the
#: Children", "Friends of the Earth", "Doctors Without Borders", "Médecins Sans
#: Frontières". Not the particles of names ("de", "van", "al"), words that are names
#: too ("In", "On", "To", "An" in Korean or Vietnamese names), nor "in", "at", "with",
#: which join a person and a place or a colleague in a byline ("Ann Lee in Kyiv").
_ORG_LINKS = word_set("the of for without against sans across beyond")


#: What a byline's job title ends in ("Senior Reporter", "Health Editor", "Bureau Chief",
#: "Editor-at-Large"): the author's post, not another author.
JOB_TITLE_WORDS = word_set(
    """
    analyst anchor blogger chief columnist commentator contributor correspondent critic
    editor journalist photographer presenter producer reporter researcher writer
    """
)


def is_job_title(text: str) -> bool:
    """Whether a byline's part names a post: capitalised words, up to four ("Chief Political
    Correspondent"), the last a job ("Reporter") or the first of a hyphenated one's
    ("Editor-at-Large"), or "Editor in Chief"."""
    words = text.split()
    if not 0 < len(words) <= 4 or not words[0][:1].isupper():
        return False
    last = words[-1].strip(".,").lower()
    return last in JOB_TITLE_WORDS or last.split("-", 1)[0] in JOB_TITLE_WORDS


@dataclass(frozen=True)
class Name:
    """One author. For an organisation only `family` is set (its full name)."""

    given: str = ""
    family: str = ""
    suffix: str = ""
    organisation: bool = False

    @property
    def particle(self) -> str:
        """The lower-case particle opening the family name ("del" of "del Valle"), if any."""
        words = self.family.split()
        # A capitalised particle belongs to the surname ("Martin Van Buren": family "Van
        # Buren", as the style guides file it), so it is no particle here.
        lead = [w for w in words[:-1] if w in PARTICLES]
        return " ".join(lead) if len(lead) == len(words) - 1 else ""

    @property
    def core_family(self) -> str:
        """The family name without its particle, for CSL and sort keys."""
        particle = self.particle
        return self.family[len(particle) :].strip() if particle else self.family

    def initials(self, *, spaced: bool = True, dots: bool = True) -> str:
        """Initials of the given names: "J. K." (spaced), "J.K." or "JK" (no dots).

        Hyphenated given names keep their hyphen ("Jean-Paul" → "J.-P."), as APA asks.
        """
        parts: list[str] = []
        for word in re.split(r"[\s.]+", self.given):
            if not word:
                continue
            pieces = [p for p in word.split("-") if p]
            marks = [p[0].upper() + ("." if dots else "") for p in pieces]
            parts.append(("-" if dots else "").join(marks))
        return (" " if spaced and dots else "").join(parts)

    def display(self) -> str:
        """The name in reading order: "Martin Luther King Jr."."""
        if self.organisation:
            return self.family
        return " ".join(p for p in (self.given, self.family, self.suffix) if p)

    def inverted(self) -> str:
        """Family first with the full given names: "King, Martin Luther, Jr."."""
        if self.organisation or not self.given:
            return self.family + (", " + self.suffix if self.suffix else "")
        text = f"{self.family}, {self.given}"
        return text + (", " + self.suffix if self.suffix else "")


def _suffix(word: str) -> str | None:
    return _SUFFIXES.get(word.lower().strip(","))


def is_name_suffix(word: str) -> bool:
    """Whether a word is a name's suffix ("Jr.", "III"), part of the name before it."""
    return _suffix(word) is not None


def is_organisation(text: str) -> bool:
    """Whether a byline names an organisation: a known outlet, one word, an org word
    ("Brookvale Police", "Harbour Daily"), a word joining a body's name ("Save the
    Children": `_ORG_LINKS`), a company's "&" ("Procter & Gamble") or "and" inside one
    name (`one_organisation`).

    Conservative: words that are also people's names ("Church", "Court", "Post",
    "Union", "Charity") are no org words, so a person is never cut to an organisation
    for a surname; an organisation not recognised can be written ``literal:``.
    """
    words = text.split()
    if len(words) <= 1 or outlet_by_name(text) is not None:
        return True
    if words[0].lower() == "the" or "&" in words or one_organisation(text):
        return True
    inner = words[1:-1]
    if any(w.lower() in _ORG_LINKS for w in inner):
        return True  # "Save the Children", "Doctors Without Borders"
    if any(_ACRONYM.fullmatch(w) for w in words[:-1]) and not text.isupper():
        # "BBC Sport", "ABC Australia"; not initials ("JK Rowling") nor a surname in
        # capitals ("Jean DUPONT"), nor a byline all in capitals.
        return True
    folded = [w.strip(".,").lower() for w in words]
    if len(words) <= 3 and one_sex_given_name(folded[0]) and _ALWAYS_BODIES.isdisjoint(folded):
        return False  # "Ann Police", "Mary Daily", "Frank Press": a given name, a surname
    return any(w in BYLINE_ORG_WORDS for w in folded)


#: Organisation words no surname is: they outweigh a given name before them ("Victoria
#: University").
_ALWAYS_BODIES = word_set(
    "university ministry department commission committee association institute foundation "
    "corporation company inc llc llp ltd plc agency government authority"
)


#: A word of three or more capitals, but not a numeral suffix ("III").
_ACRONYM = re.compile(r"(?!(?:[IVX]+)$)[A-Z]{3,}")
_AND = re.compile(r"\s+and\s+")


def one_organisation(text: str) -> bool:
    """Whether a name with "and" in it is one organisation's ("Department of Health and
    Social Care", "Procter and Gamble", "Food and Drug Administration"), not a list of
    authors ("Ann Lee and Bo Chen", "Ann Lee and Reuters Staff").

    People stay a list: it takes an organisation word, or words standing alone ("Procter
    and Gamble"), to read as a body. Then it is one unless each part is an author on its
    own: a person's full name, a known outlet or an acronym ("Reuters and AFP"), or
    last, any organisation of two words or more.
    """
    parts = _AND.split(text.strip())
    if len(parts) < 2:
        return False
    words = [w.strip(".,").lower() for w in text.split()]
    single = all(len(part.split()) == 1 for part in parts)
    if not single and not any(w in BYLINE_ORG_WORDS for w in words):
        return False
    last = len(parts) - 1
    return not all(_stands_alone(part, at == last) for at, part in enumerate(parts))


def split_authors(value: str) -> list[str]:
    """Authors written on one line, split at ";" and at " and " or " & " between names,
    as a byline lists them, but with an organisation's name kept whole ("Department of
    Health and Social Care", "Procter & Gamble", "Johnson & Johnson")."""
    names: list[str] = []
    for part in value.split(";"):
        if one_organisation(_AMPERSAND.sub(" and ", part) if "&" in part else part):
            names.append(part)
        else:
            names += _AND_OR_AMPERSAND.split(part)
    return [name.strip() for name in names if name.strip()]


_AMPERSAND = re.compile(r"\s+&\s+")
_AND_OR_AMPERSAND = re.compile(r"\s+(?:and|&)\s+")


def _stands_alone(part: str, last: bool) -> bool:
    """Whether a part of a name with "and" in it names an author of its own (see
    `one_organisation`): before the last "and", a body such as "Department of Health"
    most often goes on ("… and Social Care"); after it, "Partners" alone names nobody."""
    if outlet_by_name(part) is not None or _ACRONYM.fullmatch(part):
        return True
    return len(part.split()) > 1 and (last or not is_organisation(part))


def parse_name(text: str) -> Name:
    """Split one byline name into given, family and suffix (or mark it an organisation).

    Accepts "Given Family", "Family, Given" and suffixes with or without a comma.
    """
    text = " ".join(text.split())
    if not text:
        return Name()
    if is_organisation(text):
        return Name(family=text, organisation=True)
    text = _unshouted(_without_address_or_degrees(_without_nickname(text)))
    suffix = ""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) >= 2 and _suffix(parts[-1]):
        suffix = _suffix(parts[-1]) or ""
        parts = parts[:-1]
    if len(parts) == 2:  # "Family, Given"
        family, given = parts
        given = " ".join(_dotted(w) for w in given.split())
        return Name(given=given, family=family, suffix=suffix)
    words = " ".join(parts).split()
    if not suffix and len(words) > 1 and _suffix(words[-1]):
        suffix = _suffix(words[-1]) or ""
        words = words[:-1]
    if len(words) == 1:
        return Name(family=words[0], suffix=suffix)
    start = len(words) - 1
    while start > 1 and (
        words[start - 1] in PARTICLES
        or words[start - 1].lower() in _CAP_PARTICLES
        or words[start - 1].lower() in _SAINT
    ):
        start -= 1
    if start == len(words) - 1 and len(words) in (3, 4) and _two_surnames(words):
        start -= 1  # "Gabriel García Márquez": filed under García Márquez
    given = " ".join(_dotted(w) for w in words[:start])
    return Name(given=given, family=" ".join(words[start:]), suffix=suffix)


def _two_surnames(words: list[str]) -> bool:
    """Whether a Spanish speaker's name ends in two family names, father's and mother's
    ("Lucía Ferrer Ibáñez", "José Luis Rodríguez Zapatero"): the given names are
    Spanish, and the first of the two last words is a surname: a common one, or one in
    "-ez". "Martin Luther King" and "Ana Luisa Torres" are no such names."""
    folded = [_folded(w) for w in words]
    # An accented "-ez" ("Gutiérrez", "Fernández") is spelt so only in Spanish: the
    # given name need not be one the list knows ("Marisol Gutiérrez Vega").
    accented = words[-2].lower() != folded[-2] and folded[-2].endswith("ez")
    if folded[0] not in _HISPANIC_GIVEN and not accented:
        return False
    given = 1
    while given < len(words) - 2 and _given_name(folded[given]):
        given += 1
    if given != len(words) - 2 or _given_name(folded[-2]):
        return False
    # The first of the two is the father's surname, spelt as only surnames are: "Luisa
    # Torres" or "Pedrosa Ramos" (Portuguese, filed under Ramos) are no such pair.
    father = folded[-2]
    return father in _HISPANIC_SURNAMES or (father.endswith("ez") and len(father) > 4)


def _folded(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )


def _given_name(folded: str) -> bool:
    return folded in _HISPANIC_GIVEN or one_sex_given_name(folded)


#: Given names of Spanish speakers (folded): names that open a name of two surnames.
_HISPANIC_GIVEN = word_set(
    """
    jose maria juan carlos jorge javier alejandro fernando francisco manuel antonio rafael
    miguel pedro luis diego pablo gonzalo ignacio andres jesus ramon raul oscar alvaro
    joaquin julian martin tomas nicolas sebastian agustin gabriel enrique alfonso emilio
    felipe gustavo hector ruben sergio arturo eduardo ricardo roberto alberto mario
    santiago mateo lucia sofia ines monica veronica angel angela rocio carmen pilar
    dolores mercedes beatriz alejandra gabriela ana isabel marta teresa elena guadalupe
    concepcion asuncion lourdes montserrat nuria begona inaki inigo esperanza consuelo
    marisol ximena jimena valentina camila fernanda graciela araceli maricela socorro
    rodrigo ernesto gerardo joaquina yolanda xochitl itzel
    """
)
#: Common Spanish surnames spelt without an accent or "-ez" (folded).
_HISPANIC_SURNAMES = word_set(
    """
    garcia ruiz moreno romero alonso navarro torres ramos gil serrano blanco molina morales
    ortega delgado castro ortiz rubio marin sanz iglesias medina garrido castillo lozano
    guerrero cano prieto cruz calvo gallego vidal herrera pena flores cabrera campos
    vega fuentes carrasco caballero reyes nieto aguilar santana herrero montero
    hidalgo ferrer mora vargas arias carmona crespo pastor soto velasco
    moya soler parra bravo gallardo rojas castellanos mejia salazar cardenas
    zapata rios obrador
    """
)


#: "St." and its kin open a family name ("Ann St. John", "Yves Saint Laurent"): it is filed
#: under S, so it is no particle either.
_SAINT = word_set("st st. ste ste. saint sainte")
#: A nickname written inside a name: 'Ann "Nan" Lee', "Ann (Nan) Lee", "Ann ‘Nan’ Lee".
_NICKNAME = re.compile(r"""\s+(?:"[^"]+"|“[^”]+”|‘[^’]+’|'[^']+'|\([^()]+\))(?=\s)""")


def _without_nickname(text: str) -> str:
    """The name without a nickname in quotation marks or brackets between its words:
    citation styles list the name, and its initials are the given names' alone."""
    return _NICKNAME.sub("", text) if any(c in text for c in "\"“‘'(") else text


#: Forms of address a byline may open with ("Dr. Amy Fox"): not part of the name, and
#: left out by APA, MLA and Chicago alike.
_ADDRESSES = word_set(
    "dr dr. prof prof. professor mr mr. mrs mrs. ms ms. miss mx mx. rev rev. sir dame"
)
#: Degrees and honours a byline may end with ("Amy Fox, PhD"), as they are written: in
#: capitals or with stops, so that a surname such as Ma is never taken for one.
_DEGREES = frozenset(
    """PhD Ph.D. DPhil MD M.D. MBA MA M.A. BA B.A. MSc BSc LLB LLM JD J.D. RN CPA Esq Esq.
    FRS OBE MBE CBE KBE DBE QC KC MP MEP MSP MLA""".split()
)


def _without_address_or_degrees(text: str) -> str:
    """The name without a leading form of address or trailing degrees, when a name is
    left ("Dr. Amy Fox", "Amy Fox, PhD" -> "Amy Fox"; "Dr Fox" -> "Fox")."""
    parts = [p.strip() for p in text.split(",")]
    # Not "Morgan, JP", a surname and its initials: a full name must be left.
    while (
        len(parts) > 1
        and parts[-1].replace(" ", "") in _DEGREES  # "Ph. D." too
        and len(" ".join(parts[:-1]).split()) > 1
    ):
        parts.pop()
    words = ", ".join(parts).split()
    shouted = " ".join(words).isupper()  # "MARY ANN MA": Ma may be her surname
    while len(words) > 2 and words[-1] in _DEGREES and not shouted:
        words.pop()
    while len(words) > 1 and words[0].lower() in _ADDRESSES:
        words.pop(0)
    return " ".join(words)


def _unshouted(text: str) -> str:
    """A person's name as names are written when a byline prints it in capitals ("SARAH
    LINDQVIST", "Jean DUPONT" -> "Sarah Lindqvist", "Jean Dupont"; "KATE MCCANN" ->
    "Kate McCann", "CHARLES DE GAULLE" -> "Charles de Gaulle"). Kept: a numeral after the
    surname ("III"), letters after a name ("CBE"), and a first word of two consonants,
    initials ("JK ROWLING")."""
    words = text.split()
    out = []
    for at, word in enumerate(words):
        letters = "".join(c for c in word if c.isalpha())
        shouted = len(letters) >= 2 and letters.isupper()
        initials = at == 0 and len(words) > 1 and len(letters) <= 2
        initials = initials and not any(c in "AEIOUY" for c in letters)
        numeral = at > 0 and at == len(words) - 1 and _NUMERAL.fullmatch(word.strip(",."))
        letters_after = at > 0 and word.strip(",.").lower() in _LETTERS_AFTER  # "CBE", "MBA"
        if not shouted or initials or numeral or letters_after:
            out.append(word)
        elif at and word.lower() in PARTICLES:
            out.append(word.lower())
        else:
            named = re.sub(r"(?<![^\W\d_])[^\W\d_]", lambda m: m.group(0).upper(), word.lower())
            out.append(re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), named))
    return " ".join(out)


_NUMERAL = re.compile(r"[IVX]+")
#: Honours, degrees, offices and professions written after a name.
_LETTERS_AFTER = HONOURS | word_set("mp mep msp md mba rn jp dl cpa esq")


def _dotted(word: str) -> str:
    """A bare initial gets its period ("J" → "J."); "J.K." gets its space ("J. K.")."""
    if len(word) == 1 and word.isalpha():
        return word + "."
    if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
        return " ".join(c + "." for c in word if c != ".")
    return word


def parse_names(authors: list[str]) -> list[Name]:
    """Every non-empty byline name, parsed."""
    names = [parse_name(a) for a in authors]
    return [n for n in names if n.family]


#: A terminal escape sequence, whole: CSI ("\x1b[31m", or C1 "\x9b31m"), OSC and the
#: other string commands up to their terminator ("\x1b]0;title\x07"), or ESC and one
#: character. Dropping only the controls would leave their parameters ("[31m") as text.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)


#: Latin letters with no Unicode decomposition to fold away, written as their languages
#: spell them in ASCII: without these, "Øberg" would key as "berg" and "Straße" as "strae".
_TRANSLITERATE = str.maketrans(
    {
        "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
        "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "đ": "d", "Đ": "D",
        "ł": "l", "Ł": "L", "ß": "ss", "ẞ": "SS", "ı": "i",
    }
)  # fmt: skip


def ascii_spelling(text: str) -> str:
    """Text in ASCII, Latin letters spelled as their languages spell them without
    accents ("Müller" → "Muller", "Øberg" → "Oberg", "Straße" → "Strasse"); what has
    no ASCII form (another script, "—", "€") goes. For citation keys and slugs alike."""
    text = text.translate(_TRANSLITERATE)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def ascii_key(text: str) -> str:
    r"""Lower-case ASCII letters and digits only, for citation keys ("Müller" → "muller",
    "Øberg" → "oberg", "Straße" → "strasse").

    Escape sequences go whole, so an author "\x1b[31mLee" keys as "lee", not "31mlee";
    every other control is no letter or digit and goes with the rest.
    """
    folded = ascii_spelling(_ESCAPE_SEQUENCE.sub("", text))
    return re.sub(r"[^a-z0-9]", "", folded.lower())
