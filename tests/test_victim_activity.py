"""Where the victim was, told in an "as/while/when" clause after the violence (issue 11).

"Gunmen shot dead a commander as he left a mosque in X": the clause of the place reports no
violence, yet it says where the violence of the clause before it happened. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction

PUBLISHED = date(2019, 6, 5)  # a Wednesday


def run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(articles.from_text(text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Former commander shot dead in southern Syria\nGunmen on a motorcycle shot dead a former"
            " commander as he left a bakery in the town of Jasim on Tuesday evening, activists said.",
            "Jasim",
        ),
        (
            "Farmers killed in northwest Nigeria\nBandits killed eleven farmers while they were"
            " harvesting maize on a farm outside Zurmi late on Tuesday, residents said.",
            "Zurmi",
        ),
        (
            "Teacher killed in eastern Afghanistan\nUnknown attackers killed a teacher who had received"
            " threats as she was leaving her school in Khost on Tuesday, officials said.",
            "Khost",
        ),
        (
            "Pilgrims killed in Iraq\nGunmen shot dead three pilgrims, among them a boy, when they were"
            " praying at a shrine near Kirkuk on Tuesday, police said.",
            "Kirkuk",
        ),
    ],
)
def test_where_the_victim_was_doing_something_is_the_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    m = next(m for m in r.mentions if m.text == place)
    assert m.role == "event", m.reason
    assert any(place in i.place_reason and i.event_date == date(2019, 6, 4) for i in r.incidents), [
        (i.location, i.event_date) for i in r.incidents
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen killed twelve villagers in Arbinda on Tuesday as they fled towards Dori, officials said.",
            "Dori",
        ),
        (
            "A mortar round killed two soldiers in Gao on Tuesday as they were evacuated to Bamako, the army"
            " said.",
            "Bamako",
        ),
        (
            "Gunmen wounded a police officer in Chaman on Tuesday as he was rushed to a hospital in Quetta,"
            " police said.",
            "Quetta",
        ),
    ],
)
def test_where_the_victims_fled_or_were_taken_stays_no_event_place(
    extractor: Extractor, text: str, place: str
) -> None:
    r = run(extractor, text)
    m = next(m for m in r.mentions if m.text == place)
    assert m.role != "event", m.reason
