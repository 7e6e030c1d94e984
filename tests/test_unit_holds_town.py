"""A district encloses a town only when the town lies in it: the same admin2 unit for a
district, the same admin1 for a province (`placing.lies_in`), not the same province nor a
district's point within 50 km ("Andar district" beside Ghazni city is a place of its own, not
the unit around the city). Where the unit really holds the town, it stays context for it.
A capitals dateline with a long dash and no space ("ILIGAN CITY—Gunmen ...") is a dateline.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of, top_reading

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.placing import lies_in
from incident_explorer.places.offline import OfflineGeocoder

PUBLISHED = date(2021, 3, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "district"),
    [
        (
            "Taliban fighters attacked police posts in Ghazni city and in Andar district on Tuesday,"
            " killing six officers.",
            "Andar",
        ),
        ("Two dead as bomb hits Kandahar market, another blast rocks Arghandab district", "Arghandab"),
        (
            "Four police killed in Ghazni\nGHAZNI CITY (Pajhwok): Taliban fighters stormed a police"
            " checkpoint in Andar district early on Tuesday, killing four policemen.",
            "Andar",
        ),
    ],
)
def test_a_district_beside_a_town_is_no_unit_around_it(
    extractor: Extractor, text: str, district: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[district] == "event", text


def test_the_district_beside_the_city_gets_its_own_incident(extractor: Extractor) -> None:
    text = (
        "Taliban fighters attacked police posts in Ghazni city and in Andar district on Tuesday,"
        " killing six officers."
    )
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert sorted(i.location.split(",")[0] for i in r.incidents) == ["Andaṟ", "Ghazni"]


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        (
            "Militants attacked a checkpoint in Andar district of Ghazni province on Tuesday, killing"
            " four policemen.",
            "Ghazni",
            "Andar",
        ),
        (
            "Taliban fighters attacked police posts in Ghazni city in Ghazni province on Tuesday,"
            " killing six officers.",
            "province",
            "Ghazni",
        ),
        (
            "A bomb killed two soldiers in Spin Boldak in Kandahar province on Tuesday.",
            "Kandahar",
            "Spin Boldak",
        ),
    ],
)
def test_a_unit_that_holds_the_town_stays_its_context(
    extractor: Extractor, text: str, unit: str, town: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = [(m.text, m.role) for m in r.mentions]
    if unit == "province":  # the second "Ghazni", the province after the city
        assert roles == [("Ghazni", "event"), ("Ghazni", "mentioned")], roles
    else:
        assert dict(roles) == {town: "event", unit: "mentioned"}, roles
    assert len(r.incidents) == 1, [i.location for i in r.incidents]


def test_lies_in_reads_the_units_the_gazetteer_files_places_under(geocoder: OfflineGeocoder) -> None:
    city = top_reading(geocoder, "Ghazni", "Taliban attacked Ghazni city.")
    andar = top_reading(geocoder, "Andar district", "Taliban attacked Andar district in Ghazni.")
    province = top_reading(geocoder, "Ghazni province", "Taliban attacked Ghazni province.")
    assert (city.place.feature, andar.place.feature, province.place.feature) == ("city", "admin2", "admin1")
    assert lies_in(city, andar) is False
    assert lies_in(city, province) is True
    assert lies_in(andar, province) is True
    assert lies_in(city, city) is None  # a town is no admin unit: the codes tell nothing


@pytest.mark.parametrize(
    ("text", "dateline", "event"),
    [
        (
            "ILIGAN CITY—Gunmen shot dead a village chief in Marawi on Tuesday, police said.",
            "ILIGAN CITY",
            "Marawi",
        ),
        (
            "ZAMBOANGA CITY—Soldiers clashed with Abu Sayyaf gunmen in Patikul on Tuesday, leaving two"
            " militants dead, the army said.",
            "ZAMBOANGA CITY",
            "Patikul",
        ),
        (
            "DAVAO CITY—A bomb went off near a bus terminal in Tagum on Tuesday, wounding six people,"
            " police said.",
            "DAVAO CITY",
            "Tagum",
        ),
    ],
)
def test_a_capitals_dateline_with_a_long_dash_and_no_space(
    extractor: Extractor, text: str, dateline: str, event: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert (roles[dateline], roles[event]) == ("dateline", "event"), roles


def test_a_name_in_ordinary_case_before_a_long_dash_is_still_prose(extractor: Extractor) -> None:
    assert roles_of(extractor, PUBLISHED, "Homs—the city's east was shelled on Tuesday, killing three.")[
        "Homs"
    ] == ("event")


@pytest.mark.parametrize(
    ("text", "district", "town"),
    [
        (
            "GHAZNI CITY (Pajhwok): Gunmen shot dead two teachers in Waghaz district of Ghazni province on"
            " Tuesday, officials said.",
            "Waghaz",
            "GHAZNI",
        ),
        (
            "FARAH CITY (Pajhwok): A roadside bomb killed four soldiers in Khak-e Safed district of western"
            " Farah province on Tuesday, the governor's spokesman said.",
            "Khak-e Safed",
            "FARAH",
        ),
        (
            "HERAT CITY (Pajhwok): Gunmen shot dead two teachers in Zawol district of Herat province on"
            " Tuesday, officials said.",
            "Zawol",
            "HERAT",
        ),
    ],
)
def test_a_district_the_gazetteer_lacks_holds_no_town_by_its_province_alone(
    extractor: Extractor, text: str, district: str, town: str
) -> None:
    """The district, read at its province (or the province's capital), stays the event's place:
    the province holds the town named before it, the district need not."""
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[district] == "event", roles
    assert roles[town] != "mentioned", roles


@pytest.mark.parametrize(
    ("text", "district", "unit"),
    [
        (
            "Taliban fighters stormed a police post in Ghorak district of Kandahar province on Tuesday"
            " night, killing three policemen.",
            "Ghorak",
            "Kandahar",
        ),
        (
            "MAIDUGURI: Insurgents attacked a military base in Kukawa in northern Borno state on Tuesday,"
            " killing five soldiers.",
            "Kukawa",
            "Borno",
        ),
    ],
)
def test_a_unit_named_after_the_event_place_stays_its_context(
    extractor: Extractor, text: str, district: str, unit: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert (roles[district], roles[unit]) == ("event", "mentioned"), roles
