"""Where an advance heads ("captured X on Monday, pushing on towards Y", "as the militia pushed
on toward Y", "drove them back towards Y"), beside the place the sentence tells it reached, is no
event place; alone ("troops advanced towards Y") the fighting is around Y. (Sentences of our own.)"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2016, 2, 9)


@pytest.mark.parametrize(
    ("text", "event", "heading"),
    [
        (
            "Government forces seized the village of Hardatnin on Tuesday after heavy air strikes, "
            "pushing on towards Tal Rifaat, a monitoring group said.",
            "Hardatnin",
            "Tal Rifaat",
        ),
        (
            "Militants overran an army post in Gwoza on Friday, killing five soldiers, and moved "
            "further toward Bama, residents said.",
            "Gwoza",
            "Bama",
        ),
        (
            "Rebels captured Goma on Sunday after a day of fighting, then marched south towards the "
            "town of Bukavu, witnesses said.",
            "Goma",
            "Bukavu",
        ),
        (
            "Kurdish fighters seized Tal Abyad on Tuesday, killing dozens of militants, and advanced "
            "south towards Ain Issa, a monitor said.",
            "Tal Abyad",
            "Ain Issa",
        ),
    ],
)
def test_where_an_advance_heads_beside_its_place(
    extractor: Extractor, text: str, event: str, heading: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[heading] == "mentioned"


def test_an_advance_towards_a_town_alone_is_fighting_there(extractor: Extractor) -> None:
    assert (
        roles_of(extractor, PUBLISHED, "Government troops advanced towards Raqqa on Monday, a monitor said.")[
            "Raqqa"
        ]
        == "event"
    )


@pytest.mark.parametrize(
    ("text", "event", "heading"),
    [
        (
            "Mortar fire killed two children in Kafr Nabl on Sunday, rescuers said, after "
            "pro-government militias tried to advance towards Khan Sheikhoun.",
            "Kafr Nabl",
            "Khan Sheikhoun",
        ),
        (
            "Gunmen torched the market in Gwoza on Friday, killing four traders, as the militants "
            "began to move toward Bama, residents said.",
            "Gwoza",
            "Bama",
        ),
        (
            "A drone strike hit a school in Kostiantynivka on Friday, killing three people, as the "
            "fighting edged towards Druzhkivka, officials said.",
            "Kostiantynivka",
            "Druzhkivka",
        ),
    ],
)
def test_every_form_of_the_verb_heads_toward(
    extractor: Extractor, text: str, event: str, heading: str
) -> None:
    """The bare verb after "tried to" and "began to", and "edged", head toward Y as "pushed" does."""
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[heading] == "mentioned"


@pytest.mark.parametrize(
    ("text", "event", "heading"),
    [
        (
            "A drone strike hit a market in Bakhmut on Friday, killing three people, as Russian "
            "forces advanced on Chasiv Yar, officials said.",
            "Bakhmut",
            "Chasiv Yar",
        ),
        (
            "Islamic State militants beheaded two shepherds near Hajin on Monday, a monitor said, "
            "as Kurdish-led fighters advanced on the town of Baghouz.",
            "Hajin",
            "Baghouz",
        ),
        (
            "Air strikes killed 12 civilians in Maarat al-Numan on Tuesday while government troops "
            "were advancing on Saraqeb, rescuers said.",
            "Maarat al-Numan",
            "Saraqeb",
        ),
    ],
)
def test_an_advance_on_a_town_beside_the_place_it_struck(
    extractor: Extractor, text: str, event: str, heading: str
) -> None:
    """Beside the place the violence struck, "as troops advanced on Y" tells where they near."""
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[heading] == "mentioned"


def test_an_advance_on_a_town_alone_is_fighting_there(extractor: Extractor) -> None:
    text = "Iraqi troops advanced on Mosul on Monday, killing dozens of militants."
    assert roles_of(extractor, PUBLISHED, text)["Mosul"] == "event"
