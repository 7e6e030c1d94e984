"""Places a report names beside its event place where nothing happened (wire batch 19's misses):
the town those who fired were stationed around, also when the countryside it lies in is told
before the verb; the city a mountain range is told from, and the range itself. Texts of our own,
none from tests/wire/."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 20)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in r.mentions}


@pytest.mark.parametrize(
    ("text", "origin", "target"),
    [
        (
            "Terrorists positioned around Kafr Zita in the northern countryside of Hama fired rockets on "
            "Mhardeh on Monday, wounding four civilians. Firefighters put out fires.",
            "Kafr Zita",
            "Mhardeh",
        ),
        (
            "Turkish-backed factions stationed near Azaz in the northern countryside of Aleppo fired "
            "artillery shells at Tal Rifaat on Sunday, killing a child. Residents fled.",
            "Azaz",
            "Tal Rifaat",
        ),
        (
            "Gunmen positioned in Kafr Nubl in the southern countryside of Idlib launched rockets on "
            "Suqaylabiyah on Thursday, killing a woman. Shops closed.",
            "Kafr Nubl",
            "Suqaylabiyah",
        ),
    ],
)
def test_stationed_around_a_town_of_a_countryside_is_the_origin(
    extractor: Extractor, text: str, origin: str, target: str
) -> None:
    got = roles(extractor, text)
    assert got[origin] == "origin"
    assert got[target] == "event"


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        (
            "Militants attacked a checkpoint near Kalakot in the Pir Panjal hills south of Srinagar on "
            "Monday, killing two soldiers. The army said the attackers fled.",
            "Srinagar",
        ),
        (
            "Jihadists ambushed a patrol outside Tessalit in the Adrar mountains north of Gao on Friday, "
            "killing six soldiers. Reinforcements arrived later.",
            "Gao",
        ),
        (
            "Gunmen ambushed an army convoy near Mutaybijah in the Hamrin mountains east of Tikrit on "
            "Saturday, killing four soldiers. No group claimed the attack.",
            "Tikrit",
        ),
        (
            "Rebels overran the village of Maaloula in the Qalamoun mountains north of Damascus on Sunday, "
            "killing five soldiers. The army sent reinforcements.",
            "Damascus",
        ),
    ],
)
def test_city_a_range_is_told_from_is_a_landmark(extractor: Extractor, text: str, landmark: str) -> None:
    assert roles(extractor, text)[landmark] == "mentioned"


@pytest.mark.parametrize(
    ("text", "event", "range_name"),
    [
        (
            "Shelling hit the village of Kafr Ruma in the Zawiya mountains south of Idlib on Wednesday, "
            "killing three civilians. Rescuers searched the rubble.",
            "Kafr Ruma",
            "Zawiya",
        ),
        (
            "Rebels overran the village of Maaloula in the Qalamoun mountains north of Damascus on Sunday, "
            "killing five soldiers. The army sent reinforcements.",
            "Maaloula",
            "Qalamoun",
        ),
        (
            "Insurgents shelled Bazian in the Qara Dagh hills west of Sulaymaniyah on Friday, wounding six "
            "police officers.",
            "Bazian",
            "Qara Dagh",
        ),
    ],
)
def test_range_a_town_lies_in_is_context(
    extractor: Extractor, text: str, event: str, range_name: str
) -> None:
    got = roles(extractor, text)
    assert got[event] == "event"
    assert got[range_name] == "mentioned"


@pytest.mark.parametrize(
    ("text", "event", "reached"),
    [
        (
            "Rebels shelled the village of Kafr Halab on Tuesday, killing four people, as they pushed their "
            "offensive to within a few kilometres of the town of Atarib. Residents fled north.",
            "Kafr Halab",
            "Atarib",
        ),
        (
            "The Taliban captured Nad Ali on Sunday after days of fighting that killed 20 police, bringing "
            "their fighters within 10 kilometres of Lashkar Gah, officials said.",
            "Nad Ali",
            "Lashkar Gah",
        ),
        (
            "Insurgents overran an army post in Macomia on Friday, killing seven soldiers, and advanced to "
            "within 30 km of Pemba, residents said.",
            "Macomia",
            "Pemba",
        ),
    ],
)
def test_how_near_an_advance_came_is_no_event_place(
    extractor: Extractor, text: str, event: str, reached: str
) -> None:
    got = roles(extractor, text)
    assert got[event] == "event"
    assert got[reached] == "mentioned"


@pytest.mark.parametrize(
    ("text", "event", "destination"),
    [
        (
            "Clashes killed 14 fighters in Gharyan on Wednesday. The rebels took their dead south to Mizdah, "
            "a commander said.",
            "Gharyan",
            "Mizdah",
        ),
        (
            "A militia ambushed a convoy outside Mopti on Sunday, killing six soldiers; the army took its "
            "casualties west to Segou.",
            "Mopti",
            "Segou",
        ),
        (
            "Jihadists raided a market in Djibo on Sunday, killing 12 people; villagers took their wounded "
            "south to Ouahigouya.",
            "Djibo",
            "Ouahigouya",
        ),
    ],
)
def test_where_a_side_took_its_casualties_is_a_destination(
    extractor: Extractor, text: str, event: str, destination: str
) -> None:
    got = roles(extractor, text)
    assert got[event] == "event"
    assert got[destination] == "mentioned"


def places(extractor: Extractor, text: str) -> dict[str, str]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.candidate.place.name for m in r.mentions if m.candidate}


@pytest.mark.parametrize(
    ("text", "town", "landmark"),
    [
        (
            "Gunmen attacked a checkpoint in Maidan Shar, west of Kabul, on Monday, killing four soldiers.",
            "Maidan Shar",
            "Kabul",
        ),
        (
            "Gunmen attacked a checkpoint in Qayara, south of Mosul, on Monday, killing four soldiers.",
            "Qayara",
            "Mosul",
        ),
        (
            "Gunmen attacked a checkpoint in Gubio, northwest of Maiduguri, on Monday, killing four "
            "soldiers.",
            "Gubio",
            "Maiduguri",
        ),
    ],
)
def test_a_town_told_away_from_a_landmark_is_not_read_as_it(
    extractor: Extractor, text: str, town: str, landmark: str
) -> None:
    """The landmark's point stands in for no town told a compass way from it, when the town's
    own name reads a place of that country."""
    got = places(extractor, text)
    assert got[town] != got[landmark]


@pytest.mark.parametrize(
    ("text", "event", "told_from"),
    [
        (
            "Troops seized the village of Hazzeh on Monday after clashes that killed 12 rebels, tightening "
            "the siege on the rebel enclave east of Damascus. The rebels said they had pulled back.",
            "Hazzeh",
            "Damascus",
        ),
        (
            "Jets bombed Kafr Nabl on Sunday, killing six civilians, as strikes pounded villages south of "
            "Idlib. Rescuers searched the rubble.",
            "Kafr Nabl",
            "Idlib",
        ),
        (
            "Warplanes struck Saraqeb on Tuesday, killing three people, and shelled farmland south of "
            "Aleppo, a monitor said.",
            "Saraqeb",
            "Aleppo",
        ),
    ],
)
def test_place_an_area_is_told_from_beside_a_town_there_is_no_event_place(
    extractor: Extractor, text: str, event: str, told_from: str
) -> None:
    got = roles(extractor, text)
    assert got[event] == "event"
    assert got[told_from] == "mentioned"


@pytest.mark.parametrize(
    ("text", "told_from"),
    [
        # the other event place lies another way, or far: the area's own best place
        (
            "Shelling hit areas east of Damascus and the countryside of Aleppo on Monday, killing four "
            "people.",
            "Damascus",
        ),
        (
            "Drones struck a car near Qamishli on Friday, killing two fighters, as Turkish shelling hit "
            "villages east of Hasakah.",
            "Hasakah",
        ),
        ("Air strikes on villages about 10 km north of Hama killed five people on Monday.", "Hama"),
    ],
)
def test_place_an_area_is_told_from_alone_is_its_event_place(
    extractor: Extractor, text: str, told_from: str
) -> None:
    assert roles(extractor, text)[told_from] == "event"
