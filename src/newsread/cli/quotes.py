"""`newsread quotes`: every quotation in an article with its speaker, by speaker or kind."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

import typer

from newsread.cli import common
from newsread.cli.application import app

if TYPE_CHECKING:
    from newsread.model import Article
    from newsread.quotes import Quote, SpeakerSummary

COLUMNS = ("paragraph", "speaker", "kind", "text", "mention", "cue", "start", "end")
SUMMARY_COLUMNS = ("speaker", "quotes", "words")


class QuoteKind(enum.StrEnum):
    default = "default"
    direct = "direct"
    partial = "partial"
    scare = "scare"
    all = "all"


@app.command()
@common.handles_errors
def quotes(
    article: common.ArticleOption = None,
    every: common.AllOption = False,
    speaker: Annotated[
        list[str] | None,
        typer.Option(
            "--speaker",
            "-s",
            metavar="NAME",
            help="Only quotes whose speaker's name contains NAME (any case or accents); "
            "repeat for several speakers.",
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        QuoteKind,
        typer.Option(
            "--kind",
            "-k",
            help="direct, partial, scare (titles, nicknames, chants) or all; "
            "default: direct and partial.",
            show_default=False,
        ),
    ] = QuoteKind.default,
    speakers: Annotated[
        bool,
        typer.Option("--speakers", help="List who is quoted: quotes and words each."),
    ] = False,
    cite_style: Annotated[
        str | None,
        typer.Option(
            "--cite",
            metavar="STYLE",
            help="Follow each quote with its in-text citation, ready to paste: apa, mla, "
            "harvard or chicago-author-date (with --all, as cite --all --in-text gives it).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        common.TableFormat,
        typer.Option(
            "--format",
            "-f",
            help="auto: table on a terminal, plain in a pipe; or table, plain, json, jsonl, "
            "csv, tsv.",
        ),
    ] = common.TableFormat.auto,
    color: common.ColorOption = common.Color.auto,
    library: common.LibraryOption = None,
) -> None:
    """List an article's quotations with their speakers, in article order.

    Plain output is one quote a line: paragraph, speaker, kind and text, tab-separated.
    Exit status: 0 if quotes were found, 1 if none were, 2 on errors.
    """
    from newsread.errors import NewsreadError
    from newsread.quotes import names_anyone, speaker_matches, speaker_summary, suggest_speakers

    common.use_options(color, library)
    if speaker and not all(names_anyone(name) for name in speaker):
        raise NewsreadError("--speaker needs a name (or part of one)")
    if cite_style is not None:
        from newsread.cite import PARENTHETICAL_STYLES, STYLES, check_style

        cite_style = check_style(cite_style, PARENTHETICAL_STYLES)
        if cite_style not in PARENTHETICAL_STYLES:
            valid = ", ".join(s for s in STYLES if s in PARENTHETICAL_STYLES)
            raise NewsreadError(
                f"--cite needs a style with a parenthetical citation ({valid}), not {cite_style!r}"
            )
        if speakers:
            raise NewsreadError("--cite cites quotes; it cannot go with --speakers")
    style = common.pick_format(fmt.value, "table", "plain")
    seen: list[Quote] = []  # every quote of the kinds asked for, for "did you mean"
    chosen: list[Cited] = []
    sources: Iterable[Source] = _sources(article, every)
    citations: list[str] = []
    if every and cite_style:
        sources = list(sources)
        citations = _library_citations(sources, cite_style)
    for index, (ref, found, get_article) in enumerate(sources):
        kept = [q for q in found if _kind_matches(q, kind)]
        seen += kept
        if speaker:
            kept = [q for q in kept if any(speaker_matches(q, name) for name in speaker)]
        if kept and cite_style:
            citation = citations[index] if every else _citation(get_article(), cite_style)
            chosen += [Cited(ref, q, _with_citation(q, citation)) for q in kept]
        else:
            chosen += [Cited(ref, q, None) for q in kept]
    if not chosen:
        if style in common.RECORD_FORMATS:  # "[]" or a header: still valid data for a reader
            columns = _columns(named=every, cited=bool(cite_style))
            common.write_records([], style, SUMMARY_COLUMNS if speakers else columns)
        if speaker:
            names = ", ".join(f"'{name}'" for name in speaker)
            close = [s for name in speaker for s in suggest_speakers(name, seen)]
            hint = f"; did you mean {' or '.join(dict.fromkeys(close))}?" if close else ""
            common.info(f"no quotes by {names}{hint}")
        else:
            common.info("no quotes found")
        raise typer.Exit(1)
    if speakers:
        summary = speaker_summary(c.quote for c in chosen)
        if not summary:
            if style in common.RECORD_FORMATS:
                common.write_records([], style, SUMMARY_COLUMNS)
            common.info("no quoted speakers")
            raise typer.Exit(1)
        _write_summary(summary, style)
    else:
        _write_quotes(chosen, style, named=every)


@dataclass(frozen=True)
class Cited:
    """A quote with the article it comes from and, with --cite, its ready-to-paste line."""

    ref: str
    quote: Quote
    cited: str | None


#: An article's name, its quotes, and a way to get the article itself.
Source = tuple[str, list["Quote"], Callable[[], "Article"]]


def _citation(article: Article, style: str) -> str:
    """One article's parenthetical, as `cite --in-text` gives it."""
    from newsread.cite import parenthetical, to_plain

    cited = parenthetical(article, style)
    assert cited is not None  # the style was checked before
    return to_plain(cited)


def _library_citations(sources: Sequence[Source], style: str) -> list[str]:
    """Each source's parenthetical as `cite --all --in-text` gives it: told apart from the
    library's other works as the reference list tells them apart ("2024a", a short title
    in MLA), so a quote's citation leads to its own entry (APA 7 §8.19)."""
    from newsread.cite import cite_all, to_plain

    articles = (get_article() for _, _, get_article in sources)
    return [to_plain(cited) for cited in cite_all(articles, style, in_text=True)]


def _sources(ref: str | None, every: bool) -> Iterator[Source]:
    """Each article's name, quotes and a way to get the article (decoded only to cite it).

    Across a library the quotes come from the cache, so no article is re-analysed.
    """
    from newsread.quotes import Quote, extract_quotes

    if not every:
        article, records = common.load_with_quotes(ref)
        if records is None:
            found = extract_quotes(article)
        else:
            found = [Quote(**record) for record in records]
        yield article.slug or article.source or "-", found, lambda: article
        return
    common.one_source(ref, every)
    catalog = common.open_catalog()
    try:
        for slug, records, get_article in catalog.quotes():
            yield slug, [Quote(**record) for record in records], get_article
    finally:
        catalog.close()
        common.report_skipped(catalog.skipped)


def _kind_matches(quote: Quote, kind: QuoteKind) -> bool:
    if kind is QuoteKind.default:
        return quote.kind != "scare"
    return kind is QuoteKind.all or quote.kind == kind.value


#: Cue verbs that read well after a quotation ("…,” wrote X), as the article wrote them,
#: so that a joke or a shout stays one; others become "said": those that want an object
#: ("told", "denied", "quoted"), say no words ("laughed", "smiled") or are no verb
#: ("according to").
_ATTRIBUTION_VERBS = frozenset(
    """said says added adds wrote writes asked asks claimed claims warned warns argued argues
    insisted insists explained explains noted notes replied replies stated states declared
    declares announced announces admitted admits acknowledged acknowledges recalled recalls
    continued continues concluded concludes confirmed confirms joked jokes commented comments
    agreed agrees responded responds revealed reveals observed observes countered counters
    promised promises predicted predicts stressed stresses complained complains apologised
    apologises apologized apologizes confided confides confessed confesses whispered
    whispers vowed vows exclaimed exclaims shouted shouts yelled yells screamed screams
    cried cries tweeted tweets posted posts conceded concedes suggested suggests remarked
    remarks cautioned cautions boasted boasts pleaded pleads urged urges underlined
    underlines""".split()
)
#: A participle cue ("…, saying “…”") as the finite verb that sets the quote first.
_PARTICIPLE_VERBS = {
    "saying": "said",
    "adding": "added",
    "explaining": "explained",
    "insisting": "insisted",
    "warning": "warned",
    "declaring": "declared",
    "asking": "asked",
    "arguing": "argued",
    "writing": "wrote",
}


def _speaker_phrase(quote: Quote) -> str:
    """The speaker as the subject of "said": "the Institute…", "a Ukrainian soldier"."""
    speaker = quote.speaker or ""
    mention = quote.mention or ""
    first = mention.split(" ", 1)[0].lower()
    if speaker.split(" ", 2)[1:2] == ["of"]:
        return speaker  # "one of the organisers", "some of the residents"
    if first in ("the", "a", "an", "one") and mention.lower().endswith(speaker.lower()):
        return f"{first} {speaker}"
    from newsread.wordlists import PARTICLES

    # Lower-case words a proper name may hold ("Institute for the Study of War").
    inside_names = PARTICLES | {"of", "for", "the", "and", "on", "in", "at", "to"}
    if any(w[:1].islower() and w not in inside_names for w in speaker.split()):
        return f"{_indefinite(speaker)} {speaker}"  # a description, not a name
    return speaker


def _indefinite(phrase: str) -> str:
    """ "a" or "an" by sound, for the words news sources start with: "a Ukrainian soldier",
    "a European diplomat", "an unnamed official", "an aide", "a union leader"."""
    word = phrase.lower()
    if word.startswith("u"):  # "you"-sounding (Ukrainian, union) unless un- (unnamed)
        return "an" if word.startswith("un") and not word.startswith(("uni", "una")) else "a"
    if word.startswith(("eu", "one")):
        return "a"
    return "an" if word[:1] in "aeio" else "a"


def _with_citation(quote: Quote, citation: str) -> str:
    """The quote as a reporter would set it, ready to paste.

    A direct quote keeps its speaker: `“Text,” said Speaker (Author, Year).`; a partial
    quote is a fragment for the writer's own sentence: `“fragment” (Author, Year)`. The
    sentence's period comes after the citation (APA 7 §8.25; MLA and Harvard alike), so
    the quote's own goes; a "?" or "!" stays, and so does an abbreviation's period
    ("U.S.", "etc.", "Ltd.": `sentence_period`).
    """
    from newsread.titlecase import sentence_period

    def without_end(text: str) -> str:
        """Without the quote's own closing comma, colon or sentence period."""
        if sentence_period(text) or text.endswith((",", ";", ":")):
            return text[:-1].rstrip()
        return text

    text = without_end(_inner_quotes_single(quote.text.strip()))
    # A quotation inside that ends the quote: its closing mark goes last, after the
    # punctuation ("called it ‘a disaster,’” said …), as American usage sets it, however
    # the article set it ("‘a disaster’,’" in British usage).
    inner = text.endswith("’") and text.rfind("‘") > text.rfind("’", 0, len(text) - 1)
    text, closing = (without_end(text[:-1]), "’") if inner else (text, "")
    if quote.kind != "direct" or not quote.speaker:
        return f"“{text}{closing}” {citation}"
    if not text.endswith(("?", "!", "…", "—", "–")):  # ("We were going to—” said …)
        text += ","
    cue = (quote.cue or "").lower()
    verb = cue if cue in _ATTRIBUTION_VERBS else _PARTICIPLE_VERBS.get(cue, "said")
    return f"“{text}{closing}” {verb} {_speaker_phrase(quote)} {citation}."


def _inner_quotes_single(text: str) -> str:
    """A quotation inside the quote in single marks, as the line sets the quote in double
    ones (APA 7 §8.26; MLA and Chicago alike): "told me “never again”" and "told me
    "never again"" give "told me ‘never again’". A straight mark opens where a word or
    sign follows it and none stands before it, and closes an open one; after a figure
    with none open it is an inch's ("a 55" screen") and stays. Single marks are left as
    they are: a closing one is also the apostrophe."""
    if '"' not in text and "“" not in text and "”" not in text:
        return text
    marks = []
    open_ = False  # a straight mark opened and not yet closed
    for at, mark in enumerate(text):
        if mark == '"':
            before = text[at - 1] if at else " "
            after = text[at + 1 : at + 2]
            if open_:
                mark, open_ = "’", False
            elif before.isdigit():
                pass  # an inch mark
            elif not before.isalnum() and after.strip() and after not in _CLOSERS:
                mark, open_ = "‘", True
            else:
                mark = "’"
        marks.append(_DOUBLE_TO_SINGLE.get(mark, mark))
    return "".join(marks)


_DOUBLE_TO_SINGLE = {"“": "‘", "”": "’"}


#: What may follow a closing quotation mark but never begins a quotation.
_CLOSERS = ".,;:!?)]}’”"


def _write_quotes(chosen: Sequence[Cited], style: str, *, named: bool) -> None:
    columns = _columns(named=named, cited=_cited(chosen))
    if style == "plain":
        for item in chosen:
            quote = item.quote
            lead = [item.ref] if named else []
            if item.cited is not None:
                common.write_line([*lead, item.cited])
            else:
                common.write_line([*lead, quote.paragraph, quote.speaker, quote.kind, quote.text])
    elif style == "table":
        _print_table(chosen, named=named)
    else:
        common.write_records((_record(item, columns) for item in chosen), style, columns)


def _columns(*, named: bool, cited: bool) -> tuple[str, ...]:
    """A record's fields: the article's name across a library, the citation with --cite."""
    return (("ref",) if named else ()) + COLUMNS + (("cited",) if cited else ())


def _cited(chosen: Sequence[Cited]) -> bool:
    return any(item.cited is not None for item in chosen)


def _record(item: Cited, columns: Sequence[str]) -> dict[str, object]:
    data = {**item.quote.to_dict(), "ref": item.ref, "cited": item.cited}
    return {name: data[name] for name in columns}


def _write_summary(summary: Sequence[SpeakerSummary], style: str) -> None:
    if style == "plain":
        for entry in summary:
            common.write_line([entry.speaker, entry.quotes, entry.words])
    elif style == "table":
        from rich.table import Table
        from rich.text import Text

        from newsread.textsafe import sanitize_line

        table = Table("Speaker", "Quotes", "Words", box=None, header_style="bold")
        for entry in summary:
            name = Text(sanitize_line(entry.speaker))  # data, never markup
            table.add_row(name, str(entry.quotes), str(entry.words))
        common.stdout_console().print(table)
    else:
        common.write_records((s.to_dict() for s in summary), style, SUMMARY_COLUMNS)


def _print_table(chosen: Sequence[Cited], *, named: bool) -> None:
    """Speaker, the quote in curly marks, then where it stands and what kind it is."""
    from rich.text import Text

    from newsread.textsafe import sanitize_line

    console = common.stdout_console()
    for index, item in enumerate(chosen):
        quote = item.quote
        if index:
            console.print()
        head = Text(sanitize_line(quote.speaker or "(unknown speaker)"), style="bold")
        where = f"{sanitize_line(item.ref)} " if named else ""  # a file's name is data too
        head.append(f"  {where}¶{quote.paragraph} · {quote.kind}", style="dim")
        console.print(head)
        if item.cited is not None:
            console.print(Text(sanitize_line(item.cited)))
        else:
            console.print(Text("“" + sanitize_line(quote.text) + "”"))
