"""Split a place query the way news and event coders write it into the finest place named,
the places it is said to lie in (parents, which must enclose it), a feature hint and other names.

Handles "X, Y", "the X neighbourhood/district of Y", "Y's X", "X province/governorate", "city of
X", "the town of X in Y", "Y: X" ("Damascus Suburbs: Harasta"), "X village in Y district", "X
town in the southern countryside of Y", "vicinity of X", "outskirts of X", "east of the town of
X", "around X near Y", "X camp/airbase/airport/dam/mountain/crossing", "X/Y village", "X (Y)
village" (a Y that names an admin unit is where X lies: see OfflineGeocoder; "X (northern
countryside of Y)", "X (Y countryside)" too), "X - Y" (one spaced dash: X, Y, when the whole
names nothing: see dashed_parent), "X town located in Y", "X in the Y district of Z" (two
parents), "in and around X" (near X), roads named by
their ends ("Road between X and Y", "X-Y road": near X), "X, northern Y countryside" (Y), "X on
the Y road/border" (X), "the area around X" (near X) and distances ("X, 55 km north of Y": Y is
the reference point, ``reach_km`` 55).
"""

from __future__ import annotations

from incident_explorer import compiled_re as re
from incident_explorer.places.place import Feature, ParsedQuery

_NEIGHBOURHOOD = frozenset({Feature.NEIGHBOURHOOD})
_DISTRICT = frozenset({Feature.NEIGHBOURHOOD, Feature.ADMIN2, Feature.ADMIN3})
_ADMIN1 = frozenset({Feature.ADMIN1})
_ADMIN3 = frozenset({Feature.ADMIN3})
_CITY = frozenset({Feature.CITY})
_REGION = frozenset({Feature.REGION, Feature.ADMIN1, Feature.ADMIN2})
_SITE = frozenset({Feature.POINT, Feature.CITY, Feature.NEIGHBOURHOOD})

# Words that name a kind of place, as news uses them, mapped to what they suggest.
_KIND_WORDS: dict[str, frozenset[Feature]] = {
    "neighbourhood": _NEIGHBOURHOOD,
    "neighborhood": _NEIGHBOURHOOD,
    "quarter": _NEIGHBOURHOOD,
    "district": _DISTRICT,
    "area": _DISTRICT | _REGION,
    "suburb": _NEIGHBOURHOOD | _CITY,
    "sub-district": frozenset({Feature.ADMIN3}),
    "subdistrict": frozenset({Feature.ADMIN3}),
    "province": _ADMIN1,
    "governorate": _ADMIN1,
    "state": _ADMIN1,
    "county": frozenset({Feature.ADMIN2}),
    "region": _REGION,
    "city": _CITY,
    "town": _CITY,
    "village": _CITY,
    "locality": _CITY,
    "country": frozenset({Feature.COUNTRY}),
}
# Sites: the name before them is a place or the site's own name ("Nasib border crossing").
_SITE_WORDS = (
    "refugee camp|camp|air ?base|military base|base|air ?port|airfield|dam|mountains?|mount|hills?|"
    "border crossing|crossing|checkpoint|farms?|oil ?fields?|gas ?fields?|fields?|ruins?|plains?|valley|"
    "bridge|roundabout|junction|crossroads?|power plant|power station|plant|station|prison|hospital|"
    "factory|silos|desert|countryside|pocket|sector"
)
# Words between a site's place name and its kind: "Tabqa Military Airbase", "Atmeh IDP camp".
_SITE_QUALIFIERS = (
    r"(?:(?:military|army|air ?force|international|civil(?:ian)?|idp|refugee|displacement|"
    r"thermal|radar|artillery|armou?red|gas|oil|water|pumping)\s+)*"
)
_KIND = "|".join(sorted((re.escape(k) for k in _KIND_WORDS), key=len, reverse=True))
# (the name is not "the": "the province of Idlib" is the province called Idlib)
_KIND_OF = re.compile(
    rf"^(?:the\s+)?(?P<name>(?!the\s).+?)\s+(?P<kind>{_KIND})s?\s+of\s+(?P<parent>.+)$", re.I
)
_OF_KIND = re.compile(rf"^(?:the\s+)?(?P<kind>{_KIND})\s+of\s+(?P<name>.+)$", re.I)
_NAME_KIND = re.compile(rf"^(?:the\s+)?(?P<name>.+?)\s+(?P<kind>{_KIND})$", re.I)
_NAME_SITE = re.compile(rf"^(?:the\s+)?(?P<name>.+?)\s+(?P<kind>{_SITE_QUALIFIERS}(?:{_SITE_WORDS}))$", re.I)
# "Homs's Waer" / "Homs' al-Waer"; the apostrophe must end a word, so "Wa'er" is left alone.
_POSSESSIVE = re.compile(r"^(?:the\s+)?(?P<parent>[^,’']+?)[’'](?:s\s+|\s+)(?P<name>\S.*)$", re.I)
_THE = re.compile(r"^the\s+", re.I)
_SPACE = re.compile(r"\s+")
_DIRECTION = r"(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?"
# "55 km north of", "some 30 miles (48 km) south-east of", "20 kilometres from": a distance and
# bearing from a reference point, which the place lies that far from, not inside.
_DISTANCE = (
    r"(?:(?:about|some|around|roughly|nearly|approximately|almost|over|under|more\s+than|less\s+than"
    r"|just|only)\s+)?(?P<distance>\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.,]\d+)?)\s*-?\s*(?P<unit>km|kms|kilomet(?:re|er)s?|mi|miles?)\.?"
    rf"(?:\s*\([^)]*\))?\s+(?:to\s+the\s+)?(?:(?P<way>{_DIRECTION})\s+(?:of|from)|(?:away\s+)?from|outside(?:\s+of)?)"
)
# (the reference point's kind said before it: "55 km north of the city of Kabul")
_TOWN_OF = r"(?:the\s+)?(?:(?:city|town|village|capital)\s+of\s+(?:the\s+)?)?"
_DISTANCE_PREFIX = re.compile(rf"^{_DISTANCE}\s+{_TOWN_OF}(?=\S)", re.I)
_DISTANCE_PARENT = re.compile(rf",?\s+{_DISTANCE}\s+{_TOWN_OF}(?P<parent>\S.*)$", re.I)
_MILE_KM = 1.609
# a reference point that is a thing, not a named place ("10 miles from the border", "5 km from
# the Turkish border", "20 km from the front line"): a lower-case word other than a place's kind
_THING = re.compile(
    r"(?<![\w'’-])(?!(?:city|town|village|district|province|governorate|countryside|camp|airport|airbase)\b)"
    r"[a-z]{4,}(?![\w'’-])"
)
# Words before the place that say where relative to it; the place is only a reference point.
_NEAR_PREFIX = re.compile(
    rf"^(?:(?:in|at|on|around|near|to|from)\s+)?(?:the\s+)?"
    rf"(?:(?:{_DIRECTION}\s+)?(?:vicinity|outskirts|countryside|suburbs|environs|area|surroundings)\s+of"
    rf"|(?:area|areas|villages|countryside)\s+(?:around|near)"
    rf"|{_DIRECTION}\s+of|near|around|outside|(?:in|at)\s+and\s+(?:around|near))\s+(?:the\s+)?",
    re.I,
)
# English generic words for coast, water and streets: after "Reef" they make an English name
# ("Reef Bay", "Reef Point", "Reef Island"), whose second word is no place the reef is near.
_SHORE_WORDS = (
    "bay|point|islands?|isle|beach|harbou?r|cove|creek|lake|river|heads?|key|cay|banks?|shoals?|"
    "passage|channel|sound|lagoon|strait|road|street|drive|avenue|lane|park|club|hotel|resort"
)
# "Rif Dimashq", "Reef Idlib", "Rif Halab": the countryside (Arabic rif) of the place named, as
# Syrian reports write it. Not before a kind, site or shore word: "Rif Mountains" are mountains
# called so, as "Reef Bay" or "Rif al-Muhandisin 1" are places called so (a place whose very name
# is the whole phrase is the place: see OfflineGeocoder.geocode).
_RIF = re.compile(
    rf"^(?:(?:in|at|on|around|near|to|from)\s+)?(?:the\s+)?(?:{_DIRECTION}\s+)?"
    rf"(?P<whole>(?:rif|reef)\s+(?=[^\W\d_])(?!(?:{_KIND}|{_SITE_WORDS}|{_SHORE_WORDS})s?\b))",
    re.I,
)
# A road named by the places it joins, as event coders write it: "Road between Ariha and Jisr
# ash Shughur", "Road M-5 between Rastan and Hamah", "Road linking al-Sora town with Western
# Ghariyah", "Khanasir - Ithriya road", "Tallbisah-Al Ghantu road". The incident is on the road,
# near one of its ends: the first is asked as the name and the second as another name, and the
# end that ranks first is the answer (the one in the parent named, if any), "near" it.
_ROAD = r"(?:road|highway|motorway|route)"
_ROAD_BETWEEN = re.compile(
    rf"^(?:the\s+)?(?:[\w-]+\s+)?{_ROAD}(?:\s+[\w-]+)?\s+(?:between|linking|linkning|connecting|from)\s+"
    r"(?P<a>.+?)\s+(?:and|with|to)\s+(?P<b>\S.*)$",
    re.I,
)
# The dash between the two ends: spaced, a dash, or a hyphen before a capital ("Tallbisah-Al
# Ghantu"); not the hyphen of an article ("Deir-ez-Zor road", "Ar-Raqqa road" are one place).
_ROAD_ENDS = re.compile(
    rf"^(?:the\s+)?(?P<a>[^\W\d_].*?)(?:\s*[–—]\s*|\s+-\s+|-(?=[A-Z]))(?P<b>[^\W\d_].*?)\s+{_ROAD}$"
)
_ROAD_WORD = re.compile(rf"\b{_ROAD}\b", re.I)
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_ARTICLE_WORDS = frozenset("al el il ul ad ed ar er as es ash esh at et az ez an en ath adh".split())
# ... nor the hyphen after the head of an Arabic compound name: "Kafr-Nabl", "Khan-Sheikhoun",
# "Beit-Jinn", "Abu-Kamal", "Jisr-Shughour", "Tal-Abyad road" each name one place.
_NAME_HEADS = frozenset(
    "kafr kfar khan beit bayt bait jisr abu tal tell tel deir dayr dair ras ain ayn umm bir maarat "
    "maarrat jabal jebel wadi sheikh shaykh qasr bab".split()
)
_UNSPACED = re.compile(r"-(?=[A-Z])")


def _road_ends(head: str) -> tuple[str, str] | None:
    """The two places a road description names, or None when it names no road between two."""
    if not _ROAD_WORD.search(head):  # most queries: no road word, nothing to match
        return None
    m = _ROAD_BETWEEN.match(head)
    if m is None:
        m = _ROAD_ENDS.match(head)
        if m is None:
            return None
        last = re.split(r"[\s-]+", m["a"])[-1].lower()
        if last in _ARTICLE_WORDS or (last in _NAME_HEADS and _UNSPACED.match(head, m.end("a"))):
            return None
    a, b = _clean(_THE.sub("", m["a"])), _clean(_THE.sub("", m["b"]))
    return (_bare(a), _bare(b)) if a and b else None


_IN_PREFIX = re.compile(r"^(?:in|at|inside)\s+(?:the\s+)?", re.I)
_SITE_OF_PREFIX = re.compile(rf"^(?:the\s+)?(?:{_SITE_WORDS})\s+of\s+", re.I)
# "... in Y district", "... in the southern countryside of Y", "... near Y".
# (a direction written in capitals is part of the parent's name, "in Eastern Ghouta", "in West
# Bank", unless a part of the parent follows it; in lower case it is a part: "in southern Idlib")
_PARTS_OF = (
    r"(?:countryside|outskirts|suburbs|vicinity|area|part|parts|districts?|neighbou?rhoods?|quarters?)"
    r"\s+of\s+"
)
_IN_PARENT = re.compile(
    rf"\s+(?:(?:located|situated|lying)\s+)?(?:in|within|inside)\s+(?:the\s+)?(?:{_DIRECTION}\s+(?={_PARTS_OF}|of\s)|(?-i:{_DIRECTION})\s+)?"
    rf"(?:(?:{_PARTS_OF}|of\s+)(?:the\s+)?)?(?P<parent>.+)$",
    re.I,
)
# (not "in the west of Y": inside Y, read by _IN_PARENT)
_NEAR_PARENT = re.compile(
    rf"\s+(?:(?P<near>near|outside|close to|by|on\s+the\s+(?:outskirts|edges?|fringes?)\s+of)"
    rf"|(?<!\bin\sthe\s)(?<!\bin\s){_DIRECTION}\s+of)\s+"
    r"(?:the\s+)?(?P<parent>.+)$",
    re.I,
)
# "Northern Idlib Governorate", "Eastern Hama countryside": a part of the unit named. Not
# "Western Ghariyah town": a town called so (see _QUALIFIED).
_UNIT_WORDS = "|".join(k for k, v in _KIND_WORDS.items() if v != _CITY) + "|countryside|desert"
_PART_OF_UNIT = re.compile(rf"^{_DIRECTION}\s+(?P<name>.+\s(?:{_UNIT_WORDS}))$", re.I)
# Arabic names put these after the name ("Ghariyah al-Gharbiyah", "Baghuz Fawqani"); English
# text writes them before it ("Western Ghariyah", "Upper Baghuz"). Feminine form first.
_QUALIFIERS = {
    "east": ("sharqiyah", "sharqi"),
    "west": ("gharbiyah", "gharbi"),
    "north": ("shamaliyah", "shamali"),
    "south": ("janubiyah", "janubi", "qibliyah", "qibli"),
    "upper": ("fawqani", "fawqa"),
    "lower": ("tahtani", "tahta"),
    "new": ("jadidah", "jadid"),
    "old": ("qadimah", "qadim"),
    "great": ("kabirah", "kabir"),
    "big": ("kabirah", "kabir"),
    "little": ("saghirah", "saghir"),
    "small": ("saghirah", "saghir"),
    "middle": ("wastani", "wusta"),
}
_QUALIFIED = re.compile(
    r"^(?P<q>east|west|north|south|upper|lower|new|old|great|big|little|small|middle)(?:ern|er)?\s+"
    r"(?P<name>[^\W\d_][\w'’-]{3,}(?:\s+[\w'’-]+)?)$",
    re.I,
)
_PAREN = re.compile(r"\s*\((?P<inner>[^)]*)\)")
_PAREN_NOISE = re.compile(r"^(?:area|areas|vicinity|outskirts|environs)(?:\s+of)?$", re.I)
_PAREN_PARENT = re.compile(
    rf"^(?:in\s+)?(?:the\s+)?(?:{_DIRECTION}\s+)?(?:(?:countryside|outskirts|suburbs|parts?)\s+of\s+(?:the\s+)?"
    rf"(?P<parent>\S.*)|(?P<unit>\S.*\s(?:countryside|suburbs|governorate|province)))$",
    re.I,
)
_PARENT_TAIL = re.compile(r"\s+(?:countryside|suburbs|outskirts|environs|desert)$", re.I)
_IN_WORD = re.compile(r"\s(?:in|within|inside)\s", re.I)
_PARENT_DIRECTION = re.compile(rf"^{_DIRECTION}\s+(?=\S)", re.I)
# "Abu Kamal city on the Iraqi border", "Saraqib on the Aleppo-Damascus highway": the line the
# place lies on says no more where it is; it is no place that encloses it.
_ON_LINE = re.compile(
    rf"\s+on\s+(?:the\s+)?(?:\S.*?\s+)?(?:{_ROAD}|border|frontier|front ?line)s?(?:\s+(?:with|to)\s+\S.*)?$",
    re.I,
)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\x00", "")).strip(" \t\r\n.;:")


# Arabic words that open the names of Syrian admin units in GeoNames and UCDP: "Mintaqat Markaz
# Hamah district" is the district (mintaqat) of the centre (markaz) Hama; "Nahiyat X" X's sub-district.
_ADMIN_PREFIX = re.compile(
    r"^(?:mintaqat|mintaqah|mantiqat|mantiqah|markaz|nahiyat|nahiyah|muhafazat)\s+(?=\S)", re.I
)


# What a parent written after a comma says before the place's name: "X, a village in Y", "X,
# rural Y" (in lower case: "Rural Damascus" is a governorate's name), "X, east of Y", "X in
# Syria's Y province" (a possessive before a unit: not "King's Lynn", a name).
_PARENT_LEAD = re.compile(
    rf"^(?:(?:an?|the)\s+(?:village|town|city|locality|suburb|neighbou?rhood|district|area)\s+(?:in|of|near)"
    rf"|(?-i:rural)|{_DIRECTION}\s+of)\s+(?:the\s+)?(?=\S)",
    re.I,
)
# ... or a locator before a parent written after a comma ("X, near Y", "X, outside Y", "X, in Y"),
# in lower case: a capitalised word may begin a name ("In Salah")
_PARENT_NEAR_LEAD = re.compile(
    r"^(?:just\s+)?(?:near|outside|around|close\s+to|next\s+to|(?:on\s+)?the\s+(?:outskirts|edges?)\s+of|"
    r"in\s+the\s+vicinity\s+of)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?(?=\S)"
)
_PARENT_IN_LEAD = re.compile(r"^(?:in|at)\s+(?:the\s+)?(?=\S)")
_PARENT_OWNER = re.compile(
    r"^[^\W\d_][^’',]*?[’']s\s+(?=\S.*\s(?:province|governorate|district|region|countryside|state)$)", re.I
)


def _parent(text: str) -> str:
    text = _clean(text)
    text = _PARENT_IN_LEAD.sub("", _PARENT_NEAR_LEAD.sub("", text, count=1), count=1)
    text = _THE.sub("", text)
    text = _PARENT_OWNER.sub("", _PARENT_LEAD.sub("", text, count=1), count=1)
    if (tail := _PARENT_TAIL.search(text)) is not None:
        # "northern Aleppo countryside", "southern Damascus suburbs": a part of the place's
        # surroundings, which lie around the place itself
        text = _PARENT_DIRECTION.sub("", text[: tail.start()])
    while m := _ADMIN_PREFIX.match(text):
        text = text[m.end() :]
    return text


def parse_query(raw: str) -> ParsedQuery:
    """Parse one place query; the name is never empty for non-empty input."""
    text = _clean(raw)
    parents: list[str] = []
    alternatives: list[str] = []
    near = False
    reach = 0.0
    way = ""
    if (m := _DISTANCE_PREFIX.match(text)) and not _THING.search(text, m.end()):
        # "55 km north of Kabul": near the reference point, that far from it
        text, near, reach = text[m.end() :], True, _km(m)
    elif m := _DISTANCE_PARENT.search(text):
        # "Bagram, 55 km north of Kabul": Kabul is where Bagram is measured from, no parent
        # that encloses it (the comma before the distance is no list's); "Tal Tamr, 10 miles
        # from the border": no place to measure from, the place alone
        if _THING.search(m["parent"]):
            text = text[: m.start()]
        else:
            text, reach, way = f"{text[: m.start()]}, {m['parent']}", _km(m), m["way"] or ""
    # "Damascus Suburbs: Harasta", "Aleppo: Tall Rifat": the enclosing place comes first.
    if ":" in text:
        before, _, after = text.partition(":")
        if _clean(after) and "," not in before:
            parents.append(_parent(before))
            text = _clean(after)
    parts = [p for p in (_clean(p) for p in text.split(",")) if p]
    if not parts:
        return ParsedQuery(raw=raw, name="")
    head = parts[0]
    parents[:0] = []
    tail = [_parent(p) for p in parts[1:]]
    for inner in _PAREN.findall(head):
        if (m := _PAREN_PARENT.match(inner.strip())) is not None:
            # "Tal Rifaat (northern countryside of Aleppo)", "Hajin (Deir ez-Zor countryside)":
            # where the place lies, no other name of it
            parents.append(_parent(m["parent"] or m["unit"]))
        elif inner.strip() and not _PAREN_NOISE.match(inner.strip()):
            alternatives.append(inner.strip())
    head = _clean(_PAREN.sub("", head))

    while m := _NEAR_PREFIX.match(head):
        if not head[m.end() :].strip():
            break
        head, near = head[m.end() :], True
    head = _IN_PREFIX.sub("", head)
    head = _SITE_OF_PREFIX.sub("", head)
    if (on := _ON_LINE.search(head)) is not None and on.start() > 0:
        head = head[: on.start()]
    inner_parents: list[str] = []
    # a parent the place lies near, not in: "X near Y", "X, outside Y"
    near_parents = [t for t, p in zip(tail, parts[1:], strict=True) if _PARENT_NEAR_LEAD.match(p)]
    if m := _NEAR_PARENT.search(head):
        inner_parents.append(_parent(m["parent"]))
        head = head[: m.start()]
        if m["near"]:
            near_parents.append(inner_parents[-1])
    kind_of = _KIND_OF.match(head)
    # "Harasta in the eastern suburbs of Damascus": the kind belongs to the parent's part, not
    # to a name "Harasta in the eastern"; "the town of Saraqib in Idlib province" is the town
    # Saraqib in Idlib (no place is called "Saraqib in Idlib province")
    if (m := _IN_PARENT.search(head)) and (kind_of is None or _IN_WORD.search(kind_of["name"])):
        inner_parents.insert(0, _parent(m["parent"]))
        head = head[: m.start()]
    hint: frozenset[Feature] = frozenset()
    part = False

    if ends := _road_ends(head):
        head, near = ends[0], True
        alternatives.extend([ends[1], *_arabic_forms(ends[1])])
    if pm := _PART_OF_UNIT.match(head):
        # "Eastern Hamah Governorate": near the unit, unless a place has the part's own name
        # (UCDP codes "Eastern Hamah" as an area; see OfflineGeocoder._named_whole)
        alternatives.append(_bare(head))
        head, near, part = pm["name"], True, True
    m = _KIND_OF.match(head)
    if m:
        head, hint = m["name"], _KIND_WORDS[m["kind"].lower()]
        inner_parents.insert(0, _parent(m["parent"]))
    elif m := _OF_KIND.match(head):
        head, hint = m["name"], _KIND_WORDS[m["kind"].lower()]
    elif m := _NAME_KIND.match(head):
        # "New York City", "Al Lajah area": the kind word may be in the name
        alternatives.insert(0, _THE.sub("", head))
        head, hint = m["name"], _KIND_WORDS[m["kind"].lower()]
    elif m := _NAME_SITE.match(head):
        alternatives.insert(0, _THE.sub("", head))  # the site itself may be a gazetteer entry
        head, hint = m["name"], _SITE
        if m["kind"].lower() in _AREA_SITES:
            hint = hint | _REGION  # a valley is an area: "Wadi Barada" is a region
        if (arabic := _ARABIC_HEAD.get(m["kind"].lower())) and not _HEADED.match(head):
            # "Al Noba mount" is Jabal an-Nawbah, "Sakhr hill" Tall Sakhr: how gazetteers of
            # Arabic names write a mountain or hill that English names with a kind word after it
            alternatives.insert(1, f"{arabic} {head}")
    if part and hint:
        # (a part of a unit, if a place of its own, is an area: "Eastern Hamah" is no governorate)
        hint = hint | {Feature.REGION}
    if pm := _POSSESSIVE.match(head):
        inner_parents.insert(0, pm["parent"])
        head = pm["name"]
    head = _THE.sub("", _clean(head))
    if unit := _ADMIN_PREFIX.match(head):
        # "Mintaqat Markaz Hamah district", "Nahiyat Tall Dhahab": the unit of the place named.
        alternatives.insert(0, head)
        head = _parent(head)
        if not hint:
            hint = _ADMIN3 if unit[0].lower().startswith("nahiya") else _DISTRICT
    if (m := _RIF.match(head)) and head[m.end() :].strip():
        # "Rif Dimashq (Governorate)": the countryside of Damascus, unless a place has the whole
        # name (the governorate does): the whole name is kept as an alternative ending in the name.
        alternatives.append(head[m.start("whole") :])
        head, near = _clean(head[m.end() :]), True
    if "/" in head:
        # "Darmashkanli village/Tormmisha": each name may carry its own kind word.
        names = [_bare(n) for n in (_clean(n) for n in head.split("/")) if n]
        if names:
            head, alternatives = names[0], [*names[1:], *alternatives]
    alternatives.extend(_arabic_forms(head))
    all_parents = tuple(q for p in (*inner_parents, *tail, *parents) if p for q in _unit_of(p))
    return ParsedQuery(
        raw=raw,
        name=head,
        parents=all_parents,
        feature_hint=hint,
        alternatives=tuple(dict.fromkeys(a for a in alternatives if a and a != head)),
        near=near,
        parent_near=bool(all_parents) and all_parents[0] in near_parents,
        reach_km=reach,
        way=way,
    )


# "Albu Kamal district of Deir ez-Zor", "Afrin sub-district of Aleppo governorate": a parent
# that is a unit of a bigger one is two parents, each enclosing the place.
_UNIT_OF_UNIT = re.compile(
    r"^(?P<unit>.+?\s(?:district|sub-?district|subdistrict|county|nahiya|nahiyah))\s+of\s+(?:the\s+)?(?P<outer>\S.*)$",
    re.I,
)


def _unit_of(parent: str) -> tuple[str, ...]:
    if (m := _UNIT_OF_UNIT.match(parent)) is None:
        return (parent,)
    return (_clean(m["unit"]), _parent(m["outer"]))


def dashed_parent(raw: str) -> str:
    """ "Hajin - Deir ez-Zor" -> "Hajin, Deir ez-Zor": one spaced dash, no comma and no road
    word (a road's ends are read otherwise); else "". GeoNames writes two-language names so
    ("Valle Aurina - Ahrntal"): the geocoder asks the whole first and this only when the whole
    names nothing."""
    text = _clean(raw)
    if "," in text or _ROAD_WORD.search(text) or len(dashes := _SPACED_DASH.findall(text)) != 1:
        return ""
    before, _, after = text.partition(dashes[0])
    return f"{before}, {after}" if _clean(before) and _clean(after) else ""


def _km(m: re.Match[str]) -> float:
    # "1,500 km" is fifteen hundred, "1,5 km" one and a half
    written = m["distance"]
    distance = float(
        written.replace(",", "")
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", written)
        else written.replace(",", ".")
    )
    return distance * _MILE_KM if m["unit"].lower().startswith("mi") else distance


# English kind words after a name and the Arabic word that opens such a name instead.
_ARABIC_HEAD = {
    "mountain": "Jabal",
    "mountains": "Jabal",
    "mount": "Jabal",
    "hill": "Tall",
    "hills": "Tall",
    "valley": "Wadi",
    "plain": "Sahl",
    "plains": "Sahl",
}
_AREA_SITES = frozenset({"valley", "plain", "plains"})
ARABIC_HEADED_KINDS = frozenset(_ARABIC_HEAD)  # (for extraction: the kind words written after a name)
# such a kind word written after a name ("the Barada valley"; match at the name's end)
KIND_WRITTEN_AFTER = re.compile(rf"\s+(?P<kind>{'|'.join(sorted(_ARABIC_HEAD, key=len, reverse=True))})\b")


def arabic_headed(name: str, kind: str) -> str:
    """The name as a gazetteer of Arabic names writes the site: ("Ghab", "plain") -> "Sahl Ghab"."""
    return f"{_ARABIC_HEAD[kind.lower()]} {name}"


_HEADED = re.compile(
    r"^(?:jabal|jebel|jabel|jbel|jebal|jibal|tall|tell|tal|tel|tulul|tlul|wadi|sahl)\s", re.I
)
# What a name adds to the name of the place it is named after: a mountain's Jabal, an English
# qualifier before it ("New Zeyzoun", "Former Al Mayadin") or an Arabic one after it
# ("Baghuz at-Tahtani", "Qasr al Hayr Gharbi", "Kabsh Sharqi").
_NAMED_AFTER_HEAD = re.compile(
    r"^(?:(?:jabal|jebel|jabel|jbel|jebal|mount)|(?:east|west|north|south|upper|lower|new|old|former)"
    r"(?:ern|er)?)\s+(?=[^\W\d_])",
    re.I,
)
_ARTICLE = r"(?:(?:al|el|as|es|ash|esh|at|et|ad|ed|an|en|ar|er|az|ez|ath|adh)[-\s]+)?"
# (the Arabic forms of _QUALIFIERS and the spellings reporters give the commonest of them)
_TAIL_FORMS = {f for forms in _QUALIFIERS.values() for f in forms} | set(
    "kebirah kebira kebir kbirah kbir kabira sghirah sghir saghira sharqiyeh gharbiyeh shamaliyeh "
    "janubiyeh qibliyeh charqi charqiye gharbiye tahtaniyah fawqaniyah "
    "jadida jadeeda qadima sharqiya gharbiya shamaliya janubiya "
    # the town proper and its station quarter ("Daraa al-Balad", "Daraa al-Mahatta")
    "balad mahatta mahattah".split()
)
_NAMED_AFTER_TAIL = re.compile(
    rf"[-\s]+{_ARTICLE}(?:{'|'.join(sorted(_TAIL_FORMS, key=lambda w: (-len(w), w)))})$", re.I
)


def named_after(name: str) -> str:
    """The place a name is made from, or "": "Jabal Tiyas" -> "Tiyas", "Baghuz at-Tahtani" ->
    "Baghuz", "New Zeyzoun" -> "Zeyzoun". Such a place lies by the one it is named after; the
    geocoder answers with it, near it, when the gazetteer has no place of the whole name."""
    bare = _NAMED_AFTER_TAIL.sub("", _NAMED_AFTER_HEAD.sub("", name, count=1), count=1)
    bare = _clean(bare)
    return bare if bare != name and len(bare.replace(" ", "")) >= 3 else ""


def _bare(name: str) -> str:
    """The name without a kind or site word after it: "Tormmisha village" -> "Tormmisha"."""
    for pattern in (_NAME_KIND, _NAME_SITE):
        if m := pattern.match(name):
            return _clean(m["name"])
    return name


def _arabic_forms(name: str) -> list[str]:
    """ "Western Ghariyah" -> ["Ghariyah Gharbiyah", "Ghariyah Gharbi"]: how a gazetteer of
    Arabic names writes a place English names with a leading qualifier."""
    m = _QUALIFIED.match(name)
    if not m:
        return []
    return [f"{m['name']} {form}" for form in _QUALIFIERS[m["q"].lower()]]
