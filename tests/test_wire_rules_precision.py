"""Precision of event places in wire sentences: sentences that report no incident, and places
told beside an incident that are not where it happened (issue: the blind wire batches' false event
places). Each rule on several differently worded sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2023, 6, 17)  # a Saturday


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


def role(r: Extraction, name: str) -> str:
    found = [m for m in r.mentions if m.text == name]
    assert found, (name, [m.text for m in r.mentions])
    return found[-1].role


def reasons(r: Extraction) -> list[tuple[str, str, str]]:
    return [(m.text, m.role, m.reason) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # what a court or sanctions are over
        (
            "Prosecutors on Monday opened the trial of a former rebel commander over the massacre"
            " of farmers near Bouar.",
            "Bouar",
        ),
        (
            "The appeals chamber found on Wednesday that the state was liable for the deaths of"
            " 40 prisoners at Abu Ghraib, ordering compensation.",
            "Abu Ghraib",
        ),
        (
            "Britain on Friday imposed sanctions on two militia commanders over attacks on aid"
            " convoys near Kutum, freezing their assets.",
            "Kutum",
        ),
        (
            "Washington on Tuesday blacklisted a police general it accused of ordering killings"
            " of protesters in Mandalay.",
            "Mandalay",
        ),
        # what is condemned
        (
            "The African Union condemned on Thursday the latest wave of violence in Ituri and urged"
            " both sides to show restraint.",
            "Ituri",
        ),
        (
            "Pope Francis on Sunday denounced the bombing of a church in Jolo as an act of cowardice.",
            "Jolo",
        ),
        (
            "Several Gulf states deplored on Monday the shelling of residential districts of Marib,"
            " in statements issued by their foreign ministries.",
            "Marib",
        ),
    ],
)
def test_what_a_ruling_sanctions_or_a_condemnation_is_about_is_no_event(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, place) != "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # who is mourned: the funeral, vigil or strike is where it is held, no incident
        (
            "Teachers closed schools across Balochistan on Monday to mourn colleagues killed in"
            " a bomb attack last week.",
            "Balochistan",
        ),
        (
            "Thousands gathered in Jalalabad on Friday for the funeral of a tribal elder who was"
            " shot dead by unknown gunmen.",
            "Jalalabad",
        ),
        (
            "Relatives held a burial in Kousseri on Thursday for seven fishermen who died in an"
            " ambush on the lake.",
            "Kousseri",
        ),
    ],
)
def test_who_is_mourned_is_no_event_at_the_venue(extractor: Extractor, text: str, place: str) -> None:
    r = run(extractor, text)
    assert role(r, place) != "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an act held off, offered or called for is not done
        (
            "Kenya's interior minister said on Monday that his troops would begin to withdraw from"
            " Lamu after the rains.",
            "Lamu",
        ),
        (
            "The army said on Wednesday it was ready to conduct air strikes on rebel camps around"
            " Ngaoundaye if talks failed.",
            "Ngaoundaye",
        ),
        (
            "Mediators met in Lome on Friday, averting for now a rebel offensive on Goz Beida, a"
            " spokesman said.",
            "Goz Beida",
        ),
        (
            "The regional bloc called on Tuesday for the militias to withdraw from Rutshuru and for"
            " an immediate end to the clashes.",
            "Rutshuru",
        ),
        ("The mayor appealed on Monday for rebels to withdraw from Bunia.", "Bunia"),
    ],
)
def test_an_act_held_off_or_called_for_is_not_done(extractor: Extractor, text: str, place: str) -> None:
    r = run(extractor, text)
    assert role(r, place) != "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # violence done to mourners, or told beside the mourning, is still reported
        (
            "A suicide bomber blew himself up at a funeral in Kandahar on Friday, killing 20 mourners.",
            "Kandahar",
        ),
        (
            "Mourners were wounded when a mortar round hit a funeral tent in Mogadishu on Thursday.",
            "Mogadishu",
        ),
        ("Gunmen shot dead a lawyer in Quetta on Monday, police said.", "Quetta"),
        # a condemnation whose relative clause tells what the act did reports it
        ("Egypt and Jordan condemned the air strike that killed nine civilians in Saada on Monday.", "Saada"),
        ("The envoy denounced the bombing which killed 14 shoppers in Baidoa on Friday.", "Baidoa"),
        ("Activists deplored the raid that wounded six students in Jenin on Tuesday.", "Jenin"),
    ],
)
def test_violence_at_a_funeral_is_still_reported(extractor: Extractor, text: str, place: str) -> None:
    r = run(extractor, text)
    assert role(r, place) == "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an event word in an aside that tells its own earlier time
        (
            "Ministers met in Amman on Tuesday to discuss reopening the Nassib crossing, shut since"
            " rebels overran it in 2015.",
            "Amman",
        ),
        (
            "The convoy finally reached Kadugli on Monday, where thousands have sheltered since"
            " militiamen stormed nearby villages earlier this month.",
            "Kadugli",
        ),
        (
            "Officials reopened the bridge at Bentiu on Thursday, which soldiers had blown up in March 2019.",
            "Bentiu",
        ),
    ],
)
def test_an_event_word_in_an_earlier_aside_reports_nothing_now(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, place) != "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a deal reports no violence: what it covers is no event place
        (
            "Rebels and the government signed a peace agreement on Friday, pledging to restore"
            " state authority in Kidal.",
            "Kidal",
        ),
        (
            "Both sides agreed on a ceasefire on Sunday covering the frontline districts of Saada.",
            "Saada",
        ),
        (
            "The two armies agreed to a prisoner exchange on Thursday involving soldiers held in Kherson.",
            "Kherson",
        ),
    ],
)
def test_an_agreement_is_no_violence(extractor: Extractor, text: str, place: str) -> None:
    r = run(extractor, text)
    assert role(r, place) != "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "the deadliest ... since bombings in X": an earlier event named with no article
        (
            "A roadside bomb killed six soldiers near Gao on Friday, the deadliest attack in the"
            " region since ambushes in Menaka.",
            "Menaka",
        ),
        (
            "Gunmen killed nine worshippers in Kaduna on Sunday, the worst violence in the state"
            " since raids in Kajuru.",
            "Kajuru",
        ),
        (
            "A car bomb killed 12 in Mosul on Monday, the bloodiest attack on the city since"
            " bombings at Qayyarah.",
            "Qayyarah",
        ),
    ],
)
def test_an_earlier_event_named_without_an_article_is_set_aside(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, place) != "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the landmark a named place is told from, known or not, says where it lies
        (
            "Mortar rounds hit the Qaim military base west of Ramadi on Monday, wounding four soldiers.",
            "Ramadi",
        ),
        (
            "Gunmen stormed a police post in Kafr Zulumiyah, a farming village south of Hama, on"
            " Monday, killing two officers.",
            "Hama",
        ),
        (
            "A roadside bomb killed three soldiers near Tell Ghazalin, 20 km northwest of Raqqa, on Sunday.",
            "Raqqa",
        ),
        (
            "Militants attacked a checkpoint in Bir Umm Qasab, outside Kirkuk, on Friday, killing"
            " five policemen.",
            "Kirkuk",
        ),
    ],
)
def test_a_landmark_a_named_place_is_told_from_is_no_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, place) != "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # with no name to locate, the landmark is the best place given
        ("Shelling hit villages north of Hama on Monday, killing four.", "Hama"),
        ("Clashes raged south of Damascus on Sunday, a monitor said.", "Damascus"),
        ("Fighters of ISIS south of Damascus shelled a checkpoint on Friday.", "Damascus"),
    ],
)
def test_a_landmark_with_nothing_to_locate_stays_the_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, place) == "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "less than two weeks after", "more than a month after": an earlier event
        (
            "Drones struck a depot near Hama on Friday, less than two weeks after an air raid on a"
            " weapons plant near Masyaf.",
            "Masyaf",
        ),
        (
            "Gunmen killed four farmers near Jos on Monday, more than a month after an attack on a"
            " market in Bokkos.",
            "Bokkos",
        ),
        (
            "A car bomb exploded in Afrin on Sunday, almost three weeks after a blast at a bus"
            " station in Azaz.",
            "Azaz",
        ),
    ],
)
def test_some_weeks_after_with_a_qualifier_tells_an_earlier_event(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, place) != "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a religious holiday or a people named beside the event is no place
        ("A suicide bomber struck a mosque in Quetta on the first day of Ramadan, killing nine.", "Ramadan"),
        (
            "A bomb exploded in a market in Basra on the eve of Eid al-Adha, killing 30 shoppers.",
            "Eid al-Adha",
        ),
        ("Gunmen attacked a church in Enugu during Pentecost Sunday mass, killing five.", "Pentecost"),
        ("Gunmen killed 12 people in a Dogon village in central Mali on Monday.", "Dogon"),
    ],
)
def test_a_holiday_or_a_people_is_no_event_place(extractor: Extractor, text: str, name: str) -> None:
    r = run(extractor, text)
    assert not any(m.text == name and m.role == "event" for m in r.mentions), reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place noun's appositive that tells an earlier time: "the cities the rebels seized in 2014"
        (
            "Officials reopened schools in Marawi on Tuesday, the city that jihadists overran in 2017.",
            "Marawi",
        ),
        (
            "Aid convoys reached Mosul and Tal Afar on Monday, the cities the jihadists seized in 2014.",
            "Tal Afar",
        ),
        (
            "Ministers toured Kobani on Thursday, the town the militants besieged in 2014, and opened"
            " a hospital.",
            "Kobani",
        ),
    ],
)
def test_an_appositive_that_tells_an_earlier_time_reports_nothing_now(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert not any(m.text == place and m.role == "event" for m in r.mentions), reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a natural disaster as the agent of a generic word
        ("Aid agencies appealed on Monday for families in Jableh hit by last week's earthquake.", "Jableh"),
        ("Villages around Hama were hit by the earthquake on Monday, rescuers said.", "Hama"),
        ("Two fishermen died in a storm off Mukalla on Monday.", "Mukalla"),
        # who is sanctioned, and what a year since recalls
        ("Britain imposed sanctions on Tuesday on two air force generals over strikes in Idlib.", "Idlib"),
        (
            "Residents of Irpin gathered on Friday to mark a year since troops withdrew from the town.",
            "Irpin",
        ),
        (
            "Farmers in Kupiansk marked on Monday two years since soldiers shelled the town.",
            "Kupiansk",
        ),
    ],
)
def test_a_disaster_a_sanctioned_party_or_an_anniversary_is_no_event(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert not any(m.text == place and m.role == "event" for m in r.mentions), reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an aside that tells its earlier time before its event word
        (
            "Engineers began repairing the bridge between Raqqa and Tabqa on Monday, which was cut in"
            " May 2017 during fighting between the SDF and the jihadists.",
            "Tabqa",
        ),
        (
            "Schools reopened in Sirte on Sunday, which in 2016 saw months of street battles.",
            "Sirte",
        ),
        # a participle clause that goes on from an earlier aside's event word
        (
            "Residents of Bucha gathered on Friday, a year since troops withdrew from the town, leaving"
            " bodies in the streets of Irpin.",
            "Irpin",
        ),
    ],
)
def test_an_earlier_aside_told_before_its_event_word_or_going_on_after_it(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert not any(m.text == place and m.role == "event" for m in r.mentions), reasons(r)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("At a funeral in Jalalabad on Friday, a suicide bomber killed 18 mourners, officials said.", "Jal"),
        (
            "During the funeral of a clan elder in Afgoye on Friday, a roadside bomb exploded, killing six"
            " people.",
            "Afg",
        ),
        (
            "Mourners were leaving a funeral tent in Tafas on Friday, and mortar shells killed three of them,"
            " activists said.",
            "Ţaf",
        ),
    ],
)
def test_an_attack_on_mourners_told_in_its_own_clause_is_an_incident(
    extractor: Extractor, text: str, town: str
) -> None:
    # the funeral's clause ends at the comma: what follows is the attack, not who is mourned
    r = run(extractor, text)
    assert any(i.location.startswith(town) for i in r.incidents), [i.location for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "event", "speaker"),
    [
        (
            "Gunmen attacked a police post on the outskirts of Lawdar on Friday, killing five "
            "officers, a security official in Aden said, adding that two of the attackers were killed.",
            "Lawdar",
            "Aden",
        ),
        (
            "Militants stormed a checkpoint near Baidoa on Friday, killing four soldiers, a military "
            "officer in Mogadishu said, noting that three militants died in the fighting.",
            "Baidoa",
            "Mogadishu",
        ),
        (
            "A roadside bomb hit a patrol near Tikrit on Friday, killing two soldiers, a police source "
            "in Baghdad said, saying the bombers were later shot dead in a raid.",
            "Tikrit",
            "Baghdad",
        ),
    ],
)
def test_what_a_speaker_adds_is_not_told_where_the_speaker_is(
    extractor: Extractor, text: str, event: str, speaker: str
) -> None:
    """', adding that ...' opens what the speaker said: the speaker's city stays where it was
    said, though the added words tell violence (a participle of the act, ', killing five', goes
    on with its clause)."""
    r = run(extractor, text)
    assert role(r, event) == "event"
    assert role(r, speaker) != "event"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Aid groups warned on Friday of a risk of fighting in Kidal once the peacekeepers leave.", "Kidal"),
        ("The mayor said there were growing fears of an offensive on Tessalit before the rains.", "Tessalit"),
        ("Officials said on Thursday that the militants could attack Mopti within days.", "Mopti"),
        ("Security analysts rate the threat of new raids on Garissa as high this month.", "Garissa"),
    ],
)
def test_violence_feared_warned_of_or_that_could_come_is_not_done(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, place) != "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a court's punishment, or what it charges with
        ("In Kananga, a military court sentenced 12 soldiers to death on Monday.", "Kananga"),
        (
            "Prosecutors on Friday charged six officers with the killing of 14 villagers in Tanout"
            " during a sweep.",
            "Tanout",
        ),
        # what a commemoration is held with, a period told as background, a noun named by its year
        ("Hundreds marked two years since the massacre with a silent march through Beni.", "Beni"),
        (
            "The convoy arrived on Monday after a month in which shelling hit Avdiivka almost daily.",
            "Avdiivka",
        ),
        ("Police said the men behind the 2015 bombings in Suruc were still at large.", "Suruc"),
        # told with a period of earlier years or a month long before, or what a court is urged over
        (
            "A UN panel said 3,000 civilians were killed in the war between 2011 and 2019, most of"
            " them in Idlib.",
            "Idlib",
        ),
        (
            "The ombudsman said in a report on Tuesday that 45 people were killed in Kasai in January.",
            "Kasai",
        ),
        ("The minister urged judges to charge those behind the massacre in Yumbi.", "Yumbi"),
    ],
)
def test_past_violence_a_court_or_a_commemoration_is_about_is_no_event(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, place) != "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Soldiers charged into the market with rifles and shot dead four traders in Gao on Friday.", "Gao"),
        (
            "Militiamen charged at the village with machetes and killed six farmers in Djugu on Friday.",
            "Djugu",
        ),
        (
            "Police charged the crowd with batons and shot dead two protesters in Omdurman on Friday.",
            "Omdurman",
        ),
    ],
)
def test_a_charge_on_foot_is_no_court_charge(extractor: Extractor, text: str, place: str) -> None:
    # "charged into/at X with rifles and shot dead...": the killing is done, not charged in court
    r = run(extractor, text)
    assert role(r, place) == "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels could have attacked Mopti on Friday, killing three soldiers, officials said.", "Mopti"),
        ("Gunmen killed two farmers near Kidal on Friday, raising fears of reprisals.", "Kidal"),
        (
            "A court in the capital sentenced two men to death after a bomb killed 5 in Tanout on Friday.",
            "Tanout",
        ),
        ("Gunmen killed 12 people in Kasai in June, the ombudsman said.", "Kasai"),
    ],
)
def test_violence_told_beside_a_fear_or_a_ruling_stays_an_event(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, place) == "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Burundi's national rights commission said soldiers had killed 12 villagers.", "Burundi"),
        ("Peru's truth commission found that 69,000 people were killed in the conflict.", "Peru"),
        ("France's Operation Barkhane killed 15 militants in an air strike, the army said.", "France"),
        ("Uganda expelled two diplomats on Thursday over an ambush that killed six soldiers.", "Uganda"),
        ("Kenya has reopened the border crossing, closed after clashes killed four guards.", "Kenya"),
    ],
)
def test_a_country_owning_a_body_or_acting_as_a_state_is_no_event_place(
    extractor: Extractor, text: str, country: str
) -> None:
    r = run(extractor, text)
    assert role(r, country) != "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # hospitals in a city told with its region and country
        (
            "Shelling killed four people in Qusayr on Friday, and nine wounded were taken to hospitals"
            " in the northern Lebanese city of Hermel.",
            "Hermel",
        ),
        (
            "Gunmen shot dead two guards in Bol on Monday; three wounded were flown to a hospital in"
            " the southern Chadian town of Mongo.",
            "Mongo",
        ),
        # where aircraft took off
        (
            "Helicopters taking off from the air base near Kuweires fired rockets at the village on Sunday.",
            "Kuweires",
        ),
        ("Bombers taking off from the airfield base near Mozdok struck Shatoy overnight.", "Mozdok"),
        # where attackers came from, toward a town
        (
            "The gunmen had come from the hills north of the road toward Gao before they attacked a bus"
            " on Sunday.",
            "Gao",
        ),
        (
            "Officials said the raiders came from across the river toward Diffa and killed five herders"
            " on Friday.",
            "Diffa",
        ),
    ],
)
def test_a_hospital_city_a_take_off_base_or_where_attackers_came_toward_is_no_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert role(r, place) != "event", reasons(r)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Idlib\nPeople in Ariha live in fear of the air strikes that killed 14 of their neighbours on"
            " Thursday.",
            "Explosions/Remote violence",
        ),
        (
            "Hama\nFarmers near Kafr Zita dread the threat of the shelling which has destroyed their"
            " orchards this week.",
            "Explosions/Remote violence",
        ),
        (
            "Aleppo\nMany in Atarib spoke of the fear of drone strikes, which struck the market there on"
            " Tuesday.",
            "Explosions/Remote violence",
        ),
    ],
)
def test_feared_violence_told_as_done_is_the_report(extractor: Extractor, text: str, kind: str) -> None:
    # "in fear of the air strikes that killed 14": what they fear has happened, it is the event
    got = {i.event_type for i in run(extractor, text).incidents}
    assert kind in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Iraq\nA US jet dropped a 2000 pound bomb on a house in Fallujah on Thursday, killing eight people.",
        "Yemen\nThe coalition used a 2000 lb bomb in the raid on Saada on Monday, medics said.",
        "Somalia\nMilitants set off a 1900 kg bomb at a checkpoint in Afgoye on Wednesday.",
    ],
)
def test_a_weight_before_a_bomb_is_no_year(extractor: Extractor, text: str) -> None:
    # "a 2000 pound bomb" names no earlier year's bombing: the bomb is the report's
    got = {i.event_type for i in run(extractor, text).incidents if i.latitude is not None}
    assert "Explosions/Remote violence" in got, got
