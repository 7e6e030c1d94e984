"""Rules for short reports: which of a report's places are its events, and on which day.

Each rule on at least three differently worded reports or sentences of our own, none from
tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2021, 6, 12)  # a Saturday


def run(extractor: Extractor, text: str, published: date = PUBLISHED) -> Extraction:
    return extractor.extract(articles.from_text(text, published=published))


def role_of(r: Extraction, name: str) -> str:
    return next(m.role for m in r.mentions if m.text == name)


def placed(r: Extraction) -> list[str]:
    return [i.location.split(",")[0] for i in r.incidents if i.latitude is not None]


@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            "Regime Artillery Pounds Balyun In Jabal Al-Zawiya, Killing A Woman\n"
            "Regime forces shelled Balyun village on Friday, killing a woman, activists said.",
            "Balyun",
        ),
        (
            "Syrian Army Rocket Barrage Pummels Hass As Truce Frays\n"
            "Rockets hit the village of Hass on Friday, killing a shepherd.",
            "Hass",
        ),
        (
            "Pro-Government Militia Raid Terrorises Sarmin Before Dawn\n"
            "Militiamen raided homes in Sarmin on Friday, killing two men.",
            "Sarmin",
        ),
    ],
)
def test_a_title_case_headline_learns_no_person_from_a_village_name(
    extractor: Extractor, text: str, village: str
) -> None:
    """A run of capitals in a title-case headline that is no place is no person's name either:
    its last word may be the village the lead names."""
    r = run(extractor, text)
    assert any(m.text == village and m.role == "event" and m.candidate for m in r.mentions)


@pytest.mark.parametrize(
    ("text", "origin", "target"),
    [
        (
            "Regime forces stationed in Jurin fired dozens of shells this evening, Friday, on "
            "Qalaat al-Madiq, killing a woman.",
            "Jurin",
            "Qalaat al-Madiq",
        ),
        (
            "Militants positioned in Morek fired rockets yesterday, Friday, at Taybat al-Imam, "
            "wounding three civilians.",
            "Morek",
            "Taybat al-Imam",
        ),
        (
            "Turkish-backed factions deployed near Marea fired artillery shells, overnight, on "
            "Tal Rifaat, killing a child.",
            "Marea",
            "Tal Rifaat",
        ),
    ],
)
def test_where_those_who_fired_stood_across_a_time_set_off_by_commas(
    extractor: Extractor, text: str, origin: str, target: str
) -> None:
    r = run(extractor, text)
    assert role_of(r, origin) == "origin"
    assert role_of(r, target) == "event"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Glide bomb kills six at shopping centre\n"
            "KHARKIV, Ukraine (AP) — A Russian glide bomb hit a shopping centre in the city on Friday, "
            "killing six people, the governor said.",
            "Kharkiv",
        ),
        (
            "Suicide bomber hits bank in southern Afghanistan\n"
            "KANDAHAR, Afghanistan (Reuters) - A suicide bomber struck a crowded bank on the eastern "
            "edge of the town on Friday, killing 11 people, police said. Officials blamed Pakistani "
            "militants.",
            "Kandah",
        ),
        (
            "Shelling kills 12 at theatre sheltering families\n"
            "MARIUPOL, Ukraine (AP) — Artillery shells slammed into a theatre sheltering families near "
            "the centre of the city on Friday, killing 12 people, officials said. Russian troops denied "
            "firing on civilians.",
            "Mariupol",
        ),
    ],
)
def test_the_city_in_the_datelines_own_sentence_is_the_datelines_town(
    extractor: Extractor, text: str, town: str
) -> None:
    """'the city' (or 'the town') in the dateline's sentence, with no other town named before it
    there or in the headline, is the dateline's town: an event place, whatever other countries'
    arms or people the report names."""
    assert any(p.startswith(town) for p in placed(run(extractor, text)))


def test_the_city_after_a_headline_naming_a_town_is_that_town(extractor: Extractor) -> None:
    r = run(
        extractor,
        "Rebels shell Aleppo\nBEIRUT (Reuters) - Rebels shelled the city on Friday, killing five people.",
    )
    assert placed(r) == ["Aleppo"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Suicide bomber kills 12 north of Baghdad\n"
            "A suicide bomber blew himself up at a crowded market in Samarra on Friday, killing 12 "
            "people, police said.",
            "Sāmarrā",
        ),
        (
            "Gunmen kill five soldiers east of Kabul\n"
            "Gunmen ambushed an army convoy on the outskirts of Jalalabad on Friday, killing five "
            "soldiers, officials said.",
            "Jalālābād",
        ),
        (
            "Militants kill seven soldiers north of Mogadishu\n"
            "Al Shabaab militants stormed an army base in Jowhar on Friday, killing seven soldiers, "
            "a commander said.",
            "Jawhar",
        ),
    ],
)
def test_a_headlines_compass_point_from_a_city_locates_the_leads_town(
    extractor: Extractor, text: str, town: str
) -> None:
    """'north of X' in the headline says it happened away from X, at the town the lead names
    (however far, within 150 km): X is no second incident, dated the day of publication."""
    found = placed(run(extractor, text))
    assert len(found) == 1 and found[0].startswith(town)


@pytest.mark.parametrize(
    ("text", "town", "day"),
    [
        (
            "Fighting between soldiers and militiamen in Uvira killed at least seven people, including "
            "two civilians, on Tuesday, local officials said, weeks after rebels seized Goma last month.",
            "Uvira",
            date(2021, 6, 8),
        ),
        (
            "A car bomb exploded outside a police station in Kirkuk, wounding 12 people, including four "
            "officers, on Wednesday, police said, days after gunmen attacked a checkpoint in Hawija "
            "last week.",
            "Kirkuk",
            date(2021, 6, 9),
        ),
        (
            "Russian missiles struck the port of Odesa, killing three dock workers, among them a "
            "teenager, on Thursday, officials said, weeks after drones hit Izmail last month.",
            "Odesa",
            date(2021, 6, 10),
        ),
    ],
)
def test_a_day_told_before_an_earlier_aside_dates_the_event_before_it(
    extractor: Extractor, text: str, town: str, day: date
) -> None:
    """With two dates in a sentence, the day is not given to the event of an aside after it
    ("since", "after", "before"), which its own earlier time dates: the event before it is the
    day's, not the report's day of publication."""
    r = run(extractor, text)
    assert [(i.location.split(",")[0], i.event_date) for i in r.incidents if i.latitude is not None] == [
        (town, day)
    ]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Clashes killed seven people in Uvira on Tuesday, exposing rifts since M23 rebels seized "
            "Goma, the capital of North Kivu province, last month.",
            "Goma",
        ),
        (
            "Gunmen killed five farmers near Kaduna on Friday, a sign of anarchy since bandits overran "
            "Kajuru, a town south of the city, last month.",
            "Kajuru",
        ),
        (
            "An air strike hit a market in Marib on Friday, fuelling anger since the Houthis captured "
            "Sirwah, a district west of the city, last year.",
            "Sirwah",
        ),
    ],
)
def test_an_earlier_time_after_an_appositive_keeps_the_aside_earlier(
    extractor: Extractor, text: str, earlier: str
) -> None:
    r = run(extractor, text)
    assert role_of(r, earlier) == "mentioned"
    assert len(placed(r)) == 1


@pytest.mark.parametrize(
    ("text", "hospital_town"),
    [
        (
            "Gunmen opened fire on a bus in Bannu on Friday, killing six people; the wounded were taken "
            "to the Combined Military Hospital in nearby Kohat.",
            "Kohat",
        ),
        (
            "A roadside bomb killed four soldiers near Mueda on Friday, and the injured were flown to the "
            "Montepuez district hospital in neighbouring Montepuez.",
            "Montepuez",
        ),
        (
            "Shells hit a market in Jabalia on Friday, killing nine people, and dozens of wounded were "
            "rushed to Al-Awda Hospital in nearby Beit Lahia.",
            "Beit Lahia",
        ),
    ],
)
def test_a_hospital_in_a_nearby_town_is_where_the_wounded_went(
    extractor: Extractor, text: str, hospital_town: str
) -> None:
    r = run(extractor, text)
    assert all(m.role == "mentioned" for m in r.mentions if m.text == hospital_town)
    assert len(placed(r)) == 1


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Israeli strikes kill 11 in southern Gaza, medics say\n"
            "Israeli air strikes hit tents in the al-Mawasi area near Khan Younis on Friday, killing 11 "
            "people, medics said.",
            "Khān Yūnis",
        ),
        (
            "Clashes kill nine in western Tripoli, officials say\n"
            "Rival militias fought with heavy weapons in Janzour on Friday, killing nine people, the "
            "health ministry said.",
            "Janzūr",
        ),
        (
            "Rockets kill six in northern Gaza\nRockets hit a house in Beit Lahia on Friday, killing six "
            "people, medics said.",
            "Bayt Lāhyā",
        ),
        (
            "Shells hit school in Gaza, killing 15\n"
            "Shells struck a school sheltering families in the northern Gaza town of Beit Hanoun on "
            "Friday, killing 15 people.",
            "Bayt Ḩānūn",
        ),
    ],
)
def test_a_headlines_city_the_report_names_as_an_area_is_context_for_the_leads_town(
    extractor: Extractor, text: str, town: str
) -> None:
    """'in central/northern/southern X' in the headline, or X the lead names as where its town
    lies ('the northern Gaza town of Y'), is the area the lead's town lies in (within 50 km), not
    a second incident at the city's point."""
    assert placed(run(extractor, text)) == [town]


@pytest.mark.parametrize(
    ("text", "area"),
    [
        (
            "An air strike hit a school in the Nuseirat refugee camp in central Gaza on Friday, "
            "killing 16 people.",
            "Gaza",
        ),
        (
            "Tank shells struck a clinic in the Bureij refugee camp in central Gaza on Friday, killing "
            "five people.",
            "Gaza",
        ),
        (
            "Rebels shelled the Abu al-Duhur military base in eastern Idlib on Friday, killing three "
            "soldiers.",
            "Idlib",
        ),
    ],
)
def test_a_camp_or_base_in_a_compass_part_of_a_city_lies_in_it(
    extractor: Extractor, text: str, area: str
) -> None:
    """'the X refugee camp in central Y', 'the X military base in eastern Y': Y is where X lies,
    as for 'the X camp in central Y'."""
    r = run(extractor, text)
    assert role_of(r, area) == "mentioned"
    assert len(placed(r)) == 1


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "A bomb exploded at a bus station in Kirkuk on Friday, killing six people; the wounded were "
            "taken to hospitals in Erbil and in Sulaimaniyah.",
            "Sulaimaniyah",
        ),
        (
            "Shelling hit a camp near Sarmada on Friday, killing four people, and the injured were taken "
            "to clinics in Atmeh and across the border in Reyhanli.",
            "Reyhanli",
        ),
        (
            "A car bomb killed nine people in Azaz on Friday; the wounded were referred to hospitals in "
            "Afrin city and Jarablus.",
            "Jarablus",
        ),
    ],
)
def test_a_list_of_destinations_with_its_preposition_said_again(
    extractor: Extractor, text: str, listed: str
) -> None:
    """'in X and in Y', 'in X and across the border in Y', 'in X city and Y': Y is listed with X."""
    r = run(extractor, text)
    assert role_of(r, listed) == "mentioned"
    assert len(placed(r)) == 1


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Two men were killed in Kafr Nuran on Friday when a suicide drone launched by regime forces "
            "stationed in Atarib struck their motorcycle.",
            "Atarib",
        ),
        (
            "Three civilians died in Taftanaz on Friday after a drone operated by militiamen positioned "
            "near Saraqib bombed their car.",
            "Saraqib",
        ),
        (
            "A shepherd was killed near Kansafra on Friday when bombs dropped by helicopters deployed at "
            "Hama airport hit his flock.",
            "Hama",
        ),
    ],
)
def test_a_drone_or_bomb_told_before_those_who_fired_it_from_where_they_stood(
    extractor: Extractor, text: str, origin: str
) -> None:
    r = run(extractor, text)
    assert role_of(r, origin) == "origin"
    assert len(placed(r)) == 1


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (
            "Rebels said government troops had attacked Busra al-Harir on Friday from positions near "
            "the Druze city of Sweida, killing five fighters.",
            "Sweida",
        ),
        (
            "Militants fired mortars on Kafr Zita on Friday from their positions around the Christian "
            "town of Mhardeh, killing two farmers.",
            "Mhardeh",
        ),
        (
            "Soldiers shelled Khan Shaykhun on Friday from positions near the rebel-held town of Morek, "
            "killing three people.",
            "Morek",
        ),
    ],
)
def test_positions_near_a_town_named_with_a_word_before_its_kind(
    extractor: Extractor, text: str, origin: str
) -> None:
    assert role_of(run(extractor, text), origin) == "origin"


@pytest.mark.parametrize(
    ("text", "where_treated"),
    [
        (
            "Gunmen killed eight villagers in Kauru on Friday, and police said the wounded were being "
            "treated in Kafanchan.",
            "Kafanchan",
        ),
        (
            "An air strike killed five people in Maarat al-Numan on Friday; a sixth victim was receiving "
            "treatment in Idlib city.",
            "Idlib",
        ),
        (
            "A roadside bomb killed three soldiers near Mueda on Friday; two wounded comrades were "
            "recovering in Pemba.",
            "Pemba",
        ),
    ],
)
def test_where_the_wounded_are_treated_is_no_event_place(
    extractor: Extractor, text: str, where_treated: str
) -> None:
    r = run(extractor, text)
    assert role_of(r, where_treated) == "mentioned"
    assert len(placed(r)) == 1


@pytest.mark.parametrize(
    ("text", "road_end", "located"),
    [
        (
            "Five soldiers were killed on Monday when militants attacked their convoy on the "
            "Kabul–Jalalabad highway near Sarobi.",
            "Kabul",
            "Sarobi",
        ),
        (
            "Two drivers died on Monday when gunmen opened fire on trucks on the Mosul–Dohuk road "
            "outside Fayda.",
            "Mosul",
            "Fayda",
        ),
        (
            "Three shepherds were wounded on Monday when a mine exploded on the Homs–Palmyra road close "
            "to Furqlus.",
            "Homs",
            "Furqlus",
        ),
    ],
)
def test_a_dash_between_two_towns_opens_no_clause(
    extractor: Extractor, text: str, road_end: str, located: str
) -> None:
    """'the X–Y highway near Z' (an en dash, no spaces): the dash joins the road's two towns, so
    Z stays in the clause of the attack, and the towns only name the road."""
    r = run(extractor, text, date(2024, 4, 16))
    assert role_of(r, road_end) == "mentioned"
    assert role_of(r, located) == "event"


@pytest.mark.parametrize(
    ("text", "published", "town", "day"),
    [
        (
            "Gunmen clash with security forces at checkpoint in Shahba\nOn 2 March 2024, members of a "
            "local armed group clashed with security forces at a checkpoint in Shahba, killing two people.",
            date(2024, 3, 11),
            "Shahbā",
            date(2024, 3, 2),
        ),
        (
            "Airstrike hits vegetable market in Ariha\nOn 1 May 2023, an airstrike hit a vegetable market "
            "in Ariha, killing four civilians, according to local sources.",
            date(2023, 5, 12),
            "Arīḩā",
            date(2023, 5, 1),
        ),
        (
            "Militants attack army post near Djibo\nOn 14 January 2024, militants attacked an army post "
            "near Djibo, killing nine soldiers, security sources said.",
            date(2024, 1, 25),
            "Djibo",
            date(2024, 1, 14),
        ),
    ],
)
def test_a_lead_dated_a_week_before_an_undated_headline_is_the_reports_event(
    extractor: Extractor, text: str, published: date, town: str, day: date
) -> None:
    """An undated headline is dated the day of publication, which says nothing of how long before
    it the lead's event was: the lead's event, told by its day, is the report's, not recalled."""
    r = run(extractor, text, published)
    assert (town, day) in [(i.location.split(",")[0], i.event_date) for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "recalled"),
    [
        (
            "Shelling kills five in Ariha\nBEIRUT (Reuters) - Government shelling killed five civilians in"
            " Ariha, a monitor said. The town was hit by a car bomb on 1 June that killed 12 people at its"
            " market.",
            date(2021, 6, 1),
        ),
        (
            "Gunmen kill four police in Quetta\nQUETTA (Reuters) - Gunmen killed four policemen at a"
            " checkpoint in Quetta, officials said. It was the deadliest attack in the city since a suicide"
            " bomber killed 20 people at a mosque in Quetta on 28 May.",
            date(2021, 5, 28),
        ),
        (
            "Bomb kills six in Kabul\nKABUL (AP) - A roadside bomb killed six civilians in Kabul, police"
            " said. Last month, on 25 May, a similar bomb killed nine people in Jalalabad.",
            date(2021, 5, 25),
        ),
    ],
)
def test_an_event_dated_after_an_undated_lead_is_recalled(
    extractor: Extractor, text: str, recalled: date
) -> None:
    """An undated lead is the report's news of its publication day; an event told by its date a
    week or more before, after the lead, is recalled (not news because no headline is dated)."""
    r = run(extractor, text)
    assert recalled not in [i.event_date for i in r.incidents], [
        (i.location, i.event_date) for i in r.incidents
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The Arakan Army said Friday it had captured the town of Buthidaung on Thursday after weeks "
            "of fighting.",
            date(2021, 6, 10),
        ),
        ("Police said on Friday that gunmen killed five farmers in Zurmi on Wednesday.", date(2021, 6, 9)),
        (
            "The army announced Friday that its troops had retaken Palma from insurgents on Tuesday after "
            "heavy fighting.",
            date(2021, 6, 8),
        ),
    ],
)
def test_the_day_something_was_said_dates_no_event_beside_another_day(
    extractor: Extractor, text: str, day: date
) -> None:
    r = run(extractor, text)
    assert [i.event_date for i in r.incidents if i.latitude is not None] == [day]


@pytest.mark.parametrize(
    ("text", "staging", "target"),
    [
        (
            "Rebels said government troops had massed in the town of Izra before shelling Nawa on Friday, "
            "killing six people.",
            "Izra",
            "Nawa",
        ),
        (
            "Russian forces amassing near Belgorod shelled Vovchansk on Friday, killing two civilians, "
            "officials said.",
            "Belgorod",
            "Vovchansk",
        ),
        (
            "Army tanks concentrated around the village of Morek pounded Kafr Zita on Friday, killing a "
            "farmer.",
            "Morek",
            "Kafr Zita",
        ),
    ],
)
def test_where_forces_massed_to_attack_from_is_an_origin(
    extractor: Extractor, text: str, staging: str, target: str
) -> None:
    r = run(extractor, text)
    assert role_of(r, staging) == "origin"
    assert role_of(r, target) == "event"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Government forces concentrated their bombardment in the town of Kafr Nabl on Friday, killing"
            " five civilians, a monitor said.",
            "Kafr Nabl",
        ),
        (
            "Pro-government militias concentrated their attacks around Kafr Zita on Friday, killing four"
            " rebels, the Observatory said.",
            "Kafr Zita",
        ),
        (
            "Russian troops are concentrating fire near Avdiivka, where shelling killed two civilians on"
            " Friday, officials said.",
            "Avdiivka",
        ),
    ],
)
def test_where_forces_concentrated_their_fire_is_no_origin(
    extractor: Extractor, text: str, target: str
) -> None:
    # the fire they concentrated on a place hit it: it had been read as where they massed
    assert role_of(run(extractor, text), target) == "event"


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("Regime shelling kills four in Ariha after Homs academy attack", "Homs"),
        ("Air strikes hit Taliban hideouts in Kunduz following Kabul mosque bombing", "Kabul"),
        ("Gunmen kill three policemen in Quetta after Karachi bombing", "Karachi"),
        ("Israeli jets strike Rafah following the Jabalia school strike", "Jabalia"),
    ],
)
def test_an_attack_named_by_its_place_after_after_is_an_earlier_event(
    extractor: Extractor, text: str, earlier: str
) -> None:
    """'... after Homs academy attack': the place names an attack that came before the one told."""
    r = run(extractor, text)
    assert role_of(r, earlier) == "mentioned"
    assert len(placed(r)) == 1


@pytest.mark.parametrize(
    ("text", "road_end", "located"),
    [
        (
            "A bomb hit an army bus on the Palmyra–Deir Ezzor road near Kabajeb on Monday, killing five "
            "soldiers.",
            "Palmyra",
            "Kabajeb",
        ),
        (
            "Gunmen attacked a fuel convoy on the Damascus–Deir Ezzor highway near Sukhnah on Monday, "
            "killing two drivers.",
            "Damascus",
            "Sukhnah",
        ),
        (
            "Gunmen stopped a bus on the Mogadishu–Beled Weyne road near Jowhar on Monday, killing three "
            "passengers.",
            "Mogadishu",
            "Jowhar",
        ),
    ],
)
def test_a_roads_first_town_names_it_when_its_second_is_unread(
    extractor: Extractor, text: str, road_end: str, located: str
) -> None:
    """'the X–Y Z road near W' with Y Z not read as a place: X still only names the road."""
    r = run(extractor, text, date(2024, 4, 16))
    assert role_of(r, road_end) == "mentioned"
    assert role_of(r, located) == "event"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Turkish drones struck a power station near al-Qahtaniyah (Tirbespiye) in the northeastern "
            "Hasakah province on Friday, killing four civilians.",
            "Hasakah",
        ),
        (
            "Clashes erupted in Kobani (Ayn al-Arab) in the northern Aleppo province on Friday, killing six "
            "fighters.",
            "Aleppo",
        ),
        (
            "An air strike hit Manbij (Menbij) in Aleppo province on Friday, killing three people.",
            "Aleppo",
        ),
    ],
)
def test_a_province_after_a_towns_other_name_in_brackets_encloses_it(
    extractor: Extractor, text: str, unit: str
) -> None:
    r = run(extractor, text)
    assert role_of(r, unit) == "mentioned"
    assert len(placed(r)) == 1


@pytest.mark.parametrize(
    ("text", "city", "suburb"),
    [
        ("Air strikes hit the Damascus suburb of Douma on Friday, killing nine people.", "Damascus", "Douma"),
        (
            "Shells hit a bus stop in the western Donetsk suburb of Marinka on Friday, killing three people.",
            "Donetsk",
            "Marinka",
        ),
        (
            "A car bomb exploded at a market in the western Baghdad suburb of Abu Ghraib on Friday, killing "
            "14 people.",
            "Baghdad",
            "Abu Ghraib",
        ),
    ],
)
def test_the_city_suburb_of_a_place_is_the_suburbs(
    extractor: Extractor, text: str, city: str, suburb: str
) -> None:
    """'the Damascus suburb of Douma': the city names where the suburb lies, as in 'the Idlib town
    of Saraqeb'; the suburb is where it happened (it had been read as the city's parent)."""
    r = run(extractor, text)
    assert role_of(r, city) == "mentioned"
    assert role_of(r, suburb) == "event"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Car bomb kills 12 in central Mogadishu\n"
            "A car bomb exploded outside a busy hotel on Saturday, killing 12 people, police said. Hours "
            "later a roadside bomb hit an army convoy in Afgoye, wounding two soldiers.",
            "Mogadishu",
        ),
        (
            "Blast kills 8 in southern Beirut\n"
            "A blast tore through a building on Friday, killing eight people. A drone later struck a car "
            "in Jounieh.",
            "Beirut",
        ),
        (
            "Airstrikes kill 9 in northern Gaza\n"
            "Israeli airstrikes flattened a house on Friday, killing nine members of one family, while "
            "another strike on Rafah wounded three people, medics said.",
            "Gaza",
        ),
        (
            "Shelling kills 10 in southern Damascus\n"
            "Mortar shells hit a school on Friday, killing ten pupils, and rockets struck a market in "
            "Douma, state media said.",
            "Damascus",
        ),
    ],
)
def test_a_headlines_city_told_as_an_area_keeps_its_event_beside_another_town(
    extractor: Extractor, text: str, city: str
) -> None:
    """'in central/southern X' makes X context only for a town the lead's first sentence names
    that way from X: a town told later, or the other way, is a second event, and the headline's
    own event stays at X."""
    assert any(p.startswith(city) for p in placed(run(extractor, text)))


@pytest.mark.parametrize(
    ("text", "town", "day"),
    [
        (
            "Rebels attacked an army post in Kadugli on Monday, and on Friday, shortly after dawn, a car "
            "bomb exploded in Dilling.",
            "Dilling",
            date(2021, 6, 11),
        ),
        (
            "Troops shelled Saraqib on Thursday, and on Friday after midnight warplanes bombed Ariha.",
            "Arīḩā",
            date(2021, 6, 11),
        ),
        (
            "Gunmen killed a trader in Maiduguri on Tuesday, and on Friday, shortly before noon, a "
            "suicide bomber struck a market in Konduga.",
            "Konduga",
            date(2021, 6, 11),
        ),
    ],
)
def test_an_hour_after_the_day_is_no_earlier_aside(
    extractor: Extractor, text: str, town: str, day: date
) -> None:
    """'on Friday, shortly after dawn, a bomb exploded in Y': an aside word with no time of its own
    after its event tells the day's hour, and the day is Y's event's."""
    r = run(extractor, text)
    assert (town, day) in [(i.location.split(",")[0], i.event_date) for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "town", "day"),
    [
        (
            "Gunmen killed four soldiers in Kidal on Friday, a week after militants stormed a base in Gao "
            "on Monday. Separately, a roadside bomb wounded two peacekeepers near Tessalit.",
            "Tessalit",
            date(2021, 6, 11),
        ),
        (
            "An air strike killed nine people in Marib on Thursday, days after the Houthis shelled Sirwah "
            "on Sunday. A day later, drones hit a fuel depot in Harib.",
            "Ḩarīb",
            date(2021, 6, 11),
        ),
        (
            "Police said gunmen shot dead a trader in Maiduguri on Tuesday, days after insurgents raided "
            "Konduga on Saturday. Separately, a suicide bomber struck a mosque in Bama.",
            "Bama",
            date(2021, 6, 8),
        ),
        (
            "Shelling killed three civilians in Avdiivka on Wednesday, a month after Russian troops "
            "stormed Marinka on May 12. Later that day, a missile hit a school in Kramatorsk.",
            "Kramatorsk",
            date(2021, 6, 9),
        ),
    ],
)
def test_a_day_counted_from_the_one_before_skips_an_earlier_asides_day(
    extractor: Extractor, text: str, town: str, day: date
) -> None:
    """'A day later', 'Separately,' and 'later that day' count from the day of the sentence
    before, not from the day of an aside after it ('a week after militants stormed Y on Monday')."""
    r = run(extractor, text)
    assert (town, day) in [(i.location.split(",")[0], i.event_date) for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Bomb kills 5 soldiers south of Mosul\n"
            "A roadside bomb killed five soldiers on Tuesday as their patrol passed through farmland, "
            "police said. Later, a Turkish drone struck a car near Dohuk, killing two.",
            "Mosul",
        ),
        (
            "Gunmen kill four police east of Kabul\n"
            "Gunmen attacked a police checkpoint on Tuesday, killing four officers, and a bomb went off in "
            "Charikar, officials said.",
            "Kabul",
        ),
        (
            "Air strike kills 6 north of Aleppo\n"
            "An air strike hit a farm on Tuesday, killing six members of a family, the civil defence "
            "said. Shelling also hit Saraqib.",
            "Aleppo",
        ),
    ],
)
def test_a_headlines_compass_point_keeps_its_city_beside_a_town_elsewhere(
    extractor: Extractor, text: str, city: str
) -> None:
    """'south of X' in the headline locates only a town of the lead's first sentence that lies
    that way from X: a town told later (Dohuk) or the other way (Charikar lies north of Kabul) is
    a second event, and the headline's event stays at X."""
    assert any(p.startswith(city) for p in placed(run(extractor, text)))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Heavy clashes were reported on Friday in Kafr Nabudah, a week after rebels attacked "
            "Suqaylabiyah last Monday.",
            date(2021, 6, 11),
        ),
        (
            "Explosions were reported on Thursday near Kherson, days after Ukrainian troops recaptured "
            "Snihurivka on Sunday.",
            date(2021, 6, 10),
        ),
        (
            "Fresh fighting was reported Wednesday in Tawergha, weeks after militias seized Bani Walid "
            "last month.",
            date(2021, 6, 9),
        ),
    ],
)
def test_a_day_told_in_the_passive_dates_the_event(extractor: Extractor, text: str, day: date) -> None:
    """'Clashes were reported on Friday in X': the passive tells the event's own day, not the day
    someone said something, and the aside's earlier day does not take its place."""
    assert day in [i.event_date for i in run(extractor, text).incidents]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Government forces concentrated in Morek came under heavy rocket fire on Friday, killing four "
            "soldiers.",
            "Morek",
        ),
        (
            "Rebel fighters massed near Khan Touman were hit by Russian air strikes on Friday, killing 12.",
            "Khan Touman",
        ),
        (
            "Militiamen mustering outside Tal Rifaat, north of Aleppo, were targeted by Turkish drones on "
            "Friday, killing six.",
            "Tal Rifaat",
        ),
    ],
)
def test_where_massed_forces_were_hit_is_the_event(extractor: Extractor, text: str, town: str) -> None:
    """'forces massed in X came under fire', 'were hit by air strikes': the massed forces are the
    target, so X is where it happened, not where an attack came from."""
    assert role_of(run(extractor, text), town) == "event"


@pytest.mark.parametrize(
    "text",
    [
        # published Saturday 2021-06-12: the attack was on Thursday night, the saying on Friday
        "Gunmen stormed a police post on the edge of Tillaberi on Thursday night, killing four"
        " officers, the interior ministry said in a statement on Friday.",
        "Rebels raided a village outside Beni on Thursday evening, killing 12 farmers, the governor's"
        " office said in a press release on Friday.",
        "Gunmen attacked a market in Gao on Thursday night, killing five traders, the regional"
        " governor told reporters in Bamako on Friday.",
        "Jets bombed a fuel depot in Kidal on Thursday night, killing three guards, the army said in"
        " a statement from its headquarters in Bamako on Friday.",
    ],
)
def test_the_day_a_statement_was_issued_dates_no_event(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    assert {i.event_date for i in r.incidents} == {date(2021, 6, 10)}, [
        (i.location, i.event_date) for i in r.incidents
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Two attacks in northwest Syria\n"
            "Soldiers shot dead nine protesters and a child in Kafr Nabl on Thursday, and warplanes"
            " bombed Ariha.",
            ("Kafranbel", "Protests"),
            ("Arīḩā", "Explosions/Remote violence"),
        ),
        (
            "Violence flares in Cabo Delgado\n"
            "Insurgents beheaded four farmers and a teacher in Macomia on Thursday, and helicopters"
            " struck Mueda, killing three.",
            ("Macomia", "Violence against civilians"),
            ("Mueda", "Explosions/Remote violence"),
        ),
        (
            "Darfur killings go on\n"
            "Militiamen executed six prisoners near the market in Kutum on Thursday, and drones hit"
            " Mellit.",
            ("Kutum", "Violence against civilians"),
            ("Mellit", "Explosions/Remote violence"),
        ),
    ],
)
def test_a_place_goes_with_the_event_of_its_own_clause(
    extractor: Extractor, text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    # the place of the first clause lies nearer the second clause's weapon than its own verb
    r = run(extractor, text)
    got = {(i.location.split(",")[0], i.event_type) for i in r.incidents if i.latitude is not None}
    assert got == {first, second}, got


@pytest.mark.parametrize(
    "text",
    [
        "Idlib mourns its dead\nTwelve people were killed in a massacre committed by regime helicopters"
        " in Kafr Nabl on Thursday.",
        "Deadly raid in Hama countryside\nWarplanes committed a massacre in Kafr Zita on Thursday,"
        " killing 15 civilians.",
        "Jets strike Ariha\nA massacre by Russian jets in Ariha killed 20 people on Thursday.",
    ],
)
def test_a_massacre_by_a_weapon_is_that_weapons_one_event(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    got = [(i.event_type, i.fatalities.best) for i in r.incidents if i.latitude is not None]
    assert len(got) == 1 and got[0][0] == "Explosions/Remote violence" and got[0][1], got


@pytest.mark.parametrize(
    ("text", "struck", "massacre", "dead"),
    [
        (
            "Warplanes bombed Ariha hours after militiamen committed a massacre in Tremseh that killed"
            " 20 villagers.",
            "Ariha",
            "Tremseh",
            20,
        ),
        (
            "Rockets hit Qardaha on Friday a day after a massacre in Tremseh killed 30 people.",
            "Qardāḩah",
            "Tremseh",
            30,
        ),
        (
            "Helicopters dropped barrel bombs on Latamneh on Friday before gunmen carried out a massacre"
            " in Kafr Zita that left 12 dead.",
            "Lataminah",
            "Kafr Zaytā",
            12,
        ),
    ],
)
def test_a_massacre_told_at_another_time_is_not_the_weapons(
    extractor: Extractor, text: str, struck: str, massacre: str, dead: int
) -> None:
    # "hours after", "a day after", "before": the massacre is another event, its dead are its own
    r = run(extractor, text)
    got = {i.location.split(",")[0]: i.fatalities.best for i in r.incidents if i.latitude is not None}
    assert [v for k, v in got.items() if struck in k] == [None], got
    assert [v for k, v in got.items() if massacre in k] == [dead], got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Two attacks in Idlib\nIn Saraqib, warplanes killed five civilians on Thursday, and in Ariha,"
            " gunmen shot dead a teacher.",
            "Arīḩā",
        ),
        (
            "Attacks in central Mali\nJihadists stormed an army post near Boni on Sunday; in Douentza, a"
            " roadside bomb killed two soldiers.",
            "Douentza",
        ),
        (
            "Darfur\nMilitiamen looted the market in Kutum on Friday, and near Mellit, gunmen killed three"
            " herders.",
            "Mellit",
        ),
    ],
)
def test_a_place_phrase_that_opens_a_later_clause_is_its_events_place(
    extractor: Extractor, text: str, place: str
) -> None:
    # "..., and in X, gunmen ...": X says where the clause after it happened, as "In X, ..." does
    # for the first; it was a place mentioned in a clause reporting no violence
    assert place in placed(run(extractor, text)), placed(run(extractor, text))


def test_a_place_phrase_before_a_quiet_clause_stays_mentioned(extractor: Extractor) -> None:
    r = run(
        extractor,
        "Idlib\nWarplanes bombed Saraqib on Monday, and in Ariha, officials said the hospital had closed.",
    )
    assert placed(r) == ["Saraqib"], placed(r)


@pytest.mark.parametrize(
    ("text", "massacre"),
    [
        (
            "Two attacks in Idlib\nRockets struck Saraqib on Monday and pro-regime militiamen committed a"
            " massacre in Hass, killing 11 villagers.",
            "Hassef",
        ),
        (
            "Hama countryside\nA massacre by gunmen in Kafr Zita left 9 dead on Tuesday and artillery"
            " shelled Latamneh.",
            "Kafr Zaytā",
        ),
        (
            "Idlib\nHelicopters dropped barrel bombs on Ariha on Sunday and jihadists carried out a massacre"
            " in Saraqib, killing 7.",
            "Saraqib",
        ),
    ],
)
def test_a_massacre_that_names_another_doer_is_not_the_weapons(
    extractor: Extractor, text: str, massacre: str
) -> None:
    # the weapon shares the clause, but militiamen, gunmen, jihadists did the massacre: its own event
    r = run(extractor, text)
    got = {(i.location.split(",")[0], i.event_type) for i in r.incidents if i.latitude is not None}
    assert (massacre, "Violence against civilians") in got, got


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Idlib\nJets pounded villages such as Ariha and Saraqib on Friday, and gunmen killed two men in"
            " Hass.",
            {"Arīḩā", "Saraqib"},
        ),
        (
            "Hama\nDrones struck districts such as Kafr Zita and Morek on Friday, and a sniper killed a"
            " boy in Halfaya.",
            {"Kafr Zaytā", "Mūrak"},
        ),
        (
            "Daraa\nHelicopters dropped barrel bombs on towns such as Tafas and Inkhil on Sunday.",
            {"Ţafas", "Inkhil"},
        ),
    ],
)
def test_such_as_opens_no_clause(extractor: Extractor, text: str, places: set[str]) -> None:
    # "as" opens a clause ("... as gunmen shot dead five"), not in "such as X and Y"
    got = set(placed(run(extractor, text)))
    assert places <= got, got
