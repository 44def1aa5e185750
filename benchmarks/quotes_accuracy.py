"""Quote accuracy on the hand-annotated evaluation set, scored by its own scorer.

    .venv/bin/python benchmarks/quotes_accuracy.py [GOLD] [--out PREDS] [--kinds direct,partial]

GOLD defaults to ../shared/eval/quotes-dev (relative to the repository). Each gold
article's `text` is parsed as it is (Markdown when it starts with a `#` title, plain
paragraphs otherwise), every quote is located back in that raw text so the scorer
compares spans, and ../shared/eval/score_quotes.py prints precision, recall and F1.

GOLD may instead be an annotation file such as benchmarks/data/bbc_quotes.jsonl: spans
and speakers for articles of ../shared/corpus, whose texts are read from there (the
project keeps no article text), then scored the same way.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from newsread.article import CHARACTER_REFERENCE, parse_article, reference_character
from newsread.quotes import Quote, extract_quotes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "quotes-dev"
_DQ = set('"“”„‟〝〞«»')
_SQ = set("‘’‚‛`")


#: Link syntax and emphasis; a bracket that opens no link ("[W]e", "[if they are]") is text.
_MARKUP = re.compile(r"\]\([^)\s]*\)|\[(?=[^\]\n]*\]\()|\*")


def _normalised(text: str, markup: bool = False) -> tuple[str, list[int], list[int]]:
    """Text without whitespace and with one kind of quotation mark, and where each of
    its characters starts and ends in `text`.

    With `markup`, Markdown emphasis and link syntax are skipped too, and character
    references read as their characters ("&#233;" as "é"): the parsed paragraphs have
    lost them, the raw gold text still has them.
    """
    skip: set[int] = set()
    references: dict[int, tuple[int, str]] = {}
    if markup:
        for match in _MARKUP.finditer(text):
            skip.update(range(match.start(), match.end()))
        for match in CHARACTER_REFERENCE.finditer(text):  # as the Markdown reader reads them
            references[match.start()] = (match.end(), reference_character(match.group(0)))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        ch, end = text[i], i + 1
        if i in references:
            end, ch = references[i]
        if not ch.isspace() and i not in skip:
            out.append('"' if ch in _DQ else "'" if ch in _SQ else ch)
            starts.append(i)
            ends.append(end)
        i = end
    return "".join(out), starts, ends


class Locator:
    """Finds paragraph and quote texts in the raw article, moving forward only."""

    def __init__(self, raw: str) -> None:
        self.norm, self.starts, self.ends = _normalised(raw, markup=True)
        self.cursor = 0

    def find(self, text: str, context: str, start: int) -> tuple[int, int] | None:
        """The quote's raw span; `context` (the paragraph text just before it) picks the
        right one of several equal texts, such as a word quoted twice."""
        needle = _normalised(text)[0]
        if not needle:
            return None
        before = _normalised(context)[0]
        at = self.norm.find(before + needle, start) if before else -1
        at = at + len(before) if at >= 0 else self.norm.find(needle, start)
        if at < 0:
            return None
        return self.starts[at], self.ends[at + len(needle) - 1]

    def paragraph(self, text: str) -> int:
        """Normalised position where this paragraph starts (best effort)."""
        for size in (40, 15):
            needle = _normalised(text[:size])[0]
            at = self.norm.find(needle, self.cursor)
            if needle and at >= 0:
                self.cursor = at
                return at
        return self.cursor


def predictions(gold: dict[str, object], kinds: set[str]) -> list[dict[str, object]]:
    raw = str(gold["text"])
    article = parse_article(raw, plain=not raw.lstrip().startswith("#"))
    quotes = [q for q in extract_quotes(article) if q.kind in kinds]
    by_paragraph: dict[int, list[Quote]] = {}
    for quote in quotes:
        by_paragraph.setdefault(quote.paragraph, []).append(quote)
    locator = Locator(raw)
    preds: list[dict[str, object]] = []
    for paragraph in article.paragraphs:
        start = locator.paragraph(paragraph.text)
        for quote in by_paragraph.get(paragraph.number, []):
            pred: dict[str, object] = {
                "text": quote.text,
                "speaker": quote.speaker,
                "kind": quote.kind,
            }
            context = paragraph.text[max(0, quote.start - 24) : quote.start]
            found = locator.find(quote.text, context, start)
            if found:
                pred["start"], pred["end"] = found
            preds.append(pred)
    return preds


def materialise(annotations: Path, into: Path) -> None:
    """Gold files in the evaluation set's layout, texts read from ../shared/corpus."""
    corpus = ROOT.parent / "shared" / "corpus"
    for line in annotations.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = (corpus / record["file"]).read_text(encoding="utf-8")
        if hashlib.sha256(text.encode()).hexdigest()[: len(record["sha256"])] != record["sha256"]:
            sys.exit(f"{record['file']} is not the text that was annotated")
        gold: dict[str, object] = {"id": "bbc-" + Path(record["file"]).stem, "text": text}
        for key in ("quotes", "partial_quotes", "scare_or_other"):
            gold[key] = [
                {**item, "text": text[item["start"] : item["end"]]} for item in record[key]
            ]
        (into / f"{gold['id']}.json").write_text(json.dumps(gold), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    parser.add_argument("--out", help="where to write predictions JSONL (default: a temp file)")
    parser.add_argument("--kinds", default="direct,partial")
    args = parser.parse_args()
    gold_dir = Path(args.gold)
    scorer = gold_dir.parent / "score_quotes.py"
    group = "hand"
    if gold_dir.suffix == ".jsonl" and gold_dir.is_file():
        scorer, group = DEFAULT_GOLD.parent / "score_quotes.py", "bbc"
        gold_dir = Path(tempfile.mkdtemp(prefix="gold-"))
        materialise(Path(args.gold), gold_dir)
    if not gold_dir.is_dir() or not scorer.exists():
        sys.exit(f"no evaluation set at {gold_dir} (with score_quotes.py beside it)")
    kinds = set(args.kinds.split(","))
    out = Path(args.out) if args.out else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as handle:
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            record = {"id": gold["id"], "preds": predictions(gold, kinds)}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"predictions: {out}")
    subprocess.run([sys.executable, str(scorer), str(gold_dir), str(out)], check=True)
    # The scorer's default groups leave out the hand-annotated articles; print them too.
    subprocess.run([sys.executable, str(scorer), str(gold_dir), str(out), group], check=True)


if __name__ == "__main__":
    main()
