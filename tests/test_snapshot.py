"""The in-memory snapshot gives the same answers as the SQL query, from sorted arrays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from incident_explorer.store import importers
from incident_explorer.store.database import Store
from incident_explorer.store.filters import Filters
from incident_explorer.store.snapshot import Snapshot

ROWS = (
    "event_id_cnty,event_date,event_type,sub_event_type,country,latitude,longitude,fatalities,location\n"
    + "".join(
        f"E{i},2017-{1 + i % 12:02d}-{1 + i % 28:02d},{'Battles' if i % 3 else 'Protests'},x,Syria,"
        f"{32 + (i % 50) / 10},{36 + (i % 30) / 10},{i % 7},Town {i % 9}\n"
        for i in range(300)
    )
)


@pytest.fixture
def filled(store: Store, tmp_path: Path) -> Store:
    path = tmp_path / "a.csv"
    path.write_text(ROWS, encoding="utf-8")
    store.import_records(importers.read_acled(path))
    return store


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(start=date(2017, 3, 1), end=date(2017, 5, 31)),
        Filters(start=date(2017, 12, 1)),
        Filters(end=date(2017, 1, 31), event_types=("Protests",)),
        Filters(bbox=(36.0, 32.0, 37.0, 33.0), min_fatalities=3),
        Filters(text="town 4"),
    ],
)
def test_snapshot_matches_sql(filled: Store, filters: Filters) -> None:
    snap = Snapshot.load(filled)
    assert len(snap) == 300 and snap.version == filled.data_version()
    expected = sorted(filled.query(filters)["id"])
    assert sorted(snap.select(filters)["id"]) == expected


def test_snapshot_knows_when_it_is_stale(filled: Store) -> None:
    snap = Snapshot.load(filled)
    filled.update_incident("acled:E1", {"notes": "checked"})
    assert filled.data_version() > snap.version
