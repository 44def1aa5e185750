"""Reading article files into the Article model.

The stored layout (``# Title``, ``By [Name](#)``, a date line, a captioned photo,
body paragraphs, ``**Embed:**`` blocks, ``Original url:``) is parsed exactly. Other
Markdown is read as CommonMark reads its blocks (underlined headings, block quotations,
lists, rules, inline HTML), and plain text as blank-line-separated paragraphs.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from newsread.dates import (
    MONTH_NAMES,
    MONTHS,
    WEEKDAYS,
    Precision,
    header_date,
    parse_date,
    parse_partial_date,
)
from newsread.errors import ArticleError
from newsread.frontmatter import (
    FAMILY_NAMES,
    LITERAL_AUTHORS,
    FrontMatter,
    split_front_matter,
)
from newsread.lazyre import lazy_compile
from newsread.model import Article, Caption, Embed, Heading, Link, Paragraph, Repair
from newsread.outlets import (
    PUBLISHER_KINDS,
    domain_of,
    outlet_by_name,
    outlet_for_url,
    tidy_url,
)
from newsread.wordlists import CAPITALS, PARTICLES, word_set

#: Files larger than this are refused: no news article comes near it, and reading
#: one into memory whole must stay cheap.
MAX_BYTES = 20 * 1024 * 1024

# A block whose lines are this long was not hard-wrapped: each line is a paragraph.
_UNWRAPPED_LINE = 100

#: An image, which adds nothing to the text: "![alt](src "title")".
_IMAGE = (
    r"!\[(?:\\.|[^\\\[\]\n]|\[(?:\\.|[^\\\[\]\n])*\])*\]"  # alt text: brackets in pairs
    r'\([^)\s]*(?:\s+"[^"\n]*")?\)'
)
#: A link's (or image's) text, as CommonMark reads it: brackets inside only escaped, in an
#: image ("[![photo](p.jpg)](big.jpg)"), or in balanced pairs that are not themselves a
#: link, so in "[unclosed [the source](u)" the link is the innermost pair and the unclosed
#: "[" stays text.
_LINK_TEXT = rf"(?:\\.|{_IMAGE}|[^\\\[\]\n]|\[(?:\\.|[^\\\[\]\n])*\](?!\())*"
#: A character reference, which CommonMark reads as the character: "&#233;", "&#xE9;",
#: "&eacute;" (a name HTML does not know stays as written).
_ENTITY = r"&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
#: The same on its own, for readers of raw article text (the accuracy benchmark).
CHARACTER_REFERENCE = lazy_compile(_ENTITY)
#: Inline HTML that pages keep in their Markdown ("<em>", "<a href=…>", "<br/>"): a
#: Markdown reader shows what is inside, so only the tags go. Named ones only, so that
#: text such as "<Ann Lee>" stays.
_HTML_TAGS = (
    "a|abbr|b|big|br|cite|code|del|dfn|div|em|font|i|ins|kbd|mark|p|q|s|samp|small|span"
    "|strike|strong|sub|sup|time|tt|u|var|wbr"
)
_BREAK_TAG = lazy_compile(r"</?(?i:br|p|div)\b")
_INLINE = lazy_compile(
    rf"""
    (?=[\\!\[<*&_])  # what can open any of them: the matcher skips the rest at C speed
    (?:
    \\(?P<esc>[!-/:-@\[-`{{-~])
    | (?P<image>{_IMAGE})
    | \[(?P<ltext>{_LINK_TEXT})\]\((?P<lurl>(?:[^()\s]|\([^()\s]*\))*)(?:\s+"[^"\n]*")?\)
    | (?P<note>\[\^[^\]\s]{{1,40}}\])  # a footnote's mark: "[^1]"
    | \[(?P<rtext>{_LINK_TEXT})\]\[(?P<ref>[^\]\n]{{0,100}})\]  # "[text][ref]"
    | <(?P<auto>https?://[^>\s]+)>
    | (?P<strong>\*\*\*?)
    | (?<![\w*])\*(?=[^\s*])(?P<em>[^*\n]{{1,400}}?)(?<=[^\s*])\*(?![\w*])
    | (?<![\w_])__?(?=[^\s_])(?P<uem>[^_\n]{{1,400}}?)(?<=[^\s_])__?(?![\w_])
    | (?P<entity>{_ENTITY})
    | (?P<tag></?(?i:{_HTML_TAGS})(?:\s[^<>\n]{{0,400}})?/?>)
    )
    """,
    re.VERBOSE,
)
_BYLINE = lazy_compile(r"(?i)by\s+(?P<names>\S.{0,300})")
#: A person's or organisation's name as bylines print it: capitalised words (initials,
#: hyphens, apostrophes), with the lower-case particles names carry ("Lauren del Valle").
_NAME = lazy_compile(
    rf"[{CAPITALS}][\w.'’-]*"
    rf"(?:\s+(?:[{CAPITALS}][\w.'’-]*|" + "|".join(sorted(PARTICLES | {"y"})) + r")){0,5}"
)
#: Where a reporter filed from, after the name: "By Ann Lee in Kyiv", "… in New York".
_DATELINE = lazy_compile(rf"\s+in\s+[{CAPITALS}][\w'’.-]*(?:\s+[{CAPITALS}][\w'’.-]*){{0,3}}$")
_AUTHOR_SEPARATOR = r"\s*(?:,\s*and\s+|,\s*&\s*|\s+and\s+|\s*&\s*|,\s*)\s*"
_AUTHOR_SPLIT = lazy_compile(_AUTHOR_SEPARATOR)
_AUTHOR_SPLIT_KEPT = lazy_compile(f"({_AUTHOR_SEPARATOR})")
#: A separator that lists another author: "and" or "&", not a bare comma.
_LISTED = lazy_compile(r"\band\b|&")
#: What sets the parts of a head's metadata line apart: a bar or a dot between spaces
#: ("By Ann Lee | May 3, 2024").
_HEADER_PARTS = lazy_compile(r"\s+[|·•—–]\s+")
#: A period before a labelled date: where dates written as sentences part ("Published
#: March 3, 2024 at 11:45 p.m. PST. Updated March 7, 2024.").
_DATE_SENTENCES = lazy_compile(
    r"\.\s+(?=(?i:(?:first\s+|last\s+)?(?:published|posted|updated|modified))\b)"
)
#: A labelled metadata line at an article's head: "Source: The Daily Star".
_LABELLED = lazy_compile(r"(?P<label>[A-Za-z][A-Za-z ]{0,18}[A-Za-z])\s*:\s+(?P<value>\S.*)")
#: A line that ends an export's head: the body follows it.
_BODY_STARTS = frozenset({"markdown content:"})
#: An ISO timestamp: its date, then the time ("2024-03-05T10:00:00Z").
_TIMESTAMP = lazy_compile(r"(\d{4}-\d{2}-\d{2})T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?")
#: A sentence's end inside a value: "Source: a person familiar with it. He said …".
_SENTENCE_END = lazy_compile(r"[.!?](?:\s|$)")
#: Names of months and weekdays: "Publication: Sunday 5 May" gives a date, not an outlet.
_DAY_WORDS = frozenset(MONTHS) | WEEKDAYS
#: The credit of a picture or a chart, not the outlet: "Getty Images", "AP Photo".
_PICTURE_CREDIT = lazy_compile(r"(?i)\b(?:images?|photos?|pictures?|graphics?)\b")


def _outlet_like(value: str) -> bool:
    """Whether a "Source:" value can name the outlet: short, capitalised, no sentence,
    no date ("Sunday 5 May") and no picture credit."""
    return (
        len(value) <= 80
        and value[:1].isupper()
        and _SENTENCE_END.search(value) is None
        and _PICTURE_CREDIT.search(value) is None
        and header_date(value) is None
        and not (
            any(char.isdigit() for char in value)
            and any(word.lower().strip(",.") in _DAY_WORDS for word in value.split())
        )  # "Sunday 5 May"; but "The Sunday Ledger" is a name
    )


#: The labels such lines carry, by the field each fills.
_HEADER_LABELS = {
    **dict.fromkeys(("author", "authors", "by", "byline", "writer", "reporter"), "authors"),
    **dict.fromkeys(
        ("date", "published", "published on", "posted", "posted on", "updated", "modified"),
        "date",
    ),
    **dict.fromkeys(
        ("source", "publisher", "publication", "outlet", "newspaper", "site", "sitename"),
        "publisher",
    ),
    **dict.fromkeys(("url", "link", "original url", "canonical url", "url source"), "url"),
    "published time": "date",
    **dict.fromkeys(("title", "headline"), "title"),
}
#: What may stand beside a byline or a date on its line: "Staff Writer", "5 min read".
_LABEL = lazy_compile(r"[^.!?]{1,40}(?<![.!?])")
#: A caption ending in its bold credit; the credit may hold escaped asterisks ("\\*").
_CREDIT = lazy_compile(
    r"(?P<caption>.*?)\s*\*\*(?P<credit>(?:[^*\n\\]|\\[^\n])+)\*\*\s*$", re.DOTALL
)
#: A caption wholly in italics, as newsread writes one ("*Caption* **Credit**").
_EMPHASISED = lazy_compile(r"\*(?:[^*\\\n]|\\.)+\*")
#: What introduces a picture's credit, ending a caption before its bold or opening the
#: bold: "Photograph: Will Oliver/EPA", "Photo courtesy of", "Image supplied to".
_CREDIT_LEAD = (
    r"(?:(?:photo(?:graph)?s?|pictures?|pics?|images?|illustrations?|graphics?|videos?|footage)"
    r"(?:\s+(?:credit|copyright|source))?\s*(?:[:|]|by\b)"
    r"|(?:(?:photo(?:graph)?s?|pictures?|pics?|images?)\s+)?(?:credits?\s*:|copyright\b|©"
    r"|courtesy(?:\s+of)?\b|(?:supplied|provided)\s+(?:to|by)\b|handout\b))"
)
_CREDIT_OPENS = lazy_compile(r"(?i)" + _CREDIT_LEAD)
_CREDIT_ENDS = lazy_compile(r"(?i)(?<!\w)" + _CREDIT_LEAD + r"\s*$")
#: Words that leave a sentence unfinished: "… according to **Reuters**" goes on in bold.
_UNFINISHED = word_set("an the to of and or but nor with than that as at in on said says told")
#: Verbs that make bold text a clause ("**This story is developing**"), not a credit.
_CLAUSE_VERBS = word_set(
    "is are was were has have had will would can could may might must does did"
)
#: Verbs that say someone spoke a quotation: '"We will vote today," said Jane Smith.'
_SPEECH_VERBS = word_set(
    "said says told tells added adds asked wrote writes explained insisted warned claimed "
    "argued noted stated declared replied continued"
)
#: A closing quotation mark after a quotation's own punctuation, and the words after it.
_QUOTE_CLOSED = lazy_compile(r"[,!?…][\"”’](?P<after>(?:\s+[\w'’.-]+){1,5})")


def _running_text(caption: str, credit: str) -> bool:
    """Whether a paragraph ending in bold holds body text, not a caption and its credit:
    the bold goes on from an unfinished sentence ("…, according to **Reuters**"), is a
    clause itself ("**This story is developing**"), or the text quotes someone speaking.
    Taking such a paragraph for a caption would drop it from the body. A credit said as
    one ("**Photograph: Will Oliver/EPA**", "Photo courtesy of **…**") is a caption's."""
    if _CREDIT_OPENS.match(credit) or _CREDIT_ENDS.search(caption[-40:]):
        return False
    words = caption.split()
    if words and words[-1] in _UNFINISHED:  # in lower case, as a sentence goes on
        return True
    # A verb in lower case: a capital makes it a name ("Will Oliver", "Can Erok").
    credit_words = [word.strip(".,;:!?") for word in credit.split()]
    if len(credit_words) >= 3 and any(word in _CLAUSE_VERBS for word in credit_words):
        return True
    for quoted in _QUOTE_CLOSED.finditer(caption):
        if any(w.strip(".,;:").lower() in _SPEECH_VERBS for w in quoted["after"].split()):
            return True
    return False


_EMBED_MARK = lazy_compile(r"\*\*Embed:?\*\*:?", re.IGNORECASE)
_EMBED_BYLINE = lazy_compile(
    r"[—–]\s*(?P<author>[^()\n]+?)\s*(?:\((?P<handle>@[^)\s]+)\))?\s*(?P<date>[^()\n]*)$"
)
_ORIGINAL_URL = lazy_compile(r"(?i)original\s+url:\s*(?P<rest>.*)", re.DOTALL)
_URL = lazy_compile(r"https?://[^\s<>]+")
_TERMINAL = lazy_compile(r"[.!?:;…\"”’)\]*]\s*$")
_HEADING = lazy_compile(r"#{1,6}(?:\s|$)")
#: A link reference definition ("[1]: https://example.com") and a footnote's ("[^1]: …").
_LINK_DEFINITION = lazy_compile(
    r" {0,3}\[(?!\^)[^\]\n]{1,100}\]:[ \t]*<?[^\s<>]+>?"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*"
)
_NOTE_DEFINITION = lazy_compile(r" {0,3}\[\^[^\]\s]{1,40}\]:[ \t]*")
_RULE = lazy_compile(r"(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
#: The line under a heading's text: "Title" over "=====" (level 1) or "-----" (level 2).
_SETEXT = lazy_compile(r" {0,3}(?:(?P<one>=+)|-+)[ \t]*")
#: A block quotation's markers, every level at once ("> ", ">> ", "> > ").
_QUOTED = lazy_compile(r" {0,3}>(?:[ \t]*>)*[ \t]?")
#: A list that opens right under a paragraph's text (CommonMark: a bullet, or "1.").
_LIST_AFTER_TEXT = lazy_compile(r" {0,3}(?:[-*+]|1[.)])[ \t]+\S")
#: A list item's marker: "- ", "* ", "+ ", or a number: "1. ", "1) ".
_ITEM = lazy_compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")


def strip_inline(markdown: str) -> tuple[str, list[Link]]:
    """Plain text of inline Markdown, with the real links it contained.

    Placeholder targets (``#`` or empty) are dropped; quotation marks, apostrophes
    and dashes pass through untouched.
    """
    out: list[str] = []
    links: list[Link] = []
    length = 0
    last = 0
    before = " "  # the last character written: a paragraph starts as if after a space
    previous_end = 0
    for match in _INLINE.finditer(markdown):
        out.append(markdown[last : match.start()])
        length += match.start() - last
        last = match.end()
        kind = match.lastgroup
        piece = ""
        if kind == "esc":
            piece = match.group("esc")
        elif kind == "lurl" or match.group("ltext") is not None:
            piece, _ = strip_inline(match.group("ltext"))
            url = match.group("lurl")
            if piece and url and not url.startswith("#"):  # an image alone links no text
                links.append(Link(piece, url, length, length + len(piece)))
        elif kind == "auto":
            piece = match.group("auto")
            links.append(Link(piece, piece, length, length + len(piece)))
        elif match.group("rtext") is not None:
            piece, _ = strip_inline(match.group("rtext"))  # its target is defined elsewhere
        elif kind in {"em", "uem"}:
            piece, inner = strip_inline(match.group(kind))
            links += [Link(x.text, x.url, length + x.start, length + x.end) for x in inner]
        elif kind == "entity":
            piece = reference_character(match.group("entity"))
        elif kind == "tag" and _BREAK_TAG.match(match.group("tag")):
            # A line or block break inside a paragraph is a space in it, if none is there.
            space_before = (out[-1][-1:] if out[-1] else before).isspace()
            piece = "" if space_before or markdown[last : last + 1].isspace() else " "
        # images and bold markers contribute nothing
        if match.start() > 0 and match.start() != previous_end:
            before = markdown[match.start() - 1]
        if piece:
            before = piece[-1]
        elif kind != "strong" and before == " " and markdown[last : last + 1] == " ":
            last += 1  # "a ![photo](p.jpg) b" reads "a b", not "a  b"
        previous_end = last
        out.append(piece)
        length += len(piece)
    out.append(markdown[last:])
    return "".join(out), links


def reference_character(reference: str) -> str:
    """The character a reference stands for; U+FFFD for a number no character has, as
    CommonMark says."""
    if reference[1] == "#":
        hexadecimal = reference[2] in "xX"
        code = int(reference[3:-1], 16) if hexadecimal else int(reference[2:-1])
        if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            return "\ufffd"
        return chr(code)
    from html.entities import html5  # only for a named reference, which few hold

    return html5.get(reference[1:], reference)  # unchanged when the name is unknown


_MD_SPECIAL = lazy_compile(r"([\\`*_\[\]<>])")
#: An "&" that a reader would take for the start of a character reference.
_REFERENCE_START = lazy_compile(r"&(?=" + _ENTITY[1:] + ")")
#: How a paragraph's first characters could be read as something else: a heading, a
#: list, a rule (# - +), an ordered list ("1." "2)") or the "Original url:" marker.
_BLOCK_START = lazy_compile(r"(?i)[#+-]|(?P<number>\d+)[.)](?=\s|$)|(?P<marker>original\s+url):")


def escape_inline(text: str) -> str:
    """Plain text as Markdown that `strip_inline` gives back unchanged."""
    return _REFERENCE_START.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", text))


def heading_line(level: int, text: str) -> str:
    """A Markdown heading that reads back whole: one line, escaped, and a closing "#"
    guards a final "#" (which a reader would otherwise take for the closing sequence)."""
    text = escape_inline(" ".join(text.split()))
    return "#" * level + " " + text + (" #" if text.endswith("#") else "")


def escape_block_start(markdown: str) -> str:
    """A paragraph's Markdown, its start escaped so that it reads back as a paragraph.

    Only ASCII punctuation is backslashed (``\\#``, ``1\\.``, ``url\\:``): the reader drops
    those backslashes, where one before a letter ("\\Original") would stay in the text.
    """
    match = _BLOCK_START.match(markdown)
    if not match:
        return markdown
    at = match.end() - 1 if match.group("number") or match.group("marker") else 0
    return markdown[:at] + "\\" + markdown[at:]


#: Words of a time that "By" may open a sentence with: no byline is only these.
_WHEN_WORDS = (
    MONTH_NAMES
    | WEEKDAYS
    | word_set(
        "christmas easter ramadan eid hanukkah diwali thanksgiving halloween passover new "
        "year eve day morning afternoon evening night noon midnight dawn dusk weekend "
        "week today tonight tomorrow then now spring summer autumn fall winter midday "
        "election labor labour next early late last this coming"
    )
)


def byline_names(text: str) -> list[str] | None:
    """The names a byline gives ("By Ann Lee and Bo Chen" → both), or None if it is not one."""
    byline = _BYLINE.fullmatch(text)
    if not byline or len(text) >= 200:
        return None
    names = byline.group("names").strip().rstrip(".")
    names = _without_affiliation(names)
    pieces = _AUTHOR_SPLIT_KEPT.split(names)  # names, with what separates them between
    parts = [_DATELINE.sub("", n.strip()) for n in pieces[::2]]
    # "By the time the troops arrived…" opens a story; it is not a byline.
    if not all(_NAME.fullmatch(part) for part in parts if part):
        return None
    words = (
        word.lower().removesuffix("'s").removesuffix("’s")
        for part in parts
        for word in part.split()
    )
    if all(word in _WHEN_WORDS for word in words):
        return None  # "By Christmas", "By Monday Morning": when, not who
    authors = _without_posts(parts, pieces[1::2])
    return authors or None


def _without_posts(parts: list[str], separators: list[str]) -> list[str]:
    """A byline's names without the posts written after them ("Ann Lee, Health Editor,
    and Bo Chen, Science Editor"), nor the outlet a post is at ("…, Senior Reporter, The
    Times"). Only a part after a bare comma can be either: after "and", it is an author.
    A single word there is a place or an outlet ("Ann Lee, Abuja, Nigeria"), as people
    have two names or more, unless the first name has one too ("Lee, Ann")."""
    if not separators:
        return [part for part in parts if part]
    from newsread.names import is_job_title, is_name_suffix, is_organisation

    authors: list[str] = []
    after_post = False
    for at, part in enumerate(parts):
        bare_comma = at > 0 and _LISTED.search(separators[at - 1]) is None
        if bare_comma and authors and is_job_title(part):
            after_post = True
        elif bare_comma and authors and is_name_suffix(part):
            authors[-1] = f"{authors[-1]}, {part}"  # "Ann Lee, Jr.": her name goes on
        elif bare_comma and authors and " " in authors[0] and " " not in part:
            continue  # "Lagos": where the reporter is, as the first name has two words
        elif not (bare_comma and after_post and is_organisation(part)):
            after_post = False
            if part:
                authors.append(part)
    return authors


def _byline_then_date(text: str) -> list[str] | None:
    """A byline and the date after a comma ("By Ann Lee, March 3, 2024"), split; or None.
    Tried at each comma in turn, since the date holds one itself."""
    if text[:3].lower() != "by " or "," not in text:
        return None
    at = text.find(",")
    while at >= 0:
        date = text[at + 1 :].strip()
        if header_date(date) is not None:
            return [text[:at], date]
        at = text.find(",", at + 1)
    return None


def _without_affiliation(names: str) -> str:
    """A byline's names without the outlet or desk after the last comma ("Ann Lee, BBC
    News", "Bo Chen, Reuters"): where they work, not another author. A single word there
    must be a known outlet or letters ("Ann Lee, AFP"), since "Lee, Ann" is a name."""
    written, comma, last = names.rpartition(", ")
    if not comma or not written.strip() or _AUTHOR_SPLIT.search(last) or _LISTED.match(last):
        return names  # (", Bo Chen and The Associated Press", ", and Reuters Staff": a list)
    from newsread.names import is_organisation
    from newsread.outlets import outlet_by_name

    one_word = " " not in last.strip()
    known = outlet_by_name(last) is not None or (last.isupper() and len(last) >= 2)
    if (known if one_word else is_organisation(last)) and " " in written.strip():
        return written
    return names


def web_address(text: str) -> str | None:
    """The first http(s) address in a text, as the reader finds a source URL.

    Between angle brackets the address runs to the closing one, brackets and all
    ("<https://en.wikipedia.org/wiki/Foo_(bar)>"). Written bare, it ends before the first
    bracket it did not open: "(see https://a.org/x)" and Markdown's "[https://a.org](…)"
    give the address alone, "https://a.org/Foo_(bar)" the whole of it; and unless it
    stands alone or a bracket ends it, the sentence's punctuation or quotation mark after
    it is none of it (`"https://a.org/x".`), as GitHub's Markdown reads a bare address.
    Alone it is kept as written: ".../wiki/Washington,_D.C.".
    """
    match = _URL.search(text)
    if match is None:
        return None
    address = match.group(0)
    if text.endswith("<", 0, match.start()) and text.startswith(">", match.end()):
        return address
    depth = {"(": 0, "[": 0}
    bracketed = False  # ended by a bracket, as Markdown's "[https://a.org/D.C.](…)"
    for at, mark in enumerate(address):
        if mark in depth:
            depth[mark] += 1
        elif mark in _CLOSING:
            opener = _CLOSING[mark]
            if depth[opener] == 0:
                address, bracketed = address[:at], True
                break
            depth[opener] -= 1
    if not bracketed and address != text.strip():
        address = address.rstrip(_AFTER_AN_ADDRESS)
    return None if address.endswith("://") else address


_CLOSING = {")": "(", "]": "["}
#: What ends a sentence or a quotation around a bare address, rather than the address.
_AFTER_AN_ADDRESS = ".,;:!?*_~\"'”’`"


#: How common documents and pictures open, which no article's text does.
_BINARY_KINDS = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "zip (or Word, or EPUB)"),
    (b"\xd0\xcf\x11\xe0", "Word 97-2003"),
    (b"{\\rtf", "rich-text (RTF)"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text of a file's bytes: UTF-8 (BOM dropped), UTF-16 with its BOM (as Windows tools
    save "Unicode" text), else cp1252/Latin-1 with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError("is not valid UTF-16, though it opens as UTF-16 does") from None
        if "\x00" not in text:
            return text.replace("\r\n", "\n").replace("\r", "\n"), []
    kind = next((name for magic, name in _BINARY_KINDS if data.startswith(magic)), None)
    if kind is not None:
        raise ArticleError(f"is a {kind} file, not an article: save its text first")
    if b"\x00" in data:
        raise ArticleError("is a binary file (it contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
        warnings: list[str] = []
    except UnicodeDecodeError as error:
        # cp1252, the five bytes it leaves undefined read as Latin-1 does (as control
        # characters): one stray byte must not lose the file's curly quotes and dashes.
        # A UTF-8 BOM goes first: read as cp1252 it is "ï»¿", and the first line (a
        # title, a front-matter fence) would no longer be one.
        bom = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
        text = data[bom:].decode("cp1252", errors="surrogateescape")
        if not text.isascii():
            text = _ESCAPED_BYTE.sub(lambda m: chr(ord(m.group()) - 0xDC00), text)
        # "utf-8-sig" counts from after the BOM; the warning names the byte in the file.
        warnings = [f"not valid UTF-8 (byte {error.start + bom}); read as cp1252"]
    return text.replace("\r\n", "\n").replace("\r", "\n"), warnings


#: The byte order mark UTF-8 files may open with.
_UTF8_BOM = b"\xef\xbb\xbf"
#: A byte `surrogateescape` kept as a lone surrogate (U+DC80 to U+DCFF).
_ESCAPED_BYTE = lazy_compile("[\udc80-\udcff]")


def load_article(path: str | Path, *, slug: str | None = None) -> Article:
    """Read and parse an article file; every failure is an ArticleError naming the file."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ArticleError("is a directory, not an article file")
        data = read_limited(path)
    except ArticleError as error:
        raise ArticleError(f"{path}: {error}") from None
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except PermissionError:
        raise ArticleError(f"{path}: permission denied") from None
    except OSError as error:
        raise ArticleError(f"{path}: {error.strerror or error}") from None
    return parse_bytes(data, source=str(path), slug=slug or path.stem, plain=_is_plain(path))


def read_limited(path: Path) -> bytes:
    """A file's bytes, or an ArticleError (without the file's name) if over MAX_BYTES.

    The limit is kept on what is read, not on what `stat` says: a device or pipe reports
    size 0 however much it holds (/dev/zero never ends). A regular file already known to
    be too large is refused without reading it.
    """
    if path.stat().st_size > MAX_BYTES:
        raise ArticleError(too_large())
    with path.open("rb") as stream:
        data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ArticleError(too_large())
    return data


def too_large() -> str:
    """Why input over the limit is refused; only "more than" is known, not by how much."""
    limit = f"{MAX_BYTES // 2**20} MiB" if MAX_BYTES >= 2**20 else f"{MAX_BYTES} bytes"
    return f"is more than {limit}, the limit for an article"


def parse_bytes(
    data: bytes, *, source: str | None = None, slug: str | None = None, plain: bool = False
) -> Article:
    """Parse raw bytes (a file or stdin); errors are prefixed with the source's name."""
    name = source or "<input>"
    try:
        if len(data) > MAX_BYTES:
            raise ArticleError(too_large())
        text, warnings = decode(data)
        if not text.strip():
            raise ArticleError(EMPTY)
        article = parse_article(text, plain=plain)
        if not plain and not (article.title or "").strip() and _front_matter_only(text):
            raise ArticleError(EMPTY_FRONT_MATTER)
    except ArticleError as error:
        raise ArticleError(f"{name}: {error}") from None
    article.warnings[:0] = warnings
    article.source = source
    article.slug = slug
    return article


#: What a file with nothing to read is refused as: read, but empty (a draft, say), not a
#: file that could not be read (see `is_empty_error`).
EMPTY = "is empty"
EMPTY_FRONT_MATTER = f"{EMPTY}: front matter only, with no title and no text"


def is_empty_error(message: str) -> bool:
    """Whether a load error (as `parse_bytes` words it, after the file's name) is only a
    file's having nothing in it."""
    return message.endswith((f": {EMPTY}", f": {EMPTY_FRONT_MATTER}"))


def _front_matter_only(text: str) -> bool:
    """Whether nothing but blanks follows the front matter ("---\\n---\\n"): a file with
    nothing to show, quote, search or cite by, refused as an empty file is. A title in
    the front matter is enough to keep it (a record kept to be cited)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.startswith("---"):
        return False
    _, rest, consumed = split_front_matter(text)
    return consumed > 0 and not rest.strip()


def _is_plain(path: Path) -> bool:
    return path.suffix.lower() in {".txt", ".text"}


def parse_article(text: str, *, plain: bool = False) -> Article:
    """Parse article text; never raises except ArticleError for malformed front matter.

    ``plain`` reads the text as plain paragraphs: no Markdown syntax is interpreted.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.isascii():
        text = _composed(text)
    meta: FrontMatter = {}
    if not plain:
        meta, text, _ = split_front_matter(text)
    article = Article()
    # Front matter that states a field empty ("authors: []") says the article has none:
    # a first paragraph that reads like a byline or a date stays a paragraph.
    none = {key for key, value in meta.items() if not value}
    bylined = any(meta.get(key) for key in ("authors", "author"))
    titled = bool(meta.get("title"))
    parser = _Parser(article, plain, none, bylined=bylined, titled=titled)
    parser.run(text)
    _join_split_paragraphs(article)
    _apply_front_matter(article, meta)
    _derive_publisher(article, parser.credited)
    return article


#: A letter and the combining accents after it ("e" and U+0301).
_DECOMPOSED = lazy_compile("[^\u0300-\u036f][\u0300-\u036f]+")


def _composed(text: str) -> str:
    """ "José" typed as "Jose" and a combining accent (as macOS and some exports save it)
    read as the "José" the rest of the article writes: one name, one search hit. Only
    such letters are composed; full NFC would also change characters that have no
    accent at all (CJK compatibility ideographs, the ohm sign)."""
    return _DECOMPOSED.sub(lambda m: unicodedata.normalize("NFC", m.group()), text)


def _without_comments(text: str) -> str:
    """The text less its HTML comments ("<!-- … -->"), found with `str.find` so that a
    text of many openings is still read in one pass; an opening never closed is text, as
    CommonMark reads it ("editors type <!-- before it")."""
    out: list[str] = []
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[at:start])
        at = end + 3
    out.append(text[at:])
    return "".join(out)


#: The row under a GFM table's header: "|---|:--:|", "--- | ---".
_TABLE_DELIMITER = lazy_compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?")


def _blocks(text: str) -> Iterator[list[str]]:
    """Runs of non-blank lines, right-stripped."""
    block: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            block.append(line.rstrip())
        elif block:
            yield block
            block = []
    if block:
        yield block


def _interruption(lines: list[str], begin: int) -> tuple[int, int] | None:
    """Where another block breaks into the block that starts at line `begin`, as CommonMark
    reads it: (the line it starts at, how many lines of it to drop). A block quotation
    after other lines, a rule ("***", "* * *"; "---" too in a list or first), a heading's
    underline with more lines after it, a "#" heading (one line, before or after others:
    "# Title" straight over the first paragraph)."""
    listed = _ITEM.match(lines[begin]) is not None
    quoted = _QUOTED.match(lines[begin]) is not None
    if len(lines) > begin + 1 and _RULE.fullmatch(lines[begin].strip()):
        return begin, 1
    if len(lines) > begin + 1 and not quoted and _HEADING.match(lines[begin]):
        return begin + 1, 0
    for at in range(begin + 1, len(lines)):
        line = lines[at]
        if not quoted and _QUOTED.match(line):
            return at, 0
        if not quoted and _HEADING.match(line):
            return at, 0
        stripped = line.strip()
        if _RULE.fullmatch(stripped) and (stripped[0] != "-" or listed):
            return at, 1
        if not listed and at < len(lines) - 1 and _SETEXT.fullmatch(line):
            return at + 1, 0
    return None


def _list_starts(lines: list[str], at: int) -> bool:
    """Whether a list starts at line `at` of a paragraph's lines."""
    if _LIST_AFTER_TEXT.match(lines[at]) is None:
        return False
    introduced = lines[at - 1].rstrip().endswith(":")
    return introduced or (at + 1 < len(lines) and _ITEM.match(lines[at + 1]) is not None)


def _list_items(lines: list[str]) -> list[str]:
    """A list's items, each with the lines that continue it."""
    items: list[str] = []
    for line in lines:
        if _ITEM.match(line) is None and items:
            items[-1] += " " + line.strip()
        else:
            items.append(line.strip())
    return items


def _paragraph_texts(lines: list[str]) -> list[str]:
    """One paragraph per block, or one per line where the lines were clearly not wrapped."""
    stripped = [line.strip() for line in lines]
    if len(stripped) > 1 and max(len(line) for line in stripped) > _UNWRAPPED_LINE:
        return stripped
    return [" ".join(stripped)]


def _date_sentences(part: str) -> list[str]:
    """A part of a head's line that is labelled dates written as sentences, one piece a
    date ("Published March 3, 2024. Updated March 7, 2024." → both); any other part whole,
    so that a sentence before a date ("This story was corrected. Updated …") keeps the
    line a paragraph. A byline may open it ("By Ann Lee. Updated March 7, 2024.")."""
    pieces = _DATE_SENTENCES.split(part)
    if len(pieces) < 2:
        return [part]
    pieces[-1] = pieces[-1].removesuffix(".")
    first = pieces[0]
    bylined = first[:3].lower() == "by " and byline_names(first) is not None
    dated = all(header_date(piece) is not None for piece in pieces[0 if not bylined else 1 :])
    return pieces if dated else [part]


#: What a head's bylines and dates set: authors, date, its precision, whether the date
#: is an update's, the outlet credited (`_Parser.head_state`).
_HeadState = tuple[tuple[str, ...], dt.date | None, Precision, bool, str | None]


class _Parser:
    def __init__(
        self,
        article: Article,
        plain: bool,
        none: set[str] | None = None,
        *,
        bylined: bool = False,
        titled: bool = False,
    ) -> None:
        self.article = article
        self.plain = plain
        self.seek_byline = not (none or set()) & {"authors", "author"}
        # Front matter names the authors: a head line in newsread's own caption form
        # ("*By Tuesday* **AFP**") is that caption, not a byline to read.
        self.authors_given = bylined
        self.seek_date = not (none or set()) & {"published", "date"}
        self.in_header = True  # before the first body paragraph
        self.date_is_update = False  # the date read so far is when it was updated
        self.embed_lines: list[str] | None = None
        self.awaiting_url = False
        #: Whether a first line may yet be an unmarked headline (see `unmarked_title`), and
        #: the one-line block held back as one until the block after it tells.
        self.seek_title = not titled
        self.held_title: str | None = None
        #: The outlet a line under the byline names ("BBC News"): the publisher, unless the
        #: metadata or the URL names one (a wire service's credit on another outlet's page).
        self.credited: str | None = None

    def run(self, text: str) -> None:
        if not self.plain and "<!--" in text:
            text = _without_comments(text)  # notes for editors, which readers never see
        for block in _blocks(text):
            self.block(block)
        self.release_title()
        self.finish_embed(None)

    def block(self, lines: list[str]) -> None:
        if self.plain:
            # No Markdown is read in plain text, but labelled lines heading it are
            # metadata there too ("Source: The Daily Star", "Date: 2025-01-21"), and so are
            # a headline of one line and the byline and date under it.
            if self.title_held(lines):
                return
            if not self.article.paragraphs and self.labelled_lines(lines):
                return
            if self.unmarked_title(lines):
                return
            if self.in_header and self.article.title and self.bylines_or_dates(lines):
                return  # under a headline found so: its byline and date, block by block
            for text in _paragraph_texts(lines):
                self.add_paragraph(text, [])
            return
        begin = 0  # a block quotation, a rule or a heading may break into a paragraph
        while begin < len(lines):
            cut = _interruption(lines, begin)
            if cut is None:
                self.whole_block(lines[begin:])
                return
            at, skip = cut
            if at > begin:
                self.whole_block(lines[begin:at])
            begin = at + skip

    def whole_block(self, lines: list[str]) -> None:
        """A block no other block breaks into."""
        if _QUOTED.match(lines[0]):
            # A block quotation (a pull quote, a letter, a post) reads as its paragraphs.
            inner = [line[m.end() :] if (m := _QUOTED.match(line)) else line for line in lines]
            for sub_block in _blocks("\n".join(inner)):
                self.simple_block(sub_block)
            return
        self.simple_block(lines)

    def simple_block(self, lines: list[str]) -> None:
        """A block that is no block quotation."""
        joined = "\n".join(lines)
        first = lines[0].strip()
        if self.title_held(lines):
            return
        if self.awaiting_url:
            self.awaiting_url = False
            url = web_address(joined)
            if url and len(lines) == 1:
                self.article.url = url
                return
        if self.embed_lines is not None:
            byline = _EMBED_BYLINE.match(strip_inline(first)[0].strip())
            if byline and len(lines) == 1:
                self.finish_embed(byline)
                return
            if len(self.embed_lines) < 2:  # an embed holds the post and at most one more block
                self.embed_lines.extend(lines)
                return
            self.finish_embed(None)
        if _EMBED_MARK.fullmatch(first):
            self.embed_lines = [line for line in lines[1:]]
            return
        original = _ORIGINAL_URL.fullmatch(joined.strip())
        if original:
            url = web_address(original.group("rest"))
            if url:
                self.article.url = url
            else:
                self.awaiting_url = True
            return
        if len(lines) == 1 and _HEADING.match(first):  # "#hashtag" is not a heading
            level = len(first) - len(first.lstrip("#"))
            self.heading(level, first[level:].strip().rstrip("#"))
            return
        if len(lines) == 1 and _RULE.fullmatch(first):
            return
        if len(lines) > 1 and "|" in lines[1] and _TABLE_DELIMITER.fullmatch(lines[1]):
            # A GFM table: a paragraph a row, its cells apart ("Reds | 3"), not one run
            # of pipes and dashes; the row of dashes under the header is no text.
            for row in [lines[0], *lines[2:]]:
                cells = re.split(r"(?<!\\)\|", row.strip().removeprefix("|").removesuffix("|"))
                self.paragraphs([" | ".join(cell.strip() for cell in cells)])
            return
        if _NOTE_DEFINITION.match(first) or _LINK_DEFINITION.fullmatch(first):
            self.definitions(lines)
            return
        underline = _SETEXT.fullmatch(lines[-1]) if len(lines) > 1 else None
        if underline is not None and not _ITEM.match(lines[0]):
            text = " ".join(line.strip() for line in lines[:-1])
            if text[-1:] in ".!?" or len(text.split()) > 15:
                self.paragraphs(lines[:-1])  # a sentence over a line: no heading ("The end.")
            else:
                self.heading(1 if underline.group("one") else 2, text)
            return
        if _ITEM.match(lines[0]) and not _RULE.fullmatch(first):
            # One paragraph per item, its marker kept: a reader sees a list, and "- Ann
            # Lee "…"" names who speaks.
            for item in _list_items(lines):
                self.paragraphs([item])
            return
        # A list may follow a paragraph's lines with no blank line between: after a colon,
        # or of two items at least ("… - as she put it - …" is a dash in a wrapped line).
        start = next((i for i in range(1, len(lines)) if _list_starts(lines, i)), 0)
        if start:
            self.paragraphs(lines[:start])
            self.simple_block(lines[start:])
            return
        self.paragraphs(lines)

    def definitions(self, lines: list[str]) -> None:
        """Notes and link references, as Markdown writes them one under another: each
        footnote ("[^1]: A note.", its lines under it) a paragraph of its own, without
        the mark; each "[1]: https://…" (where "[a][1]" points) no text at all, a line
        under one starting a paragraph."""
        texts: list[list[str]] = []
        for line in lines:
            note = _NOTE_DEFINITION.match(line)
            if note is not None:
                texts.append([line[note.end() :]])
            elif _LINK_DEFINITION.fullmatch(line):
                texts.append([])
            elif texts and texts[-1]:
                texts[-1].append(line)
            else:
                texts.append([line])
        for text in texts:
            if text:
                self.paragraphs(text)

    def paragraphs(self, lines: list[str]) -> None:
        head = self.in_header or (len(self.article.paragraphs) == 1 and not self.seek_title)
        if head and lines[0].strip().lower() in _BODY_STARTS:
            # "Markdown Content:" (a reader service's export): the body starts below, also
            # under a first line kept in the body over labelled lines (`headline_over`).
            lines = lines[1:]
            self.in_header = False
            if not lines:
                return
        if self.in_header and self.header_block(lines):
            return
        if self.unmarked_title(lines):
            return
        for text in _paragraph_texts(lines):
            plain_text, links = strip_inline(text)
            self.add_paragraph(plain_text, links)

    def unmarked_title(self, lines: list[str]) -> bool:
        """A headline with no "#", as a pasted article opens: a first line with no
        sentence's end, read as the title only when a byline follows it (see
        `headline_over`), on the lines below it ("Ferry Returns Home" over "By Ann Lee") or
        as the next block. A block of one such line is held back until that block tells."""
        if not (self.seek_title and self.in_header and self.article.title is None):
            return False
        if self.article.paragraphs or self.held_title is not None:
            return False
        if not _headline_like(self.inline(lines[0])[0]):
            return False
        self.seek_title = False  # only the first line may be one
        if len(lines) == 1:
            self.held_title = lines[0].strip()
            return True
        return len(lines) <= 4 and self.headline_over(lines[0], lines[1:])

    def title_held(self, lines: list[str]) -> bool:
        """Whether the block after a held-back first line makes it the title: a byline,
        taken as such. Otherwise the line goes back to the body, before it."""
        held = self.held_title
        if held is None:
            return False
        first = lines[0].strip()
        kind = (_HEADING, _ITEM, _QUOTED, _RULE)
        under = len(lines) <= 4 and not any(mark.match(first) for mark in kind)
        if under and self.headline_over(held, lines):
            self.held_title = None
            return True
        self.release_title()
        return False

    def headline_over(self, headline: str, lines: list[str]) -> bool:
        """Whether `lines` under `headline` are its head: a byline (with a date or not)
        makes it the title. A date alone is not enough: pages set one under a caption, a
        notice ("This article is more than 1 year old") or a timeline's first entry, and
        all is then left as it was. Labelled lines are metadata whatever they hold; with
        no author among them, or naming another title, the line above is the body's."""
        article = self.article
        before = self.head_state()
        labelled = self.labelled_lines(lines)
        if not (labelled or self.bylines_or_dates(lines)):
            return False
        if not (article.authors or labelled):
            self.restore_head(before)
            return False
        text, links = self.inline(headline)
        if article.title is None and article.authors:
            article.title = text
        elif article.title is None or text.casefold() != article.title.casefold():
            self.add_paragraph(text, links)  # (not the title twice)
        return True

    def release_title(self) -> None:
        """A held-back first line that was no headline after all: the body's first line."""
        held, self.held_title = self.held_title, None
        if held is not None:
            self.add_paragraph(*self.inline(held))

    def inline(self, line: str) -> tuple[str, list[Link]]:
        """A line's text and links: Markdown read, except in a plain text."""
        return (line.strip(), []) if self.plain else strip_inline(line.strip())

    def heading(self, level: int, markdown: str) -> None:
        heading = strip_inline(markdown.strip())[0].strip()
        if level == 1 and self.article.title is None and self.in_header:
            self.article.title = heading
        elif heading:
            before = len(self.article.paragraphs) + 1
            self.article.headings.append(Heading(heading, before))

    def header_block(self, lines: list[str]) -> bool:
        """Title-block lines (byline, date, caption) before the body starts."""
        if self.labelled_lines(lines):
            return True
        text = " ".join(line.strip() for line in lines)
        if self.authors_given and self.caption(text, emphasised_only=True):
            return True
        return self.bylines_or_dates(lines) or self.caption(text)

    def bylines_or_dates(self, lines: list[str]) -> bool:
        """A block of bylines and dates, on lines of their own or on one line. Line by
        line first: "By Ann Lee, Orkney correspondent" over "Sat 3 Feb 2024" read as one
        line would lose the date with the post after the name."""
        plain_text = strip_inline(" ".join(line.strip() for line in lines))[0].strip()
        if len(plain_text) >= 200:
            return False
        return (1 < len(lines) <= 4 and self.header_lines(lines)) or self.metadata_line(plain_text)

    def byline_or_date(self, lines: list[str]) -> bool:
        """A block of bylines and dates, or of labelled metadata ("Author: Ann Lee"), as
        may stand under an unmarked headline."""
        return self.labelled_lines(lines) or self.bylines_or_dates(lines)

    def caption(self, text: str, *, emphasised_only: bool = False) -> bool:
        """A picture's caption before the body, its credit in bold at the end: read when
        the caption is in italics ("*Crowds gather* **Ann Lee/AFP**"), or (unless
        `emphasised_only`) when it is no running text."""
        article = self.article
        if article.caption is not None or article.paragraphs:
            return False
        credit = _CREDIT.fullmatch(text)
        if not credit or not credit.group("caption"):
            return False
        caption = strip_inline(credit.group("caption"))[0].strip()
        by = strip_inline(credit.group("credit"))[0].strip()
        if _EMPHASISED.fullmatch(credit.group("caption")) or (
            not emphasised_only and not _running_text(caption, by)
        ):
            article.caption = Caption(caption, by)
            return True
        return False

    def labelled_lines(self, lines: list[str]) -> bool:
        """A block of labelled metadata, one field a line, as saved articles and exports
        often head the body: "Source: The Daily Star", "Date: 2025-01-21", "Author: Ann
        Lee". Every line must carry a label the reader knows and a value of its kind (a
        dateline, "LAHORE: The …", a "Note: …" or "Source: a person who …" keeps the
        block a paragraph)."""
        authors: list[str] = []
        dates: list[tuple[dt.date, str, Precision]] = []
        values: dict[str, str] = {}  # publisher, url, title
        for line in lines:
            plain = strip_inline(line.strip())[0].strip()
            labelled = _LABELLED.fullmatch(plain)
            field_name = _HEADER_LABELS.get(labelled["label"].lower()) if labelled else None
            if labelled is None or field_name is None:
                return False
            value = labelled["value"].strip()
            if not any(char.isalnum() for char in value) or _LABELLED.fullmatch(value):
                return False  # "Source: :", "Title: Title: …"
            if field_name == "title" and self.article.title is not None:
                if value.casefold() == self.article.title.casefold():
                    continue  # an export repeating the heading
                # "# Book review", then "Title: Orbital", "Author: Samantha Harvey": a
                # fact box about a book, not the article's own head.
                return False
            if field_name == "authors":
                names = byline_names(value if value[:3].lower() == "by " else f"By {value}")
                if names is None:
                    return False
                authors += [name for name in names if name not in authors]
            elif field_name == "date":
                # "Published Time: 2024-03-05T10:00:00Z": the date of a timestamp.
                stamp = _TIMESTAMP.fullmatch(value)
                dated = header_date(stamp.group(1) if stamp else plain)
                if dated is None:
                    return False
                dates.append(dated)
            elif field_name == "url":
                address = web_address(value)
                if address is None:
                    return False
                values.setdefault(field_name, address)
            elif field_name == "publisher" and not _outlet_like(value):
                return False  # "Source: a senior official", "Source: Getty Images"
            else:
                values.setdefault(field_name, value)
        article = self.article
        if authors and self.seek_byline and not article.authors:
            article.authors = authors
        for dated in dates if self.seek_date else []:
            self.header_date(*dated)
        article.publisher = article.publisher or values.get("publisher")
        article.url = article.url or values.get("url")
        article.title = article.title or values.get("title")
        return True

    def metadata_line(self, text: str) -> bool:
        """A byline, a date or both, maybe with labels beside them: "By Ann Lee", "March
        3, 2024", "By Ann Lee | Staff Writer | March 3, 2024", "March 3, 2024 · 5 min
        read". Anything else on the line (a sentence) makes it no such line."""
        parts = [piece for part in _HEADER_PARTS.split(text) for piece in _date_sentences(part)]
        article = self.article
        authors = byline_names(parts[0]) if not article.authors and self.seek_byline else None
        if authors is None and self.seek_byline and self.seek_date and not article.authors:
            split = _byline_then_date(parts[0])  # "By Ann Lee, March 3, 2024"
            authors = byline_names(split[0]) if split else None
            if split and authors:
                parts[:1] = split
        bylined = bool(authors)  # "By Ann Lee | July 2022": a month beside a byline is a date
        dates = [(part, header_date(part, bylined=bylined)) for part in parts]
        dates = dates if self.seek_date else []
        dated = [(part, found) for part, found in dates if found is not None]
        rest = parts[1:] if authors else parts
        rest = [part for part in rest if all(part is not date for date, _ in dated)]
        if not (authors or dated) or not all(_LABEL.fullmatch(part) for part in rest):
            return False
        if dated and not self.header_date(*dated[0][1]) and not authors:
            return False  # a second plain date is the body's ("March 5, 2024" as a line)
        for _, found in dated[1:]:
            self.header_date(*found)  # "Updated March 7, 2024. Published March 4, 2024"
        if authors:
            article.authors = authors
        return True

    def header_lines(self, lines: list[str]) -> bool:
        """A block whose every line is a byline or a date ("By Ann Lee" over "March 3,
        2024"), as pages set them on lines of their own, or under a byline the outlet's
        name ("By Ann Lee" over "BBC News"); nothing is read unless all are."""
        article = self.article
        before = self.head_state()
        outlet_read = False  # one outlet's line at most
        for line in lines:
            plain_text = strip_inline(line.strip())[0].strip()
            outlet = outlet_by_name(plain_text) if article.authors and not outlet_read else None
            if outlet is not None and outlet.name == plain_text:  # as written: not "time"
                self.credited = self.credited or outlet.name
                outlet_read = True
                continue
            if not self.metadata_line(plain_text):
                self.restore_head(before)
                return False
        return True

    def head_state(self) -> _HeadState:
        """What bylines and dates have set so far, to set back with `restore_head`."""
        article = self.article
        return (
            tuple(article.authors),
            article.published,
            article.published_precision,
            self.date_is_update,
            self.credited,
        )

    def restore_head(self, state: _HeadState) -> None:
        """Undo a block read on trial as bylines and dates that turned out to be none."""
        authors, published, precision, self.date_is_update, self.credited = state
        self.article.authors = list(authors)
        self.article.published, self.article.published_precision = published, precision

    def header_date(self, date: dt.date, label: str, precision: Precision) -> bool:
        """The first date at the head is the article's, unless it was only when the
        article was updated and its publication date follows. Whether the line was one
        of the head's dates (a labelled one always is)."""
        updated = label == "updated"
        if self.article.published is None or (self.date_is_update and not updated):
            self.article.published, self.article.published_precision = date, precision
            self.date_is_update = updated
            return True
        return bool(label)

    def add_paragraph(self, text: str, links: list[Link]) -> None:
        text = text.strip()
        if not text:
            return
        self.in_header = False
        number = len(self.article.paragraphs) + 1
        self.article.paragraphs.append(Paragraph(number, text, tuple(links)))

    def finish_embed(self, byline: re.Match[str] | None) -> None:
        lines = self.embed_lines
        self.embed_lines = None
        if lines is None:
            return
        plain_lines: list[str] = []
        url: str | None = None
        for line in lines:
            text, links = strip_inline(line.strip())
            if links and url is None:
                url = links[0].url
            if links and text.strip() == links[0].text:
                continue  # a line that is only the post's link
            plain_lines.append(text.strip())
        embed_text = " ".join(line for line in plain_lines if line)
        date_text = byline.group("date").strip() if byline else None
        self.article.embeds.append(
            Embed(
                text=embed_text,
                after=len(self.article.paragraphs),
                under_heading=any(
                    h.before > len(self.article.paragraphs) for h in self.article.headings[-1:]
                ),
                url=url,
                author=byline.group("author").strip() if byline else None,
                handle=byline.group("handle") if byline else None,
                date=parse_date(date_text) if date_text else None,
                date_text=date_text or None,
            )
        )


def _headline_like(line: str) -> bool:
    """A line a headline may be: three words to twenty, opening on a capital (or in a
    script without capitals), a figure, a quotation mark or a currency sign, with no
    sentence's or clause's end ("Ferry Returns After Storm", "£5m Pier Opens", "iPhone
    Sales Slump", "Putin Warns U.S."). Shorter lines are mostly kickers, sections and
    names ("Breaking News", "World", "Ann Lee"), and a wrong title is worse in a
    citation than none. Not a line a page or a letter opens with either: a label
    ("Photo: …"), a date or reading time ("Updated 5 minutes ago", "5 min read"), a path
    of sections ("World > Europe", "News | World | UK"), a dateline ("KIRKWALL,
    Scotland"), a byline without its "By" ("Dr Ann Lee, Health Editor"), "Dear Editor",
    "For immediate release"."""
    words = line.split()
    unspaced = len(words) == 1 and len(line) >= 4 and _UNSPACED_SCRIPT.search(line)
    if not (2 < len(words) <= 20 or unspaced) or len(line) > 160:
        return False
    last = words[-1]
    if line.endswith((",", ";", ":", "…", "-", "–", "—")) or (
        line.endswith(".") and "." not in last[:-1] and last.lower() not in _ENDING_ABBREVIATIONS
    ):
        return False  # (not "U.S.", "Co.")
    first = words[0]
    opening = line[0]
    if opening.islower() and first == first.lower():
        return False  # ("iPhone", "eBay" have a capital)
    if not (opening.isalnum() or opening in _HEADLINE_OPENERS or _is_currency(opening)):
        return False
    if opening == "#" and not line[1:2].isalnum():
        return False  # ("#MeToo …", not Markdown's "# Title" in a plain text)
    labelled = _LABELLED.match(line)
    label = labelled["label"].lower() if labelled else ""
    if label in _HEADER_LABELS or label in _PAGE_LABELS:
        return False  # "Title: …", "Photo: …"
    lowered = line.lower()
    if lowered.startswith(_PAGE_LINES) or _READING_TIME.search(line):
        return False
    if first.lower() in _DATE_WORDS and _DIGIT.search(line):
        return False  # "Updated March 3"
    if " > " in line or " › " in line or ("»" in line and "«" not in line):
        return False
    if line.count(" / ") > 1 or line.count(" | ") > 1:
        return False
    place, comma, rest = line.partition(",")
    if comma and place.isupper() and len(rest.split()) <= 3 and not rest.isupper():
        return False  # "KIRKWALL, Scotland", "WASHINGTON, March 3"; not "US, China Agree to …"
    if all(word.strip(".,").lower() in _DAY_WORDS or word.isdigit() for word in words):
        return False  # "Sunday 3 March"
    return not _names_only(line)


def _names_only(line: str) -> bool:
    """Whether a line is a byline without its "By": people's names of two or three words
    each, one opening on a given name ("Ann Lee", "Dr Ann Lee and Bo Chen"), maybe with a
    post."""
    from newsread.speakers.given_names import MEN, WOMEN
    from newsread.speakers.words import is_title

    names = byline_names(f"By {line}")
    if not names:
        return False
    given = False  # whether a name opens on a given name
    for name in names:
        parts = [word for word in name.split() if not is_title(word)]
        if not 2 <= len(parts) <= 3:
            return False
        given = given or parts[0].lower() in MEN or parts[0].lower() in WOMEN
    return given


def _is_currency(char: str) -> bool:
    return unicodedata.category(char) == "Sc"


#: Marks a headline may open on: quotation marks, an inverted question or exclamation
#: mark, a bracketed kicker ("(LEAD) …").
_HEADLINE_OPENERS = "“\"‘'«„「『¿¡([#"
#: Scripts written without spaces, where a headline is one "word" ("台风过后渡轮恢复航行").
_UNSPACED_SCRIPT = lazy_compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_DIGIT = lazy_compile(r"\d")
#: A reading time or an age of a page: "5 min read", "12 minutes ago".
_READING_TIME = lazy_compile(r"(?i)\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|secs?|seconds?)\b")
#: Abbreviations a headline may end on, period and all ("Apple Sues Samsung Co.").
_ENDING_ABBREVIATIONS = frozenset("co. inc. ltd. corp. jr. sr. st. bros.".split())
#: Labels of lines a page opens with ("Photo: …", "Watch: …"), never a headline's.
_PAGE_LABELS = frozenset(
    "photo photos image picture video audio credit caption listen watch advertisement "
    "sponsored".split()
)
#: Words that open a page's date line ("Updated 5 minutes ago", "Published 3 March").
_DATE_WORDS = frozenset("updated published posted modified".split())
#: How other lines a page, a release or a letter opens with begin.
_PAGE_LINES = (
    "for immediate release",
    "skip to ",
    "share this ",
    "listen to this ",
    "last updated",
    "last modified",
    "dear ",
    "view in browser",
    "view this email",
    "sign up",
    "sign in",
    "subscribe",
    "read more",
    "related ",
    "most read",
    "top stories",
    "cookie",
    "letters to the editor",
    "editor's note",
    "editor’s note",
    "this article is more than",
    "you have ",
    "image source",
    "image caption",
    "continue reading",
    "reporting from",
    "published in",
    "follow us",
    "an earlier version",
)


def _join_split_paragraphs(article: Article) -> None:
    """Mend paragraphs broken mid-sentence ("were quick to" / "point out"). Linear in the
    article: each paragraph is read once, and a run of pieces is joined once."""
    heading_at = {h.before for h in article.headings}
    groups: list[list[Paragraph]] = []
    for paragraph in article.paragraphs:
        group = groups[-1] if groups else None
        if (
            group is not None
            and not _TERMINAL.search(group[-1].text)
            and paragraph.text[:1].islower()
            and paragraph.number not in heading_at
        ):
            before = " ".join(piece.text for piece in group[-3:])  # holds its last 3 words
            detail = f"joined {_tail(before)!r} with {_head(paragraph.text)!r}"
            article.repairs.append(Repair("joined-split-paragraph", group[0].number, detail))
            group.append(paragraph)
        else:
            groups.append([paragraph])
    if len(groups) == len(article.paragraphs):
        return
    renumber: dict[int, int] = {}
    paragraphs: list[Paragraph] = []
    for number, group in enumerate(groups, start=1):
        links: list[Link] = []
        offset = 0
        for piece in group:
            renumber[piece.number] = number  # absorbed paragraphs map to their host's number
            links += [Link(x.text, x.url, x.start + offset, x.end + offset) for x in piece.links]
            offset += len(piece.text) + 1
        paragraphs.append(Paragraph(number, " ".join(p.text for p in group), tuple(links)))
    after_last = len(article.paragraphs) + 1  # a heading after the last paragraph
    renumber[after_last] = len(paragraphs) + 1
    article.paragraphs = paragraphs
    article.headings = [Heading(h.text, renumber.get(h.before, h.before)) for h in article.headings]
    article.embeds = [replace(e, after=renumber.get(e.after, e.after)) for e in article.embeds]
    article.repairs = [Repair(r.kind, renumber[r.paragraph], r.detail) for r in article.repairs]


def _tail(text: str) -> str:
    return " ".join(text.split()[-3:])


def _head(text: str) -> str:
    return " ".join(text.split()[:3])


def _as_list(value: str | list[str]) -> list[str]:
    """Front matter's authors: a list as written, or a line split as a byline lists names
    (an organisation's "and" or "&" kept: `split_authors`), without the "By" a byline
    copied in opens with ("author: By Ann Lee")."""
    if isinstance(value, list):
        return [v for v in value if v]
    if "and" in value or "&" in value:
        from newsread.names import split_authors

        names = [n for line in value.split("\n") for n in split_authors(line)]
    else:
        names = re.split(r"\s*[;\n]\s*", value)
    return [_without_by(name.strip()) for name in names if name.strip()]


#: "By " before a name: the byline's word, not the author's.
_BY = lazy_compile(rf"(?i:by)\s+(?=[{CAPITALS}])")


def _without_by(name: str) -> str:
    by = _BY.match(name)
    return name[by.end() :] if by else name


def _comma_listed(names: list[str]) -> list[str]:
    """Warnings for names that may be several written with commas ("Ann Lee, Bo Chen"):
    they are kept as one ("Lee, Ann" and "García Márquez, Gabriel" are one person too),
    and the warning says how to list several."""
    return [
        f"front matter authors: {name!r} is read as one name (family name first); for "
        "several people, write a list: authors: [First Name, Second Name]"
        for name in names
        if name.count(",") and all(len(p.split()) > 1 for p in name.split(","))
    ]


_SINGLE_VALUED = frozenset(
    "title published date accessed publisher sitename site url language lang "
    "publisher_kind kind".split()
)


def _one(key: str, value: str | list[str]) -> str | None:
    """A field that takes one value; ``key:`` with nothing after it is not given (YAML null)."""
    if isinstance(value, list):
        if value:
            raise ArticleError(f"front matter {key}: expected one value, not a list")
        return None
    return value


def _as_date(key: str, value: str) -> dt.date:
    """The day an article was read (`accessed`): always a whole date."""
    date = parse_date(value)
    if date is None:
        raise ArticleError(f"front matter {key}: {value!r} is not a date (use YYYY-MM-DD)")
    return date


def _as_published(key: str, value: str) -> tuple[dt.date, Precision]:
    """When it was published, as precisely as the source says: a day, a month or a year
    ("2021-07-04", "July 2021", "2021"); every guide can cite a month or a year alone."""
    found = parse_partial_date(value)
    if found is None:
        raise ArticleError(
            f"front matter {key}: {value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)"
        )
    return found


def _as_url(key: str, value: str) -> str:
    """A web address (cited as it is, and the publisher is read from it): a line break
    typed into one is dropped, a space written %20, as a browser would, and a "www."
    address given its "https://"."""
    url = tidy_url(value)
    if url.lower().startswith("www."):
        url = "https://" + url
    host = re.match(r"(?i)https?://([^/?#]*)", url)
    if host is None or not host.group(1) or "%20" in host.group(1):
        raise ArticleError(
            f"front matter {key}: {value!r} is not a web address (use http:// or https://)"
        )
    return url


def _as_kind(key: str, value: str) -> str:
    """One of the documented kinds (citation forms depend on it), in any case."""
    kind = value.strip().lower()
    if kind not in PUBLISHER_KINDS:
        raise ArticleError(
            f"front matter {key}: {value!r} is not a kind of publisher "
            f"(use {', '.join(PUBLISHER_KINDS[:-1])} or {PUBLISHER_KINDS[-1]})"
        )
    return kind


def _apply_front_matter(article: Article, meta: FrontMatter) -> None:
    """Set the article's metadata; a value of the wrong type is an error naming its key,
    as a bad date is (guessing would cite the article wrongly)."""
    if "authors" in meta or "author" in meta:
        article.authors = []
    for key, value in meta.items():
        if isinstance(value, dict):
            if key == FAMILY_NAMES:
                article.family_names = dict(value)
            continue
        if key == LITERAL_AUTHORS:
            article.literal_authors = [value] if isinstance(value, str) else list(value)
            continue
        if key in ("authors", "author"):  # both given: every name, once
            names = _as_list(value)
            article.authors += [n for n in names if n not in article.authors]
            if isinstance(value, str):
                article.warnings += _comma_listed(names)
            continue
        text = _one(key, value) if key in _SINGLE_VALUED else None
        if text is None:
            continue  # an unknown key, or one left empty
        if key == "title":
            article.title = text
        elif key in ("published", "date"):
            article.published, article.published_precision = _as_published(key, text)
        elif key == "accessed":
            article.accessed = _as_date(key, text)
        elif key in ("publisher", "sitename", "site"):
            article.publisher = text
        elif key == "url":
            article.url = _as_url(key, text) if text.strip() else None
        elif key in ("language", "lang"):
            article.language = text
        elif key in ("publisher_kind", "kind"):
            article.publisher_kind = _as_kind(key, text)


def _derive_publisher(article: Article, credited: str | None = None) -> None:
    """The publisher, where the metadata names none: the known outlet the URL gives, else
    the one a line under the byline names (`credited`), else the URL's domain."""
    outlet = None
    if article.publisher:
        outlet = outlet_by_name(article.publisher)
    elif article.url or credited:
        outlet = outlet_for_url(article.url) if article.url else None
        outlet = outlet or (outlet_by_name(credited) if credited else None)
        article.publisher = outlet.name if outlet else domain_of(article.url or "") or None
    if outlet and article.publisher_kind is None:
        article.publisher_kind = outlet.kind
