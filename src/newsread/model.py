"""The Article data model: plain, immutable-by-convention dataclasses.

Kept separate from parsing so that every other module (quotes, search, cite,
renderers) depends only on these shapes, never on how a file was read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from newsread.dates import Precision, from_iso_or_none, iso_or_none

WORDS_PER_MINUTE = 230


@dataclass(frozen=True)
class Link:
    """A real hyperlink kept from inline Markdown; offsets index the paragraph text."""

    text: str
    url: str
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph; `number` is 1-based, counting body paragraphs only."""

    number: int
    text: str
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Heading:
    """A `##` subheading; it stands before body paragraph `before` (1-based)."""

    text: str
    before: int


@dataclass(frozen=True)
class Caption:
    text: str
    credit: str | None = None


@dataclass(frozen=True)
class Embed:
    """An embedded post (tweet, video…), kept out of the body text.

    `after` is the number of the body paragraph it follows (0: before the body);
    `under_heading` says that it follows the subheading standing in the same place too.
    """

    text: str
    after: int
    url: str | None = None
    author: str | None = None
    handle: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    under_heading: bool = False


@dataclass(frozen=True)
class Repair:
    """A change the parser made to the stored text, recorded so nothing changes silently."""

    kind: str
    paragraph: int
    detail: str


@dataclass
class Article:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    #: Those of `authors` the front matter gives as CSL ``literal`` names: an
    #: organisation's, cited as written, never split into given and family names.
    literal_authors: list[str] = field(default_factory=list)
    #: Those of `authors` the front matter gives in ``given`` and ``family`` parts, each
    #: mapped to its family name, which citations file it under as given.
    family_names: dict[str, str] = field(default_factory=dict)
    published: dt.date | None = None
    #: How much of `published` the source gave: "day", or "month" or "year" alone (then
    #: `published` is that month's or year's first day, which is where it sorts).
    published_precision: Precision = "day"
    publisher: str | None = None
    #: "newspaper", "magazine", "website", "agency" or "broadcaster" (outlet table), or None.
    publisher_kind: str | None = None
    url: str | None = None
    language: str | None = None
    accessed: dt.date | None = None
    caption: Caption | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    #: Problems met while reading that did not stop it (e.g. a non-UTF-8 file).
    warnings: list[str] = field(default_factory=list)
    #: Where it came from: a path, "-" for stdin, or None when parsed from a string.
    source: str | None = None
    #: The library name of the article (file stem), when it has one.
    slug: str | None = None

    def name_parts(self, author: str) -> tuple[str, str] | None:
        """The given name ("" for none) and family name of one of `authors` that the
        front matter gives in parts (`family_names`), spaces tidied; None for any other."""
        whole = " ".join(author.split())
        for written, family in self.family_names.items():
            family = " ".join(family.split())
            if " ".join(written.split()) == whole and whole.endswith(family):
                return whole[: -len(family)].strip(), family
        return None

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines (what search and quotes read)."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)

    @property
    def reading_minutes(self) -> int:
        """Whole minutes at about 230 words a minute, at least 1 for a non-empty article."""
        words = self.word_count
        if not words:
            return 0
        return max(1, round(words / WORDS_PER_MINUTE))


#: Version of the JSON shape `article_to_dict` produces; bumped on incompatible change.
ARTICLE_SCHEMA = "newsread.article/1"


def article_to_dict(article: Article) -> dict[str, object]:
    """The whole article as JSON-ready data (the documented `show --format json` schema)."""
    return {
        "schema": ARTICLE_SCHEMA,
        "slug": article.slug,
        "source": article.source,
        "title": article.title,
        "authors": list(article.authors),
        "literal_authors": list(article.literal_authors),
        "family_names": dict(article.family_names),
        "published": iso_or_none(article.published, article.published_precision),
        "publisher": article.publisher,
        "publisher_kind": article.publisher_kind,
        "url": article.url,
        "language": article.language,
        "accessed": iso_or_none(article.accessed),
        "word_count": article.word_count,
        "reading_minutes": article.reading_minutes,
        "caption": (
            {"text": article.caption.text, "credit": article.caption.credit}
            if article.caption
            else None
        ),
        "paragraphs": [
            {
                "number": p.number,
                "text": p.text,
                "links": [
                    {"text": link.text, "url": link.url, "start": link.start, "end": link.end}
                    for link in p.links
                ],
            }
            for p in article.paragraphs
        ],
        "headings": [{"text": h.text, "before": h.before} for h in article.headings],
        "embeds": [
            {
                "text": e.text,
                "url": e.url,
                "author": e.author,
                "handle": e.handle,
                "date": iso_or_none(e.date),
                "date_text": e.date_text,
                "after": e.after,
                "under_heading": e.under_heading,
            }
            for e in article.embeds
        ],
        "repairs": [
            {"kind": r.kind, "paragraph": r.paragraph, "detail": r.detail} for r in article.repairs
        ],
        "warnings": list(article.warnings),
    }


def long_date(date: dt.date, precision: Precision = "day") -> str:
    """ "July 4, 2022": the form readers expect in a title block ("July 2022", "2022" for
    a month or a year alone)."""
    if precision == "year":
        return str(date.year)
    if precision == "month":
        return f"{date:%B} {date.year}"
    return f"{date:%B} {date.day}, {date.year}"


def byline(article: Article) -> str | None:
    """ "By A", "By A and B", "By A, B and C"."""
    names = article.authors
    if not names:
        return None
    if len(names) == 1:
        return f"By {names[0]}"
    return f"By {', '.join(names[:-1])} and {names[-1]}"


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def article_from_dict(data: dict[str, Any]) -> Article:
    """The inverse of `article_to_dict` (the library cache stores articles this way)."""
    caption = data.get("caption")
    date, precision = from_iso_or_none(data.get("published"))  # "2021", "2021-07", …
    return Article(
        title=data.get("title"),
        authors=list(data.get("authors") or []),
        literal_authors=list(data.get("literal_authors") or []),
        family_names=dict(data.get("family_names") or {}),
        published=date,
        published_precision=precision,
        publisher=data.get("publisher"),
        publisher_kind=data.get("publisher_kind"),
        url=data.get("url"),
        language=data.get("language"),
        accessed=_date(data.get("accessed")),
        caption=Caption(caption["text"], caption.get("credit")) if caption else None,
        paragraphs=[
            Paragraph(
                p["number"],
                p["text"],
                tuple(Link(k["text"], k["url"], k["start"], k["end"]) for k in p["links"]),
            )
            for p in data.get("paragraphs") or []
        ],
        headings=[Heading(h["text"], h["before"]) for h in data.get("headings") or []],
        embeds=[
            Embed(
                e["text"],
                e["after"],
                e.get("url"),
                e.get("author"),
                e.get("handle"),
                _date(e.get("date")),
                e.get("date_text"),
                bool(e.get("under_heading")),
            )
            for e in data.get("embeds") or []
        ],
        repairs=[Repair(r["kind"], r["paragraph"], r["detail"]) for r in data.get("repairs") or []],
        warnings=list(data.get("warnings") or []),
        source=data.get("source"),
        slug=data.get("slug"),
    )
