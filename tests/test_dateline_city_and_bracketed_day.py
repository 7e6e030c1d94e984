"""Two wire datelines more: a city written with its kind word before a comma and the filing day
("KIDAPAWAN CITY, June 9 (PNA) -- ...", as the Philippine News Agency writes), and a filing day
in brackets where an agency would stand ("EL GENEINA (20 January 2020) – ...", as Radio Dabanga
writes). The city is where the report was filed, not where it happened; before, each was read
as a sentence opening on its place ("In X, ...") and made an incident there.

Texts of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "city", "event"),
    [
        (
            "BUNIA CITY, March 3 (Radio Okapi) -- Militiamen killed four villagers in Mahagi on Sunday, "
            "local officials said.",
            "BUNIA",
            "Mahagi",
        ),
        (
            "NYALA (12 March 2019) – Gunmen killed three farmers near Mershing in South Darfur on "
            "Sunday, witnesses said.",
            "NYALA",
            "Mershing",
        ),
        (
            "KIDAPAWAN CITY, June 9 (PNA) -- Rebels attacked an army detachment in Pikit, North "
            "Cotabato on Saturday, wounding two soldiers, the military said.",
            "KIDAPAWAN",
            "Pikit",
        ),
    ],
)
def test_the_dateline_city_is_where_the_report_was_filed(
    extractor: Extractor, text: str, city: str, event: str
) -> None:
    found = extractor.extract(from_text(text, published=date(2019, 6, 9)))
    assert next(m for m in found.mentions if m.text.startswith(city)).role == "dateline"
    assert next(m for m in found.mentions if m.text == event).role == "event"
    assert all(not i.location.upper().startswith(city) for i in found.incidents)
