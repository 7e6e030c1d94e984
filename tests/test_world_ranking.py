"""Ranking among namesakes worldwide: what in an article says which of them it means."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_entries

from incident_explorer.places.gazetteer import IndexedPlace
from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, _Match, _order, _Scored, context_keys, stands_in
from incident_explorer.places.place import Feature, ParsedQuery, Place
from incident_explorer.places.sources import Entry
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {
    "US": ("United States", "USA", "US"),
    "GB": ("United Kingdom", "GBR", "GB"),
    "CA": ("Canada", "CAN", "CA"),
    "AD": ("Andorra", "AND", "AD"),
}


def _town(sid: str, name: str, lat: float, lon: float, cc: str, admin1: str, pop: int) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, cc, admin1, population=pop)
    return Entry(place=place, names=(name,), ancestry=(admin1, cc))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # Three namesakes: the largest in England, a mid-sized one in the US, a small one in Canada.
        _town("t:milford-gb", "Milford", 51.0, -1.5, "GB", "England", 120_000),
        _town("t:milford-us", "Milford", 41.2, -73.1, "US", "Connecticut", 50_000),
        _town("t:milford-ca", "Milford", 45.0, -63.4, "CA", "Nova Scotia", 3_000),
        # A town found once, 30 km from the US Milford; another 500 km from it.
        _town("t:oakhurst", "Oakhurst", 41.4, -73.4, "US", "New York", 9_000),
        _town("t:far", "Brookvale", 45.1, -63.5, "CA", "Nova Scotia", 2_000),
    ]
    countries = country_entries(COUNTRIES)
    return [*entries, *countries], COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "world")


def _best(geo: OfflineGeocoder, text: str, name: str = "Milford") -> str:
    found = geo.geocode(name, keys=context_keys(text), limit=1)
    return found[0].place.source_id if found else ""


@pytest.mark.parametrize(
    "text",
    [
        "Residents can vote in Milford and are asked to bring an ID.",
        "The Milford council said it can and will repair the bridge.",
        "MILFORD -- Officials here are sure they can fix the roads per the plan.",
    ],
)
def test_country_codes_written_as_words_are_no_clue(geo: OfflineGeocoder, text: str) -> None:
    # "can", "and", "are", "per" are ISO codes of Canada, Andorra, the UAE, Peru.
    assert _best(geo, text) == "t:milford-gb"


@pytest.mark.parametrize(
    "text",
    [
        "A Milford girl will dance in Can Can, the revue, this weekend.",
        "The Milford Can Recycling depot reopened on Main Street.",
        "Yes We Can, the Milford mayor told the crowd.",
    ],
)
def test_country_codes_written_as_capitalised_words_are_no_clue(geo: OfflineGeocoder, text: str) -> None:
    # Codes count only in capitals ("CAN", "US"): "Can Can", "Can Recycling", "We Can" are words.
    assert _best(geo, text) == "t:milford-gb"


@pytest.mark.parametrize(
    "text",
    [
        "Milford (CAN) won the curling final against Sweden.",
        "Milford, CA -- The harbour froze early this year.",
    ],
)
def test_a_country_code_in_capitals_is_a_clue(geo: OfflineGeocoder, text: str) -> None:
    assert _best(geo, text) == "t:milford-ca"


@pytest.mark.parametrize(
    "text",
    [
        "Milford, Canada: the harbour froze early this year.",
        "A storm hit Milford on Monday. The weather office of Canada warned of more.",
    ],
)
def test_a_country_written_as_a_name_is_still_a_clue(geo: OfflineGeocoder, text: str) -> None:
    assert _best(geo, text) == "t:milford-ca"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Milford arrested a man from Oakhurst on Friday.",
        "The Oakhurst team beat Milford 3-1 in the county final.",
        "MILFORD -- A fire that began in an Oakhurst warehouse spread overnight.",
    ],
)
def test_a_town_named_nearby_decides_between_namesakes(geo: OfflineGeocoder, text: str) -> None:
    found = geo.geocode("Milford", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:milford-us"
    assert "near oakhurst" in found[0].reason


def test_a_town_named_far_away_is_no_clue(geo: OfflineGeocoder) -> None:
    # Brookvale lies 500 km from the US Milford: it speaks for the Canadian one only.
    assert _best(geo, "Brookvale and Milford schools closed for the storm.") == "t:milford-ca"


def test_a_neighbour_written_in_lower_case_is_a_word(geo: OfflineGeocoder) -> None:
    text = "Milford sells oakhurst chairs; oakhurst is a kind of wood."
    assert _best(geo, text) == "t:milford-gb"


def _names_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    state = Place("t:lakeland-state", "Lakeland", 45.0, -100.0, Feature.ADMIN1, "US", "Lakeland")
    entries = [
        Entry(place=state, names=("Lakeland", "LK"), ancestry=("US",)),
        # A town that also answers to the state's name (a nickname), in the state of another town
        # the texts name.
        Entry(
            place=Place(
                "t:fort-reno", "Fort Reno", 39.0, -78.0, Feature.CITY, "US", "Riverside", population=2_000
            ),
            names=("Fort Reno", "Lakeland"),
            ancestry=("Reno", "Riverside", "RV", "US"),
        ),
        _town("t:dover", "Dover", 39.1, -78.1, "US", "Riverside", 30_000),
        # A town in Riverside that has the state's name as its own, in a county of its own.
        Entry(
            place=Place(
                "t:lakeland-town", "Lakeland", 30.0, -90.0, Feature.CITY, "US", "Riverside", population=6_000
            ),
            names=("Lakeland",),
            ancestry=("Kent County", "Riverside", "RV", "US"),
        ),
        # A small Maryville, and a larger town one of whose names is another spelling of it.
        _town("t:maryville", "Maryville", 10.0, 10.0, "US", "Riverside", 3_000),
        Entry(
            place=Place("t:vale", "Vale", 20.0, 20.0, Feature.CITY, "US", "Riverside", population=80_000),
            names=("Vale", "Maryvila"),
            ancestry=("Riverside", "RV", "US"),
        ),
    ]
    return entries, {"US": COUNTRIES["US"]}


@pytest.fixture(scope="module")
def names_geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_names_collector, "names")


@pytest.mark.parametrize(
    "text",
    [
        "Lakeland lawmakers met in Dover to talk about Riverside roads.",
        "The Dover mayor said Lakeland would pay for the bridge in Riverside.",
    ],
)
def test_a_state_keeps_its_name_from_a_town_that_borrows_it(names_geo: OfflineGeocoder, text: str) -> None:
    found = names_geo.geocode("Lakeland", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:lakeland-state"


@pytest.mark.parametrize(
    "text",
    [
        "Maryville fishermen said the catch was poor.",
        "Police in Maryville closed the harbour road.",
    ],
)
def test_the_very_name_beats_another_spelling_when_no_country_is_named(
    names_geo: OfflineGeocoder, text: str
) -> None:
    found = names_geo.geocode("Maryville", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:maryville"


def test_words_of_the_name_itself_are_no_clue(names_geo: OfflineGeocoder) -> None:
    # Fort Reno lies in a "Reno" county: the words of "Fort Reno" do not name that county.
    for text in ("Fort Reno police closed the road.", "A fire in Fort Reno spread to the woods."):
        scored = names_geo.geocode("Fort Reno", keys=context_keys(text), limit=1)
        assert "context names" not in scored[0].reason
    # ... but a text that names the county without the town's name does.
    scored = names_geo.geocode("Fort Reno", keys=context_keys("The Reno county board met."), limit=1)
    assert "context names reno" in scored[0].reason


@pytest.mark.parametrize(
    ("query", "state"),
    [("Charleston, W.Va.", "West Virginia"), ("Fresno, Calif.", "California"), ("Wichita, Kan.", "Kansas")],
)
def test_us_towns_with_the_news_abbreviation_of_their_state(
    geocoder: OfflineGeocoder, query: str, state: str
) -> None:
    found = geocoder.geocode(query, limit=1)
    assert found[0].place.admin1 == state
    assert f"in {query.split(', ')[1].rstrip('.')}" in found[0].reason


@pytest.mark.parametrize(
    ("query", "state"), [("W. Va.", "West Virginia"), ("Ind.", "Indiana"), ("Calif.", "California")]
)
def test_a_state_abbreviation_alone_is_the_state(geocoder: OfflineGeocoder, query: str, state: str) -> None:
    text = f"The governor of {state} spoke in {query} on Monday."
    found = geocoder.geocode(query, keys=context_keys(text), limit=1)
    assert found[0].place.feature is Feature.ADMIN1
    assert found[0].place.name == state


@pytest.mark.parametrize(
    "text",
    [
        "Riverside lawmakers want Lakeland to share the cost of the river dam.",
        "Lakeland and Riverside signed a water deal; Riverside's governor was there.",
    ],
)
def test_a_town_named_like_a_state_needs_more_than_its_own_state(
    names_geo: OfflineGeocoder, text: str
) -> None:
    # The text names Riverside, the state the town lies in: no clue between town and state.
    found = names_geo.geocode("Lakeland", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:lakeland-state"


@pytest.mark.parametrize(
    "text",
    [
        "Kent County deputies said the fire in Lakeland was put out by noon.",
        "Lakeland police and Kent County firefighters closed Main Street.",
    ],
)
def test_its_county_named_is_clue_enough(names_geo: OfflineGeocoder, text: str) -> None:
    found = names_geo.geocode("Lakeland", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:lakeland-town"


def _spelling_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # A city with the very name, and a much larger one spelled a letter apart.
        _town("t:gala", "Gala", 31.5, 34.5, "US", "Riverside", 400_000),
        _town("t:gila", "Gila", 30.0, 31.2, "GB", "England", 4_000_000),
        # Dublin in Ireland lies in "Dublin City"; a smaller Dublin lies in Franklin County.
        Entry(
            place=Place(
                "t:dublin-ie", "Dublin", 53.3, -6.3, Feature.CITY, "GB", "Leinster", population=1_000_000
            ),
            names=("Dublin",),
            ancestry=("Dublin City", "Leinster", "GB"),
        ),
        Entry(
            place=Place("t:dublin-us", "Dublin", 40.1, -83.1, Feature.CITY, "US", "Ohio", population=45_000),
            names=("Dublin",),
            ancestry=("Franklin County", "Ohio", "US"),
        ),
    ]
    return entries, {"US": COUNTRIES["US"], "GB": COUNTRIES["GB"]}


@pytest.fixture(scope="module")
def spelling_geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_spelling_collector, "spelling")


@pytest.mark.parametrize(
    "text", ["Rockets were fired from Gala overnight.", "Aid trucks reached Gala on Tuesday, England said."]
)
def test_a_spelling_variant_does_not_beat_the_very_name(spelling_geo: OfflineGeocoder, text: str) -> None:
    found = spelling_geo.geocode("Gala", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:gala"


@pytest.mark.parametrize(
    "text",
    [
        "Dublin City Schools closed on Monday after the storm hit Dublin; Ohio roads were icy.",
        "The Dublin City Council in Dublin voted on the levy, Ohio officials said.",
    ],
)
def test_an_enclosing_place_named_after_the_town_is_no_clue(spelling_geo: OfflineGeocoder, text: str) -> None:
    found = spelling_geo.geocode("Dublin", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:dublin-us"


@pytest.mark.parametrize(
    ("query", "cc"),
    [("Burma", "MM"), ("Cape Verde", "CV"), ("Democratic Republic of Congo", "CD"), ("East Timor", "TL")],
)
def test_countries_answer_to_the_names_the_news_kept(geocoder: OfflineGeocoder, query: str, cc: str) -> None:
    text = f"Aid groups said {query} needs help after the floods."
    found = geocoder.geocode(query, keys=context_keys(text), limit=1)
    assert found[0].place.feature is Feature.COUNTRY
    assert found[0].place.country_code == cc


def _possessive_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _town("t:kings-lynn", "King's Lynn", 52.75, 0.4, "GB", "England", 42_000),
        _town("t:king", "King", 36.3, -80.4, "US", "North Carolina", 7_000),
        _town("t:lynn", "Lynn", 42.5, -70.9, "US", "Massachusetts", 90_000),
        _town("t:st-marys", "Saint Mary's Bay", 44.4, -66.0, "CA", "Nova Scotia", 1_000),
        _town("t:mary", "Mary", 37.6, 61.8, "TM", "Mary", 120_000),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def possessive_geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_possessive_collector, "possessive")


@pytest.mark.parametrize(
    ("query", "expected"),
    [("King's Lynn", "t:kings-lynn"), ("Saint Mary's Bay", "t:st-marys"), ("KING'S LYNN", "t:kings-lynn")],
)
def test_a_place_named_by_the_whole_possessive_is_no_place_in_another(
    possessive_geo: OfflineGeocoder, query: str, expected: str
) -> None:
    # Not "Lynn in King" nor "Bay in Saint Mary": some place has the whole phrase as its name.
    found = possessive_geo.geocode(query, limit=1)
    assert found[0].place.source_id == expected
    assert not stands_in(found[0])


def test_a_possessive_that_names_no_place_still_reads_as_a_part_of_its_owner(
    possessive_geo: OfflineGeocoder,
) -> None:
    found = possessive_geo.geocode("King's Main Street", limit=1)
    assert found[0].place.source_id == "t:king"


def _capital_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    state = Place("t:lakeland-state", "Lakeland", 45.0, -100.0, Feature.ADMIN1, "US", "Lakeland")
    entries = [
        Entry(place=state, names=("Lakeland",), ancestry=("US",)),
        # A capital city named like the state, far from it, and a smaller namesake elsewhere.
        _town("t:lakeland-capital", "Lakeland", 38.9, -77.0, "US", "Capital District", 700_000),
        _town("t:lakeland-town", "Lakeland", 30.0, -90.0, "US", "Riverside", 5_000),
        Entry(
            Place("t:stonebridge-state", "Stonebridge", 40.0, -110.0, Feature.ADMIN1, "US", "Stonebridge"),
            names=("Stonebridge",),
            ancestry=("US",),
        ),
        _town("t:stonebridge-city", "Stonebridge", 35.0, -80.0, "US", "Riverside", 250_000),
        # A town in a county named like a state it does not lie in.
        Entry(
            Place("t:marlow-state", "Marlow", 44.0, -70.0, Feature.ADMIN1, "US", "Marlow"),
            names=("Marlow",),
            ancestry=("US",),
        ),
        Entry(
            place=Place(
                "t:marlow-town",
                "Marlow",
                33.0,
                -84.0,
                Feature.CITY,
                "US",
                "Riverside",
                "Marlow County",
                population=7_000,
            ),
            names=("Marlow",),
            ancestry=("Marlow County", "Marlow", "Riverside", "US"),
        ),
    ]
    countries = [
        Entry(
            Place("t:US", "United States", 39.0, -98.0, Feature.COUNTRY, "US"),
            names=COUNTRIES["US"],
            ancestry=(),
        )
    ]
    return [*entries, *countries], COUNTRIES


@pytest.fixture(scope="module")
def capital_geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_capital_collector, "capital")


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers in Lakeland passed the US budget on Friday.",
        "The US president returned to Lakeland after the summit.",
        "Lakeland: US officials said the talks would resume.",
    ],
)
def test_a_big_city_named_like_a_state_owns_the_name_too(capital_geo: OfflineGeocoder, text: str) -> None:
    found = capital_geo.geocode("Lakeland", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:lakeland-capital"


@pytest.mark.parametrize(
    "text",
    [
        "Farmers in Stonebridge said the US drought was the worst in years.",
        "The US weather office warned Stonebridge of floods.",
    ],
)
def test_a_smaller_city_named_like_a_state_still_needs_a_finer_clue(
    capital_geo: OfflineGeocoder, text: str
) -> None:
    found = capital_geo.geocode("Stonebridge", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:stonebridge-state"


@pytest.mark.parametrize(
    "text",
    [
        "Farmers in Marlow and across Riverside lost their crops.",
        "Riverside officials visited Marlow on Tuesday.",
    ],
)
def test_a_county_named_like_the_state_does_not_put_a_town_inside_the_state(
    capital_geo: OfflineGeocoder, text: str
) -> None:
    # The town lies in Marlow County, Riverside, not in the state of Marlow: naming Riverside
    # is no clue finer than its state.
    found = capital_geo.geocode("Marlow", keys=context_keys(text), limit=1)
    assert found[0].place.source_id == "t:marlow-state"


def _tied(sid: str, population: int, *, hit: str = "", state: bool = False, near: str = "") -> _Scored:
    place = Place(sid, "Clay County", 0.0, 0.0, Feature.ADMIN2, "US", "X", population=population)
    ip = IndexedPlace(1, place, frozenset())
    return _Scored(
        0.9, ip, _Match(1.0, "primary name", "clay county"), hit, 1, None, ParsedQuery("x", "x"), state, near
    )


@pytest.mark.parametrize(
    ("quiet", "told"),
    [
        (_tied("a", 90_000, hit="kentucky"), _tied("b", 10_000, hit="indiana", near="austin")),
        (_tied("a", 90_000), _tied("b", 10_000, state=True)),
        (_tied("a", 90_000, near="salem"), _tied("b", 500, hit="ohio", state=True)),
    ],
)
def test_of_namesakes_tied_at_their_ceiling_the_one_more_clues_speak_for_comes_first(
    quiet: _Scored, told: _Scored
) -> None:
    assert sorted([quiet, told], key=_order)[0] is told


def test_of_namesakes_tied_with_as_many_clues_the_more_populous_comes_first() -> None:
    big, small = _tied("a", 90_000, hit="iowa"), _tied("b", 10_000, near="ames")
    assert sorted([small, big], key=_order)[0] is big
