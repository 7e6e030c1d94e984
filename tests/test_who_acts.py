"""One list of who acts or speaks after a country's name or code (`who_acts.WHO_ACTS`), read alike
by the geocoder (a code written only so puts no country in focus) and by a place's parent ("near
Kabul, U.S. officials said" is no Kabul in the United States). One word before whose people or
arms says which of them ("U.S. counterterrorism officials", "U.S. military commanders"), not any
word: "U.S. health officials" speak at home, and "Kabul, Afghanistan in airstrikes" names no one.

Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.who_acts import WHO_ACTS, written_as_code

PUBLISHED = date(2022, 3, 14)  # a Monday


@pytest.mark.parametrize(
    "after",
    [
        " officials said",
        " counterterrorism officials told reporters",
        " military commanders said",
        "-led coalition jets",
        " special forces raided",
        " regime forces shelled",
    ],
)
def test_whose_people_or_arms_act(after: str) -> None:
    assert WHO_ACTS.match(after) is not None


@pytest.mark.parametrize(
    "after",
    [
        " health officials said",
        " state officials said",
        " in airstrikes on Monday",
        " and government forces",
        " police said",
    ],
)
def test_any_other_word_names_no_one_acting(after: str) -> None:
    assert WHO_ACTS.match(after) is None


def test_a_code_is_written_in_capitals() -> None:
    assert written_as_code("U.S.") and written_as_code("UK")
    assert not written_as_code("Pakistan")


def _countries(extractor: Extractor, text: str) -> set[str | None]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {i.country_code for i in r.incidents if i.latitude is not None}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the geocoder: a code only before counterterrorism officials puts no country in focus
        ("U.S. counterterrorism officials said the suspects met in Stuttgart before the bombing.", "DE"),
        ("A gunman shot two policemen in Paris on Monday, U.S. counterterrorism officials said.", "FR"),
        # a place's parent: the code names who speaks, not where the place lies
        ("A suicide bomber rammed a convoy near Kabul, U.S. counterterrorism officials said.", "AF"),
    ],
)
def test_one_list_for_the_geocoder_and_the_parent(extractor: Extractor, text: str, country: str) -> None:
    assert _countries(extractor, text) == {country}
