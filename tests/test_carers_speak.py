"""Those who treat or rescue the wounded speak from where they work ("a health worker in X said",
"doctors at a hospital in X said", "a rescuer in X said"): once the report has told its event
place, X is where the wounded were brought or the speaker is, not a second place of the attack.
Alone in the report, their town stays where it happened, as local officials' does. Read by the
rules alone (`rules`): the learned models weigh some such towns down already, not all."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.pipeline import Extractor
from tests.conftest import roles_of

PUBLISHED = date(2021, 6, 9)


@pytest.mark.parametrize(
    ("text", "event", "speaker"),
    [
        (
            "Gunmen killed five farmers in Guma on Monday. A health worker in Makurdi said two of the "
            "wounded were in a critical condition.",
            "Guma",
            "Makurdi",
        ),
        (
            "A car bomb killed eight people at a market in Tuz Khurmatu on Friday. Doctors at a makeshift "
            "hospital in Kirkuk said they were running out of blood to treat the wounded.",
            "Tuz Khurmatu",
            "Kirkuk",
        ),
        (
            "Shelling killed a woman and her two children in Kafr Takharim on Sunday. A rescuer in "
            "Salqin said two of the dead were children.",
            "Kafr Takharim",
            "Salqin",
        ),
        (
            "A suicide bomber struck a police post in Lashkar Gah on Tuesday, killing six. Ambulance "
            "staff in Gereshk said most of the wounded were policemen.",
            "Lashkar Gah",
            "Gereshk",
        ),
    ],
)
def test_carers_town_is_where_they_speak(rules: Extractor, text: str, event: str, speaker: str) -> None:
    roles = roles_of(rules, PUBLISHED, text)
    assert roles[event] == "event"
    assert roles[speaker] == "mentioned"


@pytest.mark.parametrize(
    "text",
    [
        "Doctors in Kunduz said 12 people were killed when a bomb exploded at a market on Friday.",
        "Medics in Gao said three soldiers died when their vehicle hit a mine on Tuesday.",
        "Rescuers in Derna said they had pulled nine bodies from a house hit by a rocket on Monday.",
    ],
)
def test_carers_town_alone_is_where_it_happened(rules: Extractor, text: str) -> None:
    roles = roles_of(rules, PUBLISHED, text)
    assert "event" in roles.values()
