"""A toll's breakdown after a comma ("killed nine in X on Sunday, six in Y and three in Z") goes
on with the clause that told the toll: each place of it is an event place, not a quiet clause's."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2024, 3, 11)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Government shelling killed nine in Daraa province on Sunday, six in Nawa and three in Jasim,"
            " monitors said.",
            ("Nawa", "Jasim"),
        ),
        (
            "Gunmen killed 14 people in Zamfara state on Saturday, eight in Maru and six in Anka,"
            " police said.",
            ("Maru", "Anka"),
        ),
        (
            "Russian air strikes killed ten civilians in Idlib province on Monday, seven in Saraqib and"
            " three others in Sarmin, rescuers said.",
            ("Saraqib", "Sarmin"),
        ),
    ],
)
def test_each_place_of_a_toll_breakdown_is_an_event_place(
    extractor: Extractor, text: str, parts: tuple[str, str]
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    roles = {m.text: m.role for m in r.mentions}
    assert all(roles.get(p) == "event" for p in parts), [(m.text, m.role, m.reason) for m in r.mentions]


def test_a_lower_case_clause_after_a_comma_is_still_its_own(extractor: Extractor) -> None:
    text = "Air strikes killed six people in Saraqib on Monday, two days before talks in Geneva."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}.get("Geneva") == "mentioned", r.mentions


def test_each_place_of_a_breakdown_after_a_comma_has_its_share(extractor: Extractor) -> None:
    text = "Gunmen killed 14 people in Zamfara state on Saturday, eight in Maru and six in Anka, police said."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    tolls = {i.location.split(",")[0]: i.fatalities.best for i in r.incidents}
    assert tolls == {"Maru": 8, "Anka": 6}, tolls


def test_a_list_of_tolls_that_do_not_add_up_keeps_each(extractor: Extractor) -> None:
    text = "Shelling killed 6 in Aleppo, 3 in Idlib and 2 in Hama on Monday."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    tolls = {i.location.split(",")[0]: i.fatalities.best for i in r.incidents}
    assert tolls == {"Aleppo": 6, "Idlib": 3, "Hama": 2}, tolls
