"""The country whose police or residents a text names by its adjective ("Pakistani police said")
is where the story is, as an actor of that country would say: a name no place there has is not
read at a Syrian village by a spelling (Bajaur as Bajariyah, Latakia), the conflict country a
text that names no country falls back on."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 11)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded in Bajaur on Sunday, killing four people, Pakistani police said.",
        "Gunmen killed six people in Kirikiri on Monday, Nigerian police said.",
        "Gunmen killed four people in Mishahda on Monday, Iraqi police said.",
    ],
)
def test_no_syrian_spelling_in_a_story_told_by_another_country_s_police(
    extractor: Extractor, text: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert not [i.location for i in r.incidents if i.country_code == "SY"], r.incidents


def test_the_police_s_country_reads_its_own_town(extractor: Extractor) -> None:
    text = "A bomb killed five in Sayedabad on Monday, Afghan police said."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.country_code for i in r.incidents] == ["AF"], r.incidents
