"""A later sentence's "N of them" ("Two of the wounded were taken to a hospital, where one of them
died later") is a share of the people the event's earlier sentences counted, not the event's toll:
told as one more killed figure, it tied with the toll and, the lower on a tie, replaced it. Within
one sentence ("wounded 15, and 2 of them died") the figure is still a count of its own.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 5, 14)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On Tuesday, a car bomb exploded near a market in the town of Azaz, killing three people and"
            " wounding"
            " nine, according to the White Helmets.\n\nTwo of the wounded were taken to a hospital in"
            " Kilis, across"
            " the border in Turkey, where one of them died later, a health official said.",
            3,
        ),
        (
            "Gunmen stormed a wedding in Sokoto on Saturday, killing 11 guests and wounding 20, police"
            " said.\n\n"
            "Most of the wounded were rushed to a clinic in the city, where three of them died later.",
            11,
        ),
        (
            "A mortar round hit a school in Daraa on Monday, killing two pupils and wounding eight.\n\n"
            "The wounded were flown to Damascus, and one of them was killed when the convoy came under fire,"
            " the health ministry said.",
            2,
        ),
    ],
)
def test_a_share_told_later_keeps_the_toll(extractor: Extractor, text: str, killed: int) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert r.incidents
    assert r.incidents[0].fatalities.best == killed, [(i.location, i.fatalities) for i in r.incidents]


def test_of_them_in_its_own_sentence_is_still_counted(extractor: Extractor) -> None:
    text = "Shelling on Douma on Friday wounded 15 people, and two of them died in hospital, medics said."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert r.incidents and r.incidents[0].fatalities.best == 2, [i.fatalities for i in r.incidents]
