"""Sentence case and title case for headlines, computed rather than typed in.

Sentence case (APA, Harvard, IEEE, Vancouver) needs to know which words are proper
nouns. Headlines capitalise every word, so the headline cannot tell us; the article body
can: a word written with a capital in the middle of a body sentence ("Russia",
"Lysychansk") is a name, one written in lower case ("orders", "advance") is not.

Title case (MLA 9, Chicago 18, APA's own for in-text titles) follows each guide's list
of words kept in lower case; see `title_case`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsread.dates import MONTH_NAMES, MONTHS, WEEKDAYS
from newsread.speakers.words import TITLES
from newsread.wordlists import CITIES, DEMONYMS, PLACES, word_set

ARTICLES = frozenset({"a", "an", "the"})
COORDINATING = frozenset({"and", "but", "for", "nor", "or", "so", "yet"})
PREPOSITIONS = word_set(
    """
    aboard about above across after against along amid amidst among amongst around as at
    atop before behind below beneath beside besides between beyond by despite down during
    except for from in inside into like minus near of off on onto opposite out outside over
    past per plus since than through throughout till to toward towards under underneath
    unlike until up upon versus via vs with within without
    """
)
#: Articles, coordinating conjunctions and prepositions: the words title case keeps
#: lower-case for what they are, and that carry no content of their own.
MINOR_WORDS = ARTICLES | COORDINATING | PREPOSITIONS
#: Words that are prepositions or subordinating conjunctions, by what follows them.
DUAL_CONJUNCTIONS = frozenset({"after", "before", "since", "until", "till"})
#: "than" introduces a comparison clause: the guides (and the issue) capitalise it.
SUBORDINATING_ONLY = frozenset({"than"})
#: Prepositions that are adverbs ("Steps Up", "Shut Down") unless a noun phrase follows.
_PARTICLE_ADVERBS = frozenset({"up", "down", "out", "off", "on", "in", "over", "back", "by"})
_DETERMINERS = word_set(
    """
    a an the this that these those his her its their our my your some any every each
    all both no one two three four five six seven eight nine ten
    """
)
#: Auxiliary verbs: a clause's verb, and what no short title ends on.
_AUXILIARIES = word_set(
    "is are was were be been has have had will would can could may might must should did does do"
)
_LIKELY_VERBS = _AUXILIARIES | word_set(
    "gets got goes went comes came takes took falls fell ends ended says said"
)
#: Prefixes that are not words on their own: Chicago lowercases what follows the hyphen.
_PREFIXES = word_set(
    "anti co counter inter intra mid multi non post pre pro pseudo quasi re semi sub ultra un"
)

#: Headline vocabulary that is never a proper noun, for titles of articles with no text.
COMMON_WORDS = word_set(
    """
    about after again against ahead all also amid another any are around as attack attacks
    away back backs bans battle be become been before begins being best better big bid
    biggest blames blast bold boost breaking but calls can case change chief claims clash
    could country crisis cut cuts day days deal dead death deaths despite dies do does
    down during early end ends even ever every eyes face faces fails fall falls fear fears
    few fight final first five for four from get gets give gives go goes good great had
    half has have he her here high his hit hits how huge if in into is it its just key
    kill kills killed last late latest launch launches leader leaders least less like
    live long looks lose loses lost low major make makes man many may meet meets men might
    more most move moves must near need needs new news next no not now off old on once
    one only open or our out over own people plan plans push pushes quits rally reach
    record report reports rise rises row rule rules said say says see sees set sets seven
    she should show shows six slams so some soon spark sparks still strike strikes such
    take takes talks ten than that the their them then there these they third this those
    three to top two under up urges us very vote vow vows war warn warns was way we week
    weeks were what when where which while who why will win wins with without woman women
    world would year years yet you your
    """
)
#: Words that never count as a name, even in a byline or a publisher's name.
_NEVER_NAMES = MINOR_WORDS | COMMON_WORDS
#: Sentence openers before a name that are no part of it: "Several Democrats", "Former
#: Tory MP Ann Lee", "Today Apple announced".
_NEVER_OPENING_NAMES = (
    _NEVER_NAMES
    | _DETERMINERS
    | word_set(
        """
        former acting deputy late outgoing incoming interim veteran defending reigning
        retired senior junior rival fellow ex several most other such today tonight
        yesterday tomorrow meanwhile also although though because unless whether both
        either neither once ever
        """
    )
)

_WORD = re.compile(r"[^\W\d_][\w'’.\-]*|\d[\w'’.\-]*")
#: Two or more words in capitals in a row: shouting or a dateline, not acronyms.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")
_CAPITALS_RUN = re.compile(r"\b[A-Z]{2,}(?:[ ,]+[A-Z]{2,})+\b")
#: Places of `PLACES` whose names are also common words or first names.
_WORDS_TOO = frozenset({"turkey", "china", "georgia"})
#: What parts one metadata field's names: "Ann Lee / AFP", "Ann Lee; Bo Chen", "Ann Lee
#: and Bo Chen" (an organisation's "and" may part its name too, which only keeps less).
_NAME_PARTS = re.compile(r"\s*[/,;&()]\s*|\s+and\s+")
#: Marks after which a word opens a sentence of its own, as a quotation's first word.
_QUOTE_OPENERS = frozenset('“"‘([—')
_SENTENCE_END = re.compile(r"(?<=[.!?…:;])[\"”’)\]]*\s+|\n+")
_TOKEN = re.compile(r"\S+")


def word_key(word: str) -> str:
    """A body/title word reduced for lookup: lower case, no possessive, no edge punctuation."""
    word = word.strip(".-'’").lower()
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            word = word[: -len(ending)]
    return word.rstrip("'’")


def stem(key: str) -> str:
    """A crude English stem so "takes"/"take" and "reopens"/"reopened" meet."""
    for ending, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if key.endswith(ending) and len(key) - len(ending) >= 3 and not key.endswith("ss"):
            key = key[: len(key) - len(ending)] + repl
            break
    return key[:-1] if key.endswith("e") and len(key) > 3 else key


@dataclass
class CaseEvidence:
    """How often each word appears capitalised mid-sentence versus in lower case."""

    capital: Counter[str]
    lower: Counter[str]
    #: Of `capital`, the times a word went on a name after another capital ("Valley
    #: County", "Hyde Park"): a name's word, but no evidence for its other forms.
    capital_after_name: Counter[str] = field(default_factory=Counter)
    stem_capital: Counter[str] = field(default_factory=Counter)
    stem_lower: Counter[str] = field(default_factory=Counter)
    #: Word keys of one-word names the metadata gives (authors, publisher, photo credit):
    #: a title word the body never uses is still a name when it is one of these.
    names: frozenset[str] = frozenset()
    #: The metadata's names of several words, as word keys ("mark price", "financial
    #: times"): kept in a title where it writes the whole name, never word by word ("Oil
    #: Price Falls" by Mark Price, "Financial Markets" in the Financial Times).
    name_phrases: frozenset[tuple[str, ...]] = frozenset()
    #: Short words the body writes only in capitals and alone ("NATO", not a dateline's
    #: "WASHINGTON" nor a chant's "NO NEW TAX"): acronyms, kept in a title in capitals.
    acronyms: frozenset[str] = frozenset()
    #: Plural acronyms as the body writes them, by word key ("ngos": "NGOs"): how a
    #: title shouted in capitals ("NGOS") gives them back.
    plural_acronyms: dict[str, str] = field(default_factory=dict)
    #: Whether the text had any word at all, even only ones opening a sentence.
    read_any: bool = False
    #: A short word the body writes capitalised mid-sentence, with the word beside it
    #: and on which side (1 after, -1 before): ("le", "havre", 1), ("e", "vitamina", -1).
    #: The name or letter a title in another language keeps ("Le Havre", "Los Ángeles",
    #: "vitamina E") where the same word is otherwise an article or conjunction it lowers.
    capital_short: frozenset[tuple[str, str, int]] = frozenset()
    #: Word keys the body writes capitalised only where they open a sentence: no evidence
    #: for an English word ("Officials said"), but a name's likelier than not in another
    #: language, where no word list tells ("Paris attend.").
    openers: frozenset[str] = frozenset()
    #: Of `openers`, words that open a run of capitals going on mid-sentence ("Portland
    #: Public Schools cancelled …"): a name's first word where the body says nothing else.
    opening_names: frozenset[str] = frozenset()
    #: Runs of two or more words the body writes capitalised mid-sentence as one name,
    #: as word keys, with the small words that join them ("marta de vries airport",
    #: "port of eastwick"): a title that writes a run whole keeps its capitals, the
    #: common noun too, though the body writes that word small alone ("the airport").
    capital_runs: frozenset[tuple[str, ...]] = frozenset()
    #: A name's particles the body writes small more often than capitalised mid-sentence,
    #: each run of them with the name's word after ("von der leyen", "de gaulle"): title
    #: case gives them as the body does, for a headline that capitalised them ("Ursula
    #: Von Der Leyen"), where "Van Brakel" the company stays as the body has it most.
    small_particles: frozenset[tuple[str, ...]] = frozenset()
    #: Word keys of names the body writes after a capitalised "The" mid-sentence ("into
    #: The Hague", "in The Gambia"): the article is the name's, so a title keeps it.
    the_names: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        for key, count in self.capital.items():
            # "Counties" is not a name because "Valley County" is: only a word that stands
            # capitalised on its own speaks for its other forms ("Democrat", "Democrats").
            count -= self.capital_after_name[key]
            if count > 0:
                self.stem_capital[stem(key)] += count
        for key, count in self.lower.items():
            self.stem_lower[stem(key)] += count

    @property
    def empty(self) -> bool:
        """No running text at all, so nothing can be told about any word."""
        return not (self.read_any or self.capital or self.lower)

    @classmethod
    def from_text(cls, paragraphs: Iterable[str], names: Iterable[str] = ()) -> CaseEvidence:
        """Evidence from running text (body, caption, embedded posts) and metadata names.

        `names` are strings such as bylines and the publisher ("Ann Lee / AFP" holds two):
        each counts as a name where a title writes it whole, whatever case the text gives
        its words (see `name_phrases`).
        """
        capital: Counter[str] = Counter()
        lower: Counter[str] = Counter()
        after_name: Counter[str] = Counter()
        shouted: set[str] = set()
        spoken: set[str] = set()  # written in other than capitals, or among capitals
        plurals: dict[str, str] = {}
        pairs: set[tuple[str, str, int]] = set()
        openers: set[str] = set()
        opening_names: set[str] = set()
        runs: set[tuple[str, ...]] = set()
        particles: dict[bool, Counter[tuple[str, ...]]] = {True: Counter(), False: Counter()}
        the_names: set[str] = set()
        # Articles repeat their words: each distinct word's key is worked out once.
        key_of: dict[str, str] = {}
        for paragraph in paragraphs:
            for sentence in _SENTENCE_END.split(paragraph):
                first = True
                named = False  # whether the word before began with a capital, as a name's
                previous = ""  # the word key before, and whether it was a short capital
                previous_short = False
                capital_the = False  # whether the word before was "The" mid-sentence
                run: list[str] = []  # the capitalised run this word may go on
                run_end = 0
                chain: list[str] = []  # a name's particles just before, written small or not
                chain_small = False
                chain_end = 0
                opening = ""  # the key of a sentence's first word that may open a name
                opening_end = 0
                for match in _WORD.finditer(sentence):
                    start = match.start()
                    initial = first or (start > 0 and sentence[start - 1] in _QUOTE_OPENERS)
                    first = False
                    word = match.group(0)
                    member = ""  # the key of a word that may go on a run of capitals
                    for part in word.split("-"):
                        # (The cheap test first: only a word with an apostrophe is elided.)
                        if not initial and ("'" in part or "’" in part):
                            elided = _ELIDED.fullmatch(part.rstrip(".'’"))
                            if elided and elided[2][:1].isupper() and not elided[2].isupper():
                                # "l'Europe", "L'Oréal": evidence for "Europe", "Oréal" too
                                capital[word_key(elided[2])] += 1
                        key = key_of.get(part)
                        if key is None:
                            key = key_of[part] = word_key(part)
                        if not key or not part[:1].isalpha():
                            continue
                        upper = part.isupper()
                        if upper and 1 < len(key) <= 5:
                            # Not a dateline opening the text: "KYIV, Ukraine —".
                            after = sentence[match.end() : match.end() + 2]
                            dateline = initial and (after[:1] == "," or after[1:2] in "(—–-")
                            (spoken if dateline else shouted).add(key)
                        else:
                            spoken.add(key)
                            if part[-1] == "s" and _PLURAL_ACRONYM.fullmatch(part):
                                plurals[key] = part  # "NGOs", "MPs"
                        if part[:1].islower():
                            lower[key] += 1
                        elif not initial and not (upper and len(key) > 1):
                            capital[key] += 1  # (capitals say nothing: "NO NEW TAX")
                            if named and stem(key) in _NAME_HEADS:
                                after_name[key] += 1
                            if key not in MINOR_WORDS and part == word:
                                member = key  # no "Off" of a quoted headline, no compound
                        named = part[:1].isupper() and not initial and key not in MINOR_WORDS
                        short = part[:1].isupper() and not initial and _short_word(key)
                        if previous and short:
                            pairs.add((key, previous, -1))  # "vitamina E"
                        if previous_short:
                            pairs.add((previous, key, 1))  # "Le Havre"
                        if previous == "the" and capital_the and named:
                            the_names.add(key)  # "into The Hague"
                        capital_the = key == "the" and part == "The" and not initial
                        previous, previous_short = key, short
                        if initial and part[:1].isupper():
                            openers.add(key)
                    if opening:
                        if member and member not in TITLES and sentence[opening_end:start] == " ":
                            opening_names.add(opening)  # "Portland Public Schools closed"
                        opening = ""
                    elif initial and "-" not in word and word[:1].isupper():
                        key = key_of[word]  # one part: its key was worked out above
                        if key not in _NEVER_OPENING_NAMES and key not in TITLES:
                            opening, opening_end = key, match.end()
                    if word in _NAME_PARTICLES or member in _NAME_PARTICLES:
                        # "von der Leyen", "de Gaulle"; "Van Brakel" mid-sentence.
                        if chain and sentence[chain_end:start].strip():
                            chain = []  # "de, der"
                        chain_small = chain_small if chain else word[0].islower()
                        chain.append(member or word)
                        chain_end = match.end()
                    elif chain:
                        if member and not sentence[chain_end:start].strip():
                            particles[chain_small][(*chain, member)] += 1
                        chain = []
                    if member or run:  # (most words are neither: nothing to do)
                        # A small word joins a run ("Port of"); a mark ends it ("Port, the").
                        goes_on = member or word in _RUN_JOINS
                        if run and (not goes_on or sentence[run_end:start].strip()):
                            _keep_run(run, runs)
                            run = []
                        if member or run:
                            run.append(member or word)
                            run_end = match.end()
                if run:
                    _keep_run(run, runs)
                for shout in _CAPITALS_RUN.finditer(sentence):
                    spoken.update(word_key(w) for w in shout.group(0).split())  # "NO NEW TAX"
        phrases = {
            keys[1:] if keys[0] == "the" and len(keys) > 1 else keys
            for text in names
            for part in _NAME_PARTS.split(text)
            if (keys := tuple(word_key(w) for w in part.split() if word_key(w)))
        }
        single = (p[0] for p in phrases if len(p) == 1)
        names_ = frozenset(k for k in single if k[:1].isalpha() and k not in _NEVER_NAMES)
        acronyms = frozenset(shouted - spoken)
        read_any = bool(spoken or shouted)
        return cls(
            capital,
            lower,
            after_name,
            names=names_,
            name_phrases=frozenset(p for p in phrases if len(p) > 1),
            acronyms=acronyms,
            plural_acronyms=plurals,
            read_any=read_any,
            capital_short=frozenset(pairs),
            openers=frozenset(openers),
            opening_names=frozenset(opening_names),
            capital_runs=frozenset(runs),
            small_particles=frozenset(
                name for name, times in particles[True].items() if times > particles[False][name]
            ),
            the_names=frozenset(the_names),
        )

    def verdict(self, key: str) -> bool | None:
        """True for a proper noun, False for a common word, None when the body is silent."""
        # A head word only ever capitalised going on a name ("Portland Public Schools")
        # is that name's, not evidence for the word alone ("Portland Schools").
        cap, low = self.capital[key] - self.capital_after_name[key], self.lower[key]
        if not (cap or low):
            cap, low = self.stem_capital[stem(key)], self.stem_lower[stem(key)]
        if cap or low:
            return cap > low
        if (key in PLACES and key not in _WORDS_TOO) or key in DEMONYMS or key in CITIES:
            return True  # "Russia", "Russian", "Brussels": names, whatever the body says of others
        if key in self.opening_names:
            return True
        return None


def _keep_run(run: list[str], runs: set[tuple[str, ...]]) -> None:
    """Add `run` to `runs`, without the small words it ends on, if two capitalised words
    or more make it up."""
    if len(run) > 1:
        while run and run[-1] in _RUN_JOINS:
            run.pop()
        if sum(1 for key in run if key not in _RUN_JOINS) >= 2:
            runs.add(tuple(run))


@dataclass
class _Token:
    lead: str
    core: str
    trail: str

    def text(self) -> str:
        return self.lead + self.core + self.trail


def _split_token(raw: str) -> _Token:
    """Leading and trailing punctuation apart from the word ("“Either", "Lysychansk.")."""
    start = 0
    while start < len(raw) and not raw[start].isalnum():
        start += 1
    end = len(raw)
    while end > start and not raw[end - 1].isalnum():
        end -= 1
    core = raw[start:end]
    trail = raw[end:]
    if trail.startswith(".") and "." in core:  # keep the last period of "U.S."
        core, trail = core + ".", trail[1:]
    return _Token(raw[:start], core, trail)


def _tokens(title: str) -> list[_Token]:
    return [_split_token(raw) for raw in title.split()]


#: Marks that set a subtitle off as a colon does, standing alone between words: a dash
#: however it is typed ("—", "–", "--", a spaced "-"), the web's "Opinion | …", and a
#: colon, question or exclamation mark set apart by a space, as French writes them
#: ("Incendie au Havre : les pompiers mobilisés").
_SEPARATORS = frozenset({"—", "–", "―", "--", "---", "-", "|", ":", "?", "!", "?!", "!?"})
#: The same marks written against a word ("Latest— Russia", "Biden --The"); not a lone
#: hyphen, which ends the first part of "Pre- and Post-War".
_ATTACHED_SEPARATORS = ("—", "–", "―", "--", "|")


def _opens_subtitle(token: _Token) -> bool:
    """A word ending in a colon (or ?, !, a dash) makes the next word a subtitle's first
    word, as does a dash or "|" standing alone; and one ending a sentence the next
    sentence's ("The Economy Is Fine. Stop Worrying")."""
    if any(mark in token.trail for mark in ":?!") or token.trail.endswith(_ATTACHED_SEPARATORS):
        return True
    if not token.core and token.lead in _SEPARATORS:
        return True
    ends = token.trail.startswith(".") and not token.trail.startswith("..")
    return ends and len(token.core) > 1 and token.core.lower() not in _ABBREVIATIONS


#: Weekdays, abbreviated ("Sat. and Sun." ends no sentence); "Sun." only after another.
_WEEKDAY_ABBREVIATIONS = word_set("mon tue tues wed thu thur thurs fri sat")
#: Abbreviated names (months, weekdays, US states): proper nouns, kept capitalised in
#: sentence case.
_NAME_ABBREVIATIONS = (
    (frozenset(MONTHS) - MONTH_NAMES)
    | _WEEKDAY_ABBREVIATIONS
    | word_set(
        "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo "
        "mont neb nev okla ore pa penn tenn tex va vt wash wis wyo"
    )
)
#: Words written with a full stop that ends no sentence: "Apple vs. Samsung", "Dr. Lee".
_ABBREVIATIONS = _NAME_ABBREVIATIONS | word_set(
    "vs v mr mrs ms dr st jr sr gov sen rep gen lt col capt sgt rev prof inc co corp ltd "
    "etc al fig vol pp ed eds approx dept univ mt ft ave blvd rd"
)


#: States of the US, provinces and territories of Canada, states and territories of
#: Australia: names, kept in sentence case as countries are, whatever the text says of
#: their words ("new", "north", "south").
_REGIONS = tuple(
    tuple(word_key(word) for word in name.split())
    for name in """
    Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware,
    Florida, Georgia, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana,
    Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana,
    Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina,
    North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina,
    South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington, West Virginia,
    Wisconsin, Wyoming, District of Columbia,
    Alberta, British Columbia, Manitoba, New Brunswick, Newfoundland and Labrador,
    Newfoundland, Labrador, Nova Scotia, Ontario, Prince Edward Island, Quebec, Québec,
    Saskatchewan, Northwest Territories, Nunavut, Yukon,
    New South Wales, Victoria, Queensland, South Australia, Western Australia, Tasmania,
    Northern Territory, Australian Capital Territory
    """.split(",")
)


def region_tokens(title: str) -> frozenset[int]:
    """Indexes of the words of `title` (split at spaces) that spell a state's or a
    province's name ("New York", "Texas-based", "Nova Scotia's"), the longest name first."""
    tokens = _tokens(title)
    keys = [word_key(token.core.split("-")[0]) for token in tokens]
    found: set[int] = set()
    at = 0
    while at < len(tokens):
        length = max(
            (
                len(name)
                for name in _REGIONS
                if tuple(keys[at : at + len(name)]) == name
                # Only the name's last word may carry punctuation or a hyphen.
                and all(
                    not tokens[i].trail and "-" not in tokens[i].core
                    for i in range(at, at + len(name) - 1)
                )
            ),
            default=0,
        )
        found.update(range(at, at + length))
        at += length or 1
    return frozenset(found)


def name_tokens(title: str, evidence: CaseEvidence) -> frozenset[int]:
    """Indexes of the words of `title` (split at spaces) that sentence case keeps as
    names whatever the text says of them: a state's or province's (`region_tokens`), a
    holiday's of several words ("Christmas Eve"), one of the metadata's names of
    several words written whole, or the capitalised words of a run the body writes
    capitalised as one name (`CaseEvidence.capital_runs`; its small joining words go
    by the rules for any word)."""
    tokens = _tokens(title)
    phrases = _phrase_tokens(tokens, evidence.name_phrases | _HOLIDAY_PHRASES)
    runs = _phrase_tokens(tokens, evidence.capital_runs)
    runs = frozenset(i for i in runs if word_key(tokens[i].core) not in _RUN_JOINS)
    runs |= _particles_opening_runs(tokens, evidence)  # "the Van Gogh Museum"
    if len(tokens) > 2 and all(
        i in runs
        for i, t in enumerate(tokens[1:], 1)
        if t.core and word_key(t.core) not in _RUN_JOINS
    ):
        # "Read more: Storm Damage Hits Coastal Towns": the body quoting the headline
        # in its own capitals, which say nothing of a name.
        runs = frozenset()
    return region_tokens(title) | phrases | runs


#: Holidays and days named in several words, as word keys ("New Year's Eve" is "new year
#: eve"): proper nouns, every word capitalised (APA 7 §6.16, CMOS 8.89).
_HOLIDAY_PHRASES = frozenset(
    tuple(word_key(word) for word in name.split())
    for name in """
    Christmas Eve, Christmas Day, New Year's Eve, New Year's Day, Lunar New Year,
    Chinese New Year, Boxing Day, Good Friday, Easter Sunday, Easter Monday, Palm Sunday,
    Ash Wednesday, Holy Week, Black Friday, Labor Day, Labour Day, May Day, Memorial Day,
    Fat Tuesday, Shrove Tuesday, Pancake Day, Eid al-Fitr, Eid al-Adha, Super Bowl Sunday,
    Independence Day, Veterans Day, Remembrance Day, Remembrance Sunday, Armistice Day,
    Anzac Day, Canada Day, Australia Day, Bastille Day, Valentine's Day, Mother's Day,
    Father's Day, St. Patrick's Day, St Patrick's Day, Yom Kippur, Rosh Hashanah, Mardi
    Gras, Election Day, Presidents Day, Presidents' Day, Earth Day, Bonfire Night, Guy
    Fawkes Night, Day of the Dead
    """.split(",")
)
#: Months, days of the week and holidays named in one word: proper nouns, kept in
#: sentence case whatever the text says of them. "May" and "March", verbs too, are in
#: `_MONTHS_AND_VERBS`; "Lent" and "Advent", words too, are left out.
_CALENDAR_NAMES = (
    (MONTH_NAMES - {"may", "march"})
    | WEEKDAYS
    | word_set(
        "christmas easter hanukkah chanukah ramadan eid diwali thanksgiving halloween "
        "passover kwanzaa juneteenth hogmanay purim vesak navratri pentecost whitsun"
    )
)
_MONTHS_AND_VERBS = frozenset({"may", "march"})
#: Words before a month: "in May", "by March", "early May", "next March", "May 5".
_BEFORE_MONTHS = word_set(
    "in by until till since from through before after during of for next last early late "
    "mid this every each"
)


def _calendar_name(tokens: list[_Token], index: int, parts: list[str], n: int) -> bool:
    """Whether a title's word (part `n` of a hyphenated one) names a month, a day of the
    week or a holiday ("until Friday", "mid-January", "Christmas"). "May" and "March"
    name a month only where a date's words stand around them ("in May", "mid-March",
    "May 5", "5 March"), not "Prices May Rise" or "Thousands March"."""
    key = word_key(parts[n])
    if key in _CALENDAR_NAMES:
        return True
    if key not in _MONTHS_AND_VERBS:
        return False
    if n > 0:
        return word_key(parts[n - 1]) in _BEFORE_MONTHS  # "mid-May"
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    dated = before is not None and (
        word_key(before.core) in _BEFORE_MONTHS or before.core[:1].isdigit()
    )
    if before is not None and not before.trail and dated:
        return True
    return after is not None and not tokens[index].trail and after.core[:1].isdigit()


def _phrase_tokens(tokens: list[_Token], phrases: Iterable[tuple[str, ...]]) -> frozenset[int]:
    """Indexes of the tokens that spell one of `phrases` (word keys) whole, with no mark
    between its words ("Mark Price's" is his; "Price, Mark" or "Mark: Price" are not)."""
    keys = [word_key(token.core) for token in tokens]
    found: set[int] = set()
    for phrase in phrases:
        size = len(phrase)
        for at in range(len(tokens) - size + 1):
            if tuple(keys[at : at + size]) == phrase and not any(
                tokens[i].trail for i in range(at, at + size - 1)
            ):
                found.update(range(at, at + size))
    return frozenset(found)


def _is_special(word: str) -> bool:
    """Acronyms, mixed case ("iPhone", "McDonald"), words with digits: always kept as typed."""
    letters = [c for c in word if c.isalpha()]
    if any(c.isdigit() for c in word):
        return True
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return any(c.isupper() for c in word[1:] if c.isalpha()) and not word.isupper()


def _is_letter(word: str) -> bool:
    """A capital letter standing alone as a word ("Plan B", "Generation Z"), which no
    case rule lowers. Not "A", which is far more often the article; `_letter_a` tells
    when it cannot be."""
    return len(word) == 1 and word.isupper() and word != "A"


def _letter_a(tokens: list[_Token], index: int) -> bool:
    """Whether a capital "A" is the letter ("Plan A", "Plan A, Plan B"): an article
    always has a noun phrase after it, so "A" ending the title or a phrase is no article."""
    token = tokens[index]
    if token.core != "A":
        return False
    return index + 1 == len(tokens) or bool(token.trail.strip("'’\"”"))


def _upper_first(word: str) -> str:
    for i, char in enumerate(word):
        if char.isalpha():
            return word[:i] + char.upper() + word[i + 1 :]
    return word


#: Abbreviations written in small letters in any case of title: "11 a.m.", "etc.",
#: "e.g." (CMOS 10.41, MLA 9 lowercases them in titles too).
_SMALL_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "e.g.", "i.e."})
#: Of those, the times of day: small only after a figure in a shouted title ("9 A.M.";
#: "UK P.M." is a prime minister).
_CLOCK_ABBREVIATIONS = frozenset({"a.m.", "p.m."})


def _small_abbreviation(token: _Token) -> bool:
    """Whether a title's word is "a.m.", "p.m.", "etc." and their kin (`_SMALL_ABBREVIATIONS`)."""
    core = token.core.lower()
    return core in _SMALL_ABBREVIATIONS or (core == "etc" and token.trail.startswith("."))


def is_headline_case(title: str, *, english: bool = True) -> bool:
    """Whether most content words are capitalised (so capitals say nothing about names).

    Words written the same in either case ("iPhone", "NATO", "Plan B", the particles of
    "Ursula von der Leyen") are not counted: they say nothing of how the title was cased
    ("Apple Cuts iPhone Production"), nor, in a title in another language, its own small
    words ("Le Président Annonce une Réforme des Retraites")."""
    every = _tokens(title)
    particles = {i for i, t in enumerate(every) if _name_particle(every, i, t.core.split("-"), 0)}
    tokens = [t for i, t in enumerate(every) if i and i not in particles and t.core[:1].isalpha()]
    small = MINOR_WORDS if english else MINOR_WORDS | _SMALL_WORDS_ELSEWHERE
    content = [
        t.core
        for t in tokens
        if t.core.lower() not in small
        and not _is_special(t.core)
        and len(t.core.rstrip(".")) > 1
        and not _small_abbreviation(t)  # "a.m." in "Ferry Service Ends at 11 a.m."
    ]
    if not content:
        return True
    capitals = sum(1 for w in content if w[:1].isupper())
    return capitals / len(content) >= 0.75


def all_caps(title: str) -> bool:
    """A title shouted in capitals (more than a dozen letters, all upper case)."""
    letters = [c for c in title if c.isalpha()]
    return len(letters) > 12 and all(c.isupper() for c in letters)


def sentence_case(
    title: str, evidence: CaseEvidence | None = None, *, english: bool = True, nouns: bool = False
) -> str:
    """The title with only its first word, subtitle's first word and proper nouns capitalised.

    A word keeps its capital when it is an acronym or mixed case ("NATO", "iPhone"), or
    when the running text writes it capitalised mid-sentence more often than in lower
    case, or as one of a run of capitals the text writes as a name and the title writes
    whole ("the Port of Eastwick", though the text has "the port" too). A word the text
    never uses is evidence of nothing, and headlines capitalise every word, so it is
    lowered ("Long Debate" → "long debate") unless the metadata names
    it (an author, the publisher, a photo credit): news stories name in their text the
    people and places their headline names, while headline vocabulary ("Debate", "Row")
    is often absent. Only with no text at all does the old guess apply: words outside
    common headline vocabulary keep their capital. A title already in sentence case is
    left as it is, apart from its first letter.

    A title in another language (not `english`) is in headline case only with its small
    words capitalised too, or with a capitalised word the body writes small: "Visite de
    Macron en Chine" is sentence case already. It lowers its own articles, prepositions
    and conjunctions, but for acronyms ("LA Clippers") and where the body writes one
    capitalised beside the same word as part of a name or as a letter ("Le Havre",
    "vitamina E"), or a single letter ends a phrase ("Generación Y"); and an elided one
    ("L'Europe" → "l'Europe") unless the body writes the pair so ("L'Oréal"). A
    quotation of several words keeps its first word as written. Other words go by the
    body as an English title's do, except that a word the body capitalises only opening
    a sentence keeps its capital ("Paris attend."), and in a language that capitalises
    its nouns (`nouns`: German) so does a word the body gives no evidence for
    ("Hitzewelle"): no word list tells a noun there. With no body at all, such a title
    keeps its capitals.
    """
    evidence = evidence or CaseEvidence(Counter(), Counter())
    if all_caps(title):
        # Each word, and each part of a compound, as a word a headline capitalises
        # ("U.S.-CHINA": "U.S.-China"), for the body to tell names from the rest.
        title = _unshout(title, evidence, lambda w: "-".join(map(_capital_only, w.split("-"))))
    tokens = _tokens(title)
    headline = is_headline_case(title)
    if not (english or headline) and is_headline_case(title, english=False):
        # "Le Président Annonce une Réforme": capitals on all but its small words are a
        # headline's where the body writes one of them small; "Visite de Macron en
        # Chine" is already in sentence case.
        headline = any(
            t.core[:1].isupper() and evidence.verdict(word_key(t.core)) is False for t in tokens[1:]
        )
    opened = _quotation_openers(title, sentences=True)
    quoted = _quoted_words(tokens) if not english else set()
    regions = name_tokens(title, evidence)

    def recase(index: int, n: int, parts: list[str], start: bool) -> str:
        # A quoted fragment opens no sentence ('Users “lose patience”'); a quoted
        # sentence does ('Mayor says ‘We will not waver.’').
        first = (start or index in opened) and n == 0
        if len(parts) == 1 and not first and _article_of_name(tokens, index, evidence):
            return parts[n]  # "in The Hague", as the outlet wrote it
        if index in regions and n == 0 and not first:
            # "New York", "District of Columbia", "Save the Children": a name, with its
            # own small words.
            return parts[n].lower() if parts[n].lower() in MINOR_WORDS else parts[n]
        if tokens[index].trail.startswith(".") and parts[n].lower() in _NAME_ABBREVIATIONS:
            return parts[n]  # "Mass.", "Sept."
        if parts[n].lower() == "sun" and tokens[index].trail.startswith(".") and index > 1:
            # "Sat. and Sun.": a weekday after another (not "… in the sun.").
            earlier = {t.core.lower() for t in tokens[max(0, index - 3) : index]}
            if not earlier.isdisjoint(_WEEKDAY_ABBREVIATIONS):
                return parts[n]
        if not first and _calendar_name(tokens, index, parts, n):
            return parts[n]  # "until Friday", "in May", "Christmas"
        if len(parts) == 1 and _letter_a(tokens, index):
            return parts[n]
        if index in quoted and n == 0 and not first:
            return parts[n]  # "« La Joconde »": a quotation's first word as written
        elided = None if english or n > 0 else _ELIDED.fullmatch(parts[n])
        if elided and headline:  # "L'Europe", "D'Un", "Qu'Il": a word cut short, then a word
            if not first and evidence.verdict(word_key(parts[n])):
                return parts[n]  # "D'Alema", "L'Oréal": a name the body writes so
            head = _upper_first(elided[1].lower()) if first else elided[1].lower()
            rest, small = elided[2], word_key(elided[2]) in _SMALL_WORDS_ELSEWHERE
            if not small:
                return head + _sentence_word(
                    rest, False, headline, evidence, english=False, nouns=nouns
                )
            return head + rest.lower()
        small = word_key(parts[n]) in _SMALL_WORDS_ELSEWHERE and not _is_special(parts[n])
        if not (english or first) and headline and small:  # not "LA Clippers", "Die UN"
            kept = _name_or_letter(tokens, index, parts, n, evidence)
            return parts[n] if kept else parts[n].lower()  # French "À", Spanish "Y"
        return _sentence_word(parts[n], first, headline, evidence, english=english, nouns=nouns)

    return _recase(tokens, recase, lambda core: bool(core))


#: A word elided before another in French or Italian ("l'Europe", "d'un", "qu'il",
#: "dell'Italia"), and the word after it.
_ELIDED = re.compile(
    r"((?i:[cdjlmnst]|qu|lorsqu|puisqu|jusqu|dell|all|dall|nell|sull|coll|quell|quest|un)"
    r"['’])([^\W\d_][\w'’]*)"
)

#: An abbreviation of single letters each with its period ("U.S.", "D.C.").
_DOTTED_LETTERS = re.compile(r"(?:[^\W\d_]\.){2,}")


def _capital_only(word: str) -> str:
    """ "CHINA" as "China"."""
    return _upper_first(word.lower())


def _unshout(title: str, evidence: CaseEvidence | None, lower: Callable[[str], str]) -> str:
    """A title shouted in capitals with each word `lower`ed but acronyms (`_acronym_or`)."""
    words = title.split()
    return " ".join(
        _acronym_or(w, evidence, lower(w), previous=words[i - 1] if i else "")
        for i, w in enumerate(words)
    )


def _acronym_or(word: str, evidence: CaseEvidence | None, lowered: str, *, previous: str) -> str:
    """A word of a title shouted in capitals: as it was when the body writes it so
    ("NATO"), as the body writes a plural acronym ("NGOS": "NGOs"), else `lowered`;
    letters with periods keep their capitals, in a compound too ("U.S.-LED": "U.S.-led"),
    but for "a.m." and "p.m." after a figure ("9 A.M.-5 P.M."; "UK P.M." is a prime
    minister) and "e.g." and "i.e." after a word."""
    token = _split_token(word)
    if evidence is not None:
        key = word_key(word)
        if key in evidence.plural_acronyms:
            return token.lead + evidence.plural_acronyms[key] + token.trail
        if key in evidence.acronyms:
            return word
    if len(lowered) != len(word):
        return lowered  # a letter whose small form is longer ("İ"): nothing lines up
    letters = list(lowered)
    at = len(token.lead)
    for part in token.core.split("-"):
        if _DOTTED_LETTERS.fullmatch(part):
            if part.lower() in _CLOCK_ABBREVIATIONS:
                small = previous[-1:].isdigit()
            else:
                small = part.lower() in _SMALL_ABBREVIATIONS and previous != ""
            letters[at : at + len(part)] = part.lower() if small else part
        at += len(part) + 1
        previous = part
    return "".join(letters)


def _name_or_letter(
    tokens: list[_Token], index: int, parts: list[str], n: int, evidence: CaseEvidence
) -> bool:
    """Whether a short word of another language that is capitalised in a title (part `n`
    of a compound) is part of a name or a letter: the body writes it so beside the same
    word ("Le Havre", "Castilla-La Mancha", "vitamina E"), or it is one letter ending a
    phrase after a word ("Generación Y"; not "A «Cien años»", an opening quotation)."""
    token = tokens[index]
    key = word_key(parts[n])
    sides: list[tuple[str, int]] = []  # the words written against this one, and where
    if n > 0:
        sides.append((parts[n - 1], -1))
    elif index > 0 and not tokens[index - 1].trail and not token.lead:
        sides.append((tokens[index - 1].core, -1))
    if n + 1 < len(parts):
        sides.append((parts[n + 1], 1))
    elif index + 1 < len(tokens) and not token.trail and not tokens[index + 1].lead:
        sides.append((tokens[index + 1].core, 1))
    if any((key, word_key(word), side) in evidence.capital_short for word, side in sides):
        return True
    ends = index + 1 == len(tokens) or token.trail[:1] in (",", ";", ":", ".", "?", "!")
    after_a_word = any(side == -1 for _, side in sides)
    return len(key) == 1 and len(parts) == 1 and ends and after_a_word


def _quoted_words(tokens: list[_Token]) -> set[int]:
    """Indexes of the words that open a quotation of several words ("«Cien años»", "« La
    Joconde »"), which a title in another language keeps as the quotation has them; a
    word quoted alone ("«Trahison»") is a word like any other."""
    opening = ("«", "“", '"', "‘", "„", "‹")
    closing = ("»", "”", '"', "’", "“", "›")
    words: set[int] = set()
    for index, token in enumerate(tokens):
        at = index if token.core else index + 1  # "«La" or "« La"
        if not token.lead.endswith(opening) or at >= len(tokens) or not tokens[at].core:
            continue
        alone = tokens[at].trail.startswith(closing) or (
            at + 1 < len(tokens)
            and not tokens[at + 1].core
            and tokens[at + 1].lead.startswith(closing)
        )
        if not alone:
            words.add(at)
    return words


def _sentence_word(
    word: str,
    first: bool,
    headline: bool,
    evidence: CaseEvidence,
    *,
    english: bool = True,
    nouns: bool = False,
) -> str:
    if not word or not word[:1].isalpha():
        return word
    if first:
        # "eBay", "iPhone" keep their small first letter even at the start.
        return word if word[:1].islower() and _is_special(word) else _upper_first(word)
    if _is_special(word) or word == "I" or word[:2] in ("I'", "I’"):
        return word
    if _is_letter(word):
        return word  # "Plan B", "Vitamin D", "Gen Z": a letter is its own name
    if word[:1].islower() or not headline:
        return word
    key = word_key(word)
    if english and key in MINOR_WORDS:
        return word.lower()
    verdict = evidence.verdict(key)
    if verdict is None and not english and (nouns or evidence.empty or key in evidence.openers):
        return word  # a German noun, a name opening the body's sentences, or no body
    if verdict is None:
        verdict = key not in COMMON_WORDS if evidence.empty else key in evidence.names
    return word if verdict else word.lower()


#: Endings of plural nouns that are never a verb's "-s" form.
_PLURAL_NOUN_ENDINGS = ("ions", "ments", "ities", "nesses", "ships", "isms", "ists")


def _is_conjunction_here(tokens: list[_Token], index: int) -> bool:
    """Whether a preposition-or-conjunction word ("after") introduces a clause here.

    A clause has a verb: a known auxiliary, or an "-s"/"-ed" word that follows a noun
    rather than a determiner ("after Russia Takes" versus "after the Elections").
    """
    previous = ""
    for offset, token in enumerate(tokens[index + 1 : index + 6]):
        key = word_key(token.core)
        if not key:
            break
        if key in PREPOSITIONS or key in COORDINATING or key == "to":
            break
        if key in _LIKELY_VERBS and offset > 0:
            return True
        if key in {"i", "he", "she", "it", "we", "they", "you"} and offset == 0:
            return True
        if (
            offset > 0
            and (key.endswith("s") or key.endswith("ed"))
            and not key.endswith(("ss", "us", "is"))
            and not key.endswith(_PLURAL_NOUN_ENDINGS)  # "after Drone Incursions"
            and previous not in _DETERMINERS
            and not previous.endswith(("'s", "’s"))
            and not previous.isdigit()
        ):
            return True
        previous = token.core.lower()
        if token.trail.strip(".'’\"”"):
            break
    return False


def title_case(title: str, style: str = "chicago", evidence: CaseEvidence | None = None) -> str:
    """The title in title case under one guide's rules; `style` is "mla", "chicago" or "apa".

    All three keep articles, coordinating conjunctions and "to" in lower case and capitalise
    the first and last word, the first word after a colon and subordinating conjunctions.
    MLA lowercases every preposition; Chicago 18 capitalises prepositions of five or more
    letters and keeps "yet" and "so" capitalised; APA capitalises every word of four or
    more letters (lowercasing "if" with the short conjunctions). Adverbial particles
    ("Steps Up", "Shut Down") are capitalised, and so is "as" opening a clause in MLA
    ("Life As I Find It"). In hyphenated compounds the first element is always
    capitalised ("Up-to-Date") and every other one is treated as a word, except that
    Chicago lowercases a word after a prefix ("Anti-war").
    """
    if all_caps(title):
        title = _unshout(title, evidence, str.lower)
    tokens = _tokens(title)
    words = [i for i, t in enumerate(tokens) if t.core[:1].isalnum()]
    last = words[-1] if words else -1
    opened = _quotation_openers(title)
    small = _small_particles(tokens, evidence)
    # Capitals in a headline say nothing of a name's; in a title in sentence case, a
    # capitalised particle was meant ("Dutch watch Van Gogh's last film").
    headline = bool(small) and is_headline_case(title)

    def recase(index: int, n: int, parts: list[str], start: bool) -> str:
        part = parts[n]
        if index in small and len(parts) == 1 and not start and (headline or part.islower()):
            return part.lower()  # "Ursula Von Der Leyen", where the body has "von der"
        if len(parts) == 1 and not start and _small_abbreviation(tokens[index]):
            return part.lower() if part[1:].islower() else part  # "11 p.m.", not "P.m."
        if len(parts) > 1 and not start and part in _SMALL_ABBREVIATIONS:
            return part  # "9 a.m.-5 p.m."
        if not start and _name_particle(tokens, index, parts, n):
            return part  # "Vincent van Gogh", "Bashar al-Assad": a name keeps its form
        if len(parts) == 1 and _article_of_name(tokens, index, evidence):
            return "The"  # "Rally in The Hague"
        if n == 0:
            # The first element of a compound is capitalised whatever it is ("Up-to-Date").
            forced = start or index == last or index in opened or len(parts) > 1
            return _title_word(part, forced, style, tokens, index)
        if style == "chicago" and parts[0].lower() in _PREFIXES:
            proper = evidence is not None and evidence.verdict(word_key(part))
            proper = proper or word_key(part) in _CALENDAR_NAMES  # "Mid-January"
            keep = _is_special(part) or proper or not part[:1].isalpha()
            return part if keep else part.lower()
        return _title_word(part, False, style, tokens, index, True)

    return _recase(tokens, recase, lambda core: core[:1].isalnum(), headline=True)


#: Lowercase particles of personal names ("van Gogh", "von der Leyen", "bin Salman").
#: Not "den", "ten": English words a title may leave lower case between two capitals.
_NAME_PARTICLES = word_set("van von der de del della di da du dos das la le ter bin ibn")
#: Those that are no English word: before a capital, a name's, whatever stands before
#: them ("to unseat de Gaulle"); "van", "bin", "la" and "le" need a name before too.
_FOREIGN_PARTICLES = _NAME_PARTICLES - word_set("van bin la le")
#: Small words that join the capitalised words of one name: "Port of Eastwick", "Marta
#: de Vries Airport", "Museum of the Sea", "Department for Transport".
_RUN_JOINS = _NAME_PARTICLES | word_set("of for the")


def _article_of_name(tokens: list[_Token], index: int, evidence: CaseEvidence | None) -> bool:
    """Whether a title's "the" opens a name the body writes with a capitalised "The"
    (`CaseEvidence.the_names`), with nothing between the two words."""
    if evidence is None or not evidence.the_names or index + 1 >= len(tokens):
        return False
    token, following = tokens[index], tokens[index + 1]
    return (
        token.core.lower() == "the"
        and not token.trail
        and not following.lead
        and word_key(following.core) in evidence.the_names
    )


def _small_particles(tokens: list[_Token], evidence: CaseEvidence | None) -> frozenset[int]:
    """Indexes of a title's particles of a name that the body writes small before the
    same word (`CaseEvidence.small_particles`): a headline's "Von Der Leyen" is the body's
    "von der Leyen", as title case leaves a name's form alone; and "blame van Persie"
    keeps its "van", which alone after a plain word might be the English noun."""
    if evidence is None or not evidence.small_particles:
        return frozenset()
    found = _phrase_tokens(tokens, evidence.small_particles)
    kept = _particles_opening_runs(tokens, evidence)
    return frozenset(
        i for i in found if i not in kept and word_key(tokens[i].core) in _NAME_PARTICLES
    )


def _particles_opening_runs(tokens: list[_Token], evidence: CaseEvidence) -> frozenset[int]:
    """Indexes of particles opening a run of capitals that the body writes so and the
    title writes whole: "the Van Gogh Museum" keeps its capital beside the body's
    "Vincent van Gogh"."""
    opened = [run for run in evidence.capital_runs if run[0] in _NAME_PARTICLES]
    if not opened:
        return frozenset()
    keys = [word_key(token.core) for token in tokens]
    return frozenset(
        i
        for i in _phrase_tokens(tokens, opened)
        if keys[i] in _NAME_PARTICLES and (i == 0 or keys[i - 1] not in _NAME_PARTICLES)
    )


def particles_as_body(title: str, evidence: CaseEvidence | None) -> str:
    """`title` with a name's particles written as `title_case` writes them: small where
    a headline capitalised them and the body writes them small before the same name
    ("Ursula Von Der Leyen Visits Kyiv" → "Ursula von der Leyen Visits Kyiv"), but to
    open the title or a subtitle; every other word as it stands. For an export that
    keeps the published title, so that a name reads there as in MLA and Chicago."""
    tokens = _tokens(title)
    small = _small_particles(tokens, evidence)
    if not small or not is_headline_case(title):
        return title
    out: list[str] = []
    start = True
    for index, token in enumerate(tokens):
        start = start or (bool(token.core) and token.lead.startswith(_ATTACHED_SEPARATORS))
        word = token.text()
        if token.core:
            if index in small and not start and "-" not in token.core:
                word = token.lead + token.core.lower() + token.trail
            start = False
        out.append(word)
        start = start or _opens_subtitle(token)
    return " ".join(out)


def _name_particle(tokens: list[_Token], index: int, parts: list[str], n: int) -> bool:
    """Whether a word is a lowercase particle inside someone's name, which headline
    style leaves as the name is written (Chicago capitalises words, not a name's
    parts): "al-" or "el-" joined to a capital ("al-Shabab"), or a particle between
    capitalised words with nothing but other particles and spaces between ("Ursula von
    der Leyen"). A particle that opens the title or a subtitle is capitalised."""
    part = parts[n]
    if not part.islower():
        return False
    if len(parts) > 1:
        return n == 0 and part in ("al", "el") and parts[1][:1].isupper()
    if part not in _NAME_PARTICLES or tokens[index].lead or tokens[index].trail:
        return False
    before = index - 1
    while before >= 0 and tokens[before].core in _NAME_PARTICLES and not tokens[before].lead:
        before -= 1
    after = index + 1
    while after < len(tokens) and tokens[after].core in _NAME_PARTICLES:
        after += 1
    if after >= len(tokens) or tokens[after].lead or not tokens[after].core[:1].isupper():
        return False
    if part in _FOREIGN_PARTICLES:
        return True  # "to unseat de Gaulle": no English word, so a name's before a capital
    return before >= 0 and tokens[before].core[:1].isupper() and not tokens[before].trail


#: Words, and only words of two letters or more, joined by slashes: "pass/fail",
#: "in/out", "and/or"; not an abbreviation ("km/h", "w/o", "c/o").
_SLASHED_WORDS = re.compile(r"[^\W\d_][^\W\d_'’\-]+(?:/[^\W\d_][^\W\d_'’\-]+)+")


def _unit_like(piece: str, after_number: bool) -> bool:
    """A small-letter slash abbreviation: a unit or a shorthand ("km/h", "c/o", "w/o",
    "kg/ha"), which no case style capitalises: each part a letter or a unit's symbol, or
    after a number ("200 t/ha", "1.2 Million bbl/d") each of three letters at most and
    no common word; "in/out", "and/or" and "cat/dog" are words."""
    parts = piece.split("/")
    if len(parts) < 2 or not piece.islower() or not all(p.isalpha() for p in parts):
        return False
    if all(len(p) == 1 or p in _UNIT_SYMBOLS for p in parts):
        return True
    return after_number and not any(
        len(p) > 3 or p in MINOR_WORDS or p in COMMON_WORDS for p in parts
    )


#: Symbols of units written in small letters with a slash ("km/h", "kWh" is not one).
_UNIT_SYMBOLS = frozenset(
    """km cm mm nm mi ft yd hr hrs min sec ms kg mg lb lbs oz ml cl dl kph mph rpm kb mb
    gb ha bbl kw kwh mw mwh gw gwh wh kj mj kcal cal ppm ppb psi mol gal yr yrs wk ng ug
    µg mcg pg mmol umol nmol iu""".split()
)
#: Words a unit may follow instead of a figure: "1.2 Million bbl/d".
_NUMBER_WORDS = word_set("hundred thousand million billion trillion dozen")


def _is_number(word: str) -> bool:
    """ "30", "1.2", "Million": what a unit follows."""
    return word[:1].isdigit() or word_key(word) in _NUMBER_WORDS


def _recase(
    tokens: list[_Token],
    recase: Callable[[int, int, list[str], bool], str],
    eligible: Callable[[str], bool],
    *,
    headline: bool = False,
) -> str:
    """The walk both cases share: each word, and each part of a hyphenated compound,
    re-cased by `recase(token index, part index, parts, starts a (sub)title)`. In a
    `headline`, each word of a slash compound is capitalised as a first word is
    ("In/Out", "Pass/Fail"), but for conjunctions alone ("and/or")."""
    out: list[str] = []
    start = True
    for index, token in enumerate(tokens):
        start = start or (bool(token.core) and token.lead.startswith(_ATTACHED_SEPARATORS))
        pieces = token.core.split("—")
        for at, piece in enumerate(pieces):
            start = start or at > 0  # "Latest—Russia Shells": a closed dash opens one too
            # "km/h", "c/o", "m/s" are kept as written, as units are, but to open a title.
            after_number = index > 0 and _is_number(tokens[index - 1].core)
            if index > 0 and _unit_like(piece, after_number):
                start = False
            elif eligible(piece):
                # Words joined by a slash are each a word ("Pass/Fail"); a URL or "24/7" is not.
                words = piece.split("/") if _SLASHED_WORDS.fullmatch(piece) else [piece]
                slashed = headline and len(words) > 1
                whole = slashed and not all(w.lower() in COORDINATING for w in words)
                for k, word in enumerate(words):
                    parts = word.split("-")
                    opens = whole or (start and k == 0)
                    words[k] = "-".join(recase(index, n, parts, opens) for n in range(len(parts)))
                pieces[at] = "/".join(words)
                start = False
        out.append(token.lead + "—".join(pieces) + token.trail)
        if _opens_subtitle(token):
            start = True
    return " ".join(out)


def _yet_as_adverb(tokens: list[_Token], index: int) -> bool:
    """ "yet" ending a phrase ("Not Done Yet: …") or before "another": no conjunction, which
    joins a clause on."""
    if tokens[index].trail.strip():
        return True
    following = tokens[index + 1].core.lower() if index + 1 < len(tokens) else ""
    return following in {"another", "again", "more"}


def _quotation_openers(title: str, *, sentences: bool = False) -> set[int]:
    """Indexes of the tokens (as `_tokens` splits them) that open a quotation, or with
    `sentences` only a quotation ending in a sentence's mark, whose first word keeps its
    capital in sentence case. Apostrophes ("Rock 'n' Roll") open none."""
    starts = [m.start() for m in _TOKEN.finditer(title)]
    opened: set[int] = set()
    for pattern in (_DOUBLE_QUOTED, _SINGLE_QUOTED):
        for match in pattern.finditer(title):
            if not sentences or match.group("inner").rstrip().endswith((".", "?", "!", "…")):
                opened.add(bisect.bisect_right(starts, match.start()) - 1)
    return opened


def _title_word(
    word: str,
    forced: bool,
    style: str,
    tokens: list[_Token],
    index: int,
    in_compound: bool = False,
) -> str:
    if not word or _is_special(word):
        return word
    if forced or (not in_compound and _letter_a(tokens, index)):
        return _upper_first(word)
    key = word.lower()
    if key in ARTICLES or key == "to":
        return key
    if key == "n" and tokens[index].lead[-1:] in ("'", "’"):
        return key  # "Rock 'n' Roll": "and", shortened
    if key == "so" and not _so_joins_clauses(tokens, index):
        return _upper_first(word)  # "Why So Serious", "So Far, So Good": an adverb
    if key == "yet" and _yet_as_adverb(tokens, index):
        return _upper_first(word)  # "I'm Not Done Yet", "Yet Another Delay": an adverb
    if style == "apa":
        # APA 7 §6.17 lists "if" with the short conjunctions it lowercases.
        minor = key in COORDINATING or key in PREPOSITIONS or key == "if"
        return key if minor and len(key) <= 3 else _upper_first(word)
    if key in COORDINATING and (style == "mla" or key not in {"so", "yet"}):
        return key
    if key in SUBORDINATING_ONLY:
        return _upper_first(word)
    if key in PREPOSITIONS:
        if not in_compound and key in _PARTICLE_ADVERBS and _is_particle(tokens, index):
            return _upper_first(word)
        if key == "near" and _near_as_adjective(tokens, index):
            return _upper_first(word)  # "Bill on Near Party-Line Vote", "in Near Silence"
        dual = key in DUAL_CONJUNCTIONS or (key == "as" and style == "mla")
        if dual and not in_compound and _is_conjunction_here(tokens, index):
            return _upper_first(word)  # MLA: "Life As I Find It", "The Artist as Critic"
        if style == "chicago" and len(key) >= 5:
            return _upper_first(word)
        return key
    return _upper_first(word)


#: Common nouns that end the names of places and bodies ("Valley County", "Hyde Park"):
#: capitalised there, but no evidence that their other forms are names ("counties").
_NAME_HEADS = frozenset(
    stem(word)
    for word in """county park street road avenue river lake hill mountain valley bay island
    school college university hospital council party committee court bridge station
    airport city state house hall church square centre center museum library bank
    company group club team department ministry office agency service board union
    district region province market stadium prison port village town""".split()
)
#: Words "so" stands before as an adverb of degree ("So Far", "So Many"), never as the
#: conjunction, which opens a clause ("…, so Voters Stayed Home").
_SO_WHAT = word_set(
    "far good much many few little long bad well close great often soon easy hard simple "
    "big small high low fast slow late early sure important different quickly"
)


def _so_joins_clauses(tokens: list[_Token], index: int) -> bool:
    """Whether "so" is the conjunction: after a comma or semicolon, opening a clause
    ("Prices Rose, So Voters Stayed Home"), unless a word of degree follows ("So Good")."""
    after_comma = index > 0 and tokens[index - 1].trail.rstrip()[-1:] in (",", ";")
    following = word_key(tokens[index + 1].core) if index + 1 < len(tokens) else ""
    return after_comma and following not in _SO_WHAT


#: Verbs whose particle may stand before the object as well as after it ("Turn Off the
#: Lights", "Turn the Lights Off"): there the particle is an adverb (CMOS 8.159: "Turn
#: Down"), however a determiner follows it. Particles as often prepositions after the
#: verb ("Look Up the Chimney", "Get Off the Bus", "Turn On the Mayor") are not listed,
#: nor "set off" ("Set Off the Coast"); "sell off", "pay off" and "take over" are, as
#: headlines mostly mean them so ("Musk Takes Over Twitter", "Sells Off Its Stake"),
#: though "Sold Off the Back of a Lorry" then reads as one too.
_SEPARABLE_PARTICLES: dict[str, frozenset[str]] = {
    verb: word_set(particles)
    for verb, particles in (
        ("turn", "off up down out over"),
        ("switch", "off on"),
        ("shut", "down off out"),
        ("call", "off"),
        ("give", "up"),
        ("set", "up"),
        ("pick", "up"),
        ("wipe", "out"),
        ("rule", "out"),
        ("roll", "out back"),
        ("sell", "off"),
        ("lay", "off"),
        ("pay", "off"),
        ("break", "up"),
        ("tear", "down"),
        ("step", "up"),
        ("ramp", "up"),
        ("scale", "back down up"),
        ("lock", "down"),
        ("play", "down"),
        ("write", "off"),
        ("bail", "out"),
        ("prop", "up"),
        ("shore", "up"),
        ("beef", "up"),
        ("phase", "out"),
        ("sort", "out"),
        ("point", "out"),
        ("figure", "out"),
        ("carve", "out"),
        ("stave", "off"),
        ("ward", "off"),
        ("fend", "off"),
        ("spell", "out"),
        ("hand", "over"),
        ("shake", "up"),
        ("tone", "down"),
        ("snap", "up"),
        ("buy", "out"),
        ("take", "over"),
    )
}
#: Irregular forms of those verbs, each to its base.
_IRREGULAR_FORMS = {
    "gave": "give", "given": "give", "sold": "sell", "laid": "lay", "paid": "pay",
    "broke": "break", "broken": "break", "tore": "tear", "torn": "tear",
    "wrote": "write", "written": "write", "shook": "shake", "shaken": "shake",
    "bought": "buy", "took": "take", "taken": "take",
}  # fmt: skip


def _verb_base(word: str) -> str:
    """The base of a form of a `_SEPARABLE_PARTICLES` verb ("Turns", "stepped", "Wiping"),
    or "" for any other word."""
    key = word_key(word)
    if key in _IRREGULAR_FORMS:
        return _IRREGULAR_FORMS[key]
    for ending in ("", "s", "es", "d", "ed", "ing"):
        if ending and not key.endswith(ending):
            continue
        base = key[: len(key) - len(ending)]
        for candidate in (base, base + "e", base[:-1] if base[-2:-1] == base[-1:] else ""):
            if candidate in _SEPARABLE_PARTICLES:
                return candidate
    return ""


def _is_particle(tokens: list[_Token], index: int) -> bool:
    """ "Up" in "Steps Up" (end of title or before punctuation or another preposition),
    or after a verb whose particle may go either side of its object ("Turn Off the")."""
    if tokens[index].trail.strip("'’"):
        return True
    if index + 1 >= len(tokens):
        return True
    if index > 0 and not tokens[index - 1].trail:
        verb = _verb_base(tokens[index - 1].core)
        if verb and word_key(tokens[index].core) in _SEPARABLE_PARTICLES[verb]:
            return True
    after = word_key(tokens[index + 1].core)
    if (
        after in PREPOSITIONS and not (after == "near" and _near_as_adjective(tokens, index + 1))
    ) or (after in COORDINATING or after == "to"):
        return True
    # "Steps Up Attacks", but "Up the Hill", "Down His Throat", "Up 5 Percent".
    word = word_key(tokens[index].core)
    next_core = tokens[index + 1].core
    return (
        word in {"up", "down", "out", "off"}
        and after not in _DETERMINERS
        and not next_core.lower().endswith(("'s", "’s"))
        and not next_core[:1].isdigit()
    )


def _near_as_adjective(tokens: list[_Token], index: int) -> bool:
    """ "near" after a preposition or a determiner, before no determiner or name ("on near
    party-line vote", "a near miss"): an adjective, which no preposition follows."""
    if index == 0 or tokens[index - 1].trail.strip() or index + 1 >= len(tokens):
        return False
    before = word_key(tokens[index - 1].core)
    after = word_key(tokens[index + 1].core)
    if after in _DETERMINERS or after in ARTICLES or tokens[index + 1].core[:1].isupper():
        return False  # "Cabins Up near the Lake", "Out near Dunmore": a preposition
    return before in PREPOSITIONS or before in _DETERMINERS


#: Words a short title cannot end on: they point at a word that was cut off ("Drug
#: Trial Is" wants its complement as "Talks on" wants its object).
_DANGLING = (
    MINOR_WORDS
    | _AUXILIARIES
    | word_set(
        "although as because if its my once our than that their though unless when "
        "whenever where whereas whether which while who whose your shall worth"
    )
)
#: Modifiers and numbers, which want the noun they stand before when one follows
#: ("Enters Third Day", "Face New Fees", "Across Three Counties"; not "Hit Record High
#: After", "Finishes Last in").
_MODIFIERS = word_set(
    "new old first second third fourth fifth sixth seventh eighth ninth tenth last next "
    "long big small high low more most less least top major key local global national "
    "other such every each few many much several same whole full final early late "
    "latest former fresh further extra one two three four five six seven eight nine ten "
    "eleven twelve twenty hundreds thousands millions billions"
)
#: Verbs of saying a short title of three words or more does not end on: "Drought-Hit
#: Murrindal Farmers Say" wants what they say ("Mayor Says" is all a title may have).
_SAYING = word_set("say says said warn warns tell tells claim claims urge urges")


def _dangles(word: str, following: str = "") -> bool:
    """Whether a short title ending on `word`, before `following`, would break off
    mid-phrase.

    Articles, prepositions and conjunctions want what follows; so does a possessive
    ("Ukraine’s", "Farmers’"), which modifies the noun that was cut, and a modifier
    or a compound participle ("Long-Awaited") before a noun that was.
    """
    core = word.strip('.,;:!?"“”‘()[]')
    if word_key(core) in _DANGLING:
        return True
    after = following.lstrip("'‘\"“(")  # a noun in quotation marks: "New 'Fees'"
    # The noun goes on after the word ("New Fees"), or after another modifier joined to
    # it ("Long and Often Heated Meeting"); a number is a modifier too ("After 20 Years").
    noun_cut = (after[:1].isalpha() and word_key(after) not in MINOR_WORDS) or word_key(after) in {
        "and",
        "or",
    }
    modifier = (
        word_key(core) in _MODIFIERS
        or core[:1].isdigit()
        or ("-" in core and core.lower().endswith("ed"))
    )
    if noun_cut and modifier and not word.endswith((",", ":", ";")):
        return True
    if word_key(core) in _CONTRACTED_IS:  # "It’s", "What’s": a verb, not a possessive
        return False
    return core.lower().endswith(("'s", "’s")) or (core.endswith(("s'", "s’")) and len(core) > 2)


#: Words whose "'s" is "is" or "has" (or "us"), never a possessive.
_CONTRACTED_IS = word_set("it that what who where here there he she let how why when")


#: Words whose final period is an abbreviation's even at the end of a title or a quote:
#: the endings of names, and of lists ("etc."), and the abbreviations of `_ABBREVIATIONS`
#: no word is spelt as ("Dept.", "approx."), and abbreviated months ("Fares Rise in
#: Sept."; "Mar." and "Jan." too, since a title ends on the verb or the name with a
#: period far less often). Not those of `sentences` ("No.", "St.", "Gen."), which a
#: title ends on as words ("Voters Say No.") far more often than as abbreviations, nor
#: those spelt as words ("Fig.", "Ed.", "Mass.").
_ABBREVIATED = word_set(
    "jr sr inc ltd co corp bros etc dept univ approx blvd "
    "jan feb mar apr jun jul aug sep sept oct nov dec"  # "Fares Rise in Sept."
)


def sentence_period(text: str) -> bool:
    """Whether `text` ends with a sentence's period, which a style's own mark replaces,
    rather than an abbreviation's, which stays ("U.S.", "King Jr.", "Acme Inc.", "etc.",
    "et al.", "10 a.m.")."""
    if not text.endswith(".") or text.endswith(".."):
        return False
    words = text.split()
    last = words[-1] if words else text
    core = last.strip("‘“\"'(").rstrip(".").lower()
    if core == "al" and len(words) > 1 and words[-2].lower() == "et":
        return False  # "et al."
    if core in _WEEKDAY_ABBREVIATIONS or core == "sun":
        # "… Mon., Tue. and Wed.": a weekday after another (not "They Wed.").
        earlier = {w.strip(".,;:").lower() for w in words[-4:-1]}
        if core in _SPELT_WEEKDAYS or not earlier.isdisjoint(_WEEKDAY_ABBREVIATIONS | {"sun"}):
            return False
    return last.count(".") == 1 and core not in _ABBREVIATED  # "Plan B." ends too


#: Abbreviated weekdays no word is spelt as.
_SPELT_WEEKDAYS = word_set("tue tues thu thur thurs fri")


def short_title(
    title: str,
    max_words: int = 4,
    *,
    article: bool = False,
    english: bool = True,
    evidence: CaseEvidence | None = None,
) -> str:
    """A short form of a title for notes and in-text citations (CMOS 18: up to four words).

    The key words of the main title (before a colon), without an initial article: the
    first four words, then back to a content word, so it never ends on "to", "of", "and",
    "because" or a possessive whose noun was cut ("Kyïv Talks on Ukraine’s" → "Kyïv
    Talks"). A title of four words or fewer is kept whole. With `article`, an initial
    article stays in front (for a style whose short title is the reference's opening
    words, as Harvard's is), uncounted. A title in another language (not `english`) is
    cut back past the articles, prepositions and conjunctions of the languages most
    often cited ("Le gouvernement et la" → "Le gouvernement"; "Le prix du gaz" whole).
    Nor does it cut a name at its particles (`_cuts_name`, which `evidence`, the body's
    capitals, informs): "Dutch Watch Van Gogh's Last Film" → "Dutch Watch", not "Dutch
    Watch Van".
    """
    main = re.split(r":\s", title, maxsplit=1)[0].strip()
    words = main.split()
    opening: list[str] = []
    if english and len(words) > 1 and words[0].lower() in ARTICLES:
        opening, words = ([words[0]] if article else []), words[1:]
    if len(words) > max_words and not english:
        cut = words[:max_words]
        while len(cut) > 1 and word_key(cut[-1]) in _SMALL_WORDS_ELSEWHERE:
            cut = cut[:-1]
        if word_key(cut[-1]) in _SMALL_WORDS_ELSEWHERE:
            # Small words alone ("De lo que no"): on to the first word of weight.
            weight = (i for i, w in enumerate(words) if word_key(w) not in _SMALL_WORDS_ELSEWHERE)
            cut = words[: next(weight, len(words) - 1) + 1]
        words = cut
    elif len(words) > max_words:  # short enough already ("Can Europe Keep Up?"): kept whole
        words = _cut_short(words, max_words, evidence)
    words = opening + words
    short = " ".join(words).rstrip(",;:—–- ")  # "Ferry Returns - Officials": no dash
    if sentence_period(short):
        short = short[:-1]  # a sentence's period, cut off mid-title; "U.S." keeps its own
    return short


#: Articles, prepositions, conjunctions and some pronouns of French, Spanish, Italian,
#: Portuguese, German and Dutch: a short title in one of them does not end on one ("Le
#: gouvernement et la"), and sentence case lowers them.
_SMALL_WORDS_ELSEWHERE = word_set(
    "a le la les un une des du de au aux à et ou en sur par pour dans avec sans sous chez "
    "el los las lo una unos unas del al y e o u con por para sin sobre "
    "il gli i uno della dei degli delle di da alla ed su tra fra "
    "os as um uma uns umas do dos das em no na nos nas ao com "
    "der die das den dem ein eine einen einem einer und oder von zu zum zur im am an auf "
    "mit für bei aus nach über vor in het een of van op te voor aan naar om "
    # Longer prepositions, and pronouns and possessives no name shares.
    "après avant depuis pendant malgré selon entre contre vers parmi envers ses son sa se "
    "ce cette ces leur leurs que qui ne hacia hasta desde durante según tras ante bajo "
    "contra su sus dopo verso che si até sem sob seu sua seus suas gegen ohne durch um "
    "seit bis unter zwischen sich met door bij uit tegen zonder"
)


def _short_word(key: str) -> bool:
    """A letter, or an article, preposition or conjunction of another language: written
    capitalised mid-sentence, part of a name ("Le Havre") or a letter ("vitamina E")."""
    return len(key) == 1 or key in _SMALL_WORDS_ELSEWHERE


def _cut_short(every: list[str], max_words: int, evidence: CaseEvidence | None) -> list[str]:
    """The first `max_words` of a longer title, cut back to a key word.

    A cut that would break a phrase off goes back to a key word, and past a preposition
    whose one word of object may be a modifier whose noun was cut ("Annual Report on
    Coastal" → "Annual Report"). A question or an exclamation one word longer is kept
    whole, its mark and all ("Is the Ferry Worth Saving?"): cut, it would lose both.
    """
    words = every[:max_words]
    exclaimed = every[-1].endswith(("?", "!")) and len(every) == max_words + 1
    if exclaimed:
        return _outside_quotation(every, every)
    comma = next((i for i, w in enumerate(words[:-1]) if w.endswith(",")), None)
    if comma is not None and comma > 0:
        words = words[: comma + 1]  # "Hospitals near Collapse, Doctors": the phrase ends
    named = False  # whether the cut went back past a name it would have split
    while len(words) > 1:
        splits = _cuts_name(every, len(words), evidence)
        if not splits and not _breaks_off(every, len(words)):
            break
        named = named or splits
        words.pop()
    # Back past a name inside a phrase an article or preposition opened, the cut would
    # end on a word of that phrase ("In a Crowded" of "In a Crowded Van Nuys Courtroom").
    inside = named and len(words) > 1 and word_key(words[-2]) in ARTICLES | PREPOSITIONS
    if len(words) == 1 or inside:
        # Cutting back left one word ("It’s Over for the Ferry" → "It’s"): reach on to the
        # next key word that closes a phrase instead ("In a Long and Often Heated Meeting
        # That …"), up to twice the usual four.
        for end in range(max_words, min(len(every), 2 * max_words)):
            following = every[end + 1] if end + 1 < len(every) else ""
            closes = not following or word_key(following) in _DANGLING
            closes = closes or every[end].endswith((",", ";", ":", "?", "!"))
            closes = closes and not _cuts_name(every, end + 1, evidence)
            if closes and not _dangles(every[end], following):
                words = every[: end + 1]
                break
    words = _outside_quotation(every, words)
    if len(words) > 2 and word_key(words[-1]) in _SAYING:
        words = words[:-1]
    return words


def _breaks_off(every: list[str], size: int) -> bool:
    """Whether the first `size` words of a title break a phrase off: the last dangles
    (`_dangles`), or stands alone after a preposition while the phrase goes on ("on
    Coastal" before "Erosion", "After 20" before "Years"). (A cut that splits a name at
    its particles, `_cuts_name`, is asked for apart.)"""
    last, following = every[size - 1], every[size] if size < len(every) else ""
    if _ends_on_particle(every, size):
        return False  # "Campsite Shut Down" of "… Shut Down by Storm": the verb's own
    if _dangles(last, following):
        return True
    if size < 3 or not following or last.endswith((",", ";", ":", "?", "!", ".")):
        return False
    opened = word_key(every[size - 2]) in PREPOSITIONS and every[size - 2][-1:] not in ",;:"
    goes_on = following[:1].isalpha() and word_key(following) not in _DANGLING
    return opened and goes_on


def _ends_on_particle(every: list[str], size: int) -> bool:
    """Whether the last of the first `size` words is the adverb of a verb before it
    ("Shut Down", "Sold Out" before "by", "in"): no preposition missing its object."""
    if size < 2 or size >= len(every) or word_key(every[size - 1]) not in _PARTICLE_ADVERBS:
        return False
    before = word_key(every[size - 2])
    if before in MINOR_WORDS | PREPOSITIONS | _CONTRACTED_IS or every[size - 2][-1:] in ",;:":
        return False  # "It’s Over" of "It’s Over for the Ferry" is no verb's adverb
    following = word_key(every[size])
    return following in PREPOSITIONS and following != "of"  # "Out of", a preposition itself


#: Particles of names that stand as words of their own: those of `_NAME_PARTICLES`, and
#: the Arabic and Spanish articles where a title writes them apart ("Bashar al Assad").
_CUT_PARTICLES = _NAME_PARTICLES | word_set("al el")
#: Particles that are English words too: "Delivery Van Owners", "Weekly Bin Collections".
_ENGLISH_PARTICLES = word_set("van bin")


def _particles_before_name(every: list[str], at: int, evidence: CaseEvidence | None) -> bool:
    """Whether `every[at]` opens a name's particles, one or more, that a capitalised
    word (the name) follows with no mark between: "van Gogh's", "Von Der Leyen", "de
    Gaulle". A capitalised "Van" or "Bin" is the English noun where the body writes
    the word after it small ("Van Owners")."""
    end = at
    while end < len(every) and word_key(every[end]) in _CUT_PARTICLES:
        if every[end] != every[end].strip('.,;:!?"“”‘’()[]—–|'):
            return False  # "de, der", "Van:": a mark ends the name
        end += 1
    if end == at or end >= len(every) or not every[end][:1].isupper():
        return False
    first = every[at]
    if word_key(first) in _ENGLISH_PARTICLES and first[:1].isupper() and evidence is not None:
        return evidence.verdict(word_key(every[end])) is not False
    return True


def _cuts_name(every: list[str], size: int, evidence: CaseEvidence | None) -> bool:
    """Whether cutting a title after `size` words splits a name at its particles.

    A short title that ends on a particle has lost the name it belongs to ("Dutch Watch
    Van" of "… Van Gogh's Last Film"); one that ends on a name's first word before its
    particles has lost the rest of the name ("Crowds Greet Ursula" of "… Ursula von der
    Leyen"), which the body's capitals tell from a verb ("Fans Cheer van Gogh")."""
    if size >= len(every) or size < 1:
        return False
    if _particles_before_name(every, size - 1, evidence):
        return True
    last = every[size - 1]
    if not _particles_before_name(every, size, evidence) or not last[:1].isupper():
        return False
    if last != last.rstrip('.,;:!?"”’)]—–|') or word_key(last) in _CUT_PARTICLES:
        return False  # "Critics, Van der Molen": a mark parts them
    return evidence is not None and evidence.verdict(word_key(last)) is True


def _outside_quotation(every: list[str], words: list[str]) -> list[str]:
    """`words` (the first words of `every`) not cut inside a quotation. "Call Centre Users
    'Lose Patience'" is cut before it, to "Call Centre Users"; when that leaves a word or
    none ("UK 'Needs True Immigration Data'"), the quotation is kept whole if it ends
    within three words of the usual cut, as a title opening with one is."""
    text = " ".join(every)
    cut = len(" ".join(words))
    for pattern in (_DOUBLE_QUOTED, _SINGLE_QUOTED):
        for match in pattern.finditer(text):
            if match.start() < cut < match.end():
                before = text[: match.start()].split()
                while before and _dangles(before[-1]):
                    before.pop()
                whole = text[: match.end()].split()
                if len(before) > 1 or (before and len(whole) > len(words) + 3):
                    return before
                return whole
    return words


#: Single marks around words, but not the apostrophes of "Rock 'n' Roll" or "'90s".
_SINGLE_QUOTED = re.compile(
    r"(?<!\w)['‘](?![nN]['’](?!\w))(?!\d0s)(?=\w)(?P<inner>.*?[^\s])['’](?!\w)"
)
_DOUBLE_QUOTED = re.compile(r"[\"“](?P<inner>[^\"“”]*)[\"”]")


def quotes_inside(title: str, outer: str) -> str:
    """Quotation marks inside a title, alternated against the marks placed around it.

    `outer` is "double" (MLA, Chicago, IEEE: quotations inside become ‘…’), "single"
    (Harvard: they become “…”) or "none" (italic or bare titles: “…”). Apostrophes are
    left exactly as stored.
    """
    title = _DOUBLE_QUOTED.sub(lambda m: "\x01" + m.group("inner") + "\x02", title)
    title = _SINGLE_QUOTED.sub(lambda m: "\x01" + m.group("inner") + "\x02", title)
    if outer == "double":
        return title.replace("\x01", "‘").replace("\x02", "’")
    return title.replace("\x01", "“").replace("\x02", "”")
