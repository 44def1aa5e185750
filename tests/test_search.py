"""The search core: matching rules on the stored article and on small fixtures of our own."""

from __future__ import annotations

import re

import pytest

from newsread.article import load_article, parse_article
from newsread.errors import NewsreadError
from newsread.model import Article, Caption, Embed, Heading, Paragraph
from newsread.search import (
    LONGEST_PASSAGE,
    SENTENCE_MARGIN,
    Hit,
    Options,
    compile_query,
    iter_hits,
    matching_units,
    passages,
    search,
    units,
)
from tests.conftest import STORED


@pytest.fixture(scope="module")
def stored() -> Article:
    return load_article(STORED)


def make(*paragraphs: str, title: str | None = None, caption: str | None = None) -> Article:
    return Article(
        title=title,
        caption=Caption(caption) if caption else None,
        paragraphs=[Paragraph(n, text) for n, text in enumerate(paragraphs, start=1)],
        slug="fixture",
    )


def where(hits: list[Hit]) -> list[str]:
    return [hit.location for hit in hits]


# --------------------------------------------------------------- the stored article


def test_stored_place_name_hits_only_its_paragraphs(stored: Article) -> None:
    hits = search(stored, ["Siversk"])
    expected = [p.number for p in stored.paragraphs if "Siversk" in p.text]
    assert expected  # the stored article does mention it
    assert [h.paragraph for h in hits] == expected
    assert all(h.section == "body" and h.match == "Siversk" for h in hits)
    assert all(h.ref == "putin-orders-advance-lysychansk" for h in hits)


def test_stored_match_offsets_index_the_paragraph(stored: Article) -> None:
    texts = {p.number: p.text for p in stored.paragraphs}
    for hit in search(stored, ["Lysychansk"]):
        if hit.section == "body":
            assert texts[hit.paragraph][hit.start : hit.end] == hit.match
        assert hit.match in hit.sentence
        assert hit.sentence in hit.context


def test_stored_title_caption_and_embed_are_searched(stored: Article) -> None:
    sections = {h.section for h in search(stored, ["Lysychansk"])}
    assert sections == {"title", "caption", "body", "embed"}
    (embed_hit,) = search(stored, ["liberation"])
    assert embed_hit.section == "embed" and embed_hit.paragraph == 1
    assert embed_hit.location == "embed 1"


def test_stored_and_of_two_terms(stored: Article) -> None:
    both = search(stored, ["Shoigu", "Putin"])
    shoigu = {h.paragraph for h in search(stored, ["Shoigu"])}
    putin = {h.paragraph for h in search(stored, ["Putin"])}
    assert {h.paragraph for h in both} == shoigu & putin
    assert {h.match for h in both} == {"Shoigu", "Putin"}


def test_stored_any_term_is_or(stored: Article) -> None:
    either = search(stored, ["Shoigu", "Siversk"], any_term=True)
    assert {h.paragraph for h in either} == {
        h.paragraph for h in search(stored, ["Shoigu"]) + search(stored, ["Siversk"])
    }


def test_stored_phrase(stored: Article) -> None:
    hits = search(stored, ["Moscow  Times"])  # spaces in a phrase are any whitespace
    assert [h.match for h in hits] == ["Moscow Times"]


def test_stored_stem_finds_inflections(stored: Article) -> None:
    matches = {h.match.lower() for h in search(stored, ["advance"], stem=True)}
    assert {"advance", "advanced"} <= matches
    assert all(m.startswith("advanc") for m in matches)
    assert len(search(stored, ["advance"])) < len(search(stored, ["advance"], stem=True)) + 1


def test_stored_regex(stored: Article) -> None:
    hits = search(stored, [r"Slov\w+sk"], regex=True)
    assert hits and all(h.match == "Slovyansk" for h in hits)


def test_stored_context_sentences(stored: Article) -> None:
    (plain,) = [h for h in search(stored, ["nightly address"])]
    (wide,) = [h for h in search(stored, ["nightly address"], context=1)]
    assert plain.context == plain.sentence
    assert len(wide.context) > len(wide.sentence)
    assert wide.sentence in wide.context


# ------------------------------------------------------------------- folding


def test_apostrophe_styles_both_found() -> None:
    article = make("The army’s plan failed.", "The army's plan held.")
    assert [h.match for h in search(article, ["army's"])] == ["army’s", "army's"]
    assert [h.match for h in search(article, ["army’s"])] == ["army’s", "army's"]


def test_curly_quotes_match_straight() -> None:
    article = make("He called it a “triumph” on air.")
    (hit,) = search(article, ['"triumph"'])
    assert hit.match == "“triumph”"


def test_accents_fold_both_ways() -> None:
    article = make("Officials in Kyïv and in Kyiv met in Zürich.")
    assert [h.match for h in search(article, ["Kyiv"])] == ["Kyïv", "Kyiv"]
    assert [h.match for h in search(article, ["kyïv"])] == ["Kyïv", "Kyiv"]
    assert [h.match for h in search(article, ["zurich"])] == ["Zürich"]


def test_decomposed_accent_is_highlighted_whole() -> None:
    text = "A visit to Kyi\u0308v today."
    (hit,) = search(make(text), ["kyi"])
    assert hit.match == "Kyi\u0308"  # the diaeresis stays with its letter


def test_dashes_and_hyphens_match() -> None:
    article = make("A well–known figure, a well—known place, a well-known name.")
    assert len(search(article, ["well-known"])) == 3
    assert len(search(article, ["well—known"])) == 3


def test_expansions_map_back_to_whole_characters() -> None:
    article = make("Die Straße war leer… oder?")
    (hit,) = search(article, ["strasse"])
    assert hit.match == "Straße"
    assert search(article, ["tras"]) == []  # would cut the ß in half
    assert search(article, ["sse"])[0].match == "ße"
    (dots,) = search(article, ["leer..."])
    assert dots.match == "leer…"


def test_exact_turns_folding_off() -> None:
    article = make("Kyïv’s mayor spoke.")
    assert search(article, ["Kyiv's"], exact=True) == []
    assert [h.match for h in search(article, ["kyïv’s"], exact=True)] == ["Kyïv’s"]


def test_case_sensitive() -> None:
    article = make("Bill paid the bill.")
    assert [h.match for h in search(article, ["bill"])] == ["Bill", "bill"]
    assert [h.match for h in search(article, ["bill"], case_sensitive=True)] == ["bill"]
    assert [h.match for h in search(article, ["b.ll"], regex=True)] == ["Bill", "bill"]
    assert len(search(article, ["B.ll"], regex=True, case_sensitive=True)) == 1


# ----------------------------------------------------------- words, regex, stems


def test_whole_words() -> None:
    article = make("The war in the Warsaw area; post-war plans.")
    assert [h.match for h in search(article, ["war"])] == ["war", "War", "war"]
    assert [h.match for h in search(article, ["war"], word=True)] == ["war", "war"]


def test_regex_error_names_the_position() -> None:
    with pytest.raises(NewsreadError, match=r"unterminated character set at position 3"):
        search(make("text"), ["abc[(d"], regex=True)
    with pytest.raises(NewsreadError) as info:
        search(make("text"), ["(unclosed"], regex=True)
    assert info.value.exit_code == 2


@pytest.mark.parametrize(
    ("pattern", "said"), [("a{99999999999}", "too large"), ("(" * 5000 + "a" + ")" * 5000, "…")]
)
def test_regexes_python_cannot_compile_are_input_errors(pattern: str, said: str) -> None:
    with pytest.raises(NewsreadError, match="invalid regular expression") as info:
        search(make("text"), [pattern], regex=True)
    assert said in str(info.value) and len(str(info.value)) < 200
    assert info.value.exit_code == 2


def test_a_regex_only_whole_word_matching_makes_too_deep_is_an_input_error() -> None:
    # --word wraps the pattern in groups of its own: find a depth Python compiles only
    # without them (it depends on the stack in use), then search with --word at it.
    for depth in range(100, 5000):
        pattern = "(" * depth + "a" + ")" * depth
        try:
            re.compile(pattern)
        except RecursionError:
            pytest.skip("no depth here compiles bare but not wrapped")
        try:
            re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")
        except RecursionError:
            break
    with pytest.raises(NewsreadError, match="invalid regular expression"):
        search(make("text"), [pattern], regex=True, word=True)


def test_regex_folds_literal_characters() -> None:
    article = make("In Kyiv the Ukraine’s flag flew.")
    assert [h.match for h in search(article, [r"Ky[iï]v"], regex=True)] == ["Kyiv"]
    assert [h.match for h in search(article, [r"Ukraine’s?"], regex=True)] == ["Ukraine’s"]


@pytest.mark.parametrize("pattern", ["x*", "^", "$", "(Kyiv)?", "a|"])
def test_a_regex_that_matches_empty_text_is_an_input_error(pattern: str) -> None:
    with pytest.raises(NewsreadError, match="matches empty text"):
        search(make("abc"), [pattern], regex=True)


def test_zero_width_matches_inside_a_regex_are_ignored() -> None:
    assert search(make("abc"), ["(?=b)"], regex=True) == []
    assert [h.match for h in search(make("abc"), ["^a"], regex=True)] == ["a"]


def test_stem_forms_and_phrases() -> None:
    article = make(
        "Troops advanced. Troops are advancing. The advance stalled. He advances slowly.",
        "The city's cities tried trying tries.",
    )
    forms = [h.match for h in search(article, ["advance"], stem=True)]
    assert forms == ["advanced", "advancing", "advance", "advances"]
    assert [h.match for h in search(article, ["city"], stem=True)] == ["city's", "cities"]
    assert len(search(article, ["try"], stem=True)) == 3
    assert [h.match for h in search(article, ["troop advance"], stem=True)] == ["Troops advanced"]


def test_stem_rejects_regex_and_empty_words() -> None:
    with pytest.raises(NewsreadError):
        search(make("x"), ["a"], stem=True, regex=True)
    with pytest.raises(NewsreadError):
        search(make("x"), ["..."], stem=True)


@pytest.mark.parametrize("terms", [[], [""], ["  "]])
def test_empty_terms_are_errors(terms: list[str]) -> None:
    with pytest.raises(NewsreadError):
        search(make("text"), terms)


def test_negative_context_is_an_error() -> None:
    with pytest.raises(NewsreadError):
        search(make("text"), ["text"], context=-1)


# --------------------------------------------------------- sentences and context


def test_sentence_respects_abbreviations_and_quotes() -> None:
    article = make('The U.S. envoy met Gov. Reed. "We agreed," Reed said. Then the talks ended.')
    (hit,) = search(article, ["envoy"])
    assert hit.sentence == "The U.S. envoy met Gov. Reed."
    (quote,) = search(article, ["agreed"])
    assert quote.sentence == '"We agreed," Reed said.'


def test_context_a_paragraph_lacks_comes_from_the_paragraphs_around_it() -> None:
    article = make("Zero.", "One. Two. Three target. Four. Five.", "Six. Seven.", "Eight.")
    (hit,) = search(article, ["target"], context=1)
    assert (hit.context, hit.context_before, hit.context_after) == (
        "Two. Three target. Four.",
        (),
        (),
    )
    (wide,) = search(article, ["target"], context=5)
    assert wide.context == "One. Two. Three target. Four. Five."
    assert wide.context_before == ((1, "Zero."),)
    assert wide.context_after == ((3, "Six. Seven."), (4, "Eight."))
    record = wide.to_dict()
    assert record["context"] == wide.context  # the paragraph's own, as start and end are
    assert record["context_before"] == [{"paragraph": 1, "text": "Zero."}]
    assert record["context_after"] == [
        {"paragraph": 3, "text": "Six. Seven."},
        {"paragraph": 4, "text": "Eight."},
    ]
    # A one-sentence paragraph, as news has: one sentence from each neighbour.
    (news,) = search(
        make("Before one.", "Before two.", "The target.", "After."), ["target"], context=1
    )
    assert (news.context_before, news.context_after) == (((2, "Before two."),), ((4, "After."),))
    # Only body paragraphs lend context: not to a title, nor to a caption.
    (titled,) = search(make("Body.", title="A target"), ["target"], context=1)
    assert (titled.context_before, titled.context_after) == ((), ())


def test_lent_context_stops_at_a_subheading_or_an_embed() -> None:
    article = make("One.", "Two target.", "Three.", "Four target.", "Five.")
    article.headings.append(Heading("Aftermath", 2))  # stands before paragraph 2
    article.embeds.append(Embed("A post.", 4))  # follows paragraph 4
    first, second = search(article, ["target"], context=1)
    assert (first.context_before, first.context_after) == ((), ((3, "Three."),))
    assert (second.context_before, second.context_after) == (((3, "Three."),), ())


def test_lent_context_stops_short_of_a_paragraph_with_a_hit_of_its_own() -> None:
    # That paragraph shows itself (its own record in JSON): lending stops there, so
    # that no hit lends the whole article when N is large.
    article = make("One.", "Two red.", "Three.", "Four red. Four more.", "Five.", "Six red.")
    lent = [
        (h.paragraph, h.context_before, h.context_after)
        for h in search(article, ["red"], context=3)
    ]
    assert lent == [
        (2, ((1, "One."),), ((3, "Three."),)),
        (4, ((3, "Three."),), ((5, "Five."),)),
        (6, ((5, "Five."),), ()),
    ]
    # Two hits of one paragraph wanting different amounts each get theirs.
    article = make("Ay. Bee. Cee.", "Ex red. Why. Zed red.", "Dee. Ee. Eff.")
    first, second = search(article, ["red"], context=3)
    assert (first.context_before, first.context_after) == (((1, "Ay. Bee. Cee."),), ((3, "Dee."),))
    assert (second.context_before, second.context_after) == (
        ((1, "Cee."),),
        ((3, "Dee. Ee. Eff."),),
    )


def test_passages_show_no_paragraph_twice() -> None:
    article = make("P1.", "P2 red.", "P3.", "P4 red.", "P5 red.", "P6.", "P7.")
    shown = passages(search(article, ["red"], context=1))
    assert [(p.paragraph, p.before, p.after) for p in shown] == [
        (2, ((1, "P1."),), ((3, "P3."),)),
        (4, (), ()),  # P3 was lent already; P5 shows itself
        (5, (), ((6, "P6."),)),
    ]


def test_match_across_sentences_reports_both() -> None:
    (hit,) = search(make("It ended. Then it began."), [r"ended\. Then"], regex=True)
    assert hit.sentence == "It ended. Then it began."


def test_passages_merge_hits_in_one_sentence() -> None:
    article = make("Red and red again. Blue. Red once more.")
    hits = search(article, ["red"])
    groups = passages(hits)
    assert [len(p.hits) for p in groups] == [2, 1]
    assert groups[0].spans() == [(0, 3), (8, 11)]
    merged = passages(search(article, ["red"], context=1))
    assert len(merged) == 1 and merged[0].text == "Red and red again. Blue. Red once more."


def test_overlapping_terms_are_separate_hits_with_one_highlight() -> None:
    article = make("The Luhansk region fell.")
    hits = search(article, ["Luhansk", "Luhansk region"])
    assert [h.match for h in hits] == ["Luhansk", "Luhansk region"]
    assert passages(hits)[0].spans() == [(4, 18)]
    assert matching_units(hits) == 1


# ------------------------------------------------------------------ structure


def test_units_in_reading_order() -> None:
    article = make("First.", "Second.", title="T", caption="C")
    article.embeds = [Embed("after one", after=1), Embed("before all", after=0)]
    assert [(s, n) for s, n, _ in units(article)] == [
        ("title", 0),
        ("caption", 0),
        ("embed", 2),
        ("body", 1),
        ("embed", 1),
        ("body", 2),
    ]


def test_hits_from_parsed_markdown() -> None:
    article = parse_article("# A *bold* Title\n\nBody text with a [link](#) in it.\n")
    assert where(search(article, ["bold"])) == ["title"]
    assert search(article, ["link in"])[0].match == "link in"


def test_compiled_queries_are_cached() -> None:
    first = search(make("alpha"), ["alpha"])
    info = compile_query.cache_info()
    second = search(make("alpha beta"), ["alpha"])
    assert compile_query.cache_info().hits == info.hits + 1
    assert first[0].match == second[0].match


def test_to_dict_has_the_json_fields() -> None:
    (hit,) = search(make("Alpha beta."), ["beta"])
    assert hit.to_dict() == {
        "ref": "fixture",
        "paragraph": 1,
        "section": "body",
        "sentence": "Alpha beta.",
        "match": "beta",
        "start": 6,
        "end": 10,
        "context": "Alpha beta.",
        "context_before": [],
        "context_after": [],
    }


def test_endless_sentence_is_cut_around_each_match() -> None:
    text = "Mr. Fox and " * 20_000 + "the needle was here"
    hits = search(make(text), ["fox"])
    assert len(hits) == 20_000
    assert max(len(h.sentence) for h in hits) <= 2 * SENTENCE_MARGIN + 3
    (needle,) = search(make(text), ["needle"], context=2)
    assert needle.sentence.endswith("the needle was here")
    assert text[needle.sentence_start :].startswith(needle.sentence)
    assert needle.context.endswith(needle.sentence)  # more of the cut sentence, still bounded
    assert len(needle.context) <= len(needle.sentence) + 2 * SENTENCE_MARGIN + 1
    (group,) = passages(hits[:5])
    assert group.text.startswith("Mr. Fox") and len(group.spans()) == 5


def test_huge_paragraph_is_searched() -> None:
    text = ("word " * 200_000) + "needle. " + ("." * 100_000) + " " + ("a" * 100_000)
    (hit,) = search(make(text), ["needle"], context=1)
    assert hit.match == "needle"
    assert search(make("ab" * 300_000), ["aba"], word=True) == []


class _Untouchable(str):
    """A paragraph that fails if anything reads it: proves a search never got there."""

    def translate(self, table: object) -> str:
        raise AssertionError("the search read past the hits it was asked for")

    def isascii(self) -> bool:
        raise AssertionError("the search read past the hits it was asked for")


def test_hits_stream_one_at_a_time() -> None:
    # A paragraph with millions of matches must never be held whole: the first hit
    # comes before any later paragraph is read.
    article = make("The pier opened. The pier closed.", _Untouchable("pier " * 10))
    hits = iter_hits(article, compile_query(("pier",), Options()))
    assert [next(hits).start, next(hits).start] == [4, 21]
    with pytest.raises(AssertionError):
        next(hits)


def test_errors_come_before_the_first_hit() -> None:
    with pytest.raises(NewsreadError):
        compile_query(("(",), Options(regex=True))  # before any article is read
    with pytest.raises(NewsreadError):
        iter_hits(make("text"), compile_query(("text",), Options()), context=-1)


def test_a_sentence_full_of_matches_is_cut_into_passages_of_bounded_length() -> None:
    text = "x" * (LONGEST_PASSAGE * 3)  # one "sentence", a match at every character
    found = passages(iter_hits(make(text), compile_query(("x",), Options())))
    assert len(found) > 2
    assert all(len(p.text) <= LONGEST_PASSAGE + 2 * SENTENCE_MARGIN for p in found)
    assert sum(len(p.hits) for p in found) == len(text)


def test_subheadings_are_searched_in_reading_order() -> None:
    article = parse_article(
        "# Harbour news\n\nThe ferry returned.\n\n## Damage at the pier\n\nThe pier was hit.\n"
        "\n## Pier to reopen\n"
    )
    hits = list(search(article, ["pier"]))
    assert [(h.section, h.paragraph, h.location) for h in hits] == [
        ("heading", 1, "heading 1"),
        ("body", 2, "2"),
        ("heading", 2, "heading 2"),
    ]
    assert all(h.sentence[h.start - h.sentence_start :].lower().startswith("pier") for h in hits)


def test_units_follow_the_reading_order_show_uses() -> None:
    from newsread.model import Heading
    from newsread.search import units

    article = Article(
        title="T",
        paragraphs=[Paragraph(1, "The pier was hit.")],
        headings=[Heading("Pier reaction", 2)],
        embeds=[Embed("Pier looks bad", 1, under_heading=True), Embed("Before", 1)],
    )
    assert [(section, number) for section, number, _ in units(article)] == [
        ("title", 0),
        ("body", 1),
        ("embed", 2),  # after the paragraph, before the subheading
        ("heading", 1),
        ("embed", 1),  # under the subheading
    ]


def test_first_in_unit_gives_each_matching_units_first_match_only() -> None:
    article = make("red red red.", "blue.", "red and red.", title="Red")
    query = compile_query(("red",), Options())
    every = list(iter_hits(article, query))
    first = list(iter_hits(article, query, first_in_unit=True))
    assert len(every) == 6
    assert [(h.location, h.start) for h in first] == [("title", 0), ("1", 0), ("3", 0)]
    assert matching_units(first) == matching_units(every) == 3
