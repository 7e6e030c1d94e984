"""A sentence that tells no event of its own but one a day or two before it ("The governor
visited troops in X, a day after militants killed six soldiers") reports that event, at the
place the sentence names. Beside an event of the sentence's own, such an aside is an event of
its own, a day before ("Jets bombed Y on Monday, a day after rebels shelled Z": Y on Monday, Z
on Sunday; tests/test_day_after_aside_beside.py, eighteenth session).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 5, 14)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The army chief visited troops in Miranshah, a day after militants killed five soldiers.",
            "Miranshah",
        ),
        (
            "The state governor toured Damaturu on Wednesday, two days after gunmen killed 11 traders.",
            "Damaturu",
        ),
        (
            "The interior minister arrived in Kidal on Friday, a day after a car bomb tore through a market.",
            "Kidal",
        ),
    ],
)
def test_an_event_a_day_before_is_what_a_sentence_without_one_reports(
    extractor: Extractor, text: str, name: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.place_reason.split("'")[1] for i in r.incidents] == [name], [
        (i.location, i.place_reason) for i in r.incidents
    ]


def test_beside_an_event_of_its_own_the_aside_is_one_of_its_own(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text(
            "Jets bombed Binnish on Monday, killing six, a day after rebels shelled a market in Sarmin.",
            published=PUBLISHED,
        )
    )
    assert [(i.place_reason.split("'")[1], i.event_date) for i in r.incidents] == [
        ("Binnish", date(2021, 5, 10)),
        ("Sarmin", date(2021, 5, 9)),
    ]


def test_the_event_is_dated_the_days_before_the_sentences_day(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text(
            "The state governor toured Damaturu on Wednesday, two days after gunmen killed 11 traders.",
            published=PUBLISHED,  # a Friday
        )
    )
    assert [i.event_date for i in r.incidents] == [date(2021, 5, 10)]
