"""A dateline's filing day closed by a colon with no agency ("IMPHAL, Feb 16: ...", the style of
the Indian regional press) yields to the day the report tells, as one closed by a dash or by an
agency in brackets does. Before, the filing day dated the event the text dates by its weekday;
alone it still dates it.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "GUWAHATI, Mar 12: Two policemen were killed when militants ambushed a patrol near "
            "Kokrajhar on Sunday night, police said.",
            date(2019, 3, 12),
            date(2019, 3, 10),
        ),
        (
            "SRINAGAR, Aug 3: A militant was killed in a gunfight with security forces in Pulwama "
            "on Wednesday, officials said.",
            date(2017, 8, 3),
            date(2017, 8, 2),
        ),
        (
            "Kohima, October 9: Suspected insurgents shot dead a trader in Dimapur on Saturday "
            "evening, police said.",
            date(2018, 10, 9),
            date(2018, 10, 6),
        ),
    ],
)
def test_a_dateline_closed_by_a_colon_gives_its_filing_day_only(
    extractor: Extractor, text: str, published: date, day: date
) -> None:
    found = extractor.extract(from_text(text, published=published))
    assert [i.event_date for i in found.incidents] == [day]


def test_a_dateline_closed_by_a_colon_still_dates_a_report_that_tells_no_other_day(
    extractor: Extractor,
) -> None:
    text = "SHILLONG, Jan 20: A grenade exploded outside a market in Tura, wounding four people, police said."
    found = extractor.extract(from_text(text, published=date(2020, 1, 21)))
    assert [i.event_date for i in found.incidents] == [date(2020, 1, 20)]
