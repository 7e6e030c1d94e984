"""A name the text lists with countries is the country, not a province of its name abroad."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {
    "XC": ("Talvor", "TLV"),
    "XD": ("Dessa", "DSS"),
    "XE": ("Brisk", "BRK"),
    "XF": ("Ombar", "OMB"),
}


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    countries = [
        Entry(Place(f"t:{cc}", names[0], 10.0 * i, 0.0, Feature.COUNTRY, cc), names=names, ancestry=())
        for i, (cc, names) in enumerate(COUNTRIES.items())
    ]
    # Dessa's province named like its neighbour Talvor (as Nigeria's Niger State), and towns
    province = Place("t:talvor-province", "Talvor", 10.5, 0.5, Feature.ADMIN1, "XD", "Talvor")
    towns = [
        Place("t:kemble", "Kemble", 10.4, 0.4, Feature.CITY, "XD", "Talvor", population=30_000),
        Place("t:harn", "Harn", 10.6, 0.6, Feature.CITY, "XD", "Talvor", population=20_000),
    ]
    places = [Entry(place=p, names=(p.name,), ancestry=(p.admin1, "XD", "Dessa")) for p in (province, *towns)]
    return [*countries, *places], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "listed-countries")


@pytest.mark.parametrize(
    "text",
    [
        "Cholera spread to Dessa, Brisk, Talvor and Ombar this year.",
        "Aid agencies in Brisk, Ombar and Talvor said Dessa had closed its border.",
        "Ministers of Talvor, Ombar, Brisk and Dessa signed the river treaty.",
    ],
)
def test_a_name_listed_with_countries_is_the_country(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Talvor", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:XC"


@pytest.mark.parametrize(
    "text",
    [
        "In Dessa, floods hit Talvor, Kemble and Harn overnight.",
        "Dessa sent troops to Talvor and Brisk's border.",  # one other country: no list of countries
    ],
)
def test_a_name_listed_with_towns_or_one_country_is_read_as_before(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Talvor", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:talvor-province"
