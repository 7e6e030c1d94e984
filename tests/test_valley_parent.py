""" "The X valley of Y": Y holds the valley, as "the X district of Y" does. The valley is read in Y,
or Y stands in for it where the gazetteer lacks it, and Y is no second event place; a valley
named like its district ("the Kurram valley of Kurram district") keeps today's reading.

Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2022, 3, 14)  # a Monday


def _read(extractor: Extractor, text: str) -> tuple[dict[str, str], set[tuple[str | None, str | None]]]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    return roles, {(i.country_code, i.admin1) for i in r.incidents if i.latitude is not None}


@pytest.mark.parametrize(
    ("text", "valley", "unit", "where"),
    [
        (
            "Troops killed seven rebels in the Maidan valley of Lower Dir district on Monday.",
            "Maidan",
            "Lower Dir",
            {("PK", "Khyber Pakhtunkhwa")},
        ),
        (
            "Drones hit a compound in the Shawal valley of North Waziristan on Monday, killing six fighters.",
            "Shawal",
            "North Waziristan",
            {("PK", "Khyber Pakhtunkhwa")},
        ),
        (
            "Militants ambushed a patrol in the Korengal valley of Kunar province on Monday, killing two"
            " soldiers.",
            "Korengal",
            "Kunar",
            {("AF", "Konar")},
        ),
    ],
)
def test_the_unit_after_valley_of_holds_the_valley(
    extractor: Extractor, text: str, valley: str, unit: str, where: set[tuple[str, str]]
) -> None:
    roles, placed = _read(extractor, text)
    assert roles[valley] == "event"
    assert roles[unit] != "event"
    assert placed == where


def test_a_valley_named_like_its_district_reads_as_before(extractor: Extractor) -> None:
    _, placed = _read(
        extractor, "Gunmen ambushed a convoy in the Kurram valley of Kurram district on Monday."
    )
    assert placed == {("PK", "Khyber Pakhtunkhwa")}
