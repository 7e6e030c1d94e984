"""Rules prompted by the thirteenth wire batch's misses (scored in the fourteenth session): roads
named after the towns they join, and the other shapes its misses showed.

Each rule on several differently worded sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2019, 3, 9)  # a Saturday


def run(extractor: Extractor, text: str, published: date = PUBLISHED) -> Extraction:
    return extractor.extract(articles.from_text(text, published=published))


def roles(r: Extraction) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for m in r.mentions:
        out.setdefault(m.text, []).append(m.role)
    return out


@pytest.mark.parametrize(
    ("text", "ends", "place"),
    [
        (
            "Government forces stormed Khan Tuman on Sunday and cut the Aleppo-Damascus and Latakia "
            "highways, activists said.",
            ("Damascus", "Latakia"),
            "Khan Tuman",
        ),
        (
            "Taliban fighters overran a police checkpoint in Sarobi district on the Kabul-Jalalabad road "
            "on Monday, killing six officers.",
            ("Kabul", "Jalalabad"),
            "Sarobi",
        ),
        (
            "Militants ambushed a patrol near Gardez on Sunday and blocked the road linking Kabul "
            "with Khost.",
            ("Kabul", "Khost"),
            "Gardez",
        ),
        (
            "Fano fighters attacked Debre Sina on Tuesday and closed the highway between Addis Ababa and "
            "Dessie for hours.",
            ("Addis Ababa", "Dessie"),
            "Debre Sina",
        ),
        (
            "Gunmen killed three truck drivers outside Khanasser on Tuesday and briefly closed the "
            "Aleppo-Hama highway.",
            ("Aleppo", "Hama"),
            "Khanasser",
        ),
    ],
)
def test_the_towns_naming_a_road_are_no_event_places_beside_the_place_on_it(
    extractor: Extractor, text: str, ends: tuple[str, ...], place: str
) -> None:
    r = roles(run(extractor, text))
    assert "event" in r[place], text
    for end in ends:
        assert "event" not in r[end], (end, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stopped a minibus on the Homs-Palmyra road on Thursday and shot dead five passengers.",
        "Clashes on the Homs-Palmyra highway killed three soldiers, while shelling hit Daraa.",
    ],
)
def test_a_road_with_its_own_event_keeps_its_towns(extractor: Extractor, text: str) -> None:
    r = roles(run(extractor, text))
    assert "event" in r["Homs"], text


@pytest.mark.parametrize(
    ("text", "make", "place"),
    [
        ("Rebels fired a salvo of Grad rockets at the army barracks in Jableh on Friday.", "Grad", "Jableh"),
        (
            "Russian forces fired Iskander missiles at Kramatorsk overnight, killing four people.",
            "Iskander",
            "Kramatorsk",
        ),
        (
            "U.S. warships launched dozens of Tomahawk cruise missiles at the Shayrat air base near Homs "
            "on Friday.",
            "Tomahawk",
            "Shayrat",
        ),
    ],
)
def test_a_weapon_s_make_is_no_place(extractor: Extractor, text: str, make: str, place: str) -> None:
    r = run(extractor, text)
    assert make not in {m.text for m in r.mentions}, text
    events = [m for m in r.mentions if m.text == place and m.role == "event"]
    assert events and events[0].candidate is not None and events[0].candidate.place.country_code != "US"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A Sarmada drone strike killed two children on Monday.", "Sarmada"),
        ("Gaza rockets hit Sderot on Monday, wounding three.", "Gaza"),
    ],
)
def test_a_place_before_a_weapon_s_attack_or_a_region_s_rockets_stays(
    extractor: Extractor, text: str, place: str
) -> None:
    assert place in {m.text for m in run(extractor, text).mentions}, text


@pytest.mark.parametrize(
    ("text", "place", "parents"),
    [
        (
            "Gunmen killed a former rebel commander whose car had been stopped at a checkpoint outside "
            "Jasim (Izra', Dar'a).",
            "Jasim",
            ("Izra", "Dar'a"),
        ),
        (
            "Shelling killed a man who had gone back to his farm near Kafr Zita (Muhradah, Hama).",
            "Kafr Zita",
            ("Muhradah",),
        ),
        (
            "Unidentified gunmen shot dead a teacher who had returned to his home near Nawa (Izra', Dar'a) "
            "on Saturday. 1 fatality.",
            "Nawa",
            ("Izra", "Dar'a"),
        ),
    ],
)
def test_the_parents_in_brackets_after_a_place_are_no_event_places(
    extractor: Extractor, text: str, place: str, parents: tuple[str, ...]
) -> None:
    r = roles(run(extractor, text))
    assert "event" in r[place], text
    for parent in parents:
        assert "event" not in r[parent], (parent, text)


@pytest.mark.parametrize(
    ("text", "heading", "place"),
    [
        (
            "Hama: Regime shelling kills child. On 7 March 2019, regime forces shelled Kafr Zita "
            "(Muhradah, Hama), killing a child. 1 fatality.",
            "Hama",
            "Kafr Zita",
        ),
        (
            "Deir-ez-Zor: Landmine kills shepherds. On 5 March 2019, a landmine exploded near Kishkiyah "
            "(Abu Kamal, Deir-ez-Zor), killing three shepherds. 3 fatalities.",
            "Deir-ez-Zor",
            "Kishkiyah",
        ),
        (
            "Dar'a: Gunmen kill former rebel. On 6 March 2019, unidentified gunmen shot dead a former "
            "rebel fighter outside his shop in Jasim (Izra', Dar'a). 1 fatality.",
            "Dar'a",
            "Jasim",
        ),
    ],
)
def test_a_governorate_heading_before_a_colon_is_context(
    extractor: Extractor, text: str, heading: str, place: str
) -> None:
    r = run(extractor, text)
    assert r.mentions[0].text == heading and r.mentions[0].role == "mentioned", text
    assert "event" in roles(r)[place], text
    assert len(r.incidents) == 1, [i.location for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "across"),
    [
        (
            "Jihadists ambushed an army convoy outside Menaka near Mali's long border with Niger on "
            "Friday, killing nine soldiers.",
            ("Niger",),
        ),
        (
            "Gunmen attacked a police post in Torkham near Afghanistan's border crossing with Pakistan on "
            "Monday, killing three officers.",
            ("Pakistan",),
        ),
        (
            "Israeli jets struck a weapons depot outside Quneitra near Syria's frontiers with Israel and "
            "Jordan on Monday.",
            ("Israel", "Jordan"),
        ),
    ],
)
def test_the_countries_across_a_country_s_named_border_are_no_event_places(
    extractor: Extractor, text: str, across: tuple[str, ...]
) -> None:
    r = roles(run(extractor, text))
    for country in across:
        assert "event" not in r[country], (country, text)


@pytest.mark.parametrize(
    "text",
    [
        "Guatemala's truth commission said on Monday that some 200,000 people were killed in the civil war "
        "between 1960 and 1996, most of them Maya villagers in Quiche.",
        "Between 2002 and 2008, soldiers killed more than 6,000 civilians in Antioquia and passed them off "
        "as rebels, a tribunal in Bogota found on Tuesday.",
        "Peru's ombudsman said on Friday that 69,000 people died in violence in Ayacucho from 1980 to 2000.",
    ],
)
def test_killings_over_a_span_of_years_long_past_are_no_incident(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    assert not [m.text for m in r.mentions if m.role == "event"], text
    assert not r.incidents, text


@pytest.mark.parametrize(
    "text",
    [
        "Some 30,000 people fleeing the clashes in Ituri have crossed into Uganda through Bunagana since "
        "January, the U.N. said on Friday.",
        "The IOM said 12,000 families escaping renewed fighting in Tigray had arrived in Gondar over the "
        "past month.",
        "Nearly 5,000 Syrians fled the bombardment of Idlib province to camps near Atmeh this week, OCHA "
        "said.",
    ],
)
def test_a_count_of_people_fleeing_fighting_is_no_incident(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    assert not [m.text for m in r.mentions if m.role == "event"], text
    assert not r.incidents, text


@pytest.mark.parametrize(
    "text",
    [
        "Civilians fled as jets bombed Saraqeb on Monday, killing four.",
        "Thousands of families fled the shelling of Douma that killed 12 people on Monday.",
        "Three escaped inmates were captured in Homs on Monday.",
        "Residents of Kafr Batna fled heavy shelling on Sunday, activists said.",
    ],
)
def test_violence_told_beside_a_flight_stays_an_incident(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).incidents, text


def _incident_at(r: Extraction, place: str) -> list[tuple[date | None, int | None]]:
    return [(i.event_date, i.fatalities.low) for i in r.incidents if place in i.location]


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "A bomb killed two people in Mogadishu on Friday, and hours later gunmen attacked a checkpoint "
            "in Afgoye, killing a soldier.",
            "Afgooye",
            date(2019, 3, 8),
        ),
        (
            "Jets bombed Ariha on Thursday, and later that day gunmen attacked a checkpoint near Jisr "
            "al-Shughur, killing six.",
            "Jisr",
            date(2019, 3, 7),
        ),
        (
            "A roadside bomb wounded four soldiers near Tal Afar on Sunday, and hours later gunmen raided a "
            "police station in Sinjar, killing two officers.",
            "Sinj",
            date(2019, 3, 3),
        ),
        (
            "Gunmen killed a judge in Quetta on Wednesday; hours later militants attacked a convoy near "
            "Turbat, killing three soldiers.",
            "Turbat",
            date(2019, 3, 6),
        ),
    ],
)
def test_a_participle_that_goes_on_from_a_dated_event_word_is_of_its_day(
    extractor: Extractor, text: str, place: str, day: date
) -> None:
    found = _incident_at(run(extractor, text), place)
    assert found and found[0][0] == day, found


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Car bomb kills 9 in Kirkuk market\nKIRKUK, Iraq (Reuters) - A car bomb exploded at a crowded "
            "market in Kirkuk on Monday, killing nine people, police said. The wounded were taken to the "
            "city's main hospital. In Tuz Khurmatu, gunmen opened fire on a police patrol in the afternoon, "
            "killing two officers, a security source said.",
            ("Kirkuk", 9),
            ("Khūrmātū", 2),
        ),
        (
            "Suicide bomber kills 12 at Kabul mosque\nKABUL, Afghanistan (AP) — A suicide bomber blew "
            "himself up inside a mosque in western Kabul on Friday, killing 12 worshippers, officials said. "
            "In Ghazni, Taliban fighters stormed a checkpoint at night, killing four soldiers, a police "
            "spokesman said.",
            ("Kabul", 12),
            ("Ghazni", 4),
        ),
        (
            "Shelling kills five in Douma\nBEIRUT (Reuters) - Government shelling killed five people in "
            "Douma on Tuesday, activists said. In Daraa, rebels ambushed an army convoy, killing three "
            "soldiers, state media said.",
            ("Dūmā", 5),
            ("Dar'a", 3),
        ),
    ],
)
def test_a_second_event_told_in_its_own_sentence_keeps_its_toll(
    extractor: Extractor, text: str, first: tuple[str, int], second: tuple[str, int]
) -> None:
    r = run(extractor, text)
    for place, toll in (first, second):
        found = _incident_at(r, place)
        assert found and found[0][1] == toll, (place, [(i.location, i.fatalities) for i in r.incidents])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen attacked a post of the Volunteers for the Defence of the Homeland (VDP) in Djibo, the "
            "main town of Soum province.",
            "Djibo",
        ),
        (
            "Gunmen raided a camp of the Volunteers for the Defence of the Homeland (VDP) in Arbinda, a town "
            "in Soum province.",
            "Arbinda",
        ),
        (
            "A roadside bomb hit a convoy of the Volunteers for the Defence of the Homeland (VDP) near "
            "Gorom-Gorom, in Oudalan province.",
            "Gorom-Gorom",
        ),
    ],
)
def test_an_acronym_in_brackets_before_a_place_phrase_opens_no_clause(
    extractor: Extractor, text: str, place: str
) -> None:
    assert "event" in roles(run(extractor, text))[place], text


@pytest.mark.parametrize(
    ("text", "hospital"),
    [
        (
            "Gunmen killed four farmers near Kaya on Friday, and the wounded were flown to the main hospital "
            "in the regional capital, Ouahigouya.",
            "Ouahigouya",
        ),
        (
            "A suicide bomber killed 11 people at a checkpoint in Shirqat on Monday, and the wounded were "
            "driven to the general hospital in the provincial capital, Tikrit.",
            "Tikrit",
        ),
        (
            "Boko Haram fighters killed seven villagers in Geidam on Saturday, and the injured were rushed "
            "to the specialist hospital in the state capital, Damaturu.",
            "Damaturu",
        ),
        (
            "A drone strike killed three fighters near Hawija on Monday; two wounded were taken to a "
            "hospital in the provincial capital, Kirkuk.",
            "Kirkuk",
        ),
        (
            "Jihadists ambushed a convoy near Menaka on Monday, killing 12 soldiers, according to a "
            "statement released in Bamako.",
            "Bamako",
        ),
        (
            "Militants stormed a checkpoint near Diffa on Friday, killing five soldiers, according to a "
            "statement read out in Niamey on state television.",
            "Niamey",
        ),
        (
            "Rebels shelled Yei on Sunday, killing three, according to a statement published in Juba by the "
            "army.",
            "Juba",
        ),
    ],
)
def test_a_hospital_in_the_capital_and_where_a_statement_was_released_are_no_event_places(
    extractor: Extractor, text: str, hospital: str
) -> None:
    r = run(extractor, text)
    assert "event" not in roles(r)[hospital], text
    assert len(r.incidents) == 1, [i.location for i in r.incidents]
