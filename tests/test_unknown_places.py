"""An event place the gazetteer lacks, named so by its phrase ("in X, a village in Y's Z region",
"the village of X", "X village", "X, 30 km from Y", "X, central Y"), is placed at the finest unit
the text names for it with that unit's precision, its own name kept on the incident
(`Incident.place_text`); with no unit named, the incident stays unplaced rather than going to
another place of the sentence. Capitalised words that are no places (a people, a school, a
month) are never taken for such places. (The village names are made up: no gazetteer has them.)"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2023, 5, 10)


def extract(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "name", "unit", "where_prec"),
    [
        # the unit after the country's possessive, not the country
        (
            "Gunmen on motorbikes killed nine herders in Tenkodora, a village in Mali's Segou region, "
            "on Monday, officials said.",
            "Tenkodora",
            "Segou, Mali",
            4,
        ),
        (
            "Militants killed 14 people when they raided the Fulani village of Bilanjoro in Niger's "
            "Tillaberi region on Sunday.",
            "Bilanjoro",
            "Tillaberi, Niger",
            4,
        ),
        (
            "Soldiers clashed with insurgents at Kabolawi village in Borno state on Tuesday, "
            "leaving six dead.",
            "Kabolawi",
            "Borno, Nigeria",
            4,
        ),
        # a district the text names as one: the district, not a point near its seat town (since
        # geo33; its seat Konduga stood in before)
        (
            "Gunmen killed four farmers in Kabolawi, in Borno's Konduga district, on Sunday.",
            "Kabolawi",
            "Konduga, Borno, Nigeria",
            3,
        ),
        # a country named right after it: the country's point, at country precision
        (
            "Jihadists killed 11 civilians in Wassankoro, central Burkina Faso, on Friday, "
            "the government said.",
            "Wassankoro",
            "Burkina Faso",
            6,
        ),
    ],
)
def test_placed_at_the_unit_the_text_names(
    extractor: Extractor, text: str, name: str, unit: str, where_prec: int
) -> None:
    found = extract(extractor, text)
    assert len(found.incidents) == 1
    incident = found.incidents[0]
    assert incident.location == unit
    assert incident.where_prec == where_prec
    assert incident.place_text.startswith(f"{name} (not in gazetteer; placed at ")
    assert unit in incident.place_text
    assert incident.to_json()["place_text"] == incident.place_text
    event = next(m for m in found.mentions if m.text == name)
    assert event.role == "event"


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "A roadside bomb killed four soldiers near Kabolawi, 40 km from Baidoa, on Monday, police said.",
            "Kabolawi",
            "Baidoa",
        ),
        (
            # (no way told: with one, a point that far that way, `test_offset_from_town`)
            "An explosion killed three people in Gorumbeli, a town about 20 km from Maiduguri, on Saturday.",
            "Gorumbeli",
            "Maiduguri",
        ),
    ],
)
def test_near_the_town_the_text_measures_from(extractor: Extractor, text: str, name: str, town: str) -> None:
    (incident,) = extract(extractor, text).incidents
    assert incident.location.startswith(town)
    # near the town, not the town itself: ACLED's "near a town", UCDP's within ~25 km or coarser
    assert incident.geo_precision == 2
    assert incident.where_prec >= 2
    assert incident.place_text.startswith(f"{name} (not in gazetteer; placed near {town}")


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "Armed men killed five villagers in Tenkodora, near the border with Niger, on Saturday, "
            "a local official said.",
            "Tenkodora",
            "Niger",
        ),
        (
            "Bandits stormed the village of Wassankoro on Sunday, killing seven, a lawmaker told "
            "reporters in Abuja.",
            "Wassankoro",
            "Abuja",
        ),
        (
            "Gunmen shot dead six traders at Gorumbeli town late on Friday, residents reached in Kano said.",
            "Gorumbeli",
            "Kano",
        ),
    ],
)
def test_no_unit_named_leaves_it_unplaced(extractor: Extractor, text: str, name: str, other: str) -> None:
    """No other place of the sentence takes the event: the incident keeps the name, unplaced."""
    found = extract(extractor, text)
    assert found.incidents
    assert all(i.latitude is None for i in found.incidents)
    assert any(i.place_text == f"{name} (not in gazetteer; no enclosing unit named)" for i in found.incidents)
    assert all(m.role != "event" for m in found.mentions if m.text == other)


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        (
            "Fighters attacked the Dogon village of Tenkodora in central Mali on Tuesday, killing 20.",
            ["Dogon"],
        ),
        (
            "Rebels shot dead a teacher at Franklin Elementary in Santa Ana on Monday, police said.",
            ["Franklin Elementary"],
        ),
        ("In May, gunmen killed three people in Homs, activists said.", ["May"]),
        ("Gunmen killed two guards at Sunrise Hotel, a town landmark, on Monday.", ["Sunrise Hotel"]),
    ],
)
def test_words_that_are_no_places_are_not_taken_for_unknown_places(
    extractor: Extractor, text: str, not_places: list[str]
) -> None:
    names = {m.text for m in extract(extractor, text).mentions}
    assert names.isdisjoint(not_places)


def test_the_place_text_is_shown_and_stored(extractor: Extractor, capsys: pytest.CaptureFixture[str]) -> None:
    """`incidents extract` prints the place text where it prints the place, and the store keeps
    it with the incident (its detail panel shows it)."""
    import io
    import sys

    from incident_explorer.cli import main
    from incident_explorer.store.records import from_extraction

    text = "Gunmen killed nine herders in Tenkodora, a village in Mali's Segou region, on Monday.\n"
    (record,) = from_extraction(extract(extractor, text))
    assert '"place_text": "Tenkodora (not in gazetteer; placed at region Segou, Mali)"' in record.extra
    stdin = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        main(["extract", "-", "--published", "2023-05-10"])
    finally:
        sys.stdin = stdin
    assert (
        "Tenkodora (not in gazetteer; placed at region Segou, Mali) (13.8750,-5.8521"
        in capsys.readouterr().out
    )


@pytest.mark.parametrize(
    ("text", "name", "unit"),
    [
        (
            "Police said 12 officers died in a gunfight in Tenkodora, in the southern province of "
            "Maguindanao, on Sunday.",
            "Tenkodora",
            "Maguindanao",
        ),
        (
            "Gunmen killed seven hunters near Kabolawi in the western desert of Anbar province on Friday.",
            "Kabolawi",
            "Anbar, Iraq",
        ),
        (
            "Militiamen attacked a hamlet near Bilanjoro in the Bankass circle of central Mali on Tuesday, "
            "killing nine.",
            "Bilanjoro",
            "Bankass, Mopti, Mali",
        ),
    ],
)
def test_the_unit_told_by_its_kind_word_holds_it(
    extractor: Extractor, text: str, name: str, unit: str
) -> None:
    """ "in the (southern) province of Y", "in the western desert of Y", "in the Y circle": Y."""
    (incident,) = extract(extractor, text).incidents
    assert unit in incident.location
    assert incident.place_text.startswith(f"{name} (not in gazetteer; placed ")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed nine traders in Yirkoubla, about 90 km from Maiduguri, on Monday.",
        "A mine killed four soldiers near Dembalawi, 120 km (75 miles) away from Baidoa, on Sunday.",
        "Raiders attacked Tenkodora, a village some 65 km from Mopti, on Friday, killing six.",
    ],
)
def test_a_town_far_from_the_place_does_not_stand_in(extractor: Extractor, text: str) -> None:
    """Farther than 50 km, the town the text measures from is not where it happened (told with
    the way too, the point that far that way is: `test_offset_from_town`)."""
    found = extract(extractor, text)
    assert found.incidents and all(i.latitude is None for i in found.incidents)
    assert all("no enclosing unit named" in i.place_text for i in found.incidents)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Rebels killed eight civilians in the village of Kabolawi, north of the eastern Congolese "
            "city of Beni, on Monday.",
            "north of Beni",
        ),
        (
            "Gunmen raided the village of Gorumbeli, west of the northeastern city of Maiduguri, on Friday.",
            "west of Maiduguri",
        ),
        (
            "Shelling hit the village of Tenkodora, south of the port city of Mogadishu, on Friday.",
            "south of Mogadishu",
        ),
        ("Gunmen stormed Kossoumbara, a village near Bankass, on Friday, killing six.", "Bankass"),
    ],
)
def test_the_city_a_village_is_told_from_stands_in(extractor: Extractor, text: str, town: str) -> None:
    """The city the text tells the village from stands in for it: at the city when only "near"
    it, that way from the city when the way is told (test_offset_way_told)."""
    (incident,) = extract(extractor, text).incidents
    assert incident.location.startswith(town) and incident.geo_precision == 2


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Gunmen killed two farmers in Tenkodora in Laurel County on Monday.", "Laurel County"),
        ("Gunmen killed two farmers in Wassankoro, in Kitui County, on Monday.", "Kitui"),
        ("Gunmen shot dead three herders near Yirkoubla in Isiolo County on Tuesday.", "Isiolo"),
    ],
)
def test_a_unit_with_its_kind_word_in_its_name_holds_it(extractor: Extractor, text: str, unit: str) -> None:
    """ "X, in Garissa County": the county's word is part of the spotted name, not after it."""
    (incident,) = extract(extractor, text).incidents
    assert incident.location.startswith(unit)
    assert "(not in gazetteer; placed at " in incident.place_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police fired on protesters in Tenkodora, a market town in Mali's Segou region, killing four.",
            "Tenkodora",
        ),
        (
            "Troops opened fire on mourners in Wassankoro, a village in central Burkina Faso, on Monday.",
            "Wassankoro",
        ),
        (
            "Gunmen opened fire on passengers in Tenkodora, a town on the road to Segou, on Tuesday.",
            "Tenkodora",
        ),
    ],
)
def test_the_name_is_capitalised_words_only(extractor: Extractor, text: str, name: str) -> None:
    """The patterns that ignore case ("In X, a village") still read only capitalised words as
    the name: not "protesters in Tenkodora"."""
    names = {m.text for m in extract(extractor, text).mentions}
    assert name in names
    assert all(n[0].isupper() for n in names), names


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Attacks on Christians in Nigeria killed 40 people on Sunday, a church group said.", "Christians"),
        ("The army's crackdown on Rohingya in Myanmar killed thousands in 2017.", "Rohingya"),
        ("A drone strike on Qasem Soleimani in Baghdad killed him and nine others.", "Qasem Soleimani"),
    ],
)
def test_what_is_attacked_in_a_place_is_no_place(extractor: Extractor, text: str, people: str) -> None:
    """ "an attack on X in Y": X is who or what was attacked (a people, a person), not a place
    that Y holds; the incident stays at Y."""
    found = extract(extractor, text)
    assert people not in {m.text for m in found.mentions}
    assert found.incidents
    assert all(i.latitude is not None and not i.place_text for i in found.incidents)


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Gunmen shot dead four people in Yirkoubla on the outskirts of Maiduguri on Monday.",
            "Yirkoubla",
            "Maiduguri",
        ),
        (
            "Mortars hit Dembalawi, on the southern fringes of Baidoa, on Sunday, killing two.",
            "Dembalawi",
            "Baidoa",
        ),
        (
            "Clashes killed 12 people on Monday in the Kabolawi camp for displaced people on the outskirts "
            "of Maiduguri, aid workers said.",
            "Kabolawi",
            "Maiduguri",
        ),
    ],
)
def test_a_place_at_a_towns_edge_is_near_the_town(
    extractor: Extractor, text: str, name: str, town: str
) -> None:
    """ "in X on the outskirts of Y", "X, on the edge of Y", "the X camp ... on the outskirts of Y"."""
    (incident,) = extract(extractor, text).incidents
    assert incident.location.startswith(town) and incident.geo_precision == 2
    assert incident.place_text.startswith(f"{name} (not in gazetteer; placed near {town}")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen carried out an attack on Christians on the outskirts of Jos on Sunday, killing 14.", "Jos"),
        ("Soldiers fired on Rohingya on the outskirts of Maungdaw on Friday, killing nine.", "Maungdaw"),
        ("Police opened fire on Hazaras on the western edge of Quetta on Monday, killing three.", "Quetta"),
    ],
)
def test_who_was_attacked_at_a_towns_edge_is_no_place(extractor: Extractor, text: str, town: str) -> None:
    """ "an attack on X on the outskirts of Y": X is who was attacked; the incident is at Y."""
    found = extract(extractor, text)
    assert found.incidents
    assert all(i.location.startswith(town) and not i.place_text for i in found.incidents)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed six worshippers at a mosque in Tenkodora town of Koudalane province on Friday.",
        "Gunmen killed two herders in Yirkoubla town of Bandolan province on Friday.",
        "Militants killed five guards in Dembalawi village of Gourmanda province on Sunday.",
    ],
)
def test_a_unit_met_only_by_a_loose_spelling_does_not_stand_in(extractor: Extractor, text: str) -> None:
    """A unit the gazetteer lacks too, read only by a loose spelling (a town abroad), is no
    unit the text names: the incident stays unplaced rather than at that town."""
    found = extract(extractor, text)
    assert found.incidents and all(i.latitude is None for i in found.incidents)
