"""The event-place model's guard (extraction/event_places.py, ``FINEST``): a country or province
that is its sentence's only event place and holds no place the text names is kept whatever the
model scores it, for setting it aside would leave the incident unplaced; when the text names a
finer place (another event place, a town inside it, an unplaced name before it) the model decides.

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.event_places import (
    FEATURES,
    FINEST,
    EventPlaceModel,
    Text,
    mention_features,
)
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction, Mention
from incident_explorer.settings import Settings

PUBLISHED = date(2021, 6, 7)
# a hand-weighted model that sets every country and province aside
UNITS_ASIDE = EventPlaceModel(dict.fromkeys(FEATURES, 0.0) | {"country": -10.0, "admin": -10.0}, 2.0, 0.5)


@pytest.fixture(scope="module")
def rules() -> Extractor:
    return Extractor.from_settings(Settings.from_env(), rules_only=True)


def _run(ex: Extractor, text: str, model: EventPlaceModel) -> Extraction:
    ex.places = model
    try:
        return ex.extract(articles.from_text(text, published=PUBLISHED))
    finally:
        ex.places = None


def _mention(r: Extraction, name: str) -> Mention:
    return next(m for m in r.mentions if m.text == name)


# the unit is all the text says of where it happened
ALONE = [
    ("Chad's army chief was killed in an ambush on Monday, the army said.", "Chad"),
    ("Kidnappers seized two nurses from Canada in southern Niger on Friday.", "Niger"),
    ("Gunmen stormed a church in Burundi on Sunday, killing four worshippers.", "Burundi"),
    ("Fighting killed 20 fighters in Helmand province on Sunday, officials said.", "Helmand"),
    # a dateline's town is where the report was filed, not a finer place of the event
    ("BAMAKO (Reuters) - Gunmen killed nine soldiers in Mali on Sunday, the army said.", "Mali"),
]


@pytest.mark.parametrize(("text", "unit"), ALONE)
def test_a_unit_holding_no_named_place_is_kept_whatever_it_scores(
    rules: Extractor, text: str, unit: str
) -> None:
    r = _run(rules, text, UNITS_ASIDE)
    m = _mention(r, unit)
    assert m.role == "event", m.reason
    assert m.reason.endswith("the event-place model keeps it as the finest place the text gives (0.00)")
    assert [i.location.split(",")[0] for i in r.incidents if i.latitude is not None] == [unit]


# a finer place is told: another event place, or a name the gazetteer does not place before the unit
FINER = [
    ("Gunmen killed 14 herders near the Sinda camp in central Mali on Sunday.", "Mali"),
    ("Jihadists attacked army posts in Mali and Niger on Sunday, killing 20 soldiers.", "Niger"),
    ("Gunmen killed nine traders in Mali and Burkina Faso on Sunday, officials said.", "Burkina Faso"),
]


@pytest.mark.parametrize(("text", "unit"), FINER)
def test_the_model_decides_a_unit_when_a_finer_place_is_told(rules: Extractor, text: str, unit: str) -> None:
    m = _mention(_run(rules, text, UNITS_ASIDE), unit)
    assert m.role == "mentioned"
    assert "weighs it a side place" in m.reason


class _Seen(EventPlaceModel):
    """Keeps each ``event`` mention's features by its text; changes nothing."""

    seen: dict[str, dict[str, float]] = {}

    def apply(self, mentions: tuple[Mention, ...], text: Text) -> tuple[Mention, ...]:
        for k, f in mention_features(mentions, text).items():
            _Seen.seen[mentions[k].text] = f
        return mentions


@pytest.mark.parametrize(("text", "unit"), ALONE)
def test_the_guard_is_marked_beside_the_features_and_weighs_nothing(
    rules: Extractor, text: str, unit: str
) -> None:
    _Seen.seen.clear()
    _run(rules, text, _Seen({}, 0.0, 0.5))
    features = _Seen.seen[unit]
    assert features.get(FINEST) == 1.0
    assert FINEST not in FEATURES
    assert UNITS_ASIDE.keeps(features)
    # the score reads the weighed features only: a file written before the guard still loads
    weighed = {k: v for k, v in features.items() if k != FINEST}
    assert UNITS_ASIDE.score(features) == UNITS_ASIDE.score(weighed)
