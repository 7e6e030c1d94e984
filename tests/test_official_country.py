"""The country whose official tells the violence ("Nigeria's army chief said troops killed 30")
is no event place beside another, but a report that names no other has its event there."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 5, 10)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Mali's defence minister said jihadists killed nine soldiers in an attack on an army post "
            "on Saturday.",
            "ML",
        ),
        (
            "Kenya's interior minister told parliament that police shot dead four suspected militants "
            "on Friday.",
            "KE",
        ),
        ("Burkina Faso's prime minister said gunmen killed 15 villagers on Sunday.", "BF"),
    ],
)
def test_an_officials_country_places_a_report_that_names_no_other(
    extractor: Extractor, text: str, country: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.country_code for i in r.incidents] == [country], [
        (i.location, i.place_reason) for i in r.incidents
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nigeria's army chief said troops killed 30 Boko Haram fighters near Gwoza on Sunday.", "Gwoza"),
        (
            "Chad's defence minister said rebels attacked a garrison in Abeche on Friday, killing six.",
            "Abeche",
        ),
    ],
)
def test_an_officials_country_beside_an_event_place_is_not_one(
    extractor: Extractor, text: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.place_reason.split("'")[1] for i in r.incidents] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's defence minister said warplanes killed 17 militants in the mountains on Wednesday.",
        "Iran's foreign minister said drones struck the group's bases on Monday, killing 12.",
        "Egypt's defence minister said air strikes destroyed six camps of the militants on Thursday.",
    ],
)
def test_an_officials_own_air_strikes_are_not_placed_in_the_country(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert r.incidents and all(i.country_code == "" for i in r.incidents), [
        (i.location, i.place_reason) for i in r.incidents
    ]


def test_another_states_aircraft_strike_the_officials_country(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text(
            "Ukraine's defence minister said Russian drones struck two power plants, killing three.",
            published=PUBLISHED,
        )
    )
    assert [i.country_code for i in r.incidents] == ["UA"], [
        (i.location, i.place_reason) for i in r.incidents
    ]
