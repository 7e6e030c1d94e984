"""A name the spotter knows only by a spelling alike, with no reading in the country named right
after it ("attacked X in Cameroon"), is a place the gazetteer lacks in that country: the country
stands in for it, as it does for a name spotted unknown ("in X in Cameroon"), and the incident's
place text names it. Before, a country was no stand-in on this path, so the name went unread
(the incident at the bare country, or unplaced).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 9, 20)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen raided Talataye in Mali overnight, killing four herders.", "Talataye", "ML"),
        ("Militants stormed Amchide in Cameroon on Friday, killing three soldiers.", "Amchide", "CM"),
        ("Suicide bombers struck Kordo in Chad on Friday, killing three fishermen.", "Kordo", "TD"),
        (
            "Jihadists besieged Talataye in Mali for a week, killing two villagers on Monday.",
            "Talataye",
            "ML",
        ),
        (
            "Rebels shelled Bandongo in the Central African Republic on Friday, killing three.",
            "Bandongo",
            "CF",
        ),
    ],
)
def test_the_country_named_after_it_stands_in_for_the_name(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    found = extractor.extract(from_text(text, published=PUBLISHED))
    mention = next(m for m in found.mentions if m.text == name)
    assert mention.role == "event"
    assert mention.candidate is not None and mention.candidate.place.country_code == country
    assert [i.place_text.split(" (")[0] for i in found.incidents] == [name]
