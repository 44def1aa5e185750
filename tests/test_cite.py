"""Exact citations of the stored article in every style and form (strings from issue 5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsread.article import load_article
from newsread.cite import STYLES, cite, in_text, to_html, to_markdown, to_plain
from newsread.errors import NewsreadError
from newsread.model import Article

ROOT = Path(__file__).resolve().parent.parent
URL = (
    "https://www.themoscowtimes.com/2022/07/04/"
    "putin-orders-advance-to-continue-after-russia-takes-ukraines-lysychansk-a78191"
)
TITLE = "Putin Orders Advance to Continue After Russia Takes Ukraine's Lysychansk"
SENTENCE = "Putin orders advance to continue after Russia takes Ukraine's Lysychansk"
ACCESSED = dt.date(2024, 7, 5)


@pytest.fixture(scope="module")
def stored() -> Article:
    return load_article(ROOT / "articles" / "putin-orders-advance-lysychansk.md")


EXPECTED_MARKDOWN = {
    "apa": f"Tenisheva, A. (2022, July 4). *{SENTENCE}*. The Moscow Times. {URL}",
    "mla": (
        f"Tenisheva, Anastasia. “{TITLE}.” *The Moscow Times*, 4 July 2022, "
        f"{URL.removeprefix('https://')}."
    ),
    "chicago": f"Tenisheva, Anastasia. “{TITLE}.” *Moscow Times*, July 4, 2022. {URL}.",
    "chicago-author-date": (
        f"Tenisheva, Anastasia. 2022. “{TITLE}.” *Moscow Times*, July 4. {URL}."
    ),
    "harvard": (
        f"Tenisheva, A. (2022) ‘{SENTENCE}’, *The Moscow Times*, 4 July. "
        f"Available at: {URL} (Accessed: 5 July 2024)."
    ),
    "ieee": (
        f"A. Tenisheva, “{SENTENCE},” *The Moscow Times*, July 4, 2022. "
        f"Accessed: July 5, 2024. [Online]. Available: {URL}"
    ),
    "vancouver": (
        f"Tenisheva A. {SENTENCE}. Moscow Times [Internet]. 2022 Jul 4 "
        f"[cited 2024 Jul 5]. Available from: {URL}"
    ),
}


@pytest.mark.parametrize("style", sorted(EXPECTED_MARKDOWN))
def test_stored_article_bibliography(stored: Article, style: str) -> None:
    citation = cite(stored, style, accessed=ACCESSED)
    assert to_markdown(citation) == EXPECTED_MARKDOWN[style]
    assert to_plain(citation) == EXPECTED_MARKDOWN[style].replace("*", "")
    assert str(citation) == to_plain(citation)


def test_chicago_note_forms(stored: Article) -> None:
    note = cite(stored, "chicago", form="note")
    assert to_markdown(note) == (
        f"Anastasia Tenisheva, “{TITLE},” *Moscow Times*, July 4, 2022, {URL}."
    )
    short = cite(stored, "chicago", form="short-note")
    assert to_plain(short) == "Tenisheva, “Putin Orders Advance.”"


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("apa", "(Tenisheva, 2022)"),
        ("mla", "(Tenisheva)"),
        ("chicago-author-date", "(Tenisheva 2022)"),
        ("harvard", "(Tenisheva, 2022)"),
        ("ieee", "[1]"),
        ("vancouver", "(1)"),
        ("chicago", "Tenisheva, “Putin Orders Advance.”"),
    ],
)
def test_stored_article_in_text(stored: Article, style: str, expected: str) -> None:
    assert to_plain(cite(stored, style, in_text=True)) == expected
    assert to_plain(in_text(stored, style)) == expected


def test_access_date_only_where_required(stored: Article) -> None:
    """APA, MLA and Chicago cite a dated news article without an access date, even if given."""
    for style in ("apa", "mla", "chicago", "chicago-author-date"):
        assert "ccessed" not in to_plain(cite(stored, style, accessed=ACCESSED))


def test_access_date_defaults_to_today_where_required(stored: Article) -> None:
    today = dt.date.today()
    text = to_plain(cite(stored, "harvard"))
    assert f"(Accessed: {today.day} " in text and f"{today.year})." in text


def test_html_escapes_and_italicises() -> None:
    article = Article(
        title="Q&A: <Brexit> explained",
        authors=["Jane Doe"],
        published=dt.date(2020, 1, 31),
        publisher="The Times & Sunday",
        publisher_kind="newspaper",
        url="https://example.com/a?b=1&c=2",
    )
    out = to_html(cite(article, "apa"))
    assert out == (
        "Doe, J. (2020, January 31). Q&amp;A: &lt;Brexit&gt; explained. "
        "<i>The Times &amp; Sunday</i>. https://example.com/a?b=1&amp;c=2"
    )


def test_markdown_escapes_asterisks() -> None:
    article = Article(title="A *star* is born", publisher="Vox", publisher_kind="website")
    assert to_markdown(cite(article, "apa")).startswith(r"*A \*star\* is born*.")


def test_markdown_escapes_every_sign_the_text_would_be_read_as() -> None:
    article = Article(
        title="A <b>deal</b> _done_ [here](https://x.example) at `noon` &amp; AT&T",
        authors=["Ann Lee"],
        publisher="Vox",
        publisher_kind="website",
        url="https://vox.example/deal_done*now",
    )
    out = to_markdown(cite(article, "ieee"))
    assert r"\<b\>deal\</b\> \_done\_ \[here\](https://x.example) at \`noon\`" in out
    assert r"\&amp; AT&T" in out
    assert "[Online]" in out  # the style's own brackets make no link
    assert out.endswith("https://vox.example/deal_done*now")  # a URL stays linkable


def test_markdown_leaves_a_url_without_its_scheme_as_it_is() -> None:
    article = Article(
        title="Cases rise_again",
        authors=["Ann Lee"],
        published=dt.date(2024, 5, 1),
        publisher="Vox",
        publisher_kind="website",
        url="https://vox.example/covid_cases?id=1&utm_medium=feed",
    )
    out = to_markdown(cite(article, "mla"))
    assert r"Rise\_again" in out  # the title's underscore is still escaped
    assert out.endswith("vox.example/covid_cases?id=1&utm_medium=feed.")  # MLA drops https://


def test_unknown_style_suggests_closest(stored: Article) -> None:
    with pytest.raises(NewsreadError) as error:
        cite(stored, "chicgo")
    message = str(error.value)
    assert "'chicago'" in message and "did you mean" in message
    for name in STYLES:
        assert name in message


def test_form_only_for_chicago(stored: Article) -> None:
    with pytest.raises(NewsreadError, match="chicago"):
        cite(stored, "apa", form="note")
    with pytest.raises(NewsreadError, match="short-note"):
        cite(stored, "chicago", form="shortnote")


def test_styles_listed_with_descriptions() -> None:
    assert list(STYLES)[:7] == [
        "apa",
        "mla",
        "chicago",
        "chicago-author-date",
        "harvard",
        "ieee",
        "vancouver",
    ]
    assert {"bibtex", "biblatex", "ris", "csl-json"} <= set(STYLES)
    assert all(STYLES.values())
