"""Dates named by their month alone ("in March", "last January"): the latest such month up to
publication, at month precision (issue 11)."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.dates import find_dates
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 5, 5)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Government forces retook the town in March after weeks of fighting.",
            date(2018, 3, 1),
            date(2018, 3, 31),
        ),
        ("The rebels were driven out last January, residents recall.", date(2018, 1, 1), date(2018, 1, 31)),
        ("A similar bombing in early August killed dozens.", date(2017, 8, 1), date(2017, 8, 31)),
        ("The siege began during Dec. and ended in the spring.", date(2017, 12, 1), date(2017, 12, 31)),
        ("Talks collapsed in May, a diplomat said.", date(2018, 5, 1), PUBLISHED),
        ("The camp was shelled last May as well.", date(2017, 5, 1), date(2017, 5, 31)),
    ],
)
def test_a_month_alone_is_the_latest_such_month_up_to_publication(text: str, start: date, end: date) -> None:
    (found,) = find_dates(text, PUBLISHED)
    assert (found.date_start, found.date_end, found.time_precision, found.date_prec) == (start, end, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined in march through the capital on Monday.",
        "Fighters by may have left the area.",
        "A car bomb exploded on March 3, killing nine.",
        "The offensive began in March 2016.",
    ],
)
def test_a_month_word_in_lower_case_or_with_a_day_or_year_is_no_month_alone(text: str) -> None:
    assert not any(d.reason.endswith("the latest up to publication") for d in find_dates(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("A car bomb killed nine people in Azaz in January, a monitor said.", date(2018, 1, 1)),
        ("Islamic State fighters killed 12 soldiers near Palmyra last March.", date(2018, 3, 1)),
        ("In February, air strikes on Douma killed 30 civilians, the report said.", date(2018, 2, 1)),
    ],
)
def test_an_incident_told_by_its_month_is_dated_to_that_month(
    extractor: Extractor, text: str, month: date
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert r.incidents
    assert all((i.event_date, i.date_prec, i.time_precision) == (month, 4, 3) for i in r.incidents)
