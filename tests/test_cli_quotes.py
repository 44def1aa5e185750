"""`newsread quotes`: formats, filters, streams and exit codes, through Typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner, Result

from newsread.cli import app

ESC = "\x1b"


def run(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(app, ["quotes", *args])


def test_piped_default_is_tab_separated_direct_and_partial(runner: CliRunner) -> None:
    result = run(runner)
    assert result.exit_code == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert all(len(row) == 4 for row in rows)
    assert rows[0][:3] == ["2", "Vladimir Putin", "direct"]
    assert {row[2] for row in rows} == {"direct", "partial"}
    assert len(rows) == 12
    assert ESC not in result.stdout and result.stderr == ""


def test_speaker_filter_is_or_and_accent_insensitive(runner: CliRunner) -> None:
    result = run(runner, "--speaker", "putin", "--speaker", "CRÂNNY")
    speakers = {line.split("\t")[1] for line in result.stdout.splitlines()}
    assert speakers == {"Vladimir Putin", "Sam Cranny-Evans"}


def test_unknown_speaker_exits_1_with_a_suggestion(runner: CliRunner) -> None:
    result = run(runner, "--speaker", "Putn")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == "no quotes by 'Putn'; did you mean Vladimir Putin?"


def test_kind_scare_and_all(runner: CliRunner) -> None:
    scare = run(runner, "--kind", "scare")
    assert [line.split("\t")[3] for line in scare.stdout.splitlines()] == ["Allah Akbar."]
    every = run(runner, "--kind", "all")
    assert len(every.stdout.splitlines()) == 13


def test_json_fields_and_offsets(runner: CliRunner) -> None:
    result = run(runner, "--format", "json")
    data = json.loads(result.stdout)
    first = data[0]
    assert set(first) >= {"text", "speaker", "mention", "cue", "kind", "paragraph", "start", "end"}
    assert first["speaker"] == "Vladimir Putin" and first["cue"] == "said"
    assert not first["text"].startswith('"')
    eighth = next(q for q in data if q["paragraph"] == 8)
    assert eighth["mention"] == "he"


def test_jsonl_csv_tsv(runner: CliRunner) -> None:
    lines = run(runner, "-f", "jsonl").stdout.splitlines()
    assert len(lines) == 12 and json.loads(lines[2])["text"] == "victory,"
    table = list(csv.DictReader(io.StringIO(run(runner, "-f", "csv").stdout)))
    assert table[0]["speaker"] == "Vladimir Putin"
    tsv = run(runner, "-f", "tsv").stdout.splitlines()
    assert tsv[0].split("\t")[:4] == ["paragraph", "speaker", "kind", "text"]


def test_speakers_summary(runner: CliRunner) -> None:
    result = run(runner, "--speakers")
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0] == ["Vladimir Putin", "4", "34"]
    assert [row[0] for row in rows][-1] == "Ukrainian soldier"


def test_table_on_a_terminal(runner: CliRunner) -> None:
    result = run(runner, "-f", "table", "--speaker", "zelensky")
    assert "Volodymyr Zelensky" in result.stdout
    assert "“We value the lives" in result.stdout
    assert "¶6" in result.stdout


def test_article_without_quotes_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "calm.md"
    path.write_text("# Calm\n\nNothing was said today.\n", encoding="utf-8")
    result = run(runner, "-a", str(path))
    assert result.exit_code == 1
    assert result.stdout == "" and "no quotes" in result.stderr


def test_missing_file_is_an_input_error(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "-a", str(tmp_path / "absent.md"))
    assert result.exit_code == 2
    assert result.stdout == "" and result.stderr.startswith("newsread: ")
