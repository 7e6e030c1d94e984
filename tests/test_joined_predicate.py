"""A verb joined by "and" to the clause before, with no subject of its own ("stopped two buses on
the road outside X, the state capital, and kidnapped 17 passengers"), tells violence where that
clause says: X is its event place, past an appositive of X."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2021, 6, 8)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Militants stopped a minibus near Kidal, a desert town, and killed five passengers on Monday, "
            "while troops clashed with rebels in Gao.",
            "Kidal",
        ),
        (
            "Bandits blocked a road near Tsafe, a farming town, and abducted 14 travellers on Sunday, "
            "while bandits raided villages in Zurmi.",
            "Tsafe",
        ),
        (
            "Armed men stopped a truck at a checkpoint near Bunia, the provincial capital, and beheaded its "
            "driver on Tuesday, while fighting went on in Djugu.",
            "Bunia",
        ),
    ],
)
def test_a_verb_joined_by_and_tells_violence_where_its_clause_says(
    extractor: Extractor, text: str, place: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}[place] == "event", [(m.text, m.reason) for m in r.mentions]


def test_a_new_subject_after_and_is_its_own_clause(extractor: Extractor) -> None:
    text = "Police closed the road outside Gao, and gunmen killed five passengers near Kidal on Monday."
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert {m.text: m.role for m in r.mentions}["Gao"] != "event"
