"""Plain-text and Markdown renderings of an article (no Rich: these serve pipes)."""

from __future__ import annotations

from newsread.article import (
    byline_names,
    escape_block_start,
    escape_inline,
    heading_line,
    strip_inline,
    web_address,
)
from newsread.dates import iso_or_none, parse_date
from newsread.layout import dateline, embed_author, embed_credit, reading_order
from newsread.model import Article, Caption, Embed, Paragraph, byline, long_date


def render_text(article: Article) -> str:
    """A header, a blank line, then one paragraph a line: ready for grep, sed and head.

    Every field is one line whatever it holds (front matter can put a newline in a title),
    so `head -1` is the title and each line is one thing.
    """
    header = [article.title, byline(article), dateline(article), article.url]
    if article.caption:
        credit = f" ({article.caption.credit})" if article.caption.credit else ""
        header.append(f"Photo: {article.caption.text}{credit}")
    # A field is one line of words: a tab typed into a name ("Ann\tLee") is a space, as
    # a newline is, so a tab-separated reader of the output sees no column there.
    lines = [" ".join(line.split("\t")) for line in header if line]
    if lines:
        lines.append("")
    for kind, item in reading_order(article):
        if kind == "paragraph" and isinstance(item, Paragraph):
            lines.append(item.text)
        elif kind == "heading":
            lines.append(f"## {item}")
        elif isinstance(item, Embed):
            credit = embed_credit(item)
            url = f" {item.url}" if item.url else ""
            lines.append(f"> {item.text}" + (f" — {credit}" if credit else "") + url)
    return "\n".join(line.replace("\n", " ") for line in lines) + "\n"


_md = escape_inline


def _md_paragraph(paragraph: Paragraph) -> str:
    out: list[str] = []
    last = 0
    for link in paragraph.links:
        out.append(_md(paragraph.text[last : link.start]))
        out.append(f"[{_md(paragraph.text[link.start : link.end])}]({link.url})")
        last = link.end
    out.append(_md(paragraph.text[last:]))
    return escape_block_start("".join(out))


def _front_matter(article: Article) -> str:
    """All the metadata, as YAML: the layout alone can't carry publisher, kind, language or
    access date, and front matter keeps every value exactly (the body's title, byline and
    date lines are for people and other Markdown readers)."""
    from newsread.frontmatter import write_front_matter

    return write_front_matter(
        {
            "title": article.title,
            "authors": [_author(article, name) for name in article.authors],
            "published": iso_or_none(article.published, article.published_precision),
            "publisher": article.publisher,
            "publisher_kind": article.publisher_kind,
            "url": article.url,
            "language": article.language,
            "accessed": article.accessed.isoformat() if article.accessed else None,
        }
    )


def _author(article: Article, name: str) -> str | dict[str, str]:
    """An author as the front matter gave it: an organisation's name as CSL's
    ``literal``, a name given in parts in its parts, so that citations read it back
    alike."""
    if name in article.literal_authors:
        return {"literal": name}
    parts = article.name_parts(name)
    if parts is None:
        return name
    return {"given": parts[0], "family": parts[1]} if parts[0] else {"family": parts[1]}


def _byline(authors: list[str]) -> str | None:
    """ "By [A](#) and [B](#)", or None where the reader would not take it for a byline
    (front matter carries the names either way; the line must not become a paragraph)."""
    from newsread.textsafe import sanitize  # judged as printed: controls made visible

    line = "By " + " and ".join(f"[{_md(name)}](#)" for name in authors)
    return line if byline_names(strip_inline(sanitize(line))[0]) else None


def _caption(caption: Caption) -> str | None:
    """ "*Caption* **Credit**": in italics only where the reader's emphasis takes it whole."""
    if not caption.credit:
        return None  # the layout knows a caption only by its credit
    text = _md(caption.text)
    whole = 0 < len(text) <= 400 and "*" not in text and "\n" not in text
    if whole and text == text.strip():
        text = f"*{text}*"
    return f"{text} **{_md(caption.credit)}**"


def render_markdown(article: Article) -> str:
    """The article in newsread's stored layout, with YAML front matter for its metadata.

    Reading the output back (`show -a file.md`, `add`) gives the same article: the same
    metadata, caption, paragraphs (so the same paragraph numbers), embeds and links.
    """
    blocks: list[str] = []
    front = _front_matter(article)
    if front:
        blocks.append(front)
    if article.title and article.title.strip():
        blocks.append(heading_line(1, article.title))
    byline = _byline(article.authors) if article.authors else None
    if byline:
        blocks.append(byline)
    # A date line only where it reads back as the same date; a month or a year alone
    # would read as a paragraph (the front matter carries it either way).
    if article.published and article.published_precision == "day":
        dateline = long_date(article.published)
        if parse_date(dateline) == article.published:
            blocks.append(dateline)
    caption = _caption(article.caption) if article.caption else None
    if caption:
        blocks.append(caption)
    for kind, item in reading_order(article):
        if isinstance(item, Paragraph):
            blocks.append(_md_paragraph(item))
        elif kind == "heading":
            blocks.append(heading_line(2, str(item)))
        elif isinstance(item, Embed):
            blocks.append("**Embed:**")
            post = _md(item.text)
            if item.url:
                post += f"  \n[{_md(item.url)}]({item.url})"
            blocks.append(post)
            who = embed_author(item)
            if who or item.date_text:
                blocks.append(f"— {_md(who)} {_md(item.date_text or '')}".rstrip())
    if article.url and web_address(f"<{article.url}>") == article.url:  # else front matter only
        blocks.append(f"Original url:\n\n<{article.url}>")
    return "\n\n".join(blocks) + "\n"
