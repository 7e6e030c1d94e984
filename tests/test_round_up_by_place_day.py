"""A round-up is told by its places and days: the report model weighs a report whose placed
incidents, however many, stand at fewer than five different places or days (one town's incident
told again in the headline, the lead and a later line is one), and leaves a round-up of five or
more (salience.acts_on).

Reports of our own, none from tests/wire/.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Incident
from incident_explorer.extraction.salience import acts_on, placed_incidents

MONDAY = date(2019, 3, 4)


@pytest.fixture(scope="module")
def one(rules: Extractor) -> Incident:
    r = rules.extract(
        articles.from_text("Air strikes hit Ariha on Monday, killing three people.\n", published=MONDAY)
    )
    return placed_incidents(r.incidents)[0]


def _incidents(one: Incident, told: list[tuple[str, int]]) -> list[Incident]:
    return [
        replace(one, place_source=source, event_date=MONDAY - timedelta(days=back)) for source, back in told
    ]


@pytest.mark.parametrize(
    ("told", "weighed"),
    [
        # one town told three times on its day, a town beside it, a town across the border
        ([("a", 0), ("a", 0), ("a", 0), ("b", 0), ("c", 1)], True),
        # two towns told twice each and a third: three places, five incidents
        ([("a", 0), ("b", 0), ("a", 0), ("b", 0), ("c", 0)], True),
        # one town struck on five days: a round-up of its week
        ([("a", 0), ("a", 1), ("a", 2), ("a", 3), ("a", 4)], False),
        # five towns on one day
        ([("a", 0), ("b", 0), ("c", 0), ("d", 0), ("e", 0)], False),
        # a report's only incident is never weighed
        ([("a", 0)], False),
    ],
)
def test_a_round_up_counts_places_and_days(one: Incident, told: list[tuple[str, int]], weighed: bool) -> None:
    assert acts_on(_incidents(one, told)) is weighed
