"""A casualty range said as one figure ("between 10 and 15", "10 to 15", "six or seven", "at least 10
and as many as 15") is one claim with both ends, not two tolls, nor its high or low end alone; a
toll that changed ("rose from 10 to 15") and numbers that are not a range stay as they were."""

from __future__ import annotations

import pytest

from incident_explorer.extraction.claims import claimant_of, estimate, find_claims


def claims(text: str) -> list[tuple[int, int | None, str, str]]:
    found = find_claims(text, 0, claimant_of(text, {}))
    return [(c.low, c.high, c.kind, c.qualifier) for c in found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "between X and Y", before the people or after the verb, digits or words
        (
            "Between 10 and 15 people were killed in the air strike on the market.",
            [(10, 15, "killed", "range")],
        ),
        ("The shelling killed between eight and ten civilians in the village.", [(8, 10, "killed", "range")]),
        (
            "Witnesses said between 20 and 30 protesters were wounded by live fire.",
            [(20, 30, "wounded", "range")],
        ),
        # "X to Y", "X-Y", "X or Y"
        ("Air strikes killed 10 to 15 people in the town overnight.", [(10, 15, "killed", "range")]),
        ("Some 40-50 fighters were killed in the clashes, the monitor said.", [(40, 50, "killed", "about")]),
        ("Rebels said they killed six or seven soldiers at the checkpoint.", [(6, 7, "killed", "range")]),
        ("The blast wounded 12 – 14 passengers on the bus.", [(12, 14, "wounded", "range")]),
        # both ends said with their own words
        ("At least 10 and as many as 15 people were killed in the raid.", [(10, 15, "killed", "range")]),
        ("Police said at least 3 and up to 5 officers were injured.", [(3, 5, "wounded", "range")]),
    ],
)
def test_a_range_is_one_claim_with_both_ends(
    text: str, found: list[tuple[int, int | None, str, str]]
) -> None:
    assert claims(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a toll that changed is its new figure, not a range
        ("The death toll rose from 10 to 15 people killed, officials said.", None),
        # two figures of two kinds, and two places' figures, are two claims
        ("Gunmen killed 4 and wounded 12 in the attack on the church.", [(4, 4), (12, 12)]),
        ("Clashes between 200 and 300 fighters left 12 dead near the dam.", [(12, 12)]),
        ("The shells killed 3 people and 5 others were wounded in the camp.", [(3, 3), (5, 5)]),
    ],
)
def test_not_a_range(text: str, found: list[tuple[int, int | None]] | None) -> None:
    got = find_claims(text, 0, None)
    assert all(c.qualifier != "range" for c in got)
    if found is not None:
        assert sorted((c.low, c.high) for c in got) == sorted(found)


def test_a_range_gives_low_and_high_and_its_low_end_as_best() -> None:
    text = "Between 10 and 15 people were killed in the strike, the monitor said."
    est = estimate(find_claims(text, 0, "the monitor"))
    assert (est.low, est.best, est.high) == (10, 10, 15)
