"""The report model's nineteenth-session feature (extraction/salience.py): a placed incident dated
after the incident the report tells first ("date_after_first": the raid, the arrests, the rally
of the days after the attack) weighs against it, so a short report's later happening at another
place is dropped; a later event told with a toll of its own stays (salience._told_in_full).

Reports of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction
from incident_explorer.extraction.salience import LABELS, incident_features

PUBLISHED = date(2019, 3, 9)  # a Saturday


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


# The event's town, then a happening of a later day at another place (arrests, a protest, a raid).
LATER = [
    (
        "Suicide bomber kills 12 at Kabul mosque\n"
        "KABUL (AP) - A suicide bomber killed 12 worshippers at a mosque in western Kabul on"
        " Wednesday, officials said. Security forces detained dozens of suspects in Jalalabad on"
        " Friday.\n",
        "Kabul",
        "Jalālābād",
    ),
    (
        "Airstrike kills five in Saraqeb\n"
        "BEIRUT (AFP) - An airstrike killed five civilians in Saraqeb on Wednesday, a monitor said."
        " Rescue workers searched the rubble for hours. Two of the dead were children. Residents of"
        " Binnish took to the streets on Thursday to denounce the strike.\n",
        "Saraqib",
        "Binnish",
    ),
    (
        "Bomb kills four police in Baidoa\n"
        "MOGADISHU (Reuters) - A roadside bomb killed four policemen in Baidoa on Tuesday, officials"
        " said. The bomb hit their vehicle on the road to the airport. Al Shabaab claimed the attack."
        " Troops arrested seven suspects in Afgoye on Thursday.\n",
        "Baidoa",
        "Afgooye",
    ),
]


@pytest.mark.parametrize(("text", "event", "later"), LATER)
def test_the_later_day_feature(rules: Extractor, text: str, event: str, later: str) -> None:
    r = run(rules, text)
    feats = incident_features(r)
    placed = [i for i in r.incidents if id(i) in feats]
    assert any(i.location.startswith(event) for i in placed), [i.location for i in placed]
    assert any(i.location.startswith(later) for i in placed), [i.location for i in placed]
    for i in placed:
        assert feats[id(i)]["date_after_first"] == i.location.startswith(later), i.location


@pytest.mark.parametrize(("text", "event", "later"), LATER)
def test_a_later_days_happening_at_another_place_is_dropped(
    extractor: Extractor, rules: Extractor, text: str, event: str, later: str
) -> None:
    assert any(i.location.startswith(later) for i in run(rules, text).incidents)  # the rules make it
    r = run(extractor, text)
    after = [i.location for i in r.incidents]
    assert any(loc.startswith(event) for loc in after), after
    assert not any(loc.startswith(later) for loc in after), after
    # its mention says why it was set aside
    (m,) = [m for m in r.mentions if m.candidate and m.candidate.place.name.startswith(later)]
    assert LABELS["date_after_first"] in m.reason, m.reason


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Car bomb kills six in Jarabulus\n"
            "BEIRUT (Reuters) - A car bomb exploded near a market in Jarabulus on Wednesday, killing"
            " six civilians, a monitor said. On Thursday, a roadside bomb killed two fighters near"
            " al-Rai.\n",
            "Ar Rā‘ī",
        ),
        (
            "Gunmen kill three soldiers in Gao\n"
            "BAMAKO (AFP) - Gunmen killed three soldiers at a checkpoint outside Gao on Tuesday, the"
            " army said. The next day, jihadists killed four villagers in an attack on Menaka.\n",
            "Ménaka",
        ),
        (
            "Suicide bomber kills 12 at Kabul mosque\n"
            "KABUL (AP) - A suicide bomber killed 12 worshippers at a mosque in western Kabul on"
            " Wednesday, officials said. Two policemen were shot dead at a checkpoint in Jalalabad on"
            " Friday.\n",
            "Jalālābād",
        ),
    ],
)
def test_a_later_event_with_a_toll_of_its_own_stays(
    extractor: Extractor, rules: Extractor, text: str, second: str
) -> None:
    r = run(rules, text)
    feats = incident_features(r)
    (told,) = [i for i in r.incidents if i.location.startswith(second)]
    assert feats[id(told)]["date_after_first"] and feats[id(told)]["has_toll"]
    assert any(i.location.startswith(second) for i in run(extractor, text).incidents)
