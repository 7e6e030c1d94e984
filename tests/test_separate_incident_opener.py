"""A sentence opened by "In a separate incident in X (the same day), ..." or "In another
incident/attack in X, ..." tells its main clause's event at X: the fronted phrase is where it
happened, as "In X, ..." is. Before, the phrase was read as a clause of its own that reports no
violence, so X was only mentioned and the grenade or bomb of the main clause left unplaced.

Texts of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction.article import from_text
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 3, 8)


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Gunmen shot dead a policeman in Kandahar on Sunday, officials said.\n"
            "In a separate incident in Lashkar Gah the same day, a grenade was hurled at a shop on the "
            "main road, injuring three people.",
            "Lashkar Gah",
            date(2021, 3, 7),
        ),
        (
            "A roadside bomb killed two soldiers near Kismayo on Sunday, the army said.\n"
            "In another incident in Baidoa on Sunday, a hand grenade was thrown at a tea shop in the "
            "market, wounding five customers.",
            "Baidoa",
            date(2021, 3, 7),
        ),
        (
            "Militants attacked a checkpoint in Bannu on Friday, police said.\n"
            "In a separate incident in Lakki Marwat the same day, a grenade was lobbed at a shop in "
            "the main bazaar, wounding four people.",
            "Lakki Marwat",
            date(2021, 3, 5),
        ),
    ],
)
def test_the_fronted_incidents_place_is_its_main_clauses_event_place(
    extractor: Extractor, text: str, name: str, day: date
) -> None:
    found = extractor.extract(from_text(text, published=PUBLISHED))
    mention = next(m for m in found.mentions if m.text == name)
    assert mention.role == "event"
    assert all(i.latitude is not None for i in found.incidents)
    assert any(
        i.event_date == day and mention.candidate and i.place_source == mention.candidate.place.source_id
        for i in found.incidents
    )
