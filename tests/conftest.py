"""Shared fixtures: a pinned terminal, the stored article, and the CLI runner."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsread.cli.common import Color, settings

REPO = Path(__file__).resolve().parent.parent
STORED = REPO / "articles" / "putin-orders-advance-lysychansk.md"
STORED_SHA256 = "1054ebd9ce55172d3ebb1ea5471c9227f3d58c529c03919a8a1de71df8500025"
SHARED = REPO.parent / "shared"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a clean skip where it is absent (e.g. a fresh clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture(autouse=True)
def _pinned_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Same output everywhere: fixed width, no colour overrides, no pager, global options reset,
    and a cache folder of the test's own (the user's real cache is never touched)."""
    monkeypatch.setenv("NEWSREAD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "40")
    monkeypatch.setenv("TERM", "xterm-256color")
    for name in ("NO_COLOR", "FORCE_COLOR", "NEWSREAD_LIBRARY", "PAGER"):
        monkeypatch.delenv(name, raising=False)
    settings.color = Color.auto
    settings.library = None
    yield
    settings.color = Color.auto
    settings.library = None


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """An empty library folder of the test's own."""
    folder = tmp_path / "library"
    folder.mkdir()
    return folder
