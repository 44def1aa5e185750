"""`newsread cite`: the article cited in a style guide's form, or exported for a manager.

Italics are rendered per output: Rich italics on a terminal, nothing in plain text (a
pipe), ``*…*`` in Markdown and ``<i>…</i>`` in HTML, so they survive a paste.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated

import typer

from newsread.cli import common
from newsread.cli.app import app
from newsread.errors import NewsreadError


class CiteFormat(enum.StrEnum):
    auto = "auto"
    text = "text"
    markdown = "markdown"
    html = "html"


class CiteForm(enum.StrEnum):
    bibliography = "bibliography"
    note = "note"
    short_note = "short-note"


def parse_accessed(value: str | None) -> dt.date | None:
    """``--accessed``: "today" or a date as news pages and ISO write it."""
    if value is None:
        return None
    if value.strip().lower() == "today":
        return dt.date.today()
    from newsread.dates import parse_date

    date = parse_date(value)
    if date is None:
        raise NewsreadError(f"--accessed: {value!r} is not a date (use YYYY-MM-DD or 'today')")
    return date


@app.command()
@common.handles_errors
def cite(
    article: common.ArticleOption = None,
    style: Annotated[
        str,
        typer.Option(
            "--style", "-s", metavar="STYLE", help="Citation style or export (see --list-styles)."
        ),
    ] = "apa",
    form: Annotated[
        CiteForm,
        typer.Option("--form", help="Chicago only: bibliography entry, full note or short note."),
    ] = CiteForm.bibliography,
    in_text: Annotated[
        bool, typer.Option("--in-text", help="The parenthetical in-text citation instead.")
    ] = False,
    accessed: Annotated[
        str | None,
        typer.Option(
            "--accessed",
            metavar="DATE|today",
            help="Access date, for styles that require one (default: today).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        CiteFormat,
        typer.Option(
            "--format",
            "-f",
            help="auto: italics on a terminal, plain text in a pipe; or text, markdown, html.",
        ),
    ] = CiteFormat.auto,
    list_styles: Annotated[
        bool, typer.Option("--list-styles", help="List the styles and exports, then stop.")
    ] = False,
    color: common.ColorOption = common.Color.auto,
    library: common.LibraryOption = None,
) -> None:
    """Cite an article (APA, MLA, Chicago, Harvard, IEEE, Vancouver) or export it."""
    from newsread import cite as core

    common.use_options(color, library)
    if list_styles:
        for name, description in core.STYLES.items():
            common.write_line([name, description])
        return
    name = core.check_style(style)
    when = parse_accessed(accessed)
    loaded = common.load(article)
    citation = core.cite(loaded, name, form=form.value, in_text=in_text, accessed=when)
    if name in core.EXPORTS:
        common.write(core.to_plain(citation))
        return
    chosen = fmt.value
    if chosen == "auto":
        chosen = "rich" if common.styled() else "text"
    if chosen == "markdown":
        common.write(core.to_markdown(citation) + "\n")
    elif chosen == "html":
        common.write(core.to_html(citation) + "\n")
    elif chosen == "text":
        common.write(core.to_plain(citation) + "\n")
    else:
        _print_rich(citation)


def _print_rich(citation: object) -> None:
    from rich.text import Text

    from newsread.cite import Citation
    from newsread.textsafe import sanitize

    assert isinstance(citation, Citation)
    text = Text()
    for piece, italic in citation.segments:
        text.append(sanitize(piece), style="italic" if italic else "")
    common.stdout_console().print(text, soft_wrap=True)
