"""People who fled violence in X and then tell what happened ("Residents who fled the fighting
in X said troops killed 20 civilians there") tell the event at X; where people an aid story is
about had fled from stays no event place."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Families who fled the fighting in Sirte said gunmen executed 15 men there on Monday.", "Sirte"),
        (
            "Witnesses who escaped the shelling in Saraqib told Reuters that at least nine people died "
            "on Thursday.",
            "Saraqib",
        ),
        (
            "Survivors who fled the attack in Maiduguri said Boko Haram fighters burned dozens of homes "
            "on Saturday.",
            "Maiduguri",
        ),
    ],
)
def test_who_fled_and_tell_what_happened_place_the_event(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}[place] == "event"
    assert any(f"'{place}'" in i.place_reason for i in r.incidents)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Aid agencies delivered food to 5,000 people who fled the fighting in Sirte, where militants "
            "executed 15 men on Monday.",
            "Sirte",
        ),
        (
            "Residents who fled the fighting in Sirte said troops killed 20 civilians in Misrata on Friday.",
            "Sirte",
        ),
        # what they tell is no violence (review16b)
        ("Families who fled the fighting in Sirte said they had lost everything.", "Sirte"),
        ("Residents who escaped the shelling in Saraqib told reporters they had nowhere to go.", "Saraqib"),
        ("Farmers who fled the clashes in Bentiu said their crops were left to rot in the fields.", "Bentiu"),
    ],
)
def test_where_people_fled_from_stays_aside_otherwise(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}[place] != "event"
