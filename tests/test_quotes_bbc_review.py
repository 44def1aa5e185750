"""Speakers the review of BBC sport and technology articles found wrong, one made-up
fixture per rule."""

from __future__ import annotations

from newsread.article import parse_article
from newsread.quotes import extract_quotes


def said_by(text: str) -> list[tuple[str, str | None]]:
    """(quote, speaker) for every statement, scare quotes left out."""
    quotes = extract_quotes(parse_article("# T\n\n" + text, plain=True))
    return [(q.text.rstrip(",."), q.speaker) for q in quotes if q.kind != "scare"]


def test_a_name_then_a_job_without_commas_is_the_speaker() -> None:
    # "Dr Ann Lee sound director at audio firm Acme told": Ann Lee, not the firm.
    text = (
        '"Every film will be sharper," Dr Petra Holmvik sound systems director at '
        'audio firm Kelvex told the BBC. "Nobody will miss the hiss."'
    )
    assert said_by(text) == [
        ("Every film will be sharper", "Petra Holmvik"),
        ("Nobody will miss the hiss", "Petra Holmvik"),
    ]
    # A person's name after the job is the speaker, as before.
    other = '"We were patient," Vexford United director of football Rui Anselmo said.'
    assert said_by(other) == [("We were patient", "Rui Anselmo")]
