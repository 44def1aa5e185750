"""A small, strict reader for the YAML front matter newsread writes and users type.

It accepts the subset that article metadata needs (``key: value``, quoted strings,
``[a, b]`` lists and ``- item`` lists) so that no YAML library is imported at start-up,
and reports anything else with its line number instead of guessing.
"""

from __future__ import annotations

import re

from newsread.errors import ArticleError

FrontMatter = dict[str, str | list[str]]

_KEY = re.compile(r"([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$")


def split_front_matter(text: str) -> tuple[FrontMatter, str, int]:
    """Split ``---`` front matter off a document.

    Returns the metadata, the rest of the text, and how many lines were consumed
    (so later errors can cite file line numbers).
    """
    if not text.startswith("---\n") and text.rstrip("\n") != "---":
        return {}, text, 0
    lines = text.split("\n")
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            meta = _parse(lines[1:end])
            return meta, "\n".join(lines[end + 1 :]), end + 1
    raise ArticleError("front matter starts with '---' on line 1 but is never closed")


def _scalar(raw: str, line: int) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        inner = raw[1:-1]
        if raw[0] == '"':
            return inner.replace('\\"', '"').replace("\\\\", "\\")
        return inner.replace("''", "'")
    if raw[:1] in "'\"":
        raise ArticleError(f"front matter line {line}: unterminated quoted value")
    if raw[:1] in "{&*!|>":
        raise ArticleError(f"front matter line {line}: unsupported YAML value {raw[:20]!r}")
    # A plain YAML scalar ends at " #" (a comment).
    return raw.split(" #", 1)[0].strip()


def _flow_list(raw: str, line: int) -> list[str]:
    inner = raw.strip()
    if not inner.endswith("]"):
        raise ArticleError(f"front matter line {line}: list is missing its closing ']'")
    items = [item for item in inner[1:-1].split(",") if item.strip()]
    return [_scalar(item, line) for item in items]


def _parse(lines: list[str]) -> FrontMatter:
    meta: FrontMatter = {}
    current: str | None = None
    for index, line in enumerate(lines, start=2):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("- ") or stripped == "-":
            value = meta.get(current) if current else None
            if current is None or not isinstance(value, list):
                raise ArticleError(f"front matter line {index}: list item without a key")
            value.append(_scalar(stripped[1:], index))
            continue
        match = _KEY.match(stripped)
        if not match or line[:1].isspace():
            raise ArticleError(
                f"front matter line {index}: expected 'key: value', got {stripped[:40]!r}"
            )
        key, raw = match.group(1).lower(), (match.group(2) or "").strip()
        current = key
        if not raw:
            meta[key] = []
        elif raw.startswith("["):
            meta[key] = _flow_list(raw, index)
        else:
            meta[key] = _scalar(raw, index)
    return meta
