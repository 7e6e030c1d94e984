"""A headline that tells where the violence was by a landmark ("fighting flares east of X",
"shelling kills family south of X") while its lead names the event place with that same
landmark ("in the Y district, some 50 km east of X"): X is the landmark in the headline too,
not a second incident there, whether the lead's place is a district or unknown to the
gazetteer.

Reports of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 10, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        (
            "Clashes kill 11 north of Sanaa\n\n"
            "Clashes between tribesmen and Houthi fighters in the Arhab district, some 40 km north of"
            " Sanaa, killed 11 people on Tuesday, local officials said.",
            "Sanaa",
        ),
        (
            "Fighting flares northeast of Sanaa\n\n"
            "Fighting in the Bani Hushaysh district, some 20 km northeast of Sanaa, killed six fighters"
            " on Tuesday, tribal sources said.",
            "Sanaa",
        ),
        (
            "Shelling kills family south of Taiz\n\n"
            "Shelling hit a house in the Sabir al-Mawadim district, about 10 km south of Taiz, on Tuesday,"
            " killing five members of one family, medics said.",
            "Taiz",
        ),
    ],
)
def test_a_headline_landmark_the_lead_tells_is_no_incident(
    extractor: Extractor, text: str, landmark: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    heads = [m for m in r.mentions if m.sentence == 0]
    assert [m.role for m in heads if m.text == landmark] == ["mentioned"], [(m.text, m.reason) for m in heads]
    assert len(r.incidents) == 1, [i.location for i in r.incidents]
