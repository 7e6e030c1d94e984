"""A state named as the attacker is not where it happened (issue 11).

"Israel struck targets in Gaza" happened in Gaza; "Turkey's army shelled positions in Afrin" in
Syria. Each case on several differently worded sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction
from incident_explorer.extraction.roles import ATTACKER
from incident_explorer.places.place import Feature

PUBLISHED = date(2018, 5, 5)


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


def incident_countries(r: Extraction) -> set[str]:
    return {i.location.rsplit(", ", 1)[-1] for i in r.incidents if i.latitude is not None}


def role(r: Extraction, name: str) -> str:
    return next(m.role for m in r.mentions if m.text == name)


@pytest.mark.parametrize(
    ("text", "state", "place", "country"),
    [
        (
            "Israel struck targets in Gaza on Monday, killing three militants, the army said.",
            "Israel",
            "Gaza",
            "PS",
        ),
        (
            "Russia has bombed a hospital in Idlib, killing nine people, rescuers said.",
            "Russia",
            "Idlib",
            "SY",
        ),
        (
            "Iran fired missiles at a base in Erbil on Wednesday, wounding four soldiers.",
            "Iran",
            "Erbil",
            "IQ",
        ),
        (
            "Turkey shelled Kurdish positions in Afrin on Sunday, killing five fighters.",
            "Turkey",
            "Afrin",
            "SY",
        ),
        (
            "Turkey's army pounded villages around Tal Rifaat overnight, a monitor said.",
            "Turkey",
            "Tal Rifaat",
            "SY",
        ),
        (
            "Israel also struck Hezbollah positions near Tyre on Friday, wounding two fighters.",
            "Israel",
            "Tyre",
            "LB",
        ),
        (
            "Russia's air force struck positions near Deir ez-Zor on Saturday, killing dozens.",
            "Russia",
            "Deir ez-Zor",
            "SY",
        ),
        (
            "Saudi Arabia's warplanes hit a market in Saada on Thursday, killing 12 people.",
            "Saudi Arabia",
            "Saada",
            "YE",
        ),
    ],
)
def test_a_state_that_attacks_a_place_elsewhere_is_not_an_event_place(
    extractor: Extractor, text: str, state: str, place: str, country: str
) -> None:
    r = run(extractor, text)
    assert role(r, state) == "mentioned"
    m = next(m for m in r.mentions if m.text == place)
    assert m.role == "event" and m.candidate is not None
    assert m.candidate.place.country_code == country
    assert all(i.location.split(",")[0] != state for i in r.incidents)


@pytest.mark.parametrize(
    "text",
    [
        "The United States, Britain and France struck a research centre near Homs early on Saturday.",
        "France and Britain launched missiles at an air base near Homs on Saturday.",
        "The United States and Jordan bombed a camp outside Raqqa overnight, killing 14 fighters.",
    ],
)
def test_every_state_of_a_list_of_attackers_is_set_aside(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    states = [
        m for m in r.mentions if m.candidate is not None and m.candidate.place.feature is Feature.COUNTRY
    ]
    assert len(states) >= 2
    assert all(m.role == "mentioned" for m in states), [(m.text, m.role) for m in states]
    assert incident_countries(r) == {"Syria"}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Nigeria's army killed 20 Boko Haram fighters on Monday, a spokesman said.", "Nigeria"),
        ("Pakistan bombed militant hideouts on Saturday, killing 30 fighters, the army said.", "Pakistan"),
        ("Myanmar troops torched villages on Tuesday, killing four people, residents said.", "Myanmar"),
    ],
)
def test_a_state_alone_in_its_sentence_is_still_where_it_happened(
    extractor: Extractor, text: str, state: str
) -> None:
    r = run(extractor, text)
    assert role(r, state) == "event"
    assert [i.location for i in r.incidents if i.latitude is not None] == [state]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Turkey hit by twin blasts in Ankara that killed 12 people.", "Turkey"),
        ("Fighting in Syria killed 20 people near Aleppo on Monday.", "Syria"),
        ("Afghanistan: bombings in Kabul killed 12 people on Monday.", "Afghanistan"),
    ],
)
def test_a_state_that_is_struck_is_no_attacker(extractor: Extractor, text: str, state: str) -> None:
    r = run(extractor, text)
    assert any(m.text == state for m in r.mentions)
    assert all(m.reason != ATTACKER for m in r.mentions)
