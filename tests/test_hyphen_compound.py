"""A hyphenated compound of capitalised words the gazetteer lacks is one name: a part of it is no
place of its own ("Nagorno-Karabakh" is not "Nagorno"; "the Saraikela-Kharsawan district" is one
district, not two towns). A compound the gazetteer knows resolves as before, two known places
joined by a hyphen ("the Turkey-Syria border") stay two, and a road named by its two ends keeps
the road rules.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("The Nagorno-Karabakh army said shelling killed two civilians on Monday.", ["Nagorno"]),
        (
            "Fighting over Nagorno-Karabakh killed four soldiers in Tartar on Monday.",
            ["Nagorno"],
        ),
        (
            "A landmine killed three soldiers in the Saraikela-Kharsawan district of Jharkhand on Sunday.",
            ["Saraikela", "Kharsawan"],
        ),
        (
            "Police said Maoists shot dead two villagers in the Saraikela-Kharsawan district on Monday.",
            ["Saraikela", "Kharsawan"],
        ),
    ],
)
def test_a_part_of_an_unknown_compound_is_no_place(extractor: Extractor, text: str, parts: list[str]) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2019, 6, 3)))
    texts = {m.text for m in r.mentions}
    assert not texts & set(parts), texts


def test_the_place_beside_the_compound_is_kept(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text(
            "Fighting over Nagorno-Karabakh killed four soldiers in Tartar on Monday.",
            published=date(2020, 10, 5),
        )
    )
    assert [i.location.split(",")[0] for i in r.incidents] == ["Tartar"], [i.location for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ten people were killed in Guinea-Bissau on Friday.", ["Guinea-Bissau"]),
        ("A car bomb killed six people in Ras al-Ain on Sunday.", ["Ras al-Ain"]),
        ("Clashes near the Turkey-Syria border killed five fighters on Tuesday.", ["Turkey", "Syria"]),
        ("A bomb killed three people on the Damascus-Homs highway on Monday.", ["Damascus", "Homs"]),
    ],
)
def test_known_compounds_and_pairs_are_unchanged(extractor: Extractor, text: str, names: list[str]) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2019, 6, 3)))
    texts = {m.text for m in r.mentions}
    assert set(names) <= texts, texts


def test_a_road_named_by_its_ends_keeps_the_road_rules(extractor: Extractor) -> None:
    r = extractor.extract(
        articles.from_text(
            "Rebels raided Oicha on the Beni-Eringeti road on Tuesday night, killing six villagers.",
            published=date(2019, 6, 3),
        )
    )
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get("Oicha") == "event" and roles.get("Beni") == "mentioned", roles


# Told where something happened, a compound whose every part is only spelt like some place
# somewhere ("Nagorno" like Najran, "Karabakh" like Karabuk) is one name the gazetteer lacks; a
# part that meets nothing beside a part spelt like a place ("in Kassoum-Dieri") keeps the found
# part standing for the village (test_clause_attachment).
@pytest.mark.parametrize(
    "text",
    [
        "Shelling killed two civilians in Nagorno-Karabakh on Monday, officials said.",
        "Azerbaijani drones struck a bus at a checkpoint in Nagorno-Karabakh, killing three soldiers.",
        "Artillery fire near Nagorno-Karabakh's main road wounded five people on Friday.",
    ],
)
def test_a_locative_compound_of_loose_spellings_is_no_place(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2020, 10, 5)))
    texts = {m.text for m in r.mentions}
    assert not texts & {"Nagorno", "Karabakh"}, texts


# Told where something happened, a part of an unknown compound that is no place's own name (only
# another name of one, or its spelling) does not stand for the compound: "Karachay" is another
# name of Qaraci in Azerbaijan, "Trans" of Trans-en-Provence, "Kassoum" only spelt like Kaysum in
# Syria. The compound is one place the gazetteer lacks and keeps its whole name (found by review
# rev27, rev26's finding B1).
@pytest.mark.parametrize(
    ("text", "compound"),
    [
        (
            "Two police officers were killed in a gun battle in Karachay-Cherkessia late on Friday.",
            "Karachay-Cherkessia",
        ),
        (
            "Separatist troops and police clashed near Trans-Dniester on Monday, leaving three dead.",
            "Trans-Dniester",
        ),
        ("Gunmen on motorbikes killed four herders at Kassoum-Bangou on Thursday.", "Kassoum-Bangou"),
    ],
)
def test_a_part_known_only_by_another_name_does_not_stand_for_the_compound(
    extractor: Extractor, text: str, compound: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2021, 3, 8)))
    assert [m.text for m in r.mentions] == [compound], [(m.text, m.candidate) for m in r.mentions]
    assert [i.location for i in r.incidents] == [""], [i.location for i in r.incidents]
    assert compound in r.incidents[0].place_text
