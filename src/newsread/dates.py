"""Dates as news pages print them: "July 04, 2022", "Jul 4, 2022", "4 July 2022", "2022-07-04";
and as feeds and exports do: "2022/07/04", "Mon, 04 Jul 2022 10:00:00 GMT"."""

from __future__ import annotations

import datetime as dt
from typing import Literal

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
        try:
            return dt.date(int(groups["year"]), _month_of(groups) or 0, int(groups["day"]))
        except ValueError:
            return None
    return None


def _month_of(groups: dict[str, str | None]) -> int | None:
    """The month a date pattern's match gives, by number or by name (0 for a name no
    month has), or None when it gives none ("2021")."""
    if groups.get("mnum"):
        return int(groups["mnum"] or 0)
    named = groups.get("month")
    return MONTHS.get(named.lower(), 0) if named else None


#: How much of a date its source gave: a whole day, a month of a year, or a year alone.
Precision = Literal["year", "month", "day"]

#: A month of a year or a year alone, in the forms `parse_date` reads whole dates in:
#: "2021", "2021-07", "2021/07"; "July 2021", "Jul. 2021", "Sept 2021".
_PARTIAL_PATTERNS = [
    lazy_compile(r"(?P<year>\d{4})(?:[-/](?P<mnum>\d{1,2}))?"),
    lazy_compile(_MONTH + r",?\s+(?P<year>\d{4})"),
]


def parse_partial_date(text: str) -> tuple[dt.date, Precision] | None:
    """The date a whole string spells, at the precision it gives, or None. A month or a
    year alone stands as its first day, so that it sorts before the dated days in it;
    the precision says which digits are real (sources often give only "2021")."""
    full = parse_date(text)
    if full is not None:
        return full, "day"
    text = text.strip()
    for pattern in _PARTIAL_PATTERNS:
        match = pattern.fullmatch(text)
        if not match:
            continue
        groups = match.groupdict()
        month = _month_of(groups)
        if month is not None and not 1 <= month <= 12:
            return None
        try:
            return dt.date(int(groups["year"]), month or 1, 1), "year" if month is None else "month"
        except ValueError:  # year 0000
            return None
    return None


def iso_date(date: dt.date, precision: Precision = "day") -> str:
    """ISO 8601 at the date's own precision: "2021", "2021-07" or "2021-07-04"."""
    if precision == "year":
        return f"{date.year:04d}"
    if precision == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


def iso_or_none(date: dt.date | None, precision: Precision = "day") -> str | None:
    """`iso_date`, or None where there is no date: how stored data writes one."""
    return iso_date(date, precision) if date else None


def from_iso_or_none(value: object) -> tuple[dt.date | None, Precision]:
    """`from_iso_date` of a stored value, or (None, "day") where it holds no string."""
    return from_iso_date(value) if isinstance(value, str) else (None, "day")


_ISO_PARTIAL = lazy_compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2}))?")


def from_iso_date(text: str) -> tuple[dt.date, Precision]:
    """The inverse of `iso_date` (stored data: strict ISO, ValueError otherwise)."""
    match = _ISO_PARTIAL.fullmatch(text)
    if match is None:
        return dt.date.fromisoformat(text), "day"
    month = match.group("month")
    return dt.date(int(match.group("year")), int(month or 1), 1), "month" if month else "year"


#: What a page prints around the date at an article's head: "Published: 3 March 2024
#: 10:42 GMT", "Posted on March 3, 2024 at 5:00 p.m. EST", "Updated Mon 3 Mar 2024".
_TIME = (
    r"(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*(?i:[ap]\.?m\.?)?|\d{1,2}[ \t]*(?i:[ap]\.?m\.?))"
    r"(?:[ \t]+[A-Z]{2,5})?"
)
_HEADER_DATE = lazy_compile(
    r"(?i:(?:first\s+)?(?P<label>published|posted)|(?:last\s+)?(?P<update>updated|modified)"
    r"|(?P<named>date))?(?:\s+on)?:?\s*"
    rf"(?:{_TIME},?\s+)?"
    r"(?P<date>.+?)"
    rf"(?:,?\s+(?:at\s+)?{_TIME})?"
)


def header_date(text: str, *, bylined: bool = False) -> tuple[dt.date, str, Precision] | None:
    """The date a line at an article's head gives, label and time of day around it, with
    what the label says the date is: "published" (or posted), "updated", or "" (none, or
    a bare "Date:"), and its precision. A month or a year alone ("Published: July 2021")
    counts only after a label, or beside a byline on its line (`bylined`: "By Ann Lee |
    July 2022"): bare, "2021" may as well be the body's first line."""
    match = _HEADER_DATE.fullmatch(text.strip())
    if match is None:
        return None
    labelled = match.group("label") or match.group("update") or match.group("named")
    labelled = labelled or bylined
    found = parse_partial_date(match.group("date"))
    if found is None or (found[1] != "day" and not labelled):
        return None
    label = "updated" if match.group("update") else "published" if match.group("label") else ""
    return found[0], label, found[1]
