"""Plain-text and Markdown renderings of an article (no Rich: these serve pipes)."""

from __future__ import annotations

import re

from newsread.model import Article, Embed, Paragraph, byline, long_date


def _dateline(article: Article) -> str | None:
    parts = [long_date(article.published) if article.published else None, article.publisher]
    line = " · ".join(p for p in parts if p)
    return line or None


def _embed_credit(embed: Embed) -> str:
    who = " ".join(p for p in (embed.author, f"({embed.handle})" if embed.handle else None) if p)
    when = long_date(embed.date) if embed.date else embed.date_text
    return ", ".join(p for p in (who, when) if p)


def _in_order(article: Article) -> list[tuple[str, object]]:
    """Body paragraphs interleaved with the headings and embeds that stand among them."""
    items: list[tuple[str, object]] = [("embed", e) for e in article.embeds if e.after == 0]
    for paragraph in article.paragraphs:
        items += [("heading", h.text) for h in article.headings if h.before == paragraph.number]
        items.append(("paragraph", paragraph))
        items += [("embed", e) for e in article.embeds if e.after == paragraph.number]
    last = len(article.paragraphs)
    items += [("heading", h.text) for h in article.headings if h.before > last]
    return items


def render_text(article: Article) -> str:
    """A header, a blank line, then one paragraph a line: ready for grep, sed and head."""
    header = [article.title, byline(article), _dateline(article), article.url]
    if article.caption:
        credit = f" ({article.caption.credit})" if article.caption.credit else ""
        header.append(f"Photo: {article.caption.text}{credit}")
    lines = [line for line in header if line]
    if lines:
        lines.append("")
    for kind, item in _in_order(article):
        if kind == "paragraph" and isinstance(item, Paragraph):
            lines.append(item.text.replace("\n", " "))
        elif kind == "heading":
            lines.append(f"## {item}")
        elif isinstance(item, Embed):
            credit = _embed_credit(item)
            url = f" {item.url}" if item.url else ""
            lines.append(f"> {item.text}" + (f" — {credit}" if credit else "") + url)
    return "\n".join(lines) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_paragraph(paragraph: Paragraph) -> str:
    out: list[str] = []
    last = 0
    for link in paragraph.links:
        out.append(_md(paragraph.text[last : link.start]))
        out.append(f"[{_md(paragraph.text[link.start : link.end])}](<{link.url}>)")
        last = link.end
    out.append(_md(paragraph.text[last:]))
    text = "".join(out)
    if re.match(r"(#|\d+\.\s|[-+]\s|>)", text):
        text = "\\" + text
    return text


def render_markdown(article: Article) -> str:
    """Clean Markdown in the stored layout's spirit, with real links kept."""
    blocks: list[str] = []
    if article.title:
        blocks.append(f"# {_md(article.title)}")
    for line in (byline(article), _dateline(article)):
        if line:
            blocks.append(_md(line))
    if article.caption:
        credit = f" **{_md(article.caption.credit)}**" if article.caption.credit else ""
        blocks.append(f"*{_md(article.caption.text)}*{credit}")
    for kind, item in _in_order(article):
        if isinstance(item, Paragraph):
            blocks.append(_md_paragraph(item))
        elif kind == "heading":
            blocks.append(f"## {_md(str(item))}")
        elif isinstance(item, Embed):
            quote = f"> {_md(item.text)}"
            if item.url:
                quote += f"  \n> <{item.url}>"
            credit = _embed_credit(item)
            if credit:
                quote += f"  \n> — {_md(credit)}"
            blocks.append(quote)
    if article.url:
        blocks.append(f"Source: <{article.url}>")
    return "\n\n".join(blocks) + "\n"
