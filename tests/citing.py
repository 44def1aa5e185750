"""Made-up articles for the citation tests: one builder, each test file giving it the
outlet, date and body its expected strings are written for."""

from __future__ import annotations

import datetime as dt

from newsread.cite import cite, to_plain
from newsread.model import Article, Paragraph


def article(
    title: str,
    authors: list[str] | None = None,
    *,
    body: tuple[str, ...],
    publisher: str,
    published: dt.date | None,
    url: str,
    kind: str = "newspaper",
) -> Article:
    return Article(
        title=title,
        authors=list(authors or []),
        published=published,
        publisher=publisher,
        publisher_kind=kind,
        url=url,
        paragraphs=[Paragraph(i, text) for i, text in enumerate(body, start=1)],
    )


def plain_citation(item: Article, style: str, accessed: dt.date, **kwargs: object) -> str:
    """The citation as plain text, as a pipe shows it."""
    return to_plain(cite(item, style, accessed=accessed, **kwargs))  # type: ignore[arg-type]
