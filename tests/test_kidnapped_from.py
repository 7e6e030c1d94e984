"""People counted and taken from a place ("kidnapped three young men from X", "abducted more
than 40 villagers from X") were taken there: the place is where the kidnapping happened, not
where they come from. One person from a place ("kidnapped a trader from X"), or a taking placed
elsewhere right after ("kidnapped two engineers from X near Y"), keeps X as an origin."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 3, 5)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen kidnapped three young men from al-Mazraa, west of Sweida city, on Sunday.", "al-Mazraa"),
        ("Gunmen Kidnap Five Farmers From Al-Mazraa West Of Sweida City", "Al-Mazraa"),
        ("Gunmen kidnapped 16 farmers from Birnin Gwari on Monday, police said.", "Birnin Gwari"),
        ("Insurgents abducted more than 40 villagers from Baga on Tuesday night, residents said.", "Baga"),
    ],
)
def test_people_counted_and_taken_from_a_town_were_taken_there(
    extractor: Extractor, text: str, town: str
) -> None:
    assert roles(extractor, text).get(town) == "event"


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Gunmen kidnapped a trader from Aleppo on the road near Azaz on Sunday.", "Aleppo"),
        ("Gunmen kidnapped two engineers from Kano near Kaduna on Sunday.", "Kano"),
        ("Gunmen abducted 14 passengers from Katsina on the road near Funtua on Sunday.", "Katsina"),
    ],
)
def test_one_person_or_a_taking_placed_elsewhere_keeps_the_origin(
    extractor: Extractor, text: str, origin: str
) -> None:
    assert roles(extractor, text).get(origin) == "origin"


@pytest.mark.parametrize(
    ("text", "origin", "place"),
    [
        # a country after the count: the people's nationality, the taking placed after it
        ("Gunmen kidnapped three aid workers from France in northern Niger on Sunday.", "France", "Niger"),
        ("Pirates kidnapped 12 sailors from India off the coast of Nigeria on Sunday.", "India", "Nigeria"),
        # a town, then where it happened
        ("Gunmen kidnapped 10 students from Kaduna in Zaria on Sunday.", "Kaduna", "Zaria"),
        # "seized" counts goods as often as people
        (
            "Police seized 20 tonnes of cocaine from Colombia at the port of Antwerp on Sunday.",
            "Colombia",
            "Antwerp",
        ),
    ],
)
def test_a_nationality_or_a_taking_placed_after_keeps_the_origin(
    extractor: Extractor, text: str, origin: str, place: str
) -> None:
    found = roles(extractor, text)
    assert found.get(origin) == "origin"
    assert found.get(place) == "event"


def test_a_country_alone_after_the_count_is_no_event_place(extractor: Extractor) -> None:
    found = roles(extractor, "Gunmen kidnapped three aid workers from France on Sunday.")
    assert found.get("France") == "origin"


@pytest.mark.parametrize(
    ("text", "town", "unit"),
    [
        (
            "Gunmen kidnapped 16 farmers from Birnin Gwari in Kaduna state on Monday.",
            "Birnin Gwari",
            "Kaduna",
        ),
        (
            "Bandits abducted more than 30 pupils from Kuriga in northern Kaduna State on Thursday.",
            "Kuriga",
            "Kaduna",
        ),
        (
            "Insurgents abducted 40 villagers from Damasak in Borno state overnight, residents said.",
            "Damasak",
            "Borno",
        ),
    ],
)
def test_the_unit_a_town_lies_in_does_not_place_the_taking_elsewhere(
    extractor: Extractor, text: str, town: str, unit: str
) -> None:
    found = roles(extractor, text)
    assert found.get(town) == "event"
    assert found.get(unit) != "event"


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        # a nationality before the state the taking was in
        ("Gunmen kidnapped three engineers from China in Zamfara state on Sunday.", "China"),
        # not a taking: people displaced from the town were killed elsewhere
        ("Gunmen killed 12 villagers displaced from Birnin Gwari in Kaduna state on Monday.", "Birnin Gwari"),
        ("Gunmen kidnapped a trader from Birnin Gwari in Kaduna state on Sunday.", "Birnin Gwari"),
    ],
)
def test_a_unit_after_a_nationality_or_a_non_taking_keeps_the_origin(
    extractor: Extractor, text: str, origin: str
) -> None:
    assert roles(extractor, text).get(origin) == "origin"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the gazetteer puts none of these towns in the unit named after it: the people come from
        # the town and were taken in the unit
        ("Bandits abducted 20 passengers from Abuja in Kogi State on Sunday.", "Abuja"),
        ("Insurgents abducted ten aid workers from Maiduguri in Yobe state on Friday.", "Maiduguri"),
        ("Gunmen kidnapped 12 students from Jos in Kaduna State on Tuesday.", "Jos"),
    ],
)
def test_a_town_outside_the_unit_named_after_it_is_the_origin(
    extractor: Extractor, text: str, town: str
) -> None:
    assert roles(extractor, text).get(town) == "origin"
