"""Two ways reports and coders say where a place lies: "the town of X in Y" (the kind said
before the name, then the place it lies in) and "X (Y)" with an admin unit or a country in the
bracket. Both read as "X, Y"; a bracket that names no unit stays another name of the place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, stands_in
from incident_explorer.places.phrases import parse_query
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"SY": ("Syria", "SYR"), "IQ": ("Iraq", "IRQ")}


@pytest.mark.parametrize(
    ("query", "name", "parent", "kind"),
    [
        ("the town of Maskanah in Aleppo province", "Maskanah", "Aleppo province", Feature.CITY),
        (
            "village of Tell Hamis in the southern countryside of Hasakah",
            "Tell Hamis",
            "Hasakah",
            Feature.CITY,
        ),
        ("the city of Mosul in Nineveh", "Mosul", "Nineveh", Feature.CITY),
        ("the neighbourhood of al-Sukkari in eastern Aleppo", "al-Sukkari", "Aleppo", Feature.NEIGHBOURHOOD),
    ],
)
def test_the_kind_of_a_place_in_its_parent(query: str, name: str, parent: str, kind: Feature) -> None:
    parsed = parse_query(query)
    assert (parsed.name, parsed.parents) == (name, (parent,))
    assert kind in parsed.feature_hint


@pytest.mark.parametrize(
    ("query", "name"),
    [("the town of Maskanah", "Maskanah"), ("city of Mosul", "Mosul"), ("the province of Idlib", "Idlib")],
)
def test_the_kind_of_a_place_alone_reads_as_before(query: str, name: str) -> None:
    parsed = parse_query(query)
    assert (parsed.name, parsed.parents) == (name, ())


def _entry(
    sid: str, name: str, lat: float, lon: float, feature: Feature, ancestry: tuple[str, ...], cc: str = "SY"
) -> Entry:
    place = Place(sid, name, lat, lon, feature, cc, ancestry[0] if ancestry else "")
    return Entry(place=place, names=(name,), ancestry=(*ancestry, *COUNTRIES[cc]))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _entry("t:raqqa", "Ar-Raqqa", 35.95, 39.01, Feature.ADMIN1, ()),
        _entry("t:homs", "Homs", 34.73, 36.71, Feature.ADMIN1, ()),
        # OCHA's spelling of the province; reports write Idlib
        _entry("t:idleb", "Idleb", 35.93, 36.63, Feature.ADMIN1, ()),
        # two villages of one name in two provinces, and one in Iraq
        _entry("t:hamra-raqqa", "Hamra", 35.80, 38.60, Feature.CITY, ("Ar-Raqqa",)),
        _entry("t:hamra-homs", "Hamra", 34.90, 37.10, Feature.CITY, ("Homs",)),
        _entry("t:hamra-iq", "Hamra", 36.10, 43.20, Feature.CITY, ("Nineveh",), "IQ"),
        _entry("t:kurin", "Kurin", 35.80, 36.60, Feature.CITY, ("Idleb",)),
        # a village known by two names
        _entry("t:zaytuna", "Zaytuna", 35.10, 36.90, Feature.CITY, ("Homs",)),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "kind-of-bracketed")


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("Hamra (Ar-Raqqa)", "t:hamra-raqqa"),
        ("Hamra village (Homs governorate)", "t:hamra-homs"),
        ("Hamra (Iraq)", "t:hamra-iq"),
        ("Kurin (Idlib)", "t:kurin"),
    ],
)
def test_a_bracketed_unit_is_where_the_place_lies(geocoder: OfflineGeocoder, query: str, sid: str) -> None:
    for country in ("SY", None) if sid != "t:hamra-iq" else (None,):
        found = geocoder.geocode(query, country=country, limit=1)
        assert found and found[0].place.source_id == sid, (query, country, found[:1])
        assert not stands_in(found[0])


def test_a_bracketed_unit_stands_in_for_a_place_not_in_it(geocoder: OfflineGeocoder) -> None:
    # no Kurin in Homs: the province, as "Kurin, Homs" answers, not the Idlib village
    found = geocoder.geocode("Kurin (Homs)", country="SY", limit=1)
    assert found and found[0].place.source_id == "t:homs"


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("the village of Hamra in Ar-Raqqa", "t:hamra-raqqa"),
        ("the town of Hamra in the eastern countryside of Homs", "t:hamra-homs"),
        ("village of Kurin in Idlib province", "t:kurin"),
    ],
)
def test_the_kind_of_a_place_in_its_parent_is_found(geocoder: OfflineGeocoder, query: str, sid: str) -> None:
    found = geocoder.geocode(query, country="SY", limit=1)
    assert found and found[0].place.source_id == sid, (query, found[:1])


def test_a_bracket_naming_no_unit_is_another_name(geocoder: OfflineGeocoder) -> None:
    # "Bustan (Zaytuna) village": the bracket is the village's other name, not a parent
    parsed = parse_query("Bustan (Zaytuna) village")
    assert "Zaytuna" in parsed.alternatives
    found = geocoder.geocode(parsed, country="SY", limit=1)
    assert found and found[0].place.source_id == "t:zaytuna"
