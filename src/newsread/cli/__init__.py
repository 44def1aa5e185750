"""The command-line layer: Typer commands that map options onto the core and render results.

Importing this package must stay cheap (no Rich, no command bodies): the console
script registers only the command it runs, and each command imports what it needs
when it runs. `newsread.cli.app` (for tests and embedding) has every command.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point. Typer and the command load here, inside the guard, so
    that Ctrl-C while they load exits 130 without a traceback, as it does later on."""
    try:
        _standard_streams()
        from newsread.cli.application import main as run
    except KeyboardInterrupt:
        sys.exit(130)
    run()


def _standard_streams() -> None:
    """Streams a command can always write to: no output at all is an error, as grep
    makes it ("newsread list >&-"); no stderr is one with nowhere to say so; and a
    terminal or pipe whose encoding lacks a character (curly quotes in Latin-1) gets a
    stand-in for it, not a crash."""
    import os

    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (kept open)
    if sys.stdout is None:
        sys.stderr.write("newsread: cannot write output: standard output is closed\n")
        sys.exit(2)
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    chosen = ":" in os.environ.get("PYTHONIOENCODING", "")  # the user's own error handler
    strict = getattr(sys.stdout, "errors", "strict") == "strict"
    if encoding not in {"utf8", "utf8sig"} and reconfigure is not None and strict and not chosen:
        reconfigure(errors="replace")


def __getattr__(name: str) -> typer.Typer:
    if name == "app":
        from newsread.cli.application import register

        return register()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
