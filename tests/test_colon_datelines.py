"""A dateline whose agency is followed by a colon, as South Asian agencies write it ("KANDAHAR
CITY (Pajhwok): ...", "ISLAMABAD, Jan 5 (APP): ..."), is the report's dateline, not its event
place; a place with its country in brackets before a colon ("Homs (Syria): shelling ...") is
still prose.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2020, 9, 15)


@pytest.mark.parametrize(
    ("text", "dateline", "event"),
    [
        (
            "KANDAHAR CITY (Pajhwok): Gunmen killed four soldiers in Maiwand district on Tuesday.",
            "KANDAHAR",
            "Maiwand",
        ),
        (
            "ISLAMABAD, Jan 5 (APP): A roadside bomb killed three policemen in Bannu on Tuesday.",
            "ISLAMABAD",
            "Bannu",
        ),
        (
            "JALALABAD (Pajhwok): Unknown gunmen shot dead a tribal elder in Khogyani district on Tuesday.",
            "JALALABAD",
            "Khogyani",
        ),
    ],
)
def test_an_agency_and_a_colon_close_a_dateline(
    extractor: Extractor, text: str, dateline: str, event: str
) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert roles.get(dateline) == "dateline", roles
    assert roles.get(event) == "event", roles


def test_a_country_in_brackets_before_a_colon_is_still_prose(extractor: Extractor) -> None:
    roles = roles_of(extractor, PUBLISHED, "Homs (Syria): shelling killed five people on Tuesday.")
    assert roles.get("Homs") == "event", roles
