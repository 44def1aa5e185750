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


_DOUBLE = re.compile(r'"((?:[^"\\]|\\.)*)"', re.DOTALL)
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|(.))", re.DOTALL)
_ESCAPED = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
#: A plain YAML scalar's comment, or what may follow a closing quote: " # note".
_COMMENT = re.compile(r"(?:\s+#.*)?")


def _unescape(inner: str) -> str:
    """Decode the JSON escapes newsread's writers use (``json.dumps``).

    An escape JSON does not know (``"C:\\path"``, typed by hand) keeps its backslash:
    files that loaded before still load the same. A lone surrogate (``\\ud800``) cannot
    be printed, so it becomes U+FFFD.
    """

    def one(match: re.Match[str]) -> str:
        if match.group(1):
            return chr(int(match.group(1), 16))
        return _ESCAPED.get(match.group(2), match.group(0))

    text = _ESCAPE.sub(one, inner)
    if any("\ud800" <= char <= "\udfff" for char in text):  # pairs from "\\ud83d\\ude00"
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def _scalar(raw: str, line: int) -> str:
    """One value: double-quoted (JSON escapes decoded), single-quoted or plain (literal)."""
    raw = raw.strip()
    if not raw:
        return ""  # "  -" alone: an empty item, as YAML's null (and "" is in every string)
    if raw[0] in "'\"":
        pattern = _DOUBLE if raw[0] == '"' else _SINGLE
        match = pattern.match(raw)
        if not match:
            raise ArticleError(f"front matter line {line}: unterminated quoted value")
        if not _COMMENT.fullmatch(raw, match.end()):
            raise ArticleError(
                f"front matter line {line}: unexpected text after the closing quote: "
                f"{raw[match.end() :][:20]!r}"
            )
        if raw[0] == '"':
            return _unescape(match.group(1))
        return match.group(1).replace("''", "'")
    if raw[:1] in "{&*!|>":
        raise ArticleError(f"front matter line {line}: unsupported YAML value {raw[:20]!r}")
    # A plain YAML scalar ends at " #" (a comment).
    return raw.split(" #", 1)[0].strip()


#: One flow-list item: a quoted string (which may hold commas) or plain text up to a comma
#: (greedy, and stripped later: a lazy match here is quadratic on long runs of spaces).
_ITEM = re.compile(r"""\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]*)(?:,|$)""", re.DOTALL)


def _flow_list(raw: str, line: int) -> list[str]:
    inner = raw.strip()
    if not inner.endswith("]"):
        raise ArticleError(f"front matter line {line}: list is missing its closing ']'")
    items = (match.group(1) for match in _ITEM.finditer(inner[1:-1]))
    return [_scalar(item, line) for item in items if item.strip()]


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
        elif key in _AUTHOR_KEYS:
            meta[key] = _authors(_scalar(raw, index))
        else:
            meta[key] = _scalar(raw, index)
    return meta


_AUTHOR_KEYS = frozenset({"author", "authors"})


def _authors(value: str) -> str | list[str]:
    """An ``author:`` value naming an organisation with "and" in it ("Department of
    Health and Social Care") as a list, already split, so the reader keeps that name whole;
    any other value as written, for the reader to split (and warn about) as before."""
    if "and" not in value:
        return value  # nothing to keep whole, and no need of the name parser
    from newsread.names import split_keeping_organisations

    return split_keeping_organisations(value) or value


#: The keys newsread writes, in the order it writes them.
WRITTEN_KEYS = (
    "title", "authors", "published", "publisher", "publisher_kind", "url", "language",
    "accessed",
)  # fmt: skip
#: Keys written even when empty ("authors: []", "published:"): an empty one tells the
#: reader that the article has none, so a first paragraph such as "By the sea" is not
#: taken for a byline. A list's empty value is "[]", a single value's YAML's null.
_STATED_WHEN_EMPTY = ("authors", "published")
_LISTS = frozenset({"authors"})


def write_front_matter(fields: dict[str, str | list[str] | None]) -> str:
    """``---`` front matter that `split_front_matter` reads back to the same values: each
    string as a JSON string (a valid YAML scalar; controls, bidi marks and line breaks
    escaped, so the block survives being printed), lists in flow style."""
    from newsread.textsafe import dumps_json

    lines = ["---"]
    for key in WRITTEN_KEYS:
        value = fields.get(key)
        if isinstance(value, list) or (not value and key in _LISTS):
            lines.append(f"{key}: [{', '.join(dumps_json(v) for v in value or [])}]")
        elif not value and key in _STATED_WHEN_EMPTY:
            lines.append(f"{key}:")
        elif value:
            lines.append(f"{key}: {dumps_json(value)}")
    lines.append("---")
    return "\n".join(lines)
