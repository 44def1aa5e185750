"""From the words at a cue to a mention.

A mention is a name, a pronoun, an organisation or a description ("a Ukrainian
soldier"), with titles and appositives stripped.
"""

from __future__ import annotations

import functools
import itertools

from newsread.dates import MONTHS, WEEKDAYS
from newsread.lazyre import lazy_compile
from newsread.speakers.given_names import one_sex_given_name
from newsread.speakers.words import (
    CONNECTORS,
    COUNTRY_CODES,
    DOCUMENTS,
    HONORIFICS,
    KIN,
    LONE_PREPOSITIONS,
    NOT_NAME,
    OBJECT_PRONOUNS,
    ORG_WORDS,
    POSSESSED,
    PRONOUNS,
    TITLES,
    WRITINGS,
    Mention,
    bare_word,
    clean_run,
    fold,
    is_cap,
    is_org,
    is_title,
    person_like,
    strip_title,
)
from newsread.titlecase import ARTICLES
from newsread.wordlists import DEMONYMS, IRREGULAR_PAST, PLACES, word_set

#: Bodies named for what they sit on: "Panel on Climate Change", "Committee on Standards".
BODIES_ON = word_set("panel committee commission council conference court tribunal taskforce")


DETERMINERS = frozenset(
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


#: Words that may stand between a subject and its cue verb ("Putin also told").
SKIP_BEFORE_CUE = WEEKDAYS | word_set("""
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


#: Prepositions and similar words that end a described speaker ("one soldier in Slovyansk").
END_DESCRIPTION = WEEKDAYS | word_set("""
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
NOT_ADJECTIVE = END_DESCRIPTION | CONNECTORS | SKIP_BEFORE_CUE


SHORT_PREPOSITIONS = word_set(
    "in on at during after before from with to for by since into about as"
)


#: A word of a phrase: no bracket or double mark in it, nor a single mark alone (the
#: closing mark of a quotation before "' the general said").
_WORD = lazy_compile(r"['‘’]*[^\s,;:()\[\]“”\"«»„‹›'‘’][^\s,;:()\[\]“”\"«»„‹›]*")


#: Sentence adverbs that may open a subject without a comma.
SENTENCE_ADVERBS = word_set("now meanwhile however then later earlier still instead")


_BEFORE_A_DESCRIPTION = DETERMINERS | SENTENCE_ADVERBS


def describe(words: list[str]) -> list[str]:
    """An unnamed source: determiners dropped, cut before prepositions and clauses."""
    indefinite = bool(words) and bare_word(words[0]) in INDEFINITE | {"one"}
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
        if i and bare in _WHERE and where_placed(words, i):
            out.append(word)  # "a source in the ministry", "an official at the office"
            continue
        if i and bare in {"to", "for"} and _serves(words, i):
            out.append(word)  # "an adviser to a creditor committee": whom the role serves
            continue
        inside = (
            bare == "for" and is_cap(words[i - 1]) and i + 1 < len(words) and is_cap(words[i + 1])
        )
        if inside and any(bare_word(w) in ORG_WORDS for w in out):
            # "Office of the Parliamentary Commissioner for Standards": a body's name goes
            # on (not "the Labour MP for Birkenhead", a role and where it is held).
            out.append(word)
            continue
        if i and bare in END_DESCRIPTION and _NEAR_PHRASES.get(bare) != bare_word(out[-1]):
            if indefinite and len(out) > 1 and past_verb(out[-1]):
                # "an aide involved in the talks": a participle, not the verb of "the
                # economy started to grow"
                out.pop()
            break  # but "a source close to the matter" goes on, "familiar with" too
        if bare == "of" and i + 1 < len(words) and bare_word(words[i + 1]) in DETERMINERS:
            # "member of the audience": keep the prepositional head
            out.append(word)
            continue
        out.append(word)
    return out


#: Where an unnamed source works, kept whole: "an official at the relief office".
_WHERE = word_set("in at within for with")
_PLACED_SOURCES = word_set("""
    source sources official officials insider insiders employee employees staffer staffers
    aide aides spokesman spokeswoman spokesperson
    """)


def where_placed(words: list[str], at: int) -> bool:
    """Whether `words[at]` opens where the unnamed source before it works: "a source in
    the ministry", "an official at the relief office", "a spokeswoman for the fisheries
    ministry", "a site engineer with the firm". After a spokesperson, "for" and "with"
    only before two words or more in lower case: whose "a spokesman for the company" is,
    the article says elsewhere, and "a spokesman for the Dell Group" is the body's
    (`spokesperson_for`); after anyone else, "for" never ("an aide for the day")."""
    if not (0 < at < len(words) - 2 and words[at + 1] == "the" and bare_word(words[at]) in _WHERE):
        return False
    noun = bare_word(words[at - 1])
    if not (noun in _PLACED_SOURCES or noun in TITLES or noun.endswith(("man", "woman"))):
        return False  # "a site engineer with the firm", "a man in the crowd"
    link = bare_word(words[at])
    if link not in {"for", "with"}:
        return True
    if not noun.startswith("spokes"):
        return link == "with"  # "a site engineer with the firm"; not "an aide for the day"
    rest = words[at + 2 : at + 4]
    return len(rest) == 2 and rest[0].islower() and bare_word(rest[1]) not in END_DESCRIPTION


def _serves(words: list[str], at: int) -> bool:
    """Whether `words[at]` ("to", "for") opens whom an unnamed adviser or lawyer before
    it serves, a phrase in lower case: "an aide to the president", "a lawyer for the
    families"; not "an aide for the day" (a time), nor a name ("an aide to Ann Lee",
    whom the article names elsewhere)."""
    if bare_word(words[at - 1]) not in _SERVING:
        return False
    rest = words[at + 1 : at + 3]
    return (
        len(rest) == 2
        and bare_word(rest[0]) in DETERMINERS
        and rest[1].islower()
        and bare_word(rest[1]) not in _TIME_NOUNS
    )


#: Roles that serve someone, named after whom: "an adviser to …", "a lawyer for …".
_SERVING = word_set(
    "adviser advisers advisor advisors aide aides lawyer lawyers attorney attorneys "
    "counsel consultant consultants solicitor solicitors"
)
_TIME_NOUNS = word_set("day week month year time moment")


#: A source's nearness, kept whole: "close to the talks", "familiar with", "briefed on".
_NEAR_PHRASES = {"to": "close", "with": "familiar", "on": "briefed"}


#: Prepositions that tie someone described to a name: "a friend of", "an aide to".
_RELATING = word_set("of for to with")


#: First words of someone so described: a determiner, or "people/sources close to".
_OPENS_A_RELATION = DETERMINERS | word_set("people sources officials several two three")


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


def related_to_a_name(words: list[str]) -> Mention | None:
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
        or not is_cap(words[named])
        or bare_word(words[named]) in NOT_NAME  # "a rally for Sunday"
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
        # "a spokesman for Dell", "an official with Acme": the body (`spokesperson_for`)
        or (head in SPOKESPEOPLE and words[link] != "to")
        or any(
            not word.isalpha()
            or not word.islower()
            or word in _NOT_IN_DESCRIPTION
            or word in PRONOUNS
            or word in _MESSAGES
            or past_verb(word)
            or word.endswith("ing")
            for word in described
        )
    ):
        return None
    end = named
    while end < len(words) and (is_cap(words[end]) or bare_word(words[end]) in CONNECTORS):
        end += 1
    if bare_word(" ".join(words[end : end + 1])) in _GROUPS:
        end += 1  # "a friend of the Lee family"
    start = 0
    while bare_word(words[start]) in DETERMINERS:
        start += 1
    return Mention(" ".join(words[:end]), " ".join(clean_run(words[start:end])), "description")


def role_and_name(words: list[str]) -> bool:
    """Whether an appositive is a role and then a name, nothing else: "the retired harbour
    pilot Jens Ove Mikkelsen"; not "asked about Ann Lee", "founded by Tom Reyes"."""
    named = next((i for i, word in enumerate(words) if is_cap(word)), len(words))
    role = words[:named]
    return (
        0 < named < len(words) - 1
        and all(map(is_cap, words[named:]))
        and all(w.isalpha() and w.islower() and w not in _NOT_A_ROLE_WORD for w in role)
    )


#: Words an appositive holding a name may have that make it no role: "like Ann Lee",
#: "asked about Ann Lee", "quoted by Tom Reyes".
_NOT_A_ROLE_WORD = SHORT_PREPOSITIONS | word_set("like unlike asked quoted set")


def names_someone(words: list[str]) -> bool:
    """Whether an appositive names someone: "an investor named Tom Reyes", "a mother of two
    called Ann Lee", "a Ms Ann Lee", "the retired pilot Jens Moller"."""
    return (
        role_and_name(words)
        or (len(words) > 1 and bare_word(words[1]) in HONORIFICS)
        or any(bare_word(w) in {"named", "called"} for w in words)
    )


def past_verb(word: str) -> bool:
    """A lower-case past tense ("raised", "wrote"): a verb, so no part of a noun phrase."""
    return word.islower() and ((word.endswith("ed") and len(word) > 3) or word in IRREGULAR_PAST)


def mention_from_words(words: list[str]) -> Mention | None:
    """Classify a subject or object noun phrase into a Mention."""
    return _mention_from_words(tuple(words))


#: Words after a source's noun that place it: "person familiar with", "people close to".
SOURCE_PLACINGS = word_set("familiar close briefed")


#: A body's short name in brackets after its name.
_BRACKETED_SHORT = lazy_compile(r"\([A-Z][A-Za-z&]{1,9}\)")


#: What someone writes or posts, through which they speak: "a tweet from Donald Trump".
_MESSAGES = word_set(
    "tweet post posting update message statement letter email e-mail note video blog memo"
)


#: Prepositions that tell where someone described is from: "a caller from Dunmere".
_FROM_A_PLACE = frozenset({"from", "in", "near", "on"})


#: Words that place a place before its name: "a resident of nearby Weir Street".
_NEAR_OR_FAR = word_set("nearby neighbouring neighboring rural remote downtown suburban")
_OF_A_PLACE = _FROM_A_PLACE | {"of"}


#: What kind of place a place is, named before its name: "the nearby village of Kara-Jyluu".
_KINDS_OF_PLACE = word_set(
    "village town city hamlet suburb district region province county island settlement "
    "municipality neighbourhood neighborhood borough parish township"
)


#: Participles of how a reporter came by a document, before "by" and the reporter.
_SEEN_BY = frozenset({"seen", "obtained", "reviewed", "leaked"})


#: Words for when someone holds an office, between a determiner and its title.
IN_OFFICE_WHEN = word_set("former outgoing incoming acting interim then late retiring")


#: Determiners of someone not named: "a nurse travelling to …".
INDEFINITE = frozenset({"a", "an", "another"})
#: Those, and "one": "One landlord in Mongkok said".
_SOMEONE_OF_MANY = INDEFINITE | {"one"}


#: An age as a modifier: "58-year-old".
_AGE = lazy_compile(r"\d{1,3}-year-old")


#: Nouns for people (and a body's parts) that end as a participle does: "an older
#: sibling in Leeds" is no sibling "-ing" somewhere.
_NOUNS_IN_ING = word_set("sibling offspring underling darling king viking earthling being wing")


def _describes_a_noun(word: str) -> bool:
    """Whether a word may stand in a noun phrase before its head's complement: not a
    participle nor a preposition ("man" of "man accused of …", "man in the crowd")."""
    bare = bare_word(word)
    return not (past_verb(word) or bare in SHORT_PREPOSITIONS or bare.endswith("ing"))


def _the_participle(words: list[str]) -> bool:
    """ "The lawyer representing Ann Lee", "the man acting for her": a participle with
    its object after the noun, as after "a"; not "the city planning department" nor "the
    right wing of the party" (nouns), where no object opens after the "-ing" word."""
    after = words[3]
    return (
        words[0] in {"the", "The"}
        and "'" not in words[1]
        and "’" not in words[1]
        and (
            after[:1].isupper()
            or after in _OBJECT_OPENERS
            or after in DETERMINERS
            or after in OBJECT_PRONOUNS
        )
    )


#: Prepositions that may open a participle's complement: "acting for", "travelling to".
_OBJECT_OPENERS = word_set("for to with on in at near into from")


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
    `article_names._read_run`'s cache, for a library read in order (the BBC corpus asks ~17,000)."""
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
    if (
        len(words) > 2
        and words[1].lower() in ARTICLES
        and past_verb(words[0])
        and words[0].islower()
    ):
        return None  # "posted a photo of the brothers": a verb and its object, no one
    for at in range(2, len(words) - 2):
        if words[at] in _SEEN_BY and words[at + 1] == "by":
            # "A draft of the conclusions seen by POLITICO": the draft, which the outlet
            # only saw.
            seen = _mention_from_words(tuple(words[:at]))
            if seen is not None and seen.kind == "description":
                return Mention(" ".join(words), seen.name, seen.kind, seen.title)
    for at in range(1, len(words) - 1):
        if words[at + 1].lower() in ARTICLES and past_verb(words[at]) and words[at] != "quoted":
            # "The union raised an appeal arguing", "Ann Lee wrote a letter saying": the
            # subject of that verb, not its object.
            return _mention_from_words(tuple(words[:at]))
    text = " ".join(words)
    words = _without_kind_of_place(words)
    if len(words) == 1 and bare_word(words[0]) in PRONOUNS:
        return Mention(text, bare_word(words[0]), "pronoun")
    if len(words) == 1 and bare_word(words[0]) in OBJECT_PRONOUNS:
        # "According to him": the one a "he" would mean.
        return Mention(text, OBJECT_PRONOUNS[bare_word(words[0])], "pronoun")
    if [bare_word(w) for w in words] in (["one"], ["one", "of", "them"]):
        # "says one", "One described it as": one of the people just spoken of.
        return Mention(text, "one", "pronoun")
    if len(words) == 1 and bare_word(words[0]) == "another":
        return Mention(text, "another", "pronoun")  # "Another added": one more of them
    if len(words) == 1 and bare_word(words[0]) == "others":
        return Mention(text, "others", "description")  # "Others warned": people unnamed
    if len(words) > 1 and _AGE.fullmatch(words[0]) and is_cap(words[1]):
        # "58-year-old S. Ponnuthai of Keezhapatti village": the name after the age.
        named = _mention_from_words(tuple(words[1:]))
        return Mention(text, named.name, named.kind, named.title) if named else None
    spoke = spokesperson_for(words) or _organisation_source(words)
    if spoke is not None:
        return Mention(text, spoke, "description")
    issuer = _issuer(words)
    if issuer is None and len(words) > 2:
        head = _before_a_preposition(words)
        if len(head) < len(words) and bare_word(head[-1]) in DOCUMENTS:
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
    words = without_affiliation(words)
    # A name: the last word (or the run before a possessive-free end) is capitalised;
    # but "a nurse travelling to Hollinbrook General Hospital" describes someone.
    participial = (
        len(words) > 3
        and words[1].islower()
        and words[2].islower()
        and words[2].endswith("ing")
        and (bare_word(words[0]) in INDEFINITE or _the_participle(words))
    )
    if participial:
        noun = _mention_from_words(tuple(words[:2]))  # "a nurse"
        return Mention(text, noun.name, noun.kind, noun.title) if noun else None
    if is_cap(words[-1]) or (
        len(words) > 1
        and is_cap(words[0])
        and bare_word(words[0]) not in NOT_NAME
        and all(is_cap(w) or bare_word(w) in CONNECTORS for w in words)
    ):
        run: list[str] = []
        for at in range(len(words) - 1, -1, -1):
            word = words[at]
            if is_cap(word) or (bare_word(word) in CONNECTORS and run):
                run.insert(0, word)
            elif word == "on" and run and at and bare_word(words[at - 1]) in BODIES_ON:
                run.insert(0, word)  # "Intergovernmental Panel on Climate Change"
            else:
                break
        ahead = words[: len(words) - len(run)]
        if (
            len(ahead) > 2
            and bare_word(ahead[-1]) in _NEAR_OR_FAR
            and bare_word(ahead[-2]) in _OF_A_PLACE
        ):
            # "One resident of nearby Weir Street": as "one resident of Weir Street".
            placed = _mention_from_words((*ahead[:-1], *run))
            return Mention(text, placed.name, placed.kind, placed.title) if placed else None
        related = related_to_a_name(words)
        if related is not None:
            return Mention(text, related.name, "description")
        # ("Tom Ode manager of Leeds United": the run took the job's "of".)
        led = [*ahead, run[0]] if run and bare_word(run[0]) in {"of", "for"} else ahead
        if (
            len(led) > 3
            and is_cap(led[1])
            and (led[2].islower() or led[3].islower())  # the cheap test first
            and not (len(run) > 1 and person_like(run))  # "… director of sport Ann Lee"
        ):
            lead = _name_before_role(led)
            if lead is not None:
                return Mention(text, lead.name, lead.kind, lead.title)
        # Not "A milder review in the New York Times" nor "A tweet from Donald Trump":
        # a body or a person speaks through what they write.
        # The preposition before the place, past its "the": "A farmer on the East Coast"
        # (not "A man from the Red Cross": a body, whose man speaks for it).
        placed_the = len(ahead) > 3 and bare_word(ahead[-1]) == "the"
        at = len(ahead) - 2 if placed_the and bare_word(ahead[-2]) != "from" else len(ahead) - 1
        unnamed = (
            len(ahead) > 2
            and bare_word(ahead[at - 1]) not in _MESSAGES
            and (
                ahead[0][:1].islower()
                or (bare_word(ahead[0]) in _SOMEONE_OF_MANY and not is_org(run))
                or (ahead[0][-1:] == "s" and ahead[0][1:].islower())  # "Residents of …"
            )
        )
        if unnamed and bare_word(ahead[at]) in _FROM_A_PLACE:
            # "one caller from Dunmere", "A disaster official in Borongan": someone
            # described, and where they are from.
            described = ahead[:at]
            if described[0][:1].isupper() and bare_word(described[0]) not in _SOMEONE_OF_MANY:
                described[0] = described[0].lower()  # "Residents" opening the sentence
            if len(described) > 2 and (
                past_verb(described[-1])
                or (
                    described[-1].endswith("ing")
                    and described[-1].islower()
                    and described[-2].islower()
                    and described[-1] not in _NOUNS_IN_ING
                    # (A preposition's noun stays: "a professor of engineering".)
                    and described[-2] != "of"
                    and described[-2] not in SHORT_PREPOSITIONS
                )
            ):
                # "an analyst based in London", "a soldier serving near Pokrovsk"
                described = described[:-1]
            someone = _mention_from_words(tuple(described))
            if someone is None and bare_word(described[0]) in _SOMEONE_OF_MANY:
                # "A man accused of murdering a father-of-three outside a pub in Hinckley":
                # too long a description to keep whole; the noun before what it did.
                head = list(itertools.takewhile(_describes_a_noun, described[1:]))
                if head and head[-1].islower():
                    someone = _mention_from_words((described[0], *head))
            if someone is not None and someone.kind == "description":
                return Mention(text, someone.name, "description", someone.title)
        run = clean_run(run)
        owned = 0
        if any("'" in w or "’" in w for w in run[:-1]):
            owned = owned_words(run[:-1])
        if owned and person_like(run[owned:]) and len(run) - owned > 1:
            run = run[owned:]  # "Microsoft's Mike Coleman": the possessor is not named
        if run:
            # "The British Chambers of Commerce": a body after "the", whole (no one's name
            # follows "the" with an affiliation).
            the = bare_word(words[len(ahead)]) == "the"
            the = the or (bool(ahead) and bare_word(ahead[-1]) == "the")
            name_words, title = strip_title(run if the else without_affiliation(run))
            if title is not None and len(name_words) > 3 and not the:
                # "Council Member Frank DiStefano of Staten Island": where from, past the title.
                name_words = without_affiliation(name_words)
            if (
                title is not None
                and name_words
                and bare_word(name_words[0]) in {"for", "of"}
                and not person_like(name_words[-2:])
            ):
                name_words = []  # "the Labour MP for Birkenhead": a role, not a place
            name_words = clean_run(name_words)
            determined = len(words) > len(run) and bare_word(words[-len(run) - 1]) in DETERMINERS
            if not determined and len(words) > len(run) + 1:
                # "the former Cabinet Secretary": a determiner before the office's time.
                before = bare_word(words[-len(run) - 1])
                determined = before in IN_OFFICE_WHEN and (
                    bare_word(words[-len(run) - 2]) in DETERMINERS
                )
            if (
                name_words
                and is_title(name_words[-1])
                and (len(name_words) == 1 or determined or name_words[-1].isupper())
                and title not in HONORIFICS  # "Ms King": a surname after an honorific
                # "Her husband Dean": a given name after a relative's word.
                and not (len(run) == 1 and ahead and bare_word(ahead[-1]) in KIN)
            ):
                # "the Salford MP", "the Foreign Secretary": a role, described below.
                # Without a determiner, "Ken Doctor" is a name that ends in a title word.
                name_words = []
            if name_words and (
                is_org(name_words)
                or len(name_words) > 1
                or not _group(name_words[0])
                or title in HONORIFICS
            ):
                name = " ".join(name_words)
                if name.endswith(("'s", "’s")):
                    return None
                return Mention(text, name, "name", title)
    head = _before_a_preposition(words)
    if 1 < len(head) < len(words) and is_cap(head[-1]) and not is_cap(head[0]):
        # "the opposition Progressive Alliance Congress in the state": the body named.
        named = _mention_from_words(tuple(head))
        if named is not None and named.kind == "name":
            return Mention(text, named.name, "name", named.title)
    opening = name_then_verb(words)
    if opening is not None:
        return opening  # "Mr Kennedy used a speech": the name is the subject, not all of it
    described = describe(words)
    if len(described) > 7 and "of" in described[1:]:
        # "the chief executive of a leading European car maker": the role is enough.
        head = described[: described.index("of", 1)]
        if len(head) <= 3 and bare_word(head[-1]) in TITLES:
            described = head
    # (A source placed by what they know runs longer: "person familiar with the Treasury
    # Department's borrowing plans".)
    most = 9 if len(described) > 2 and bare_word(described[1]) in SOURCE_PLACINGS else 7
    if not described or len(described) > most:
        return None
    if any(bare_word(w) in _NOT_IN_DESCRIPTION for w in described):
        return None  # "Labour is", "Growth was helped": a clause, not who spoke
    if all(
        bare_word(w) in NOT_NAME or bare_word(w) in DETERMINERS or bare_word(w) in LONE_PREPOSITIONS
        for w in described
    ):
        return None  # "all said"; "Among the" (drivers …, which locals called "…")
    # "all said", "this was"; but "An All England club spokesperson" names a body.
    opener = bare_word(described[0]) in _NOT_DESCRIPTION
    if opener and not (len(described) > 1 and is_cap(described[0]) and is_cap(described[1])):
        return None
    if any(bare_word(w) in PRONOUNS for w in described):
        return None
    name = " ".join(described)
    if bare_word(described[-1]) in TITLES and len(described) == 1:
        return Mention(text, name, "description", bare_word(described[-1]))
    return Mention(text, name, "description")


def untitled(name: str) -> str:
    """A holder's name without the forms of address or titles before it: "its chairman,
    Chief Ade Coker," is Ade Coker; a name never shrinks to one word here."""
    words = strip_title(name.split())[0]
    return " ".join(words) if len(words) > 1 else unaddressed(name)


def unaddressed(name: str) -> str:
    """A name without the forms of address before it: "Dr Rosalind Tebbutt"."""
    words = name.split()
    while len(words) > 1 and bare_word(words[0]) in HONORIFICS:
        words = words[1:]
    return " ".join(words)


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


def without_affiliation(words: list[str]) -> list[str]:
    """A person's name without the organisation after it ("John Brady of ABN AMRO")."""
    for index in range(2, len(words)):
        if bare_word(words[index]) in {"of", "from", "at"}:
            head = words[:index]
            if bare_office(head):
                continue  # "Federal Minister of Economic Affairs", "US Secretary of State"
            named = head
            if not person_like(head):
                # "Weather specialist Ramil Cortez of the state weather bureau": a role
                # in lower case before the name.
                start = len(head)
                while start and is_cap(head[start - 1]):
                    start -= 1
                role = 0 < start <= len(head) - 2 and head[start - 1].islower()
                named = head[start:] if role else []
            if named and person_like(named) and not is_org(named):
                return head
            break
    return words


def bare_office(words: list[str]) -> bool:
    """An office and no one's name ("US President", "Federal Minister"): a title after
    words that only say whose or what kind of office it is."""
    return (
        is_title(words[-1])
        and all(bare_word(w) in _OF_AN_OFFICE or is_place_word(w) for w in words[:-1])
        # Not "Georgia King": a given name that is also a place's.
        and not (len(words) == 2 and one_sex_given_name(bare_word(words[0])))
    )


#: Words that qualify an office before its title: "Federal Minister of …", "Senior
#: Minister of State for …".
_OF_AN_OFFICE = word_set(
    "federal national provincial regional municipal union cabinet junior senior acting "
    "assistant interim"
)


#: Unnamed sources that speak for an organisation: "a spokesman for Dell".
SPOKESPEOPLE = word_set("spokesman spokeswoman spokesperson official source representative")


#: What a document is said to be by: "a report published by …", "a message sent … by".
_AUTHORED = word_set("published issued released written sent compiled commissioned produced filed")


def author_of_document(words: list[str]) -> Mention | None:
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
                if source[1].islower() and len(source) <= 4:
                    # "a statement from the airline": the body the article named before.
                    return mention_from_words(source)
                source = source[1:]
            if is_cap(source[0]):
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
    if not at or not is_cap(words[-1]):
        return None
    head = words[:at]
    if all(map(is_cap, head)) and len(head) > 1:
        return head if person_like(head) or is_org(head) else None
    if words[at] not in _IN_A_PLACE or is_org(words[-2:]):
        return None  # "Analysts at Brightwater Capital", "a review in the New York Times"
    if all(map(is_cap, head)):
        # One word: a plural for people, "Farmers"; or a first name, as a phone-in gives
        # its callers ("Pauline in Furness Green"); not "Acme" nor "Growth".
        known = _someone_by_role(bare_word(head[0]))
        return head if known or _one_name(head[0]) else None
    if is_cap(head[0]) and bare_word(head[0]) not in DETERMINERS:
        return None
    described = describe(head)
    if not described or len(described) > 4 or not all(w.islower() for w in described):
        return None
    # Someone or a body: not "development in poorer countries" nor "a review in …".
    return head if _someone_by_role(described[-1]) else None


def _one_name(word: str) -> bool:
    """A capitalised word that may be someone's one name (`person_like`: no opener, no
    body's word), and no verb form or plural."""
    bare = bare_word(word)
    return person_like([word]) and not bare.endswith(("ing", "ed", "s")) and bare not in DETERMINERS


def _someone_by_role(noun: str) -> bool:
    """A noun for people or a body, singular or plural: "mayor", "farmers", "ministry"."""
    single = noun[:-1] if noun.endswith("s") else noun
    known = single in TITLES or single in UNNAMED_SOURCES or single in SPOKESPEOPLE
    return known or noun in _PEOPLE_PLURALS or noun in ORG_WORDS


#: Endings of jobs the title list leaves out: "consultant", "specialist", "physician".
_JOB_ENDINGS = ("ant", "ist", "ian")


def _name_before_role(words: list[str]) -> Mention | None:
    """A person's name, then their job with no comma between ("Dr Ann Lee sound
    director at audio firm Acme"): the name, not the body the job is at."""
    named = 0
    while named < len(words) and is_cap(words[named]):
        named += 1
    role = False
    for word in words[named:]:
        if word in SHORT_PREPOSITIONS or word == "of":
            break  # the job's body follows ("at audio firm Acme")
        if not word.islower() or POSSESSED.search(word):
            return None  # not a job alone ("Ann Lee and Bo Chan", "Ann Lee's lawyer")
        role = role or is_title(word) or word.endswith(_JOB_ENDINGS)
    else:
        return None  # no body after the job: "Red Party health critic …" names a party
    if not role or not person_like(words[:named]):
        return None
    lead = _mention_from_words(tuple(words[:named]))
    return lead if lead is not None and lead.kind == "name" and " " in lead.name else None


def _before_a_preposition(words: list[str]) -> list[str]:
    """ "A National Audit Office report on the 20 biggest projects": the words before
    what the phrase goes on to say about its head."""
    for index, word in enumerate(words[1:], start=1):
        if word in SHORT_PREPOSITIONS:
            return words[:index]
    return words


def _issuer(words: list[str]) -> str | None:
    """ "the influential Edge magazine" -> "Edge magazine"; "a Capital Economics
    statement" -> "Capital Economics": the organisation, without adjectives or document."""
    tail = bare_word(words[-1])
    if words[-1][:1].isupper() or (tail not in ORG_WORDS and tail not in DOCUMENTS):
        return None
    run: list[str] = []
    for word in reversed(words[:-1]):
        if not is_cap(word):
            break
        run.insert(0, word)
    lead = words[: len(words) - 1 - len(run)]
    if len(lead) > 2 or any(bare_word(w) in SHORT_PREPOSITIONS | _NOT_IN_DESCRIPTION for w in lead):
        return None  # "was quoted in the Herald newspaper": a clause, not a name
    run = clean_run(run)
    if run and POSSESSED.search(run[-1]):
        if tail == "office":
            # "Thorne's office" is Thorne's, described by whose it is ("the club's
            # board" speaks for the club, as before).
            return None
        run[-1] = unpossessed(run[-1])  # "Mr Kok's report"
    if not run or _group(run[-1]) or bare_word(run[-1]).endswith(("an", "ian")):
        return None  # "the Ukrainian army", "the Chinese government": described, not named
    if run[-1].rpartition("-")[2].islower():
        return None  # "the Singapore-based fund", "a Labour-led council": described too
    if tail in DOCUMENTS:
        return " ".join(strip_title(run)[0] if len(run) > 1 else run)
    return " ".join([*run, words[-1]])


def _organisation_source(words: list[str]) -> str | None:
    """ "A Department for Education and Skills source": the whole organisation's name."""
    if len(words) < 3 or bare_word(words[-1]) not in SPOKESPEOPLE:
        return None
    named = words[1:-1] if bare_word(words[0]) in DETERMINERS else words[:-1]
    if len(named) < 3 or not is_cap(named[0]) or not is_cap(named[-1]):
        return None
    if not all(is_cap(w) or bare_word(w) in CONNECTORS for w in named):
        return None
    return " ".join([*named, bare_word(words[-1])])


def possessive(name: str) -> str:
    """ "Tony Blair's", "Kim Clijsters'": the owner of a role, as English writes it."""
    return name + ("'" if name.endswith("s") else "'s")


def spokesperson_for(words: list[str]) -> str | None:
    """ "a spokesman for Dell" -> "Dell spokesman", as "a Dell spokesman" reads."""
    for index, word in enumerate(words[:4]):
        if bare_word(word) in SPOKESPEOPLE and index + 2 < len(words):
            link = bare_word(words[index + 1])
            org = words[index + 2 :]
            if org and bare_word(org[0]) == "the":
                org = org[1:]
            if len(org) > 1 and org[0].islower() and (len(org) == 2 or not person_like(org[1:])):
                org = org[1:]  # "a spokesman for distributor Toho"; not "… women Ann Lee"
            # "Somerset county council", as some house styles write a body after a place.
            lowered = bool(org) and bare_word(org[-1]) in _LOWER_BODY_HEADS
            lowered = lowered and all(
                in_name(w) or bare_word(w) in _LOWER_BODY_WORDS for w in org[1:]
            )
            named = org and is_cap(org[0]) and (is_cap(org[-1]) or lowered)
            in_names = lowered or all(in_name(w) for w in org)
            if link in {"for", "of", "at", "from"} and named and in_names:
                if len(org) > 1 and bare_word(org[0]) in HONORIFICS:
                    # "a spokesman for Mr Blair": Mr Blair's, as the role of a person.
                    return f"{possessive(' '.join(org))} {bare_word(word)}"
                return " ".join([*org, bare_word(word)])
            return None
    return None


#: The lower-case words of a body named after its place ("Somerset county council",
#: "Leeds city council", "Thames Valley police"), and the ones such a name ends with.
_LOWER_BODY_HEADS = frozenset({"council", "police", "constabulary", "authority", "board"})
_LOWER_BODY_WORDS = _LOWER_BODY_HEADS | {"county", "city", "district", "borough", "town", "parish"}


def in_name(word: str) -> bool:
    """A word a name may hold: "Department for International Development"."""
    return is_cap(word) or bare_word(word) in {"of", "for", "and", "&"}


def name_then_verb(words: list[str]) -> Mention | None:
    """A phrase opening with a name and then a past-tense verb ("Mr Kennedy used a
    speech"): the name, as the verb's subject."""
    size = 0
    while size < len(words) and is_cap(words[size]):
        size += 1
    if not size or size == len(words) or bare_word(words[0]) in NOT_NAME:
        return None
    if size == 1 and bare_word(words[0]).endswith("ing"):
        return None  # "Having served …": a participle, not a name
    verb = bare_word(words[size])
    if not past_verb(verb) or verb in NOT_ADJECTIVE:
        return None  # "Ann Lee wrote a letter saying": Ann Lee
    found = mention_from_words(words[:size])
    return found if found is not None and found.kind == "name" else None


def names_a_place(words: list[str]) -> bool:
    """ "Madhesh Province", "Kent County", "France": a place, set after a body's name."""
    if not words or not all(map(is_cap, words)):
        return False
    return bare_word(words[-1]) in _PLACE_ENDINGS or (len(words) == 1 and is_place_word(words[0]))


_PLACE_ENDINGS = word_set("province county district state region prefecture oblast governorate")


def is_place_word(word: str) -> bool:
    """A country, a nationality or a country's initials ("US", "Spanish", "France")."""
    folded = fold(word)
    return folded in DEMONYMS or folded in PLACES or word in COUNTRY_CODES


def _group(word: str) -> bool:
    """A lone capitalised word naming a people ("Ukrainians"), not a person."""
    return fold(word).endswith(("ians", "icans", "ese", "ish"))


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def titled_person_after_relative(words: list[str]) -> Mention | None:
    """The subject of a relative clause before its verb ("a bill laden with what House
    Minority Whip Lorraine Beckwith called"): an office, whose words may hold a body's,
    then a name in full; `person_like` reads such a run as a body."""
    run = len(words)
    while run and is_cap(words[run - 1]):
        run -= 1
    if len(words) - run < 3 or not run or bare_word(words[run - 1]) not in _RELATIVE_OBJECTS:
        return None
    name, title = strip_title(words[run:])
    if title is None or len(name) < 2 or not person_like(name):
        return None
    return mention_from_words(words[run:])


#: Words opening a relative clause whose subject stands after them: "what X called".
_RELATIVE_OBJECTS = frozenset({"what", "which", "that", "whom"})


UNNAMED_SOURCES = word_set("official source insider diplomat banker trader observer critic")


def _without_kind_of_place(words: list[str]) -> list[str]:
    """ "A resident of the nearby village of Kara-Jyluu": as "a resident of Kara-Jyluu";
    the words saying what kind of place it is, and what it is like, name no one."""
    for at in range(len(words) - 3):
        if words[at + 1] != "the" or bare_word(words[at]) not in _OF_A_PLACE:
            continue
        for kind in range(at + 2, min(at + 5, len(words) - 2)):  # "the remote mountain village"
            if not words[kind].islower():
                break
            if words[kind + 1] == "of" and bare_word(words[kind]) in _KINDS_OF_PLACE:
                if is_cap(words[kind + 2]):
                    return [*words[: at + 1], *words[kind + 2 :]]
                break
    return words
