"""News toponyms end to end (issue 11): which spans are spotted in news text and what the
geocoder is handed with them. Real gazetteer; each rule on several differently worded sentences."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction, Mention

PUBLISHED = date(2009, 3, 2)


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


def mentions(r: Extraction, text: str) -> list[Mention]:
    return [m for m in r.mentions if m.text == text]


def readings(r: Extraction, text: str) -> set[tuple[str, str] | None]:
    """(country, feature) of each mention of ``text``; None for one left unresolved."""
    return {
        (m.candidate.place.country_code, m.candidate.place.feature.value) if m.candidate else None
        for m in mentions(r, text)
    }


# --- a country's name that is also a state's elsewhere: the story's places decide ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Schools in Athens and Savannah are laying off teachers, and Georgia officials expect more cuts.",
        "The storm flooded Macon before it reached Augusta, the worst flooding Georgia has seen in years.",
        "A man from Valdosta was arrested in Georgia after a chase through Lowndes County on Sunday.",
        "Farmers near Albany and Tifton say the drought in south Georgia has cost them their crop.",
    ],
)
def test_georgia_in_a_story_about_the_us_is_the_state(extractor: Extractor, text: str) -> None:
    assert readings(run(extractor, text), "Georgia") == {("US", "admin1")}, text


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched through Tbilisi on Sunday, the largest protest Georgia has seen in years.",
        "Russian troops left Gori and Georgia reopened the road to Tbilisi on Monday.",
        "Armenia and Georgia signed a trade agreement in Yerevan on Friday.",
    ],
)
def test_georgia_in_a_story_about_the_caucasus_is_the_country(extractor: Extractor, text: str) -> None:
    assert readings(run(extractor, text), "Georgia") == {("GE", "country")}, text


# --- a country abroad named by a spelling of its name is kept ------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Aid flown in from Britain reached Dhaka and Chittagong on Monday after the floods.",
            "Britain",
            "GB",
        ),
        (
            "Officials in Lagos and Abuja said the vaccines donated by Britain arrived on Tuesday.",
            "Britain",
            "GB",
        ),
        ("Workers in Lima and Cusco said the machines came from Britain.", "Britain", "GB"),
        ("Doctors in Nairobi and Mombasa said the U.S. had sent 2,000 test kits.", "U.S.", "US"),
    ],
)
def test_a_country_abroad_by_a_spelling_of_its_name_is_kept(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    assert readings(run(extractor, text), name) == {(country, "country")}, text


# --- a small town abroad is kept when the text names its country ---------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Police in Lyon, Nice and Marseille said the suspect from Toulouse was arrested in "
            "Bastogne, Belgium.",
            "Bastogne",
            "BE",
        ),
        (
            "The team trained in Leuven, Namur and Ghent before racing in Weiswampach, Luxembourg, "
            "on Sunday.",
            "Weiswampach",
            "LU",
        ),
        (
            "Health workers in Nairobi, Nakuru and Kisumu said the patient had travelled from Bundibugyo "
            "in Uganda.",
            "Bundibugyo",
            "UG",
        ),
    ],
)
def test_a_small_town_abroad_in_a_country_the_text_names_is_kept(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    assert readings(run(extractor, text), name) == {(country, "city")}, text


# --- a big city named by its own name is not traded for a namesake in the story's country -------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Dallas and Houston offices will close, and the firm will move its headquarters to Toronto.",
            "Toronto",
            "CA",
        ),
        ("A Chicago and Detroit trader was arrested in Toronto after a two-year search.", "Toronto", "CA"),
        (
            "Students from Austin and San Antonio travelled to Moscow for the chess championship.",
            "Moscow",
            "RU",
        ),
        ("Fans from Phoenix and Tucson flew to Paris for the final on Sunday.", "Paris", "FR"),
    ],
)
def test_a_big_city_abroad_is_not_traded_for_a_namesake_at_home(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    assert readings(run(extractor, text), name) == {(country, "city")}, text


def test_a_namesake_the_text_places_at_home_stays_there(extractor: Extractor) -> None:
    text = "Moscow police said the student from Pullman was found near the Idaho campus."
    assert readings(run(extractor, text), "Moscow") == {("US", "city")}


def spotted(r: Extraction) -> list[str]:
    return [m.text for m in r.mentions]


# --- a name with a middle initial is a person's: its surname later too ---------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Officers said Tyrone B. Lincoln fired first, and Lincoln was taken to a hospital in Omaha.",
            ["Omaha"],
        ),
        ("Janet K. Jackson, 41, of Columbia, was charged on Monday after the crash.", ["Columbia"]),
        ("The award went to Harold T. Marion of Boise, and Marion thanked his family.", ["Boise"]),
        ("Virginia L. Lane, 77, of Winchester, was driving the van.", ["Winchester"]),
    ],
)
def test_a_name_with_a_middle_initial_is_a_person(extractor: Extractor, text: str, places: list[str]) -> None:
    assert spotted(run(extractor, text)) == places, text


def test_what_runs_with_a_person_s_name_is_still_read(extractor: Extractor) -> None:
    text = "U.S. District Judge Ronald L. Buckwalter sentenced him in Philadelphia on Friday."
    assert spotted(run(extractor, text)) == ["U.S.", "Philadelphia"]


# --- a small town's name as the subject of "said" is a person's -----------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ('"It was a long night," Wheeler said after the vote in Dayton. Wheeler left at ten.', ["Dayton"]),
        ("The budget is tight, Harlan told the council in Fresno on Monday.", ["Fresno"]),
        ('"We will rebuild the school," Tipton added, standing outside the gym in Topeka.', ["Topeka"]),
    ],
)
def test_a_small_town_s_name_that_speaks_is_a_person(
    extractor: Extractor, text: str, places: list[str]
) -> None:
    assert spotted(run(extractor, text)) == places, text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Moscow said the talks would resume next week.", "Moscow"),
        ("A spokesman for the city of Sevierville said the pool would reopen.", "Sevierville"),
        ("Texas says the new law takes effect in May.", "Texas"),
        ("Residents of Harlan said the water was unsafe to drink.", "Harlan"),
        ("Farmers in Tipton told reporters the crop was lost.", "Tipton"),
    ],
)
def test_a_government_or_a_city_named_as_such_still_speaks(
    extractor: Extractor, text: str, place: str
) -> None:
    assert place in spotted(run(extractor, text)), text


# --- a name whose first word is abbreviated ("St.", "Mt.", "W.") is spotted whole ----------------


@pytest.mark.parametrize(
    ("text", "name", "reading"),
    [
        ("Flooding closed roads in St. Petersburg and Tampa on Monday.", "St. Petersburg", ("US", "city")),
        ("In St. Louis, fans celebrated late into the night.", "St. Louis", ("US", "city")),
        ("A man from Charleston, W. Va., was arrested on Friday.", "W. Va", ("US", "admin1")),
        (
            "Pilgrims flew from Moscow to St. Petersburg's airport on Sunday.",
            "St. Petersburg",
            ("RU", "city"),  # Saint Petersburg written "St.": the city, no longer its oblast
        ),
    ],
)
def test_a_name_with_an_abbreviated_first_word_is_spotted_whole(
    extractor: Extractor, text: str, name: str, reading: tuple[str, str]
) -> None:
    assert readings(run(extractor, text), name) == {reading}, text


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Sen. Lincoln spoke in Little Rock on Monday.", ["Little Rock"]),
        ("The bait shop at 197 N. Cedar St. Henry bought it in May.", ["Henry"]),
        ("She was taken to St. Mary's Hospital in Rochester.", ["Rochester"]),
        ("Pupils of St. John's Lutheran School in Lombard won the contest.", ["Lombard"]),
        ("Pupils of St. Michael's Catholic School ride buses from Woodstock.", ["Woodstock"]),
    ],
)
def test_titles_streets_and_saints_are_no_abbreviated_names(
    extractor: Extractor, text: str, places: list[str]
) -> None:
    assert spotted(run(extractor, text)) == places, text


# --- a word the text also writes in lower case is a common word capitalised ----------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Man charged after crash. A Goose Creek man was charged on Monday in Charleston.", "Man"),
        ("Scouts from Pack 122 in Norfolk collected food, and each pack brought cans.", "Pack"),
        ("The Section 2AA title went to a team from Minnesota, the best in the section.", "Section"),
        ("Bell rang out in Dover as the church bell marked the hour.", "Bell"),
    ],
)
def test_a_word_the_text_writes_in_lower_case_is_no_place(extractor: Extractor, text: str, word: str) -> None:
    found = spotted(run(extractor, text))
    assert found and word not in found, text


def test_a_country_written_in_lower_case_too_stays_a_place(extractor: Extractor) -> None:
    assert "Turkey" in spotted(run(extractor, "Turkey farmers in Ankara said turkey prices rose."))


# --- the place an office or a public body is named after ------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Butler County Auditor Roger Reynolds said the county is drafting new policies.", "Butler County"),
        (
            "According to the Gainesville Public Utilities department, the spill was noticed at noon.",
            "Gainesville",
        ),
        ("Anderson County Sheriff Greg Taylor said the reward might help.", "Anderson County"),
        ("The Paris Public Library will offer a free workshop on Monday.", "Paris"),
    ],
)
def test_the_place_an_office_is_named_after_is_spotted(extractor: Extractor, text: str, place: str) -> None:
    r = run(extractor, text)
    assert [(m.text, m.role) for m in r.mentions] == [(place, "origin")], text


def test_a_body_named_by_its_business_names_no_place(extractor: Extractor) -> None:
    assert (
        spotted(run(extractor, "The Food and Drug Administration recalled 380 million eggs on Friday.")) == []
    )


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Anderson County Sheriff Greg Taylor spoke on Monday. Taylor was first elected in 2004.",
            ["Anderson County"],
        ),
        (
            "Butler County Coroner Richard Marion ruled on the case. Marion was a nurse before.",
            ["Butler County"],
        ),
        ("Mayor Tom Jackson opened the fair. Jackson thanked the volunteers.", []),
    ],
)
def test_the_name_after_an_office_is_a_person(extractor: Extractor, text: str, places: list[str]) -> None:
    assert spotted(run(extractor, text)) == places, text


# --- a country met by its name written in parts, and a country next to another --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Refugees from the Democratic Republic of Congo reached Kigali and Butare on Monday.",
        "Nurses in Gulu and Lira treated patients from the Democratic Republic of Congo.",
        "Traders in Mombasa and Kisumu said coffee from the Democratic Republic of Congo arrived late.",
    ],
)
def test_a_country_met_by_its_joined_name_is_kept(extractor: Extractor, text: str) -> None:
    assert readings(run(extractor, text), "Democratic Republic of Congo") == {("CD", "country")}, text


@pytest.mark.parametrize(
    "text",
    [
        "The plane flew from Cape Verde, Senegal officials said.",
        "Officials in Kigali and Butare said the plane flew from Cape Verde, Senegal officials said.",
        "Ministers in Nairobi met envoys from Cape Verde, Central African Republic and Chad.",
    ],
)
def test_a_country_is_not_read_as_the_country_named_after_it(extractor: Extractor, text: str) -> None:
    assert readings(run(extractor, text), "Cape Verde") == {("CV", "country")}, text


# --- a name the text uses as a place is no common word and no speaker ----------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Iraqi forces launched an offensive to retake Hit on Friday. Air strikes hit militant"
            " positions near the town, and 15 militants were killed in Hit.",
            "Hit",
        ),
        ("Clashes erupted in Mosul on Friday. The mosul dam was not hit.", "Mosul"),
        ("Flooding closed two schools in Mobile on Monday, a parent said on a mobile phone.", "Mobile"),
        ("Protesters in Nice said the ban was wrong. 'It was not nice,' one said.", "Nice"),
    ],
)
def test_a_place_the_text_also_writes_in_lower_case_stays_a_place(
    extractor: Extractor, text: str, place: str
) -> None:
    found = spotted(run(extractor, text))
    assert found and set(found) == {place}, (text, found)


def test_a_hashtag_is_no_word_the_text_writes_in_lower_case(extractor: Extractor) -> None:
    text = "Bell residents cheered the verdict on Monday. #bell #verdict"
    assert spotted(run(extractor, text)) == ["Bell"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Kobani says Islamic State car bombs killed 20 people on Saturday. Kurdish fighters in Kobani"
            " repelled the attack.",
            ["Kobani"],
        ),
        (
            "Manbij says Turkish shelling killed five civilians on Sunday. Shells landed in Manbij's market.",
            ["Manbij"],
        ),
        (
            "Daraya said it had no more medicine after government shelling killed 4 on Friday. Barrel bombs"
            " hit Daraya again on Saturday.",
            ["Daraya"],
        ),
        ("Ferguson said Tuesday it would hire more police. Ferguson police are investigating.", ["Ferguson"]),
    ],
)
def test_a_place_that_speaks_once_is_still_a_place_elsewhere(
    extractor: Extractor, text: str, places: list[str]
) -> None:
    assert spotted(run(extractor, text)) == places, text


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Marion said the new road would open in June, speaking in Adelaide.", ["Adelaide"]),
        ("Onkaparinga said the budget was tight, at a meeting in Adelaide.", ["Adelaide"]),
        ("Salisbury said the new road would open in June, speaking in Adelaide.", ["Adelaide"]),
        ("Marion told reporters in Sydney the fence would be mended.", ["Sydney"]),
    ],
)
def test_only_a_government_or_a_big_city_speaks(extractor: Extractor, text: str, places: list[str]) -> None:
    assert spotted(run(extractor, text)) == places, text


# --- a kind word before a letter is no first name -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "The Syrian army recaptured Hill T. Aleppo residents said shelling continued.",
            ["Aleppo"],
        ),
        (
            "Settlers demolished 12 homes in Area C. Hebron residents said more were at risk. Police in"
            " Hebron made no arrests.",
            ["Hebron", "Hebron"],
        ),
        ("Troops crossed into Zone B. Kirkuk officials said the road was closed.", ["Kirkuk"]),
    ],
)
def test_a_kind_word_and_a_letter_are_no_person_s_name(
    extractor: Extractor, text: str, places: list[str]
) -> None:
    assert [p for p in spotted(run(extractor, text)) if p in places] == places, text


# --- a museum, a jail or a prison is struck where it stands -------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A bomb destroyed part of the Mosul Museum on Friday, killing two guards.", "Mosul"),
        ("Militants shelled the Palmyra Museum on Saturday, killing a guard.", "Palmyra"),
        ("Fighter jets struck the Idlib Jail on Sunday, killing six inmates.", "Idlib"),
        ("A car bomb exploded outside the Kandahar Prison on Monday, killing four.", "Kandahar"),
    ],
)
def test_a_museum_jail_or_prison_is_where_the_event_is(extractor: Extractor, text: str, place: str) -> None:
    r = run(extractor, text)
    assert [(m.text, m.role) for m in r.mentions] == [(place, "event")], text


# --- ranks are titles --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Army Pvt. Jackson was killed by a roadside bomb in Kandahar province.", ["Kandahar"]),
        ("Marine Cpl. Marion died of wounds in Helmand on Monday.", ["Helmand"]),
        ("Det. Columbia said the suspect fled toward Dayton.", ["Dayton"]),
    ],
)
def test_a_name_after_a_rank_is_a_person(extractor: Extractor, text: str, places: list[str]) -> None:
    assert spotted(run(extractor, text)) == places, text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighter jets struck Idlib Central Jail on Sunday, killing six inmates.", "Idlib"),
        ("Rebels shelled the Aleppo Central Prison on Monday, killing two guards.", "Aleppo"),
        ("A car bomb exploded near the Homs Central Market, killing nine.", "Homs"),
    ],
)
def test_a_site_with_a_compass_word_is_where_the_event_is(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    assert [(m.text, m.role) for m in r.mentions] == [(place, "event")], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Activists in Zabadani and Madaya said the residents were starving. Aid trucks reached Madaya on"
            " Saturday.",
            "Madaya",
        ),
        ("Doctors in Douma, Harasta and Arbin said they had no more medicine.", "Arbin"),
        ("Medics in Idlib and Saraqib told reporters that 12 people died in the raids.", "Saraqib"),
    ],
)
def test_the_last_place_listed_after_a_preposition_does_not_speak(
    extractor: Extractor, text: str, place: str
) -> None:
    assert place in spotted(run(extractor, text)), text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police: Man charged after shooting in Hartman\nA man was charged in Hartman, Arkansas.", "Man"),
        ("Update: Van found burned near Hartman\nA van was found burned in Hartman, Arkansas.", "Van"),
        ("Sheriff - Man held after robbery in Hartman\nThe man was held in Hartman, Arkansas.", "Man"),
    ],
)
def test_a_word_opening_a_headline_part_is_no_big_city(extractor: Extractor, text: str, word: str) -> None:
    # after a colon or dash a headline's part begins: its capital is no sign of a name, and the
    # text writes the word in lower case too
    assert mentions(run(extractor, text), word) == []


# --- a name in the possessive before a person's home or family is a person's ---------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Mourners gathered at Bell's home on Sunday. Bell said the family would sue.", []),
        ("Police arrived at Marion's house before dawn. Marion said she heard two shots.", []),
        ("A vigil was held at Carter's funeral in Lexington on Saturday.", ["Lexington"]),
        ("Gunmen shot dead a man at Johnson's shop on Friday.", []),
    ],
)
def test_a_possessive_before_a_home_or_family_is_a_person(
    extractor: Extractor, text: str, places: list[str]
) -> None:
    assert spotted(run(extractor, text)) == places, text


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Gunfire rang out in Aleppo's eastern districts on Sunday.", ["Aleppo"]),
        ("Clashes erupted in Syria's north on Sunday.", ["Syria"]),
        (
            "Hartman said the road was closed. Floodwater covered the streets in Hartman's downtown.",
            ["Hartman"],
        ),
    ],
)
def test_a_possessive_before_a_part_of_a_place_is_the_place(
    extractor: Extractor, text: str, places: list[str]
) -> None:
    assert spotted(run(extractor, text)) == places, text


# --- a museum, library or centre named after a person -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the Abraham Lincoln Presidential Library on Friday, killing two guards.",
        "A bomb exploded near the Carter Presidential Library, killing a guard.",
        "A gunman opened fire at the Reagan Presidential Center on Sunday.",
        "Protesters rallied outside the Kennedy Memorial Library on Monday.",
    ],
)
def test_a_site_named_after_a_person_names_no_place(extractor: Extractor, text: str) -> None:
    assert spotted(run(extractor, text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Visitors at the Lincoln Museum fled when shots rang out. It holds letters Abraham Lincoln wrote.",
        "A fire damaged the Carter Library on Sunday. Jimmy Carter was not there.",
        "Gunmen attacked the Truman Museum, which honours President Truman, on Friday.",
    ],
)
def test_a_site_named_by_one_name_the_text_gives_a_person_names_no_place(
    extractor: Extractor, text: str
) -> None:
    assert spotted(run(extractor, text)) == [], text


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The Dayton Museum reopened on Monday. Mayor Nan Whaley of Dayton spoke.", ["Dayton", "Dayton"]),
        ("Militants shelled the Palmyra Museum on Saturday. Khaled Asaad had run it.", ["Palmyra"]),
    ],
)
def test_a_site_named_after_a_town_stays_in_it(extractor: Extractor, text: str, places: list[str]) -> None:
    assert spotted(run(extractor, text)) == places, text


# --- a list after a preposition before "said": only places ---------------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Reporters in Dayton, Coach Miller and Huff said the game would go ahead.", ["Dayton"]),
        ("Residents of Benton, John Taylor and Harlan said the water was unsafe.", ["Benton"]),
        (
            "Speaking in Little Rock, President Clinton and Marion told reporters the bill would pass.",
            ["Little Rock"],
        ),
        ("Officers in Toledo, Deputy Carter and Bell said the suspect fled on foot.", ["Toledo"]),
    ],
)
def test_a_list_with_a_person_before_said_lists_people(
    extractor: Extractor, text: str, places: list[str]
) -> None:
    assert spotted(run(extractor, text)) == places, text


# --- a short word in a sentence written in capitals ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("FIGHTING IN CAR KILLS 12 VILLAGERS", "CAR"),
        ("UN PEACEKEEPERS KILLED IN CAR AMBUSH", "CAR"),
        ("BOMB HITS BUS IN HOMS, KILLING 9", "BUS"),
    ],
)
def test_a_short_word_in_capitals_is_no_small_place(extractor: Extractor, text: str, word: str) -> None:
    assert mentions(run(extractor, text), word) == [], text


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("BOMB HITS BUS IN HOMS, KILLING 9", "HOMS", "SY"),
        ("ROCKETS HIT GAZA AFTER TRUCE COLLAPSES", "GAZA", "PS"),
        ("SUICIDE BOMBER KILLS 20 IN KUT", "KUT", "IQ"),
    ],
)
def test_a_big_city_in_capitals_stays_a_place(
    extractor: Extractor, text: str, word: str, country: str
) -> None:
    assert readings(run(extractor, text), word) == {(country, "city")}, text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Three people were killed in a car bomb blast in Azaz's car market on Friday, activists said.",
            "Azaz",
        ),
        ("A car bomb exploded near Jarablus's car park on Tuesday, killing five people.", "Jarablus"),
        (
            "Rockets struck Harasta's home-made weapons workshops on Sunday, killing three fighters.",
            "Harasta",
        ),
        (
            "Shells hit Kafranbel's office of the local council, killing two employees, activists said.",
            "Kafranbel",
        ),
    ],
)
def test_a_towns_possessive_before_a_longer_noun_phrase_keeps_the_town(
    extractor: Extractor, text: str, town: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2018, 5, 20)))
    assert any(m.text == town and m.role == "event" and m.candidate is not None for m in r.mentions)
    assert any(i.latitude is not None for i in r.incidents)
