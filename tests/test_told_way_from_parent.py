"""A place the text tells the way to from another ("X, 30 km east of Y") is not a reading of its
name that lies the other way from Y, however near: the point the text tells stands in for it
("Kuweires, 30 km east of Aleppo" had been the village Kuwayris, 55 km south-west of Aleppo in
Idlib). A reading that lies the way told keeps the name.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.distance import bearing_between

PUBLISHED = date(2016, 12, 1)


@pytest.mark.parametrize(
    ("text", "name", "parent"),
    [
        ("Rebels shelled Kuweires, 30 km east of Aleppo, killing two soldiers.", "Kuweires", "Aleppo"),
        ("Air strikes hit Maarat al-Numan, 30 km east of Homs, killing five.", "Maarat al-Numan", "Homs"),
        ("Shelling killed two in Kafr Nabl, 20 km south of Hama, on Monday.", "Kafr Nabl", "Hama"),
    ],
)
def test_a_reading_the_other_way_is_no_reading(
    extractor: Extractor, text: str, name: str, parent: str
) -> None:
    (incident,) = extractor.extract(from_text(text, published=PUBLISHED)).incidents
    assert incident.place_text.startswith(f"{name} (not in gazetteer; placed ")
    assert parent in incident.place_text


def test_a_reading_the_way_told_keeps_the_name(extractor: Extractor) -> None:
    text = "Shelling killed two in Kafr Nabl, 20 km west of Maarat al-Numan, on Monday."
    (incident,) = extractor.extract(from_text(text, published=PUBLISHED)).incidents
    assert incident.location.startswith("Kafranbel")


def test_bearings() -> None:
    assert round(bearing_between(0.0, 0.0, 0.0, 1.0)) == 90
    assert round(bearing_between(0.0, 0.0, -1.0, 0.0)) == 180
    assert round(bearing_between(10.0, 10.0, 10.0, 9.0)) == 270


@pytest.mark.parametrize(
    ("text", "name", "parent"),
    [
        # the way told after a distance "to the": "30 km to the east of Y"
        (
            "Rebels shelled Kuweires, about 30 km to the east of Aleppo, killing two soldiers.",
            "Kuweires",
            "Aleppo",
        ),
        (
            "Gunmen raided Kafr Nabl, about 20 km to the south of Hama, on Monday, killing three.",
            "Kafr Nabl",
            "Hama",
        ),
        # ... or after what the place is, by a kind word the unknown-place readers know
        (
            "Shelling killed two in Kafr Nabl, a settlement 20 km south of Hama, on Monday.",
            "Kafr Nabl",
            "Hama",
        ),
        (
            "Rebels shelled Kuweires, a locality 25 km north-east of Aleppo, killing two soldiers.",
            "Kuweires",
            "Aleppo",
        ),
    ],
)
def test_the_way_is_read_as_the_unknown_place_readers_read_it(
    extractor: Extractor, text: str, name: str, parent: str
) -> None:
    """One pattern tells the way for both: what places a name the gazetteer lacks the way told
    (`unknown_places.told_way`) rules out a reading of a name the other way."""
    (incident,) = extractor.extract(from_text(text, published=PUBLISHED)).incidents
    assert incident.place_text.startswith(f"{name} (not in gazetteer; placed ")
    assert parent in incident.place_text
