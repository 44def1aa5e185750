"""`newsread quotes`: formats, filters, streams and exit codes, through Typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
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


@pytest.mark.parametrize("name", ["", " ", "'", " - ", "’", ".", "…", "“", "@"])
def test_a_speaker_query_with_nothing_to_match_is_a_usage_error(
    runner: CliRunner, name: str
) -> None:
    result = run(runner, "--speaker", "putin", "--speaker", name)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "newsread: --speaker needs a name (or part of one)\n"


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


def test_no_quotes_is_still_valid_data_in_record_formats(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "quiet.md"
    page.write_text("# Quiet\n\nNothing was said.\n", encoding="utf-8")
    outputs = {f: run(runner, "-a", str(page), "-f", f) for f in ("json", "csv", "tsv", "jsonl")}
    assert all(result.exit_code == 1 for result in outputs.values())
    assert json.loads(outputs["json"].stdout) == []
    assert next(csv.reader(io.StringIO(outputs["csv"].stdout)))[:4] == [
        "paragraph",
        "speaker",
        "kind",
        "text",
    ]
    assert outputs["tsv"].stdout.startswith("paragraph\tspeaker\t")
    assert outputs["jsonl"].stdout == ""
    summary = run(runner, "-a", str(page), "--speakers", "-f", "json")
    assert summary.exit_code == 1 and json.loads(summary.stdout) == []


def test_missing_file_is_an_input_error(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "-a", str(tmp_path / "absent.md"))
    assert result.exit_code == 2
    assert result.stdout == "" and result.stderr.startswith("newsread: ")


# -- --cite and --all ------------------------------------------------------------------


def test_cite_sets_each_quote_ready_to_paste(runner: CliRunner) -> None:
    result = run(runner, "--cite", "apa")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert (
        "“Either way, it creates more territory that they [Ukrainian forces] would have to "
        "fight through to push the Russians out of their country,” said Sam Cranny-Evans "
        "(Tenisheva, 2022)."
    ) in lines
    # a closing period becomes the comma before the attribution; the cue verb is kept
    assert lines[1].endswith("as it happened in Luhansk,” said Vladimir Putin (Tenisheva, 2022).")
    assert any(line.endswith("” wrote Oleksiy Arestovych (Tenisheva, 2022).") for line in lines)
    # organisations and unnamed sources read as English
    assert any("” said the Institute for the Study of War (" in line for line in lines)
    assert any("” said a Ukrainian soldier (" in line for line in lines)
    # a partial quote is a fragment for the writer's own sentence
    assert "“victory” (Tenisheva, 2022)" in lines


def test_cite_styles_and_json(runner: CliRunner) -> None:
    mla = run(runner, "--cite", "mla", "--speaker", "Zelensky").stdout
    assert mla.rstrip().endswith("said Volodymyr Zelensky (Tenisheva).")
    records = json.loads(run(runner, "--cite", "harvard", "-f", "json").stdout)
    assert all(r["cited"].endswith("(Tenisheva, 2022).") or r["kind"] == "partial" for r in records)
    assert {"text", "speaker", "cited"} <= set(records[0])


def test_cite_refuses_exports_and_unknown_styles(runner: CliRunner) -> None:
    for style in ("bibtex", "chicago", "ieee"):
        refused = run(runner, "--cite", style)
        assert refused.exit_code == 2 and "parenthetical" in refused.stderr, style
        assert refused.stdout == ""
    unknown = run(runner, "--cite", "apaa")
    assert unknown.exit_code == 2 and "did you mean 'apa'" in unknown.stderr
    # The styles it lists are the ones --cite takes.
    assert "valid styles: apa, mla, chicago-author-date, harvard" in unknown.stderr
    assert "ieee" not in unknown.stderr and "bibtex" not in unknown.stderr


def _library(folder: Path) -> Path:
    folder.mkdir()
    (folder / "one.md").write_text(
        '# One\n\nMarch 1, 2021\n\n"We will build it," Mayor Ann Lee said.\n', encoding="utf-8"
    )
    (folder / "two.md").write_text(
        '# Two\n\nMarch 2, 2021\n\n"It is too late," said Bo Chen, a councillor.\n\n'
        '"Nothing changes," Lee said.\n',
        encoding="utf-8",
    )
    (folder / "none.md").write_text("# None\n\nNo quotation here.\n", encoding="utf-8")
    return folder


def test_all_lists_every_articles_quotes_with_its_slug(runner: CliRunner, tmp_path: Path) -> None:
    library = str(_library(tmp_path / "lib"))
    result = run(runner, "--all", "--library", library)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "one\t1\tAnn Lee\tdirect\tWe will build it,",
        "two\t1\tBo Chen\tdirect\tIt is too late,",
        "two\t2\tLee\tdirect\tNothing changes,",  # no fuller name in that article
    ]
    lee = run(runner, "--all", "--speaker", "lee", "-f", "jsonl", "--library", library)
    assert [json.loads(line)["ref"] for line in lee.stdout.splitlines()] == ["one", "two"]
    cited = run(runner, "--all", "--cite", "apa", "--speaker", "Chen", "--library", library)
    assert cited.stdout == "two\t“It is too late,” said Bo Chen (Two, 2021).\n"


def test_all_with_article_is_an_error_and_no_match_exits_1(
    runner: CliRunner, tmp_path: Path
) -> None:
    library = str(_library(tmp_path / "lib"))
    both = run(runner, "--all", "-a", "one", "--library", library)
    assert both.exit_code == 2 and "not both" in both.stderr
    nobody = run(runner, "--all", "--speaker", "Zed", "--library", library)
    assert nobody.exit_code == 1 and nobody.stdout == ""


def test_odd_spaces_before_a_cue_are_read_as_spaces(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "spaces.md"
    article.write_text('# T\n\n"We will win,"\u2009said Ann Lee. "And soon," \t she added.\n')
    result = run(runner, "-a", str(article), "--format", "json")
    assert result.exit_code == 0, result.stderr
    quotes = json.loads(result.stdout)
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("We will win,", "Ann Lee"),
        ("And soon,", "Ann Lee"),
    ]


def test_a_fault_in_newsread_is_one_line_not_a_traceback(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsread.quote_engine

    def broken(article: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(newsread.quote_engine, "extract_quotes", broken)
    result = run(runner)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("newsread: internal error: IndexError: list index out of range")
    assert len(result.stderr.splitlines()) == 1
    monkeypatch.setenv("NEWSREAD_DEBUG", "1")  # the traceback, for a bug report
    assert isinstance(run(runner).exception, IndexError)


def test_an_article_asked_again_is_not_analysed_again(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsread.quote_engine

    article = tmp_path / "story.md"
    article.write_text('# T\n\n"We will win," said Ann Lee.\n', encoding="utf-8")
    first = run(runner, "-a", str(article))
    assert first.stdout == "1\tAnn Lee\tdirect\tWe will win,\n"

    def no_analysis(article: object) -> None:
        raise AssertionError("the quotes were analysed again")

    monkeypatch.setattr(newsread.quote_engine, "extract_quotes", no_analysis)
    assert run(runner, "-a", str(article)).stdout == first.stdout  # from the cache
    monkeypatch.undo()
    article.write_text('# T\n\n"We will lose," said Bo Chen.\n', encoding="utf-8")
    assert run(runner, "-a", str(article)).stdout == "1\tBo Chen\tdirect\tWe will lose,\n"


def test_quotes_without_a_usable_cache_folder(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("NEWSREAD_CACHE_DIR", str(blocked))
    result = run(runner)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("2\tVladimir Putin\tdirect\t")


def test_cite_sets_one_of_a_group_without_a_second_article(
    runner: CliRunner, tmp_path: Path
) -> None:
    article = tmp_path / "group.md"
    article.write_text(
        '# Group\n\nMarch 1, 2021\n\n"We were ready," one of the organisers said.\n\n'
        '"It rained," said some of the farmers.\n',
        encoding="utf-8",
    )
    result = run(runner, "-a", str(article), "--cite", "apa")
    assert result.stdout.splitlines() == [
        "“We were ready,” said one of the organisers (Group, 2021).",
        "“It rained,” said some of the farmers (Group, 2021).",
    ]


def test_a_file_name_on_the_terminal_listing_is_data(runner: CliRunner, tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (library / "esc\x1b[31mred.md").write_text(
        '# T\n\n"We are delighted," said Jane Smith.\n', encoding="utf-8"
    )
    result = runner.invoke(
        app, ["--color", "always", "--library", str(library), "quotes", "--all", "-f", "table"]
    )
    assert result.exit_code == 0, result.stderr
    assert "esc␛[31mred" in result.stdout and "\x1b[31m" not in result.stdout


@pytest.mark.parametrize(
    ("paragraph", "line"),
    [
        (
            "‘She told me “never again” and left,’ said Cy Diaz.",
            "“She told me ‘never again’ and left,” said Cy Diaz (Ferry, 2021).",
        ),
        (
            "‘She called it “a total disaster.”’ said Cy Diaz.",
            "“She called it ‘a total disaster,’” said Cy Diaz (Ferry, 2021).",
        ),
        ('"Stop!" shouted Cy Diaz.', "“Stop!” shouted Cy Diaz (Ferry, 2021)."),
        ('"We will see," Ann Lee joked.', "“We will see,” joked Ann Lee (Ferry, 2021)."),
        ('Ann Lee replied, saying "Not yet."', "“Not yet,” said Ann Lee (Ferry, 2021)."),
        ('"It is over," Cy Diaz told reporters.', "“It is over,” said Cy Diaz (Ferry, 2021)."),
        ('"It\'s over," laughed Tom Ray.', "“It's over,” said Tom Ray (Ferry, 2021)."),
        (
            "“She called it ‘a total disaster,’” said Cy Diaz.",
            "“She called it ‘a total disaster,’” said Cy Diaz (Ferry, 2021).",
        ),
        (
            "“She asked me, ‘Are you sure?’” said Cy Diaz.",
            "“She asked me, ‘Are you sure?’” said Cy Diaz (Ferry, 2021).",
        ),
        ("“‘Never again,’” said Cy Diaz.", "“‘Never again,’” said Cy Diaz (Ferry, 2021)."),
        (  # set as British usage sets it
            "‘She called it “a total disaster”,’ said Cy Diaz.",
            "“She called it ‘a total disaster,’” said Cy Diaz (Ferry, 2021).",
        ),
        (
            "‘He wrote “Yes!!” and “No!!”,’ said Cy Diaz.",
            "“He wrote ‘Yes!!’ and ‘No!!’” said Cy Diaz (Ferry, 2021).",
        ),
        ("“We were going to—” said Cy Diaz.", "“We were going to—” said Cy Diaz (Ferry, 2021)."),
        (
            "“It was the islanders’ choice,” said Cy Diaz.",
            "“It was the islanders’ choice,” said Cy Diaz (Ferry, 2021).",
        ),
        ('"We never did," denied Tom Ray.', "“We never did,” said Tom Ray (Ferry, 2021)."),
    ],
)
def test_cite_keeps_a_speech_verb_and_sets_an_inner_quotation_in_single_marks(
    runner: CliRunner, tmp_path: Path, paragraph: str, line: str
) -> None:
    """The article's verb where it reads after a quotation ("told" wants an object, a
    laugh says no words); inner marks single, closing after the punctuation."""
    article = tmp_path / "ferry.md"
    article.write_text(f"# Ferry\n\nMarch 1, 2021\n\n{paragraph}\n", encoding="utf-8")
    assert run(runner, "-a", str(article), "--cite", "apa").stdout == f"{line}\n"


def test_cite_turns_straight_inner_marks_to_single_ones() -> None:
    from newsread.cli.quotes import _inner_quotes_single

    assert _inner_quotes_single('He said "no" (and "yes")') == "He said ‘no’ (and ‘yes’)"
    assert _inner_quotes_single("It’s “fine”.") == "It’s ‘fine’."
    assert _inner_quotes_single("It’s fine") == "It’s fine"
    assert _inner_quotes_single('a 55" screen') == 'a 55" screen'  # an inch mark
    assert _inner_quotes_single('He said:"Go"') == "He said:‘Go’"
    assert _inner_quotes_single('and then…"no"') == "and then…‘no’"
    assert _inner_quotes_single('the "Vision 2030" plan') == "the ‘Vision 2030’ plan"
    assert _inner_quotes_single('The "$5m" fund') == "The ‘$5m’ fund"
