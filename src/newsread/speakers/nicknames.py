"""Nicknames in quotation marks inside a name: 'Mayor Rodel "Dodong" Lacsamana'.

Such a nickname splits the name in two for every rule that reads names, so the quote
engine reads a paragraph without it (`nicknames_in_names` finds where), and `Names`
reads the text as written for the nickname, which then stands for the name in full.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsread.lazyre import lazy_compile
from newsread.speakers.words import NOT_NAME, bare_word
from newsread.wordlists import CAPITALS, PARTICLE_GAP

#: A nickname, its marks and the space after it, before the rest of the name (maybe
#: after particles). Found from its opening mark, so the matcher tries few places.
NICKNAME = lazy_compile(
    rf"[\"“‘']([{CAPITALS}][\w\-]+(?:[ \u00a0][{CAPITALS}][\w\-]+){{0,2}})"  # "Eddie Boy"
    rf"[\"”’'][ \u00a0](?={PARTICLE_GAP}[{CAPITALS}])"
)


#: How every `NICKNAME` ends: a word, its closing mark, a space and a capital, maybe
#: after particles.
_NICKNAME_END = lazy_compile(rf"[\w\-][\"”’'][ \u00a0]{PARTICLE_GAP}[{CAPITALS}]")


#: The name's word right before the nickname: 'Rodel', 'J.' in 'J. "Bud" Lee'.
_WORD_BEFORE = lazy_compile(rf"(?<![\w'’\-.])[{CAPITALS}][\w'’\-]*\.?[ \u00a0]$")


_SPACES = frozenset(" \u00a0")


#: The most characters a nickname of three words takes, marks and space counted.
_LONGEST = 60


def may_give_nickname(text: str) -> bool:
    """Whether a text holds `_NICKNAME_END`: the cheap test before `NICKNAME` is looked
    for (it is in ~1 paragraph in 70). `str.find` goes to each closing mark at C speed,
    where a pattern opening on a character set tests every character in turn."""
    for mark in "\"”’'":
        at = text.find(mark, 1)
        while at >= 0:
            # The cheap test first: an opening mark stands before a letter.
            if text[at + 1 : at + 2] in _SPACES and _NICKNAME_END.match(text, at - 1):
                return True
            at = text.find(mark, at + 1)
    return False


def nicknames_in_names(text: str, quotations: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the quotations (opening mark, one past the closing mark), those that are a
    nickname between two words of a name, each with the space after it: the text
    without them reads 'Mayor Rodel Lacsamana'. Not after a small word a sentence
    opens with ('The "Iron" Duke')."""
    found = []
    for open_at, close_end in quotations:
        if close_end - open_at > _LONGEST or not text[open_at + 1 : open_at + 2].isupper():
            continue  # the cheap tests first: most quotations are long, or open in lower case
        nickname = NICKNAME.match(text, open_at)
        if nickname is None or nickname.end() != close_end + 1:
            continue
        before = _WORD_BEFORE.search(text, max(0, open_at - 40), open_at)
        if before is not None and bare_word(before[0].rstrip()) not in NOT_NAME:
            found.append((open_at, nickname.end()))
    return found
