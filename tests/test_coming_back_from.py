"""Where people were coming from when something befell them on the way ("as he drove back from a
condolence gathering in X", "pilgrims returning from a shrine in X", "on their way home from a
wedding at X"): an origin, not where it happened.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 9, 3)


@pytest.mark.parametrize(
    ("text", "event", "origin"),
    [
        (
            "Gunmen opened fire near Inkhil on Monday on a family driving back from a wedding in"
            " Jasim, killing two, a monitor said.",
            "Inkhil",
            "Jasim",
        ),
        (
            "A roadside bomb struck a minibus near Balad on Monday, killing six pilgrims returning"
            " from the shrine in Samarra, police said.",
            "Balad",
            "Samarra",
        ),
        (
            "Bandits ambushed traders outside Gusau on Monday while they were on their way home"
            " from the cattle market at Dansadau, killing four, police said.",
            "Gusau",
            "Dansadau",
        ),
    ],
)
def test_where_people_were_coming_from_is_an_origin(
    extractor: Extractor, text: str, event: str, origin: str
) -> None:
    got = roles_of(extractor, PUBLISHED, text)
    assert got.get(event) == "event", text
    assert got.get(origin) != "event", text
