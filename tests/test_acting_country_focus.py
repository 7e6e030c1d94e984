"""A country written as a code only before who acts or speaks ("U.S. drones", "U.S. officials
said", "U.S.-led jets") names whose arms or people, not where the text's places lie: it puts no
country in focus (al-Bayda was read as Baird, Texas and Stuttgart as Stuttgart, Arkansas with
"U.S." anywhere in the text). Its own names only lean there, and only when the text names no
other country; the code written otherwise ("in the U.S.") is a clue as before.

Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.offline import OfflineGeocoder, context_keys

PUBLISHED = date(2022, 3, 14)  # a Monday


def _countries(extractor: Extractor, text: str) -> set[str | None]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {i.country_code for i in r.incidents if i.latitude is not None}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("U.S. officials said the commanders met at the headquarters in Stuttgart before the raid.", "DE"),
        ("Police said a gunman shot two people in Paris on Monday, U.S. officials said.", "FR"),
        ("Investigators said U.S.-led jets had bombed a depot outside Stuttgart by mistake.", "DE"),
    ],
)
def test_a_code_only_acting_puts_no_country_in_focus(extractor: Extractor, text: str, country: str) -> None:
    assert _countries(extractor, text) == {country}


def test_a_code_only_acting_lends_no_spelling_variant_its_country(extractor: Extractor) -> None:
    text = "A U.S. drone strike killed three suspected militants in al-Bayda on Sunday, local officials said."
    assert "US" not in _countries(extractor, text)


def test_the_geocoder_reads_the_text_alike(geocoder: OfflineGeocoder) -> None:
    keys = context_keys("U.S. drones struck a convoy on Monday, and U.S. officials met in Stuttgart.")
    assert geocoder.geocode("Stuttgart", keys=keys, limit=1)[0].place.country_code == "DE"


@pytest.mark.parametrize(
    "text",
    [
        "A gunman opened fire in Stuttgart on Monday, the worst shooting in the U.S. this year, killing two.",
        "A gunman shot two people in Paris on Monday, police in the U.S. said.",
    ],
)
def test_a_code_written_as_where_is_still_a_clue(extractor: Extractor, text: str) -> None:
    assert _countries(extractor, text) == {"US"}


def test_a_code_acting_beside_other_countries_is_among_them(extractor: Extractor) -> None:
    # as before: "Washington" in a text naming Turkey and U.S.-backed fighters is Washington, D.C.
    text = (
        "Turkey said U.S.-backed fighters killed two soldiers near Manbij on Monday, and blamed Washington."
    )
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    (washington,) = [m for m in r.mentions if m.text == "Washington"]
    assert washington.candidate is not None
    assert washington.candidate.place.admin1 == "District of Columbia"


# ... nor beside a province's name alone: a text naming Kandahar or Helmand (a town's name and a
# province's) names no other country, and the acting code made Paris, Texas the answer
@pytest.mark.parametrize(
    ("name", "text", "country"),
    [
        (
            "Paris",
            "Gunmen killed two in Paris on Friday, U.S. officials said, after a raid near Kandahar.",
            "FR",
        ),
        (
            "Stuttgart",
            "U.S. officials said the commanders met in Stuttgart to plan strikes in Helmand.",
            "DE",
        ),
        ("Birmingham", "U.S. troops in Helmand said the bomb maker had lived in Birmingham for years.", "GB"),
    ],
)
def test_a_code_acting_beside_a_province_alone_puts_no_country_in_focus(
    geocoder: OfflineGeocoder, name: str, text: str, country: str
) -> None:
    assert geocoder.geocode(name, keys=context_keys(text), limit=1)[0].place.country_code == country
