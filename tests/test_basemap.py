"""The offline basemap's files: TopoJSON decoded, built once into the cache, labels by size."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from incident_explorer import basemap
from incident_explorer.settings import Settings

# Two squares sharing an edge: arc 0 is the shared edge, drawn forwards by one and backwards by
# the other (TopoJSON's ~i), with delta-encoded quantized points.
TOPO = {
    "type": "Topology",
    "transform": {"scale": [1, 1], "translate": [10, 20]},
    "arcs": [[[1, 0], [0, 1]], [[1, 1], [-1, 0], [0, -1], [1, 0]], [[1, 0], [1, 0], [0, 1], [-1, 0]]],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "West"}},
                {"type": "MultiPolygon", "arcs": [[[2, -1]]], "properties": {"name": "East"}},
            ],
        }
    },
}


def test_topojson_polygons_become_closed_rings() -> None:
    found = basemap.topojson_features(TOPO, "countries")["features"]
    west, east = found
    assert west["properties"]["name"] == "West" and west["geometry"]["type"] == "Polygon"
    ring = west["geometry"]["coordinates"][0]
    assert ring[0] == ring[-1] == [11.0, 20.0] and [10.0, 21.0] in ring
    east_ring = east["geometry"]["coordinates"][0][0]
    assert east_ring[0] == east_ring[-1] and [12.0, 21.0] in east_ring and [11.0, 21.0] in east_ring


def test_build_once_into_the_cache(tmp_path: Path, settings: Settings) -> None:
    local = replace(settings, cache_dir=tmp_path)
    folder = basemap.build(local)
    names = {p.name for p in folder.iterdir()}
    assert {
        "countries.json",
        "syria-admin1.json",
        "syria-admin3.json",
        "neighbourhoods.json",
        "labels.json",
    } <= names
    countries = json.loads((folder / "countries.json").read_text("utf-8"))["features"]
    assert any(f["properties"]["name"] == "Syria" for f in countries) and len(countries) > 150
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    zooms = {row[3] for row in labels}
    assert {4, 7, 9, 11, basemap.NEIGHBOURHOOD_ZOOM} <= zooms
    far_out = [row for row in labels if row[3] == 4]
    assert far_out and all(isinstance(row[2], str) for row in far_out)
    stamp = (folder / "labels.json").stat().st_mtime_ns
    assert basemap.build(local) == folder and (folder / "labels.json").stat().st_mtime_ns == stamp


def test_towns_outside_the_region_are_named_from_a_file_of_their_own(
    tmp_path: Path, settings: Settings
) -> None:
    folder = basemap.build(replace(settings, cache_dir=tmp_path))
    west, south, east, north = basemap.REGION

    def inside(row: list[object]) -> bool:
        lat, lon = float(row[0]), float(row[1])  # type: ignore[arg-type]
        return south <= lat <= north and west <= lon <= east

    world = json.loads((folder / "world-labels.json").read_text("utf-8"))
    names = {row[2] for row in world}
    assert {"Lagos", "Mogadishu", "Bamako", "Kyiv"} <= names  # reports from elsewhere get names offline
    assert not any(inside(row) for row in world)
    assert {row[3] for row in world} == {4, 7}  # a million people from zoom 4, 100,000 from 7
    region = json.loads((folder / "labels.json").read_text("utf-8"))
    assert all(
        inside(row) for row in region if row[3] < basemap.NEIGHBOURHOOD_ZOOM
    )  # Syria's map loads no more
