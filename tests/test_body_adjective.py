"""A word that opens a sentence (capitalised whatever it is) right before a force or a body of
officials in lower case is that body's adjective ("Federal troops", "Federal agents"), not a place
that shares the word (the Federal District, a small town called Federal); a country's, a
province's or a big city's own name stays a place there ("Kabul police said").

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import roles_of

from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 4, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "KHARTOUM (Reuters) - Federal troops stormed a market in Nyala on Tuesday, killing five"
            " traders, witnesses said.",
            "Nyala",
        ),
        ("Federal forces shelled rebel positions outside Kidal on Monday, killing four fighters.", "Kidal"),
        (
            "MEXICO CITY (AP) — Federal agents raided a ranch in Reynosa on Friday, killing three"
            " gunmen, prosecutors said.",
            "Reynosa",
        ),
    ],
)
def test_the_adjective_of_a_force_is_no_place(extractor: Extractor, text: str, place: str) -> None:
    roles = roles_of(extractor, PUBLISHED, text)
    assert "Federal" not in roles, text
    assert roles[place] == "event", text


def test_a_province_or_big_city_before_its_police_stays_a_place(extractor: Extractor) -> None:
    assert "Punjab" in roles_of(
        extractor, PUBLISHED, "Punjab police said gunmen killed four people in Lahore on Monday."
    )
    assert (
        roles_of(extractor, PUBLISHED, "Kabul police said a bomb killed four people on Monday.")["Kabul"]
        == "event"
    )
