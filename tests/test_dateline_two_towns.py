"""A dateline of two towns the report was filed from ("KUTUM / EL FASHER (15 October 2019) – ...")
gives the filing day, as one town's does: the event keeps the weekday the text dates it by (the
bracketed day had dated it, a day late).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "published", "place", "day"),
    [
        (
            "NYALA / KASS (9 March 2021) – Gunmen killed four farmers in Kabkabiya on Monday, a resident"
            " said.",
            date(2021, 3, 9),
            "Kabkabiya",
            date(2021, 3, 8),
        ),
        (
            "ZALINGEI/GENEINA (3 June 2020) – Militiamen attacked a market in Kass on Monday, killing two.",
            date(2020, 6, 3),
            "Kass",
            date(2020, 6, 1),
        ),
        (
            "Kadugli / Dilling (July 5, 2022) - Three people were killed when gunmen raided Talodi on"
            " Sunday.",
            date(2022, 7, 5),
            "Talodi",
            date(2022, 7, 3),
        ),
    ],
)
def test_a_two_town_dateline_gives_the_filing_day(
    extractor: Extractor, text: str, published: date, place: str, day: date
) -> None:
    r = extractor.extract(articles.from_text(text, published=published))
    assert any(i.latitude is not None for i in r.incidents)
    assert {i.event_date for i in r.incidents} == {day}, [(i.location, i.event_date) for i in r.incidents]
    assert any(m.text == place and m.role == "event" for m in r.mentions)
