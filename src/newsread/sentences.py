"""Splitting a paragraph into sentences, as spans of the original text.

Search shows a hit in its sentence, so a split in the wrong place (after "U.S."
or "Gov.", or inside a quotation that goes on with "he said") cuts a quote in
half. The rules are deliberately few: a sentence ends at . ! ? or …, optionally
followed by closing quotes or brackets, then whitespace, then something that can
start a sentence (a capital, a digit, an opening quote or bracket).
"""

from __future__ import annotations

from newsread.lazyre import lazy_compile

# Terminal punctuation, closers, then whitespace. A match may only begin at the
# first of a run of terminals, and the runs are taken possessively, so a megabyte
# of dots is scanned once rather than once per dot. The first terminal comes before
# the look-behind that tells it is the first, so the matcher jumps from terminal to
# terminal at C speed instead of trying the look-behind at every character.
_END = lazy_compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"'”’»“)\]]*+(?=\s)")
_NON_SPACE = lazy_compile(r"\S")
_TERMINALS = frozenset(".!?…")
_OPENERS = frozenset("\"'“‘„«([-–—•*")  # quotes, brackets, list bullets
# A dotted acronym or initial (U.S, J, e.g) just before the final dot.
_DOTTED = lazy_compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_LEADING_PUNCTUATION = "\"'“‘„«(["

#: Words that end in a dot without ending the sentence (lower-case, no dot). Not the
#: endings of names ("Warner Bros.", "Acme Inc.", "King Jr."), which often end one: after
#: them, as after any word, a capital starts a sentence ("Acme Inc. said" goes on, as a
#: lower-case word never starts one). "Co." stays, for "Co. Antrim" as much as "& Co.".
ABBREVIATIONS = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "sgt"),
        *("cpl", "adm", "gov", "govs", "sen", "rep", "reps", "rev", "st", "mt", "fr", "msgr"),
        *("ft", "no", "nos", "vs", "approx", "est", "fig", "al", "cf", "co"),
        *("dept", "univ", "assn", "jan", "feb", "mar", "apr", "jun", "jul"),
        *("aug", "sep", "sept", "oct", "nov", "dec"),
    }
)


_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
#: The last two letters of each abbreviation: a word ending otherwise is none of them.
_ABBREVIATION_ENDINGS = frozenset(word[-2:] for word in ABBREVIATIONS)


#: Given names written short before the rest of a name: "Ma. Teresa Villanueva" (María,
#: in the Philippines), "Md. Rashedul Alam" (Mohammad), "Wm. Lee".
GIVEN_NAMES_SHORT = frozenset({"Ma", "Md", "Mohd", "Wm", "Chas", "Thos", "Jas", "Geo"})

_SHORT_ENDINGS = frozenset(name[-2:] for name in GIVEN_NAMES_SHORT)

#: Capitalised words that open a sentence more often than they go on a name: after
#: "Jack Ma." a sentence starts ("Jack Ma. He said"), after "Ma." a name goes on.
_OPENING_WORDS = frozenset(
    "The He She It They We I But And In On At This That A An His Her Its Their There So "
    "Yet As After Before When While If Meanwhile However".split()
)


def given_name_short(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` ends a given name written short, the rest of the name
    after it ("said Ma. Luisa de la Cruz"), not a sentence ("founder Jack Ma. He …")."""
    if text[max(0, dot - 2) : dot] not in _SHORT_ENDINGS:
        return False  # the cheap test first: asked at nearly every full stop
    window = max(0, dot - 8)  # the longest such name and a quotation mark: no scan back
    space = max(text.rfind(" ", window, dot), text.rfind("\n", window, dot))
    if space < 0 < window:
        return False
    start = space + 1
    after = text[dot + 1 : dot + 40].split(None, 1)
    if text[dot + 1 : dot + 2] != " " or not after:
        return False
    if not name_may_start_at(text, start):
        return False  # "Fairhaven, Md. Kevin Ortiz": Maryland; "founder Jack Ma. Teresa …"
    return name_goes_on(text[start : dot + 1].lstrip(_LEADING_PUNCTUATION), after[0])


def name_may_start_at(text: str, at: int) -> bool:
    """Whether the word before `at` (if any) may stand before a given name written short
    (`may_stand_before_a_name`)."""
    before = text[max(0, at - 30) : at].split()
    return not before or may_stand_before_a_name(before[-1])


def may_stand_before_a_name(word: str) -> bool:
    """What may come right before a given name written short: a lower-case word ("said
    Ma. Luisa"), a title ("Mayor", "Engr."), an opening mark; not a comma's end ("Fairhaven,
    Md.", a state) nor another name ("Jack Ma.", a surname)."""
    if word.endswith(","):
        return False
    core = word.strip(_LEADING_PUNCTUATION)
    return not core[:1].isupper() or core.endswith(".") or core.lower() in _TITLES_BEFORE


#: Titles that stand before a given name written short ("Mayor Ma. Teresa Villanueva",
#: "Chairman Md. Jalal Uddin").
_TITLES_BEFORE = frozenset(
    "mayor chairman chairwoman chairperson councillor councilor governor minister secretary "
    "senator representative director president vice deputy chief judge justice officer "
    "commissioner captain kagawad barangay engineer doctor professor attorney advocate "
    "superintendent inspector sergeant colonel general principal".split()
)


def name_goes_on(word: str, following: str) -> bool:
    """Whether `word` ("Ma.") is a given name written short and `following` the next
    word of the name ("Teresa"), not of a new sentence ("He")."""
    return (
        word[:-1] in GIVEN_NAMES_SHORT
        and word[-1:] == "."
        and following[:1].isupper()
        and following not in _OPENING_WORDS
    )


def is_abbreviation(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` closes an abbreviation rather than a sentence."""
    if text[dot - 1 : dot].isalpha() and given_name_short(text, dot):
        return True
    if (
        dot >= 2
        and text[dot - 2].isalpha()
        and text[dot - 2 : dot].lower() not in _ABBREVIATION_ENDINGS
    ):
        # The cheap test first: a word of two characters or more, the last but one a
        # letter, that ends as no abbreviation does ("said.", "year."): no dotted acronym
        # either (its last but one is a dot). Lower-casing keeps each character one.
        return False
    tail = text[max(0, dot - _LONGEST_ABBREVIATION - 1) : dot]
    if tail.isalpha() and len(tail) > _LONGEST_ABBREVIATION:
        return False  # a long plain word ("said.", "Commission."): no abbreviation
    near = max(tail.rfind(" "), tail.rfind("\n"))
    if near >= 0:
        space = dot - len(tail) + near  # the usual case: the word's start lies in the tail
    else:
        window = max(0, dot - 40)
        space = max(text.rfind(" ", window, dot), text.rfind("\n", window, dot))
    word = text[space + 1 : dot].lstrip(_LEADING_PUNCTUATION)
    if not word:
        return False
    if word.lower() in ABBREVIATIONS:
        # "Rhodri Evans MS.": letters (a Member of the Senedd), not Ms., unless the text
        # is in capitals throughout ("SAID MS. DOE").
        return word != "MS" or text[max(0, space - 40) : space].rstrip().isupper()
    # A dotted acronym ends in a dot and a letter ("U.S"), or is one letter ("J"): the
    # cheap test first, as most words before a full stop are neither.
    return (len(word) == 1 or word[-2] == ".") and _DOTTED.fullmatch(word) is not None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed; together they cover all non-space text."""
    spans: list[tuple[int, int]] = []
    first = _NON_SPACE.search(text)
    if first is None:
        return spans
    start = first.start()
    size = len(text)
    for end_match in _END.finditer(text, start):
        end = end_match.end()
        if end + 1 < size and text[end] == " " and not text[end + 1].isspace():
            after = end + 1  # the usual case: one space, then the next sentence
        else:
            following = _NON_SPACE.search(text, end)
            if following is None:
                break
            after = following.start()
        char = text[after]
        if not (char.isupper() or char.isdigit() or char in _OPENERS):
            continue  # what follows cannot start a sentence
        dot = end_match.start()
        single_dot = text[dot] == "." and text[dot + 1] not in _TERMINALS
        if single_dot and is_abbreviation(text, dot):
            continue
        spans.append((start, end))
        start = after
    spans.append((start, len(text.rstrip())))
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings."""
    return [text[start:end] for start, end in sentence_spans(text)]
