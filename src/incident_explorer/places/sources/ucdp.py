"""UCDP GED's Syrian places (CC BY 4.0): the distinct place descriptions UCDP's coders gave
events of 2016-2018 with an exact or near-exact point (where_prec 1-2), from
``data/ucdp-places/ucdp_places_syria.csv``. Source id: ``ucdp:<first GED event id coded there>``.

A description ("Teir Maaleh village", "Duniq/Dowaibeq village", "Nasib border crossing") gives
the place's names and kind; the index merges it into an entry of another source that has the
same name within a few km, so one place keeps one entry.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from incident_explorer.errors import GazetteerError
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry

_SYRIA = ("Syria", "Syrian Arab Republic", "SY", "SYR", "سوريا")
_KIND = re.compile(
    r"\s+(?P<kind>village|town|city|locality|suburb|neighbou?rhood|quarter|camp|area|plain|region|"
    r"sub-?district|district|governorate)$",
    re.I,
)
_FEATURE = {
    "district": Feature.ADMIN2,
    "subdistrict": Feature.ADMIN3,
    "sub-district": Feature.ADMIN3,
    "governorate": Feature.ADMIN1,
    "area": Feature.REGION,
    "plain": Feature.REGION,
    "region": Feature.REGION,
}
# Descriptions of a stretch or a relation between places are not one place.
_NOT_ONE_PLACE = re.compile(r"\b(between|road|highway|near|of|and|border)\b|[-–]\s|,", re.I)
_PAREN = re.compile(r"\s*\(([^)]*)\)")
_NUMBERED = re.compile(r"\d")

Locator = Callable[[float, float], tuple[str, ...]]


def source_files(data_dir: Path) -> list[Path]:
    return [data_dir / "ucdp-places" / "ucdp_places_syria.csv"]


def description_names(description: str) -> tuple[list[str], Feature] | None:
    """Names and kind of place in one UCDP description; None when it names no single place."""
    text = description.strip()
    feature = Feature.POINT
    if m := _KIND.search(text):
        kind = m["kind"].lower()
        feature = _FEATURE.get(kind, Feature.CITY)
        text = text[: m.start()].strip()
    if not text or (_NOT_ONE_PLACE.search(text) and "crossing" not in text.lower()):
        return None
    names = [description.strip()]
    bare = _PAREN.sub("", text).strip()
    names.extend(v.strip() for v in bare.split("/") if v.strip())
    # "Abu Naytal (Farraj) village"; but "Research Center (Aleppo)" names where the site is. A
    # designation with a number is the site's own name: "Tiyas Military Airbase (T4)", "Kawkab
    # Army Base (Brigade 546)": reports call the base so.
    names.extend(
        v.strip()
        for v in _PAREN.findall(text)
        if v.strip() and (feature == Feature.CITY or _NUMBERED.search(v))
    )
    return list(dict.fromkeys(names)), feature


def load(data_dir: Path, locate: Locator, *, until_year: int | None = None) -> Iterator[Entry]:
    path = source_files(data_dir)[0]
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read UCDP places ({exc}); restore it") from exc
    with fh:
        for row in csv.DictReader(fh):
            if not _years_ok(row["first_year"], until_year):
                continue
            found = description_names(row["name"])
            if found is None:
                continue
            names, feature = found
            lat, lon = float(row["latitude"]), float(row["longitude"])
            admin = locate(lat, lon)
            place = Place(
                source_id=f"ucdp:{row['first_event']}",
                name=names[1] if len(names) > 1 else names[0],
                latitude=lat,
                longitude=lon,
                feature=feature,
                country_code="SY",
                admin1=admin[2] if len(admin) > 2 else row["adm_1"],
                admin2=admin[1] if len(admin) > 1 else row["adm_2"],
            )
            ancestry = tuple(a for a in (*admin, row["adm_2"], row["adm_1"], *_SYRIA) if a)
            yield Entry(place=place, names=(place.name, *names), ancestry=ancestry)


_CELL = 0.1  # degrees: activity is counted on a grid of ~10 km cells
_RADIUS = 1  # cells each way


def _years_ok(first_year: str, until_year: int | None) -> bool:
    return until_year is None or int(first_year) <= until_year


def activity_grid(data_dir: Path, *, until_year: int | None = None) -> dict[tuple[int, int], int]:
    """Events per grid cell, counting events of ``until_year`` and before (None: all)."""
    path = source_files(data_dir)[0]
    grid: dict[tuple[int, int], int] = {}
    if not path.exists():
        return grid
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            n = 0
            for part in (row.get("events_by_year") or "").split("|"):
                year, _, count = part.partition(":")
                if year and (until_year is None or int(year) <= until_year):
                    n += int(count)
            if n:
                cell = (int(float(row["latitude"]) // _CELL), int(float(row["longitude"]) // _CELL))
                grid[cell] = grid.get(cell, 0) + n
    return grid


def activity(grid: dict[tuple[int, int], int], lat: float, lon: float) -> int:
    """Events coded in the cell of the point and the cells around it (within ~15 km)."""
    i, j = int(lat // _CELL), int(lon // _CELL)
    near = range(-_RADIUS, _RADIUS + 1)
    return sum(grid.get((i + di, j + dj), 0) for di in near for dj in near)
