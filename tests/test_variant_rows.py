"""Spelling variants left for later: without a country named, a query's candidates reached only by
another spelling of the name get their places read and their rows built once a ranking could
need them; the answers are those of building every row at once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, _Prepared, context_keys
from incident_explorer.places.phrases import parse_query
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.places.spelling import normalise
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"SY": ("Syria",), "IQ": ("Iraq",), "US": ("United States",)}


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
        # a big town and its villages of other spellings
        _place("v:raqqa", "Raqqa", 35.95, 39.01, "SY", within=("Raqqa",), pop=220_000),
        _place("v:raqa", "Raqa", 35.1, 38.2, "SY", within=("Raqqa",)),
        _place("v:rqqa", "Ruqqa", 34.9, 38.9, "SY", within=("Deir ez-Zor",)),
        _place("v:raqqah-iq", "Raqqah", 33.1, 44.1, "IQ", within=("Baghdad",), pop=800),
        # villages with no population, spelt four ways, one the seat of a district
        _place("v:tal-abyad", "Tal Abyad", 36.69, 38.95, "SY", within=("Tal Abyad", "Raqqa")),
        _place("v:tell-abiad", "Tell Abiad", 35.3, 37.2, "SY", within=("Hama",)),
        _place("v:tall-abyad", "Tall Abyad", 36.2, 40.1, "SY", within=("Hasakah",)),
        _place("v:tal-abiad-us", "Tal Abiad", 40.0, -80.0, "US", within=("Ohio",), pop=40),
        _place("v:tal-abyad-d", "Tal Abyad", 36.6, 38.9, "SY", Feature.ADMIN2, within=("Raqqa",)),
        # a district reached only by another spelling, and a town in a district spelt otherwise
        _place("v:manbij-d", "Menbij", 36.5, 37.9, "SY", Feature.ADMIN2, within=("Aleppo",)),
        _place("v:manbij", "Manbij", 36.52, 37.95, "SY", within=("Menbij", "Aleppo"), pop=100_000),
        _place("v:qusayr", "Qusayr", 34.5, 36.57, "SY", within=("Homs",), pop=30_000),
        _place("v:qseir", "Qseir", 34.4, 36.5, "SY", within=("Homs",)),
        _place("v:qsair", "Qsair", 35.9, 36.4, "SY", within=("Idlib",)),
        _place("v:homs", "Homs", 34.73, 36.71, "SY", within=("Homs",), pop=700_000),
        _place("v:hama", "Hama", 35.13, 36.75, "SY", within=("Hama",), pop=600_000),
        _place("v:aleppo", "Aleppo", 36.2, 37.16, "SY", within=("Aleppo",), pop=2_000_000),
    ]
    return entries, COUNTRIES


QUERIES = (
    "Raqqa",
    "Raqa",
    "Rakka",
    "Tal Abyad",
    "Tell Abyad",
    "Tal Abiad",
    "Manbij",
    "Menbij",
    "Qusayr",
    "Qseir",
    "Qusair village",
    "Tal Abyad district",
    "Qseir, Homs",
    "Raqa in Raqqa province",
    "Tell Abiad, Hasakah",
    "Rakka, Iraq",
)
CONTEXTS = ("", "Shelling in Hama and Homs, Syria", "Clashes near Aleppo and Raqqa", "Tal Abiad, Ohio")


@pytest.fixture(scope="module")
def geocoders(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> tuple[OfflineGeocoder, ...]:
    lazy = geocoder_from(_collector, "variants")
    whole = OfflineGeocoder(lazy.gazetteer)

    def every_row(
        parsed: object, strict: bool, key: str, *, whole: bool = False, unsized: bool = False
    ) -> _Prepared:
        return OfflineGeocoder._prepare(whole_geocoder, parsed, strict, key, whole=True, unsized=unsized)  # type: ignore[arg-type]

    whole_geocoder = whole
    whole._prepare = every_row  # type: ignore[method-assign]
    return lazy, whole


def _answers(found: list[object]) -> list[tuple[str, float, str, str]]:
    return [(c.place.source_id, c.score, c.reason, c.location) for c in found]  # type: ignore[attr-defined]


def test_answers_are_those_of_every_row_built_at_once(geocoders: tuple[OfflineGeocoder, ...]) -> None:
    lazy, whole = geocoders
    for query in QUERIES:
        for text in CONTEXTS:
            keys = context_keys(text) if text else frozenset()
            for limit, margin in ((5, 0.05), (1, None), (3, 0.0), (10, 0.2), (5, None)):
                for country in (None, "SY"):
                    asked = {"keys": keys, "limit": limit, "margin": margin, "country": country}
                    assert _answers(lazy.geocode(query, **asked)) == _answers(
                        whole.geocode(query, **asked)
                    ), (
                        query,
                        text,
                        limit,
                        margin,
                        country,
                    )


def test_variants_wait_when_the_name_has_a_place_of_its_own(geocoders: tuple[OfflineGeocoder, ...]) -> None:
    lazy, _ = geocoders
    for query in ("Raqqa", "Raqa in Raqqa province", "Manbij"):
        parsed = parse_query(query)
        lazy._prepared_queries.clear()
        prepared = lazy._prepared(parsed, False, normalise(parsed.name))
        assert prepared.bound is not None, query
        assert all(row.match.how != "spelling variant" for row in prepared.rows), query
        # the best of them above what any variant could score: no variant is read for it
        lazy.geocode(query, limit=1)
        assert lazy._prepared(parsed, False, normalise(parsed.name)) is prepared, query


def test_no_variant_left_out_scores_above_the_bound(geocoders: tuple[OfflineGeocoder, ...]) -> None:
    lazy, _ = geocoders
    for query in QUERIES:
        parsed = parse_query(query)
        key = normalise(parsed.name)
        prepared = lazy._prepare(parsed, False, key)
        every = lazy._prepare(parsed, False, key, whole=True)
        assert every.bound is None
        kept = {row.ip.id for row in prepared.rows}
        waiting = [row for row in every.rows if row.ip.id not in kept]
        if prepared.bound is None:
            assert not waiting, query
            continue
        assert waiting, query
        assert all(row.match.how == "spelling variant" for row in waiting), query
        assert max(row.ceiling for row in waiting) <= prepared.bound, query
        # the rows built are the same rows, in the same order, and the rest read later joins them
        assert [r for r in every.rows if r.ip.id in kept] == list(prepared.rows), query
        assert prepared.rest is not None and prepared.rest() == every, query


def test_a_country_named_or_a_district_among_variants_reads_them_at_once(
    geocoders: tuple[OfflineGeocoder, ...],
) -> None:
    lazy, _ = geocoders
    parsed = parse_query("Raqa")
    assert lazy._prepare(parsed, True, "raqa").bound is None  # every candidate is scored then
    # "Manbij": Menbij district is a spelling variant, but a district's place is always read
    parsed = parse_query("Manbij")
    prepared = lazy._prepare(parsed, False, "manbij")
    gaz = lazy.gazetteer
    district = gaz.by_source_id("v:manbij-d")
    assert district is not None and gaz.is_unit(district.id)
    town = gaz.by_source_id("v:raqa")
    assert town is not None and not gaz.is_unit(town.id)
    assert prepared.bound is not None


@pytest.mark.parametrize(
    "query",
    [
        "Raqa, Hasakah",  # a parent that names no place and holds no candidate read
        "Ruqqa in Latakia province",
        "Menbij",  # a district no town read is the seat of
    ],
)
def test_a_reading_that_needs_every_row_is_told_before_the_name_rules_run(
    geocoders: tuple[OfflineGeocoder, ...], query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incident_explorer.places import offline

    lazy, _ = geocoders
    parsed = parse_query(query)
    key = normalise(parsed.name)
    ruled: list[bool] = []
    rules = offline._units_by_their_names

    def counted(*args: object, **kwargs: object) -> object:
        ruled.append(True)
        return rules(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(offline, "_units_by_their_names", counted)
    prepared = lazy._prepare(parsed, False, key)
    every = lazy._prepare(parsed, False, key, whole=True)
    assert prepared.bound is None and prepared == every, query  # every row, as before
    # the places read first already said so: the name rules ran once, for every candidate
    assert len(ruled) == 2, query
