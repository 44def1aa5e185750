"""Untrusted text and bad input, through every command: never a traceback, never an injection.

Table-driven: each hostile article goes through each command and format; each bad input
gives one line on stderr and its documented exit code.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsread.cli import app
from newsread.textsafe import dumps_json, sanitize, sanitize_line

ESC = "\x1b"
HOSTILE = (
    "# Title [bold]with markup[/bold] \x1b]0;pwned\x07\n\n"
    "By [Eve Attacker](#)\n\n"
    'Ann Lee said: "Clear the screen \x1b[2J now [/Pattern] and [link=http://evil]x[/link]." '
    "She added [Ukrainian forces] \u202egnp.exe\u202c and \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\.\n\n"
    '"A carriage\rreturn and back\bspace," he said.\n'
)
#: What may never reach stdout raw (Rich's own styling uses ESC, so ESC is checked by shape).
INJECTED = ["\x1b[2J", "\x1b]0;", "\x1b]8;;http://evil", "\u202e", "\u202c", "\x07", "\r", "\b"]

COMMANDS = [
    ["show"],
    ["show", "--format", "markdown"],
    ["quotes"],
    ["quotes", "--kind", "all"],
    ["search", "Clear"],
    ["search", "--regex", "."],
    ["cite"],
    ["cite", "--style", "mla", "--format", "html"],
]


@pytest.fixture
def hostile(tmp_path):
    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("color", ["never", "always"])
def test_hostile_text_never_reaches_the_terminal_raw(runner, hostile, command, color):
    result = runner.invoke(app, ["--color", color, *command, "-a", str(hostile)])
    assert result.exit_code in (0, 1), result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    for bad in INJECTED:
        assert bad not in result.stdout, (bad, result.stdout)
        assert bad not in result.stderr
    if color == "never":
        assert ESC not in result.stdout


@pytest.mark.parametrize("command", [["show"], ["quotes", "--kind", "all"]], ids=" ".join)
def test_markup_prints_literally(runner, hostile, command):
    result = runner.invoke(app, ["--color", "always", *command, "-a", str(hostile)])
    assert "[/Pattern]" in result.stdout or "[/Pattern]" in result.stdout.replace("\n", " ")
    assert "[link=http://evil]" in result.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["show", "--format", "json"],
        ["quotes", "--format", "json"],
        ["search", "--format", "json", "Clear"],
    ],
    ids=" ".join,
)
def test_json_keeps_the_text_escaped(runner, hostile, command):
    result = runner.invoke(app, [*command, "-a", str(hostile)])
    assert result.exit_code == 0, result.stderr
    for bad in INJECTED:
        assert bad not in result.stdout
    assert "\\u001b[2J" in result.stdout or "\\u001b" in result.stdout
    json.loads(result.stdout)  # and it is still valid JSON


# -- bad input -------------------------------------------------------------------------

BIG_LIMIT = 20 * 1024 * 1024


def _make(tmp_path, kind):
    path = tmp_path / f"{kind}.md"
    if kind == "missing":
        return path
    if kind == "directory":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes(b"\x07\x1a\n\x00\x00\x00 not text")  # NUL bytes, no known kind
    elif kind == "latin1":
        path.write_bytes('# Caf\xe9\n\n"Tr\xe8s bien," said Z\xf6e Ny.\n'.encode("cp1252"))
    elif kind == "bom":
        path.write_bytes(b"\xef\xbb\xbf# With BOM\n\nBody text.\n")
    elif kind == "crlf":
        path.write_bytes(b'# CRLF\r\n\r\n"Fine," said Ann Lee.\r\n\r\nMore.\r\n')
    elif kind == "huge":
        with path.open("wb") as stream:  # sparse: the size is real, the disk cost is not
            stream.truncate(BIG_LIMIT + 1)
    elif kind == "long-line":
        path.write_text("# Long\n\n" + "word " * 200_000 + "\n", encoding="utf-8")
    elif kind == "unbalanced":
        path.write_text(
            '# U\n\n"Open and never closed, said Ann.\n\n“Another “one.\n', encoding="utf-8"
        )
    elif kind == "nested":
        path.write_text("# N\n\n" + "\"a 'b \"c 'd " * 2000 + "\n", encoding="utf-8")
    elif kind == "front-matter":
        path.write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    elif kind == "deep-list":  # each level read by a call of its own: no stack for it
        levels = "".join("  " * (i + 1) + "-\n" for i in range(3000))
        path.write_text(f"---\ntitle: T\nauthors:\n{levels}---\n\nBody.\n", encoding="utf-8")
    elif kind == "deep-flow":
        deep = "[" * 3000 + "]" * 3000
        path.write_text(f"---\ntitle: T\nauthors: {deep}\n---\n\nBody.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("kind", "code", "message"),
    [
        ("missing", 2, "no such file"),
        ("directory", 2, "is a directory"),
        ("empty", 2, "is empty"),
        ("binary", 2, "binary file"),
        ("huge", 2, "more than 20 MiB"),
        ("front-matter", 2, "front matter line 2"),
        ("deep-list", 2, "nest too deep"),
        ("deep-flow", 2, "nest too deep"),
        ("latin1", 0, "warning: "),
        ("bom", 0, None),
        ("crlf", 0, None),
        ("long-line", 0, None),
        ("unbalanced", 0, None),
        ("nested", 0, None),
    ],
)
@pytest.mark.parametrize(
    "command", [["show"], ["quotes", "--kind", "all"], ["search", "a"], ["cite"]], ids=" ".join
)
def test_bad_input(runner, tmp_path, kind, code, message, command):
    path = _make(tmp_path, kind)
    result = runner.invoke(app, [*command, "-a", str(path)])
    if command[0] in ("quotes", "search") and code == 0:
        assert result.exit_code in (0, 1), result.stderr  # found or not found
    else:
        assert result.exit_code == code, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if message:
        assert message in result.stderr
        assert result.stderr.count("\n") == 1
    else:  # at most a one-line note such as "no quotes found"
        assert result.stderr.count("\n") <= 1 and "Traceback" not in result.stderr
    if code == 2:
        assert result.stdout == ""


def test_reading_bom_and_crlf(runner, tmp_path):
    shown = runner.invoke(app, ["show", "-a", str(_make(tmp_path, "bom"))]).stdout
    assert shown.startswith("With BOM\n")
    crlf = runner.invoke(app, ["show", "-a", str(_make(tmp_path, "crlf"))]).stdout
    assert "\r" not in crlf and crlf.startswith("CRLF\n")


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["cite", "--style", "apaa"], "'apa'"),
        (["show", "--format", "jsn"], "'json'"),
        (["quotes", "--kind", "direkt"], "'direct'"),
        (["quotes", "--format", "csvv"], "'csv'"),
    ],
)
def test_unknown_choice_lists_and_suggests(runner, args, hint):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "is not one of" in result.stderr or "unknown" in result.stderr.lower()
    assert f"Did you mean {hint}?" in result.stderr or f"did you mean {hint}" in result.stderr
    assert result.stderr.count("\n") == 1


def test_empty_library_folder(runner, library):
    for command in (["show"], ["quotes"], ["cite"]):
        result = runner.invoke(app, [*command, "--library", str(library)])
        assert result.exit_code == 2 and "holds no articles" in result.stderr


def test_stdin_from_a_terminal_does_not_hang():
    import os
    import subprocess
    import sys

    primary, secondary = os.openpty()  # stdin is a terminal with nobody typing
    try:
        result = subprocess.run(
            [sys.executable, "-m", "newsread", "show", "-a", "-"],
            stdin=secondary,
            capture_output=True,
            timeout=60,
        )
    finally:
        os.close(primary)
        os.close(secondary)
    assert result.returncode == 2
    assert b"nothing is piped in" in result.stderr and b"--help" in result.stderr
    assert result.stdout == b""


def test_stdin_closed_is_an_input_error_not_a_bug():
    import os
    import subprocess
    import sys

    result = subprocess.run(  # as a shell's "<&-" starts it: no file descriptor 0 at all
        [sys.executable, "-m", "newsread", "quotes", "-a", "-"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        preexec_fn=lambda: os.close(0),
    )
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "newsread: -a -: standard input is closed, so there is no article to read"
    ]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("command", [["show"], ["add"]], ids=" ".join)
def test_an_endless_device_is_read_only_up_to_the_limit(tmp_path, device, command):
    import os
    import resource
    import subprocess
    import sys

    if not os.path.exists(device):
        pytest.skip(f"no {device} here")

    def cap_memory() -> None:  # an unbounded read fails fast instead of filling the machine
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))

    env = {**os.environ, "NEWSREAD_CACHE_DIR": str(tmp_path / "cache")}
    args = [*command, device] if command == ["add"] else [*command, "-a", device]
    result = subprocess.run(
        [sys.executable, "-m", "newsread", *args, "--library", str(tmp_path / "lib")],
        capture_output=True,
        timeout=120,
        preexec_fn=cap_memory,
        env=env,
    )
    assert result.returncode == 2, result.stderr
    assert b"more than 20 MiB" in result.stderr and result.stderr.count(b"\n") == 1
    assert result.stdout == b"" and not (tmp_path / "lib").exists()


def test_an_oversized_stdin_never_claims_a_wrong_size(runner, monkeypatch):
    monkeypatch.setattr("newsread.article.MAX_BYTES", 2**20)
    monkeypatch.setattr("newsread.library.MAX_BYTES", 2**20)
    result = runner.invoke(app, ["show", "-a", "-"], input="# Big\n\n" + "word " * 600_000)
    assert result.exit_code == 2
    assert result.stderr == "newsread: -: is more than 1 MiB, the limit for an article\n"


# -- the sanitizer itself ----------------------------------------------------------------


def test_sanitize_makes_controls_visible():
    assert sanitize("a\x1b[2Jb") == "a␛[2Jb"
    assert sanitize("x\u202ey") == "x<U+202E>y"
    assert sanitize("tab\tnew\nline") == "tab\tnew\nline"
    assert sanitize_line("tab\tnew\nline") == "tab new line"
    assert sanitize("\x9b31m") == "<U+009B>31m"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_sanitized_text_has_no_control_characters(text):
    clean = sanitize_line(text)
    assert not any(
        ord(c) < 0x20
        or 0x7F <= ord(c) <= 0x9F
        or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        for c in clean
    )
    assert json.loads(dumps_json(text)) == text
    assert not any(0x7F <= ord(c) <= 0x9F for c in dumps_json(text))


def _wait_until_blocked(pid: int) -> None:
    """Wait until the process sleeps on its read: a signal sent during start-up would find
    Python's handler not yet installed on a busy machine. On Linux the process is blocked
    once it sleeps and its CPU time stops growing; elsewhere a generous pause serves."""
    import time
    from pathlib import Path

    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        time.sleep(3.0)
        return
    last, still = -1, 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and still < 3:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])  # utime + stime
        still = still + 1 if fields[0] == "S" and ticks == last else 0
        last = ticks
        time.sleep(0.2)


def test_ctrl_c_exits_130_without_a_traceback():
    import signal
    import subprocess
    import sys

    # Reading an article from a pipe that never ends: the process waits until interrupted.
    process = subprocess.Popen(
        [sys.executable, "-m", "newsread", "show", "-a", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_until_blocked(process.pid)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130
    assert b"Traceback" not in err and out == b""


def test_link_targets_cannot_inject_styles_or_escapes(runner, tmp_path):
    article = tmp_path / "links.md"
    article.write_text(
        '---\nurl: "https://x.org/a bold red"\n---\n# T\n\n'
        "[click](https://e.org/\x1b]0;pwn\x07) [js](javascript:alert(1)) "
        "[ok](https://ok.org/p?q=1).\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["show", "-a", str(article), "--format", "rich", "--color", "always", "--no-pager"]
    )
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "\x1b]0;" not in out and "\x07" not in out
    assert "\x1b]8;id=" in out and ";https://ok.org/p?q=1\x1b\\" in out  # a real link works
    assert "javascript:" not in out  # shown as text only, never as a link target
    assert "\x1b[1;31m" not in out and "\x1b[31m" not in out  # "bold red" is not a style
