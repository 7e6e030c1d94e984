"""A name the spotter knows only by a spelling alike, with no reading in the country named right
after it ("attacked X in Cameroon"), is a place the gazetteer lacks in that country: the country
stands in for it, as it does for a name spotted unknown ("in X in Cameroon"), and the incident's
place text names it. Before, a country was no stand-in on this path, so the name went unread
(the incident at the bare country, or unplaced).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 9, 20)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen raided Talataye in Mali overnight, killing four herders.", "Talataye", "ML"),
        ("Militants stormed Amchide in Cameroon on Friday, killing three soldiers.", "Amchide", "CM"),
        ("Suicide bombers struck Kordo in Chad on Friday, killing three fishermen.", "Kordo", "TD"),
        (
            "Jihadists besieged Talataye in Mali for a week, killing two villagers on Monday.",
            "Talataye",
            "ML",
        ),
        (
            "Rebels shelled Bandongo in the Central African Republic on Friday, killing three.",
            "Bandongo",
            "CF",
        ),
    ],
)
def test_the_country_named_after_it_stands_in_for_the_name(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    found = extractor.extract(from_text(text, published=PUBLISHED))
    mention = next(m for m in found.mentions if m.text == name)
    assert mention.role == "event"
    assert mention.candidate is not None and mention.candidate.place.country_code == country
    assert [i.place_text.split(" (")[0] for i in found.incidents] == [name]


# A name whose every reading, by its own name, lies outside the country the text puts it in
# (Boni is an alternate name of Bonn): the country stands in too, rather than a namesake abroad
# or nothing.
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen killed 12 people in the village of Boni in central Mali.", "Boni", "ML"),
        ("Boko Haram fighters killed nine people in an attack on Salem in Chad on Friday.", "Salem", "TD"),
        ("Jihadists stormed Ouro in Burkina Faso at dawn, killing six.", "Ouro", "BF"),
    ],
)
def test_the_country_named_after_it_stands_in_for_a_name_read_only_abroad(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    found = extractor.extract(from_text(text, published=PUBLISHED))
    mention = next(m for m in found.mentions if m.text == name)
    assert mention.role == "event"
    assert mention.candidate is not None and mention.candidate.place.country_code == country
    assert [i.place_text.split(" (")[0] for i in found.incidents] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a country near it, a list going on, a word made of the country: none puts it there
        "Rebels shelled Zabadani near the Lebanese border on Monday, killing four.",
        "Barrel bombs hit Atareb, west of Aleppo, the Britain-based monitor said.",
        "Shells fell on Qamishli, Turkey and Iraq said, without naming who fired them.",
    ],
)
def test_no_country_stands_in_for_a_town_it_does_not_hold(extractor: Extractor, text: str) -> None:
    found = extractor.extract(from_text(text, published=PUBLISHED))
    assert all(
        m.candidate is None or m.candidate.place.country_code == "SY"
        for m in found.mentions
        if m.role == "event"
    )
