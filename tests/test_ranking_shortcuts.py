"""The ranking's shortcuts (skipping candidates that cannot make the top, a district yielding to
its seat town) give the answers the full computation gives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, _bound, _seated_units, context_keys
from incident_explorer.places.phrases import parse_query
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.places.spelling import normalise
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"SY": ("Syria",), "TR": ("Turkey",), "US": ("United States",)}


def _place(
    sid: str,
    name: str,
    lat: float,
    lon: float,
    cc: str,
    feature: Feature = Feature.CITY,
    *,
    within: tuple[str, ...] = (),
    pop: int = 0,
) -> Entry:
    place = Place(sid, name, lat, lon, feature, cc, within[-1] if within else "", population=pop)
    return Entry(place=place, names=(name,), ancestry=(*within, *COUNTRIES[cc]))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # A district named after its seat town, and the town in it.
        _place("t:manbij-d", "Manbij District", 36.5, 37.9, "SY", Feature.ADMIN2, within=("Aleppo",)),
        _place("t:manbij", "Manbij", 36.52, 37.95, "SY", within=("Manbij", "Aleppo"), pop=100_000),
        # A district with a seat town of its name in another country only: not seated.
        _place("t:kilis-d", "Kilis", 36.7, 37.1, "SY", Feature.ADMIN3, within=("Aleppo",)),
        _place("t:kilis", "Kilis", 36.72, 37.12, "TR", within=("Kilis",), pop=90_000),
        # Namesakes of many sizes, some spelt otherwise, one a user's.
        *(
            _place(f"t:salhiyah-{i}", "Salhiyah", 33.0 + i, 36.0 + i / 10, "SY", pop=10**i, within=("Homs",))
            for i in range(7)
        ),
        # A district reached by another spelling of a town's name: for "X district" it is
        # ranked first by the most it could score, the town first by what it scores.
        _place("t:salhiyeh-d", "Salhiyeh", 34.0, 37.0, "SY", Feature.ADMIN2, within=("Homs",)),
        _place("t:salihiyah", "As Salihiyah", 34.7, 40.9, "SY", within=("Deir ez-Zor",), pop=3000),
        _place("user:salhiya", "Salhiya", 35.1, 36.2, "SY", within=("Hama",)),
        _place("t:salhiya-us", "Salhiya", 40.0, -80.0, "US", within=("Ohio",), pop=500),
        _place("t:homs", "Homs", 34.73, 36.71, "SY", within=("Homs",), pop=700_000),
        _place("t:hama", "Hama", 35.13, 36.75, "SY", within=("Hama",), pop=600_000),
        _place("t:aleppo", "Aleppo", 36.2, 37.16, "SY", within=("Aleppo",), pop=2_000_000),
    ]
    return entries, COUNTRIES


QUERIES = (
    "Manbij",
    "Kilis",
    "Salhiyah",
    "Salhiya",
    "Salihiyah",
    "Salhiyeh",  # a transliteration
    "Slahiyah",  # a typo
    "Salhiyah, Hama",  # a parent that encloses one of them
    "Salhiyah village in Homs",
    "Manbij district",
    "Salhiyah district",
)


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "shortcuts")


def test_a_candidate_bound_with_no_context_is_kept_with_it(geocoder: OfflineGeocoder) -> None:
    # Batch queries come with no text: each candidate's bound is then known before ranking.
    none: frozenset[str] = frozenset()
    for query in QUERIES:
        parsed = parse_query(query)
        for strict in (False, True):
            prepared = geocoder._prepared(parsed, strict, normalise(parsed.name))
            assert prepared.rows, query
            for row in prepared.rows:
                assert row.plain == _bound(row, none, none, frozenset(), None), (query, row.ip.place)


def test_ranking_only_the_best_few_gives_the_full_ranking_s_first_few(geocoder: OfflineGeocoder) -> None:
    contexts = ("", "Shelling in Hama and Homs, Syria", "Fighting near Aleppo, north of Homs")
    for query in QUERIES:
        parsed = parse_query(query)
        key = normalise(parsed.name)
        for text in contexts:
            ctx = context_keys(text) if text else frozenset()
            focus = geocoder._countries_in_focus(None, ctx, key)
            states = geocoder._admin1_in_focus(ctx, key)
            full = geocoder._rank(parsed, key, ctx, focus, states=states)
            for limit in (1, 2, 3):
                best = geocoder._rank(parsed, key, ctx, focus, states=states, limit=limit)
                assert [(s.ip.id, s.score) for s in best[:limit]] == [
                    (s.ip.id, s.score) for s in full[:limit]
                ], (query, text, limit)


def test_a_margin_leaves_out_only_candidates_further_than_it_from_the_best(geocoder: OfflineGeocoder) -> None:
    contexts = (
        "",
        "Shelling in Hama and Homs, Syria",
        "Fighting near Aleppo, north of Homs",
        "Salhiya, Ohio",
    )
    asked = 0
    for query in QUERIES:
        for text in contexts:
            keys = context_keys(text) if text else frozenset()
            full = geocoder.geocode(query, keys=keys, limit=5)
            for margin in (0.0, 0.02, 0.05, 0.2):
                some = geocoder.geocode(query, keys=keys, limit=5, margin=margin)
                close = [
                    (c.place.source_id, c.score, c.reason) for c in full if c.score >= full[0].score - margin
                ]
                assert [(c.place.source_id, c.score, c.reason) for c in some][: len(close)] == close
                # nothing close to the best is missing; the rest may be left out
                assert all(c.score < full[0].score - margin for c in some[len(close) :])
                asked += len(full) > len(close)
    assert asked  # some queries do have readings outside the margin


def test_a_district_yields_to_a_seat_town_of_its_name_in_its_own_country(geocoder: OfflineGeocoder) -> None:
    gaz = geocoder.gazetteer
    ids = [gaz.by_source_id(s) for s in ("t:manbij-d", "t:manbij", "t:kilis-d", "t:kilis", "t:homs")]
    places = [ip for ip in ids if ip is not None]
    assert len(places) == 5
    seated = _seated_units(places)
    assert seated == {places[0].id}  # Manbij District; not Kilis, whose town is in Turkey
    assert _seated_units([places[0], places[2]]) == frozenset()  # no town among the candidates
    assert geocoder.geocode("Manbij")[0].place.source_id == "t:manbij"


def test_places_by_id_keep_the_order_asked_cached_or_not(geocoder: OfflineGeocoder) -> None:
    gaz = geocoder.gazetteer
    gaz.clear_cache()
    total = int(gaz.stats["places"])  # type: ignore[call-overload]
    first = gaz.places([3, 1])
    assert [ip.id for ip in first] == [3, 1]
    mixed = gaz.places([2, 3, 10_000, 1, 3, 0])  # some cached, one missing, one twice
    assert [ip.id for ip in mixed] == [2, 3, 1, 3, 0]
    assert gaz.places(list(range(total)))[0] is mixed[-1]  # cached places are shared, not rebuilt
