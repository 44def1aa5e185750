"""Neutralising untrusted article text before it reaches a terminal or a pipe.

Article text is data: escape sequences, other control characters and bidirectional
overrides must never act on the reader's terminal (or on the next program in a pipe).
They are made visible instead of deleted, so a reader can see that something was there.
"""

from __future__ import annotations

import re
from typing import Any

from newsread.lazyre import lazy_compile

_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

#: Lone surrogates: a file name that is not UTF-8 ("odd\udcffname.md") holds them, and
#: no stream can write them.
_SURROGATES = "\ud800-\udfff"
# C0 controls except tab and newline, DEL, C1 controls, bidi controls, line/paragraph separators.
_UNSAFE = lazy_compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + _BIDI + _SURROGATES + "]")
_UNSAFE_LINE = lazy_compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + _BIDI + _SURROGATES + "]")


def control_picture(code: int) -> str:
    """How a character that must not act is shown: a C0 control or DEL by its Unicode
    "control picture" (␛, ␡), anything else by its code point (<U+202E>)."""
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return f"<U+{code:04X}>"


def _visible(match: re.Match[str]) -> str:
    return control_picture(ord(match.group()))


def sanitize(text: str) -> str:
    """Text safe to print: tabs and newlines kept, every other control made visible."""
    return _UNSAFE.sub(_visible, text)


def sanitize_line(text: str) -> str:
    """Text safe as one field of a one-record-per-line output: no tab or newline either."""
    return _UNSAFE_LINE.sub(lambda m: " " if m.group() in "\t\n" else _visible(m), text)


_JSON_UNSAFE = lazy_compile("[\x7f-\x9f\u2028\u2029" + _BIDI + _SURROGATES + "]")


def dumps_json(data: Any, *, indent: int | None = None) -> str:
    """JSON that keeps every character of the text but can't drive a terminal.

    The encoder already escapes C0 controls; DEL, C1 and bidi controls are escaped
    here too, so `cat`-ing the output is as safe as reading it with `jq`.
    """
    import json  # only JSON output pays for it

    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
