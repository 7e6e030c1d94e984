"""Casualty figures of shapes read wrong before the fifteenth session (claims15): people killed
together with one named with "a"."""

from __future__ import annotations

import pytest

from incident_explorer.extraction.claims import claimant_of, estimate, find_claims


def claims(text: str) -> list[tuple[int, int | None, str]]:
    found = find_claims(text, 0, claimant_of(text, {}))
    return [(c.low, c.high, c.kind) for c in found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "A member of the family was killed along with his three children in the strike on the farm.",
            [(4, 4, "killed")],
        ),
        (
            "Militiamen shot dead a farmer and his wife and their two daughters at the well.",
            [(4, 4, "killed")],
        ),
        (
            "An old man and 12 of his relatives were killed when the shell hit the wedding.",
            [(13, 13, "killed")],
        ),
        ("A nurse, a driver and a doctor were wounded when the ambulance was hit.", [(3, 3, "wounded")]),
        ("The drone killed a commander together with his two bodyguards on the road.", [(3, 3, "killed")]),
        # kin counted with no number: at least as many as named
        ("The barrel bomb killed a teacher and her family inside their home.", [(2, None, "killed")]),
    ],
)
def test_people_killed_with_one_named_with_a_are_counted_with_the_one(
    text: str, found: list[tuple[int, int | None, str]]
) -> None:
    assert claims(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the one is still one when the others come with their own verb, or did the killing
        (
            "A policeman was killed and 3 others wounded when the mine went off",
            [(1, 1, "killed"), (3, 3, "wounded")],
        ),
        ("A man and his son killed three soldiers at the checkpoint", [(3, 3, "killed")]),
        ("A sniper killed a boy and wounded 4 women near the bakery", [(1, 1, "killed"), (4, 4, "wounded")]),
    ],
)
def test_one_named_with_a_stays_one_without_companions(
    text: str, found: list[tuple[int, int | None, str]]
) -> None:
    assert claims(text) == found


def test_a_family_named_with_one_gives_a_lower_bound() -> None:
    e = estimate(find_claims("A shell killed a woman and her family in the market.", 0, None))
    assert (e.low, e.best, e.high) == (2, 2, None)
