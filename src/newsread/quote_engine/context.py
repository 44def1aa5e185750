"""Speakers that a quotation's own sentence does not name.

The rules here look further: someone introduced in the sentence before, a paragraph
that goes on quoting the last speaker, a printed interview's questions and answers,
a sign-off, a heading, or a question put to someone.
"""

from __future__ import annotations

from newsread.cues import (
    CUE,
    CUE_SET,
    QUOTATION_NOUNS,
    WORD_RE,
    attribution_follows,
    sentence_ends,
)
from newsread.dates import MONTHS, WEEKDAYS
from newsread.lazyre import lazy_compile
from newsread.quote_engine.cue_mentions import BE, CONJUNCTIONS, WINDOW, opening_subject
from newsread.quote_engine.narration import (
    CLAUSE_OPENERS,
    FIRST_NAME_RUN,
    NOT_A_NAME_OPENING,
    NOUN_PHRASE_OPENERS,
    THE_ROLE,
    speaker_at_the_end,
)
from newsread.quote_engine.resolution import (
    BODY_HEADS,
    ONES,
    resolve,
    resolve_description,
    resolve_pronoun,
)
from newsread.quote_engine.state import Speaker, State, gender_of, learn_gender, sex_of
from newsread.quote_engine.vocabulary import (
    AUXILIARIES,
    NOT_SUBJECT,
    ORG_HEADS,
    PERSON_NOUNS,
    ROLES,
    SOMEONE_DESCRIBED,
    described_by_role,
    head_of,
    known_person,
    noun_sex,
    org_name,
    person_noun,
    run_name,
    verb_follows,
)
from newsread.quote_marks import Span, has_mark
from newsread.quotes import Quote
from newsread.speakers.mentions import SPOKESPEOPLE, mention_from_words, unpossessed
from newsread.speakers.phrases import NAME_GAP, RELATIVE_PRONOUNS
from newsread.speakers.words import (
    COUNTRY_CODES,
    HONORIFICS,
    ORG_WORDS,
    PEERAGE,
    POSSESSED,
    TITLES,
    Mention,
    bare_word,
    fold,
    nationality,
    person_like,
    strip_title,
)
from newsread.titlecase import ARTICLES, PREPOSITIONS
from newsread.wordlists import CAPITALS, PLACES, word_set


def previous_sentence(
    number: int, text: str, ends: list[int], before_open: int, state: State
) -> tuple[int, str, int]:
    """The sentence before the one a quote opens in: (paragraph, its text, its offset),
    from the paragraph before when the quote's sentence opens this one."""
    if before_open > 0:
        start = ends[before_open - 2] if before_open > 1 else 0
        return number, text[start : min(ends[before_open - 1], start + WINDOW)], start
    return state.previous


def naming_words(text: str, speaker: Speaker) -> str:
    """The words of a mention that name the speaker, without the reporter's own words
    before them: "… was strongly denied by Shepherd" is "Shepherd", "Meanwhile Labour
    backbencher Stephen Pound" is "Labour backbencher Stephen Pound", "In a speech to the
    Foreign Policy Centre Mr Straw" is "Mr Straw"; "Secretary of State for Trade Ann Lee"
    stays whole."""
    words = text.split()
    if len(words) < 3 or (
        not any(word.islower() for word in words) and fold(words[0]) not in _OPENING_ASIDES
    ):
        return text  # nothing of the reporter's own: the cheap test first, per quote
    folded = [fold(bare_word(word)) for word in words]
    own = {fold(bare_word(word)) for word in speaker.name.split()}
    surname = fold(bare_word(speaker.name.split()[-1]))
    if surname not in folded:
        return text
    first = len(folded) - 1 - folded[::-1].index(surname)
    while first > 0 and (folded[first - 1] in own or folded[first - 1] in HONORIFICS):
        first -= 1  # "Dr John E. Kelly", "Jurgen den Hartog"
    start = 0
    for index in range(first):
        word, bare = words[index], folded[index]
        if word[:1].isupper():
            if index == 0 and bare in _OPENING_ASIDES and bare not in ARTICLES:
                start = 1  # "Meanwhile", "For the Lib Dems", "On Wednesday"
        elif (bare in _CLAUSE_WORDS and (index == 0 or words[index - 1].islower())) or (
            len(bare) > 4 and bare.endswith(("ed", "ing"))
        ):
            start = index + 1  # "… denied by", "… was announced", "… featuring"; not "War on Want"
    if start:
        # "at their poster launch Tory co-chairman …": the rest of the reporter's phrase.
        while start < first and (
            folded[start] in _OPENING_ASIDES
            or (words[start][:1].islower() and not person_noun(folded[start]))
        ):
            start += 1
    if folded[first] in HONORIFICS and words[first][:1].isupper() and start < first:
        before, word = folded[first - 1], words[first - 1]
        if (start and word.islower() and not person_noun(before)) or (
            word[:1].isupper() and before not in TITLES and not POSSESSED.search(word)
        ):
            start = first  # "… the Foreign Policy Centre Mr Straw": another name before his
    if not start:
        return text
    at = 0
    for word in words[:start]:
        at = text.index(word, at) + len(word)
    return text[at:].lstrip()


#: Lower-case words of the reporter's clause, which no role phrase holds ("of" and "for"
#: join the words of one: "Secretary of State for Trade").
_CLAUSE_WORDS = (PREPOSITIONS - {"of", "for"}) | word_set(
    "that how what who which was were is are has had have said says told"
)


#: Words that open a sentence or phrase with no one named yet.
_OPENING_ASIDES = (
    MONTHS.keys()
    | WEEKDAYS
    | word_set(
        "the a an meanwhile however but and in on at for after before during speaking "
        "writing asked later earlier last this next"
    )
)


def spokesperson_of(speaker: Speaker, text: str, state: State) -> Speaker:
    """A bare "spokesman" for the organisation named last in `text` (the sentence
    before the quote's and his own, each cut to the window): "NTL said it had not ruled
    it out. '…,' said a spokesman" is NTL's."""
    found = None
    text = text[-WINDOW:]
    for match in _ORG_RUN.finditer(text):
        after = text[match.end() : match.end() + 30]
        next_word = after.split()[0] if after.split() else ""
        verb = verb_follows(after) or bare_word(next_word) in CUE_SET
        if after[:1] == " " and after[1:2].islower() and not verb:
            continue  # "the Army Board meeting", "ID cards": a modifier, not who speaks
        words = run_name(match.group(0)).split()
        while words and fold(words[0]) in NOT_SUBJECT:
            words.pop(0)  # "The", "But"
        name = " ".join(words)
        if not name or fold(name) in PLACES or name in COUNTRY_CODES:
            continue
        if name.isupper():
            # "a PVR", "UWB chips": capitals name an organisation only if it spoke
            # before ("NTL said …"), by that name or the one it stands for.
            names = {name, state.names.fullest(name)}
            if any(s.name in names and not s.named_only for _, s in state.recent[-8:]):
                found = name
        elif org_name(name):
            found = name
        elif (
            match.start() == 0 or text.endswith((". ", ".\u00a0"), 0, match.start())
        ) and state.names.company_of(name) is not None:
            # A company's first words opening a sentence: "Plainsline, for its part, has
            # been a good steward." for Plainsline Communications.
            found = state.names.company_of(name)
    if found is None:
        return speaker
    return Speaker(f"{state.names.fullest(found)} {speaker.name}", "description")


#: A capitalised run that may name an organisation ("Bank of England", "NTL").
_ORG_RUN = lazy_compile(
    rf"[{CAPITALS}][\w&'’\-]*(?:[ \u00a0]+(?:[{CAPITALS}][\w&'’\-]*|of|for|and|the)){{0,6}}"
)


def introduced_before(sentence: tuple[int, str, int], state: State) -> Speaker | None:
    """A person the sentence before a quote names for the first time, with an appositive
    ("… came from Brian Gale, vice-president of research at Gartner."): whom the quote's
    he/she most likely means, whoever spoke before."""
    number, text, begin = sentence
    viewed = _VIEWER.match(text)
    found = [viewed] if viewed is not None else []
    for match in [*found, *_NAME_THEN_COMMA.finditer(text[:WINDOW])]:
        words = match.group(1).split()
        before = text[: match.start()].split()
        while len(words) > 2 and bare_word(words[0]) in NOT_A_NAME_OPENING:
            before.append(words.pop(0))  # "With Jools Holland, …": a phrase, not a name
        timed = len(words) == 1 or bare_word(words[0]) in _TIME_OPENERS
        if timed and (bare_word(words[-1]) in WEEKDAYS or bare_word(words[-1]) in MONTHS):
            continue  # "By Friday, …", "Last March, …": a time; not "Theresa May, …"
        while before and bare_word(before[0]) in CONJUNCTIONS:
            before.pop(0)
        titled = len(before)
        while before and fold(before[-1].rstrip(".")) in TITLES:
            before.pop()  # "Sen. Robert Vigil, R-Clovis, voted": the name's own title
        titled -= len(before)
        source = (
            len(before) > 1 and bare_word(before[-1]) in _SOURCE_BEFORE and not _hometown(before)
        )
        # "For Jupiter analyst Olivier Beauvillain, Yahoo's decision was an error": whose
        # view the sentence gives.
        viewer = 0 < len(before) <= 4 and bare_word(before[0]) == "for"
        # "Her neighbour, Adam Kalinowski, disagreed": a role the name is apposed to.
        apposed = (
            0 < len(before) <= 4
            and before[-1].endswith(",")
            and (
                bare_word(before[0]) in _ROLE_DETERMINERS or POSSESSED.search(before[0]) is not None
            )
        )
        after_by = not apposed and _apposed_after_by(before)
        apposed = apposed or after_by
        # "Westbrook coach Linda Marchetti, in her 19th season, has …": what the title
        # before the opening name is of leaves the name the subject.
        described = (
            titled > 0
            and 0 < len(before) <= 2
            and all(w[:1].isupper() and bare_word(w) not in _NOT_AN_OWNER for w in before)
        )
        if before and not source and not viewer and not apposed and not described:
            # Only a sentence's opening name ("Adam Tan, an analyst at …, believes") or a
            # source ("came from Brian Gale, …"), not a name inside a phrase ("club-mate
            # Jose Reyes, …") or a list.
            continue
        surname = words[-1]
        if state.first_seen(surname) != (number, begin + match.end(1) - len(surname)):
            # A surname the article used before ("Sen. Teresa Vigil … Sen. Robert
            # Vigil, R-Clovis, voted"): a new person if the first name is new here.
            given = words[-2] if len(words) > 1 else ""
            at = begin + match.end(1) - len(surname) - 1 - len(given)
            honorific = fold(given) in HONORIFICS or fold(given) in TITLES  # "Ms Cooper"
            if not given or honorific or state.first_seen(given) != (number, at):
                continue
        # "Man-of-the-match Stephen Jones": the name is the last two words, in full; "The
        # chairman, Pak Harjono, said": his form of address is no part of it (but a peer's
        # title is: "Lord Goldsmith").
        peer = words[-2:][0] in PEERAGE
        words, title = (words[-2:], None) if peer else strip_title(words[-2:])
        name = state.names.fullest(" ".join(words))
        if after_by and not _subject_told_apart(text, name, state):
            continue
        if known_person(name, state) or (title is not None and " " not in name):
            return Speaker(name, "person")  # "Pak Slamet": a person, with one name
    return None


def _subject_told_apart(sentence: str, name: str, state: State) -> bool:
    """Whether a person named in an object's apposition ("read a statement from the
    couple's daughter, Megan Ford,") may be the next he or she: when the sentence's
    subject is no person ("A page set up by …"), or one the pronouns show to be of the
    other sex ("Brandt", a he), not "Sam Okoro was signed by the club's manager, Pete
    Dunn," (either may go on)."""
    opening = FIRST_NAME_RUN.match(sentence.strip())
    if opening is None:
        return True
    subject = opening.group(0)
    if subject.lower() in {"he", "she"}:
        sex: str | None = subject.lower()  # "She was woken by the caretaker, Jean Lott,"
    else:
        full = state.names.fullest(subject)
        if not known_person(full, state):
            return True
        sex = state.names.gender(full)
    other = state.names.gender(name)
    return sex is not None and other is not None and sex != other


def past_a_label(text: str, label: Span, span: Span) -> bool:
    """Whether a fragment after a scare quote of its sentence ('the birds, known as "sea
    parrots", were "an early warning"') looks for its cue before that label too: not
    when the two are a list of labels ('dubbed "pioneers" and "materialists"', 'called
    "open source news" or even "moblog journalism"'), nor past a nickname ('Ramon
    "Monching" Dela Paz called it "ghost dikes"', whose name the label splits)."""
    between = text[label.close_end : span.open_at].split()
    # 'described the drill, code-named "Falcon", as "a mistake"': the verb's "as", past a
    # label set off by commas; not a list ('dubbed "X", as well as "Y"').
    verbs_as = [bare_word(word) for word in between if bare_word(word)] == ["as"]
    if verbs_as and between[0].startswith(","):
        return True
    if all(bare_word(word) in _LIST_WORDS or not bare_word(word) for word in between):
        return False
    if "by" in between[1:]:
        # 'known as "Agenda 30", had been rejected by unions as "unworkable"': another
        # agent (not the label's own: 'branded "Safety First" by the government had').
        return False
    before = text[: label.open_at].split()[-1:]
    return not (before and before[0][:1].isupper() and between[0][:1].isupper())


#: What joins labels in a list: 'dubbed "pioneers" and "materialists"'.
_LIST_WORDS = word_set("and or nor even but also not just simply as well then")


def _apposed_after_by(before: list[str]) -> bool:
    """ "A fundraising page set up by Callum's aunt, Michelle Brierley, has raised …", "a
    statement from the couple's daughter, Megan Ford,": a person named after the
    relative or role a deed or a text came from, who may speak next."""
    if len(before) < 3 or not before[-1].endswith(",") or not before[-1][:-1].islower():
        return False
    owner = next(
        (
            i
            for i in range(len(before) - 2, len(before) - 5, -1)
            if i > 0 and POSSESSED.search(before[i])
        ),
        None,
    )
    if owner is None or not all(w.islower() for w in before[owner + 1 :]):
        return False
    linked = owner - 1
    if linked > 0 and bare_word(before[linked]) == "the":
        linked -= 1  # "from the couple's daughter"
    return bare_word(before[linked]) in {"by", "from"}


def introduced_before_pronoun(
    sentence: tuple[int, str, int], pronoun: str, state: State
) -> Speaker | None:
    """ "Sanne de Bruijn, whose son was hit …, has spent months lobbying. She set up …"
    then '"…," she said': the person the paragraph opened by introducing, when the
    sentence before the quote goes on about her as the same he or she."""
    number, text, begin = sentence
    if not text.lstrip().startswith(f"{pronoun.capitalize()} ") or not 0 < begin <= WINDOW:
        return None  # (the opening sentence is short: a long paragraph is not read back)
    opening = state.texts.get(number, "")[:begin]
    if _ANOTHER_SENTENCE.search(opening.rstrip()) is not None:
        return None  # a sentence between, which may name someone else ("Jane Pike replied")
    return introduced_before((number, opening, 0), state)


#: A sentence's end followed by another sentence.
_ANOTHER_SENTENCE = lazy_compile(r"[.!?][\"”’']?[ \u00a0]+\S")


def someone_unnamed(sentence: tuple[int, str, int], pronoun: str, state: State) -> Speaker | None:
    """ "A retired ski instructor summed up the mood. '…,' he said": the unnamed person
    the sentence before opens with, whom the quote's `pronoun` means. Not one a passive
    tells of ("A man was pronounced dead"), nor one acting on the he or she ("A woman
    heckled him"), nor a "woman" for a "he", nor one after someone the same paragraph
    named speaking ("Fire chief Dan Morgan said …. By then, a neighbour had called …")."""
    if any(n >= sentence[0] and s.kind == "person" for n, s in state.recent[-4:]):
        return None
    text = sentence[1]
    if _HAS_MARKS.search(text) is not None:
        return None  # not a sentence of someone's quoted words
    opening = _SOMEONE_UNNAMED.match(text)
    if opening is None:
        # "Outside the polling station, a …"; not "Lindgren, a sophomore, said".
        opening = _SOMEONE_UNNAMED_AFTER.match(text)
        if opening is None or fold(opening.group(1)) not in CLAUSE_OPENERS:
            return None
    at = opening.end()
    placed = ""  # where they are, between the noun and the verb
    for _ in range(4):  # "a retired ski instructor": the noun within four words
        word = _LOWER_WORD.match(text, at)
        if word is None:
            return None
        at = word.end()
        if word.group(1)[:1].isupper() and not _of_a_people(word.group(1)):
            return None  # "A Western diplomat", "A British officer"; not "A Tory MP"
        head = fold(word.group(1))
        rest = text[at:]
        named = _NAMED_AS.match(rest)
        if named is not None:
            # "A student surnamed Chang, who …"; not "A group called Just Stop Oil".
            return Speaker(named.group(1), "person") if person_noun(head) else None
        someone = person_noun(head) or head in ROLES or head in SOMEONE_DESCRIBED
        if someone and _PLACED_AFTER.match(rest) is not None:
            # "A Western diplomat in the capital, Sankoya, is blunter still": where they
            # are (a place's own name after a comma too), then the verb or a clause.
            ends = _place_phrase_end(rest)
            if ends < 0:
                return None
            placed, rest = rest[:ends].rstrip(" ,"), rest[ends:]
        if rest.startswith(",") or verb_follows(rest):
            # The noun before the verb or the comma heads the phrase: someone, or no one.
            if head in _NOT_A_PERSON or not someone:
                return None
            if _NAMED_AFTER.search(rest, 0, 60) is not None:
                return None  # "A building contractor, Madam Comfort …,", "…, she was": named
            sex = noun_sex(head)
            if sex not in {None, pronoun} or _PASSIVE_AFTER.match(rest) is not None:
                return None
            # After its own clause ("One supporter, who came with his sons, was …"): "A
            # firefighter pulled him from the flames. '…,' he said" is not the firefighter.
            clause_end = rest.find(",", 1) if rest.startswith(",") else -1
            main = rest[clause_end + 1 :] if clause_end > 0 else rest
            if sex is None and _OBJECT_OF[pronoun].search(main) is not None:
                return None
            return Speaker(f"{text[opening.end() : at]}{placed}", "description")
    return None


def _place_phrase_end(rest: str) -> int:
    """Where the phrase placing someone ends (" in the capital, Sankoya, is …"): at its
    verb ("is", "was", a past tense), or at the comma before a relative clause (", who
    asked not to be named, said"); -1 when neither comes within a few words."""
    for word in _PLACED_WORD.finditer(rest, 0, 80):
        token = word.group(2)
        after_comma = word.group(1).startswith(",")
        if after_comma and token in RELATIVE_PRONOUNS:
            # Only a source's clause: "A woman from Castlebar, who was walking her dog,
            # found the body" makes her no one a later "she said" means.
            return word.start() if _ANONYMOUS.match(rest, word.end()) else -1
        if token in _PLACED_VERBS or (token.endswith("ed") and token.islower()):
            return word.start() + (1 if after_comma else 0)
        if after_comma and not token[:1].isupper():
            return -1  # a clause of some other kind
    return -1


#: Each word after the noun, with the comma or spaces before it.
_PLACED_WORD = lazy_compile(r"(,?[ \u00a0]+)([\w'’\-]+)")
#: A source's clause of anonymity: "who asked not to be named".
_ANONYMOUS = lazy_compile(
    r"[ \u00a0]+(?:asked|requested|declined|did not want|spoke on condition|was not authori[sz]ed)"
)
#: The verbs a sentence about someone placed goes on with: "is blunter still".
_PLACED_VERBS = frozenset(BE) | word_set("has had says said thinks believes remains seems")


def one_they_means(sentence: tuple[int, str, int], state: State) -> Speaker | None:
    """ "The Western diplomat was more sceptical. '…,' they said": the one person,
    described by role and unnamed, the sentence before opens with (a source whose sex
    the reporter leaves untold); not a body nor a group ("The ministry", "Officials")."""
    found = opening_subject(sentence[1])
    if found is None or found.kind != "description":
        return None
    if fold(found.text.split(None, 1)[0]) not in _ONE_DESCRIBED:
        return None
    if not described_by_role(Speaker(found.name, "description")):
        return None
    return resolve(found, state, sentence[0])


def speaks_for_several(quoted: str, speaker: Speaker | None = None) -> bool:
    """Whether quoted words say "we" or "us" and never "I" or "me": several speak (but
    a spokesperson's "we" is the body's: "A company spokesperson was more cautious")."""
    if speaker is not None and head_of(speaker.name.split()) in SPOKESPEOPLE:
        return False
    return _WE.search(quoted) is not None and _I.search(quoted) is None


_WE = lazy_compile(r"\b(?:[Ww]e|[Uu]s|[Oo]ur)\b")
_I = lazy_compile(r"\b(?:I|me|[Mm]y)\b")


#: Determiners of one person described: "The Western diplomat", "A source", "One aide".
_ONE_DESCRIBED = frozenset({"the", "a", "an", "one", "another"})


#: A sentence telling that its subject said nothing, or died: no quotation after it is theirs.
_SILENT = lazy_compile(
    r"\b(?:declined|refused|did not|didn['’]t|could not|couldn['’]t|was not available"
    r"|unavailable|had no comment|has no comment|died|was killed|were killed|has died"
    r"|had died|lost (?:his|her|their) li(?:fe|ves)|fatal(?:ly)?)\b"
)
#: A relative clause opening what follows a subject: ", who asked not to be named,".
_RELATIVE_OPENING = lazy_compile(
    r"(?:,[ \u00a0]+who[^,]*,|[ \u00a0]+who\b.*?(?=[ \u00a0](?:was|were|is|are|has|had)\b))"
)


#: A passive after the described person: "was pronounced dead", "was later arrested".
_PASSIVE_AFTER = lazy_compile(
    r"[ \u00a0]+(?:was|were|has been|had been)[ \u00a0]+(?:\w+ly[ \u00a0]+)?\w+(?:ed|en)\b"
)


#: The he or she as an object or an owner: whom the described person acted on.
_OBJECT_OF = {
    "he": lazy_compile(r"\b(?:him|his)\b"),
    "she": lazy_compile(r"\bher\b"),
}


#: A name given after a described person: "A university student surnamed Chang".
_NAMED_AS = lazy_compile(
    rf"[ \u00a0]+(?:surnamed|named|called)[ \u00a0]+([{CAPITALS}][\w'’\-]+"
    rf"(?:[ \u00a0][{CAPITALS}][\w'’\-]+)?)(?=[ ,.(])"
)


#: Quotation marks: a sentence holding any is someone's words, or holds them.
_HAS_MARKS = lazy_compile('["“”]')


#: A name or a pronoun right after a described person's comma: the person is named.
_NAMED_AFTER = lazy_compile(rf",[ \u00a0]+(?:[{CAPITALS}]|(?:he|she|they)\b)")


#: Words with a person noun's ending that name no one: "A day earlier, …".
_NOT_A_PERSON = word_set("earlier later other another former latter number order")


#: A sentence opening on someone unnamed: "A retired …", "One …".
_SOMEONE_UNNAMED = lazy_compile(r"[ \u00a0]*(?:A|An|One)[ \u00a0]+(?=[A-Za-z])")


#: The same after a fronted phrase: "Outside the polling station, a …".
_SOMEONE_UNNAMED_AFTER = lazy_compile(
    r"[ \u00a0]*([A-Z][a-z]*)[^,\"“”]{0,80},[ \u00a0]+(?:a|an|one)[ \u00a0]+(?=[a-z])"
)


#: The next lower-case word, read one at a time after a description's opening.
_LOWER_WORD = lazy_compile(r"[ \u00a0]*([A-Za-z][\w\-]*)")


#: Where someone described is, after the noun: "A Western diplomat in the capital".
_PLACED_AFTER = lazy_compile(r"[ \u00a0]+(?:in|at|from|on|near)[ \u00a0]")
#: Capitalised words that describe someone as a nationality does.
_REGIONS = word_set("western eastern northern southern arab gulf european asian african nordic")


def _of_a_people(word: str) -> bool:
    """A nationality's or a region's capitalised adjective: "British", "Western"."""
    return nationality(word) or fold(word) in _REGIONS


def viewer_again(sentence: tuple[int, str, int], state: State) -> Speaker | None:
    """ "For Haingura, help cannot come soon enough.": the person, named before, whose
    view the sentence gives, whom the next quote's he or she means."""
    viewed = _VIEWER_AGAIN.match(sentence[1])
    if viewed is None or not known_person(viewed.group(1), state):
        return None
    return Speaker(state.names.fullest(viewed.group(1)), "person")


_VIEWER_AGAIN = lazy_compile(rf"[ \u00a0]*For[ \u00a0]+([{CAPITALS}][\w'’\-]+),")


def titled_subject(sentence: tuple[int, str, int], state: State) -> Speaker | None:
    """ "The mayor brushed off the criticism. '…,' he said": whom the sentence's subject, a
    title or a role, means (the person the article titled so, else the role itself)."""
    number, text, _ = sentence
    role = THE_ROLE.match(text.lstrip())
    if role is None or not verb_follows(text.lstrip()[role.end() : role.end() + 40]):
        return None
    head = fold(role.group(1))
    if head not in TITLES or head in HONORIFICS:
        return None
    return resolve_description(Mention(role.group(0), role.group(1), "description"), state, number)


#: A full name, then a comma and a lower-case word: an appositive introducing someone
#: ("Brian Gale, vice-president of …"), not a list of names or a place ("Omaha, Nebraska").
#: (The capital before the look-behind for a letter before it: the matcher then skips
#: to capitals at C speed instead of trying the look-behind at every position.)
_NAME_THEN_COMMA = lazy_compile(
    rf"([{CAPITALS}](?<!\w[{CAPITALS}])[\w'’\-]+(?:{NAME_GAP}[{CAPITALS}][\w'’\-]+){{1,3}})"
    r"(?:[ \u00a0]\([^()]{1,20}\))?,"  # "Rep. Alana Fitzroy (D-Wis.),"
    r"[ \u00a0]+(?=[a-z]|[RDI]-[A-Z])"  # or a US legislator's party: ", R-Clovis,"
)


#: Determiners before a role that a name is apposed to ("Her neighbour, Ann", "The shadow
#: foreign secretary, Michael Ancram,").
_ROLE_DETERMINERS = word_set("his her their its our my the that this another")


#: A sentence opening with whose view it gives: "For Jupiter analyst Olivier Beauvillain,".
_VIEWER = lazy_compile(
    rf"[ \u00a0]*For[ \u00a0]+(?:[\w'’\-]+[ \u00a0]+){{0,3}}?"
    rf"((?:[{CAPITALS}][\w'’\-]+[ \u00a0]+){{1,3}}[{CAPITALS}][\w'’\-]+),"
)


#: Words before a name that make it the source of what follows: "came from Brian Gale,".
_SOURCE_BEFORE = frozenset({"from"})


def _hometown(before: list[str]) -> bool:
    """ "Jo Lee, 45, from Leeds," or "Jo Lee, a mother of three from Leeds,": where the
    person apposed is from, not whom something came from."""
    comma = max((i for i, word in enumerate(before) if word.endswith(",")), default=None)
    if comma is None:
        return False
    aside = before[comma + 1 :]
    if len(aside) == 1:
        return before[comma].rstrip(",").isdigit()  # "45, from" (not "came, however, from")
    # "a mother of three from" (not "a day after an attack from", "a leak from"): the
    # head of the noun phrase, the word before its first preposition, is someone.
    if bare_word(aside[0]) not in {"a", "an"}:
        return False
    head = next((i for i, w in enumerate(aside) if i and bare_word(w) in PREPOSITIONS), 0)
    return head > 1 and person_noun(bare_word(aside[head - 1]))


def interviewee(number: int, state: State) -> Mention | None:
    """Who answers a printed interview ("Q: …" then 'A: "…"'): the first person the
    article names, its subject, once a question has come before and once a quote of
    theirs has."""
    asked = state.first_question
    if asked is None or asked > number or not state.names.people:
        return None
    # (Quoted before: not a reporter, a predecessor or a rival named first.)
    first = state.names.people[0][0]
    return Mention("A", first, "name") if first in state.quoted else None


def label_before_colon(label: str, state: State) -> Mention | None:
    """A line or sentence that is only a person's name (then a colon, or a bullet line's
    quote), before a quote."""
    label = label[label.rfind("\n") + 1 :].strip(" \u00a0-–—•*")
    words = label.split()
    if not 1 <= len(words) <= 10 or CUE.search(label) is not None:
        return None
    if any(w.islower() and (w in AUXILIARIES or w.endswith("ed")) for w in words):
        return None  # "Whitfield also had a message for Jenkins:": a clause, no label
    mention = mention_from_words(words)
    if mention is None or mention.kind != "name" or mention.text != " ".join(words):
        return None
    return mention if known_person(mention.name, state) else None


#: After a quote, only a name and a full stop: '," Mr Bootle.' or ' — Jane Lee'.
_NAME_ONLY_AFTER = lazy_compile(
    r"[ \u00a0]*(?:[—–][ \u00a0]*)?"
    rf"((?:[{CAPITALS}][\w'’.\-]*[ \u00a0]+){{0,3}}[{CAPITALS}][\w'’\-]*)"
    r"[ \u00a0]*\.?[ \u00a0]*$"
)


def signed_by(text: str, end: int) -> Mention | None:
    """The name a dash puts after a quotation at the end of its paragraph, with or
    without a description after a comma ('"…" — Jane Doe, chief executive of Acme.')."""
    found = _SIGNATURE.match(text, end)
    if found is None:
        return None
    mention = mention_from_words(found.group(1).split())
    return mention if mention is not None and mention.kind == "name" else None


#: A dash, a name, maybe a description after a comma, and the paragraph's end.
_SIGNATURE = lazy_compile(
    r"[ \u00a0]*[—–][ \u00a0]*"
    rf"((?:[{CAPITALS}][\w'’.\-]*[ \u00a0]+){{0,3}}[{CAPITALS}][\w'’\-]*)"
    r"(?:,[^\"“”\n]{1,120})?[ \u00a0]*\.?[ \u00a0]*$"
)


def named_in_passing(sentence: tuple[int, str, int], pronoun: str, state: State) -> Speaker | None:
    """The last person the sentence before a quote names in full, when a he or she finds
    no one else: "Her comments did not impress shadow education secretary Tim Collins.
    '…,' he said" (someone named as an object, whom no rule remembered as a speaker)."""
    _, text, _ = sentence
    for match in reversed(list(_FULL_NAME.finditer(text[:WINDOW]))):
        before = text[: match.start()].rstrip()
        if not before or before[-1] in '.!?"”':
            return None  # the sentence's subject: the rules before this one read it
        words, _title = strip_title(match.group(1).split())
        if len(words) < 2 or not person_like(words):
            continue
        name = state.names.fullest(" ".join(words))
        person = Speaker(name, "person")
        if known_person(name, state) and sex_of(person, state) in {None, pronoun}:
            return person
        return None  # the last name is no fitting person: no guess further back
    return None


#: Two to four capitalised words: a name, perhaps after its title.
_FULL_NAME = lazy_compile(
    rf"(?<![\w'’\-])([{CAPITALS}][\w'’\-]+(?:[ \u00a0][{CAPITALS}][\w'’\-]+){{1,5}})"
)


#: Words that open a phrase of time before a weekday or a month: "By Friday", "Last May".
_TIME_OPENERS = word_set("by last next since until early late this on in from through")


def claimed_next(number: int, state: State) -> Speaker | None:
    """Whose words a paragraph that is only a quotation was, when the next paragraph
    opens by saying so: "That is how Beatriz Salgado-Quinn, 44, described the moment …",
    "Those were the words of coach Dana Whitley.", "So says Ann Lee, …"."""
    claim = _CLAIMED.match(state.names.text_after(number - 1))
    if claim is None:
        return None
    named = next(group for group in claim.groups() if group is not None)
    # The name, or a role and the name after it ("the station's operations manager,
    # Neil Baird,"): a person or body by name only, not "how the river behaved".
    for part in named.split(",")[:2]:
        mention = mention_from_words(part.split()) if part.strip() else None
        if mention is not None and mention.kind == "name":
            return resolve(mention, state, number + 1)
    return None


#: The opening of a paragraph that gives the quotation before it a speaker.
_CLAIMED = lazy_compile(
    r"(?:That|This)(?:'s|’s| is| was) (?:how|what) ([^.;:!?]{2,80}?) "
    r"(?:described|put it|puts it|said|says|explained|explains|recalled|recalls|remembered|"
    r"summed|told|tells|wrote|writes|characteri[sz]ed)\b"
    r"|(?:Those|These|Such) (?:were|are) the words of ([^.;:!?]{2,80}?)[,.]"
    r"|So (?:says|said) ([^.;:!?]{2,80}?)[,.]"
)


def name_after(right: str, state: State) -> Mention | None:
    """A known person named alone after a quote, with no cue verb ('," Mr Bootle.')."""
    found = _NAME_ONLY_AFTER.match(right)
    if found is None:
        return None
    mention = mention_from_words(found.group(1).split())
    if mention is None or mention.kind != "name" or not known_person(mention.name, state):
        return None
    return mention


def is_heading(text: str) -> bool:
    """A paragraph ending in a word, not in punctuation: a subheading or a teaser line
    ("'Life-changing and heartbreaking'", "WATCH: 'No magic pill' - police chief …"),
    whose quotations without a cue are labels, not statements. A long paragraph that
    ends so has only lost its last full stop, or run into the next line ("… I think
    we'll win." KEY MATCH STATS): it is prose."""
    last = text.rstrip().rstrip("\"”’')]")[-1:]
    if not last.isalnum() or len(text) > _LONGEST_HEADING:
        return False
    # Nor a paragraph of whole sentences that ends on a sign-off ("… who grew apart. T x").
    return _A_SENTENCE_ENDS.search(text) is None


_LONGEST_HEADING = 200


#: A sentence's end within a text, after a lower-case word: "… grew apart. T x".
_A_SENTENCE_ENDS = lazy_compile(r"[a-z]{2}[.!?][ \u00a0]+[A-Z]")


def cue_missing(found: tuple[str, Mention | None] | None) -> bool:
    return found is None or found[1] is None


#: Verbs whose complement a quotation may be in a reported clause: 'was "a smear"',
#: 'would "stay as long as …"', 'had been "one of many documents"'.
_TAKES_COMPLEMENT = frozenset(BE) | word_set(
    "would will could should might may must can has had have remain remains remained seem "
    "seems seemed become becomes became"
)


#: Verbs after which "to" opens what someone means to do: 'vowed to "fight on"'.
_TO_DO = word_set(
    "want wants wanted need needs needed hope hopes hoped plan plans planned intend "
    "intends intended vow vows vowed pledge pledges pledged promise promises promised"
)


#: First words of a quotation after "to" that open no verb phrase: 'to "the people"'.
_NOT_A_BARE_VERB = NOUN_PHRASE_OPENERS | {"all"}


#: Nouns for a text's name or words: 'its slogan was "…"', 'the working title had been
#: "…"'.
_NAMED_TEXTS = word_set(
    "name title slogan motto password word phrase term message headline caption hashtag "
    "nickname label tagline catchphrase song anthem chant banner sign question poem book "
    "film album"
)


#: Nouns for a source with words of its own: 'a report found "…"', 'the scan showed'.
_SOURCES = word_set(
    "report review study survey audit poll paper note letter memo statement record data "
    "figures findings court body panel blurb contract advert advertisement scan jury "
    "verdict ruling"
)


#: Words for someone other than the speaker: "while those on the left hope to …", and
#: people in general ("to people in the industry they were …").
_SOMEONE_ELSE = word_set(
    "he she they those others people critics supporters shareholders forecasters backers "
    "locals opponents rivals fans voters residents"
)


_TEXTS_AND_SOURCES = _NAMED_TEXTS | _SOURCES


def complement_goes_on(between: str, inner: str) -> bool:
    """'said it would be "wrong to speculate" while the investigation was "at such a
    sensitive stage"': the reported clause goes on, in the same speaker's words, to a
    verb whose complement the next quotation is.

    Only where no one else may own the words: no capitalised name between ('while Dr
    Okafor was', 'the Treasury was'), no he, she, they or those, no noun for people or a
    body ('union leaders were', 'the council was'), nor for a text or a source with words
    or a name of its own ('its slogan was', 'the contract must be'). Not past a colon, a
    semicolon or a bracket; a quotation of two words only right after a form of "be" ('is
    "a smear"').
    """
    words = between.split()
    if not words or len(words) > 20 or any(mark in between for mark in ";:()[]"):
        return False
    quoted = inner.split()
    last = fold(words[-1])
    if not any(c.isalpha() for c in inner) or (len(quoted) < 3 and last not in BE):
        return False
    if len(quoted) == 1 and not quoted[0].islower():
        return False  # a name: 'was "Biscuit"'
    # 'vowed to "fight on"', 'it was necessary to "have the courage …"'.
    to_do = (
        last == "to"
        and len(words) > 1
        and quoted[0].lower() not in _NOT_A_BARE_VERB
        and (fold(words[-2]) in _TO_DO or not _TAKES_COMPLEMENT.isdisjoint(map(fold, words[-4:-1])))
    )
    if not (last in _TAKES_COMPLEMENT or to_do):
        return False
    if names_its_own(words, _TEXTS_AND_SOURCES):
        return False
    for word in words:
        bare = fold(word.strip(",.'’\""))
        named = word[:1].isupper() and (word[1:2].islower() or word[1:2].isupper())
        if named and bare not in MONTHS and bare not in WEEKDAYS:
            return False  # someone named: "Dr Okafor", "the Treasury", "Ofcom", "the IMF"
        bare = unpossessed(bare) if POSSESSED.search(bare) else bare
        single = bare[:-1] if bare.endswith("s") else bare
        if bare in _SOMEONE_ELSE or any(_people_or_body(w) for w in (bare, single)):
            return False
    return True


def names_its_own(words: list[str], nouns: frozenset[str] = _NAMED_TEXTS) -> bool:
    """Whether the reporter's words name a text (or, given `_SOURCES` too, a source)
    whose name or words the quotation after them is: 'its slogan was', 'a report found'."""
    for word in words:
        bare = fold(word.strip(",.'’\""))
        if bare in nouns or (bare.endswith("s") and bare[:-1] in nouns):
            return True
    return False


def _people_or_body(noun: str) -> bool:
    """A noun for people or a body, who may own words of their own: "leaders", "council"."""
    if noun in TITLES or noun in ROLES or noun in PERSON_NOUNS:
        return True
    return noun in ORG_HEADS or noun in BODY_HEADS or noun in ORG_WORDS


def resumes(previous: Quote, between: str) -> bool:
    """'"A," she said, "and more."': the sentence broken by its cue goes on in this quote."""
    return (
        previous.kind == "direct"
        # the comma inside the marks, or outside them: '"A", she said, "and more".'
        and (previous.text.endswith(",") or between.startswith(","))
        and between.rstrip().endswith(",")
        and len(between.split()) <= 12
        and (attribution_follows(between.lstrip(" ,\u00a0")) or _cue_last(between))
    )


def resumes_past_an_aside(previous: Quote, between: str, inner: str) -> bool:
    """'"The honest answer," Sjöberg said when asked whether …, "is that it will get
    worse."': the broken sentence goes on in small letters after its attribution and
    a longer aside (whose own verb, "asked", names no one)."""
    return (
        previous.kind == "direct"
        and inner[:1].islower()
        and previous.text.endswith(",")
        and between.rstrip().endswith(",")
        and len(between.split()) <= 24
        and attribution_follows(between.lstrip(" ,\u00a0"))
        # Not past a clause with a speaker of its own: "as the crowd chanted,", "the
        # leaked memo, which reads,".
        and _ASIDE_OF_ITS_OWN.search(between) is None
    )


#: An aside with a subject or a reading of its own.
_ASIDE_OF_ITS_OWN = lazy_compile(
    r"\b(?:as|while)[ \u00a0]+(?:the[ \u00a0]+)?[a-z]+[ \u00a0]+[a-z]*\b"
    r"|\b(?:chanted|chanting|shouted|sang|reads|read|reading)\b"
)


def _cue_last(between: str) -> bool:
    """'"A," owner Lina Moss said, "and more."', '"A," the general said, "…"': a subject
    of a few words, described, then the cue, and nothing after it."""
    words = between.strip(" ,\u00a0").split()
    return 1 < len(words) <= 6 and fold(words[-1]) in CUE_SET


_THOSE_WERE_THE_WORDS = lazy_compile(
    r"(?:Those|These|Such|That|This)\s+(?:were|are|was|is)\s+the\s+(?:"
    + "|".join(sorted(QUOTATION_NOUNS))
    + r")\s+of\s"
)


#: A sentence after a quotation saying who made it: '"…" The distinction was drawn by
#: Jean-Marc Aubertin, …', "The remark was made by …".
MADE_BY = lazy_compile(
    r"[ \u00a0]*(?:The|That|This)[ \u00a0]+(?:[a-z\-]+[ \u00a0]+){0,2}(?:was|were)[ \u00a0]+"
    r"(?:made|drawn|offered|voiced|delivered|raised|put[ \u00a0]+forward)[ \u00a0]+by[ \u00a0]+"
)


def ends_sentence_inside(inner: str, right: str) -> bool:
    """'…property." In the past…': the sentence ended inside the quote, no cue follows.

    A question or exclamation is still followed by its attribution in the same
    sentence ('…grocery?" Forte said.'), so a capitalised speaker and cue verb right
    after the closing mark keep the quote's sentence open. After a full stop only a
    bare attribution does ('…won." Lee said.'): '…pocket." Virgin says an hour's
    listening …' is the reporter's next sentence, about something else.
    """
    end = inner.rstrip().rstrip("'’\"”)]")[-1:]  # '… ask: 'What am I doing there?''
    if end not in ".!?…":
        return False
    following = right.lstrip(" \u00a0")
    if not following:
        return True
    if not (following[0].isupper() or following[0] in '"“‘('):
        return False
    if following.rstrip().endswith(":"):
        return True  # '…tomorrow." Bob Lee added: "…': he introduces the next quote
    if _THOSE_WERE_THE_WORDS.match(following) or MADE_BY.match(following):
        return False  # '…them." Those were the words of Ahmad Qasim, 34, who …'
    if not attribution_follows(following):
        return True
    return end in ".…" and not bare_attribution(following)


def bare_attribution(following: str) -> bool:
    """'Tom Lee said in a statement on Monday.', 'Lee told the BBC.': a cue that says who
    spoke and no more, not one that opens reported speech ('Virgin says an hour's
    listening would cost …', 'But Sky denied the programme breached …')."""
    if following.rstrip()[-1:] not in ".!?":
        return False  # it runs on into another quotation: "… said she \"would not\""
    words = WORD_RE.findall(following[:160])
    at = next((i for i, w in enumerate(words[:8]) if w.lower() in CUE_SET), None)
    if at is None:
        return False
    rest = words[at + 1 :]
    if len(rest) > _MOST_AFTER_A_BARE_CUE:
        return False  # "Gerrard had said before the game he would consider leaving …"
    if not rest or words[at].lower() in _TELLS:
        return True  # "… Lee said.", "Lee told the BBC."
    return rest[0].lower() in _AFTER_A_BARE_CUE


#: Most words after the cue of a bare attribution ("… said in a statement issued on
#: Monday night."); a whole reported clause is longer.
_MOST_AFTER_A_BARE_CUE = 8


_TELLS = word_set("told tells tell")


#: Words after a cue that go on with the attribution, not with what was said.
_AFTER_A_BARE_CUE = word_set(
    "in on at to yesterday today tonight last this during after before from with as "
    "when earlier later afterwards recently"
)


def continuation(
    state: State,
    number: int,
    previous_speaker: Speaker | None,
    previous_open: tuple[int, Speaker | None, bool] | None,
    before: str,
    left_all: str,
) -> Speaker | None:
    """Who says a quote with no cue of its own.

    In order: the previous quote's speaker in the same paragraph; whoever the
    paragraph has just named as speaking or as its subject ("X summed it up: …",
    "X said the move was bold. '…'"); at the start of a paragraph, the speaker of
    the previous paragraph's quote or reported speech.
    """
    # Only the closing marks of a scare quote before it ('… "consigned to the past". "We
    # are …') is no sentence of the reporter's.
    worded = any(char.isalnum() for char in before)
    short = previous_speaker is not None and ("He " in before or "She " in before)
    aside = _PRONOUN_ASIDE.search(before) if short else None
    if aside is not None and previous_speaker is not None:
        # '"…," he says. She laughs. "…"': a short sentence of someone else, who goes on.
        pronoun = aside.group(1).lower()
        if gender_of(previous_speaker, state) not in {None, pronoun}:
            other = resolve_pronoun(pronoun, state, other_than=previous_speaker)
            if other is not None:
                return other
    if worded:
        for paragraph, speaker in reversed(state.recent):
            if speaker.named_only:
                continue
            if paragraph == number:
                return speaker
            break
    if previous_speaker is not None:
        return previous_speaker
    if worded:
        return sentence_subject(before, state, number)
    reported = state.reported
    still_open = previous_open is not None and previous_open[2]
    if reported is not None and reported[0] >= number - 1 and not still_open:
        # '"…," X said. The spokesman said … .' then a bare quote: the spokesman's.
        return reported[1]
    introducing = state.texts.get(number - 1, "").rstrip()
    if introducing.endswith(":") and not has_mark(introducing):
        # "She put it simply:" as a paragraph, then the quote as one: its subject's.
        subject = sentence_subject(introducing[:-1], state, number - 1)
        if subject is not None:
            return subject
    narrated = _PRONOUN_NARRATES.match(introducing)
    if narrated is not None and len(introducing) <= 200 and not has_mark(introducing):
        # "He paused, stirring his coffee." as a paragraph, then the quote as one: his.
        person = resolve_pronoun(narrated.group(1).lower(), state)
        if person is not None:
            return person
    if previous_open is not None and previous_open[0] >= number - 1 and previous_open[1]:
        return previous_open[1]
    last = next(((p, s) for p, s in reversed(state.recent[-8:]) if not s.named_only), None)
    if last is not None and last[0] >= number - 1:
        return last[1]
    return None


def answer_on_topic(sentence: str, number: int, state: State) -> Speaker | None:
    """A press conference written up topic by topic ("On what went wrong in the third:
    '…'", "On whether he would rest Wallace: '…'"): the person quoted last, in this
    paragraph or the one before, answers; no one the topic names speaks."""
    sentence = sentence.rstrip()
    if not sentence.endswith(":") or state.last_quote is None:
        return None  # the cheap test first
    if _TOPIC.match(sentence) is None or not CUE_SET.isdisjoint(map(bare_word, sentence.split())):
        return None  # not "On Monday the minister told reporters:", a cue of its own
    if _OWN_CLAUSE.search(sentence) is not None:
        return None
    paragraph, speaker, _ = state.last_quote
    if speaker is None or speaker.kind != "person" or number - paragraph > 1:
        return None
    # "On how long Bell would be out:": not Bell, spoken of.
    return None if speaker.name.split()[-1] in sentence else speaker


#: A topic put to someone, before a colon: "On what went wrong in the third:".
_TOPIC = lazy_compile(r"[ \u00a0]*On[ \u00a0]+(?:what|whether|why|how|who|if)\b")


#: A clause of the reporter's own after a topic's comma: "On what caused the crash, the
#: report is blunt:" (a relative clause, ", who played hurt:", is the topic's).
_OWN_CLAUSE = lazy_compile(rf",[ \u00a0]+(?:the|a|an|his|her|their|its|[{CAPITALS}])")


#: A paragraph that tells what a he or she did: "He paused, stirring his coffee."
#: (After an opening clause too: "When I asked him what had tipped the vote, he paused.")
_PRONOUN_NARRATES = lazy_compile(
    r"(?:(?:When|As|After|Before)[ \u00a0][^,.;:!?\"“”]{1,80},[ \u00a0])?"
    # ("Near the end of the hearing, after many had gone home, she turned …": fronted.)
    r"(?:(?:Near|At|Later|Then|Finally|Towards|Toward|By|In)\b[^.;:!?\"“”]{0,120}?,[ \u00a0])?"
    # (Not "she was sent home": what was done to her.)
    r"([Hh]e|[Ss]he) (?!(?:was|is)[ \u00a0](?:[a-z]+(?:ed|en)|sent|told|kept|held|left|found"
    r"|brought|put|shot|hit|hurt)\b)[a-z]+(?:ed|s)\b"
)


#: A short sentence of a he or she at the end of the reporter's words: " She laughs. ".
_PRONOUN_ASIDE = lazy_compile(r"(?:^|[.!?][ \u00a0]+)(He|She)(?: [a-z’']+){1,6}[.!][ \u00a0]*$")


def sentence_subject(before: str, state: State, number: int) -> Speaker | None:
    """The person a sentence opens with, for a quote that follows it without a cue."""
    ends = [0, *sentence_ends(before.rstrip())]
    start = max(e for e in ends if e < len(before.rstrip())) if before.strip() else 0
    sentence = before[start:].strip()
    match = FIRST_NAME_RUN.match(sentence)
    rest = sentence[match.end() :] if match is not None else ""
    mention = None
    reporter = speaker_at_the_end(sentence) if match is not None else None
    if reporter is not None:
        # "Nielsen had panicked that …, Greer said.": Greer, who says so.
        mention = mention_from_words(reporter.split())
    elif match is not None and (rest.startswith(",") or verb_follows(rest)):
        # "Graham Barlow, editor of Mac Format, has …", "He is scathing …".
        mention = mention_from_words(match.group(0).split())
        if mention is not None and mention.kind == "name":
            mention = mention if known_person(mention.name, state) else None
    if mention is None:
        # "But Lib Dem leader Jo Lee said … ." then a bare quote: hers.
        mention = opening_subject(sentence)
    if mention is not None and mention.kind == "name" and not known_person(mention.name, state):
        return None
    if mention is not None and mention.kind == "description" and _SOMEONE_UNNAMED.match(sentence):
        # "One diplomat from an eastern member country painted a bleak picture." then a
        # bare quote: the diplomat's; not "A man was arrested" (acted on) nor "A report".
        rest = sentence[len(mention.text) :] if sentence.startswith(mention.text) else ""
        someone = Speaker(mention.name, "description")
        # The main verb, past a relative clause: "A driver who crossed the line was booed".
        clause = _RELATIVE_OPENING.match(rest)
        rest = rest[clause.end() :] if clause is not None else rest
        # (Nor "A spokesman declined to comment." nor "A woman died …": no words of theirs.)
        silent = _SILENT.search(rest) is not None
        if (
            rest
            and not silent
            and _PASSIVE_AFTER.match(rest) is None
            and described_by_role(someone)
        ):
            return someone
    if mention is None or mention.kind != "name":
        if mention is not None and mention.kind == "pronoun" and mention.name not in ONES:
            # ("One was a call to amend the bill": one of the recommendations, not a speaker.)
            found = resolve(mention, state, number)
            learn_gender(mention, found, state)
            return found
        return None
    speaker = resolve(mention, state, number)
    return speaker if speaker is not None and speaker.kind == "person" else None


#: Capitalised words that open a sentence and own no title after them: "With coach …".
_NOT_AN_OWNER = NOT_SUBJECT | PREPOSITIONS | ARTICLES
