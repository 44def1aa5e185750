"""Start-up and response time of every command on one article, piped and on a terminal.

Usage: .venv/bin/python benchmarks/startup.py [--runs N] [--importtime]

Each command runs N times (default 21) as a fresh process, warm (after one untimed run,
with bytecode caching on even where PYTHONDONTWRITEBYTECODE is set); the median wall time is
printed next to a bare `python -c pass` and as a ratio to it. On a terminal means
stdout is a pseudo-terminal (styled Rich output, no pager). `--importtime` also prints
the 15 slowest imports (cumulative) of the slowest command, from `python -X importtime`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = str(ROOT / "articles" / "putin-orders-advance-lysychansk.md")
NEWSREAD = [sys.executable, "-m", "newsread"]
COMMANDS = {
    "--version": ["--version"],
    "show": ["show", "-a", ARTICLE, "--no-pager"],
    "quotes": ["quotes", "-a", ARTICLE],
    "search": ["search", "-a", ARTICLE, "Siversk"],
    "cite": ["cite", "-a", ARTICLE, "--style", "apa"],
}


#: The floor any Typer CLI pays: import Typer, build a one-command app, run it.
BARE_TYPER = (
    "import typer\n"
    "app = typer.Typer()\n"
    "@app.command()\n"
    "def show(a: str = 'x') -> None:\n"
    "    print(a)\n"
    "@app.command()\n"
    "def other() -> None: ...\n"
    "app(['show'])\n"
)


def _time(argv: list[str], *, tty: bool, runs: int) -> float:
    samples = []
    env = {**os.environ, "NEWSREAD_CACHE_DIR": str(ROOT / ".bench-cache"), "PAGER": "cat"}
    env.pop("NO_COLOR", None)
    # Warm, as installed: bytecode is cached (a pip install compiles it), so the first,
    # untimed run writes any missing .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    for _ in range(runs):
        if tty:
            primary, secondary = os.openpty()
            start = time.perf_counter()
            process = subprocess.Popen(argv, stdout=secondary, stderr=subprocess.DEVNULL, env=env)
            os.close(secondary)
            while True:  # drain the terminal so the child never blocks on a full buffer
                try:
                    if not os.read(primary, 65536):
                        break
                except OSError:
                    break
            process.wait()
            elapsed = time.perf_counter() - start
            os.close(primary)
        else:
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            elapsed = time.perf_counter() - start
        samples.append(elapsed)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--importtime", action="store_true")
    args = parser.parse_args()

    base = _time([sys.executable, "-c", "pass"], tty=False, runs=args.runs)
    print(f"python -c pass: {base * 1000:.1f} ms (median of {args.runs})")
    floor = _time([sys.executable, "-c", BARE_TYPER], tty=False, runs=args.runs)
    print(f"bare Typer app, one command: {floor * 1000:.1f} ms ({floor / base:.1f}x)")
    print(f"{'command':<12}{'piped ms':>10}{'ratio':>8}{'tty ms':>10}{'ratio':>8}")
    slowest = ("", 0.0)
    for name, extra in COMMANDS.items():
        piped = _time(NEWSREAD + extra, tty=False, runs=args.runs)
        tty = _time(NEWSREAD + extra, tty=True, runs=args.runs)
        print(
            f"{name:<12}{piped * 1000:>10.1f}{piped / base:>8.1f}"
            f"{tty * 1000:>10.1f}{tty / base:>8.1f}"
        )
        if tty > slowest[1]:
            slowest = (name, tty)
    if args.importtime:
        name = slowest[0]
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "newsread", *COMMANDS[name]],
            capture_output=True,
            text=True,
        )
        rows = [line.split("|") for line in result.stderr.splitlines() if "|" in line][1:]
        rows.sort(key=lambda r: int(r[1]), reverse=True)
        print(f"\nslowest imports of `newsread {' '.join(COMMANDS[name][:1])}` (cumulative µs):")
        for row in rows[:15]:
            print(f"{row[1].strip():>10}  {row[2].rstrip()}")


if __name__ == "__main__":
    main()
