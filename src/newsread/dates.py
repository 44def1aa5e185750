"""Dates as news pages print them: "July 04, 2022", "Jul 4, 2022", "4 July 2022", "2022-07-04";
and as feeds and exports do: "2022/07/04", "Mon, 04 Jul 2022 10:00:00 GMT"."""

from __future__ import annotations

import datetime as dt

from newsread.lazyre import lazy_compile

_SPELLINGS = [
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
]
#: Month names, full and abbreviated, in lower case, with their numbers.
MONTHS = {name: number for number, names in enumerate(_SPELLINGS, start=1) for name in names}
#: The full names alone ("may", not "mar"): where an abbreviation would be a word too.
MONTH_NAMES = frozenset(names[0] for names in _SPELLINGS)
#: The days of the week, in lower case.
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
#: The time and zone after an RFC 2822 date, as RSS feeds and e-mail write it: "Mon, 06
#: Mar 2023 10:00:00 GMT", "… 10:00 +0100".
_RFC_TIME = r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:[+-]\d{4}|[A-Z]{1,5}))?)?"
_PATTERNS = [
    # ISO 8601, or with slashes as some exports write it ("2023/03/05"); Jekyll's time
    # and offset after a blank ("2023-03-06 10:00:00 +0000", Go's "… +0000 UTC") are as
    # ignored as ISO's.
    lazy_compile(
        r"(?P<year>\d{4})(?P<sep>[-/])(?P<mnum>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
        r"(?:[T ][\d:.+\-Z]*(?:[ \t]+(?:[+-]\d{2}:?\d{2}|Z|[A-Z]{2,5})){0,2})?"
    ),
    lazy_compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"),
    lazy_compile(
        _WEEKDAY
        + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
        + _MONTH
        + r",?\s+(?P<year>\d{4})"
        + _RFC_TIME
    ),
]


def parse_date(text: str) -> dt.date | None:
    """The date a whole string spells, or None: never guesses from part of a sentence."""
    text = text.strip()
    for pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("mnum"):
            month = int(groups["mnum"])
        else:
            month = MONTHS.get(groups["month"].lower(), 0)
        try:
            return dt.date(int(groups["year"]), month, int(groups["day"]))
        except ValueError:
            return None
    return None


#: What a page prints around the date at an article's head: "Published: 3 March 2024
#: 10:42 GMT", "Posted on March 3, 2024 at 5:00 p.m. EST", "Updated Mon 3 Mar 2024".
_TIME = (
    r"(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*(?i:[ap]\.?m\.?)?|\d{1,2}[ \t]*(?i:[ap]\.?m\.?))"
    r"(?:[ \t]+[A-Z]{2,5})?"
)
_HEADER_DATE = lazy_compile(
    r"(?i:(?:first\s+)?(?P<label>published|posted)|(?:last\s+)?(?P<update>updated|modified)"
    r"|date)?(?:\s+on)?:?\s*"
    rf"(?:{_TIME},?\s+)?"
    r"(?P<date>.+?)"
    rf"(?:,?\s+(?:at\s+)?{_TIME})?"
)


def header_date(text: str) -> tuple[dt.date, str] | None:
    """The date a line at an article's head gives, label and time of day around it, with
    what the label says the date is: "published" (or posted), "updated", or "" (none, or
    a bare "Date:")."""
    match = _HEADER_DATE.fullmatch(text.strip())
    date = parse_date(match.group("date")) if match else None
    if match is None or date is None:
        return None
    return date, "updated" if match.group("update") else "published" if match.group("label") else ""
