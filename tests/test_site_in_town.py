"""A site the text puts in or near a town ("the X airport in Y", "the X bridge near Y") is no
event place of its own where no place of its name is read near that town: X is often a person's
name, which the gazetteer reads nowhere (an unplaced incident beside the town's) or as a village
far off (an incident hundreds of km away); the town is where it happened. A site named after a
place that lies there keeps its place.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 4, 12)


def _places(extractor: Extractor, text: str) -> list[str]:
    found = extractor.extract(from_text(text, published=PUBLISHED))
    return [i.location.split(",")[0] for i in found.incidents]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen shot dead two guards at the Jorge Chavez airport in Lima on Monday.", "Lima"),
        ("Gunmen opened fire at the Simon Bolivar airport in Caracas on Friday, killing a guard.", "Caracas"),
        ("Gunmen opened fire near the Jinnah airport in Karachi on Friday, killing two.", "Karachi"),
        (
            "Gunmen attacked migrants on the Simon Bolivar bridge near Cucuta on Saturday, killing two.",
            "Cúcuta",
        ),
        # a camp is such a site too (`unknown_places.SITE_KINDS`, the one list of them)
        ("Gunmen attacked the Kasimbeli military camp in the town of Beni on Friday, killing six.", "Beni"),
        ("Gunmen raided the Mwenda refugee camp outside the city of Goma on Sunday, killing three.", "Goma"),
        (
            "A bomb exploded at the Kabiru army camp in the town of Damboa on Friday, killing four soldiers.",
            "Damboa",
        ),
    ],
)
def test_the_town_is_the_only_event_place(extractor: Extractor, text: str, town: str) -> None:
    assert _places(extractor, text) == [town]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Rockets hit the Tiyas airbase in Homs province on Monday, wounding two.", "Tiyas"),
        (
            "A bomb exploded near the Benito Juarez airport in Mexico City on Monday, killing three.",
            "Benito Juárez",
        ),
    ],
)
def test_a_site_named_after_a_place_there_keeps_it(extractor: Extractor, text: str, site: str) -> None:
    assert _places(extractor, text)[0] == site
