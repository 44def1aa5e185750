"""Word lists written as one string (the form every rule table in newsread uses), and the
name particles every reader of names shares. Kept apart and small: the parser imports it
on every run, so it must cost nothing."""

from __future__ import annotations


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of a list written as one string, for readability."""
    return frozenset(words.split())


#: Lower-case name particles that belong to the family name ("Lauren del Valle", "Ali bin
#: Hassan"). The one table: bylines, speakers and citations all read names with it.
PARTICLES = word_set(
    "da das de del della dei der des di do dos du la las le los van von den ten ter bin binti ibn "
    "af zu al el ap ab dela delos"
)
#: Up to two particles before the capitalised rest of a name ("van Rooyen", "de la
#: Cruz"), as a regular-expression fragment.
PARTICLE_GAP = r"(?:(?:" + "|".join(sorted(PARTICLES)) + r")[ \u00a0]+){0,2}"


#: Capital letters, as the body of a regular-expression class: ASCII, the Latin-1 capitals
#: and the Latin Extended blocks, so that names like "Élodie", "Šefčovič" and "Łukasz" are
#: found as names. `re` has no class for upper case, and Latin Extended alternates capital
#: and small letters ("Āā…"), so those blocks are taken whole: a word opening with a small
#: "ł" counts as capitalised, which English text does not write; listing the capitals one
#: by one would cost a millisecond of start-up for every pattern using them.
CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f"


#: Irregular past tenses ("wrote", "made"): a subject's verb, which readers of subjects
#: (speakers, cues) recognise without a "-ed".
IRREGULAR_PAST = word_set(
    "went got took made came gave sat saw met ran began left found felt knew thought "
    "kept spent put set brought bought caught fought sought taught held led spoke wrote "
    "won lost paid sent stood told broke chose drew drove fell grew hid rose shook threw "
    "quit hit cut let became fled flew hung meant rode rang sang sank shot split spread "
    "stole stuck struck swore tore woke wore laid beat built blew burst dealt drank ate "
    "fed forgot forgave froze heard hurt knelt lent slept swam swept understood undertook "
    "wept withdrew overcame sold"
)

#: Nationalities written before a name ("Russian Dmitriy Bogdanov").
DEMONYMS = word_set("""
    american british english scottish welsh irish french german italian spanish portuguese
    dutch belgian swiss austrian swedish norwegian danish finnish polish czech slovak
    hungarian romanian bulgarian greek turkish russian ukrainian georgian armenian israeli
    palestinian lebanese syrian iraqi iranian afghan pakistani indian chinese japanese korean
    vietnamese thai filipino indonesian malaysian australian canadian mexican brazilian
    argentine argentinian chilean colombian peruvian venezuelan cuban egyptian moroccan
    algerian nigerian kenyan ethiopian ghanaian south-african saudi serbian croatian bosnian
    albanian estonian latvian lithuanian zimbabwean jamaican californian texan
    """)
#: Countries and regions a capitalised run may name; never a person or a "he".
PLACES = word_set("""
    netherlands portugal spain france germany italy britain england scotland wales ireland
    russia ukraine china japan india pakistan iran iraq syria israel egypt turkey greece
    poland america canada mexico brazil argentina australia africa europe asia belgium
    switzerland austria sweden norway denmark finland korea vietnam afghanistan libya
    nigeria kenya zimbabwe serbia croatia kosovo georgia chechnya palestine lebanon
    """)

#: Cities and seats of power that news headlines name on their own ("Brussels", "the
#: Kremlin"): proper nouns in a sentence-case title though the body never names them.
#: Not those that are common words too ("Nice", "Reading", "Mobile", "Bath").
CITIES = word_set("""
    abuja accra addis amman amsterdam ankara athens auckland baghdad bangkok beijing beirut
    belfast belgrade berlin bogota boston brasilia brussels bucharest budapest cairo canberra
    caracas chicago copenhagen damascus davos delhi detroit dhaka doha dubai dublin
    edinburgh geneva glasgow hanoi harare havana helsinki hollywood islamabad istanbul jakarta
    jerusalem johannesburg kabul karachi kathmandu khartoum kinshasa kremlin kyiv lagos
    lisbon london luxembourg madrid manchester manila melbourne mexico minsk moscow mumbai
    nairobi oslo ottawa paris pentagon prague pretoria pyongyang riga riyadh rome seoul
    shanghai singapore sofia stockholm strasbourg sydney taipei tallinn tehran tokyo toronto
    vancouver vatican vienna vilnius warsaw washington wellington westminster whitehall
    zagreb
    """)

#: Honours and degrees written after a name ("Tom Reed CBE", "Ann Lee PhD"): never part
#: of it.
HONOURS = word_set("qc kc sc bl obe mbe cbe kbe dbe frs phd")
