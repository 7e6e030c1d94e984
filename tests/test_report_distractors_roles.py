"""Places of a report where nothing happened that day (wire batch 16): the hospital a victim died
on the way to, police who speak from their city, a town told with its own earlier time, a
province read as its capital by another name. Texts of our own, none from tests/wire/."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.place import Feature

PUBLISHED = date(2024, 3, 20)


def mentions(extractor: Extractor, text: str) -> dict[str, tuple[str, Feature | None]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: (m.role, m.candidate.place.feature if m.candidate else None) for m in r.mentions}


@pytest.mark.parametrize(
    ("text", "event", "aside"),
    [
        # the hospital a victim died on the way to
        (
            "Gunmen shot a shopkeeper in Jasim on Monday; he died on the way to the hospital in Nawa.",
            "Jasim",
            "Nawa",
        ),
        (
            "A bomb wounded a judge in Maiduguri on Friday, and he died en route to a military hospital in "
            "Kano.",
            "Maiduguri",
            "Kano",
        ),
        (
            "Soldiers fired on a car in Tubas on Sunday, wounding a driver who died on his way to the "
            "government hospital in Nablus.",
            "Tubas",
            "Nablus",
        ),
        # police who speak from their city after the event place was told
        (
            "Settlers set fire to cars in Huwara on Saturday. Police in Jerusalem said they had arrested "
            "three men.",
            "Huwara",
            "Jerusalem",
        ),
        (
            "Gunmen killed four traders in Garissa on Friday. Kenyan police in Nairobi said they had "
            "arrested "
            "two suspects on Saturday.",
            "Garissa",
            "Nairobi",
        ),
        (
            "Gunmen raided a farm near Jos, killing six. Police in Abuja said they had detained a suspect.",
            "Jos",
            "Abuja",
        ),
        # a town told with its own earlier time in a relative clause
        (
            "Troops seized the village of Kafr Sijnah on Friday. The advance tightens their grip on the "
            "road around Hish, which "
            "the army captured earlier this week.",
            "Kafr Sijnah",
            "Hish",
        ),
        (
            "Rebels overran an army post at Bunagana on Saturday. The attack widens their hold on land near "
            "Rutshuru, where they took the town hall last week.",
            "Bunagana",
            "Rutshuru",
        ),
        (
            "Russian forces shelled Vovchansk on Tuesday, officials said. The assault widens the front "
            "around "
            "Lyptsi, which Russian units entered earlier this month.",
            "Vovchansk",
            "Lyptsi",
        ),
    ],
)
def test_a_place_where_nothing_happened_that_day_is_no_event_place(
    extractor: Extractor, text: str, event: str, aside: str
) -> None:
    found = mentions(extractor, text)
    assert found[event][0] == "event"
    assert found[aside][0] != "event"


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Soldiers and Abu Sayyaf gunmen clashed in a village of Ungkaya Pukan town on Basilan island on "
            "Friday, killing two soldiers. The governor in Isabela City ordered schools closed.",
            "Basilan",
        ),
        (
            "Abu Sayyaf fighters ambushed marines in Patikul town in Sulu on Sunday, killing four. "
            "Officials in "
            "Jolo said the gunmen fled into the hills.",
            "Sulu",
        ),
        (
            "Gunmen shot dead a village chief in Indanan, Sulu, on Tuesday. Police in Jolo City said the "
            "killers "
            "escaped by boat.",
            "Sulu",
        ),
    ],
)
def test_a_province_named_as_its_capital_is_the_province(
    extractor: Extractor, text: str, province: str
) -> None:
    assert mentions(extractor, text)[province][1] in {Feature.ADMIN1, Feature.ADMIN2, Feature.REGION}
