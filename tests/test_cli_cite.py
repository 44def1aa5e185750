"""`newsread cite`: styles, forms, formats and errors, with stdout and stderr apart."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from newsread.cli import app

ESC = "\x1b"
URL = (
    "https://www.themoscowtimes.com/2022/07/04/"
    "putin-orders-advance-to-continue-after-russia-takes-ukraines-lysychansk-a78191"
)
SENTENCE = "Putin orders advance to continue after Russia takes Ukraine's Lysychansk"


def run(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(app, list(args))


def test_default_is_apa_plain_in_a_pipe(runner: CliRunner) -> None:
    result = run(runner, "cite")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == f"Tenisheva, A. (2022, July 4). {SENTENCE}. The Moscow Times. {URL}\n"


def test_markdown_and_html_keep_italics(runner: CliRunner) -> None:
    markdown = run(runner, "cite", "--style", "mla", "--format", "markdown")
    assert "*The Moscow Times*, 4 July 2022, www.themoscowtimes.com/" in markdown.stdout
    html = run(runner, "cite", "--style", "apa", "--format", "html")
    assert html.stdout.startswith(f"Tenisheva, A. (2022, July 4). <i>{SENTENCE}</i>. The")


def test_forced_colour_prints_terminal_italics(runner: CliRunner) -> None:
    result = run(runner, "cite", "--color", "always")
    assert result.exit_code == 0
    assert f"{ESC}[3m{SENTENCE}{ESC}[0m" in result.stdout


def test_chicago_forms(runner: CliRunner) -> None:
    note = run(runner, "cite", "-s", "chicago", "--form", "note")
    assert note.stdout.startswith("Anastasia Tenisheva, “Putin Orders Advance to Continue")
    short = run(runner, "cite", "-s", "chicago", "--form", "short-note")
    assert short.stdout == "Tenisheva, “Putin Orders Advance.”\n"


def test_in_text(runner: CliRunner) -> None:
    assert run(runner, "cite", "--in-text").stdout == "(Tenisheva, 2022)\n"
    assert run(runner, "cite", "--in-text", "-s", "mla").stdout == "(Tenisheva)\n"
    out = run(runner, "cite", "--in-text", "-s", "chicago-author-date").stdout
    assert out == "(Tenisheva 2022)\n"


def test_accessed_date(runner: CliRunner) -> None:
    result = run(runner, "cite", "-s", "harvard", "--accessed", "2024-07-05")
    assert result.stdout.endswith("(Accessed: 5 July 2024).\n")
    today = run(runner, "cite", "-s", "ieee", "--accessed", "today")
    assert today.exit_code == 0 and "Accessed: " in today.stdout
    assert result.stderr == today.stderr == ""


def test_an_access_date_before_publication_is_cited_with_a_warning(runner: CliRunner) -> None:
    result = run(runner, "cite", "-s", "harvard", "--accessed", "2020-01-05")
    assert result.exit_code == 0 and result.stdout.endswith("(Accessed: 5 January 2020).\n")
    assert result.stderr == (
        "newsread: warning: putin-orders-advance-lysychansk: --accessed 2020-01-05 is before"
        " it was published (2022-07-04)\n"
    )


@pytest.mark.parametrize(
    ("args", "warned"),
    [
        (["-s", "apa"], False),  # APA, MLA and Chicago give no access date for a dated page
        (["-s", "mla"], False),
        (["-s", "chicago", "--form", "note"], False),
        (["-s", "harvard", "--in-text"], False),
        (["-s", "vancouver"], True),
        (["-s", "ris"], True),
    ],
)
def test_an_early_access_date_is_warned_of_only_where_it_is_cited(
    runner: CliRunner, args: list[str], warned: bool
) -> None:
    result = run(runner, "cite", *args, "--accessed", "2020-01-05")
    assert result.exit_code == 0 and result.stdout
    assert ("is before it was published" in result.stderr) is warned


def test_bad_accessed_date_is_one_line_error(runner: CliRunner) -> None:
    result = run(runner, "cite", "--accessed", "someday")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("newsread: --accessed: 'someday' is not a date")
    assert result.stderr.count("\n") == 1


def test_unknown_style_suggests(runner: CliRunner) -> None:
    result = run(runner, "cite", "--style", "harverd")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "did you mean 'harvard'" in result.stderr and "vancouver" in result.stderr


def test_form_for_other_styles_is_an_error(runner: CliRunner) -> None:
    result = run(runner, "cite", "--style", "apa", "--form", "note")
    assert result.exit_code == 2 and "chicago" in result.stderr


def test_list_styles(runner: CliRunner) -> None:
    result = run(runner, "cite", "--list-styles")
    assert result.exit_code == 0
    names = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert names[:3] == ["apa", "mla", "chicago"] and "csl-json" in names


def test_exports(runner: CliRunner) -> None:
    ris = run(runner, "cite", "-s", "ris", "--accessed", "2024-07-05").stdout
    assert ris.startswith("TY  - ELEC\n") and ris.endswith("ER  - \n")
    data = json.loads(run(runner, "cite", "-s", "csl-json").stdout)
    assert data[0]["id"] == "tenisheva2022putin"
    bib = run(runner, "cite", "-s", "biblatex").stdout
    assert bib.startswith("@online{tenisheva2022putin,")  # The Moscow Times: a website


def test_article_option_reads_a_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "harbour.md"
    path.write_text(
        "# Harbour Ferry Returns\n\nBy Ann Lee\n\nMay 2, 2023\n\nThe ferry returns.\n",
        encoding="utf-8",
    )
    result = run(runner, "cite", "-a", str(path), "-s", "mla")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Lee, Ann. “Harbour Ferry Returns.” 2 May 2023.")


def test_missing_article_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "cite", "-a", str(tmp_path / "nope.md"))
    assert result.exit_code == 2
    assert result.stdout == "" and result.stderr.startswith("newsread: ")


# -- --all: the whole library -----------------------------------------------------------


def _article(title: str, byline: str, date: str, body: str) -> str:
    return f"# {title}\n\n{byline}\n\n{date}\n\n{body}\n"


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    """Three articles; the first two share author, year and first title word (one key)."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    (folder / "a-harbour.md").write_text(
        _article("Harbour Ferry Returns", "By Ann Lee", "May 2, 2023", "The ferry returns."),
        encoding="utf-8",
    )
    (folder / "b-harbour.md").write_text(
        _article("Harbour Fees Rise", "By Ann Lee", "June 9, 2023", "Fees rise at the harbour."),
        encoding="utf-8",
    )
    (folder / "c-lighthouse.md").write_text(
        _article("Lighthouse Keepers Vote", "By Tomas Brek", "March 9, 2021", "They voted."),
        encoding="utf-8",
    )
    return folder


def test_all_cites_every_article_one_line_each_as_a_sorted_list(
    runner: CliRunner, shelf: Path
) -> None:
    result = run(runner, "cite", "--all", "-s", "mla", "--library", str(shelf))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        "Brek, Tomas. “Lighthouse Keepers Vote.” 9 Mar. 2021.",
        "Lee, Ann. “Harbour Fees Rise.” 9 June 2023.",
        "---. “Harbour Ferry Returns.” 2 May 2023.",
    ]


def test_all_in_text_and_markdown(runner: CliRunner, shelf: Path) -> None:
    in_text = run(runner, "cite", "--all", "--in-text", "--library", str(shelf))
    # Same author, same year: APA letters in date order (May's "Ferry" before June's "Fees").
    assert in_text.stdout == "(Lee, 2023a)\n(Lee, 2023b)\n(Brek, 2021)\n"
    markdown = run(runner, "cite", "--all", "-f", "markdown", "--library", str(shelf))
    lines = markdown.stdout.splitlines()
    assert len(lines) == 3 and lines[0] == "Brek, T. (2021, March 9). *Lighthouse keepers vote*."
    assert lines[1] == "Lee, A. (2023a, May 2). *Harbour ferry returns*."
    assert lines[2] == "Lee, A. (2023b, June 9). *Harbour fees rise*."


@pytest.mark.parametrize(
    ("style", "first", "second", "third"),
    [
        ("harvard", "Brek, T. (2021) ‘", "Lee, A. (2023a) ‘Harbour", "Lee, A. (2023b) ‘Harbour"),
        ("chicago-author-date", "Brek, Tomas. 2021. “", "Lee, Ann. 2023a. “", "Lee, Ann. 2023b. “"),
    ],
)
def test_all_author_date_letters_in_entries(
    runner: CliRunner, shelf: Path, style: str, first: str, second: str, third: str
) -> None:
    lines = run(runner, "cite", "--all", "-s", style, "--library", str(shelf)).stdout.splitlines()
    assert [
        line[: len(want)] for line, want in zip(lines, (first, second, third), strict=True)
    ] == [
        first,
        second,
        third,
    ]
    in_text = run(runner, "cite", "--all", "-s", style, "--in-text", "--library", str(shelf))
    sep = ", " if style == "harvard" else " "
    assert in_text.stdout.splitlines() == [
        f"(Lee{sep}2023b)",
        f"(Lee{sep}2023a)",
        f"(Brek{sep}2021)",
    ]


def test_single_article_has_no_letter_or_number(runner: CliRunner, shelf: Path) -> None:
    one = run(runner, "cite", "-a", "a-harbour", "--in-text", "--library", str(shelf))
    assert one.stdout == "(Lee, 2023)\n"
    ieee = run(runner, "cite", "-a", "a-harbour", "-s", "ieee", "--library", str(shelf))
    assert ieee.stdout.startswith("A. Lee, “")


def test_all_numbers_ieee_and_vancouver(runner: CliRunner, shelf: Path) -> None:
    ieee = run(runner, "cite", "--all", "-s", "ieee", "--library", str(shelf)).stdout
    assert [line[:12] for line in ieee.splitlines()] == [
        "[1] A. Lee, ",
        "[2] A. Lee, ",
        "[3] T. Brek,",
    ]
    cited = run(runner, "cite", "--all", "-s", "ieee", "--in-text", "--library", str(shelf))
    assert cited.stdout == "[1]\n[2]\n[3]\n"
    vancouver = run(runner, "cite", "--all", "-s", "vancouver", "--library", str(shelf)).stdout
    assert [line[:11] for line in vancouver.splitlines()] == [
        "1. Lee A. H",
        "2. Lee A. H",
        "3. Brek T. ",
    ]
    cited = run(runner, "cite", "--all", "-s", "vancouver", "--in-text", "--library", str(shelf))
    assert cited.stdout == "(1)\n(2)\n(3)\n"


def test_all_bibtex_keys_stay_unique(runner: CliRunner, shelf: Path) -> None:
    for style in ("bibtex", "biblatex"):
        result = run(runner, "cite", "--all", "-s", style, "--library", str(shelf))
        assert result.exit_code == 0, result.stderr
        # No outlet, no kind: exported as a web page, as RIS and CSL-JSON have it.
        entry = "misc" if style == "bibtex" else "online"
        keys = re.findall(rf"^@{entry}\{{([^,]+),$", result.stdout, flags=re.MULTILINE)
        assert keys == ["lee2023harbour", "lee2023harboura", "brek2021lighthouse"]
        assert f"}}\n\n@{entry}{{" in result.stdout


def test_all_bibtex_parses_back(runner: CliRunner, shelf: Path) -> None:
    import bibtexparser

    text = run(runner, "cite", "--all", "-s", "bibtex", "--library", str(shelf)).stdout
    parsed = bibtexparser.parse_string(text)
    assert not parsed.failed_blocks  # a repeated key would be a failed block
    keys = [entry.key for entry in parsed.entries]
    assert keys == ["lee2023harbour", "lee2023harboura", "brek2021lighthouse"]


def test_all_ris_and_csl_json(runner: CliRunner, shelf: Path) -> None:
    ris = run(runner, "cite", "--all", "-s", "ris", "--library", str(shelf)).stdout
    assert ris.count("TY  - ELEC\n") == 3 and ris.count("ER  - \n") == 3
    assert ris.startswith("TY  - ELEC\n") and ris.endswith("ER  - \n")
    data = json.loads(
        run(runner, "cite", "--all", "-s", "csl-json", "--library", str(shelf)).stdout
    )
    assert [item["id"] for item in data] == [
        "lee2023harbour",
        "lee2023harboura",
        "brek2021lighthouse",
    ]
    assert data[2]["title"] == "Lighthouse Keepers Vote"


def test_all_with_article_is_a_usage_error(runner: CliRunner, shelf: Path) -> None:
    result = run(runner, "cite", "--all", "-a", "a-harbour", "--library", str(shelf))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--all" in result.stderr and result.stderr.count("\n") == 1


def test_all_refuses_bad_options_before_any_output(runner: CliRunner, shelf: Path) -> None:
    result = run(runner, "cite", "--all", "-s", "ris", "--in-text", "--library", str(shelf))
    assert result.exit_code == 2 and result.stdout == ""


def test_all_skips_an_unreadable_file_with_a_warning(runner: CliRunner, shelf: Path) -> None:
    (shelf / "b-broken.md").write_bytes(b"\x00\x01binary")
    result = run(runner, "cite", "--all", "--library", str(shelf))
    assert result.exit_code == 2  # the others cited, but one file could not be read
    assert len(result.stdout.splitlines()) == 3
    assert "b-broken.md" in result.stderr


def test_all_on_an_empty_library_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    text = run(runner, "cite", "--all", "--library", str(empty))
    assert text.exit_code == 1 and text.stdout == ""
    csl = run(runner, "cite", "--all", "-s", "csl-json", "--library", str(empty))
    assert csl.exit_code == 1 and json.loads(csl.stdout) == []


def test_unknown_style_is_one_line_with_the_closest_name(runner: CliRunner) -> None:
    result = run(runner, "cite", "--style", "apaa")
    assert result.exit_code == 2 and result.stdout == ""
    assert "did you mean 'apa'" in result.stderr and result.stderr.count("\n") == 1
