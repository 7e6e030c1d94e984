"""Read access to the gazetteer index: exact, transliteration and fuzzy lookups."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from .errors import GazetteerError
from .index import Collector, collect, ensure_index, fuzzy_block
from .models import Feature, Place
from .progress import Progress, silent
from .settings import Settings


@dataclass(frozen=True, slots=True)
class IndexedPlace:
    id: int
    place: Place
    ancestry: frozenset[str]  # normalised names of enclosing places below country level


@dataclass(frozen=True, slots=True)
class NameHit:
    place_id: int
    key: str  # the indexed key that matched
    kind: int  # 0 primary name, 1 alternate name


class Gazetteer:
    """Thread-safe, read-only view of one index file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            rows = self._db.execute("SELECT cc, name, names FROM countries").fetchall()
            stats = self._db.execute("SELECT v FROM meta WHERE k = 'stats'").fetchone()
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
        self._blocks: dict[str, list[str]] = {}
        self.place = lru_cache(maxsize=65536)(self._place)

    @classmethod
    def open(
        cls, settings: Settings | None = None, progress: Progress = silent, collector: Collector = collect
    ) -> Gazetteer:
        """Open the index for these settings, building or rebuilding it first if needed."""
        return cls(ensure_index(settings or Settings.from_env(), progress, collector))

    def close(self) -> None:
        self._db.close()

    def _query(self, sql: str, args: tuple[object, ...]) -> list[Any]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def exact(self, key: str) -> list[NameHit]:
        rows = self._query("SELECT place_id, kind FROM names WHERE key = ?", (key,))
        return [NameHit(int(pid), key, int(kind)) for pid, kind in rows]

    def by_skeleton(self, skel: str) -> list[NameHit]:
        rows = self._query("SELECT place_id, key FROM skeletons WHERE skel = ?", (skel,))
        return [NameHit(int(pid), str(key), 1) for pid, key in rows]

    def fuzzy_keys(self, key: str, cutoff: float, limit: int = 5) -> list[tuple[str, float]]:
        """Indexed keys within ``cutoff`` (0-100, normalised Indel similarity) of ``key``."""
        if not key:
            return []
        spread = 1 if len(key) <= 6 else 2
        choices: list[str] = []
        for length in range(len(key) - spread, len(key) + spread + 1):
            choices.extend(self._block(fuzzy_block(key, length)))
        found = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
        return [(match, float(score)) for match, score, _ in found]

    def _block(self, block: str) -> list[str]:
        keys = self._blocks.get(block)
        if keys is None:
            rows = self._query("SELECT key FROM fuzzy WHERE block = ?", (block,))
            keys = self._blocks[block] = [str(r[0]) for r in rows]
        return keys

    def _place(self, place_id: int) -> IndexedPlace:
        rows = self._query(
            "SELECT source_id, name, lat, lon, feature, cc, admin1, admin2, parent, population,"
            " name_ar, ancestry FROM places WHERE id = ?",
            (place_id,),
        )
        if not rows:
            raise GazetteerError(f"{self.path}: place {place_id} is missing; delete the index to rebuild")
        sid, name, lat, lon, feature, cc, a1, a2, parent, pop, name_ar, ancestry = rows[0]
        place = Place(
            source_id=str(sid),
            name=str(name),
            latitude=float(lat),
            longitude=float(lon),
            feature=Feature(feature),
            country_code=str(cc),
            admin1=str(a1),
            admin2=str(a2),
            parent=str(parent),
            population=int(pop),
            name_ar=str(name_ar),
        )
        keys = frozenset(str(ancestry).split("|")) - {""}
        return IndexedPlace(id=place_id, place=place, ancestry=keys)

    def by_source_id(self, source_id: str) -> IndexedPlace | None:
        rows = self._query("SELECT id FROM places WHERE source_id = ?", (source_id,))
        return self.place(int(rows[0][0])) if rows else None
