"""A name the story's country lacks, read by its own name (or a transliteration of it) in a
country bordering it that the text names by name or adjective, within 500 km of a place of the
story's country the text names, is that place next door, not a guess left unread. A namesake a
continent away, or next door in a country the text never names, stays unread; a town named with
its country and a capital named alone keep their readings."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 3, 15)


def _read(extractor: Extractor, text: str, name: str) -> tuple[str, str]:
    r = extractor.extract(from_text(text, published=PUBLISHED))
    m = next(m for m in r.mentions if m.text == name)
    return (m.role, m.candidate.place.country_code) if m.candidate else (m.role, "")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Turkish artillery shelled Kurdish positions around Tal Rifaat on Saturday, the Syrian "
            "Observatory said, as officials met in Ankara and Gaziantep.",
            "Tal Rifaat",
            "SY",
        ),
        ("Police in Hatay said Syrian rebels shelled Darkush on Sunday, wounding six.", "Darkush", "SY"),
        (
            "Afghan officials in Jalalabad said Pakistani shells hit Landi Kotal on Tuesday.",
            "Landi Kotal",
            "PK",
        ),
    ],
)
def test_a_place_next_door_in_a_country_the_text_names_is_read_there(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    assert _read(extractor, text, name) == ("event", country)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a namesake a continent away (Moura, Portugal) stays a guess
        ("Officials in Kabul said gunmen killed four policemen in Moura on Monday.", "Moura", ("event", "")),
        # a namesake next door in a country the text never names (Syria's Al Yusufiyah) may be a
        # place of the story's own country the gazetteer lacks: Baghdad stands in, as before
        (
            "Suicide bombers hit a checkpoint in Yusufiyah south of Baghdad on Thursday, police in "
            "Hilla said.",
            "Yusufiyah",
            ("event", "IQ"),
        ),
        # a town abroad named with its country, and a capital named alone, keep their readings
        (
            "Gunmen killed two traders in Chaman, Pakistan, on Monday, Afghan officials said in Kandahar.",
            "Chaman",
            ("event", "PK"),
        ),
        (
            "Al Shabaab fighters killed five soldiers near Beledweyne on Sunday, officials said in Nairobi.",
            "Nairobi",
            ("mentioned", "KE"),
        ),
    ],
)
def test_namesakes_far_off_or_in_an_unnamed_country_keep_their_readings(
    extractor: Extractor, text: str, name: str, expected: tuple[str, str]
) -> None:
    assert _read(extractor, text, name) == expected


@pytest.mark.parametrize(
    ("text", "place", "venue"),
    [
        (
            "Jordanian officials in Amman said Syrian jets struck Nawa on Monday, killing six.",
            "Nawá",
            "Amman",
        ),
        ("Turkish officials in Kilis said Syrian rockets hit Azaz on Monday, killing two.", "I‘zāz", "Kilis"),
        (
            "Turkish officials in Reyhanli said Syrian jets bombed Atmeh on Friday, killing five.",
            "Atmah",
            "Reyhanli",
        ),
    ],
)
def test_where_it_was_told_is_no_event_place_once_the_place_is_read_next_door(
    extractor: Extractor, text: str, place: str, venue: str
) -> None:
    """(review rev29) The speaker's town was the event place while the name stayed unread; read
    next door, the name is where it happened, and the town only where it was told."""
    r = extractor.extract(from_text(text, published=PUBLISHED))
    assert [i.location.split(",")[0] for i in r.incidents] == [place]
    assert next(m for m in r.mentions if m.text == venue).role == "mentioned"
