"""A named site told from a town by a bearing ("the X airfield south of Y", "the X junction north of
Y", "the X oil field west of Y", "the town of X and its prison northwest of Y") says where the site
lies: Y is its landmark, not a second event place. An unnamed site told so ("a checkpoint south
of Y") has no place but Y, which stays the event place."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 6, 5)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    found = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in found.mentions}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "A roadside bomb hit a supply convoy near the Shindand airfield south of Herat on Tuesday, "
            "killing two drivers.",
            "Herat",
        ),
        (
            "Gunmen opened fire on a bus at the Tapuah junction north of Ramallah on Friday, wounding "
            "three passengers.",
            "Ramallah",
        ),
        (
            "Rockets struck the Bai Hassan oil field west of Kirkuk overnight, setting a storage tank "
            "on fire and wounding two workers.",
            "Kirkuk",
        ),
    ],
)
def test_the_town_a_named_site_is_told_from_is_its_landmark(
    extractor: Extractor, text: str, town: str
) -> None:
    assert roles(extractor, text)[town] == "mentioned"


def test_an_unnamed_site_leaves_the_town_the_event_place(extractor: Extractor) -> None:
    text = "A suicide bomber blew himself up at an army checkpoint south of Kirkuk on Sunday, killing four."
    assert roles(extractor, text)["Kirkuk"] == "event"
