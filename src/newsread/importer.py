"""Adding sources to a library: Markdown and text files as they are, HTML pages and URLs
converted to Markdown with YAML front matter.

Nothing a user stored is ever overwritten unless they ask (`force`), and every write
is atomic: a temporary file in the library folder, then a link or rename into place.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import json
import os
import re
import stat
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsread.article import (
    MAX_BYTES,
    decode,
    escape_block_start,
    escape_inline,
    heading_line,
    parse_bytes,
    read_limited,
)
from newsread.errors import ArticleError, NewsreadError
from newsread.frontmatter import write_front_matter
from newsread.library import ARTICLE_SUFFIXES
from newsread.names import ascii_spelling
from newsread.outlets import domain_of
from newsread.textsafe import control_picture

#: How long to wait for a web server before giving up on a URL.
FETCH_TIMEOUT = 20
MAX_SLUG = 60
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: How a page saved under another name opens (after a BOM, blanks and comments): as
#: sure a sign as PDF's "%PDF"; no article's text opens so.
_HTML_START = re.compile(
    rb"(?:\xef\xbb\xbf)?(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html[\s>]|\?xml[^>]*>\s*<html)",
    re.IGNORECASE | re.DOTALL,
)
#: The character set a page declares at its head: `<meta charset="…">`, or the
#: `http-equiv` form `content="text/html; charset=…"`.
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)


class AddError(NewsreadError):
    """A source that cannot be added; nothing was written."""


class LibraryFolderError(AddError):
    """A library folder that cannot be made or read: no source can be added to it."""


@dataclass(frozen=True)
class Added:
    path: Path
    slug: str
    replaced: bool
    #: The file --force replaced: `path` itself, or one of another extension, now gone.
    removed: Path | None = None
    #: The `--slug` as given, where it was not a slug as it stood and `slug` was used.
    given_slug: str | None = None


def slugify(text: str) -> str:
    """A file stem from a title: "Putin Orders Advance…" → "putin-orders-advance…", in
    ASCII where the title is in a Latin script ("Café à Kyïv" → "cafe-a-kyiv"), else in
    its own letters ("Путин приказал" → "путин-приказал"). Latin letters without an
    accent to drop are spelled out as in citation keys: "Łódź" → "lodz", "Æsir" → "aesir"."""
    text = text.replace("'", "").replace("’", "")
    ascii_text = ascii_spelling(text)
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    if not words:
        words = re.findall(r"[^\W_]+", unicodedata.normalize("NFC", text).casefold())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_SLUG:
            break
        slug = candidate
    return slug or (words[0][:MAX_SLUG] if words else "")


def to_markdown(meta: dict[str, Any], paragraphs: list[str]) -> str:
    """An article in the stored layout, with its metadata as front matter.

    `paragraphs` are plain text, as extracted: every character that Markdown (or the
    layout: headings, embeds, "Original url:") would read as markup is escaped, so the
    stored file reads back as exactly that text.
    """
    fields = {
        key: value if isinstance(value, list) or value is None else str(value)
        for key, value in meta.items()
    }
    front = write_front_matter(fields)
    title = str(meta.get("title") or "")  # front matter keeps it exactly
    body = [heading_line(1, title)] if title.strip() else []
    body += [escape_block_start(escape_inline(paragraph)) for paragraph in paragraphs]
    return front + "\n\n" + "\n\n".join(body) + "\n"


def html_to_markdown(html: str, url: str | None = None) -> str:
    """Main text and metadata of a news page, through trafilatura (the `html` extra)."""
    try:
        import trafilatura
    except ImportError:
        raise AddError("reading HTML needs trafilatura: pip install 'newsread[html]'") from None
    extracted = trafilatura.extract(
        _without_controls(html),
        output_format="json",
        with_metadata=True,
        url=url,
        include_comments=False,
    )
    if not extracted:
        raise AddError("no article text found in the page")
    data = json.loads(extracted)
    title = (data.get("title") or "").strip() or None
    paragraphs = [line.strip() for line in (data.get("text") or "").split("\n") if line.strip()]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise AddError("no article text found in the page")
    authors = [a.strip() for a in re.split(r";|\s+and\s+", data.get("author") or "") if a.strip()]
    address = url or data.get("source") or data.get("url")
    meta = {
        "title": title,
        "authors": authors,
        "published": data.get("date"),
        "publisher": _site_name(data.get("source-hostname") or data.get("sitename"), address),
        "url": address,
        "language": data.get("language"),
    }
    return to_markdown(meta, paragraphs)


def _site_name(name: str | None, url: str | None) -> str | None:
    """The page's own name for its site, not the host trafilatura falls back on where
    the page names none: left out, the article reader names a known outlet from its
    address ("nytimes.com" is The New York Times), else takes that host."""
    if not name or not url:
        return name
    host = domain_of(url).casefold()
    return None if host and name.casefold().removeprefix("www.") == host else name


def page_text(data: bytes, charset: str | None = None) -> str:
    """A web page's text. Bytes that read as UTF-8 (or open with a BOM) are taken so, as
    pages often declare Latin-1 and send UTF-8; else the character set the server or
    the page itself declares ("windows-1251", "iso-8859-7"), then `decode`'s cp1252.
    Latin-1 and ASCII labels mean cp1252, as browsers read them."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data)[0]
    with contextlib.suppress(UnicodeDecodeError):
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    declared = _META_CHARSET.search(data[:4096])
    label = charset or (declared.group(1).decode("ascii", "replace") if declared else "")
    try:
        codec = codecs.lookup(label).name if label else ""
    except LookupError:
        codec = ""
    codec = _AS_BROWSERS_READ.get(codec, codec)
    if codec == "utf-8":  # declared so, one stray byte is no reason to read it otherwise
        text = data.decode("utf-8", errors="replace")
    elif _PAGE_CODEC.fullmatch(codec) is None or codec in ("iso8859-1", "cp1252"):
        # cp1252 with its stray bytes kept, or a binary refused; a label no browser
        # reads text by ("base64", "utf-7", "rot13") is no label.
        return decode(data)[0]
    else:
        text = data.decode(codec, errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


#: Single- and multi-byte character sets pages are written in, as `codecs` names them.
_PAGE_CODEC = re.compile(
    r"cp\d+|iso8859-\d+|koi8-[a-z]+|mac-[a-z]+|gbk|gb18030|gb2312|big5(?:hkscs)?"
    r"|euc_jp|euc_kr|euc_jis_2004|shift_jis(?:_2004)?|iso2022_[a-z_0-9]+|hz|tis-620|kz1048|ptcp154"
)
#: Labels browsers read as the wider set that contains them (WHATWG Encoding): pages
#: labelled GB2312, EUC-KR or Shift_JIS use the wider sets' characters too.
_AS_BROWSERS_READ = {
    "gb2312": "gbk",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
}


#: A control character, or a character reference to one ("&#27;", "&#x1b", the ";" being
#: optional in HTML), but tab, line feed and carriage return: what an XML parser refuses,
#: whole page and all; and DEL, which it would drop unseen.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
    r"|&#0*(?:[0-8]|1[1-24-9]|2\d|3[01]|127)(?![0-9]);?"
    r"|&#[xX]0*(?:[0-8]|[bBcCeEfF]|1[0-9a-fA-F]|7[fF])(?![0-9a-fA-F]);?"
)


def _without_controls(html: str) -> str:
    """The page with each control character shown by its picture ("␛" for ESC, "␡" for
    DEL), as newsread shows them anywhere, so that one of them cannot cost the whole page."""

    def picture(match: re.Match[str]) -> str:
        text = match.group().rstrip(";")
        if len(text) == 1:
            code = ord(text)
        else:
            hexadecimal = text[2] in "xX"
            code = int(text[3:] if hexadecimal else text[2:], 16 if hexadecimal else 10)
        return control_picture(code)

    return _CONTROL.sub(picture, html)


def fetch(url: str) -> tuple[bytes, str, str, str | None]:
    """The bytes of a web page, its final URL, its media type ("text/html") and the
    character set the server names, if any; every failure is one clear AddError."""
    import http.client
    import urllib.error
    import urllib.request

    try:
        request = urllib.request.Request(url, headers={"User-Agent": "newsread (+article reader)"})
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            data = response.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise AddError(f"{url}: the page is larger than {MAX_BYTES // 2**20} MiB")
            headers = response.headers
            return (
                data,
                response.geturl(),
                headers.get_content_type(),
                headers.get_content_charset(),
            )
    except urllib.error.HTTPError as error:
        raise AddError(f"{url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise AddError(f"{url}: cannot fetch it ({error.reason}); nothing was added") from None
    except (ValueError, http.client.InvalidURL) as error:  # "http://[x", "…/a b"
        raise AddError(f"{url}: not a valid URL ({error}); nothing was added") from None
    except (TimeoutError, OSError, http.client.HTTPException) as error:
        raise AddError(f"{url}: cannot fetch it ({error}); nothing was added") from None


#: Media types of text that is an article as it is, not a page to convert.
_TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})


def prepare(source: str) -> tuple[bytes, str, str | None]:
    """The bytes to store for a source, the file suffix they get, and a fallback slug."""
    if re.match(r"https?://", source, re.IGNORECASE):
        data, final_url, media, charset = fetch(source)
        if media in _TEXT_TYPES:
            # A Markdown or text file served as it is ("…/story.md"): stored as it is.
            address = final_url.split("?", 1)[0]
            stem = Path(address.rstrip("/")).stem or None
            markdown = media != "text/plain" or address.endswith(".md")
            return data, ".md" if markdown else ".txt", stem
        return _page_markdown(source, data, final_url, charset), ".md", None
    if source == "-":
        raise AddError("add reads files and URLs, not standard input: save it to a file first")
    path = Path(source)
    shown = source if len(source) <= 60 else source[:59] + "…"  # a name may be huge
    try:
        if not path.exists():
            raise AddError(f"{shown}: no such file")
        if path.is_dir():
            raise AddError(f"{shown}: is a directory, not an article file")
        data = read_limited(path)
    except ArticleError as error:
        raise AddError(f"{shown}: {error}") from None
    except OSError as error:  # "File name too long" too, which pathlib does not swallow
        raise AddError(f"{shown}: {error.strerror}") from None
    suffix = path.suffix.lower()
    if suffix in _HTML_SUFFIXES or _HTML_START.match(data):
        return _page_markdown(source, data, None), ".md", path.stem
    if suffix not in ARTICLE_SUFFIXES:
        suffix = ".txt"
    return data, suffix, path.stem


def _page_markdown(source: str, data: bytes, url: str | None, charset: str | None = None) -> bytes:
    """A web page as the Markdown stored for it; a failure names the page, since one
    `add` may be given many."""
    try:
        return html_to_markdown(page_text(data, charset), url).encode("utf-8")
    except NewsreadError as error:
        raise AddError(f"{source}: {error}") from None


def add(source: str, library: Path, *, slug: str | None = None, force: bool = False) -> Added:
    """Add one source to the library folder (created if missing)."""
    data, suffix, fallback = prepare(source)
    article = parse_bytes(data, source=source, plain=suffix == ".txt")  # refuse what can't load
    name = _given_slug(slug) if slug else slugify(article.title or "") or slugify(fallback or "")
    if not name and slug:
        raise AddError(f"{source}: --slug {slug!r} holds no letter or digit to name a file by")
    if not name:
        raise AddError(f"{source}: cannot make a slug from it; give one with --slug")
    try:
        library.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file (or a link to none) of that name: as `list` says it
        raise LibraryFolderError(f"library {library} is not a folder") from None
    except OSError as error:
        raise LibraryFolderError(f"library {library}: {error.strerror}") from None
    existing = _articles_named(library, name)
    target = library / f"{name}{suffix}"
    if len(existing) > 1:  # "story.md" and "story.txt": two articles, not one to replace
        files = _files(existing)
        how = "--force replaces only one file: remove one of them by hand, or choose "
        raise AddError(
            f"{source}: the library already has '{name}' as {files}; "
            + (how + "another --slug" if force else "choose another --slug")
        )
    if existing and not force:
        raise AddError(
            f"{source}: the library already has '{name}' ({existing[0].name}); "
            "choose another --slug, or --force to replace it"
        )
    old = existing[0] if existing else None
    # Only the one file named may be replaced: a file of the target's name that is not
    # that one (it appeared meanwhile) makes the write fail rather than go.
    _write_atomically(target, data, replace=old == target)
    if old is not None and old != target:
        old.unlink()  # --force: the new file, of another extension, stands in for it
    # Only a slug that had to change is named: a dropped extension just named the file.
    given = slug if slug is not None and _without_extension(slug) != name else None
    return Added(target, name, replaced=old is not None, removed=old, given_slug=given)


def _given_slug(slug: str) -> str:
    """The slug `--slug` names: itself when it is one ("kyiv-briefing"), else made one
    ("Kyiv Briefing" → "kyiv-briefing"); an article extension names the file, and goes
    ("kyiv-briefing.md" → "kyiv-briefing")."""
    return slugify(_without_extension(slug))  # a slug already is its own slug


def _without_extension(slug: str) -> str:
    """`--slug` without an article extension (".md", ".TXT"), which names the file."""
    if slug.lower().endswith(ARTICLE_SUFFIXES):
        return slug[: slug.rindex(".")]
    return slug


def _files(paths: list[Path]) -> str:
    names = sorted(path.name for path in paths)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _articles_named(library: Path, name: str) -> list[Path]:
    """The library's article files with this slug: the only files `--force` may replace.

    Other files sharing the stem (``t.json``, ``t.bak``) are not articles; they neither
    block an add nor are ever deleted by one. The same listing finds the temporary files
    that killed adds left behind (`_remove_stale_temporaries`).
    """
    try:
        entries = list(library.iterdir())
    except OSError as error:
        raise LibraryFolderError(f"library {library}: {error.strerror}") from None
    _remove_stale_temporaries(entries)
    return [
        path
        for path in entries
        if path.stem == name and path.name.lower().endswith(ARTICLE_SUFFIXES) and path.is_file()
    ]


#: The temporary files `_write_atomically` makes: mkstemp's eight random characters.
_TEMP_PREFIX, _TEMP_SUFFIX = ".newsread-", ".tmp"
_TEMPORARY = re.compile(re.escape(_TEMP_PREFIX) + r"[a-z0-9_]{8}" + re.escape(_TEMP_SUFFIX))
#: Seconds a temporary file must have stood unchanged before an add takes it for one left
#: by an add that was killed: far longer than any add writing it (at most 20 MiB) takes.
STALE_TEMPORARY = 3600


def _remove_stale_temporaries(entries: list[Path]) -> None:
    """Remove the temporary files of killed adds (SIGKILL, power cut) from the folder's
    listing: regular files of exactly our naming, unchanged for an hour. Only names that
    match are looked at, and a failure to remove one is no failure of the add."""
    now = time.time()
    for path in entries:
        if not _TEMPORARY.fullmatch(path.name):
            continue
        with contextlib.suppress(OSError):
            status = path.lstat()
            if stat.S_ISREG(status.st_mode) and now - status.st_mtime > STALE_TEMPORARY:
                path.unlink()


#: What `os.link` fails with where a filesystem has no hard links (FAT and exFAT on a
#: USB stick, some network and FUSE mounts), not because of the name.
_NO_HARD_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS})


def _put_new(temporary: str, target: Path) -> None:
    """Give the written file its name, failing rather than overwriting if the name was
    taken meanwhile. A hard link does that in one step; without hard links the name is
    claimed first by creating it empty, then the whole file replaces that claim."""
    try:
        os.link(temporary, target)
        return
    except OSError as error:
        if error.errno not in _NO_HARD_LINKS:
            raise
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        os.replace(temporary, target)
    except BaseException:  # (Ctrl-C too: no empty article is left behind)
        with contextlib.suppress(OSError):
            os.unlink(target)  # the empty claim, not a user's file
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_atomically(target: Path, data: bytes, *, replace: bool) -> None:
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX
        )
    except OSError as error:
        raise AddError(f"cannot write to {target.parent}: {error.strerror}") from None
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # as an ordinary new file, not mkstemp's 0600
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if replace:
            os.replace(temporary, target)
        else:
            _put_new(temporary, target)
    except FileExistsError:
        raise AddError(f"{target} already exists; nothing was written") from None
    except OSError as error:
        raise AddError(f"cannot write {target}: {error.strerror}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
