"""Word tests the attribution rules share.

Whether a word or a speaker stands for a person, a role, an organisation or a
nationality, and whether a verb follows a word. They read words, and for a known
person the names the article uses, and nothing else, so every other module can use
them.
"""

from __future__ import annotations

import functools

from newsread.cues import CUE_SET, WORD_RE
from newsread.lazyre import lazy_compile
from newsread.quote_engine.state import Speaker, State
from newsread.speakers.mentions import SOURCE_PLACINGS, where_placed
from newsread.speakers.words import (
    KIN,
    KIN_SEX,
    NATIONALS,
    ORG_WORDS,
    POSSESSED,
    TITLES,
    Mention,
    fold,
    is_org,
    plural_letters,
    surname_first,
)
from newsread.wordlists import DEMONYMS, IRREGULAR_PAST, PLACES, word_set

#: What "the …" calls an organisation it named: "the organisation", "the firm".
ORG_HEADS = word_set(
    "organisation organization company firm group charity club body bank union retailer "
    "regulator broadcaster publisher carrier manufacturer supplier provider operator lender "
    "insurer distributor developer maker carmaker airline giant watchdog ngo coalition fund"
)


def names_a_word(quoted: str, names: list[str]) -> bool:
    """Whether `quoted` has one of `names` (three letters or more) as a capitalised word."""
    parts = [part for part in names if len(part) > 2 and part in quoted]
    if not parts:
        return False  # the cheap test first: no part of the name in the quote at all
    words = {fold(w) for w in WORD_RE.findall(quoted) if w[:1].isupper()}  # "Sean", "s"
    return any(fold(part) in words for part in parts)


def head_of(words: list[str]) -> str:
    """A description's head noun, folded: its last word, or the one before "of" ("the
    restoration of the older episodes"; but "Ministry of Lands spokeswoman" is headed by
    its role) or before "close to" ("a source close to the talks"), "familiar with" or
    "briefed on"."""
    head = fold(words[-1])
    for near, link in (("close", "to"), ("familiar", "with"), ("briefed", "on")):
        at = words.index(near, 1) if near in words[1:-1] else 0
        if at and words[at + 1] == link:
            return fold(words[at - 1])
    if len(words) > 3 and "the" in words:
        # "an official at the district relief office" is an official.
        placed = next((at for at in range(1, len(words) - 2) if where_placed(words, at)), 0)
        if placed:
            return fold(words[placed - 1])
    if "of" in words[1:] and head not in ROLES:
        return fold(words[words.index("of", 1) - 1])
    return head


#: Nouns for a person, besides titles and agent nouns, that the article uses for someone
#: it named; and agent-looking nouns that name things.
PERSON_NOUNS = word_set(
    "champion youngster runner-up newcomer favourite international star "
    "full-back fullback half-back fly-half scrum-half forward prop seed counterpart colleague "
    "team-mate teammate compatriot rival rookie sophomore freshman fresher debutant "
    "debutante replacement"
)


_THING_NOUNS = word_set(
    "paper newspaper letter poster flyer computer order chapter number answer matter water "
    "power border corner danger manner river summer winter weather shelter cancer character "
    "container factor sector offer cover banner register error door floor mirror motor "
    "interior exterior labour labor favour favor honour honor colour color terror horror "
    "restaurant plant grant event content extent percent talent incident accident "
    "component intent consent"
)


def describes_someone(mention: Mention) -> bool:
    """ "the Sale full-back", "the 36-year-old": a person described, not named."""
    if mention.kind != "description" or fold(mention.text.split()[0]) != "the":
        return False
    if postmodified(mention):
        return False
    head = fold(mention.name.split()[-1])
    # Titles ("the prime minister") name whoever the article titled so.
    return head not in ROLES and head not in TITLES and person_noun(head)


#: Prefixes that make a hyphenated person noun someone beside the one spoken of.
_OTHER_ONE = frozenset({"co", "arch", "title", "fellow", "step", "vice", "deputy", "joint"})


def postmodified(mention: Mention) -> bool:
    """Whether a participle after the noun says who is meant ("the surgeon leading the
    team", read as "surgeon"): someone new, whom no earlier person's epithet it is (but
    "the MP for Birkenhead" is whoever the article named so)."""
    words = mention.text.split()
    name = mention.name.split()
    if len(words) <= len(name) + 2:
        return False  # the cheap test first: "the lanky professor"
    after = words.index(name[-1]) + 1 if name[-1] in words else len(words)
    return after < len(words) and words[after].endswith("ing")


def is_demonym(word: str) -> bool:
    """One person by where they are from: "Dutchman", "Frenchwoman", "Australian", "Swede"
    (listed: "the Guardian" and "the Times" are papers, whatever their endings)."""
    folded = fold(word)
    return folded in DEMONYMS or folded in NATIONALS


def two_word_demonym(name: str) -> bool:
    """One person by a place of two words: "South African", "Sri Lankan", "New Zealander"
    (not "the New Yorker", "the Southern Water": a magazine, a company)."""
    first, _, second = name.partition(" ")
    if fold(name) in _TWO_WORD_DEMONYMS or is_demonym(name.replace(" ", "-")):
        return True  # "South African", listed as "south-african"
    return (
        fold(first) in _DEMONYM_FIRST_WORDS
        and " " not in second
        and (is_demonym(second) or second.endswith(("an", "ese")))  # "South Sudanese"
    )


_DEMONYM_FIRST_WORDS = word_set("south north east west northern southern sri saudi")


_TWO_WORD_DEMONYMS = frozenset({"new zealander", "sri lankan", "papua new guinean"})


def person_noun(head: str) -> bool:
    """A noun for someone the article named ("the engineer", "the 36-year-old"), not a
    document, a thing or an abstraction ("the report", "the trouble")."""
    if head in TITLES or head in PERSON_NOUNS or head.endswith("-old"):
        return True
    if head.startswith("ex-"):
        return True  # "the ex-Wallaby"
    first, _, last = head.rpartition("-")
    if first and last in PERSON_NOUNS and first not in _OTHER_ONE:
        return True  # "the corner-forward" (not "the co-star": someone else)
    if head in _THING_NOUNS or head in ORG_HEADS or head.endswith("ment"):
        return False
    return head.endswith(_AGENT_ENDINGS)


#: Endings of nouns for people: engineer, director, scientist, musician, Dutchman,
#: assistant, student ("-ment" nouns are things).
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent")


#: More nouns for one unnamed person, whom a later "he" or "she" means: "One juror, who
#: declined to give her name, said …. '…,' she said."
SOMEONE_DESCRIBED = word_set(
    "juror publican fisher fisherman farmer counsellor counselor nurse doctor teacher "
    "driver shopkeeper worker miner volunteer student parent mother father man woman "
    "person boy girl broker trader dealer banker investor economist"
)


#: Nouns naming one unnamed person by role: "the spokesman" can be "he" later.
ROLES = word_set(
    "spokesman spokeswoman spokesperson official officer source aide adviser advisor "
    "witness resident soldier analyst lawyer diplomat executive insider neighbour neighbor pal"
)


def described_by_role(speaker: Speaker) -> bool:
    """An unnamed person described by what they are: "a spokesman", "one local publican"."""
    if speaker.kind != "description":
        return False
    head = head_of(speaker.name.split())  # "a person close to the board": a person
    # Or an office no one named holds: "the district police commander, who declined to
    # be named, said".
    if head in ROLES or head in SOMEONE_DESCRIBED or head in UNNAMED_OFFICES:
        return True
    if (head in KIN or head in _KIN_OF_EITHER_SEX) and " of " in speaker.name:
        return True  # "a cousin of the victim", "the widow of a miner"
    if head == "people" and not SOURCE_PLACINGS.isdisjoint(speaker.name.split()):
        return True  # "two people familiar with the negotiations": sources, unnamed
    if head.endswith(("man", "woman", "person")) and len(head) > 6:
        return head not in _NOT_MEN  # "a crewman", "one fisherwoman", "a salesperson"
    return head.endswith("teacher") or head in _UNNAMED_PEOPLE


#: Relatives' words that tell no sex (`KIN` holds those that do).
_KIN_OF_EITHER_SEX = word_set("cousin relative sibling spouse")


#: Words ending as a person noun does that name no person.
_NOT_MEN = word_set("talisman ottoman")


def unnamed_person(speaker: Speaker) -> bool:
    """Someone described, not named: "an insider", "a pal of the striker", "a friend"."""
    if speaker.kind != "description":
        return False
    head = head_of(speaker.name.split())
    return person_word(head) or head == "friend"


#: More people a source may be, unnamed, whom a later he or she means: "One evacuee, a
#: retired schoolteacher, said …. '…,' she said."
_UNNAMED_PEOPLE = word_set(
    "evacuee survivor victim passenger patient customer shopper commuter motorist "
    "pensioner retiree villager bystander onlooker eyewitness midwife paramedic mechanic "
    "vendor stallholder grazier builder cleaner carer caregiver deckhand member "
    "landlord landlady homeowner employee engineer contractor subcontractor "
    "protester demonstrator campaigner voter refugee migrant"
)  # (besides `SOMEONE_DESCRIBED` and `ROLES`: nurse, doctor, farmer, neighbour …)


#: Offices whose holders the article may leave unnamed, and so a later he or she.
UNNAMED_OFFICES = word_set("commander inspector superintendent sergeant")


def one_person(plural: str) -> str | None:
    """The singular of a plural for people ("bankers" -> "banker", "deputies" ->
    "deputy"), or None for a plural of things."""
    single = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    if person_noun(single) or single in ROLES or single in _GROUP_PEOPLE:
        return single
    return None


@functools.lru_cache(maxsize=1024)
def org_name(name: str) -> bool:
    """An organisation, or a country speaking as one ("the Netherlands has said"). Cached:
    an article asks of its names again and again."""
    words = [fold(w) for w in name.split()]
    if len(words) == 1 and words[0] in PLACES:
        return True
    if name[-1:] == "s" and plural_letters(name.rsplit(None, 1)[-1]):
        return True  # "Labour MPs" (the cheap test first: this is asked very often)
    if len(words) == 2 and surname_first(name) is not None:
        return False  # "Park Ji-hoon", "Court Min-jae": a family name first, not Hyde Park
    if name.isupper() and len(name) > 1:
        return True
    # A body's word, unless it is a surname here ("Mayor Lucinda Park", "Tom Hall").
    return not ORG_WORDS.isdisjoint(words) and is_org(name.split())


def run_name(run: str) -> str:
    """A capitalised run without what trails after its last capital ("… of the")."""
    words = run.split()
    while words and not words[-1][:1].isupper():
        words.pop()
    return " ".join(words)


#: Nouns for one person that tell a he from a she, besides those ending in "man": a
#: relative's word, a girl or a boy.
_NOUN_GENDER = {**KIN_SEX, "girl": "she", "boy": "he"}


def noun_sex(noun: str) -> str | None:
    """The he or she a noun for one person tells: "girl", "spokeswoman", "father"."""
    if noun.endswith("man"):
        return "she" if noun.endswith("woman") else "he"
    return _NOUN_GENDER.get(noun)


#: Plural people a reporter names as a group without an agent's ending.
_GROUP_PEOPLE = word_set(
    "resident parent nurse doctor fan protester protestor activist analyst expert critic "
    "campaigner student teacher pupil official economist scientist union ally witness local"
)


def person_word(word: str) -> bool:
    """A word for a person: a relative, a role, an occupation ("daughter", "lawyer")."""
    return word in KIN or word in ROLES or person_noun(word)


def epithet(head: str) -> bool:
    """A noun a reporter calls a person by instead of repeating the name ("the star",
    "the 23-year-old", "the Australian"): stricter than `person_noun`, since "the laser
    bridges" reads, word by word, like "the player wins"."""
    return head in _EPITHETS or head.endswith("-old")


_EPITHETS = (
    TITLES
    | PERSON_NOUNS
    | DEMONYMS
    | NATIONALS
    | word_set("player writer author artist performer winner medallist medalist finalist")
)


def singular_verb(word: str) -> bool:
    """A finite verb one person can be the subject of, read surely: "is", "headed"
    (not "were", and not an "-s" word, which is as often a plural noun)."""
    return (word in AUXILIARIES and word not in PLURAL_AUXILIARIES) or (
        word.endswith("ed") and word.islower()
    )


PLURAL_AUXILIARIES = word_set("are were have do")


def someone_named(noun: str) -> bool:
    """A noun for a person before "named": "builder", "friend", "boy" (not "horse")."""
    return person_word(noun) or noun in _PEOPLE_NOUNS


_PEOPLE_NOUNS = word_set(
    "friend boy girl man woman child teenager pensioner student medic cook pilot guide nanny "
    "priest monk nun pupil refugee victim orphan guest host mechanic maid guard shepherd"
)


AUXILIARIES = IRREGULAR_PAST | word_set(
    "is was has had will would can could did does also later then now still never first "
    "may might must should are were"
)


def plural_head_follows(text: str) -> bool:
    """ "clubs have …": an "-s" word that `verb_follows` would take for a verb, but a
    verb follows it, so it is the plural noun a name before it qualifies."""
    words = WORD_RE.findall(text)[:2]
    return (
        len(words) == 2
        and words[0].endswith("s")
        and words[0] not in AUXILIARIES
        and (words[1] in _PLURAL_VERBS or verb_follows(" " + words[1]))
    )


def plural_verb_follows(text: str) -> bool:
    """ "(The Liberal Democrats) want …": a verb in the form a plural subject takes."""
    word = WORD_RE.match(text.lstrip(" \u00a0"))
    return word is not None and (word.group(0) in _PLURAL_VERBS or word.group(0) in CUE_SET)


#: Common verbs after a plural subject that `verb_follows` does not know by their ending,
#: besides cue verbs ("say", "claim", "warn"): "clubs have", "The Liberal Democrats want".
_PLURAL_VERBS = word_set(
    "want have are were do plan hope need believe think know accept reject oppose support "
    "back propose promise pledge fear expect agree demand seek intend favour favor"
)


def verb_follows(text: str) -> bool:
    """Whether the next word reads as a finite verb ("weighed", "says", "was", "sat")."""
    # Read past the spaces in place, not on a stripped copy of the text.
    word = _WORD_AFTER_SPACES.match(text)
    if word is not None and word.group(1) in _ASIDE_ADVERBS:
        word = _WORD_AFTER_SPACES.match(text, word.end())
    lower = word.group(1) if word is not None else ""
    if not lower.islower():
        return False
    if word is not None:
        following = text[word.end() : word.end() + 2]
        if following[:1] in {"'", "’"} and lower.endswith("s") and following[1:2] in {"", " "}:
            return False  # "shareholders' meeting": a plural's possessive, no verb
        lower = before_negation(lower, following)
    return (
        lower in AUXILIARIES
        or lower.endswith(("ed", "es"))
        or (lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3)
        or lower == "read"  # "Paul Grantham read the apology": a past of its own
    )


def before_negation(word: str, following: str) -> str:
    """The verb of a negative contraction ("wasn" of "wasn’t", "won" of "won't" is
    "will"), else the word as it is."""
    if following in {"’t", "'t"} and word.endswith("n"):
        return "will" if word == "won" else word[:-1]
    return word


#: The first word after any spaces: WORD_RE's on the text stripped of them.
_WORD_AFTER_SPACES = lazy_compile(r"[ \u00a0]*([A-Za-z]+)")


#: Adverbs set between a subject and its verb: "Williams though blamed …".
_ASIDE_ADVERBS = word_set("though however meanwhile too instead")


def known_person(name: str, state: State) -> bool:
    """A name the article gives in full somewhere (two words or more), not an organisation."""
    full = state.names.fullest(name)
    if full in state.names.spelled_out or full in state.names.bodies:
        return False  # "CES", "Consumer Electronics Show (CES)", "Laura Ashley, which": no person
    if full in state.names.addressed:
        return True  # "Ibu Sumarni": a person, with one name
    return (
        len(full.split()) >= 2
        and not org_name(full)
        and fold(full.split()[0]) not in (NOT_SUBJECT)
        and not any(POSSESSED.search(w) for w in full.split())  # "Brown's Budget"
    )


NOT_SUBJECT = frozenset(
    {
        "one",
        "the",
        "a",
        "an",
        "but",
        "and",
        "in",
        "on",
        "at",
        "after",
        "when",
        "while",
        "as",
        "if",
        "it",
        "this",
        "that",
        "there",
        "for",
    }
)
