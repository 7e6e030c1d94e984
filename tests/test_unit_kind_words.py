"""A kind word after a name says what the name is: "X province" and "X region" ask for a unit,
"X district" for a district. Where a unit has the name as its own, a town abroad that has it
too is only a namesake and yields to the unit (Soum, Senegal for Province du Soum, Burkina
Faso; Bam, Iran for Province du Bam); a town in the unit keeps it where the unit-or-town hint
is given ("Idlib" so hinted is still read as Idlib; since geo33 the spotter asks "X province" for
the province alone: tests/test_province_named_so.py). Where districts are second-level units
(Pakistan, Afghanistan), "X district" reads the unit by its own name as a town named after it
would be read, not a spelling of another name in the conflict country (Al-Karamah, Syria for
Kurram District). Pakistan's former tribal agencies, which GeoNames names "X Agency" and the
news "X district" or plain "X", are read by their own names too (Bujaru, Brazil for Bajaur
Agency).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature, ParsedQuery

PUBLISHED = date(2021, 6, 7)  # a Monday
# the unit-or-town hint (the spotter's before "countryside" and for "a X town") and the
# spotter's hint before "district"
PROVINCE = frozenset({Feature.ADMIN1, Feature.ADMIN2, Feature.REGION, Feature.CITY})
DISTRICT = frozenset({Feature.NEIGHBOURHOOD, Feature.ADMIN3})


def _placed(extractor: Extractor, text: str) -> set[tuple[str | None, str | None]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {(i.country_code, i.admin1) for i in r.incidents if i.latitude is not None}


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        (
            "Gunmen killed seven traders near Kolbetenga, a hamlet in the northern Soum province, on"
            " Saturday.",
            "BF",
            "Sahel",
        ),
        (
            "Jihadists attacked a gendarmerie post in Bam province on Friday, killing four gendarmes.",
            "BF",
            "Centre-Nord",
        ),
        (
            "Eleven civilians died when armed men raided Tiarkolgo, a village of Kossi province, on"
            " Thursday.",
            "BF",
            "Boucle du Mouhoun",
        ),
        (
            "A mine blast in Sourou province killed three soldiers on Sunday, the army said.",
            "BF",
            "Boucle du Mouhoun",
        ),
    ],
)
def test_a_province_is_no_namesake_town_abroad(
    extractor: Extractor, text: str, country: str, admin1: str
) -> None:
    assert _placed(extractor, text) == {(country, admin1)}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen killed five travellers in Kurram district on Tuesday, police said.", "PK"),
        ("Taliban fighters overran a checkpoint in Andar district on Monday, killing four policemen.", "AF"),
        ("A suicide bomber struck a mosque in Shinwar district on Friday, killing nine worshippers.", "AF"),
    ],
)
def test_a_district_is_read_as_the_unit_of_its_name(extractor: Extractor, text: str, country: str) -> None:
    assert {cc for cc, _ in _placed(extractor, text)} == {country}


@pytest.mark.parametrize(
    ("name", "hint", "place"),
    [
        ("Soum", PROVINCE, "geonames-admin2:BF.12.40"),
        ("Kurram", DISTRICT, "geonames-admin2:PK.03.1172574"),
        # a town in the unit asked for keeps its reading
        ("Idlib", PROVINCE, "geonames:169389"),
        ("Manbij", DISTRICT, "geonames:167357"),
    ],
)
def test_the_kind_word_picks_the_unit(
    geocoder: OfflineGeocoder, name: str, hint: frozenset[Feature], place: str
) -> None:
    best = geocoder.geocode(ParsedQuery(raw=name, name=name, feature_hint=hint), limit=1)[0]
    assert best.place.source_id == place, best.location


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # (the governorate itself since geo33, no longer the town Idlib: the unit is its own
        # first-level name, as OCHA, the gazetteer's preferred source, writes it)
        ("An air strike killed six people in a market in Idlib province on Friday.", "SY", "Idleb"),
        ("Bandits killed twelve villagers in Zamfara state on Sunday.", "NG", "Zamfara"),
        ("Jihadists killed eight soldiers in Mopti region on Monday.", "ML", "Mopti"),
    ],
)
def test_a_province_that_holds_its_town_reads_as_before(
    extractor: Extractor, text: str, country: str, admin1: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    # (the first-level unit the incident lies in, or is: OCHA files no admin1 on its own units)
    got = {
        (i.country_code, i.admin1 or i.location.split(", ")[0]) for i in r.incidents if i.latitude is not None
    }
    assert got == {(country, admin1)}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "A roadside bomb wounded four soldiers in Bajaur district on Wednesday, officials said.",
            "Bājaur Agency",
        ),
        ("Troops said they killed six insurgents in South Waziristan on Sunday.", "South Waziristan Agency"),
        ("Gunmen killed a tribal elder and his son in Khyber district on Thursday.", "Khyber Agency"),
    ],
)
def test_a_tribal_agency_is_read_by_its_own_name(extractor: Extractor, text: str, unit: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {(i.country_code, i.admin2) for i in r.incidents if i.latitude is not None} == {("PK", unit)}


@pytest.mark.parametrize(
    ("asked", "context", "unit"),
    [
        (
            "Orakzai district",
            "Militants stormed a checkpoint in Orakzai district overnight.",
            "Orakzai Agency",
        ),
        ("Mohmand Agency", "A drone strike hit a compound in Mohmand Agency.", "Mohmand Agency"),
        ("Bajaur", "Schools in Bajaur stayed shut after the blast.", "Bājaur Agency"),
    ],
)
def test_a_tribal_agency_is_found_by_the_geocoder(
    geocoder: OfflineGeocoder, asked: str, context: str, unit: str
) -> None:
    best = geocoder.geocode(asked, context=context, limit=1)[0]
    assert (best.place.country_code, best.place.admin2) == ("PK", unit), best.location
