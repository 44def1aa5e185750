"""Properties of title casing and citing on arbitrary titles (Hypothesis, small budget)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.cite import STYLES, cite, to_plain
from newsread.model import Article, Paragraph
from newsread.titlecase import CaseEvidence, sentence_case, short_title, title_case

# Words the case rules treat apart (letters with periods, units, particles, other
# languages' small words, quotation and subtitle marks), and any other text.
_WORD = st.sampled_from(
    """U.S. U.S.-LED A.M. e.g. km/h c/o cat/dog and/or In/Out NGOS NGOs van der al-Assad
    Le la LA Los De y Y E À l'État “Quote” ‘Tis 'n' — – | : ? Ärzte ß İstanbul ǅemal
    ﬁnal Plan B A a THE""".split()
) | st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8)
_TITLE = st.lists(_WORD, max_size=10).map(" ".join)
_BODY = st.lists(st.lists(_WORD, max_size=12).map(" ".join), max_size=3)
_BUDGET = settings(max_examples=150, deadline=None)


def _same_letters(cased: str, title: str) -> bool:
    """Only the case of letters changed (spacing between words aside)."""
    return " ".join(cased.split()).casefold() == " ".join(title.split()).casefold()


@_BUDGET
@given(title=_TITLE, body=_BODY, english=st.booleans(), nouns=st.booleans())
def test_casing_a_title_changes_only_the_case_of_its_letters(
    title: str, body: list[str], english: bool, nouns: bool
) -> None:
    evidence = CaseEvidence.from_text(body, names=body[:1])
    assert _same_letters(sentence_case(title, evidence, english=english, nouns=nouns), title)
    for style in ("apa", "mla", "chicago"):
        assert _same_letters(title_case(title, style, evidence), title)
    short = short_title(title, english=english)
    assert short.casefold() in " ".join(title.split()).casefold()


@_BUDGET
@given(
    title=_TITLE,
    body=_BODY,
    language=st.sampled_from(["", "en", "fr", "de", "Deutsch", "es-MX", "zz", "und", "xyz"]),
)
def test_any_title_in_any_language_is_cited_in_every_style(
    title: str, body: list[str], language: str
) -> None:
    article = Article(
        title=title,
        authors=["Ann Lee"],
        published=dt.date(2024, 3, 3),
        publisher="Harbour Gazette",
        language=language or None,
        paragraphs=[Paragraph(n, text) for n, text in enumerate(body, start=1)],
        slug="prop",
    )
    for style in STYLES:
        cited = to_plain(cite(article, style)).strip("\n")
        assert "2024" in cited
        assert style in _EXPORTS or "\n" not in cited  # a citation is one line


#: Styles whose text is a record of several lines, not one citation.
_EXPORTS = frozenset({"bibtex", "biblatex", "ris", "csl-json"})
