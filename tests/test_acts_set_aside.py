"""Event words that report no act done:

- an act suspended, called off or paused, or promised not to be done ("the army suspended
  offensive operations in X", "called off the air strikes on X", "agreed not to target civilians
  in X"): no event at X;
- "took" in an idiom after an actor ("the truce with the rebels took effect", "militants took part
  in talks", "troops took shelter"): no territory taken ("rebels took the town" still is).

(Sentences of our own.)"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_places

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 4, 8)


def _events(extractor: Extractor, text: str) -> list[str]:
    return event_places(extractor, PUBLISHED, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government said on Monday that the army had suspended military operations against "
        "the rebels in Cauca and Narino for a month.",
        "The coalition called off planned air strikes on Hodeidah on Sunday after the U.N. envoy "
        "announced new talks.",
        "Both sides agreed on Friday not to shell residential areas in Donetsk, the mediators said.",
        "Israel paused its air strikes on Rafah on Thursday to let aid trucks in, officials said.",
    ],
)
def test_an_act_set_aside_reports_no_event(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A ceasefire between the government and FARC dissidents took effect in Guaviare on Monday, "
        "officials said.",
        "Islamist fighters took refuge in Mutarule on Sunday as the floods rose, a spokesman said.",
        "Local militias took shelter in Beni on Saturday as the rains came, residents said.",
    ],
)
def test_took_in_an_idiom_takes_no_territory(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels took the town of Kiwanja on Saturday after the army withdrew, residents said.", "Kiwanja"),
        ("Government troops took Maarat al-Numan on Tuesday after weeks of bombardment.", "Maarat al-Numan"),
    ],
)
def test_territory_taken_is_still_an_event(extractor: Extractor, text: str, place: str) -> None:
    assert place in _events(extractor, text)


# "captured" as an adjective after a determiner tells someone or something taken before, not a
# capture there ("handed over the captured pilot at X"); "rebels captured X", "X was captured"
# stay captures
@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross visited the captured soldiers at a prison outside Taiz on Sunday, it said.",
        "India returned a captured fisherman to Pakistan at the Wagah crossing on Thursday, officials said.",
        "A museum in Misrata put the captured tanks on show on Friday, residents said.",
    ],
)
def test_captured_as_an_adjective_reports_no_capture(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


# ... also after an armed side, which the territory rows read up to three words before a verb
# ("Rebels handed over the captured pilot": found by review rev25)
@pytest.mark.parametrize(
    "text",
    [
        "Rebels handed over the captured pilot to Turkish officials at Bab al-Hawa on Monday.",
        "The militants paraded their captured soldiers through the streets of Mayadin on Sunday.",
        "Government troops freed a captured aid worker in Sirte on Saturday, a spokesman said.",
    ],
)
def test_captured_as_an_adjective_after_an_armed_side_takes_no_territory(
    extractor: Extractor, text: str
) -> None:
    assert _events(extractor, text) == []


def test_a_town_captured_is_still_an_event(extractor: Extractor) -> None:
    assert "Kafr Nabl" in _events(extractor, "Kafr Nabl was captured by government troops on Tuesday.")
