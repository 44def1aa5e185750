"""`newsread quotes`: every quotation in an article with its speaker, by speaker or kind."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from newsread.cli import common
from newsread.cli.app import app

if TYPE_CHECKING:
    from newsread.quotes import Quote, SpeakerSummary

COLUMNS = ("paragraph", "speaker", "kind", "text", "mention", "cue", "start", "end")
SUMMARY_COLUMNS = ("speaker", "quotes", "words")


class QuotesFormat(enum.StrEnum):
    auto = "auto"
    table = "table"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


class QuoteKind(enum.StrEnum):
    default = "default"
    direct = "direct"
    partial = "partial"
    scare = "scare"
    all = "all"


@app.command()
@common.handles_errors
def quotes(
    article: common.ArticleOption = None,
    speaker: Annotated[
        list[str] | None,
        typer.Option(
            "--speaker",
            "-s",
            metavar="NAME",
            help="Only quotes whose speaker's name contains NAME (any case or accents); "
            "repeat for several speakers.",
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        QuoteKind,
        typer.Option(
            "--kind",
            "-k",
            help="direct, partial, scare (titles, nicknames, chants) or all; "
            "default: direct and partial.",
            show_default=False,
        ),
    ] = QuoteKind.default,
    speakers: Annotated[
        bool,
        typer.Option("--speakers", help="List who is quoted: quotes and words each."),
    ] = False,
    fmt: Annotated[
        QuotesFormat,
        typer.Option(
            "--format",
            "-f",
            help="auto: table on a terminal, plain in a pipe; or table, plain, json, jsonl, "
            "csv, tsv.",
        ),
    ] = QuotesFormat.auto,
    color: common.ColorOption = common.Color.auto,
    library: common.LibraryOption = None,
) -> None:
    """List an article's quotations with their speakers, in article order.

    Plain output is one quote a line: paragraph, speaker, kind and text, tab-separated.
    Exit status: 0 if quotes were found, 1 if none were, 2 on errors.
    """
    from newsread.quotes import extract_quotes, speaker_matches, speaker_summary, suggest_speakers

    common.use_options(color, library)
    loaded = common.load(article)
    found = extract_quotes(loaded)
    if kind is QuoteKind.default:
        chosen = [q for q in found if q.kind != "scare"]
    elif kind is QuoteKind.all:
        chosen = found
    else:
        chosen = [q for q in found if q.kind == kind.value]
    if speaker:
        wanted = [q for q in chosen if any(speaker_matches(q, name) for name in speaker)]
        if not wanted:
            names = ", ".join(f"'{name}'" for name in speaker)
            close = [s for name in speaker for s in suggest_speakers(name, chosen)]
            hint = f"; did you mean {' or '.join(dict.fromkeys(close))}?" if close else ""
            common.info(f"no quotes by {names}{hint}")
            raise typer.Exit(1)
        chosen = wanted
    if not chosen:
        common.info("no quotes found")
        raise typer.Exit(1)
    style = fmt.value
    if style == "auto":
        style = "table" if common.styled() else "plain"
    if speakers:
        _write_summary(speaker_summary(chosen), style)
    else:
        _write_quotes(chosen, style)


def _write_quotes(chosen: Sequence[Quote], style: str) -> None:
    if style == "plain":
        for quote in chosen:
            common.write_line([quote.paragraph, quote.speaker, quote.kind, quote.text])
    elif style == "table":
        _print_table(chosen)
    else:
        common.write_records((_record(q) for q in chosen), style, COLUMNS)


def _record(quote: Quote) -> dict[str, object]:
    data = quote.to_dict()
    return {name: data[name] for name in COLUMNS}


def _write_summary(summary: Sequence[SpeakerSummary], style: str) -> None:
    if style == "plain":
        for entry in summary:
            common.write_line([entry.speaker, entry.quotes, entry.words])
    elif style == "table":
        from rich.table import Table

        table = Table("Speaker", "Quotes", "Words", box=None, header_style="bold")
        for entry in summary:
            table.add_row(entry.speaker, str(entry.quotes), str(entry.words))
        common.stdout_console().print(table)
    else:
        common.write_records((s.to_dict() for s in summary), style, SUMMARY_COLUMNS)


def _print_table(chosen: Sequence[Quote]) -> None:
    """Speaker, the quote in curly marks, then where it stands and what kind it is."""
    from rich.text import Text

    from newsread.textsafe import sanitize_line

    console = common.stdout_console()
    for index, quote in enumerate(chosen):
        if index:
            console.print()
        head = Text(sanitize_line(quote.speaker or "(unknown speaker)"), style="bold")
        head.append(f"  ¶{quote.paragraph} · {quote.kind}", style="dim")
        console.print(head)
        console.print(Text("“" + sanitize_line(quote.text) + "”"))
