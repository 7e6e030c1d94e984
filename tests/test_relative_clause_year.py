"""A year told in a relative clause about who was hit dates that clause only: the sentence's own
verb after it ("Villagers who fled X in 2018 were attacked in Y on Sunday") reports this week's
event, not one of that year. (The aside's time had set every event word after it aside, and the
sentence reported no event.) Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_places

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 4, 8)


def _events(extractor: Extractor, text: str) -> list[str]:
    return event_places(extractor, PUBLISHED, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Villagers who were displaced from Djibo in 2018 were attacked in Kaya on Sunday.", "Kaya"),
        ("Three fighters who fled Idlib in 2018 were killed in an air strike on Ariha on Sunday.", "Ariha"),
        ("Two officers who joined the force in 2015 were shot dead in Quetta on Monday.", "Quetta"),
        ("Families who returned to Kidal in 2017 were caught in fighting near Anefis on Saturday.", "Anefis"),
    ],
)  # fmt: skip
def test_the_verb_after_a_relative_clause_with_a_year_reports_the_event(
    extractor: Extractor, text: str, place: str
) -> None:
    assert place in _events(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the event word inside the aside, after its year, is still that year's
        "The bridge, which was cut in November 2015 during fighting between rebels and the army, "
        "reopened in Rutshuru on Monday.",
        "The road, which has been closed since 2016 after clashes near Kidal, reopened on Monday.",
    ],
)
def test_an_event_word_inside_the_aside_stays_that_years(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []
