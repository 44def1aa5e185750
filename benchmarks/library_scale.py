"""How list, search --all and quotes --all grow with the library, cold and warm.

Usage: .venv/bin/python benchmarks/library_scale.py [--corpus DIR] [--sizes 10,100,1000,2225]

Builds libraries of the first N articles of ../shared/corpus/bbc/ (symbolic links in a
temporary folder), then times each command as a fresh process: cold (empty cache, so
every file is parsed and indexed) and warm (the median of 5 runs with the cache in
place). Peak memory is the child's maximum resident set size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
COMMANDS = {
    "list": ["list"],
    "search --all": ["search", "--all", "election"],
    "quotes --all --speaker": ["quotes", "--all", "--speaker", "Blair"],
}


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one fresh process."""
    runner = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "e = time.perf_counter() - t\n"
        "print(e, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", runner, *argv], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), int(out[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="10,100,1000,2225")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"no corpus at {args.corpus}")
    files = sorted(args.corpus.glob("*.md"))
    newsread = [sys.executable, "-m", "newsread"]
    print(f"{'articles':>8}  {'command':<24}{'cold s':>8}{'warm s':>8}{'peak MiB':>10}")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as work:
            library = Path(work) / "library"
            library.mkdir()
            for path in files[:size]:
                os.symlink(path, library / path.name)
            env = {**os.environ, "NEWSREAD_CACHE_DIR": str(Path(work) / "cache")}
            for name, command in COMMANDS.items():
                argv = [*newsread, *command, "--library", str(library)]
                for cache in Path(work).glob("cache/*"):
                    cache.unlink()
                cold, _ = _run(argv, env)
                warm_runs = [_run(argv, env) for _ in range(5)]
                warm = statistics.median(t for t, _ in warm_runs)
                peak = max(m for _, m in warm_runs) / 1024
                print(f"{size:>8}  {name:<24}{cold:>8.2f}{warm:>8.2f}{peak:>10.1f}")


if __name__ == "__main__":
    main()
