"""Quotations in an article: the `Quote` record, the engine's entry point, and queries.

Importing this module is cheap: the engine itself (its cue-word tables, patterns and
attribution rules, :mod:`newsread.quote_engine`) is loaded on the first
`extract_quotes` call, so commands that only name the types, or never extract, do
not pay for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from newsread.model import Article


Kind = Literal["direct", "partial", "scare"]
KINDS: tuple[Kind, ...] = ("direct", "partial", "scare")


@dataclass(frozen=True)
class Quote:
    """One quotation; `text == article.paragraphs[paragraph - 1].text[start:end]`."""

    text: str
    speaker: str | None
    mention: str | None
    cue: str | None
    kind: Kind
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def words(self) -> int:
        return len(self.text.split())


def extract_quotes(article: Article) -> list[Quote]:
    """Every quotation in the body, in article order, with kind and speaker."""
    from newsread.quote_engine import extract_quotes as extract

    return extract(article)


# --------------------------------------------------------------------------- queries


def speaker_matches(quote: Quote, query: str) -> bool:
    """Whether any part of the speaker's name matches, ignoring case, accents and
    typography ("o’brien" and "obrien" find O'Brien, "Cranny Evans" finds Cranny-Evans)."""
    if not quote.speaker:
        return False
    wanted = _name_key(query)
    return bool(wanted) and wanted in _name_key(quote.speaker)


def names_anyone(query: str) -> bool:
    """Whether a `--speaker` query holds a letter or digit to match ("'", "." or "-" does not)."""
    return any(char.isalnum() for char in query)


#: Apostrophes dropped (a reader may type "oneil" for O'Neil), and hyphens and dashes as
#: the space they stand between words for.
_NAME_MARKS = str.maketrans(
    {"’": None, "‘": None, "`": None, "'": None, "‐": " ", "-": " ", "–": " ", "—": " "}
)


def _name_key(text: str) -> str:
    from newsread.speakers.words import fold

    return " ".join(fold(text).translate(_NAME_MARKS).split())


@dataclass(frozen=True)
class SpeakerSummary:
    speaker: str
    quotes: int
    words: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def speaker_summary(quotes: Iterable[Quote]) -> list[SpeakerSummary]:
    """Who is quoted, how many quotes and words each, in order of first appearance."""
    counts: dict[str, list[int]] = {}
    for quote in quotes:
        if quote.speaker is None:
            continue
        entry = counts.setdefault(quote.speaker, [0, 0])
        entry[0] += 1
        entry[1] += quote.words
    return [SpeakerSummary(name, n, w) for name, (n, w) in counts.items()]


def suggest_speakers(query: str, quotes: Iterable[Quote], limit: int = 3) -> list[str]:
    """Speakers whose name, or a word of it, is close to a mistyped query."""
    import difflib

    from newsread.speakers.words import fold

    speakers = list(dict.fromkeys(q.speaker for q in quotes if q.speaker))
    wanted = fold(query).strip()
    scored: list[tuple[float, int, str]] = []
    for order, speaker in enumerate(speakers):
        parts = [fold(speaker), *fold(speaker).replace("-", " ").split()]
        best = max(difflib.SequenceMatcher(None, wanted, part).ratio() for part in parts)
        if best >= 0.6:
            scored.append((-best, order, speaker))
    scored.sort()
    return [speaker for _, _, speaker in scored[:limit]]
