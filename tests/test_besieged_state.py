"""'Besieged' before a noun ("the besieged town of X", "reached the besieged towns") tells a state,
not an act: before, it made a sentence about an aid convoy or an appeal report a battle at X.
The verb ("rebels besieged X", "after days of besieging X") still tells one.

Each rule on several differently worded sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2017, 11, 9)  # a Thursday


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A convoy of 25 UN trucks carrying flour and vaccines entered the besieged town of Douma on "
            "Wednesday, the Red Crescent said.",
            "Douma",
        ),
        (
            "The World Food Programme said in Geneva on Wednesday that its staff had not reached the "
            "besieged city of Deir al-Zor by road for two years and that airdrops would go on.",
            "Deir al-Zor",
        ),
        (
            "Residents of besieged Madaya queued on Tuesday for the first bread delivered in months, "
            "the UN children's agency said.",
            "Madaya",
        ),
    ],
)
def test_a_besieged_place_named_by_aid_or_an_appeal_is_no_event_place(
    extractor: Extractor, text: str, name: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(name) not in (None, "event"), roles
    assert not r.incidents, [(i.location, i.sub_event_type) for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Islamic State fighters besieged Deir al-Zor's airport on Wednesday, a monitor said.",
            "Deir al-Zor",
        ),
        (
            "After three days of besieging Tal Afar, the militia's fighters entered the town on Wednesday, "
            "a commander said.",
            "Tal Afar",
        ),
        ("Rebels have besieged Foua since Wednesday, cutting the road from Idlib, residents said.", "Foua"),
    ],
)
def test_besieging_a_place_is_still_an_act_there(extractor: Extractor, text: str, name: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(name) == "event", roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mortar Shells Kill Four Children In Besieged Foua", "Foua"),
        ("Sniper Fire Wounds Nurse On The Outskirts Of Besieged Deir al-Zor", "Deir al-Zor"),
        ("Air Strikes Pound The Besieged Town Of Kafr Batna, Killing Eleven", "Kafr Batna"),
    ],
)
def test_a_title_case_headline_reads_besieged_as_no_part_of_the_name(
    extractor: Extractor, text: str, name: str
) -> None:
    # read in sentence style, "Besieged" is no event word after a preposition or an article; left
    # capitalised, it joined the name after it ("Besieged Foua", an unknown place)
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(name) == "event", roles
