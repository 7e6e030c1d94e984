"""Syrian place descriptions as event coders and reporters write them (sites, qualifiers,
namesake villages), on an inline gazetteer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.phrases import parse_query
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.places.sources.ucdp import description_names
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"SY": ("Syria", "SYR"), "CZ": ("Czechia", "CZE"), "TN": ("Tunisia", "TUN")}


def _place(
    sid: str,
    name: str,
    lat: float,
    lon: float,
    cc: str,
    *names: str,
    pop: int = 0,
    within: tuple[str, ...] = (),
) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, cc, "", population=pop)
    return Entry(place=place, names=(name, *names), ancestry=(*within, *COUNTRIES[cc]))


def _ucdp(sid: str, description: str, lat: float, lon: float) -> Entry:
    found = description_names(description)
    assert found is not None
    names, feature = found
    name = names[1] if len(names) > 1 else names[0]  # as the UCDP source names its places
    place = Place(sid, name, lat, lon, feature, "SY")
    return Entry(place=place, names=(name, *names), ancestry=COUNTRIES["SY"])


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # Two villages, one of them spelt with the article; the same name key.
        _place("t:hasrat-1", "Hasrat", 35.0, 37.0, "SY"),
        _place("t:hasrat-2", "Al Hasrat", 34.5, 40.8, "SY"),
        _place("t:zubayr-1", "Az Zubayr", 36.0, 37.5, "SY"),
        _place("t:zubayr-2", "Zubayr", 33.0, 36.2, "SY"),
        # A town, and the villages named after it with Arabic qualifiers.
        _place("t:ghar", "Al Ghariyah", 32.6, 36.7, "SY", pop=3000),
        _place("t:ghar-w", "Ghariyah al Gharbiyah", 32.7, 36.2, "SY"),
        _place("t:ghar-e", "Ghariyah ash Sharqiyah", 32.7, 36.3, "SY"),
        _place("t:baq-up", "Baqqar Fawqani", 35.5, 40.1, "SY"),
        # A Syrian village and a large foreign town that has its spelling as a name.
        _place("t:kourine", "Kourine", 35.7, 36.5, "SY"),
        _place("t:korin", "Kolin", 50.0, 15.2, "CZ", "Korin", pop=30_000),
        _place("t:tataouine", "Tataouine", 32.9, 10.45, "TN", pop=60_000),
        # Namesakes in two districts; the first district is named after its seat town too.
        _place(
            "t:tayyibah-1",
            "At Tayyibah",
            35.6,
            36.7,
            "SY",
            within=("Al Ma'ra", "Ma'arrat An Nu'man", "Idleb"),
        ),
        _place("t:tayyibah-2", "Tayyibah", 36.5, 38.0, "SY", within=("Menbij", "Aleppo"), pop=4000),
        _place("t:idleb", "Idleb", 35.93, 36.63, "SY", within=("Idleb",), pop=100_000),
        _place("t:menbij", "Menbij", 36.52, 37.95, "SY", within=("Menbij", "Aleppo"), pop=100_000),
        # Namesakes, one of them known by a coder's description too; a site named after a town.
        _place("t:qasr-1", "Qasr", 35.1, 38.1, "SY", "Qasr town"),
        _place("t:qasr-2", "Al Qasr", 33.2, 36.4, "SY", pop=5000),
        _place("t:jafra", "Jafra", 35.3, 40.2, "SY", pop=2000),
        _place("t:jafra-field", "Jafra oil field", 35.2, 40.4, "SY"),
        # A village one source puts in the district next to the one a report names.
        _place("t:fayyad-1", "Fayyad", 36.85, 41.40, "SY", within=("Tall Hamis", "Hasakah")),
        _place("t:fayyad-2", "Fayyad", 32.70, 36.10, "SY", within=("Daraa",)),
        _place("t:qamishli", "Qamishli", 37.05, 41.22, "SY", within=("Qamishli", "Hasakah"), pop=100_000),
        _place("t:daraa", "Daraa", 32.62, 36.10, "SY", within=("Daraa",), pop=100_000),
        # Namesakes: one known by a single name, the other by many sources' spellings.
        _place("t:hamra-1", "Hamra", 34.1, 38.7, "SY"),
        _place("t:hamra-2", "Hamra", 35.9, 36.9, "SY", "Al Hamrah", "El Hamra", "Hamra Saghira", "الحمراء"),
        # Namesakes of a place UCDP's coders called a locality (its entry made as the UCDP
        # source makes it), one of them a bigger village.
        _place("t:rujum-1", "Ar Rujum", 34.2, 38.9, "SY", pop=2500),
        _place("t:rujum-2", "Rujum", 36.2, 37.4, "SY"),
        _ucdp("t:rujum-loc", "Ar Rujum locality", 35.0, 40.6),
        # A village whose names all differ from the query but share its transliteration key
        # ("kharuba"), and a bigger village another spelling away.
        _place("t:kharrouba", "Kharrouba", 36.3, 37.1, "SY", "Al Kharroubah"),
        _place("t:kharab", "Kharab", 34.9, 38.2, "SY", pop=20_000),
        # Namesakes: one has the very spelling, the other (a larger village) only its key.
        _place("t:tallisa", "Tallisa", 35.4, 36.2, "SY"),
        _place("t:talisah", "Talisah", 33.1, 36.5, "SY", pop=30),
        # A diminutive (CuCayC) written in full by the gazetteer.
        _place("t:juwaybah", "Al Juwaybah", 35.8, 36.3, "SY"),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "syrian")


def _best(geo: OfflineGeocoder, query: str, country: str | None = "SY") -> str:
    found = geo.geocode(query, country=country, limit=1)
    return found[0].place.source_id if found else ""


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Tabqa Military Airbase", "Tabqa"),
        ("Atmeh IDP camp", "Atmeh"),
        ("Aleppo International Airport", "Aleppo"),
        ("Al Omar oil fields", "Al Omar"),
        ("Az Zarah Thermal Power Plant", "Az Zarah"),
        ("Tall al-Jayer locality", "Tall al-Jayer"),
    ],
)
def test_a_site_is_parsed_down_to_the_place_it_is_named_after(raw: str, name: str) -> None:
    q = parse_query(raw)
    assert q.name == name and raw in q.alternatives


def test_each_name_of_a_slash_list_drops_its_kind_word() -> None:
    q = parse_query("Darmashkanli village/Tormmisha")
    assert q.name == "Darmashkanli" and q.alternatives[0] == "Tormmisha"
    q = parse_query("Jalbara village/ Anabka Poultry farm")
    assert q.name == "Jalbara" and "Anabka Poultry" in q.alternatives


def test_english_qualifiers_give_the_arabic_forms_too() -> None:
    q = parse_query("Western Ghariyah town")
    assert q.name == "Western Ghariyah" and not q.near
    assert "Ghariyah gharbiyah" in q.alternatives
    assert "Baqqar fawqani" in parse_query("Upper Baqqar").alternatives
    assert parse_query("Northern Idlib Governorate").near  # a part of a unit stays a part
    assert parse_query("Aleppo").alternatives == ()


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("Western Ghariyah town", "t:ghar-w"),
        ("Eastern Ghariyah", "t:ghar-e"),
        ("east Ghariyah village", "t:ghar-e"),
        ("Upper Baqqar village", "t:baq-up"),
        ("Ghariyah", "t:ghar"),
    ],
)
def test_qualified_names_find_the_villages_named_so(geo: OfflineGeocoder, query: str, sid: str) -> None:
    assert _best(geo, query) == sid


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("Al Hasrat village", "t:hasrat-2"),
        ("Hasrat village", "t:hasrat-1"),
        ("al-Hasrat", "t:hasrat-2"),
        ("Az Zubayr town", "t:zubayr-1"),
        ("Zubayr", "t:zubayr-2"),
    ],
)
def test_namesakes_lean_to_the_spelling_the_query_copies(geo: OfflineGeocoder, query: str, sid: str) -> None:
    assert _best(geo, query) == sid


def test_the_named_country_beats_a_foreign_alternate_name(geo: OfflineGeocoder) -> None:
    assert _best(geo, "Korin town") == "t:kourine"
    assert _best(geo, "Korin", country="CZ") == "t:korin"
    assert _best(geo, "Tataouine", country="SY") == "t:tataouine"  # nothing in Syria: still found


@pytest.mark.parametrize(
    ("raw", "parent"),
    [
        ("Saraqib town in Markaz Idlib district", "Idlib district"),
        ("vicinity of Morek town in Mintaqat Markaz Hamah district", "Hamah district"),
        ("Mintaqat Azaz: Kaljibrin", "Azaz"),
    ],
)
def test_arabic_unit_words_are_dropped_from_parents(raw: str, parent: str) -> None:
    assert parse_query(raw).parents[0] == parent


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("Tayyibah village in Maarat al-Numaan district", "t:tayyibah-1"),
        ("vicinity of At Tayyibah village in Al Ma'ra district", "t:tayyibah-1"),
        ("Tayyibah town in Mintaqat Markaz Idlib district", "t:tayyibah-1"),
        ("Tayyibah village in Manbij district", "t:tayyibah-2"),
        ("Aleppo: Tayyibah", "t:tayyibah-2"),
    ],
)
def test_the_district_named_decides_between_namesakes(geo: OfflineGeocoder, query: str, sid: str) -> None:
    assert _best(geo, query) == sid


def test_a_parent_no_place_is_called_is_no_evidence_against(geo: OfflineGeocoder) -> None:
    assert _best(geo, "Hasrat village in Markaz Qwertyuiop district") == "t:hasrat-1"
    assert _best(geo, "Kourine, Wxyzzy Governorate") == "t:kourine"
    # A parent that names a place still has to enclose the answer.
    found = geo.geocode("Kourine village in Menbij district", country="SY", limit=1)
    assert found and found[0].place.source_id == "t:menbij"


@pytest.mark.parametrize(
    ("raw", "name", "hint"),
    [
        ("Mintaqat Markaz Hamah district", "Hamah", {Feature.NEIGHBOURHOOD, Feature.ADMIN2, Feature.ADMIN3}),
        ("Mintaqat az Zabadani", "az Zabadani", {Feature.NEIGHBOURHOOD, Feature.ADMIN2, Feature.ADMIN3}),
        ("Nahiyat Tall Dhahab", "Tall Dhahab", {Feature.ADMIN3}),
    ],
)
def test_a_unit_named_the_arabic_way_is_the_unit_of_its_place(
    raw: str, name: str, hint: set[Feature]
) -> None:
    q = parse_query(raw)
    assert (q.name, q.feature_hint) == (name, hint) and raw in q.alternatives


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("Qasr town", "t:qasr-1"),
        ("al-Qasr town", "t:qasr-1"),
        ("QASR TOWN.", "t:qasr-1"),
        ("Qasr town in the eastern countryside of Homs", "t:qasr-1"),
        ("Qasr", "t:qasr-2"),
        ("Qasr village", "t:qasr-2"),
        ("Jafra oil field", "t:jafra-field"),
        ("the Jafra oil field", "t:jafra-field"),
        ("Jafra", "t:jafra"),
        ("Jafra town", "t:jafra"),
    ],
)
def test_a_place_described_so_before_beats_its_namesakes(geo: OfflineGeocoder, query: str, sid: str) -> None:
    assert _best(geo, query) == sid


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("Fayyad village in Qamishli district", "t:fayyad-1"),
        ("Fayyad village in Al Qamishli district", "t:fayyad-1"),
        ("Fayyad, Qamishli", "t:fayyad-1"),
        ("Fayyad village in Daraa district", "t:fayyad-2"),
        ("Fayyad in Menbij district", "t:menbij"),  # far from both: the district named
    ],
)
def test_a_parent_next_door_is_weak_evidence_against(geo: OfflineGeocoder, query: str, sid: str) -> None:
    assert _best(geo, query) == sid


@pytest.mark.parametrize("query", ["Hamra", "Hamra village", "al-Hamra", "HAMRA town"])
def test_the_better_known_namesake_wins_a_tie(geo: OfflineGeocoder, query: str) -> None:
    assert _best(geo, query) == "t:hamra-2"


def _two_names_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # Better-known villages by one name (populations known), and the village that
        # also carries the other name the description gives.
        _place("t:salihiyah-1", "Salihiyah", 34.7, 36.7, "SY", pop=800),
        _place("t:salihiyah-2", "As Salihiyah", 35.5, 40.0, "SY", pop=700),
        _place("t:dokanli", "Dokanli", 36.6, 36.8, "SY", "Salihiyah", "Dokan"),
        _place("t:bayda-1", "Al Bayda", 33.0, 36.2, "SY", pop=900),
        _place("t:bayda-2", "Qarah Bayda", 36.5, 37.2, "SY", "Kara Beyda", "Al Bayda"),
        _place("t:zahir", "Zahir", 35.2, 36.4, "SY", pop=300),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def two_names_geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_two_names_collector, "two-names")


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("Salihiyah / Dokan village", "t:dokanli"),
        ("Dokan/Salihiyah village", "t:dokanli"),
        ("Salihiyah (Dokan) village", "t:dokanli"),
        ("Al Bayda/Kara Beyda village", "t:bayda-2"),
        ("Al-Bayda (Qarah Bayda) town", "t:bayda-2"),
        # One name alone, or two names no place shares: the better-known place as before.
        ("Salihiyah village", "t:salihiyah-1"),
        ("Al Bayda town", "t:bayda-1"),
        ("Al Bayda/Zahir village", "t:bayda-1"),
    ],
)
def test_the_place_two_names_of_a_description_agree_on_is_the_place(
    two_names_geo: OfflineGeocoder, query: str, sid: str
) -> None:
    assert _best(two_names_geo, query) == sid


def _loose_second_name_collector(
    settings: Settings, progress: Progress
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # A village of one name, and a village that has the name as another name and also
        # one the description spells its own way (Swadiyeh, Sweidiya for Sawadiyah).
        _place("t:tarmas", "Tarmas", 35.1, 36.9, "SY"),
        _place("t:sawadiyah", "Sawadiyah", 36.4, 37.6, "SY", "Tarmas"),
        _place("t:qasimiyah", "Qasimiyah", 33.4, 36.1, "SY"),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def loose_names_geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_loose_second_name_collector, "loose-second-name")


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("Tarmas/Swadiyeh village", "t:sawadiyah"),
        ("Swadiyeh (Tarmas) village", "t:sawadiyah"),
        ("Tarmas / Sweidiya farm", "t:sawadiyah"),
        # One name alone, or a second name that reaches another place: Tarmas itself.
        ("Tarmas village", "t:tarmas"),
        ("Tarmas/Qasimiyeh village", "t:tarmas"),
    ],
)
@pytest.mark.parametrize("country", ["SY", None])
def test_two_names_agree_when_one_is_spelt_another_way(
    loose_names_geo: OfflineGeocoder, query: str, sid: str, country: str | None
) -> None:
    """A place one of a description's names reaches by its own name and another by a looser
    spelling of one of its names is the place both agree on."""
    assert _best(loose_names_geo, query, country) == sid


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("Ar Rujum locality", "t:rujum-loc"),
        ("the al-Rujum locality", "t:rujum-loc"),
        ("Rujum Locality.", "t:rujum-loc"),
        ("Ar Rujum village", "t:rujum-1"),
    ],
)
def test_a_coders_locality_beats_namesakes_of_its_name(geo: OfflineGeocoder, query: str, sid: str) -> None:
    assert _best(geo, query) == sid


@pytest.mark.parametrize("query", ["Kharuba village", "al-Kharuba", "KHARUBA TOWN"])
def test_a_query_spelt_as_the_transliteration_key_finds_the_place(geo: OfflineGeocoder, query: str) -> None:
    # "kharuba" is no name of the place, only its names' key: it is found as a
    # transliteration, not as one spelling variant among others.
    found = geo.geocode(query, country="SY", limit=1)
    assert found[0].place.source_id == "t:kharrouba" and found[0].reason.startswith("transliteration")


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("Tallisa village", "t:tallisa"),
        ("al-Tallisa", "t:tallisa"),
        ("TALLISA TOWN", "t:tallisa"),
        ("Talisah village", "t:talisah"),
    ],
)
def test_with_the_country_named_the_very_spelling_beats_a_transliteration(
    geo: OfflineGeocoder, query: str, sid: str
) -> None:
    assert _best(geo, query) == sid


@pytest.mark.parametrize("query", ["Jweibeh village", "al-Jweibeh", "JWEIBA TOWN"])
def test_a_diminutive_without_its_first_vowel_finds_the_village(geo: OfflineGeocoder, query: str) -> None:
    # "Jweibeh" and "Juwaybah" share a skeleton but are too unlike (53 %) for a spelling variant
    assert _best(geo, query) == "t:juwaybah"


@pytest.mark.parametrize(
    ("raw", "name", "other"),
    [
        ("Road between Tell Hamis and Qamishli", "Tell Hamis", "Qamishli"),
        ("the highway linking Manbij town with Jarablus", "Manbij", "Jarablus"),
        ("Road M-4 between Saraqib and Ariha in Idlib countryside", "Saraqib", "Ariha"),
        ("Afrin - Jindires road", "Afrin", "Jindires"),
        ("Kafr Zita–Morek road", "Kafr Zita", "Morek"),
        ("Azaz-Al Rai road", "Azaz", "Al Rai"),
    ],
)
def test_a_road_is_read_as_near_either_of_the_places_it_joins(raw: str, name: str, other: str) -> None:
    q = parse_query(raw)
    assert (q.name, q.near) == (name, True) and other in q.alternatives


@pytest.mark.parametrize(
    "raw", ["Deir-ez-Zor road", "Ar-Raqqa road", "Abbey Road", "Silk Road", "Winston-Salem"]
)
def test_a_hyphenated_name_or_a_road_called_so_is_no_road_between_two(raw: str) -> None:
    assert not parse_query(raw).near


@pytest.mark.parametrize(
    "query",
    [
        "Road between Qamishli and Fayyad",
        "Qamishli – Tall Zzyzx road",
        "the road linking Zzyzx with Qamishli",
    ],
)
def test_a_road_answers_one_of_its_ends_with_a_near_precision(geo: OfflineGeocoder, query: str) -> None:
    found = geo.geocode(query, country="SY", limit=1)
    assert found and found[0].place.source_id in {"t:qamishli", "t:fayyad-1", "t:fayyad-2"}
    assert found[0].precision.geo_precision == 2
