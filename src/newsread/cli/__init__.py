"""The command-line layer: Typer commands that map options onto the core and render results.

Importing this package must stay cheap (no Rich, no command bodies): each command
imports what it needs when it runs.
"""

from __future__ import annotations

from newsread.cli.app import app, main

__all__ = ["app", "main"]
