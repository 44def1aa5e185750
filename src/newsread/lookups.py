"""Answers that each cost a read of the whole article, remembered and bounded.

The speaker rules ask the article about a word ("is it written as a name
anywhere?", "where is it first?", "what does this abbreviation stand for?").
Each answer reads every paragraph, so an article is allowed a fixed number of
them: past the bound a new word gets the caller's default, and the work per
article stays linear however many names it holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

#: How many different words one article may have looked up, per kind of question.
MOST_LOOK_UPS = 64

_V = TypeVar("_V")


def look_up(answers: dict[str, _V], word: str, find: Callable[[str], _V], default: _V) -> _V:
    """`find(word)`, remembered in `answers`; `default` for a new word once
    `answers` holds MOST_LOOK_UPS of them."""
    if word in answers:
        return answers[word]
    if len(answers) >= MOST_LOOK_UPS:
        return default
    answers[word] = found = find(word)
    return found
