"""Officials, police or leaders in a town who say violence hit another place the sentence names
speak from their town: the other place is where it happened, the town only where it was told
("police in X said mortars hit Y": one incident, at Y). What they say happened to "the city" or
"the town" happened in their own, and alone in its sentence their town is still the event's.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2022, 6, 14)


def _places(extractor: Extractor, text: str) -> list[str]:
    found = extractor.extract(from_text(text, published=PUBLISHED))
    return sorted(i.location.split(",")[0] for i in found.incidents)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iraqi police in Kirkuk said a roadside bomb struck a patrol near Hawija on Friday.", "Al Ḩawījah"),
        (
            "Malian officials in Mopti said jihadists attacked Djenne on Sunday, killing three soldiers.",
            "Djenné",
        ),
        ("Somali police in Kismayo said militants raided Jamame overnight, killing a teacher.", "Jamaame"),
        ("Kenyan police in Mandera said militants raided Beled Hawo at dawn on Sunday.", "Beled Hawo"),
        ("Turkish authorities in Kilis said shells fired across the border struck Azaz on Monday.", "I‘zāz"),
    ],
)
def test_the_place_officials_say_was_hit_is_the_only_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert _places(extractor, text) == [place]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Officials in Kunduz said insurgents attacked the city and Imam Sahib district on Monday.",
            ["Imām Şāḩib", "Kunduz"],
        ),
        ("Police in Ghazni said a suicide bomber killed nine people on Thursday.", ["Ghazni"]),
    ],
)
def test_their_own_town_stays_where_told_of_or_alone(
    extractor: Extractor, text: str, places: list[str]
) -> None:
    assert _places(extractor, text) == places


# ... so do troops, soldiers, forces or commanders who speak from their post ("Chadian troops in
# Bol said they repelled an attack on X"): alone in its sentence their town is still the event's
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Nigerian soldiers in Maiduguri said they killed 20 insurgents near Bama on Sunday.", ["Bama"]),
        ("Afghan forces in Kandahar said Taliban fighters overran a checkpoint in Arghandab.", ["Arghandāb"]),
        ("Iraqi commanders in Kirkuk said militants shelled Hawija overnight, killing two.", ["Al Ḩawījah"]),
        ("Chadian troops in Bol said they repelled an attack on Sunday, killing 20 fighters.", ["Bol"]),
    ],
)
def test_troops_speak_from_their_post(extractor: Extractor, text: str, places: list[str]) -> None:
    assert _places(extractor, text) == places
