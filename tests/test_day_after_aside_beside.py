"""An event told ", a day after" or ", two days after" beside the sentence's own event ("Jets
bombed X on Monday, a day after rebels shelled a market in Y") is news of the report's last few
days with a day of its own (the wire set's rule since the seventeenth session): an incident at
Y, dated that many days before the sentence's day, beside the one at X. One told a week, a
month or a year before (", a year after troops retook Y", ", a week after a car bomb in Y")
stays background.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("published", "text", "own", "aside", "day"),
    [
        (
            date(2019, 4, 10),
            "Troops shelled Kafr Zita on Tuesday, killing four civilians, a day after rebel drones"
            " struck an army post in Suqaylabiyah, a monitor said.",
            "Kafr Zaytā",
            "As-Suqaylabiyah",
            date(2019, 4, 8),
        ),
        (
            date(2022, 2, 14),
            "Gunmen killed seven villagers near Bankass on Sunday, two days after soldiers clashed"
            " with militants in Koro, officials said.",
            "Bankass",
            "Koro",
            date(2022, 2, 11),
        ),
        (
            date(2021, 3, 12),
            "An air strike hit a market in Marib on Thursday, wounding 12, a day after Houthi"
            " fighters shelled a camp in Sirwah.",
            "Ma'rib",
            "Sūq Şirwāḩ",
            date(2021, 3, 10),
        ),
    ],
)
def test_an_event_a_day_or_two_before_beside_the_sentences_own_is_an_incident_too(
    extractor: Extractor, published: date, text: str, own: str, aside: str, day: date
) -> None:
    r = extractor.extract(articles.from_text(text, published=published))
    got = [(i.location.split(",")[0], i.event_date) for i in r.incidents]
    assert any(name == own for name, _ in got), got
    assert (aside, day) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed Binnish on Monday, killing six, a year after troops retook Sarmin.",
        "Jets bombed Binnish on Monday, killing six, a week after a car bomb killed ten in Sarmin.",
        "Jets bombed Binnish on Monday, killing six, months after rebels shelled a market in Sarmin.",
    ],
)
def test_one_told_longer_before_stays_background(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2021, 5, 14)))
    assert [i.location.split(",")[0] for i in r.incidents] == ["Binnish"]
