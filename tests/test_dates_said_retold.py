"""A speech day ("X said on Sunday that it had captured Y") is when the event was told; the next
sentence that tells the same event again with a day of its own ("The town fell on Saturday")
dates it, and the report has one incident, not one on each day."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

# a Sunday: Saturday is 3 August, Friday 2 August
PUBLISHED = date(2024, 8, 4)


def _days(extractor: Extractor, text: str) -> list[tuple[str, date | None]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [(i.location.split(",")[0], i.event_date) for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "Militants said on Sunday that they had overrun an army post in Kidal. "
            "The group said the post fell on Saturday after hours of fighting.",
            "Kidal",
            date(2024, 8, 3),
        ),
        (
            "Officials said on Sunday that gunmen had shot dead five farmers near Beni. "
            "The attack took place on Friday evening, they said.",
            "Beni",
            date(2024, 8, 2),
        ),
        (
            "The interior ministry announced on Sunday that a bomb had exploded outside a police station "
            "in Marib. The blast occurred on Saturday night and wounded three officers.",
            "Ma'rib",
            date(2024, 8, 3),
        ),
    ],
)
def test_the_next_sentence_dates_an_event_told_on_a_speech_day(
    extractor: Extractor, text: str, place: str, day: date
) -> None:
    found = _days(extractor, text)
    assert [d for p, d in found if place in p] == [day], found


@pytest.mark.parametrize(
    "text",
    [
        # another act on the earlier day, not the killing told again
        "Officials said on Sunday that gunmen had shot dead five farmers near Beni. "
        "The army launched a sweep of the surrounding hills on Friday.",
        # another place: its own event
        "Officials said on Sunday that gunmen had shot dead five farmers near Beni. "
        "The gunmen had attacked Butembo on Friday.",
        # another kind of event on the earlier day
        "Officials said on Sunday that gunmen had shot dead five farmers near Beni. "
        "They had been kidnapped on Friday.",
    ],
)
def test_the_speech_day_stays_without_the_event_told_again(extractor: Extractor, text: str) -> None:
    found = _days(extractor, text)
    assert PUBLISHED in [d for p, d in found if "Beni" in p], found


@pytest.mark.parametrize(
    "text",
    [
        # an event word of its kind that tells another event of that kind: two incidents, one a day
        "Officials said on Sunday that gunmen had killed five farmers near Beni. "
        "They killed three more on Friday.",
        "Police said on Sunday that a bomb had killed four people in Beni. The bombing was the second in "
        "the city after a blast on Friday.",
        "Militants said on Sunday that they had overrun an army post near Beni. The post had been attacked "
        "on Friday too.",
    ],
)
def test_another_event_of_its_kind_keeps_its_own_day(extractor: Extractor, text: str) -> None:
    found = [d for p, d in _days(extractor, text) if "Beni" in p]
    assert date(2024, 8, 2) in found and PUBLISHED in found, found
