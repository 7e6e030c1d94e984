"""Rules prompted by the tenth wire batch's misses: places that are no event places (parties
blamed or addressed, a country across a crossing, rivers, a country's adjective, an operation's
goal, an earlier event told by its time), names after "X-held", "the Idlib town of X" and a list
that goes on past an appositive.

Each rule on several differently worded sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2017, 2, 25)  # a Saturday


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


def role(r: Extraction, name: str) -> str:
    found = [m.role for m in r.mentions if m.text == name]
    assert found, f"{name} not spotted: {[m.text for m in r.mentions]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Shelling killed three people in Aleppo's Kurdish-held Sheikh Maqsoud district on Thursday.",
            "Sheikh Maqsoud",
        ),
        ("A car bomb killed five people in Turkish-controlled Afrin on Monday.", "Afrin"),
        ("Rebel-held Douma was hit by air strikes on Monday, killing 12.", "Douma"),
    ],
)
def test_a_name_after_who_holds_it_is_spotted(extractor: Extractor, text: str, place: str) -> None:
    assert role(run(extractor, text), place) == "event"


def test_who_holds_an_outlet_does_not_make_its_name_a_place(extractor: Extractor) -> None:
    r = run(
        extractor,
        "Air strikes killed 11 fighters in al-Bayda on Tuesday, while the Houthi-run Saba news agency "
        "said the dead were civilians.",
    )
    assert "Saba" not in {m.text for m in r.mentions}


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        (
            "Israeli air strikes killed ten people in the northern Gaza town of Beit Hanoun on Thursday.",
            "Beit Hanoun",
            "Gaza",
        ),
        ("Regime shelling killed five civilians in the Idlib town of Saraqeb on Monday.", "Saraqeb", "Idlib"),
        ("Gunmen killed four farmers near the Daraa village of Nawa on Sunday.", "Nawa", "Daraa"),
        ("A suicide bomber killed 12 people in the Anbar city of Ramadi on Friday.", "Ramadi", "Anbar"),
        ("Mortar fire killed six people in the rebel-held Daraa village of Nawa on Monday.", "Nawa", "Daraa"),
    ],
)
def test_the_region_town_of_x_happened_in_the_town(
    extractor: Extractor, text: str, town: str, region: str
) -> None:
    r = run(extractor, text)
    assert role(r, town) == "event"
    assert role(r, region) == "mentioned"


@pytest.mark.parametrize(
    ("text", "party", "place"),
    [
        (
            "A car bomb killed nine people in Afrin on Friday, and the "
            "Kurdish authorities blamed Turkey for the blast.",
            "Turkey",
            "Afrin",
        ),
        (
            "Militants stormed Tal Afar on Sunday, killing 30, and the government appealed to the United "
            "States for air strikes.",
            "United States",
            "Tal Afar",
        ),
        (
            "Gunmen killed 14 villagers near Bunia on Monday; officials "
            "called on Uganda to help hunt the attackers.",
            "Uganda",
            "Bunia",
        ),
        (
            "A bomb killed eight people in Kabul on Friday and officials "
            "urged Pakistan to act against the militants.",
            "Pakistan",
            "Kabul",
        ),
    ],
)
def test_a_party_blamed_or_addressed_is_no_event_place(
    extractor: Extractor, text: str, party: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, party) == "mentioned"
    assert role(r, place) == "event"


@pytest.mark.parametrize(
    ("text", "country", "place"),
    [
        (
            "Rebels seized the town of Kassab and a nearby border crossing "
            "with Turkey on Sunday, killing 12 soldiers.",
            "Turkey",
            "Kassab",
        ),
        (
            "Islamists captured the border crossing with Iraq near Albu "
            "Kamal on Friday after clashes that killed 20.",
            "Iraq",
            "Albu Kamal",
        ),
        (
            "Fighters overran the main crossing with Jordan near Nasib on Friday, killing nine guards.",
            "Jordan",
            "Nasib",
        ),
    ],
)
def test_the_country_across_a_crossing_is_no_event_place(
    extractor: Extractor, text: str, country: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, country) == "mentioned"
    assert role(r, place) == "event"


@pytest.mark.parametrize(
    ("text", "river", "place"),
    [
        (
            "SDF fighters stormed al-Ashara on the Euphrates on Sunday after a week of clashes.",
            "Euphrates",
            "al-Ashara",
        ),
        ("Shelling killed five people in Kherson on the Dnipro on Tuesday.", "Dnipro", "Kherson"),
        ("Shelling killed three fishermen near Raqqa on the Euphrates on Monday.", "Euphrates", "Raqqa"),
    ],
)
def test_a_river_the_place_lies_on_is_no_event_place(
    extractor: Extractor, text: str, river: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, river) == "mentioned"
    assert role(r, place) == "event"


def test_a_road_named_by_its_towns_is_not_a_river(extractor: Extractor) -> None:
    r = run(extractor, "Rebels shelled Saraqeb on the Aleppo-Damascus highway, killing three.")
    assert role(r, "Saraqeb") == "event"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The Taliban captured Taloqan, the capital of Takhar "
            "province, and Sar-e Pul on Sunday, officials said.",
            "Sar-e Pul",
        ),
        (
            "Rebels seized Idlib, the provincial capital, and Jisr al-Shughour on Saturday, a monitor said.",
            "Jisr al-Shughour",
        ),
        ("Militants stormed Baiji, a refinery town, and Tikrit on Tuesday, officials said.", "Tikrit"),
    ],
)
def test_a_list_goes_on_past_an_appositive(extractor: Extractor, text: str, second: str) -> None:
    assert role(run(extractor, text), second) == "event"


@pytest.mark.parametrize(
    ("text", "earlier", "place"),
    [
        (
            "Rockets hit Ashkelon on Tuesday, killing two women. Hamas said the barrage was a response to "
            "police raids at the mosque in Jerusalem a day earlier.",
            "Jerusalem",
            "Ashkelon",
        ),
        (
            "Gunmen killed six police officers in Kirkuk on Sunday, after clashes with security forces in "
            "Hawija a week earlier.",
            "Hawija",
            "Kirkuk",
        ),
        (
            "Militants bombed a checkpoint in Tikrit on Monday, saying it "
            "avenged arrests in Samarra two days earlier.",
            "Samarra",
            "Tikrit",
        ),
    ],
)
def test_events_told_by_a_time_before_are_earlier(
    extractor: Extractor, text: str, earlier: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, earlier) == "mentioned"
    assert role(r, place) == "event"


@pytest.mark.parametrize(
    ("text", "goal", "place"),
    [
        (
            "Iraqi troops retook the town of Shirqat on Thursday, clearing a pocket of militants before an "
            "offensive on Mosul, about 100 km to the north.",
            "Mosul",
            "Shirqat",
        ),
        (
            "Troops shelled militant positions in Qayyarah on Monday, "
            "killing 15, ahead of an assault on Mosul.",
            "Mosul",
            "Qayyarah",
        ),
        (
            "Troops shelled Hawija on Monday, killing nine, in "
            "preparation for an operation to retake Kirkuk.",
            "Kirkuk",
            "Hawija",
        ),
    ],
)
def test_the_goal_of_an_operation_to_come_is_no_event_place(
    extractor: Extractor, text: str, goal: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, goal) == "mentioned"
    assert role(r, place) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "A German court on Thursday convicted a former police colonel "
        "over the torture of detainees in Damascus.",
        "A German soldier was killed in an attack in Kunduz on Monday.",
        "Gunmen shot dead a German engineer in Herat on Monday.",
    ],
)
def test_a_country_adjective_before_a_noun_is_no_event_place(extractor: Extractor, text: str) -> None:
    assert role(run(extractor, text), "German") == "mentioned"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Envoys of Sudan and South Sudan signed a ceasefire in Addis Ababa on Monday after clashes "
            "killed 40 in Heglig.",
            "Sudan",
            "South Sudan",
        ),
        (
            "The defence ministers of Armenia and Azerbaijan agreed a truce on Saturday after shelling "
            "killed nine soldiers near Tavush.",
            "Armenia",
            "Azerbaijan",
        ),
        (
            "The governors of Kunar and Nangarhar said air strikes killed 30 militants in Achin on Sunday.",
            "Kunar",
            "Nangarhar",
        ),
    ],
)
def test_the_areas_of_several_offices_are_no_event_places(
    extractor: Extractor, text: str, first: str, second: str
) -> None:
    r = run(extractor, text)
    assert role(r, first) == "origin"
    assert role(r, second) == "origin"


@pytest.mark.parametrize(
    ("text", "venue", "place"),
    [
        (
            "Government and rebel negotiators sealed a truce deal in Doha on Friday to end fighting that "
            "has killed thousands in Darfur.",
            "Doha",
            "Darfur",
        ),
        (
            "The two sides signed a peace agreement in Washington on Friday after months of fighting that "
            "killed hundreds near Goma.",
            "Washington",
            "Goma",
        ),
        (
            "Envoys of Sudan and South Sudan signed a ceasefire in Addis Ababa on Monday after clashes "
            "killed 40 in Heglig.",
            "Addis Ababa",
            "Heglig",
        ),
    ],
)
def test_where_a_deal_was_signed_is_no_event_place(
    extractor: Extractor, text: str, venue: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, venue) == "mentioned"
    assert role(r, place) == "event"


@pytest.mark.parametrize(
    ("text", "venue", "place"),
    [
        (
            "A report released in Brussels said 300 people were killed in attacks in northern Mali.",
            "Brussels",
            "Mali",
        ),
        (
            "A study published in London on Monday said air strikes killed 200 civilians in Yemen.",
            "London",
            "Yemen",
        ),
        (
            "A U.N. report presented in Geneva on Tuesday said 1,600 civilians were killed in Myanmar.",
            "Geneva",
            "Myanmar",
        ),
    ],
)
def test_where_a_report_was_made_public_is_no_event_place(
    extractor: Extractor, text: str, venue: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, venue) == "mentioned"
    assert role(r, place) == "event"


@pytest.mark.parametrize(
    ("text", "unit", "place"),
    [
        (
            "A roadside bomb killed four soldiers near Marjah in Nad Ali district on Saturday.",
            "Nad Ali",
            "Marjah",
        ),
        (
            "Militants attacked a checkpoint in Jamrud in Khyber district on Monday, killing six.",
            "Khyber",
            "Jamrud",
        ),
        ("Gunmen killed nine farmers in Pazigyi in Kanbalu township on Tuesday.", "Kanbalu", "Pazigyi"),
        (
            "Troops shelled a village near Oicha in Congo's North Kivu province, killing seven.",
            "North Kivu",
            "Oicha",
        ),
    ],
)
def test_a_district_or_a_possessed_unit_after_in_encloses_the_place(
    extractor: Extractor, text: str, unit: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, unit) == "mentioned"
    assert role(r, place) == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Kurdish fighters drove Islamic State militants out of Tal Hamis in Hasakah province on Friday "
            "after air strikes killed 20.",
            "Tal Hamis",
        ),
        ("Army units drove insurgents out of Tal Tamr on Monday, killing 14.", "Tal Tamr"),
        (
            "The army drove Islamic State out of Ain Issa on Saturday after fighting that killed 30.",
            "Ain Issa",
        ),
    ],
)
def test_a_place_driven_out_of_is_a_locative_phrase(extractor: Extractor, text: str, place: str) -> None:
    assert role(run(extractor, text), place) == "event"


@pytest.mark.parametrize(
    ("text", "earlier", "place"),
    [
        (
            "A drone strike killed a tribal leader in Kishkiyah on Sunday. The killing followed two days of "
            "protests by residents in Al Busayrah against the SDF.",
            "Al Busayrah",
            "Kishkiyah",
        ),
        (
            "Gunmen killed four policemen in Quetta on Monday; the attack follows a bombing at a market in "
            "Parachinar last week.",
            "Parachinar",
            "Quetta",
        ),
        (
            "Militants stormed a checkpoint near Arish on Friday, killing eight soldiers; the raid followed "
            "clashes in Rafah.",
            "Rafah",
            "Arish",
        ),
    ],
)
def test_what_the_event_followed_is_an_earlier_event(
    extractor: Extractor, text: str, earlier: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, earlier) == "mentioned"
    assert role(r, place) == "event"


def test_followed_by_tells_a_later_event_of_its_own(extractor: Extractor) -> None:
    r = run(extractor, "Israeli jets struck Gaza on Monday, killing 12, followed by shelling in Khan Younis.")
    assert role(r, "Khan Younis") == "event"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Colombia's government and FARC rebels signed a revised peace accord on Thursday, two months "
            "after an ambush killed 11 soldiers.",
            "Colombia",
        ),
        (
            "Sudan's government and rebel groups signed a ceasefire in Juba on Monday after fighting killed "
            "40 in Blue Nile state.",
            "Sudan",
        ),
        (
            "Myanmar's government and eight armed groups signed a truce on Thursday after clashes killed "
            "30 soldiers.",
            "Myanmar",
        ),
    ],
)
def test_a_government_that_signs_a_deal_is_no_event_place(
    extractor: Extractor, text: str, country: str
) -> None:
    assert role(run(extractor, text), country) == "mentioned"


@pytest.mark.parametrize(
    ("text", "venue", "place"),
    [
        (
            "Militants attacked a checkpoint near Tikrit on Monday, killing four soldiers. Al-Iraqiya TV in "
            "Baghdad said the attackers had been killed in the fighting.",
            "Baghdad",
            "Tikrit",
        ),
        (
            "Rebels shelled the village of Mahardeh overnight, wounding nine. State media in Damascus said "
            "troops had repelled the assault and killed dozens of fighters.",
            "Damascus",
            "Mahardeh",
        ),
        (
            "A roadside bomb killed three policemen in Lashkar Gah on Tuesday. The state news agency in "
            "Kabul reported that two more bombs were defused after the blast.",
            "Kabul",
            "Lashkar Gah",
        ),
        (
            "Gunmen killed six people at a market in Maiduguri. A private radio station in Kano said the "
            "attackers burned dozens of stalls.",
            "Kano",
            "Maiduguri",
        ),
    ],
)
def test_a_news_outlet_speaking_from_a_city_is_no_event_place(
    extractor: Extractor, text: str, venue: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, venue) == "mentioned"
    assert role(r, place) == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Government forces then turned to Saraqeb, shelling the town for hours and killing 12 civilians,"
            " activists said.",
            "Saraqeb",
        ),
        (
            "After taking the hills, the militants turned to Jowhar, where they stormed a police station and"
            " killed six officers.",
            "Jowhar",
        ),
        ("The bombardment turned to Douma on Tuesday, killing at least 20 people, rescuers said.", "Douma"),
    ],
)
def test_fighting_that_turned_to_a_place_happened_there(extractor: Extractor, text: str, place: str) -> None:
    # "turned to X" moves the fighting there; it addresses no party (review12a)
    assert role(run(extractor, text), place) == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Warplanes pounded the area for days before a ground assault on Khan Sheikhoun on Friday that"
            " killed 15 fighters.",
            "Khan Sheikhoun",
        ),
        (
            "Troops shelled rebel lines for hours before the final push into Manbij on Tuesday, in which 30"
            " fighters were killed, the monitor said.",
            "Manbij",
        ),
        (
            "Jets bombed the hills for a week before an offensive against Tal Rifaat on Sunday that left 40"
            " fighters dead.",
            "Tal Rifaat",
        ),
    ],
)
def test_an_operation_told_as_done_is_no_goal(extractor: Extractor, text: str, place: str) -> None:
    # its day or its toll right after the place says it happened (review12a)
    assert role(run(extractor, text), place) == "event"


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "Taliban fighters attacked Ghazni, the provincial capital, and Kabul sent reinforcements on"
            " Sunday, officials said.",
            "Kabul",
        ),
        (
            "Militants stormed Kunduz, the provincial capital, and Kabul rushed special forces to the city"
            " on Monday.",
            "Kabul",
        ),
        (
            "Gunmen raided Bunia, the capital of Ituri province, and Kinshasa declared a curfew there on"
            " Friday.",
            "Kinshasa",
        ),
    ],
)
def test_a_subject_after_an_appositive_is_no_list_item(extractor: Extractor, text: str, seat: str) -> None:
    # "..., and Kabul sent reinforcements": a clause of its own, not the list going on (review12a)
    assert role(run(extractor, text), seat) == "mentioned"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian missiles struck a port on the Odesa coast on Monday, killing three dock workers.", "Odesa"),
        (
            "Shells hit a village on the Latakia coast on Friday, killing two fishermen, state media said.",
            "Latakia",
        ),
        (
            "Saudi-led jets bombed a fishing town on the Hodeidah coast on Sunday, killing nine people,"
            " medics said.",
            "Hodeidah",
        ),
        ("Air strikes hit a village on the Idlib countryside's edge, killing five, rescuers said.", "Idlib"),
    ],
)
def test_a_part_of_a_place_s_own_land_is_no_river(extractor: Extractor, text: str, place: str) -> None:
    # "on the Odesa coast" names where it happened, not what a place lies on (review12a)
    assert role(run(extractor, text), place) == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rebels attacked an army post on Friday. Heavy clashes followed in the town of Tafas, leaving"
            " four fighters dead, a monitor said.",
            "Tafas",
        ),
        (
            "A roadside bomb hit a patrol on Friday. A second explosion followed minutes later near Bakwa,"
            " killing three soldiers.",
            "Bakwa",
        ),
        (
            "Police dispersed the crowd on Thursday. Gunfire followed shortly after outside the mosque in"
            " Jalalabad, killing two.",
            "Jalalabad",
        ),
        (
            "The army, which has followed a scorched-earth policy for months, bombed Saraqeb on Friday,"
            " killing eight civilians.",
            "Saraqeb",
        ),
        (
            "Government troops, who have followed the river north for weeks, captured Maskanah on Friday"
            " after clashes that killed 14.",
            "Maskanah",
        ),
    ],
)
def test_followed_with_no_object_or_before_a_comma_is_no_earlier_event(
    extractor: Extractor, text: str, place: str
) -> None:
    # "clashes followed in X" is the event itself; a comma ends what was followed
    assert role(run(extractor, text), place) == "event"
