"""The town a place is told to lie near ("X near Y", "X, outside Y", "X, close to the town of Y")
holds nothing: its reason calls it a landmark near the place, not a place enclosing it, while a
unit told to hold the place ("X in Y region", "X, Y") still encloses it. Sentences of our own; the
villages are names no gazetteer holds."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.roles import ENCLOSES, MENTIONED

PUBLISHED = date(2019, 3, 12)


def _reasons(extractor: Extractor, text: str) -> dict[str, tuple[str, str]]:
    found = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return {m.text: (m.role, m.reason) for m in found.mentions}


@pytest.mark.parametrize(
    ("text", "village", "town"),
    [
        (
            "Gunmen killed five people in Zorvani near Diffa on Sunday night, a local official said.",
            "Zorvani",
            "Diffa",
        ),
        (
            "Militants stormed Kwarbali, near Maiduguri, on Monday, killing four farmers.",
            "Kwarbali",
            "Maiduguri",
        ),
        (
            "Bandits killed six villagers in Tungar Kelbo close to Gusau on Tuesday, police said.",
            "Tungar Kelbo",
            "Gusau",
        ),
    ],
)
def test_the_near_town_is_a_landmark_not_a_holder(
    extractor: Extractor, text: str, village: str, town: str
) -> None:
    reasons = _reasons(extractor, text)
    role, reason = reasons[town]
    assert role == MENTIONED
    assert reason.startswith(f"a landmark near {village}{ENCLOSES}"), reason
    assert "encloses" not in reason


@pytest.mark.parametrize(
    ("text", "village", "unit"),
    [
        ("Gunmen killed five people in Zorvani in Diffa region on Sunday.", "Zorvani", "Diffa"),
        (
            "Militants stormed the village of Kwarbali in Borno state on Monday, killing four farmers.",
            "Kwarbali",
            "Borno",
        ),
        (
            "Bandits killed six villagers in Tungar Kelbo, Zamfara, on Tuesday, police said.",
            "Tungar Kelbo",
            "Zamfara",
        ),
    ],
)
def test_a_unit_holding_the_place_still_encloses_it(
    extractor: Extractor, text: str, village: str, unit: str
) -> None:
    role, reason = _reasons(extractor, text)[unit]
    assert role == MENTIONED
    assert reason.startswith(f"encloses {village}{ENCLOSES}"), reason
