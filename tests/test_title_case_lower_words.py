"""Title-case headlines that keep some words in lower case (shouting.py): a house style that
lowers every preposition ("toward", "over", "amid") and the particles of Arabic names ("al-Bab",
"Deir ez-Zor") is still a title-case headline, read in sentence style; before, one such word made
the whole headline read as written, every capitalised word a name and "al-Bab" lost."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.shouting import title_case

PUBLISHED = date(2019, 5, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Warplanes Pound al-Bab Countryside And Kill Six Farmers",
        "Rebels Push toward Hama Airport amid Heavy Russian Raids",
        "Mortar Shells Fall on Deir ez-Zor Neighbourhood, Wounding Nine",
        "Gunmen Open Fire over Land Dispute Near Baiji, Killing Two",
    ],
)
def test_a_headline_with_lower_case_prepositions_or_particles_is_title_case(text: str) -> None:
    assert title_case(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling on al-Bab killed five people on Monday, a monitor said.",
        "The rebels were pushed back toward Deir ez-Zor after two days of fighting.",
        "Talks in Geneva stalled over the fate of Aleppo, diplomats said.",
    ],
)
def test_a_sentence_in_sentence_case_is_not_title_case(text: str) -> None:
    assert not title_case(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Government Jets Bomb al-Bab And Kill Seven Civilians In Its Market", "al-Bab"),
        ("Three Children Die In Rocket Attack On Maarat al-Numan", "Maarat al-Numan"),
        ("Roadside Bomb Hits Army Patrol In Deir ez-Zor, Killing Four Soldiers", "Deir ez-Zor"),
    ],
)
def test_the_event_place_of_a_headline_with_lower_case_words_is_found(
    extractor: Extractor, text: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    found = {m.text: m for m in r.mentions}
    assert place in found and found[place].role == "event", [(m.text, m.role) for m in r.mentions]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Two Killed in Shelling near Kafr Nabl as Clashes Continue over Jurin", {"Kafr Nabl", "Jurin"}),
        ("Bomb Explodes near Market in Jisr al-Shughur, Killing Three", {"Jisr al-Shughur"}),
        ("Clashes Erupt over Checkpoint outside Sirte as Explosions Shake Port", {"Sirte"}),
        ("Rebels Report Heavy Shelling on al-Bab and Explosions in Its Market", {"al-Bab"}),
    ],
)
def test_a_capitalised_common_noun_in_such_a_headline_is_no_place(
    extractor: Extractor, text: str, places: set[str]
) -> None:
    # "Shelling" had been read as Selenge, Mongolia; "Market", "Checkpoint" as places too
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text for m in r.mentions} == places
