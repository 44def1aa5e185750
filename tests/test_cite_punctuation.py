"""Every style and form over missing and present metadata: no doubled or dangling punctuation.

A citation is assembled from optional parts (author, date, URL, publisher) around a
title that may end in its own mark; each joint must stay clean whichever parts are
missing. Abbreviations may be followed by a comma ("Jr.,", "U.S.,"), so those are allowed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from newsread.article import parse_article
from newsread.cite import EXPORTS, STYLES, cite, to_plain
from newsread.model import Article, Paragraph

SEEN = dt.date(2024, 2, 1)
TITLES = [
    "Lighthouse Keepers Vote to Strike",
    "Will the Night Ferry Survive the Winter?",
    "Lighthouse Saved!",
    "Pilots Return to the U.S.",
    "Mayor Says ‘We Will Not Waver.’",
    "Is the Strike “Over?”",
    "",
]
AUTHORS = [[], ["Ines Halvorsen"], ["Ines Halvorsen", "Tomas Brek", "Una Quill"], ["Pilot Union"]]
DATES = [dt.date(2021, 3, 9), None]
URLS = ["https://coast.example/strike", None]
PUBLISHERS = [("The Coast Ledger", "newspaper"), ("Harbour Wire Inc.", None), (None, None)]
FORMS = [(style, "bibliography", False) for style in STYLES if style not in EXPORTS]
FORMS += [("chicago", "note", False), ("chicago", "short-note", False)]
FORMS += [(style, "bibliography", True) for style in STYLES if style not in EXPORTS]

_ABBREVIATIONS = {"jr", "sr", "al", "inc", "co", "ltd", "st"}


def punctuation_problems(text: str) -> list[str]:
    """The doubled or dangling punctuation in `text` (an ellipsis is not a doubled period)."""
    flat = text.replace("...", "…").replace(". . .", "…")
    patterns = {
        "..": r"\.\.",
        ",.": r",[”’]?\s*\.",
        ",,": r",\s*,",
        "()": r"\(\s*\)",
        "space before mark": r"\s[.,;:]",
        "double space": r"  ",
        "dangling separator": r"[,;:]\s*(?:$|[)\]])",
        "mark after ? or !": r"[?!][”’]?[.]",
    }
    found = [name for name, pattern in patterns.items() if re.search(pattern, flat)]
    for match in re.finditer(r"(\S*)\.[”’]?,", flat):
        word = match.group(1).strip("“‘(")
        if not (word.lower() in _ABBREVIATIONS or len(word) == 1 or "." in word):
            found.append(".,")
    return found


def _articles() -> list[Article]:
    combos = itertools.product(TITLES, AUTHORS, DATES, URLS, PUBLISHERS)
    return [
        Article(
            title=title,
            authors=list(authors),
            published=published,
            publisher=publisher,
            publisher_kind=kind,
            url=url,
            paragraphs=[Paragraph(1, "The keepers met at the lighthouse on Tuesday.")],
        )
        for title, authors, published, url, (publisher, kind) in combos
    ]


ARTICLES = _articles()


@pytest.mark.parametrize(("style", "form", "in_text"), FORMS)
def test_no_doubled_or_dangling_punctuation(style: str, form: str, in_text: bool) -> None:
    bad = []
    for article in ARTICLES:
        text = to_plain(cite(article, style, form=form, in_text=in_text, accessed=SEEN))
        problems = punctuation_problems(text)
        if problems:
            bad.append((text, problems))
    assert bad == []


def test_the_checker_catches_what_it_should() -> None:
    assert punctuation_problems("“Untitled.” n.d.. Accessed") == [".."]
    assert punctuation_problems("“Untitled,”.") == [",."]
    assert punctuation_problems("(Lee, )") == ["dangling separator"]
    assert punctuation_problems("()") == ["()"]
    assert punctuation_problems("King, M. L., Jr., “Title,” Coast Ledger.") == []
    assert punctuation_problems("Wait . . . for it... (Lee, 2021).") == []
    assert ".," in punctuation_problems("“Title.,” Coast")


@pytest.mark.parametrize("text", ["", "Just one line of text", "# Untitled\n\nA body."])
def test_bare_articles_cite_cleanly(text: str) -> None:
    """The fuzzer's finds: an article with no author, date or URL (title "Untitled")."""
    article = parse_article(text)
    for style, form, in_text in FORMS:
        rendered = to_plain(cite(article, style, form=form, in_text=in_text, accessed=SEEN))
        assert punctuation_problems(rendered) == [], (style, form, in_text, rendered)


def test_bare_article_exact_forms() -> None:
    article = parse_article("")

    def plain(style: str) -> str:
        return to_plain(cite(article, style, accessed=SEEN))

    # No title: a description of the work, bracketed in APA (and IEEE), plain elsewhere.
    assert plain("chicago-author-date") == "Untitled article. n.d. Accessed February 1, 2024."
    assert plain("ieee") == "[Untitled article]."
    assert plain("apa") == "[Untitled article]. (n.d.)."
    assert plain("mla") == "Untitled article. Accessed 1 Feb. 2024."


def test_quoted_sentence_period_gives_way_to_a_comma() -> None:
    """“…‘We Will Not Waver,’” in a Chicago note and IEEE, not “…Waver.,’”."""
    article = Article(
        title="Mayor Says ‘We Will Not Waver.’",
        authors=["Ines Halvorsen"],
        published=dt.date(2021, 3, 9),
        publisher="The Coast Ledger",
        publisher_kind="newspaper",
        paragraphs=[Paragraph(1, "The mayor said the town would not waver.")],
    )
    note = to_plain(cite(article, "chicago", form="note"))
    assert note == "Ines Halvorsen, “Mayor Says ‘We Will Not Waver,’” Coast Ledger, March 9, 2021."
    ieee = to_plain(cite(article, "ieee"))
    assert ieee.startswith("I. Halvorsen, “Mayor says ‘We will not waver,’” The Coast Ledger, Mar.")


def test_ieee_title_comma_only_before_another_element() -> None:
    body = [Paragraph(1, "The old lighthouse was saved by a vote.")]
    bare = Article(title="Lighthouse Saved", authors=["Ines Halvorsen"], paragraphs=body)
    assert to_plain(cite(bare, "ieee")) == "I. Halvorsen, “Lighthouse saved.”"
    dated = Article(title="Lighthouse Saved", published=dt.date(2021, 3, 9), paragraphs=body)
    assert to_plain(cite(dated, "ieee")) == "“Lighthouse saved,” Mar. 9, 2021."


@pytest.mark.parametrize("ending", [",", ":", ";", " :"])
def test_a_title_ending_in_a_separator_loses_it(ending: str) -> None:
    article = Article(title="Keepers Vote" + ending, authors=["Ines Halvorsen"])
    for style, form, in_text in FORMS:
        rendered = to_plain(cite(article, style, form=form, in_text=in_text, accessed=SEEN))
        assert punctuation_problems(rendered) == [], (style, rendered)


def test_a_short_title_cut_after_a_sentence_drops_its_period() -> None:
    body = [Paragraph(1, "The keepers vote again today.")]
    title = "Keepers Vote Again Today. Strike Begins at Dawn"
    article = Article(title=title, published=dt.date(2021, 3, 9), paragraphs=body)
    assert to_plain(cite(article, "chicago", form="short-note")) == "“Keepers Vote Again Today.”"
    assert to_plain(cite(article, "harvard", in_text=True)) == "(‘Keepers vote again today’, 2021)"
    usa = Article(title="Pilots Return to U.S.", published=dt.date(2021, 3, 9))
    assert to_plain(cite(usa, "mla", in_text=True)) == "(“Pilots Return to U.S.”)"


def test_a_line_break_in_the_metadata_keeps_a_citation_on_one_line() -> None:
    article = Article(
        title="Title\nsecond line",
        authors=["Ann Lee"],
        published=dt.date(2024, 1, 1),
        publisher="Pub\r\nLine",
        url="https://x.example/a\nb",
    )
    for style in ("apa", "mla", "chicago", "harvard", "ieee", "vancouver", "bibtex", "ris"):
        text = to_plain(cite(article, style, accessed=SEEN)).rstrip("\n")
        assert "\r" not in text, style
        if style not in ("bibtex", "ris"):  # records of several lines by design
            assert "\n" not in text, style
        assert "Pub Line" in text and "x.example/ab" in text, style
