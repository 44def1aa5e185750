"""A paragraph read without the nicknames inside its names.

'Mayor Rodel "Dodong" Lacsamana said' is read as 'Mayor Rodel Lacsamana said', so that
every rule sees one name, with its title, where the nickname's marks split it in two.
The quotes found are then put back where the paragraph as written has them, each
nickname among them as a scare quote, as it was before.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeVar

from newsread.quote_marks import Span
from newsread.quotes import Quote
from newsread.speakers.nicknames import nicknames_in_names

_Link = TypeVar("_Link")


@dataclass(frozen=True)
class Cut:
    """The paragraph without its names' nicknames, and what was taken out."""

    text: str
    spans: list[Span]
    #: Each nickname's span in the paragraph as written, and where it was taken out of
    #: `text` (the offset in `text` and its length, the space after it counted).
    taken: list[tuple[Span, int, int]]

    def restore(
        self, found: list[tuple[Quote, _Link]], original: str, number: int, alone: _Link
    ) -> list[tuple[Quote, _Link]]:
        """`found` in paragraph `number` as written, with its nicknames as scare quotes,
        each with the link (`alone`) of a quote that joins no other."""
        out = [
            (replace(q, start=self._back(q.start, True), end=self._back(q.end, False)), joins)
            for q, joins in found
        ]
        for span, _, _ in self.taken:
            text = original[span.start : span.end]
            nickname = Quote(text, None, None, None, "scare", number, span.start, span.end)
            out.append((nickname, alone))
        out.sort(key=lambda pair: pair[0].start)
        return out

    def _back(self, offset: int, starting: bool) -> int:
        """Where an offset into `text` stands in the paragraph as written."""
        return offset + sum(
            size for _, at, size in self.taken if at < offset or (starting and at == offset)
        )


def without_nicknames(text: str, spans: list[Span]) -> Cut | None:
    """The paragraph without the nicknames inside its names, if it has any."""
    taken_out = nicknames_in_names(text, [(s.open_at, s.close_end) for s in spans if s.closed])
    if not taken_out:
        return None
    pieces = []
    taken: list[tuple[Span, int, int]] = []
    kept: list[Span] = []
    cursor = removed = 0
    by_opening = {span.open_at: span for span in spans}
    by_opening_taken = {begin for begin, _ in taken_out}
    for begin, end in taken_out:
        pieces.append(text[cursor:begin])
        taken.append((by_opening[begin], begin - removed, end - begin))
        removed += end - begin
        cursor = end
    pieces.append(text[cursor:])
    for span in spans:
        if span.open_at in by_opening_taken:
            continue
        shift = sum(size for s, _, size in taken if s.open_at < span.open_at)
        kept.append(
            Span(
                span.start - shift,
                span.end - shift,
                span.open_at - shift,
                span.close_end - shift,
                span.closed,
            )
        )
    return Cut("".join(pieces), kept, taken)
