"""Where travellers were going is no event place: "pilgrims travelling to X", "a bus going to X",
"traders driving to X" name the journey's end; the place where the attack happened stays the
event's. The participle after its noun only: a place right after "travelled to", or after "while
he was driving to", is read as before."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 3, 4)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in result.mentions}


@pytest.mark.parametrize(
    ("text", "destination", "place"),
    [
        (
            "A roadside bomb killed three pilgrims travelling to Karbala near Hilla on Sunday.",
            "Karbala",
            "Hilla",
        ),
        (
            "Gunmen shot dead two traders driving to Aleppo at a checkpoint outside Azaz on Sunday.",
            "Aleppo",
            "Azaz",
        ),
        (
            "In Tuz Khurmatu a mine hit a minibus going to Kirkuk on Sunday, killing four people.",
            "Kirkuk",
            "Tuz Khurmatu",
        ),
        (
            "Militants ambushed farmers walking to Maiduguri in the village of Konduga, killing six.",
            "Maiduguri",
            "Konduga",
        ),
    ],
)
def test_where_travellers_were_going_is_not_the_event_place(
    extractor: Extractor, text: str, destination: str, place: str
) -> None:
    found = roles(extractor, text)
    assert found.get(destination) == "mentioned"
    assert found.get(place) == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place after the verb's past tense: where the attackers went to strike
        ("Gunmen travelled to Konduga on Sunday and killed six farmers.", "Konduga"),
        # the victim's own journey, a clause with its subject: where it happened
        ("Gunmen shot dead a farmer while he was driving to Sopore on Sunday, police said.", "Sopore"),
        # "going to" before a verb names no place; the attack's place is read as before
        ("Rebels were going to shell Idlib again after a strike killed five people in Idlib.", "Idlib"),
        ("A bomb tore through a bus at the main station in Hilla on Sunday, killing seven people.", "Hilla"),
    ],
)
def test_a_place_not_after_a_travelling_participle_is_read_as_before(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(extractor, text).get(place) == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "while" or "when" before the participle: the victim's own journey, as with "he was"
        ("Gunmen shot dead a farmer while driving to Sopore on Sunday, police said.", "Sopore"),
        ("A roadside bomb killed two soldiers when travelling to Kandahar on Monday.", "Kandahar"),
        ("A landmine killed a shepherd while walking back to Tal Afar on Monday.", "Tal Afar"),
    ],
)
def test_a_journey_after_while_or_when_is_where_it_happened(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(extractor, text).get(place) == "event"
