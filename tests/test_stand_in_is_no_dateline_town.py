"""A report whose place the gazetteer lacks, read at the unit the text names for it ("the hamlet of
X in northern Burkina Faso"), names a place: the dateline's town ("Djibo - ...") is where it was
filed, not where it happened (before, the unit standing in counted as the town's country alone,
and the incident moved to the dateline's town, as for a report that names no place).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.incidents import FILED_FROM
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 6, 7)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Djibo - Jihadists raided the hamlet of Yirgoubelle in northern Burkina Faso on Tuesday,"
            " killing 12 people.",
            "Yirgoubelle",
            "BF",
        ),
        (
            "Menaka - Armed men shot dead four traders near Inekarenne in eastern Mali on Friday, a local"
            " official said.",
            "Inekarenne",
            "ML",
        ),
        (
            "Ouahigouya - Twelve volunteers died when their patrol hit a mine near Bangassoule in northern"
            " Burkina Faso on Monday.",
            "Bangassoule",
            "BF",
        ),
    ],
)
def test_a_unit_standing_in_for_a_name_keeps_the_incident_off_the_dateline_town(
    extractor: Extractor, text: str, name: str, country: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    placed = [i for i in r.incidents if i.latitude is not None]
    assert placed and all(not i.place_reason.startswith(FILED_FROM) for i in placed)
    assert [(i.place_text.split(" (")[0], i.country_code) for i in placed] == [(name, country)]
