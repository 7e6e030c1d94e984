"""A past-tense event sentence with no day of its own goes on telling the report: it is of the day
the report told before it (a narrative reference time), not of the publication day. Present
statements, perfects, spans "since", a later sentence's own day and events counted from another
keep their own readings."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.dates import DateMention, narrative_day
from incident_explorer.extraction.pipeline import Extractor

# a Sunday: Friday is 2 August, Tuesday 30 July
PUBLISHED = date(2024, 8, 4)
FRIDAY = DateMention(0, 9, "on Friday", date(2024, 8, 2), date(2024, 8, 2), 1, 1, "Friday")


def _days(extractor: Extractor, text: str) -> dict[str, date | None]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {i.location.split(",")[0]: i.event_date for i in r.incidents}


@pytest.mark.parametrize(
    "text",
    [
        "In Tikrit, to the north, militants and police clashed briefly before the gunmen withdrew.",
        "A mortar bomb also hit a market in nearby Saraqib, wounding four people.",
        "Gunmen on motorcycles were seen fleeing after they shot dead a trader in Gao.",
    ],
)
def test_a_dayless_past_sentence_takes_the_day_told_before(text: str) -> None:
    d = narrative_day(text, 100, FRIDAY)
    assert d is not None
    assert (d.date_start, d.date_prec) == (date(2024, 8, 2), 1)  # the precision of the day it came from


@pytest.mark.parametrize(
    "text",
    [
        "The army says it controls the roads around Tikrit.",  # a present statement
        "Saraqib has been hit repeatedly since 2014.",  # background, a perfect and a span
        "Fighting continues on the outskirts of Gao.",  # present
        "The raid came two days after gunmen killed a trader in Gao.",  # counted from another event
        "Police later raided homes in Saraqib.",  # another time
        "Militants had stormed the town in March.",  # a pluperfect: an earlier act
        "Rebels will attack the town, a commander warned.",  # to come
    ],
)
def test_guards_keep_their_own_reading(text: str) -> None:
    assert narrative_day(text, 100, FRIDAY) is None


def test_nothing_told_before_is_nothing_carried() -> None:
    assert narrative_day("Militants clashed with police in Tikrit.", 0, None) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Government shelling killed six civilians in Idlib on Friday, the monitor said. "
            "Regime helicopters also dropped barrel bombs on Saraqib, killing a man and his wife.",
            "Saraqib",
        ),
        (
            "Militants stormed a police post in Baqubah on Friday, killing four officers. "
            "A roadside bomb struck an army patrol near Samarra, wounding three soldiers, police said.",
            "Sāmarrā’",
        ),
        (
            "A car bomb exploded at a market in Kirkuk on Friday, killing nine people. "
            "In Tikrit, gunmen shot dead two policemen at a checkpoint.",
            "Tikrīt",
        ),
    ],
)
def test_the_second_incident_is_of_the_leads_day(extractor: Extractor, text: str, place: str) -> None:
    # each had been of the publication day, Sunday
    assert _days(extractor, text).get(place) == date(2024, 8, 2)


def test_a_later_sentence_with_its_own_day_keeps_it(extractor: Extractor) -> None:
    days = _days(
        extractor,
        "Air strikes killed nine people in Kirkuk on Friday, residents said. "
        "Militants and police clashed in Tikrit on Tuesday, leaving two dead.",
    )
    assert days.get("Tikrit") in (date(2024, 7, 30), None)
