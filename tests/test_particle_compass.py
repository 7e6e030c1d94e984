"""The compass word that ends a name after a Romance particle ("Maguindanao del Sur", "X do
Norte") is the name's part: when the gazetteer lacks the whole, it is no place of its own."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 4, 4)


@pytest.mark.parametrize(
    ("text", "event", "part"),
    [
        (
            "Soldiers clashed with gunmen near Datu Piang, Maguindanao del Sur, on Friday, killing three.",
            "Datu Piang",
            "Sur",
        ),
        (
            "Troops killed two rebels outside Buldon, Maguindanao del Norte, on Saturday, the army said.",
            "Buldon",
            "Norte",
        ),
        (
            "Bandits killed a farmer near Palmas, Tocantins do Norte, on Sunday, police said.",
            "Palmas",
            "Norte",
        ),
    ],
)
def test_a_compass_word_after_a_particle_is_no_place(
    extractor: Extractor, text: str, event: str, part: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles[event] == "event"
    assert part not in roles


def test_a_known_whole_name_with_a_compass_word_is_read_whole(extractor: Extractor) -> None:
    text = "A bomb killed two villagers in Sindangan in Zamboanga del Norte on Monday, police said."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert "Zamboanga del Norte" in {m.text for m in r.mentions}
