"""Cue verbs ("said", "told", "according to") and sentence ends in a paragraph.

Found once per paragraph by word lookup and sliced per quote window, so the work stays
proportional to the paragraph however many quotations it holds.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from newsread.lazyre import lazy_compile
from newsread.sentences import sentence_spans
from newsread.wordlists import word_set

_CUE_WORDS = """
said says say saying told tells tell telling added adds adding wrote writes write writing
asked asks asking claimed claims claim warned warns warning explained explains explaining
noted notes stated states declared declares insisted insists insisting argued argues
arguing continued recalled recalls recalling admitted admits acknowledged
acknowledges replied replies responded responds answered answers remarked remarks
commented comments observed observes suggested suggests announced announces confirmed
confirms posted posts tweeted tweets testified testifies joked jokes conceded concedes
cautioned cautions predicted predicts urged urges emphasised emphasized emphasises
emphasizes stressed stresses agreed agrees countered counters concluded concludes
described describes describing called calls calling hailed hails branded brands dubbed
labelled labeled labels vowed vows promised promises pledged pledges lamented laments
complained complains boasted boasts mused muses quipped quips shouted yelled whispered
exclaimed interjected objected protested protests maintained maintains contended contends
contends reiterated reiterates assured assures accused accuses alleged alleges denied
denies disputed disputes reported reports announced texted emailed messaged blasted
criticised criticized criticises criticizes praised praises thanked thanks recounted
recounts revealed reveals disclosed wondered wonders pointed ordered orders demanded
demands quoted adding written instructed instructs estimated estimates asserted asserts
mentioned mentions pleaded pleads proclaimed proclaims reasoned reckoned reckons retorted
retorts sighed snapped speculated speculates summarised summarized summarises summarizes
repeated repeats reminded reminds cried muttered murmured advised advises affirmed affirms
informed informs acknowledging admitting claiming conceding explaining noting stating
suggesting declaring predicting dismissed dismisses dismissing pressed queried
opined opines averred avers rued rues termed slammed slams rubbished rubbishes likened likens
fumed fumes raged rages gushed gushes raved raves sobbed wept beamed teased teases hinted
hints vented captioned penned confided confides confessed confesses citing accusing alleging
apologised apologized apologises apologizes rejected rejects condemned
condemns recommended recommends denounced denounces decried decries pledging vowing urging
welcomed welcomes attributing
"""
#: Verbs of manner, and loud ones, that attribute only right after a quotation and its
#: subject: '"…," smiles one broker', '"Order!" bellowed the Speaker'.
_MANNER = word_set(
    "smiles smiled laughs laughed grins grinned chuckles chuckled shrugs shrugged "
    "bellowed roared screamed barked thundered growled hissed"  # not "the crowd roared as"
    " thinks believes"  # '"…," thinks Curry'; not 'thinks it is "a con"'
    # '"…," underlined Mr Ruiz'; not 'underlined his intention'
    " underlined underlines underscored underscores"
    # "“…,” counsel for the petitioner submitted" (a court report); not "submitted a bid"
    " submitted submits"
)
CUE_SET = word_set(_CUE_WORDS) | _MANNER
#: What a quotation was, named after it: '"…" That was the verdict of Ann Lee'.
QUOTATION_NOUNS = word_set("words verdict view assessment message advice conclusion")
#: Verbs that report a shout, chant or sign: what follows is not a statement.
UTTERANCE = word_set(
    "shouting shouted shout shouts chanting chanted chant chants singing sang sing "
    "sings sung reading read reads titled entitled headlined dubbed nicknamed "
    "code-named codenamed branded-as known marked labelled labeled called-as so-called"
)
#: Multi-word cues by their first word: "according to", "summed up", "went on".
CUE_PHRASES = {
    "according": ("to",),
    "held": ("that",),  # a court or a judge: "held that the defendant …"
    "holding": ("that",),  # "set aside the order, holding that it was …" (after a comma)
    "pointed": ("out",),
    "points": ("out",),
    "went": ("on",),
    "goes": ("on",),
    "summed": ("up",),
    "sums": ("up",),
    "puts": ("it",),  # "as a boss at one large bank puts it"
    "put": ("it",),
    "in": ("the", "words", "of"),
    # '"…" Those were the words of Ahmad Qasim', 'That was the verdict of Ann Lee'
    **{noun: ("of",) for noun in QUOTATION_NOUNS},
    "spoke": ("of",),  # 'spoke of a "black day"'; not "spoke to reporters"
    "speaks": ("of",),
    "talked": ("of",),  # 'he talked of "a new dawn"' (not "talks": "Peace talks of any kind")
    "appealed": ("to",),  # 'appealed to the government to rebuild it "with …"'
    "appeals": ("to",),  # (not "appealed the ruling")
}
WORD_RE = lazy_compile(r"[A-Za-z]+")


@dataclass(slots=True)
class CueMatch:
    """A cue verb or phrase found in a text, shaped like a regex match (not frozen:
    tens of thousands are made per library, and a frozen dataclass's `__init__` costs
    several times a plain one's)."""

    begin: int
    stop: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self, _: int = 0) -> str:
        return self.text


class _CueFinder:
    """Cue verbs by word lookup, without a big regex alternation over the whole text.

    A regex of a few hundred alternatives costs each position of the text every
    alternative. Instead the text's words are listed at C speed and intersected with
    the cue set; only the few cue words actually present are then located, by
    `str.find` in the lower-cased text (each by a small cached pattern in the rare text
    whose offsets lower-casing would move). A text with no cue word costs one pass to
    list its words.
    """

    def finditer(self, text: str) -> list[CueMatch]:
        # The text is lower-cased once and searched with `str.find`, which keeps every
        # offset as long as lower-casing maps each character to one character and no
        # other letter to an ASCII one: true of all but "İ" (two characters) and the
        # Kelvin sign ("k"), for which the case-blind patterns are kept.
        low = text.lower()
        same_offsets = len(low) == len(text) and "\u212a" not in text
        if text.isascii():
            keys = low.translate(_NOT_A_LETTER).split()  # what WORD_RE finds, faster
        elif same_offsets:
            keys = WORD_RE.findall(low)
        else:
            keys = [word.lower() for word in WORD_RE.findall(text)]
        # The cue words present, and the words that end a cue phrase ("in the words of"):
        # one pass over the text's words for both.
        present = _CUE_KEYS_AND_TAILS.intersection(keys)
        hits = present & _CUE_KEYS
        if not hits:
            return []
        if not _PHRASE_FIRST.isdisjoint(hits):
            # A phrase's first word ("in", "went") counts only when the rest is there too.
            hits = frozenset(h for h in hits if present.issuperset(CUE_PHRASES.get(h, ())))
        spans = _ascii_spans(low, hits) if same_offsets else _pattern_spans(text, hits)
        found: list[CueMatch] = []
        for begin, stop in spans:
            word = text[begin:stop]  # sliced once, for the test and the match
            lower = word.lower()
            if lower in QUOTATION_NOUNS:
                # Only as what a quotation was: "Those were the words of …", "That was the
                # verdict of …"; not "the words of the song", nor "words of comfort".
                tail = _PHRASE_TAILS[lower].match(text, stop)
                if tail is not None and _WERE_THE.search(text, max(0, begin - 12), begin):
                    found.append(CueMatch(begin, tail.end(), text[begin : tail.end()]))
                continue
            previous = _PREVIOUS_WORD.search(text, max(0, begin - 12), begin)
            if previous is not None:
                word_before = previous.group(1).lower()
                if word_before in _NOUN_BEFORE and not (
                    (word_before == "further" and (lower.endswith("ed") or lower in _PAST_SAID))
                    # "The lawyer for her says", "a friend of his said": no noun is "says".
                    or (word_before in _HER_HIS and lower in _ONLY_VERBS)
                ):
                    # "more demands", "his comments", "the written statement": nouns (but
                    # "The chairman further stated:" is a verb)
                    continue
                if lower == "say" and word_before in _SAY_AS_A_NOUN:
                    after = _NEXT_WORD.match(text, stop)
                    if after is None or after.group(1) in _AFTER_A_SAY:
                        continue  # "the final say on his future"; not "the final say they"
                if word_before in _PREPOSITION_BEFORE and not lower.endswith("ing"):
                    # "after protests at", "over claims that": nouns ("after saying" is not)
                    continue
                if lower in _NOUN_CUES and (
                    word_before in _PREPOSITION_BEFORE_NOUN
                    or (word_before in _NUMBER_BEFORE_NOUN and previous.group(1).islower())
                    # "described claims that … as": a verb's object
                    or (word_before in _OBJECT_TAKERS and previous.group(1).islower())
                    or (word_before == "s" and _possessed(text, previous.start(1)))
                ):
                    # "comment on reports that", "three posts on", "the mayor's remarks";
                    # but "the firm he worked for said" and "the two said" are verbs
                    continue
                if (
                    lower in _NAMING
                    and word_before in _HOW_OFTEN
                    and text[: previous.start(1)].rstrip().endswith(",")
                ):
                    continue  # "precedents, sometimes called the “naked-eye” cases": passive
                if lower == "written" and _possessed(text, previous.start(1)):
                    after = _NEXT_WORD.match(text, stop)
                    if after is not None and after.group(1) not in _AFTER_HAS_WRITTEN:
                        continue  # "the county's written policy"; not "Lee's written that"
            if lower in _AFTER_A_COMMA_ONLY and not (
                _after_a_comma(text, begin) or text.startswith(" that ", stop)
            ):
                continue  # "cases alleging a breach": a noun's participle, no speech
            if (
                lower in _MANNER
                and not (lower in _SUBMITTING and _submission(text, begin, stop))
                and _QUOTE_THEN_SUBJECT.search(text, max(0, begin - 130), begin) is None
            ):
                continue  # '"…," smiles one broker', '"…," he laughed'; not "she smiled at"
                # (but counsel "submitted that the State had "no option"": a submission)
            if lower == "holding" and not _after_a_comma(text, begin):
                continue  # "Investors holding that class of shares": no court's holding
            if lower in _SUBMITTING and _SUBMITTED_THING.search(text, max(0, begin - 60), begin):
                continue  # '"Save Holt Park," a petition Ana Reyes submitted': its title
            if lower in _NOUN_CUES_ALL or lower in _NO_SPEECH_BEFORE:  # the cheap test first
                after = _NEXT_WORD.match(text, stop)
                following = after.group(1) if after is not None else ""
                past = after.end() if after is not None else stop
                opens_a_clause = previous is not None and (
                    previous.group(1).lower() in CUE_SET
                    or previous.group(1).lower() in _CLAUSE_OPENERS
                )
                if lower in _NOUN_CUES and _NOUN_PARTICIPLE.match(text, stop):
                    continue  # "the online comments directed at her", "reports published by"
                if (
                    lower in _NOUN_CUES_ALL
                    and following in _NOUN_AFTER
                    # '"…," she recalls from her office': a verb; "said orders from …": a noun
                    and (lower in _NOUN_CUES or following != "from" or opens_a_clause)
                ):
                    continue  # "the media reports were", "claims from": nouns
                if following == _NO_SPEECH_BEFORE.get(lower) and _quotation_at(text, past):
                    continue  # 'the research added to "a growing body of evidence"': no speech
            in_name = (
                text[begin].isupper() and previous is not None and previous.group(1)[0].isupper()
            )
            if in_name and not _mostly_capitalised(text):
                # "the United States where", "the North East Says No campaign": part of a
                # name, in running text (a headline in title case keeps its verbs).
                continue
            phrase = CUE_PHRASES.get(lower)
            if phrase is None:
                found.append(CueMatch(begin, stop, word))
                continue
            following = _PHRASE_TAILS[lower].match(text, stop)
            if following is not None:
                end = following.end()
                found.append(CueMatch(begin, end, text[begin:end]))
        return found

    def search(self, text: str) -> CueMatch | None:
        found = self.finditer(text)
        return found[0] if found else None


_CUE_KEYS = CUE_SET | frozenset(CUE_PHRASES)
_CUE_KEYS_AND_TAILS = _CUE_KEYS.union(*CUE_PHRASES.values())
#: Words after which a cue word is a noun ("the reports", "more demands"), not a verb.
_NOUN_BEFORE = word_set(
    "the a an more most his her their its our my your these those many some any no such "
    "new recent further several few"
)
#: Adjectives after which "say" is a noun ("the final say", "a greater say"); "who scored
#: in the final said" is a verb.
_SAY_AS_A_NOUN = word_set("final bigger greater equal real direct")
_AFTER_A_SAY = word_set("on in over about as and of")
_PAST_SAID = word_set("said told wrote")
#: Possessives that may also end a phrase as an object, and cue words never nouns.
_HER_HIS = word_set("her his")
_ONLY_VERBS = _PAST_SAID | word_set("says tells writes")
_PREPOSITION_BEFORE = word_set(
    "after before amid following despite over about against with without"
)
#: Prepositions that may end a clause before a verb ("the firm he worked for said"), after
#: which only a cue that is also a plural noun is one ("comment on reports that").
_PREPOSITION_BEFORE_NOUN = word_set("on of in for upon regarding concerning")
#: Numbers, after which a cue that is also a plural noun is one ("three posts on his
#: page"), though "the two said" is a verb.
_NUMBER_BEFORE_NOUN = word_set("two three four five six seven eight nine ten dozens hundreds")
#: The word before a cue, all of its letters ("Saldaña described": not "a described").
_PREVIOUS_WORD = lazy_compile(r"([^\W\d_]+)[ \u00a0]+$")
#: Cue words that are also plural nouns, and the words after them that make them nouns:
#: "the media reports were", "claims from" (but "what he says are" is a verb).
_NOUN_CUES = word_set(
    "claims reports comments remarks notes posts tweets answers replies protests promises "
    "pledges vows demands states estimates calls labels thanks praises mentions"
)
#: Of the same kind, but a verb before "from": '"…," she recalls from her office'.
_NOUN_CUES_NOT_FROM = word_set(
    "orders brands disputes recalls jokes hints stresses cautions counters"
)
#: A past participle and a preposition after a plural noun cue, which make it a noun:
#: "comments directed at her", "reports published by" (not "claims armed officers").
_NOUN_PARTICIPLE = lazy_compile(
    r"[ \u00a0]+(?:[a-z]{2,}ed|made|written|given|shown|seen|sent|left)"
    r"[ \u00a0]+(?:at|by|to|in|on|with|from|for|about|against|over|up|out|online)\b"
)
_NOUN_AFTER = frozenset({"was", "were", "is", "are", "have", "has", "had", "from"}) | word_set(
    # "the standard claims process", "the reports system": a noun before the noun it
    # qualifies, no verb
    "process processes system systems procedure procedures form forms deadline deadlines "
    "office department desk team unit backlog handler handlers adjuster adjusters window"
)
_NOUN_CUES_ALL = _NOUN_CUES | _NOUN_CUES_NOT_FROM
#: Verbs that name their object something, of which a plural noun cue may be the object:
#: "described claims that … as" (not "dismissed claims that", whose words are the
#: claimants').
_OBJECT_TAKERS = word_set("described called branded labelled labeled termed dubbed")
#: Words after which a clause, and so its subject, begins: "said orders from …".
_CLAUSE_OPENERS = word_set("that and but while as when where if because")
#: Cue words that report speech only after a comma or before "that": "…, alleging", "a
#: petition alleging that".
_AFTER_A_COMMA_ONLY = frozenset({"alleging"})


def _quotation_at(text: str, at: int) -> bool:
    """Whether a quotation opens at `at`, past spaces ("added to "a growing body"", not
    "added to cheers" nor "added to reporters")."""
    return text[at : at + 3].lstrip(" \u00a0")[:1] in "\"“‘'„«"


def _after_a_comma(text: str, at: int) -> bool:
    """Whether a comma (and spaces) stands right before `at`."""
    return text[max(0, at - 4) : at].rstrip().endswith(",")


#: A quotation's end, then its subject, maybe with an appositive ('"…," Lee, a lawyer,').
_QUOTE_THEN_SUBJECT = lazy_compile(
    r"[,!?][\"”’'][ \u00a0]+(?:[\w'’.\-]+[ \u00a0]+){0,4}"
    r"(?:[\w'’.\-]+,[ \u00a0][^,\"“”]{1,60},[ \u00a0]+)?$"
)
_SUBMITTING = frozenset({"submitted", "submits"})
#: What is submitted, before its submitter: "a petition Ana Reyes submitted".
_SUBMITTED_THING = lazy_compile(
    r"\b(?:a|an|the|his|her|their|its)[ \u00a0]+(?:petition|application|bid|proposal|motion"
    r"|plan|report|request|complaint|claim|document|form|letter|entry|design)s?\b"
)
#: Cue words that report no speech before a word: "added to", "adding to".
_NO_SPEECH_BEFORE = {"added": "to", "adding": "to", "adds": "to"}
#: Verbs that name something, and the adverbs that, after a comma, make them passive.
_NAMING = word_set("called dubbed termed described labelled labeled nicknamed branded")
_HOW_OFTEN = word_set("sometimes often usually commonly widely variously")
#: What follows "written" where "Lee's" is "Lee has": "Lee's written that", "… to".
_AFTER_HAS_WRITTEN = word_set("that to a an the about of for in on back off his her their")


def _submission(text: str, begin: int, stop: int) -> bool:
    """ "Counsel submitted that the State had …": a submission's clause, not "The bid,
    submitted that morning," (a participle after a comma, or "that" before a time)."""
    if not text.startswith(" that ", stop) or _after_a_comma(text, begin):
        return False
    after = _NEXT_WORD.match(text, stop + 5)
    return after is None or after.group(1).lower() not in _TIMES_OF_DAY


#: Words after "that" that make it a determiner of a time: "submitted that morning".
_TIMES_OF_DAY = word_set("morning afternoon evening night day week month year time")


def _possessed(text: str, start: int) -> bool:
    """Whether the word at `start` is the "s" of a possessive ("the county's")."""
    return text.startswith("s", start) and start > 0 and text[start - 1] in "'’"


_NEXT_WORD = lazy_compile(r"[ \u00a0]+([A-Za-z]+)")
_PHRASE_TAILS = {
    first: lazy_compile("".join(rf"\s+{word}(?![A-Za-z])" for word in rest), re.I | re.A)
    for first, rest in CUE_PHRASES.items()
}
#: "held that the defendant …", "held that ministers had …": a clause; not "has held
#: that post" (an office, a seat, a view held).
_PHRASE_TAILS["held"] = lazy_compile(
    r"\s+that(?!\s+(?:post|seat|position|title|record|job|role|office|view|belief|rank"
    r"|lead|portfolio|stake|line|ground|belt|crown|honour|honor)\b)(?=\s)",
    re.A,
)


_PHRASE_FIRST = frozenset(CUE_PHRASES)
_WERE_THE = lazy_compile(r"\b(?:were|are|was|is)\s+the\s+$", re.I)
#: Cues whose object, not their subject, is who spoke: "according to Ann Lee".
SPEAKER_AFTER = frozenset(
    {"according to", "in the words of"} | {f"{noun} of" for noun in QUOTATION_NOUNS}
)
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
#: Lower-cased ASCII text with every character but a letter made a space: its words
#: are then what `WORD_RE` finds, by `str.split`.
_NOT_A_LETTER = str.maketrans({chr(c): " " for c in range(128) if chr(c) not in _ASCII_LETTERS})


def _ascii_spans(low: str, hits: frozenset[str]) -> list[tuple[int, int]]:
    """Where each hit stands as a whole word in lower-cased text (whose offsets are the
    original's), in text order; only ASCII letters count as letters, as in WORD_RE."""
    spans: list[tuple[int, int]] = []
    size = len(low)
    for hit in hits:
        at = low.find(hit)
        while at >= 0:
            end = at + len(hit)
            if (at == 0 or low[at - 1] not in _ASCII_LETTERS) and (
                end == size or low[end] not in _ASCII_LETTERS
            ):
                spans.append((at, end))
            at = low.find(hit, at + 1)
    spans.sort()
    return spans


def _pattern_spans(text: str, hits: frozenset[str]) -> list[tuple[int, int]]:
    """The same for any text, by each hit's own case-blind pattern."""
    spans = [m.span() for hit in hits for m in _word_pattern(hit).finditer(text)]
    spans.sort()
    return spans


@functools.lru_cache(maxsize=1024)
def _word_pattern(word: str) -> re.Pattern[str]:
    """One cue word as a whole word, any case; compiled on first use."""
    return lazy_compile(rf"(?<![A-Za-z]){word}(?![A-Za-z])", re.I | re.A)


CUE = _CueFinder()


class Cues:
    """A paragraph's cue verbs and sentence ends, found once and sliced per window.

    Each quote looks at several overlapping windows of its paragraph (the text before
    it, its sentence, the words after it); scanning the paragraph once and cutting the
    windows out with bisect keeps that work proportional to the paragraph.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.found = CUE.finditer(text)
        self.starts = [match.begin for match in self.found]
        self.ends = sentence_ends(text)

    def opens_sentence(self, at: int) -> bool:
        """Whether a sentence starts at `at`: the paragraph's start, or after a sentence end."""
        window = max(0, at - 40)
        before = self.text[window:at].rstrip()
        if not before:
            return True
        # Only spaces between the sentence's start and `at`: the start lies past the last
        # other character (found in the window, not by slicing a sentence that may be long).
        return self.sentence_start(at) >= window + len(before)

    def sentence_start(self, at: int) -> int:
        """Where the sentence holding `at` starts: the last sentence end up to it, or 0."""
        index = bisect.bisect_right(self.ends, at) - 1
        return self.ends[index] if index >= 0 else 0

    def between(self, begin: int, stop: int) -> list[CueMatch]:
        """Cues wholly inside text[begin:stop], with offsets relative to `begin`."""
        out: list[CueMatch] = []
        for index in range(bisect.bisect_left(self.starts, begin), len(self.found)):
            match = self.found[index]
            if match.stop > stop:
                break
            out.append(CueMatch(match.begin - begin, match.stop - begin, match.text))
        return out

    def sentence_ends(self, begin: int, stop: int) -> list[int]:
        """Sentence ends inside text[begin:stop], relative to `begin`."""
        low = bisect.bisect_right(self.ends, begin)
        high = bisect.bisect_right(self.ends, stop)
        return [end - begin for end in self.ends[low:high]]


def _mostly_capitalised(text: str) -> bool:
    """Whether most words of a text's start are capitalised, as in "Putin Says Forces
    Will Rest": a headline's verbs are capitalised too."""
    words = text[:200].split()
    return len(words) > 1 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def sentence_ends(text: str) -> list[int]:
    """Offsets just past each sentence's final mark (and closing quotes or brackets),
    by the same rules as search's sentences, so both agree where a sentence ends."""
    return [stop for _, stop in sentence_spans(text)[:-1]]


def attribution_follows(text: str) -> bool:
    """'Forte said', 'Rothman recalls', 'said Mr Lee', 'she added': speaker and cue first."""
    words = _LETTERS.findall(text[:80])[:7]  # any script's letters: "Mehmet Yılmaz said"
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in CUE_SET or (lower in CUE_PHRASES and lower != "in"):
            if index == 0:
                return True
            before = [w for w in words[:index] if w.lower() not in SKIP_TO_CUE]
            if not before or len(before) > 4:
                return False
            if len(before) == 1 and before[0].lower() in {"he", "she", "they", "we", "i"}:
                return True
            return all(w[0].isupper() for w in before)
    return False


_LETTERS = lazy_compile(r"[^\W\d_]+")
#: Adverbs that may stand between an attribution's subject and its verb.
SKIP_TO_CUE = word_set("also later then again once had has have would will now")
