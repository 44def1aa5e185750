"""The terminal rendering of an article with Rich (imported only when styling a terminal)."""

from __future__ import annotations

import itertools
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.style import Style
from rich.text import Text

from newsread.cli import common
from newsread.layout import dateline, embed_credit, reading_order
from newsread.model import Article, Embed, Paragraph, byline
from newsread.textsafe import sanitize

MAX_WIDTH = 100
QUOTE_STYLE = "italic cyan"
# A quotation: curly pairs, or straight double quotes, within one paragraph.
_QUOTATION = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def _text(value: str, style: str | Style = "") -> Text:
    """Data as a Rich Text: never parsed as markup, controls made visible."""
    return Text(sanitize(value), style=style)


_SAFE_URL = re.compile(r"https?://[!-~]+", re.IGNORECASE)  # printable ASCII, no spaces


def _link_style(url: str, base: str = "underline") -> Style:
    """A clickable (OSC 8) link only for a plain http(s) URL.

    The URL comes from the article: built into a style string it could inject style
    words, and as a link target raw escape sequences; other schemes (javascript:,
    file:) are shown but not made clickable.
    """
    style = Style.parse(base)
    if _SAFE_URL.fullmatch(url):
        return style + Style(link=url)
    return style


def _styled(value: str, spans: list[tuple[int, int, str | Style]]) -> Text:
    """Data with styles on spans given as offsets into the raw text.

    The text is sanitised piece by piece between span edges, so a control character
    made visible (one character becoming several) cannot shift a style off its words.
    """
    spans = [(min(max(a, 0), len(value)), min(max(b, 0), len(value)), s) for a, b, s in spans]
    edges = sorted({0, len(value), *(edge for a, b, _ in spans for edge in (a, b))})
    text = Text()
    at = {0: 0}  # an offset in the raw text -> the same place in the sanitised one
    for start, end in itertools.pairwise(edges):
        text.append(sanitize(value[start:end]))
        at[end] = len(text)
    for start, end, style in spans:
        text.stylize(style, at[start], at[end])
    return text


def _paragraph(paragraph: Paragraph) -> Text:
    spans: list[tuple[int, int, str | Style]] = [
        (match.start(), match.end(), QUOTE_STYLE) for match in _QUOTATION.finditer(paragraph.text)
    ]
    spans += [(link.start, link.end, _link_style(link.url)) for link in paragraph.links]
    return _styled(paragraph.text, spans)


def _embed(embed: Embed) -> Panel:
    body = _text(embed.text)
    if embed.url:
        body.append("\n")
        body.append(_text(embed.url, _link_style(embed.url, "blue underline")))
    credit = embed_credit(embed)
    if credit:  # in the body, not the border: a border line cuts it off where a body wraps
        body.append("\n")
        body.append(_text(f"— {credit}", "dim"))
    return Panel(body, title=Text("Embedded post", style="dim"), border_style="dim", expand=False)


def article_renderable(article: Article) -> RenderableType:
    parts: list[RenderableType] = []
    if article.title:
        parts.append(_text(article.title, "bold"))
    for line in (byline(article), dateline(article)):
        if line:
            parts.append(_text(line, "dim"))
    if article.word_count:
        parts.append(
            Text(f"{article.word_count:,} words · {article.reading_minutes} min read", "dim")
        )
    if article.caption:
        caption = _text(article.caption.text, "italic")
        if article.caption.credit:
            caption.append("\n")
            caption.append(_text(f"Photo: {article.caption.credit}", "dim"))
        parts.append(Padding(caption, (1, 0, 0, 0)))
    for kind, item in reading_order(article):
        if isinstance(item, Paragraph):
            parts.append(Padding(_paragraph(item), (1, 0, 0, 0)))
        elif kind == "heading":
            parts.append(Padding(_text(str(item), "bold underline"), (1, 0, 0, 0)))
        elif isinstance(item, Embed):
            parts.append(Padding(_embed(item), (1, 0, 0, 0)))
    if article.url:
        source = Text("Source: ", "dim")
        source.append(_text(article.url, _link_style(article.url)))
        parts.append(Padding(source, (1, 0, 0, 0)))
    return Group(*parts)


def print_article(article: Article, *, pager: bool | None) -> None:
    """Print to the terminal, through a pager when it is longer than the screen."""
    console = common.stdout_console()
    width = min(console.width, MAX_WIDTH)
    renderable = article_renderable(article)
    use_pager = pager if pager is not None else True
    if not (use_pager and sys.stdout.isatty()):
        console.print(renderable, width=width)
        return
    with console.capture() as capture:
        console.print(renderable, width=width)
    rendered = capture.get()
    if rendered.count("\n") < console.height or not _page(rendered):
        sys.stdout.write(rendered)


def _page(rendered: str) -> bool:
    """Send text through $PAGER (default `less -FIRX`); False when no pager can run.

    Like git, LESS defaults to FRX so that a plain `PAGER=less` shows colours, quits
    when the text fits the screen and leaves it on the screen afterwards.
    """
    try:
        command = shlex.split(os.environ.get("PAGER") or "less -FIRX")
    except ValueError:  # an unbalanced quote in $PAGER: print without a pager
        return False
    if not command or shutil.which(command[0]) is None:
        return False
    env = {**os.environ, "LESS": os.environ.get("LESS") or "FRX"}
    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    # Ctrl-C reaches the pager too, which owns the terminal until it quits: exiting under
    # it would leave it running with the terminal in its modes (git waits the same way).
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        assert process.stdin is not None
        try:
            process.stdin.write(rendered.encode("utf-8", "replace"))
            process.stdin.close()
        except OSError:
            pass  # the reader quit the pager early
        process.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
    return True


__all__ = ["Console", "article_renderable", "print_article"]
