"""A place named before its kind ("the X settlement", "the X hamlet", "the X township") is that
place, not a modifier naming something else as in "the Geneva talks"."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 10, 9)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A Palestinian stabbed and wounded a guard at the gate of the Halamish settlement on Sunday,"
            " the military said.",
            "Halamish",
        ),
        (
            "Gunmen opened fire on a bus near the Ariel settlement on Tuesday, wounding three passengers.",
            "Ariel",
        ),
        ("Insurgents torched houses in the Mucojo hamlet on Monday, killing three people.", "Mucojo"),
        ("Gunmen killed five villagers in the Bokkos township on Sunday, police said.", "Bokkos"),
    ],
)
def test_a_place_before_its_kind_is_the_event_place(extractor: Extractor, text: str, place: str) -> None:
    assert roles(extractor, text).get(place) == "event"


def test_a_name_before_another_noun_still_names_something_else(extractor: Extractor) -> None:
    found = roles(extractor, "Shelling killed four people in Douma on Monday as the Geneva talks stalled.")
    assert found.get("Douma") == "event"
    assert found.get("Geneva") != "event"


@pytest.mark.parametrize(
    ("text", "council", "place"),
    [
        (
            "The Gaza municipality said an Israeli air strike killed 12 people in Rafah on Sunday.",
            "Gaza",
            "Rafah",
        ),
        (
            "An official of the Kabul municipality said a bomb killed four people in Jalalabad on Monday.",
            "Kabul",
            "Jalalabad",
        ),
        (
            "Gunmen shot dead a councillor of the Gusau municipality in Kaura Namoda on Friday.",
            "Gusau",
            "Kaura Namoda",
        ),
    ],
)
def test_a_municipality_that_speaks_or_employs_is_no_event_place(
    extractor: Extractor, text: str, council: str, place: str
) -> None:
    found = roles(extractor, text)
    assert found.get(place) == "event"
    assert found.get(council) != "event"


def test_a_municipality_something_happened_in_is_the_place(extractor: Extractor) -> None:
    found = roles(extractor, "Shelling killed five people in the Huwara municipality on Sunday.")
    assert found.get("Huwara") == "event"
