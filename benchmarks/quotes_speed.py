"""Quote-engine speed over the BBC corpus: articles per second and peak memory.

    .venv/bin/python benchmarks/quotes_speed.py [CORPUS_DIR] [--repeat N]

CORPUS_DIR defaults to ../shared/corpus/bbc. Articles are read and parsed first, then
`extract_quotes` alone is timed on one core (best of N passes), so the figure is the
engine's own; parse time is printed apart. Worst cases follow: single paragraphs of
half a megabyte and more (unbalanced quotation marks, one endless sentence of cues,
capitals before a bracket, runs of possessives), each of which must finish in about a
second, linear in its length.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

from newsread.article import load_article, parse_article
from newsread.errors import ArticleError
from newsread.quotes import extract_quotes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"


_LETTERS = "ABCDEFGHIJKLMNOPQRST"


def _stems(last: str = _LETTERS) -> list[str]:
    """Distinct capitalised stems for made-up names ("Aaa", "Aab", …): 8,000 by default."""
    return [f"{a}{b.lower()}{c.lower()}" for a in _LETTERS for b in _LETTERS for c in last]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = sorted(Path(args.corpus).glob("*.md"))
    if not paths:
        raise SystemExit(f"no .md articles in {args.corpus}")
    began = time.perf_counter()
    articles = [load_article(path) for path in paths]
    parse_seconds = time.perf_counter() - began
    best = float("inf")
    first = 0.0
    count = 0
    for index in range(args.repeat):
        began = time.perf_counter()
        count = sum(len(extract_quotes(article)) for article in articles)
        elapsed = time.perf_counter() - began
        first = elapsed if index == 0 else first
        best = min(best, elapsed)
    tracemalloc.start()
    for article in articles:
        extract_quotes(article)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{len(articles)} articles, {count} quotes")
    print(
        f"extract_quotes: {best:.3f} s = {len(articles) / best:,.0f} articles/s (best of "
        f"{args.repeat}); peak memory during extraction {peak / 2**20:.1f} MiB"
    )
    print(
        f"first pass (empty word caches, as for one article on the command line): "
        f"{first:.3f} s = {len(articles) / first:,.0f} articles/s"
    )
    print(f"load_article (not the engine): {parse_seconds:.3f} s")
    for label, markdown in PARSE_WORST_CASES:
        began = time.perf_counter()
        try:
            parse_article(markdown)
            outcome = "read"
        except ArticleError:
            outcome = "refused"  # front matter that is no metadata: one error line
        seconds = time.perf_counter() - began
        print(f"parse: {label} ({len(markdown) / 1e6:.1f} MB): {seconds:.3f} s, {outcome}")
    for label, paragraph in WORST_CASES:
        worst = parse_article(paragraph, plain=True)
        began = time.perf_counter()
        quotes = extract_quotes(worst)
        print(
            f"{label} ({len(paragraph) / 1e6:.1f} MB): {time.perf_counter() - began:.3f} s, "
            f"{len(quotes)} quotes"
        )


#: Markdown built so that the parser's repairs or block rules would cost the square of
#: its length if they could: paragraphs split mid-sentence 200,000 times (each join once
#: copied the whole text joined so far: 20,000 took 8 s), and a rule breaking into a
#: paragraph 100,000 times.
PARSE_WORST_CASES = [
    ("200,000 paragraphs to join", "text\n\n" * 200_000),
    ("100,000 rules inside one block", "text\n***\n" * 100_000),
    ("50,000 headings between paragraphs", "## h\n\nword\n\n" * 50_000),
    # Front matter: an unclosed flow list over 50,000 lines (each line once re-read the
    # list so far: 4,000 lines took 24 s), and values nested 3,000 deep (each level a call
    # of its own on the lines below it: half a minute, then a stack overflow).
    (
        "an unclosed list over 50,000 lines",
        "---\nauthors: [Ann Lee,\n" + "  Bo Chen,\n" * 50_000 + "---\n\nBody.\n",
    ),
    (
        "a list nested 3,000 deep",
        "---\nauthors:\n" + "".join("  " * (i + 1) + "-\n" for i in range(3000)) + "---\n\nB.\n",
    ),
    ("brackets nested 3,000 deep", "---\nauthors: " + "[" * 3000 + "]" * 3000 + "\n---\n\nB.\n"),
]


#: One paragraph each, built to make a rule that reads back to the sentence start, a
#: backwards name scan or a name-run walk cost the square of the length if it could.
WORST_CASES = [
    ("unbalanced quotation marks", 'He said "' + 'a "b ' * 200_000),
    (
        "one sentence of 'she called \"…\" and'",
        'Ann Lee quit over what she called "x" and ' * 20_000,
    ),
    ("capitals before a bracket", "Ab" * 200_000 + ' (X) "hi there you" said Bob.'),
    ("a run of possessives", "Ann's " * 100_000 + 'said "hello there you".'),
    ("a run of 'Name of'", "Ann Lee of " * 50_000 + 'Bob said "hello there you".'),
    # The rules added with the blind-annotated sets: appositive introductions, lower-case
    # roles, bare abbreviations, organisations opening sentences, and a he/she that
    # looks back into the previous paragraph's last sentence, quote after quote.
    ("a run of 'Name, an analyst,'", "Ann Lee, an analyst at Acme, " * 25_000 + 'he said "hi".'),
    (
        "a run of lower-case roles",
        "said minister Ann Lee and " * 30_000 + 'the minister said "hi".',
    ),
    (
        "many bare abbreviations and one-word openers",
        " ".join(
            f'The {a}{b}{c} said "x y z". {a}{b}{c.lower()}ix plans more.'
            for a in _LETTERS
            for b in _LETTERS
            for c in _LETTERS
        ),
    ),
    (
        "many people introduced, each then 'he said'",
        " ".join(
            f'Ann {stem}ley, an analyst, spoke. "We won," he said. Lord {stem}ley agreed.'
            for stem in _stems()
        ),
    ),
    (
        "a long paragraph, then he said, quote after quote",
        "Ann Lee, an analyst, spoke. " * 30_000 + "\n\n" + '"A b c," he said, ' * 10_000,
    ),
    # No capital after the full stops, so the paragraph is one sentence: every quote in
    # it once sliced the text back to the sentence's (or the paragraph's) start.
    ("one sentence of quotes said by Bob", 'word "quoted thing," said Bob. ' * 32_000),
    # Modifiers before a name are dropped one by one from the front of a run; a run of
    # them once cost the square of its length.
    ("a run of 'Oscar-nominated'", "Oscar-nominated " * 60_000 + 'said "hello there you".'),
    ("a run of 'Americans'", "Americans " * 100_000 + 'said "hello there you".'),
    # Each "the report said" once read its whole paragraph for who issued the report:
    # 0.5 MB of them took ten minutes. A paragraph is now read once per noun.
    (
        "one paragraph of 'the report said'",
        'Growth slowed in its new report. "We won," the report said. ' * 16_000,
    ),
    # One long word of capitals: each capital once started a match that ran to the word's
    # end ("who issued the report", "also known as"), 20 KB took seconds.
    (
        "one word of capitals, then 'the report said'",
        "Ab" * 200_000 + ' "We won," the report said.',
    ),
    (
        "one word of capitals, then 'known as'",
        "Ab" * 200_000 + ' known as Bob. "We won," Bob said.',
    ),
    # Per paragraph, what each "the report said" reads must not grow with the article.
    (
        "'the report said' in 20,000 paragraphs",
        "\n\n".join(['Growth slowed. "We won," the report said.'] * 20_000),
    ),
    # Quotes run together, none closed: whether a quote joins the run was once decided
    # by reading every quote before it in the paragraph.
    ("one paragraph of unclosed quotes run together", '"Word one two. ' * 60_000),
    (
        "one paragraph of offices and their holders",
        '"We won," the Archbishop of Canterbury said. ' * 20_000,
    ),
    # Thousands of people whose names are short words: each was once compared with every
    # other name for a shortened form ("Lib Dems"), 0.3 MB took a minute.
    (
        "many short names, each then 'The Swiss star is'",
        " ".join(
            f'Ann {stem} won. The Swiss star is great. "Good," she said.' for stem in _stems()
        ),
    ),
    # Many different one-word names after "the" ("the Fed said"), each a speaker to name.
    (
        "many one-word names after 'the'",
        " ".join(f'The {stem} said it was "fine".' for stem in _stems()),
    ),
    # A thing that cannot speak sends the quote to an earlier verb's subject, once.
    ("one sentence of 'talks revealed'", "Carl Wills said " + 'talks revealed "x y" and ' * 30_000),
    # Thousands of people sharing a surname: each full name was once looked up among
    # every name ending so (8,000 Lees, 0.3 MB: 2.6 s, and four times that at twice it).
    (
        "8,000 people sharing one surname",
        " ".join(f'{stem}ina Lee, an analyst, said: "We are ready now."' for stem in _stems()),
    ),
    # A "he" no speaker fits, at every quote of one long paragraph: the last person a
    # title made a man was once looked for by reading the paragraph back to its start
    # (8,000 quotes, 0.1 MB: 26 s) until session 20.
    (
        "'he said' after only a titled woman, 8,000 times",
        "Mrs Ann Lee spoke. " + '"Yes," she said. "No," he said. ' * 4_000,
    ),
    # Whether a paragraph says "in a statement" is read once per paragraph: at every
    # "the statement said" it was read whole (10,000, 0.3 MB: 92 s) until session 20.
    (
        "'the statement said' 10,000 times after a body spoke",
        "The Ministry of Works said so.\n\nIn a reply, X. "
        + '"Yes," the statement said. ' * 10_000,
    ),
    # Found by a helper session hunting quadratic paths (session 20), each now linear:
    # "Ms Lee" among 1,000 Lees was weighed anew at every quote (220 KB: 88 s); …
    (
        "'Ms Lee said' among 2,000 Lees",
        "".join(
            f'{stem}ina Lee, an analyst, spoke. "Yes," Ms Lee said. ' for stem in _stems("ABCDE")
        ),
    ),
    # Session 21: "M. Lee" (Monsieur, where "M. Ann Lee" is written too) walks the Lees
    # once per distinct name, not once per quote.
    (
        "'M. Lee said' among 2,000 Lees",
        "Mme Odile Roy came. "
        + "".join(f"{stem}o Lee farms. " for stem in _stems("ABCDE"))
        + '"We wait," said M. Lee. ' * 50,
    ),
    # … the person before each "married" was read from the paragraph's start; …
    (
        "16,000 'She married' in one paragraph",
        "She married Alan Lee. " * 16_000 + '"Yes," her husband said.',
    ),
    # … "the CEO" counted its word over every paragraph before, and "the coach" walked
    # every coach named from the start.
    ("'the CEO said' in 8,000 paragraphs", "\n\n".join(['"We won," the CEO said.'] * 8_000)),
    ("8,000 'the coach said'", 'He met coach Ann Lee. "Yes," the coach said. ' * 8_000),
    # Double and single quotations in one paragraph were compared pair by pair, and an
    # unclosed single mark copied the paragraph before it each time.
    ("8,000 double and single quotations", "She said “yes” and ‘no’. " * 8_000),
    ("80,000 unclosed single marks", "'Ab. " * 80_000),
    # Thousands of distinct names sharing their last two words: the index by last two
    # words did not narrow them (8,000: 3.6 s) until the last three were indexed too.
    (
        "8,000 people sharing 'Ann Lee'",
        " ".join(f'"We are ready now," said {stem}son Ann Lee.' for stem in _stems()),
    ),
    # A pronoun after a closing mark looks back for the opening one, within reach only.
    ("'she said' after 20,000 straight quotes", "Ann Lee spoke. " + '"Yes," she said. ' * 20_000),
    # Spaces between two quotations of one sentence: the pattern joining one speaker's
    # fragments read a run of them quadratically (20,000: 9.2 s) until session 17.
    (
        "100,000 spaces between two quotations",
        'Lee said it was "bad"' + " \u00a0" * 50_000 + ' x "worse".',
    ),
    # Guillemets and curly marks nest in each other: each mark inside an open quotation
    # looks for its own closing mark and the outer one's, by bisection, never by a scan.
    ("guillemets with 200,000 curly marks inside", "«a „b “c " * 100_000 + "»"),
    # Each uncued quotation of one long sentence read the sentence from its start, for a
    # topic put to someone ("On whether …:"): 40,000 took 3.2 s, 80,000 took 20 s.
    ("50,000 quotations nested in one sentence", "«a „b“ c» " * 50_000),
    # A name listing portfolios with commas ("Department for Food, Water and …") was
    # first looked for with an unbounded list: 20,000 capitalised items took 200 s.
    ("a cue after 20,000 comma-listed capitalised words", "Aa Bb, " * 20_000 + 'said "Go."'),
    # A titled surname a few people share looks at each one's titles: read once, into an
    # index, not once per quote.
    (
        "'Dr. Lee said' 8,000 times among 8,000 titled names",
        " ".join(f"Dr {stem} Lee spoke." for stem in _stems()[:12])
        + " "
        + " ".join(f"Chief {stem} Lee{stem.lower()} spoke." for stem in _stems())
        + ' "Yes," Dr. Lee said.' * 8_000,
    ),
]


if __name__ == "__main__":
    main()
