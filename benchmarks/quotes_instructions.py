"""Instructions the quote engine executes for one warm pass over a sample of the BBC corpus.

Usage: .venv/bin/python benchmarks/quotes_instructions.py [SRC]

Wall-clock speed on a shared machine drifts by a few per cent between runs, more than
one rule costs; the count of instructions does not. The script runs itself twice under
valgrind's callgrind (about 80 s each): both runs parse every eighth article of
`../shared/corpus/bbc/` and extract its quotes once to fill the word caches, then one
run extracts once more and the other twice. The difference is one warm pass. SRC (a
`src` folder, say of another commit checked out with `git archive`) is put first on
the import path, to compare two trees. Needs valgrind and `../shared`; says so and
stops otherwise.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc"


def _passes(src: str, passes: int) -> None:
    """The measured run: warm the caches, then `passes` more passes."""
    sys.path.insert(0, src)
    from newsread.article import parse_article
    from newsread.quotes import extract_quotes

    files = sorted(CORPUS.glob("*.md"))[::8]
    articles = [parse_article(f.read_text(encoding="utf-8", errors="replace")) for f in files]
    for _ in range(passes + 1):
        for article in articles:
            extract_quotes(article)


def _count(src: str, passes: int) -> int:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    command += [sys.executable, __file__, "--passes", str(passes), src]
    # A fixed hash seed: sets and dicts of strings are then laid out alike on every run
    # (with a random one the count drifts by a few tenths of a per cent).
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    run = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise SystemExit("callgrind printed no count")
    return int(found.group(1))


def main() -> None:
    if sys.argv[1:2] == ["--passes"]:
        _passes(sys.argv[3], int(sys.argv[2]))
        return
    src = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parents[1] / "src")
    if shutil.which("valgrind") is None or not CORPUS.is_dir():
        print("needs valgrind and ../shared/corpus/bbc: skipped", file=sys.stderr)
        return
    # Compiled first: else the first run writes the bytecode of files changed since the
    # last run and the second reads it, and the difference undercounts by a tenth.
    subprocess.run([sys.executable, "-m", "compileall", "-q", src], check=True)
    one, two = _count(src, 1), _count(src, 2)
    print(f"{src}: {two - one:,} instructions for one warm pass over {CORPUS} (every eighth)")


if __name__ == "__main__":
    main()
