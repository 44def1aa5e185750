"""Quotation extraction: every quotation in an article's body, classified and attributed.

Pure core (no Typer, no Rich). The engine works paragraph by paragraph in one pass:

1. scan each paragraph's quotation marks (:mod:`newsread.quote_marks`: one
   left-to-right tokeniser, so an unbalanced mark only ends the current quote early)
   and find its cue verbs and sentence ends once (:mod:`newsread.cues`);
2. classify each quote as ``direct`` (a clause someone said or wrote), ``partial`` (a
   fragment inside the reporter's own sentence) or ``scare`` (scare quotes, titles,
   nicknames, chants: not statements);
3. attribute direct and partial quotes from cue verbs on either side, colon
   introductions, pronouns, and continuation paragraphs, and report every speaker by
   the fullest name the article uses (see :mod:`newsread.speakers`).

Unnamed sources are described without their article: "said one Ukrainian soldier" gives
the speaker "Ukrainian soldier".
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from newsread.cues import (
    CUE,
    CUE_SET,
    UTTERANCE,
    WORD_RE,
    CueMatch,
    Cues,
    attribution_follows,
    sentence_ends,
)
from newsread.dates import MONTHS, WEEKDAYS
from newsread.lookups import look_up
from newsread.model import Article
from newsread.quote_marks import Span, has_mark, scan_paragraph, standard_marks
from newsread.quotes import Kind, Quote
from newsread.speakers import (
    COUNTRY_CODES,
    GIVEN_NAME_TITLES,
    HONORIFICS,
    KIN,
    KIN_SEX,
    LIVE_TIME,
    NAME_GAP,
    OBJECT_PRONOUNS,
    OPENING_ONLY,
    ORG_WORDS,
    OUTLET_NOUNS,
    PEERAGE,
    POSSESSED,
    PRONOUNS,
    SUBORDINATORS,
    TITLE_GENDER,
    TITLES,
    WRITINGS,
    Mention,
    Names,
    abbreviation_letters,
    bare_word,
    body_after_the,
    clean_name_words,
    ends_in_member_letters,
    fold,
    in_name,
    ly_adverb,
    mention_from_words,
    names_whole_phrase,
    object_after,
    owned_words,
    past_dateline,
    plural_letters,
    possessive,
    strip_title,
    subject_before,
    surname_first,
    unpossessed,
)
from newsread.titlecase import ARTICLES, PREPOSITIONS
from newsread.wordlists import (
    CAPITALS,
    DEMONYMS,
    IRREGULAR_PAST,
    PARTICLES,
    PLACES,
    word_set,
)

#: How far from a quote the engine looks for its cue and speaker (characters); also
#: what keeps the work per quote bounded on pathological input.
_WINDOW = 600


# --------------------------------------------------------------------------- attribution


@dataclass
class _Speaker:
    name: str
    kind: str  # "person", "org", "description"
    gender: str | None = None
    #: Named as a sentence's subject, not as anyone's speaker: a referent for "it",
    #: never the owner of a bare quote.
    named_only: bool = False


@dataclass
class _State:
    """What the engine remembers while reading an article in order."""

    names: Names
    recent: list[tuple[int, _Speaker]] = field(default_factory=list)  # (paragraph, speaker)
    last_quote: tuple[int, _Speaker | None, bool] | None = None  # (paragraph, speaker, open)
    #: Whoever the reporter's text last named at a cue after the last attributed quote.
    reported: tuple[int, _Speaker] | None = None
    gender: dict[str, str] = field(default_factory=dict)
    #: The article's paragraphs that are read: (number, text), and their texts by number.
    paragraphs: list[tuple[int, str]] = field(default_factory=list)
    texts: dict[int, str] = field(init=False)
    numbers: list[int] = field(init=False)  # the paragraphs' numbers, in order
    #: Words already looked up in the text by `proper` and `first_seen`.
    looked_up: dict[str, bool] = field(default_factory=dict)
    firsts: dict[str, tuple[int, int] | None] = field(default_factory=dict)
    #: The last sentence of the paragraph read before: (paragraph, text, offset).
    previous: tuple[int, str, int] = (0, "", 0)
    #: Who issued the document last named as speaking, by its noun: "report" after "A
    #: National Audit Office report … says", for a later "the report says".
    issued: dict[str, _Speaker] = field(default_factory=dict)
    #: How often the article writes a word, up to each paragraph read (`_written_once`).
    written_counts: dict[str, list[int]] = field(default_factory=dict)
    #: Whether each paragraph says "in a statement" (or "in its written statement"), and
    #: whether it speaks of a statement at all.
    statement_in: dict[int, tuple[bool, bool]] = field(default_factory=dict)
    #: Where a document's author was last named "from", "by" or "on behalf of" whom.
    issued_in: dict[str, int] = field(default_factory=dict)
    #: What each paragraph says of who issued a report (study, survey), read once.
    issuers: dict[tuple[str, int], tuple[str | None, bool]] = field(default_factory=dict)
    #: Where the quote being attributed opens: (text index, that is paragraph - 1, and
    #: offset), as `Names` places what it reads.
    quote_at: tuple[int, int] = (0, 0)
    #: The person a paragraph-opening description first stood for when no title or role
    #: told it ("The designer, 41, has built …" after Odile Varga-Lenz), by its words:
    #: whom it goes on meaning as a subject.
    described: dict[str, _Speaker] = field(default_factory=dict)
    #: The speaker of the last quote when it was a question put to someone ("asked her"),
    #: with the pronoun that someone goes by ("she").
    asked: tuple[_Speaker, str] | None = None
    #: The names of the people quoted so far.
    quoted: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.texts = dict(self.paragraphs)
        self.numbers = [number for number, _ in self.paragraphs]

    @functools.cached_property
    def first_question(self) -> int | None:
        """The number of the first paragraph a printed interview's "Q: " opens."""
        return next((n for n, text in self.paragraphs if _QUESTION.match(text)), None)

    def proper(self, word: str) -> bool:
        """Whether the article writes `word` with a capital inside a sentence somewhere,
        as a name (not only as a sentence's first word). Each look-up reads the article,
        so only a bounded number of words are looked up."""
        return look_up(self.looked_up, word, self._capitalised_inside, False)

    def _capitalised_inside(self, word: str) -> bool:
        for _, text in self.paragraphs:
            at = text.find(word)
            while at >= 0:
                before = text[max(0, at - 2) : at]
                after = text[at + len(word) : at + len(word) + 1]
                inside = len(before) == 2 and before[1] in " \u00a0"
                inside = inside and (before[0].islower() or before[0] == ",")
                if inside and not (after.isalnum() or after == "_"):
                    return True
                at = text.find(word, at + 1)
        return False

    def first_seen(self, word: str) -> tuple[int, int] | None:
        """Where the article first writes `word` as a whole word: (paragraph, offset);
        None once the article has had a bounded number of words looked up."""
        return look_up(self.firsts, word, self._find_first, None)

    def _find_first(self, word: str) -> tuple[int, int] | None:
        for number, text in self.paragraphs:
            at = text.find(word)
            while at >= 0:
                end = at + len(word)
                whole = (at == 0 or not _word_char(text[at - 1])) and (
                    end == len(text) or not _word_char(text[end])
                )
                if whole:
                    return number, at
                at = text.find(word, at + 1)
        return None

    def remember(self, paragraph: int, speaker: _Speaker, named_only: bool = False) -> None:
        """Add who was last named; one who was only a sentence's subject and now speaks
        ("The BPI is quick to condemn …. '…,' it said") is a speaker from here on."""
        if speaker.named_only != named_only:
            speaker = replace(speaker, named_only=named_only)
        self.recent.append((paragraph, speaker))
        if len(self.recent) > 50:
            del self.recent[:25]


#: What "the …" calls an organisation it named: "the organisation", "the firm".
_ORG_HEADS = word_set(
    "organisation organization company firm group charity club body bank union retailer "
    "regulator broadcaster publisher carrier manufacturer supplier provider operator lender "
    "insurer distributor developer maker carmaker airline giant watchdog"
)
#: What "the …" calls a body it named, when the name ends so ("the commission" for the
#: European Commission) or nothing qualifies it ("the panel", not "the aid agency").
_BODY_HEADS = word_set(
    "exchange commission committee panel agency council board station department ministry"
)
_GROUP_WORDS = word_set(
    "army government ministry police company firm party council "
    "agency department team office authority court group family"
)


def _gender(speaker: _Speaker, state: _State) -> str | None:
    return state.gender.get(speaker.name) or state.names.gender(speaker.name)


#: A he/she and a cue set off by commas after a clause of the reporter's own: "Mr Blair
#: has failed to tackle these problems, he claimed,".
_ASIDE_CUE = re.compile(
    r",[ \u00a0]+(?:he|she)[ \u00a0]+([a-z]+)(?:[ \u00a0]+later)?[ \u00a0]*(?:,|$)"
)


#: The same aside after a quotation inside the reporter's clause: 'Mr Blair has "the same
#: passion" as in 1997, he said.'
_ASIDE_AFTER = re.compile(r"[^\"“”.!?;:]*,[ \u00a0]+(?:he|she)[ \u00a0]+[a-z]+")


def _reports_on_a_clause(opening: str) -> bool:
    """A he/she and a cue verb set off by commas after a clause of the reporter's own:
    "Mr Blair has failed to tackle these problems, he claimed,"."""
    for match in _ASIDE_CUE.finditer(opening):
        if match.group(1) in CUE_SET:
            before = opening[: match.start()]
            clause = max(before.rfind(mark) for mark in ',;:"“”')
            if any(char.isalnum() for char in before[clause + 1 :]):
                return True
    return False


def _names_no_one(speaker: _Speaker, mention: Mention | None) -> bool:
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


def _named_in(speaker: _Speaker, quoted: str) -> bool:
    """Whether a quotation names the person by a name of theirs ("Sean's situation"):
    people seldom speak of themselves so, so its he/she is someone else."""
    return speaker.kind == "person" and _names_a_word(quoted, speaker.name.split())


def _same(one: _Speaker | None, other: _Speaker | None) -> bool:
    return one is not None and other is not None and one.name == other.name


def _named_by_surname(speaker: _Speaker, quoted: str) -> bool:
    """ "… something he (Kerr) looked at …": a quotation that names a person by surname
    alone, as the speaker would speak of someone else (their full name may be rhetoric:
    "If the teenage Michael Howard were …")."""
    words = speaker.name.split()
    return (
        speaker.kind == "person"
        and len(words) > 1
        and speaker.name not in quoted
        and _names_a_word(quoted, words[-1:])
    )


def _names_a_word(quoted: str, names: list[str]) -> bool:
    """Whether `quoted` has one of `names` (three letters or more) as a capitalised word."""
    parts = [part for part in names if len(part) > 2 and part in quoted]
    if not parts:
        return False  # the cheap test first: no part of the name in the quote at all
    words = {fold(w) for w in WORD_RE.findall(quoted) if w[:1].isupper()}  # "Sean", "s"
    return any(fold(part) in words for part in parts)


def _latest_of_surname(name: str, surname: str, sex: str | None, state: _State) -> str:
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
    ending = f" {fold(surname)}"

    def named_by_now(full: str) -> bool:
        # Named in full before the quote: not "His wife Sharon", whom a bare surname
        # never means while the article calls her by her first name.
        seen = state.first_seen(full)
        return seen is not None and seen < (paragraph, offset)

    latest = _latest(
        state,
        lambda s: (
            s.kind == "person"
            and (fold(s.name).endswith(ending) or surname_first(s.name) == fold(surname))
            and (sex is None or _gender(s, state) in {None, sex})
            and (s.name == name or named_by_now(s.name))
        ),
    )
    return latest.name if latest is not None else name


#: How far either side of a quote `_latest_of_surname` reads for "the elder X".
_NEAR = 400


def _learn_gender(mention: Mention, speaker: _Speaker | None, state: _State) -> None:
    """'"…," she said' makes its person a woman, so a later "he" is someone else. Called
    once the person is final, so the record cannot land on a candidate passed over."""
    pronoun = mention.kind == "pronoun" and mention.name in {"he", "she"}
    if pronoun and speaker is not None and speaker.kind == "person":
        state.gender.setdefault(speaker.name, mention.name)


def _resolve(mention: Mention, state: _State, paragraph: int) -> _Speaker | None:
    """Turn the words at a cue into a speaker, using what came before for pronouns."""
    if mention.kind == "pronoun":
        return _resolve_pronoun(mention.name, state)
    if mention.kind == "description":
        return _resolve_description(mention, state, paragraph)
    if mention.name in {"Honour", "Honor"} and fold(mention.text).startswith(("his ", "her ")):
        # "her Honour wrote": the judge the article last titled Justice, or else Judge.
        for title in ("justice", "judge"):
            judge = state.names.titled_last(title, state.quote_at)
            if judge is not None:
                return _Speaker(state.names.fullest(judge), "person")
    if mention.name.isupper() and mention.name in state.names.expansions:
        # "the UNO said" after "Upazila Nirbahi Officer (UNO) Farzana Yasmin": an office's
        # letters, for the person it titled.
        holder = state.names.titled_last(fold(mention.name), state.quote_at)
        if holder is not None:
            return _Speaker(state.names.fullest(holder), "person")
    upper = mention.name.isupper()
    lettered = state.names.lettered(mention.name, state.quote_at) if upper else None
    if lettered is not None:
        # "the DC said" after "Md Rashedul Alam, deputy commissioner (DC) of Charnagar,":
        # the one the office was given to; else whoever the article titles so, or the
        # office unnamed (not the person named last: "Amy Patel, a detective constable
        # (DC), … Chief Inspector Ross Hale …").
        if not lettered.islower():
            return _Speaker(lettered, "person")
        office = lettered.split()  # the whole office: a deputy commissioner is no commissioner
        holding = _office_holder(office, office[-1], (lettered,), lettered, state)
        return holding or _Speaker(lettered, "description")
    name = state.names.fullest(mention.name)
    sex = TITLE_GENDER.get(mention.title or "")
    owner, _, owned = mention.name.partition(" ")
    if name == mention.name and owned and " " not in owned and POSSESSED.search(owner):
        # "Norholt's Strand said": Helena Strand, of Norholt, when the article names her.
        holder = state.names.fullest(owned)
        holder = holder if " " in holder else state.names.by_first(owned) or holder
        name = holder if " " in holder and not _org_name(holder) else name
    by_title = None
    if mention.title and name != mention.name and " " not in mention.name:
        by_title = _titled_one(mention.name, mention.title, sex, state)  # "Ms Cole"
    name = by_title or name
    if (
        by_title is None
        and sex is not None
        and name != mention.name
        and state.names.someone_else(name, sex)
    ):
        # "Mr. Kalinowski", not his sister Teresa Kalinowski (nor "Kalinowski Bakery").
        state.gender.setdefault(mention.name, sex)
        return _Speaker(mention.name, "person")
    # "Walker said", "Mr Walker said" (not "the elder Walker", told apart by its words).
    plain = by_title is None and mention.text[:1].isupper()
    bare = name == mention.name and " " not in name
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
    demonym = _demonym(name) if " " not in name else _two_word_demonym(name)
    if demonym and fold(mention.text).startswith("the "):
        # "the Dutchman", "the Australian": the person the article introduced so
        # ("Argentine David Nalbandian"), or else someone it named just before.
        introduced = state.names.title_of.get(fold(name))
        if introduced is not None:
            return _Speaker(state.names.fullest(introduced), "person")
        person = _recent_person(state)
        if person is not None:
            return person
    # "Labour and the Conservatives": several, so never a "he" or "she".
    # An abbreviation the article spells out ("CES") names a body or an event, not a person.
    if plural_letters(name) and fold(mention.text).startswith("the "):
        # "The MPs said" after "the Constitutional Affairs Select Committee …": its members
        # speak for the committee, panel or commission just named.
        body_named = _latest(
            state, lambda s: s.kind == "org" and fold(s.name.split()[-1]) in _BODY_HEADS
        )
        if body_named is not None:
            return body_named
    body = name in state.names.spelled_out or name in state.names.bodies
    # "the Waterschap Zeeuwse Delta describes": no one's name follows a bare "the".
    body = body or _the_before_name(mention)
    kind = "org" if _org_name(name) or " and " in name or body else "person"
    if sex is not None:
        state.gender.setdefault(name, sex)
    speaker = _Speaker(name, kind)
    if mention.text != mention.name:
        words = map(fold, mention.text.split()[1:])
        document = next((w for w in words if w in WRITINGS), None)
        if document is not None:
            state.issued[document] = speaker  # "A National Audit Office report … says"
    return speaker


def _one_of_several_first(word: str, state: _State) -> str | None:
    """A name several people the article names in full open with (a family name written
    first, "Kishimoto Ryoichi" and his father "Kishimoto Tadao"): the one last spoken of,
    not the company of that name ("Kishimoto Seiki Co."), which it stays with neither
    spoken of lately ('"…," Suzuki said in a statement' after Suzuki Motor Corp.)."""
    company = state.names.company_of(word) or ""  # and its short forms: "Kishimoto Seiki"
    people = {
        name
        for name in state.names.named_first(word)
        if not _org_name(name) and not company.startswith(name)
    }
    if len(people) < 2:
        return None
    spoken = _latest(state, lambda speaker: speaker.name in people)
    return spoken.name if spoken is not None else None


def _titled_one(surname: str, title: str, sex: str | None, state: _State) -> str | None:
    """Of people sharing a surname, the one a title means: for "Mr" or "Ms", the one the
    pronouns show to be of its sex ("Ms Cole": Fiona Cole, not her brother Brendan),
    else the one the order and the titles tell (`_titled_so_far`)."""
    found = state.names.titled(surname, sex) if sex is not None else None
    return found or _titled_so_far(surname, title, sex, state)


def _titled_so_far(surname: str, title: str, sex: str | None, state: _State) -> str | None:
    """Of people sharing a surname whose genders the article's pronouns do not tell, the
    one a title means: the only one named before the quote ("Ms Rotich" after Faith
    Rotich, though Dennis Rotich comes later), or the only one of those who fits it:
    not already titled or shown as of the other sex ("Mr Rotich" once "Ms Rotich" was
    Faith), nor named in full with another title only ("Dr. Nnaji" is not Chief
    Emmanuel Nnaji), and of those the only one named with that very title, if any."""
    people = state.names.few_surnamed(fold(surname))
    if len(people) < 2:
        return None
    at = (state.quote_at[0] + 1, state.quote_at[1])  # as `first_seen` counts paragraphs
    named = [
        person
        for person, runs in people.items()
        if any((seen := state.first_seen(run)) is not None and seen < at for run in runs)
    ]
    if sex is not None:
        fits = [person for person in named if state.gender.get(person, sex) == sex]
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


#: A description opened by an article: "the Ealing North MP" is a role, not a name.
_DESCRIBED = re.compile(r"(?:the|a|an)\b", re.IGNORECASE)


#: A statement brought up as someone's: "In a statement, X said", "in an emailed statement".
_A_STATEMENT = re.compile(
    r"\b[Ii]n[ \u00a0]+(?:a|an|its|his|her|their)[ \u00a0]+(?:\w+[ \u00a0]+)?statement\b"
)


def _resolve_description(mention: Mention, state: _State, paragraph: int) -> _Speaker:
    """Who "the foreign secretary", "the company", "the Sale full-back" or "a spokesman"
    is: a person or body the article named, or an unnamed source of its own."""
    words = mention.name.split()
    if mention.text == mention.name and len(words) == 1 and fold(words[0]) in GIVEN_NAME_TITLES:
        # '"…," Dean said' after "Dean Horvath": the first name of someone named in full.
        given = state.names.by_first(words[0])
        if given is not None and " " in given:
            return _Speaker(state.names.fullest(given), "person")
    # "… Rhodri Evans MS.": letters after a name, a stop read as Ms.'s aside.
    member = ends_in_member_letters(mention.name) and len(words) > 2
    member = member and not _DESCRIBED.match(mention.text)
    named = " ".join(words[:-1])
    personal = fold(words[0]) not in TITLES and fold(words[0]) not in _NOT_SUBJECT
    capitalised = all(w[:1].isupper() or w in PARTICLES for w in words[:-1])  # "ap", "van"
    if member and personal and capitalised and _known_person(named, state):
        # "Paul Boateng MP": letters after a name; not "the Ealing North MP" (a role),
        # "Former Labour MP" or "Labour Party MP".
        return _resolve(Mention(mention.text, named, "name"), state, paragraph) or _Speaker(
            named, "person"
        )
    head = _head_of(words)
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
            return _Speaker(state.names.fullest(holder), "person")
    if not offices and definite and len(words) == 1 and state.names.names_an_office(words[0]):
        # "the Bishop said" after "The Bishop of Durham, the Rt Rev Dr Tom Wright": the
        # one holder of an office that is so called.
        held = state.names.holders_by_title.get(fold(words[0]), set())
        if len(held) == 1:
            return _Speaker(state.names.fullest(next(iter(held))), "person")
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
    if titled is None and synonymous and (initials or _written_once(words[-1], paragraph, state)):
        # "the CEO" after "chief executive Omar Al-Hashimi": another word for the office,
        # when the words as written find no one and the article has not used them for
        # anyone else ("The bank's CEO, Jane Roe, …").
        keys = tuple(_TITLE_SYNONYMS[k] for k in (qualified, head) if k in _TITLE_SYNONYMS)
        synonym = _TITLE_SYNONYMS.get(role, "") if definite else ""
        titled = _office_holder(words, head, keys, synonym, state)
    if titled is not None:
        return titled
    if len(words) == 1 and head in KIN and first in _KIN_OWNERS:
        # "her daughter said" after "… by her daughter, Margaret Brantley-Osei".
        relative = _relative_of(first, head, state)
        if relative is not None:
            return _Speaker(relative, "person")
    core = [w for w in words if fold(w) not in HONORIFICS]
    if len(core) == 1 and core[0][:1].isupper():
        # "says Doctor", "said Campese", "Mr Irish": a surname that reads like a title
        # or a people, when the article names someone in full with it ("Ken Doctor").
        named = state.names.fullest(core[0])
        if named != core[0] and not _org_name(named):
            return _Speaker(named, "person")
    # A plural ("the ministers"), but not "the boss", "the actress", "the witness".
    is_group = head in _GROUP_WORDS or (head.endswith("s") and not head.endswith("ss"))
    if definite and len(words) == 1 and head == "statement" and state.recent:
        # '… a spokesperson denied it. The statement added: "…"': the same source; and
        # "In a statement, Corran Living said … '…,' the statement said": its maker's.
        number, speaker = state.recent[-1]
        read = state.statement_in.get(number)
        if read is None:  # read once per paragraph: many quotes may ask of it
            text = state.texts.get(number, "")
            found = _A_STATEMENT.search(text) is not None
            read = state.statement_in[number] = (found, "statement" in text)
        brought_up, spoken_of = read
        if number == paragraph and (speaker.kind == "org" or _role(speaker) or brought_up):
            return speaker
        # "In a statement, the ministry said …" just before; or "In a written response,
        # the ministry said …", a body's statement, when no statement was spoken of.
        if number == paragraph - 1 and (brought_up or speaker.kind == "org"):
            unspoken = not spoken_of and (
                state.texts.get(paragraph, "").find("statement", 0, state.quote_at[1]) < 0
            )
            if brought_up or unspoken:
                return speaker
    if definite and len(words) == 1 and head == "statement" and "statement" in state.issued:
        return state.issued["statement"]  # "Tarn Mining issued a statement. … the statement"
    if definite and len(words) == 1 and head in OUTLET_NOUNS:
        # "the magazine" after "US magazine Mobile PC", "the paper" after "the Financial
        # Times": the publication the article named.
        outlet = state.names.outlet_called.get(head)
        if outlet is not None:
            return _Speaker(outlet, "org")
    if definite and len(words) == 1 and head in _ISSUED_NOUNS:
        # "the report says": whoever issued the report the article named.
        issuer = state.issued.get(head) or _issuer_named(head, paragraph, state)
        if issuer is not None:
            return issuer
    if len(words) == 1 and head in _ISSUED_NOUNS:
        # "his report said" after "Mr Kok said …": the report is his.
        owner = _owner_of(first, state)
        if owner is not None:
            return owner
    if definite and len(words) == 1:
        # "the alliance" after "The Making Decisions Alliance … said": the body whose
        # name ends so, whatever kind of body the word is.
        body = _body_ending(head, state)
        if body is not None:
            return body
    if definite and len(words) <= 2 and (head in _ORG_HEADS or head in _BODY_HEADS):
        body = _organisation_meant(head, len(words) > 1, state)
        if body is not None:
            return body
    if len(words) == 1 and (head in _ROLES or head == "family"):
        owner = _owner_of(first, state)
        if owner is not None:
            # "her spokesman" after "Kim Clijsters has denied …": Kim Clijsters' spokesman;
            # "his family": Henrik Maas's family, who speak together.
            kind = "org" if head == "family" else "description"
            return _Speaker(f"{possessive(owner.name)} {mention.name}", kind)
    # "the political reform group's general secretary": the role after its owner.
    owned = owned_words(words[:-1])
    if definite and not is_group and len(words) - owned <= 4:
        own = [w for w in words[:-1] if w[:1].isupper()]
        alike = []
        for _, speaker in reversed(state.recent[-8:]):
            earlier = speaker.name.split()
            same = not own or all(w in earlier for w in own)
            if speaker.kind == "description" and _head_of(earlier) == head and same:
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
            unnamed = _latest(state, _unnamed_person, 4)
            if unnamed is not None:
                return unnamed
        if head in _ROLES or (head in _UNNAMED_OFFICES and len(words) > 2):
            # "the spokesman", "the official", "the district police commander" (no one
            # titled so; "the sergeant" may be "Sgt Paul Reed"): an unnamed source.
            return _Speaker(_in_full(mention.name, state), "description")
        # "the victim's mother", "the boy's father": someone's relative, the one named
        # so ("Kowalski's mother, Denise Kowalski"), or else described by whose; not an
        # epithet for the person last spoken of.
        kin_of_someone = owned > 0 and head in KIN and words[0][:1].islower()
        relative = state.names.kin_last(head, state.quote_at) if kin_of_someone else None
        if relative is not None:
            return _Speaker(relative, "person")
        if (
            (_person_noun(head) or _demonym(head))
            and head not in _BENCH
            and not indefinite
            and not kin_of_someone
        ):
            # "the lanky professor", "the Salford MP", "the Dutchman": someone named (but
            # "the magistrate" after "appeared before a magistrate" is not the accused,
            # and "one leading Karachi broker" is someone new).
            person = _recent_person(state)
            if person is None and _epithet(head) and head not in TITLES:
                # "Norwich have signed Graham Stuart. … the 34-year-old told": no one has
                # spoken or acted yet; the article's first person is whom it is about (one
                # its pronouns show to be a person: not "Double Olympic champion …").
                person = _first_person_shown(state)
            if person is not None:
                return person
    return _Speaker(_in_full(mention.name, state), "org" if is_group else "description")


#: Words before a relative's word that make it someone's relative named before: "her
#: daughter", "the widow" (not "a daughter").
_KIN_OWNERS = frozenset({"his", "her", "their", "the"})
_KIN_OWNERS_CAPITALISED = frozenset(w.capitalize() for w in _KIN_OWNERS - {"the"})


def _head_of(words: list[str]) -> str:
    """A description's head noun, folded: its last word, or the one before "of" ("the
    restoration of the older episodes"; but "Ministry of Lands spokeswoman" is headed by
    its role) or before "close to" ("a source close to the talks"), "familiar with" or
    "briefed on"."""
    head = fold(words[-1])
    for near, link in (("close", "to"), ("familiar", "with"), ("briefed", "on")):
        at = words.index(near, 1) if near in words[1:-1] else 0
        if at and words[at + 1] == link:
            return fold(words[at - 1])
    if "of" in words[1:] and head not in _ROLES:
        return fold(words[words.index("of", 1) - 1])
    return head


def _relative_of(owner: str, kin: str, state: _State) -> str | None:
    """Whom "her husband" (`owner` "her", `kin` "husband") means: the one the article
    named so, and, for a spouse it named as someone's, that someone's if "her" is them."""
    pronoun = _POSSESSIVE_PRONOUNS.get(owner)
    whose = _resolve_pronoun(pronoun, state) if pronoun in {"he", "she"} else None
    return state.names.kin_last(kin, state.quote_at, whose.name if whose else None)


def _written_once(word: str, paragraph: int, state: _State) -> bool:
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
    words: list[str], head: str, keys: tuple[str, ...], role: str, state: _State
) -> _Speaker | None:
    """The person the article titled with one of `keys` ("the foreign secretary" ->
    Foreign Secretary …), else gave the lower-case `role` ("economy minister Heizo …")."""
    for key in keys:
        if len(words) <= 3 and key in state.names.title_of:
            # "the coach" after two coaches: the one named last before the quote.
            titled = state.names.titled_last(key, state.quote_at) or state.names.title_of[key]
            if key == head and len(words) > 1 and state.names.titled_otherwise(words[-2], titled):
                continue  # "the attorney general" is not "Solicitor General Harriet Harman"
            # "the French president": the person the article titled so.
            return _Speaker(state.names.fullest(titled), "person")
    if role and state.names.has_role(role):
        # "the economy minister": "… said economy minister Heizo Takenaka"; of two
        # coaches, the one named last before the quote.
        named = state.names.role_last(role, state.quote_at) or state.names.role_of[role]
        return _Speaker(state.names.fullest(named), "person")
    return None


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
_TITLE_SYNONYMS = {
    "judge": "justice",
    **{short: long for short, long in _TITLE_ABBREVIATIONS},
    **{long: short for short, long in _TITLE_ABBREVIATIONS},
}


#: Offices the article may name with their portfolio after "of" or "for" ("Minister of
#: Finance") and a reporter before it ("the finance minister").
_PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "commissioner"})


def _in_full(description: str, state: _State) -> str:
    """A description in the names the article uses in full ("the BPI spokesman",
    "Mr Blair's official spokesman", "the rapper's spokesman")."""
    return _owner_in_full(_abbreviations_in_full(_person_owner(description, state), state), state)


def _person_owner(description: str, state: _State) -> str:
    """ "rapper's spokesman" as "Snoop Dogg's spokesman": an owner described by an
    epithet ("the rapper's", "the singer's") is the person the article is on about."""
    words = description.split()
    if len(words) < 2 or owned_words(words) != 1 or not words[0].islower():
        return description
    owner = fold(unpossessed(words[0]))
    if not _epithet(owner) or owner in _ROLES:
        return description
    # The latest one the article's pronouns show to be a person (not "Los Angeles"), else
    # the first the article names, when they show that one to be.
    person = _latest(
        state, lambda s: s.kind == "person" and " " in s.name and bool(_gender(s, state)), 6
    ) or _first_person_shown(state)
    if person is None:
        return description
    return " ".join([possessive(person.name), *words[1:]])


def _abbreviations_in_full(description: str, state: _State) -> str:
    """ "BPI spokesman" as "British Phonographic Industry spokesman", when the article
    spells the abbreviation out: a description reads best in the names the article uses."""
    words = description.split()
    for index, word in enumerate(words):
        core = unpossessed(word) if POSSESSED.search(word) else word
        if len(core) < 2 or not ((core.isalpha() and core.isupper()) or abbreviation_letters(core)):
            continue  # "BPI", "M&S", "DrKW"
        full = state.names.fullest(core)
        if " " in full and core not in full.split():  # not "Paul Boateng MP" for "MP"
            words[index] = full + word[len(core) :]
    return " ".join(words)


def _owner_in_full(description: str, state: _State) -> str:
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
    if " " not in full or _org_name(full) or full in state.names.spelled_out:
        return description
    ending = words[owned - 1][len(unpossessed(words[owned - 1])) :]
    return " ".join([full + ending, *words[owned:]])


def _recent_person(state: _State) -> _Speaker | None:
    """The person among the last six remembered: whom a description with no title of
    its own ("the Dutchman", "the lanky professor") most likely means."""
    return _latest(state, lambda s: s.kind == "person", 6)


def _latest(state: _State, test: Callable[[_Speaker], bool], window: int = 8) -> _Speaker | None:
    """The latest of the last `window` remembered speakers that passes `test`."""
    return next((s for _, s in reversed(state.recent[-window:]) if test(s)), None)


def _owner_of(determiner: str, state: _State) -> _Speaker | None:
    """Whom "his" or "her" before a role means: the latest person known to be of that
    gender (a guess on someone of unknown gender would name the wrong owner outright)."""
    pronoun = _POSSESSIVE_PRONOUNS.get(determiner)
    if pronoun is None:
        return None
    return _latest(state, lambda s: s.kind == "person" and _gender(s, state) == pronoun)


_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}


def _issuer_named(noun: str, paragraph: int, state: _State) -> _Speaker | None:
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
            return _Speaker(full, "person" if _known_person(full, state) else "org")
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
        name = named if named.endswith(_BODY_ENDINGS) else _run_name(named)
        if POSSESSED.search(name):
            name = unpossessed(name)  # "The OECD's annual survey"
        if name and fold(name.split()[0]) not in _NOT_AN_OPENER:
            return name, True
    return None, brought_up.search(text) is not None


_ISSUED_NOUNS = word_set("report study survey")
#: A subject's verb of putting a document out: "issued a statement", "has issued a report".
#: "in Rosa's words," right before a quotation: whose words they are.
_IN_WORDS = re.compile(
    rf"\b[Ii]n[ \u00a0]+((?:[{CAPITALS}][\w'’.\-]*[ \u00a0]+){{0,3}}[{CAPITALS}][\w\-]*)['’]s?"
    r"[ \u00a0]+(?:own[ \u00a0]+)?words,?[ \u00a0]*$"
)
#: A document and who wrote it: "a statement written by Miss Sandhu".
_WRITTEN_BY = re.compile(
    r"\b(statement|report|letter)[ \u00a0]+(?:(?:written|issued|signed|sent|released)[ \u00a0]+by"
    r"|from|on[ \u00a0]+behalf[ \u00a0]+of)"
    rf"[ \u00a0]+((?:[{CAPITALS}][\w'’.\-]*[ \u00a0]+){{0,3}}"
    rf"[{CAPITALS}](?:[\w\-]|['’](?=\w)(?!s\b))*)"
    r"((?:['’]s|(?<=s)['’])[ \u00a0]+family)?"  # "O'Neill", "O'Neill's family", "Burns' family"
)
#: After a question's cue, whom it was put to: '"Do you miss it?" Whitlock asked her.'
_ASKED_SOMEONE = re.compile(r"[^.!?]{0,40}\basked[ \u00a0]+(her|him)\b")
#: A document just read out or issued, whose words an "it said" may give.
_READ_DOCUMENT = re.compile(
    r"\b(?:read|issued|released)[ \u00a0]+(?:a|an|the)[ \u00a0]+(statement|letter)\b"
)
_ISSUED_A = re.compile(
    r"\bissued[ \u00a0]+(?:a|an)[ \u00a0]+(?:\w+[ \u00a0]+)?(statement|report)\b"
)
#: Lower-case words that end the name of a body issuing a report, written in lower case
#: ("the Commons work and pensions committee"). Not `_BODY_HEADS`, which says what "the
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
            re.compile(
                rf"\b{noun}[ \u00a0]+(?:{done}[ \u00a0]+)?(?:by|from)[ \u00a0]+"
                rf"(?:the[ \u00a0]+)?{by}"
                rf"|{of}(?:[ \u00a0]+[a-z\-]+){{0,2}}[ \u00a0]+{noun}\b"
                # "Oxfam says in a report": who said so issued it.
                rf"|{of.replace('P<of>', 'P<in>')}[ \u00a0]+{said}[ \u00a0]+in[ \u00a0]+"
                rf"(?:a|an|its|their|a[ \u00a0]+new)[ \u00a0]+{noun}\b"
            ),
            re.compile(rf"\b(?:a|an|its|new|latest)[ \u00a0]+(?:[\w\-]+[ \u00a0]+)?{noun}\b"),
        )
        for noun in _ISSUED_NOUNS
    }


def _body_ending(head: str, state: _State) -> _Speaker | None:
    """The organisation last named whose name ends with `head` ("the exchange": the
    London Stock Exchange); else the one name the article gives that ends so, though
    it spoke before under no name ("the airport says" after "flights at Castlebridge
    International Airport")."""
    found = _latest(state, lambda s: s.kind == "org" and _headed_by(s.name, head))
    if found is not None or head in TITLES or head in _NOT_A_BODY or head in WRITINGS:
        return found  # "the letter" is no "An Open Letter"
    if _person_noun(head):
        return None
    # The body named with the word before its "of" ("the institute": the Skagvik
    # Institute of Marine Research) only for a word no company goes by and when no body
    # spoke lately: "the bank" after "Barclays said" is Barclays, not the Bank of England.
    spoke = any(s.kind == "org" and s.name[:1].isupper() for _, s in state.recent[-8:])
    named = state.names.headed_by(head, by_link=head not in _ORG_HEADS and not spoke)
    if named is None or not (_org_name(named) or head in _INSTITUTIONS):
        return None  # several, or a name for no body ("the fire": "Kettle Ridge Fire")
    return _Speaker(named, "org")


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


def _organisation_meant(head: str, qualified: bool, state: _State) -> _Speaker | None:
    """ "the organisation", "the company": the organisation last named whose name ends so
    ("the exchange": the London Stock Exchange), else (for a company word, not "the aid
    agency") the last one named, or a lone name with no he/she ("Tesco reported …")."""
    ending = _body_ending(head, state)
    if ending is not None:
        return ending
    if head not in _ORG_HEADS and qualified:
        return None
    for _, speaker in reversed(state.recent[-8:]):
        if _role(speaker) and speaker.name[:1].isupper():
            # "A spokesman for Reporters Without Borders said …. '…,' the organisation
            # said": the body the spokesman spoke for.
            words = speaker.name.split()
            named = next((i for i, w in enumerate(words) if not in_name(w)), len(words))
            body = " ".join(words[:named])  # "Manchester United chief executive": the club
            if " " in body and not POSSESSED.search(body):  # not "Tony Blair's spokesman"
                return _Speaker(body, "org")
        lone = speaker.kind == "person" and " " not in speaker.name
        if speaker.name in COUNTRY_CODES or _gender(speaker, state):
            continue
        if speaker.name.endswith(" family"):
            continue  # a family speaks together, but is no organisation
        people = plural_letters(speaker.name)
        if (speaker.kind == "org" or lone) and speaker.name[:1].isupper() and not people:
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
            return _Speaker(company, "org")
    return None


#: Bodies whose names say what they are ("Zwaanswijk City Council", "Ministry of
#: Health"): "the council" is none of the other bodies that spoke.
_KINDS_IN_THEIR_NAMES = word_set("council ministry department committee commission")
#: The heads "the company" goes by, and how a paragraph that is a sentence ends (a plain
#: text's headline has no full stop).
_COMPANY_HEADS = word_set("company firm")
_ENDS = tuple('.!?"”’')
#: Words that bring in someone new: "a police officer", "one official", "another aide".
_INDEFINITE = word_set("a an one another")


#: Nouns for a person, besides titles and agent nouns, that the article uses for someone
#: it named; and agent-looking nouns that name things.
_PERSON_NOUNS = word_set(
    "champion youngster runner-up newcomer favourite international star "
    "full-back fullback half-back fly-half scrum-half forward prop seed counterpart colleague "
    "team-mate teammate compatriot rival rookie sophomore freshman fresher debutant "
    "debutante"
)
_THING_NOUNS = word_set(
    "paper newspaper letter poster flyer computer order chapter number answer matter water "
    "power border corner danger manner river summer winter weather shelter cancer character "
    "container factor sector offer cover banner register error door floor mirror motor "
    "interior exterior labour labor favour favor honour honor colour color terror horror "
    "restaurant plant grant event content extent percent talent incident accident "
    "component intent consent"
)


def _describes_someone(mention: Mention) -> bool:
    """ "the Sale full-back", "the 36-year-old": a person described, not named."""
    if mention.kind != "description" or fold(mention.text.split()[0]) != "the":
        return False
    head = fold(mention.name.split()[-1])
    # Titles ("the prime minister") name whoever the article titled so.
    return head not in _ROLES and head not in TITLES and _person_noun(head)


def _demonym(word: str) -> bool:
    """One person by where they are from: "Dutchman", "Frenchwoman", "Australian", "Swede"
    (listed: "the Guardian" and "the Times" are papers, whatever their endings)."""
    folded = fold(word)
    return folded in DEMONYMS or folded in _NATIONALS


def _two_word_demonym(name: str) -> bool:
    """One person by a place of two words: "South African", "Sri Lankan", "New Zealander"
    (not "the New Yorker", "the Southern Water": a magazine, a company)."""
    first, _, second = name.partition(" ")
    if fold(name) in _TWO_WORD_DEMONYMS or _demonym(name.replace(" ", "-")):
        return True  # "South African", listed as "south-african"
    return (
        fold(first) in _DEMONYM_FIRST_WORDS
        and " " not in second
        and (_demonym(second) or second.endswith(("an", "ese")))  # "South Sudanese"
    )


_DEMONYM_FIRST_WORDS = word_set("south north east west northern southern sri saudi")
_TWO_WORD_DEMONYMS = frozenset({"new zealander", "sri lankan", "papua new guinean"})
_NATIONALS = word_set("""
    dutchman frenchman englishman irishman welshman scotsman dutchwoman frenchwoman
    englishwoman irishwoman welshwoman scotswoman scot swede dane finn pole kiwi aussie
    spaniard briton brit turk icelander new-zealander filipina
    """)


def _person_noun(head: str) -> bool:
    """A noun for someone the article named ("the engineer", "the 36-year-old"), not a
    document, a thing or an abstraction ("the report", "the trouble")."""
    if head in TITLES or head in _PERSON_NOUNS or head.endswith("-old"):
        return True
    if head.startswith("ex-"):
        return True  # "the ex-Wallaby"
    if head in _THING_NOUNS or head in _ORG_HEADS or head.endswith("ment"):
        return False
    return head.endswith(_AGENT_ENDINGS)


#: Endings of nouns for people: engineer, director, scientist, musician, Dutchman,
#: assistant, student ("-ment" nouns are things).
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent")
#: More nouns for one unnamed person, whom a later "he" or "she" means: "One juror, who
#: declined to give her name, said …. '…,' she said."
_SOMEONE_DESCRIBED = word_set(
    "juror publican fisher fisherman farmer counsellor counselor nurse doctor teacher "
    "driver shopkeeper worker miner volunteer student parent mother father man woman "
    "person boy girl broker trader dealer banker investor economist"
)
#: Nouns naming one unnamed person by role: "the spokesman" can be "he" later.
_ROLES = word_set(
    "spokesman spokeswoman spokesperson official officer source aide adviser advisor "
    "witness resident soldier analyst lawyer diplomat executive insider neighbour neighbor pal"
)


def _role(speaker: _Speaker) -> bool:
    """An unnamed person described by what they are: "a spokesman", "one local publican"."""
    if speaker.kind != "description":
        return False
    head = fold(speaker.name.split()[-1])
    # Or an office no one named holds: "the district police commander, who declined to
    # be named, said".
    if head in _ROLES or head in _SOMEONE_DESCRIBED or head in _UNNAMED_OFFICES:
        return True
    if head.endswith(("man", "woman", "person")) and len(head) > 6:
        return head not in _NOT_MEN  # "a crewman", "one fisherwoman", "a salesperson"
    return head.endswith("teacher") or head in _UNNAMED_PEOPLE


#: Words ending as a person noun does that name no person.
_NOT_MEN = word_set("talisman ottoman")


def _unnamed_person(speaker: _Speaker) -> bool:
    """Someone described, not named: "an insider", "a pal of the striker", "a friend"."""
    if speaker.kind != "description":
        return False
    head = _head_of(speaker.name.split())
    return _someone(head) or head == "friend"


#: More people a source may be, unnamed, whom a later he or she means: "One evacuee, a
#: retired schoolteacher, said …. '…,' she said."
_UNNAMED_PEOPLE = word_set(
    "evacuee survivor victim passenger patient customer shopper commuter motorist "
    "pensioner retiree villager bystander onlooker eyewitness midwife paramedic mechanic "
    "vendor stallholder grazier builder cleaner carer caregiver deckhand"
)  # (besides `_SOMEONE_DESCRIBED` and `_ROLES`: nurse, doctor, farmer, neighbour …)
#: Offices whose holders the article may leave unnamed, and so a later he or she.
_UNNAMED_OFFICES = word_set("commander inspector superintendent sergeant")


def _resolve_pronoun(
    pronoun: str, state: _State, other_than: _Speaker | None = None
) -> _Speaker | None:
    """The most recent speaker a pronoun can refer to (he/she: a person of that gender,
    or an unnamed one described by role), `other_than` left out."""
    if pronoun == "one":
        return _one_of(state)
    for _, speaker in reversed(state.recent):
        if other_than is not None and speaker.name == other_than.name:
            continue
        if pronoun in {"he", "she"}:
            if _role(speaker):
                head = fold(speaker.name.split()[-1])
                sex = _noun_sex(head) or state.gender.get(speaker.name)
                if sex is not None and sex != pronoun:
                    continue
                return speaker
            gender = _gender(speaker, state)
            if speaker.kind != "person" or (gender and gender != pronoun):
                continue
            return speaker
        if pronoun == "it":
            # An organisation or a thing described ("the radio station"); a name
            # without a known gender may be an organisation ("BC Hydro").
            if speaker.kind == "org" or (
                not _role(speaker) if speaker.kind == "description" else not _gender(speaker, state)
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
        gender = _gender(first, state) if first else None
        if first and gender == pronoun:
            return first  # the article's subject, shown to be one
        # Else the last such person the text just titled ("U Tun Aye"), if any.
        named = state.names.last_titled_as(pronoun, state.quote_at)
        if named is not None and (other_than is None or named != other_than.name):
            return _Speaker(named, "person")
        if first and gender is None:
            return first
    return None


def _one_of(state: _State) -> _Speaker | None:
    """Whom "says one" means: one of the people last spoken of as a group ("Bankers
    would rather not be blamed", "Two Senate aides said"), described in the singular."""
    paragraph = state.quote_at[0] + 1
    for number, speaker in reversed(state.recent[-3:]):
        words = speaker.name.split()
        head = fold(words[-1])
        if number < paragraph - 1:
            break  # a group spoken of in this paragraph or the one before
        if speaker.kind == "person" or len(words) > 4 or not head.endswith("s"):
            continue
        single = _one_person(head)
        if single is None:
            continue
        kept = [w for w in words[:-1] if fold(w) not in _HOW_MANY]
        return _Speaker(" ".join([*kept, single]), "description")
    return None


def _one_person(plural: str) -> str | None:
    """The singular of a plural for people ("bankers" -> "banker", "deputies" ->
    "deputy"), or None for a plural of things."""
    single = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    if _person_noun(single) or single in _ROLES or single in _GROUP_PEOPLE:
        return single
    return None


#: Words for how many people a group holds: "Two Senate aides" is one Senate aide.
_HOW_MANY = word_set(
    "two three four five six seven eight nine ten several some many most few other "
    "the these those their our"
)


@functools.lru_cache(maxsize=1024)
def _org_name(name: str) -> bool:
    """An organisation, or a country speaking as one ("the Netherlands has said"). Cached:
    an article asks of its names again and again."""
    words = [fold(w) for w in name.split()]
    if len(words) == 1 and words[0] in PLACES:
        return True
    if name[-1:] == "s" and plural_letters(name.rsplit(None, 1)[-1]):
        return True  # "Labour MPs" (the cheap test first: this is asked very often)
    if len(words) == 2 and surname_first(name) is not None:
        return False  # "Park Ji-hoon", "Court Min-jae": a family name first, not Hyde Park
    return not ORG_WORDS.isdisjoint(words) or (name.isupper() and len(name) > 1)


def _first_person(state: _State) -> _Speaker | None:
    """The article's first multi-word person name: the likely subject of an opening "he".
    Not a name that only qualifies a role before the real one: "Double Olympic" in "Double
    Olympic champion Kelly Holmes", "Harry Potter" in "Harry Potter director Alfonso"."""
    names = state.names
    for name, role in names.people:
        if name in names.placed and names.gender(name) is None:
            continue  # "Life in Buenos Aires is hard for Marta Gómez. She …": not the city
        if not (role and _epithet(role)):
            # In full: "Delroy 'Bigga' McKenzie" was read as "Bigga McKenzie".
            return _Speaker(names.fullest(name), "person")
    return None


def _first_person_shown(state: _State) -> _Speaker | None:
    """`_first_person`, when the article's pronouns show it to be a person of one gender
    (not "Double Olympic champion …" nor a place)."""
    first = _first_person(state)
    return first if first is not None and _gender(first, state) else None


# --------------------------------------------------------------------------- classification

_TITLE_SMALL = word_set("a an the of and or in on at to for with by from is are but nor")


def _title_case(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’\-]*", text)
    if not words or len(words) > 8:
        return False
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words) and len(words) > 1


def _ends_clause(text: str) -> bool:
    """The reporter's text before a quote ends a sentence or introduces speech."""
    stripped = text.rstrip()
    if not stripped or stripped in {"-", "*", "+", "•"}:
        return True  # nothing, or only a list item's marker: '- "…," said Bo Chen.'
    return stripped[-1] in ".!?:…"


# --------------------------------------------------------------------------- engine


def extract_quotes(article: Article) -> list[Quote]:
    """Every quotation in the body, in article order, with kind and speaker."""
    marked = [has_mark(p.text) for p in article.paragraphs]
    if not any(marked):
        return []
    # The rules read words between spaces and no-break spaces; a tab or a thin space is
    # read as a space, character for character, so that every offset still holds.
    texts = [_plain_spaces(p.text) for p in article.paragraphs]
    # Paragraphs after the last quotation mark can neither hold a quote nor name a
    # later quote's speaker: they are not read.
    last = max(i for i, has in enumerate(marked) if has)
    read = article.paragraphs[: last + 1]
    spans = [scan_paragraph(texts[i]) if has else [] for i, has in enumerate(marked[: last + 1])]
    # Nor is anything after the last quotation: once it is attributed, what the text
    # goes on to name can change no speaker.
    final = max((i for i, found in enumerate(spans) if found), default=-1)
    if final < 0:
        return []
    names = Names(texts)
    state = _State(names, paragraphs=[(p.number, texts[i]) for i, p in enumerate(read)])
    quotes: list[Quote] = []
    links: list[_Link] = []
    for index in range(final + 1):
        paragraph = read[index]
        original = paragraph.text
        for quote, link in _paragraph_quotes(
            paragraph.number, texts[index], spans[index], state, read_on=index < final
        ):
            if texts[index] is not original:
                quote = replace(quote, text=original[quote.start : quote.end])
            quotes.append(quote)
            links.append(link)
    return _attribute_runs(quotes, links)


#: Spaces other than the space, the no-break space and the line break ("\t", "\u2009").
_ODD_SPACE = re.compile(
    "[\t\x0b\x0c\r\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def _plain_spaces(text: str) -> str:
    """`text` with every odd space a plain one, right-hand quotation marks that open read
    as opening ones (`standard_marks`), and a form of address in brackets after another
    ("Dr (Mrs) Funmilayo Bello") read without them: the same object when it has none of
    these, and always as long, so that every offset holds."""
    if "(" in text and _BRACKETED_ADDRESS.search(text):  # the cheap test first
        text = _BRACKETED_ADDRESS.sub(r" \1 ", text)
    if text.isascii() and text.isprintable():
        return text  # the usual case, told apart at C speed: no tab, no control character
    text = standard_marks(text)
    return _ODD_SPACE.sub(" ", text) if _ODD_SPACE.search(text) else text


#: "Dr (Mrs)", "Prof (Mrs)", "Chief (Mrs)": a woman's form of address after a title.
_BRACKETED_ADDRESS = re.compile(rf"\((?<=[a-z.] \()(Mrs|Ms|Miss|Mr)\)(?= [{CAPITALS}])")


@dataclass(frozen=True)
class _Link:
    """How a quote joins its neighbours across a paragraph break, and whether a cue named it."""

    opens_paragraph: bool  # nothing but space before its opening mark
    runs_on: bool  # unclosed and last in its paragraph: the quote goes on below
    runs_into_next: bool  # unclosed, the next quote opening right after it: one run
    cued: bool  # its speaker came from a cue of its own, not from the context


def _attribute_runs(quotes: list[Quote], links: list[_Link]) -> list[Quote]:
    """One speaker for a quotation that runs over several paragraphs.

    News style repeats the opening mark on each paragraph of a long quotation and
    closes it only on the last, where the attribution often stands. Every piece of
    such a run takes the speaker of the nearest piece with a cue of its own, the
    previous one first (the speaker named at the start goes on speaking), else the next.
    Where paragraphs were run together ('"… a few months ago. "Now bring it on!" said
    Lomu'), the pieces stand in one paragraph, each but the last left unclosed.
    """
    runs: list[list[int]] = []
    for index, link in enumerate(links):
        previous = index - 1
        if (
            runs
            and previous >= 0
            and links[previous].runs_on
            and link.opens_paragraph
            and quotes[previous].paragraph == quotes[index].paragraph - 1
        ) or (runs and previous >= 0 and links[previous].runs_into_next):
            runs[-1].append(index)
        else:
            runs.append([index])
    out = list(quotes)
    for run in runs:
        cued = [i for i in run if links[i].cued and quotes[i].kind != "scare"]
        if len(run) < 2 or not cued:
            continue
        source = cued[0]  # before the first cued piece: the next one, the first
        for i in run:
            if links[i].cued and quotes[i].kind != "scare":
                source = i  # the nearest cued piece before, from here on
                continue
            if quotes[i].kind == "scare":
                continue
            given = quotes[source]
            out[i] = replace(quotes[i], speaker=given.speaker, mention=given.mention, cue=given.cue)
    return out


def _paragraph_quotes(
    number: int, text: str, spans: list[Span], state: _State, read_on: bool
) -> list[tuple[Quote, _Link]]:
    """The paragraph's quotations, attributed; what its text names goes into `state`
    for the quotes after them, and, if `read_on` (a quote follows in a later
    paragraph), so does what it names after its last quotation."""
    cues = Cues(text)
    ends = cues.ends
    heading = _is_heading(text)
    out: list[tuple[Quote, _Link]] = []
    cursor = 0  # end of the previous quote (its closing mark)
    previous_open_at = 0
    previous_left_begin = 0  # where the previous quote's cue was looked for
    previous_speaker: _Speaker | None = None
    previous_mention: Mention | None = None
    chained = True  # every quote so far in the paragraph uncued and running into the next
    previous_open = state.last_quote
    first_character = len(text) - len(text.lstrip())  # where the paragraph's words begin
    for index, span in enumerate(spans):
        next_open = spans[index + 1].open_at if index + 1 < len(spans) else len(text)
        label = spans[index - 1] if index else span  # the quote before, if a scare quote
        left_all = text[max(cursor, span.open_at - _WINDOW) : span.open_at]
        before_open = bisect.bisect_right(ends, span.open_at)
        left_sentence_start = ends[before_open - 1] if before_open else 0
        sent_start = max(cursor, left_sentence_start)
        left = text[sent_start : span.open_at]
        after_close = bisect.bisect_right(ends, span.close_end)
        sentence_end = ends[after_close] if after_close < len(ends) else len(text)
        sentence_stop = min(sentence_end, next_open)
        right = text[span.close_end : min(sentence_stop, span.close_end + _WINDOW)]
        # In one sentence the left part also runs back before the previous quote.
        # The sentence before the quote, back to the previous quote at most.
        # (Past a scare quote of the same sentence: 'Lee added that the birds, known as
        # "sea parrots", were "an early warning"' is Lee's, the label no stop.)
        after_scare = (
            bool(out)
            and out[-1][0].kind == "scare"
            and not cues.between(label.close_end, span.open_at)  # a cue of its own after it
            and _past_a_label(text, label, span)
        )
        back_to = previous_left_begin if after_scare else previous_open_at
        left_full = text[max(left_sentence_start, back_to, span.open_at - _WINDOW) : span.open_at]
        # The quote's own text: inner sentence punctuation helps classify.
        inner = text[span.start : span.end]
        starts_clause = _ends_clause(left) and (
            not left.strip()
            or left_all.strip() == ""
            or sent_start > cursor
            or _ends_clause(left_all)
        )
        if _ends_sentence_inside(inner, right):
            right = ""
        state.quote_at = (number - 1, span.open_at)
        # Reported speech before this quote updates who was last named.
        region = max(cursor, span.open_at - _WINDOW)
        _note_cues(text[region : span.open_at], number, state, cues, region)
        cue_right = _cue_after(right, cues.between(span.close_end, span.close_end + len(right)))
        read = _DOCUMENT_READ.match(right) if cue_right is None and " read" in right else None
        if read is not None:
            # '"…," a BBC statement read': no speech verb, but its author's words.
            cue_right = ("read", subject_before(read.group(1)))
        left_begin = span.open_at - len(left_full)
        rest = text[span.close_end : min(sentence_end, span.close_end + _WINDOW)]
        # The sentence's opening (its subject), cut to the window like every other slice.
        head_end = min(left_begin, left_sentence_start + _WINDOW)
        head = text[left_sentence_start:head_end] if left_sentence_start < left_begin else ""
        left_cues = cues.between(left_begin, span.open_at)
        if left_begin < cursor <= span.open_at and after_scare:
            # A label's words are no verb, nor is the verb naming it: 'a tool, called
            # "Tell Us", would "change how we work"' goes back to the cue before.
            named = _NAMING_BEFORE.search(text, max(0, previous_open_at - 16), previous_open_at)
            label_start = named.start() if named is not None else previous_open_at
            inside = range(label_start - left_begin, cursor - left_begin)
            left_cues = [c for c in left_cues if c.begin not in inside]
        elif left_begin < cursor <= span.open_at and out and out[-1][0].kind != "direct":
            # 'said it was "too early to tell" while …': the earlier fragment's words are
            # no verb of the reporter's (a direct quotation may be one whose closing mark
            # is missing, with the reporter's next cue inside it).
            left_cues = [c for c in left_cues if c.begin >= cursor - left_begin]
        cue_left = _cue_before(
            left_full,
            left_cues,
            rest,
            head,
            cues.between(left_sentence_start, head_end) if head else None,
        )
        words_of = None
        if cue_left is None and "words" in left_full[-30:]:  # the cheap test first
            words_of = _IN_WORDS.search(left_full)
        if words_of is not None:
            # 'the skills are, in Rosa's words, "one generation away from disappearing"'.
            phrase = words_of.group(0).strip(" \u00a0,")
            cue_left = (phrase, mention_from_words(words_of.group(1).split()))
        kind = _classify(inner, left_full, starts_clause, cue_left, cue_right, right)
        # '"We never gave up." — Jane Doe, chief executive of Acme.': the quote's author
        # after a dash, ending the paragraph.
        dash = starts_clause and ("—" in right[:4] or "–" in right[:4] or not right)
        signed = _signed_by(text, span.close_end) if dash else None
        if signed is not None and len(inner.split()) >= 3:
            kind = "direct"
        # 'said the ferry was "ready" and the crew "rested"': the same speaker's fragment.
        same_sentence = (
            bool(out)
            and out[-1][0].kind == "partial"
            and out[-1][0].speaker is not None
            and previous_speaker is not None
            and previous_open_at >= left_sentence_start
        )
        between = text[cursor : span.open_at]
        coordinated = same_sentence and _AND_MORE_OF_IT.fullmatch(between) is not None
        if kind == "scare" and same_sentence and _uncued(cue_left) and _uncued(cue_right):
            coordinated = coordinated or _complement_goes_on(between, inner)
            if coordinated:
                # Not a label ("the "Green Deal""), nor a word spoken of, subject of a verb
                # of its own ('"no collusion" and "collusion" was among the words'), but
                # "'one of many documents' considered by officers" is a complement.
                acts = _verb_follows(right) and _PARTICIPLE_AFTER.match(right) is None
                # Nor a thing's name or its own words: 'and its name was "Crumbs"'.
                owned = _names_its_own(between.split())
                kind = "scare" if _title_case(inner) or acts or owned else "partial"
        named_line = kind == "scare" and len(inner.split()) >= 3 and _BULLET_LINE.search(left)
        if named_line and _label_before_colon(left, state) is not None:
            kind = "direct"  # "- Bolton boss Sam Allardyce "I am bitterly disappointed …""
        if kind == "partial" and out and _resumes(out[-1][0], text[cursor : span.open_at]):
            kind = "direct"
        if kind != "scare" and heading and _uncued(cue_left) and _uncued(cue_right) and not signed:
            kind = "scare"
        mention: Mention | None = None
        cue: str | None = None
        speaker: _Speaker | None = None
        if kind != "scare":
            colon = left.rstrip().endswith(":")
            # '… allowed "a new status quo", they said': an attribution right after the
            # closing mark is the partial quote's, whatever verb came before it.
            right_first = kind == "direct" or _CLOSING_ATTRIBUTION.match(right) is not None
            order = (cue_right, cue_left) if right_first and not colon else (cue_left, cue_right)
            prompted = _PROMPTED.search(left[-120:]) if colon else None
            if prompted is not None:
                # "Tran said it would 'never' happen, prompting Castellano to respond:
                # '…'": whoever was moved to speak, not the sentence's subject.
                order = ((prompted.group(2), mention_from_words(prompted.group(1).split())), None)
            for found in order:
                if found is not None and found[1] is not None:
                    cue, mention = found[0], found[1]
                    break
            if mention is None and colon:
                # "a question came from a member of the audience: '…'": no cue verb.
                source = _FROM_BEFORE_COLON.search(left[-120:])
                if source is not None:
                    # ("a statement from the club read:": the club, not "club read".)
                    mention = object_after(_DOCUMENT_VERB.sub("", source.group(1)))
                    cue = None
                else:
                    # "- Manchester United boss Sir Alex Ferguson: '…'": a name as label.
                    mention = _label_before_colon(left.rstrip()[:-1], state)
                if mention is None and _ANSWER.fullmatch(left) is not None:
                    # 'Q: Will you keep the target?' then 'A: "Yes."': the one interviewed.
                    mention = _interviewee(number, state)
                    cue = None
                if mention is None:
                    # "… , the finance minister was categorical: "…"": the clause's subject.
                    mention = _someone_before_colon(left.rstrip()[:-1], state)
                    cue = None
            elif mention is None and _BULLET_LINE.search(left):
                # "- Bolton boss Sam Allardyce "I am bitterly disappointed …"".
                mention = _label_before_colon(left, state)
            if mention is None and kind == "direct":
                # '"…," Mr Bootle.' and '"…" — Jane Lee': a name with no verb after the quote.
                mention = _name_after(right, state) or signed
            if mention is None and kind == "direct" and ("—" in inner or "–" in inner):
                # '«The drought is not only a lack of rain —warns Marta Olazábal— …»': the
                # cue set inside the quotation between dashes, as Spanish writes it.
                mention = _cue_between_dashes(inner)
            if mention is _UNSAID or mention is _UNREAD:
                mention, cue = None, None  # no agent named, or a subject not to be read
            elif mention is not None:
                speaker = _resolve(mention, state, number)
                if speaker is not None and fold(speaker.name) in _BARE_SPOKESPEOPLE:
                    # "… by Downing Street. A spokesman said": whose spokesman.
                    _, earlier, _ = _previous_sentence(number, text, ends, before_open, state)
                    own = text[max(left_sentence_start, span.open_at - _WINDOW) : span.open_at]
                    speaker = _spokesperson_of(speaker, f"{earlier} {own}", state)
                if (
                    mention.kind == "pronoun"
                    and mention.name == "it"
                    and previous_speaker is not None
                    and previous_mention is not None
                    and not WRITINGS.isdisjoint(fold(previous_mention.text).split())
                    and len(text[cursor : span.open_at].split()) <= 3
                ):
                    # '"…," Mr Crosby's statement said. It added: "…"': the statement
                    # goes on, not some body named before.
                    speaker = previous_speaker
                elif mention.kind == "pronoun" and mention.name == "it" and state.issued:
                    # 'He read a statement on behalf of Kieran's family. "…," it said.'
                    document = _READ_DOCUMENT.search(
                        text, max(0, span.open_at - _WINDOW), span.open_at
                    )
                    read_out = fold(document.group(1)) if document is not None else ""
                    if state.issued_in.get(read_out) == number:  # named in this paragraph
                        speaker = state.issued.get(read_out) or speaker
                if _describes_someone(mention) and speaker is not None:
                    # '… skipper Jason Lee believes … . "…," said the Sale full-back.':
                    # the person the sentence before is about, when it names one.
                    earlier = text[max(0, left_sentence_start - _WINDOW) : left_sentence_start]
                    subject = _sentence_subject(earlier, state, number) if earlier else None
                    if subject is not None and subject.kind == "person":
                        speaker = subject
                if mention.kind == "pronoun" and mention.name in {"he", "she"}:
                    # "Germaine Greer quit over what she called 'bullying'": a he/she in
                    # the sentence a person opens is that person.
                    opening = text[
                        left_sentence_start : min(span.open_at, left_sentence_start + _WINDOW)
                    ]
                    opener = _sentence_opener(opening, state)
                    aside = (
                        cue_right is not None
                        and mention is cue_right[1]
                        and _ASIDE_AFTER.match(right) is not None
                        and not cues.between(left_sentence_start, span.open_at)
                    )
                    if opener is not None and (aside or _reports_on_a_clause(opening)):
                        # "Mr Blair has failed, he claimed, saying …": a he/she reporting
                        # on the sentence's subject is someone else, the latest other.
                        if speaker is not None and speaker.name == opener.name:
                            speaker = _resolve_pronoun(mention.name, state, other_than=opener)
                    elif opener is not None and _gender(opener, state) in {None, mention.name}:
                        speaker = opener
                    else:
                        previous = _previous_sentence(number, text, ends, before_open, state)
                        introduced = (
                            _introduced(previous, state)
                            or _titled_subject(previous, state)
                            or _viewer_again(previous, state)
                            or _someone_unnamed(previous, mention.name, state)
                            or _introduced_before_pronoun(previous, mention.name, state)
                            or (
                                None
                                if _people_named(opening, state)
                                else _subject_shown(previous, mention.name, before_open, state)
                            )
                        )
                        if introduced is not None and _gender(introduced, state) in {
                            None,
                            mention.name,
                        }:
                            speaker = introduced
                    if speaker is not None and _named_in(speaker, inner):
                        # '"I think Sean's situation is …," he said': not Sean Long.
                        other = _resolve_pronoun(mention.name, state, other_than=speaker)
                        if other is not None and not _named_in(other, inner):
                            speaker = other
                    asker, whom = state.asked or (None, "")
                    same = _same(asker, speaker)
                    if same and whom == mention.name:
                        # '"Do you miss it?" Whitlock asked her. "Every day," she said.': the
                        # one asked answers, a "she" as "her" was.
                        other = _resolve_pronoun(mention.name, state, other_than=asker)
                        speaker = other or speaker
                    _learn_gender(mention, speaker, state)
            if kind == "partial" and previous_speaker is not None and out:
                joined = _JOINED.fullmatch(text, cursor, span.open_at) is not None
                joined = joined or (coordinated and speaker is None)
                if joined and out[-1][0].speaker == state.names.as_written(previous_speaker.name):
                    # 'described the ban as "ridiculous" and "badly thought out" but said
                    # it …': one list, one speaker, whatever the words after it say.
                    speaker = previous_speaker
                    mention, cue = previous_mention, out[-1][0].cue
            if (
                speaker is None
                and mention is None
                and kind == "direct"
                and _LIST_FOLLOWS.match(text, span.close_end)
            ):
                kind = "scare"  # 'entries made it: "…" and "…"': a list of labels
            passive = cue_left is not None and cue_left[1] is _UNSAID
            if (
                speaker is None
                and kind == "direct"
                and not passive
                and previous_speaker is None
                and span.open_at - left_sentence_start <= _WINDOW  # a topic is short
            ):
                topic = text[left_sentence_start : span.open_at]
                speaker = _answer_on_topic(topic, number, state)
            if speaker is None and kind == "direct" and not passive:
                speaker = _continuation(
                    state,
                    number,
                    previous_speaker,
                    previous_open,
                    text[max(cursor, span.open_at - _WINDOW) : span.open_at],
                    left_all,
                )
                # An unclosed quote that runs to the paragraph's end may have run over
                # the reporter's words, and the names in them.
                whole = span.closed or index + 1 < len(spans)
                # '"…," he said in August. "… something new like Trump?"': a quote broken
                # by its own cue goes on in its speaker's words, whoever they name.
                if (
                    speaker is not None
                    and whole
                    and _named_by_surname(speaker, inner)
                    and not (
                        _same(speaker, previous_speaker)
                        and _bare_attribution(text[cursor : span.open_at].lstrip(" ,\u00a0"))
                    )
                ):
                    # '"… it was something he (Kerr) looked at …"' goes on from Finnan, not
                    # from Kerr, named last: no one speaks of themselves so.
                    speaker = next(
                        (
                            s
                            for _, s in reversed(state.recent[-8:])
                            if s.kind == "person" and not _named_in(s, inner)
                        ),
                        speaker,
                    )
            if speaker is not None and _names_no_one(speaker, mention):
                # "of Durham", "quickly": no one; better unknown, and never a later "he".
                speaker = None
            if speaker is not None:
                state.remember(number, speaker)
                previous_speaker = speaker
                previous_mention = mention
                state.last_quote = (number, speaker, not span.closed)
                state.reported = None
            # Who just asked someone a question the next quote may answer.
            put_to = (
                _ASKED_SOMEONE.match(right) if cue is not None and fold(cue) == "asked" else None
            )
            # "asked her": the one asked is a "she".
            state.asked = (
                (speaker, OBJECT_PRONOUNS[put_to.group(1)]) if put_to and speaker else None
            )
        quote = Quote(
            text=inner,
            speaker=state.names.as_written(speaker.name) if speaker else None,
            mention=_naming_words(mention.text, speaker) if mention and speaker else None,
            cue=cue if speaker else None,
            kind=kind,
            paragraph=number,
            start=span.start,
            end=span.end,
        )
        link = _Link(
            opens_paragraph=span.open_at <= first_character,
            runs_on=not span.closed and index == len(spans) - 1,
            # Only from the paragraph's first quote on: an unclosed quote after a closed
            # one has a speaker from it, and may have run over the reporter's words.
            runs_into_next=not span.closed
            and index + 1 < len(spans)
            and not text[span.end : next_open].strip()
            and chained,
            cued=mention is not None and speaker is not None,
        )
        out.append((quote, link))
        if speaker is not None:
            state.quoted.add(speaker.name)
        chained = chained and not link.cued and link.runs_into_next
        cursor = span.close_end
        previous_open_at = span.open_at
        previous_left_begin = left_begin
    if read_on:
        _note_cues(text[cursor:], number, state, cues, cursor)
        # The paragraph's last sentence, for a he/she at the start of the next one.
        size = len(text.rstrip())
        last_start = cues.sentence_start(size - 1)
        state.previous = (number, text[last_start : last_start + _WINDOW], last_start)
    return out


def _previous_sentence(
    number: int, text: str, ends: list[int], before_open: int, state: _State
) -> tuple[int, str, int]:
    """The sentence before the one a quote opens in: (paragraph, its text, its offset),
    from the paragraph before when the quote's sentence opens this one."""
    if before_open > 0:
        start = ends[before_open - 2] if before_open > 1 else 0
        return number, text[start : min(ends[before_open - 1], start + _WINDOW)], start
    return state.previous


def _naming_words(text: str, speaker: _Speaker) -> str:
    """The words of a mention that name the speaker, without the reporter's own words
    before them: "… was strongly denied by Shepherd" is "Shepherd", "Meanwhile Labour
    backbencher Stephen Pound" is "Labour backbencher Stephen Pound", "In a speech to the
    Foreign Policy Centre Mr Straw" is "Mr Straw"; "Secretary of State for Trade Ann Lee"
    stays whole."""
    words = text.split()
    if len(words) < 3 or (
        not any(word.islower() for word in words) and fold(words[0]) not in _OPENING_ASIDES
    ):
        return text  # nothing of the reporter's own: the cheap test first, per quote
    folded = [fold(bare_word(word)) for word in words]
    own = {fold(bare_word(word)) for word in speaker.name.split()}
    surname = fold(bare_word(speaker.name.split()[-1]))
    if surname not in folded:
        return text
    first = len(folded) - 1 - folded[::-1].index(surname)
    while first > 0 and (folded[first - 1] in own or folded[first - 1] in HONORIFICS):
        first -= 1  # "Dr John E. Kelly", "Jurgen den Hartog"
    start = 0
    for index in range(first):
        word, bare = words[index], folded[index]
        if word[:1].isupper():
            if index == 0 and bare in _OPENING_ASIDES and bare not in ARTICLES:
                start = 1  # "Meanwhile", "For the Lib Dems", "On Wednesday"
        elif (bare in _CLAUSE_WORDS and (index == 0 or words[index - 1].islower())) or (
            len(bare) > 4 and bare.endswith(("ed", "ing"))
        ):
            start = index + 1  # "… denied by", "… was announced", "… featuring"; not "War on Want"
    if start:
        # "at their poster launch Tory co-chairman …": the rest of the reporter's phrase.
        while start < first and (
            folded[start] in _OPENING_ASIDES
            or (words[start][:1].islower() and not _person_noun(folded[start]))
        ):
            start += 1
    if folded[first] in HONORIFICS and words[first][:1].isupper() and start < first:
        before, word = folded[first - 1], words[first - 1]
        if (start and word.islower() and not _person_noun(before)) or (
            word[:1].isupper() and before not in TITLES and not POSSESSED.search(word)
        ):
            start = first  # "… the Foreign Policy Centre Mr Straw": another name before his
    if not start:
        return text
    at = 0
    for word in words[:start]:
        at = text.index(word, at) + len(word)
    return text[at:].lstrip()


#: Lower-case words of the reporter's clause, which no role phrase holds ("of" and "for"
#: join the words of one: "Secretary of State for Trade").
_CLAUSE_WORDS = (PREPOSITIONS - {"of", "for"}) | word_set(
    "that how what who which was were is are has had have said says told"
)
#: Words that open a sentence or phrase with no one named yet.
_OPENING_ASIDES = (
    MONTHS.keys()
    | WEEKDAYS
    | word_set(
        "the a an meanwhile however but and in on at for after before during speaking "
        "writing asked later earlier last this next"
    )
)


def _spokesperson_of(speaker: _Speaker, text: str, state: _State) -> _Speaker:
    """A bare "spokesman" for the organisation named last in `text` (the sentence
    before the quote's and his own, each cut to the window): "NTL said it had not ruled
    it out. '…,' said a spokesman" is NTL's."""
    found = None
    text = text[-_WINDOW:]
    for match in _ORG_RUN.finditer(text):
        after = text[match.end() : match.end() + 30]
        next_word = after.split()[0] if after.split() else ""
        verb = _verb_follows(after) or bare_word(next_word) in CUE_SET
        if after[:1] == " " and after[1:2].islower() and not verb:
            continue  # "the Army Board meeting", "ID cards": a modifier, not who speaks
        words = _run_name(match.group(0)).split()
        while words and fold(words[0]) in _NOT_SUBJECT:
            words.pop(0)  # "The", "But"
        name = " ".join(words)
        if not name or fold(name) in PLACES or name in COUNTRY_CODES:
            continue
        if name.isupper():
            # "a PVR", "UWB chips": capitals name an organisation only if it spoke
            # before ("NTL said …"), by that name or the one it stands for.
            names = {name, state.names.fullest(name)}
            if any(s.name in names and not s.named_only for _, s in state.recent[-8:]):
                found = name
        elif _org_name(name):
            found = name
    if found is None:
        return speaker
    return _Speaker(f"{state.names.fullest(found)} {speaker.name}", "description")


def _run_name(run: str) -> str:
    """A capitalised run without what trails after its last capital ("… of the")."""
    words = run.split()
    while words and not words[-1][:1].isupper():
        words.pop()
    return " ".join(words)


#: An unnamed source whose organisation the sentences around may name.
_BARE_SPOKESPEOPLE = word_set("spokesman spokeswoman spokesperson")
#: A capitalised run that may name an organisation ("Bank of England", "NTL").
_ORG_RUN = re.compile(
    rf"[{CAPITALS}][\w&'’\-]*(?:[ \u00a0]+(?:[{CAPITALS}][\w&'’\-]*|of|for|and|the)){{0,6}}"
)


def _introduced(sentence: tuple[int, str, int], state: _State) -> _Speaker | None:
    """A person the sentence before a quote names for the first time, with an appositive
    ("… came from Brian Gale, vice-president of research at Gartner."): whom the quote's
    he/she most likely means, whoever spoke before."""
    number, text, begin = sentence
    viewed = _VIEWER.match(text)
    found = [viewed] if viewed is not None else []
    for match in [*found, *_NAME_THEN_COMMA.finditer(text[:_WINDOW])]:
        words = match.group(1).split()
        before = text[: match.start()].split()
        while len(words) > 2 and bare_word(words[0]) in _NOT_A_NAME_OPENING:
            before.append(words.pop(0))  # "With Jools Holland, …": a phrase, not a name
        while before and bare_word(before[0]) in _CONJUNCTIONS:
            before.pop(0)
        titled = len(before)
        while before and fold(before[-1].rstrip(".")) in TITLES:
            before.pop()  # "Sen. Robert Vigil, R-Clovis, voted": the name's own title
        titled -= len(before)
        source = (
            len(before) > 1 and bare_word(before[-1]) in _SOURCE_BEFORE and not _hometown(before)
        )
        # "For Jupiter analyst Olivier Beauvillain, Yahoo's decision was an error": whose
        # view the sentence gives.
        viewer = 0 < len(before) <= 4 and bare_word(before[0]) == "for"
        # "Her neighbour, Adam Kalinowski, disagreed": a role the name is apposed to.
        apposed = (
            0 < len(before) <= 4
            and before[-1].endswith(",")
            and (
                bare_word(before[0]) in _ROLE_DETERMINERS or POSSESSED.search(before[0]) is not None
            )
        )
        after_by = not apposed and _apposed_after_by(before)
        apposed = apposed or after_by
        # "Westbrook coach Linda Marchetti, in her 19th season, has …": what the title
        # before the opening name is of leaves the name the subject.
        described = (
            titled > 0
            and 0 < len(before) <= 2
            and all(w[:1].isupper() and bare_word(w) not in _NOT_AN_OWNER for w in before)
        )
        if before and not source and not viewer and not apposed and not described:
            # Only a sentence's opening name ("Adam Tan, an analyst at …, believes") or a
            # source ("came from Brian Gale, …"), not a name inside a phrase ("club-mate
            # Jose Reyes, …") or a list.
            continue
        surname = words[-1]
        if state.first_seen(surname) != (number, begin + match.end(1) - len(surname)):
            # A surname the article used before ("Sen. Teresa Vigil … Sen. Robert
            # Vigil, R-Clovis, voted"): a new person if the first name is new here.
            given = words[-2] if len(words) > 1 else ""
            at = begin + match.end(1) - len(surname) - 1 - len(given)
            honorific = fold(given) in HONORIFICS or fold(given) in TITLES  # "Ms Cooper"
            if not given or honorific or state.first_seen(given) != (number, at):
                continue
        # "Man-of-the-match Stephen Jones": the name is the last two words, in full; "The
        # chairman, Pak Harjono, said": his form of address is no part of it (but a peer's
        # title is: "Lord Goldsmith").
        peer = words[-2:][0] in PEERAGE
        words, title = (words[-2:], None) if peer else strip_title(words[-2:])
        name = state.names.fullest(" ".join(words))
        if after_by and not _subject_told_apart(text, name, state):
            continue
        if _known_person(name, state) or (title is not None and " " not in name):
            return _Speaker(name, "person")  # "Pak Slamet": a person, with one name
    return None


def _subject_told_apart(sentence: str, name: str, state: _State) -> bool:
    """Whether a person named in an object's apposition ("read a statement from the
    couple's daughter, Megan Ford,") may be the next he or she: when the sentence's
    subject is no person ("A page set up by …"), or one the pronouns show to be of the
    other sex ("Brandt", a he), not "Sam Okoro was signed by the club's manager, Pete
    Dunn," (either may go on)."""
    opening = _FIRST_NAME_RUN.match(sentence.strip())
    if opening is None:
        return True
    subject = opening.group(0)
    if subject.lower() in {"he", "she"}:
        sex: str | None = subject.lower()  # "She was woken by the caretaker, Jean Lott,"
    else:
        full = state.names.fullest(subject)
        if not _known_person(full, state):
            return True
        sex = state.names.gender(full)
    other = state.names.gender(name)
    return sex is not None and other is not None and sex != other


def _past_a_label(text: str, label: Span, span: Span) -> bool:
    """Whether a fragment after a scare quote of its sentence ('the birds, known as "sea
    parrots", were "an early warning"') looks for its cue before that label too: not
    when the two are a list of labels ('dubbed "pioneers" and "materialists"', 'called
    "open source news" or even "moblog journalism"'), nor past a nickname ('Ramon
    "Monching" Dela Paz called it "ghost dikes"', whose name the label splits)."""
    between = text[label.close_end : span.open_at].split()
    # 'described the drill, code-named "Falcon", as "a mistake"': the verb's "as", past a
    # label set off by commas; not a list ('dubbed "X", as well as "Y"').
    verbs_as = [bare_word(word) for word in between if bare_word(word)] == ["as"]
    if verbs_as and between[0].startswith(","):
        return True
    if all(bare_word(word) in _LIST_WORDS or not bare_word(word) for word in between):
        return False
    if "by" in between[1:]:
        # 'known as "Agenda 30", had been rejected by unions as "unworkable"': another
        # agent (not the label's own: 'branded "Safety First" by the government had').
        return False
    before = text[: label.open_at].split()[-1:]
    return not (before and before[0][:1].isupper() and between[0][:1].isupper())


#: What joins labels in a list: 'dubbed "pioneers" and "materialists"'.
_LIST_WORDS = word_set("and or nor even but also not just simply as well then")
#: A label's own naming verb right before it: 'the tool, called "Ledger Mind",'.
_NAMING_BEFORE = re.compile(
    r"\b(?:called|named|code-named|codenamed|dubbed|nicknamed|known as|labelled|labeled"
    r"|titled|went by|goes by)\W*$"
)


def _apposed_after_by(before: list[str]) -> bool:
    """ "A fundraising page set up by Callum's aunt, Michelle Brierley, has raised …", "a
    statement from the couple's daughter, Megan Ford,": a person named after the
    relative or role a deed or a text came from, who may speak next."""
    if len(before) < 3 or not before[-1].endswith(",") or not before[-1][:-1].islower():
        return False
    owner = next(
        (
            i
            for i in range(len(before) - 2, len(before) - 5, -1)
            if i > 0 and POSSESSED.search(before[i])
        ),
        None,
    )
    if owner is None or not all(w.islower() for w in before[owner + 1 :]):
        return False
    linked = owner - 1
    if linked > 0 and bare_word(before[linked]) == "the":
        linked -= 1  # "from the couple's daughter"
    return bare_word(before[linked]) in {"by", "from"}


def _introduced_before_pronoun(
    sentence: tuple[int, str, int], pronoun: str, state: _State
) -> _Speaker | None:
    """ "Sanne de Bruijn, whose son was hit …, has spent months lobbying. She set up …"
    then '"…," she said': the person the paragraph opened by introducing, when the
    sentence before the quote goes on about her as the same he or she."""
    number, text, begin = sentence
    if not text.lstrip().startswith(f"{pronoun.capitalize()} ") or not 0 < begin <= _WINDOW:
        return None  # (the opening sentence is short: a long paragraph is not read back)
    opening = state.texts.get(number, "")[:begin]
    if _ANOTHER_SENTENCE.search(opening.rstrip()) is not None:
        return None  # a sentence between, which may name someone else ("Jane Pike replied")
    return _introduced((number, opening, 0), state)


#: A sentence's end followed by another sentence.
_ANOTHER_SENTENCE = re.compile(r"[.!?][\"”’']?[ \u00a0]+\S")


#: Nouns for one person that tell a he from a she, besides those ending in "man": a
#: relative's word, a girl or a boy.
_NOUN_GENDER = {**KIN_SEX, "girl": "she", "boy": "he"}


def _noun_sex(noun: str) -> str | None:
    """The he or she a noun for one person tells: "girl", "spokeswoman", "father"."""
    if noun.endswith("man"):
        return "she" if noun.endswith("woman") else "he"
    return _NOUN_GENDER.get(noun)


def _someone_unnamed(
    sentence: tuple[int, str, int], pronoun: str, state: _State
) -> _Speaker | None:
    """ "A retired ski instructor summed up the mood. '…,' he said": the unnamed person
    the sentence before opens with, whom the quote's `pronoun` means. Not one a passive
    tells of ("A man was pronounced dead"), nor one acting on the he or she ("A woman
    heckled him"), nor a "woman" for a "he", nor one after someone the same paragraph
    named speaking ("Fire chief Dan Morgan said …. By then, a neighbour had called …")."""
    if any(n >= sentence[0] and s.kind == "person" for n, s in state.recent[-4:]):
        return None
    text = sentence[1]
    if _HAS_MARKS.search(text) is not None:
        return None  # not a sentence of someone's quoted words
    opening = _SOMEONE_UNNAMED.match(text)
    if opening is None:
        # "Outside the polling station, a …"; not "Lindgren, a sophomore, said".
        opening = _SOMEONE_UNNAMED_AFTER.match(text)
        if opening is None or fold(opening.group(1)) not in _CLAUSE_OPENERS:
            return None
    at = opening.end()
    for _ in range(4):  # "a retired ski instructor": the noun within four words
        word = _LOWER_WORD.match(text, at)
        if word is None:
            return None
        at = word.end()
        head = fold(word.group(1))
        rest = text[at:]
        named = _NAMED_AS.match(rest)
        if named is not None:
            # "A student surnamed Chang, who …"; not "A group called Just Stop Oil".
            return _Speaker(named.group(1), "person") if _person_noun(head) else None
        if rest.startswith(",") or _verb_follows(rest):
            # The noun before the verb or the comma heads the phrase: someone, or no one.
            if head in _NOT_A_PERSON or not (
                _person_noun(head) or head in _ROLES or head in _SOMEONE_DESCRIBED
            ):
                return None
            if _NAMED_AFTER.search(rest, 0, 60) is not None:
                return None  # "A building contractor, Madam Comfort …,", "…, she was": named
            sex = _noun_sex(head)
            if sex not in {None, pronoun} or _PASSIVE_AFTER.match(rest) is not None:
                return None
            # After its own clause ("One supporter, who came with his sons, was …"): "A
            # firefighter pulled him from the flames. '…,' he said" is not the firefighter.
            clause_end = rest.find(",", 1) if rest.startswith(",") else -1
            main = rest[clause_end + 1 :] if clause_end > 0 else rest
            if sex is None and _OBJECT_OF[pronoun].search(main) is not None:
                return None
            return _Speaker(text[opening.end() : at], "description")
    return None


#: A passive after the described person: "was pronounced dead", "was later arrested".
_PASSIVE_AFTER = re.compile(
    r"[ \u00a0]+(?:was|were|has been|had been)[ \u00a0]+(?:\w+ly[ \u00a0]+)?\w+(?:ed|en)\b"
)
#: The he or she as an object or an owner: whom the described person acted on.
_OBJECT_OF = {
    "he": re.compile(r"\b(?:him|his)\b"),
    "she": re.compile(r"\bher\b"),
}
#: A name given after a described person: "A university student surnamed Chang".
_NAMED_AS = re.compile(
    rf"[ \u00a0]+(?:surnamed|named|called)[ \u00a0]+([{CAPITALS}][\w'’\-]+"
    rf"(?:[ \u00a0][{CAPITALS}][\w'’\-]+)?)(?=[ ,.(])"
)
#: Quotation marks: a sentence holding any is someone's words, or holds them.
_HAS_MARKS = re.compile('["“”]')
#: A name or a pronoun right after a described person's comma: the person is named.
_NAMED_AFTER = re.compile(rf",[ \u00a0]+(?:[{CAPITALS}]|(?:he|she|they)\b)")
#: Words with a person noun's ending that name no one: "A day earlier, …".
_NOT_A_PERSON = word_set("earlier later other another former latter number order")
#: A sentence opening on someone unnamed: "A retired …", "One …".
_SOMEONE_UNNAMED = re.compile(r"[ \u00a0]*(?:A|An|One)[ \u00a0]+(?=[a-z])")
#: The same after a fronted phrase: "Outside the polling station, a …".
_SOMEONE_UNNAMED_AFTER = re.compile(
    r"[ \u00a0]*([A-Z][a-z]*)[^,\"“”]{0,80},[ \u00a0]+(?:a|an|one)[ \u00a0]+(?=[a-z])"
)
#: The next lower-case word, read one at a time after a description's opening.
_LOWER_WORD = re.compile(r"[ \u00a0]*([a-z][\w\-]*)")


def _viewer_again(sentence: tuple[int, str, int], state: _State) -> _Speaker | None:
    """ "For Haingura, help cannot come soon enough.": the person, named before, whose
    view the sentence gives, whom the next quote's he or she means."""
    viewed = _VIEWER_AGAIN.match(sentence[1])
    if viewed is None or not _known_person(viewed.group(1), state):
        return None
    return _Speaker(state.names.fullest(viewed.group(1)), "person")


_VIEWER_AGAIN = re.compile(rf"[ \u00a0]*For[ \u00a0]+([{CAPITALS}][\w'’\-]+),")


def _titled_subject(sentence: tuple[int, str, int], state: _State) -> _Speaker | None:
    """ "The mayor brushed off the criticism. '…,' he said": whom the sentence's subject, a
    title or a role, means (the person the article titled so, else the role itself)."""
    number, text, _ = sentence
    role = _THE_ROLE.match(text.lstrip())
    if role is None or not _verb_follows(text.lstrip()[role.end() : role.end() + 40]):
        return None
    head = fold(role.group(1))
    if head not in TITLES or head in HONORIFICS:
        return None
    return _resolve_description(Mention(role.group(0), role.group(1), "description"), state, number)


#: A full name, then a comma and a lower-case word: an appositive introducing someone
#: ("Brian Gale, vice-president of …"), not a list of names or a place ("Omaha, Nebraska").
_NAME_THEN_COMMA = re.compile(
    rf"(?<!\w)([{CAPITALS}][\w'’\-]+(?:{NAME_GAP}[{CAPITALS}][\w'’\-]+){{1,3}})"
    r"(?:[ \u00a0]\([^()]{1,20}\))?,"  # "Rep. Alana Fitzroy (D-Wis.),"
    r"[ \u00a0]+(?=[a-z]|[RDI]-[A-Z])"  # or a US legislator's party: ", R-Clovis,"
)
#: Determiners before a role that a name is apposed to ("Her neighbour, Ann", "The shadow
#: foreign secretary, Michael Ancram,").
_ROLE_DETERMINERS = word_set("his her their its our my the that this another")
#: A sentence opening with whose view it gives: "For Jupiter analyst Olivier Beauvillain,".
_VIEWER = re.compile(
    rf"[ \u00a0]*For[ \u00a0]+(?:[\w'’\-]+[ \u00a0]+){{0,3}}?"
    rf"((?:[{CAPITALS}][\w'’\-]+[ \u00a0]+){{1,3}}[{CAPITALS}][\w'’\-]+),"
)
#: Words before a name that make it the source of what follows: "came from Brian Gale,".
_SOURCE_BEFORE = frozenset({"from"})


def _hometown(before: list[str]) -> bool:
    """ "Jo Lee, 45, from Leeds," or "Jo Lee, a mother of three from Leeds,": where the
    person apposed is from, not whom something came from."""
    comma = max((i for i, word in enumerate(before) if word.endswith(",")), default=None)
    if comma is None:
        return False
    aside = before[comma + 1 :]
    if len(aside) == 1:
        return before[comma].rstrip(",").isdigit()  # "45, from" (not "came, however, from")
    # "a mother of three from" (not "a day after an attack from", "a leak from"): the
    # head of the noun phrase, the word before its first preposition, is someone.
    if bare_word(aside[0]) not in {"a", "an"}:
        return False
    head = next((i for i, w in enumerate(aside) if i and bare_word(w) in PREPOSITIONS), 0)
    return head > 1 and _person_noun(bare_word(aside[head - 1]))


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


#: An answer's label opening a paragraph of a printed interview: "A: ".
_ANSWER = re.compile(r"[ \u00a0]*A:[ \u00a0]*")
#: A question's label opening a paragraph: "Q: ".
_QUESTION = re.compile(r"[ \u00a0]*Q:[ \u00a0]")


def _interviewee(number: int, state: _State) -> Mention | None:
    """Who answers a printed interview ("Q: …" then 'A: "…"'): the first person the
    article names, its subject, once a question has come before and once a quote of
    theirs has."""
    asked = state.first_question
    if asked is None or asked > number or not state.names.people:
        return None
    # (Quoted before: not a reporter, a predecessor or a rival named first.)
    first = state.names.people[0][0]
    return Mention("A", first, "name") if first in state.quoted else None


def _label_before_colon(label: str, state: _State) -> Mention | None:
    """A line or sentence that is only a person's name (then a colon, or a bullet line's
    quote), before a quote."""
    label = label[label.rfind("\n") + 1 :].strip(" \u00a0-–—•*")
    words = label.split()
    if not 1 <= len(words) <= 10 or CUE.search(label) is not None:
        return None
    if any(w.islower() and (w in _AUXILIARIES or w.endswith("ed")) for w in words):
        return None  # "Whitfield also had a message for Jenkins:": a clause, no label
    mention = mention_from_words(words)
    if mention is None or mention.kind != "name" or mention.text != " ".join(words):
        return None
    return mention if _known_person(mention.name, state) else None


#: '", they said.', '," Mr Lee added on Monday.': a subject and a verb of saying that
#: close the reporter's sentence right after a quotation.
_CLOSING_ATTRIBUTION = re.compile(
    rf"[ ,\u00a0]*(?:he|she|they|it|we"
    rf"|(?:[{CAPITALS}][\w'’.\-]*[ \u00a0]+){{0,3}}[{CAPITALS}][\w'’\-]*"
    r"(?:,[ \u00a0]+(?:an?|the)[ \u00a0][^,.:;!?\"“”]{1,50},)?)"  # ", an analyst,"
    r"[ \u00a0]+(?:said|says|added|adds|insisted|insists|argued|argues|warned|warns|wrote"
    r"|writes|explained|explains|stated|states)\b[^.:;!?\"“”]{0,60}[.!?]"
    r"|[ ,\u00a0]*as[ \u00a0][^.:;!?\"“”]{1,60}[ \u00a0]puts?[ \u00a0]it\b"  # "as X puts it"
)
#: A line that opens with a bullet and holds no sentence end: "- Bolton boss Sam Allardyce ".
_BULLET_LINE = re.compile(r"(?:^|\n)[ \u00a0]*[-–—•*][ \u00a0]+[^\n.!?:\"“”]{3,80}$")
#: After a quote, only a name and a full stop: '," Mr Bootle.' or ' — Jane Lee'.
_NAME_ONLY_AFTER = re.compile(
    r"[ \u00a0]*(?:[—–][ \u00a0]*)?"
    rf"((?:[{CAPITALS}][\w'’.\-]*[ \u00a0]+){{0,3}}[{CAPITALS}][\w'’\-]*)"
    r"[ \u00a0]*\.?[ \u00a0]*$"
)


def _signed_by(text: str, end: int) -> Mention | None:
    """The name a dash puts after a quotation at the end of its paragraph, with or
    without a description after a comma ('"…" — Jane Doe, chief executive of Acme.')."""
    found = _SIGNATURE.match(text, end)
    if found is None:
        return None
    mention = mention_from_words(found.group(1).split())
    return mention if mention is not None and mention.kind == "name" else None


#: A dash, a name, maybe a description after a comma, and the paragraph's end.
_SIGNATURE = re.compile(
    r"[ \u00a0]*[—–][ \u00a0]*"
    rf"((?:[{CAPITALS}][\w'’.\-]*[ \u00a0]+){{0,3}}[{CAPITALS}][\w'’\-]*)"
    r"(?:,[^\"“”\n]{1,120})?[ \u00a0]*\.?[ \u00a0]*$"
)


def _name_after(right: str, state: _State) -> Mention | None:
    """A known person named alone after a quote, with no cue verb ('," Mr Bootle.')."""
    found = _NAME_ONLY_AFTER.match(right)
    if found is None:
        return None
    mention = mention_from_words(found.group(1).split())
    if mention is None or mention.kind != "name" or not _known_person(mention.name, state):
        return None
    return mention


def _is_heading(text: str) -> bool:
    """A paragraph ending in a word, not in punctuation: a subheading or a teaser line
    ("'Life-changing and heartbreaking'", "WATCH: 'No magic pill' - police chief …"),
    whose quotations without a cue are labels, not statements. A long paragraph that
    ends so has only lost its last full stop, or run into the next line ("… I think
    we'll win." KEY MATCH STATS): it is prose."""
    last = text.rstrip().rstrip("\"”’')]")[-1:]
    return last.isalnum() and len(text) <= _LONGEST_HEADING


_LONGEST_HEADING = 200


def _uncued(found: tuple[str, Mention | None] | None) -> bool:
    return found is None or found[1] is None


#: Someone moved to speak, before a colon: "prompting Castellano to respond:".
_PROMPTED = re.compile(
    r"\b(?:prompting|leading|causing|forcing|inviting|moving)[ \u00a0]+"
    rf"([{CAPITALS}][\w'’\-]+(?:[ \u00a0][{CAPITALS}][\w'’\-]+){{0,3}})[ \u00a0]+"
    r"to[ \u00a0]+(respond|reply|retort|quip|answer|remark|say|snap|interject|observe|add)"
    r"[^:;.!?\"“”]{0,30}:[ \u00a0]*$"
)
#: "… from a member of the audience:" right before a quotation.
_FROM_BEFORE_COLON = re.compile(
    # "Then came a tweet from": a message arriving, named after its verb;
    r"\b(?:(?:came|comes|arrived|arrives)[ \u00a0]+(?:a|an|the|another)[ \u00a0]+"
    r"[^:;.!?\"“”]{0,30}?[ \u00a0]"
    # "a question from", "a letter from", "a text arrived from": words said or sent (not
    # "Amir Haddad arrived from Beirut:", a person arriving);
    r"|(?:question|questions|response|reply|answer|words|message|messages|warning|plea"
    r"|comment|comments|cry|shout|heckle|interjection|intervention|retort|rebuke|letter"
    r"|letters|email|e-mail|tweet|post|text|call|note|statement|voicemail|memo)[ \u00a0]+"
    r"(?:(?:came|comes|arrived|arrives)[ \u00a0]+)?"
    # "The loudest cheer came from": what came, in lower case (not "Nina came from Kyiv:").
    r"|\b(?!(?:he|she|they|we|who|i)\b)[a-z]+[ \u00a0]+(?:came|comes)[ \u00a0]+)"
    r"from[ \u00a0]+([^:;.!?\"“”]{2,80}):[ \u00a0]*$"
)  # not "the people watching from the gallery:", where no one comes forward to speak
#: A verb a document's text follows: "from Ashcombe Rovers read:".
_DOCUMENT_VERB = re.compile(r"[ \u00a0]+(?:read|reads|said|says|stated|states|ran|runs)$")
#: Between two quotations of one list: ' and ', ', ', ', or '.
_JOINED = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|(?:and|or)[ \u00a0]+)")
#: Between two quotes of one sentence: a conjunction or a comma and a few lower-case
#: words, no new subject named (" and the crew ", " but would ", ", was ", " and was,
#: at one point, ", " to the metro and was "), an infinitive's "to", or a second clause
#: of the same report after "and that" (whose subject is reported, not speaking).
_AND_MORE_OF_IT = re.compile(
    r"[ \u00a0]*+(?:,?[ \u00a0]*(?:[\w'’\-]+[ \u00a0]+){0,3}"  # spaces read once: possessive
    r"(?:and|or|but|nor)[ \u00a0]+"
    r"(?:[a-z][\w'’\-]*,?[ \u00a0]+){0,10}"
    r"|,[ \u00a0]*(?:[a-z][\w'’\-]*,?[ \u00a0]+){1,6}"  # not '"digital", "interactive"'
    r"|to[ \u00a0]+"  # 'said it was "taking a beat" to "make sure …"'
    # 'said his client was "a man of means" who had "no reason …"': a relative clause
    # (not "which opponents see as": a relative clause with a subject of its own)
    r"|(?:who|which)[ \u00a0]+"
    r"(?!(?:the|a|an|his|her|its|their|he|she|they|we|i|you|it|many|some|most)[ \u00a0])"
    r"(?![a-z]+s[ \u00a0]+[a-z]+[ \u00a0]+(?:as|will|would|is|are|to)\b)"
    r"(?:[a-z][\w'’\-]*[ \u00a0]+){1,4}"
    # 'said it was "callous" and that Hollingsworth had shown "…"': a second reported
    # clause, also after words of the reporter's on the first ('had affected "14,000
    # units" shipped since 2003, and that it had found "…"')
    r"|(?:,[ \u00a0]*)?(?:[a-z0-9][\w'’\-]*+,?[ \u00a0]+){0,8}and[ \u00a0]+that[ \u00a0]+"
    r"(?:[\w'’\-]+,?[ \u00a0]+){1,10})"
)
#: '"…" and "…"', '"…", "…"': the quote is one item of a list.
_LIST_FOLLOWS = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*|(?:and|or)[ \u00a0]+)[\"“]")


#: A participle and its preposition right after a quotation: '"one of many documents"
#: considered by officers', '"no evidence of any incident" linked to the products'
#: describe what the quotation names.
_PARTICIPLE_AFTER = re.compile(r"[ \u00a0]*[a-z]+ed[ \u00a0]+(?:by|to|with|from|for)\b")
#: The forms of "be".
_BE = ("is", "are", "was", "were", "be", "been", "being")
#: Verbs whose complement a quotation may be in a reported clause: 'was "a smear"',
#: 'would "stay as long as …"', 'had been "one of many documents"'.
_TAKES_COMPLEMENT = frozenset(_BE) | word_set(
    "would will could should might may must can has had have remain remains remained seem "
    "seems seemed become becomes became"
)
#: Verbs after which "to" opens what someone means to do: 'vowed to "fight on"'.
_TO_DO = word_set(
    "want wants wanted need needs needed hope hopes hoped plan plans planned intend "
    "intends intended vow vows vowed pledge pledges pledged promise promises promised"
)
#: Articles, possessives and demonstratives: what opens a noun phrase.
_NOUN_PHRASE_OPENERS = ARTICLES | word_set("his her its their our my your this that these those")
#: First words of a quotation after "to" that open no verb phrase: 'to "the people"'.
_NOT_A_BARE_VERB = _NOUN_PHRASE_OPENERS | {"all"}
#: Nouns for a text's name or words: 'its slogan was "…"', 'the working title had been
#: "…"'.
_NAMED_TEXTS = word_set(
    "name title slogan motto password word phrase term message headline caption hashtag "
    "nickname label tagline catchphrase song anthem chant banner sign question poem book "
    "film album"
)
#: Nouns for a source with words of its own: 'a report found "…"', 'the scan showed'.
_SOURCES = word_set(
    "report review study survey audit poll paper note letter memo statement record data "
    "figures findings court body panel blurb contract advert advertisement scan jury "
    "verdict ruling"
)
#: Words for someone other than the speaker: "while those on the left hope to …", and
#: people in general ("to people in the industry they were …").
_SOMEONE_ELSE = word_set(
    "he she they those others people critics supporters shareholders forecasters backers "
    "locals opponents rivals fans voters residents"
)
_TEXTS_AND_SOURCES = _NAMED_TEXTS | _SOURCES


def _complement_goes_on(between: str, inner: str) -> bool:
    """'said it would be "wrong to speculate" while the investigation was "at such a
    sensitive stage"': the reported clause goes on, in the same speaker's words, to a
    verb whose complement the next quotation is.

    Only where no one else may own the words: no capitalised name between ('while Dr
    Okafor was', 'the Treasury was'), no he, she, they or those, no noun for people or a
    body ('union leaders were', 'the council was'), nor for a text or a source with words
    or a name of its own ('its slogan was', 'the contract must be'). Not past a colon, a
    semicolon or a bracket; a quotation of two words only right after a form of "be" ('is
    "a smear"').
    """
    words = between.split()
    if not words or len(words) > 20 or any(mark in between for mark in ";:()[]"):
        return False
    quoted = inner.split()
    last = fold(words[-1])
    if not any(c.isalpha() for c in inner) or (len(quoted) < 3 and last not in _BE):
        return False
    if len(quoted) == 1 and not quoted[0].islower():
        return False  # a name: 'was "Biscuit"'
    # 'vowed to "fight on"', 'it was necessary to "have the courage …"'.
    to_do = (
        last == "to"
        and len(words) > 1
        and quoted[0].lower() not in _NOT_A_BARE_VERB
        and (fold(words[-2]) in _TO_DO or not _TAKES_COMPLEMENT.isdisjoint(map(fold, words[-4:-1])))
    )
    if not (last in _TAKES_COMPLEMENT or to_do):
        return False
    if _names_its_own(words, _TEXTS_AND_SOURCES):
        return False
    for word in words:
        bare = fold(word.strip(",.'’\""))
        named = word[:1].isupper() and (word[1:2].islower() or word[1:2].isupper())
        if named and bare not in MONTHS and bare not in WEEKDAYS:
            return False  # someone named: "Dr Okafor", "the Treasury", "Ofcom", "the IMF"
        bare = unpossessed(bare) if POSSESSED.search(bare) else bare
        single = bare[:-1] if bare.endswith("s") else bare
        if bare in _SOMEONE_ELSE or any(_people_or_body(w) for w in (bare, single)):
            return False
    return True


def _names_its_own(words: list[str], nouns: frozenset[str] = _NAMED_TEXTS) -> bool:
    """Whether the reporter's words name a text (or, given `_SOURCES` too, a source)
    whose name or words the quotation after them is: 'its slogan was', 'a report found'."""
    for word in words:
        bare = fold(word.strip(",.'’\""))
        if bare in nouns or (bare.endswith("s") and bare[:-1] in nouns):
            return True
    return False


def _people_or_body(noun: str) -> bool:
    """A noun for people or a body, who may own words of their own: "leaders", "council"."""
    if noun in TITLES or noun in _ROLES or noun in _PERSON_NOUNS:
        return True
    return noun in _ORG_HEADS or noun in _BODY_HEADS or noun in ORG_WORDS


def _resumes(previous: Quote, between: str) -> bool:
    """'"A," she said, "and more."': the sentence broken by its cue goes on in this quote."""
    return (
        previous.kind == "direct"
        # the comma inside the marks, or outside them: '"A", she said, "and more".'
        and (previous.text.endswith(",") or between.startswith(","))
        and between.rstrip().endswith(",")
        and len(between.split()) <= 12
        and attribution_follows(between.lstrip(" ,\u00a0"))
    )


def _ends_sentence_inside(inner: str, right: str) -> bool:
    """'…property." In the past…': the sentence ended inside the quote, no cue follows.

    A question or exclamation is still followed by its attribution in the same
    sentence ('…grocery?" Forte said.'), so a capitalised speaker and cue verb right
    after the closing mark keep the quote's sentence open. After a full stop only a
    bare attribution does ('…won." Lee said.'): '…pocket." Virgin says an hour's
    listening …' is the reporter's next sentence, about something else.
    """
    end = inner.rstrip().rstrip("'’\"”)]")[-1:]  # '… ask: 'What am I doing there?''
    if end not in ".!?…":
        return False
    following = right.lstrip(" \u00a0")
    if not following:
        return True
    if not (following[0].isupper() or following[0] in '"“‘('):
        return False
    if following.rstrip().endswith(":"):
        return True  # '…tomorrow." Bob Lee added: "…': he introduces the next quote
    if not attribution_follows(following):
        return True
    return end in ".…" and not _bare_attribution(following)


def _bare_attribution(following: str) -> bool:
    """'Tom Lee said in a statement on Monday.', 'Lee told the BBC.': a cue that says who
    spoke and no more, not one that opens reported speech ('Virgin says an hour's
    listening would cost …', 'But Sky denied the programme breached …')."""
    if following.rstrip()[-1:] not in ".!?":
        return False  # it runs on into another quotation: "… said she \"would not\""
    words = WORD_RE.findall(following[:160])
    at = next((i for i, w in enumerate(words[:8]) if w.lower() in CUE_SET), None)
    if at is None:
        return False
    rest = words[at + 1 :]
    if len(rest) > _MOST_AFTER_A_BARE_CUE:
        return False  # "Gerrard had said before the game he would consider leaving …"
    if not rest or words[at].lower() in _TELLS:
        return True  # "… Lee said.", "Lee told the BBC."
    return rest[0].lower() in _AFTER_A_BARE_CUE


#: Most words after the cue of a bare attribution ("… said in a statement issued on
#: Monday night."); a whole reported clause is longer.
_MOST_AFTER_A_BARE_CUE = 8
_TELLS = word_set("told tells tell")


#: Words after a cue that go on with the attribution, not with what was said.
_AFTER_A_BARE_CUE = word_set(
    "in on at to yesterday today tonight last this during after before from with as "
    "when earlier later afterwards recently"
)


def _continuation(
    state: _State,
    number: int,
    previous_speaker: _Speaker | None,
    previous_open: tuple[int, _Speaker | None, bool] | None,
    before: str,
    left_all: str,
) -> _Speaker | None:
    """Who says a quote with no cue of its own.

    In order: the previous quote's speaker in the same paragraph; whoever the
    paragraph has just named as speaking or as its subject ("X summed it up: …",
    "X said the move was bold. '…'"); at the start of a paragraph, the speaker of
    the previous paragraph's quote or reported speech.
    """
    # Only the closing marks of a scare quote before it ('… "consigned to the past". "We
    # are …') is no sentence of the reporter's.
    worded = any(char.isalnum() for char in before)
    short = previous_speaker is not None and ("He " in before or "She " in before)
    aside = _PRONOUN_ASIDE.search(before) if short else None
    if aside is not None and previous_speaker is not None:
        # '"…," he says. She laughs. "…"': a short sentence of someone else, who goes on.
        pronoun = aside.group(1).lower()
        if _gender(previous_speaker, state) not in {None, pronoun}:
            other = _resolve_pronoun(pronoun, state, other_than=previous_speaker)
            if other is not None:
                return other
    if worded:
        for paragraph, speaker in reversed(state.recent):
            if speaker.named_only:
                continue
            if paragraph == number:
                return speaker
            break
    if previous_speaker is not None:
        return previous_speaker
    if worded:
        return _sentence_subject(before, state, number)
    reported = state.reported
    still_open = previous_open is not None and previous_open[2]
    if reported is not None and reported[0] >= number - 1 and not still_open:
        # '"…," X said. The spokesman said … .' then a bare quote: the spokesman's.
        return reported[1]
    introducing = state.texts.get(number - 1, "").rstrip()
    if introducing.endswith(":") and not has_mark(introducing):
        # "She put it simply:" as a paragraph, then the quote as one: its subject's.
        subject = _sentence_subject(introducing[:-1], state, number - 1)
        if subject is not None:
            return subject
    narrated = _PRONOUN_NARRATES.match(introducing)
    if narrated is not None and len(introducing) <= 160 and not has_mark(introducing):
        # "He paused, stirring his coffee." as a paragraph, then the quote as one: his.
        person = _resolve_pronoun(narrated.group(1).lower(), state)
        if person is not None:
            return person
    if previous_open is not None and previous_open[0] >= number - 1 and previous_open[1]:
        return previous_open[1]
    last = next(((p, s) for p, s in reversed(state.recent[-8:]) if not s.named_only), None)
    if last is not None and last[0] >= number - 1:
        return last[1]
    return None


def _answer_on_topic(sentence: str, number: int, state: _State) -> _Speaker | None:
    """A press conference written up topic by topic ("On what went wrong in the third:
    '…'", "On whether he would rest Wallace: '…'"): the person quoted last, in this
    paragraph or the one before, answers; no one the topic names speaks."""
    sentence = sentence.rstrip()
    if not sentence.endswith(":") or state.last_quote is None:
        return None  # the cheap test first
    if _TOPIC.match(sentence) is None or not CUE_SET.isdisjoint(map(bare_word, sentence.split())):
        return None  # not "On Monday the minister told reporters:", a cue of its own
    if _OWN_CLAUSE.search(sentence) is not None:
        return None
    paragraph, speaker, _ = state.last_quote
    if speaker is None or speaker.kind != "person" or number - paragraph > 1:
        return None
    # "On how long Bell would be out:": not Bell, spoken of.
    return None if speaker.name.split()[-1] in sentence else speaker


#: A topic put to someone, before a colon: "On what went wrong in the third:".
_TOPIC = re.compile(r"[ \u00a0]*On[ \u00a0]+(?:what|whether|why|how|who|if)\b")
#: A clause of the reporter's own after a topic's comma: "On what caused the crash, the
#: report is blunt:" (a relative clause, ", who played hurt:", is the topic's).
_OWN_CLAUSE = re.compile(rf",[ \u00a0]+(?:the|a|an|his|her|their|its|[{CAPITALS}])")
#: A paragraph that tells what a he or she did: "He paused, stirring his coffee."
_PRONOUN_NARRATES = re.compile(r"(He|She) [a-z]+(?:ed|s)\b")
#: A short sentence of a he or she at the end of the reporter's words: " She laughs. ".
_PRONOUN_ASIDE = re.compile(r"(?:^|[.!?][ \u00a0]+)(He|She)(?: [a-z’']+){1,6}[.!][ \u00a0]*$")


def _sentence_subject(before: str, state: _State, number: int) -> _Speaker | None:
    """The person a sentence opens with, for a quote that follows it without a cue."""
    ends = [0, *sentence_ends(before.rstrip())]
    start = max(e for e in ends if e < len(before.rstrip())) if before.strip() else 0
    sentence = before[start:].strip()
    match = _FIRST_NAME_RUN.match(sentence)
    rest = sentence[match.end() :] if match is not None else ""
    mention = None
    if match is not None and (rest.startswith(",") or _verb_follows(rest)):
        # "Graham Barlow, editor of Mac Format, has …", "He is scathing …".
        mention = mention_from_words(match.group(0).split())
        if mention is not None and mention.kind == "name":
            mention = mention if _known_person(mention.name, state) else None
    if mention is None:
        # "But Lib Dem leader Jo Lee said … ." then a bare quote: hers.
        mention = _opening_subject(sentence)
    if mention is not None and mention.kind == "name" and not _known_person(mention.name, state):
        return None
    if mention is None or mention.kind != "name":
        if mention is not None and mention.kind == "pronoun" and mention.name != "one":
            # ("One was a call to amend the bill": one of the recommendations, not a speaker.)
            found = _resolve(mention, state, number)
            _learn_gender(mention, found, state)
            return found
        return None
    speaker = _resolve(mention, state, number)
    return speaker if speaker is not None and speaker.kind == "person" else None


#: The rest of a subject of two people after the first: " and Bram Hollister".
_PAIR_REST = re.compile(
    rf"[ \u00a0]+and[ \u00a0]+([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{0,3}})"
)
_FIRST_NAME_RUN = re.compile(
    rf"(?:(?:[{CAPITALS}][\w'’.\-]*)"
    # "Bert de Jonge": a particle may come between a name's capitalised words (`NAME_GAP`)
    rf"(?:{NAME_GAP}[{CAPITALS}][\w'’.\-]*){{0,4}}"
    # "Deputy Superintendent of Police Garfield Ennis": an office's "of", then a name
    rf"(?:[ \u00a0]+of[ \u00a0]+[{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{2,3}})?"
    r"|[Hh]e|[Ss]he)(?=[ ,])"
)


#: An aside in a quotation between dashes, its cue first or last: "—warns Marta Olazábal,
#: spokeswoman for the platform—", "—Bermejo said at a press conference—".
_DASHED_CUE = re.compile(
    r"[—–][ \u00a0]?(?:([a-z]+)[ \u00a0]+([^—–]{2,120}?)|([^—–]{2,60}?)[ \u00a0]+([a-z]+)"
    # the cue last, with only a phrase of place or time after it: "—Bermejo said at a
    # press conference—" (not "—Bob Ray says it costs millions—")
    r"(?:,?[ \u00a0]+(?:at|in|on|to|during|from|after|before|while|with)\b[^—–]{0,80}?)?)"
    r"[ \u00a0]?(?:[—–]|$)"
)


def _cue_between_dashes(inner: str) -> Mention | None:
    """Who an aside between dashes inside a quotation says is speaking, if any."""
    for aside in _DASHED_CUE.finditer(inner):
        verb, who, subject, last = aside.groups()
        if verb is not None and verb in CUE_SET:
            found = object_after(who)
        elif last is not None and last in CUE_SET and subject[:1].isupper():
            found = subject_before(subject)
        else:
            continue
        # A person, named or by role; not "—says article 14—", "—says the manual—".
        if found is not None and (
            (found.kind == "name" and not _org_name(found.name) and found.name[:1].isupper())
            or _role(_Speaker(found.name, "description"))
        ):
            return found
    return None


def _cue_after(right: str, cues: list[CueMatch]) -> tuple[str, Mention | None] | None:
    """A cue verb after the quote in the same sentence: '," X said' or '," said X'."""
    if not cues:
        return None
    # '"…," an official, who asked not to be named, said': a cue inside a relative
    # clause is not the quote's.
    match = next((c for c in cues if not _IN_RELATIVE.search(right, 0, c.start())), cues[0])
    between = right[: match.start()]
    cue = match.group(0)
    folded = fold(cue)
    if folded in {"according to", "in the words of"}:
        return cue, object_after(right[match.end() :])
    quoted = _QUOTED_AS.match(right, match.end()) if folded == "quoted" else None
    if quoted is not None:
        # '," the newspaper quoted an insider as saying': the insider said it.
        return cue, object_after(quoted.group(1)) or _UNSAID
    words = between.strip(" ,—–-\u00a0:")
    if folded == "quoted":
        # '"…," the Arsenal boss is quoted as saying': who is quoted said it.
        words = _PASSIVE_BEFORE.sub("", words + " ").strip()
    # With a subject before "told", the object is who was told ('… car maker told BBC
    # News'); right after the quote ('," instructed Nora Blake') it is who spoke.
    addressee = bool(words) and folded in _ADDRESSED
    after = None if addressee else object_after(right[match.end() :])
    named_after = after is not None and after.kind == "name"
    if words and fold(words.split()[0]) in _PREPOSITIONS_AFTER_QUOTE and named_after:
        # '"…" with its product range, said Mr Learmount': the speaker follows the verb.
        return cue, after
    if words:
        if len(words.split()) > 14:
            return None
        mention = subject_before(words)
        return cue, mention if mention is not None else after
    named = right[match.end() : match.end() + 8].split()[:1]
    if folded in _CALLING and named and bare_word(named[0]) in {"it", "them", "this", "that"}:
        return None  # 'the slogan "Four days, full life," calling it …': a name for a thing
    return cue, after


#: Participles that name what they are said of: '"…," calling it'.
_CALLING = word_set("calling describing dubbing branding labelling labeling terming")
#: Words that open a phrase continuing the quote's sentence, not a subject.
_PREPOSITIONS_AFTER_QUOTE = frozenset({"with", "in", "on", "at", "for", "from", "to", "of", "by"})
_QUOTED_AS = re.compile(r"[ \u00a0]+([^,;.!?\"“”]{1,80}?)[ \u00a0]+as[ \u00a0]+say(?:ing|s)?\b")
#: A preposition governing a gerund cue: "for calling", "after saying", "by describing".
_GERUND_ENDINGS = ("for", "after", "before", "by", "without", "on")
_GERUND_AFTER = re.compile(rf"\b(?:{'|'.join(_GERUND_ENDINGS)})[ \u00a0]+$", re.I)
#: An unclosed relative clause: ", who asked not to be named" before a later cue.
_IN_RELATIVE = re.compile(r",[ \u00a0]+(?:who|which|whose)\b[^,;.]*$")


#: The mentions a look-back past a passive takes as the earlier verb's subject: a name or
#: a pronoun ("It said parts had been ordered …").
_WHO = frozenset({"name", "pronoun"})


def _ends_with_comma(text: str) -> bool:
    """Whether a clause ends at the end of `text`: a comma, or one inside a quotation's
    closing mark ('the slogan "Four days, full life," calling it')."""
    end = text.rstrip()
    return end.endswith(",") or end[-2:] in {',"', ",”", ",’"}


def _cue_before(
    left: str,
    cues: list[CueMatch],
    right: str = "",
    head: str = "",
    head_cues: list[CueMatch] | None = None,
    *,
    look_back: bool = True,
) -> tuple[str, Mention | None] | None:
    """The last cue verb before the quote in its sentence: 'X said: "…' or 'X said that "…'.

    `head` is the start of the sentence when `left` begins later (after an earlier
    quote in the same sentence), with its cues: where a coordinated verb or a
    participle finds its subject.
    """
    if not cues:
        return None
    last = cues[-1]
    cue = last.group(0)
    if fold(cue) in {"according to", "in the words of"}:
        return cue, object_after(left[last.end() :])
    if fold(cue) in {"spoke of", "speaks of"}:
        spoken_of = left[last.end() :]
        if "," in spoken_of or len(spoken_of.split()) > 2:
            return None  # "spoke of his memoir, "A Promised Land"": a title, no words
    before = left[: last.start()]
    passive = _passive_before(before[-40:])
    if fold(cue) == "quoted" and passive:
        # "Mr Houston was quoted in the Herald saying": who was quoted said it.
        quoted = subject_before(_PASSIVE_BEFORE.sub("", before))
        if quoted is not None:
            return cue, quoted
    if passive:
        # 'the "harbour tax" was called a "scam"': the subject is what was spoken of;
        # the speaker, if any, follows "by".
        agent = _BY_AGENT.match(left, last.end())
        if agent is not None:
            return cue, object_after(left[agent.end() :]) or _UNSAID
        agent = _BY_AGENT_AFTER.match(right)
        found = object_after(right[agent.end() :]) if agent is not None else None
        folded = fold(cue)
        # ("Parts had been ordered": bought, not told.)
        addressed = folded in _ADDRESSED and folded != "ordered"
        told_or_named = addressed or folded in _NAMING or folded == "described"
        colon = left.rstrip().endswith(":")
        if found is None and len(cues) > 1 and look_back and not (colon or told_or_named):
            # "Gillani said governments had been warned about the crisis "for a decade"":
            # no agent; the words are in what the earlier verb's subject said (not "she
            # was told she was "too heavy"", words said to her, nor "was described as
            # "incomplete" in a letter", the describer's).
            earlier = _cue_before(before, cues[:-1], right, head, head_cues, look_back=False)
            if earlier is not None and earlier[1] is not None and earlier[1].kind in _WHO:
                return earlier
        return cue, found or _UNSAID
    if cue.endswith("ing") and _ends_with_comma(before):
        # A participle ("X said in an interview, arguing that …") shares the subject
        # of the clause it hangs from.
        main = _main_subject(before, cues[:-1])
        if len(cues) == 1 and head.strip() and before.lstrip()[:1] in _OPENING_MARKS:
            # 'Ann Lee said it was "a first", adding …': the clause and its verb began
            # before the earlier quotation, which is no subject.
            main = _main_subject(head, head_cues or [])
        if main is not None:
            return cue, main
    gerund = cue.endswith("ing") and _may_end_with(before, _GERUND_ENDINGS)
    governed = _GERUND_AFTER.search(before) if gerund else None
    if governed is not None:
        # "X has been banned for calling a referee 'a disgrace'": X called him that.
        main = _main_subject(before[: governed.start()], cues[:-1])
        if main is not None:
            return cue, main
    # "Ms Reyes quit the party in March and has called …" (not inside a reported clause:
    # "Ms Khan said her neighbours had complained and had called …").
    perfect = len(cues) == 1 and _PERFECT_JOINED.search(before) is not None
    if _coordinated(before) or perfect:
        # "Civic Action has a road map … and suggests companies “…”": the verb shares
        # the subject of the clause it is joined to.
        joint = _PERFECT_JOINED if perfect else _COORDINATED
        clause = head or joint.sub("", before)
        if before.rfind("(") > before.rfind(")"):
            # "(the company would not say but called it …)": the bracket's own clause.
            clause = joint.sub("", before[before.rfind("(") + 1 :])
        # "US Customs claimed … but his lawyer, Ann Lee, told … and added": the verb is
        # joined to the nearest main clause, the one after "but".
        joined = [m.end() for m in _MAIN_CLAUSE_JOIN.finditer(clause)]
        main = _opening_subject(clause[joined[-1] :]) if joined else None
        who = clause.rfind(", who ")
        relative = clause[who + 6 :] if who > 0 else ""
        closed = _COORDINATED.sub("", relative).rstrip().endswith(",")
        if main is None and relative and not closed and CUE.search(relative):
            # (Not "Mr Zelensky, who thanked him for the aid, and hailed": the relative
            # clause ended at its comma; the main clause's subject hailed.)
            # "… criticism from critic Brent Lachance, who said … and called the minister
            # "…"": the verb is joined to the relative clause's, whose subject is its host.
            main = subject_before(clause[:who])
        main = main or _opening_subject(clause)
        if main is not None:
            return cue, main
    if before.rstrip().endswith(_CLOSING_MARKS):
        # '"…," said Anthony Sebok, a professor, adding that …': the verb's subject
        # follows it, after the earlier quotation.
        after = object_after(left[last.end() :])
        if after is not None and after.kind in {"name", "description"}:
            return cue, after  # '"…," said the prime minister, "…"' too
    if head.strip() and _QUOTATION_THEN_COMMA.fullmatch(before):
        # 'The actor, who stars in "Salt Crown", told …': the quotation ends a clause
        # about the subject, which stands before it, in the sentence's head.
        mention = subject_before(head + before)
    else:
        mention = subject_before(before) if before.strip() else None
    if mention is None and head.strip() and before.lstrip()[:1] in _OPENING_MARKS:
        # 'The influencer, who posts as "BrunchBandit" and has 9,000 followers, called
        # …': the subject stands before the earlier quotation, in the sentence's head.
        mention = subject_before(head + before)
    if mention is None and cue.endswith("ing") and before.strip():
        # "the Tory leader will argue against it saying": the clause's subject.
        mention = _main_subject(before, cues[:-1])
    if mention is None and fold(cue) in _ADDRESSED and before.strip():
        # "The singer of Because the Night told The Observer that …": whoever the
        # subject is, the one told is not the speaker.
        return cue, _UNREAD
    if mention is None:
        # "…, said X, that …" or a passive: look after the verb. Inside a clause
        # ("… and suggests companies “…”") a common noun there is the verb's object.
        mention = object_after(left[last.end() :])
        inside_clause = before.strip() and before.rstrip()[-1] not in ",:;—–\"”'’"
        if mention is not None and mention.kind != "name" and inside_clause:
            mention = _UNSAID  # said, by someone the sentence does not name here
    if look_back and mention is not None and _a_thing(mention) and len(cues) > 1:
        # "Charles Williams said talks with Disney's producers revealed there was "…"":
        # talks say nothing; the quote is in what the earlier verb's subject said (one
        # verb back, never further).
        earlier = _cue_before(before, cues[:-1], right, head, head_cues, look_back=False)
        # Not "X announced plans, in a move branded a "…" by the Tories": said by them.
        by_agent = _BY_AGENT_AFTER.match(right) is not None
        if not by_agent and earlier is not None and earlier[1] and earlier[1].kind == "name":
            return earlier
    return cue, mention


#: Nouns for what cannot speak, though a reporter's verb may follow them ("talks
#: revealed", "figures showed"); a description ending in a verb is no speaker either.
_MUTE_NOUNS = word_set(
    "talks aid figures data results interviews move decision plan deal changes rules "
    "evidence tests checks meeting meetings discussions negotiations sales profits prices "
    "numbers statistics trials asylum economy video address clip footage"
)
#: Recordings that speak for whoever made them, when the text names the maker.
_MEDIA = word_set("video address clip footage")


def _a_thing(mention: Mention) -> bool:
    """A description of something that cannot speak ("talks", "the figures"), not of a
    person, a body, a group or a document."""
    if mention.kind != "description":
        return False
    head = fold(mention.name.split()[-1])
    authored = " by " in mention.text or POSSESSED.search(mention.text.split()[0]) is not None
    if head in _MEDIA and authored:
        return False  # "a video by the governor", "the minister's address": theirs
    if head not in _MUTE_NOUNS and not (head.endswith("ed") or head in IRREGULAR_PAST):
        return False  # "the hospital confirmed", "the band described": they speak
    singular = head[:-1] if head.endswith("s") else head
    return not (
        _person_noun(head)
        or _person_noun(singular)
        or head in _ROLES
        or singular in _ROLES
        or head in _ORG_HEADS
        or singular in _ORG_HEADS
        or head in _BODY_HEADS
        or head in _GROUP_WORDS
        or singular in WRITINGS
        or head in WRITINGS
        or head in OUTLET_NOUNS
    )


#: Verbs that can name a thing rather than report speech: "a podcast called X".
_NAMING = word_set("called named termed dubbed titled entitled labelled labeled")
#: Verbs after which "as" gives the name someone works under, not words they said:
#: "who posts as "BrunchBandit"", "performs as "Lil Tide"".
#: (Not the bare forms, which are nouns too: "defines a blog as: "…"".)
_NAME_TAKEN = word_set(
    "posts posted posting writes wrote writing performs performed performing trades "
    "traded trading tweets tweeted tweeting blogs blogged blogging streams streamed "
    "streaming raps rapped rapping"
)
#: A noun right before such a verb (not a subject such as "he" or "Blair"): the verb is a
#: participle naming that noun.
_NAMED_THING = re.compile(
    r"\b(?!(?:he|she|they|it|we|i|who|which|that|has|have|had|will|would|could|should"
    r"|may|might|must|did|does|do|also|then|later|and|but|not|never)\b)"
    r"[a-z][a-z\-]*[ \u00a0]+$"
)
#: Where a second main clause opens inside a sentence: "…, but his lawyer said …".
_MAIN_CLAUSE_JOIN = re.compile(r"(?:[ \u00a0]but|[ \u00a0]while|[ \u00a0]whereas|;)[ \u00a0]+")
_CLOSING_MARKS = ('"', "”", "’")
#: Only an earlier quotation and the comma after it, before a cue: '"Salt Crown", told'.
_QUOTATION_THEN_COMMA = re.compile(r"\s*[\"“‘'][^\"“”]*(?:[\"”’'],|,[\"”’'])\s*")
_OPENING_MARKS = ('"', "“", "‘", "'", "«", "„", "‚")
#: A verb joined to an earlier one in its sentence: "… and suggests", "… but added".
_JOINING = ("and", "but")
_AND_OR_BUT = rf"[ \u00a0](?:{'|'.join(_JOINING)})[ \u00a0]+(?:also[ \u00a0]+)?"
_COORDINATED = re.compile(_AND_OR_BUT + "$")
#: The same in the perfect: "… and has called", "… but has insisted".
_PERFECT_JOINED = re.compile(_AND_OR_BUT + r"(?:has|have|had)[ \u00a0]+(?:also[ \u00a0]+)?$")


#: What a passive cue without an agent names: a quotation (so not a label), by nobody.
_UNSAID = Mention("", "", "nobody")
#: What a cue names when its subject cannot be read: a quotation, by someone unknown,
#: whom the quotes around may still tell (unlike a passive's nobody).
_UNREAD = Mention("", "", "unknown")
#: A form of "be" (and an adverb) just before a cue verb: the verb is passive.
_PASSIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(_BE)})[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?$", re.I)
#: How a text `_PASSIVE_BEFORE` matches ends: a form of "be", or an adverb's "-ly".
_PASSIVE_ENDINGS = (*_BE, "ly")


def _may_end_with(text: str, endings: tuple[str, ...]) -> bool:
    """Whether a pattern that ends the text (or its last line) with one of `endings`, any
    case, and spaces could match it. A search of such a pattern tries every position of
    a text up to 600 characters long; this reads only its end. It rules a text out only
    when it is ASCII: a case-blind pattern's letters match "ſ" and the Kelvin sign, and
    its spaces the no-break space."""
    return not text.isascii() or text.rstrip(" \n").lower().endswith(endings)


def _coordinated(text: str) -> bool:
    """Whether "and" or "but" (and "also") ends the text: `_COORDINATED` searched."""
    return _may_end_with(text, _COORDINATED_ENDINGS) and _COORDINATED.search(text) is not None


_COORDINATED_ENDINGS = (*_JOINING, "also")


def _passive_before(text: str) -> bool:
    """Whether a passive's "was" (and an adverb) ends the text: `_PASSIVE_BEFORE` searched."""
    return _may_end_with(text, _PASSIVE_ENDINGS) and _PASSIVE_BEFORE.search(text) is not None


#: "… by the mayor": the agent of a passive cue, right after the verb or its object; not
#: the agent of another passive after it ("was told the outage was caused by a pump").
_NO_OTHER_PASSIVE = r"(?!\b(?:was|were|is|are|been|being)\b)"
_BY_AGENT = re.compile(rf"(?:{_NO_OTHER_PASSIVE}[^.;:!?\"“”]){{0,40}}?\bby[ \u00a0]+")
#: The same after the quotation: 'was described as "…" and "…" by the commission'.
_BY_AGENT_AFTER = re.compile(rf"(?:{_NO_OTHER_PASSIVE}[^.;:!?]){{0,60}}?\bby[ \u00a0]+")


#: Verbs of a clause whose subject a colon's quotation is by: "was categorical:", "had a
#: warning:", "defines a blog as:".
_COLON_VERBS = word_set(
    "is are was were had has have remained seemed sounded defines defined struck offered gave"
)
#: Words of a clause before a colon that introduce words read, heard or handed over.
_NOT_SPOKEN = word_set(
    "found saw heard read received handed shown given sent spotted noticed discovered "
    "sign signs note notes banner placard poster message letter email text headline "
    "caption inscription graffiti voice"
)
#: Words between a subject and its verb: "Osbourne himself was", "the minister then was".
_ASIDE_WORDS = word_set("himself herself itself themselves also then still again once")


#: The nouns for what someone says that a colon's subject after "her" or "his" may be:
#: "Her message was simple:".
_WORDS_GIVEN = word_set(
    "pitch message answer advice response reply verdict view argument warning plea point "
    "explanation reasoning assessment instruction philosophy motto mantra take"
)


#: A participle's aside between commas: ", working as a pundit for Sky Sports,".
_PARTICIPLE_ASIDE = re.compile(r",[ \u00a0]+[a-z]+ing\b[^,:;]*,[ \u00a0]+")


def _someone_before_colon(clause: str, state: _State) -> Mention | None:
    """The subject of a clause that introduces a quotation with a colon and no cue verb,
    when its verb is "be" ("the finance minister was categorical:", "She was blunt:")
    and it is someone: a person or body the article names, a he or she, a role (not "The
    scene was chaotic:", nor "Ballot papers will ask:", nor "He saw a sign: "…"")."""
    # "Dion Ashcroft, working as a pundit for Sky Sports, was unequivocal:": the aside
    # stands between the subject and its verb.
    clause = _PARTICIPLE_ASIDE.sub(" ", clause, count=1) if "ing " in clause else clause
    found = _opening_subject(clause)
    if found is None:
        return None
    after = clause[clause.find(found.text) + len(found.text) :].split()
    owner = _POSSESSIVE_PRONOUNS.get(fold(found.text.split()[0]))
    if owner is not None and found.kind == "description" and fold(found.name) in _WORDS_GIVEN:
        # "Her pitch to factory managers is blunt:": her words, whatever the subject's
        # phrase holds before its verb; not "His argument was rejected by the judge:".
        if _COLON_VERBS.isdisjoint(map(bare_word, after[:5])) or "by" in after:
            return None
        return Mention(found.text, owner, "pronoun")
    verb = next((bare_word(w) for w in after if bare_word(w) not in _ASIDE_WORDS), "")
    if verb not in _COLON_VERBS or not _NOT_SPOKEN.isdisjoint(map(bare_word, after)):
        return None  # "Mr Petrov found a note on his windscreen:": words he read, not said
    if found.name in {"he", "she"}:
        return found
    if found.kind == "name":
        # A name the article also writes inside sentences; not a sentence's first word.
        known = _known_person(found.name, state) or _org_name(found.name)
        return found if known or " " in found.name or state.proper(found.name) else None
    head = fold(found.name.split()[-1]) if found.kind == "description" else ""
    someone = head in _ROLES or _person_noun(head) or head in _ORG_HEADS
    return found if someone else None


def _subject_shown(
    sentence: tuple[int, str, int], pronoun: str, before_open: int, state: _State
) -> _Speaker | None:
    """ "Asked about it, Venkataraman didn't flinch. '…,' she said": the person the
    sentence before, in the quote's paragraph, is about, when the article already showed
    that person to be a he or she as the pronoun is, and had named them before."""
    text = sentence[1].strip(" .\u00a0")
    if not before_open or text.startswith(('"', "“", "'", "‘")):
        return None  # (a quotation's words are no sentence of the reporter's own)
    if bare_word(text.rpartition(" ")[2]) in CUE_SET:
        return None  # "Mr Brown liked to …, the Tory leader said.": someone else's report
    if _NOT_SPEAKING.search(text) is not None:
        return None  # "Boyd couldn't be reached for comment.": someone else speaks
    # "didn’t flinch" read as "did not flinch", whose "did" is a verb.
    opener = _sentence_opener(_CONTRACTION.sub(_uncontracted, text), state)
    if opener is None or _gender(opener, state) != pronoun:
        return None
    seen = any(speaker.name == opener.name for _, speaker in state.recent)
    return opener if seen else None


#: A negative contraction, read as the verb and "not": "didn’t", "won’t", "can’t".
_CONTRACTION = re.compile(r"\b([a-z]+)n[’']t\b")


def _uncontracted(match: re.Match[str]) -> str:
    verb = match.group(1)
    return f"{_CONTRACTED.get(verb, verb)} not"


#: Contractions whose verb is spelt otherwise: "won’t", "can’t", "shan’t".
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}
#: A sentence saying someone did not speak: "couldn't be reached", "did not say when".
_NOT_SAID = (
    r"(?:did|does|do|could|would|was|were|has|have|had|is|are|will|can)(?:n[’']t|[ \u00a0]+not)"
    r"(?:[ \u00a0]+(?:immediately|yet|be|been))*[ \u00a0]+"
)
#: Unavailable for comment: "could not be reached", "did not respond".
_UNAVAILABLE = r"reached|available|respond|return(?:ed)?|comment"
_NOT_AVAILABLE = re.compile(rf"\b{_NOT_SAID}(?:{_UNAVAILABLE})\b")
#: Unavailable, or saying nothing of it: "did not say when", "didn't mention".
_NOT_SPEAKING = re.compile(
    rf"\b{_NOT_SAID}(?:{_UNAVAILABLE}|say|mention|answer|reply|speak|elaborate|explain"
    r"|confirm)\b"
)


def _sentence_opener(sentence: str, state: _State) -> _Speaker | None:
    """The person a sentence opens with as its subject, if the article names them in full."""
    found = _opening_subject(sentence.strip())
    if found is None or found.kind != "name" or not _known_person(found.name, state):
        return None
    return _Speaker(state.names.fullest(found.name), "person")


def _opening_subject(sentence: str, most_words: int = 9, *, adverb: bool = False) -> Mention | None:
    """The subject of a sentence's first verb: the words before it, at the start or
    after an opening phrase and its comma ("Shivering in a dress, the actress stopped"),
    among its first `most_words` words."""
    sentence = past_dateline(sentence[:_WINDOW])
    starts = [0]
    comma = sentence.find(", ")
    while comma >= 0 and len(starts) < 4:
        starts.append(comma + 2)
        comma = sentence.find(", ", comma + 2)
    opening = sentence[: starts[1]].split() if len(starts) > 1 else []
    thing_first = bool(opening) and bare_word(opening[0]) in ARTICLES
    thing_first = thing_first and not _person_noun(bare_word(opening[-1]))
    for start in starts:
        words = sentence[start : start + 200].split()[:most_words]
        if not words:
            continue
        while len(words) > 1 and bare_word(words[0]) in _CONJUNCTIONS:
            words = words[1:]  # "And despite the results, Lee believes …"
        opener = bare_word(words[0])
        participle = (
            start == 0
            and opener.endswith(("ed", "ing"))
            and len(words) > 1
            and bare_word(words[1]) in _AFTER_PARTICIPLE
        )
        adverbial = opener in _OPENING_PREPOSITIONS and _lower_phrase(words)
        if opener in _SUBORDINATORS or adverbial or participle:
            # "When Carson died, President Bush led …", "Asked if …, he replied":
            # not the main clause ("Groening recently heaped praise" is).
            continue
        for index, word in enumerate(words[1:], 1):
            if word[:1].isupper() or bare_word(word) in _ADVERBS:
                continue
            if word.rstrip(",").isdigit():
                continue  # "Redknapp, 57, quit"
            # ("Residents have given …": "have" is the verb of a plural subject here.)
            if _verb_follows(word) or bare_word(word) in CUE_SET or word == "have":
                subject = words[:index]
                if start and subject[-1].endswith(",") and thing_first:
                    # "The film, A Different Story, chronicles": an appositive to a
                    # thing, not a subject after an opening phrase ("The party's
                    # leader, Jo Lee, said" names a person).
                    return None
                while subject and (
                    bare_word(subject[0]) in _CONJUNCTIONS or bare_word(subject[0]) in _ADVERBS
                ):
                    subject.pop(0)  # "Now the firm employs …", "But Lee said"
                while subject and (
                    bare_word(subject[-1]) in _ADVERBS or (adverb and ly_adverb(subject[-1]))
                ):
                    # "The Bank of Ostria unexpectedly raised …, saying": asked only for a
                    # participle's subject (elsewhere a "-ly" word after a name has kept a
                    # misread subject from being taken, and a better one is found later).
                    subject.pop()
                # subject_before reads appositives: "Clapton, alongside BB King, also".
                mention = subject_before(" ".join(subject)) if subject else None
                if mention is not None and not mention.name.isdigit():
                    return mention
                break  # the first verb's subject or none: never a later verb's
            if word.endswith((",", ";", ":")):
                break
    return None


def _lower_phrase(words: list[str]) -> bool:
    """ "despite the recent results,": a phrase in lower case up to its comma (in "On
    tape Mr Lee, who …, is heard" the subject follows the preposition's object)."""
    for index, word in enumerate(words):
        if index and word[:1].isupper():
            return False
        if word.endswith(","):
            return True
    return False


#: Prepositions that open a sentence with its topic: "Of Hepburn, she said".
_TOPIC_PREPOSITIONS = word_set("of about on regarding")
#: Prepositions opening an adverbial before a sentence's subject ("Despite the results,").
_OPENING_PREPOSITIONS = word_set(
    "despite in on at during following with without for from under over amid by until"
)
_ADVERBS = word_set(
    "also later then again once now still already just reportedly recently meanwhile however"
)
#: Words after an opening participle: "Asked if", "Speaking to", "Shivering in".
_AFTER_PARTICIPLE = word_set("if about to in on at with after for by from during whether what")
_CONJUNCTIONS = word_set("but and so yet or")
_SUBORDINATORS = SUBORDINATORS | {"once"}


def _main_subject(before: str, cues: list[CueMatch]) -> Mention | None:
    """The subject of the clause a participle hangs from: its own cue's, or its opener."""
    main = _cue_before(before.rstrip().rstrip(","), cues)
    if main is not None and main[1] is not None and main[1] is not _UNREAD:
        return main[1]
    return _opening_subject(before.strip().rstrip(","), adverb=True)


def _note_cues(text: str, number: int, state: _State, cues: Cues, begin: int) -> None:
    """Remember who speaks or acts in the reporter's own sentences.

    Subjects of cue verbs ("Sam X, an analyst, told The Times") and sentence-opening
    names the article refers back to with he/she ("Yuni … when she heard").
    """
    if not text.strip():
        return
    stop = begin + len(text)
    ends = [0, *cues.sentence_ends(begin, stop)]
    # Clause subjects first; each is remembered just before the cues that follow it,
    # and each cue's speaker at once, so "the spokesman" can find the fuller description
    # given earlier in the same paragraph.
    subjects: list[tuple[int, _Speaker]] = []
    joints: list[int] | None = None  # once for all its sentences, when one asks
    issuing = "issued" in text
    # The rarer words first: most texts hold a " by " or " from ", few a " statement ".
    papers = " statement " in text or " letter " in text or " report " in text
    if papers and (" by " in text or " from " in text or " behalf " in text):
        for written in _WRITTEN_BY.finditer(text):
            # "A victim impact statement written by Miss Sandhu was read to the court", "a
            # statement from Raj Kandola": whose a later "the statement said" is.
            family = written.group(3) is not None
            words = clean_name_words(written.group(2).split())
            author = _named_person(words, state) if words else ""
            if author:
                # "a statement on behalf of Kieran's family": the family's.
                kind = "org" if family or _org_name(author) else "person"
                document = fold(written.group(1))
                state.issued[document] = _Speaker(
                    f"{possessive(author)} family" if family else author, kind
                )
                state.issued_in[document] = number
    for index, start in enumerate(ends):
        if index == 0 and not cues.opens_sentence(begin):
            # The text right after a quotation ('"amazed" Mr Smith was still in his job')
            # goes on the reporter's sentence: its first name is no sentence subject; but
            # a clause may open right after it ('"…," but Albright is not biting').
            joints = _joints(text) if joints is None else joints
            if joints and joints[0] <= 7:
                stop_at = ends[1] if len(ends) > 1 else len(text)
                conjuncts = _conjunct_subjects(text, start, stop_at, state, joints[:1])
                subjects.extend((at, _Speaker(name, "person")) for at, name in conjuncts)
            continue
        stop_at = ends[index + 1] if index + 1 < len(ends) else len(text)
        if start == 0 and text[:1].isdigit():
            timed = LIVE_TIME.match(text)  # "09:51 Dr Mayhew has been speaking again"
            start = timed.end() if timed is not None else start
        opener = _OPENING_WORD.match(text, start, stop_at)
        if opener is None or (
            opener.group(1) in _PRONOUN_OPENERS
            and not (
                opener.group(1) in {"That", "This"} and _RELATIVE_NAMED.match(text, opener.start(1))
            )
        ):
            continue  # "It was …", "He said …", '"…': no name opens the sentence
        if _NOT_AVAILABLE.search(text, start, stop_at) is not None:
            continue  # "Boyd could not be reached for comment.": no one a he/she means
        # Where a subject may stand after an opening adverbial: read once for every rule.
        commas = _after_opening_commas(text, opener.start(1), stop_at, opener.group(1))
        organisation = _opening_organisation(text, start, stop_at, state, commas)
        if organisation is not None:
            subjects.append((start, organisation))
        people = _clause_subjects(text, start, stop_at, state, commas)
        issued = _ISSUED_A.search(text, start, stop_at) if issuing else None
        if issued is not None:
            # "The ministry later issued a statement …": whose a later "the statement" is;
            # when the sentence names no issuer it can, an earlier one's is stale.
            document = fold(issued.group(1))
            if organisation is not None or people:
                state.issued[document] = organisation or _Speaker(people[0][1], "person")
            else:
                state.issued.pop(document, None)
                state.issued_in.pop(document, None)
        joints = _joints(text) if joints is None else joints
        if joints:  # the cheap test first: few sentences join a capital with "and"
            people += _conjunct_subjects(text, start, stop_at, state, joints)
        if text.find(" by ", start, stop_at) >= 0:
            # Remembered before the sentence's subject, which a he/she means first ("Tim
            # Henman was beaten by Roger Federer. '…,' he said" is Henman's).
            people += [(start - 1, name) for name in _passive_agents(text, start, stop_at, state)]
        if commas or opener.group(1) == "The":  # where "the Swiss star" may stand
            previous = ends[index - 1] if index else None
            people += _described_subject(text, opener, stop_at, previous, state, commas, number)
        if people:
            subjects.extend((at, _Speaker(name, "person")) for at, name in people)
        if organisation is None and not people:
            group = _group_subject(text, start, stop_at)
            if group is not None:
                subjects.append((start, _Speaker(group, "description", named_only=True)))
    subjects.sort(key=lambda found: found[0])
    subjects.reverse()
    quoted_until = 0
    cued_sentence = -1  # where the sentence of the last cue read starts
    for match in cues.between(begin, stop):
        # Its fields, read once: a CueMatch's start() and end() are Python calls.
        cue_start, cue_end = match.begin, match.stop
        next_end = bisect.bisect_right(ends, cue_start)  # the end of the cue's sentence
        sentence_at = ends[next_end - 1]
        # 'Amy Cole said a patient had complained': a verb inside what another said.
        reported = sentence_at == cued_sentence
        cued_sentence = sentence_at
        while subjects and subjects[-1][0] < cue_start:
            subject = subjects.pop()[1]
            state.remember(number, subject, named_only=subject.named_only)
        cue = fold(match.text)
        if cue_start < quoted_until:
            continue  # the "saying" of "quoted … as saying", read with "quoted"
        quoted_as = _QUOTED_AS.match(text, cue_end) if cue == "quoted" else None
        if quoted_as is not None:
            quoted_until = quoted_as.end()
        if cue in {"according to", "in the words of"}:
            mention = object_after(text[cue_end : cue_end + _WINDOW])
        elif quoted_as is not None:
            # "Reuters quoted a central bank official as saying": the official spoke.
            mention = object_after(quoted_as.group(1))
        else:
            start = sentence_at
            # Both sides are cut to the window: a paragraph of many cues and no
            # sentence end would otherwise cost each cue the whole paragraph.
            before = text[max(start, cue_start - _WINDOW) : cue_start]
            if not before.strip():
                continue
            if cue in _NAMING and _NAMED_THING.search(before[-40:]) is not None:
                continue  # "a podcast called The Daily Source Code": a name for a thing
            coordinated = _coordinated(before)
            participle = cue.endswith("ing") and _ends_with_comma(before)
            if coordinated or participle:
                # "… and confirmed", "X defended Beattie, saying": the clause's subject,
                # read from the sentence's start even when a quote came between.
                cue_at = begin + cue_start
                sentence_start = cues.sentence_start(cue_at)
                whole = cues.text[max(sentence_start, cue_at - _WINDOW) : cue_at]
                clause = _COORDINATED.sub("", whole) if coordinated else whole
                mention = _opening_subject(clause.strip().rstrip(","))
                if mention is not None and mention.kind == "name":
                    # "The album Exodus came out … and confirmed": not a person.
                    mention = mention if _known_person(mention.name, state) else None
            else:
                mention = subject_before(before)
                after_quote = not before.strip(" ,\u00a0") or before.lstrip(" ,").startswith("who ")
                if mention is None and start == 0 and after_quote:
                    # 'Vance, who found fame in "Night Shift", said she …', 'A commander
                    # with the call sign "Lis," who …, described': the verb's subject
                    # stands before the quotation that ends this text's start.
                    cue_at = begin + cue_start
                    whole = cues.text[max(cues.sentence_start(cue_at), cue_at - _WINDOW) : cue_at]
                    mention = subject_before(whole) if whole.strip(" ,\u00a0") else None
            unnamed = mention is None or (
                mention.kind == "description"
                and fold(mention.name.split()[-1]) not in _ROLES
                and not _person_noun(fold(mention.name.split()[-1]))
            )
            # '…," said Mr Clarke.': after a comma or quote, a name right after the verb
            # is its speaker, unless it opens a reported clause ("…, said Acme would act")
            # or follows a preposition ("wrote on Facebook").
            following = text[cue_end : cue_end + _WINDOW]
            inverted = before.rstrip()[-1:] in {",", '"', "”"} and following.lstrip()[:1].isupper()
            naming = cue in _NAMING and not inverted  # "called the eggs Benedict …"
            if (
                not (coordinated or participle)
                and (unnamed or inverted)
                and cue not in _ADDRESSED
                and not naming
            ):
                # "…, said Tom Forte, who …": the speaker follows the verb.
                after = object_after(following)
                if after is not None and after.kind == "name":
                    mention = after if names_whole_phrase(following, after) else mention
        if mention is None or (mention.kind == "pronoun" and mention.name not in {"he", "she"}):
            continue
        # "But he said the NHS …": he is named again, as the paragraph's latest speaker.
        speaker = _resolve(mention, state, number)
        _learn_gender(mention, speaker, state)
        passive = not cue.endswith("ing") and _passive_before(
            text[max(0, cue_start - 40) : cue_start]
        )
        if passive:
            # "Mr Johnson was asked why …" names someone a "he" may mean next, but no
            # speaker; "the Grand Slam had been mentioned" names nobody at all.
            person = speaker is not None and speaker.kind == "person"
            unnamed = speaker is not None and _role(speaker) and not reported
            if speaker is not None and ((person and _gender(speaker, state)) or unnamed):
                state.remember(number, speaker)
            continue
        described = speaker is not None and speaker.kind == "description"
        if speaker is not None and (not described or (_role(speaker) and not reported)):
            sentence_stop = ends[next_end] if next_end < len(ends) else len(text)
            if text[max(0, sentence_stop - 8) : sentence_stop].rstrip().endswith("?"):
                # "So is it to destroy the Tories, as Kilroy-Silk once declared?": the
                # reporter asks; whoever answers next is not the one the question names.
                state.remember(number, speaker, named_only=True)
                continue
            state.remember(number, speaker)
            state.reported = (number, speaker)
            told = _PRONOUN_TOLD.match(text, cue_end) if described else None
            if told is not None:
                # "A retiree said he was relieved": a man, whom a later "she" is not.
                state.gender.setdefault(speaker.name, told.group(1))
    while subjects:
        subject = subjects.pop()[1]
        state.remember(number, subject, named_only=subject.named_only)


#: A he or she opening what an unnamed source said: "said he was relieved".
_PRONOUN_TOLD = re.compile(r"[ \u00a0]+(?:that[ \u00a0]+)?(he|she)\b")


def _group_subject(text: str, start: int, stop: int) -> str | None:
    """People named by a plural opening a sentence as its subject ("Union leaders were
    furious", "Local residents say"), whom a later "they said" means."""
    found = _GROUP_SUBJECT.match(text, start, stop)
    if found is None:
        return None
    if _one_person((found.group(2) or found.group(4)).lower()) is None:
        return None
    after = found.end()
    if text.startswith(",", after):
        # "Bankers, for their part, would rather …": past a short aside.
        aside = text.find(",", after + 1, after + 30)
        after = aside + 1 if aside > 0 else after
    if not _verb_follows(text[after : after + 40]):
        return None
    return found.group(0).strip()


#: A plural noun opening a sentence, maybe after a capitalised word and an adjective.
_GROUP_SUBJECT = re.compile(
    r"[ \u00a0]*(?:(?:Many|Some|Most|Several|Local|Angry|[A-Z][\w\-]*)[ \u00a0]+)?"
    r"((?:[a-z][\w\-]*[ \u00a0]+)?)([a-z][a-z\-]*s)(?=[ \u00a0,])"
    r"|[ \u00a0]*()([A-Z][a-z\-]*s)(?=[ \u00a0,])"  # groups 3, 4: "Residents say", "Bankers, …,"
)
#: Plural people a reporter names as a group without an agent's ending.
_GROUP_PEOPLE = word_set(
    "resident parent nurse doctor fan protester protestor activist analyst expert critic "
    "campaigner student teacher pupil official economist scientist union ally witness"
)


def _opening_organisation(
    text: str, start: int, stop: int, state: _State, commas: list[int]
) -> _Speaker | None:
    """An organisation opening a sentence as its subject ("The BPI is quick to condemn
    …", or after an opening adverbial: "Earlier this year, Harbor Media laid off …"),
    which a later "it said", "they said" or "the company" may mean. `commas`: see
    `_after_opening_commas`."""
    found = _subject_organisation(text, start, stop, state)
    if found is not None:
        return found
    for at in commas:
        if text[at : at + 1].isupper():  # no capital, no organisation
            found = _subject_organisation(text, at, stop, state)
            if found is not None:
                return found
    return None


def _after_opening_commas(text: str, start: int, stop: int, first: str) -> list[int]:
    """Where a subject may stand when the sentence opens with an adverbial or a clause
    (`first` is its first word): after each of its first three commas and first two
    spaced dashes ("Earlier this year, Harbor Media laid off …", "After the vote, Lee
    weighed in", "At the diner — Main Street — Ginette Lavoie switches")."""
    if first.lower() not in _CLAUSE_OPENERS and not (
        len(first) > 5 and first.endswith("ing") and not first.endswith("thing")
    ):
        return []  # "Standing in the shed, Rosa Delacourt ran …" opens on a participle
    found: list[int] = []
    comma = text.find(", ", start, stop)
    while comma >= 0 and len(found) < 3:
        found.append(comma + 2)
        comma = text.find(", ", comma + 2, stop)
    if text.find("—", start, stop) < 0 and text.find("–", start, stop) < 0:
        return found  # the cheap test first, in the sentence alone
    # "At the diner on Rue Principale — Main Street, on the English half of the signs —
    # Ginette Lavoie … switches": after a dash, too.
    dashes = [dash.end() for dash in itertools.islice(_SPACED_DASH.finditer(text, start, stop), 2)]
    return sorted([*found, *dashes])


_SPACED_DASH = re.compile("[ \u00a0][—–][ \u00a0]")


def _subject_organisation(text: str, start: int, stop: int, state: _State) -> _Speaker | None:
    found = _ORG_OPENER.match(text, start, stop)
    if found is None or not found.group(1):
        return None
    first = fold(found.group(1).split(maxsplit=1)[0])
    if first in _NOT_SUBJECT or first in HONORIFICS or first in _NOT_AN_OPENER:
        return None  # "But …", "It …", "Mr Lee …": no organisation opens the sentence
    after = text[found.end() : found.end() + 40]
    adverb = _ADVERB_FIRST.match(after)  # anchored: what sub(count=1) took off, read once
    if adverb is not None:
        after = after[adverb.end() :]
    acts = _verb_follows(after)
    plural_acts = not acts and _plural_verb_follows(after)
    if not (acts or plural_acts):
        return None  # the cheap test first: no verb, whatever the name
    name = _run_name(found.group(1))
    if not name or name in COUNTRY_CODES or fold(name) in PLACES:  # "China is believed"
        return None
    if " " not in name:
        name = state.names.company_of(name) or name  # "Kestrel plunged": Kestrel Semiconductor
    plural = name.endswith("s") and not name.endswith("ss")
    if not (acts or (plural and plural_acts)):
        return None
    if _plural_head_follows(after):
        return None  # "Premiership clubs have seen …": the name only qualifies the subject
    kind_of, _, named = name.partition(" ")
    if named and fold(kind_of) in _ORG_KINDS:
        # "Bookmaker William Hill has stopped …": a business named after a person.
        full = state.names.fullest(named)
        known = named if full.startswith(kind_of) else full  # not "Bookmaker William Hill"
    elif _org_name(name) or name in state.names.bodies:
        known = state.names.fullest(name)
    elif " " in name or fold(name) in _NOT_SUBJECT or _demonym(name):
        return None
    else:
        # "Kraft plans to cut …": one word that names no person the article gives in
        # full, and that it writes with a capital inside sentences too.
        known = state.names.fullest(name)
        person = known != name or _gender(_Speaker(name, "person"), state) is not None
        if person or not state.proper(name):
            return None
    return _Speaker(known, "org", named_only=True)


#: Words that open a sentence with the kind of business its name is: "Bookmaker William
#: Hill", "Carmaker Ford", "Retailer Next".
_ORG_KINDS = _ORG_HEADS | word_set("bookmaker supermarket chain broker brewer studio label")
#: A sentence's first word (after any spaces), if it starts with a capital.
_OPENING_WORD = re.compile(r"\s*([A-Z][a-z]*)")
#: First words that open a sentence with neither a name nor an organisation.
_PRONOUN_OPENERS = frozenset(
    {"It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "There", "Its"}
)
#: Sentence openers that are no organisation's name.
_NOT_AN_OPENER = word_set(
    "it he she they we i this that these those there however its his her their some "
    "according despite last as and or so yet if while when although in on at for"
)
#: A capitalised run opening a sentence, "of", "for" and "and" allowed inside it.
_ORG_OPENER = re.compile(
    r"[ \u00a0]*(?:The[ \u00a0]+)?"
    rf"([{CAPITALS}][\w&'’\-]*(?:[ \u00a0]+(?:[{CAPITALS}][\w&'’\-]*|of|for|and)){{0,6}})"
)


def _clause_subjects(
    text: str, start: int, stop: int, state: _State, commas: list[int]
) -> list[tuple[int, str]]:
    """People a sentence makes the subject of a clause, whom a later he/she may mean.

    The name opening the sentence ("Once Fetter arrived" gives Fetter); after an
    opening adverbial or clause, a name that follows a comma and a verb follows
    ("After the vote, Lee weighed in", "Later, Sarah studied"). Only people the
    article names in full, or introduces with an appositive, and whose pronoun
    the article has shown ("Yuni, a resident of …, … she heard").
    """
    at = start
    while at < stop and text[at].isspace():
        at += 1
    if at >= stop or not text[at].isupper():
        return []
    first = WORD_RE.match(text, at)
    opener_word = first.group(0) if first is not None else ""  # read once: asked often
    role_at = at
    if first is not None and opener_word in {"But", "And", "So", "Yet"}:
        role_at = first.end() + 1  # "But Kayleigh's mum Bernadette, 54, …"
    second = WORD_RE.match(text, role_at) if role_at != at else first
    opening = second is not None and (
        second.group(0) in _ROLE_OPENERS or text.startswith(("'s ", "’s "), second.end())
    )  # the cheap test first: most sentences open otherwise
    introduced = _RELATIVE_NAMED.match(text, role_at, stop) if opening else None
    role = introduced.group(1).split() if introduced is not None else []
    if introduced is not None and any(_someone(fold(w)) for w in role) and _one_role(role):
        # "That daughter, Nina Dolan, 39, had been running …": the name the role is given.
        rest = text[introduced.end() : min(stop, introduced.end() + 200)]
        appositive = _APPOSITIVE.match(rest)
        if appositive is not None:
            rest = rest[appositive.end() :]
        elif rest.startswith(","):
            rest = rest[1:]
        name = _named_person(introduced.group(2).split(), state)
        verb = rest.split(None, 1)[:1]
        # After "Role, Name," a lower-case word opens the predicate ("read from"), unless
        # it opens a clause or a phrase ("who …", "in …").
        predicate = bool(verb) and verb[0].islower() and fold(verb[0]) not in _NOT_A_PREDICATE
        if predicate or _verb_follows(rest):  # a person: the role word says so
            return [(introduced.start(2), name)]
    placed = opener_word in _PLACE_INVERTING
    if first is not None and (opener_word in _INVERTING or placed):
        # "Among those hardest hit is Nora Fitzgerald, 84, …": the subject after its verb.
        inverted = _INVERTED_SUBJECT.match(text, first.end(), stop)
        role = inverted.group(2) if inverted is not None else None
        if role is not None and not (_person_noun(fold(role)) or fold(role) in TITLES):
            inverted = None  # "Among the dead was the wife of Tom Reed": not Tom Reed
        if placed and role is None:
            inverted = None  # "At 58, Tom Lee was Ann Hale's deputy": no role, no inversion
        if inverted is not None:
            name = _named_person(inverted.group(3).split(), state)
            return [(inverted.start(3), name)] if _known_person(name, state) else []
    if first is not None and opener_word in _KIN_OWNERS_CAPITALISED:
        # "Her husband shrugs.": the one the article named as someone's husband.
        kin = WORD_RE.match(text, first.end() + 1)
        if kin is not None and kin.group(0) in KIN and _verb_follows(text[kin.end() : stop]):
            relative = _relative_of(fold(opener_word), kin.group(0), state)
            return [(at, relative)] if relative is not None else []
    if first is not None and opener_word.lower() in _CONJUNCTIONS:
        # "But centre Jamie Noon believes …": past the conjunction and a lower-case role.
        role = _LOWER_ROLE.match(text, first.end(), stop)
        if role is not None and (_person_noun(fold(role.group(1))) or role.group(1) in _POSITIONS):
            at = role.end()
    positions = [(at, False)]
    label = text.find(": ", at, min(stop, at + 40))
    if label > 0 and text[label + 2 : label + 3].isupper():
        positions.append((label + 2, True))  # "Why it matters: Gov. Ann Lee has staked …"
    if first is not None:
        positions += [(after, True) for after in commas]  # `_after_opening_commas`
    names = state.names
    for at, need_verb in positions:
        named = _SOMEONE_NAMED.match(text, at, stop) if text[at : at + 1] in "aA" else None
        if (
            named is not None
            and _someone_named(fold(named.group(1)))  # not "a horse called Desert Orchid"
            and _verb_follows(text[named.end() : named.end() + 40])
        ):
            # "Back inside, a retired builder named Kevin Prentice was returning …".
            return [(named.start(2), names.fullest(named.group(2)))]
        if text[at : at + 1].islower() and not _THE_ROLE.match(text, at):
            # "On Monday, defence lawyer Reid Weingarten tried …": past the role words.
            lower = _LOWER_ROLE.match(text, at - 1, stop)
            if lower is None or not _person_noun(fold(lower.group(1))):
                continue
            at = lower.end()
        role = _THE_ROLE.match(text, at)
        if role is not None:
            titled = names.title_of.get(fold(role.group(1)))  # "the mayor", "the Cardinal"
            if titled and _verb_follows(text[role.end() : role.end() + 40]):
                # "On Monday, the mayor brought up …": the person the article titled mayor.
                return [(at, names.fullest(titled))]
            if role.group(1).islower() or fold(role.group(1)) not in TITLES:
                # Any other "the …" is no person a he/she could mean: "The Scottish
                # Conservative leader", "The Peter Hain attack"; but "The Rev Tom Hale".
                continue
        opener = _FIRST_NAME_RUN.match(text, at)
        if opener is None:
            continue
        run = opener.group(0)
        if run.lower() in {"he", "she"}:
            continue
        words = run.split()
        if bare_word(words[0]) in _TOPIC_PREPOSITIONS:
            continue  # "Of Hepburn, she said": a topic, not who spoke
        role = _LOWER_ROLE.match(text, opener.end(), stop)
        # "Government spokesperson and Minister of … Javier Montero": two offices.
        role_words = role.group(0).split() if role is not None else []
        joined = len(role_words) > 1 and role_words[-1] == "and" and fold(role_words[-2]) in TITLES
        if role is not None and (fold(role.group(1)) in TITLES or joined):
            # "Tottenham manager Martin Jol acclaimed": an organisation, a role, the name.
            found = _opening_subject(text[at:stop], 12 if joined else 9)
            if found is not None and found.kind == "name" and _known_person(found.name, state):
                return [(at, names.fullest(found.name))]
            continue
        # Possessives need an apostrophe: the cheap test first, for both readings below.
        possessive = "'" in run or "’" in run
        owner_end = _OWNER_END.search(run) if possessive else None
        if owner_end is not None:
            # "Holt's aide, James Park, disagreed": the possessor is not the subject;
            # the person the appositive names is.
            after_owner = opener.start() + owner_end.end()
            ends_run = after_owner == opener.end()
            named = _POSSESSED_NAMED.match(text, after_owner, stop) if ends_run else None
            if named is not None and _verb_follows(text[named.end() : named.end() + 40]):
                return [(named.start(1), names.fullest(named.group(1)))]
            # "Wenger's Bayern counterpart Felix Magath was …": a role, then the name.
            named = _POSSESSED_ROLE_NAME.match(text, after_owner, stop)
            if (
                named is not None
                and any(_person_noun(fold(w)) for w in named.group(1).split())
                and _known_person(named.group(2), state)
                and _verb_follows(text[named.end() : named.end() + 40])
            ):
                return [(named.start(2), names.fullest(named.group(2)))]
            if ends_run:
                # "Marchetti's team now plans …. It is, she admits, …": the one whose
                # team it is, a person named in full, is whom the paragraph is about.
                leader = _named_person([unpossessed(w) for w in words], state)
                team = WORD_RE.match(text, after_owner + 1)
                if (
                    team is not None
                    and team.group(0) in _OWNED_GROUPS
                    and _known_person(leader, state)
                ):
                    return [(opener.start(), leader)]
                continue
        if words[0] == "Born" and len(words) > 2:
            # "Born Eleanor Mae Hargrove in 1930, she …": the name she had; she is the
            # one the article names with that first name, if any.
            born = names.born_as(" ".join(clean_name_words(words[1:])))
            if born is None:
                continue
            return [(opener.start(), born)]
        owner = owned_words(words[:-2]) if possessive else 0
        if owner == 1 and not _known_person(unpossessed(words[0]), state):
            words = words[1:]  # "Labour's Elizabeth Blackman won …": not "Ridley Scott's …"
        words = clean_name_words(words)
        if not words or fold(words[0]) in _NOT_SUBJECT:
            continue
        rest = text[opener.end() : min(stop, opener.end() + 200)]
        pair = _PAIR_REST.match(rest)
        after_pair = rest[pair.end() :].split(None, 1)[:1] if pair is not None else []
        name = ""  # read only when a rule below asks: most openers are no subject
        if (
            pair is not None
            and after_pair
            and (after_pair[0] in _PLURAL_AUXILIARIES or _verb_follows(after_pair[0]))
            and _known_person(name := _named_person(words, state), state)
        ):
            # "Vasquez and Hollister have started …": two subjects, of whom a he or she
            # after them means the first that fits (the first named the likelier).
            other = _named_person(clean_name_words(pair.group(1).split()), state)
            if _known_person(other, state):
                return [(opener.start(), other), (opener.start(), name)]
        appositive = _APPOSITIVE.match(rest)
        if appositive is not None:
            rest = rest[appositive.end() :]  # "Hazel Gilbert, 23, an information manager,"
        acts = _verb_follows(rest)  # asked first: cheaper than the name and its gender
        if not acts and rest.startswith(" and "):
            # "Mokoena and a handful of others were still sitting": the first subject.
            acts = _AND_SOME_WERE.match(rest) is not None
        if need_verb and not acts:
            continue
        name = name or _named_person(words, state)  # "Mayor Tom Hale spoke."
        if not acts and not names.gender(name):
            # Without a known gender, only "Stone disagreed.": a name, then its verb.
            continue
        described = appositive is not None and any(
            _person_noun(bare_word(w)) for w in appositive.group(0).split()[1:6]
        )  # ", an information manager from Newcastle," (not ", the standard that …,")
        # One name, of someone quoted before whom the pronouns show to be a he or she:
        # "Sora addressed the rumors herself" (a singer known by one name).
        one_name = name in state.quoted and names.gender(name) is not None
        if _known_person(name, state) or ((described or one_name) and not _org_name(name)):
            return [(opener.start(), name)]
    return []


def _someone(word: str) -> bool:
    """A word for a person: a relative, a role, an occupation ("daughter", "lawyer")."""
    return word in KIN or word in _ROLES or _person_noun(word)


def _named_person(words: list[str], state: _State) -> str:
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
        by_title = _titled_one(words[0], title, sex, state)
        if by_title is not None:
            return by_title
    name = state.names.fullest(" ".join(words))
    if sex is not None and state.names.someone_else(name, sex):
        return " ".join(words)  # "Mr. Kalinowski was blunter": not Teresa Kalinowski
    if " " in name:
        return name
    # "President Arregui": Julián Arregui Montenegro, by his first surname.
    return state.names.by_first(name) or state.names.by_inner(name) or name


def _passive_agents(text: str, start: int, stop: int, state: _State) -> list[str]:
    """The agent of a passive, who did what the sentence tells: "Mr Prater's sentiments
    were echoed by Christine Rush, director of …" makes her the one a later "she said"
    means."""
    found: list[str] = []
    for match in _PASSIVE_AGENT.finditer(text, start, stop):
        if match.group(1).endswith(("'", "’", "'s", "’s")):
            continue  # "impressed by Wright-Phillips' form": the form, not the man
        name = _named_person(clean_name_words(match.group(1).split()), state)
        if name and _known_person(name, state):
            found.append(name)
    return found


#: "were echoed by Christine Rush": a passive verb, "by", a capitalised name.
_PASSIVE_AGENT = re.compile(
    r"(?=[iawb])\b(?:is|are|was|were|been|being)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]+(?:ed|en)"
    rf"[ \u00a0]+by[ \u00a0]+((?:[{CAPITALS}][\w'’\-]*[ \u00a0]+){{0,3}}[{CAPITALS}][\w'’\-]*)"
)


def _described_subject(
    text: str,
    opener: re.Match[str],
    stop: int,
    previous: int | None,
    state: _State,
    commas: list[int],
    number: int,
) -> list[tuple[int, str]]:
    """The person a sentence's described subject means: "None more so than Henson, who
    … The confident 23-year-old is undaunted" (or "According to … even Federer himself,
    the Swiss star is …") makes Henson the one a later "he said" means.

    A description ("the" and up to three lower-case words ending in a noun for a
    person, then a verb) stands for the person named last before it in its own
    sentence, or else for the first one named in the sentence before: who the
    previous sentence was about. One that opens paragraph `number` stands for whom the
    same words stood for before, or else for the person the paragraph before ended on.
    Titles and roles ("the spokesman") are left to the rules that know whom the article
    titled so, or that make them sources of their own.
    """
    at = opener.start(1)  # the sentence's first word
    positions = [at, *commas] if opener.group(1) == "The" else commas
    for position in positions:
        if not text.startswith(("The ", "the "), position):
            continue  # the cheap test first
        found = _DESCRIBED_PERSON.match(text, position, stop)
        if found is None:
            continue
        head = _described_person(text, found)
        if head is None:
            continue
        if head in state.names.title_of:
            continue  # "the attorney general": whom the article titled so, if anyone
        named = _people_named(text[at:position], state)
        if named:
            return [(position, named[-1])]
        named = _people_named(text[previous:at], state) if previous is not None else []
        words = found.group(1).split()
        key = " ".join(fold(w) for w in words[: [fold(w) for w in words].index(head) + 1])
        if named:
            state.described.setdefault(key, _Speaker(named[0], "person"))
            return [(position, named[0])]
        if previous is None and position == at:
            # A paragraph opening on "The designer, 41, has built …": whom the same words
            # first stood for, or else the person named last.
            person = state.described.get(key)
            if person is None and state.recent and state.recent[-1][1].kind == "person":
                # The person the paragraph before ended on, no one further back.
                remembered, last = state.recent[-1]
                person = last if remembered >= number - 1 else None
            if person is not None:
                state.described.setdefault(key, person)
                return [(position, person.name)]
        return []
    return []


def _described_person(text: str, found: re.Match[str]) -> str | None:
    """The head noun when "the" and the words after it describe one person who is the
    subject: adjectives, a noun for a person, then a verb ("the Swiss star is")."""
    words = found.group(1).split()
    if not any(_epithet(fold(word)) for word in words):
        return None  # the cheap test first: most descriptions are of things
    end = found.start(1)
    for word in words:
        end = text.index(word, end) + len(word)
        head = fold(word)
        if head in _NOT_A_NAME_OPENING or head in _AUXILIARIES:
            return None  # "The stats speak for themselves": no noun phrase
        after = text[end : end + 48]
        age = _AN_AGE.match(after)  # "The designer, 41, has built …"
        if not _verb_follows(after[age.end() :] if age is not None else after):
            continue
        plural = head[-1:] == "s" or head in _GROUP_WORDS
        if word.islower() and not plural and head not in _ROLES and _epithet(head):
            return head
        return None
    return None


def _epithet(head: str) -> bool:
    """A noun a reporter calls a person by instead of repeating the name ("the star",
    "the 23-year-old", "the Australian"): stricter than `_person_noun`, since "the laser
    bridges" reads, word by word, like "the player wins"."""
    return head in _EPITHETS or head.endswith("-old")


_EPITHETS = (
    TITLES
    | _PERSON_NOUNS
    | DEMONYMS
    | _NATIONALS
    | word_set("player writer author artist performer winner medallist medalist finalist")
)


#: "The confident 23-year-old", "the Swiss star": "the" and up to three lower-case words.
_DESCRIBED_PERSON = re.compile(r"[Tt]he((?:[ \u00a0]+[\w\-]+){1,3})")
_AN_AGE = re.compile(r",[ \u00a0]+\d{1,3},")


def _people_named(text: str, state: _State) -> list[str]:
    """The people a stretch of the reporter's text names, by their fullest names."""
    found: list[str] = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = clean_name_words(run.group(0).split())
        while words and fold(words[0]) in _NOT_A_VIEW_OPENING:
            words = words[1:]
        name = _named_person(words, state)  # "Sir Elton": Elton John
        if name and _known_person(name, state):
            found.append(name)
    return found


_CAPITALISED_RUN = re.compile(rf"[{CAPITALS}][\w'’\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’\-]*)*")


def _conjunct_subjects(
    text: str, start: int, stop: int, state: _State, joints: list[int]
) -> list[tuple[int, str]]:
    """People who open a clause joined by "and" or "but" ("… of leaders Barcelona and
    Owen is confident …", "… but Ivan Helguera headed …"): later in the sentence than
    its subject, so the latest a he/she after it may mean. Not a second name of a
    subject ("Lee and Owen said")."""
    found: list[tuple[int, str]] = []
    first = bisect.bisect_left(joints, start)
    for joint in joints[first : bisect.bisect_left(joints, stop, first)]:
        opener = _FIRST_NAME_RUN.match(text, joint, stop)
        if opener is None or opener.group(0).endswith(("'s", "’s")):
            continue
        rest = text[opener.end() : min(stop, opener.end() + 40)].lstrip()
        verb = WORD_RE.match(rest)
        word = verb.group(0) if verb is not None else ""
        word = _before_negation(word, rest[len(word) : len(word) + 2])  # "isn't"
        if not _singular_verb(word):
            continue  # "… and Fantastic Four characters": no clause of its own
        before = text[max(start, joint - 45) : joint - 5].split()
        last = bare_word(before[-1]) if before else ""
        if last in PRONOUNS or (last and before[-1][:1].isupper() and _known_person(last, state)):
            continue  # "Lee and Owen said", "he and Barker were": one subject of two
        words = clean_name_words(opener.group(0).split())
        if len(words) > 1:
            words = strip_title(words)[0]
        if not words:
            continue
        name = state.names.fullest(" ".join(words))
        if " " in name and _known_person(name, state):
            found.append((opener.start(), name))
    return found


def _singular_verb(word: str) -> bool:
    """A finite verb one person can be the subject of, read surely: "is", "headed"
    (not "were", and not an "-s" word, which is as often a plural noun)."""
    return (word in _AUXILIARIES and word not in _PLURAL_AUXILIARIES) or (
        word.endswith("ed") and word.islower()
    )


_PLURAL_AUXILIARIES = word_set("are were have do")


def _joints(text: str) -> list[int]:
    """Where a capitalised word follows " and " or " but " (str.find: most sentences
    have an "and", few a capital after it)."""
    found = []
    for joint in (" and ", " but "):
        at = text.find(joint)
        while at >= 0:
            after = at + 5
            if after < len(text) and text[after].isupper():
                found.append(after)
            at = text.find(joint, after)
    return sorted(found)


def _someone_named(noun: str) -> bool:
    """A noun for a person before "named": "builder", "friend", "boy" (not "horse")."""
    return _someone(noun) or noun in _PEOPLE_NOUNS


_PEOPLE_NOUNS = word_set("friend boy girl man woman child teenager pensioner student")
#: Someone described, then named: "a retired builder named Kevin Prentice".
_SOMEONE_NAMED = re.compile(
    r"[Aa]n?[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){0,2}([a-z][\w\-]*)[ \u00a0]+(?:named|called)"
    rf"[ \u00a0]+([{CAPITALS}][\w'’\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’\-]*){{1,3}})"
)
#: Playing positions that read as places or things on their own ("the centre said").
_POSITIONS = word_set("centre center wing lock hooker flanker")
#: Lower-case words ending in a role, then a capital: " centre Jamie", " chief executive Ann".
_LOWER_ROLE = re.compile(
    rf"[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){{0,2}}([a-z][\w\-]*)[ \u00a0]+(?=[{CAPITALS}])"
)
#: After a possessive opener: " aide, James Park," (a role of up to four words, then a name).
_POSSESSED_NAMED = re.compile(
    r"[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){0,3}[a-z][\w\-]*,[ \u00a0]+"
    rf"([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{0,3}}),"
)
#: The end of a possessive in a capitalised run: "Wenger's" of "But Wenger's Bayern".
_OWNER_END = re.compile(r"['’]s(?=[ \u00a0]|$)")
#: After a possessive opener, with no commas: " Bayern counterpart Felix Magath", "
#: minister of sport Jaime Lissavetzky" (one capitalised modifier at most, up to three
#: lower-case words with a role among them, then a name of two words or more).
_POSSESSED_ROLE_NAME = re.compile(
    rf"[ \u00a0]+(?:[{CAPITALS}][\w\-]*[ \u00a0]+)?((?:[a-z][\w\-]*[ \u00a0]+){{0,2}}"
    rf"[a-z][\w\-]*)[ \u00a0]+([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{1,3}})"
)
_THE_ROLE = re.compile(r"[Tt]he[ \u00a0]+([A-Za-z]+)(?=[ \u00a0])")
#: Words opening a sentence with an adverbial or a clause before its subject.
_CLAUSE_OPENERS = word_set(
    "after before when while once as although though if because since during in on at "
    "despite following later earlier then still meanwhile now today yesterday last by "
    "with without for from under over until unless soon instead finally eventually a an the "
    "according born raised educated back outside inside elsewhere across near nearby behind "
    "beyond around along throughout within overseas abroad afterwards afterward here there "
    "beside alongside among amid asked pressed questioned challenged"
)


def _one_role(words: list[str]) -> bool:
    """Whether the lower-case words before a name are one role ("city's deputy mayor for
    infrastructure"), not a thing and a clause about it ("company her late father
    founded", "teenager who stabbed his grandson"): no determiner, pronoun, relative
    word or form of "be" past the first word, but right after a preposition."""
    for before, word in itertools.pairwise(words):
        if fold(word) in _CLAUSE_IN_ROLE and fold(before) not in _ROLE_PREPOSITIONS:
            return False
    return True


#: Words that open a clause or a second noun phrase inside a role's words.
_CLAUSE_IN_ROLE = _NOUN_PHRASE_OPENERS | frozenset(_BE) | word_set("who whom whose which where")
#: Prepositions after which a role's words may hold an article: "head of the …".
_ROLE_PREPOSITIONS = word_set("of on for at in to")
#: What opens `_RELATIVE_NAMED` but a possessive name.
_ROLE_OPENERS = frozenset({"His", "Her", "Their", "That", "This", "The"})
#: A sentence opening on a relative or a role named by the article, then their name:
#: "That daughter, Nina Dolan,", "His lawyer, Ann Lee,", "Their coach, Pete Hale,".
_RELATIVE_NAMED = re.compile(
    rf"(?:{'|'.join(sorted(_ROLE_OPENERS))}|[{CAPITALS}][\w\-]*['’]s)"
    r"((?:[ \u00a0]+[a-z][\w\-'’]*){1,6}?)(?<![ \u00a0]of)(?<![ \u00a0]the)(?<![ \u00a0]for)"
    r"(?<![ \u00a0]at),?[ \u00a0]+"  # not "leader of the Civic Alliance,": a body
    rf"([{CAPITALS}][\w'’.\-]*"
    rf"(?:{NAME_GAP}[{CAPITALS}][\w'’.\-]*){{0,3}})"
    r"(?:[ \u00a0]+\([^()]{1,12}\))?(?=,)"  # "Jo Kerr (Lab),": her party
)
#: What a person leads that a sentence may make its subject in their stead.
_OWNED_GROUPS = word_set("team lab laboratory group staff campaign family company firm")
#: Lower-case words that open no predicate: relatives, conjunctions, prepositions.
_NOT_A_PREDICATE = PREPOSITIONS | ARTICLES | _CONJUNCTIONS | word_set("who whom whose which that")
#: ", a resident of the area," or ", Welsh secretary of the BMA," after a name: an
#: appositive introducing a person.
_APPOSITIVE = re.compile(
    r",[ \u00a0]+(?:\d{1,3},[ \u00a0]+)?"
    r"(?:(?:a|an|the|now|then|who)[ \u00a0]|[A-Z][a-z]+(?:['’]s)?[ \u00a0]+[a-z]"
    r"|[a-z][\w\-]*[ \u00a0]+(?:of|at|for)[ \u00a0]"  # ", head of the …,"
    r"|(?:of|from)[ \u00a0]+[A-Z]"  # ", 52, of Char Bhabanipur,"
    r"|[a-z][a-z\-]*ing[ \u00a0]"  # ", making her debut,"
    r"|[a-z]+ed[ \u00a0]+(?:by|in|at|on|from|with|for|to)[ \u00a0])"  # ", reached by phone,"
    r"[^,.;:!?\"“”]{1,120},"
    r"|,[ \u00a0]+\d{1,3},"  # "Martinez, 32, beat …": an age alone
)
#: Words that open a sentence whose subject follows its verb: "Among those hit is …".
_INVERTING = frozenset({"Among", "Also", "Less", "More", "Joining", "Leading", "Behind"})
#: Openers of a place, inverting only before a role: "At the controls was driver Oda Shinji".
_PLACE_INVERTING = frozenset({"At", "In", "On", "Inside", "Outside", "Beside", "Alongside"})
_INVERTED_SUBJECT = re.compile(
    r"[^.;:!?\"“”]{0,80}? (?:is|was|are|were) "
    # "was dairy farmer Huw Jones": up to three role words before the name.
    r"(?:((?:[a-z][\w\-]* ){0,2}([a-z][\w\-]*)) )?"
    rf"([{CAPITALS}][\w'’\-]+(?:{NAME_GAP}[{CAPITALS}][\w'’\-]+){{1,3}})(?=[ ,.])"
)
#: "… and a handful of others were": people joined to a name as a subject, in lower case.
_AND_SOME_WERE = re.compile(r" and(?: [a-z][a-z\-]*){1,5}? (?:were|are|have|had)\b")
_AUXILIARIES = IRREGULAR_PAST | word_set(
    "is was has had will would can could did does also later then now still never first "
    "may might must should are were"
)


#: An adverb between a subject and its verb: "GateHouse reportedly laid off …".
_ADVERB_FIRST = re.compile(r"^[ \u00a0]+[a-z]+ly(?=[ \u00a0])")


def _plural_head_follows(text: str) -> bool:
    """ "clubs have …": an "-s" word that `_verb_follows` would take for a verb, but a
    verb follows it, so it is the plural noun a name before it qualifies."""
    words = WORD_RE.findall(text)[:2]
    return (
        len(words) == 2
        and words[0].endswith("s")
        and words[0] not in _AUXILIARIES
        and (words[1] in _PLURAL_VERBS or _verb_follows(" " + words[1]))
    )


def _plural_verb_follows(text: str) -> bool:
    """ "(The Liberal Democrats) want …": a verb in the form a plural subject takes."""
    word = WORD_RE.match(text.lstrip(" \u00a0"))
    return word is not None and (word.group(0) in _PLURAL_VERBS or word.group(0) in CUE_SET)


#: Common verbs after a plural subject that `_verb_follows` does not know by their ending,
#: besides cue verbs ("say", "claim", "warn"): "clubs have", "The Liberal Democrats want".
_PLURAL_VERBS = word_set(
    "want have are were do plan hope need believe think know accept reject oppose support "
    "back propose promise pledge fear expect agree demand seek intend favour favor"
)


def _verb_follows(text: str) -> bool:
    """Whether the next word reads as a finite verb ("weighed", "says", "was", "sat")."""
    # Read past the spaces in place, not on a stripped copy of the text.
    word = _WORD_AFTER_SPACES.match(text)
    if word is not None and word.group(1) in _ASIDE_ADVERBS:
        word = _WORD_AFTER_SPACES.match(text, word.end())
    lower = word.group(1) if word is not None else ""
    if not lower.islower():
        return False
    if word is not None:
        lower = _before_negation(lower, text[word.end() : word.end() + 2])
    return (
        lower in _AUXILIARIES
        or lower.endswith(("ed", "es"))
        or (lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3)
    )


def _before_negation(word: str, following: str) -> str:
    """The verb of a negative contraction ("wasn" of "wasn’t", "won" of "won't" is
    "will"), else the word as it is."""
    if following in {"’t", "'t"} and word.endswith("n"):
        return "will" if word == "won" else word[:-1]
    return word


#: The first word after any spaces: WORD_RE's on the text stripped of them.
_WORD_AFTER_SPACES = re.compile(r"[ \u00a0]*([A-Za-z]+)")
#: Adverbs set between a subject and its verb: "Williams though blamed …".
_ASIDE_ADVERBS = word_set("though however meanwhile too instead")

#: Cue verbs whose object is the person spoken to, not the speaker ("telling Ann Lee").
_ADDRESSED = word_set(
    "told tell tells telling informed informs informing reminded reminds urged urges "
    "thanked thanks praised praises accused accuses criticised criticized criticises "
    "criticizes instructed instructs advised advises assured assures ordered orders"
)


def _known_person(name: str, state: _State) -> bool:
    """A name the article gives in full somewhere (two words or more), not an organisation."""
    full = state.names.fullest(name)
    if full in state.names.spelled_out or full in state.names.bodies:
        return False  # "CES", "Consumer Electronics Show (CES)", "Laura Ashley, which": no person
    if full in state.names.addressed:
        return True  # "Ibu Sumarni": a person, with one name
    return (
        len(full.split()) >= 2
        and not _org_name(full)
        and fold(full.split()[0]) not in (_NOT_SUBJECT)
        and not any(POSSESSED.search(w) for w in full.split())  # "Brown's Budget"
    )


_NOT_SUBJECT = frozenset(
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
#: Capitalised words that open a sentence and own no title after them: "With coach …".
_NOT_AN_OWNER = _NOT_SUBJECT | PREPOSITIONS | ARTICLES
#: Words that open a phrase before a name, not the name: "With Jools Holland, …".
_NOT_A_NAME_OPENING = _NOT_SUBJECT | _OPENING_PREPOSITIONS
#: The same, and what opens a view or a comparison before a name: "None more so than
#: Henson", "According to … Federer".
_NOT_A_VIEW_OPENING = _NOT_A_NAME_OPENING | word_set("none according")


def _classify(
    inner: str,
    left: str,
    starts_clause: bool,
    cue_left: tuple[str, Mention | None] | None,
    cue_right: tuple[str, Mention | None] | None,
    right: str,
) -> Kind:
    """Direct, partial or scare, from where the quote stands and what surrounds it."""
    # How many words the quote has, counted up to four: all the rules below ask. The
    # reporter's words before it are split once, not once per rule.
    word_count = len(inner.split(maxsplit=3))
    tail = left.rstrip()
    tail_words = tail.split()
    last_word = fold(tail_words[-1].strip(",:;")) if tail_words else ""
    document = last_word in _READS and not _READ_FROM.isdisjoint(
        fold(w) for w in tail_words[-7:]
    )  # 'a statement issued on Sunday reading: "…"' is a statement, not a sign
    if (last_word in UTTERANCE and not document) or (
        len(tail_words) > 1
        and fold(tail_words[-2]) in UTTERANCE
        and last_word in {"of", "as", "a", "the"}
    ):
        return "scare"
    if _hypothetical(tail[-40:]) or _sign_follows(right):
        return "scare"
    if tail.endswith(" as") and len(tail_words) > 1 and fold(tail_words[-2]) in _NAME_TAKEN:
        return "scare"  # 'who posts as "BrunchBandit"': the name someone goes by
    named = tail_words
    if named and fold(named[-1]) in {"a", "an", "the"}:
        named = named[:-1]  # "what is called an 'A' item"
    if len(named) > 2 and fold(named[-1]) in {"called", "named", "termed"}:
        # "a phenomenon called 'knocking'", "what are called 'zones'": a name for a thing.
        before, article = (fold(w) for w in named[-2:-4:-1])
        if before in _BE_FORMS or article in {"a", "an"}:
            return "scare"
    if starts_clause:
        if cue_right is not None or cue_left is not None:
            return "direct"
        if word_count >= 3 or inner.rstrip()[-1:] in ".!?…":
            return "direct"
        return "scare"
    # Mid-sentence: after a cue and a comma or colon, an upper-case start is direct.
    cue_just_before = cue_left is not None and (
        tail.endswith((",", ":")) or CUE.search(tail_words[-1] if tail_words else "") is not None
    )
    sentence = inner.rstrip()[-1:] in ".!?…"  # 'said, "We'll see."': a whole sentence
    if (
        cue_just_before
        and (word_count >= 3 or sentence)
        and next((c for c in inner if c.isalpha()), "").isupper()  # read last: rarely asked
    ):
        return "direct"
    if _title_case(inner):
        return "scare"
    has_cue = (cue_left is not None and cue_left[1] is not None) or (
        cue_right is not None and cue_right[1] is not None
    )
    if not has_cue:
        return "scare"
    # A word or two with only a later cue is a label unless it sounds like speech or
    # the reporter's sentence ends on its attribution ('was a "fair deal", he said.').
    label = word_count <= 2 and not _speech_like(inner) and cue_left is None
    if label and _CLOSING_ATTRIBUTION.match(right) is None:
        return "scare"
    return "partial"


_BE_FORMS = frozenset(_BE) | {"so"}
_READS = word_set("reading read reads")
#: What an organisation or a person issues in writing, and a quotation can be read from.
_READ_FROM = word_set("statement letter message release note email e-mail memo text")
#: After a quotation, a document that "read" it: '," a BBC statement read.'
_DOCUMENT_READ = re.compile(
    r"[ \u00a0,]*((?:[\w'’\-]+[ \u00a0]+){0,4}(?:"
    + "|".join(sorted(_READ_FROM | {"post"}, key=len, reverse=True))
    + r"))[ \u00a0]+reads?\b"
)
#: "as if to say", "as though asking": words nobody actually said.
_HYPOTHETICAL = re.compile(r"\bas (?:if|though) (?:to )?(?:say|saying|ask|asking)\W*$", re.I)


def _hypothetical(text: str) -> bool:
    """`_HYPOTHETICAL` searched, the cheap test first: ASCII text without "as if " or
    "as though " (any case) has no match."""
    if text.isascii():
        low = text.lower()
        if "as if " not in low and "as though " not in low:
            return False
    return _HYPOTHETICAL.search(text) is not None


#: Verbs that report what a sign, banner or song carries, or what a crowd chants.
_SIGN_VERBS = word_set("reads read reading chanted chant chants chanting sang sing sings singing")


def _sign_follows(right: str) -> bool:
    """'"New lower prices," reads one sign' or '"…," the crowd chanted': not a statement."""
    for word in WORD_RE.findall(right[:60])[:4]:
        lower = word.lower()
        if lower in _READ_FROM:
            return False  # '"We regret the error," the statement read': a document's words
        if lower in _SIGN_VERBS:
            return True
        if lower in CUE_SET:
            return False
    return False


def _speech_like(text: str) -> bool:
    return bool(re.search(r"\b(?:I|we|our|my|me|us|you)\b", text))
