"""The phrase a cue verb names as its speaker.

`subject_before` reads the noun phrase that ends the text before the verb,
`object_after` the one after it. Both read past appositives, adverbs, datelines and
clause openers.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from newsread.cues import CUE_SET
from newsread.dates import MONTH_NAMES
from newsread.lazyre import lazy_compile
from newsread.sentences import given_name_short, is_abbreviation
from newsread.speakers.given_names import one_sex_given_name
from newsread.speakers.mentions import (
    DETERMINERS,
    END_DESCRIPTION,
    IN_OFFICE_WHEN,
    INDEFINITE,
    NOT_ADJECTIVE,
    SENTENCE_ADVERBS,
    SHORT_PREPOSITIONS,
    SKIP_BEFORE_CUE,
    SPOKESPEOPLE,
    UNNAMED_SOURCES,
    author_of_document,
    describe,
    is_place_word,
    mention_from_words,
    name_then_verb,
    names_a_place,
    names_someone,
    past_verb,
    possessive,
    related_to_a_name,
    role_and_name,
    spokesperson_for,
    titled_person_after_relative,
    words_of,
)
from newsread.speakers.words import (
    CONNECTORS,
    DATE_PREPOSITIONS,
    DOCUMENTS,
    GIVEN_NAME_TITLES,
    KIN,
    NOT_NAME,
    POSSESSED,
    PRONOUNS,
    SPEAKER_PARTICLES,
    SUBORDINATORS,
    TITLES,
    Mention,
    bare_word,
    dangling,
    initial_of_a_name,
    is_cap,
    is_initial,
    is_org,
    is_title,
    ly_adverb,
    nationality,
    person_like,
    strip_title,
    surname_he,
)
from newsread.wordlists import CAPITALS, HONOURS, PARTICLES, word_set

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


#: Lower-case words a name run may hold, two at most together ("van der"): the particles,
#: less those that are everyday English words ("do", "ten"), "of"/"for" ("Bank of
#: England"), the Maasai "ole" and the Kalenjin "arap" (Lekishon ole Sankale, Barnabas
#: arap Too; not family-name particles in citations, where "Jan Ole Hansen" has a given
#: name Ole).
RUN_LINKS = (SPEAKER_PARTICLES - {"do", "ten"}) | {"of", "for", "ole", "arap"}


#: Words that open an appositive of place or office: "MP for Henley, Oxfordshire".
_PLACE_LINKS = word_set("of from in at for mp")


#: Small words inside a body's name ("Ministry of Health"); what ends a place's name.
_NAME_LINKS = word_set("of for and the on in")


#: An age between commas, after someone's name: "now 94", "aged 38".
_AN_AGE = lazy_compile(r"(?:now|aged)[ \u00a0]+\d{1,3}")


#: An item of a listed name: a capitalised run of one to three words, or of one.
_ITEM = r"[A-Z][\w'’\-]*(?:[ \u00a0]+[A-Z][\w'’\-]*){0,2}"


_WORD_ITEM = r"[A-Z][\w'’\-]*"


_LIST_END = rf",?[ \u00a0]+(?:and|&)[ \u00a0]+(?:the[ \u00a0]+)?{_ITEM}"


#: A body's or an office's name that lists its portfolios with commas: "the Department
#: for Environment, Food and Rural Affairs", "Culture, Media and Sport Secretary Tessa
#: Jowell" (its portfolios one word each before "and"); not a list of people ("Ann Lee,
#: Bo Chen and Tim Wu said"), nor a name and its office ("Ann Lee, Work and Pensions
#: Secretary,": see `_listed_names`). The lists are bounded: a text of capitalised words
#: and commas is read in linear time.
_LISTED_NAME = lazy_compile(
    rf"\b(?:Department|Ministry|Minister|Secretary|Office|Committee|Commission|Agency"
    rf"|Institute|Council|School|Faculty)[ \u00a0]+(?:of|for)(?:[ \u00a0]+the)?[ \u00a0]+"
    rf"{_ITEM}(?:,[ \u00a0]+{_ITEM}){{1,5}}{_LIST_END}"
    rf"|(?P<office>{_WORD_ITEM}(?:,[ \u00a0]+{_WORD_ITEM}){{1,5}}{_LIST_END})"
    rf"(?=[ \u00a0]+(?:Secretary|Minister|Committee|Department|Office|spokesman"
    rf"|spokeswoman|spokesperson)\b)"
)


#: The words one of those names holds, looked for first: most texts hold none.
_LISTED_NAME_WORD = lazy_compile(
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
        if match.group("office") is not None and before and is_cap(before[0]):
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
    if "with" in text:  # the cheap test first
        # "Talks stalled, with one official describing them as …": an absolute phrase,
        # whose own subject comes before its participle, not the clause's.
        absolute = _WITH_SUBJECT.search(text)
        if absolute is not None:
            phrase = absolute.group(1)
            mention = _read_listed_whole(_subject_before, phrase + " ")
            if mention is not None and mention.text == phrase:
                return mention
    return _read_listed_whole(_subject_before, text)


#: "…, with a senior diplomat close to the process ": the subject of the participle after.
_WITH_SUBJECT = lazy_compile(r"(?:^|,[ \u00a0]+)[Ww]ith[ \u00a0]+([^,;:()]{2,80}?)[ \u00a0]*$")


#: A list item's mark opening a paragraph: "- The company says".
_BULLETS = frozenset("-–—•*▪")
_BULLETS_OR_SPACES = _BULLETS | {" ", "\u00a0"}
_BULLET_OPENING = lazy_compile(r"[ \u00a0]*[-–—•*▪][ \u00a0]+")


#: A label of a few words in sentence case before a colon, as newsletters head their
#: paragraphs: "Between the lines:", "What they're saying:", "Zoom out:".
_LABEL = lazy_compile(r"[ \u00a0]*[A-Z][a-z'’]*(?:[ \u00a0]+[a-z'’\-]+){1,4}")


def _country_of_a_town(before: str, chunk: str) -> bool:
    """Whether `chunk` is a word or two in capitals after a town a preposition governs:
    the town's country or state ("in Keelung, Taiwan,", "at a clinic in Austin, Texas,")."""
    words, previous = chunk.split(), before.split()
    # (Two words only as places' names open: "South Africa"; not "in Jakarta, Rachel
    # Harvey,", a name in apposition.)
    return (
        (len(words) == 1 or (len(words) == 2 and words[0] in _PLACE_OPENERS))
        and all(map(is_cap, words))
        and len(previous) > 2
        and is_cap(previous[-1])
        and previous[-2] in _TOWN_BEFORE
    )


_TOWN_BEFORE = frozenset({"in", "near", "outside"})
_PLACE_OPENERS = frozenset(
    "New South North West East Northern Southern Sri Costa El Saudi United Hong Puerto".split()
)


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
        if past_verb(verb):
            text = before_verb
    if ". " in text:  # the cheap test first
        # "one user wrote on X. Another posted": a sentence the initial-like "X." hid;
        # "Rep. Ann Lee voted against it. Sen. Tom Hale said": the sentence a title opens.
        openings = list(_NEW_SENTENCE.finditer(text))
        opening = openings[-1] if openings else None
        if opening is not None and bare_word(opening.group(1)) in NOT_NAME:
            text = text[opening.start(1) :]
        elif any(is_title(m.group(1)) for m in openings):  # the cheap test first
            ended = next(
                (m for m in reversed(openings) if not is_abbreviation(text, m.start())), None
            )
            if ended is not None and is_title(ended.group(1)):
                text = text[ended.start(1) :]
    if " in which " in text:  # the cheap test first
        # "a letter from Mulvany in which she wrote": the pronoun is the letter's writer.
        written = _WRITER_IN_WHICH.search(text)
        if written is not None:
            return mention_from_words(written.group(1).split())
    if "whose " in text:  # the cheap test first
        # "Tom Reid, 19, whose mother, Karen, said", "Jane Doe, whose lawyer told the
        # court": the one the clause names speaks, not the person it is about.
        whose = _WHOSE_SPEAKER.search(text)
        if whose is not None and whose.group(2).split()[-1] in _WHOSE_PEOPLE:
            if whose.group(3):
                return Mention(whose.group(3), whose.group(3), "name")
            owner = f"{possessive(whose.group(1))} {whose.group(2)}"
            return Mention(owner, owner, "description")
    if " as " in text or "name" in text:  # the cheap test first
        # "One rider, who gave his name only as Musa, said": the name given.
        given = _NAME_GIVEN_AS.search(text)
        if given is not None and not _a_people_or_faith(given.group(1)):
            return Mention(given.group(1), given.group(1), "name")
    stripped = text.rstrip(" \u00a0")
    closed = stripped.endswith(",")
    if not closed and ", " in stripped:  # the cheap test first
        # "The actor, who was born in Beirut, also said": the clause ends before "also".
        before_adverb, _, adverb = stripped.rpartition(" ")
        closed = before_adverb.endswith(",") and bare_word(adverb) in SKIP_BEFORE_CUE
    text = text.rstrip(" ,—–-\u00a0")
    if text[:1] in _BULLETS_OR_SPACES and text[:3].lstrip(" \u00a0")[:1] in _BULLETS:
        text = _BULLET_OPENING.sub("", text, count=1)  # "- The company says": a list's mark
    colon = text.rfind(": ")
    if colon >= 0 and (
        text[colon + 2 : colon + 3].islower() or _LABEL.fullmatch(text, 0, colon) is not None
    ):
        # "Some good news: the airport says", "Between the lines: One city staffer told";
        # not "Star Wars: The Phantom Menace".
        text = text[colon + 2 :]
    if not text.strip(_MARKS_AND_SPACE):
        return None  # "’ said …": only the close of a quotation in single marks
    if closed and _ONLY_A_QUOTATION.fullmatch(text) is not None:
        return None  # '“We'll fight”, said Tom Reyes': the quotation, its comma outside
    # "VELLGRAD, March 3 (Reuters) - The ministry said", "DUBAI — Gulf Horizon Logistics
    # said": past the dateline.
    text = past_dateline(text)
    if "relat" in text:  # the cheap test first
        # "parent Luc Tremblay — no relation to the union leader — said": an aside.
        text = _NO_RELATION.sub(" ", text)
    if "(" in text:
        # "Councilor Wang Shu-fen (王淑芬), whose …": her name in its own script, no subject.
        text = _NAME_IN_ITS_SCRIPT.sub("", text)
        # "Alasdair Innes-Crombie (SNP), whose …, said": a party, no subject; "deputy
        # commissioner (DC) of Charnagar": an office's letters, no one.
        text = _without_office_letters(_BRACKETED_TAG.sub("", text))
        # "The State Committee for National Security (UKMK), which …, said": the body's
        # short form, not an appositive naming someone the relative clause is about.
        text = _SHORT_FORM_AFTER_A_NAME.sub(r"\g<word>", text)
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
    if closed and ("which " in text or "whom " in text):  # the cheap test first
        # "…, which Jeremy Lattimore, a meteorologist with the weather service, called":
        # the relative clause's own subject, named, then described.
        for at in range(len(chunks) - 2, 0, -1):
            words = chunks[at].split()
            if (
                len(words) > 1
                and bare_word(words[0]) in {"which", "whom"}
                and all(map(is_cap, words[1:]))  # a name: "Jeremy Lattimore", "Labour"
                and all(
                    c[:1].islower() and c.split()[0] in {"a", "an", "the"} for c in chunks[at + 1 :]
                )
            ):
                return mention_from_words(words[1:])
    if closed:
        # "Dr Gibb, who was a GP in Blaen, in the Upper Valley, before …, said": the
        # relative clause, commas and all, ends at the comma before the verb.
        # (A quotation's closing mark may open a chunk: '… call sign "Lis," who …'.)
        opens = [i for i, c in enumerate(chunks) if i and _opens_relative(c)]
        if opens:
            chunks = chunks[: opens[0]]
        if len(chunks) > 1 and chunks[-1].startswith("where "):
            # "Chief Ann Lee of Wapiti Lake, where an advisory has been in place since
            # 2006, said": what the place is like, an aside before the verb.
            chunks.pop()
        # "the hard-line bloc to which Hubbard belongs, posted": the bloc.
        chunks = [_PREPOSITION_RELATIVE.split(c, maxsplit=1)[0] for c in chunks]
        if " that " in text:  # the cheap test first
            # "…, a provincial group that campaigns for …, said": a group, described.
            chunks[1:] = [_THAT_RELATIVE.split(c, maxsplit=1)[0] for c in chunks[1:]]
    relative = chunks[-1].split(None, 1) if len(chunks) > 1 and not closed else []
    # ("his father, who he said had driven him": the "he" who said it.)
    who_said = len(relative) == 2 and bare_word(relative[0]) == "who"
    who_said = who_said and relative[1].strip() in {"he", "she", "they", "we", "I"}
    if len(relative) == 2 and (bare_word(relative[0]) in {"which", "whom"} or who_said):
        # "the programme, which he described as": the relative clause's own subject; when
        # a noun phrase opens it, no appositive of a name before it ("Storm Ilona, which
        # the bureau has described"; but "Austurorka, which in a statement described").
        first_words = [bare_word(word) for word in relative[1].split()[:3]]
        own = (
            (first_words[0] in DETERMINERS or first_words[0] in PRONOUNS)
            and _TIMES.isdisjoint(first_words)  # not "which this week described"
        )
        chunks = [relative[1]] if own else [*chunks[:-1], relative[1]]
    relative_word = bare_word(chunks[-1]) if len(chunks) > 1 else ""
    relative_subject = relative_word in RELATIVE_PRONOUNS
    while len(chunks) > 1 and bare_word(chunks[-1].split()[0]) in RELATIVE_PRONOUNS:
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
    sent = chunks[-1].split() if len(chunks) > 1 else []
    if sent[:1] and sent[0] in _WROTE and sent[1:2] == ["by"]:
        author = _written_by(sent)
        if author is not None:
            return author  # "An email seen by the paper, sent by a senior engineer …, warned"
        chunks.pop()  # "The memo, sent by WhatsApp late on Friday, told": how, an aside
    if closed and len(chunks) > 1 and _names_the_body_before(chunks[-2], chunks[-1]):
        chunks.pop()  # "An insider at the club, Ashcombe Rovers, claimed": the insider
    if closed and len(chunks) > 1 and _country_of_a_town(chunks[-2], chunks[-1]):
        chunks.pop()  # "… Research Centre in Keelung, Taiwan, notes": the town's country
    if not chunks:
        return None
    # Drop trailing skip words from the chunk nearest the cue.
    last = words_of(chunks[-1])
    author = author_of_document(last)
    if author is not None:
        return author
    # "Putin also told", "Zelensky on Sunday said", "Geldof in July", "Ruth Ames frankly
    # admitted", "Harlow Council has so far rejected": the subject ends before.
    so_far = (["so", "far"], ["thus", "far"])
    while last and (
        (bare_word(last[-1]) in SKIP_BEFORE_CUE and not _named_modal(last[-1]))
        or _date_at_end(last)
        or (len(last) > 1 and ly_adverb(last[-1]))
        or last[-2:] in so_far
        or _span_at_end(last)
    ):
        # (A span of time is three words: "has in recent months described".)
        cut = 3 if _span_at_end(last) else 2 if last[-2:] in so_far else 1
        last = last[:-cut]
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
    what = 0
    if "what" in text:  # the cheap test first: few subjects hold a "what"
        what = max((i for i, w in enumerate(last) if bare_word(w) == "what"), default=0)
    # (A clause's second word after an appositive's comma: "Dex, 31, became what Nwosu
    # calls"; not a sentence's "What Lee said".)
    second = what == 1 and last[0][:1].islower()
    if (what > 1 or second) and what < len(last) - 1 and not closed:
        # "bought a rival for what one banker involved in the deal calls": the free
        # relative's own subject says it (not "what is called": a verb after "what").
        after = last[what + 1 :]
        opener = bare_word(after[0])
        if opener not in _VERBS_AFTER_WHAT and (opener in DETERMINERS or is_cap(after[0])):
            said = mention_from_words(after)
            if said is not None:
                return said
    clause = _after_boundary(last)
    if len(clause) < len(last) and any(bare_word(w) in DOCUMENTS for w in clause[:3]):
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
        if person_like(earlier):
            return mention_from_words(earlier)
    if len(chunks) == 2 and names_a_place(last):
        # "The Province Health Directorate, Madhesh Province, said": where it is (not "Dr
        # Rita Bhandari, director of the Directorate, Madhesh Province,": her title's).
        earlier = _after_boundary(words_of(chunks[0]))
        capitals = all(is_cap(w) or bare_word(w) in _NAME_LINKS for w in earlier[1:])
        if earlier and capitals and is_org(earlier):
            return mention_from_words(earlier)
    last = _subject_of_reduced_relative(last)
    if person_like(last):
        return mention_from_words(last)
    titled = None
    if len(last) > 3 and is_cap(last[-3]):  # the cheap test first: three capitals at the end
        titled = titled_person_after_relative(last)
    if titled is not None:
        return titled
    named = _role_then_name(last)
    if named is not None:
        # "When asked …, the carmaker's chief executive Helmut Panke said": a subject of
        # its own, not an appositive to a name in the clause before.
        return named
    if (
        not closed
        and len(chunks) > 1
        and len(last) > 1
        and bare_word(last[0]) == "the"
        and all(is_cap(w) or bare_word(w) in CONNECTORS for w in last[1:])
        and (not person_like(words_of(chunks[-2])) or chunks[-2].isupper())
    ):
        # "Thousands have fled …, the United Nations has said": a body's name opens its
        # own clause, the verb right after it; not an appositive ("Ann Lee, the mayor,"),
        # even one whose closing comma was left out ("Rory McIlroy, the Northern
        # Irishman said"); a name's letters in brackets ("(KLF)") are no such name.
        body = mention_from_words(last)
        if body is not None and body.kind == "name" and body.title is None:
            return body
    # Appositives: walk back to a bare name given just before them.
    opened = bare_word(last[0]) if last else ""
    # "Mark Hamilton, Axa spokesman, told": a role after a name is an appositive.
    role_after = 0 < len(last) <= 4 and (
        bare_word(last[-1]) in SPOKESPEOPLE
        or is_title(last[-1])
        or (len(last) > 2 and is_title(last[0]) and bare_word(last[1]) in {"for", "of"})
    )  # ", MP for Witney," too
    fallback: Mention | None = None
    # "…, in what operator MetroLink called": a free relative with a subject of its own
    # (not "Mr Kenny, in what was his last interview, said": a verb follows "what").
    what = next((i for i, w in enumerate(last[:2]) if bare_word(w) == "what"), -1)
    after_what = bare_word(last[what + 1]) if 0 <= what < len(last) - 1 else ""
    # (Nor "Mr Kenny, in what the Irish Times called a swipe, said": an aside, closed.)
    free_relative = after_what != "" and after_what not in _VERBS_AFTER_WHAT and not closed
    walk_back = -1 if opened_clause or free_relative else len(chunks) - 2
    # "…, the investors said": people of whom no one person named before is one.
    people = 1 < len(last) <= 4 and bare_word(last[0]) == "the" and _plural_people(last[-1])
    for index in range(walk_back, max(-1, len(chunks) - 5), -1):
        if _CLOSING_MARK.match(chunks[index + 1]):
            break  # '"… the liberation of Malynivka," a claim Hrytsenko': quoted words
        whole = words_of(chunks[index])  # read once; the tests below ask for it again
        if index and whole and whole[0] != "according" and _aside_before_verb(whole):
            continue  # "…, seen by the Financial Times, the investors": an aside, no host
        if len(whole) > 2 and bare_word(whole[0]) == "and" and past_verb(whole[1]):
            break  # ", and shared with The Globe and Mail, the council": a clause, no host
        previous = _after_boundary(whole)
        if any(bare_word(w) in {"which", "whom"} for w in whole[: len(whole) - len(previous)]):
            break  # "…, a copy of which is with The Hindu, the legislators": a clause, no host
        # A long chunk only when a name ends it: "Independent councillor for Lochside
        # and Strathmore Cllr Duncan Baird, a former hotelier, said".
        named_last = (
            len(previous) > 8
            and all(map(is_cap, previous[-2:]))
            and all(
                is_cap(w) or bare_word(w) in TITLES or bare_word(w) in CONNECTORS for w in previous
            )
        )  # an office and a name, no clause
        if not previous or (len(previous) > 8 and not (named_last and len(previous) <= 12)):
            break
        if _date_at_end(previous):
            break  # "But last December, the International Rugby Board": a time, no host
        participle = index == 0 and whole[0][:1].isupper() and bare_word(whole[0]).endswith("ing")
        if participle and _ends_in_an_object(whole):
            break  # "Writing his message in the Northern Echo, the Bishop": fronted too
        fronted = bare_word(whole[0]) in _FRONTED_PREPOSITIONS and index == 0
        fronted = fronted and whole[-1].rstrip(",").islower()  # not "After the ruling Ann Lee"
        if fronted or (bare_word(whole[0]) in _FRONTING and len(previous) == len(whole)):
            # ("On a town Facebook group, one resident": a place's phrase, no host for
            # the words after its comma, though its last article opens a noun phrase.)
            if index == 0:
                break  # "Despite a rise in December, the survey": fronted, no host
            continue  # ", from Panasonic's laboratories,": an affiliation; look further back
        a_clause = len(previous) > 2 and name_then_verb(previous) is not None
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
        if person_like(previous):
            if people:
                break  # "In a letter to the chair, Dame Ann Lee, the investors said"
            return mention_from_words(previous)
        if (
            len(previous) == 1
            and is_cap(previous[0])
            and _given_name(previous[0])  # not "Afterwards, his wife said"
            and len(last) == 2
            and bare_word(last[0]) in {"his", "her", "their"}
            and bare_word(last[1]) in KIN
        ):
            # "Dean, her husband, said": a given name, though also a title's word.
            return Mention(previous[0], previous[0], "name")
        candidate = mention_from_words(previous)
        plain = opened in _APPOSITIVE_START or bool(last and last[0][:1].islower())
        appositive = plain or role_after
        if candidate is not None and candidate.kind == "description":
            # "A spokesman for Unison, Britain's biggest union, said": the spokesman.
            spokesperson = bare_word(candidate.name.split()[-1]) in SPOKESPEOPLE
            if spokesperson and (appositive or bool(last and POSSESSED.search(last[0]))):
                host = _after_boundary(before)
                if host and person_like(host):
                    # "Luc Bérubé, a spokesperson for Acme, a group that …, said": the
                    # spokesperson has a name.
                    return mention_from_words(host)
                named = mention_from_words(last) if role_and_name(last) else None
                if named is not None and named.kind == "name" and person_like(named.name.split()):
                    # "Its spokesman, the retired harbour pilot Jens Ove Mikkelsen, said":
                    # the appositive names him.
                    return named
                return candidate
            if (
                last
                and fallback is None  # a name apposed comes first: "…, Sen. Ann Lee, a …,"
                # nor may the appositive name them: "a buyer named Tom Reyes", "a Ms Lee"
                and not names_someone(last)
                and len(whole) == len(previous)  # not "After the hearing, a spokeswoman"
                and (bare_word(previous[0]) == "the" or related_to_a_name(previous))
                and bare_word(last[0]) in INDEFINITE
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
            if not is_org(candidate.name.split()):
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
        and (bare_word(last[1]) in INDEFINITE or bare_word(last[1]) == "the")
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
            and is_cap(last[0])
            and (bare_word(last[0]) in SHORT_PREPOSITIONS or last[0].endswith("ing"))
        ):
            return None
    run = len(last)
    while run and is_cap(last[run - 1]):
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
        return mention_from_words(named) if person_like(strip_title(named)[0]) else None
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


def _given_name(word: str) -> bool:
    """Whether a word is a given name of either sex ("Ann"), or a title's word that
    is one too ("Dean")."""
    bare = bare_word(word)
    return one_sex_given_name(bare) or bare in GIVEN_NAME_TITLES


def _opens_relative(chunk: str) -> bool:
    """Whether a chunk opens a relative clause: "who asked …", or one joined to another
    ("One midwife who worked there, and who asked not to be named, told")."""
    words = chunk.lstrip(_MARKS_AND_SPACE).split(None, 2)
    if words and bare_word(words[0]) in {"and", "but"}:
        words = words[1:]
    return bool(words) and bare_word(words[0]) in RELATIVE_PRONOUNS


def _subject_of_reduced_relative(words: list[str]) -> list[str]:
    """ "a proposition one rival executive (has called)": a relative clause without
    "that", whose own subject, someone described, starts at its determiner."""
    if _RELATIVE_DETERMINERS.isdisjoint(words):
        return words  # the cheap test first: most phrases hold no such determiner
    if (
        len(words) >= 3
        and words[-3] in {"a", "an"}
        and words[-2].islower()
        and bare_word(words[-2]) not in _NOT_A_NOUN_BEFORE
        and _people(bare_word(words[-1]))
    ):
        return words[-1:]  # "a decision campaigners (have called)": no "a" for a plural
    for at in range(len(words) - 2, 0, -1):
        if words[at] not in _RELATIVE_DETERMINERS:
            continue  # the cheap test first: the word as written, lower case
        before, rest = bare_word(words[at - 1]), words[at:]
        noun = words[at - 1].islower() and before not in _NOT_A_NOUN_BEFORE
        head = bare_word(rest[-1])
        someone = head in TITLES or head in SPOKESPEOPLE or head in UNNAMED_SOURCES
        # (Or a body: "a rate the institute called".)
        someone = someone or head in _BODY_NOUNS or head in BODY_NOUNS or head in _PEOPLE
        if noun and someone and len(rest) <= 4 and all(w.islower() for w in rest):
            return rest
        if before == "of" and at > 1 and words[at - 2] in {"one", "two", "some", "each"}:
            continue  # "… one of the people": the determiner before "of" opens it
        break
    return words


def _people(word: str) -> bool:
    """A plural for people of a role or a kind: "campaigners", "officials"."""
    return _plural_people(word) or (word.endswith("s") and word[:-1].endswith(_AGENT_ENDINGS))


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant")
#: People unnamed: "a request one of the people (described as)".
_PEOPLE = word_set("people person sources officials")


#: Determiners that open the subject of a relative clause without "that".
_RELATIVE_DETERMINERS = frozenset({"one", "another", "a", "an", "the"})


#: Words before a determiner that make it no subject's: prepositions, verbs, articles.
_NOT_A_NOUN_BEFORE = (
    SHORT_PREPOSITIONS
    | DETERMINERS
    | word_set("of is are was were be been being has have had than like said says told called")
)


def _span_at_end(words: list[str]) -> bool:
    """Whether the words end in an auxiliary and a span of time, which stand between a
    subject and its verb: "has in recent months (described)", "had for years (argued)";
    not "speeches made by Ofcom in recent months (hinted)"."""
    return (
        len(words) > 3
        and words[-1] in _SPANS
        and words[-3] in _SPAN_OPENERS
        and words[-4] in _AUXILIARIES
    )


#: A span of time between a subject and its verb: "in recent months", "over past weeks".
_SPANS = word_set("days weeks months years decades")
_SPAN_OPENERS = word_set("in over during for")


def _date_at_end(words: list[str]) -> bool:
    """Whether the words end in a date after a preposition: "Geldof in July", "Lee on
    12 May", "Lee in May 2004"; never "Theresa May" (a month word after a name)."""
    at = len(words) - 1
    if at < 1 or not (words[at][:1].isupper() or words[at].isdigit()):
        return False  # the cheap test first
    if words[at].isdigit():
        if bare_word(words[at - 1]) in DATE_PREPOSITIONS:
            return True  # "on 12", once "May" has gone
        at -= 1  # a year or a day
    if at < 1 or bare_word(words[at]) not in MONTH_NAMES or not words[at][:1].isupper():
        return False
    before = words[at - 1]
    if before.isdigit() and at > 1:
        before = words[at - 2]  # "on 12 May"
    return bare_word(before) in DATE_PREPOSITIONS


def _plural_people(word: str) -> bool:
    """ "investors", "shareholders", "residents": a plural for people of a kind."""
    bare = bare_word(word)
    return bare.endswith("s") and not bare.endswith("ss") and bare[:-1] in TITLES


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
    if words[0] in _TITLED and words[1][:1] in OPENING_MARKS:
        return True  # "A report by the panel, titled “Seeding the Future”, concluded"
    if words[0] in _PUBLISHED and "by" not in words:
        # "The panel's report, released the same day, said": the report (but "published
        # Monday by Ines Vasquez-Holt" names its author, who speaks through it).
        return True
    if words[0] == "in" and any(bare_word(w) in _SAID_IN for w in words[1:4]):
        return True  # "The civic body, in a statement issued late on Tuesday, said"
    if words[0] in _WHEN_ASKED and (past_verb(words[1]) or words[1].endswith("ing")):
        return True  # "Rosli, when told of the statement, said": when he was
    if len(words) == 3 and words[0] == "for" and words[2] == "part":
        return True  # "The ministry, for its part, insists": no one of its own
    if words[0] in _ASKED and (words[1] in _ASIDE_PREPOSITIONS or words[1] in _LATER):
        return True  # "His mother, asked about it afterward, said": what was put to her
    return words[0] == "also" and words[1] in _ASIDE_PREPOSITIONS


_SEEN = word_set("seen obtained reviewed leaked")
_ASKED = word_set("asked pressed questioned quizzed challenged approached")
_LATER = word_set("about by later afterward afterwards again")
#: Subordinators a reduced clause opens with, set between a subject and its verb.
_WHEN_ASKED = word_set("when while after before once if")


#: A document from someone, then the pronoun of a clause about it: "a letter from Ann
#: Lee in which she".
_WRITER_IN_WHICH = lazy_compile(
    rf"\b(?:letter|statement|note|e-?mail|message|post)[ \u00a0]+from[ \u00a0]+"
    rf"([{CAPITALS}][\w'’\-]+(?:[ \u00a0][{CAPITALS}][\w'’\-]+){{0,3}}),?[ \u00a0]+"
    r"in[ \u00a0]+which[ \u00a0]+(?:he|she)[ \u00a0]*$"
)


#: A name, maybe an age, then "whose" and who of theirs speaks, maybe named: "Tom Reid,
#: 19, whose mother, Karen,".
_WHOSE_SPEAKER = lazy_compile(
    rf"([{CAPITALS}][\w'’\-]+(?:[ \u00a0][{CAPITALS}][\w'’\-]+){{0,3}})(?:,[ \u00a0]\d{{1,3}})?,"
    r"[ \u00a0]whose[ \u00a0]((?:[a-z\-]+[ \u00a0]){0,2}[a-z\-]+)"
    rf"(?:,[ \u00a0]([{CAPITALS}][\w'’\-]+(?:[ \u00a0][{CAPITALS}][\w'’\-]+)?),)?[ \u00a0]*$"
)
#: Who of someone's may speak for them: "whose mother", "whose lawyer", "whose family".
_WHOSE_PEOPLE = word_set("""
    mother father son daughter wife husband brother sister partner parents family
    lawyer lawyers solicitor solicitors attorney attorneys barrister spokesman spokeswoman
    spokesperson agent manager friend friends widow widower fiancee fiance girlfriend
    boyfriend grandmother grandfather uncle aunt cousin relatives
    """)


def _written_by(words: list[str]) -> Mention | None:
    """ "sent by a senior engineer to the product team on August 14": an aside naming
    the author of the document before it, who speaks through it."""
    if len(words) < 3 or words[0] not in _WROTE or words[1] != "by":
        return None
    author = list(
        itertools.takewhile(
            lambda w: bare_word(w) not in SHORT_PREPOSITIONS and bare_word(w) != "and", words[2:]
        )
    )
    # Someone named ("Dan Reyes") or described ("a senior engineer"); not how it was sent
    # ("by WhatsApp late", "by mistake", "by recorded delivery").
    named = bool(author) and all(is_cap(w) for w in author)
    described = len(author) > 1 and bare_word(author[0]) in DETERMINERS and author[-1].islower()
    return mention_from_words(author) if named or described else None


#: Participles of writing or sending, before "by" and the author.
_WROTE = word_set("sent written signed penned authored drafted")


#: Words that give a work's title, in quotation marks, after the work: "titled “…”".
_TITLED = word_set("titled entitled headlined called named")
#: Opening quotation marks (a tuple, for `str.endswith` too).
OPENING_MARKS = ('"', "“", "‘", "'")


#: How a document came out, set between it and its verb: "released the same day".
_PUBLISHED = word_set("released published issued unveiled posted filed dated")


#: Words of a source kept unnamed: "requesting anonymity", "asking not to be named".
_UNNAMED = word_set("anonymity anonymously named identified")


#: Nouns for places a name may stand in apposition to: "the capital, Aldenburg,".
_PLACE_NOUNS = word_set("capital city town village region province state country island")


#: What a subject speaks in, set between it and its verb: "in a statement", "in an interview".
_SAID_IN = DOCUMENTS | word_set("interview speech post tweet address")


#: A US legislator's party and state, set off by commas: "Rep. Carl Ames, R-Texas, said".
#: Honours and ranks written after a name, set off by commas or brackets ("Ann Lee, QC,",
#: "Emeka Obi (SAN)": Senior Advocate of Nigeria); in capitals, so "San" stays a name.
#: (And an Indian civil service's: "Smt. Kavita Raghunathan, IAS,".)
_LETTERS_AFTER_A_NAME = HONOURS | word_set("san ias ips")


_PARTY_TAG = lazy_compile(r"[RDI]-[A-Z][\w.'’]*(?:[ \u00a0][A-Z][\w.'’]*){0,2}")


_ASIDE_PREPOSITIONS = word_set("in at on to after before during from")


def _ends_in_an_object(words: list[str]) -> bool:
    """ "Speaking to Le Matin", "Writing in the Northern Echo": a phrase whose last name
    follows a preposition or an article, so it is no subject the verb could take
    ("Speaking after the vote Bob Neill, leader of …, said" ends in one)."""
    at = len(words)
    while at > 0 and is_cap(words[at - 1]):
        at -= 1
    if at == len(words) or at == 0:
        return at == len(words)  # no name at the end, or nothing before one
    return bare_word(words[at - 1]) in SHORT_PREPOSITIONS | DETERMINERS


def _subject_after_clause(words: list[str]) -> Mention | None:
    """The main clause's subject after an opening clause with no comma: "(before) he left
    for Africa the chancellor", "(as) he left the court Mr Smith". The opening clause's
    own pronoun subject and lower-case verb come first; its object stands after a verb or
    a preposition, the main subject after any other word."""
    if not (words[1].islower() and bare_word(words[1]) not in NOT_NAME):
        return None
    for start in range(len(words) - 1, 2, -1):
        before = bare_word(words[start - 1])
        if before in SHORT_PREPOSITIONS or past_verb(before):
            continue
        tail = words[start:]
        if bare_word(tail[0]) == "the" and 1 < len(tail) <= 4:
            head = bare_word(tail[-1])
            if all(w.islower() for w in tail) and (is_title(head) or head in SPOKESPEOPLE):
                return mention_from_words(tail)  # "the chancellor", "the deputy mayor"
        elif len(tail) > 1 and words[start - 1].islower() and person_like(tail):
            return mention_from_words(tail)
    return None


#: Words after "what" that make it the subject of its clause ("in what was his last
#: interview"), not the object of a subject that follows ("in what operator X called").
_VERBS_AFTER_WHAT = word_set(
    "is was are were be been has had have will would may might could can seems seemed "
    "appears appeared looks looked amounts amounted became becomes remains remained"
)


def _role_then_name(words: list[str]) -> Mention | None:
    """ "… chief executive Helmut Panke", "delivery driver Marek Nowicki": a role word, then
    a person's name, at the end."""
    size = 0
    while size < len(words) and is_cap(words[-1 - size]):
        size += 1
    if size < 2 or size == len(words):
        return None
    role = words[-1 - size]
    if bare_word(role) in IN_OFFICE_WHEN and is_title(words[-1]):
        return None  # "the former Cabinet Secretary": an office, named by its title
    # A job's noun ("driver") only when the words before the name are the job's own:
    # not "an analyst at broker Strand Garvey", "a hapū in the upper Waiaroha Valley".
    titled = bare_word(role) in TITLES
    if not titled and (
        not _role_word(role) or not SHORT_PREPOSITIONS.isdisjoint(map(bare_word, words[:-size]))
    ):
        return None
    named = mention_from_words(words[-size:]) if person_like(words[-size:]) else None
    if named is None or titled:
        return named
    # The words naming them keep the job: "Labour backbencher Ann Roe".
    return Mention(" ".join(words), named.name, named.kind, named.title)


_HE_SHE = frozenset({"he", "she"})


#: A pronoun and its verb as one word: "she’d", "they’ve", "You’re" (no name is spelt so).
_PRONOUN_CONTRACTION = lazy_compile(r"(?i)(i|you|we|they|he|she|it)['’](?:ve|d|ll|s|re|m)")


#: A name written again in a script without capitals, in brackets: "(王淑芬)".
_NAME_IN_ITS_SCRIPT = lazy_compile(r"[ \u00a0]*\((?:[^\x00-\u024f()\s]){1,12}\)")


#: A name someone gave or went by, in a clause before the cue: "who gave his name only
#: as Musa,", "identified only as Ana,", "who simply identified himself as Emeka,".
_NAME_GIVEN_AS = lazy_compile(
    r"\bwho (?:(?:simply|only) )?(?:gave (?:only )?(?:his|her|their) (?:first |last |sur)?name"
    r"|(?:asked|wished|wanted) to be (?:identified|named)|was identified"
    r"|(?:identified|introduced) (?:himself|herself|themselves))"
    # ("… only by her first name, Aoife,", "gave only her first name, Aoife,": the name
    # given too.)
    r"(?: only)?(?: as|,| by (?:his|her|their) (?:first |last |given |sur)?name(?: only)?,)"
    rf" ([{CAPITALS}][\w'’\-]+(?: [{CAPITALS}][\w'’\-]*)?),?[ \u00a0]*$"
)


def _a_people_or_faith(word: str) -> bool:
    """ "who identified himself as Muslim", "as Igbo": what someone is, not their name."""
    return nationality(word) or bare_word(word) in _FAITHS_AND_PEOPLES


_FAITHS_AND_PEOPLES = word_set(
    "muslim christian catholic protestant hindu jewish jew buddhist sikh atheist "
    "igbo ibo yoruba hausa fulani kikuyu luo zulu xhosa pashtun tamil sinhalese kurd"
)


#: A full stop, then a capitalised word: where a sentence may open.
_NEW_SENTENCE = lazy_compile(r"[.!?][ \u00a0]+([A-Z][a-z]*)\b")


#: A dateline's place in capitals: "DUBAI", "PELICAN HEAD", "SANTA CRUZ".
CAPS_PLACE = r"[A-Z][A-Z'’.\-]+(?:[ \u00a0]+[A-Z][A-Z'’.\-]+){0,3}"


#: A dateline in capitals before a dash: "DUBAI — ", "PELICAN HEAD, Maine — "; or before
#: a colon and the sentence, as South Asian papers write it: "ISLAMABAD: The Senate".
_DASH_DATELINE = lazy_compile(
    CAPS_PLACE + r"(?:,[ \u00a0][^—–:\n]{1,30})?"
    r"(?:[ \u00a0]+[—–-]+[ \u00a0]+|:[ \u00a0]+(?=[A-Z][a-z]))"
)


#: A live blog's time at the start of an entry: "09:51", "14.05 GMT".
LIVE_TIME = lazy_compile(
    r"^\d{1,2}[:.]\d{2}(?:[ \u00a0]*(?:GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|am|pm|a\.m\.|p\.m\.))?"
    r"[ \u00a0]+(?:[—–-][ \u00a0]+)?"
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


#: A wire story's dateline: a place in capitals, maybe a date, the agency in brackets.
_WIRE_DATELINE = lazy_compile(
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


_TRAILING_ASIDE = lazy_compile(r"[ \u00a0]*\([^()]{1,160}\)$")


#: A capitalised word and the letters it is known by in brackets, before a relative
#: clause: "Security (UKMK), which".
_SHORT_FORM_AFTER_A_NAME = lazy_compile(
    r"(?P<word>\b[A-Z][\w'’-]*)[ \u00a0]+\((?:[A-Z][A-Za-z&]{0,8}[A-Z])\)"
    r"(?=,[ \u00a0]+(?:which|who|whose|that)\b)"
)


#: A party in brackets after a name, as UK papers give it: "(SNP)", "(Lab)", "(LD)".
_BRACKETED_TAG = lazy_compile(
    r"(?<=\w)[ \u00a0]*\((?:SNP|Lab|Con|LD|Lib Dem|Green|Plaid|DUP|SDLP|UUP|SF|Ind|Alba"
    r"|no relation|not related)\)"  # "Anja Brandauer (no relation), a former postdoc,"
)


#: "— no relation to the union leader —", ", not related to him,": no subject of a verb.
_NO_RELATION = lazy_compile(
    r"[ \u00a0]*[—–,][ \u00a0]*(?:no relation|not related|unrelated)\b[^—–,\"“”]{0,60}"
    r"(?:[—–,][ \u00a0]*|$)"
)


#: Words before a capitalised run that make it a place, a time or a paper, no holder.
_WHERE_OR_WHEN = word_set("the in on at near during since until")


def office_holder_before(text: str) -> str | None:
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
    while words and bare_word(words[0]) in NOT_NAME | SENTENCE_ADVERBS:
        words = words[1:]  # "Later Tom Hill", "In Charnagar"
    kept, _ = strip_title(words) if len(words) > 1 else (words, None)
    return " ".join(words) if len(kept) > 1 and person_like(kept) else None


def office_letters(match: re.Match[str]) -> str | None:
    """The office a "deputy commissioner (DC)" match names, when the letters are its
    initials and it ends in a title (not "the French broadcasting regulator (CSA)")."""
    letters = match.group(2)
    words = match.group(1).split()[-len(letters) :]
    initials = "".join(word[0] for word in words).upper()
    return " ".join(words) if initials == letters and is_title(words[-1]) else None


def _without_office_letters(text: str) -> str:
    """The text less an office's letters in brackets: "deputy commissioner of Charnagar"."""
    if " (" not in text:
        return text
    return LOWER_OFFICE_LETTERS.sub(
        lambda m: m.group(1) if office_letters(m) is not None else m.group(0), text
    )


#: An office in lower case and its letters: "deputy commissioner (DC)".
LOWER_OFFICE_LETTERS = lazy_compile(r"\b((?:[a-z]+ ){0,4}[a-z]+) \(([A-Z]{2,5})\)")


_MARKS_AND_SPACE = " \u00a0'’‘\"“”«»„‹›"


#: Words of a time phrase: "this week", "a day earlier", "the following week".
_TIMES = word_set(
    "week month year day morning afternoon evening night hour weekend earlier later "
    "following same time"
)


#: A whole quotation, the comma after it (British style) read off: '“We'll fight”, '.
_ONLY_A_QUOTATION = lazy_compile(r"[ \u00a0]*[\"“„«'‘][^\"“”„«»]+[\"”“»'’]")


#: Where `subject_before` cuts a text into chunks: commas, dashes, semicolons, brackets;
#: the second pattern, slower, keeps "210,000" whole and is used only where such a
#: number stands.
_CHUNK_BREAK = lazy_compile(r"\s*[,—–;(]\s*|\s+-\s+|\)\s*")


_CHUNK_BREAK_IN_NUMBERS = lazy_compile(r"\s*(?:(?<!\d),|,(?!\d{3}\b)|[—–;(])\s*|\s+-\s+|\)\s*")


_THOUSANDS = lazy_compile(r",(?<=\d,)\d{3}\b")  # from its comma: the matcher skips to commas


#: A mark either pattern needs to cut: a text without one is a single chunk.
_BREAK_MARK = lazy_compile(r"[,—–;()-]")


#: A chunk opening on the closing mark of a quotation the chunk before it ends in, then
#: a determiner: '"… of Malynivka," a claim Hrytsenko dismissed' (not '"Fear," "Rage"').
_CLOSING_MARK = lazy_compile(r"[\"”’'][ \u00a0]+(?:a|an|the|one)[ \u00a0]")


RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})


#: A relative clause a preposition opens, inside a chunk: " to which Hubbard belongs".
_PREPOSITION_RELATIVE = lazy_compile(r" (?:in|on|at|to|for|by|of|from|with) (?:which|whom) ")


_WHO = frozenset({"who", "whom"})


#: "that" opening a relative clause after a lower-case noun, before its verb.
_THAT_RELATIVE = lazy_compile(r"(?<=[a-z]) that (?=[a-z]+(?:s|ed)\b)")


_BOUNDARY = word_set("""
    that while because as when after before but if although though since so which who
    whom where and whereas until unless than said says told according then what
    """)


_SAID = word_set("said says")


def _named_modal(word: str) -> bool:
    """ "May wrote", "Will said": a capitalised modal before a cue is a name."""
    return is_cap(word) and bare_word(word) in {"may", "will", "might", "can"}


def _after_a_preposition(words: list[str], last: int) -> bool:
    """Whether the capitalised run ending at `last` follows a preposition: "meet at
    Twickenham and Kirwan says …" joins two clauses, not two names."""
    first = last
    while first > 0 and is_cap(words[first - 1]):
        first -= 1
    return first > 0 and bare_word(words[first - 1]) in _PLACE_PREPOSITIONS


#: Prepositions of place and time ("at Twickenham", "in Holland"), not those inside the
#: names of bodies and seats ("Department for Work and Pensions", "MP for Sleaford and …").
_PLACE_PREPOSITIONS = word_set("at in on to into with against after before during near")


def _one_described_twice(words: list[str], at: int) -> bool:
    """Whether the "and" at `at` joins two roles of one person under one "the" ("the
    singer and former actor"), not two people ("the chairman and the chief executive")."""
    tail = words[at + 1 :]
    return (
        at > 1
        and bare_word(words[0]) == "the"
        and 0 < len(tail) <= 3
        and all(w.islower() for w in tail)
        and bare_word(tail[0]) not in DETERMINERS
        and is_title(tail[-1])
        # Not two offices ("the president and prime minister", "the chairman and
        # vice-chairman"): the first is a role no office names.
        and not is_title(words[at - 1])
        and not tail[0].startswith(("vice", "deputy", "co-"))
        and all(w.isalpha() for w in words[1:at])
    )


def _after_boundary(words: list[str]) -> list[str]:
    """The words after the last clause opener ("While Putin" -> "Putin")."""
    # The cheap test first: most subjects hold no opener, and one pass in C tells so.
    if not _BOUNDARY.isdisjoint(map(bare_word, words)):
        for i in range(len(words) - 1, -1, -1):
            bare = bare_word(words[i])
            if bare not in _BOUNDARY:
                continue
            if bare in _SAID and i and words[i][:1].isupper() and is_cap(words[i - 1]):
                continue  # "Omar Said", "Edward Said": a surname, no verb
            if bare == "that" and _relative_that(words, i):
                # "A partner at another firm that took part in the deal": the relative
                # clause describes the subject before it.
                words = words[:i]
                continue
            if bare == "and" and any(_LISTING_COMMA in w for w in words[:i]):
                continue  # "Department of Agriculture, Food and the Marine": one name
            if bare == "and" and _one_described_twice(words, i):
                return words[:i]  # "the Labour peer and former minister": one person
            if bare == "and" and (
                i > 0
                and is_cap(words[i - 1])
                and i + 1 < len(words)
                and (
                    is_cap(words[i + 1])
                    # "Minister for Sustainability and the Environment Grace Lim"
                    or (words[i + 1] == "the" and i + 2 < len(words) and is_cap(words[i + 2]))
                )
                and not _after_a_preposition(words, i - 1)
            ):
                continue
            if bare == "what" and not (
                1 <= len(words) - i - 1 <= 6
                and (is_cap(words[i + 1]) or bare_word(words[i + 1]) in DETERMINERS)
                and not any(map(past_verb, words[i + 1 :]))
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
    if words and len(words) <= 14 and bare_word(words[0]) in INDEFINITE:
        # "A man accused of murdering a father-of-three outside a pub in Leicestershire":
        # someone described at length, whose description opens the sentence.
        return words
    start = max(0, len(words) - 10)
    # (Not inside a name: "Leonie Fassbender of the Institute for Rural Energy Studies in
    # Bonn" keeps her given name, the whole run of capitals the cut fell in.)
    while start and len(words) - start < 14 and is_cap(words[start - 1]) and is_cap(words[start]):
        start -= 1
    return words[start:]


def _relative_that(words: list[str], at: int) -> bool:
    """Whether "that" at `at` opens a relative clause whose subject it is: a lower-case
    noun before it ("firm", not "said" nor "warned"), a past tense or an auxiliary after."""
    if not 0 < at < len(words) - 1:
        return False
    noun, verb = words[at - 1], bare_word(words[at + 1])
    if not noun.isalpha() or not noun.islower() or past_verb(noun) or noun in _VERBS_BEFORE_THAT:
        return False
    if past_verb(verb) or verb in _AUXILIARIES:
        return True
    # "a group that campaigns for cyclists"; not "the fact that prices for …"
    after = bare_word(words[at + 2]) if at + 2 < len(words) else ""
    present = verb.endswith("s") and not verb.endswith("ss") and noun in _BODY_NOUNS
    return present and (after in SHORT_PREPOSITIONS or after in DETERMINERS)


#: Verbs in the present that "that" may follow as their clause's opener.
_VERBS_BEFORE_THAT = word_set("""
    says say believes believe thinks think argues argue claims claim insists insist
    warns warn hopes hope fears fear knows know suggests suggest shows show means mean
    adds add notes note admits admit accepts accept agrees agree denies deny feels feel
    so such now given
    """)


#: Bodies a "that" with a verb in the present describes: "a group that campaigns for
#: cyclists" (not "a closure that traders in this town say": a plural, no verb).
_BODY_NOUNS = word_set("""
    group organisation organization company firm charity body agency union association
    coalition network trust foundation institute alliance party movement club
    """)


#: Auxiliaries after a relative "that": "a firm that was involved", "a group that has".
_AUXILIARIES = word_set("was were is are has have had will would can could")


_FRONTED_PREPOSITIONS = word_set(
    "in on at after during following with under outside inside before behind near"
)


#: Words opening a phrase or clause put before a sentence's subject, which an appositive
#: after it never describes.
_FRONTING = SHORT_PREPOSITIONS | word_set(
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
    found = author_of_document(words) or _object_words(words)
    if found is not None and found.kind == "description":
        # "said the festival's executive director, Craig Prater.": the role's name.
        named = _NAME_IN_APPOSITION.match(text, len(phrase))
        if named is not None:
            name = named.group(1).split()
            if not is_initial(name[-1]):
                name[-1] = name[-1].rstrip(".")
            if len(name) > 1 and person_like(name):
                return mention_from_words(name) or found
    return found


_NAME_IN_APPOSITION = lazy_compile(
    rf",[ \u00a0]+([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+(?:(?:"
    + "|".join(sorted(SPEAKER_PARTICLES))
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
    if at and bare_word(words[at - 1]) in SHORT_PREPOSITIONS:
        return False  # "wrote Monday on Facebook that …": where, not who
    following = words[at + size : at + size + 1]
    if not following:
        return True
    verb = bare_word(following[0])
    return verb not in _CLAUSE_VERBS and not (verb.endswith("ed") and verb not in NOT_ADJECTIVE)


#: Verbs that make the name before them the subject of a reported clause.
_CLAUSE_VERBS = word_set(
    "is was are were has had have will would can could should must may might did does do"
)


#: `SKIP_BEFORE_CUE` less "this" ("said this week", but "said this official"), built once.
_SKIP_AFTER_CUE = SKIP_BEFORE_CUE - {"this"}


def _object_words(words: list[str]) -> Mention | None:
    skipped_preposition = False
    while words and bare_word(words[0]) in _SKIP_AFTER_CUE:
        skipped_preposition = skipped_preposition or bare_word(words[0]) in SHORT_PREPOSITIONS
        words = words[1:]
    if not words or bare_word(words[0]) in SHORT_PREPOSITIONS or bare_word(words[0]) == "that":
        # "said that …" introduces what was said, not who said it.
        return None
    if skipped_preposition and bare_word(words[0]) in DETERMINERS:
        return None  # "wrote on his website", "said in a statement": where, not who
    if (
        bare_word(words[0]) in PRONOUNS
        and not surname_he(words, 0)
        and not initial_of_a_name(words, 0, len(words))  # "said I. M. Stern"
    ):
        return mention_from_words(words[:1])
    if bare_word(words[0]) == "one" and (len(words) == 1 or words[0][-1:] in ".,;"):
        return mention_from_words(words[:1])  # '"…," says one.'
    # "said emergency co-ordinator Karen Lindsay": a name after role words; the last such
    # ("said ABN Amro chief Asian strategist Eddie Wong": not "Asian").
    named: list[str] = []
    for i, word in enumerate(words[:8]):
        bare = bare_word(word)
        if bare in END_DESCRIPTION or bare in _AFFILIATION:
            break  # "Paul Dergarabedian of box office tracker Exhibitor Relations"
        if i and is_cap(word) and words[i - 1][:1].islower() and _role_word(words[i - 1]):
            named = [word]
            for more in words[i + 1 :]:
                if not is_cap(more):
                    break
                named.append(more)
    if named:
        return mention_from_words(named)
    # The first word that is no determiner: the phrase's core opens there.
    core = next((w for w in words if bare_word(w) not in DETERMINERS), None)
    if core is not None and is_cap(core):
        # A name: the capitalised run that starts here, titles stripped.
        run: list[str] = []
        for at, word in enumerate(words):
            if (
                is_cap(word)
                or bare_word(word) in CONNECTORS
                or (not run and bare_word(word) in DETERMINERS)
                or _channel_number(words, at)
            ):
                run.append(word)
            else:
                break
        while run and dangling(run, 0, len(run)):
            run.pop()
        rest = words[len(run) :]
        adjective = bool(rest) and rest[0][:1].islower() and bare_word(rest[0]) not in NOT_ADJECTIVE
        if run and is_cap(run[-1]) and not adjective:
            return mention_from_words(run)
    if spokesperson_for(words) is not None:
        return mention_from_words(words)  # "said a spokesman for Ofcom."
    related = related_to_a_name(words)
    if related is not None:
        return related  # "said a lawyer for Jane Doe on Monday"
    placed = _where_someone_works(words)
    if placed is not None:
        # "wrote analysts from Citigroup Smith Barney in a note": read as the same words
        # before a cue are ("Analysts from Citigroup Smith Barney wrote").
        return mention_from_words(placed)
    # "said the Sale player": the article stays, as it tells a description that refers
    # back ("the coach") from a new source ("said an economist at a rival bank", never
    # the economist named before).
    article = words[:1] if bare_word(words[0]) in _ARTICLE_KEPT and words[1:2] != ["of"] else []
    return mention_from_words(article + describe(words))


def _channel_number(words: list[str], at: int) -> bool:
    """A station's number inside a capitalised run that goes on to a title and a name:
    "KVLR 6 First Alert Meteorologist Tyler Okonkwo" (not "WXYZ 7 News")."""
    word = words[at]
    if not (
        0 < at < len(words) - 1
        and word.isdigit()
        and len(word) <= 2
        and (words[at - 1].isupper() or bare_word(words[at - 1]) == "channel")
    ):
        return False
    after = itertools.takewhile(is_cap, words[at + 1 : at + 6])
    return any(map(is_title, after))


def _where_someone_works(words: list[str]) -> list[str] | None:
    """The words up to the end of the name of where a described person works ("an
    analyst at Citigroup Smith Barney", of "… in a note to clients"), else None."""
    at = next((i for i, w in enumerate(words[1:5], 1) if bare_word(w) in _WORKS_AT), 0)
    role = bare_word(words[at - 1]).removesuffix("s") if at else ""
    if not at or not all(w.islower() for w in words[:at]) or role not in _FIRMS_STAFF:
        return None
    start = at + 1
    if start < len(words) and bare_word(words[start]) == "the":
        start += 1
    # "analysts at investment bank Jefferies": what the firm is, then its name.
    kind = start
    while kind < min(len(words), start + 2) and words[kind].islower():
        kind += 1
    if kind < len(words) and is_cap(words[kind]):
        start = kind
    end = start
    while end < len(words) and (
        is_cap(words[end]) or (end > start and bare_word(words[end]) in CONNECTORS)
    ):
        end += 1
    while end > start and not is_cap(words[end - 1]):
        end -= 1
    named = words[start:end]
    if (
        not named
        or (
            end < len(words) and words[end].islower() and bare_word(words[end]) not in _AFTER_A_FIRM
        )
        or any(is_place_word(w) or bare_word(w) == "and" for w in named)
    ):
        # "an analyst at the New York investment bank", "economists from Britain and
        # France": a place, no firm named.
        return None
    return words[:end]


#: Words that may follow a firm's name in the phrase: "analysts at Nomura in Tokyo".
_AFTER_A_FIRM = word_set("in on at to for said says wrote told")


#: Jobs whose holders speak for the firm they work at ("analysts from Citigroup"); not a
#: customer, a passenger or a driver "at Arriva", who speak for themselves.
_FIRMS_STAFF = word_set("analyst economist strategist researcher scientist banker")


#: Words linking a described person to where they work: "an analyst at …".
_WORKS_AT = frozenset({"at", "from", "with"})


#: Articles a description after a cue keeps: the definite one and the indefinite ones.
_ARTICLE_KEPT = frozenset({"the", "a", "an", "another"})


def _role_word(word: str) -> bool:
    """A title, or a noun for someone's job ("strategist", "forecaster")."""
    bare = bare_word(word)
    if bare in TITLES:
        return True
    return bare.endswith(("ist", "er", "or")) and bare not in SHORT_PREPOSITIONS | _NOT_A_ROLE


#: Words that go on to someone's organisation: "Herbert Hansen of Keyobs".
_AFFILIATION = word_set("of from at with")


#: Words ending like a job that are none: "after", "over", "or".
_NOT_A_ROLE = word_set(
    "after over under other either neither whether for or nor per ever never senior junior "
    "minor major former latter elder younger older later rather together further another"
)


#: Abbreviations written with a full stop inside names: "Rep.", "Dr.", "St.", "Jr.".
ABBREVIATED = word_set(
    "mr mrs ms dr prof rep sen gov gen lt col sgt capt maj adm cmdr rev st jr sr fr msgr mgr"
    " tmt smt hon engr supt insp det coun brig cpl pte"
)


#: What ends a noun phrase: punctuation, or a full stop before a space or the end. (One
#: character set first, the full stop's condition after it: the matcher then skips to
#: those characters at C speed, where an alternation was tried at every position.)
#: A generation after a name and its comma: "Sammy Davis, Jr.", "Tom Lee, III".
GENERATION_AFTER_COMMA = lazy_compile(r" (?:Jr|Sr)\.?(?![\w'’])|(?: (?:II|III|IV))(?![\w'’])")
_PHRASE_STOP = lazy_compile(r"[,;:!?—–()\"“”.](?:(?<!\.)|(?=\s|$))")


_LETTERS_IN_PHRASE = lazy_compile(
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
            if (
                bare_word(word) in ABBREVIATED
                or is_initial(word + ".")
                or given_name_short(text, match.start())  # "said Ma. Luisa de la Cruz"
            ):
                start = match.end()
                continue
        elif match.group(0) == "," and GENERATION_AFTER_COMMA.match(text, match.end()):
            # "Sammy Davis, Jr., the singer": the generation is part of the name.
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


def subject_before_pronoun(text: str, names: list[tuple[int, str | None]], at: int) -> str | None:
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
_OTHER_PERSON = lazy_compile(
    r"\b(?:whose|her|his|their)[ \u00a0]+(?:[\w\-]+[ \u00a0]+)?"
    r"(?:son|daughter|husband|wife|father|mother|brother|sister|boy|girl|child|friend|partner)\b"
)


#: A closing quotation mark right before a pronoun: '…," she'; and how far back its
#: opening mark is looked for.
_QUOTE_REACH = 2000


_CLOSED_BEFORE = lazy_compile(r"[,.!?]?[”\"][ \u00a0]+$")


#: The particles inside a name, as a pattern's alternatives: "von", "de", not "of".
NAME_PARTICLES = "|".join(sorted(RUN_LINKS - {"of", "for"}))


#: What stands between two capitalised words of a name in a pattern: spaces, and perhaps
#: a particle or two ("Bert de Jonge", "Friederike von Ellerbach").
NAME_GAP = rf"[ \u00a0]+(?:(?:{NAME_PARTICLES})[ \u00a0]+){{0,2}}"


#: "minister Heizo Takenaka": a lower-case word (a role, if it is one) right before a
#: name of two or three capitalised words.
LOWER_NAME = rf"[{CAPITALS}][\w'’\-]+(?:{NAME_GAP}[{CAPITALS}][\w'’\-]+){{1,2}}"


#: A name and the comma before an office given to it: "Md Rashedul Alam, (a) …".
_HOLDER_BEFORE = lazy_compile(rf"({LOWER_NAME}),[ \u00a0]+(?:(?:an?|the)[ \u00a0]+)?$")


_OBJECT_BEFORE = SHORT_PREPOSITIONS | {"of", "the"}


#: Nouns for a body that may stand right before its name, "the club Atlético Sereno",
#: and never before a person's ("the developer Tom Reyes", "the broadcaster Ann Lee").
BODY_NOUNS = frozenset(
    """
    club company firm carmaker charity lender insurer retailer startup conglomerate chain
    label airline utility NGO
    """.split()
)


_BODY_PREPOSITIONS = frozenset({"at", "for", "of", "from", "with", "to", "by"})


#: Who may stand unnamed before "at the club, Ashcombe Rovers,": after a role ("The head
#: of the company, Yury Boyko,") the name is the holder's.
_NAMELESS_HEADS = word_set("insider insiders source sources figure figures mole person people")


def _names_the_body_before(chunk: str, name: str) -> bool:
    """Whether `name` is an appositive naming the body that `chunk` ends on after a
    preposition ("An insider at the club"), not the subject itself ("The club, Ashcombe
    Rovers, said") nor the person the chunk describes ("The head of the company")."""
    before, _, noun = chunk.rpartition(" ")
    if noun not in BODY_NOUNS or not name[:1].isupper():
        return False
    words = [bare_word(word) for word in before.split()]
    at = next((i for i, word in enumerate(words) if i and word in _BODY_PREPOSITIONS), None)
    if at is None:
        return False
    if any(word in TITLES or word in SPOKESPEOPLE for word in words[at + 1 :]):
        return True  # "An aide to the head of the company, Yury Boyko,": the head's name
    if words[at - 1] not in _NAMELESS_HEADS:
        return False
    return all(is_cap(word) or word in PARTICLES for word in name.split())
