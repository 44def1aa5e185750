"""Errors the core raises for bad input; the CLI turns them into one line on stderr."""

from __future__ import annotations


class NewsreadError(Exception):
    """A problem with the user's input, not a bug: shown without a traceback.

    `exit_code` follows grep: 2 for usage or input errors.
    """

    exit_code = 2


class ArticleError(NewsreadError):
    """An article file that cannot be read or parsed."""


class LibraryError(NewsreadError):
    """A library folder or article reference that cannot be resolved."""
