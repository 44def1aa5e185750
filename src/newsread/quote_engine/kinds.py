"""Direct, partial or scare: what a quotation is.

Decided from its words and the sentence around it, before anyone is looked for.
"""

from __future__ import annotations

import re

from newsread.cues import CUE, CUE_SET, UTTERANCE, WORD_RE
from newsread.lazyre import lazy_compile
from newsread.quote_engine.cue_mentions import BE, passive_before
from newsread.quote_marks import is_nickname
from newsread.quotes import Kind
from newsread.speakers.words import Mention, fold
from newsread.wordlists import CAPITALS, word_set

_TITLE_SMALL = word_set("a an the of and or in on at to for with by from is are but nor")


def in_title_case(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’\-]*", text)
    if not words or len(words) > 8:
        return False
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words) and len(words) > 1


def ends_clause(text: str) -> bool:
    """The reporter's text before a quote ends a sentence or introduces speech."""
    stripped = text.rstrip()
    if not stripped or stripped in {"-", "*", "+", "•"}:
        return True  # nothing, or only a list item's marker: '- "…," said Bo Chen.'
    return stripped[-1] in ".!?:…"


def opens_an_aside(text: str, inner: str) -> bool:
    """Whether a quote that opens with a capital after a dash or a bracket may start a
    clause of its own ('Ray Dunn was calm — "We expected this," he said.', 'Tim Lowe ("I
    want clean water," he said) joined'), as after a full stop; the engine asks only when a
    cue follows the quote (a slogan '– "The coast shall live" – a slogan first used …' is
    no one's words)."""
    return (
        text.rstrip().endswith(("—", "–", "(", "--"))
        and inner[:1].isupper()
        and inner.rstrip()[-1:] in ",.!?…"  # spoken, ending as speech does before its cue
    )


#: '", they said.', '," Mr Lee added on Monday.': a subject and a verb of saying that
#: close the reporter's sentence right after a quotation.
CLOSING_ATTRIBUTION = lazy_compile(
    rf"[ ,\u00a0]*(?:he|she|they|it|we"
    rf"|(?:[{CAPITALS}][\w'’.\-]*[ \u00a0]+){{0,3}}[{CAPITALS}][\w'’\-]*"
    r"(?:,[ \u00a0]+(?:an?|the)[ \u00a0][^,.:;!?\"“”]{1,50},)?)"  # ", an analyst,"
    r"[ \u00a0]+(?:said|says|added|adds|insisted|insists|argued|argues|warned|warns|wrote"
    r"|writes|explained|explains|stated|states)\b[^.:;!?\"“”]{0,60}[.!?]"
    r"|[ ,\u00a0]*as[ \u00a0][^.:;!?\"“”]{1,60}[ \u00a0]puts?[ \u00a0]it\b"  # "as X puts it"
)


#: Verbs after which "as" gives the name someone works under, not words they said:
#: "who posts as "BrunchBandit"", "performs as "Lil Tide"".
#: (Not the bare forms, which are nouns too: "defines a blog as: "…"".)
_NAME_TAKEN = word_set(
    "posts posted posting writes wrote writing performs performed performing trades "
    "traded trading tweets tweeted tweeting blogs blogged blogging streams streamed "
    "streaming raps rapped rapping"
)


def classify(
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
    document = last_word in _READS and not READ_FROM.isdisjoint(
        fold(w) for w in tail_words[-12:]
    )  # 'a statement issued on Sunday reading: "…"' is a statement, not a sign
    # "a box marked "fragile"" is a label; "said the results marked "the end of an era""
    # is the speaker's, the verb inside what they said.
    marked_said = (
        last_word == "marked"
        and cue_left is not None
        and not passive_before(tail[: len(tail) - len(tail_words[-1])][-40:])
    )  # (but "said the parcel was marked "fragile"" is a label)
    # ("before the verdict was read: "…"": read out, no sign's words.)
    read_out = last_word in _READS and len(tail_words) > 1 and fold(tail_words[-2]) in _BE_FORMS
    if (last_word in UTTERANCE and not document and not marked_said and not read_out) or (
        len(tail_words) > 1
        and fold(tail_words[-2]) in UTTERANCE
        and last_word in {"of", "as", "a", "the"}
    ):
        return "scare"
    if _hypothetical(tail[-40:]) or _sign_follows(right):
        return "scare"
    if word_count <= 2 and _GLOSS.match(right) is not None:
        return "scare"  # 'the "hilirisasi" (downstreaming) policy': a term, translated
    if is_nickname(left[-40:], inner, right, 0):
        return "scare"  # 'said Johannes "Hannes" Botha': the name he goes by
    if tail.endswith(" as") and len(tail_words) > 1 and fold(tail_words[-2]) in _NAME_TAKEN:
        return "scare"  # 'who posts as "BrunchBandit"': the name someone goes by
    named = tail_words
    if named and fold(named[-1]) in {"a", "an", "the"}:
        named = named[:-1]  # "what is called an 'A' item"
    if (
        len(named) > 2
        and fold(named[-1]) in {"calls", "call"}
        and "whom" in map(fold, named[-6:-1])
    ):
        return "scare"  # 'a former electrician whom everyone calls "Moth"': a nickname
    if len(named) > 2 and fold(named[-1]) in {"called", "named", "termed"}:
        # "a phenomenon called 'knocking'", "what are called 'zones'": a name for a thing.
        before, article = (fold(w) for w in named[-2:-4:-1])
        # ("Her memoir, called "Unbroken", describes": the name an appositive gives it;
        # not 'The band, called "the next big thing" by the NME,': someone's verdict.)
        appositive = before.endswith(",") and not right.lstrip().startswith("by ")
        # (But "which Jeremy Lattimore, a meteorologist, called "…"": a named verdict.)
        subject = cue_left[1] if cue_left is not None else None
        appositive = appositive and not (subject is not None and subject.kind == "name")
        # ("a phenomenon called", but not "…, a meteorologist, called": an appositive's.)
        indefinite = article in {"a", "an"} and not before.endswith(",")
        if before in _BE_FORMS or indefinite or appositive:
            return "scare"
    if starts_clause:
        if cue_right is not None or cue_left is not None:
            return "direct"
        if word_count <= 2 and inner[:1].islower():
            return "scare"  # 'a name for such places: "pharmacy deserts."': a term, no sentence
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
    if in_title_case(inner):
        return "scare"
    has_cue = (cue_left is not None and cue_left[1] is not None) or (
        cue_right is not None and cue_right[1] is not None
    )
    if not has_cue:
        return "scare"
    # A word or two with only a later cue is a label unless it sounds like speech or
    # the reporter's sentence ends on its attribution ('was a "fair deal", he said.').
    label = word_count <= 2 and not _speech_like(inner) and cue_left is None
    if label and CLOSING_ATTRIBUTION.match(right) is None:
        return "scare"
    return "partial"


_BE_FORMS = frozenset(BE) | {"so"}


#: A translation or gloss in brackets right after a quoted term: ' (downstreaming)'.
_GLOSS = lazy_compile(
    r"[ \u00a0]\((?:or |meaning |literally )?(?!(?:it|he|she|they|we|though|although|which"
    r"|who|opponents|critics|members|later)\b)[a-z][a-z\-]+(?: [a-z][a-z\-]+){0,2}\)"
)


_READS = word_set("reading read reads")


#: What an organisation or a person issues in writing, and a quotation can be read from.
READ_FROM = word_set("statement letter message release note email e-mail memo text")


#: "as if to say", "as though asking": words nobody actually said.
_HYPOTHETICAL = lazy_compile(r"\bas (?:if|though) (?:to )?(?:say|saying|ask|asking)\W*$", re.I)


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
        if lower in READ_FROM:
            return False  # '"We regret the error," the statement read': a document's words
        if lower in _SIGN_VERBS and word.islower():  # not the name "Sang"
            return True
        if lower in CUE_SET:
            return False
    return False


def _speech_like(text: str) -> bool:
    return bool(re.search(r"\b(?:I|we|our|my|me|us|you)\b", text))
