"""Second real events of a short report told as news of its last few days (seventeenth session).

The wire set's rule: an earlier incident a report tells with its own place, its own act or toll
and a day of its own ("a day earlier", "two days after", "on Wednesday") is a real event of the
report; one told with no day ("days after", "last week") stays background. Two rules follow it:
an earlier event the roles set aside but told with such a day is an incident of the report, not
one it recalls (extraction/incidents.py), and the report model's earlier-act cue no longer counts
against a place told with such a day (extraction/salience.py).

Reports of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction
from incident_explorer.extraction.salience import incident_features


def run(extractor: Extractor, text: str, published: date) -> Extraction:
    return extractor.extract(articles.from_text(text, published=published))


def dated(r: Extraction, place: str) -> list[date | None]:
    return [i.event_date for i in r.incidents if i.location.startswith(place)]


# An earlier event set aside by the roles, told with a day of its own: published, text, the
# report's event and its day, the earlier event's place and its day.
SET_ASIDE = [
    (
        date(2023, 5, 12),
        "Russian missile strike kills three in Kramatorsk\n"
        "KYIV (Reuters) - A Russian missile hit an apartment block in Kramatorsk on Friday, killing"
        " three residents, the regional governor said. The strike came a day after a drone attack on"
        " Sloviansk wounded six people. Officials in Kyiv said air defences had been overwhelmed.\n",
        ("Kramatorsk", date(2023, 5, 12)),
        ("Slovyansk", date(2023, 5, 11)),
    ),
    (
        date(2021, 9, 5),
        "Gunmen kill five soldiers near Mali's Gao\n"
        "BAMAKO (AFP) - Gunmen killed five soldiers at a checkpoint outside Gao on Sunday, the army"
        " said. Militants had ambushed a convoy near Ansongo two days earlier, killing three drivers."
        " The wounded were flown to Bamako.\n",
        ("Gao", date(2021, 9, 5)),
        ("Ansongo", date(2021, 9, 3)),
    ),
    (
        date(2022, 4, 6),
        "Nigerian troops kill 20 insurgents near Bama\n"
        "MAIDUGURI (Reuters) - Nigerian troops killed 20 insurgents near Bama on Wednesday, the army"
        " said. A spokesman said the offensive answered Boko Haram raids in Gwoza a day earlier. The"
        " governor praised the troops.\n",
        ("Bama", date(2022, 4, 6)),
        ("Gwoza", date(2022, 4, 5)),
    ),
]


@pytest.mark.parametrize(("published", "text", "event", "earlier"), SET_ASIDE)
def test_an_earlier_event_told_with_its_own_day_is_an_incident_of_the_report(
    extractor: Extractor,
    published: date,
    text: str,
    event: tuple[str, date],
    earlier: tuple[str, date],
) -> None:
    r = run(extractor, text, published)
    assert event[1] in dated(r, event[0]), [(i.location, i.event_date) for i in r.incidents]
    assert earlier[1] in dated(r, earlier[0]), [(i.location, i.event_date) for i in r.incidents]
    assert not any(i.location.startswith(earlier[0]) for i in r.recalled)


# ... told with no day of its own, it stays background: recalled, no incident of the report
BACKGROUND = [
    (
        date(2023, 5, 12),
        "Russian missile strike kills three in Kramatorsk\n"
        "KYIV (Reuters) - A Russian missile hit an apartment block in Kramatorsk on Friday, killing"
        " three residents, the regional governor said. The strike came days after a drone attack on"
        " Sloviansk wounded six people.\n",
        "Slovyansk",
    ),
    (
        date(2021, 9, 5),
        "Gunmen kill five soldiers near Mali's Gao\n"
        "BAMAKO (AFP) - Gunmen killed five soldiers at a checkpoint outside Gao on Sunday, the army"
        " said. The attack came a week after militants ambushed a convoy near Ansongo.\n",
        "Ansongo",
    ),
    (
        date(2022, 4, 6),
        "Nigerian troops kill 20 insurgents near Bama\n"
        "MAIDUGURI (Reuters) - Nigerian troops killed 20 insurgents near Bama on Wednesday, the army"
        " said. Boko Haram fighters had raided Gwoza last month.\n",
        "Gwoza",
    ),
]


@pytest.mark.parametrize(("published", "text", "earlier"), BACKGROUND)
def test_an_earlier_event_told_with_no_day_of_its_own_stays_background(
    extractor: Extractor, published: date, text: str, earlier: str
) -> None:
    r = run(extractor, text, published)
    assert not dated(r, earlier), [(i.location, i.event_date) for i in r.incidents]


# An earlier act told after "after", "in response to", "followed" with a day of its own, its
# place told as an event's: the report model keeps it.
CUED = [
    (
        date(2019, 3, 9),
        "Jihadists kill six soldiers near Mopti\n"
        "BAMAKO (AFP) - Jihadists killed six soldiers near Mopti on Friday, the army said. The"
        " attack came after gunmen burned a market in Djenne on Wednesday.\n",
        "Mopti",
        "Djenné",
    ),
    (
        date(2019, 3, 9),
        "Car bomb kills seven in Baqubah\n"
        "BAGHDAD (Reuters) - A car bomb killed seven people at a market in Baqubah on Saturday,"
        " police said. After gunmen attacked an army checkpoint in Tarmiyah on Thursday, troops"
        " sealed off the roads north of the capital.\n",
        "Baqubah",
        "Aţ Ţārmīyah",
    ),
    (
        date(2019, 3, 9),
        "Russian jets strike Kafr Nabl\n"
        "BEIRUT (AFP) - Russian jets struck Kafr Nabl on Saturday, killing four civilians, a monitor"
        " said. The raids followed a rebel assault on an army post in Suqaylabiyah on Thursday.\n",
        "Kafranbel",
        "As-Suqaylabiyah",
    ),
    # the fifteenth session's side places (tests/test_report_model_fifteenth.py), second events
    # under the seventeenth session's rule
    (
        date(2019, 3, 9),
        "Rebels take Maan village\n"
        "BEIRUT (Reuters) - Rebels captured the village of Maan north of Hama on Friday, a monitor"
        " said. They had seized nearby Kawkab on Wednesday.\n",
        "Ma`an",
        "Kawkab",
    ),
    (
        date(2019, 3, 9),
        "Gunmen kill two soldiers in Afgoye\n"
        "MOGADISHU (Reuters) - Gunmen shot dead two soldiers at a checkpoint in Afgoye on Friday,"
        " police said. It was the second attack in the area this week, after al Shabaab fighters"
        " raided a base in Marka on Tuesday.\n",
        "Afgooye",
        "Marka",
    ),
]


@pytest.mark.parametrize(("published", "text", "event", "second"), CUED)
def test_an_earlier_act_told_with_its_own_day_weighs_no_earlier_cue(
    extractor: Extractor, rules: Extractor, published: date, text: str, event: str, second: str
) -> None:
    r = run(rules, text, published)
    feats = incident_features(r)
    placed = [i for i in r.incidents if id(i) in feats]
    assert any(i.location.startswith(second) for i in placed), [i.location for i in placed]
    for i in placed:
        if i.location.startswith(second):
            assert feats[id(i)]["earlier_cue"] == 0.0
    kept = [i.location for i in run(extractor, text, published).incidents]
    assert any(loc.startswith(event) for loc in kept), kept
    assert any(loc.startswith(second) for loc in kept), kept
