"""Finding passages by keyword: the pure core behind `newsread search`.

Matching runs on folded text (case, accents, typography; see textfold) and
every match is mapped back onto the original characters, so what is reported
and highlighted is always the article's own text. A "unit" is one searchable
piece of an article: its title, its photo caption, one body paragraph or one
embedded post. Terms are ANDed within a unit unless ``any_term`` is set.
"""

from __future__ import annotations

import heapq
import itertools
import re
import warnings
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Literal, Protocol

from newsread.errors import NewsreadError
from newsread.layout import reading_order
from newsread.model import Article, Embed, Paragraph
from newsread.sentences import sentence_spans
from newsread.stem import stem as stem_word
from newsread.textfold import Folder, OffsetMap

Section = Literal["title", "caption", "heading", "body", "embed"]
#: Context lent by body paragraphs around a hit: (paragraph number, text), in order.
Lent = tuple[tuple[int, str], ...]
SECTIONS: tuple[Section, ...] = ("title", "caption", "heading", "body", "embed")


@dataclass(frozen=True)
class Hit:
    """One match, with the sentence(s) and context that contain it.

    ``paragraph`` is the body paragraph number for ``section == "body"``, the
    1-based position among the article's embeds for ``"embed"`` and among its
    subheadings for ``"heading"``, and 0 for the title and the caption.
    ``start``/``end`` index the unit's own text (the paragraph, title, caption,
    subheading or embed), as do ``sentence_start`` and
    ``context_start``. ``context`` is the sentence with up to N sentences on
    each side from the same unit; with N = 0 it equals ``sentence``. Where a body
    paragraph has fewer than N sentences on a side, ``context_before`` and
    ``context_after`` hold the rest from the body paragraphs around it, up to a
    subheading or an embed and short of the nearest paragraph with a hit of its own,
    which shows itself (news paragraphs are often one sentence long). A "sentence"
    longer than any real one is cut to SENTENCE_MARGIN characters either side of the
    match (at a space), so a hit stays small whatever the paragraph. ``order`` is the
    unit's place among the article's units in reading order (see `units`), so that
    output can tell units next to each other from units with something between them.
    """

    ref: str | None
    section: Section
    paragraph: int
    sentence: str
    match: str
    start: int
    end: int
    context: str
    sentence_start: int
    context_start: int
    context_before: Lent = ()
    context_after: Lent = ()
    order: int = 0

    @property
    def location(self) -> str:
        """Where the hit is, as a reader says it: "12", "title", "caption", "heading 1",
        "embed 1"."""
        if self.section == "body":
            return str(self.paragraph)
        if self.section in ("embed", "heading"):
            return f"{self.section} {self.paragraph}"
        return self.section

    @property
    def unit(self) -> tuple[str | None, Section, int]:
        return (self.ref, self.section, self.paragraph)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of a hit."""
        return {
            "ref": self.ref,
            "paragraph": self.paragraph,
            "section": self.section,
            "sentence": self.sentence,
            "match": self.match,
            "start": self.start,
            "end": self.end,
            "context": self.context,
            "context_before": [{"paragraph": n, "text": t} for n, t in self.context_before],
            "context_after": [{"paragraph": n, "text": t} for n, t in self.context_after],
        }


@dataclass(frozen=True)
class Passage:
    """Hits of one unit whose context overlaps, shown together (one line, one block)."""

    ref: str | None
    section: Section
    paragraph: int
    text: str
    start: int
    hits: tuple[Hit, ...]
    #: Context from the body paragraphs before and after (see `Hit.context_before`).
    before: Lent = ()
    after: Lent = ()

    @property
    def location(self) -> str:
        return self.hits[0].location

    @property
    def reach(self) -> tuple[int, int]:
        """The first and last unit it shows, lent paragraphs included, as places in reading
        order (`Hit.order`): lending crosses no subheading or embed, so the paragraphs lent
        stand right next to the hit's own."""
        order = self.hits[0].order
        first = self.before[0][0] if self.before else self.paragraph
        last = self.after[-1][0] if self.after else self.paragraph
        return order - (self.paragraph - first), order + (last - self.paragraph)

    def spans(self) -> list[tuple[int, int]]:
        """Match spans relative to ``text``, merged where they overlap."""
        merged: list[tuple[int, int]] = []
        for hit in sorted(self.hits, key=lambda h: (h.start, h.end)):
            start, end = hit.start - self.start, hit.end - self.start
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return merged


@dataclass(frozen=True)
class Options:
    any_term: bool = False
    case_sensitive: bool = False
    word: bool = False
    regex: bool = False
    exact: bool = False
    stem: bool = False


# Maps a folded span to the original one, or None when it cuts a folded character.
Resolve = Callable[[int, int], "tuple[int, int] | None"]


class _Matcher(Protocol):
    def spans(self, folded: str, resolve: Resolve) -> Iterator[tuple[int, int]]: ...


class _PatternMatcher:
    """A compiled regular expression run over folded text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def spans(self, folded: str, resolve: Resolve) -> Iterator[tuple[int, int]]:
        # search() from each position rather than finditer(): a match that cuts a
        # folded character ("s" inside the "ss" of "ß") is refused, and a later
        # overlapping one may still be valid.
        search = self.pattern.search
        position = 0
        while position <= len(folded):
            found = search(folded, position)
            if found is None:
                return
            start, end = found.span()
            span = resolve(start, end) if end > start else None  # empty matches show nothing
            if span is None:
                position = start + 1
                continue
            yield span
            position = end


# A word, with inner apostrophes kept (Ukraine's, didn't); linear: every
# repetition must consume an apostrophe first.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")


class _StemMatcher:
    """A run of words whose stems equal the term's, separated like the term's words."""

    def __init__(self, folded_term: str) -> None:
        tokens = list(_TOKEN.finditer(folded_term))
        if not tokens:
            raise NewsreadError(f"--stem needs words to match; {folded_term!r} has none")
        self.stems = [stem_word(t.group()) for t in tokens]
        self.gaps = [_squash(folded_term[a.end() : b.start()]) for a, b in pairwise(tokens)]
        # Every word whose stem is this one starts with these letters (see stem.py:
        # at most the last letter of a stem differs from its word), so a unit
        # without them is skipped without tokenising it.
        self.prefix = self.stems[0][:-1]

    def spans(self, folded: str, resolve: Resolve) -> Iterator[tuple[int, int]]:
        if self.prefix not in folded:
            return
        # A sliding window of the last words, so a huge paragraph is never held as a list.
        size = len(self.stems)
        window: deque[re.Match[str]] = deque(maxlen=size)
        stems: deque[str] = deque(maxlen=size)
        for token in _TOKEN.finditer(folded):
            window.append(token)
            stems.append(stem_word(token.group()))
            if len(window) < size or stems[-1] != self.stems[-1] or list(stems) != self.stems:
                continue  # (the last word first: most windows fail on it, with no list built)
            if all(
                _squash(folded[a.end() : b.start()]) == gap
                for (a, b), gap in zip(pairwise(window), self.gaps, strict=True)
            ):
                span = resolve(window[0].start(), window[-1].end())
                if span is not None:
                    yield span


_SPACES = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text)


@dataclass(frozen=True)
class Query:
    """Terms compiled once for a set of options; reused across articles (see compile_query)."""

    terms: tuple[str, ...]
    options: Options
    folder: Folder
    matchers: tuple[_Matcher, ...]


def _regex_error(term: str, error: re.error | OverflowError | RecursionError) -> NewsreadError:
    """One line, however long the pattern: a long one is shown by its start."""
    shown = _shown(term)
    if not isinstance(error, re.error):  # "a{99999999999}", "((((…" nested thousands deep
        return NewsreadError(f"invalid regular expression {shown}: {error}")
    where = f" at position {error.pos}" if error.pos is not None else ""
    return NewsreadError(f"invalid regular expression {shown}: {error.msg}{where}")


def _shown(term: str) -> str:
    return repr(term if len(term) <= 60 else term[:60] + "…")


def _fold_pattern(pattern: str, folder: Folder) -> str:
    """Fold the literal non-ASCII characters of a regular expression, escaped.

    Regex syntax is ASCII, so only non-ASCII characters (and a backslash before
    one) are touched: "Kyïv" becomes "Kyiv", a typed "’" becomes "'".
    """
    if pattern.isascii() or folder.identity:
        return pattern
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            following = pattern[index + 1]
            if following.isascii():
                out.append(pattern[index : index + 2])
                index += 2
                continue
            char = following
            index += 1
        out.append(char if char.isascii() else re.escape(folder.fold(char)))
        index += 1
    return "".join(out)


def _term_pattern(term: str, options: Options, folder: Folder) -> str:
    if options.regex:
        return _fold_pattern(term, folder)
    folded = folder.fold(term)
    words = folded.split()
    if not words:
        raise NewsreadError(f"search term {term!r} has nothing left to match after folding")
    return r"\s+".join(re.escape(word) for word in words)


@lru_cache(maxsize=256)
def compile_query(terms: tuple[str, ...], options: Options) -> Query:
    """Validate and compile the search terms; cached, since a library search reuses them."""
    if not terms:
        raise NewsreadError("no search term given")
    if options.stem and options.regex:
        raise NewsreadError("--stem and --regex cannot be combined")
    # With --regex, case is the regex engine's job (folding "\W" to "\w" would change
    # the pattern's meaning); otherwise case is folded like accents.
    folder = Folder(
        casefold=not options.case_sensitive and not options.regex, loose=not options.exact
    )
    flags = re.IGNORECASE if options.regex and not options.case_sensitive else 0
    matchers: list[_Matcher] = []
    for term in terms:
        if not term.strip():
            raise NewsreadError("empty search term")
        if options.regex:
            try:
                _compile(term)  # positions in errors refer to what the user typed
            except (re.error, OverflowError, RecursionError) as error:
                raise _regex_error(term, error) from None
        if options.stem:
            matchers.append(_StemMatcher(folder.fold(term)))
            continue
        pattern = _term_pattern(term, options, folder)
        if options.word:
            pattern = rf"(?<!\w)(?:{pattern})(?!\w)"
        try:
            compiled = _compile(pattern, flags)
        except (re.error, OverflowError, RecursionError) as error:  # -w adds groups
            raise _regex_error(term, error) from None
        if options.regex and compiled.match("") is not None:
            # ("^", "x*": grep takes every line for a match; a search shows each match's
            # text, and one of none would be every place in every paragraph.)
            raise NewsreadError(
                f"regular expression {_shown(term)} matches empty text; "
                "give one that matches at least one character"
            )
        matchers.append(_PatternMatcher(compiled))
    return Query(terms, options, folder, tuple(matchers))


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A user's pattern compiled as Python reads it today; what Python may read otherwise
    one day ("[[a]": "Possible nested set") is no warning of two lines with our file
    names on the reader's stderr."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return re.compile(pattern, flags)


def units(article: Article) -> Iterator[tuple[Section, int, str]]:
    """The searchable pieces of an article in reading order, as `show` shows them:
    (section, number, text). Subheadings are numbered in that order, embeds by their
    place among the article's embeds."""
    if article.title:
        yield "title", 0, article.title
    if article.caption and article.caption.text:
        yield "caption", 0, article.caption.text
    embed_numbers = {id(embed): index for index, embed in enumerate(article.embeds, 1)}
    heading = 0
    for kind, item in reading_order(article):
        if isinstance(item, Paragraph):
            yield "body", item.number, item.text
        elif isinstance(item, Embed):
            yield "embed", embed_numbers[id(item)], item.text
        elif kind == "heading" and isinstance(item, str):
            heading += 1
            yield "heading", heading, item


def _unit_spans(query: Query, text: str) -> Iterator[tuple[int, int]]:
    """Original spans of every match in one unit, in order, or none when the unit does
    not match. Streamed: a paragraph may hold millions of matches ("e" in 20 MB)."""
    folded = query.folder.fold(text)
    offsets: OffsetMap | None = None

    def resolve(start: int, end: int) -> tuple[int, int] | None:
        nonlocal offsets
        if offsets is None:  # built only for units that match at all
            offsets = query.folder.offsets(text)
        span = offsets.original(start, end)
        return span if span is not None and span[0] < span[1] else None

    streams: list[Iterator[tuple[int, int]]] = []
    for matcher in query.matchers:
        spans = matcher.spans(folded, resolve)
        if not query.options.any_term:
            first = next(spans, None)  # every term must match somewhere in the unit
            if first is None:
                return
            spans = itertools.chain([first], spans)
        streams.append(spans)
    previous = None
    for span in heapq.merge(*streams):  # each stream is in order already
        if span != previous:
            yield span
            previous = span


#: Characters kept on each side of a match when its "sentence" is longer than a sentence
#: can be (a megabyte without a full stop): every hit copies its sentence and context,
#: so without a bound 250,000 hits in one such paragraph would copy it 250,000 times.
SENTENCE_MARGIN = 500


def _clip(text: str, lo: int, hi: int, keep: tuple[int, int], margin: int) -> tuple[int, int]:
    """Shrink lo:hi to at most ``margin`` characters either side of ``keep``, cutting at spaces."""
    keep_lo, keep_hi = keep
    if keep_lo - lo > margin:
        cut = keep_lo - margin
        space = text.find(" ", cut, keep_lo)
        lo = space + 1 if space != -1 else cut
    if hi - keep_hi > margin:
        cut = keep_hi + margin
        space = text.rfind(" ", keep_hi, cut)
        hi = space if space != -1 else cut
    return lo, hi


#: Body paragraphs on one side of a hit that may lend it context, nearest first: each
#: with its number, text and sentence spans.
_Pool = list[tuple[int, str, list[tuple[int, int]]]]


class _Lender:
    """The context the body paragraphs around one paragraph lend its hits: up to a
    subheading or an embedded post (`breaks`: the numbers of the paragraphs after one),
    and never into the nearest paragraph before or after with a hit of its own, which
    shows itself (and has its own records). Each side is read once per paragraph, however
    many of its hits ask, so that lending costs time in proportion to the article and
    not to its hits times N (-C 100000 on 8,000 paragraphs)."""

    def __init__(
        self,
        texts: Sequence[str],
        breaks: frozenset[int],
        matches: Callable[[str], bool],
        context: int,
    ) -> None:
        self.texts = texts
        self.context = context  # the most sentences a hit may want from one side
        self.breaks = breaks
        self.matches = matches
        self.previous = 0  # the last paragraph with a hit so far
        self.number = 0  # the paragraph whose hits are being found
        self._pools: dict[int, tuple[_Pool, int]] = {}  # by step: the pool, its sentences
        self._whole: dict[int, Lent] = {}  # by step: all a pool lends

    def at(self, number: int) -> None:
        """Lend to the hits of paragraph `number` from now on."""
        self.number = number
        self._pools.clear()
        self._whole.clear()

    def lend(self, step: int, wanted: int) -> Lent:
        """`wanted` sentences from the paragraphs before (`step` -1: their last sentences)
        or after (1), in reading order, each with its paragraph's number and cut as a
        sentence's context is."""
        if wanted <= 0:
            return ()
        if step not in self._pools:
            self._pools[step] = self._pool(step)
        pool, total = self._pools[step]
        spent = wanted >= total  # the whole pool: the same for every hit asking as much
        if spent and step in self._whole:
            return self._whole[step]
        pieces: list[tuple[int, str]] = []
        for number, text, sentences in pool:
            if wanted <= 0:
                break
            taken = sentences[-wanted:] if step < 0 else sentences[:wanted]
            wanted -= len(taken)
            lo, hi = taken[0][0], taken[-1][1]
            keep = (hi, hi) if step < 0 else (lo, lo)  # the end nearest the hit
            lo, hi = _clip(text, lo, hi, keep, SENTENCE_MARGIN * len(taken))
            pieces.append((number, text[lo:hi].strip()))
        lent = tuple(reversed(pieces)) if step < 0 else tuple(pieces)
        if spent:
            self._whole[step] = lent
        return lent

    def _pool(self, step: int) -> tuple[_Pool, int]:
        """The paragraphs that lend on one side, as far as N sentences reach, and how many
        sentences they hold."""
        pool: _Pool = []
        total = 0
        number = self.number
        while total < self.context:
            following = number + step
            if (
                not self.previous < following <= len(self.texts)
                or max(number, following) in self.breaks
            ):
                break
            text = self.texts[following - 1]
            if step > 0 and self.matches(text):
                break  # the next hit's paragraph: it shows itself
            number = following
            sentences = sentence_spans(text) or [(0, len(text))]
            pool.append((number, text, sentences))
            total += len(sentences)
        return pool, total


def _hits(
    ref: str | None,
    section: Section,
    number: int,
    text: str,
    spans: Iterator[tuple[int, int]],
    context: int,
    lender: _Lender | None = None,
    order: int = 0,
) -> Generator[Hit, None, bool]:
    """The unit's hits, and then whether it had any; `lender`, for a body unit, lends
    the context a paragraph lacks from the paragraphs around it."""
    first_span = next(spans, None)
    if first_span is None:
        return False  # no sentences to find in a unit without a match
    sentences = sentence_spans(text) or [(0, len(text))]
    starts = [s for s, _ in sentences]
    ends = [e for _, e in sentences]
    for start, end in itertools.chain([first_span], spans):
        # First sentence ending after the match starts, last one starting before it ends.
        first = min(bisect_right(ends, start), len(sentences) - 1)
        last = max(bisect_left(starts, end) - 1, first)
        sentence_start, sentence_end = _clip(
            text,
            min(starts[first], start),
            max(ends[last], end),
            (start, end),
            SENTENCE_MARGIN,
        )
        before = max(first - context, 0)
        after = min(last + context, len(sentences) - 1)
        context_start, context_end = _clip(
            text,
            min(starts[before], sentence_start),
            max(ends[after], sentence_end),
            (sentence_start, sentence_end),
            SENTENCE_MARGIN * context,
        )
        wanting_before = context - (first - before)
        wanting_after = context - (after - last)
        yield Hit(
            ref=ref,
            section=section,
            paragraph=number,
            sentence=text[sentence_start:sentence_end],
            match=text[start:end],
            start=start,
            end=end,
            context=text[context_start:context_end],
            sentence_start=sentence_start,
            context_start=context_start,
            context_before=lender.lend(-1, wanting_before) if lender else (),
            context_after=lender.lend(1, wanting_after) if lender else (),
            order=order,
        )
    return True


def iter_hits(
    article: Article, query: Query, context: int = 0, *, first_in_unit: bool = False
) -> Iterator[Hit]:
    """Every match of a compiled `query` (see `compile_query`) in ``article``, in reading
    order, one at a time, so that memory stays bounded however many matches a text holds.
    The query is compiled once, so its errors come before any article is read; a negative
    context raises NewsreadError here, at once, before the first hit. `first_in_unit`
    gives only each unit's first match: all that counting matching paragraphs needs."""
    if context < 0:
        raise NewsreadError(f"context must be 0 or more sentences, not {context}")
    return _iter_hits(article, query, context, first_in_unit)


def _iter_hits(article: Article, query: Query, context: int, first: bool) -> Iterator[Hit]:
    lender = None
    if context:
        breaks = {h.before for h in article.headings} | {e.after + 1 for e in article.embeds}
        lender = _Lender(
            [p.text for p in article.paragraphs],
            frozenset(breaks),
            lambda text: next(_unit_spans(query, text), None) is not None,
            context,
        )
    for order, (section, number, text) in enumerate(units(article)):
        lends = lender if section == "body" else None
        if lends:
            lends.at(number)
        spans = _unit_spans(query, text)
        spans = itertools.islice(spans, 1) if first else spans
        found = yield from _hits(article.slug, section, number, text, spans, context, lends, order)
        if lends and found:
            lends.previous = number  # lending stops short of a paragraph with a hit


def search(
    article: Article,
    terms: Sequence[str],
    *,
    any_term: bool = False,
    case_sensitive: bool = False,
    word: bool = False,
    regex: bool = False,
    exact: bool = False,
    stem: bool = False,
    context: int = 0,
) -> list[Hit]:
    """Every match of ``terms`` in ``article``, in reading order, as a list.

    Raises NewsreadError for an invalid regular expression, an empty term, a
    negative context or an impossible combination of options.
    """
    query = compile_query(tuple(terms), Options(any_term, case_sensitive, word, regex, exact, stem))
    return list(iter_hits(article, query, context))


#: The most text one passage gathers: overlapping contexts are joined into one line, and
#: a megabyte-long "sentence" full of matches would otherwise become one line holding
#: every match of the paragraph.
LONGEST_PASSAGE = 20 * SENTENCE_MARGIN


def iter_passages(hits: Iterable[Hit]) -> Iterator[Passage]:
    """Group hits for display: one passage per unit and run of overlapping contexts,
    streamed (hits must come in reading order, as `iter_hits` gives them)."""
    group: list[Hit] = []
    group_end = 0  # where the group's joined context ends
    held: Passage | None = None  # the last passage, its lent context still to trim
    for hit in hits:
        end = hit.context_start + len(hit.context)
        if (
            group
            and group[-1].unit == hit.unit
            and hit.context_start < group_end
            and group_end - group[0].context_start < LONGEST_PASSAGE
        ):
            group.append(hit)
            group_end = max(group_end, end)
            continue
        if group:
            held, ready = _trimmed(held, _passage(group))
            if ready is not None:
                yield ready
        group, group_end = [hit], end
    if group:
        held, ready = _trimmed(held, _passage(group))
        if ready is not None:
            yield ready
    if held is not None:
        yield held


def _trimmed(earlier: Passage | None, later: Passage) -> tuple[Passage, Passage | None]:
    """`later` to hold back and `earlier` ready to show, their lent contexts trimmed so
    that no paragraph shows twice, as grep joins overlapping contexts: the earlier one
    lends no paragraph the later one shows, nor the later one any the earlier one shows
    or lends."""
    if earlier is None:
        return later, None
    if earlier.ref == later.ref and earlier.section == later.section == "body":
        earlier = replace(earlier, after=tuple(p for p in earlier.after if p[0] < later.paragraph))
        last = max([earlier.paragraph, *(n for n, _ in earlier.after)])
        later = replace(later, before=tuple(p for p in later.before if p[0] > last))
    return later, earlier


def _passage(group: list[Hit]) -> Passage:
    start = group[0].context_start
    pieces: list[str] = []
    covered = start
    for h in group:  # stitch the overlapping contexts back into one text
        h_end = h.context_start + len(h.context)
        if h_end > covered:
            pieces.append(h.context[covered - h.context_start :])
            covered = h_end
    first = group[0]
    return Passage(
        first.ref,
        first.section,
        first.paragraph,
        "".join(pieces),
        start,
        tuple(group),
        before=first.context_before,
        after=group[-1].context_after,
    )


def passages(hits: Iterable[Hit]) -> list[Passage]:
    """`iter_passages` as a list."""
    return list(iter_passages(hits))


def matching_units(hits: Iterable[Hit]) -> int:
    """How many units (paragraphs, title, caption, embeds) hold at least one hit."""
    return len({hit.unit for hit in hits})


def folded_text(article: Article) -> str:
    """Every searchable unit, folded as searches fold; a library index keeps it for `prefilter`."""
    folder = Folder(casefold=True, loose=True)
    return "\n".join(folder.fold(text) for _, _, text in units(article))


def prefilter(
    terms: Sequence[str], *, any_term: bool = False, regex: bool = False, stem: bool = False
) -> Callable[[str], bool] | None:
    """A cheap test on an article's `folded_text` that every match requires.

    Folding is the coarsest equivalence any plain search uses (case-sensitive and
    exact searches only refine it), so an article whose folded text lacks a term's
    words cannot match and need not be parsed. Regex and stem searches get no filter.
    """
    if regex or stem:
        return None
    folder = Folder(casefold=True, loose=True)
    needed = [folder.fold(term).split() for term in terms]

    def may_match(folded: str) -> bool:
        found = (all(word in folded for word in words) for words in needed)
        return any(found) if any_term else all(found)

    return may_match
