"""Reference lists of several articles (`cite_all`): numbers and same-year letters."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newsread.cite import PARENTHETICAL_STYLES, cite_all, parenthetical, to_plain
from newsread.errors import NewsreadError
from newsread.model import Article, Paragraph

SEEN = dt.date(2024, 7, 5)


def make(title: str, authors: list[str], published: dt.date | None) -> Article:
    return Article(
        title=title,
        authors=authors,
        published=published,
        publisher="The Harbour Gazette",
        publisher_kind="newspaper",
        url="https://gazette.example/" + title.split()[-1].lower(),
        paragraphs=[Paragraph(1, "The harbour council met on Monday.")],
    )


def plain(articles: list[Article], style: str, **kwargs: object) -> list[str]:
    return [to_plain(c) for c in cite_all(articles, style, accessed=SEEN, **kwargs)]  # type: ignore[arg-type]


SPRING = dt.date(2024, 4, 2)
AUTUMN = dt.date(2024, 10, 8)


def test_letters_follow_title_order_without_initial_article() -> None:
    articles = [
        make("Zoning Rules Change", ["Ann Reporter"], SPRING),
        make("The Ferry Returns", ["Ann Reporter"], SPRING),
        make("Budget Passes", ["Ann Reporter"], dt.date(2023, 1, 5)),
    ]
    assert plain(articles, "apa", in_text=True) == [
        "(Reporter, 2024b)",
        "(Reporter, 2024a)",
        "(Reporter, 2023)",
    ]
    apa = plain(articles, "apa")  # a reference list: by date, then title within a date
    assert apa[0].startswith("Reporter, A. (2023, January 5). Budget passes.")
    assert apa[1].startswith("Reporter, A. (2024a, April 2). The ferry returns.")
    assert apa[2].startswith("Reporter, A. (2024b, April 2). Zoning rules change.")


def test_apa_orders_a_years_works_by_date_a_year_alone_first() -> None:
    # APA 7 §9.47: works with more specific dates go in date order, after those with
    # the year alone ("nothing precedes something"); titles decide only between equals.
    articles = [
        make("Zoning Rules Change", ["Ann Reporter"], SPRING),
        make("The Ferry Returns", ["Ann Reporter"], AUTUMN),
        make("Annual Review", ["Ann Reporter"], dt.date(2024, 1, 1)),
    ]
    articles[2] = dataclasses.replace(articles[2], published_precision="year")
    apa = plain(articles, "apa")
    assert apa[0].startswith("Reporter, A. (2024a). Annual review.")
    assert apa[1].startswith("Reporter, A. (2024b, April 2). Zoning rules change.")
    assert apa[2].startswith("Reporter, A. (2024c, October 8). The ferry returns.")
    # Chicago author-date keeps to titles within a year.
    chicago = plain(articles, "chicago-author-date")
    assert [c.split("“")[1][:6] for c in chicago] == ["Annual", "The Fe", "Zoning"]


def test_different_coauthors_are_not_the_same_author() -> None:
    articles = [
        make("Ferry Returns", ["Ann Reporter"], SPRING),
        make("Fees Rise", ["Ann Reporter", "Bo Park"], SPRING),
    ]
    assert plain(articles, "apa", in_text=True) == [
        "(Reporter, 2024)",
        "(Reporter & Park, 2024)",
    ]


def test_undated_works_take_letters_after_their_no_date_form() -> None:
    articles = [make("Ferry Returns", ["Ann Lee"], None), make("Fees Rise", ["Ann Lee"], None)]
    assert plain(articles, "apa", in_text=True) == ["(Lee, n.d.-b)", "(Lee, n.d.-a)"]
    assert plain(articles, "harvard", in_text=True) == ["(Lee, no date b)", "(Lee, no date a)"]
    assert plain(articles, "chicago-author-date", in_text=True) == [
        "(Lee n.d.-b)",
        "(Lee n.d.-a)",
    ]
    assert plain(articles, "apa")[0].startswith("Lee, A. (n.d.-a). Fees rise.")
    # A lone undated work in a list keeps one full stop after "n.d.", as when cited alone.
    lone = [make("Ferry Returns", [], None)]
    lone[0].publisher = ""
    assert plain(lone, "chicago-author-date")[0].startswith("“Ferry Returns.” n.d. Accessed")
    assert plain(articles, "harvard")[1].startswith("Lee, A. (no date b) ‘Ferry returns’")


def test_an_organisation_with_and_without_the_is_one_author() -> None:
    """An organisation with and without "The" ("The Harbour Gazette", here the outlet
    itself) is the same author in every author-date style: letters, each entry keeping
    the name it gives."""
    articles = [
        make("Storm Hits Coast", ["The Harbour Gazette"], SPRING),
        make("Storm Hits Coast Again", ["Harbour Gazette"], SPRING),
    ]
    assert plain(articles, "apa", in_text=True) == [
        "(The Harbour Gazette, 2024a)",
        "(Harbour Gazette, 2024b)",
    ]
    assert plain(articles, "harvard", in_text=True) == [
        "(The Harbour Gazette, 2024a)",
        "(Harbour Gazette, 2024b)",
    ]
    assert plain(articles, "apa")[1].startswith("Harbour Gazette. (2024b, April 2). Storm")
    assert plain(articles, "harvard")[0].startswith("The Harbour Gazette (2024a) ‘Storm")
    assert plain(articles, "chicago-author-date", in_text=True) == [
        "(Harbour Gazette 2024a)",
        "(Harbour Gazette 2024b)",
    ]


def test_mla_hyphens_stand_only_for_a_name_the_entry_above_prints() -> None:
    """The Harbour Gazette's own story opens with its title (MLA drops an author that is
    the outlet), so the next entry by the Gazette in another paper names it again."""
    own = make("Ferry Returns", ["Harbour Gazette"], SPRING)
    elsewhere = dataclasses.replace(
        make("Fees Rise", ["The Harbour Gazette"], AUTUMN), publisher="Other Times"
    )
    assert plain([own, elsewhere], "mla") == [
        "“Ferry Returns.” The Harbour Gazette, 2 Apr. 2024, gazette.example/returns.",
        "The Harbour Gazette. “Fees Rise.” Other Times, 8 Oct. 2024, gazette.example/rise.",
    ]


def test_an_organisation_is_one_author_whatever_its_the_and_case() -> None:
    """Not the outlet: "---." in MLA, letters in Chicago author-date as in APA."""
    articles = [
        make("Ferry Returns", ["The Harbour Council"], SPRING),
        make("Fees Rise", ["harbour council"], SPRING),
    ]
    assert plain(articles, "mla")[1].startswith("---. “Ferry Returns.”")
    assert plain(articles, "mla", in_text=True) == [
        "(The Harbour Council, “Ferry Returns”)",
        "(harbour council, “Fees Rise”)",
    ]
    assert plain(articles, "chicago-author-date", in_text=True) == [
        "(The Harbour Council 2024b)",
        "(harbour council 2024a)",
    ]
    assert plain(articles, "apa", in_text=True) == [
        "(The Harbour Council, 2024b)",
        "(harbour council, 2024a)",
    ]


def test_unsigned_articles_share_the_publisher_in_harvard_but_not_in_apa() -> None:
    articles = [make("Ferry Returns", [], SPRING), make("Fees Rise", [], SPRING)]
    assert plain(articles, "harvard", in_text=True) == [
        "(The Harbour Gazette, 2024b)",
        "(The Harbour Gazette, 2024a)",
    ]
    assert plain(articles, "apa", in_text=True) == [
        "(“Ferry Returns,” 2024)",
        "(“Fees Rise,” 2024)",
    ]


def test_letters_follow_the_lists_letter_by_letter_title_order() -> None:
    # "A-Team" sorts after "Aardvark" letter by letter ("ateam" > "aardvark"), though
    # its hyphen sorts first in plain string order; the letters must agree with the list.
    articles = [
        make("A-Team Returns", ["Ann Lee"], SPRING),
        make("Aardvark Found", ["Ann Lee"], SPRING),
    ]
    for style in ("apa", "harvard", "chicago-author-date"):
        listed = plain(articles, style)
        assert "Aardvark" in listed[0] and "2024a" in listed[0], style
        assert "A-" in listed[1] and "2024b" in listed[1], style
    assert plain(articles, "apa", in_text=True) == ["(Lee, 2024b)", "(Lee, 2024a)"]


def test_different_first_authors_sharing_a_family_name_are_told_apart() -> None:
    articles = [
        make("Ferry Returns", ["Ann Lee"], SPRING),
        make("Fees Rise", ["Bo Lee", "Cy Park"], AUTUMN),
        make("Tolls Go", ["Cy Park", "Di Lee"], AUTUMN),  # not a first author: no initials
    ]
    assert plain(articles, "apa", in_text=True) == [
        "(A. Lee, 2024)",
        "(B. Lee & Park, 2024)",
        "(Park & Lee, 2024)",
    ]
    assert plain(articles, "mla", in_text=True)[:2] == ["(A. Lee)", "(B. Lee and Park)"]
    assert plain(articles, "chicago-author-date", in_text=True)[0] == "(A. Lee 2024)"
    assert plain(articles, "harvard", in_text=True)[0] == "(Lee, A., 2024)"
    # Initials alike too: the given names.
    alike = [make("Ferry Returns", ["Ann Lee"], SPRING), make("Fees Rise", ["Alan Lee"], SPRING)]
    assert plain(alike, "apa", in_text=True) == ["(Ann Lee, 2024)", "(Alan Lee, 2024)"]
    # One person cited twice is not two people.
    same = [make("Ferry Returns", ["Ann Lee"], SPRING), make("Fees Rise", ["ANN LEE"], AUTUMN)]
    assert plain(same, "apa", in_text=True) == ["(Lee, 2024a)", "(Lee, 2024b)"]


def test_apa_names_enough_authors_to_tell_alike_et_al_citations_apart() -> None:
    articles = [
        make("Ferry Returns", ["Ann Lee", "Bo Park", "Cy Dunn", "Di Kim"], SPRING),
        make("Fees Rise", ["Ann Lee", "Bo Park", "Ed Fox", "Di Kim", "Gil Hart"], SPRING),
        make("Tolls Go", ["Ann Lee", "Jo Roe", "Cy Dunn"], SPRING),
        make("Port Opens", ["Ann Lee", "Bo Park", "Cy Dunn"], AUTUMN.replace(year=2023)),
    ]
    assert plain(articles, "apa", in_text=True) == [
        # "et al." is plural: never for one name, so a third of four is written out.
        "(Lee, Park, Dunn, & Kim, 2024)",
        "(Lee, Park, Fox, et al., 2024)",
        "(Lee, Roe, & Dunn, 2024)",
        "(Lee et al., 2023)",  # another year: nothing to tell apart
    ]


def test_mla_and_chicago_tell_alike_et_al_citations_apart() -> None:
    articles = [
        make("The Ferry Returns to the Harbour", ["Ann Lee", "Bo Chen", "Carla Diaz"], SPRING),
        make("Council Votes on the New Bridge", ["Ann Lee", "Dan Wu", "Eve Fox"], AUTUMN),
        make("Tolls Go Up", ["Ann Lee", "Bo Chen", "Carla Diaz"], AUTUMN.replace(year=2023)),
    ]
    # MLA 9: a short title after "et al.", set off by a comma, whatever the year.
    assert plain(articles, "mla", in_text=True) == [
        "(Lee et al., “Ferry Returns”)",
        "(Lee et al., “Council Votes”)",
        "(Lee et al., “Tolls Go Up”)",
    ]
    # "---." stands for the same authors only, not for other coauthors under "et al.".
    assert [line[:22] for line in plain(articles, "mla")] == [
        "Lee, Ann, et al. “The ",
        "---. “Tolls Go Up.” Th",
        "Lee, Ann, et al. “Coun",
    ]
    # Chicago author-date: letters after the year, in the order of the reference list,
    # which goes by the coauthors' names before titles: Chen's work is "a".
    assert plain(articles, "chicago-author-date", in_text=True) == [
        "(Lee et al. 2024a)",
        "(Lee et al. 2024b)",
        "(Lee et al. 2023)",
    ]
    listed = plain(articles, "chicago-author-date")
    assert [line.split(". “")[0] for line in listed] == [
        "Lee, Ann, Bo Chen, and Carla Diaz. 2023",
        "Lee, Ann, Bo Chen, and Carla Diaz. 2024a",
        "Lee, Ann, Dan Wu, and Eve Fox. 2024b",
    ]
    # APA names the coauthors instead (§8.18), with no letters.
    assert plain(articles, "apa", in_text=True)[:2] == [
        "(Lee, Chen, & Diaz, 2024)",
        "(Lee, Wu, & Fox, 2024)",
    ]
    # A different first author reads differently: nothing to tell apart.
    other = [articles[0], make("Fees Rise", ["Bo Lee", "Dan Wu", "Eve Fox"], SPRING)]
    assert plain(other, "mla", in_text=True) == ["(A. Lee et al.)", "(B. Lee et al.)"]
    assert plain(other, "chicago-author-date", in_text=True) == [
        "(A. Lee et al. 2024)",
        "(B. Lee et al. 2024)",
    ]


def test_numbered_styles_keep_the_order_given() -> None:
    articles = [make("Ferry Returns", ["Ann Lee"], SPRING), make("Fees Rise", ["Ann Lee"], SPRING)]
    ieee = plain(articles, "ieee")
    assert [line[:4] for line in ieee] == ["[1] ", "[2] "] and "Ferry" in ieee[0]
    assert [line[:3] for line in plain(articles, "vancouver")] == ["1. ", "2. "]
    with pytest.raises(NewsreadError):
        list(cite_all(articles, "bibtex"))


def test_reference_lists_are_alphabetical_letter_by_letter() -> None:
    articles = [
        make("Ferry Returns", ["Ann Leeds"], SPRING),
        make("Fees Rise", ["Ann Lee", "Bo Park"], dt.date(2020, 1, 1)),
        make("Quay Works", ["Ann Lee"], AUTUMN),
        make("Dock Opens", ["Ann Lee"], None),
        make("The Zebra Crossing", [], SPRING),
        make("Harbour Day", ["Émile Abel"], SPRING),
    ]
    apa = [line.split(". ", 1)[0] for line in plain(articles, "apa")]
    # "Lee" before "Leeds" (nothing precedes something); one author before the same author
    # with others, even if earlier; undated before dated; accents and "The" ignored.
    assert [line[:16] for line in plain(articles, "apa")] == [
        "Abel, É. (2024, ",
        "Lee, A. (n.d.). ",
        "Lee, A. (2024, O",
        "Lee, A., & Park,",
        "Leeds, A. (2024,",
        "The zebra crossi",
    ]
    assert apa[0] == "Abel, É"
    # MLA and Chicago order one author's works by title, not by date.
    chicago = [line for line in plain(articles, "chicago") if line.startswith("Lee, Ann. ")]
    assert [line.split("“")[1][:10] for line in chicago] == ["Dock Opens", "Quay Works"]


def test_mla_works_cited_replaces_a_repeated_author_with_hyphens() -> None:
    articles = [
        make("Quay Works", ["Ann Lee"], AUTUMN),
        make("Ferry Returns", ["Ann Lee"], SPRING),
        make("Fees Rise", ["Ann Lee", "Bo Park"], SPRING),
    ]
    assert plain(articles, "mla") == [
        "Lee, Ann. “Ferry Returns.” The Harbour Gazette, 2 Apr. 2024, gazette.example/returns.",
        "---. “Quay Works.” The Harbour Gazette, 8 Oct. 2024, gazette.example/works.",
        "Lee, Ann, and Bo Park. “Fees Rise.” The Harbour Gazette, 2 Apr. 2024, "
        "gazette.example/rise.",
    ]
    # In text, a short title tells one author's works apart; in the order given.
    assert plain(articles, "mla", in_text=True) == [
        "(Lee, “Quay Works”)",
        "(Lee, “Ferry Returns”)",
        "(Lee and Park)",
    ]
    # Chicago 18 repeats the name (§13.73) rather than a 3-em dash.
    assert all(line.startswith("Lee, Ann") for line in plain(articles, "chicago"))


def test_parenthetical_only_for_author_date_styles() -> None:
    article = make("Ferry Returns", ["Ann Lee"], SPRING)
    assert {"apa", "mla", "chicago-author-date", "harvard"} == PARENTHETICAL_STYLES
    found = {style: parenthetical(article, style) for style in PARENTHETICAL_STYLES}
    assert {s: to_plain(c) for s, c in found.items() if c} == {
        "apa": "(Lee, 2024)",
        "mla": "(Lee)",
        "chicago-author-date": "(Lee 2024)",
        "harvard": "(Lee, 2024)",
    }
    for style in ("chicago", "ieee", "vancouver", "bibtex", "CSL-JSON"):
        assert parenthetical(article, style) is None
    with pytest.raises(NewsreadError):
        parenthetical(article, "chigago")


def test_list_entries_compare_letter_by_letter_without_spaces() -> None:
    articles = [
        make("Ferry Returns", ["Ann De Vries"], SPRING),
        make("Fees Rise", ["Bo Dean"], SPRING),
    ]
    assert [line[:4] for line in plain(articles, "apa")] == ["Dean", "De V"]
