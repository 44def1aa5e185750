"""The parser: the stored article field by field, then each layout rule on small fixtures."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsread.article import load_article, parse_article, parse_bytes, strip_inline
from newsread.dates import parse_date
from newsread.errors import ArticleError
from tests import noise
from tests.conftest import STORED, STORED_SHA256, sha256, shared_path


@pytest.fixture(scope="module")
def stored():
    return load_article(STORED)


def test_stored_article_is_byte_for_byte_the_shared_copy():
    assert sha256(STORED) == STORED_SHA256


def test_stored_article_matches_shared_when_present():
    shared = shared_path("articles", STORED.name)  # skips in a checkout without ../shared
    assert shared.read_bytes() == STORED.read_bytes()


def test_stored_metadata(stored):
    assert (
        stored.title == "Putin Orders Advance to Continue After Russia Takes Ukraine's Lysychansk"
    )
    assert stored.authors == ["Anastasia Tenisheva"]
    assert stored.published == dt.date(2022, 7, 4)
    assert stored.publisher == "The Moscow Times"
    assert stored.publisher_kind == "website"
    assert stored.url == (
        "https://www.themoscowtimes.com/2022/07/04/"
        "putin-orders-advance-to-continue-after-russia-takes-ukraines-lysychansk-a78191"
    )
    assert stored.slug == "putin-orders-advance-lysychansk"


def test_stored_caption_and_credit(stored):
    assert stored.caption is not None
    assert stored.caption.text == (
        "A Russian soldier is seen by a damaged building in Lysychansk, Ukraine."
    )
    assert stored.caption.credit == "Alexander Reka / TASS"


def test_stored_body_has_23_paragraphs_after_one_repair(stored):
    assert len(stored.paragraphs) == 23
    assert [p.number for p in stored.paragraphs] == list(range(1, 24))
    assert len(stored.repairs) == 1
    repair = stored.repairs[0]
    assert repair.kind == "joined-split-paragraph"
    assert repair.paragraph == 4
    assert "were quick to point out that it had cost" in stored.paragraphs[3].text


def test_stored_embed_is_kept_out_of_the_body(stored):
    assert len(stored.embeds) == 1
    embed = stored.embeds[0]
    assert embed.text == 'Chechen forces celebrate the "liberation" of Lysychansk'
    assert embed.url == "https://pic.twitter.com/pmbqyFVCmV"
    assert embed.author == "Francis Scarr"
    assert embed.handle == "@francis_scarr"
    assert embed.date == dt.date(2022, 7, 2)
    assert embed.after == 16
    assert all("liberation" not in p.text for p in stored.paragraphs)
    assert all("Original url" not in p.text for p in stored.paragraphs)


def test_stored_links_are_reduced_to_their_text(stored):
    second = stored.paragraphs[1].text
    assert second.endswith("according to a Kremlin transcript.")
    assert "](#)" not in stored.body and "[" not in stored.paragraphs[4].text
    # the one bracket in the body is the reporter's own insertion, kept as written
    assert "they [Ukrainian forces] would" in stored.paragraphs[22].text


def test_quotation_marks_and_dashes_are_never_altered(stored):
    raw = STORED.read_text(encoding="utf-8")
    for paragraph in stored.paragraphs:
        for mark in "\"“”’'—":
            assert paragraph.text.count(mark) <= raw.count(mark)
    assert "“Allah Akbar.”" in stored.paragraphs[16].text
    assert "region — and the neighboring Donetsk region —" in stored.paragraphs[3].text


def test_word_count_and_reading_time(stored):
    assert stored.word_count == sum(len(p.text.split()) for p in stored.paragraphs)
    assert stored.reading_minutes == round(stored.word_count / 230)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By [Ann Lee](#)", ["Ann Lee"]),
        ("By [Ann Lee](#) and [Bo Chen](#)", ["Ann Lee", "Bo Chen"]),
        ("By [Ann Lee](#), [Bo Chen](#) and [Cy Diaz](#)", ["Ann Lee", "Bo Chen", "Cy Diaz"]),
        ("By Ann Lee, Bo Chen, and Cy Diaz", ["Ann Lee", "Bo Chen", "Cy Diaz"]),
        ("by Lauren del Valle", ["Lauren del Valle"]),
    ],
)
def test_bylines(line, authors):
    article = parse_article(f"# A title\n\n{line}\n\nBody text here.\n")
    assert article.authors == authors
    assert [p.text for p in article.paragraphs] == ["Body text here."]


@pytest.mark.parametrize(
    "text", ["July 04, 2022", "Jul 4, 2022", "2022-07-04", "4 July 2022", "Monday, July 4, 2022"]
)
def test_date_lines(text):
    assert parse_date(text) == dt.date(2022, 7, 4)
    assert parse_article(f"# T\n\n{text}\n\nBody.\n").published == dt.date(2022, 7, 4)


@pytest.mark.parametrize("text", ["July 44, 2022", "Julember 4, 2022", "on July 4, 2022 we"])
def test_non_dates(text):
    assert parse_date(text) is None


def test_inline_markdown():
    text, links = strip_inline(
        r"**Bold** and *it* [here](#) [site](https://ex.org/a) francis\_scarr <https://x.io>"
    )
    assert text == "Bold and it here site francis_scarr https://x.io"
    assert [(link.text, link.url) for link in links] == [
        ("site", "https://ex.org/a"),
        ("https://x.io", "https://x.io"),
    ]
    for link in links:
        assert text[link.start : link.end] == link.text


def test_subheadings_stand_before_their_paragraph():
    article = parse_article("# T\n\nOne.\n\n## Part two\n\nTwo.\n\nThree.\n")
    assert [h.text for h in article.headings] == ["Part two"]
    assert article.headings[0].before == 2
    assert len(article.paragraphs) == 3


def test_split_paragraph_not_joined_across_a_heading_or_after_punctuation():
    article = parse_article("# T\n\nIt ended here.\n\nlower case start.\n")
    assert len(article.paragraphs) == 2
    assert article.repairs == []


def test_front_matter_overrides_and_adds_metadata():
    article = parse_article(
        "---\n"
        "title: 'Front: matter title'\n"
        "authors:\n  - Ann Lee\n  - Bo Chen\n"
        "published: 2021-03-05\n"
        "url: https://www.nytimes.com/2021/03/05/x.html\n"
        "language: en\n"
        "accessed: 2024-01-02\n"
        "---\n\n# Markdown title\n\nBody.\n"
    )
    assert article.title == "Front: matter title"
    assert article.authors == ["Ann Lee", "Bo Chen"]
    assert article.published == dt.date(2021, 3, 5)
    assert article.accessed == dt.date(2024, 1, 2)
    assert article.publisher == "The New York Times"
    assert article.publisher_kind == "newspaper"
    assert article.language == "en"


def test_publisher_falls_back_to_the_domain():
    article = parse_article("Body.\n\nOriginal url: <https://news.example.org/story>\n")
    assert article.url == "https://news.example.org/story"
    assert article.publisher == "news.example.org"
    assert article.publisher_kind is None


def test_publisher_from_a_subdomain_of_a_known_outlet():
    article = parse_article("---\nurl: https://edition.cnn.com/x\n---\nBody.\n")
    assert article.publisher == "CNN"


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("---\ntitle: x\n", "never closed"),
        ("---\njust words\n---\n", "expected 'key: value'"),
        ("---\ntitle: 'open\n---\n", "unterminated"),
        ("---\npublished: someday\n---\n", "not a date"),
    ],
)
def test_malformed_front_matter_is_an_error_with_its_line(front, message):
    with pytest.raises(ArticleError, match=message):
        parse_article(front + "Body.\n")


def test_a_rule_opening_the_body_is_no_front_matter():
    # "---" over a blank line and prose is Markdown's thematic break, not metadata.
    article = parse_article("---\n\nA story after a rule. It has words.\n\nMore.\n")
    assert [p.text for p in article.paragraphs] == ["A story after a rule. It has words.", "More."]
    article = parse_article("---\n\n# Real Title\n\nBody one.\n\n---\n\nBody two.\n")
    assert article.title == "Real Title"
    assert [p.text for p in article.paragraphs] == ["Body one.", "Body two."]
    # Front matter after a blank line is still front matter, and its errors are still told.
    assert parse_article("---\n\ntitle: Kept\n---\nBody.\n").title == "Kept"
    with pytest.raises(ArticleError, match="never closed"):
        parse_article("---\n\ntitle: x\n\nBody.\n")
    # Other tools' keys may come first; a key the reader uses makes it front matter.
    assert parse_article("---\n\nlayout: post\ntitle: Kept\n---\nBody.\n").title == "Kept"
    with pytest.raises(ArticleError, match="line 5: expected 'key: value', got 'Body two"):
        parse_article("---\n\ntitle: x\n\nBody two.\n\n---\n\nMore.\n")
    with pytest.raises(ArticleError, match="line 3: unterminated"):
        parse_article("---\n\ntitle: 'open\n---\nBody.\n")
    # A closed block written as front matter throughout with a value that cannot be read
    # is told, not read as prose that takes the title with it; one that reads but gives
    # nothing newsread reads is kept as text, as prose with a colon may be.
    with pytest.raises(ArticleError, match="line 4: list is missing its closing"):
        parse_article("---\n\nlayout: post\ntitle: [open\n---\nBody.\n")
    kept = parse_article("---\n\nupdate: the bridge reopened.\n---\nBody.\n").paragraphs
    assert [p.text for p in kept] == ["update: the bridge reopened.", "Body."]


@pytest.mark.parametrize(
    ("text", "title", "paragraphs"),
    [
        ("---\n\nNote: this story has graphic content.\n\nBody two.\n", None,
         ["Note: this story has graphic content.", "Body two."]),
        ("---\n\n# Title\n\nKyiv, March 3: Russian forces advanced.\n", "Title",
         ["Kyiv, March 3: Russian forces advanced."]),
        ('---\n\n"Quoted": she said.\n\nBody.\n', None, ['"Quoted": she said.', "Body."]),
        ("---\n\n- item one of a list\n- item two\n\nBody.\n", None,
         ["- item one of a list", "- item two", "Body."]),
        ("---\n\nUpdate: the mayor resigned.\n\nBody two.\n\n---\n\nMore.\n", None,
         ["Update: the mayor resigned.", "Body two.", "More."]),
        ("---\n\nupdate: the mayor resigned.\n\nBody two.\n", None,
         ["update: the mayor resigned.", "Body two."]),
        ("---\n\nedit: at 5pm.\n\nBody two.\n\n---\n\nMore.\n", None,
         ["edit: at 5pm.", "Body two.", "More."]),
        ("---\n\nSummary: the bridge closed.\n- One.\n\n---\n\nBody.\n", None,
         ["Summary: the bridge closed. - One.", "Body."]),
        ("---\n\n## Key points\n\n- One.\n- Two.\n\n---\n\nBody.\n", None,
         ["- One.", "- Two.", "Body."]),  # and the subheading "Key points"
        # Closed and read as YAML in full, but giving no key the reader uses: a heading
        # (a YAML comment) and a labelled line between two rules.
        ("---\n\n# Title\n\nUpdate: the mayor resigned.\n\n---\n\nBody two.\n", "Title",
         ["Update: the mayor resigned.", "Body two."]),
        ("---\n\n# Title\n\n---\n\nBody.\n", "Title", ["Body."]),
    ],
)  # fmt: skip
def test_a_rule_over_prose_with_a_colon_or_a_list_is_no_front_matter(text, title, paragraphs):
    # After "---" and a blank line, prose is a body unless it is front matter in full.
    article = parse_article(text)
    assert (article.title, [p.text for p in article.paragraphs]) == (title, paragraphs)


@pytest.mark.parametrize(
    ("value", "title"),
    [
        (r'"Tab\there"', "Tab\there"),
        (r'"Caf\u00e9 \u201cquoted\u201d"', "Café “quoted”"),
        (r'"a \"quoted\" \\ backslash\/slash"', 'a "quoted" \\ backslash/slash'),
        (r'"\ud83d\ude00 and a lone \udc00"', "\U0001f600 and a lone \ufffd"),
        (r'"C:\path"', r"C:\path"),  # an escape JSON does not know keeps its backslash
        ('"with a comment" # note', "with a comment"),
        (r"'single \t ''quoted'''", r"single \t 'quoted'"),
        (r"Bare \t value # comment", r"Bare \t value"),
    ],
)
def test_front_matter_double_quotes_decode_json_escapes_others_stay_literal(value, title):
    assert parse_article(f"---\ntitle: {value}\n---\nBody.\n").title == title


def test_front_matter_lists_keep_commas_inside_quotes():
    front = r"""authors: ["Lee, Ann", 'O''Neil, Bo', Cy Dee, "Tab\tName"]"""
    article = parse_article(f"---\n{front}\n---\nBody.\n")
    assert article.authors == ["Lee, Ann", "O'Neil, Bo", "Cy Dee", "Tab\tName"]


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ('title: "a" b', "after the closing quote"),
        ('authors: ["a" b, c]', "after the closing quote"),
        ('authors: ["a, b]', "unterminated"),
        (r'title: "a\"', "unterminated"),
    ],
)
def test_front_matter_quoting_mistakes_are_errors(front, message):
    with pytest.raises(ArticleError, match=f"line 2: .*{message}"):
        parse_article(f"---\n{front}\n---\nBody.\n")


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("publisher_kind: banana", "publisher_kind: 'banana' is not a kind of publisher"),
        ("kind: [magazine]", "kind: expected one value, not a list"),
        ("title: [a, b]", "title: expected one value, not a list"),
        ("url: [https://x.example/a]", "url: expected one value, not a list"),
        ("publisher: [x]", "publisher: expected one value, not a list"),
        ("language:\n  - en", "language: expected one value, not a list"),
        ("published: [2024-01-02]", "published: expected one value, not a list"),
        ("accessed: [2024-01-02]", "accessed: expected one value, not a list"),
        ("url: not a url", "url: 'not a url' is not a web address"),
        ("url: example.org/a", "url: 'example.org/a' is not a web address"),
        ("url: http:// example.org", "url: 'http:// example.org' is not a web address"),
    ],
)
def test_front_matter_values_of_the_wrong_kind_are_errors_naming_the_field(front, message):
    with pytest.raises(ArticleError, match=f"^front matter {re.escape(message)}"):
        parse_article(f"---\n{front}\n---\nBody.\n")


def test_front_matter_kinds_and_empty_values():
    article = parse_article("---\npublisher: Foo Weekly\npublisher_kind: Magazine\n---\nBody.\n")
    assert article.publisher_kind == "magazine"  # the documented values, in any case
    empty = parse_article("---\ntitle:\npublished:\npublisher_kind:\n---\n# Heading\n\nBody.\n")
    assert empty.title == "Heading" and empty.published is None  # "key:" alone: not given
    assert empty.publisher_kind is None
    # An empty list item (YAML's null) is no author, and no error either.
    listed = parse_article("---\ntitle: T\nauthors:\n  -\n  - Ann Lee\n---\nBody.\n")
    assert listed.authors == ["Ann Lee"]


@pytest.mark.parametrize(
    ("front", "authors", "warned"),
    [
        ("authors: Lee, Ann", ["Lee, Ann"], False),  # one name, family first
        ("authors: Ann Lee, Jr.", ["Ann Lee, Jr."], False),
        ("authors: Ann Lee and Bo Chen; Cy Dee", ["Ann Lee", "Bo Chen", "Cy Dee"], False),
        ("author: Bo Chen\nauthors: [Ann Lee, Bo Chen]", ["Bo Chen", "Ann Lee"], False),
        # Several people, or one written family first ("García Márquez, Gabriel"): one
        # name, with a warning that says how to list several.
        ("authors: Ann Lee, Bo Chen", ["Ann Lee, Bo Chen"], True),
    ],
)
def test_front_matter_authors_written_as_one_line(front, authors, warned):
    article = parse_article(f"---\ntitle: T\n{front}\n---\nBody.\n")
    assert article.authors == authors
    assert bool(article.warnings) == warned
    if warned:
        assert "authors: [First Name, Second Name]" in article.warnings[0]


@pytest.mark.parametrize(
    ("url", "read"),
    [
        ("https://example.org/my story", "https://example.org/my%20story"),
        ("www.example.org/story", "https://www.example.org/story"),
        ('"https://example.org/a\\nb"', "https://example.org/ab"),
        ('""', None),  # empty: no address, as "url:" alone
    ],
)
def test_front_matter_url_is_made_whole(url, read):
    assert parse_article(f"---\ntitle: T\nurl: {url}\n---\nBody.\n").url == read


def test_plain_text_headed_by_labelled_lines_takes_them_as_metadata():
    text = "Source: The Daily Star\nDate: 2025-01-21\nAuthor: Ann Lee\nTitle: Port reopens\n\n"
    article = parse_bytes((text + "The port reopened.\n").encode(), plain=True)
    assert (article.title, article.authors, article.publisher) == (
        "Port reopens",
        ["Ann Lee"],
        "The Daily Star",
    )
    assert [p.text for p in article.paragraphs] == ["The port reopened."]
    # Further down, or with Markdown's own marks, the lines of a plain text stay text.
    later = parse_bytes(("Intro.\n\n" + text).encode(), plain=True)
    assert later.title is None and len(later.paragraphs) == 2
    marked = parse_bytes(b"# Port reopens\n\nBy Ann Lee\n\nBody.\n", plain=True)
    assert marked.title is None and len(marked.paragraphs) == 3


def test_plain_text_without_any_layout():
    article = parse_bytes(b"First paragraph.\n\nSecond *one* [x](y).\n", plain=True)
    assert article.title is None and article.authors == []
    assert [p.text for p in article.paragraphs] == ["First paragraph.", "Second *one* [x](y)."]


def test_unwrapped_lines_are_paragraphs_but_wrapped_lines_are_joined():
    long_a, long_b = "A" + " word" * 30 + ".", "B" + " word" * 30 + "."
    article = parse_article(f"{long_a}\n{long_b}\n")
    assert [p.text for p in article.paragraphs] == [long_a, long_b]
    wrapped = parse_article("A short line\nthat wraps on.\n")
    assert [p.text for p in wrapped.paragraphs] == ["A short line that wraps on."]


def test_encodings_bom_and_crlf():
    assert parse_bytes("\ufeff# T\r\n\r\nBody.\r\n".encode()).title == "T"
    latin = parse_bytes("# Caf\xe9\n\nBody.\n".encode("cp1252"))
    assert latin.title == "Café"
    assert latin.warnings and "UTF-8" in latin.warnings[0]
    # A byte cp1252 leaves undefined (0x81) is read as Latin-1 reads it, alone: the
    # rest keeps its curly quotes, apostrophes and dashes.
    stray = parse_bytes(b"# T\n\n\x93We won,\x94 said Ann \x97 it\x92s \x80 5 \x81 x.\n")
    assert stray.paragraphs[0].text == "“We won,” said Ann — it’s € 5 \x81 x."


def test_a_utf8_bom_goes_before_a_stray_byte_is_read_as_cp1252():
    # A file saved as UTF-8 with a BOM and one cp1252 quote pasted in: the BOM must not
    # become "ï»¿" in front of the title, and the byte named is the file's.
    article = parse_bytes(b"\xef\xbb\xbf# Title\n\nShe said \x93hi\x94 to me.\n")
    assert article.title == "Title"
    assert [p.text for p in article.paragraphs] == ["She said “hi” to me."]
    assert article.warnings == ["not valid UTF-8 (byte 21); read as cp1252"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_its_bom_is_read_as_text(codec):
    data = "# Café\r\n\r\nBody.\r\n".encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    article = parse_bytes(data)
    assert (article.title, article.paragraphs[0].text, article.warnings) == ("Café", "Body.", [])


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty"), (b" \n\n", "empty"), (b"a\x00b", "binary"), (b"\xff\xfe\x00", "UTF-16")],
)
def test_unreadable_bytes(data, message):
    with pytest.raises(ArticleError, match=message):
        parse_bytes(data, source="x.md")


@pytest.mark.parametrize(
    "data",
    [b"---\n---\n", b"---\n---\n\n  \n", b"\xef\xbb\xbf---\r\nauthors: [Ann Lee]\r\n---\r\n"],
)
def test_front_matter_alone_without_a_title_is_refused_as_empty(data):
    # Nothing to show, quote, search or cite by: as empty as an empty file.
    with pytest.raises(ArticleError, match=r"^x\.md: is empty: front matter only"):
        parse_bytes(data, source="x.md")


def test_a_title_or_text_after_the_front_matter_keeps_the_article():
    assert parse_bytes(b"---\ntitle: Ferry returns\n---\n").title == "Ferry returns"
    assert [p.text for p in parse_bytes(b"---\n---\nBody.\n").paragraphs] == ["Body."]
    # A .txt file has no front matter: its fences are its text.
    assert [p.text for p in parse_bytes(b"---\n---\n", plain=True).paragraphs] == ["--- ---"]


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "absent.md")
    with pytest.raises(ArticleError, match="directory"):
        load_article(tmp_path)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_parsing_never_raises_on_arbitrary_text(text):
    try:
        article = parse_article(text)
    except ArticleError:
        assert text.startswith("---")  # only front matter can be malformed
        return
    for paragraph in article.paragraphs:
        assert paragraph.text == paragraph.text.strip() and paragraph.text
        for link in paragraph.links:
            assert paragraph.text[link.start : link.end] == link.text


MARKDOWN_PIECES = st.sampled_from(noise.MARKDOWN_PIECES)


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKDOWN_PIECES, max_size=40).map("".join))
def test_parsing_never_raises_on_markdown_shaped_noise(text):
    parse_article(text)


@pytest.mark.parametrize(
    "opening",
    [
        "By the time the troops arrived, the town was empty.",
        "By 2030, the city expects to double its housing.",
        "by nightfall",
    ],
)
def test_a_story_that_opens_with_by_has_no_byline(opening):
    article = parse_article(f"# Title\n\n{opening}\n\nMore.\n")
    assert article.authors == []
    assert article.paragraphs[0].text == opening


def test_bylines_with_particles_initials_and_organisations():
    article = parse_article(
        "# T\n\nBy Nelson D. Schwartz, Jean-Luc O’Neil and The Associated Press\n\nB.\n"
    )
    assert article.authors == ["Nelson D. Schwartz", "Jean-Luc O’Neil", "The Associated Press"]


def test_bylines_with_a_dateline_keep_the_names_and_the_date_after():
    article = parse_article(
        "# T\n\nBy Ann Lee in Kyiv and Bo Park in New York\n\nMay 2, 2023\n\nBody.\n"
    )
    assert article.authors == ["Ann Lee", "Bo Park"]
    assert article.published == dt.date(2023, 5, 2)
    assert [p.text for p in article.paragraphs] == ["Body."]


def test_link_urls_with_parentheses():
    text, links = strip_inline("See [Foo](https://en.wikipedia.org/wiki/Foo_(bar)) here.")
    assert text == "See Foo here."
    assert links[0].url == "https://en.wikipedia.org/wiki/Foo_(bar)"


@pytest.mark.parametrize(
    ("source", "url"),
    [
        (
            "Original url:\n\n<https://en.wikipedia.org/wiki/Foo_(bar)>",
            "https://en.wikipedia.org/wiki/Foo_(bar)",
        ),
        ("Original url: <https://ex.org/a_(b)/c>", "https://ex.org/a_(b)/c"),
        ("Original url: <https://ex.org/a]b>", "https://ex.org/a]b"),
        ("Original url: https://ex.org/Foo_(bar)", "https://ex.org/Foo_(bar)"),
        ("Original url: (https://ex.org/story)", "https://ex.org/story"),
        ("Original url: [https://ex.org/s](https://ex.org/s)", "https://ex.org/s"),
        ("Original url: https://)", None),
        ('Original url: "https://ex.org/story".', "https://ex.org/story"),
        ("Original url: see https://ex.org/Foo_(bar).", "https://ex.org/Foo_(bar)"),
        ("Original url: **https://ex.org/story**", "https://ex.org/story"),
        ("Original url: <https://ex.org/story.>", "https://ex.org/story."),
        (  # alone, as written, whatever it ends on
            "Original url:\n\nhttps://en.wikipedia.org/wiki/Washington,_D.C.",
            "https://en.wikipedia.org/wiki/Washington,_D.C.",
        ),
        (
            "Original url: https://en.wikipedia.org/wiki/Yahoo!",
            "https://en.wikipedia.org/wiki/Yahoo!",
        ),
        (  # a link's text and address, ended by its bracket
            "Original url: [https://ex.org/wiki/D.C.](https://ex.org/wiki/D.C.)",
            "https://ex.org/wiki/D.C.",
        ),
    ],
)
def test_source_url_keeps_its_brackets(source, url):
    """Brackets belong to an address between angle brackets, or to one that opened them."""
    assert parse_article(f"# T\n\nBody.\n\n{source}\n").url == url


def test_url_head_line_keeps_its_brackets():
    article = parse_article(
        "Title: T\n\nURL Source: https://ex.org/a_(b)/c\n\nMarkdown Content:\nBody.\n"
    )
    assert article.url == "https://ex.org/a_(b)/c"


@pytest.mark.parametrize(
    ("markdown", "text", "linked"),
    [
        (
            "The code [unclosed and [the source](https://ex.org/s) here.",
            "The code [unclosed and the source here.",
            ["the source"],
        ),
        ("[a [b](https://ex.org/1)](https://ex.org/2)", "[a b](https://ex.org/2)", ["b"]),
        (
            "[the minister [sic] said](https://ex.org/m).",
            "the minister [sic] said.",
            ["the minister [sic] said"],
        ),
        (r"[a \] b \[ c](https://ex.org/e)", "a ] b [ c", ["a ] b [ c"]),
        (r"[not a link\](https://ex.org/n)", "[not a link](https://ex.org/n)", []),
        (
            "Said [sic] that [the report](https://ex.org/r).",
            "Said [sic] that the report.",
            ["the report"],
        ),
        ("See [![a chart](c.png)](https://ex.org/big) here.", "See here.", []),
        ("[![p](i.jpg) Photo: AP](https://ex.org/p)", "Photo: AP", ["Photo: AP"]),
        ("![a [b] c](x.png) and ![d](y.png) more", "and more", []),
        ("A ![x](y) ![z](w) b, c![i](j) d.", "A b, c d.", []),
        (
            "A *link [inside](https://ex.org/i) it* and **[bold](https://ex.org/b)**.",
            "A link inside it and bold.",
            ["inside", "bold"],
        ),
    ],
)
def test_links_and_images_read_as_commonmark(markdown, text, linked):
    """An unclosed "[" is text and never swallows a later link; a link may hold an image,
    and an image adds nothing (nor a second space); a link inside emphasis is still one."""
    plain, links = strip_inline(markdown)
    assert plain == text
    assert [link.text for link in links] == linked
    for link in links:
        assert plain[link.start : link.end] == link.text


BRACKETS = st.sampled_from(["[", "]", "](https://a.b)", "(", ")", "word", " ", "\n"])


@settings(max_examples=500, deadline=None)
@given(st.lists(BRACKETS, max_size=30).map("".join))
def test_links_index_the_text_and_hold_only_balanced_brackets(markdown):
    text, links = strip_inline(markdown)
    for link in links:
        assert text[link.start : link.end] == link.text
        assert link.text.count("[") == link.text.count("]")  # no unclosed "[" swallowed


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(blacklist_characters="\n\r")))
def test_escaped_text_reads_back_unchanged(text):
    from newsread.article import escape_block_start, escape_inline

    assert strip_inline(escape_inline(text)) == (text, [])
    assert strip_inline(escape_block_start(escape_inline(text))) == (text, [])


def test_character_references_read_as_their_characters():
    article = parse_article(
        "# T\n\nEC President Jos&#233; Manuel Barroso said &lt;no&gt; &amp; caf&eacute;."
    )
    assert article.paragraphs[0].text == "EC President José Manuel Barroso said <no> & café."
    # A number no character has is U+FFFD; a name HTML does not know stays as written.
    assert strip_inline("&#0; &#xD800; &bogus; &#x41;")[0] == "\ufffd \ufffd &bogus; A"
    # Only a whole HTML5 name is one: "&notanentity;" is not "¬" and the rest.
    assert strip_inline("&notanentity; &copy;")[0] == "&notanentity; \u00a9"
    # Text that holds such a reference literally is escaped so that it reads back so.
    from newsread.article import escape_inline

    assert strip_inline(escape_inline("write &#233; or &amp;"))[0] == "write &#233; or &amp;"


# Markdown as other tools write articles: pandoc (setext headings), web clippers (block
# quotations, lists, inline HTML), and bylines that carry the date.


def test_setext_headings_give_the_title_and_subheadings():
    article = parse_article("Harbour Plan Approved\n=====\n\nOne.\n\nPart two\n---\n\nTwo.\n")
    assert article.title == "Harbour Plan Approved"
    assert [(h.text, h.before) for h in article.headings] == [("Part two", 2)]
    assert [p.text for p in article.paragraphs] == ["One.", "Two."]


def test_a_hash_heading_needs_no_blank_line_around_it():
    # As CommonMark reads it: a "#" heading is one line and breaks into a paragraph.
    article = parse_article(
        "# Harbour Plan Approved\nThe council voted.\n## Costs\nIt costs more.\n#hashtag stays\n"
    )
    assert article.title == "Harbour Plan Approved"
    assert [(h.text, h.before) for h in article.headings] == [("Costs", 2)]
    assert [p.text for p in article.paragraphs] == [
        "The council voted.",
        "It costs more. #hashtag stays",
    ]


def test_decomposed_accents_read_as_the_composed_letters():
    # "José" saved as "Jose" plus a combining acute is the same name as "José".
    decomposed = "# T\n\nJose\u0301 Pe\u0301rez spoke. José Pérez left.\n"
    article = parse_article(decomposed)
    assert article.paragraphs[0].text == "José Pérez spoke. José Pérez left."
    assert "\u0301" not in article.paragraphs[0].text


def test_block_quotations_read_as_their_paragraphs():
    article = parse_article(
        "# T\n\nBefore.\n\n"
        '> > "We were not consulted," said Dina Park.\n'
        "lazy line of the same paragraph.\n>\n> A second paragraph.\n\n> 5 > 3 stays text.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "Before.",
        '"We were not consulted," said Dina Park. lazy line of the same paragraph.',
        "A second paragraph.",
        "5 > 3 stays text.",
    ]


def test_list_items_are_paragraphs_of_their_own_with_their_markers():
    article = parse_article(
        "# T\n\nResidents listed their worries:\n- noise from the terminal\n"
        "- traffic on the\n  quay road\n\n1. First, the budget.\n2) Second, the timeline.\n"
        "\n* * *\n\nAfter the rule.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "Residents listed their worries:",
        "- noise from the terminal",
        "- traffic on the quay road",
        "1. First, the budget.",
        "2) Second, the timeline.",
        "After the rule.",
    ]
    assert article.repairs == []  # items without a full stop are not broken paragraphs


def test_inline_html_tags_are_dropped_and_breaks_are_spaces():
    text = strip_inline(
        '<em>"We had no choice,"</em> she said.<br>Then <a href="https://x.org">left</a>.'
    )[0]
    assert text == '"We had no choice," she said. Then left.'
    assert strip_inline("a <br/> b x</p><p>y")[0] == "a b x y"
    # Only the tags HTML has: text in angle brackets stays, as does a comparison.
    assert strip_inline("<Ann Lee> wrote 5 < 6 > 4 <https://a.b>")[0] == (
        "<Ann Lee> wrote 5 < 6 > 4 https://a.b"
    )


@pytest.mark.parametrize(
    "head",
    [
        "By Ann Lee | March 3, 2024",
        "*By Ann Lee · Published March 3, 2024 at 5:00 p.m. EST*",
        "By Ann Lee\n\nUpdated: Mon 4 Mar 2024 10.00 GMT\n\nPublished on 3 March 2024",
        "Posted on March 3, 2024, 10:42am\n\nBy Ann Lee",
        "By Ann Lee | Staff Writer | March 3, 2024 5 p.m. ET",
        "Updated 5:00 PM EST, Sun March 3, 2024 · 5 min read\n\nBy Ann Lee",
        # Two labelled dates in one line, as sentences: the publication date is read.
        "By Ann Lee\n\nPublished on March 3, 2024 at 11:45 p.m. PST. Updated March 7, 2024",
        "By Ann Lee\n\nUpdated March 7, 2024. Published March 3, 2024",
        "By Ann Lee | Published March 3, 2024. Last updated March 7, 2024.",
        # A byline as a sentence before them.
        "By Ann Lee. Published March 3, 2024. Updated March 7, 2024.",
    ],
)
def test_bylines_and_dates_as_pages_print_them(head):
    article = parse_article(f"# T\n\n{head}\n\nBody.\n")
    assert (article.authors, article.published) == (["Ann Lee"], dt.date(2024, 3, 3))
    assert [p.text for p in article.paragraphs] == ["Body."]


@pytest.mark.parametrize(
    "line",
    [
        "This story has been corrected. Updated March 4, 2024",
        "The mayor, Ann Lee. Updated March 4, 2024",
        "By the end of the week. Updated March 4, 2024",
        "By Christmas. Updated March 4, 2024",  # when, not who
        "By Monday Morning. Updated March 4, 2024",
        "By New Year's Eve. Updated March 4, 2024",
        "By Election Day. Updated March 4, 2024",
    ],
)
def test_a_sentence_before_a_labelled_date_keeps_the_line_a_paragraph(line):
    article = parse_article(f"# T\n\n{line}\n\nBody.\n")
    assert [p.text for p in article.paragraphs] == [line, "Body."]
    assert (article.authors, article.published) == ([], None)


def test_by_and_a_time_alone_is_no_byline():
    article = parse_article("# T\n\nBy Monday\n\nBody.\n")
    assert (article.authors, [p.text for p in article.paragraphs]) == ([], ["By Monday", "Body."])
    # A person may be named after a month.
    assert parse_article("# T\n\nBy June Lee\n\nBody.\n").authors == ["June Lee"]


def test_a_byline_line_with_a_sentence_beside_it_stays_a_paragraph():
    article = parse_article("# T\n\nBy Ann Lee | Opinion\n\nMarch 3, 2024\n\nBody.\n")
    assert (article.authors, article.published) == (["Ann Lee"], dt.date(2024, 3, 3))
    article = parse_article("# T\n\nBy Ann Lee | She wrote this on a train.\n\nBody.\n")
    assert article.authors == []
    assert article.paragraphs[0].text == "By Ann Lee | She wrote this on a train."


def test_a_caption_with_a_bar_or_dashes_is_still_a_caption():
    article = parse_article(
        "# T\n\nBy Ann Lee\n\nMarch 3, 2024\n\n"
        "Crowds gather – some from far away – in the square. **Ann Lee | Reuters**\n\nBody.\n"
    )
    assert article.caption is not None
    assert article.caption.credit == "Ann Lee | Reuters"
    assert [p.text for p in article.paragraphs] == ["Body."]


def test_a_second_plain_date_line_is_the_bodys():
    article = parse_article("# T\n\nMarch 3, 2024\n\nMarch 5, 2024\n\nBody.\n")
    assert article.published == dt.date(2024, 3, 3)
    assert [p.text for p in article.paragraphs] == ["March 5, 2024", "Body."]


@pytest.mark.parametrize(
    ("markdown", "paragraphs"),
    [
        ("He wrote:\n> first line\n> second line", ["He wrote:", "first line second line"]),
        ("End of part one.\n* * *\nPart two.", ["End of part one.", "Part two."]),
        ("- item one\n- item two\n---\nAfter.", ["- item one", "- item two", "After."]),
        # A sentence over "---" is no heading; a dash opening a wrapped line is no list.
        ("End of part one.\n---", ["End of part one."]),
        (
            "The war went on\n- as she put it - for years.",
            ["The war went on - as she put it - for years."],
        ),
    ],
)
def test_blocks_that_break_into_a_paragraph(markdown, paragraphs):
    article = parse_article(f"# T\n\n{markdown}\n")
    assert [p.text for p in article.paragraphs] == paragraphs
    assert article.headings == []


def test_a_heading_after_joined_paragraphs_keeps_its_place_at_the_end():
    article = parse_article("# T\n\nBody text\n\nmore text\n\n## Sub\n")
    assert [p.text for p in article.paragraphs] == ["Body text more text"]
    assert [(h.text, h.before) for h in article.headings] == [("Sub", 2)]


def test_labelled_metadata_lines_at_the_head_fill_the_fields():
    article = parse_article(
        "# Ferry service resumes\n\n"
        "Source: The Harbour Gazette\nDate: 2025-01-21\nAuthor: Ann Lee and Bo Chen\n"
        "URL: https://gazette.example/ferry\n\n"
        '"We are back," said the captain.\n'
    )
    assert article.title == "Ferry service resumes"
    assert article.publisher == "The Harbour Gazette"
    assert article.published == dt.date(2025, 1, 21)
    assert article.authors == ["Ann Lee", "Bo Chen"]
    assert article.url == "https://gazette.example/ferry"
    assert [p.number for p in article.paragraphs] == [1]
    assert article.paragraphs[0].text.startswith('"We are back,"')


def test_labelled_lines_one_a_block_and_a_title_line_count_too():
    article = parse_article(
        "Title: Ferry service resumes\n\nBy: Ann Lee\n\nPublished: March 3, 2024\n\nBody.\n"
    )
    assert (article.title, article.authors) == ("Ferry service resumes", ["Ann Lee"])
    assert article.published == dt.date(2024, 3, 3)
    assert [p.text for p in article.paragraphs] == ["Body."]


@pytest.mark.parametrize(
    "opening",
    [
        "LAHORE: The provincial government on Monday announced a new budget.",
        "Source: The Harbour Gazette\nNote: this story was updated to correct a name.",
        "Editor's note: An earlier version misspelled a name.",
        "Source: a person familiar with the talks. He asked not to be named.",
        "Date: sometime next week, officials say",
        "Author: the reporter's own note",
    ],
)
def test_a_block_with_a_label_the_reader_does_not_know_stays_a_paragraph(opening):
    article = parse_article(f"# T\n\n{opening}\n\nBody.\n")
    assert article.publisher is None
    assert article.paragraphs[0].text == " ".join(opening.split("\n"))
    assert len(article.paragraphs) == 2


def test_labelled_lines_after_the_body_starts_are_body_text():
    article = parse_article("# T\n\nThe first paragraph.\n\nSource: The Harbour Gazette\n")
    assert article.publisher is None
    assert [p.text for p in article.paragraphs] == [
        "The first paragraph.",
        "Source: The Harbour Gazette",
    ]


def test_a_fact_box_under_a_titled_article_stays_in_the_body() -> None:
    article = parse_article(
        "# Book review\n\nTitle: Orbital\n\nAuthor: Samantha Harvey\n\n"
        "Publisher: Jonathan Cape\n\nThe novel follows six astronauts.\n"
    )
    assert (article.authors, article.publisher) == ([], None)
    assert [p.text for p in article.paragraphs][:2] == ["Title: Orbital", "Author: Samantha Harvey"]


def test_labelled_head_lines_checked_value_by_value() -> None:
    # An export repeating the heading as "Title:" keeps its other lines as the head.
    article = parse_article(
        "# Markets rally\n\nTitle: Markets rally\nAuthor: Ann Lee\nAuthor: Bo Chen\n"
        "Date: 2024-03-05\nSource: Reuters\n\nStocks rose on Tuesday.\n"
    )
    assert (article.authors, article.publisher) == (["Ann Lee", "Bo Chen"], "Reuters")
    assert article.published == dt.date(2024, 3, 5)
    assert [p.text for p in article.paragraphs] == ["Stocks rose on Tuesday."]
    assert parse_article("# T\n\nAuthor: By Ann Lee\n\nBody.\n").authors == ["Ann Lee"]
    # No outlet: a description, a picture credit, a date, marks alone.
    for line in (
        "Source: a senior official",
        "Source: Getty Images",
        "Publication: Sunday 5 May",
        "Source: :",
    ):
        article = parse_article(f"# T\n\n{line}\n\nBody.\n")
        assert (article.publisher, article.paragraphs[0].text) == (None, line)


def test_a_reader_services_export_head() -> None:
    # "Title:", "URL Source:", "Published Time:", then "Markdown Content:" and the body.
    article = parse_article(
        "Title: Markets rally\n\nURL Source: https://example.com/markets\n\n"
        "Published Time: 2024-03-05T10:00:00Z\n\nMarkdown Content:\nStocks rose.\n\nMore.\n"
    )
    assert (article.title, article.url) == ("Markets rally", "https://example.com/markets")
    assert article.published == dt.date(2024, 3, 5)
    assert [p.text for p in article.paragraphs] == ["Stocks rose.", "More."]
    # Once the body has started, the same words are text.
    article = parse_article("# T\n\nStocks rose.\n\nMarkdown Content:\n\nMore.\n")
    assert [p.text for p in article.paragraphs] == ["Stocks rose.", "Markdown Content:", "More."]


def test_underscore_and_triple_emphasis_read_as_their_text() -> None:
    text, _ = strip_inline("***both***, __bold__ and _italic_, not snake_case_names")
    assert text == "both, bold and italic, not snake_case_names"
    # An address with underscores keeps them.
    assert strip_inline("see http://x.org/a_b_c")[0] == "see http://x.org/a_b_c"


def test_reference_links_footnotes_and_comments_leave_only_text() -> None:
    article = parse_article(
        "# T\n\nSee [the report][1] and the note[^1].\n\n"
        '<!-- "Cut this," said the editor -->\n\n'
        '[1]: https://example.com/report "The report"\n\n[^1]: A note on sources.\n\n'
        "[Update]: The minister resigned on Friday, officials said.\n\n"
        'Editors type <!-- to hide text. "It is easy," said Ann Lee.'
    )
    assert [p.text for p in article.paragraphs] == [
        "See the report and the note.",
        "A note on sources.",
        "[Update]: The minister resigned on Friday, officials said.",
        'Editors type <!-- to hide text. "It is easy," said Ann Lee.',
    ]


def test_definitions_one_under_another_are_each_their_own() -> None:
    """Written without blank lines between, as editors do, notes must not run together
    into one paragraph with ": " and a mark in it."""
    article = parse_article(
        "# T\n\nThe council met.[^1] It voted.[^b]\n\n"
        "[^1]: A first note.\n[^b]: A second note,\n    over two lines.\n\n"
        "[1]: https://example.com/a\n[^3]: A third note.\n[2]: https://example.com/b\n"
        "Then text under them.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "The council met. It voted.",
        "A first note.",
        "A second note, over two lines.",
        "A third note.",
        "Then text under them.",
    ]


def test_a_table_is_a_paragraph_a_row() -> None:
    """GFM tables (results, polls) read row by row, not as one run of pipes."""
    article = parse_article(
        "# T\n\nThe results:\n\n| Team | Score |\n|:-----|------:|\n| **Reds** | 3 |\n"
        "| Blues \\| Whites | 1 |\n\nThe Reds won.\n"
    )
    assert [p.text for p in article.paragraphs] == [
        "The results:",
        "Team | Score",
        "Reds | 3",
        "Blues | Whites | 1",  # an escaped pipe is text
        "The Reds won.",
    ]
    # A line of dashes with no pipe under a line is a heading's underline, as before.
    assert parse_article("# T\n\nText.\n\nScores\n---\n\nMore.").headings[0].text == "Scores"


def test_many_comment_openings_are_read_in_one_pass() -> None:
    text = "<!-- x --> " * 100_000 + "<!-- " * 100_000
    article = parse_article("# T\n\nText.\n\n" + text)
    assert [p.text for p in article.paragraphs] == ["Text.", ("<!-- " * 100_000).strip()]


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"%PDF-1.4\n1 0 obj\n", "PDF"), (b"PK\x03\x04rest", "zip"), (b"{\\rtf1 Hi}", "RTF")],
)
def test_documents_that_are_not_text_are_refused_by_kind(data: bytes, kind: str) -> None:
    with pytest.raises(ArticleError, match=kind):
        parse_bytes(data, source="file")


def test_a_bylines_outlet_after_a_comma_is_no_author() -> None:
    for byline in ("By Ann Lee, BBC News", "By Ann Lee, Reuters", "By Ann Lee, AFP"):
        article = parse_article(f"# T\n\n{byline}\n\nBody text here.")
        assert article.authors == ["Ann Lee"], byline
    article = parse_article("# T\n\nBy Ann Lee, Bo Chen and Carla Diaz\n\nBody text here.")
    assert article.authors == ["Ann Lee", "Bo Chen", "Carla Diaz"]


def test_a_given_name_written_short_ends_no_sentence() -> None:
    from newsread.sentences import split_sentences

    assert split_sentences("It was said by Ma. Teresa Cruz. Founder Jack Ma. He left.") == [
        "It was said by Ma. Teresa Cruz.",
        "Founder Jack Ma.",
        "He left.",
    ]


def test_a_caption_in_newsreads_own_form_is_no_byline_where_front_matter_names_the_authors():
    # `show -f markdown` writes a caption as "*text* **credit**"; one reading "By" and a
    # name must come back as that caption, the front matter giving the authors.
    head = '---\ntitle: "T"\nauthors: ["ann lee"]\n---\n\n# T\n\n'
    article = parse_article(head + "*By Tuesday* **AFP**\n\nBody.\n")
    assert (article.caption.text, article.caption.credit) == ("By Tuesday", "AFP")
    assert article.authors == ["ann lee"]
    # Without front matter, the same line is a byline, as such a line usually is.
    assert parse_article("# T\n\n*By* **Ann Lee**\n\nBody.\n").authors == ["Ann Lee"]


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(
    "head",
    [
        "Harbour Ferry Returns After Storm\n\nBy Ann Lee\n\nFebruary 3, 2024\n\n",
        "Harbour Ferry Returns After Storm\nBy Ann Lee\nFebruary 3, 2024\n\n",
        "Harbour Ferry Returns After Storm\n\nBy Ann Lee | February 3, 2024\n\n",
        "Harbour Ferry Returns After Storm\n\nAuthor: Ann Lee\nDate: 2024-02-03\n\n",
    ],
)
def test_an_unmarked_headline_over_a_byline_and_date_is_the_title(head, plain):
    article = parse_bytes(f"{head}The ferry returned on Monday.\n".encode(), plain=plain)
    assert (article.title, article.authors, article.published) == (
        "Harbour Ferry Returns After Storm",
        ["Ann Lee"],
        dt.date(2024, 2, 3),
    )
    assert [p.text for p in article.paragraphs] == ["The ferry returned on Monday."]


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "Harbour Ferry Returns\n\nThe ferry returned.\n",  # no byline or date under it
        "Harbour Ferry Returns\n",
        "The ferry is back.\n\nBy Ann Lee\n\nIt returned.\n",  # a sentence, no headline
        "updated by the desk\n\nBy Ann Lee\n\nIt returned.\n",  # no capital
        "Harbour Ferry Returns\n\n- the ferry\n- the pier\n",
        # Lines a page, a release or a letter opens with, over a byline:
        "Opinion\n\nBy Ann Lee\n\nIt returned.\n",
        "Listen to this article\n\nBy Ann Lee\n\nIt returned.\n",
        "Updated 5 minutes ago\n\nBy Ann Lee\n\nIt returned.\n",
        "FOR IMMEDIATE RELEASE\n\nBy Ann Lee\n\nIt returned.\n",
        "Photo: Ann Lee/Reuters\n\nBy Ann Lee\n\nIt returned.\n",
        "World > Europe > UK\n\nBy Ann Lee\n\nIt returned.\n",
        "Dear Editor\n\nBy Ann Lee\n\nIt returned.\n",
        # Kickers, sections, names, datelines, chrome: shorter than a headline, or no text.
        *(
            f"{line}\n\nBy Ann Lee\n\nMarch 3, 2024\n\nIt returned.\n"
            for line in [
                "Breaking News",
                "Ann Lee",
                "Dr Ann Lee, Health Editor",
                "Ann Lee and Bo Chen",
                "Letters to the Editor",
                "View in browser",
                "5 min read",
                "Home / News / World",
                "News | World | Europe",
                "KIRKWALL, Scotland",
                "WASHINGTON, March 3",
                "LONDON (Reuters) -",
                "Sunday 3 March",
            ]
        ),
    ],
)
def test_a_first_line_without_a_byline_or_date_under_it_stays_in_the_body(text, plain):
    article = parse_bytes(text.encode(), plain=plain)
    assert article.title is None
    assert article.paragraphs[0].text == text.split("\n")[0]


def test_an_unmarked_headline_never_displaces_a_front_matter_title():
    article = parse_article("---\ntitle: Ferry\n---\nFerry Returns\n\nBy Ann Lee\n\nBody.\n")
    assert article.title == "Ferry"
    assert article.paragraphs[0].text == "Ferry Returns"


@pytest.mark.parametrize(
    "headline",
    [
        "£5m Pier Opens",
        "iPhone Sales Slump",
        "FERRY RETURNS, OFFICIALS SAY",
        "Why Now, Minister?",
        "Putin Warns U.S.",
        "Apple Sues Samsung Electronics Co.",
        "#MeToo Founder Speaks Out",
        "Harry Kane Scores Twice",
        "US, China Agree to Resume Trade Talks",
        "Share Prices Tumble After Fed Decision",
        "Video Game Actors Go On Strike",
        "台风过后渡轮恢复航行",
        "¿Por qué sube la luz?",
        "(LEAD) N. Korea Fires Missile",
    ],
)
def test_an_unmarked_headline_may_open_on_a_sign_or_a_brand_and_be_shouted(headline):
    article = parse_article(f"{headline}\n\nBy Ann Lee\n\nIt returned.\n")
    assert (article.title, article.authors) == (headline, ["Ann Lee"])


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_labelled_lines_naming_the_title_keep_the_line_above_in_the_body(plain, gap):
    text = f"Ferry Returns Home{gap}Title: Ferry Returns After Storm\nAuthor: Ann Lee\n\nBody.\n"
    article = parse_bytes(text.encode(), plain=plain)
    assert (article.title, article.authors) == ("Ferry Returns After Storm", ["Ann Lee"])
    assert [p.text for p in article.paragraphs] == ["Ferry Returns Home", "Body."]


@pytest.mark.parametrize("byline", ["", "By Ann Lee\n\n"])
def test_a_plain_texts_first_line_keeps_its_markdown_like_characters(byline):
    line = "C++ *and* _Rust_ at [Work](http://x.org) 2\\_0"
    article = parse_bytes(f"{line}\n\n{byline}The body.\n".encode(), plain=True)
    assert (article.title if byline else article.paragraphs[0].text) == line


def test_a_headline_the_labelled_lines_repeat_is_not_kept_twice():
    text = "Ferry Returns Home\nTitle: Ferry returns home\nAuthor: Ann Lee\n\nBody.\n"
    article = parse_article(text)
    assert article.title == "Ferry returns home"
    assert [p.text for p in article.paragraphs] == ["Body."]


def test_a_labelled_title_line_over_a_byline_in_one_block_is_no_headline():
    article = parse_article("Title: Ferry Returns\nBy Ann Lee\n\nBody.\n")
    assert article.title is None
    assert article.paragraphs[0].text == "Title: Ferry Returns By Ann Lee"


def test_a_byline_with_a_post_over_its_date_lines_keeps_the_dates():
    article = parse_article(
        "# Ferry returns\n\nBy Ann Lee, Orkney correspondent\nSat 3 Feb 2024 06.00 GMT\n"
        "Last modified on Sat 3 Feb 2024 08.00 GMT\n\nThe ferry is back.\n"
    )
    assert (article.authors, article.published) == (["Ann Lee"], dt.date(2024, 2, 3))
    assert [p.text for p in article.paragraphs] == ["The ferry is back."]


@pytest.mark.parametrize(
    ("message", "empty"),
    [
        ("lib/draft.md: is empty", True),
        ("lib/draft.md: is empty: front matter only, with no title and no text", True),
        ("lib/notes: is empty: old.md: binary file (NUL bytes), not an article", False),
        ("lib/notes: is empty.md: permission denied", False),
    ],
)
def test_only_a_file_with_nothing_in_it_is_an_empty_error(message, empty):
    from newsread.article import is_empty_error

    assert is_empty_error(message) is empty


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "Timeline of the Ferry Crisis\n\nFebruary 3, 2024\n\nThe ferry leaves port.\n\n"
        "February 4, 2024\n\nThe coastguard finds it.\n",
        "This article is more than 1 year old\n\nThu 6 Jul 2023 19.01 BST\n\nThe ferry.\n",
    ],
)
def test_a_date_alone_under_a_first_line_makes_no_headline_and_is_left_as_it_was(text, plain):
    old = [block.strip() for block in text.split("\n\n") if block.strip()]
    article = parse_bytes(text.encode(), plain=plain)
    assert (article.title, article.authors, article.published) == (None, [], None)
    assert [p.text for p in article.paragraphs] == old


@pytest.mark.parametrize("head", ["# Storm Isha Hits the UK", "Storm Isha Hits the UK"])
def test_an_outlets_name_under_a_byline_is_the_publisher_not_part_of_the_name(head):
    article = parse_article(f"{head}\n\nBy Sean Seddon\nBBC News\n\nThe storm hit.\n")
    assert (article.title, article.authors, article.publisher) == (
        "Storm Isha Hits the UK",
        ["Sean Seddon"],
        "BBC News",
    )
    assert [p.text for p in article.paragraphs] == ["The storm hit."]


@pytest.mark.parametrize("plain", [False, True])
def test_labelled_lines_without_an_author_under_a_first_line_are_still_metadata(plain):
    text = "Ferry Returns Home Today\n\nDate: 2024-03-03\nURL: https://ex.org/f\n\nThe ferry.\n"
    article = parse_bytes(text.encode(), plain=plain)
    assert (article.title, article.published, article.url) == (
        None,
        dt.date(2024, 3, 3),
        "https://ex.org/f",
    )
    assert [p.text for p in article.paragraphs] == ["Ferry Returns Home Today", "The ferry."]


@pytest.mark.parametrize(
    ("under", "url", "publisher", "authors"),
    [
        ("Reuters", "https://www.theguardian.com/world/f", "The Guardian", ["Ann Lee"]),
        ("Reuters", None, "Reuters", ["Ann Lee"]),
        ("Reuters", "https://news.example.org/f", "Reuters", ["Ann Lee"]),
        ("time", None, None, []),  # an outlet's name as written, not a word: a paragraph
        ("The Times\nThe Hill", None, None, ["Ann Lee The Times The Hill"]),  # one at most
    ],
)
def test_an_outlet_under_a_byline_gives_way_to_the_outlet_of_the_url(
    under, url, publisher, authors
):
    tail = f"\n\nOriginal url: <{url}>\n" if url else "\n"
    article = parse_article(f"# Storm Hits the Coast\n\nBy Ann Lee\n{under}\n\nThe storm.{tail}")
    assert (article.publisher, article.authors) == (publisher, authors)


def test_a_reader_export_under_a_first_line_kept_in_the_body_starts_its_body_below_the_mark():
    text = (
        "Ferry Returns Home Today\n\nTitle: Harbour news\nURL Source: https://ex.org/f\n"
        "Published Time: 2024-03-03T10:00:00Z\n\nMarkdown Content:\nThe ferry came back.\n"
    )
    article = parse_article(text)
    assert (article.title, article.url) == ("Harbour news", "https://ex.org/f")
    assert [p.text for p in article.paragraphs] == [
        "Ferry Returns Home Today",
        "The ferry came back.",
    ]
