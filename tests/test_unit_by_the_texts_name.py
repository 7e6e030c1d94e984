"""A province the text names as another source spells it still holds the town named before it
("Harasta in Rif Dimashq": GeoNames files Harasta under "Rif-dimashq", while the text's name
met OCHA's "Rural Damascus" by an alternate name, whose own name and codes told nothing): the
province is context for the town, not a second incident at the province's middle.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 2, 20)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Shelling hit Harasta in Rif Dimashq on Monday, killing two children.", "Ḩarastā"),
        ("Air strikes on Douma in Rif Dimashq killed ten civilians, rescuers said.", "Dūmā"),
        ("Three civilians were killed by rocket fire on Kafr Batna in Rif Dimashq.", "Kafr Baţnā"),
    ],
)
def test_a_province_named_as_the_towns_source_files_it_is_context(
    extractor: Extractor, text: str, town: str
) -> None:
    found = extractor.extract(from_text(text, published=PUBLISHED))
    unit = next(m for m in found.mentions if m.text == "Rif Dimashq")
    assert unit.role == "mentioned"
    assert [i.location.split(",")[0] for i in found.incidents] == [town]
