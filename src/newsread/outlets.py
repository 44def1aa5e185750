"""Well-known news outlets by web domain: their proper name and what kind of outlet they are.

The kind decides citation forms: APA italicises the newspaper name for outlets with a
print edition but the article title for news websites; Chicago sets agencies in roman.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

NEWSPAPER = "newspaper"  # has a print edition
MAGAZINE = "magazine"  # has a print edition
WEBSITE = "website"  # online only
AGENCY = "agency"  # wire service
BROADCASTER = "broadcaster"  # television/radio news site
#: Every kind, as documented for `publisher_kind`.
PUBLISHER_KINDS = (NEWSPAPER, MAGAZINE, WEBSITE, AGENCY, BROADCASTER)


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str


OUTLETS: dict[str, Outlet] = {
    domain: Outlet(name, kind)
    for domain, name, kind in [
        # The Moscow Times stopped printing in July 2017.
        ("themoscowtimes.com", "The Moscow Times", WEBSITE),
        ("nytimes.com", "The New York Times", NEWSPAPER),
        ("washingtonpost.com", "The Washington Post", NEWSPAPER),
        ("wsj.com", "The Wall Street Journal", NEWSPAPER),
        ("latimes.com", "Los Angeles Times", NEWSPAPER),
        ("usatoday.com", "USA Today", NEWSPAPER),
        ("chicagotribune.com", "Chicago Tribune", NEWSPAPER),
        ("bostonglobe.com", "The Boston Globe", NEWSPAPER),
        ("theguardian.com", "The Guardian", NEWSPAPER),
        ("guardian.co.uk", "The Guardian", NEWSPAPER),
        ("thetimes.co.uk", "The Times", NEWSPAPER),
        ("telegraph.co.uk", "The Telegraph", NEWSPAPER),
        ("ft.com", "Financial Times", NEWSPAPER),
        ("independent.co.uk", "The Independent", WEBSITE),
        ("dailymail.co.uk", "Daily Mail", NEWSPAPER),
        ("irishtimes.com", "The Irish Times", NEWSPAPER),
        ("theglobeandmail.com", "The Globe and Mail", NEWSPAPER),
        ("thestar.com", "Toronto Star", NEWSPAPER),
        ("smh.com.au", "The Sydney Morning Herald", NEWSPAPER),
        ("lemonde.fr", "Le Monde", NEWSPAPER),
        ("spiegel.de", "Der Spiegel", MAGAZINE),
        ("haaretz.com", "Haaretz", NEWSPAPER),
        ("kyivindependent.com", "The Kyiv Independent", WEBSITE),
        ("economist.com", "The Economist", MAGAZINE),
        ("newyorker.com", "The New Yorker", MAGAZINE),
        ("theatlantic.com", "The Atlantic", MAGAZINE),
        ("time.com", "Time", MAGAZINE),
        ("newsweek.com", "Newsweek", MAGAZINE),
        ("wired.com", "Wired", MAGAZINE),
        ("vox.com", "Vox", WEBSITE),
        ("politico.com", "Politico", NEWSPAPER),
        ("axios.com", "Axios", WEBSITE),
        ("huffpost.com", "HuffPost", WEBSITE),
        ("huffingtonpost.com", "HuffPost", WEBSITE),
        ("buzzfeednews.com", "BuzzFeed News", WEBSITE),
        ("breitbart.com", "Breitbart", WEBSITE),
        ("westernjournal.com", "The Western Journal", WEBSITE),
        ("thehill.com", "The Hill", NEWSPAPER),
        ("meduza.io", "Meduza", WEBSITE),
        ("bbc.co.uk", "BBC News", BROADCASTER),
        ("bbc.com", "BBC News", BROADCASTER),
        ("cnn.com", "CNN", BROADCASTER),
        ("nbcnews.com", "NBC News", BROADCASTER),
        ("cbsnews.com", "CBS News", BROADCASTER),
        ("abcnews.go.com", "ABC News", BROADCASTER),
        ("foxnews.com", "Fox News", BROADCASTER),
        ("npr.org", "NPR", BROADCASTER),
        ("aljazeera.com", "Al Jazeera", BROADCASTER),
        ("dw.com", "Deutsche Welle", BROADCASTER),
        ("france24.com", "France 24", BROADCASTER),
        ("cbc.ca", "CBC News", BROADCASTER),
        ("abc.net.au", "ABC News", BROADCASTER),
        ("rferl.org", "Radio Free Europe/Radio Liberty", BROADCASTER),
        ("apnews.com", "Associated Press", AGENCY),
        ("reuters.com", "Reuters", AGENCY),
        ("afp.com", "Agence France-Presse", AGENCY),
        ("bloomberg.com", "Bloomberg", AGENCY),
        ("tass.com", "TASS", AGENCY),
        ("interfax.com", "Interfax", AGENCY),
        ("ukrinform.net", "Ukrinform", AGENCY),
    ]
}


def domain_of(url: str) -> str:
    """The host of a URL without a leading "www." (or "" when it has none)."""
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    return host.removeprefix("www.")


def outlet_for_url(url: str) -> Outlet | None:
    """The outlet whose domain is the URL's host or a parent of it (edition.cnn.com → CNN)."""
    host = domain_of(url)
    while host:
        if host in OUTLETS:
            return OUTLETS[host]
        _, _, host = host.partition(".")
    return None


def outlet_by_name(name: str) -> Outlet | None:
    """An outlet known by its name, case-insensitively (front matter names a publisher)."""
    wanted = name.strip().casefold()
    for outlet in OUTLETS.values():
        if outlet.name.casefold() == wanted:
            return outlet
    return None


def tidy_url(text: str) -> str:
    """A URL as typed into metadata, made whole: a line break inside it dropped, a space
    written %20 (as a browser sends it)."""
    return re.sub(r"\s+", "%20", re.sub(r"\s*[\r\n]\s*", "", text.strip()))
