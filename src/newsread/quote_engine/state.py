"""What the engine remembers while it reads an article in order.

Kept apart from the rules so that each rule module can read and update one record,
the speakers met so far and who was last named, without importing the engine.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from newsread.lazyre import lazy_compile
from newsread.lookups import look_up
from newsread.speakers.article_names import Names
from newsread.speakers.words import Mention


@dataclass
class Speaker:
    name: str
    kind: str  # "person", "org", "description"
    gender: str | None = None
    #: Named as a sentence's subject, not as anyone's speaker: a referent for "it",
    #: never the owner of a bare quote.
    named_only: bool = False


@dataclass
class State:
    """What the engine remembers while reading an article in order."""

    names: Names
    recent: list[tuple[int, Speaker]] = field(default_factory=list)  # (paragraph, speaker)
    last_quote: tuple[int, Speaker | None, bool] | None = None  # (paragraph, speaker, open)
    #: Whoever the reporter's text last named at a cue after the last attributed quote.
    reported: tuple[int, Speaker] | None = None
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
    issued: dict[str, Speaker] = field(default_factory=dict)
    #: How often the article writes a word, up to each paragraph read (`resolution._written_once`).
    written_counts: dict[str, list[int]] = field(default_factory=dict)
    #: Whether each paragraph says "in a statement" (or "in its written statement"), and
    #: whether it speaks of a statement at all.
    statement_in: dict[tuple[int, str], tuple[bool, bool]] = field(default_factory=dict)
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
    described: dict[str, Speaker] = field(default_factory=dict)
    #: The speaker of the last quote when it was a question put to someone ("asked her"),
    #: with the pronoun that someone goes by ("she").
    asked: tuple[Speaker, str] | None = None
    #: The names of the people quoted so far.
    quoted: set[str] = field(default_factory=set)
    #: The one person the article gives an age, by the age (`person_aged`'s answers).
    aged: dict[str, Speaker | None] = field(default_factory=dict)
    #: Where the last quote given a speaker closes: (paragraph, offset). A he or she
    #: right after it is that quote's own cue, whose speaker is known.
    attributed_end: tuple[int, int] = (0, -1)
    #: The article's one author, whom the reporter's own "I asked her" names.
    writer: str | None = None

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
                whole = (at == 0 or not word_char(text[at - 1])) and (
                    end == len(text) or not word_char(text[end])
                )
                if whole:
                    return number, at
                at = text.find(word, at + 1)
        return None

    def remember(self, paragraph: int, speaker: Speaker, named_only: bool = False) -> None:
        """Add who was last named; one who was only a sentence's subject and now speaks
        ("The BPI is quick to condemn …. '…,' it said") is a speaker from here on."""
        if speaker.named_only != named_only:
            speaker = replace(speaker, named_only=named_only)
        self.recent.append((paragraph, speaker))
        if len(self.recent) > 50:
            del self.recent[:25]


def gender_of(speaker: Speaker, state: State) -> str | None:
    return state.gender.get(speaker.name) or state.names.gender(speaker.name)


def sex_of(speaker: Speaker, state: State) -> str | None:
    """Whom a he or she may mean: a he or she the person's own quotes were given, or
    what the article settles (`Names.settled_gender`), else their given name where it
    names one sex (`Names.given_sex`), which outweighs a single pronoun that happens to
    follow their name ("Esther Rantzen said he was …"), else that pronoun."""
    names = state.names
    name = speaker.name
    known = state.gender.get(name) or names.settled_gender(name)
    given = names.given_sex(name) if speaker.kind == "person" else None
    return known or given or names.gender(name)


def learn_gender(mention: Mention, speaker: Speaker | None, state: State) -> None:
    """'"…," she said' makes its person a woman, so a later "he" is someone else. Called
    once the person is final, so the record cannot land on a candidate passed over."""
    pronoun = mention.kind == "pronoun" and mention.name in {"he", "she"}
    if pronoun and speaker is not None and speaker.kind == "person":
        state.gender.setdefault(speaker.name, mention.name)


def recent_person(state: State) -> Speaker | None:
    """The person among the last six remembered: whom a description with no title of
    its own ("the Dutchman", "the lanky professor") most likely means."""
    return latest_such(state, lambda s: s.kind == "person", 6)


def latest_such(state: State, test: Callable[[Speaker], bool], window: int = 8) -> Speaker | None:
    """The latest of the last `window` remembered speakers that passes `test`."""
    return next((s for _, s in reversed(state.recent[-window:]) if test(s)), None)


def word_char(char: str) -> bool:
    """A character of a word as names are written: letters, digits, _ ' ’ and -."""
    return char.isalnum() or char in "_'’-"


#: A question's label opening a paragraph: "Q: ".
_QUESTION = lazy_compile(r"[ \u00a0]*Q:[ \u00a0]")
