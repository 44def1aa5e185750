"""Citations of made-up articles against answers written from the style guides alone.

Usage: .venv/bin/python benchmarks/citations_blind.py [--errors] [FOLDER]

`benchmarks/data/citations_blind` holds 30 articles (`nNN.md`: front matter and a short
body) and `expected.tsv`: for each article and form (apa, mla, chicago-bib,
chicago-note, apa-intext, mla-intext) the citation a helper session wrote from APA 7,
MLA 9 and the Chicago Manual without running newsread or reading its source, with the
rule behind it ("debatable" where the guides leave room). `citations_blind2` to
`citations_blind5` are further such sets of 20 articles each, given as FOLDER. Prints,
per form, how many newsread gives to the character (plain text: italics are not
compared).
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from newsread.article import load_article
from newsread.cite import cite, to_plain

DATA = Path(__file__).resolve().parent / "data" / "citations_blind"
_MARKS = str.maketrans("“”‘’", "\"\"''")
#: Each form of the answer file as `cite` arguments.
FORMS: dict[str, tuple[str, dict[str, object]]] = {
    "apa": ("apa", {}),
    "mla": ("mla", {}),
    "chicago-bib": ("chicago", {}),
    "chicago-note": ("chicago", {"form": "note"}),
    "apa-intext": ("apa", {"in_text": True}),
    "mla-intext": ("mla", {"in_text": True}),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print each difference")
    parser.add_argument("folder", nargs="?", type=Path, default=DATA)
    args = parser.parse_args()
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    with open(args.folder / "expected.tsv", encoding="utf-8", newline="") as answers:
        for row in csv.DictReader(answers, delimiter="\t", quoting=csv.QUOTE_NONE):
            style, options = FORMS[row["style"]]
            name = row["file"] if row["file"].endswith(".md") else f"{row['file']}.md"
            article = load_article(args.folder / name)
            got = to_plain(cite(article, style, **options))  # type: ignore[arg-type]
            total[row["style"]] += 1
            # (The second set's answers write straight quotation marks.)
            if got.translate(_MARKS) == row["expected"].translate(_MARKS):
                right[row["style"]] += 1
            elif args.errors:
                print(f"{row['file']} {row['style']}\n  want {row['expected']}\n  got  {got}")
                print(f"  rule {row['rule']}")
    for form in FORMS:
        print(f"{form}: {right[form]} of {total[form]}")
    print(f"all: {sum(right.values())} of {sum(total.values())}")


if __name__ == "__main__":
    main()
