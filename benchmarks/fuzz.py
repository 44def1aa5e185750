"""A long Hypothesis run over the parser, quote engine, search and cite.

Usage: .venv/bin/python benchmarks/fuzz.py [--examples N]   (default 10,000)

The test suite runs the same properties with a small budget; this is the long run.
Checked: nothing raises except the documented NewsreadError; every quote and every
search match is the exact substring of its source at its offsets; citations never
double their punctuation, and sanitized output carries no escape character.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsread.article import parse_article
from newsread.cite import STYLES, cite, to_plain
from newsread.errors import NewsreadError
from newsread.quotes import extract_quotes
from newsread.search import search, units
from newsread.textsafe import sanitize

# The test suite's noise pieces (tests/noise.py), so this long run covers what it covers.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests import noise

PIECES = [
    *noise.MARKDOWN_PIECES,
    *noise.SPEAKER_SHAPES,
    "”",
    "'",
    "‘",
    "’",
    " said ",
    " told reporters: ",
    "Ann Lee",
    " he ",
    " she ",
    ", ",
    ". ",
    "\x1b[2J",
    "\u202e",
    "President ",
    "Sam Cranny-Evans, an analyst, ",
    "according to ",
    "—",
    " (UNECE)",
    " of ",
    "- ",
    " a spokesman for ",
    "Tory ",
    "Russian ",
    "When ",
    " called ",
    " quoted ",
    " as saying ",
    "\t",  # odd spaces, which the rules read as spaces
    "\u2009",
    "\u3000",
]
TEXT = st.one_of(
    st.text(max_size=600),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=80).map("".join),
)
TERMS = st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=3)


def check(text: str, terms: list[str]) -> None:
    try:
        article = parse_article(text)
    except NewsreadError:
        return
    by_number = {p.number: p.text for p in article.paragraphs}
    for quote in extract_quotes(article):
        assert by_number[quote.paragraph][quote.start : quote.end] == quote.text
    sources = {(section, number): text for section, number, text in units(article)}
    for regex in (False, True):
        try:
            hits = search(article, terms, regex=regex)
        except NewsreadError:
            continue
        for hit in hits:
            assert sources[(hit.section, hit.paragraph)][hit.start : hit.end] == hit.match
    for style in STYLES:
        try:
            rendered = to_plain(cite(article, style))
        except NewsreadError:
            continue
        if ".." not in text:  # a title of its own "0.." is quoted as it is
            assert ".." not in rendered.replace("...", "…")  # no doubled punctuation
        assert "\x1b" not in sanitize(rendered)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=10_000)
    args = parser.parse_args()
    runner = settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )(given(TEXT, TERMS)(check))
    start = time.perf_counter()
    runner()
    print(f"{args.examples} examples passed in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
