"""Two days in a report that are not its event's day.

A wire dateline's filing day closed by its agency in brackets with a colon or with nothing
("Raipur, June 15 (IANS) Two jawans were killed ... on Wednesday", "Lahore, June 15 (APP): ...")
yields to the day the report tells, as one closed by a dash does ("DAMASCUS, Nov. 21 (SANA) -").
Before, the filing day dated the event.

The day someone accused or blamed someone ("Residents accused soldiers on Thursday of burning
homes on Wednesday") is a speech day, as "said on Thursday" is: the other day the sentence tells
dates the event. Before, the accusation's day did.

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
            "Raipur, June 15 (IANS) Two jawans were killed when Maoists triggered an IED blast near "
            "Narayanpur on Wednesday, police said.",
            date(2017, 6, 15),
            date(2017, 6, 14),
        ),
        (
            "Lahore, June 15 (APP): Two policemen were shot dead in Lahore on Tuesday, police said.",
            date(2017, 6, 15),
            date(2017, 6, 13),
        ),
        (
            "Srinagar, June 15 (PTI) A militant was killed in an encounter in Shopian on Monday, "
            "police said.",
            date(2017, 6, 15),
            date(2017, 6, 12),
        ),
    ],
)
def test_a_dateline_closed_by_its_agency_gives_its_filing_day_only(
    extractor: Extractor, text: str, published: date, day: date
) -> None:
    found = extractor.extract(from_text(text, published=published))
    assert [i.event_date for i in found.incidents] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Residents of Ndop accused soldiers on Thursday of setting fire to dozens of homes on "
            "Wednesday after separatists killed a soldier in the town.",
            date(2019, 4, 10),
        ),
        (
            "Villagers accused the army on Thursday of killing five civilians in Ndop on Tuesday.",
            date(2019, 4, 9),
        ),
        (
            "The government blamed separatists on Thursday for a bomb blast that killed two soldiers "
            "in Bamenda on Wednesday.",
            date(2019, 4, 10),
        ),
    ],
)
def test_the_day_of_an_accusation_dates_no_event(extractor: Extractor, text: str, day: date) -> None:
    found = extractor.extract(from_text(text, published=date(2019, 4, 11)))
    assert [i.event_date for i in found.incidents] == [day]
