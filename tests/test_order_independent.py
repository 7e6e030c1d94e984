"""One text, one answer: what an extractor read before (its geocoder's kept readings) never
changes what it makes of the next text. A long-running app and a benchmark's all-batch run read
texts one after another; each text's places, scores and incidents are those of a fresh process."""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.actors import ActorLexicon
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.settings import Settings

DAY = date(2024, 5, 3)

# (a text that writes a town's state after it, the town; a later text that names the town bare
# among its neighbours, a neighbour): the state the first text writes narrows the town's
# namesakes, and so the states its name votes for, in that text only
AFTER_A_STATED_TOWN = [
    (
        "Firefighters battled a warehouse blaze in Medina, N.Y., late on Tuesday.",
        "Medina",
        "Hail damaged crops around Medina, Albion and Lockport on Monday, and a farmhand was hurt "
        "near Holley.",
        "Albion",
    ),
    (
        "Police in Auburn, Maine, arrested a man after a stabbing on Friday.",
        "Auburn",
        "A water main broke in Auburn on Thursday, flooding streets in Lewiston and Poland; a woman was "
        "injured in Minot.",
        "Lewiston",
    ),
    (
        "Two people were hurt in a crash in Bethel, Conn., on Sunday.",
        "Bethel",
        "Thieves robbed banks in Bethel, Danbury and Newtown this week, and one suspect was caught in "
        "Ridgefield.",
        "Newtown",
    ),
]


def _readings(geocoder: OfflineGeocoder, name: str, text: str) -> list[tuple[str, float]]:
    return [(c.place.source_id, c.score) for c in geocoder.geocode(name, context=text, limit=5)]


@pytest.mark.parametrize(("before", "asked", "text", "name"), AFTER_A_STATED_TOWN)
def test_a_name_read_after_another_text_is_read_as_alone(
    gazetteer: Gazetteer, before: str, asked: str, text: str, name: str
) -> None:
    alone = _readings(OfflineGeocoder(gazetteer), name, text)
    geocoder = OfflineGeocoder(gazetteer)
    _readings(geocoder, asked, before)
    assert _readings(geocoder, name, text) == alone


def _fresh(settings: Settings, gazetteer: Gazetteer) -> Extractor:
    # a geocoder of its own: nothing read before (the gazetteer's kept rows are the index's own)
    return Extractor(OfflineGeocoder(gazetteer), ActorLexicon.load(settings.data_dir / "actors.csv"))


def _answer(extractor: Extractor, text: str) -> tuple[object, ...]:
    r = extractor.extract(articles.from_text(text, published=DAY))
    mentions = tuple(
        (
            m.start,
            m.end,
            m.role,
            m.candidate.place.source_id if m.candidate else None,
            m.candidate.score if m.candidate else None,
        )
        for m in r.mentions
    )
    incidents = tuple(
        (i.location, i.latitude, i.longitude, i.event_date, i.place_reason) for i in r.incidents
    )
    return mentions, incidents


def test_texts_read_in_two_orders_answer_alike(settings: Settings, gazetteer: Gazetteer) -> None:
    """A cheap determinism check: a few texts read in one order and in the reverse order by
    two extractors give each text the same answer."""
    texts = [t for before, _, text, _ in AFTER_A_STATED_TOWN for t in (before, text)]
    forward = _fresh(settings, gazetteer)
    backward = _fresh(settings, gazetteer)
    first = {t: _answer(forward, t) for t in texts}
    second = {t: _answer(backward, t) for t in reversed(texts)}
    assert first == second
