"""State media's way of telling a town retaken: "army units restored security and stability to
X" is the government regaining territory at X. Before, with no toll and no fighting word beside
it ("after eliminating the last terrorists there"), the sentence reported no violence and X was
only mentioned.

Each rule on several differently worded sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 3, 16)  # a Saturday


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Government troops restored security to Kafr Hamra north of Aleppo on Monday after driving "
            "out the last militants, state media said.",
            "Kafr Hamra",
        ),
        (
            "Syrian army units restore stability to al-Sukhnah in the eastern countryside of Homs",
            "al-Sukhnah",
        ),
        ("The army has restored full security in Palmyra, the governor said on Tuesday.", "Palmyra"),
    ],
)
def test_security_restored_to_a_town_is_the_government_regaining_it(
    extractor: Extractor, text: str, name: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(name) == "event", roles
    assert r.incidents and r.incidents[0].sub_event_type == "Government regains territory"


def test_a_promise_to_restore_security_is_no_event(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text(
            "The new government promised to restore security to Kirkuk within a year.", published=PUBLISHED
        )
    )
    assert [m.role for m in r.mentions if m.text == "Kirkuk"] == ["mentioned"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister discussed restoring security in Daraa with tribal elders on Tuesday.",
        "The army must restore security in Bentiu before aid can resume, the UN said.",
        "The new plan is aimed at restoring security and stability to Kidal, officials said.",
    ],
)
def test_security_still_to_be_restored_is_no_event(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert not r.incidents, [(i.location, i.sub_event_type) for i in r.incidents]
