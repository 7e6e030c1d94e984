"""The thirteenth session's geocoder rules: an enclosing place (a county, a state) is named
only where the text writes its name on its own or leading a longer name, not inside or at the
end of one (a person's surname, "Lake Knox", "New York" for York County)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_entries

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"US": ("United States", "USA", "US"), "SY": ("Syria", "SYR", "SY")}


def _town(sid: str, name: str, lat: float, lon: float, cc: str, admin1: str, pop: int, *more: str) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, cc, admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=(admin1, *more, cc))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # Two towns of one name: the smaller one lies in Knox County, Maine
        _town("t:milford-me", "Milford", 44.9, -68.6, "US", "Maine", 2_000, "Knox County", "Knox"),
        _town("t:milford-oh", "Milford", 39.2, -84.3, "US", "Ohio", 5_000, "Ross County", "Ross"),
        # Two villages of one name: the smaller one in al-Hasakah governorate
        _town("t:qasr-hasakah", "Abu Qasr", 36.4, 40.9, "SY", "Al-Hasakah", 300, "Hasakah"),
        _town("t:qasr-aleppo", "Abu Qasr", 36.3, 37.4, "SY", "Aleppo", 900),
    ]
    return [*entries, *country_entries(COUNTRIES)], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "thirteenth")


def _best(geo: OfflineGeocoder, name: str, text: str = "") -> str:
    found = geo.geocode(name, keys=context_keys(text) if text else None, limit=1)
    return found[0].place.source_id if found else ""


@pytest.mark.parametrize(
    "text",
    [
        # a person's surname, written whole once and then alone
        "Fire chief Daniel P. Knox said the Milford blaze began in a barn. Knox praised the crews.",
        # the last word of a longer name
        "Milford volunteers pulled two swimmers from Lake Knox on Saturday afternoon.",
        # inside a longer name
        "Pupils of the Henry Knox Memorial School in Milford raised money for the library.",
        # a word the text writes in lower case
        "The Milford board said the knox of the old mill would be torn down next spring.",
    ],
)
def test_an_enclosing_place_named_inside_a_longer_name_is_no_clue(geo: OfflineGeocoder, text: str) -> None:
    assert _best(geo, "Milford", text) == "t:milford-oh"


@pytest.mark.parametrize(
    "text",
    [
        "Knox County deputies were called to a crash in Milford on Sunday.",
        "MILFORD -- The Knox Sheriff's Office said the road reopened at noon.",
        "A Milford man was charged in Knox, the county prosecutor said.",
        "The Knox board heard from Milford residents about the landfill.",
    ],
)
def test_an_enclosing_place_written_on_its_own_or_leading_a_name_is_a_clue(
    geo: OfflineGeocoder, text: str
) -> None:
    assert _best(geo, "Milford", text) == "t:milford-me"


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit Abu Qasr village near al-Hasakah on Monday.",
        "Abu Qasr , al-Hasakah",  # extraction's context: the spotted names
        "Clashes erupted in Abu Qasr, in the southern countryside of al-Hasakah, activists said.",
    ],
)
def test_a_name_after_a_lower_case_article_is_written_as_a_name(geo: OfflineGeocoder, text: str) -> None:
    assert _best(geo, "Abu Qasr", text) == "t:qasr-hasakah"
