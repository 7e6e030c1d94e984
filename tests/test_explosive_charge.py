""" "An explosive charge" is a remote explosive (an IED), as "an explosive device" is: a sentence
that tells one went off reports violence. Before, no event word was read and the sentence made
no incident (or its place was only mentioned).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("An explosive charge planted under a bridge went off near Mosul on Monday.", "Mosul"),
        ("An explosive charge hidden in a cart went off beside a bus in Quetta on Tuesday.", "Quetta"),
        (
            "Police said an explosive charge attached to a fuel truck went off at a market in Arish "
            "on Sunday.",
            "Arish",
        ),
    ],
)
def test_an_explosive_charge_is_an_explosion(extractor: Extractor, text: str, place: str) -> None:
    found = extractor.extract(from_text(text, published=date(2018, 8, 23)))
    assert [i.sub_event_type for i in found.incidents] == ["Remote explosive/landmine/IED"]
    assert next(m for m in found.mentions if m.text == place).role == "event"
