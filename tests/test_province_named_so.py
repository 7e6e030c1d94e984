""" "X province", "X governorate", "X state" ask for the first-level unit, not the town named
after it, and a headline's bare "X" over a body that says "X province" is that one province.

Before, the spotter hinted a name before "province" or "governorate" as a unit or its town, and
a town spelt as the text spells it outranked a province reached by another spelling ("in
Hodeidah province" was Al Hudaydah city, 25 km from the governorate's point; "Homs province"
Homs city, where UCDP codes events in it at the province's). Asking for the unit alone
(branch geo32-province) then split a headline's "Bomb kills five in Kirkuk" from the body's
"Kirkuk province" into two incidents; now a headline's bare name is read as the province its
body names (`placing._headline_as_the_body_s_province`), unless the body places an event in
the town ("in Taiz city"), which the headline then means.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.place import Feature

PUBLISHED = date(2020, 3, 9)  # a Monday


def _incidents(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [(i.country_code, i.place_source or "") for i in r.incidents]


def _feature(extractor: Extractor, source: str) -> Feature:
    found = extractor.geocoder.gazetteer.by_source_id(source)
    assert found is not None, source
    return found.place.feature


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Air strikes killed five farmers in Hodeidah province on Friday, medics said.", "YE"),
        ("Houthi shelling killed four civilians in Taiz governorate on Sunday.", "YE"),
        ("Gunmen killed nine shepherds in Homs province on Saturday, a monitor said.", "SY"),
    ],
)
def test_a_province_named_so_is_the_province(extractor: Extractor, text: str, country: str) -> None:
    [(cc, source)] = _incidents(extractor, text)
    assert cc == country
    assert _feature(extractor, source) is Feature.ADMIN1, source


@pytest.mark.parametrize(
    "text",
    [
        "Air strike kills five in Hodeidah\nAn air strike killed five fishermen in Hodeidah province on"
        " Friday, medics said.\n",
        "Shelling kills four children in Taiz\nHouthi shelling killed four children in Taiz governorate"
        " on Sunday, local officials said.\n",
        "Air raid kills seven in Idlib\nAn air raid killed seven people in Idlib province on Thursday,"
        " rescuers said.\n",
    ],
)
def test_a_headline_s_bare_name_is_the_body_s_province(extractor: Extractor, text: str) -> None:
    [(_, source)] = _incidents(extractor, text)
    assert _feature(extractor, source) is Feature.ADMIN1, source


@pytest.mark.parametrize(
    "text",
    [
        "Shelling kills four in Taiz\nHouthi shelling killed four children in Taiz city on Sunday,"
        " officials in Taiz governorate said.\n",
        "Air strike kills five in Hodeidah\nAn air strike killed five fishermen at the port in Hodeidah"
        " city on Friday, officials in Hodeidah province said.\n",
        "Car bomb kills six in Kirkuk\nA car bomb exploded in Kirkuk city on Monday, killing six people,"
        " police in Kirkuk province said.\n",
    ],
)
def test_the_town_the_body_places_the_event_in_is_the_headline_s(extractor: Extractor, text: str) -> None:
    [(_, source)] = _incidents(extractor, text)
    assert _feature(extractor, source) is Feature.CITY, source


# A province the gazetteer lacks (Burkina Faso's Kompienga: GeoNames has only the town): the
# town it is named after still stands for it, as when the spotter asked for a unit or its town.
@pytest.mark.parametrize(
    "text",
    [
        "Jihadists attacked a gendarmerie post in Kompienga province on Friday, killing four.",
        "A mine blast killed three soldiers on a road of the Kompienga province on Sunday.",
        "Gunmen raided a market in Burkina Faso's eastern Kompienga province on Monday, killing five.",
    ],
)
def test_a_province_the_gazetteer_lacks_is_its_town(extractor: Extractor, text: str) -> None:
    assert _incidents(extractor, text) == [("BF", "geonames:12640344")]
