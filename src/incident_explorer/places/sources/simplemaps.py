"""SimpleMaps World Cities basic (CC BY 4.0, simplemaps.com): the 7,134 towns of it that GeoNames
cities500 lacks, from ``data/simplemaps/simplemaps_extra.csv`` (made by ``make_extra.py`` there).
Source id: ``simplemaps:<SimpleMaps id>``.

Most are towns GeoNames holds without a population, so cities500 leaves them out (Jalawla,
Afmadow, Mindat). They only fill gaps (``Entry.fallback``): the index gives one a name only where
no other place has it, so a town only SimpleMaps knows never competes with one GeoNames, WOF or
UCDP knows ("Saada" of Sa'dah, Yemen, is no Sa'ada of Morocco). No population either: SimpleMaps'
figures are often a district's or an estimate.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from incident_explorer.errors import GazetteerError
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry


def source_files(data_dir: Path) -> list[Path]:
    return [data_dir / "simplemaps" / "simplemaps_extra.csv"]


def load(data_dir: Path, country_names: dict[str, tuple[str, ...]]) -> Iterator[Entry]:
    path = source_files(data_dir)[0]
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read SimpleMaps data ({exc}); restore it") from exc
    with fh:
        for row in csv.DictReader(fh):
            name = row["name"].strip()
            if not name:
                continue
            cc = row["cc"].strip()
            admin1 = row["admin1"].strip()
            place = Place(
                source_id=f"simplemaps:{row['id']}",
                name=name,
                latitude=float(row["lat"]),
                longitude=float(row["lon"]),
                feature=Feature.CITY,
                country_code=cc,
                admin1=admin1,
            )
            names = tuple(dict.fromkeys(n for n in (name, row["name_ascii"].strip()) if n))
            ancestry = tuple(a for a in (admin1, *country_names.get(cc, ())) if a)
            yield Entry(place=place, names=names, ancestry=ancestry, fallback=True)
