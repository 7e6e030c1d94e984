"""Store speed at a million incidents: ACLED import, date-range queries, memory.

Generates N ACLED rows (default 1,000,000) in a temporary folder, imports them with the real
`incidents import` command into a fresh SQLite file (so peak memory is the command's own),
then times date-range queries through SQL and through the in-memory snapshot.
Run: python benchmarks/store.py [N]
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from incident_explorer.settings import Settings
from incident_explorer.store.database import Store
from incident_explorer.store.filters import Filters
from incident_explorer.store.importers import ACLED_COLUMNS
from incident_explorer.store.snapshot import Snapshot

INCIDENTS = Path(sys.executable).parent / "incidents"
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
]


def generate(path: Path, n: int) -> None:
    rng = random.Random(20170225)
    first = date(2015, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(ACLED_COLUMNS) + "\n")
        for i in range(n):
            d = first + timedelta(days=rng.randrange(3 * 365))
            etype, sub = rng.choice(TYPES)
            lat, lon = 32.3 + rng.random() * 5, 35.7 + rng.random() * 6.5
            values = {
                "event_id_cnty": f"SYR{i}",
                "event_date": d.isoformat(),
                "year": str(d.year),
                "time_precision": str(rng.choice((1, 1, 1, 2, 3))),
                "disorder_type": "Political violence",
                "event_type": etype,
                "sub_event_type": sub,
                "actor1": "Military Forces of Syria",
                "inter1": "1",
                "actor2": "Rebels",
                "inter2": "2",
                "interaction": "12",
                "iso": "760",
                "region": "Middle East",
                "country": "Syria",
                "admin1": "Homs",
                "admin2": "Homs",
                "admin3": "Homs",
                "location": f"Place {i % 5000}",
                "latitude": f"{lat:.4f}",
                "longitude": f"{lon:.4f}",
                "geo_precision": str(rng.choice((1, 2, 3))),
                "source": "SOHR",
                "source_scale": "National",
                "notes": f"Generated event {i}",
                "fatalities": str(rng.choice((0, 0, 1, 2, 5, 12))),
                "tags": "",
                "timestamp": "1618000000",
            }
            out.write(",".join(values.get(c, "") for c in ACLED_COLUMNS) + "\n")


def line(label: str, value: str, target: str = "") -> None:
    print(f"{label:<42} {value:>26}" + (f"   (target {target})" if target else ""))


def timed(fn, repeat: int = 20) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs) * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory(prefix="incidents-bench-") as tmp:
        csv_path, db_path = Path(tmp) / "acled.csv", Path(tmp) / "bench.sqlite"
        t = time.perf_counter()
        generate(csv_path, n)
        line(f"generate {n:,} ACLED rows", f"{time.perf_counter() - t:.1f} s")
        env = {
            **os.environ,
            "INCIDENTS_DATABASE_URL": f"sqlite:///{db_path}",
            "INCIDENTS_CREATE_DATABASE": "1",
        }
        t = time.perf_counter()
        subprocess.run(
            [str(INCIDENTS), "import", str(csv_path), "--format", "acled", "-q"], env=env, check=True
        )
        took = time.perf_counter() - t
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = csv_path.stat().st_size / 1e6
        line("import (incidents import, SQLite)", f"{took:.1f} s, {n / took:,.0f} rows/s", ">= 20,000 rows/s")
        line("import peak RSS", f"{rss:.0f} MB (file {size:.0f} MB)")

        store = Store.open(Settings.from_env(), url=f"sqlite:///{db_path}", seed=False)
        month = Filters(start=date(2016, 3, 1), end=date(2016, 3, 31))
        year = Filters(start=date(2016, 1, 1), end=date(2016, 12, 31))
        rows = len(store.query(month))
        line(
            f"SQL date range, 1 month ({rows:,} rows)",
            f"{timed(lambda: store.query(month), 5):.1f} ms",
            "<= 50 ms",
        )
        t = time.perf_counter()
        snap = Snapshot.load(store)
        line(f"snapshot load ({len(snap):,} incidents)", f"{time.perf_counter() - t:.1f} s")
        line("snapshot date range, 1 month", f"{timed(lambda: snap.select(month)):.2f} ms", "<= 50 ms")
        line("snapshot date range, 1 year", f"{timed(lambda: snap.select(year)):.2f} ms")
        ms = timed(lambda: snap.date_slice(year.start, year.end), 200)
        line("snapshot slice only (searchsorted)", f"{ms:.3f} ms")
        # what the Map page does with "Place contains" filled in: a text scan after the slice
        place = replace(year, place="place 12")
        line("snapshot 1 year + place contains", f"{timed(lambda: snap.select(place), 5):.1f} ms")
        month_place = replace(month, place="place 12")
        line("SQL 1 month + place contains", f"{timed(lambda: store.query(month_place), 5):.1f} ms")
        store.close()


if __name__ == "__main__":
    main()
