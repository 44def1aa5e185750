"""The library as a whole: `list`, `add`, and the cache behind them."""

from __future__ import annotations

import json
import os
import re
import stat
import sys

import pytest

from newsread.catalog import Catalog
from newsread.cli import app
from newsread.importer import slugify
from newsread.library import Library

ARTICLE = """# {title}

By [Ann Lee](#)

{date}

"Everything is fine," the mayor said on {date}.

A second paragraph with a phrase.
"""


def write(folder, name, title, date="March 3, 2021"):
    path = folder / name
    path.write_text(ARTICLE.format(title=title, date=date), encoding="utf-8")
    return path


def run(runner, *args, **kwargs):
    return runner.invoke(app, list(args), **kwargs)


@pytest.fixture
def filled(library):
    write(library, "older.md", "An older story", "January 2, 2020")
    write(library, "newer.md", "A newer story", "February 3, 2022")
    (library / "plain.txt").write_text("Just text, no date.\n", encoding="utf-8")
    return library


def test_list_plain_is_tab_separated_newest_first(runner, filled):
    result = run(runner, "list", "--library", str(filled))
    assert result.exit_code == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [row[0] for row in rows] == ["newer", "older", "plain"]
    assert rows[0] == ["newer", "2022-02-03", "A newer story", "Ann Lee", "", rows[0][5], "1"]
    assert rows[2][1] == "" and rows[2][2] == ""


@pytest.mark.parametrize(
    ("key", "order"), [("title", ["newer", "older", "plain"]), ("words", None)]
)
def test_list_sorting(runner, filled, key, order):
    result = run(runner, "list", "--library", str(filled), "--sort", key, "--format", "json")
    slugs = [row["slug"] for row in json.loads(result.stdout)]
    if order:
        assert slugs == order
    else:
        words = [row["words"] for row in json.loads(result.stdout)]
        assert words == sorted(words, reverse=True)


def test_list_formats(runner, filled):
    as_json = json.loads(run(runner, "list", "--library", str(filled), "-f", "json").stdout)
    assert as_json[0]["authors"] == ["Ann Lee"] and as_json[0]["date"] == "2022-02-03"
    csv_lines = run(runner, "list", "--library", str(filled), "-f", "csv").stdout.splitlines()
    assert csv_lines[0] == "slug,date,title,authors,publisher,words,quotes"
    assert len(csv_lines) == 4
    jsonl = run(runner, "list", "--library", str(filled), "-f", "jsonl").stdout.splitlines()
    assert [json.loads(line)["slug"] for line in jsonl] == ["newer", "older", "plain"]
    table = run(runner, "--color", "always", "list", "--library", str(filled), "-f", "table")
    assert "newer" in table.stdout and "\x1b[" in table.stdout


def test_a_narrow_terminal_lists_each_article_as_a_block_with_its_slug_whole(
    runner, library, tmp_path, monkeypatch
):
    slug = "a-rather-long-slug-for-a-narrow-terminal"
    (library / f"{slug}.md").write_text("# Ferry\n\nThe ferry is back.\n", encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "44")
    table = run(runner, "--color", "always", "list", "--library", str(library), "-f", "table")
    plain = re.sub(r"\x1b\[[0-9;]*m", "", table.stdout)
    assert plain.splitlines()[0] == slug
    assert "Ferry" in plain and "4 words" in plain


def test_list_empty_library_exits_1(runner, library):
    result = run(runner, "list", "--library", str(library))
    assert result.exit_code == 1
    assert result.stdout == ""


def test_list_skips_an_unreadable_file_with_a_warning(runner, filled):
    (filled / "broken.md").write_bytes(b"\x00\x01binary")
    result = run(runner, "list", "--library", str(filled))
    assert result.exit_code == 2  # as grep after a file it could not read
    assert "broken.md" in result.stderr and "binary" in result.stderr
    assert len(result.stdout.splitlines()) == 3


@pytest.mark.parametrize("draft", ["", "\n\n", "---\nauthors: [Ann Lee]\n---\n"])
def test_an_empty_draft_is_skipped_with_a_warning_but_no_error_status(runner, filled, draft):
    (filled / "draft.md").write_text(draft, encoding="utf-8")
    for _ in range(2):  # the second run reads the cache
        result = run(runner, "list", "--library", str(filled))
        assert result.exit_code == 0, result.stderr
        assert "draft.md" in result.stderr and "is empty" in result.stderr
        assert len(result.stdout.splitlines()) == 3


def test_cache_is_reused_and_invalidated_by_an_edit(filled):
    catalog = Catalog(Library(filled))
    titles = {e.slug: e.title for e in catalog.entries()}
    assert titles["older"] == "An older story"
    catalog.close()
    path = filled / "older.md"
    write(filled, "older.md", "An edited story", "January 2, 2020")
    later = path.stat().st_mtime_ns + 10_000_000
    os.utime(path, ns=(later, later))  # a coarse clock must not hide the edit
    again = Catalog(Library(filled))
    assert {e.slug: e.title for e in again.entries()}["older"] == "An edited story"
    path.unlink()
    assert "older" not in {e.slug for e in again.entries()}


def test_an_edit_of_the_same_size_with_its_time_set_back_is_seen(filled):
    catalog = Catalog(Library(filled))
    assert {e.slug: e.title for e in catalog.entries()}["older"] == "An older story"
    catalog.close()
    path = filled / "older.md"
    before = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace("older", "elder"), encoding="utf-8")
    assert path.stat().st_size == before.st_size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # as "touch -r" would
    again = Catalog(Library(filled))
    assert {e.slug: e.title for e in again.entries()}["older"] == "An elder story"


def test_the_cache_notices_a_change_to_any_module_of_the_engine(monkeypatch, tmp_path):
    import newsread.catalog as catalog_module

    package = tmp_path / "newsread"
    (package / "quote_engine").mkdir(parents=True)
    (package / "catalog.py").write_text("# catalog\n", encoding="utf-8")
    engine = package / "quote_engine" / "engine.py"
    engine.write_text("# engine\n", encoding="utf-8")
    monkeypatch.setattr(catalog_module, "__file__", str(package / "catalog.py"))
    before = catalog_module._code_fingerprint()
    engine.write_text("# engine, changed\n", encoding="utf-8")
    assert catalog_module._code_fingerprint() != before


def test_cached_and_uncached_agree(filled):
    cached = [e.to_dict() for e in Catalog(Library(filled)).entries()]
    warm = [e.to_dict() for e in Catalog(Library(filled)).entries()]
    fresh = [e.to_dict() for e in Catalog(Library(filled), use_cache=False).entries()]
    assert cached == warm == fresh
    articles = list(Catalog(Library(filled)).articles())
    assert [a.title for a in articles] == [
        a.title for a in Catalog(Library(filled), use_cache=False).articles()
    ]


def test_a_damaged_cache_is_rebuilt(filled, tmp_path):
    list(Catalog(Library(filled)).entries())
    for path in (tmp_path / "cache").iterdir():
        path.write_bytes(b"not a database")
    assert len(list(Catalog(Library(filled)).entries())) == 3


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes: Linux")
@pytest.mark.parametrize("no_cache", [[], ["--no-cache"]])
def test_a_file_name_that_is_not_utf8_is_skipped_with_a_warning(runner, filled, no_cache):
    name = os.fsdecode(b"odd\xffname.md")  # kept as a surrogate, which SQLite refuses
    write(filled, name, "An odd name")
    result = run(runner, "list", "--library", str(filled), *no_cache)
    assert result.exit_code == 2, result.stderr  # a file it could not read, as grep
    assert "A newer story" in result.stdout and "An odd name" not in result.stdout
    assert "odd\\xffname.md: its name is not UTF-8" in result.stderr
    if not no_cache:  # the cache still serves every other file
        catalog = Catalog(Library(filled))
        assert len(list(catalog.entries())) == 3
        db = catalog._connect()
        assert db is not None
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 3


def test_default_article_is_the_latest_through_the_cache(runner, filled):
    result = run(runner, "show", "--library", str(filled))
    assert result.stdout.startswith("A newer story\n")


# -- add ----------------------------------------------------------------------------


def test_slugify():
    assert slugify("Putin Orders Advance: Ukraine's “Lysychansk”") == (
        "putin-orders-advance-ukraines-lysychansk"
    )
    assert slugify("Café à Kyïv") == "cafe-a-kyiv"
    assert len(slugify("word " * 40)) <= 60
    assert slugify("¿¡!") == ""
    assert slugify("Путин приказал наступать") == "путин-приказал-наступать"
    assert slugify("日本 の ニュース") == "日本-の-ニュース"


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Łódź mayor", "lodz-mayor"),
        ("Søren and Æsir", "soren-and-aesir"),
        ("Þór Dæmon", "thor-daemon"),
        ("Œuvre complète", "oeuvre-complete"),
        ("Đorđević wins", "dordevic-wins"),
        ("ÐÓR and straße", "dor-and-strasse"),
        ("Kırıkkale ŁAD", "kirikkale-lad"),
    ],
)
def test_slugs_spell_out_latin_letters_that_have_no_decomposition(title, slug):
    assert slugify(title) == slug


def test_add_names_a_polish_title_in_full(runner, library, tmp_path):
    source = write(tmp_path, "draft.md", "Łomża Council Meets")
    result = run(runner, "add", str(source), "--library", str(library))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "lomza-council-meets\n"
    assert (library / "lomza-council-meets.md").read_bytes() == source.read_bytes()


def test_add_markdown_copies_it_byte_for_byte_under_a_title_slug(runner, library, tmp_path):
    source = write(tmp_path, "download.md", "Mayor Opens Bridge")
    result = run(runner, "add", str(source), "--library", str(library))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "mayor-opens-bridge\n"
    assert (library / "mayor-opens-bridge.md").read_bytes() == source.read_bytes()
    assert "added mayor-opens-bridge" in result.stderr


def test_add_text_and_front_matter(runner, library, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("A plain paragraph.\n", encoding="utf-8")
    front = tmp_path / "fm.md"
    front.write_text("---\ntitle: From front matter\n---\nBody.\n", encoding="utf-8")
    result = run(runner, "add", str(text), str(front), "--library", str(library))
    assert result.exit_code == 0
    assert sorted(p.name for p in library.iterdir()) == ["from-front-matter.md", "notes.txt"]


def test_slug_collision_never_overwrites_and_force_replaces(runner, library, tmp_path):
    first = write(tmp_path, "a.md", "Same Title")
    second = tmp_path / "b.md"
    second.write_text("# Same Title\n\nDifferent body.\n", encoding="utf-8")
    assert run(runner, "add", str(first), "--library", str(library)).exit_code == 0
    clash = run(runner, "add", str(second), "--library", str(library))
    assert clash.exit_code == 2
    assert "already has 'same-title'" in clash.stderr and "--force" in clash.stderr
    assert (library / "same-title.md").read_bytes() == first.read_bytes()
    renamed = run(runner, "add", str(second), "--slug", "Other Name", "--library", str(library))
    assert renamed.stdout == "other-name\n"
    forced = run(runner, "add", str(second), "--force", "--library", str(library))
    assert forced.exit_code == 0 and "replaced same-title" in forced.stderr
    assert (library / "same-title.md").read_bytes() == second.read_bytes()
    assert not [p for p in library.iterdir() if p.name.startswith(".newsread-")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("absent.md", None, "no such file"),
        ("folder", "dir", "directory"),
        ("empty.md", "", "empty"),
        ("binary.md", "\x00\x01", "binary"),
    ],
)
def test_add_refuses_bad_sources_and_writes_nothing(
    runner, library, tmp_path, name, content, message
):
    source = tmp_path / name
    if content == "dir":
        source.mkdir()
    elif content is not None:
        source.write_text(content, encoding="utf-8")
    result = run(runner, "add", str(source), "--library", str(library))
    assert result.exit_code == 2
    assert message in result.stderr
    assert list(library.iterdir()) == []


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("a" * 300 + ".md", "File name too long"),
        ("-", "not standard input"),
    ],
)
def test_add_refuses_a_name_too_long_or_stdin_in_one_line(runner, library, source, message):
    result = run(runner, "add", source, "--library", str(library))
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1
    assert len(result.stderr) < 200 and "internal error" not in result.stderr
    assert list(library.iterdir()) == []


@pytest.mark.parametrize("command", [["show"], ["quotes"], ["cite"], ["search", "ferry"]])
def test_a_name_too_long_or_a_web_address_is_a_usage_error(runner, library, command):
    for ref, message in (("a" * 300, "File name too long"), ("https://x.example/a", "add it")):
        result = run(runner, *command, "-a", ref, "--library", str(library))
        assert result.exit_code == 2
        assert message in result.stderr and "internal error" not in result.stderr
    result = run(runner, "list", "--library", "a" * 300)
    assert result.exit_code == 2 and "File name too long" in result.stderr


def test_add_url_without_network_fails_cleanly(runner, library):
    # Port 9 on loopback (discard) refuses connections: no network traffic leaves the machine.
    result = run(runner, "add", "http://127.0.0.1:9/story.html", "--library", str(library))
    assert result.exit_code == 2
    assert "cannot fetch" in result.stderr and "nothing was added" in result.stderr
    assert result.stderr.count("\n") == 1
    assert list(library.iterdir()) == []


def test_add_reports_a_malformed_url_and_still_adds_the_rest(runner, library, tmp_path):
    good = write(tmp_path, "good.md", "Good Story")
    args = ["add", "http://ex.org/a b", "http://[x", str(good), "--library", str(library)]
    result = run(runner, *args)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert [line.split(": ", 2)[1] for line in lines[:2]] == ["http://ex.org/a b", "http://[x"]
    assert all("not a valid URL" in line for line in lines[:2])
    assert [p.name for p in library.iterdir()] == ["good-story.md"]


def test_a_page_with_no_article_text_is_named_in_the_message(runner, library, tmp_path):
    pytest.importorskip("trafilatura")
    page = tmp_path / "menu.html"
    page.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    result = run(runner, "add", str(page), "--library", str(library))
    assert result.exit_code == 2
    assert result.stderr == f"newsread: {page}: no article text found in the page\n"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores modes")
def test_read_only_library(runner, library, tmp_path):
    source = write(tmp_path, "a.md", "Read Only")
    library.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = run(runner, "add", str(source), "--library", str(library))
    finally:
        library.chmod(stat.S_IRWXU)
    assert result.exit_code == 2 and "cannot write" in result.stderr
    assert list(library.iterdir()) == []


def test_read_only_library_as_root_too(runner, library, tmp_path, monkeypatch):
    """Simulate a read-only folder where file modes can't (root): the write itself fails."""
    import newsread.importer as importer

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(importer.tempfile, "mkstemp", refuse)
    existing = write(library, "kept.md", "Kept")
    before = existing.read_bytes()
    result = run(
        runner, "add", str(write(tmp_path, "a.md", "Kept")), "--force", "--library", str(library)
    )
    assert result.exit_code == 2 and "Permission denied" in result.stderr
    assert existing.read_bytes() == before


def _no_hard_links(monkeypatch, appear=None):
    """Make `os.link` fail as it does on FAT or exFAT; `appear` is a file written just
    then, as another program might."""
    import errno

    import newsread.importer as importer

    def refuse(source, target):
        if appear is not None:
            appear.write_text("someone else's\n", encoding="utf-8")
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(importer.os, "link", refuse)


def test_add_without_hard_links_writes_the_article(runner, library, tmp_path, monkeypatch):
    _no_hard_links(monkeypatch)
    source = write(tmp_path, "a.md", "Ferry Returns")
    result = run(runner, "add", str(source), "--library", str(library))
    assert result.exit_code == 0, result.stderr
    assert (library / "ferry-returns.md").read_bytes() == source.read_bytes()
    assert [p.name for p in library.iterdir()] == ["ferry-returns.md"]


def test_add_without_hard_links_never_overwrites_a_file_that_appeared(
    runner, library, tmp_path, monkeypatch
):
    _no_hard_links(monkeypatch, appear=library / "ferry-returns.md")
    result = run(
        runner, "add", str(write(tmp_path, "a.md", "Ferry Returns")), "--library", str(library)
    )
    assert result.exit_code == 2 and "already exists" in result.stderr
    assert (library / "ferry-returns.md").read_text(encoding="utf-8") == "someone else's\n"
    assert [p.name for p in library.iterdir()] == ["ferry-returns.md"]


HTML = """<!doctype html><html><head><title>Council Approves Park | Example Gazette</title>
<meta property="og:title" content="Council approves new park">
<meta property="og:site_name" content="Example Gazette">
<meta name="author" content="Dana Fox">
<meta property="article:published_time" content="2023-05-06T10:00:00Z">
</head><body><nav>Home | World | Sport</nav><article><h1>Council approves new park</h1>
<p>The city council voted on Tuesday to turn the old rail yard into a public park, ending a
debate that had lasted for almost ten years.</p>
<p>"This is a place for every family in the city," the council leader, Maria Ortiz, said after
the vote. She added that work would begin in the spring.</p>
<p>Opponents had argued that the land should be sold to pay for repairs to the harbour, but
their proposal was defeated by nine votes to four.</p>
</article><footer>Copyright Example Gazette</footer></body></html>"""


def test_add_html_page(runner, library, tmp_path):
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    result = run(runner, "add", str(page), "--library", str(library))
    assert result.exit_code == 0, result.stderr
    (stored,) = library.iterdir()
    assert stored.suffix == ".md"
    text = stored.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    shown = json.loads(run(runner, "show", "-a", str(stored), "-f", "json").stdout)
    assert shown["title"] == "Council approves new park"
    assert shown["authors"] == ["Dana Fox"]
    assert shown["published"] == "2023-05-06"
    assert shown["publisher"] == "Example Gazette"
    bodies = [p["text"] for p in shown["paragraphs"]]
    assert any(b.startswith('"This is a place for every family') for b in bodies)
    assert not any("Home | World" in b or "Copyright" in b for b in bodies)


@pytest.mark.parametrize(
    ("url", "publisher", "kind"),
    [
        ("https://www.nytimes.com/2023/05/06/park.html", "The New York Times", "newspaper"),
        ("https://news.example.org/park", "news.example.org", None),
    ],
)
def test_add_html_page_naming_no_site_takes_the_outlet_its_address_gives(
    runner, library, tmp_path, url, publisher, kind
):
    """Where the page names no site, trafilatura falls back on the host; stored as the
    publisher, "nytimes.com" would hide the outlet the address is known to be."""
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    html = HTML.replace('<meta property="og:site_name" content="Example Gazette">', "")
    page.write_text(html.replace("</head>", f'<meta property="og:url" content="{url}"></head>'))
    result = run(runner, "add", str(page), "--library", str(library))
    assert result.exit_code == 0, result.stderr
    (stored,) = library.iterdir()
    shown = json.loads(run(runner, "show", "-a", str(stored), "-f", "json").stdout)
    assert (shown["url"], shown["publisher"], shown["publisher_kind"]) == (url, publisher, kind)


@pytest.mark.parametrize(
    ("declaration", "encoding"),
    [
        ('<meta charset="windows-1251">', "windows-1251"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-7">', "iso-8859-7"),
    ],
)
def test_add_html_page_reads_the_character_set_it_declares(
    runner, library, tmp_path, declaration, encoding
):
    """Read as cp1252, a Cyrillic or Greek page would be stored as mojibake."""
    pytest.importorskip("trafilatura")
    word = "Привет" if encoding == "windows-1251" else "Καλημέρα"
    html = HTML.replace("<head>", f"<head>{declaration}").replace("public park", word)
    page = tmp_path / "page.html"
    page.write_bytes(html.encode(encoding))
    result = run(runner, "add", str(page), "--library", str(library))
    assert result.exit_code == 0, result.stderr
    (stored,) = library.iterdir()
    assert f"old rail yard into a {word}, ending" in stored.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["page", "page.txt", "page.md"])
def test_add_html_page_saved_under_another_name_is_read_as_a_page(runner, library, tmp_path, name):
    """A page is known by how it opens, as a PDF is, not by its name: stored as tag
    soup, its navigation and markup would become the article's paragraphs."""
    pytest.importorskip("trafilatura")
    page = tmp_path / name
    page.write_text("\ufeff<!-- saved -->\n" + HTML, encoding="utf-8")
    result = run(runner, "add", str(page), "--library", str(library))
    assert result.exit_code == 0, result.stderr
    (stored,) = library.iterdir()
    assert stored.suffix == ".md"
    shown = json.loads(run(runner, "show", "-a", str(stored), "-f", "json").stdout)
    assert shown["title"] == "Council approves new park"
    assert not any("<" in p["text"] or "Home | World" in p["text"] for p in shown["paragraphs"])


@pytest.mark.parametrize("control", ["&#27;", "&#x1B;", "\x1b", "&#27"])
def test_add_html_page_with_a_control_character_keeps_it_visible(
    runner, library, tmp_path, control
):
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(HTML.replace("nine votes", f"nine {control}[31m votes"), encoding="utf-8")
    result = run(runner, "add", str(page), "--library", str(library))
    assert result.exit_code == 0, result.stderr
    (stored,) = library.iterdir()
    shown = json.loads(run(runner, "show", "-a", str(stored), "-f", "json").stdout)
    assert any("nine ␛[31m votes" in p["text"] for p in shown["paragraphs"])


# -- search --all ----------------------------------------------------------------------


def test_search_all_names_each_article_and_skips_those_without_hits(runner, filled):
    result = run(runner, "search", "--all", "phrase", "--library", str(filled))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        "newer:2:A second paragraph with a phrase.",
        "older:2:A second paragraph with a phrase.",
    ]
    listed = run(runner, "search", "--all", "-l", "mayor", "--library", str(filled))
    assert listed.stdout.splitlines() == ["newer", "older"]
    counted = run(runner, "search", "--all", "-c", "story", "--library", str(filled))
    assert counted.stdout.splitlines() == ["newer:1", "older:1"]


def test_search_all_json_is_one_array_and_nothing_found_exits_1(runner, filled):
    result = run(runner, "search", "--all", "phrase", "-f", "json", "--library", str(filled))
    records = json.loads(result.stdout)
    assert [r["ref"] for r in records] == ["newer", "older"]
    none = run(runner, "search", "--all", "zebra", "-f", "json", "--library", str(filled))
    assert none.exit_code == 1 and json.loads(none.stdout) == []


@pytest.mark.parametrize(
    "terms",
    [["kyiv"], ['"capital"'], ["kyiv", "capital"], ["--any", "zebra", "kyiv"], ["everything is"]],
)
def test_search_all_prefilter_agrees_with_searching_each_file(runner, filled, terms):
    (filled / "accents.md").write_text("# Kyïv\n\nIn Kyïv — the “capital”.\n", encoding="utf-8")
    listed = run(runner, "search", "--all", "-l", *terms, "--library", str(filled))
    one_by_one = [
        path.stem
        for path in sorted(filled.iterdir())
        if run(runner, "search", "-l", "-a", str(path), *terms).exit_code == 0
    ]
    assert listed.stdout.splitlines() == one_by_one
    assert one_by_one  # each case matches something


def test_all_and_article_together_is_an_error(runner, filled):
    result = run(runner, "search", "--all", "-a", "newer", "x", "--library", str(filled))
    assert result.exit_code == 2 and "not both" in result.stderr


def test_added_files_follow_the_umask(runner, library, tmp_path):
    source = write(tmp_path, "a.md", "Shared Library")
    old = os.umask(0o022)
    try:
        assert run(runner, "add", str(source), "--library", str(library)).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((library / "shared-library.md").stat().st_mode) == 0o644


def test_add_never_writes_into_the_shipped_articles(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./articles here, no $NEWSREAD_LIBRARY
    source = write(tmp_path, "a.md", "Anything")
    result = run(runner, "add", str(source))
    assert result.exit_code == 2
    assert "needs a library of your own" in result.stderr


def test_size_limit_holds_for_stdin_and_add(runner, library, tmp_path, monkeypatch):
    import newsread.article as article_module

    monkeypatch.setattr(article_module, "MAX_BYTES", 1000)
    monkeypatch.setattr("newsread.library.MAX_BYTES", 1000)
    monkeypatch.setattr("newsread.importer.MAX_BYTES", 1000)
    big = "# Big\n\n" + "word " * 400 + "\n"
    piped = runner.invoke(app, ["show", "-a", "-"], input=big)
    assert piped.exit_code == 2 and "limit" in piped.stderr
    source = tmp_path / "big.md"
    source.write_text(big, encoding="utf-8")
    added = run(runner, "add", str(source), "--library", str(library))
    assert added.exit_code == 2 and "limit" in added.stderr
    assert list(library.iterdir()) == []


def test_add_force_replaces_only_articles_and_strays_never_block(runner, library, tmp_path):
    (library / "t.markdown").write_text("# Older\n\nOlder body.\n", encoding="utf-8")
    strays = {"t.json": '{"notes": 1}\n', "t.bak": "backup\n", "t": "no suffix\n"}
    for name, text in strays.items():
        (library / name).write_text(text, encoding="utf-8")
    (library / "u.json").write_text("{}\n", encoding="utf-8")
    source = tmp_path / "new.txt"
    source.write_text("A new plain paragraph.\n", encoding="utf-8")
    forced = run(runner, "add", str(source), "--slug", "t", "--force", "--library", str(library))
    assert forced.exit_code == 0, forced.stderr
    # Written under another extension: the message names the file removed and the one written.
    assert (
        forced.stderr
        == f"replaced t: removed {library / 't.markdown'}, wrote {library / 't.txt'}\n"
    )
    assert (library / "t.txt").read_bytes() == source.read_bytes()
    assert not (library / "t.markdown").exists()
    for name, text in strays.items():  # not articles: never touched
        assert (library / name).read_text(encoding="utf-8") == text
    # A stray non-article with the slug's stem does not block an add without --force.
    added = run(runner, "add", str(source), "--slug", "u", "--library", str(library))
    assert added.exit_code == 0, added.stderr
    assert "added u" in added.stderr
    assert (library / "u.json").read_text(encoding="utf-8") == "{}\n"
    assert (library / "u.txt").read_bytes() == source.read_bytes()


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_a_slug_shared_by_two_articles_is_never_replaced_and_both_are_named(
    runner, library, tmp_path, force
):
    kept = {
        "harbour.md": "---\ntitle: Harbour log\n---\n\nThe ferry ran late twice.\n",
        "harbour.txt": "A separate transcript of the harbour master's call.\n",
    }
    for name, text in kept.items():
        (library / name).write_text(text, encoding="utf-8")
    source = tmp_path / "new.md"
    source.write_text("---\ntitle: Harbour\n---\n\nA third, newer piece.\n", encoding="utf-8")
    result = run(runner, "add", str(source), *force, "--library", str(library))
    assert result.exit_code == 2 and result.stdout == ""
    assert "harbour.md and harbour.txt" in result.stderr
    assert "another --slug" in result.stderr
    if force:
        assert "remove one of them by hand" in result.stderr
    assert {p.name: p.read_text(encoding="utf-8") for p in library.iterdir()} == kept


def test_add_removes_temporary_files_that_killed_adds_left_and_nothing_else(
    runner, library, tmp_path, monkeypatch
):
    hours_ago = os.stat(library).st_mtime - 2 * 3600
    left = library / ".newsread-k1ll_d9x.tmp"  # an add killed mid-write, two hours ago
    fresh = library / ".newsread-wr1t1ng0.tmp"  # an add writing now
    lookalikes = [
        ".newsread-short.tmp",
        ".newsread-k1ll_d9x.tmp.keep",
        "newsread-k1ll_d9x.tmp",
        ".newsread-K1LL_D9X.tmp",
        ".other-k1ll_d9x.tmp",
    ]
    for name in [left.name, fresh.name, *lookalikes]:
        (library / name).write_text("half a story", encoding="utf-8")
    folder = library / ".newsread-f0lder00.tmp"
    folder.mkdir()
    link = library / ".newsread-l1nk0000.tmp"
    link.symlink_to(tmp_path / "kept.txt")
    (tmp_path / "kept.txt").write_text("not ours\n", encoding="utf-8")
    for path in [left, folder, link, *(library / name for name in lookalikes)]:
        os.utime(path, (hours_ago, hours_ago), follow_symlinks=False)
    source = write(tmp_path, "draft.md", "Tidal Report")
    result = run(runner, "add", str(source), "--library", str(library))
    assert result.exit_code == 0, result.stderr
    assert not left.exists()
    assert fresh.exists() and folder.is_dir() and link.is_symlink()
    assert all((library / name).exists() for name in lookalikes)
    assert (tmp_path / "kept.txt").read_text(encoding="utf-8") == "not ours\n"

    # A temporary file that cannot be removed costs the add nothing.
    left.write_text("half a story", encoding="utf-8")
    os.utime(left, (hours_ago, hours_ago))
    real_unlink = type(left).unlink

    def refuse(path, *args, **kwargs):
        if path.name == left.name:
            raise PermissionError(13, "Permission denied")
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(type(left), "unlink", refuse)
    again = run(runner, "add", str(source), "--slug", "tidal-two", "--library", str(library))
    assert again.exit_code == 0, again.stderr
    assert again.stderr == f"added tidal-two ({library / 'tidal-two.md'})\n"
    assert left.exists()


def test_add_to_a_library_that_is_a_file_says_so_once_as_list_does(runner, tmp_path):
    not_a_folder = write(tmp_path, "notes.md", "Notes Kept Here")
    kept = not_a_folder.read_bytes()
    sources = [
        write(tmp_path, name, title) for name, title in [("a.md", "Ferry"), ("b.md", "Dock")]
    ]
    result = run(runner, "add", *map(str, sources), "--library", str(not_a_folder))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"newsread: library {not_a_folder} is not a folder\n"
    listed = run(runner, "list", "--library", str(not_a_folder))
    assert listed.stderr == result.stderr
    assert not_a_folder.read_bytes() == kept


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("HARBOUR-LOG", "harbour-log"),
        ("Harbour-Log.md", "harbour-log"),
        ("Harbour Log", "harbour-log"),
        ("harbour_log", "harbour-log"),
        ("harbour-log.html", "harbour-log-html"),
        ("tide-" * 80 + "end", "-".join(["tide"] * 12)),
    ],
)
def test_a_slug_that_must_change_is_named_in_one_line(runner, library, tmp_path, given, used):
    source = write(tmp_path, "draft.md", "Dockside Diary")
    result = run(runner, "add", str(source), "--slug", given, "--library", str(library))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{used}\n"
    warning, added = result.stderr.splitlines()
    assert warning.startswith("newsread: warning: --slug ")
    assert f"used {used!r}" in warning
    assert added == f"added {used} ({library / used}.md)"
    assert [p.name for p in library.iterdir()] == [f"{used}.md"]


@pytest.mark.parametrize("given", ["harbour-log", "h2o", "причал-утром", "x" * 60])
def test_a_slug_that_is_one_is_used_as_given_without_a_word(runner, library, tmp_path, given):
    source = write(tmp_path, "draft.md", "Dockside Diary")
    result = run(runner, "add", str(source), "--slug", given, "--library", str(library))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{given}\n"
    assert result.stderr == f"added {given} ({library / given}.md)\n"


@pytest.mark.parametrize("given", ["harbour-log.md", "harbour-log.TXT", "harbour-log.markdown"])
def test_an_article_extension_on_a_slug_goes_without_a_word(runner, library, tmp_path, given):
    # The extension names the file; the slug is the rest, and it is one as it stands.
    source = write(tmp_path, "draft.md", "Dockside Diary")
    result = run(runner, "add", str(source), "--slug", given, "--library", str(library))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "harbour-log\n"
    assert result.stderr == f"added harbour-log ({library / 'harbour-log'}.md)\n"


IMPORTED = [
    "Original url: the reporter's note, not a link.",
    "**Embed:** a phrase in asterisks",
    "# not a heading, 1. not a list",
    "1. Not a list item either.",
    "2) Nor this.",
    "- Nor a bullet; + nor this; > nor a quote.",
    "---",
    "A [bracket](not-a-link), a *star*, an_underscore, a `tick`, a \\ backslash, <b>tag</b>.",
    "Ends with C#",
]


def test_imported_text_survives_as_it_was_extracted(runner, library, tmp_path, monkeypatch):
    pytest.importorskip("trafilatura")
    extracted = {"title": "Imported *Story* #1", "text": "\n".join(IMPORTED), "date": "2023-05-06"}
    monkeypatch.setattr("trafilatura.extract", lambda *a, **k: json.dumps(extracted))
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>stand-in</p></body></html>", encoding="utf-8")
    added = run(runner, "add", str(page), "--library", str(library))
    assert added.exit_code == 0, added.stderr
    shown = json.loads(
        run(runner, "show", "-a", str(library / "imported-story-1.md"), "-f", "json").stdout
    )
    assert shown["title"] == "Imported *Story* #1"
    assert [p["text"] for p in shown["paragraphs"]] == IMPORTED
    assert shown["url"] is None and shown["embeds"] == [] and shown["headings"] == []


def test_a_slug_with_nothing_to_name_a_file_by_is_refused_as_such(runner, library, tmp_path):
    source = write(tmp_path, "a.md", "A Story")
    result = run(runner, "add", str(source), "--slug", "!!", "--library", str(library))
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"newsread: {source}: --slug '!!' holds no letter or digit to name a file by\n"
    )
    assert list(library.iterdir()) == []


def test_add_takes_color_as_every_command_does_and_refuses_an_empty_slug(runner, library, tmp_path):
    source = write(tmp_path, "story.md", "A story")
    empty = run(runner, "add", str(source), "--slug", "", "--library", str(library))
    assert empty.exit_code == 2 and "--slug needs a name" in empty.stderr
    assert list(library.iterdir()) == []
    result = run(runner, "add", str(source), "--color", "never", "--library", str(library))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "a-story\n"


@pytest.mark.parametrize("where", ["before", "after"])
def test_an_empty_library_option_is_a_usage_error_not_the_current_folder(runner, where):
    args = ["--library", "", "list"] if where == "before" else ["list", "--library", ""]
    result = run(runner, *args)
    assert result.exit_code == 2 and "needs a folder" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("no_cache", [[], ["--no-cache"]])
def test_a_link_that_leads_nowhere_is_skipped_with_a_warning(runner, filled, no_cache):
    (filled / "gone.md").symlink_to(filled / "absent.md")
    (filled / "loop.md").symlink_to(filled / "loop.md")
    result = run(runner, "list", "--library", str(filled), *no_cache)
    assert result.exit_code == 2, result.stderr  # a file it could not read, as grep
    assert len(result.stdout.splitlines()) == 3  # the readable articles, all listed
    assert "skipped" in result.stderr and "gone.md" in result.stderr
    assert "loop.md" in result.stderr and "internal error" not in result.stderr


def test_a_link_to_a_folder_or_a_pipe_is_passed_over_silently(filled):
    (filled / "sub").mkdir()
    (filled / "folder.md").symlink_to(filled / "sub")
    os.mkfifo(filled / "pipe")
    (filled / "pipe.md").symlink_to(filled / "pipe")  # reading it would wait forever
    library = Library(filled)
    assert [p.name for p in library.paths()] == ["newer.md", "older.md", "plain.txt"]
    assert library.set_aside == []


def test_a_file_named_with_its_extension_is_that_file_and_a_shared_slug_is_ambiguous(
    runner, library, monkeypatch, tmp_path
):
    (library / "story.md").write_text("# A one\n\nAlpha.\n", encoding="utf-8")
    (library / "story.txt").write_text("Gamma.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # not the library folder: the names are not paths here
    for ref, source in (
        ("story.md", "story.md"),
        ("story.txt", "story.txt"),
        ("story.TXT", "story.txt"),
    ):
        shown = run(runner, "show", "--library", str(library), "-a", ref, "-f", "json")
        assert json.loads(shown.stdout)["source"].endswith(source), ref
    for ref in ("story", "sto"):
        result = run(runner, "show", "--library", str(library), "-a", ref)
        assert result.exit_code == 2
        assert "ambiguous: it could be story.md, story.txt" in result.stderr


def test_add_a_markdown_or_text_file_served_over_http_stores_it_as_it_is(runner, library, tmp_path):
    import functools
    import http.server
    import threading

    served = tmp_path / "served"
    served.mkdir()
    story = '---\ntitle: "Served story"\n---\n\n"We are here," said Ann Lee.\n'
    (served / "one.md").write_text(story, encoding="utf-8")
    (served / "plain.txt").write_text("Plain story\n\nBody text.\n", encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        result = run(
            runner, "add", f"{base}/one.md", f"{base}/plain.txt", "--library", str(library)
        )
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.stderr
    assert (library / "served-story.md").read_text(encoding="utf-8") == story
    assert (library / "plain.txt").read_text(encoding="utf-8") == "Plain story\n\nBody text.\n"


@pytest.mark.parametrize("use_cache", [True, False])
def test_files_that_share_a_slug_go_by_their_file_names(library, use_cache):
    write(library, "story.md", "One story")
    write(library, "story.txt", "Another story")
    write(library, "other.md", "Other")
    catalog = Catalog(Library(library), use_cache=use_cache)
    assert sorted(e.slug for e in catalog.entries()) == ["other", "story.md", "story.txt"]
    assert sorted(a.slug or "" for a in catalog.articles()) == ["other", "story.md", "story.txt"]
    named = sorted((slug, load().slug) for slug, _, load in catalog.quotes())
    assert named == [("other", "other"), ("story.md", "story.md"), ("story.txt", "story.txt")]
    # Each name is a reference `-a` takes.
    assert Library(library).find("story.txt").name == "story.txt"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        # A label no browser reads text by is no label: no crash, cp1252 as for none.
        ('<meta charset="base64"><p>caf\xe9</p>'.encode("latin-1"), "café"),
        # Declared UTF-8 with one stray byte: the rest stays UTF-8.
        ('<meta charset="utf-8"><p>“ok”'.encode() + b"\x96</p>", "“ok”\ufffd"),
        # GB2312 read as browsers read it, GBK's characters too.
        ('<meta charset="gb2312"><p>朱镕基</p>'.encode("gbk"), "朱镕基"),
    ],
)
def test_page_text_reads_labels_as_browsers_do(data: bytes, text: str) -> None:
    from newsread.importer import page_text

    assert text in page_text(data)
