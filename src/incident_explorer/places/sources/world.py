"""Places outside any country and countries' reference points.

- GeoNames ``no-country.txt`` (CC BY 4.0): continents, oceans, seas, gulfs, bays, straits,
  regions ("Middle East", "Levant", "Sahel") and unions of countries (European Union, ASEAN),
  with alternate names and GeoNames' own point.
- Natural Earth country outlines (public domain), reduced by ``data/natural-earth/make_points.py``
  to one reference point per country (``country_points.csv``): the country's point instead of
  a median of its towns; and split among a country's admin1 units by their towns
  (``make_admin1_points.py``) to one point per unit (``admin1_points.csv``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from incident_explorer.errors import GazetteerError
from incident_explorer.places.distance import distance_km
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.places.sources.geonames import directional_variants

# GeoNames feature codes kept, and what they are here. Undersea features, reefs, single
# buildings and the like are left out: news rarely names them and they collide with towns.
_KEEP = {
    "CONT": Feature.CONTINENT,
    "OCN": Feature.WATER,
    "SEA": Feature.WATER,
    "GULF": Feature.WATER,
    "BAY": Feature.WATER,
    "BGHT": Feature.WATER,
    "STRT": Feature.WATER,
    "RGN": Feature.REGION,
    "RGNE": Feature.REGION,
    "PEN": Feature.REGION,
    "MTS": Feature.REGION,
    "DSRT": Feature.REGION,
    "ISLS": Feature.REGION,
    "ZN": Feature.REGION,  # unions of countries: European Union, ASEAN, Mercosur
}
# Of a union's other names, its acronym ("EU", "CIS", "ASEAN") too: the news' usual name for it.
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


def source_files(data_dir: Path) -> list[Path]:
    return [
        data_dir / "geonames-extra" / "no-country.txt",
        data_dir / "natural-earth" / "country_points.csv",
        data_dir / "countryinfo" / "countries.csv",
        data_dir / "natural-earth" / "admin1_points.csv",
        data_dir / "geonames-extra" / "countryInfo.txt",
    ]


def load(data_dir: Path) -> Iterator[Entry]:
    path = source_files(data_dir)[0]
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read GeoNames features ({exc}); restore it") from exc
    for line in lines:
        f = line.split("\t")
        if len(f) < 9 or f[7] not in _KEEP:
            continue
        name = f[1]
        alternates = [
            a for a in f[3].split(",") if a.strip() and (len(a) > 3 or (f[7] == "ZN" and _ACRONYM.match(a)))
        ]
        place = Place(
            source_id=f"geonames:{f[0]}",
            name=name,
            latitude=float(f[4]),
            longitude=float(f[5]),
            feature=_KEEP[f[7]],
            country_code="",
        )
        names = (name, f[2], *alternates, *directional_variants(name))
        yield Entry(place=place, names=tuple(dict.fromkeys(names)), ancestry=())


def _read(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# Where the outline's centroid and the conventional point lie this far apart, the country's
# shape (arctic islands, an archipelago, a long coast) has pulled the centroid away from where
# gazetteers and annotators put the country: Canada's conventional 60 N 95 W vs a centroid in
# northern Manitoba 530 km off, Indonesia's 5 S 120 E vs one in Borneo. Closer pairs keep the
# centroid, nearer the point most corpora use for the compact countries (the United States'
# 39.8 N 98.5 W vs the conventional 38 N 97 W). The dev corpora gain from 250 to 525 km alike.
FAR_APART_KM = 400.0


def country_points(data_dir: Path) -> dict[str, tuple[float, float]]:
    """ISO code -> (lat, lon) of the country's reference point: the Natural Earth outline's
    (the equal-area centroid of its main polygons, see ``make_points.py``), unless the
    conventional one from ``countryinfo`` lies more than ``FAR_APART_KM`` from it, or the
    centroid falls outside the country's land (``at_centroid`` 0: an archipelago's at sea, a
    bent or split country's, the Philippines, Malaysia, Norway, Vietnam), where the outline's
    point is only the interior point nearest that centroid, an arbitrary spot on one island or
    coast; the conventional one for a country with no outline. Of the LGL and GeoVirus country
    answers 1,679 of 1,785 lie within 161 km of the gold point this way (1,660 with the
    outline's point kept wherever it lies within ``FAR_APART_KM``); with the outline's point
    alone 1,560, with the conventional one alone 1,248
    (``benchmarks/geocode_accuracy.py --only lgl,geovirus --breakdown``)."""
    files = source_files(data_dir)
    conventional = {r["iso_a2"]: (float(r["latitude"]), float(r["longitude"])) for r in _read(files[2])}
    out = dict(conventional)
    for r in _read(files[1]):
        point = (float(r["latitude"]), float(r["longitude"]))
        other = conventional.get(r["iso_a2"])
        snapped = r.get("at_centroid", "1") == "0"
        if other is None or (not snapped and distance_km(*point, *other) <= FAR_APART_KM):
            out[r["iso_a2"]] = point
    return out


def admin1_points(data_dir: Path) -> dict[tuple[str, str], tuple[float, float]]:
    """(ISO code, admin1 code) -> (lat, lon) of the unit's reference point: the middle of the
    land its towns' share of the country's outline covers (``make_admin1_points.py``), where maps
    and gazetteers put a state or province, not the middle of its towns' hull (Ontario's and
    Queensland's towns lie along one edge)."""
    return {
        (r["country"], r["admin1"]): (float(r["latitude"]), float(r["longitude"]))
        for r in _read(source_files(data_dir)[3])
    }


def arabic_countries(data_dir: Path) -> frozenset[str]:
    """ISO codes of the countries where GeoNames lists Arabic among the languages spoken
    (``countryInfo.txt``): where a name transliterated from Arabic is likeliest to lie."""
    path = source_files(data_dir)[4]
    if not path.exists():
        return frozenset()
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 16:
            continue
        if any(lang.split("-")[0] == "ar" for lang in cols[15].split(",")):
            out.add(cols[0])
    return frozenset(out)


def demonyms(data_dir: Path) -> dict[str, tuple[str, ...]]:
    """ISO code -> what its people are called, singular and plural ("Syrian", "Syrians"): the
    data's adjectives (one or several, "Bosnian,Herzegovinian"), and those English makes from a
    name the data gives another adjective: a plural name less its s ("Philippine troops" of the
    Philippines, whose people the data calls Filipino) and a -stan name's people ("Uzbek",
    "Tajik", "Kazakh" of Uzbekistan, Tajikistan, Kazakhstan: the data has Uzbekistani, Tadzhik)."""
    rows = list(_read(source_files(data_dir)[2]))
    given = {d.strip().casefold() for r in rows for d in re.split(r"[/,]", r["demonym"]) if d.strip()}
    out: dict[str, tuple[str, ...]] = {}
    for r in rows:
        names = [d.strip() for d in re.split(r"[/,]", r["demonym"]) if d.strip()]
        # (not a form that is another country's adjective or name)
        names += [n for n in _made_adjectives(r["name"]) if n.casefold() not in given and n not in names]
        out[r["iso_a2"]] = tuple(n for d in names for n in (d, d + "s" if not d.endswith("s") else d))
    return out


# A people's name made from a -stan country's name is its stem, when the stem is a word of its
# own ("Uzbek", "Kazakh"; not Pakistan's "Pak")
_STAN = re.compile(r"^(?P<stem>[A-Z][a-z]{4,}?)i?stan$")


def _made_adjectives(name: str) -> list[str]:
    """The adjectives English makes from a country's name: "Philippines" -> Philippine,
    "Netherlands" -> Netherland, "Uzbekistan" -> Uzbek (a plural name in -es or -ds less its s;
    not Belarus, Cyprus, Honduras, whose s is no plural's)."""
    if name.endswith(("es", "ds")) and " " not in name:
        return [name[:-1]]
    if m := _STAN.match(name):
        return [m["stem"]]
    return []
