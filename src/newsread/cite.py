"""Citations of an article in the common style guides, and reference-manager exports.

Pure core: no Typer, no Rich. A citation is a sequence of (text, italic) segments so
each renderer decides how italics look (terminal italics, Markdown ``*…*``, HTML
``<i>…</i>``, or nothing in plain text).

Decisions where the issue is silent (each follows the guide named):

- Access dates appear only where a guide requires them: always in Harvard (Cite Them
  Right), IEEE and Vancouver; in MLA and Chicago only when the article has no date
  (both guides ask for one then); never in APA (news is not "designed to change").
  The date is ``accessed=``, else the article's own ``accessed``, else today.
- APA: news sites without a print edition (websites, broadcasters, agencies, unknown
  domains) take the italic-title form; newspapers and magazines the italic-periodical
  form. A website's name is left out when it repeats an organisation author; a
  periodical's name never is, being part of the source (APA 7 §9.25).
- Chicago sets agencies in roman and every other outlet in italics, dropping "The";
  so does Vancouver (NLM omits "The" from newspaper titles, and uses no italics).
- Sentence case (APA, Harvard, IEEE, Vancouver) is computed from the body; title case
  follows MLA or Chicago (`newsread.titlecase`) for an English title, and a title in
  another language takes that sentence case in MLA and Chicago too, as both ask.
- Unsigned articles: APA, MLA and IEEE start with the title; Chicago bibliography and
  author-date entries and Harvard start with the periodical's name, as those guides show.
  Chicago and Vancouver cite an organisation author that is the outlet itself as they
  cite the outlet's unsigned articles, naming it once (see `_OUTLET_FOR_ORG`).
- In-text: IEEE "[1]", Vancouver "(1)" (numbered in order by `cite_all`); Chicago
  notes-bibliography gives its short note. Only `PARENTHETICAL_STYLES` have a true
  parenthetical; `parenthetical` returns None for the rest.
- A date of a month or a year alone is cited as far as it goes, in each guide's own
  form for a date ("(2021, July)", "Sept. 2021", "2021 Jul"); it counts as a date, so
  MLA and Chicago add no access date for it. RIS writes the unknown parts empty in
  ``DA`` ("2021/07//") and keeps ``PY`` the bare year, as for a whole date.
- Several articles (`cite_all`): IEEE and Vancouver lists are numbered; author-date
  styles letter one author's works of a year by title ("2024a"), Chicago author-date
  any works whose citations read alike ("Lee et al. 2024a"); MLA adds a short title.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from newsread.dates import Precision, iso_date
from newsread.errors import NewsreadError
from newsread.model import Article
from newsread.names import Name, ascii_key, parse_names
from newsread.outlets import AGENCY, MAGAZINE, NEWSPAPER, tidy_url
from newsread.textsafe import dumps_json
from newsread.titlecase import (
    ARTICLES,
    MINOR_WORDS,
    CaseEvidence,
    all_caps,
    name_tokens,
    particles_as_body,
    quotes_inside,
    sentence_case,
    sentence_period,
    short_title,
    title_case,
)

Segment = tuple[str, bool]

#: Style name → one-line description (for ``--list-styles``); exports come last.
STYLES: dict[str, str] = {
    "apa": "APA 7th edition (reference list)",
    "mla": "MLA Handbook 9th edition (works cited)",
    "chicago": "Chicago Manual of Style 18th ed., notes and bibliography (--form)",
    "chicago-author-date": "Chicago Manual of Style 18th ed., author-date",
    "harvard": "Harvard (Cite Them Right)",
    "ieee": "IEEE reference style",
    "vancouver": "Vancouver (NLM, Citing Medicine)",
    "bibtex": "BibTeX entry (export)",
    "biblatex": "BibLaTeX entry (export)",
    "ris": "RIS record (export)",
    "csl-json": "CSL-JSON item (export)",
}
EXPORTS = frozenset({"bibtex", "biblatex", "ris", "csl-json"})
FORMS = ("bibliography", "note", "short-note")

#: Styles whose references give the access date of a dated web article; APA, MLA and
#: Chicago give it only for an undated one.
_ACCESS_DATED_STYLES = frozenset({"harvard", "ieee", "vancouver"})


def cites_access_date(article: Article, style: str, *, in_text: bool = False) -> bool:
    """Whether `style` prints the access date of this dated article: so whether a wrong
    one (before publication) would show in what is cited."""
    if not article.url or in_text:
        return False
    return style in EXPORTS or style in _ACCESS_DATED_STYLES


_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_MLA_MONTHS = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
]  # fmt: skip
#: The IEEE Reference Guide's own month forms, which are MLA's ("June", "Sept."), not the
#: three-letter ones of the CSL locale ("Jun.", "Sep.").
_IEEE_MONTHS = _MLA_MONTHS
_NLM_MONTHS = [m[:3] for m in _MONTHS]
_BIBTEX_MONTHS = [m[:3].lower() for m in _MONTHS]


@dataclass(frozen=True)
class Citation:
    """A formatted citation: text segments, each italic or not."""

    segments: tuple[Segment, ...]
    style: str
    form: str = "bibliography"
    in_text: bool = False

    def __str__(self) -> str:
        return to_plain(self)


def to_plain(citation: Citation | Sequence[Segment]) -> str:
    """The citation as plain text: italics dropped."""
    return "".join(text for text, _ in _segments(citation))


#: What Markdown would read as markup in a title or a name: emphasis, code, raw HTML,
#: and an ampersand that starts an entity ("&amp;").
_MARKDOWN_SIGNS = re.compile(r"[\\`*_<>]|&(?=#?\w+;)")
#: Brackets that make a link ("[x](y)", "[x][y]", "[x]: y"); a style's own "[Online]"
#: makes none and is left as it is.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]*)\](?=[(\[:])")
#: A URL, with its scheme or, as MLA prints it, without ("news.example/a_b?x=1").
_URL_IN_TEXT = re.compile(
    r"(https?://[^\s<>]+|(?<![\w@./-])(?:[a-z0-9-]+\.)+[a-z]{2,}[/?#][^\s<>]*)", re.IGNORECASE
)


def to_markdown(citation: Citation | Sequence[Segment]) -> str:
    """Markdown with ``*…*`` italics; the text's own markup characters are escaped, so a
    title like "<b>Deal</b> _done_" reads as written wherever the Markdown is pasted."""
    out = []
    for text, italic in _segments(citation):
        # A URL stays as it is, for renderers that link it ("_" and "*" are common there).
        text = "".join(
            piece
            if index % 2
            else _MARKDOWN_LINK.sub(r"\\[\1\\]", _MARKDOWN_SIGNS.sub(r"\\\g<0>", piece))
            for index, piece in enumerate(_URL_IN_TEXT.split(text))
        )
        out.append(f"*{text}*" if italic else text)
    return "".join(out)


def to_html(citation: Citation | Sequence[Segment]) -> str:
    """HTML-escaped text with ``<i>…</i>`` italics."""
    import html  # (its entity table is loaded only for this output)

    out = []
    for text, italic in _segments(citation):
        text = html.escape(text, quote=False)
        out.append(f"<i>{text}</i>" if italic else text)
    return "".join(out)


def _segments(citation: Citation | Sequence[Segment]) -> Sequence[Segment]:
    return citation.segments if isinstance(citation, Citation) else citation


class _Builder:
    """Collects segments, merging neighbours of the same kind."""

    def __init__(self) -> None:
        self.parts: list[Segment] = []

    def add(self, text: str, italic: bool = False) -> _Builder:
        if not text:
            return self
        if self.parts and self.parts[-1][1] == italic:
            self.parts[-1] = (self.parts[-1][0] + text, italic)
        else:
            self.parts.append((text, italic))
        return self

    def text(self) -> str:
        return "".join(t for t, _ in self.parts)

    def ends_with_stop(self) -> bool:
        return self.text().rstrip("”’\"'").endswith((".", "?", "!", "…"))

    def stop(self) -> _Builder:
        """A period, unless the text already ends with one (or ? !)."""
        return self if self.ends_with_stop() else self.add(".")


def _closed(text: str, mark: str, *, american: bool = True, comma_after: bool = False) -> str:
    """`text` + `mark`, where a title's own ? or ! replaces a period.

    American styles put the period or comma inside a quotation that ends the title
    ("…: ‘We Will Not Waver.’”); British ones (Harvard) leave it outside. With
    `comma_after` (Chicago since its 16th edition, §6.119 in the 17th), a comma the
    sentence needs still follows a title's ? or !: “Can Europe Keep Up?,”.
    """
    body = text.rstrip('’”"')
    quotes = text[len(body) :] if american else ""
    if not american:
        body = text
    if comma_after and mark == "," and body.endswith(("?", "!")):
        return body + mark + quotes
    if body.endswith(("?", "!")) or (mark == "." and body.endswith((".", "…"))):
        return text
    if mark == "," and quotes and sentence_period(body):
        # "…Waver.’" before a comma: the comma replaces the quotation's own period.
        return body[:-1] + mark + quotes
    return body + mark + quotes


#: What stands for a title the article does not have: the guides ask for a description
#: of the work, in brackets for APA 7 (§9.22), plain for MLA 9 and CMOS 18.
_UNTITLED = "Untitled article"
_UNTITLED_BRACKETED = f"[{_UNTITLED}]"


def _in_marks(
    m: _Meta, title: str, mark: str, *, comma_after: bool = False, described: str = _UNTITLED
) -> str:
    """“Title” closed with `mark` inside the quotation marks; for an untitled article,
    the `described` description, with no quotation marks."""
    if m.untitled:
        return _closed(described, mark, comma_after=comma_after)
    return "“" + _closed(title, mark, comma_after=comma_after) + "”"


# --------------------------------------------------------------------------- metadata


@dataclass
class _Meta:
    """What every style reads from an article, prepared once."""

    names: list[Name]
    #: The title, or "Untitled" where the article has none that survives cleaning (the
    #: styles need a placeholder; the exports leave the field out: see `untitled`).
    raw_title: str
    evidence: CaseEvidence
    published: dt.date | None
    publisher: str
    kind: str | None
    url: str
    accessed: dt.date
    untitled: bool = False
    #: How much of `published` the source gave ("day", "month", "year"): each style
    #: prints only that much, as every guide allows (APA "(2021, July)", MLA "Sept. 2021").
    precision: Precision = "day"
    #: Letter after the year for same-author, same-year works ("2024a"); see `cite_all`.
    year_suffix: str = ""
    #: MLA in a list: the same authors as the entry before ("---."), or an in-text author
    #: that another entry's reads the same as, "Lee et al." for other coauthors too (the
    #: in-text citation adds a short title); see `cite_all`.
    repeats_author: bool = False
    shares_author: bool = False
    #: In a list where another work's first author has the same family name: how this
    #: first author is told apart in text, "initials" ("A. Lee") or "given" ("Ann Lee",
    #: when the initials are the same too); see `cite_all`.
    lead_named: str = ""
    #: APA: how many authors the in-text citation names before "et al." because another
    #: work of the same year would otherwise read the same ("Lee, Park, et al."); 0 for
    #: the usual form. See `cite_all`.
    named_before_et_al: int = 0
    #: The article is in English (or says nothing of its language): see `title`.
    english: bool = True
    #: The article is in a language that capitalises its nouns (German): see `title`.
    nouns: bool = False

    def lead(self, *, harvard: bool = False) -> str:
        """The first author's name in text: the family name, or more when it is shared."""
        first = self.names[0]
        if self.lead_named == "given":
            return f"{first.family}, {first.given}" if harvard else first.display()
        if self.lead_named == "initials":
            if harvard:
                return f"{first.family}, {first.initials(spaced=False)}"
            return f"{first.initials()} {first.family}"
        return first.family

    def year(self, undated: str) -> str:
        """The year as the author-date styles print it, with its disambiguating letter."""
        return (str(self.published.year) if self.published else undated) + self.year_suffix

    @property
    def print_edition(self) -> bool:
        return self.kind in (NEWSPAPER, MAGAZINE)

    def sentence_title(self) -> str:
        return sentence_case(self.raw_title, self.evidence, english=self.english, nouns=self.nouns)

    def title(self, style: str) -> str:
        """The title in the case `style` gives it: title case for an English title; a title
        in another language keeps that language's sentence-style capitals (MLA 9, CMOS 17
        §11.24 / 18 §11.26), found from the body ("Ärzte warnen vor Hitzewelle")."""
        if not self.english:
            return self.sentence_title()
        return title_case(self.raw_title, style, self.evidence)

    def org_is_publisher(self) -> bool:
        """One organisation author that is the outlet itself ("Reuters" on reuters.com)."""
        if len(self.names) != 1 or not self.names[0].organisation:
            return False
        return _drop_the(self.names[0].family).casefold() == _drop_the(self.publisher).casefold()


def article_names(article: Article) -> list[Name]:
    """The article's authors as the styles cite them, each filed under the family name
    the front matter gives in parts. A name the front matter gives as CSL's ``literal``,
    or one that is the publisher's own ("Harbour Daily" on Harbour Daily: the outlet
    itself), is an organisation, whatever its words: cited whole, never as "Daily, H."."""
    literal = {" ".join(name.split()) for name in article.literal_authors}
    publisher = " ".join((article.publisher or "").split())
    outlet = _drop_the(publisher).casefold()
    names = []
    for written in article.authors:
        whole = " ".join(written.split())
        if outlet and _drop_the(whole).casefold() == outlet:
            # As written ("The Lakeside Courier"), unless in odd capitals ("the Guardian",
            # "GUARDIAN" on The Guardian): then as the outlet writes it.
            odd = not whole[:1].isupper() or whole.isupper()
            names.append(Name(family=publisher if odd else whole, organisation=True))
        elif whole in literal:
            names.append(Name(family=whole, organisation=True))
        elif (parts := article.name_parts(whole)) is not None:
            given, family = parts
            # A family name given alone is the whole name, cited whole as a one-word
            # name is ("Ardiansyah").
            names += (
                parse_names([f"{family}, {given}"])
                if given
                else [Name(family=family, organisation=True)]
            )
        else:
            names += parse_names([written])
    return names


def _meta(article: Article, accessed: dt.date | None) -> _Meta:
    # A trailing separator ("…, an analyst,") would collide with the style's own mark.
    title = " ".join((article.title or "").split()).rstrip(",;: ")
    if sentence_period(title):  # not "U.S." or "King Jr."
        title = title[:-1]
    if not any(char.isalnum() for char in title):
        title = ""  # "..", "—": marks alone name nothing
    return _Meta(
        names=article_names(article),
        raw_title=title or "Untitled",
        untitled=not title,
        evidence=_evidence(article),
        published=article.published,
        precision=article.published_precision,
        # One citation is one line: a line break typed into the front matter is a space
        # in a name and nothing in a URL, which has no spaces.
        publisher=" ".join((article.publisher or "").split()),
        kind=article.publisher_kind,
        url=_doi_link(tidy_url(article.url or "").translate(_URL_ESCAPES)),
        accessed=accessed or article.accessed or dt.date.today(),
        english=_is_english(article.language),
        nouns=_capitalises_nouns(article.language),
    )


def _is_english(language: str | None) -> bool:
    """English unless the language is known to be another: "en", "en-GB", "en_US",
    babel's "british", "English (UK)", none given, "und" (undetermined), a code of no
    language ("zz") or a name not known are English; "fr", "pt-BR", "ja", "french",
    "Français", "Swiss German" are not."""
    code = (language or "").strip().lower().replace("_", "-")
    words = _language_words(code)
    primary = _primary_subtag(words)  # "en (translated from French)": "en"
    if not code or primary in _NO_OTHER_LANGUAGE or primary == "english":
        return True
    babel = _babel_name(code)
    if babel is not None:
        return babel in _ENGLISH_BABEL_NAMES
    if not _LANGUAGE_NAMES.isdisjoint(words):
        return False  # "Français", "Deutsch (Österreich)", "Swiss German"
    if len(primary) == 2:
        return primary not in _ISO_639_1
    # Three letters: ISO 639-2/3 codes are too many to list, and most strings of three
    # letters are one; "qaa"-"qtz" are for private use.
    return not (len(primary) == 3 and primary.isascii() and primary.isalpha()) or (
        "qaa" <= primary <= "qtz"
    )


def _capitalises_nouns(language: str | None) -> bool:
    """German, and the languages written as it is (Luxembourgish, Swiss German), give
    every noun a capital: "de", "de-CH", "deu", "ger", "gsw", "lb", "German", "Deutsch",
    babel's "ngerman", "Swiss German"."""
    words = _language_words((language or "").lower().replace("_", "-"))
    codes = _primary_subtag(words) in _NOUN_CAPITALISING_CODES
    return codes or not _NOUN_CAPITALISING.isdisjoint(words)


def _language_words(name: str) -> list[str]:
    """ "deutsch (österreich)" as ["deutsch", "österreich"]."""
    return [word.strip("(),;") for word in name.split()]


def _primary_subtag(words: list[str]) -> str:
    """The language of a tag or name's first word: "de" of "de-ch", "english" of
    "english (uk)"."""
    return words[0].split("-")[0] if words else ""


#: The names of the languages that capitalise every noun, and their codes (which count
#: only first: "Español de México" is no German).
_NOUN_CAPITALISING = frozenset(
    """german deutsch ngerman austrian naustrian swissgerman nswissgerman luxembourgish
    lëtzebuergesch schweizerdeutsch hochdeutsch""".split()
)
_NOUN_CAPITALISING_CODES = frozenset("de deu ger gsw lb ltz".split())

#: Language subtags that name English, or no one language ("und", "mul", "zxx", "mis").
_NO_OTHER_LANGUAGE = frozenset({"en", "eng", "und", "mul", "zxx", "mis"})

#: The two-letter language codes of ISO 639-1, with the withdrawn ones still met in the
#: wild (iw, in, ji, sh): any other pair of letters ("zz", "xx") names no language.
_ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr
    cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv
    ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km
    kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na
    nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc
    sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt
    tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu iw in ji sh""".split()
)

#: Languages written as words, in English and as their speakers write them: a title in
#: one of them takes that language's capitals, like one given by its code.
_LANGUAGE_NAMES = frozenset(
    """french français german deutsch spanish español castellano italian italiano
    portuguese português dutch nederlands russian русский ukrainian українська polish
    polski swedish svenska danish dansk norwegian norsk finnish suomi czech čeština
    greek ελληνικά turkish türkçe hebrew עברית arabic العربية hungarian magyar romanian
    română catalan català japanese 日本語 chinese 中文 korean 한국어 francais espanol
    portugues cestina turkce romana catala galician galego basque euskara croatian
    hrvatski serbian srpski slovak slovenčina slovenian slovenščina bulgarian
    български estonian eesti latvian latviešu lithuanian lietuvių indonesian
    vietnamese luxembourgish lëtzebuergesch schweizerdeutsch hochdeutsch""".split()
)


#: Styles in which an organisation author that is the outlet itself is cited once, in
#: the outlet's place, as an unsigned article is: CMOS (the owner of a site "Google.
#: “Privacy Policy.” Privacy & Terms."; an unsigned article under the newspaper's name,
#: without "The") and Citing Medicine (an organisation that is both author and publisher
#: goes in the publisher's place). APA drops a website's name instead (a periodical's
#: stays), MLA the author; IEEE repeats the organisation as its guide's examples do.
_OUTLET_FOR_ORG = frozenset({"chicago", "chicago-author-date", "vancouver"})


def _styled_meta(article: Article, accessed: dt.date | None, name: str) -> _Meta:
    """The article's metadata as `name` cites it: see `_OUTLET_FOR_ORG`."""
    m = _meta(article, accessed)
    if name in _OUTLET_FOR_ORG and m.org_is_publisher():
        return replace(m, names=[])
    return m


def _evidence(article: Article) -> CaseEvidence:
    """What the article says about which title words are names, for sentence case.

    Running text is the body, the photo caption and embedded posts, all written in
    sentence case; the names are the bylines, photo credit, embed authors and publisher,
    each a name only where a title writes it whole ("Financial Times", not "Financial").
    """
    texts = [p.text for p in article.paragraphs]
    texts += [e.text for e in article.embeds]
    names = list(article.authors) + [e.author for e in article.embeds if e.author]
    if article.caption:
        texts.append(article.caption.text)
        names += [article.caption.credit] if article.caption.credit else []
    names.append(article.publisher or "")
    return CaseEvidence.from_text(texts, [_without_byline_words(name) for name in names])


#: Words a byline adds to an organisation's name ("Reuters Staff", "Moscow Times
#: Reporters"): no part of the name a title would write.
_BYLINE_ENDINGS = frozenset(
    "staff desk team reporters correspondents writers editors newsroom wire".split()
)


def _without_byline_words(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _BYLINE_ENDINGS:
        words.pop()
    return " ".join(words)


def _drop_the(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " and len(name) > 4 else name


def _join(items: list[str], *, last: str, serial: bool = True) -> str:
    """ "A, B, and C" / "A and B" joined in English with a chosen final conjunction."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {last} {items[1]}"
    sep = ", " + last + " " if serial else " " + last + " "
    return ", ".join(items[:-1]) + sep + items[-1]


# ----------------------------------------------------------------------------- dates


def _full_date(date: dt.date, precision: Precision = "day", months: list[str] = _MONTHS) -> str:
    """ "July 4, 2021"; "July 2021" or "2021" for a month or a year alone."""
    if precision != "day":
        return _day_month_year(date, months, precision)
    return f"{months[date.month - 1]} {date.day}, {date.year}"


def _day_month_year(date: dt.date, months: list[str], precision: Precision = "day") -> str:
    """ "4 July 2021", "July 2021" or "2021": only as much as is known."""
    if precision == "year":
        return str(date.year)
    if precision == "month":
        return f"{months[date.month - 1]} {date.year}"
    return f"{date.day} {months[date.month - 1]} {date.year}"


def _month_day(date: dt.date, precision: Precision, months: list[str] = _MONTHS) -> str:
    """What follows the year where a style gives it first: "July 4", "July", or "" for a
    year alone (APA "(2021, July)", Harvard ", July", Chicago author-date ", July.")."""
    if precision == "year":
        return ""
    if precision == "month":
        return months[date.month - 1]
    return f"{months[date.month - 1]} {date.day}"


# ------------------------------------------------------------------------------ APA


def _apa_name(name: Name) -> str:
    if name.organisation or not name.given:
        return name.family + (f", {name.suffix}" if name.suffix else "")
    return f"{name.family}, {name.initials()}" + (f", {name.suffix}" if name.suffix else "")


def _apa_authors(names: list[Name]) -> str:
    """APA 7 §9.8: up to 20 names, "&" before the last; 21 or more: 19, ellipsis, last."""
    items = [_apa_name(n) for n in names]
    if len(items) == 1:
        return items[0]
    if len(items) > 20:
        return ", ".join(items[:19]) + ", . . . " + items[-1]
    return ", ".join(items[:-1]) + ", & " + items[-1]


def _apa(m: _Meta) -> _Builder:
    """Author. (Date). Title. Site. URL — italics on the title (web) or periodical (print)."""
    b = _Builder()
    month_day = _month_day(m.published, m.precision) if m.published else ""
    date = f"({m.year('n.d.')}, {month_day})" if month_day else f"({m.year('n.d.')})"
    title = _UNTITLED_BRACKETED if m.untitled else quotes_inside(m.sentence_title(), "none")
    title_italic = not m.print_edition
    closed = _closed(title, ".")
    if m.names:
        b.add(_apa_authors(m.names)).stop().add(f" {date}. ")
    if closed.startswith(title):  # the period follows the title, outside the italics
        b.add(title, title_italic and not m.untitled).add(closed[len(title) :])
    else:  # the period sits inside a quotation that ends the title
        b.add(closed, title_italic)
    if not m.names:
        b.add(f" {date}.")
    # A periodical's name is part of the source (APA 7 §9.25), so it stays even when it
    # is the author's; only a web page leaves out a site name that repeats the author.
    if m.publisher and (m.print_edition or not m.org_is_publisher()):
        b.add(" ").add(m.publisher, not title_italic).stop()
    if m.url:
        b.add(" " + m.url)
    return b


def _apa_in_text(m: _Meta) -> _Builder:
    year = m.year("n.d.")
    b = _Builder().add("(")
    if m.names and m.named_before_et_al:
        families = [m.lead()] + [n.family for n in m.names[1:]]
        shown = m.named_before_et_al
        if shown >= len(families):
            b.add(_join(families, last="&") + ", " + year)
        else:
            b.add(", ".join(families[:shown]) + ", et al., " + year)
    elif m.names:
        b.add(_surnames(m.names, "&", lead=m.lead()) + ", " + year)
    elif m.untitled:
        b.add(f"{_UNTITLED_BRACKETED}, {year}")
    else:
        short = quotes_inside(
            short_title(
                title_case(m.raw_title, "apa", m.evidence), english=m.english, evidence=m.evidence
            ),
            "double",
        )
        if m.print_edition:
            b.add(f"“{short},” {year}")
        else:
            b.add(short, True).add(f", {year}")
    return b.add(")")


def _surnames(names: list[Name], conjunction: str, et_al: int = 3, lead: str = "") -> str:
    """Family names for in-text citations: "A", "A and B", "A et al." (from `et_al` names);
    `lead` stands for the first when it has to be told apart ("A. Lee")."""
    families = [lead or names[0].family] + [n.family for n in names[1:]]
    if len(families) >= et_al:
        return families[0] + " et al."
    return f" {conjunction} ".join(families)


# ------------------------------------------------------------------------------ MLA


def _inversion_comma(first: Name) -> str:
    """The comma after a first author that inverting closes ("Lee, Ann, and Bo Chen"),
    none after an organisation, which is never inverted ("Save the Children and Ann Lee",
    "Save the Children et al.")."""
    return "" if first.organisation else ","


def _mla_authors(names: list[Name]) -> str:
    """MLA 9: one name inverted; two: "A, and B"; three or more: "A, et al."."""
    comma = _inversion_comma(names[0])
    if len(names) >= 3:
        return names[0].inverted() + comma + " et al"
    if len(names) == 2:
        return f"{names[0].inverted()}{comma} and {names[1].display()}"
    return names[0].inverted()


def _mla_url(url: str) -> str:
    """MLA 9 leaves out a URL's "https://", however it is written ("HTTPS://"), but gives
    a DOI whole, as a link: "https://doi.org/10.1234/abc" (§5.93-5.95)."""
    if _DOI_URL.match(url):
        return url
    return re.sub(r"^https?://", "", url, flags=re.IGNORECASE)


_DOI_URL = re.compile(r"https?://(?:dx\.)?doi\.org/10\.", re.IGNORECASE)


#: Characters no address may hold as it stands (`"<>`{}`), percent-encoded in a citation
#: as a browser sends them; the article keeps its address as written.
_URL_ESCAPES = str.maketrans({mark: f"%{ord(mark):02X}" for mark in '"<>`{}'})


def _doi_link(url: str) -> str:
    """A DOI's link in the form the guides ask for, "https://doi.org/10…" (APA 7 §9.35,
    MLA 9), however the metadata wrote it ("http://dx.doi.org/…", "https://DOI.org/…")."""
    found = _DOI_URL.match(url)
    return "https://doi.org/10." + url[found.end() :] if found else url


def _mla(m: _Meta) -> _Builder:
    """Author. “Title.” *Container*, date, URL. — access date only for undated articles."""
    b = _Builder()
    if m.names and not m.org_is_publisher():
        # MLA 9: later works by the same authors replace the names with three hyphens.
        b.add("---" if m.repeats_author else _mla_authors(m.names)).stop().add(" ")
    title = quotes_inside(m.title("mla"), "double")
    b.add(_in_marks(m, title, "."))
    rest: list[Segment] = []
    if m.publisher:
        rest.append((m.publisher, True))
    if m.published:
        rest.append((_day_month_year(m.published, _MLA_MONTHS, m.precision), False))
    if m.url:
        rest.append((_mla_url(m.url), False))
    for index, (text, italic) in enumerate(rest):
        b.add(" " if index == 0 else ", ").add(text, italic)
    if rest:
        b.stop()
    if not m.published:
        b.add(" Accessed " + _day_month_year(m.accessed, _MLA_MONTHS) + ".")
    return b


def _mla_who(m: _Meta) -> str:
    """The authors as MLA's in-text citation names them ("Lee", "Lee and Chen", "Lee et
    al."), or "" when it names the work by its title instead."""
    if not m.names or m.org_is_publisher():
        return ""
    if len(m.names) == 2:
        return f"{m.lead()} and {m.names[1].family}"
    return _surnames(m.names, "and", lead=m.lead())


def _mla_in_text(m: _Meta) -> _Builder:
    short = quotes_inside(
        short_title(m.title("mla"), english=m.english, evidence=m.evidence), "double"
    )
    who = _mla_who(m)
    if who and m.shares_author:
        # Another work's citation would read the same: a short title tells them apart.
        return _Builder().add(f"({who}, {_in_marks(m, short, '')})")
    return _Builder().add(f"({who})" if who else f"({_in_marks(m, short, '')})")


# -------------------------------------------------------------------------- Chicago


def _chicago_authors(names: list[Name]) -> str:
    """CMOS 18 bibliography: up to six names; seven or more: the first three, et al."""
    if len(names) > 6:
        shown = [names[0].inverted()] + [n.display() for n in names[1:3]]
        return ", ".join(shown) + ", et al."
    items = [names[0].inverted()] + [n.display() for n in names[1:]]
    if len(items) == 2:
        return f"{items[0]}{_inversion_comma(names[0])} and {items[1]}"
    return _join(items, last="and")


def _chicago_note_authors(names: list[Name]) -> str:
    """CMOS 18 notes: one or two names in full; three or more: "A et al."."""
    if len(names) >= 3:
        return names[0].display() + " et al."
    return " and ".join(n.display() for n in names)


def _chicago_periodical(m: _Meta) -> Segment:
    return (_drop_the(m.publisher), m.kind != AGENCY)


def _chicago(m: _Meta, form: str) -> _Builder:
    b = _Builder()
    title = quotes_inside(m.title("chicago"), "double")
    periodical = _chicago_periodical(m) if m.publisher else None
    if form == "short-note":
        short = quotes_inside(
            short_title(m.title("chicago"), english=m.english, evidence=m.evidence), "double"
        )
        if m.names:
            b.add(_surnames(m.names, "and") + ", ")
        return b.add(_in_marks(m, short, "."))
    if form == "note":
        parts: list[Segment] = []
        if m.names:
            parts.append((_chicago_note_authors(m.names), False))
        untitled = (_UNTITLED, False)  # followed by a comma like any part
        titled = ("“" + _closed(title, ",", comma_after=True) + "”", False)
        parts.append(untitled if m.untitled else titled)
        if periodical:
            parts.append(periodical)
        if m.published:
            parts.append((_full_date(m.published, m.precision), False))
        else:
            parts.append(("accessed " + _full_date(m.accessed), False))
        if m.url:
            parts.append((m.url, False))
        for index, (text, italic) in enumerate(parts):
            previous = parts[index - 1][0] if index else ""
            b.add("" if index == 0 else (" " if previous.endswith("”") else ", "))
            b.add(text, italic)
        return b.stop()
    # bibliography
    if m.names:
        b.add(_chicago_authors(m.names)).stop().add(" ")
        b.add(_in_marks(m, title, "."))
        if periodical:
            b.add(" ").add(*periodical)
        if m.published:
            b.add(", " if periodical else " ").add(_full_date(m.published, m.precision) + ".")
        else:
            b.stop().add(" Accessed " + _full_date(m.accessed) + ".")
    else:
        if periodical:
            b.add(*periodical).stop().add(" ")
        b.add(_in_marks(m, title, "."))
        if m.published:
            b.add(" " + _full_date(m.published, m.precision) + ".")
        else:
            b.add(" Accessed " + _full_date(m.accessed) + ".")
    if m.url:
        b.add(f" {m.url}").stop()
    return b


def _chicago_author_date(m: _Meta) -> _Builder:
    """Author. Year. “Title.” *Periodical*, Month Day. URL."""
    b = _Builder()
    title = quotes_inside(m.title("chicago"), "double")
    periodical = _chicago_periodical(m) if m.publisher else None
    year = m.year("n.d.")
    if m.names:
        b.add(_chicago_authors(m.names)).stop().add(f" {year}").stop().add(" ")
        b.add(_in_marks(m, title, "."))
        if periodical:
            b.add(" ").add(*periodical)
    else:
        if periodical:
            b.add(*periodical).stop().add(f" {year}").stop().add(" ")
        else:
            b.add(f"{_in_marks(m, title, '.')} {year}").stop()
            title = ""
        if title:
            b.add(_in_marks(m, title, "."))
    month_day = _month_day(m.published, m.precision) if m.published else ""
    if month_day:
        b.add(f", {month_day}." if m.names and periodical else f" {month_day}.")
    elif m.published:  # a year alone: given once, after the authors
        b.stop()
    else:
        b.stop().add(" Accessed " + _full_date(m.accessed) + ".")
    if m.url:
        b.add(f" {m.url}").stop()
    return b


def _chicago_author_date_who(m: _Meta) -> str:
    """The authors as the in-text citation names them: "Lee", "Lee and Chen", "Lee et al."
    (CMOS 18: three or more authors), "" for an unsigned work."""
    return _surnames(m.names, "and", et_al=3, lead=m.lead()) if m.names else ""


def _chicago_author_date_in_text(m: _Meta) -> _Builder:
    """(Author Year): Chicago puts no comma between the author and the date, "n.d." as
    any year (CMOS 17 §15.44, 18 §13.104): "(Lee n.d.)", "(Lee n.d.-a)"."""
    year = m.year("n.d.")
    b = _Builder().add("(")
    if m.names:
        b.add(f"{_chicago_author_date_who(m)} {year}")
    elif m.publisher:
        b.add(*_chicago_periodical(m)).add(f" {year}")
    elif m.untitled:
        b.add(f"{_UNTITLED} {year}")
    else:
        short = quotes_inside(
            short_title(m.title("chicago"), english=m.english, evidence=m.evidence), "double"
        )
        b.add(f"“{short}” {year}")
    return b.add(")")


# -------------------------------------------------------------------------- Harvard


def _harvard_name(name: Name) -> str:
    if name.organisation or not name.given:
        return name.family
    text = f"{name.family}, {name.initials(spaced=False)}"
    return text + (f", {name.suffix}" if name.suffix else "")


def _harvard_authors(names: list[Name]) -> str:
    """Cite Them Right: up to three names ("A, B and C"); four or more: "A et al."."""
    if len(names) >= 4:
        return _harvard_name(names[0]) + " et al."
    return _join([_harvard_name(n) for n in names], last="and", serial=False)


def _harvard(m: _Meta) -> _Builder:
    """Author (Year) ‘Title’, *Newspaper*, Day Month. Available at: URL (Accessed: date)."""
    b = _Builder()
    year = f"({m.year('no date')})"
    title = (
        _UNTITLED_BRACKETED
        if m.untitled
        else "‘" + quotes_inside(m.sentence_title(), "single") + "’"
    )
    if m.names:
        b.add(_harvard_authors(m.names) + f" {year} {title}")
        if m.publisher:
            b.add(", ").add(m.publisher, True)
    elif m.publisher:
        b.add(m.publisher, True).add(f" {year} {title}")
    else:
        b.add(f"{title} {year}")
    if m.published and m.precision != "year":
        day = f"{m.published.day} " if m.precision == "day" else ""
        b.add(f", {day}{_MONTHS[m.published.month - 1]}")
    b.stop()
    if m.url:
        b.add(f" Available at: {m.url} (Accessed: {m.accessed.day} ")
        b.add(f"{_MONTHS[m.accessed.month - 1]} {m.accessed.year}).")
    return b


def _harvard_in_text(m: _Meta) -> _Builder:
    year = m.year("no date")
    b = _Builder().add("(")
    if m.names:
        families = [m.lead(harvard=True)] + [n.family for n in m.names[1:]]
        who = (
            families[0] + " et al."
            if len(families) >= 4
            else _join(families, last="and", serial=False)
        )
        b.add(f"{who}, {year}")
    elif m.publisher:
        b.add(m.publisher, True).add(f", {year}")
    elif m.untitled:
        b.add(f"{_UNTITLED_BRACKETED}, {year}")
    else:
        # Cite Them Right puts the title where the author would stand: as it opens the
        # reference, in its quotation marks and case, "The" and all.
        short = short_title(
            m.sentence_title(), article=True, english=m.english, evidence=m.evidence
        )
        b.add(f"‘{quotes_inside(short, 'single')}’, {year}")
    return b.add(")")


# ----------------------------------------------------------------------------- IEEE


def _ieee_name(name: Name) -> str:
    if name.organisation or not name.given:
        return name.family
    return f"{name.initials()} {name.family}" + (f" {name.suffix}" if name.suffix else "")


def _ieee(m: _Meta) -> _Builder:
    """A. Author, “Title,” *Periodical*, Mon. D, YYYY. Accessed: … [Online]. Available: URL"""
    b = _Builder()
    names = m.names
    if names:
        if len(names) > 6:
            b.add(_ieee_name(names[0]) + " et al., ")
        else:
            items = [_ieee_name(n) for n in names]
            b.add(_join(items, last="and") + ", ")
    title = quotes_inside(m.sentence_title(), "double")
    rest: list[Segment] = []
    if m.publisher:
        rest.append((m.publisher, True))
    if m.published:
        rest.append((_full_date(m.published, m.precision, _IEEE_MONTHS), False))
    # The comma that separates the title from what follows sits inside its quotation
    # marks; with nothing after it, the title closes the entry with a period instead.
    b.add(_in_marks(m, title, "," if rest else ".", described=_UNTITLED_BRACKETED))
    for index, (text, italic) in enumerate(rest):
        b.add(", " if index else " ").add(text, italic)
    if rest:
        b.stop()
    if m.url:
        a = m.accessed
        b.add(f" Accessed: {_full_date(a, months=_IEEE_MONTHS)}. [Online].")
        b.add(f" Available: {m.url}")
    return b


# ------------------------------------------------------------------------ Vancouver


def _nlm_name(name: Name) -> str:
    if name.organisation:
        return _drop_the(name.family)  # Citing Medicine: "The" before an organisation goes
    if not name.given:
        return name.family
    text = f"{name.family} {name.initials(dots=False)}"
    return text + (f" {name.suffix.rstrip('.')}" if name.suffix else "")


def _nlm_title(m: _Meta) -> str:
    """Sentence case as Citing Medicine has it: unlike APA's, a subtitle opens in lower
    case, unless its first word is a name or an acronym ("World cup 2026: who will win?",
    "Talks stall: Russia walks out"). A quotation opening the subtitle keeps its capital."""
    title = m.sentence_title()
    words, regions = title.split(), name_tokens(title, m.evidence)
    for at in range(1, len(words)):
        if words[at - 1].endswith(":") and words[at][:1].isupper() and at not in regions:
            following = words[at + 1] if at + 1 < len(words) else ""
            words[at] = _mid_headline(words[at], following, m.evidence)
    return " ".join(words)


def _mid_headline(word: str, following: str, evidence: CaseEvidence) -> str:
    """The word as sentence case writes it inside a headline, where its capital stands
    only if the article shows it is a name: asked of a short headline where it stands
    second, with a word after it when the title has one (so "A" before a word is the
    article, lowered as "An" and "The" are; "Plan A" ending a title is the letter)."""
    return sentence_case(f"x {word} y" if following else f"x {word}", evidence).split(" ")[1]


def _vancouver(m: _Meta) -> _Builder:
    """Author AA. Title. Newspaper [Internet]. YYYY Mon D [cited YYYY Mon D]. Available from: URL"""
    b = _Builder()
    if m.names:
        items = [_nlm_name(n) for n in m.names[:6]]
        b.add(", ".join(items) + (", et al." if len(m.names) > 6 else ""))
        b.stop().add(" ")
    title = _UNTITLED_BRACKETED if m.untitled else quotes_inside(_nlm_title(m), "none")
    b.add(_closed(title, "."))
    if m.publisher:
        b.add(" " + _drop_the(m.publisher))
        if m.url:
            b.add(" [Internet].")
        else:
            b.stop()
    date = (
        f"{m.published.year} {_month_day(m.published, m.precision, _NLM_MONTHS)}".rstrip()
        if m.published
        else "[date unknown]"
    )
    b.add(" " + date)
    if m.url:
        a = m.accessed
        b.add(f" [cited {a.year} {_NLM_MONTHS[a.month - 1]} {a.day}]. Available from: {m.url}")
    else:
        b.add(".")
    return b


# -------------------------------------------------------------------------- exports


def citation_key(article: Article) -> str:
    """A stable BibTeX key: who, when, and the first content word of the title.

    Who: the first author's family name without particle, else the publisher without
    "The", else "anon". When: the year, else "nodate" (a bare "nd" ran into the names:
    "leendsenate"). Lower-case ASCII only: "tenisheva2022putin", "lee2024senate",
    "leenodatesenate", "anonnodatesenate". The same metadata always gives the same key;
    `KeyRegistry` makes keys unique within one export.
    """
    names = article_names(article)
    who = ""
    if names:
        who = ascii_key(names[0].core_family) if not names[0].organisation else ""
        who = who or ascii_key(_drop_the(names[0].family))
    # A name with no Latin letters ("Путин") gives no key: the publisher, else "anon".
    who = who or ascii_key(_drop_the(article.publisher or "")) or "anon"
    year = str(article.published.year) if article.published else "nodate"
    words = [ascii_key(w) for w in (article.title or "").split() if w.lower() not in MINOR_WORDS]
    word = next((w for w in words if w[:1].isalpha()), "")
    return who + year + word


_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    # "\{" would still count as a brace for BibTeX's balancing: a lone one breaks the file.
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def latex_escape(text: str) -> str:
    """Escape the characters TeX treats specially; other Unicode passes (biber, UTF-8)."""
    return "".join(_LATEX_SPECIAL.get(char, char) for char in text)


_EDGE = re.compile(r"^(\W*)(.*?)(\W*)$")


def _bib_title(m: _Meta) -> str:
    """The title as published, with the words sentence case keeps capitalised braced.

    BibTeX and biblatex styles lowercase titles except braced text, the first letter and
    the first letter after ": ", so a proper noun or acronym is braced ("{Russia}",
    "Made-for-{TV}", "{NATO}") and nothing else: a braced lower-case word ("{a}") would
    only stop a title-case style from capitalising it. Braces go on each hyphenated part.
    A name's particles are written as title case writes them (`particles_as_body`): a
    headline's "Von Der Leyen" is "von der {Leyen}", as in MLA and Chicago, where a
    style that keeps the case as given would otherwise print the headline's capitals.
    """
    # A title shouted in capitals is given in title case, not braced as shouted; a
    # headline's "Von Der Leyen" as the body and title case write it, "von der Leyen".
    if all_caps(m.raw_title):
        original = m.title("chicago").split()
    else:
        original = particles_as_body(m.raw_title, m.evidence).split()
    cased = m.sentence_title().split()
    if len(cased) != len(original):  # not expected; protect nothing rather than misalign
        cased = [w.lower() for w in original]
    out: list[str] = []
    for index, (word, kept) in enumerate(zip(original, cased, strict=True)):
        lead, core, trail = _EDGE.match(word).groups()  # type: ignore[union-attr]
        kept_core = _EDGE.match(kept).group(2)  # type: ignore[union-attr]
        # BibTeX keeps only the very first character (or the first after ": "): a capital
        # after an opening quotation mark must be braced to survive.
        opens = (index == 0 or original[index - 1].endswith(":")) and not lead
        parts, kept_parts = core.split("-"), kept_core.split("-")
        if len(parts) != len(kept_parts):
            kept_parts = [p.lower() for p in parts]
        pieces, braced = [], []
        for n, (part, kept_part) in enumerate(zip(parts, kept_parts, strict=True)):
            capitals = [c for c in kept_part if c.isupper()]
            forced = opens and n == 0 and capitals == [kept_part[:1]] and part[:1] == kept_part[:1]
            braced.append(bool(capitals) and not forced and any(c.isupper() for c in part))
            text = latex_escape(part)
            pieces.append(_braced(text) if braced[-1] else text)
        if braced == [True]:  # one word: brace it whole, marks and all ("{Ukraine's}")
            # …but a closing colon stays outside, where BibTeX sees the subtitle begin.
            out.append(_braced(latex_escape(lead + core)) + latex_escape(trail))
        else:
            out.append(latex_escape(lead) + "-".join(pieces) + latex_escape(trail))
    return " ".join(out)


#: Escapes at the start of a braced group: BibTeX would read "{\#MeToo}" as a special
#: character and lowercase its letters, so the escape goes before the braces.
_LEADING_ESCAPES = re.compile(r"^(?:\\[#$%&_]|\\text\w+\{\})+")


def _braced(text: str) -> str:
    """`text` braced against case changes: "{NATO}", "\\#{MeToo}"."""
    escapes = _LEADING_ESCAPES.match(text)
    if escapes is None:
        return "{" + text + "}"
    rest = text[escapes.end() :]
    return escapes.group(0) + ("{" + rest + "}" if rest else "")


def _bib_name(name: Name) -> str:
    if name.organisation:
        return "{" + latex_escape(name.family) + "}"
    if not name.given:
        return latex_escape(name.family)
    parts = [latex_escape(name.family)]
    if name.suffix:
        parts.append(latex_escape(name.suffix))
    parts.append(latex_escape(name.given))
    return ", ".join(parts)


#: The kinds of outlet exported as a periodical's article (BibTeX and biblatex
#: ``@article``), as RIS (``NEWS``, ``MGZN``) and CSL-JSON (``article-newspaper``,
#: ``article-magazine``) type them; any other, a website, a broadcaster's site or a kind
#: not known, is a web page, as RIS's ``ELEC`` and CSL's ``webpage`` are.
_PERIODICAL_EXPORT_KINDS = frozenset({NEWSPAPER, AGENCY, MAGAZINE})


def _bib_fields(
    article: Article, accessed: dt.date | None, biblatex: bool
) -> tuple[str, list[tuple[str, str]]]:
    """The entry type and its fields. A web page is biblatex's ``@online`` and BibTeX's
    ``@misc``, the site its ``organization`` (braced whole: a list field would split
    "Globe and Mail" at "and"), as RIS's ``ELEC`` and CSL's ``webpage`` have it; a
    periodical's article is an ``@article`` in its ``journaltitle`` or ``journal``."""
    m = _meta(article, accessed)
    web_page = m.kind not in _PERIODICAL_EXPORT_KINDS
    fields: list[tuple[str, str]] = []
    if m.names:
        fields.append(("author", " and ".join(_bib_name(n) for n in m.names)))
    if not m.untitled:  # none is left out, not given as "Untitled"
        fields.append(("title", _bib_title(m)))
    if m.publisher and web_page:
        fields.append(("organization", "{" + latex_escape(m.publisher) + "}"))
    if biblatex:
        if m.publisher and not web_page:
            fields.append(("journaltitle", latex_escape(m.publisher)))
        if not web_page:
            fields.append(("entrysubtype", "magazine" if m.kind == MAGAZINE else "newspaper"))
        if m.published:
            fields.append(("date", iso_date(m.published, m.precision)))
    else:
        if m.publisher and not web_page:
            fields.append(("journal", latex_escape(m.publisher)))
        if m.published:
            fields.append(("year", str(m.published.year)))
            if m.precision != "year":
                fields.append(("month", _BIBTEX_MONTHS[m.published.month - 1]))
            if m.precision == "day":
                fields.append(("day", str(m.published.day)))
    if not biblatex and web_page and (m.publisher or m.url):
        # The classic styles print only howpublished of a @misc's source, not its
        # organization nor url: the site and its link go there, as they read.
        link = r"\url{" + m.url + "}" if m.url else ""
        site = latex_escape(m.publisher) if m.publisher else ""
        fields.append(("howpublished", ", ".join(part for part in (site, link) if part)))
    if m.url:
        if biblatex:
            fields += [("url", m.url), ("urldate", m.accessed.isoformat())]
        else:
            if not web_page:
                fields.append(("url", m.url))
            fields.append(("note", f"Accessed {m.accessed.isoformat()}"))
    langid = _babel_name(article.language or "")
    if langid and biblatex:  # biblatex wants babel's name for it, not a language code
        fields.append(("langid", langid))
    if biblatex:
        return ("online" if web_page else "article"), fields
    return ("misc" if web_page else "article"), fields


#: Language codes as the babel/polyglossia names biblatex's ``langid`` takes.
_BABEL_NAMES = {
    "en": "english", "en-gb": "british", "en-us": "american", "en-au": "australian",
    "en-ca": "canadian", "en-nz": "newzealand", "fr": "french", "de": "ngerman",
    "es": "spanish", "it": "italian", "pt": "portuguese", "pt-br": "brazilian",
    "nl": "dutch", "ru": "russian", "uk": "ukrainian", "pl": "polish", "sv": "swedish",
    "da": "danish", "nb": "norsk", "no": "norsk", "fi": "finnish", "cs": "czech",
    "el": "greek", "tr": "turkish", "he": "hebrew", "ar": "arabic", "hu": "magyar",
    "ro": "romanian", "ca": "catalan",
}  # fmt: skip


_ENGLISH_BABEL_NAMES = frozenset(
    {"english", "british", "american", "australian", "canadian", "newzealand"}
)


def _babel_name(language: str) -> str | None:
    """ "en-GB" (or "en_GB") as "british", "fr" as "french"; a babel name as given."""
    code = language.strip().lower().replace("_", "-")
    if code in _BABEL_NAMES.values():
        return code
    return _BABEL_NAMES.get(code) or _BABEL_NAMES.get(code.split("-")[0])


def _bib_entry(kind: str, key: str, fields: list[tuple[str, str]]) -> str:
    lines = [f"@{kind}{{{key},"]
    width = max((len(name) for name, _ in fields), default=0)  # no fields: "@article{key,}"
    for name, value in fields:
        rendered = value if name == "month" and value in _BIBTEX_MONTHS else "{" + value + "}"
        lines.append(f"  {name.ljust(width)} = {rendered},")
    lines.append("}")
    return "\n".join(lines) + "\n"


class KeyRegistry:
    """Keeps the citation keys of one export unique, so a .bib file never repeats a key.

    The first article to want a key gets it; later ones get "a", "b", … "z", "aa", …
    appended, in the order they are claimed, so the same library gives the same keys.
    """

    def __init__(self) -> None:
        self._used: set[str] = set()

    def claim(self, key: str) -> str:
        candidate, count = key, 0
        while candidate in self._used:
            candidate = key + _letters(count)
            count += 1
        self._used.add(candidate)
        return candidate


def _letters(index: int) -> str:
    """0 → "a", 25 → "z", 26 → "aa": the suffixes BibTeX users expect for same-year works."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def to_bibtex(article: Article, *, accessed: dt.date | None = None, key: str | None = None) -> str:
    """A classic BibTeX ``@article`` for a periodical's article, ``@misc`` for a web page
    (month as a macro, access date in ``note``)."""
    kind, fields = _bib_fields(article, accessed, False)
    return _bib_entry(kind, key or citation_key(article), fields)


def to_biblatex(
    article: Article, *, accessed: dt.date | None = None, key: str | None = None
) -> str:
    """A BibLaTeX ``@article`` with ``entrysubtype`` ``magazine`` for a magazine, else
    ``newspaper``, or ``@online`` for a web page; ``date``, ``urldate`` and ``langid``
    (babel's name) where known."""
    kind, fields = _bib_fields(article, accessed, True)
    return _bib_entry(kind, key or citation_key(article), fields)


def _ris_name(name: Name) -> str:
    if name.organisation or not name.given:
        return name.family
    return f"{name.family}, {name.given}" + (f", {name.suffix}" if name.suffix else "")


def _ris_date(date: dt.date, precision: Precision = "day") -> str:
    """RIS's "YYYY/MM/DD/other", a part not known left empty: "2021/07//", "2021///"."""
    month = f"{date.month:02d}" if precision != "year" else ""
    day = f"{date.day:02d}" if precision == "day" else ""
    return f"{date.year:04d}/{month}/{day}/"


def to_ris(article: Article, *, accessed: dt.date | None = None) -> str:
    """One RIS record: ``TAG  - value`` lines from ``TY`` to a closing ``ER  - ``; ``NEWS``
    for a newspaper or agency, ``MGZN`` for a magazine, ``ELEC`` for anything else (a
    website, a broadcaster's site, or a kind not known), as `csl_item` types them; a title
    the article lacks is left out, not invented."""
    m = _meta(article, accessed)
    kind = {NEWSPAPER: "NEWS", AGENCY: "NEWS", MAGAZINE: "MGZN"}.get(m.kind or "", "ELEC")
    rows: list[tuple[str, str]] = [("TY", kind)]
    rows += [("AU", _ris_name(n)) for n in m.names]
    if not m.untitled:
        rows.append(("TI", m.raw_title))
    if m.publisher:
        rows.append(("T2", m.publisher))
    if m.published:
        rows.append(("DA", _ris_date(m.published, m.precision)))
        rows.append(("PY", str(m.published.year)))
    if m.url:
        rows.append(("UR", m.url))
        rows.append(("Y2", _ris_date(m.accessed)))
    if article.language:
        rows.append(("LA", article.language))
    rows.append(("ER", ""))
    return "".join(f"{tag}  - {' '.join(value.split())}\n" for tag, value in rows)


def _csl_name(name: Name) -> dict[str, str]:
    if name.organisation or not name.given:
        return {"literal": name.family}
    out = {"family": name.core_family, "given": name.given}
    if name.particle:
        out["non-dropping-particle"] = name.particle
    if name.suffix:
        out["suffix"] = name.suffix
    return out


def _csl_date(date: dt.date, precision: Precision = "day") -> dict[str, list[list[int]]]:
    """CSL's date-parts, as many as are known: [[2021, 7, 4]], [[2021, 7]], [[2021]]."""
    parts = [date.year, date.month, date.day]
    return {"date-parts": [parts[: {"year": 1, "month": 2, "day": 3}[precision]]]}


def csl_item(
    article: Article, *, accessed: dt.date | None = None, key: str | None = None
) -> dict[str, object]:
    """The CSL-JSON item: ``article-newspaper`` (a newspaper or agency),
    ``article-magazine``, else ``webpage``: the same split as `to_ris`."""
    m = _meta(article, accessed)
    kind = {
        NEWSPAPER: "article-newspaper",
        AGENCY: "article-newspaper",
        MAGAZINE: "article-magazine",
    }.get(m.kind or "", "webpage")
    item: dict[str, object] = {"id": key or citation_key(article), "type": kind}
    if not m.untitled:  # none is left out, not given as "Untitled"
        item["title"] = m.raw_title
    if m.names:
        item["author"] = [_csl_name(n) for n in m.names]
    if m.publisher:
        item["container-title"] = m.publisher
    if m.published:
        item["issued"] = _csl_date(m.published, m.precision)
    if m.url:
        item["URL"] = m.url
        item["accessed"] = _csl_date(m.accessed)
    if article.language:
        item["language"] = article.language
    return item


def to_csl_json(article: Article, *, accessed: dt.date | None = None) -> str:
    """A CSL-JSON array holding the one item (the shape Zotero and pandoc import)."""
    return dumps_json([csl_item(article, accessed=accessed)], indent=2) + "\n"


def export_all(
    articles: Iterable[Article], style: str, *, accessed: dt.date | None = None
) -> Iterator[str]:
    """Many articles as one export, streamed piece by piece (for ``cite --all``).

    BibTeX and BibLaTeX entries are separated by a blank line and keep unique keys; RIS
    records follow one another; CSL-JSON is one array holding every item, written as
    ``json.dumps(items, indent=2)`` would write it, without holding the items at once.
    """
    name = check_style(style)
    if name not in EXPORTS:
        raise NewsreadError(f"{name} is not an export format")
    keys = KeyRegistry()
    if name == "ris":
        for article in articles:
            yield to_ris(article, accessed=accessed)
        return
    if name == "csl-json":
        opened = False
        for article in articles:
            item = csl_item(article, accessed=accessed, key=keys.claim(citation_key(article)))
            text = dumps_json(item, indent=2).replace("\n", "\n  ")
            yield (",\n  " if opened else "[\n  ") + text
            opened = True
        yield "\n]\n" if opened else "[]\n"
        return
    exporter = to_bibtex if name == "bibtex" else to_biblatex
    for index, article in enumerate(articles):
        key = keys.claim(citation_key(article))
        yield ("\n" if index else "") + exporter(article, accessed=accessed, key=key)


# ------------------------------------------------------------------------------ API


def check_style(style: str, among: Collection[str] = STYLES) -> str:
    """The canonical style name, or a NewsreadError listing the valid ones (those of
    `among`, where a command takes only some)."""
    name = style.strip().lower()
    if name in STYLES:
        return name
    # The closest of the styles taken here ("apaa": apa), never one that would be
    # refused next; the valid ones are listed either way.
    valid = [s for s in STYLES if s in among]
    raise NewsreadError(_unknown("style", style, valid))


def _unknown(what: str, value: str, valid: list[str]) -> str:
    """An unknown value's message: the closest valid one, then all of them."""
    close = difflib.get_close_matches(value.strip().lower(), valid, n=1, cutoff=0.5)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown {what} {value!r}{hint}; valid {what}s: {', '.join(valid)}"


def check_options(style: str, form: str = "bibliography", in_text: bool = False) -> str:
    """The canonical style name once style, form and in-text are known to go together.

    Separate from `cite` so a command citing many articles can refuse before any output.
    """
    name = check_style(style)
    if form not in FORMS:
        raise NewsreadError(_unknown("form", form, list(FORMS)))
    if form != "bibliography" and name != "chicago":
        raise NewsreadError(f"--form {form} applies only to the chicago style")
    if name in EXPORTS and in_text:
        raise NewsreadError(f"{name} is an export format; it has no in-text form")
    return name


def cite(
    article: Article,
    style: str = "apa",
    *,
    form: str = "bibliography",
    in_text: bool = False,
    accessed: dt.date | None = None,
) -> Citation:
    """The article cited in `style`.

    `form` chooses Chicago's bibliography entry, full note or short note (other styles
    have only "bibliography"); `in_text` gives the parenthetical citation, one line,
    ready to follow a quotation. Export styles return their text as one plain segment.
    """
    name = check_options(style, form, in_text)
    if name in EXPORTS:
        exporter = {
            "bibtex": to_bibtex,
            "biblatex": to_biblatex,
            "ris": to_ris,
            "csl-json": to_csl_json,
        }[name]
        return Citation(((exporter(article, accessed=accessed), False),), name, form)
    return _render(_styled_meta(article, accessed, name), name, form, in_text)


def _render(m: _Meta, name: str, form: str, in_text: bool) -> Citation:
    if in_text:
        builder = _in_text(m, name)
        return Citation(tuple(builder.parts), name, form, True)
    builders = {
        "apa": lambda: _apa(m),
        "mla": lambda: _mla(m),
        "chicago": lambda: _chicago(m, form),
        "chicago-author-date": lambda: _chicago_author_date(m),
        "harvard": lambda: _harvard(m),
        "ieee": lambda: _ieee(m),
        "vancouver": lambda: _vancouver(m),
    }
    return Citation(tuple(builders[name]().parts), name, form)


def _in_text(m: _Meta, name: str) -> _Builder:
    if name == "apa":
        return _apa_in_text(m)
    if name == "mla":
        return _mla_in_text(m)
    if name == "chicago-author-date":
        return _chicago_author_date_in_text(m)
    if name == "harvard":
        return _harvard_in_text(m)
    if name == "chicago":
        return _chicago(m, "short-note")
    return _Builder().add(_number_mark(name, 1))


def in_text(article: Article, style: str = "apa") -> Citation:
    """Shorthand for ``cite(article, style, in_text=True)`` (used by ``quotes --cite``)."""
    return cite(article, style, in_text=True)


#: Styles whose reference lists and in-text citations are numbered in citation order.
NUMBERED_STYLES = frozenset({"ieee", "vancouver"})
#: Author-date styles: works by the same author in the same year take "2024a", "2024b".
AUTHOR_DATE_STYLES = frozenset({"apa", "chicago-author-date", "harvard"})
#: The one parenthetical in-text form each style has, if it has one: ``(Author, Year)``
#: or MLA's ``(Author)``. Chicago notes-bibliography cites in notes, IEEE and Vancouver
#: by number, so a quotation cannot carry their in-text form on its own.
PARENTHETICAL_STYLES = AUTHOR_DATE_STYLES | {"mla"}


def parenthetical(article: Article, style: str) -> Citation | None:
    """The author-date (or MLA author) parenthetical for `article`, or None when `style`
    has none, so a command quoting an article (``quotes --cite``) can refuse the others
    instead of printing a note or a bare "[1]" as if it were one."""
    name = check_style(style)
    return cite(article, name, in_text=True) if name in PARENTHETICAL_STYLES else None


def cite_all(
    articles: Iterable[Article],
    style: str = "apa",
    *,
    form: str = "bibliography",
    in_text: bool = False,
    accessed: dt.date | None = None,
) -> Iterator[Citation]:
    """Every article cited as one list (``cite --all``).

    IEEE and Vancouver number the entries in the order given, since a numbered list is
    how those styles cite several works: "[1] …" and "1. …", and in text "[1]" and "(1)";
    they stream. The other styles' lists (APA references, MLA works cited, Chicago
    bibliography, Harvard) are alphabetical, so their entries are sorted (see
    `_list_order`); in-text citations and Chicago notes keep the order given. Author-date
    styles (APA 7 §8.19, Chicago 18 §13.114, Cite Them Right) give works with the same
    authors and year the letters a, b, … in the list's order, both in the entry and in the
    in-text citation ("2024a", "n.d.-a", Harvard "no date a"); Chicago author-date letters
    every work whose citation would read the same, "Lee et al. 2024" of other coauthors
    too. MLA replaces the names of later works by the same authors with "---." and adds a
    short title in text wherever two works' in-text authors read the same.
    """
    name = check_options(style, form, in_text)
    if name in EXPORTS:
        raise NewsreadError(f"{name} is an export format; use export_all")
    if name in NUMBERED_STYLES:
        for number, article in enumerate(articles, start=1):
            yield _numbered(_styled_meta(article, accessed, name), name, number, in_text)
        return
    metas = [_styled_meta(article, accessed, name) for article in articles]
    listed = not in_text and not (name == "chicago" and form != "bibliography")
    if listed:
        # A reference list or works cited is alphabetical, whatever order came in.
        metas.sort(key=lambda m: _list_order(m, name))
    _mark_shared_surnames(metas)  # first: how a lead author is named decides what reads alike
    if name == "mla":
        _mark_mla_repeats(metas, listed)
    if name == "apa":
        _mark_et_al_collisions(metas)
    if name not in AUTHOR_DATE_STYLES:
        for m in metas:
            yield _render(m, name, form, in_text)
        return
    # Letters go in the list's own order, so "2024a" is the first of its group there.
    letters = _year_letters(
        [(_letter_group(m, name), str(m.published.year) if m.published else "") for m in metas],
        [_list_order(m, name) for m in metas],
    )
    for index, m in enumerate(metas):
        letter = letters.get(index, "")
        if letter and not m.published:
            letter = (" " if name == "harvard" else "-") + letter
        m.year_suffix = letter
        yield _render(m, name, form, in_text)


def _list_order(m: _Meta, name: str) -> tuple[object, ...]:
    """Where an entry stands in its style's list.

    Alphabetical by whatever opens the entry (authors' family then given names, one
    author before the same author with others; a title or organisation without an
    initial article), letter by letter so that "nothing precedes something" ("Lee"
    before "Leeds"). Then APA, Harvard and Chicago author-date go by year, undated
    first, and by title within a year, the order of its letters; APA first puts a
    year's works in date order, a year alone before a month and a month alone before
    its days ("2022a", "2022b, March", "2022c, March 4"), as APA 7 §9.47 orders works
    with more specific dates. MLA and Chicago bibliographies go by title.
    """
    opening = _opening_key(m, name)
    title = _sort_text(_title_order(m))
    if m.published is None or name not in AUTHOR_DATE_STYLES:
        return (opening, 0, 0, 0, title)
    if name != "apa" or m.precision == "year":
        return (opening, m.published.year, 0, 0, title)
    day = m.published.day if m.precision == "day" else 0
    return (opening, m.published.year, m.published.month, day, title)


def _opening_key(m: _Meta, name: str) -> tuple[tuple[str, str], ...]:
    if m.names and not (name == "mla" and m.org_is_publisher()):
        return tuple(
            (_sort_text(_drop_the(n.family) if n.organisation else n.family), _sort_text(n.given))
            for n in m.names
        )
    if name != "apa" and name != "mla" and m.publisher:
        return ((_sort_text(_drop_the(m.publisher)), ""),)
    return ((_sort_text(_title_order(m)), ""),)


def _sort_text(text: str) -> str:
    """Case- and accent-blind letters and digits, spaces and punctuation dropped: entries
    compare letter by letter ("De Vries" as "devries", after "Dean")."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if c.isalnum())


def _mark_mla_repeats(metas: list[_Meta], listed: bool) -> None:
    """MLA 9 for several works by the same authors: "---." after the first in works
    cited. In text, a short title goes after the authors wherever another work's
    citation would name them the same: the same authors, or "Lee et al." standing for
    other coauthors. An entry that names no author (one that is the outlet itself opens
    with its title) is no author for the next entry's hyphens to stand for."""
    keys = [_creator_key(m, "mla") if _mla_who(m) else None for m in metas]
    said = [_mla_who(replace(m, names=_same_author_names(m.names))).casefold() for m in metas]
    counts = Counter(who for who in said if who)
    for index, (m, key) in enumerate(zip(metas, keys, strict=True)):
        m.shares_author = bool(said[index]) and counts[said[index]] > 1
        m.repeats_author = listed and index > 0 and key is not None and keys[index - 1] == key


def _mark_shared_surnames(metas: list[_Meta]) -> None:
    """Different first authors with one family name are told apart in every in-text
    citation, by initials, or by given names when the initials are the same too (APA 7
    §8.20, MLA 9 §6.8, CMOS 18 §13.110, Cite Them Right)."""
    people: dict[str, set[str]] = {}
    for m in metas:
        if m.names and not m.names[0].organisation:
            # Case-blind, as `_creator_key` is: "ANN LEE" is Ann Lee, not another Lee.
            people.setdefault(m.names[0].family.casefold(), set()).add(m.names[0].given.casefold())
    for m in metas:
        if not m.names or m.names[0].organisation:
            continue
        given = people[m.names[0].family.casefold()]
        if len(given) > 1:
            initials = {Name(given=g).initials() for g in given}
            m.lead_named = "initials" if len(initials) == len(given) else "given"


def _mark_et_al_collisions(metas: list[_Meta]) -> None:
    """APA 7 §8.18: works of three or more authors whose "Lee et al., 2024" would read
    alike name as many authors as tell them apart, then "et al." ("Lee, Park, et al."),
    or all of them when "et al." would stand for one name only (it is plural)."""
    groups: dict[tuple[str, int | None], list[_Meta]] = {}
    for m in metas:
        if len(m.names) >= 3:
            year = m.published.year if m.published else None
            groups.setdefault((m.names[0].family.casefold(), year), []).append(m)
    for members in groups.values():
        lists = {tuple(n.family.casefold() for n in m.names) for m in members}
        if len(lists) < 2:
            continue
        for m in members:
            mine = tuple(n.family.casefold() for n in m.names)
            others = [other for other in lists if other != mine]
            m.named_before_et_al = next(
                (k for k in range(2, len(mine) - 1) if all(o[:k] != mine[:k] for o in others)),
                len(mine),
            )


def _number_mark(name: str, number: int) -> str:
    """A numbered style's in-text citation: IEEE's "[1]", Vancouver's "(1)"."""
    return f"[{number}]" if name == "ieee" else f"({number})"


def _numbered(m: _Meta, name: str, number: int, in_text: bool) -> Citation:
    if in_text:
        return Citation(((_number_mark(name, number), False),), name, in_text=True)
    b = _Builder().add(f"[{number}] " if name == "ieee" else f"{number}. ")
    for text, italic in (_ieee(m) if name == "ieee" else _vancouver(m)).parts:
        b.add(text, italic)
    return Citation(tuple(b.parts), name)


def _same_author_names(names: list[Name]) -> list[Name]:
    """The names as "the same authors" compares them: an organisation without an initial
    "The", so "The Harbour Gazette" and "Harbour Gazette" are one author in every style
    (letters, MLA's "---."), as they sort as one; each entry still prints its own."""
    return [replace(n, family=_drop_the(n.family)) if n.organisation else n for n in names]


def _creator_key(m: _Meta, name: str) -> str:
    """What stands in the author position of the entry: equal keys are "the same author"
    (case-blind, an organisation's initial "The" aside: see `_same_author_names`)."""
    if m.names:
        names = _same_author_names(m.names)
        return "|".join(f"{n.family}|{n.given}|{n.suffix}" for n in names).casefold()
    if name != "apa" and m.publisher:  # Chicago and Harvard open unsigned entries with it
        return "@" + _drop_the(m.publisher).casefold()
    return "#" + m.raw_title.casefold()


def _title_order(m: _Meta) -> str:
    """The title as reference lists sort it: case-blind, without an initial article."""
    words = m.raw_title.casefold().split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def _letter_group(m: _Meta, name: str) -> str:
    """What works must share, with their year, to take letters: the same authors (APA
    §8.19, CMOS 18 §13.114, Cite Them Right), or for Chicago author-date what the text
    citation names, so that a "Lee et al. 2024" of other coauthors is told apart too."""
    if name == "chicago-author-date" and m.names:
        return _chicago_author_date_who(replace(m, names=_same_author_names(m.names))).casefold()
    return _creator_key(m, name)


def _year_letters(
    groups: list[tuple[str, str]], order: Sequence[tuple[object, ...]]
) -> dict[int, str]:
    """Index → letter for every entry sharing its group and year with another, given in
    the list's `order` (then the order given, for equal places)."""
    members: dict[tuple[str, str], list[int]] = {}
    for index, group in enumerate(groups):
        members.setdefault(group, []).append(index)
    letters: dict[int, str] = {}
    for indices in members.values():
        if len(indices) > 1:
            ordered = sorted(indices, key=lambda i: (order[i], i))
            letters.update((i, _letters(n)) for n, i in enumerate(ordered))
    return letters
