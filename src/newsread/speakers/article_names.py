"""Every name an article uses, indexed once per article (`Names`).

With the index, a surname, a title or an initialism at a cue is given the fullest form
the article writes, and each person the gender, titles and roles the article gives
them.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence

from newsread.lazyre import lazy_compile
from newsread.lookups import MOST_LOOK_UPS, look_up
from newsread.sentences import (
    GIVEN_NAMES_SHORT,
    may_stand_before_a_name,
    name_goes_on,
    name_may_start_at,
)
from newsread.speakers.given_names import MEN, WOMEN, one_sex_given_name
from newsread.speakers.mentions import (
    BODIES_ON,
    DETERMINERS,
    bare_office,
    is_place_word,
    unaddressed,
    unpossessed,
    untitled,
    without_affiliation,
)
from newsread.speakers.nicknames import NICKNAME, may_give_nickname
from newsread.speakers.phrases import (
    ABBREVIATED,
    BODY_NOUNS,
    CAPS_PLACE,
    GENERATION_AFTER_COMMA,
    LOWER_NAME,
    LOWER_OFFICE_LETTERS,
    NAME_GAP,
    OPENING_MARKS,
    RUN_LINKS,
    office_holder_before,
    office_letters,
    subject_before_pronoun,
)
from newsread.speakers.words import (
    COMPANY_ENDINGS,
    COUNTRY_CODES,
    GENERATIONS,
    JUDGES_STYLES,
    KIN_SEX,
    KIN_SEX_INDEX,
    MEMBER_LETTERS,
    NOT_NAME,
    ORG_WORDS,
    OUTLET_NOUNS,
    PARTY_LABELS,
    PEERAGE,
    PORTFOLIO_WORDS,
    POSSESSED,
    SPEAKER_PARTICLES,
    TITLE_GENDER,
    TITLES,
    bare_word,
    clean_run,
    ends_in_member_letters,
    fold,
    is_cap,
    is_initial,
    is_org,
    is_title,
    job_before_a_name,
    names_an_office,
    nationality,
    person_like,
    strip_title,
    surname_first,
    surname_of,
)
from newsread.wordlists import CAPITALS, HONOURS, PARTICLE_GAP, PLACES, word_set

#: Forms of address written before a person's only name: "Ibu Sumarni", "Khun Noi". (Not
#: "Bu", also a Chinese surname: "Bu Jun, an analyst".)
_ONE_NAME_ADDRESS = word_set("ibu pak bapak khun")


#: A capitalised run after its first capital, as a pattern to build on
#: (`_NAME_OR_PRONOUN` reads runs with it, its first capital matched apart).
_NAME_RUN_REST = (
    r"[\w'’.\-]*"
    r"(?:[ \u00A0]+(?:(?:" + "|".join(sorted(RUN_LINKS)) + r")"
    rf"[ \u00A0]+){{0,2}}(?:(?:al|el)-)?[{CAPITALS}][\w'’.\-]*)*"  # "Faisal al-Harbawi"
)


#: An appositive naming who owns or runs the subject, before the owner's name.
_OWNER_BESIDE = lazy_compile(r", (?:owned|operated|run|managed) by $")
#: A company's kind, then its name in an appositive: "a commercial data vendor, ".
_COMPANY_APPOSED = lazy_compile(
    r"\b(?:a|an|the)(?: [\w\-]+){0,3} (?:vendor|firm|company|supplier|contractor|maker|"
    r"manufacturer|provider|operator|developer|retailer|lender|insurer|carrier), \Z"
)


#: An office in a company, before the company's name: "the Managing Director of …".
_OFFICE_IN = lazy_compile(
    r"(?i:director|executive|chairman|chairwoman|chair|president|founder|owner|"
    r"spokesman|spokeswoman|spokesperson|head|boss|CEO|MD) (?:of|for|at) $"
)


def _split_sentences(words: list[str]) -> list[list[str]]:
    """Break a run after a word ending a sentence ("February. While Putin") and around
    a verb a headline capitalises ("VOTE: Was Germaine Greer right?")."""
    parts: list[list[str]] = [[]]
    for index, word in enumerate(words):
        if bare_word(word) in _HEADLINE_VERBS:
            parts.append([])
            continue
        if parts[-1] and parts[-1][-1].endswith(".") and bare_word(word) in NOT_NAME:
            parts.append([])  # "… tell the FT. But Rover": a new sentence after all
        parts[-1].append(word)
        if (
            word.endswith(".")
            and not is_initial(word)
            and (bare_word(word) not in ABBREVIATED | {"mt", "ft"} or _letters_ms(parts[-1]))
            and not (
                index + 1 < len(words)
                and name_goes_on(word, words[index + 1])
                and (index == 0 or may_stand_before_a_name(words[index - 1]))
            )
        ):
            parts.append([])
    return [p for p in parts if p]


_HEADLINE_VERBS = word_set("is was are were has had")


def _letters_ms(words: list[str]) -> bool:
    """ "Rhodri Evans MS.": the letters after a member's name end the sentence, not the
    abbreviation of Ms (as in capitals throughout: "SAID MS. DOE")."""
    return words[-1] == "MS." and len(words) > 1 and not words[-2].isupper()


def _add_run(runs: list[str], words: list[str]) -> None:
    """The names one capitalised run holds: "Russia's Elena Dementieva" holds Russia and
    Elena Dementieva; "Ashok Vishwanathan of Operation Black Vote" a person and an
    organisation. A loop, not recursion: a run of a thousand possessives is still text."""
    pending = [words[:_LONGEST_RUN]]
    while pending:
        words = pending.pop()
        cut: list[str] = []
        for index, word in enumerate(words):
            if POSSESSED.search(word):
                if _owners_of_a_body(words, index):
                    cut.append(word)  # "Kent Teachers' Union": one name
                    continue
                cut.append(unpossessed(word))
                if index + 1 < len(words):
                    pending.append(words[index + 1 :])
                break
            cut.append(word.rstrip("'’"))
        cut = clean_run(cut)
        person = without_affiliation(cut)
        if len(person) < len(cut):
            pending.append(cut[len(person) + 1 :])
            cut = person
        cut, title = strip_title(cut) if len(cut) > 1 else (cut, None)
        if title is not None and len(cut) > 3:
            # "Council Member Frank DiStefano of Staten Island": past the title, the person
            # and where they are from.
            person = without_affiliation(cut)
            if len(person) < len(cut):
                pending.append(cut[len(person) + 1 :])
                cut = person
        cut = clean_run(cut)
        if cut and not (len(cut) > 1 and bare_office(cut)):  # not "US President"
            last = len(cut) - 1
            runs.append(
                " ".join(
                    w if _keeps_its_dot(w, i < last) else w.rstrip(".") for i, w in enumerate(cut)
                )
            )


def _given_first(name: str) -> bool:
    """ "Liam Kettering": a name opening with a given name, a person's whatever "which"
    follows ("…, which means he will miss …"), where "Halden Rail, which means" is a body's."""
    first = bare_word(name.split(None, 1)[0])
    return " " in name and one_sex_given_name(first)


def _an_office(run: list[str]) -> bool:
    """ "Chief Operating Officer", "Chief Justice of Pakistan": a title, maybe with its
    place after "of" or "for"."""
    return is_title(run[-1]) or any(
        is_title(word) and run[at + 1] in {"of", "for"} for at, word in enumerate(run[:-1])
    )


def _keeps_its_dot(word: str, inside: bool) -> bool:
    """ "G.K.", "C.", and a given name written short inside a name ("Ma. Teresa
    Villanueva"; not "Jack Ma.", whose dot ends a sentence)."""
    return is_initial(word) or (inside and word[:-1] in GIVEN_NAMES_SHORT)


def _owners_of_a_body(words: list[str], index: int) -> bool:
    """Whether a plural possessive names, with the body word after it, one body ("the
    Vanni Farmers' Collective", "the Pilots’ Association"): no person is "Teachers'"; but
    "Russia's Ministry of Defence" holds Russia and a ministry."""
    word = words[index]
    # (Irregular plurals too: "Fishermen’s Association", "Children's Society".)
    plural = word[-1] in "'’" or word.lower().endswith(_IRREGULAR_PLURAL_OWNERS)
    return plural and index + 1 < len(words) and bare_word(words[index + 1]) in ORG_WORDS


_IRREGULAR_PLURAL_OWNERS = tuple(
    f"{plural}{mark}s" for plural in ("men", "people", "children") for mark in "'’"
)


#: What joins an office to its body before the holder's name: "Chancellor of the
#: Exchequer Gordon Brown", "Minister in the Presidency Ann Dube".
_OFFICE_LINKS = (" of the ", " in the ")


def _holder_after_of_the(whole: str, run: str) -> str:
    """The run to read after an office's "of the" (or "in the"): the office whole when
    the run is the rest of its name, then its holder's ("Chancellor of the Exchequer
    Gordon Brown", "Minister in the Presidency Ann Dube"), which alone would read as a
    name "Exchequer Gordon Brown"; else the run."""
    words = run.split()
    if "of" in words or "for" in words:
        return run  # "Governor of the Bank of England Andrew Bailey": read as before
    name = strip_title(whole.split())[0]
    if 1 < len(name) < len(words) and words[-len(name) :] == name and not is_org(name):
        return whole
    return run


#: Words of a capitalised run read for names: longer runs are headlines or lists.
_LONGEST_RUN = 16


#: Titles written short, by the word a later reference uses: "Gov. Ann Lee … the governor".
_TITLES_IN_FULL = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "supt": "superintendent",
    "insp": "inspector",
    "brig": "brigadier",
    "cllr": "councillor",
    "msgr": "monsignor",
}


#: A dateline's place in capitals and its region, before a colon or a dash: "SANTA CRUZ,
#: St Elizabeth:".
_DATELINE_PLACE = lazy_compile(
    CAPS_PLACE + r",[ \u00a0][^:—–\n]{1,30}(?::|[ \u00a0]*[—–]|[ \u00a0]+-)"
)


#: A dateline's place in running case, before a spaced dash: "Jabal Hamra – ",
#: "Kuala Lumpur, Malaysia – ".
_DATELINE_DASH = lazy_compile(
    rf"(?:[{CAPITALS}][\w'’.\-]*,?[ \u00a0]+){{1,4}}[–—][ \u00a0]+(?=[{CAPITALS}])"
)


#: After the " and " of "Samuel and Grace Okonkwo": the second given name and the
#: surname, with no capital after it ("the Bill and Melinda Gates Foundation").
_COUPLE_REST = lazy_compile(
    rf" and[ \u00a0]+([{CAPITALS}][a-zà-ÿ]+)[ \u00a0]+([{CAPITALS}][\w'’\-]+)\b"
    rf"(?![ \u00a0]+[{CAPITALS}])"
)  # opening on a literal, which the matcher skips to at C speed


_GIVEN_NAME = lazy_compile(rf"[{CAPITALS}][a-zà-ÿ]+")


#: The rest of a nicknamed name, its particles too ("Johannes 'Hannes' van Rooyen").
_NICKNAMED_REST = lazy_compile(
    rf"{PARTICLE_GAP}[{CAPITALS}][\w'’\-]+(?:[ \u00a0][{CAPITALS}][\w'’.\-]+)?"
)


#: A name, then what others call the person in quotation marks: 'Kieran Lowther, a
#: former electrician whom everyone calls "Moth"', 'Ann Lee, nicknamed "Red",'.
_NICKNAME_CALLED = lazy_compile(
    rf"(?<![\w'’.\-])([{CAPITALS}][\w'’.\-]*(?:{NAME_GAP}[{CAPITALS}][\w'’.\-]*){{1,3}}),"
    r"[^\"“”.;:]{0,100}?\b(?:calls?|nicknamed|dubbed)[ \u00a0]+[\"“‘']"
    rf"([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{0,2}})[\"”’']"
)


@functools.cache
def _alias_pattern() -> re.Pattern[str]:
    """Two names for one person: "JK, also known as Jason King", "Jason King (aka JK)",
    "Margaret Dunne, known to friends as Mags". Compiled when an article first says
    "known", not at start-up."""
    return lazy_compile(
        rf"(?<![\w'’.\-])([{CAPITALS}][\w'’.\-]*(?:{NAME_GAP}[{CAPITALS}][\w'’.\-]*){{0,3}})"
        r"(?:,|[ \u00a0]+\(|[ \u00a0]+[—–])[ \u00a0]*(?:also[ \u00a0]+)?"
        # "known to friends as", "known to everyone in the state simply as"
        r"(?:known[ \u00a0]+(?:(?:to|on|in|around|among|across)[ \u00a0]+"
        r"(?:[a-z]+[ \u00a0]+){1,5})?as|aka)[ \u00a0]+"
        rf"([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{0,3}})"
    )


#: A name, then the nickname in quotation marks it is known by: 'Mr Onyango, popularly
#: known as "Baba Kisima"'.
_NICKNAME_KNOWN = lazy_compile(
    rf"(?<![\w'’.\-])([{CAPITALS}][\w'’.\-]*(?:{NAME_GAP}[{CAPITALS}][\w'’.\-]*){{0,3}})"
    r"(?:,|[ \u00a0]+[–—-])[ \u00a0]+(?:(?:also|popularly|widely|better|commonly|affectionately"
    r"|fondly|universally|locally|generally|usually|simply)[ \u00a0]+)?"
    r"known[ \u00a0]+as[ \u00a0]+[\"“‘']"
    rf"([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{0,3}})[\"”’']"
)


@functools.cache
def _as_known_pattern() -> re.Pattern[str]:
    """A name the article says someone goes by: "Doña Lupita, as Hernández Ríos is
    known," (the name, then whom it stands for)."""
    return lazy_compile(
        rf"(?<![\w'’.\-])([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{0,2}}),"
        r"[ \u00a0]+as[ \u00a0]+"
        rf"([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{0,3}})"
        r"[ \u00a0]+(?:is|was)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?known\b"
    )


def _last_before(
    holders: Sequence[tuple[tuple[int, int], str]], before: tuple[int, int]
) -> str | None:
    """The last name of (position, name) pairs in text order that stands before `before`
    (by bisection: asked at every quote, a walk from the start was quadratic)."""
    at = bisect.bisect_left(holders, before, key=lambda holder: holder[0])
    return holders[at - 1][1] if at else None


def _lower_word_then_name(text: str, end: int) -> str:
    """The lower-case word between a name ending at `end` and a capitalised word after it
    (" champion Kelly"), or ""."""
    words = text[end : end + 60].split(None, 2)
    if (
        len(words) == 3
        and text[end : end + 1] == " "
        and words[0].islower()
        and words[1][:1].isupper()
    ):
        return words[0]
    return ""


#: Names sharing one surname beyond which `Names` looks a full name up by its last two
#: words rather than among them all.
_MANY_SHARING = 16


#: How many of an article's first people `Names.people` keeps.
_PEOPLE_KEPT = 4


_FINAL_STOP = lazy_compile(r"(?<=\w\w)\.$")


#: A relative pronoun right after a name: "which" for a body, "who" for a person.
_RELATIVE_AFTER = lazy_compile(r", (which|who)\b")
#: What a "which" goes on with when it means the whole clause before it, not the name
#: that ends it: "a booking for captain Liam Kettering, which means he will miss …".
_CLAUSE_WHICH = lazy_compile(
    r" (?:means|meant|would mean|will mean|prompted|sparked|is why|was why)\b"
)


#: What `LOWER_OFFICE_LETTERS` ends with, found from its literal " (": "(DC)".
_LETTERS_IN_BRACKETS = lazy_compile(r" \([A-Z]{2,5}\)")


def _after_the(raw: str, text: str, at: int) -> bool:
    """Whether a name run `raw` read at `at` in `text` opens with "The" or follows "the",
    and so names a body (`body_after_the`)."""
    if raw.startswith("The "):
        return body_after_the(raw.split()[1:])
    after = text.endswith("the ", 0, at) and not text[at - 5 : at - 4].isalpha()
    return after and body_after_the(raw.split())


def _known_by_one_name(text: str, match: re.Match[str]) -> bool:
    """Whether a one-word name follows an occupation in lower case: "Brazilian midfielder
    Edu", "rapper Stormzy" (not "former Yugoslavia", "finance Ministry": no one's job;
    nor "farmer Delroy 'Bigga' McKenzie", whose name goes on past a nickname)."""
    at = match.start()
    if at < 3 or text[at - 1] != " " or not text[at - 2].islower():
        return False  # the cheap test first: most one-word runs follow no lower-case word
    if text.startswith((" '", " ‘", ' "', " “"), match.end()):
        return False
    word = text[max(0, at - 16) : at].rpartition(" ")[0].rpartition(" ")[2]
    job = word.endswith(_OCCUPATION_ENDINGS) and word in TITLES and word not in _NO_OCCUPATION
    return word.islower() and (job or word in _ONE_NAME_POSITIONS)


#: Positions in a team, besides those ending as jobs do: "The Argentine forward Rodrigo".
_ONE_NAME_POSITIONS = word_set("forward captain veteran rookie")
#: The last two letters of those words and of `_OCCUPATION_ENDINGS`.
_JOB_TAILS = frozenset({"er", "or", "st", "an", "ss", "rd", "in", "ie"})


#: How nouns for someone's job end ("striker", "sculptor", "pianist", "comedian").
_OCCUPATION_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ess")
_NO_OCCUPATION = word_set("""
    former member producer regulator broadcaster designer partner retailer manufacturer
    carrier developer publisher distributor supplier operator insurer lender owner sponsor
    promoter organiser organizer provider investor backer buyer seller builder contractor
    advertiser exporter importer trader maker carmaker leader adviser advisor auditor
    """)  # (words that come before a company's one name as often: "producer Aardman")


def _a_place(run: str, text: str, at: int) -> bool:
    """ "in Port Alder", "at the end of Tidewater Lane": a place's name after a
    preposition of place, when the name says it is one (Port, Upper, Falls …), or a
    street's after "on" or "the end of"; no one an opening "he" means unless the
    article's pronouns show otherwise ("in Rishi Sunak", "went to Glenn Close")."""
    if run.endswith(("'s", "’s")):
        return False  # "in Ines Halloran’s workshop": hers
    words = run.split()
    if len(words) < 2:
        return False
    before = bare_word(text[max(0, at - 12) : at].rpartition(" ")[0].rpartition(" ")[2])
    first, last = bare_word(words[0]), bare_word(words[-1])
    if before in _BEFORE_A_PLACE and (first in _PLACE_OPENERS or last in _PLACE_LAST_WORDS):
        return True
    if first == "greater":
        return True  # "in Wexley, Greater Manchester": a region, however it is reached
    if before in {"on", "off"} and last in _WATERS:
        return True  # "the only light on Pell Sound"
    if before == "of":  # "at the end of Tidewater Lane"; not "the life of Nathan Lane"
        ahead = text[max(0, at - 20) : at].split()
        before = "on" if len(ahead) > 1 and bare_word(ahead[-2]) in _PARTS_OF_A_STREET else ""
    return last in _STREET_WORDS and before in _STREET_PREPOSITIONS


_BEFORE_A_PLACE = word_set("in at near outside across throughout")


#: A body's noun and the comma before its name: "A rival group, (Students for …)".
_BODY_NOUN_THEN_NAME = lazy_compile(
    r"\b(?:[Aa]n?|[Tt]he)(?:[ \u00a0][a-z\-]+){0,2}[ \u00a0](group|coalition|alliance|charity"
    r"|organisation|organization|association|union|company|firm|campaign|watchdog|regulator"
    r"|agency|foundation|federation|network),[ \u00a0]$"
)


#: An age between commas, and one name that may stand before it opening a sentence:
#: "Tasha, 29, who …".
_AN_AGE = lazy_compile(r", \d{1,2}, ")
_ONE_NAME = lazy_compile(rf"[{CAPITALS}][a-z]{{2,}}")
_SENTENCE_ENDS = (". ", "! ", "? ", '." ', ".” ", ".’ ")


#: Words that make a name a place's, and are no common given names or surnames (not
#: "Hill", "Green", "Bay", "Glen", "Lake", "Little").
_PLACE_OPENERS = word_set("port fort mount mt saint st san santa upper lower cape")


#: Waters named after "on" or "off": "on Pell Sound", "off Cape Island".
_WATERS = word_set("sound estuary fjord bayou inlet harbour harbor island islands creek")


_PLACE_LAST_WORDS = word_set("falls springs heights valley town village") | _WATERS


_STREET_WORDS = word_set("street road avenue lane drive boulevard way close crescent terrace")


_STREET_PREPOSITIONS = _BEFORE_A_PLACE | word_set("on off along")


#: Words for a part of a street before "of": "at the end of Tidewater Lane".
_PARTS_OF_A_STREET = word_set("end corner top bottom junction side length")


def body_after_the(words: list[str]) -> bool:
    """ "the Waterschap Zeeuwse Delta": three capitalised words or more right after "the",
    none a title, a style or a nationality, name a body, as no person's name follows
    "the" ("the Duke of Sussex", "the Briton Tom Lee", "the Rev Ann Lee" are people)."""
    named = [w for w in words if w[:1].isupper()]
    return len(named) > 2 and not any(
        bare_word(w) in TITLES or bare_word(w) in _STYLES or nationality(w) for w in named
    )


#: Styles of royalty and nobility, which a person's name may follow "the" with.
_STYLES = word_set("duke duchess earl countess marquess sultan emir dalai briton scot")


class Names:
    """Every capitalised name an article uses, to expand "Putin" to "Vladimir Putin".

    `nicknamed` holds, by index, the texts as written where the quote engine took a
    nickname out of a name (`newsread.quote_engine.nicknamed`): read for the nickname.
    """

    def __init__(self, texts: list[str], nicknamed: Mapping[int, str] | None = None) -> None:
        nicknamed = nicknamed or {}
        self._texts = texts
        self._kin: dict[str, str | None] = {}  # `_find_kin`'s answers, by name
        #: Whose spouse a spouse `_kin_holders` files is, where the article says.
        self._partners: dict[tuple[int, int], str] = {}
        #: Distinct names by folded last word, each with its folded words, in order of
        #: first use: one entry per name, not per mention, so `fullest` costs the same
        #: however often an article repeats a name.
        self._by_last: dict[str, dict[str, tuple[str, ...]]] = {}
        self._has_company = False  # a name ends in a company's ending ("… Securities")
        self._has_inner = False  # a name has three words or more
        #: Multi-word person names by their folded first word ("sarah").
        self._by_first: dict[str, set[str]] = {}
        self.title_of: dict[str, str] = {}
        self.gender_votes: dict[str, list[int]] = {}
        #: The share of `gender_votes` that titles cast ("Mr Lee", "Ms Lee"), by surname.
        self._title_votes: dict[str, list[int]] = {}
        #: Every titled name, where it stands, in text order: (text index, offset), name,
        #: folded surname.
        self._titled_names: list[tuple[tuple[int, int], str, str]] = []
        titled = self._titled_names
        #: The first few multi-word person names, in order, each with the lower-case word
        #: that follows it where a name comes next ("Double Olympic" in "Double Olympic
        #: champion Kelly Holmes" is followed by "champion"), else "": whom an opening
        #: "he" most likely means.
        self.people: list[tuple[str, str]] = []
        #: Of those, the ones named after a preposition of place ("in Port Alder"): no
        #: one an opening "he" means unless the article's pronouns show them a person.
        self.placed: set[str] = set()
        #: Whether two people share a surname, by surname (asked once the names are read).
        self._shared: dict[str, bool] = {}
        #: For surnames many names share: their names by last two or three words
        #: (`_ending_in`), keyed by surname and length.
        self._by_last_two: dict[str, dict[tuple[str, ...], dict[str, tuple[str, ...]]]] = {}
        # One pass per paragraph over names and pronouns together; what each distinct
        # name run yields is cached, as articles repeat the same names. A run already
        # read in this article adds no new name or title: only its title's gender vote.
        seen: set[str] = set()
        which: set[str] = set()
        owned: set[str] = set()  # names "-owned" or "-listed" or apposed to a body noun
        who: set[str] = set()
        by_last = self._by_last
        by_first = self._by_first
        title_of = self.title_of
        votes_of = self.gender_votes
        people = self.people
        finditer = _NAME_OR_PRONOUN.finditer  # looked up once, not per paragraph
        read_run = _read_run
        #: Abbreviations the article spells out: "UNECE" -> "United Nations Economic …".
        self.expansions: dict[str, str] = {}
        #: Other names for a person: "JK, also known as Jason King" -> "Jason King".
        self.aliases: dict[str, str] = {}
        #: Names a person goes by, to the name the article calls them by when it says so
        #: ("Doña Lupita, as Hernández Ríos is known": "Lupita" -> "Hernández Ríos").
        self.goes_by: dict[str, str] = {}
        #: The long forms: bodies and events, never a person or a "he".
        self.spelled_out: set[str] = set()
        #: Everyone the article titles so, by title, with where it first names them so
        #: (text index, offset): "the coach" after two coaches is the one named last.
        self._title_holders: dict[str, list[tuple[tuple[int, int], str]]] = {}
        #: Bodies an appositive calls by a noun ("…, an athlete-led campaign group,"), by
        #: the noun, where each was named.
        self._apposed_bodies: dict[str, list[tuple[tuple[int, int], str]]] = {}
        self._role_holders: dict[str, list[tuple[tuple[int, int], str]]] = {}  # by `role_of`
        for index, text in enumerate(texts):
            if "(" in text:
                self._read_abbreviations(text, index)
            if "-owned " in text or "-listed " in text:  # the cheap test first
                # "the Canadian-owned Minera Cerro Pardo": a company, whatever its name.
                owned.update(m.group(1) for m in _OWNED_NAME.finditer(text))
            if ("known" in text and ("known as" in text or " as " in text)) or (
                (" calls " in text or " call " in text or "nicknamed" in text or "dubbed" in text)
                and ('"' in text or "“" in text or "‘" in text)
            ):  # the cheap tests first: few texts give another name
                self._read_aliases(text)
            # (A name's nickname the engine took out is read in the text as written.)
            named_so = nicknamed.get(index, text)
            if may_give_nickname(named_so):  # the cheap test first: few texts give nicknames
                self._read_nicknames(named_so)
            if " and " in text and _COUPLE_REST.search(text):  # the cheap test first
                self._read_couples(text)
            relatives = ", wh" in text
            # The cheap tests first: few texts write "…, Jr." or "al-Assad".
            generations = ", J" in text or ", S" in text or ", I" in text
            articles = "l-" in text
            # Whether a body's noun stands before a name anywhere here: few texts.
            body_nouns = _BODY_NOUN_THEN_CAPITAL.search(text) is not None
            # Where the opening dateline ends (after a plain text's headline, maybe): "SANTA
            # CRUZ, St Elizabeth:" names no one.
            dated = _DATELINE_PLACE.match(text) if index < 2 and text[:2].isupper() else None
            if dated is None and index < 2 and (" – " in text[:60] or " — " in text[:60]):
                dated = _DATELINE_DASH.match(text)  # "Jabal Hamra – Mahmoud al-Masri …"
            dateline_end = dated.end() if dated is not None else 0
            # Where an appositive calls the name before it a body: few texts have one.
            apposed = (
                {m.start(): fold(m.group(1)) for m in _BODY_APPOSITIVE.finditer(text)}
                if ", " in text
                else {}
            )
            # The names read since the last pronoun: (offset, the surname a pronoun
            # after it would vote for, or None).
            since: list[tuple[int, str | None]] = []
            # Where a run naming an office's portfolio began and ended ("Minister of Trade").
            office_start = office_end = -1
            titled_start = titled_end = -1  # the last run that ended in a title word
            for match in finditer(text):
                group = match.lastgroup
                if group != "name":
                    # A sentence-opening pronoun (no group) may look past the last name.
                    # "him" and "her" do not vote: as objects they usually mean someone
                    # other than the name just before ("Lee reached out to her").
                    if group is not None and since and match[0] not in {"him", "her"}:
                        pending = subject_before_pronoun(text, since, match.start())
                        if pending is not None:
                            votes = votes_of.setdefault(pending, [0, 0])
                            votes[0 if group == "he" else 1] += 1
                    since.clear()
                    continue
                raw = match[0]
                begin, end = match.span()  # read once: a match's start() is a Python call
                if (
                    "." in raw[2:5]
                    and raw[:4].rstrip(". ") in GIVEN_NAMES_SHORT
                    and not name_may_start_at(text, begin)
                ):
                    # "Fairhaven, Md. Kevin Ortiz": a state's letters end a sentence.
                    raw = raw.partition(" ")[2] or raw
                if generations and text.startswith(", ", end):
                    generation = GENERATION_AFTER_COMMA.match(text, end + 1)
                    if generation is not None:  # "Sammy Davis, Jr.": read as "Sammy Davis Jr."
                        raw = f"{raw} {generation.group(0).strip()}"
                if office_end >= 0:  # the cheap test first: few runs follow an office's
                    # (" and the Environment Grace Lim": a portfolio with its article.)
                    gap = begin - office_end
                    joined = gap == 5 or (gap == 9 and text.startswith(" and the ", office_end))
                    # (Not "The Minister of Health and Ama Owusu": a portfolio goes on, or a
                    # word of it before a name, "… and Territory Lucía Bermejo".)
                    joined = joined and (
                        bare_word(raw.split(None, 1)[0]) in PORTFOLIO_WORDS or raw.count(" ") > 1
                    )
                    if joined and text.startswith(" and ", office_end):
                        # "Minister of Trade and Industry Kang Min-jae": one run, read whole,
                        # so that no "Industry Kang Min-jae" is filed.
                        raw = text[office_start:end]
                    elif (
                        begin == office_end + 2
                        and text.startswith(", ", office_end)
                        and bare_word(raw) in PORTFOLIO_WORDS
                        and text.startswith((" and ", ", "), end)
                    ):
                        # "Secretary of State for Transport, Infrastructure and …": one more
                        # portfolio of the office's list, no one's name.
                        office_end = end
                        continue
                if begin == titled_end + 8 and text.startswith(_OFFICE_LINKS, titled_end):
                    raw = _holder_after_of_the(text[titled_start:end], raw)
                runs, titles, key, size, ends_in_title, office = read_run(raw)
                titled_start, titled_end = begin, end if ends_in_title else -1
                office_start, office_end = (begin, end) if office else (-1, -1)
                if relatives and runs and text.startswith(", wh", end):
                    # "Laura Ashley, which floated in 1995": a company, whatever its name.
                    relative = _RELATIVE_AFTER.match(text, end)
                    if relative is not None and not (
                        _CLAUSE_WHICH.match(text, relative.end()) and _given_first(runs[-1][0])
                    ):
                        (which if relative.group(1) == "which" else who).add(runs[-1][0])
                elif apposed and runs and end in apposed:
                    # "Austurorka, the regional utility, said": a body, whatever its name.
                    owned.add(runs[-1][0])
                    noun = apposed[end]
                    at = (index, begin)
                    # (Its name whole: "The Clean Sport Athletes' Alliance" files Alliance;
                    # none when the name began before a lower-case "of the": "Friends of
                    # the Earth" would be filed as Earth.)
                    whole = raw[4:] if raw.startswith("The ") else raw
                    if not text.endswith((" of the ", " of "), 0, begin):
                        self._apposed_bodies.setdefault(noun, []).append((at, whole))
                elif (
                    runs
                    and not titles  # "Chairman of the group, Chief Adewale Ogunbanjo,"
                    and text.endswith(", ", 0, begin)
                    and (body_noun := _BODY_NOUN_THEN_NAME.search(text, max(0, begin - 60), begin))
                ):
                    # "A rival group, Students for Free Speech, held …": "the group" now.
                    owned.add(runs[0][0])
                    at = (index, begin)
                    self._apposed_bodies.setdefault(body_noun.group(1), []).append((at, runs[0][0]))
                elif runs and " NGO " in raw and raw.endswith(runs[0][0]):
                    # "Environmental NGO Green Shores": a body, which "the NGO" means.
                    owned.add(runs[0][0])
                    at = (index, begin)
                    self._apposed_bodies.setdefault("ngo", []).append((at, runs[0][0]))
                elif body_nouns and runs and raw.startswith(runs[0][0]):
                    called = _body_noun_before(text, begin, begin + len(runs[0][0]))
                    if called is not None:
                        # "from the Uruguayan club Atlético Sereno.": a body, whatever its
                        # name; what "the club" or "the operator" may mean later.
                        if called in BODY_NOUNS:
                            owned.add(runs[0][0])
                        at = (index, begin)
                        self._apposed_bodies.setdefault(called, []).append((at, runs[0][0]))
                if raw not in seen:
                    seen.add(raw)
                    for run, folded, first in runs:
                        if (
                            first is not None
                            or titles
                            # (The cheap test first: a job's last letters right before it.)
                            or (
                                text[begin - 3 : begin - 1] in _JOB_TAILS
                                and _known_by_one_name(text, match)
                            )
                        ):
                            # Not a dateline in capitals ("PELICAN HEAD, Maine — …").
                            # Nor a name right after "the" ("the Waterschap Zeeuwse
                            # Delta"): a body's, as no person's name follows "the".
                            # One word is a person's name only with a title ("Bu
                            # Suparmi", an Indonesian "Mrs").
                            if (
                                len(people) < _PEOPLE_KEPT
                                and run == runs[-1][0]
                                and not run.isupper()
                                and begin >= dateline_end
                                # Nor a title in quotation marks: 'titled "Salt Memory"'.
                                and not text.endswith(OPENING_MARKS, 0, begin)
                                and (
                                    titles
                                    or len(runs) > 1
                                    # "At the Ballards Valley packing house": a place's
                                    # name, no person's, right after "the".
                                    or not (
                                        text.endswith("the ", 0, begin)
                                        or _after_the(raw, text, begin)
                                    )
                                )
                            ):
                                people.append((run, _lower_word_then_name(text, end)))
                                if _a_place(raw, text, begin):
                                    self.placed.add(run)
                            if first is not None:
                                by_first.setdefault(first, set()).add(run)
                        last = folded[-1]
                        known = by_last.get(last)
                        if known is None:  # not `setdefault`, which builds a dict every time
                            known = by_last[last] = {}
                        if run not in known:
                            known[run] = folded
                            # What `company_of` and `by_inner` need an index for at all.
                            if last in COMPANY_ENDINGS:
                                self._has_company = True
                            if len(folded) > 2:
                                self._has_inner = True
                        if articles and last.startswith(("al-", "el-")) and len(folded) > 1:
                            # "Bashar al-Assad": "Assad" alone is he, as "Lee" is Ann Lee.
                            bare_last = last[3:]
                            filed = (*folded[:-1], bare_last)
                            by_last.setdefault(bare_last, {}).setdefault(run, filed)
                        if len(folded) > 2 and ends_in_member_letters(run):
                            # "Ann Lee MP": "Lee" alone is Ann Lee, the letters aside.
                            bare = run.rsplit(None, 1)[0]
                            by_last.setdefault(folded[-2], {}).setdefault(bare, folded[:-1])
                        elif len(folded) > 1 and last in GENERATIONS:
                            self._file_junior(run, folded)
                    for title, name, _, _ in titles:
                        at = (index, begin)
                        for word in (title, _TITLES_IN_FULL.get(title)):
                            if word is not None:  # "Gov. Ann Lee" is "the governor", too
                                title_of.setdefault(word, name)
                                self._title_holders.setdefault(word, []).append((at, name))
                for _, name, surname, vote in titles:
                    titled.append(((index, begin), name, surname))
                    if vote >= 0:
                        # "Mrs Lee", "Sir Tom Hale": as good as two pronouns.
                        votes_of.setdefault(surname, [0, 0])[vote] += 2
                        self._title_votes.setdefault(surname, [0, 0])[vote] += 1
                # Whether the name is a known one is decided now, as later names add to
                # `by_last`; whether it is an object, only if a pronoun asks.
                named = key if key is not None and (size > 1 or key in by_last) else None
                since.append((begin, named))
        for index, text in enumerate(texts):
            self._file_relatives_given(index, text)
        self._classify_expansions()
        #: Names the article goes on about with "which" and never with "who", or calls
        #: a body in an appositive: bodies.
        self.bodies = (which - who) | owned
        #: Abbreviations looked up in the text without brackets: "FBI" -> "Federal …".
        self._initialisms: dict[str, str | None] = {}
        self._people_from: dict[str, str | None] = {}  # `person_from`'s answers
        self._fullest: dict[str, str] = {}
        self._titled_by: dict[str, str | None] = {}  # `titled`'s answers
        self._headed: dict[tuple[str, bool], str | None] = {}  # `headed_by`'s answers
        self._written: dict[str, str] = {}  # `as_written`'s answers, by name
        self._peers: dict[str, str | None] = {}
        self._offices: dict[str, bool] = {}
        self._titled: dict[str, str] = {}
        self._surnamed: dict[str, dict[str, list[str]]] = {}  # `few_surnamed`'s answers
        self._misspelt_tries = 0
        self._prefix_tries = 0
        self._spelled_tries = 0

    def _file_relatives_given(self, index: int, text: str) -> None:
        """A relative named by a given name only ("Teresa Kalinowski … with her brother,
        Adam"), filed under the family's surname when the article titles someone of the
        relative's sex by it ("Mr. Kalinowski"): "Adam Kalinowski", whom "Mr. Kalinowski"
        and "Adam" then mean, not his sister."""
        for match in _relatives_given(text):
            sex = KIN_SEX.get(match.group(2).lower())
            given = match.group(3)
            if sex is None or fold(given) in NOT_NAME or fold(given) in TITLES:
                continue
            # Whose relative: the person last named before, in this paragraph or the one
            # before (a title or a given name shows a person). The article must title
            # someone of the relative's sex by that surname ("Mr. Kalinowski" for a
            # brother), and the person must be of the other sex, so that the title tells
            # the two apart ("Mr Howard" is no "his son Nick").
            before = _NAME_RUN_BEFORE.findall(text, max(0, match.start() - 200), match.start())
            if index and match.start() < 200:
                before = _NAME_RUN_BEFORE.findall(self._texts[index - 1][-300:]) + before
            owner = next(
                (run for run in reversed(before) if person_like(run.split()) and _sex_shown(run)),
                "",
            )
            surname = owner.split()[-1] if owner else ""
            titled = self._title_votes.get(fold(surname), (0, 0))[sex == "she"]
            if not titled or _sex_shown(owner) == sex or _A_CHILD.match(text, match.end()):
                continue  # (nor "her son, David, 8": a child is no "Mr Adeyemi")
            folded = fold(surname)
            full = f"{given} {surname}"
            self._by_last.setdefault(folded, {}).setdefault(full, (fold(given), folded))
            self._by_first.setdefault(fold(given), set()).add(full)

    def text_after(self, index: int) -> str:
        """The paragraph after the one at `index` (paragraph number less one), or ""."""
        return self._texts[index + 1] if index + 1 < len(self._texts) else ""

    def titled_otherwise(self, qualifier: str, name: str) -> bool:
        """Whether the article gives `name` a title that another capitalised word
        qualifies ("Solicitor General Harriet Harman" for "the attorney general"; "French
        President Jacques Chirac" and "President Jacques Chirac" answer "the French
        president"). Asked only when a qualified office meets a bare title; each pair is
        read once."""
        office = look_up(self._titled, name, self._office_before, "")
        return bool(office) and office != fold(qualifier)  # "Solicitor General": another

    def _office_before(self, name: str) -> str:
        """The capitalised title word before the title word the article first gives
        `name` with ("solicitor" of "Solicitor General Harriet Harman"), or ""."""
        for text in self._texts:
            at = text.find(" " + name)
            while at >= 0:
                words = text[max(0, at - 60) : at].split()
                if words and bare_word(words[-1]) in _ADDRESS_AFTER_OFFICE:
                    words.pop()  # "Cabinet Secretary Dr Ann Otieno": the office before
                if len(words) >= 2 and words[-2][:1].isupper() and fold(words[-2]) in TITLES:
                    return fold(words[-2])
                at = text.find(" " + name, at + 1)
        return ""

    @functools.cached_property
    def role_of(self) -> dict[str, str]:
        """Roles in lower case before a name ("said economy minister Heizo Takenaka"), so
        that "the economy minister" can mean him; kept apart from capitalised titles,
        used only for a bare "the <role>", and read only when one is asked for."""
        found: dict[str, str] = {}
        holders = self._role_holders

        def file(role: str, name: str, at: tuple[int, int]) -> None:
            found.setdefault(role, name)
            holders.setdefault(role, []).append((at, name))

        for index, text in enumerate(self._texts):
            for match in _lower_titles_then_names(text):
                title, name = match.group(1), match.group(2)
                if POSSESSED.search(name):
                    continue
                before = text[max(0, match.start() - 40) : match.start()]
                words = [fold(w) for w in before.split()[-2:]]
                qualifier = words[-1] if words and before[-1:].isspace() else ""
                ex = before.lower().endswith("ex-") or any(w.startswith("ex-") for w in words)
                if ex or _ROLE_QUALIFIERS.intersection(words):
                    continue  # "shadow foreign secretary": not the foreign secretary
                keys = [title]
                if qualifier.isalpha() and qualifier not in DETERMINERS:
                    keys.append(f"{qualifier} {title}")
                name = untitled(name)  # "chief executive Dr Rosalind Tebbutt"
                for key in keys:
                    file(key, name, (index, match.start()))
            if "the " in text or "The " in text:  # the cheap test first
                # "the Speaker, Geoffrey Tamworth,": a title capitalised, then its holder.
                for match in _THE_TITLE_THEN_NAME.finditer(text):
                    # "The Health Minister, Ama Owusu,": "the health minister" and, after a
                    # portfolio, "the minister"; "The Deputy Mayor, …" is no mayor, "The
                    # First Minister, …" no other minister, "The Attorney General" no general.
                    qualifier, title, name = match.groups()
                    title = title.lower()
                    if title not in _LOWER_TITLES:
                        continue
                    at, name = (index, match.start()), untitled(name)
                    if qualifier is None:
                        file(title, name, at)
                        continue
                    file(f"{qualifier.lower()} {title}", name, at)
                    if bare_word(qualifier) in PORTFOLIO_WORDS and title not in _NOT_ALONE:
                        file(title, name, at)  # not "The Chief Minister, …", "The Head Teacher, …"
        return found

    @functools.cached_property
    def _kin_holders(self) -> dict[str, list[tuple[tuple[int, int], str]]]:
        """Who the article names as someone's relative, by the relative's word, in text
        order: "her daughter, Margaret Brantley-Osei" files her under "daughter". Read
        on the first "her daughter said"."""
        found: dict[str, list[tuple[tuple[int, int], str]]] = {}
        for index, text in enumerate(self._texts):
            for match in _KIN_THEN_NAME.finditer(text):
                words = clean_run(match.group(2).split())
                if words and not is_org(words):
                    name = _FINAL_STOP.sub("", " ".join(words))
                    found.setdefault(match.group(1), []).append(((index, match.start()), name))
            if ", h" in text or ", t" in text:  # the cheap test first
                for match in _NAME_THEN_KIN.finditer(text):
                    # "Klaus Sommer, her father, is 79": named first, then as the relative.
                    words = clean_run(match.group(1).split())
                    if len(words) > 1 and person_like(words):
                        at = (index, match.start())
                        found.setdefault(match.group(2), []).append((at, " ".join(words)))
            if " and h" in text or " with h" in text:  # the cheap test first
                for match in _NAME_AND_KIN.finditer(text):
                    # "Margaret Hale, 68, and her daughter Josie Hale": Josie's mother,
                    # and Margaret's daughter; not "moved to New York with her son".
                    lead = text[max(0, match.start() - 6) : match.start()].split()
                    if lead and lead[-1].lower() in _NOT_A_HOLDER:
                        continue
                    back = _KIN_BACK.get((match.group(2), match.group(3)))
                    holder, kin = self.fullest(match.group(1)), self.fullest(match.group(4))
                    if back is None or not person_like(holder.split()):
                        continue
                    at = (index, match.start())
                    found.setdefault(back, []).append((at, holder))
                    self._partners[at] = kin
                    forward = (index, match.start(3))
                    found.setdefault(match.group(3), []).append((forward, kin))
                    self._partners[forward] = holder
            if "’s " in text or "'s " in text:  # the cheap test first
                for match in _NAME_THEN_SPOUSE.finditer(text):
                    # "Ewa Nowak, Piotr's wife, …": whom Ewa Nowak's "her husband" means;
                    # "Owen Hale, Tricia's son, …": whom his "his mother" means.
                    owner = self.fullest(match.group(2))
                    owner = owner if " " in owner else self.by_first(owner) or owner
                    if match.group(3) in {"wife", "husband"}:
                        kins = ["husband" if match.group(3) == "wife" else "wife"]
                    else:
                        # (A parent whose sex the article leaves untold is either.)
                        sex = self.given_sex(owner) or self.settled_gender(owner)
                        kins = ["mother"] if sex == "she" else ["father"] if sex else _PARENTS
                    at = (index, match.start())
                    for kin in kins:
                        found.setdefault(kin, []).append((at, owner))
                    # (Without a title: "Sixth-grader Owen Hale" is Owen Hale.)
                    self._partners[at] = self.fullest(" ".join(strip_title(match[1].split())[0]))
            if "married " not in text:
                continue  # the cheap test first
            for match in _MARRIED.finditer(text):
                # "She married Alan McAllister": whom her "her husband" means from there.
                words = match.group(2).split()
                if not person_like(words) or text.startswith(("'", "’"), match.end()):
                    continue  # "married Tom Vance's brother"
                spouse = "husband" if match.group(1).lower() == "she" else "wife"
                at = (index, match.start())
                found.setdefault(spouse, []).append((at, " ".join(words)))
                # The one "he" or "she" is: the last person named before, if any.
                # The sentence's last few hundred characters: read at every "married".
                before = _NAME_RUN_BEFORE.findall(text, max(0, match.start() - 300), match.start())
                partner = next((r for r in reversed(before) if person_like(r.split())), None)
                if partner is not None:
                    self._partners[at] = self.fullest(partner)
        return found

    def kin_named(self, kin: str) -> Sequence[tuple[tuple[int, int], str]]:
        """Everyone named as someone's `kin`, where (text index, offset), in text order."""
        return self._kin_holders.get(kin, ())

    def kin_last(self, kin: str, before: tuple[int, int], owner: str | None = None) -> str | None:
        """The person last named as someone's `kin` ("daughter") before `before` (text
        index, offset), in full: whom "her daughter said" means. Not a relative named as
        someone else's than `owner`, whose "her" or "his" it is."""
        holders = self._kin_holders.get(kin, ())
        partners = self._partners
        if owner is not None and partners:
            # (An owner who is the spouse named is a misreading of "her": kept.)
            holders = [h for h in holders if partners.get(h[0], owner) == owner or h[1] == owner]
        named = _last_before(holders, before)
        return None if named is None else self.fullest(named)

    def role_last(self, role: str, before: tuple[int, int]) -> str | None:
        """The person last named with the lower-case role before `before` (text index,
        offset): "the coach" after "Comets coach Linda Feeney" and "Blizzard coach Pete
        Sorensen" is Pete Sorensen."""
        if not self.role_of:  # read once, on the first question; it files the holders too
            return None
        return _last_before(self._role_holders.get(role, ()), before)

    def apposed_last(self, noun: str, before: tuple[int, int]) -> tuple[int, str] | None:
        """The body an appositive last called `noun` before `before` (text index,
        offset), with its text index: "the group" after "The Clean Sport Athletes'
        Alliance, an athlete-led campaign group, welcomed the ban"."""
        held = self._apposed_bodies.get(noun, ())
        at = bisect.bisect_left(held, before, key=lambda holder: holder[0])
        return (held[at - 1][0][0], held[at - 1][1]) if at else None

    def any_apposed_last(self, before: tuple[int, int]) -> tuple[int, str] | None:
        """`apposed_last` for a word any body goes by: "the group" after "Save Carrow
        Humanities, a coalition of student groups"."""
        found: tuple[tuple[int, int], str] | None = None
        for held in self._apposed_bodies.values():
            at = bisect.bisect_left(held, before, key=lambda holder: holder[0])
            if at and (found is None or held[at - 1][0] > found[0]):
                found = held[at - 1]
        return (found[0][0], found[1]) if found is not None else None

    def titled_last(self, title: str, before: tuple[int, int]) -> str | None:
        """The person the article titled so last before `before` (text index, offset)."""
        return _last_before(self._title_holders.get(title, ()), before)

    def title_holders(self, title: str) -> Sequence[tuple[tuple[int, int], str]]:
        """Everyone the article titles so, with where: (text index, offset), name."""
        return self._title_holders.get(title, ())

    def titled_last_of(self, titles: Iterable[str], before: tuple[int, int]) -> str | None:
        """The person the article gave one of `titles` last before `before`: "the judge"
        after "Judge Miriam Colgan" and then "Mr Justice Conall Farrelly" is Farrelly."""
        holders = sorted(h for title in titles for h in self._title_holders.get(title, ()))
        return _last_before(holders, before)

    @functools.cached_property
    def press_officer(self) -> str | None:
        """The one person the article names as a public relations officer ("The Police
        Public Relations Officer in the state, SP Kehinde Oyelaran,"): whom "the police
        spokesman" and "the PPRO" mean."""
        found = {
            self.fullest(" ".join(words))
            for text in self._texts
            if "Relations Officer" in text
            for match in _PRESS_OFFICER_NAMED.finditer(text)
            for words in [strip_title(match.group(1).split())[0]]
            if len(words) > 1 and person_like(words)
        }
        return found.pop() if len(found) == 1 else None

    @functools.cached_property
    def defendant(self) -> str | None:
        """The one person the article says stands accused in court ("Deirdre Mulvany (57)
        … had pleaded guilty", "Tom Reyes, 34, was charged with"): whom "the accused" and
        "the defendant" mean. None where it names none, or more than one."""
        found = {
            self.fullest(" ".join(words))
            for text in self._texts
            if "plead" in text or "charged" in text or "convicted" in text or "guilty" in text
            for match in _STANDS_ACCUSED.finditer(text)
            for words in [clean_run(match.group(1).split())]
            if len(words) > 1 and person_like(words)
        }
        return found.pop() if len(found) == 1 else None

    @functools.cached_property
    def addressed(self) -> frozenset[str]:
        """One-word names of people the article gives no other name: with a form of
        address that goes with a person's only name ("Ibu Sumarni", "Pak Slamet"; not "Ms
        Lind" nor "Lord Browne": a surname, a peer's name), or with an age ("Tasha, 29,")."""
        titled = (
            name
            for title, held in self._title_holders.items()
            if title in _ONE_NAME_ADDRESS
            for _, name in held
            if " " not in name
        )
        # "Tasha, 29, who asked that her surname not be used, has lived …": a sentence
        # opening on one name and an age, of someone the article names no further.
        aged = (
            name
            for name in self._aged_alone
            if fold(name) not in NOT_NAME and not self._in_a_longer_name(name)
        )
        return frozenset((*titled, *aged))

    @functools.cached_property
    def _aged_alone(self) -> frozenset[str]:
        """The words a sentence opens on alone with an age: "Therese, 29, who …"."""
        found = set()
        for text in self._texts:
            for age in _AN_AGE.finditer(text):  # the age first: few texts give one
                start = text.rfind(" ", 0, age.start()) + 1
                word = text[start : age.start()]
                before = text[max(0, start - 3) : start]
                opens = not start or before.endswith(_SENTENCE_ENDS)
                if opens and _ONE_NAME.fullmatch(word):
                    found.add(word)
        return frozenset(found)

    def aged_alone(self, word: str) -> bool:
        """Whether a sentence opens on `word` alone and an age: "Therese, 29, who …"."""
        return word in self._aged_alone

    def _in_a_longer_name(self, word: str) -> bool:
        """Whether the article writes `word` as the first or last of a name of several
        words: "Therese, 29," may be MP Therese Holt, "Evans, 52," someone's surname."""
        folded = fold(word)
        last = any(len(run) > 1 for run in self._by_last.get(folded, {}).values())
        return last or any(" " in run for run in self._by_first.get(folded, ()))

    def titled_given(self, title: str, given: str) -> str | None:
        """The one person titled so whose given name this is: "Ato Girma" for "Ato Girma
        Bekele", though "Ato Tesfaye Girma" was titled so too."""
        return _only(
            {
                name
                for _, name in self._title_holders.get(title, ())
                if name.split()[0] == given and " " in name
            }
        )

    @functools.cached_property
    def _lettered_offices(self) -> dict[str, list[tuple[tuple[int, int], str]]]:
        """The letters an article gives an office written in lower case ("deputy
        commissioner (DC)"), to where each is given and to the person it is given to if
        named right before ("Md Rashedul Alam, deputy commissioner (DC) of …"), else the
        office."""
        found: dict[str, list[tuple[tuple[int, int], str]]] = {}
        for index, text in enumerate(self._texts):
            if " (" not in text or _LETTERS_IN_BRACKETS.search(text) is None:
                continue  # the cheap tests first: the pattern tries words at every position
            for match in LOWER_OFFICE_LETTERS.finditer(text):
                office = office_letters(match)
                if office is None:
                    continue
                before = text[max(0, match.start(1) - 80) : match.start(1)]
                holder = office_holder_before(before)
                given = self.fullest(holder) if holder else office
                found.setdefault(match.group(2), []).append(((index, match.start()), given))
        return found

    def lettered(self, letters: str, before: tuple[int, int]) -> str | None:
        """Whom "the DC" means before `before`: the last person given an office with
        those letters in brackets, or the office itself when no one was named with it."""
        given = self._lettered_offices.get(letters)
        return _last_before(given, before) if given else None

    def names_an_office(self, word: str) -> bool:
        """Whether the article writes `word` as an office with its place ("Bishop of"):
        the cheap test before `holder_of` reads the article."""
        return look_up(self._offices, word, self._find_office, False)

    def _find_office(self, word: str) -> bool:
        return any(f"{word} of " in text or f"{word} for " in text for text in self._texts)

    @functools.cached_property
    def holder_of(self) -> dict[str, str]:
        """Offices named with their place and the person beside them ("the Archbishop of
        Canterbury, Dr Rowan Williams", "Tom Wright, the Bishop of Durham"), so that "the
        Archbishop of Canterbury said" means him. Read only when one is asked for, at each
        " of " and " for " (an office is one or two capitalised words before it)."""
        found: dict[str, str] = {}
        for text in self._texts:
            for joint in (" of ", " for "):
                at = text.find(joint)
                while at >= 0:
                    one = text.rfind(" ", 0, at) + 1  # "Bishop of"
                    two = text.rfind(" ", 0, max(0, one - 1)) + 1  # "Home Secretary for"
                    held = _holder_at(text, two) if two < one else None
                    held = held or _holder_at(text, one)
                    if held is not None:
                        found.setdefault(*held)
                    at = text.find(joint, at + 1)
        return found

    @functools.cached_property
    def holders_by_title(self) -> dict[str, set[str]]:
        """The holders of `holder_of` by their office's first word ("bishop"), for "the
        Bishop said"."""
        found: dict[str, set[str]] = {}
        for office, name in self.holder_of.items():
            found.setdefault(office.split()[0], set()).add(name)
        return found

    @functools.cached_property
    def outlet_called(self) -> dict[str, str]:
        """Publications the article introduces with what they are ("US magazine Mobile PC",
        "The Observer newspaper"), so that "the magazine" or "the newspaper" can mean
        them; a noun that introduces two different names means neither. For a paper,
        a name a newspaper would have ("the Financial Times") serves when nothing is
        introduced so. Read only when asked for."""
        # Names after the noun first: "US magazine Mobile PC" says which magazine more
        # surely than "PC magazine editors" does.
        found: list[dict[str, set[str]]] = [{}, {}]
        noun_then_outlet, outlet_then_noun, newspaper_name = _outlet_patterns()
        papers: set[str] = set()
        for text in self._texts:
            for pattern, names in zip((noun_then_outlet, outlet_then_noun), found, strict=True):
                for match in pattern.finditer(text):
                    words = match.group("name").split()
                    if words[0] == "The" and len(words) > 1:
                        words = words[1:]
                    if POSSESSED.search(words[-1]):
                        words[-1] = unpossessed(words[-1])  # "magazine Rolling Stone's list"
                    if len(words) == 1 and (is_place_word(words[0]) or words[0] == "The"):
                        continue  # "US magazine", "The newspaper": what, not which
                    names.setdefault(fold(match.group("noun")), set()).add(" ".join(words))
            papers.update(m.group(1).removeprefix("The ") for m in newspaper_name.finditer(text))
        called: dict[str, str] = {}
        decided: set[str] = set()
        for names in found:
            for noun, distinct in names.items():
                if noun not in decided and len(distinct) == 1:
                    called[noun] = next(iter(distinct))
                decided.add(noun)
        # "Spanish daily ABC … the paper says": one newspaper the article introduces as
        # one, by any of the words for a newspaper, is what the others mean too.
        # ("Local newspaper the Bolton News": the noun then the name only; and not over a
        # paper the article names, "the Financial Times".)
        introduced = {name for noun in _PAPER_NOUNS for name in found[0].get(noun, ())}
        if len(introduced) == 1 and not papers:
            papers = introduced
        if len(papers) == 1:
            paper = papers.pop()
            for noun in _PAPER_NOUNS:
                called.setdefault(noun, paper)
        return called

    def person_from(self, place: str) -> str | None:
        """The one person the article names as of or from a place ("Gail Harlan of
        Flagstaff", "Mark Harlan, a Republican from Safford", "Sherrod Brown, D-Ohio"):
        whom "the Flagstaff Republican" means."""
        return look_up(self._people_from, place, self._find_person_from, None)

    def _find_person_from(self, place: str) -> str | None:
        if place not in self._joined:
            return None  # the cheap test first
        found = set()
        pattern = _from_place_pattern(re.escape(place))
        for text in self._texts:
            for match in pattern.finditer(text):
                run = match.group(1)
                words = strip_title(run.split())[0]
                if len(words) > 1 and person_like(words) and not is_org(words):
                    found.add(self.fullest(" ".join(words)))
        return _only(found)

    def peer_name(self, surname: str) -> str | None:
        """The name a peer or judge the article gives no first name goes by, title and
        territory included ("Lord Falconer", "Lady Hale", "Lord Faulkner of Worcester",
        "Mr Justice Ashworth")."""
        return look_up(self._peers, surname, self._find_peer_name, None)

    def _find_peer_name(self, surname: str) -> str | None:
        for text in self._texts:
            if surname not in text:
                continue  # most paragraphs: no title to look for
            for title in (*JUDGES_STYLES, *PEERAGE):  # "Lord Justice Hale" before "Lord"
                named = f"{title} {surname}"
                at = text.find(named)
                while at >= 0:
                    before = text[at - 1 : at] if at else ""
                    after = text[at + len(named) : at + len(named) + 2]
                    whole = not before.isalnum() and not after[:1].isalnum()
                    whole = whole and after[:1] not in "'’-"
                    if whole and not (after[:1] == " " and after[1:2].isupper()):
                        territory = _territory_pattern().match(text, at + len(named))
                        return named + (territory.group(0) if territory else "")
                    at = text.find(named, at + 1)
        return None

    def _initialism(self, short: str) -> str | None:
        """The capitalised words a bare abbreviation stands for, when the article spells
        them out anywhere ("the US Federal Bureau of Investigation" … "the FBI said")."""
        return look_up(self._initialisms, short, self._find_initialism, None)

    def _find_initialism(self, short: str) -> str | None:
        found = self._search(_initialism_pattern(short))
        if found is None:
            return None
        long_form = found.group(1)
        words = long_form.split()
        # "In The Village" for ITV opens a sentence; "Chief Executive Officer"
        # for CEO is a title, not a body (but "Health Service Executive" is one).
        # ("Health and Safety Executive", "Scottish Executive"; not "Group Chief Executive".)
        body = bare_word(words[-1]) == "executive" and "chief" not in map(bare_word, words)
        if bare_word(words[0]) in NOT_NAME or (is_title(words[-1]) and not body):
            return None
        if len(short) == 2 and not (is_org(words) or "&" in words):
            return None  # two letters are a body's ("GM", "FA"), not "MP" for "Mr Pellow"
        self.spelled_out.add(long_form)
        return long_form

    def _classify_expansions(self) -> None:
        """Long forms are bodies or events ("Consumer Electronics Show"), unless the
        article's pronouns make one a person ("Alexandria Ocasio-Cortez (AOC) … she")."""
        for full in self.expansions.values():
            words = full.split()
            person = person_like(words) and len(words) <= 3 and self.gender(full) is not None
            if not person:
                self.spelled_out.add(full)

    def _search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The first match of a pattern in the article's texts, in their order."""
        return next((m for t in self._texts if (m := pattern.search(t)) is not None), None)

    def by_first(self, first: str) -> str | None:
        """The one person the article names in full with this first name ("Sarah" ->
        "Sarah Gille"); None when there is none, or several."""
        return _only(self._by_first.get(fold(first), ()))

    def named_first(self, first: str) -> set[str]:
        """Every person the article names in full with this first word."""
        return self._by_first.get(fold(first), set())

    def company_of(self, word: str) -> str | None:
        """The one company the article names in full with `word` and then only a company's
        ending ("Daiwa" -> "Daiwa Securities", "Corvane" -> "Corvane Systems")."""
        if not self._has_company:
            return None  # the cheap test first: most articles name no such company
        return _only(self._companies.get(fold(word), ()))

    @functools.cached_property
    def _companies(self) -> dict[str, set[str]]:
        """`company_of`'s index, built on its first question."""
        return self._names_by(_company_keys)

    def _names_by(
        self, keys: Callable[[str, tuple[str, ...]], Iterable[str]]
    ) -> dict[str, set[str]]:
        """The names the article files, under each key `keys` gives a name (and its folded
        words): the look-ups a rule builds only when it is first asked."""
        index: dict[str, set[str]] = {}
        for runs in self._by_last.values():
            for run, words in runs.items():
                for key in keys(run, words):
                    index.setdefault(key, set()).add(run)
        return index

    def titled(self, surname: str, sex: str) -> str | None:
        """Of two or more people the article names in full with this surname, the one
        a "Mr" or "Ms" (`sex` the title's) means, when their genders tell them apart:
        "Ms Cole" is Fiona Cole, not her brother Brendan Cole."""
        runs = self._by_last.get(fold(surname), {})
        if len(runs) < 2:
            return None  # the cheap test first: one name, one person
        # Kept: every "Ms Lee" asks again, and thousands of Lees are each weighed.
        return look_up(self._titled_by, f"{fold(surname)} {sex}", self._find_titled, None)

    def _find_titled(self, key: str) -> str | None:
        surname, sex = key.split(" ")
        people = self.surnamed(surname)
        if len(people) < 2:
            return None
        sexes = {person: self.gender(person) for person in people}
        fits = [person for person, known in sexes.items() if known == sex]
        if len(fits) == 1:
            return fits[0]
        unknown = [person for person, known in sexes.items() if known is None]
        if not fits and len(people) == 2 and len(unknown) == 1:
            return unknown[0]  # the other is of the other sex
        return None

    def surnamed(self, surname: str) -> dict[str, list[str]]:
        """The people the article names in full with this (folded) surname, each with
        the ways it writes their names ("Dennis Rotich", "Dennis Omondi Rotich")."""
        people: dict[str, list[str]] = {}
        for run, words in self._by_last.get(surname, {}).items():
            if len(words) > 1 and not is_org(run.split()):
                people.setdefault(self.fullest(run), []).append(run)
        # "Ingrid Solberg" is "Ingrid Margit Solberg": one person, by the longer name
        # (each pair compared: only where a few share the surname).
        for short in sorted(people, key=len) if len(people) <= _MANY_SHARING else ():
            longer = next((p for p in people if p != short and _within(short, p)), None)
            if longer is not None:
                people[longer] += people.pop(short)
        return people

    def few_surnamed(self, surname: str) -> dict[str, list[str]]:
        """`surnamed`, kept, and empty when more than a few share the surname: order and
        titles tell two or three people apart, not thousands."""
        if len(self._by_last.get(surname, ())) > _MANY_SHARING:
            return {}
        found = self._surnamed.get(surname)
        if found is None:
            found = self._surnamed[surname] = self.surnamed(surname)
        return found

    def titles_of(self, person: str) -> frozenset[str]:
        """The titles the article gives this person with a name of two words or more
        ("Chief Emmanuel Nnaji"; not "Chief Nnaji", whom a surname may not tell apart)."""
        return self._titles_by_person.get(person, frozenset())

    @functools.cached_property
    def _titles_by_person(self) -> dict[str, frozenset[str]]:
        """`titles_of`'s index, built on its first question."""
        found: dict[str, set[str]] = {}
        for title, holders in self._title_holders.items():
            for _, name in holders:
                if " " in name:
                    found.setdefault(self.fullest(name), set()).add(title)
        return {person: frozenset(titles) for person, titles in found.items()}

    def someone_else(self, name: str, sex: str) -> bool:
        """Whether a "Mr"/"Ms" of `name`'s surname (`sex` the title's) means someone other
        than `name`: the article titles both a man and a woman with that surname, and its
        pronouns, the titles' votes aside, make `name` of the other sex ("Teresa
        Kalinowski … her brother" is not "Mr. Kalinowski")."""
        surname = fold(name.split()[-1])
        titled = self._title_votes.get(surname)
        if titled is None or not all(titled):
            return False
        he, she = (v - 2 * t for v, t in zip(self.gender_votes[surname], titled, strict=True))
        return she > he if sex == "he" else he > she

    def _first_surname(self, words: list[str]) -> bool:
        """Whether the article calls this person by the first of two surnames, as
        Spanish does: "Tapia said" for Rosa Elena Tapia Araya (her "Araya" may be
        another person's: Jorge Araya Vega)."""
        if len(words) < 3 or not words[-2][:1].isupper():
            return False
        # Used alone, and no one else's surname ("Huckabee" is Mike Huckabee's, not his
        # daughter Sarah Huckabee Sanders's).
        named = self._by_last.get(fold(words[-2]), {})
        return words[-2] in named and all(len(folded) < 2 for folded in named.values())

    def by_inner(self, word: str) -> str | None:
        """The one person the article names in full with `word` inside the name, neither
        first nor last: the given name of "Muhammad Irfan Rosli" ("said Irfan")."""
        if not self._has_inner:
            return None  # the cheap test first: no name of three words
        return _only(self._by_inner_word.get(fold(word), ()))

    @functools.cached_property
    def _by_inner_word(self) -> dict[str, set[str]]:
        """`by_inner`'s index, built on its first question."""
        return self._names_by(_inner_keys)

    def headed_by(self, word: str, by_link: bool = True) -> str | None:
        """The one name of two words or more the article ends with `word` (folded), else
        (if `by_link`) the one with `word` before its first "of", "for" or "on" ("the
        institute": the Skagvik Institute of Marine Research)."""
        key = (word, by_link)
        if key not in self._headed:  # kept: each "the institute said" asks again
            ending = [r for r, folded in self._by_last.get(word, {}).items() if len(folded) > 1]
            by_head = self._by_head.get(word, ()) if by_link and not ending else ()
            self._headed[key] = _only(ending or by_head)
        return self._headed[key]

    def extended_by_link(self, name: str) -> str | None:
        """The one longer name that goes on from `name` after a link word: "Citizens’
        Forum" for the Citizens’ Forum for Local Democracy."""
        folded = tuple(fold(w) for w in name.split())
        return _only(
            [
                run
                for run in self._by_head.get(folded[-1], ())
                if len(run.split()) > len(folded)
                and tuple(fold(w) for w in run.split()[: len(folded)]) == folded
            ]
        )

    @functools.cached_property
    def _by_head(self) -> dict[str, set[str]]:
        """`headed_by`'s index of names with a link word, built on its first question."""
        return self._names_by(_head_keys)

    def company_in(self, text: str) -> str | None:
        """The one name with a company's ending ("Hoshimura Electric Co.") in `text`, else
        the one body the article calls so otherwise ("Murmur, the London start-up whose
        app …", "Laura Ashley, which floated in 1995")."""
        if self._has_company:  # the cheap test first
            named = _only([name for name in self._company_names if name in text])
            if named is not None:
                return named
        return _only([name for name in self.bodies if _whole_word_in(name, text)])

    @functools.cached_property
    def _company_names(self) -> list[str]:
        """Every name with a company's ending, once each, gathered on `company_in`'s
        first question."""
        found = (
            run
            for runs in self._by_last.values()
            for run, words in runs.items()
            if _company_name(words)
        )
        return list(dict.fromkeys(found))

    def born_as(self, name: str) -> str | None:
        """Who had `name` at birth ("Born Eleanor Mae Hargrove, she …"): the one other
        person the article names in full with its first name ("Eleanor Brantley")."""
        return _only(self._by_first.get(fold(name.split()[0]), set()) - {name})

    def has_role(self, role: str) -> bool:
        """Whether `role_of` holds `role` ("economy minister"); the article is read for
        roles only when the role's last word is a title `role_of` can hold ("the
        company", "the spokesman": never)."""
        return role.rpartition(" ")[2] in _LOWER_TITLES and role in self.role_of

    def gender(self, name: str) -> str | None:
        """'he' or 'she' when the article's pronouns after this name agree."""
        return self._pronoun_gender(name)[0]

    def settled_gender(self, name: str) -> str | None:
        """`gender` where the article settles it: a title of one sex ("Madam Lee Siew
        Choo"), a relative's word, or its pronouns by two or more (one pronoun after a
        name is often someone else's: "Esther Rantzen said he was …")."""
        titled = {TITLE_GENDER[t] for t in self.titles_of(name) if t in TITLE_GENDER}
        if len(titled) == 1:
            return titled.pop()
        gender, settled = self._pronoun_gender(name)
        return gender if settled else None

    def _pronoun_gender(self, name: str) -> tuple[str | None, bool]:
        """`gender`, and whether a relative's word or two pronouns or more settle it."""
        words = name.split()
        if not words:
            return None, False
        if len(words) > 1 and is_org(words):
            return None, False  # "Corvane Resources", though a "he" followed "Corvane would …"
        surname = fold(words[-2]) if self._first_surname(words) else surname_of(words)
        votes = list(self.gender_votes.get(surname, (0, 0)))
        if len(words) > 1:
            if self.shared_surname(surname):
                votes = [0, 0]  # "Michael Jackson" and "His mother Katherine Jackson"
            # Pronouns after the first name alone ("Later, Sarah …, and she") count too.
            first = self.gender_votes.get(fold(words[0]), (0, 0))
            votes = [votes[0] + first[0], votes[1] + first[1]]
        if abs(votes[0] - votes[1]) <= 1:
            # No pronouns, or one against none: a relative's word before the name, where
            # there is one, tells more ("Her brother, Anders Varga, …, says she calls").
            kin = look_up(self._kin, name, self._find_kin, None)
            if kin is not None or votes[0] == votes[1]:
                return kin, kin is not None
        return ("he" if votes[0] > votes[1] else "she"), abs(votes[0] - votes[1]) > 1

    def given_sex(self, name: str) -> str | None:
        """'he' or 'she' by the first of a person's two or more names where it names one
        sex (`given_names`): a guess for a he or she the article never settles, never
        for "it" (George Wimpey, Laura Ashley and William Hill are companies)."""
        words = name.split()
        if len(words) < 2 or is_org(words):
            return None
        return _given_name_sex(fold(words[0]))

    @functools.cached_property
    def _joined(self) -> str:
        """The texts as one, a line apart: a name is found in it by one `str.find`
        pass, not one per paragraph."""
        return "\n".join(self._texts)

    def _find_kin(self, name: str) -> str | None:
        """For a name no pronoun tells of: the gender a relative's word before it gives
        ("her husband, Bram Hollister"), when the article's mentions agree."""
        found = set()
        text = self._joined
        at = text.find(name)
        while at >= 0:
            # Within the name's own paragraph: not "… my own mother.\nÞórhallur Einarsson".
            start = max(0, at - 40)
            kin = _KIN_BEFORE.search(text, max(start, text.rfind("\n", start, at) + 1), at)
            if kin is not None:
                found.add(KIN_SEX_INDEX[kin.group(1)])
            at = text.find(name, at + 1)
        return ("he", "she")[found.pop()] if len(found) == 1 else None

    def _club_of(self, first: str) -> str | None:
        """The one club named with this first word and a club's last word ("Southmoor
        City", "Ashby Rovers"), or None."""
        club = _only(self._clubs.get(first, ()))
        if club is not None and f"{club.split()[0]} Wednesday" in self._joined:
            return None  # "Sheffield Wednesday" (a weekday, filed as no name) and United
        return club

    @functools.cached_property
    def _clubs(self) -> dict[str, set[str]]:
        """Clubs' names of two words by their first word, read once an article."""
        found: dict[str, set[str]] = {}
        for ending in _CLUB_ENDINGS:
            for run, run_folded in self._by_last.get(ending, {}).items():
                if len(run_folded) == 2:
                    found.setdefault(run_folded[0], set()).add(run)
        return found

    def _body_named_on(self, folded: tuple[str, ...]) -> str | None:
        """The one body's name that opens with these words and goes on with "for", "of"
        or "on" ("Clean Air Alliance for Safer Streets" for "Clean Air Alliance"), or None."""
        size = len(folded)
        found = {
            run
            for run, run_folded in self._scoped_names
            if len(run_folded) > size + 1
            and run_folded[:size] == folded
            and run_folded[size] in _SCOPE_WORDS
            # (Not "the Law Society of Scotland": a body of its own beside the Law Society.)
            and run_folded[size + 1] not in PLACES
            and run_folded[size + 1] not in _PLACE_OPENING
        }
        named = _only(found)
        short = " ".join(named.split()[:size]) if named is not None else ""
        if named is not None and re.search(rf"\b{re.escape(short)}, (?:the|a|an) ", self._joined):
            return None  # "the Royal Institution, the science charity, …": a body of its own
        return named

    @functools.cached_property
    def _scoped_names(self) -> list[tuple[str, tuple[str, ...]]]:
        """The names with a "for", "of" or "on" in them, read once an article."""
        return [
            (run, run_folded)
            for runs in self._by_last.values()
            for run, run_folded in runs.items()
            if not _SCOPE_WORDS.isdisjoint(run_folded)
        ]

    @functools.cached_property
    def dead(self) -> frozenset[str]:
        """People the article says have died ("Arthur Pilling, who died in 1979", "the
        late Arthur Pilling"): no "Mr Pilling said" of today means them."""
        found = set()
        for text in self._texts:
            if "died" in text or "late " in text:  # the cheap test first
                for match in _DEAD.finditer(text):
                    found.add(self.fullest(match.group(1) or match.group(2)))
        return frozenset(found)

    def kin_of_a_namesake(self, name: str) -> bool:
        """Whether the article brings `name` in as a relative of someone by their surname
        ("Pellow's son Callum"): a bare "Pellow" then means the other one, as the article
        itself does, and the relative goes by the given name."""
        words = name.split()
        return len(words) > 1 and (fold(words[0]), fold(words[-1])) in self._kin_by_surname

    @functools.cached_property
    def _kin_by_surname(self) -> frozenset[tuple[str, str]]:
        """(given name, surname) of each relative "Pellow's son Callum" brings in."""
        found = set()
        # The article's subject, named first in its opening ("Kerry Ashdown … died on
        # March 2"): a relative named in full after ("his son, Daniel Ashdown") is kin too.
        subject = self.subject()
        family = fold(subject.split()[-1]) if subject else ""
        for text in self._texts:
            if "s " in text or "s, " in text:  # the cheap test first
                for match in _SURNAMES_KIN.finditer(text):
                    found.add((fold(match.group(3)), fold(match.group(1))))
            if family and ("his " in text or "her " in text):  # the cheap test first
                for match in _PRONOUNS_KIN.finditer(text):
                    named = (fold(match.group(1)), fold(match.group(2)))
                    if named[1] == family and fold(subject) != " ".join(named):
                        found.add(named)
        return frozenset(found)

    def subject(self) -> str | None:
        """The person the article's first paragraph names first, as the article names
        them fullest: whom an obituary or a profile is about."""
        if not self.people or not _whole_word_in(self.people[0][0], self._texts[0]):
            return None
        return self.fullest(self.people[0][0])

    def shared_surname(self, surname: str) -> bool:
        """Whether two people of the article have this surname: the pronouns after it
        then tell nothing of either."""
        runs = self._by_last.get(surname)
        first = self._by_first.get(surname)
        if (runs is None or len(runs) < 2) and first is None:
            return False  # the cheap test first: one name, one person
        if surname not in self._shared:  # `_by_last` is complete once the article is read
            givens = {r[0] for r in (runs or {}).values() if len(r) > 1}
            # "Chan Wing-yee" beside "Raymond Chan": a family name written first.
            givens.update(run for run in first or () if surname_first(run) is not None)
            self._shared[surname] = len(givens) > 1
        return self._shared[surname]

    def _read_abbreviations(self, text: str, index: int) -> None:
        """ "the United Nations Economic Commission for Europe (UNECE)": both name one body,
        when the capitals of the long form begin with those of the short one. An office's
        letters before a name title that person: "Chief Operating Officer (COO) Dana
        Reyes" is "the COO"."""
        for match in _ABBREVIATION.finditer(text):
            short = match.group(1)
            long_form: list[str] = []
            before = text[max(0, match.start() - 160) : match.start()].split()
            for at in range(len(before) - 1, -1, -1):
                word = before[at]
                on = word == "on" and at > 0 and bare_word(before[at - 1]) in BODIES_ON
                if len(long_form) == 10 or not (word[:1].isupper() or word in _SPELLED_LINKS or on):
                    break
                long_form.insert(0, word)
            while long_form and (
                bare_word(long_form[0]) in NOT_NAME or long_form[0] in _SPELLED_LINKS
            ):
                long_form = long_form[1:]
            letters = "".join(c for c in short if c.isupper())
            # The shortest run of words the capitals fit: "in London and Hong Kong, the
            # London Stock Exchange (LSE)" is the exchange, not the cities before it.
            for begin in range(len(long_form) - 2, -1, -1) if letters else ():
                run = long_form[begin:]
                capitals = "".join(p[0] for w in run for p in w.split("-") if p[:1].isupper())
                if _initials_of(letters, capitals):
                    self.expansions.setdefault(short, " ".join(run))
                    holder = _an_office(run) and _HOLDER_AFTER.match(text, match.end())
                    if holder:
                        title = fold(short)
                        name = unaddressed(holder.group(1))  # "(DM) Shri Anupam Shukla"
                        self.title_of.setdefault(title, name)
                        held = ((index, match.end()), name)
                        self._title_holders.setdefault(title, []).append(held)
                    break
            else:
                # "The General Workers' Federation (FGT)": letters of the name in another
                # language; a body's name of capitals alone right before them is still what
                # they stand for (not "the Customs Union (EU)", a place's letters).
                body = len(long_form) > 1 and bare_word(long_form[-1]) in ORG_WORDS
                named = all(w[:1].isupper() for w in long_form)
                place = short in COUNTRY_CODES or fold(short) in PLACES
                if body and named and short.isupper() and not place:
                    self.expansions.setdefault(short, " ".join(long_form))
        for match in _SPELLED_AFTER.finditer(text):
            # "the most watched IPO (Initial Public Offering)": the long form after.
            before = text[max(0, match.start() - 8) : match.start()].split()
            short, words = before[-1] if before else "", match.group(1).split()
            capitals = "".join(w[0] for w in words if w[:1].isupper())
            if capitals == short and short.isupper():
                self.expansions.setdefault(short, " ".join(words))

    def _read_aliases(self, text: str) -> None:
        """ "JK, also known as Jason King", "Jason King (known as JK)": the name with
        more words is the one to report, for either."""
        for match in _alias_pattern().finditer(text):
            # A sentence's full stop is no part of the name; an initial's is ("J.").
            one, other = (_FINAL_STOP.sub("", match.group(i)) for i in (1, 2))
            short, full = sorted((one, other), key=lambda n: len(n.split()))
            if len(full.split()) > len(short.split()) and not is_org(full.split()):
                self.aliases.setdefault(short, full)
        for pattern in (_NICKNAME_KNOWN, _NICKNAME_CALLED):
            for match in pattern.finditer(text):
                # 'Mr Onyango, popularly known as "Baba Kisima",', 'Kieran Lowther, whom
                # everyone calls "Moth"': the nickname is the alias, the name before it
                # the one to report; "Aunty Jo" is also "Jo", after her form of address.
                called = match.group(1).split()
                while len(called) > 1 and is_title(called[0]):
                    called = called[1:]
                if not is_org(called):
                    self.goes_by.setdefault(match.group(2), " ".join(called))
                    nickname = match.group(2).split()
                    if len(nickname) == 2 and is_title(nickname[0]):
                        self.goes_by.setdefault(nickname[1], " ".join(called))
        if ", as " not in text:
            return
        for match in _as_known_pattern().finditer(text):
            # "Doña Lupita, as Hernández Ríos is known": Lupita is she, by her name in full.
            called, name = match.group(1).split(), _FINAL_STOP.sub("", match.group(2))
            while len(called) > 1 and is_title(called[0]):
                called = called[1:]
            short = " ".join(called)
            if short != name and not is_org(name.split()):
                self.goes_by.setdefault(short, name)

    def _read_couples(self, text: str) -> None:
        """ "Samuel and Grace Okonkwo": two people, the first named in full with the
        surname they share, as "Samuel Okonkwo"."""
        for rest in _COUPLE_REST.finditer(text):
            found = rest.start()
            words = text[max(0, found - 40) : found].split()[-2:]
            if not words or not _GIVEN_NAME.fullmatch(words[-1]):
                continue
            if len(words) == 2 and is_cap(words[0]) and not words[0].endswith("."):
                continue  # a longer name run or a list: "X-Men, Daredevil and Fantastic Four"
            first, (other, surname) = words[-1], rest.groups()
            if bare_word(first) in NOT_NAME or is_org([first, other, surname]):
                continue
            if is_org([surname[:-1]]):
                continue  # nor "Citizens and Canal Banks": two banks
            self._add_person(f"{first} {surname}")

    def _add_person(self, full: str) -> None:
        """File a name in full that no single run of the text gives: by its surname and
        its first name, as the runs are filed."""
        folded = tuple(fold(w) for w in full.split())
        self._by_last.setdefault(folded[-1], {}).setdefault(full, folded)
        if len(folded) > 1 and folded[-1] in GENERATIONS:
            self._file_junior(full, folded)  # "Ramon 'Monching' Villareal Jr."
        self._has_inner = self._has_inner or len(folded) > 2
        self._by_first.setdefault(folded[0], set()).add(full)

    def _file_junior(self, name: str, folded: tuple[str, ...]) -> None:
        """ "Martin Luther King Jr": "King" alone is he too. Filed under the surname with
        words one shorter than the name's, its "Jr" kept."""
        self._by_last.setdefault(folded[-2], {}).setdefault(name, folded[:-1])

    def _read_nicknames(self, text: str) -> None:
        """'Marguerite "Peggy" Ashworth': the name in full without the nickname, which
        stands for it too."""
        for match in NICKNAME.finditer(text):
            if text[match.start() - 1 : match.start()] not in {" ", "\u00a0"}:
                continue  # not after a word and a space
            before = text[max(0, match.start() - 40) : match.start()].split()
            rest = _NICKNAMED_REST.match(text, match.end())
            if not before or not before[-1][:1].isupper() or rest is None:
                continue
            first = before[-1]
            two = len(before) > 1 and _GIVEN_NAME.fullmatch(before[-2]) is not None
            label = two and (nationality(before[-2]) or bare_word(before[-2]) in PARTY_LABELS)
            if (
                two
                and not label
                and not is_title(before[-2])
                and bare_word(before[-2]) not in NOT_NAME
                and not job_before_a_name([*before[-2:], *rest.group(0).split()])
            ):
                first = f"{before[-2]} {first}"  # 'Maria Teresa "Tessa" Buenaventura-Lim'
            nickname = match.group(1)
            full = f"{first} {_FINAL_STOP.sub('', rest.group(0))}"
            words = full.split()
            if is_org(words) or bare_word(before[-1]) in NOT_NAME:
                continue
            self._add_person(full)
            self.aliases.setdefault(nickname, full)

    def last_titled_as(self, sex: str, before: tuple[int, int]) -> str | None:
        """The last person a title gives `sex` ("Mrs", "U", "Daw") named before `before`
        (text index, offset), in its paragraph or the two before: whom "he" means after
        "Daw Nwe Ni runs the clinic with U Tun Aye" once she has spoken. Pronouns alone
        are no proof here: "his" after "New Labour" made a party a man."""
        vote = 0 if sex == "he" else 1
        named = self._titled_names
        at = bisect.bisect_left(named, before, key=lambda entry: entry[0])
        for (index, _), name, surname in reversed(named[max(0, at - 50) : at]):
            if index < before[0] - 2:
                break  # a few names back at most: asked at every such quote
            votes = self._title_votes.get(surname, (0, 0))
            if votes[vote] and not votes[1 - vote]:
                return self.fullest(name)
        return None

    def last_company_before(self, before: tuple[int, int]) -> str | None:
        """The last company the text names before `before` (text index, offset), in its
        paragraph or the one before: what "the company" means after "Corvara did not
        respond to questions", though Corvara never spoke. A company here opens a sentence
        (not "a drug made by OSI Pharmaceuticals", an aside) and has a company's ending
        or is a name the article goes on about with "which"."""
        index, offset = before
        text = self._texts[index][max(0, offset - _NAMES_REACH) : offset]
        if index > 0 and len(text) < _NAMES_REACH:
            text = f"{self._texts[index - 1][len(text) - _NAMES_REACH :]}\n{text}"
        found = None
        for match in _NAME_OR_PRONOUN.finditer(text):
            if match.lastgroup != "name":
                continue
            opens = _SENTENCE_OPENS.search(text, 0, match.start()) is not None
            # "Activist investor Greyfield Capital, which …": after its kind, it opens.
            opens = opens or _KIND_OPENS.search(text, 0, match.start()) is not None
            # "The feed mill, owned by Goldharvest Agri-Ventures Inc., denied …": the
            # subject's owner, set beside it.
            beside = _OWNER_BESIDE.search(text, max(0, match.start() - 24), match.start())
            # (Its appositive closed right after it: not "run by Acme Inc. until 2019".)
            opens = opens or (beside is not None and text.startswith(",", match.end()))
            # "lists supplied by a commercial data vendor, Tri-Point Analytics.": named as
            # what the sentence calls a company.
            apposed = _COMPANY_APPOSED.search(text, max(0, match.start() - 60), match.start())
            opens = opens or apposed is not None
            for run, _, _ in _read_run(match[0])[0]:
                full = self.fullest(run)
                full = self.company_of(run) or full if " " not in full else full
                words = full.split()
                ending = _company_name([fold(word) for word in words])
                # "Efforts to reach the Managing Director of Abrempong Construction Works
                # Ltd": whose office it is, though the sentence opens with something else.
                at = match.start() + max(0, match[0].find(run))
                office = ending and _OFFICE_IN.search(text, max(0, at - 24), at) is not None
                if (opens or office) and (ending or full in self.bodies):
                    found = full
        return found

    @functools.cached_property
    def _bu_a_surname(self) -> bool:
        """Whether "Bu" may be a surname ("Bu Jun … Bu said", "Bu Xiaolin"): unless the
        article addresses others in the Indonesian way too ("Pak Slamet") and never
        writes "Bu" alone."""
        joined = self._joined
        if _BU_ALONE.search(joined) is not None:
            return True
        return not any(
            bare_word(found.group(1)) not in ORG_WORDS  # not "Pak Army chief"
            for found in _INDONESIAN_ADDRESS.finditer(joined)
        )

    def as_written(self, name: str) -> str:
        """The name with the stop after its last word ("Jr.", "Co.") where the article
        writes one: names are filed without it, as a stop may end the sentence too; and
        without an Indonesian "Bu" before a one-word name ("Bu Suparmi": Suparmi, whose
        name it is; filed with it, as one word alone names no one for sure)."""
        if name.startswith(("Bu ", "Ibu ")) and name.count(" ") == 1 and not self._bu_a_surname:
            return name.partition(" ")[2]
        if not name.endswith(_STOPPED) or (name.endswith(" Co") and name.count(" ") < 2):
            return name  # the cheap test first: few names end so; "Zaldy Co" a surname
        # Kept, and only so many looked up: each reads the article.
        return look_up(self._written, name, self._find_written, name)

    def _find_written(self, name: str) -> str:
        # Its last two words: "Villareal Jr." also stands for Ramon "Monching" Villareal Jr.
        words = name.split()
        tail = " ".join(words[-2:])
        comma = f"{words[-2]}, {words[-1]}." if len(words) > 1 else tail  # "Davis, Jr."
        if words[-1] == "Ltd" and not _LTD_STOPPED.search(self._joined):
            return name
        return f"{name}." if f"{tail}." in self._joined or comma in self._joined else name

    def fullest(self, name: str) -> str:
        """The longest name in the article that ends with and contains `name`, or the one
        an abbreviation stands for (kept: an article asks for the same names again)."""
        found = self._fullest.get(name)
        if found is None:
            found = self._fullest[name] = self._find_fullest(name)
        return found

    def _find_fullest(self, name: str) -> str:
        if name.endswith(".") and bare_word(name.rpartition(" ")[2]) in GENERATIONS:
            name = name[:-1]  # "Trump Jr.": its stop is put back by `as_written`
        if name.endswith(("-ji", "-Ji")) and " " not in name and fold(name[:-3]) in self._by_last:
            # "Pandey-ji": the Hindi suffix of respect after the surname of someone named
            # in full (not "Min-ji", a given name).
            name = name[:-3]
        if name in self.expansions:
            expansion = self.expansions[name]
            widest = self.fullest(expansion) if expansion != name else expansion
            prefix = widest[: -len(expansion) - 1] if widest.endswith(f" {expansion}") else ""
            # "PT Halmahera Sentosa Nikel (HSN)": the letters leave out a company's form.
            legal_form = prefix.isupper() and prefix.isalpha() and len(prefix) <= 4
            return widest if legal_form else expansion
        if name in self.aliases:
            return self.aliases[name]
        if name in self.goes_by:
            # "Lupita, as Hernández Ríos is known": that name, too, in full. One step
            # only, whatever names the article gives for each other.
            found = self.goes_by[name]
            return found if found in self.goes_by else self.fullest(found)
        if self.aliases and " " in name:
            # 'Eduardo "Eddie Boy" Manalo' read as Eddie Boy Manalo; 'Ramon "Monching" Dela
            # Paz' as Monching Dela Paz.
            words = name.split()
            for cut in range(1, len(words)):
                nickname, rest = " ".join(words[:cut]), " ".join(words[cut:])
                if self.aliases.get(nickname, "").endswith(f" {rest}"):
                    return self.aliases[nickname]
        letters = abbreviation_letters(name)
        if letters is not None:
            long_form = self._initialism(letters)
            joined = long_form is not None and ("&" in long_form or " and " in long_form)
            if long_form is not None and ("&" not in name or joined):
                return long_form  # "M&S" is "Marks & Spencer", never "Mark Smith"
        words = name.split()
        if not words:
            return name
        if len(words) > 1 and words[-1][:1].isupper() and bare_word(words[-1]) in HONOURS:
            # "Siobhan Keogh SC", "Guy Mansfield QC": the name without its honour.
            return self.fullest(" ".join(words[:-1]))
        if len(words) > 1 and words[-1] in MEMBER_LETTERS:
            return self.fullest(" ".join(words[:-1]))  # "Mr Gruffydd MS": the member
        folded = tuple(map(fold, words))
        best = name
        best_len = len(words)
        size = len(folded)
        runs = self._by_last.get(folded[-1], {})
        if size > 1 and len(runs) > _MANY_SHARING:
            runs = self._ending_in(folded[-2:])
            if size > 2 and len(runs) > _MANY_SHARING:
                runs = self._ending_in(folded[-3:])  # thousands of "… Ann Lee" too
        junior = False  # whether `best` is filed without its "Jr"
        for run, run_folded in runs.items():
            # "Donald Trump" for "Trump", were "Donald Trump Jr" named first.
            wins = len(run_folded) > best_len or (junior and len(run_folded) == best_len)
            if not wins or run_folded[-size:] != folded:
                continue
            run_words = run.split()
            if junior and len(run_words) > len(run_folded):
                continue
            if is_org(run_words) and not is_org(words):
                continue
            if not _SPELLED_LINKS.isdisjoint(run_folded) and _SPELLED_LINKS.isdisjoint(folded):
                continue  # "Blume" is not "Sales of Blume", nor "England" "Bank of England"
            best, best_len = run, len(run_folded)
            junior = len(run_words) > best_len
        monsieur = size == 2 or (size == 3 and folded[1] in SPEAKER_PARTICLES)  # "M. Le Goff"
        if best == name and monsieur and words[0] == "M.":
            best = self._monsieur(folded[-1], size) or best
        if (
            best == name
            and size == 2
            and words[0] == "Don"
            and folded[1] not in TITLES
            and (f"him {name}" in self._joined or f"as {name}" in self._joined)
        ):
            # "Everyone calls him Don Eusebio": the Spanish form of address before the
            # given name of someone named in full ("Eusebio Huamán"), when the article
            # says he is called so; a name of its own otherwise ("Don King", "Kit man Don
            # Marcus" beside Marcus Tate).
            given = self.by_first(words[1])
            best = given if given is not None and given.count(" ") else best
        if best == name and len(words) > 1:
            best = self._spelled_in_full(folded) or best  # "Lib Dems": Liberal Democrats
        if (
            best == name
            and len(words) > 1
            and folded[0] in SPEAKER_PARTICLES
            and words[0][:1].isupper()
        ):
            best = self._particle_lowered(words) or best
        if (
            best == name
            and self._has_company
            and (len(words) > 2 or (len(words) == 2 and not one_sex_given_name(folded[0])))
        ):
            # "Silk Road Trade Invest": Silk Road Trade Invest LLC; "Boreal Crest": Boreal
            # Crest Minerals (not "Ralph Lauren" for Ralph Lauren Corp: a given name and a
            # surname may be the person the company is named after).
            best = _only(self._companies.get(" ".join(folded), ())) or best
        if best == name and len(words) == 1 and words[0][:1].isupper():
            # "Southmoor said" after "Southmoor City have sacked …": the one club whose
            # name the word opens.
            best = self._club_of(folded[0]) or best
        if best == name and len(words) > 1 and is_org(words):
            # "The Citizens’ Forum" after "the Citizens’ Forum for Local Democracy": the
            # one body whose name goes on past these words with what it is for or of.
            best = self._body_named_on(folded) or best
        if best == name and len(words) > 2 and folded[0] in PORTFOLIO_WORDS and not is_org(words):
            # (Not "State Inspectorate for Environmental and Technical Safety": a body.)
            # "Regional Connectivity Helen Marsh-Whitby", a clause's subject read past an
            # office's list: the name after the portfolio, as `Names` filed it.
            filed = {f: run for run, f in self._by_last.get(folded[-1], {}).items()}
            for cut in range(1, len(words) - 1):
                if folded[cut:] in filed and not is_org(words[cut:]):
                    return filed[folded[cut:]]
        sharing = self._by_first.get(folded[0], ())
        alone = len(sharing) == 1 and name in sharing  # the cheap test first: no other
        if best == name and len(words) > 1 and not alone and len(sharing) <= _MANY_SHARING:
            # "Siti Aishah", "Abdul Rahim": the given names that open one longer name (of
            # a few sharing the first: each is compared, and an article may have thousands).
            longer = [
                run
                for run in sharing
                if len(run.split()) > len(words)
                and tuple(map(fold, run.split()[: len(words)])) == folded
                and not any(w.isupper() or fold(w) in PLACES for w in run.split()[len(words) :])
            ]  # not "Paul Boateng MP", "Age Concern England"
            if len(longer) == 1 and self._prefix_tries < MOST_LOOK_UPS:  # each reads the text
                self._prefix_tries += 1
                # Not "Luis García, a striker," named before the poet Luis García Montero.
                short_at, long_at = self._joined.find(name), self._joined.find(longer[0])
                best = best if 0 <= short_at < long_at else longer[0]
        if (
            best != name
            and len(words) == 1
            and self._has_inner
            and self._first_surname(best.split())
        ):
            # "Araya said": not Rosa Elena Tapia Araya, called Tapia, but Jorge Araya Vega.
            best = self.by_inner(name) or best
        unknown = best == name and len(words) == 1 and len(name) >= 5 and name[:1].isupper()
        unknown = unknown and self.by_first(name) is None  # "Hamad": Hamad bin Sultan, not Hamid
        if unknown and self._misspelt_tries < MOST_LOOK_UPS:  # each reads the index
            self._misspelt_tries += 1
            return self._misspelt(folded[0]) or name
        if best.startswith("M. ") and best.count(" ") > 1:
            # "M. Gérard Lhuillier" where the article also writes "M. Lhuillier": "M." is
            # Monsieur, as no initial stands before a surname alone.
            *_, before, last = best.split()
            runs = self._by_last.get(fold(last), {})
            particle = fold(before) in SPEAKER_PARTICLES and best.count(" ") > 2
            if f"M. {last}" in runs or (particle and f"M. {before} {last}" in runs):
                return best[3:]  # (with a particle: "M. Le Goff")
        return best

    def _particle_lowered(self, words: list[str]) -> str | None:
        """ "Ten Brink" for "Ruud ten Brink": a surname's particle is capitalised where
        the surname stands alone, in lower case after a given name (a Dutch rule), and
        "ten" may be no name run's link at all (an everyday word)."""
        rest = " ".join(words[1:])
        pattern = rf"\b([{CAPITALS}][\w'’\-]+) {re.escape(words[0].lower())} {re.escape(rest)}\b"
        return _only({match.group(0) for match in re.finditer(pattern, self._joined)})

    def _monsieur(self, surname: str, size: int = 2) -> str | None:
        """ "M. Lhuillier": the one "M. Gérard Lhuillier" the article writes, whose "M."
        (Monsieur) `_find_fullest` then drops. Not the one Lhuillier named otherwise: "M."
        may be an initial, and a review found women and sons taken for Monsieur."""
        runs = self._by_last.get(surname, {})
        addressed = [run for run in runs if run.startswith("M. ") and run.count(" ") >= size]
        return addressed[0] if len(addressed) == 1 else None

    def _ending_in(self, last: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
        """The names ending in these two (or three) words, for a surname many names
        share: each of thousands of Lees looked up among all of them made an article
        quadratic. The surname's names are indexed by their last words once per length,
        in `_by_last`'s order."""
        key = f"{last[-1]} {len(last)}"
        index = self._by_last_two.get(key)
        if index is None:
            index = self._by_last_two[key] = {}
            for run, folded in self._by_last[last[-1]].items():
                if len(folded) >= len(last):
                    index.setdefault(folded[-len(last) :], {})[run] = folded
        return index.get(last, {})

    def _spelled_in_full(self, short: tuple[str, ...]) -> str | None:
        """The one name of as many words, each beginning with the short name's word and
        some longer ("Lib Dems" -> "Liberal Democrats"), that the article also uses."""
        if max(map(len, short), default=0) > 4 or self._spelled_tries >= MOST_LOOK_UPS:
            return None  # the cheap test first: shortened names are of short words
        self._spelled_tries += 1  # each compares the name with the others of its initials
        plural = short[-1].endswith("s")  # "Dems" for "Democrat(s)"
        stems = (*short[:-1], short[-1][:-1] if plural else short[-1])
        if not all(stems):
            return None
        found = {
            run
            for run, words in self._runs_by_initials.get("".join(s[0] for s in stems), ())
            if words != short and all(w.startswith(s) for w, s in zip(words, stems, strict=True))
        }
        if len(found) != 1:
            return None
        full = found.pop()
        return full + "s" if plural and not full.endswith("s") else full

    @functools.cached_property
    def _runs_by_initials(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        """The names by the first letters of their words ("ld" for "Liberal Democrats"):
        `_spelled_in_full` compares a short name with those alone, not with every name
        (which made an article of thousands of names quadratic)."""
        index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for runs in self._by_last.values():
            for run, words in runs.items():
                index.setdefault("".join(w[:1] for w in words), []).append((run, words))
        return index

    def _misspelt(self, surname: str) -> str | None:
        """The one full name whose surname the article spells one letter differently
        elsewhere ("Mr Montieth" for David Monteith, "Daveport" for Lindsay Davenport)."""
        size = len(surname)
        found = {
            run
            for last in self._surnames_by_initial.get(surname[:1], ())
            # The cheap test first: most surnames differ in length by more than a letter.
            if abs(len(last) - size) <= 1 and last != surname and _one_edit(last, surname)
            for run, run_folded in self._by_last[last].items()
            if len(run_folded) > 1 and not is_org(run.split())
        }
        return found.pop() if len(found) == 1 else None

    @functools.cached_property
    def _surnames_by_initial(self) -> dict[str, list[str]]:
        """The folded last words of the names, by first letter, which a misspelling the
        article makes keeps: `_misspelt` compares a surname with those alone."""
        index: dict[str, list[str]] = {}
        for last in self._by_last:
            index.setdefault(last[:1], []).append(last)
        return index


#: Honorifics: titles, but no role "the …" may stand for.
_NOT_LOWER_TITLES = word_set("mr mrs ms dr sir dame lord lady prof")


#: Words that make a role someone else's: the "shadow chancellor" is not "the chancellor".
_ROLE_QUALIFIERS = word_set(
    "shadow former deputy vice ex acting assistant junior opposition interim outgoing late"
)


#: How far back before a quote `last_titled_as` and `last_company_before` read.
_NAMES_REACH = 3000


#: Last words of names that carry a stop in most house styles (not "Jnr"), and "Ltd",
#: which carries one in North American styles only (`_LTD_STOPPED`).
_STOPPED = tuple(f" {word}" for word in ("Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "Bros"))


#: "Ltd." inside a sentence: its stop is the name's, not a sentence's end, as a British
#: "… to Acme Ltd." may be.
_LTD_STOPPED = lazy_compile(r"\bLtd\.(?:,|[ \u00a0]+[a-z])")


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one letter added, dropped, changed, or two swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(diffs) == 2 and diffs[1] == diffs[0] + 1
        return len(diffs) == 1 or (
            swapped and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    at = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[at:] == long[at + 1 :]


def _company_keys(run: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """A company's name under its first word, when it ends in a company's ending
    ("Daiwa Securities", "Corvara Health Partners"), and under the words before its
    ending ("Silk Road Trade Invest" for Silk Road Trade Invest LLC)."""
    if not _company_name(words):
        return ()
    stem = len(words) - 1
    while stem > 1 and words[stem - 1] in COMPANY_ENDINGS:
        stem -= 1
    return (words[0], " ".join(words[:stem])) if stem > 1 else words[:1]


def _head_keys(run: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """A name under the word before its first link ("Institute of Marine Research")."""
    link = next((i for i, w in enumerate(words[1:-1], 1) if w in _HEAD_LINKS), 0)
    return (words[link - 1],) if link else ()


_HEAD_LINKS = frozenset({"of", "for", "on"})


def _within(short: str, long: str) -> bool:
    """Whether a name is a longer one less middle names: the same first and last word,
    its other words in the same order ("Ingrid Solberg" in "Ingrid Margit Solberg")."""
    few, many = [fold(w) for w in short.split()], [fold(w) for w in long.split()]
    if len(few) >= len(many) or few[0] != many[0] or few[-1] != many[-1]:
        return False
    rest = iter(many[1:-1])
    return all(word in rest for word in few[1:-1])


def _company_name(words: Sequence[str]) -> bool:
    """Whether a name's folded words end in a company's ending ("Daiwa Securities")."""
    return len(words) > 1 and words[-1] in COMPANY_ENDINGS


def _inner_keys(run: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name of three words or more under each word inside it."""
    return words[1:-1] if len(words) > 2 and not is_org(run.split()) else ()


def _only(found: Collection[str]) -> str | None:
    """The one name an index gives, or None for none or several."""
    return next(iter(found)) if len(found) == 1 else None


def abbreviation_letters(word: str) -> str | None:
    """The capitals an abbreviation stands for: "FBI", "GM", "M&S" (MS: "Marks & Spencer"),
    "DrKW" (DKW: "Dresdner Kleinwort Wasserstein"); None for any other word."""
    if not (2 <= len(word) <= 6 and word.isascii()) or word[1:].islower():
        return None  # the cheap tests first, uncached: most words asked about are names
    return _abbreviation_letters(word)


@functools.lru_cache(maxsize=1024)
def _abbreviation_letters(word: str) -> str | None:
    """`abbreviation_letters` for a short word with capitals after its first letter."""
    if word.isalpha() and word.isupper():
        return word
    capitals = "".join(c for c in word if c.isupper())
    if "&" in word and word.replace("&", "").isupper() and word.replace("&", "").isalpha():
        return capitals if len(capitals) >= 2 else None
    if word.isalpha() and word[0].isupper() and len(capitals) >= 3:
        return capitals
    return None


@functools.lru_cache(maxsize=1024)
def _initialism_pattern(short: str) -> re.Pattern[str]:
    """Capitalised words with these initials, "of", "for", "and", "the" between them
    ("FBI": "Federal Bureau of Investigation"), whole words only (a match can start
    only where a word does, so a long hyphenated run is read once); compiled once per
    abbreviation."""
    links = "|".join(sorted(_SPELLED_LINKS))
    link = r"[ \u00a0]+(?:(?:" + links + r")[ \u00a0]+){0,2}"
    words = link.join(letter + "[a-z]*" for letter in short)
    # The first capital, then the look-behind that it starts a word: the matcher jumps
    # to each such capital rather than trying the look-behind at every character.
    # (No class holds "’": a class with a character past Latin-1 and more than two runs
    # costs half a millisecond to compile, and an article may ask of dozens of letters.)
    start = short[0] + r"(?<![\w'\-]" + short[0] + ")(?<!’" + short[0] + ")"
    return lazy_compile("(" + start + words[1:] + r")(?:['’]s)?(?![\w'\-])(?!’)")


_PAPER_NOUNS = word_set("newspaper paper daily tabloid broadsheet")


_OUTLET_NAME = (
    rf"(?:The[ \u00a0]+)?[{CAPITALS}][\w&'’\-]*(?:[ \u00a0]+[{CAPITALS}][\w&'’\-]*){{0,3}}"
)


#: Not "paper": "A4 paper", "a White Paper" are no newspapers.
_OUTLET_NOUN = "|".join(sorted(OUTLET_NOUNS - {"paper"}))


@functools.cache
def _outlet_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compiled when an article first says "the magazine" or "the paper", not at start-up
    (a millisecond or two that most articles never need): "magazine Mobile PC" and "daily
    Marca" (the noun first), "Broadcast magazine" and "The Observer newspaper" (the name
    first, nothing named after), and names only a newspaper has ("the Financial Times",
    "Daily Mail"; not "Royal Mail" or "American Express")."""
    noun_then_outlet = lazy_compile(
        rf"(?<![\w'’\-])(?P<noun>{_OUTLET_NOUN})[ \u00a0]+(?P<name>{_OUTLET_NAME})"
    )
    outlet_then_noun = lazy_compile(
        rf"(?<![\w'’\-])(?P<name>{_OUTLET_NAME})[ \u00a0]+(?P<noun>{_OUTLET_NOUN})\b"
        rf"(?![ \u00a0]+[{CAPITALS}])"
    )
    newspaper_name = lazy_compile(
        rf"((?:(?:The|[{CAPITALS}][\w&'’\-]*)[ \u00a0]+){{1,3}}"
        r"(?:Times|Telegraph|Guardian|Observer|Independent|Mirror|Herald|Journal|Gazette"
        r"|Tribune|Chronicle|Examiner|Inquirer|Courier|Scotsman|News)"
        r"|(?:The|Daily|Sunday|Evening|Morning)(?:[ \u00a0]+[A-Z][\w'’\-]*)?[ \u00a0]+"
        r"(?:Post|Mail|Express|Standard|Star|Sun|Record))\b"
    )
    return noun_then_outlet, outlet_then_noun, newspaper_name


@functools.cache
def _territory_pattern() -> re.Pattern[str]:
    """A peer's territorial designation: " of Worcester", " of Birkenhead". Compiled when
    a peer is first looked up, not at start-up."""
    return lazy_compile(rf" of [{CAPITALS}][\w'’\-]+(?: [{CAPITALS}][\w'’\-]+)?")


@functools.cache
def _office_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An office with its place ("Archbishop of Canterbury", "Minister for Europe"): the
    office, then the person holding it ("Archbishop of Canterbury, Dr Rowan Williams,");
    the office alone, after its holder ("Dr Tom Wright, the Bishop of Durham,"); and that
    holder's name, read back. Compiled when offices are first asked for."""
    office = (
        rf"[{CAPITALS}][a-z]+(?: [{CAPITALS}][a-z]+)? (?:of|for)(?: the)?"
        rf" [{CAPITALS}][\w'’\-]*(?: [{CAPITALS}][\w'’\-]*)?"
    )
    holder = rf"(?:[{CAPITALS}][\w.'’\-]* ){{1,4}}[{CAPITALS}][\w'’\-]+"
    return (
        lazy_compile(rf"(?P<office>{office}), (?:the )?(?P<name>{holder})(?=[,.;:)])"),
        lazy_compile(rf"{office}(?=[,.;:)])"),
        lazy_compile(rf"({holder}), the $"),
    )


def _holder_at(text: str, start: int) -> tuple[str, str] | None:
    """(the office, its holder) when an office starting at `start` is named with one."""
    if not text[start : start + 1].isupper() or not is_title(text[start : text.find(" ", start)]):
        return None
    office_then_holder, office_alone, holder_before = _office_patterns()
    ahead = office_then_holder.match(text, start)
    if ahead is not None:
        office, name = ahead.group("office"), ahead.group("name")
    else:
        alone = office_alone.match(text, start)
        back = holder_before.search(text, max(0, start - 80), start) if alone else None
        if alone is None or back is None:
            return None
        office, name = alone.group(0), back.group(1)
    words = strip_title(name.split())[0]
    if len(words) < 2 or not person_like(words):
        return None
    return fold(office), " ".join(words)


_LOWER_THEN_NAME = lazy_compile(
    r"(?<![\w'’\-])([a-z][a-z\-]+)"
    # "head coach, Graham Tilsley," too, when the name ends the apposition.
    rf"(?:[ \u00a0]+|,[ \u00a0]+(?={LOWER_NAME}[,.;)]))({LOWER_NAME})\b"
)


#: "the Speaker, Geoffrey Tamworth,", "the President-General, Chief Ade Coker,": a
#: capitalised title and its holder in apposition (not after "its": "its Chairman, …" is
#: one body's, and a later "the chairman" may be another's).
_THE_TITLE_THEN_NAME = lazy_compile(
    r"\b[Tt]he (?:([A-Z][a-z]+) )?([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?),[ \u00a0]+"
    rf"({LOWER_NAME})(?=[,.;)])"
)


#: "Bu" not before a capitalised word: a surname ("Bu said").
_BU_ALONE = lazy_compile(r"\bBu\b(?![ \u00a0][A-Z])")


#: Other Indonesian forms of address before a name: "Pak Slamet", "Ibu Sri".
_INDONESIAN_ADDRESS = lazy_compile(r"\b(?:Pak|Ibu|Bapak)[ \u00a0]([A-Z][\w\-]*)")


#: Titles an office of two words ends in that never stand alone for it: "Attorney General".
_NOT_ALONE = word_set("general")


#: The lower-case titles `role_of` reads: those `_LOWER_THEN_NAME` can match as its word.
_LOWER_TITLES = frozenset(
    t for t in TITLES - _NOT_LOWER_TITLES if re.fullmatch(r"[a-z][a-z\-]+", t) is not None
)


#: The words `_LOWER_THEN_NAME` can start at: runs of lower-case letters and hyphens,
#: listed faster in ASCII text by making every other character a space.
_LOWER_WORD = lazy_compile(r"[a-z\-]+")


_NOT_IN_A_LOWER_WORD = str.maketrans(
    {c: " " for c in map(chr, range(128)) if not ("a" <= c <= "z" or c == "-")}
)


def _lower_titles_then_names(text: str) -> list[re.Match[str]]:
    """The matches of `_LOWER_THEN_NAME` whose word is a lower-case title, in text order.

    Tried only where the text's own title words stand (found by `str.find`), not at
    every word as `finditer` would: most texts hold few titles. The same matches
    `finditer` gives: a match's name holds no lower-case word but a particle ("von"),
    never a title, so no match can hide a title's match by lying over its start.
    """
    found: list[re.Match[str]] = []
    if text.isascii():
        words = text.translate(_NOT_IN_A_LOWER_WORD).split()
    else:
        words = _LOWER_WORD.findall(text)
    for title in _LOWER_TITLES.intersection(words):
        at = text.find(title)
        while at >= 0:
            match = _LOWER_THEN_NAME.match(text, at)
            if match is not None and match.group(1) == title:
                found.append(match)
            at = text.find(title, at + 1)
    found.sort(key=lambda match: match.start())
    return found


#: An abbreviation in brackets after the name it shortens: "Scottish Football
#: Association (SFA)", "Bradford & Bingley (B&B)"; the name is read backwards from it.
_ABBREVIATION = lazy_compile(r"\(([A-Z][A-Za-z&]{1,9})\)")


#: An abbreviation, then its long form in brackets: "IPO (Initial Public Offering)".
_SPELLED_AFTER = lazy_compile(
    r"\((?<=[A-Z][ \u00a0]\()((?:[A-Z][a-z]+[ \u00a0]+(?:(?:of|for|and|the)[ \u00a0]+)?){1,5}"
    r"[A-Z][a-z]+)\)"
)


#: The small words a spelled-out name may hold between its initials' words.
_SPELLED_LINKS = frozenset({"of", "for", "and", "the", "&"})


def _initials_of(letters: str, capitals: str) -> bool:
    """Whether an abbreviation's capitals are, in order, capitals of the long form."""
    if letters[0] != capitals[:1]:
        return False
    found = iter(capitals)
    return all(letter in found for letter in letters)


#: A personal pronoun (checked first, so "He" is not a name) or a capitalised name run,
#: told apart by `lastgroup` ("he", "she", None for a capitalised pronoun, "name").
#: It is, span for span and group name for group name, the plain
#:     \b(?:(?P<he>he|his|him|himself)|(?P<she>she|her|herself)
#:     |He|His|Him|Himself|She|Her|Herself)\b|(?P<name>[CAPITALS]<_NAME_RUN_REST>)
#: with the first character matched before the alternatives, which read it back with
#: look-behinds: a pattern opening on a character set lets the matcher skip, at C speed,
#: every position that can start neither (most of the text), where a leading look-ahead
#: runs the matcher at every position. The groups are empty markers: only the group's
#: name and the whole match are read.
_NAME_OR_PRONOUN = lazy_compile(
    rf"[hs{CAPITALS}]"
    r"(?:(?<=\b[hsHS])(?:"  # a whole word
    r"(?<=h)(?:e|is|im(?:self)?)\b(?P<he>)"
    r"|(?:(?<=s)he|(?<=h)er(?:self)?)\b(?P<she>)"
    r"|(?:(?<=H)(?:e|is|im(?:self)?|er(?:self)?)|(?<=S)he)\b)"
    # Not the "ātua" of "kaumātua": the class holds the small letters of Latin Extended
    # too, which go on a word; a capital inside one may start a name ("uMthombo").
    rf"|(?<=[{CAPITALS}])(?<![a-z\u00df-\u00ff][\u0100-\u024f]){_NAME_RUN_REST}(?P<name>))"
)


#: The same as a pattern's alternatives, longest first ("granddaughter" before "daughter").
_KIN_WORDS = "|".join(sorted(KIN_SEX_INDEX, key=len, reverse=True))


@functools.lru_cache(maxsize=64)
def _from_place_pattern(place: str) -> re.Pattern[str]:
    """A name, then that it is of or from a place, or a party's tag with it."""
    name = rf"([{CAPITALS}][\w'’.\-]*(?:[ \u00a0][{CAPITALS}][\w'’.\-]*){{1,4}})"
    return re.compile(
        rf"{name}(?:,[ \u00a0]\d{{1,3}},)?(?:[ \u00a0](?:of|from)[ \u00a0]"
        rf"|,[ \u00a0](?:an?|the)[ \u00a0][^,.;]{{0,40}}?[ \u00a0]from[ \u00a0]"
        rf"|,?[ \u00a0]\(?[RDI]-){place}\b"
    )


#: Last words of a football club's name, which its first word alone may stand for.
_CLUB_ENDINGS = word_set("""
    city united town rovers athletic wanderers albion county rangers wednesday villa forest
    palace argyle orient thistle hotspur fc
    """)


#: First words of places' names of two words or more: "Northern Ireland", "New South Wales".
_PLACE_OPENING = word_set("north south east west northern southern eastern western new greater")


#: Words after which a body's name says what it is for or of: "… Forum for Local Democracy".
_SCOPE_WORDS = frozenset({"for", "of", "on"})


#: Forms of address an office's title may stand before: "Foreign Secretary Dr Liam Fox".
_ADDRESS_AFTER_OFFICE = word_set("dr prof mr mrs ms sir dame")


#: Someone dead: "the late Arthur Pilling", "Arthur Pilling, who died in 1979,".
_DEAD = lazy_compile(
    rf"\b[Tt]he late ([{CAPITALS}][\w'’\-]+(?: [{CAPITALS}][\w'’\-]+){{1,3}})"
    rf"|([{CAPITALS}][\w'’\-]+(?: [{CAPITALS}][\w'’\-]+){{1,3}}), who died\b"
)


#: A surname's possessive, a relative's word, then a given name: "Pellow's son Callum".
_SURNAMES_KIN = lazy_compile(
    rf"\b([{CAPITALS}][\w\-]+)['’]s,? (?:\w+ )?({_KIN_WORDS}),? "
    rf"([{CAPITALS}][\w'’\-]+)\b(?! [{CAPITALS}])"
)


#: "his son, Daniel Ashdown": a pronoun's relative, then their given name and surname.
_PRONOUNS_KIN = lazy_compile(
    rf"\b(?:[Hh]is|[Hh]er) (?:\w+ )?(?:{_KIN_WORDS}),? ([{CAPITALS}][\w'’\-]+) "
    rf"([{CAPITALS}][\w'’\-]+)\b(?! [{CAPITALS}])"
)


#: A relative's word, then the name the article gives them: "her daughter, Margaret
#: Brantley-Osei", "his son Tom".
_KIN_THEN_NAME = lazy_compile(
    rf"\b({_KIN_WORDS}),? ([{CAPITALS}][\w'’\-]*(?: [{CAPITALS}][\w'’.\-]*){{0,3}})"
)


def _whole_word_in(name: str, text: str) -> bool:
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        at = text.find(name, at + 1)
    return False


#: A capitalised word as the name patterns below read it (no full stop, no apostrophe).
_CAPITALISED = rf"[{CAPITALS}][\w\-]*"


#: An appositive that calls the name before it a body: ", the regional utility,".
_BODY_APPOSITIVE = lazy_compile(
    # (Not ", a lawyer representing the bank,": a person, the body another noun's.)
    r", (?:the|an?) (?:(?!(?:of|for|at|with|in|from|to|on|by|the|an?|its|his|her|their) )"
    r"[A-Za-z][\w\-]* ){0,3}"
    r"(utility|company|firm|charity|operator|"
    r"carrier|retailer|lender|insurer|broadcaster|publisher|regulator|watchdog|manufacturer|"
    r"carmaker|startup|start-up|conglomerate|chain|supplier|provider|developer|agency|"
    r"ministry|union|association|federation|group|organisation|organization|cooperative|"
    r"co-operative|coalition|alliance|NGO|fund|bank|brokerage|consultancy|airline|nonprofit|"
    r"non-profit|foundation)(?=[,.;]| (?:which|that|whose|based|owned|of|formed)\b)"
)


#: Where a sentence opens, up to a name: the text's start, or a full stop and a space.
_SENTENCE_OPENS = lazy_compile(r"(?:^|[.!?][\"”’]?\s+)\Z")
#: A sentence's opening words that say what kind of body the name after them is.
_KIND_OPENS = lazy_compile(
    r"(?:^|[.!?][\"”’]?\s+)[A-Z][a-z\-]+"
    r"(?: (?!(?:at|of|in|for|from|with|by|on|to|and|or|such|as|like|including)\b)[a-z\-]+){1,2} \Z"
)  # (not "Analysts at Keel Securities": a preposition's object, no kind)


#: A person's name right after an office's letters in brackets.
_HOLDER_AFTER = lazy_compile(rf"[ \u00a0]+({_CAPITALISED}(?:[ \u00a0]+{_CAPITALISED}){{1,3}})")


#: Nouns for what a body does that a person may do too: "ferry operator Hebridean Sound
#: Ferries", but "crane operator Jan Nowak".
_BODY_ROLES = frozenset(
    "operator carrier broadcaster regulator watchdog manufacturer supplier provider developer "
    "publisher distributor".split()
)


def _by_first_letter(words: Iterable[str]) -> str:
    """An alternation of `words` grouped by first letter ("c(?:hain|lub|ompany)|…"): the
    matcher then tries one branch a letter at each position, not one a word."""
    return "|".join(
        f"{first}(?:{'|'.join(word[1:] for word in group)})"
        for first, group in itertools.groupby(sorted(words), key=lambda word: word[:1])
    )


_BODY_NOUN_THEN_CAPITAL = lazy_compile(
    f" (?:{_by_first_letter(BODY_NOUNS | _BODY_ROLES)}),? [{CAPITALS}]"
)


#: What may follow a body's name that ends its phrase: "the club Atlético Sereno." or
#: "… Sereno in 2019"; not "the firm Ann Lee founded".
_PHRASE_ENDS = lazy_compile(r"[,.;:)]|$| (?:in|of|and|for|from|to|on|at|which|that)\b")


def _body_noun_before(text: str, start: int, end: int) -> str | None:
    """The body's noun the name at `start:end` stands right after ("the Uruguayan club
    Atlético Sereno.", "ferry operator Hebridean Sound Ferries"), when the name ends the
    phrase there: a body's noun makes it a body whatever its name; a role's
    (`_BODY_ROLES`), one whose name opens with no given name."""
    if text[start - 1 : start] != " ":
        return None
    noun = text[max(0, start - 16) : start - 1].rpartition(" ")[2]
    if noun.endswith(","):
        # "An insider at the club, Ashcombe Rovers, claimed": the appositive closes (not
        # "In a statement from the company, Ann Lee said").
        found = noun[:-1] in BODY_NOUNS and text[end : end + 1] == ","
        return noun[:-1] if found else None
    if noun not in BODY_NOUNS and noun not in _BODY_ROLES:
        return None
    if noun in _BODY_ROLES and one_sex_given_name(fold(text[start:end].split()[0])):
        return None
    return noun if _PHRASE_ENDS.match(text, end) is not None else None


#: A company's name after who owns it or where it is listed: "Canadian-owned Minera Cerro
#: Pardo", "Nasdaq-listed Orvane".
_OWNED_NAME = lazy_compile(rf"\w-(?:owned|listed) ({_CAPITALISED}(?: {_CAPITALISED}){{0,4}})")


#: A name, then whose wife or husband they are: "Ewa Nowak, Piotr’s wife,".
_NAME_THEN_SPOUSE = lazy_compile(
    rf"({_CAPITALISED}(?: {_CAPITALISED}){{0,3}}), "
    rf"({_CAPITALISED}(?: {_CAPITALISED})?)['’]s (wife|husband|son|daughter)\b"
)


#: A public relations officer, then the holder's name in an appositive: "Public Relations
#: Officer in Ogun State, SP Olumide Fashola,".
_PRESS_OFFICER_NAMED = lazy_compile(
    r"Public Relations Officer(?: (?:in|of|for) [^,]{1,40})?, "
    rf"({_CAPITALISED}(?: {_CAPITALISED}){{1,4}}),"
)


#: A person, maybe an age, then a plea or a charge: "Deirdre Mulvany (57), of Church View,
#: had pleaded guilty", "Tom Reyes, 34, was charged with".
_STANDS_ACCUSED = lazy_compile(
    rf"({_CAPITALISED}(?: {_CAPITALISED}){{1,3}})(?: \(\d{{1,3}}\)|, \d{{1,3}})?"
    r"(?:,[^.;()]{1,80}?,)? (?:had |has |have )?(?:previously |earlier )?"
    r"(?:pleaded|pled|admitted|was (?:charged|convicted|found guilty)|is charged|denies|denied)\b"
)


#: A name, then the relative's word in an appositive: "Klaus Sommer, her father,".
_NAME_THEN_KIN = lazy_compile(
    rf"({_CAPITALISED}(?: {_CAPITALISED}){{1,3}}), (?:his|her|their) ({_KIN_WORDS})[,.]"
)


#: Someone, then their relative: "Margaret Hale, 68, and her daughter Josie Hale".
_NAME_AND_KIN = lazy_compile(
    rf"({_CAPITALISED}(?: {_CAPITALISED}){{1,3}})(?:, \d{{1,3}},)? (?:and|with) "
    rf"(his|her) (daughter|son|wife|husband) ({_CAPITALISED}(?: {_CAPITALISED}){{0,3}})"
)


#: Words before a name that make it no one whose relative follows: a place ("moved to New
#: York with her son"), or one of several ("came with Tom Reed and her son").
_NOT_A_HOLDER = word_set("to in at from with near of and for by")


#: The words for a parent.
_PARENTS = ["mother", "father"]


#: What the first is to the relative, by owner and relative: her daughter's mother.
_KIN_BACK = {
    ("her", "daughter"): "mother",
    ("her", "son"): "mother",
    ("his", "daughter"): "father",
    ("his", "son"): "father",
    ("her", "husband"): "wife",
    ("his", "wife"): "husband",
}


#: A marriage told with a pronoun: "She married Alan McAllister" (the name's words only:
#: "married Tom Vance. They …" ends at the full stop).
_MARRIED = lazy_compile(
    rf"\b([Ss]he|[Hh]e) (?:later |then )?married "
    rf"({_CAPITALISED}(?: {_CAPITALISED}){{1,3}})"
)


#: Capitalised runs of two words or more, read back for the person a "she married" means.
_NAME_RUN_BEFORE = lazy_compile(rf"{_CAPITALISED}(?: {_CAPITALISED})+")


def _sex_shown(name: str) -> str | None:
    """The sex a name's title or given name shows ("Mr Penhallow", "Teresa Kalinowski")."""
    first = fold(name.split()[0]) if name else ""
    return TITLE_GENDER.get(first) or _given_name_sex(first)


def _given_name_sex(first: str) -> str | None:
    """The sex a given name (folded) names in nearly every use (`given_names`), if any."""
    return "he" if first in MEN else "she" if first in WOMEN else None


#: A relative of the person just named, by a given name alone: "her brother, Adam",
#: "His widow, Margaret," (no surname after it).
#: The relatives `_RELATIVE_GIVEN` reads ("widow" opens "widower" too).
_RELATIVES = (
    "brother",
    "sister",
    "wife",
    "husband",
    "widow",
    "son",
    "daughter",
    "mother",
    "father",
)


_RELATIVE_GIVEN = lazy_compile(
    r"\b([Hh]is|[Hh]er) ("
    + "|".join(sorted((*_RELATIVES, "widower"), key=len, reverse=True))
    + rf"),? ([{CAPITALS}][^\W\d_]+)\b(?![ \u00a0][{CAPITALS}]|['’\-])"
)


def _relatives_given(text: str) -> Iterator[re.Match[str]]:
    """`_RELATIVE_GIVEN`'s matches, tried only where "his " or "her " stands: found by
    `str.find`, as the pattern, opening on an alternation, is tried at every position."""
    for owner in (" his ", " her ", "His ", "Her "):  # (not "other ", "whether ")
        at = text.find(owner)
        while at >= 0:
            if text.startswith(_RELATIVES, at + len(owner)):
                found = _RELATIVE_GIVEN.match(text, at + (owner[0] == " "))
                if found is not None:
                    yield found
            at = text.find(owner, at + len(owner))


#: An age under 18 after a name: ", 8", ", 16,".
_A_CHILD = lazy_compile(r",[ \u00a0](?:1[0-7]|[1-9])\b")


#: A relative's word right before a name, or before its first words ("husband, Bram "
#: before "Hollister").
_KIN_BEFORE = lazy_compile(rf"\b({_KIN_WORDS}),? (?:[{CAPITALS}][\w'’.\-]* ){{0,2}}$")


def _titled_apart(words: list[str]) -> list[list[str]]:
    """A run cut before each "and" that a title follows: "Mrs Ann Lee and Mr Tom Hale"
    gives each name its own title, and so its own gender."""
    cuts = [
        i for i in range(1, len(words) - 1) if words[i] in {"and", "&"} and is_title(words[i + 1])
    ]
    if not cuts:
        return [words]  # the cheap test first: most runs hold one name
    bounds = [-1, *cuts, len(words)]
    return [words[a + 1 : b] for a, b in itertools.pairwise(bounds)]


_RunReading = tuple[
    tuple[tuple[str, tuple[str, ...], str | None], ...],
    tuple[tuple[str, str, str, int], ...],
    str | None,
    int,
    bool,
    bool,
]


@functools.lru_cache(maxsize=65536)
def _read_run(raw: str) -> _RunReading:
    """What one capitalised run tells `Names`, cached: articles repeat their names.

    Sized like `fold`'s cache: the 2,225 BBC articles hold ~26,000 distinct runs, and
    a smaller LRU cache read over such a library in order would miss on every run.

    The names in it (with their folded words and, for a person, folded first name), its
    (title, name, folded surname, gender vote) tuples ("Foreign Secretary Jack Straw";
    vote 0 he, 1 she, -1 none), the surname a following pronoun would vote for with
    the name's length in words, whether the run ends in a title word ("… of the Ministry
    of Defence, Secretary"), and whether it names an office with its portfolio
    ("Minister of Trade"): all read from the run alone, so once per distinct run.
    """
    parts = _split_sentences(raw.split())
    runs: list[str] = []
    titles: list[tuple[str, str, str, int]] = []
    for part in parts:
        _add_run(runs, part)
        for words in _titled_apart(part):
            if len(words) < 2:
                continue
            name_words, title = strip_title(words)
            # "MP for Birkenhead": what follows the title is a place, not a name.
            if (
                title
                and name_words
                and name_words[0][:1].isupper()
                and not is_org(name_words)
                and not all(map(is_title, name_words))  # "Chief Executive Officer"
            ):
                name = " ".join(name_words)
                name = re.sub(r"['’]s?$|\.$", "", name)  # "Mayor Lee’s plan", "… Lee."
                sex = TITLE_GENDER.get(title)
                vote = -1 if sex is None else 0 if sex == "he" else 1
                titles.append((title, name, surname_of(name.split()), vote))
                at = next((i for i, w in enumerate(words) if bare_word(w) == title), 0)
                if at and title in _ADDRESS_AFTER_OFFICE and is_title(words[at - 1]):
                    # "Health Cabinet Secretary Dr Ann Otieno": her office is the title
                    # before the form of address, which "the Cabinet Secretary" means.
                    title = bare_word(words[at - 1])
                    titles.append((title, name, surname_of(name.split()), -1))
                    at -= 1
                if at and is_title(words[at - 1]):
                    # "Chief Justice Harold Ashworth": "the chief justice", not any justice.
                    office = f"{bare_word(words[at - 1])} {title}"
                    titles.append((office, name, surname_of(name.split()), -1))
                if at and nationality(words[at - 1]):
                    # "French President Jacques Chirac": "the French president" is he, even
                    # when the article names another president first.
                    qualified = f"{bare_word(words[at - 1])} {title}"
                    titles.append((qualified, name, surname_of(name.split()), -1))
                if at > 1 and title == "officer" and fold(words[at - 2]) == "chief":
                    # "Chief Financial Officer Elena Cole": "the CFO" too.
                    letters = f"c{fold(words[at - 1])[:1]}o"
                    titles.append((letters, name, surname_of(name.split()), -1))
    named = tuple(
        (run, tuple(fold(w) for w in words), fold(words[0]) if person else None)
        for run in runs
        for words in [run.split()]
        if len(words) <= 6
        for person in [len(words) > 1 and not is_org(words)]
    )
    words = clean_run([w.rstrip("'’s") if w.endswith(("'s", "’s")) else w for w in raw.split()])
    words, _ = strip_title(words) if len(words) > 1 else (words, None)
    key = surname_of(words) if words and person_like(words) else None
    last_word = raw.rpartition(" ")[2]
    an_office = (
        (" of " in raw or " for " in raw)
        and bare_word(last_word) in PORTFOLIO_WORDS
        and names_an_office(raw)
    )
    return named, tuple(titles), key, len(words), is_title(last_word), an_office
