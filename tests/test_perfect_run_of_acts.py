"""Acts told in the perfect as a run over a long span ("have carried out several such attacks in
X over the past year", "has staged raids in X since 2019", "has claimed similar bombings in X"):
a record of the past, not the day's incident; its places are only mentioned. A day of its own
after the perfect keeps it news.

Texts of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 3, 3)


@pytest.mark.parametrize(
    ("text", "event", "past"),
    [
        (
            "Two policemen were killed when gunmen opened fire on a checkpoint outside Bannu on Tuesday,"
            " officials said. Militants have carried out several such attacks in Bannu and the"
            " nearby Lakki Marwat district over the past year.",
            "Bannu",
            "Lakki Marwat",
        ),
        (
            "A roadside bomb killed three soldiers near Mopti on Tuesday. Jihadists have staged raids on"
            " army posts around Mopti and Djenne since 2019.",
            "Mopti",
            "Djenne",
        ),
        (
            "A car bomb exploded near a market in Afgoye on Tuesday, killing five people. Al Shabaab has"
            " claimed similar bombings in Afgoye and Marka.",
            "Afgoye",
            "Marka",
        ),
    ],
)
def test_a_run_of_acts_in_the_perfect_is_the_past(
    extractor: Extractor, text: str, event: str, past: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    got = {m.text: m.role for m in r.mentions if m.role == "event"}
    assert (event in got, past in got) == (True, False), text


def test_a_day_of_its_own_keeps_the_perfect_news(extractor: Extractor) -> None:
    text = "Insurgents have attacked Bama in recent months, killing 12 villagers on Tuesday."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}.get("Bama") == "event"
