"""Event towns the spotter lost although the geocoder knows them under another spelling: a name
of two consonants ("Heet" for Hit) and a name written in two words that the gazetteer writes as
one ("Abu Dwaq" for Abudwaq).

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


def event_country(r: Extraction, name: str) -> str:
    found = [m for m in r.mentions if m.text == name]
    assert found, [m.text for m in r.mentions]
    m = found[0]
    assert m.role == "event", m.reason
    assert m.candidate is not None, m.reason
    return m.candidate.place.country_code


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "A car bomb exploded outside a police station in Heet in Iraq's Anbar province on Friday, "
            "killing seven people.",
            "Heet",
            "IQ",
        ),
        (
            "Rebels attacked a checkpoint near Daael in Deraa province on Friday, killing two soldiers.",
            "Daael",
            "SY",
        ),
        (
            "Russian jets bombed a bakery in Heesh in southern Idlib on Friday, killing five civilians.",
            "Heesh",
            "SY",
        ),
    ],
)
def test_a_two_consonant_name_spelt_otherwise_in_a_locative_phrase_is_spotted(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    assert event_country(run(extractor, text), name) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Gunmen ambushed a minibus near Abu Dwaq in central Somalia on Friday, killing three traders.",
            "Abu Dwaq",
            "SO",
        ),
        (
            "Al Shabaab fighters overran an army post in Abu Dwaq in the Galgaduud region on Friday.",
            "Abu Dwaq",
            "SO",
        ),
        (
            "A roadside bomb hit a patrol near Bad Rah in Wasit province on Friday, killing two officers.",
            "Bad Rah",
            "IQ",
        ),
    ],
)
def test_a_name_written_apart_that_the_gazetteer_writes_joined_is_spotted(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    assert event_country(run(extractor, text), name) == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The senator said in the House on Friday that the shooting was a tragedy.", "House"),
        ("Gunmen shot a driver on Route 9 near the bridge on Friday, police said.", "Route"),
        ("A gunman wounded two pupils in Teen Club's hall on Friday, police said.", "Teen"),
    ],
)
def test_an_english_word_that_spells_a_european_village_stays_unspotted(
    extractor: Extractor, text: str, word: str
) -> None:
    assert word not in [m.text for m in run(extractor, text).mentions]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "A drone strike hit a car near Mudiyah on Friday, killing three suspected militants, "
            "the government said in a statement read in Riyadh.",
            "Mudiyah",
            "YE",
        ),
        (
            "Drones hit a fuel depot in Zinjibar on Friday, killing two guards, the coalition said "
            "in a statement it issued in Riyadh.",
            "Zinjibar",
            "YE",
        ),
        (
            "Militants ambushed a convoy near Wana on Friday, killing six soldiers, officials said, "
            "blaming fighters sheltering in Afghanistan.",
            "Wana",
            "PK",
        ),
    ],
)
def test_a_place_named_only_in_a_quiet_clause_abroad_leaves_the_event_town_its_country(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    """Where someone spoke, or whence fighters came, said in a clause of its own set the story's
    country; the event town, which reads by its own name only in another, was lost."""
    assert event_country(run(extractor, text), name) == country


def test_a_namesake_across_the_world_is_no_event_town_for_a_quiet_clauses_place(extractor: Extractor) -> None:
    r = run(
        extractor,
        "Gunmen killed four shepherds near Hays on Friday, the Houthi-run Saba agency said, "
        "as envoys met in Muscat.",
    )
    hays = next(m for m in r.mentions if m.text == "Hays")
    assert hays.candidate is None or hays.candidate.place.country_code != "US"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Government jets bombed Douma on Friday, killing 12 people, as peace talks opened in Geneva.",
            "Douma",
            "SY",
        ),
        (
            "As foreign ministers met in Geneva on Friday, rebel shells hit Douma, killing three children.",
            "Douma",
            "SY",
        ),
        (
            "Gunmen ambushed an army convoy near Miranshah on Friday, killing five soldiers, officials "
            "said, blaming commanders sheltering in Afghanistan.",
            "Miranshah",
            "PK",
        ),
    ],
)
def test_an_event_town_whose_best_readings_tie_in_one_country_is_read_there(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    """With nothing in focus "Douma" ties with a village of the same country (and "Miranshah"
    reads best as Miran Shah by a spelling): the reading with that country in focus is its place,
    not a reason to drop it."""
    assert event_country(run(extractor, text), name) == country


@pytest.mark.parametrize(
    ("text", "venue", "name"),
    [
        (
            "As ministers met in Paris, shelling struck Idlib on Friday, wounding nine people.",
            "Paris",
            "Idlib",
        ),
        (
            "While envoys gathered in Vienna, shelling hit Harasta on Friday, wounding four.",
            "Vienna",
            "Harasta",
        ),
        ("When diplomats met in Rome on Friday, bombing hit Aleppo, killing four people.", "Rome", "Aleppo"),
    ],
)
def test_an_opening_as_or_while_clause_ends_at_its_comma(
    extractor: Extractor, text: str, venue: str, name: str
) -> None:
    """A gerund after the comma ("shelling struck") had read as a participle going on with the
    opening clause, which then reported violence at the venue abroad."""
    r = run(extractor, text)
    roles = {m.text: m.role for m in r.mentions}
    assert (roles[venue], roles[name]) == ("mentioned", "event")
    assert event_country(r, name) == "SY"


@pytest.mark.parametrize(
    "text",
    [
        "As ministers met in Brussels, air strikes hit Saraqib on Friday, killing seven people.",
        "Air strikes hit Manbij on Friday, killing seven people, as ministers met in Brussels.",
        "Rebel shells hit Harasta on Friday, killing two, as talks went on in Geneva.",
    ],
)
def test_a_village_without_namesakes_abroad_keeps_its_country_beside_talks_far_away(
    extractor: Extractor, text: str
) -> None:
    """A town of fewer than 100,000 named beside talks more than 2,500 km away was dropped as a
    guess among namesakes even when every close reading of its name lies in one country."""
    r = run(extractor, text)
    name = next(m.text for m in r.mentions if m.role == "event")
    assert event_country(r, name) == "SY"
