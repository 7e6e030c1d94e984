"""A fight's word told to have driven a counted crowd out ("The offensive has displaced more
than 80,000 people since March", "the campaign has uprooted nearly 300,000") counts the
displaced: the campaign's summary, often an agency's statement, not an act at a place. Before,
such a sentence became an armed clash at the place the report had told before it.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 5, 14)  # a Tuesday


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded in the market of Azaz on Tuesday, killing five people, the civil defence"
        " said.\n\n"
        "The Turkish-backed offensive has displaced more than 80,000 people since early March, the United"
        " Nations said in Geneva.",
        "Jets bombed a bakery in Kafranbel on Monday, killing seven, rescuers said.\n\n"
        "The Russian-backed assault has driven more than 60,000 civilians from their homes since late April,"
        " the UN said in a statement.",
        "Rebels shelled Suqaylabiyah on Sunday, wounding four civilians, state media said.\n\n"
        "The battle for the province has already forced some 120,000 residents from their homes since"
        " late April, aid groups said.",
    ],
)
def test_a_count_of_the_displaced_is_no_incident(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert len(r.incidents) == 1, [(i.event_type, i.location) for i in r.incidents]
    assert not any(i.event_type == "Battles" for i in r.incidents), [i.event_type for i in r.incidents]


def test_a_clash_with_its_day_that_displaced_people_is_kept(extractor: Extractor) -> None:
    text = "Clashes in Tal Tamr on Monday displaced 2,000 villagers, the Kurdish Red Crescent said."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.location[:8] for i in r.incidents] == ["Tall Tam"], [i.location for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the act's place and day told after the crowd: the act that day, kept (found by review rev24)
        (
            "Heavy fighting forced thousands of residents to flee Tal Abyad on Wednesday, witnesses said.",
            "Tall Abya",
        ),
        (
            "Shelling sent tens of thousands fleeing from Maarat al-Numan overnight, residents said.",
            "Ma‘arrat",
        ),
        (
            "Renewed fighting drove tens of thousands of villagers out of their homes in Beni on Saturday.",
            "Beni",
        ),
    ],
)
def test_an_act_told_after_the_crowd_is_kept(extractor: Extractor, text: str, town: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.location[: len(town)] for i in r.incidents] == [town], [i.location for i in r.incidents]
