"""An earlier incident told with a day and a consequence of its own is an incident (issue 11).

The wire set's rule since the thirty-fourth session: an earlier incident the report tells with
its own day and its own consequence (a toll, damage, a place taken, an arrest) is a real
incident, dated its own day, however long before the report's first event; one only alluded to,
with no consequence told, is background (`recalled`). Our own text.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.dates import find_dates
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2019, 3, 14)  # a Thursday


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "Shelling kills five in Idlib town\nBEIRUT (Reuters) - Government shelling killed five civilians"
            " in Maarat al-Numan on Wednesday, the Syrian Observatory said. On March 6, an air strike on a"
            " bakery in Saraqeb killed seven people.",
            "Saraqib",
            date(2019, 3, 6),
        ),
        (
            "Gunmen kill farmers in northwest Nigeria\nGUSAU, Nigeria (AP) - Gunmen killed six farmers near"
            " Tsafe on Tuesday, police said. The attack followed a raid on Anka on Feb. 28, in which"
            " bandits abducted 14 villagers and burned down dozens of houses.",
            "Anka",
            date(2019, 2, 28),
        ),
        (
            "Rebels shell government-held town in Hama\nDAMASCUS, (SANA) - Terrorist groups fired rocket"
            " shells on Mhardeh city on Wednesday, wounding three citizens. Army units had captured the"
            " village of Kafr Nabudah on March 2 after clashes with the terrorists.",
            "Kafr Nabudah",
            date(2019, 3, 2),
        ),
        (
            "Bomb kills 9 at market in Kirkuk\nKIRKUK, Iraq (AP) — A bomb hidden in a cart exploded at a"
            " vegetable market in Kirkuk on Wednesday, killing nine people, police said. On Jan. 3, a car"
            " bomb killed 14 people in Hawija.",
            "Al Ḩawījah",
            date(2019, 1, 3),
        ),
        (
            "Gunmen kill five villagers in Zamfara\nGunmen on motorbikes killed five villagers in Anka on"
            " Wednesday, residents said. Bandits had stormed a school in Gusau, the state capital, on"
            " Feb. 2 and shot dead two guards.",
            "Gusau",
            date(2019, 2, 2),
        ),
    ],
)
def test_an_earlier_incident_told_with_its_consequence_is_one_of_the_report(
    extractor: Extractor, text: str, place: str, day: date
) -> None:
    r = run(extractor, text)
    own = [(i.location, i.event_date) for i in r.incidents]
    assert any(loc.startswith(place) and d == day for loc, d in own), own


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Shelling kills five in Idlib town\nBEIRUT (Reuters) - Government shelling killed five civilians"
            " in Maarat al-Numan on Wednesday, the Syrian Observatory said. The shelling came after an air"
            " strike on Saraqeb on March 6.",
            "Saraqib",
        ),
        (
            "Gunmen kill farmers in northwest Nigeria\nGUSAU, Nigeria (AP) - Gunmen killed six farmers near"
            " Tsafe on Tuesday, police said. It was the first attack in the area since a raid on Anka"
            " on Feb. 28.",
            "Anka",
        ),
        (
            "Rebels shell government-held town in Hama\nDAMASCUS, (SANA) - Terrorist groups fired rocket"
            " shells on Mhardeh city on Wednesday, wounding three citizens. The attack came after clashes"
            " near Kafr Nabudah on March 2.",
            "Kafr Nabudah",
        ),
    ],
)
def test_an_earlier_incident_only_alluded_to_is_no_incident(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert not any(i.location.startswith(place) for i in r.incidents), [i.location for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Shelling kills five in Idlib town\nBEIRUT (Reuters) - Government shelling killed five civilians"
            " in Maarat al-Numan on Wednesday, the Syrian Observatory said. A week earlier, an air strike on"
            " a vegetable market in Saraqeb killed seven people.",
            "Saraqib",
        ),
        (
            "Gunmen kill farmers in northwest Nigeria\nGUSAU, Nigeria (AP) - Gunmen killed six farmers near"
            " Tsafe on Wednesday, police said. Bandits had abducted 14 villagers in a raid on Anka one week"
            " earlier.",
            "Anka",
        ),
        (
            "Car bomb hits Somali town\nMOGADISHU (Reuters) - A car bomb killed four soldiers at a checkpoint"
            " in Afgoye on Wednesday, officials said. Al Shabaab fighters had overrun an army base near"
            " Baidoa a week before, killing 11 soldiers.",
            "Baidoa",
        ),
    ],
)
def test_a_week_earlier_counts_seven_days_back_from_the_day_told(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    own = [(i.location, i.event_date) for i in r.incidents]
    assert any(loc.startswith(place) and d == date(2019, 3, 6) for loc, d in own), own


@pytest.mark.parametrize(
    "text",
    [
        "Troops withdrew a week before the vote.",
        "Talks opened a week before the deadline in Geneva.",
        "The ceasefire was signed a week before Ramadan.",
    ],
)
def test_a_week_before_something_named_is_no_date(text: str) -> None:
    assert not [d for d in find_dates(text, PUBLISHED) if "week" in d.text], find_dates(text, PUBLISHED)
