"""How fast `newsread search` is: one article, then the BBC corpus next to `grep -ric`.

Run from the repository root:

    .venv/bin/python benchmarks/search_speed.py

The corpus part needs ../shared/corpus/bbc/ and is skipped cleanly without it.
Figures are medians of several runs on a warm file cache.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsread.article import load_article
from newsread.model import Article
from newsread.search import search

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
    for label, terms, options in (
        ("Siversk", ["Siversk"], {}),
        ("Lysychansk", ["Lysychansk"], {}),
        ("advance --stem", ["advance"], {"stem": True}),
        ("regex Slov\\w+sk", [r"Slov\w+sk"], {"regex": True}),
        ("Shoigu AND Putin -C 1", ["Shoigu", "Putin"], {"context": 1}),
    ):
        seconds = median_seconds(lambda t=terms, o=options: search(article, t, **o), 200)
        print(f"  search {label:<24} {ms(seconds)}")
    parse = median_seconds(lambda: search(load_article(STORED), ["Siversk"]), 50)
    print(f"  parse + search Siversk          {ms(parse)}")
    cli = [str(REPO / ".venv" / "bin" / "newsread"), "search", "Siversk"]
    if Path(cli[0]).exists():
        seconds = median_seconds(lambda: subprocess.run(cli, capture_output=True, check=True), 7)
        print(f"  `newsread search Siversk` (process, start-up included) {ms(seconds)}")


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
    for label, terms, options, grep_term in (
        ("economy", ["economy"], {}, "economy"),
        ("chancellor", ["chancellor"], {}, "chancellor"),
        ("phrase 'interest rates'", ["interest rates"], {}, "interest rates"),
        ("economy --stem", ["economy"], {"stem": True}, None),
        ("regex 'bn|billion'", [r"\d+(?:bn| billion)"], {"regex": True}, None),
    ):
        found: list[int] = []

        def search_all(t: list[str] = terms, o: dict[str, object] = options) -> None:
            found[:] = [len(search(a, t, **o)) for a in articles]  # type: ignore[arg-type]

        def parse_and_search(t: list[str] = terms, o: dict[str, object] = options) -> None:
            found[:] = [len(search(load_article(p), t, **o)) for p in files]  # type: ignore[arg-type]

        seconds = median_seconds(search_all, 3)
        both = median_seconds(parse_and_search, 3)
        line = (
            f"  {label:<30} search {ms(seconds):>10}  parse+search {ms(both):>10}"
            f"  ({sum(found)} matches in {sum(1 for n in found if n)} files)"
        )
        if grep and grep_term:
            command = [grep, "-ric", grep_term, *map(str, files)]
            grep_seconds = median_seconds(
                lambda c=command: subprocess.run(c, capture_output=True, check=False), 5
            )
            output = subprocess.run(command, capture_output=True, text=True, check=False).stdout
            counts = [int(row.rsplit(":", 1)[1]) for row in output.splitlines()]
            line += (
                f"\n  {'':<30} grep -ric {ms(grep_seconds):>7}"
                f"  ({sum(counts)} lines in {sum(1 for n in counts if n)} files)"
            )
        print(line)


def main() -> int:
    print(f"Python {sys.version.split()[0]}")
    one_article()
    corpus()
    return 0


if __name__ == "__main__":
    sys.exit(main())
