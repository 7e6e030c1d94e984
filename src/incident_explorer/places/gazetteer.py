"""Read access to the gazetteer index: exact, transliteration and fuzzy lookups."""

from __future__ import annotations

import functools
import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, TypeVar, cast

from rapidfuzz import fuzz, process

from incident_explorer.errors import GazetteerError
from incident_explorer.frozen import fast_init
from incident_explorer.places.index import (
    COUNTRY_POPULATION_SQL,
    LARGEST_TOWNS_SQL,
    Collector,
    KeyFilter,
    collect,
    ensure_index,
    fuzzy_blocks,
)
from incident_explorer.places.place import Feature, Place
from incident_explorer.progress import Progress, silent
from incident_explorer.settings import Settings


@fast_init
@dataclass(frozen=True, slots=True)
class IndexedPlace:
    id: int
    place: Place
    ancestry: frozenset[str]  # normalised names of enclosing places below country level
    activity: int = 0  # conflict events coded nearby: a prior among namesakes
    names_known: int = 0  # distinct keys of its own names: better-known places have more


class NameHit(NamedTuple):
    """A named tuple, not a frozen dataclass: an index read makes one per row, several times
    cheaper to build."""

    place_id: int
    key: str  # the indexed key that matched
    kind: int  # 0 primary name, 1 alternate name, 2 loose name (a demonym: "Syrian"), 3 a name's
    # transliteration key (spelling.translit)


_V = TypeVar("_V")


def place_ids(joined: str) -> list[int]:
    """The ids of a ``skeleton_keys`` row, in id order (the order of the index's key)."""
    return sorted(map(int, joined.split(",")))


class Gazetteer:
    """Thread-safe, read-only view of one index file: one connection used under a lock, caches
    changed only under a lock, cached values (frozen dataclasses, lists never changed after they
    are stored) shared."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            # immutable: an index file is written once, to a temporary name, and moved into place
            # (index.build), so SQLite may skip the lock and change check of every statement
            # (~15 % of its time over a text's thousands of small statements)
            self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            rows = self._db.execute("SELECT cc, name, names FROM countries").fetchall()
            stats = self._db.execute("SELECT v FROM meta WHERE k = 'stats'").fetchone()
            banned = self._db.execute("SELECT v FROM meta WHERE k = 'not_places'").fetchone()
            admin1 = self._db.execute("SELECT v FROM meta WHERE k = 'admin1_countries'").fetchone()
            conflict = self._db.execute("SELECT v FROM meta WHERE k = 'conflict_countries'").fetchone()
            arabic = self._db.execute("SELECT v FROM meta WHERE k = 'arabic_countries'").fetchone()
            common = self._db.execute("SELECT v FROM meta WHERE k = 'common_words'").fetchone()
            bits = self._db.execute("SELECT bits FROM keyfilter").fetchone()
            held = self._db.execute("SELECT key, place_id, kind FROM held").fetchall()
        except sqlite3.Error as exc:
            raise GazetteerError(
                f"{path}: cannot open the gazetteer index ({exc}); delete it to rebuild"
            ) from exc
        self._lock = threading.Lock()
        self.country_names: dict[str, str] = {cc: name for cc, name, _ in rows}
        self.country_keys: dict[str, frozenset[str]] = {
            cc: frozenset(names.split("|")) for cc, _, names in rows
        }
        self.stats: dict[str, object] = json.loads(stats[0]) if stats else {}
        # Name keys of groups, peoples and organisations: never places.
        self.not_places: frozenset[str] = frozenset(json.loads(banned[0])) if banned else frozenset()
        # Admin1 name key -> the one country that has an admin1 unit of that name ("ohio": "US").
        self.admin1_countries: dict[str, str] = json.loads(admin1[0]) if admin1 else {}
        # read at build time (a scan of every place, ~30 ms, at each first use before)
        self._conflict: frozenset[str] | None = frozenset(json.loads(conflict[0])) if conflict else None
        # Countries where Arabic is spoken: where a name spelt as Arabic is likeliest to lie.
        self.arabic_countries: frozenset[str] = frozenset(json.loads(arabic[0])) if arabic else frozenset()
        # Common English words in lower case (SCOWL): a capitalised one may be no name at all.
        self.common_words: frozenset[str] = frozenset(json.loads(common[0])) if common else frozenset()
        self._keys: KeyFilter | None = KeyFilter(bits[0]) if bits else None
        # the names of fallback towns that other places have (index `held`; a few thousand rows)
        self._held: dict[str, list[NameHit]] = {}
        for key, pid, kind in held:
            self._held.setdefault(key, []).append(NameHit(pid, key, kind))
        self._blocks: dict[str, list[str]] = {}
        self._cache_lock = threading.Lock()
        self._cache: dict[int, IndexedPlace] = {}
        self._exact_cache: dict[str, list[NameHit]] = {}
        self._skeleton_cache: dict[str, list[tuple[str, str]]] = {}
        self._skeleton_hits: dict[str, list[NameHit]] = {}
        # the districts and sub-districts among the places of the skeletons read so far
        # (`skeletons.unit`; never evicted: a fact of the index, ~14k ids at most)
        self._units: set[int] = set()

    _CACHE_SIZE = 100_000

    def place(self, place_id: int) -> IndexedPlace:
        hit = self._cache.get(place_id)
        return hit if hit is not None else self._place(place_id)

    def clear_cache(self) -> None:
        with self._cache_lock:
            self._cache.clear()
            self._exact_cache.clear()
            self._skeleton_cache.clear()
            self._skeleton_hits.clear()

    @classmethod
    def open(
        cls, settings: Settings | None = None, progress: Progress = silent, collector: Collector = collect
    ) -> Gazetteer:
        """Open the index for these settings, building or rebuilding it first if needed."""
        return cls(ensure_index(settings or Settings.from_env(), progress, collector))

    def close(self) -> None:
        self._db.close()

    @functools.cached_property
    def conflict_countries(self) -> frozenset[str]:
        """Countries where conflict events were coded near a place (``activity``): where a report
        of violence that names no country may be read."""
        if self._conflict is not None:
            return self._conflict
        return frozenset(cc for (cc,) in self._query("SELECT DISTINCT cc FROM places WHERE activity > 0", ()))

    @functools.cached_property
    def largest_towns(self) -> dict[tuple[str, str], int]:
        """(country, admin1) -> the population of its biggest town: whether a town of a
        province's name is its main town (read once, on first need, from the index's meta)."""
        stored = self._query("SELECT v FROM meta WHERE k = 'largest_towns'", ())
        # read at build time (an index built before that scans every place: ~0.12 s of CPU)
        rows = json.loads(stored[0][0]) if stored else self._query(LARGEST_TOWNS_SQL, (Feature.CITY.value,))
        return {(cc, admin1): int(pop) for cc, admin1, pop in rows}

    @functools.cached_property
    def country_of_key(self) -> dict[str, str]:
        """Each country name key -> its country; a key two countries share ("congolese", "congo",
        "dominican") goes to the more populous, as the geocoder reads a name countries share: news
        that says "Congolese troops" means the DR Congo's far more often (the later code's before)."""
        owners: dict[str, list[str]] = {}
        for cc, keys in self.country_keys.items():
            for k in keys:
                owners.setdefault(k, []).append(cc)
        people = self._country_population() if any(len(ccs) > 1 for ccs in owners.values()) else {}
        return {k: max(ccs, key=lambda cc: (people.get(cc, 0), cc)) for k, ccs in owners.items()}

    def _country_population(self) -> dict[str, int]:
        stored = self._query("SELECT v FROM meta WHERE k = 'country_population'", ())
        # read at build time (an index built before that scans every place)
        rows = (
            json.loads(stored[0][0])
            if stored
            else self._query(COUNTRY_POPULATION_SQL, (Feature.COUNTRY.value,))
        )
        return {cc: int(pop or 0) for cc, pop in rows}

    def _query(self, sql: str, args: tuple[object, ...]) -> list[Any]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def exact(self, key: str, *, loose: bool = False) -> list[NameHit]:
        """Places with this name key; ``loose`` adds places it names loosely ("syrian") and
        places whose transliteration key it is."""
        hits = self._exact_cache.get(key)
        if hits is None:
            rows = self._query("SELECT place_id, kind FROM names WHERE key = ?", (key,))
            hits = [NameHit(pid, key, kind) for pid, kind in rows]
            self._remember(self._exact_cache, key, hits)
        return hits if loose else [h for h in hits if h.kind < 2]

    def held(self, key: str) -> list[NameHit]:
        """Fallback towns (``Entry.fallback``) that have this name key though another place has
        it too: ``exact`` never returns them; the geocoder reads them only where the text's
        country or a unit speaks for them."""
        return self._held.get(key, [])

    def names_a_place(self, key: str) -> bool:
        """Whether ``exact`` finds a place for this key. A key the index's filter turns away is
        filed as naming nothing without a statement: spotting asks about every capitalised word
        and word run of a text, four in five of which name no place (``exact`` alone is asked
        mostly about names, which the filter would only slow down)."""
        if self._keys is not None and key not in self._exact_cache and not self._keys.may_name(key):
            self._file_names([key], [])
            return False
        return bool(self.exact(key))

    def prefetch(self, keys: list[str], skeleton: str | None = None) -> None:
        """Read the places of many name keys at once (what ``exact`` reads one query each):
        the names of a whole text are looked up together. With ``skeleton``, what
        ``skeleton_keys`` reads for it comes in the same query."""
        missing = [k for k in dict.fromkeys(keys) if k not in self._exact_cache]
        if self._keys is not None and missing:
            # keys no place has, as far as the filter tells, are filed as such without a query
            # (most of a text's word sequences; ``exact`` alone is asked mostly about names)
            named: list[str] = []
            unnamed: list[str] = []
            for k in missing:
                (named if self._keys.may_name(k) else unnamed).append(k)
            self._file_names(unnamed, [])
            missing = named
        if skeleton is not None and skeleton in self._skeleton_cache:
            skeleton = None
        if skeleton is not None and not missing:
            self.skeleton_keys(skeleton)
            return
        if skeleton is not None and len(missing) < 500:
            # Both tables in one query; each part in the order its own query returns it.
            marks = ",".join("?" * len(missing))
            rows = self._query(
                f"SELECT 0, key, place_id, kind FROM names WHERE key IN ({marks}) UNION ALL "
                f"SELECT 1, key, group_concat(place_id), {_UNIT_IDS} FROM skeletons WHERE skel = ? "
                "GROUP BY key ORDER BY 1, 2, 3",
                (*missing, skeleton),
            )
            split = next((i for i, row in enumerate(rows) if row[0]), len(rows))
            self._file_names(missing, [row[1:] for row in rows[:split]])
            self._file_skeleton(skeleton, [row[1:] for row in rows[split:]])
            return
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            marks = ",".join("?" * len(chunk))
            self._file_names(
                chunk,
                self._query(
                    f"SELECT key, place_id, kind FROM names WHERE key IN ({marks}) ORDER BY key, place_id",
                    tuple(chunk),
                ),
            )
        if skeleton is not None:
            self.skeleton_keys(skeleton)

    def _file_names(self, keys: list[str], rows: list[Any]) -> None:
        found: dict[str, list[NameHit]] = {k: [] for k in keys}
        for key, pid, kind in rows:
            found[key].append(NameHit(pid, key, kind))
        for key, hits in found.items():
            self._remember(self._exact_cache, key, hits)

    def skeleton_keys(self, skel: str) -> list[tuple[str, str]]:
        """The keys indexed under this skeleton, in key order, each with the ids of its places
        comma-joined (``place_ids``)."""
        found = self._skeleton_cache.get(skel)
        if found is None:
            # One row per key: a skeleton is shared by tens of keys, most too unlike the name
            # asked about for their places to be read.
            sql = (
                f"SELECT key, group_concat(place_id), {_UNIT_IDS} FROM skeletons WHERE skel = ? "
                "GROUP BY key ORDER BY key"
            )
            found = self._file_skeleton(skel, self._query(sql, (skel,)))
        return found

    def _file_skeleton(self, skel: str, rows: list[Any]) -> list[tuple[str, str]]:
        units = [int(i) for _, _, joined in rows if joined for i in joined.split(",")]
        if units:
            with self._cache_lock:
                self._units.update(units)
        found = [(key, ids) for key, ids, _ in rows]
        self._remember(self._skeleton_cache, skel, found)
        return found

    def is_unit(self, place_id: int) -> bool:
        """Whether a place of a skeleton read (``skeleton_keys``) is a district or sub-district."""
        return place_id in self._units

    def by_skeleton(self, skel: str) -> list[NameHit]:
        """Places with a name key of this skeleton, in key and id order (kept: spotting asks
        about the same words again and again)."""
        hits = self._skeleton_hits.get(skel)
        if hits is None:
            hits = [NameHit(pid, key, 1) for key, ids in self.skeleton_keys(skel) for pid in place_ids(ids)]
            self._remember(self._skeleton_hits, skel, hits)
        return hits

    def _remember(self, cache: dict[str, list[_V]], key: str, hits: list[_V]) -> None:
        with self._cache_lock:
            if len(cache) >= self._CACHE_SIZE:
                cache.pop(next(iter(cache)))  # oldest first: insertion order
            cache[key] = hits

    def fuzzy_keys(self, key: str, cutoff: float, limit: int = 5) -> list[tuple[str, float]]:
        """Indexed keys within ``cutoff`` (0-100, normalised Indel similarity) of ``key``."""
        if not key:
            return []
        spread = 1 if len(key) <= 6 else 2
        best: dict[str, float] = {}
        for n in range(len(key) - spread, len(key) + spread + 1):
            for block in fuzzy_blocks(key, n):
                choices = self._block(block)
                if not choices:
                    continue
                found = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
                for match, score, _ in found:
                    best[match] = max(score, best.get(match, 0.0))
        return sorted(best.items(), key=lambda kv: -kv[1])[:limit]

    def _block(self, block: str) -> list[str]:
        keys = self._blocks.get(block)
        if keys is None:
            rows = self._query("SELECT keys FROM fuzzy WHERE block = ?", (block,))
            keys = rows[0][0].split("\n") if rows else []  # newline-joined in key order
            with self._cache_lock:
                self._blocks[block] = keys
        return keys

    _PLACE_COLUMNS = (
        "id, source_id, name, lat, lon, feature, cc, admin1, admin2, parent, population, name_ar, "
        "ancestry, activity, names_known"
    )

    def _place(self, place_id: int) -> IndexedPlace:
        found = self.places([place_id])
        if not found:
            raise GazetteerError(f"{self.path}: place {place_id} is missing; delete the index to rebuild")
        return found[0]

    def places(self, ids: list[int]) -> list[IndexedPlace]:
        """Places by index id, in the order asked; one query for all those not cached yet."""
        cached = self._cache
        # One lookup per id (``get`` is atomic: another thread evicting cannot fail it).
        hits = [cached.get(i) for i in ids]
        missing = [i for i, ip in zip(ids, hits, strict=True) if ip is None]
        if not missing:
            return cast(list[IndexedPlace], hits)  # every one found
        found = {i: ip for i, ip in zip(ids, hits, strict=True) if ip is not None}
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {self._PLACE_COLUMNS} FROM places WHERE id IN ({marks})"
            fetched = [_row_to_place(row) for row in self._query(sql, tuple(chunk))]
            with self._cache_lock:
                for ip in fetched:
                    if len(cached) >= self._CACHE_SIZE:
                        cached.pop(next(iter(cached)))  # oldest first: insertion order
                    cached[ip.id] = ip
            found.update((ip.id, ip) for ip in fetched)
        return [found[i] for i in ids if i in found]

    def by_source_id(self, source_id: str) -> IndexedPlace | None:
        rows = self._query("SELECT id FROM places WHERE source_id = ?", (source_id,))
        return self.place(int(rows[0][0])) if rows else None


# a skeleton row's unit places, comma-joined (NULL when none: group_concat skips NULLs)
_UNIT_IDS = "group_concat(CASE WHEN unit THEN place_id END)"
_FEATURES = {f.value: f for f in Feature}  # a dict lookup: Feature(value) is slow per row
# Enclosing-place strings repeat across places (every town of a county has the same one): each
# is split once, and the places that share it share one frozenset.
_ANCESTRIES: dict[str, frozenset[str]] = {}
_ANCESTRIES_SIZE = 50_000


def _ancestry(joined: str) -> frozenset[str]:
    found = _ANCESTRIES.get(joined)
    if found is None:
        found = frozenset(joined.split("|")) - {""}
        if len(_ANCESTRIES) >= _ANCESTRIES_SIZE:
            _ANCESTRIES.clear()  # rare: a cache of small values, not worth an LRU's upkeep
        _ANCESTRIES[joined] = found
    return found


def _row_to_place(row: Any) -> IndexedPlace:
    pid, sid, name, lat, lon, feature, cc, a1, a2, parent, pop, name_ar, ancestry, activity, known = row
    # Positional: keyword arguments cost more than the rest of building a place.
    place = Place(sid, name, lat, lon, _FEATURES[feature], cc, a1, a2, parent, pop, name_ar)
    return IndexedPlace(int(pid), place, _ancestry(ancestry), int(activity), int(known))
