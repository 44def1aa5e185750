"""Patterns compiled on first use behave as compiled ones, and are compiled once."""

from __future__ import annotations

import copy
import re

from newsread.lazyre import lazy_compile


def test_a_lazy_pattern_answers_as_a_compiled_one_and_compiles_once(monkeypatch) -> None:
    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    lazy = lazy_compile(r"(?P<word>\w+)-(\d)", re.I)
    assert compiled == []  # nothing until it is used
    eager = real(r"(?P<word>\w+)-(\d)", re.I)
    text = "ab-1 CD-2 x"
    assert lazy.search(text).group("word") == eager.search(text).group("word")  # type: ignore[union-attr]
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.sub(r"\2", text) == eager.sub(r"\2", text)
    assert lazy.split(text) == eager.split(text)
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        eager.pattern,
        eager.flags,
        eager.groups,
        eager.groupindex,
    )
    assert lazy.fullmatch("ab-1") is not None and lazy.match("zz") is None
    assert compiled == [r"(?P<word>\w+)-(\d)"]  # once, however often it is asked
    assert copy.copy(lazy).findall(text) == eager.findall(text)


def test_every_pattern_the_engine_defers_compiles() -> None:
    """A bad pattern would otherwise fail only when some article first reaches it."""
    import gc

    import newsread.quote_engine  # noqa: F401 (its modules define the patterns)
    from newsread.lazyre import _Pending

    pending = [o for o in gc.get_objects() if isinstance(o, _Pending)]
    assert len(pending) > 100
    for pattern in pending:
        assert pattern.pattern  # compiles it, or raises re.error
