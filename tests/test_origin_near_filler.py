"""Where the fire came from, told with a locative filler before the name ("from their positions
in the vicinity of X", "launched from areas on the outskirts of X", "from army bases close to
X"): X is the fire's origin, not a place the violence happened.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 7, 10)


@pytest.mark.parametrize(
    ("text", "event", "origin"),
    [
        (
            "Regime forces shelled Kafr Zita on Tuesday with rockets fired from their positions in the"
            " vicinity of Souran, killing two women.",
            "Kafr Zita",
            "Souran",
        ),
        (
            "Mortar rounds launched from areas on the outskirts of Morek hit the town of Latamneh on"
            " Tuesday, wounding four children.",
            "Latamneh",
            "Morek",
        ),
        (
            "Troops pounded the village of Hbeit overnight from army positions close to Khan Shaykhun,"
            " killing a farmer.",
            "Hbeit",
            "Khan Shaykhun",
        ),
    ],
)
def test_a_filler_before_the_fires_origin_keeps_it_an_origin(
    extractor: Extractor, text: str, event: str, origin: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    got = {m.text: m.role for m in r.mentions}
    assert (got.get(event), got.get(origin)) == ("event", "origin"), text
