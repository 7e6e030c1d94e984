"""Places listed before a parent told with "in" ("A and B in the eastern countryside of Y", "A, B
and C in Y province") all lie in it: the first members are read inside the parent, not as a big
namesake abroad. A parent told by a comma ("Louisville, Ky.") holds the last member only."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_readings

from incident_explorer.extraction.pipeline import Extractor

DAY = date(2019, 6, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Helicopters dropped barrel bombs on Saida and Jiza in the eastern countryside of Daraa on Monday.",
        "Warplanes struck Saida, Nawa and Kahil in Daraa province on Sunday, wounding ten people.",
        "Rebels shelled Saida and Kahil in the Daraa countryside overnight, killing a child.",
    ],
)
def test_the_first_member_lies_in_the_lists_parent(extractor: Extractor, text: str) -> None:
    readings = dict((name, place) for name, place, _ in event_readings(extractor, DAY, text))
    # the Daraa village (Sayda), not the Algerian city of the name
    assert readings.get("Saida") == "Sayda", readings


def test_a_comma_parent_holds_the_last_member_only(extractor: Extractor) -> None:
    text = (
        "Gunmen opened fire in Denver, Indianapolis and Louisville, Ky., on Saturday, killing three people."
    )
    readings = dict((name, place) for name, place, _ in event_readings(extractor, DAY, text))
    assert readings.get("Denver") == "Denver" and readings.get("Indianapolis") == "Indianapolis", readings
