"""A capitalised name the gazetteer lacks is a place when the words after it locate it ("in X
near Y", "near X, north of Y", "in X on the Y-Z highway") or say what kind of place it is ("the X
neighbourhood of Y", "the X area", "the X military airfield in Y"): it takes the event's role,
and the town or unit it is located from is no event place of its own but stands in for it.
Capitalised words that are no places (a band, a town hall, a political camp, a people's area, a
month, a titled person, a hospital) are never taken for such places. (The place names are made
up: no gazetteer has them.)"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2024, 3, 5)


def extract(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


def roles(found: Extraction) -> dict[str, str]:
    return {m.text: m.role for m in found.mentions}


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Gunmen killed five villagers in Tundubai near Maiduguri on Friday, police said.",
            "Tundubai",
            "Maiduguri",
        ),
        (
            "Jihadists ambushed an army patrol near Inkalfadou, north of Gao, on Thursday, "
            "killing 12 soldiers.",
            "Inkalfadou",
            "Gao",
        ),
        (
            "A drone strike hit a wedding party in Wadi Qarnash south of Baquba on Sunday, "
            "killing seven guests, officials said.",
            "Wadi Qarnash",
            "Baquba",
        ),
        (
            "Al Shabaab fighters overran a military base in Bur Gaduwe, near the port city of Kismayu, "
            "on Friday, killing several soldiers.",
            "Bur Gaduwe",
            "Kismayu",
        ),
        # an attack's verb before the name, no comma before "near" (review rev29: a second,
        # unplaced incident at the name beside the town's)
        ("Bandits attacked Kurmindawo near Tsafe on Sunday, killing five farmers.", "Kurmindawo", "Tsafe"),
        ("Gunmen raided Tungar Malamji near Gusau on Monday, killing seven.", "Tungar Malamji", "Gusau"),
        (
            "Jihadists stormed Inkamarane near Menaka on Friday, killing twelve soldiers.",
            "Inkamarane",
            "Menaka",
        ),
    ],
)
def test_a_name_located_from_a_town_is_the_event_place(
    extractor: Extractor, text: str, name: str, town: str
) -> None:
    found = extract(extractor, text)
    assert roles(found)[name] == "event"
    assert roles(found)[town] != "event"  # the town it is told from, not where it happened
    (incident,) = found.incidents
    # the incident stands in at the town, its own name kept and told as not in the gazetteer
    assert incident.place_text.startswith(f"{name} (not in gazetteer")
    assert incident.latitude is not None


@pytest.mark.parametrize(
    ("text", "name", "ends"),
    [
        (
            "Gunmen ambushed a police convoy near Tsoukarenga on the Goma-Rutshuru road on Friday, "
            "killing six officers.",
            "Tsoukarenga",
            ("Goma", "Rutshuru"),
        ),
        (
            "Suspected rebels attacked Mabolowe on the Beni-Butembo road overnight, killing nine civilians.",
            "Mabolowe",
            ("Beni", "Butembo"),
        ),
        (
            "A suicide bomber struck a police post in Dhulbahow on the Ethiopian border on Tuesday, "
            "killing four guards.",
            "Dhulbahow",
            (),
        ),
    ],
)
def test_a_name_on_a_road_or_border_is_the_event_place(
    extractor: Extractor, text: str, name: str, ends: tuple[str, ...]
) -> None:
    found = extract(extractor, text)
    assert roles(found)[name] == "event"
    assert all(roles(found)[end] != "event" for end in ends)


@pytest.mark.parametrize(
    ("text", "name", "holder"),
    [
        (
            "Iraqi forces fought their way into the Zuhourbet neighbourhood of Mosul on Wednesday, "
            "officers said.",
            "Zuhourbet",
            "Mosul",
        ),
        (
            "Mortar shells fell on Tellbiranu neighborhood in Homs on Sunday, a police source said.",
            "Tellbiranu",
            "Homs",
        ),
        (
            "Gunmen killed 15 people on a bus in the Gwendibora area of Kunduz province on Monday.",
            "Gwendibora",
            "Kunduz",
        ),
        (
            "Rebels attacked the Bulamogle military airfield in Lower Shabelle on Monday, "
            "killing two guards.",
            "Bulamogle",
            "Lower Shabelle",
        ),
    ],
)
def test_a_name_told_as_a_quarter_area_or_airfield_is_the_event_place(
    extractor: Extractor, text: str, name: str, holder: str
) -> None:
    found = extract(extractor, text)
    assert roles(found)[name] == "event"
    assert roles(found)[holder] != "event"  # what holds it stands in for it


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Islamic State militants attacked an army post in the Zelvantor area late on Sunday.", "Zelvantor"),
        ("Troops pushed into the Shkelfani district on Tuesday as militants retreated.", "Shkelfani"),
        ("Shells hit the crowded Ubrankeyo neighbourhood on Friday, killing three children.", "Ubrankeyo"),
    ],
)
def test_a_name_told_as_an_area_with_no_holder_is_still_the_event_place(
    extractor: Extractor, text: str, name: str
) -> None:
    found = extract(extractor, text)
    assert roles(found)[name] == "event"
    (incident,) = found.incidents
    assert incident.latitude is None  # no unit named: unplaced, not at a guess


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("The Village People played in Chicago near Lake Michigan on Friday.", ["Village", "People"]),
        ("Residents packed a town hall in Dayton near Springfield on Tuesday.", ["Town"]),
        ("Supporters of the senator gathered in the Obradovic camp near Miami on Saturday.", ["Obradovic"]),
        ("Gunmen attacked the Kurdish area near Kirkuk on Monday.", ["Kurdish"]),
        ("Protesters rallied in March near Nairobi, police said.", ["March"]),
        ("Soldiers detained Mr Kone near Gao on Friday.", ["Kone", "Mr Kone"]),
        ("Volunteers worked in Mercy Hospital near Beirut on Sunday.", ["Mercy Hospital"]),
        ("Police fired on protesters in the Indigenous neighbourhood of Sutiava on Friday.", ["Indigenous"]),
        ("Fighters clashed on the Euphrates near Hajin on Friday, the coalition said.", []),
    ],
)
def test_words_that_are_no_places_are_not_taken(
    extractor: Extractor, text: str, not_places: list[str]
) -> None:
    found = extract(extractor, text)
    assert not {m.text for m in found.mentions} & set(not_places)
    if "Hajin" in text:  # a river's stretch near a town: the town is where it happened
        assert roles(found)["Hajin"] == "event"


@pytest.mark.parametrize(
    ("text", "name", "holder"),
    [
        (
            "Mortar shells fell on Al-Zelvantor neighborhood in Damascus on Sunday, a police source said.",
            "Al-Zelvantor",
            "Damascus",
        ),
        (
            "Jihadists killed seven soldiers in an ambush near Al-Qorvandi, north of Gao, on Thursday.",
            "Al-Qorvandi",
            "Gao",
        ),
        (
            "Gunmen killed five villagers in Al-Shkelfani near Maiduguri on Friday, police said.",
            "Al-Shkelfani",
            "Maiduguri",
        ),
    ],
)
def test_a_name_opening_with_the_arabic_article_is_judged_by_its_own_words(
    extractor: Extractor, text: str, name: str, holder: str
) -> None:
    found = extract(extractor, text)
    assert roles(found)[name] == "event"
    assert roles(found)[holder] != "event"


@pytest.mark.parametrize(
    "text",
    [
        "Troops clashed with Al-Shabaab near Kismayo on Friday.",
        "Jets struck al-Qaeda positions in Idlib on Monday.",
    ],
)
def test_a_group_or_person_after_the_article_is_no_place(extractor: Extractor, text: str) -> None:
    names = {m.text for m in extract(extractor, text).mentions}
    assert not names & {"Al-Shabaab", "al-Qaeda"}
