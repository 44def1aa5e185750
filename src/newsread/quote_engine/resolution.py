"""From the words naming a speaker at a cue to the speaker.

A name becomes the fullest form the article uses, he or she the person it last named
who fits, and "the minister" or "the company" whoever the article means by it. Reads
the engine's state, never the quotation.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from newsread.cues import CUE_SET
from newsread.lazyre import lazy_compile
from newsread.quote_engine.state import (
    Speaker,
    State,
    gender_of,
    latest_such,
    recent_person,
    sex_of,
    word_char,
)
from newsread.quote_engine.vocabulary import (
    NOT_SUBJECT,
    ORG_HEADS,
    ROLES,
    UNNAMED_OFFICES,
    described_by_role,
    epithet,
    head_of,
    is_demonym,
    known_person,
    names_a_word,
    noun_sex,
    one_person,
    org_name,
    person_noun,
    postmodified,
    run_name,
    two_word_demonym,
    unnamed_person,
)
from newsread.speakers.article_names import abbreviation_letters, body_after_the
from newsread.speakers.mentions import (
    END_DESCRIPTION,
    SOURCE_PLACINGS,
    in_name,
    mention_from_words,
    owned_words,
    possessive,
    unpossessed,
)
from newsread.speakers.words import (
    COUNTRY_CODES,
    GIVEN_NAME_TITLES,
    HONORIFICS,
    KIN,
    KIN_SEX,
    OPENING_ONLY,
    ORG_WORDS,
    OUTLET_NOUNS,
    POLICE_LETTERS,
    POSSESSED,
    TITLE_GENDER,
    TITLES,
    WRITINGS,
    Mention,
    bare_word,
    ends_in_member_letters,
    fold,
    plural_letters,
    strip_title,
    surname_first,
)
from newsread.titlecase import ARTICLES
from newsread.wordlists import CAPITALS, PARTICLES, word_set

#: What "the …" calls a body it named, when the name ends so ("the commission" for the
#: European Commission) or nothing qualifies it ("the panel", not "the aid agency").
BODY_HEADS = word_set(
    "exchange commission committee panel agency council board station department ministry"
)


GROUP_WORDS = word_set(
    "army government ministry police company firm party council "
    "agency department team office authority court group family"
)


#: A he/she and a cue set off by commas after a clause of the reporter's own: "Mr Blair
#: has failed to tackle these problems, he claimed,".
_ASIDE_CUE = lazy_compile(
    r",[ \u00a0]+(?:he|she)[ \u00a0]+([a-z]+)(?:[ \u00a0]+later)?[ \u00a0]*(?:,|$)"
)


def reports_on_a_clause(opening: str) -> bool:
    """A he/she and a cue verb set off by commas after a clause of the reporter's own:
    "Mr Blair has failed to tackle these problems, he claimed,"."""
    for match in _ASIDE_CUE.finditer(opening):
        if match.group(1) in CUE_SET:
            before = opening[: match.start()]
            clause = max(before.rfind(mark) for mark in ',;:"“”')
            if any(char.isalnum() for char in before[clause + 1 :]):
                return True
    return False


def names_no_one(speaker: Speaker, mention: Mention | None) -> bool:
    """A description that is no speaker: words a cue happened to stand next to, opening
    with a preposition ("of Durham", "with just 54% of companies"), or a lone adverb or
    participle given with no determiner ("quickly", "unveiled"; not "the king", "the
    accused")."""
    if speaker.kind != "description":
        return False
    words = [fold(word) for word in speaker.name.split()]
    if words[0] in _LEADING_PREPOSITIONS:
        return True
    determined = mention is not None and fold(mention.text.split()[0]) in _DETERMINED_BY
    return not determined and len(words) == 1 and words[0].endswith(("ly", "ed", "ing"))


#: Words before a noun that make it one: "the king", "his family", "the accused".
_DETERMINED_BY = word_set("the a an his her its their our my your this that these those")


_LEADING_PREPOSITIONS = word_set(
    "of to with for in on at by from behind around into about after before over under as "
    "since during without within"
)


def named_in(speaker: Speaker, quoted: str) -> bool:
    """Whether a quotation names the person by a name of theirs ("Sean's situation"):
    people seldom speak of themselves so, so its he/she is someone else."""
    if speaker.kind != "person" or not names_a_word(quoted, speaker.name.split()):
        return False
    # (Not one addressed in words the speaker tells of: "my accountant sat me down and
    # said, Ruth, you're not running a restaurant".)
    first = speaker.name.split()[0]
    return f"said, {first}," not in quoted and f"told me, {first}," not in quoted


def same_speaker(one: Speaker | None, other: Speaker | None) -> bool:
    return one is not None and other is not None and one.name == other.name


def named_by_surname(speaker: Speaker, quoted: str) -> bool:
    """ "… something he (Kerr) looked at …": a quotation that names a person by surname
    alone, as the speaker would speak of someone else (their full name may be rhetoric:
    "If the teenage Michael Howard were …")."""
    words = speaker.name.split()
    return (
        speaker.kind == "person"
        and len(words) > 1
        and speaker.name not in quoted
        and names_a_word(quoted, words[-1:])
    )


def _latest_of_surname(name: str, surname: str, sex: str | None, state: State) -> str:
    """Of the people who share a surname ("Mitch Walker … Jayden Walker … Walker said"),
    the one spoken of last, rather than whoever the article named first."""
    if not state.names.shared_surname(fold(name.split()[-1])):
        return name  # the cheap test first: most surnames are one person's
    paragraph, offset = state.quote_at[0] + 1, state.quote_at[1]
    # The quote's surroundings, not its whole paragraph: asked at every such quote.
    near = state.texts.get(paragraph, "")[max(0, offset - _NEAR) : offset + _NEAR]
    if f"elder {surname}" in near or f"younger {surname}" in near:
        return name  # "the elder Al Zaabi": told apart by age, not by who came last
    if sex is None and f"{surname} himself" in near:
        sex = "he"  # "Osbourne himself was at a loss": the reflexive tells which of them
    elif sex is None and f"{surname} herself" in near:
        sex = "she"
    if sex is None:
        # "In his own police interview, …, Coyle said": whose own it is, the one speaking.
        before = state.texts.get(paragraph, "")[max(0, offset - 160) : offset]
        sentence = before[before.rfind(". ") + 1 :]
        owned = ("his own " in sentence, "her own " in sentence)
        sex = "he" if owned == (True, False) else "she" if owned == (False, True) else None
    ending = f" {fold(surname)}"

    def named_by_now(full: str) -> bool:
        # Named in full before the quote: not "His wife Sharon", whom a bare surname
        # never means while the article calls her by her first name.
        seen = state.first_seen(full)
        return seen is not None and seen < (paragraph, offset)

    latest = latest_such(
        state,
        lambda s: (
            s.kind == "person"
            and (fold(s.name).endswith(ending) or surname_first(s.name) == fold(surname))
            and (sex is None or sex_of(s, state) in {None, sex})
            and (s.name == name or named_by_now(s.name))
            # Not "Pellow's son Callum", whom the article calls Callum, not Pellow; nor
            # "Arthur Pilling, who died in 1979".
            and not state.names.kin_of_a_namesake(s.name)
            and s.name not in state.names.dead
        ),
    )
    return latest.name if latest is not None else name


#: How far either side of a quote `_latest_of_surname` reads for "the elder X".
_NEAR = 400


def resolve(mention: Mention, state: State, paragraph: int) -> Speaker | None:
    """Turn the words at a cue into a speaker, using what came before for pronouns."""
    if mention.kind == "pronoun":
        return resolve_pronoun(mention.name, state)
    surname, _, generation = mention.name.partition(" ")
    if generation in _SENIOR_OR_JUNIOR:
        # "Trenholm senior": the elder of the Trenholms (a father, beside his son).
        elder = "elder" if generation in {"senior", "snr"} else "younger"
        senior = by_seniority(["the", elder, surname], state)
        if senior is not None:
            return Speaker(senior, "person")
    if mention.kind == "description":
        if " " not in mention.name and mention.name[:1].isupper():
            # "Tyrese said" (read like "Chinese"): the one person named in full so (not
            # "Therese", introduced with an age beside MP Therese Holt).
            alone = state.names.aged_alone(mention.name)
            named = None if alone else state.names.by_first(mention.name)
            if named is not None:
                return Speaker(named, "person")
        return resolve_description(mention, state, paragraph)
    if mention.name in {"PRO", "PPRO"} and state.names.press_officer is not None:
        return Speaker(state.names.press_officer, "person")  # "The PPRO urged residents"
    if mention.name in {"Honour", "Honor"} and fold(mention.text).startswith(("his ", "her ")):
        # "her Honour wrote": the judge the article last titled Justice, or else Judge.
        for title in ("justice", "judge"):
            judge = state.names.titled_last(title, state.quote_at)
            if judge is not None:
                return Speaker(state.names.fullest(judge), "person")
    if mention.name.isupper() and mention.name in state.names.expansions:
        # "the UNO said" after "Upazila Nirbahi Officer (UNO) Farzana Yasmin": an office's
        # letters, for the person it titled.
        holder = state.names.titled_last(fold(mention.name), state.quote_at)
        if holder is not None:
            return Speaker(state.names.fullest(holder), "person")
    upper = mention.name.isupper()
    lettered = state.names.lettered(mention.name, state.quote_at) if upper else None
    if lettered is not None:
        # "the DC said" after "Md Rashedul Alam, deputy commissioner (DC) of Charnagar,":
        # the one the office was given to; else whoever the article titles so, or the
        # office unnamed (not the person named last: "Amy Patel, a detective constable
        # (DC), … Chief Inspector Ross Hale …").
        if not lettered.islower():
            return Speaker(lettered, "person")
        office = lettered.split()  # the whole office: a deputy commissioner is no commissioner
        holding = _office_holder(office, office[-1], (lettered,), lettered, state)
        return holding or Speaker(lettered, "description")
    if mention.name == "NGO" and mention.text[:4] in {"the ", "The "}:
        # "the NGO said": a body's kind in capitals, as "the charity" is written.
        return resolve_description(Mention(mention.text, "NGO", "description"), state, paragraph)
    local = _person_from_a_place(mention, state)
    if local is not None:
        return local
    if mention.text[:4] in {"the ", "The "} and " " not in mention.name:
        senior = by_seniority(mention.text.split(), state)
        if senior is not None:
            return Speaker(senior, "person")  # "the younger O'Mahony"
    if _plural_noun_opening(mention.name, state):
        # "Users complained for weeks": people of a kind, not someone named Users.
        return Speaker(mention.name.lower(), "description")
    name = state.names.fullest(mention.name)
    if name == mention.name and _body_word_after_the(mention):
        # "the Ministry said" after "the Ministry of Health": a house style capitalises
        # the body's word, as "the ministry" would be written elsewhere.
        ending = _body_ending(fold(name), state)
        if ending is not None:
            return ending
    rank, _, surname = mention.name.partition(" ")
    if name == mention.name and rank in POLICE_LETTERS and surname and " " not in surname:
        # "DI Rowlands said" after "Detective Inspector Sian Rowlands".
        in_full = state.names.fullest(surname)
        ranked = not _POLICE_RANKS.isdisjoint(state.names.titles_of(in_full))
        name = in_full if ranked else name  # (not "the victim, Ann Rowlands")
    sex = TITLE_GENDER.get(mention.title or "")
    owner, _, owned = mention.name.partition(" ")
    if name == mention.name and owned and " " not in owned and POSSESSED.search(owner):
        # "Norholt's Strand said": Helena Strand, of Norholt, when the article names her.
        holder = state.names.fullest(owned)
        holder = holder if " " in holder else state.names.by_first(owned) or holder
        name = holder if " " in holder and not org_name(holder) else name
    by_title = None
    if mention.title and name != mention.name and " " not in mention.name:
        by_title = titled_one(mention.name, mention.title, sex, state)  # "Ms Cole"
    name = by_title or name
    if (
        by_title is None
        and sex is not None
        and name != mention.name
        and state.names.someone_else(name, sex)
    ):
        # "Mr. Kalinowski", not his sister Teresa Kalinowski (nor "Kalinowski Bakery").
        state.gender.setdefault(mention.name, sex)
        return Speaker(mention.name, "person")
    # "Walker said", "Mr Walker said" (not "the elder Walker", told apart by its words).
    plain = by_title is None and mention.text[:1].isupper()
    bare = name == mention.name and " " not in name
    if bare and mention.title is not None and mention.title not in HONORIFICS:
        # "Rep. Kim" of Rep. Kim Min-seo and Minister Kim Tae-jun: the only one so titled.
        name = _titled_first(name, mention.title, state) or name
        bare = " " not in name
    if plain and (fold(name).endswith(f" {fold(mention.name)}") or bare):
        # (Bare too: "Park said" of Park Ji-hoon and Park Seo-yeon, named family name first.)
        name = _latest_of_surname(name, mention.name, sex, state)
    if " " not in name and not name.isupper():
        # "Sir Paul", "Paul said": the one person the article names in full as Paul;
        # "said Irfan": Muhammad Irfan Rosli.
        # "Daiwa said": Daiwa Securities.
        named = state.names.by_first(name) or state.names.by_inner(name)
        named = named or _one_of_several_first(name, state)
        name = named or state.names.company_of(name) or name
    peer = state.names.peer_name(name) if " " not in name and name[:1].isupper() else None
    if peer is not None:
        name = peer  # "Lord Falconer" has no other name: the title is part of it
    parts = mention.name.split()
    if len(parts) == 2 and fold(parts[0]) in GIVEN_NAME_TITLES and name == mention.name:
        # "Prince Saud" for "Saud Al-Faisal", when the article titled him so; "Prince
        # William" is not "William Hague".
        titled = state.names.titled_given(fold(parts[0]), parts[1])
        if titled is None and fold(parts[0]) in OPENING_ONLY:
            # "W/ro Almaz": a form of address before a given name, not a rank's title.
            titled = state.names.by_first(parts[1])
        if titled is not None:
            name = state.names.fullest(titled)
    demonym = is_demonym(name) if " " not in name else two_word_demonym(name)
    if demonym and fold(mention.text).startswith("the "):
        # "the Dutchman", "the Australian": the person the article introduced so
        # ("Argentine David Nalbandian"), or else someone it named just before.
        introduced = state.names.title_of.get(fold(name))
        if introduced is not None:
            return Speaker(state.names.fullest(introduced), "person")
        sex = noun_sex(fold(name))  # "the Dutchman" is a he, "the Frenchwoman" a she
        person = latest_such(
            state,
            lambda s: (
                s.kind == "person"
                and not _of_another_nation(s, name, state)
                and (sex is None or sex_of(s, state) in (None, sex))
            ),
            6,
        )
        person = person or (None if sex else recent_person(state))
        if person is not None:
            return person
    # "Labour and the Conservatives": several, so never a "he" or "she".
    # An abbreviation the article spells out ("CES") names a body or an event, not a person.
    if plural_letters(name) and fold(mention.text).startswith("the "):
        # "The MPs said" after "the Constitutional Affairs Select Committee …": its members
        # speak for the committee, panel or commission just named.
        body_named = latest_such(
            state, lambda s: s.kind == "org" and fold(s.name.split()[-1]) in BODY_HEADS
        )
        if body_named is not None:
            return body_named
    body = name in state.names.spelled_out or name in state.names.bodies
    # "the Waterschap Zeeuwse Delta describes": no one's name follows a bare "the".
    body = body or _the_before_name(mention)
    kind = "org" if org_name(name) or " and " in name or body else "person"
    if sex is not None:
        state.gender.setdefault(name, sex)
    speaker = Speaker(name, kind)
    if mention.text != mention.name:
        words = map(fold, mention.text.split()[1:])
        document = next((w for w in words if w in WRITINGS), None)
        if document is not None:
            state.issued[document] = speaker  # "A National Audit Office report … says"
    return speaker


#: Police ranks a name in full may carry, for "DI Rowlands" to be that person.
_POLICE_RANKS = word_set("""
    detective inspector sergeant constable superintendent officer di ds dc pc det insp sgt
    supt
    """)


def by_seniority(words: list[str], state: State) -> str | None:
    """Whom "the younger O'Mahony" or "the elder Karalis" means among the people of that
    surname: by what the article calls one of them ("Ciarán's younger brother", "his son,
    Dimitris Karalis"), else by the ages it gives them ("Kurt Vandermeer, 44,")."""
    if len(words) == 4 and fold(words[2]) in HONORIFICS:
        words = [*words[:2], words[3]]  # "the younger Mr O'Mahony"
    if len(words) != 3 or fold(words[1]) not in _SENIORITY:
        return None
    people = state.names.few_surnamed(fold(bare_word(words[2])))
    if len(people) < 2:
        return None
    elder = fold(words[1]) != "younger"
    text = "\n".join(text for _, text in state.paragraphs)
    ages: dict[str, int] = {}
    ranked: dict[str, bool] = {}  # person: whether the elder of a pair
    for person, forms in people.items():
        given = person.split()[0]  # "Kurt, 44, runs the farm now"
        for form in dict.fromkeys((person, *forms, given)):
            name = re.escape(form)
            age = re.search(
                rf"\b{name}(?:,[ \u00a0](?:aged[ \u00a0])?|[ \u00a0]\()(\d{{1,3}})[,)]"
                rf"|\b(\d{{1,3}})-year-old[ \u00a0]{name}\b",
                text,
            )
            if age is not None:
                ages.setdefault(person, int(age.group(1) or age.group(2)))
            if form == given:
                continue  # a relative's word is read with the name in full
            kin = re.search(
                rf"\b(?:{_KIN_RANKED}),?[ \u00a0](?:[A-Z][a-z]+\.?[ \u00a0])?{name}\b"
                rf"|\b{name},[ \u00a0](?:the|his|her|their|[\w'’-]+['’]s?)[ \u00a0]"
                rf"(?:{_KIN_RANKED})\b",
                text,
            )
            if kin is not None:
                ranked.setdefault(person, _older_kin(kin.group(0)))
    # A relative's word first, then the ages (a number in brackets may be a score).
    sure = [person for person, older in ranked.items() if older == elder]
    if len(sure) == 1:
        return sure[0]
    others = [person for person in people if person not in ranked]
    if len(people) == 2 and len(ranked) == 1 and len(others) == 1:
        return others[0]  # the one not called the other's son is the father
    if len(ages) > 1 and len(set(ages.values())) == len(ages):
        pick = max if elder else min
        return pick(ages, key=ages.__getitem__)
    return None


_SENIORITY = frozenset({"younger", "elder", "older"})
_SENIOR_OR_JUNIOR = frozenset({"senior", "junior", "snr", "jnr"})

#: Relatives' words that say who is the older of two: a child, a parent, or a sibling
#: called younger or elder.
_YOUNGER_KIN = (
    "son|daughter|grandson|granddaughter|nephew|niece|"
    "(?:younger|little|kid|baby)[ \u00a0](?:brother|sister)"
)
_OLDER_KIN = (
    "father|mother|dad|mum|mom|grandfather|grandmother|uncle|aunt|"
    "(?:elder|older|big)[ \u00a0](?:brother|sister)"
)
_KIN_RANKED = f"{_YOUNGER_KIN}|{_OLDER_KIN}"
_OLDER_KIN_RE = lazy_compile(rf"\b(?:{_OLDER_KIN})\b")


def _older_kin(phrase: str) -> bool:
    return _OLDER_KIN_RE.search(phrase) is not None


def _plural_noun_opening(name: str, state: State) -> bool:
    """Whether a capitalised word is a plural noun that opened its sentence: one the
    article writes in lower case too and never with a capital inside a sentence
    ("Users", "Residents"; not "Jones", "Reuters")."""
    if " " in name or len(name) < 4 or not name.endswith("s") or name.endswith("ss"):
        return False
    if not name[:1].isupper() or not name[1:].islower():
        return False
    singular = fold(name[:-1])
    kind = singular in TITLES or singular in _PEOPLE_OF_A_KIND
    return (kind or state.first_seen(name.lower()) is not None) and not state.proper(name)


#: People of a kind a sentence may open with, besides titles ("Residents", "Users").
_PEOPLE_OF_A_KIND = word_set("""
    villager local user critic protester protestor witness fan voter commuter customer
    worker employee citizen passenger parent official
    """)


def _titled_first(word: str, title: str, state: State) -> str | None:
    """Of the people the article names in full opening with `word` (a family name
    written first), the only one it gives this title or one of its kin."""
    kin = _TITLE_KIN.get(title, frozenset({title}))
    titled = [
        p for p in state.names.named_first(word) if not kin.isdisjoint(state.names.titles_of(p))
    ]
    return titled[0] if len(titled) == 1 else None


def _one_of_several_first(word: str, state: State) -> str | None:
    """A name several people the article names in full open with (a family name written
    first, "Kishimoto Ryoichi" and his father "Kishimoto Tadao"): the one last spoken of,
    not the company of that name ("Kishimoto Seiki Co."), which it stays with neither
    spoken of lately ('"…," Suzuki said in a statement' after Suzuki Motor Corp.)."""
    company = state.names.company_of(word) or ""  # and its short forms: "Kishimoto Seiki"
    people = {
        name
        for name in state.names.named_first(word)
        if not org_name(name) and not company.startswith(name)
    }
    if len(people) < 2:
        return None
    spoken = latest_such(state, lambda speaker: speaker.name in people)
    return spoken.name if spoken is not None else None


def titled_one(surname: str, title: str, sex: str | None, state: State) -> str | None:
    """Of people sharing a surname, the one a title means: for "Mr" or "Ms", the one the
    pronouns show to be of its sex ("Ms Cole": Fiona Cole, not her brother Brendan),
    else the one the order and the titles tell (`_titled_so_far`)."""
    found = state.names.titled(surname, sex) if sex is not None else None
    if found is not None and state.names.kin_of_a_namesake(found):
        # "Kerry Ashdown … died on March 2. …, his son, Daniel Ashdown": "Mr. Ashdown" is
        # still the article's subject, named first in its opening, unless of the other sex.
        subject = state.names.subject()
        if (
            subject is not None
            and subject != found
            and fold(subject).endswith(f" {fold(surname)}")
            and sex_of(Speaker(subject, "person"), state) in {None, sex}
        ):
            found = subject
    runs = state.names.few_surnamed(fold(surname)).get(found, [found]) if found else []
    if found is not None and not _named_before(runs, state):
        # "Mr. Bhandari said …" before "his nephew, Rohit Bhandari" comes in: the title
        # means a namesake the reader has met, though only the nephew's sex is shown.
        found = _titled_so_far(surname, title, sex, state) or found
    return found or _titled_so_far(surname, title, sex, state)


def _named_before(runs: list[str], state: State) -> bool:
    """Whether the article names someone, by any of these ways it writes their name,
    before the quote."""
    at = (state.quote_at[0] + 1, state.quote_at[1])  # as `first_seen` counts paragraphs
    return any((seen := _seen_first(run, state)) is not None and seen < at for run in runs)


def _titled_so_far(surname: str, title: str, sex: str | None, state: State) -> str | None:
    """Of people sharing a surname whose genders the article's pronouns do not tell, the
    one a title means: the only one named before the quote ("Ms Rotich" after Faith
    Rotich, though Dennis Rotich comes later), or the only one of those who fits it:
    not already titled or shown as of the other sex ("Mr Rotich" once "Ms Rotich" was
    Faith), nor named in full with another title only ("Dr. Nnaji" is not Chief
    Emmanuel Nnaji), and of those the only one named with that very title, if any."""
    people = state.names.few_surnamed(fold(surname))
    if len(people) < 2:
        return None
    named = [person for person, runs in people.items() if _named_before(runs, state)]
    if sex is not None:
        # Of its sex by a quote's he or she, else by a given name ("Mr Pryce": not
        # Eleanor Pryce), else possibly.
        fits = [
            person
            for person in named
            if (state.gender.get(person) or state.names.given_sex(person) or sex) == sex
        ]
    else:
        kin = _TITLE_KIN.get(title, frozenset({title}))
        fits = [
            person
            for person in named
            if not (titles := state.names.titles_of(person)) or not kin.isdisjoint(titles)
        ]
        if len(fits) > 1:
            # "Dr Lowe" after Professor Ann Lowe and Dr Tom Lowe: the title itself, over
            # one a person may also go by.
            same = _SAME_TITLE.get(title, frozenset({title}))
            exact = [p for p in fits if not same.isdisjoint(state.names.titles_of(p))]
            fits = exact if len(exact) == 1 else fits
    return fits[0] if len(fits) == 1 else None


def _seen_first(run: str, state: State) -> tuple[int, int] | None:
    """Where the article first names someone: the name as filed, else its first name,
    for a name a pair gave ("Leah and Connor Whitaker" files Leah Whitaker)."""
    seen = state.first_seen(run)
    if seen is None and " " in run:
        seen = state.first_seen(run.split()[0])
    return seen


#: Titles one person may go by in turn: "Professor Alan Kessler" is "Dr Kessler".
_TITLE_GROUPS = (
    "dr doctor prof professor",
    "sen senator",
    "rep representative congressman congresswoman",
    "gov governor",
    "gen general",
    "col colonel",
    "capt captain",
    "rev reverend father fr",
    "supt superintendent",
    "insp inspector",
    "det detective",
    "sgt sergeant",
    "cllr coun councillor councilor",
    "hon honourable",
)


_TITLE_KIN = {title: group for group in map(word_set, _TITLE_GROUPS) for title in group}


#: Of those, the titles that are one title written two ways.
_SAME_TITLE = {
    title: group for group in map(word_set, ("dr doctor", "prof professor")) for title in group
}


def _the_before_name(mention: Mention) -> bool:
    """ "The Waterschap Zeeuwse Delta said": a body's name after "the" (`body_after_the`)."""
    if mention.text[:4] not in {"The ", "the "}:
        return False  # the cheap test first: asked of every name at a cue
    words = mention.text.split()
    right_after = len(words) > 1 and mention.name.startswith(words[1])  # not "… Society's Ann"
    return (
        right_after
        and fold(words[0]) == "the"
        and mention.title is None
        and body_after_the(words[1:])
    )


def _body_word_after_the(mention: Mention) -> bool:
    """ "the Ministry", "the Collective": one capitalised body word right after "the"."""
    return (
        " " not in mention.name
        and mention.text[:4] in {"The ", "the "}
        and mention.text[4:] == mention.name
        and bare_word(mention.name) in ORG_WORDS
    )


#: A description opened by an article: "the Ealing North MP" is a role, not a name.
_DESCRIBED = lazy_compile(r"(?:the|a|an)\b", re.IGNORECASE)


#: A statement brought up as someone's: "In a statement, X said", "in an emailed statement".
_A_STATEMENT = lazy_compile(
    r"\b[Ii]n[ \u00a0]+(?:a|an|the|its|his|her|their)[ \u00a0]+(?:\w+[ \u00a0]+){0,3}"
    r"(statement|letter|note|release)\b"
)
_STATEMENTS = frozenset({"statement", "letter", "note", "release"})


def _person_from_a_place(mention: Mention, state: State) -> Speaker | None:
    """ "the Flagstaff Republican", "the Ohio Democrat", "the Safford lawmaker": the one
    person the article names as of or from that place ("Gail Harlan of Flagstaff",
    "Sherrod Brown, D-Ohio")."""
    words = mention.text.split()
    if not (2 < len(words) <= 4 and fold(words[0]) == "the" and fold(words[-1]) in _FROM_A_PLACE):
        return None
    if not all(w[:1].isupper() for w in words[1:-1]):
        return None
    local = state.names.person_from(" ".join(words[1:-1]))
    return Speaker(local, "person") if local is not None else None


#: Words for a politician or a local after a place: "the Flagstaff Republican".
_FROM_A_PLACE = word_set("""
    republican democrat lawmaker legislator senator congressman congresswoman
    representative mp mep msp councillor councilor native
    """)


def _brought_up(number: int, head: str, state: State) -> tuple[bool, bool]:
    """Whether a paragraph brings up a statement or letter ("In a statement, …") and
    whether it speaks of one at all: read once per paragraph, as many quotes may ask."""
    read = state.statement_in.get((number, head))
    if read is None:
        text = state.texts.get(number, "")
        found = any(m.group(1) == head for m in _A_STATEMENT.finditer(text))
        read = state.statement_in[number, head] = (found, head in text)
    return read


def _another_document(text: str, head: str) -> bool:
    """Whether the text brings up a document of that kind anew, with any word before it
    but "the", "this", "that" or a possessive pronoun: "A second letter", "A neighbour's
    letter", "Two other letters"."""
    for match in _DOCUMENT_WORD.finditer(text):
        if match.group(2) != head:
            continue
        before = match.group(1).lower()
        if before not in _SAME_DOCUMENT and "in" not in before.split():
            return True
    return False


#: A letter or statement and the word or two before it.
_DOCUMENT_WORD = lazy_compile(r"(\w+['’]?s?(?:[ \u00a0]+\w+)?)[ \u00a0]+(letter|statement)s?\b")
#: Words before a document that point back to one already brought up.
_SAME_DOCUMENT = frozenset(
    {"the", "this", "that", "its", "his", "her", "their", "in the", "of the", "in this"}
)


def _letter_opening(text: str) -> str:
    """The folded words that follow "In a letter to …," in its sentence ("the fund's
    partner, Dan Reyes, wrote"), where its writer is named; "" if there are none."""
    found = next((m for m in _A_STATEMENT.finditer(text) if m.group(1) == "letter"), None)
    if found is None:
        return ""
    before = text[: found.start()].rstrip()
    if before.endswith(" who"):
        # "his lawyer, Elmarie van Rooyen, who in a letter … said": the relative
        # clause's host, the name right before it, wrote it.
        host = before[:-4].rstrip(" ,")
        return fold(host[host.rfind(", ") + 1 :])
    comma = text.find(", ", found.end())
    stop = text.find(". ", found.end())
    if comma < 0 or (0 <= stop < comma):
        return ""
    # The writer opens what follows the letter's phrase, not someone named further on
    # who answered it; nor someone it speaks of ("In the letter, Mr Reid is accused").
    opening = fold(text[comma : min(stop if stop >= 0 else len(text), comma + 90)])
    return "" if _PASSIVE_IN.search(opening) else opening


#: A passive: "is accused", "was urged", "are told".
_PASSIVE_IN = lazy_compile(r"\b(?:is|was|are|were|been)[ \u00a0]+[a-z]+(?:ed|en|told)\b")


def _named_in_opening(opening: str, name: str) -> bool:
    """Whether `name`'s last word stands, as a whole word, in a letter's opening."""
    return re.search(rf"\b{re.escape(fold(name.rpartition(' ')[2]))}\b", opening) is not None


def resolve_description(mention: Mention, state: State, paragraph: int) -> Speaker:
    """Who "the foreign secretary", "the company", "the Sale full-back" or "a spokesman"
    is: a person or body the article named, or an unnamed source of its own."""
    words = mention.name.split()
    if mention.text == mention.name and len(words) == 1 and fold(words[0]) in GIVEN_NAME_TITLES:
        # '"…," Dean said' after "Dean Horvath": the first name of someone named in full.
        given = state.names.by_first(words[0])
        if given is not None and " " in given:
            return Speaker(state.names.fullest(given), "person")
    # "… Rhodri Evans MS.": letters after a name, a stop read as Ms.'s aside.
    member = ends_in_member_letters(mention.name) and len(words) > 2
    member = member and not _DESCRIBED.match(mention.text)
    named = " ".join(words[:-1])
    personal = fold(words[0]) not in TITLES and fold(words[0]) not in NOT_SUBJECT
    capitalised = all(w[:1].isupper() or w in PARTICLES for w in words[:-1])  # "ap", "van"
    if member and personal and capitalised and known_person(named, state):
        # "Paul Boateng MP": letters after a name; not "the Ealing North MP" (a role),
        # "Former Labour MP" or "Labour Party MP".
        return resolve(Mention(mention.text, named, "name"), state, paragraph) or Speaker(
            named, "person"
        )
    head = head_of(words)
    if len(words) == 1 and head.endswith("-year-old") and fold(mention.text).startswith("the "):
        # "the 23-year-old said" after "Liam Walsh, 23,": the one person of that age.
        aged = person_aged(head.partition("-")[0], state)
        if aged is not None:
            return aged
    kin, of, children = head.partition("-of-")
    if of and len(words) == 1 and kin in KIN_SEX and fold(mention.text).startswith("the "):
        # "the mother-of-two said", "the grandfather-of-five replied": a tabloid's name
        # for the last person of that sex spoken of.
        described = _described_as(kin, children, state)
        if described is not None:
            return described  # "Dan Crewe, a father of three from Ellington, …"
        sex = KIN_SEX[kin]
        parent = latest_such(state, lambda s: s.kind == "person" and sex_of(s, state) == sex)
        if parent is not None:
            return parent
    # "our correspondent" is as definite as "the correspondent": the outlet's own.
    first = fold(mention.text.split()[0])  # the article, possessive or number before it
    definite = first in {"the", "our"}

    # The offices the words may name, as the article names them with "of" or "for".
    office = fold(mention.text).removeprefix("the ")
    offices: tuple[str, ...] = ()
    if " of " in office or " for " in office:
        offices = (office,)  # "The Archbishop of Canterbury said"
    elif definite and len(words) == 2 and head in _PORTFOLIO_HOLDERS:
        # "the finance minister" after "the Minister of Finance, Ana Ruiz Castellanos".
        portfolio = fold(words[0])
        offices = (f"{head} of {portfolio}", f"{head} for {portfolio}")
    for office in offices:
        # Whoever the article says holds it.
        holder = state.names.holder_of.get(office)
        if holder is not None:
            return Speaker(state.names.fullest(holder), "person")
    if not offices and definite and len(words) == 1 and state.names.names_an_office(words[0]):
        # "the Bishop said" after "The Bishop of Durham, the Rt Rev Dr Tom Wright": the
        # one holder of an office that is so called.
        held = state.names.holders_by_title.get(fold(words[0]), set())
        if len(held) == 1:
            return Speaker(state.names.fullest(next(iter(held))), "person")
    qualified = " ".join(fold(w) for w in words[-2:])
    role = head if len(words) == 1 else qualified if len(words) == 2 else ""
    # "A police officer deployed at the site said": someone new, not the officer the
    # article titled before ("Chief District Officer Ramesh Adhikari"); but "a judge
    # claimed …" may be named after ("Judge Charles Harris QC made his remarks").
    indefinite = first in _INDEFINITE
    named_before = indefinite and any(
        state.names.titled_last(k, state.quote_at) for k in (qualified, head)
    )
    titled = None
    if not named_before:
        titled = _office_holder(words, head, (qualified, head), role if definite else "", state)
    synonymous = head in _TITLE_SYNONYMS or qualified in _TITLE_SYNONYMS
    initials = head in _INITIALS_OF_ONE_OFFICE and len(words) == 1
    # "the judge", however often written, when no one is titled Judge: the Justice.
    bench = head == "judge" and "judge" not in state.names.title_of
    if (
        titled is None
        and synonymous
        and (initials or bench or _written_once(words[-1], paragraph, state))
    ):
        # "the CEO" after "chief executive Omar Al-Hashimi": another word for the office,
        # when the words as written find no one and the article has not used them for
        # anyone else ("The bank's CEO, Jane Roe, …").
        keys = tuple(_TITLE_SYNONYMS[k] for k in (qualified, head) if k in _TITLE_SYNONYMS)
        synonym = _TITLE_SYNONYMS.get(role, "") if definite else ""
        titled = _office_holder(words, head, keys, synonym, state)
    if titled is not None:
        return titled
    if len(words) == 1 and head in KIN and first in KIN_OWNERS:
        # "her daughter said" after "… by her daughter, Margaret Brantley-Osei".
        relative = relative_of(first, head, state)
        if relative is not None:
            return Speaker(relative, "person")
    if definite and head in _DEFENDANTS and len(words) <= 2:
        # "the accused wrote", "the defendant told the court": the one the article says
        # pleaded or was charged.
        defendant = state.names.defendant
        if defendant is not None:
            return Speaker(defendant, "person")
    core = [w for w in words if fold(w) not in HONORIFICS]
    if len(core) == 1 and core[0][:1].isupper():
        # "says Doctor", "said Campese", "Mr Irish": a surname that reads like a title
        # or a people, when the article names someone in full with it ("Ken Doctor").
        named = state.names.fullest(core[0])
        if named != core[0] and not org_name(named):
            return Speaker(named, "person")
    # A plural ("the ministers"), but not "the boss", "the actress", "the witness".
    is_group = head in GROUP_WORDS or (head.endswith("s") and not head.endswith("ss"))
    if definite and len(words) == 1 and head == "release" and head in state.issued:
        return state.issued[head]  # "a news release from the Millbrook Police Department"
    released = head != "release" or (bool(state.recent) and state.recent[-1][1].kind == "org")
    if definite and len(words) == 1 and head in _STATEMENTS and state.recent and released:
        # (A release is a body's: not that of someone it quotes, "Trevino said in the
        # release".)
        # '… a spokesperson denied it. The statement added: "…"': the same source; and
        # "In a statement, Corran Living said … '…,' the statement said": its maker's;
        # "In a letter to the board, Dan Reyes wrote, … '…,' the letter continued".
        number, speaker = state.recent[-1]
        brought_up, spoken_of = _brought_up(number, head, state)
        if brought_up and head == "letter":
            # "In a letter to the board, … Dan Reyes, wrote": its writer, named in the
            # sentence after the letter's phrase; not whoever spoke since, nor to whom.
            opening = _letter_opening(state.texts.get(number, ""))
            writer = next(
                (
                    s
                    for n, s in reversed(state.recent[-8:])
                    if n == number and _named_in_opening(opening, s.name)
                ),
                None,
            )
            brought_up = writer is not None
            speaker = writer or speaker
        if not brought_up and head != "letter" and number == paragraph - 1:
            # "In a victim impact statement …, Martin Hanlon said …" two paragraphs up,
            # then '"…," Mr Hanlon wrote.': the statement goes on, as his.
            brought_up = any(
                n == paragraph - 2 and s.name == speaker.name and _brought_up(n, head, state)[0]
                for n, s in state.recent[-4:]
            )
        # (A body's or a spokesman's statement need not be brought up; a letter must.)
        issued = head in {"statement", "release"} and (
            speaker.kind == "org" or described_by_role(speaker)
        )
        if number == paragraph and (issued or brought_up):
            return speaker
        if number == paragraph and len(state.recent) > 1:
            # "The statement added:" read first as narration, which remembered its
            # answer here: the same speaker's statement of the paragraph before.
            last_number, last_speaker = state.recent[-2]
            if last_number == paragraph - 1 and last_speaker.name == speaker.name:
                number = last_number
                brought_up = _brought_up(number, head, state)[0]
        # "In a statement, the ministry said …" just before; or "In a written response,
        # the ministry said …", a body's statement, when no statement was spoken of.
        if number == paragraph - 1 and (brought_up or (issued and speaker.kind == "org")):
            before_quote = state.texts.get(paragraph, "")[: state.quote_at[1]]
            unspoken = not spoken_of and head not in before_quote
            # (Not when this paragraph brings up another: "A second letter, signed by 40
            # residents, went further. '…,' the letter reads.")
            if (brought_up or unspoken) and not _another_document(before_quote, head):
                return speaker
    if definite and len(words) == 1 and head in _SENT_NOUNS and head in state.issued:
        # "Tarn Mining issued a statement. … the statement", "a letter from Sam Rudd …
        # the letter added"
        return state.issued[head]
    if definite and len(words) == 1 and head in OUTLET_NOUNS:
        # "the magazine" after "US magazine Mobile PC", "the paper" after "the Financial
        # Times": the publication the article named.
        outlet = state.names.outlet_called.get(head)
        if outlet is not None:
            return Speaker(outlet, "org")
    if definite and len(words) == 1 and head in _ISSUED_NOUNS:
        # "the report says": whoever issued the report the article named.
        issuer = state.issued.get(head) or _issuer_named(head, paragraph, state)
        if issuer is not None:
            return issuer
    if definite and len(words) <= 2 and head in _FILED_NOUNS:
        # "Thomas Slattery filed the suit in San Jose. … '…,' the lawsuit states": his.
        filer = _filer_named(paragraph, state)
        if filer is not None:
            return filer
    if (len(words) == 1 and head in _ISSUED_NOUNS) or (
        # (One word before a letter, a note or a message: "His eviction letter said" is
        # one he was sent.)
        (len(words) == 1 or (len(words) == 2 and head not in _RECEIVED_TOO))
        and head in _HIS_OWN_WORDS
        and first in POSSESSIVE_PRONOUNS
        and " from " not in mention.text  # "Her letter from the party said": the party's
    ):
        # "his report said" after "Mr Kok said …": the report is his; so is "his sales
        # pitch adds" (what he wrote, said in his words).
        owner = _owner_of(first, state)
        if owner is not None:
            return owner
    if definite and len(words) == 2 and all(w.islower() for w in words):
        # "the weather service" after "The National Weather Service has issued …": the
        # body whose name ends in both words.
        body = _body_ending(head, state)
        if body is not None and fold(body.name).endswith(" " + " ".join(map(fold, words))):
            return body
    if definite and len(words) == 1:
        # "the alliance" after "The Making Decisions Alliance … said": the body whose
        # name ends so, whatever kind of body the word is.
        body = _body_ending(head, state)
        if body is not None:
            return body
    apposed = state.names.apposed_last(head, state.quote_at) if definite else None
    other_word = apposed is None and definite and head in _ANY_BODY
    if other_word:
        apposed = state.names.any_apposed_last(state.quote_at)
        if apposed is not None and apposed[0] + 1 < paragraph - 1:
            apposed = None  # by another word, only in or just after the appositive's paragraph
    # "the group", "The Paris-based pressure group": the body's kind, maybe described.
    kind_only = len(words) == 1 or all(w.islower() or "-" in w for w in words[:-1])
    if apposed is not None and kind_only and len(words) <= 3:
        # "The Clean Sport Athletes' Alliance, an athlete-led campaign group, welcomed
        # the ban. '…,' the group said": the body the article last called so, unless
        # another body has spoken since ("Northwind, the utility company, … Bramwell
        # Energy Ltd said … the company said"); called by another word, unless anyone
        # else has been named as speaking or acting since ("Earlier, Greenpeace said").
        index, called = apposed
        named_body = state.names.fullest(called)
        since = any(
            p > index + 1
            and s.name != named_body
            and (s.kind == "org" or (other_word and s.name != called))
            for p, s in state.recent[-8:]
        )  # (the named_body itself speaking since is no other)
        if not since:
            return Speaker(named_body, "org")
    if definite and len(words) <= 2 and (head in ORG_HEADS or head in BODY_HEADS):
        body = _organisation_meant(head, len(words) > 1, state)
        if body is not None:
            return body
    if len(words) == 1 and (head in ROLES or head == "family"):
        owner = _owner_of(first, state)
        if owner is not None:
            # "her spokesman" after "Kim Clijsters has denied …": Kim Clijsters' spokesman;
            # "his family": Henrik Maas's family, who speak together.
            kind = "org" if head == "family" else "description"
            return Speaker(f"{possessive(owner.name)} {mention.name}", kind)
    # "the political reform group's general secretary": the role after its owner.
    owned = owned_words(words[:-1])
    if definite and not is_group and len(words) - owned <= 4:
        own = [w for w in words[:-1] if w[:1].isupper()]
        alike = []
        for _, speaker in reversed(state.recent[-8:]):
            if speaker.kind != "description":
                continue  # the cheap test first: only a description is alike
            earlier = speaker.name.split()
            if own and not all(w in earlier for w in own):
                continue
            earlier_head = head_of(earlier)
            if earlier_head == head or earlier_head in _SAME_ROLE.get(head, ()):
                # "the spokesman" after "the prime minister's official spokesman"; but
                # "the Ofcom spokesman" is not the Honda spokesman.
                alike.append(speaker)
        in_full = {s.name for s in alike if " " in s.name}
        if alike and " " not in alike[0].name and len(in_full) == 1:
            # "A Delta spokesperson confirmed … A spokesperson reiterated … The
            # spokesperson also confirmed": the one the article named in full.
            return next(s for s in alike if " " in s.name)
        if alike:
            return alike[0]
        if head == "source" and len(words) == 1:
            # "An insider said … '…,' the source told The Blaze": the unnamed person just
            # quoted, whatever the article first called them.
            unnamed = latest_such(state, unnamed_person, 4)
            if unnamed is not None:
                return unnamed
        unnamed = _introduced_unnamed(head, state) if all(w.islower() for w in words) else None
        if unnamed is not None:
            # "One engineer who was laid off said … '…,' the engineer said": the source the
            # article brought in without a name, not the person it named last.
            return unnamed
        press = head in _PRESS_OFFICERS and definite and all(w.islower() for w in words[:-1])
        officer = state.names.press_officer if press else None
        if officer is not None:
            # "the police spokesman" after "The Police Public Relations Officer in Ogun
            # State, SP Olumide Fashola, said": the one the article named to the post.
            return Speaker(officer, "person")
        if head in ROLES or (head in UNNAMED_OFFICES and len(words) > 2):
            # "the spokesman", "the official", "the district police commander" (no one
            # titled so; "the sergeant" may be "Sgt Paul Reed"): an unnamed source.
            return Speaker(_in_full(mention.name, state), "description")
        # "the victim's mother", "the boy's father": someone's relative, the one named
        # so ("Kowalski's mother, Denise Kowalski"), or else described by whose; not an
        # epithet for the person last spoken of.
        kin_of_someone = owned > 0 and head in KIN and words[0][:1].islower()
        relative = state.names.kin_last(head, state.quote_at) if kin_of_someone else None
        if relative is not None:
            return Speaker(relative, "person")
        if (
            (person_noun(head) or is_demonym(head))
            and head not in _BENCH
            and not indefinite
            and not kin_of_someone
            and not postmodified(mention)  # "the surgeon leading the team": someone new
        ):
            # "the lanky professor", "the Salford MP", "the Dutchman": someone named (but
            # "the magistrate" after "appeared before a magistrate" is not the accused,
            # and "one leading Karachi broker" is someone new).
            person = recent_person(state)
            if person is not None and _holds_another_office(person, words, state):
                person = None  # "the prime minister" is not "Home Secretary Charles Clarke"
            if person is None and epithet(head) and head not in TITLES:
                # "Norwich have signed Graham Stuart. … the 34-year-old told": no one has
                # spoken or acted yet; the article's first person is whom it is about (one
                # its pronouns show to be a person: not "Double Olympic champion …").
                person = _first_person_shown(state)
            if person is not None:
                return person
    return Speaker(_in_full(mention.name, state), "org" if is_group else "description")


def _holds_another_office(person: Speaker, words: list[str], state: State) -> bool:
    """Whether the article gives the person a title of office and not the one `words`
    name ("prime minister" of "Home Secretary Charles Clarke")."""
    office = " ".join(fold(w) for w in words[-2:] if fold(w) not in ARTICLES)
    if office not in _OFFICES:
        return False
    held = state.names.titles_of(person.name)
    return bool(held & _OFFICES) and office not in held


#: Offices no epithet stands for: "the prime minister" is the one who holds it.
_OFFICES = frozenset(
    {
        "prime minister",
        "home secretary",
        "foreign secretary",
        "chancellor",
        "president",
        "vice president",
        "governor",
        "mayor",
        "premier",
        "taoiseach",
        "first minister",
    }
)


def _described_as(kin: str, children: str, state: State) -> Speaker | None:
    """The one person the article calls "a father of three" ("Dan Crewe, a father of
    three," or "father-of-three Dan Crewe"), if any."""
    pattern = _described_pattern(kin, children)
    found = {
        state.names.fullest(match.group(1) or match.group(2))
        for _, text in state.paragraphs
        for match in pattern.finditer(text)
    }
    people = {name for name in found if known_person(name, state)}
    return Speaker(people.pop(), "person") if len(people) == 1 else None


@functools.lru_cache(maxsize=64)
def _described_pattern(kin: str, children: str) -> re.Pattern[str]:
    name = rf"([{CAPITALS}][\w'’\-]+(?:[ \u00a0][{CAPITALS}][\w'’\-]+){{1,3}})"
    said = rf"{re.escape(kin)}[- \u00a0]of[- \u00a0]{re.escape(children)}\b"
    return re.compile(rf"{name},[ \u00a0](?:a|the)[ \u00a0]{said}|\b{said},?[ \u00a0]{name}")


def person_aged(age: str, state: State) -> Speaker | None:
    """The one person the article gives this age, as "Liam Walsh, 23," or "23-year-old
    Liam Walsh" writes it; None when it gives it to none or to several."""
    if not age.isdigit():
        return None
    if age in state.aged:
        return state.aged[age]  # read once an article: asked at every such sentence
    state.aged[age] = found = _find_aged(age, state)
    return found


def _find_aged(age: str, state: State) -> Speaker | None:
    """`person_aged`, read."""
    pattern = _aged_pattern(age)
    named = (
        mention_from_words((match.group(1) or match.group(3)).split())
        for text in state.texts.values()
        for match in pattern.finditer(text)
        # "23-year-old striker Liam Walsh", not "21-year-old told Cadena Cope"
        if match.group(2) is None or fold(match.group(2)) in TITLES
    )
    found = {state.names.fullest(m.name) for m in named if m is not None and m.kind == "name"}
    people = {name for name in found if known_person(name, state)}
    return Speaker(people.pop(), "person") if len(people) == 1 else None


@functools.lru_cache(maxsize=256)
def _aged_pattern(age: str) -> re.Pattern[str]:
    """A name given this age, "Liam Walsh, 23" or "23-year-old (striker) Liam Walsh";
    compiled once per age."""
    name = rf"((?:[{CAPITALS}][\w'’\-]+[ \u00a0]+){{0,3}}[{CAPITALS}][\w'’\-]+)"
    return re.compile(
        rf"{name},[ \u00a0]+{age}\b(?!-)|\b{age}-year-old[ \u00a0]+(?:(\w+)[ \u00a0]+)?{name}"
    )


def _introduced_unnamed(head: str, state: State) -> Speaker | None:
    """Someone the last few paragraphs brought in by "a", "an", "one" or "another" and
    this noun as a subject of their own ("One engineer who was laid off said", "According
    to a person close to the board"), not as a named person's appositive ("Tom Lee, an
    engineer,") nor followed by a name ("an engineer, Tom Lee,"): the description they
    were given."""
    number, offset = state.quote_at[0] + 1, state.quote_at[1]
    at = bisect.bisect_left(state.numbers, number)
    for index in range(min(at, len(state.numbers) - 1), max(-1, at - 4), -1):
        paragraph = state.numbers[index]
        text = state.texts[paragraph]
        if paragraph == number:
            text = text[:offset]
        if head not in text:
            continue  # the cheap test first
        end = len(text)
        looks = 0
        while (at_head := text.rfind(head, 0, end)) >= 0 and looks < _MOST_LOOKS:
            end = at_head
            looks += 1
            stop = at_head + len(head)
            if (at_head and word_char(text[at_head - 1])) or (
                stop < len(text) and word_char(text[stop])
            ):
                continue  # inside a longer word: "engineers", "reengineer"
            # Up to five words before it, on the same side of any punctuation.
            window = text[max(0, at_head - 80) : at_head]
            words = _AFTER_PUNCTUATION.split(window)[-1].split()[-5:]
            determiner = next(
                (i for i in range(len(words) - 1, -1, -1) if fold(words[i]) in _DETERMINING),
                None,
            )
            if determiner is None:
                return None  # "engineer Tom Lee", "Lee, an engineer": a name's
            if fold(words[determiner]) in {"the", "this", "that"}:
                continue  # the noun used again, as this quote's cue may
            # The text before the determiner: where the phrase stands in its sentence.
            kept = len(words) - determiner
            parts = text[:at_head].rstrip().rsplit(None, kept)
            before = parts[0] if len(parts) > kept else ""
            between = words[determiner + 1 :]
            if (
                any(fold(w) in END_DESCRIPTION for w in between)
                or _NAMED_AFTER.match(text, stop)
                or not _opens_a_subject(before)
            ):
                return None
            rest = _UP_TO_A_BREAK.match(text, stop)
            phrase = [*words[determiner:], head, *(rest.group().split() if rest else [])]
            mention = mention_from_words(phrase)
            if mention is None:  # a long predicate after it: the words up to the noun
                mention = mention_from_words(phrase[: len(words) - determiner + 1])
            described = mention is not None and mention.kind == "description"
            if mention is not None and described and head_of(mention.name.split()) == head:
                return Speaker(mention.name, "description")
            return None  # the latest such phrase is the one meant, or none is
    return None


#: How many earlier uses of the noun `_introduced_unnamed` reads back through at most:
#: asked at every "the …" cue, it must not read a long article's repeats each time.
_MOST_LOOKS = 8


#: Punctuation that ends the words before a noun: "Lee, an engineer" reads "an".
_AFTER_PUNCTUATION = lazy_compile(r"[,;:.!?()\[\]\"“”«»]")


#: Determiners before the noun: of someone new ("a", "one") or the same one ("the").
_DETERMINING = word_set("a an one another the this that")


#: After the noun, a name that the description introduces: ", Tom Lee", "named Tom Lee".
_NAMED_AFTER = lazy_compile(r"(?:,[ \u00a0]+[A-Z]|[ \u00a0]+(?:named|called)\b|['’]s\b)")


#: The rest of a subject, up to its first comma or stop (the relative clause is cut later);
#: an initial's full stop is no stop ("a trial attorney for U.S. Immigration …").
_UP_TO_A_BREAK = lazy_compile(r"(?:[^,;:.!?\"“”()]|(?<=\b[A-Z])\.){0,120}")


#: Words that open a sentence before its subject: "But one engineer", "On Tuesday, a …".
_BEFORE_A_SUBJECT = word_set("""
    but and yet so still however meanwhile separately later earlier last this on in at
    after before during since when while speaking asked according
    """)


def _opens_a_subject(before: str) -> bool:
    """Whether a noun phrase after `before` is a sentence's subject: at the paragraph's or
    a sentence's start, after "according to", a cue ("said a rescuer"), or a fronted
    word or phrase ("But", "On Tuesday,")."""
    stripped = before.rstrip(" \u00a0")
    if not stripped or stripped[-1] in '.!?"”’:':
        return True
    sentence = _LAST_SENTENCE.search(stripped)
    opening = sentence.group(1) if sentence else stripped
    words = opening.split()
    last = fold(words[-1].strip(",")) if words else ""
    if last == "to" and len(words) > 1 and fold(words[-2]) == "according":
        return True
    if last in CUE_SET and not stripped.endswith(","):
        return True
    first = fold(words[0].strip(",")) if words else ""
    if len(words) == 1:
        return first in _BEFORE_A_SUBJECT
    fronted = first in _BEFORE_A_SUBJECT or first.endswith("ing")
    return fronted and stripped.endswith(",") and opening.count(",") == 1 and len(words) <= 8


#: The last sentence of a text: what follows its last stop.
_LAST_SENTENCE = lazy_compile(r"(?:^|[.!?][\"”’]?[ \u00a0]+)([^.!?]*)$")


#: Words before a relative's word that make it someone's relative named before: "her
#: daughter", "the widow" (not "a daughter").
KIN_OWNERS = frozenset({"his", "her", "their", "the"})


def relative_of(owner: str, kin: str, state: State) -> str | None:
    """Whom "her husband" (`owner` "her", `kin` "husband") means: the one the article
    named so, and, for a spouse it named as someone's, that someone's if "her" is them."""
    pronoun = POSSESSIVE_PRONOUNS.get(owner)
    whose = resolve_pronoun(pronoun, state) if pronoun in {"he", "she"} else None
    named = state.names.kin_last(kin, state.quote_at, whose.name if whose else None)
    if named is None and whose is not None and kin in _SPOUSES:
        # "Leah and Connor Whitaker … Her husband said": the one other of her surname,
        # of the spouse's sex.
        named = _spouse_by_surname(whose.name, _SPOUSES[kin], state)
    if named is None and whose is not None and kin in _KIN_INVERSE:
        # (Whose first, then the others of that sex just spoken of: the relative, read
        # first as the cue's narration, may be the latest "she" by now.)
        owners = [s.name for _, s in reversed(state.recent[-4:]) if sex_of(s, state) == pronoun]
        for owner_name in dict.fromkeys([whose.name, *owners]):
            named = _relative_named_back(owner_name, kin, state)
            if named is not None:
                break
    if named is not None and kin in KIN_SEX:
        state.gender.setdefault(named, KIN_SEX[kin])  # her husband is a "he" from here on
    return named


#: The words for the other side of a relation: "his aunt" is the one he was named as the
#: nephew of.
_PARENTS, _CHILDREN = ("mother", "father", "mum", "dad", "mom"), ("son", "daughter")
_KIN_INVERSE = {
    **dict.fromkeys(("aunt", "uncle"), ("nephew", "niece")),
    **dict.fromkeys(_PARENTS, _CHILDREN),
    **dict.fromkeys(("grandmother", "grandfather"), ("grandson", "granddaughter")),
    **dict.fromkeys(("nephew", "niece"), ("aunt", "uncle")),
    **dict.fromkeys(_CHILDREN, _PARENTS),
}


def _relative_named_back(whose: str, kin: str, state: State) -> str | None:
    """ "His aunt" after "Her nephew Teodor Pruszynski joined her": the one whose name
    owns the relative's word ("Maria's son"), else the first person of an aunt's sex named
    in the paragraph that made him her nephew, before those words, or else in one of the
    two paragraphs before it."""
    sex = KIN_SEX.get(kin)
    names = state.names
    for other in _KIN_INVERSE[kin]:
        for (index, offset), name in names.kin_named(other):
            if names.fullest(name) != whose and not whose.startswith(f"{name} "):
                continue  # (named in full or by the first name: "Her daughter, Léa,")
            owner = _OWNER_BEFORE.search(state.texts.get(index + 1, ""), 0, offset)
            if owner is not None:
                # "Maria's son, Tomasz Lis": Maria's, whoever else the paragraph names.
                person = named_person(owner.group(1).split(), state)  # "Maria": Maria Lis
                if " " in person and sex_of(Speaker(person, "person"), state) in {None, sex}:
                    return person
            # Back through the paragraph and the two before it.
            before = [state.texts.get(n, "") for n in (index - 1, index)]
            before.append(state.texts.get(index + 1, "")[:offset])
            # (A paragraph's first person of that sex, its likely subject: "Ann Lee took
            # over from her mother, Irena Lee." is Ann's.)
            # (In the relative's own sentence, one whose sex the article leaves untold
            # too: "Donnie MacInnes, who runs the inn with his son Calum".)
            sentence_start = max(before[-1].rfind(". "), 0)
            for back, text in enumerate(reversed(before)):
                for run in _NAME_RUN.findall(text[sentence_start:] if back == 0 else text):
                    person = named_person(run.split(), state)
                    found = sex_of(Speaker(person, "person"), state)
                    if (
                        person != whose
                        and " " in person
                        and (found == sex or (back == 0 and found is None))
                    ):
                        return person
    return None


#: Spouses' words and the he or she each is.
_SPOUSES = {"husband": "he", "wife": "she"}


def _spouse_by_surname(name: str, sex: str, state: State) -> str | None:
    """The one other person of `name`'s surname who may be of `sex`, when the article
    named the two as a couple ("Leah and Connor Whitaker": one of them is filed from the
    pair, never written in full), not a son or a sister named in full beside her."""
    people = state.names.few_surnamed(fold(name.split()[-1])) if " " in name else {}
    others = [
        person
        for person in people
        if person != name
        and (state.gender.get(person) or sex_of(Speaker(person, "person"), state)) in {None, sex}
    ]
    if len(others) != 1:
        return None
    paired = state.first_seen(name) is None or state.first_seen(others[0]) is None
    return others[0] if paired else None


def _written_once(word: str, paragraph: int, state: State) -> bool:
    """Whether the article, up to `paragraph`, writes `word` once only: where it is read.
    Counted once per word and paragraph (kept: each "the CEO said" asks again)."""
    counts = state.written_counts.get(word)
    if counts is None:
        counts = state.written_counts[word] = list(
            itertools.accumulate(text.count(word) for _, text in state.paragraphs)
        )
    at = bisect.bisect_right(state.numbers, paragraph)
    return (counts[at - 1] if at else 0) < 2


def _office_holder(
    words: list[str], head: str, keys: tuple[str, ...], role: str, state: State
) -> Speaker | None:
    """The person the article titled with one of `keys` ("the foreign secretary" ->
    Foreign Secretary …), else gave the lower-case `role` ("economy minister Heizo …")."""
    for key in keys:
        if len(words) <= 3 and key in state.names.title_of:
            # "the coach" after two coaches: the one named last before the quote; or one
            # given the role in lower case before it ("NPTA spokesman Faisal Mehmood"),
            # rather than one titled so only further down.
            titled = state.names.titled_last_of(_SAME_BENCH.get(key, (key,)), state.quote_at)
            if key in _SAME_BENCH and titled is not None and not _on_the_bench(titled, state):
                # "Justice Mensah, a taxi driver": a given name, no judge's style.
                titled = state.names.titled_last(key, state.quote_at)
            if titled is None and role and state.names.has_role(role):
                titled = state.names.role_last(role, state.quote_at)
            titled = titled or state.names.title_of[key]
            if key == head and len(words) > 1 and state.names.titled_otherwise(words[-2], titled):
                continue  # "the attorney general" is not "Solicitor General Harriet Harman"
            # "the French president": the person the article titled so.
            return Speaker(state.names.fullest(titled), "person")
    if role and state.names.has_role(role):
        # "the economy minister": "… said economy minister Heizo Takenaka"; of two
        # coaches, the one named last before the quote.
        named = state.names.role_last(role, state.quote_at) or state.names.role_of[role]
        return Speaker(state.names.fullest(named), "person")
    return None


#: Titles of one office: a justice of a high court is its judge ("Mr Justice Farrelly").
_SAME_BENCH = {"judge": ("judge", "justice")}


def _on_the_bench(name: str, state: State) -> bool:
    """Whether the article titles `name` Judge, or styles them a justice ("Mr Justice
    Farrelly", "Chief Justice Ann Lee"), as a bare "Justice Mensah" need not be."""
    surname = name.split()[-1]
    if any(held == name for _, held in state.names.title_holders("judge")):
        return True
    for _, held in state.names.title_holders("justice"):
        if held == name and _INITIAL.match(name):
            return True  # "Justice P. Thirunavukkarasu": initials, as the bench is named
    styled = [
        f"{style} Justice {called}" for style in _JUSTICE_STYLES for called in (name, surname)
    ]
    return any(form in text for _, text in state.paragraphs for form in styled)


_INITIAL = lazy_compile(r"[A-Z]\.")


_JUSTICE_STYLES = ("Mr", "Mrs", "Ms", "Madam", "Lord", "Lady", "Chief", "the")


#: What a press officer is called after the article named one: "the police spokesman".
_PRESS_OFFICERS = word_set("spokesman spokeswoman spokesperson pro ppro")


#: Who stands accused in a court report.
_DEFENDANTS = word_set("accused defendant")


#: Who sits in judgment: never the person last named, in a court report the accused.
_BENCH = word_set("judge magistrate coroner sheriff")


#: Offices written out and by their initials: "the CM" after "Chief Minister N. Rao".
_TITLE_ABBREVIATIONS = (
    ("ceo", "chief executive"),
    ("cm", "chief minister"),
    ("pm", "prime minister"),
    ("cj", "chief justice"),
    ("cfo", "chief financial officer"),
    ("md", "managing director"),
)


#: Of those, the initials of an office one person holds in a place: "the CM" is the
#: Chief Minister however often written (but "the CEO" may be another company's).
_INITIALS_OF_ONE_OFFICE = frozenset({"cm", "pm", "cj"})


#: Words for a holder of an office the article titles otherwise: "the trial judge" after
#: "Justice Folasade Ogunbiyi-Eze".
#: Words for one unnamed source a later sentence may use instead of the first: "One
#: top-20 shareholder said … the investor said".
_SAME_ROLE = {
    "investor": ("shareholder", "stockholder"),
    "shareholder": ("investor",),
    "stockholder": ("investor",),
}


_TITLE_SYNONYMS = {
    "judge": "justice",
    **{short: long for short, long in _TITLE_ABBREVIATIONS},
    **{long: short for short, long in _TITLE_ABBREVIATIONS},
}


#: Offices the article may name with their portfolio after "of" or "for" ("Minister of
#: Finance") and a reporter before it ("the finance minister").
_PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "commissioner"})


def _in_full(description: str, state: State) -> str:
    """A description in the names the article uses in full ("the BPI spokesman",
    "Mr Blair's official spokesman", "the rapper's spokesman")."""
    return _owner_in_full(_abbreviations_in_full(_person_owner(description, state), state), state)


def _person_owner(description: str, state: State) -> str:
    """ "rapper's spokesman" as "Snoop Dogg's spokesman": an owner described by an
    epithet ("the rapper's", "the singer's") is the person the article is on about."""
    words = description.split()
    if len(words) < 2 or owned_words(words) != 1 or not words[0].islower():
        return description
    owner = fold(unpossessed(words[0]))
    if not epithet(owner) or owner in ROLES:
        return description
    # The latest one the article's pronouns show to be a person (not "Los Angeles"), else
    # the first the article names, when they show that one to be.
    person = latest_such(
        state, lambda s: s.kind == "person" and " " in s.name and bool(gender_of(s, state)), 6
    ) or _first_person_shown(state)
    if person is None:
        return description
    return " ".join([possessive(person.name), *words[1:]])


def _abbreviations_in_full(description: str, state: State) -> str:
    """ "BPI spokesman" as "British Phonographic Industry spokesman", when the article
    spells the abbreviation out: a description reads best in the names the article uses."""
    words = description.split()
    for index, word in enumerate(words):
        core = unpossessed(word) if POSSESSED.search(word) else word
        if len(core) < 2 or not ((core.isalpha() and core.isupper()) or abbreviation_letters(core)):
            continue  # "BPI", "M&S", "DrKW"
        full = state.names.fullest(core)
        if " " in full and core not in full.split():  # not "Paul Boateng MP" for "MP"
            ending = word[len(core) :]
            if full.endswith("s") and ending in {"'s", "’s"}:
                ending = ending[0]  # "the United Nations' food agency"
            words[index] = full + ending
    return " ".join(words)


def _owner_in_full(description: str, state: State) -> str:
    """ "Mr Blair's official spokesman" as "Tony Blair's official spokesman": a person who
    owns the role is named by the fullest name the article uses, without a title."""
    words = description.split()
    owned = owned_words(words)
    if not 0 < owned < len(words) or not all(w[:1].isupper() for w in words[:owned]):
        return description
    owner = mention_from_words([*words[: owned - 1], unpossessed(words[owned - 1])])
    if owner is None or owner.kind != "name":
        return description
    full = state.names.fullest(owner.name)
    if " " not in full or org_name(full) or full in state.names.spelled_out:
        return description
    ending = words[owned - 1][len(unpossessed(words[owned - 1])) :]
    return " ".join([full + ending, *words[owned:]])


def _owner_of(determiner: str, state: State) -> Speaker | None:
    """Whom "his" or "her" before a role means: the latest person known to be of that
    gender (a guess on someone of unknown gender would name the wrong owner outright)."""
    pronoun = POSSESSIVE_PRONOUNS.get(determiner)
    if pronoun is None:
        return None
    return latest_such(state, lambda s: s.kind == "person" and gender_of(s, state) == pronoun)


POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}


def _issuer_named(noun: str, paragraph: int, state: State) -> Speaker | None:
    """The body the article said issued the last `noun` before ("a report published
    by the World Economic Forum", "A report by the Commons work and pensions committee",
    "The WEF report shows", "the OECD's annual report"), or else the organisation last
    named as speaking, in this paragraph or the one before ("Oxfam says in a report")."""
    introduced = False  # "Oxfam says in a report": some report was brought up
    for number in (paragraph, paragraph - 1, paragraph - 2):
        text = state.texts.get(number)
        if text is None:
            continue
        key = (noun, number)
        if key not in state.issuers:  # each paragraph read once, however many cues ask
            state.issuers[key] = _issuer_in(noun, text)
        name, brought_up = state.issuers[key]
        introduced = introduced or brought_up
        if name is not None:
            full = state.names.fullest(name)
            return Speaker(full, "person" if known_person(full, state) else "org")
    for number, speaker in reversed(state.recent[-8:] if introduced else []):
        if number >= paragraph - 1 and speaker.kind == "org" and not speaker.named_only:
            return speaker
    return None


def _issuer_in(noun: str, text: str) -> tuple[str | None, bool]:
    """The last issuer of a `noun` a paragraph names, and whether it brings one up."""
    pattern, brought_up = _issuer_patterns()[noun]
    for match in reversed(list(pattern.finditer(text))):
        named = (match.group("by") or match.group("of") or match.group("in")).removeprefix("The ")
        # "the Commons work and pensions committee" whole; else no trailing "of".
        name = named if named.endswith(_BODY_ENDINGS) else run_name(named)
        if POSSESSED.search(name):
            name = unpossessed(name)  # "The OECD's annual survey"
        if name and fold(name.split()[0]) not in NOT_AN_OPENER:
            return name, True
    return None, brought_up.search(text) is not None


_ISSUED_NOUNS = word_set("report study survey post")


#: Documents whose sender the article names ("a letter from …"): what "the letter" means.
_SENT_NOUNS = frozenset({"statement", "letter", "release", "note"})


def _filer_named(paragraph: int, state: State) -> Speaker | None:
    """Who the article last said filed a suit, in this paragraph or the three before."""
    for number in range(paragraph, paragraph - 4, -1):
        text = state.texts.get(number, "")
        if "filed" not in text:
            continue  # the cheap test first
        if number == paragraph:
            text = text[: state.quote_at[1]]
        found = [m.group(1) for m in _FILED_A_SUIT.finditer(text)]
        if found:
            words = strip_title(found[-1].split())[0]  # "Californian Thomas Slattery"
            name = state.names.fullest(run_name(" ".join(words)))
            return Speaker(name, "person" if known_person(name, state) else "org")
    return None


#: Court papers whose words are whoever filed them: "the lawsuit states".
_FILED_NOUNS = word_set("lawsuit suit complaint petition claim")


#: A capitalised name, then "filed" a suit: "Californian Thomas Slattery filed the suit".
_FILED_A_SUIT = lazy_compile(
    rf"([{CAPITALS}][\w'’\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’\-]*){{0,4}})[ \u00a0]+"
    r"(?:has[ \u00a0]+|had[ \u00a0]+)?filed[ \u00a0]+(?:a|the|his|her|its|their)[ \u00a0]+"
    rf"(?:[\w\-]+[ \u00a0]+)?(?:{'|'.join(sorted(_FILED_NOUNS))})\b"
)


#: Writings one may as well have been sent as have written.
_RECEIVED_TOO = word_set("letter note message")


#: What someone writes to speak for them, whose words "his …" or "her …" gives as theirs.
_HIS_OWN_WORDS = word_set(
    "pitch message letter note blog website advert column memoir autobiography"
)


#: Lower-case words that end the name of a body issuing a report, written in lower case
#: ("the Commons work and pensions committee"). Not `BODY_HEADS`, which says what "the
#: …" may call a body: "the exchange" and "the station" are named in capitals when they
#: issue a report, and an inquiry issues one without being a speaker's body.
_BODY_ENDINGS = ("committee", "commission", "council", "panel", "inquiry")


@functools.cache
def _issuer_patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Compiled when an article first says "the report" with no issuer remembered: per
    noun, who issued one, and whether one was brought up ("in a report", "its report")."""
    word = rf"[{CAPITALS}][\w&'’\-]*"
    body = rf"(?:[ \u00a0]+[a-z]+){{0,3}}[ \u00a0]+(?:{'|'.join(_BODY_ENDINGS)})\b"
    by = rf"(?P<by>{word}(?:[ \u00a0]+(?:{word}|of|for|and|on)){{0,6}}(?:{body})?)"
    determiner = r"(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|In|On|At|By)\b)"
    of = rf"(?<![\w&'’\-])(?P<of>{determiner}{word}(?:[ \u00a0]+{word}){{0,4}}?)(?:['’]s)?"
    done = r"(?:published|issued|released|compiled|commissioned)(?:[ \u00a0]+\w+){0,3}"
    said = r"(?:says|said|warns|warned|claims|claimed|argues|argued|finds|found)"
    return {
        noun: (
            lazy_compile(
                rf"\b{noun}[ \u00a0]+(?:{done}[ \u00a0]+)?(?:by|from)[ \u00a0]+"
                # (past what the body is: "by the conservation charity Blue Estuary Trust")
                rf"(?:the[ \u00a0]+)?(?:[a-z\-]+[ \u00a0]+){{0,3}}?{by}"
                rf"|{of}(?:[ \u00a0]+[a-z\-]+){{0,2}}[ \u00a0]+{noun}\b"
                # "Oxfam says in a report": who said so issued it.
                rf"|{of.replace('P<of>', 'P<in>')}[ \u00a0]+{said}[ \u00a0]+in[ \u00a0]+"
                rf"(?:a|an|its|their|a[ \u00a0]+new)[ \u00a0]+{noun}\b"
            ),
            lazy_compile(rf"\b(?:a|an|its|new|latest)[ \u00a0]+(?:[\w\-]+[ \u00a0]+)?{noun}\b"),
        )
        for noun in _ISSUED_NOUNS
    }


def _body_ending(head: str, state: State) -> Speaker | None:
    """The organisation last named whose name ends with `head` ("the exchange": the
    London Stock Exchange); else the one name the article gives that ends so, though
    it spoke before under no name ("the airport says" after "flights at Castlebridge
    International Airport")."""
    found = latest_such(state, lambda s: s.kind == "org" and _headed_by(s.name, head))
    if found is not None or head in TITLES or head in _NOT_A_BODY or head in WRITINGS:
        return found  # "the letter" is no "An Open Letter"
    if person_noun(head):
        return None
    # The body named with the word before its "of" ("the institute": the Skagvik
    # Institute of Marine Research) only for a word no company goes by and when no body
    # spoke lately: "the bank" after "Barclays said" is Barclays, not the Bank of England.
    spoke = any(s.kind == "org" and s.name[:1].isupper() for _, s in state.recent[-8:])
    named = state.names.headed_by(head, by_link=head not in ORG_HEADS and not spoke)
    if named is None or not (org_name(named) or head in _INSTITUTIONS):
        return None  # several, or a name for no body ("the fire": "Kettle Ridge Fire")
    return Speaker(named, "org")


def _headed_by(name: str, head: str) -> bool:
    """Whether a body's name ends in `head` ("London Stock Exchange" for "the exchange")
    or has it before its first "of", "for" or "on" ("Department for Education", "the
    department"; "Intergovernmental Panel on Climate Change", "the panel")."""
    words = name.split()
    if fold(words[-1]) == head:
        return True
    if len(words) < 3:
        return False  # the cheap test first: no room for "of"
    link = next((i for i, w in enumerate(words[1:-1], 1) if w in _NAME_LINKS), 0)
    return link > 0 and fold(words[link - 1]) == head


_NAME_LINKS = frozenset({"of", "for", "on"})


#: Heads of names that are places, not bodies: "the city" is no "Mexico City".
_NOT_A_BODY = word_set("city town village state country island county province street")


#: Places that speak as bodies, whose names the organisation words do not cover.
_INSTITUTIONS = word_set(
    "airport hospital university college school museum library zoo port prison church "
    "cathedral theatre theater stadium festival"
)


def _organisation_meant(head: str, qualified: bool, state: State) -> Speaker | None:
    """ "the organisation", "the company": the organisation last named whose name ends so
    ("the exchange": the London Stock Exchange), else (for a company word, not "the aid
    agency") the last one named, or a lone name with no he/she ("Tesco reported …")."""
    ending = _body_ending(head, state)
    if ending is not None:
        return ending
    if head not in ORG_HEADS and qualified:
        return None
    for _, speaker in reversed(state.recent[-8:]):
        if described_by_role(speaker) and speaker.name[:1].isupper():
            # "A spokesman for Reporters Without Borders said …. '…,' the organisation
            # said": the body the spokesman spoke for.
            words = speaker.name.split()
            named = next((i for i, w in enumerate(words) if not in_name(w)), len(words))
            body = " ".join(words[:named])  # "Manchester United chief executive": the club
            if " " in body and not POSSESSED.search(body):  # not "Tony Blair's spokesman"
                return Speaker(body, "org")
        owner = _body_owning(speaker, state)
        if owner is not None:
            return owner  # "Lumo's official status account posted …": Lumo
        if speaker.kind == "person" and " " in speaker.name and not gender_of(speaker, state):
            company = state.names.company_of(speaker.name)
            if company is not None:
                return Speaker(company, "org")  # "Northwind Timber said" after "… Ltd."
        lone = speaker.kind == "person" and " " not in speaker.name
        if speaker.name in COUNTRY_CODES or gender_of(speaker, state):
            continue
        if speaker.name.endswith(" family"):
            continue  # a family speaks together, but is no organisation
        people = plural_letters(speaker.name)
        # (A name, not "Singapore-based fund": a body described, which its head names.)
        named = speaker.name[:1].isupper() and speaker.name.rpartition(" ")[2][:1].isupper()
        if speaker.kind == "org" and not named:
            # "the club" after "Manchester United board" spoke: the body that owns it.
            words = speaker.name.split()
            cut = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
            owning = words[:cut]
            if owning and "-" not in owning[-1] and fold(words[-1]) in BODY_HEADS:
                return Speaker(state.names.fullest(" ".join(owning)), "org")
        if (speaker.kind == "org" or lone) and named and not people:
            if head in _KINDS_IN_THEIR_NAMES and head not in fold(speaker.name).split():
                continue  # "the council" is no weather bureau called Weerlicht
            return speaker
    if head in _COMPANY_HEADS:
        # A company that never spoke: one a sentence just opened with ("Corvara did not
        # respond. …, the company said"), else the one the opening paragraph names; one
        # named only further down is an aside ("backed by Cisco Systems"). A plain
        # text's headline, with no full stop, opens no article.
        lead = next((text for _, text in state.paragraphs if text.endswith(_ENDS)), "")
        names = state.names
        company = names.last_company_before(state.quote_at) or names.company_in(lead)
        if company is not None:
            return Speaker(company, "org")
    return None


def _body_owning(speaker: Speaker, state: State) -> Speaker | None:
    """The body a description owns by name, when the article calls it a body: "Lumo’s
    official status account" after "the music streaming app Lumo"."""
    if speaker.kind != "description" or ("’" not in speaker.name and "'" not in speaker.name):
        return None  # the cheap test first
    words = speaker.name.split()
    if len(words) < 2 or owned_words(words) != 1:
        return None
    owner = unpossessed(words[0])
    company = state.names.company_of(owner)
    if owner in state.names.bodies or company is not None:
        return Speaker(company or owner, "org")
    # One word, no one's surname or first name, and no he or she: a brand.
    alone = state.names.fullest(owner) == owner and state.names.by_first(owner) is None
    person = Speaker(owner, "person")
    return Speaker(owner, "org") if alone and sex_of(person, state) is None else None


#: Words for a body of any kind: "the group" may mean a coalition, a charity or a union.
_ANY_BODY = word_set("group organisation organization body ngo")


#: Bodies whose names say what they are ("Zwaanswijk City Council", "Ministry of
#: Health"): "the council" is none of the other bodies that spoke.
_KINDS_IN_THEIR_NAMES = word_set("council ministry department committee commission")


#: The heads "the company" goes by, and how a paragraph that is a sentence ends (a plain
#: text's headline has no full stop).
_COMPANY_HEADS = word_set("company firm fund")


_ENDS = tuple('.!?"”’')


#: Words that bring in someone new: "a police officer", "one official", "another aide".
_INDEFINITE = word_set("a an one another")


#: Pronouns for one of several: "says one", "Another added".
ONES = frozenset({"one", "another"})


def _of_another_nation(person: Speaker, demonym: str, state: State) -> bool:
    """Whether the article calls `person` by another nation's word than `demonym`
    ("Joost Mertens, the Dutchman," or "Dutchman Joost Mertens"), so that "the
    Italian" is someone else."""
    nation = _nation(demonym)
    names = state.names
    if any(
        is_demonym(title) and _nation(title) != nation and names.fullest(holder) == person.name
        for title, holder in names.title_of.items()
    ):
        return True
    surname = re.escape(person.name.split()[-1])
    called = re.compile(
        rf"\b{surname}, (?:the|an?) (?:[a-z0-9\-]+ )?([A-Z][a-z]+)\b(?![\s\-]*[A-Z])"
    )
    return any(
        is_demonym(found) and _nation(found) != nation
        for _, text in state.paragraphs
        for found in called.findall(text)
    )


def _nation(demonym: str) -> str:
    """ "Dutchman", "Dutchwomen" and "Dutch" alike: one nation's word."""
    return re.sub(r"(?:wo)?m[ae]n$", "", fold(demonym))


def resolve_pronoun(
    pronoun: str, state: State, other_than: Speaker | None = None
) -> Speaker | None:
    """The most recent speaker a pronoun can refer to (he/she: a person of that gender,
    or an unnamed one described by role), `other_than` left out."""
    if pronoun in ONES:
        return _one_of(state, another=pronoun == "another")
    for _, speaker in reversed(state.recent):
        if other_than is not None and speaker.name == other_than.name:
            continue
        if pronoun in {"he", "she"}:
            if described_by_role(speaker):
                head = head_of(speaker.name.split())
                if head == "people":
                    continue  # "people familiar with the matter": no he or she
                sex = noun_sex(head) or state.gender.get(speaker.name)
                if sex is not None and sex != pronoun:
                    continue
                return speaker
            gender = sex_of(speaker, state)
            if speaker.kind != "person" or (gender and gender != pronoun):
                continue
            return speaker
        if pronoun == "it":
            # An organisation or a thing described ("the radio station"); a name
            # without a known gender may be an organisation ("BC Hydro").
            if speaker.kind == "org" or (
                not described_by_role(speaker)
                if speaker.kind == "description"
                else not gender_of(speaker, state)
            ):
                return speaker
            continue
        if pronoun in {"they", "we"}:
            if speaker.kind == "person":
                continue
            return speaker
        return speaker
    if pronoun in {"he", "she"}:
        first = _first_person(state)
        gender = sex_of(first, state) if first else None
        if first and gender == pronoun:
            return first  # the article's subject, shown to be one
        # Else the last such person the text just titled ("U Tun Aye"), if any.
        named = state.names.last_titled_as(pronoun, state.quote_at)
        if named is not None and (other_than is None or named != other_than.name):
            return Speaker(named, "person")
        if first and gender is None:
            return first
    return None


#: A name owning what follows: "Maria's (son)", "Roudier’s own (daughter)", right before
#: the relative's word.
_OWNER_BEFORE = lazy_compile(
    rf"([{CAPITALS}][\w\-]+(?:[ \u00a0][{CAPITALS}][\w\-]+)*)['’]s?[ \u00a0]+(?:own[ \u00a0]+)?$"
)


def named_person(words: list[str], state: State) -> str:
    """The fullest name of whom some capitalised words name, a title dropped ("Mayor Tom
    Hale" is Tom Hale; "Sir Elton" Elton John, the one Elton the article names in full);
    "" for no words."""
    sex = None
    title = None
    if len(words) > 1:
        words, title = strip_title(words)
        sex = TITLE_GENDER.get(title or "")
    if not words:
        return ""
    if title is not None and len(words) == 1:
        # "Ms Campbell was unmoved": of two Campbells, the one the title tells.
        by_title = titled_one(words[0], title, sex, state)
        if by_title is None and title not in HONORIFICS:
            by_title = _titled_first(words[0], title, state)  # "Rep. Kim hit back"
        if by_title is not None:
            return by_title
    name = state.names.fullest(" ".join(words))
    if sex is not None and state.names.someone_else(name, sex):
        return " ".join(words)  # "Mr. Kalinowski was blunter": not Teresa Kalinowski
    if " " in name:
        return name
    # "President Arregui": Julián Arregui Montenegro, by his first surname.
    return state.names.by_first(name) or state.names.by_inner(name) or name


#: Two capitalised words or more, as a person's name is written.
_NAME_RUN = lazy_compile(rf"(?<![\w'’])[{CAPITALS}][\w'’\-]+(?:[ \u00a0][{CAPITALS}][\w'’\-]+)+")


#: Words that place people unnamed: "familiar with", "close to", "with knowledge of".
_PLACING_PEOPLE = SOURCE_PLACINGS | word_set("involved with who")


def _one_of(state: State, *, another: bool = False) -> Speaker | None:
    """Whom "says one" means: one of the people last spoken of as a group ("Bankers
    would rather not be blamed", "Two Senate aides said"), described in the singular."""
    paragraph = state.quote_at[0] + 1
    for number, speaker in reversed(state.recent[-3:]):
        words = speaker.name.split()
        if number < paragraph - 1:
            break  # a group spoken of in this paragraph or the one before
        # "two people familiar with the talks": the group is its words before the words
        # that place it, which go on with the one of them ("person familiar with …").
        placed = next((i for i, w in enumerate(words) if fold(w) in _PLACING_PEOPLE), 0)
        rest = words[placed:] if placed else []
        words = words[:placed] if placed else words
        head = fold(words[-1])
        if (
            speaker.kind == "person"
            or len(words) > 4
            or (head != "people" and not head.endswith("s"))
        ):
            continue
        single = "person" if head == "people" else one_person(head)
        if single is None or single in _HOW_MANY:
            continue  # (not "Others questioned the cost": no one of a kind)
        kept = [w for w in words[:-1] if fold(w) not in _HOW_MANY]
        return Speaker(" ".join([*kept, single, *rest]), "description")
    if another and state.recent:
        # '"…," one user wrote. Another wrote: "…"': a user too.
        number, speaker = state.recent[-1]
        words = speaker.name.split()
        if (
            number >= paragraph - 1
            and speaker.kind == "description"
            and len(words) <= 3
            and person_noun(fold(words[-1]))
        ):
            return speaker
    return _one_of_those_named(state)


def _one_of_those_named(state: State) -> Speaker | None:
    """One of the people a plural names just before, though none of them spoke yet:
    "Dozens of locals rushed to support her. One wrote: …" is a local, "Some
    Conservative MPs … One said: …" a Conservative MP."""
    index, offset = state.quote_at
    text = state.texts.get(index + 1, "")[:offset]
    stop = _last_stop(text)
    one = text.rfind(" one ")  # "… lawmakers, what one of them called": this sentence's
    if one > stop:
        sentence = text[stop + 1 : one]
    else:
        # "One told reporters:" opens its sentence (and names reporters, no group): the
        # sentence before, in this paragraph or the one before.
        text = text[: stop + 1] if stop >= 0 else state.texts.get(index, "")
        sentence = text[_last_stop(text[:-1]) + 1 :]
    for found in _PLURAL_PEOPLE.finditer(sentence):
        # The first people of a kind the sentence names, its subject ("Residents have
        # complained about noise from football fans": a resident).
        plural = found.group(2)
        single = one_person(fold(plural))
        if single is None and fold(plural)[:-1] in KIN_SEX:
            single = fold(plural)[:-1]  # "three sons", "the couple's daughters"
        if single is None or single in _HOW_MANY:
            continue
        if plural.isupper() or plural[:-1].isupper():
            single = plural[:-1]  # "MPs": the letters as written
        elif plural[:1].isupper() and is_demonym(single):
            single = single.capitalize()  # "Nigerians": a people's name
        modifier = found.group(1)
        kept = [modifier] if modifier and fold(modifier) not in _HOW_MANY else []
        return Speaker(" ".join([*kept, single]), "description")
    return None


def _last_stop(text: str) -> int:
    """Where the text's last sentence-ending mark before a space stands, or -1."""
    return max(text.rfind(". "), text.rfind("? "), text.rfind("! "))


#: A plural noun, and a capitalised word before it: "Conservative MPs", "of locals".
_PLURAL_PEOPLE = lazy_compile(r"(?:\b([A-Z][a-z]+)[ \u00a0]+)?\b([A-Za-z][a-z]*[A-Z]?[a-z]*s)\b")


#: Words for how many people a group holds: "Two Senate aides" is one Senate aide.
_HOW_MANY = word_set(
    "two three four five six seven eight nine ten several some many most few other "
    "the these those their our dozens hundreds thousands scores of"
)


def _first_person(state: State) -> Speaker | None:
    """The article's first multi-word person name: the likely subject of an opening "he".
    Not a name that only qualifies a role before the real one: "Double Olympic" in "Double
    Olympic champion Kelly Holmes", "Harry Potter" in "Harry Potter director Alfonso"."""
    names = state.names
    bodies: set[str] | None = None  # read once, when a candidate asks
    for name, role in names.people:
        if name in names.placed and names.gender(name) is None:
            continue  # "Life in Buenos Aires is hard for Marta Gómez. She …": not the city
        if not (role and epithet(role)):
            # In full: "Delroy 'Bigga' McKenzie" was read as "Bigga McKenzie".
            full = names.fullest(name)
            if bodies is None:
                bodies = {s.name for _, s in state.recent if s.kind == "org"}
            if full in bodies:
                continue  # "Northern Lynx's board …, the company said": a body
            return Speaker(full, "person")
    return None


def _first_person_shown(state: State) -> Speaker | None:
    """`_first_person`, when the article's pronouns show it to be a person of one gender
    (not "Double Olympic champion …" nor a place)."""
    first = _first_person(state)
    return first if first is not None and gender_of(first, state) else None


#: Sentence openers that are no organisation's name.
NOT_AN_OPENER = word_set(
    "it he she they we i this that these those there however its his her their some "
    "according despite last as and or so yet if while when although in on at for"
)
