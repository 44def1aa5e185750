"""`newsread search`: output formats, streams and exit codes, through Typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from newsread.cli import app
from tests.conftest import STORED

ESC = "\x1b"
REF = "putin-orders-advance-lysychansk"


def run(runner: CliRunner, *args: str, **kwargs: object) -> Result:
    return runner.invoke(app, list(args), **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def fixture_file(tmp_path: Path) -> Path:
    """A small article of our own with curly quotes, accents and a dash."""
    path = tmp_path / "harbour-notes.md"
    path.write_text(
        "# Notes From the Harbour\n\n"
        "The ferry’s engine failed near Kyïv Street. Crews worked late.\n\n"
        "A spokesman called it a “setback” for the port. Repairs begin Monday.\n\n"
        "The well–known captain [said](#) the ferry would sail again.\n",
        encoding="utf-8",
    )
    return path


def test_plain_is_ref_paragraph_sentence(runner: CliRunner) -> None:
    result = run(runner, "search", "Siversk")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[:2] for line in lines] == [[REF, "19"], [REF, "20"]]
    assert all("Siversk" in line.split(":", 2)[2] for line in lines)
    assert ESC not in result.stdout
    assert result.stderr == ""


def test_context_reaches_into_the_paragraphs_around_a_hit(runner: CliRunner) -> None:
    source = (
        "# T\n\nThe port closed.\n\nThe ferry sank.\n\nCrews left.\n\nThe ferry rose.\n\n"
        "End.\n\nA gap.\n\nAnother gap.\n\nThe ferry sailed.\n"
    )
    result = run(runner, "search", "-a", "-", "ferry", "-C", "1", input=source)
    assert result.exit_code == 0, result.stderr
    # As grep -C prints: a context line is REF-N-TEXT, a match line REF:N:TEXT, each
    # paragraph once, and "--" where the passages do not run on.
    assert result.stdout.splitlines() == [
        "--1-The port closed.",
        "-:2:The ferry sank.",
        "--3-Crews left.",
        "-:4:The ferry rose.",
        "--5-End.",
        "--",
        "--7-Another gap.",
        "-:8:The ferry sailed.",
    ]
    records = run(runner, "search", "-a", "-", "rose", "-C", "1", "-f", "json", input=source)
    (record,) = json.loads(records.stdout)
    assert record["context"] == "The ferry rose."
    assert record["context_before"] == [{"paragraph": 3, "text": "Crews left."}]
    assert record["context_after"] == [{"paragraph": 5, "text": "End."}]
    rows = run(runner, "search", "-a", "-", "rose", "-C", "1", "-f", "tsv", input=source)
    assert rows.stdout.splitlines()[1].endswith("\tThe ferry rose.\tCrews left.\tEnd.")
    # Without -C, nothing is lent and no "--" is printed.
    plain = run(runner, "search", "-a", "-", "ferry", input=source).stdout.splitlines()
    assert plain == ["-:2:The ferry sank.", "-:4:The ferry rose.", "-:8:The ferry sailed."]


def test_context_passages_part_where_a_subheading_or_an_embed_stands_between(
    runner: CliRunner,
) -> None:
    source = (
        "# T\n\nOne tram.\n\nTwo plain.\n\n## Sub\n\nThree tram.\n\nFour plain.\n\n"
        "**Embed:**\n\nA post\n\n— Poster (@p) [July 2, 2022](#)\n\nFive tram.\n\n"
        "## Tram news\n\nSix plain.\n"
    )
    result = run(runner, "search", "-a", "-", "tram", "-C", "1", input=source)
    assert result.exit_code == 0, result.stderr
    # A subheading or an embed not shown breaks the run, as grep parts lines that are not
    # next to each other; a subheading shown as a hit right after a passage runs on.
    assert result.stdout.splitlines() == [
        "-:1:One tram.",
        "--2-Two plain.",
        "--",
        "-:3:Three tram.",
        "--4-Four plain.",
        "--",
        "-:5:Five tram.",
        "-:heading2:Tram news",
    ]


def test_plain_lines_can_be_cut_and_counted(runner: CliRunner) -> None:
    result = run(runner, "search", "Lysychansk")
    fields = [line.split(":")[1] for line in result.stdout.splitlines()]
    assert fields[:3] == ["title", "caption", "1"]
    assert "embed1" in fields
    assert all(":" not in f and " " not in f for f in fields)


def test_no_match_exits_1_with_empty_stdout(runner: CliRunner) -> None:
    result = run(runner, "search", "zeppelin")
    assert result.exit_code == 1
    assert result.stdout == ""


def test_invalid_regex_exits_2_with_position(runner: CliRunner) -> None:
    result = run(runner, "search", "--regex", "Lysy(chansk")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "position 4" in result.stderr and "Traceback" not in result.stderr


def test_a_regex_matching_empty_text_exits_2_not_1(runner: CliRunner) -> None:
    result = run(runner, "search", "-E", "^", "-c")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "newsread: regular expression '^' matches empty text; "
        "give one that matches at least one character\n"
    )


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert run(runner, "search").exit_code == 2
    assert run(runner, "search", "-C", "-1", "x").exit_code == 2
    assert run(runner, "search", "--count", "-l", "Putin").exit_code == 2
    assert run(runner, "search", "--stem", "--regex", "x").exit_code == 2


def test_and_by_default_any_on_request(runner: CliRunner) -> None:
    both = run(runner, "search", "--count", "Siversk", "shelling")
    either = run(runner, "search", "--count", "--any", "Siversk", "shelling")
    assert both.stdout == "1\n"
    assert int(either.stdout) >= 2


def test_counts_and_list(runner: CliRunner) -> None:
    paragraphs = run(runner, "search", "--count", "Lysychansk")
    matches = run(runner, "search", "--count-matches", "Lysychansk")
    assert int(matches.stdout) > int(paragraphs.stdout) > 10
    listed = run(runner, "search", "-l", "Lysychansk")
    assert listed.stdout == REF + "\n"
    nothing = run(runner, "search", "--count", "zeppelin")
    assert (nothing.stdout, nothing.exit_code) == ("0\n", 1)
    assert run(runner, "search", "-l", "zeppelin").stdout == ""


def test_counts_and_list_as_records(runner: CliRunner) -> None:
    paragraphs = int(run(runner, "search", "--count", "Lysychansk").stdout)
    counted = json.loads(run(runner, "search", "--count", "Lysychansk", "-f", "json").stdout)
    assert counted == [{"ref": REF, "count": paragraphs}]
    listed = run(runner, "search", "-l", "Lysychansk", "-f", "csv").stdout
    assert listed.splitlines() == ["ref", REF]
    nothing = run(runner, "search", "-l", "zeppelin", "-f", "jsonl")
    assert (nothing.stdout, nothing.exit_code) == ("", 1)


def test_counts_across_a_library_count_each_file_apart(runner: CliRunner, tmp_path: Path) -> None:
    # "pier.md" and "pier.txt" share the slug "pier": each file's paragraphs count, and
    # each goes by its file name.
    (tmp_path / "pier.md").write_text("# Pier\n\nThe pier opened.\n\nThe pier shut.\n")
    (tmp_path / "pier.txt").write_text("The pier rusted.\n")
    (tmp_path / "quay.md").write_text("# Quay\n\nNothing here.\n")
    counted = run(runner, "search", "--all", "--library", str(tmp_path), "-c", "pier")
    assert sorted(counted.stdout.splitlines()) == ["pier.md:3", "pier.txt:1"]  # title counts too
    matches = run(runner, "search", "--all", "--library", str(tmp_path), "--count-matches", "pier")
    assert sorted(matches.stdout.splitlines()) == ["pier.md:3", "pier.txt:1"]
    listed = run(runner, "search", "--all", "--library", str(tmp_path), "-l", "pier")
    assert listed.stdout.splitlines() == ["pier.md", "pier.txt"]
    for option in ("-c", "--count-matches", "-l"):  # nothing matches: nothing printed
        nothing = run(runner, "search", "--all", "--library", str(tmp_path), option, "zeppelin")
        assert (nothing.stdout, nothing.exit_code) == ("", 1), option


def test_context_passages_of_two_articles_are_parted_as_grep_parts_files(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "dock.md").write_text("# Dock\n\nFirst plain.\n\nThe tram left.\n")
    (tmp_path / "yard.md").write_text("# Yard\n\nThe tram came.\n\nLast plain.\n")
    library = ("search", "--all", "--library", str(tmp_path), "tram")
    result = run(runner, *library, "-C", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "dock-1-First plain.",
        "dock:2:The tram left.",
        "--",
        "yard:1:The tram came.",
        "yard-2-Last plain.",
    ]
    # Without context, as with grep, nothing parts them.
    assert run(runner, *library).stdout.splitlines() == [
        "dock:2:The tram left.",
        "yard:1:The tram came.",
    ]


def test_json_and_jsonl(runner: CliRunner) -> None:
    result = run(runner, "search", "--format", "json", "Siversk")
    data = json.loads(result.stdout)
    assert [hit["paragraph"] for hit in data] == [19, 20]
    assert set(data[0]) == {
        "ref", "paragraph", "section", "sentence", "match", "start", "end", "context",
        "context_before", "context_after",
    }  # fmt: skip
    first = data[0]
    assert first["section"] == "body" and first["match"] == "Siversk"
    lines = run(runner, "search", "-f", "jsonl", "Siversk").stdout.splitlines()
    assert [json.loads(line) for line in lines] == data
    empty = run(runner, "search", "-f", "json", "zeppelin")
    assert (json.loads(empty.stdout), empty.exit_code) == ([], 1)


@pytest.mark.filterwarnings("error::FutureWarning")  # a warning would reach stderr
def test_a_regex_python_may_read_otherwise_one_day_prints_no_warning(runner: CliRunner) -> None:
    result = run(runner, "search", "-E", "[[S]iversk", "-c")  # "Possible nested set"
    assert (result.exit_code, result.stdout, result.stderr) == (0, "2\n", "")


def test_csv_and_tsv_have_the_json_fields_as_columns(runner: CliRunner) -> None:
    data = json.loads(run(runner, "search", "--format", "json", "Siversk").stdout)
    rows = list(csv.DictReader(io.StringIO(run(runner, "search", "-f", "csv", "Siversk").stdout)))
    assert rows == [
        # A cell holds the lent paragraphs' text, where JSON gives each with its number.
        {
            k: " ".join(p["text"] for p in v) if isinstance(v, list) else str(v)
            for k, v in hit.items()
        }
        for hit in data
    ]
    tsv = run(runner, "search", "-f", "tsv", "Siversk").stdout.splitlines()
    assert [line.split("\t")[1] for line in tsv] == ["paragraph", "19", "20"]
    empty = run(runner, "search", "-f", "csv", "zeppelin")
    assert (empty.stdout, empty.exit_code) == (",".join(data[0]) + "\n", 1)  # the header


def test_json_offsets_index_the_paragraph(runner: CliRunner) -> None:
    shown = json.loads(run(runner, "show", "--format", "json").stdout)
    texts = {p["number"]: p["text"] for p in shown["paragraphs"]}
    for hit in json.loads(run(runner, "search", "-f", "json", "Shoigu").stdout):
        assert texts[hit["paragraph"]][hit["start"] : hit["end"]] == hit["match"]


def test_terminal_highlights_and_summary(runner: CliRunner) -> None:
    result = run(
        runner, "--color", "always", "search", "-f", "terminal", "Siversk", "shelling", "--any"
    )
    assert result.exit_code == 0
    assert ESC + "[" in result.stdout
    plain = _strip_ansi(result.stdout)
    assert "19" in plain and "20" in plain
    assert result.stderr == "3 matches in 2 paragraphs\n"


def test_terminal_summary_names_title_and_embeds(runner: CliRunner) -> None:
    result = run(runner, "search", "--format", "terminal", "Lysychansk")
    assert re.fullmatch(
        r"\d+ matches in \d+ paragraphs, the title, the caption and 1 embedded post\n",
        result.stderr,
    )


def test_terminal_marks_lent_rows_where_no_dim_style_shows(runner: CliRunner) -> None:
    source = "# T\n\nOne plain.\n\nTwo tram.\n\nThree plain.\n"
    result = run(
        runner,
        "--color",
        "never",
        "search",
        "-f",
        "terminal",
        "-a",
        "-",
        "tram",
        "-C",
        "1",
        input=source,
    )
    assert result.exit_code == 0, result.stderr
    assert ESC not in result.stdout
    # As grep marks its lines: ":" after a hit's paragraph, "-" after one lent around it.
    rows = [line.split() for line in result.stdout.splitlines()[1:]]
    assert rows == [["1-", "One", "plain."], ["2:", "Two", "tram."], ["3-", "Three", "plain."]]
    # Without context, nothing is lent and a location stands alone.
    bare = run(
        runner, "--color", "never", "search", "-f", "terminal", "-a", "-", "tram", input=source
    )
    assert [line.split() for line in bare.stdout.splitlines()[1:]] == [["2", "Two", "tram."]]


def test_terminal_no_match_says_so(runner: CliRunner) -> None:
    result = run(runner, "search", "--format", "terminal", "zeppelin")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "no matches\n")


def test_plain_colour_only_when_forced(runner: CliRunner) -> None:
    forced = run(runner, "--color", "always", "search", "-f", "plain", "Siversk")
    assert "\x1b[1;31mSiversk\x1b[m" in forced.stdout
    assert forced.stdout.startswith(REF + ":19:")
    assert ESC not in run(runner, "search", "-f", "plain", "Siversk").stdout


def test_context_option(runner: CliRunner) -> None:
    narrow = run(runner, "search", "nightly address").stdout.splitlines()
    wide = run(runner, "search", "-C", "1", "nightly address").stdout.splitlines()
    assert len(narrow) == 1 and narrow[0].startswith(f"{REF}:6:")
    # The sentence before, from its own paragraph; the one after, from the next.
    assert wide[0].startswith(f"{REF}:6:") and wide[0].endswith(narrow[0].split(":", 2)[2])
    assert len(wide[0]) > len(narrow[0])
    assert len(wide) == 2 and wide[1].startswith(f"{REF}-7-Ukrainian forces pulled back")


def test_folding_options_on_a_fixture(runner: CliRunner, fixture_file: Path) -> None:
    path = str(fixture_file)

    def lines(*args: str) -> list[str]:
        return run(runner, "search", "-a", path, *args).stdout.splitlines()

    assert lines("ferry's") == ["harbour-notes:1:The ferry’s engine failed near Kyïv Street."]
    assert lines("Kyiv") == lines("ferry's")
    assert lines('"setback"') == ["harbour-notes:2:A spokesman called it a “setback” for the port."]
    assert len(lines("well-known")) == 1
    assert lines("--exact", "well-known") == []
    assert lines("--exact", "Kyïv") == lines("Kyiv")
    assert lines("--case-sensitive", "kyiv") == []
    assert lines("--word", "ferr") == []
    assert len(lines("--stem", "fail")) == 1
    assert lines("--regex", r"Re\w+s begin") == ["harbour-notes:2:Repairs begin Monday."]


def test_article_text_is_never_markup(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "markup.md"
    path.write_text("# T\n\nA [bold]tricky[/bold] line with \x1b[2J inside.\n", encoding="utf-8")
    result = run(runner, "--color", "always", "search", "-a", str(path), "tricky")
    assert "[bold]" in _strip_ansi(result.stdout)
    assert "\x1b[2J" not in result.stdout
    plain = run(runner, "search", "-a", str(path), "inside").stdout
    assert "\x1b" not in plain and "␛[2J" in plain


def test_stdin_article(runner: CliRunner) -> None:
    result = run(runner, "search", "-a", "-", "Siversk", input=STORED.read_bytes())
    assert result.exit_code == 0
    assert [line.split(":")[:2] for line in result.stdout.splitlines()] == [
        ["-", "19"],
        ["-", "20"],
    ]


def _strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b]*\x1b\\", "", text)


def test_a_runaway_regex_is_stopped_with_one_line(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsread.cli.search as cli_search

    monkeypatch.setattr(cli_search, "REGEX_SECONDS", 0.2)
    page = tmp_path / "slow.md"
    page.write_text("# Slow\n\n" + "a" * 40 + "b\n", encoding="utf-8")
    for fmt in ("plain", "json"):  # not even half a JSON array on stdout
        result = run(runner, "search", "--regex", "(a+)+$", "-a", str(page), "-f", fmt)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert "simplify it" in result.stderr and len(result.stderr.splitlines()) == 1
    # A sane pattern on the same text is unaffected, and the timer is gone afterwards.
    assert run(runner, "search", "--regex", "a+b$", "-a", str(page)).exit_code == 0


def test_the_cpu_limit_does_nothing_off_the_main_thread() -> None:
    import threading

    from newsread.cli.common import cpu_limit

    finished: list[bool] = []

    def work() -> None:
        with cpu_limit(0.001, "never raised"):
            sum(range(200_000))
        finished.append(True)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert finished == [True]


def test_the_cpu_limit_restores_an_outer_timer() -> None:
    import signal

    from newsread.cli.common import cpu_limit

    if not hasattr(signal, "setitimer"):
        pytest.skip("no interval timers here")
    previous = signal.signal(signal.SIGVTALRM, lambda *_: None)
    signal.setitimer(signal.ITIMER_VIRTUAL, 60)
    try:
        with cpu_limit(5, "never raised"):
            pass
        assert signal.getitimer(signal.ITIMER_VIRTUAL)[0] > 50
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


@pytest.mark.parametrize(
    ("command", "found"),
    [
        (["search", "--all", "ferry"], 2),
        (["search", "--all", "zeppelin"], 2),
        (["quotes", "--all"], 2),
        (["search", "--all", "--library", "{clean}", "ferry"], 0),
        (["search", "--all", "--library", "{clean}", "zeppelin"], 1),
    ],
)
def test_a_library_file_that_could_not_be_read_makes_the_exit_status_2(
    runner: CliRunner, library: Path, tmp_path: Path, command: list[str], found: int
) -> None:
    article = '# Ferry\n\n"The ferry is back," said Ann Lee.\n'
    (library / "ferry.md").write_text(article, encoding="utf-8")
    (library / "broken.md").write_bytes(b"\x00\x01binary")
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "ferry.md").write_text(article, encoding="utf-8")
    args = [arg.format(clean=clean) for arg in command]
    result = run(runner, "--library", str(library), *args)
    assert result.exit_code == found, result.stderr
    assert ("skipped" in result.stderr) == (found == 2)
    assert ("ferry" in result.stdout or "Ann Lee" in result.stdout) == ("zeppelin" not in command)
