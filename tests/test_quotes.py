"""The quote engine: the stored article exactly, each rule on small fixtures, properties."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsread.article import load_article, parse_article
from newsread.quotes import (
    Quote,
    extract_quotes,
    speaker_matches,
    speaker_summary,
    suggest_speakers,
)
from tests import noise
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


# ---------------------------------------------------------------- rules on fixtures


def test_straight_and_curly_marks_with_cue_after() -> None:
    assert triples('"We will win the match," Jane Doe said.') == [
        ("We will win the match,", "Jane Doe", "direct")
    ]
    assert triples("“The bridge is unsafe,” said Omar Haddad.") == [
        ("The bridge is unsafe,", "Omar Haddad", "direct")
    ]


def test_interrupted_quote_gives_two_quotes_by_the_same_speaker() -> None:
    got = triples('"The river rose fast," Mary Lane said. "We had no warning at all."')
    assert got == [
        ("The river rose fast,", "Mary Lane", "direct"),
        ("We had no warning at all.", "Mary Lane", "direct"),
    ]


def test_single_quotes_nested_inside_double_are_one_quote() -> None:
    got = triples("“They called it a ‘miracle’ and moved on,” said Ana Ruiz.")
    assert got == [("They called it a ‘miracle’ and moved on,", "Ana Ruiz", "direct")]


def test_quote_running_over_paragraphs_keeps_its_speaker() -> None:
    text = (
        'Coach Tom Reed said: "We trained hard all winter.\n\n'
        '"Nobody expected this result, least of all me."\n\nThe club plays again on Monday.'
    )
    got = triples(text)
    assert got == [
        ("We trained hard all winter.", "Tom Reed", "direct"),
        ("Nobody expected this result, least of all me.", "Tom Reed", "direct"),
    ]


def test_colon_introduction_and_said_x_order() -> None:
    assert triples('Lena Park told reporters: "The vote is final."') == [
        ("The vote is final.", "Lena Park", "direct")
    ]
    assert triples('"It is over," said Lena Park.') == [("It is over,", "Lena Park", "direct")]


def test_pronoun_resolves_to_the_most_recent_person_and_full_name() -> None:
    text = (
        "Ravi Menon, an engineer at the port, told the newspaper the cranes had failed.\n\n"
        '"Nobody checked the cables for months," he said.\n\n'
        '"It was a matter of time," Menon added.'
    )
    got = triples(text)
    assert got == [
        ("Nobody checked the cables for months,", "Ravi Menon", "direct"),
        ("It was a matter of time,", "Ravi Menon", "direct"),
    ]
    assert quotes_of(text)[0].mention == "he"


def test_titles_and_appositives_are_stripped() -> None:
    got = triples(
        '"Taxes will fall next year," Finance Minister Ella Stone said.\n\n'
        '"The plan is reckless," Piet Vos, an economist at a Dutch bank, said.'
    )
    assert [speaker for _, speaker, _ in got] == ["Ella Stone", "Piet Vos"]


def test_organisation_and_unnamed_speakers() -> None:
    got = triples(
        '"Prices will rise," the Centre for Food Policy, a research group, said.\n\n'
        '"We are scared," said one local farmer in the valley.'
    )
    speakers = [speaker for _, speaker, _ in got]
    assert speakers == ["Centre for Food Policy", "local farmer in the valley"]


def test_partial_and_scare_quotes() -> None:
    got = triples('The mayor, Ida Berg, said the plan was "deeply flawed" and would be revised.')
    assert got == [("deeply flawed", "Ida Berg", "partial")]
    assert triples('Fans waved flags, chanting "Go Blues!" outside.')[0][2] == "scare"
    assert triples('The film "Night Harbour Lights" opens today.')[0][2] == "scare"


def test_unbalanced_mark_does_not_drop_the_rest() -> None:
    text = (
        'He called it "a disaster and left.\n\n'
        '"We will rebuild the school," said Headteacher Sara Cole.'
    )
    quotes = quotes_of(text)
    assert quotes[-1].text == "We will rebuild the school,"
    assert quotes[-1].speaker == "Sara Cole"


def test_straight_inch_mark_inside_curly_quotation_does_not_close_it() -> None:
    text = '“I am 5\' 10" tall, and the screen is 55" wide,” said Tom Reed.'
    assert triples(text) == [
        ('I am 5\' 10" tall, and the screen is 55" wide,', "Tom Reed", "direct")
    ]
    # With no curly mark to close it later, the straight mark closes as before.
    assert triples('“The score was 3-0" said Tom Reed.')[0][0] == "The score was 3-0"


def test_huge_paragraph_of_unbalanced_marks_finishes() -> None:
    # Linear-time scanning: a pathological 1 MB paragraph must not hang pytest.
    text = "He said " + '"a ' * 100_000 + "x" * 500_000
    quotes = quotes_of(text)
    assert quotes and all(q.end <= len(text) for q in quotes)


# ---------------------------------------------------------------- queries


def test_speaker_queries_summary_and_suggestions() -> None:
    quotes = extract_quotes(load_article(STORED))
    putin = [q for q in quotes if speaker_matches(q, "putin")]
    assert len(putin) == 4
    assert all(speaker_matches(q, "VLADIMIR") for q in putin)
    assert any(speaker_matches(q, "crânny") for q in quotes)  # accents ignored
    assert any(speaker_matches(q, "Cranny Evans") for q in quotes)  # a hyphen as a space
    obrien = Quote("Fine,", "Peter O'Brien", None, None, "direct", 1, 0, 5)
    assert speaker_matches(obrien, "o’brien") and speaker_matches(obrien, "brien")
    assert speaker_matches(obrien, "obrien")  # an apostrophe left out
    assert not speaker_matches(obrien, "'")
    assert not speaker_matches(obrien, " - ")  # marks alone name no one
    summary = speaker_summary(q for q in quotes if q.kind != "scare")
    assert summary[0].speaker == "Vladimir Putin" and summary[0].quotes == 4
    assert [s.speaker for s in summary][:3] == [
        "Vladimir Putin",
        "Ukrainian army",
        "Volodymyr Zelensky",
    ]
    assert suggest_speakers("Putn", quotes)[0] == "Vladimir Putin"
    assert suggest_speakers("zzzz", quotes) == []


# ---------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    [
        *"ab \"“”‘’'.,:!?\n(-",
        *"\t\u00a0\u2009\u3000",  # spaces the rules do not spell out
        "said",
        " he ",
        "Tom Reed",
        "\n\n",
        *noise.SPEAKER_SHAPES,
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
@example("Mr  QC's \"a")  # a title, then plural letters with no organisation word
@example('"We will win,"\u2009said Tom Reed.')  # a thin space before the cue
@example(" (TR):, for calling  “Dodong” ")  # a chunk with no words before an appositive
def test_never_raises_and_offsets_index_the_paragraph(text: str) -> None:
    article = parse_article(text or "x", plain=True)
    for quote in extract_quotes(article):
        paragraph = article.paragraphs[quote.paragraph - 1]
        assert paragraph.text[quote.start : quote.end] == quote.text
        assert quote.kind in {"direct", "partial", "scare"}
