"""Properties of search on arbitrary text (Hypothesis, small fixed budget)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.errors import NewsreadError
from newsread.model import Article, Paragraph
from newsread.search import search
from newsread.textfold import fold

# Text rich in the characters folding cares about, plus anything else.
_ALPHABET = st.sampled_from(
    list("aAbBsSiIkKyYvV ’'‘\"“”-–—…ßïÏé\u0301\u00ad\u00a0.!?\nﬁİ")
) | st.characters(codec="utf-8")
_TEXT = st.text(_ALPHABET, max_size=60)
_TERM = st.text(_ALPHABET, min_size=1, max_size=6)
_BUDGET = settings(max_examples=200, deadline=None)


def _article(text: str) -> Article:
    return Article(paragraphs=[Paragraph(1, text)], slug="prop")


def _normal(text: str, *, casefold: bool = True, loose: bool = True) -> str:
    return " ".join(fold(text, casefold=casefold, loose=loose).split())


@_BUDGET
@given(_TEXT, _TERM, st.booleans(), st.booleans())
def test_every_match_folds_to_the_term(text: str, term: str, exact: bool, case: bool) -> None:
    try:
        hits = search(_article(text), [term], exact=exact, case_sensitive=case)
    except NewsreadError:
        assert not _normal(term, casefold=not case, loose=not exact)
        return
    for hit in hits:
        cut = text[hit.start : hit.end]
        assert cut == hit.match
        assert _normal(cut, casefold=not case, loose=not exact) == _normal(
            term, casefold=not case, loose=not exact
        )
        assert text[hit.sentence_start : hit.sentence_start + len(hit.sentence)] == hit.sentence
        assert hit.sentence_start <= hit.start and hit.end <= hit.sentence_start + len(hit.sentence)


@_BUDGET
@given(_TEXT, _TERM)
def test_a_term_cut_from_the_text_is_found(text: str, term: str) -> None:
    whole = text + " " + term
    if not fold(term).strip():
        return
    hits = search(_article(whole), [term])
    assert hits, "a term present verbatim must be found"


@_BUDGET
@given(
    _TEXT,
    st.lists(_TERM, min_size=1, max_size=3),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.integers(0, 3),
)
def test_never_raises_anything_but_newsread_errors(
    text: str, terms: list[str], word: bool, regex: bool, stem: bool, any_term: bool, context: int
) -> None:
    try:
        hits = search(
            _article(text),
            terms,
            word=word,
            regex=regex,
            stem=stem,
            any_term=any_term,
            context=context,
        )
    except NewsreadError:
        return
    for hit in hits:
        assert hit.match and text[hit.start : hit.end] == hit.match
        assert hit.sentence in hit.context


@_BUDGET
@given(st.lists(_TEXT, min_size=1, max_size=6), _TERM, st.integers(min_value=0, max_value=3))
def test_lent_context_is_the_neighbours_own_text_and_no_paragraph_shows_twice(
    texts: list[str], term: str, context: int
) -> None:
    from newsread.search import passages

    article = Article(paragraphs=[Paragraph(n, t) for n, t in enumerate(texts, 1)], slug="p")
    try:
        hits = search(article, [term], context=context)
    except NewsreadError:
        return
    for hit in hits:
        lent = [*hit.context_before, *hit.context_after]
        assert len(lent) <= 2 * context
        for number, text in lent:
            assert number != hit.paragraph and text in texts[number - 1]
        before = [n for n, _ in hit.context_before]
        after = [n for n, _ in hit.context_after]
        assert before == sorted(before) and all(n < hit.paragraph for n in before)
        assert after == sorted(after) and all(n > hit.paragraph for n in after)
    # A paragraph lent as context is lent once, and never one a passage shows itself.
    grouped = passages(hits)
    lent_numbers = [n for p in grouped for n, _ in (*p.before, *p.after)]
    assert len(lent_numbers) == len(set(lent_numbers))
    assert not set(lent_numbers) & {p.paragraph for p in grouped}
