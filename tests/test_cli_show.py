"""`newsread show` and the behaviour every command shares: formats, streams, exit codes."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.cli import app
from tests.conftest import STORED

ESC = "\x1b"


def run(runner, *args, **kwargs):
    return runner.invoke(app, list(args), **kwargs)


def test_piped_show_is_plain_text_one_paragraph_a_line(runner):
    result = run(runner, "show")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "Putin Orders Advance to Continue After Russia Takes Ukraine's Lysychansk"
    assert lines[1] == "By Anastasia Tenisheva"
    assert lines[2] == "July 4, 2022 · The Moscow Times"
    assert lines[3].startswith("https://www.themoscowtimes.com/2022/07/04/")
    assert ESC not in result.stdout
    body = lines[lines.index("") + 1 :]
    paragraphs = [line for line in body if not line.startswith("> ")]
    assert len(paragraphs) == 23
    assert any(line.startswith("> Chechen forces celebrate") for line in body)
    assert all(len(line) > 0 for line in body)


def test_piped_show_prints_every_header_field_on_one_line(runner):
    """Front matter can hold a newline; `show | head -1` must still be the whole title."""
    source = (
        '---\ntitle: "Line one\\nLine two"\nauthors: ["Ann\\nLee", "Bo Chen"]\n'
        'publisher: "Pub\\nX"\npublished: 2024-05-01\nurl: "https://ex.org/a\\nb"\n---\n\n'
        "Body para.\n"
    )
    result = run(runner, "show", "-a", "-", input=source)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Line one Line two",
        "By Ann Lee and Bo Chen",
        "May 1, 2024 · Pub X",
        "https://ex.org/ab",  # a line break typed into a URL is dropped
        "",
        "Body para.",
    ]


def test_plain_text_is_one_line_a_field_whatever_the_model_holds():
    from newsread.cli.show_plain import render_text
    from newsread.model import Article, Caption, Embed, Heading, Paragraph

    article = Article(
        title="T\n1",
        caption=Caption("Cap\ntion", "Cre\ndit"),
        paragraphs=[Paragraph(1, "Para\ngraph.")],
        headings=[Heading("Head\ning", 1)],
        embeds=[Embed("Po\nst", 1, "https://ex.org/\np", "Jane\nDoe", "@j", None, "Ju\nly")],
    )
    assert render_text(article).splitlines() == [
        "T 1",
        "Photo: Cap tion (Cre dit)",
        "",
        "## Head ing",
        "Para graph.",
        "> Po st — Jane Doe (@j), Ju ly https://ex.org/ p",
    ]


def test_show_markdown(runner):
    result = run(runner, "show", "--format", "markdown")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith('---\ntitle: "Putin Orders Advance')
    assert "\n# Putin Orders Advance" in out and "By [Anastasia Tenisheva](#)" in out
    assert "*A Russian soldier is seen" in out and "**Alexander Reka / TASS**" in out
    assert "**Embed:**" in out and "— Francis Scarr (@francis\\_scarr) July 2, 2022" in out
    assert out.rstrip().endswith("-a78191>")
    assert ESC not in out


ROUND_TRIP = """---
publisher: Example Gazette
language: en
---
# A *Title*: with [brackets]

By [Ann Lee](#), [Bo Chen](#) and [Cy del Valle](#)

2021-03-05

Harbour at dawn. **Photo Agency / Pool**

#hashtag and a * star, an_underscore, a \\ backslash, a [link](https://ex.org/a_(b)).

- not a list

## Part two

"Quoted," said Ann Lee.

**Embed:**

The post text
[ex.org/p](https://ex.org/p)

— Someone (@some_one) [March 4, 2021](#)

Original url:

<https://www.example.org/story>
"""


def test_markdown_output_reads_back_as_the_same_article(runner, tmp_path):
    from newsread.article import load_article

    source = tmp_path / "source.md"
    source.write_text(ROUND_TRIP, encoding="utf-8")
    first = load_article(source)
    copy = tmp_path / "copy.md"
    copy.write_text(run(runner, "show", "-a", str(source), "-f", "markdown").stdout, "utf-8")
    second = load_article(copy)
    for field in ("title", "authors", "published", "publisher", "language", "url", "caption"):
        assert getattr(second, field) == getattr(first, field), field
    assert second.paragraphs == first.paragraphs
    assert second.headings == first.headings and second.embeds == first.embeds
    assert first.paragraphs[0].text.startswith("#hashtag and a * star, an_underscore, a \\ ")


METADATA = ("title", "authors", "published", "publisher", "publisher_kind", "url", "language")
METADATA += ("accessed", "caption")

ALL_FIELDS = """---
title: "A \\"Title\\": with\\ttab, [brackets], *stars*, back\\\\slash and C#"
authors: ["Ann Lee", "Lee, Bo", "Cy del Valle", "Dee <b>Tag</b>", "\\u202eEve"]
published: 2021-03-05
publisher: "Foo Weekly # not a comment"
publisher_kind: magazine
url: "https://foo.example/a_(b)?c=1&d=<2>"
language: "en-GB"
accessed: 2024-01-02
---
# Ignored heading

Harbour at dawn. **@jane_doe / Agency\\*Pool**

First body paragraph.
"""


def test_markdown_output_keeps_every_metadata_field(runner, tmp_path):
    from newsread.article import load_article

    source = tmp_path / "source.md"
    source.write_text(ALL_FIELDS, encoding="utf-8")
    first = load_article(source)
    assert first.publisher_kind == "magazine" and first.caption is not None
    assert first.caption.credit == "@jane_doe / Agency*Pool"
    markdown = run(runner, "show", "-a", str(source), "-f", "markdown").stdout
    second = load_article(_written(tmp_path / "copy.md", markdown))
    for field in METADATA:
        assert getattr(second, field) == getattr(first, field), field
    assert second.paragraphs == first.paragraphs
    cited = [run(runner, "cite", "-a", str(path)).stdout for path in (source, tmp_path / "copy.md")]
    assert cited[0] == cited[1]


def _written(path, text):
    path.write_text(text, encoding="utf-8")
    return path


_VALUE = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).filter(
    str.strip
)
#: A web address, as front matter requires one, with any characters but spaces after it.
_URL = st.builds(
    "https://{}.example/{}".format,
    st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True),
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), max_size=30),
)


@settings(max_examples=200, deadline=None)
@given(
    title=_VALUE,
    authors=st.lists(_VALUE, max_size=3),
    published=st.dates(),
    publisher=_VALUE,
    kind=st.sampled_from(["newspaper", "magazine", "website", "agency", "broadcaster", None]),
    url=_URL,
    language=_VALUE,
    accessed=st.one_of(st.none(), st.dates()),
    caption=st.one_of(st.none(), st.tuples(_VALUE, _VALUE)),
)
def test_every_metadata_value_survives_markdown(
    title, authors, published, publisher, kind, url, language, accessed, caption
):
    from newsread.article import parse_article
    from newsread.cli.show_plain import render_markdown
    from newsread.model import Article, Caption, Paragraph
    from newsread.outlets import outlet_by_name
    from newsread.textsafe import sanitize

    article = Article(
        title=title,
        authors=authors,
        published=published,
        publisher=publisher,
        publisher_kind=kind or getattr(outlet_by_name(publisher), "kind", None),  # as read
        url=url,
        language=language,
        accessed=accessed,
        caption=Caption(" ".join(caption[0].split()), " ".join(caption[1].split()))
        if caption
        else None,
        paragraphs=[Paragraph(1, "Body.")],
    )
    back = parse_article(sanitize(render_markdown(article)))  # as `show` writes it
    for field in METADATA[:-1]:
        assert getattr(back, field) == getattr(article, field), field
    assert back.paragraphs == article.paragraphs
    printed = f"{article.caption.text} {article.caption.credit}" if article.caption else ""
    if sanitize(printed) == printed:  # (the body's control characters are made visible)
        assert back.caption == article.caption


def test_markdown_keeps_escaped_characters_through_a_pipe(runner):
    source = "# Tab\there\n\nBy [Ann\tLee](#)\n\nBody.\n"
    markdown = run(runner, "show", "-a", "-", "-f", "markdown", input=source).stdout
    assert r'title: "Tab\there"' in markdown
    back = json.loads(run(runner, "show", "-a", "-", "-f", "json", input=markdown).stdout)
    assert back["title"] == "Tab\there" and back["authors"] == ["Ann\tLee"]


@pytest.mark.parametrize(
    "text",
    [
        "1. Not a list item.",
        "2) Nor this one.",
        "Original url: a note, not the source.",
        "original  URL: in any case.",
        "- a dash, + a plus, # a hash",
        "#hashtag",
        "---",
    ],
)
def test_markdown_paragraphs_that_look_like_markup_read_back_unchanged(runner, tmp_path, text):
    source = tmp_path / "source.txt"  # plain text: every line is a paragraph, as it stands
    source.write_text(f"First paragraph.\n\n{text}\n", encoding="utf-8")
    markdown = run(runner, "show", "-a", str(source), "-f", "markdown").stdout
    back = json.loads(run(runner, "show", "-a", "-", "-f", "json", input=markdown).stdout)
    assert [p["text"] for p in back["paragraphs"]] == ["First paragraph.", text]


def test_show_json_schema(runner):
    result = run(runner, "show", "--format", "json")
    data = json.loads(result.stdout)
    assert data["schema"] == "newsread.article/1"
    assert data["title"].startswith("Putin Orders")
    assert data["authors"] == ["Anastasia Tenisheva"]
    assert data["published"] == "2022-07-04"
    assert data["publisher"] == "The Moscow Times"
    assert data["caption"] == {
        "text": "A Russian soldier is seen by a damaged building in Lysychansk, Ukraine.",
        "credit": "Alexander Reka / TASS",
    }
    assert [p["number"] for p in data["paragraphs"]] == list(range(1, 24))
    assert data["embeds"][0]["handle"] == "@francis_scarr"
    assert data["repairs"][0]["paragraph"] == 4


def test_terminal_rendering_is_styled(runner):
    result = run(runner, "--color", "always", "show", "--format", "rich", "--no-pager")
    assert result.exit_code == 0
    assert ESC + "[" in result.stdout
    assert "776 words · 3 min read" in result.stdout
    assert "Embedded post" in result.stdout
    widest = max(len(line) for line in _strip_ansi(result.stdout).splitlines())
    assert widest <= 80


def test_colour_never_changes_the_layout(runner):
    piped = run(runner, "--color", "always", "show")
    assert piped.stdout.startswith("Putin Orders Advance")  # the plain header, not rich
    assert "776 words" not in piped.stdout


def test_rich_format_caps_width_near_100(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    result = run(runner, "show", "--format", "rich", "--color", "always", "--no-pager")
    widest = max(len(line.rstrip()) for line in _strip_ansi(result.stdout).splitlines())
    assert 80 < widest <= 100


def test_terminal_styles_stay_on_their_words_after_controls_are_made_visible(runner, tmp_path):
    """Each invisible control shows as several characters ("<U+200F>"); the link and the
    quotation after them must still cover exactly their own words."""
    import re

    source = _written(
        tmp_path / "rlm.md",
        "# T\n\nShalom\u200f\u200f said the [foreign ministry](https://ex.org/fm), "
        '\u202e"in full\u200f" today.\n',
    )
    result = run(runner, "show", "-a", str(source), "-f", "rich", "--color", "always", "--no-pager")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    linked = re.findall("\x1b]8;id=[^;]*;https://ex.org/fm\x1b\\\\(.*?)\x1b]8;;\x1b\\\\", out)
    assert [_strip_ansi(text) for text in linked] == ["foreign ministry"]
    quoted = re.findall("\x1b\\[3;36m(.*?)\x1b\\[0m", out)
    assert quoted == ['"in full<U+200F>"']
    assert "Shalom<U+200F><U+200F> said the " in _strip_ansi(out)


@pytest.mark.parametrize("columns", ["80", "40", "30"])
def test_an_embedded_posts_credit_shows_whole(runner, tmp_path, monkeypatch, columns):
    """A short post must not cut its credit to the post's width, nor a long credit run off a
    narrow terminal: the handle and date are how a reader finds the post."""
    monkeypatch.setenv("COLUMNS", columns)
    source = _written(
        tmp_path / "embed.md",
        "# T\n\nFirst.\n\n**Embed:**\n\nWow.\n\n— Jane Doe (@jane_doe) [July 2, 2022](#)\n\n"
        "Second.\n",
    )
    result = run(runner, "show", "-a", str(source), "-f", "rich", "--no-pager")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= int(columns)
    inside = [line.strip().strip("│╰╯─") for line in lines if line.startswith(("│", "╰"))]
    assert "Wow. — Jane Doe (@jane_doe), July 2, 2022" in " ".join(" ".join(inside).split())


def _strip_ansi(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m|\x1b\]8;[^\x1b]*\x1b\\", "", text)


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_color_and_dumb_terminal_keep_the_layout_without_escapes(runner, monkeypatch, env):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    result = run(runner, "show", "--format", "rich", "--no-pager")
    assert result.exit_code == 0
    assert "776 words" in result.stdout
    assert ESC not in result.stdout


def test_force_color_colours_the_terminal_layout(runner, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    result = run(runner, "show", "--format", "rich", "--no-pager")
    assert "776 words" in result.stdout and ESC + "[" in result.stdout


def test_on_a_real_terminal_no_color_keeps_the_layout():
    status, shown = _on_a_terminal(["show", "--no-pager"], {"NO_COLOR": "1"})
    assert status == 0
    assert "776 words · 3 min read" in shown and ESC not in shown


def test_article_by_path_slug_prefix_and_stdin(runner, tmp_path):
    by_path = run(runner, "show", "-a", str(STORED))
    by_prefix = run(runner, "show", "-a", "putin")
    by_stdin = run(runner, "show", "-a", "-", input=STORED.read_bytes())
    assert by_path.stdout == by_prefix.stdout
    assert by_stdin.stdout == by_path.stdout


@pytest.mark.parametrize("command", ["show", "quotes", "cite"])
def test_an_empty_article_reference_is_an_error_not_the_default_article(runner, command):
    result = run(runner, command, "-a", "")
    assert (result.exit_code, result.stdout) == (2, "")
    assert (
        result.stderr == "newsread: -a: the article reference is empty (give a slug, a file or -)\n"
    )


def test_unknown_article_suggests(runner):
    result = run(runner, "show", "-a", "putin-orders-advance-lysichansk")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "available: putin-orders-advance-lysychansk" in result.stderr
    assert "did you mean 'putin-orders-advance-lysychansk'?" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "--format", "xml"], "'xml' is not one of"),
        (["show", "--format", "jsn"], "Did you mean 'json'?"),
        (["show", "--bogus"], "No such option"),
        (["nonsense"], "No such command"),
    ],
)
def test_usage_errors_are_one_line_exit_2(runner, args, message):
    result = run(runner, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_version(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("newsread ")


def test_help(runner):
    result = run(runner, "-h")
    assert result.exit_code == 0
    assert "show" in result.stdout


def test_library_option_and_environment(runner, library, monkeypatch):
    (library / "only-one.md").write_text("# Only one\n\nBody.\n", encoding="utf-8")
    assert run(runner, "--library", str(library), "show").stdout.startswith("Only one\n")
    assert run(runner, "show", "--library", str(library)).stdout.startswith("Only one\n")
    monkeypatch.setenv("NEWSREAD_LIBRARY", str(library))
    assert run(runner, "show").stdout.startswith("Only one\n")


def test_default_is_the_most_recently_published(runner, library):
    (library / "older.md").write_text("# Older\n\nJune 1, 2020\n\nBody.\n", encoding="utf-8")
    (library / "newer.md").write_text("# Newer\n\nJune 1, 2021\n\nBody.\n", encoding="utf-8")
    (library / "undated.txt").write_text("Body.\n", encoding="utf-8")
    assert run(runner, "show", "--library", str(library)).stdout.startswith("Newer\n")


def test_ambiguous_prefix_and_empty_library(runner, library):
    (library / "abc-one.md").write_text("One.\n", encoding="utf-8")
    (library / "abc-two.md").write_text("Two.\n", encoding="utf-8")
    result = run(runner, "show", "--library", str(library), "-a", "abc")
    assert result.exit_code == 2 and "ambiguous" in result.stderr
    empty = library / "empty"
    empty.mkdir()
    result = run(runner, "show", "--library", str(empty))
    assert result.exit_code == 2 and "holds no articles" in result.stderr


def _newsread(*args: str, **kwargs) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NO_COLOR": "", "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "newsread", *args], capture_output=True, env=env, **kwargs
    )


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_python_dash_m_and_a_closed_pipe_exit_quietly(tmp_path, fmt):
    big = tmp_path / "big.md"  # far more than a pipe buffer, so the writer meets a closed pipe
    big.write_text("# Big\n\n" + "A paragraph of several words.\n\n" * 20000, encoding="utf-8")
    shell = f"{sys.executable} -m newsread show -a {big} --format {fmt} | head -1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True)
    assert result.stdout.decode() in ("Big\n", "{\n")
    assert result.stderr == b""
    assert result.returncode == 0


@pytest.mark.parametrize(
    "command", [["search", "-f", "terminal", "paragraph"], ["quotes", "-f", "table"]]
)
def test_rich_output_into_a_closed_pipe_exits_quietly_too(tmp_path, command):
    big = tmp_path / "big.md"  # Rich reports a closed pipe its own way (exit 1) unless told
    big.write_text(
        "# Big\n\n" + '"A paragraph of words," said Ann Lee.\n\n' * 5000, encoding="utf-8"
    )
    shell = f"{sys.executable} -m newsread {' '.join(command)} -a {big} | head -1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True)
    assert result.stderr == b""
    assert result.returncode == 0


def test_ctrl_c_while_the_tool_is_still_loading_exits_130(monkeypatch):
    import types

    import newsread.cli
    from newsread.cli import application

    class Loading(types.ModuleType):
        def __getattr__(self, name):
            raise KeyboardInterrupt  # as if Ctrl-C landed while Typer and Rich import

    with monkeypatch.context() as patch:
        patch.setitem(sys.modules, "newsread.cli.application", Loading("loading"))
        with pytest.raises(SystemExit) as stopped:
            newsread.cli.main()
    assert stopped.value.code == 130

    def interrupted(commands=None):
        raise KeyboardInterrupt  # while the command's module is imported

    monkeypatch.setattr(application, "register", interrupted)
    monkeypatch.setattr(sys, "argv", ["newsread", "show"])
    with pytest.raises(SystemExit) as stopped:
        application.main()
    assert stopped.value.code == 130


def test_works_from_any_directory(tmp_path: Path):
    result = _newsread("show", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.decode().startswith("Putin Orders")


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["show"], "show"),
        (["--color", "never", "--library", "x", "quotes", "-s", "y"], "quotes"),
        (["--color=always", "list"], "list"),
        (["--library", "show", "cite"], "cite"),  # "show" is the option's value here
        (["--help"], None),
        (["shw"], None),
    ],
)
def test_the_command_a_command_line_runs(argv, command):
    from newsread.cli.application import _command_in

    assert _command_in(argv) == command


def test_a_run_imports_only_the_command_it_runs(tmp_path: Path):
    probe = (
        "import sys\n"
        "sys.argv = ['newsread', 'show', '-a', sys.argv[1]]\n"
        "from newsread.cli import main\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('newsread', 'rich')))\n"
        "sys.stderr.write(' '.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(STORED)], capture_output=True, text=True, check=True
    )
    loaded = result.stderr.split()
    assert "newsread.cli.show" in loaded
    unused = ("newsread.cli.cite", "newsread.cli.quotes", "newsread.quotes", "newsread.names")
    for module in (*unused, "rich"):
        # Piped output needs neither other commands, nor the name parser, nor Rich.
        assert module not in loaded


def test_a_library_file_named_with_its_extension(runner, library, tmp_path, monkeypatch):
    (library / "kyiv-report.md").write_text("# Kyiv report\n\nBody.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # not the library folder: the name is not a path here
    result = run(runner, "show", "--library", str(library), "-a", "kyiv-report.md")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Kyiv report\n")


def test_a_folder_here_does_not_hide_the_library_article_of_its_name(
    runner, library, tmp_path, monkeypatch
):
    (library / "notes.md").write_text("# Harbour notes\n\nBody.\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "drafts").mkdir()
    monkeypatch.chdir(tmp_path)
    result = run(runner, "show", "--library", str(library), "-a", "notes")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Harbour notes\n")
    # A folder no article is named after is refused as a folder.
    result = run(runner, "show", "--library", str(library), "-a", "drafts")
    assert result.exit_code == 2
    assert result.stderr == "newsread: drafts: is a directory, not an article file\n"


def test_a_named_pipe_here_is_read_as_a_file_by_its_bare_name(
    runner, library, tmp_path, monkeypatch
):
    import threading

    os.mkfifo(tmp_path / "piped.md")
    monkeypatch.chdir(tmp_path)

    def feed():
        with open(tmp_path / "piped.md", "w", encoding="utf-8") as pipe:
            pipe.write("# Piped report\n\nBody.\n")

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    result = run(runner, "show", "--library", str(library), "-a", "piped.md")
    writer.join(timeout=5)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Piped report\n")


def _on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run newsread with stdout on a pseudo-terminal; return its status and what it showed."""
    import pty

    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsread", *args],
        stdout=secondary,
        stderr=secondary,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "COLUMNS": "80", "LINES": "10", **env},
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    return process.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("pager", ['less "', "no-such-pager-here", "cat"])
def test_pager_problems_fall_back_to_printing(pager):
    status, shown = _on_a_terminal(["show"], {"PAGER": pager})
    assert status == 0
    assert "Traceback" not in shown
    assert "Putin Orders Advance" in shown and "Original" not in shown
    assert "Source:" in shown  # the whole article, to its last line


def test_ctrl_c_while_paging_is_the_pagers_and_newsread_waits_for_it():
    """Ctrl-C goes to the whole terminal group: newsread must not exit under the pager."""
    pager = (
        "import os, signal, sys, time; os.kill(os.getppid(), signal.SIGINT); time.sleep(0.3); "
        "sys.stdin.read(); print('pager done')"
    )
    status, shown = _on_a_terminal(["show"], {"PAGER": shlex.join([sys.executable, "-c", pager])})
    assert (status, "Traceback" in shown) == (0, False)
    assert shown.strip().endswith("pager done")


@pytest.mark.parametrize("heading_first", [True, False])
def test_a_subheading_and_an_embed_between_two_paragraphs_keep_their_order(
    runner, tmp_path, heading_first
):
    heading, embed = (
        "## Harbour news",
        "**Embed:**\n\nThe ferry is back!\n\n— Port (@port) May 2, 2024",
    )
    parts = [heading, embed] if heading_first else [embed, heading]
    source = tmp_path / "story.md"
    source.write_text("\n\n".join(["# T", "One.", *parts, "Two."]) + "\n", encoding="utf-8")
    for fmt in ("markdown", "text"):
        shown = run(runner, "show", "-a", str(source), "-f", fmt, "--no-pager").stdout
        at_heading, at_embed = shown.index("Harbour news"), shown.index("The ferry is back!")
        assert (at_heading < at_embed) == heading_first, fmt
    markdown = run(runner, "show", "-a", str(source), "-f", "markdown").stdout
    again = run(runner, "show", "-a", "-", "-f", "markdown", input=markdown).stdout
    assert again == markdown


@pytest.mark.parametrize("first", ["By Ann Lee", "May 1, 2024"])
def test_a_first_paragraph_like_a_byline_or_date_stays_a_paragraph(runner, tmp_path, first):
    source = tmp_path / "source.txt"  # plain text: no byline or date, only paragraphs
    source.write_text(f"{first}\n\nThe ferry returned.\n", encoding="utf-8")
    markdown = run(runner, "show", "-a", str(source), "-f", "markdown").stdout
    back = json.loads(run(runner, "show", "-a", "-", "-f", "json", input=markdown).stdout)
    assert [p["text"] for p in back["paragraphs"]] == [first, "The ferry returned."]
    assert back["authors"] == [] and back["published"] is None


def test_an_undated_article_round_trips_with_its_date_like_first_paragraph():
    from newsread.article import parse_article
    from newsread.cli.show_plain import render_markdown
    from newsread.model import Article, Paragraph

    article = Article(paragraphs=[Paragraph(1, "March 3, 2024"), Paragraph(2, "Body.")])
    markdown = render_markdown(article)
    assert "\npublished:\n" in markdown  # stated empty, as YAML writes no value
    back = parse_article(markdown)
    assert back.published is None
    assert [p.text for p in back.paragraphs] == ["March 3, 2024", "Body."]


def test_output_nowhere_to_go_is_one_line_and_exit_2(tmp_path):
    article = tmp_path / "a.md"
    article.write_text('# T\n\n"We “won”," said Ann Lee.\n', encoding="utf-8")
    closed = _newsread("show", "-a", str(article), stdout=None, stdin=subprocess.DEVNULL)
    assert closed.returncode == 0  # (an open stdout, for comparison)
    shell = f"{sys.executable} -m newsread show -a {article} >&-"
    result = subprocess.run(["bash", "-c", shell], capture_output=True)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "newsread: cannot write output: standard output is closed"
    ]
    if os.path.exists("/dev/full"):
        shell = f"{sys.executable} -m newsread show -a {article} > /dev/full"
        result = subprocess.run(["bash", "-c", shell], capture_output=True)
        assert result.returncode == 2
        assert result.stderr.decode().startswith("newsread: cannot write output: ")
        assert "internal error" not in result.stderr.decode()


def test_an_output_encoding_without_curly_quotes_gets_stand_ins(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("# T\n\n“We won — again,” said Ann Lee.\n", encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "", "PYTHONIOENCODING": "latin-1"}
    result = subprocess.run(
        [sys.executable, "-m", "newsread", "quotes", "-a", str(article)],
        capture_output=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert b"Ann Lee" in result.stdout and not result.stderr


def test_a_closed_stderr_keeps_the_exit_code(tmp_path):
    shell = f"{sys.executable} -m newsread show -a {tmp_path / 'missing.md'} 2>&-"
    assert subprocess.run(["bash", "-c", shell], capture_output=True).returncode == 2


def test_front_matter_alone_is_one_line_exit_2_and_skipped_in_a_list(runner, tmp_path, library):
    source = tmp_path / "blank.md"
    source.write_text("---\n---\n", encoding="utf-8")
    for command in ("show", "cite"):
        result = run(runner, command, "-a", str(source))
        assert result.exit_code == 2
        message = f"newsread: {source}: is empty: front matter only, with no title and no text\n"
        assert result.stderr == message
    (library / "blank.md").write_text("---\n---\n", encoding="utf-8")
    (library / "real.md").write_text("# Real\n\nBody.\n", encoding="utf-8")
    listed = run(runner, "list", "--library", str(library))
    assert listed.stdout.startswith("real\t") and "blank.md: is empty" in listed.stderr
