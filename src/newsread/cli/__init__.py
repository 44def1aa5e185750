"""The command-line layer: Typer commands that map options onto the core and render results.

Importing this package must stay cheap (no Rich, no command bodies): the console
script registers only the command it runs, and each command imports what it needs
when it runs. `newsread.cli.app` (for tests and embedding) has every command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsread.cli.application import main

if TYPE_CHECKING:
    import typer

__all__ = ["app", "main"]


def __getattr__(name: str) -> typer.Typer:
    if name == "app":
        from newsread.cli.application import register

        return register()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
