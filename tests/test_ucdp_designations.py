"""A numbered designation in parentheses after a UCDP site ("Tiyas Military Airbase (T4)") is
the site's own name, as reports write it; a place name in parentheses after a site says where
it is and is no name of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Place
from incident_explorer.places.sources import Entry
from incident_explorer.places.sources.ucdp import description_names
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings


@pytest.mark.parametrize(
    ("description", "designation"),
    [
        ("Tiyas Military Airbase (T4)", "T4"),
        ("Kawkab Army Base (Brigade 546)", "Brigade 546"),
        ("Hama Military Airport (Regiment 66)", "Regiment 66"),
        ("Pumping station (T2)", "T2"),
    ],
)
def test_a_numbered_designation_names_the_site(description: str, designation: str) -> None:
    found = description_names(description)
    assert found is not None and designation in found[0]


@pytest.mark.parametrize(
    ("description", "where"),
    [
        ("Military Research Center (Aleppo)", "Aleppo"),
        ("Taybah farms (Mayadin)", "Mayadin"),
        ("Cotton factory (Raqqa city)", "Raqqa city"),
    ],
)
def test_a_place_in_parentheses_after_a_site_is_no_name_of_it(description: str, where: str) -> None:
    found = description_names(description)
    assert found is not None and where not in found[0]


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = []
    for i, (description, lat, lon) in enumerate(
        [("Tiyas Military Airbase (T4)", 34.52, 37.63), ("Kawkab Army Base (Brigade 546)", 36.55, 40.85)]
    ):
        found = description_names(description)
        assert found is not None
        names, feature = found
        place = Place(f"ucdp:{i}", names[1], lat, lon, feature, "SY", "Homs")
        entries.append(Entry(place=place, names=(place.name, *names), ancestry=("Homs", "Syria")))
    return entries, {"SY": ("Syria",)}


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "designations")


@pytest.mark.parametrize(
    ("query", "expected"),
    [("T4 Military Airbase", "ucdp:0"), ("the T4 airbase", "ucdp:0"), ("Brigade 546 base", "ucdp:1")],
)
def test_reports_name_the_site_by_its_designation(
    geocoder: OfflineGeocoder, query: str, expected: str
) -> None:
    found = geocoder.geocode(query, country="SY", limit=1)
    assert found and found[0].place.source_id == expected
