"""Forms of place names and of the words around them that spotting must read (spotting.py,
shouting.py): chains of venue kinds in title-case headlines, offices written with hyphens,
Romance particles inside names, a place named after a country's possessive."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2021, 3, 6)  # a Saturday


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


def roles(r: Extraction) -> dict[str, str]:
    return {m.text: m.role for m in r.mentions}


def country_of(r: Extraction, name: str) -> str | None:
    m = next(m for m in r.mentions if m.text == name)
    return m.candidate.place.country_code if m.candidate else None


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Car Bomb Hits Mogadishu Military Training Camp, Dozens Dead", "Mogadishu", "SO"),
        ("Gunmen Attack Maiduguri Displacement Camp, Killing Six", "Maiduguri", "NG"),
        ("Rebels Shell Primary School In Idlib, Killing Seven Children", "Idlib", "SY"),
        ("Gunmen Attack Polling Station In Jalalabad, Two Killed", "Jalalabad", "AF"),
        ("Militants Raid Girls School In Maiduguri, Dozens Missing", "Maiduguri", "NG"),
    ],
)
def test_a_title_case_chain_of_venue_kinds_is_a_common_noun(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    # "Primary", "Polling", "Girls" were read as places; "Mogadishu Military Training Camp" was
    # one unknown name: the chain of kinds before a venue noun is lower case
    r = run(extractor, text)
    assert roles(r) == {place: "event"}, text
    assert country_of(r, place) == country


def test_a_title_case_name_ending_in_centre_stays_readable(extractor: Extractor) -> None:
    # "trade" and "medical" are no kinds of venue: "World Trade Center" keeps its words; a school
    # or a centre after a name is named after it ("Kennedy Elementary School": no place Kennedy)
    r = run(extractor, "Hijacked Jets Hit World Trade Center In New York, Thousands Feared Dead")
    assert roles(r) == {"New York": "event"}
    r = run(extractor, "Police Station Of Kandahar Comes Under Rocket Fire")
    assert "Kandahar" in roles(r)
    r = run(extractor, "Gunman Opens Fire Near Kennedy Elementary School, Two Hurt")
    assert "Kennedy" not in roles(r)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Air Strike Hits Migrant Detention Centre in Libya's Tajoura, Dozens Feared Dead", "Tajoura", "LY"),
        ("Shells fell overnight on a camp near Libya's Tajoura, killing two children.", "Tajoura", "LY"),
        ("Fighting flared again in Syria's Menbej on Monday, a monitor said.", "Menbej", "SY"),
    ],
)
def test_a_name_after_a_countrys_possessive_in_a_locative_phrase_is_a_place(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    # "in Libya's X": the possessive of a country or province in a locative phrase says the name
    # after it is a place there, also when the gazetteer knows it only by its transliteration key
    r = run(extractor, text)
    assert roles(r).get(place) == "event", text
    assert country_of(r, place) == country


def test_a_possessive_of_a_person_makes_no_locative_phrase(extractor: Extractor) -> None:
    r = run(extractor, "Soldiers searched Mr Haddad's Menbej warehouse on Friday.")
    assert "Menbej" not in roles(r)


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary-General condemned the attack in Goma on Monday, his spokesman said.",
        "A Secretary-General's envoy said the siege of Mariupol must end at once.",
        "Police arrested the Vice-President of the union after riots in Lahore.",
    ],
)
def test_an_office_written_with_hyphens_is_no_place(extractor: Extractor, text: str) -> None:
    # "Secretary" (Maryland) and "Vice" were spotted from the office's parts
    r = run(extractor, text)
    assert not any(m.text in ("Secretary", "Vice", "General", "President") for m in r.mentions), roles(r)
    assert len(r.mentions) == 1


def test_places_joined_by_a_hyphen_stay_places(extractor: Extractor) -> None:
    r = run(extractor, "Trade across the Turkey-Syria border halted after shelling near Kilis.")
    assert {"Turkey", "Syria", "Kilis"} <= set(roles(r))


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Insurgents took control of the port of Mocimboa da Praia on 12 August.", "Mocimboa da Praia", "MZ"),
        (
            "Mocimboa da Praia's harbour was shelled again on Friday, residents said.",
            "Mocimboa da Praia",
            "MZ",
        ),
        ("Gunmen killed three traders in Ciudad del Este on Monday.", "Ciudad del Este", "PY"),
        (
            "A bomb exploded outside a bank in Santiago de los Caballeros overnight.",
            "Santiago de los Caballeros",
            "DO",
        ),
    ],
)
def test_a_name_with_a_romance_particle_is_one_place(
    extractor: Extractor, text: str, place: str, country: str
) -> None:
    # "da", "del", "de los" ended the run: "Mocimboa" and "Praia" (Cape Verde), "Este" (Italy)
    r = run(extractor, text)
    assert roles(r) == {place: "event"}, roles(r)
    assert country_of(r, place) == country


def test_a_particle_joins_no_names_the_gazetteer_lacks_whole(extractor: Extractor) -> None:
    # "Why do Americans" joins nothing; "Tour de France" is no place, nor is "Tour" in it
    r = run(extractor, "Why do Americans care about the shelling of Kabul?")
    assert set(roles(r)) == {"Kabul"}
    r = run(extractor, "Cyclists of the Tour de France rode through Lyon on Sunday.")
    assert set(roles(r)) == {"Lyon"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shelling hit Saqba, Jisrin and Kafr Batna on Monday, rescuers said.", "Jisrin"),
        ("Government Jets Bomb Douma, Jisrin And Hammouriyeh, Killing 14", "Hammouriyeh"),
        ("Rebels shelled Harasta and Jisrin on Friday, state media said.", "Jisrin"),
    ],
)
def test_a_name_listed_after_a_locative_phrase_is_in_it(extractor: Extractor, text: str, place: str) -> None:
    # a name the gazetteer knows only by its transliteration key was read only in a locative
    # phrase: the second or third of a list after one was lost
    r = run(extractor, text)
    assert roles(r).get(place) == "event", roles(r)
    assert country_of(r, place) == "SY"


@pytest.mark.parametrize(
    "text",
    [
        "Residents fled Saqba and Jisrin after the shelling.",  # "fled" makes no locative phrase
        "He was seen in Douma, Jisrin officials said on Friday.",  # a comma lists nothing here
        "The convoy left in May, Hammouriyeh residents said.",  # a month is no listed place
    ],
)
def test_a_name_after_a_list_with_no_locative_phrase_needs_its_exact_name(
    extractor: Extractor, text: str
) -> None:
    r = run(extractor, text)
    assert not {"Jisrin", "Hammouriyeh"} & set(roles(r)), roles(r)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("GOMA, Congo (Reuters) - Artillery fire pounded the outskirts of Sake on Wednesday.", "Sake"),
        (
            "JOS, Nigeria (AP) — Farmers fled their villages near Bokkos after gunmen killed 12 people.",
            "Bokkos",
        ),
        ("BEIRUT (AFP) - Twin suicide bombings in a southern suburb of Tripoli killed 43 people.", "Tripoli"),
        (
            "KINSHASA (Reuters) - Gold miners were among 20 people killed in an attack near Mongbwalu.",
            "Mongbwalu",
        ),
    ],
)
def test_the_word_after_a_wire_dateline_opens_the_sentence(
    extractor: Extractor, text: str, place: str
) -> None:
    # "Artillery", "Farmers", "Twin", "Gold" are hamlets somewhere: the first word after the
    # dateline is read as a sentence's first word (a place only when a well-known one)
    r = run(extractor, text)
    assert {m.text for m in r.mentions if m.role == "event"} == {place}, roles(r)


def test_a_well_known_place_after_a_wire_dateline_stays_a_place(extractor: Extractor) -> None:
    r = run(extractor, "MOGADISHU (Reuters) - Mogadishu residents fled shelling on Sunday.")
    assert roles(r).get("Mogadishu") == "event"
