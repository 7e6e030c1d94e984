"""A dateline that gives its day in brackets with no agency ("EL FASHER (12 March 2021) – ...",
as some regional sites file) is the dateline: its town is where the report was filed, no event
place, and its day the filing day, not the day of the event the text dates by a weekday.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "published", "town", "place", "day"),
    [
        (
            "EL FASHER (12 March 2021) – Gunmen killed four farmers in Kabkabiya on Thursday, a"
            " resident said.",
            date(2021, 3, 12),
            "EL FASHER",
            "Kabkabiya",
            date(2021, 3, 11),
        ),
        (
            "NYALA (3 June 2020) – Militiamen attacked a market in Kass on Monday, killing two traders.",
            date(2020, 6, 3),
            "NYALA",
            "Kass",
            date(2020, 6, 1),
        ),
        (
            "KADUGLI (July 5, 2022) - Three people were killed when gunmen attacked a village near"
            " Dilling on Sunday.",
            date(2022, 7, 5),
            "KADUGLI",
            "Dilling",
            date(2022, 7, 3),
        ),
    ],
)
def test_a_bracketed_day_closes_the_dateline(
    extractor: Extractor, text: str, published: date, town: str, place: str, day: date
) -> None:
    r = extractor.extract(articles.from_text(text, published=published))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(town) == "dateline", roles
    assert roles.get(place) == "event", roles
    (incident,) = r.incidents
    assert incident.event_date == day
    assert incident.latitude is not None
