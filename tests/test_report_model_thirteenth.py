"""A report's second real event (thirteenth session): dated by "a day earlier", "the day before",
"a day later" from the report's event day, and kept by the report model.

Reports of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.dates import find_dates
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2019, 3, 9)  # a Saturday


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        ("A day earlier, gunmen shot dead two guards.", -1),
        ("Gunmen shot dead two guards two days earlier, police said.", -2),
        ("The day before, a bomb hit a bus.", -1),
        ("On the previous day a mine killed a shepherd.", -1),
        ("A day later, militants stormed the post.", 1),
        ("Three days later a second bomb went off.", 3),
        ("The next day, rockets hit the market.", 1),
        ("Clashes resumed the following day.", 1),
        ("A bomb exploded at the market the day after.", 1),
        ("Hours later, militants stormed the post.", 0),
        ("Later that day a second bomb went off.", 0),
        ("Rockets hit the market on the same day.", 0),
    ],
)
def test_a_day_counted_from_another_is_a_date(text: str, shift: int) -> None:
    (found,) = find_dates(text, PUBLISHED)
    assert found.shift == shift
    # alone, it counts from publication, as sure as an undated event's publication day; a day
    # later than a day not told is no later than publication (not a day yet to come)
    day = date.fromordinal(PUBLISHED.toordinal() + min(shift, 0))
    assert (found.date_start, found.date_end, found.date_prec) == (day, day, 2)


@pytest.mark.parametrize(
    "text",
    [
        "The raid came a day after the attack on the convoy.",
        "Gunmen struck two days before the vote, officials said.",
        "He was seen the day before he was killed.",
        "Talks resume the day after tomorrow.",
        "The next day's talks were called off.",
    ],
)
def test_a_day_before_or_after_something_named_is_no_date(text: str) -> None:
    assert not any(d.shift for d in find_dates(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "The same market was hit by a suicide bomber on the same day last year, killing 30.",
        "On the same day in 2016, a car bomb killed 40 people at the same checkpoint.",
        "Militants had stormed the same base the same day a year earlier, killing 11 soldiers.",
    ],
)
def test_the_same_day_of_another_year_is_no_day_told(text: str) -> None:
    # it had been the day told before it (or publication): a recalled attack became this week's
    assert not any(d.shift == 0 for d in find_dates(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "Government forces began their offensive on the town a day earlier than planned, a monitor said.",
        "The convoy left two days later than scheduled and was ambushed near the border.",
        "Militants struck three days earlier than the army had expected, killing four guards.",
    ],
)
def test_a_day_earlier_than_something_is_no_day_told(text: str) -> None:
    # "earlier/later than planned" compares with a plan, not with a day told before it
    assert not any(d.shift for d in find_dates(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "The day before yesterday, shelling hit the camp.",
        "Shelling hit the camp the day before yesterday.",
        "Residents said the day before yesterday was the worst.",
    ],
)
def test_the_day_before_yesterday_is_two_days_before_publication(text: str) -> None:
    (found,) = find_dates(text, PUBLISHED)
    assert (found.date_start, found.date_prec) == (date(2019, 3, 7), 1)


@pytest.mark.parametrize(
    ("text", "second", "day"),
    [
        (
            "Car bomb kills nine in Kirkuk\n"
            "KIRKUK, Iraq (Reuters) - A car bomb killed nine people at a market in Kirkuk on Friday, police"
            " said. A day earlier, gunmen shot dead four soldiers at a checkpoint in Tikrit.\n",
            "Tikrit",
            date(2019, 3, 7),
        ),
        (
            "Shelling kills five in Idlib town\n"
            "BEIRUT (AFP) - Government shelling killed five civilians in Ariha on Thursday, a monitor"
            " said. The day before, an air strike killed three people in Saraqeb.\n",
            "Saraqeb",
            date(2019, 3, 6),
        ),
        (
            "Bomb hits Somali army convoy\n"
            "MOGADISHU (AP) - A roadside bomb killed six soldiers near Afgoye on Wednesday, officials"
            " said. A day later, militants attacked a police post in Baidoa, killing two officers.\n",
            "Baidoa",
            date(2019, 3, 7),
        ),
        (
            "Militants raid Nigerian village\n"
            "MAIDUGURI, Nigeria (AFP) - Militants killed 12 villagers in Konduga on Tuesday, a militia"
            " leader said. Two days earlier, a suicide bomber killed four people at a mosque in Bama.\n",
            "Bama",
            date(2019, 3, 3),
        ),
    ],
)
def test_a_second_event_told_a_day_from_the_first_is_dated_from_its_day(
    extractor: Extractor, text: str, second: str, day: date
) -> None:
    r = run(extractor, text)
    (told,) = [i for i in r.incidents if any(second in e.text for e in i.evidence)]
    assert (told.event_date, told.date_prec) == (day, 1), told.date_reason


@pytest.mark.parametrize(
    ("text", "third", "day"),
    [
        (
            "Gunmen kill four in Quetta\n"
            "QUETTA, Pakistan (Reuters) - Gunmen killed four policemen in Quetta on Friday, officials said."
            " On Tuesday, a bomb killed two people in Turbat. A day later, militants shot dead a teacher in"
            " Gwadar.\n",
            "Gwadar",
            date(2019, 3, 6),
        ),
        (
            "Shelling hits Idlib\n"
            "BEIRUT (Reuters) - Shelling killed three people in Ariha on Friday, a monitor said. On Monday,"
            " an air strike killed five people in Saraqeb. The next day, rockets killed a boy in Binnish.\n",
            "Binnish",
            date(2019, 3, 5),
        ),
        (
            "Attack in Mali\n"
            "BAMAKO (AFP) - Jihadists killed eight soldiers near Mopti on Friday, the army said. On Sunday,"
            " gunmen killed three herders near Djenne. Two days later, a mine killed four soldiers near"
            " Douentza.\n",
            "Douentza",
            date(2019, 3, 5),
        ),
    ],
)
def test_a_day_counted_from_a_second_event_counts_from_its_day(
    rules: Extractor, text: str, third: str, day: date
) -> None:
    # the last day told before it, not the report's first
    r = run(rules, text)
    (told,) = [i for i in r.incidents if any(third in e.text for e in i.evidence)]
    assert (told.event_date, told.date_prec) == (day, 1), (told.location, told.date_reason)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Gunmen kill police in Kandahar\n"
            "KANDAHAR, Afghanistan (Reuters) - Gunmen killed five policemen at a checkpoint in Kandahar"
            " on Friday, officials said. The Taliban claimed the attack. Separately, a roadside bomb"
            " killed three civilians in a minibus near Lashkar Gah.\n",
            "Lashkar",
        ),
        (
            "Bomb hits market in Borno\n"
            "MAIDUGURI, Nigeria (AFP) - A bomb killed nine traders at a market in Konduga on Friday, a"
            " militia leader said. In a second attack, militants stormed a village near Gwoza, killing"
            " six farmers.\n",
            "Gwoza",
        ),
        (
            "Clashes in Mali's centre\n"
            "BAMAKO (Reuters) - Jihadists killed seven soldiers in an ambush near Mopti on Friday, the army"
            " said. Elsewhere, gunmen shot dead four herders in Djenne, local officials said.\n",
            "Djenn",
        ),
        (
            "Air strikes hit Idlib\n"
            "BEIRUT (AFP) - Air strikes killed six civilians in Ariha on Friday, a monitor said. In another"
            " attack, shelling killed two children in Saraqeb.\n",
            "Saraqib",
        ),
        (
            "Bomb kills soldiers in Somalia\n"
            "MOGADISHU (AP) - A roadside bomb killed four soldiers near Afgoye on Friday, officials said."
            " Hours later, militants attacked a police station in Baidoa, killing three officers.\n",
            "Baidoa",
        ),
    ],
)
def test_an_event_told_apart_with_no_day_of_its_own_is_of_the_day_told_before(
    extractor: Extractor, text: str, second: str
) -> None:
    # it had the publication day (Saturday); the report tells it as of Friday's news
    (told,) = [i for i in run(extractor, text).incidents if second in i.location]
    assert told.event_date == date(2019, 3, 8), told.date_reason


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Gunmen killed five policemen in Kandahar on Friday. Separately, on Wednesday, a bomb killed"
            " three civilians near Lashkar Gah.\n",
            date(2019, 3, 6),
        ),
        ("Separately, a roadside bomb killed three civilians near Lashkar Gah, officials said.\n", PUBLISHED),
        (
            "Officials met in Kabul on Friday to discuss the talks. In a separate attack, gunmen killed two"
            " guards near Lashkar Gah.\n",
            PUBLISHED,
        ),
    ],
)
def test_an_event_told_apart_keeps_its_own_day_or_with_none_told_before_the_publication_day(
    rules: Extractor, text: str, day: date
) -> None:
    (told,) = [i for i in run(rules, text).incidents if "Lashkar" in i.location]
    assert told.event_date == day, told.date_reason


@pytest.mark.parametrize(
    ("text", "second", "day"),
    [
        (
            "Militants storm army post in Mali\n"
            "BAMAKO (AFP) - Jihadists killed seven soldiers near Mopti on Wednesday, the army said on"
            " Friday. A day earlier, a mine killed three herders near Djenne.\n",
            "Djenn",
            date(2019, 3, 5),
        ),
        (
            "Shelling kills four in Idlib\n"
            "BEIRUT (Reuters) - Government shelling killed four civilians in Ariha on Tuesday, the monitor"
            " said on Thursday. The previous day, an air strike killed three people in Saraqeb.\n",
            "Saraqib",
            date(2019, 3, 4),
        ),
        (
            "Gunmen attack Quetta police\n"
            "QUETTA, Pakistan (Reuters) - Gunmen shot dead three policemen in Quetta on Monday, a police"
            " spokesman told reporters on Friday. Two days later, a bomb killed a soldier in Turbat.\n",
            "Turbat",
            date(2019, 3, 6),
        ),
    ],
)
def test_a_day_counted_from_another_does_not_count_from_the_day_something_was_said(
    rules: Extractor, text: str, second: str, day: date
) -> None:
    # the day the army said it is no day of an event told: it had a day before Friday
    (told,) = [i for i in run(rules, text).incidents if second in i.location]
    assert (told.event_date, told.date_prec) == (day, 1), told.date_reason


@pytest.mark.parametrize(
    ("text", "apart", "day"),
    [
        (
            "Bomb kills six in Kabul\n"
            "KABUL (Reuters) - A suicide bomber killed six worshippers at a mosque in Kabul on Friday,"
            " officials said. The attack came a week after a bombing on March 1 killed 12 people at a"
            " market in Jalalabad. Separately, gunmen killed two policemen at a checkpoint in Kunduz.\n",
            "Kunduz",
            date(2019, 3, 8),
        ),
        (
            "Car bomb hits Mogadishu\n"
            "MOGADISHU (AP) - A car bomb killed eight people at a checkpoint in Mogadishu on Thursday,"
            " police said. Al-Shabaab first seized the town of Baidoa on 12 January 2009. Elsewhere,"
            " militants attacked a police station in Jowhar, killing three officers.\n",
            "Jawhar",
            date(2019, 3, 7),
        ),
        (
            "Shelling kills five in Idlib\n"
            "BEIRUT (AFP) - Government shelling killed five civilians in Ariha on Friday, a monitor said."
            " Rebels had captured the town on 2 February 2015. In another attack, an air strike killed"
            " two children in Saraqeb.\n",
            "Saraqib",
            date(2019, 3, 8),
        ),
    ],
)
def test_an_event_told_apart_is_not_of_a_day_recalled_before_it(
    rules: Extractor, text: str, apart: str, day: date
) -> None:
    # it had the recalled day (and was dropped as recalled): it is of the report's own news
    (told,) = [i for i in run(rules, text).incidents if apart in i.location]
    assert told.event_date == day, told.date_reason


@pytest.mark.parametrize(
    ("text", "later"),
    [
        (
            "Bomb kills traders in Borno\n"
            "MAIDUGURI, Nigeria (AFP) - A bomb killed nine traders at a market in Konduga, a militia leader"
            " said. A day later, militants stormed a village near Gwoza, killing six farmers.\n",
            "Gwoza",
        ),
        (
            "Gunmen kill police in Quetta\n"
            "QUETTA (Reuters) - Gunmen killed four policemen in Quetta, officials said. The next day, a"
            " roadside bomb killed two soldiers near Turbat.\n",
            "Turbat",
        ),
        (
            "Clashes in central Mali\n"
            "BAMAKO (AFP) - Jihadists ambushed an army patrol near Mopti, killing five soldiers. Two days"
            " later gunmen shot dead three herders in Djenne, local officials said.\n",
            "Djenn",
        ),
    ],
)
def test_a_day_later_than_a_day_not_told_is_not_after_publication(
    rules: Extractor, text: str, later: str
) -> None:
    # it had the day after publication, a day that had not come
    (told,) = [i for i in run(rules, text).incidents if later in i.location]
    assert told.event_date == PUBLISHED, told.date_reason
