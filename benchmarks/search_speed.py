"""How fast `newsread search` is: one article, then the BBC corpus next to `grep -ric`,
then the memory a pathological text takes (a megabyte of matches in one paragraph), then
-C with an N larger than the article (context lent by thousands of paragraphs).

Run from the repository root:

    .venv/bin/python benchmarks/search_speed.py

The corpus part needs ../shared/corpus/bbc/ and is skipped cleanly without it.
Figures are medians of several runs on a warm file cache.
"""

from __future__ import annotations

import functools
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsread.article import load_article
from newsread.model import Article, Paragraph
from newsread.search import Options, compile_query, iter_hits, iter_passages, search

REPO = Path(__file__).resolve().parent.parent
STORED = REPO / "articles" / "putin-orders-advance-lysychansk.md"
CORPUS = REPO.parent / "shared" / "corpus" / "bbc"


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def one_article() -> None:
    article = load_article(STORED)
    print(f"One article ({STORED.name}, {len(article.paragraphs)} paragraphs):")
    cases: list[tuple[str, list[str], dict[str, Any]]] = [
        ("Siversk", ["Siversk"], {}),
        ("Lysychansk", ["Lysychansk"], {}),
        ("advance --stem", ["advance"], {"stem": True}),
        ("regex Slov\\w+sk", [r"Slov\w+sk"], {"regex": True}),
        ("Shoigu AND Putin -C 1", ["Shoigu", "Putin"], {"context": 1}),
    ]
    for label, terms, options in cases:
        seconds = median_seconds(functools.partial(search, article, terms, **options), 200)
        print(f"  search {label:<24} {ms(seconds)}")
    parse = median_seconds(lambda: search(load_article(STORED), ["Siversk"]), 50)
    print(f"  parse + search Siversk          {ms(parse)}")
    cli = [str(REPO / ".venv" / "bin" / "newsread"), "search", "Siversk"]
    if Path(cli[0]).exists():
        run_cli = functools.partial(subprocess.run, cli, capture_output=True, check=True)
        seconds = median_seconds(run_cli, 7)
        print(f"  `newsread search Siversk` (process, start-up included) {ms(seconds)}")


def _search_many(
    articles: list[Article], terms: list[str], options: dict[str, Any], found: list[int]
) -> None:
    found[:] = [len(search(article, terms, **options)) for article in articles]


def _parse_and_search(
    files: list[Path], terms: list[str], options: dict[str, Any], found: list[int]
) -> None:
    found[:] = [len(search(load_article(path), terms, **options)) for path in files]


def corpus() -> None:
    if not CORPUS.is_dir():
        print(f"Corpus: skipped ({CORPUS} is not available)")
        return
    files = sorted(CORPUS.glob("*.md"))
    print(f"Corpus: {len(files)} articles in {CORPUS}")
    articles: list[Article] = []

    def parse_all() -> None:
        articles[:] = [load_article(path) for path in files]

    print(f"  parse all                       {ms(median_seconds(parse_all, 3))}")
    grep = shutil.which("grep")
    cases: list[tuple[str, list[str], dict[str, Any], str | None]] = [
        ("economy", ["economy"], {}, "economy"),
        ("chancellor", ["chancellor"], {}, "chancellor"),
        ("phrase 'interest rates'", ["interest rates"], {}, "interest rates"),
        ("economy --stem", ["economy"], {"stem": True}, None),
        ("regex 'bn|billion'", [r"\d+(?:bn| billion)"], {"regex": True}, None),
    ]
    for label, terms, options, grep_term in cases:
        found: list[int] = []
        search_all = functools.partial(_search_many, articles, terms, options, found)
        parse_and_search = functools.partial(_parse_and_search, files, terms, options, found)
        seconds = median_seconds(search_all, 3)
        both = median_seconds(parse_and_search, 3)
        line = (
            f"  {label:<30} search {ms(seconds):>10}  parse+search {ms(both):>10}"
            f"  ({sum(found)} matches in {sum(1 for n in found if n)} files)"
        )
        if grep and grep_term:
            command = [grep, "-ric", grep_term, *map(str, files)]
            grep_seconds = median_seconds(
                functools.partial(subprocess.run, command, capture_output=True, check=False), 5
            )
            output = subprocess.run(command, capture_output=True, text=True, check=False).stdout
            counts = [int(row.rsplit(":", 1)[1]) for row in output.splitlines()]
            line += (
                f"\n  {'':<30} grep -ric {ms(grep_seconds):>7}"
                f"  ({sum(counts)} lines in {sum(1 for n in counts if n)} files)"
            )
        print(line)


def many_matches() -> None:
    """Hits stream, so memory stays flat however many matches one paragraph holds."""
    import tracemalloc

    for size in (50_000, 200_000):
        article = Article(title="x", paragraphs=[Paragraph(1, "x" * size)])
        tracemalloc.start()
        start = time.perf_counter()
        shown = sum(
            len(p.text) for p in iter_passages(iter_hits(article, compile_query(("x",), Options())))
        )
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"  {size:>9,} matches in one paragraph: {seconds:.2f} s, "
            f"peak {peak / 2**20:.1f} MiB beyond the text ({shown:,} characters of passages)"
        )


def wide_context() -> None:
    """Lending stops short of the next paragraph with a hit, so -C N takes time in
    proportion to the article, however large N (it took 41 s here when every hit lent
    from every paragraph up to N, and 65 s and 2 GB of JSON lines)."""
    import json

    for size in (2_000, 8_000):
        article = Article(
            title="x",
            paragraphs=[
                Paragraph(n, f"Para {n} {'about the ferry' if n % 2 else 'plain words'} today.")
                for n in range(1, size + 1)
            ],
        )
        query = compile_query(("ferry",), Options())
        start = time.perf_counter()
        shown = sum(1 for _ in iter_passages(iter_hits(article, query, 100_000)))
        passages_seconds = time.perf_counter() - start
        start = time.perf_counter()
        written = sum(len(json.dumps(h.to_dict())) for h in iter_hits(article, query, 100_000))
        records_seconds = time.perf_counter() - start
        print(
            f"  {size:>6,} paragraphs, every other a hit, -C 100000: passages "
            f"{passages_seconds:.2f} s ({shown:,}), JSON records {records_seconds:.2f} s "
            f"({written / 2**20:.1f} MiB)"
        )


def main() -> int:
    print(f"Python {sys.version.split()[0]}")
    one_article()
    corpus()
    print("Memory on a pathological text:")
    many_matches()
    print("Context wider than the article:")
    wide_context()
    return 0


if __name__ == "__main__":
    sys.exit(main())
