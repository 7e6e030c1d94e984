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
        ("A similar bombing in early February killed dozens.", date(2018, 2, 1), date(2018, 2, 28)),
        ("The siege tightened during Jan. and ended in the spring.", date(2018, 1, 1), date(2018, 1, 31)),
        (
            "Militants stormed a police station in late December, killing 9.",
            date(2017, 12, 1),
            date(2017, 12, 31),
        ),
        ("Talks collapsed in May, a diplomat said.", date(2018, 5, 1), PUBLISHED),
        ("The camp was shelled last May as well.", date(2017, 5, 1), date(2017, 5, 31)),
        ("The camp was shelled last August as well.", date(2017, 8, 1), date(2017, 8, 31)),
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


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The town had been seized by Islamic State in March last year.",
            date(2017, 3, 1),
            date(2017, 3, 31),
        ),
        ("In October of last year, a car bomb killed 30 people.", date(2017, 10, 1), date(2017, 10, 31)),
        ("Talks began in January this year.", date(2018, 1, 1), date(2018, 1, 31)),
    ],
)
def test_a_month_with_its_year_named_relatively(text: str, start: date, end: date) -> None:
    found = [d for d in find_dates(text, PUBLISHED) if d.date_prec == 4]
    assert [(d.date_start, d.date_end) for d in found] == [(start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "The attack was condemned by May and by opposition leaders.",
        "Elections are due in June and violence is expected to rise.",
        "The governor said security would improve until December.",
        "A summit is planned for March next year.",
    ],
)
def test_a_name_a_deadline_or_a_later_month_is_no_past_month(text: str) -> None:
    assert not [d for d in find_dates(text, PUBLISHED) if d.date_prec == 4]


def test_a_month_an_offensive_was_launched_in_is_its_start_not_this_events_date(extractor: Extractor) -> None:
    text = "The offensive on Hajin, launched in September, has killed 1,000 people, a monitor said."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert r.incidents and all(i.event_date == PUBLISHED for i in r.incidents)
