"""A range of mountains or hills named as where a town lies ("X in the Akrad mountains") is no
parent for the town's reading: the gazetteer reads the range's name as a village of that name
(Al Akrad) or a town abroad (Zawiya, Libya), whose point had stood in for the town, or whose
neighbours had lent it a loose spelling (review17a). Texts of our own, none from tests/wire/."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 20)


@pytest.mark.parametrize(
    ("text", "town", "range_name", "reading"),
    [
        (
            "Government shelling killed four civilians in Kabani in the Akrad mountains on Tuesday.",
            "Kabani",
            "Akrad",
            "Kabanah",
        ),
        (
            "Shelling killed three people in Bdama in the Latakia hills on Friday.",
            "Bdama",
            "Latakia",
            "Bdāmā",
        ),
        (
            "Air strikes hit Kafr Nabl in the Zawiya mountains on Monday, killing nine.",
            "Kafr Nabl",
            "Zawiya",
            # read in Syria since the range's name votes for no country (Zawiya, Libya: rev18)
            "Kafranbel",
        ),
    ],
)
def test_a_range_lends_no_reading_to_the_town_it_holds(
    extractor: Extractor, text: str, town: str, range_name: str, reading: str | None
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    got = {m.text: m for m in r.mentions}
    assert got[town].role == "event"
    assert got[range_name].role == "mentioned"
    # the town by its own name (Kabanah, not the village of Al Akrad; Bdāmā, not a loose spelling
    # in Latakia province), or unread: never at the range's reading (Zawiya, Libya)
    read = got[town].candidate
    assert (read.place.name if read is not None else None) == reading
    assert all(inc.country_code != "LY" for inc in r.incidents)
