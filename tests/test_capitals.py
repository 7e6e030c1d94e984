"""A province named after its capital: the bare name is the capital, "X province" the unit; a
town of the name that is not the province's main town, or lies elsewhere, takes nothing from it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from conftest import country_entries

from incident_explorer.extraction.actors import ActorLexicon
from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {
    "AF": ("Afghanistan", "AFG", "AF"),
    "KE": ("Kenya", "KEN", "KE"),
    "NG": ("Nigeria", "NGA", "NG"),
    "AM": ("Armenia", "ARM", "AM"),
    "RU": ("Russia", "RUS", "RU"),
}


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
        # A province whose town of its name is not its main town (the capital is another,
        # bigger town: Balkh and Mazar-i-Sharif, Manica and Chimoio).
        _place("t:balor-province", "Balor", Feature.ADMIN1, "AF", "Balor", 700_000, lat=36.5),
        _place("t:balor-town", "Balor", Feature.CITY, "AF", "Balor", 114_000, lat=36.7),
        _place("t:zarin-town", "Zarin Sharif", Feature.CITY, "AF", "Balor", 375_000, lat=36.6),
        # A county whose town of its name is a small one, and a bigger namesake abroad (Kwale,
        # Kenya and Kwale, Delta, Nigeria).
        _place("t:kwalu-county", "Kwalu", Feature.ADMIN1, "KE", "Kwalu", 350_000, lat=-4.2),
        _place("t:kwalu-town", "Kwalu", Feature.CITY, "KE", "Kwalu", 15_000, lat=-4.1),
        _place("t:ukundi-town", "Ukundi", Feature.CITY, "KE", "Kwalu", 60_000, lat=-4.3),
        _place("t:kwalu-ng", "Kwalu", Feature.CITY, "NG", "Delta", 20_226, lat=5.7),
        # A province whose town of its name is smaller than another of its towns, with a big
        # namesake in another country (Armavir, Armenia and Armavir, Russia).
        _place("t:armen-province", "Armen", Feature.ADMIN1, "AM", "Armen", 290_000, lat=40.1),
        _place("t:armen-town", "Armen", Feature.CITY, "AM", "Armen", 29_000, lat=40.15),
        _place("t:vaghar-town", "Vagharat", Feature.CITY, "AM", "Armen", 46_000, lat=40.16),
        _place("t:armen-ru", "Armen", Feature.CITY, "RU", "Krasnodar", 199_000, lat=45.0),
        # A province with a village of its name (Shirak, Baringo, Primorskiy).
        _place("t:shiro-province", "Shiro", Feature.ADMIN1, "AM", "Shiro", 230_000, lat=40.8),
        _place("t:shiro-village", "Shiro", Feature.CITY, "AM", "Shiro", 1_038, lat=40.9),
    ]
    countries = country_entries(COUNTRIES)
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


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Balor", "Gunmen attacked a police post in Balor on Monday, killing two officers."),
        ("Balor", "Floods swept through Balor, officials said."),
        ("Balor", ""),
        ("Kwalu", "Gunmen attacked a police post in Kwalu on Monday, killing two officers."),
        ("Kwalu", "Two officers were killed when a police post in Kwalu came under attack."),
        ("Kwalu", ""),
        ("Armen", "Protesters blocked roads in Armen for a second day."),
        ("Armen", "Shelling was reported in Armen overnight."),
        ("Armen", ""),
        ("Shiro", "Troops were sent to Shiro after the clashes."),
        ("Shiro", "A landslide in Shiro cut the main road."),
        ("Shiro", ""),
    ],
)
def test_a_town_of_the_name_that_is_not_the_main_town_takes_nothing_from_the_province(
    geo: OfflineGeocoder, name: str, text: str
) -> None:
    found = geo.geocode(name, keys=context_keys(text), limit=1)
    assert found[0].place.feature is Feature.ADMIN1
    assert found[0].place.admin1 == name


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five people near Kestrel, Afghan officials said.",
        "Afghan forces retook a checkpoint in Kestrel.",
        "",
    ],
)
def test_the_capital_takes_only_its_provinces_place(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Kestrel", keys=context_keys(text), limit=3)
    province = next(i for i, c in enumerate(found) if c.place.source_id == "t:kestrel-province")
    assert found[province - 1].place.source_id == "t:kestrel-town"


@pytest.mark.parametrize(
    "query",
    ["Zorakai district in Kestrel", "Zorakai village in Kestrel", "Zorakai district, Kestrel"],
)
def test_a_province_that_encloses_an_unknown_place_is_the_province(geo: OfflineGeocoder, query: str) -> None:
    found = geo.geocode(query, limit=1)
    assert found[0].place.source_id == "t:kestrel-province"


@pytest.mark.parametrize(
    "text",
    [
        "Security forces set up checkpoints across Kestrel after the attack.",
        "Air strikes hit villages in Kestrel on Tuesday, killing three civilians.",
        "Militants seized two districts of Kestrel and cut the highway; Kestrel is now cut off.",
        "Curfews were imposed throughout Kestrel as fighting spread.",
    ],
)
def test_a_text_naming_the_province_as_an_area_means_the_province(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Kestrel", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:kestrel-province"


@pytest.fixture(scope="module")
def extractor(geo: OfflineGeocoder, settings: Settings) -> Extractor:
    return Extractor(geo, ActorLexicon.load(settings.data_dir / "actors.csv"))


def _placed(extractor: Extractor, text: str) -> str:
    found = extractor.extract(from_text(text, published=date(2018, 5, 20)))
    places = [m.candidate.place for m in found.mentions if m.text == "Kestrel" and m.candidate]
    assert places, text
    return places[0].source_id


@pytest.mark.parametrize(
    "text",
    [
        "Security forces set up checkpoints across Kestrel after the attack on Monday.",
        "Air strikes hit villages in Kestrel on Tuesday, killing three civilians.",
        "Fighting spread to two districts of Kestrel on Sunday, killing 12.",
        "Gunmen attacked towns in Kestrel overnight, killing four.",
    ],
)
def test_an_article_naming_the_province_as_an_area_places_it_at_the_province(
    extractor: Extractor, text: str
) -> None:
    assert _placed(extractor, text) == "t:kestrel-province"


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed 12 people in Kestrel on Sunday.",
        "Fighters overran police posts around Kestrel overnight, killing six.",
        "Gunmen stormed a market in Kestrel on Monday, killing two.",
    ],
)
def test_an_article_naming_the_capital_places_it_at_the_capital(extractor: Extractor, text: str) -> None:
    assert _placed(extractor, text) == "t:kestrel-town"
