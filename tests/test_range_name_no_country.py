"""A range's name read as a town of its name ("Tessalit in the Adrar mountains": Adrar, Algeria;
"in the Zawiya mountains": Zawiya, Libya) is no clue to the story's country: before, it made the
story Algerian or Libyan and left the town in the range unplaced as a small town abroad."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 11)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Jihadists attacked a military camp at Tessalit in the Adrar mountains on Saturday, killing three"
            " soldiers, the army said.",
            "Tessalit",
        ),
        (
            "Government shelling killed three civilians in Kansafra in the Zawiya mountains on Sunday.",
            "Kansafrah",
        ),
        ("Militants killed three soldiers near Abeibara in the Adrar hills on Sunday.", "Abeïbara"),
    ],
)
def test_a_town_in_a_range_named_like_a_town_abroad_is_placed(
    extractor: Extractor, text: str, town: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.location.split(",")[0] for i in r.incidents] == [town], r.incidents
