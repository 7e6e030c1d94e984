"""The days of fighting that led up to a town's capture ("retook X on Sunday after weeks of
clashes", "restored security to X after days of fighting") are that capture's battle, one
incident, not a second one beside it at the same place and day.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 5, 14)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Army units restored security to Khan Shaykhun on Tuesday after days of fighting.",
            "Government regains territory",
        ),
        (
            "Insurgents seized the district centre of Chora on Monday after two weeks of heavy clashes.",
            "Non-state actor overtakes territory",
        ),
        (
            "Government forces recaptured Tall Rifaat on Sunday following several days of fierce fighting "
            "with militants.",
            "Government regains territory",
        ),
    ],
)
def test_the_fighting_before_a_capture_is_the_capture(extractor: Extractor, text: str, kind: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.sub_event_type for i in r.incidents] == [kind], [
        (i.location, i.sub_event_type) for i in r.incidents
    ]


def test_fighting_told_on_its_own_stays_an_incident(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text(
            "After weeks of fighting, clashes killed nine fighters near Chora on Monday.", published=PUBLISHED
        )
    )
    assert [i.sub_event_type for i in r.incidents] == ["Armed clash"]
