"""Where articles live and how a reference (`-a REF`) names one of them."""

from __future__ import annotations

import difflib
import errno
import os
import re
import sys
from pathlib import Path
from typing import BinaryIO

from newsread.article import MAX_BYTES, load_article, parse_bytes
from newsread.errors import LibraryError
from newsread.model import Article

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
ENV_VAR = "NEWSREAD_LIBRARY"


def shipped_library() -> Path:
    """The articles shipped with the package (or, in a source checkout, the repo's own)."""
    package = Path(__file__).resolve().parent
    installed = package / "_articles"
    if installed.is_dir():
        return installed
    return package.parent.parent / "articles"


def library_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The library folder: `--library`, else $NEWSREAD_LIBRARY, else ./articles, else shipped."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    local = Path("articles")
    if local.is_dir():
        return local
    return shipped_library()


class Library:
    """A folder of article files; slugs are file stems."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        #: Files the last `paths` set aside, each with the reason: a name that is not
        #: UTF-8, or a link that leads nowhere. Commands warn of them.
        self.set_aside: list[str] = []

    def paths(self) -> list[Path]:
        """Article files, sorted by name; a missing folder is an error, not an empty library."""
        try:
            exists, is_dir = self.folder.exists(), self.folder.is_dir()
        except OSError as error:  # "File name too long", which pathlib does not swallow
            raise LibraryError(f"library {_short(str(self.folder))}: {error.strerror}") from None
        if not exists:
            raise LibraryError(f"library folder {self.folder} does not exist")
        if not is_dir:
            raise LibraryError(f"library {self.folder} is not a folder")
        try:
            entries = list(os.scandir(self.folder))
        except OSError as error:
            raise LibraryError(f"library {self.folder}: {error.strerror}") from None
        self.set_aside = []
        names = []
        for entry in entries:
            if not entry.name.lower().endswith(ARTICLE_SUFFIXES) or entry.name.startswith("."):
                continue
            problem = _unlisted(entry)
            if problem:
                self.set_aside.append(f"{_printable(self.folder / entry.name)}: {problem}")
            elif entry.is_file():
                names.append(entry.name)
        names.sort()  # sorting names, not Paths: Path comparison is slow for thousands of files
        return [self.folder / name for name in names]

    def find(self, ref: str) -> Path:
        """The file a reference names: a path, a slug, or a unique prefix of a slug."""
        if re.match(r"https?://", ref, re.IGNORECASE):
            raise LibraryError(f"{_short(ref)} is a web address: add it first (newsread add URL)")
        candidate = Path(ref)
        try:
            # (Whatever is there but a folder: a named pipe, "<(cat story.md)", reads too.)
            folder = candidate.is_dir()
            named = (candidate.exists() and not folder) or os.sep in ref
        except OSError as error:  # "File name too long", which pathlib does not swallow
            raise LibraryError(f"article {_short(ref)!r}: {error.strerror}") from None
        if named:
            return candidate
        if folder:
            # A folder is no article: "-a p" with a folder p here means the library's
            # article p; with none, the folder, to be refused as one.
            try:
                return self._stored(ref)
            except LibraryError:
                return candidate
        return self._stored(ref)

    def _stored(self, ref: str) -> Path:
        """The library file a slug, a file name or a unique prefix of a slug names."""
        paths = self.paths()
        by_name = {path.name: path for path in paths}
        if ref in by_name:
            return by_name[ref]  # a library file named with its extension
        cased = [path for path in paths if path.name.lower() == ref.lower()]
        if len(cased) == 1:
            return cased[0]  # ... in another case ("story.TXT")
        by_slug = {path.stem: path for path in paths}
        if ref.lower().endswith(ARTICLE_SUFFIXES) and Path(ref).stem in by_slug:
            ref = Path(ref).stem  # a slug given an extension no file of it has
        prefixed = [ref] if ref in by_slug else [s for s in by_slug if s.startswith(ref)]
        if len(prefixed) == 1:
            sharing = [path.name for path in paths if path.stem == prefixed[0]]
            if len(sharing) > 1:  # "story.md" and "story.txt": say which
                raise LibraryError(f"article {ref!r} is ambiguous: it could be {_listing(sharing)}")
            return by_slug[prefixed[0]]
        if prefixed:
            raise LibraryError(f"article {ref!r} is ambiguous: it could be {_listing(prefixed)}")
        raise LibraryError(_unknown(ref, list(by_slug), self.folder))

    def default(self) -> Path:
        """The only article, else the most recently published one (read through the cache)."""
        paths = self.paths()
        if not paths:
            kinds = ", ".join(f"*{suffix}" for suffix in ARTICLE_SUFFIXES)
            raise LibraryError(f"library {self.folder} holds no articles ({kinds})")
        if len(paths) == 1:
            return paths[0]
        from newsread.catalog import Catalog  # only a library of several needs the index

        latest = Catalog(self).latest()
        if latest is None:
            raise LibraryError(f"library {self.folder} holds no readable article")
        return latest


def _unlisted(entry: os.DirEntry[str]) -> str:
    """Why a file of the folder is set aside with a warning, or "" if it is not: a link
    to nothing (or to itself), or a name that is not UTF-8, which no output can print
    as it is and the cache cannot key (a link to a folder or a device is passed over
    silently, as a folder is)."""
    try:
        entry.name.encode("utf-8")
    except UnicodeEncodeError:
        return "its name is not UTF-8; rename it to read it"
    if entry.is_symlink():
        try:
            os.stat(entry.path)
        except OSError as error:
            return (
                "a link to no file"
                if error.errno == errno.ENOENT
                else error.strerror or "a bad link"
            )
    return ""


def _printable(path: Path) -> str:
    """A file's name as a warning can print it: bytes that are not UTF-8 as \\xff."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _short(text: str, most: int = 60) -> str:
    """A name cut for a one-line message: a name too long for the system may be huge."""
    return text if len(text) <= most else text[: most - 1] + "…"


def _listing(slugs: list[str], most: int = 8) -> str:
    shown = ", ".join(slugs[:most])
    return shown + (f" and {len(slugs) - most} more" if len(slugs) > most else "")


def _unknown(ref: str, slugs: list[str], folder: Path) -> str:
    if not slugs:
        return f"no article {ref!r}: library {folder} is empty"
    close = difflib.get_close_matches(ref, slugs, n=1, cutoff=0.5)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"no article {ref!r} in {folder} (available: {_listing(slugs)}){hint}"


def open_article(
    ref: str | None, library: str | os.PathLike[str] | None = None, stdin: BinaryIO | None = None
) -> Article:
    """Load the article a `-a` reference names (`-` reads stdin; None: the default article)."""
    if ref == "-":
        if stdin is None and sys.stdin is None:  # started with stdin closed ("<&-")
            raise LibraryError("-a -: standard input is closed, so there is no article to read")
        stream = stdin if stdin is not None else sys.stdin.buffer
        # Read one byte past the limit: enough to refuse a huge input without holding it.
        return parse_bytes(stream.read(MAX_BYTES + 1), source="-", slug=None)
    return load_article(article_path(ref, library))


def article_path(ref: str | None, library: str | os.PathLike[str] | None = None) -> Path:
    """The file a `-a` reference other than `-` names (None: the default article)."""
    if ref is not None and not ref.strip():
        raise LibraryError("-a: the article reference is empty (give a slug, a file or -)")
    lib = Library(library_dir(library))
    return lib.find(ref) if ref else lib.default()
