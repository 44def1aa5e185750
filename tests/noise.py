"""Pieces Hypothesis strings articles from: the shapes the parser and the quote engine
read. The test suite's properties and benchmarks/fuzz.py (the long run) draw on the same
lists, so the long run covers at least what the suite does."""

from __future__ import annotations

#: Markdown layout: headings, bylines, links, embeds, escapes, quotation marks, dates.
MARKDOWN_PIECES = [
    "# ",
    "## ",
    "By ",
    "**",
    "*",
    "[",
    "](#)",
    "](http://a.b)",
    "\\_",
    "\n",
    "\n\n",
    "“",
    '"',
    "**Embed:**",
    "— A (@b) July 2, 2022",
    "Original url:",
    "<https://x.y>",
    "July 4, 2022",
    "word ",
]

#: What the speaker rules read: coordination, ages, honours, abbreviations, labels.
SPEAKER_SHAPES = [
    " and said ",
    " but added ",
    ", 57, ",
    " QC",
    "Mr ",
    "'s ",
    " (TR)",
    "the Dutchman",
    " for calling ",
    "Asked if ",
    " “Dodong” ",  # a nickname inside a name, cut out and put back
    ' "Bee" ',
    " (D-Mont.)",  # a party's tag, blanked
    " (R-Ga.), ",
    ", in his words, ",
    "I asked ",
    "- ",  # a list item's mark
    "KARACHI: ",
    "Zoom out: ",
]
