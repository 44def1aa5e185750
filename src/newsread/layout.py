"""An article's reading order and header lines, shared by every rendering of it.

Plain text, Markdown and the terminal view all show the same things in the same order;
keeping that order here means the renderings differ only in how they draw it.
"""

from __future__ import annotations

from newsread.model import Article, Embed, long_date


def dateline(article: Article) -> str | None:
    """ "4 July 2022 · The Moscow Times": the line under the byline, if there is anything."""
    when = article.published
    parts = [long_date(when, article.published_precision) if when else None, article.publisher]
    line = " · ".join(p for p in parts if p)
    return line or None


def embed_author(embed: Embed) -> str:
    """Who posted an embed: "Francis Scarr (@francis_scarr)", either part alone, or ""."""
    handle = f"({embed.handle})" if embed.handle else None
    return " ".join(p for p in (embed.author, handle) if p)


def embed_credit(embed: Embed) -> str:
    """Who posted an embed and when: "Francis Scarr (@francis_scarr), 2 July 2022"."""
    who = embed_author(embed)
    when = long_date(embed.date) if embed.date else embed.date_text
    return ", ".join(p for p in (who, when) if p)


def reading_order(article: Article) -> list[tuple[str, object]]:
    """Body paragraphs interleaved with the headings and embeds that stand among them."""
    last = len(article.paragraphs)
    # Gap k lies after paragraph k and before paragraph k + 1 (gap 0: before the body).
    embeds: dict[int, list[Embed]] = {}
    for embed in article.embeds:
        embeds.setdefault(min(embed.after, last), []).append(embed)
    headings: dict[int, list[str]] = {}
    for heading in article.headings:
        headings.setdefault(min(heading.before - 1, last), []).append(heading.text)
    items: list[tuple[str, object]] = []
    for gap in range(last + 1):
        here = embeds.get(gap, [])
        items += [("embed", e) for e in here if not e.under_heading]
        items += [("heading", text) for text in headings.get(gap, [])]
        items += [("embed", e) for e in here if e.under_heading]
        if gap < last:
            items.append(("paragraph", article.paragraphs[gap]))
    return items
