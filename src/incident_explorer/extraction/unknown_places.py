"""Places the gazetteer lacks, spotted where the phrase itself says they are places.

Most villages of a conflict report are in no gazetteer we can bundle ("in Kobsoura, a village
in Mali's Mopti region"). The spotter only finds names the gazetteer knows, so such a village
was never a mention: its event went to whatever else the sentence named (a nearby town, a
context city, the country). Here a capitalised name is a place when the words around it say so:

- "in X, a (small) village in/of/near ...", "X, a town in ...", "X, a rural commune ..."
- "the (Dogon) village of X", "the town of X"
- "in X village", "near X town" (no "the" before X: "the Dogon village" names a people)
- "in X, 30 km from Y", "near X, about 40 km north of Y"
- "in X, in Y's Z district", "near X in Y" (Y a province, or a district the gazetteer knows only
  as one: "near X in North Waziristan"), "retook X in the Y region" (after an attack's verb)
- "in X, central Mali", "at X, Y province" (Y a country or province the gazetteer knows)
- "in X (Y territory)", "attacked X (Y district)": a bracket naming a unit with its kind word
- "in X near Y", "near X, north of Y" (Y a place the gazetteer knows), "near X on the Y-Z
  highway", "in X on the Ethiopian border"
- "into the X neighbourhood", "in the X area of Y", "attacked the X military airfield in Y"

Each such spot is marked ``unknown``: the geocoder reads it only by the unit its phrase names
(`placing.place_mentions` keeps no spelling match, which would be a namesake elsewhere), so the
incident is placed at that unit with the unit's precision, or left unplaced when none is named.
A name is refused when it is a common word the text writes in lower case, a stop word, a
month or weekday, a country's adjective, a person the text titles, an actor's name, or a name
the gazetteer knows by any spelling (the spotter has read those).
"""

from __future__ import annotations

from incident_explorer import compiled_re as re
from incident_explorer.extraction import roles as R
from incident_explorer.extraction import spotting as S
from incident_explorer.extraction.folding import lowered
from incident_explorer.extraction.sentences import Sentence
from incident_explorer.places.place import Feature
from incident_explorer.places.who_acts import WHO_ACTS, written_as_code

# a name: one to three capitalised words, with an Arabic article or a Romance particle inside
_WORD = r"[A-Z][a-z’'\-]*[a-z]"
_JOIN = r"(?:[ -](?:(?:al|el|da|de|di|du|do|des|la|le)[ -])?)"
_NAME = rf"(?:(?:[Aa]l|[Ee]l|[Aa]d|[Aa]n|[Aa]r|[Aa]s|[Aa]sh|[Aa]t|[Aa]z)-)?{_WORD}(?:{_JOIN}{_WORD}){{0,2}}"
# ... capitalised even in a pattern that ignores case elsewhere ("In X, a village"): else "fired
# on protesters in Tenkodora, a town" reads "protesters in Tenkodora" as the name
_CASED_NAME = rf"(?-i:{_NAME})"
_AT = r"\b(?:in|at|near|outside|on|into|around|to|from)\s+"
# ... or an attack's verb, where the phrase after the name says what it is ("stormed X, a village")
_AT_OR_HIT = (
    r"\b(?:in|at|near|outside|on|into|around|to|from|attacked|raided|stormed|seized|captured|overran|burnt|burned|"
    r"torched|shelled|struck|hit|bombed|entered|took|retook)\s+"
)
_KINDS = r"(?:village|town|hamlet|commune|locality|settlement|community|township|market\s+town)"
# the kind word ends the apposition or says where the place lies: "X, a village in ...", not
# "X, a village elder", "X, a town councillor" (people)
_KIND_ENDS = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|near|on|of|about|some|around|close|outside|just|between|along|"
    r"north|south|east|west|\d))"
)
_APPOSITIVE = re.compile(
    rf"{_AT_OR_HIT}(?P<name>{_CASED_NAME})\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{_KINDS}{_KIND_ENDS}", re.I
)
_KIND_OF = re.compile(rf"\b(?:the|a)\s+(?:[\w-]+\s+){{0,2}}?{_KINDS}s?\s+of\s+(?P<name>{_NAME})")
# ... and the land around a village where something happened there: "captured the hilltop of X",
# "in the orchards of X" (not "fled towards the hills of X": a destination, no settlement named)
_LAND = r"(?:hilltops?|hills|orchards)"
_LAND_OF = re.compile(
    r"\b(?:in|at|on|near|around|captured|seized|stormed|took|retook|overran|shelled|struck|hit|bombed|"
    rf"attacked|raided)\s+the\s+(?:[\w-]+\s+){{0,2}}?{_LAND}\s+of\s+(?P<name>{_NAME})"
)
_KIND_AFTER = re.compile(rf"{_AT}(?P<name>{_NAME})\s+(?:village|town|hamlet|locality)\b")
_DISTANCE = re.compile(
    rf"{_AT_OR_HIT}(?P<name>{_CASED_NAME})\s*,\s*(?:(?:about|some|around|nearly|roughly|just)\s+)?\d+(?:[.,]\d+)?\s*"
    r"(?:km|kms|kilomet(?:er|re)s?|miles?)\b",
    re.I,
)
# "in X, in Y's ...", "near X in central Y", "in X, in the municipality of Y": Y must be a
# spot the gazetteer knows
_COMPASS = R.COMPASS
_UNIT_WORDS = (
    r"(?:municipality|district|county|province|department|region|commune|territory|circle|cercle|"
    r"prefecture|governorate|state|desert|countryside|outskirts|part|area|mountains|hills)"
)
_UNIT_OF = rf"(?:(?:the\s+)?{_COMPASS}?{_UNIT_WORDS}\s+of\s+(?:the\s+)?)"
# a local unit's kind word after its name: "in the Bankass circle", "in Garissa County"
_UNIT_AFTER = re.compile(
    r"\s+(?:circle|cercle|commune|woreda|municipality|zone|territory|state|department|prefecture|county|"
    r"province|district|region|governorate|oblast|parish|local\s+government\s+area|LGA)\b",
    re.I,
)
# (not "on X in Y": "attacks on Christians in Nigeria", "a strike on Qasem Soleimani in Baghdad"
# name who or what was attacked there)
_IN_KNOWN = re.compile(
    rf"\b(?:in|at|near|outside|into|around)\s+(?P<name>{_NAME})\s*,?\s+in\s+(?:the\s+)?"
    # ... or the town that holds X as a quarter: "in X in the northern city of Y", "the port town of Y"
    rf"(?P<unit>{_UNIT_OF}|(?:[a-z][\w’'-]*\s+){{0,2}}?(?:city|town)\s+of\s+)?{_COMPASS}?(?=[A-Z])"
)
# "in X (Y territory)", "attacked X (Y district)": a bracket naming the unit that holds X, its
# kind word told (a bracket with a bare name may be X's other name: "Kobani (Ayn al-Arab)")
_BRACKET_OPENS = re.compile(rf"{_AT_OR_HIT}(?P<name>{_CASED_NAME})\s*\(\s*(?:the\s+)?(?=[A-Z])")
UNIT_BRACKET_ENDS = re.compile(
    r"\s+(?:territory|county|district|department|province|region|governorate|state|prefecture|division)\s*\)"
)
# (not "captured": "captured X in Y" names a person as often as a place)
_HIT_VERBS = tuple("attacked raided stormed seized overran shelled bombed entered retook torched".split())
# ... or an attack's verb before X: "retook X in Ituri province", "attacked X in the Diffa region"
# (the unit after X must still be told as holding it, as above)
_HIT_IN_KNOWN = re.compile(
    rf"\b(?:{'|'.join(_HIT_VERBS)})\s+"
    rf"(?P<name>{_CASED_NAME})\s+in\s+(?:the\s+)?(?P<unit>{_UNIT_OF})?{_COMPASS}?(?=[A-Z])"
)
# ... but not one word in the plural: an attack's verb takes goods and peoples as often as
# places ("seized Toyotas in Y province", "torched Humvees in Y"), and a plural names no village
_PLURAL = re.compile(r"[A-Z][a-z]+[a-rt-z]s")
_UNIT_FEATURES = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.ADMIN3, Feature.REGION})
# "in X, near the border with Y", "at X, close to the Malian border": a place by its border
_BORDER = re.compile(
    rf"{_AT}(?P<name>{_NAME})\s*,\s+(?:near|close\s+to|on|along)\s+the\s+(?:[\w-]+\s+)?border\b"
)
# "in X, on the (northern) edge of Y", "in X on the outskirts of Y": a place at a town's edge
_EDGE = re.compile(
    # (not after "on": "an attack on Christians on the outskirts of Jos" names who was attacked)
    rf"{_AT_OR_HIT}(?<!\bon\s)(?P<name>{_NAME})\s*,?\s+(?:on|at)\s+the\s+(?:(?:far\s+)?(?:north|south|east|west)\w*\s+)?"
    r"(?:outskirts|edges?|fringes?)\s+of\b"
)
# a quarter or local unit named by its kind word, where the phrase names what holds it: "in X
# district of Y province", "in X township in Y state", "in Y's (mainly Shi'ite) X district",
# "the Alawite neighbourhood of X", "X, a Shi'ite district of Y"; the unit after it stands in
# (and South Asia's and Ethiopia's local units: "in X tehsil of Y", "in X woreda of Y")
_LOCAL_UNIT = R.LOCAL_UNIT
_QUARTER = rf"(?:sub-?district|district|township|neighbou?rhood|quarter|suburb|{_LOCAL_UNIT})"
_QUARTER_OF = re.compile(
    rf"{_AT}(?P<name>{_CASED_NAME})\s+{_QUARTER}\s+(?:of|in)\s+(?:the\s+)?{_COMPASS}?(?=[A-Z])", re.I
)
_OWNED_QUARTER = re.compile(
    rf"[’']s\s+(?:(?:mainly|mostly|largely|predominantly)\s+(?:[A-Z][\w’'-]*\s+)?)?"
    rf"(?P<name>{_NAME})\s+(?:{_QUARTER}|area)\b"
)
_QUARTER_NAMED = re.compile(rf"\bthe\s+(?:[\w’'-]+\s+){{0,2}}?{_QUARTER}\s+of\s+(?P<name>{_NAME})")
_QUARTER_APPOSITIVE = re.compile(
    rf"{_AT_OR_HIT}(?P<name>{_CASED_NAME})\s*,\s+(?:a|an)\s+(?:[\w’'-]+\s+){{0,3}}?{_QUARTER}\s+(?:of|in)\b",
    re.I,
)
# what every match of the quarter patterns but the possessive one holds ("district of", "suburb in")
_QUARTER_WORDS = re.compile(
    rf"(?:district|township|neighbou?rhood|quarter|suburb|{_LOCAL_UNIT})\s+(?:of|in)\b"
)
_ANY_QUARTER = re.compile(rf"district|township|neighbo|quarter|suburb|area|{_LOCAL_UNIT}")
# a name the words after it locate: from a place the gazetteer knows ("in X near Maiduguri", "near
# X, north of Gao", "in X south of Nablus": that place must follow), or on a border, road or
# front ("in X on the Ethiopian border", "near X on the Maiduguri-Damaturu highway")
_LOCATOR = (
    r",?\s+(?:(?:just|about|some)\s+)?(?:(?P<near>near|outside|close\s+to|next\s+to|"
    rf"{R._DIRECTION}\s+of)\s+|(?:on|along|at)\s+the\s+(?:[\w’'-]+\s+){{0,3}}?"
    r"(?:road|highway|border|frontier|front\s*line|front|outskirts|edge|shores?|banks?)\b)"
)
_LOCATED = re.compile(
    rf"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|around|into|{'|'.join(_HIT_VERBS)})\s+(?P<name>{_NAME}){_LOCATOR}"
)
# ... one of which, as written, each of its matches holds
_LOCATOR_WORDS = (
    "near", "outside", "close", "next", "north", "south", "east", "west", "road", "highway", "border",
    "front", "outskirts", "edge", "shore", "bank",
)  # fmt: skip
# ... the place it is located from begins this near after the locating words ("near the port
# city of Kismayu")
_LOCATOR_REACH = 40
# a name before the kind of place it is, after "the" or a locative: "into the X neighbourhood",
# "in the X area of Y", "shelled X neighborhood in Y", "attacked the X military airfield"
# (the sites among them are named for what they are, often after a person, not a settlement:
# `incidents` names such a site whole, and `placing` reads "the X airport in Y" as Y's site)
SITE_KINDS = (
    r"(?:(?:border\s+)?crossing|(?:refugee|displacement|displaced|IDP|military|army)\s+camp|"
    r"(?:military\s+)?(?:airfield|air\s*base|airbase)|(?:international\s+)?airport|bridge)"
)
# ... or a front's sector ("the X sector of Y district", a frontier's part named after its village)
_KIND_NAMED_AFTER = (
    rf"(?:neighbou?rhood|area|quarter|district|sub-?district|sector|{_LOCAL_UNIT}|{SITE_KINDS})"
)
_THE_KIND = re.compile(
    rf"(?:\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|on|around|into|{'|'.join(_HIT_VERBS)})\s+(?:the\s+)?|\bthe\s+)"
    rf"(?:[a-z][\w’'-]*\s+){{0,2}}?(?P<name>{_NAME})\s+{_KIND_NAMED_AFTER}\b"
)
# a name whose last word says it is a building, business or street, no settlement
_NOT_SETTLEMENT = frozenset(
    """elementary school academy college university hospital clinic church mosque cathedral temple
    egg farm farms inc ltd company corp mall market hotel restaurant cafe bar club stadium arena
    street avenue road prospekt boulevard square park bridge station airport prison jail camp
    base center centre hall house building plaza tower""".split()
)
# "in X, central Mali", "at X, Gedo region": a country or province the gazetteer knows
_COMMA_REGION = re.compile(
    rf"{_AT}(?P<name>{_NAME})\s*,\s+{_COMPASS}?"
    r"(?=[A-Z])"
)
# after a region so named: the phrase ends, or names the unit ("in X, Mali's Mopti region")
_REGION_END = re.compile(
    r"(?:[’']s\b|\s+(?:region|province|state|district|governorate|county|department|territory)\b|\s*[,.;:)]|\s+on\b|\s+in\b|\s*$)"
)
_LOCATIVE_ONLY = frozenset({"in", "at", "on", "to", "from", "into", "around"})
_MONTHS_DAYS = S._MONTH_NAMES | S._WEEKDAY_NAMES  # the spotter's own word lists
# capitalised words that open a name and are no place: the first words of organisations,
# peoples and titles the phrases above meet ("the Dogon village of", "in Western Kordofan")
_NOT_FIRST = S._STOP | S._ORG_WORDS | S._TITLES

# Words every match of some patterns above holds, searched over the lower-cased sentence (an
# over-reading: the case-sensitive patterns match only what it finds too): most sentences name
# no kind of settlement and no distance, and the two case-insensitive patterns, tried at every
# word, took ~2/3 of this module's time (~3 % of a dense report's extraction)
_ANY_KIND = re.compile(rf"{_KINDS}|village|town|hamlet|locality|{_LAND}")  # _KIND_AFTER's own words too
_ANY_DISTANCE = re.compile(r"km|kilomet|mile")
_CAPITAL = re.compile(r"[A-Z]")
# a name of nature before "area" names a region, no settlement or quarter ("the Danube Delta area")
_NATURAL_LAST = re.compile(
    r"\b(?:Delta|Valley|Basin|River|Lake|Sea|Coast|Desert|Forest|Mountains?|Hills|Plains?|Plateau|Bay|Gulf|Islands?)$"
)
# "the X neighbourhood of Y": the kind then its holder's name
_KIND_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
# words every `_THE_KIND` match holds (searched over the lower-cased sentence, as `_ANY_KIND`)
_ANY_NAMED_KIND = re.compile(
    rf"neighbo|area|quarter|district|sector|{_LOCAL_UNIT}|crossing|camp|air(?:field|\s*base|port)|bridge"
)


def unknown_spots(spotter: S.Spotter, sentence: Sentence, spots: list[S.Spot]) -> list[S.Spot]:
    """The places this sentence names that the gazetteer lacks (see the module's docstring),
    as spots marked ``unknown``; none overlaps ``spots`` (the sentence's known places)."""
    text = sentence.text
    if _CAPITAL.search(text, 1) is None:
        return []  # every pattern's name opens with an ASCII capital, never the sentence's first letter
    taken = [(sp.start - sentence.start, sp.end - sentence.start) for sp in spots]
    found: dict[tuple[int, int], str] = {}

    def known_at(at: int) -> S.Spot | None:
        return next((sp for sp in spots if sp.start - sentence.start == at), None)

    def add(start: int, end: int) -> None:
        if any(a < end and start < b for a, b in taken) or (start, end) in found:
            return
        name = text[start:end]
        if _place_name(spotter, name, text, start):
            found[(start, end)] = name

    # a pattern is tried only on a sentence that holds a word each of its matches holds
    low = lowered(text)
    kinds = low is None or _ANY_KIND.search(low) is not None
    far = low is None or _ANY_DISTANCE.search(low) is not None
    quarters = low is None or _QUARTER_WORDS.search(low) is not None
    owned = ("'s" in text or "’s" in text) and (low is None or _ANY_QUARTER.search(low) is not None)
    for pattern, held in (
        (_APPOSITIVE, kinds),
        (_KIND_OF, kinds),
        (_LAND_OF, kinds),
        (_KIND_AFTER, kinds),
        (_DISTANCE, far),
        (_BORDER, "border" in text),
        (_EDGE, "outskirts" in text or "edge" in text or "fringe" in text),
        (_QUARTER_NAMED, quarters),
        (_QUARTER_APPOSITIVE, quarters),
    ):
        if not held:
            continue
        for m in pattern.finditer(text):
            if pattern is _KIND_AFTER and m.group().split()[0].lower() in _LOCATIVE_ONLY - {"in", "at"}:
                continue  # "to X town", "on X town": a destination or a date's day
            add(m.start("name"), m.end("name"))
    if low is None or _ANY_NAMED_KIND.search(low) is not None:
        for m in _THE_KIND.finditer(text):
            # "the Indigenous neighbourhood of X", X no place we know: X is the place, the
            # capitalised word before the kind says what it is ("the X area of Y", Y known, not)
            of = _KIND_OF_NAME.match(text, m.end())
            holder = known_at(of.end()) if of is not None else None
            if _NATURAL_LAST.search(m["name"]):
                continue  # "the Danube Delta area": a region of nature, no settlement or quarter
            if (
                of is None
                or holder is not None
                and (holder.exact or spotter.names_region(holder.text) or _names_unit(spotter, holder.text))
            ):
                add(m.start("name"), m.end("name"))
    for m in _LOCATED.finditer(text) if any(map(text.__contains__, _LOCATOR_WORDS)) else ():
        # "near X, north of Y": Y known, right after the locating words
        if not m["near"] or any(0 <= sp.start - sentence.start - m.end() <= _LOCATOR_REACH for sp in spots):
            add(m.start("name"), m.end("name"))
    # the last two patterns' names stand before a known place: none in the sentence, no match
    hit_in = low is None or any(w in low for w in _HIT_VERBS)
    for m in [*_IN_KNOWN.finditer(text), *(_HIT_IN_KNOWN.finditer(text) if hit_in else ())] if spots else ():
        after = known_at(m.end())
        # "in X, in Y's Z district", "near X in Y province": Y known and told as holding X
        if (
            after is not None
            and not (m.re is _HIT_IN_KNOWN and _PLURAL.fullmatch(m["name"]))
            and (
                m["unit"]
                or _UNIT_AFTER.match(text, after.end - sentence.start)
                or R._UNIT_ENDS.search(after.text)  # "in X in Garissa County"
                or re.match(r"[’']s\s", text[after.end - sentence.start :])
                or spotter.names_region(after.text)
                or _names_unit(spotter, after.text)
            )
        ):
            add(m.start("name"), m.end("name"))
    for m in _BRACKET_OPENS.finditer(text) if spots and "(" in text else ():
        # "in X (Y territory)": Y known and told as a unit
        if (after := known_at(m.end())) is not None and UNIT_BRACKET_ENDS.match(
            text, after.end - sentence.start
        ):
            add(m.start("name"), m.end("name"))
    for m in _QUARTER_OF.finditer(text) if spots and quarters else ():
        if known_at(m.end()) is not None:  # "in X district of Y province": Y known
            add(m.start("name"), m.end("name"))
    for sp in spots if owned else ():
        # "in Y's X district", "Y's mainly Muslim X neighbourhood": Y known, X its quarter
        if (owner := _OWNED_QUARTER.match(text, sp.end - sentence.start)) is not None:
            add(owner.start("name"), owner.end("name"))
    for m in _COMMA_REGION.finditer(text) if spots else ():
        after = known_at(m.end())
        if (
            after is not None
            and spotter.names_region(after.text)
            and _REGION_END.match(text, after.end - sentence.start)
        ):
            add(m.start("name"), m.end("name"))
    return [
        S.Spot(
            sentence.start + a,
            sentence.start + b,
            name,
            sentence.index,
            frozenset({Feature.CITY}),
            exact=False,
            unknown=True,
        )
        for (a, b), name in sorted(found.items())
    ]


def _names_unit(spotter: S.Spotter, text: str) -> bool:
    """ "North Waziristan", "Diyala": every place of this name is a district, province or region,
    none a town, so "near X in Y" reads Y as the unit holding X as it reads a province."""
    hits = [h for h in spotter.gazetteer.exact(S._key(text), loose=True) if h.kind != 2]  # no demonym
    places = spotter.gazetteer
    return bool(hits) and all(places.place(h.place_id).place.feature in _UNIT_FEATURES for h in hits)


_ARTICLE = re.compile(r"(?:[Aa]l|[Ee]l|[Aa]d|[Aa]n|[Aa]r|[Aa]s|[Aa]sh|[Aa]t|[Aa]z)-[A-Z]")
# a capitalised name after a locative word ("the village chief of X", "the oil terminals at X")
_LOCATIVE_NAME = re.compile(rf"\b(?:in|at|near|of|outside)\s+(?P<name>{_CASED_NAME})", re.I)


def names_unknown_place(spotter: S.Spotter, text: str) -> bool:
    """The text names, after a locative word, a capitalised name that may be a place the gazetteer
    lacks (`_place_name`): "Gunmen killed the village chief of X", "attacked the terminals at X".
    Called on text that holds no spotted place, so a name known only by a spelling alike (which
    the spotter did not take) counts as well."""
    return any(
        _place_name(spotter, m["name"], text, m.start("name"), alike=True)
        for m in _LOCATIVE_NAME.finditer(text)
    )


# a capitalised name where something happened: "killed two guards near X", "hit a school in X"
_AT_NAME = re.compile(rf"\b(?:in|at|near|outside)\s+(?P<name>{_CASED_NAME})", re.I)


def names_unknown_at(spotter: S.Spotter, text: str) -> bool:
    """The text names, after "in", "at", "near" or "outside", a capitalised name the gazetteer
    knows by no spelling (`_place_name`): "killed two guards near X", "hit a school in X"."""
    return any(_place_name(spotter, m["name"], text, m.start("name")) for m in _AT_NAME.finditer(text))


def _place_name(spotter: S.Spotter, name: str, text: str, at: int, *, alike: bool = False) -> bool:
    """The name may be a place the gazetteer lacks: no common or stop word, month, weekday, a
    country's adjective, person, actor or name the gazetteer knows by any spelling (``alike``:
    by its exact name only)."""
    parts = [w for w in re.split(r"[ -]", name) if w]
    if len(parts) > 1 and _ARTICLE.match(name):
        # "al-Qassaa", "Al-Mutaibija": the Arabic article joined to the name is no stop word (a
        # name opening so was refused whole); the words after it are judged as any name's
        parts = parts[1:]
    first = parts[0].lower()
    if first in _NOT_FIRST or first in _MONTHS_DAYS or spotter.country_of_adjective(parts[0]):
        return False
    for w in parts:
        low = w.lower().strip("’'")
        if len(low) < 2 and w[:1].isupper():
            return False
        if w[:1].isupper() and (
            low in S._STOP or low in _MONTHS_DAYS or low in spotter.lower_words or spotter._demonym(low)
        ):
            return False
    if len(name) < 3 or name.isupper() or parts[-1].lower() in _NOT_SETTLEMENT:
        return False
    key = S._key(name)
    if key in spotter.exclude or key in spotter.people:
        return False  # an actor ("the Wagner group") or a person the text titles
    if key in spotter.gazetteer.not_places:
        # a people or a faith ("Beirut's Shiite district", "Kabul's Christian area"), a group:
        # whose quarter, not its name (found by review rev24)
        return False
    if S._title_before(text, at):
        return False  # "Mr Koné", "Gen. Traoré"
    known = spotter.match(name, loose=3)
    return known is None or alike and known is False


# "X, central Mali", "X in northern Burkina Faso", "X, Y", "X, a village in central Burkina
# Faso": a country or province after X
_REGION_GAP = re.compile(
    rf"^\s*(?:,\s*(?:in\s+|(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{_KINDS}\s+in\s+)?|\s+in\s+)"
    rf"(?:the\s+)?(?:{_COMPASS}(?:part\s+of\s+(?:the\s+)?)?)?$",
    re.I,
)


# "near X on the border of Y and Z counties", "X, on the boundary between Y and Z provinces": X
# lies on the line between two units, the first of which stands in for it (not "the border with
# Y": across it)
_BORDER_OF_GAP = re.compile(
    r"^\s*,?\s+(?:on|along|near|at)\s+the\s+(?:[\w-]+\s+)?(?:border|boundary|frontier)\s+(?:of|between)\s+(?:the\s+)?$",
    re.I,
)
# ... the second unit and the unit word of the pair after the first
PAIR_UNITS_AFTER = re.compile(
    r"\s+and\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:counties|provinces|states|regions|districts|governorates|departments)\b"
)


_BRACKET_GAP = re.compile(r"^\s*\(\s*(?:the\s+)?$", re.I)


# "X, in the (southern) municipality of Y", "near X in the western desert of Y"
_UNIT_OF_GAP = re.compile(rf"^\s*,?\s+in\s+{_UNIT_OF}$", re.I)


# "the X camp (for displaced people) on the outskirts of Y", "X, on the northern edge of Y":
# a place at a town's edge, the town its reference
_OUTSKIRTS_GAP = re.compile(
    r"^\s*(?:(?:camp|village|neighbou?rhood|district|quarter|market|area)\s+)?(?:for\s+(?:[\w-]+\s+){1,3}?)?"
    r",?\s*(?:on|at|in)\s+the\s+(?:(?:far\s+)?(?:north|south|east|west)\w*\s+)?(?:outskirts|edges?|fringes?)\s+of\s+"
    r"(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
    re.I,
)
# "X, a (small) village near (the town of) Y": Y is where X lies near
_KIND_NEAR_GAP = re.compile(
    rf"^\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{_KINDS}\s+(?:near|outside|close\s+to|next\s+to)\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)


# "the village of X, near Y", "the hamlet of X, close to the town of Y": the kind told before X,
# the town after it is where X lies near (as "X, a village near Y"), not the place told before
# (or "near X, outside the port city of Y"; "in X near Y" with no comma only after a locative
# word before X: "on the Euphrates near Y" names a river's stretch, no place Y stands in for)
_NEAR_GAP = re.compile(
    r"^\s*(?P<comma>,)?\s*(?:(?:just|very)\s+)?(?:near|outside|close\s+to|next\s+to)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:city|town|village)\s+of\s+)?$",
    re.I,
)
# (or an attack's verb, as `_LOCATED` takes it: "bandits attacked X near Y" is X's attack, Y
# where X lies)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|around|into|"
    rf"{'|'.join(_HIT_VERBS)}|(?:village|town|hamlet|settlement|locality|city)\s+of)\s+$",
    re.I,
)
_KIND_TOLD = re.compile(rf"\s+(?:[\w-]+\s+)?{_KIND_NAMED_AFTER}\b")
# "the X airfield in Y", "the X area of Y": the kind X is told, then the unit holding it
_KIND_IN_GAP = re.compile(rf"^\s+(?:[\w-]+\s+)?{_KIND_NAMED_AFTER}\s+(?:in|of)\s+(?:the\s+)?{_COMPASS}?$")


def region_parent(spot: S.Spot, sentence: Sentence, spots: list[S.Spot], spotter: S.Spotter) -> str:
    """The country or province a place the gazetteer lacks is told to lie in, right after it
    ("Ogossagou, central Mali", "X in northern Burkina Faso"), or the unit named as such ("X, in
    the municipality of Y"), when its phrase names no finer unit (`roles.parent_of` reads
    those); '' if none."""
    later = [s for s in spots if s.sentence == spot.sentence and s.start >= spot.end and not s.unknown]
    if not later:
        return ""
    gap = sentence.text[spot.end - sentence.start : later[0].start - sentence.start]
    if (
        _REGION_GAP.match(gap)
        and (spotter.names_region(later[0].text) or _names_unit(spotter, later[0].text))
        and not _speaks_abroad(spotter, later[0], sentence)
    ):
        return later[0].text
    if (
        _BORDER_OF_GAP.match(gap)
        and PAIR_UNITS_AFTER.match(sentence.text, later[0].end - sentence.start)
        and spotter.names_region(later[0].text)
    ):
        return later[0].text  # "near X on the border of Y and Z counties": Y stands in for X
    if _BRACKET_GAP.match(gap) and UNIT_BRACKET_ENDS.match(sentence.text, later[0].end - sentence.start):
        return later[0].text  # "X (Y territory)", "X (Y county)": the unit the bracket names
    if _KIND_IN_GAP.match(gap):
        return later[0].text  # "the X military airfield in Y", "the X neighbourhood of Y": Y holds it
    # "the X area near Y", "the X district, outside Y": the kind told after X, then where it lies
    told = _KIND_TOLD.match(gap)
    near = _NEAR_GAP.match(gap[told.end() :] if told else gap)
    if near and not near["comma"] and not told:
        near = _LOCATIVE_BEFORE.search(sentence.text, 0, spot.start - sentence.start)
    if near or any(gap_re.match(gap) for gap_re in (_UNIT_OF_GAP, _KIND_NEAR_GAP, _OUTSKIRTS_GAP)):
        # "Tacueyo, in the municipality of Toribio", "X, a village near Y", "the village of X, near Y"
        return later[0].text
    return ""


def country_after(spot: S.Spot, sentence: Sentence, spots: list[S.Spot], spotter: S.Spotter) -> str:
    """The country the text puts a place in right after it ("X in central Mali", "X, northern
    Yemen", "X, a village in Chad"), by its name; '' if none: not a country near it ("X near
    the Lebanese border": X lies on either side), a list's next name ("Aleppo, Turkey and
    Iraq") or a word made of it ("Aleppo, the Britain-based monitor said")."""
    later = [s for s in spots if s.sentence == spot.sentence and s.start >= spot.end and not s.unknown]
    if not later or S._key(later[0].text) not in spotter._country_keys:
        return ""
    gap = sentence.text[spot.end - sentence.start : later[0].start - sentence.start]
    if (
        _REGION_GAP.match(gap)
        and not _LIST_OR_WORD_AFTER.match(sentence.text, later[0].end - sentence.start)
        and not _speaks_abroad(spotter, later[0], sentence)
    ):
        return later[0].text
    return ""


_LIST_OR_WORD_AFTER = re.compile(
    r"-\w|\s+(?:and|or)\s+[A-Z]|,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*(?:,|\band\b|\bor\b)"
)


def _speaks_abroad(spotter: S.Spotter, country: S.Spot, sentence: Sentence) -> bool:
    """ "near X, U.S. officials said": a country written as a code before whose people or arms
    names who speaks of a place abroad, no unit holding X (`roles.parent_of`'s rule; a country
    by its name, "near X, Pakistan officials said", is one speaking of home)."""
    return (
        S._key(country.text) in spotter._country_keys
        and WHO_ACTS.match(sentence.text, country.end - sentence.start) is not None
        and written_as_code(country.text)
    )


# How far and which way a place lies from the place named next, as the text tells it: "25 km
# south of", "about 24 km (15 miles) to the west of", "north-east of", "300 miles southwest from".
# One reading for both places it is read: after X in "X, 25 km south of Y" (`told_way`: Y is X's
# landmark) and before Y in "clashes 20 km north of Y" (`way_before`: the event lies that way
# from Y), so the two never disagree on what a phrase tells. ("to the", "from" only after a
# distance, `_way_read`: "X to the west of Y" may be where it went, "north from 2015" when.)
_HOW_FAR = (
    r"(?:(?:about|some|around|nearly|roughly|just)\s+)?"
    r"(?:(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>km|kms|kilomet(?:er|re)s?|miles?)\b(?:\s*\([^()]{0,20}\))?"
    r"(?:\s+to\s+the\b)?\s*)?"
)
_WAY_TOLD = r"(?P<way>(?:north|south|east|west)(?:-?(?:east|west))?)(?:ern)?\s+(?:of|(?P<from>from))\b"
# "X, 25 km south of Y", "X, a town about 24 km (15 miles) west of Y", "X, 40 km from Y", "X,
# west of Y", "the village of X west of Y": what X is may come first ("X, a village north-east of
# Y"); with no comma the way must be told ("X 30 km from Y" may be how far something went)
_TOLD_FROM = re.compile(
    rf"(?:\s*(?P<comma>,)\s*(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:{_KINDS}|city)\s+)?|\s+){_HOW_FAR}(?:{_WAY_TOLD})?",
    re.I,
)
# "clashes south of Aleppo", "an attack 20 km north of the city of Baghdad": the way (and
# distance) right before the town's name
_WAY_BEFORE = re.compile(rf"\b{_HOW_FAR}{_WAY_TOLD}\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)


def _way_read(found: re.Match[str], comma: bool) -> tuple[float, str]:
    """The km and the way a `_HOW_FAR`, `_WAY_TOLD` match tells ("" when it tells no way)."""
    way = (found["way"] or "").lower()
    if found["n"] is None:
        return 0.0, "" if found["from"] else way
    if not (way or comma):
        return 0.0, ""
    return float(found["n"]) * (1.6 if found["unit"].lower().startswith("mile") else 1.0), way


def way_before(before: str) -> tuple[int, float, str] | None:
    """Where in ``before`` a way from the place after it starts ("clashes 20 km north of "), the
    km (0 when not told) and the way; None when it ends in no way told."""
    found = _WAY_BEFORE.search(before)
    if found is None:
        return None
    km, way = _way_read(found, comma=False)
    return (found.start(), km, way) if way else None


# "X in the western countryside of Y", "X, in the north-eastern countryside of Y": X lies that way
# from the town Y, in the part of Y's province around it (a stand-in's way only: a known X is no
# namesake for lying aside from it, the countryside being a province's part, not a bearing)
_COUNTRYSIDE_WAY = re.compile(
    r",?\s+in\s+the\s+(?P<way>(?:north|south|east|west)(?:-?(?:east|west))?)(?:ern)?\s+countryside\s+of\b",
    re.I,
)


def countryside_way(spot: S.Spot, sentence: Sentence) -> str:
    """The way from the place after it that "X in the western countryside of Y" tells ("west"),
    "" when the text tells none so."""
    found = _COUNTRYSIDE_WAY.match(sentence.text, spot.end - sentence.start)
    return found["way"].lower() if found else ""


def told_km(spot: S.Spot, sentence: Sentence) -> float:
    """How far from the place after it the text puts a place ("X, 30 km from Y", "X, a town
    about 24 km west of Y"), in km; 0 when it says no distance. Farther than "near" (25 km),
    the unit standing in for X is as precise as a district, not a town's surroundings."""
    return told_way(spot, sentence)[0]


def told_way(spot: S.Spot, sentence: Sentence) -> tuple[float, str]:
    """`told_km` and the way from the place after it ("X, 25 km south of Y": 25.0, "south"; the
    way is "" when the text tells only a distance)."""
    found = _TOLD_FROM.match(sentence.text, spot.end - sentence.start)
    return (0.0, "") if found is None else _way_read(found, comma=found["comma"] is not None)
