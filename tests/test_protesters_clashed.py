"""Protesters or demonstrators who clash, storm or torch are one violent demonstration (ACLED's
Riots), not a peaceful protest beside an armed clash: "Protesters clashed with police in X" had
made two incidents at X, one of them "taken from the preceding text" in a one-sentence report.
Protesters who were attacked are no rioters.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2022, 10, 3)


def _types(extractor: Extractor, text: str) -> list[str]:
    found = extractor.extract(from_text(text, published=PUBLISHED))
    return [i.sub_event_type for i in found.incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters clashed with riot police outside the governor's office in Kano on Saturday.",
        "Demonstrators clashed with security forces in Khartoum on Saturday, injuring 12.",
        "Hundreds of protesters stormed the provincial council building in Basra on Saturday.",
    ],
)
def test_protesters_who_clash_are_one_violent_demonstration(extractor: Extractor, text: str) -> None:
    assert _types(extractor, text) == ["Violent demonstration"]


def test_protesters_who_were_attacked_are_no_rioters(extractor: Extractor) -> None:
    text = "Protesters were attacked by men on motorbikes in Kano on Saturday, witnesses said."
    assert "Violent demonstration" not in _types(extractor, text)
