"""The package's own source: each module-level name defined once.

A word list defined twice under one name silently replaces the first for every rule
that reads it (ruff reports redefined functions and imports, not constants)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsread

SOURCE = Path(newsread.__file__).parent


def _defined(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Assign):
        return [target.id for target in node.targets if isinstance(target, ast.Name)]
    if isinstance(node, ast.AnnAssign) and node.value is not None:
        return [node.target.id] if isinstance(node.target, ast.Name) else []
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    return []


@pytest.mark.parametrize(
    "path", sorted(SOURCE.rglob("*.py")), ids=lambda path: str(path.relative_to(SOURCE))
)
def test_no_module_level_name_is_defined_twice(path: Path) -> None:
    seen: set[str] = set()
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        for name in _defined(node):
            if name in seen:
                twice.append(name)
            seen.add(name)
    assert twice == []


def test_a_name_defined_twice_is_found() -> None:
    tree = ast.parse("A = 1\ndef f(): pass\nA = 2\n")
    names = [name for node in tree.body for name in _defined(node)]
    assert names == ["A", "f", "A"]
