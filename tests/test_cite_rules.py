"""Each citation rule on small metadata fixtures written for these tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from newsread.article import parse_article
from newsread.cite import cite, to_markdown, to_plain
from newsread.model import Article, Caption
from newsread.names import parse_name
from newsread.titlecase import CaseEvidence, sentence_case, short_title, title_case
from tests.citing import article

DAY = dt.date(2023, 9, 12)
SEEN = dt.date(2024, 2, 1)


def make(authors: list[str] | None = None, **given: object) -> Article:
    fields: dict[str, object] = {
        "title": "Harbour Ferry Returns After Long Winter",
        "published": DAY,
        "publisher": "The Harbour Gazette",
        "body": ("The ferry returns to the harbour each spring after a long winter.",),
        "url": "https://gazette.example/ferry",
    }
    fields |= given
    title = str(fields.pop("title"))
    return article(title, authors, **fields)  # type: ignore[arg-type]


def md(article: Article, style: str, **kwargs: object) -> str:
    return to_markdown(cite(article, style, accessed=SEEN, **kwargs))  # type: ignore[arg-type]


# -- names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "given", "family", "suffix", "org"),
    [
        ("Anastasia Tenisheva", "Anastasia", "Tenisheva", "", False),
        ("Gabriel del Valle", "Gabriel", "del Valle", "", False),
        ("Ludwig van der Rohe", "Ludwig", "van der Rohe", "", False),
        ("Juan de los Santos", "Juan", "de los Santos", "", False),
        ("Martin Luther King Jr.", "Martin Luther", "King", "Jr.", False),
        ("Martin Luther King, Jr.", "Martin Luther", "King", "Jr.", False),
        ("Tenisheva, Anastasia", "Anastasia", "Tenisheva", "", False),
        ("J.K. Rowling", "J. K.", "Rowling", "", False),
        ("Associated Press", "", "Associated Press", "", True),
        ("Reuters", "", "Reuters", "", True),
        ("Moscow Times Staff", "", "Moscow Times Staff", "", True),
    ],
)
def test_parse_name(text: str, given: str, family: str, suffix: str, org: bool) -> None:
    name = parse_name(text)
    assert (name.given, name.family, name.suffix, name.organisation) == (
        given,
        family,
        suffix,
        org,
    )


@pytest.mark.parametrize(
    ("front", "authors"),
    [
        ('author: "Department of Health and Social Care"',
         ["Department of Health and Social Care"]),
        ("author: Procter and Gamble", ["Procter and Gamble"]),
        ("author: Marks and Spencer plc", ["Marks and Spencer plc"]),
        ("author: Food and Drug Administration", ["Food and Drug Administration"]),
        ("author: Ministry of Housing, Communities and Local Government",
         ["Ministry of Housing, Communities and Local Government"]),
        ("authors: Ann Lee and Bo Chen; Department of Health and Social Care",
         ["Ann Lee", "Bo Chen", "Department of Health and Social Care"]),
        # People, and an author beside a person or an outlet, are still a list.
        ("author: Ann Lee and Bo Chen", ["Ann Lee", "Bo Chen"]),
        ("author: Ann Lee and Reuters Staff", ["Ann Lee", "Reuters Staff"]),
        ("author: Reuters and Associated Press", ["Reuters", "Associated Press"]),
    ],
)  # fmt: skip
def test_an_organisation_with_and_in_its_name_is_one_author(front: str, authors: list[str]) -> None:
    article = parse_article(f"---\ntitle: Winter Vaccines\n{front}\n---\n\nBody.\n")
    assert article.authors == authors


def test_an_organisation_with_and_in_its_name_is_cited_whole() -> None:
    for name in ("Department of Health and Social Care", "Procter and Gamble", "Procter & Gamble"):
        article = make([name], publisher="GOV.UK", kind="website")
        assert md(article, "apa").startswith(f"{name}. (2023, September 12). ")
        assert md(article, "mla").startswith(f"{name}. “Harbour Ferry")
        assert md(article, "vancouver").startswith(f"{name}. Harbour ferry")


def test_hyphenated_given_name_initials() -> None:
    assert parse_name("Jean-Paul Sartre").initials() == "J.-P."
    assert parse_name("Jean-Paul Sartre").initials(spaced=False, dots=False) == "JP"


# -- authors in each style ------------------------------------------------------------


def test_two_authors() -> None:
    article = make(["Ann Lee", "Gabriel del Valle"])
    assert md(article, "apa").startswith("Lee, A., & del Valle, G. (2023, September 12).")
    assert md(article, "mla").startswith("Lee, Ann, and Gabriel del Valle. “")
    assert md(article, "chicago").startswith("Lee, Ann, and Gabriel del Valle. “")
    assert md(article, "chicago", form="note").startswith("Ann Lee and Gabriel del Valle, “")
    assert md(article, "harvard").startswith("Lee, A. and del Valle, G. (2023)")
    assert md(article, "ieee").startswith("A. Lee and G. del Valle, “")
    assert md(article, "vancouver").startswith("Lee A, del Valle G. ")
    assert to_plain(cite(article, "apa", in_text=True)) == "(Lee & del Valle, 2023)"
    assert to_plain(cite(article, "mla", in_text=True)) == "(Lee and del Valle)"
    assert to_plain(cite(article, "chicago-author-date", in_text=True)) == (
        "(Lee and del Valle 2023)"
    )
    assert to_plain(cite(article, "harvard", in_text=True)) == "(Lee and del Valle, 2023)"


def test_three_authors_with_suffix() -> None:
    article = make(["Ann Lee", "Bo Park", "Martin Luther King Jr."])
    assert md(article, "apa").startswith("Lee, A., Park, B., & King, M. L., Jr. (2023,")
    assert md(article, "mla").startswith("Lee, Ann, et al. “")
    assert md(article, "chicago").startswith("Lee, Ann, Bo Park, and Martin Luther King Jr. “")
    assert md(article, "chicago", form="note").startswith("Ann Lee et al., “")
    assert md(article, "chicago", form="short-note").startswith("Lee et al., “")
    assert md(article, "harvard").startswith("Lee, A., Park, B. and King, M.L., Jr. (2023)")
    assert md(article, "ieee").startswith("A. Lee, B. Park, and M. L. King Jr., “")
    assert md(article, "vancouver").startswith("Lee A, Park B, King ML Jr. ")
    assert to_plain(cite(article, "apa", in_text=True)) == "(Lee et al., 2023)"
    assert to_plain(cite(article, "harvard", in_text=True)) == "(Lee, Park and King, 2023)"


def test_many_authors() -> None:
    names = [f"Given{letter} Family{letter}" for letter in "ABCDEFGH"]
    article = make(names)
    assert md(article, "chicago").startswith(
        "FamilyA, GivenA, GivenB FamilyB, GivenC FamilyC, et al. “"
    )
    assert md(article, "harvard").startswith("FamilyA, G. et al. (2023)")
    assert md(article, "ieee").startswith("G. FamilyA et al., “")
    assert md(article, "vancouver").startswith(
        "FamilyA G, FamilyB G, FamilyC G, FamilyD G, FamilyE G, FamilyF G, et al. "
    )
    apa = md(article, "apa")
    assert apa.startswith("FamilyA, G., FamilyB, G., ") and ", & FamilyH, G. (2023" in apa


def test_apa_more_than_twenty_authors_uses_ellipsis() -> None:
    names = [f"Ann Author{n}" for n in range(1, 23)]
    apa = md(make(names), "apa")
    assert "Author19, A., . . . Author22, A. (2023" in apa
    assert "Author20" not in apa


def test_no_author() -> None:
    article = make([])
    assert md(article, "apa") == (
        "Harbour ferry returns after long winter. (2023, September 12). "
        "*The Harbour Gazette*. https://gazette.example/ferry"
    )
    assert md(article, "mla").startswith("“Harbour Ferry Returns after Long Winter.” *The")
    assert md(article, "chicago").startswith(
        "*Harbour Gazette*. “Harbour Ferry Returns After Long Winter.” September 12, 2023."
    )
    assert md(article, "chicago-author-date").startswith(
        "*Harbour Gazette*. 2023. “Harbour Ferry Returns After Long Winter.” September 12."
    )
    assert md(article, "harvard").startswith("*The Harbour Gazette* (2023) ‘Harbour ferry")
    assert to_markdown(cite(article, "apa", in_text=True)) == "(“Harbour Ferry Returns,” 2023)"
    assert to_markdown(cite(article, "mla", in_text=True)) == "(“Harbour Ferry Returns”)"


def test_no_author_news_website_italicises_title_in_text() -> None:
    article = make([], kind="website", publisher="Vox")
    assert md(article, "apa").startswith("*Harbour ferry returns after long winter*. (2023,")
    assert to_markdown(cite(article, "apa", in_text=True)) == "(*Harbour Ferry Returns*, 2023)"


def test_organisation_author_same_as_site_is_not_repeated() -> None:
    article = make(["Reuters"], publisher="Reuters", kind="agency")
    assert md(article, "apa") == (
        "Reuters. (2023, September 12). *Harbour ferry returns after long winter*. "
        "https://gazette.example/ferry"
    )
    assert md(article, "mla").startswith("“Harbour Ferry")
    # Chicago names it once, in the outlet's place, and sets a news agency in roman.
    assert md(article, "chicago").startswith(
        "Reuters. “Harbour Ferry Returns After Long Winter.” Sep"
    )


def test_no_date() -> None:
    article = make(["Ann Lee"], published=None)
    assert md(article, "apa").startswith("Lee, A. (n.d.). Harbour ferry")
    assert md(article, "mla").endswith("gazette.example/ferry. Accessed 1 Feb. 2024.")
    assert md(article, "chicago").endswith(
        "*Harbour Gazette*. Accessed February 1, 2024. https://gazette.example/ferry."
    )
    assert md(article, "chicago-author-date").startswith("Lee, Ann. n.d. “Harbour")
    assert "(no date)" in md(article, "harvard")
    assert "[date unknown] [cited 2024 Feb 1]" in md(article, "vancouver")
    assert to_plain(cite(article, "apa", in_text=True)) == "(Lee, n.d.)"
    assert to_plain(cite(article, "chicago-author-date", in_text=True)) == "(Lee n.d.)"
    assert to_plain(cite(article, "harvard", in_text=True)) == "(Lee, no date)"


def test_chicago_author_date_puts_no_comma_before_no_date() -> None:
    """CMOS 17 §15.44, 18 §13.104: "(Author n.d.)", as "(Author 2023)"; APA and Harvard
    keep their comma."""
    signed = make(["Priya Ramanathan"], published=None)
    assert to_plain(cite(signed, "chicago-author-date", in_text=True)) == "(Ramanathan n.d.)"
    assert to_plain(cite(signed, "apa", in_text=True)) == "(Ramanathan, n.d.)"
    assert to_plain(cite(signed, "harvard", in_text=True)) == "(Ramanathan, no date)"
    # The entry was right already: "Author. n.d. “Title.” …".
    assert to_plain(cite(signed, "chicago-author-date")).startswith(
        "Ramanathan, Priya. n.d. “Harbour Ferry Returns After Long Winter.” Harbour Gazette."
    )
    unsigned = make(published=None)
    assert to_plain(cite(unsigned, "chicago-author-date", in_text=True)) == (
        "(Harbour Gazette n.d.)"
    )
    no_outlet = make(published=None, publisher="")
    assert to_plain(cite(no_outlet, "chicago-author-date", in_text=True)) == (
        "(“Harbour Ferry Returns” n.d.)"
    )


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        (
            "fr",
            "Le Gouvernement Et La Réforme Des Retraites",
            "Le gouvernement défend la réforme des retraites à Paris.",
            "Le gouvernement et la réforme des retraites",
        ),
        (
            "es",
            "La crisis del agua en Madrid: qué dice el gobierno",
            "La crisis del agua preocupa al gobierno en Madrid.",
            "La crisis del agua en Madrid: Qué dice el gobierno",  # as sentence_case does
        ),
        (
            "de-AT",
            "Ärzte Warnen Vor Hitzewelle",
            "Die Ärzte warnen vor einer Hitzewelle im Süden.",
            "Ärzte warnen vor Hitzewelle",  # a noun the body capitalises keeps its capital
        ),
    ],
)
def test_a_title_in_another_language_keeps_its_own_sentence_case(
    language: str, title: str, body: str, expected: str
) -> None:
    """MLA 9 and CMOS 17 §11.24 / 18 §11.26 capitalise a title in another language as
    that language does (sentence style), never in English title case."""
    item = make(["Camille Dubois"], title=title, body=(body,))
    item.language = language
    assert f"Dubois, Camille. “{expected}.” The Harbour Gazette" in to_plain(cite(item, "mla"))
    assert f"Dubois, Camille. “{expected}.” Harbour Gazette" in to_plain(cite(item, "chicago"))
    assert f"Dubois, Camille. 2023. “{expected}.”" in to_plain(cite(item, "chicago-author-date"))


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        (
            "de",
            "Ärzte Warnen Vor Hitzewelle In Berlin",
            "Die Regierung hat am Montag entschieden.",
            "Ärzte Warnen vor Hitzewelle in Berlin",
        ),
        (
            "fr",
            "Le Prix Du Gaz Augmente À Paris",
            "Le gouvernement a annoncé que le prix du gaz augmente. Paris attend.",
            "Le prix du gaz augmente à Paris",
        ),
    ],
)
def test_a_title_in_another_language_lowers_no_word_its_body_does_not_write_small(
    language: str, title: str, body: str, expected: str
) -> None:
    """No English word list tells a German noun or a French place from a verb: a word the
    body gives no evidence for keeps its capital ("Hitzewelle", "Paris"), in every style,
    and only the language's own small words and the body's lower-case words are lowered."""
    item = make(["Camille Dubois"], title=title, body=(body,))
    item.language = language
    assert f"“{expected}.”" in to_plain(cite(item, "mla"))
    assert f"“{expected}.”" in to_plain(cite(item, "chicago"))
    assert f"(2023, September 12). {expected}. The Harbour" in to_plain(cite(item, "apa"))


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"),
    [
        (  # a verb the body does not use is no name in French
            "fr",
            "Le Président Annonce une Réforme des Retraites",
            "Le président a présenté mardi une réforme des retraites.",
            "Le président annonce une réforme des retraites",
        ),
        (  # a title in sentence case already, names and all: its small words say nothing
            "fr",
            "Visite de Macron en Chine",
            "Le président est arrivé lundi à Pékin.",
            "Visite de Macron en Chine",
        ),
        (  # an acronym that spells a small word; a spaced colon opens a subtitle
            "es",
            "Crisis Hídrica : Los Lakers Pierden Ante LA Clippers",
            "La crisis hídrica continúa y los Lakers pierden contra los Clippers.",
            "Crisis hídrica : Los Lakers pierden ante LA Clippers",
        ),
        (  # a small word that opens a quotation is the quotation's; one before it is none
            "es",
            "Homenaje A «Cien Años De Soledad»",
            "Un homenaje a la novela, cien años después.",
            "Homenaje a «Cien años de soledad»",
        ),
        (  # a name with an elided capital, in sentence case or written so in the body
            "fr",
            "Le Groupe L'Oréal Rachète Aesop",
            "Le groupe L'Oréal a racheté la marque Aesop.",
            "Le groupe L'Oréal rachète Aesop",
        ),
        (
            "fr",
            "Le retour de N'Golo Kanté à L'Équipe",
            "Il parle du retour.",
            "Le retour de N'Golo Kanté à L'Équipe",
        ),
        (  # "de" in a language's name is no German code
            "Español de México",
            "La Ciudad Celebra el Festival",
            "La ciudad celebra su fiesta mayor.",
            "La ciudad celebra el festival",
        ),
        (  # an elided word opening a compound
            "fr",
            "Réforme : Qu'Est-ce Que Ça Change Pour Vous",
            "Le gouvernement explique ce que la réforme change pour vous.",
            "Réforme : Qu'est-ce que ça change pour vous",
        ),
        (  # an elided word opening the body's sentence is no evidence of a name
            "fr",
            "Le Retour De L'Ours Dans Les Alpes",
            "L'Ours est revenu. Le retour de l'ours inquiète les bergers des Alpes.",
            "Le retour de l'ours dans les Alpes",
        ),
        (  # a word quoted alone is a word like any other
            "fr",
            "Le Gouvernement Dénonce une «Trahison»",
            "Le gouvernement dénonce une trahison de l'opposition.",
            "Le gouvernement dénonce une «trahison»",
        ),
        (  # a small word inside a compound name the body writes so
            "es",
            "Sequía en Castilla-La Mancha",
            "La sequía golpea a Castilla-La Mancha desde marzo.",
            "Sequía en Castilla-La Mancha",
        ),
        (  # an article that is part of a place's name keeps its capital
            "fr",
            "Tempête Sur Le Havre Et La Rochelle",
            "La tempête a frappé la côte. Elle a quitté Le Havre vers La Rochelle.",
            "Tempête sur Le Havre et La Rochelle",
        ),
        (
            "es",
            "Calor Extremo Cerca De Los Ángeles",
            "Los vecinos de Los Ángeles piden ayuda.",
            "Calor extremo cerca de Los Ángeles",
        ),
        (  # letters: one the body writes after its word, one that ends the title
            "es",
            "La Vitamina E Y La Generación Y",
            "Los médicos recetan vitamina E y hierro.",
            "La vitamina E y la generación Y",
        ),
        (  # an elided article or word is lowered, the word after it goes by the body
            "fr",
            "Le Plan Pour L'Europe D'Un Président Qu'Il Aime",
            "Le gouvernement parle de l'Europe et d'un plan.",
            "Le plan pour l'Europe d'un président qu'il aime",
        ),
        (  # German capitalises its nouns: a word the body does not use keeps its capital
            "Deutsch",
            "Ärzte Warnen Vor Hitzewelle In Berlin",
            "Die Regierung hat am Montag entschieden.",
            "Ärzte Warnen vor Hitzewelle in Berlin",
        ),
    ],
)
def test_a_title_in_another_language_keeps_names_and_letters_and_lowers_the_rest(
    language: str, title: str, body: str, expected: str
) -> None:
    """Sentence case in French or Spanish lowers a word the body gives no evidence for, as
    an English title's (only German keeps it, as a noun), and keeps a small word that the
    body writes capitalised beside the same word, as part of a name or as a letter."""
    item = make(["Camille Dubois"], title=title, body=(body,))
    item.language = language
    assert f"“{expected}.”" in to_plain(cite(item, "mla"))
    assert f"(2023, September 12). {expected}. The Harbour" in to_plain(cite(item, "apa"))


def test_a_short_title_in_another_language_ends_on_a_word_of_weight() -> None:
    item = make(["Camille Dubois"], title="Le gouvernement et la réforme des retraites")
    item.language = "fr"
    assert to_plain(cite(item, "chicago", form="short-note")) == "Dubois, “Le gouvernement.”"
    assert short_title("Ärzte warnen vor der Hitzewelle", english=False) == "Ärzte warnen"
    # A short noun is no small word: "gaz", "pan" end a short title.
    assert short_title("Le prix du gaz augmente encore", english=False) == "Le prix du gaz"
    assert short_title("El precio del pan sube otra vez", english=False) == "El precio del pan"
    # Never cut back to small words alone: on to the first word of weight.
    assert short_title("Los que se van hasta mañana", english=False) == (
        "Los que se van hasta mañana"
    )
    assert short_title("De lo que no se habla hoy", english=False) == "De lo que no se habla"


@pytest.mark.parametrize(
    "language",
    [
        None,
        "en",
        "en-GB",
        "en_US",
        "EN-au",
        "british",
        "English (UK)",
        "American English",
        "en (translated from French)",
        "und",
        "Inglés?",
        "zz",
        "qaa",
    ],
)
def test_an_english_title_keeps_title_case(language: str | None) -> None:
    item = make(["Camille Dubois"], title="Ferry returns to the harbour")
    item.language = language
    assert "“Ferry Returns to the Harbour.”" in to_plain(cite(item, "mla"))
    assert "“Ferry Returns to the Harbour.”" in to_plain(cite(item, "chicago"))


@pytest.mark.parametrize(
    "language",
    ["Français", "français (France)", "Francais", "Deutsch", "Swiss German", "ita", "sw"],
)
def test_a_language_known_by_its_name_or_any_code_takes_sentence_case(language: str) -> None:
    item = make(["Camille Dubois"], title="Ferry Returns to the Harbour")
    item.language = language
    assert "“Ferry Returns to the Harbour.”" not in to_plain(cite(item, "mla"))


def test_month_forms() -> None:
    article = make(["Ann Lee"], published=dt.date(2021, 9, 3))
    assert "3 Sept. 2021" in md(article, "mla")
    assert "Sept. 3, 2021" in md(article, "ieee")
    # The IEEE Reference Guide writes June and July whole, as MLA does.
    assert "June 3, 2021" in md(make(["Ann Lee"], published=dt.date(2021, 6, 3)), "ieee")
    assert "July 3, 2021" in md(make(["Ann Lee"], published=dt.date(2021, 7, 3)), "ieee")
    assert "2021 Sep 3" in md(article, "vancouver")
    assert "September 3, 2021" in md(article, "chicago")


# -- casing ----------------------------------------------------------------------------


def evidence(*body: str) -> CaseEvidence:
    return CaseEvidence.from_text(body)


def test_sentence_case_keeps_body_proper_nouns() -> None:
    ev = evidence("The council said the Danube ferry resumes. Officials in Vukovar agreed.")
    assert sentence_case("Danube Ferry Resumes in Vukovar", ev) == "Danube ferry resumes in Vukovar"


def test_sentence_case_acronyms_and_colon() -> None:
    ev = evidence("Officials said the vote was close. The alliance met in Riga; all agree.")
    assert sentence_case("NATO Vote: Alliance Meets in Riga", ev) == (
        "NATO vote: Alliance meets in Riga"
    )
    assert sentence_case("U.S. and EU Agree", ev) == "U.S. and EU agree"


@pytest.mark.parametrize(
    ("title", "nlm"),
    [
        ("World cup 2026: Who will win?", "World cup 2026: who will win?"),  # as typed
        ("World Cup 2026: Who Will Win?", "World cup 2026: who will win?"),  # headline case
        ("Ferry Talks: Russia Walks Out", "Ferry talks: Russia walks out"),  # a name
        ("Ferry Talks: NATO Steps In", "Ferry talks: NATO steps in"),  # an acronym
        ("Ferry Talks: Ann Lee Says No", "Ferry talks: Ann Lee says no"),  # the byline
        ("Mayor: “We Will Not Waver.”", "Mayor: “We will not waver.”"),  # a quoted sentence
    ],
)
def test_vancouver_lowers_a_subtitles_first_word_unless_a_name(title: str, nlm: str) -> None:
    body = ("Who will win the cup? Russia walked out and NATO stepped in, as officials said.",)
    article = make(["Ann Lee"], title=title, body=body)
    assert md(article, "vancouver").startswith(f"Lee A. {nlm}")
    # APA keeps the capital after a colon (§6.17): only NLM's sentence case lowers it.
    if nlm.startswith("World"):
        assert "World cup 2026: Who will win?" in md(article, "apa")


def test_sentence_case_proper_noun_only_in_title() -> None:
    """A name missing from the body is kept when the caption or the metadata shows it."""
    body = "The minister told officials the talks would resume next week."
    caption = "Delegates arrive in Zaporizhzhia on Monday."
    ev = CaseEvidence.from_text([body, caption])
    assert sentence_case("Talks With Zaporizhzhia Officials Resume", ev) == (
        "Talks with Zaporizhzhia officials resume"
    )
    credited = CaseEvidence.from_text([body], names=["Olena Kovalenko", "Kyiv Independent"])
    assert sentence_case("Kovalenko: Talks With Officials Resume", credited) == (
        "Kovalenko: Talks with officials resume"
    )


def test_sentence_case_lowers_headline_words_the_body_never_uses() -> None:
    """A word the body never uses is evidence of nothing: lowered unless it looks like a name."""
    ev = evidence("Lawmakers approved the harbour plan on Tuesday. The Senate met for hours.")
    assert sentence_case("Senate Votes On Harbour Plan After Long Debate", ev) == (
        "Senate votes on harbour plan after long debate"
    )
    # Nothing in the text names it, so a title-only name is lowered too (stated trade-off);
    # acronyms and inner capitals still say "name" on their own.
    assert sentence_case("Zaporizhzhia Talks Resume", ev) == "Zaporizhzhia talks resume"
    assert sentence_case("Senate Backs IAEA Plan for McAllister Port", ev) == (
        "Senate backs IAEA plan for McAllister port"
    )


@pytest.mark.parametrize("city", ["Brussels", "Kremlin", "Westminster", "Nairobi"])
def test_sentence_case_keeps_a_capital_or_seat_of_power_the_body_never_names(city: str) -> None:
    """ "Caught between Brussels and their banks": a city headlines name on its own is a
    proper noun, as a country is, though the body never mentions it."""
    ev = evidence("Dairy farmers say lenders are reluctant to refinance their herds.")
    assert sentence_case(f"Farmers Caught Between {city} and Their Banks", ev) == (
        f"Farmers caught between {city} and their banks"
    )


def test_sentence_case_without_any_text_falls_back_to_vocabulary() -> None:
    """With no text at all there is no evidence: only common headline words are lowered."""
    assert sentence_case("Talks With Putin End Early") == "Talks with Putin end early"


def test_sentence_case_from_article_caption_and_byline() -> None:
    article = make(
        ["Olena Kovalenko"],
        title="Kovalenko Reports Senate Debate In Kherson",
        body=("Lawmakers argued all night. The Senate adjourned at dawn.",),
    )
    article.caption = Caption("Protesters outside the council in Kherson.", "Ann Lee / AFP")
    apa = md(article, "apa")
    assert "(2023, September 12). Kovalenko reports Senate debate in Kherson." in apa


def test_sentence_case_lowers_a_quoted_fragment_but_not_a_quoted_sentence() -> None:
    ev = evidence("Callers lose patience, the users said. The mayor will not waver.")
    assert sentence_case("Call Centre Users 'Lose Patience'", ev) == (
        "Call centre users 'lose patience'"
    )
    assert sentence_case("Call centre users “lose patience”", ev) == (
        "Call centre users “lose patience”"
    )
    assert sentence_case("Mayor Says ‘We Will Not Waver.’", ev) == "Mayor says ‘We will not waver.’"


def test_apostrophes_are_not_quotation_marks() -> None:
    ev = evidence("The show returns. Rock music is back in the harbour.")
    assert sentence_case("Rock 'n' Roll Show Returns", ev) == "Rock 'n' roll show returns"
    assert sentence_case("'90s Kids' Favourite Show Returns", ev) == (
        "'90s kids' favourite show returns"
    )
    article = make(["Ann Lee"], title="Rock 'n' Roll Returns", body=("Rock is back.",))
    assert "“Rock 'n' Roll Returns.”" in md(article, "mla")


def test_an_em_dash_opens_a_subtitle_closed_or_spaced() -> None:
    ev = evidence("Russia shells Kharkiv, the latest reports say. The ferry returns again.")
    assert sentence_case("Ukraine War Latest—Russia Shells Kharkiv", ev) == (
        "Ukraine war latest—Russia shells Kharkiv"
    )
    assert sentence_case("Ferry Returns — Again", ev) == "Ferry returns — Again"
    assert title_case("ferry returns—and the town waits", "chicago") == (
        "Ferry Returns—And the Town Waits"
    )


def test_sentence_case_title_left_alone() -> None:
    assert sentence_case("Why the ferry from Split never came back") == (
        "Why the ferry from Split never came back"
    )


def test_sentence_case_hyphenated_compound() -> None:
    ev = evidence("A century-old bridge reopened. It was a made-for-TV moment.")
    assert sentence_case("Century-Old Bridge Reopens in Made-for-TV Moment", ev) == (
        "Century-old bridge reopens in made-for-TV moment"
    )


@pytest.mark.parametrize(
    ("title", "mla", "chicago"),
    [
        (
            "why the ferry came back without warning",
            "Why the Ferry Came Back without Warning",
            "Why the Ferry Came Back Without Warning",
        ),
        (
            "a century-old bridge and a made-for-TV war",
            "A Century-Old Bridge and a Made-for-TV War",
            "A Century-Old Bridge and a Made-for-TV War",
        ),
        (
            "Talks stall because the mayor is away",
            "Talks Stall Because the Mayor Is Away",
            "Talks Stall Because the Mayor Is Away",
        ),
        ("more than a ferry", "More Than a Ferry", "More Than a Ferry"),
        (
            "what the vote comes down to",
            "What the Vote Comes Down To",
            "What the Vote Comes Down To",
        ),
        (
            "Ferry returns after the storm",
            "Ferry Returns after the Storm",
            "Ferry Returns After the Storm",
        ),
        ("the war: a view from Kyiv", "The War: A View from Kyiv", "The War: A View from Kyiv"),
        ("anti-war rally grows", "Anti-War Rally Grows", "Anti-war Rally Grows"),
        ("about a boat", "About a Boat", "About a Boat"),
        ("city steps up patrols", "City Steps Up Patrols", "City Steps Up Patrols"),
        (
            "fog lifts as up-to-date ferries resume",
            "Fog Lifts As Up-to-Date Ferries Resume",
            "Fog Lifts as Up-to-Date Ferries Resume",
        ),
        ("life as I find it", "Life As I Find It", "Life as I Find It"),
        ("the artist as critic", "The Artist as Critic", "The Artist as Critic"),
        (  # "so" as an adverb of degree, then as the conjunction (MLA lowers only that)
            "so far, so good for the plan",
            "So Far, So Good for the Plan",
            "So Far, So Good for the Plan",
        ),
        (
            "prices rose, so voters stayed home",
            "Prices Rose, so Voters Stayed Home",
            "Prices Rose, So Voters Stayed Home",
        ),
        ("why so serious", "Why So Serious", "Why So Serious"),  # no clause after a comma
        (  # a plural noun's ending is no verb's: "after" is the preposition
            "patrols grow after drone incursions",
            "Patrols Grow after Drone Incursions",
            "Patrols Grow After Drone Incursions",
        ),
        (  # "yet" ending a phrase is an adverb; joining "small" and "mighty", the conjunction
            "'not done yet': small yet mighty",
            "'Not Done Yet': Small yet Mighty",
            "'Not Done Yet': Small Yet Mighty",
        ),
        (
            "port faces yet another delay",
            "Port Faces Yet Another Delay",
            "Port Faces Yet Another Delay",
        ),
    ],
)
def test_title_case_rules(title: str, mla: str, chicago: str) -> None:
    assert title_case(title, "mla") == mla
    assert title_case(title, "chicago") == chicago


def test_apa_title_case_lowercases_short_conjunctions_and_capitalises_a_compounds_start() -> None:
    assert title_case("ask if rates will rise as up-to-date data show", "apa") == (
        "Ask if Rates Will Rise as Up-to-Date Data Show"
    )


def test_title_case_subordinating_after() -> None:
    """ "After" introducing a clause is a conjunction: capitalised even in MLA."""
    assert title_case("ferry returns after the storm ends", "mla") == (
        "Ferry Returns After the Storm Ends"
    )


def test_quotation_inside_title_takes_single_marks() -> None:
    body = ("The mayor calls the ferry a lifeline for the islands.",)
    article = make(["Ann Lee"], title='Mayor Calls Ferry "A Lifeline"', body=body)
    assert "“Mayor Calls Ferry ‘A Lifeline.’”" in md(article, "mla")
    assert "“Mayor Calls Ferry ‘A Lifeline,’”" in md(article, "chicago", form="note")
    # Sentence case: a quoted fragment is no sentence, so its first word is lowered.
    assert "‘Mayor calls ferry “a lifeline”’," in md(article, "harvard")


def test_title_question_mark_replaces_period() -> None:
    article = make(["Ann Lee"], title="Will the Ferry Return?")
    assert "“Will the Ferry Return?” *The" in md(article, "mla")
    assert "(2023, September 12). Will the ferry return? *The" in md(article, "apa")


def test_short_title() -> None:
    assert short_title("The Long Road Home to the Sea: A Memoir") == "Long Road Home"
    assert short_title("Putin Orders Advance to Continue") == "Putin Orders Advance"


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("Kyïv Talks on Ukraine’s Grain Deal Stall", "Kyïv Talks"),
        ("Farmers’ Protest Grows Because of Prices", "Farmers’ Protest Grows"),
        ("Ferry Returns Because the Storm Ended", "Ferry Returns"),
        ("Mayor Defends Their Plan", "Mayor Defends Their Plan"),
        ("Why Mayor Defends Their Harbour Plan", "Why Mayor Defends"),
        ("What’s Next for Kyiv", "What’s Next for Kyiv"),
        ("It’s Over for the Ferry", "It’s Over for the Ferry"),
        ("Drug Trial Is a Game-Changer for Patients", "Drug Trial"),
        ("Why Harbour Rates Will Rise Again", "Why Harbour Rates"),
        ("Drought-Hit Murrindal Farmers Say Relief Came Late", "Drought-Hit Murrindal Farmers"),
        ("Rail Strike Enters Third Day as Talks Stall", "Rail Strike Enters"),  # a modifier
        ("eBay Sellers Face New Fees This Spring", "eBay Sellers Face"),
        ("Council Approves Two New Parks Downtown", "Council Approves"),  # a number
        ("Gov. Lee Signs Long-Awaited Water Bill", "Gov. Lee Signs"),  # a compound participle
        ("The Last Days of Summer Camp", "Last Days"),  # a modifier, first: kept; "of
        # Summer" would cut "Summer" off the camp it names
        ("Stocks Hit Record High After Fed Cut", "Stocks Hit Record High"),  # no noun cut
        ("Rishi Sunak Finishes Last in Poll", "Rishi Sunak Finishes Last"),
        ("Who Will Be Next to Leave Cabinet", "Who Will Be Next"),
        ("Council approves two new parks downtown", "Council approves"),  # sentence case
        ("Ministers Face New 'Fees' From April", "Ministers Face"),  # a noun in marks
        # A verb's adverb before a preposition stays with its verb ("Shut Down by")...
        ("Harbour Campsite Shut Down by Storm", "Harbour Campsite Shut Down"),
        ("Ferry Captain Steps Down after Crash", "Ferry Captain Steps Down"),
        ("Rail Union Walks Out over Pay", "Rail Union Walks Out"),
        # ...but "out of" is a preposition of two words, and a preposition wants its object.
        ("Keeper Out of Cup Final", "Keeper Out of Cup Final"),
    ],
)
def test_short_title_never_ends_on_a_word_that_wants_more(title: str, short: str) -> None:
    """CMOS: up to four key words; never a possessive, article, preposition or conjunction."""
    assert short_title(title) == short


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("Call Centre Users 'Lose Patience'", "Call Centre Users"),
        ("Call Centre Users “Lose Patience” Again", "Call Centre Users"),
        ("'Fearsome' Lions Arrive in the Harbour", "'Fearsome' Lions Arrive"),
        ("Harbour Ferry Returns - Officials", "Harbour Ferry Returns"),
        ("Harbour Ferry Returns – Officials", "Harbour Ferry Returns"),
        ("Tributes to King Jr.", "Tributes to King Jr."),
        ("Ferry Fees Rise Again.", "Ferry Fees Rise Again"),
    ],
)
def test_short_title_keeps_quotations_whole_and_drops_dangling_marks(
    title: str, short: str
) -> None:
    assert short_title(title) == short


def test_a_title_ending_in_an_abbreviation_keeps_its_period() -> None:
    article = make(["Ann Lee"], title="Tributes Paid to Martin Luther King Jr.")
    assert "“Tributes Paid to Martin Luther King Jr.,” *Harbour" in md(
        article, "chicago", form="note"
    )
    assert "“Tributes Paid to Martin Luther King Jr.” *The" in md(article, "mla")
    # A word that is only sometimes an abbreviation ends a sentence at a title's end.
    for title, kept in (("Voters Say No.", "No"), ("Fund Is Plan B.", "B"), ("War I.", "I")):
        assert f"{kept},” *Harbour" in md(make(["Ann Lee"], title=title), "chicago", form="note")


def test_a_title_ending_in_an_ellipsis_takes_no_period() -> None:
    for title in ("Wait for It…", "Wait for It..."):
        mla = md(make(["Ann Lee"], title=title), "mla")
        assert f"“{title}” *The" in mla


def test_short_titles_in_text_never_leave_a_quotation_open() -> None:
    article = make([], title="Call Centre Users 'Lose Patience'", body=("Callers wait.",))
    article.publisher = None
    assert md(article, "mla", in_text=True) == "(“Call Centre Users”)"
    assert md(article, "harvard", in_text=True).startswith("(‘Call centre users’, 2023)")
    quoted = make([], title='Umaga Ready for "Fearsome" Lions', body=("Umaga is ready.",))
    quoted.publisher = None
    # Not "for “fearsome”": the cut would end on a modifier whose noun ("Lions") was cut.
    assert md(quoted, "harvard", in_text=True) == "(‘Umaga ready’, 2023)"


def test_chicago_short_note_cuts_before_a_possessive() -> None:
    article = make(["Olena Kovalenko"], title="Kyïv Talks on Ukraine’s Grain Deal Stall")
    assert md(article, "chicago", form="short-note") == "Kovalenko, “Kyïv Talks.”"


@pytest.mark.parametrize(
    ("title", "short"),
    [
        # Cut back past the possessive, the cut would end on the name's particle.
        ("Fans Hail Van Dam's Last Show", "Fans Hail"),
        ("Fans hail Van Dam's last show", "Fans Hail"),
        # Cut after four words, on the particle: back past it, and past "New" that wants
        # the name after it.
        ("Lisse Fans Hail Van Dam Show", "Lisse Fans Hail"),
        ("Critics Pan New Von Arx Ballet", "Critics Pan"),
        ("Crowds Hail Pieter de Wit Tulip Show", "Crowds Hail"),
        # Back past the name, the cut would end inside the phrase "In a" opened: it runs
        # on to the phrase's end instead, as where one word is left.
        ("In a Packed Van Dam Gallery, Fans Queue for Tulips", "In a Packed Van Dam Gallery"),
        # A given name the body capitalises is not cut from its particles either.
        ("Lisse Fans Cheer Pieter van Dam Again", "Lisse Fans Cheer"),
        # "Van" before a word the body writes small is the vehicle, and stays.
        ("Lisse Bans Delivery Van Parking Downtown", "Lisse Bans Delivery Van"),
        # A name whole within the four words is kept.
        ("Pieter van Dam Opens Tulip Show", "Pieter van Dam Opens"),
    ],
)
def test_a_short_title_does_not_cut_a_name_at_its_particles(title: str, short: str) -> None:
    body = (
        "Pieter van Dam, whose last show at Van Dam's gallery opened on Friday, greeted",
        "Pieter de Wit and fans of Von Arx. Delivery van parking is banned downtown.",
    )
    article = make(["Ann Lee"], title=title, body=(" ".join(body),))
    assert md(article, "chicago", form="short-note") == f"Lee, “{short}.”"
    unsigned = make([], title=title, body=(" ".join(body),))
    unsigned.publisher = None
    assert md(unsigned, "mla", in_text=True) == f"(“{short}”)"


def test_sentence_case_from_parsed_markdown() -> None:
    text = (
        "# Riverside Market Reopens as Vendors Return\n\nBy Ann Lee\n\nMay 2, 2023\n\n"
        "The market on the Riverside reopened on Monday as vendors return to their stalls.\n"
    )
    article = parse_article(text)
    article.url = "https://news.example/market"
    assert md(article, "apa").startswith(
        "Lee, A. (2023, May 2). *Riverside market reopens as vendors return*. https://"
    )


# -- what a blind set of made-up citations showed -------------------------------------------


@pytest.mark.parametrize(
    ("byline", "given", "family"),
    [
        ("SARAH LINDQVIST", "Sarah", "Lindqvist"),
        ("Jean DUPONT", "Jean", "Dupont"),
        ("SEAN O'BRIEN", "Sean", "O'Brien"),
        ("PIETER VAN DER MEER", "Pieter", "van der Meer"),
        ("JK ROWLING", "JK", "Rowling"),  # capitals before the surname: initials
        ("CHARLES DE GAULLE", "Charles", "de Gaulle"),
        ("AL GORE", "Al", "Gore"),
        ("XI JINPING", "Xi", "Jinping"),  # a first word, not a numeral
        ("KATE MCCANN", "Kate", "McCann"),
        ("JAN OLE HANSEN", "Jan Ole", "Hansen"),  # Ole, a given name, no particle
    ],
)
def test_a_byline_in_capitals_is_cited_in_the_case_names_are_written_in(
    byline: str, given: str, family: str
) -> None:
    name = parse_name(byline)
    assert (name.given, name.family) == (given, family)


@pytest.mark.parametrize(
    ("byline", "given", "family", "suffix"),
    [
        ("Dr. Amy Fox", "Amy", "Fox", ""),
        ("Prof Amy Fox", "Amy", "Fox", ""),
        ("Amy Fox, PhD", "Amy", "Fox", ""),
        ("Amy Fox MD", "Amy", "Fox", ""),
        ("Fox, Amy, Ph.D.", "Amy", "Fox", ""),
        ("Rev. Martin Luther King Jr.", "Martin Luther", "King", "Jr."),
        ("Dr Fox", "", "Fox", ""),  # no given name: the surname alone
        ("Jack Ma", "Jack", "Ma", ""),  # a surname, not the degree MA
        ("Mrs Beeton", "", "Beeton", ""),
        ("ANN LEE, MA", "Ann", "Lee", ""),  # a degree in capitals, before the name is cased
        ("Jo Cox, MP", "Jo", "Cox", ""),
        ("Amy Fox, Ph. D.", "Amy", "Fox", ""),
        ("Morgan, JP", "JP", "Morgan", ""),  # initials after a surname: no degree
        ("MARY ANN MA", "Mary Ann", "Ma", ""),  # in capitals, Ma may be a surname
    ],
)
def test_forms_of_address_and_degrees_are_left_out_of_a_byline_name(
    byline: str, given: str, family: str, suffix: str
) -> None:
    name = parse_name(byline)
    assert (name.given, name.family, name.suffix) == (given, family, suffix)


def test_a_titled_byline_is_cited_without_its_title() -> None:
    article = make(["Sarah O'Connor-Smith", "Dr. Amy Fox"])
    assert md(article, "apa").startswith("O'Connor-Smith, S., & Fox, A. (")


def test_a_byline_in_capitals_with_a_numeral_keeps_the_numeral() -> None:
    name = parse_name("JAMES WHITAKER III")
    assert (name.given, name.family, name.suffix) == ("James", "Whitaker", "III")


def test_a_word_of_a_name_speaks_for_no_other_form_of_the_word() -> None:
    body = ("The storm brought down lines across Valley County and Hyde Park overnight.",)
    article = make(title="Storm Topples Power Lines Across Three Counties", body=body)
    assert "Storm topples power lines across three counties." in md(article, "apa")
    article = make(title="Storm Topples Power Lines Across Valley County", body=body)
    assert "Storm topples power lines across Valley County." in md(article, "apa")
    article = make(title="Crews Battle Blazes in Two Parks", body=body)
    assert "Crews battle blazes in two parks." in md(article, "apa")


@pytest.mark.parametrize(
    ("title", "body", "cased"),
    [
        (
            "Turnout Rises as Democrats Rally",
            "Voters backed the Democrat candidate, a Democrat said.",
            "Turnout rises as Democrats rally.",
        ),
        (  # after a sentence's first word, and after a name that is no place's or body's
            "Bill Fails as Republican Senators Balk",
            "Senate Republicans blocked the bill.",
            "Bill fails as Republican senators balk.",
        ),
        (
            "Sprinter Who Won Olympic Gold Retires",
            "She won gold at the Tokyo Olympics.",
            "Sprinter who won Olympic gold retires.",
        ),
    ],
)
def test_a_word_capitalised_as_a_name_speaks_for_its_other_forms(title, body, cased) -> None:
    assert cased in md(make(title=title, body=(body,)), "apa")


@pytest.mark.parametrize(
    ("title", "cased"),
    [
        ("Marta de Vries Airport Closes Runway", "Marta de Vries Airport closes runway."),
        ("Wreck Shuts the Port of Eastwick", "Wreck shuts the Port of Eastwick."),
        # Only the whole run of capitals the body writes is a name: "airport" alone is
        # a word, as the body writes it.
        ("Fog Closes Airport Runway", "Fog closes airport runway."),
        ("Wreck Shuts Port", "Wreck shuts port."),
    ],
)
def test_a_name_the_body_writes_in_capitals_keeps_its_common_noun(title, cased) -> None:
    body = (
        "Flights at Marta de Vries Airport were held on Monday, and the airport said fog "
        "was to blame.",
        "Ships waited outside the Port of Eastwick while the port cleared a wreck.",
    )
    assert cased in md(make(title=title, body=body), "apa")


def test_a_body_quoting_the_headline_in_capitals_makes_no_name_of_it() -> None:
    """ "Read more: Ferry Strike Halts Island Crossings" is the headline again, no name:
    its run of capitals keeps no word's capital."""
    body = (
        "Read more: Ferry Strike Halts Island Crossings in winter.",
        "The strike halts crossings to the island each Monday.",
    )
    title = "Ferry Strike Halts Island Crossings"
    assert "Ferry strike halts island crossings." in md(make(title=title, body=body), "apa")


def test_a_body_of_sentence_openers_only_is_still_text() -> None:
    article = make(title="Harbour Plan Approved", body=("Text.",))
    assert "Harbour plan approved." in md(article, "apa")


def test_a_word_opening_a_sentence_and_a_name_with_it_is_a_name() -> None:
    # The body writes "Portland" and "Dwight" only as a sentence's first word, but each
    # goes on into a name there; "Officials" opens a sentence and no name.
    ev = evidence(
        "Portland Public Schools cancelled classes. Dwight Kellerman spoke at a rally.",
        "Officials said the Riga vote was close. Today Apple announced a phone.",
    )
    assert sentence_case("Portland and Dwight Meet Officials Today", ev) == (
        "Portland and Dwight meet officials today"
    )
    # A title opening the name is no name's word: "Mayor Tom Hale".
    ev = evidence("Mayor Tom Hale said the road would reopen.")
    assert sentence_case("Road to Reopen, Hale Tells Mayor", ev) == (
        "Road to reopen, Hale tells mayor"
    )


def test_a_head_word_capitalised_only_inside_a_name_is_that_names() -> None:
    # "Schools" is capitalised only going on "Portland Public Schools": the title's
    # "Portland Schools" is no such name; a name the title writes whole keeps its head.
    ev = evidence("Portland Public Schools cancelled classes.", "Crowds later filled Hyde Park.")
    assert sentence_case("Smoke Closes Portland Schools", ev) == "Smoke closes Portland schools"
    assert sentence_case("Rally Held in Hyde Park", ev) == "Rally held in Hyde Park"


def test_a_country_that_is_also_a_word_is_a_name_only_when_the_body_says_so() -> None:
    article = make(
        title="Thanksgiving Turkey Prices Soar",
        body=("Prices for the holiday bird rose by a tenth, grocers said on Thanksgiving.",),
    )
    assert "Thanksgiving turkey prices soar." in md(article, "apa")


def test_sentence_case_keeps_countries_and_nationalities_the_body_does_not_name() -> None:
    article = make(
        title="Putin Orders Advance After Russia Takes Lysychansk With British Help",
        body=("President Vladimir Putin said the troops who took Lysychansk would rest.",),
    )
    assert "Putin orders advance after Russia takes Lysychansk with British help." in md(
        article, "apa"
    )


def test_a_title_in_capitals_keeps_the_acronyms_the_body_writes_so() -> None:
    article = make(
        title="NATO ALLIES AGREE TO BOOST DEFENCE SPENDING IN VILNIUS",
        body=("NATO leaders met in Vilnius and agreed to spend more on defence.",),
    )
    assert "NATO allies agree to boost defence spending in Vilnius" in md(article, "apa")
    assert "“NATO Allies Agree to Boost Defence Spending in Vilnius.”" in md(article, "mla")
    # Not a dateline's place, a long word, nor a chant in capitals.
    shouts = [
        ("WASHINGTON BRACES FOR SHUTDOWN", "WASHINGTON (AP) — Congress failed again."),
        ("KYIV UNDER FIRE AGAIN TONIGHT", "KYIV, Ukraine — Missiles hit the capital."),
        ("PROTESTERS SAY NO TO NEW TAX", 'Crowds chanted "NO NEW TAX" outside the hall.'),
    ]
    cased = [md(make(title=title, body=(body,)), "apa") for title, body in shouts]
    assert "Washington braces for shutdown." in cased[0]
    assert "Kyiv under fire again tonight." in cased[1]
    assert "Protesters say no to new tax." in cased[2]


def test_sentence_case_leaves_a_brand_with_a_small_first_letter_as_it_is() -> None:
    article = make(
        title="eBay Sellers Brace for New Fees",
        body=("Sellers on eBay face new fees this winter.",),
    )
    assert "eBay sellers brace for new fees" in md(article, "apa")


def test_each_sentence_of_a_title_opens_with_a_capital() -> None:
    article = make(
        title="The Economy Is Fine. Stop Worrying.",
        body=("The economy grew and prices steadied, so stop worrying, the economist said.",),
    )
    assert "The economy is fine. Stop worrying." in md(article, "apa")
    assert "Apple vs. samsung" not in md(
        make(title="Apple vs. Samsung Fight Goes On", body=("Apple sued Samsung.",)), "apa"
    )


def test_a_chicago_note_keeps_its_comma_after_a_titles_question_mark() -> None:
    article = make(["Ann Lee"], title="Can the Ferry Keep Up?")
    assert md(article, "chicago", form="note").startswith("Ann Lee, “Can the Ferry Keep Up?,” ")
    # Where a period would follow, the title's own mark stands for it.
    assert "“Can the Ferry Keep Up?” *Harbour Gazette*" in md(article, "chicago")
    assert "“Can the Ferry Keep Up?” *The Harbour Gazette*" in md(article, "mla")


def test_a_state_or_month_abbreviation_ends_no_sentence_of_a_title() -> None:
    assert title_case("the Calif. and the Ore. fires", "mla") == "The Calif. and the Ore. Fires"
    assert title_case("He Said No. She Said Yes", "mla") == "He Said No. She Said Yes"
    article = make(
        title="Storm Hits Mass. Coast Early Sept. Morning",
        body=("The storm reached the Massachusetts coast early on a September morning.",),
    )
    assert "Storm hits Mass. coast early Sept. morning." in md(article, "apa")


def test_a_title_of_four_words_or_fewer_is_its_own_short_title() -> None:
    article = make(["Ann Lee"], title="Can Europe Keep Up?")
    assert md(article, "chicago", form="short-note") == "Lee, “Can Europe Keep Up?”"


def test_a_title_of_marks_alone_is_no_title() -> None:
    assert md(make(title=".."), "apa").startswith("[Untitled article]. (2023, September 12).")


def test_an_untitled_article_is_described_as_each_guide_asks() -> None:
    """APA 7 §9.22: a bracketed description, not italic; MLA 9 and CMOS 18: a plain
    description, neither quoted nor italic."""
    article = make(["Ann Lee"], title="")
    assert md(article, "apa").startswith("Lee, A. (2023, September 12). [Untitled article]. *The")
    assert md(article, "mla").startswith("Lee, Ann. Untitled article. *The Harbour Gazette*,")
    assert md(article, "chicago").startswith("Lee, Ann. Untitled article. *Harbour Gazette*,")
    note = md(article, "chicago", form="note")
    assert note.startswith("Ann Lee, Untitled article, *Harbour Gazette*, September 12, 2023")
    assert md(make(title=""), "apa", in_text=True) == "([Untitled article], 2023)"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Senate panel advances water bill on near party-line vote",
            "Senate Panel Advances Water Bill on Near Party-Line Vote",
        ),
        ("A near miss at the airport", "A Near Miss at the Airport"),
        ("Shops near the station close", "Shops near the Station Close"),
        ("Log in to the portal", "Log In to the Portal"),
        ("Cabins up near the lake sell out", "Cabins Up near the Lake Sell Out"),
    ],
)
def test_near_after_a_preposition_or_article_is_an_adjective(title: str, expected: str) -> None:
    # "near" is a preposition (lower case in MLA and Chicago) only before its object;
    # after "on" or "a" it modifies the noun, and the "on" before it is no particle.
    assert title_case(title, "chicago") == expected
    assert title_case(title, "mla") == expected


@pytest.mark.parametrize(
    ("byline", "given", "family"),
    [
        ("Gabriel García Márquez", "Gabriel", "García Márquez"),
        ("Lucía Ferrer Ibáñez", "Lucía", "Ferrer Ibáñez"),
        ("María José García Romero", "María José", "García Romero"),
        ("Ana Ruiz Castellanos", "Ana", "Ruiz Castellanos"),
        ("Juan Pablo Ruiz", "Juan Pablo", "Ruiz"),
        ("Martin Luther King", "Martin Luther", "King"),
        ("Maria Elena Smith", "Maria Elena", "Smith"),
        ("Juan Martín del Potro", "Juan Martín", "del Potro"),
        ("Ana Luisa Torres", "Ana Luisa", "Torres"),
        ("Juan Esteban Ortiz", "Juan Esteban", "Ortiz"),
        ("Inês Pedrosa Ramos", "Inês Pedrosa", "Ramos"),
        ("Marisol Gutiérrez Vega", "Marisol", "Gutiérrez Vega"),
        ("Kelsey Hernández Reyes", "Kelsey", "Hernández Reyes"),
        ("Kelsey Hernandez Reyes", "Kelsey Hernandez", "Reyes"),
        ("Mary Inés Carter", "Mary Inés", "Carter"),
    ],
)
def test_a_spanish_name_is_filed_under_both_surnames(byline: str, given: str, family: str) -> None:
    # APA, MLA and Chicago file "Gabriel García Márquez" under García Márquez: a Spanish
    # speaker's family name is the father's surname and the mother's.
    name = parse_name(byline)
    assert (name.given, name.family) == (given, family)


def test_a_citation_of_a_spanish_byline_names_both_surnames() -> None:
    article = parse_article(
        '---\ntitle: "Reservoirs fall"\nauthors: [Lucía Ferrer Ibáñez]\n'
        "published: 2026-03-14\npublisher: El Diario\n---\n\nText.\n"
    )
    assert to_plain(cite(article, "apa")).startswith("Ferrer Ibáñez, L. (2026, March 14).")


@pytest.mark.parametrize(
    ("title", "cased"),
    [
        ("Vincent van Gogh letters found", "Vincent van Gogh Letters Found"),
        ("Ursula von der Leyen visits Kyiv", "Ursula von der Leyen Visits Kyiv"),
        (
            "Crown prince Mohammed bin Salman meets envoy",
            "Crown Prince Mohammed bin Salman Meets Envoy",
        ),
        ("Clashes with al-Shabab near the border", "Clashes with al-Shabab near the Border"),
        ("Tour de France starts in Bilbao", "Tour de France Starts in Bilbao"),
        ("Bid to unseat de Gaulle-era rules", "Bid to Unseat de Gaulle-Era Rules"),
        # A particle opening the title, or a plain word, is capitalised as any word is.
        ("al-Qaeda leader killed", "Al-Qaeda Leader Killed"),
        ("Why van drivers are angry", "Why Van Drivers Are Angry"),
        ("Top ten moments of the year", "Top Ten Moments of the Year"),
        ("Council bin collections change", "Council Bin Collections Change"),
    ],
)
def test_title_case_leaves_a_names_particle_as_written(title: str, cased: str) -> None:
    assert title_case(title, "chicago") == cased
    assert title_case(title, "mla") == cased


@pytest.mark.parametrize(
    ("title", "cased"),
    [
        ("Greta Van Der Molen Tours the Old Mill", "Greta van der Molen Tours the Old Mill"),
        # Opening the title, a particle is capitalised as any first word is.
        ("Van Der Molen Tours the Old Mill", "Van der Molen Tours the Old Mill"),
        # A particle the body writes capitalised stays so.
        ("Rosa De Luca Opens the Mill", "Rosa De Luca Opens the Mill"),
        # In a title in sentence case a capital was meant, and a small "van" after a
        # plain word is the body's particle, not the English noun.
        ("Mill fans cheer Van der Molen", "Mill Fans Cheer Van der Molen"),
        ("Mill fans cheer van der Molen", "Mill Fans Cheer van der Molen"),
    ],
)
def test_title_case_writes_a_names_particles_as_the_body_does(title: str, cased: str) -> None:
    body = (
        "Officials said Greta van der Molen toured the mill with Rosa De Luca.",
        "The mill reopens in spring, van der Molen said.",
    )
    article = make(title=title, body=body)
    assert f"“{cased}.”" in md(article, "mla")
    assert f"“{cased}.”" in md(article, "chicago")


@pytest.mark.parametrize(
    ("title", "braced"),
    [
        # A headline's capitals on a name's particles are the headline's, not the name's.
        ("Greta Van Der Molen Tours the Old Mill", "{Greta van der {Molen} Tours the Old Mill}"),
        ("Mill Hosts Greta Van Der Molen", "{Mill Hosts {Greta} van der {Molen}}"),
        # Opening the title or a subtitle, a particle keeps its capital, as in title case.
        (
            "Van Der Molen: Greta Van Der Molen Tours",
            "{Van der {Molen}: Greta van der {Molen} Tours}",
        ),
        # A particle the body writes capitalised, or one a sentence-case title wrote
        # capitalised, stays as published, and braced.
        ("Rosa De Luca Opens the Mill", "{Rosa {De} {Luca} Opens the Mill}"),
        ("Mill fans cheer Van der Molen", "{Mill fans cheer {Van} der {Molen}}"),
    ],
)
def test_bibtex_writes_a_names_particles_as_title_case_does(title: str, braced: str) -> None:
    body = (
        "Officials said Greta van der Molen toured the mill with Rosa De Luca.",
        "The mill reopens in spring, van der Molen said.",
    )
    article = make(["Ann Lee"], title=title, body=body)
    for style in ("bibtex", "biblatex"):
        assert re.search(rf"\n  title +=[ ]{re.escape(braced)},\n", to_plain(cite(article, style)))


def test_in_text_short_titles_write_a_names_particles_as_the_body_does() -> None:
    """APA's in-text title case read the body's capitals too, as MLA's does."""
    body = ("Officials said Greta van der Molen toured the mill.",)
    article = make(title="Greta Van Der Molen Tours the Old Mill", body=body)
    assert to_plain(cite(article, "apa", in_text=True)) == "(“Greta van der Molen,” 2023)"
    assert to_plain(cite(article, "mla", in_text=True)) == "(“Greta van der Molen”)"


def test_a_particle_the_body_capitalises_more_often_keeps_its_capital() -> None:
    # "Van Dijkhof" the firm, twice, over "Joris van Dijkhof" its founder, once.
    body = (
        "Shares in Van Dijkhof rose after the offer, and Van Dijkhof said it would reply.",
        "Its founder, Joris van Dijkhof, declined to comment.",
    )
    article = make(title="Rival Weighs Bid for Snack Maker Van Dijkhof", body=body)
    assert "“Rival Weighs Bid for Snack Maker Van Dijkhof.”" in md(article, "mla")


def test_a_name_the_body_opens_with_a_capital_particle_keeps_it_whole() -> None:
    # The museum is "Van Gogh Museum" though the painter is "van Gogh", twice.
    body = (
        "Thieves broke into the Van Gogh Museum overnight and took two works by Vincent van Gogh.",
        "The museum holds more works by van Gogh than any other.",
    )
    article = make(title="Thieves Raid Van Gogh Museum", body=body)
    assert "“Thieves Raid Van Gogh Museum.”" in md(article, "mla")
    assert "Thieves raid Van Gogh Museum." in md(article, "apa")
    # The painter alone is still written as the body writes him.
    article = make(title="Thieves Steal Two Van Gogh Paintings", body=body)
    assert "“Thieves Steal Two van Gogh Paintings.”" in md(article, "mla")


def test_a_names_particles_leave_a_headline_in_headline_case() -> None:
    # "von der" is written small in a headline too: it says nothing of the title's case,
    # so two particles no more than one keep the title from being lowered.
    body = (
        "Officials said Greta van der Molen toured the mill with the town's mayor.",
        "The mill reopens in spring, van der Molen said.",
    )
    article = make(title="Greta van der Molen Tours the Old Mill", body=body)
    assert "Greta van der Molen tours the old mill." in md(article, "apa")
    # Only the name is braced: BibTeX may lower the rest.
    assert "{Greta van der {Molen} Tours the Old Mill}" in to_plain(cite(article, "bibtex"))


def test_title_case_capitalises_each_word_of_a_slash_compound() -> None:
    assert title_case("pass/fail grading returns", "mla") == "Pass/Fail Grading Returns"
    assert title_case("bar/restaurant owners and/or staff", "chicago") == (
        "Bar/Restaurant Owners and/or Staff"
    )
    assert title_case("24/7 news at example.com/news", "chicago") == "24/7 News at Example.com/news"
    # Each word, small ones too ("In/Out"), but for conjunctions alone.
    assert title_case("the in/out vote on/off again", "mla") == "The In/Out Vote On/Off Again"


@pytest.mark.parametrize("style", ["chicago", "mla", "apa"])
def test_a_unit_or_shorthand_with_a_slash_keeps_its_small_letters(style: str) -> None:
    """ "km/h" is a symbol, not words: "Km/h" would be another unit. So are "c/o", "w/o"."""
    assert title_case("30 km/h limit w/o signs", style) == "30 km/h Limit w/o Signs"
    assert title_case("parcels sent c/o the mayor at 9 m/s", style) == (
        "Parcels Sent c/o the Mayor at 9 m/s"
    )
    # Words joined by a slash are no unit, however short, and a unit opening a title
    # takes the first word's capital.
    assert title_case("cat/dog owners", style) == "Cat/Dog Owners"
    assert title_case("oil/gas prices at 30 km/h", style) == "Oil/Gas Prices at 30 km/h"
    assert title_case("km/h limits", style) == "Km/h Limits"
    # Units of up to three letters after a figure, and after a subtitle's colon.
    assert title_case("output hits 1.2 million bbl/d", style) == "Output Hits 1.2 Million bbl/d"
    assert title_case("yields rise to 8 t/ha, 200 kg/ha", style) == (
        "Yields Rise to 8 t/ha, 200 kg/ha"
    )
    assert title_case("road safety: km/h limits cut", style) == "Road Safety: km/h Limits Cut"
    # A unit opening a subtitle is its first word: the next word is none.
    assert title_case("speed rules: km/h in towns", style) == "Speed Rules: km/h in Towns"
    assert title_case("data: ng/ml levels", style) == "Data: ng/ml Levels"


@pytest.mark.parametrize(
    ("shouted", "titled", "sentenced"),
    [
        ("CHAOS IN WASHINGTON, D.C.", "Chaos in Washington, D.C.", "Chaos in Washington, D.C."),
        (
            "THE U.N. VOTE: U.S. GIVES WAY",
            "The U.N. Vote: U.S. Gives Way",
            "The U.N. vote: U.S. gives way",
        ),
        (
            "U.S.-LED TALKS END",
            "U.S.-Led Talks End",
            "U.S.-led talks end",
        ),
        (
            "U.S.-RUSSIA TALKS END",
            "U.S.-Russia Talks End",
            "U.S.-Russia talks end",  # each part of a compound a word, "Russia" a name
        ),
    ],
)
def test_a_shouted_title_keeps_letters_with_periods_in_capitals(
    shouted: str, titled: str, sentenced: str
) -> None:
    """ "U.S." is letters, whatever the body says: never "U.s.", even with no body."""
    assert title_case(shouted, "chicago") == titled
    assert sentence_case(shouted, evidence("The vote gives way in the chaos.")) == sentenced


def test_a_shouted_title_gives_small_abbreviations_small_letters() -> None:
    """ "A.M." and "E.G." are letters with periods too, but written small in any title."""
    shouted = "FERRY LEAVES AT 9 A.M., E.G. FOR THE U.S."
    assert title_case(shouted, "chicago") == "Ferry Leaves at 9 a.m., e.g. for the U.S."
    assert sentence_case(shouted, evidence("The ferry leaves.")) == (
        "Ferry leaves at 9 a.m., e.g. for the U.S."
    )
    # With no body to tell by, and opening the title, where they stay as shouted.
    assert sentence_case("STORM HITS AT 3 A.M., CUTTING POWER") == (
        "Storm hits at 3 a.m., Cutting Power"
    )
    assert title_case("P.M. QUITS AFTER SCANDAL IN LONDON", "mla") == (
        "P.M. Quits after Scandal in London"
    )
    # "a.m." and "p.m." only after a figure: "UK P.M." is a prime minister.
    assert sentence_case("UK P.M. QUITS AFTER SCANDAL", evidence("The UK voted.")) == (
        "UK P.M. quits after scandal"
    )
    assert title_case("SHOPS OPEN 9 A.M.-5 P.M. DAILY", "chicago") == (
        "Shops Open 9 a.m.-5 p.m. Daily"
    )


def test_a_capital_the_the_body_writes_inside_a_name_stays_in_the_title() -> None:
    # Invented city: "The Vellmoor" mid-sentence in the body, "the vote" small.
    body = (
        "Farmers drove tractors into The Vellmoor on Saturday before the vote.",
        "Police in The Vellmoor closed two roads.",
    )
    article = make(title="Farmers Rally in The Vellmoor Before the Vote", body=body)
    assert "“Farmers Rally in The Vellmoor before the Vote.”" in md(article, "mla")
    assert "Farmers rally in The Vellmoor before the vote." in md(article, "apa")
    # A title that wrote it small still takes the name's capital in title case.
    article = make(title="Farmers rally in the Vellmoor before the vote", body=body)
    assert "“Farmers Rally in The Vellmoor before the Vote.”" in md(article, "mla")
    # Where the body writes "the" small before the name, so does the title.
    body = ("Farmers drove tractors into the Vellmoor on Saturday.",)
    article = make(title="Farmers Rally in The Vellmoor", body=body)
    assert "“Farmers Rally in the Vellmoor.”" in md(article, "mla")
