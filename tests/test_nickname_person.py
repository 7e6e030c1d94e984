"""A nickname in quotes between a first name and a surname ('Ismael "El Mayo" Zambada') makes
the three a person's names, here and wherever the text names them again ("El Chapo's son"),
even where a village or a town abroad bears them (Otumba for "Gomez", Ecuador's Valdez).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "place", "names"),
    [
        (
            'Police arrested Ismael "El Mayo" Zambada after a shootout in Navolato on Tuesday.',
            "Navolato",
            ("El Mayo", "Zambada"),
        ),
        (
            "Gunmen loyal to Servando 'La Tuta' Gomez attacked a police post in Apatzingan on Friday.",
            "Apatzing",
            ("La Tuta", "Gomez"),
        ),
        (
            "Edgar “La Barbie” Valdez was captured in Lerma on Monday after a shootout with marines.",
            "Lerma",
            ("La Barbie", "Valdez"),
        ),
    ],
)
def test_a_nicknamed_person_is_no_place(
    extractor: Extractor, text: str, place: str, names: tuple[str, ...]
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2019, 10, 18)))
    assert [m.text for m in r.mentions if m.text in names] == []
    assert any(i.location.startswith(place) for i in r.incidents), [i.location for i in r.incidents]


def test_the_nickname_alone_elsewhere_in_the_text_is_the_person_too(extractor: Extractor) -> None:
    text = (
        "Troops hunt El Chapo's sons after clash\n"
        "Soldiers exchanged fire with gunmen in Culiacan on Thursday while searching for the sons of"
        ' Joaquin "El Chapo" Guzman, officials said.\n'
    )
    r = extractor.extract(articles.from_text(text, published=date(2019, 10, 18)))
    assert not any("Chapo" in i.location for i in r.incidents), [i.location for i in r.incidents]
    assert any(i.location.startswith("Culiacán") for i in r.incidents), [i.location for i in r.incidents]


def test_a_quoted_name_the_text_uses_as_a_place_stays_a_place(extractor: Extractor) -> None:
    text = 'Fighters of Abu Bakr "Mosul" Hamdani regrouped, and a car bomb exploded in Mosul on Monday.'
    r = extractor.extract(articles.from_text(text, published=date(2017, 3, 7)))
    assert any(i.location.startswith("Mosul") for i in r.incidents), [i.location for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a title-case headline's scare quotes between two places
        ('Israel "Strikes" Gaza After Rocket Fire From Strip', "Gaza"),
        ("Residents Of Mariupol 'Trapped' Ukraine Says As Shelling Continues", "Mariupol"),
        # quotes in a sentence beside a name that speaks for a government
        ('The shelling of Kharkiv "Must Stop" Zelensky said on Monday after rockets hit it.', "Kharkiv"),
    ],
)
def test_scare_quotes_between_places_make_no_person(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2022, 3, 14)))
    assert any(i.location.startswith(place) for i in r.incidents), [i.location for i in r.incidents]
