"""A weekday beside an explicit day of the month ("on Thursday, February 21"): one date, the
explicit day's, not the weekday nearest before publication."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.dates import find_dates
from incident_explorer.extraction.pipeline import Extractor

# a Monday: the Thursday nearest before it is February 28, the Friday March 1
PUBLISHED = date(2019, 3, 4)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A car bomb killed six people in the market on Thursday, February 21, police said.",
            date(2019, 2, 21),
        ),
        ("Gunmen stormed the checkpoint late on Friday 15 February, killing two guards.", date(2019, 2, 15)),
        ("The convoy was ambushed on Feb. 22 (Friday) outside the town, officials said.", date(2019, 2, 22)),
        ("Clashes broke out on Sunday, 17 February 2019, residents said.", date(2019, 2, 17)),
        # a weekday that disagrees with the day named: the day wins (February 20 was a Wednesday)
        ("Shelling on Thursday, February 20, killed a shepherd near the village.", date(2019, 2, 20)),
    ],
)
def test_a_weekday_beside_an_explicit_day_is_that_day(text: str, day: date) -> None:
    (found,) = find_dates(text, PUBLISHED)
    assert (found.date_start, found.date_end, found.date_prec) == (day, day, 1)
    assert any(w in found.text for w in ("Thursday", "Friday", "Sunday"))  # the weekday is in it


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck the town on Thursday, killing four, a week after the raid of February 21.",
        "A mortar round hit a school on Friday; on February 15 another had hit the same street.",
        "Gunmen attacked the base on Monday, February 30, officials said.",  # no such day
    ],
)
def test_a_weekday_apart_from_a_day_or_beside_no_such_day_stays_a_weekday(text: str) -> None:
    weekdays = [d for d in find_dates(text, PUBLISHED) if d.reason.endswith(f"publication ({PUBLISHED})")]
    assert len(weekdays) == 1


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Car bomb kills six in Azaz\nA car bomb killed six people in Azaz on Thursday, February 21, "
            "a war monitor said.",
            date(2019, 2, 21),
        ),
        (
            "Militants attack army post\nMilitants attacked an army post near Palmyra late on Friday "
            "15 February, killing three soldiers, state media said.",
            date(2019, 2, 15),
        ),
        (
            "Shelling in Idlib\nShelling killed two children in Saraqeb on Wednesday, February 20, "
            "the civil defence said.",
            date(2019, 2, 20),
        ),
    ],
)
def test_an_incident_told_with_a_weekday_and_its_day_is_dated_to_the_day(
    extractor: Extractor, text: str, day: date
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    # the lead's incident (an undated headline may stand apart, as with "on February 21" alone)
    assert day in {i.event_date for i in r.incidents}


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        # a day of the month, then a weekday's possessive: two dates, the possessive opens the next
        # phrase (published Monday, March 4: Saturday is March 2, Friday March 1)
        ("Clashes that began on 12 February, Saturday's fighting in the city killed nine.", date(2019, 3, 2)),
        ("In the week since February 25, Friday’s bombing was the deadliest, medics said.", date(2019, 3, 1)),
        ("After the truce signed on Feb. 20, Saturday's raid left two dead.", date(2019, 3, 2)),
    ],
)
def test_a_weekdays_possessive_after_a_day_is_its_own_date(text: str, weekday: date) -> None:
    found = find_dates(text, PUBLISHED)
    assert len(found) == 2, [d.text for d in found]
    assert found[1].date_start == weekday, [(d.text, d.date_start) for d in found]
