"""A capitalised "Neighborhood" after a name says the name is a neighbourhood ("Jobar Neighborhood
in Damascus"), as "Town" or "Airbase" do; in a title-case headline "X Neighborhood Of Y" is the
neighbourhood and then the city it lies in, not one name.

Texts of our own, none from tests/wire/ or the dev data.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2016, 1, 27)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Regime helicopters dropped barrel bombs on Al-Sukkari Neighborhood in Aleppo on Monday, killing"
            " five civilians.",
            "As-Sukkari",
        ),
        (
            "Army artillery pounded Jobar Neighbourhood on the eastern edge of Damascus on Monday, killing"
            " four fighters.",
            "Jowbar",
        ),
        (
            "Rebel rockets struck Sheikh Maqsoud Neighborhood in Aleppo on Monday, wounding eight people.",
            "Ash-Sheikh Maqsoud",
        ),
        ("A Car Bomb Explodes Near A Mosque In Al-Midan Neighborhood Of Damascus Killing 6", "Midan"),
        ("Regime Warplanes Strike The Al-Sukkari Neighborhood Of Aleppo City Killing 5", "As-Sukkari"),
    ],
)
def test_the_neighbourhood_is_the_event_place(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.location.split(",")[0] for i in r.incidents] == [place]


def test_where_a_run_s_neighbourhood_is_of_a_name() -> None:
    from incident_explorer.extraction.spotting import _neighbourhood_of

    assert _neighbourhood_of("the al-midan neighborhood of damascus city".split()) == 2
    assert _neighbourhood_of("al-midan neighborhood".split()) is None
    assert _neighbourhood_of("new york city".split()) is None


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Regime Warplanes Strike Al-Sukkari And Al-Ansari Neighborhoods In Aleppo City Killing 9",
            ["As-Sukkari", "Al-Ansari"],
        ),
        (
            "Shells hit Jobar and Qaboun Neighborhoods in Damascus on Monday, killing three.",
            ["Jowbar", "Qaboun"],
        ),
        ("Warplanes Pound Jobar And Qaboun Neighborhoods Of Damascus Killing 5", ["Jowbar", "Qaboun"]),
    ],
)
def test_neighbourhoods_listed_before_one_kind_word(
    extractor: Extractor, text: str, places: list[str]
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.location.split(",")[0] for i in r.incidents] == places


def test_a_country_s_adjective_before_a_kind_word_is_no_place(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text("Gunmen Kill 12 In Nigerian Town Of Gwoza, Officials Say", published=PUBLISHED)
    )
    assert [m.text for m in r.mentions if m.role == "event"] == ["Gwoza"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Clashes erupted in the Old and New Neighborhoods of Tripoli on Monday, killing five.", {"Old"}),
        ("Mortars hit the Rich and Poor Neighborhoods of Damascus on Tuesday, killing six.", {"Rich"}),
        ("Shells struck the Modern and Ancient Neighborhoods of Mosul on Friday, killing four.", {"Modern"}),
    ],
)
def test_common_words_before_one_plural_kind_word_are_no_places(
    extractor: Extractor, text: str, words: set[str]
) -> None:
    # kinds of quarter ("the old and new neighbourhoods"), not their names
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert not words & {m.text for m in r.mentions}, [m.text for m in r.mentions]
    assert len(r.incidents) == 1
