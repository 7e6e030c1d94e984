"""A province named after its capital: the bare name is the capital, "X province" the unit."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"AF": ("Afghanistan", "AFG", "AF"), "KE": ("Kenya", "KEN", "KE")}


def _place(
    sid: str, name: str, feature: Feature, cc: str, admin1: str, pop: int = 0, *more: str, lat: float = 33.5
) -> Entry:
    place = Place(sid, name, lat, 68.4, feature, cc, admin1, population=pop)
    return Entry(place=place, names=(name, *more), ancestry=(admin1, *COUNTRIES[cc]))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # A province and its capital of the same name, a town of 140,000 (a smaller prior
        # than a province's).
        _place("t:kestrel-province", "Kestrel", Feature.ADMIN1, "AF", "Kestrel", 300_000),
        _place("t:kestrel-town", "Kestrel", Feature.CITY, "AF", "Kestrel", 140_000, lat=33.6),
        # A province whose capital has the province's name only as an alternate name.
        _place("t:orrin-province", "Orrin", Feature.ADMIN1, "AF", "Orrin", 200_000, lat=35.0),
        _place("t:orrin-town", "Orrin Shahr", Feature.CITY, "AF", "Orrin", 90_000, "Orrin", lat=35.1),
        # A province and a town of its name in another province of the same country.
        _place("t:wajid-province", "Wajid", Feature.ADMIN1, "KE", "Wajid", 250_000, lat=1.0),
        _place("t:wajid-town", "Wajid", Feature.CITY, "KE", "Tana", 60_000, lat=-1.0),
    ]
    countries = [
        Entry(Place(f"t:{cc}", names[0], 0.0, 0.0, Feature.COUNTRY, cc), names=names, ancestry=())
        for cc, names in COUNTRIES.items()
    ]
    return [*entries, *countries], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "capitals")


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed 12 people in Kestrel on Sunday, officials said.",
        "Fighters overran police posts around Kestrel overnight.",
        "Residents fled Kestrel as the shelling went on for a third day.",
        "",
    ],
)
def test_a_provinces_bare_name_is_its_capital_of_that_name(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Kestrel", keys=context_keys(text), limit=2)
    assert [c.place.source_id for c in found] == ["t:kestrel-town", "t:kestrel-province"]


@pytest.mark.parametrize("query", ["Kestrel province", "the province of Kestrel", "Kestrel Province"])
def test_a_query_for_the_province_is_still_the_province(geo: OfflineGeocoder, query: str) -> None:
    found = geo.geocode(query, limit=1)
    assert found[0].place.source_id == "t:kestrel-province"


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit Orrin again; farmers counted the losses.",
        "Gunmen attacked a bus in Orrin on Tuesday.",
        "",
    ],
)
def test_a_capital_with_the_provinces_name_only_as_another_name_does_not_take_it(
    geo: OfflineGeocoder, text: str
) -> None:
    found = geo.geocode("Orrin", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:orrin-province"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a school in Wajid, Kenya.",
        "Drought has left Wajid short of water, Kenyan officials said.",
        "",
    ],
)
def test_a_town_of_the_name_outside_the_province_is_no_capital(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Wajid", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:wajid-province"
