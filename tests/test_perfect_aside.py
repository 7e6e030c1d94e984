"""A relative clause or appositive that tells the past of a place in the perfect ("X, which has been
under siege since 2013", "X, a town that has seen repeated bombings", "X, where a curfew has been in
place") is the place's background; the clause it hangs on still tells the sentence's own news. A
sentence that is background as a whole stays background.

Texts of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2017, 1, 12)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Air strikes killed 12 people in Douma, which has been under siege since 2013, a monitor said.",
            "Dūmā",
        ),
        (
            "A car bomb killed eight people in Azaz, a town that has seen repeated bombings, police said.",
            "I‘zāz",
        ),
        (
            "Gunmen killed five soldiers in Bannu, where a curfew has been in place since Friday, officials"
            " said.",
            "Bannu",
        ),
    ],
)
def test_the_news_before_an_aside_of_the_place_s_past_is_told(
    extractor: Extractor, text: str, town: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    assert [i.location.split(",")[0] for i in r.incidents] == [town]


@pytest.mark.parametrize(
    "text",
    [
        "Douma, which has been under siege since 2013, has seen repeated bombings.",
        "The town, which was shelled on Monday, has been under siege since 2013.",
    ],
)
def test_a_sentence_of_background_as_a_whole_tells_no_incident(extractor: Extractor, text: str) -> None:
    assert extractor.extract(articles.from_text(text, published=PUBLISHED)).incidents == ()


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi-led coalition, which has been fighting the Houthis since 2015, has carried out"
        " thousands of air strikes in Yemen.",
        "The offensive on Idlib, which has been under way since April, has forced 400,000 people to flee.",
        "The militia, which has been active in Ituri since 2017, has attacked dozens of villages"
        " around Djugu.",
    ],
)
def test_a_summary_in_the_perfect_beside_an_aside_tells_no_incident(extractor: Extractor, text: str) -> None:
    # the aside holds the long span ("since 2015"); the clause it hangs on is a summary all the same
    assert extractor.extract(articles.from_text(text, published=PUBLISHED)).incidents == ()


def test_the_aside_spans() -> None:
    from incident_explorer.extraction.triggers import background_asides

    text = "Air strikes killed 12 people in Douma, which has been under siege since 2013, a monitor said."
    (span,) = background_asides(text) or []
    assert text[span[0] : span[1]] == ", which has been under siege since 2013"
    assert background_asides("Air strikes killed 12 people in Douma, a monitor said.") is None
    assert background_asides("Douma has seen repeated bombings since 2013.") == []
