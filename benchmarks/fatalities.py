"""Why the UCDP fatality row is what it is: each UCDP headline with best > 0 (the row's
denominator) by what the incident that placed and dated it claims.

    python benchmarks/fatalities.py [--rows]

Prints how many headlines are not placed and dated, carry no figure at all, carry one only on
another incident of the headline, carry no dead figure (only a combined count, a running total
or the wounded), and how many dead figures agree with UCDP's best or miss it, by how much;
``--rows`` lists the headlines of the last three kinds with the claims read. Dev data is read
from /work/shared (measure only, never bundled), as accuracy.py reads it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import headlines  # noqa: E402

from incident_explorer.extraction.article import from_text  # noqa: E402
from incident_explorer.extraction.claims import find_claims  # noqa: E402
from incident_explorer.extraction.pipeline import Extractor  # noqa: E402
from incident_explorer.places.distance import distance_km  # noqa: E402
from incident_explorer.settings import Settings  # noqa: E402


def main() -> None:
    extractor = Extractor.from_settings(Settings.from_env())
    counts: Counter[str] = Counter()
    rows: list[tuple[str, str, int, str, list[tuple[str, str]]]] = []
    with_best = [h for h in headlines() if h.best > 0]
    for h in with_best:
        r = extractor.extract(from_text(h.text, published=h.published))
        radius = 10.0 if h.where_prec == 1 else 25.0
        hit = next(
            (
                i
                for i in r.incidents
                if i.latitude is not None
                and i.longitude is not None
                and distance_km(i.latitude, i.longitude, h.lat, h.lon) <= radius
                and i.event_date == h.day
            ),
            None,
        )
        if hit is None:
            counts["a. not placed and dated"] += 1
            continue
        f = hit.fatalities
        read = [(c.kind, c.text) for c in hit.claims]
        if f.low is None:
            if not find_claims(h.text, 0, None):
                counts["b. placed and dated, the headline carries no figure at all"] += 1
            elif not hit.claims:
                counts["c. placed and dated, a figure only on another incident"] += 1
                rows.append(
                    ("other", "", h.best, h.text, [(c.kind, c.text) for c in find_claims(h.text, 0, None)])
                )
            else:
                kinds = "+".join(sorted({c.kind for c in hit.claims}))
                counts[f"d. placed and dated, no dead figure, only {kinds}"] += 1
                rows.append(("kind", "", h.best, h.text, read))
            continue
        high = f.high if f.high is not None else f.low
        if f.low <= h.best <= high:
            counts["e. a dead figure that agrees"] += 1
            continue
        side = "UCDP higher" if h.best > high else "UCDP lower"
        ratio = h.best / (f.best or 1)
        size = "within 1.5x" if 1 / 1.5 <= ratio <= 1.5 else ("1.5-3x" if 1 / 3 <= ratio <= 3 else "over 3x")
        counts[f"f. a dead figure that disagrees: {side}, {size}"] += 1
        rows.append(("disagrees", f"{f.low}/{f.best}/{f.high}", h.best, h.text, read))
    print(f"{len(with_best)} UCDP headlines with best > 0")
    for key in sorted(counts):
        print(f"{counts[key]:5d}  {key}")
    if "--rows" in sys.argv:
        for row in rows:
            print(row)


if __name__ == "__main__":
    main()
