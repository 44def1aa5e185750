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
        from newsread.cli.application import main as run
    except KeyboardInterrupt:
        sys.exit(130)
    run()


def __getattr__(name: str) -> typer.Typer:
    if name == "app":
        from newsread.cli.application import register

        return register()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
