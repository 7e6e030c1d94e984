"""Place mentions in article text: runs of capitalised words the gazetteer knows.

A run ("Khan Sheikhoun", "al-Waer", Arabic script) counts when the gazetteer knows the whole
run, by its exact key or, in a locative phrase ("in X", "X town", a name with an Arabic
article), by its transliteration key ("Jisr al-Shughour", "Menbej"). Leading function words
are dropped ("In Mosul"), "X County/Province" is X named with its kind, "UK-based" yields UK.
A multi-word run that is not a place names a person or organisation ("Rami Abdel Rahman",
"Free Syrian Army"); a person's surname then counts as a person later in the text too.
Acronyms, contractions, single letters, titles, months and the names of actors are not places.
"""

from __future__ import annotations

import calendar
import functools
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from incident_explorer import compiled_re as re
from incident_explorer.extraction.datelines import SLASHED_OPENING, Dateline, dateline, dateline_after
from incident_explorer.extraction.folding import lowered, sensitive
from incident_explorer.extraction.sentences import Sentence, Word, initials, words
from incident_explorer.extraction.shouting import shouted, title_case
from incident_explorer.frozen import fast_init
from incident_explorer.places.gazetteer import Gazetteer, place_ids
from incident_explorer.places.phrases import (
    ARABIC_HEADED_KINDS,
    KIND_WRITTEN_AFTER,
    arabic_headed,
    named_after,
)
from incident_explorer.places.place import Feature
from incident_explorer.places.sources.geonames import UNIT_KINDS, abbreviated_states
from incident_explorer.places.spelling import (
    normalise,
    skeleton,
    skeleton_as_written,
    strip_admin_word,
    translit,
)

_FUNCTION = frozenset(
    """a an the and but or nor so yet for of in on at to by with from into over under after before
    as if when while where who whom whose which what why how that this these those there here then
    than though although because unless until i we you he she it they me us him her them my our
    your his its their is am are was were be been being has have had do does did not no yes all any
    some many much more most few other another such each either neither also only even just still
    again ever never always often soon now later early late out up down off about above below
    between among against during without within through across around near far well very too
    could would should shall might must let please since like both every inside outside amid
    towards toward following""".split()
)
_STOP = _FUNCTION | frozenset(
    """said says told police may will today tomorrow yesterday monday tuesday wednesday thursday
    friday saturday sunday january february march april june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st sen rep
    gov gen lt col maj capt sgt prof rev president general brigadier colonel major captain
    minister governor mayor prime senator judge sheriff chief officer leader spokesman army
    commander amir emir
    state national republic union government council source sources news reuters afp ap un eu
    nato tv read more watch god allah north south east west central northern southern eastern
    western new one two three four five six seven eight nine ten first second third last next
    air forces people civilians security military thank thanks dear sir madam al el regime""".split()
)


def name_word(common: frozenset[str], word: str) -> bool:
    """A capitalised word that is a name: neither a common English word (SCOWL's, kept in the
    index: "Police", "Officials") nor one a sentence begins with or a title ("The", "He", "Gov"),
    so dotted capitals before it are a person's initials (`sentences.initials`)."""
    key = word.lower()
    return key not in common and key not in _STOP


# offices a person holds: the name after one is a person's ("Mayor Tom Aleppo", "Anderson County
# Sheriff Greg Taylor"), the place before it is where the office is
_OFFICES = frozenset("sheriff coroner auditor manager mayor clerk".split())
_LGA_WORDS = ("local", "government", "area")


def _lga_at(lowered: list[str]) -> int:
    """Where "LGA" or "Local Government Area" stands after a name in a run of capitalised
    words (0 if nowhere after the first word)."""
    for k in range(1, len(lowered)):
        if lowered[k] == "lga" or tuple(lowered[k : k + 3]) == _LGA_WORDS:
            return k
    return 0


_ORG_WORDS = (
    frozenset(
        """observatory society army front forces force council committee organisation organization
    ministry agency tv television radio news times post party brigade brigades movement alliance
    coalition union university hospital institute foundation network group company corporation
    bank court police guard guards office branch state security intelligence commission
    federation association league mission program programme fund department service services
    channel press center centre school college church mosque club team inc corp ltd
    patrol utilities bureau board commissioners chamber authority library""".split()
    )
    | _OFFICES
)
# Kind and organisation words alone: capitalised common nouns in headlines and titles.
_LONE_NOUNS = _ORG_WORDS | frozenset(
    """capital camp city town village province governorate district county region countryside
    desert airport airbase base border crossing road highway valley mountain mountains river
    museum jail prison library""".split()
)
# Arabic kind words and common nouns that open a place's name ("Mazra'at X": X farm, "Khirbet
# X": X ruins, "Kafr X": X village, "Jisr X": X bridge), in both scripts: alone, they name any of
# hundreds of places
_ARABIC_KINDS = frozenset(
    """mazraa mazraat mazrat mazraet mazraah mazra qaryat qarya khirbat khirbet khirba jabal jebel
    wadi bir tal tell ain ayn ein hay hayy madinat mantiqat balda baldat kafr kafar kfar dayr deir
    dair beit bayt khan jisr ras maarat maarrat qasr nahr umm um sheikh shaykh
    مزرعة مزرعه قرية قريه بلدة بلده بئر منطقة منطقه حي مدينة مدينه تل عين جبل وادي خربة خربه""".split()
)


# a name in Arabic script right before its Latin form ("دير حافر Deir Hafer")
_ARABIC_LETTERS = "\u0600-\u06ff\ufb50-\ufeff"
_ARABIC_BEFORE = re.compile(rf"(?P<name>[{_ARABIC_LETTERS}][{_ARABIC_LETTERS} ]*)[\s,\u200e“”\"]*$")


def _fold_kind(text: str) -> str:
    return re.sub(r"[’'`ʿʾ‘\-]", "", text).lower()


# a kind word that ends a run names the place before it ("Deir Ezzor Airbase", "Al-Mayadeen
# City"); so does a neighbourhood's ("Jobar Neighborhood in Damascus", "Al-Sukkari Neighbourhood")
_NEIGHBOURHOOD = frozenset({"neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods"})
_SITE_TAIL = frozenset("city town village camp airbase airport neighborhood neighbourhood".split())


def _neighbourhood_of(lowered: list[str]) -> int | None:
    """Where a run's "Neighborhood" is followed by "Of" and a name ("Al-Midan Neighborhood Of
    Damascus" in a title-case headline), or None."""
    for k in range(1, len(lowered) - 2):
        if lowered[k] in _NEIGHBOURHOOD and lowered[k + 1] == "of":
            return k
    return None


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
# "the city of X", "the town of X": a town, though a province has its name too
_TOWN_OF_BEFORE = re.compile(r"\b(?:city|town|village)\s+of\s+(?:the\s+)?$", re.I)
# (lower-case: "the Islamic State of Iraq" names no unit)
_UNIT_OF_BEFORE = re.compile(r"\b(?:province|governorate|state|department)\s+of\s+(?:the\s+)?$")
# "in Niger state", "Benue State", "Kaduna state's Zangon Kataf area": "state" after a name says
# the name is a unit, as "province" does (the geocoder reads "Niger state" as Nigeria's state, a
# bare "Niger" as the country); not a state's organs ("Georgia state television"). (Not "county":
# "in Lamu county" then reads the county where the bare name was unplaced or its town, which
# made "the Manda Bay airfield ... in Lamu county" a false event place on the wire set.)
_STATE_AFTER = re.compile(
    r"^\s+state\b(?![\s-]*(?:media|television|tv|radio|news|agency|broadcaster|run|owned|"
    r"controlled|funded)\b)",
    re.I,
)
# a place-kind noun after a country's adjective: the adjective says where the place is ("the
# Lebanese border town of Arsal"), it names no place itself
_KIND_AFTER_ADJECTIVE = re.compile(
    r"\s+(?:(?:border|coastal|frontier|northern|southern|eastern|western)\s+)?"
    r"(?:town|city|village|province|region|district|governorate|port|capital)\b",
    re.I,  # also in title-case headlines: "The Lebanese Border Town Of Arsal"
)
_CONNECTORS = (
    "of",
    "for",
    "and",
    "the",
    "de",
    "al",
    "el",
    "bin",
    "ibn",
    "abu",
    "ash",
    "as",
    "ad",
    "ar",
    "az",
)
_ARTICLE_TOKEN = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ed|ez|es)[-‐‑]\w", re.I)
_ARTICLE_WORD = re.compile(r"^(?:al|el|as|ash|ad|ar|az)\s+\w", re.I)  # "Al Tabaqa", "Al Qastal"
_POSSESSIVE = re.compile(r"[’']s?$")
_CONTRACTION = re.compile(r"[’'](?:re|ve|ll|d|m|t)$", re.I)
_BASED_SUFFIX = re.compile(r"[-‐]based$", re.I)
_HELD_SUFFIX = re.compile(
    r"[-‐](?:held|controlled|run|occupied|besieged|dominated|majority|populated|administered|ruled)$"
)
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")
# A state or province as news abbreviates it with dots only ("N.Y.", "S.C.", "D.C.", "B.C."), after
# a name and a comma ("Medina, N.Y.", "MEDINA, N.Y. (AP) —"): the state the town lies in. Elsewhere
# a dotted word is a country's code ("U.S.") or no place ("U.N.").
_DOTTED_STATES = frozenset(form for form in abbreviated_states() if _DOTTED.match(form))
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w’'-]*,[ \t]+$")
_STATE_HINT = frozenset({Feature.ADMIN1})
# a name a unit's kind word follows ("Idlib province", "Niger state"): the unit, or the town it is named after
_UNIT_OR_TOWN_HINT = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.REGION, Feature.CITY})
# ... and a name a lower-case "county", "territory", "department" or "prefecture" follows
# ("Lamu county", "Walikale territory"): the unit the text says, not the town named after it
_UNIT_HINT = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.REGION})
# lower-case kind words of units not in _KIND_AFTER: capitalised, they are part of a name the
# spot holds already ("Cook County", "Yukon Territory")
_UNIT_WORD_AFTER = re.compile(r"^\s+(?:county|territory|department|prefecture)\b")
# ... and those of them a unit no town lies in is filed with (sources.geonames.UNIT_KINDS) that
# give a spot a unit's hint ("zone", "division" give none)
_UNIT_KIND_AFTER = re.compile(r"^\s+(?P<kind>county|district|province|department|region|territory)\b")
# titles and ranks before a person's name ("Sen. Lincoln", "Army Pvt. Jackson"), with or without
# their dot; sentences.py keeps the short forms inside a sentence
_TITLES = frozenset(
    """mr mrs ms dr sen rep gov gen lt col maj capt sgt cpl pvt det adm insp supt prof rev judge
    sheriff officer detective president senator governor mayor minister chief deputy coach pastor""".split()
)
_TITLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted((t.capitalize() for t in _TITLES), key=lambda w: (-len(w), w))) + r")\.?\s+$"
)
# words of an office written with hyphens ("Secretary-General", "Governor-General",
# "Director-General", "Vice-President", "Lieutenant-Colonel"): no part of it is a place
# ("Secretary" is a town in Maryland)
_HYPHEN_OFFICES = _TITLES | frozenset(
    """general secretary attorney director commander vice lieutenant solicitor inspector surgeon
    chancellor marshal admiral brigadier sergeant major colonel captain auditor comptroller
    registrar adjutant quartermaster commissioner premier""".split()
)
_SPLIT = frozenset({"and", "of", "for", "the"})
# lower-case particles inside Portuguese, Spanish, French and Italian place names ("Mocimboa da
# Praia", "Ciudad del Este", "Santiago de los Caballeros", "Reggio di Calabria"), and the "and"
# of a name that joins two ("Guadalupe y Calvo", "Vila Nova e Ribeira")
_PARTICLES = frozenset("da das de del della delle dei di do dos du des la las le les los y e".split())
_PARTICLE = re.compile(r" (?:" + "|".join(sorted(_PARTICLES)) + r") ")
_PARTICLE_GAP = re.compile(r"(?: (?:" + "|".join(sorted(_PARTICLES)) + r")){1,2} ")
# ... and the compass part that ends such a name ("Maguindanao del Sur", "Zamboanga del Norte",
# "Rio Grande do Sul"): alone it is no place
_PARTICLE_COMPASS = frozenset("sur sul norte nord este oeste centro".split())
# common nouns that name a part of a place with a letter or number after them ("Area C", "Hill
# T", "Gate 4"): no first name before a middle initial
_NAMED_KINDS = frozenset(
    """area zone hill gate terminal section phase plan group building block sector route highway
    camp district quarter ward unit lot tower hall road street avenue square station base post
    point checkpoint bridge junction exit wing floor level""".split()
)
# sites within a town, named after it: "Kabul Market", "Mosul Stadium" are in Kabul, Mosul (not
# streets or squares: "Oxford Street", "Trafalgar Square" are elsewhere)
# (a museum, a jail or a prison is struck where it stands: "the Mosul Museum"; a library is a
# body, "The Paris Public Library will offer a workshop")
_SITES = frozenset("market markets bazaar roundabout checkpoint stadium museum jail prison".split())
# a street named after a country lies in another one: "Syria Street" in Tripoli, "Palestine
# Street" in Baghdad
_STREET_WORDS = frozenset("street road avenue boulevard".split())
# what a person's name with "Presidential" or "Memorial" names: "the Carter Presidential Library"
_HONOURING = frozenset("library museum center centre hall foundation park institute gallery".split())
# a site followed by where it is ("the Hamidiyah Market in Damascus") is named after no town
_LOCATED_AFTER = re.compile(r"\s*,?\s*(?:in|at|of|near)\s+(?:the\s+)?[A-Z]")
# after a run with a lower-case "as", a verb: "as" is the conjunction and the name after it the
# subject of a clause ("Manbij as Washington pledges support"), not a part of one name
_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|is|are|was|were|will|would|also)\s+)*"
    r"(?!(?:as|is|was|has|its|his|this|thus|plus|across|towards|unless|perhaps)\b)"
    r"(?:[a-z]+(?:s|ed)|said|told|met|sent|struck|hit|began|spoke|took|made|gave|"
    r"advance|pledge|vow|say|claim|deny|warn|urge|threaten|push|seize|take|capture|enter|strike|"
    r"attack|shell|bomb|retreat|withdraw|gain|clash|fight|kill|close|move|prepare|agree)\b"
)
_COMPASS = frozenset(
    "north south east west northern southern eastern western central upper lower greater northeast "
    "northwest southeast southwest northeastern northwestern southeastern southwestern".split()
)
# what a compass word before it names a part of ("the Northern Outskirts Of X" in a Title Case
# headline): no place of the compass word's name
_PART_AFTER = re.compile(
    r"\s+(?:countryside|outskirts|suburbs?|parts?|sides?|flanks?|edges?|fringes)\b", re.I
)
ADMIN_TAIL = frozenset({"county", "province", "governorate", "parish", "district", "region", "oblast"})
# "the Saraikela-Kharsawan district", "Baden-Baden county": a hyphenated unit's own name
_HYPHEN_UNIT_AFTER = re.compile(
    r"^\s+(?:district|province|governorate|county|division|prefecture|municipality|oblast)\b"
)  # (lower case: "Athens-Clarke County", "Paris-Henry County" are two places in US news)
# told where something happened ("in Kassoum-Dieri"): a found part stands for the place
_HYPHEN_LOCATIVE = re.compile(r"\b(?:in|at|near|outside)\s+$")
# ... a part that looks like a name word (not a party's letter or a school's initials: "R-Charleston",
# "DFL-Minneapolis", "Watertown-ML", where the other part is the place)
# (three letters are a name word too: "the Bur-Eelay camp" is one name, no Bur standing for it)
_NAME_PART = re.compile(r"[A-Z][a-z\u00e0-\u024f’']{2,}")
# "the Beni-Eringeti road": a road named by its two ends (the road rules read its ends)
_HYPHEN_ROAD_AFTER = re.compile(
    r"^\s+(?:highways?|roads?|motorways?|expressways?|freeway|route|axis)\b", re.I
)
_KIND_AFTER = re.compile(
    r"^\s*(?:and\s+[\w’'-]+\s+)?(?:(?:strategic|military)\s+)?(?P<kind>neighbourhoods?|neighborhoods?|"
    r"sub-?districts?|districts?|quarters?|suburbs?|province|governorate|region|countryside|city|town|village|camp|area|"
    r"enclave|desert|plain|mountains?|farms?|valley|airport|air ?base)\b",
    re.I,
)
# "X, Raqqa governorate", "X in the eastern countryside of Y": a place named with the area it
# lies in
_PARENT_AFTER = re.compile(
    r"^\s*,\s*(?:[\w’'-]+\s+){1,3}(?:governorate|province|district|countryside|county|region)\b"
    r"|^\s+(?:in|at)\s+the\s+(?:\w+\s+)?(?:countryside|province|governorate|outskirts|suburbs)\s+of\s",
    re.I,
)
# "X in Hiiraan region", "X in northern Burkina Faso", "X, northwest of Hasakah", "X, 20 km south
# of Y": the unit it lies in, a part of a named land, or a bearing from a named place after a
# name says it is a place, as "in X" before it does (the words after stay capitalised: a name)
_LOCATED_IN_AFTER = re.compile(
    r"^\s+in\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}"
    r"(?:province|governorate|region|district|county|territory|department|state)\b"
    r"|^\s+in\s+(?:(?:far|central|northern|southern|eastern|western|northeastern|northwestern|"
    r"southeastern|southwestern)\s+)[A-Z]"
    r"|^\s*,?\s+(?:(?:some|about|around|just)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+(?:the\s+)?[A-Z]"
    # ... or what the apposition after it says it is: "X, a farming town ...", "X and Y, two
    # government-held villages ...", "X, the district's main town"
    r"|^\s*,\s+(?:a|an|the|two|three|four|both)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:towns?|villages?|city|cities|suburbs?|districts?|neighbou?rhoods?|communes?|hamlets?|settlements?)\b"
    # ... that ends there ("a town councillor", "a village elder", "a district commander" are people)
    r"(?=\s*(?:[,.;:)(]|$)|\s+(?:of|in|on|near|outside|along|at|by|under|with|where|which|that|some|about|"
    r"around|just|close|held|controlled|\d|(?:north|south|east|west)\w*)\b)"
)
# "X witnesses an explosion", "X is witnessing battles": a name that opens the sentence as the
# subject of "witness" is the scene of what follows, a place. "Deir Ezzor clashes continue": a
# name of two words or more (not "Fierce", "Violent") opening the sentence before a fight noun
# names the front.
_WITNESS_AFTER = re.compile(r"^\s+(?:(?:is|was)\s+witnessing|witness(?:es|ed))\b", re.I)
_FRONT_AFTER = re.compile(r"^\s+(?:clashes|battles|fighting|front)\b", re.I)
# "Al-Foo town witnesses ...", "Bar village comes under fire": a kind word after the name that
# opens a sentence says it is a place (not a capital that only starts the sentence)
_SETTLEMENT_AFTER = re.compile(r"^\s+(?:town|village|city|neighbou?rhood|camp|countryside)\b", re.I)
# "Daraa governorate: On 3 March, ...", "Henan province has registered ...": a unit word after
# the name that opens a sentence says it is a place too, and the unit is meant
_UNIT_AFTER = re.compile(rf"^\s+(?:{'|'.join(sorted(ADMIN_TAIL))})\b", re.I)
# "Afgoye residents said ...", "Kismayo elders told ...": the people who live there, then what
# they say, after the name that opens a sentence say it is a place (the town they speak of)
# "Federal troops moved into X", "Regional police said": a word opening a sentence (capitalised
# whatever it is) right before a force or a body of officials, in lower case, is that body's
# adjective, unless it is a country's or a province's own name or a big city's, or the text uses it
# as a place elsewhere ("Kabul police said", "Punjab police" stay places)
_BODY_AFTER = re.compile(
    r"\s+(?:troops|forces|soldiers|police|policemen|officers|agents|guards|militias?|authorities|"
    r"officials|government|prosecutors)\b"
)
_RESIDENTS_AFTER = re.compile(
    r"^\s+(?:residents|locals|villagers|inhabitants|townspeople|elders)\s+"
    r"(?:said|say|says|told|reported|described|recounted|recalled|spoke)\b",
    re.I,
)
# Where a transliteration-only match is trusted: after a locative word, or with a kind word after.
# "in the eastern countryside of X", "target west X", "the far east of X", "The city of X ...".
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|on|into|inside|outside|around|towards|across|out\s+of|targets?|targeting|"
    r"targeted|hit|hits|struck|shelled|shell|shells|bomb|bombs|bombed|stormed|entered|besieged|besieging|"
    r"captured?|seized?|took|controls?|raids?|raided|attacks?|attacked|"
    r"(?:clash(?:es)?|battles?|fighting|control|siege|bombardment|shelling|capture)\s+(?:of|for|over))\s+|^\s+)(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?"
    r"(?:(?:far\s+)?(?:towns?|villages?|city|areas?|neighbourhoods?|neighborhoods?|districts?|camps?|countryside|"
    r"outskirts|edges?|fringes?|vicinity|suburbs|perimeter|desert|north|south|east|west|"
    # ... or the land around a village: "captured the hilltop of X", "in the orchards of X" (not
    # "farms": "the farms of X" are a person's as often; not "fled towards the hills of X")
    r"(?<!towards\sthe\s)(?<!toward\sthe\s)(?:hilltops?|hills|orchards))\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "the (eastern) countryside of X", "east of X": the phrase itself says X is a place; so do
# the people who live there ("civilians of X", "the residents of X", "families of X")
_KIND_OF_BEFORE = re.compile(
    r"\b(?:(?:far|north|south|east|west|northern|southern|eastern|western|central)\s+)?"
    r"(?:towns?|villages?|city|neighbourhood|neighborhood|countryside|outskirts|edges?|fringes?|vicinity|"
    r"suburbs|north|south|east|west|civilians|residents|inhabitants|villagers|townspeople|families|"
    r"people|population)\s+of\s+(?:the\s+)?$",
    re.I,
)
_LOCATIVE_LOWER = sensitive(_LOCATIVE_BEFORE)
# A name the text uses as a place somewhere: after a locative word or an attack verb ("killed in
# Hit", "hit Daraya again"), before its region ("Mobile, Alabama") or before the people and
# bodies of a place ("Hebron residents", "Ferguson police"). Such a name is no common word and
# no person for the whole text, whatever one other mention of it looks like.
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_PLACE_USE = re.compile(
    r"\b(?:in|near|at|outside|inside|into|(?:town|city|village|residents|people|civilians)\s+of|"
    r"hit|hits|struck|shelled|bombed|stormed|entered|besieged|captured|seized|retake|retook|recaptured)"
    rf"\s+(?:the\s+)?(?P<name>{_NAME})"
    rf"|(?P<before>{_NAME})(?:’s|'s)?\s+(?i:residents|police|officials|authorities)\b"
    rf"|(?P<parent>{_NAME}),\s+(?P<region>{_NAME})"
)
# what follows a place's possessive: a part of the place ("in Manbij's market", "at Aleppo's
# eastern outskirts"). A possessive after "in"/"at" uses the name as a place only so, or when the
# name is a big place's; "at Bell's home" is at a person's
_PLACE_PART_AFTER = re.compile(
    r"\s+(?:(?:old|main|central|eastern|western|northern|southern|historic|rebel-held|"
    r"government-held|besieged|city|industrial)\s+)?"
    r"(?:markets?|bazaars?|outskirts|countryside|cent(?:re|er)|downtown|airport|airbase|port|"
    r"streets?|neighbou?rhoods?|districts?|quarters?|suburbs?|squares?|villages?|towns?|old\s+city|"
    r"city|border|province|governorate|residents|people|hospitals?|schools?|mosques?|"
    r"camps?|outskirt|gates?|roads?|highway|edge|north|south|east|west|northeast|northwest|"
    r"southeast|southwest)\b",
    re.I,
)
# a person's things after a possessive: "at Smith's home", "Carter's funeral", "Bell's wife"
_PERSONAL_AFTER = re.compile(
    r"\s+(?:(?:new|former|late|own|family|childhood|parents)\s+)?"
    r"(?:home|house|residence|apartment|flat|funeral|office|family|wife|husband|son|daughter|"
    r"mother|father|brother|sister|widow|parents|lawyer|attorney|grave|car|truck|body|bedside|"
    r"shop|store|farm|trailer|driveway|yard|garage|bedroom|kitchen|porch)\b"
    # ... unless the noun is the first of a compound: "Azaz's car market", "Jarablus's car park",
    # "Harasta's home-made weapons", "Kafranbel's office of the local council"
    r"(?!-)(?!\s+(?:of|markets?|parks?|lands?|workshops?|districts?|areas?|zones?|fronts?|complex|plants?|"
    r"factor(?:y|ies)|stations?|dealers?|dealerships?|industry|sector|courts?|hospitals?|centres?|"
    r"centers?|supply|supplies|bombs?)\b)",
    re.I,
)
# a country's or province's possessive before a name: "in Libya's Tajoura"
_OWNER_BEFORE = re.compile(r"(?<![\w’'-])(?P<owner>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['’]s\s$")
# the names listed before a name: "Saqba, Jisrin and ", "Douma, "
_LISTED_NAME = r"(?:(?:al|el|as|ash|ad|ar|az)-)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}"
_LIST_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<first>{_LISTED_NAME})(?:,\s{_LISTED_NAME}){{0,6}}(?:,\s(?:(?:and|or)\s)?|\s(?:and|or)\s)$"
)
_LIST_REACH = 160
_LIST_GOES_ON = re.compile(r",\s|\s(?:and|or)\s")
# before a place in a title-case headline ("Clashes In Split", "Shelling Near Bath"); not "on",
# which as often heads what was hit ("Strike On Car")
_TITLED_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|around|across|into|towards|from)\s+(?:the\s+)?$", re.I
)
# a number right after a word: "Interstate 55", "Pack 122" (not "Aleppo 2016": a year)
_NUMBER_AFTER = re.compile(r"\s+(?:No\.\s*)?\d{1,3}(?!\d)")
# before a town that names a body after it: "in Bantam Superior Court", "St. Cloud Hospital"
_TOWN_BEFORE_BODY = re.compile(r"(?:\b(?:in|at|near|outside|from)|\b(?:St|Mt|Ft|Pt)\.)\s+$")
# before a verb: "Is Split Into", "To Carry Out", "Will Split"
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|to|will|would|can|could|may|might|must|should|not)\s+$", re.I
)
_LOCATIVE_REACH = 90  # longer than any phrase _LOCATIVE_BEFORE matches
_KIND_OF_LOWER = sensitive(_KIND_OF_BEFORE)
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f\u1e00-\u1eff\u0600-\u06ff"
_CAP_WORD = (
    rf"(?:(?:[A-Z]\.){{2,}}|(?:(?:al|el|ad|an|ar|as|ash|at|az|ed|ez|es)[-‐‑])?[{_UPPER}][\w\u0600-\u06ff]*"
    rf"(?:[’'\-‐‑][\w\u0600-\u06ff]+)*)"
)
_GAP = r"[ \t\u00a0]+"
# a name may open with an ayn or hamza mark ("the town of 'Anadan", "‘Ain Issa"), not go on
# after a letter's ("O'Brien", "Aleppo's")
_RUN = re.compile(
    rf"(?<![\w-])(?<!\w[’'‘`]){_CAP_WORD}(?:{_GAP}(?:(?:{'|'.join(_CONNECTORS)}){_GAP}){{0,2}}{_CAP_WORD})*"
)


@functools.lru_cache(maxsize=200_000)
def _inflected(low: str) -> tuple[str, ...]:
    """A verb's past and participle ("carry": carried, carrying; "storms": stormed, storming), the
    forms a body writes of a title-case headline's verb; no plural -s (Hama, Hamas)."""
    base = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") and len(low) > 4 else low
    if base.endswith("y"):
        return (base[:-1] + "ied", base + "ing")
    if base.endswith("e"):
        return (base + "d", base[:-1] + "ing")
    return (base + "ed", base + "ing", base + base[-1] + "ed", base + base[-1] + "ing")


@functools.lru_cache(maxsize=200_000)
def _key(text: str) -> str:
    return normalise(text)


@functools.lru_cache(maxsize=64)
def _keys_of(names: frozenset[str]) -> frozenset[str]:
    """The keys of names a spotter leaves out: every article's are the same actors' aliases and
    one of a few sources, keyed once, not once per article."""
    return frozenset(_key(e) for e in names if e)


@functools.lru_cache(maxsize=200_000)
def _skeleton(key: str) -> str:
    return skeleton(key)


@functools.lru_cache(maxsize=1 << 14)
def _as_written(key: str) -> str:
    return skeleton_as_written(key)


@functools.lru_cache(maxsize=4)
def _country_keys(gazetteer: Gazetteer) -> frozenset[str]:
    keys: set[str] = set()
    for ks in gazetteer.country_keys.values():
        keys |= ks
    return frozenset(keys)


@functools.lru_cache(maxsize=50_000)
def _demonym_of(low: str, country_keys: frozenset[str]) -> str:
    """The key of the country whose adjective ``low`` is, or ''."""
    for suffix in ("n", "an", "ian", "i", "ese", "ish", "ean"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            base = low[: -len(suffix)]
            # Syria-n, Canad-ian (Canada), Somal-i (Somalia), Ital-ian (Italy)
            for end in ("", "a", "ia", "y"):
                # a key of three letters is a code ("ben", Benin's), no name an adjective comes from
                if len(key := _key(base + end)) > 3 and key in country_keys:
                    return key
    return ""


class _Answers:
    """What spotting asks a gazetteer again and again, text after text: whether a key is an
    exact name, and whether it is a well-known place's own name (pure functions of the index)."""

    SIZE = 200_000

    def __init__(self) -> None:
        self.exact: dict[str, bool] = {}
        self.salient: dict[str, bool] = {}
        self.admin1: dict[str, bool] = {}
        self.speaks: dict[str, bool] = {}
        self.big: dict[str, bool] = {}
        self.spelt: dict[str, bool] = {}  # whether a key is an Arabic place's spelt otherwise

    def remember(self, cache: dict[str, bool], key: str, value: bool) -> bool:
        if len(cache) >= self.SIZE:
            cache.clear()
        cache[key] = value
        return value


_ANSWERS: weakref.WeakKeyDictionary[Gazetteer, _Answers] = weakref.WeakKeyDictionary()


def _answers(gazetteer: Gazetteer) -> _Answers:
    found = _ANSWERS.get(gazetteer)
    if found is None:
        found = _ANSWERS.setdefault(gazetteer, _Answers())
    return found


# a verb of speech right after a name: its subject speaks ("..., Huff said")
_SPEECH_AFTER = re.compile(
    r"\s+(?:said|says|told|added|explained|noted|asked|wrote|testified|recalled|stated)\b"
)
# "activists in Douma said": the people there speak, the place is where they are
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|of|from|at|near|outside|inside|around|across|for|to|into)\s+(?:the\s+)?$", re.I
)
_SPEAKING = 100_000  # a city that may speak for its government ("Ankara said")
# a town a common word names, in a title-case headline, read in a country the text names
_NAMED_TOWN = 10_000
# one to a few capitalised words in a row: where the text names a country
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# a word this short in a sentence written in capitals ("CAR", "BUS") is a common word or an
# acronym more often than a hamlet: only a well-known place by its own name (`_salient`: a
# country, a province, a town of 10,000: "HOMS", "AZAZ", "KUT")
_SHORT_SHOUTED = 4
# "activists in Zabadani and Madaya said": the last of places listed after a preposition
# (each listed item a place the gazetteer knows and no person: "in Little Rock, Sheriff Taylor
# and Huff said" lists people)
_LISTED_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|of|from|at|near|outside|inside|around|across|into)\s+(?:the\s+)?"
    r"(?P<items>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*),?\s+"
    r"(?:and|or)\s+$"
)

# an abbreviated first word right before a run: "St. ", "Mt. ", "W." ("W.Va.")
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])(?P<word>[A-Z](?:[a-z]{0,3}|[A-Z]))\.\s?$")  # "St.", "ST."
_CAPITALISED_BEFORE = re.compile(r"(?P<word>[A-Z][\w’'-]*)\s$")

# The shortest transliteration key (in consonants) any `Spotter._loose` accepts.
_LOOSEST = 3
# ... and the shortest one a name spelt as the gazetteer spells it but for its vowels, doubled
# letters and ending (one transliteration key) may have
_SPELT_ALIKE = 2
_JOINED_PART = 3  # letters of each word of a name written as one
_CODE = 3  # a country's ISO code: a name only written in capitals
_TITLE_LONGEST = max(len(t) for t in _TITLES) + 1  # with its "."


def _opens(sentence: Sentence, word: Word) -> bool:
    """The word opens the sentence or a headline's part after a colon or dash ("Police: Man
    charged"), or stands in a title-case headline: its capital says nothing of a name."""
    before = sentence.text[: word.start - sentence.start].rstrip()
    return not before or before.endswith((":", "—", "–", " -")) or title_case(sentence.text)


def _wire(line: Dateline | None) -> bool:
    """A wire dateline with its agency in brackets and a dash ("HOMS, Syria (AP) —", "Erie, Pa.
    (AP) —", "GAZA, Jan. 4 (Reuters) -", "ROME (AP) —"): the word after it opens the report."""
    return line is not None and line.bracketed and line.dashed


def _told(line: Dateline | None) -> bool:
    """A dateline that names its agency or its day ("HAMA, SANA -", "KYIV, July 4 -", "GAO (AFP) -"):
    a short name in capitals before it is the town filed from, not an acronym."""
    return line is not None and bool(line.agency or line.day)


def _after_dateline(sentence: Sentence, word: Word) -> bool:
    """The word opens the report after its wire dateline ("GOMA, Congo (Reuters) - Artillery
    fire ...", "JOS (AP) — Farmers fled ..."): its capital says nothing of a name."""
    at = word.start - sentence.start
    if at > 80 or sentence.text[at - 2 : at] not in ("- ", "— ", "– "):
        return False
    line = dateline(sentence.text)
    return line is not None and _wire(line) and line.stop == at


def _title_before(text: str, end: int) -> bool:
    """`_TITLE_BEFORE` at the end of ``text[:end]``: searched from just before the title it
    needs (it ends in spaces after the title and its dot), not over the whole text before."""
    before = text[:end]
    return _TITLE_BEFORE.search(before, max(0, len(before.rstrip()) - _TITLE_LONGEST)) is not None


@fast_init
@dataclass(frozen=True, slots=True)
class Spot:
    """A run of text that names a gazetteer place, before roles and geocoding."""

    start: int
    end: int
    text: str
    sentence: int
    feature_hint: frozenset[Feature]
    exact: bool = True  # False: known only by its transliteration key ("Menbej")
    organisation: bool = False  # the place begins an organisation's name ("Dublin City Council")
    street: bool = False  # a country names a street elsewhere ("Syria Street" in Tripoli)
    # a place the gazetteer lacks, named so by its phrase ("in X, a village in Y"): read only by
    # the unit its phrase names (unknown_places.py)
    unknown: bool = False


_WEEKDAY_NAMES = frozenset(d.lower() for d in calendar.day_name)
_MONTH_NAMES = frozenset(m.lower() for m in calendar.month_name if m)
# words that with a weekday name a day, not a place and its day: "Easter Sunday", "Good Friday"
_NAMED_DAYS = frozenset("easter palm good black bloody ash holy super cyber maundy shrove fat whit".split())
_DAY_NUMBER = re.compile(r"\d{1,2}\b")  # after one space
# feasts and holidays: alone, a time or what people gathered for ("at a Christmas party in X",
# "ahead of Eid", "Ramadan prayers"), never where it happened, though the gazetteer knows some as
# places (Christmas, Florida; "Christmas Island" is a name of two words)
_FEASTS = frozenset(
    """christmas easter eid ramadan ramazan nowruz newroz norouz ashura diwali hanukkah passover
    thanksgiving halloween""".split()
)


def _when_in(sentence: Sentence, run: list[Word]) -> int:
    """The index of a weekday, or of a month followed by a day's number, after the run's first
    word; 0 when there is none ("May", "March" alone are names as often as months)."""
    for i, w in enumerate(run[1:], 1):
        low = w.text.lower().removesuffix("’s").removesuffix("'s")
        if low in _WEEKDAY_NAMES:
            return 0 if run[i - 1].text.lower() in _NAMED_DAYS else i
        if (
            low in _MONTH_NAMES
            and i + 1 == len(run)
            and _DAY_NUMBER.match(sentence.text, w.end - sentence.start + 1)
        ):
            return i
    return 0


def _runs(sentence: Sentence) -> list[list[Word]]:
    """Maximal runs of capitalised words; a possessive ("Al Jazeera's") ends a run."""
    runs: list[list[Word]] = []
    for m in _RUN.finditer(sentence.text):
        text = m.group()
        found = _run_words(text, sentence.start + m.start())
        if "’s" not in text and "'s" not in text and (text.isascii() or not ARABIC.search(text)):
            if found:
                runs.append(found)  # the common case: no possessive, one script
            continue
        run: list[Word] = []
        for w in found:
            run.append(w)
            if w.text.endswith(("’s", "'s")):
                runs.extend(_by_script(run))
                run = []
        if run:
            runs.extend(_by_script(run))
    return runs


def _run_words(text: str, offset: int) -> list[Word]:
    if "." in text:  # "U.S." is one word
        return [Word(m.start() + offset, m.end() + offset, m.group()) for m in re.finditer(r"\S+", text)]
    return words(text, offset)


# Arabic letters (and their presentation forms): a name in Arabic script
ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufeff]")


def _arabic(word: Word) -> bool:
    return "\u0600" <= word.text[0] <= "\u06ff"


def _by_script(run: list[Word]) -> list[list[Word]]:
    """ "Mayadin الميادين Deir Ezzor": a name in two scripts is two names."""
    parts: list[list[Word]] = [[]]
    for w in run:
        if parts[-1] and _arabic(parts[-1][-1]) != _arabic(w):
            parts.append([])
        parts[-1].append(w)
    return parts


def _initialled(sentence: Sentence, run: list[Word], after: list[Word]) -> bool:
    """A first name and a middle initial, then the next run after ". " ("Tyrise M. Bell")."""
    initial, first = run[-1].text, run[-2].text if len(run) > 1 else ""
    if len(initial) != 1 or not initial.isupper() or len(first) < 2 or not first.isalpha():
        return False
    gap = sentence.text[run[-1].end - sentence.start : after[0].start - sentence.start]
    return gap == ". " and after[0].text[:1].isupper()


# "the Old Town of X", "X's Old City", "the Old Quarter": a city's old quarter, a part of the city
# the text names (Old Town, Maine, is named without "the")
_OLD_QUARTER_BEFORE = re.compile(r"(?:\bthe|[’']s?)\s+$", re.I)
_OLD_QUARTER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


_OLD_PARTS = frozenset(("town", "city", "quarter"))


def _old_quarter(sentence: Sentence, run: list[Word]) -> bool:
    at, end = run[0].start - sentence.start, run[-1].end - sentence.start
    return bool(
        _OLD_QUARTER_BEFORE.search(sentence.text[max(0, at - 8) : at])
        or _OLD_QUARTER_AFTER.match(sentence.text, end)
    )


_DAY_WORDS = frozenset(("Day", "Eve"))


def _named_day(sentence: Sentence, run: list[Word], after: list[Word]) -> bool:
    """The run is the possessive half of a day's name and ``after`` opens with "Day" or "Eve"
    ("New Year's Day", "Mother's Day", "Martyrs' Day", "New Year's Eve")."""
    if after[0].text not in _DAY_WORDS:
        return False
    gap = sentence.text[run[-1].end - sentence.start : after[0].start - sentence.start]
    return gap in (" ", "' ", "’ ") and (gap != " " or run[-1].text.endswith(("'s", "’s")))


def _saint(sentence: Sentence, run: list[Word]) -> bool:
    """ "St. Mary's", "St. John's Lutheran School", "St Mark's Cathedral" (British style, no
    period: "St" opens the run): a saint's name in the possessive."""
    at = run[0].start - sentence.start
    return (
        run[-1].text.endswith(("’s", "'s"))
        and (sentence.text[max(0, at - 4) : at] == "St. " or (len(run) > 1 and run[0].text == "St"))
        and _NAME_AFTER.match(sentence.text, run[-1].end - sentence.start) is not None
    )


_NAME_AFTER = re.compile(r"\s+[A-Z]")
# a building or a feast named after a saint, the saint's name next ("the Church of St. George",
# "the monastery of Saint Samuel", "named after St. Joseph")
_SAINT_OF = re.compile(
    r"(?i:\b(?:church|cathedral|monastery|chapel|shrine|basilica|convent|abbey|parish|school|college|"
    r"hospital|feast)\s+of\s+(?:the\s+)?|\bnamed\s+(?:after|for)\s+)(?:St\.?\s?|Saint\s)$"
)


def _saint_of(text: str, at: int) -> bool:
    """`_SAINT_OF` ends right before ``at``: tried only where "St" or "Saint" is among the last
    six characters (every match ends so), not over the sentence's start before every run."""
    before = text[max(0, at - 6) : at]
    return ("St" in before or "Saint" in before) and _SAINT_OF.search(text, 0, at) is not None


def _strip_possessive(word: Word) -> Word:
    m = _POSSESSIVE.search(word.text) if "'" in word.text or "’" in word.text else None
    if m and len(word.text) > 3 and not _CONTRACTION.search(word.text):
        return Word(word.start, word.start + m.start(), word.text[: m.start()])
    return word


# "fired Grad rockets", "Iskander missiles", "a Tomahawk cruise missile": a make names the weapon
# after it (a country, a province or a big city before one is the place: "Gaza rockets"; "a
# Sarmada drone strike" is where it hit; "X shells Y" is a verb)
_WEAPON_AFTER = re.compile(
    r"(?:-type|-class)?\s+(?:(?:cruise|ballistic|guided|anti-tank|anti-aircraft|surface-to-air|"
    r"surface-to-surface|air-to-ground)\s+)?(?:multiple\s+)?"
    r"(?:rockets?|missiles?|launchers?|(?:assault\s+)?rifles?|drones?|howitzers?|warheads?|"
    r"mortars?)\b(?!\s+(?:strikes?|attacks?|raids?|hit|hits|struck|killed|kills|fire)\b)",
    re.I,
)


# a jihadist group before a branch it names by a region ("Islamic State's West Africa Province",
# "Islamic State in the Greater Sahara", "al Qaeda in the Islamic Maghreb")
_GROUP_BEFORE = re.compile(
    r"\b(?:Islamic\s+State|IS|ISIS|ISIL|Daesh|[Aa]l[- ]Qa[ei]da|Qa[ei]da)"
    r"(?:[’']s\s+|\s+(?P<in_the>in\s+the\s+))$"
)
_BRANCH_NOUNS = frozenset(("Province", "Wilayat", "Branch", "Affiliate"))
_BRANCH_AFTER = re.compile(
    r"\s+(?:province|branch|affiliate|wing|franchise|offshoot|arm|chapter|faction)\b", re.I
)

# a nickname in quotes between a first name and a surname, each one capitalised word
# ('Joaquin "El Chapo" Guzman', "Mokhtar 'Mr Marlboro' Belmokhtar")
_NICKNAMED = re.compile(
    r"(?<![\w’'-])(?P<first>[A-Z][a-z][\w-]*) [\"“‘'](?P<nick>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})"
    r"[\"”’'] (?P<last>[A-Z][a-z][\w-]*)(?![\w-])"
)
# every match of `_NICKNAMED` holds one of these (a space, then the opening quote)
_NICKNAME_QUOTES = (' "', " “", " ‘", " '")


@dataclass
class Spotter:
    """Spots places sentence by sentence, in text order (it learns people's names as it goes)."""

    gazetteer: Gazetteer
    exclude: frozenset[str] = frozenset()
    people: set[str] = field(default_factory=set)
    # where an incident record heading's places begin (after "DATE:"): each name there is a place
    record_from: int | None = None
    # the words the text writes in lower case: a capitalised one of them may be a common word
    lower_words: frozenset[str] = frozenset()
    # the whole text: where it uses a name as a place (`_PLACE_USE`)
    text: str = ""

    def __post_init__(self) -> None:
        self.exclude = _keys_of(frozenset(self.exclude))
        self._country_keys = _country_keys(self.gazetteer)
        self._answers = _answers(self.gazetteer)
        self._name_word = functools.partial(name_word, self.gazetteer.common_words)
        self._placed = self._place_uses(self.text)
        self.people |= self._nicknamed(self.text)
        # the sentence being spotted, lower-cased (folding.py)
        self._lowered: tuple[Sentence | None, str | None] = (None, None)

    def _nicknamed(self, text: str) -> set[str]:
        """The keys of a person's names written around a nickname in quotes ('Joaquin "El Chapo"
        Guzman', "Nemesio 'El Mencho' Oseguera"): the nickname, the first name and the surname
        are a person's, here and wherever the text names them ("El Chapo's son"), even where a
        village bears them; not a name the text uses as a place ("in X") anywhere."""
        found: set[str] = set()
        if not any(q in text for q in _NICKNAME_QUOTES):
            return found
        for m in _NICKNAMED.finditer(text):
            if m["first"].lower() in _STOP or m["last"].lower() in _STOP:
                continue
            # a headline's scare quotes between two names ("Israel 'Strikes' Gaza After Rocket
            # Fire") name no one, nor do quotes beside a name that speaks for a government
            # ('the shelling of Kharkiv "Must Stop" Zelensky said'): no nickname sits there
            line_end = text.find("\n", m.end())
            line = text[text.rfind("\n", 0, m.start()) + 1 : line_end if line_end >= 0 else len(text)]
            if title_case(line) or self._may_speak(m["first"]) or self._may_speak(m["last"]):
                continue
            for name in (m["first"], m["nick"], m["last"]):
                key = _key(name)
                if key and key not in self._placed:
                    found.add(key)
        return found

    def _place_uses(self, text: str) -> frozenset[str]:
        """The keys of the names `_PLACE_USE` finds in ``text`` (a name before a comma only when
        what follows the comma is a country or a province: "Mobile, Alabama")."""
        found: set[str] = set()
        for m in _PLACE_USE.finditer(text):
            if m["parent"] is not None and not self.names_region(m["region"]):
                continue
            name = m["name"] or m["before"] or m["parent"]
            bare = _POSSESSIVE.sub("", name)
            if (
                m["name"] is not None
                and bare != name
                and not _PLACE_PART_AFTER.match(text, m.end())
                and not (self.names_region(bare) or self._big_city(bare))
            ):
                continue  # "at Bell's home": a person's; "in Manbij's market" is the town's
            found.add(_key(bare))
        return frozenset(found)

    def known(self, text: str, *, loose: int | Callable[[], int] = 0) -> bool:
        """The gazetteer knows this name; ``loose`` also accepts its transliteration key."""
        return self.match(text, loose=loose) is not None

    def match(self, text: str, *, loose: int | Callable[[], int] = 0) -> bool | None:
        """True: known by exact name, False: by transliteration key only, None: unknown.
        ``loose`` may be a function (`_loose` of a place in a sentence): it is read only when
        the name is no exact one and its key is long enough for any transliteration."""
        key = _key(text)
        if not key or key in self.exclude or key in self.people or key in self.gazetteer.not_places:
            return None  # groups and peoples ("Kurdish", "Taliban"): the geocoder never places them
        exact = self._answers.exact.get(key)
        if exact is None:
            exact = self._answers.remember(self._answers.exact, key, self.gazetteer.names_a_place(key))
        if exact:
            return True
        if not loose:
            return None
        skel = _skeleton(key)
        consonants = len(skel.replace(" ", ""))
        if callable(loose):
            if consonants < _SPELT_ALIKE:
                return None  # too short for any place in a sentence
            loose = loose()
            if consonants < _LOOSEST:
                # "near Shaafa", "in Hazzeh": a name of two consonants in a locative phrase is
                # one the gazetteer spells otherwise only when their transliteration keys meet
                # (Sha`fah, Hazzah): its skeleton alone meets hundreds of names
                return False if loose == _LOOSEST and self._spelt_alike(key, skel) else None
        # whether any key has this skeleton: its rows, not their places (every row has some)
        # (not a key met only by reading w as v: the skeleton folds them for the Persian, Pashto
        # and Russian names written either way, no reason to take an English word for a name the
        # gazetteer spells otherwise: "on Twitter", Tovtry)
        if (
            loose
            and consonants >= loose
            and (rows := self.gazetteer.skeleton_keys(skel))
            and (not ("w" in key or "v" in key) or any(_as_written(k) == _as_written(key) for k, _ in rows))
        ):
            return False
        if loose == _LOOSEST and (
            self._joined(key) or " " in key and self._spelt_alike(key, _skeleton(key.replace(" ", "")))
        ):
            return False
        return None

    def _spelt_alike(self, key: str, skel: str) -> bool:
        """A key under this skeleton of a place where Arabic is spoken has the name's
        transliteration key: "Balad Ruz" written apart for the gazetteer's one-word "Baladruz"
        (asked with the skeleton joined), "Shaafa" for "Sha`fah". The key folds the spellings of
        Arabic names; an English word meets a European village's on it ("House": Housse)."""
        found = self._answers.spelt.get(key)
        if found is None:
            own = translit(key)
            arabic = self.gazetteer.arabic_countries
            found = any(
                p.place.country_code in arabic
                for k, ids in self.gazetteer.skeleton_keys(skel)
                if translit(k) == own
                for p in self.gazetteer.places(place_ids(ids))
            )
            self._answers.remember(self._answers.spelt, key, found)
        return found

    def _joined(self, key: str) -> bool:
        """A name of two words written as one, in a locative phrase ("in Mehtarlam" for the
        gazetteer's "Mehtar Lam"; two parts, each of `_JOINED_PART` letters or more): the
        geocoder reads the one-word spelling by its letters (a fuzzy match), the spotter's exact
        and transliteration keys, split at the space, never met it."""
        if " " in key or len(key) < 2 * _JOINED_PART + 1:
            return False
        return any(
            self.gazetteer.names_a_place(f"{key[:i]} {key[i:]}")
            for i in range(_JOINED_PART, len(key) - _JOINED_PART + 1)
        )

    def spot(self, sentence: Sentence) -> list[Spot]:
        out: list[Spot] = []
        runs = _runs(sentence)
        if _PARTICLE.search(sentence.text):
            runs = self._particles(sentence, runs)
        surname = -1
        for i, run in enumerate(runs):
            if i == surname:
                continue
            if (
                i + 1 < len(runs)
                and _named_day(sentence, run, runs[i + 1])
                # "Syria's Day of Rage": a country's or province's day, the place stays one
                and not self.names_region(" ".join(w.text for w in run).rstrip("'’s").rstrip("'’"))
            ):
                # "on New Year's Day", "Martyrs' Day", "Valentine's Day", "New Year's Eve": a day
                # named after someone's, whose possessive split the run; neither part is a place
                # (Day County, Valentine in Nebraska). The rest of the day's run is read as ever
                if len(runs[i + 1]) > 1:
                    out.extend(self._spot_run(sentence, runs[i + 1][1:]))
                surname = i + 1
                continue
            if i + 1 < len(runs) and _initialled(sentence, run, runs[i + 1]) and not self._kind(run[-2].text):
                # "Tyrise M. Bell", "Virginia L. Lane": a person's name with a middle initial; its
                # surname is a person here and later, its first name no place. What the runs hold
                # besides is read as ever ("U.S. District Judge Ronald L. Buckwalter", "Donald L.
                # Schuler of Batesburg")
                if len(run) > 2:
                    out.extend(self._spot_run(sentence, run[:-2]))
                after = runs[i + 1]
                k = next((j for j, w in enumerate(after) if w.text.islower()), len(after))
                last = _key(_strip_possessive(after[k - 1]).text)
                if len(last) > 2:
                    self.people.add(last)
                if k + 1 < len(after):
                    out.extend(self._spot_run(sentence, after[k + 1 :]))
                surname = i + 1
                continue
            if _saint(sentence, run):
                # "St. Mary's School", "St Mark's Cathedral": named after a saint, the building's
                # name right after it is no place either ("Cathedral", "Lutheran School")
                if i + 1 < len(runs) and runs[i + 1][0].start == run[-1].end + 1:
                    surname = i + 1
                continue
            if self._affiliate(sentence, run):
                continue  # "Islamic State's West Africa Province", "al Qaeda in the Islamic Maghreb"
            if _saint_of(sentence.text, run[0].start - sentence.start):
                # "the Church of St. George", "the monastery of St. Samuel", "a school named
                # after St. Joseph": named after a saint
                continue
            whole = self._abbreviated(sentence, run)
            if whole is not None:
                out = [sp for sp in out if sp.end <= whole.start]  # "Mt" was read alone
                out.append(whole)
                rest = [w for w in run if w.start >= whole.end]
                while rest and rest[0].text.lower() in _FUNCTION:
                    rest = rest[1:]  # "St. Petersburg and Tampa"
                if rest:
                    out.extend(self._spot_run(sentence, rest))
                continue
            out.extend(self._spot_run(sentence, run))
        return out

    @staticmethod
    def _affiliate(sentence: Sentence, run: list[Word]) -> bool:
        """A jihadist group's branch named by its region: after the group in the possessive with
        the branch's noun after the name or ending it ("Islamic State's West Africa Province",
        "Islamic State's Khorasan branch", "IS's Sinai affiliate"; not "Islamic State's Raqqa
        stronghold", a place), or after "<group> in the" ("Islamic State in the Greater Sahara",
        "al Qaeda in the Islamic Maghreb")."""
        at = run[0].start - sentence.start
        # (every match ends in "'s " or "in the ": a cheap test first, most runs follow neither)
        tail = sentence.text[max(0, at - 40) : at].rstrip()
        if not tail.endswith(("'s", "’s", "the")):
            return False
        group = _GROUP_BEFORE.search(sentence.text, max(0, at - 40), at)
        if group is None:
            return False
        if group["in_the"]:
            return True
        return run[-1].text in _BRANCH_NOUNS or (
            _BRANCH_AFTER.match(sentence.text, run[-1].end - sentence.start) is not None
        )

    def _particles(self, sentence: Sentence, runs: list[list[Word]]) -> list[list[Word]]:
        """ "Mocimboa da Praia", "Santiago de los Caballeros", "Reggio di Calabria": a name with a
        lower-case Romance particle is one run when the gazetteer knows it whole (the longest
        such name first); "Kidal da Mali", no known whole, stays two runs, and a compass word
        after the particle ("Maguindanao del Sur", unknown whole) is dropped: the name's part.
        ("de" joins a run already, `_CONNECTORS`: splitting "X de Y" where each side is a known
        name found LGL's "Tour de France", but also "Tour" and "Trail de Paris": 1 toponym for 3
        false ones.)"""
        s0 = sentence.start
        out: list[list[Word]] = []
        for run in runs:
            prev = out[-1] if out else None
            gap = sentence.text[prev[-1].end - s0 : run[0].start - s0] if prev else ""
            joined = None
            if prev and _PARTICLE_GAP.fullmatch(gap):
                joined = self._join_particle(sentence, prev, gap, run)
                if joined is None and len(run) == 1 and run[0].text.lower() in _PARTICLE_COMPASS:
                    continue  # "Maguindanao del Sur" unknown whole: its "Sur" is no place
            if joined is not None:
                out[-1:] = joined
            else:
                out.append(run)
        return out

    def _join_particle(
        self, sentence: Sentence, before: list[Word], gap: str, after: list[Word]
    ) -> list[list[Word]] | None:
        """``before``, the particles of ``gap`` and ``after`` rejoined where the longest known
        name spans the gap (at most three words either side), or None."""
        at = before[-1].end
        particles = [Word(at + m.start(), at + m.end(), m.group()) for m in re.finditer(r"\S+", gap)]
        for i in range(max(0, len(before) - 3), len(before)):
            for j in range(min(3, len(after)), 0, -1):
                tail = _strip_possessive(after[j - 1])
                if self.match(self._text(sentence, [before[i], tail])) is True:
                    name = before[i:] + particles + after[:j]
                    return [part for part in (before[:i], name, after[j:]) if part]
        return None

    def _abbreviated(self, sentence: Sentence, run: list[Word]) -> Spot | None:
        """ "St. Petersburg", "Mt. Pleasant", "W. Va.": a name whose first word is abbreviated
        with a period, when the gazetteer knows it whole (not a title: "Sen. Lincoln")."""
        at = run[0].start - sentence.start
        if at < 2 or sentence.text[at - 1] not in ". " or len(run[0].text) < 2:
            return None  # "U.S led", "D. C": single letters
        found = _ABBREVIATION_BEFORE.search(sentence.text, max(0, at - 7), at)
        if found is None or found["word"].lower() in _TITLES:
            return None
        name_before = _CAPITALISED_BEFORE.search(sentence.text, max(0, found.start() - 30), found.start())
        if name_before and name_before["word"].lower() not in _FUNCTION | _COMPASS:
            return None  # "Cedar St." is a street, "Raynola St. Clair" a person ("In St. Louis" is not)
        # the longest head of the run before a connector ("St. Petersburg and Tampa")
        for k in range(len(run), 0, -1):
            if k < len(run) and run[k].text.lower() not in _CONNECTORS:
                continue
            end = _strip_possessive(run[k - 1]).end - sentence.start  # "St. Petersburg's"
            text = sentence.text[found.start() : end]
            if self.match(text) is True:
                return self._make(sentence, sentence.start + found.start(), sentence.start + end, text)
        return None

    def _loose(self, sentence: Sentence, start: int, end: int, text: str) -> int:
        """How many consonants a transliteration key needs here: 3 in a locative phrase ("in X",
        "X town"), 4 for a name that only has an Arabic article, 0: exact names only (no other
        values: `match` skips asking for keys shorter than `_LOOSEST`)."""
        before = sentence.text[: start - sentence.start]
        after = sentence.text[end - sentence.start :]
        if self._lowered[0] is not sentence:
            self._lowered = (sentence, lowered(sentence.text))
        low = self._lowered[1]
        # the phrase is at most a few words: only the end of the text before is searched
        end = start - sentence.start
        if before.endswith(("'", "’", "‘", "`")):
            before, end = before[:-1], end - 1  # "in 'Ain Issa": the name's ayn mark
        if low is not None:
            locative = _LOCATIVE_LOWER.search(low, max(0, end - _LOCATIVE_REACH), end) or (
                "of" in low[max(0, end - 8) : end]  # a cheap test first; any space may follow
                and _KIND_OF_LOWER.search(low, max(0, end - _LOCATIVE_REACH), end)
            )
        else:
            locative = _LOCATIVE_BEFORE.search(before, max(0, end - _LOCATIVE_REACH)) or (
                "of" in before[-8:].lower() and _KIND_OF_BEFORE.search(before, max(0, end - _LOCATIVE_REACH))
            )
        if (
            locative
            or _KIND_AFTER.match(after)
            or _PARENT_AFTER.match(after)
            or _LOCATED_IN_AFTER.match(after)
            or self._owned_place(before)
            or self._listed_after_locative(before, after, text)
        ):
            return 3
        if not before.strip() and (
            _WITNESS_AFTER.match(after) or (" " in text and _FRONT_AFTER.match(after))
        ):
            return 3
        if self.record_from is not None and sentence.index == 0 and start > self.record_from:
            return 3
        if _ARTICLE_TOKEN.search(text) or _ARTICLE_WORD.match(text) or " al-" in text.lower():
            return 4
        return 0

    def _listed_after_locative(self, before: str, after: str, text: str) -> bool:
        """ "shelling hit Saqba, Jisrin and Kafr Batna", "in Douma, Harasta or Arbin": a name
        listed after a place the gazetteer knows by name, in a locative phrase, is in it; not
        after a month ("in May, Pehrson was"), not a kind word ("in X and Exit 6"), and a name
        after a comma only inside a list ("in Gaza, European diplomats said" lists nothing)."""
        if not before.endswith((", ", " and ", " or ")) or self._kind(text):
            return False
        if before.endswith(", ") and not _LIST_GOES_ON.match(after):
            return False
        listed = _LIST_BEFORE.search(before, max(0, len(before) - _LIST_REACH))
        if (
            listed is None
            or listed["first"].lower() in _STOP
            or self.match(_POSSESSIVE.sub("", listed["first"])) is not True
        ):
            return False
        at = listed.start()
        return _LOCATIVE_BEFORE.search(before, max(0, at - _LOCATIVE_REACH), at) is not None

    def _held_place(self, sentence: Sentence, run: list[Word]) -> bool:
        """The name after "X-held" is a place in a place phrase: it opens the sentence, a
        locative or a possessive comes before ("in Turkish-controlled Afrin", "Aleppo's
        Kurdish-held X"), or a kind word after ("... X district"); not "the Houthi-run Saba news
        agency"."""
        before = sentence.text[
            max(0, run[0].start - sentence.start - _LOCATIVE_REACH) : run[0].start - sentence.start
        ]
        return (
            not before.strip()
            or before.endswith(("'s ", "’s "))
            or _LOCATIVE_BEFORE.search(before) is not None
            or _KIND_AFTER.match(sentence.text, run[-1].end - sentence.start) is not None
        )

    def _owned_place(self, before: str) -> bool:
        """ "in Libya's Tajoura", "near Idlib's Saraqeb": a country's or province's possessive
        in a locative phrase says the name after it is a place there."""
        if not before.endswith(("'s ", "’s ")):
            return False
        owner = _OWNER_BEFORE.search(before, max(0, len(before) - 40))
        return (
            owner is not None
            and self.names_region(owner["owner"])
            and _LOCATIVE_BEFORE.search(before, max(0, owner.start() - _LOCATIVE_REACH), owner.start())
            is not None
        )

    def _spot_run(self, sentence: Sentence, run: list[Word]) -> list[Spot]:
        if self._owner(sentence, run):
            return []
        run = run[:-1] + [_strip_possessive(run[-1])]
        while run and run[0].text.lower() in _FUNCTION and not self._country_code(run[0].text):
            run = run[1:]  # "In Mosul", "The Hague" is kept by the gazetteer check below
        if not run:
            return []
        when = _when_in(sentence, run)
        if when:
            # "in Kabul Tuesday", "at the Shelby County Jail Friday", "in Aleppo January 5": a
            # day or date after the place without "on" (AP style) is no part of its name
            after = run[when + 1 :]
            return self._spot_run(sentence, run[:when]) + (self._spot_run(sentence, after) if after else [])
        if len(run) > 1 and _HELD_SUFFIX.search(run[0].text) and self._held_place(sentence, run):
            # "Aleppo's Kurdish-held Sheikh Maqsoud district", "Rebel-held Douma": who holds the
            # place is no part of its name (the adjective is read alone, as it was before)
            return self._single(sentence, run[0]) + self._spot_run(sentence, run[1:])
        # (a hyphen first: most words have none, and the search tries every position)
        based = [
            i for i, w in enumerate(run) if ("-" in w.text or "‐" in w.text) and _BASED_SUFFIX.search(w.text)
        ]
        if based:
            # "The UK-based Syrian Observatory ...": the base is a place, the rest an organisation.
            i = based[0]
            rest = run[i + 1 :]
            return self._single(sentence, run[i]) + (self._spot_run(sentence, rest) if rest else [])
        if len(run) == 1:
            return self._single(sentence, run[0])
        lowered = [w.text.lower() for w in run]
        if lowered[0] == "old" and len(run) > 1 and lowered[1] in _OLD_PARTS:
            # "the Old Town of Hebron", "Jerusalem's Old City": a city's old quarter, no town of
            # its own (Old Town, Maine, is named without "the"); the city is read as ever
            if len(run) > 3 and lowered[2] == "of":
                return self._spot_run(sentence, run[3:])
            if len(run) == 2 and _old_quarter(sentence, run):
                return []
        if (k := _neighbourhood_of(lowered)) is not None:
            # "The Al-Zahraa Neighborhood Of Homs City": the neighbourhood, then the city it lies
            # in, not one name (read whole, the city was taken for an organisation's name)
            return self._spot_run(sentence, run[: k + 1]) + self._spot_run(sentence, run[k + 2 :])
        if self._named_after_person(run, lowered) or self._site_of_person(run, lowered):
            return []
        if lowered[-1] == "state" and not any(w in _ORG_WORDS for w in lowered[:-1]):
            unit = self._text(sentence, run[:-1])
            if self.names_region(unit) or self._names_states(unit):
                # "in Zamfara State", "Kaduna State": Nigeria's way of writing a state, not an
                # organisation named after it (that has its body after: "Zamfara State Police");
                # so too a state's name two countries give provinces ("Plateau State": Benin has
                # a Plateau department), which names no one country's province alone
                return self._spot_run(sentence, run[:-1])
        if (k := _lga_at(lowered)) > 0:
            # "in Maru LGA", "Bassa LGA of Plateau state": Nigeria's local government area is
            # read by its name, as the town named after it (the wire's gold marks the town; asked
            # as the unit, its middle, the event's point moved tens of km from the town in three
            # of four wire reports of "X local government area"), and what follows as ever; so
            # too written out in capitals, "Talata Mafara Local Government Area of Zamfara State"
            # (its "Government" had made the whole run an organisation's name)
            rest = run[k + (1 if lowered[k] == "lga" else len(_LGA_WORDS)) :]
            return self._spot_run(sentence, run[:k]) + (self._spot_run(sentence, rest) if rest else [])
        if any(w in _ORG_WORDS for w in lowered):
            return self._organisation(sentence, run, lowered)
        text = self._text(sentence, run)
        loose = functools.partial(self._loose, sentence, run[0].start, run[-1].end, text)
        if (
            (
                lowered[-1] in _SITE_TAIL
                or (
                    lowered[-1] in _SITES
                    and not _LOCATED_AFTER.match(sentence.text, run[-1].end - sentence.start)
                )
            )
            and len(run) > 1
            and self.match(text) is not True
        ):
            # "Deir Ezzor Airbase", "Al-Mayadeen City": the kind word says the rest is a place;
            # "Idlib Central Jail", "Aleppo Central Prison": so does a site with a compass word
            head = run[:-1]
            while (
                len(head) > 1
                and head[-1].text.lower() in _COMPASS
                and not self.known(self._text(sentence, head))
            ):
                head = head[:-1]
            name = self._text(sentence, head)
            if self.known(name, loose=3):
                return [self._make(sentence, head[0].start, head[-1].end, name)]
        if self.known(text, loose=loose) or (
            lowered[-1] in ARABIC_HEADED_KINDS
            and self.match(arabic_headed(self._text(sentence, run[:-1]), lowered[-1])) is True
        ):
            # (the second: "the Ghab Plain", a site the gazetteer holds as "Sahl al-Ghab")
            return [self._make(sentence, run[0].start, run[-1].end, text)]
        if lowered[-1] in ADMIN_TAIL and self.known(strip_admin_word(text)):
            return [self._make(sentence, run[0].start, run[-1].end, text, exact=True)]  # "Laurel County"
        if self._unit_by_its_kind(text, sentence.text[run[-1].end - sentence.start :]):
            spot = self._make(sentence, run[0].start, run[-1].end, text, exact=True)
            if spot.feature_hint:  # "in Fizi territory": a unit the gazetteer files only so
                return [spot]
        if any(w in _SPLIT for w in lowered) or self._as_conjunction(sentence, run):
            return self._list(sentence, run)  # "Manbij as Washington": the conjunction, no article
        if (lowered[0] in _COMPASS or self._demonym(lowered[0])) and len(run) > 1:
            return self._spot_run(sentence, run[1:])  # "North Texas", "Southern Sudan", "Syrian Afrin"
        if lowered[0] == "old" and len(run) > 1 and loose() == 3:
            return self._spot_run(sentence, run[1:])  # "clashes in Old Aleppo": its old city
        if (
            lowered[0].endswith("ing")
            and run[0].start == sentence.start
            and len(run) > 1
            and not self.known(self._text(sentence, run[:1]))  # "Wyoming Governor", "Beijing Mayor"
        ):
            return self._spot_run(sentence, run[1:])  # "Targeting Damascus city ...": a verb opens it
        stem = named_after(text)
        if stem and self.match(stem) is True and (not _opens(sentence, run[0]) or self._salient(stem)):
            # "Deir ez-Zor al-Jadida", "Daraa al-Balad": a known place and an Arabic qualifier
            # the gazetteer lacks the whole of; the geocoder reads it by the place it is named after
            return [self._make(sentence, run[0].start, run[-1].end, text)]
        return (
            self._country_first(sentence, run)
            or self._record_head(sentence, run)
            or self._kind_tail(sentence, run)
            or self._person(sentence, run)
        )

    def _named_after_person(self, run: list[Word], lowered: list[str]) -> bool:
        """ "the Carter Presidential Library", "the Lincoln Memorial Museum", "Abraham Lincoln
        Presidential Center": a museum, library, centre or hall named after a person; the name is
        a person's, no place (unless a country's or province's, or the text uses it as a place)."""
        k = next((i for i, w in enumerate(lowered) if w in ("presidential", "memorial")), 0)
        if k == 0 or k + 1 >= len(run) or lowered[k + 1] not in _HONOURING:
            return False
        named = run[:k]
        if any(lowered[i] in _STOP or lowered[i] in _ORG_WORDS for i in range(k)):
            return False
        text = " ".join(w.text for w in named)
        if _key(text) in self._placed or self.names_region(text):
            return False
        self._learn_owner(named, text)
        return True

    def _site_of_person(self, run: list[Word], lowered: list[str]) -> bool:
        """ "the Lincoln Museum", "the Carter Library": a museum, library or centre named by one
        name that the text gives a person elsewhere, after a title or a first name ("President
        Lincoln", "Abraham Lincoln", "Jimmy Carter"): the name is the person's, no place (unless
        the text uses it as a place)."""
        if len(run) != 2 or lowered[1] not in _HONOURING or not run[0].text.isalpha():
            return False
        name = run[0].text
        key = _key(name)
        if (
            not self.text
            or lowered[0] in _STOP
            or lowered[0] in _COMPASS
            or lowered[0] in _ORG_WORDS
            or self._kind(name)
            or key in self._placed
            or self.names_region(name)
        ):
            return False
        before_name = rf"\b(?P<first>[A-Z][\w’'-]*)\.?\s+(?:[A-Z]\.\s+)?{re.escape(name)}\b"
        for m in re.finditer(before_name, self.text):
            first = m["first"]
            low = first.lower()
            if low in _TITLES or low in _OFFICES:
                break  # "President Lincoln", "Sheriff Carter"
            if (
                first.isalpha()
                and low not in self.lower_words  # "Burial Mound": a common word
                and low not in _STOP
                and low not in _COMPASS
                and not self._kind(first)
                and low not in _ORG_WORDS
                and not self._demonym(low)
                and not (self.names_region(first) or self._big_city(first))
                and not self.known(f"{first} {name}")
            ):
                break  # "Abraham Lincoln": a first name
        else:
            return False
        self.people.add(key)
        return True

    def _owner(self, sentence: Sentence, run: list[Word]) -> bool:
        """ "at Smith's home", "Carter's funeral", "Bell's wife": a name in the possessive before
        a person's home, family or belongings is a person's, here and later; not a country's or
        province's, a big city's, an organisation's or a name the text uses as a place."""
        last = run[-1]
        if not last.text.endswith(("’s", "'s")) or not _PERSONAL_AFTER.match(
            sentence.text, last.end - sentence.start
        ):
            return False
        named = run[:-1] + [_strip_possessive(last)]
        while named and named[0].text.lower() in _FUNCTION:
            named = named[1:]
        if not named or any(w.text.lower() in _ORG_WORDS or w.text.lower() in _STOP for w in named):
            return False
        text = self._text(sentence, named)
        if _key(text) in self._placed or self.names_region(text) or self._big_city(text):
            return False
        if len(named) > 1 and (
            named[-1].text.lower() in ADMIN_TAIL | _LONE_NOUNS  # "Clark County's trailer"
            or _key(named[0].text.replace(".", "")) in self._country_keys  # "the U.S. Attorney's office"
            or self.known(text)
        ):
            return False
        self._learn_owner(named, text)
        return True

    def _learn_owner(self, named: list[Word], text: str) -> None:
        """Remember a name read as a person's for the rest of the text."""
        if len(named) > 1:
            self._learn_person(named)
        elif len(_key(text)) > 2:
            self.people.add(_key(text))

    def _kind_tail(self, sentence: Sentence, run: list[Word]) -> list[Spot]:
        """ "the home of Rami al-Hassan al-Foo town": a run that is no place, followed by a kind
        word, ends with the place the kind word is of, an Arabic name that its article joined to
        the name of someone before it."""
        if not _KIND_AFTER.match(sentence.text[run[-1].end - sentence.start :]):
            return []
        for k in range(1, len(run)):
            tail = run[k:]
            if not _ARTICLE_TOKEN.match(tail[0].text):
                continue  # only an Arabic name joined to the one before by its article
            text = self._text(sentence, tail)
            # a longer tail by its exact name only: a transliteration key of two names may meet
            # some place ("al-Shishani al-Shaddadi")
            loose = 3 if len(tail) == 1 and len(_skeleton(_key(text)).replace(" ", "")) >= _LOOSEST else 0
            if self.known(text, loose=loose):
                self._learn_person(run[:k])
                return [self._make(sentence, tail[0].start, tail[-1].end, text)]
        return []

    def _record_head(self, sentence: Sentence, run: list[Word]) -> list[Spot]:
        """ "Al Qastal Al Ghazi village", "Bokrus Tahtani": a name of an incident record heading
        that the gazetteer lacks as a whole is read by its longest leading part it knows (the
        words after qualify it: lower, upper, a second name), not by the next name."""
        if self.record_from is None or sentence.index != 0 or run[0].start <= self.record_from:
            return []
        twin = _ARABIC_BEFORE.search(sentence.text, 0, run[0].start - sentence.start)
        if twin and self.known(twin["name"], loose=3):
            return []  # the name is given whole in Arabic script just before: that reads it
        for n in range(len(run) - 1, 0, -1):
            head = run[:n]
            if head[-1].text.lower() in _CONNECTORS or head[-1].text.lower() in _STOP:
                continue
            if n == 1 and _fold_kind(head[0].text) in _ARABIC_KINDS:
                break  # "Mazra'at Yarub" (Yarub farm): the kind word alone names no place
            text = self._text(sentence, head)
            if len(_skeleton(_key(text)).replace(" ", "")) >= _LOOSEST and self.known(text, loose=3):
                return [self._make(sentence, head[0].start, head[-1].end, text)]
        return []

    def _country_first(self, sentence: Sentence, run: list[Word]) -> list[Spot]:
        """ "U.S. Attorney", "United States Centers ...", "Syria Daily Report": a run that is no
        place but opens with a country's name names the country; "Ohio Senate", "Georgia Bureau":
        one that opens with a state's or province's name names it (where the body sits: origin)."""
        admin1 = self.gazetteer.admin1_countries
        for n in range(min(3, len(run) - 1), 0, -1):
            head = run[:n]
            text = self._text(sentence, head)
            key = _key(text)
            if key.replace(" ", "") in self._country_keys or key in self._country_keys:
                if n == 1 and run[1].text.lower() in _STREET_WORDS:
                    spot = self._make(sentence, head[0].start, head[-1].end, text, country=True, exact=True)
                    return [replace(spot, street=True)]
                if n == 1:
                    return self._single(sentence, run[0])
                return [self._make(sentence, head[0].start, head[-1].end, text, country=True, exact=True)]
            if key in admin1 and not any(w.text.lower() in _STOP for w in head):
                spot = self._make(sentence, head[0].start, head[-1].end, text, exact=True)
                return [replace(spot, organisation=True)]
        return []

    def _person(self, sentence: Sentence, run: list[Word]) -> list[Spot]:
        """A run of capitalised words that is no place: a person's name, learnt for later; not in
        a title-case headline, whose capitals say nothing ("Regime Artillery Pounds Balyun In
        ...": the run is no name, and its last word may be a village the lead names)."""
        written = self.text[sentence.start : sentence.end] if self.text else sentence.text
        if not title_case(written):  # as written: `readable` has lower-cased its known words
            self._learn_person(run)
        return []

    def _organisation(self, sentence: Sentence, run: list[Word], lowered: list[str]) -> list[Spot]:
        """ "Dublin City Council", "Texas Fire Service": the place the organisation is named after."""
        first_org = next(i for i, w in enumerate(lowered) if w in _ORG_WORDS)
        if lowered[first_org] in _OFFICES and first_org + 1 < len(run):
            self._learn_person(run[first_org + 1 :])
        split = max((i for i in range(first_org) if lowered[i] in _SPLIT), default=-1)
        if split >= 0:
            # "Phil Cole of the Ohio Association ...": the name before is spotted on its own
            before = self._list(sentence, run[:split])
            rest = run[split + 1 :]
            while rest and rest[0].text.lower() in _FUNCTION:
                rest = rest[1:]
            return before + (
                self._organisation(sentence, rest, [w.text.lower() for w in rest]) if rest else []
            )
        after = next((i for i in range(first_org + 1, len(run)) if lowered[i] in _SPLIT), None)
        # "Public Health Agency of Canada": the place after the organisation's kind
        rest = run[after + 1 :] if after is not None else []
        while rest and rest[0].text.lower() in _FUNCTION:
            rest = rest[1:]
        # one place, not a list: "... of Iraq and the Levant" names a movement's aims; nor a
        # common word ("Chamber of Commerce", "Department of Justice")
        tail = (
            self._spot_run(sentence, rest)
            if rest
            and not any(w.text.lower() in _SPLIT for w in rest)
            and not (len(rest) == 1 and self._common_word(rest[0].text))
            else []
        )
        for end in range(first_org, 0, -1):
            head = run[:end]
            if any(w.text.lower() in _STOP for w in head):
                continue
            text = self._text(sentence, head)
            if len(head) == 1 and self._common_word(text) and not self._town_before_body(sentence, head[0]):
                continue  # "Superior Court", "Border Police", "Landmark Bank": a common word's body
            if (len(head) > 1 or not self._demonym(text.lower())) and self.known(text):
                spot = self._make(sentence, head[0].start, head[-1].end, text, exact=True)
                return [
                    Spot(spot.start, spot.end, spot.text, spot.sentence, spot.feature_hint, True, True),
                    *tail,
                ]
        return tail

    def _as_conjunction(self, sentence: Sentence, run: list[Word]) -> bool:
        """A lower-case "as" in the run is the conjunction ("Manbij as Washington pledges
        support", "Foegler as Dublin's city manager"), not the Arabic article, which is "as" only
        before an s ("Tall as Sultan and Dayr as Salib on Monday", "Qasr as Sarab"), unless a verb
        after the run begins a clause ("Aleppo as Saudi Arabia pledges aid")."""
        after_as = [run[i + 1].text if i + 1 < len(run) else "" for i, w in enumerate(run) if w.text == "as"]
        if not after_as:
            return False
        return not all(w[:1] in ("S", "s") for w in after_as) or bool(
            _VERB_AFTER.match(sentence.text, run[-1].end - sentence.start)
        )

    def _list(self, sentence: Sentence, run: list[Word]) -> list[Spot]:
        """ "Ghouta and Mahatta", "Casualties of Damascus": places joined by small words."""
        split_as = self._as_conjunction(sentence, run)
        parts: list[list[Word]] = [[]]
        for w in run:
            if w.text.lower() in _SPLIT:
                parts.append([])
            else:
                parts[-1].append(w)
        if split_as:
            # a part with "as" is one name when the gazetteer knows it whole ("Dayr as Salib")
            parts = [p for part in parts for p in self._split_as(sentence, part)]
        found: list[Spot] = []
        named = any(w.text == "of" for w in run)
        # a list before one plural neighbourhood word: its common words are kinds of quarter, not
        # names ("the Old and New Neighborhoods of Tripoli", "Rich and Poor Neighborhoods")
        quarters = bool(parts[-1]) and parts[-1][-1].text.lower() in _NEIGHBOURHOOD
        for k, part in enumerate(parts):
            while part and part[0].text.lower() in _FUNCTION:
                part = part[1:]
            # (the head before "of" may seem used as a place by this very mention: "near the Line")
            if len(part) == 1 and (named or quarters) and self._common_word(part[0].text, anywhere=k > 0):
                continue  # "the Line of Control", "the Chamber of Commerce": a name of common words
            if len(part) == 1:
                found.extend(self._single(sentence, part[0]))
            elif part:
                sub = self._text(sentence, part)
                loose = functools.partial(self._loose, sentence, part[0].start, part[-1].end, sub)
                head = part[:-1]
                if self.known(sub, loose=loose):
                    found.append(self._make(sentence, part[0].start, part[-1].end, sub))
                elif (
                    part[-1].text.lower() in _NEIGHBOURHOOD
                    and not (len(head) == 1 and self._common_word(head[0].text))  # "Better Neighborhoods"
                    and not self._demonym(self._text(sentence, head).lower())
                    and self.known(self._text(sentence, head), loose=3)
                ):
                    # "Al-Sukkari And Al-Ansari Neighborhoods": the last one's kind word is the list's
                    found.append(
                        self._make(sentence, head[0].start, head[-1].end, self._text(sentence, head))
                    )
                else:
                    found.extend(self._country_first(sentence, part) or self._person(sentence, part))
        return found

    def _split_as(self, sentence: Sentence, part: list[Word]) -> list[list[Word]]:
        if not any(w.text == "as" for w in part) or self.known(self._text(sentence, part)):
            return [part]
        out: list[list[Word]] = [[]]
        for w in part:
            if w.text == "as":
                out.append([])
            else:
                out[-1].append(w)
        return out

    def _learn_person(self, run: list[Word]) -> None:
        """ "Rami Abdel Rahman": a name that is no place; its last word is a person later on."""
        if any(w.text.lower() in _COMPASS or w.text.lower() in _FUNCTION for w in run):
            return  # "Southern Sudan" names a region, not a person
        if _ARTICLE_WORD.match(run[0].text + " x"):
            return  # "Al Manghiya": an Arabic place name the gazetteer lacks, not a person
        if 2 <= len(run) <= 4 and all(w.text[:1].isupper() and w.text.isalpha() for w in run):
            last = _key(run[-1].text)
            if len(last) > 2:
                self.people.add(last)

    @staticmethod
    def _text(sentence: Sentence, run: list[Word]) -> str:
        return sentence.text[run[0].start - sentence.start : run[-1].end - sentence.start]

    def _single(self, sentence: Sentence, word: Word) -> list[Spot]:
        word = _strip_possessive(word)
        text = word.text
        if ("-" in text or "‐" in text) and _BASED_SUFFIX.search(text):
            text = _BASED_SUFFIX.sub("", text)
            word = Word(word.start, word.start + len(text), text)
        low = text.lower()
        if low in _STOP and not self._country_code(text):  # "us", but "US"
            return []
        if low in _FEASTS:
            return []
        if low in _COMPASS and _PART_AFTER.match(sentence.text, word.end - sentence.start):
            return []  # "In The Southeastern Countryside Of Idlib": a part of a place, not Oman's
        if len(text) < 2 or ("'" in text or "’" in text) and _CONTRACTION.search(text) or self._demonym(low):
            return []
        if _KIND_AFTER_ADJECTIVE.match(
            sentence.text, word.end - sentence.start
        ) and self.country_of_adjective(text):
            return []  # "the Turkish town of Jarablus", "the Lebanese border town of Arsal"
        if _title_before(sentence.text, word.start - sentence.start):
            self.people.add(_key(text))  # "Mr. Moore", "Sen. Lincoln": a person, here and later
            return []
        if (
            _SPEECH_AFTER.match(sentence.text, word.end - sentence.start)
            and not self._may_speak(text)
            and not _KIND_OF_BEFORE.search(sentence.text, 0, word.start - sentence.start)
            and not _PREPOSITION_BEFORE.search(sentence.text, 0, word.start - sentence.start)
            and not self._listed_places(sentence, word)
        ):
            if _key(text) not in self._placed:
                self.people.add(_key(text))  # "..., Huff said": a person, here and later
            return []  # "Kobani says ...", "Shells landed in Kobani": this mention only
        if _DOTTED.match(text):
            key = text.replace(".", "").lower()
            if key in self._country_keys:
                return [self._make(sentence, word.start, word.end, text, country=True, exact=True)]
            at = word.start - sentence.start
            if (
                text in _DOTTED_STATES
                and _NAME_COMMA_BEFORE.search(sentence.text, max(0, at - 40), at)
                and not initials(sentence.text, word.end - sentence.start, self._name_word)
            ):
                # (a state, not the country its capitals would make of it: "Medina, N.Y.")
                return [Spot(word.start, word.end, text, sentence.index, _STATE_HINT)]
            return []
        loose = functools.partial(self._loose, sentence, word.start, word.end, text)
        if (
            "-" in text
            and not _ARTICLE_TOKEN.match(text)
            and not self.known(text, loose=loose)
            # (not a unit the gazetteer files only with its kind word: "in the Mayo-Sava
            # department" is one unit, not the towns Mayo and Sava)
            and not self._unit_by_its_kind(text, sentence.text[word.end - sentence.start :])
        ):
            return self._hyphenated(sentence, word)
        at = word.start - sentence.start
        filed = (
            at == 0
            or "/" in sentence.text[:at]
            and SLASHED_OPENING.fullmatch(sentence.text, 0, at) is not None
        ) and _told(dateline_after(sentence.text, at + len(text)))
        if (
            text.isupper()
            and len(text) > 1
            and _key(text) not in self._country_keys
            and len(text) < 5
            and not filed
        ):
            return []  # acronyms: SOHR, AFP, ISIL; but UK, US are countries, ALEPPO, HOMS datelines
        if low in _LONE_NOUNS:
            return []  # "the Capital", "a Camp", "the Coalition": a common noun capitalised, not a name
        if (
            not self.known(text, loose=loose)
            and not self._site_headed(sentence, word)
            and not self._unit_by_its_kind(text, sentence.text[word.end - sentence.start :])
        ):
            return []  # (a unit the gazetteer files only with its kind word: "in Fizi territory")
        if (
            _WEAPON_AFTER.match(sentence.text, word.end - sentence.start)
            and _key(text) not in self._placed
            and not self._may_speak(text)
        ):
            return []  # "Grad rockets", "Tomahawk missiles": a weapon's make, not where it struck
        if (
            len(text) <= _SHORT_SHOUTED
            and not filed
            and self._shouted(sentence)
            and not (self.names_region(text) or self._salient(text))
        ):
            return []  # "FIGHTING IN CAR KILLS 12": a short word in capitals, a common one or an acronym
        if (
            low in self.lower_words
            and not self.names_region(text)
            and _key(text) not in self._placed
            and not (not _opens(sentence, word) and self._big_city(text))
        ):
            return []  # "Bell", "Pack", "Man": the text writes the word in lower case too, a common word
        if (
            not self.lower_words.isdisjoint(_inflected(low))
            and title_case(self.text[sentence.start : sentence.end] if self.text else sentence.text)
            and not self.names_region(text)
            and _key(text) not in self._placed
            and not self._big_city(text)
        ):
            # "Regime Warplanes Carry Out 14 Airstrikes" over "warplanes carried out": a title-case
            # headline's verb the text writes inflected in lower case is a common word (Carry-le-Rouet)
            return []
        if _NUMBER_AFTER.match(sentence.text, word.end - sentence.start) and self._common_word(text):
            return []  # "Interstate 55", "Pack 122", "Loop 286": a numbered road or unit
        if self._common_titled(sentence, word, text):
            return []  # "Warplanes Carry Out", "Is Split Into", "Strike On Car": a headline's common word
        opening = word.start == sentence.start and not filed or _after_dateline(sentence, word)
        if (
            opening
            and _BODY_AFTER.match(sentence.text, word.end - sentence.start)
            and _key(text) not in self._placed
            and not self._own_region(text)
            and not self._big_city(text)
        ):
            return []  # "Federal troops", "Regional forces": the body's adjective, not a place
        if (
            opening
            and not self._salient(text)
            and (unit := _UNIT_AFTER.match(sentence.text[word.end - sentence.start :]))
        ):
            end = word.end + unit.end()
            name = sentence.text[word.start - sentence.start : end - sentence.start]
            return [self._make(sentence, word.start, end, name, exact=True)]
        if (
            opening
            and not self._salient(text)
            and not _WITNESS_AFTER.match(sentence.text[word.end - sentence.start :])
            and not _SETTLEMENT_AFTER.match(sentence.text[word.end - sentence.start :])
            and not _RESIDENTS_AFTER.match(sentence.text[word.end - sentence.start :])
        ):
            return []  # "Air strikes hit ...": a capital that only starts the sentence
        return [self._make(sentence, word.start, word.end, text, city=bool(filed))]

    def _site_headed(self, sentence: Sentence, word: Word) -> bool:
        """ "in the Ghab plain", "the Ruj plains": a word the gazetteer lacks before a plain's,
        valley's, hill's or mountain's kind word is a place when it holds the site under the
        Arabic word that heads such names ("Sahl al-Ghab"); placing reads it so (`query_for`)."""
        m = KIND_WRITTEN_AFTER.match(sentence.text, word.end - sentence.start)
        return m is not None and self.match(arabic_headed(word.text, m["kind"])) is True

    def _common_titled(self, sentence: Sentence, word: Word, text: str) -> bool:
        """A common English word capitalised only by a title-case headline ("Warplanes Carry
        Out", "Drone Strike on Car Near X"): no place unless a country's or province's name, a
        name the text uses as a place elsewhere, one after a preposition of place ("In Split"),
        or a city of `_SPEAKING` people not read as a verb after an auxiliary ("Is Split Into")."""
        if text.lower() not in self.gazetteer.common_words:
            return False
        if not title_case(self.text[sentence.start : sentence.end] if self.text else sentence.text):
            return False
        if self.names_region(text) or _key(text) in self._placed:
            return False
        at = word.start - sentence.start
        before = sentence.text[max(0, at - _LOCATIVE_REACH) : at]
        if _TITLED_PLACE_BEFORE.search(before):
            return False
        if _AUXILIARY_BEFORE.search(before) is not None:
            return True
        return not (self._big_city(text) or self._town_of_named_country(text))

    def _town_of_named_country(self, text: str) -> bool:
        """A town of `_NAMED_TOWN` people by its own name in a country the text names or whose
        adjective it uses ("Jets Pound Mocha As Yemeni Forces Advance"): the story's country
        speaks for it, as it does not for Car, China or Split, Croatia in a story about Syria."""
        countries = self._named_countries
        return bool(countries) and any(
            hit.kind == 0
            and (p := self.gazetteer.place(hit.place_id).place).feature is Feature.CITY
            and p.population >= _NAMED_TOWN
            and p.country_code in countries
            for hit in self.gazetteer.exact(_key(text))
        )

    @functools.cached_property
    def _named_countries(self) -> frozenset[str]:
        """The countries the text names, by name ("Yemen", "South Sudan") or adjective ("Yemeni")."""
        of_key = self.gazetteer.country_of_key
        found: set[str] = set()
        for run in _CAPITALISED_RUN.finditer(self.text):
            words = run.group().split()
            for n in range(1, min(3, len(words)) + 1):
                for i in range(len(words) - n + 1):
                    name = " ".join(words[i : i + n])
                    key = _key(name)
                    # (a key of three letters is a code, read only in capitals: "US", not "Ben")
                    if key in of_key and (len(key) > 3 or name.isupper()):
                        found.add(of_key[key])
            for word in words:
                if (adjective := _demonym_of(word.lower(), self._country_keys)) in of_key:
                    found.add(of_key[adjective])
        return frozenset(found)

    @staticmethod
    def _town_before_body(sentence: Sentence, word: Word) -> bool:
        """The word follows a preposition of place with no article ("in Bantam Superior Court")
        or an abbreviation ("St. Cloud Hospital", "Mt. Pleasant police"): a town's name."""
        at = word.start - sentence.start
        before = sentence.text[max(0, at - _LOCATIVE_REACH) : at]
        return bool(_TOWN_BEFORE_BODY.search(before))

    def _common_word(self, text: str, *, anywhere: bool = True) -> bool:
        """A common English word that names no country or province, no city of `_SPEAKING`
        people, and (``anywhere``) that the text uses as a place nowhere."""
        return (
            text.lower() in self.gazetteer.common_words
            and not self.names_region(text)
            and not (anywhere and _key(text) in self._placed)
            and not self._big_city(text)
        )

    def _state_elsewhere(self, key: str) -> bool:
        """ "Georgia", "Niger": a country's name that is also a state's or province's in another
        country. It says nothing of which is meant: the story's other places decide."""
        found = self._answers.admin1.get(key)
        if found is None:
            owners = {cc for cc, keys in self.gazetteer.country_keys.items() if key in keys}
            hits = self.gazetteer.exact(key)
            found = any(
                p.feature is Feature.ADMIN1 and p.country_code not in owners
                for p in (ip.place for ip in self.gazetteer.places([h.place_id for h in hits]))
            )
            self._answers.remember(self._answers.admin1, key, found)
        return found

    def _may_speak(self, text: str) -> bool:
        """A place that speaks is a government: a country, a province or state, a region, or a
        city of `_SPEAKING` people ("Moscow said", "Texas says"); a lone name of a small town, a
        neighbourhood or a county before "said" is a person's ("Huff said", "Marion said")."""
        key = _key(text)
        found = self._answers.speaks.get(key)
        if found is None:
            found = key in self._country_keys or any(
                hit.kind == 0
                and (
                    (p := self.gazetteer.place(hit.place_id).place).feature
                    in (Feature.COUNTRY, Feature.ADMIN1, Feature.REGION)
                    or p.feature is Feature.CITY
                    and p.population >= _SPEAKING
                )
                for hit in self.gazetteer.exact(key)
            )
            self._answers.remember(self._answers.speaks, key, found)
        return found

    def _shouted(self, sentence: Sentence) -> bool:
        """The article writes this sentence wholly in capitals (shouting.py re-cased it)."""
        return shouted(self.text[sentence.start : sentence.end]) if self.text else False

    def _listed_places(self, sentence: Sentence, word: Word) -> bool:
        """ "activists in Zabadani and Madaya said": the word is the last of places listed after
        a preposition, each listed item a place the gazetteer knows by its exact name and no
        person (no title before it, no name the text has read as a person's)."""
        at = word.start - sentence.start
        m = _LISTED_AFTER_PREPOSITION.search(sentence.text, 0, at)
        if m is None:
            return False
        for item in m["items"].split(","):
            name = item.strip()
            if (
                not name
                or any(w.lower() in _STOP or w.lower() in _TITLES for w in name.split())
                or _key(name) in self.people
                or self.match(name) is not True
            ):
                return False
        return True

    def _big_city(self, text: str) -> bool:
        """A city of `_SPEAKING` people by its own name ("Mosul", "Reading", "Nice"): the name,
        capitalised, is the city even when the text also writes the word in lower case."""
        key = _key(text)
        found = self._answers.big.get(key)
        if found is None:
            found = any(
                hit.kind == 0
                and (p := self.gazetteer.place(hit.place_id).place).feature is Feature.CITY
                and p.population >= _SPEAKING
                for hit in self.gazetteer.exact(key)
            )
            self._answers.remember(self._answers.big, key, found)
        return found

    @staticmethod
    def _kind(word: str) -> bool:
        """A kind word or a common noun ("Area", "Hill", "Camp"): no one's first name."""
        return word.lower() in _LONE_NOUNS or word.lower() in _SITES or word.lower() in _NAMED_KINDS

    def _country_code(self, text: str) -> bool:
        """ "US", "UK": a country's code in capitals (that is a function word in lower case)."""
        return text.isupper() and text.lower() in self._country_keys

    def _demonym(self, low: str) -> bool:
        """ "Syrian", "Iraqi", "Somali": a country's adjective, not a place. Only the adjectives
        the suffix rule derives: LGL marks "Palestinian", "Lebanese" and "Turkish" as toponyms,
        and leaving out the gazetteer's other adjectives too cost its F1 0.712 -> 0.711."""
        return bool(_demonym_of(low, self._country_keys))

    def _own_region(self, text: str) -> bool:
        """ "Punjab", "Syria": a country's or a province's own name, not one of its other names
        ("Federal" for the Federal District)."""
        return any(
            hit.kind == 0
            and self.gazetteer.place(hit.place_id).place.feature in (Feature.COUNTRY, Feature.ADMIN1)
            for hit in self.gazetteer.exact(_key(text))
        )

    def _names_states(self, text: str) -> bool:
        """ "Plateau": the own name of provinces (admin1) of more than one country, which
        `names_region` leaves out (its key names no one country's province)."""
        hits = [h for h in self.gazetteer.exact(_key(text)) if h.kind == 0]
        return sum(self.gazetteer.place(h.place_id).place.feature is Feature.ADMIN1 for h in hits) > 1

    def names_region(self, text: str) -> bool:
        """ "Syria", "Idlib": the name of a country or a province (admin1)."""
        key = _key(text)
        return key in self._country_keys or key in self.gazetteer.admin1_countries

    def names_province(self, text: str) -> bool:
        """ "Idlib", "Chhattisgarh": the name of a province (admin1), not of a country."""
        key = _key(text)
        return key in self.gazetteer.admin1_countries and key not in self._country_keys

    def country_of_adjective(self, word: str) -> str:
        """ "Iraqi" -> "iraq", "Lebanese" -> "lebanese": a key that names the country an adjective
        is of, or ''. The gazetteer's loose country names are the adjectives no suffix rule
        derives ("Lebanese", "Turkish", "Dutch")."""
        low = word.lower()
        key = _key(low)
        if key in self._country_keys and not self.gazetteer.exact(key):
            return key
        return _demonym_of(low, self._country_keys)

    def adjective_of_country(self, word: str) -> bool:
        """ "German", "Turkish": a country's adjective, the gazetteer's loose name of a country
        that is no place's own name (a village's other name "German" is not its own)."""
        key = _key(word.lower())
        return (
            key in self._country_keys
            and not any(hit.kind == 0 for hit in self.gazetteer.exact(key))
            or bool(_demonym_of(word.lower(), self._country_keys))
        )

    def _hyphenated(self, sentence: Sentence, word: Word) -> list[Spot]:
        """ "Turkey-Syria border": two places joined by a hyphen (not "Hit-and-run", "Wal-Mart",
        nor an office: "Secretary-General", "Attorney-General", "Vice-President", nor a word said
        twice, a name of its own the gazetteer lacks: "Mai-Mai militiamen", "Bor-Bor")."""
        key = _key(word.text)
        if not _HYPHEN_UNIT_AFTER.match(sentence.text[word.end - sentence.start :]) and any(
            self.gazetteer.names_a_place(f"{key} {kind}") for kind in UNIT_KINDS
        ):
            # "in Nyanza-Lac", "in Logone-et-Chari": a unit's name the gazetteer files only with
            # its kind word (a unit no town lies in), one place, not a part standing for it (Lac,
            # Chad) nor nothing
            return [self._make(sentence, word.start, word.end, word.text, exact=True)]
        parts = word.text.split("-")
        if not all(part[:1].isupper() for part in parts) or any(p.lower() in _HYPHEN_OFFICES for p in parts):
            return []
        if len({p.lower() for p in parts}) == 1:
            return []
        after = sentence.text[word.end - sentence.start :]
        if _HYPHEN_UNIT_AFTER.match(after):
            return []  # "in Jharkhand's Saraikela-Kharsawan district": one unit's name, no two places
        if all(_NAME_PART.fullmatch(p) and self.match(p, loose=_LOOSEST) is False for p in parts):
            # "in Nagorno-Karabakh": every part only spelt like some place somewhere (Najran,
            # Karabuk), none a place by its own name: one name the gazetteer lacks, not a found
            # part standing for it ("in Kassoum-Dieri", where the other part meets nothing)
            return []
        found = []
        pos = word.start
        road = _HYPHEN_ROAD_AFTER.match(after) is not None
        locative = (
            _HYPHEN_LOCATIVE.search(
                sentence.text, max(0, word.start - sentence.start - 8), word.start - sentence.start
            )
            is not None
        )
        for part in word.text.split("-"):
            if part and part[0].isupper():
                one = self._single(sentence, Word(pos, pos + len(part), part))
                if (
                    not one
                    and pos > word.start
                    and not road
                    and all(_NAME_PART.fullmatch(p) for p in parts)
                    and not locative
                ):
                    # "the Herald-Press", "the Netanyahu-Lieberman-Barak government": a later
                    # part no place of its own, the compound is one name the gazetteer lacks and
                    # its parts no places either (a word before a place qualifies it:
                    # "Vest-Agder", "Chabad-Shadyside"; a road named by its two ends, "the
                    # Palmyra-Deir Ezzor road", keeps the end it reads); told where something
                    # happened ("in Kassoum-Dieri") the found part stands for the place as before
                    return []
                if one and locative and not road and not self._own_name(part):
                    # "in Karachay-Cherkessia", "in Trans-Dniester": a part that is no place's own
                    # name, only another name of one (Qaraci in Azerbaijan, Trans-en-Provence) or
                    # its spelling, does not stand for the compound the gazetteer lacks where it is
                    # told something happened: the compound is one place of its own, placed by the
                    # unit its phrase names or not at all ("in Kassoum-Dieri" keeps its name)
                    return [
                        replace(
                            self._make(sentence, word.start, word.end, word.text, exact=False), unknown=True
                        )
                    ]
                found.extend(one)
            pos += len(part) + 1
        return found

    def _own_name(self, text: str) -> bool:
        """Some place has this name as its own (not only as another name or by its spelling)."""
        return any(hit.kind == 0 for hit in self.gazetteer.exact(_key(text)))

    def _salient(self, text: str) -> bool:
        """A sentence-initial word counts as a place only if it is a well-known one's own name."""
        key = _key(text)
        salient = self._answers.salient.get(key)
        if salient is None:
            # a common word opening many sentences has hundreds of namesakes: read them once
            salient = any(
                hit.kind == 0
                and (
                    (p := self.gazetteer.place(hit.place_id).place).feature != Feature.CITY
                    or p.population >= 10_000
                )
                for hit in self.gazetteer.exact(key)
            )
            self._answers.remember(self._answers.salient, key, salient)
        return salient

    def _make(
        self,
        sentence: Sentence,
        start: int,
        end: int,
        text: str,
        *,
        country: bool = False,
        exact: bool = False,
        city: bool = False,
    ) -> Spot:
        """``city``: a dateline's city in capitals ("ERIE, Pa. (AP) —"), no country's code."""
        after = sentence.text[end - sentence.start :]
        hint: frozenset[Feature] = frozenset()
        if m := _KIND_AFTER.match(after):
            kind = m["kind"].lower().rstrip("s")
            if kind in ("neighbourhood", "neighborhood", "quarter", "suburb", "district"):
                hint = frozenset({Feature.NEIGHBOURHOOD, Feature.ADMIN3})
            elif kind in ("sub-district", "subdistrict"):
                # a third-level unit (Syria's nahiyas) before the town it is named after, as the
                # geocoder reads "X sub-district" asked whole
                hint = frozenset({Feature.ADMIN3})
            elif kind in ("province", "governorate"):
                # "in Hodeidah province", "Idlib province": the unit, not its capital of the name
                # (Al Hudaydah, 25 km off; UCDP places such events at the unit's point), as the
                # geocoder reads "X province" asked whole
                hint = _STATE_HINT
            elif kind == "region":
                hint = _UNIT_HINT
            elif kind in ("countryside", "desert", "plain"):
                hint = _UNIT_OR_TOWN_HINT
            elif kind == "camp":
                # a camp is a settlement of its own (GeoNames files Yarmouk camp as one), not a
                # city quarter of its name ("Al-Yarmouk camp" is not Dar'a's al-Yarmouk quarter)
                hint = frozenset({Feature.CITY})
            elif kind in ("city", "town", "village", "enclave") and _INDEFINITE_BEFORE.search(
                sentence.text, max(0, start - sentence.start - 4), start - sentence.start
            ):
                # "a South Kivu town", "an Idlib village": the name says where the town lies (a
                # province, a district), it is not the town's name
                hint = _UNIT_OR_TOWN_HINT
            elif kind in ("city", "town", "village", "enclave"):
                hint = frozenset({Feature.CITY, Feature.NEIGHBOURHOOD})
        elif _STATE_AFTER.match(after):
            hint = _STATE_HINT  # "Borno state": the unit
        elif _UNIT_WORD_AFTER.match(after):
            # "Lamu county" (Kenya's counties are first-level units), "Walikale territory" (one
            # of Congo's, filed only with its kind word), "Cordoba department": the unit
            hint = _UNIT_HINT
        elif _TOWN_OF_BEFORE.search(
            sentence.text, max(0, start - sentence.start - 24), start - sentence.start
        ):
            hint = frozenset({Feature.CITY, Feature.NEIGHBOURHOOD})  # "the city of Sweida": not the province
        elif _UNIT_OF_BEFORE.search(
            sentence.text, max(0, start - sentence.start - 24), start - sentence.start
        ):
            # "Syria's northeastern province of Hasakah", "Mexico's eastern state of Veracruz": the
            # unit, not its capital of the same name
            hint = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.REGION})
        if (
            country
            or (text.isupper() and len(text) <= 4 and not city)
            or (key := _key(text)) in self._country_keys
            and not self._state_elsewhere(key)
            and (len(key) > _CODE or text.isupper())  # "Bol", "Can": towns, no codes (BOL, CAN)
        ):
            hint = frozenset({Feature.COUNTRY})  # the only acronyms we take for places: UK, US, UAE
        return Spot(
            start,
            end,
            text,
            sentence.index,
            hint,
            exact or self.match(text) is True or bool(hint) and self._unit_by_its_kind(text, after),
        )

    def _unit_by_its_kind(self, text: str, after: str) -> bool:
        """ "in Irumu territory": a unit no town lies in, filed only with its kind word (sources.
        geonames.towns_less_admin2_entries), is named exactly so, not by a spelling elsewhere."""
        m = _UNIT_KIND_AFTER.match(after)
        return m is not None and bool(self.gazetteer.exact(f"{_key(text)} {m['kind'].lower()}"))
