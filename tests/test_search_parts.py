"""The pieces under search: folding with its offset map, the stemmer, the sentence splitter."""

from __future__ import annotations

import pytest

from newsread.sentences import sentence_spans, split_sentences
from newsread.stem import stem
from newsread.textfold import Folder, fold, fold_char


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Kyïv", "kyiv"),
        ("Ukraine’s", "ukraine's"),
        ("“Yes”", '"yes"'),
        ("«Oui»", '"oui"'),
        ("a–b—c−d", "a-b-c-d"),
        ("Straße", "strasse"),
        ("ﬁne", "fine"),
        ("wait…", "wait..."),
        ("Łódź", "lodz"),
        ("soft\u00adhyphen", "softhyphen"),
        ("no\u00a0break", "no break"),
        ("İstanbul", "istanbul"),
        ("한국", "한국"),  # composed scripts stay composed
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_modes() -> None:
    assert fold("Kyïv’s", casefold=False) == "Kyiv's"
    assert fold("Kyïv’s", loose=False) == "kyïv’s"
    assert fold("Kyïv’s", casefold=False, loose=False) == "Kyïv’s"
    assert fold_char("ß") == "ss" and fold_char("\u0301") == ""


def test_offset_map_identity_for_ascii() -> None:
    folder = Folder()
    assert folder.offsets("plain text").original(2, 5) == (2, 5)


def test_offset_map_refuses_half_characters() -> None:
    folder = Folder()
    text = "aß…b"
    assert folder.fold(text) == "ass...b"
    offsets = folder.offsets(text)
    assert offsets.original(0, 3) == (0, 2)
    assert offsets.original(0, 2) is None  # half of ß
    assert offsets.original(3, 6) == (2, 3)
    assert offsets.original(4, 7) is None  # two of the three dots


def test_offset_map_skips_leading_and_keeps_trailing_marks() -> None:
    folder = Folder()
    text = "e\u0301te\u0301"  # decomposed "été"
    assert folder.fold(text) == "ete"
    offsets = folder.offsets(text)
    assert offsets.original(0, 1) == (0, 2)
    assert offsets.original(1, 3) == (2, 5)


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (["advance", "advanced", "advancing", "advances"], True),
        (["try", "tries", "tried", "trying"], True),
        (["city", "cities", "city's"], True),
        (["stop", "stopped", "stopping", "stops"], True),
        (["kill", "killed", "killing"], True),
        (["soldier", "soldiers", "soldiers'"], True),
        (["box", "boxes"], True),
        (["play", "played", "plays"], True),
        (["bring", "bringing"], True),
        (["advance", "advantage"], False),
        (["advent", "advance"], False),
        (["bus", "bu"], False),
        (["news", "new"], False),
        (["politics", "politic"], False),
    ],
)
def test_stem(words: list[str], same: bool) -> None:
    assert (len({stem(w) for w in words}) == 1) is same


def test_stem_leaves_short_words_alone() -> None:
    short = ["is", "was", "red", "its", "day"]
    assert [stem(w) for w in short] == short
    assert stem("thing") == "thing" and stem("sing") == "sing"


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("The U.S. Army said so. It did.", ["The U.S. Army said so.", "It did."]),
        ("Gov. Reed met Dr. Lee. Mr. Fox left.", ["Gov. Reed met Dr. Lee.", "Mr. Fox left."]),
        ('"Go," she said. "Now." He went.', ['"Go," she said.', '"Now."', "He went."]),
        ("“Why?” he asked. “Because.”", ["“Why?” he asked.", "“Because.”"]),
        ("Wait ... really? Yes!", ["Wait ... really?", "Yes!"]),
        ("J. K. Smith wrote it.", ["J. K. Smith wrote it."]),
        ("Up 5.5% on Jan. 3. Down later.", ["Up 5.5% on Jan. 3.", "Down later."]),
        ("lower. case stays", ["lower. case stays"]),
        ("  padded.  ", ["padded."]),
        ("", []),
        ("(Aside.) Then more.", ["(Aside.)", "Then more."]),
        # A name's ending can close a sentence; a lower-case word goes on with it.
        (
            "Made by Warner Bros. However, few saw it.",
            ["Made by Warner Bros.", "However, few saw it."],
        ),
        ("Acme Inc. said so.", ["Acme Inc. said so."]),
        ("Fr. Brown spoke.", ["Fr. Brown spoke."]),
        # A list bullet after a full stop opens a sentence.
        ("It ended.\n - Lee: no.", ["It ended.", "- Lee: no."]),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_sentence_spans_index_the_text() -> None:
    text = "First one.  Second one!\nThird?"
    for start, end in sentence_spans(text):
        assert text[start:end] == text[start:end].strip()
    assert [text[s:e] for s, e in sentence_spans(text)] == ["First one.", "Second one!", "Third?"]


def test_sentences_on_pathological_input_finish() -> None:
    for text in (
        "." * 300_000,
        ". " * 150_000,
        "a." * 150_000,
        "Mr. " * 75_000,
        "”" * 300_000 + ". A",
    ):
        assert split_sentences(text)
