"""A town named with a possessive before a quarter the gazetteer lacks ("in Mosul's Zanjafli
neighbourhood"): the quarter stands in with the town's reading and is the event place; the town
is where it lies, context, not a second event place, also when the town is named again later
in the sentence ("the Mosul Police Command said"; helper fp36, from the wire set's false
holders). Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import event_places

from incident_explorer.extraction.pipeline import Extractor

_OWNED = [
    (
        date(2017, 3, 6),
        "A roadside bomb exploded in Mosul's Zanjafli neighbourhood on Monday, killing two"
        " policemen, the Mosul Police Command said.",
        "Mosul",
        "Zanjafli",
    ),
    (
        date(2016, 11, 4),
        "Gunmen shot dead a shopkeeper in Kirkuk's Wahid Huzayran district on Friday, doctors at"
        " the Kirkuk General Hospital said.",
        "Kirkuk",
        "Wahid Huzayran",
    ),
    (
        date(2014, 2, 12),
        "Shelling hit Homs's Bab Tadmur Qadim quarter on Wednesday, killing a child, the Homs"
        " Media Centre said.",
        "Homs",
        "Bab Tadmur Qadim",
    ),
    (
        date(2019, 7, 23),
        "A car bomb went off in Kandahar's Loya Wiala area on Tuesday, killing three civilians,"
        " the Kandahar police chief said.",
        "Kandahar",
        "Loya Wiala",
    ),
]


@pytest.mark.parametrize(("published", "text", "owner", "quarter"), _OWNED)
def test_owner_of_a_quarter_standing_in_is_context(
    extractor: Extractor, published: date, text: str, owner: str, quarter: str
) -> None:
    assert event_places(extractor, published, text) == [quarter], text
