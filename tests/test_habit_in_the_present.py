"""A habit told in the simple present ("frequently attacks convoys", "often raid villages") is
background, as one told in the perfect is: its places are no incident's. A day told after it
makes it the report's own event again.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 7, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The group controls much of the countryside and frequently attacks convoys on the road between"
        " Mogadishu and Baidoa.",
        "Bandits often raid villages around Gusau and Kaura Namoda, residents say.",
        "Militants regularly target army checkpoints near Arish, officials say.",
    ],
)
def test_a_habit_in_the_present_makes_no_incident(extractor: Extractor, text: str) -> None:
    assert "event" not in roles_of(extractor, PUBLISHED, text).values(), text
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert not [i for i in r.incidents if i.latitude is not None], text


def test_a_day_after_the_habit_is_the_news(extractor: Extractor) -> None:
    text = "Militants, who frequently attack convoys, killed five soldiers near Arish on Monday."
    assert roles_of(extractor, PUBLISHED, text)["Arish"] == "event"
