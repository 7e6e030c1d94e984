"""A fallback town (Entry.fallback) under a name another place has abroad: read where the text
says its country, its province or a parent it lies in, and no place of that country has the name."""

from collections.abc import Callable

import pytest
from conftest import country_entries

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

_COUNTRIES = {"ES": ("Spain",), "MZ": ("Mozambique",), "IQ": ("Iraq",), "BR": ("Brazil",)}


def _town(
    sid: str, names: tuple[str, ...], at: tuple[float, float], cc: str, admin1: str = "", pop: int = 0
) -> Entry:
    place = Place(sid, names[0], at[0], at[1], Feature.CITY, cc, admin1=admin1, population=pop)
    ancestry = (admin1, *_COUNTRIES[cc]) if admin1 else _COUNTRIES[cc]
    return Entry(place, names=names, ancestry=ancestry, fallback=sid.startswith("s:"))


def _collector(_s: Settings, _p: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    province = Place("t:norte", "Cabo Norte", -11.0, 40.0, Feature.ADMIN1, "MZ", admin1="Cabo Norte")
    entries = [
        *country_entries(_COUNTRIES),
        Entry(province, names=("Cabo Norte",), ancestry=("Mozambique",)),
        _town("t:palmeira", ("Palmeira",), (39.57, 2.65), "ES", "Baleares", 400_000),
        _town("t:palmeira-br", ("Palmeira",), (-25.4, -50.0), "BR", "Parana", 30_000),
        _town("t:qaim", ("Al Qaim", "Qaim"), (34.37, 41.09), "IQ", "Anbar", 74_000),
        _town("s:palmeira", ("Palmeira",), (-10.78, 40.47), "MZ", "Cabo Norte"),
        _town("s:qaim", ("Qaim",), (33.0, 44.0), "IQ", "Baghdad"),
    ]
    return entries, _COUNTRIES


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "fallback-in-country")


@pytest.mark.parametrize(
    ("query", "context", "country"),
    [
        ("Palmeira", "Insurgents stormed Palmeira, a port in northern Mozambique, at dawn.", None),
        ("Palmeira", "Fighters burnt the market of Palmeira in Cabo Norte province.", None),
        ("Palmeira", "", "MZ"),
        ("Palmeira, Mozambique", "", None),
        ("Palmeira in Cabo Norte", "", None),
    ],
)
def test_a_fallback_town_is_read_where_the_text_says_its_country(
    geocoder: OfflineGeocoder, query: str, context: str, country: str | None
) -> None:
    found = geocoder.geocode(query, context=context, country=country)
    assert [c.place.source_id for c in found][:1] == ["s:palmeira"]


@pytest.mark.parametrize(
    ("context", "want"),
    [
        ("Tourists crowded the beaches of Palmeira on Sunday.", "t:palmeira"),
        ("Police in Palmeira, Spain, arrested two men.", "t:palmeira"),
        ("Farmers in Palmeira blocked a road in Brazil.", "t:palmeira-br"),
    ],
)
def test_a_fallback_town_stays_out_where_nothing_speaks_for_its_country(
    geocoder: OfflineGeocoder, context: str, want: str
) -> None:
    found = geocoder.geocode("Palmeira", context=context)
    assert [c.place.source_id for c in found][:1] == [want]
    assert "s:palmeira" not in [c.place.source_id for c in found]


@pytest.mark.parametrize(
    ("context", "country"),
    [
        ("A car bomb went off in Qaim, Iraq, on Friday.", None),
        ("Troops retook Qaim, officials in Baghdad said.", "IQ"),
        ("", "IQ"),
    ],
)
def test_a_fallback_town_never_competes_with_a_place_of_its_country(
    geocoder: OfflineGeocoder, context: str, country: str | None
) -> None:
    found = geocoder.geocode("Qaim", context=context, country=country)
    assert [c.place.source_id for c in found][:1] == ["t:qaim"]
    assert "s:qaim" not in [c.place.source_id for c in found]
