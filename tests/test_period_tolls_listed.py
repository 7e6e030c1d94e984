"""Tolls over a period told with a list of places, "during" a year, "since the start of the
year", a toll's count noun or a report's bare "said" (helper fp36, from the false event places of
the wire set's no-event round-ups):

- a list's commas between names do not end the toll's clause ("killed in A, B and C since 2016");
- "during 2019" is a whole year as "in 2019" is; "since the start of the year" a period bare;
- a toll told by its count noun ("the deaths of 312 civilians", "1,200 deaths") is a toll over a
  whole month or year as a passive one is; "the" before a name is the place's, not an act's;
- a day told before the report's bare "said" is the report's ("a report released on Tuesday said
  ... were killed in X last year"), not the toll's.

A clause that tells its own day keeps its event, list or not. Sentences of our own, none from
tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

_ROUND_UPS = [
    # a list's commas inside the toll's clause
    (
        date(2020, 3, 2),
        "A rights group said in Lagos that at least 900 people had been killed in attacks by"
        " gunmen in Katsina, Sokoto and Kaduna since 2018.",
        ["Katsina", "Sokoto", "Kaduna"],
    ),
    (
        date(2019, 4, 10),
        "Aid agencies said 2,400 civilians were wounded in shelling of Taiz, Hodeidah and Saada"
        " since January 2018.",
        ["Taiz", "Hodeidah", "Saada"],
    ),
    (
        date(2021, 9, 14),
        "The monitor counted 640 air strikes on Ariha, Saraqib and Jisr al-Shughur since"
        " March, most of them by Russian jets.",
        ["Ariha", "Saraqib"],
    ),
    # "during" a whole year gone by
    (
        date(2021, 1, 20),
        "Officials said 48 policemen were killed in Zabul and Helmand provinces during 2020.",
        ["Zabul", "Helmand"],
    ),
    (
        date(2019, 2, 5),
        "The mission said 112 civilians were killed in the Gao and Menaka regions during 2018,"
        " double the year before.",
        ["Gao", "Menaka"],
    ),
    (
        date(2018, 1, 9),
        "At least 350 people were killed in Borno during 2017, according to an aid group's tally.",
        ["Borno"],
    ),
    # "since the start of the year", bare
    (
        date(2022, 6, 1),
        "Fighting around Rutshuru has displaced more than 70,000 people since the start of the"
        " year, the U.N. said.",
        ["Rutshuru"],
    ),
    (
        date(2019, 9, 12),
        "Some 230 people have been killed in Ituri since the beginning of this year, a local"
        " rights group said.",
        ["Ituri"],
    ),
    (
        date(2023, 10, 3),
        "Bandits have kidnapped at least 500 people in Zamfara since the start of the year, officials said.",
        ["Zamfara"],
    ),
    (
        date(2020, 11, 2),
        "Police said 85 people were killed in Kaduna since the start of the year, most of them in"
        " attacks on villages.",
        ["Kaduna"],
    ),
    (
        date(2018, 7, 30),
        "More than 120 soldiers died in Mopti and Segou since the beginning of the year, the army said.",
        ["Mopti"],
    ),
    # a toll's count noun over a whole month gone by
    (
        date(2018, 12, 3),
        "The monitor documented the deaths of 215 civilians in Hama and Idlib provinces in November.",
        ["Hama", "Idlib"],
    ),
    (
        date(2017, 5, 8),
        "The group recorded 96 deaths in Deir ez-Zor in April, most of them in air strikes.",
        ["Deir ez-Zor"],
    ),
    (
        date(2020, 8, 4),
        "Activists reported the killings of 40 people in Daraa during July.",
        ["Daraa"],
    ),
    (
        date(2016, 10, 6),
        "Medics counted 64 casualties in Raqqa province in August, most of them from shelling.",
        ["Raqqa"],
    ),
    # a day before a bare "said" is the report's
    (
        date(2022, 2, 15),
        "A U.N. report presented in Geneva on Monday said more than 900 civilians were killed in"
        " Burkina Faso last year.",
        ["Burkina Faso"],
    ),
    (
        date(2021, 4, 7),
        "An Amnesty study seen by Reuters on Tuesday said 1,100 people were killed in Cabo Delgado"
        " last year.",
        ["Cabo Delgado"],
    ),
    (
        date(2019, 3, 19),
        "The provincial council on Sunday said 62 people were killed in Kunduz last month.",
        ["Kunduz"],
    ),
]


@pytest.mark.parametrize(("published", "text", "places"), _ROUND_UPS)
def test_round_ups_over_a_period_name_no_event_place(
    extractor: Extractor, published: date, text: str, places: list[str]
) -> None:
    got = roles_of(extractor, published, text)
    for place in places:
        assert place in got and got[place] != "event", (text, got)


_KEPT = [
    # a list with the clause's own day is the act's
    (
        date(2019, 6, 4),
        "Government jets killed 14 people in Ariha, Saraqib and Binnish on Monday, bringing the"
        " toll since the start of the year to more than 300, a monitor said.",
        "Ariha",
    ),
    (
        date(2020, 5, 12),
        "Gunmen killed nine villagers in Kauru, Zangon Kataf and Kajuru on Sunday, police said.",
        "Kauru",
    ),
    # "since the start of the year" a few weeks into it is no round-up of months
    (
        date(2021, 1, 20),
        "Insurgents shelled Mueda on Tuesday, the first attack on the town since the start of the"
        " year, killing four people.",
        "Mueda",
    ),
]


@pytest.mark.parametrize(("published", "text", "place"), _KEPT)
def test_acts_with_their_own_day_keep_their_event_place(
    extractor: Extractor, published: date, text: str, place: str
) -> None:
    got = roles_of(extractor, published, text)
    assert got.get(place) == "event", (text, got)
