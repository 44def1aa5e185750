"""An article's reading order and header lines, shared by every rendering of it.

Plain text, Markdown and the terminal view all show the same things in the same order;
keeping that order here means the renderings differ only in how they draw it.
"""

from __future__ import annotations

from newsread.model import Article, Embed, long_date


def dateline(article: Article) -> str | None:
    """ "4 July 2022 · The Moscow Times": the line under the byline, if there is anything."""
    parts = [long_date(article.published) if article.published else None, article.publisher]
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
    items: list[tuple[str, object]] = [("embed", e) for e in article.embeds if e.after == 0]
    for paragraph in article.paragraphs:
        items += [("heading", h.text) for h in article.headings if h.before == paragraph.number]
        items.append(("paragraph", paragraph))
        items += [("embed", e) for e in article.embeds if e.after == paragraph.number]
    last = len(article.paragraphs)
    items += [("heading", h.text) for h in article.headings if h.before > last]
    items += [("embed", e) for e in article.embeds if e.after > last]
    return items
