"""Citation defects from a black-box review: each test fails without its fix.

All titles, names and bodies are made up for these tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsread.cite import to_plain
from newsread.cli import app
from newsread.model import Article
from newsread.titlecase import CaseEvidence, sentence_case, title_case
from tests.citing import article, plain_citation

DAY = dt.date(2024, 3, 5)
SEEN = dt.date(2024, 4, 1)


def make(title: str, authors: list[str] | None = None, **given: object) -> Article:
    fields: dict[str, object] = {
        "body": ("The plan was tested on Tuesday, officials said.",),
        "publisher": "Harbour Gazette",
        "published": DAY,
        "url": "https://gazette.example/story",
    }
    return article(title, authors, **(fields | given))  # type: ignore[arg-type]


def plain(item: Article, style: str, **kwargs: object) -> str:
    return plain_citation(item, style, SEEN, **kwargs)


# -- a capital letter standing alone (item 3) ------------------------------------------


@pytest.mark.parametrize(
    ("title", "cased"),
    [
        ("Why Plan B Failed", "Why plan B failed"),
        ("Vitamin D Levels Drop", "Vitamin D levels drop"),
        ("Generation Z Votes Early", "Generation Z votes early"),
        ("Gen Z Votes Early", "Gen Z votes early"),
        ("Plan A, Plan B: Both Failed", "Plan A, plan B: Both failed"),  # "A" before a comma
        ("Voters Back Plan A", "Voters back plan A"),  # "A" ending the title
        ("A Plan Fails", "A plan fails"),  # the article is still an article
    ],
)
def test_sentence_case_keeps_a_lone_capital_letter(title: str, cased: str) -> None:
    ev = CaseEvidence.from_text(["The plan was tested and levels were checked, officials said."])
    assert sentence_case(title, ev) == cased


def test_a_lone_capital_letter_in_each_sentence_case_style() -> None:
    article = make("Why Plan B Failed", ["Ann Lee"])
    assert "Why plan B failed" in plain(article, "apa")
    assert "‘Why plan B failed’" in plain(article, "harvard")
    assert "“Why plan B failed,”" in plain(article, "ieee")
    assert "Lee A. Why plan B failed." in plain(article, "vancouver")


def test_title_case_keeps_the_letter_a_where_no_article_can_stand() -> None:
    assert title_case("plan A, plan B and the vote", "mla") == "Plan A, Plan B and the Vote"
    assert title_case("a vote for plan A", "chicago") == "A Vote for Plan A"


# -- a mixed-case word in a headline (item 12) -----------------------------------------


def test_a_mixed_case_word_does_not_make_a_headline_look_sentence_cased() -> None:
    ev = CaseEvidence.from_text(["The company said something."])
    assert sentence_case("Apple Cuts iPhone Production", ev) == "Apple cuts iPhone production"
    assert sentence_case("Ferry Firm Buys NATO Surplus Boats", ev) == (
        "Ferry firm buys NATO surplus boats"
    )
    # A title already in sentence case is still left as it is.
    assert sentence_case("Why the iPhone matters to Lee", ev) == "Why the iPhone matters to Lee"


def test_bibtex_braces_only_the_mixed_case_word() -> None:
    article = make("Apple Cuts iPhone Production", ["Ann Lee"], body=("The company said so.",))
    assert "= {Apple Cuts {iPhone} Production}," in plain(article, "bibtex")
    assert "Lee, A. (2024, March 5). Apple cuts iPhone production." in plain(article, "apa")


# -- a subtitle after a dash typed as "--", "–", " - " or after "|" (item 14) ----------


@pytest.mark.parametrize(
    ("title", "mla", "apa"),
    [
        (
            "Opinion | The Harbour Needs More Ferries",
            "Opinion | The Harbour Needs More Ferries",
            "Opinion | The harbour needs more ferries",
        ),
        ("Lee -- The Final Chapter", "Lee -- The Final Chapter", "Lee -- The final chapter"),
        ("Lee – A Life at Sea", "Lee – A Life at Sea", "Lee – A life at sea"),
        ("Lee - A Life at Sea", "Lee - A Life at Sea", "Lee - A life at sea"),
        ("Lee --The Final Chapter", "Lee --The Final Chapter", "Lee --The final chapter"),
        ("Lee— A Life at Sea", "Lee— A Life at Sea", "Lee— A life at sea"),
    ],
)
def test_the_first_word_after_a_dash_or_bar_opens_a_subtitle(
    title: str, mla: str, apa: str
) -> None:
    body = ("Ann Lee spent a life at sea; the harbour needs more ferries, the final chapter says.",)
    article = make(title, ["Bo Chen"], body=body)
    assert f"“{mla}.”" in plain(article, "mla")
    assert f"“{mla}.”" in plain(article, "chicago")
    assert f"(2024, March 5). {apa}." in plain(article, "apa")


def test_a_lone_hyphen_after_a_prefix_opens_no_subtitle() -> None:
    assert title_case("pre- and post-war plans", "mla") == "Pre- and Post-War Plans"


# -- a particle of a verb that can also follow its object (item 15) --------------------


@pytest.mark.parametrize(
    ("title", "mla"),
    [
        ("Turn Off the Lights", "Turn Off the Lights"),
        ("Council Turned Down the Offer", "Council Turned Down the Offer"),
        ("Firm Lays Off Its Drivers", "Firm Lays Off Its Drivers"),
        ("Stepping Up the Pressure", "Stepping Up the Pressure"),
        ("Bank Writes Off the Debt", "Bank Writes Off the Debt"),
        # A preposition stays lower-case: nothing is moved in "Walk Down the Street".
        ("Walk Down the Street", "Walk down the Street"),
        ("Ferry Drifts Off the Coast", "Ferry Drifts off the Coast"),
        ("Voters Turn On the Mayor", "Voters Turn on the Mayor"),
        # Nor after a verb whose particle is as often a preposition before a noun phrase;
        # but the common phrasal verbs of headlines keep theirs.
        ("New Thriller Set Off the Kerry Coast", "New Thriller Set off the Kerry Coast"),
        ("Musk Takes Over Twitter", "Musk Takes Over Twitter"),
        ("Government Sells Off Its Stake", "Government Sells Off Its Stake"),
        ("Firm Pays Off Its Debts Early", "Firm Pays Off Its Debts Early"),
    ],
)
def test_a_verbs_particle_before_its_object_is_capitalised(title: str, mla: str) -> None:
    assert title_case(title, "mla") == mla
    assert title_case(title, "chicago") == mla
    article = make(title, ["Ann Lee"])
    assert f"“{mla}.”" in plain(article, "mla")


# -- states and provinces are names (item 20) ------------------------------------------


@pytest.mark.parametrize(
    ("title", "cased"),
    [
        ("Storm Cuts Power in Texas", "Storm cuts power in Texas"),
        ("Storm Hits New York, Then New Jersey", "Storm hits New York, then New Jersey"),
        ("Texas-Based Ferry Firm Grows", "Texas-based ferry firm grows"),
        (
            "Power Cut in West Virginia and North Carolina",
            "Power cut in West Virginia and North Carolina",
        ),
        ("Nova Scotia’s Ferry Returns", "Nova Scotia’s ferry returns"),
        ("Ferry Returns to New South Wales", "Ferry returns to New South Wales"),
        ("Storm Nears District Of Columbia", "Storm nears District of Columbia"),
        # "New" and "North" stay common words outside a name.
        ("New Ferry Heads North", "New ferry heads north"),
    ],
)
def test_sentence_case_keeps_state_and_province_names(title: str, cased: str) -> None:
    ev = CaseEvidence.from_text(["A new storm cut power in the north and the ferry went, he said."])
    assert sentence_case(title, ev) == cased


def test_vancouver_keeps_a_state_opening_a_subtitle() -> None:
    body = ("The storm cut power in the north on Tuesday, officials said.",)
    article = make("Storm Update: New York Loses Power", ["Ann Lee"], body=body)
    assert "Lee A. Storm update: New York loses power." in plain(article, "vancouver")
    assert "Storm update: New York loses power." in plain(article, "apa")


# -- Harvard in text, with neither author nor publisher (item 5) -----------------------


@pytest.mark.parametrize(
    ("title", "reference", "in_text"),
    [
        (
            "A New Hope for Ukraine",
            "‘A new hope for Ukraine’ (no date).",
            "(‘A new hope for Ukraine’, no date)",
        ),
        (
            "The Storm: What We Know",
            "‘The storm: What we know’ (no date).",
            "(‘The storm’, no date)",
        ),
    ],
)
def test_harvard_cites_an_unsigned_work_by_the_title_that_opens_its_reference(
    title: str, reference: str, in_text: str
) -> None:
    """Cite Them Right: the title stands where the author would, as the reference opens
    (single quotation marks, sentence case, its initial article), shortened to its main
    title's first words as the other in-text short titles are."""
    body = ("Ukraine hopes the storm passes, officials said.",)
    article = make(title, body=body, publisher="", published=None, url="")
    assert plain(article, "harvard") == reference
    assert plain(article, "harvard", in_text=True) == in_text


# -- an organisation author that is the outlet (item 10) -------------------------------


def agency(title: str = "Storm Hits Coast", *, signed: bool = True) -> Article:
    return make(
        title,
        ["Wirewide"] if signed else [],
        body=("A storm hit the coast on Sunday.",),
        publisher="Wirewide",
        kind="agency",
        url="https://wirewide.example/storm",
    )


@pytest.mark.parametrize(
    ("style", "form", "expected"),
    [
        (
            "chicago",
            "bibliography",
            "Wirewide. “Storm Hits Coast.” March 5, 2024. https://wirewide.example/storm.",
        ),
        (
            "chicago",
            "note",
            "“Storm Hits Coast,” Wirewide, March 5, 2024, https://wirewide.example/storm.",
        ),
        ("chicago", "short-note", "“Storm Hits Coast.”"),
        (
            "chicago-author-date",
            "bibliography",
            "Wirewide. 2024. “Storm Hits Coast.” March 5. https://wirewide.example/storm.",
        ),
        (
            "vancouver",
            "bibliography",
            "Storm hits coast. Wirewide [Internet]. 2024 Mar 5 [cited 2024 Apr 1]. "
            "Available from: https://wirewide.example/storm",
        ),
    ],
)
def test_an_organisation_author_that_is_the_outlet_is_named_once(
    style: str, form: str, expected: str
) -> None:
    """CMOS and Citing Medicine name such an organisation once, where the outlet goes:
    the entry reads as the same article's would without the byline."""
    assert plain(agency(), style, form=form) == expected
    assert plain(agency(signed=False), style, form=form) == expected


def test_ieee_and_harvard_still_name_the_organisation_as_author_and_outlet() -> None:
    """IEEE's own examples give an organisation as author and again as publisher; Cite
    Them Right has no rule against it, so neither is changed."""
    assert plain(agency(), "ieee").startswith("Wirewide, “Storm hits coast,” Wirewide, Mar. 5,")
    assert plain(agency(), "harvard").startswith("Wirewide (2024) ‘Storm hits coast’, Wirewide,")


def test_a_newspaper_as_author_loses_the_as_its_title_does_in_chicago() -> None:
    article = make("Storm Hits Coast", ["The Daily Planet"], publisher="The Daily Planet")
    assert plain(article, "chicago").startswith("Daily Planet. “Storm Hits Coast.” March 5, 2024.")
    assert plain(article, "chicago-author-date", in_text=True) == "(Daily Planet 2024)"


def test_vancouver_drops_the_before_an_organisation_author() -> None:
    article = make("Storm Hits Coast", ["The Harbour Trust"], publisher="Harbour Gazette")
    assert plain(article, "vancouver").startswith("Harbour Trust. Storm hits coast. Harbour")


def test_chicago_author_date_letters_the_outlets_signed_and_unsigned_works_together() -> None:
    from newsread.cite import cite_all

    works = [agency("Storm Hits Coast"), agency("Floods Follow Storm", signed=False)]
    cited = [to_plain(c) for c in cite_all(works, "chicago-author-date", in_text=True)]
    assert cited == ["(Wirewide 2024b)", "(Wirewide 2024a)"]


# -- quotes --cite (items 2 and 4) -----------------------------------------------------


def quotes(runner: CliRunner, *args: str) -> list[str]:
    result = runner.invoke(app, ["quotes", *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize(
    ("style", "citation"),
    [
        ("apa", "(Lee, 2024)"),
        ("mla", "(Lee)"),
        ("harvard", "(Lee, 2024)"),
        ("chicago-author-date", "(Lee 2024)"),
    ],
)
def test_a_partial_quote_leaves_its_period_to_follow_the_citation(
    runner: CliRunner, tmp_path: Path, style: str, citation: str
) -> None:
    article = tmp_path / "vow.md"
    article.write_text(
        "---\nauthor: Ann Lee\npublished: 2024-03-05\n---\n# Brown Vows to Go On\n\n"
        'Tom Brown said later that he would "keep fighting."\n\n'
        'Brown said the ferry was "a disgrace!"\n\n'
        'He said he would "sail to the U.S."\n',
        encoding="utf-8",
    )
    assert quotes(runner, "-a", str(article), "--cite", style) == [
        f"“keep fighting” {citation}",
        f"“a disgrace!” {citation}",  # the quotation's own mark stays
        f"“sail to the U.S.” {citation}",  # an abbreviation's period is no sentence's
    ]


def test_a_partial_quote_keeps_the_period_of_an_abbreviation(
    runner: CliRunner, tmp_path: Path
) -> None:
    article = tmp_path / "vow.md"
    article.write_text(
        "---\nauthor: Ann Lee\npublished: 2024-03-05\n---\n# Brown Vows to Go On\n\n"
        'Tom Brown promised "a fight to the end, etc."\n\n'
        'Brown said the ferry was "owned by a shell firm, Harbour Holdings Ltd."\n\n'
        'He said the ferry would sail "at 10 a.m."\n\n'
        'Brown said the review was "a sham, run by the Justice Dept."\n\n'
        'Brown said the figures were "from Lee et al."\n\n'
        'Brown said he would "keep fighting."\n',
        encoding="utf-8",
    )
    assert quotes(runner, "-a", str(article), "--cite", "apa") == [
        "“a fight to the end, etc.” (Lee, 2024)",
        "“owned by a shell firm, Harbour Holdings Ltd.” (Lee, 2024)",
        "“at 10 a.m.” (Lee, 2024)",
        "“a sham, run by the Justice Dept.” (Lee, 2024)",
        "“from Lee et al.” (Lee, 2024)",
        "“keep fighting” (Lee, 2024)",  # a sentence's period still goes
    ]


def test_a_direct_quote_keeps_an_abbreviations_period(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "usa.md"
    article.write_text(
        "---\nauthor: Ann Lee\npublished: 2024-03-05\n---\n# Ferry Returns\n\n"
        '"We sail for the U.S." said Jane Smith.\n',
        encoding="utf-8",
    )
    assert quotes(runner, "-a", str(article), "--cite", "apa") == [
        "“We sail for the U.S.,” said Jane Smith (Lee, 2024)."
    ]


def _same_author_library(folder: Path) -> str:
    folder.mkdir()
    (folder / "q.md").write_text(
        "# Council Approves Budget\n\nBy Ann Lee\n\nMarch 5, 2024\n\n"
        '"We did it," said Jane Smith.\n',
        encoding="utf-8",
    )
    (folder / "q2.md").write_text(
        '# Test Piece\n\nBy Ann Lee\n\nMarch 5, 2024\n\n"Never!" said Jane Smith.\n',
        encoding="utf-8",
    )
    (folder / "q3.md").write_text(  # quotes nobody, but is in the reference list too
        "# Another Piece\n\nBy Ann Lee\n\nMarch 6, 2024\n\nNothing was said.\n",
        encoding="utf-8",
    )
    return str(folder)


@pytest.mark.parametrize(
    ("style", "first", "second"),
    [
        ("apa", "(Lee, 2024a)", "(Lee, 2024b)"),  # by date, then title: "Another" is March 6
        ("harvard", "(Lee, 2024b)", "(Lee, 2024c)"),
        ("chicago-author-date", "(Lee 2024b)", "(Lee 2024c)"),
        ("mla", "(Lee, “Council Approves Budget”)", "(Lee, “Test Piece”)"),
    ],
)
def test_quotes_across_a_library_cite_as_the_reference_list_does(
    runner: CliRunner, tmp_path: Path, style: str, first: str, second: str
) -> None:
    library = _same_author_library(tmp_path / "lib")
    listed = runner.invoke(app, ["--library", library, "cite", "--all", "--in-text", "-s", style])
    assert first in listed.stdout.splitlines() and second in listed.stdout.splitlines()
    assert quotes(runner, "--library", library, "--all", "--cite", style) == [
        f"q\t“We did it,” said Jane Smith {first}.",
        f"q2\t“Never!” said Jane Smith {second}.",
    ]


# -- cite --help (item 19) -------------------------------------------------------------


def test_cite_all_help_says_what_the_list_holds(runner: CliRunner) -> None:
    result = runner.invoke(app, ["cite", "--help"])
    text = " ".join(result.stdout.replace("│", " ").split())
    assert "--all Every article in the library, as one reference list" in text
    assert "names its article" not in text  # a reference list carries no slugs


def test_a_title_in_capitals_gives_back_a_plural_acronym_as_the_body_writes_it() -> None:
    ev = CaseEvidence.from_text(["Several NGOs and two MPs signed it, the agency said."])
    title = "NGOS SIGN PACT WITH MPS."
    assert title_case(title, "mla", ev) == "NGOs Sign Pact with MPs."
    assert sentence_case(title, ev) == "NGOs sign pact with MPs."
