"""The report model's shelter for a town inside another incident's province (extraction/salience.py
``keeps``) holds for the finer place of the same event only: a town told on another day than the
report's first incident is weighed like any other place, and a weak one is dropped.

Reports of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction
from incident_explorer.extraction.salience import FEATURES, incident_features, keeps

PUBLISHED = date(2019, 3, 14)  # a Thursday


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


# An attack told only by its province on Monday, then leaders meeting officials in a town of that
# province on Wednesday and asking for arrests (in a participle, "demanding the arrest of the
# attackers", which the rules still read as an incident: "called for the arrest of the attackers"
# reports none since the no-event rules of helper nev33, and the town is then no incident at all).
LATER_TOWN = [
    (
        "Militants attack army post in Diyala province\n"
        "BAGHDAD (Reuters) - Militants attacked an army post in Diyala province on Monday, killing two"
        " soldiers, security sources said. Tribal leaders held talks with the governor in Baquba on"
        " Wednesday, demanding the arrest of the attackers.\n",
        "Diyala",
        "Baq",
    ),
    (
        "Bandits kill three in Zamfara\n"
        "GUSAU - Bandits killed three villagers in Zamfara State on Monday, police said. Elders from"
        " the area met police commanders in Gusau on Wednesday, demanding the arrest of the gunmen.\n",
        "Zamfara",
        "Gusau",
    ),
    (
        "Militants ambush patrol in Nangarhar province\n"
        "KABUL - Militants ambushed a police patrol in Nangarhar province on Monday, killing three"
        " officers, officials said. Elders met the governor in Jalalabad on Wednesday, demanding the"
        " arrest of the attackers.\n",
        "Nangarhar",
        "Jal",
    ),
]


@pytest.mark.parametrize(("text", "province", "town"), LATER_TOWN)
def test_a_town_inside_the_province_on_another_day_is_not_sheltered(
    extractor: Extractor, rules: Extractor, text: str, province: str, town: str
) -> None:
    r = run(rules, text)
    feats = incident_features(r)
    (told,) = [i for i in r.incidents if i.location.startswith(town)]
    f = feats[id(told)]
    assert f["inside_other"] and f["date_not_first"], f
    assert not keeps(False, 0.0, f, 0.5)
    kept = run(extractor, text).incidents
    assert any(i.location.startswith(province) for i in kept)
    assert not any(i.location.startswith(town) for i in kept), [i.location for i in kept]


def test_a_town_inside_the_province_on_the_same_day_stays_sheltered() -> None:
    # the finer place of the province's own event: never dropped for its province
    same_day = dict.fromkeys(FEATURES, 0.0) | {"inside_other": 1.0}
    assert keeps(False, 0.0, same_day, 0.5)
    assert not keeps(False, 0.0, same_day | {"date_not_first": 1.0}, 0.5)
