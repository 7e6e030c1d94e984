"""A compass word before the part of a place it names ("In The Southeastern Countryside Of Idlib",
"the Northwestern Outskirts of X") is no place of the compass word's name (Southeastern is an
alternate name of Oman's South Ash Sharqiyah governorate): the places around it are read in their
country and the compass word is not their parent."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

DAY = date(2018, 3, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Regime Warplanes Pound Kafr Nabl In The Southeastern Countryside Of Idlib, Killing 4 Civilians",
        "Shells fell on villages in the Southeastern outskirts of Daraa on Monday, wounding two children.",
        "Turkish Drones Strike Two Cars In The Southeastern Suburbs Of Qamishli, Killing 3",
    ],
)
def test_a_compass_word_before_a_part_is_no_place(extractor: Extractor, text: str) -> None:
    assert "Southeastern" not in roles_of(extractor, DAY, text), text


def test_a_compass_word_alone_is_read_as_before(extractor: Extractor) -> None:
    # (no part named after it: the word as the text gives it, whatever the gazetteer makes of it)
    roles = roles_of(extractor, DAY, "Protests spread across Southeastern Nigeria on Monday.")
    assert "Nigeria" in roles
