"""Country names two countries share ("Congo", "Korea"): where they come from, and which
country a text means by them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry, geonames
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings


@pytest.mark.parametrize(("cc", "short"), [("CD", "Congo"), ("KR", "Korea"), ("KP", "Korea")])
def test_the_short_name_iso_inverts_is_a_name_of_the_country(cc: str, short: str) -> None:
    # ISO writes "Congo, The Democratic Republic of the", "Korea, Republic of": news writes
    # the part before the comma alone.
    assert short in geonames.country_aliases()[cc]


def test_a_list_of_places_is_not_inverted() -> None:
    # "Bonaire, Sint Eustatius and Saba" names three islands, not Bonaire's qualifier.
    assert "Bonaire" not in geonames.country_aliases()["BQ"]


COUNTRIES = {
    "XA": ("Federal Republic of Varnia", "Varnia", 50_000_000),
    "XB": ("Republic of Varnia", "Varnia", 3_000_000),
}


def _unit(sid: str, name: str, lat: float, lon: float, cc: str) -> Entry:
    place = Place(sid, name, lat, lon, Feature.ADMIN1, cc, name)
    return Entry(place=place, names=(name,), ancestry=(cc, *COUNTRIES[cc][:2]))


def _town(sid: str, name: str, lat: float, lon: float, cc: str, admin1: str) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, cc, admin1, population=20_000)
    return Entry(place=place, names=(name,), ancestry=(admin1, cc, *COUNTRIES[cc][:2]))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    countries = [
        Entry(
            Place(f"t:{cc}", full, lat, 20.0, Feature.COUNTRY, cc, population=pop),
            names=(full, short),
            ancestry=(),
        )
        for (cc, (full, short, pop)), lat in zip(COUNTRIES.items(), (0.0, 10.0), strict=True)
    ]
    units = [
        _unit("t:eastmarch", "Eastmarch", 0.5, 21.0, "XA"),
        _unit("t:north-hollow", "North Hollow", 10.5, 21.0, "XB"),
        _unit("t:saltmere", "Saltmere", 9.5, 19.0, "XB"),
    ]
    towns = [
        _town("t:oskel", "Oskel", 10.4, 21.1, "XB", "North Hollow"),
        _town("t:brena", "Brena", 10.6, 20.9, "XB", "North Hollow"),
        _town("t:tarvik", "Tarvik", 9.4, 19.1, "XB", "Saltmere"),
        _town("t:dunmore", "Dunmore", 0.4, 21.1, "XA", "Eastmarch"),
    ]
    return [*countries, *units, *towns], {cc: names[:2] for cc, names in COUNTRIES.items()}


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "shared")


@pytest.mark.parametrize(
    "text",
    [
        "Fighting near Oskel and Brena spread across Varnia on Sunday.",
        "Varnia's power grid failed after storms cut the lines between Brena and Oskel.",
        "Aid convoys reached North Hollow and the town of Oskel, officials in Varnia said.",
    ],
)
def test_the_country_whose_province_the_text_names_takes_the_shared_name(
    geo: OfflineGeocoder, text: str
) -> None:
    found = geo.geocode("Varnia", keys=context_keys(text), limit=2)
    assert [c.place.source_id for c in found] == ["t:XB", "t:XA"]


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit Varnia this week.",
        "Varnia said the talks would resume.",
        "In Dunmore, Eastmarch, Varnia's police fired.",
    ],
)
def test_with_no_province_of_the_smaller_one_named_the_more_populous_country_takes_it(
    geo: OfflineGeocoder, text: str
) -> None:
    assert geo.geocode("Varnia", keys=context_keys(text), limit=1)[0].place.source_id == "t:XA"


@pytest.mark.parametrize(
    "text",
    [
        "Exports to Korea rose by a tenth.",
        "Korea said the talks would go on.",
        "Rain delayed flights across Korea.",
    ],
)
def test_a_bare_short_name_is_the_country_not_a_town_of_that_name(
    geocoder: OfflineGeocoder, text: str
) -> None:
    # Koréa, a village in Ivory Coast, has the very name; the two Koreas share it as their
    # short name, and the more populous takes it.
    found = geocoder.geocode("Korea", keys=context_keys(text), limit=1)
    assert found[0].place.feature is Feature.COUNTRY
    assert found[0].place.country_code == "KR"
