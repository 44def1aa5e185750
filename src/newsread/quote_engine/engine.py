"""The quote engine's single pass over an article.

Each paragraph's quotations are scanned, classified and attributed in turn. What each
paragraph names is remembered for the quotations after it, and a quotation that runs
over several paragraphs is given one speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from newsread.cues import Cues
from newsread.lazyre import lazy_compile
from newsread.model import Article
from newsread.quote_engine.context import (
    MADE_BY,
    answer_on_topic,
    bare_attribution,
    claimed_next,
    complement_goes_on,
    continuation,
    cue_missing,
    ends_sentence_inside,
    interviewee,
    introduced_before,
    introduced_before_pronoun,
    is_heading,
    label_before_colon,
    name_after,
    named_in_passing,
    names_its_own,
    naming_words,
    one_they_means,
    past_a_label,
    previous_sentence,
    resumes,
    resumes_past_an_aside,
    sentence_subject,
    signed_by,
    someone_unnamed,
    speaks_for_several,
    spokesperson_of,
    titled_subject,
    viewer_again,
)
from newsread.quote_engine.cue_mentions import (
    UNREAD,
    UNSAID,
    WINDOW,
    according_to_opening,
    cue_after,
    cue_before,
    cue_between_dashes,
    sentence_opener,
    someone_before_colon,
    subject_shown,
)
from newsread.quote_engine.kinds import (
    CLOSING_ATTRIBUTION,
    READ_FROM,
    classify,
    ends_clause,
    in_title_case,
    opens_an_aside,
)
from newsread.quote_engine.narration import ASKING, note_cues, people_named
from newsread.quote_engine.nicknamed import without_nicknames
from newsread.quote_engine.resolution import (
    named_by_surname,
    named_in,
    names_no_one,
    reports_on_a_clause,
    resolve,
    resolve_pronoun,
    same_speaker,
)
from newsread.quote_engine.state import Speaker, State, learn_gender, sex_of
from newsread.quote_engine.vocabulary import (
    described_by_role,
    describes_someone,
    known_person,
    verb_follows,
)
from newsread.quote_marks import Span, has_mark, scan_paragraph, standard_marks
from newsread.quotes import Quote
from newsread.speakers.article_names import Names
from newsread.speakers.mentions import mention_from_words
from newsread.speakers.phrases import object_after, subject_before
from newsread.speakers.words import OBJECT_PRONOUNS, WRITINGS, Mention, fold
from newsread.wordlists import CAPITALS, word_set

#: Cue verbs that report words only as a verdict after "as": "welcomed it as a …".
_RECEIVED = frozenset({"welcomed", "welcomes"})
_AS_AFTER = lazy_compile(r"[ \u00a0]as[ \u00a0](?!(?:he|she|they|it|we|I|you)\b)")


#: The same aside after a quotation inside the reporter's clause: 'Mr Blair has "the same
#: passion" as in 1997, he said.'
_ASIDE_AFTER = lazy_compile(r"[^\"“”.!?;:]*,[ \u00a0]+(?:he|she)[ \u00a0]+[a-z]+")


def _named_before_bracket(left: str, inner: str, state: State) -> Speaker | None:
    """'Resident Tim Lowe ("I want clean water," he said) joined': the person named right
    before a bracket the quotation opens, whom its he/she means."""
    if not left.rstrip().endswith("(") or not opens_an_aside(left, inner):
        return None
    named = mention_from_words(left.rstrip()[:-1].split()[-5:])
    if named is None or named.kind != "name" or not known_person(named.name, state):
        return None
    return Speaker(state.names.fullest(named.name), "person")


_FOOTNOTE_MARK = lazy_compile(r"[ \u00a0]?\[\d{1,3}\]")


#: A subject's verb of putting a document out: "issued a statement", "has issued a report".
#: "in Rosa's words," right before a quotation: whose words they are.
_IN_WORDS = lazy_compile(
    rf"\b[Ii]n[ \u00a0]+((?:[{CAPITALS}][\w'’.\-]*[ \u00a0]+){{0,3}}[{CAPITALS}][\w\-]*)['’]s?"
    r"[ \u00a0]+(?:own[ \u00a0]+)?words,?[ \u00a0]*$"
)


#: After a question's cue, whom it was put to: '"Do you miss it?" Whitlock asked her.'
_ASKED_SOMEONE = lazy_compile(r"[^.!?]{0,40}\basked[ \u00a0]+(her|him)\b")


#: A document just read out or issued, whose words an "it said" may give.
_READ_DOCUMENT = lazy_compile(
    r"\b(?:read|issued|released)[ \u00a0]+(?:a|an|the)[ \u00a0]+(statement|letter)\b"
)


def extract_quotes(article: Article) -> list[Quote]:
    """Every quotation in the body, in article order, with kind and speaker."""
    marked = [has_mark(p.text) for p in article.paragraphs]
    if not any(marked):
        return []
    # The rules read words between spaces and no-break spaces; a tab or a thin space is
    # read as a space, character for character, so that every offset still holds.
    texts = [_plain_spaces(p.text) for p in article.paragraphs]
    # Paragraphs after the last quotation mark can neither hold a quote nor name a
    # later quote's speaker: they are not read.
    last = max(i for i, has in enumerate(marked) if has)
    read = article.paragraphs[: last + 1]
    spans = [scan_paragraph(texts[i]) if has else [] for i, has in enumerate(marked[: last + 1])]
    # Nor is anything after the last quotation: once it is attributed, what the text
    # goes on to name can change no speaker.
    final = max((i for i, found in enumerate(spans) if found), default=-1)
    if final < 0:
        return []
    # A name's nickname ('Mayor Rodel "Dodong" Lacsamana') is read without, as one name.
    cuts = {i: cut for i, found in enumerate(spans) if (cut := without_nicknames(texts[i], found))}
    as_written = {i: texts[i] for i in cuts}
    for i, cut in cuts.items():
        texts[i], spans[i] = cut.text, cut.spans
    names = Names(texts, nicknamed=as_written)
    state = State(
        names,
        paragraphs=[(p.number, texts[i]) for i, p in enumerate(read)],
        writer=article.authors[0] if len(article.authors) == 1 else None,
    )
    quotes: list[Quote] = []
    links: list[_Link] = []
    for index in range(final + 1):
        paragraph = read[index]
        original = paragraph.text
        found = _paragraph_quotes(
            paragraph.number, texts[index], spans[index], state, read_on=index < final
        )
        if index in cuts:
            found = cuts[index].restore(found, original, paragraph.number, _ALONE)
        claimed: Mention | None = None
        claim_read = False  # the next paragraph is read once, and only if asked
        for quote, link in found:
            if texts[index] is not original:
                quote = replace(quote, text=original[quote.start : quote.end])
            if quote.speaker is None and quote.kind != "scare" and index + 1 < len(texts):
                # 'accused of presiding over "a national embarrassment". The accusation
                # came from …': whom the next paragraph names as its source.
                if not claim_read:
                    claimed, claim_read = _claimed_by(texts[index + 1], state), True
                if claimed is not None:
                    quote = replace(quote, speaker=claimed.name, mention=claimed.text)
            quotes.append(quote)
            links.append(link)
    return _attribute_runs(quotes, links)


def _claimed_by(text: str, state: State) -> Mention | None:
    """The person a paragraph opens by naming as the source of words told before it:
    "The accusation came from Scottish Conservative spokeswoman Fiona McAllister"."""
    if not text.startswith("The "):
        return None  # the cheap test first
    came = _CAME_FROM.match(text)
    if came is None:
        return None
    words = came.group(1).split()
    # The source's words end where a phrase of when or where begins: "… Fiona McAllister
    # during a session at Holyrood".
    end = next((i for i, w in enumerate(words) if i and w in _AFTER_A_SOURCE), len(words))
    mention = mention_from_words(words[:end])
    if mention is None or mention.kind != "name":
        return None
    speaker = resolve(mention, state, 0)
    if speaker is None or speaker.kind != "person":
        return None
    return Mention(mention.text, speaker.name, "name")


def _own_words_cue(
    own: re.Match[str], left: str, sentence: str, state: State
) -> tuple[str, Mention]:
    """The cue 'Kwan was, in his words, "…"' stands for: the name right before "was"
    ("…; Kwan was, in his words,"), else the person the sentence names first whose sex
    the pronoun allows ("The court heard that Pellow had been told, by an engineer, … to,
    in his own words, "patch it up""), else the pronoun itself."""
    pronoun = "he" if own.group(1) == "his" else "she"
    before = left[: max(0, len(left) - 24) + own.start()]  # (`own` was found in the last 24)
    named = _NAME_THEN_BE.search(before[-80:])
    first = next(
        (
            person
            for person in people_named(sentence, state)
            if sex_of(Speaker(person, "person"), state) in {None, pronoun}
        ),
        None,
    )
    name = named.group(1) if named is not None else first
    phrase = own.group(0).strip(" \u00a0,")
    if name is None:
        return (phrase, Mention(own.group(1), pronoun, "pronoun"))
    return (phrase, Mention(name, name, "name"))


#: Spaces other than the space, the no-break space and the line break ("\t", "\u2009").
_ODD_SPACE = lazy_compile(
    "[\t\x0b\x0c\r\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)


def _plain_spaces(text: str) -> str:
    """`text` with every odd space a plain one, right-hand quotation marks that open read
    as opening ones (`standard_marks`), a form of address in brackets after another
    ("Dr (Mrs) Funmilayo Bello") read without them, and a party's tag in brackets and a
    class year blanked: the same object when it has none of these, and always as long,
    so that every offset holds."""
    if "(" in text and _BRACKETED_ADDRESS.search(text):  # the cheap test first
        text = _BRACKETED_ADDRESS.sub(r" \1 ", text)
    if "-" in text and _PARTY_OPENS.search(text):  # the cheap tests first
        # "Sen. Warren Tibbets (D-Mont.) was": the party and state, blanked, so that the
        # name and its verb meet and the state's stop ends no sentence.
        # (A comma after the tag moves up to the name: "Ann Lee (D-Wis.), the ranking".)
        text = _PARTY_IN_BRACKETS.sub(lambda tag: tag[1].ljust(len(tag[0])), text)
    if "'" in text or "’" in text:  # the cheap test first
        # "Tobi Reyes '28, who …": a student's class year, blanked; its apostrophe opens
        # no quotation.
        text = _CLASS_YEAR.sub(_blank_class_year, text)
    if text.isascii() and text.isprintable():
        return text  # the usual case, told apart at C speed: no tab, no control character
    text = standard_marks(text)
    return _ODD_SPACE.sub(" ", text) if _ODD_SPACE.search(text) else text


#: A class year after a name, as US colleges write it: "Tobi Reyes '28," (its mark and
#: digits found first, at C speed; the name before it is checked on each found).
_CLASS_YEAR = lazy_compile(r"['’]\d\d(?=[,;:.)]|[ \u00a0])")


def _blank_class_year(year: re.Match[str]) -> str:
    """The class year blanked where a name's last word and a space come before it."""
    at, text = year.start(), year.string
    after_name = at > 1 and text[at - 1] == " " and text[at - 2].isalpha()
    return " " * len(year[0]) if after_name else year[0]


#: A paragraph opening on where words told before came from: "The accusation came from".
_CAME_FROM = lazy_compile(
    r"The[ \u00a0]+(?:accusation|criticism|charge|claim|warning|remark|remarks|comment"
    r"|comments|attack|jibe|rebuke|description)[ \u00a0]+came[ \u00a0]+from[ \u00a0]+"
    r"([^.,;:!?\"“”]{3,160})"
)
_AFTER_A_SOURCE = frozenset(
    "during at in on who when after before as while last this yesterday earlier".split()
)


#: "in his words," right before a quotation: his words.
_IN_OWN_WORDS = lazy_compile(
    r"\b[Ii]n[ \u00a0]+(his|her)[ \u00a0]+(?:own[ \u00a0]+)?words,?[ \u00a0]*$"
)


#: A name and its verb "to be" right before ", in his words,": "Kwan was".
_NAME_THEN_BE = lazy_compile(
    rf"(?<![\w'’\-])([{CAPITALS}][\w'’\-]+(?:[ \u00a0][{CAPITALS}][\w'’\-]+){{0,2}})[ \u00a0]+"
    r"(?:was|is|had been|has been|became|remains|remained|seemed)[ \u00a0]*,?[ \u00a0]*$"
)


#: Where `_PARTY_IN_BRACKETS` may open: found from its bracket at C speed.
_PARTY_OPENS = lazy_compile(r"\((?:[RDI]|Rep|Dem|Ind)-")


#: An American legislator's party and state in brackets after the name: "(D-Mont.)",
#: "(R-New York)".
_PARTY_IN_BRACKETS = lazy_compile(
    r"[ \u00a0]?\((?:[RDI]|Rep|Dem|Ind)-[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}\)(,?)"
)


#: "Dr (Mrs)", "Prof (Mrs)", "Chief (Mrs)": a woman's form of address after a title.
_BRACKETED_ADDRESS = lazy_compile(rf"\((?<=[a-z.] \()(Mrs|Ms|Miss|Mr)\)(?= [{CAPITALS}])")


@dataclass(frozen=True)
class _Link:
    """How a quote joins its neighbours across a paragraph break, and whether a cue named it."""

    opens_paragraph: bool  # nothing but space before its opening mark
    runs_on: bool  # unclosed and last in its paragraph: the quote goes on below
    runs_into_next: bool  # unclosed, the next quote opening right after it: one run
    cued: bool  # its speaker came from a cue of its own, not from the context


#: The link of a quote that joins no other.
_ALONE = _Link(opens_paragraph=False, runs_on=False, runs_into_next=False, cued=False)


def _attribute_runs(quotes: list[Quote], links: list[_Link]) -> list[Quote]:
    """One speaker for a quotation that runs over several paragraphs.

    News style repeats the opening mark on each paragraph of a long quotation and
    closes it only on the last, where the attribution often stands. Every piece of
    such a run takes the speaker of the nearest piece with a cue of its own, the
    previous one first (the speaker named at the start goes on speaking), else the next.
    Where paragraphs were run together ('"… a few months ago. "Now bring it on!" said
    Lomu'), the pieces stand in one paragraph, each but the last left unclosed.
    """
    runs: list[list[int]] = []
    for index, link in enumerate(links):
        previous = index - 1
        if (
            runs
            and previous >= 0
            and links[previous].runs_on
            and link.opens_paragraph
            and quotes[previous].paragraph == quotes[index].paragraph - 1
        ) or (runs and previous >= 0 and links[previous].runs_into_next):
            runs[-1].append(index)
        else:
            runs.append([index])
    out = list(quotes)
    for run in runs:
        cued = [i for i in run if links[i].cued and quotes[i].kind != "scare"]
        if len(run) < 2 or not cued:
            continue
        source = cued[0]  # before the first cued piece: the next one, the first
        for i in run:
            if links[i].cued and quotes[i].kind != "scare":
                source = i  # the nearest cued piece before, from here on
                continue
            if quotes[i].kind == "scare":
                continue
            given = quotes[source]
            out[i] = replace(quotes[i], speaker=given.speaker, mention=given.mention, cue=given.cue)
    return out


def _paragraph_quotes(
    number: int, text: str, spans: list[Span], state: State, read_on: bool
) -> list[tuple[Quote, _Link]]:
    """The paragraph's quotations, attributed; what its text names goes into `state`
    for the quotes after them, and, if `read_on` (a quote follows in a later
    paragraph), so does what it names after its last quotation."""
    cues = Cues(text)
    ends = cues.ends
    heading = is_heading(text)
    out: list[tuple[Quote, _Link]] = []
    cursor = 0  # end of the previous quote (its closing mark)
    previous_open_at = 0
    previous_left_begin = 0  # where the previous quote's cue was looked for
    previous_speaker: Speaker | None = None
    previous_mention: Mention | None = None
    # The reporter's words before the previous quote, in its sentence, when it was a
    # fragment ('And he hit back at Labour claims he used her as a "human shield".').
    fragment_opening = ""
    chained = True  # every quote so far in the paragraph uncued and running into the next
    previous_open = state.last_quote
    first_character = len(text) - len(text.lstrip())  # where the paragraph's words begin
    for index, span in enumerate(spans):
        next_open = spans[index + 1].open_at if index + 1 < len(spans) else len(text)
        label = spans[index - 1] if index else span  # the quote before, if a scare quote
        left_all = text[max(cursor, span.open_at - WINDOW) : span.open_at]
        before_open = bisect.bisect_right(ends, span.open_at)
        left_sentence_start = ends[before_open - 1] if before_open else 0
        sent_start = max(cursor, left_sentence_start)
        left = text[sent_start : span.open_at]
        after_close = bisect.bisect_right(ends, span.close_end)
        sentence_end = ends[after_close] if after_close < len(ends) else len(text)
        sentence_stop = min(sentence_end, next_open)
        right = text[span.close_end : min(sentence_stop, span.close_end + WINDOW)]
        if right[:2].lstrip().startswith("["):
            # '"We won,"[1] said Leo Hart': a footnote's number is no subject (blanked,
            # so that every offset into `right` holds).
            note = _FOOTNOTE_MARK.match(right)
            right = " " * note.end() + right[note.end() :] if note is not None else right
        # In one sentence the left part also runs back before the previous quote.
        # The sentence before the quote, back to the previous quote at most.
        # (Past a scare quote of the same sentence: 'Lee added that the birds, known as
        # "sea parrots", were "an early warning"' is Lee's, the label no stop.)
        after_scare = (
            bool(out)
            and out[-1][0].kind == "scare"
            and not cues.between(label.close_end, span.open_at)  # a cue of its own after it
            and past_a_label(text, label, span)
        )
        back_to = previous_left_begin if after_scare else previous_open_at
        left_full = text[max(left_sentence_start, back_to, span.open_at - WINDOW) : span.open_at]
        # The quote's own text: inner sentence punctuation helps classify.
        inner = text[span.start : span.end]
        starts_clause = ends_clause(left) and (
            not left.strip()
            or left_all.strip() == ""
            or sent_start > cursor
            or ends_clause(left_all)
        )
        if ends_sentence_inside(inner, right):
            right = ""
        state.quote_at = (number - 1, span.open_at)
        # Reported speech before this quote updates who was last named.
        region = max(cursor, span.open_at - WINDOW)
        note_cues(text[region : span.open_at], number, state, cues, region)
        cue_right = cue_after(right, cues.between(span.close_end, span.close_end + len(right)))
        if cue_right is not None and not starts_clause and opens_an_aside(left, inner):
            starts_clause = True  # 'Ray Dunn was calm — "We expected this," he said.'
        made_by = MADE_BY.match(right) if cue_right is None and " by " in right else None
        if made_by is not None:
            # '"…" The distinction was drawn by Jean-Marc Aubertin-Leclerc, …': his.
            cue_right = (made_by.group(0).strip(), object_after(right[made_by.end() :]))
        read = _DOCUMENT_READ.match(right) if cue_right is None and " read" in right else None
        if read is not None:
            # '"…," a BBC statement read': no speech verb, but its author's words.
            cue_right = ("read", subject_before(read.group(1)))
        left_begin = span.open_at - len(left_full)
        rest = text[span.close_end : min(sentence_end, span.close_end + WINDOW)]
        # The sentence's opening (its subject), cut to the window like every other slice.
        head_end = min(left_begin, left_sentence_start + WINDOW)
        head = text[left_sentence_start:head_end] if left_sentence_start < left_begin else ""
        left_cues = cues.between(left_begin, span.open_at)
        if left_begin < cursor <= span.open_at and after_scare:
            # A label's words are no verb, nor is the verb naming it: 'a tool, called
            # "Tell Us", would "change how we work"' goes back to the cue before.
            named = _NAMING_BEFORE.search(text, max(0, previous_open_at - 16), previous_open_at)
            label_start = named.start() if named is not None else previous_open_at
            inside = range(label_start - left_begin, cursor - left_begin)
            left_cues = [c for c in left_cues if c.begin not in inside]
        elif left_begin < cursor <= span.open_at and out and out[-1][0].kind != "direct":
            # 'said it was "too early to tell" while …': the earlier fragment's words are
            # no verb of the reporter's (a direct quotation may be one whose closing mark
            # is missing, with the reporter's next cue inside it).
            left_cues = [c for c in left_cues if c.begin >= cursor - left_begin]
        cue_left = cue_before(
            left_full,
            left_cues,
            rest,
            head,
            cues.between(left_sentence_start, head_end) if head else None,
        )
        if (
            cue_left is not None
            and cue_left[0] in _RECEIVED
            and not _AS_AFTER.search(left_full[left_full.rfind(cue_left[0]) :])
        ):
            # "welcomed it as a "first step"": a verdict; "welcomed members of the
            # "Windrush generation"": a guest, and no one's words. A cue before it may
            # still report them ("said it welcomed the decision and would "…"").
            other_cues = [c for c in left_cues if c.text not in _RECEIVED]
            cue_left = cue_before(left_full, other_cues, rest, head, None) if other_cues else None
        words_of = None
        if cue_left is None and "words" in left_full[-30:]:  # the cheap test first
            words_of = _IN_WORDS.search(left_full)
        if words_of is not None:
            # 'the skills are, in Rosa's words, "one generation away from disappearing"'.
            phrase = words_of.group(0).strip(" \u00a0,")
            cue_left = (phrase, mention_from_words(words_of.group(1).split()))
        elif "words" in left_full[-20:]:  # the cheap test first
            in_words = _IN_OWN_WORDS.search(left_full[-24:])
            if in_words is not None:
                # 'Kwan was, in his words, "…"': over any cue before it.
                cue_left = _own_words_cue(
                    in_words, left_full, text[left_sentence_start : span.open_at], state
                )
        if cue_right is None and "According" in left_full[:16]:  # the cheap test first
            # 'According to Ann Lee, ministers were told it would fail "within the hour"':
            # no one says it but the source the sentence opens with.
            unsaid = cue_left is None or cue_left[1] is None or cue_left[1].kind == "nobody"
            # (Not a name things go by: 'what is locally called "chop money"'.)
            if unsaid and _NAMING_BEFORE.search(left_full[-24:]) is None:
                named_source = according_to_opening(text, left_sentence_start, span.open_at)
                cue_left = named_source or cue_left
        kind = classify(inner, left_full, starts_clause, cue_left, cue_right, right)
        if " rea" in left_full[-40:]:  # the cheap test first
            # "Bradshaw had sent a message to Kemp reading "…"": the sender's words, not a
            # sign's, whoever reports it; the sender is the subject of "sent".
            tail = left_full[-80:]
            sent = _SENT_READING.search(tail)
            if sent is not None:
                if kind == "scare":
                    kind = "direct" if inner[:1].isupper() or len(inner.split()) > 3 else "partial"
                before_verb = left_full[: len(left_full) - len(tail) + sent.start()]
                sender = subject_before(before_verb) if before_verb.strip() else None
                if sender is not None and sender.kind == "name":
                    cue_left = (sent.group(1), sender)
        # '"We never gave up." — Jane Doe, chief executive of Acme.': the quote's author
        # after a dash, ending the paragraph.
        dash = starts_clause and ("—" in right[:4] or "–" in right[:4] or not right)
        signed = signed_by(text, span.close_end) if dash else None
        if signed is not None and len(inner.split()) >= 3:
            kind = "direct"
        # 'said the ferry was "ready" and the crew "rested"': the same speaker's fragment.
        same_sentence = (
            bool(out)
            and out[-1][0].kind == "partial"
            and out[-1][0].speaker is not None
            and previous_speaker is not None
            and previous_open_at >= left_sentence_start
        )
        between = text[cursor : span.open_at]
        coordinated = same_sentence and _AND_MORE_OF_IT.fullmatch(between) is not None
        if kind == "scare" and same_sentence and cue_missing(cue_left) and cue_missing(cue_right):
            coordinated = coordinated or complement_goes_on(between, inner)
            if coordinated:
                # Not a label ("the "Green Deal""), nor a word spoken of, subject of a verb
                # of its own ('"no collusion" and "collusion" was among the words'), but
                # "'one of many documents' considered by officers" is a complement.
                acts = verb_follows(right) and _PARTICIPLE_AFTER.match(right) is None
                # Nor a thing's name or its own words: 'and its name was "Crumbs"'.
                clause = _after_the_conjunction(between.split())
                owned = names_its_own(clause)
                # Nor a name things go by: 'and he was taken to what staff call the "…"'.
                called = _NAMING_IN.search(" ".join(clause)) is not None
                # Nor the reporter's own clause with a subject of its own: 'but inspectors
                # found "…"' (but not the reported 'but ministers had been "…"').
                own_subject = (
                    len(clause) > 1 and clause[0].islower() and fold(clause[1]) in _REPORTER_PAST
                )
                labelled = in_title_case(inner) or acts or owned or called or own_subject
                kind = "scare" if labelled else "partial"
        named_line = kind == "scare" and len(inner.split()) >= 3 and _BULLET_LINE.search(left)
        if named_line and label_before_colon(left, state) is not None:
            kind = "direct"  # "- Bolton boss Sam Allardyce "I am bitterly disappointed …""
        if (
            kind == "partial"
            and out
            and (resumes(out[-1][0], between) or resumes_past_an_aside(out[-1][0], between, inner))
        ):
            kind = "direct"
        elif (
            kind == "scare"
            and out
            and previous_mention is not None
            and resumes_past_an_aside(out[-1][0], between, inner)
        ):
            kind = "direct"
            cue_left = (out[-1][0].cue or "said", previous_mention)
        if (
            kind != "scare"
            and heading
            and cue_missing(cue_left)
            and cue_missing(cue_right)
            and not signed
        ):
            kind = "scare"
        mention: Mention | None = None
        cue: str | None = None
        speaker: Speaker | None = None
        if kind != "scare":
            colon = left.rstrip().endswith(":")
            # '… allowed "a new status quo", they said': an attribution right after the
            # closing mark is the partial quote's, whatever verb came before it.
            right_first = kind == "direct" or CLOSING_ATTRIBUTION.match(right) is not None
            order = (cue_right, cue_left) if right_first and not colon else (cue_left, cue_right)
            prompted = _PROMPTED.search(left[-120:]) if colon else None
            if prompted is not None:
                # "Tran said it would 'never' happen, prompting Castellano to respond:
                # '…'": whoever was moved to speak, not the sentence's subject.
                order = ((prompted.group(2), mention_from_words(prompted.group(1).split())), None)
            for found in order:
                if found is not None and found[1] is not None:
                    cue, mention = found[0], found[1]
                    break
            if mention is None and colon:
                # "a question came from a member of the audience: '…'": no cue verb.
                source = _FROM_BEFORE_COLON.search(left[-120:])
                document = None if source else _DOCUMENT_READ_BEFORE.search(left[-120:])
                maker = subject_before(document.group(1)) if document is not None else None
                if maker is not None and not _maker_found(maker, state, number):
                    maker = None  # "Her letter read:", the writer unknown: the rules below
                if source is not None:
                    # ("a statement from the club read:": the club, not "club read".)
                    mention = object_after(_DOCUMENT_VERB.sub("", source.group(1)))
                    cue = None
                elif maker is not None:
                    # "The statement read in part: '…'": its maker's words, as "the
                    # statement said" would give them.
                    mention, cue = maker, "read"
                else:
                    # "- Manchester United boss Sir Alex Ferguson: '…'": a name as label.
                    mention = label_before_colon(left.rstrip()[:-1], state)
                if mention is None and _ANSWER.fullmatch(left) is not None:
                    # 'Q: Will you keep the target?' then 'A: "Yes."': the one interviewed.
                    mention = interviewee(number, state)
                    cue = None
                if mention is None:
                    # "… , the finance minister was categorical: "…"": the clause's subject.
                    mention = someone_before_colon(left.rstrip()[:-1], state)
                    cue = None
            elif mention is None and _BULLET_LINE.search(left):
                # "- Bolton boss Sam Allardyce "I am bitterly disappointed …"".
                mention = label_before_colon(left, state)
            if mention is None and kind == "direct":
                # '"…," Mr Bootle.' and '"…" — Jane Lee': a name with no verb after the quote.
                mention = name_after(right, state) or signed
            if mention is None and kind == "direct" and ("—" in inner or "–" in inner):
                # '«The drought is not only a lack of rain —warns Marta Olazábal— …»': the
                # cue set inside the quotation between dashes, as Spanish writes it.
                mention = cue_between_dashes(inner)
            if mention is UNSAID or mention is UNREAD:
                mention, cue = None, None  # no agent named, or a subject not to be read
            elif mention is not None and mention.name == "i" and cue in ASKING and state.writer:
                # '"What are you the rest of the time?" I asked her.': the writer's question
                # (an interview's answers, whose "I" is the one answering, ask few).
                speaker = Speaker(state.writer, "person")
            elif mention is not None:
                speaker = resolve(mention, state, number)
                if speaker is not None and fold(speaker.name) in _BARE_SPOKESPEOPLE:
                    # "… by Downing Street. A spokesman said": whose spokesman.
                    _, earlier, _ = previous_sentence(number, text, ends, before_open, state)
                    own = text[max(left_sentence_start, span.open_at - WINDOW) : span.open_at]
                    speaker = spokesperson_of(speaker, f"{earlier} {own}", state)
                if (
                    mention.kind == "pronoun"
                    and mention.name == "it"
                    and previous_speaker is not None
                    and previous_mention is not None
                    and not WRITINGS.isdisjoint(fold(previous_mention.text).split())
                    and len(text[cursor : span.open_at].split()) <= 3
                ):
                    # '"…," Mr Crosby's statement said. It added: "…"': the statement
                    # goes on, not some body named before.
                    speaker = previous_speaker
                elif mention.kind == "pronoun" and mention.name == "it" and state.issued:
                    # 'He read a statement on behalf of Kieran's family. "…," it said.'
                    document = _READ_DOCUMENT.search(
                        text, max(0, span.open_at - WINDOW), span.open_at
                    )
                    read_out = fold(document.group(1)) if document is not None else ""
                    if state.issued_in.get(read_out) == number:  # named in this paragraph
                        speaker = state.issued.get(read_out) or speaker
                if describes_someone(mention) and speaker is not None:
                    # '… skipper Jason Lee believes … . "…," said the Sale full-back.':
                    # the person the sentence before is about, when it names one.
                    earlier = text[max(0, left_sentence_start - WINDOW) : left_sentence_start]
                    subject = sentence_subject(earlier, state, number) if earlier else None
                    if subject is not None and subject.kind == "person":
                        speaker = subject
                if mention.kind == "pronoun" and mention.name in {"he", "she"}:
                    # "Germaine Greer quit over what she called 'bullying'": a he/she in
                    # the sentence a person opens is that person.
                    opening = text[
                        left_sentence_start : min(span.open_at, left_sentence_start + WINDOW)
                    ]
                    opener = sentence_opener(opening, state) or _named_before_bracket(
                        left, inner, state
                    )
                    aside = (
                        cue_right is not None
                        and mention is cue_right[1]
                        and _ASIDE_AFTER.match(right) is not None
                        and not cues.between(left_sentence_start, span.open_at)
                    )
                    if opener is not None and (aside or reports_on_a_clause(opening)):
                        # "Mr Blair has failed, he claimed, saying …": a he/she reporting
                        # on the sentence's subject is someone else, the latest other.
                        if speaker is not None and speaker.name == opener.name:
                            speaker = resolve_pronoun(mention.name, state, other_than=opener)
                    elif opener is not None and sex_of(opener, state) in {None, mention.name}:
                        speaker = opener
                    else:
                        previous = previous_sentence(number, text, ends, before_open, state)
                        introduced = (
                            introduced_before(previous, state)
                            or titled_subject(previous, state)
                            or viewer_again(previous, state)
                            or someone_unnamed(previous, mention.name, state)
                            or introduced_before_pronoun(previous, mention.name, state)
                            or (
                                None
                                if people_named(opening, state)
                                else subject_shown(previous, mention.name, before_open, state)
                            )
                        )
                        if introduced is not None and sex_of(introduced, state) in {
                            None,
                            mention.name,
                        }:
                            speaker = introduced
                        if speaker is None:
                            # "Her comments did not impress Tim Collins. '…,' he said."
                            speaker = named_in_passing(previous, mention.name, state)
                    if speaker is not None and named_in(speaker, inner):
                        # '"I think Sean's situation is …," he said': not Sean Long.
                        other = resolve_pronoun(mention.name, state, other_than=speaker)
                        if other is not None and not named_in(other, inner):
                            speaker = other
                    asker, whom = state.asked or (None, "")
                    same = same_speaker(asker, speaker)
                    if same and whom == mention.name:
                        # '"Do you miss it?" Whitlock asked her. "Every day," she said.': the
                        # one asked answers, a "she" as "her" was.
                        other = resolve_pronoun(mention.name, state, other_than=asker)
                        speaker = other or speaker
                    learn_gender(mention, speaker, state)
            if mention is not None and mention.kind == "pronoun" and mention.name == "they":
                # '"…," they said' after "The Western diplomat was more sceptical.": the
                # one source the sentence before opens with (not '"We want answers," they
                # said': several speak).
                previous = previous_sentence(number, text, ends, before_open, state)
                one = one_they_means(previous, state)
                if one is not None and one.kind == "description":
                    speaker = speaker if speaks_for_several(inner, one) else one
            if kind == "partial" and previous_speaker is not None and out:
                joined = _JOINED.fullmatch(text, cursor, span.open_at) is not None
                joined = joined or (coordinated and speaker is None)
                if joined and out[-1][0].speaker == state.names.as_written(previous_speaker.name):
                    # 'described the ban as "ridiculous" and "badly thought out" but said
                    # it …': one list, one speaker, whatever the words after it say.
                    speaker = previous_speaker
                    mention, cue = previous_mention, out[-1][0].cue
            if (
                speaker is None
                and mention is None
                and kind == "direct"
                and _LIST_FOLLOWS.match(text, span.close_end)
            ):
                kind = "scare"  # 'entries made it: "…" and "…"': a list of labels
            passive = cue_left is not None and cue_left[1] is UNSAID
            if (
                speaker is None
                and kind == "direct"
                and not passive
                and previous_speaker is None
                and span.open_at - left_sentence_start <= WINDOW  # a topic is short
            ):
                topic = text[left_sentence_start : span.open_at]
                speaker = answer_on_topic(topic, number, state)
            alone = not text[: span.open_at].strip() and not text[span.close_end :].strip()
            if kind == "direct" and alone and mention is None:
                # '"It came like a wall." / That is how Ann Lee described the flood.': the
                # next paragraph says whose words they were, whoever spoke before.
                speaker = claimed_next(number, state) or speaker
            if speaker is None and kind == "direct" and not passive:
                continued = previous_speaker
                if (
                    fragment_opening
                    and not any(c.isalnum() for c in text[cursor : span.open_at])
                    # (Not "He was described by the judge as …", nor "He was praised by
                    # Ann Lee, who called him …": the one who spoke is named after him.)
                    and " by " not in fragment_opening
                    and ", wh" not in fragment_opening
                ):
                    # A whole quote right after a sentence that ends on a fragment is its
                    # subject's words, not those of whom the fragment quotes ("Labour").
                    pronoun = _PRONOUN_OPENS.match(fragment_opening)
                    by_name = previous_mention is not None and previous_mention.kind != "pronoun"
                    subject = (
                        resolve_pronoun(
                            pronoun.group(1).lower(), state, other_than=previous_speaker
                        )
                        if pronoun is not None and by_name
                        else None
                    )
                    if subject is not None and subject.kind == "person":
                        continued = subject
                speaker = continuation(
                    state,
                    number,
                    continued,
                    previous_open,
                    text[max(cursor, span.open_at - WINDOW) : span.open_at],
                    left_all,
                )
                several = mention is not None and mention.name in {"they", "we"}
                if several and speaker is not None and speaks_for_several(inner, speaker):
                    # "A police officer searched the men. '"We were walking home," they
                    # said': several speak, not the one the sentence opened with.
                    speaker = None if described_by_role(speaker) else speaker
                # '"…," he said' after Mary Stone spoke: not hers, whoever he is (by what
                # the article settles, else her given name; not by a quote's he or she
                # before, which a misread quote may have given her).
                said = mention.name if mention is not None and mention.kind == "pronoun" else ""
                if speaker is not None and said in {"he", "she"}:
                    names = state.names
                    known = names.settled_gender(speaker.name) or names.given_sex(speaker.name)
                    speaker = None if known not in {None, said} else speaker
                # An unclosed quote that runs to the paragraph's end may have run over
                # the reporter's words, and the names in them.
                whole = span.closed or index + 1 < len(spans)
                # '"…," he said in August. "… something new like Trump?"': a quote broken
                # by its own cue goes on in its speaker's words, whoever they name.
                if (
                    speaker is not None
                    and whole
                    and named_by_surname(speaker, inner)
                    and not (
                        same_speaker(speaker, previous_speaker)
                        and bare_attribution(text[cursor : span.open_at].lstrip(" ,\u00a0"))
                    )
                ):
                    # '"… it was something he (Kerr) looked at …"' goes on from Finnan, not
                    # from Kerr, named last: no one speaks of themselves so.
                    speaker = next(
                        (
                            s
                            for _, s in reversed(state.recent[-8:])
                            if s.kind == "person" and not named_in(s, inner)
                        ),
                        speaker,
                    )
            if speaker is not None and names_no_one(speaker, mention):
                # "of Durham", "quickly": no one; better unknown, and never a later "he".
                speaker = None
            if speaker is not None:
                state.remember(number, speaker)
                state.attributed_end = (number, span.close_end)
                previous_speaker = speaker
                previous_mention = mention
                fragment_opening = left if kind == "partial" else ""
                state.last_quote = (number, speaker, not span.closed)
                state.reported = None
            # Who just asked someone a question the next quote may answer.
            put_to = (
                _ASKED_SOMEONE.match(right) if cue is not None and fold(cue) == "asked" else None
            )
            # "asked her": the one asked is a "she".
            state.asked = (
                (speaker, OBJECT_PRONOUNS[put_to.group(1)]) if put_to and speaker else None
            )
        quote = Quote(
            text=inner,
            speaker=state.names.as_written(speaker.name) if speaker else None,
            mention=naming_words(mention.text, speaker) if mention and speaker else None,
            cue=cue if speaker else None,
            kind=kind,
            paragraph=number,
            start=span.start,
            end=span.end,
        )
        link = _Link(
            opens_paragraph=span.open_at <= first_character,
            runs_on=not span.closed and index == len(spans) - 1,
            # Only from the paragraph's first quote on: an unclosed quote after a closed
            # one has a speaker from it, and may have run over the reporter's words.
            runs_into_next=not span.closed
            and index + 1 < len(spans)
            and not text[span.end : next_open].strip()
            and chained,
            cued=mention is not None and speaker is not None,
        )
        out.append((quote, link))
        if speaker is not None:
            state.quoted.add(speaker.name)
        chained = chained and not link.cued and link.runs_into_next
        cursor = span.close_end
        previous_open_at = span.open_at
        previous_left_begin = left_begin
    if read_on:
        # The reporter's words after the last quotation: lookups "before the quote" read
        # up to the paragraph's end ("…, the media watchdog, Reporters Without Borders.
        # The Paris-based pressure group said …").
        state.quote_at = (number - 1, len(text))
        note_cues(text[cursor:], number, state, cues, cursor)
        # The paragraph's last sentence, for a he/she at the start of the next one.
        size = len(text.rstrip())
        last_start = cues.sentence_start(size - 1)
        state.previous = (number, text[last_start : last_start + WINDOW], last_start)
    return out


#: An unnamed source whose organisation the sentences around may name.
_BARE_SPOKESPEOPLE = word_set("spokesman spokeswoman spokesperson")


#: A clause that gives something a name: "what nurses call the", "have long known it as
#: the", "is called the" (not "a call centre", "short-term", "the brand's").
_NAMING_IN = lazy_compile(
    r"\bwhat(?:[ \u00a0][\w'’]+){1,3}[ \u00a0](?:call|calls|term|terms|dub|dubs)\b"
    r"|\b(?:called|dubbed|nicknamed|termed|labelled|labeled|branded)\b"
    r"|\bknown(?:[ \u00a0][\w'’]+)?[ \u00a0]as\b"
)


#: A label's own naming verb right before it: 'the tool, called "Ledger Mind",'.
_NAMING_BEFORE = lazy_compile(
    r"\b(?:called|named|code-named|codenamed|dubbed|nicknamed|known as|labelled|labeled"
    r"|titled|went by|goes by)\W*$"
)


#: An answer's label opening a paragraph of a printed interview: "A: ".
_ANSWER = lazy_compile(r"[ \u00a0]*A:[ \u00a0]*")


#: A line that opens with a bullet and holds no sentence end: "- Bolton boss Sam Allardyce ".
_BULLET_LINE = lazy_compile(r"(?:^|\n)[ \u00a0]*[-–—•*][ \u00a0]+[^\n.!?:\"“”]{3,80}$")


#: Someone moved to speak, before a colon: "prompting Castellano to respond:".
_PROMPTED = lazy_compile(
    r"\b(?:prompting|leading|causing|forcing|inviting|moving)[ \u00a0]+"
    rf"([{CAPITALS}][\w'’\-]+(?:[ \u00a0][{CAPITALS}][\w'’\-]+){{0,3}})[ \u00a0]+"
    r"to[ \u00a0]+(respond|reply|retort|quip|answer|remark|say|snap|interject|observe|add)"
    r"[^:;.!?\"“”]{0,30}:[ \u00a0]*$"
)


#: "… from a member of the audience:" right before a quotation.
_FROM_BEFORE_COLON = lazy_compile(
    # "Then came a tweet from": a message arriving, named after its verb;
    r"\b(?:(?:came|comes|arrived|arrives)[ \u00a0]+(?:a|an|the|another)[ \u00a0]+"
    r"[^:;.!?\"“”]{0,30}?[ \u00a0]"
    # "a question from", "a letter from", "a text arrived from": words said or sent (not
    # "Amir Haddad arrived from Beirut:", a person arriving);
    r"|(?:question|questions|response|reply|answer|words|message|messages|warning|plea"
    r"|comment|comments|cry|shout|heckle|interjection|intervention|retort|rebuke|letter"
    r"|letters|email|e-mail|tweet|post|text|call|note|statement|voicemail|memo)[ \u00a0]+"
    r"(?:(?:came|comes|arrived|arrives)[ \u00a0]+)?"
    # "The loudest cheer came from": what came, in lower case (not "Nina came from Kyiv:").
    r"|\b(?!(?:he|she|they|we|who|i)\b)[a-z]+[ \u00a0]+(?:came|comes)[ \u00a0]+)"
    # (An abbreviation's stop is no sentence's end: "from Sen. Patricia Lim:".)
    r"from[ \u00a0]+((?:[^:;.!?\"“”]|(?<![a-z]{5})(?<=[A-Za-z])\.(?=[ \u00a0][A-Z])){2,80}):"
    r"[ \u00a0]*$"
)  # not "the people watching from the gallery:", where no one comes forward to speak


#: A verb a document's text follows: "from Ashcombe Rovers read:".
_DOCUMENT_VERB = lazy_compile(r"[ \u00a0]+(?:read|reads|said|says|stated|states|ran|runs)$")


#: A sentence opening on he or she, maybe after a conjunction: "And he hit back at …".
_PRONOUN_OPENS = lazy_compile(r"[ \u00a0]*(?:(?:And|But|Yet|So|Then)[ \u00a0]+)?([Hh]e|[Ss]he)\b")


#: Between two quotations of one list: ' and ', ', ', ', or '.
_JOINED = lazy_compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|(?:and|or)[ \u00a0]+)")


#: Between two quotes of one sentence: a conjunction or a comma and a few lower-case
#: words, no new subject named (" and the crew ", " but would ", ", was ", " and was,
#: at one point, ", " to the metro and was "), an infinitive's "to", or a second clause
#: of the same report after "and that" (whose subject is reported, not speaking).
_AND_MORE_OF_IT = lazy_compile(
    # ('with its environmental permit and blamed it on "…"', '"deep" harm, but said …')
    r"[ \u00a0]*+(?:,?[ \u00a0]*(?:[\w'’\-]+,?[ \u00a0]+){0,10}"  # spaces read once: possessive
    r"(?:and|or|but|nor)[ \u00a0]+"
    r"(?:[a-z][\w'’\-]*,?[ \u00a0]+){0,10}"
    r"|,[ \u00a0]*(?:[a-z][\w'’\-]*,?[ \u00a0]+){1,6}"  # not '"digital", "interactive"'
    r"|to[ \u00a0]+"  # 'said it was "taking a beat" to "make sure …"'
    # 'said his client was "a man of means" who had "no reason …"': a relative clause
    # (not "which opponents see as": a relative clause with a subject of its own)
    r"|(?:who|which|that)[ \u00a0]+"
    r"(?!(?:the|a|an|his|her|its|their|he|she|they|we|i|you|it|many|some|most)[ \u00a0])"
    r"(?![a-z]+s[ \u00a0]+[a-z]+[ \u00a0]+(?:as|will|would|is|are|to)\b)"
    r"(?:[a-z][\w'’\-]*[ \u00a0]+){0,4}"
    # 'said it was "callous" and that Hollingsworth had shown "…"': a second reported
    # clause, also after words of the reporter's on the first ('had affected "14,000
    # units" shipped since 2003, and that it had found "…"')
    r"|(?:,[ \u00a0]*)?(?:\(?[\w'’\-]++\)?,?[ \u00a0]+){0,16}(?:and|but)[ \u00a0]+that"
    r"[ \u00a0]+(?:[\w'’\-]+,?[ \u00a0]+){0,10})"
)


#: Verbs in the simple past that a reporter tells with, after a new subject: "inspectors
#: found", "the court ruled".
_REPORTER_PAST = word_set("found ruled concluded discovered showed revealed decided")


def _after_the_conjunction(words: list[str]) -> list[str]:
    """The words of the clause a conjunction joins on: 'with its permit and blamed it on'
    gives "blamed it on", whose text, if any, may own the quotation (not the permit)."""
    joins = [i for i, word in enumerate(words) if word in {"and", "or", "but", "nor"}]
    return words[joins[-1] + 1 :] if joins else words


#: '"…" and "…"', '"…", "…"': the quote is one item of a list.
_LIST_FOLLOWS = lazy_compile(r"[ \u00a0]*(?:,[ \u00a0]*|(?:and|or)[ \u00a0]+)[\"“]")


#: A participle and its preposition right after a quotation: '"one of many documents"
#: considered by officers', '"no evidence of any incident" linked to the products'
#: describe what the quotation names.
_PARTICIPLE_AFTER = lazy_compile(r"[ \u00a0]*[a-z]+ed[ \u00a0]+(?:by|to|with|from|for)\b")


#: What a quotation is read from: a document, or a post; as alternatives for a pattern.
_READ_NOUNS = READ_FROM | {"post"}
_READ_NOUN_WORDS = "|".join(sorted(_READ_NOUNS, key=len, reverse=True))


def _maker_found(document: Mention, state: State, number: int) -> bool:
    """Whether a document that "read" is someone's the article names: not a speaker
    called "letter" (a copy of the state is asked, as resolving may learn)."""
    maker = resolve(document, replace(state, gender=dict(state.gender)), number)
    # (Nor "resignation letter", "joint statement", "the family's statement".)
    last = fold(maker.name.rsplit(None, 1)[-1]) if maker is not None else ""
    return maker is not None and last not in _READ_NOUNS


#: Before a colon, a document that "read" what follows: 'The statement read in part:'.
_DOCUMENT_READ_BEFORE = lazy_compile(
    r"((?:^|[ \u00a0])(?:[\w'’\-]+[ \u00a0]+){0,3}(?:"
    + _READ_NOUN_WORDS
    + r"))[ \u00a0]+reads?(?:,?[ \u00a0]+in[ \u00a0]+part,?)?[ \u00a0]*:[ \u00a0]*$"
)


#: Before a quotation, a message someone sent that "read" it: "sent a message reading",
#: "posted a post that read,"; not a sign, a banner or a placard.
_SENT_READING = lazy_compile(
    r"\b(sent|posted|wrote|texted|emailed|left|tweeted)\b(?:(?!\bfrom\b)[^.;:!?\"“”]){0,40}"
    r"\b(?:message|messages|text|texts|note|email|e-mail|post|tweet|letter)"
    r"(?:[ \u00a0]+(?!from\b)[^\s.;:!?\"“”]+){0,3}?"  # "a message to Kemp reading"
    r"(?:[ \u00a0]+(?:that|which))?[ \u00a0]+(?:reading|read|reads)[ \u00a0]*[:,]?[ \u00a0]*$"
)  # (not "published a letter from Ann Lee that read", someone else's words)


#: After a quotation, a document that "read" it: '," a BBC statement read.'
_DOCUMENT_READ = lazy_compile(
    r"[ \u00a0,]*((?:[\w'’\-]+[ \u00a0]+){0,4}(?:" + _READ_NOUN_WORDS + r"))[ \u00a0]+reads?\b"
)
