"""The Typer application, global options, and error handling shared by every command."""

from __future__ import annotations

import difflib
import importlib
import sys
from collections.abc import Iterable
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from newsread import __version__
from newsread.cli import common


class NewsreadGroup(TyperGroup):
    """Runs commands so that every failure is one plain line on stderr with grep's exit codes."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        standalone = kwargs.pop("standalone_mode", True)
        kwargs.setdefault("prog_name", "newsread")
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except typer.Abort:
            code = 130
        except Exception as error:  # click's own exception types are not public in Typer
            code = _usage_error(error)
        if not standalone:
            return code
        sys.exit(code if isinstance(code, int) else 0)


def _usage_error(error: Exception) -> int:
    """Format a click usage error as one line; anything else is a real bug and re-raised."""
    format_message = getattr(error, "format_message", None)
    exit_code = getattr(error, "exit_code", None)
    if format_message is None or not isinstance(exit_code, int):
        raise error
    message = str(format_message())
    if type(error).__name__ == "NoArgsIsHelpError":  # bare `newsread`: the help, as written
        sys.stderr.write(message + "\n")
        return exit_code
    param = getattr(error, "param", None)
    choices = getattr(getattr(param, "type", None), "choices", None)
    bad = _bad_value(message)
    if choices and bad:
        names = [str(getattr(c, "value", c)) for c in choices]
        close = difflib.get_close_matches(bad, names, n=1, cutoff=0.4)
        if close:
            message += f" Did you mean {close[0]!r}?"
    ctx = getattr(error, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    common.error(message.replace("\n", " ") + hint)
    return exit_code


def _bad_value(message: str) -> str | None:
    # click: "Invalid value for '--style': 'apx' is not one of 'apa', 'mla'."
    marker = ": '"
    if "is not one of" not in message or marker not in message:
        return None
    return message.split(marker, 1)[1].split("'", 1)[0]


app = typer.Typer(
    cls=NewsreadGroup,
    name="newsread",
    help="Read, quote, search and cite news articles.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"newsread {__version__}\n")
        raise typer.Exit()


@app.callback()
def _global(
    color: common.ColorOption = common.Color.auto,
    library: common.LibraryOption = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Read, quote, search and cite news articles.

    Output is styled on a terminal and plain (one record a line) in a pipe.
    Exit codes: 0 found, 1 nothing found, 2 usage or input error.
    """
    common.settings.color = color
    common.settings.library = library


#: The module that defines each command, so that a run imports only the command it runs
#: (the others are imported for help and for suggestions on a misspelt command).
COMMANDS = {
    "show": "show",
    "quotes": "quotes",
    "search": "search",
    "cite": "cite",
    "list": "catalog",
    "add": "catalog",
}
_GLOBAL_OPTIONS_WITH_VALUES = {"--color", "--library"}


def register(names: Iterable[str] | None = None) -> typer.Typer:
    """Import the modules that add the named commands (all by default) to `app`."""
    wanted = [COMMANDS[name] for name in names] if names is not None else COMMANDS.values()
    for module in dict.fromkeys(wanted):
        importlib.import_module(f"newsread.cli.{module}")
    return app


def _command_in(argv: list[str]) -> str | None:
    """The command a command line runs, if it names one (global options come first)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _GLOBAL_OPTIONS_WITH_VALUES:
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def main() -> None:
    """Console-script entry point."""
    try:
        command = _command_in(sys.argv[1:])
        register([command] if command else None)  # imports the command: Ctrl-C may land here
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    finally:
        common.close_stdout()
