"""A reader for the YAML front matter newsread writes and users type.

Article files come from many tools (Hugo, Jekyll, Quarto, Pandoc), each with its own
keys and shapes: block and flow lists, maps, block scalars, comments. This reads that
YAML without importing a YAML library at start-up (it runs on every command). Keys
newsread does not use are skipped whatever they hold; a value it uses that cannot be
read is an error naming its line, never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple, TypeAlias

from newsread.errors import ArticleError
from newsread.lazyre import lazy_compile

FrontMatter = dict[str, str | list[str] | dict[str, str]]
#: The key under which `split_front_matter` lists the authors written as CSL ``literal``
#: names (``- literal: Save the Children``): names to cite as written, never split into
#: given and family names. A space makes it no key a file can give the reader.
LITERAL_AUTHORS = "literal authors"
#: The key under which `split_front_matter` maps each author written in ``given`` and
#: ``family`` parts to its family name: "Ann Lee Smith" is no "Smith, A. L." when the
#: file says the family name is "Lee Smith".
FAMILY_NAMES = "family names"
#: A parsed YAML value: a scalar (None for YAML's null), a list or a map.
_Node: TypeAlias = "str | list[_Node] | dict[str, _Node] | None"
#: A line of front matter: its number in the file, and its text.
_Line = tuple[int, str]

#: The keys the article reader uses; every other key is skipped unread.
READ_KEYS = frozenset(
    "title author authors published date accessed publisher sitename site url language "
    "lang publisher_kind kind".split()
)
_AUTHOR_KEYS = frozenset({"author", "authors"})
#: Where an author's map (Quarto, Pandoc, CSL) keeps the name: whole, or in parts.
_NAME_PARTS = ("given", "dropping-particle", "non-dropping-particle", "family")
_NAME_KEYS = frozenset({"name", "literal", *_NAME_PARTS})

#: The opening line; trailing blanks are no part of it, as editors leave them.
_FENCE = lazy_compile(r"---[ \t]*(?:\n|$)")
#: What ends a plain key: a colon before a blank or the line's end ("og:title: X").
_KEY_END = lazy_compile(r"[ \t]*:(?:[ \t]+|$)")
#: What a plain key cannot start with: YAML's indicators.
_NOT_A_KEY = frozenset("\"'#[]{},&*!|>%@`-")
#: A block list's item: "- value", or "-" alone.
_ITEM = lazy_compile(r"-(?:[ \t]|$)")
#: A block scalar's header: "|" or ">", then chomping ("-", "+") and indentation digits.
_BLOCK = lazy_compile(r"(?P<style>[|>])(?P<flags>[1-9][+-]?|[+-][1-9]?)?(?:[ \t]+#.*)?")
#: What YAML reads as null; "key:" alone is null too.
_NULLS = frozenset({"null", "Null", "NULL", "~"})
#: A standard tag or an anchor before a value ("!!str 2024", "&me Ann Lee"): no part of it.
_PROPERTIES = lazy_compile(r"(?:(?:!![\w-]*|&[^\s\[\]{},]+)(?:[ \t]+|$))+")

_DOUBLE = lazy_compile(r'"((?:[^"\\]|\\.)*)"', re.DOTALL)
_SINGLE = lazy_compile(r"'((?:[^']|'')*)'")
_ESCAPE = lazy_compile(r"\\(?:u([0-9a-fA-F]{4})|(.))", re.DOTALL)
_ESCAPED = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
#: Flow text as tokens: quoted scalars (maybe unterminated), brackets, a comment, blanks,
#: plain text. A quote opens a scalar only where a token starts ("O'Neil" is plain).
_TOKEN = lazy_compile(
    r""""(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?|[\[\]{},]|(?P<comment>(?<=\s)\#[^\n]*)|\s+"""
    r"|[^\s\[\]{},][^\s\[\]{},]*",
    re.DOTALL,
)


def split_front_matter(text: str) -> tuple[FrontMatter, str, int]:
    """Split ``---`` front matter off a document.

    Returns the metadata, the rest of the text, and how many lines were consumed
    (so later errors can cite file line numbers).
    """
    if not _FENCE.match(text):
        return {}, text, 0
    lines = text.split("\n")
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if len(lines) > 1 and not lines[1].strip() and not _is_metadata(lines[1:end], end):
        return {}, text, 0  # "---", a blank line, then prose: Markdown's rule, a body
    if end is None:
        raise ArticleError("front matter starts with '---' on line 1 but is never closed")
    meta = _parse(list(enumerate(lines[1:end], start=2)))
    return meta, "\n".join(lines[end + 1 :]), end + 1


def _is_metadata(block: list[str], end: int | None) -> bool:
    """Whether the lines after a "---" and a blank line (up to the closing fence `end`,
    if any) are front matter rather than a rule opening the body. Front matter opens on
    its keys; a blank line first is rare, and prose then often has a colon or a list
    ("Note: …", "update: …", "Kyiv, March 3: …"), or a heading YAML takes for a comment.
    So it is front matter when its first line is a key newsread reads, written as one
    (lower case: a forgotten fence or a bad value is still told), or when it is closed
    and reads in full as front matter giving one of those keys, or when it is closed,
    opens on a key, every line is written as front matter is ("layout: post", "- item")
    and a value cannot be read: that error is told, where prose would have taken the
    title with it."""
    if not any(line.strip() for line in block):
        return True  # nothing in it: an empty block, or an unclosed fence, as before
    first = next((line for line in block if _is_content(line)), "")
    key = _key_value(first) if first[:1] not in (" ", "\t") else None
    if key is not None and key[0] in READ_KEYS:
        return True
    if end is None:
        return False
    try:
        return bool(_parse(list(enumerate(block, start=2))))
    except ArticleError:
        # "layout: post" opens front matter; "Summary: …" over a list is prose.
        keyed = _one_word_key(first) and first[:1].islower()
        return keyed and all(_one_word_key(line) or line[:1] in (" ", "-") for line in block)


def _one_word_key(line: str) -> bool:
    """Whether a line is "key: value" with a key of one word ("og:title", not "Kyiv,
    March 3"), or a blank or comment line."""
    if not _is_content(line):
        return True
    key = _key_value(line) if line[:1] not in (" ", "\t", "-") else None
    return key is not None and key[0] != "" and not any(c.isspace() for c in key[0])


class _Entry(NamedTuple):
    """A value as written: the text after "key:" or "- ", and the lines continuing it."""

    raw: str
    number: int
    body: list[_Line]
    indent: int  # of its key or dash


def _parse(lines: list[_Line]) -> FrontMatter:
    meta: FrontMatter = {}
    for number, text in lines:
        if text.startswith(" " * _DEEPEST):
            # Each level of a nested block is read by a call of its own on the lines
            # below it: thousands of levels would take minutes, then overflow the stack.
            raise ArticleError(
                f"front matter line {number}: indented over {_DEEPEST} spaces; values "
                "nest too deep to be metadata"
            )
    literals: list[str] = []
    families: dict[str, str] = {}
    for key, entry in _entries(lines, 0):
        if key in READ_KEYS:
            meta[key] = _metadata(key, entry)
            if key in _AUTHOR_KEYS:
                literals += [n for n in _literals(_node(entry)) if n not in literals]
                families.update(_families(_node(entry)))
    if literals:
        meta[LITERAL_AUTHORS] = literals
    if families:
        meta[FAMILY_NAMES] = families
    return meta


#: The most spaces a front-matter line may be indented by.
_DEEPEST = 80


def _metadata(key: str, entry: _Entry) -> str | list[str]:
    """A used key's value as the article reader takes it: names for the author keys
    (from maps too), else one text or a list (which the reader refuses with the key)."""
    node = _node(entry)
    block = entry.raw[:1] in ("|", ">", "!", "&") and _BLOCK.fullmatch(
        _without_properties(entry.raw)
    )
    if isinstance(node, str) and block:
        node = node.rstrip("\n")  # a block's last line break: metadata is one line
    if key in _AUTHOR_KEYS:
        return [] if node is None else node if isinstance(node, str) else _names(node)
    if isinstance(node, dict):
        raise ArticleError(f"front matter {key}: expected one value, not a map")
    if isinstance(node, list):
        return [item if isinstance(item, str) else "" if item is None else "…" for item in node]
    return [] if node is None else node


def _names(node: _Node) -> list[str]:
    """Authors from a list or a map: each a name, or a map holding one ("- name: Ann
    Lee" with an affiliation; "given" and "family" parts)."""
    if isinstance(node, list):
        return [
            name
            for item in node
            for name in ([item or ""] if not isinstance(item, (list, dict)) else _names(item))
        ]
    if isinstance(node, dict):
        name = node.get("name")
        if isinstance(name, dict):
            return _names(name)
        if isinstance(name, str):
            return [name]
        literal = node.get("literal")
        if isinstance(literal, str):
            return [literal]
        whole = _joined(node, _NAME_PARTS)
        return [whole] if whole else []
    return [node or ""]


def _joined(node: dict[str, _Node], keys: tuple[str, ...]) -> str:
    """The parts of a name kept under `keys`, in that order, one space apart."""
    parts = [node.get(key) for key in keys]
    return " ".join(" ".join(p.split()) for p in parts if isinstance(p, str) and p.strip())


def _families(node: _Node) -> dict[str, str]:
    """Each author written in parts, as `_names` reads it, mapped to its family name
    with any particle before it ("van Gogh"; "van Beethoven" too: initials are given
    names only)."""
    if isinstance(node, list):
        return {whole: family for item in node for whole, family in _families(item).items()}
    if not isinstance(node, dict):
        return {}
    name = node.get("name")
    if isinstance(name, dict):
        return _families(name)
    family = _joined(node, _NAME_PARTS[1:])
    if isinstance(name, str) or isinstance(node.get("literal"), str) or not family:
        return {}
    return {_joined(node, _NAME_PARTS): family}


def _literals(node: _Node) -> list[str]:
    """The names of a list or map of authors written as CSL's ``literal`` (the form CSL
    gives an organisation's name), each as `_names` reads it."""
    if isinstance(node, list):
        return [name for item in node for name in _literals(item)]
    if isinstance(node, dict):
        name = node.get("name")
        if isinstance(name, dict):
            return _literals(name)
        literal = node.get("literal")
        if not isinstance(name, str) and isinstance(literal, str) and literal.strip():
            return [literal]
    return []


def _is_content(text: str) -> bool:
    """Whether a line holds more than blanks or a comment."""
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] != "#"


def _spaces(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _without_properties(raw: str) -> str:
    """A value without the tag or anchor before it ("!!str 2024", "&me Ann Lee")."""
    match = _PROPERTIES.match(raw) if raw[:1] in "!&" else None
    return raw[match.end() :] if match else raw


def _indent(number: int, text: str) -> int:
    """A line's indentation, which YAML writes with spaces only: a tab there is an error
    that says so (else the line would be refused for what it holds)."""
    spaces = len(text) - len(text.lstrip(" "))
    if text[spaces : spaces + 1] == "\t":
        raise ArticleError(
            f"front matter line {number}: a tab indents {text.strip()[:40]!r} "
            "(YAML indents with spaces only)"
        )
    return spaces


def _entries(lines: list[_Line], indent: int) -> Iterator[tuple[str, _Entry]]:
    """A block map's keys (lower case) and values, its keys at `indent`."""
    at = 0
    while at < len(lines):
        number, text = lines[at]
        if not _is_content(text):
            at += 1
            continue
        here = _indent(number, text)
        stripped = text.strip()
        pair = _key_value(stripped) if here == indent else None
        if pair is None:
            raise ArticleError(f"front matter line {number}: {_misplaced(stripped, here, indent)}")
        key, raw = pair
        end = _entry_end(lines, at, indent, raw)
        yield key.lower(), _Entry(raw, number, lines[at + 1 : end], indent)
        at = end


def _misplaced(stripped: str, here: int, indent: int) -> str:
    """Why a line is not where a key of the map should be."""
    if _ITEM.match(stripped):
        return "list item without a key"
    if here > indent:
        return f"{stripped[:40]!r} is indented, but nothing above it takes an indented value"
    if here < indent:
        return f"{stripped[:40]!r} is indented less than the key above it"
    return f"expected 'key: value', got {stripped[:40]!r}"


def _key_value(text: str) -> tuple[str, str] | None:
    """A line's key and the text after it, if the line is "key: value" or "key:"; the key
    plain ("og:title" too) or quoted. Found without backtracking, as lines may be long."""
    if not text or text[0] in _NOT_A_KEY:
        quoted = (_DOUBLE if text[:1] == '"' else _SINGLE).match(text) if text else None
        end = _KEY_END.match(text, quoted.end()) if quoted else None
        if quoted is None or end is None:
            return None
        inner = quoted.group(1)
        key = _unescape(inner) if text[0] == '"' else inner.replace("''", "'")
        return key, text[end.end() :].strip()
    end = _KEY_END.search(text)
    if end is None:
        return None
    return text[: end.start()], text[end.end() :].strip()


def _entry_end(lines: list[_Line], at: int, indent: int, raw: str) -> int:
    """Where the value of the key on line `at` ends: after the lines indented under it
    ("key:" alone may take a list at its own indentation), or after the line closing a
    flow list or quoted text that goes on over lines."""
    end = at + 1
    opener = raw[:1]
    closed = raw[-1:] == _CLOSERS.get(opener) and len(raw) > 1  # most often: say so at once
    if opener in _CLOSERS and not closed and _closes(raw) is None:
        parts = [raw]
        closer = _CLOSERS[opener]
        for later in range(at + 1, min(len(lines), at + 1 + _LONGEST_FLOW)):
            line = lines[later][1]
            if len(line) - len(line.lstrip()) <= indent and _key_value(line.strip()):
                break  # the next key: the value was never closed
            parts.append(line)
            if closer not in line:
                continue  # (read again only where it may close: linear, not quadratic)
            text = "\n".join(parts)
            close = _closes(text)
            if close is not None:
                if not _is_content(text[close:]):
                    end = later + 1
                break
    empty = not raw or raw[0] == "#"
    while end < len(lines):
        number, text = lines[end]
        if _is_content(text):
            if text[0] == "\t":
                _indent(number, text)  # a tab indents it: says so
            here = _spaces(text)
            if here < indent or (here == indent and not (empty and _ITEM.match(text[here:]))):
                break
        end += 1
    return end


_CLOSERS = {"[": "]", "{": "}", '"': '"', "'": "'"}


#: The most lines a flow list or quoted text may go on over: metadata, not a document.
_LONGEST_FLOW = 1000


def _closes(text: str) -> int | None:
    """Where the flow list, map or quoted text that opens `text` closes, if it does."""
    depth = 0
    for token in _TOKEN.finditer(text):
        first = token.group()[0]
        if first in "[{":
            depth += 1
        elif first in "]}":
            depth -= 1
        elif first in "\"'":
            if not (_DOUBLE if first == '"' else _SINGLE).fullmatch(token.group()):
                return None
        else:
            continue
        if depth <= 0:
            return token.end()
    return None


def _node(entry: _Entry) -> _Node:
    """The value an entry holds."""
    raw, number, body, indent = entry
    raw = _without_properties(raw)
    content = bool(body) and any(_is_content(text) for _, text in body)
    if not raw or (raw[0] == "#" and content):
        return _block(body) if content else None
    if raw[0] == "*":
        raise ArticleError(f"front matter line {number}: an alias ({raw[:20]!r}) is not supported")
    if raw[0] in "|>":
        return _block_scalar(raw, number, body, indent)
    if raw[0] in "\"'" and not body:
        quoted = (_DOUBLE if raw[0] == '"' else _SINGLE).fullmatch(raw)
        if quoted:  # the common case, on its own line: read at once
            return (
                _unescape(quoted.group(1)) if raw[0] == '"' else quoted.group(1).replace("''", "'")
            )
    if raw[0] in "[{\"'":
        return _flow("\n".join([raw, *(text for _, text in body)]), number)
    if raw[0] == "!":
        raise ArticleError(f"front matter line {number}: unsupported YAML value {raw[:20]!r}")
    return _plain(raw, body)


def _block(lines: list[_Line]) -> _Node:
    """A list, map or text that starts on the line after its key."""
    at = next(i for i, (_, text) in enumerate(lines) if _is_content(text))
    number, text = lines[at]
    indent = _indent(number, text)
    stripped = text.strip()
    if _ITEM.match(stripped):
        return _items(lines, indent)
    if _key_value(stripped):
        # Only the parts of a name are read: an author's other keys may hold anything.
        return {key: _node(entry) for key, entry in _entries(lines, indent) if key in _NAME_KEYS}
    return _node(_Entry(stripped, number, lines[at + 1 :], indent - 1))


def _items(lines: list[_Line], indent: int) -> list[_Node]:
    """A block list's items, their dashes at `indent`."""
    items: list[_Node] = []
    at = 0
    while at < len(lines):
        number, text = lines[at]
        if not _is_content(text):
            at += 1
            continue
        here = _indent(number, text)
        stripped = text.strip()
        # An item indented unlike the first is the list's still, as it always was read.
        if not _ITEM.match(stripped):
            raise ArticleError(
                f"front matter line {number}: expected '- item' as in the line above, "
                f"got {stripped[:40]!r}"
            )
        value = stripped[1:].lstrip()
        column = here + len(stripped) - len(value)
        pair = _key_value(value) if value and not _ITEM.match(value) else None
        # After text on the item's line, a further "- " is the next item, as it was read
        # before (YAML would join "- a" and "  - b" into "a - b"). An item that opens a
        # map ("- name: Ann Lee") holds the lists indented under its keys.
        text_item = pair is None and value[:1] not in ("", "|", ">", "#") and not _ITEM.match(value)
        end = _item_end(lines, at + 1, indent, column, text_item, pair)
        if value and (_ITEM.match(value) or pair):
            # "- name: Ann Lee" opens a map (or "- - x" a list) at the text's column.
            items.append(_block([(number, " " * column + value), *lines[at + 1 : end]]))
        else:
            items.append(_node(_Entry(value, number, lines[at + 1 : end], here)))
        at = end
    return items


def _item_end(
    lines: list[_Line],
    end: int,
    indent: int,
    column: int,
    text_item: bool,
    pair: tuple[str, str] | None,
) -> int:
    """Where a list item that starts on the line before `end` ends: before the next
    line at the list's indentation or less. After text, a more indented "- " is the
    next item too; in a map ("- name: …" with its keys at `column`), a "- " left of the
    keys is, and one at them unless it lists the value of the key above it
    ("affiliations:" over "- …", as YAML lets a map's list stand at its key)."""
    open_key = pair is not None and (not pair[1] or pair[1][0] == "#")
    while end < len(lines):
        text = lines[end][1]
        if _is_content(text):
            here = _spaces(text)
            if here <= indent:
                break
            dash = _ITEM.match(text[here:]) is not None
            if dash and (text_item or (pair is not None and here < column)):
                break
            if pair is not None and here == column:
                if dash and not open_key:
                    break
                if not dash:
                    key = _key_value(text[here:].strip())
                    open_key = key is not None and (not key[1] or key[1][0] == "#")
        end += 1
    return end


def _plain(raw: str, body: list[_Line]) -> _Node:
    """Plain text, which may go on over indented lines (folded: a line break is a space,
    a blank line a line break); a comment ends each line."""
    lines = [_uncommented(raw)]
    for number, text in body:
        stripped = text.strip()
        if stripped.startswith("#"):
            continue
        if _key_value(stripped):
            raise ArticleError(
                f"front matter line {number}: {stripped[:40]!r} is indented under the value "
                "above it (a key starts its line)"
            )
        lines.append(_uncommented(stripped))
    while lines and not lines[-1]:
        lines.pop()
    value = _fold(lines)
    return None if value in _NULLS else value


def _uncommented(text: str) -> str:
    """Plain text without its comment: a "#" after a blank starts one ("C#" holds none)."""
    for mark in (" #", "\t#"):
        text = text.split(mark, 1)[0]
    return text.strip()


def _fold(lines: list[str]) -> str:
    """Lines joined as YAML folds them: by a space, or by a line break for each blank line."""
    out: list[str] = []
    breaks = 0
    for line in lines:
        if not line:
            breaks += 1
            continue
        if out:
            out.append("\n" * breaks if breaks else " ")
        out.append(line)
        breaks = 0
    return "".join(out)


def _block_scalar(header: str, number: int, body: list[_Line], indent: int) -> str:
    """Text written as a block scalar: literal ("|", lines kept) or folded (">"), its
    last line breaks chomped as the header says ("-" strips them, "+" keeps them)."""
    match = _BLOCK.fullmatch(header)
    if match is None:
        raise ArticleError(f"front matter line {number}: unsupported YAML value {header[:20]!r}")
    flags = match.group("flags") or ""
    digit = flags.strip("+-")
    chomp = flags.strip("123456789")
    texts = [text for _, text in body]
    if digit:
        width = indent + int(digit)
    else:
        width = next((len(t) - len(t.lstrip(" ")) for t in texts if t.strip()), 0)
    lines: list[str] = []
    for text in texts:
        if not text.strip():
            lines.append("")
        elif len(text) - len(text.lstrip(" ")) >= width:
            lines.append(text[width:])
        elif not text.lstrip().startswith("#"):
            lines.append(text.lstrip())  # less indented than the text: read it still
    trailing = 0
    while lines and not lines[-1]:
        lines.pop()
        trailing += 1
    value = "\n".join(lines) if match.group("style") == "|" else _fold_block(lines)
    if not value or chomp == "-":
        return value
    return value + "\n" + ("\n" * trailing if chomp == "+" else "")


def _fold_block(lines: list[str]) -> str:
    """A folded block's lines: joined by spaces, but a blank line is a line break, and
    more-indented lines keep theirs."""
    out: list[str] = []
    breaks = 0
    indented = False
    for line in lines:
        if not line:
            breaks += 1
            continue
        more = line[0] in " \t"
        if out or breaks:
            if out and not breaks and not (more or indented):
                out.append(" ")
            else:
                out.append("\n" * (breaks + (1 if out and (more or indented) else 0)))
        out.append(line)
        breaks = 0
        indented = more
    return "".join(out)


def _flow(text: str, number: int) -> _Node:
    """A flow list ("[a, 'b']"), map ("{name: Ann}") or quoted text, maybe over lines,
    with nothing but a comment after it."""
    cleaned = text
    if "#" in text:
        cleaned = "".join(t.group() for t in _TOKEN.finditer(text) if t.lastgroup != "comment")
    if max(cleaned.count("["), cleaned.count("{")) > _DEEPEST:
        raise ArticleError(f"front matter line {number}: brackets nest too deep to be metadata")
    reader = _FlowReader(cleaned, number)
    try:
        value = reader.node("")
    except ArticleError:
        if cleaned == text:
            raise
        # "[Ann Lee # lead, Bo Chen]": not YAML, but read before as a note on one item.
        reader = _FlowReader(text, number, notes=True)
        value = reader.node("")
    reader.skip()
    if reader.at < len(cleaned):
        rest = cleaned[reader.at :][:20]
        if cleaned[0] in "[{":
            closer = "]" if cleaned[0] == "[" else "}"
            raise ArticleError(
                f"front matter line {number}: unexpected text after the closing '{closer}': "
                f"{rest!r}"
            )
        raise ArticleError(
            f"front matter line {number}: unexpected text after the closing quote: {rest!r}"
        )
    return value


class _FlowReader:
    """Reads flow YAML from comment-free text, keeping the old reader's leniency: empty
    items are skipped, and plain items may hold brackets and quotes."""

    def __init__(self, text: str, number: int, *, notes: bool = False) -> None:
        self.text = text
        self.at = 0
        self.number = number
        self.notes = notes  # a plain item's " # …" is a note on it, to drop

    def error(self, message: str) -> ArticleError:
        return ArticleError(f"front matter line {self.number}: {message}")

    def skip(self) -> None:
        while self.at < len(self.text) and self.text[self.at].isspace():
            self.at += 1

    def node(self, closers: str) -> _Node:
        self.skip()
        first = self.text[self.at : self.at + 1]
        if first == "[":
            return self.collection("]")
        if first == "{":
            return self.collection("}")
        if first and first in "\"'":
            value = self.quoted()
            self.skip()
            rest = self.text[self.at :]
            if rest and rest[0] not in closers and rest[0] != ":":
                raise self.error(f"unexpected text after the closing quote: {rest[:20]!r}")
            return value
        return self.plain(closers)

    def collection(self, closer: str) -> _Node:
        """A list ("]") or a map ("}"), the opening bracket next."""
        self.at += 1
        items: list[_Node] = []
        pairs: dict[str, _Node] = {}
        while True:
            self.skip()
            if self.at >= len(self.text):
                kind = "list" if closer == "]" else "map"
                raise self.error(f"{kind} is missing its closing '{closer}'")
            first = self.text[self.at]
            if first == closer:
                self.at += 1
                return items if closer == "]" else pairs
            if first == ",":
                self.at += 1
                continue
            if closer == "]":
                items.append(self.node(",]"))
                continue
            key = self.node(",:}")
            value: _Node = None
            if self.text[self.at : self.at + 1] == ":":
                self.at += 1
                value = self.node(",}")
            pairs[str(key).lower()] = value

    def quoted(self) -> str:
        pattern = _DOUBLE if self.text[self.at] == '"' else _SINGLE
        match = pattern.match(self.text, self.at)
        if not match:
            raise self.error("unterminated quoted value")
        self.at = match.end()
        inner = match.group(1)
        if pattern is _SINGLE:
            return _fold_breaks(inner).replace("''", "'")
        if "\n" in inner:
            inner = _fold_breaks(re.sub(r"\\\n[ \t]*", "", inner))  # "\" joins its lines
        return _unescape(inner)

    def plain(self, closers: str) -> _Node:
        start = self.at
        stops = closers if closers else ""
        while self.at < len(self.text) and self.text[self.at] not in stops:
            if self.text[self.at] == ":" and ":" in stops:
                following = self.text[self.at + 1 : self.at + 2]
                if not following or following.isspace() or following in ",}]":
                    break
            self.at += 1
        value = _fold_breaks(self.text[start : self.at].strip())
        if self.notes:
            value = _uncommented(value)
        return None if value in _NULLS else value


def _fold_breaks(text: str) -> str:
    """Line breaks inside flow text folded: a space, or a line break for each blank line."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    inner = [line.strip(" \t") for line in lines[1:-1]]
    return _fold([lines[0].rstrip(" \t"), *inner, lines[-1].lstrip(" \t")])


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

    if "\\" not in inner:
        return inner
    text = _ESCAPE.sub(one, inner)
    if "\\u" in inner and any(
        "\ud800" <= char <= "\udfff" for char in text
    ):  # pairs from "\\ud83d\\ude00"
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


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


#: A written value: one text, or a list of texts and maps (an author in parts).
Written = str | list[str | dict[str, str]] | None


def write_front_matter(fields: dict[str, Written]) -> str:
    """``---`` front matter that `split_front_matter` reads back to the same values: each
    string as a JSON string (a valid YAML scalar; controls, bidi marks and line breaks
    escaped, so the block survives being printed), lists and maps in flow style."""
    from newsread.textsafe import dumps_json

    def flow(item: str | dict[str, str]) -> str:
        if isinstance(item, str):
            return dumps_json(item)
        return "{" + ", ".join(f"{k}: {dumps_json(v)}" for k, v in item.items()) + "}"

    lines = ["---"]
    for key in WRITTEN_KEYS:
        value = fields.get(key)
        if isinstance(value, list) or (not value and key in _LISTS):
            lines.append(f"{key}: [{', '.join(flow(v) for v in value or [])}]")
        elif not value and key in _STATED_WHEN_EMPTY:
            lines.append(f"{key}:")
        elif value:
            lines.append(f"{key}: {dumps_json(value)}")
    lines.append("---")
    return "\n".join(lines)
