"""Wire shapes the extractor lost: a town that opens a sentence its residents speak in, the
capital of a country reported from abroad, and the like.

Each rule on several differently worded sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2019, 3, 16)  # a Saturday


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


def event_at(r: Extraction, name: str) -> tuple[str, str]:
    """The event mention of ``name``: its place's name and country."""
    found = [m for m in r.mentions if m.text == name]
    assert found, [m.text for m in r.mentions]
    m = found[0]
    assert m.role == "event", m.reason
    assert m.candidate is not None
    return m.candidate.place.name, m.candidate.place.country_code


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Afgoye residents said militants stormed an army post on Friday, killing five soldiers.",
            "Afgoye",
            "SO",
        ),
        (
            "MOGADISHU (Reuters) - Afgoye villagers told Reuters that gunmen shot dead four men "
            "at a checkpoint on Thursday.",
            "Afgoye",
            "SO",
        ),
        (
            "Jerablus elders reported that a car bomb killed six people near the bus station.",
            "Jerablus",
            "SY",
        ),
        (
            "Kismaayo locals say a roadside bomb wounded seven traders near the market.",
            "Kismaayo",
            "SO",
        ),
    ],
)
def test_a_town_whose_residents_speak_at_a_sentences_opening_is_a_place(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    assert event_at(run(extractor, text), place)[1] == country


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        (
            "NAIROBI (Reuters) - Sudan's army and a paramilitary force traded artillery fire in the "
            "capital on Friday, killing at least 40 civilians, a medics' group said.",
            "Khartoum",
            "SD",
        ),
        (
            "AMMAN (Reuters) - A car bomb exploded outside a ministry in the Iraqi capital on "
            "Thursday, killing nine people, police said.",
            "Baghdad",
            "IQ",
        ),
        (
            "JOHANNESBURG (AFP) - Gunmen stormed a seafront hotel in the country's capital overnight, "
            "killing 20 guests, Somalia's police said on Friday.",
            "Mogadishu",
            "SO",
        ),
        (
            "CAIRO (Reuters) - Rival militias clashed with heavy weapons in the Libyan capital on "
            "Friday, killing 12 people, the health ministry said.",
            "Tripoli",
            "LY",
        ),
    ],
)
def test_the_capital_reported_from_abroad_is_the_named_countrys_capital(
    extractor: Extractor, text: str, capital: str, country: str
) -> None:
    r = run(extractor, text)
    assert event_at(r, "capital") == (capital, country)
    placed = [i for i in r.incidents if i.latitude is not None]
    assert placed and all(i.country_code == country for i in placed), [i.location for i in placed]


@pytest.mark.parametrize(
    "text",
    [
        # a provincial or regional capital, or one named right after, is no national capital
        "KABUL (Reuters) - Taliban fighters attacked the provincial capital on Friday, killing "
        "eight police, Afghan officials said.",
        "NAIROBI (Reuters) - Sudan's foreign minister held talks in the capital on Friday with "
        "envoys from Chad.",
        "AMMAN (Reuters) - Mortar bombs hit the capital Damascus on Friday, killing three people, "
        "Syrian state media said.",
    ],
)
def test_no_national_capital_where_the_text_says_otherwise(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    assert not [m for m in r.mentions if m.text == "capital"]


@pytest.mark.parametrize(
    ("text", "first", "event", "country"),
    [
        (
            "Washington, Jordan and Israel said on Friday they would press for a truce after an air "
            "strike killed 12 people in Rafah.",
            "Washington",
            "Rafah",
            "PS",
        ),
        (
            "Kabul, Pakistan and Iran said the bombing that killed nine worshippers in Jalalabad "
            "must be investigated.",
            "Kabul",
            "Jalalabad",
            "AF",
        ),
        (
            "Baghdad, Syria and Turkey said the drone strike that killed four fighters near Mosul "
            "broke the law.",
            "Baghdad",
            "Mosul",
            "IQ",
        ),
        (
            "Riyadh, Cairo, Abu Dhabi and Amman said they deplored the shelling that killed seven "
            "civilians in Taiz.",
            "Riyadh",
            "Taiz",
            "YE",
        ),
    ],
)
def test_names_listed_before_a_speech_verb_are_speakers_not_a_town_in_a_country(
    extractor: Extractor, text: str, first: str, event: str, country: str
) -> None:
    r = run(extractor, text)
    opening = next(m for m in r.mentions if m.text == first)
    assert opening.role != "event", opening.reason
    assert "," not in opening.query, opening.query  # no parent: not "Washington, Jordan"
    assert event_at(r, event)[1] == country


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA (Reuters) - A car bomb killed six people at a market in Ras al-Ain on Friday, Turkey's "
        "defence ministry said. The wounded were treated in the Turkish border town of Ceylanpinar.",
        "ISTANBUL (AP) — Turkey said a bomb killed five people in Ras al-Ain on Friday. Ras al-Ain lies "
        "opposite the Turkish town of Ceylanpinar, where the wounded were taken, Turkish officials in "
        "Ankara said.",
        "Turkish-backed fighters shelled Ras al-Ain on Friday, killing four people, Ankara said, as "
        "Turkish troops reinforced Ceylanpinar across the frontier and Istanbul hosted talks.",
    ],
)
def test_a_name_is_not_the_place_the_text_names_by_its_own_name(extractor: Extractor, text: str) -> None:
    """Ceylanpinar's gazetteer entry holds "Ras al-Ain" as an old name; the text names Ceylanpinar
    by its own name, so its Ras al-Ain is the other town, across the border."""
    r = run(extractor, text)
    found = [m for m in r.mentions if m.text == "Ras al-Ain"]
    assert found and all(m.candidate and m.candidate.place.country_code == "SY" for m in found)


def test_a_neighbourhood_read_as_its_city_stays_the_city(extractor: Extractor) -> None:
    r = run(extractor, "Shells landed in the Seif al-Dawla neighbourhood of Aleppo city, wounding 13.")
    city = [m.candidate for m in r.mentions if m.text == "Aleppo" and m.candidate]
    assert city and all(c.place.feature.value == "city" for c in city)


@pytest.mark.parametrize(
    "text",
    [
        "In February, the monitor recorded 180 civilian deaths across the country. Air strikes "
        "killed 31 civilians in Maarat al-Numan. Shelling killed six people in Saraqeb.",
        "During February, the network documented the killing of 96 civilians. Government shelling "
        "killed 14 civilians in Daraa, and a car bomb killed seven in Azaz.",
        "The group counted 44 attacks on schools in February. Mortar fire hit a school in Douma, "
        "killing four pupils. Another attack killed a teacher in Harasta.",
    ],
)
def test_a_monthly_round_up_dates_its_events_in_its_month(extractor: Extractor, text: str) -> None:
    r = run(extractor, text)
    placed = [i for i in r.incidents if i.latitude is not None]
    assert placed
    for i in placed:
        assert (i.event_date, i.date_end, i.date_prec) == (date(2019, 2, 1), date(2019, 2, 28), 4), (
            i.date_reason
        )


def test_a_month_long_past_is_no_round_ups_period(extractor: Extractor) -> None:
    r = run(
        extractor,
        "In October, rebels captured the town after a long siege. Shelling killed six people in "
        "Saraqeb, the monitor said.",
    )
    saraqeb = [i for i in r.incidents if "Saraqib" in i.location]
    assert saraqeb and saraqeb[0].date_prec != 4


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "Government shelling hit Daraa al-Balad on Tuesday, killing four civilians, activists said.",
            "Daraa al-Balad",
            "Dar'a",
        ),
        (
            "Air strikes on Deir ez-Zor al-Jadida killed seven people on Friday, the monitor said.",
            "Deir ez-Zor al-Jadida",
            "Deir ez-Zor",
        ),
        (
            "Two children died when a shell landed in Maarat al-Numan al-Sharqi overnight.",
            "Maarat al-Numan al-Sharqi",
            "Ma‘arrat an Nu‘mān",
        ),
        (
            "Jasim al-Balad was shelled on Friday, killing three people.",
            "Jasim al-Balad",
            "Jāsim",
        ),
    ],
)
def test_a_known_town_with_an_arabic_qualifier_is_spotted_whole(
    extractor: Extractor, text: str, name: str, place: str
) -> None:
    """The gazetteer lacks the whole name; the spotter takes it, and the geocoder reads it at
    the town it is named after, less sure."""
    assert event_at(run(extractor, text), name) == (place, "SY")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Daraa governorate: On 3 March, unidentified gunmen shot dead a former rebel commander.",
            "Daraa",
            "SY",
        ),
        ("Deraa province: On 5 March, an air strike killed two civilians in a market.", "Deraa", "SY"),
        ("Henan province reported twelve more deaths from the outbreak on Friday.", "Henan", "CN"),
    ],
)
def test_a_name_opening_a_sentence_before_a_unit_word_is_that_unit(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    found = [m for m in run(extractor, text).mentions if m.text.startswith(name)]
    assert found and found[0].candidate is not None, [m.text for m in found]
    place = found[0].candidate.place
    assert (place.feature.value, place.country_code) == ("admin1", country)


@pytest.mark.parametrize(
    ("text", "town", "event"),
    [
        (
            "GOMA, Congo (Reuters) - Rebels killed 18 civilians in an attack on Beni on Sunday night, "
            "officials said.",
            "GOMA",
            "Beni",
        ),
        (
            "BUNIA, Congo (AP) — Gunmen attacked a displacement camp in Djugu territory on Friday, "
            "killing 22 people, a local official said.",
            "BUNIA",
            "Djugu",
        ),
        (
            "BENI, Congo (Reuters) - Suspected rebels hacked seven farmers to death in Oicha overnight, "
            "the army said on Friday.",
            "BENI",
            "Oicha",
        ),
    ],
)
def test_a_dateline_town_the_country_after_it_lacks_is_the_neighbours_town(
    extractor: Extractor, text: str, town: str, event: str
) -> None:
    """'Congo' names the Republic of the Congo in the gazetteer; Goma, Bunia and Beni lie next
    door, in the Democratic Republic: the dateline and the story are there."""
    r = run(extractor, text)
    dateline = next(m for m in r.mentions if m.text == town)
    assert dateline.candidate is not None and dateline.candidate.place.country_code == "CD"
    assert all(m.candidate.place.country_code == "CD" for m in r.mentions if m.candidate is not None)
    assert event_at(r, event)[1] == "CD"


def test_a_month_that_counts_nothing_is_no_round_ups_period(extractor: Extractor) -> None:
    # one event of a month just ended, then the report's own: dated to publication, not the month
    for text in (
        "In February, the government and rebels agreed a truce in Idlib. Gunmen killed five people near"
        " Saraqeb.",
        "In February, the army reopened the highway to Aleppo. A car bomb killed seven in Azaz.",
        "Last month the council elected a new mayor in Douma. Shelling killed four people in Harasta.",
    ):
        r = run(extractor, text)
        placed = [i for i in r.incidents if i.latitude is not None]
        assert placed and all(i.date_prec != 4 for i in placed), text


def test_the_capital_with_two_countries_named_is_no_ones(extractor: Extractor) -> None:
    # the speakers' country is named by an adjective, another country by its name: which capital
    # is meant is not said, and no other country's capital is taken
    for text, speakers in (
        (
            "BEIRUT (Reuters) - Iraqi officials said a car bomb exploded in the capital on Friday,"
            " killing 12, as Syria's government condemned the attack.",
            "IQ",
        ),
        (
            "AMMAN (Reuters) - Syrian state media said rockets hit the capital on Friday, killing three,"
            " and Lebanon's army went on alert.",
            "SY",
        ),
        (
            "NAIROBI (Reuters) - Somali police said a bomb went off in the capital on Friday, killing six,"
            " as Kenya's president called for calm.",
            "SO",
        ),
    ):
        r = run(extractor, text)
        capitals = [m for m in r.mentions if m.text == "capital" and m.candidate]
        assert all(m.candidate.place.country_code == speakers for m in capitals), text
