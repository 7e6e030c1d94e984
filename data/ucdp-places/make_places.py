"""Make ``ucdp_places_syria.csv`` from the UCDP GED Syria file: one row per distinct place.

Run: python data/ucdp-places/make_places.py PATH/ged_syria_2016_2018.csv.gz
Keeps events with where_prec 1-2 (an exact place or within ~25 km); one row per distinct
(where_coordinates, point), with the year and event id of the first event coded there and the
events coded there each year, so a benchmark can build the source from early years and score
later ones.
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

OUT = Path(__file__).with_name("ucdp_places_syria.csv")
COLUMNS = (
    "name",
    "latitude",
    "longitude",
    "where_prec",
    "adm_1",
    "adm_2",
    "first_year",
    "first_event",
    "events",
    "events_by_year",
)


def main(src: str) -> None:
    places: dict[tuple[str, str, str], dict[str, object]] = {}
    with gzip.open(src, "rt", encoding="utf-8", newline="") as fh:
        rows = sorted(csv.DictReader(fh), key=lambda r: (r["date_start"], int(r["id"])))
    for r in rows:
        if r["where_prec"] not in ("1", "2"):
            continue
        key = (r["where_coordinates"].strip(), r["latitude"], r["longitude"])
        p = places.get(key)
        if p is None:
            places[key] = {
                "name": key[0],
                "latitude": key[1],
                "longitude": key[2],
                "where_prec": r["where_prec"],
                "adm_1": r["adm_1"],
                "adm_2": r["adm_2"],
                "first_year": r["year"],
                "first_event": r["id"],
                "events": 1,
                "events_by_year": {r["year"]: 1},
            }
        else:
            p["events"] = int(p["events"]) + 1  # type: ignore[call-overload]
            by_year = p["events_by_year"]
            assert isinstance(by_year, dict)
            by_year[r["year"]] = by_year.get(r["year"], 0) + 1
            p["where_prec"] = min(str(p["where_prec"]), r["where_prec"])
    for p in places.values():
        by_year = p["events_by_year"]
        assert isinstance(by_year, dict)
        p["events_by_year"] = "|".join(f"{y}:{n}" for y, n in sorted(by_year.items()))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS)
        w.writeheader()
        w.writerows(sorted(places.values(), key=lambda p: str(p["name"])))
    print(f"{OUT}: {len(places)} places", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
