"""A place that names an office ("the Kandahar police chief", "the Ghazni deputy governor") in a
sentence reporting violence is the office's area, not the event's place, when the sentence names
another; alone, it is where it happened."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 11)


@pytest.mark.parametrize(
    ("text", "office", "place"),
    [
        (
            "A Taliban suicide bomber killed the Kandahar police chief at a meeting in Helmand on Sunday.",
            "Kandahar",
            "Helmand",
        ),
        (
            "Gunmen shot dead the Ghazni deputy governor on a highway near Kabul on Monday, police said.",
            "Ghazni",
            "Kabul",
        ),
        (
            "A roadside bomb killed the Kirkuk police commander and two guards in Hawija on Monday.",
            "Kirkuk",
            "Hawija",
        ),
    ],
)
def test_an_office_area_beside_an_event_place_is_no_event_place(
    extractor: Extractor, text: str, office: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(office) == "mentioned" and roles.get(place) == "event", [
        (m.text, m.role, m.reason) for m in r.mentions
    ]
    assert len(r.incidents) == 1, r.incidents


def test_an_office_area_alone_is_the_event_place(extractor: Extractor) -> None:
    text = "A suicide bomber killed the Kandahar police chief on Sunday, officials said."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.location.split(",")[0] for i in r.incidents] == ["Kandahār"], r.incidents
