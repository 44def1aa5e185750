"""BibTeX, BibLaTeX, RIS and CSL-JSON exports, each read back with a parser."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import bibtexparser
import pytest

from newsread.article import load_article
from newsread.cite import (
    KeyRegistry,
    citation_key,
    cite,
    export_all,
    to_biblatex,
    to_bibtex,
    to_csl_json,
    to_plain,
    to_ris,
)
from newsread.model import Article, Paragraph

ROOT = Path(__file__).resolve().parent.parent
SEEN = dt.date(2024, 7, 5)


@pytest.fixture(scope="module")
def stored() -> Article:
    return load_article(ROOT / "articles" / "putin-orders-advance-lysychansk.md")


def awkward() -> Article:
    return Article(
        title="50% of {Budget} & R_D: Müller's #1 ~Plan~",
        authors=[
            "Jürgen Müller",
            "Gabriel del Valle",
            "Martin Luther King Jr.",
            "Associated Press",
        ],
        published=dt.date(2021, 12, 31),
        publisher="Die Zeitung",
        publisher_kind="newspaper",
        url="https://zeitung.example/a_b?x=1&y=2",
    )


def parse_bib(text: str) -> dict[str, str]:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    assert len(library.entries) == 1
    entry = library.entries[0]
    return {"type": entry.entry_type, "key": entry.key} | {
        field.key: field.value for field in entry.fields
    }


def test_bibtex_stored(stored: Article) -> None:
    """The Moscow Times is a website: a web page, BibTeX's @misc."""
    fields = parse_bib(to_bibtex(stored, accessed=SEEN))
    assert fields["type"] == "misc"
    assert fields["key"] == "tenisheva2022putin"
    assert fields["author"] == "Tenisheva, Anastasia"
    assert fields["organization"] == "{The Moscow Times}"
    assert fields["year"] == "2022" and fields["month"] == "jul"
    assert fields["howpublished"].startswith(
        r"The Moscow Times, \url{https://www.themoscowtimes.com/"
    )
    assert fields["howpublished"].endswith("-a78191}")
    assert fields["note"] == "Accessed 2024-07-05"
    assert "{Russia}" in fields["title"] and "{Lysychansk}" in fields["title"]


def test_biblatex_stored(stored: Article) -> None:
    fields = parse_bib(to_biblatex(stored, accessed=SEEN))
    assert fields["type"] == "online"
    assert fields["organization"] == "{The Moscow Times}"
    assert "entrysubtype" not in fields and "journaltitle" not in fields
    assert fields["date"] == "2022-07-04"
    assert fields["urldate"] == "2024-07-05"
    assert fields["url"].startswith("https://www.themoscowtimes.com/")


def test_bibtex_escapes_special_characters() -> None:
    article = awkward()
    text = to_bibtex(article, accessed=SEEN)
    fields = parse_bib(text)
    # A brace escaped as "\{" still counts for BibTeX's balancing; the text commands do not.
    assert (
        r"50\%" in fields["title"]
        and r"\textbraceleft{}{Budget}\textbraceright{}" in fields["title"]
    )
    assert r"\&" in fields["title"] and r"R\_D" in fields["title"] and r"\#1" in fields["title"]
    assert fields["author"] == (
        "Müller, Jürgen and del Valle, Gabriel and King, Jr., Martin Luther and {Associated Press}"
    )
    assert citation_key(article) == "muller2021budget"
    # Braces balance in every field, so BibTeX itself can read it.
    assert text.count("{") - text.count(r"\{") == text.count("}") - text.count(r"\}")


def test_citation_key_without_author_or_date() -> None:
    article = Article(title="The Quiet Harbour", publisher="The Harbour Gazette")
    assert citation_key(article) == "harbourgazettenodatequiet"


def test_citation_key_readable_for_each_missing_part() -> None:
    dated = Article(title="Senate Votes On Harbour Plan", authors=["Ann Lee"])
    dated.published = dt.date(2024, 3, 2)
    assert citation_key(dated) == "lee2024senate"
    dated.published = None
    assert citation_key(dated) == "leenodatesenate"
    assert citation_key(Article(title="On the Harbour")) == "anonnodateharbour"
    # Stable: the same metadata gives the same key on every call.
    assert citation_key(dated) == citation_key(dated)


@pytest.mark.parametrize(
    "author",
    [
        "\x1b[31mLee",  # CSI: colour
        "\x9b31mLee",  # CSI as one C1 control
        "\x1b]0;pwned\x07Lee",  # OSC: window title, ended by BEL
        "\x1b]8;;http://evil\x1b\\Lee",  # OSC: hyperlink, ended by ST
        "Lee\x1b[0m\x07",
    ],
)
def test_citation_key_drops_escape_sequences_whole(author: str) -> None:
    article = Article(title="Evil \x1b[1mPlan", authors=[author], published=dt.date(2024, 1, 1))
    assert citation_key(article) == "lee2024evil"


@pytest.mark.parametrize(
    ("author", "title", "key"),
    [
        ("Søren Øberg", "Øresund Tolls Cut", "oberg2023oresund"),
        ("Þóra Ævarsdóttir", "Þingvellir Road Shut", "aevarsdottir2023thingvellir"),
        ("Łukasz Żółć", "Łódź Trams Return", "zolc2023lodz"),
        ("Stefan Straße", "Große Pläne", "strasse2023grosse"),
        ("Đorđe Sırrı", "Œuvre Sold", "sirri2023oeuvre"),
        ("Ðóra Đukić", "Ørsted Wins", "dukic2023orsted"),
    ],
)
def test_citation_key_transliterates_letters_without_decomposition(
    author: str, title: str, key: str
) -> None:
    """ø, æ, œ, þ, ð, đ, ł, ß and ı have no decomposition to fold: spelled out, not lost."""
    article = Article(title=title, authors=[author], published=dt.date(2023, 4, 4))
    assert citation_key(article) == key
    assert parse_bib(to_biblatex(article, accessed=SEEN))["key"] == key


def test_bibtex_title_braces_capitals_only() -> None:
    article = Article(
        title="A Made-for-TV War: a View From Kyiv and the NATO Summit",
        authors=["Ann Lee"],
        published=dt.date(2024, 3, 2),
        paragraphs=[Paragraph(1, "The war in Kyiv was made for television, NATO said.")],
    )
    title = parse_bib(to_bibtex(article, accessed=SEEN))["title"]
    assert title == "A Made-for-{TV} War: a View From {Kyiv} and the {NATO} Summit"
    assert "{a}" not in title and "{A}" not in title


RIS_LINE = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])  - (?P<value>.*)$")


def read_ris(text: str) -> list[tuple[str, str]]:
    """A strict RIS reader: every line `TAG  - value`, TY first, ER last and empty."""
    assert text.endswith("\n")
    rows = []
    for line in text.splitlines():
        match = RIS_LINE.match(line)
        assert match, f"bad RIS line {line!r}"
        rows.append((match.group("tag"), match.group("value")))
    assert rows[0][0] == "TY" and rows[-1] == ("ER", "")
    assert [tag for tag, _ in rows].count("TY") == 1
    return rows


def test_ris_stored(stored: Article) -> None:
    rows = read_ris(to_ris(stored, accessed=SEEN))
    fields = dict(rows)
    assert fields["TY"] == "ELEC"  # The Moscow Times: online only since 2017
    assert fields["AU"] == "Tenisheva, Anastasia"
    assert fields["TI"].startswith("Putin Orders Advance")
    assert fields["T2"] == "The Moscow Times"
    assert fields["DA"] == "2022/07/04/" and fields["PY"] == "2022"
    assert fields["UR"].endswith("-a78191")
    assert fields["Y2"] == "2024/07/05/"


def test_ris_many_authors_one_line_each() -> None:
    rows = read_ris(to_ris(awkward(), accessed=SEEN))
    assert [value for tag, value in rows if tag == "AU"] == [
        "Müller, Jürgen",
        "del Valle, Gabriel",
        "King, Martin Luther, Jr.",
        "Associated Press",
    ]


def test_csl_json_stored(stored: Article) -> None:
    items = json.loads(to_csl_json(stored, accessed=SEEN))
    assert isinstance(items, list) and len(items) == 1
    item = items[0]
    assert item["type"] == "webpage"  # The Moscow Times prints no edition
    assert item["id"] == "tenisheva2022putin"
    assert item["author"] == [{"family": "Tenisheva", "given": "Anastasia"}]
    assert item["container-title"] == "The Moscow Times"
    assert item["issued"] == {"date-parts": [[2022, 7, 4]]}
    assert item["accessed"] == {"date-parts": [[2024, 7, 5]]}
    assert item["URL"].endswith("-a78191")


def test_csl_json_newspaper_names() -> None:
    item = json.loads(to_csl_json(awkward(), accessed=SEEN))[0]
    assert item["type"] == "article-newspaper"
    assert item["author"] == [
        {"family": "Müller", "given": "Jürgen"},
        {"family": "Valle", "given": "Gabriel", "non-dropping-particle": "del"},
        {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
        {"literal": "Associated Press"},
    ]
    for required in ("id", "type", "title"):
        assert item[required]


def test_csl_json_keeps_a_capitalised_particle_in_the_family_name() -> None:
    article = Article(
        title="A Day Out",
        authors=["Martin Van Buren", "María de la Cruz"],
        published=dt.date(2024, 5, 1),
    )
    item = json.loads(to_csl_json(article, accessed=SEEN))[0]
    assert item["author"] == [
        {"family": "Van Buren", "given": "Martin"},
        {"family": "Cruz", "given": "María", "non-dropping-particle": "de la"},
    ]


@pytest.mark.parametrize("style", ["bibtex", "biblatex", "ris", "csl-json"])
def test_exports_through_cite(stored: Article, style: str) -> None:
    text = to_plain(cite(stored, style, accessed=SEEN))
    assert "tenisheva" in text.lower()


def test_key_registry_suffixes_collisions_in_order() -> None:
    keys = KeyRegistry()
    claimed = [keys.claim("lee2023harbour") for _ in range(28)]
    assert claimed[:3] == ["lee2023harbour", "lee2023harboura", "lee2023harbourb"]
    assert claimed[26:] == ["lee2023harbourz", "lee2023harbouraa"]
    assert len(set(claimed)) == 28
    # A natural key that equals an earlier suffixed one is itself moved on.
    assert keys.claim("lee2023harboura") == "lee2023harbourab"


def test_export_all_matches_the_single_exports(stored: Article) -> None:
    for style, single in (("bibtex", to_bibtex), ("ris", to_ris), ("csl-json", to_csl_json)):
        assert "".join(export_all([stored], style, accessed=SEEN)) == single(stored, accessed=SEEN)
    assert "".join(export_all([], "csl-json")) == "[]\n"


def _balanced(text: str) -> bool:
    """Braces balance as BibTeX counts them: a backslash does not escape one."""
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def news(title: str, body: str = "The ferry returns.", **fields: object) -> Article:
    return Article(
        title=title,
        authors=fields.pop("authors", ["Ann Lee"]),  # type: ignore[arg-type]
        published=dt.date(2024, 4, 2),
        publisher="The Harbour Gazette",
        publisher_kind=fields.pop("kind", "newspaper"),  # type: ignore[arg-type]
        paragraphs=[Paragraph(1, body)],
        **fields,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Emoticon :-{ goes viral", "x", r"Emoticon :-\textbraceleft{} goes viral"),
        # BibTeX keeps only the first character: after a quotation mark, brace the capital.
        ("'Strong dollar' call halts slide", "x", "{'Strong} dollar' call halts slide"),
        # A colon inside braces would hide the subtitle from BibTeX.
        ("NATO: Allies Meet", "NATO allies met.", "{NATO}: Allies Meet"),
        # Braces starting with an escape are a BibTeX "special character": lowercased.
        ("Founder of #MeToo Speaks", "x", r"Founder of \#{MeToo} Speaks"),
        # A shouted title is given in title case, not braced as shouted.
        ("FERRY RETURNS TO THE PIER TODAY", "x", "Ferry Returns to the Pier Today"),
    ],
)
def test_bibtex_titles_survive_bibtex_case_changes(title: str, body: str, expected: str) -> None:
    text = to_bibtex(news(title, body), accessed=SEEN)
    field = next(line for line in text.splitlines() if line.lstrip().startswith("title"))
    value = field.split("= {", 1)[1].rsplit("},", 1)[0]
    assert value == expected
    assert _balanced(text)


def test_export_types_follow_the_kind_of_publisher() -> None:
    magazine, website = (
        news("Ferry Returns", kind="magazine"),
        news("Ferry Returns", kind="website"),
    )
    assert to_ris(magazine, accessed=SEEN).startswith("TY  - MGZN\n")
    assert to_ris(website, accessed=SEEN).startswith("TY  - ELEC\n")
    assert to_ris(news("Ferry Returns"), accessed=SEEN).startswith("TY  - NEWS\n")
    assert parse_bib(to_biblatex(magazine, accessed=SEEN))["entrysubtype"] == "magazine"


@pytest.mark.parametrize("kind", ["website", "broadcaster"])
def test_a_web_page_is_online_in_biblatex_and_misc_in_bibtex(kind: str) -> None:
    """A website's or broadcaster's article is a web page, as RIS (ELEC) and CSL-JSON
    (webpage) have it: biblatex's @online and BibTeX's @misc, the site in organization,
    braced whole so that biblatex does not read its "and" as two organisations."""
    page = news("Ferry Returns", kind=kind, url="https://globe.example/ferry_1")
    page.publisher = "Globe and Anchor Online"
    assert to_ris(page, accessed=SEEN).startswith("TY  - ELEC\n")
    assert json.loads(to_csl_json(page, accessed=SEEN))[0]["type"] == "webpage"
    biblatex = to_biblatex(page, accessed=SEEN)
    assert parse_bib(biblatex) == {
        "type": "online",
        "key": "lee2024ferry",
        "author": "Lee, Ann",
        "title": "Ferry Returns",
        "organization": "{Globe and Anchor Online}",
        "date": "2024-04-02",
        "url": "https://globe.example/ferry_1",
        "urldate": "2024-07-05",
    }
    bibtex = to_bibtex(page, accessed=SEEN)
    assert parse_bib(bibtex) == {
        "type": "misc",
        "key": "lee2024ferry",
        "author": "Lee, Ann",
        "title": "Ferry Returns",
        "organization": "{Globe and Anchor Online}",
        "year": "2024",
        "month": "apr",
        "day": "2",
        # The classic styles print a @misc's howpublished, not its organization.
        "howpublished": r"Globe and Anchor Online, \url{https://globe.example/ferry_1}",
        "note": "Accessed 2024-07-05",
    }
    assert _balanced(biblatex) and _balanced(bibtex)


@pytest.mark.parametrize(
    ("kind", "subtype"), [("newspaper", "newspaper"), ("magazine", "magazine")]
)
def test_a_periodicals_article_stays_an_article(kind: str, subtype: str) -> None:
    article = news("Ferry Returns", kind=kind, url="https://gazette.example/ferry")
    fields = parse_bib(to_biblatex(article, accessed=SEEN))
    assert (fields["type"], fields["journaltitle"]) == ("article", "The Harbour Gazette")
    assert fields["entrysubtype"] == subtype and "organization" not in fields
    fields = parse_bib(to_bibtex(article, accessed=SEEN))
    assert (fields["type"], fields["journal"]) == ("article", "The Harbour Gazette")
    assert fields["url"] == "https://gazette.example/ferry" and "howpublished" not in fields


@pytest.mark.parametrize("title", [None, "   ", ":;,"])
def test_a_missing_title_is_left_out_not_invented(title: str | None) -> None:
    article = news("")
    article.title = title
    assert "TI  -" not in to_ris(article, accessed=SEEN)
    assert "title" not in parse_bib(to_bibtex(article, accessed=SEEN))
    assert "title" not in json.loads(to_csl_json(article, accessed=SEEN))[0]


def test_an_article_with_nothing_to_cite_still_exports() -> None:
    empty = Article(title=None)  # no title, author, date, publisher or URL: no field at all
    assert to_bibtex(empty, accessed=SEEN) == "@misc{anonnodate,\n}\n"  # a kind not known
    assert to_ris(empty, accessed=SEEN).startswith("TY  - ELEC\n")


def test_keys_language_and_organisation_authors() -> None:
    russian = news("Ferry Returns", authors=["Анна Ли"])
    assert citation_key(russian) == "harbourgazette2024ferry"  # the publisher, not ""
    assert parse_bib(to_biblatex(news("Ferry", language="en-GB"), accessed=SEEN))["langid"] == (
        "british"
    )
    unknown = to_biblatex(news("Ferry", language="xx"), accessed=SEEN)
    assert "langid" not in unknown
    for given in ("en_GB", "british"):
        assert parse_bib(to_biblatex(news("F", language=given), accessed=SEEN))["langid"] == (
            "british"
        )
    agency = json.loads(to_csl_json(news("Ferry", kind="agency")))[0]
    assert agency["type"] == "article-newspaper"
    sport = parse_bib(to_bibtex(news("Ferry", authors=["BBC Sport"]), accessed=SEEN))
    assert sport["author"] == "{BBC Sport}"
    assert json.loads(to_csl_json(news("Ferry", authors=["Human Rights Watch"])))[0]["author"] == [
        {"literal": "Human Rights Watch"}
    ]


def test_csl_json_keeps_direction_marks_escaped() -> None:
    text = to_csl_json(news("Talks in \u0627\u0644\u0642\u0627\u0647\u0631\u0629\u200f end"))
    assert "\\u200f" in text and "\u200f" not in text
    assert json.loads(text)[0]["title"].endswith("\u200f end")
