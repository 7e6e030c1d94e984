"""Nigeria's papers write a state with a capital: "in Zamfara State" is the state, not an
organisation named after it (as "Zamfara State Police Command" is)."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 8, 5)


def _placed(extractor: Extractor, text: str) -> list[str]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [i.location for i in r.incidents if i.location]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Gunmen killed 12 villagers in Zamfara State on Monday.", "Zamfara"),
        ("Bandits stormed three villages across Katsina State on Sunday, killing 17 people.", "Katsina"),
        ("Herders attacked farmers in Benue State on Tuesday, leaving nine dead, police said.", "Benue"),
    ],
)
def test_a_state_written_with_a_capital_is_the_state(extractor: Extractor, text: str, state: str) -> None:
    # (each was unplaced: "X State" was read as an organisation based there)
    placed = _placed(extractor, text)
    assert placed and placed[0].startswith(state), placed


def test_a_body_named_after_a_state_still_names_no_event_place(extractor: Extractor) -> None:
    text = "The Zamfara State Police Command said gunmen killed six miners in Anka on Friday."
    placed = _placed(extractor, text)
    assert [p.split(",")[0] for p in placed] == ["Anka"], placed
