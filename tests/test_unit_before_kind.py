"""A province or district named before a kind word after "a/an" ("a South Kivu town", "an Idlib
village") says where an unnamed town lies: the name is read as the unit, not as a town of that
name (there is none: it was unresolved, or a namesake abroad, Borno in Italy).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Shelling hit a South Kivu town on Friday, killing six.", "South Kivu, Democratic Republic"),
        ("Gunmen attacked a Borno village on Sunday night, killing 12.", "Borno, Nigeria"),
        ("Tenkodora, a North Kivu town, was shelled by rebels on Friday.", "Nord Kivu, Democratic Republic"),
    ],
)
def test_a_unit_before_a_kind_word_is_the_unit(extractor: Extractor, text: str, unit: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2022, 6, 3)))
    assert [i.location for i in r.incidents if not i.location.startswith(unit)] == []
    assert r.incidents
