"""`newsread cite`: the article cited in a style guide's form, or exported for a manager.

Italics are rendered per output: Rich italics on a terminal, nothing in plain text (a
pipe), ``*…*`` in Markdown and ``<i>…</i>`` in HTML, so they survive a paste.

With ``--all`` every library article is cited, one citation per line, ready to paste as
a reference list (alphabetical where the style's list is; IEEE and Vancouver numbered in
library order; "2024a"/"2024b" for one author's works of a year), or exported as one
file: a .bib with unique keys, concatenated RIS records, or a single CSL-JSON array.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from newsread.cli import common
from newsread.cli.application import app
from newsread.errors import NewsreadError

if TYPE_CHECKING:
    from newsread.cite import Citation
    from newsread.model import Article


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
    every: Annotated[
        bool,
        typer.Option(
            "--all",
            # A reference list names no files: unlike other commands' --all records.
            help="Every article in the library, as one reference list (or one export file).",
        ),
    ] = False,
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
    # Everything that can be refused is refused before the first citation is written.
    name = core.check_options(style, form.value, in_text)
    when = parse_accessed(accessed)
    counted = _Counted(
        common.articles(article, every),
        when,
        lambda loaded: core.cites_access_date(loaded, name, in_text=in_text),
    )
    if name in core.EXPORTS:
        for chunk in core.export_all(counted, name, accessed=when):
            common.write(chunk)
    elif every:  # a reference list: numbered, or with year letters, across articles
        _print(
            core.cite_all(counted, name, form=form.value, in_text=in_text, accessed=when), fmt.value
        )
    else:
        citations = (
            core.cite(loaded, name, form=form.value, in_text=in_text, accessed=when)
            for loaded in counted
        )
        _print(citations, fmt.value)
    if not counted.count:  # an empty library under --all: nothing cited, like grep
        raise typer.Exit(1)


class _Counted:
    """Passes articles through, counting them, so an empty --all can exit 1, and warns of
    an access date before an article was published (a typo the citation would keep),
    where the citation gives it (`shows_access`)."""

    def __init__(
        self,
        articles: Iterator[Article],
        accessed: dt.date | None,
        shows_access: Callable[[Article], bool],
    ) -> None:
        self._articles = articles
        self._accessed = accessed
        self._shows_access = shows_access
        self.count = 0

    def __iter__(self) -> Iterator[Article]:
        for article in self._articles:
            self.count += 1
            published = article.published
            if (
                self._accessed
                and published
                and self._accessed < published
                and self._shows_access(article)
            ):
                from newsread.dates import iso_date

                when = iso_date(published, article.published_precision)
                common.warn(
                    f"{article.slug or article.source or '-'}: --accessed {self._accessed} "
                    f"is before it was published ({when})"
                )
            yield article


def _print(citations: Iterable[Citation], chosen: str) -> None:
    """One citation per line in the chosen rendering ("auto": italics only on a terminal)."""
    from newsread import cite as core

    if chosen == "auto":  # one line either way: italics wherever colour is on
        chosen = "rich" if common.colour() else "text"
    render = {"markdown": core.to_markdown, "html": core.to_html, "text": core.to_plain}
    console = common.stdout_console() if chosen == "rich" else None
    for citation in citations:
        if console is not None:
            console.print(_rich_text(citation), soft_wrap=True)
        else:
            common.write(render[chosen](citation) + "\n")


def _rich_text(citation: Citation) -> object:
    from rich.text import Text

    from newsread.textsafe import sanitize

    text = Text()
    for piece, italic in citation.segments:
        text.append(sanitize(piece), style="italic" if italic else "")
    return text
