"""What every command shares: options, the stdout/stderr split, formats and error handling.

stdout carries only data; messages go to stderr as one plain line each. Rich is
imported only when output is styled for a terminal.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import functools
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from newsread.errors import NewsreadError
from newsread.textsafe import dumps_json, sanitize, sanitize_line

if TYPE_CHECKING:
    from rich.console import Console

    from newsread.catalog import Catalog
    from newsread.model import Article


class Color(enum.StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


@dataclass
class Settings:
    """Global options, set by the app callback; a command's own option overrides them."""

    color: Color = Color.auto
    library: Path | None = None


settings = Settings()

ArticleOption = Annotated[
    str | None,
    typer.Option(
        "-a",
        "--article",
        metavar="REF",
        help="A file path, '-' for stdin, or a slug (or unique prefix) in the library.",
    ),
]


def _library_folder(value: str) -> Path:
    """--library's folder; an empty one is a mistake, never the current folder."""
    if not value.strip():
        raise typer.BadParameter("needs a folder")
    return Path(value)


LibraryOption = Annotated[
    Path | None,
    typer.Option(
        "--library",
        metavar="DIR",
        parser=_library_folder,
        help="Library folder (default: $NEWSREAD_LIBRARY, ./articles, the shipped articles).",
        show_default=False,
    ),
]
ColorOption = Annotated[
    Color,
    typer.Option("--color", help="Colour and styling: auto (terminal only), always or never."),
]


def use_options(color: Color | None = None, library: Path | None = None) -> None:
    """Apply a command's own --color/--library over the global ones."""
    if color is not None and color is not Color.auto:
        settings.color = color
    if library is not None:
        settings.library = library


class TableFormat(enum.StrEnum):
    """Formats of a listing whose records fit a table (list, quotes)."""

    auto = "auto"
    table = "table"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


def pick_format(value: str, terminal: str, piped: str) -> str:
    """Resolve `--format auto` by where stdout goes: the terminal layout on a terminal,
    plain records in a pipe. Colour is a separate choice (see `colour`)."""
    if value != "auto":
        return value
    return terminal if sys.stdout.isatty() else piped


def colour() -> bool:
    """Whether output may carry styling escapes (colour, bold, highlights).

    --color wins; then NO_COLOR (off), FORCE_COLOR (on) and TERM=dumb (off); by
    default only a terminal gets them. It never changes the layout: `--color always`
    in a pipe colours the plain records, NO_COLOR on a terminal keeps the layout.
    """
    if settings.color is Color.always:
        return True
    if settings.color is Color.never or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


def stdout_console(*, width: int | None = None) -> Console:
    """A Rich console for stdout that never interprets markup, emoji or highlights in data;
    without colour it writes no escape sequence at all."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            # Rich would exit 1; a reader who closed the pipe (`| head -1`) got what it
            # wanted, so the closed pipe goes to `handles_errors`, which exits 0.
            self.quiet = True
            raise BrokenPipeError

    styled = colour()
    return _Console(
        file=sys.stdout,
        force_terminal=styled,
        color_system="auto" if styled else None,
        markup=False,
        emoji=False,
        highlight=False,
        width=width,
    )


# -- messages ---------------------------------------------------------------------------


def error(message: str) -> None:
    """One line on stderr; control characters from user data are made visible."""
    sys.stderr.write(f"newsread: {sanitize_line(message)}\n")


def warn(message: str) -> None:
    sys.stderr.write(f"newsread: warning: {sanitize_line(message)}\n")


def info(message: str) -> None:
    """A summary or hint for people; stderr, so pipes see only data."""
    sys.stderr.write(sanitize_line(message) + "\n")


def close_stdout() -> None:
    """Flush stdout at exit; a reader that went away (`| head -1`) is not an error."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except (OSError, ValueError):
        pass


def _silence_stdout() -> None:
    # Point fd 1 at /dev/null so the interpreter's final flush cannot fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


F = TypeVar("F", bound=Callable[..., Any])


@contextlib.contextmanager
def cpu_limit(
    seconds: float, message: str
) -> Iterator[Callable[[], contextlib.AbstractContextManager[None]]]:
    """Stop a computation that runs away, such as a user's regex that backtracks
    catastrophically (Python's `re` has no timeout of its own).

    It counts CPU time (ITIMER_VIRTUAL), not wall time, so a slow pager or pipe never
    trips it. It yields `paused`: the clock stops inside ``with paused():``, for work
    that is not the computation's own (writing its results out). Where timers or
    signals are unavailable (Windows, a worker thread), it does nothing.
    """
    import signal
    import threading

    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield contextlib.nullcontext
        return

    def expired(signum: int, frame: object) -> None:
        raise NewsreadError(message)

    @contextlib.contextmanager
    def paused() -> Iterator[None]:
        left, _ = signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_VIRTUAL, max(left, 1e-6))

    previous = signal.signal(signal.SIGVTALRM, expired)
    outer = signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield paused
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, *outer)  # whatever timer ran before
        signal.signal(signal.SIGVTALRM, previous)


#: Errors only writing can meet: a full disk or quota, a file grown too large.
_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def _stdout_failed() -> bool:
    """Whether stdout itself cannot take output: a flush fails (what is left in its buffer
    is what could not be written)."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        return True
    return False


def handles_errors(function: F) -> F:
    """Turn core errors into one stderr line and an exit code; a closed pipe into exit 0."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _skipped.clear()
        try:
            result = function(*args, **kwargs)
            sys.stdout.flush()
            if _skipped:
                raise typer.Exit(2)
            return result
        except typer.Exit as ended:
            if ended.exit_code == 1 and _skipped:  # nothing found, but not all was read
                raise typer.Exit(2) from None
            raise
        except NewsreadError as problem:
            error(str(problem))
            raise typer.Exit(problem.exit_code) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None
        except Exception as bug:  # a fault in newsread itself, not in what it was given
            if isinstance(bug, OSError) and (
                bug.errno in _WRITE_ERRORS or (bug.errno == errno.EBADF and _stdout_failed())
            ):
                # "newsread cite > /dev/full": the output had nowhere to go; no bug.
                _silence_stdout()
                with contextlib.suppress(OSError, ValueError):
                    error(f"cannot write output: {bug.strerror or bug}")
                raise typer.Exit(2) from None
            # Typer's exits and usage errors are exceptions too; they are handled above.
            if os.environ.get("NEWSREAD_DEBUG") or type(bug).__module__.startswith(
                ("typer", "click")
            ):
                raise
            error(
                f"internal error: {type(bug).__name__}: {bug} (a bug in newsread; run again "
                "with NEWSREAD_DEBUG=1 for the traceback to report)"
            )
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


# -- input ------------------------------------------------------------------------------


def load(ref: str | None, library: Path | None = None) -> Article:
    """The article a command works on; its reading warnings go to stderr."""
    from newsread.library import open_article

    if ref == "-" and sys.stdin is not None and sys.stdin.isatty():
        raise NewsreadError(
            "'-a -' reads an article from stdin, but nothing is piped in "
            "(try: cat article.md | newsread show -a -; see 'newsread --help')"
        )
    return _reported(open_article(ref, library or settings.library))


def _reported(article: Article) -> Article:
    """The article, its reading warnings gone to stderr."""
    for message in article.warnings:
        warn(f"{article.source}: {message}")
    return article


def load_with_quotes(ref: str | None) -> tuple[Article, list[dict[str, Any]] | None]:
    """The article a command works on, with its quotes (`Quote.to_dict()` records) when
    the library cache has them; None for quotes still to find (stdin, no cache, a file
    that cannot be read and is read afresh to say why). Reading warnings go to stderr."""
    if ref == "-":
        return load(ref), None
    from newsread.catalog import Catalog
    from newsread.library import Library, article_path

    path = article_path(ref, settings.library)  # resolved once, cached or not
    catalog = Catalog(Library(path.parent))
    try:
        found = catalog.article(path)
    finally:
        catalog.close()
    if found is None:
        return load(str(path)), None
    article, records = found
    return _reported(article), records


def open_catalog(*, no_cache: bool = False) -> Catalog:
    """The library as a whole (for list and --all), cached unless asked not to."""
    from newsread.catalog import Catalog
    from newsread.library import Library, library_dir

    return Catalog(Library(library_dir(settings.library)), use_cache=not no_cache)


AllOption = Annotated[
    bool,
    typer.Option("--all", help="Every article in the library; each record names its article."),
]


def one_source(ref: str | None, every: bool) -> None:
    """-a names one article and --all means every article: asking for both is an error."""
    if every and ref is not None:
        raise NewsreadError("give either -a/--article or --all, not both")


def articles(
    ref: str | None, every: bool, may_match: Callable[[str], bool] | None = None
) -> Iterator[Article]:
    """The articles a command works on: the one `-a` names, or with --all the whole library,
    streamed one at a time (unreadable files are reported on stderr and skipped).
    `may_match` lets the library skip articles a search cannot match."""
    if not every:
        yield load(ref)
        return
    one_source(ref, every)
    catalog = open_catalog()
    try:
        yield from catalog.articles(may_match)
        if not catalog.paths:
            info(f"library {catalog.library.folder} holds no articles")
    finally:
        catalog.close()
        report_skipped(catalog.skipped)


def report_skipped(problems: Sequence[str]) -> None:
    """Library files that could not be read: one warning each, the rest still listed,
    and the exit status 2 at the end, as grep's after a file it could not read. An empty
    file (a draft) was read, and has nothing in it: a warning alone."""
    from newsread.article import is_empty_error

    for problem in problems:
        warn(f"skipped {problem}")
    _skipped.extend(problem for problem in problems if not is_empty_error(problem))


#: What `report_skipped` reported in this command that could not be read: its exit
#: status is then 2.
_skipped: list[str] = []


# -- output -----------------------------------------------------------------------------


def write(text: str) -> None:
    """Untrusted text to stdout, control characters neutralised."""
    sys.stdout.write(sanitize(text))


def write_line(fields: Sequence[object]) -> None:
    """One record as one tab-separated line (lists joined with "; ", None as empty)."""
    sys.stdout.write("\t".join(_cell(field, "tsv") for field in fields) + "\n")


def write_json(data: Any) -> None:
    sys.stdout.write(dumps_json(data, indent=2) + "\n")


#: The formats `write_records` writes: data a program reads, even when there is none.
RECORD_FORMATS = frozenset({"json", "jsonl", "csv", "tsv"})


def write_records(
    records: Iterable[Mapping[str, Any]], fmt: str, columns: Sequence[str] | None = None
) -> int:
    """Write records as json, jsonl, csv or tsv; returns how many were written.

    The one place record formats are produced, so every listing command behaves alike.
    """
    count = 0
    if fmt == "json":  # one array, streamed record by record once the first one is found
        for record in records:
            item = dumps_json(record, indent=2).replace("\n", "\n  ")
            sys.stdout.write(("," if count else "[") + "\n  " + item)
            count += 1
        sys.stdout.write("\n]\n" if count else "[]\n")
        return count
    if fmt == "jsonl":
        for record in records:
            sys.stdout.write(dumps_json(record) + "\n")
            count += 1
        return count
    if fmt in ("csv", "tsv"):
        import csv

        writer: Any = None
        for record in records:
            if writer is None:
                fields = list(columns or record.keys())
                if fmt == "csv":
                    writer = csv.writer(sys.stdout, lineterminator="\n")
                else:
                    writer = _TsvWriter()
                writer.writerow(fields)
            writer.writerow([_cell(record.get(name), fmt) for name in fields])
            count += 1
        if writer is None and columns:
            (
                csv.writer(sys.stdout, lineterminator="\n") if fmt == "csv" else _TsvWriter()
            ).writerow(list(columns))
        return count
    raise ValueError(f"unknown record format {fmt!r}")


def _cell(value: Any, fmt: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    return sanitize_line(text) if fmt == "tsv" else sanitize(text)


class _TsvWriter:
    """Tab-separated values with no quoting: fields never hold tabs or newlines."""

    def writerow(self, row: Sequence[str]) -> None:
        sys.stdout.write("\t".join(sanitize_line(str(cell)) for cell in row) + "\n")
