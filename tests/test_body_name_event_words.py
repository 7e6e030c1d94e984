"""An event word inside a body's capitalised name ("the Organisation for the Prohibition of
Chemical Weapons", "the International Campaign to Ban Landmines", "the Chemical Weapons
Convention") names the body, no act: the town its inspectors visit is no event place. In
lower case, or in a title-case headline, the words are read as ever.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Inspectors of the Organisation for the Prohibition of Chemical Weapons arrived in Saraqeb on"
            " Monday to take soil samples.",
            "Saraqeb",
        ),
        ("The International Campaign to Ban Landmines opened an office in Aden on Thursday.", "Aden"),
        ("Delegates to the Chemical Weapons Convention gathered in Basra on Monday for a meeting.", "Basra"),
    ],
)
def test_an_event_word_in_a_body_s_name_tells_no_act(extractor: Extractor, text: str, place: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2018, 5, 8)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(place) == "mentioned", roles


@pytest.mark.parametrize(
    "text",
    [
        "Chemical weapons killed dozens in Saraqeb on Tuesday, a monitor said.",
        "Chemical Weapons Attack Kills Dozens In Saraqeb",
    ],
)
def test_the_same_words_outside_a_name_are_an_act(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2018, 5, 8)))
    assert any(i.location.startswith("Saraqib") for i in r.incidents), [i.location for i in r.incidents]
