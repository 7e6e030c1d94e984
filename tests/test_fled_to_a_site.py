"""Where people fled or were taken, told with the site they went to there ("forcing thousands to
flee towards the U.N. base at X", "fled to a school in X", "sent fleeing to the U.N. base in
X"), is no event place, as "fled to X" and "taken to hospitals in X" are not.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor


@pytest.mark.parametrize(
    ("text", "refuge"),
    [
        (
            "Troops shelled Kutum on Monday, forcing thousands to flee towards the U.N. base at Tawila.",
            "Tawila",
        ),
        ("Gunmen killed 12 in Bunia on Monday, and thousands fled to a school in Komanda.", "Komanda"),
        (
            "Clashes in Kaga-Bandoro on Friday sent thousands fleeing to the U.N. base in Batangafo.",
            "Batangafo",
        ),
    ],
)
def test_a_refuge_told_by_its_site_is_no_event_place(extractor: Extractor, text: str, refuge: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2016, 1, 5)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(refuge) == "mentioned", roles


@pytest.mark.parametrize(
    ("text", "event", "refuge"),
    [
        (
            "Gunmen shot dead a former rebel commander in the town of Nawa on Tuesday. Residents said"
            " the gunmen fled toward the nearby town of Jasim.",
            "Nawa",
            "Jasim",
        ),
        (
            "Bandits killed six villagers in Gusau on Monday and fled to the neighbouring town of Tsafe"
            " with stolen cattle, police said.",
            "Gusau",
            "Tsafe",
        ),
        (
            "Militants who killed four soldiers in Tillabery on Thursday withdrew towards the remote"
            " village of Ouallam, a security source said.",
            "Tillabery",
            "Ouallam",
        ),
    ],
)
def test_a_refuge_told_by_its_kind_is_no_event_place(
    extractor: Extractor, text: str, event: str, refuge: str
) -> None:
    """ "fled toward the nearby town of X", "withdrew towards the remote village of X": the town by
    its kind word, then its name, is the destination as "fled to X" is (with no word before the
    kind, "fled towards the village of X", the words before any destination already cover it)."""
    r = extractor.extract(articles.from_text(text, published=date(2016, 1, 5)))
    roles = {m.text: m.role for m in r.mentions}
    assert roles.get(refuge) == "mentioned", roles
    assert roles.get(event) == "event", roles


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town of Jasim on Tuesday, killing five soldiers.",
        "Troops advanced to the town of Nawa on Tuesday after heavy fighting.",
        "A car bomb exploded in the city of Idlib on Friday, killing four.",
    ],
)
def test_the_town_of_x_where_it_happened_is_still_the_event_place(extractor: Extractor, text: str) -> None:
    r = extractor.extract(articles.from_text(text, published=date(2016, 1, 5)))
    assert [m.role for m in r.mentions if m.role == "event"], [(m.text, m.role) for m in r.mentions]
