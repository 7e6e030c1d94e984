"""A province's name without its unit word ("Henan" of "Henan Sheng") is the province's own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"XG": ("Morland", "MRL")}


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    country = Entry(
        Place("t:XG", "Morland", 30.0, 110.0, Feature.COUNTRY, "XG"), names=COUNTRIES["XG"], ancestry=()
    )
    province = Place("t:velan-sheng", "Velan Sheng", 34.0, 113.0, Feature.ADMIN1, "XG", "Velan Sheng")
    # a big city of another province that once had the province's short name as an alternate
    city = Place("t:orvang", "Orvang", 26.9, 112.6, Feature.CITY, "XG", "Tessu Sheng", population=1_000_000)
    return [
        country,
        Entry(place=province, names=("Velan Sheng", "Velan"), ancestry=("XG", "Morland")),
        Entry(place=city, names=("Orvang", "Velan"), ancestry=("Tessu Sheng", "XG", "Morland")),
    ], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "unit-short-names")


@pytest.mark.parametrize(
    "text",
    [
        "Velan has registered seven deaths from the fever.",
        "Farmers across Velan lost their wheat to the drought.",
        "Officials in Velan said the school would reopen.",
    ],
)
def test_a_province_owns_its_name_written_without_the_unit_word(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Velan", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:velan-sheng"
