"""Quotation marks in a paragraph: where each quotation opens and closes.

One left-to-right tokeniser, no backtracking regex: an unbalanced mark only ends the
current quotation early, it never swallows or drops the rest of the article. Straight,
curly and single marks (nested inside double ones) are told apart here, before anyone
asks who said what.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsread.cues import CUE_SET, attribution_follows
from newsread.lazyre import lazy_compile
from newsread.wordlists import CAPITALS, PARTICLE_GAP

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_MARKS_DOUBLE = lazy_compile(r'["“”„«»]')
#: A double mark or a curly opening single mark: with `_straight_opens`, what makes a
#: paragraph worth scanning.
_MARK = lazy_compile(r"[\"“”„«»‘]")
_MARKS_SINGLE = lazy_compile(r"[‘’']")
#: Where a straight `'` may open a quotation: at the start, or after space or opening
#: punctuation, before a letter. Apostrophes stand after a letter (it's, O'Neill, the
#: soldiers') or before a digit (the '90s).
_SINGLE_OPEN_AT = lazy_compile(r"(?<![^\s(\[{—–\"“‘])['‘](?=[^\W\d_])")


def has_mark(text: str) -> bool:
    """Whether a paragraph holds a quotation mark that can open or close a quotation."""
    if text.isascii():
        # Of the marks only `"` is ASCII: `in` finds it at C speed, with no pattern.
        return '"' in text or _straight_opens(text)
    return _MARK.search(text) is not None or _straight_opens(text)


def _straight_opens(text: str) -> bool:
    """Whether a straight `'` can open a quotation somewhere in the text.

    Found with `str.find`: most are apostrophes, and a regex starting with a
    look-behind would test every character of every paragraph.
    """
    at = text.find("'")
    while at >= 0:
        if _SINGLE_OPEN_AT.match(text, at) is not None:
            return True
        at = text.find("'", at + 1)
    return False


#: A right-hand double mark where only an opening one could stand: at the start or
#: after a space or bracket, before a letter, digit or mark ("»Nej,« siger hun",
#: "”Vi går”", "»Ei»").
_RIGHT_MARK_OPENING = lazy_compile(r"(?<![^\s(\[{—–/:])[»”](?=[\w\"'‘“„«›‹])")
_LEFT_FOR = {"»": "«", "”": "“"}


def standard_marks(text: str) -> str:
    """`text` with Danish and German »…«, Swedish ”…” and Finnish »…» read as «…» and
    “…”, mark for mark, so that every offset holds.

    A right-hand mark opens a quotation only where it stands like an opening mark and no
    quotation is open (in '“We are ready, ”said Ann Lee' it closes); a « then closes the
    » it answers when it follows a word ("»Nej,« siger hun"), as no « that opens does.
    The text is returned unchanged (the same object) when no right-hand mark stands so.
    """
    if ("»" not in text and "”" not in text) or _RIGHT_MARK_OPENING.search(text) is None:
        return text  # the cheap tests first: most texts hold neither mark
    chars = list(text)
    opened = ""  # the mark that opened the quotation still open, if any
    outer = ""  # and the one that opened the quotation around it, if a » opened inside
    for match in _MARKS_DOUBLE.finditer(text):
        i, mark = match.start(), match.group(0)
        # »…« nests inside „…” or “…”, where a ” would be a close ('“Go, ”said she').
        nests = mark == "»" and opened in _HIGH_AND_LOW
        if mark in _LEFT_FOR and (nests or not opened) and _RIGHT_MARK_OPENING.match(text, i):
            chars[i] = _LEFT_FOR[mark]
            opened, outer = mark, opened
        elif mark == "«" and opened == "»" and i and not text[i - 1].isspace():
            chars[i] = "»"
            opened, outer = outer, ""
        elif mark in _DOUBLE_CLOSE:
            opened = ""  # a close, also where a left mark opened ('“We are ready, ”said')
        elif mark in _DOUBLE_OPEN:
            opened = mark
        else:  # a straight mark: open and close in turn
            opened = "" if opened else mark
    return "".join(chars)


_HIGH_AND_LOW = frozenset("„“")


#: A curly closing mark right after a sentence's punctuation: "…by 2030,’".
_CURLY_CLOSE = lazy_compile(r"[,.?!…]’")
_CURLY_OPEN = lazy_compile("‘")
_OPEN_BEFORE = frozenset(" \t\n\u00a0([{—–-/:;")
_CLOSE_AFTER = frozenset(" \t\n\u00a0.,;:!?)]}—–-'’…")
#: A conjunction or preposition after a straight mark: the quotation's end ("called it
#: 'heartless' and 'cruel'"), where a plural possessive would have its noun.
_LINK_AFTER = lazy_compile(
    r"[ \u00a0](?:and|or|but|nor|to|in|for|as|by|with|from|at|on|than|while|because|if)\b"
    # "'in all weathers' until last season", "'gutted' when they heard", "'tone-deaf' after
    # suggesting"; not a possessive's noun ("the players' after match tea", "the ladies'
    # over 40s team") nor a dropped g ("'We was goin' into town")
    r"|(?<!in['’])[ \u00a0](?:until|unless)\b(?![\-'’])"
    r"|(?<!in['’])[ \u00a0](?:after|before|during|when|without|into)[ \u00a0]"
    r"(?:the|a|an|his|her|their|its|this|that|they|he|she|we|it|[a-z]+ing)\b"
)


#: Last characters of a quoted sentence that ran on into the next opening mark (or
#: introduced a quotation inside it, after a colon).
_RUN_ON_END = frozenset(".!?…:")


def _ran_on(text: str, open_at: int, at: int) -> bool:
    """Whether the quotation open at `open_at` ended a sentence just before the mark at
    `at`: it ran on into a new quotation rather than holding an apostrophe or a stray."""
    return text[max(open_at + 1, at - 40) : at].rstrip()[-1:] in _RUN_ON_END


#: The closing marks of a quotation, by its opening mark, in the two families that nest.
_CLOSED_BY = {"«": "»", "„": "“”", "“": "”"}


def _closers(text: str) -> dict[str, list[int]]:
    """Where the closing marks of each opening mark stand, for `_nested_close`."""
    return {
        opening: sorted(m.start() for m in re.finditer(f"[{closing}]", text))
        for opening, closing in _CLOSED_BY.items()
    }


def _nested_close(closers: dict[str, list[int]], outer: str, mark: str, at: int) -> int:
    """Where a quotation opening with `mark` at `at` closes, if it nests inside one opened
    with `outer` of the other family (guillemets and curly marks) and the outer one closes
    after it; else -1."""
    if (mark == "«") == (outer == "«") or outer not in closers:
        return -1
    outer_closes = closers[outer]
    if not outer_closes or outer_closes[-1] <= at:
        return -1  # the outer quotation never closes: nothing nests in it
    inner_closes = closers[mark]
    index = bisect.bisect_right(inner_closes, at)
    if index == len(inner_closes) or inner_closes[index] >= outer_closes[-1]:
        return -1
    return inner_closes[index]


@dataclass(slots=True)  # slots: built for every quotation, and read often
class Span:
    start: int  # first character inside the marks
    end: int  # one past the last character inside
    open_at: int  # index of the opening mark
    close_end: int  # index just past the closing mark (== end when unclosed)
    closed: bool


def _scan(text: str) -> list[Span]:
    """Pair quotation marks left to right in linear time.

    A new opening mark inside an open quote ends the open one there when the open one
    has just ended a sentence (paragraphs run together, each quote lacking its closing
    mark); otherwise the open mark was a stray and is dropped, so a paragraph of
    unbalanced marks costs one step per mark and yields no quotes from them. A stray
    closing mark outside a quote is ignored; a quote still open at the end runs to the end.
    """
    spans: list[Span] = []
    open_at = -1
    n = len(text)
    # Guillemets and curly marks nest inside each other («She said: „Go.“ Then she
    # left.»): found by bisection over each kind of closing mark, only where both occur.
    closers = _closers(text) if "«" in text and ("„" in text or "“" in text) else None
    nested_to = -1  # the closing mark of a nested quotation, whose marks are skipped
    last_closes: dict[str, int] = {}  # where each opening mark's last closing one stands
    for match in _MARKS_DOUBLE.finditer(text):
        i = match.start()
        if i <= nested_to:
            continue
        mark = match.group(0)
        if closers is not None and open_at >= 0 and mark in _CLOSED_BY:
            nested_to = _nested_close(closers, text[open_at], mark, i)
            if nested_to > i:
                continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if mark == "“" and open_at >= 0 and text[open_at] == "„" and not before.isspace():
            # German and its neighbours open low and close high: „So ist es,“ sagte sie.
            is_open, is_close = False, True
        elif mark in _DOUBLE_OPEN:
            is_open, is_close = True, False
        elif mark in _DOUBLE_CLOSE:
            is_open, is_close = False, True
        elif before.isdigit() and open_at >= 0 and text[open_at] in _CLOSED_BY:
            # '“I am 5' 10" tall,” he said': inside a quotation opened with a curly mark,
            # a straight one after a figure is an inch mark when a curly one closes later.
            opener = text[open_at]
            if opener not in last_closes:
                last_closes[opener] = max(text.rfind(c) for c in _CLOSED_BY[opener])
            if i < last_closes[opener]:
                continue
            is_open, is_close = False, True
        else:
            can_open = (before in _OPEN_BEFORE or before in "“‘") and not after.isspace()
            can_close = not before.isspace() and (after in _CLOSE_AFTER or after in "”")
            if can_open == can_close:
                # Either way round, or "word"word, or a lone mark between spaces:
                # decide by state.
                is_open, is_close = open_at < 0, open_at >= 0
            else:
                is_open, is_close = can_open, can_close
        if is_open:
            if open_at >= 0 and _ran_on(text, open_at, i):
                _close(spans, text, open_at, i, i, closed=False)
            open_at = i
        elif is_close and open_at >= 0:
            if i == open_at + 1 and not after.isspace():
                continue  # '“”This is': a doubled opening mark typed as open and close
            _close(spans, text, open_at, i, i + 1, closed=True)
            open_at = -1
    if open_at >= 0:
        _close(spans, text, open_at, n, n, closed=False)
    return spans


def scan_paragraph(text: str) -> list[Span]:
    """Double-mark quotations, and single-mark ones outside them, decided per quotation.

    News in the double style nests single marks inside double ones; British style
    (BBC) quotes with single marks and nests double ones inside. A single-mark quotation
    standing outside every double-mark one is a quotation of its own, and double-mark
    quotations inside it are nested, so they are dropped.
    """
    # Of the double marks only `"` is ASCII: an ASCII text is tested for it alone.
    marked = '"' in text if text.isascii() else _MARKS_DOUBLE.search(text) is not None
    double = _scan(text) if marked else []
    if "‘" not in text and not _straight_opens(text):
        return double
    single = _scan_single(text, double)
    if not single:
        return double
    # Each double quotation against the single ones around it, by bisection: a
    # paragraph of thousands of each was once compared pair by pair.
    opens = [q.open_at for q in single]
    kept = []
    for d in double:
        at = bisect.bisect_left(opens, d.open_at)
        inside = at > 0 and d.open_at < single[at - 1].close_end
        if not inside:
            kept.append(d)
    return sorted(kept + single, key=lambda span: span.open_at)


def _scan_single(text: str, double: list[Span]) -> list[Span]:
    """Pair single quotation marks outside the double-mark quotations, in linear time.

    A curly ‘ always opens and ’ closes unless a letter follows (it’s). A straight `'`
    opens only where `_SINGLE_OPEN_AT` allows, and closes only right after `, . ? !`,
    before punctuation or the paragraph's end, or before an attribution ("' she said"):
    so apostrophes (rock 'n' roll, the soldiers' families) neither open nor close. A
    straight quote left open counts only if it opens the paragraph (a quotation running
    on below); otherwise its mark was an apostrophe and it yields nothing.
    """
    spans: list[Span] = []
    open_at = -1
    straight = False
    n = len(text)
    closings: list[int] | None = None  # where a ’ closes after punctuation, found once
    openings: list[int] = []  # where a ‘ stands, found with `closings`
    inside = [(d.open_at, d.close_end) for d in double]
    at = 0  # index into `inside`
    for match in _MARKS_SINGLE.finditer(text):
        i = match.start()
        while at < len(inside) and inside[at][1] <= i:
            at += 1
        if at < len(inside) and inside[at][0] <= i and open_at < 0:
            continue  # nested in a double-mark quotation
        mark = match.group(0)
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if mark == "’" or (mark == "'" and not after.isalnum()):
            if open_at < 0 or straight != (mark == "'") or after.isalnum() or before.isspace():
                continue
            if not straight and text[i - 2 : i - 1] == "’" and before.isalpha():
                continue  # "rock ’n’ roll": a letter between apostrophes
            dropped_g = text[i - 2 : i] == "in"  # "goin’ anywhere", "nothin’ more"
            if before == "s" and _closes_a_nickname(text, open_at, i):
                pass  # "Johannes 'Hannes' van Rooyen": no plural possessive between names
            elif not straight and (before == "s" or dropped_g) and text[i + 2 : i + 3].islower():
                # "‘We share our customers’ passion …,’ a spokesperson said": a plural
                # possessive, when a ’ after punctuation closes the quote further on.
                if closings is None:
                    closings = [m.start() + 1 for m in _CURLY_CLOSE.finditer(text)]
                    openings = [m.start() for m in _CURLY_OPEN.finditer(text)]
                later = bisect.bisect_right(closings, i)
                opens = bisect.bisect_right(openings, i)
                if (
                    later < len(closings)
                    # No quotation opens first ("the ‘Yes’ campaign. … ‘Yes’ voters").
                    and (opens == len(openings) or openings[opens] > closings[later])
                    and _LINK_AFTER.match(text, i + 1) is None
                    and not attribution_follows(text[i + 1 : i + 81])  # "‘…kids’ she said"
                ):
                    continue
            elif straight and not (
                before in ",.?!…"
                or i + 1 == n
                or (not after.isspace() and after in _CLOSE_AFTER)
                or attribution_follows(text[i + 1 : i + 81])
                or _LINK_AFTER.match(text, i + 1) is not None  # "'heartless' and would"
                or _ends_a_fragment(text, open_at, i)  # "will 'wall off' the town"
                or _closes_a_lone_word(text, open_at, i)  # "the so-called 'reforms' were"
            ):
                continue  # "the soldiers' families": a plural possessive
            _close(spans, text, open_at, i, i + 1, closed=True)
            open_at = -1
            continue
        if mark == "'" and (_SINGLE_OPEN_AT.match(text, i) is None):
            continue
        if mark == "‘" and _TURNED_APOSTROPHE.match(text, i) is not None:
            continue  # "the ‘90s", "rock ‘n’ roll": an apostrophe typed the wrong way round
        if mark == "‘" and before.isalpha() and after.islower():
            # "Ka‘iulani", "Hawai‘i": an ʻokina typed as a turned comma, inside a word (not
            # 'said‘We …', a space left out before a quotation).
            continue
        if open_at >= 0:
            if not _ran_on(text, open_at, i):
                continue  # an apostrophe inside the quote ("rock 'n' roll")
            _close_open(spans, text, open_at, i, straight)
        open_at, straight = i, mark == "'"
    if open_at >= 0:
        _close_open(spans, text, open_at, n, straight)
    return spans


#: After a nickname's closing mark: the rest of the name, maybe after particles ("van
#: Rooyen", "de la Cruz").
_REST_OF_A_NAME = lazy_compile(rf"[ \u00a0]{PARTICLE_GAP}[{CAPITALS}]")


def _closes_a_nickname(text: str, open_at: int, at: int) -> bool:
    """Whether the mark at `at` closes a nickname opened at `open_at` (`is_nickname`)."""
    return is_nickname(text[max(0, open_at - 40) : open_at], text[open_at + 1 : at], text, at + 1)


def is_nickname(before: str, inner: str, text: str, after_at: int) -> bool:
    """Whether `inner`, quoted between `before` and `text[after_at:]`, is a nickname
    between the parts of a name ("Johannes 'Hannes' van Rooyen", "Anne ‘Wills’ Moore"):
    one to three capitalised words right after a capitalised word, the name going on
    after the mark."""
    if len(inner) > 40 or not inner[:1].isupper():
        return False  # the cheap tests first: asked of every quotation
    words = inner.split()
    if not 0 < len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    last = before.split()[-1:] if before.endswith((" ", "\u00a0")) else []
    if not last or not last[0][:1].isupper():
        return False
    return _REST_OF_A_NAME.match(text, after_at) is not None


#: A turned comma that stands for an apostrophe: "the ‘90s", "rock ‘n’ roll".
_TURNED_APOSTROPHE = lazy_compile(r"‘(?:\d\ds\b|n’)")
#: A straight mark after a word, before a space, punctuation or the end: one that could
#: close a quotation.
_STRAIGHT_CLOSER = lazy_compile(r"\S'(?=[\s,.;:!?)]|$)")


def _closes_a_lone_word(text: str, open_at: int, at: int) -> bool:
    """Whether the mark at `at` closes one word in s opened at `open_at` ("the so-called
    'reforms' were scrapped"): read as a plural possessive ("reforms' …") only when a
    later mark could close a quotation ("'Players' wages are too high,' he said")."""
    word = text[open_at + 1 : at]
    return (
        len(word) > 2
        and word.isalpha()
        and word.endswith("s")
        and _STRAIGHT_CLOSER.search(text, at + 1) is None
    )


def _ends_a_fragment(text: str, open_at: int, at: int) -> bool:
    """Whether a straight mark at `at`, after a word and before a lower-case one, closes
    the fragment opened at `open_at` ("had 'never once' met"): no plural possessive ends
    in a letter other than s, nor does a word whose last letters were dropped ("goin'
    home", "good ol' days", "me an' my mates": a word of three letters or more, not in
    -in); "rock 'n' roll" has a lone letter; and no mark that might open a quotation of
    its own stands between ("the 'Lagos lions' were 'never once' beaten")."""
    word = text[max(open_at, at - 3) : at]
    return (
        at - open_at > 3
        and word.isalpha()
        and len(word) == 3
        and word[-1:] not in "sS"
        and not word.endswith("in")
        and text[at + 1 : at + 2] == " "
        and text[at + 2 : at + 3].islower()
        and text.find(" '", open_at + 1, at) < 0
    )


#: Nothing but blanks (`fullmatch` over a part of the text, no copy).
_BLANKS = lazy_compile(r"\s*")


def _close_open(spans: list[Span], text: str, open_at: int, end: int, straight: bool) -> None:
    """A single-mark quote that ends without its closing mark, if it can be one."""
    # (Only blanks before it: found without copying the text, read at every such mark.)
    if (
        not straight
        or _BLANKS.fullmatch(text, 0, open_at) is not None
        or (
            end == len(text)
            and (
                _runs_on_after_colon(text, open_at) or _runs_on_after_a_quote(text, open_at, spans)
            )
        )
    ):
        _close(spans, text, open_at, end, end, closed=False)


#: Eight words, a sentence's end and more, or a sentence of four words or more that ends
#: the paragraph (a quotation running on below): a quotation, not one elided word.
_SPOKEN = lazy_compile(r"(?:\S+\s+){7}\S|.*?[.!?]\s+\S|(?:\S+\s+){3,}\S*[.!?…]\s*$", re.DOTALL)


def _runs_on_after_colon(text: str, open_at: int) -> bool:
    """Whether a straight mark left open after a cue and a colon opens words that run on
    below ("told the Clarion: 'It's sickening. That cup's been …"): a capital after it,
    and a sentence or more; not an elision ("Full-time: 'Boro 2 Stoke 0.", "announced
    the venue: 'Iolani Palace …", "'s-Hertogenbosch")."""
    before = text[max(0, open_at - 80) : open_at].rstrip()
    if not before.endswith(":") or not text[open_at + 1 : open_at + 2].isupper():
        return False
    # The cue right before the colon, its object at most between: "told the Clarion:",
    # "said:"; not "reported the final score: 'Boro 2 Stoke 0."
    return _speech_after_a_cue(text, open_at, before.split()[-3:])


def _speech_after_a_cue(text: str, open_at: int, before: list[str]) -> bool:
    """Whether the words `before` a mark hold a cue and the mark opens a sentence or more
    of speech: what lets a quotation left open run on below."""
    cues = {word.strip(".,;:").lower() for word in before}
    return not CUE_SET.isdisjoint(cues) and bool(_SPOKEN.match(text, open_at + 1))


#: Words whose opening letters an apostrophe stands for: "'Tis", "'Boro", "'Sixties".
_ELIDED = lazy_compile(
    r"(?:tis|twas|boro|em|allo|arry|ello|ere|alf|appen|cause|til|bout|s-|n\b"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)",
    re.IGNORECASE,
)


def _runs_on_after_a_quote(text: str, open_at: int, spans: list[Span]) -> bool:
    """Whether a straight mark left open after a quotation and its cue opens words that
    run on below ("'…,' said Mrs Penhallow, 79. 'People have been stopping me …"): the
    quotation before closed, its cue and a full stop between, a capital after the mark
    and a sentence or more."""
    if not spans or not spans[-1].closed or not text[open_at + 1 : open_at + 2].isupper():
        return False
    if _ELIDED.match(text, open_at + 1) is not None:
        return False  # "'Boro are back …", "'Tis the season": an apostrophe, no quotation
    between = text[spans[-1].close_end : open_at]
    if len(between) > 80 or not between.rstrip().endswith("."):
        return False
    return _speech_after_a_cue(text, open_at, between.split())


def _close(
    spans: list[Span], text: str, open_at: int, end: int, close_end: int, closed: bool
) -> None:
    start = open_at + 1
    while start < end and (text[start].isspace() or text[start] == "”"):
        start += 1
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop > start:
        spans.append(Span(start, stop, open_at, close_end if closed else stop, closed))
