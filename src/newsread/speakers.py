"""Speaker names: finding the noun phrase at a cue, stripping titles, fullest names.

Kept apart from quote scanning so the naming rules (what counts as a title, an
appositive, a pronoun) can be read and tested on their own. Everything here is
word-list and regex based: no NLP model, linear time.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from newsread.cues import CUE_SET
from newsread.dates import MONTH_NAMES, MONTHS, WEEKDAYS
from newsread.lookups import MOST_LOOK_UPS, look_up
from newsread.titlecase import ARTICLES
from newsread.wordlists import (
    CAPITALS,
    DEMONYMS,
    HONOURS,
    IRREGULAR_PAST,
    PARTICLES,
    PLACES,
    word_set,
)

#: Words that precede a name as a rank or office; dropped from speaker names.
TITLES = word_set("""
    president vice prime minister secretary governor senator sen rep representative mayor
    chancellor general gen lt lieutenant col colonel major maj captain capt sgt sergeant
    commander admiral marshal dr doctor prof professor mr mrs ms miss mx sir lord lady dame
    baroness baron viscount viscountess
    king queen prince princess pope judge justice chief executive ceo cfo coo director
    chairman chairwoman chair chairperson spokesman spokeswoman spokesperson coach manager
    officer commissioner inspector detective sheriff attorney deputy speaker leader
    ambassador bishop archbishop rev reverend father sheikh emir shadow retired former
    defense defence foreign interior finance health justice economy home state
    congressman congresswoman councillor councilor councilman councilwoman alderman assemblyman
    assemblywoman chancellor premier minister-president head superintendent principal
    analyst economist founder co-founder editor editor-in-chief mp mep mla mpp msp mna mha
    mlc cm pm cj
    headteacher headmaster headmistress dean provost rabbi imam cardinal nurse
    agent dj singer actor actress star teenager striker midfielder defender goalkeeper
    keeper winger boss skipper veteran rapper comedian presenter broadcaster novelist
    producer designer entrepreneur businessman businesswoman tycoon billionaire
    millionaire supermodel guitarist drummer pianist musician composer playwright poet
    photographer journalist columnist commentator pundit barrister solicitor campaigner
    activist chef golfer cyclist sprinter athlete boxer jockey batsman bowler lawyer
    adviser advisor aide counsel farmer cllr coun pastor deacon selectman selectwoman collector
    opener batter spinner paceman seamer wicketkeeper all-rounder flanker gov constable
    parent resident shopper student teacher volunteer neighbour neighbor grandmother
    grandfather homeowner retiree graduate md whip elder supt insp garda alhaji alhaja
    legislator lawmaker
    engr madam mdm taoiseach tánaiste tanaiste td councilmember mama mheshimiwa hon mzee
    engineer clerk treasurer auditor auditor-general comptroller assessor coroner registrar
    secretary-general director-general attorney-general solicitor-general governor-general
    inspector-general surgeon-general president-general accountant-general registrar-general
    honourable thiru thirumathi tmt selvi shri smt kumari
    partner investor researcher scientist historian
    datuk dato datin encik puan tunku tengku dci dsi dcs dcp acp ssp dsp asp csp
    trustee author attorney-at-law mna mpa mlc
    prosecutor cr
    fr h.e postmistress postmaster organiser organizer gogo ibu bapak pak revd
    magistrate togbe mme mlle cde comrade parliamentarian kaumatua whaea
    brig brigadier u daw ratu adi roko ato afioga tofa susuga
    sister sr ndugu ranking member mk
    monsignor msgr mgr malam mallam herr frau
    khun ayatollah hojatoleslam doña dona matua mha w/ro w/rt woizero woizerit
    agronomist ornithologist biologist ecologist geologist zoologist botanist climatologist
    epidemiologist virologist psychologist sociologist anthropologist archaeologist
    ombud ombudsman ombudswoman ombudsperson regent model mum dad
    meteorologist seismologist hydrologist entomologist physicist astronomer statistician
    mathematician cardiologist neurologist oncologist psychiatrist nutritionist dietitian
    horticulturist conservationist environmentalist lobbyist dentist surgeon physician
    paramedic midwife veterinarian grazier rancher winemaker beekeeper plumber electrician
    architect lecturer curator librarian archivist accountant
    pal
    haji hajji hajia hajiya begum nana cpl corporal reader
    """)


def _nationality(word: str) -> bool:
    """A listed nationality ("Russian", "British", "Chinese"): not a name like "Julian"."""
    return bare_word(word) in DEMONYMS


#: Common English words that open or fill the names of organisations, events and places,
#: and no person's given name: a party or nationality before them is part of that name
#: ("Green Bay Packers", "Chinese New Year", "British Music Rights").
_COMMON_WORDS = word_set("""
    new old bay power national united royal general international first american british
    city state north south east west central great grand big red blue green black white
    golden global world mutual capital energy air sea river lake park street music rights
    airways gas telecom petroleum steel film academy medical broadcasting oil motors
    football rugby cricket tennis golf industry industries insurance year day party
    """)
#: Countries and unions written like organisations ("US"), never a person or a company.
COUNTRY_CODES = frozenset({"US", "UK", "EU", "UN", "USA", "UAE"})
#: Party labels written before a name.
_PARTY_LABELS = word_set(
    "tory tories conservative conservatives labour democrat democrats republican republicans "
    "liberal liberals socialist green greens lib dem dems"
)
#: Title words that are also common first names.
GIVEN_NAME_TITLES = word_set(
    "dean earl duke prince major mama adi u roko ato ndugu mk w/ro w/rt woizero woizerit pal "
    "nana reader cj"
)
#: Forms of address written before a person's only name: "Ibu Sumarni", "Khun Noi". (Not
#: "Bu", also a Chinese surname: "Bu Jun, an analyst".)
_ONE_NAME_ADDRESS = word_set("ibu pak bapak khun")
#: Forms of address that open a name and are no title inside one: "Ato Yohannes Worku",
#: but "Cassiel Ato Forson" (and "Sita Kumari Mahato", whose Kumari is a middle name).
OPENING_ONLY = word_set(
    "u daw ratu adi roko ato afioga tofa susuga ndugu w/ro w/rt woizero woizerit kumari"
)
#: What follows a surname to tell a son from his father: "Martin Luther King Jr.".
GENERATIONS = word_set("jr sr jnr snr")
#: Pronouns a cue can name; resolved to the most recent fitting speaker.
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})

#: Organisation words that end a company's name, which articles often leave off:
#: "Daiwa Securities" is "Daiwa" after its first mention.
_COMPANY_ENDINGS = word_set("""
    systems technologies industries laboratories labs pharmaceuticals therapeutics
    enterprises ventures securities investments insurance holdings group inc ltd llc plc
    corp corporation co company motors airlines airways pictures productions software
    semiconductor semiconductors resources minerals mining metals electronics logistics
    partners foods pharma entertainment
    gmbh ag kgaa nv bv oy oyj spa srl sarl ltda pty bhd berhad tbk kk llp zrt kft nyrt
    """)
#: Of those, the ones that make a company only as its last word: elsewhere in a run they
#: are initials or particles ("KK Shailaja", "NV Ramana", "Mohamed Ag Najem"), or may be
#: a surname ("Ashley Foods").
_ENDINGS_ONLY = word_set("co plc ag nv bv kk foods pharma entertainment")

#: Words that end a person's name run and make it an organisation or place instead (in
#: running text; bylines have their own list, `names.BYLINE_ORG_WORDS`).
ORG_WORDS = (
    word_set("""
    institute university council committee ministry department agency bank association
    union times news press post corp corporation inc ltd llc group foundation commission
    court office police service services club company board fund authority organization
    organisation center centre church school college hospital museum army navy force forces
    street road stadium park city county state states republic kingdom journal review
    party house parliament senate congress cup league nation nations government assembly
    network channel airlines airways motors media studios records institution society
    tribunal bureau administration prosecution council command festival market
    democrats republicans conservatives tories liberals socialists nationalists unionists
    dems magazine newspaper radio television independent guardian observer telegraph herald
    gazette tribune chronicle inquirer examiner courier chamber commerce confederation
    federation trust alliance coalition consortium sport opposition holdings panel
    directorate inspectorate secretariat municipality prefecture conservancy cooperative
    co-operative collective initiative movement forum
    """)
    | _COMPANY_ENDINGS - _ENDINGS_ONLY
)


#: Capitalised words that open sentences or clauses and are never part of a name.
_NOT_NAME = WEEKDAYS | word_set("""
    the a an and but or so if when while as after before because although though however
    meanwhile still yet then also this that these those there here it its he she they we i
    his her their our my you your in on at for from with by of to into over under about
    what who whom whose which where why how not no yes some many most all both each every
    another
    despite since until unless whether like once even just only last next first one
    today yesterday tomorrow
    according asked speaking writing later earlier separately instead indeed finally
    moreover furthermore previously recently currently ultimately overall nonetheless
    nevertheless otherwise additionally now story watch read click photo video
    privately publicly officially unofficially initially originally personally frankly
    honestly clearly notably similarly importantly interestingly crucially curiously
    ironically tellingly typically traditionally historically reportedly apparently
    allegedly specifically generally
    """)

#: Name particles as speakers are read: the listed ones and the Catalan "i" ("Montserrat
#: Vidal i Ferrer"), which citations' name splitting does not take.
_PARTICLES = PARTICLES | {"i"}
#: Words that may join the capitalised words of a name or an organisation's name.
_CONNECTORS = _PARTICLES | {"of", "for", "the", "and", "y", "&", "ole", "arap"}
#: Bodies named for what they sit on: "Panel on Climate Change", "Committee on Standards".
_BODIES_ON = word_set("panel committee commission council conference court tribunal taskforce")

_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "one",
        "another",
        "some",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
    }
)

#: Words an appositive starts with ("X, a military analyst at …, said").
_APPOSITIVE_START = frozenset(
    {
        "a",
        "an",
        "the",
        "who",
        "which",
        "whose",
        "its",
        "his",
        "her",
        "their",
        "one",
        "head",
        "chief",
        "now",
        "then",
        "also",
        "herself",
        "himself",
        "both",
        "each",
        "aged",
        "author",
        "president",
        "director",
        "chairman",
        "ceo",
        "founder",
        "leader",
        "spokesman",
        "spokeswoman",
        "professor",
        "senior",
        "former",
        "executive",
    }
)

#: Words that may stand between a subject and its cue verb ("Putin also told").
_SKIP_BEFORE_CUE = WEEKDAYS | word_set("""
    also later then has have had would will could should may might did does do once again
    was were is are be been being quoted as meanwhile however previously recently
    repeatedly earlier further simply just only still now today yesterday
    tonight on in at last this week month year morning afternoon evening night
    reportedly subsequently separately publicly itself
    privately already apparently allegedly angrily flatly openly clearly firmly strongly
    initially originally briefly bluntly afterwards afterward himself herself themselves
    both alike sometimes often usually frequently occasionally generally always never
    rarely seldom regularly routinely twice
    """)


def ly_adverb(word: str) -> bool:
    """ "unexpectedly", "swiftly": an adverb in "-ly" (not "family", "assembly")."""
    return word.islower() and word.endswith("ly") and len(word) > 5 and word not in _LY_NOUNS


_LY_NOUNS = word_set("""
    family assembly monopoly anomaly supply butterfly homily elderly weekly monthly
    quarterly fortnightly biweekly orderly
    """)

#: Prepositions and similar words that end a described speaker ("one soldier in Slovyansk").
_END_DESCRIPTION = WEEKDAYS | word_set("""
    went goes go going came comes began tried decided continued
    in on at during after before from with to for by since near about as when while who
    which that whose yesterday today tonight
    last this earlier later recently told said says according
    ahead prior following afterwards afterward amid despite
    """)

_NOT_IN_DESCRIPTION = word_set(
    "is was were are be been being has had have also not will would can could should did does"
)
_NOT_DESCRIPTION = word_set("""
    much more less so as what this that all nothing something everything anything it
    there here such
    """)
#: Lower-case words after a name that don't describe it (so the name ends there).
_NOT_ADJECTIVE = _END_DESCRIPTION | _CONNECTORS | _SKIP_BEFORE_CUE
_PREPOSITIONS = word_set("in on at during after before from with to for by since into about as")

_WORD = re.compile(r"[^\s,;:()\[\]“”\"«»„‹›]+")
#: Lower-case words a name run may hold, two at most together ("van der"): the particles,
#: less those that are everyday English words ("do", "ten"), "of"/"for" ("Bank of
#: England"), the Maasai "ole" and the Kalenjin "arap" (Lekishon ole Sankale, Barnabas
#: arap Too; not family-name particles in citations, where "Jan Ole Hansen" has a given
#: name Ole).
_RUN_LINKS = (_PARTICLES - {"do", "ten"}) | {"of", "for", "ole", "arap"}
#: A capitalised run after its first capital, as a pattern to build on
#: (`_NAME_OR_PRONOUN` reads runs with it, its first capital matched apart).
_NAME_RUN_REST = (
    r"[\w'’.\-]*"
    r"(?:[ \u00A0]+(?:(?:" + "|".join(sorted(_RUN_LINKS)) + r")"
    rf"[ \u00A0]+){{0,2}}(?:(?:al|el)-)?[{CAPITALS}][\w'’.\-]*)*"  # "Faisal al-Harbawi"
)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accent-free form used for every name comparison."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=65536)
def bare_word(word: str) -> str:
    """A word without surrounding punctuation, folded; cached, as every list check uses it."""
    return fold(word.strip(".,;:'’\"“”()[]"))


def surname_of(words: list[str]) -> str:
    """The folded surname of a name's words: the last, or the one before "Jr"."""
    if len(words) > 1 and bare_word(words[-1]) in GENERATIONS:
        return bare_word(words[-2])
    return fold(words[-1])


@functools.lru_cache(maxsize=65536)
def _is_cap(word: str) -> bool:
    """Capitalised, also after leading digits ("4Cast", "3Com") or an Arabic article
    ("al-Harbawi", "el-Sisi"). Cached like `bare_word`: asked of every word a subject
    or an object reads, several times over."""
    if not word or word[0].isupper():
        return bool(word)
    if word[0].isdigit():
        letters = word.lstrip("0123456789")
        return bool(letters) and letters[0].isupper()
    return word[2:3] == "-" and word[:2] in {"al", "el"} and word[3:4].isupper()


@dataclass(frozen=True)
class Mention:
    """The words naming a speaker at one cue, and what kind of words they are.

    `kind` is "name" (capitalised proper name), "pronoun", or "description"
    (an unnamed source such as "Ukrainian soldier").
    """

    text: str
    name: str
    kind: str
    title: str | None = None


#: A form of address that is also a Korean surname, before a hyphenated given name:
#: "Pak Harjono"; but "Pak Se-ri".
_KOREAN_TOO = frozenset({"Pak"})


def strip_title(words: list[str]) -> tuple[list[str], str | None]:
    """Drop leading ranks and offices ("Ukrainian President Volodymyr Zelensky").

    The name is what follows the last title word; a nationality or place before
    the title goes with it. Returns the remaining words and the last title seen.
    """
    if len(words) > 1 and bare_word(words[-1]) in ORG_WORDS and not _office_and_surname(words):
        return words, None  # "Finance and Economy Ministry", "State Department"
    if len(words) == 2 and bare_word(words[0]) in GIVEN_NAME_TITLES:
        return words, None  # "Dean Goldfine", "Earl Woods": a first name, not an office
    plural = bare_word(words[0]) if words else ""
    # Not "Mrs" nor "US": a title of its own, or too short to be a plural.
    plural_title = (
        len(words) > 2
        and len(plural) > 2
        and plural.endswith("s")
        and plural[:-1] in TITLES
        and plural not in TITLES
    )
    if plural_title and _person_like(words[1:3]):
        words = words[1:]  # "Judges Simon Cowell, Louis Walsh and …": the first of several
    last = -1
    # "Martin Luther King Jr": a name before "Jr", never a title.
    named = len(words) - 2 if len(words) > 2 and bare_word(words[-1]) in GENERATIONS else -1
    for i, word in enumerate(words[:named]):
        # "Datuk Seri Lim", "Tan Sri Abdul Rahim": Malaysian titles of two words.
        malay = i > 0 and bare_word(word) in {"seri", "sri"} and bare_word(words[i - 1]) in _SERI
        # "Pak Harjono", the Indonesian form of address; but "Pak Se-ri", a Korean surname.
        inside = i > 0 and bare_word(word) in OPENING_ONLY and not _is_title(words[i - 1])
        # "Ekerubo Ward MCA Dennis Rotich": a member's letters before a name, as "MP" is
        # listed; not "MCA president Wee Ka Siong", a party's letters before an office.
        member = word in _MEMBER_BEFORE_A_NAME and not _is_title(words[i + 1])
        if (
            malay
            or member
            or (
                _is_title(word) and not inside and not (word in _KOREAN_TOO and "-" in words[i + 1])
            )
        ):
            given = i == len(words) - 2 and bare_word(word) in GIVEN_NAME_TITLES
            last = last if given else i  # "Coach Dean Goldfine": Dean is his first name
    link = last - 1 if last > 1 and bare_word(words[last - 1]) != "the" else last - 2
    if (
        link > 0
        and bare_word(words[link]) in {"of", "and"}
        and not ORG_WORDS.isdisjoint(map(bare_word, words[:link]))
    ):
        # "Ministry of Foreign Affairs", "Office of the Director of Public Prosecutions":
        # a body's name, no office in it.
        return words, None
    title = bare_word(words[last]) if last >= 0 else None
    rest = words[last + 1 :]
    labels = 0
    while labels < len(rest) - 2 and (
        bare_word(rest[labels]) in _PARTY_LABELS or _nationality(rest[labels])
    ):
        labels += 1
    if labels and _person_like(rest[labels:]) and bare_word(rest[labels]) not in _COMMON_WORDS:
        # "Tory Liam Fox", "Lib Dems David Laws", "Russian Dmitriy Bogdanov"; a nationality
        # serves as the title ("the Russian" later means him).
        if title is None and _nationality(rest[labels - 1]):
            title = bare_word(rest[labels - 1])
        rest = rest[labels:]
    org_words = [i for i, w in enumerate(rest) if bare_word(w) in ORG_WORDS] if title else []
    if not org_words and len(rest) > 2 and bare_word(rest[0]) in _OFFICE_ENDS:
        org_words = [0]  # "(Leader of the) Opposition Suresh Patil": the office's last word
    if org_words:
        # "Director of Public Prosecution Eva-Marie Persson": the office's organisation
        # sits between the title and the person's name ("Mr QC's", plural letters, has
        # no organisation word to find).
        tail = rest[org_words[-1] + 1 :]
        if len(tail) >= 2 and _person_like(tail):
            rest = tail
    if title and rest and bare_word(rest[0]) in _PORTFOLIO_WORDS:
        # "Minister of State for Community Development Chua Boon Keat", "Secretary of
        # State for Foreign Affairs Jack Straw": the office's portfolio, then the name.
        skip = 0
        while skip < len(rest) - 2 and bare_word(rest[skip]) in _PORTFOLIO_WORDS:
            skip += 1
        # "Minister of Territorial Policy Javier Montero": a portfolio word not listed
        # before a listed one; the portfolio ends at its last listed word.
        listed = [i for i in range(skip, len(rest) - 2) if bare_word(rest[i]) in _PORTFOLIO_WORDS]
        skip = listed[-1] + 1 if listed else skip
        if 0 < skip < len(rest) - 2 and bare_word(rest[skip - 1]) == "and":
            skip += 1  # "Minister for Water and Territory Lucía Bermejo": one word after "and"
        elif 1 < skip < len(rest) - 2 and bare_word(rest[skip - 1]).endswith("al"):
            skip += 1  # "… and Regional Connectivity Helen Marsh-Whitby": an adjective's noun
        place_only = all(bare_word(w) in _LINKS_ONLY for w in rest[:skip])
        if place_only and len(rest) - skip <= 2:
            return [], title  # "MP for Kahawa West": the seat, and no one's name
        if place_only:
            # "Mayor of London Sadiq Khan", "Governor of New Mexico Ana Ruiz": a place
            # follows "of", and the holder's name is its last two words (a shorter name
            # is made full by the article's other mentions; a longer one would take the
            # place in).
            skip = _two_last_names(rest, skip)
        if _person_like(rest[skip:]):
            rest = rest[skip:]
    return rest, title


def _names_an_office(run: str) -> bool:
    """Whether the word before a run's first "of" or "for" is a title: "Minister of
    Trade", "Federal Minister of Economic Affairs", "Secretary of State for Transport"."""
    before = re.split(r" (?:of|for) ", run, maxsplit=1)[0].rsplit(None, 1)
    return _is_title(before[-1]) if before else False


def _two_last_names(words: list[str], start: int) -> int:
    """Where the last two capitalised words of `words[start:]` begin, with the particles
    between them ("Ursula von der Leyen": from "Ursula")."""
    capitals = [i for i in range(start, len(words)) if _is_cap(words[i])]
    return capitals[-2] if len(capitals) >= 2 else start


#: Words of the portfolio an office's name gives between its title and its holder.
_PORTFOLIO_WORDS = word_set("""
    for of and the & health education finance foreign affairs home defence defense trade
    industry development community communities culture sport sports transport environment
    justice energy housing labour labor manpower law state social family families youth
    digital information communications agriculture fisheries food tourism water science
    technology innovation national security public works local government economic economy
    women children welfare employment business enterprise arts heritage infrastructure
    planning rural urban regional interior immigration prosecutions policy services
    parliamentary religious minority minorities human rights climate change revenue
    privatisation privatization commerce cooperatives action media pensions work equality
    exchequer livestock electricity oil gas nutrition disaster management relief
    rehabilitation railways ports shipping textiles industries mines minerals steel coal
    chemicals fertilisers fertilizers aged seniors disability disabilities elderly care
    power petroleum gender lands roads highways irrigation sanitation drugs narcotics
    wildlife fishing forests languages religion posts telecom prisons corrections emergency
    emergencies refugees migration citizenship borders customs taxation treasury statistics
    equalities veterans investment relations cooperation integration resources mining
    forestry aviation maritime transportation telecommunications budget consumer
    competition reconstruction
    """)


#: Bodies an office's name ends in before the holder's name, "Leader of the Opposition
#: Suresh Patil", "Leader of the Commons Ann Lee" (the run read starts at them).
_OFFICE_ENDS = frozenset({"opposition", "commons", "lords"})


#: Members' letters that are a title before a name only when no office follows them
#: (the others are listed titles, or open names: "MS Dhoni", "TD Jakes").
_MEMBER_BEFORE_A_NAME = frozenset({"MCA", "SP"})  # and a police rank: "SP Ade Bello"
#: Portfolio words that name no portfolio: after a title, only a seat or a place follows.
_LINKS_ONLY = word_set("for of and the &")


#: Endings of the words for a trade or a science, a title before a name however rare.
_OCCUPATION_ENDINGS = ("ologist", "physicist", "chemist", "ician", "ographer", "onomist")


@functools.lru_cache(maxsize=65536)
def _is_title(word: str) -> bool:
    """A title word, also with a prefix: "Co-Chairman", "Vice-President", "Ex-Minister"."""
    if word in {"Md", "Md."}:
        return False  # "Md Shahidul Karim": Mohammad, as Bangladeshi names abbreviate it
    bare = bare_word(word)
    if bare in TITLES:
        return True
    if bare.endswith(_OCCUPATION_ENDINGS) and len(bare) > 8:
        return True  # "Geophysicist Magnús Þórhallsson", "Paediatrician Ann Lee"
    head, _, rest = bare.partition("-")
    if head in TITLES and rest in {"general", "elect", "designate"}:
        return True  # "Secretary-General", "President-elect"
    if head in TITLES and rest in TITLES:
        return True  # "Brig-Gen", "Lt-Col"
    return head in {"co", "vice", "ex", "deputy", "acting"} and rest in TITLES


def plural_letters(word: str) -> bool:
    """ "MPs", "MEPs": members named by letters, a group and never one person."""
    return word[-1:] == "s" and len(word) > 2 and word[:-1].isupper()


def _is_org(words: list[str]) -> bool:
    """A body or a group, never one person: "Reuters Staff", "Labour MPs"."""
    last = words[-1]
    if last[-1:] == "s" and plural_letters(last):  # the cheap test first: asked very often
        return True
    if ORG_WORDS.isdisjoint(map(bare_word, words)):
        return False
    if _office_and_surname(words):
        return False
    # "Park Soo-hyun", "Court Min-jae": a family name first, then a given name of two
    # syllables, as Korean and Chinese names are written; not Hyde Park.
    return not (len(words) == 2 and "-" in last and surname_first(" ".join(words)) is not None)


def _office_and_surname(words: list[str]) -> bool:
    """ "Chairman Park", "Mayor Park": an office, then a surname that is also a body's
    word; not "Queens Park" nor "State Department"."""
    return len(words) == 2 and bare_word(words[0]) in _OFFICE_BEFORE_A_SURNAME


#: Offices held by one person, before a surname that is also a body's word ("Park").
_OFFICE_BEFORE_A_SURNAME = word_set(
    "chairman chairwoman president mayor minister governor senator director professor prof "
    "dr mr mrs ms judge justice chief"
)


_SYLLABLES = re.compile(r"[A-Z][a-z]+-[a-z]+")


def surname_first(name: str) -> str | None:
    """The family name of a name written family name first, before a given name of two
    syllables ("Chan Wing-yee", "Park Ji-hoon"), folded; None for any other name."""
    family, _, given = name.partition(" ")
    if not given or " " in given or _SYLLABLES.fullmatch(given) is None:
        return None
    return fold(family)


def _clean_run(words: list[str]) -> list[str]:
    """A capitalised run minus sentence-opening words and the modifiers before its name
    ("Oscar-nominated Owen", "London-based Acme", "Americans Andy Roddick"), and minus
    trailing connectors and honours after it ("Guy Mansfield QC"; not "MP", which heads
    "the Ealing North MP"). Each end is found first and cut once: a run may be long."""
    start, end = 0, len(words)
    while start < end and (
        (
            bare_word(words[start]) in _NOT_NAME
            and not (words[start] == "He" and _surname_he(words, start))
        )
        # "Shares of Castellan Micro Devices": the company (not "Shares Magazine").
        or (words[start] == "Shares" and start + 1 < end and words[start + 1] in {"of", "in"})
        # "In November the British Medical Association": a month, not a first name.
        or (start + 1 < end and words[start + 1] == "the" and bare_word(words[start]) in MONTHS)
        # "Last June Grewcock was banned": a month after "Last", not a first name.
        or (
            start > 0
            and bare_word(words[start - 1]) in _DATE_PREPOSITIONS
            and bare_word(words[start]) in MONTH_NAMES
        )
    ):
        start += 1
    while end - start > 1 and (_modifies_a_name(words[start]) or words[start] == "Born"):
        start += 1
    while end > start and (
        bare_word(words[end - 1]) in _CONNECTORS
        or (end - start > 2 and bare_word(words[end - 1]) in HONOURS)
    ):
        end -= 1
    if end - start == 1 and bare_word(words[start]) in _LONE_PREPOSITIONS:
        return []  # "Among the drivers": no name, though "Beyond Meat" is one
    return words[start:end]


def _surname_he(words: list[str], at: int) -> bool:
    """ "He Yanping": the Chinese surname He, before a given name, not the pronoun (which
    a capitalised word never follows inside a sentence)."""
    return (
        words[at] == "He"
        and at + 1 < len(words)
        and _is_cap(words[at + 1])
        and bare_word(words[at + 1]) not in _NOT_NAME
    )


def _modifies_a_name(word: str) -> bool:
    """ "Oscar-nominated", "London-based", "Top-seeded", "Americans": words that describe
    the name after them, never part of it ("Ji-sung Park" keeps its given name)."""
    if "-" in word:
        return _HYPHENED_MODIFIER.fullmatch(word) is not None
    return word.endswith("s") and bare_word(word)[:-1] in DEMONYMS


#: A capitalised compound ending in a participle, an agent or a position that describes
#: a name ("Oscar-nominated", "Film-maker", "Fly-half", "Man-of-the-match").
_HYPHENED_MODIFIER = re.compile(
    r"[^\W\d_][\w'’]*(?:-[a-z]+)*-(?:based|born|bred|nominated|winning|winner|seeded|owned"
    r"|backed|led|listed|registered|raised|trained|funded|run|maker|old|match|half|back"
    r"|[a-z]{3,}ing)"  # "Coffee-loving", "Long-serving"; not "Mei-ling"
)
#: Prepositions that open a sentence capitalised and, alone, are no name.
_LONE_PREPOSITIONS = word_set("among amongst outside inside beyond behind beside across")
#: An appositive naming who owns or runs the subject, before the owner's name.
_OWNER_BESIDE = re.compile(r", (?:owned|operated|run|managed) by $")
#: Letters after a member's name ("Paul Boateng MP"): not part of the name, though they
#: may head a role ("the Ealing North MP").
MEMBER_LETTERS = frozenset(
    {"MP", "MSP", "MEP", "AM", "MS", "MLA", "MPP", "MNA", "MHA", "MCA", "MLC", "TD"}
)


def clean_name_words(words: list[str]) -> list[str]:
    """A capitalised run without the sentence-opening words before its name ("Once Lee")."""
    return _clean_run(words)


def _split_sentences(words: list[str]) -> list[list[str]]:
    """Break a run after a word ending a sentence ("February. While Putin") and around
    a verb a headline capitalises ("VOTE: Was Germaine Greer right?")."""
    parts: list[list[str]] = [[]]
    for word in words:
        if bare_word(word) in _HEADLINE_VERBS:
            parts.append([])
            continue
        if parts[-1] and parts[-1][-1].endswith(".") and bare_word(word) in _NOT_NAME:
            parts.append([])  # "… tell the FT. But Rover": a new sentence after all
        parts[-1].append(word)
        if (
            word.endswith(".")
            and not _is_initial(word)
            and (bare_word(word) not in _ABBREVIATED | {"mt", "ft"} or _letters_ms(parts[-1]))
        ):
            parts.append([])
    return [p for p in parts if p]


_HEADLINE_VERBS = word_set("is was are were has had")


def ends_in_member_letters(name: str) -> bool:
    """Whether a name ends in the letters of a member ("Ann Lee MP"), its stop aside:
    "… Ann Lee MS."."""
    return name.rsplit(None, 1)[-1].rstrip(".") in MEMBER_LETTERS


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
                cut.append(unpossessed(word))
                if index + 1 < len(words):
                    pending.append(words[index + 1 :])
                break
            cut.append(word.rstrip("'’"))
        cut = _clean_run(cut)
        person = _without_affiliation(cut)
        if len(person) < len(cut):
            pending.append(cut[len(person) + 1 :])
            cut = person
        cut, _ = strip_title(cut) if len(cut) > 1 else (cut, None)
        cut = _clean_run(cut)
        if cut:
            runs.append(" ".join(w.rstrip(".") if not _is_initial(w) else w for w in cut))


#: Words of a capitalised run read for names: longer runs are headlines or lists.
_LONGEST_RUN = 16


def _is_initial(word: str) -> bool:
    """ "G.K." or "C." or "U.S." keep their dots."""
    return _INITIALS.fullmatch(word) is not None


_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # compiled once: `_phrase` asks at every full stop


#: Words that open an appositive of place or office: "MP for Henley, Oxfordshire".
_PLACE_LINKS = word_set("of from in at for mp")
#: Sentence adverbs that may open a subject without a comma.
_SENTENCE_ADVERBS = word_set("now meanwhile however then later earlier still instead")
_BEFORE_A_DESCRIPTION = _DETERMINERS | _SENTENCE_ADVERBS


def _describe(words: list[str]) -> list[str]:
    """An unnamed source: determiners dropped, cut before prepositions and clauses."""
    while words and bare_word(words[0]) in _BEFORE_A_DESCRIPTION:
        if words[1:2] == ["of"]:
            # "one of the organisers", "Some of the residents": kept whole, in lower case
            # as the speaker of a sentence of one's own ("…," said some of the residents).
            words = [words[0].lower(), *words[1:]]
            break
        words = words[1:]  # "the board", "Now the board", "Meanwhile the firm"
    out: list[str] = []
    for i, word in enumerate(words):
        bare = bare_word(word)
        if i and bare in _END_DESCRIPTION and _NEAR_PHRASES.get(bare) != bare_word(out[-1]):
            break  # but "a source close to the matter" goes on, "familiar with" too
        if bare == "of" and i + 1 < len(words) and bare_word(words[i + 1]) in _DETERMINERS:
            # "member of the audience": keep the prepositional head
            out.append(word)
            continue
        out.append(word)
    return out


#: A source's nearness, kept whole: "close to the talks", "familiar with", "briefed on".
_NEAR_PHRASES = {"to": "close", "with": "familiar", "on": "briefed"}
#: Prepositions that tie someone described to a name: "a friend of", "an aide to".
_RELATING = word_set("of for to with")
#: First words of someone so described: a determiner, or "people/sources close to".
_OPENS_A_RELATION = _DETERMINERS | word_set("people sources officials several two three")
#: Adjectives of nearness between a noun and its preposition: "a source close to".
_NEAR = word_set("close familiar near")
#: Nouns for someone by whom they stand close to, besides titles and kin.
_RELATIONS = word_set("""
    friend ally confidant confidante associate colleague supporter critic source person
    people insider relative official fan acquaintance partner pupil
    """)


def _someone(noun: str) -> bool:
    """Whether a noun names a person ("friend", "aides", "lawyer", "mother")."""
    if noun.endswith("ies"):
        noun = noun[:-3] + "y"  # "allies"
    elif noun.endswith("s") and not noun.endswith("ss"):
        noun = noun[:-1]  # "friends", "aides"
    return noun in TITLES or noun in KIN or noun in _RELATIONS


#: Groups named for a person or body: "the Lee family", "the Biden camp".
_GROUPS = word_set("family camp team household campaign")


def _related_to_a_name(words: list[str]) -> Mention | None:
    """ "a friend of Ms Smith", "an aide to Mr Biden", "people close to Downing Street":
    someone described by whom they stand close to, who is the speaker, not the name.
    The description up to the name's end (named without its article); None unless the words
    before the preposition are a lower-case noun phrase with a determiner ("the deal was
    welcomed by", "a tweet from", "polite relations with" are no such thing) whose noun
    is someone (not "the national secretariat of the ADM", "the website of Acme")."""
    link = next((i for i, word in enumerate(words[:6]) if word in _RELATING), 0)
    named = link + 2 if words[link + 1 : link + 2] == ["the"] else link + 1
    if (
        not link
        or named >= len(words)
        or not _is_cap(words[named])
        or bare_word(words[named]) in _NOT_NAME  # "a rally for Sunday"
        or bare_word(words[named]) in MONTHS
    ):
        return None
    # A sentence may open with it: "An aide to Mr Reyes said".
    described = [bare_word(words[0]), *words[1:link]]
    head = described[-2] if described[-1] in _NEAR and len(described) > 1 else described[-1]
    # "friends of", "aides to" (in the sentence: "Residents of Hestvika" opening one is
    # read as a name, whose appositives stay its own)
    plural_someone = len(described) == 1 and head.endswith("s") and words[0].islower()
    if (
        (described[0] not in _OPENS_A_RELATION and not plural_someone)
        or not _someone(head)  # "the website of Acme", "the staff of Acme", "a handful of"
        # "a spokesman for Dell", "an official with Acme": the body (`_spokesperson_for`)
        or (head in _SPOKESPEOPLE and words[link] != "to")
        or any(
            not word.isalpha()
            or not word.islower()
            or word in _NOT_IN_DESCRIPTION
            or word in PRONOUNS
            or word in _MESSAGES
            or _past_verb(word)
            or word.endswith("ing")
            for word in described
        )
    ):
        return None
    end = named
    while end < len(words) and (_is_cap(words[end]) or bare_word(words[end]) in _CONNECTORS):
        end += 1
    if bare_word(" ".join(words[end : end + 1])) in _GROUPS:
        end += 1  # "a friend of the Lee family"
    start = 0
    while bare_word(words[start]) in _DETERMINERS:
        start += 1
    return Mention(" ".join(words[:end]), " ".join(_clean_run(words[start:end])), "description")


def _role_and_name(words: list[str]) -> bool:
    """Whether an appositive is a role and then a name, nothing else: "the retired harbour
    pilot Jens Ove Mikkelsen"; not "asked about Ann Lee", "founded by Tom Reyes"."""
    named = next((i for i, word in enumerate(words) if _is_cap(word)), len(words))
    role = words[:named]
    return (
        0 < named < len(words) - 1
        and all(map(_is_cap, words[named:]))
        and all(w.isalpha() and w.islower() and w not in _NOT_A_ROLE_WORD for w in role)
    )


#: Words an appositive holding a name may have that make it no role: "like Ann Lee",
#: "asked about Ann Lee", "quoted by Tom Reyes".
_NOT_A_ROLE_WORD = _PREPOSITIONS | word_set("like unlike asked quoted set")


def _names_someone(words: list[str]) -> bool:
    """Whether an appositive names someone: "an investor named Tom Reyes", "a mother of two
    called Ann Lee", "a Ms Ann Lee", "the retired pilot Jens Moller"."""
    return (
        _role_and_name(words)
        or (len(words) > 1 and bare_word(words[1]) in HONORIFICS)
        or any(bare_word(w) in {"named", "called"} for w in words)
    )


def _past_verb(word: str) -> bool:
    """A lower-case past tense ("raised", "wrote"): a verb, so no part of a noun phrase."""
    return word.islower() and ((word.endswith("ed") and len(word) > 3) or word in IRREGULAR_PAST)


def mention_from_words(words: list[str]) -> Mention | None:
    """Classify a subject or object noun phrase into a Mention."""
    return _mention_from_words(tuple(words))


#: A body's short name in brackets after its name.
_BRACKETED_SHORT = re.compile(r"\([A-Z][A-Za-z&]{1,9}\)")
#: What someone writes or posts, through which they speak: "a tweet from Donald Trump".
_MESSAGES = word_set(
    "tweet post posting update message statement letter email e-mail note video blog memo"
)
#: Prepositions that tell where someone described is from: "a caller from Dunmere".
_FROM_A_PLACE = frozenset({"from", "in", "near"})
#: Determiners of someone not named: "a nurse travelling to …".
_INDEFINITE = frozenset({"a", "an", "another"})
#: An age as a modifier: "58-year-old".
_AGE = re.compile(r"\d{1,3}-year-old")


#: Object pronouns, by the subject pronoun a speaker they stand for answers to.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}


def _nickname_unmarked(words: list[str]) -> list[str]:
    """A nickname in single marks inside a name, read as one in double marks is: from
    the nickname on ("Tam 'Big Tam' Harkness" and "Tam ‘Big Tam’ Harkness" as "Big Tam
    Harkness", whom the article's aliases make Tam Harkness)."""
    for start in range(len(words) - 1):
        opening = words[start]
        if opening[:1] not in "‘'" or not opening[1:2].isupper():
            continue
        for end in range(start, min(start + 3, len(words) - 1)):
            closing = words[end]
            if closing[-1:] in "’'" and len(closing) > 1 and words[end + 1][:1].isupper():
                unmarked = [opening[1:], *words[start + 1 : end + 1]]
                unmarked[-1] = unmarked[-1][:-1]
                return [*unmarked, *words[end + 1 :]]
    return words


@functools.lru_cache(maxsize=32768)
def _mention_from_words(phrase: tuple[str, ...]) -> Mention | None:
    """`mention_from_words`, kept: an article names the same speakers with the same
    words again and again, and the answer depends on the words alone. Sized like
    `_read_run`'s cache, for a library read in order (the BBC corpus asks ~17,000)."""
    if len(phrase) > 2 and _BRACKETED_SHORT.fullmatch(phrase[-1].rstrip(",;:")):
        phrase = phrase[:-1]  # "The General Workers' Federation (FGT)": the name
    words = [w.strip(',;:"“”()') for w in phrase]
    words = [w for w in words if w]
    if any(w[:1] in "‘'" for w in words):  # the cheap test first
        words = _nickname_unmarked(words)
    if len(words) > 1 and words[0] in {"with", "With"}:
        words = words[1:]  # "with one legislator accusing …": the participle's subject
    if not words or len(words) > 14:
        return None
    for at in range(1, len(words) - 1):
        if words[at + 1].lower() in ARTICLES and _past_verb(words[at]) and words[at] != "quoted":
            # "The union raised an appeal arguing", "Ann Lee wrote a letter saying": the
            # subject of that verb, not its object.
            return _mention_from_words(tuple(words[:at]))
    text = " ".join(words)
    if len(words) == 1 and bare_word(words[0]) in PRONOUNS:
        return Mention(text, bare_word(words[0]), "pronoun")
    if len(words) == 1 and bare_word(words[0]) in OBJECT_PRONOUNS:
        # "According to him": the one a "he" would mean.
        return Mention(text, OBJECT_PRONOUNS[bare_word(words[0])], "pronoun")
    if [bare_word(w) for w in words] in (["one"], ["one", "of", "them"]):
        # "says one", "One described it as": one of the people just spoken of.
        return Mention(text, "one", "pronoun")
    if len(words) > 1 and _AGE.fullmatch(words[0]) and _is_cap(words[1]):
        # "58-year-old S. Ponnuthai of Keezhapatti village": the name after the age.
        named = _mention_from_words(tuple(words[1:]))
        return Mention(text, named.name, named.kind, named.title) if named else None
    spoke = _spokesperson_for(words) or _organisation_source(words)
    if spoke is not None:
        return Mention(text, spoke, "description")
    issuer = _issuer(words)
    if issuer is None and len(words) > 2:
        head = _before_a_preposition(words)
        if len(head) < len(words) and bare_word(head[-1]) in _DOCUMENTS:
            issuer = _issuer(head)
    if issuer is not None:
        return Mention(text, issuer, "name")
    at_a_place = _before_a_place(words)
    if at_a_place is not None and len(at_a_place) == 1:
        if not _someone_by_role(bare_word(at_a_place[0])):
            return Mention(text, at_a_place[0], "name")  # "Pauline in Furness Green"
        return Mention(text, bare_word(at_a_place[0]), "description")  # "Farmers in …"
    if at_a_place is not None:
        placed = _mention_from_words(tuple(at_a_place))
        return Mention(text, placed.name, placed.kind, placed.title) if placed else None
    # "David Graham from the FDA's Office of Drug Safety": the person, not the office.
    words = _without_affiliation(words)
    # A name: the last word (or the run before a possessive-free end) is capitalised;
    # but "a nurse travelling to Hollinbrook General Hospital" describes someone.
    participial = (
        len(words) > 3
        and bare_word(words[0]) in _INDEFINITE
        and words[1].islower()
        and words[2].islower()
        and words[2].endswith("ing")
    )
    if participial:
        noun = _mention_from_words(tuple(words[:2]))  # "a nurse"
        return Mention(text, noun.name, noun.kind, noun.title) if noun else None
    if _is_cap(words[-1]) or (
        len(words) > 1
        and _is_cap(words[0])
        and bare_word(words[0]) not in _NOT_NAME
        and all(_is_cap(w) or bare_word(w) in _CONNECTORS for w in words)
    ):
        run: list[str] = []
        for at in range(len(words) - 1, -1, -1):
            word = words[at]
            if _is_cap(word) or (bare_word(word) in _CONNECTORS and run):
                run.insert(0, word)
            elif word == "on" and run and at and bare_word(words[at - 1]) in _BODIES_ON:
                run.insert(0, word)  # "Intergovernmental Panel on Climate Change"
            else:
                break
        ahead = words[: len(words) - len(run)]
        related = _related_to_a_name(words)
        if related is not None:
            return Mention(text, related.name, "description")
        # Not "A milder review in the New York Times" nor "A tweet from Donald Trump":
        # a body or a person speaks through what they write.
        unnamed = (
            len(ahead) > 2
            and bare_word(ahead[-2]) not in _MESSAGES
            and (
                ahead[0][:1].islower() or (bare_word(ahead[0]) in _INDEFINITE and not _is_org(run))
            )
        )
        if unnamed and bare_word(ahead[-1]) in _FROM_A_PLACE:
            # "one caller from Dunmere", "A disaster official in Borongan": someone
            # described, and where they are from.
            someone = _mention_from_words(tuple(ahead[:-1]))
            if someone is not None and someone.kind == "description":
                return Mention(text, someone.name, "description", someone.title)
        run = _clean_run(run)
        owned = 0
        if any("'" in w or "’" in w for w in run[:-1]):
            owned = owned_words(run[:-1])
        if owned and _person_like(run[owned:]) and len(run) - owned > 1:
            run = run[owned:]  # "Microsoft's Mike Coleman": the possessor is not named
        if run:
            name_words, title = strip_title(_without_affiliation(run))
            if (
                title is not None
                and name_words
                and bare_word(name_words[0]) in {"for", "of"}
                and not _person_like(name_words[-2:])
            ):
                name_words = []  # "the Labour MP for Birkenhead": a role, not a place
            name_words = _clean_run(name_words)
            determined = len(words) > len(run) and bare_word(words[-len(run) - 1]) in _DETERMINERS
            if (
                name_words
                and _is_title(name_words[-1])
                and (len(name_words) == 1 or determined or name_words[-1].isupper())
                and title not in HONORIFICS  # "Ms King": a surname after an honorific
            ):
                # "the Salford MP", "the Foreign Secretary": a role, described below.
                # Without a determiner, "Ken Doctor" is a name that ends in a title word.
                name_words = []
            if name_words and (
                _is_org(name_words)
                or len(name_words) > 1
                or not _group(name_words[0])
                or title in HONORIFICS
            ):
                name = " ".join(name_words)
                if name.endswith(("'s", "’s")):
                    return None
                return Mention(text, name, "name", title)
    head = _before_a_preposition(words)
    if 1 < len(head) < len(words) and _is_cap(head[-1]) and not _is_cap(head[0]):
        # "the opposition Progressive Alliance Congress in the state": the body named.
        named = _mention_from_words(tuple(head))
        if named is not None and named.kind == "name":
            return Mention(text, named.name, "name", named.title)
    opening = _name_then_verb(words)
    if opening is not None:
        return opening  # "Mr Kennedy used a speech": the name is the subject, not all of it
    described = _describe(words)
    if len(described) > 7 and "of" in described[1:]:
        # "the chief executive of a leading European car maker": the role is enough.
        head = described[: described.index("of", 1)]
        if len(head) <= 3 and bare_word(head[-1]) in TITLES:
            described = head
    if not described or len(described) > 7:
        return None
    if any(bare_word(w) in _NOT_IN_DESCRIPTION for w in described):
        return None  # "Labour is", "Growth was helped": a clause, not who spoke
    if all(
        bare_word(w) in _NOT_NAME
        or bare_word(w) in _DETERMINERS
        or bare_word(w) in _LONE_PREPOSITIONS
        for w in described
    ):
        return None  # "all said"; "Among the" (drivers …, which locals called "…")
    # "all said", "this was"; but "An All England club spokesperson" names a body.
    opener = bare_word(described[0]) in _NOT_DESCRIPTION
    if opener and not (len(described) > 1 and _is_cap(described[0]) and _is_cap(described[1])):
        return None
    if any(bare_word(w) in PRONOUNS for w in described):
        return None
    name = " ".join(described)
    if bare_word(described[-1]) in TITLES and len(described) == 1:
        return Mention(text, name, "description", bare_word(described[-1]))
    return Mention(text, name, "description")


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


#: Forms of address: whatever follows one is a name, even a word like "King" or "Doctor".
HONORIFICS = word_set(
    "mr mrs ms miss mx dr sir dame lord lady prof baroness baron viscount viscountess "
    "thiru thirumathi tmt shri smt datuk dato datin encik puan mme mlle"
)


def _untitled(name: str) -> str:
    """A holder's name without the forms of address or titles before it: "its chairman,
    Chief Ade Coker," is Ade Coker; a name never shrinks to one word here."""
    words = strip_title(name.split())[0]
    return " ".join(words) if len(words) > 1 else _unaddressed(name)


def _unaddressed(name: str) -> str:
    """A name without the forms of address before it: "Dr Rosalind Tebbutt"."""
    words = name.split()
    while len(words) > 1 and bare_word(words[0]) in HONORIFICS:
        words = words[1:]
    return " ".join(words)


#: Malaysian titles that take "Seri" or "Sri" after them: "Datuk Seri", "Tan Sri".
_SERI = frozenset({"datuk", "dato", "tan"})
POSSESSED = re.compile(r"\w(?:['’]s|s['’])$")


def unpossessed(word: str) -> str:
    """A word POSSESSED matches, without its ending: "Kok's" -> "Kok", "Reuters'" ->
    "Reuters"."""
    return word[:-2] if word[-1] in "sS" else word[:-1]


def owned_words(words: list[str]) -> int:
    """How many of `words` name an owner: up to and including the last possessive
    ("Labour's", "Microsoft's"), or 0 when none is."""
    for index in range(len(words) - 1, -1, -1):
        if POSSESSED.search(words[index]):
            return index + 1
    return 0


def _without_affiliation(words: list[str]) -> list[str]:
    """A person's name without the organisation after it ("John Brady of ABN AMRO")."""
    for index in range(2, len(words)):
        if bare_word(words[index]) in {"of", "from", "at"}:
            head = words[:index]
            if _is_title(head[-1]) and all(bare_word(w) in _OF_AN_OFFICE for w in head[:-1]):
                continue  # "Federal Minister of Economic Affairs": an office, no one's name
            named = head
            if not _person_like(head):
                # "Weather specialist Ramil Cortez of the state weather bureau": a role
                # in lower case before the name.
                start = len(head)
                while start and _is_cap(head[start - 1]):
                    start -= 1
                role = 0 < start <= len(head) - 2 and head[start - 1].islower()
                named = head[start:] if role else []
            if named and _person_like(named) and not _is_org(named):
                return head
            break
    return words


#: Words that qualify an office before its title: "Federal Minister of …".
_OF_AN_OFFICE = word_set("federal national provincial regional municipal union cabinet junior")


#: Unnamed sources that speak for an organisation: "a spokesman for Dell".
_SPOKESPEOPLE = word_set("spokesman spokeswoman spokesperson official source representative")


#: What an organisation issues, and speaks through: "a Capital Economics statement said".
_DOCUMENTS = word_set(
    "statement report release website survey study letter blog message email e-mail memo note"
)


#: What a document is said to be by: "a report published by …", "a message sent … by".
_AUTHORED = word_set("published issued released written sent compiled commissioned produced")
#: Documents that speak for whoever wrote them.
WRITINGS = _DOCUMENTS | word_set("findings paper analysis research")


def _author_of_document(words: list[str]) -> Mention | None:
    """ "a report published by Analysys", "A message sent to F-Secure by Google's security
    team": who wrote it, the words after "by" (the speaker a reader wants)."""
    if "by" not in words and "from" not in words:  # the cheap test first
        return None
    folded = [bare_word(w) for w in words]
    for index, word in enumerate(folded[:3]):
        # "a note from Harrow & Lisle", "a report by Analysys": the document's source.
        after = words[index + 2 : index + 3]
        if word in WRITINGS and folded[index + 1 : index + 2] in (["from"], ["by"]) and after:
            source = words[index + 2 :]
            if bare_word(source[0]) == "the" and len(source) > 1:
                source = source[1:]
            if _is_cap(source[0]):
                return mention_from_words(source)
    if "by" not in words:
        return None
    for index, word in enumerate(folded[1:], start=1):
        if word in _AUTHORED and folded[index - 1] in WRITINGS and "by" in folded[index:]:
            by = len(folded) - 1 - folded[::-1].index("by")
            return mention_from_words(words[by + 1 :]) if by + 1 < len(words) else None
    return None


#: Prepositions that place someone named or described: "Sam Lee in London"; only some
#: of them introduce a place rather than a body: "farmers in Kalopetra".
_PLACING = frozenset({"in", "near", "at", "from"})
_IN_A_PLACE = frozenset({"in", "near"})
#: Plural nouns for people that open a sentence capitalised: "Police in …".
_PEOPLE_PLURALS = word_set("police villagers locals workers protesters experts officials")


def _before_a_place(words: list[str]) -> list[str] | None:
    """ "The state economics ministry in Stuttgart", "Farmers in the village of
    Kalopetra", "Sam Lee in London": someone named or described, then where; not the
    place, though it is the name the phrase ends with. The words before the place, or
    None."""
    at = next((i for i, w in enumerate(words[1:5], 1) if w in _PLACING), 0)
    if not at or not _is_cap(words[-1]):
        return None
    head = words[:at]
    if all(map(_is_cap, head)) and len(head) > 1:
        return head if _person_like(head) or _is_org(head) else None
    if words[at] not in _IN_A_PLACE or _is_org(words[-2:]):
        return None  # "Analysts at Brightwater Capital", "a review in the New York Times"
    if all(map(_is_cap, head)):
        # One word: a plural for people, "Farmers"; or a first name, as a phone-in gives
        # its callers ("Pauline in Furness Green"); not "Acme" nor "Growth".
        known = _someone_by_role(bare_word(head[0]))
        return head if known or _one_name(head[0]) else None
    if _is_cap(head[0]) and bare_word(head[0]) not in _DETERMINERS:
        return None
    described = _describe(head)
    if not described or len(described) > 4 or not all(w.islower() for w in described):
        return None
    # Someone or a body: not "development in poorer countries" nor "a review in …".
    return head if _someone_by_role(described[-1]) else None


def _one_name(word: str) -> bool:
    """A capitalised word that may be someone's one name (`_person_like`: no opener, no
    body's word), and no verb form or plural."""
    bare = bare_word(word)
    return (
        _person_like([word]) and not bare.endswith(("ing", "ed", "s")) and bare not in _DETERMINERS
    )


def _someone_by_role(noun: str) -> bool:
    """A noun for people or a body, singular or plural: "mayor", "farmers", "ministry"."""
    single = noun[:-1] if noun.endswith("s") else noun
    known = single in TITLES or single in _SOURCES or single in _SPOKESPEOPLE
    return known or noun in _PEOPLE_PLURALS or noun in ORG_WORDS


def _before_a_preposition(words: list[str]) -> list[str]:
    """ "A National Audit Office report on the 20 biggest projects": the words before
    what the phrase goes on to say about its head."""
    for index, word in enumerate(words[1:], start=1):
        if word in _PREPOSITIONS:
            return words[:index]
    return words


def _issuer(words: list[str]) -> str | None:
    """ "the influential Edge magazine" -> "Edge magazine"; "a Capital Economics
    statement" -> "Capital Economics": the organisation, without adjectives or document."""
    tail = bare_word(words[-1])
    if words[-1][:1].isupper() or (tail not in ORG_WORDS and tail not in _DOCUMENTS):
        return None
    run: list[str] = []
    for word in reversed(words[:-1]):
        if not _is_cap(word):
            break
        run.insert(0, word)
    lead = words[: len(words) - 1 - len(run)]
    if len(lead) > 2 or any(bare_word(w) in _PREPOSITIONS | _NOT_IN_DESCRIPTION for w in lead):
        return None  # "was quoted in the Herald newspaper": a clause, not a name
    run = _clean_run(run)
    if run and POSSESSED.search(run[-1]):
        run[-1] = unpossessed(run[-1])  # "Mr Kok's report"
    if not run or _group(run[-1]) or bare_word(run[-1]).endswith(("an", "ian")):
        return None  # "the Ukrainian army", "the Chinese government": described, not named
    if tail in _DOCUMENTS:
        return " ".join(strip_title(run)[0] if len(run) > 1 else run)
    return " ".join([*run, words[-1]])


def _organisation_source(words: list[str]) -> str | None:
    """ "A Department for Education and Skills source": the whole organisation's name."""
    if len(words) < 3 or bare_word(words[-1]) not in _SPOKESPEOPLE:
        return None
    named = words[1:-1] if bare_word(words[0]) in _DETERMINERS else words[:-1]
    if len(named) < 3 or not _is_cap(named[0]) or not _is_cap(named[-1]):
        return None
    if not all(_is_cap(w) or bare_word(w) in _CONNECTORS for w in named):
        return None
    return " ".join([*named, bare_word(words[-1])])


def possessive(name: str) -> str:
    """ "Tony Blair's", "Kim Clijsters'": the owner of a role, as English writes it."""
    return name + ("'" if name.endswith("s") else "'s")


def _spokesperson_for(words: list[str]) -> str | None:
    """ "a spokesman for Dell" -> "Dell spokesman", as "a Dell spokesman" reads."""
    for index, word in enumerate(words[:4]):
        if bare_word(word) in _SPOKESPEOPLE and index + 2 < len(words):
            link = bare_word(words[index + 1])
            org = words[index + 2 :]
            if org and bare_word(org[0]) == "the":
                org = org[1:]
            if len(org) > 1 and org[0].islower() and (len(org) == 2 or not _person_like(org[1:])):
                org = org[1:]  # "a spokesman for distributor Toho"; not "… women Ann Lee"
            named = org and _is_cap(org[0]) and _is_cap(org[-1])
            if link in {"for", "of", "at", "from"} and named and all(in_name(w) for w in org):
                if len(org) > 1 and bare_word(org[0]) in HONORIFICS:
                    # "a spokesman for Mr Blair": Mr Blair's, as the role of a person.
                    return f"{possessive(' '.join(org))} {bare_word(word)}"
                return " ".join([*org, bare_word(word)])
            return None
    return None


def in_name(word: str) -> bool:
    """A word a name may hold: "Department for International Development"."""
    return _is_cap(word) or bare_word(word) in {"of", "for", "and", "&"}


def _name_then_verb(words: list[str]) -> Mention | None:
    """A phrase opening with a name and then a past-tense verb ("Mr Kennedy used a
    speech"): the name, as the verb's subject."""
    size = 0
    while size < len(words) and _is_cap(words[size]):
        size += 1
    if not size or size == len(words) or bare_word(words[0]) in _NOT_NAME:
        return None
    if size == 1 and bare_word(words[0]).endswith("ing"):
        return None  # "Having served …": a participle, not a name
    verb = bare_word(words[size])
    if not _past_verb(verb) or verb in _NOT_ADJECTIVE:
        return None  # "Ann Lee wrote a letter saying": Ann Lee
    found = mention_from_words(words[:size])
    return found if found is not None and found.kind == "name" else None


def _names_a_place(words: list[str]) -> bool:
    """ "Madhesh Province", "Kent County", "France": a place, set after a body's name."""
    if not words or not all(map(_is_cap, words)):
        return False
    return bare_word(words[-1]) in _PLACE_ENDINGS or (len(words) == 1 and _is_place_word(words[0]))


#: Small words inside a body's name ("Ministry of Health"); what ends a place's name.
_NAME_LINKS = word_set("of for and the on in")
_PLACE_ENDINGS = word_set("province county district state region prefecture oblast governorate")


def _is_place_word(word: str) -> bool:
    """A country, a nationality or a country's initials ("US", "Spanish", "France")."""
    folded = fold(word)
    return folded in DEMONYMS or folded in PLACES or word in COUNTRY_CODES


def _group(word: str) -> bool:
    """A lone capitalised word naming a people ("Ukrainians"), not a person."""
    return fold(word).endswith(("ians", "icans", "ese", "ish"))


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def _titled_person_after_relative(words: list[str]) -> Mention | None:
    """The subject of a relative clause before its verb ("a bill laden with what House
    Minority Whip Lorraine Beckwith called"): an office, whose words may hold a body's,
    then a name in full; `_person_like` reads such a run as a body."""
    run = len(words)
    while run and _is_cap(words[run - 1]):
        run -= 1
    if len(words) - run < 3 or not run or bare_word(words[run - 1]) not in _RELATIVE_OBJECTS:
        return None
    name, title = strip_title(words[run:])
    if title is None or len(name) < 2 or not _person_like(name):
        return None
    return mention_from_words(words[run:])


#: Words opening a relative clause whose subject stands after them: "what X called".
_RELATIVE_OBJECTS = frozenset({"what", "which", "that", "whom"})


def _person_like(words: list[str]) -> bool:
    """A bare personal name: one to five capitalised words or initials, no org words."""
    kept: list[str] = []  # the words less capitalised titles ("President", "Dr")
    for word in words:
        if _is_cap(word):
            if bare_word(word) not in TITLES:
                kept.append(word)
        elif bare_word(word) in _PARTICLES:
            kept.append(word)  # "de", "van"
        else:
            return False  # the cheap test first: a lower-case word ends any name
    if not 1 <= len(kept) <= 5 or _is_org(kept):
        return False
    if len(kept) == 1 and bare_word(kept[0]) in PLACES:
        return False  # "the Netherlands, Portugal and …": countries
    return bare_word(kept[0]) not in _NOT_NAME


#: An age between commas, after someone's name: "now 94", "aged 38".
_AN_AGE = re.compile(r"(?:now|aged)[ \u00a0]+\d{1,3}")


#: An item of a listed name: a capitalised run of one to three words, or of one.
_ITEM = r"[A-Z][\w'’\-]*(?:[ \u00a0]+[A-Z][\w'’\-]*){0,2}"
_WORD_ITEM = r"[A-Z][\w'’\-]*"
_LIST_END = rf",?[ \u00a0]+(?:and|&)[ \u00a0]+{_ITEM}"
#: A body's or an office's name that lists its portfolios with commas: "the Department
#: for Environment, Food and Rural Affairs", "Culture, Media and Sport Secretary Tessa
#: Jowell" (its portfolios one word each before "and"); not a list of people ("Ann Lee,
#: Bo Chen and Tim Wu said"), nor a name and its office ("Ann Lee, Work and Pensions
#: Secretary,": see `_listed_names`). The lists are bounded: a text of capitalised words
#: and commas is read in linear time.
_LISTED_NAME = re.compile(
    rf"\b(?:Department|Ministry|Minister|Secretary|Office|Committee|Commission|Agency"
    rf"|Institute|Council|School|Faculty)[ \u00a0]+(?:of|for)(?:[ \u00a0]+the)?[ \u00a0]+"
    rf"{_ITEM}(?:,[ \u00a0]+{_ITEM}){{1,5}}{_LIST_END}"
    rf"|(?P<office>{_WORD_ITEM}(?:,[ \u00a0]+{_WORD_ITEM}){{1,5}}{_LIST_END})"
    rf"(?=[ \u00a0]+(?:Secretary|Minister|Committee|Department|Office|spokesman"
    rf"|spokeswoman|spokesperson)\b)"
)
#: The words one of those names holds, looked for first: most texts hold none.
_LISTED_NAME_WORD = re.compile(
    r"\b(?:Department|Ministry|Minister|Secretary|Office|Committee|Commission|Agency"
    r"|Institute|Council|School|Faculty|spokesman|spokeswoman|spokesperson)\b"
)
#: Stands for a comma inside such a name while its words are read: no chunk breaks there.
_LISTING_COMMA = "\ue000"


def _listed_names(text: str) -> list[re.Match[str]]:
    """The names `_LISTED_NAME` finds in `text`; an office's list only where no name
    runs into it ("Ann Lee, Work and Pensions Secretary" is Ann Lee and her office)."""
    if ", " not in text or (" and " not in text and "&" not in text):  # the cheap tests first
        return []
    if _LISTED_NAME_WORD.search(text) is None:
        return []
    found = []
    for match in _LISTED_NAME.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()].split()[-1:]
        if match.group("office") is not None and before and _is_cap(before[0]):
            continue
        found.append(match)
    return found


def _comma_free_lists(text: str, names: list[re.Match[str]]) -> str:
    """`text` with the commas inside the listed `names` and the space after each made
    `_LISTING_COMMA`, so that each name reads as one run of words."""
    for match in reversed(names):
        joined = re.sub(r",[ \u00a0]+", _LISTING_COMMA, match.group(0))
        text = text[: match.start()] + joined + text[match.end() :]
    return text


def _read_listed_whole(read: Callable[[str], Mention | None], text: str) -> Mention | None:
    """`read(text)`, with names that list portfolios with commas read as one run of
    words (`_comma_free_lists`) and given their commas back (`_with_commas`)."""
    listed = _listed_names(text)
    if not listed:
        return read(text)
    return _with_commas(read(_comma_free_lists(text, listed)))


def _with_commas(mention: Mention | None) -> Mention | None:
    """A mention read from `_comma_free_lists`' text, its commas back."""
    if mention is None or _LISTING_COMMA not in mention.text + mention.name:
        return mention
    return Mention(
        mention.text.replace(_LISTING_COMMA, ", "),
        mention.name.replace(_LISTING_COMMA, ", "),
        mention.kind,
        mention.title,
    )


@functools.lru_cache(maxsize=256)
def subject_before(text: str) -> Mention | None:
    """The noun phrase that ends `text`, the words just before a cue verb (the same text
    is read again for each quote that follows it in a paragraph: a small cache, which
    the next article's texts soon replace); names that list portfolios with commas read
    whole (`_LISTED_NAME`)."""
    return _read_listed_whole(_subject_before, text)


def _subject_before(text: str) -> Mention | None:
    """`subject_before`, read.

    Handles appositives ("X, a military analyst at …," and "X, IBM senior vice
    president, …,": the bare name nearest the verb wins), adverbs and time words
    between subject and verb ("Putin also told", "Zelensky on Sunday said"), and
    clause openers ("While Putin hailed").
    """
    if text.rstrip(" \u00a0").endswith(" to"):
        # "My grandmother, who left school at 13, used to tell me": a habit, read as
        # "…, told me"; "The spokesperson declined to say": the one who declined.
        before_verb, _, verb = text.rstrip(" \u00a0")[:-3].rpartition(" ")
        if _past_verb(verb):
            text = before_verb
    if ". " in text:  # the cheap test first
        # "one user wrote on X. Another posted": a sentence the initial-like "X." hid.
        opening = next(reversed(list(_NEW_SENTENCE.finditer(text))), None)
        if opening is not None and bare_word(opening.group(1)) in _NOT_NAME:
            text = text[opening.start(1) :]
    if " as " in text:  # the cheap test first
        # "One rider, who gave his name only as Musa, said": the name given.
        given = _NAME_GIVEN_AS.search(text)
        if given is not None:
            return Mention(given.group(1), given.group(1), "name")
    stripped = text.rstrip(" \u00a0")
    closed = stripped.endswith(",")
    if not closed and ", " in stripped:  # the cheap test first
        # "The actor, who was born in Beirut, also said": the clause ends before "also".
        before_adverb, _, adverb = stripped.rpartition(" ")
        closed = before_adverb.endswith(",") and bare_word(adverb) in _SKIP_BEFORE_CUE
    text = text.rstrip(" ,—–-\u00a0")
    colon = text.rfind(": ")
    if colon >= 0 and text[colon + 2 : colon + 3].islower():
        # "Some good news: the airport says"; not "Star Wars: The Phantom Menace".
        text = text[colon + 2 :]
    if not text.strip(_MARKS_AND_SPACE):
        return None  # "’ said …": only the close of a quotation in single marks
    if closed and _ONLY_A_QUOTATION.fullmatch(text) is not None:
        return None  # '“We'll fight”, said Tom Reyes': the quotation, its comma outside
    # "VELLGRAD, March 3 (Reuters) - The ministry said", "DUBAI — Gulf Horizon Logistics
    # said": past the dateline.
    text = past_dateline(text)
    if "(" in text:
        # "Councilor Wang Shu-fen (王淑芬), whose …": her name in its own script, no subject.
        text = _NAME_IN_ITS_SCRIPT.sub("", text)
        # "Alasdair Innes-Crombie (SNP), whose …, said": a party, no subject; "deputy
        # commissioner (DC) of Charnagar": an office's letters, no one.
        text = _without_office_letters(_BRACKETED_TAG.sub("", text))
    # "Rep. Gwen Moore (D-Wis.) said": an aside between the name and its verb.
    if text.endswith((")", ")\n")):  # the pattern's end; most texts have none
        text = _TRAILING_ASIDE.sub("", text)
    if _BREAK_MARK.search(text) is None:
        chunks = [text.strip()]  # the cheap test first: most texts hold no break at all
    else:
        breaks = _CHUNK_BREAK_IN_NUMBERS if _THOUSANDS.search(text) else _CHUNK_BREAK
        chunks = [c.strip() for c in breaks.split(text)]
    # "Stephen, 57, said": an age; "Sen. Ann Lee, R-Okla., the ranking member, said" or
    # "(R-Ind.)": a party tag. Neither is anyone.
    chunks = [
        c
        for c in chunks
        if c.strip(_MARKS_AND_SPACE)
        and not (c.isdigit() or _AN_AGE.fullmatch(c))
        and not _PARTY_TAG.fullmatch(c)
        and not (c.isupper() and bare_word(c) in _LETTERS_AFTER_A_NAME)  # "Ann Lee (SAN),"
    ]
    if closed:
        # "Dr Gibb, who was a GP in Blaen, in the Upper Valley, before …, said": the
        # relative clause, commas and all, ends at the comma before the verb.
        # (A quotation's closing mark may open a chunk: '… call sign "Lis," who …'.)
        opens = [
            i
            for i, c in enumerate(chunks)
            if i and bare_word(c.lstrip(_MARKS_AND_SPACE).split(None, 1)[0]) in _RELATIVE
        ]
        if opens:
            chunks = chunks[: opens[0]]
        # "the hard-line bloc to which Hubbard belongs, posted": the bloc.
        chunks = [_PREPOSITION_RELATIVE.split(c, maxsplit=1)[0] for c in chunks]
        if " that " in text:  # the cheap test first
            # "…, a provincial group that campaigns for …, said": a group, described.
            chunks[1:] = [_THAT_RELATIVE.split(c, maxsplit=1)[0] for c in chunks[1:]]
    relative = chunks[-1].split(None, 1) if len(chunks) > 1 and not closed else []
    if len(relative) == 2 and bare_word(relative[0]) in {"which", "whom"}:
        # "the programme, which he described as": the relative clause's own subject; when
        # a noun phrase opens it, no appositive of a name before it ("Storm Ilona, which
        # the bureau has described"; but "Austurorka, which in a statement described").
        first_words = [bare_word(word) for word in relative[1].split()[:3]]
        own = (
            (first_words[0] in _DETERMINERS or first_words[0] in PRONOUNS)
            and _TIMES.isdisjoint(first_words)  # not "which this week described"
        )
        chunks = [relative[1]] if own else [*chunks[:-1], relative[1]]
    relative_word = bare_word(chunks[-1]) if len(chunks) > 1 else ""
    relative_subject = relative_word in _RELATIVE
    while len(chunks) > 1 and bare_word(chunks[-1].split()[0]) in _RELATIVE:
        # "a council official, who asked not to be named, said": the relative clause
        # describes the subject before it.
        chunks.pop()
    if relative_subject:
        # "…, according to the company, which called", "attended by Ann Lee, an adviser
        # at the ministry, who called": "which" or "who" is the subject, and stands for
        # the noun phrase before it, past an appositive.
        antecedent = _antecedent(chunks, relative_word)
        if antecedent is not None:
            return antecedent
    while len(chunks) > 1 and _aside_before_verb(chunks[-1].split()):
        chunks.pop()  # "Bob Ray, a trader at Zeta, speaking in Paris, said": Bob Ray
    if closed and len(chunks) > 1 and _names_the_body_before(chunks[-2], chunks[-1]):
        chunks.pop()  # "An insider at the club, Ashcombe Rovers, claimed": the insider
    if not chunks:
        return None
    # Drop trailing skip words from the chunk nearest the cue.
    last = words_of(chunks[-1])
    author = _author_of_document(last)
    if author is not None:
        return author
    while last and (
        (bare_word(last[-1]) in _SKIP_BEFORE_CUE and not _named_modal(last[-1]))
        or _date_at_end(last)
        or (len(last) > 1 and ly_adverb(last[-1]))  # "Ruth Ames frankly admitted"
    ):
        last = last[:-1]  # "Putin also told", "Zelensky on Sunday said", "Geldof in July"
    if not last:
        chunks = chunks[:-1]
        if not chunks:
            return None
        last = words_of(chunks[-1])
    apostrophe = bool(last) and ("’" in last[-1] or "'" in last[-1])
    contraction = _PRONOUN_CONTRACTION.fullmatch(last[-1]) if apostrophe else None
    if contraction is not None:
        last = [*last[:-1], contraction.group(1)]  # "she’d said", "You’ve said": a pronoun
    who = 0
    if " who" in text:  # the cheap test first: asked for every cue
        who = next((i for i, w in enumerate(last) if i and bare_word(w) in _WHO), 0)
    after_who = last[who + 1] if 0 < who < len(last) - 1 else "said"  # "Ann Lee who said"
    if (
        who
        and _after_boundary(last[:who]) == last[:who]
        # Not "women who he said …" nor "the people who Mr Forsyth labels …": the
        # relative clause's own subject is the speaker.
        and not (bare_word(after_who) in PRONOUNS or after_who[:1].isupper())
    ):
        # "A state official who asked not to be named said", "the lawyer who represents
        # Ann Lee said": the relative clause describes the subject before it.
        last = last[:who]
    clause = _after_boundary(last)
    if len(clause) < len(last) and any(bare_word(w) in _DOCUMENTS for w in clause[:3]):
        # "Glazer owns a stake, and United's statement to the stock exchange said": a
        # clause of its own, whose subject is a document; no appositive of a name before.
        return mention_from_words(clause)
    # "…, even as the minister", "…, after a sales agent": a clause of its own, whose
    # subject no appositive before it describes.
    opened_clause = (
        not closed
        and 0 < len(clause) < len(last)
        and bare_word(last[-len(clause) - 1]) in SUBORDINATORS
        and not bare_word(clause[0]).endswith("ing")  # "has resigned after admitting"
    )
    last = clause
    if opened_clause and len(last) > 3 and bare_word(last[0]) in PRONOUNS:
        main = _subject_after_clause(last)
        if main is not None:
            return main
    if len(chunks) > 1 and last and last[0][:1].islower() and not opened_clause:
        # "the lanky, bespectacled professor": adjectives split off by a comma.
        head = words_of(chunks[-2])
        if (
            1 < len(head) <= 3
            and bare_word(head[0]) in {"the", "a", "an"}
            and all(w.islower() for w in head)
        ):
            return mention_from_words(head + last)
    if len(last) == 1 and bare_word(last[0]) in PRONOUNS:
        return mention_from_words(last)
    pronoun = bare_word(last[-1]) if last else ""
    if len(last) > 1 and pronoun in PRONOUNS and (last[-2][:1].islower() or pronoun in _HE_SHE):
        # "As she packed her suitcase she told", "But standing next to Mr Blair he
        # added": the pronoun right before the verb.
        return mention_from_words(last[-1:])
    appositive_before = len(chunks) > 2 and (
        chunks[-2][:1].islower() or bare_word(chunks[-2].split()[0]) in _PLACE_LINKS
    )
    if len(last) == 1 and appositive_before:
        # "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said": the last word goes
        # on with the appositive (a county, a country); the name is further back.
        earlier = _after_boundary(words_of(chunks[-3]))
        if _person_like(earlier):
            return mention_from_words(earlier)
    if len(chunks) == 2 and _names_a_place(last):
        # "The Province Health Directorate, Madhesh Province, said": where it is (not "Dr
        # Rita Bhandari, director of the Directorate, Madhesh Province,": her title's).
        earlier = _after_boundary(words_of(chunks[0]))
        capitals = all(_is_cap(w) or bare_word(w) in _NAME_LINKS for w in earlier[1:])
        if earlier and capitals and _is_org(earlier):
            return mention_from_words(earlier)
    last = _subject_of_reduced_relative(last)
    if _person_like(last):
        return mention_from_words(last)
    titled = None
    if len(last) > 3 and _is_cap(last[-3]):  # the cheap test first: three capitals at the end
        titled = _titled_person_after_relative(last)
    if titled is not None:
        return titled
    named = _role_then_name(last)
    if named is not None:
        # "When asked …, the carmaker's chief executive Helmut Panke said": a subject of
        # its own, not an appositive to a name in the clause before.
        return named
    # Appositives: walk back to a bare name given just before them.
    opened = bare_word(last[0]) if last else ""
    # "Mark Hamilton, Axa spokesman, told": a role after a name is an appositive.
    role_after = 0 < len(last) <= 4 and (
        bare_word(last[-1]) in _SPOKESPEOPLE
        or _is_title(last[-1])
        or (len(last) > 2 and _is_title(last[0]) and bare_word(last[1]) in {"for", "of"})
    )  # ", MP for Witney," too
    fallback: Mention | None = None
    walk_back = -1 if opened_clause else len(chunks) - 2
    for index in range(walk_back, max(-1, len(chunks) - 5), -1):
        if _CLOSING_MARK.match(chunks[index + 1]):
            break  # '"… the liberation of Malynivka," a claim Hrytsenko': quoted words
        whole = words_of(chunks[index])  # read once; the tests below ask for it again
        previous = _after_boundary(whole)
        # A long chunk only when a name ends it: "Independent councillor for Lochside
        # and Strathmore Cllr Duncan Baird, a former hotelier, said".
        named_last = (
            len(previous) > 8
            and all(map(_is_cap, previous[-2:]))
            and all(
                _is_cap(w) or bare_word(w) in TITLES or bare_word(w) in _CONNECTORS
                for w in previous
            )
        )  # an office and a name, no clause
        if not previous or (len(previous) > 8 and not (named_last and len(previous) <= 12)):
            break
        if _date_at_end(previous):
            break  # "But last December, the International Rugby Board": a time, no host
        participle = index == 0 and whole[0][:1].isupper() and bare_word(whole[0]).endswith("ing")
        if participle and _ends_in_an_object(whole):
            break  # "Writing his message in the Northern Echo, the Bishop": fronted too
        if bare_word(whole[0]) in _FRONTING and len(previous) == len(whole):
            if index == 0:
                break  # "Despite a rise in December, the survey": fronted, no host
            continue  # ", from Panasonic's laboratories,": an affiliation; look further back
        a_clause = len(previous) > 2 and _name_then_verb(previous) is not None
        if a_clause and not closed and last and last[0][:1].islower():
            break  # "Mr Maas died on Saturday, his family said": a clause, no host
        before = words_of(chunks[index - 1]) if index else []
        # "in the capital, Aldenburg, the chancellor said": a place; but "in the
        # village, Tom Reed, a retired farmer, said": a person, described.
        described = bool(last) and bare_word(last[0]) in {"a", "an"}
        if (
            before
            and bare_word(before[-1]) in _PLACE_NOUNS
            and (len(previous) == 1 or not described)
        ):
            break
        if _person_like(previous):
            return mention_from_words(previous)
        candidate = mention_from_words(previous)
        plain = opened in _APPOSITIVE_START or bool(last and last[0][:1].islower())
        appositive = plain or role_after
        if candidate is not None and candidate.kind == "description":
            # "A spokesman for Unison, Britain's biggest union, said": the spokesman.
            spokesperson = bare_word(candidate.name.split()[-1]) in _SPOKESPEOPLE
            if spokesperson and (appositive or bool(last and POSSESSED.search(last[0]))):
                host = _after_boundary(before)
                if host and _person_like(host):
                    # "Luc Bérubé, a spokesperson for Acme, a group that …, said": the
                    # spokesperson has a name.
                    return mention_from_words(host)
                named = mention_from_words(last) if _role_and_name(last) else None
                if named is not None and named.kind == "name" and _person_like(named.name.split()):
                    # "Its spokesman, the retired harbour pilot Jens Ove Mikkelsen, said":
                    # the appositive names him.
                    return named
                return candidate
            if (
                last
                and fallback is None  # a name apposed comes first: "…, Sen. Ann Lee, a …,"
                # nor may the appositive name them: "a buyer named Tom Reyes", "a Ms Lee"
                and not _names_someone(last)
                and len(whole) == len(previous)  # not "After the hearing, a spokeswoman"
                and (bare_word(previous[0]) == "the" or _related_to_a_name(previous))
                and bare_word(last[0]) in _INDEFINITE
            ):
                # "The CEO, a grandson of the founder, said", "Residents of Hestvika, a
                # fishing community off the coast of Nordland, say": the role or the
                # people described; the appositive only describes them.
                return candidate
        if candidate is not None and candidate.kind == "name" and appositive:
            if previous[0][:1].islower() and index:
                # "Dmitri Kozhevin, chief negotiator for Ostravia, one of …": a role and
                # whom it serves; the person is further back.
                fallback = fallback or candidate
                opened = bare_word(previous[0])
                continue
            if not _is_org(candidate.name.split()):
                return candidate
            if not plain:
                break  # "A Department for Media, Culture and Sport spokeswoman said"
            # "Laah Chong-gyu, executive director of Korea Development Bank - one of
            # the creditors - said": a person further back is the subject.
            fallback = fallback or candidate
            opened = bare_word(previous[0])
            continue
        if len(whole) != len(previous):
            break  # a clause opener: the subject cannot lie further back
    return fallback or mention_from_words(last)


def _antecedent(chunks: list[str], relative: str) -> Mention | None:
    """What a `relative` ("which", "who") after the last of `chunks` stands for, when a
    phrase's object is it ("according to the company, which", "attended by Ann Lee, an
    adviser …, who"); None for the usual reading ("Ann Lee, who")."""
    last = words_of(chunks[-1])
    if len(last) > 2 and [bare_word(w) for w in last[:2]] == ["according", "to"]:
        return mention_from_words(last[2:])
    inverted = (
        relative == "who"
        and len(last) > 1
        and last[0].islower()
        and bare_word(last[0]) in CUE_SET
        and (bare_word(last[1]) in _INDEFINITE or bare_word(last[1]) == "the")
    )
    if inverted:
        # '"…," confides a source close to the matter, who adds': the inverted cue's own
        # subject (not "claims he was betrayed by the authorities, who promised").
        return _object_words(last[1:])
    if relative != "who":
        return None  # "which" stands for no person
    if len(chunks) > 1 and last and last[0].islower() and last[0] not in _DEFINITE:
        # Past an appositive ("an adviser at the ministry"), unless the chunk before
        # opens the sentence with a phrase ("On a visit to Port Talbot, the minister").
        last = words_of(chunks[-2])
        if (
            last
            and _is_cap(last[0])
            and (bare_word(last[0]) in _PREPOSITIONS or last[0].endswith("ing"))
        ):
            return None
    run = len(last)
    while run and _is_cap(last[run - 1]):
        run -= 1
    named = last[run:]
    # Not after "and" ("Ryan Crabbe and Gordon Rennie") nor a place's preposition
    # ("the nurses at Leeds General Infirmary, who").
    after = bare_word(last[run - 1]) if run else ""
    # "That drew a sharp reply from Ann Lee, who said": what came from her.
    sent = after == "from" and not _FROM_SOMEONE.isdisjoint(
        map(bare_word, last[max(0, run - 4) : run])
    )
    agent = after and (sent or after not in _NOT_AN_AGENT)
    if agent and len(named) > 1 and last[run - 1].islower():
        # ("Senate Minority Leader Aurora Sandoval-Ty": a person, past her office.)
        return mention_from_words(named) if _person_like(strip_title(named)[0]) else None
    return None


#: What comes from someone who then speaks: "a sharp reply from Ann Lee, who said".
_FROM_SOMEONE = word_set("""
    reply response rebuke retort criticism warning letter email statement message call
    challenge question objection complaint praise support backing answer
    """)


#: Words before a name that make it no agent a "who" stands for: a coordinated name, or a
#: place ("in Port Talbot", "at Leeds General Infirmary").
_NOT_AN_AGENT = frozenset({"and", "or", "in", "at", "near", "to", "from", "of", "on"})
#: Words that open a subject of its own, not an appositive: "the minister, who".
_DEFINITE = frozenset({"the", "its", "his", "her", "their", "our", "this", "that"})


def _subject_of_reduced_relative(words: list[str]) -> list[str]:
    """ "a proposition one rival executive (has called)": a relative clause without
    "that", whose own subject, someone described, starts at its determiner."""
    if _RELATIVE_DETERMINERS.isdisjoint(words):
        return words  # the cheap test first: most phrases hold no such determiner
    for at in range(len(words) - 2, 0, -1):
        if words[at] not in _RELATIVE_DETERMINERS:
            continue  # the cheap test first: the word as written, lower case
        before, rest = bare_word(words[at - 1]), words[at:]
        noun = words[at - 1].islower() and before not in _NOT_A_NOUN_BEFORE
        head = bare_word(rest[-1])
        someone = head in TITLES or head in _SPOKESPEOPLE or head in _SOURCES
        if noun and someone and len(rest) <= 4 and all(w.islower() for w in rest):
            return rest
        break
    return words


#: Determiners that open the subject of a relative clause without "that".
_RELATIVE_DETERMINERS = frozenset({"one", "another", "a", "an", "the"})
#: Words before a determiner that make it no subject's: prepositions, verbs, articles.
_NOT_A_NOUN_BEFORE = (
    _PREPOSITIONS
    | _DETERMINERS
    | word_set("of is are was were be been being has have had than like said says told called")
)
_SOURCES = word_set("official source insider diplomat banker trader observer critic")


def _date_at_end(words: list[str]) -> bool:
    """Whether the words end in a date after a preposition: "Geldof in July", "Lee on
    12 May", "Lee in May 2004"; never "Theresa May" (a month word after a name)."""
    at = len(words) - 1
    if at < 1 or not (words[at][:1].isupper() or words[at].isdigit()):
        return False  # the cheap test first
    if words[at].isdigit():
        if bare_word(words[at - 1]) in _DATE_PREPOSITIONS:
            return True  # "on 12", once "May" has gone
        at -= 1  # a year or a day
    if at < 1 or bare_word(words[at]) not in MONTH_NAMES or not words[at][:1].isupper():
        return False
    before = words[at - 1]
    if before.isdigit() and at > 1:
        before = words[at - 2]  # "on 12 May"
    return bare_word(before) in _DATE_PREPOSITIONS


_DATE_PREPOSITIONS = word_set("in on last this since until by during early late mid next")


def _aside_before_verb(words: list[str]) -> bool:
    """ "speaking in Paris", "also at the fair", "seen by the Chronicle": a phrase set
    between the subject and its verb, which names no speaker itself."""
    if len(words) < 2 or not words[0].islower():
        return False
    if words[0].endswith("ing") and words[1] in _ASIDE_PREPOSITIONS:
        return True  # a participle and its place
    if words[0].endswith("ing") and not _UNNAMED.isdisjoint(map(bare_word, words[1:6])):
        return True  # "requesting anonymity", "asking not to be identified"
    if words[0] in {"on", "under"} and not _UNNAMED.isdisjoint(map(bare_word, words[1:4])):
        return True  # "on condition of anonymity", "under condition of anonymity"
    if words[1] == "by" and words[0] in _SEEN:
        return True  # "The report, seen by the Chronicle, said": the report
    if words[0] == "in" and any(bare_word(w) in _SAID_IN for w in words[1:4]):
        return True  # "The civic body, in a statement issued late on Tuesday, said"
    return words[0] == "also" and words[1] in _ASIDE_PREPOSITIONS


_SEEN = word_set("seen obtained reviewed leaked")
#: Words of a source kept unnamed: "requesting anonymity", "asking not to be named".
_UNNAMED = word_set("anonymity anonymously named identified")
#: Nouns for places a name may stand in apposition to: "the capital, Aldenburg,".
_PLACE_NOUNS = word_set("capital city town village region province state country island")
#: What a subject speaks in, set between it and its verb: "in a statement", "in an interview".
_SAID_IN = _DOCUMENTS | word_set("interview speech post tweet address")
#: A US legislator's party and state, set off by commas: "Rep. Carl Ames, R-Texas, said".
#: Honours and ranks written after a name, set off by commas or brackets ("Ann Lee, QC,",
#: "Emeka Obi (SAN)": Senior Advocate of Nigeria); in capitals, so "San" stays a name.
_LETTERS_AFTER_A_NAME = HONOURS | word_set("san")
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.'’]*(?:[ \u00a0][A-Z][\w.'’]*){0,2}")


_ASIDE_PREPOSITIONS = word_set("in at on to after before during from")


def _ends_in_an_object(words: list[str]) -> bool:
    """ "Speaking to Le Matin", "Writing in the Northern Echo": a phrase whose last name
    follows a preposition or an article, so it is no subject the verb could take
    ("Speaking after the vote Bob Neill, leader of …, said" ends in one)."""
    at = len(words)
    while at > 0 and _is_cap(words[at - 1]):
        at -= 1
    if at == len(words) or at == 0:
        return at == len(words)  # no name at the end, or nothing before one
    return bare_word(words[at - 1]) in _PREPOSITIONS | _DETERMINERS


def _subject_after_clause(words: list[str]) -> Mention | None:
    """The main clause's subject after an opening clause with no comma: "(before) he left
    for Africa the chancellor", "(as) he left the court Mr Smith". The opening clause's
    own pronoun subject and lower-case verb come first; its object stands after a verb or
    a preposition, the main subject after any other word."""
    if not (words[1].islower() and bare_word(words[1]) not in _NOT_NAME):
        return None
    for start in range(len(words) - 1, 2, -1):
        before = bare_word(words[start - 1])
        if before in _PREPOSITIONS or _past_verb(before):
            continue
        tail = words[start:]
        if bare_word(tail[0]) == "the" and 1 < len(tail) <= 4:
            head = bare_word(tail[-1])
            if all(w.islower() for w in tail) and (_is_title(head) or head in _SPOKESPEOPLE):
                return mention_from_words(tail)  # "the chancellor", "the deputy mayor"
        elif len(tail) > 1 and words[start - 1].islower() and _person_like(tail):
            return mention_from_words(tail)
    return None


def _role_then_name(words: list[str]) -> Mention | None:
    """ "… chief executive Helmut Panke": a role word, then a person's name, at the end."""
    size = 0
    while size < len(words) and _is_cap(words[-1 - size]):
        size += 1
    if size < 2 or size == len(words) or bare_word(words[-1 - size]) not in TITLES:
        return None
    return mention_from_words(words[-size:]) if _person_like(words[-size:]) else None


_HE_SHE = frozenset({"he", "she"})
#: A pronoun and its verb as one word: "she’d", "they’ve", "You’re" (no name is spelt so).
_PRONOUN_CONTRACTION = re.compile(r"(?i)(i|you|we|they|he|she|it)['’](?:ve|d|ll|s|re|m)")
#: A name written again in a script without capitals, in brackets: "(王淑芬)".
_NAME_IN_ITS_SCRIPT = re.compile(r"[ \u00a0]*\((?:[^\x00-\u024f()\s]){1,12}\)")
#: A name someone gave or went by, in a clause before the cue: "who gave his name only
#: as Musa,", "identified only as Ana,".
_NAME_GIVEN_AS = re.compile(
    r"\bwho (?:gave (?:his|her|their) (?:first |last |sur)?name|(?:asked|wished|wanted) to be"
    r" identified|was identified)"
    rf"(?: only)? as ([{CAPITALS}][\w'’\-]+(?: [{CAPITALS}][\w'’\-]+)?),?[ \u00a0]*$"
)
#: A full stop, then a capitalised word: where a sentence may open.
_NEW_SENTENCE = re.compile(r"[.!?][ \u00a0]+([A-Z][a-z]+)\b")
#: A dateline's place in capitals: "DUBAI", "PELICAN HEAD", "SANTA CRUZ".
_CAPS_PLACE = r"[A-Z][A-Z'’.\-]+(?:[ \u00a0]+[A-Z][A-Z'’.\-]+){0,3}"
#: A dateline in capitals before a dash: "DUBAI — ", "PELICAN HEAD, Maine — ".
_DASH_DATELINE = re.compile(_CAPS_PLACE + r"(?:,[ \u00a0][^—–\n]{1,30})?[ \u00a0]+[—–-]+[ \u00a0]+")


#: A live blog's time at the start of an entry: "09:51", "14.05 GMT".
LIVE_TIME = re.compile(
    r"^\d{1,2}[:.]\d{2}(?:[ \u00a0]*(?:GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|am|pm))?[ \u00a0]+"
)


def past_dateline(text: str) -> str:
    """A sentence after its dateline, if it opens on one: "VELLGRAD, March 3 (Reuters) -
    The ministry said", "DUBAI — Gulf Horizon Logistics said"."""
    if text[:1].isdigit():
        return LIVE_TIME.sub("", text, count=1)  # "09:51 Dr Mayhew has been speaking"
    if not text.lstrip(" \u00a0")[:2].isupper():
        return text  # the cheap test first: a dateline opens on capitals
    if "(" in text:
        text = _WIRE_DATELINE.sub("", text, count=1)
    dateline = _DASH_DATELINE.match(text)
    return text[dateline.end() :] if dateline is not None else text


#: A dateline's place in capitals and its region, before a colon or a dash: "SANTA CRUZ,
#: St Elizabeth:".
_DATELINE_PLACE = re.compile(
    _CAPS_PLACE + r",[ \u00a0][^:—–\n]{1,30}(?::|[ \u00a0]*[—–]|[ \u00a0]+-)"
)
#: A wire story's dateline: a place in capitals, maybe a date, the agency in brackets.
_WIRE_DATELINE = re.compile(
    r"^[ \u00a0]*[A-Z][A-Z'’.\-]*(?:[ \u00a0]+[A-Z][A-Z'’.\-]*){0,3}"
    # the agency: any after a date ("VELSHAVN, May 3 (Wire) -"), a known one after the
    # place alone ("LONDON (Reuters) -"; not "WFP (World Food Programme) —")
    r"(?:,[^()\n]{1,30}[ \u00a0]*\((?:The )?[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,2}\)"
    r"|[ \u00a0]*\((?:The )?(?:Reuters|AP|AFP|UPI|AAP|CP|PA|dpa|DPA|EFE|ANSA|ANI|PTI|IANS"
    r"|Bloomberg|Xinhua|Kyodo|Yonhap|TASS|Interfax|Associated Press|Canadian Press"
    r"|Agence France-Presse)\)"
    # or one word after the place alone ("KABUL (Wire) -")
    r"|[ \u00a0]*\([A-Z][a-z]+\))[ \u00a0]*[-—–]+[ \u00a0]*"
)
_TRAILING_ASIDE = re.compile(r"[ \u00a0]*\([^()]{1,160}\)$")
#: A party in brackets after a name, as UK papers give it: "(SNP)", "(Lab)", "(LD)".
_BRACKETED_TAG = re.compile(
    r"(?<=\w)[ \u00a0]*\((?:SNP|Lab|Con|LD|Lib Dem|Green|Plaid|DUP|SDLP|UUP|SF|Ind|Alba)\)"
)


#: Words before a capitalised run that make it a place, a time or a paper, no holder.
_WHERE_OR_WHEN = word_set("the in on at near during since until")


def _holder_before(text: str) -> str | None:
    """The person named right before ", (a) deputy commissioner (DC)": a name opening
    its clause, not a paper, a place or a time ("Speaking to The Daily Star,", "In
    Charnagar,", "On Monday,")."""
    found = _HOLDER_BEFORE.search(text)
    if found is None:
        return None
    words = found.group(1).split()
    before = text[: found.start(1)].rstrip().rpartition(" ")[2]
    if bare_word(words[0]) == "the" or bare_word(before) in _WHERE_OR_WHEN:
        return None  # "Speaking to The Daily Star,", "in Dhaka District,"
    while words and bare_word(words[0]) in _NOT_NAME | _SENTENCE_ADVERBS:
        words = words[1:]  # "Later Tom Hill", "In Charnagar"
    kept, _ = strip_title(words) if len(words) > 1 else (words, None)
    return " ".join(words) if len(kept) > 1 and _person_like(kept) else None


def _office_letters(match: re.Match[str]) -> str | None:
    """The office a "deputy commissioner (DC)" match names, when the letters are its
    initials and it ends in a title (not "the French broadcasting regulator (CSA)")."""
    letters = match.group(2)
    words = match.group(1).split()[-len(letters) :]
    initials = "".join(word[0] for word in words).upper()
    return " ".join(words) if initials == letters and _is_title(words[-1]) else None


def _without_office_letters(text: str) -> str:
    """The text less an office's letters in brackets: "deputy commissioner of Charnagar"."""
    if " (" not in text:
        return text
    return _LOWER_OFFICE_LETTERS.sub(
        lambda m: m.group(1) if _office_letters(m) is not None else m.group(0), text
    )


#: An office in lower case and its letters: "deputy commissioner (DC)".
_LOWER_OFFICE_LETTERS = re.compile(r"\b((?:[a-z]+ ){0,4}[a-z]+) \(([A-Z]{2,5})\)")
_MARKS_AND_SPACE = " \u00a0'’‘\"“”«»„‹›"
#: Words of a time phrase: "this week", "a day earlier", "the following week".
_TIMES = word_set(
    "week month year day morning afternoon evening night hour weekend earlier later "
    "following same time"
)
#: A whole quotation, the comma after it (British style) read off: '“We'll fight”, '.
_ONLY_A_QUOTATION = re.compile(r"[ \u00a0]*[\"“„«'‘][^\"“”„«»]+[\"”“»'’]")
#: Where `subject_before` cuts a text into chunks: commas, dashes, semicolons, brackets;
#: the second pattern, slower, keeps "210,000" whole and is used only where such a
#: number stands.
_CHUNK_BREAK = re.compile(r"\s*[,—–;(]\s*|\s+-\s+|\)\s*")
_CHUNK_BREAK_IN_NUMBERS = re.compile(r"\s*(?:(?<!\d),|,(?!\d{3}\b)|[—–;(])\s*|\s+-\s+|\)\s*")
_THOUSANDS = re.compile(r",(?<=\d,)\d{3}\b")  # from its comma: the matcher skips to commas
#: A mark either pattern needs to cut: a text without one is a single chunk.
_BREAK_MARK = re.compile(r"[,—–;()-]")
#: A chunk opening on the closing mark of a quotation the chunk before it ends in, then
#: a determiner: '"… of Malynivka," a claim Hrytsenko dismissed' (not '"Fear," "Rage"').
_CLOSING_MARK = re.compile(r"[\"”’'][ \u00a0]+(?:a|an|the|one)[ \u00a0]")
_RELATIVE = frozenset({"who", "whom", "whose", "which"})

#: A relative clause a preposition opens, inside a chunk: " to which Hubbard belongs".
_PREPOSITION_RELATIVE = re.compile(r" (?:in|on|at|to|for|by|of|from|with) (?:which|whom) ")
_WHO = frozenset({"who", "whom"})
#: "that" opening a relative clause after a lower-case noun, before its verb.
_THAT_RELATIVE = re.compile(r"(?<=[a-z]) that (?=[a-z]+(?:s|ed)\b)")

_BOUNDARY = word_set("""
    that while because as when after before but if although though since so which who
    whom where and whereas until unless than said says told according then what
    """)


_SAID = word_set("said says")

#: Words opening a subordinate clause, whose subject is its own.
SUBORDINATORS = word_set(
    "while because as when after before if although though since whereas until unless"
)


def _named_modal(word: str) -> bool:
    """ "May wrote", "Will said": a capitalised modal before a cue is a name."""
    return _is_cap(word) and bare_word(word) in {"may", "will", "might", "can"}


def _after_a_preposition(words: list[str], last: int) -> bool:
    """Whether the capitalised run ending at `last` follows a preposition: "meet at
    Twickenham and Kirwan says …" joins two clauses, not two names."""
    first = last
    while first > 0 and _is_cap(words[first - 1]):
        first -= 1
    return first > 0 and bare_word(words[first - 1]) in _PLACE_PREPOSITIONS


#: Prepositions of place and time ("at Twickenham", "in Holland"), not those inside the
#: names of bodies and seats ("Department for Work and Pensions", "MP for Sleaford and …").
_PLACE_PREPOSITIONS = word_set("at in on to into with against after before during near")


def _after_boundary(words: list[str]) -> list[str]:
    """The words after the last clause opener ("While Putin" -> "Putin")."""
    # The cheap test first: most subjects hold no opener, and one pass in C tells so.
    if not _BOUNDARY.isdisjoint(map(bare_word, words)):
        for i in range(len(words) - 1, -1, -1):
            bare = bare_word(words[i])
            if bare not in _BOUNDARY:
                continue
            if bare in _SAID and i and words[i][:1].isupper() and _is_cap(words[i - 1]):
                continue  # "Omar Said", "Edward Said": a surname, no verb
            if bare == "and" and (
                i > 0
                and _is_cap(words[i - 1])
                and i + 1 < len(words)
                and _is_cap(words[i + 1])
                and not _after_a_preposition(words, i - 1)
            ):
                continue
            if bare == "what" and not (
                1 <= len(words) - i - 1 <= 6
                and (_is_cap(words[i + 1]) or bare_word(words[i + 1]) in _DETERMINERS)
                and not any(map(_past_verb, words[i + 1 :]))
            ):
                # "what the anchor described as", "what the Official Opposition's transport
                # critic called"; not "what might form", nor "asked what the President
                # thought of the plan, said" (a question, set aside).
                continue
            words = words[i + 1 :]  # "but on Wednesday the minister": the fronting too
            if len(words) <= 3 or bare_word(words[0]) not in _FRONTED_PREPOSITIONS:
                return words
            break
    if len(words) > 3 and bare_word(words[0]) in _FRONTED_PREPOSITIONS:
        # "In a filing to US regulators the airline": the subject after a fronted phrase
        # with no comma is the noun phrase its last article opens.
        last_article = max(
            (i for i, w in enumerate(words) if i and bare_word(w) in {"the", "a", "an"}),
            default=0,
        )
        tail = words[last_article:]
        # (Names may modify its noun: "Outside the chamber a Downing Street spokesman".)
        if last_article and len(tail) <= 5 and tail[-1].islower() and tail[1:2] != ["of"]:
            return tail
    return words[-10:]


_FRONTED_PREPOSITIONS = word_set(
    "in on at after during following with under outside inside before behind near"
)
#: Words opening a phrase or clause put before a sentence's subject, which an appositive
#: after it never describes.
_FRONTING = _PREPOSITIONS | word_set(
    "despite although though while when if because unlike back outside inside near across "
    "behind beyond around along throughout within elsewhere nearby"
)


def object_after(text: str) -> Mention | None:
    """The noun phrase right after a cue ("said one Ukrainian soldier in …")."""
    return _read_listed_whole(_object_after, text)


def _object_after(text: str) -> Mention | None:
    """`object_after`, read."""
    phrase = _phrase(text)
    words = words_of(phrase)  # read once: neither reader changes the list
    found = _author_of_document(words) or _object_words(words)
    if found is not None and found.kind == "description":
        # "said the festival's executive director, Craig Prater.": the role's name.
        named = _NAME_IN_APPOSITION.match(text, len(phrase))
        if named is not None:
            name = named.group(1).split()
            if not _is_initial(name[-1]):
                name[-1] = name[-1].rstrip(".")
            if len(name) > 1 and _person_like(name):
                return mention_from_words(name) or found
    return found


_NAME_IN_APPOSITION = re.compile(
    rf",[ \u00a0]+([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+(?:(?:"
    + "|".join(sorted(_PARTICLES))
    + rf")[ \u00a0]+){{0,2}}[{CAPITALS}][\w'’.\-]*){{0,3}})"
    r"(?=[ \u00a0]*(?:[.,;:!?]|$))"
)


def names_whole_phrase(text: str, mention: Mention) -> bool:
    """Whether `mention`, opening `text`, names who spoke (", said Mr Clarke.", "said Tom
    Forte in a statement") rather than the subject of a reported clause (", said Britain
    would …")."""
    words = words_of(_phrase(text))
    named = words_of(mention.text)
    size = len(named)
    at = next((i for i in range(len(words)) if words[i : i + size] == named), None)
    if at is None:
        return True
    if at and bare_word(words[at - 1]) in _PREPOSITIONS:
        return False  # "wrote Monday on Facebook that …": where, not who
    following = words[at + size : at + size + 1]
    if not following:
        return True
    verb = bare_word(following[0])
    return verb not in _CLAUSE_VERBS and not (verb.endswith("ed") and verb not in _NOT_ADJECTIVE)


#: Verbs that make the name before them the subject of a reported clause.
_CLAUSE_VERBS = word_set(
    "is was are were has had have will would can could should must may might did does do"
)


#: `_SKIP_BEFORE_CUE` less "this" ("said this week", but "said this official"), built once.
_SKIP_AFTER_CUE = _SKIP_BEFORE_CUE - {"this"}


def _object_words(words: list[str]) -> Mention | None:
    skipped_preposition = False
    while words and bare_word(words[0]) in _SKIP_AFTER_CUE:
        skipped_preposition = skipped_preposition or bare_word(words[0]) in _PREPOSITIONS
        words = words[1:]
    if not words or bare_word(words[0]) in _PREPOSITIONS or bare_word(words[0]) == "that":
        # "said that …" introduces what was said, not who said it.
        return None
    if skipped_preposition and bare_word(words[0]) in _DETERMINERS:
        return None  # "wrote on his website", "said in a statement": where, not who
    if bare_word(words[0]) in PRONOUNS and not _surname_he(words, 0):
        return mention_from_words(words[:1])
    if bare_word(words[0]) == "one" and (len(words) == 1 or words[0][-1:] in ".,;"):
        return mention_from_words(words[:1])  # '"…," says one.'
    # "said emergency co-ordinator Karen Lindsay": a name after role words; the last such
    # ("said ABN Amro chief Asian strategist Eddie Wong": not "Asian").
    named: list[str] = []
    for i, word in enumerate(words[:8]):
        bare = bare_word(word)
        if bare in _END_DESCRIPTION or bare in _AFFILIATION:
            break  # "Paul Dergarabedian of box office tracker Exhibitor Relations"
        if i and _is_cap(word) and words[i - 1][:1].islower() and _role_word(words[i - 1]):
            named = [word]
            for more in words[i + 1 :]:
                if not _is_cap(more):
                    break
                named.append(more)
    if named:
        return mention_from_words(named)
    # The first word that is no determiner: the phrase's core opens there.
    core = next((w for w in words if bare_word(w) not in _DETERMINERS), None)
    if core is not None and _is_cap(core):
        # A name: the capitalised run that starts here, titles stripped.
        run: list[str] = []
        for word in words:
            if (
                _is_cap(word)
                or bare_word(word) in _CONNECTORS
                or (not run and bare_word(word) in _DETERMINERS)
            ):
                run.append(word)
            else:
                break
        while run and bare_word(run[-1]) in _CONNECTORS:
            run.pop()
        rest = words[len(run) :]
        adjective = (
            bool(rest) and rest[0][:1].islower() and bare_word(rest[0]) not in _NOT_ADJECTIVE
        )
        if run and _is_cap(run[-1]) and not adjective:
            return mention_from_words(run)
    if _spokesperson_for(words) is not None:
        return mention_from_words(words)  # "said a spokesman for Ofcom."
    related = _related_to_a_name(words)
    if related is not None:
        return related  # "said a lawyer for Jane Doe on Monday"
    # "said the Sale player": the article stays, as it tells a description that refers
    # back ("the coach") from a new source ("said an economist at a rival bank", never
    # the economist named before).
    article = words[:1] if bare_word(words[0]) in _ARTICLE_KEPT and words[1:2] != ["of"] else []
    return mention_from_words(article + _describe(words))


#: Articles a description after a cue keeps: the definite one and the indefinite ones.
_ARTICLE_KEPT = frozenset({"the", "a", "an", "another"})


def _role_word(word: str) -> bool:
    """A title, or a noun for someone's job ("strategist", "forecaster")."""
    bare = bare_word(word)
    if bare in TITLES:
        return True
    return bare.endswith(("ist", "er", "or")) and bare not in _PREPOSITIONS | _NOT_A_ROLE


#: Words that go on to someone's organisation: "Herbert Hansen of Keyobs".
_AFFILIATION = word_set("of from at with")
#: Words ending like a job that are none: "after", "over", "or".
_NOT_A_ROLE = word_set(
    "after over under other either neither whether for or nor per ever never senior junior "
    "minor major former latter elder younger older"
)


#: Abbreviations written with a full stop inside names: "Rep.", "Dr.", "St.", "Jr.".
_ABBREVIATED = word_set(
    "mr mrs ms dr prof rep sen gov gen lt col sgt capt maj adm cmdr rev st jr sr fr msgr mgr"
    " tmt smt hon engr supt insp det coun brig cpl pte"
)
_PHRASE_STOP = re.compile(r"[,;:!?—–()\"“”]|\.(?=\s|$)")
_LETTERS_IN_PHRASE = re.compile(
    r"\((?<=\w[ \u00a0]\()[A-Z]{2,6}\)"
    r"(?=[ \u00a0]+(?!(?:in|on|at|for|to|from|with|by|after|before|during|and|or)\b)[a-z])"
)


def _phrase(text: str) -> str:
    """The text up to the first punctuation that ends a noun phrase.

    A full stop ends it only after a whole word: "Rep." and "G.K." are abbreviations
    inside a name ("said Rep. G.K. Butterfield, head of …").
    """
    start = 0
    while True:
        match = _PHRASE_STOP.search(text, start)
        if match is None:
            return text
        if match.group(0) == ".":
            before = text[: match.start()].rsplit(None, 1)  # [] for blanks alone
            word = before[-1] if before else ""
            if bare_word(word) in _ABBREVIATED or _is_initial(word + "."):
                start = match.end()
                continue
        elif match.group(0) == "(":
            # "the Republican People's Party (CHP) parliamentary group chair": a body's
            # letters inside the phrase, which goes on in lower case.
            letters = _LETTERS_IN_PHRASE.match(text, match.start())
            if letters is not None:
                start = letters.end()
                continue
        return text[: match.start()]


def _subject_before_pronoun(text: str, names: list[tuple[int, str | None]], at: int) -> str | None:
    """Whom a he/she at `at` votes for: the surname of the last name before it (since the
    last pronoun) that is no object ("in Sumatra"), or None when that name is no known
    one. Not a name inside the quotation the pronoun attributes ('"… what Þórhallur is
    describing," she said').

    Read back from the pronoun, so only the few names right before a pronoun have the
    words before them read, not every name in the text.
    """
    opened = -1
    if _CLOSED_BEFORE.search(text, max(0, at - 4), at) is not None:
        # Looked for within a quotation's reach: a long paragraph is not read back whole.
        reach = max(0, at - _QUOTE_REACH)
        opened = max(text.rfind("“", reach, at), text.rfind('"', reach, at - 4))
    for start, named in reversed(names):
        if start > opened >= 0:
            return None  # no vote: the name before it may not be the speaker either
        before = text[max(0, start - 12) : start].split()
        if not (before and bare_word(before[-1]) in _OBJECT_BEFORE):
            if named is not None and _OTHER_PERSON.search(text, start, at) is not None:
                # "Sanne de Bruijn, whose son was hit outside his school": the son's "his".
                return None
            return named
    return None


#: A relative or a person named by a noun between a name and a pronoun, whom the
#: pronoun may mean instead: "whose son …, his".
_OTHER_PERSON = re.compile(
    r"\b(?:whose|her|his|their)[ \u00a0]+(?:[\w\-]+[ \u00a0]+)?"
    r"(?:son|daughter|husband|wife|father|mother|brother|sister|boy|girl|child|friend|partner)\b"
)
#: A closing quotation mark right before a pronoun: '…," she'; and how far back its
#: opening mark is looked for.
_QUOTE_REACH = 2000
_CLOSED_BEFORE = re.compile(r"[,.!?]?[”\"][ \u00a0]+$")
#: After the " and " of "Samuel and Grace Okonkwo": the second given name and the
#: surname, with no capital after it ("the Bill and Melinda Gates Foundation").
_COUPLE_REST = re.compile(
    rf" and[ \u00a0]+([{CAPITALS}][a-zà-ÿ]+)[ \u00a0]+([{CAPITALS}][\w'’\-]+)\b"
    rf"(?![ \u00a0]+[{CAPITALS}])"
)  # opening on a literal, which the matcher skips to at C speed
_GIVEN_NAME = re.compile(rf"[{CAPITALS}][a-zà-ÿ]+")
#: A nickname in quotation marks inside a name: 'Marguerite "Peggy" Ashworth'.
#: Found from its opening mark (the matcher tries few places), the names around it read
#: after: `_NICKNAMED_REST` the rest of the name.
_NICKNAME = re.compile(
    rf"[\"“‘']([{CAPITALS}][\w\-]+(?:[ \u00a0][{CAPITALS}][\w\-]+){{0,2}})"  # "Eddie Boy"
    rf"[\"”’'][ \u00a0](?=[{CAPITALS}])"
)
_NICKNAMED_REST = re.compile(rf"[{CAPITALS}][\w'’\-]+(?:[ \u00a0][{CAPITALS}][\w'’.\-]+)?")
#: How every `_NICKNAME` ends: a word, its closing mark, a space and a capital.
_NICKNAME_END = re.compile(rf"[\w\-][\"”’'][ \u00a0][{CAPITALS}]")
_SPACES = frozenset(" \u00a0")


def _may_give_nickname(text: str) -> bool:
    """Whether a text holds `_NICKNAME_END`: the cheap test before `_NICKNAME` is looked
    for (it is in ~1 paragraph in 70). `str.find` goes to each closing mark at C speed,
    where a pattern opening on a character set tests every character in turn."""
    for mark in "\"”’'":
        at = text.find(mark, 1)
        while at >= 0:
            # The cheap test first: an opening mark stands before a letter.
            if text[at + 1 : at + 2] in _SPACES and _NICKNAME_END.match(text, at - 1):
                return True
            at = text.find(mark, at + 1)
    return False


@functools.cache
def _alias_pattern() -> re.Pattern[str]:
    """Two names for one person: "JK, also known as Jason King", "Jason King (aka JK)",
    "Margaret Dunne, known to friends as Mags". Compiled when an article first says
    "known", not at start-up."""
    return re.compile(
        rf"(?<![\w'’.\-])([{CAPITALS}][\w'’.\-]*(?:{NAME_GAP}[{CAPITALS}][\w'’.\-]*){{0,3}})"
        r"(?:,|[ \u00a0]+\(|[ \u00a0]+[—–])[ \u00a0]*(?:also[ \u00a0]+)?"
        # "known to friends as", "known to everyone in the state simply as"
        r"(?:known[ \u00a0]+(?:(?:to|on|in|around|among|across)[ \u00a0]+"
        r"(?:[a-z]+[ \u00a0]+){1,5})?as|aka)[ \u00a0]+"
        rf"([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{0,3}})"
    )


@functools.cache
def _as_known_pattern() -> re.Pattern[str]:
    """A name the article says someone goes by: "Doña Lupita, as Hernández Ríos is
    known," (the name, then whom it stands for)."""
    return re.compile(
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
_FINAL_STOP = re.compile(r"(?<=\w\w)\.$")
#: A relative pronoun right after a name: "which" for a body, "who" for a person.
_RELATIVE_AFTER = re.compile(r", (which|who)\b")


def _after_the(raw: str, text: str, at: int) -> bool:
    """Whether a name run `raw` read at `at` in `text` opens with "The" or follows "the",
    and so names a body (`body_after_the`)."""
    if raw.startswith("The "):
        return body_after_the(raw.split()[1:])
    after = text.endswith("the ", 0, at) and not text[at - 5 : at - 4].isalpha()
    return after and body_after_the(raw.split())


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
    if before == "of":  # "at the end of Tidewater Lane"; not "the life of Nathan Lane"
        ahead = text[max(0, at - 20) : at].split()
        before = "on" if len(ahead) > 1 and bare_word(ahead[-2]) in _PARTS_OF_A_STREET else ""
    return last in _STREET_WORDS and before in _STREET_PREPOSITIONS


_BEFORE_A_PLACE = word_set("in at near outside across throughout")
#: Words that make a name a place's, and are no common given names or surnames (not
#: "Hill", "Green", "Bay", "Glen", "Lake", "Little").
_PLACE_OPENERS = word_set("port fort mount mt saint st san santa upper lower cape")
_PLACE_LAST_WORDS = word_set("""
    harbour harbor falls springs heights valley town village island islands creek
    """)
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
        bare_word(w) in TITLES or bare_word(w) in _STYLES or _nationality(w) for w in named
    )


#: Styles of royalty and nobility, which a person's name may follow "the" with.
_STYLES = word_set("duke duchess earl countess marquess sultan emir dalai briton scot")


class Names:
    """Every capitalised name an article uses, to expand "Putin" to "Vladimir Putin"."""

    def __init__(self, texts: list[str]) -> None:
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
        self._role_holders: dict[str, list[tuple[tuple[int, int], str]]] = {}  # by `role_of`
        for index, text in enumerate(texts):
            if "(" in text:
                self._read_abbreviations(text, index)
            if "-owned " in text or "-listed " in text:  # the cheap test first
                # "the Canadian-owned Minera Cerro Pardo": a company, whatever its name.
                owned.update(m.group(1) for m in _OWNED_NAME.finditer(text))
            if "known" in text and ("known as" in text or " as " in text):
                self._read_aliases(text)
            if _may_give_nickname(text):  # the cheap test first: few texts give nicknames
                self._read_nicknames(text)
            if " and " in text and _COUPLE_REST.search(text):  # the cheap test first
                self._read_couples(text)
            relatives = ", wh" in text
            # Whether a body's noun stands before a name anywhere here: few texts.
            body_nouns = _BODY_NOUN_THEN_CAPITAL.search(text) is not None
            # Where the opening dateline ends (after a plain text's headline, maybe): "SANTA
            # CRUZ, St Elizabeth:" names no one.
            dated = _DATELINE_PLACE.match(text) if index < 2 and text[:2].isupper() else None
            dateline_end = dated.end() if dated is not None else 0
            # Where an appositive calls the name before it a body: few texts have one.
            apposed = {m.start() for m in _BODY_APPOSITIVE.finditer(text)} if ", " in text else ()
            # The names read since the last pronoun: (offset, the surname a pronoun
            # after it would vote for, or None).
            since: list[tuple[int, str | None]] = []
            # Where a run naming an office's portfolio began and ended ("Minister of Trade").
            office_start = office_end = -1
            for match in finditer(text):
                group = match.lastgroup
                if group != "name":
                    # A sentence-opening pronoun (no group) may look past the last name.
                    # "him" and "her" do not vote: as objects they usually mean someone
                    # other than the name just before ("Lee reached out to her").
                    if group is not None and since and match[0] not in {"him", "her"}:
                        pending = _subject_before_pronoun(text, since, match.start())
                        if pending is not None:
                            votes = votes_of.setdefault(pending, [0, 0])
                            votes[0 if group == "he" else 1] += 1
                    since.clear()
                    continue
                raw = match[0]
                joined = office_end >= 0 and match.start() == office_end + 5
                # (Not "The Minister of Health and Ama Owusu": a portfolio goes on, or a
                # word of it before a name, "… and Territory Lucía Bermejo".)
                joined = joined and (
                    bare_word(raw.split(None, 1)[0]) in _PORTFOLIO_WORDS or raw.count(" ") > 1
                )
                if joined and text.startswith(" and ", office_end):
                    # "Minister of Trade and Industry Kang Min-jae": one run, read whole,
                    # so that no "Industry Kang Min-jae" is filed.
                    raw = text[office_start : match.end()]
                elif (
                    office_end >= 0
                    and match.start() == office_end + 2
                    and text.startswith(", ", office_end)
                    and bare_word(raw) in _PORTFOLIO_WORDS
                    and text.startswith((" and ", ", "), match.end())
                ):
                    # "Secretary of State for Transport, Infrastructure and …": one more
                    # portfolio of the office's list, no one's name.
                    office_end = match.end()
                    continue
                office_end = -1
                if (
                    (" of " in raw or " for " in raw)
                    and bare_word(raw.rpartition(" ")[2]) in _PORTFOLIO_WORDS
                    and _names_an_office(raw)
                ):
                    office_start, office_end = match.start(), match.end()
                runs, titles, key, size = read_run(raw)
                if relatives and runs and text.startswith(", wh", match.end()):
                    # "Laura Ashley, which floated in 1995": a company, whatever its name.
                    relative = _RELATIVE_AFTER.match(text, match.end())
                    if relative is not None:
                        (which if relative.group(1) == "which" else who).add(runs[-1][0])
                elif apposed and runs and match.end() in apposed:
                    # "Austurorka, the regional utility, said": a body, whatever its name.
                    owned.add(runs[-1][0])
                elif (
                    body_nouns
                    and runs
                    and raw.startswith(runs[0][0])
                    and _after_a_body_noun(text, match.start(), match.start() + len(runs[0][0]))
                ):
                    # "from the Uruguayan club Atlético Sereno.": a body, whatever its name.
                    owned.add(runs[0][0])
                if raw not in seen:
                    seen.add(raw)
                    for run, folded, first in runs:
                        if first is not None or titles:
                            # Not a dateline in capitals ("PELICAN HEAD, Maine — …").
                            # Nor a name right after "the" ("the Waterschap Zeeuwse
                            # Delta"): a body's, as no person's name follows "the".
                            # One word is a person's name only with a title ("Bu
                            # Suparmi", an Indonesian "Mrs").
                            if (
                                len(people) < _PEOPLE_KEPT
                                and run == runs[-1][0]
                                and not run.isupper()
                                and match.start() >= dateline_end
                                and (
                                    titles
                                    or len(runs) > 1
                                    # "At the Ballards Valley packing house": a place's
                                    # name, no person's, right after "the".
                                    or not (
                                        text.endswith("the ", 0, match.start())
                                        or _after_the(raw, text, match.start())
                                    )
                                )
                            ):
                                people.append((run, _lower_word_then_name(text, match.end())))
                                if _a_place(raw, text, match.start()):
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
                            if last in _COMPANY_ENDINGS:
                                self._has_company = True
                            if len(folded) > 2:
                                self._has_inner = True
                        if len(folded) > 2 and ends_in_member_letters(run):
                            # "Ann Lee MP": "Lee" alone is Ann Lee, the letters aside.
                            bare = run.rsplit(None, 1)[0]
                            by_last.setdefault(folded[-2], {}).setdefault(bare, folded[:-1])
                        elif len(folded) > 1 and last in GENERATIONS:
                            self._file_junior(run, folded)
                    for title, name, _, _ in titles:
                        at = (index, match.start())
                        for word in (title, _TITLES_IN_FULL.get(title)):
                            if word is not None:  # "Gov. Ann Lee" is "the governor", too
                                title_of.setdefault(word, name)
                                self._title_holders.setdefault(word, []).append((at, name))
                for _, name, surname, vote in titles:
                    titled.append(((index, match.start()), name, surname))
                    if vote >= 0:
                        # "Mrs Lee", "Sir Tom Hale": as good as two pronouns.
                        votes_of.setdefault(surname, [0, 0])[vote] += 2
                        self._title_votes.setdefault(surname, [0, 0])[vote] += 1
                # Whether the name is a known one is decided now, as later names add to
                # `by_last`; whether it is an object, only if a pronoun asks.
                named = key if key is not None and (size > 1 or key in by_last) else None
                since.append((match.start(), named))
        self._classify_expansions()
        #: Names the article goes on about with "which" and never with "who", or calls
        #: a body in an appositive: bodies.
        self.bodies = (which - who) | owned
        #: Abbreviations looked up in the text without brackets: "FBI" -> "Federal …".
        self._initialisms: dict[str, str | None] = {}
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
                if qualifier.isalpha() and qualifier not in _DETERMINERS:
                    keys.append(f"{qualifier} {title}")
                name = _untitled(name)  # "chief executive Dr Rosalind Tebbutt"
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
                    at, name = (index, match.start()), _untitled(name)
                    if qualifier is None:
                        file(title, name, at)
                        continue
                    file(f"{qualifier.lower()} {title}", name, at)
                    if bare_word(qualifier) in _PORTFOLIO_WORDS and title not in _NOT_ALONE:
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
                words = _clean_run(match.group(2).split())
                if words and not _is_org(words):
                    name = _FINAL_STOP.sub("", " ".join(words))
                    found.setdefault(match.group(1), []).append(((index, match.start()), name))
            if " and h" in text or " with h" in text:  # the cheap test first
                for match in _NAME_AND_KIN.finditer(text):
                    # "Margaret Hale, 68, and her daughter Josie Hale": Josie's mother,
                    # and Margaret's daughter; not "moved to New York with her son".
                    lead = text[max(0, match.start() - 6) : match.start()].split()
                    if lead and lead[-1].lower() in _NOT_A_HOLDER:
                        continue
                    back = _KIN_BACK.get((match.group(2), match.group(3)))
                    holder, kin = self.fullest(match.group(1)), self.fullest(match.group(4))
                    if back is None or not _person_like(holder.split()):
                        continue
                    at = (index, match.start())
                    found.setdefault(back, []).append((at, holder))
                    self._partners[at] = kin
                    forward = (index, match.start(3))
                    found.setdefault(match.group(3), []).append((forward, kin))
                    self._partners[forward] = holder
            if "’s " in text or "'s " in text:  # the cheap test first
                for match in _NAME_THEN_SPOUSE.finditer(text):
                    # "Ewa Nowak, Piotr's wife, …": whom Ewa Nowak's "her husband" means.
                    spouse = "husband" if match.group(3) == "wife" else "wife"
                    owner = self.fullest(match.group(2))
                    owner = owner if " " in owner else self.by_first(owner) or owner
                    at = (index, match.start())
                    found.setdefault(spouse, []).append((at, owner))
                    self._partners[at] = self.fullest(match.group(1))
            if "married " not in text:
                continue  # the cheap test first
            for match in _MARRIED.finditer(text):
                # "She married Alan McAllister": whom her "her husband" means from there.
                words = match.group(2).split()
                if not _person_like(words) or text.startswith(("'", "’"), match.end()):
                    continue  # "married Tom Vance's brother"
                spouse = "husband" if match.group(1).lower() == "she" else "wife"
                at = (index, match.start())
                found.setdefault(spouse, []).append((at, " ".join(words)))
                # The one "he" or "she" is: the last person named before, if any.
                # The sentence's last few hundred characters: read at every "married".
                before = _NAME_RUN_BEFORE.findall(text, max(0, match.start() - 300), match.start())
                partner = next((r for r in reversed(before) if _person_like(r.split())), None)
                if partner is not None:
                    self._partners[at] = self.fullest(partner)
        return found

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

    def titled_last(self, title: str, before: tuple[int, int]) -> str | None:
        """The person the article titled so last before `before` (text index, offset)."""
        return _last_before(self._title_holders.get(title, ()), before)

    @functools.cached_property
    def addressed(self) -> frozenset[str]:
        """One-word names the article gives a form of address that goes with a person's
        only name ("Ibu Sumarni", "Pak Slamet"): people, though no other name of theirs is
        written. (Not "Ms Lind" nor "Lord Browne": a surname, a peer's name.)"""
        return frozenset(
            name
            for title, held in self._title_holders.items()
            if title in _ONE_NAME_ADDRESS
            for _, name in held
            if " " not in name
        )

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
            if " (" not in text:
                continue  # the cheap test first
            for match in _LOWER_OFFICE_LETTERS.finditer(text):
                office = _office_letters(match)
                if office is None:
                    continue
                before = text[max(0, match.start(1) - 80) : match.start(1)]
                holder = _holder_before(before)
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
                    if len(words) == 1 and (_is_place_word(words[0]) or words[0] == "The"):
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
        if len(papers) == 1:
            paper = papers.pop()
            for noun in _PAPER_NOUNS:
                called.setdefault(noun, paper)
        return called

    def peer_name(self, surname: str) -> str | None:
        """The name a peer the article gives no first name goes by, title and territory
        included ("Lord Falconer", "Lady Hale", "Lord Faulkner of Worcester")."""
        return look_up(self._peers, surname, self._find_peer_name, None)

    def _find_peer_name(self, surname: str) -> str | None:
        for text in self._texts:
            if surname not in text:
                continue  # most paragraphs: no title to look for
            for title in PEERAGE:
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
        # for CEO is a title, not a body.
        if bare_word(words[0]) in _NOT_NAME or _is_title(words[-1]):
            return None
        self.spelled_out.add(long_form)
        return long_form

    def _classify_expansions(self) -> None:
        """Long forms are bodies or events ("Consumer Electronics Show"), unless the
        article's pronouns make one a person ("Alexandria Ocasio-Cortez (AOC) … she")."""
        for full in self.expansions.values():
            words = full.split()
            person = _person_like(words) and len(words) <= 3 and self.gender(full) is not None
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
            if len(words) > 1 and not _is_org(run.split()):
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

    @functools.cached_property
    def _by_head(self) -> dict[str, set[str]]:
        """`headed_by`'s index of names with a link word, built on its first question."""
        return self._names_by(_head_keys)

    def company_in(self, text: str) -> str | None:
        """The one name with a company's ending ("Hoshimura Electric Co.") in `text`."""
        if not self._has_company:
            return None  # the cheap test first
        return _only([name for name in self._company_names if name in text])

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
        words = name.split()
        if not words:
            return None
        if len(words) > 1 and _is_org(words):
            return None  # "Corvane Resources", though a "he" followed "Corvane would …"
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
                return kin
        return "he" if votes[0] > votes[1] else "she"

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
                found.add(_KIN[kin.group(1)])
            at = text.find(name, at + 1)
        return ("he", "she")[found.pop()] if len(found) == 1 else None

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
                on = word == "on" and at > 0 and bare_word(before[at - 1]) in _BODIES_ON
                if len(long_form) == 10 or not (word[:1].isupper() or word in _SPELLED_LINKS or on):
                    break
                long_form.insert(0, word)
            while long_form and (
                bare_word(long_form[0]) in _NOT_NAME or long_form[0] in _SPELLED_LINKS
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
                    holder = _is_title(run[-1]) and _HOLDER_AFTER.match(text, match.end())
                    if holder:
                        title = fold(short)
                        name = _unaddressed(holder.group(1))  # "(DM) Shri Anupam Shukla"
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
            if len(full.split()) > len(short.split()) and not _is_org(full.split()):
                self.aliases.setdefault(short, full)
        if ", as " not in text:
            return
        for match in _as_known_pattern().finditer(text):
            # "Doña Lupita, as Hernández Ríos is known": Lupita is she, by her name in full.
            called, name = match.group(1).split(), _FINAL_STOP.sub("", match.group(2))
            while len(called) > 1 and _is_title(called[0]):
                called = called[1:]
            short = " ".join(called)
            if short != name and not _is_org(name.split()):
                self.goes_by.setdefault(short, name)

    def _read_couples(self, text: str) -> None:
        """ "Samuel and Grace Okonkwo": two people, the first named in full with the
        surname they share, as "Samuel Okonkwo"."""
        for rest in _COUPLE_REST.finditer(text):
            found = rest.start()
            words = text[max(0, found - 40) : found].split()[-2:]
            if not words or not _GIVEN_NAME.fullmatch(words[-1]):
                continue
            if len(words) == 2 and _is_cap(words[0]) and not words[0].endswith("."):
                continue  # a longer name run or a list: "X-Men, Daredevil and Fantastic Four"
            first, (other, surname) = words[-1], rest.groups()
            if bare_word(first) in _NOT_NAME or _is_org([first, other, surname]):
                continue
            if _is_org([surname[:-1]]):
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
        for match in _NICKNAME.finditer(text):
            if text[match.start() - 1 : match.start()] not in {" ", "\u00a0"}:
                continue  # not after a word and a space
            before = text[max(0, match.start() - 40) : match.start()].split()
            rest = _NICKNAMED_REST.match(text, match.end())
            if not before or not before[-1][:1].isupper() or rest is None:
                continue
            first = before[-1]
            two = len(before) > 1 and _GIVEN_NAME.fullmatch(before[-2]) is not None
            label = two and (_nationality(before[-2]) or bare_word(before[-2]) in _PARTY_LABELS)
            if (
                two
                and not label
                and not _is_title(before[-2])
                and bare_word(before[-2]) not in _NOT_NAME
            ):
                first = f"{before[-2]} {first}"  # 'Maria Teresa "Tessa" Buenaventura-Lim'
            nickname = match.group(1)
            full = f"{first} {_FINAL_STOP.sub('', rest.group(0))}"
            words = full.split()
            if _is_org(words) or bare_word(before[-1]) in _NOT_NAME:
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
            # "The feed mill, owned by Goldharvest Agri-Ventures Inc., denied …": the
            # subject's owner, set beside it.
            beside = _OWNER_BESIDE.search(text, max(0, match.start() - 24), match.start())
            # (Its appositive closed right after it: not "run by Acme Inc. until 2019".)
            opens = opens or (beside is not None and text.startswith(",", match.end()))
            for run, _, _ in _read_run(match[0])[0]:
                full = self.fullest(run)
                full = self.company_of(run) or full if " " not in full else full
                words = full.split()
                ending = _company_name([fold(word) for word in words])
                if opens and (ending or full in self.bodies):
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
        tail = " ".join(name.split()[-2:])
        return f"{name}." if f"{tail}." in self._joined else name

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
            return self.expansions[name]
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
            if _is_org(run_words) and not _is_org(words):
                continue
            if not _SPELLED_LINKS.isdisjoint(run_folded) and _SPELLED_LINKS.isdisjoint(folded):
                continue  # "Blume" is not "Sales of Blume", nor "England" "Bank of England"
            best, best_len = run, len(run_folded)
            junior = len(run_words) > best_len
        monsieur = size == 2 or (size == 3 and folded[1] in _PARTICLES)  # "M. Le Goff"
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
        if best == name and len(words) > 1 and folded[0] in _PARTICLES and words[0][:1].isupper():
            best = self._particle_lowered(words) or best
        if best == name and len(words) > 2 and self._has_company:
            # "Silk Road Trade Invest": Silk Road Trade Invest LLC (not "Ralph Lauren" for
            # Ralph Lauren Corp: two words may be the person the company is named after).
            best = _only(self._companies.get(" ".join(folded), ())) or best
        if best == name and len(words) > 2 and folded[0] in _PORTFOLIO_WORDS:
            # "Regional Connectivity Helen Marsh-Whitby", a clause's subject read past an
            # office's list: the name after the portfolio, as `Names` filed it.
            filed = {f: run for run, f in self._by_last.get(folded[-1], {}).items()}
            for cut in range(1, len(words) - 1):
                if folded[cut:] in filed and not _is_org(words[cut:]):
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
            particle = fold(before) in _PARTICLES and best.count(" ") > 2
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
            if len(run_folded) > 1 and not _is_org(run.split())
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


#: Lower-case roles several people hold at once ("spokesman"), or honorifics.
_NOT_LOWER_TITLES = word_set(
    "spokesman spokeswoman spokesperson mr mrs ms dr sir dame lord lady prof"
)
#: Words that make a role someone else's: the "shadow chancellor" is not "the chancellor".
_ROLE_QUALIFIERS = word_set(
    "shadow former deputy vice ex acting assistant junior opposition interim outgoing late"
)


#: How far back before a quote `last_titled_as` and `last_company_before` read.
_NAMES_REACH = 3000
#: Last words of names that carry a stop in most house styles (not "Jnr" nor "Ltd":
#: British, with no stop).
_STOPPED = tuple(f" {word}" for word in ("Jr", "Sr", "Inc", "Co", "Corp", "Bros"))


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
    while stem > 1 and words[stem - 1] in _COMPANY_ENDINGS:
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
    return len(words) > 1 and words[-1] in _COMPANY_ENDINGS


def _inner_keys(run: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name of three words or more under each word inside it."""
    return words[1:-1] if len(words) > 2 and not _is_org(run.split()) else ()


def _only(found: Collection[str]) -> str | None:
    """The one name an index gives, or None for none or several."""
    return next(iter(found)) if len(found) == 1 else None


def abbreviation_letters(word: str) -> str | None:
    """The capitals an abbreviation stands for: "FBI", "M&S" (MS: "Marks & Spencer"),
    "DrKW" (DKW: "Dresdner Kleinwort Wasserstein"); None for any other word."""
    if not (2 <= len(word) <= 6 and word.isascii()) or word[1:].islower():
        return None  # the cheap tests first, uncached: most words asked about are names
    return _abbreviation_letters(word)


@functools.lru_cache(maxsize=1024)
def _abbreviation_letters(word: str) -> str | None:
    """`abbreviation_letters` for a short word with capitals after its first letter."""
    if word.isalpha() and word.isupper():
        return word if len(word) >= 3 else None
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
    start = short[0] + r"(?<![\w'’\-]" + short[0] + ")"
    return re.compile("(" + start + words[1:] + r")(?:['’]s)?(?![\w'’\-])")


#: What a publication is called once it has been named ("the magazine said").
OUTLET_NOUNS = word_set(
    "magazine newspaper paper daily tabloid broadsheet weekly broadcaster channel website journal"
)
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
    noun_then_outlet = re.compile(
        rf"(?<![\w'’\-])(?P<noun>{_OUTLET_NOUN})[ \u00a0]+(?P<name>{_OUTLET_NAME})"
    )
    outlet_then_noun = re.compile(
        rf"(?<![\w'’\-])(?P<name>{_OUTLET_NAME})[ \u00a0]+(?P<noun>{_OUTLET_NOUN})\b"
        rf"(?![ \u00a0]+[{CAPITALS}])"
    )
    newspaper_name = re.compile(
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
    return re.compile(rf" of [{CAPITALS}][\w'’\-]+(?: [{CAPITALS}][\w'’\-]+)?")


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
        re.compile(rf"(?P<office>{office}), (?:the )?(?P<name>{holder})(?=[,.;:)])"),
        re.compile(rf"{office}(?=[,.;:)])"),
        re.compile(rf"({holder}), the $"),
    )


def _holder_at(text: str, start: int) -> tuple[str, str] | None:
    """(the office, its holder) when an office starting at `start` is named with one."""
    if not text[start : start + 1].isupper() or not _is_title(text[start : text.find(" ", start)]):
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
    if len(words) < 2 or not _person_like(words):
        return None
    return fold(office), " ".join(words)


#: Titles a peer is known by with a surname alone: "Lord Falconer", "Baroness Boothroyd".
PEERAGE = ("Lord", "Lady", "Baroness", "Baron", "Viscountess", "Viscount")
#: The particles inside a name, as a pattern's alternatives: "von", "de", not "of".
NAME_PARTICLES = "|".join(sorted(_RUN_LINKS - {"of", "for"}))
#: What stands between two capitalised words of a name in a pattern: spaces, and perhaps
#: a particle or two ("Bert de Jonge", "Friederike von Ellerbach").
NAME_GAP = rf"[ \u00a0]+(?:(?:{NAME_PARTICLES})[ \u00a0]+){{0,2}}"
#: "minister Heizo Takenaka": a lower-case word (a role, if it is one) right before a
#: name of two or three capitalised words.
_LOWER_NAME = rf"[{CAPITALS}][\w'’\-]+(?:{NAME_GAP}[{CAPITALS}][\w'’\-]+){{1,2}}"
#: A name and the comma before an office given to it: "Md Rashedul Alam, (a) …".
_HOLDER_BEFORE = re.compile(rf"({_LOWER_NAME}),[ \u00a0]+(?:(?:an?|the)[ \u00a0]+)?$")
_LOWER_THEN_NAME = re.compile(
    r"(?<![\w'’\-])([a-z][a-z\-]+)"
    # "head coach, Graham Tilsley," too, when the name ends the apposition.
    rf"(?:[ \u00a0]+|,[ \u00a0]+(?={_LOWER_NAME}[,.;)]))({_LOWER_NAME})\b"
)
#: "the Speaker, Geoffrey Tamworth,", "the President-General, Chief Ade Coker,": a
#: capitalised title and its holder in apposition (not after "its": "its Chairman, …" is
#: one body's, and a later "the chairman" may be another's).
_THE_TITLE_THEN_NAME = re.compile(
    r"\b[Tt]he (?:([A-Z][a-z]+) )?([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?),[ \u00a0]+"
    rf"({_LOWER_NAME})(?=[,.;)])"
)
#: "Bu" not before a capitalised word: a surname ("Bu said").
_BU_ALONE = re.compile(r"\bBu\b(?![ \u00a0][A-Z])")
#: Other Indonesian forms of address before a name: "Pak Slamet", "Ibu Sri".
_INDONESIAN_ADDRESS = re.compile(r"\b(?:Pak|Ibu|Bapak)[ \u00a0]([A-Z][\w\-]*)")
#: Titles an office of two words ends in that never stand alone for it: "Attorney General".
_NOT_ALONE = word_set("general")
#: The lower-case titles `role_of` reads: those `_LOWER_THEN_NAME` can match as its word.
_LOWER_TITLES = frozenset(
    t for t in TITLES - _NOT_LOWER_TITLES if re.fullmatch(r"[a-z][a-z\-]+", t) is not None
)
#: The words `_LOWER_THEN_NAME` can start at: runs of lower-case letters and hyphens,
#: listed faster in ASCII text by making every other character a space.
_LOWER_WORD = re.compile(r"[a-z\-]+")
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
_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
#: An abbreviation, then its long form in brackets: "IPO (Initial Public Offering)".
_SPELLED_AFTER = re.compile(
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
_NAME_OR_PRONOUN = re.compile(
    rf"[hs{CAPITALS}]"
    r"(?:(?<=\b[hsHS])(?:"  # a whole word
    r"(?<=h)(?:e|is|im(?:self)?)\b(?P<he>)"
    r"|(?:(?<=s)he|(?<=h)er(?:self)?)\b(?P<she>)"
    r"|(?:(?<=H)(?:e|is|im(?:self)?|er(?:self)?)|(?<=S)he)\b)"
    rf"|(?<=[{CAPITALS}]){_NAME_RUN_REST}(?P<name>))"
)


_OBJECT_BEFORE = _PREPOSITIONS | {"of", "the"}
#: Relatives whose word gives their gender (0 he, 1 she), right before their name: "her
#: husband, Bram Hollister", "his daughter Ann".
_KIN = {
    **dict.fromkeys(
        "husband son father brother uncle nephew grandson grandfather boyfriend widower "
        "stepson stepfather fiancé dad grandad granddad grandpa".split(),
        0,
    ),
    **dict.fromkeys(
        "wife daughter mother sister aunt niece granddaughter grandmother girlfriend widow "
        "stepdaughter stepmother fiancée mum mom mam nan gran grandma granny".split(),
        1,
    ),
}
#: The relatives' words, for the engine: "her daughter" is a relative, not a role.
KIN = frozenset(_KIN)
#: The he or she each relative's word tells.
KIN_SEX = {word: ("he", "she")[sex] for word, sex in _KIN.items()}
#: The same as a pattern's alternatives, longest first ("granddaughter" before "daughter").
_KIN_WORDS = "|".join(sorted(_KIN, key=len, reverse=True))
#: A relative's word, then the name the article gives them: "her daughter, Margaret
#: Brantley-Osei", "his son Tom".
_KIN_THEN_NAME = re.compile(
    rf"\b({_KIN_WORDS}),? ([{CAPITALS}][\w'’\-]*(?: [{CAPITALS}][\w'’.\-]*){{0,3}})"
)
#: A capitalised word as the name patterns below read it (no full stop, no apostrophe).
_CAPITALISED = rf"[{CAPITALS}][\w\-]*"
#: An appositive that calls the name before it a body: ", the regional utility,".
_BODY_APPOSITIVE = re.compile(
    r", (?:the|an?) (?:(?!(?:of|for|at|with|in|from|to|on|by) )[A-Za-z][\w\-]* ){0,3}"
    r"(?:utility|company|firm|charity|operator|"
    r"carrier|retailer|lender|insurer|broadcaster|publisher|regulator|watchdog|manufacturer|"
    r"carmaker|startup|start-up|conglomerate|chain|supplier|provider|developer|agency|"
    r"ministry|union|association|federation|group|organisation|organization|cooperative|"
    r"co-operative)(?=[,.;]| (?:which|that|whose|based|owned)\b)"
)
#: Where a sentence opens, up to a name: the text's start, or a full stop and a space.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+)\Z")
#: A person's name right after an office's letters in brackets.
_HOLDER_AFTER = re.compile(rf"[ \u00a0]+({_CAPITALISED}(?:[ \u00a0]+{_CAPITALISED}){{1,3}})")
#: Nouns for a body that may stand right before its name, "the club Atlético Sereno",
#: and never before a person's ("the developer Tom Reyes", "the broadcaster Ann Lee").
_BODY_NOUNS = frozenset(
    """
    club company firm carmaker charity lender insurer retailer startup conglomerate chain
    label airline utility
    """.split()
)
_BODY_NOUN_THEN_CAPITAL = re.compile(f" (?:{'|'.join(sorted(_BODY_NOUNS))}),? [{CAPITALS}]")
#: What may follow a body's name that ends its phrase: "the club Atlético Sereno." or
#: "… Sereno in 2019"; not "the firm Ann Lee founded".
_PHRASE_ENDS = re.compile(r"[,.;:)]|$| (?:in|of|and|for|from|to|on|at|which|that)\b")


_BODY_PREPOSITIONS = frozenset({"at", "for", "of", "from", "with", "to", "by"})
#: Who may stand unnamed before "at the club, Ashcombe Rovers,": after a role ("The head
#: of the company, Yury Boyko,") the name is the holder's.
_NAMELESS_HEADS = word_set("insider insiders source sources figure figures mole person people")


def _names_the_body_before(chunk: str, name: str) -> bool:
    """Whether `name` is an appositive naming the body that `chunk` ends on after a
    preposition ("An insider at the club"), not the subject itself ("The club, Ashcombe
    Rovers, said") nor the person the chunk describes ("The head of the company")."""
    before, _, noun = chunk.rpartition(" ")
    if noun not in _BODY_NOUNS or not name[:1].isupper():
        return False
    words = [bare_word(word) for word in before.split()]
    at = next((i for i, word in enumerate(words) if i and word in _BODY_PREPOSITIONS), None)
    if at is None:
        return False
    if any(word in TITLES or word in _SPOKESPEOPLE for word in words[at + 1 :]):
        return True  # "An aide to the head of the company, Yury Boyko,": the head's name
    if words[at - 1] not in _NAMELESS_HEADS:
        return False
    return all(_is_cap(word) or word in PARTICLES for word in name.split())


def _after_a_body_noun(text: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` stands right after a body's noun ("the Uruguayan
    club Atlético Sereno.") and ends the phrase there: a body, whatever its name."""
    if text[start - 1 : start] != " ":
        return False
    noun = text[max(0, start - 16) : start - 1].rpartition(" ")[2]
    if noun.endswith(","):
        # "An insider at the club, Ashcombe Rovers, claimed": the appositive closes (not
        # "In a statement from the company, Ann Lee said").
        return noun[:-1] in _BODY_NOUNS and text[end : end + 1] == ","
    return noun in _BODY_NOUNS and _PHRASE_ENDS.match(text, end) is not None


#: A company's name after who owns it or where it is listed: "Canadian-owned Minera Cerro
#: Pardo", "Nasdaq-listed Orvane".
_OWNED_NAME = re.compile(rf"\w-(?:owned|listed) ({_CAPITALISED}(?: {_CAPITALISED}){{0,4}})")
#: A name, then whose wife or husband they are: "Ewa Nowak, Piotr’s wife,".
_NAME_THEN_SPOUSE = re.compile(
    rf"({_CAPITALISED}(?: {_CAPITALISED}){{0,3}}), "
    rf"({_CAPITALISED}(?: {_CAPITALISED})?)['’]s (wife|husband)\b"
)
#: Someone, then their relative: "Margaret Hale, 68, and her daughter Josie Hale".
_NAME_AND_KIN = re.compile(
    rf"({_CAPITALISED}(?: {_CAPITALISED}){{1,3}})(?:, \d{{1,3}},)? (?:and|with) "
    rf"(his|her) (daughter|son|wife|husband) ({_CAPITALISED}(?: {_CAPITALISED}){{0,3}})"
)
#: Words before a name that make it no one whose relative follows: a place ("moved to New
#: York with her son"), or one of several ("came with Tom Reed and her son").
_NOT_A_HOLDER = word_set("to in at from with near of and for by")
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
_MARRIED = re.compile(
    rf"\b([Ss]he|[Hh]e) (?:later |then )?married "
    rf"({_CAPITALISED}(?: {_CAPITALISED}){{1,3}})"
)
#: Capitalised runs of two words or more, read back for the person a "she married" means.
_NAME_RUN_BEFORE = re.compile(rf"{_CAPITALISED}(?: {_CAPITALISED})+")
#: A relative's word right before a name, or before its first words ("husband, Bram "
#: before "Hollister").
_KIN_BEFORE = re.compile(rf"\b({_KIN_WORDS}),? (?:[{CAPITALS}][\w'’.\-]* ){{0,2}}$")
#: Titles that give a person's gender.
TITLE_GENDER = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "father", "baron"), "he"),
    **dict.fromkeys(
        ("mrs", "ms", "miss", "lady", "dame", "queen", "princess", "baroness", "begum"), "she"
    ),
    **dict.fromkeys(("thiru", "shri"), "he"),  # South Asian forms of address
    **dict.fromkeys(("thirumathi", "tmt", "smt", "kumari", "selvi", "mama"), "she"),
    **dict.fromkeys(("mme", "mlle"), "she"),  # French forms of address
    **dict.fromkeys(("u", "ato", "ratu"), "he"),  # Burmese, Amharic, Fijian
    **dict.fromkeys(("daw", "adi", "sister"), "she"),
    **dict.fromkeys(("w/ro", "w/rt", "woizero", "woizerit"), "she"),  # Amharic
    **dict.fromkeys(("pak", "bapak"), "he"),  # Indonesian
    **dict.fromkeys(("ibu",), "she"),
}


def _titled_apart(words: list[str]) -> list[list[str]]:
    """A run cut before each "and" that a title follows: "Mrs Ann Lee and Mr Tom Hale"
    gives each name its own title, and so its own gender."""
    cuts = [
        i for i in range(1, len(words) - 1) if words[i] in {"and", "&"} and _is_title(words[i + 1])
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
]


@functools.lru_cache(maxsize=65536)
def _read_run(raw: str) -> _RunReading:
    """What one capitalised run tells `Names`, cached: articles repeat their names.

    Sized like `fold`'s cache: the 2,225 BBC articles hold ~26,000 distinct runs, and
    a smaller LRU cache read over such a library in order would miss on every run.

    The names in it (with their folded words and, for a person, folded first name), its
    (title, name, folded surname, gender vote) tuples ("Foreign Secretary Jack Straw";
    vote 0 he, 1 she, -1 none), and the surname a following pronoun would vote for with
    the name's length in words.
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
                and not _is_org(name_words)
                and not all(map(_is_title, name_words))  # "Chief Executive Officer"
            ):
                name = " ".join(name_words)
                name = re.sub(r"['’]s?$|\.$", "", name)  # "Mayor Lee’s plan", "… Lee."
                sex = TITLE_GENDER.get(title)
                vote = -1 if sex is None else 0 if sex == "he" else 1
                titles.append((title, name, surname_of(name.split()), vote))
                at = next((i for i, w in enumerate(words) if bare_word(w) == title), 0)
                if at and _is_title(words[at - 1]):
                    # "Chief Justice Harold Ashworth": "the chief justice", not any justice.
                    office = f"{bare_word(words[at - 1])} {title}"
                    titles.append((office, name, surname_of(name.split()), -1))
                if at and _nationality(words[at - 1]):
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
        for person in [len(words) > 1 and not _is_org(words)]
    )
    words = _clean_run([w.rstrip("'’s") if w.endswith(("'s", "’s")) else w for w in raw.split()])
    words, _ = strip_title(words) if len(words) > 1 else (words, None)
    key = surname_of(words) if words and _person_like(words) else None
    return named, tuple(titles), key, len(words)
