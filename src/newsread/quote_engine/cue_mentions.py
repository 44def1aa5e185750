"""Who a cue beside a quotation names.

A cue verb before or after the quotation, a colon introduction, a cue between dashes,
a passive, or the noun phrase that opens a sentence.
"""

from __future__ import annotations

import re

from newsread.cues import CUE_SET, QUOTATION_NOUNS, SPEAKER_AFTER, CueMatch
from newsread.lazyre import lazy_compile
from newsread.quote_engine.resolution import (
    BODY_HEADS,
    GROUP_WORDS,
    POSSESSIVE_PRONOUNS,
    resolve,
)
from newsread.quote_engine.state import Speaker, State, gender_of
from newsread.quote_engine.vocabulary import (
    ORG_HEADS,
    ROLES,
    described_by_role,
    known_person,
    org_name,
    person_noun,
    verb_follows,
)
from newsread.speakers.given_names import MEN, WOMEN
from newsread.speakers.mentions import mention_from_words
from newsread.speakers.phrases import object_after, past_dateline, subject_before
from newsread.speakers.words import (
    OUTLET_NOUNS,
    POSSESSED,
    SUBORDINATORS,
    WRITINGS,
    Mention,
    bare_word,
    fold,
    ly_adverb,
    person_like,
)
from newsread.titlecase import ARTICLES
from newsread.wordlists import IRREGULAR_PAST, word_set

#: How far from a quote the engine looks for its cue and speaker (characters); also
#: what keeps the work per quote bounded on pathological input.
WINDOW = 600


#: The forms of "be".
BE = ("is", "are", "was", "were", "be", "been", "being")


#: An aside in a quotation between dashes, its cue first or last: "—warns Marta Olazábal,
#: spokeswoman for the platform—", "—Bermejo said at a press conference—".
_DASHED_CUE = lazy_compile(
    r"[—–][ \u00a0]?(?:([a-z]+)[ \u00a0]+([^—–]{2,120}?)|([^—–]{2,60}?)[ \u00a0]+([a-z]+)"
    # the cue last, with only a phrase of place or time after it: "—Bermejo said at a
    # press conference—" (not "—Bob Ray says it costs millions—")
    r"(?:,?[ \u00a0]+(?:at|in|on|to|during|from|after|before|while|with)\b[^—–]{0,80}?)?)"
    r"[ \u00a0]?(?:[—–]|$)"
)


def cue_between_dashes(inner: str) -> Mention | None:
    """Who an aside between dashes inside a quotation says is speaking, if any."""
    for aside in _DASHED_CUE.finditer(inner):
        verb, who, subject, last = aside.groups()
        if verb is not None and verb in CUE_SET:
            found = object_after(who)
        elif last is not None and last in CUE_SET and subject[:1].isupper():
            found = subject_before(subject)
        else:
            continue
        # A person, named or by role; not "—says article 14—", "—says the manual—".
        if found is not None and (
            (found.kind == "name" and not org_name(found.name) and found.name[:1].isupper())
            or described_by_role(Speaker(found.name, "description"))
        ):
            return found
    return None


def cue_after(right: str, cues: list[CueMatch]) -> tuple[str, Mention | None] | None:
    """A cue verb after the quote in the same sentence: '," X said' or '," said X'."""
    if not cues:
        return None
    # '"…," an official, who asked not to be named, said': a cue inside a relative
    # clause is not the quote's.
    match = next((c for c in cues if not _IN_RELATIVE.search(right, 0, c.start())), cues[0])
    between = right[: match.start()]
    cue = match.group(0)
    folded = fold(cue)
    if folded in SPEAKER_AFTER:
        return cue, _named_after(right[match.end() :])
    quoted = QUOTED_AS.match(right, match.end()) if folded == "quoted" else None
    if quoted is not None:
        # '," the newspaper quoted an insider as saying': the insider said it.
        return cue, object_after(quoted.group(1)) or UNSAID
    words = between.strip(" ,—–-\u00a0:")
    if folded == "quoted":
        # '"…," the Arsenal boss is quoted as saying': who is quoted said it.
        words = _PASSIVE_BEFORE.sub("", words + " ").strip()
    # With a subject before "told", the object is who was told ('… car maker told BBC
    # News'); right after the quote ('," instructed Nora Blake') it is who spoke.
    addressee = bool(words) and folded in ADDRESSED
    after = None if addressee else object_after(right[match.end() :])
    named_after = after is not None and after.kind == "name"
    if words and fold(words.split()[0]) in _PREPOSITIONS_AFTER_QUOTE and named_after:
        # '"…" with its product range, said Mr Learmount': the speaker follows the verb.
        return cue, after
    if words:
        if len(words.split()) > 14:
            # '"…," Tom Reardon, a plant worker who has … since 1998, said': the subject
            # before its long appositive.
            head, comma, _ = words.partition(",")
            subject = head.split()
            before_appositive = (
                mention_from_words(subject)
                if comma
                and 0 < len(subject) <= 5
                and (subject[0][:1].isupper() or fold(subject[0]) in {"the", "a", "an", "one"})
                else None
            )
            if before_appositive is None or before_appositive.kind == "pronoun":
                return None
            return cue, before_appositive
        mention = subject_before(words)
        return cue, mention if mention is not None else after
    named = right[match.end() : match.end() + 8].split()[:1]
    if folded in _CALLING and named and bare_word(named[0]) in {"it", "them", "this", "that"}:
        return None  # 'the slogan "Four days, full life," calling it …': a name for a thing
    return cue, after


def according_to_opening(text: str, start: int, end: int) -> tuple[str, Mention] | None:
    """ "According to a source at the ministry, ministers were told the plan would fail
    "within the hour"": a sentence (from `start`) that opens by naming its source,
    whose words a quote later in it (at `end`) is, when no verb of its own says whose."""
    opening = _ACCORDING_OPENS.match(text, start, end)
    if opening is None:
        return None
    named = _named_after(opening.group(2))
    return (opening.group(1), named) if named is not None else None


#: "According to …," opening a sentence, up to its comma.
_ACCORDING_OPENS = lazy_compile(r"[\s\"“”']*(According to) ([^,;:.!?\"“”]{2,80}),")


def _named_after(text: str) -> Mention | None:
    """Who "according to" names: a name or description, or a pronoun ("According to
    her, "…"")."""
    found = object_after(text)
    if found is None:
        first = [word.strip(".,;:") for word in text.split(None, 1)[:1]]
        if first and bare_word(first[0]) in {"her", "him", "them"}:
            return mention_from_words(first)
    return found


#: Participles that name what they are said of: '"…," calling it'.
_CALLING = word_set("calling describing dubbing branding labelling labeling terming")


#: Words that open a phrase continuing the quote's sentence, not a subject.
_PREPOSITIONS_AFTER_QUOTE = frozenset({"with", "in", "on", "at", "for", "from", "to", "of", "by"})


QUOTED_AS = lazy_compile(r"[ \u00a0]+([^,;.!?\"“”]{1,80}?)[ \u00a0]+as[ \u00a0]+say(?:ing|s)?\b")


#: A preposition governing a gerund cue: "for calling", "after saying", "by describing".
_GERUND_ENDINGS = ("for", "after", "before", "by", "without", "on")


_GERUND_AFTER = lazy_compile(rf"\b(?:{'|'.join(_GERUND_ENDINGS)})[ \u00a0]+$", re.I)


#: The ends of compound modifiers, after which a word in "-s" is a plural noun, no verb.
_COMPOUND_MODIFIERS = ("-based", "-owned", "-listed", "-run", "-led", "-born", "-funded")


#: An aside between a subject and its verb, which names no one: "Moriarty,
#: unsurprisingly, saw", "Coughlan, by contrast, was", "Rennick-Osei, for her part, seemed".
SUBJECT_ASIDE = (
    r",[ \u00a0]+(?:for[ \u00a0]+(?:his|her|their|its)[ \u00a0]+part|meanwhile|however"
    r"|though|too|in[ \u00a0]+turn|in[ \u00a0]+contrast|by[ \u00a0]+contrast|[a-z]{3,}ly),"
)
_SUBJECT_ASIDE = lazy_compile(SUBJECT_ASIDE)


#: An unclosed relative clause: ", who asked not to be named" before a later cue.
_IN_RELATIVE = lazy_compile(r",[ \u00a0]+(?:who|which|whose)\b[^,;.]*$")


#: The mentions a look-back past a passive takes as the earlier verb's subject: a name or
#: a pronoun ("It said parts had been ordered …").
_WHO = frozenset({"name", "pronoun"})


def ends_with_comma(text: str) -> bool:
    """Whether a clause ends at the end of `text`: a comma, or one inside a quotation's
    closing mark ('the slogan "Four days, full life," calling it')."""
    end = text.rstrip()
    if end.endswith(("ly", "so", "er", "en", "in")):  # the cheap test first
        # "…, simply adding", "…, later adding": an adverb before the participle ends no
        # clause.
        rest, _, adverb = end.rpartition(" ")
        end = rest if ly_adverb(adverb) or adverb in _BEFORE_A_PARTICIPLE else end
    return end.endswith(",") or end[-2:] in {',"', ",”", ",’"}


#: Adverbs other than "-ly" ones that stand between a comma and a participle.
_BEFORE_A_PARTICIPLE = frozenset({"also", "later", "then", "again"})


def _quoted_words(words: str, text: str) -> bool:
    """Whether `words` stand in `text` right inside quotation marks."""
    at = text.find(words)
    return at > 0 and text[at - 1] in _OPENING_MARKS


def cue_before(
    left: str,
    cues: list[CueMatch],
    right: str = "",
    head: str = "",
    head_cues: list[CueMatch] | None = None,
    *,
    look_back: bool = True,
    subject_only: bool = False,
) -> tuple[str, Mention | None] | None:
    """The last cue verb before the quote in its sentence: 'X said: "…' or 'X said that "…'.
    With `subject_only`, asked for the subject a later participle shares, not for
    whose words a quotation is.

    `head` is the start of the sentence when `left` begins later (after an earlier
    quote in the same sentence), with its cues: where a coordinated verb or a
    participle finds its subject.
    """
    if not cues:
        return None
    last = cues[-1]
    if len(cues) > 1 and _in_closed_relative(left, last):
        # "Ann Lee added that the plan, under which members have pledged cuts, remained
        # "…"": the relative clause's verb reports nothing; the verb before it does.
        return cue_before(left, cues[:-1], right, head, head_cues, look_back=look_back)
    cue = last.group(0)
    if fold(cue).partition(" ")[0] in QUOTATION_NOUNS:
        return None  # "Those were the words of the anthem: …": a text's, not a speaker's
    if fold(cue) in SPEAKER_AFTER:
        return cue, _named_after(left[last.end() :])
    rebuts = fold(cue) in _REBUTTALS and not subject_only
    claim = _CLAIM_THAT.match(left, last.end()) if rebuts else None
    if claim is not None and not any(mark in left[claim.end() :] for mark in ",:;"):
        # "rejected a claim by the leader of the Opposition that the Government is
        # "managing decline"": the claimant's words, not the rejecter's; unnamed without
        # a "by" ("dismissed claims that …"). (Only inside the claim's clause: not '…,
        # saying he was playing a "different" role', the rejecter's own words after it.)
        return cue, (object_after(claim.group(1)) if claim.group(1) else None) or UNSAID
    if fold(cue) in {"spoke of", "speaks of"}:
        spoken_of = left[last.end() :]
        if "," in spoken_of or len(spoken_of.split()) > 2:
            return None  # "spoke of his memoir, "A Promised Land"": a title, no words
    before = left[: last.start()]
    passive = passive_before(before[-40:])
    if (
        passive
        and cue.endswith("ing")
        and _BE_SIMPLE.search(before[-12:]) is not None
        and "what " not in before[-40:].lower()  # "This is what critics were saying:"
        # Not "The only thing he is asking for is "…"": what is asked, then the words.
        and _BE_SIMPLE.search(left[-12:]) is None
    ):
        passive = False  # "Mr Blair is saying:": a progressive (not "had been warning")
    if (
        not passive
        and before.rstrip().endswith(",")
        and _PAST_PARTICIPLE.fullmatch(fold(cue))
        and left[last.end() :].split() in ([], ["as"])
    ):
        # 'The plan, branded "a fantasy" by critics, failed': a participle set off by
        # commas, its quotation right after it and "by" right after that, is passive.
        passive = _BY_RIGHT_AFTER.match(right) is not None
    if fold(cue) == "quoted" and passive:
        # "Mr Houston was quoted in the Herald saying": who was quoted said it.
        quoted = subject_before(_PASSIVE_BEFORE.sub("", before))
        if quoted is not None:
            return cue, quoted
    if passive and fold(cue) in _APPROVED and len(cues) > 1 and look_back:
        # "She said the leave was agreed by an adviser "in conjunction with officials"":
        # approved, no speech; the words are in what the earlier verb's subject said.
        earlier = cue_before(before, cues[:-1], right, head, head_cues, look_back=False)
        if earlier is not None and earlier[1] is not None:
            return earlier
    if passive:
        # 'the "harbour tax" was called a "scam"': the subject is what was spoken of;
        # the speaker, if any, follows "by".
        agent = _BY_AGENT.match(left, last.end())
        if agent is not None:
            return cue, object_after(left[agent.end() :]) or UNSAID
        agent = _BY_AGENT_AFTER.match(right)
        found = object_after(right[agent.end() :]) if agent is not None else None
        folded = fold(cue)
        # ("Parts had been ordered": bought, not told.)
        addressed = folded in ADDRESSED and folded != "ordered"
        told_or_named = addressed or folded in NAMING or folded == "described"
        colon = left.rstrip().endswith(":")
        if found is None and len(cues) > 1 and look_back and not (colon or told_or_named):
            # "Gillani said governments had been warned about the crisis "for a decade"":
            # no agent; the words are in what the earlier verb's subject said (not "she
            # was told she was "too heavy"", words said to her, nor "was described as
            # "incomplete" in a letter", the describer's).
            earlier = cue_before(before, cues[:-1], right, head, head_cues, look_back=False)
            if earlier is not None and earlier[1] is not None and earlier[1].kind in _WHO:
                return earlier
        return cue, found or UNSAID
    if cue.partition(" ")[0].endswith("ing") and ends_with_comma(before):
        # A participle ("X said in an interview, arguing that …") shares the subject
        # of the clause it hangs from.
        main = _main_subject(before, cues[:-1])
        if len(cues) == 1 and head.strip() and before.lstrip()[:1] in _OPENING_MARKS:
            # 'Ann Lee said it was "a first", adding …': the clause and its verb began
            # before the earlier quotation, which is no subject.
            main = _main_subject(head, head_cues or [])
        if main is not None:
            return cue, main
    gerund = cue.endswith("ing") and _may_end_with(before, _GERUND_ENDINGS)
    governed = _GERUND_AFTER.search(before) if gerund else None
    if governed is not None:
        # "X has been banned for calling a referee 'a disgrace'": X called him that.
        main = _main_subject(before[: governed.start()], cues[:-1], governed=True)
        if main is not None:
            return cue, main
    # "Ms Reyes quit the party in March and has called …" (not inside a reported clause:
    # "Ms Khan said her neighbours had complained and had called …").
    # (After a comma, "…, but has warned" joins the main clause, however many verbs came
    # before: "X says its engineers will work on, but has warned …".)
    perfect = (len(cues) == 1 or _MAIN_PERFECT_JOINED.search(before) is not None) and (
        _PERFECT_JOINED.search(before) is not None
    )
    if ends_coordinated(before) or perfect:
        # "Civic Action has a road map … and suggests companies “…”": the verb shares
        # the subject of the clause it is joined to.
        joint = _PERFECT_JOINED if perfect else COORDINATED
        clause = head or joint.sub("", before)
        if before.rfind("(") > before.rfind(")"):
            # "(the company would not say but called it …)": the bracket's own clause.
            clause = joint.sub("", before[before.rfind("(") + 1 :])
        # "US Customs claimed … but his lawyer, Ann Lee, told … and added": the verb is
        # joined to the nearest main clause, the one after "but".
        joined = [m.end() for m in _MAIN_CLAUSE_JOIN.finditer(clause)]
        main = opening_subject(clause[joined[-1] :]) if joined else None
        who = clause.rfind(", who ")
        relative = clause[who + 6 :] if who > 0 else ""
        host: Mention | None = None
        if who < 0 and " who " in clause:  # the cheap test first
            # "… Teodoro Salas, a graduate student who runs the trials and describes": the
            # relative clause hangs from the appositive, whose host it describes.
            described = _DESCRIBED_WHO.search(clause)
            host = _name_ending(clause[: described.start()]) if described is not None else None
            acted_on = described is not None and _PASSIVE_RELATIVE.match(clause, described.end())
            if described is not None and (_object_pronoun(left[last.end() :], host) or acted_on):
                # "hired Ann Lee, a lawyer who … and called her": not Ann; "treated Ann Lee,
                # a cyclist who was hit by a lorry and described": not one acted on either.
                described = None
            if described is not None:
                who, relative = described.start(1), clause[described.end() :]
        closed = COORDINATED.sub("", relative).rstrip().endswith(",")
        if main is None and relative and not closed:
            # (Not "Mr Zelensky, who thanked him for the aid, and hailed": the relative
            # clause ended at its comma; the main clause's subject hailed.)
            # "… criticism from critic Brent Lachance, who said … and called the minister
            # "…"": the verb is joined to the relative clause's, whose subject is its host.
            main = host or subject_before(clause[:who])
        main = main or opening_subject(clause)
        if main is None or (main.kind == "pronoun" and main.name == "it"):
            # "It was after 11 p.m. when Minister Ann Lee stepped out … and told": a cleft
            # opening, whose clause after "when" has the subject.
            when = [m.end() for m in _CLEFT_WHEN.finditer(clause)]
            named = opening_subject(clause[when[-1] :]) if when else None
            main = named if named is not None and named.kind == "name" else main
        if main is not None:
            return cue, main
    if before.rstrip().endswith(_CLOSING_MARKS):
        # '"…," said Anthony Sebok, a professor, adding that …': the verb's subject
        # follows it, after the earlier quotation.
        after = object_after(left[last.end() :])
        if after is not None and after.kind in {"name", "description"}:
            return cue, after  # '"…," said the prime minister, "…"' too
    if head.strip() and _QUOTATION_THEN_COMMA.fullmatch(before):
        # 'The actor, who stars in "Salt Crown", told …': the quotation ends a clause
        # (or stands in one) about the subject, which stands before it, in the head.
        mention = subject_before(head + before)
    else:
        mention = subject_before(before) if before.strip() else None
        if mention is not None and _quoted_words(mention.text, before):
            # '"no meaningful recovery" in orders and expected': an earlier fragment's
            # words, no subject; the sentence's is read below.
            mention = None
    if mention is None and head.strip() and before.lstrip()[:1] in _OPENING_MARKS:
        # 'The influencer, who posts as "BrunchBandit" and has 9,000 followers, called
        # …': the subject stands before the earlier quotation, in the sentence's head.
        mention = subject_before(head + before)
    if mention is None and cue.endswith("ing") and before.strip():
        # "the Tory leader will argue against it saying": the clause's subject.
        mention = _main_subject(before, cues[:-1])
    if mention is None and fold(cue) in ADDRESSED and before.strip():
        # "The singer of Because the Night told The Observer that …": whoever the
        # subject is, the one told is not the speaker.
        return cue, UNREAD
    if mention is None:
        # "…, said X, that …" or a passive: look after the verb. Inside a clause
        # ("… and suggests companies “…”") a common noun there is the verb's object.
        mention = object_after(left[last.end() :])
        inside_clause = before.strip() and before.rstrip()[-1] not in ",:;—–\"”'’"
        if mention is not None and mention.kind != "name" and inside_clause:
            mention = UNSAID  # said, by someone the sentence does not name here
    if look_back and mention is not None and _a_thing(mention) and len(cues) > 1:
        # "Charles Williams said talks with Disney's producers revealed there was "…"":
        # talks say nothing; the quote is in what the earlier verb's subject said (one
        # verb back, never further).
        earlier = cue_before(before, cues[:-1], right, head, head_cues, look_back=False)
        # Not "X announced plans, in a move branded a "…" by the Tories": said by them.
        by_agent = _BY_AGENT_AFTER.match(right) is not None
        if not by_agent and earlier is not None and earlier[1] and earlier[1].kind == "name":
            return earlier
    return cue, mention


#: Nouns for what cannot speak, though a reporter's verb may follow them ("talks
#: revealed", "figures showed"); a description ending in a verb is no speaker either.
_MUTE_NOUNS = word_set(
    "talks aid figures data results interviews move decision plan deal changes rules "
    "evidence tests checks meeting meetings discussions negotiations sales profits prices "
    "numbers statistics trials asylum economy video address clip footage"
)


#: Recordings that speak for whoever made them, when the text names the maker.
_MEDIA = word_set("video address clip footage")


def _a_thing(mention: Mention) -> bool:
    """A description of something that cannot speak ("talks", "the figures"), not of a
    person, a body, a group or a document."""
    if mention.kind != "description":
        return False
    head = fold(mention.name.split()[-1])
    authored = " by " in mention.text or POSSESSED.search(mention.text.split()[0]) is not None
    if head in _MEDIA and authored:
        return False  # "a video by the governor", "the minister's address": theirs
    if head not in _MUTE_NOUNS and not (head.endswith("ed") or head in IRREGULAR_PAST):
        return False  # "the hospital confirmed", "the band described": they speak
    singular = head[:-1] if head.endswith("s") else head
    return not (
        person_noun(head)
        or person_noun(singular)
        or head in ROLES
        or singular in ROLES
        or head in ORG_HEADS
        or singular in ORG_HEADS
        or head in BODY_HEADS
        or head in GROUP_WORDS
        or singular in WRITINGS
        or head in WRITINGS
        or head in OUTLET_NOUNS
    )


#: Verbs that can name a thing rather than report speech: "a podcast called X".
NAMING = word_set("called named termed dubbed titled entitled labelled labeled")


#: Where a second main clause opens inside a sentence: "…, but his lawyer said …".
_MAIN_CLAUSE_JOIN = lazy_compile(r"(?:[ \u00a0]but|[ \u00a0]while|[ \u00a0]whereas|;)[ \u00a0]+")


_CLOSING_MARKS = ('"', "”", "’")


def _in_closed_relative(left: str, cue: CueMatch) -> bool:
    """Whether the cue stands in a relative clause set off by commas that closes before
    the quotation: ", under which members … have pledged extra cuts,"."""
    opened = left.rfind(", ", 0, cue.start())
    after = left[cue.end() :]
    if opened < 0 or ", " not in after:
        return False
    # (Not "Ms Lee, who told a radio station on Monday, before the vote, that …": the
    # relative clause's own report goes on to the quotation.)
    if after.rpartition(", ")[2].lstrip().startswith("that "):
        return False
    return _RELATIVE_OPENING.match(left, opened + 2) is not None


#: What opens a relative clause after a comma: "who", "which", "under which", "in whose".
_RELATIVE_OPENING = lazy_compile(
    r"(?:(?:under|in|by|from|for|to|of|with|at)[ \u00a0]+)?(?:who|whom|which|whose)\b"
)


def _object_pronoun(after_cue: str, host: Mention | None) -> bool:
    """Whether the verb's object is a "her" or "him" the relative clause's host may be
    (of a sex their given name does not deny), whom the verb's subject then is not."""
    words = after_cue.split(None, 1)
    pronoun = bare_word(words[0]) if words else ""
    if host is None or pronoun not in {"her", "him"}:
        return False
    given = fold(host.name.split()[0])
    return given not in (MEN if pronoun == "her" else WOMEN)


#: A relative clause in the passive: "who was hit by a lorry" (not "who is known for",
#: "who is running for mayor").
_PASSIVE_RELATIVE = lazy_compile(
    r"(?:was|were|had[ \u00a0]+been|has[ \u00a0]+been)[ \u00a0]+"
    r"(?:[a-z]+(?:ed|en)|hit|shot|struck|hurt|cut|knocked|run)\b"
)


def _name_ending(text: str) -> Mention | None:
    """The person's name that ends `text`, however long the clause it ends: "Much of the
    day-to-day labor falls to Teodoro Salas"."""
    words = text.split()
    start = len(words)
    while start and words[start - 1][:1].isupper():
        start -= 1
    run = words[start:]
    return mention_from_words(run) if len(run) > 1 and person_like(run) else None


#: An appositive's description and the "who" after it: ", a graduate student who ".
_DESCRIBED_WHO = lazy_compile(r", an? (?:[a-z][\w\-]* ){0,4}?[a-z][\w\-]*( who )(?!.* who )")


#: Only an earlier quotation and the comma after it, before a cue: '"Salt Crown", told'.
_QUOTATION_THEN_COMMA = lazy_compile(
    r"\s*[\"“‘'][^\"“”]*(?:[\"”’'],|,[\"”’']"
    # '…, one of the so-called "Blair Babes" elected in 1997, told': a clause goes on.
    r"|[\"”’'][ \u00a0]+[a-z][^\"“”,]*,)\s*"
)


_OPENING_MARKS = ('"', "“", "‘", "'", "«", "„", "‚")


#: A verb joined to an earlier one in its sentence: "… and suggests", "… but added".
_JOINING = ("and", "but")


_AND_OR_BUT = rf"[ \u00a0](?:{'|'.join(_JOINING)})[ \u00a0]+(?:also[ \u00a0]+)?"


COORDINATED = lazy_compile(_AND_OR_BUT + "$")


#: The same in the perfect: "… and has called", "… but has insisted".
_PERFECT_JOINED = lazy_compile(_AND_OR_BUT + r"(?:has|have|had)[ \u00a0]+(?:also[ \u00a0]+)?$")


_MAIN_PERFECT_JOINED = lazy_compile(
    r",[ \u00a0]+(?:and|but)[ \u00a0]+has[ \u00a0]+(?:also[ \u00a0]+)?$"
)


#: A cleft's "when" or "that": "It was shortly after 11 p.m. when (Ann Lee …)".
_CLEFT_WHEN = lazy_compile(
    r"^It[ \u00a0]+(?:was|is)[ \u00a0].{0,150}?[ \u00a0](?:when|that)[ \u00a0]+"
)


#: Verbs that answer a claim, whose words a quotation in it are not.
_REBUTTALS = word_set("rejected rejects dismissed dismisses denied denies refuted refutes")
#: The claim answered, and who made it: " a claim by the leader of the Opposition that".
_CLAIM_THAT = lazy_compile(
    r"[ \u00a0]+(?:(?:a|an|the|their|his|her|its)[ \u00a0]+)?(?:[a-z\-]+[ \u00a0]+)?"
    r"(?:claims?|accusations?|suggestions?|charges?|allegations?|assertions?)"
    r"(?:[ \u00a0]+(?:by|from)[ \u00a0]+([^,;:]{2,80}?))?[ \u00a0]+that\b"
)


#: What a passive cue without an agent names: a quotation (so not a label), by nobody.
UNSAID = Mention("", "", "nobody")


#: What a cue names when its subject cannot be read: a quotation, by someone unknown,
#: whom the quotes around may still tell (unlike a passive's nobody).
UNREAD = Mention("", "", "unknown")


#: A simple form of "be" ending a text, before an "-ing" cue: a progressive.
_BE_SIMPLE = lazy_compile(r"\b(?:is|are|was|were|am)[ \u00a0]+$")


#: Cues whose passive means approved, not said: "the plan was agreed by the board".
_APPROVED = word_set("agreed accepted")


#: A form of "be" (and an adverb) just before a cue verb: the verb is passive.
_PASSIVE_BEFORE = lazy_compile(rf"\b(?:{'|'.join(BE)})[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?$", re.I)


#: How a text `_PASSIVE_BEFORE` matches ends: a form of "be", or an adverb's "-ly".
_PASSIVE_ENDINGS = (*BE, "ly")


def _may_end_with(text: str, endings: tuple[str, ...]) -> bool:
    """Whether a pattern that ends the text (or its last line) with one of `endings`, any
    case, and spaces could match it. A search of such a pattern tries every position of
    a text up to 600 characters long; this reads only its end. It rules a text out only
    when it is ASCII: a case-blind pattern's letters match "ſ" and the Kelvin sign, and
    its spaces the no-break space."""
    return not text.isascii() or text.rstrip(" \n").lower().endswith(endings)


def ends_coordinated(text: str) -> bool:
    """Whether "and" or "but" (and "also") ends the text: `COORDINATED` searched; or
    they and a short phrase of where or when ("…, and in his speech (told)")."""
    if _may_end_with(text, _COORDINATED_ENDINGS) and COORDINATED.search(text) is not None:
        return True
    if " and " not in text[-60:] and " but " not in text[-60:]:
        return False  # the cheap test first
    phrase = _JOINED_PAST_A_PHRASE.search(text)
    if phrase is None:
        return False
    # (Not "and in his speech he told", "after the vote campaigners told": a subject of
    # its own after the phrase.)
    words = [bare_word(w) for w in phrase.group(1).split()]
    return not any(w in _NO_PHRASE_WORDS for w in words) and not (
        words[-1].endswith("s") and person_noun(words[-1][:-1])
    )


#: "and" or "but", then a phrase of where or when, ending the text: "and in his speech",
#: "and in her closing remarks", "and at the packed town hall".
_JOINED_PAST_A_PHRASE = lazy_compile(
    r"[ \u00a0](?:and|but)[ \u00a0]+(?:in|at|on|during|after|with)[ \u00a0]+"
    r"(?:his|her|their|its|the|a|an)((?:[ \u00a0]+[a-z][\w\-]*){1,3})[ \u00a0]*$"
)
_COORDINATED_ENDINGS = (*_JOINING, "also")


#: Words that open a subject of its own inside such a phrase.
_NO_PHRASE_WORDS = frozenset(
    {"he", "she", "they", "we", "i", "it", "his", "her", "their", "its", "our", "the", "a", "an"}
)


def passive_before(text: str) -> bool:
    """Whether a passive's "was" (and an adverb) ends the text: `_PASSIVE_BEFORE` searched."""
    return _may_end_with(text, _PASSIVE_ENDINGS) and _PASSIVE_BEFORE.search(text) is not None


#: "… by the mayor": the agent of a passive cue, right after the verb or its object; not
#: the agent of another passive after it ("was told the outage was caused by a pump").
_NO_OTHER_PASSIVE = r"(?!\b(?:was|were|is|are|been|being)\b)"


_BY_AGENT = lazy_compile(rf"(?:{_NO_OTHER_PASSIVE}[^.;:!?\"“”]){{0,40}}?\bby[ \u00a0]+")


#: A cue in the past participle: "branded", "dubbed", "described".
_PAST_PARTICIPLE = lazy_compile(r"[a-z]+ed|called|dubbed")


#: "by" right after a quotation: '"a fantasy" by critics'.
_BY_RIGHT_AFTER = lazy_compile(r"[,.]?[ \u00a0]+by[ \u00a0]+")


#: The same after the quotation: 'was described as "…" and "…" by the commission'.
_BY_AGENT_AFTER = lazy_compile(rf"(?:{_NO_OTHER_PASSIVE}[^.;:!?]){{0,60}}?\bby[ \u00a0]+")


#: Verbs of a clause whose subject a colon's quotation is by: "was categorical:", "had a
#: warning:", "defines a blog as:", "the Rangers coach shrugged:".
_COLON_VERBS = word_set(
    "is are was were had has have remained seemed sounded defines defined struck offered gave"
    " shrugged shrugs smiled smiles grinned grins laughed laughs sighed sighs nodded nods"
)


#: Words of a clause before a colon that introduce words read, heard or handed over.
_NOT_SPOKEN = word_set(
    "found saw heard read received handed shown given sent spotted noticed discovered "
    "sign signs note notes banner placard poster message letter email text headline "
    "caption inscription graffiti voice"
)


#: Words between a subject and its verb: "Osbourne himself was", "the minister then was".
_ASIDE_WORDS = word_set("himself herself itself themselves also then still again once")


#: The nouns for what someone says that a colon's subject after "her" or "his" may be:
#: "Her message was simple:".
_WORDS_GIVEN = word_set(
    "pitch message answer advice response reply verdict view argument warning plea point "
    "explanation reasoning assessment instruction philosophy motto mantra take"
)


#: A participle's aside between commas: ", working as a pundit for Sky Sports,".
_PARTICIPLE_ASIDE = lazy_compile(r",[ \u00a0]+[a-z]+ing\b[^,:;]*,[ \u00a0]+")


def someone_before_colon(clause: str, state: State) -> Mention | None:
    """The subject of a clause that introduces a quotation with a colon and no cue verb,
    when its verb is "be" ("the finance minister was categorical:", "She was blunt:")
    and it is someone: a person or body the article names, a he or she, a role (not "The
    scene was chaotic:", nor "Ballot papers will ask:", nor "He saw a sign: "…"")."""
    # "Dion Ashcroft, working as a pundit for Sky Sports, was unequivocal:": the aside
    # stands between the subject and its verb.
    clause = _PARTICIPLE_ASIDE.sub(" ", clause, count=1) if "ing " in clause else clause
    found = opening_subject(clause)
    if found is None:
        return None
    after = clause[clause.find(found.text) + len(found.text) :].split()
    owner = POSSESSIVE_PRONOUNS.get(fold(found.text.split()[0]))
    if owner is not None and found.kind == "description" and fold(found.name) in _WORDS_GIVEN:
        # "Her pitch to factory managers is blunt:": her words, whatever the subject's
        # phrase holds before its verb; not "His argument was rejected by the judge:".
        if _COLON_VERBS.isdisjoint(map(bare_word, after[:5])) or "by" in after:
            return None
        return Mention(found.text, owner, "pronoun")
    verb = next((bare_word(w) for w in after if bare_word(w) not in _ASIDE_WORDS), "")
    if verb not in _COLON_VERBS or not _NOT_SPOKEN.isdisjoint(map(bare_word, after)):
        return None  # "Mr Petrov found a note on his windscreen:": words he read, not said
    if found.name in {"he", "she"}:
        return found
    if found.kind == "name":
        # A name the article also writes inside sentences; not a sentence's first word.
        known = known_person(found.name, state) or org_name(found.name)
        return found if known or " " in found.name or state.proper(found.name) else None
    head = fold(found.name.split()[-1]) if found.kind == "description" else ""
    someone = head in ROLES or person_noun(head) or head in ORG_HEADS
    return found if someone else None


def subject_shown(
    sentence: tuple[int, str, int], pronoun: str, before_open: int, state: State
) -> Speaker | None:
    """ "Asked about it, Venkataraman didn't flinch. '…,' she said": the person the
    sentence before, in the quote's paragraph, is about, when the article already showed
    that person to be a he or she as the pronoun is, and had named them before."""
    text = sentence[1].strip(" .\u00a0")
    if not before_open or text.startswith(('"', "“", "'", "‘")):
        return None  # (a quotation's words are no sentence of the reporter's own)
    if bare_word(text.rpartition(" ")[2]) in CUE_SET:
        return None  # "Mr Brown liked to …, the Tory leader said.": someone else's report
    # Both patterns need a negation (the cheap tests first: they open on an alternation
    # or a word boundary, and are tried at every position).
    contracted = "n’t" in text or "n't" in text
    if (contracted or "not" in text) and _NOT_SPEAKING.search(text) is not None:
        return None  # "Boyd couldn't be reached for comment.": someone else speaks
    # "didn’t flinch" read as "did not flinch", whose "did" is a verb.
    if contracted:
        text = _CONTRACTION.sub(_uncontracted, text)
    opener = sentence_opener(text, state)
    if opener is None or gender_of(opener, state) != pronoun:
        return None
    seen = any(speaker.name == opener.name for _, speaker in state.recent)
    return opener if seen else None


#: A negative contraction, read as the verb and "not": "didn’t", "won’t", "can’t".
_CONTRACTION = lazy_compile(r"\b([a-z]+)n[’']t\b")


def _uncontracted(match: re.Match[str]) -> str:
    verb = match.group(1)
    return f"{_CONTRACTED.get(verb, verb)} not"


#: Contractions whose verb is spelt otherwise: "won’t", "can’t", "shan’t".
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}


#: A sentence saying someone did not speak: "couldn't be reached", "did not say when".
NOT_SAID = (
    r"(?:did|does|do|could|would|was|were|has|have|had|is|are|will|can)(?:n[’']t|[ \u00a0]+not)"
    r"(?:[ \u00a0]+(?:immediately|yet|be|been))*[ \u00a0]+"
)


#: Unavailable for comment: "could not be reached", "did not respond".
UNAVAILABLE = r"reached|available|respond|return(?:ed)?|comment"


#: Unavailable, or saying nothing of it: "did not say when", "didn't mention".
_NOT_SPEAKING = lazy_compile(
    rf"\b{NOT_SAID}(?:{UNAVAILABLE}|say|mention|answer|reply|speak|elaborate|explain"
    r"|confirm)\b"
)


def sentence_opener(sentence: str, state: State) -> Speaker | None:
    """The person a sentence opens with as its subject, if the article names them in full."""
    found = opening_subject(sentence.strip())
    if found is None or found.kind != "name" or not known_person(found.name, state):
        return None
    fullest = state.names.fullest(found.name)
    if fullest in state.names.dead:
        # "Mr Pilling said he …" beside Arthur Pilling, who died: the one of that surname
        # the article means here, as a cue's "Mr Pilling" would be.
        meant = resolve(found, state, state.quote_at[0] + 1)
        if meant is not None and meant.kind == "person":
            return meant
    return Speaker(fullest, "person")


def opening_subject(sentence: str, most_words: int = 9, *, adverb: bool = False) -> Mention | None:
    """The subject of a sentence's first verb: the words before it, at the start or
    after an opening phrase and its comma ("Shivering in a dress, the actress stopped"),
    among its first `most_words` words."""
    sentence = past_dateline(sentence[:WINDOW])
    if ", " in sentence:  # the cheap test first
        sentence = _SUBJECT_ASIDE.sub("", sentence, count=1)
    starts = [0]
    comma = sentence.find(", ")
    while comma >= 0 and len(starts) < 4:
        starts.append(comma + 2)
        comma = sentence.find(", ", comma + 2)
    opening = sentence[: starts[1]].split() if len(starts) > 1 else []
    thing_first = bool(opening) and bare_word(opening[0]) in ARTICLES
    thing_first = thing_first and not person_noun(bare_word(opening[-1]))
    for start in starts:
        words = sentence[start : start + 200].split()
        # (An office and a name may be long: "Federal Minister for Water Resources Sardar
        # Zulfiqar Ahmed Khokhar on Monday defended": as many words more as they hold.)
        run = next(
            (i for i, w in enumerate(words) if not (w[:1].isupper() or w in _IN_AN_OFFICE)), 0
        )
        words = words[: most_words + run - 4] if run > 4 else words[:most_words]
        if not words:
            continue
        while len(words) > 1 and bare_word(words[0]) in CONJUNCTIONS:
            words = words[1:]  # "And despite the results, Lee believes …"
        opener = bare_word(words[0])
        if start and (opener in CUE_SET or opener in IRREGULAR_PAST):
            # "Farah Masri, an immunologist, called …": the verb after an appositive;
            # the subject is the name before it.
            named = subject_before(sentence[:start])
            return named if named is not None and named.kind == "name" else None
        participle = (
            start == 0
            and opener.endswith(("ed", "ing"))
            and len(words) > 1
            and bare_word(words[1]) in _AFTER_PARTICIPLE
        )
        # (The phrase read to its comma, past the words a subject is looked for in.)
        adverbial = opener in OPENING_PREPOSITIONS and _lower_phrase(
            sentence[start : start + 200].split()
        )
        if opener in _SUBORDINATORS or adverbial or participle:
            # "When Carson died, President Bush led …", "Asked if …, he replied":
            # not the main clause ("Groening recently heaped praise" is).
            continue
        for index, word in enumerate(words[1:], 1):
            if word[:1].isupper() or bare_word(word) in _ADVERBS:
                continue
            if word.rstrip(",").isdigit():
                continue  # "Redknapp, 57, quit"
            if (
                word.endswith("s")
                and (
                    bare_word(words[index - 1]) in _NOUN_FOLLOWS
                    or bare_word(words[index - 1]) in _OBJECT_PREPOSITIONS
                )
                and bare_word(word) not in CUE_SET  # "The lawyer representing her says"
            ):
                # "A source close to the negotiations was", "In a speech to unionists,
                # she called": a plural after "the" or a preposition, no verb.
                continue
            plural = word.endswith("s") and not word.endswith("ss") and fold(word) not in CUE_SET
            if plural and any(w.endswith(_COMPOUND_MODIFIERS) for w in words[index - 2 : index]):
                continue  # "by Leeds-based (structural) engineers Hallam …": a noun
            noun = word.rstrip(",;:")
            if noun.endswith("s") and len(noun) > 5 and _after_a_capitalised_object(words, index):
                continue  # "The critic for First Nations relations, …": a noun
            # ("Residents have given …": "have" is the verb of a plural subject here.)
            if verb_follows(word) or bare_word(word) in CUE_SET or word == "have":
                subject = words[:index]
                if start and subject[-1].endswith(",") and thing_first:
                    # "The film, A Different Story, chronicles": an appositive to a
                    # thing, not a subject after an opening phrase ("The party's
                    # leader, Jo Lee, said" names a person).
                    return None
                while subject and (
                    bare_word(subject[0]) in CONJUNCTIONS or bare_word(subject[0]) in _ADVERBS
                ):
                    subject.pop(0)  # "Now the firm employs …", "But Lee said"
                while subject and (
                    bare_word(subject[-1]) in _ADVERBS or (adverb and ly_adverb(subject[-1]))
                ):
                    # "The Bank of Ostria unexpectedly raised …, saying": asked only for a
                    # participle's subject (elsewhere a "-ly" word after a name has kept a
                    # misread subject from being taken, and a better one is found later).
                    subject.pop()
                capital = next((i for i, w in enumerate(subject) if w[:1].isupper() and i), 0)
                if capital and bare_word(subject[capital - 1]) in _OBJECT_OF_A_THING:
                    return None  # "Each of the charges against Emery carries": a thing
                # subject_before reads appositives: "Clapton, alongside BB King, also".
                mention = subject_before(" ".join(subject)) if subject else None
                apposed = start and subject and subject[0] in {"a", "an", "the"}
                if apposed and person_like(sentence[:start].rstrip(", ").split()):
                    # "Dr. Farah Masri, an immunologist at Whitcombe Medical School,
                    # called": the name the appositive describes.
                    mention = subject_before(sentence[:start] + " ".join(subject))
                if mention is not None and not mention.name.isdigit():
                    return mention
                break  # the first verb's subject or none: never a later verb's
            if word.endswith((",", ";", ":")):
                break
    return None


def _after_a_capitalised_object(words: list[str], index: int) -> bool:
    """Whether the word at `index` follows a preposition's capitalised object ("for First
    Nations (relations)"), as a noun it qualifies does."""
    at = index - 1
    while at > 0 and words[at][:1].isupper():
        at -= 1
    return at < index - 1 and bare_word(words[at]) in {"for", "of", "on"}


#: Lower-case words inside an office's name: "Minister for Water and the Environment".
_IN_AN_OFFICE = frozenset({"for", "of", "and", "the"})


def _lower_phrase(words: list[str]) -> bool:
    """ "despite the recent results,": a phrase in lower case up to its comma (in "On
    tape Mr Lee, who …, is heard" the subject follows the preposition's object), but for
    places and times a preposition governs ("in Duisburg in February,")."""
    placed = False  # the capitalised word is a preposition's object, or goes on one
    for index, word in enumerate(words):
        if index and word[:1].isupper():
            placed = placed or bare_word(words[index - 1]) in _PLACE_OR_TIME_BEFORE
            if not placed:
                return False
        else:
            placed = False
        if word.endswith(","):
            return True
    return False


#: Prepositions before a place's or a time's name inside an opening phrase.
_PLACE_OR_TIME_BEFORE = frozenset({"in", "at", "from", "during", "since", "until"})


#: Prepositions that make a name the object of a thing the subject is: "the charges
#: against Emery", "the row over Lee".
_OBJECT_OF_A_THING = frozenset({"against", "about", "over", "regarding", "towards", "toward"})


#: Prepositions a noun follows, never a verb: "to unionists", "for workers".
_OBJECT_PREPOSITIONS = frozenset({"to", "of", "for", "with", "from", "by", "among", "between"})


#: Words a noun follows, never a verb: "the negotiations", "its owners".
_NOUN_FOLLOWS = frozenset({"the", "a", "an", "its", "their", "our", "these", "those"})


#: Prepositions opening an adverbial before a sentence's subject ("Despite the results,").
OPENING_PREPOSITIONS = word_set(
    "despite in on at during following with without for from under over amid by until"
)


_ADVERBS = word_set(
    "also later then again once now still already just reportedly recently meanwhile however"
)


#: Words after an opening participle: "Asked if", "Speaking to", "Shivering in".
_AFTER_PARTICIPLE = word_set("if about to in on at with after for by from during whether what")


CONJUNCTIONS = word_set("but and so yet or")


_SUBORDINATORS = SUBORDINATORS | {"once"}


def _main_subject(before: str, cues: list[CueMatch], *, governed: bool = False) -> Mention | None:
    """The subject of the clause a participle hangs from: its own cue's, or its opener.
    A gerund `governed` by "for" or "after" takes a passive cue's subject, not its agent
    ("Tom Reid was condemned by Ann Lee for calling nurses 'lazy'" is his word); a
    participle after a comma takes the agent ("was denied by the company, calling them
    …")."""
    passive = governed and bool(cues) and passive_before(before[: cues[-1].start()][-40:])
    main = None if passive else cue_before(before.rstrip().rstrip(","), cues, subject_only=True)
    if main is not None and main[1] is not None and main[1] is not UNREAD:
        return main[1]
    return opening_subject(before.strip().rstrip(","), adverb=True)


#: Cue verbs whose object is the person spoken to, not the speaker ("telling Ann Lee").
ADDRESSED = word_set(
    "told tell tells telling informed informs informing reminded reminds urged urges "
    "thanked thanks praised praises accused accuses criticised criticized criticises "
    "criticizes instructed instructs advised advises assured assures ordered orders"
)
