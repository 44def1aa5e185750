"""Regular expressions compiled when first used, not when their module is imported.

The quote engine's modules hold some two hundred patterns. Compiling them all was most of
the engine's import time, though one article uses fewer than half of them; a command
that reads one article pays only for those it uses.
"""

from __future__ import annotations

import re
from typing import cast

#: What callers use of a pattern; each is taken from the compiled pattern on first use,
#: so later calls cost no more than on a pattern compiled up front.
_BOUND = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _Pending:
    """A pattern not yet compiled; any attribute compiles it."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> object:
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)  # copy, pickle and the like ask for dunders
        compiled = re.compile(*self._source)
        for method in _BOUND:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to the pattern's first use."""
    return cast("re.Pattern[str]", _Pending(pattern, flags))
