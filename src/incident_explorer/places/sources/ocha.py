"""OCHA Syria COD-AB (UN OCHA / UNCS, HDX, 2016-09): governorates, districts, sub-districts and
414 city neighbourhoods, with English and Arabic names and P-codes. Read from ``data/syria-ocha``.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from incident_explorer.errors import GazetteerError
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.places.spelling import normalise, translit

_FILES = {
    "admin1.geojson": Feature.ADMIN1,
    "admin2.geojson": Feature.ADMIN2,
    "admin3.geojson": Feature.ADMIN3,
    "neighbourhoods.geojson": Feature.NEIGHBOURHOOD,
}
_SYRIA = ("Syria", "Syrian Arab Republic", "SY", "SYR", "سوريا")
# NAM_EN_REF disambiguates with the city: "Fardos (Homs)", "Bayada - Homs".
_CITY_TAG = re.compile(r"\s*(\(.*\)|\s-\s.*)$")


def source_files(data_dir: Path) -> list[Path]:
    return [data_dir / "syria-ocha" / name for name in _FILES]


def _names(p: dict[str, Any]) -> tuple[str, ...]:
    names: list[str] = []
    for key in ("NAME_EN", "NAM_EN_REF", "NAME_AR", "NAM_AR_REF"):
        value = (p.get(key) or "").strip()
        for v in (value, _CITY_TAG.sub("", value)):
            if v and v not in names:
                names.append(v)
    return tuple(names)


def _read(path: Path) -> list[Any]:
    try:
        features: list[Any] = json.loads(path.read_text(encoding="utf-8"))["features"]
    except (OSError, ValueError, KeyError) as exc:
        raise GazetteerError(
            f"{path}: cannot read OCHA boundaries ({exc}); restore it from the repository"
        ) from exc
    return features


def load(data_dir: Path) -> Iterator[Entry]:
    layers = [
        (_read(path), feature) for path, feature in zip(source_files(data_dir), _FILES.values(), strict=True)
    ]
    seats = _district_seats(next(fs for fs, feature in layers if feature == Feature.ADMIN3))
    for features, feature in layers:
        for f in features:
            p = f["properties"]
            city = (p.get("ADM4_EN") or "").strip()
            admin2 = (p.get("ADM2_EN") or "").strip() if feature != Feature.ADMIN2 else ""
            admin1 = (p.get("ADM1_EN") or "").strip() if feature != Feature.ADMIN1 else ""
            names = _names(p)
            seat = seats.get(p.get("ADM2_PCODE") or p.get("PCODE") or "", "")
            if feature == Feature.ADMIN2 and seat and seat not in names:
                names = (*names, seat)  # "Maarat al-Numan district" is OCHA's "Al Ma'ra"
            place = Place(
                source_id=f"ocha:{p['PCODE']}",
                name=names[0],
                latitude=float(p["LATITUDE"]),
                longitude=float(p["LONGITUDE"]),
                feature=feature,
                country_code="SY",
                admin1=admin1,
                admin2=admin2,
                parent=city,
                name_ar=(p.get("NAME_AR") or "").strip(),
            )
            ancestry = tuple(
                n
                for n in (
                    city,
                    (p.get("ADM3_EN") or "").strip(),
                    admin2,
                    seat if feature != Feature.ADMIN2 else "",
                    admin1,
                    (p.get("ADM1_AR") or "").strip(),
                    *_SYRIA,
                )
                if n
            )
            yield Entry(place=place, names=names, ancestry=ancestry)
    yield from _areas(next(fs for fs, feature in layers if feature == Feature.NEIGHBOURHOOD))


_NO_AREA = frozenset({"", "<null>"})


def _areas(features: list[Any]) -> Iterator[Entry]:
    """The areas OCHA groups a city's neighbourhoods in (Damascus's Jowbar of Joubar Gharbi,
    Joubar Sharqi and two more; Mazzeh, Midan, Qaboun): the districts news names ("Jobar"), at
    the middle of their neighbourhoods' points. Not an area of one neighbourhood of its name."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in features:
        p = f["properties"]
        if (p.get("AREA_EN") or "").strip().lower() not in _NO_AREA and p.get("AREA_PCODE"):
            groups[p["AREA_PCODE"]].append(p)
    for code, members in groups.items():
        first = members[0]
        name = first["AREA_EN"].strip()
        if len(members) == 1 and normalise(name) == normalise(first.get("NAME_EN") or ""):
            continue
        arabic = (first.get("AREA_AR") or "").strip()
        city = (first.get("ADM4_EN") or "").strip()
        place = Place(
            source_id=f"ocha:{code}",
            name=name,
            latitude=sum(float(m["LATITUDE"]) for m in members) / len(members),
            longitude=sum(float(m["LONGITUDE"]) for m in members) / len(members),
            feature=Feature.NEIGHBOURHOOD,
            country_code="SY",
            admin1=(first.get("ADM1_EN") or "").strip(),
            admin2=(first.get("ADM2_EN") or "").strip(),
            parent=city,
            name_ar=arabic if arabic.lower() not in _NO_AREA else "",
        )
        names = tuple(n for n in dict.fromkeys((name, arabic)) if n.lower() not in _NO_AREA)
        ancestry = tuple(
            n
            for n in dict.fromkeys(
                (
                    city,
                    (first.get("ADM3_EN") or "").strip(),
                    place.admin2,
                    place.admin1,
                    (first.get("ADM1_AR") or "").strip(),
                    *_SYRIA,
                )
            )
            if n
        )
        yield Entry(place=place, names=names, ancestry=ancestry)


_Ring = list[tuple[float, float]]


def _inside(ring: _Ring, lon: float, lat: float) -> bool:
    """Even-odd ray casting: is the point inside the ring?"""
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


class Locator:
    """The OCHA sub-district, district and governorate a point lies in (from the outlines)."""

    def __init__(self, data_dir: Path) -> None:
        path = data_dir / "syria-ocha" / "admin3.geojson"
        try:
            features = json.loads(path.read_text(encoding="utf-8"))["features"]
        except (OSError, ValueError, KeyError) as exc:
            raise GazetteerError(f"{path}: cannot read OCHA boundaries ({exc}); restore it") from exc
        self._units: list[tuple[tuple[float, float, float, float], list[list[_Ring]], tuple[str, ...]]] = []
        seats = _district_seats(features)
        for f in features:
            geom = f.get("geometry") or {}
            polys = geom.get("coordinates", [])
            if geom.get("type") == "Polygon":
                polys = [polys]
            rings = [[[(float(x), float(y)) for x, y, *_ in ring] for ring in poly] for poly in polys]
            xs = [x for poly in rings for x, _ in poly[0]]
            ys = [y for poly in rings for _, y in poly[0]]
            if not xs:
                continue
            p = f["properties"]
            names = tuple((p.get(k) or "").strip() for k in ("NAME_EN", "ADM2_EN", "ADM1_EN", "ADM1_AR"))
            seat = seats.get(p.get("ADM2_PCODE") or "", "")
            if seat and seat not in names:
                names = (*names, seat)
            self._units.append(((min(xs), min(ys), max(xs), max(ys)), rings, names))

    def __call__(self, lat: float, lon: float) -> tuple[str, ...]:
        """(sub-district, district, governorate, governorate in Arabic[, district seat]), or ()."""
        for (x0, y0, x1, y1), polys, names in self._units:
            if not (x0 <= lon <= x1 and y0 <= lat <= y1):
                continue
            for poly in polys:
                if _inside(poly[0], lon, lat) and not any(_inside(h, lon, lat) for h in poly[1:]):
                    return names
        return ()


def _district_seats(features: list[Any]) -> dict[str, str]:
    """District P-code -> the name of its central sub-district (P-code ending in 00), which is
    named after the district's seat town. News and GeoNames often name a district after its
    seat ("Maarat al-Numan district" is OCHA's "Al Ma'ra")."""
    seats: dict[str, str] = {}
    for f in features:
        p = f.get("properties") or {}
        code, district = p.get("PCODE") or "", p.get("ADM2_PCODE") or ""
        if district and code == district + "00":
            seats[district] = _ADMIN_PREFIX.sub("", (p.get("NAME_EN") or "").strip())
    return seats


# "Markaz Darayya": the centre (markaz) of Darayya district.
_ADMIN_PREFIX = re.compile(r"^markaz\s+", re.I)


# A governorate takes another source's name for it when this share of that source's towns of the
# name lie in it, and at least this many: GeoNames calls Rural Damascus "Rif-dimashq", the
# name Syrian reports use ("Rif Dimashq", "Reef Dimashq").
_UNIT_NAME_SHARE = 0.8
_UNIT_NAME_TOWNS = 3


def with_unit_names(entries: list[Entry], locate: Callable[[float, float], tuple[str, ...]]) -> list[Entry]:
    """The entries, OCHA's governorates with the names GeoNames gives the admin1 unit of the
    Syrian towns that lie in them (by the outlines), unless a town has the name too."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for e in entries:
        p = e.place
        if p.country_code == "SY" and p.feature == Feature.CITY and p.admin1 and p.source == "geonames":
            admin = locate(p.latitude, p.longitude)
            if len(admin) > 2 and admin[2]:
                votes[p.admin1][admin[2]] += 1
    # Not a name a town has too (its capital's: "As-Suwayda", "Idlib"): the unit would take the
    # bare name from the town, which reports mean far more often.
    towns = {
        k
        for e in entries
        if e.place.country_code == "SY" and e.place.feature == Feature.CITY
        for n in e.names
        for k in (normalise(n), translit(normalise(n)))
    }
    names: dict[str, list[str]] = defaultdict(list)
    for name, counts in votes.items():
        unit, n = counts.most_common(1)[0]
        key = normalise(name)
        if (
            n >= _UNIT_NAME_TOWNS
            and n >= _UNIT_NAME_SHARE * counts.total()
            and not {key, translit(key)} & towns
        ):
            names[unit].append(name)
    out = []
    for e in entries:
        more = (
            names.get(e.place.name)
            if e.place.source == "ocha" and e.place.feature == Feature.ADMIN1
            else None
        )
        if more:
            e = replace(e, names=tuple(dict.fromkeys((*e.names, *more))))
        out.append(e)
    return out
