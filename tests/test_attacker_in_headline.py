"""A state the text shows attacking a place it names ("Israel's air force struck positions near
Nabatieh") is the attacker wherever it is told attacking, also in a headline that names no other
place ("Israel strikes Hezbollah targets"): not an incident in the attacker's own country."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 11)


@pytest.mark.parametrize(
    ("text", "attacker", "place"),
    [
        (
            "Pakistan strikes militants\n\nPakistan's army said its jets struck militant hideouts in"
            " Afghanistan's Khost province on Sunday, killing 20 militants.",
            "Pakistan",
            "Kh",
        ),
        (
            "Israel strikes Hezbollah targets\n\nIsrael's air force struck Hezbollah positions near"
            " Nabatieh on Monday, killing three fighters, the military said.",
            "Israel",
            "Nabat",
        ),
        (
            "Turkey shells Kurdish fighters\n\nTurkish artillery shelled Kurdish positions near Tal Rifaat"
            " on Sunday, killing four fighters. Turkey's army said it hit 20 targets in Tal Rifaat.",
            "Turkey",
            "Tall Rif",
        ),
    ],
)
def test_a_state_shown_attacking_abroad_is_no_event_place_in_the_headline(
    extractor: Extractor, text: str, attacker: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert not [m for m in r.mentions if m.text == attacker and m.role == "event"], [
        (m.text, m.role, m.reason) for m in r.mentions
    ]
    assert [i.location for i in r.incidents if i.location.startswith(place)], r.incidents
    assert not [i.location for i in r.incidents if i.location.startswith(attacker)], r.incidents


def test_a_state_told_attacking_no_named_place_stays_the_place(extractor: Extractor) -> None:
    text = (
        "Nigeria bombs militants\n\nNigeria's air force bombed a militant camp on Friday, killing dozens,"
        " the military said."
    )
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.location for i in r.incidents] == ["Nigeria"], r.incidents
