"""A sentence that sets its event apart from the one before ("Meanwhile, in X, ...") and opens
with a place phrase says where its event happened, as "In X, ..." does."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 5, 8)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Air strikes hit Saraqib on Monday, killing nine people. "
            "Elsewhere, in Ariha, rebels shelled an army post.",
            "Ariha",
        ),
        (
            "A car bomb killed eight people in Mogadishu on Sunday. "
            "Separately, near Baidoa, gunmen ambushed a convoy and killed four soldiers.",
            "Baidoa",
        ),
        (
            "Police said a suicide bomber killed six worshippers at a mosque in Kano on Friday. "
            "Meanwhile, in Maiduguri, insurgents attacked a military base.",
            "Maiduguri",
        ),
    ],
)
def test_a_place_opening_a_sentence_told_apart_is_its_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert roles[place] == "event"
    assert any(f"'{place}'" in i.place_reason for i in r.incidents)


def test_a_speaker_after_the_opener_still_only_speaks(extractor: Extractor) -> None:
    text = (
        "Gunmen killed five people in Jos on Sunday. "
        "Meanwhile, in Abuja, the president said troops would be sent."
    )
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}["Abuja"] != "event"
