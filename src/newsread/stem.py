"""A small English suffix stemmer for `search --stem`.

It only undoes inflection (plural and third-person -s/-es/-ies, -ed, -ing, the
possessive 's), which is what a reader means by "any form of advance". It does
not try derivation (-ness, -ment, -ly): those change the meaning often enough
that a silent match would surprise. Two forms match when their stems are equal;
the stems themselves are keys, not words (advance, advanced → "advanc").
"""

from __future__ import annotations

from functools import lru_cache

from newsread.wordlists import word_set

_VOWELS = frozenset("aeiouy")
_APOSTROPHES = ("'", "’")
# A doubled final consonant is undone after -ed/-ing (stopped → stop), except
# these letters, which English doubles in the base form too (kill, miss, buzz).
_KEEP_DOUBLE = frozenset("lsz")
# Words whose final -s is not an inflection: "news" is not "new", "means" not "mean".
_INVARIANT = word_set(
    "news series species means politics economics physics mathematics athletics "
    "always perhaps lens chaos bias atlas canvas whereas"
)


def _has_vowel(text: str) -> bool:
    return any(ch in _VOWELS for ch in text)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem key of one word (expects lower-case text for case-insensitive use)."""
    w = word
    for apostrophe in _APOSTROPHES:
        if w.endswith(apostrophe + "s"):
            w = w[:-2]
        elif w.endswith(apostrophe):  # plural possessive: soldiers'
            w = w[:-1]
    if len(w) <= 3:
        return _y_to_i(w)
    if w in _INVARIANT:
        return w
    if w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        base = w[: -len(suffix)]
        if w.endswith(suffix) and len(base) >= 3 and _has_vowel(base):
            w = base
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in _VOWELS | _KEEP_DOUBLE:
                w = w[:-1]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return _y_to_i(w)


def _y_to_i(w: str) -> str:
    """try, tries, tried share "tri"; day keeps its y."""
    if len(w) > 2 and w.endswith("y") and w[-2] not in _VOWELS:
        return w[:-1] + "i"
    return w
