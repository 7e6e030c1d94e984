"""Two more places around an event place that are not where it happened:

- a town or province named as the officials who speak, the speech verb right after ("...,
  Kirkuk police said", "Gaza health officials have said", "Tigray's regional government
  said"): where the news came from, once the sentence names the event's place; alone in its
  report it stays where it happened ("A bomb killed four
  people, Kirkuk police said"); not the police attacked ("gunmen attacked Kirkuk police, ...");
- a town told as the landmark of a place and a site of its own ("captured the town of X and its
  water pumping station east of Y"): Y only says where X lies.

(Sentences of our own.)"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2018, 5, 14)


@pytest.mark.parametrize(
    ("text", "event", "speaker"),
    [
        (
            "Gunmen shot dead three shepherds near Hawija on Sunday night, Kirkuk police said.",
            "Hawija",
            "Kirkuk",
        ),
        (
            "An Israeli drone strike killed two men on a motorbike near Khan Younis on Monday, "
            "Gaza health officials said.",
            "Khan Younis",
            "Gaza",
        ),
        (
            "A roadside bomb wounded four soldiers near Tuz Khurmatu late on Friday, Diyala "
            "security officials told reporters.",
            "Tuz Khurmatu",
            "Diyala",
        ),
    ],
)
def test_the_officials_place_after_the_event_place_is_where_they_spoke(
    extractor: Extractor, text: str, event: str, speaker: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[speaker] == "mentioned"


# ... in the perfect too: a body's plural verb ("Kirkuk police have said"; found by review rev25)
@pytest.mark.parametrize(
    ("text", "event", "speaker"),
    [
        (
            "Militants stormed a checkpoint in Tarmiyah overnight, killing two guards, Baghdad police"
            " have said.",
            "Tarmiyah",
            "Baghdad",
        ),
        (
            "A mortar round killed a boy in Tikrit on Saturday, Samarra officials have told reporters.",
            "Tikrit",
            "Samarra",
        ),
        (
            "Two soldiers died when a mine exploded near Gao on Friday, Timbuktu authorities have announced.",
            "Gao",
            "Timbuktu",
        ),
    ],
)
def test_the_officials_place_with_a_perfect_verb_is_where_they_spoke(
    extractor: Extractor, text: str, event: str, speaker: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert (roles[event], roles[speaker]) == ("event", "mentioned")


@pytest.mark.parametrize(
    ("text", "event", "speaker"),
    [
        (
            "Shells fired from across the border hit Humera on Friday, Amhara's regional "
            "administration said.",
            "Humera",
            "Amhara",
        ),
        (
            "Militants attacked a police post in Mandera on Tuesday, killing three officers, Wajir's "
            "county government said.",
            "Mandera",
            "Wajir",
        ),
        (
            "Drone strikes hit Tuz Khurmatu on Monday, killing two, Kirkuk's provincial government said.",
            "Tuz Khurmatu",
            "Kirkuk",
        ),
    ],
)
def test_a_possessive_government_or_army_that_speaks(
    extractor: Extractor, text: str, event: str, speaker: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[speaker] != "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A car bomb killed four people at a market on Monday, Kirkuk police said.", "Kirkuk"),
        ("Gunmen attacked Kirkuk police, killing three officers on Monday.", "Kirkuk"),
    ],
)
def test_the_officials_place_alone_or_attacked_stays_the_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles_of(extractor, PUBLISHED, text)[place] == "event"


@pytest.mark.parametrize(
    ("text", "event", "landmark"),
    [
        (
            "Government forces retook the village of Khanasir and its power station south of "
            "Aleppo city on Saturday, state television said.",
            "Khanasir",
            "Aleppo",
        ),
        (
            "Troops seized the town of Hit and its cement factory west of Ramadi on Thursday after "
            "days of fighting, the army said.",
            "Hit",
            "Ramadi",
        ),
        (
            "Kurdish fighters stormed Tabqa and its air base west of Raqqa on Monday, a spokesman said.",
            "Tabqa",
            "Raqqa",
        ),
    ],
)
def test_a_town_and_its_site_told_from_a_landmark(
    extractor: Extractor, text: str, event: str, landmark: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[landmark] == "mentioned"
