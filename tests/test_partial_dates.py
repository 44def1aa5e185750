"""Publication dates given as a month or a year alone ("2021-07", "July 2021", "2021"):
read, stored, shown, listed and cited at the precision the source gave."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner, Result

from newsread import dates
from newsread.article import parse_article
from newsread.catalog import Catalog
from newsread.cite import cite, csl_item, to_biblatex, to_bibtex, to_ris
from newsread.cli import app
from newsread.errors import ArticleError
from newsread.library import Library
from newsread.model import Article, article_from_dict, article_to_dict

ACCESSED = dt.date(2024, 1, 2)


def run(runner: CliRunner, *args: str, **kwargs: str) -> Result:
    return runner.invoke(app, list(args), **kwargs)


def article(published: str, **front: str) -> Article:
    fields = {
        "title": "Ferry service returns to the island",
        "authors": "[Mira Okafor]",
        "published": published,
        "publisher": "Island Courier",
        "publisher_kind": "newspaper",
        "url": "https://courier.example/ferry",
        **front,
    }
    head = "".join(f"{key}: {value}\n" for key, value in fields.items())
    return parse_article(f"---\n{head}---\n\nThe ferry sailed again on Monday.\n")


# --------------------------------------------------------------------------- reading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021", (dt.date(2021, 1, 1), "year")),
        ("2021-07", (dt.date(2021, 7, 1), "month")),
        ("2021/7", (dt.date(2021, 7, 1), "month")),
        ("July 2021", (dt.date(2021, 7, 1), "month")),
        ("Jul 2021", (dt.date(2021, 7, 1), "month")),
        ("Sept. 2021", (dt.date(2021, 9, 1), "month")),
        ("december, 1999", (dt.date(1999, 12, 1), "month")),
        ("July 4, 2021", (dt.date(2021, 7, 4), "day")),
        ("2021-07-04", (dt.date(2021, 7, 4), "day")),
    ],
)
def test_partial_dates_are_read_at_their_precision(text, expected):
    assert dates.parse_partial_date(text) == expected


@pytest.mark.parametrize("text", ["2021-13", "2021-00", "Smarch 2021", "0000", "21", "07-2021"])
def test_what_is_no_month_or_year_is_no_date(text):
    assert dates.parse_partial_date(text) is None


@pytest.mark.parametrize(
    ("written", "iso"),
    [("2021", "2021"), ("'2021-07'", "2021-07"), ("July 2021", "2021-07"), ("2021-07-04", None)],
)
def test_front_matter_takes_a_month_or_a_year(written, iso):
    got = article(written)
    assert got.published == (dt.date(2021, 7, 4) if iso is None else dates.from_iso_date(iso)[0])
    assert article_to_dict(got)["published"] == (iso or "2021-07-04")


def test_accessed_stays_a_whole_day_and_bad_dates_still_fail():
    # The day one read an article is always known: a month there is a mistake.
    with pytest.raises(ArticleError, match="accessed: '2024-01' is not a date"):
        article("2021", accessed="2024-01")
    with pytest.raises(ArticleError, match=r"published: 'someday' is not a date \(use YYYY-MM-DD"):
        article("someday")


def test_a_labelled_line_at_the_head_gives_a_month_but_a_bare_one_stays_text():
    labelled = parse_article("Published: July 2021\n\nThe ferry sailed again.\n")
    assert (labelled.published, labelled.published_precision) == (dt.date(2021, 7, 1), "month")
    assert [p.text for p in labelled.paragraphs] == ["The ferry sailed again."]
    dated = parse_article("# Ferry\n\nDate: 2021\n\nThe ferry sailed again.\n")
    assert (dated.published, dated.published_precision) == (dt.date(2021, 1, 1), "year")
    bare = parse_article("# Ferry\n\nJuly 2021\n\nThe ferry sailed again.\n")
    assert bare.published is None
    assert [p.text for p in bare.paragraphs] == ["July 2021", "The ferry sailed again."]


# ------------------------------------------------------------ storing and showing


@pytest.mark.parametrize("written", ["2021", "2021-07", "2021-07-04"])
def test_the_cache_form_keeps_the_precision(written):
    back = article_from_dict(json.loads(json.dumps(article_to_dict(article(written)))))
    assert dates.iso_date(back.published, back.published_precision) == written


def test_an_old_cache_entry_with_a_whole_date_still_loads():
    old = {"title": "T", "published": "2021-07-04", "paragraphs": []}
    loaded = article_from_dict(old)
    assert (loaded.published, loaded.published_precision) == (dt.date(2021, 7, 4), "day")


@pytest.mark.parametrize(("written", "shown"), [("2021", "2021"), ("Sept 2021", "September 2021")])
def test_show_prints_only_what_is_known(runner, tmp_path, written, shown):
    source = tmp_path / "ferry.md"
    source.write_text(f"---\npublished: {written}\npublisher: Island Courier\n---\n\nBody.\n")
    text = run(runner, "show", "-a", str(source), "-f", "text").stdout
    assert text.splitlines()[0] == f"{shown} · Island Courier"
    data = json.loads(run(runner, "show", "-a", str(source), "-f", "json").stdout)
    assert data["published"] == dates.iso_date(*dates.parse_partial_date(written))
    # Markdown carries the date in its front matter and reads back at the same precision.
    markdown = run(runner, "show", "-a", str(source), "-f", "markdown").stdout
    assert f"\n{shown}\n" not in markdown  # no date line, which would read back as a paragraph
    again = json.loads(run(runner, "show", "-a", "-", "-f", "json", input=markdown).stdout)
    assert (again["published"], again["paragraphs"][0]["text"]) == (data["published"], "Body.")


def test_list_sorts_a_partial_date_as_its_first_day_and_prints_it_as_given(runner, library):
    given = {"late": "2021-07-20", "month": "July 2021", "year": "2021", "june": "2021-06-30"}
    for slug, date in given.items():
        (library / f"{slug}.md").write_text(f"---\ntitle: {slug}\npublished: {date}\n---\nB.\n")
    for no_cache in ((), ("--no-cache",)):
        result = run(runner, "list", "--library", str(library), *no_cache)
        assert result.exit_code == 0, result.stderr
        rows = [line.split("\t")[:2] for line in result.stdout.splitlines()]
        assert rows == [["late", "2021-07-20"], ["month", "2021-07"], ["june", "2021-06-30"],
                        ["year", "2021"]]  # fmt: skip
    listed = json.loads(run(runner, "list", "--library", str(library), "-f", "json").stdout)
    assert {entry["slug"]: entry["date"] for entry in listed}["month"] == "2021-07"


def test_cite_all_no_longer_drops_an_article_dated_by_its_year(runner, library):
    (library / "a.md").write_text("---\ntitle: A\npublished: 2021\n---\nB.\n")
    result = run(runner, "cite", "--all", "--library", str(library))
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == "A. (2021).\n"
    entries = list(Catalog(Library(library)).entries())
    assert [(e.published, e.published_precision) for e in entries] == [
        (dt.date(2021, 1, 1), "year")
    ]


# -------------------------------------------------------------------------- citing

#: Each style's reference for a date of a year alone and of a month of a year.
REFERENCES = {
    "apa": (
        "Okafor, M. (2021). Ferry service returns to the island. Island Courier. {url}",
        "Okafor, M. (2021, September). Ferry service returns to the island. Island Courier. {url}",
    ),
    "mla": (
        "Okafor, Mira. “Ferry Service Returns to the Island.” Island Courier, 2021, {bare}.",
        "Okafor, Mira. “Ferry Service Returns to the Island.” Island Courier, Sept. 2021, {bare}.",
    ),
    "chicago": (
        "Okafor, Mira. “Ferry Service Returns to the Island.” Island Courier, 2021. {url}.",
        "Okafor, Mira. “Ferry Service Returns to the Island.” Island Courier, September 2021."
        " {url}.",
    ),
    "chicago-author-date": (
        "Okafor, Mira. 2021. “Ferry Service Returns to the Island.” Island Courier. {url}.",
        "Okafor, Mira. 2021. “Ferry Service Returns to the Island.” Island Courier, September."
        " {url}.",
    ),
    "harvard": (
        "Okafor, M. (2021) ‘Ferry service returns to the island’, Island Courier. Available at:"
        " {url} (Accessed: 2 January 2024).",
        "Okafor, M. (2021) ‘Ferry service returns to the island’, Island Courier, September."
        " Available at: {url} (Accessed: 2 January 2024).",
    ),
    "ieee": (
        "M. Okafor, “Ferry service returns to the island,” Island Courier, 2021. Accessed: Jan."
        " 2, 2024. [Online]. Available: {url}",
        "M. Okafor, “Ferry service returns to the island,” Island Courier, Sept. 2021. Accessed:"
        " Jan. 2, 2024. [Online]. Available: {url}",
    ),
    "vancouver": (
        "Okafor M. Ferry service returns to the island. Island Courier [Internet]. 2021 [cited"
        " 2024 Jan 2]. Available from: {url}",
        "Okafor M. Ferry service returns to the island. Island Courier [Internet]. 2021 Sep"
        " [cited 2024 Jan 2]. Available from: {url}",
    ),
}


@pytest.mark.parametrize("style", sorted(REFERENCES))
@pytest.mark.parametrize(("written", "which"), [("2021", 0), ("September 2021", 1)])
def test_every_style_cites_a_year_or_a_month_alone(style, written, which):
    url = "https://courier.example/ferry"
    expected = REFERENCES[style][which].format(url=url, bare="courier.example/ferry")
    assert str(cite(article(written), style, accessed=ACCESSED)) == expected


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("apa", "(Okafor, 2021)"),
        ("mla", "(Okafor)"),
        ("chicago-author-date", "(Okafor 2021)"),
        ("harvard", "(Okafor, 2021)"),
    ],
)
@pytest.mark.parametrize("written", ["2021", "2021-09"])
def test_in_text_citations_give_the_year(style, expected, written):
    assert str(cite(article(written), style, in_text=True)) == expected


def test_chicago_notes_give_the_month_or_year():
    month = cite(article("2021-09"), "chicago", form="note")
    assert str(month) == (
        "Mira Okafor, “Ferry Service Returns to the Island,” Island Courier, September 2021,"
        " https://courier.example/ferry."
    )
    year = cite(article("2021"), "chicago", form="note")
    assert "Island,” Island Courier, 2021, https://" in str(year)


def test_unsigned_chicago_author_date_with_a_year_alone_ends_in_one_period():
    unsigned = article("2021", authors="[]")
    assert str(cite(unsigned, "chicago-author-date", accessed=ACCESSED)) == (
        "Island Courier. 2021. “Ferry Service Returns to the Island.” https://courier.example/ferry."
    )


def test_exports_give_only_the_known_parts():
    year, month = article("2021"), article("2021-09")
    assert "  year    = {2021},\n  url" in to_bibtex(year, accessed=ACCESSED)
    bibtex = to_bibtex(month, accessed=ACCESSED)
    assert "  year    = {2021},\n  month   = sep,\n  url" in bibtex and "day" not in bibtex
    assert "  date         = {2021-09},\n" in to_biblatex(month, accessed=ACCESSED)
    assert "  date         = {2021},\n" in to_biblatex(year, accessed=ACCESSED)
    assert "DA  - 2021///\nPY  - 2021\n" in to_ris(year, accessed=ACCESSED)
    assert "DA  - 2021/09//\nPY  - 2021\n" in to_ris(month, accessed=ACCESSED)
    assert csl_item(year)["issued"] == {"date-parts": [[2021]]}
    assert csl_item(month)["issued"] == {"date-parts": [[2021, 9]]}
    assert csl_item(article("2021-09-04"))["issued"] == {"date-parts": [[2021, 9, 4]]}


def test_apa_letters_a_year_alone_and_a_dated_work_of_the_same_year(runner, library):
    (library / "a.md").write_text(
        "---\ntitle: Alpha ferry news\nauthor: Mira Okafor\npublished: 2021\n---\nB.\n"
    )
    (library / "b.md").write_text(
        "---\ntitle: Beta ferry news\nauthor: Mira Okafor\npublished: 2021-03-05\n---\nB.\n"
    )
    result = run(runner, "cite", "--all", "--library", str(library))
    assert result.stdout.splitlines() == [
        "Okafor, M. (2021a). Alpha ferry news.",
        "Okafor, M. (2021b, March 5). Beta ferry news.",
    ]


def test_a_month_beside_a_byline_on_its_line_is_the_date_but_not_alone() -> None:
    bylined = parse_article("# Heat Records Broken\n\nBy Ann Lee | July 2022\n\nIt was hot.\n")
    assert (bylined.published, bylined.published_precision) == (dt.date(2022, 7, 1), "month")
    alone = parse_article("# Heat Records Broken\n\nJuly 2022\n\nIt was hot.\n")
    assert alone.published is None
