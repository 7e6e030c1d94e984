"""Caches and faster scans on the geocoding path give what the plain computation gives."""

from __future__ import annotations

from incident_explorer.places import offline
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.offline import ContextKeys, OfflineGeocoder, context_keys
from incident_explorer.places.spelling import normalise, skeleton, translit

TEXTS = [
    "Air strikes hit Kafr Nabl and Maarat al-Numan , Idlib , said the UK-based SOHR .",
    "March on the Old City Road: protesters marched down the road in March , Douglas County",
    "U.S.-led coalition jets struck Raqqa ; CAN and can , Peter Pan , Mar. 3",
    "حمص , al-Waer , AL-WAER , Wa'er , Homs Homs homs",
    "",
    " , , ",
    "Deir Ezzor Deir ez-Zor DEIR EZ-ZOR deir",
]


def _proper_by_definition(text: str) -> frozenset[str]:
    """Every run of 1-3 words of capitalised tokens with a word the text never writes in lower
    case: the definition, read word run by word run."""
    words = [(w, raw[:1].isupper()) for raw in text.split() for w in normalise(raw).split()]
    lower = {w for w, cap in words if not cap}
    found = set()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            if all(cap for _, cap in run) and any(w not in lower for w, _ in run):
                found.add(" ".join(w for w, _ in run))
    return frozenset(found)


def test_context_keys_names_are_the_runs_the_definition_gives() -> None:
    for text in TEXTS:
        keys = context_keys(text)
        assert isinstance(keys, ContextKeys)
        assert keys.proper == _proper_by_definition(text), text
    keys = context_keys("Homs and Road , the road to Homs")
    assert "homs" in keys.proper and "road" not in keys.proper


def test_context_keys_are_the_same_when_tokens_come_from_the_cache() -> None:
    first = [context_keys(t) for t in TEXTS]
    offline._RAW_WORDS.clear()
    again = [context_keys(t) for t in TEXTS]
    for a, b in zip(first, again, strict=True):
        assert a == b
        assert isinstance(a, ContextKeys) and isinstance(b, ContextKeys)
        assert (a.proper, a.capitals) == (b.proper, b.capitals)


def test_typo_matches_cached_equal_the_computed_ones(tiny_gazetteer: Gazetteer) -> None:
    geocoder = OfflineGeocoder(tiny_gazetteer)
    seen = {}
    for key in ("alepo", "idlibb", "hmos", "pariss", "ghotta", "zzzz"):
        computed = geocoder._find_fuzzy_matches(key)
        assert geocoder._fuzzy_matches(key) == computed
        assert geocoder._fuzzy_matches(key) == computed  # from the cache
        seen[key] = computed
    assert seen["alepo"] and seen["pariss"] and seen["alepo"] != seen["pariss"]
    assert not seen["zzzz"]
    # a misspelt name asked with different parents reads the same typo matches
    for query in ("Alepo", "Alepo, Syria", "Alepo city"):
        assert geocoder.geocode(query)[0].place.source_id == "test:aleppo"


def test_enclosing_spellings_are_those_of_each_place_s_own_ancestry(tiny_gazetteer: Gazetteer) -> None:
    geocoder = OfflineGeocoder(tiny_gazetteer)
    ids = [h.place_id for key in ("waer", "ghota", "homs", "paris") for h in tiny_gazetteer.exact(key)]
    for ip in tiny_gazetteer.places(ids):
        skeletons, translits, words = geocoder._ancestry_spellings(ip)
        assert skeletons == {skeleton(a) for a in ip.ancestry}
        assert translits == {translit(a) for a in ip.ancestry}
        assert words == {w for a in ip.ancestry for w in a.split() if len(w) > 3}
    # the neighbourhoods lie in Homs, however the parent is spelt
    for query, sid in (
        ("al-Waer, Homs", "test:waer"),
        ("Ghota, Homs", "test:ghota"),
        ("Wa'er, Hims", "test:waer"),
    ):
        found = geocoder.geocode(query)
        assert found[0].place.source_id == sid
        assert f"; in {query.split(', ')[1]}" in found[0].reason
