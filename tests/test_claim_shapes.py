"""Casualty figures of shapes read wrong before the fifteenth session (claims15): people killed
together with one named with "a", a list of figures by place, a share of a figure said for a
place, "casualties" as wire English names the people."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.claims import casualties_are_the_dead, claimant_of, estimate, find_claims
from incident_explorer.extraction.pipeline import Extractor


def claims(text: str) -> list[tuple[int, int | None, str]]:
    found = find_claims(text, 0, claimant_of(text, {}))
    return [(c.low, c.high, c.kind) for c in found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "A member of the family was killed along with his three children in the strike on the farm.",
            [(4, 4, "killed")],
        ),
        (
            "Militiamen shot dead a farmer and his wife and their two daughters at the well.",
            [(4, 4, "killed")],
        ),
        (
            "An old man and 12 of his relatives were killed when the shell hit the wedding.",
            [(13, 13, "killed")],
        ),
        ("A nurse, a driver and a doctor were wounded when the ambulance was hit.", [(3, 3, "wounded")]),
        ("The drone killed a commander together with his two bodyguards on the road.", [(3, 3, "killed")]),
        # kin counted with no number: at least as many as named
        ("The barrel bomb killed a teacher and her family inside their home.", [(2, None, "killed")]),
    ],
)
def test_people_killed_with_one_named_with_a_are_counted_with_the_one(
    text: str, found: list[tuple[int, int | None, str]]
) -> None:
    assert claims(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the one is still one when the others come with their own verb, or did the killing
        (
            "A policeman was killed and 3 others wounded when the mine went off",
            [(1, 1, "killed"), (3, 3, "wounded")],
        ),
        ("A man and his son killed three soldiers at the checkpoint", [(3, 3, "killed")]),
        ("A sniper killed a boy and wounded 4 women near the bakery", [(1, 1, "killed"), (4, 4, "wounded")]),
    ],
)
def test_one_named_with_a_stays_one_without_companions(
    text: str, found: list[tuple[int, int | None, str]]
) -> None:
    assert claims(text) == found


def test_a_family_named_with_one_gives_a_lower_bound() -> None:
    e = estimate(find_claims("A shell killed a woman and her family in the market.", 0, None))
    assert (e.low, e.best, e.high) == (2, 2, None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Shelling killed a woman in Douma and three men in Harasta on Thursday.",
            [(1, 1, "killed"), (3, 3, "killed")],
        ),
        (
            "Militants killed 12 soldiers at Gao and 4 at Menaka on Sunday.",
            [(12, 12, "killed"), (4, 4, "killed")],
        ),
        (
            "Mortars wounded 6 people in Ariha, 2 in Saraqib and at least 9 near Kafr Nabl.",
            [(6, 6, "wounded"), (2, 2, "wounded"), (9, None, "wounded")],
        ),
        (
            "Air strikes killed 20 people, including 4 children in Hass and 3 in Kafr Nabl.",
            [(20, 20, "killed"), (4, 4, "part"), (3, 3, "part")],
        ),
        # not a figure with a verb of its own, nor one told for no place
        (
            "Shelling killed 4 people in Ariha and 2 children in Saraqib were wounded.",
            [(4, 4, "killed")],
        ),
        ("Gunmen killed 5 people in Douma and 3 in the afternoon.", [(5, 5, "killed")]),
    ],
)
def test_a_list_of_figures_by_place_keeps_the_first_figures_kind(
    text: str, found: list[tuple[int, int | None, str]]
) -> None:
    assert claims(text) == found


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (
            "Shelling killed a woman in Douma and three men in Harasta on Thursday.",
            {"Duma": 1, "Harasta": 3},
        ),
        (
            "Militants killed 12 soldiers at Gao and 4 at Menaka on Sunday, the army said.",
            {"Gao": 12, "Menaka": 4},
        ),
        (
            "Warplanes killed two farmers near Saraqib and seven people in Ariha on Monday.",
            {"Saraqib": 2, "Ariha": 7},
        ),
    ],
)
def test_each_place_in_a_list_gets_its_own_figure(
    extractor: Extractor, text: str, tolls: dict[str, int]
) -> None:
    r = extractor.extract(from_text(text, published=date(2024, 3, 8)))
    plain = {
        unicodedata.normalize("NFKD", i.location).encode("ascii", "ignore").decode(): i for i in r.incidents
    }
    got = {n: i.fatalities.best for n in tolls for loc, i in plain.items() if loc.startswith(n)}
    assert got == tolls


def _tolls(extractor: Extractor, text: str) -> dict[str, int | None]:
    r = extractor.extract(from_text(text, published=date(2024, 3, 8)))
    return {
        unicodedata.normalize("NFKD", i.location)
        .encode("ascii", "ignore")
        .decode()
        .split(",")[0]: i.fatalities.best
        for i in r.incidents
    }


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        # the event's only place: the share is a part, the whole is the place's toll
        ("Air strikes killed 25 people on Thursday, including 10 in Saraqib.", {"Saraqib": 25}),
        (
            "Gunmen killed 14 villagers overnight, among them 6 in Hass, a monitor said on Friday.",
            {"Hassef": 14},
        ),
        ("Shelling on Thursday left 9 people dead, including 4 at Kafr Nabl.", {"Kafranbel": 9}),
        # placed apart from the whole: each place its own share
        (
            "Air strikes killed 25 people on Monday, including 10 in Saraqib, 8 in Maarat al-Numan"
            " and 7 in Ariha.",
            {"Saraqib": 10, "Maarrat an Numan": 8, "Ariha": 7},
        ),
        # (the province, named as OCHA, the gazetteer's preferred source, writes it: "Idlib
        # province" is the governorate since geo33, no longer the town Idlib)
        (
            "Air strikes killed 25 people in Idlib province on Thursday, including 10 in Saraqib.",
            {"Idleb": 25, "Saraqib": 10},
        ),
    ],
)
def test_a_share_said_for_a_place_is_its_toll_only_beside_other_places(
    extractor: Extractor, text: str, tolls: dict[str, int]
) -> None:
    assert _tolls(extractor, text) == tolls


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb hit the market in Mogadishu on Thursday. Police said the casualties and injured were"
        " taken to Madina hospital. The blast caused 40 casualties, officials said.",
        "Ambulances carried the casualties and the wounded to the main hospital in Kabul on Monday after"
        " a suicide bomber caused 25 casualties at the ministry gate.",
        "Rescuers pulled casualties and injured people from the rubble of the mosque in Kano on Friday."
        " The explosion left 18 casualties.",
    ],
)
def test_the_casualties_and_injured_as_people_show_no_casualties_for_the_dead(
    extractor: Extractor, text: str
) -> None:
    # wire English names the people so; its "N casualties" are killed and wounded together
    r = extractor.extract(from_text(text, published=date(2024, 3, 8)))
    assert r.incidents and all(i.fatalities.best is None for i in r.incidents)
    assert any(c.kind == "casualties" for i in r.incidents for c in i.claims)


@pytest.mark.parametrize(
    "text",
    [
        "Shells raise the number of the casualties and the wounded to 120 in Damascus. 6 casualties in Hass.",
        "Shelling leaves casualties and wounded in Jisr al-Shughur. 6 casualties in raids on Ariha.",
    ],
)
def test_pairs_in_sohrs_english_still_make_its_casualties_the_dead(text: str) -> None:
    assert casualties_are_the_dead([text])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one victim named by rank, trade or calling
        ("Gunmen shot dead a colonel outside his home in the town on Tuesday.", [(1, 1, "killed")]),
        ("A paramedic was killed when the ambulance was struck near the bridge.", [(1, 1, "killed")]),
        ("The bomb under his car killed a judge as he left the court.", [(1, 1, "killed")]),
        # SOHR's one martyr, the martyrdom of one
        ("Shells fell on the market and a martyr in the old quarter of the city.", [(1, 1, "killed")]),
        ("Sniper fire led to the martyrdom of a boy in the eastern quarter.", [(1, 1, "killed")]),
        # one casualty: killed and wounded together, unless the wounded are counted apart
        ("A mortar round caused a casualty near the school, the council said.", [(1, 1, "casualties")]),
        (
            "One casualty at least and several injuries in the fall of shells on the camp.",
            [(1, None, "killed"), (3, 9, "wounded")],
        ),
        ("A casualty and injuries in the shelling of the northern quarter.", [(1, 1, "killed")]),
        # none
        ("The raid on the depot ended without a single casualty.", []),
        ("The convoy was hit twice but not a soldier was hurt.", []),
        ("Officials said not even a civilian was wounded in the blast.", []),
    ],
)
def test_one_victim_by_rank_calling_or_as_a_martyr_or_casualty(
    text: str, found: list[tuple[int, int | None, str]]
) -> None:
    found_here = [
        (c.low, c.high, c.kind) for c in find_claims(text, 0, None, casualties_are_the_dead([text]))
    ]
    assert found_here == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the people counted by trade or calling
        ("Three journalists were killed when the drone hit their car.", [(3, 3, "killed")]),
        ("Two teachers died in the shelling of the school on Sunday.", [(2, 2, "killed")]),
        ("Five paramedics were wounded as they reached the site.", [(5, 5, "wounded")]),
        # whose they are: "of one farmer" is no count of its own
        ("Two children of one farmer were killed by the mine.", [(2, 2, "killed")]),
    ],
)
def test_people_counted_by_trade_or_calling(text: str, found: list[tuple[int, int | None, str]]) -> None:
    assert claims(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Nine members of the “Free Army” brigade, including a commander were killed in the raid.",
            [(9, 9, "killed"), (1, 1, "part")],
        ),
        (
            "Six fighters from the Ahrar group -some of them foreigners- were killed near the dam.",
            [(6, 6, "killed")],
        ),
        ("Eight soldiers – two of them officers – died when the post was stormed.", [(8, 8, "killed")]),
        (
            "Four civilians, among them a nurse was wounded by the shelling.",
            [(4, 4, "wounded"), (1, 1, "part")],
        ),
    ],
)
def test_an_aside_between_the_people_and_their_verb(
    text: str, found: list[tuple[int, int | None, str]]
) -> None:
    assert claims(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two prisoners were tortured to death in the jail last week.", [(2, 2, "killed")]),
        ("The militants stone a woman to death in the square of the town.", [(1, 1, "killed")]),
        ("A mob beat three men to death near the market on Friday.", [(3, 3, "killed")]),
        ("Raiders hacked 12 villagers to death with machetes.", [(12, 12, "killed")]),
        # a sentence is no death
        ("A court sentenced five men to death for the bombing.", []),
    ],
)
def test_killed_to_death_counts_the_dead(text: str, found: list[tuple[int, int | None, str]]) -> None:
    assert claims(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rescuers saved the lives of 30 people trapped under the rubble.", []),
        ("Activists fear for the lives of 21 abductees held by the group.", []),
        ("The shelling threatens the lives of 2,000 families in the camp.", []),
        ("The quick evacuation of the school saved 40 lives.", []),
        ("Surgeons fought to save the lives of 5 children wounded in the strike.", [(5, 5, "wounded")]),
        # lives taken
        ("The attack claimed the lives of 11 people.", [(11, 11, "killed")]),
        ("The strike cost the lives of 4 soldiers.", [(4, 4, "killed")]),
    ],
)
def test_lives_saved_or_feared_for_are_no_toll(text: str, found: list[tuple[int, int | None, str]]) -> None:
    assert claims(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the others told with a verb of their own after the verb that killed the one
        ("Gunmen killed a farmer, and his two sons were wounded.", [(1, 1, "killed")]),
        ("The sniper shot dead a teacher and her daughter was hurt.", [(1, 1, "killed")]),
        ("A drone killed a driver and his passengers were taken to hospital.", [(1, 1, "killed")]),
        # a leader's men count with him
        ("The strike killed a commander and his deputy near the bridge.", [(2, 2, "killed")]),
        ("A colonel and two of his aides were killed in the ambush.", [(3, 3, "killed")]),
    ],
)
def test_others_with_a_verb_of_their_own_leave_the_one_alone(
    text: str, found: list[tuple[int, int | None, str]]
) -> None:
    assert claims(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a parent is one person, and the children a parent has are no count of the dead
        ("A father of five was shot dead at the bakery queue.", [(1, 1, "killed")]),
        ("Gunmen killed a father of four outside his shop.", [(1, 1, "killed")]),
        ("The jets killed a mother and 2 of her sons in the orchard.", [(3, 3, "killed")]),
        ("A shell killed a father, a mother and their 3 daughters in the house.", [(5, 5, "killed")]),
    ],
)
def test_a_parent_named_with_a_is_one_and_the_children_had_are_no_count(
    text: str, found: list[tuple[int, int | None, str]]
) -> None:
    assert claims(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A policeman was killed along with two of his comrades at the checkpoint.", [(3, 3, "killed")]),
        ("A fighter and his three comrades died when the drone hit their car.", [(4, 4, "killed")]),
        ("The soldier's officer said four of his comrades were killed in the raid.", [(4, 4, "killed")]),
        ("A reporter was killed with two of her colleagues when the shell landed.", [(3, 3, "killed")]),
        # the one hurt and the comrades killed are two counts, not three dead
        (
            "A soldier was wounded and two of his comrades were killed by the mine.",
            [(1, 1, "wounded"), (2, 2, "killed")],
        ),
        # "with" a weapon is no companion
        ("A teacher was killed with an axe in the schoolyard.", [(1, 1, "killed")]),
    ],
)
def test_comrades_and_colleagues_are_counted_as_people(
    text: str, found: list[tuple[int, int | None, str]]
) -> None:
    assert claims(text) == found
