"""The gazetteer and geocoder are shared between threads (Streamlit sessions): same answers as
one thread, no error, even while their caches evict entries."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.offline import OfflineGeocoder

QUERIES = ["Homs", "al-Waer, Homs", "Ghouta, Homs", "Eastern Ghouta", "Paris", "Paris, Texas", "Halab",
           "Idleb", "Syria", "Alepo", "Hims", "France", "Pariss", "Syrian Arab Republic"]  # fmt: skip


def _answers(geo: OfflineGeocoder, queries: list[str]) -> list[tuple[str, ...]]:
    return [tuple(c.place.source_id for c in geo.geocode(q)) for q in queries]


def test_tiny_gazetteer_fixture_resolves_its_places(tiny_geocoder: OfflineGeocoder) -> None:
    assert tiny_geocoder.geocode("al-Waer, Homs")[0].place.source_id == "test:waer"
    assert tiny_geocoder.geocode("Paris, Texas")[0].place.source_id == "test:paris-tx"


def test_one_geocoder_shared_by_threads_answers_as_one_thread(tiny_gazetteer: Gazetteer) -> None:
    expected = _answers(OfflineGeocoder(tiny_gazetteer), QUERIES)
    tiny_gazetteer.clear_cache()
    shared = OfflineGeocoder(tiny_gazetteer)
    # Tiny caches: every thread keeps evicting what the others just stored.
    shared.MATCH_CACHE_SIZE = 3
    tiny_gazetteer._CACHE_SIZE = 3
    try:
        work = [QUERIES[(i * 7) % len(QUERIES) :] + QUERIES[: (i * 7) % len(QUERIES)] for i in range(16)]
        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(lambda qs: dict(zip(qs, _answers(shared, qs), strict=True)), work * 10))
    finally:
        del tiny_gazetteer._CACHE_SIZE
    for got in results:
        assert [got[q] for q in QUERIES] == expected
