"""A headline's event told with no day of its own ("Gunmen kill three soldiers in X") is the event
its lead tells with its day, not the day of publication; a headline with a day of its own, or a
lead with none, keeps its reading."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 8, 5)  # a Monday


def _days(extractor: Extractor, text: str) -> dict[str, date | None]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {i.location.split(",")[0]: i.event_date for i in r.incidents if i.location}


@pytest.mark.parametrize(
    ("text", "town", "day"),
    [
        (
            "Gunmen kill three soldiers in Benghazi\nTRIPOLI (AP) - Gunmen ambushed an army patrol near "
            "the Hawari district of the eastern city on Thursday, killing three soldiers, police said.\n",
            "Benghazi",
            date(2024, 8, 1),
        ),
        (
            "Militants kill four policemen in Quetta\nISLAMABAD (Reuters) - Gunmen clashed with a police "
            "patrol near the Sariab area on Wednesday night, leaving four officers dead, police said.\n",
            "Quetta",
            date(2024, 7, 31),
        ),
        (
            "Car bomb kills six in Mogadishu\nMOGADISHU (AFP) - A car bomb exploded outside a hotel near the "
            "Hodan district of the Somali capital yesterday, Sunday, killing six people, police said.\n",
            "Mogadishu",
            date(2024, 8, 4),
        ),
    ],
)
def test_the_headlines_event_takes_the_leads_day(
    extractor: Extractor, text: str, town: str, day: date
) -> None:
    assert _days(extractor, text)[town] == day


def test_a_headline_with_a_day_of_its_own_keeps_it(extractor: Extractor) -> None:
    text = (
        "Gunmen kill three soldiers in Benghazi on Tuesday\nTRIPOLI (AP) - Gunmen ambushed an army patrol "
        "near the Hawari district of the eastern city on Thursday, killing three soldiers, officials said.\n"
    )
    assert _days(extractor, text)["Benghazi"] == date(2024, 7, 30)


def test_a_lead_with_no_day_leaves_the_publication_day(extractor: Extractor) -> None:
    text = (
        "Gunmen kill three soldiers in Benghazi\nTRIPOLI (AP) - Gunmen ambushed an army patrol near the "
        "Hawari district of the eastern city, killing three soldiers, a military spokesman said.\n"
    )
    assert _days(extractor, text)["Benghazi"] == PUBLISHED


def test_a_first_sentence_in_the_leads_paragraph_is_no_headline(extractor: Extractor) -> None:
    text = (
        "Gunmen kill three soldiers in Benghazi. TRIPOLI (AP) - Gunmen ambushed an army patrol near the "
        "Hawari district of the eastern city on Thursday, killing three soldiers, police said.\n"
    )
    assert _days(extractor, text)["Benghazi"] == PUBLISHED


def test_an_old_day_in_the_lead_dates_no_headline(extractor: Extractor) -> None:
    text = (
        "Gunmen kill three soldiers in Benghazi\nTRIPOLI (AP) - Gunmen ambushed an army patrol near the "
        "Hawari district of the eastern city on 3 March 2021, killing three soldiers, police said.\n"
    )
    assert _days(extractor, text)["Benghazi"] != date(2021, 3, 3)


@pytest.mark.parametrize(
    ("text", "town", "other"),
    [
        (
            "Three people were killed when gunmen attacked a checkpoint in Kirkuk, police said.\n"
            "In a separate incident on Tuesday, a roadside bomb wounded two soldiers in Tikrit.\n",
            "Kirkuk",
            "Tikrīt",
        ),
        (
            "A suicide bomber killed 14 worshippers at a mosque in Quetta, officials said.\n"
            "On Wednesday, security forces raided a militant hideout in Mastung.\n",
            "Quetta",
            "Mastung",
        ),
        (
            "Gunmen killed three soldiers in an ambush near Benghazi, officials said.\n"
            "On Thursday, a car bomb killed two civilians in Derna.\n",
            "Benghazi",
            "Darnah",
        ),
    ],
)
def test_a_first_line_that_ends_as_a_sentence_is_no_headline(
    extractor: Extractor, text: str, town: str, other: str
) -> None:
    # (found by review rev28: the first line took the next line's day, another event's elsewhere)
    days = _days(extractor, text)
    assert days[town] == PUBLISHED and days[other] != PUBLISHED, days
