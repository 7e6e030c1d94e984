"""The story's country (placing.place_mentions' focus): a loose spelling abroad does not move a
story whose country the text names; a town abroad reached by another of its names is no well-known
place to move it to; a country listed second across a border is no clue to it, nor a country a
headline names before "border"; and a story that names countries across a border is not read as
the conflict country's."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.acronyms import acronyms
from incident_explorer.extraction.events import casualty_figures, event_words
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.placing import place_mentions
from incident_explorer.extraction.sentences import sentences
from incident_explorer.extraction.shouting import readable

PUBLISHED = date(2019, 6, 3)


def _focus(extractor: Extractor, text: str) -> str | None:
    """The story's country as the extractor's placing stage decides it."""
    article = articles.from_text(text, published=PUBLISHED)
    written = sentences(article.text)
    sents = readable(written, extractor.events, extractor.actors.acronym_words)
    triggers = event_words(sents, extractor.events, article.published)
    figures = casualty_figures(sents, acronyms(article.text), written)
    placed = place_mentions(
        extractor.geocoder,
        article,
        sents,
        triggers,
        not_places=extractor.actors.names,
        votes=extractor.actors.country_votes(article.text),
        figures=figures,
    )
    return placed.focus


@pytest.mark.parametrize(
    "text",
    [
        # Nampala (Mali) is spelt like Nampula (Mozambique)
        "Jihadists stormed an army camp in Nampala on Sunday, killing 12 soldiers, Mali's army said "
        "in Bamako.",
        "Gunmen raided the gendarmerie post in Nampala on Monday, killing four, Mali's security ministry "
        "said from Bamako.",
        "Militants overran the army post in Nampala, killing seven, Mali's defence ministry said in Bamako "
        "on Thursday.",
    ],
)
def test_a_spelling_abroad_does_not_move_a_story_that_names_its_country(
    extractor: Extractor, text: str
) -> None:
    assert _focus(extractor, text) == "ML"


@pytest.mark.parametrize(
    "text",
    [
        # Boni is one of Bonn's other names
        "Jihadists torched three lorries on the road near Boni on Saturday, a driver told reporters in "
        "Mopti.",
        "Gunmen killed six traders on the road outside Boni on Tuesday, a local official in Douentza said.",
        "A roadside bomb near Boni killed three soldiers on Monday, an army officer said in Mopti.",
    ],
)
def test_another_name_of_a_town_abroad_does_not_move_the_story(extractor: Extractor, text: str) -> None:
    assert _focus(extractor, text) == "ML"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Four gendarmes died when gunmen struck Markoye, close to the border with Mali and Niger, "
            "officials in Ouagadougou said on Tuesday.",
            "BF",
        ),
        (
            "Gunmen killed eight villagers in Kamanyola, in South Kivu near the border with Rwanda and "
            "Burundi, on Friday, the army said.",
            "CD",
        ),
        (
            "Militants storm air base near Pakistan border\n"
            "Gunmen stormed an air force base in Pathankot on Saturday, killing three soldiers.",
            "IN",
        ),
        ("Rocket attack near Lebanon border\nRockets hit Kiryat Shmona on Monday, wounding two.", "IL"),
    ],
)
def test_countries_across_the_border_do_not_decide_the_story(
    extractor: Extractor, text: str, country: str
) -> None:
    assert _focus(extractor, text) == country


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four gendarmes in Markoye near the border with Mali and Niger on Tuesday.",
        "Five soldiers were killed when their convoy hit a mine near Markoye, close to the Niger border.",
        "Gunmen killed five soldiers in an attack on Kelbo, near the border with Niger, on Sunday.",
        "Jihadists raided Talataye near the border with Niger on Tuesday, killing 40 civilians.",
    ],
)
def test_a_story_beside_the_countries_it_names_is_not_the_conflict_countrys(
    extractor: Extractor, text: str
) -> None:
    # nothing else names the story's country: it is none, not Syria's by a spelling there
    assert _focus(extractor, text) != "SY"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rebels of the Allied Democratic Forces killed nine villagers in Mamove on Sunday.", "CD"),
        ("Fighters of the Rapid Support Forces stormed Wad al-Nura on Wednesday, killing dozens.", "SD"),
        ("SPLA-IO rebels said they had captured Pagak after heavy fighting on Saturday.", "SS"),
        ("M23 rebels killed 20 civilians in Kishishe and Bambo last week, a U.N. investigation found.", "CD"),
        ("CODECO militiamen killed 22 displaced people at Plaine Savo on Tuesday night.", "CD"),
    ],
)
def test_an_armed_group_names_the_country_it_fights_in(extractor: Extractor, text: str, country: str) -> None:
    # villages the gazetteer lacks or holds abroad: the group says where the story is
    assert _focus(extractor, text) == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Artillery fired from inside Eritrea shelled Shiraro overnight, killing a herder.", "ER"),
        ("Local officials blamed Rwanda for the shelling of Bunagana on Friday, which killed two.", "RW"),
        ("The governor accused Eritrea of shelling Zalambessa on Monday, killing five.", "ER"),
    ],
)
def test_where_the_fire_came_from_or_whom_the_text_blames_is_not_the_story(
    extractor: Extractor, text: str, country: str
) -> None:
    assert _focus(extractor, text) != country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Militants overran an army post in Dhobley, across the border from Kenya's Liboi, killing five.",
            "SO",
        ),
        ("Shelling hit Tal Abyad, across the border from Akcakale, on Sunday, killing three.", "SY"),
        (
            "Fighting flared in Myawaddy, across the border from Thailand's Mae Sot, on Friday, killing two.",
            "MM",
        ),
    ],
)
def test_a_town_across_the_border_from_the_event_is_a_landmark(
    extractor: Extractor, text: str, country: str
) -> None:
    assert _focus(extractor, text) == country
