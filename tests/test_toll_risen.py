"""A toll that rose for one event ("the death toll from Saturday's car bomb in the market climbed to
24") is that event's dead, however many words name the event; a toll summed over many events or a
period ("the overall toll", "the toll in 24 hours of shelling", "the toll from three days of air
strikes") is a running total; a transitive "bringing/raising the toll to N" stays a running total."""

from __future__ import annotations

import pytest

from incident_explorer.extraction.claims import claimant_of, find_claims


def claims(text: str) -> list[tuple[int, str]]:
    found = find_claims(text, 0, claimant_of(text, {}))
    return [(c.low, c.kind) for c in found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The toll from the suicide attack on the police academy has risen to 30, officials said.",
            [(30, "killed")],
        ),
        (
            "The death toll from Saturday's car bomb near the central market climbed to 24 on Monday.",
            [(24, "killed")],
        ),
        (
            "Police said the death toll in the attack on the bus station in the north now stood at 19.",
            [(19, "killed")],
        ),
        (
            "The death toll of the warplanes' massacre in the market of the town rises to 44",
            [(44, "killed")],
        ),
        (
            "Rescuers said the number of dead in the collapse of the shelled building had reached 12.",
            [(12, "killed")],
        ),
    ],
)
def test_the_toll_of_one_event_as_it_rose_is_its_dead(text: str, found: list[tuple[int, str]]) -> None:
    assert claims(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "The overall death toll from the air strikes on the eastern suburbs rose to 80, the monitor said.",
        "The death toll in 24 hours of shelling on the besieged district has risen to 61.",
        "The toll from three days of bombardment of the old city climbed to 112, medics said.",
        "The death toll of the campaign on the southern countryside so far has reached 230.",
        "Air strikes killed 12 people on Monday, bringing the toll to 80.",
    ],
)
def test_a_toll_summed_over_events_is_a_running_total(text: str) -> None:
    kinds = [kind for _, kind in claims(text)]
    assert kinds[-1] == "total"
