"""A WOF variant that GeoNames gives to another town far off is not the village's (issue 10)."""

from __future__ import annotations

from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.places.sources.wof import without_names_of_other_towns


def entry(
    source_id: str, names: tuple[str, ...], lat: float, population: int = 0, same_as: str = ""
) -> Entry:
    place = Place(
        source_id=source_id,
        name=names[0],
        latitude=lat,
        longitude=37.0,
        feature=Feature.CITY,
        country_code="SY",
        admin1="Aleppo",
        admin2="",
        population=population,
        name_ar="",
    )
    return Entry(place=place, names=names, ancestry=(), same_as=same_as)


def names(entries: list[Entry], source_id: str) -> tuple[str, ...]:
    return next(e.names for e in entries if e.place.source_id == source_id)


def test_a_variant_a_far_town_owns_is_dropped_and_the_towns_own_record_keeps_it() -> None:
    entries = [
        entry("geonames:1", ("Big Town", "Other Name"), 36.0, population=50_000),
        entry("geonames:2", ("Village",), 37.0, population=3_000),
        entry("wof:10", ("Village", "Other Name", "Villaj"), 37.0, same_as="geonames:2"),
        entry("wof:11", ("Big Town", "Other Name"), 36.0, same_as="geonames:1"),
    ]
    out = without_names_of_other_towns(entries)
    assert names(out, "wof:10") == ("Village", "Villaj")
    assert names(out, "wof:11") == ("Big Town", "Other Name")


def test_a_variant_shared_with_a_small_or_near_town_stays() -> None:
    entries = [
        entry("geonames:1", ("Hamlet", "Shared"), 36.0, population=900),
        entry("geonames:3", ("Neighbour", "Close"), 37.1, population=40_000),
        entry("wof:10", ("Village", "Shared", "Close"), 37.0),
    ]
    assert names(without_names_of_other_towns(entries), "wof:10") == ("Village", "Shared", "Close")


def test_a_records_own_name_is_never_dropped() -> None:
    entries = [
        entry("geonames:1", ("Big Town", "Twin"), 36.0, population=50_000),
        entry("wof:10", ("Twin", "Twinn"), 37.0),
    ]
    assert names(without_names_of_other_towns(entries), "wof:10") == ("Twin", "Twinn")
