"""The unit that stands in for an event place the gazetteer lacks is context, not a second event
place, when the text names it as where that place lies: "X in Y province's Z district" (Z read
nowhere, its province standing in), "the X camp on the outskirts of Y, the capital of W" (X read
nowhere, Y standing in). The incident stays placed at that unit. (The villages and camps are
made up; the units are real.)"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 9, 20)


@pytest.mark.parametrize(
    ("text", "place", "unit"),
    [
        (
            "Insurgents beheaded four farmers in the village of Mbalaxi in Niassa province's Mecula "
            "district, police said in Maputo on Friday.",
            "Mbalaxi",
            "Mecula",
        ),
        (
            "Insurgents attacked the village of Namuno Sede in Niassa province's Metarica district on "
            "Friday, killing three militiamen, the police said in Lichinga.",
            "Namuno Sede",
            "Metarica",
        ),
        (
            "Armed men killed six people in the Tindaro camp for displaced people on the outskirts of "
            "Nyala, the capital of South Darfur, on Monday.",
            "Tindaro",
            "Nyala",
        ),
    ],
)
def test_the_unit_standing_in_is_context(extractor: Extractor, text: str, place: str, unit: str) -> None:
    found = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in found.mentions}
    assert roles[place] == "event"
    assert roles[unit] == "mentioned"
    (incident,) = found.incidents
    assert incident.latitude is not None
    assert incident.place_text.startswith(place)
