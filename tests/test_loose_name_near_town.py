"""A name the gazetteer knows only by a looser spelling, told near a town ("X near Y", "X, outside
Y", "X, close to the town of Y"), takes the town as its near-parent as a name the gazetteer lacks
does: a place so spelt far from Y is some other place, and Y stands in for X (a point near it,
ACLED geo_precision 2); a place so spelt beside Y is X. Sentences and misspellings of our own."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.offline import OfflineGeocoder, loosely_read, stands_in


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Gunmen stormed Kassorola, near Maiduguri, on Monday, killing four farmers, residents said.",
            "Kassorola",
            "Maiduguri",
        ),
        ("Bandits killed six villagers in Tangolbe near Gusau on Tuesday, police said.", "Tangolbe", "Gusau"),
        (
            "Jihadists attacked the village of Ngamdora close to the town of Diffa on Sunday, killing seven.",
            "Ngamdora",
            "Diffa",
        ),
        (
            "A roadside bomb killed three soldiers in Wassakoro, outside Kidal, on Tuesday.",
            "Wassakoro",
            "Kidal",
        ),
    ],
)
def test_a_loose_spelling_far_from_the_near_town_yields_to_the_town(
    extractor: Extractor, text: str, name: str, town: str
) -> None:
    found = extractor.extract(articles.from_text(text, published=date(2019, 3, 12)))
    assert len(found.incidents) == 1, [i.location for i in found.incidents]
    incident = found.incidents[0]
    assert incident.location.startswith(town), incident.location
    assert incident.place_text.startswith(name), incident.place_text
    assert incident.geo_precision == 2


@pytest.mark.parametrize(
    ("query", "place"),
    [
        ("Mantif near Saraqeb", "Mantaf"),
        ("Kwatarkwasi, outside Gusau", "Kwatarkwashi"),
        ("Kwatarkwasi, close to the town of Gusau", "Kwatarkwashi"),
    ],
)
def test_a_loose_spelling_beside_the_near_town_is_the_place(
    geocoder: OfflineGeocoder, query: str, place: str
) -> None:
    best = geocoder.geocode(query, limit=1)[0]
    assert best.place.name == place, best
    assert loosely_read(best) and not stands_in(best)


@pytest.mark.parametrize(
    "query", ["Kassorola near Maiduguri", "Tangolbe, outside Gusau", "Zangobe near Diffa"]
)
def test_a_loose_spelling_far_from_the_near_town_is_no_reading(geocoder: OfflineGeocoder, query: str) -> None:
    found = geocoder.geocode(query, limit=3)
    assert found and all(stands_in(c) for c in found), found
    assert found[0].precision.geo_precision == 2
