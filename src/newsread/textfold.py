"""Folding text for matching (case, accents, typography) with a map back to the original.

Search compares folded text, but it has to report and highlight the reader's own
characters, so every fold here works one character at a time: the folded text is
the concatenation of each original character's fold, which is what lets a folded
offset be traced back to the character it came from.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from itertools import accumulate

# Curly quotes, primes, guillemets and dashes collapse to their ASCII keyboard forms,
# because that is what people type in a search.
_TYPOGRAPHY: dict[str, str] = {
    **dict.fromkeys("‘’‚‛′‵`´ʹʻʼʽˈ＇", "'"),
    **dict.fromkeys("“”„‟″‶«»〝〞〟＂", '"'),
    **dict.fromkeys("‐‑‒–—―−⁃﹘﹣－⸺⸻", "-"),
}

# Letters that carry no combining mark in Unicode but are read as accented Latin letters.
_LETTERS: dict[str, str] = {
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
    "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ẞ": "SS",
    "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D",
}  # fmt: skip

# Invisible characters that only steer line breaking or joining.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _loose(char: str) -> str:
    """Typography and accent fold of one character."""
    if char in _INVISIBLE:
        return ""
    if char in _TYPOGRAPHY:
        return _TYPOGRAPHY[char]
    if char in _LETTERS:
        return _LETTERS[char]
    if char.isascii():
        return char
    category = unicodedata.category(char)
    if category in ("Mn", "Me"):
        return ""
    if category == "Zs":
        return " "
    decomposed = unicodedata.normalize("NFKD", char)
    base = _strip_marks(decomposed)
    # Only letters that had accents lose them; anything else (ligatures, full-width
    # forms, "…") takes its compatibility form but stays composed (Hangul, kana).
    out = base if base != decomposed else unicodedata.normalize("NFKC", char)
    return "".join(_TYPOGRAPHY.get(ch, ch) for ch in out)


def fold_char(char: str, *, casefold: bool = True, loose: bool = True) -> str:
    """The fold of a single character; may be empty (a dropped mark) or longer ("ß" → "ss")."""
    out = _loose(char) if loose else char
    if casefold:
        out = out.casefold()
        if loose:  # casefold can bring marks back ("İ" → "i̇")
            out = _strip_marks(out)
    return out


class _Table(dict[int, str]):
    """A str.translate table that fills itself in on first sight of each character."""

    def __init__(self, casefold: bool, loose: bool) -> None:
        super().__init__()
        self.casefold = casefold
        self.loose = loose

    def __missing__(self, key: int) -> str:
        value = fold_char(chr(key), casefold=self.casefold, loose=self.loose)
        self[key] = value
        return value


class Folder:
    """One folding mode; keeps its per-character table warm across texts."""

    def __init__(self, *, casefold: bool = True, loose: bool = True) -> None:
        self.casefold = casefold
        self.loose = loose
        self._table = _Table(casefold, loose)

    @property
    def identity(self) -> bool:
        return not (self.casefold or self.loose)

    def fold(self, text: str) -> str:
        if self.identity:
            return text
        return text.translate(self._table)

    def offsets(self, text: str) -> OffsetMap:
        return OffsetMap(text, self)

    def char_length(self, char: str) -> int:
        return len(self._table[ord(char)])


def fold(text: str, *, casefold: bool = True, loose: bool = True) -> str:
    """Fold a whole text the way search does (convenience for tests and one-off use)."""
    return Folder(casefold=casefold, loose=loose).fold(text)


class OffsetMap:
    """Maps spans of a folded text back onto the original text.

    ASCII text folds one character to one character, so its map is the identity
    and costs nothing; otherwise the cumulative folded length of each original
    character is kept (built only for texts that actually contain a match).
    """

    def __init__(self, text: str, folder: Folder) -> None:
        self._cumulative: list[int] | None = None
        if folder.identity or text.isascii():
            return
        lengths = [folder.char_length(ch) for ch in text]
        self._cumulative = [0, *accumulate(lengths)]

    def original(self, start: int, end: int) -> tuple[int, int] | None:
        """The original span of folded ``start:end``, or None when it cuts a character's fold.

        A match on half of "ß" (folded "ss") or on one dot of "…" has no honest
        original span, so it is refused. Dropped characters (combining marks,
        soft hyphens) right after the match are included in it, so a highlight on
        a decomposed "ï" covers its diaeresis.
        """
        cumulative = self._cumulative
        if cumulative is None:
            return start, end
        first = bisect_right(cumulative, start) - 1
        last = bisect_right(cumulative, end) - 1
        if cumulative[first] != start or cumulative[last] != end:
            return None
        return first, last
