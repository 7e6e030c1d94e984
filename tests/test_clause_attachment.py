"""How event words, places and tolls of one sentence attach to each other across its clauses.

Each rule on several differently worded sentences of our own, none from tests/wire/ or dev data.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction, Incident

PUBLISHED = date(2024, 5, 28)  # a Tuesday


def run(extractor: Extractor, text: str, published: date = PUBLISHED) -> Extraction:
    return extractor.extract(articles.from_text(text, published=published))


def at(r: Extraction, name: str) -> list[Incident]:
    return [i for i in r.incidents if i.location.startswith(name)]


@pytest.mark.parametrize(
    ("text", "tolled", "toll", "other"),
    [
        # two places of one event group (towns a few km apart): the toll is the first clause's
        (
            "Regime artillery shelled Kafr Nabl on Monday, killing 11 civilians, and rockets hit Hass.",
            "Kafranbel",
            11,
            "Hass",
        ),
        (
            "Jets struck Douma, leaving 14 people dead, and helicopters dropped barrel bombs on Harasta.",
            "Dūmā",
            14,
            "Ḩarastā",
        ),
        # two events: the toll goes to the event word of its clause, not the nearer one after it
        (
            "Warplanes bombed Saraqib on Sunday, killing nine civilians, and artillery pounded Ariha.",
            "Saraqib",
            9,
            "Arīḩā",
        ),
        (
            "Insurgents ambushed a patrol outside Kismayo, killing six soldiers, and a car bomb hit "
            "a market in Baidoa.",
            "Kismayo",
            6,
            "Baidoa",
        ),
    ],
)
def test_a_toll_goes_to_the_event_of_its_own_clause(
    extractor: Extractor, text: str, tolled: str, toll: int, other: str
) -> None:
    r = run(extractor, text)
    assert [i.fatalities.best for i in at(r, tolled)] == [toll], r.incidents
    assert at(r, other), r.incidents
    assert all(i.fatalities.best is None for i in at(r, other)), at(r, other)


@pytest.mark.parametrize(
    ("text", "state", "place"),
    [
        ("A US helicopter fired on a car outside Tikrit on Monday, killing two men.", "US", "Tikrīt"),
        (
            "A U.S. fighter jet struck a convoy near Qaim on Monday, killing five fighters.",
            "U.S.",
            "Al Qā’im",
        ),
        ("A US soldier was killed in a bombing in Baghdad on Monday.", "US", "Baghdad"),
        (
            "An American-made drone hit a truck near Mosul on Monday, and a US warplane bombed Hawija.",
            "US",
            "Al Ḩawījah",
        ),
    ],
)
def test_the_country_of_one_aircraft_or_soldier_is_the_doer_not_the_place(
    extractor: Extractor, text: str, state: str, place: str
) -> None:
    r = run(extractor, text)
    assert next(m for m in r.mentions if m.text == state).role != "event"
    assert at(r, place), r.incidents
    assert all(i.country_code != "US" for i in r.incidents), r.incidents


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Shelling struck Douma as well as Harasta on Monday.", "Dūmā", "Ḩarastā"),
        (
            "Gunmen attacked a checkpoint in Mogadishu as well as a police station in Afgoye on Monday.",
            "Mogadishu",
            "Afgooye",
        ),
        ("Air strikes hit Saraqib as well as Ariha on Monday, killing five people.", "Saraqib", "Arīḩā"),
    ],
)
def test_as_well_as_lists_a_second_place_of_the_same_event(
    extractor: Extractor, text: str, first: str, second: str
) -> None:
    r = run(extractor, text)
    assert at(r, first) and at(r, second), r.incidents
    assert at(r, first)[0].sub_event_type == at(r, second)[0].sub_event_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants stormed an army post on the outskirts of Mopti on Monday and a roadside bomb hit a "
            "convoy near Douentza.",
            {
                ("Mopti", "Non-state actor overtakes territory", None),
                ("Douentza", "Remote explosive/landmine/IED", None),
            },
        ),
        (
            "Soldiers shot dead five protesters in the town of Omdurman on Monday and a car bomb killed "
            "three in Kassala.",
            {
                ("Omdurman", "Excessive force against protesters", 5),
                ("Kassala", "Remote explosive/landmine/IED", 3),
            },
        ),
        (
            "Insurgents killed four policemen at a checkpoint in Ghazni on Monday and a suicide bomber "
            "struck Kandahar.",
            {("Ghazni", "Attack", 4), ("Kandahār", "Suicide bomb", None)},
        ),
        (
            "Rebels attacked a military base in the centre of Beni overnight and a bomb exploded at a "
            "market in Butembo.",
            {("Beni", "Attack", None), ("Butembo", "Remote explosive/landmine/IED", None)},
        ),
    ],
)
def test_and_before_a_new_event_word_opens_its_own_clause(
    extractor: Extractor, text: str, expected: set[tuple[str, str, int | None]]
) -> None:
    r = run(extractor, text)
    got = {(i.location.split(",")[0], i.sub_event_type, i.fatalities.best) for i in r.incidents}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Security forces dispersed a protest in Kassala on Monday, killing two demonstrators.", "Kassala"),
        ("Police opened fire on a demonstration in Nairobi on Monday, killing four protesters.", "Nairobi"),
        (
            "Hundreds of students rallied in Lahore on Monday. Police fired tear gas at the rally and "
            "shot dead two protesters in Lahore.",
            "Lahore",
        ),
    ],
)
def test_one_protest_met_with_force_is_one_incident(extractor: Extractor, text: str, place: str) -> None:
    r = run(extractor, text)
    assert [i.sub_event_type for i in at(r, place)] == ["Excessive force against protesters"], r.incidents


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "Warplanes bombed Saraqib on Saturday, killing six people. The next day's fighting in Ariha "
            "left four rebels dead.",
            "Arīḩā",
            date(2024, 5, 26),
        ),
        (
            "Gunmen attacked a checkpoint in Afgoye on Friday, killing two soldiers. The following day's "
            "clashes near Balad killed five.",
            "Balad",
            date(2024, 5, 25),
        ),
        (
            "Rebels shelled Beni on Thursday. The next day's attack on Butembo killed nine civilians.",
            "Butembo",
            date(2024, 5, 24),
        ),
    ],
)
def test_the_next_days_event_is_dated_from_the_day_told_before(
    extractor: Extractor, text: str, place: str, day: date
) -> None:
    r = run(extractor, text)
    assert [i.event_date for i in at(r, place)] == [day], r.incidents


@pytest.mark.parametrize(
    ("text", "place", "toll"),
    [
        (
            "A car bomb killed eight people in Mogadishu on Sunday. Meanwhile, gunmen killed two soldiers.",
            "Mogadishu",
            8,
        ),
        (
            "Air strikes hit Saraqib on Monday, killing nine people. Meanwhile, a roadside bomb wounded "
            "three soldiers.",
            "Saraqib",
            9,
        ),
        (
            "Shelling killed four people in Douma on Monday. Elsewhere, a sniper shot dead a woman.",
            "Dūmā",
            4,
        ),
    ],
)
def test_an_event_told_apart_is_not_the_one_before_nor_at_its_place(
    extractor: Extractor, text: str, place: str, toll: int
) -> None:
    r = run(extractor, text)
    assert [(i.fatalities.low, i.fatalities.best) for i in at(r, place)] == [(toll, toll)], r.incidents
    assert len(r.incidents) == 2, r.incidents


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A car bomb killed seven people at a market in Mogadishu on Monday. Elsewhere in the city, "
            "gunmen shot dead two policemen at a checkpoint.",
            "Mogadishu",
        ),
        (
            "Shelling killed four people in Douma on Monday. Meanwhile, in the same town, a sniper shot "
            "dead a woman.",
            "Dūmā",
        ),
        (
            "A bomb killed five soldiers in Kandahar on Sunday. Separately, in the city, gunmen shot dead "
            "a cleric.",
            "Kandahār",
        ),
    ],
)
def test_an_event_told_apart_in_the_city_before_is_another_event_there(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert len(at(r, place)) == 2 and len(r.incidents) == 2, r.incidents


@pytest.mark.parametrize(
    ("text", "place", "high"),
    [
        (
            "An air strike hit a market in Saraqib on Monday, killing nine people. Meanwhile, the death toll "
            "from the strike rose to 14, rescuers said.",
            "Saraqib",
            14,
        ),
        (
            "A car bomb killed eight people in Mogadishu on Sunday. Meanwhile, the toll rose to 11.",
            "Mogadishu",
            11,
        ),
        (
            "Gunmen killed six villagers in Kidal on Friday. Separately, the army said the attack had "
            "killed seven.",
            "Kidal",
            7,
        ),
    ],
)
def test_an_event_told_apart_that_tells_the_event_before_again_is_that_event(
    extractor: Extractor, text: str, place: str, high: int
) -> None:
    r = run(extractor, text)
    assert len(r.incidents) == 1, r.incidents
    assert at(r, place)[0].fatalities.high == high, r.incidents


@pytest.mark.parametrize(
    ("text", "place", "toll"),
    [
        (
            "Warplanes bombed Saraqib on Monday — two days after rebels seized Kafr Nabl — killing six "
            "people.",
            "Saraqib",
            6,
        ),
        (
            "Gunmen stormed a police post in Afgoye on Sunday – a week after militants attacked Jowhar – "
            "killing four officers.",
            "Afgooye",
            4,
        ),
        (
            "A drone struck a car near Jalalabad on Monday — hours after the Taliban clashed with police "
            "in Kunar — killing three men.",
            "Jalālābād",
            3,
        ),
    ],
)
def test_a_participle_after_a_dashed_aside_goes_on_from_the_clause_before_it(
    extractor: Extractor, text: str, place: str, toll: int
) -> None:
    r = run(extractor, text)
    assert [i.fatalities.best for i in at(r, place)] == [toll], r.incidents


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shelling hit Douma — where 20 people were killed last week — on Monday, wounding five.", "Dūmā"),
        (
            "Gunmen attacked a checkpoint in Afgoye — where a bomb killed 12 soldiers last month — on "
            "Sunday, wounding two.",
            "Afgooye",
        ),
        ("Rockets hit Ariha — where an air strike killed 30 people earlier this year — on Monday.", "Arīḩā"),
    ],
)
def test_a_toll_in_a_dashed_aside_of_an_earlier_time_is_no_toll_of_the_report(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert at(r, place), r.incidents
    assert all(i.fatalities.best is None for i in at(r, place)), at(r, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Dozens wounded after Kabul blast\nA bomb exploded near a mosque on Monday, wounding at least "
            "30 worshippers, police said.",
            "Kabul",
        ),
        (
            "Markets close after Quetta explosion\nAn explosion tore through a vegetable market on Monday, "
            "killing seven people, police said.",
            "Quetta",
        ),
        (
            "Schools shut after Peshawar attack\nGunmen attacked a school on Monday, killing four students, "
            "police said.",
            "Peshawar",
        ),
    ],
)
def test_a_headline_that_only_says_after_x_blast_places_the_event_there(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert [m.role for m in r.mentions if m.text == place] == ["event"]
    assert at(r, place), r.incidents


@pytest.mark.parametrize(
    ("text", "known", "toll"),
    [
        (
            "Rebels attacked the village of Ngoubouli on Monday, killing five, and a bomb exploded in "
            "Butembo.",
            "Butembo",
            5,
        ),
        (
            "Gunmen shot dead seven farmers in Kassoum-Dieri on Sunday and soldiers clashed with militants "
            "near Djibo.",
            "Djibo",
            7,
        ),
        (
            "Soldiers clashed with rebels in Ngoubouli-Kasse on Monday, killing nine, and shelling hit Beni.",
            "Beni",
            9,
        ),
    ],
)
def test_an_event_at_a_place_the_gazetteer_lacks_takes_no_other_clauses_place(
    extractor: Extractor, text: str, known: str, toll: int
) -> None:
    r = run(extractor, text)
    assert len(at(r, known)) == 1 and at(r, known)[0].fatalities.best is None, r.incidents
    unplaced = [i for i in r.incidents if not i.location]
    assert [i.fatalities.best for i in unplaced] == [toll], r.incidents
    assert "not found in the gazetteer" in unplaced[0].place_reason


@pytest.mark.parametrize(
    ("text", "town", "toll"),
    [
        (
            "Government forces shelled Deir ez-Zor on Monday. Shells struck the Hay al-Ummal neighbourhood, "
            "killing four civilians.",
            "Deir ez-Zor",
            4,
        ),
        (
            "Rebels shelled Hasakah on Monday. A mortar round fell on the Hay al-Nashwa al-Gharbiya quarter, "
            "killing two children.",
            "Al Ḩasakah",
            2,
        ),
        (
            "Artillery pounded Albu Kamal on Friday. A shell struck the Hay al-Kornish neighbourhood, "
            "killing six people.",
            "Ālbū Kamāl",
            6,
        ),
    ],
)
def test_a_neighbourhood_the_gazetteer_lacks_is_part_of_the_town_told_before(
    extractor: Extractor, text: str, town: str, toll: int
) -> None:
    r = run(extractor, text)
    assert [i.fatalities.best for i in r.incidents] == [toll], r.incidents
    assert at(r, town), r.incidents
