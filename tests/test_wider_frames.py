"""Places that only frame an event: the unit a town lies in, the area a comparison sums up, a
concurrent happening with no violence (wire batch 16). Sentences of our own, none from tests/wire/."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 20)


def roles(extractor: Extractor, text: str) -> dict[str, str]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: m.role for m in r.mentions}


def assert_framed(extractor: Extractor, text: str, event: str, frame: str) -> None:
    found = roles(extractor, text)
    assert found[event] == "event"
    assert found[frame] != "event"


@pytest.mark.parametrize(
    ("text", "event", "frame"),
    [
        # a feature of the unit between the town and the unit
        (
            "Government helicopters dropped barrel bombs on Kabani in the Jabal al-Turkman mountains of "
            "Latakia province on Friday, killing four fighters.",
            "Kabani",
            "Latakia",
        ),
        (
            "Hezbollah fighters attacked rebels in Assal al-Ward in the Qalamoun mountains of Damascus "
            "province on Monday.",
            "Assal al-Ward",
            "Damascus",
        ),
        (
            "Russian jets bombed Kansafra in the Jabal al-Zawiya hills of Idlib province, a monitor said.",
            "Kansafra",
            "Idlib",
        ),
        # a unit the gazetteer cannot read, called one by the text
        (
            "Gunmen killed nine farmers near Gimbi in the West Wollega zone on Sunday.",
            "Gimbi",
            "Wollega",
        ),
        (
            "Fighting between militias around Bule Hora in the West Guji zone left 20 people dead.",
            "Bule Hora",
            "Guji",
        ),
        (
            "Gunmen attacked Nedjo in the West Welega zone, killing 15 villagers.",
            "Nedjo",
            "Welega",
        ),
        (
            "Soldiers fought militiamen around Mizan Teferi in the West Bench zone on Sunday, "
            "leaving eight dead.",
            "Mizan Teferi",
            "Bench",
        ),
        # "X in Y": Y read as a town near X, the area's name
        (
            "Soldiers clashed with Abu Sayyaf fighters in Patikul in Sulu on Friday, killing three.",
            "Patikul",
            "Sulu",
        ),
        (
            "A grenade thrown at a bus terminal in Maimbung in Sulu wounded seven people on Tuesday.",
            "Maimbung",
            "Sulu",
        ),
        (
            "An air strike hit a bakery in Maarat al-Numan in Idlib on Monday, killing five people.",
            "Maarat al-Numan",
            "Idlib",
        ),
    ],
)
def test_the_unit_a_town_lies_in_is_no_second_event_place(
    extractor: Extractor, text: str, event: str, frame: str
) -> None:
    assert_framed(extractor, text, event, frame)


@pytest.mark.parametrize(
    ("text", "event", "frame"),
    [
        (
            "Gunmen shot dead six traders near Bandiagara on Sunday, the mayor said, the deadliest attack "
            "in the Mopti region this month.",
            "Bandiagara",
            "Mopti",
        ),
        (
            "A roadside bomb hit a police van in Dera Ismail Khan, killing four officers, the latest in a "
            "string of bombings in Khyber Pakhtunkhwa province.",
            "Dera Ismail Khan",
            "Khyber Pakhtunkhwa",
        ),
        (
            "Israeli jets struck a warehouse in Baalbek on Monday, one of the heaviest raids inside Lebanon "
            "in weeks, a security official said.",
            "Baalbek",
            "Lebanon",
        ),
    ],
)
def test_the_area_a_comparison_sums_up_is_no_second_event_place(
    extractor: Extractor, text: str, event: str, frame: str
) -> None:
    assert_framed(extractor, text, event, frame)


def test_the_area_of_a_comparison_alone_is_the_event_place(extractor: Extractor) -> None:
    found = roles(
        extractor, "A suicide bomber killed 11 people on Friday, the deadliest attack in Kabul this year."
    )
    assert found["Kabul"] == "event"


@pytest.mark.parametrize(
    ("text", "event", "beside"),
    [
        (
            "A bomb went off at a police post in Jamundi on Sunday, wounding three officers, as protests "
            "against the government went on in Bogota.",
            "Jamundi",
            "Bogota",
        ),
        (
            "Rockets hit a market in Aden on Thursday, killing seven, while demonstrators rallied in Taiz "
            "and Ibb.",
            "Aden",
            "Taiz",
        ),
        (
            "Troops and rebels fought for hours near Goma on Saturday amid demonstrations in Kinshasa.",
            "Goma",
            "Kinshasa",
        ),
    ],
)
def test_a_concurrent_happening_with_no_violence_is_no_event_place(
    extractor: Extractor, text: str, event: str, beside: str
) -> None:
    assert_framed(extractor, text, event, beside)


def test_a_listed_place_of_a_concurrent_happening_goes_with_it(extractor: Extractor) -> None:
    found = roles(
        extractor,
        "Rockets hit a market in Aden on Thursday, killing seven, while demonstrators rallied in "
        "Taiz and Ibb.",
    )
    assert found["Ibb"] != "event"


def test_the_place_of_a_happening_alone_is_the_event_place(extractor: Extractor) -> None:
    found = roles(extractor, "Police shot dead two men on Friday as protests went on in Khartoum.")
    assert found["Khartoum"] == "event"
