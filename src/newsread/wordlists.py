"""Word lists written as one string: the form every rule table in newsread uses."""

from __future__ import annotations


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of a list written as one string, for readability."""
    return frozenset(words.split())
