"""A country after "X, " that goes on to say whose people or arms it names ("near Kabul, U.S.
officials said", "outside Kandahar, U.S. military commanders said") names who speaks or acts, not
the country X lies in: X is read on its own, not as a namesake in that country ("Kabul" was
Cabool, Missouri; "Mosul" Missoula, Montana) nor as the country standing in for it. A country
after the comma that ends the phrase ("Jos, Nigeria, on Monday") is still X's.

Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2022, 3, 14)  # a Monday


def _placed(extractor: Extractor, text: str) -> set[tuple[str | None, str | None]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {(i.country_code, i.admin1) for i in r.incidents if i.latitude is not None}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A suicide bomber rammed a convoy on the road near Kabul, U.S. officials said on Monday.", "AF"),
        ("Insurgents fired mortars at an airfield outside Kandahar, U.S. military commanders said.", "AF"),
        ("Two car bombs exploded at checkpoints near Mosul, U.S. forces said on Sunday.", "IQ"),
    ],
)
def test_a_country_naming_who_speaks_is_no_parent(extractor: Extractor, text: str, country: str) -> None:
    assert {cc for cc, _ in _placed(extractor, text)} == {country}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen shot dead four traders in Kaduna, Nigeria, on Sunday.", ("NG", "Kaduna")),
        ("A man was stabbed to death in Paris, Texas police said on Sunday.", ("US", "Texas")),
        ("Clashes killed three fighters in Tripoli, Lebanon on Saturday.", ("LB", "Liban-Nord")),
    ],
)
def test_a_country_or_state_that_ends_the_phrase_is_still_the_parent(
    extractor: Extractor, text: str, place: tuple[str, str]
) -> None:
    assert _placed(extractor, text) == {place}


def _incidents(extractor: Extractor, text: str) -> list[tuple[str | None, str]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [(i.country_code if i.latitude is not None else None, i.place_text) for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Missiles struck a house outside Mir Ali, Pakistan officials said on Friday.", "PK", "Mir Ali"),
        ("Militants stormed a police post near Makeen, Pakistan officials said.", "PK", "Makeen"),
        (
            "Al-Shabaab fighters shelled a base near Janaale, Somalia officials said on Tuesday.",
            "SO",
            "Janaale",
        ),
    ],
)
def test_a_country_by_its_name_stays_the_parent_of_a_name_the_gazetteer_lacks(
    extractor: Extractor, text: str, country: str, name: str
) -> None:
    # its own officials telling of a place at home: the country stands in for the unknown name
    # (with 379719a alone the incident was unplaced)
    ((cc, place_text),) = _incidents(extractor, text)
    assert cc == country
    assert place_text.startswith(name)


def test_a_code_naming_who_speaks_is_still_no_parent_of_an_unknown_name(extractor: Extractor) -> None:
    # "U.S. officials" speak of places abroad: no incident in the United States
    text = "Missiles struck a house outside Mir Ali, U.S. officials said on Friday."
    assert all(cc != "US" for cc, _ in _incidents(extractor, text))
