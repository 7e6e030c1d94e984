"""A unit the text names with a lower-case "county", "territory", "department" or "prefecture"
after its name is the unit, not the town named after it (capitalised, the word is part of a
name the spot holds: "Cook County", "Yukon Territory").

Kenya's counties are first-level units: "Lamu county" was the town Lamu. A unit no town lies in,
which the gazetteer files only with its kind word ("Walikale territory", "Irumu territory"), is
spotted and read so ("territory" is one of those kind words now; "Walikale territory" had been
Wallkill, New York, "Irumu territory" a Syrian spelling); a parent the text names "the X
territory" is the territory, not the town ("a village in the Djugu territory" stood at the town
Djugu).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.phrases import parse_query
from incident_explorer.places.place import Feature
from incident_explorer.places.spelling import normalise

PUBLISHED = date(2020, 3, 9)  # a Monday


def _event_places(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [
        (m.text, m.candidate.place.feature.value, m.candidate.place.country_code)
        for m in r.mentions
        if m.role == "event" and m.candidate is not None
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab fighters killed three men in Lamu county on Tuesday night, police said.",
        "Suspected militants ambushed a police patrol in Mandera county on Friday, killing two officers.",
        "A roadside bomb hit a bus in Garissa county on Sunday, wounding six passengers.",
    ],
)
def test_a_kenyan_county_is_the_county(extractor: Extractor, text: str) -> None:
    [(_, feature, country)] = _event_places(extractor, text)
    assert (feature, country) == (Feature.ADMIN1.value, "KE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen killed 12 villagers in Walikale territory on Monday, local officials said.", "Walikale"),
        ("ADF rebels killed eight civilians with machetes in Irumu territory overnight.", "Irumu"),
        ("Mai-Mai militiamen killed four soldiers in an ambush in Fizi territory on Sunday.", "Fizi"),
    ],
)
def test_a_territory_filed_with_its_kind_word_is_read(extractor: Extractor, text: str, name: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    # (every mention with its role, reason and reading: this failed once on CI alone, where the
    # suite passes on every machine of ours, and the output is all we have of that machine)
    seen = [(m.text, m.role, m.reason, m.candidate and m.candidate.place.source_id) for m in r.mentions]
    assert _event_places(extractor, text) == [(name, Feature.ADMIN2.value, "CD")], seen


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen attacked a camp for displaced people at Zzyzangu in the Djugu territory on Tuesday,"
        " killing 22.",
        "Gunmen killed six people in Zzyzangu, a village in the Djugu territory of Ituri, on Monday.",
        "CODECO fighters raided Zzyzangu in the Djugu territory overnight, killing nine, officials said.",
    ],
)
def test_a_territory_as_the_parent_stands_in(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [(i.admin2, i.place_source) for i in r.incidents] == [("Djugu", "geonames-admin2:CD.17.05")]


@pytest.mark.parametrize(
    ("asked", "country"),
    [("Walikale territory", "CD"), ("Irumu territory", "CD"), ("Mahagi territory", "CD")],
)
def test_the_geocoder_reads_a_territory_by_its_kind_word(
    geocoder: OfflineGeocoder, asked: str, country: str
) -> None:
    found = geocoder.geocode(asked, context="Congo", limit=1)
    # (what the index and the geocoder hold of the name, should this fail again: see above)
    assert found, (
        parse_query(asked),
        geocoder.gazetteer.exact(normalise(asked), loose=True),
        [c.place.source_id for c in geocoder.geocode(asked, limit=3)],
        # whether the fixtures still read the one index file the run opened
        (id(geocoder.gazetteer), str(geocoder.gazetteer.path), geocoder.gazetteer.path.exists()),
        len(geocoder.gazetteer._exact_cache),
    )
    best = found[0]
    assert (best.place.feature, best.place.country_code) == (Feature.ADMIN2, country), best.location
