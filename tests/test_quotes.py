"""The quote engine: the stored article exactly, each rule on small fixtures, properties."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.article import load_article, parse_article
from newsread.quotes import (
    Quote,
    extract_quotes,
    speaker_matches,
    speaker_summary,
    suggest_speakers,
)
from tests.conftest import STORED


def quotes_of(text: str) -> list[Quote]:
    return extract_quotes(parse_article(text, plain=True))


def triples(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in quotes_of(text)]


# ---------------------------------------------------------------- the stored article


def test_stored_article_quotes_speakers_and_kinds() -> None:
    quotes = extract_quotes(load_article(STORED))
    got = [(q.paragraph, q.kind, q.speaker, q.text[:24]) for q in quotes]
    assert got == [
        (2, "direct", "Vladimir Putin", "Military units ... must "),
        (3, "direct", "Vladimir Putin", "I hope that everything i"),
        (4, "partial", "Vladimir Putin", "victory,"),
        (5, "partial", "Ukrainian army", "forced to withdraw"),
        (6, "direct", "Volodymyr Zelensky", "We value the lives of ou"),
        (8, "direct", "Sam Cranny-Evans", "The question is whether "),
        (11, "direct", "Oleksiy Arestovych", "The Ukrainian army does "),
        (13, "partial", "Vladimir Putin", "should take a break"),
        (14, "partial", "Sam Cranny-Evans", "provides Russians with t"),
        (17, "scare", None, "Allah Akbar."),
        (19, "direct", "Institute for the Study of War", "Russian forces will like"),
        (21, "direct", "Ukrainian soldier", "Everyone knows that ther"),
        (23, "direct", "Sam Cranny-Evans", "Either way, it creates m"),
    ]


def test_stored_article_offsets_mentions_and_cues() -> None:
    article = load_article(STORED)
    quotes = extract_quotes(article)
    for quote in quotes:
        assert article.paragraphs[quote.paragraph - 1].text[quote.start : quote.end] == quote.text
    by_paragraph = {q.paragraph: q for q in quotes}
    assert (by_paragraph[8].mention, by_paragraph[8].cue) == ("he", "said")
    assert by_paragraph[11].cue == "wrote"
    assert by_paragraph[3].mention is None and by_paragraph[3].cue is None
    assert not any("liberation" in q.text for q in quotes)  # inside an embed
    assert by_paragraph[2].to_dict()["speaker"] == "Vladimir Putin"
