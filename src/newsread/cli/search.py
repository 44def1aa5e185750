"""`newsread search TERM...`: passages by keyword, highlighted on a terminal, grep-like in pipes."""

from __future__ import annotations

import enum
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from newsread.cli import common
from newsread.cli.application import app
from newsread.errors import NewsreadError
from newsread.textsafe import sanitize, sanitize_line

if TYPE_CHECKING:
    from rich.text import Text

    from newsread.model import Article
    from newsread.search import Hit, Passage

MAX_WIDTH = 100
MATCH_STYLE = "bold reverse"  # still visible where NO_COLOR drops colours
LOCATION_STYLE = "bold cyan"
CONTEXT_STYLE = "dim"  # context lent by the paragraphs around a hit
# grep's default: bold red, then reset.
_ANSI_MATCH = "\x1b[1;31m"
_ANSI_RESET = "\x1b[m"


class SearchFormat(enum.StrEnum):
    auto = "auto"
    terminal = "terminal"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


#: The fields of a hit as records give them, in this order (a header even with no hit).
_COLUMNS = (
    "ref", "paragraph", "section", "sentence", "match", "start", "end", "context",
    "context_before", "context_after",
)  # fmt: skip


@app.command()
@common.handles_errors
def search(
    terms: Annotated[
        list[str],
        typer.Argument(
            metavar="TERM...",
            help="Words or phrases; a paragraph must contain all of them (see --any).",
            show_default=False,
        ),
    ],
    article: common.ArticleOption = None,
    every: common.AllOption = False,
    any_term: Annotated[
        bool, typer.Option("--any", help="A paragraph matches when it contains any TERM.")
    ] = False,
    case_sensitive: Annotated[
        bool, typer.Option("--case-sensitive", help="Tell upper from lower case.")
    ] = False,
    word: Annotated[bool, typer.Option("--word", "-w", help="Match whole words only.")] = False,
    regex: Annotated[
        bool, typer.Option("--regex", "-E", help="TERMs are Python regular expressions.")
    ] = False,
    exact: Annotated[
        bool,
        typer.Option("--exact", help="No accent or typography folding (’ ≠ ', ï ≠ i, – ≠ -)."),
    ] = False,
    stem: Annotated[
        bool, typer.Option("--stem", help="Match word forms: advance finds advanced, advancing.")
    ] = False,
    context: Annotated[
        int,
        typer.Option(
            "--context", "-C", metavar="N", min=0, help="Show N sentences around each hit."
        ),
    ] = 0,
    count: Annotated[
        bool,
        typer.Option(
            "--count",
            "-c",
            help="Print only the number of matching paragraphs (title, caption and the like too).",
        ),
    ] = False,
    count_matches: Annotated[
        bool, typer.Option("--count-matches", help="Print only the number of matches.")
    ] = False,
    list_refs: Annotated[
        bool, typer.Option("-l", "--files-with-matches", help="Print only the REFs that match.")
    ] = False,
    fmt: Annotated[
        SearchFormat,
        typer.Option(
            "--format",
            "-f",
            help=(
                "auto: terminal when styled, plain in a pipe; or terminal, plain, json, "
                "jsonl, csv, tsv."
            ),
        ),
    ] = SearchFormat.auto,
    color: common.ColorOption = common.Color.auto,
    library: common.LibraryOption = None,
) -> None:
    """Find passages: each hit in its sentence, with the match highlighted.

    Case, accents and typography are folded (Kyiv finds Kyïv, Ukraine's finds
    Ukraine’s). Plain output is REF:PARAGRAPH:SENTENCE, one line per matching
    sentence. Exit status: 0 if something matched, 1 if nothing did, 2 on errors.
    """
    from newsread.search import Options, compile_query, iter_hits, prefilter

    common.use_options(color, library)
    if sum((count, count_matches, list_refs)) > 1:
        raise NewsreadError("use only one of --count, --count-matches and -l")
    chosen = common.pick_format(fmt.value, "terminal", "plain")

    # Compiled once, before any article is read: a bad pattern is refused at once.
    query = compile_query(tuple(terms), Options(any_term, case_sensitive, word, regex, exact, stem))

    def hits_in(loaded: Article) -> Iterator[Hit]:
        hits = iter_hits(loaded, query, context, first_in_unit=count)
        # Hits stream, so a text with millions of matches never sits in memory at once.
        return tally.counted(_budgeted(hits) if regex else hits)

    tally = _Tally()
    may_match = prefilter(terms, any_term=any_term, regex=regex, stem=stem)
    results = (
        (loaded.slug or loaded.source or "-", hits_in(loaded))
        for loaded in common.articles(article, every, may_match)
    )
    if count or count_matches or list_refs:

        def tallies() -> Iterator[dict[str, object]]:
            """Each article's count, or with -l each matching article's REF."""
            for ref, hits in results:
                before = tally.snapshot()
                if list_refs:
                    if next(hits, None) is not None:
                        yield {"ref": ref}
                    continue
                for _ in hits:
                    pass
                matches, units = tally.since(before)
                number = units if count else matches
                if number or not every:  # across a library, only the articles that match
                    yield {"ref": ref, "count": number}

        if chosen in common.RECORD_FORMATS:
            common.write_records(tallies(), chosen, ["ref"] if list_refs else ["ref", "count"])
        else:
            for record in tallies():
                ref = sanitize_line(str(record["ref"]))
                if list_refs:
                    common.write(ref + "\n")
                else:
                    common.write(f"{ref}:{record['count']}\n" if every else f"{record['count']}\n")

    elif chosen in common.RECORD_FORMATS:

        def records() -> Iterator[dict[str, object]]:
            flat = chosen in ("csv", "tsv")  # a cell holds text: the lent paragraphs' text
            for ref, hits in results:
                for h in hits:
                    record = {**h.to_dict(), "ref": h.ref or ref}
                    if flat:
                        record["context_before"] = " ".join(t for _, t in h.context_before)
                        record["context_after"] = " ".join(t for _, t in h.context_after)
                    yield record

        found: Iterable[dict[str, object]] = records()
        if regex and chosen == "json":
            # A runaway pattern is stopped with an error: found first, so that stdout
            # never holds half a JSON array.
            found = list(found)
        common.write_records(found, chosen, _COLUMNS)
    elif chosen == "plain":
        _write_plain(results, colour=common.colour(), context=context)
    else:
        for ref, hits in results:
            _print_terminal(hits, ref, context=context)
        common.info(tally.summary() if tally.matches else "no matches")
    if not tally.matches:
        raise typer.Exit(1)


#: CPU seconds a --regex search may spend on one article (a normal one takes milliseconds).
REGEX_SECONDS = 2.0
_RUNAWAY = (
    f"--regex: the pattern ran over {REGEX_SECONDS:g} s on one article (nested repeats such as "
    "'(a+)+' can take exponential time); simplify it"
)


def _budgeted(hits: Iterator[Hit]) -> Iterator[Hit]:
    """A user's regex may backtrack for ever on some text: a CPU budget per article,
    spent only while finding hits, not while the reader's output is written."""
    with common.cpu_limit(REGEX_SECONDS, _RUNAWAY) as paused:
        for hit in hits:
            with paused():
                yield hit


class _Tally:
    """Matches and matching units seen so far: the exit status and the summary, kept
    as counts so that no hit has to be kept. Units are told apart within each article
    (two files may share a slug: "a.md" and "a.txt")."""

    def __init__(self) -> None:
        self.matches = 0
        self.units = 0
        self.sections: Counter[str] = Counter()

    def counted(self, hits: Iterator[Hit]) -> Iterator[Hit]:
        """`hits` of one article, passed through and counted."""
        seen: set[tuple[str, int]] = set()
        for hit in hits:
            self.matches += 1
            if (hit.section, hit.paragraph) not in seen:
                seen.add((hit.section, hit.paragraph))
                self.units += 1
                self.sections[hit.section] += 1
            yield hit

    def snapshot(self) -> tuple[int, int]:
        return self.matches, self.units

    def since(self, before: tuple[int, int]) -> tuple[int, int]:
        return self.matches - before[0], self.units - before[1]

    def summary(self) -> str:
        """ "7 matches in 5 paragraphs", naming the title, caption, subheadings and embeds
        when they match."""
        body, embeds = self.sections["body"], self.sections["embed"]
        places: list[str] = []
        if body:
            places.append(_plural(body, "paragraph"))
        places += [f"the {s}" for s in ("title", "caption") if self.sections[s]]
        if self.sections["heading"]:
            places.append(_plural(self.sections["heading"], "subheading"))
        if embeds:
            places.append(_plural(embeds, "embedded post"))
        where = places[0] if len(places) == 1 else ", ".join(places[:-1]) + " and " + places[-1]
        return f"{_plural(self.matches, 'match', 'matches')} in {where}"


def _plain_line(passage: Passage, ref: str, *, colour: bool) -> str:
    spans = passage.spans() if colour else []
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        pieces.append(sanitize_line(passage.text[last:start]))
        pieces.append(_ANSI_MATCH + sanitize_line(passage.text[start:end]) + _ANSI_RESET)
        last = end
    pieces.append(sanitize_line(passage.text[last:]))
    location = passage.location.replace(" ", "")
    return f"{sanitize_line(passage.ref or ref)}:{location}:{''.join(pieces)}\n"


def _write_plain(
    results: Iterable[tuple[str, Iterable[Hit]]], *, colour: bool, context: int
) -> None:
    """One line per matching sentence (or context passage), like grep's one line per line;
    with context, a paragraph lent around it is a line of its own, marked as grep marks a
    context line (`REF-12-text`), and "--" parts passages that do not run on, and as grep
    parts files, one article's from the next's."""
    from newsread.search import iter_passages

    # The article (its place among those searched: two may share a ref) and the place in
    # its reading order of the last unit shown.
    last: tuple[int, int] | None = None
    for index, (ref, hits) in enumerate(results):
        for passage in iter_passages(
            hits
        ):  # pieces are sanitised already; the colour codes are ours
            passage_ref = sanitize_line(passage.ref or ref)
            first, end = passage.reach
            # Not next in reading order: a paragraph, a subheading or an embed stands between.
            if context and last is not None and last != (index, first - 1):
                sys.stdout.write("--\n")
            for number, text in passage.before:
                sys.stdout.write(f"{passage_ref}-{number}-{sanitize_line(text)}\n")
            sys.stdout.write(_plain_line(passage, ref, colour=colour))
            for number, text in passage.after:
                sys.stdout.write(f"{passage_ref}-{number}-{sanitize_line(text)}\n")
            last = (index, end)


def _highlighted(passage: Passage) -> Text:
    """The passage as Rich Text with styled spans; never parsed as markup.

    Each piece is sanitised on its own, so a control character made visible
    (one character becoming several) cannot shift a highlight.
    """
    from rich.text import Text

    text = Text()
    last = 0
    for start, end in passage.spans():
        text.append(sanitize(passage.text[last:start]))
        text.append(sanitize(passage.text[start:end]), style=MATCH_STYLE)
        last = end
    text.append(sanitize(passage.text[last:]))
    return text


#: Rows a terminal table takes before it is printed and a new one begun, so that a text
#: with a million passages never builds a million-row table.
TABLE_ROWS = 500


def _print_terminal(hits: Iterable[Hit], ref: str, *, context: int) -> None:
    """Passages as rows under each article's ref; with context, a location ends as grep
    marks its lines, "12:" for a hit's paragraph and "11-" for one lent around it, so
    that lent rows are told apart where no dim style shows (NO_COLOR, TERM=dumb)."""
    from rich.table import Table
    from rich.text import Text

    from newsread.search import iter_passages

    console = common.stdout_console()
    width = min(console.width, MAX_WIDTH)
    current: str | None = None
    table: Table | None = None
    location_width = 0  # kept from one table to the next, so their columns line up
    hit_mark, lent_mark = (":", "-") if context else ("", "")
    for passage in iter_passages(hits):
        passage_ref = passage.ref or ref
        if passage_ref != current or table is None or table.row_count >= TABLE_ROWS:
            if table is not None:
                console.print(table, width=width)
            if passage_ref != current:
                console.print(Text(sanitize_line(passage_ref), style="dim"), width=width)
                location_width = 0
            table = Table.grid(padding=(0, 2))
            table.add_column(justify="right", no_wrap=True, min_width=location_width)
            table.add_column(overflow="fold")
            current = passage_ref
        location = passage.location + hit_mark
        location_width = max(location_width, len(location))
        # Paragraphs lent as context: rows of their own, set apart in dim type.
        rows = [
            (Text(f"{number}{lent_mark}", CONTEXT_STYLE), Text(sanitize(lent), CONTEXT_STYLE))
            for number, lent in passage.before
        ]
        rows.append((Text(location, style=LOCATION_STYLE), _highlighted(passage)))
        rows += [
            (Text(f"{number}{lent_mark}", CONTEXT_STYLE), Text(sanitize(lent), CONTEXT_STYLE))
            for number, lent in passage.after
        ]
        for row in rows:
            table.add_row(*row)
    if table is not None:
        console.print(table, width=width)


def _plural(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else (many or one + 's')}"
