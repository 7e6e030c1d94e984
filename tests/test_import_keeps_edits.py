"""Importing a file again (an older export, a colleague's copy) updates the incidents it holds but
leaves the fields a person edited as they were, as re-extraction does; the summary says how many."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from incident_explorer.store import exporters, importers
from incident_explorer.store.database import Store
from incident_explorer.store.records import IncidentRecord

DAY = date(2022, 8, 3)
ROWS = [
    IncidentRecord(id="r1", origin="csv", source_id="r1", event_date=DAY, event_type="Battles",
                   location="Bakhmut, Donetsk, Ukraine", latitude=48.59, longitude=38.0, fatalities_best=4),
    IncidentRecord(id="r2", origin="csv", source_id="r2", event_date=DAY, event_type="Riots",
                   location="Gao, Mali", latitude=16.27, longitude=-0.04, fatalities_best=2),
    IncidentRecord(id="r3", origin="csv", source_id="r3", event_date=DAY, event_type="Protests",
                   location="Khartoum, Sudan", latitude=15.5, longitude=32.56, fatalities_best=0),
]  # fmt: skip


def _export(store: Store, path: Path) -> Path:
    path.write_text(exporters.export_text(store.records(), "csv"), encoding="utf-8")
    return path


def test_an_older_export_imported_again_keeps_what_a_person_corrected(store: Store, tmp_path: Path) -> None:
    store.import_records(ROWS)
    older = _export(store, tmp_path / "older.csv")
    # three corrections of different kinds: a place moved by hand, a figure, a type
    store.update_incident(
        "r1", {"location": "Soledar, Donetsk, Ukraine", "latitude": 48.68, "longitude": 38.09}
    )
    store.update_incident("r2", {"fatalities_best": 5})
    store.update_incident("r3", {"event_type": "Riots"})
    # the file also brings news the store did not have: a later figure for every incident
    rows = [replace(r, notes="from the older export") for r in importers.read(older, "csv", None, None)]
    result = store.import_records(rows)
    assert (result.inserted, result.updated, result.kept_human) == (0, 3, 3)
    r1, r2, r3 = (store.incident(i) for i in ("r1", "r2", "r3"))
    assert r1 is not None and r2 is not None and r3 is not None
    assert (r1["location"], r1["latitude"], r1["longitude"]) == ("Soledar, Donetsk, Ukraine", 48.68, 38.09)
    assert r2["fatalities_best"] == 5 and r3["event_type"] == "Riots"
    assert all(r["notes"] == "from the older export" for r in (r1, r2, r3))  # the rest was updated
    assert r1["fatalities_best"] == 4 and r2["location"] == "Gao, Mali"


def test_incidents_no_one_edited_are_updated_whole_and_not_counted(store: Store) -> None:
    store.import_records(ROWS)
    result = store.import_records([replace(r, fatalities_best=9, location=r.location.upper()) for r in ROWS])
    assert (result.updated, result.kept_human) == (3, 0)
    assert {store.incident(r.id)["location"] for r in ROWS} == {r.location.upper() for r in ROWS}  # type: ignore[index]
