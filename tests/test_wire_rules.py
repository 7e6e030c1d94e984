"""Rules for wire text: the story's country, venues, destinations and earlier events (issue 11).

Each rule on several differently worded sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction
from incident_explorer.extraction.roles import SPEECH_VENUE
from incident_explorer.extraction.spotting import _demonym_of
from incident_explorer.places.distance import distance_km
from incident_explorer.places.place import Feature

PUBLISHED = date(2017, 2, 25)  # a Saturday


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


def roles(r: Extraction) -> dict[str, str]:
    return {m.text: m.role for m in r.mentions}


def event_country(r: Extraction, name: str) -> str | None:
    m = next(m for m in r.mentions if m.text == name)
    assert m.role == "event", m.reason
    return m.candidate.place.country_code if m.candidate else None


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "AMMAN (Reuters) - Government helicopters dropped barrel bombs on Deraa on Friday, "
            "killing seven people, rebels said.",
            "Deraa",
            "SY",
        ),
        (
            "Warplanes struck Douma on Friday, killing nine people, while opposition delegates "
            "attended peace talks in Geneva.",
            "Douma",
            "SY",
        ),
        (
            "ISTANBUL (AFP) - Ambulances took the wounded to Kilis after a bomb exploded in Azaz on Friday.",
            "Azaz",
            "SY",
        ),
        (
            "MOSCOW (Reuters) - Shelling killed three soldiers near Avdiivka on Friday, the army "
            "said, as negotiations in Minsk stalled.",
            "Avdiivka",
            "UA",
        ),
    ],
)
def test_places_where_nothing_happened_do_not_decide_the_story_country(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    assert event_country(run(extractor, text), place) == country


def test_a_place_named_as_context_keeps_the_story_country(extractor: Extractor) -> None:
    # the focus comes from Aleppo, named as where the road is: the road's namesake abroad is a guess
    r = run(extractor, "Shelling targeting the Castello road, at the outskirts of Aleppo")
    castello = next(m for m in r.mentions if m.text == "Castello")
    assert castello.candidate is None or castello.candidate.place.country_code == "SY"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Air strikes killed 12 people in Douma on Friday during peace talks in Geneva.", "Geneva"),
        ("Shelling killed four civilians in Taiz as negotiations in Kuwait went on.", "Kuwait"),
        ("Rebels shelled Aleppo on Friday, a day before talks on a ceasefire in Astana.", "Astana"),
    ],
)
def test_where_talks_are_held_is_no_event_place(extractor: Extractor, text: str, venue: str) -> None:
    assert roles(run(extractor, text))[venue] == "mentioned"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Jets struck Al-Bab on Friday. "
            "The army said in Ankara that its jets had struck 20 targets near the town.",
            "Ankara",
        ),
        (
            "An air raid hit Saada overnight. "
            "A spokesman told reporters in Riyadh that the raid had hit missile launchers.",
            "Riyadh",
        ),
        (
            "Strikes hit Tal Afar on Friday. "
            "The coalition, speaking in Baghdad, said its jets had bombed militant positions.",
            "Baghdad",
        ),
        (
            "Troops raided Jilib on Friday. "
            "The ministry said in a statement from Nairobi that troops had killed 30 militants.",
            "Nairobi",
        ),
    ],
)
def test_where_someone_spoke_is_no_event_place(extractor: Extractor, text: str, venue: str) -> None:
    # the report names an event place of its own (alone, the venue is the event place: below)
    assert roles(run(extractor, text))[venue] != "event"


def test_what_was_said_about_a_place_keeps_it(extractor: Extractor) -> None:
    assert (
        roles(run(extractor, "Activists said the shelling in Douma killed five people."))["Douma"] == "event"
    )


@pytest.mark.parametrize(
    ("text", "hospital"),
    [
        ("Turkish ambulances took more than 20 wounded across the border to a hospital in Kilis.", "Kilis"),
        ("Medics rushed the injured from the market to hospitals in Kirkuk.", "Kirkuk"),
        ("Three of the wounded were later airlifted by helicopter to a field hospital in Mosul.", "Mosul"),
    ],
)
def test_a_hospital_people_were_carried_to_is_no_event_place(
    extractor: Extractor, text: str, hospital: str
) -> None:
    assert roles(run(extractor, text))[hospital] == "mentioned"


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("It was the deadliest attack on the town since a car bomb in Samarra last year.", "Samarra"),
        ("Rockets hit a base in Kirkuk on Friday, a week after a similar attack in Baghdad.", "Baghdad"),
        ("The bombing was the worst in the capital since the suicide attack at Kabul in May.", "Kabul"),
    ],
)
def test_an_earlier_event_named_for_comparison_is_no_event_place(
    extractor: Extractor, text: str, earlier: str
) -> None:
    assert roles(run(extractor, text))[earlier] == "mentioned"


@pytest.mark.parametrize(
    ("text", "place", "unit"),
    [
        ("Gunmen kidnapped 40 pupils from a school in Gusau in Zamfara state on Friday.", "Gusau", "Zamfara"),
        (
            "A landmine killed three soldiers near Tessalit in the Kidal region on Friday.",
            "Tessalit",
            "Kidal",
        ),
        (
            "Air strikes killed nine people in Saraqeb in Syria's Idlib province on Friday.",
            "Saraqeb",
            "Idlib",
        ),
        ("Militants attacked Mubi in Adamawa on Friday, killing 12 people.", "Mubi", "Adamawa"),
    ],
)
def test_a_unit_named_as_where_an_event_place_lies_is_context(
    extractor: Extractor, text: str, place: str, unit: str
) -> None:
    found = roles(run(extractor, text))
    assert (found[place], found[unit]) == ("event", "mentioned")


def test_two_event_places_side_by_side_stay_event_places(extractor: Extractor) -> None:
    found = roles(run(extractor, "Shelling hit Saraqeb and Idlib on Friday, killing nine people."))
    assert (found["Saraqeb"], found["Idlib"]) == ("event", "event")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Explosion Rocks Al-Bab As Rebels Advance", "Al-Bab"),
        ("Jets Pound Ghouta, Dozens Dead", "Ghouta"),
        ("Car Bomb Hits Baghdad Market, Killing 20", "Baghdad"),
        ("Suicide Blast Shakes Mogadishu, Dozens Dead", "Mogadishu"),
    ],
)
def test_a_headline_verb_does_not_join_the_place_after_it(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(run(extractor, text)).get(place) == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shelling On Douma Raises The Death Toll To 40 In Two Days", "Douma"),
        ("Air Strikes On Saraqeb Raise Death Toll To 31", "Saraqeb"),
        ("Death Toll In Azaz Rises To 19 After Bombing", "Azaz"),
        ("Toll From Shelling Of Ariha Reaches 17", "Ariha"),
        ("Bombing In Jarablus Raises Toll To 12", "Jarablus"),
    ],
)
def test_a_headline_updating_a_count_keeps_its_place_and_the_toll_is_no_place(
    extractor: Extractor, text: str, place: str
) -> None:
    found = roles(run(extractor, text))
    assert found.get(place) == "event"
    assert "Toll" not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A car bomb killed 12 people at Kabul Market on Friday.", "Kabul"),
        ("Gunmen opened fire near the Baghdad Stadium on Friday, killing four.", "Baghdad"),
        ("A grenade exploded at a Kandahar checkpoint on Friday, wounding nine.", "Kandahar"),
        ("A suicide bomber struck the crowded Maiduguri Market on Friday.", "Maiduguri"),
    ],
)
def test_a_site_named_after_a_place_is_in_it(extractor: Extractor, text: str, place: str) -> None:
    assert roles(run(extractor, text)).get(place) == "event"


@pytest.mark.parametrize(
    ("text", "place", "other"),
    [
        ("Air raids on Manbij killed 17 people as Washington pledged an inquiry.", "Manbij", "Washington"),
        ("Shelling hit Idlib on Friday as Moscow urged restraint.", "Idlib", "Moscow"),
        ("Clashes in Aden killed six as Riyadh promised more aid.", "Aden", "Riyadh"),
    ],
)
def test_as_between_two_names_is_the_conjunction(
    extractor: Extractor, text: str, place: str, other: str
) -> None:
    found = roles(run(extractor, text))
    assert found.get(place) == "event" and found.get(other) == "mentioned"


def test_the_regime_is_no_place(extractor: Extractor) -> None:
    for text in (
        "SOHR: 9 KILLED IN REGIME SHELLING ON SARAQEB",
        "Regime Shelling Kills 5 In Douma",
        "Regime forces shelled Douma on Friday, killing five.",
    ):
        assert "regime" not in {m.text.lower() for m in run(extractor, text).mentions}


@pytest.mark.parametrize(
    ("text", "dateline", "place"),
    [
        (
            "Kabul - Backed by U.S. air strikes, Afghan forces pushed into Kunduz on Friday.",
            "Kabul",
            "Kunduz",
        ),
        (
            "Baghdad - Armed with mortars, militants shelled Tikrit on Friday, killing four.",
            "Baghdad",
            "Tikrit",
        ),
        (
            "Nairobi - According to police, gunmen killed nine people in Mandera on Friday.",
            "Nairobi",
            "Mandera",
        ),
    ],
)
def test_a_name_and_a_dash_opening_a_report_is_its_dateline(
    extractor: Extractor, text: str, dateline: str, place: str
) -> None:
    found = roles(run(extractor, text))
    assert (found[dateline], found[place]) == ("dateline", "event")


@pytest.mark.parametrize(
    ("text", "place", "landmark"),
    [
        (
            "Artillery fire on the village of Taldo in the rebel-held pocket north of Homs killed "
            "four civilians on Monday.",
            "Taldo",
            "Homs",
        ),
        (
            "Air strikes on Kafr Nabl in the opposition-held area south of the city of Idlib killed "
            "three people on Friday.",
            "Kafr Nabl",
            "Idlib",
        ),
        (
            "Militants ambushed a patrol near al-Hol in the desert area east of Hasakah on Sunday, "
            "killing two guards.",
            "al-Hol",
            "Hasakah",
        ),
    ],
)
def test_the_city_an_area_lies_north_of_is_a_landmark(
    extractor: Extractor, text: str, place: str, landmark: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[place], roles(r)[landmark]) == ("event", "mentioned")
    assert len(r.incidents) == 1


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Hama, SANA – A woman was killed on Monday when terrorists fired rocket shells at houses "
            "in the city.",
            "Ḩamāh",
        ),
        (
            "Raqqa, SANA – Three citizens were killed on Sunday when a car bomb went off near a "
            "bakery in the city.",
            "Ar Raqqah",
        ),
        (
            "LATTAKIA, Syria (Reuters) - A rocket fired by rebels hit a crowded street in the city on "
            "Saturday, killing two people.",
            "Latakia",
        ),
    ],
)
def test_a_dateline_is_a_town_not_the_province_of_its_name(
    extractor: Extractor, text: str, town: str
) -> None:
    r = run(extractor, text)
    line = next(m for m in r.mentions if m.role == "dateline" and m.text.lower() != "syria")
    assert line.candidate is not None and line.candidate.place.feature == Feature.CITY
    assert [i.location.split(",")[0] for i in r.incidents] == [town]


@pytest.mark.parametrize(
    ("text", "town", "parts"),
    [
        (
            "Hama, SANA – A woman was killed on Monday when terrorists fired rocket shells on the "
            "city. The shells fell on al-Hader neighborhood.",
            "Hama",
            ("al-Hader",),
        ),
        (
            "Homs, SANA – Terrorists fired rocket shells on the city on Tuesday, injuring four. The "
            "shells hit al-Arbaeen and Karm al-Luz neighborhoods.",
            "Homs",
            ("al-Arbaeen", "Karm al-Luz"),
        ),
        (
            "Rebel rockets struck Aleppo on Thursday, killing three people. Most of the rockets "
            "landed in the al-Hader quarter, a police source said.",
            "Aleppo",
            ("al-Hader",),
        ),
    ],
)
def test_a_neighbourhood_of_the_town_told_is_no_village_far_off(
    extractor: Extractor, text: str, town: str, parts: tuple[str, ...]
) -> None:
    r = run(extractor, text)
    by_text = {m.text: m.candidate for m in r.mentions}
    city = by_text[town]
    assert city is not None
    for part in parts:
        c = by_text[part]
        assert c is not None
        far = distance_km(c.place.latitude, c.place.longitude, city.place.latitude, city.place.longitude)
        assert far < 15, (part, c.location)


@pytest.mark.parametrize(
    ("text", "place", "origin"),
    [
        (
            "Clashes killed nine people in Hawayij on Sunday. The SDF said gunmen sent from "
            "government-held Mayadin had joined the fighting.",
            "Hawayij",
            "Mayadin",
        ),
        (
            "Shells fired from rebel-held Harasta killed two people in Damascus on Monday.",
            "Damascus",
            "Harasta",
        ),
        (
            "Rockets launched from government-held Nubl struck Anadan on Friday, killing four.",
            "Anadan",
            "Nubl",
        ),
    ],
)
def test_who_holds_a_place_says_nothing_of_its_role(
    extractor: Extractor, text: str, place: str, origin: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[place], roles(r)[origin]) == ("event", "origin")
    assert len(r.incidents) == 1


@pytest.mark.parametrize(
    ("text", "place", "origin"),
    [
        (
            "Mortar shells hit Jaramana on Sunday, wounding six people. Troops then pounded militant "
            "hideouts in Harasta, from which the shells had been fired, a military source said.",
            "Jaramana",
            "Harasta",
        ),
        (
            "A rocket killed two children in Qardaha on Friday. The army struck Kinsabba, where the "
            "rockets were fired from, state television said.",
            "Qardaha",
            "Kinsabba",
        ),
        (
            "Two shells struck a school in Mhardeh on Tuesday, killing a girl. Soldiers later shelled "
            "rebel positions around Kafr Nabudah, from where the shells were launched.",
            "Mhardeh",
            "Kafr Nabudah",
        ),
    ],
)
def test_where_the_fire_came_from_told_after_the_place_is_its_origin(
    extractor: Extractor, text: str, place: str, origin: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[place], roles(r)[origin]) == ("event", "origin")
    assert len(r.incidents) == 1


@pytest.mark.parametrize(
    ("text", "place", "hospital"),
    [
        (
            "Troops captured Nawa on Wednesday after heavy air strikes. A field hospital near the "
            "border at Tell Shihab was overwhelmed with wounded from the fighting.",
            "Nawa",
            "Tell Shihab",
        ),
        (
            "A car bomb killed eight people in Azaz on Thursday. Doctors at a hospital in Kilis said "
            "they were treating 20 wounded.",
            "Azaz",
            "Kilis",
        ),
        (
            "Shelling killed five in Douma on Friday. The main hospital in Harasta was overwhelmed "
            "with casualties.",
            "Douma",
            "Harasta",
        ),
    ],
)
def test_a_hospital_that_receives_the_wounded_is_no_event_place(
    extractor: Extractor, text: str, place: str, hospital: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[place], roles(r)[hospital]) == ("event", "mentioned")
    # (a hospital the violence hit is where it happened)
    hit = run(extractor, f"Air strikes hit a hospital in {hospital} on Friday, killing five.")
    assert roles(hit)[hospital] == "event"
    # (nor its staff as a local source: "doctors at the hospital in X said the strike killed five")
    told = run(
        extractor, f"An air strike killed five people on Monday, doctors at the hospital in {hospital} said."
    )
    assert roles(told)[hospital] == "event"


@pytest.mark.parametrize(
    ("text", "town", "area"),
    [
        (
            "Air strikes hit Mayadin on Monday, and clashes raged in the Deir ez-Zor desert, killing 15 "
            "fighters.",
            "Mayadin",
            "Deir ez-Zor",
        ),
        (
            "Warplanes bombed Saraqeb, while heavy fighting continued in the Idlib countryside, killing 20.",
            "Saraqeb",
            "Idlib",
        ),
        (
            "Militants attacked al-Qaryatayn on Friday, and heavy clashes later erupted in the eastern Homs "
            "desert, killing 11 soldiers.",
            "al-Qaryatayn",
            "Homs",
        ),
    ],
)
def test_an_area_with_an_event_of_its_own_encloses_no_town_told_before(
    extractor: Extractor, text: str, town: str, area: str
) -> None:
    # the area after an event word of its own is that event's place, not context for the town
    found = roles(run(extractor, text))
    assert (found[town], found[area]) == ("event", "event")


@pytest.mark.parametrize(
    ("text", "town", "other"),
    [
        (
            "Government shelling killed five people in Damascus on Monday. Separately, a car bomb "
            "exploded in the Homs neighbourhood of al-Zahra, killing eight.",
            "Homs",
            "Damascus",
        ),
        (
            "Air strikes hit Aleppo on Tuesday, killing 12. In Hama, mortar rounds struck the Hama "
            "neighbourhood of Bab Qebli, wounding four.",
            "Hama",
            "Aleppo",
        ),
        (
            "Warplanes struck Aleppo on Sunday, killing ten. Regime shells also hit several Homs "
            "neighbourhoods, killing two children.",
            "Homs",
            "Aleppo",
        ),
    ],
)
def test_a_town_whose_neighbourhoods_are_told_is_no_part_of_the_town_before(
    extractor: Extractor, text: str, town: str, other: str
) -> None:
    # "the Homs neighbourhood of X": the name before the word is the town whose part is told
    r = run(extractor, text)
    told = [m for m in r.mentions if m.text == town and m.role == "event"]
    assert told, [(m.text, m.role) for m in r.mentions]
    for m in told:
        assert m.candidate is not None and not m.candidate.place.name.startswith(other), m.candidate.location


@pytest.mark.parametrize(
    ("text", "origins"),
    [
        (
            "Rockets hit the town of Mhardeh on Tuesday, killing three people. The rockets were "
            "launched from positions near Kafr Nabudah and al-Lataminah, a military source said.",
            ("Kafr Nabudah", "al-Lataminah"),
        ),
        (
            "Two civilians were killed when mortar shells struck Jaramana on Sunday. The shells were "
            "fired from militant positions in Harasta and Arbin, police said.",
            ("Harasta", "Arbin"),
        ),
        (
            "Rebel shelling killed a child in the town of Qardaha on Friday. State media said the "
            "shells came from the positions of the insurgents in Kinsabba and Salma.",
            ("Kinsabba", "Salma"),
        ),
    ],
)
def test_every_place_listed_where_the_fire_came_from_is_an_origin(
    extractor: Extractor, text: str, origins: tuple[str, ...]
) -> None:
    r = run(extractor, text)
    assert [roles(r)[o] for o in origins] == ["origin"] * len(origins)
    assert len(r.incidents) == 1


@pytest.mark.parametrize(
    ("text", "dateline", "place"),
    [
        (
            "HOMS, (SANA) - Terrorist groups fired rocket shells on al-Qaryatayn town, injuring four "
            "civilians, a source said on Monday.",
            "HOMS",
            "al-Qaryatayn",
        ),
        (
            "ALEPPO, (SANA) - Rocket shells fired by terrorists hit Hraytan on Tuesday, killing two.",
            "ALEPPO",
            "Hraytan",
        ),
        (
            "IDLIB, (AFP) - Air strikes killed six people in Saraqeb on Monday, a monitor said.",
            "IDLIB",
            "Saraqeb",
        ),
    ],
)
def test_a_dateline_with_a_comma_before_its_agency_is_no_event(
    extractor: Extractor, text: str, dateline: str, place: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[dateline], roles(r)[place]) == ("dateline", "event")
    assert len(r.incidents) == 1


@pytest.mark.parametrize(
    ("text", "dateline", "place"),
    [
        (
            "Two policemen shot dead in Mardan\nPESHAWAR: Gunmen on motorcycles shot dead two "
            "policemen guarding a polio team in Mardan on Monday, police said.",
            "PESHAWAR",
            "Mardan",
        ),
        (
            "Suicide blast kills four\nLAHORE: A suicide bomber blew himself up outside a police "
            "post in Sheikhupura on Friday, killing four constables, officials said.",
            "LAHORE",
            "Sheikhupura",
        ),
        (
            "Maoists ambush patrol\nNEW DELHI: Maoist rebels ambushed a police patrol near Sukma "
            "on Saturday and killed six officers, the home ministry said.",
            "NEW DELHI",
            "Sukma",
        ),
        (
            "Air strikes hit Deraa\nBEIRUT/AMMAN (Reuters) - Government air strikes killed 12 "
            "people in the town of Nawa on Sunday, a monitor said.",
            "BEIRUT",
            "Nawa",
        ),
        (
            "Roadside bomb kills soldiers\nKABUL/ISLAMABAD (Reuters) - A roadside bomb killed five "
            "Afghan soldiers in Khost on Tuesday, officials said.",
            "KABUL",
            "Khost",
        ),
        (
            "Drone strike in Marib\nADEN/RIYADH (Reuters) - A drone struck a military camp in "
            "Marib on Thursday, killing four soldiers, local officials said.",
            "ADEN",
            "Marib",
        ),
    ],
)
def test_a_dateline_in_capitals_before_a_colon_or_with_a_slash_is_no_event(
    extractor: Extractor, text: str, dateline: str, place: str
) -> None:
    r = run(extractor, text)
    found = roles(r)
    assert (found[dateline], found[place]) == ("dateline", "event")
    # (no incident at the city the report was filed from, the second of two cities neither)
    second = text.split("/", 1)[1].split(" ", 1)[0] if "/" in text else None
    assert second is None or found[second] == "dateline"
    assert not any(dateline.title() in (i.location or "") for i in r.incidents)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "JERUSALEM/GAZA (Reuters) - An Israeli air strike killed three Palestinians in Khan Younis "
            "on Monday, medics said.",
            "GAZA",
        ),
        (
            "KHARTOUM/JUBA (Reuters) - Fighting between army units killed 30 people in Malakal on "
            "Sunday, a spokesman said.",
            "JUBA",
        ),
        (
            "BAGHDAD/DOHA (Reuters) - A car bomb killed nine people at a market in Baquba on "
            "Thursday, police said.",
            "DOHA",
        ),
    ],
)
def test_a_short_second_city_of_a_dateline_is_no_acronym(
    extractor: Extractor, text: str, second: str
) -> None:
    # a name in capitals of four letters or fewer after "CITY/" is the second city filed from
    assert roles(run(extractor, text)).get(second) == "dateline"


@pytest.mark.parametrize(
    "text",
    [
        "Kabul - A blast killed 40 people on Friday.",
        "Aleppo - Syria's second city - was shelled on Friday, killing five.",
        "Homs - the city's east - was shelled on Friday, killing five.",
    ],
)
def test_a_name_and_a_dash_alone_is_still_the_event_place(extractor: Extractor, text: str) -> None:
    first = run(extractor, text).mentions[0]
    assert first.role == "event"


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "GAZIANTEP, Turkey (AFP) - Air strikes killed nine people in Kafr Nabl on Friday, rescuers said.",
            "Kafr Nabl",
            "SY",
        ),
        (
            "AMMAN (Reuters) - Barrel bombs killed six people in Busra al-Harir on Friday, rebels said.",
            "Busra al-Harir",
            "SY",
        ),
        (
            "Turkey said its jets had killed 20 fighters in Afrin on Friday, as the president told "
            "a rally in Ankara that the push would go on.",
            "Afrin",
            "SY",
        ),
    ],
)
def test_a_village_near_the_dateline_or_a_town_keeps_its_own_country(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    assert event_country(run(extractor, text), place) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("GAZIANTEP, Turkey (AFP) - Air strikes killed nine people in Idlib on Friday.", "Turkey"),
        ("ERBIL, Iraq (Reuters) - Militants killed four people in Mosul on Friday.", "Iraq"),
        ("BEIRUT, Lebanon, May 3 (AP) — Shelling killed five people in Homs.", "Lebanon"),
    ],
)
def test_the_country_of_a_wire_dateline_is_the_dateline(
    extractor: Extractor, text: str, country: str
) -> None:
    assert roles(run(extractor, text))[country] == "dateline"


def claimants(r: Extraction) -> set[str | None]:
    return {c.claimant for i in r.incidents for c in i.claims}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("SOHR SAYS 9 KILLED IN SHELLING ON SARAQEB", "SOHR"),
        ("7 KILLED IN AIR RAIDS ON DOUMA ACCORDING TO SANA", "SANA"),
        ("WAR MONITOR (OBS) SAYS 4 KILLED IN IDLIB\nThe monitor (OBS) counts the dead daily.", "OBS"),
    ],
)
def test_an_acronym_stays_in_capitals_in_an_upper_case_sentence(
    extractor: Extractor, text: str, claimant: str
) -> None:
    assert claimant in claimants(run(extractor, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("9 KILLED IN SHELLING ON SARAQEB ACCORDING TO SOHR", "SARAQEB"),
        ("Five Killed In Douma According To Activists", "Douma"),
        ("YPG SHELLING KILLS 3 IN AZAZ ACCORDING TO SANA", "AZAZ"),
    ],
)
def test_according_does_not_join_the_place_before_it(extractor: Extractor, text: str, place: str) -> None:
    assert roles(run(extractor, text)).get(place) == "event"


def test_an_actor_acronym_is_credited_in_an_upper_case_sentence(extractor: Extractor) -> None:
    r = run(extractor, "YPG SHELLING KILLS 3 IN AZAZ")
    assert any(i.actors for i in r.incidents)


# review fixes: a rule set aside or split more than it should (old 56d4cf3 was right there)


@pytest.mark.parametrize(
    ("text", "site", "place"),
    [
        ("Gunmen killed four people at the Jackson Market in Lagos on Friday.", "Jackson", "Lagos"),
        ("A suicide bomber struck the Salam Stadium in Mogadishu, killing six.", "Salam", "Mogadishu"),
        (
            "Two men were stabbed to death near the Springfield Roundabout in Nairobi.",
            "Springfield",
            "Nairobi",
        ),
        ("A car bomb exploded outside the Victoria Bazaar in Peshawar, wounding 11.", "Victoria", "Peshawar"),
    ],
)
def test_a_site_located_by_another_place_is_not_in_its_namesake(
    extractor: Extractor, text: str, site: str, place: str
) -> None:
    found = roles(run(extractor, text))
    assert found.get(place) == "event" and found.get(site) != "event"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Shelling hit Khan as Subul and Saraqeb on Friday, killing two.", ["Khan as Subul", "Saraqeb"]),
        (
            "Warplanes bombed Ras as Sawda and Tall as Samn overnight, killing three.",
            ["Ras as Sawda", "Tall as Samn"],
        ),
        ("Government jets struck Maarat al-Numan and Khan as Subul, killing 7 people.", ["Khan as Subul"]),
    ],
)
def test_as_inside_a_listed_name_is_its_article(extractor: Extractor, text: str, names: list[str]) -> None:
    found = roles(run(extractor, text))
    assert all(found.get(name) == "event" for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        "Fighting raged around Qasr as Sarab overnight, leaving 5 dead.",
        "Rockets fell on Qasr as Sarab on Friday, wounding two children.",
        "Two fighters died in clashes at Qasr as Sarab, activists said.",
    ],
)
def test_as_followed_by_no_clause_does_not_split_a_name(extractor: Extractor, text: str) -> None:
    assert "Sarab" not in roles(run(extractor, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Twelve people were killed in the deadliest fighting since the ceasefire in Aleppo.", "Aleppo"),
        ("Air raids killed 9 people on Friday, the bloodiest day since the truce in Hama.", "Hama"),
        ("Gunmen killed 3 policemen in the first attack since the truce agreement in Daraa.", "Daraa"),
    ],
)
def test_a_truce_named_for_comparison_keeps_the_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(run(extractor, text)).get(place) == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police said in Kirkuk that a roadside bomb had killed four soldiers.", "Kirkuk"),
        ("The army announced in Aden on Friday that 11 militants were killed in clashes.", "Aden"),
        ("A spokesman told reporters in Kandahar that gunmen shot dead three policemen.", "Kandahar"),
    ],
)
def test_where_someone_spoke_is_the_event_place_when_it_is_the_only_one(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(run(extractor, text)).get(place) == "event"


def test_where_someone_spoke_stays_set_aside_beside_an_event_place(extractor: Extractor) -> None:
    for text, venue in (
        ("Shelling hit Douma on Friday. The army said in Damascus that 9 rebels were killed.", "Damascus"),
        ("A bomb killed 4 in Quetta, officials told reporters in Islamabad.", "Islamabad"),
        ("Clashes killed 6 in Saada; the coalition said in Riyadh that it had struck rebel posts.", "Riyadh"),
    ):
        assert roles(run(extractor, text)).get(venue) != "event", text


@pytest.mark.parametrize(
    ("text", "place", "aside"),
    [
        (
            "A truck bomb killed 79 people in Mogadishu on Saturday. Turkey sent a plane to evacuate "
            "the wounded to Ankara.",
            "Mogadishu",
            "Ankara",
        ),
        (
            "Shelling killed eight people in Azaz on Friday, and medics began transferring the injured "
            "to Kilis.",
            "Azaz",
            "Kilis",
        ),
        (
            "A suicide bomber killed 14 people in Tikrit on Monday; helicopters were flying the "
            "wounded to Baghdad.",
            "Tikrit",
            "Baghdad",
        ),
        (
            "Shelling killed nine people in Jarablus on Sunday. Turkish helicopters flew the injured "
            "to Gaziantep overnight.",
            "Jarablus",
            "Gaziantep",
        ),
    ],
)
def test_where_the_wounded_are_being_carried_to_is_no_event_place(
    extractor: Extractor, text: str, place: str, aside: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[place] == "event"
    assert roles(r)[aside] == "mentioned"


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "Fighting killed 60 combatants in Hodeidah on Tuesday. The health ministry in Sanaa said "
            "12 civilians were among the dead.",
            "Sanaa",
        ),
        (
            "Gunmen killed 28 people on a bus in Minya on Friday. The government in Cairo said "
            "the attackers had fled into the desert.",
            "Cairo",
        ),
        (
            "Boko Haram raided Damboa on Monday, killing nine people. The army headquarters in "
            "Abuja said troops had repelled the attack.",
            "Abuja",
        ),
    ],
)
def test_a_seat_of_government_that_speaks_is_no_second_event_place(
    extractor: Extractor, text: str, seat: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[seat] == "mentioned"
    assert all(i.location.split(",")[0] != seat for i in r.incidents)


@pytest.mark.parametrize(
    "text",
    [
        "The health ministry in Gaza said 12 people were killed in air strikes on Monday.",
        "The government in Kabul said 20 people died in the attack on Monday.",
        "The interior ministry in Baghdad said 30 people were killed on Monday.",
    ],
)
def test_a_speaking_seat_that_is_the_only_place_is_where_it_happened(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    assert [m.role for m in r.mentions] == ["event"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two people were shot dead in Madaya during a heat wave on Sunday.", "Madaya"),
        ("A man was killed in Daraa despite the floods, activists said.", "Daraa"),
        ("Shelling killed four civilians in Idlib in the middle of a severe heat wave.", "Idlib"),
    ],
)
def test_a_disaster_that_only_dates_a_killing_does_not_silence_it(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert r.incidents and roles(r).get(place) == "event", text


@pytest.mark.parametrize(
    "text",
    [
        "Three people were killed in the floods in Idlib.",
        "Floods killed three people in Idlib during the storm season.",
        "A tornado killed four in Madaya.",
    ],
)
def test_a_disaster_that_killed_makes_the_deaths_no_incident(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text).incidents, text


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("HOMS, Syria (AP) — A car bomb killed 12 people on Sunday.", "HOMS", "SY"),
        ("ERIE, Pa. (AP) — A man was shot dead on Friday.", "ERIE", "US"),
        ("GAZA, Feb. 24 (Reuters) - An air strike killed three militants.", "GAZA", "PS"),
        ("KUT, Iraq (AFP) - A suicide bomber killed 20 people at a market.", "KUT", "IQ"),
        ("ST. PAUL, Minn. (AP) — A man was shot dead on Friday.", "ST. PAUL", "US"),
        ("ROME (AP) — A man was stabbed to death near the station on Friday.", "ROME", "IT"),
        ("DOHA (Reuters) - An air strike killed 12 people in Yemen on Friday.", "DOHA", "QA"),
        ("MT. PLEASANT, Mich. (AP) — A man was shot dead on Friday.", "MT. PLEASANT", "US"),
    ],
)
def test_a_wire_dateline_city_in_capitals_is_the_dateline(
    extractor: Extractor, text: str, city: str, country: str
) -> None:
    m = next(m for m in run(extractor, text).mentions if m.text == city)
    assert m.role == "dateline" and m.candidate and m.candidate.place.country_code == country, text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A truck bomb killed 79 people in Mogadishu on Saturday. Ethiopia and Kenya, which have "
            "troops in the mission, condemned the attack.",
            "Ethiopia",
        ),
        (
            "Gunmen killed 12 soldiers near Menaka on Friday. Algeria and Niger, which border the "
            "region, condemned the attack.",
            "Algeria",
        ),
        (
            "An air strike killed 20 people in Saada on Monday. Iran and Qatar, who back rival sides, "
            "denied any role in the attack.",
            "Iran",
        ),
    ],
)
def test_a_country_that_speaks_after_a_list_or_a_relative_clause_is_a_speaker(
    extractor: Extractor, text: str, speaker: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[speaker] == "mentioned"
    assert all(i.location.split(",")[0] != speaker for i in r.incidents)


@pytest.mark.parametrize(
    ("text", "capital", "place"),
    [
        (
            "Turkish jets bombed villages around Afrin on Saturday, killing 11 civilians, as Ankara "
            "pressed its offensive against Kurdish fighters.",
            "Ankara",
            "Afrin",
        ),
        (
            "Air strikes killed 14 people in Maarat al-Numan on Monday as Moscow stepped up its "
            "bombing campaign.",
            "Moscow",
            "Maarat al-Numan",
        ),
        (
            "Shelling killed six people in Daraa on Friday after Damascus launched its assault on the south.",
            "Damascus",
            "Daraa",
        ),
    ],
)
def test_a_capital_pressing_its_own_campaign_is_a_government(
    extractor: Extractor, text: str, capital: str, place: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[capital] == "mentioned"
    assert roles(r)[place] == "event"
    assert all(i.location.split(",")[0] != capital for i in r.incidents)


@pytest.mark.parametrize(
    ("text", "place", "earlier"),
    [
        (
            "Suicide bombers struck Brussels airport on Tuesday, killing 31 people. The attacks came "
            "four months after militants killed 130 people in Paris.",
            "Brussels",
            "Paris",
        ),
        (
            "A car bomb killed 115 people in Baghdad on Sunday. The attack came a week after Iraqi "
            "forces recaptured Fallujah from Islamic State.",
            "Baghdad",
            "Fallujah",
        ),
        (
            "Gunmen killed nine soldiers near Gao on Friday. The ambush happened only days after "
            "jihadists attacked a base at Menaka.",
            "Gao",
            "Menaka",
        ),
    ],
)
def test_the_event_a_report_came_after_is_an_earlier_one(
    extractor: Extractor, text: str, place: str, earlier: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[place] == "event"
    assert roles(r)[earlier] == "mentioned"
    assert all(i.location.split(",")[0] != earlier for i in r.incidents)


@pytest.mark.parametrize(
    ("text", "government"),
    [
        (
            "Gunmen stormed a hotel in Nairobi on Tuesday, killing 21 people. Washington's "
            "ambassador said two Americans were among the dead.",
            "Washington",
        ),
        (
            "A gunman killed 39 people at a nightclub in Istanbul on Sunday. The government in Ankara "
            "declared the attack an act of terrorism, and Moscow offered its condolences.",
            "Moscow",
        ),
        (
            "Air strikes killed 12 people in Idlib on Monday, days after Moscow's support for the "
            "offensive was confirmed.",
            "Moscow",
        ),
    ],
)
def test_a_government_by_its_capitals_name_is_no_event_place(
    extractor: Extractor, text: str, government: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[government] == "mentioned"
    assert all(i.location.split(",")[0] != government for i in r.incidents)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Yemen army troops killed 25 Houthi rebels, an official told Reuters in Riyadh on Monday.", "Yemen"),
        (
            "Mali troops killed 12 jihadists on Tuesday, a spokesman for the UN mission told AFP in Dakar.",
            "Mali",
        ),
        (
            "Somalia troops killed 12 al Shabaab fighters in a raid, the U.S. Africa Command in Stuttgart "
            "said on Friday.",
            "Somalia",
        ),
    ],
)
def test_a_state_beside_only_a_speech_venue_stays_where_it_happened(
    extractor: Extractor, text: str, state: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[state] == "event"
    assert [i.location for i in r.incidents if i.latitude is not None] == [state]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two drones flew into Kharkiv overnight and hit a power plant, killing a worker.", "Kharkiv"),
        ("A missile flew towards Odesa before it struck a grain terminal, killing two people.", "Odesa"),
        ("Gunmen who flew to Mogadishu from Nairobi attacked a hotel, killing 15 people.", "Mogadishu"),
    ],
)
def test_flying_to_a_place_carrying_no_wounded_goes_where_it_happened(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(run(extractor, text))[place] == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Two men were stabbed to death on Sunday as Notting Hill began its annual carnival.",
            "Notting Hill",
        ),
        ("A suicide bomber killed 14 people at a market on Friday as Kabul began its Eid holiday.", "Kabul"),
        ("Rebels killed nine soldiers on Monday as Kobani launched its counterattack.", "Kobani"),
    ],
)
def test_a_town_beginning_its_own_season_or_a_small_town_its_fight_is_where_it_happened(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(run(extractor, text))[place] == "event"


@pytest.mark.parametrize(
    ("text", "event", "seat"),
    [
        (
            "A bomb killed six people at a checkpoint, the interior ministry in Baghdad said, adding "
            "that the blast hit a market.",
            "Baghdad",
            None,
        ),
        (
            "Air force strikes killed 18 Taliban fighters in Helmand, the defence ministry in Kabul said.",
            "Helmand",
            "Kabul",
        ),
        (
            "Gunmen killed four policemen near Arish, the interior ministry in Cairo said.",
            "Arish",
            "Cairo",
        ),
    ],
)
def test_a_speaking_seat_yields_only_to_an_event_place_named_before_it(
    extractor: Extractor, text: str, event: str, seat: str | None
) -> None:
    r = run(extractor, text)
    assert roles(r)[event] == "event"
    if seat is not None:
        assert roles(r)[seat] == "mentioned"


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 people were killed during floods in the southern state of Kerala, officials said.",
        "Two people were killed during a tornado that tore through Joplin on Sunday night.",
        "Four people were killed during an earthquake in Herat province, officials said.",
        "Six people were killed during Hurricane Michael in Panama City, the county sheriff said.",
    ],
)
def test_deaths_during_a_disaster_are_no_incident(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text).incidents, text


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State militants killed nine shepherds during a heat wave near Palmyra, the monitor said.",
        "Police said the man killed his wife during a house fire in Dayton on Sunday.",
        "Gunmen shot dead four villagers amid floods in Borno, residents said.",
    ],
)
def test_someone_who_killed_during_a_disaster_is_an_incident(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).incidents, text


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Deputies found the woman's body in Bell's truck near Fresno on Monday. Bell was charged "
            "with murder, the sheriff said.",
            "Bell",
        ),
        (
            "Police said a gunman killed three people at Clinton's home around 3 a.m. Clinton survived "
            "the attack in Little Rock.",
            "Clinton",
        ),
        (
            "Police said Marion's husband shot her twice before turning the gun on himself. Marion was 38.",
            "Marion",
        ),
    ],
)
def test_a_persons_possessive_keeps_the_name_a_person_later(
    extractor: Extractor, text: str, person: str
) -> None:
    r = run(extractor, text)
    assert not any(m.text == person for m in r.mentions), [(m.text, m.role) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "KABUL (Reuters) - A suicide bomber blew himself up outside a mosque in the capital during Friday"
            " prayers, killing at least 10 worshippers, police said.",
            "Kabul",
        ),
        (
            "BAGHDAD (AP) — A car bomb exploded at a busy market in a Shi'ite neighbourhood on"
            " Thursday, killing 12,"
            " Iraqi officials said.",
            "Baghdad",
        ),
        (
            "JALALABAD (Reuters) - A suicide bomber struck a funeral on Sunday, killing 15 mourners,"
            " police said.",
            "Jalalabad Jalālābād",
        ),
    ],
)
def test_a_report_naming_no_other_place_happened_where_it_was_filed(
    extractor: Extractor, text: str, town: str
) -> None:
    (incident,) = run(extractor, text).incidents
    assert incident.location.split(",")[0] in town  # as written, or the gazetteer's spelling
    assert (incident.geo_precision, incident.where_prec) == (2, 2)  # a guess, said as one
    assert "filed from" in incident.place_reason


@pytest.mark.parametrize(
    "text",
    [
        # a bureau reporting on a neighbour: the adjective or the actors say which
        "BEIRUT (Reuters) - Syrian warplanes killed 12 people on Monday, a monitor said.",
        "BEIRUT (Reuters) - SDF fighters killed 12 Islamic State militants on Friday.",
        # a name not read may be the event's place; a part of the country left unnamed
        "ISLAMABAD (Reuters) - Militants attacked a checkpoint in Zhobbar district on Friday,"
        " killing four soldiers.",
        "KABUL (Reuters) - Gunmen killed 12 policemen at a checkpoint in a northern province on"
        " Friday, officials said.",
        # a big city's bureau covers the country: the text must say the city
        "KABUL (Reuters) - Taliban insurgents killed 14 police officers in attacks on checkpoints overnight.",
        "ABUJA (Reuters) - Boko Haram fighters killed 30 villagers in a night raid, residents said.",
        "CAIRO (Reuters) - Militants killed eight policemen in an attack on a checkpoint on Monday.",
        # the event's place is named
        "KABUL (Reuters) - A suicide bomber killed 12 people in Jalalabad on Friday.",
    ],
)
def test_a_dateline_places_no_report_about_somewhere_else(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    assert all("filed from" not in i.place_reason for i in r.incidents), text
    assert all(
        not i.location.startswith(("Beirut", "Islamabad", "Kabul", "Abuja", "Cairo")) for i in r.incidents
    ), text


@pytest.mark.parametrize(
    ("text", "place", "parent"),
    [
        (
            "Gunmen killed four police officers in Uruapan in the western state of Michoacan on Monday.",
            "Uruapan",
            "Michoacan",
        ),
        (
            "A bomb exploded at a market in Marawi on Mindanao island on Sunday, wounding six people.",
            "Marawi",
            "Mindanao",
        ),
        (
            "A rocket hit a house in the Khan Younis refugee camp in southern Gaza, killing two children.",
            "Khan Younis",
            "Gaza",
        ),
        (
            "Missiles struck the Shayrat air base south-east of Homs overnight, killing six soldiers.",
            "Shayrat",
            "Homs",
        ),
        (
            "Shelling hit Hanano on the northern edge of Aleppo on Monday, killing three civilians.",
            "Hanano",
            "Aleppo",
        ),
        (
            "Militants attacked a village in Borno state's Gwoza district, killing 11 people.",
            "Gwoza",
            "Borno",
        ),
    ],
)
def test_a_place_named_to_locate_another_is_context(
    extractor: Extractor, text: str, place: str, parent: str
) -> None:
    # a state, island, city edge, camp's city or landmark named to say where the place lies
    # makes no second event place
    r = run(extractor, text)
    assert roles(r)[place] == "event", text
    assert roles(r)[parent] == "mentioned", text


@pytest.mark.parametrize(
    "text",
    [
        "Fighting in Idlib and in Hama killed 12 people on Monday.",
        "Air strikes hit Raqqa on Monday and shelling hit Deir Ezzor on Tuesday.",
        "Gunmen killed three in Kirkuk, in the north, and a bomb killed two in Basra.",
    ],
)
def test_places_of_their_own_stay_event_places(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    assert sum(role == "event" for role in roles(r).values()) >= 2, text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an earlier event told by the time after its place, or "a similar attack in the city of X"
        (
            "Turkish jets struck Kurdish positions in Syria in retaliation for a"
            " bombing in Ankara a week earlier.",
            "Ankara",
        ),
        (
            "A car bomb killed four in Manbij on Sunday, a month after a similar"
            " explosion in the city of Jarablus.",
            "Jarablus",
        ),
        (
            "Police said the gunmen had also carried out an attack on a checkpoint in Kirkuk two"
            " days before, killing a policeman.",
            "Kirkuk",
        ),
        # history: a year before the text's
        (
            "Gunmen killed four villagers near Tuzla on Monday. The court ruled on the deaths of hundreds"
            " of men at Srebrenica in 1995.",
            "Srebrenica",
        ),
        (
            "Jets struck Idlib on Monday, killing six. Government forces retook Palmyra in March 2016"
            " after heavy fighting, the army said.",
            "Palmyra",
        ),
        # where those who fired were, what an organisation is based around
        (
            "Terrorists positioned in Douma fired mortar shells on Jaramana on Monday, killing a civilian.",
            "Douma",
        ),
        (
            "Militants positioned in the western neighbourhoods of Daraa launched"
            " rockets at Sanamayn, killing two.",
            "Daraa",
        ),
        (
            "A jihadist group based around Menaka has attacked villages across the border, killing 20.",
            "Menaka",
        ),
        # a court's seat, a government by its seat, a militia by its town
        (
            "A military court in Cairo sentenced 12 men to death over a bombing that killed 20 people.",
            "Cairo",
        ),
        (
            "An appeals court in Islamabad upheld the sentences of two men"
            " convicted over the attack on a school.",
            "Islamabad",
        ),
        ("Forces allied to the Tripoli government were driven from Sirte after heavy fighting.", "Tripoli"),
        ("Troops loyal to the Sanaa authorities clashed with tribesmen in Marib on Monday.", "Sanaa"),
        ("Fighting with Daraa militiamen killed four soldiers in Sanamayn on Monday.", "Daraa"),
    ],
)
def test_a_place_of_another_time_or_of_the_actors_is_no_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(run(extractor, text))[place] != "event", text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Militants killed nine soldiers in Tikrit on Monday, a week before the elections.", "Tikrit"),
        ("The army targeted terrorists positioned in Kafr Zita on Monday, killing dozens.", "Kafr Zita"),
        ("Air strikes killed 12 people in Raqqa in 2017, activists said.", "Raqqa"),  # this year
        ("Gunmen attacked a court in Kirkuk on Monday, killing three guards.", "Kirkuk"),
    ],
)
def test_the_reports_own_event_place_stays(extractor: Extractor, text: str, place: str) -> None:
    assert roles(run(extractor, text))[place] == "event", text


@pytest.mark.parametrize(
    "text",
    [
        "Hama, SANA – Army units destroyed terrorist positions in Kafr Zita on Monday.",
        "Damascus, SANA – Terrorists fired mortar shells on Jaramana on Monday, killing a civilian.",
        "Homs, SANA – Terrorist organizations targeted al-Zahraa neighborhood with rocket shells.",
    ],
)
def test_a_sana_dateline_is_the_dateline(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    assert r.mentions[0].role == "dateline", text
    assert r.incidents and not r.incidents[0].location.startswith(r.mentions[0].text)


def test_an_event_without_a_place_takes_none_set_aside_as_elsewhere(extractor: Extractor) -> None:
    text = (
        "The ministry said the strikes were retaliation for a bombing in Ankara a week earlier. "
        "Officials said shelling killed two people on Monday."
    )
    assert all(not i.location.startswith("Ankara") for i in run(extractor, text).incidents)


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Rockets struck a camp in Gao on Saturday. The attack came"
            " days after a U.N. convoy hit a mine near Kidal.",
            "Kidal",
        ),
        (
            "A bomb killed six in Mosul. It came a week after a U.S. drone strike killed two in Tal Afar.",
            "Tal Afar",
        ),
        (
            "Gunmen killed four in Kirkuk, the deadliest attack in the U.S.-patrolled city since a"
            " bombing in Hawija.",
            "Hawija",
        ),
    ],
)
def test_an_abbreviation_dot_ends_no_clause(extractor: Extractor, text: str, earlier: str) -> None:
    assert roles(run(extractor, text))[earlier] == "mentioned", text


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed four people in Tikrit on Monday. Government forces recaptured Fallujah in June 2016.",
        "Shelling killed two in Hama on Monday. Rebels had seized"
        " Morek in March 2014 after weeks of fighting.",
        "Jets struck Idlib on Monday, killing six. Troops retook Palmyra in March 2016, state media said.",
    ],
)
def test_history_told_in_a_sentence_of_its_own_is_no_incident_at_the_text_s_town(
    extractor: Extractor, text: str
) -> None:
    r = run(extractor, text)
    assert all(
        i.event_date is None or i.event_date.year == PUBLISHED.year for i in r.incidents if i.location
    ), text


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Al Jazeera's correspondent, reporting from Gaziantep on the Turkish border, said shelling"
            " killed 14 people in Harasta overnight.",
            "Harasta",
            "SY",
        ),
        (
            "AMMAN (Reuters) - Government forces took the Nasib border crossing with Jordan on Friday,"
            " killing six rebels, a monitor said.",
            "Nasib",
            "SY",
        ),
        (
            "Speaking from Hatay near the Syrian frontier, a monitor said air strikes killed nine in"
            " Saraqeb.",
            "Saraqeb",
            "SY",
        ),
    ],
)
def test_a_neighbour_s_border_as_a_landmark_does_not_choose_the_country(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    assert event_country(run(extractor, text), place) == country


def test_a_border_town_is_a_place_of_its_own(extractor: Extractor) -> None:
    r = run(extractor, "A rocket hit the Turkish border town of Kilis on Monday, wounding two.")
    assert roles(r)["Kilis"] == "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked the city of Sweida on Wednesday, killing 20 people.", "Sweida"),
        ("Shelling hit the city of Daraa on Monday, killing four civilians.", "Daraa"),
        ("Jets struck the town of Raqqa overnight, killing nine, activists said.", "Raqqa"),
    ],
)
def test_the_city_of_a_name_a_province_shares_is_the_city(
    extractor: Extractor, text: str, place: str
) -> None:
    m = next(m for m in run(extractor, text).mentions if m.text == place)
    assert m.candidate is not None and m.candidate.place.feature is Feature.CITY, text


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("beni", ""),  # "ben" is Benin's three-letter code, not its name
        ("keni", ""),
        ("syrian", "syria"),
        ("somali", "somalia"),
        ("yemeni", "yemen"),
    ],
)
def test_a_country_adjective_comes_from_a_name_not_a_code(word: str, country: str) -> None:
    keys = frozenset({"ben", "benin", "ken", "kenya", "syr", "syria", "som", "somalia", "yem", "yemen"})
    assert _demonym_of(word, keys) == country


def test_a_town_named_like_a_code_and_i_is_spotted(extractor: Extractor) -> None:
    r = run(extractor, "Rebels killed 18 civilians in an attack on a neighbourhood of Beni on Sunday night.")
    assert roles(r).get("Beni") == "event"


@pytest.mark.parametrize(
    ("text", "place", "year"),
    [
        ("A report published on Monday said gunmen killed 40 worshippers in Kano in 2014.", "Kano", 2014),
        ("Investigators said air strikes killed 30 civilians in Raqqa in 2015.", "Raqqa", 2015),
        ("A mass grave found on Monday holds victims of a massacre at Kobani in 2015.", "Kobani", 2015),
        # the year after the place's own area or the next place of its list
        (
            "A report released on Tuesday documents the shelling of Daraa and its countryside in"
            " 2013, the heaviest such campaign in Syria.",
            "Daraa",
            2013,
        ),
        (
            "Survivors told investigators on Tuesday how government forces besieged Madaya and"
            " Zabadani in 2015.",
            "Madaya",
            2015,
        ),
        (
            "Ukraine and Russia swapped 90 prisoners on Friday, among them soldiers captured in"
            " Mariupol in 2014.",
            "Mariupol",
            2014,
        ),
    ],
)
def test_history_is_no_event_even_in_a_text_that_reports_nothing_else(
    extractor: Extractor, text: str, place: str, year: int
) -> None:
    """A year well before the text's is history even when the text tells nothing newer (a
    ruling, an inquiry, a prisoner swap): an analyst maps it at its own year or not at all,
    never on the day the text was published."""
    r = run(extractor, text)
    assert roles(r)[place] == "mentioned", text
    assert not [i for i in r.incidents if i.location], text  # no incident of the text's days
    assert not [i for i in r.incidents + r.recalled if i.event_date and i.event_date.year != year], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a government's building or forces, not the government
        ("Taliban fighters stormed the Tarin Kot government compound on Monday, killing five.", "Tarin Kot"),
        ("A car bomb exploded outside the Kandahar government hospital, killing six.", "Kandahar"),
        ("Gunmen attacked the Aden government headquarters on Monday, killing four guards.", "Aden"),
        # "before" that looks forward, and the report's own event told with a time after it
        (
            "A suicide bomber killed 14 people at a rally in Peshawar two days before the election.",
            "Peshawar",
        ),
        ("Gunmen attacked a polling station in Ghazni a day before the vote, killing two.", "Ghazni"),
        ("Fighting erupted in Daraa a week earlier and has continued since, killing 40.", "Daraa"),
        # a month a few weeks back is news, not history (published 25 February 2017)
        ("Air strikes on Douma in late December 2016 killed at least 50 civilians, a monitor said.", "Douma"),
        # those who fired at no named place were where it happened
        ("Gunmen positioned in buildings in Sirte fired at passing cars, killing two civilians.", "Sirte"),
        ("Troops positioned in Kobani fired into the air to disperse a crowd, wounding three.", "Kobani"),
        # the border of a town or strip, not of a neighbouring country
        ("Israeli troops shot dead three Palestinians during protests along the Gaza border.", "Gaza"),
        ("A roadside bomb killed two soldiers near the Chaman border crossing on Monday.", "Chaman"),
    ],
)
def test_the_set_aside_rules_leave_the_event_place(extractor: Extractor, text: str, place: str) -> None:
    assert roles(run(extractor, text)).get(place) == "event", text


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the strike or the shelling types what it destroyed: one incident, not a battle besides
        (
            "Coalition air strikes destroyed Islamic State positions near Hajin on Monday.",
            {"Air/drone strike"},
        ),
        (
            "Artillery units destroyed militant fortifications near Morek on Monday.",
            {"Shelling/artillery/missile attack"},
        ),
        # what is destroyed must be an enemy's
        ("Egyptian forces destroyed 20 smuggling tunnels in Rafah on Monday.", set()),
        ("Floods destroyed several military bases and roads around Beledweyne.", set()),
    ],
)
def test_destroyed_positions_join_the_strike_that_destroyed_them(
    extractor: Extractor, text: str, types: set[str]
) -> None:
    assert {i.sub_event_type for i in run(extractor, text).incidents} == types, text


def test_an_actor_after_a_comma_is_no_agency(extractor: Extractor) -> None:
    r = run(extractor, "Idlib, HTS - Militants attacked army posts near Morek on Monday, killing four.")
    assert roles(r)["Idlib"] != "dateline"


@pytest.mark.parametrize(
    ("text", "ends", "place"),
    [
        (
            "A suicide bomber rammed a car into a convoy on the Jammu-Srinagar highway in Pulwama"
            " district on Thursday, killing 40.",
            ("Jammu", "Srinagar"),
            "Pulwama",
        ),
        (
            "A roadside bomb hit a bus on the Kabul-Kandahar highway near Ghazni, killing 11.",
            ("Kabul", "Kandahar"),
            "Ghazni",
        ),
        (
            "Gunmen ambushed a convoy on the Homs-Palmyra road near Furqlus on Monday, killing six.",
            ("Homs", "Palmyra"),
            "Furqlus",
        ),
    ],
)
def test_the_towns_naming_a_road_yield_to_the_place_on_it(
    extractor: Extractor, text: str, ends: tuple[str, str], place: str
) -> None:
    r = roles(run(extractor, text))
    assert (r[ends[0]], r[ends[1]], r[place]) == ("mentioned", "mentioned", "event"), text


@pytest.mark.parametrize(
    "text",
    [
        "Clashes on the Damascus-Homs highway killed four soldiers on Monday.",
        "Clashes continue on Damascus – Homs highway and shelling targets the countryside of Daraa.",
    ],
)
def test_a_road_named_by_its_towns_alone_keeps_them(extractor: Extractor, text: str) -> None:
    r = roles(run(extractor, text))
    assert r["Damascus"] == r["Homs"] == "event", text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Shelling killed five in Idlib. Buses carrying evacuees from the besieged towns of Foua and"
            " Kefraya were attacked.",
            "Foua",
        ),
        (
            "A convoy heading from the northern countryside of Idlib towards Aleppo was hit by a strike.",
            "Idlib",
        ),
        (
            "Jets struck Idlib on Monday. Officials recalled the 2014 attack on an army-run school in"
            " Peshawar, which killed 140.",
            "Peshawar",
        ),
    ],
)
def test_where_people_came_from_and_older_attacks_are_no_event_places(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(run(extractor, text))[place] != "event", text


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Airstrike Hits Market In Atareb, Killing 23", "Atareb", "SY"),
        ("Air Raid Hits Wedding In Hajjah, Killing 20", "Hajjah", "YE"),
        ("Coalition Air Strikes Kill 14 At Market In Hajjah", "Hajjah", "YE"),
    ],
)
def test_a_title_case_venue_is_a_common_noun(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    # the noun a headline's strike hit is no place ("Market" read as Marquette, Michigan), and a
    # town of 10,000 people by its own name is not traded for a hamlet of the conflict country
    r = run(extractor, text)
    assert set(roles(r)) == {place}, text
    assert event_country(r, place) == country


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Missiles Hit Kramatorsk Rail Station Packed With Evacuees, Dozens Killed", "Kramatorsk", "UA"),
        ("Rockets Strike Kharkiv Train Station, Killing Four", "Kharkiv", "UA"),
        ("Air Strike On Sanaa Funeral Hall Kills 140", "Sanaa", "YE"),
        ("Taliban Attack Ghazni Police Headquarters, 20 Dead", "Ghazni", "AF"),
    ],
)
def test_a_title_case_kind_of_venue_is_a_common_noun(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    # "Rail Station", "Funeral Hall" capitalised had joined the town before them into an unknown
    # name or an organisation's ("Kharkiv Train ..."): the town was lost or read as a base
    r = run(extractor, text)
    assert roles(r) == {place: "event"}, text
    assert event_country(r, place) == country


def test_a_title_case_kind_of_venue_word_in_a_name_stays_in_it(extractor: Extractor) -> None:
    # "Air Force", "Border Force" are no venues; "Police Station of X" names no town before it
    r = run(extractor, "Gunmen Kill Two Air Force Officers In Quetta")
    assert roles(r) == {"Quetta": "event"}


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("A car bomb exploded in Kabul Tuesday, killing 12 people.", "Kabul", "AF"),
        ("Gunmen killed five people in Jos Saturday night, police said.", "Jos", "NG"),
        ("Militants attacked a checkpoint near Baqubah Monday.", "Baqubah", "IQ"),
        ("Shells hit Aleppo January 5, killing three, a monitor said.", "Aleppo", "SY"),
    ],
)
def test_a_day_after_a_place_without_on_is_no_part_of_its_name(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    # AP style writes the day straight after the place: "Kabul Tuesday" had been read as an
    # organisation named after Kabul, "Jos Saturday" as a person
    r = run(extractor, text)
    assert roles(r) == {place: "event"}, text
    assert event_country(r, place) == country


@pytest.mark.parametrize(
    "text",
    [
        "Bomb blasts ripped through churches in Colombo on Easter Sunday, killing 200.",
        "Soldiers shot 14 marchers in Derry on Bloody Sunday in 1972.",
        "Gunmen attacked worshippers in Kaduna on Palm Sunday, killing four.",
    ],
)
def test_a_named_day_is_no_place_and_its_day(extractor: Extractor, text: str) -> None:
    assert not {"Easter", "Bloody", "Palm"} & set(roles(run(extractor, text))), text


@pytest.mark.parametrize(
    ("text", "place", "unit"),
    [
        ("YEMEN: AIR STRIKE KILLS NINE IN ZABID MARKET", "ZABID", "YEMEN"),
        ("Gunmen killed five villagers in Gwoza, in Borno state, on Tuesday.", "Gwoza", "Borno"),
        (
            "Hama governorate: On 4 May, shelling struck a house in Kafr Zita, killing two children.",
            "Kafr Zita",
            "Hama",
        ),
        (
            "A bomb exploded near a mosque in Quetta, in Pakistan's restive Balochistan province,"
            " killing six.",
            "Quetta",
            "Balochistan",
        ),
    ],
)
def test_a_unit_holding_an_event_place_of_its_sentence_is_context(
    extractor: Extractor, text: str, place: str, unit: str
) -> None:
    # whatever the words between them (a slug, a colon, a comma, a possessive and an adjective)
    r = run(extractor, text)
    assert (roles(r)[place], roles(r)[unit]) == ("event", "mentioned"), text
    assert len([i for i in r.incidents if i.latitude is not None]) == 1


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Clashes spread across Idlib province on Monday after rebels attacked Saraqeb.", "Idlib"),
        (
            "Air strikes killed nine in Saqba and other towns of the Eastern Ghouta on Monday.",
            "Eastern Ghouta",
        ),
        ("Floods and fighting displaced families throughout Borno state after an attack on Gwoza.", "Borno"),
    ],
)
def test_an_area_an_event_spread_over_stays_an_event_place(
    extractor: Extractor, text: str, unit: str
) -> None:
    assert roles(run(extractor, text))[unit] == "event", text


def test_a_title_case_venue_word_that_opens_a_name_stays_in_it(extractor: Extractor) -> None:
    assert "Market Harborough" in roles(run(extractor, "Gunmen Kill Two In Market Harborough"))


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        # where the fire came from
        (
            "Rockets hit Latakia on Saturday, wounding six. The rockets were launched from positions of"
            " Nusra terrorists near Jisr al-Shughur.",
            "Jisr al-Shughur",
        ),
        (
            "A drone struck a block of flats in Sumy, killing nine. The drones were launched from"
            " Russia's Kursk region.",
            "Kursk",
        ),
        (
            "Shelling killed two in Sderot. The rockets were fired from the north of Beit Hanoun.",
            "Beit Hanoun",
        ),
        # a speaker opening the sentence, a spokesman's seat, a seat that wrote
        (
            "Gunmen attacked Kirkuk on Friday, killing 11. In Baghdad, the prime minister said the"
            " attack was a diversion.",
            "Baghdad",
        ),
        (
            "Rebels captured Lashio after weeks of fighting. A junta spokesman in Naypyitaw said"
            " fighting was continuing.",
            "Naypyitaw",
        ),
        (
            "Rockets hit Latakia on Saturday, wounding six. The Foreign Ministry in Damascus sent two"
            " letters to the UN condemning the attack.",
            "Damascus",
        ),
        # a nationality before troops, a capital's plans
        ("A suicide bombing in Manbij killed four U.S. troops and 15 others on Wednesday.", "U.S."),
        (
            "A bomb killed 19 in Manbij on Wednesday. The attack would not change Washington's plans"
            " to withdraw, officials said.",
            "Washington",
        ),
    ],
)
def test_places_of_the_fire_the_speakers_and_the_victims_nationality_are_set_aside(
    extractor: Extractor, text: str, aside: str
) -> None:
    assert roles(run(extractor, text))[aside] != "event", text


def test_in_a_place_that_opens_the_sentence_of_the_event_is_the_event_place(extractor: Extractor) -> None:
    r = run(extractor, "In Baghdad, a car bomb killed 12 people on Monday, police said.")
    assert roles(r)["Baghdad"] == "event"


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "AMMAN (Reuters) - Jets pounded parts of Daraa city on Wednesday, killing 11 civilians."
            " Some of the wounded were taken to a hospital in Ramtha in Jordan.",
            "Daraa",
            "SY",
        ),
        (
            "ISTANBUL (AFP) - A car bomb killed eight in Azaz on Thursday. The wounded were taken to"
            " hospitals in Kilis in Turkey. Turkey's government said in Ankara it would tighten the border.",
            "Azaz",
            "SY",
        ),
        (
            "NAIROBI (Reuters) - Gunmen killed 12 in Mandera on Monday. Survivors were flown to a hospital"
            " in Eldoret in Kenya, and Somalia's president said he would send troops.",
            "Mandera",
            "KE",
        ),
    ],
)
def test_where_the_wounded_went_and_a_government_by_its_country_do_not_choose_the_country(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    assert event_country(run(extractor, text), place) == country


@pytest.mark.parametrize(
    "text",
    [
        "An air strike killed 22 in Albu Kamal on 17 June 2018. A similar strike on 29 May 2018 near"
        " Mayadin had killed 12.",
        "Gunmen killed five in Kirkuk on Monday. A similar attack on a checkpoint last month near"
        " Hawija had killed three.",
        "Shelling killed four in Idlib on Monday, a week after a similar bombardment of the market"
        " in Saraqeb.",
    ],
)
def test_a_similar_event_told_with_its_own_date_is_an_earlier_one(extractor: Extractor, text: str) -> None:
    r = roles(run(extractor, text))
    assert sum(role == "event" for role in r.values()) == 1, r


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the target of the fire, not its origin
        ("Rockets fired from Gaza landed in Sderot on Sunday, wounding two Israelis.", "Sderot"),
        ("A missile launched from a drone hit a car in Marib, killing three tribesmen.", "Marib"),
        (
            "Mortar rounds fired from rebel positions fell on a school in Jobar and killed two children.",
            "Jobar",
        ),
        # an army leaving a place fought there
        ("Rebels withdrew from the southern countryside of Idlib after heavy clashes on Monday.", "Idlib"),
        ("IS fighters retreated from the besieged city of Deir Ezzor after heavy fighting.", "Deir Ezzor"),
        # a year not of an event told before the place
        ("Despite the 2017 agreement government forces shelled rebels in Douma on Monday.", "Douma"),
        ("Turkish jets attacked the 2000 fighters in Afrin on Sunday, killing dozens.", "Afrin"),
        # local officials opening the sentence speak where it happened
        ("In Jalalabad, a police spokesman said a bomb killed six people on Sunday.", "Jalalabad"),
    ],
)
def test_review_cases_keep_their_event_place(extractor: Extractor, text: str, place: str) -> None:
    assert roles(run(extractor, text)).get(place) == "event", text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a venue noun that ends or starts a city's name stays in it
        ("Gunmen Kill Three In Port Of Spain", "Port Of Spain"),
        ("Blast Kills Five In Gaza City", "Gaza City"),
        ("Two Killed In Shooting In Oklahoma City", "Oklahoma City"),
        # a country after a road does not replace the towns that name it
        (
            "Gunmen ambushed a bus on the Kabul-Kandahar highway in southern Afghanistan, killing 11.",
            "Kandahar",
        ),
        (
            "The 2015 bombing of a hospital in Kunduz killed 42. Jets struck Herat on Monday, killing six.",
            "Herat",
        ),
    ],
)
def test_review_cases_keep_their_place_name(extractor: Extractor, text: str, place: str) -> None:
    assert roles(run(extractor, text)).get(place) == "event", text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "QUETTA, Pakistan (Reuters) - A suicide bomber blew himself up at a police checkpoint on"
            " the outskirts of the city on Friday, killing five officers in Pakistan's deadliest attack.",
            "Quetta",
        ),
        (
            "Suicide bomber kills 9 in Afghanistan\\nJALALABAD (Reuters) - A suicide bomber struck a"
            " funeral on Sunday, killing nine mourners, police said.",
            "Jalālābād",
        ),
        (
            "Suicide bomber kills 9 in Somalia\\nBAIDOA (Reuters) - A suicide bomber struck a military convoy"
            " on Sunday, killing nine soldiers, police said.",
            "Baidoa",
        ),
    ],
)
def test_the_town_filed_from_is_finer_than_its_country(extractor: Extractor, text: str, town: str) -> None:
    r = run(extractor, text.replace("\\n", "\n"))
    assert [i.location.split(",")[0] for i in r.incidents if i.location] == [town], text


def test_a_country_wide_event_under_a_capital_s_dateline_stays_the_country(extractor: Extractor) -> None:
    r = run(extractor, "KABUL (Reuters) - Taliban fighters killed 12 soldiers across Afghanistan on Friday.")
    assert all(not i.location.startswith("Kabul") for i in r.incidents)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Mortars fired from near Douma hit Damascus, killing three civilians.", "Damascus"),
        ("In Geneva, a UN spokesman said air strikes killed 30 people in Idlib.", "Idlib"),
        ("In Beirut, the Observatory said shelling killed nine people in Douma.", "Dūmā"),
        ("Chad's president Idriss Deby was killed on the front line, the army said.", "Chad"),
        ("Rockets Hit Kabul Airport As Evacuation Continues", "Kabul"),
        ("The ministry said in an earlier statement that 12 people were killed in Idlib on Sunday.", "Idlib"),
        ("Late the previous night militants stormed a checkpoint in Arish, killing seven soldiers.", "Arīsh"),
        (
            "KABUL (Reuters) - Taliban fighters killed 14 policemen in attacks across Afghanistan"
            " overnight, officials in the capital said.",
            "Afghanistan",
        ),
    ],
)
def test_late_review_cases_are_placed_where_it_happened(extractor: Extractor, text: str, town: str) -> None:
    places = [i.location.split(",")[0] for i in run(extractor, text).incidents if i.location]
    assert places == [town] or (town in places and len(places) == 1), (text, places)


# --- the fifth wire batch's distractors: speakers' seats, governments, deals, earlier times ---


def incident_places(r: Extraction) -> set[str]:
    return {i.location.split(",")[0] for i in r.incidents if i.latitude is not None}


@pytest.mark.parametrize(
    ("text", "event", "seat"),
    [
        (
            "Gunmen shot dead a judge in Tafas on Monday. Officials in Damascus blamed militants for"
            " the killing.",
            "Tafas",
            "Damascus",
        ),
        (
            "Three soldiers were wounded when drones hit a checkpoint near Uruapan, state officials in"
            " Morelia said.",
            "Uruapan",
            "Morelia",
        ),
        (
            "A roadside bomb killed three soldiers near Khost on Friday. Officials in Kabul say the Taliban"
            " planted the bomb.",
            "Khost",
            "Kabul",
        ),
    ],
)
def test_officials_in_a_seat_who_speak_are_no_event_place(
    extractor: Extractor, text: str, event: str, seat: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[event], roles(r)[seat]) == ("event", "mentioned"), text


def test_officials_in_the_only_place_named_speak_from_where_it_happened(extractor: Extractor) -> None:
    r = run(extractor, "Three soldiers were killed by a landmine on Monday, officials in Kandahar said.")
    assert roles(r) == {"Kandahar": "event"}


@pytest.mark.parametrize(
    ("text", "event", "seat"),
    [
        (
            "U.S. jets struck Islamic State positions near Sabratha at the request of the government"
            " in Tripoli.",
            "Sabratha",
            "Tripoli",
        ),
        ("Rebels opposed to the government in Khartoum attacked Kadugli on Sunday.", "Kadugli", "Khartoum"),
        ("Militiamen loyal to the administration in Aden shelled Zinjibar on Tuesday.", "Zinjibar", "Aden"),
    ],
)
def test_a_government_by_its_seat_is_no_event_place(
    extractor: Extractor, text: str, event: str, seat: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[event], roles(r)[seat]) == ("event", "mentioned"), text


def test_a_government_building_in_a_town_is_where_it_happened(extractor: Extractor) -> None:
    r = run(
        extractor,
        "Mortars hit the headquarters of the regional government in Baidoa on Monday, killing three.",
    )
    assert roles(r) == {"Baidoa": "event"}


@pytest.mark.parametrize(
    ("text", "event", "venue"),
    [
        (
            "Air strikes on Ariha intensified on Monday after the collapse of the truce agreed in Astana.",
            "Ariha",
            "Astana",
        ),
        (
            "Shelling hit Kafr Nabl on Monday despite the ceasefire deal reached in Moscow.",
            "Kafr Nabl",
            "Moscow",
        ),
        (
            "Fighting killed six in Hodeidah on Friday, breaking the accord signed in Stockholm.",
            "Hodeidah",
            "Stockholm",
        ),
    ],
)
def test_where_a_deal_was_made_is_no_event_place(
    extractor: Extractor, text: str, event: str, venue: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[event], roles(r)[venue]) == ("event", "mentioned"), text


@pytest.mark.parametrize(
    ("text", "event", "earlier"),
    [
        (
            "Gunmen killed four soldiers at a checkpoint in Bankass on Thursday. Earlier this month, a convoy"
            " was ambushed near Douentza, with a dozen dead.",
            "Bankass",
            "Douentza",
        ),
        (
            "Rocket shells hit al-Suqaylabiyah on Wednesday, killing a civilian. Militants had shelled"
            " Mhardeh with similar rockets last week.",
            "al-Suqaylabiyah",
            "Mhardeh",
        ),
        (
            "Explosives dropped from drones hit a checkpoint near Apatzingan on Thursday. Cartels have used"
            " drones since an ambush in Aguililla last year.",
            "Apatzingan",
            "Aguililla",
        ),
        (
            "A car bomb killed four in Ras al-Ain on Saturday. Rebels captured Tal Abyad late last month"
            " after weeks of fighting.",
            "Ras al-Ain",
            "Tal Abyad",
        ),
    ],
)
def test_an_event_told_by_an_earlier_time_makes_no_incident(
    extractor: Extractor, text: str, event: str, earlier: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[event], roles(r)[earlier]) == ("event", "mentioned"), text
    assert earlier not in " ".join(i.location for i in r.incidents), text


def test_a_report_told_only_by_an_earlier_time_is_about_it(extractor: Extractor) -> None:
    r = run(extractor, "Gunmen killed 12 villagers in Kagara last week, police said.")
    assert roles(r) == {"Kagara": "event"}


@pytest.mark.parametrize(
    ("text", "unit", "town"),
    [
        (
            "Gunmen kill commander in Idlib countryside\nBEIRUT (Reuters) - Gunmen shot dead a rebel"
            " commander in the town of Saraqeb, in the eastern countryside of Idlib, on Friday, activists"
            " said.",
            "Idlib",
            "Saraqeb",
        ),
        (
            "Car bomb kills six in Aleppo countryside\nBEIRUT (Reuters) - A car bomb exploded at a market"
            " in the town of al-Bab on Friday, killing six people, a monitor said.",
            "Aleppo",
            "al-Bab",
        ),
        (
            "Air strikes kill 9 in Hama province\nAir strikes killed nine civilians in the village of Kafr"
            " Zita on Friday, the Syrian Observatory said.",
            "Hama",
            "Kafr Zita",
        ),
    ],
)
def test_a_headline_place_holding_the_leads_town_is_context(
    extractor: Extractor, text: str, unit: str, town: str
) -> None:
    # the headline names the province or city the lead's town lies in: one incident, at the town
    r = run(extractor, text)
    headline = next(m for m in r.mentions if m.text == unit)
    assert headline.role == "mentioned" and town in headline.reason
    assert [i.location.split(",")[0] for i in r.incidents if i.latitude is not None] == [
        next(m for m in r.mentions if m.text == town).candidate.place.name  # type: ignore[union-attr]
    ]


def test_a_headline_place_elsewhere_stays_an_event_place(extractor: Extractor) -> None:
    r = run(
        extractor,
        "Car bomb kills six in Aleppo\nBEIRUT (Reuters) - Air strikes hit Saraqeb in Idlib province on"
        " Friday, killing four, a monitor said.",
    )
    assert roles(r)["Aleppo"] == "event" and roles(r)["Saraqeb"] == "event"


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "A prosecutor told judges in Arusha on Friday that the militia had killed 40 villagers"
            " in Kibuye.",
            "Arusha",
        ),
        (
            "The envoy told diplomats in Vienna that shelling had killed dozens of civilians in Donetsk.",
            "Vienna",
        ),
        (
            "The minister told lawmakers in Ottawa that two soldiers were killed in an ambush near Kandahar.",
            "Ottawa",
        ),
    ],
)
def test_where_judges_diplomats_or_lawmakers_were_told_is_no_event_place(
    extractor: Extractor, text: str, venue: str
) -> None:
    assert roles(run(extractor, text))[venue] == "mentioned", text


@pytest.mark.parametrize(
    ("text", "old"),
    [
        (
            "Gunmen killed five in Gao on Monday, the worst attack since the 2012 occupation of"
            " northern Mali.",
            "Mali",
        ),
        (
            "Rebels shelled Goma on Monday, the heaviest fighting since the 2013 rebellion in North Kivu.",
            "North Kivu",
        ),
        (
            "Soldiers killed four in Bamenda on Monday, a year after the 2021 campaign in the Northwest.",
            "Northwest",
        ),
    ],
)
def test_an_old_occupation_rebellion_or_campaign_is_history(
    extractor: Extractor, text: str, old: str
) -> None:
    assert roles(run(extractor, text)).get(old) != "event", text


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "A suicide bomber killed 30 worshippers at a mosque in Peshawar on Monday. On Friday, mourners"
            " attended funeral prayers in Mardan for a police inspector killed in the blast.",
            "Mardan",
        ),
        (
            "Air strikes killed 12 in Saraqeb on Monday. Relatives held funerals in Idlib city for the"
            " dead on Tuesday.",
            "Idlib",
        ),
        (
            "Militants stormed a checkpoint in Kunar on Friday, killing six. Hundreds gathered for the"
            " burial of the soldiers in Jalalabad on Saturday.",
            "Jalalabad",
        ),
    ],
)
def test_where_the_dead_were_mourned_is_no_event_place(extractor: Extractor, text: str, venue: str) -> None:
    r = run(extractor, text)
    assert roles(r)[venue] == "mentioned", text
    assert not any(i.location.startswith(venue) for i in r.incidents), text


def test_an_attack_on_mourners_is_where_it_happened(extractor: Extractor) -> None:
    r = run(
        extractor, "Gunmen opened fire on mourners attending a funeral in Kaduna on Saturday, killing four."
    )
    assert roles(r) == {"Kaduna": "event"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Poland said in Warsaw on Friday it would send fighter jets to Ukraine.", "Ukraine"),
        ("Washington agreed on Monday to sell military helicopters to Nigeria.", "Nigeria"),
        ("Egypt will buy fighter jets for its air force from France, officials said in Cairo.", "France"),
    ],
)
def test_aircraft_sent_or_sold_are_no_air_strike(extractor: Extractor, text: str, place: str) -> None:
    assert roles(run(extractor, text))[place] != "event", text


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "A suicide bomber hit a checkpoint in Quetta on Friday, killing five. It was the second attack"
            " on police this month after a raid on a police station in Karachi on Feb. 2.",
            "Karachi",
        ),
        (
            "Gunmen killed six in Kano on Friday, two weeks after an attack on a market in Zaria on"
            " 9 February.",
            "Zaria",
        ),
        (
            "A car bomb killed four in Mogadishu on Friday, the first since a bombing at a hotel in Kismayo"
            " on January 30.",
            "Kismayo",
        ),
    ],
)
def test_an_event_noun_in_a_place_on_a_date_weeks_before_is_an_earlier_event(
    extractor: Extractor, text: str, earlier: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[earlier] == "mentioned", text
    assert not any(i.location.startswith(earlier) for i in r.incidents), text


def test_a_date_of_the_days_before_publication_is_the_reports_own(extractor: Extractor) -> None:
    # published on Saturday 25 February: the 23rd is this report's news
    r = run(extractor, "The shelling of Douma on Feb. 23 killed 12 people, activists said.")
    assert roles(r) == {"Douma": "event"}


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Gunmen killed six in Kano on Friday, weeks after an attack on a market in Zaria in January.",
            "Zaria",
        ),
        (
            "Police arrested two men in Leeds on Friday over a bombing at a concert in Hull in early"
            " January.",
            "Hull",
        ),
        (
            "A car bomb killed four in Mogadishu on Friday; a truck bombing at a hotel in Kismayo in"
            " January killed 26.",
            "Kismayo",
        ),
    ],
)
def test_an_event_noun_in_a_place_in_an_earlier_month_is_an_earlier_event(
    extractor: Extractor, text: str, earlier: str
) -> None:
    r = run(extractor, text)  # published in February
    assert roles(r)[earlier] == "mentioned", text
    assert not any(i.location.startswith(earlier) for i in r.incidents), text


# --- review10a: an earlier time only in a later aside, local officials, a seat's people ---


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Air strikes killed 14 civilians in Saraqeb, the Syrian Observatory said, in the heaviest raids"
            " since a truce was agreed last month. Separately, rebel shelling on Mhardeh killed two.",
            "Saraqeb",
        ),
        (
            "A car bomb killed 11 people at a market in Azaz, the deadliest blast in the town since last"
            " year. In Afrin, Turkish artillery pounded Kurdish positions.",
            "Azaz",
        ),
        (
            "On 4 February, an air strike hit a school in Maaret al-Numan, the third struck in the area"
            " since last month. On 5 February, shelling killed two civilians in Kafr Zita.",
            "Maaret al-Numan",
        ),
        (
            "Shelling killed five people in Douma in the early hours, adding to more than 200 killed in the"
            " enclave since last week. Rebels fired mortars at Damascus, state media said.",
            "Douma",
        ),
    ],
)
def test_an_earlier_time_in_an_aside_leaves_the_reports_event(
    extractor: Extractor, text: str, event: str
) -> None:
    # the earlier time is a span to now, a later aside, or beside the report's own date or hours
    r = run(extractor, text)
    assert roles(r)[event] == "event", text
    assert any(
        i.location.split(",")[0] == m.candidate.place.name
        for i in r.incidents
        for m in r.mentions
        if m.text == event and m.candidate
    ), text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Officials in Kunduz said the Taliban attacked police checkpoints around the city, killing nine"
            " officers. The militants also struck in Baghlan province, a spokesman said.",
            "Kunduz",
        ),
        (
            "Authorities in Maiduguri said a suicide bomber blew herself up at a mosque, killing 15"
            " worshippers. Boko Haram has carried out similar attacks across Borno state.",
            "Maiduguri",
        ),
        (
            "Tribal leaders in Tal Afar say gunmen shot dead six farmers. A roadside bomb also wounded two"
            " soldiers near Sinjar.",
            "Tal Afar",
        ),
    ],
)
def test_local_officials_who_speak_first_tell_their_own_town(
    extractor: Extractor, text: str, town: str
) -> None:
    # no event place came before them: the later one is another event, not the one they told of
    assert roles(run(extractor, text))[town] == "event", text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "A senior official of the provincial government in Ghazni was shot dead by gunmen on Monday.",
            "Ghazni",
        ),
        (
            "Militias clashed with forces of the rival administration in Tripoli's southern suburbs on"
            " Sunday, killing five.",
            "Tripoli",
        ),
        ("Gunmen killed two members of the local government in Kismayo on Friday, police said.", "Kismayo"),
    ],
)
def test_a_seats_people_or_suburbs_are_where_it_happened(extractor: Extractor, text: str, town: str) -> None:
    assert roles(run(extractor, text))[town] == "event", text


@pytest.mark.parametrize(
    ("text", "city", "town"),
    [
        (
            "Rebel rockets kill 10 in Aleppo\nBEIRUT (Reuters) - Rebel rockets killed 10 people in the city's"
            " western districts on Friday, state media said. A car bomb also killed five in al-Bab.",
            "Aleppo",
            "al-Bab",
        ),
        (
            "Taliban attack Kandahar city\nKABUL (Reuters) - Taliban fighters attacked police posts in the"
            " southern city on Friday, killing eight. A roadside bomb killed three soldiers in Spin Boldak.",
            "Kandahar",
            "Spin Boldak",
        ),
        (
            "Shells kill six in Aleppo\nBEIRUT (AFP) - Rebel shells slammed into a western district of the"
            " city on Friday, killing six. Turkish-backed fighters meanwhile clashed with Kurdish forces"
            " near Manbij, killing two.",
            "Aleppo",
            "Manbij",
        ),
    ],
)
def test_a_headline_city_named_like_its_province_holds_no_far_town(
    extractor: Extractor, text: str, city: str, town: str
) -> None:
    # the headline's city is its own event: the lead tells it without naming it again
    # (the third text's side clash has its toll since the eighteenth session: told with none and no
    # day of its own, the report model's distractor-first weights drop it, README paragraph 10)
    r = run(extractor, text)
    assert (roles(r)[city], roles(r)[town]) == ("event", "event"), text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A truce agreed in Hodeidah collapsed as shelling hit the port city on Thursday, killing four.",
            "Hodeidah",
        ),
        ("The ceasefire signed in Zintan broke down on Friday when militias clashed in the town.", "Zintan"),
        (
            "A local deal reached in Talbiseh fell apart as shelling hit the town on Monday.",
            "Talbiseh",
        ),
    ],
)
def test_where_a_deal_was_made_is_where_it_happened_when_the_report_names_no_other_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(run(extractor, text))[place] == "event", text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Eleven killed in air strikes\nGovernment air strikes killed at least eleven people, among"
            " them four children, in the town of Deir Hafer on Friday, a monitor said.",
            "Deir Hafer",
        ),
        (
            "Five farmers killed\nGunmen killed five farmers, all of them men, near the village of Gwoza"
            " on Monday.",
            "Gwoza",
        ),
        (
            "Two teachers shot dead\nMilitants shot dead two teachers, a man and a woman, outside a school"
            " in Mandera on Tuesday.",
            "Mandera",
        ),
    ],
)
def test_a_place_phrase_set_off_by_commas_says_where_the_clause_before_happened(
    extractor: Extractor, text: str, place: str
) -> None:
    # under a headline, so that the lead is not the text's only sentence
    assert roles(run(extractor, text)) == {place: "event"}, text


def test_a_place_phrase_after_a_named_place_only_says_where_that_lies(extractor: Extractor) -> None:
    r = run(
        extractor,
        "Rescuers pulled seven bodies from a house in Kafr Nabl, in Idlib's southern countryside, on Monday.",
    )
    assert roles(r)["Idlib"] == "mentioned" and roles(r)["Kafr Nabl"] == "event"


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Car bombs kill 20 in Baghdad\nBAGHDAD (Reuters) - Car bombs tore through Baghdad on Friday,"
            " killing 20 people. Iran condemned the attacks.",
            "Baghdad",
            "IQ",
        ),
        (
            "Mortars hit Damascus\nDAMASCUS (Reuters) - Mortar shells fell on Damascus on Friday, killing"
            " two people. The United States condemned the shelling.",
            "Damascus",
            "SY",
        ),
        (
            "Blast in Cairo\nCAIRO (Reuters) - A bomb exploded in Cairo on Friday, killing eight. The"
            " United States condemned the attack.",
            "Cairo",
            "EG",
        ),
    ],
)
def test_the_datelines_town_named_again_is_that_town(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    # not a namesake a tenth its size that the text's other names pull in (Baghdadeh, Iran;
    # Damascus, Maryland; Cairo, Georgia)
    r = run(extractor, text)
    assert event_country(r, place) == country


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a market in Kano on Friday, killing nine. Niger condemned the attack.",
        "Gunmen killed six soldiers in Maiduguri on Friday. Niger said it would send troops to the border.",
        "A car bomb killed four in Atlanta on Friday. Georgia condemned the attack, its ministry said.",
    ],
)
def test_a_countrys_name_that_speaks_is_the_country(extractor: Extractor, text: str) -> None:
    # not the state of its name that the story's country pulls in (Niger State, Nigeria; the US
    # state of Georgia)
    r = run(extractor, text)
    speaker = next(m for m in r.mentions if m.text in ("Niger", "Georgia"))
    assert speaker.role == "mentioned" and speaker.candidate is not None
    assert speaker.candidate.place.feature.value == "country", text


# review10b: negative cases of the funeral, month and aircraft rules


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen shot dead a tribal elder in Khost on Sunday. On Monday, a suicide bomber blew himself"
            " up among hundreds of people who had gathered for his funeral in Gardez, killing 14.",
            "Gardez",
        ),
        (
            "A roadside bomb killed two soldiers in Kandahar on Sunday. On Monday, a bomb exploded as"
            " mourners attended funeral prayers in Jalalabad, killing at least 11 people.",
            "Jalalabad",
        ),
        (
            "Clashes in Beledweyne killed four on Saturday. On Sunday, gunmen opened fire on mourners"
            " who attended a funeral in Mogadishu, killing five, police said.",
            "Mogadishu",
        ),
    ],
)
def test_an_attack_on_a_funeral_after_another_event_is_where_it_happened(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[place] == "event", text
    assert any(i.location.startswith(place[:3]) for i in r.incidents), text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "An air strike on a market in Sirwah in Marib province killed nine people on Friday."
            " Separately, clashes killed five fighters in Taiz.",
            "Sirwah",
        ),
        (
            "A bomb attack on a police post in Mingora in Mardan division wounded six on Thursday."
            " Separately, gunmen killed two in Peshawar.",
            "Mingora",
        ),
        (
            "An attack on a checkpoint at Tabni in Mayadin countryside killed four soldiers on Friday."
            " Separately, shelling killed two in Deir ez-Zor.",
            "Tabni",
        ),
    ],
)
def test_a_name_that_begins_like_a_month_is_no_month(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2017, 6, 10)))
    assert roles(r)[place] == "event", text


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets for a third straight day pounded rebel-held towns in southern Idlib, killing 14.",
        "Turkish jets for the first time struck Kurdish militia positions near Manbij on Saturday.",
        "Israeli jets for several hours pounded targets in Gaza City, killing three people.",
    ],
)
def test_aircraft_for_a_while_are_an_air_strike(extractor: Extractor, text: str) -> None:
    assert "Air/drone strike" in {i.sub_event_type for i in run(extractor, text).incidents}, text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "SOHR documented 1,200 deaths in May. Shelling on Kafr Nabl killed 9 on May 30."
            " A car bomb in Azaz on May 25 killed 17.",
            "Azaz",
        ),
        (
            "The Syrian Observatory said an air strike on a market in Atarib on May 12 killed 44"
            " civilians, the deadliest attack of the month. On Friday, shelling killed 3 in Ariha.",
            "Atarib",
        ),
        (
            "Weekly update, 21-27 May. An attack on a checkpoint near Sinjar on 21 May killed four"
            " fighters; on 26 May, clashes killed two in Tal Afar.",
            "Sinjar",
        ),
    ],
)
def test_a_periodic_report_tells_its_own_events_by_their_dates(
    extractor: Extractor, text: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2018, 6, 2)))
    assert roles(r)[place] == "event", text


@pytest.mark.parametrize(
    ("text", "city", "town"),
    [
        (
            "Suicide bomber kills 15 in Kandahar\nKABUL (Reuters) - A suicide bomber killed 15 people at a"
            " checkpoint in Spin Boldak on Sunday, officials said.",
            "Kandahar",
            "Spin Boldak",
        ),
        (
            "Car bomb kills 9 in Aleppo\nBEIRUT (Reuters) - A car bomb exploded at a checkpoint in al-Bab on"
            " Sunday, killing nine people, the Observatory said.",
            "Aleppo",
            "al-Bab",
        ),
        (
            "Gunmen kill five soldiers in Homs\nBEIRUT (AFP) - Gunmen ambushed an army patrol near al-Qusayr"
            " on Sunday, killing five soldiers, state media said.",
            "Homs",
            "al-Qusayr",
        ),
    ],
)
def test_a_headline_city_holds_a_far_town_when_the_lead_tells_no_city_event(
    extractor: Extractor, text: str, city: str, town: str
) -> None:
    # the headline names the province by its city; the lead's "the city" would be the city's own
    r = run(extractor, text)
    assert (roles(r)[city], roles(r)[town]) == ("mentioned", "event"), text
    assert not any(i.location.startswith(city[:4]) for i in r.incidents), text


@pytest.mark.parametrize(
    ("text", "landmarks"),
    [
        (
            "Shelling killed six in Talbiseh on Wednesday. Talbiseh lies on the highway between Homs and"
            " Hama and has been besieged for three years.",
            ("Homs", "Hama"),
        ),
        (
            "A car bomb killed four in Azaz on Friday. The town sits on the road between Aleppo and Kilis"
            " and has been hit by car bombs before.",
            ("Aleppo", "Kilis"),
        ),
        (
            "Gunmen killed nine policemen in Rutba on Friday. Rutba is located on the highway linking"
            " Baghdad with Amman and has been attacked repeatedly.",
            ("Baghdad", "Amman"),
        ),
    ],
)
def test_the_places_that_say_where_a_town_lies_are_landmarks(
    extractor: Extractor, text: str, landmarks: tuple[str, ...]
) -> None:
    r = run(extractor, text)
    assert all(roles(r)[name] == "mentioned" for name in landmarks), text
    assert not any(i.location.startswith(landmarks) for i in r.incidents), text


def test_bodies_that_lay_in_a_town_are_where_it_happened(extractor: Extractor) -> None:
    r = run(extractor, "Bodies lay in the streets of Douma after air strikes on Monday killed 30.")
    assert roles(r) == {"Douma": "event"}


@pytest.mark.parametrize(
    ("text", "place", "toll"),
    [
        (
            "Suicide bombers killed 20 people at a mosque in Kabul on Friday, officials said. Earlier this"
            " month, gunmen stormed a hotel in Jalalabad and killed six.",
            "Kabul",
            20,
        ),
        (
            "A car bomb killed 12 in Mogadishu on Friday. Last week, militants killed four soldiers near"
            " Afgoye.",
            "Mogadishu",
            12,
        ),
        (
            "Air strikes killed 12 in Idlib on Friday. The 2012 siege of Homs killed thousands of civilians.",
            "Idlib",
            12,
        ),
    ],
)
def test_an_earlier_events_toll_stays_out_of_the_reports_incident(
    extractor: Extractor, text: str, place: str, toll: int
) -> None:
    r = run(extractor, text)
    placed = [i for i in r.incidents if i.latitude is not None]
    assert len(placed) == 1 and placed[0].location.startswith(place), text
    f = placed[0].fatalities
    assert (f.low, f.best, f.high) == (toll, toll, toll), text


@pytest.mark.parametrize(
    ("text", "landmark", "town"),
    [
        (
            "Syrian army takes rebel farmland east of Damascus\nBEIRUT (Reuters) - Government forces seized"
            " the town of Deir al-Asafir on Friday, a war monitor said.",
            "Damascus",
            "Deir al-Asafir",
        ),
        (
            "Gunmen kill five in village near Kano\nKANO (Reuters) - Gunmen killed five people in the village"
            " of Gezawa on Friday, police said.",
            "Kano",
            "Gezawa",
        ),
        (
            "Car bomb hits market outside Baghdad\nA car bomb exploded at a market in Mahmudiya on Friday,"
            " killing nine people, police said.",
            "Baghdad",
            "Mahmudiya",
        ),
    ],
)
def test_a_headline_place_that_only_locates_the_leads_town_is_context(
    extractor: Extractor, text: str, landmark: str, town: str
) -> None:
    r = run(extractor, text)
    head = next(m for m in r.mentions if m.text == landmark and m.sentence == 0)
    assert head.role == "mentioned" and roles(r)[town] == "event", text
    assert not any(i.location.startswith(landmark) for i in r.incidents), text


@pytest.mark.parametrize(
    ("text", "event", "named"),
    [
        (
            "Gunmen stormed police posts in Rutba on Thursday, killing six. Rutba lies 300 km west of the"
            " provincial capital Ramadi. Clashes resumed on Friday, killing two more policemen.",
            "Rutba",
            "Ramadi",
        ),
        (
            "A car bomb exploded in Azaz on Thursday, killing eight. Aleppo, 50 km to the south, was calm."
            " Another blast on Friday wounded 20 people.",
            "Azaz",
            "Aleppo",
        ),
        (
            "Shelling killed four in Douma on Thursday. Damascus, 10 km away, was quiet. More shells fell"
            " on Friday, wounding 12.",
            "Douma",
            "Damascus",
        ),
    ],
)
def test_an_event_with_no_place_takes_the_event_place_before_a_place_only_named(
    extractor: Extractor, text: str, event: str, named: str
) -> None:
    r = run(extractor, text)
    assert not any(i.location.startswith(named) for i in r.incidents), text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels entered the town of Kafr Nabl on Friday after government troops pulled out.", "Kafr Nabl"),
        (
            "Government forces swept into Palmyra on Friday, a military source told state television.",
            "Palmyra",
        ),
        ("Insurgents poured into Hit on Friday and raised their flag over the police station.", "Hit"),
        (
            "Army troops on Friday entered Tal Afar, the last town held by the jihadists in the area.",
            "Tal Afar",
        ),
    ],
)
def test_armed_forces_entering_a_town_is_an_event_there(extractor: Extractor, text: str, place: str) -> None:
    r = run(extractor, text)
    assert roles(r)[place] == "event", text
    assert any(i.location and i.event_type == "Battles" for i in r.incidents), text


def test_entering_with_no_armed_actor_is_no_event(extractor: Extractor) -> None:
    for text in (
        "An aid convoy entered Douma on Friday with food for 40,000 people.",
        "The delegation entered Geneva's Palais des Nations on Friday.",
        "Journalists entered Mosul on Friday for the first time in months.",
    ):
        assert "event" not in roles(run(extractor, text)).values(), text


@pytest.mark.parametrize(
    ("text", "event", "background"),
    [
        (
            "Air strikes killed nine people in Maarat al-Numan on Friday. Thousands of people who had fled"
            " fighting in Aleppo and taken refuge in the town were on the move again.",
            "Maarat al-Numan",
            "Aleppo",
        ),
        (
            "Militants attacked the outskirts of Kunduz on Friday, officials said. The Taliban had captured"
            " several districts around the city in recent weeks, including on the road to Baghlan.",
            "Kunduz",
            "Baghlan",
        ),
        (
            "A car bomb killed six in Azaz on Friday. Islamic State fighters had shelled Marea, to the"
            " south, for weeks before they were pushed back.",
            "Azaz",
            "Marea",
        ),
    ],
)
def test_an_event_told_in_the_past_perfect_is_background(
    extractor: Extractor, text: str, event: str, background: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[event], roles(r)[background]) == ("event", "mentioned"), text
    assert not any(i.location.startswith(background) for i in r.incidents), text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # told as said: the report's own event, in reported speech
        ("The group said on Friday that it had captured the army's command in Lashio.", "Lashio"),
        ("Police reported that gunmen had stormed a bank in Kano on Friday.", "Kano"),
        # a relative clause about the victims, the violence told after the place
        (
            "Civilians who had sheltered in a school in Jabalia were killed by an air strike on Friday.",
            "Jabalia",
        ),
    ],
)
def test_a_past_perfect_told_as_said_or_about_the_victims_is_the_event(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(run(extractor, text))[place] == "event", text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shelling killed four people in the town of 'Anadan on Friday.", "Anadan"),
        ("Air strikes hit ‘Ain Issa on Friday, killing two civilians.", "Ain Issa"),
        ("A car bomb exploded in 'Afrin on Friday, killing seven.", "Afrin"),
    ],
)
def test_a_name_opening_with_an_ayn_mark_is_spotted(extractor: Extractor, text: str, place: str) -> None:
    assert roles(run(extractor, text)).get(place) == "event", text


@pytest.mark.parametrize(
    ("text", "background"),
    [
        (
            "Army units took control of Kafr Hamra on Friday. The militants had been using the village as"
            " a base for rocket attacks on neighbourhoods of Aleppo.",
            "Aleppo",
        ),
        (
            "Troops recaptured Sinjar on Friday. The jihadists had used the town as a launch pad for attacks"
            " on Tal Afar.",
            "Tal Afar",
        ),
        (
            "Rebels seized Morek on Friday. Government forces had held the town for years as a shield for"
            " their attacks on Hama.",
            "Hama",
        ),
    ],
)
def test_a_past_perfect_goes_on_past_a_phrase_of_its_clause(
    extractor: Extractor, text: str, background: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[background] == "mentioned", text
    assert not any(i.location.startswith(background) for i in r.incidents), text


def test_a_new_clause_after_the_past_perfect_is_the_reports(extractor: Extractor) -> None:
    for text, place in (
        ("Rebels had pulled out overnight, and government troops then shelled Kafr Nabl.", "Kafr Nabl"),
        ("The army had withdrawn from the area, but militants later attacked Kunduz.", "Kunduz"),
        ("Police had sealed off the district; gunmen still stormed a bank in Kano.", "Kano"),
    ):
        assert roles(run(extractor, text))[place] == "event", text


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes killed nine in Saraqeb on Friday, sending thousands fleeing toward Idlib.",
        "Shelling hit Bakhmut on Friday as residents were fleeing towards Kramatorsk.",
        "Gunmen killed 12 villagers near Beni on Friday, and survivors fled to Oicha.",
    ],
)
def test_where_people_flee_toward_is_a_destination(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    dest = text.rstrip(".").split()[-1]
    assert roles(r)[dest] == "mentioned", text


@pytest.mark.parametrize(
    ("text", "event", "origin"),
    [
        ("Regime forces shelled Kafr Zita on Friday from their positions in Souran.", "Kafr Zita", "Souran"),
        (
            "Militants fired mortars at Marea on Friday from the positions they hold around Tal Rifaat.",
            "Marea",
            "Tal Rifaat",
        ),
        (
            "Troops pounded the town of Hbeit on Friday from army positions near Khan Shaykhun.",
            "Hbeit",
            "Khan Shaykhun",
        ),
    ],
)
def test_where_those_who_fired_stood_is_an_origin(
    extractor: Extractor, text: str, event: str, origin: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[event], roles(r)[origin]) == ("event", "origin"), text


@pytest.mark.parametrize(
    ("text", "event", "goal"),
    [
        (
            "Rebels captured Taybat al-Imam on Friday and were advancing from Halfaya towards the town"
            " of Mhardeh.",
            "Taybat al-Imam",
            "Mhardeh",
        ),
        ("Troops seized Sukhna on Friday and pushed from there toward Deir ez-Zor.", "Sukhna", "Deir ez-Zor"),
        (
            "Militants stormed Tal Afar on Friday, then moved from the town towards Sinjar, officials said.",
            "Tal Afar",
            "Sinjar",
        ),
    ],
)
def test_where_forces_advance_toward_from_where_they_are_is_a_goal(
    extractor: Extractor, text: str, event: str, goal: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[event], roles(r)[goal]) == ("event", "mentioned"), text


def test_an_advance_toward_a_place_with_no_origin_is_fighting_there(extractor: Extractor) -> None:
    for text, place in (
        ("Air strikes pounded the area on Friday in a new attempt to advance towards Halfaya.", "Halfaya"),
        ("Troops advanced towards Kafr Nabl on Friday under heavy shelling.", "Kafr Nabl"),
        ("Rebels pushed toward Morek on Friday, killing 12 soldiers.", "Morek"),
    ):
        assert roles(run(extractor, text))[place] == "event", text


@pytest.mark.parametrize(
    ("text", "event", "origin"),
    [
        (
            "Gunmen killed 20 villagers near Barsalogho on Friday. The town has taken in thousands who fled"
            " violence around Djibo.",
            "Barsalogho",
            "Djibo",
        ),
        (
            "Shelling killed four in Azaz on Friday, where families fleeing the fighting in Tal Rifaat"
            " had sheltered.",
            "Azaz",
            "Tal Rifaat",
        ),
        (
            "An air strike hit a camp near Adre on Friday, killing nine refugees who escaped the war in"
            " El Geneina.",
            "Adre",
            "El Geneina",
        ),
    ],
)
def test_where_people_fled_from_is_no_event_place(
    extractor: Extractor, text: str, event: str, origin: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[event], roles(r)[origin]) == ("event", "mentioned"), text
    assert not any(i.location.startswith(origin[:4]) for i in r.incidents), text


def test_fleeing_fighting_alone_in_the_text_is_its_event(extractor: Extractor) -> None:
    for text, place in (
        ("Thousands of families fled fighting in Tal Rifaat on Friday.", "Tal Rifaat"),
        ("Residents were fleeing the shelling in Douma on Friday, witnesses said.", "Douma"),
        ("Villagers escaped the clashes around Kafr Nabl on Friday.", "Kafr Nabl"),
    ):
        assert roles(run(extractor, text))[place] == "event", text


@pytest.mark.parametrize(
    ("text", "event", "earlier"),
    [
        (
            "Gunmen attacked a police station in Kuje on Friday, months after bandits attacked a train"
            " between Abuja and Kaduna.",
            "Kuje",
            "Kaduna",
        ),
        (
            "A car bomb killed six in Azaz on Friday, weeks after a similar blast hit a market in Jarablus.",
            "Azaz",
            "Jarablus",
        ),
        (
            "Troops raided Tulkarm on Friday, one of the largest raids since troops swept through Jenin"
            " last July.",
            "Tulkarm",
            "Jenin",
        ),
    ],
)
def test_an_event_told_weeks_or_months_back_is_earlier(
    extractor: Extractor, text: str, event: str, earlier: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[event], roles(r)[earlier]) == ("event", "mentioned"), text
    assert not any(i.location.startswith(earlier[:4]) for i in r.incidents), text


@pytest.mark.parametrize(
    ("text", "habit"),
    [
        (
            "A drone struck Makhmour on Friday, killing three. Turkey has also repeatedly struck targets"
            " around Sinjar this year.",
            "Sinjar",
        ),
        (
            "Shelling killed two in Azaz on Friday. Rebels have regularly shelled villages near Marea.",
            "Marea",
        ),
        (
            "Gunmen killed four in Kano on Friday. Bandits have often attacked travellers on the road"
            " near Zaria.",
            "Zaria",
        ),
    ],
)
def test_a_habit_told_in_the_perfect_is_background(extractor: Extractor, text: str, habit: str) -> None:
    r = run(extractor, text)
    assert roles(r)[habit] == "mentioned", text
    assert not any(i.location.startswith(habit[:4]) for i in r.incidents), text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "QAMISHLI, Syria (AP) — A bomb exploded near a bakery in the city's western district on Friday,"
            " killing four people. The wounded were taken to a hospital in Hasakah, about 80 kilometers to"
            " the south. The city lies on the frontier, across from the town of Nusaybin.",
            "Al Qāmishlī",
        ),
        (
            "JOWHAR, Somalia (Reuters) - Militants fired mortar shells at a compound in the city on Friday,"
            " killing two guards. The city lies about 90 km north of Mogadishu on the Shabelle river."
            " Several shells landed on the northern edge of town.",
            "Jawhar",
        ),
        (
            "BAIDOA, Somalia (Reuters) - A car bomb exploded at a checkpoint in the city on Friday, killing"
            " five soldiers, police said. The attack came days after troops recaptured villages near"
            " Burhakaba.",
            "Baidoa",
        ),
    ],
)
def test_a_report_told_of_the_city_is_its_datelines_town(extractor: Extractor, text: str, town: str) -> None:
    r = run(extractor, text)
    assert any(i.location.startswith(town) for i in r.incidents), (text, [i.location for i in r.incidents])


def test_a_report_on_a_part_of_the_country_away_from_the_dateline_is_not_its_town(
    extractor: Extractor,
) -> None:
    for text, town in (
        (
            "QAMISHLI, Syria (AP) — A bomb exploded at a checkpoint in a village of the southern"
            " countryside on Friday, killing four people.",
            "Al Qāmishlī",
        ),
        (
            "JOWHAR, Somalia (Reuters) - Militants attacked an army base in a northern district on Friday.",
            "Jawhar",
        ),
        ("BAIDOA, Somalia (Reuters) - Fighting broke out in villages across the border on Friday.", "Baidoa"),
    ):
        r = run(extractor, text)
        assert not any(i.location.startswith(town) for i in r.incidents), text


def test_a_report_across_its_datelines_country_is_not_the_town(extractor: Extractor) -> None:
    for text in (
        "QAMISHLI, Syria (AP) — Bombs exploded across Syria on Friday, killing 14 people.",
        "JOWHAR, Somalia (Reuters) - Militants attacked army posts throughout Somalia on Friday.",
        "BAIDOA, Somalia (Reuters) - Clashes broke out in southern Somalia's villages on Friday.",
    ):
        places = [i.location for i in run(extractor, text).incidents if i.location]
        assert not any(p.startswith(("Al Qāmishlī", "Jawhar", "Baidoa")) for p in places), (text, places)


@pytest.mark.parametrize(
    ("text", "town", "unit"),
    [
        (
            "Turkish jets pounded Bulbul in the northwest of the Afrin region on Friday, killing three.",
            "Bulbul",
            "Afrin",
        ),
        (
            "An Israeli strike on a school in Nuseirat in central Gaza killed 33 people on Friday.",
            "Nuseirat",
            "Gaza",
        ),
        (
            "Rockets struck a base near Haditha in Iraq's western Anbar province on Friday.",
            "Haditha",
            "Anbar",
        ),
    ],
)
def test_a_unit_after_a_compass_word_encloses_the_town(
    extractor: Extractor, text: str, town: str, unit: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[town], roles(r)[unit]) == ("event", "mentioned"), text
    assert len([i for i in r.incidents if i.location]) == 1, text


@pytest.mark.parametrize(
    ("text", "event", "aside"),
    [
        (
            "Gunmen killed four at a bar in Irapuato on Friday. The wounded were taken to a hospital in the"
            " nearby city of Celaya.",
            "Irapuato",
            "Celaya",
        ),
        (
            "A bomb wounded five in Pattani on Friday. Police blamed insurgents, who last month set off a"
            " string of small bombs in Narathiwat.",
            "Pattani",
            "Narathiwat",
        ),
        (
            # (told "a day earlier", with a day of its own, it is a second event of the report since
            # the seventeenth session: tests/test_second_events_seventeenth.py)
            "Air strikes hit Bint Jbeil on Friday, killing six. Israeli jets had struck the outskirts of"
            " Sidon on the coast last month.",
            "Bint Jbeil",
            "Sidon",
        ),
        (
            "A glide bomb struck Izium on Friday, killing four. The bomb had been dropped by a jet flying"
            " over Russia's Kursk region.",
            "Izium",
            "Kursk",
        ),
    ],
)
def test_hospital_towns_earlier_asides_and_airspace_are_not_event_places(
    extractor: Extractor, text: str, event: str, aside: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[event], roles(r)[aside] != "event") == ("event", True), text
    assert not any(i.location.startswith(aside[:3]) for i in r.incidents), text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian warplanes have repeatedly bombed Idlib province, killing 12 people on Monday in"
            " Jisr al-Shughur.",
            "Jisr",
        ),
        ("Turkish drones have frequently targeted SDF leaders, killing three in Qamishli on Monday.", "Al Q"),
        (
            "Gunmen have repeatedly attacked villages in Plateau state, killing 30 in Bokkos on Sunday.",
            "Bokkos",
        ),
    ],
)
def test_a_habit_in_the_perfect_beside_a_day_of_the_reports_own_is_news(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert any(i.location.startswith(place) for i in r.incidents), text


def test_entering_by_supporters_or_officials_of_an_armed_side_is_no_event(extractor: Extractor) -> None:
    for text in (
        "Opposition supporters poured into the streets of Istanbul after the vote.",
        "Government officials entered talks with tribal leaders in Sweida.",
        "The organization entered into a partnership with local groups in Gaziantep.",
    ):
        assert not any(i.location for i in run(extractor, text).incidents), text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels withdrew from their positions in Harasta under a deal with the government.", "Harasta"),
        (
            "Rebels were driven from their positions in the village of Kafr Zita after heavy fighting.",
            "Kafr Zita",
        ),
        (
            "Islamic State fighters retreated from their positions around the town of al-Bab on Sunday.",
            "al-Bab",
        ),
    ],
)
def test_positions_lost_are_where_the_event_happened(extractor: Extractor, text: str, place: str) -> None:
    assert roles(run(extractor, text))[place] == "event", text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Families fled to Idlib, where an airstrike killed five people on Monday.", "Idlib"),
        (
            "Russian forces pushed from Avdiivka toward Pokrovsk, where shelling killed three civilians.",
            "Pokrovsk",
        ),
        (
            "Fighters moved from Deir ez-Zor towards Mayadin, where airstrikes killed 20 people on Sunday.",
            "Mayadin",
        ),
    ],
)
def test_a_destination_where_violence_is_told_is_the_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert roles(run(extractor, text))[place] == "event", text


def test_a_destination_with_a_relative_clause_of_no_violence_stays_a_destination(
    extractor: Extractor,
) -> None:
    for text, place in (
        (
            "An airstrike killed six in Saraqeb. The wounded were taken to Idlib, where they were treated.",
            "Idlib",
        ),
        ("Shelling killed two in Azaz on Friday. Families fled to Afrin, where they found shelter.", "Afrin"),
        (
            "Gunmen killed four in Kano. Survivors were flown to Abuja, where doctors operated on them.",
            "Abuja",
        ),
        (
            "The wounded were taken to Idlib, where they were treated, after an airstrike killed six in"
            " Saraqeb.",
            "Idlib",
        ),
    ):
        assert roles(run(extractor, text))[place] == "mentioned", text


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "An airstrike on Ariha killed 5 on Tuesday, after a similar strike on Idlib last month.",
            "Ar",
            date(2017, 2, 21),
        ),
        (
            "Gunmen killed 8 in Bokkos on Friday, the worst attack since bandits raided Mangu last July.",
            "Bokkos",
            date(2017, 2, 24),
        ),
        (
            "A car bomb killed four in Azaz on Thursday, after a bombing in Afrin last year.",
            "I",
            date(2017, 2, 23),
        ),
    ],
)
def test_a_day_told_with_the_reports_event_dates_it_beside_an_earlier_event(
    extractor: Extractor, text: str, place: str, day: date
) -> None:
    r = run(extractor, text)
    assert [i.event_date for i in r.incidents if i.location.startswith(place)] == [day], text


@pytest.mark.parametrize(
    ("text", "event", "venue"),
    [
        (
            "An air strike killed five in Deir Ezzor on Friday. Iran's president vowed in Tehran that the"
            " attackers would pay.",
            "Deir Ezzor",
            "Tehran",
        ),
        (
            "A car bomb killed nine in Mogadishu on Friday. The president pledged in Nairobi to send more"
            " troops.",
            "Mogadishu",
            "Nairobi",
        ),
        (
            "Shelling killed four in Kherson on Friday. The prime minister promised in Kyiv that help would"
            " come.",
            "Kherson",
            "Kyiv",
        ),
    ],
)
def test_where_a_leader_vowed_is_a_speech_venue(
    extractor: Extractor, text: str, event: str, venue: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[event], roles(r)[venue]) == ("event", "mentioned"), text


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "Missiles hit the city on Friday. The Defense Ministry in Moscow said it had struck energy"
            " sites.",
            "Moscow",
        ),
        (
            "Drones hit the port on Friday. The military command in Tehran said its forces struck bases.",
            "Tehran",
        ),
        (
            "Jets hit the camp on Friday. The army headquarters in Ankara said it had targeted militants.",
            "Ankara",
        ),
    ],
)
def test_a_seat_telling_of_its_own_strikes_is_not_where_they_hit(
    extractor: Extractor, text: str, seat: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[seat] == "mentioned", text
    assert not any(i.location.startswith(seat[:4]) for i in r.incidents), text


@pytest.mark.parametrize(
    ("text", "hospital"),
    [
        (
            "An air strike killed two near Kafr Jalis on Friday. The injured were referred to hospitals in"
            " Sarmada.",
            "Sarmada",
        ),
        (
            "Shelling wounded six in Ariha on Friday; the wounded were referred to a hospital in Idlib.",
            "Idlib",
        ),
        ("A mine wounded four in Marea on Friday, and they were referred to the hospital in Azaz.", "Azaz"),
    ],
)
def test_where_the_injured_were_referred_is_a_destination(
    extractor: Extractor, text: str, hospital: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[hospital] == "mentioned", text


def test_an_earlier_dated_event_beside_a_report_told_of_the_city_stays_earlier(extractor: Extractor) -> None:
    for text, earlier in (
        (
            "DNIPRO, Ukraine (AP) — A missile hit a building in the city on Friday, killing 20. It was the"
            " deadliest attack since a strike on Zaporizhzhia on Oct. 9.",
            "Zapori",
        ),
        (
            "JOWHAR, Somalia (Reuters) - Mortars hit a compound in the city on Friday, killing two. It was"
            " the worst attack since a bombing in Baidoa on Nov. 3.",
            "Baidoa",
        ),
        (
            "QAMISHLI, Syria (AP) — A bomb exploded near a bakery in the city on Friday, killing four. It"
            " was the deadliest since a blast in Hasakah on Dec. 2.",
            "Al Ḩasakah",
        ),
    ):
        r = run(extractor, text)
        assert not any(i.location.startswith(earlier) for i in r.incidents), text


@pytest.mark.parametrize(
    ("text", "event", "origin"),
    [
        (
            "Two civilians were killed on Friday when militants positioned in the vicinity of Morek in the"
            " northern countryside launched rockets on neighbourhoods of Suqaylabiyah.",
            "Suqaylabiyah",
            "Morek",
        ),
        (
            "Four were killed in artillery shelling by regime forces stationed in Maarat al-Numan on"
            " homes in the town of Kafr Roma on Friday.",
            "Kafr Roma",
            "Maarat al-Numan",
        ),
        (
            "Troops Stationed In Saraqeb Shell Taftanaz, Killing Three",
            "Taftanaz",
            "Saraqeb",
        ),
    ],
)
def test_where_those_who_fired_were_stationed_is_an_origin(
    extractor: Extractor, text: str, event: str, origin: str
) -> None:
    r = run(extractor, text)
    assert (roles(r)[event], roles(r)[origin]) == ("event", "origin"), text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian jets flying over Ghouta dropped barrel bombs on Friday, killing 14 people.", "Ghouta"),
        (
            "A military helicopter flying over Idlib was shot down by rebels on Friday, killing both pilots.",
            "Idlib",
        ),
        (
            "Army helicopters flying over Hama's northern countryside fired rockets at a market on Friday,"
            " killing six.",
            "Hama",
        ),
    ],
)
def test_the_airspace_an_aircraft_acts_or_is_hit_in_is_the_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    # only what an aircraft dropped or fired from over one place and that struck another makes
    # the airspace an origin ("dropped by a jet flying over Russia's Kursk region")
    r = run(extractor, text)
    assert roles(r)[place] == "event", text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "ASWAN, Egypt (Reuters) - Gunmen attacked a police checkpoint in northern Egypt on Friday,"
            " killing three officers.",
            "Aswān",
        ),
        (
            "MOPTI, Mali (Reuters) - Gunmen ambushed a convoy in northern Mali on Friday,"
            " killing three soldiers.",
            "Mopti",
        ),
        (
            "KISMAYO, Somalia (Reuters) - Militants attacked an army base in northern Somalia on Friday,"
            " killing four soldiers.",
            "Kismayo",
        ),
        (
            "BOSASO, Somalia (Reuters) - Militants stormed a police station in southern Somalia on Friday,"
            " police said.",
            "Bosaso",
        ),
    ],
)
def test_a_part_of_the_country_the_dateline_town_lies_outside_is_away(
    extractor: Extractor, text: str, town: str
) -> None:
    # "northern Egypt" is not where Aswan, in the far south, lies: the report is not the town's
    r = run(extractor, text)
    assert not any(i.location.startswith(town) for i in r.incidents), (
        text,
        [i.location for i in r.incidents],
    )


def test_a_part_of_the_country_the_dateline_town_lies_in_is_the_town(extractor: Extractor) -> None:
    text = (
        "KIDAL, Mali (Reuters) - Gunmen ambushed a convoy in northern Mali on Friday, killing three soldiers."
    )
    assert any(i.location.startswith("Kidal") for i in run(extractor, text).incidents), text


def test_a_distance_from_the_dateline_town_points_away_from_it(extractor: Extractor) -> None:
    for text, town in (
        (
            "KIDAL, Mali (Reuters) - Gunmen ambushed a convoy 40 km north of the town on Friday, killing"
            " six.",
            "Kidal",
        ),
        ("GAO, Mali (AP) — Militants attacked a village about 60 miles to the east on Friday.", "Gao"),
        ("BAIDOA, Somalia (Reuters) - A mine hit a truck some 30 km west of the city on Friday.", "Baidoa"),
    ):
        r = run(extractor, text)
        assert not any(i.location.startswith(town) for i in r.incidents), text


def test_a_datelines_country_named_again_is_not_the_datelines_parent(extractor: Extractor) -> None:
    for text, country in (
        ("DARAA, Syria (Reuters) - Drones struck a car in northern Syria on Friday, killing three.", "Syria"),
        (
            "JALALABAD, Afghanistan (AP) — Gunmen killed five guards in western Afghanistan on Friday.",
            "Afghanistan",
        ),
        ("BAIDOA, Somalia (Reuters) - A bomb killed four soldiers in northern Somalia on Friday.", "Somalia"),
    ):
        r = run(extractor, text)
        assert [i.location for i in r.incidents if i.location] == [country], text


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        (
            "HOMS, Syria (Reuters) - Mortar rounds slammed into the capital's northern suburbs on Friday,"
            " killing four people, state media said.",
            "Damascus",
        ),
        (
            "MOSUL, Iraq (AP) — Two car bombs tore through the capital's eastern districts overnight, killing"
            " nine people, police said.",
            "Baghdad",
        ),
        (
            "HERAT, Afghanistan (AFP) - Rockets fell on the capital's western outskirts on Saturday, wounding"
            " three children, officials said.",
            "Kabul",
        ),
    ],
)
def test_the_capital_s_suburbs_under_another_town_s_dateline_are_the_capital_s(
    extractor: Extractor, text: str, capital: str
) -> None:
    # the dateline's town is not its country's capital, so "the capital's" parts are elsewhere
    r = run(extractor, text)
    assert [i.location.split(",")[0] for i in r.incidents] == [capital]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "KABUL, Afghanistan (AP) — A bomb exploded in the capital's western suburbs on Friday, killing"
            " six people, police said.",
            "Kabul",
        ),
        (
            "BAGHDAD (Reuters) - Mortar shells hit the capital's southern outskirts on Saturday, killing two"
            " people, police said.",
            "Baghdad",
        ),
        (
            "ALEPPO, Syria (Reuters) - Shells hit the city's eastern districts on Friday, killing four"
            " people, state media said.",
            "Aleppo",
        ),
    ],
)
def test_a_town_s_own_parts_under_its_own_dateline_are_the_town_s(
    extractor: Extractor, text: str, town: str
) -> None:
    r = run(extractor, text)
    assert [i.location.split(",")[0] for i in r.incidents] == [town]


@pytest.mark.parametrize(
    ("text", "own", "recalled"),
    [
        (
            "Bomb kills 9 at market in Kirkuk\nKIRKUK, Iraq (AP) — A bomb hidden in a cart exploded at a"
            " vegetable market in Kirkuk on Friday, killing nine people, police said. On Jan. 3, a car"
            " bomb exploded in Hawija.",
            "Kirkuk",
            "Hawija",
        ),
        (
            # (told with its toll, "and shot dead two guards", it is an incident of the report: the
            # wire set's rule since the thirty-fourth session, test_earlier_told_with_consequence.py)
            "Gunmen kill five villagers in Zamfara\nGunmen on motorbikes killed five villagers in Anka on"
            " Thursday, residents said. Bandits had"
            " stormed a school in Gusau, the state capital, on Feb. 2.",
            "Anka",
            "Gusau",
        ),
        (
            "Drone strike hits Kharkiv apartment block\nA Russian drone struck an apartment block in"
            " Kharkiv overnight, wounding seven people, the governor said on Saturday. The city was last"
            " hit this hard in December, when missiles struck Izium and killed four.",
            "Kharkiv",
            "Izium",
        ),
    ],
)
def test_an_earlier_event_the_report_recalls_is_no_incident_of_it(
    extractor: Extractor, text: str, own: str, recalled: str
) -> None:
    r = run(extractor, text)
    assert [i.location.split(",")[0] for i in r.incidents] == [own]
    assert [recalled in e.text for i in r.recalled for e in i.evidence] == [True]
    assert "recalled" in r.to_json()


@pytest.mark.parametrize(
    "text",
    [
        # two events of the same week are both the report's own
        "Air strikes killed six people in Saraqeb on Friday, monitors said. On Monday, shelling killed"
        " three in Binnish.",
        # the lead recalls a year-old massacre; the report's own event comes after it
        "A year after the massacre in Houla, in which 108 people died on May 25, 2016, shelling killed"
        " two children in Taldou on Friday.",
        # a month's round-up: its period ends near the report's day
        "The Observatory said air strikes killed 300 civilians in Idlib province in February. On"
        " Friday, a strike killed four people in Maarat al-Numan.",
    ],
)
def test_events_of_the_report_s_own_days_are_all_its_incidents(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    assert not r.recalled
    assert len(r.incidents) >= 2


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "HOMS, Syria (Reuters) - Shells hit the provincial capital's western districts on Friday, killing"
            " four people, state media said.",
            "Homs",
        ),
        (
            "MAIDUGURI, Nigeria (AP) — Boko Haram fighters attacked the state capital's southern outskirts"
            " overnight, killing nine people, residents said.",
            "Maiduguri",
        ),
        (
            "KANDAHAR, Afghanistan (AP) — A car bomb exploded in the provincial capital's eastern"
            " neighborhoods on Sunday, killing five, police said.",
            "Kandahār",
        ),
        (
            "ERBIL, Iraq (Reuters) - Drones struck the regional capital's northern edge on Tuesday, wounding"
            " two guards, Kurdish officials said.",
            "Erbil",
        ),
    ],
)
def test_a_province_s_capital_s_parts_under_its_dateline_are_the_town_s(
    extractor: Extractor, text: str, town: str
) -> None:
    # "the provincial capital's" is the dateline's own town, not the country's capital
    r = run(extractor, text)
    assert [i.location.split(",")[0] for i in r.incidents] == [town]


@pytest.mark.parametrize(
    ("text", "region_s_capital", "national"),
    [
        (
            "Taliban fighters stormed Kandahar, the provincial capital, on Monday. On Tuesday, a suicide"
            " bomber killed 11 people in the capital, officials said.",
            "Kandahār",
            "Kabul",
        ),
        (
            "Boko Haram fighters attacked Maiduguri, the Borno state capital, on Sunday. On Monday, a suicide"
            " bomber killed eight people in the capital's northern outskirts, residents said.",
            "Maiduguri",
            "Abuja",
        ),
        (
            "Militants seized parts of Ramadi, the capital of Anbar province, last week. On Sunday, a car"
            " bomb killed nine people in the capital's eastern districts, police said.",
            "Ramadi",
            "Baghdad",
        ),
        (
            "HOMS, Syria (Reuters) - Rebels shelled Homs, the provincial capital, on Friday. Residents said"
            " shells hit the capital's western districts, killing four people.",
            "Homs",
            "Damascus",
        ),
    ],
)
def test_the_capital_after_a_region_s_capital_is_that_one(
    extractor: Extractor, text: str, region_s_capital: str, national: str
) -> None:
    # a text that has named a region's capital means it by a later "the capital"
    r = run(extractor, text)
    towns = [i.location.split(",")[0] for i in r.incidents]
    assert region_s_capital in towns and national not in towns


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "DAMASCUS, Syria (AP) — Israeli missiles struck the capital's southern suburbs on Friday, killing"
            " three soldiers, state media said.",
            "IL",
        ),
        (
            "KYIV (Reuters) - Russian drones hit the capital's eastern districts overnight, killing two"
            " people, officials said.",
            "RU",
        ),
        (
            "BAGHDAD (AP) — Iranian-backed militias fired rockets at the capital's western districts on"
            " Friday, killing two people, police said.",
            "IR",
        ),
    ],
)
def test_the_arms_that_struck_a_capital_s_parts_name_no_capital(
    extractor: Extractor, text: str, attacker: str
) -> None:
    r = run(extractor, text)
    assert r.incidents and all(i.country_code != attacker for i in r.incidents)


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        (
            "BEIRUT (Reuters) - Syrian warplanes struck the capital on Friday, killing nine people.",
            "Damascus",
        ),
        (
            "AMMAN (Reuters) - Iraqi troops fought militants in the capital on Friday, killing nine.",
            "Baghdad",
        ),
        (
            "NAIROBI (Reuters) - Sudanese troops battled the RSF in the capital on Friday, killing 20.",
            "Khartoum",
        ),
    ],
)
def test_a_force_s_people_still_name_the_capital_it_fights_in(
    extractor: Extractor, text: str, capital: str
) -> None:
    r = run(extractor, text)
    assert [i.location.split(",")[0] for i in r.incidents] == [capital]


@pytest.mark.parametrize(
    ("text", "place", "unit"),
    [
        (
            "Shelling hit the village of Kafranbel and its surroundings in the southern countryside of"
            " Idlib on Friday, killing four civilians.",
            "Kafranbel",
            "Idlib",
        ),
        (
            "PKK militants attacked a gendarmerie post near the Nusaybin district of the southeastern"
            " province of Mardin, killing two soldiers.",
            "Nusaybin",
            "Mardin",
        ),
        (
            "Militants killed three soldiers at a checkpoint in the Cizre district of the southeastern"
            " province of Sirnak on Friday.",
            "Cizre",
            "Sirnak",
        ),
        (
            "Troops shelled al-Bab and its environs in the northeastern countryside of Aleppo, killing five.",
            "al-Bab",
            "Aleppo",
        ),
    ],
)
def test_a_unit_named_after_words_between_encloses_the_event_place(
    extractor: Extractor, text: str, place: str, unit: str
) -> None:
    # the place's kind, its surroundings, an appositive ("the capital of") and the part of the
    # unit ("the southeastern province of") may stand between a place and the unit it lies in
    r = run(extractor, text)
    assert roles(r)[place] == "event", text
    assert roles(r)[unit] == "mentioned", (text, [(m.text, m.reason) for m in r.mentions])


@pytest.mark.parametrize(
    ("text", "place", "hospital_town"),
    [
        (
            "A car bomb killed six people in Azaz on Friday and the wounded were rushed to the"
            " Turkish-run state hospital in Kilis, medics said.",
            "Azaz",
            "Kilis",
        ),
        (
            "Shelling killed four civilians in Kafr Zita, and three injured children were taken to the"
            " main public hospital in Hama city.",
            "Kafr Zita",
            "Hama",
        ),
        (
            "An air strike on Maarat al-Numan killed nine and the injured were carried to an"
            " underground field hospital in Kafranbel.",
            "Maarat al-Numan",
            "Kafranbel",
        ),
    ],
)
def test_a_hospital_of_any_kind_the_wounded_were_taken_to_is_no_event_place(
    extractor: Extractor, text: str, place: str, hospital_town: str
) -> None:
    # the words that say what kind of hospital it is or whose stand between "to the" and it
    r = run(extractor, text)
    assert roles(r)[place] == "event", text
    assert roles(r)[hospital_town] == "mentioned", text


@pytest.mark.parametrize(
    ("text", "place", "target"),
    [
        (
            "Two killed in raid\n\nTroops killed two gunmen in Jenin on Friday. The army said the men had"
            " planned attacks on Afula, a town to the north.",
            "Jenin",
            "Afula",
        ),
        (
            "Soldiers killed\n\nRebels killed five soldiers near Rutshuru on Friday. Their commander"
            " threatened to attack Goma next.",
            "Rutshuru",
            "Goma",
        ),
        (
            "Shelling kills four\n\nTroops shelled Idlib on Friday, killing four. The rebels vowed to"
            " launch a fresh offensive on Hama, their spokesman said.",
            "Idlib",
            "Hama",
        ),
        (
            "Drone strike\n\nA drone struck a car in Marib on Friday, killing three. The Houthis said they"
            " were plotting more strikes on Aden.",
            "Marib",
            "Aden",
        ),
    ],
)
def test_an_act_planned_threatened_or_to_come_is_not_done(
    extractor: Extractor, text: str, place: str, target: str
) -> None:
    # "planned attacks on X", "threatened to attack X", "vowed to launch an offensive on X": no
    # event at X yet
    r = run(extractor, text)
    assert roles(r)[place] == "event", text
    assert roles(r)[target] == "mentioned", text


@pytest.mark.parametrize(
    ("text", "place", "venue"),
    [
        (
            "Mosque bombing\n\nA suicide bomber killed nine people at a mosque in Quetta on Friday."
            " Officials in Islamabad swiftly condemned the bombing.",
            "Quetta",
            "Islamabad",
        ),
        (
            "Shelling hits Taiz\n\nShelling killed five civilians in Taiz on Friday, while the state news"
            " agency in Aden said the dead were fighters.",
            "Taiz",
            "Aden",
        ),
        (
            "Attack on a hotel\n\nGunmen stormed a hotel in Sousse on Friday, killing 38 tourists. The"
            " palace in Tunis condemned the attack.",
            "Sousse",
            "Tunis",
        ),
    ],
)
def test_a_news_agency_or_a_condemnation_in_a_town_is_a_speech_venue(
    extractor: Extractor, text: str, place: str, venue: str
) -> None:
    # "the news agency in X said", "officials in X condemned the bombing": where it was said,
    # once the report has told where it happened
    r = run(extractor, text)
    assert roles(r)[place] == "event", text
    assert roles(r)[venue] == "mentioned", text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Judges convicted a former police chief on Friday over the killing of protesters in Kherson,"
            " his lawyer said.",
            "Kherson",
        ),
        (
            "Two militants were found guilty of the massacre at a market in Beni and jailed for life"
            " on Friday.",
            "Beni",
        ),
        (
            "A court in Kabul sentenced five men to death on Friday for their part in a hotel siege"
            " in Jalalabad.",
            "Jalalabad",
        ),
    ],
)
def test_what_a_court_ruled_on_is_no_event_of_the_report(extractor: Extractor, text: str, place: str) -> None:
    # a sentence or conviction "for/over/of" an attack: the attack was long before; a text that
    # tells only the ruling has no event place
    r = run(extractor, text)
    assert roles(r)[place] == "mentioned", (text, [(m.text, m.reason) for m in r.mentions])


@pytest.mark.parametrize(
    ("text", "place", "history"),
    [
        (
            "Gunmen killed four policemen in Kirkuk on Friday. A string of bombings in 2009 in Hawija"
            " killed dozens, officials recalled.",
            "Kirkuk",
            "Hawija",
        ),
        (
            "Shelling killed five in Idlib on Friday; clashes in March 2015 near Ariha had killed 30.",
            "Idlib",
            "Ariha",
        ),
        (
            "A bomb killed two soldiers in Gao on Friday, a blast like the 2008 attack on Istanbul's"
            " Ataturk airport, officials said.",
            "Gao",
            "Ataturk",
        ),
    ],
)
def test_a_year_right_before_a_place_or_its_parent_makes_it_history(
    extractor: Extractor, text: str, place: str, history: str
) -> None:
    # "bombings in 2017 in X", "the 2016 attack on Y's X": an earlier year told right before the
    # place, or before the parent that names it
    r = run(extractor, text)
    assert roles(r)[place] == "event", text
    assert roles(r)[history] == "mentioned", (text, [(m.text, m.reason) for m in r.mentions])


@pytest.mark.parametrize(
    ("text", "target", "origin"),
    [
        (
            "Troops pounded Kafr Nabudah with mortars from positions near Suqaylabiyah on Tuesday, killing"
            " two farmers.",
            "Kafr Nabudah",
            "Suqaylabiyah",
        ),
        (
            "Militants fired rockets at Sderot from positions inside Beit Hanoun, wounding four people.",
            "Sderot",
            "Beit Hanoun",
        ),
        (
            "Government forces shelled Jisr al-Shughur with artillery from positions around Ariha, killing"
            " three children.",
            "Jisr al-Shughur",
            "Ariha",
        ),
    ],
)
def test_positions_fired_from_need_no_word_before_them(
    extractor: Extractor, target: str, origin: str, text: str
) -> None:
    # "from positions around Y": where those who fired stood, as "from their positions in Y"
    r = run(extractor, text)
    assert roles(r)[target] == "event", text
    assert roles(r)[origin] == "origin", (text, [(m.text, m.reason) for m in r.mentions])


@pytest.mark.parametrize(
    ("text", "place", "called"),
    [
        (
            "Shelling killed four people in Donetsk on Friday. The pope urged an end to the clashes"
            " around Mariupol and Avdiivka.",
            "Donetsk",
            ["Mariupol", "Avdiivka"],
        ),
        (
            "Air strikes killed nine in Maarat al-Numan on Friday. Aid groups demanded a halt to the"
            " shelling in Douma.",
            "Maarat al-Numan",
            ["Douma"],
        ),
        (
            "Gunmen killed five villagers near Bunia on Friday. The governor called for the attacks in"
            " Djugu to stop.",
            "Bunia",
            ["Djugu"],
        ),
    ],
)
def test_places_named_in_a_call_for_the_fighting_to_stop_are_no_event_places(
    extractor: Extractor, text: str, place: str, called: list[str]
) -> None:
    # "urged an end to the clashes around X and Y", "called for the attacks in X to stop"
    r = run(extractor, text)
    assert roles(r)[place] == "event", text
    for name in called:
        assert roles(r)[name] == "mentioned", (text, [(m.text, m.reason) for m in r.mentions])


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "MAIDUGURI, Nigeria (AP) — Suicide bombers struck a market on the outskirts of this city in Borno"
            " state on Friday, killing 12 people.",
            "Maiduguri",
        ),
        (
            "QUETTA, Pakistan (AP) — Gunmen attacked a bus on the edge of this city on Friday, killing six"
            " passengers. The attackers then fled toward the mountains, police said.",
            "Quetta",
        ),
        (
            "KANDAHAR, Afghanistan (AP) — A bomb exploded at a mosque in this city on Friday, killing eight"
            " worshippers, officials said. The Taliban denied any role in the attack in southern"
            " Afghanistan.",
            "Kandah",
        ),
    ],
)
def test_this_city_under_a_dateline_is_the_datelines_town(extractor: Extractor, text: str, town: str) -> None:
    # wire copy names its dateline's town "this city": an event place like its name, whatever
    # else the report names (a unit named right after it only encloses it)
    r = run(extractor, text)
    assert [i.location.split(",")[0][:6] for i in r.incidents] == [town[:6]], [
        i.location for i in r.incidents
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Soldiers killed\n\nGunmen killed five soldiers near Djibo on Friday. Attacks have spread over"
            " the past two years from the north into the Centre-Nord region around Kaya.",
            "Djibo",
        ),
        (
            "Convoy ambushed\n\nRebels ambushed a convoy near Beni on Friday, killing four. The fighting has"
            " escalated since 2014 in the forests around Oicha.",
            "Beni",
        ),
        (
            "Herders killed\n\nGunmen killed three herders near Bama on Friday. Boko Haram raids have"
            " intensified for years in the hills around Gwoza.",
            "Bama",
        ),
    ],
)
def test_a_trend_told_in_the_perfect_over_a_long_span_is_background(
    extractor: Extractor, text: str, place: str
) -> None:
    # "has spread in recent years from X into Y", "has escalated since 2014 around Y": no event
    r = run(extractor, text)
    assert [i.location.split(",")[0] for i in r.incidents] == [place], [i.location for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "place", "road_end"),
    [
        ("Gunmen ambushed a bus near Talbiseh on the road to Homs, killing five.", "Talbiseh", "Homs"),
        (
            "A roadside bomb hit a convoy in Maidan Shahr on the highway to Kabul, killing four soldiers.",
            "Maidan Shahr",
            "Kabul",
        ),
        ("Rebels shelled Mhardeh, west of Hama on the road to Masyaf, killing two.", "Mhardeh", "Masyaf"),
    ],
)
def test_a_road_named_by_where_it_leads_beside_an_event_place_is_a_landmark(
    extractor: Extractor, text: str, place: str, road_end: str
) -> None:
    r = run(extractor, text)
    assert roles(r)[place] == "event", text
    assert roles(r)[road_end] == "mentioned", text


def test_a_road_named_by_where_it_leads_alone_is_where_it_happened(extractor: Extractor) -> None:
    r = run(extractor, "Clashes broke out on the road to Hama on Friday, killing five fighters.")
    assert roles(r)["Hama"] == "event"


@pytest.mark.parametrize(
    ("text", "place", "unit"),
    [
        (
            "Air strikes hit the village of Kabani in the Latakia mountains on Friday, killing three.",
            "Kabani",
            "Latakia",
        ),
        ("Militants attacked Tadmur in the Homs desert, killing eight soldiers.", "Tadmur", "Homs"),
        (
            "Jets struck a convoy near Sukhnah in the Homs desert on Friday, killing six.",
            "Sukhnah",
            "Homs",
        ),
    ],
)
def test_an_area_named_after_a_province_town_encloses_the_event_place(
    extractor: Extractor, text: str, place: str, unit: str
) -> None:
    # "X in the Latakia mountains", "X in the Homs desert": the area of the unit, not its town
    r = run(extractor, text)
    assert roles(r)[place] == "event", text
    assert roles(r)[unit] == "mentioned", text


@pytest.mark.parametrize(
    ("text", "dateline", "place"),
    [
        (
            "Srinagar, Oct 15 (PTI) Militants shot dead two policemen in Sopore on Tuesday, officials said.",
            "Srinagar",
            "Sopore",
        ),
        (
            "Pemba, 3 Mar 2021 (Lusa) - Insurgents attacked the town of Palma on Wednesday, killing dozens"
            " of residents, local sources said.",
            "Pemba",
            "Palma",
        ),
        (
            "Lahore, Jan 5 (APP) Gunmen killed three policemen at a checkpoint in Sheikhupura on Friday,"
            " police said.",
            "Lahore",
            "Sheikhupura",
        ),
    ],
)
def test_a_dateline_with_its_day_first_or_no_dash_is_a_dateline(
    extractor: Extractor, text: str, dateline: str, place: str
) -> None:
    # "City, 12 Jun 2022 (Lusa) -" and "City, Oct 15 (PTI) Five soldiers ...": the town filed from
    r = run(extractor, text)
    assert roles(r)[dateline] == "dateline", (text, [(m.text, m.reason) for m in r.mentions])
    assert roles(r)[place] == "event", text


@pytest.mark.parametrize(
    ("text", "own", "recalled"),
    [
        (
            "Gunmen shot dead four policemen at a checkpoint in Quetta on Friday, officials said. A suicide"
            " bomber had killed 11 people in Mastung a month earlier.",
            "Quetta",
            "Mastung",
        ),
        (
            "Rockets hit a market in Aleppo on Thursday, killing six, monitors said. Last week, shelling"
            " killed three children in Azaz.",
            "Aleppo",
            "Azaz",
        ),
        (
            "Militants stormed a police post in Arish on Friday, killing five. The attack came two weeks"
            " after a bombing in Rafah that killed seven soldiers.",
            "Arish",
            "Rafah",
        ),
    ],
)
def test_an_earlier_event_set_aside_by_its_wording_is_recalled_too(
    extractor: Extractor, text: str, own: str, recalled: str
) -> None:
    # the roles set its place aside as an earlier event ("a month earlier", "last week", "two
    # weeks after a bombing in X"): the report recalls it, as one told by its date
    r = run(extractor, text)
    assert [own in i.location or own in i.place_reason for i in r.incidents] == [True]
    assert [recalled in e.text for i in r.recalled for e in i.evidence] == [True]
    assert r.recalled[0].place_source


@pytest.mark.parametrize(
    ("text", "noun", "place"),
    [
        (
            "Gunmen Torch A Truck Near Tal Tamr And Kill Its Driver In The Countryside Of Hasakah",
            "Driver",
            "Tal Tamr",
        ),
        ("Regime Shells Hit A Bakery And A Home In Kafr Nabl, Killing Three Civilians", "Home", "Kafr Nabl"),
        ("Drone Targets A Van Near Their Farm In Tal Rifaat Killing Two Farmers", "Van", "Tal Rifaat"),
        (
            "Militants Storm A Village Near Tillaberi In Search Of Army Deserters, Killing Five",
            "Search",
            "Tillaberi",
        ),
        ("Mourners Shot In Honour Of Victims In Inkhil, Killing Three", "Honour", "Inkhil"),
        ("Gunmen Kill Three In Revenge Of Feud In Sanamayn", "Revenge", "Sanamayn"),
    ],
)
def test_a_title_case_common_noun_after_a_determiner_is_no_place(
    extractor: Extractor, text: str, noun: str, place: str
) -> None:
    # in a Title Case headline the word after "A", "His", "Their", "Its" that ends its phrase,
    # or between "In" and "Of", is a common noun the gazetteer knew as a place
    r = run(extractor, text)
    assert noun not in roles(r), [(m.text, m.role, m.reason) for m in r.mentions]
    assert event_country(r, place) in ("SY", "NE")


@pytest.mark.parametrize(
    "text",
    [
        "Drones Bomb An Aleppo Suburb And Kill Three Civilians In Its Market",
        "Jets Strike A Homs Hospital, Killing Four Patients",
    ],
)
def test_a_title_case_place_that_modifies_a_noun_stays(extractor: Extractor, text: str) -> None:
    # "An Aleppo Suburb": the word after the determiner is followed by a noun, a name before it
    r = run(extractor, text)
    assert any(m.text in ("Aleppo", "Homs") for m in r.mentions), [(m.text, m.role) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shelling hit crowds gathered for Eid prayers in Douma on Saturday, killing 11 civilians.", "Douma"),
        ("Gunmen attacked a Christmas market in Jos on Friday night, killing four people.", "Jos"),
        (
            "Mortars landed near families celebrating Eid in Harasta on Monday, killing five people.",
            "Harasta",
        ),
        ("A bomb tore through a church during a Christmas service in Zaria, killing 30 people.", "Zaria"),
    ],
)
def test_a_feast_is_no_place(extractor: Extractor, text: str, place: str) -> None:
    # "Christmas" (Christmas, Florida), "Eid" (a town in Eritrea): a feast named alone is a time
    # or what people gathered for, never where it happened
    r = run(extractor, text)
    assert "Eid" not in roles(r) and "Christmas" not in roles(r), [(m.text, m.role) for m in r.mentions]
    assert roles(r)[place] == "event"


@pytest.mark.parametrize(
    ("text", "place", "landmark"),
    [
        (
            "Shelling hit Bloudan on the slopes of Mount Lebanon on Tuesday, wounding four people.",
            "Bloudan",
            "Mount Lebanon",
        ),
        (
            "Gunmen raided Kidal at the foot of the Adrar des Ifoghas on Sunday, killing two soldiers.",
            "Kidal",
            "Adrar",
        ),
        (
            "Jets bombed Kafr Nabudah in the foothills of Jabal Shashabo on Thursday, killing six.",
            "Kafr Nabudah",
            "Jabal Shashabo",
        ),
    ],
)
def test_a_mountain_or_bank_a_place_lies_on_is_context(
    extractor: Extractor, text: str, place: str, landmark: str
) -> None:
    # "X on the slopes of Y", "X at the foot of Y", "X in the foothills of Y": the landmark says
    # where X lies, not a second place where it happened
    r = run(extractor, text)
    assert roles(r)[place] == "event"
    assert roles(r)[landmark] == "mentioned", [(m.text, m.reason) for m in r.mentions]


def test_the_slopes_of_a_mountain_alone_are_the_event_place(extractor: Extractor) -> None:
    r = run(extractor, "Heavy clashes raged on the slopes of Mount Hermon on Friday, killing five fighters.")
    assert roles(r)["Mount Hermon"] == "event"


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        (
            "Rebels attacked army positions on Sunday on the slopes of Jabal al-Zawiya, killing six.",
            "Jabal al-Zawiya",
        ),
        ("Clashes broke out on Monday on the slopes of Mount Hermon, killing five fighters.", "Mount Hermon"),
        (
            "Troops shelled rebel posts in March on the slopes of Jabal al-Akrad, killing four.",
            "Jabal al-Akrad",
        ),
    ],
)
def test_a_day_or_month_before_the_slopes_is_no_place_they_frame(
    extractor: Extractor, text: str, landmark: str
) -> None:
    # "on Sunday on the slopes of X": the capitalised word before is a day, so X is the event place
    r = run(extractor, text)
    assert roles(r)[landmark] == "event", [(m.text, m.reason) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "U.S. Central Command said its forces killed a senior Islamic State leader in a raid near Atmeh"
            " on Friday.",
            "U.S.",
        ),
        ("Israel's Northern Command said troops struck Hezbollah positions near Khiam overnight.", "Israel"),
        (
            "The U.S. Embassy said two guards were wounded when gunmen opened fire on its convoy on Monday.",
            "U.S.",
        ),
    ],
)
def test_a_country_that_names_a_body_is_no_event_place(extractor: Extractor, text: str, body: str) -> None:
    # "U.S. Central Command said", "Israel's Northern Command said": the country names who speaks
    r = run(extractor, text)
    assert roles(r)[body] != "event", [(m.text, m.reason) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Mali's defence minister spent Sunday with soldiers at a desert outpost, praising their courage"
            " in the fight against jihadists.",
            "Mali",
        ),
        (
            "Colombia's army commander met troops on Friday to discuss the offensive against dissident"
            " rebels.",
            "Colombia",
        ),
        (
            "Kenya's interior minister visited wounded police officers on Tuesday after an ambush by"
            " militants.",
            "Kenya",
        ),
    ],
)
def test_a_country_that_owns_a_person_is_no_event_place(extractor: Extractor, text: str, owner: str) -> None:
    # "Mali's defence minister", "Pakistan's army chief": whose the person is, not where it happened
    r = run(extractor, text)
    assert roles(r)[owner] != "event", [(m.text, m.reason) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "fled"),
    [
        (
            "The Red Cross opened a clinic in Minawao camp for refugees who fled Boko Haram attacks in"
            " Nigeria's Adamawa state.",
            "Adamawa",
        ),
        (
            "Aid agencies handed out blankets in Arsal to families who escaped Islamic State shelling in"
            " Qusayr.",
            "Qusayr",
        ),
        (
            "Medics vaccinated children in Dadaab for Somali families who fled al-Shabaab raids in"
            " Somalia's Gedo region.",
            "Gedo",
        ),
        (
            "A charity built shelters in Kilis for Syrians who fled government air strikes in Idlib"
            " province.",
            "Idlib",
        ),
    ],
)
def test_where_people_fled_an_actors_attacks_is_no_event_place(
    extractor: Extractor, text: str, fled: str
) -> None:
    # "who fled Boko Haram attacks in Nigeria's Adamawa state": the violence that drove them out,
    # named with its doer and its place's owner, is no event of the text's, nor is the aid's town
    r = run(extractor, text)
    assert [m.text for m in r.mentions if m.role == "event"] == [], [(m.text, m.reason) for m in r.mentions]
    assert roles(r)[fled] == "mentioned"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Engineers reopened the bridge near Raqqa on Sunday, two years after coalition jets destroyed"
            " it.",
            "Raqqa",
        ),
        (
            "Schools reopened in Marawi on Monday, three months after troops drove out militants who had"
            " seized the city.",
            "Marawi",
        ),
        (
            "Farmers returned to their orchards around Kupiansk on Tuesday, a year after Russian shelling"
            " destroyed the town's market.",
            "Kupiansk",
        ),
    ],
)
def test_violence_a_counted_time_before_is_no_event_of_the_sentence(
    extractor: Extractor, text: str, place: str
) -> None:
    # ", a year after troops retook the town": an aside dated a counted span before the sentence's
    # own news, which tells no violence
    r = run(extractor, text)
    assert roles(r)[place] == "mentioned", [(m.text, m.reason) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "An air strike destroyed a drug treatment facility in Saada on Friday, killing 11 patients.",
            "Saada",
        ),
        (
            "Gunmen stormed an Ebola treatment centre in Butembo overnight, killing a police officer.",
            "Butembo",
        ),
        ("Rebels shelled the trauma treatment unit at Marib on Thursday, wounding four medics.", "Marib"),
    ],
)
def test_a_treatment_centre_that_was_hit_is_where_it_happened(
    extractor: Extractor, text: str, place: str
) -> None:
    # "a treatment centre in X" is a venue like any other, not "treated in X" (where the wounded are)
    r = run(extractor, text)
    assert roles(r)[place] == "event", [(m.text, m.reason) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        (
            "Gunmen killed four soldiers at a checkpoint near Miranshah on Monday. The army's media wing in"
            " Rawalpindi said two attackers were also killed.",
            "Rawalpindi",
        ),
        (
            "A car bomb killed nine people at a market in Mogadishu on Friday. The group's media branch in"
            " Kismayo said its fighters had carried out the attack.",
            "Kismayo",
        ),
        (
            "Shelling killed three civilians in Avdiivka on Sunday. The agency's regional bureau in Kharkiv"
            " said the dead included a child.",
            "Kharkiv",
        ),
    ],
)
def test_the_seat_of_a_bodys_part_that_speaks_is_where_it_spoke(
    extractor: Extractor, text: str, seat: str
) -> None:
    # "the military's media wing in Rawalpindi said", "its bureau in X said": where the body's
    # part speaks from, not a second place of the violence it tells
    r = run(extractor, text)
    m = next(m for m in r.mentions if m.text == seat)
    assert m.reason == SPEECH_VENUE, m.reason


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Teacher shot dead in northern Iraq\nGunmen shot dead a schoolteacher who had run for the local"
            " council, as he drove home to the village of Bartella late on Sunday, police said.",
            "Bartella",
        ),
        (
            "Two farmers killed in Kashmir\nSuspected militants killed two farmers as they were walking to"
            " their fields near Sopore on Tuesday morning, police said.",
            "Sopore",
        ),
        (
            "Aid worker killed in Sudan\nGunmen killed an aid worker who had distributed food for years,"
            " while she was travelling back to Nyala on Friday, her agency said.",
            "Nyala",
        ),
    ],
)
def test_where_the_victim_was_going_when_it_happened_is_the_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    # "..., as he drove home to the village of X", "while they were walking to X": where the victim
    # was on the way when the violence of the clause before happened
    r = run(extractor, text)
    assert roles(r)[place] == "event", [(m.text, m.reason) for m in r.mentions]
    assert [place in i.place_reason for i in r.incidents] == [True]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "A Nairobi court convicted two men on Thursday over the 2013 Westgate mall siege that killed"
            " 67 people.",
            "Nairobi",
        ),
        (
            "A Dhaka court sentenced seven militants to death on Wednesday for a cafe siege in which 22"
            " people were killed.",
            "Dhaka",
        ),
        (
            "A Paris court convicted three men on Friday over the 2016 truck attack in Nice that killed"
            " 86 people.",
            "Paris",
        ),
    ],
)
def test_a_court_named_by_its_city_is_no_event_place(extractor: Extractor, text: str, city: str) -> None:
    # "a Dhaka court sentenced", as "a court in Dhaka sentenced": where the court sits
    r = run(extractor, text)
    assert roles(r)[city] == "mentioned", [(m.text, m.reason) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "dateline", "place"),
    [
        (
            "Kandahar, Afghanistan – Taliban fighters stormed a police post in Spin Boldak overnight,"
            " killing seven officers, officials said.",
            "Kandahar",
            "Spin Boldak",
        ),
        (
            "Aleppo, Syria – Government warplanes bombed Atareb on Friday, killing four civilians,"
            " rescuers said.",
            "Aleppo",
            "Atareb",
        ),
        (
            "Maiduguri, Nigeria – Boko Haram fighters raided Konduga overnight, killing 12 villagers,"
            " residents said on Saturday.",
            "Maiduguri",
            "Konduga",
        ),
    ],
)
def test_a_town_in_ordinary_case_with_its_country_then_a_dash_is_a_dateline(
    extractor: Extractor, text: str, dateline: str, place: str
) -> None:
    # "Idlib, Syria – ...": a town in ordinary case, its country, a dash: where the report was
    # filed, the place after is the event's
    r = run(extractor, text)
    assert roles(r)[dateline] == "dateline", [(m.text, m.reason) for m in r.mentions]
    assert roles(r)[place] == "event", [(m.text, m.reason) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "place", "unit"),
    [
        (
            "Government jets struck Saraqeb and surrounding villages in the eastern Idlib countryside on"
            " Friday, killing three civilians, rescuers said.",
            "Saraqeb",
            "Idlib",
        ),
        (
            "A car bomb exploded in Tal Tamr in the far west of Hasakah province on Monday, killing five"
            " people, a monitor said.",
            "Tal Tamr",
            "Hasakah",
        ),
        (
            "Rebels shelled Jableh and a nearby army checkpoint in Latakia province on Sunday, wounding"
            " six people, state media said.",
            "Jableh",
            "Latakia",
        ),
    ],
)
def test_a_province_named_as_such_after_a_finer_event_place_encloses_it(
    extractor: Extractor, text: str, place: str, unit: str
) -> None:
    # "X in the far west of Y province", "X in the southern Y countryside": Y is the province
    # that holds X even when its name reads as the province's capital, not a second event place
    r = run(extractor, text)
    assert roles(r)[place] == "event", [(m.text, m.reason) for m in r.mentions]
    assert roles(r)[unit] == "mentioned", [(m.text, m.reason) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Regime helicopters shelled the northern Aleppo countryside on Monday and rebels hit Tal Rifaat"
            " with rockets.",
            "Aleppo",
        ),
        ("Clashes went on in villages of the Salamiyah countryside and near Homs on Tuesday.", "Salamiyah"),
    ],
)
def test_an_area_named_before_or_only_near_another_event_place_stays_an_event_place(
    extractor: Extractor, text: str, unit: str
) -> None:
    # the area is the shelling's own place, or Homs only lies near the Salamiyah district
    assert roles(run(extractor, text))[unit] == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Mai-Mai militiamen ambushed an army convoy near Masisi on Tuesday, killing four soldiers.",
        "Mai-Mai rebels torched houses in Beni territory on Wednesday, killing three people.",
        "Dozens of Mai-Mai combatants surrendered to the army in Uvira on Thursday after clashes that"
        " killed five.",
    ],
)
def test_a_word_said_twice_with_a_hyphen_is_no_place(extractor: Extractor, text: str) -> None:
    # "Mai-Mai": a militia's name the gazetteer lacks, not the place "Mai" twice
    assert "Mai" not in roles(run(extractor, text)), [
        (m.text, m.reason) for m in run(extractor, text).mentions
    ]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Gunmen shot dead two policemen in Kohat on Monday, the first attack in the town since a suicide"
            " bombing at a mosque in Peshawar.",
            "Peshawar",
        ),
        (
            "A bomb killed six people at a bus station in Quetta on Friday, the third blast in the province"
            " since an attack on a market in Turbat.",
            "Turbat",
        ),
        (
            "Militants killed nine soldiers near Tillaberi on Sunday, the latest in a string of ambushes"
            " since the raid on an army camp at Inates.",
            "Inates",
        ),
    ],
)
def test_an_earlier_attack_after_since_with_its_target_is_no_event_place(
    extractor: Extractor, text: str, earlier: str
) -> None:
    # "the latest/second/first ... since a bombing at a mosque in X": an earlier event compared
    r = run(extractor, text)
    assert roles(r)[earlier] == "mentioned", [(m.text, m.reason) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "place", "ends"),
    [
        (
            "Government forces captured Khan Tuman on Friday, severing a supply line linking Aleppo city with"
            " Idlib, rebels said.",
            "Khan Tuman",
            ("Aleppo", "Idlib"),
        ),
        (
            "Rebels seized the village of Atshan on Tuesday, cutting the corridor between Hama and Morek, a"
            " monitor said.",
            "Atshan",
            ("Hama", "Morek"),
        ),
        (
            "Pro-government militias overran Nawa on Sunday, cutting the railway line between Daraa town and"
            " Izraa, rebels said.",
            "Nawa",
            ("Daraa", "Izraa"),
        ),
    ],
)
def test_the_towns_a_supply_line_or_corridor_joins_are_no_event_places(
    extractor: Extractor, text: str, place: str, ends: tuple[str, str]
) -> None:
    # "took X, cutting a supply line between Y city and Z": Y and Z are the line's ends
    r = run(extractor, text)
    got = roles(r)
    assert got[place] == "event", [(m.text, m.reason) for m in r.mentions]
    assert [got[e] for e in ends] == ["mentioned", "mentioned"], [(m.text, m.reason) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "place", "overflown"),
    [
        (
            "Government artillery hit Jisreen on Friday, killing three, while warplanes flew over Douma and"
            " Harasta.",
            "Jisreen",
            ("Douma", "Harasta"),
        ),
        (
            "Rebels shelled Qardaha on Sunday while regime helicopters hovered over Jisr al-Shughur.",
            "Qardaha",
            ("Jisr al-Shughur",),
        ),
        (
            "Shelling killed a woman in Atareb on Tuesday as Russian jets circled above Darat Izza for"
            " hours.",
            "Atareb",
            ("Darat Izza",),
        ),
    ],
)
def test_aircraft_told_only_as_being_over_a_place_strike_nothing_there(
    extractor: Extractor, text: str, place: str, overflown: tuple[str, ...]
) -> None:
    # "while warplanes circled over X": the aircraft are there, nothing is told to have hit X
    r = run(extractor, text)
    got = roles(r)
    assert got[place] == "event", [(m.text, m.reason) for m in r.mentions]
    assert [got[o] for o in overflown] == ["mentioned"] * len(overflown), [
        (m.text, m.reason) for m in r.mentions
    ]


def test_aircraft_that_fly_over_a_place_and_strike_another_keep_the_strike() -> None:
    # the clause goes on to what the jets did
    from incident_explorer.extraction.events import _OVERHEAD_AFTER

    assert _OVERHEAD_AFTER.match(" flew over Idlib on Monday and bombed Saraqeb") is None
    assert _OVERHEAD_AFTER.match(" circled over Ariha for hours.") is not None


@pytest.mark.parametrize(
    ("text", "site", "unit", "country"),
    [
        (
            "Rockets struck the Kharbaqa air base in Diyala province on Sunday, wounding two soldiers.",
            "Kharbaqa",
            "Diyala",
            "IQ",
        ),
        (
            "Gunmen stormed the Jabbara village in Sudan's North Darfur state on Monday, killing 11 farmers.",
            "Jabbara",
            "North Darfur",
            "SD",
        ),
        (
            "Taliban fighters overran the Bab Saleh village in Afghanistan's eastern Paktika province, "
            "killing six police.",
            "Bab Saleh",
            "Paktika",
            "AF",
        ),
    ],
)
def test_a_site_the_gazetteer_lacks_takes_the_unit_its_kind_is_told_in_as_its_parent(
    extractor: Extractor, text: str, site: str, unit: str, country: str
) -> None:
    # "the X air base in Y province", "the X village in Z's Y state": Y holds X (not Z, its owner),
    # so Y is context for X rather than a second event place, and X is read within Y
    r = run(extractor, text)
    got = roles(r)
    assert got[site] == "event" and got[unit] == "mentioned", [(m.text, m.role, m.reason) for m in r.mentions]
    assert event_country(r, site) == country


@pytest.mark.parametrize(
    ("text", "place", "speaker"),
    [
        (
            "Russian missiles hit an apartment block in Pokrovsk on Friday, killing four people, "
            "Donetsk regional governor Mykola Hrytsenko said.",
            "Pokrovsk",
            "Donetsk",
        ),
        (
            "Drones struck a power plant in Shostka overnight, Sumy regional governor Ivan Lysenko said on"
            " Saturday.",
            "Shostka",
            "Sumy",
        ),
        (
            "Shelling killed two civilians in Vovchansk on Friday, said Kharkiv regional governor Petro"
            " Melnyk.",
            "Vovchansk",
            "Kharkiv",
        ),
        (
            "Gunmen shot dead a shopkeeper in Orangi on Friday, Karachi police chief Imran Qureshi said.",
            "Orangi",
            "Karachi",
        ),
    ],
)
def test_the_place_in_a_speakers_title_is_where_they_speak_from(
    extractor: Extractor, text: str, place: str, speaker: str
) -> None:
    # "Y regional governor Z said": Y is the speaker's jurisdiction, not a second event place
    r = run(extractor, text)
    got = roles(r)
    assert got[place] == "event" and got[speaker] == "mentioned", [
        (m.text, m.role, m.reason) for m in r.mentions
    ]


def test_the_place_in_a_speakers_title_is_the_event_s_when_no_other_is_told(extractor: Extractor) -> None:
    r = run(
        extractor, "Kharkiv regional governor Petro Melnyk said Russian shelling killed two people on Friday."
    )
    assert roles(r)["Kharkiv"] == "event"
    # a title's office hit is no title
    r = run(extractor, "A drone hit the Kharkiv regional governor's office on Friday, wounding three staff.")
    assert roles(r)["Kharkiv"] == "event"


@pytest.mark.parametrize(
    ("text", "place", "reach"),
    [
        (
            "Government forces seized Kafr Nabudah on Saturday, bringing them within 10 km of Khan"
            " Sheikhoun.",
            "Kafr Nabudah",
            "Khan Sheikhoun",
        ),
        (
            "The gunmen killed two guards at a checkpoint in Dujail before fleeing toward the hills east of"
            " Tikrit.",
            "Dujail",
            "Tikrit",
        ),
        (
            "Militants burned a school in Dapchi on Saturday, killing two, and withdrew into the bush"
            " north of Damaturu.",
            "Dapchi",
            "Damaturu",
        ),
        (
            "Gunmen killed four miners near Remedios on Saturday in an area stretching east to Segovia.",
            "Remedios",
            "Segovia",
        ),
    ],
)
def test_a_place_that_only_measures_or_points_the_reach_is_no_event_place(
    extractor: Extractor, text: str, place: str, reach: str
) -> None:
    # "within 10 km of Y", "toward the hills east of Y", "stretching east to Y": how near or which
    # way, beside the event's own place
    r = run(extractor, text)
    got = roles(r)
    assert got[place] == "event" and got[reach] == "mentioned", [
        (m.text, m.role, m.reason) for m in r.mentions
    ]


def test_a_place_that_only_measures_the_reach_is_the_event_s_when_no_other_is_told(
    extractor: Extractor,
) -> None:
    r = run(
        extractor, "Rebels shelled army positions within a few kilometres of Sittwe on Saturday, killing two."
    )
    assert roles(r)["Sittwe"] == "event"


@pytest.mark.parametrize(
    ("text", "place", "unit"),
    [
        (
            "Houthi drones struck a fuel depot near Zabid in the south of Hodeidah province on Saturday,"
            " killing two guards.",
            "Zabid",
            "Hodeidah",
        ),
        (
            "Gunmen ambushed a minibus near Maiwand in the west of Kandahar province on Saturday, killing"
            " three.",
            "Maiwand",
            "Kandahar",
        ),
        (
            "A roadside bomb killed two soldiers near Mocha in the far west of Taiz province on Saturday.",
            "Mocha",
            "Taiz",
        ),
    ],
)
def test_a_province_named_after_in_the_south_of_is_the_place_s_parent(
    extractor: Extractor, text: str, place: str, unit: str
) -> None:
    # "X in the south of Y province": Y holds X, even where Y reads as its capital city
    r = run(extractor, text)
    got = roles(r)
    assert got[place] == "event" and got[unit] == "mentioned", [
        (m.text, m.role, m.reason) for m in r.mentions
    ]


@pytest.mark.parametrize(
    ("text", "place", "area"),
    [
        (
            "Militants ambushed a convoy outside Kajuru on Sunday, the latest in a series of raids across"
            " Kaduna state since January.",
            "Kajuru",
            "Kaduna",
        ),
        (
            "Boko Haram fighters killed nine fishermen near Monguno on Sunday, the deadliest attack across"
            " Borno this year.",
            "Monguno",
            "Borno",
        ),
        (
            "Gunmen killed six herders near Bokkos on Sunday, the bloodiest attack within Plateau state this"
            " year, police said.",
            "Bokkos",
            "Plateau",
        ),
    ],
)
def test_the_area_a_comparison_sums_up_across_or_within_is_no_second_place(
    extractor: Extractor, text: str, place: str, area: str
) -> None:
    # "..., the latest in a series of raids across Y state": Y only frames the event among others
    r = run(extractor, text)
    got = roles(r)
    assert got[place] == "event" and got[area] == "mentioned", [
        (m.text, m.role, m.reason) for m in r.mentions
    ]


@pytest.mark.parametrize(
    ("text", "place", "people"),
    [
        (
            "Clashes between Dinka and Nuer youths killed 30 people near Bor on Sunday, officials said.",
            "Bor",
            "Nuer",
        ),
        (
            "Gunmen killed 40 Amhara farmers in a village near Gimbi on Sunday, residents said.",
            "Gimbi",
            "Amhara",
        ),
        (
            "Lendu militiamen attacked a displacement camp in Djugu on Sunday, killing 22 Hema civilians.",
            "Djugu",
            "Hema",
        ),
    ],
)
def test_people_named_by_where_they_come_from_are_no_event_place(
    extractor: Extractor, text: str, place: str, people: str
) -> None:
    # "40 Amhara farmers", "Nuer youths": who, beside where it happened (a people that
    # data/not_places.csv lists, Nuer and Hema since the twenty-third session, is not spotted)
    r = run(extractor, text)
    got = roles(r)
    assert got[place] == "event" and got.get(people, "mentioned") == "mentioned", [
        (m.text, m.role, m.reason) for m in r.mentions
    ]


def test_people_named_by_their_town_are_where_it_happened_when_no_other_place_is_told(
    extractor: Extractor,
) -> None:
    r = run(extractor, "Shelling killed five Aleppo civilians on Sunday, a monitor said.")
    assert roles(r)["Aleppo"] == "event"


@pytest.mark.parametrize(
    ("text", "place", "origin"),
    [
        (
            "Rockets fired from rebel-held hills in the Idlib countryside hit Jableh on Saturday, wounding"
            " two.",
            "Jableh",
            "Idlib",
        ),
        (
            "Shells fired from farms near Kafr Zita struck Mhardeh on Saturday, killing a girl.",
            "Mhardeh",
            "Kafr Zita",
        ),
        (
            "Mortar bombs launched from orchards outside Harasta hit the Abbasiyeen district of Damascus,"
            " wounding four.",
            "Abbasiyeen",
            "Harasta",
        ),
    ],
)
def test_fire_launched_from_hills_farms_or_orchards_comes_from_their_place(
    extractor: Extractor, text: str, place: str, origin: str
) -> None:
    # "fired from hills in Y", "launched from orchards outside Y": where the fire came from
    r = run(extractor, text)
    got = roles(r)
    assert got[place] == "event" and got[origin] == "origin", [(m.text, m.role, m.reason) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "place", "source"),
    [
        (
            "A car bomb killed nine people in Azaz on Saturday, Turkish media said, citing officials in"
            " Kilis.",
            "Azaz",
            "Kilis",
        ),
        (
            "The army said it had killed 20 militants in Marte on Saturday, citing commanders in Maiduguri.",
            "Marte",
            "Maiduguri",
        ),
        (
            "Gunmen killed a trader in Wukari on Saturday, the agency reported, citing police sources in"
            " Jalingo.",
            "Wukari",
            "Jalingo",
        ),
    ],
)
def test_where_the_sources_a_report_cites_are_is_no_event_place(
    extractor: Extractor, text: str, place: str, source: str
) -> None:
    # "..., citing officials in Y": who the report quotes, and where they are
    r = run(extractor, text)
    got = roles(r)
    assert got[place] == "event" and got[source] == "mentioned", [
        (m.text, m.role, m.reason) for m in r.mentions
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The army chief inspected troops in Bannu on Saturday and praised their sacrifices in the fight"
            " against militants.",
            "Bannu",
        ),
        (
            "Residents of Mosul's old city began rebuilding homes destroyed in the battle against Islamic"
            " State, the U.N. said on Saturday.",
            "Mosul",
        ),
        (
            "The governor toured a new police academy in Kaduna, part of the state's fight against bandits.",
            "Kaduna",
        ),
    ],
)
def test_a_campaign_named_as_such_is_no_event(extractor: Extractor, text: str, place: str) -> None:
    # "the fight against militants", "the battle against Islamic State": a campaign, not an act here
    r = run(extractor, text)
    assert roles(r)[place] != "event", [(m.text, m.role, m.reason) for m in r.mentions]


def test_a_campaign_s_battle_told_with_its_toll_is_an_event(extractor: Extractor) -> None:
    r = run(
        extractor,
        "The battle against Islamic State in Raqqa killed 20 civilians on Saturday, a monitor said.",
    )
    assert roles(r)["Raqqa"] == "event"


@pytest.mark.parametrize(
    ("text", "place", "source"),
    [
        (
            "Israeli strikes on a house in Nuseirat killed 11 people on Sunday, according to the health"
            " ministry in Gaza City.",
            "Nuseirat",
            "Gaza City",
        ),
        (
            "Gunmen killed six worshippers at a mosque in Kaura Namoda on Sunday, according to local"
            " officials in Gusau.",
            "Kaura Namoda",
            "Gusau",
        ),
        (
            "A roadside bomb killed four soldiers near Kidal on Sunday, according to military sources in"
            " Bamako.",
            "Kidal",
            "Bamako",
        ),
    ],
)
def test_where_the_sources_a_report_goes_by_are_is_no_event_place(
    extractor: Extractor, text: str, place: str, source: str
) -> None:
    # "..., according to the health ministry in Y": who the report goes by, and where they are
    r = run(extractor, text)
    got = roles(r)
    assert got[place] == "event" and got[source] == "mentioned", [
        (m.text, m.role, m.reason) for m in r.mentions
    ]


def test_where_the_sources_a_report_goes_by_are_is_the_event_s_when_no_other_is_told(
    extractor: Extractor,
) -> None:
    r = run(extractor, "A bomb killed five people on Sunday, according to officials in Kabul.")
    assert roles(r)["Kabul"] == "event"


@pytest.mark.parametrize(
    ("text", "place", "unit"),
    [
        (
            "A roadside bomb killed three policemen outside El Arish in North Sinai on Tuesday,"
            " security sources said, and the wounded were flown to Cairo.",
            "El Arish",
            "North Sinai",  # (the gazetteer has North Sinai by GeoNames' name since translated_units)
        ),
        (
            "Gunmen shot dead a village chief in Kabacan, North Cotabato, on Friday, police said.",
            "Kabacan",
            "Cotabato",
        ),
        (
            "An explosion at a market in Midsayap, North Cotabato, wounded nine people on Saturday,"
            " police said.",
            "Midsayap",
            "Cotabato",
        ),
        (
            "Militants attacked an army camp near Bir al-Abd in North Sinai on Sunday, killing four"
            " soldiers, Egyptian security sources said.",
            "Bir al-Abd",
            "North Sinai",
        ),
    ],
)
def test_a_name_after_a_capitalised_compass_word_is_the_unit_of_the_place_before(
    extractor: Extractor, text: str, place: str, unit: str
) -> None:
    """'X in North Y', 'X, North Y': the unit's whole name the gazetteer lacks, its last word
    read as some town, is context for X, not a second event place."""
    r = run(extractor, text)
    assert roles(r)[place] == "event", text
    assert roles(r)[unit] == "mentioned", text


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Jihadists ambushed a convoy near Djibo late on Friday, killing 11 soldiers, Burkina Faso's"
            " army said in a statement read on national radio in Ouagadougou.",
            "Ouagadougou",
        ),
        (
            "Gunmen stormed a village near Tillaberi on Sunday, killing six people, Niger's interior"
            " ministry said in a statement aired on state television in Niamey.",
            "Niamey",
        ),
        (
            "Militants attacked an army camp in Boulkessi late on Tuesday, killing 20 soldiers, Mali's"
            " army said on state television in Bamako.",
            "Bamako",
        ),
    ],
)
def test_where_a_statement_went_on_air_is_where_it_was_said(
    extractor: Extractor, text: str, venue: str
) -> None:
    assert roles(run(extractor, text))[venue] == "mentioned", text


@pytest.mark.parametrize(
    ("text", "event", "end"),
    [
        (
            "Rebels seized Khan Tuman on Monday after heavy clashes, cutting the highway leading to Aleppo.",
            "Khan Tuman",
            "Aleppo",
        ),
        (
            "Army units took Abu al-Duhur on Saturday after fierce clashes, opening the road north"
            " towards Saraqeb.",
            "Abu al-Duhur",
            "Saraqeb",
        ),
        (
            "Houthi fighters seized Harad on Thursday after clashes that killed 30 soldiers, blocking the"
            " highway running south to Midi.",
            "Harad",
            "Midi",
        ),
    ],
)
def test_where_a_road_runs_to_is_no_event_place_beside_one(
    extractor: Extractor, text: str, event: str, end: str
) -> None:
    """'the road north toward X', 'the highway leading to X': X names the road, beside the place
    the sentence tells its event at."""
    r = run(extractor, text)
    assert roles(r)[event] == "event", text
    assert roles(r)[end] == "mentioned", text


def test_where_a_road_runs_to_is_all_there_is_alone(extractor: Extractor) -> None:
    text = (
        "Militants ambushed an army convoy on the road north toward Palmyra on Monday, killing nine soldiers."
    )
    assert roles(run(extractor, text))["Palmyra"] == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Police closed all markets in Maiduguri on Monday in response to a wave of suicide bombings"
        " in Borno state.",
        "Authorities shut schools across Zamfara state on Friday in reaction to the abduction of 300"
        " girls from a school in Jangebe.",
        "Officials reopened the main market in Zaria on Saturday after a closure ordered in response to mass"
        " kidnappings elsewhere in Kaduna state.",
    ],
)
def test_what_an_act_answers_is_no_event_of_the_sentence(extractor: Extractor, text: str) -> None:
    """'in response to X', 'in reaction to X', 'in retaliation for X': X is the cause of what the
    sentence tells; a closure or a curfew tells no incident."""
    r = run(extractor, text)
    assert "event" not in roles(r).values(), text
    assert not [i for i in r.incidents if i.location], text


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Lawyers asked the court on Monday to order inspections of detention centres in Homs and Hama.",
            set(),
        ),
        (
            "The administration said on Tuesday it would close three detention camps near Qamishli by the"
            " end of the year.",
            set(),
        ),
        (
            "Hundreds of detainees were moved from Adra to a new prison near Hama on Sunday, a monitor said.",
            set(),
        ),
        # an arrest, and an attack on a detention centre, stay events
        ("Police detained 14 protesters in Sweida on Tuesday, activists said.", {"Sweida"}),
        (
            "An air strike hit a migrant detention centre in Tajoura on Tuesday, killing 40 people.",
            {"Tajoura"},
        ),
    ],
)
def test_a_detention_centre_and_detainees_are_no_arrest(
    extractor: Extractor, text: str, places: set[str]
) -> None:
    """'detention' naming a facility ('detention centres in X') and 'detainees', the people held,
    tell no arrest: the sentence's places are no event places unless another event word says so."""
    r = run(extractor, text)
    assert {m.text for m in r.mentions if m.role == "event"} == set(places), text
