"""Quote-engine speed over the BBC corpus: articles per second and peak memory.

    .venv/bin/python benchmarks/quotes_speed.py [CORPUS_DIR] [--repeat N]

CORPUS_DIR defaults to ../shared/corpus/bbc. Articles are read and parsed first, then
`extract_quotes` alone is timed on one core (best of N passes), so the figure is the
engine's own; parse time is printed apart. A worst case follows: one 1 MB paragraph
of unbalanced quotation marks, which must finish in well under a second.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

from newsread.article import load_article, parse_article
from newsread.quotes import extract_quotes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = sorted(Path(args.corpus).glob("*.md"))
    if not paths:
        raise SystemExit(f"no .md articles in {args.corpus}")
    began = time.perf_counter()
    articles = [load_article(path) for path in paths]
    parse_seconds = time.perf_counter() - began
    best = float("inf")
    first = 0.0
    count = 0
    for index in range(args.repeat):
        began = time.perf_counter()
        count = sum(len(extract_quotes(article)) for article in articles)
        elapsed = time.perf_counter() - began
        first = elapsed if index == 0 else first
        best = min(best, elapsed)
    tracemalloc.start()
    for article in articles:
        extract_quotes(article)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{len(articles)} articles, {count} quotes")
    print(
        f"extract_quotes: {best:.3f} s = {len(articles) / best:,.0f} articles/s (best of "
        f"{args.repeat}); peak memory during extraction {peak / 2**20:.1f} MiB"
    )
    print(
        f"first pass (empty word caches, as for one article on the command line): "
        f"{first:.3f} s = {len(articles) / first:,.0f} articles/s"
    )
    print(f"load_article (not the engine): {parse_seconds:.3f} s")
    worst = parse_article('He said "' + 'a "b ' * 200_000, plain=True)
    began = time.perf_counter()
    quotes = extract_quotes(worst)
    print(
        f"1 MB paragraph of unbalanced quotes: {time.perf_counter() - began:.3f} s, "
        f"{len(quotes)} quotes"
    )


if __name__ == "__main__":
    main()
