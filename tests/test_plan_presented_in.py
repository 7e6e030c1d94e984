"""Where a peace plan or proposal was put to the parties ("a peace roadmap presented in X", "a
ceasefire proposal unveiled in X") is a venue like that of talks, never the place of the fighting
the sentence tells, even as its only place. The sentences are ours."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 9, 17)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Fighting continued on several fronts on Wednesday as rival factions weighed a plan presented "
            "in Doha.",
            "Doha",
        ),
        (
            "Clashes went on around the capital on Friday, while both sides studied a ceasefire proposal "
            "unveiled "
            "in Addis Ababa.",
            "Addis Ababa",
        ),
        (
            "Heavy shelling was reported on three fronts as the rebels rejected a peace roadmap presented "
            "in Muscat.",
            "Muscat",
        ),
    ],
)
def test_a_plans_venue_is_no_event_place(extractor: Extractor, text: str, place: str) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "mentioned"


def test_the_fighting_named_beside_the_plan(extractor: Extractor) -> None:
    text = (
        "Clashes killed eleven fighters in Marib on Tuesday as a peace roadmap presented in Muscat stalled."
    )
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles["Marib"] == "event"
    assert roles["Muscat"] == "mentioned"
