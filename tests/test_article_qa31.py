"""Article files a black-box tester found refused or misread (QA round 31): YAML front
matter in the shapes other tools write, bylines with posts and dates, captions, dates."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsread.article import byline_names, parse_article
from newsread.cli import app
from newsread.dates import parse_date
from newsread.errors import ArticleError
from newsread.names import parse_name


def front(yaml: str, body: str = "# Heading\n\nBody.\n") -> str:
    return f"---\n{yaml}\n---\n{body}"


# -- 1. valid YAML front matter ---------------------------------------------------------


@pytest.mark.parametrize(
    "unused",
    [
        "cover:\n  image: x.jpg\n  alt: A photo",  # a map
        "contributors:\n  - name: Cy Dee\n    role: photos\n  - name: Di Eng",  # maps listed
        "summary: >\n  Folded text\n  over lines.",
        "notes: |-\n  key: value inside text\n  - and a dash",
        "tags: [a,\n  b] # two",
        "og:title: Another title",  # a colon in the key
        "Published Date: sometime",  # a key of two words
        "quoted: 'it''s\n  continued'",
        "weights: {a: 1, b: [2, 3]}",
    ],
)
def test_keys_newsread_does_not_use_are_skipped_whatever_they_hold(unused):
    article = parse_article(front(f"title: T\n{unused}\nauthors: [Ann Lee]"))
    assert (article.title, article.authors) == ("T", ["Ann Lee"])


@pytest.mark.parametrize(
    ("yaml", "title"),
    [
        ("title: |\n  Literal title", "Literal title"),
        ("title: >\n  Folded\n  title", "Folded title"),
        ("title: >-\n  Stripped\n  title\n\n", "Stripped title"),
        ("title: |+\n  Kept\n\n", "Kept"),  # a block's last line breaks: metadata is one line
        ("title: |2\n   Indented\n  text", " Indented\ntext"),
        ("title: A long title\n  continued here", "A long title continued here"),
        ("title:\n  On the next line", "On the next line"),
        ('title: "Quoted over\n  two lines"', "Quoted over two lines"),
        ("title: !!str Tagged", "Tagged"),
        ("'title': Quoted key", "Quoted key"),
    ],
)
def test_block_continued_and_quoted_scalars(yaml, title):
    assert parse_article(front(yaml)).title == title


@pytest.mark.parametrize(
    "yaml",
    [
        "authors: ['Ann Lee', 'Bo Chen'] # two authors",
        "authors: [Ann Lee,\n  Bo Chen]",
        "authors: [Ann Lee,\nBo Chen]",  # YAML lets a flow list go on at the margin
        "authors:\n  - name: Ann Lee\n  - name: Bo Chen",
        "author:\n  - name: Ann Lee\n    affiliation: MIT\n  - name: Bo Chen\n    affiliations:"
        "\n      - ref: x\n        weird: {a: [b]}",
        "author:\n  - name:\n      given: Ann\n      family: Lee\n  - family: Chen\n    given: Bo",
        "authors: [{name: Ann Lee}, {given: Bo, family: Chen}]",
        "authors:\n- Ann Lee  # lead\n- Bo Chen",
        "authors: |\n  Ann Lee\n  Bo Chen",
    ],
)
def test_author_lists_and_maps_give_the_names(yaml):
    assert parse_article(front(yaml)).authors == ["Ann Lee", "Bo Chen"]


@pytest.mark.parametrize(
    "nested",
    [
        "affiliations:\n      - University of Leeds",
        "affiliations:\n      - name: University of Leeds\n        city: Leeds",
        "roles:\n      - writing\n      - editing",
        "affiliations:\n    - University of Leeds",  # YAML's list at its key's indentation
        "affiliations: # where\n    - University of Leeds\n    email: ann@example.org",
    ],
)
def test_a_list_under_an_author_maps_key_is_no_author(nested):
    yaml = f"author:\n  - name: Ann Lee\n    {nested}"
    assert parse_article(front(yaml)).authors == ["Ann Lee"]
    assert parse_article(front(f"{yaml}\n  - name: Bo Chen")).authors == ["Ann Lee", "Bo Chen"]


@pytest.mark.parametrize(
    "yaml", ["author:\n  - name: Ann Lee\n   - Bo Chen", "author:\n- name: Ann Lee\n  - Bo Chen"]
)
def test_a_dash_left_of_an_author_maps_keys_is_the_next_author(yaml):
    """Not YAML, but read as the next item, as after a text item."""
    assert parse_article(front(yaml)).authors == ["Ann Lee", "Bo Chen"]


def test_one_author_map_gives_the_name():
    yaml = "author:\n  name: Ann Lee\n  email: ann@example.org"
    assert parse_article(front(yaml)).authors == ["Ann Lee"]


def test_what_was_read_before_is_read_the_same():
    """Not YAML, but loaded before: items indented unlike the first, a note inside a
    flow list, a leading "#" in a value."""
    article = parse_article(
        front("authors:\n  - Ann Lee\n- Bo Chen\n    - Cy Dee\ntitle: #1 hit\nkind: magazine")
    )
    assert article.authors == ["Ann Lee", "Bo Chen", "Cy Dee"]
    assert article.title == "#1 hit"
    assert parse_article(front("authors: [Ann Lee # lead, Bo Chen]")).authors == [
        "Ann Lee",
        "Bo Chen",
    ]


@pytest.mark.parametrize(
    ("yaml", "message"),
    [
        ("title: T\n\ttitle: X", r"line 3: a tab indents 'title: X' \(YAML indents with spaces"),
        ("\ttitle: X", "line 2: a tab indents"),
        ("cover: x\n\talt: y", "line 3: a tab indents"),
        ("  title: X", "line 2: 'title: X' is indented, but nothing above it"),
        ("title: T\n  title: X", "line 3: 'title: X' is indented under the value above it"),
        ("title: {main: X}", "title: expected one value, not a map"),
        ("authors: [a] b", "line 2: unexpected text after the closing ']'"),
        ("title: *alias", "line 2: an alias"),
        ("title: |x", "line 2: unsupported YAML value"),
    ],
)
def test_what_cannot_be_read_is_one_error_that_says_why(yaml, message):
    with pytest.raises(ArticleError, match=message):
        parse_article(front(yaml))


def test_a_library_lists_an_article_with_other_tools_front_matter(runner, library):
    (library / "quarto.md").write_text(
        front("title: Floods\nauthor:\n  - name: Ann Lee\n    affiliation: MIT\nformat:\n"
              "  html:\n    toc: true"),
        encoding="utf-8",
    )  # fmt: skip
    result = runner.invoke(app, ["list", "--library", str(library), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert (row["title"], row["authors"]) == ("Floods", ["Ann Lee"])


# -- 9. fences with trailing blanks -------------------------------------------------------


def test_a_fence_with_trailing_blanks_is_a_fence():
    article = parse_article("---   \ntitle: T\n--- \t\nBody.\n")
    assert (article.title, [p.text for p in article.paragraphs]) == ("T", ["Body."])


# -- 18. nulls, dates -------------------------------------------------------------------


@pytest.mark.parametrize("null", ["null", "~", "Null", "NULL", "null # none yet"])
def test_a_yaml_null_is_no_value(null):
    article = parse_article(front(f"title: T\npublished: {null}", "# T\n\nMarch 3, 2024\n\nB.\n"))
    assert article.published is None  # stated empty, as "published:" is
    assert [p.text for p in article.paragraphs] == ["March 3, 2024", "B."]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2023/03/05", dt.date(2023, 3, 5)),
        ("Mon, 06 Mar 2023 10:00:00 GMT", dt.date(2023, 3, 6)),
        ("Mon, 06 Mar 2023 10:00:00 +0100", dt.date(2023, 3, 6)),
        ("6 Mar 2023 10:00", dt.date(2023, 3, 6)),
    ],
)
def test_slashed_and_rfc_2822_dates(text, date):
    assert parse_date(text) == date
    assert parse_article(front(f"published: {text}")).published == date


@pytest.mark.parametrize(
    "text",
    [
        "2023-03-06 10:00:00 +0000",
        "2023-03-06 10:00:00 -05:00",
        "2023-03-06 10:00 Z",
        "2023-03-06 10:00:00 +0000 UTC",
    ],
)
def test_jekylls_date_with_time_and_offset(text):
    assert parse_date(text) == dt.date(2023, 3, 6)
    assert parse_article(front(f"date: {text}")).published == dt.date(2023, 3, 6)


def test_half_slashed_dates_are_no_dates():
    assert parse_date("2023/03-05") is None


# -- 8. front matter author values --------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "authors"),
    [
        ("By Ann Lee", ["Ann Lee"]),
        ("by Ann Lee and Bo Chen", ["Ann Lee", "Bo Chen"]),
        ("Ann Lee & Bo Chen", ["Ann Lee", "Bo Chen"]),
        ("Ann Lee & Reuters", ["Ann Lee", "Reuters"]),
        ("Johnson & Johnson", ["Johnson & Johnson"]),
        ("Procter & Gamble", ["Procter & Gamble"]),
        ("Marks & Spencer; Ann Lee", ["Marks & Spencer", "Ann Lee"]),
        ("Department of Health and Social Care", ["Department of Health and Social Care"]),
        ("Standby Team", ["Standby Team"]),
    ],
)
def test_author_values_split_as_bylines_are(value, authors):
    assert parse_article(front(f"author: {value}")).authors == authors


@pytest.mark.parametrize(
    ("name", "given", "family"),
    [
        ('Ann "Nan" Lee', "Ann", "Lee"),
        ("Ann “Nan” Lee", "Ann", "Lee"),
        ("Ann (Nan) Lee", "Ann", "Lee"),
        ("Ann St. John", "Ann", "St. John"),
        ("Ann St John", "Ann", "St John"),
        ("Yves Saint Laurent", "Yves", "Saint Laurent"),
    ],
)
def test_nicknames_and_saints_in_names(name, given, family):
    parsed = parse_name(name)
    assert (parsed.given, parsed.family) == (given, family)


def test_a_nickname_does_not_break_a_citation(runner, tmp_path):
    path = tmp_path / "a.md"
    path.write_text(front('title: T\nauthor: Ann "Nan" Lee\npublished: 2024-03-03'), "utf-8")
    result = runner.invoke(app, ["cite", "-a", str(path), "-s", "apa"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Lee, A. (2024, March 3).")


# -- 6. posts in bylines ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Ann Lee, Senior Reporter, The Times", ["Ann Lee"]),
        ("By Ann Lee, Health Editor, and Bo Chen, Science Editor", ["Ann Lee", "Bo Chen"]),
        ("By Ann Lee, Editor-at-Large", ["Ann Lee"]),
        ("By Ann Lee, Political Correspondent", ["Ann Lee"]),
        ("By Ann Lee, Health Editor, and Reuters Staff", ["Ann Lee", "Reuters Staff"]),
        # After "and" a part is an author, whatever its last word.
        ("By Ann Lee and Bo Writer", ["Ann Lee", "Bo Writer"]),
        ("By Ann Lee, Bo Chen and Cy Dee", ["Ann Lee", "Bo Chen", "Cy Dee"]),
        ("By the time it was over", None),
    ],
)
def test_posts_in_a_byline_are_no_authors(byline, authors):
    assert byline_names(byline) == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Ann Lee, Lagos", ["Ann Lee"]),
        ("By Ann Lee, Abuja, Nigeria", ["Ann Lee"]),
        ("By Ann Lee, Kano, and Bo Chen, Abuja", ["Ann Lee", "Bo Chen"]),
        # After "and" a single word is an author still; and "Lee, Ann" is as it was.
        ("By Ann Lee and Reuters", ["Ann Lee", "Reuters"]),
        ("By Lee, Ann", ["Lee", "Ann"]),
        # No name before the comma: nothing to go on from, and no error.
        ("By , Lagos", ["Lagos"]),
        # A suffix goes on with the name before it.
        ("By Ann Lee, Jr.", ["Ann Lee, Jr"]),
        ("By Ann Lee, III, and Bo Chen", ["Ann Lee, III", "Bo Chen"]),
    ],
)
def test_a_single_word_after_a_bylines_comma_is_a_place_or_outlet(byline, authors):
    assert byline_names(byline) == authors


# -- 7. byline and date together ----------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "By Ann Lee\nMarch 3, 2024",
        "March 3, 2024\nBy Ann Lee",
        "By Ann Lee, March 3, 2024",
        "By Ann Lee, Staff Writer, March 3, 2024",
        "By Ann Lee, Abuja, Nigeria, March 3, 2024",  # places are no authors
        "By Ann Lee, Lagos\nMarch 3, 2024",
    ],
)
def test_byline_and_date_on_lines_of_one_block_or_after_a_comma(head):
    article = parse_article(f"# Floods\n\n{head}\n\nThe river rose.\n")
    assert (article.authors, article.published) == (["Ann Lee"], dt.date(2024, 3, 3))
    assert [p.text for p in article.paragraphs] == ["The river rose."]


@pytest.mark.parametrize(
    "head",
    ["By Ann Lee\nThe river rose.", "By the sea, March 3, 2024", "March 3, 2024\nMarch 5, 2024"],
)
def test_a_block_is_a_head_only_if_every_line_is(head):
    article = parse_article(f"# Floods\n\n{head}\n\nMore.\n")
    assert (article.authors, article.published) == ([], None)
    assert len(article.paragraphs) == 2


# -- 11. bold at the end of a first paragraph ---------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        '"We will vote today," said Mayor Jane Smith. **This story is developing**',
        "The council met today, according to **Reuters**",
        '"We will vote," Smith said. **Reuters**',
    ],
)
def test_body_text_ending_in_bold_is_no_caption(first):
    article = parse_article(
        f"# Council Meets\n\nBy Ann Lee\n\nMarch 3, 2024\n\n{first}\n\nSecond paragraph.\n"
    )
    assert article.caption is None
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].text == first.replace("**", "")


@pytest.mark.parametrize(
    ("first", "caption", "credit"),
    [
        ("Soldiers near the front line **Reuters**", "Soldiers near the front line", "Reuters"),
        (
            'Protesters hold a sign reading "Stop the war". **Getty Images**',
            'Protesters hold a sign reading "Stop the war".',
            "Getty Images",
        ),
        ("*A harbour at dawn* **Ann Lee is here**", "A harbour at dawn", "Ann Lee is here"),
        # A credit said as one keeps the caption reading, whatever its words.
        (
            "Firefighters at the scene in Cork on Monday. **Photograph: Will Oliver/EPA**",
            "Firefighters at the scene in Cork on Monday.",
            "Photograph: Will Oliver/EPA",
        ),
        (
            "Fans outside the stadium. **Photo: Can Erok / Anadolu Agency**",
            "Fans outside the stadium.",
            "Photo: Can Erok / Anadolu Agency",
        ),
        (
            "Crews at the fire. Photo courtesy of **Cork Fire Brigade**",
            "Crews at the fire. Photo courtesy of",
            "Cork Fire Brigade",
        ),
        (
            "Crews at the fire. Image supplied to **The Irish Times**",
            "Crews at the fire. Image supplied to",
            "The Irish Times",
        ),
        # A capitalised "Will" or "May" is a name, not a verb that makes a clause.
        (
            "Crowds in Cork. **Will Oliver and May Lee**",
            "Crowds in Cork.",
            "Will Oliver and May Lee",
        ),
    ],
)
def test_captions_are_still_captions(first, caption, credit):
    article = parse_article(f"# T\n\n{first}\n\nBody.\n")
    assert article.caption is not None
    assert (article.caption.text, article.caption.credit) == (caption, credit)
    assert [p.text for p in article.paragraphs] == ["Body."]
