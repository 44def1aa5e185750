"""`newsread cite`: styles, forms, formats and errors, with stdout and stderr apart."""

from __future__ import annotations

import json
from pathlib import Path

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
    assert ris.startswith("TY  - NEWS\n") and ris.endswith("ER  - \n")
    data = json.loads(run(runner, "cite", "-s", "csl-json").stdout)
    assert data[0]["id"] == "tenisheva2022putin"
    bib = run(runner, "cite", "-s", "biblatex").stdout
    assert bib.startswith("@article{tenisheva2022putin,")


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
