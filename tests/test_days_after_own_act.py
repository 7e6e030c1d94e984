"""An earlier event told after "The attack came two days after", with its own act and place but
no toll ("... after gunmen ambushed a convoy near X"), is an event of its own, dated that many
days before the report's first (the wire set's rule: news of the report's last few days); its
word no longer vanishes for want of a place, day or toll of its own. The report's own event
named again before "after" ("The attack came a day after talks in X") makes none at X.

Reports of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

CASES = [
    (
        date(2023, 5, 7),
        "Gunmen kill 12 police in Kunduz\n"
        "KABUL (AP) - Gunmen attacked a police post in Kunduz on Sunday, killing 12 officers,"
        " officials said. The attack came two days after Taliban fighters ambushed a supply convoy"
        " near Khanabad.\n",
        "Khanabad",
        date(2023, 5, 5),
    ),
    (
        date(2022, 3, 9),
        "Jihadists kill eight soldiers in Mali's Gao region\n"
        "BAMAKO (Reuters) - Jihadists killed eight soldiers at an army base outside Gao on Tuesday,"
        " the army said. The assault came a day after militants stormed a police station in Menaka,"
        " a local official said.\n",
        "Ménaka",
        date(2022, 3, 7),
    ),
    (
        date(2021, 11, 20),
        "Bomb kills 10 at Somali restaurant\n"
        "MOGADISHU (AFP) - A suicide bomber killed 10 people at a restaurant in Baidoa on Friday,"
        " police said. The bombing came a day after al Shabaab fighters attacked an army post near"
        " Afgoye.\n",
        "Afgooye",
        date(2021, 11, 18),
    ),
]


@pytest.mark.parametrize(("published", "text", "place", "day"), CASES)
def test_an_act_told_after_days_after_is_an_event_of_its_own(
    extractor: Extractor, published: date, text: str, place: str, day: date
) -> None:
    r = extractor.extract(articles.from_text(text, published=published))
    assert day in [i.event_date for i in r.incidents if i.location.startswith(place)], [
        (i.location, i.event_date) for i in r.incidents
    ]


@pytest.mark.parametrize(
    "aside",
    [
        "The attack came a day after peace talks in Doha broke down.",
        "The raid came two days after the president visited Kandahar.",
        "The attack came a day after a wedding in Herat.",
    ],
)
def test_no_event_at_a_place_the_aside_names_without_an_act(extractor: Extractor, aside: str) -> None:
    text = (
        "Gunmen kill 12 police in Kunduz\n"
        "KABUL (AP) - Gunmen attacked a police post in Kunduz on Sunday, killing 12 officers,"
        f" officials said. {aside}\n"
    )
    r = extractor.extract(articles.from_text(text, published=date(2023, 5, 7)))
    assert [i.location.split(",")[0] for i in r.incidents] == ["Kunduz"]
