"""A site the gazetteer lacks, told by its name and kind ("the X airfield", "the X air base",
"the X military camp"), is named whole in the incident's place text: its name is the site's,
often a person's ("the Omar Torrijos air base"), no settlement's, and "Omar Torrijos (not in
gazetteer ...)" read as a place called after the man. A quarter keeps its own name ("the X
neighbourhood of Y" is a place called X).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.incidents import _site_named
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 2, 11)


def _named(extractor: Extractor, text: str) -> list[str]:
    found = extractor.extract(from_text(text, published=PUBLISHED))
    return [i.place_text.split(" (")[0] for i in found.incidents if i.place_text]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Insurgents shelled the Omar Torrijos air base near Panama City on Monday.",
            "Omar Torrijos air base",
        ),
        (
            "Rockets hit the Ahmed Shah Massoud airfield near Kabul overnight, wounding two.",
            "Ahmed Shah Massoud airfield",
        ),
        (
            "Drones struck the Prince Sultan air base on Tuesday, damaging two tankers.",
            "Prince Sultan air base",
        ),
        ("Gunmen raided the Martyr Hamid military camp near Kirkuk on Friday.", "Martyr Hamid military camp"),
        (
            "Insurgents shelled the Omar Torrijos airport near Colon on Monday, wounding two.",
            "Omar Torrijos airport",
        ),
        ("Gunmen blew up the Muhammad Ali bridge near Kandahar on Monday.", "Muhammad Ali bridge"),
        (
            "Fighters attacked the Alfredo Stroessner bridge near Encarnacion on Monday, killing a guard.",
            "Alfredo Stroessner bridge",
        ),
    ],
)
def test_a_site_is_named_whole(extractor: Extractor, text: str, named: str) -> None:
    assert _named(extractor, text) == [named]


def test_a_quarter_keeps_its_own_name(extractor: Extractor) -> None:
    text = "Artillery hit the Sheikh Hamad neighbourhood of Gaza City on Monday, killing four."
    assert _named(extractor, text) == ["Sheikh Hamad"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Mina", "Clashes went on in Mina. Jets took off from the Al-Mina military camp."),
        ("Allen", "Gunmen burned shops in Allen, then fled past the McAllen border crossing."),
        ("Dawa", "Shells fell on Dawa while drones flew from the Ad'Dawa air base."),
    ],
)
def test_a_name_inside_a_longer_one_names_no_site(name: str, text: str) -> None:
    # the name searched for in the text (a place told by no position) is found only as a word
    # of its own: the site after a longer name that ends with it is another place's
    assert _site_named(name, text) == name


def test_a_name_of_its_own_before_a_site_still_names_it() -> None:
    text = "Gunmen attacked the Al-Mina military camp, then the Mina military camp."
    assert _site_named("Mina", text) == "Mina military camp"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Al Shabaab militants attacked the Zarbatuni military airfield in Lower Shabelle on Monday,"
            " killing four soldiers.",
            "Zarbatuni military airfield",
        ),
        (
            "A suicide bomber struck the Xawaadle refugee camp in Lower Shabelle on Sunday, killing six.",
            "Xawaadle refugee camp",
        ),
        (
            "Clan militias stormed the Afgooye-Yare army camp in Lower Shabelle on Tuesday.",
            "Afgooye-Yare army camp",
        ),
    ],
)
def test_a_site_no_reading_places_in_a_unit_keeps_its_incident(
    extractor: Extractor, text: str, named: str
) -> None:
    # the province only holds the site (no event place of its own): the site, though unplaced, is
    # the incident's place, not set aside as a site the town after it stands for
    assert _named(extractor, text) == [named]
