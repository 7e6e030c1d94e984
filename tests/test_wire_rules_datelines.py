"""A dateline's town and a headline that places the report in another country.

Each rule on at least three differently worded reports of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 4)  # a Monday


def placed(extractor: Extractor, text: str) -> list[str]:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [i.location.split(",")[0] for i in r.incidents if i.latitude is not None]


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        (
            "Car bomb kills 9 in Somali capital\n"
            "NAIROBI (Reuters) - A car bomb exploded near a busy checkpoint in the city on Sunday, "
            "killing nine people, police said.",
            "Mogadishu",
        ),
        (
            "Blast kills 4 at market in Iraqi capital\n"
            "AMMAN (AP) - A bomb ripped through a vegetable market on Monday, killing four people, "
            "officials said.",
            "Baghdad",
        ),
        (
            "Gunmen storm hotel in Libyan capital\n"
            "TUNIS (Reuters) - Gunmen stormed a seafront hotel on Saturday and killed three guards, "
            "a security official said.",
            "Tripoli",
        ),
    ],
)
def test_a_headlines_capital_without_the_is_that_countrys_capital(
    extractor: Extractor, text: str, capital: str
) -> None:
    """Headlines drop the article: 'in Somali capital' names Mogadishu as 'in the Somali capital'
    does, and the agency's dateline abroad is not where it happened."""
    got = placed(extractor, text)
    assert capital in got
    assert not {"Nairobi", "Amman", "Tunis"} & set(got)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        (
            "Air strikes hit Syrian city\n"
            "BEIRUT (Reuters) - Warplanes bombed the city's eastern districts on Tuesday, killing 11 "
            "people, a monitor said.",
            "Beirut",
        ),
        (
            "Suicide bomber kills 12 in Pakistani city\n"
            "KABUL (AP) - A suicide bomber struck a crowded bus station in the city on Saturday, "
            "killing 12 people, police said.",
            "Kabul",
        ),
        (
            "Shelling kills 3 in Ukrainian town\n"
            "MOSCOW (Reuters) - Artillery shells hit the centre of the town on Friday, killing three "
            "people, the regional governor said.",
            "Moscow",
        ),
    ],
)
def test_the_city_is_not_the_datelines_when_the_headline_puts_it_in_another_country(
    extractor: Extractor, text: str, dateline: str
) -> None:
    assert dateline not in placed(extractor, text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Missiles hit Ukrainian city\n"
            "KHARKIV, Ukraine (AP) - Russian missiles slammed into the centre of the city on Friday, "
            "killing two people, the mayor said.",
            "Kharkiv",
        ),
        (
            "Bomb blast hits Pakistani town\n"
            "QUETTA, Pakistan (AP) - A bomb tore through a market in the town on Sunday, killing "
            "five people, police said.",
            "Quetta",
        ),
        (
            "Provincial capital shelled as fighting nears\n"
            "KANDAHAR, Afghanistan (Reuters) - Militants shelled the city on Friday, killing two "
            "people, officials said.",
            "Kandah",
        ),
    ],
)
def test_a_headline_of_the_datelines_own_country_keeps_the_city_the_datelines(
    extractor: Extractor, text: str, town: str
) -> None:
    assert any(p.startswith(town) for p in placed(extractor, text))
