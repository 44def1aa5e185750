"""A library-wide view of articles, fast enough for thousands of files.

Parsing every file on every call costs about 0.3 ms an article; for a library of
thousands that is most of a second, so parsed articles (and their quotes) are kept
in an SQLite cache in the user's cache folder. The cache is keyed by path, size and
modification time and by the code that produced it, is rebuilt transparently when
anything changes, is safe to delete, and is never a source of truth: when it cannot
be opened or written, everything is parsed from the files instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsread import __version__
from newsread.article import load_article
from newsread.dates import Precision, from_iso_or_none, iso_or_none
from newsread.errors import ArticleError
from newsread.library import Library
from newsread.model import Article, article_from_dict, article_to_dict

CACHE_ENV = "NEWSREAD_CACHE_DIR"
_SCHEMA = 2  # bump when the table changes: an old cache is dropped, not migrated


def cache_dir() -> Path:
    """$NEWSREAD_CACHE_DIR, else the platform's user cache folder."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "newsread"
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "newsread" / "Cache"
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / "newsread"


def _stamp(stat: os.stat_result) -> int:
    """When a file last changed, as far as its metadata tells: its modification time, and
    its change time, which no tool can set back ("touch -r" after an edit of the same size
    would otherwise leave a stale entry). Stored in the cache's mtime column."""
    return hash((stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino))


def _code_fingerprint() -> str:
    """Changes whenever the parser or quote engine could give a different result."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{__version__}/{_SCHEMA}".encode())
    for path in sorted(package.rglob("*.py")):  # the engine's packages too
        stat = path.stat()
        name = path.relative_to(package).as_posix()
        digest.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Entry:
    """One article's listing data (what `newsread list` shows)."""

    slug: str
    path: str
    title: str | None
    authors: list[str]
    published: dt.date | None
    publisher: str | None
    words: int
    quotes: int
    #: How much of `published` is known (see `Article.published_precision`).
    published_precision: Precision = "day"

    def to_dict(self) -> dict[str, Any]:
        return {
            "slug": self.slug,
            "date": iso_or_none(self.published, self.published_precision),
            "title": self.title,
            "authors": list(self.authors),
            "publisher": self.publisher,
            "words": self.words,
            "quotes": self.quotes,
            "path": self.path,
        }


def _quotes_of(article: Article) -> list[dict[str, Any]]:
    from newsread.quotes import extract_quotes

    return [quote.to_dict() for quote in extract_quotes(article)]


def _is_statement(quote: dict[str, Any]) -> bool:
    return quote.get("kind") != "scare"


class Catalog:
    """The articles of one library folder, parsed once and cached."""

    def __init__(self, library: Library, *, use_cache: bool = True) -> None:
        self.library = library
        self.use_cache = use_cache
        self._db: sqlite3.Connection | None = None
        self.skipped: list[str] = []  # files that could not be read, with the reason
        #: The article files found by the last `refresh` (listed once per read).
        self.paths: list[Path] = []
        #: Slugs two of those files share ("story.md", "story.txt"): each goes by its
        #: file name instead, the reference `-a` takes for it.
        self._shared: set[str] = set()

    # -- cache plumbing -------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection | None:
        if not self.use_cache:
            return None
        if self._db is not None:
            return self._db
        folder = cache_dir()
        key = hashlib.sha256(str(self.library.folder.resolve()).encode()).hexdigest()[:16]
        path = folder / f"library-{key}.sqlite3"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            db = self._open(path)
        except (OSError, sqlite3.Error):
            with contextlib.suppress(OSError):
                path.unlink()  # a damaged cache is rebuilt, never trusted
            try:
                db = self._open(path)
            except (OSError, sqlite3.Error):
                return None
        self._db = db
        return db

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=2)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last write costs a re-read
        if db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA:
            db.execute("DROP TABLE IF EXISTS articles")
            db.execute(f"PRAGMA user_version = {_SCHEMA}")
        db.execute(
            "CREATE TABLE IF NOT EXISTS articles ("
            " path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, code TEXT,"
            " slug TEXT, title TEXT, authors TEXT, published TEXT, publisher TEXT,"
            " words INTEGER, nquotes INTEGER, article TEXT, quotes TEXT, folded TEXT,"
            " error TEXT)"
        )
        db.execute("SELECT count(*) FROM articles").fetchone()
        return db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def refresh(self) -> list[Path]:
        """Bring the cache up to date with the folder; returns the article paths in order."""
        paths = self.paths = self.library.paths()
        self.skipped += self.library.set_aside
        stems = Counter(path.stem for path in paths)
        self._shared = {stem for stem, count in stems.items() if count > 1}
        db = self._connect()
        if db is None:
            return paths
        code = _code_fingerprint()
        known = {
            row[0]: (row[1], row[2], row[3])
            for row in db.execute("SELECT path, size, mtime, code FROM articles")
        }
        current = {str(p) for p in paths}
        try:
            with db:
                stale = [p for p in known if p not in current]
                db.executemany("DELETE FROM articles WHERE path = ?", [(p,) for p in stale])
                for path in paths:
                    try:
                        stat = os.stat(path)
                        size, mtime = stat.st_size, _stamp(stat)
                    except OSError:  # gone since it was listed: read, to say why not
                        size = mtime = -1
                    if known.get(str(path)) != (size, mtime, code):
                        self._index(db, path, size, mtime, code)
        except sqlite3.Error:
            self.close()
            self.use_cache = False
        return paths

    def _index(self, db: sqlite3.Connection, path: Path, size: int, mtime: int, code: str) -> None:
        try:
            article = load_article(path)
        except ArticleError as error:
            db.execute(
                "INSERT OR REPLACE INTO articles (path, size, mtime, code, slug, error)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (str(path), size, mtime, code, path.stem, str(error)),
            )
            return
        from newsread.search import folded_text

        quotes = _quotes_of(article)
        db.execute(
            "INSERT OR REPLACE INTO articles VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            (
                str(path),
                size,
                mtime,
                code,
                path.stem,
                article.title,
                json.dumps(article.authors),
                iso_or_none(article.published, article.published_precision),
                article.publisher,
                article.word_count,
                sum(1 for q in quotes if _is_statement(q)),
                json.dumps(article_to_dict(article), ensure_ascii=False),
                json.dumps(quotes, ensure_ascii=False),
                folded_text(article),
            ),
        )

    def _rows(self, columns: str) -> Iterator[tuple[Any, ...]] | None:
        """Rows for the folder's current files, in path order (None: no cache to read)."""
        paths = self.refresh()
        db = self._connect()
        if db is None:
            return None
        current = {str(p) for p in paths}
        # Streamed row by row, in file-name order (all files share one folder), so
        # memory holds one article's data at a time however large the library.
        rows = db.execute(f"SELECT path, error, {columns} FROM articles ORDER BY path")
        return (row for row in rows if row[0] in current)

    def _note_error(self, path: str, error: str | None) -> bool:
        if error:
            self.skipped.append(error)
            return True
        return False

    # -- what commands use ----------------------------------------------------------

    def entries(self) -> Iterator[Entry]:
        """Listing data for every readable article (unreadable ones go to `skipped`)."""
        rows = self._rows("slug, title, authors, published, publisher, words, nquotes")
        if rows is None:
            for article, quotes in self._parse_all():
                yield _entry(article, sum(1 for q in quotes if _is_statement(q)))
            return
        for path, error, slug, title, authors, published, publisher, words, nquotes in rows:
            if self._note_error(path, error):
                continue
            date, precision = from_iso_or_none(published)
            yield Entry(
                self._slug(path, slug),
                path,
                title,
                json.loads(authors),
                date,
                publisher,
                words,
                nquotes,
                precision,
            )

    def articles(self, may_match: Callable[[str], bool] | None = None) -> Iterator[Article]:
        """Every readable article, one at a time.

        `may_match` (see `search.prefilter`) is asked about each article's folded text
        first: an article it rules out is not even decoded.
        """
        rows = self._rows("article, folded")
        if rows is None:
            for article, _ in self._parse_all(with_quotes=False):
                yield article
            return
        for path, error, data, folded in rows:
            if self._note_error(path, error) or (may_match and not may_match(folded)):
                continue
            article = _decode(data)
            article.slug = self._slug(path, article.slug or "")
            yield article

    def quotes(self) -> Iterator[tuple[str, list[dict[str, Any]], Callable[[], Article]]]:
        """Every readable article's slug, its quotes (`Quote.to_dict()` records), and a way
        to get the article itself, decoded only if the caller needs it (e.g. to cite it)."""
        rows = self._rows("slug, quotes, article")
        if rows is None:
            for article, quotes in self._parse_all():
                yield article.slug or "", quotes, functools.partial(_itself, article)
            return
        for path, error, slug, quotes, data in rows:
            if not self._note_error(path, error):
                named = self._slug(path, slug)
                yield named, json.loads(quotes), functools.partial(_decoded, data, named)

    def _slug(self, path: str, slug: str) -> str:
        """The slug, or the file name when another file shares the slug."""
        return Path(path).name if slug in self._shared else slug

    def article(self, path: Path) -> tuple[Article, list[dict[str, Any]]] | None:
        """One file of the folder and its quotes (`Quote.to_dict()` records), analysed only
        if the file or newsread changed since it was last read: asking an article again
        costs no analysis. None without a cache, or for a file that cannot be read (the
        caller reads it itself, to report why)."""
        db = self._connect()
        if db is None:
            return None
        query = "SELECT size, mtime, code, error, article, quotes FROM articles WHERE path = ?"
        try:
            stat = os.stat(path)
            stamp = _stamp(stat)
            code = _code_fingerprint()
            row = db.execute(query, (str(path),)).fetchone()
            if row is None or tuple(row[:3]) != (stat.st_size, stamp, code):
                with db:
                    self._index(db, path, stat.st_size, stamp, code)
                row = db.execute(query, (str(path),)).fetchone()
        except (OSError, sqlite3.Error, UnicodeError):
            return None
        if row is None or row[3] is not None:
            return None
        return _decode(row[4]), json.loads(row[5])

    def latest(self) -> Path | None:
        """The most recently published article (ties: the last by name)."""
        best: tuple[dt.date, str] | None = None
        for entry in self.entries():
            key = (entry.published or dt.date.min, Path(entry.path).name)
            if best is None or key > best:
                best = key
                chosen = entry.path
        return Path(chosen) if best is not None else None

    def _parse_all(
        self, *, with_quotes: bool = True
    ) -> Iterator[tuple[Article, list[dict[str, Any]]]]:
        """Without a cache: parse the files the preceding `refresh` listed."""
        for path in self.paths:
            try:
                article = load_article(path)
            except ArticleError as error:
                self.skipped.append(str(error))
                continue
            article.slug = self._slug(str(path), article.slug or "")
            yield article, _quotes_of(article) if with_quotes else []


def _itself(article: Article) -> Article:
    return article


def _decode(data: str) -> Article:
    return article_from_dict(json.loads(data))


def _decoded(data: str, slug: str) -> Article:
    article = _decode(data)
    article.slug = slug
    return article


def _entry(article: Article, quotes: int) -> Entry:
    return Entry(
        article.slug or "",
        article.source or "",
        article.title,
        list(article.authors),
        article.published,
        article.publisher,
        article.word_count,
        quotes,
        article.published_precision,
    )
