"""The report model's twenty-second-session features (extraction/salience.py): a placed incident
whose place is where the fire came from ("fire_from": "the shells came from army positions in
X", "gunmen stationed in X fired rockets", "came in from villages around X") or where someone
spoke ("speaker_place": "military correspondents in X said", "a statement carried by state media in X") weighs
against it, so a short report's incident there is dropped while the place where it fell stays.

Reports of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction
from incident_explorer.extraction.salience import LABELS, incident_features

PUBLISHED = date(2019, 3, 9)


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


# The event's town, then the town the fire or the attackers came from.
FIRED_FROM = [
    (
        "Shelling kills six in Kafr Zita\n"
        "BEIRUT (AFP) - Artillery shells killed six civilians, among them two children, in Kafr Zita"
        " on Wednesday, a monitor said. Residents said the shells came from army guns dug in around"
        " Taybat al-Imam. Rescue workers pulled two survivors from the rubble.\n",
        "Kafr Zayt",
        "Ţayyibat al Imām",
    ),
    (
        "Rebels shell Hama villages\n"
        "HAMA (SANA) - Terrorist groups shelled the village of Mhardeh on Sunday, killing four"
        " citizens, a source said. Meanwhile, gunmen stationed in Latamneh fired rockets at farms in"
        " the area.\n",
        "Maharda",
        "Al Lataminah",
    ),
    (
        "Gunmen kill 11 in Benue village\n"
        "MAKURDI, Nigeria (AP) - Gunmen killed 11 villagers in Agatu on Tuesday night, police said."
        " Survivors said the attackers came in on motorbikes from villages around Lafia and set"
        " fire to homes before they left.\n",
        "Agatu",
        "Lafia",
    ),
]

# The event's town, then the seat of those who spoke of it.
SPOKEN_AT = [
    (
        "Coalition strikes kill fighters in Yemen's Hajjah\n"
        "Coalition warplanes carried out air strikes on Houthi positions in Abs district on Monday,"
        " killing at least a dozen fighters, according to a statement carried by state media in"
        " Riyadh.\n",
        "Abs",
        "Riyadh",
    ),
    (
        "Rocket fire kills two in Sderot\n"
        "Rockets fired from Gaza killed two people in Sderot on Tuesday, police said. Military correspondents"
        " in Tel Aviv said the army had struck back at launch sites.\n",
        "Sderot",
        "Tel Aviv",
    ),
]


def _placed(r: Extraction) -> list[str]:
    return [i.location for i in r.incidents if i.location]


@pytest.mark.parametrize(("text", "event", "side"), FIRED_FROM)
def test_where_the_fire_came_from_is_a_feature(rules: Extractor, text: str, event: str, side: str) -> None:
    r = run(rules, text)
    feats = incident_features(r)
    placed = [i for i in r.incidents if id(i) in feats]
    assert any(i.location.startswith(side) for i in placed), [i.location for i in placed]
    for i in placed:
        assert feats[id(i)]["fire_from"] == i.location.startswith(side), i.location


@pytest.mark.parametrize(("text", "event", "side"), SPOKEN_AT)
def test_where_someone_spoke_is_a_feature(rules: Extractor, text: str, event: str, side: str) -> None:
    r = run(rules, text)
    feats = incident_features(r)
    placed = [i for i in r.incidents if id(i) in feats]
    assert any(i.location.startswith(side) for i in placed), [i.location for i in placed]
    for i in placed:
        assert feats[id(i)]["speaker_place"] == i.location.startswith(side), i.location


@pytest.mark.parametrize(
    ("text", "event", "side", "feature"),
    [
        *((*case, "fire_from") for case in FIRED_FROM),
        *((*case, "speaker_place") for case in SPOKEN_AT),
    ],
)
def test_the_side_place_is_dropped_and_the_event_stays(
    extractor: Extractor, rules: Extractor, text: str, event: str, side: str, feature: str
) -> None:
    assert any(loc.startswith(side) for loc in _placed(run(rules, text)))  # the rules make it
    r = run(extractor, text)
    after = _placed(r)
    assert any(loc.startswith(event) for loc in after), after
    assert not any(loc.startswith(side) for loc in after), after
    # its mention says why it was set aside
    reasons = [m.reason for m in r.mentions if m.candidate and m.candidate.place.name.startswith(side)]
    assert any(LABELS[feature] in reason for reason in reasons), reasons


@pytest.mark.parametrize(
    "text",
    [
        "Rockets fired from Gaza killed two people in Sderot on Tuesday, police said.",
        "Gunmen who came from the hills killed five farmers in Kauru on Saturday, residents said.",
        "A bomb killed five people in Ghazni on Sunday, a police spokesman in Kabul said.",
    ],
)
def test_the_place_where_it_fell_is_neither(rules: Extractor, text: str) -> None:
    r = run(rules, text)
    feats = incident_features(r)
    for i in r.incidents:
        if id(i) in feats and not i.location.startswith(("Gaza", "Kabul")):
            assert not feats[id(i)]["fire_from"] and not feats[id(i)]["speaker_place"], i.location
