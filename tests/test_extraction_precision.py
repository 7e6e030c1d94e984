"""Precision of extraction: no incident where nothing violent is reported, and the right type
and place for what is (issue 11). Each rule on several differently worded sentences."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2017, 2, 25)


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


# --- killing protesters is excessive force against them (ACLED: a Protests sub-event) ----------


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Security forces shot dead three demonstrators in Homs on Friday.", 3),
        ("Troops opened fire on protesters in Daraa on Monday, killing five.", 5),
        ("Police gunned down two marchers in Hama on Monday.", 2),
        ("Four protesters were gunned down by soldiers in Latakia on Sunday.", 4),
        ("Troops gunned down at least 12 demonstrators in Homs on Friday.", 12),
        ("Soldiers shot and killed at least 20 demonstrators in Daraa on Friday.", 20),
        ("Police killed at least 12 protesters in Hama on Friday.", 12),
    ],
)
def test_killing_protesters_is_one_excessive_force_incident(
    extractor: Extractor, text: str, killed: int
) -> None:
    r = run(extractor, text)
    assert [(i.event_type, i.sub_event_type) for i in r.incidents] == [
        ("Protests", "Excessive force against protesters")
    ], text
    assert r.incidents[0].fatalities.best == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two gunmen shot dead 5 people in Homs on Monday.", 5),
        ("Three soldiers gunned down 4 villagers in Hama on Monday.", 4),
        ("Seven men were shot dead in Idlib on Monday.", 7),
    ],
)
def test_shot_dead_and_gunned_down_count_the_dead(extractor: Extractor, text: str, killed: int) -> None:
    r = run(extractor, text)
    assert [i.fatalities.best for i in r.incidents] == [killed], text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen massacred 30 villagers before protesters gathered in Homs on Monday.",
        "Two protesters who stabbed a policeman in Homs were arrested on Monday.",
        "Protesters killed a policeman in Homs on Monday.",
    ],
)
def test_violence_near_protesters_or_by_them_is_no_excessive_force(extractor: Extractor, text: str) -> None:
    assert "Excessive force against protesters" not in {
        i.sub_event_type for i in run(extractor, text).incidents
    }


# --- natural and accidental deaths are no incidents ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The former minister died in hospital in Paris aged 80.",
        "The singer died peacefully in his sleep at home in Damascus.",
        "A retired general died of cancer in Aleppo on Monday.",
        "The poet died of a heart attack in Beirut on Sunday.",
        "Five people were killed in a traffic accident near Hama on Monday.",
        "Two boys drowned and one died in Latakia after the storm.",
    ],
)
def test_a_natural_or_accidental_death_is_no_incident(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    assert not r.incidents, text
    assert all(m.role != "event" for m in r.mentions), text


@pytest.mark.parametrize(
    "text",
    [
        "A soldier died of his wounds in Idlib on Monday.",
        "A man died under torture in a prison in Damascus.",
        "Three people died in the shelling of Homs on Monday.",
        "Two of the wounded died in hospital in Aleppo on Monday.",
        "A citizen dies in Deir Ezzor city.",
        "A woman was killed at home in Idlib on Monday.",
        "Shelling killed five in Idlib, and the actor died in hospital in Paris aged 80.",
        # an age says nothing of how unless it is old; being found dead is no natural death
        "A girl aged 7 died in Saraqeb on Monday.",
        "Two civilians aged 20 and 25 were found dead in Daraa on Sunday.",
        "A child died in hospital in Idlib on Monday.",
    ],
)
def test_a_death_from_violence_stays_an_incident(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    places = {i.location.split(",")[0] for i in r.incidents if i.latitude is not None}
    assert places and "Paris" not in places, text


# --- a country that encloses another event's place is no place of its own ---------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Russian air strikes in Syria killed three on Sunday and clashes broke out in Idlib.", "Idlib"),
        ("Rockets fired across Lebanon wounded two on Monday and fighting continued in Tripoli.", "Tripoli"),
        ("Turkish shelling in Syria killed two on Monday and clashes erupted in Afrin.", "Afrin"),
    ],
)
def test_a_country_enclosing_another_events_place_gets_no_point(
    extractor: Extractor, text: str, town: str
) -> None:
    r = run(extractor, text)
    assert all(i.where_prec != 6 for i in r.incidents if i.latitude is not None), text
    assert [m.text for m in r.mentions if m.role == "event"][-1] == town
    unplaced = [i for i in r.incidents if i.latitude is None]
    assert len(unplaced) == 1 and "only encloses another event's place" in unplaced[0].place_reason


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes hit Syria on Monday.",
        "Shelling across Iraq killed 12 on Monday.",
        "Clashes in Yemen on Monday.",
    ],
)
def test_a_country_alone_stays_the_place(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    assert [i.where_prec for i in r.incidents] == [6], text


# --- a wholly upper-case sentence is read in sentence style ------------------------------------


@pytest.mark.parametrize(
    ("text", "town", "sub_event_type"),
    [
        ("SYRIAN ARMY SHELLS RASTAN", "RASTAN", "Shelling/artillery/missile attack"),
        ("WARPLANES BOMB IDLIB AND KILL 12 CIVILIANS", "IDLIB", "Air/drone strike"),
        ("12 KILLED IN AIR STRIKES ON DOUMA", "DOUMA", "Air/drone strike"),
        ("REBELS SEIZE THREE VILLAGES NORTH OF HAMA", "HAMA", "Non-state actor overtakes territory"),
    ],
)
def test_an_all_caps_headline_is_read_in_sentence_style(
    extractor: Extractor, text: str, town: str, sub_event_type: str
) -> None:
    r = run(extractor, text)
    assert [(i.sub_event_type, i.latitude is not None) for i in r.incidents] == [(sub_event_type, True)], text
    # what the user sees is the article as written
    assert [m.text for m in r.mentions if m.role == "event"] == [town]
    assert r.incidents[0].evidence[0].text == text


@pytest.mark.parametrize(
    ("text", "town", "sub_event_type"),
    [
        ("Warplanes Bomb Idlib And Kill 12 Civilians", "Idlib", "Air/drone strike"),
        ("12 Killed In Air Strikes On Douma", "Douma", "Air/drone strike"),
        ("Rebels Seize Three Villages North Of Hama", "Hama", "Non-state actor overtakes territory"),
        ("Car Bomb Kills 20 In Baghdad", "Baghdad", "Remote explosive/landmine/IED"),
    ],
)
def test_a_title_case_headline_is_read_in_sentence_style(
    extractor: Extractor, text: str, town: str, sub_event_type: str
) -> None:
    r = run(extractor, text)
    assert [(i.sub_event_type, i.latitude is not None) for i in r.incidents] == [(sub_event_type, True)], text
    assert [m.text for m in r.mentions if m.role == "event"] == [town]


def test_title_case_needs_four_capitalised_words() -> None:
    from incident_explorer.extraction.shouting import title_case

    assert title_case("Car Bomb Kills 20 in Baghdad")
    assert not title_case("Shelling hit Douma on Monday")
    assert not title_case("Police Shot Two")


def test_shouted_needs_words_not_an_acronym() -> None:
    from incident_explorer.extraction.shouting import shouted

    assert shouted("SYRIAN ARMY SHELLS RASTAN")
    assert not shouted("UN, US")
    assert not shouted("The UN says NATO jets struck")


# --- a landmark that locates a place, and where people were heading, are no event places -------


@pytest.mark.parametrize(
    ("text", "town", "landmark"),
    [
        ("Shelling hit Douma, 10 km east of Damascus, on Monday.", "Douma", "Damascus"),
        ("Air strikes hit Kafr Nabl, about 40 km south of Idlib, on Monday.", "Kafr Nabl", "Idlib"),
        ("Clashes erupted in Talbiseh north of Homs on Monday.", "Talbiseh", "Homs"),
        (
            "Warplanes bombed Maarat al-Numan, 30 miles (48 km) south of Idlib city.",
            "Maarat al-Numan",
            "Idlib",
        ),
    ],
)
def test_a_place_that_locates_another_is_context(
    extractor: Extractor, text: str, town: str, landmark: str
) -> None:
    r = run(extractor, text)
    roles = {m.text: m.role for m in r.mentions}
    assert (roles[town], roles[landmark]) == ("event", "mentioned"), roles
    assert len([i for i in r.incidents if i.latitude is not None]) == 1


@pytest.mark.parametrize(
    ("text", "destination", "town"),
    [
        ("The convoy heading to Aleppo was ambushed near Hama on Monday.", "Aleppo", "Hama"),
        ("Gunmen kidnapped a doctor in Daraa and took him to Quneitra on Monday.", "Quneitra", "Daraa"),
        (
            "A bus on its way to Latakia was hit by a roadside bomb near Jableh on Monday.",
            "Latakia",
            "Jableh",
        ),
        ("Refugees returning to Homs were killed by a landmine near Qusayr on Monday.", "Homs", "Qusayr"),
    ],
)
def test_where_people_were_heading_is_no_event_place(
    extractor: Extractor, text: str, destination: str, town: str
) -> None:
    r = run(extractor, text)
    roles = {m.text: m.role for m in r.mentions}
    assert (roles[destination], roles[town]) == ("mentioned", "event"), roles


def test_took_days_to_is_no_destination(extractor: Extractor) -> None:
    r = run(extractor, "The army took three days to recapture Palmyra from IS.")
    assert [m.role for m in r.mentions if m.text == "Palmyra"] == ["event"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting returned to Daraa on Monday, killing five.", "Daraa"),
        ("Rebels took the fight to Hama, killing 12 soldiers.", "Hama"),
        ("Violence returned to Aleppo as jets killed 11 on Monday.", "Aleppo"),
    ],
)
def test_violence_that_returns_to_a_place_happens_there(extractor: Extractor, text: str, place: str) -> None:
    assert {m.text: m.role for m in run(extractor, text).mentions} == {place: "event"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Iran claims its forces killed 20 fighters near Aleppo on Monday.", "Iran"),
        ("Israel claimed responsibility for the strike on Damascus airport on Monday.", "Israel"),
        ("Ankara accused Kurdish fighters of shelling Kilis on Monday, killing two.", "Ankara"),
    ],
)
def test_a_government_that_claims_or_accuses_is_no_event_place(
    extractor: Extractor, text: str, speaker: str
) -> None:
    r = run(extractor, text)
    assert {m.text: m.role for m in r.mentions}[speaker] == "mentioned"
    assert not any(i.location.startswith(speaker) for i in r.incidents)


@pytest.mark.parametrize(
    "text",
    [
        "The dead man's body was returned to his family in Homs after he died of cancer.",
        "A 75-year-old man died in Homs after a long illness.",
        "The 82-year-old poet died peacefully in Latakia on Monday.",
    ],
)
def test_a_body_returned_or_an_old_age_is_no_violence(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text).incidents


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of five men were found in Homs; two had died of cancer, relatives said.",
        "Two bodies were pulled from a well in Daraa after the men died in their sleep.",
        "Three corpses were recovered in Hama on Monday after they died in hospital aged 70.",
    ],
)
def test_bodies_found_are_violence(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).incidents


@pytest.mark.parametrize(
    "text",
    [
        "Protesters killed one soldier in Homs on Monday.",
        "Protesters shot at troops in Daraa on Monday.",
        "Demonstrators stabbed a policeman in Hama on Monday.",
    ],
)
def test_violence_by_protesters_is_a_violent_demonstration(extractor: Extractor, text: str) -> None:
    assert [i.sub_event_type for i in run(extractor, text).incidents] == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("TWELVE KILLED IN AIR STRIKES ON DOUMA, SOHR SAYS", "TWELVE"),
        ("SHELLING KILLS FIVE CIVILIANS IN RASTAN", "FIVE"),
        ("Air Strikes Kill Twenty-Five In Eastern Aleppo Neighbourhoods", "Twenty-Five"),
    ],
)
def test_a_recased_headline_quotes_its_figure_as_written(
    extractor: Extractor, text: str, figure: str
) -> None:
    assert [c.text for i in run(extractor, text).incidents for c in i.claims] == [figure]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ambulances took the wounded to Kilis after the shelling in Azaz.", "Kilis"),
        ("Soldiers took the bodies to Tikrit after an ambush near Baiji killed 6.", "Tikrit"),
        ("Rebels returned to Aleppo after the clashes in Azaz killed 4.", "Aleppo"),
    ],
)
def test_where_the_wounded_or_fighters_were_taken_or_returned_is_no_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert {m.text: m.role for m in run(extractor, text).mentions}[place] == "mentioned"


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        (
            "Three protesters killed Friday as police fired tear gas in Khartoum.",
            "Excessive force against protesters",
        ),
        ("Demonstrators shot dead Friday in Tripoli, witnesses said.", "Excessive force against protesters"),
        ("A 65-year-old man died after he was beaten by soldiers in Hebron.", "Attack"),
    ],
)
def test_a_passive_headline_or_a_beating_stays_violence_against_people(
    extractor: Extractor, text: str, sub_event: str
) -> None:
    assert [i.sub_event_type for i in run(extractor, text).incidents] == [sub_event]
