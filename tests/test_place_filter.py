""" "Place contains" (and the table's search) finds an incident by the name of a place the
gazetteer lacks, as the tooltip and the table show it ("X (not in gazetteer; placed at ...)"),
through SQL and the Snapshot alike; once a person placed the incident, only its location counts."""

from __future__ import annotations

import json
from datetime import date

import pytest

from incident_explorer.store.database import Store
from incident_explorer.store.filters import Filters
from incident_explorer.store.records import IncidentRecord
from incident_explorer.store.snapshot import Snapshot

DAY = date(2021, 3, 14)


def _unknown(ident: str, name: str, location: str) -> IncidentRecord:
    return IncidentRecord(
        id=ident,
        origin="extracted",
        event_date=DAY,
        event_type="Battles",
        location=location,
        extra=json.dumps({"place_text": f"{name} (not in gazetteer; placed at {location})"}),
    )


@pytest.fixture
def filled(store: Store) -> Store:
    store.import_records(
        [
            _unknown("u1", "Dar Bakhit", "North Darfur, Sudan"),
            _unknown("u2", "Ngarbuh", "Northwest Region, Cameroon"),
            _unknown("u3", "Tillia-Kouara", "Tillaberi, Niger"),
            IncidentRecord(id="k1", origin="csv", event_date=DAY, location="El Fasher, North Darfur, Sudan"),
        ]
    )
    return store


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(place="bakhit"), {"u1"}),  # the unknown name, any case
        (Filters(place="NGARBUH"), {"u2"}),
        (Filters(place="tillia-k"), {"u3"}),
        (Filters(place="north darfur"), {"u1", "k1"}),  # the stand-in place still counts
        (Filters(place="not in gazetteer"), {"u1", "u2", "u3"}),  # what the table shows
        (Filters(text="ngarb"), {"u2"}),  # the Incidents page's search box
    ],
)
def test_place_contains_searches_the_unknown_name(
    filled: Store, filters: Filters, expected: set[str]
) -> None:
    assert set(filled.query(filters)["id"]) == expected
    assert set(Snapshot.load(filled).select(filters)["id"]) == expected
    assert {r.id for r in filled.records(filters)} == expected  # what an export writes


def test_a_placed_incident_is_found_by_its_new_place_only(filled: Store) -> None:
    filled.update_incident("u1", {"location": "Kutum, North Darfur, Sudan"}, actor="test")
    for name, expected in (("bakhit", set()), ("kutum", {"u1"})):
        assert set(filled.query(Filters(place=name))["id"]) == expected
        assert set(Snapshot.load(filled).select(Filters(place=name))["id"]) == expected
