"""An earlier event told by a time of its own takes no other sentence's day (issue 11).

"Jets had bombed Y the day before. Troops captured X earlier this month.": the two earlier events
are read as one group, whose day ("the day before") is Y's sentence's; X's sentence tells no
day, only an earlier time, so X is recalled undated, not news of the day before. Our own text.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2019, 6, 5)  # a Wednesday
DAY_BEFORE = date(2019, 6, 3)


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "dated", "vague"),
    [
        (
            "Rebels retake town in northwest Syria\nBEIRUT (Reuters) - Syrian rebels retook the town of Kafr"
            " Zita on Tuesday, a war monitor said. Russian jets had bombed Maarat al-Numan the day before,"
            " killing five people. Government troops captured Kafr Zita and the nearby village of Latamina"
            " earlier this month.",
            "Ma‘arrat an Nu‘mān",
            "Al Lataminah",
        ),
        (
            "Shelling kills three in Yemen's Taiz\nADEN (Reuters) - Shelling killed three civilians in Taiz"
            " on Tuesday, medics said. Houthi fighters had attacked Mocha the day before. Government forces"
            " took Hays earlier this month.",
            "Mocha",
            "Ḩays",
        ),
        (
            "Car bomb kills five in Syrian border town\nBEIRUT (AP) - A car bomb killed five people at a"
            " market in Tal Abyad on Tuesday, activists said. Turkish drones had struck Qamishli the day"
            " before, wounding two. Turkey-backed fighters overran Ras al-Ain earlier this month.",
            "Al Qāmishlī",
            "Ras Al Ain",
        ),
    ],
)
def test_a_place_told_by_an_earlier_time_is_recalled_undated(
    extractor: Extractor, text: str, dated: str, vague: str
) -> None:
    r = run(extractor, text)
    own = [(i.location, i.event_date) for i in r.incidents]
    # the earlier event told with its own day stays news of the report's days
    assert any(loc.startswith(dated) and day == DAY_BEFORE for loc, day in own), own
    assert not any(loc.startswith(vague) for loc, _ in own), own
    assert any(i.location.startswith(vague) and i.event_date is None for i in r.recalled), [
        (i.location, i.event_date) for i in r.recalled
    ]


def test_a_place_whose_sentence_tells_its_day_stays_news(extractor: Extractor) -> None:
    # "had been ambushed near X the day before, and ... seized Y last week": X's sentence tells
    # the day, so X stays an incident of that day
    r = run(
        extractor,
        "Militants storm army post in Mali\nBAMAKO (Reuters) - Militants stormed an army post in Boni on"
        " Tuesday, killing four soldiers, the army said. A convoy had been ambushed near Douentza the day"
        " before, and jihadists seized Hombori last week.",
    )
    assert any(i.location.startswith("Douentza") and i.event_date == DAY_BEFORE for i in r.incidents), [
        (i.location, i.event_date) for i in r.incidents
    ]
