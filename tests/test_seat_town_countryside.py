"""A town named with its countryside ("X and its countryside", "X countryside") is the town or
the area around it: among same-named towns of unknown size, the one that is the seat of a
sub-district named after it keeps its lead, as it does when the name stands alone. Asking for
a town or a unit used to drop that lead, so a namesake village elsewhere, or abroad, won."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2017, 3, 1)


def placed(extractor: Extractor, text: str) -> list[tuple[str | None, str | None]]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [(i.country_code, i.admin1) for i in result.incidents if i.latitude is not None]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a village of the name in Tartus, not the Idlib sub-district's seat
        ("Regime helicopters dropped barrel bombs on Darkosh and its countryside on Tuesday.", "Idlib"),
        # Sarín, Peru
        ("Fighting spread to Sarin and its countryside, activists said.", "Aleppo"),
        # Tallinn, Estonia
        ("Turkish artillery pounded Taleen countryside overnight.", "Tartus"),
        # a village near Latakia
        ("Jets struck Ein Issa and its countryside, killing four people.", "Ar-Raqqah"),
        # a village of the name in Hama
        ("Heavy clashes raged in the Sanjar countryside on Friday.", "Idlib"),
        # a village of the name in Aleppo's A'zaz district
        ("Coalition aircraft hit Ya'robiyah countryside, a monitor said.", "Al-Hasakah"),
    ],
)
def test_the_seat_town_is_read_with_its_countryside(extractor: Extractor, text: str, admin1: str) -> None:
    assert placed(extractor, text) == [("SY", admin1)]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Fighting spread to Sarin, activists said.", "Aleppo"),
        ("Turkish artillery pounded Taleen overnight.", "Tartus"),
        ("Jets struck Ein Issa, killing four people.", "Ar-Raqqah"),
    ],
)
def test_the_name_alone_reads_the_same_town(extractor: Extractor, text: str, admin1: str) -> None:
    assert placed(extractor, text) == [("SY", admin1)]
