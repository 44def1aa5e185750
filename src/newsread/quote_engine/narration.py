"""The reporter's own sentences, read for who speaks or acts in them.

A later "he said", "the spokesman said" or "the statement said" means someone these
sentences named. Every stretch of text between quotations passes through
`note_cues`, so this is the engine's busiest path.
"""

from __future__ import annotations

import bisect
import itertools
import re

from newsread.cues import CUE_SET, SPEAKER_AFTER, WORD_RE, Cues
from newsread.lazyre import lazy_compile
from newsread.quote_engine.cue_mentions import (
    ADDRESSED,
    BE,
    CONJUNCTIONS,
    COORDINATED,
    NAMING,
    NOT_SAID,
    OPENING_PREPOSITIONS,
    QUOTED_AS,
    SUBJECT_ASIDE,
    UNAVAILABLE,
    WINDOW,
    ends_coordinated,
    ends_with_comma,
    opening_subject,
    passive_before,
)
from newsread.quote_engine.resolution import (
    GROUP_WORDS,
    KIN_OWNERS,
    NOT_AN_OPENER,
    POSSESSIVE_PRONOUNS,
    by_seniority,
    named_person,
    person_aged,
    relative_of,
    reports_on_a_clause,
    resolve,
    resolve_pronoun,
)
from newsread.quote_engine.state import Speaker, State, gender_of, learn_gender, recent_person
from newsread.quote_engine.vocabulary import (
    AUXILIARIES,
    NOT_SUBJECT,
    ORG_HEADS,
    PLURAL_AUXILIARIES,
    ROLES,
    before_negation,
    described_by_role,
    epithet,
    is_demonym,
    known_person,
    one_person,
    org_name,
    person_noun,
    person_word,
    plural_head_follows,
    plural_verb_follows,
    run_name,
    singular_verb,
    someone_named,
    verb_follows,
)
from newsread.speakers.mentions import mention_from_words, owned_words, possessive, unpossessed
from newsread.speakers.phrases import (
    LIVE_TIME,
    NAME_GAP,
    names_whole_phrase,
    object_after,
    subject_before,
)
from newsread.speakers.words import (
    COUNTRY_CODES,
    HONORIFICS,
    KIN,
    PRONOUNS,
    TITLES,
    Mention,
    bare_word,
    clean_name_words,
    fold,
    is_title,
    ly_adverb,
    strip_title,
)
from newsread.titlecase import ARTICLES, PREPOSITIONS
from newsread.wordlists import CAPITALS, PLACES, word_set

_KIN_OWNERS_CAPITALISED = frozenset(w.capitalize() for w in KIN_OWNERS - {"the"})


#: The words between a document and its author's name that say how it came from them.
_SENT_BY = frozenset(
    {"written", "issued", "signed", "sent", "released", "by", "from", "on", "behalf", "of", "the"}
)


#: A document and who wrote it: "a statement written by Miss Sandhu".
_WRITTEN_BY = lazy_compile(
    r"\b([Ss]tatement|[Rr]eport|[Ll]etter|[Rr]elease)[ \u00a0]+"
    r"(?:(?:written|issued|signed|sent|released)"
    r"[ \u00a0]+by|from|on[ \u00a0]+behalf[ \u00a0]+of)"
    # "an Open Letter from chief executive Sidney Taurel": a role before the name.
    # (Not "from supporters of Mr Ode", "from managers about Mr Ode": others, about him.)
    r"[ \u00a0]+(?:(?!(?:the|a|an|his|her|their|its|of|about|for|to|on|in|at)\b)"
    r"[a-z][\w\-]*(?<!s)[ \u00a0]+){0,2}"
    r"(?:the[ \u00a0]+(?=[A-Z]))?"  # "a news release from the Millbrook Police Department"
    rf"((?:[{CAPITALS}][\w'’.\-]*[ \u00a0]+){{0,3}}"
    rf"[{CAPITALS}](?:[\w\-]|['’](?=\w)(?!s\b))*)"
    r"((?:['’]s|(?<=s)['’])[ \u00a0]+family)?"  # "O'Neill", "O'Neill's family", "Burns' family"
)


#: A plural subject right before its verb: "(more than 40) retired judges (signed)".
_PLURAL_BEFORE = lazy_compile(r"(?<![\w\-])((?:[\w\-]+[ \u00a0]+){0,2}([a-z\-]+s))[ \u00a0]+$")


_ISSUED_A = lazy_compile(
    r"\b(?:issued|signed|sent)[ \u00a0]+(?:a|an)[ \u00a0]+(?:\w+[ \u00a0]+)?"
    r"(statement|report|letter|note)\b"
)


#: Articles, possessives and demonstratives: what opens a noun phrase.
NOUN_PHRASE_OPENERS = ARTICLES | word_set("his her its their our my your this that these those")


#: The rest of a subject of two people after the first: " and Bram Hollister".
_PAIR_REST = lazy_compile(
    rf"[ \u00a0]+and[ \u00a0]+([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{0,3}})"
)


FIRST_NAME_RUN = lazy_compile(
    rf"(?:(?:[{CAPITALS}][\w'’.\-]*)"
    # "Bert de Jonge": a particle may come between a name's capitalised words (`NAME_GAP`)
    rf"(?:{NAME_GAP}[{CAPITALS}][\w'’.\-]*){{0,4}}"
    # "Deputy Superintendent of Police Garfield Ennis": an office's "of", then a name
    rf"(?:[ \u00a0]+of[ \u00a0]+[{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{2,3}})?"
    r"|[Hh]e|[Ss]he)(?=[ ,])"
)


#: A noun right before such a verb (not a subject such as "he" or "Blair"): the verb is a
#: participle naming that noun.
_NAMED_THING = lazy_compile(
    r"\b(?!(?:he|she|they|it|we|i|who|which|that|has|have|had|will|would|could|should"
    r"|may|might|must|did|does|do|also|then|later|and|but|not|never)\b)"
    r"[a-z][a-z\-]*[ \u00a0]+$"
)


_NOT_AVAILABLE = lazy_compile(rf"\b{NOT_SAID}(?:{UNAVAILABLE})\b")
#: What each of `UNAVAILABLE`'s verbs starts with ("return" of "return(?:ed)?"): a text
#: holding none of them has no `_NOT_AVAILABLE`.
_UNAVAILABLE_STEMS = tuple(verb.partition("(")[0] for verb in UNAVAILABLE.split("|"))


#: Prepositions that open a sentence with its topic: "Of Hepburn, she said".
_TOPIC_PREPOSITIONS = word_set("of about on regarding")


#: A he or she before a cue that attributes the quote just before it.
_HE_SHE = frozenset({"he", "she", "He", "She"})


#: The reporter, asking: "I asked Caudill what …".
_REPORTER = frozenset({"I", "i", "we", "We"})
#: A question's verbs.
ASKING = frozenset({"asked", "ask", "asks"})


def note_cues(text: str, number: int, state: State, cues: Cues, begin: int) -> None:
    """Remember who speaks or acts in the reporter's own sentences.

    Subjects of cue verbs ("Sam X, an analyst, told The Times") and sentence-opening
    names the article refers back to with he/she ("Yuni … when she heard").
    """
    if not text.strip():
        return
    stop = begin + len(text)
    ends = [0, *cues.sentence_ends(begin, stop)]
    # Clause subjects first; each is remembered just before the cues that follow it,
    # and each cue's speaker at once, so "the spokesman" can find the fuller description
    # given earlier in the same paragraph.
    subjects: list[tuple[int, Speaker]] = []
    joints: list[int] | None = None  # once for all its sentences, when one asks
    issuing = "issued" in text or "signed" in text or "sent" in text
    # `_NOT_AVAILABLE` needs a negation and one of its verbs: looked for only in texts
    # that hold both, as the pattern, opening on an alternation, is tried at every
    # position of every sentence.
    unavailable = ("not" in text or "n't" in text or "n’t" in text) and any(
        verb in text for verb in _UNAVAILABLE_STEMS
    )
    # The rarer words first: most texts hold a " by " or " from ", few a " statement ".
    papers = "tatement " in text or "etter " in text or "eport " in text or "elease " in text
    if papers and (" by " in text or " from " in text or " behalf " in text):
        for written in _WRITTEN_BY.finditer(text):
            # "A victim impact statement written by Miss Sandhu was read to the court", "a
            # statement from Raj Kandola": whose a later "the statement said" is.
            role = text[written.end(1) : written.start(2)].split()
            if any(w.islower() and w not in _SENT_BY and not is_title(w) for w in role):
                continue  # "a statement from police confirmed Sam Rudd …": not his
            family = written.group(3) is not None
            words = clean_name_words(written.group(2).split())
            author = named_person(words, state) if words else ""
            if author:
                # "a statement on behalf of Kieran's family": the family's.
                kind = "org" if family or org_name(author) else "person"
                document = fold(written.group(1))
                state.issued[document] = Speaker(
                    f"{possessive(author)} family" if family else author, kind
                )
                state.issued_in[document] = number
    for index, start in enumerate(ends):
        if index == 0 and not cues.opens_sentence(begin):
            # The text right after a quotation ('"amazed" Mr Smith was still in his job')
            # goes on the reporter's sentence: its first name is no sentence subject; but
            # a clause may open right after it ('"…," but Albright is not biting').
            joints = _joints(text) if joints is None else joints
            if joints and joints[0] <= 7:
                stop_at = ends[1] if len(ends) > 1 else len(text)
                conjuncts = _conjunct_subjects(text, start, stop_at, state, joints[:1])
                subjects.extend((at, Speaker(name, "person")) for at, name in conjuncts)
            continue
        stop_at = ends[index + 1] if index + 1 < len(ends) else len(text)
        if start == 0 and text[:1].isdigit():
            timed = LIVE_TIME.match(text)  # "09:51 Dr Mayhew has been speaking again"
            start = timed.end() if timed is not None else start
        opener = _OPENING_WORD.match(text, start, stop_at)
        if opener is None or (
            opener.group(1) in _PRONOUN_OPENERS
            and not (
                opener.group(1) in {"That", "This"} and _RELATIVE_NAMED.match(text, opener.start(1))
            )
        ):
            # "It is …", "He said …", '"…': no name opens the sentence; but "That is what
            # worries Piet Amersfoort, an economist …" brings in whom a he/she means next.
            if opener is not None and opener.group(1) in _THING_OPENERS:
                subjects.extend(_introduced_objects(text, start, stop_at, state, number, begin))
            continue
        if unavailable and _NOT_AVAILABLE.search(text, start, stop_at) is not None:
            continue  # "Boyd could not be reached for comment.": no one a he/she means
        # Where a subject may stand after an opening adverbial: read once for every rule.
        commas = _after_opening_commas(text, opener.start(1), stop_at, opener.group(1))
        organisation = _opening_organisation(text, start, stop_at, state, commas)
        if organisation is not None:
            subjects.append((start, organisation))
        people = _clause_subjects(text, start, stop_at, state, commas, number)
        issued = _ISSUED_A.search(text, start, stop_at) if issuing else None
        if issued is not None:
            # "The ministry later issued a statement …": whose a later "the statement" is;
            # when the sentence names no issuer it can, an earlier one's is stale.
            document = fold(issued.group(1))
            # ("More than 40 retired judges signed a letter": theirs, unnamed.)
            group = None
            if organisation is None and not people:
                plural = _PLURAL_BEFORE.search(text, start, issued.start())
                if plural is not None and one_person(plural.group(2)) is not None:
                    group = plural.group(1)
            if organisation is not None or people:
                state.issued[document] = organisation or Speaker(people[0][1], "person")
            elif group is not None:
                state.issued[document] = Speaker(group, "description", named_only=True)
            else:
                state.issued.pop(document, None)
                state.issued_in.pop(document, None)
        joints = _joints(text) if joints is None else joints
        if joints:  # the cheap test first: few sentences join a capital with "and"
            people += _conjunct_subjects(text, start, stop_at, state, joints)
        if text.find(" by ", start, stop_at) >= 0:
            # Remembered before the sentence's subject, which a he/she means first ("Tim
            # Henman was beaten by Roger Federer. '…,' he said" is Henman's).
            people += [(start - 1, name) for name in _passive_agents(text, start, stop_at, state)]
        if commas or opener.group(1) == "The":  # where "the Swiss star" may stand
            previous = ends[index - 1] if index else None
            people += _described_subject(text, opener, stop_at, previous, state, commas, number)
        if people:
            subjects.extend((at, Speaker(name, "person")) for at, name in people)
        if organisation is None and not people:
            group = _group_subject(text, start, stop_at)
            spokesperson = None
            if group is not None:
                subjects.append((start, Speaker(group, "description", named_only=True)))
            elif "spokes" in text:  # the cheap test first
                spokesperson = _spokesperson_subject(text, start, stop_at)
                if spokesperson is not None:
                    subjects.append((start, spokesperson))
            if group is None and spokesperson is None:
                # "The plan worries Piet Amersfoort, an economist …": no person is the
                # subject, and the one brought in is whom a he/she next means.
                subjects.extend(_introduced_objects(text, start, stop_at, state, number, begin))
    if " to " in text and ": " in text:  # the cheap test first
        # 'put it directly to area manager Kirsty Hale of the fire service: "Is the worst
        # over?"': the one a question is put to, whom the "she replied" after it means.
        for put in _QUESTION_PUT_TO.finditer(text):
            name = named_person(clean_name_words(put.group(1).split()), state)
            if known_person(name, state):
                subjects.append((put.start(1), Speaker(name, "person", named_only=True)))
    subjects.sort(key=lambda found: found[0])
    subjects.reverse()
    quoted_until = 0
    cued_sentence = -1  # where the sentence of the last cue read starts
    for match in cues.between(begin, stop):
        # Its fields, read once: a CueMatch's start() and end() are Python calls.
        cue_start, cue_end = match.begin, match.stop
        next_end = bisect.bisect_right(ends, cue_start)  # the end of the cue's sentence
        sentence_at = ends[next_end - 1]
        # 'Amy Cole said a patient had complained': a verb inside what another said.
        reported = sentence_at == cued_sentence
        if not text.endswith(("who ", "to be "), 0, cue_start):
            # (A relative clause's verb reports nothing the main verb after it says: "One
            # midwife who …, and who asked not to be named, told the BBC"; nor "named".)
            cued_sentence = sentence_at
        while subjects and subjects[-1][0] < cue_start:
            subject = subjects.pop()[1]
            state.remember(number, subject, named_only=subject.named_only)
        cue = fold(match.text)
        if cue_start < quoted_until:
            continue  # the "saying" of "quoted … as saying", read with "quoted"
        quoted_as = QUOTED_AS.match(text, cue_end) if cue == "quoted" else None
        if quoted_as is not None:
            quoted_until = quoted_as.end()
        if cue in SPEAKER_AFTER:
            mention = object_after(text[cue_end : cue_end + WINDOW])
        elif quoted_as is not None:
            # "Reuters quoted a central bank official as saying": the official spoke.
            mention = object_after(quoted_as.group(1))
        else:
            start = sentence_at
            # Both sides are cut to the window: a paragraph of many cues and no
            # sentence end would otherwise cost each cue the whole paragraph.
            before = text[max(start, cue_start - WINDOW) : cue_start]
            if not before.strip():
                if start or state.attributed_end == (number, begin) or cue in ADDRESSED:
                    continue
                # 'was a "stellar year" said Ann Lee, head of …': a quote given no speaker
                # (read as a label), whose cue still names who spoke, and whom a "he" means.
                following = text[cue_end : cue_end + WINDOW]
                after = object_after(following) if following[1:2].isupper() else None
                if (
                    after is not None
                    and after.kind == "name"
                    and known_person(after.name, state)
                    # (Not 'The film "Dirty Money" claimed Sam Rudd had paid …': the
                    # subject of what was claimed.)
                    and names_whole_phrase(following, after)
                ):
                    speaker = resolve(after, state, number)
                    if speaker is not None and speaker.kind == "person":
                        state.remember(number, speaker)
                continue
            if start == 0 and state.attributed_end == (number, begin) and before.strip() in _HE_SHE:
                continue  # "'…,' he said.": the quote's own cue, whose speaker is known
            if cue in NAMING and _NAMED_THING.search(before[-40:]) is not None:
                continue  # "a podcast called The Daily Source Code": a name for a thing
            coordinated = ends_coordinated(before)
            participle = cue.partition(" ")[0].endswith("ing") and ends_with_comma(before)
            if coordinated or participle:
                # "… and confirmed", "X defended Beattie, saying": the clause's subject,
                # read from the sentence's start even when a quote came between.
                cue_at = begin + cue_start
                sentence_start = cues.sentence_start(cue_at)
                whole = cues.text[max(sentence_start, cue_at - WINDOW) : cue_at]
                clause = COORDINATED.sub("", whole) if coordinated else whole
                mention = opening_subject(clause.strip().rstrip(","))
                if mention is not None and mention.kind == "name":
                    # "The album Exodus came out … and confirmed": not a person.
                    mention = mention if known_person(mention.name, state) else None
            elif (
                cue.endswith("ed")
                and text.startswith(_PLACE_AFTER, cue_end)
                and _described_object(before)
            ):
                continue  # "data from the pages mentioned in …": a noun described, no speaker
            else:
                mention = subject_before(before)
                after_quote = not before.strip(" ,\u00a0") or before.lstrip(" ,").startswith("who ")
                if mention is None and start == 0 and after_quote:
                    # 'Vance, who found fame in "Night Shift", said she …', 'A commander
                    # with the call sign "Lis," who …, described': the verb's subject
                    # stands before the quotation that ends this text's start.
                    cue_at = begin + cue_start
                    whole = cues.text[max(cues.sentence_start(cue_at), cue_at - WINDOW) : cue_at]
                    mention = subject_before(whole) if whole.strip(" ,\u00a0") else None
            unnamed = mention is None or (
                mention.kind == "description"
                and fold(mention.name.split()[-1]) not in ROLES
                and not person_noun(fold(mention.name.split()[-1]))
            )
            # '…," said Mr Clarke.': after a comma or quote, a name right after the verb
            # is its speaker, unless it opens a reported clause ("…, said Acme would act")
            # or follows a preposition ("wrote on Facebook").
            following = text[cue_end : cue_end + WINDOW]
            inverted = before.rstrip()[-1:] in {",", '"', "”"} and following.lstrip()[:1].isupper()
            naming = cue in NAMING and not inverted  # "called the eggs Benedict …"
            if (
                not (coordinated or participle)
                and (unnamed or inverted)
                and cue not in ADDRESSED
                and not naming
            ):
                # "…, said Tom Forte, who …": the speaker follows the verb.
                after = object_after(following)
                if after is not None and after.kind == "name":
                    mention = after if names_whole_phrase(following, after) else mention
        if mention is not None and mention.name in _REPORTER and cue in ASKING:
            # "I asked Caudill what she would do. She didn't hesitate.": the one the
            # reporter asks answers next.
            asked = _CAPITALISED_RUN.match(text, cue_end + 1)
            words = clean_name_words(asked.group(0).split()) if asked is not None else []
            name = named_person(words, state) if words else ""
            if name and known_person(name, state):
                state.remember(number, Speaker(name, "person"))
            continue
        if mention is None or (mention.kind == "pronoun" and mention.name not in {"he", "she"}):
            continue
        # "But he said the NHS …": he is named again, as the paragraph's latest speaker.
        if (
            mention.kind == "name"
            and mention.title is None
            and " " not in mention.name
            and state.names.shared_surname(fold(mention.name))
        ):
            # "Arroyo said he plans …", of two Arroyos: the one a "Mr" would mean.
            told = _PRONOUN_TOLD.match(text, cue_end)
            if told is not None:
                title = "mr" if told.group(1) == "he" else "ms"
                mention = Mention(mention.text, mention.name, "name", title)
        speaker = resolve(mention, state, number)
        if mention.kind == "pronoun" and speaker is not None:
            # "And Tony Blair would lead the campaign, he said.": the he who reports on
            # the sentence's subject is someone else, the latest other who has spoken
            # (not "Sam Rudd quit. Ode would cut costs, he said.": Ode, about himself).
            opening = text[sentence_at : sentence_at + WINDOW]
            named_first = _OPENING_NAME.match(opening)
            if (
                named_first is not None
                and reports_on_a_clause(text[sentence_at:cue_end])
                and people_named(named_first.group(1), state) == [speaker.name]
            ):
                other = resolve_pronoun(mention.name, state, other_than=speaker)
                spoke = [said[1] for said in (state.last_quote, state.reported) if said]
                if other is not None and other in spoke:
                    speaker = other
        learn_gender(mention, speaker, state)
        passive = not cue.endswith("ing") and passive_before(
            text[max(0, cue_start - 40) : cue_start]
        )
        if passive:
            # "Mr Johnson was asked why …" names someone a "he" may mean next, but no
            # speaker; "the Grand Slam had been mentioned" names nobody at all.
            person = speaker is not None and speaker.kind == "person"
            unnamed = speaker is not None and described_by_role(speaker) and not reported
            if speaker is not None and ((person and gender_of(speaker, state)) or unnamed):
                state.remember(number, speaker)
            continue
        described = speaker is not None and speaker.kind == "description"
        if speaker is not None and (not described or (described_by_role(speaker) and not reported)):
            sentence_stop = ends[next_end] if next_end < len(ends) else len(text)
            if cue.endswith("ing") and _DECLINED.search(text, sentence_at, cue_start):
                continue  # "A spokeswoman declined to comment, citing …": no one a she means
            if text[max(0, sentence_stop - 8) : sentence_stop].rstrip().endswith("?"):
                # "So is it to destroy the Tories, as Kilroy-Silk once declared?": the
                # reporter asks; whoever answers next is not the one the question names.
                state.remember(number, speaker, named_only=True)
                continue
            state.remember(number, speaker)
            state.reported = (number, speaker)
            told = _PRONOUN_TOLD.match(text, cue_end) if described else None
            if told is not None:
                # "A retiree said he was relieved": a man, whom a later "she" is not.
                state.gender.setdefault(speaker.name, told.group(1))
    while subjects:
        subject = subjects.pop()[1]
        state.remember(number, subject, named_only=subject.named_only)


#: What a sportsperson is called for what they won, before their name, as a title is:
#: "Defending champion Luca Ferraro finished fifth". (Not every word for a person:
#: "Leicester fly-half Andy Goode's" and the like read otherwise.)
_HONOURS_WON = word_set("champion champ winner runner-up finalist medallist medalist titleholder")


#: The words before a participle that describes a preposition's object, mid-clause ("to
#: get finances onto the track predicted in …"), and what follows such a participle.
_OBJECT_OF_A_PREPOSITION = lazy_compile(
    r"[a-z][ \u00a0]+(?:from|onto|into|to|with|on|at|in|about)[ \u00a0]+the"
    r"(?:[ \u00a0]+[a-z]+){1,3}[ \u00a0]*$"
)
_PLACE_AFTER = (" in ", " on ", " at ", "\u00a0in ")


def _described_object(before: str) -> bool:
    """Whether a participle cue after `before` describes a preposition's object deep in
    its clause ("users could fetch data from the pages mentioned in …"), not a subject
    that acts ("The man in the crowd shouted at …": the phrase opens the sentence)."""
    found = _OBJECT_OF_A_PREPOSITION.search(before)
    if found is None or len(before[: found.start() + 1].split()) <= 3:
        return False
    if _AUXILIARY.search(before, 0, found.start()) is None:
        return False  # "The head teacher of the school in the village warned": no verb yet
    # Not "A woman who lives in the flat below complained …": a relative clause on the
    # sentence's subject ends there, and the verb is the subject's.
    return _RELATIVE_WORD.match(before) is None


#: A verb's helper, which shows a clause under way before a preposition's object.
_AUXILIARY = lazy_compile(
    r"\b(?:could|would|can|will|may|might|should|must|is|are|was|were|has|have|had|did|does)\b"
)


#: A subject of up to three words and a relative pronoun: "A woman who", "The man whose".
_RELATIVE_WORD = lazy_compile(
    r"[ \u00a0]*(?:[\w'’\-]+[ \u00a0]+){1,3}(?:who|whose|whom|which|that)\b"
)


#: A he or she opening what an unnamed source said: "said he was relieved".
_PRONOUN_TOLD = lazy_compile(r"[ \u00a0]+(?:that[ \u00a0]+)?(he|she)\b")


def _group_subject(text: str, start: int, stop: int) -> str | None:
    """People named by a plural opening a sentence as its subject ("Union leaders were
    furious", "Local residents say"), whom a later "they said" means."""
    found = _GROUP_SUBJECT.match(text, start, stop)
    if found is None:
        return None
    if one_person((found.group(2) or found.group(4)).lower()) is None:
        return None
    after = found.end()
    if text.startswith(",", after):
        # "Bankers, for their part, would rather …": past a short aside.
        aside = text.find(",", after + 1, after + 30)
        after = aside + 1 if aside > 0 else after
    if not verb_follows(text[after : after + 40]):
        return None
    return found.group(0).strip()


def _spokesperson_subject(text: str, start: int, stop: int) -> Speaker | None:
    """An unnamed spokesperson opening a sentence as its subject ("But a spokesman for
    the Home Office defended the plans."), whom a later "he said" means."""
    found = _SPOKESPERSON_SUBJECT.match(text, start, stop)
    if found is None:
        return None
    verb = WORD_RE.match(text, found.end() + 1)
    # One who stated something ("defended the proposals", "insisted"), not one who "was
    # unavailable" or "referred questions to the police": the next "he" is not them.
    if verb is None or (verb.group(0) not in CUE_SET and verb.group(0) not in _STATED):
        return None
    if _SAID_NOTHING.search(text, found.end(), stop) is not None:
        return None  # "A spokesman for Mr Ode declined to comment.": the next "he" is Ode
    mention = mention_from_words(found.group(1).split())
    return None if mention is None else Speaker(mention.name, "description")


#: Verbs of a spokesperson stating something that are no cues of their own.
_STATED = frozenset({"defended", "defends", "welcomed", "welcomes", "hit", "backed", "backs"})


#: Declining to speak, before a participle that gives the reason: "declined to comment,
#: citing the litigation".
_DECLINED = lazy_compile(r"\b(?:declined|refused) to (?:comment|say|speak|discuss|elaborate)")


#: What a spokesperson who said nothing did: "declined to comment", "would not say".
_SAID_NOTHING = lazy_compile(r"\b(?:declin|refus|comment|not|n't|no\b)")


#: "A spokesman", "An Acme spokeswoman", "a spokesperson for the Home Office", after an
#: opening conjunction.
_SPOKESPERSON_SUBJECT = lazy_compile(
    r"[ \u00a0]*(?:(?:But|And|However,|Meanwhile,)[ \u00a0]+)?"
    rf"((?:[Aa]n?|[Oo]ne)[ \u00a0]+(?:[{CAPITALS}][\w'’\-]*[ \u00a0]+){{0,4}}"
    r"spokes(?:man|woman|person)"
    rf"(?:[ \u00a0]+(?:for|at)[ \u00a0]+(?:the[ \u00a0]+)?[{CAPITALS}][\w'’\-]*"
    rf"(?:[ \u00a0]+(?:of[ \u00a0]+)?[{CAPITALS}][\w'’\-]*){{0,4}})?)"
)


#: A sentence opening on a name, maybe after a conjunction: "And Tony Blair would …".
_OPENING_NAME = lazy_compile(
    rf"[ \u00a0]*(?:(?:And|But|Yet|So)[ \u00a0]+)?([{CAPITALS}][\w'’\-]*"
    rf"(?:[ \u00a0]+[{CAPITALS}][\w'’\-]*){{0,3}})[ \u00a0]+[a-z]"
)


#: A plural noun opening a sentence, maybe after a capitalised word and an adjective.
_GROUP_SUBJECT = lazy_compile(
    r"[ \u00a0]*(?:(?:Many|Some|Most|Several|Local|Angry|[A-Z][\w\-]*)[ \u00a0]+)?"
    r"((?:[a-z][\w\-]*[ \u00a0]+)?)([a-z][a-z\-]*s)(?=[ \u00a0,])"
    r"|[ \u00a0]*()([A-Z][a-z\-]*s)(?=[ \u00a0,])"  # groups 3, 4: "Residents say", "Bankers, …,"
)


def _opening_organisation(
    text: str, start: int, stop: int, state: State, commas: list[int]
) -> Speaker | None:
    """An organisation opening a sentence as its subject ("The BPI is quick to condemn
    …", or after an opening adverbial: "Earlier this year, Harbor Media laid off …"),
    which a later "it said", "they said" or "the company" may mean. `commas`: see
    `_after_opening_commas`."""
    found = _subject_organisation(text, start, stop, state)
    if found is not None:
        return found
    for at in commas:
        if text[at : at + 1].isupper():  # no capital, no organisation
            found = _subject_organisation(text, at, stop, state)
            if found is not None:
                return found
    return None


def _after_opening_commas(text: str, start: int, stop: int, first: str) -> list[int]:
    """Where a subject may stand when the sentence opens with an adverbial or a clause
    (`first` is its first word): after each of its first three commas and first two
    spaced dashes ("Earlier this year, Harbor Media laid off …", "After the vote, Lee
    weighed in", "At the diner — Main Street — Ginette Lavoie switches")."""
    participle = (len(first) > 5 and first.endswith("ing") and not first.endswith("thing")) or (
        first.endswith("ed") and text.startswith(",", start + len(first))
    )  # "Standing in the shed, Rosa Delacourt ran …", "Contacted, Chairman Jalal Uddin …"
    if first.lower() not in CLAUSE_OPENERS and not participle:
        return []
    found: list[int] = []
    comma = text.find(", ", start, stop)
    while comma >= 0 and len(found) < 3:
        found.append(comma + 2)
        comma = text.find(", ", comma + 2, stop)
    if text.find("—", start, stop) < 0 and text.find("–", start, stop) < 0:
        return found  # the cheap test first, in the sentence alone
    # "At the diner on Rue Principale — Main Street, on the English half of the signs —
    # Ginette Lavoie … switches": after a dash, too.
    dashes = [dash.end() for dash in itertools.islice(_SPACED_DASH.finditer(text, start, stop), 2)]
    return sorted([*found, *dashes])


_SPACED_DASH = lazy_compile("[ \u00a0][—–][ \u00a0]")


def _subject_organisation(text: str, start: int, stop: int, state: State) -> Speaker | None:
    found = _ORG_OPENER.match(text, start, stop)
    if found is None or not found.group(1):
        return None
    first = fold(found.group(1).split(maxsplit=1)[0])
    if first in NOT_SUBJECT or first in HONORIFICS or first in NOT_AN_OPENER:
        return None  # "But …", "It …", "Mr Lee …": no organisation opens the sentence
    after = text[found.end() : found.end() + 40]
    if after[:1] == ",":
        # "The Citizens’ Forum, in a press release issued after the hearing, welcomed":
        # the verb past an aside or an appositive.
        aside = _ORG_ASIDE.match(text, found.end(), stop)
        if aside is not None:
            after = text[aside.end() : aside.end() + 40]
    adverb = _ADVERB_FIRST.match(after)  # anchored: what sub(count=1) took off, read once
    if adverb is not None:
        after = after[adverb.end() :]
    acts = verb_follows(after)
    plural_acts = not acts and plural_verb_follows(after)
    if not (acts or plural_acts):
        return None  # the cheap test first: no verb, whatever the name
    name = run_name(found.group(1))
    if not name or name in COUNTRY_CODES or fold(name) in PLACES:  # "China is believed"
        return None
    if " " not in name:
        name = state.names.company_of(name) or name  # "Kestrel plunged": Kestrel Semiconductor
    plural = name.endswith("s") and not name.endswith("ss")
    if not (acts or (plural and plural_acts)):
        return None
    if plural_head_follows(after):
        return None  # "Premiership clubs have seen …": the name only qualifies the subject
    kind_of, _, named = name.partition(" ")
    if named and fold(kind_of) in _ORG_KINDS:
        # "Bookmaker William Hill has stopped …": a business named after a person.
        full = state.names.fullest(named)
        known = named if full.startswith(kind_of) else full  # not "Bookmaker William Hill"
    elif org_name(name) or name in state.names.bodies:
        known = state.names.fullest(name)
        if known == name and " " in name:
            known = state.names.extended_by_link(name) or known  # "… Forum for Local Democracy"
    elif " " in name or fold(name) in NOT_SUBJECT or is_demonym(name):
        return None
    else:
        # "Kraft plans to cut …": one word that names no person the article gives in
        # full, and that it writes with a capital inside sentences too.
        known = state.names.fullest(name)
        person = known != name or gender_of(Speaker(name, "person"), state) is not None
        if person or not state.proper(name):
            return None
    return Speaker(known, "org", named_only=True)


#: An aside or an appositive after a body's name, before its verb: ", in a press release
#: issued after the hearing,", ", a lobby group,", ", which runs 11 hospitals,".
_ORG_ASIDE = lazy_compile(
    r",[ \u00a0]+(?:in|on|at|during|after|before|which|a|an|the)[ \u00a0]"
    r"[^,.;:!?\"“”]{1,80},[ \u00a0]*"
)


#: Words that open a sentence with the kind of business its name is: "Bookmaker William
#: Hill", "Carmaker Ford", "Retailer Next".
_ORG_KINDS = ORG_HEADS | word_set("bookmaker supermarket chain broker brewer studio label")


#: A sentence's first word (after any spaces), if it starts with a capital.
_OPENING_WORD = lazy_compile(r"\s*([A-Z][a-z]*)")


#: Openers of a sentence about a thing: "That is what worries …", "It angered …".
_THING_OPENERS = frozenset({"It", "This", "That"})

#: A name written in full after a lower-case word, then an appositive with an article:
#: "… worries Piet Amersfoort, an economist".
_INTRODUCED = lazy_compile(
    r"(?<![ \u00a0]of[ \u00a0])(?<![ \u00a0]for[ \u00a0])(?<![ \u00a0]and[ \u00a0])"
    r"(?<=[a-z,][ \u00a0])"
    r"([A-Z][\w'’\-]+(?:[ \u00a0][A-Z][\w'’\-]+){1,3}),[ \u00a0]an?[ \u00a0]"
    r"((?:[a-z][\w\-]*[ \u00a0]){0,2}[a-z][\w\-]*)"
)

_SUBJECT_PRONOUN = lazy_compile(r"\b(?:he|she|they)\b")


def _introduced_objects(
    text: str, start: int, stop: int, state: State, number: int, begin: int
) -> list[tuple[int, Speaker]]:
    """People a sentence with no person for subject brings in, named in full for the
    first time and given an appositive: whom the reporter goes on to quote."""
    if ", a" not in text:  # the cheap test first
        return []
    if _SUBJECT_PRONOUN.search(text, start, stop) is not None:
        return []  # "Under questioning from Kira Mandelbaum, a prosecutor, she described"
    found = []
    for match in _INTRODUCED.finditer(text, start, stop):
        words = match.group(1).split()
        name = named_person(words, state)
        first = state.first_seen(match.group(1))
        role = any(person_word(w) for w in match.group(2).split())  # not "a town"
        if role and first == (number, begin + match.start(1)) and known_person(name, state):
            found.append((match.start(1), Speaker(name, "person")))
    return found


#: First words that open a sentence with neither a name nor an organisation.
_PRONOUN_OPENERS = frozenset(
    {"It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "There", "Its"}
)


#: A capitalised run opening a sentence, "of", "for" and "and" allowed inside it.
_ORG_OPENER = lazy_compile(
    r"[ \u00a0]*(?:The[ \u00a0]+)?"
    rf"([{CAPITALS}][\w&'’\-]*(?:[ \u00a0]+(?:[{CAPITALS}][\w&'’\-]*|of|for|and)){{0,6}})"
)


def _clause_subjects(
    text: str, start: int, stop: int, state: State, commas: list[int], number: int
) -> list[tuple[int, str]]:
    """People a sentence makes the subject of a clause, whom a later he/she may mean.

    The name opening the sentence ("Once Fetter arrived" gives Fetter); after an
    opening adverbial or clause, a name that follows a comma and a verb follows
    ("After the vote, Lee weighed in", "Later, Sarah studied"). Only people the
    article names in full, or introduces with an appositive, and whose pronoun
    the article has shown ("Yuni, a resident of …, … she heard").
    """
    at = start
    while at < stop and text[at].isspace():
        at += 1
    if at >= stop or not text[at].isupper():
        return []
    first = WORD_RE.match(text, at)
    opener_word = first.group(0) if first is not None else ""  # read once: asked often
    role_at = at
    if first is not None and opener_word in {"But", "And", "So", "Yet"}:
        role_at = first.end() + 1  # "But Kayleigh's mum Bernadette, 54, …"
    second = WORD_RE.match(text, role_at) if role_at != at else first
    head = text[role_at : role_at + 60]  # "Duke of Ardleigh's rider, Jamie Tansey,"
    opener_role = second.group(0).capitalize() if second is not None else ""
    opening = second is not None and (
        (
            opener_role in _ROLE_OPENERS  # "But her mum, Tracey Brannigan,"
            # ("A customer, Delphine Achterberg,": an article's opener only before a comma.)
            and (opener_role not in _INDEFINITE_OPENERS or ", " in head)
        )
        or "'s " in head
        or "’s " in head
    )  # the cheap test first: most sentences open otherwise
    introduced = _RELATIVE_NAMED.match(text, role_at, stop) if opening else None
    role = introduced.group(1).split() if introduced is not None else []
    if introduced is not None and any(person_word(fold(w)) for w in role) and _one_role(role):
        # "That daughter, Nina Dolan, 39, had been running …": the name the role is given.
        rest = text[introduced.end() : min(stop, introduced.end() + 200)]
        appositive = _APPOSITIVE.match(rest)
        if appositive is not None:
            rest = rest[appositive.end() :]
        elif rest.startswith(","):
            rest = rest[1:]
        name = named_person(introduced.group(2).split(), state)
        verb = rest.split(None, 1)[:1]
        # After "Role, Name," a lower-case word opens the predicate ("read from"), unless
        # it opens a clause or a phrase ("who …", "in …").
        predicate = bool(verb) and verb[0].islower() and fold(verb[0]) not in _NOT_A_PREDICATE
        if predicate or verb_follows(rest):  # a person: the role word says so
            return [(introduced.start(2), name)]
    if opener_word in _ARTICLE_OPENERS and " named " in text[at:stop]:
        # "The woman, I later learned, is named Kaylee Brandvold.": whom she is.
        is_named = _IS_NAMED.match(text, at, stop)
        if is_named is not None and someone_named(fold(is_named.group(1))):
            return [(is_named.start(2), state.names.fullest(is_named.group(2)))]
    if opener_word in _CLAUSE_OPENERS:
        # "When I read that line to Ruth, she laughed.": the one person the opening
        # clause names is whom its main clause's he or she is.
        person = _named_before_pronoun(text, at, stop, state)
        if person is not None:
            return [person]
    placed = opener_word in _PLACE_INVERTING
    if first is not None and (opener_word in _INVERTING or placed):
        # "Among those hardest hit is Nora Fitzgerald, 84, …": the subject after its verb.
        inverted = _INVERTED_SUBJECT.match(text, first.end(), stop)
        role = inverted.group(2) if inverted is not None else None
        if role is not None and not (
            person_noun(fold(role)) or fold(role) in TITLES or role in KIN
        ):
            inverted = None  # "Among the dead was the wife of Tom Reed": not Tom Reed
        if placed and role is None:
            inverted = None  # "At 58, Tom Lee was Ann Hale's deputy": no role, no inversion
        if inverted is not None:
            name = named_person(inverted.group(3).split(), state)
            return [(inverted.start(3), name)] if known_person(name, state) else []
    if first is not None and opener_word in _KIN_OWNERS_CAPITALISED:
        # "Her husband shrugs.": the one the article named as someone's husband.
        kin = WORD_RE.match(text, first.end() + 1)
        # ("His aunt, from behind the sewing machine, overruled him.": past the aside.)
        aside = _PLACE_ASIDE.match(text, kin.end(), stop) if kin is not None else None
        after_kin = aside.end() if aside is not None else kin.end() if kin is not None else 0
        if kin is not None and kin.group(0) in KIN and verb_follows(text[after_kin:stop]):
            relative = relative_of(fold(opener_word), kin.group(0), state)
            return [(at, relative)] if relative is not None else []
    if first is not None and (opener_word.lower() in CONJUNCTIONS or opener_word == "Our"):
        # "But centre Jamie Noon believes …", "Our reporter Mina Reid is in Porthvennick":
        # past the conjunction (or the outlet's "Our") and a lower-case role.
        role = _LOWER_ROLE.match(text, first.end(), stop)
        if role is not None and (person_noun(fold(role.group(1))) or role.group(1) in _POSITIONS):
            at = role.end()
    positions = [(at, False)]
    label = text.find(": ", at, min(stop, at + 40))
    if label > 0 and text[label + 2 : label + 3].isupper():
        positions.append((label + 2, True))  # "Why it matters: Gov. Ann Lee has staked …"
    if first is not None:
        positions += [(after, True) for after in commas]  # `_after_opening_commas`
    names = state.names
    for at, need_verb in positions:
        aged = _THE_AGED.match(text, at, stop) if text[at + 4 : at + 5].isdigit() else None
        if aged is not None and verb_follows(text[aged.end() : aged.end() + 40]):
            # "The 24-year-old from Boulder, Colorado, paused": the one person of that age.
            # (Else, an age the article gives no one, the person last spoken of.)
            of_age = person_aged(aged.group(1), state) or recent_person(state)
            if of_age is not None:
                return [(at, of_age.name)]
        named = _SOMEONE_NAMED.match(text, at, stop) if text[at : at + 1] in "aA" else None
        after_name = text[named.end() : named.end() + 48] if named is not None else ""
        aged = _AN_AGE_AFTER.match(after_name)  # "a medic named Oksana, 29, treated"
        if (
            named is not None
            and someone_named(fold(named.group(1)))  # not "a horse called Desert Orchid"
            and verb_follows(after_name[aged.end() :] if aged is not None else after_name)
        ):
            # "Back inside, a retired builder named Kevin Prentice was returning …".
            return [(named.start(2), names.fullest(named.group(2)))]
        if text[at : at + 1].islower() and not THE_ROLE.match(text, at):
            # "On Monday, defence lawyer Reid Weingarten tried …": past the role words.
            lower = _LOWER_ROLE.match(text, at - 1, stop)
            if lower is None or not person_noun(fold(lower.group(1))):
                continue
            if any(w in CUE_SET and w != "noted" for w in lower.group(0).split()[:-1]):
                # "The 51-year-old, who …, said chairman Tom Hale had …": the name is
                # what the verb reports, not the subject of the sentence.
                continue
            at = lower.end()
        senior = _SENIORITY_OPENS.match(text, at, stop)
        if senior is not None and verb_follows(text[senior.end() : senior.end() + 40]):
            # "The elder Karalis, now 79, was …": the one of that surname the words mean.
            one = by_seniority(senior.group(0).split(), state)
            if one is not None:
                return [(at, one)]
        role = THE_ROLE.match(text, at)
        if role is not None:
            titled = names.title_of.get(fold(role.group(1)))  # "the mayor", "the Cardinal"
            if titled and verb_follows(text[role.end() : role.end() + 40]):
                # "On Monday, the mayor brought up …": the person the article titled mayor.
                return [(at, names.fullest(titled))]
            office = _THE_OFFICE.match(text, at, stop)
            if office is not None and verb_follows(text[office.end() : office.end() + 40]):
                # "Later, the former Cabinet Secretary returned": whoever holds the office
                # the capitalised title names ("Health Cabinet Secretary Ann Otieno").
                mention = mention_from_words(office.group(0).split())
                holder = resolve(mention, state, number) if mention is not None else None
                if holder is not None and holder.kind == "person" and " " in holder.name:
                    return [(at, holder.name)]
            if role.group(1).islower() or fold(role.group(1)) not in TITLES:
                # "The conductor Aleksi Virtanen arrived": the name past a person's noun.
                lower = _LOWER_ROLE.match(text, role.start(1) - 1, stop)
                if lower is not None and person_noun(fold(lower.group(1))):
                    found = opening_subject(text[lower.end() : stop], 9)
                    a_name = found is not None and found.kind == "name"
                    if a_name and found is not None and known_person(found.name, state):
                        return [(lower.end(), names.fullest(found.name))]
                # Any other "the …" is no person a he/she could mean: "The Scottish
                # Conservative leader", "The Peter Hain attack"; but "The Rev Tom Hale".
                continue
        opener = FIRST_NAME_RUN.match(text, at)
        if opener is None:
            continue
        run = opener.group(0)
        if run.lower() in {"he", "she"}:
            continue
        words = run.split()
        if bare_word(words[0]) in _TOPIC_PREPOSITIONS:
            continue  # "Of Hepburn, she said": a topic, not who spoke
        role = _LOWER_ROLE.match(text, opener.end(), stop)
        # "Government spokesperson and Minister of … Javier Montero": two offices.
        role_words = role.group(0).split() if role is not None else []
        joined = len(role_words) > 1 and role_words[-1] == "and" and fold(role_words[-2]) in TITLES
        if role is not None and (
            fold(role.group(1)) in TITLES or joined or fold(role.group(1)) in _HONOURS_WON
        ):
            # "Tottenham manager Martin Jol acclaimed": an organisation, a role, the name;
            # "Defending champion Luca Ferraro finished": a word for a person, the name.
            found = opening_subject(text[at:stop], 12 if joined else 9) or _subject_of_a_body(
                text, at, stop
            )
            if found is not None and found.kind == "name" and known_person(found.name, state):
                return [(at, names.fullest(found.name))]
            continue
        # Possessives need an apostrophe: the cheap test first, for both readings below.
        possessive = "'" in run or "’" in run
        owner_end = _OWNER_END.search(run) if possessive else None
        if owner_end is not None:
            # "Holt's aide, James Park, disagreed": the possessor is not the subject;
            # the person the appositive names is.
            after_owner = opener.start() + owner_end.end()
            ends_run = after_owner == opener.end()
            named = _POSSESSED_NAMED.match(text, after_owner, stop) if ends_run else None
            if named is not None and verb_follows(text[named.end() : named.end() + 40]):
                return [(named.start(1), names.fullest(named.group(1)))]
            # "Wenger's Bayern counterpart Felix Magath was …": a role, then the name.
            named = _POSSESSED_ROLE_NAME.match(text, after_owner, stop)
            if (
                named is not None
                and any(person_noun(fold(w)) for w in named.group(1).split())
                and known_person(named.group(2), state)
                and verb_follows(text[named.end() : named.end() + 40])
            ):
                return [(named.start(2), names.fullest(named.group(2)))]
            if ends_run:
                # "Marchetti's team now plans …. It is, she admits, …": the one whose
                # team it is, a person named in full, is whom the paragraph is about.
                leader = named_person([*words[:-1], unpossessed(words[-1])], state)
                team = WORD_RE.match(text, after_owner + 1)
                owned = team is not None and (
                    team.group(0) in _OWNED_GROUPS or team.group(0) in _BELONGINGS
                )
                # "Wickramasuriya's match figures … earned him the award": the "him" or
                # "her" of the sentence is its possessor, the one it is about.
                pronoun = _HIM_OR_HER.search(text, after_owner, min(stop, after_owner + 90))
                owned = owned or pronoun is not None
                if owned and known_person(leader, state):
                    return [(opener.start(), leader)]
                continue
        if words[0] == "Born" and len(words) > 2:
            # "Born Eleanor Mae Hargrove in 1930, she …": the name she had; she is the
            # one the article names with that first name, if any.
            born = names.born_as(" ".join(clean_name_words(words[1:])))
            if born is None:
                continue
            return [(opener.start(), born)]
        owner = owned_words(words[:-2]) if possessive else 0
        if owner == 1 and not known_person(unpossessed(words[0]), state):
            words = words[1:]  # "Labour's Elizabeth Blackman won …": not "Ridley Scott's …"
        words = clean_name_words(words)
        if not words or fold(words[0]) in NOT_SUBJECT:
            continue
        rest = text[opener.end() : min(stop, opener.end() + 200)]
        pair = _PAIR_REST.match(rest)
        after_pair = rest[pair.end() :].split(None, 1)[:1] if pair is not None else []
        name = ""  # read only when a rule below asks: most openers are no subject
        if (
            pair is not None
            and after_pair
            and (after_pair[0] in PLURAL_AUXILIARIES or verb_follows(after_pair[0]))
            and known_person(name := named_person(words, state), state)
        ):
            # "Vasquez and Hollister have started …": two subjects, of whom a he or she
            # after them means the first that fits (the first named the likelier).
            other = named_person(clean_name_words(pair.group(1).split()), state)
            if known_person(other, state):
                return [(opener.start(), other), (opener.start(), name)]
        appositive = _APPOSITIVE.match(rest)
        if appositive is not None:
            rest = rest[appositive.end() :]  # "Hazel Gilbert, 23, an information manager,"
        acts = verb_follows(rest)  # asked first: cheaper than the name and its gender
        if not acts and rest.startswith(" ") and "ly " in rest[:20]:  # the cheap test first
            # "Mahlangu finally reached the front": past an adverb in "-ly".
            adverb, _, after = rest[1:].partition(" ")
            acts = ly_adverb(adverb) and verb_follows(after)
        if not acts and rest.startswith(" and "):
            # "Mokoena and a handful of others were still sitting": the first subject.
            acts = _AND_SOME_WERE.match(rest) is not None
        if need_verb and not acts:
            continue
        name = name or named_person(words, state)  # "Mayor Tom Hale spoke."
        if not acts and not names.gender(name):
            # Without a known gender, only "Stone disagreed.": a name, then its verb.
            continue
        described = appositive is not None and any(
            person_noun(bare_word(w)) for w in appositive.group(0).split()[1:6]
        )  # ", an information manager from Newcastle," (not ", the standard that …,")
        # One name, of someone quoted before whom the pronouns show to be a he or she:
        # "Sora addressed the rumors herself" (a singer known by one name).
        one_name = name in state.quoted and names.gender(name) is not None
        if known_person(name, state) or ((described or one_name) and not org_name(name)):
            return [(opener.start(), name)]
    return []


def _subject_of_a_body(text: str, at: int, stop: int) -> Mention | None:
    """ "Investigating officer Corporal Samson Kiptoo of the Directorate of Criminal
    Investigations is expected …": a role's holder, named with the body they serve, whose
    verb comes past the body's name."""
    if text.find(" of the ", at, min(stop, at + 80)) < 0:
        return None
    found = opening_subject(text[at:stop], 16)
    return found if found is not None and found.kind == "name" else None


def _named_before_pronoun(text: str, at: int, stop: int, state: State) -> tuple[int, str] | None:
    """The one known person an opening clause addresses or meets, when a he or she opens
    the main clause after its comma and may be them: "When I read that line to Ruth, she
    laughed", "When I asked Pellow what …, he thought"."""
    comma = text.find(", ", at, stop)
    pronoun = _HE_OR_SHE_OPENS.match(text, comma + 2) if comma > 0 else None
    if pronoun is None:
        return None
    if pronoun.group(1) in {"his", "her"}:
        owned = WORD_RE.match(text, pronoun.end() - 1)
        if owned is not None and (owned.group(0) in KIN or person_word(fold(owned.group(0)))):
            return None  # "When I asked Pike …, his son interrupted": the son acts
    first = WORD_RE.match(text, at)
    found: set[tuple[int, str]] = set()
    names = state.names
    for run in _CAPITALISED_RUN.finditer(text, first.end() if first else at, comma):
        before = text[max(0, run.start() - 12) : run.start()].split()
        if not before or before[-1] not in _TO_WHOM:
            continue  # "When I mentioned Karen Moss": whom it was about, not who laughed
        words = clean_name_words(run.group(0).split())
        name = named_person(words, state) if words else ""
        if not name or not known_person(name, state):
            continue
        if name not in state.quoted and names.gender(name) is None:
            continue  # someone the pronouns have shown to be a person, or who has spoken
        found.add((run.start(), name))
        if len({n for _, n in found}) > 1:
            return None  # "When Putin met Biden, he said": either
    if not found:
        return None
    at_name, name = min(found)
    sex = names.gender(name) or names.given_sex(name)
    # ("When I read that line to Venkataraman, her response was immediate:": hers too.)
    said = POSSESSIVE_PRONOUNS.get(pronoun.group(1), pronoun.group(1))
    return (at_name, name) if sex in {None, said} else None


def _passive_agents(text: str, start: int, stop: int, state: State) -> list[str]:
    """The agent of a passive, who did what the sentence tells: "Mr Prater's sentiments
    were echoed by Christine Rush, director of …" makes her the one a later "she said"
    means."""
    found: list[str] = []
    for match in _PASSIVE_AGENT.finditer(text, start, stop):
        if match.group(1).endswith(("'", "’", "'s", "’s")):
            continue  # "impressed by Wright-Phillips' form": the form, not the man
        name = named_person(clean_name_words(match.group(1).split()), state)
        if name and known_person(name, state):
            found.append(name)
    return found


#: "were echoed by Christine Rush": a passive verb, "by", a capitalised name, maybe
#: after a role in lower case ("by Conservative shadow pensions secretary David Willetts").
_PASSIVE_AGENT = lazy_compile(
    r"(?=[iawb])\b(?:is|are|was|were|been|being)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]+(?:ed|en)"
    rf"[ \u00a0]+by[ \u00a0]+(?:(?:the[ \u00a0]+)?(?:[{CAPITALS}][\w'’\-]*[ \u00a0]+){{0,2}}"
    # (A role's words, not "a late goal from", "a row involving": no article or link.)
    r"(?:(?!(?:a|an|the|from|of|by|with|for|in|on|at|to|and|involving)\b)[a-z][a-z\-]*"
    r"[ \u00a0]+){1,4})?"
    rf"((?:[{CAPITALS}][\w'’\-]*[ \u00a0]+){{0,3}}[{CAPITALS}][\w'’\-]*)"
)


def _described_subject(
    text: str,
    opener: re.Match[str],
    stop: int,
    previous: int | None,
    state: State,
    commas: list[int],
    number: int,
) -> list[tuple[int, str]]:
    """The person a sentence's described subject means: "None more so than Henson, who
    … The confident 23-year-old is undaunted" (or "According to … even Federer himself,
    the Swiss star is …") makes Henson the one a later "he said" means.

    A description ("the" and up to three lower-case words ending in a noun for a
    person, then a verb) stands for the person named last before it in its own
    sentence, or else for the first one named in the sentence before: who the
    previous sentence was about. One that opens paragraph `number` stands for whom the
    same words stood for before, or else for the person the paragraph before ended on.
    Titles and roles ("the spokesman") are left to the rules that know whom the article
    titled so, or that make them sources of their own.
    """
    at = opener.start(1)  # the sentence's first word
    positions = [at, *commas] if opener.group(1) == "The" else commas
    for position in positions:
        if not text.startswith(("The ", "the "), position):
            continue  # the cheap test first
        found = _DESCRIBED_PERSON.match(text, position, stop)
        if found is None:
            continue
        head = _described_person(text, found)
        if head is None:
            continue
        if head in state.names.title_of:
            continue  # "the attorney general": whom the article titled so, if anyone
        if head.endswith("-year-old") and person_aged(head.partition("-")[0], state):
            continue  # "The 24-year-old paused": the one person of that age, read already
        named = people_named(text[at:position], state)
        if named:
            return [(position, named[-1])]
        named = people_named(text[previous:at], state) if previous is not None else []
        words = found.group(1).split()
        key = " ".join(fold(w) for w in words[: [fold(w) for w in words].index(head) + 1])
        if named:
            state.described.setdefault(key, Speaker(named[0], "person"))
            return [(position, named[0])]
        if previous is None and position == at:
            # A paragraph opening on "The designer, 41, has built …": whom the same words
            # first stood for, or else the person named last.
            person = state.described.get(key)
            if person is None and state.recent and state.recent[-1][1].kind == "person":
                # The person the paragraph before ended on, no one further back.
                remembered, last = state.recent[-1]
                person = last if remembered >= number - 1 else None
            if person is not None:
                state.described.setdefault(key, person)
                return [(position, person.name)]
        return []
    return []


def speaker_at_the_end(sentence: str) -> str | None:
    """The name before a cue that ends a sentence (", Jo Greer said."): whom a sentence
    that reports someone's words is about, not the person its reported clause opens on."""
    found = _TRAILING_CUE.search(sentence, max(0, len(sentence) - 80))
    return found.group(1) if found is not None and fold(found.group(2)) in CUE_SET else None


#: A comma, a capitalised name, a verb, the sentence's end: ", Jo Greer said. ".
_TRAILING_CUE = lazy_compile(
    rf",[ \u00a0]+((?:[{CAPITALS}][\w'’\-.]*[ \u00a0]+){{1,4}})([a-z]+)[.!?][\s\"”’]*$"
)


def _described_person(text: str, found: re.Match[str]) -> str | None:
    """The head noun when "the" and the words after it describe one person who is the
    subject: adjectives, a noun for a person, then a verb ("the Swiss star is")."""
    words = found.group(1).split()
    if not any(epithet(fold(word)) for word in words):
        return None  # the cheap test first: most descriptions are of things
    end = found.start(1)
    for word in words:
        end = text.index(word, end) + len(word)
        head = fold(word)
        if head in NOT_A_NAME_OPENING or head in AUXILIARIES:
            return None  # "The stats speak for themselves": no noun phrase
        after = text[end : end + 48]
        age = _AN_AGE.match(after)  # "The designer, 41, has built …"
        if not verb_follows(after[age.end() :] if age is not None else after):
            continue
        plural = head[-1:] == "s" or head in GROUP_WORDS
        if word.islower() and not plural and head not in ROLES and epithet(head):
            return head
        return None
    return None


#: "The confident 23-year-old", "the Swiss star": "the" and up to three lower-case words.
_DESCRIBED_PERSON = lazy_compile(r"[Tt]he((?:[ \u00a0]+[\w\-]+){1,3})")


_AN_AGE = lazy_compile(r",[ \u00a0]+\d{1,3},")


def people_named(text: str, state: State) -> list[str]:
    """The people a stretch of the reporter's text names, by their fullest names."""
    found: list[str] = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = clean_name_words(run.group(0).split())
        while words and fold(words[0]) in _NOT_A_VIEW_OPENING:
            words = words[1:]
        name = named_person(words, state)  # "Sir Elton": Elton John
        if name and known_person(name, state):
            found.append(name)
    return found


_CAPITALISED_RUN = lazy_compile(rf"[{CAPITALS}][\w'’\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’\-]*)*")


def _conjunct_subjects(
    text: str, start: int, stop: int, state: State, joints: list[int]
) -> list[tuple[int, str]]:
    """People who open a clause joined by "and" or "but" ("… of leaders Barcelona and
    Owen is confident …", "… but Ivan Helguera headed …"): later in the sentence than
    its subject, so the latest a he/she after it may mean. Not a second name of a
    subject ("Lee and Owen said")."""
    found: list[tuple[int, str]] = []
    first = bisect.bisect_left(joints, start)
    for joint in joints[first : bisect.bisect_left(joints, stop, first)]:
        opener = FIRST_NAME_RUN.match(text, joint, stop)
        if opener is None or opener.group(0).endswith(("'s", "’s")):
            continue
        rest = text[opener.end() : min(stop, opener.end() + 40)].lstrip()
        verb = WORD_RE.match(rest)
        word = verb.group(0) if verb is not None else ""
        word = before_negation(word, rest[len(word) : len(word) + 2])  # "isn't"
        if not singular_verb(word):
            continue  # "… and Fantastic Four characters": no clause of its own
        before = text[max(start, joint - 45) : joint - 5].split()
        last = bare_word(before[-1]) if before else ""
        if last in PRONOUNS or (last and before[-1][:1].isupper() and known_person(last, state)):
            continue  # "Lee and Owen said", "he and Barker were": one subject of two
        words = clean_name_words(opener.group(0).split())
        if len(words) > 1:
            words = strip_title(words)[0]
        if not words:
            continue
        name = state.names.fullest(" ".join(words))
        if " " in name and known_person(name, state):
            found.append((opener.start(), name))
    return found


def _joints(text: str) -> list[int]:
    """Where a capitalised word follows " and " or " but " (str.find: most sentences
    have an "and", few a capital after it)."""
    found = []
    for joint in (" and ", " but "):
        at = text.find(joint)
        while at >= 0:
            after = at + 5
            if after < len(text) and text[after].isupper():
                found.append(after)
            at = text.find(joint, after)
    return sorted(found)


#: An age between a name and its verb: ", 29, ".
_AN_AGE_AFTER = lazy_compile(r",[ \u00a0]\d{1,3},[ \u00a0]")


#: A question put to someone named, then (the text read ending there) the question: 'put
#: it to … Kirsty Hale of the fire service: "Is the worst over?"'.
_QUESTION_PUT_TO = lazy_compile(
    r"\b(?:put|posed|asked)[ \u00a0][^.:;!?\"“”]{0,30}?\bto[ \u00a0](?:[a-z]+[ \u00a0]){0,3}"
    rf"([{CAPITALS}][\w'’\-]*(?:[ \u00a0][{CAPITALS}][\w'’\-]*){{1,3}})"
    r"(?:[ \u00a0](?:of|at|from)[ \u00a0][^.:;!?\"“”]{1,40})?:[ \u00a0]*(?:[\"“]|$)"
)


#: "The elder Karalis", "the younger Mr O'Mahony": one of several of a surname.
_SENIORITY_OPENS = lazy_compile(
    rf"[Tt]he[ \u00a0]+(?:elder|younger|older)[ \u00a0]+(?:(?:Mr|Mrs|Ms|Miss)\.?[ \u00a0]+)?"
    rf"[{CAPITALS}][\w'’\-]*"
)


#: Words opening a sentence whose subject a description is: "The woman …".
_ARTICLE_OPENERS = frozenset({"The", "A", "An", "This", "That"})


#: "The woman, I later learned, is named Kaylee Brandvold": a description, then the
#: name it is given; the description's noun is read to tell a person from a horse.
_IS_NAMED = lazy_compile(
    r"(?:The|An?|This|That)[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){0,2}?([a-z][\w\-]*)"
    r"(?:,[^,.;!?\"“”]{1,40},)?[ \u00a0]+(?:is|was)[ \u00a0]+(?:named|called)[ \u00a0]+"
    rf"([{CAPITALS}][\w'’\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’\-]*){{1,3}})(?=[.,;]|[ \u00a0]and\b)"
)


#: Subordinators opening a clause before the main one: "When I read that line to Ruth,".
_CLAUSE_OPENERS = frozenset({"When", "After", "As", "Once", "Before", "While", "Until", "Since"})


#: Words before the one an opening clause addresses: "to Ruth", "asked Pellow", "met Ann".
_TO_WHOM = word_set("to asked ask asks told tell tells met meet meets reached reach phoned")


#: A he or she opening a main clause, then its verb: "she laughed".
_HE_OR_SHE_OPENS = lazy_compile(r"(he|she|his|her)[ \u00a0]+[a-z]")


#: Someone described, then named: "a retired builder named Kevin Prentice".
_SOMEONE_NAMED = lazy_compile(
    r"[Aa]n?[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){0,2}([a-z][\w\-]*)[ \u00a0]+(?:named|called)"
    rf"[ \u00a0]+([{CAPITALS}][\w'’\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’\-]*){{0,3}})"
)


#: Playing positions that read as places or things on their own ("the centre said").
_POSITIONS = word_set("centre center wing lock hooker flanker")


#: Lower-case words ending in a role, then a capital: " centre Jamie", " chief executive Ann".
_LOWER_ROLE = lazy_compile(
    rf"[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){{0,2}}([a-z][\w\-]*)[ \u00a0]+(?=[{CAPITALS}])"
)


#: After a possessive opener: " aide, James Park," (a role of up to four words, then a name).
_POSSESSED_NAMED = lazy_compile(
    r"[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){0,3}[a-z][\w\-]*,[ \u00a0]+"
    rf"([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{0,3}}),"
)


#: The end of a possessive in a capitalised run: "Wenger's" of "But Wenger's Bayern".
_OWNER_END = lazy_compile(r"['’]s(?=[ \u00a0]|$)")


#: After a possessive opener, with no commas: " Bayern counterpart Felix Magath", "
#: minister of sport Jaime Lissavetzky" (one capitalised modifier at most, up to three
#: lower-case words with a role among them, then a name of two words or more).
_POSSESSED_ROLE_NAME = lazy_compile(
    rf"[ \u00a0]+(?:[{CAPITALS}][\w\-]*[ \u00a0]+)?((?:[a-z][\w\-]*[ \u00a0]+){{0,2}}"
    rf"[a-z][\w\-]*)[ \u00a0]+([{CAPITALS}][\w'’.\-]*(?:[ \u00a0]+[{CAPITALS}][\w'’.\-]*){{1,3}})"
)


THE_ROLE = lazy_compile(r"[Tt]he[ \u00a0]+([A-Za-z]+)(?=[ \u00a0])")
#: Where someone is, set off by commas between a subject and its verb: ", from behind
#: the sewing machine,".
_PLACE_ASIDE = lazy_compile(
    r",[ \u00a0]+(?:from|at|in|on|behind|beside|inside|outside)[ \u00a0][^,.;:!?\"“”]{1,60},"
)
#: "The 24-year-old", maybe "from Boulder, Colorado,": a person by age, and where from.
_THE_AGED = lazy_compile(
    r"[Tt]he (\d{1,3})-year-old(?: (?:from|of) [A-Z][\w\-]*(?:,? [A-Z][\w\-]*){0,3},?)?"
)


#: "the former Cabinet Secretary": an office by its capitalised title, before a verb.
_THE_OFFICE = lazy_compile(
    r"[Tt]he (?:(?:former|outgoing|incoming|acting|interim) )?(?:[A-Z][a-z]+ ){0,2}"
    r"(?:Secretary|Minister|President|Governor|Commissioner|Chancellor|Speaker)(?= [a-z])"
)


#: Words opening a sentence with an adverbial or a clause before its subject.
CLAUSE_OPENERS = word_set(
    "after before when while once as although though if because since during in on at "
    "despite following later earlier then still meanwhile now today yesterday last by "
    "with without for from under over until unless soon instead finally eventually a an the "
    "according born raised educated back outside inside elsewhere across near nearby behind "
    "beyond around along throughout within overseas abroad afterwards afterward here there "
    "beside alongside among amid asked pressed questioned challenged towards toward"
)


def _one_role(words: list[str]) -> bool:
    """Whether the lower-case words before a name are one role ("city's deputy mayor for
    infrastructure"), not a thing and a clause about it ("company her late father
    founded", "teenager who stabbed his grandson"): no determiner, pronoun, relative
    word or form of "be" past the first word, but right after a preposition."""
    for before, word in itertools.pairwise(words):
        if fold(word) in _CLAUSE_IN_ROLE and fold(before) not in _ROLE_PREPOSITIONS:
            return False
    return True


#: Words that open a clause or a second noun phrase inside a role's words.
_CLAUSE_IN_ROLE = NOUN_PHRASE_OPENERS | frozenset(BE) | word_set("who whom whose which where")


#: Prepositions after which a role's words may hold an article: "head of the …".
_ROLE_PREPOSITIONS = word_set("of on for at in to")


#: What opens `_RELATIVE_NAMED` but a possessive name.
_ROLE_OPENERS = frozenset(
    {"His", "Her", "Their", "That", "This", "The", "A", "An", "One", "Another"}
)
_INDEFINITE_OPENERS = frozenset({"A", "An", "One", "Another"})


#: A capitalised run that owns what follows: "Kayleigh's", "Duke of Ardleigh's".
_OWNER_RUN = rf"[{CAPITALS}][\w\-]*(?:[ \u00a0]+(?:of|[{CAPITALS}][\w\-]*)){{0,4}}"


#: A sentence opening on a relative or a role named by the article, then their name:
#: "That daughter, Nina Dolan,", "His lawyer, Ann Lee,", "Their coach, Pete Hale,".
_RELATIVE_NAMED = lazy_compile(
    rf"(?:{'|'.join(sorted(_ROLE_OPENERS | {w.lower() for w in _ROLE_OPENERS}))}"
    rf"|{_OWNER_RUN}['’]s)"
    r"((?:[ \u00a0]+[a-z][\w\-'’]*){1,6}?)(?<![ \u00a0]of)(?<![ \u00a0]the)(?<![ \u00a0]for)"
    r"(?<![ \u00a0]at)(?<![ \u00a0]in)(?<![ \u00a0]from)(?<![ \u00a0]near)(?<![ \u00a0]on)"
    r",?[ \u00a0]+"  # not "leader of the Civic Alliance,": a body; nor "landlord in Tai Po,"
    rf"([{CAPITALS}][\w'’.\-]*"
    rf"(?:{NAME_GAP}[{CAPITALS}][\w'’.\-]*){{0,3}})"
    r"(?:[ \u00a0]+\([^()]{1,12}\))?(?=,)"  # "Jo Kerr (Lab),": her party
)


#: What a person has about them, opening a sentence about that person as a feature
#: writes: "Betancourt's phone buzzes", "Lee's voice cracks".
_BELONGINGS = word_set("phone cellphone voice eyes face hands truck car van pickup kitchen")


#: An object pronoun for a person: "… earned him the award".
_HIM_OR_HER = lazy_compile(r"[ \u00a0](?:him|her)[ \u00a0,.]")


#: What a person leads that a sentence may make its subject in their stead.
_OWNED_GROUPS = word_set("team lab laboratory group staff campaign family company firm")


#: Lower-case words that open no predicate: relatives, conjunctions, prepositions.
_NOT_A_PREDICATE = PREPOSITIONS | ARTICLES | CONJUNCTIONS | word_set("who whom whose which that")


#: ", a resident of the area," or ", Welsh secretary of the BMA," after a name: an
#: appositive introducing a person.
_APPOSITIVE = lazy_compile(
    r",[ \u00a0]+(?:\d{1,3},[ \u00a0]+)?"
    r"(?:(?:a|an|the|now|then|who|whose)[ \u00a0]|[A-Z][a-z]+(?:['’]s)?[ \u00a0]+[a-z]"
    r"|(?:[A-Z][\w\-]*[ \u00a0]+){1,3}?[A-Z][\w\-]*['’]s[ \u00a0]"  # ", Northern Lynx’s CEO,"
    r"|[a-z][\w\-]*[ \u00a0]+(?:of|at|for)[ \u00a0]"  # ", head of the …,"
    r"|(?:of|from)[ \u00a0]+[A-Z]"  # ", 52, of Char Bhabanipur,"
    r"|[a-z][a-z\-]*ing[ \u00a0]"  # ", making her debut,"
    # ", reached by phone,", ", reached later by phone,", ", named man of the match,"
    r"|[a-z]+ed[ \u00a0]+(?:(?:later|earlier|again|[a-z]+ly)[ \u00a0]+)?"
    r"(?:by|in|at|on|from|with|for|to|[a-z]+[ \u00a0]+of)[ \u00a0])"
    r"[^,.;:!?\"“”]{1,120},"
    r"|,[ \u00a0]+\d{1,3},"  # "Martinez, 32, beat …": an age alone
    # "Rennick-Osei, for her part, seemed …": an aside, no appositive, before the verb.
    rf"|{SUBJECT_ASIDE}"
    # "Lan, on her lunch break, was …": where or when, between the subject and its verb.
    r"|,[ \u00a0]+(?:on|in|at|during|after|before)[ \u00a0]+(?:his|her|their)[ \u00a0]+"
    r"[a-z][^,.;:!?\"“”]{0,40},"
)


#: Words that open a sentence whose subject follows its verb: "Among those hit is …".
_INVERTING = frozenset({"Among", "Also", "Less", "More", "Joining", "Leading", "Behind"})


#: Openers of a place, inverting only before a role: "At the controls was driver Oda Shinji".
_PLACE_INVERTING = frozenset({"At", "In", "On", "Inside", "Outside", "Beside", "Alongside"})


_INVERTED_SUBJECT = lazy_compile(
    r"[^.;:!?\"“”]{0,80}? (?:is|was|are|were) (?:\d{1,3}-year-old )?"
    # "was dairy farmer Huw Jones": up to three role words before the name (and an age:
    # "was 84-year-old Nora Brien"); "was Roudier’s own daughter, Léa Roudier": a
    # relative, whose owner is named.
    rf"(?:(?:(?:[{CAPITALS}][\w\-]*['’]s|his|her|their) )?"
    r"((?:[a-z][\w\-]* ){0,2}([a-z][\w\-]*)),? )?"
    rf"([{CAPITALS}][\w'’\-]+(?:{NAME_GAP}[{CAPITALS}][\w'’\-]+){{1,3}})(?=[ ,.])"
)


#: "… and a handful of others were": people joined to a name as a subject, in lower case.
_AND_SOME_WERE = lazy_compile(r" and(?: [a-z][a-z\-]*){1,5}? (?:were|are|have|had)\b")


#: An adverb between a subject and its verb: "GateHouse reportedly laid off …".
_ADVERB_FIRST = lazy_compile(r"^[ \u00a0]+[a-z]+ly(?=[ \u00a0])")


#: Words that open a phrase before a name, not the name: "With Jools Holland, …".
NOT_A_NAME_OPENING = NOT_SUBJECT | OPENING_PREPOSITIONS


#: The same, and what opens a view or a comparison before a name: "None more so than
#: Henson", "According to … Federer".
_NOT_A_VIEW_OPENING = NOT_A_NAME_OPENING | word_set("none according")
