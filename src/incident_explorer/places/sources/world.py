"""Places outside any country and countries' reference points.

- GeoNames ``no-country.txt`` (CC BY 4.0): continents, oceans, seas, gulfs, bays, straits and
  regions ("Middle East", "Levant", "Sahel"), with alternate names and GeoNames' own point.
- Natural Earth country outlines (public domain), reduced by ``data/natural-earth/make_points.py``
  to one reference point per country (``country_points.csv``): the country's point instead of
  a median of its towns.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from incident_explorer.errors import GazetteerError
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry

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
}


def source_files(data_dir: Path) -> list[Path]:
    return [data_dir / "geonames-extra" / "no-country.txt", data_dir / "natural-earth" / "country_points.csv"]


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
        alternates = [a for a in f[3].split(",") if a.strip() and len(a) > 3]
        place = Place(
            source_id=f"geonames:{f[0]}",
            name=name,
            latitude=float(f[4]),
            longitude=float(f[5]),
            feature=_KEEP[f[7]],
            country_code="",
        )
        yield Entry(place=place, names=tuple(dict.fromkeys((name, f[2], *alternates))), ancestry=())


def country_points(data_dir: Path) -> dict[str, tuple[float, float]]:
    """ISO code -> (lat, lon) of the country's reference point; empty if the file is missing."""
    path = source_files(data_dir)[1]
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["iso_a2"]: (float(r["latitude"]), float(r["longitude"])) for r in csv.DictReader(fh)}
