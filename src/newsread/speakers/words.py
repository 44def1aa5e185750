"""The words of names: titles, honorifics, particles, and the tests that tell a name's
words from a title's or an organisation's.

Everything else in the package builds on these; they read single words and runs of
words, never a sentence.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from newsread.dates import MONTH_NAMES, MONTHS, WEEKDAYS
from newsread.lazyre import lazy_compile
from newsread.speakers.given_names import MEN, one_sex_given_name
from newsread.wordlists import DEMONYMS, HONOURS, PARTICLES, PLACES, word_set

#: Words that precede a name as a rank or office; dropped from speaker names.
TITLES = word_set("""
    president vice prime minister secretary governor senator sen rep representative mayor
    chancellor general gen lt lieutenant col colonel major maj captain capt sgt sergeant
    commander admiral marshal dr doctor prof professor mr mrs ms miss mx sir lord lady dame
    baroness baron viscount viscountess
    king queen prince princess emperor empress pope judge justice chief executive ceo cfo coo
    director
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
    grandfather homeowner retiree graduate md whip elder supt insp garda gda det
    rival teammate team-mate compatriot alhaji alhaja
    legislator lawmaker
    engr madam mdm taoiseach tánaiste tanaiste td councilmember mama mheshimiwa hon mzee
    engineer clerk treasurer auditor auditor-general comptroller assessor coroner registrar
    secretary-general director-general attorney-general solicitor-general governor-general
    inspector-general surgeon-general president-general accountant-general registrar-general
    undersecretary under-secretary
    honourable thiru thirumathi tmt selvi shri smt kumari
    partner investor researcher scientist historian
    datuk dato datin encik puan tunku tengku dci dsi dcs dcp acp ssp dsp asp csp
    trustee author attorney-at-law mna mpa mlc
    prosecutor cr
    fr h.e postmistress postmaster organiser organizer gogo ibu bapak pak revd
    magistrate togbe mme mlle cde comrade parliamentarian kaumatua whaea
    substitute correspondent mang aling
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
    pal uncle aunty auntie
    haji hajji hajia hajiya begum nana cpl corporal reader
    fisherman fisherwoman shopkeeper trader advocate
    regulator landlord landlady pensioner swimmer rescuer motorist commuter tenant survivor
    climber mountaineer firefighter
    starter reliever closer pitcher catcher shortstop infielder outfielder slugger quarterback
    linebacker receiver tailback cornerback lineman rookie rhp lhp inf qb
    helmsman helmswoman linesman lineswoman yachtsman yachtswoman oarsman oarswoman
    marksman markswoman sportsman sportswoman craftsman craftswoman fireman policeman
    policewoman postman ferryman boatman lifeboatman cameraman camerawoman doorman
    clergyman tradesman salesman saleswoman serviceman servicewoman guardsman frontman
    """)


def nationality(word: str) -> bool:
    """A listed nationality ("Russian", "British", "Chinese", "Dutchman", "Briton"): not
    a name like "Julian"."""
    bare = bare_word(word)
    return bare in DEMONYMS or bare in NATIONALS


#: Nouns for one person of a nation, which `DEMONYMS` (adjectives) does not hold.
NATIONALS = word_set("""
    dutchman frenchman englishman irishman welshman scotsman dutchwoman frenchwoman
    englishwoman irishwoman welshwoman scotswoman scot swede dane finn pole kiwi aussie
    spaniard briton brit turk icelander new-zealander filipina
    """)


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
PARTY_LABELS = word_set(
    "tory tories conservative conservatives labour democrat democrats republican republicans "
    "liberal liberals socialist green greens lib dem dems"
)


#: Title words that are also common first names.
GIVEN_NAME_TITLES = word_set(
    "dean earl duke prince major mama adi u roko ato ndugu mk w/ro w/rt woizero woizerit pal "
    "nana reader cj"
)


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
COMPANY_ENDINGS = word_set("""
    systems technologies industries laboratories labs pharmaceuticals therapeutics
    enterprises ventures securities investments insurance holdings group inc ltd llc plc
    corp corporation co company motors airlines airways pictures productions software
    semiconductor semiconductors resources minerals mining metals electronics logistics
    partners foods pharma entertainment international robotics networks communications
    telecoms utilities energy petroleum chemicals shipping capital rail railways water
    storage freight analytics consulting solutions dynamics aerospace
    gmbh ag kgaa nv bv oy oyj spa srl sarl ltda pty bhd berhad tbk kk llp zrt kft nyrt
    """)


#: Of those, the ones that make a company only as its last word: elsewhere in a run they
#: are initials or particles ("KK Shailaja", "NV Ramana", "Mohamed Ag Najem"), or may be
#: a surname ("Ashley Foods").
_ENDINGS_ONLY = word_set("co plc ag nv bv kk foods pharma entertainment international")


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
    co-operative collective initiative movement forum team
    brigade battalion regiment squadron corps division
    academy orchestra library theatre theater opera gallery conservatoire conservatory
    observatory zoo clinic laboratory
    """)
    | COMPANY_ENDINGS - _ENDINGS_ONLY
)


#: Capitalised words that open sentences or clauses and are never part of a name.
NOT_NAME = WEEKDAYS | word_set("""
    the a an and but or so if when while as after before because although though however
    meanwhile still yet then also this that these those there here it its he she they we i
    his her their our my you your in on at for from with by of to into over under about
    what who whom whose which where why how not no yes some many most all both each every
    another nobody others
    despite since until unless whether like once even just only last next first one
    today yesterday tomorrow
    according asked speaking writing later earlier separately instead indeed finally
    continuing responding reacting commenting concluding
    contacted reached approached
    moreover furthermore previously recently currently ultimately overall nonetheless
    nevertheless otherwise additionally now story watch read click photo video
    privately publicly officially unofficially initially originally personally frankly
    honestly clearly notably similarly importantly interestingly crucially curiously
    ironically tellingly typically traditionally historically reportedly apparently
    allegedly specifically generally afterwards afterward subsequently eventually
    """)


#: Name particles as speakers are read: the listed ones and the Catalan "i" ("Montserrat
#: Vidal i Ferrer"), which citations' name splitting does not take.
SPEAKER_PARTICLES = PARTICLES | {"i"}


#: Words that may join the capitalised words of a name or an organisation's name.
CONNECTORS = SPEAKER_PARTICLES | {"of", "for", "the", "and", "y", "&", "ole", "arap"}


def ly_adverb(word: str) -> bool:
    """ "unexpectedly", "swiftly": an adverb in "-ly" (not "family", "assembly")."""
    return word.islower() and word.endswith("ly") and len(word) > 5 and word not in _LY_NOUNS


_LY_NOUNS = word_set("""
    family assembly monopoly anomaly supply butterfly homily elderly weekly monthly
    quarterly fortnightly biweekly orderly
    """)


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
def is_cap(word: str) -> bool:
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
    if (
        len(words) > 1
        and bare_word(words[-1]) in ORG_WORDS
        and not _office_and_surname(words)
        and not _given_name_and_surname(words)  # "Dr Jane Park"
        and not _named_before_its_body(words)
    ):
        return words, None  # "Finance and Economy Ministry", "State Department"
    if (
        len(words) > 3
        and bare_word(words[1]) in ORG_WORDS
        and words[2] in {"for", "of", "on"}
        and not any(is_title(word) for word in words[3:])  # "… of Investigation Director …"
    ):
        return words, None  # "State Committee for Ethnic Affairs": a body's own name
    if len(words) == 2 and bare_word(words[0]) in GIVEN_NAME_TITLES:
        return words, None  # "Dean Goldfine", "Earl Woods": a first name, not an office
    if job_before_a_name(words):
        return words[1:], bare_word(words[0])  # "Contractor Cecilia Tan-Robles"
    plural = bare_word(words[0]) if words else ""
    # Not "Mrs" nor "US": a title of its own, or too short to be a plural.
    plural_title = (
        len(words) > 2
        and len(plural) > 2
        and plural.endswith("s")
        and plural[:-1] in TITLES
        and plural not in TITLES
    )
    if plural_title and person_like(words[1:3]):
        words = words[1:]  # "Judges Simon Cowell, Louis Walsh and …": the first of several
    last = -1
    # "Martin Luther King Jr": a name before "Jr", never a title.
    named = len(words) - 2 if len(words) > 2 and bare_word(words[-1]) in GENERATIONS else -1
    for i, word in enumerate(words[:named]):
        # "Datuk Seri Lim", "Tan Sri Abdul Rahim": Malaysian titles of two words.
        malay = i > 0 and bare_word(word) in {"seri", "sri"} and bare_word(words[i - 1]) in _SERI
        # "Pak Harjono", the Indonesian form of address; but "Pak Se-ri", a Korean surname.
        inside = i > 0 and bare_word(word) in OPENING_ONLY and not is_title(words[i - 1])
        # "Hassan Sheikh Mohamud": a Somali name's part after a given name, no title.
        inside = inside or (
            i > 0 and bare_word(word) == "sheikh" and bare_word(words[i - 1]) in MEN
        )
        # "Ekerubo Ward MCA Dennis Rotich": a member's letters before a name, as "MP" is
        # listed; not "MCA president Wee Ka Siong", a party's letters before an office.
        member = word in _MEMBER_BEFORE_A_NAME and not is_title(words[i + 1])
        # "DI Sian Rowlands"
        member = member or (
            word in POLICE_LETTERS and len(words) - i > 2 and person_like(words[i + 1 :])
        )
        if (
            malay
            or member
            or (is_title(word) and not inside and not (word in _KOREAN_TOO and "-" in words[i + 1]))
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
    if title and len(rest) > 3 and rest[0] == "in" and rest[1] == "the":
        # "Minister in the Presidency Zanele Mabuza": an office's portfolio, read as its
        # "of the" is; the words as they were where no name follows it.
        holder, _ = strip_title([words[last], "of", *rest[1:]])
        if holder and holder[0] not in {"of", "the"}:
            return holder, title
    labels = 0
    while labels < len(rest) - 2 and (
        bare_word(rest[labels]) in PARTY_LABELS or nationality(rest[labels])
    ):
        labels += 1
    if labels and person_like(rest[labels:]) and bare_word(rest[labels]) not in _COMMON_WORDS:
        # "Tory Liam Fox", "Lib Dems David Laws", "Russian Dmitriy Bogdanov"; a nationality
        # serves as the title ("the Russian" later means him).
        if title is None and nationality(rest[labels - 1]):
            title = bare_word(rest[labels - 1])
        rest = rest[labels:]
    org_words = [i for i, w in enumerate(rest) if bare_word(w) in ORG_WORDS]
    if not title and org_words and not _long_name(rest[org_words[-1] + 1 :]):
        # Without an office, a name of three capitalised words or more after a body's
        # ("… in the National Assembly Syed Naveed Tirmizi"); fewer may be the body's
        # own ("The House Liberty Caucus", "Préfecture de Mayenne-et-Loir").
        org_words = []
    if not org_words and len(rest) > 2 and bare_word(rest[0]) in _OFFICE_ENDS:
        org_words = [0]  # "(Leader of the) Opposition Suresh Patil": the office's last word
    if org_words:
        # "Director of Public Prosecution Eva-Marie Persson": the office's organisation
        # sits between the title and the person's name ("Mr QC's", plural letters, has
        # no organisation word to find).
        for org_word in reversed(org_words):
            # "… Opposition K. Saraswathi Amma of the Jana Party": the name, without the
            # body it belongs to, whose words are no office's.
            tail = rest[org_word + 1 :]
            named = next((i for i, w in enumerate(tail) if w == "of"), len(tail))
            if named >= 2 and person_like(tail[:named]):
                rest = tail[:named]
                break
    if title and rest and bare_word(rest[0]) in PORTFOLIO_WORDS:
        # "Minister of State for Community Development Chua Boon Keat", "Secretary of
        # State for Foreign Affairs Jack Straw": the office's portfolio, then the name.
        skip = 0
        while skip < len(rest) - 2 and bare_word(rest[skip]) in PORTFOLIO_WORDS:
            skip += 1
        # "Minister of Territorial Policy Javier Montero": a portfolio word not listed
        # before a listed one; the portfolio ends at its last listed word.
        listed = [i for i in range(skip, len(rest) - 2) if bare_word(rest[i]) in PORTFOLIO_WORDS]
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
        if person_like(rest[skip:]):
            rest = rest[skip:]
    return rest, title


def _named_before_its_body(words: list[str]) -> bool:
    """ "(Leader of the) Opposition R. Meenakshi Pillai of the Jana Party", "Rep. Park
    Ji-won of the Unity Party": a title or an office's last word, a person's name, then
    the body the person is of."""
    of = words.index("of") if "of" in words else 0
    return any(
        (bare_word(words[start - 1]) in ORG_WORDS | _OFFICE_ENDS or is_title(words[start - 1]))
        and person_like(words[start:of])
        for start in range(1, of - 1)
    )


def job_before_a_name(words: list[str]) -> bool:
    """A job's noun, capitalised as a sentence opens, before a given name and a surname:
    "Contractor Cecilia Tan-Robles", "Farmer Tomás Ruiz"; not "Tyler Perry Smith" nor
    "Baker Mayfield", whose first word is a name."""
    if len(words) < 3:
        return False
    job = bare_word(words[0])  # the cheap tests first: strip_title asks of every run
    return (
        job.endswith(("er", "or", "ist"))
        and len(job) > 5
        and all(map(is_cap, words[1:]))
        and job not in ORG_WORDS
        and not one_sex_given_name(job)
        and not is_title(words[0])
        and one_sex_given_name(bare_word(words[1]))
    )


def _long_name(words: list[str]) -> bool:
    """Three capitalised words or more, with no small word among them."""
    return len(words) >= 3 and all(map(is_cap, words))


def names_an_office(run: str) -> bool:
    """Whether the word before a run's first "of" or "for" is a title: "Minister of
    Trade", "Federal Minister of Economic Affairs", "Secretary of State for Transport"."""
    before = re.split(r" (?:of|for) ", run, maxsplit=1)[0].rsplit(None, 1)
    return is_title(before[-1]) if before else False


def _two_last_names(words: list[str], start: int) -> int:
    """Where the last two capitalised words of `words[start:]` begin, with the particles
    between them ("Ursula von der Leyen": from "Ursula")."""
    capitals = [i for i in range(start, len(words)) if is_cap(words[i])]
    return capitals[-2] if len(capitals) >= 2 else start


#: Words of the portfolio an office's name gives between its title and its holder.
PORTFOLIO_WORDS = word_set("""
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
    sustainability
    power petroleum gender land lands roads highways irrigation sanitation drugs narcotics
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


#: British police ranks' letters, which also stand for much else ("PC Pro", "DC Comics",
#: "DS Smith"): a rank only before a name of two words or more, or a surname the article
#: gives someone in full.
POLICE_LETTERS = frozenset({"DI", "DS", "DC", "PC", "PCSO", "DSgt"})


#: Portfolio words that name no portfolio: after a title, only a seat or a place follows.
_LINKS_ONLY = word_set("for of and the &")


#: Endings of the words for a trade or a science, a title before a name however rare.
_OCCUPATION_ENDINGS = (
    "ologist",
    "physicist",
    "chemist",
    "ician",
    "ographer",
    "onomist",
    "therapist",
    "pharmacist",
    "iatrist",
    "dontist",
    "ometrist",
)


@functools.lru_cache(maxsize=65536)
def is_title(word: str) -> bool:
    """A title word, also with a prefix: "Co-Chairman", "Vice-President", "Ex-Minister"."""
    if word in {"Md", "Md."}:
        return False  # "Md Shahidul Karim": Mohammad, as Bangladeshi names abbreviate it
    if len(word) == 2 and word[1] == ".":
        return False  # "U. R. Ananthamurthy": an initial, not the Burmese "U"
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


def is_org(words: list[str]) -> bool:
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
    if len(words) == 2 and "-" in last and surname_first(" ".join(words)) is not None:
        return False
    return not _given_name_and_surname(words)


def _given_name_and_surname(words: list[str]) -> bool:
    """ "Jane Park", "Dr Hye-jin Park", "Tom Hall": a given name (after a title, if
    any) and a surname that is also a body's word; not "Hyde Park" nor "Carnegie Hall"."""
    if bare_word(words[-1]) not in _SURNAMES_LIKE_BODIES or not 2 <= len(words) <= 3:
        return False
    given = words[-2]
    if len(words) == 3 and bare_word(words[0]) not in _OFFICE_BEFORE_A_SURNAME:
        return False
    return one_sex_given_name(bare_word(given)) or bool(_SYLLABLES.fullmatch(given))


#: Bodies' words that are common surnames too: "Jane Park", "Tom Hall", "Ann Church".
_SURNAMES_LIKE_BODIES = word_set("park hall court church house bank temple castle")


def _office_and_surname(words: list[str]) -> bool:
    """ "Chairman Park", "Mayor Park": an office, then a surname that is also a body's
    word; not "Queens Park" nor "State Department", nor "Justice Department" (no surname)."""
    return (
        len(words) == 2
        and bare_word(words[0]) in _OFFICE_BEFORE_A_SURNAME
        and bare_word(words[1]) in _SURNAMES_LIKE_BODIES
    )


#: Offices held by one person, before a surname that is also a body's word ("Park").
_OFFICE_BEFORE_A_SURNAME = word_set(
    "chairman chairwoman president mayor minister governor senator director professor prof "
    "dr mr mrs ms judge justice chief"
)


_SYLLABLES = lazy_compile(r"[A-Z][a-z]+-[a-z]+")


def surname_first(name: str) -> str | None:
    """The family name of a name written family name first, before a given name of two
    syllables ("Chan Wing-yee", "Park Ji-hoon"), folded; None for any other name."""
    family, _, given = name.partition(" ")
    if not given or " " in given or _SYLLABLES.fullmatch(given) is None:
        return None
    return fold(family)


#: What a body is, written before its name and capitalised only where it opens a
#: sentence ("Carmaker Velto Motors said"); never a word of the name.
SECTORS = word_set(
    "carmaker automaker lender insurer retailer startup conglomerate airline utility "
    "broadcaster chipmaker supermarket grocer miner brewer drugmaker"
)


def clean_run(words: list[str]) -> list[str]:
    """A capitalised run minus sentence-opening words and the modifiers before its name
    ("Oscar-nominated Owen", "London-based Acme", "Americans Andy Roddick"), and minus
    trailing connectors and honours after it ("Guy Mansfield QC"; not "MP", which heads
    "the Ealing North MP"). Each end is found first and cut once: a run may be long."""
    start, end = 0, len(words)
    while start < end and (
        (
            bare_word(words[start]) in NOT_NAME
            and not (words[start] == "He" and surname_he(words, start))
            and not initial_of_a_name(words, start, end)
        )
        # "Shares of Castellan Micro Devices": the company (not "Shares Magazine").
        or (words[start] == "Shares" and start + 1 < end and words[start + 1] in {"of", "in"})
        # "In November the British Medical Association": a month, not a first name.
        or (start + 1 < end and words[start + 1] == "the" and bare_word(words[start]) in MONTHS)
        # "Last June Grewcock was banned": a month after "Last", not a first name.
        or (
            start > 0
            and bare_word(words[start - 1]) in DATE_PREPOSITIONS
            and bare_word(words[start]) in MONTH_NAMES
        )
    ):
        start += 1
    while end - start > 1 and (_modifies_a_name(words[start]) or words[start] == "Born"):
        start += 1
    if end - start > 1 and bare_word(words[start]) in SECTORS:
        start += 1  # "Carmaker Velto Motors said": what the body is, then its name
    if "NGO" in words[start : end - 1]:  # the cheap test first
        start = words.index("NGO", start) + 1  # "Environmental NGO Green Shores": the name
    while end > start and (
        dangling(words, start, end) or (end - start > 2 and bare_word(words[end - 1]) in HONOURS)
    ):
        end -= 1
    if end - start == 1 and bare_word(words[start]) in LONE_PREPOSITIONS:
        return []  # "Among the drivers": no name, though "Beyond Meat" is one
    return words[start:end]


def dangling(words: list[str], start: int, end: int) -> bool:
    """Whether the run `words[start:end]` ends in a word that joins names ("Ministry of",
    "Smith and") rather than ending one: a particle's word capitalised after a name is
    the surname ("Amit Das", "Tom Le"; not the "I" of "Delta Airlines I am …")."""
    last = words[end - 1]
    if bare_word(last) not in CONNECTORS:
        return False
    return not (
        end - start > 1
        and len(last) > 1
        and last[:1].isupper()
        and bare_word(last) in SPEAKER_PARTICLES
    )


def initial_of_a_name(words: list[str], at: int, end: int) -> bool:
    """ "A. J. Patel", "I. K. Gujral": a capital and its stop before more of a name is an
    initial, not the article or the pronoun."""
    return at + 1 < end and len(words[at]) == 2 and words[at][1] == "." and words[at][0].isupper()


def surname_he(words: list[str], at: int) -> bool:
    """ "He Yanping": the Chinese surname He, before a given name, not the pronoun (which
    a capitalised word never follows inside a sentence)."""
    return (
        words[at] == "He"
        and at + 1 < len(words)
        and is_cap(words[at + 1])
        and bare_word(words[at + 1]) not in NOT_NAME
    )


def _modifies_a_name(word: str) -> bool:
    """ "Oscar-nominated", "London-based", "Top-seeded", "Americans": words that describe
    the name after them, never part of it ("Ji-sung Park" keeps its given name)."""
    if "-" in word:
        return _HYPHENED_MODIFIER.fullmatch(word) is not None
    return word.endswith("s") and bare_word(word)[:-1] in DEMONYMS


#: A capitalised compound ending in a participle, an agent or a position that describes
#: a name ("Oscar-nominated", "Film-maker", "Fly-half", "Man-of-the-match").
_HYPHENED_MODIFIER = lazy_compile(
    r"[^\W\d_][\w'’]*(?:-[a-z]+)*-(?:based|born|bred|nominated|winning|winner|seeded|owned"
    r"|backed|led|listed|registered|raised|trained|funded|run|maker|old|match|half|back"
    r"|[a-z]{3,}ing)"  # "Coffee-loving", "Long-serving"; not "Mei-ling"
)


#: Prepositions that open a sentence capitalised and, alone, are no name.
LONE_PREPOSITIONS = word_set("among amongst outside inside beyond behind beside across")


#: Letters after a member's name ("Paul Boateng MP"): not part of the name, though they
#: may head a role ("the Ealing North MP").
MEMBER_LETTERS = frozenset(
    {"MP", "MSP", "MEP", "AM", "MS", "MLA", "MPP", "MNA", "MHA", "MCA", "MLC", "TD"}
)


def clean_name_words(words: list[str]) -> list[str]:
    """A capitalised run without the sentence-opening words before its name ("Once Lee")."""
    return clean_run(words)


def ends_in_member_letters(name: str) -> bool:
    """Whether a name ends in the letters of a member ("Ann Lee MP"), its stop aside:
    "… Ann Lee MS."."""
    return name.rsplit(None, 1)[-1].rstrip(".") in MEMBER_LETTERS


def is_initial(word: str) -> bool:
    """ "G.K." or "C." or "U.S." keep their dots."""
    return _INITIALS.fullmatch(word) is not None


_INITIALS = lazy_compile(
    r"(?:[A-Z]\.)+"
)  # compiled once: `phrases._phrase` asks at every full stop


#: Object pronouns, by the subject pronoun a speaker they stand for answers to.
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}


#: Forms of address: whatever follows one is a name, even a word like "King" or "Doctor".
HONORIFICS = word_set(
    "mr mrs ms miss mx dr sir dame lord lady prof baroness baron viscount viscountess "
    "thiru thirumathi tmt shri smt datuk dato datin encik puan mme mlle"
)


#: Malaysian titles that take "Seri" or "Sri" after them: "Datuk Seri", "Tan Sri".
_SERI = frozenset({"datuk", "dato", "tan"})


#: A possessive's ending after a letter ("Kok's", "Reuters'"), tested for whether it is
#: there. (The mark or "s" first, the letter before it looked behind for: the matcher
#: then skips to those characters at C speed instead of trying every letter.)
POSSESSED = lazy_compile(r"['’s](?:(?<=\w['’])s|(?<=\ws)['’])$")


#: What an organisation issues, and speaks through: "a Capital Economics statement said".
DOCUMENTS = word_set(
    "statement report release website survey study letter blog message email e-mail memo note"
)


#: Documents that speak for whoever wrote them.
WRITINGS = DOCUMENTS | word_set(
    "findings paper analysis research motion lawsuit filing complaint petition"
)


def person_like(words: list[str]) -> bool:
    """A bare personal name: one to five capitalised words or initials, no org words."""
    kept: list[str] = []  # the words less capitalised titles ("President", "Dr")
    for word in words:
        if is_cap(word):
            if bare_word(word) not in TITLES:
                kept.append(word)
        elif bare_word(word) in SPEAKER_PARTICLES:
            kept.append(word)  # "de", "van"
        else:
            return False  # the cheap test first: a lower-case word ends any name
    if not 1 <= len(kept) <= 5 or is_org(kept):
        return False
    if len(kept) == 1 and bare_word(kept[0]) in PLACES:
        return False  # "the Netherlands, Portugal and …": countries
    return bare_word(kept[0]) not in NOT_NAME


DATE_PREPOSITIONS = word_set("in on last this since until by during early late mid next")


#: Words opening a subordinate clause, whose subject is its own.
SUBORDINATORS = word_set(
    "while because as when after before if although though since whereas until unless"
)


#: What a publication is called once it has been named ("the magazine said").
OUTLET_NOUNS = word_set(
    "magazine newspaper paper daily tabloid broadsheet weekly broadcaster channel website journal"
)


#: Titles a peer is known by with a surname alone: "Lord Falconer", "Baroness Boothroyd".
PEERAGE = ("Lord", "Lady", "Baroness", "Baron", "Viscountess", "Viscount")
#: An English judge's style, which a judge the article gives no first name goes by too:
#: "Mr Justice Ashworth", "Lady Justice Hale".
JUDGES_STYLES = ("Mr Justice", "Mrs Justice", "Ms Justice", "Lord Justice", "Lady Justice")


#: Relatives whose word gives their gender (0 he, 1 she), right before their name: "her
#: husband, Bram Hollister", "his daughter Ann".
KIN_SEX_INDEX = {
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
KIN = frozenset(KIN_SEX_INDEX)


#: The he or she each relative's word tells.
KIN_SEX = {word: ("he", "she")[sex] for word, sex in KIN_SEX_INDEX.items()}


#: Titles that give a person's gender.
TITLE_GENDER = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "father", "baron"), "he"),
    **dict.fromkeys(
        ("mrs", "ms", "miss", "lady", "dame", "queen", "princess", "baroness", "begum"), "she"
    ),
    **dict.fromkeys(("thiru", "shri"), "he"),  # South Asian forms of address
    **dict.fromkeys(("thirumathi", "tmt", "smt", "kumari", "selvi", "mama"), "she"),
    **dict.fromkeys(("mme", "mlle", "madame", "madam", "mdm"), "she"),  # and Singapore's
    **dict.fromkeys(("u", "ato", "ratu"), "he"),  # Burmese, Amharic, Fijian
    **dict.fromkeys(("daw", "adi", "sister"), "she"),
    **dict.fromkeys(("w/ro", "w/rt", "woizero", "woizerit"), "she"),  # Amharic
    **dict.fromkeys(("pak", "bapak"), "he"),  # Indonesian
    **dict.fromkeys(("ibu",), "she"),
    **dict.fromkeys(("mang",), "he"),  # Filipino forms of address for elders
    **dict.fromkeys(("aling",), "she"),
}
