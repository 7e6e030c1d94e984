"""A capital that blames ("an ambush that Kabul blamed on militants") is a government speaking,
not a place of the violence; a place after "in" is never the one blaming ("a bombing in X blamed
on ...")."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2017, 4, 7)


@pytest.mark.parametrize(
    ("text", "event", "speaker"),
    [
        (
            "Gunmen killed four soldiers in Kunar on Monday in an ambush that Kabul blamed on Pakistani "
            "militants.",
            "Kunar",
            "Kabul",
        ),
        (
            "Suicide bombers attacked a police station in Quetta on Tuesday, an assault that Islamabad "
            "blamed on militants based in Afghanistan.",
            "Quetta",
            "Islamabad",
        ),
        (
            "Rockets hit a base near Erbil overnight, wounding four, in an attack Washington blamed on "
            "Iran-backed militias.",
            "Erbil",
            "Washington",
        ),
    ],
)
def test_a_capital_that_blames_is_no_event_place(
    extractor: Extractor, text: str, event: str, speaker: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert (roles[event], roles[speaker]) == ("event", "mentioned")


def test_a_place_after_in_blamed_on_someone_stays_the_event_place(extractor: Extractor) -> None:
    assert (
        roles_of(
            extractor, PUBLISHED, "A bombing in Aleppo blamed on Islamic State killed 12 people on Friday."
        )["Aleppo"]
        == "event"
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the object of a verb or a preposition, then "blamed on": passive, the place is where it was
        ("Deadly attack on Kabul blamed on Islamic State", "Kabul"),
        ("Rocket fire on Erbil blamed on Iran-backed militias", "Erbil"),
        ("Twin blasts that hit Quetta blamed on separatists", "Quetta"),
    ],
)
def test_a_place_attacked_then_blamed_on_someone_stays_the_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "event"
