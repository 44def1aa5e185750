"""`newsread list` and `newsread add`: the library as a whole."""

import enum
from pathlib import Path
from typing import Annotated

import typer

from newsread.cli import common
from newsread.cli.application import app

COLUMNS = ["slug", "date", "title", "authors", "publisher", "words", "quotes"]


class SortKey(enum.Enum):
    date = "date"
    title = "title"
    words = "words"
    slug = "slug"


@app.command("list")
@common.handles_errors
def list_articles(
    fmt: Annotated[
        common.TableFormat,
        typer.Option(
            "--format", "-f", help="auto: table on a terminal, plain (tab-separated) in a pipe."
        ),
    ] = common.TableFormat.auto,
    sort: Annotated[
        SortKey, typer.Option("--sort", help="Order: date (newest first), title, words, slug.")
    ] = SortKey.date,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Parse every file; neither read nor write the cache.")
    ] = False,
    color: common.ColorOption = common.Color.auto,
    library: common.LibraryOption = None,
) -> None:
    """List the library's articles: slug, date, title, authors, publisher, words, quotes."""
    common.use_options(color, library)
    catalog = common.open_catalog(no_cache=no_cache)
    entries = list(catalog.entries())
    common.report_skipped(catalog.skipped)
    if sort is SortKey.date:
        entries.sort(
            key=lambda e: (e.published is not None, e.published or 0, e.slug), reverse=True
        )
    elif sort is SortKey.title:
        entries.sort(key=lambda e: ((e.title or e.slug).casefold(), e.slug))
    elif sort is SortKey.words:
        entries.sort(key=lambda e: (-e.words, e.slug))
    else:
        entries.sort(key=lambda e: e.slug)
    records = [{k: v for k, v in e.to_dict().items() if k in COLUMNS} for e in entries]
    chosen = common.pick_format(fmt.value, "table", "plain")
    if chosen == "table":
        _print_table(records)
    elif chosen == "plain":
        for record in records:
            common.write_line([record[name] for name in COLUMNS])
    else:
        common.write_records(records, chosen, COLUMNS)
    if not entries:
        if not catalog.skipped:
            common.info(f"library {catalog.library.folder} holds no articles")
        raise typer.Exit(1)


#: Room a table needs past its slug and date columns before its other columns are
#: too narrow to read; a narrower terminal gets one block per article instead.
_TABLE_ROOM = 30


def _print_table(records: list[dict[str, object]]) -> None:
    from rich.table import Table
    from rich.text import Text

    from newsread.textsafe import sanitize

    console = common.stdout_console()
    slug_width = max((len(str(r["slug"])) for r in records), default=0)
    if console.width < slug_width + len("2022-07-04") + _TABLE_ROOM:
        from rich.padding import Padding

        for record in records:  # the slug whole on a line of its own, to copy
            console.print(Text(sanitize(str(record["slug"])), style="bold"), overflow="fold")
            rest = [record[name] for name in ("date", "title", "authors", "publisher")]
            shown = [", ".join(v) if isinstance(v, list) else str(v) for v in rest if v]
            shown += [f"{record['words']} words", f"{record['quotes']} quotes"]
            console.print(Padding(Text(sanitize(" · ".join(shown))), (0, 0, 0, 2)))
        return
    table = Table(box=None, header_style="bold", pad_edge=False)
    for name in COLUMNS:
        numeric = name in ("words", "quotes")
        keep_whole = numeric or name in ("slug", "date")  # a slug is copied: never broken
        table.add_column(
            name, justify="right" if numeric else "left", overflow="fold", no_wrap=keep_whole
        )
    for record in records:
        cells = []
        for name in COLUMNS:
            value = record[name]
            if isinstance(value, list):
                value = ", ".join(value)
            cells.append(Text(sanitize("" if value is None else str(value))))
        table.add_row(*cells)
    console.print(table)


@app.command()
@common.handles_errors
def add(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Markdown, .txt or .html files, or http(s):// URLs.", show_default=False
        ),
    ],
    slug: Annotated[
        str | None,
        typer.Option("--slug", metavar="SLUG", help="Name in the library (one source only)."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an article that has the same slug.")
    ] = False,
    library: common.LibraryOption = None,
    color: common.ColorOption = common.Color.auto,
) -> None:
    """Add articles to the library; HTML pages and URLs are converted to Markdown."""
    from newsread.errors import NewsreadError
    from newsread.importer import MAX_SLUG, LibraryFolderError
    from newsread.importer import add as add_source
    from newsread.library import library_dir, shipped_library

    common.use_options(color, library)
    if slug is not None and not slug.strip():
        raise NewsreadError("--slug needs a name; leave it out to name the article by its title")
    if slug and len(sources) > 1:
        raise NewsreadError("--slug names one article; give one source with it")
    folder = Path(library_dir(common.settings.library))
    if folder.resolve() == shipped_library().resolve():
        raise NewsreadError(
            "add needs a library of your own: give --library DIR, set $NEWSREAD_LIBRARY, "
            "or create ./articles (newsread never writes into its installed files)"
        )
    failed = 0
    for source in sources:
        try:
            added = add_source(source, folder, slug=slug, force=force)
        except LibraryFolderError:
            raise  # the same for every source: said once
        except NewsreadError as problem:
            common.error(str(problem))
            failed += 1
            continue
        if added.given_slug is not None:
            given = added.given_slug
            shown = given if len(given) <= 40 else given[:39] + "…"
            common.warn(
                f"--slug {shown!r} is not a slug as it stands; used {added.slug!r} "
                f"(a slug is lower-case words and hyphens, at most {MAX_SLUG} characters)"
            )
        if added.removed is not None and added.removed != added.path:
            common.info(f"replaced {added.slug}: removed {added.removed}, wrote {added.path}")
        else:
            verb = "replaced" if added.replaced else "added"
            common.info(f"{verb} {added.slug} ({added.path})")
        common.write_line([added.slug])
    if failed:
        raise typer.Exit(2)
