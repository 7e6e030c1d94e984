"""A plain or valley named by a word the gazetteer lacks alone: "the Ghab plain" is the region a
gazetteer of Arabic names writes "Sahl al-Ghab", as "the Barada valley" is "Wadi Barada"."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.offline import OfflineGeocoder

PUBLISHED = date(2019, 5, 20)


def _placed(extractor: Extractor, text: str) -> list[str]:
    result = extractor.extract(articles.from_text(text, published=PUBLISHED))
    return [inc.location for inc in result.incidents if inc.place_source]


@pytest.mark.parametrize("query", ["Ghab plain", "the Ghab Plain", "al-Ghab plain"])
def test_a_plain_is_asked_as_its_sahl(geocoder: OfflineGeocoder, query: str) -> None:
    found = geocoder.geocode(query, limit=1)
    assert found and found[0].place.name == "Sahl al Ghab", found


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Government jets struck rebel positions in the Ghab plain on Sunday, killing five.", "Sahl al Ghab"),
        ("Shelling on the al-Ghab plain wounded two farmers on Saturday, a monitor said.", "Sahl al Ghab"),
        ("Rockets Hit Villages Across The Ghab Plain, Killing Three Children", "Sahl al Ghab"),
        ("Clashes broke out in the Jawz valley on Sunday, leaving four fighters dead.", "Wadi al Jawz"),
    ],
)
def test_a_plain_or_valley_the_gazetteer_lacks_alone_is_placed(
    extractor: Extractor, text: str, site: str
) -> None:
    # (each was unplaced: the bare name is too short to be read by its spelling alone)
    placed = _placed(extractor, text)
    assert placed and placed[0].startswith(site), placed
