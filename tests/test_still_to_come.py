"""An act waited for, asked for or set as a condition, its verb in the bare form after its
subject ("until troops restore stability in X", "demanded that the police restore safety in X"),
has not happened: no incident at X. A noun after its article ("until an attack on X") and a verb
told as done ("after troops restored") stay events.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 5, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Traders say they will keep their shops shut until soldiers restore security in Rumbek.",
        "Villagers demanded that the police restore safety in Torit after a week of cattle raids.",
        "Aid staff would not go back to Jarabulus unless the army restore stability in the town.",
        "Elders said the herders would return once troops restore stability in Kadugli.",
        "The herders are waiting in Kadugli for the day that soldiers restore stability to the area.",
    ],
)
def test_security_waited_for_is_no_regained_territory(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert "Government regains territory" not in {i.sub_event_type for i in r.incidents}, [
        (i.location, i.sub_event_type) for i in r.incidents
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Markets in Gao were quiet until an attack on the bus station killed six people on Friday.",
            "Attack",
        ),
        ("Officials said that coalition air strikes hit a depot in Tabqa on Monday.", "Air/drone strike"),
        (
            "Shops reopened in Torit on Tuesday after soldiers restored security in the town.",
            "Government regains territory",
        ),
    ],
)
def test_a_noun_or_a_done_verb_after_the_condition_word_stays_an_event(
    extractor: Extractor, text: str, kind: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert kind in {i.sub_event_type for i in r.incidents}, [
        (i.location, i.sub_event_type) for i in r.incidents
    ]
