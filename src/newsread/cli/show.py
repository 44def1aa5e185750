"""`newsread show`: read an article, styled on a terminal, plain in a pipe."""

import enum
from typing import Annotated

import typer

from newsread.cli import common
from newsread.cli.application import app


class ShowFormat(enum.StrEnum):
    auto = "auto"
    rich = "rich"
    text = "text"
    markdown = "markdown"
    json = "json"


@app.command()
@common.handles_errors
def show(
    article: common.ArticleOption = None,
    fmt: Annotated[
        ShowFormat,
        typer.Option(
            "--format",
            "-f",
            help="auto: rich on a terminal, text in a pipe; or rich, text, markdown, json.",
        ),
    ] = ShowFormat.auto,
    pager: Annotated[
        bool | None,
        typer.Option("--pager/--no-pager", help="Page long output (default: on a terminal)."),
    ] = None,
    color: common.ColorOption = common.Color.auto,
    library: common.LibraryOption = None,
) -> None:
    """Show an article: title block, caption, body, embeds and source."""
    common.use_options(color, library)
    loaded = common.load(article)
    chosen = common.pick_format(fmt.value, "rich", "text")
    if chosen == "json":
        from newsread.model import article_to_dict

        common.write_json(article_to_dict(loaded))
    elif chosen == "text":
        from newsread.cli.show_plain import render_text

        common.write(render_text(loaded))
    elif chosen == "markdown":
        from newsread.cli.show_plain import render_markdown

        common.write(render_markdown(loaded))
    else:
        from newsread.cli.show_rich import print_article

        print_article(loaded, pager=pager)
