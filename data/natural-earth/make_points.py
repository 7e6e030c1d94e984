"""Make ``country_points.csv``: one interior reference point per country of the Natural Earth
outlines (``countries-50m.json``), used as the country's point in the gazetteer.

Run: python data/natural-earth/make_points.py
The point is the area centroid of the country's largest polygon when that lies inside it, else
an approximate pole of inaccessibility (of a grid of points inside, the one farthest from the
outline), so it always lies inside (Chile, Croatia). Unlike a population median it is where a
map, and GeoNames, put the country: the United States near 39.8 N 98.5 W, not in Indiana.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

HERE = Path(__file__).parent
GRID = 40


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:  # type: ignore[type-arg]
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in indexes:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if not pts else a[1:])
    return pts


def area(r: list[tuple[float, float]]) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1], strict=True))) / 2


def inside(r: list[tuple[float, float]], x: float, y: float) -> bool:
    hit = False
    j = len(r) - 1
    for i in range(len(r)):
        xi, yi = r[i]
        xj, yj = r[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def centroid(r: list[tuple[float, float]]) -> tuple[float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return (cx / (3 * a), cy / (3 * a)) if a else r[0]


def unwrap(r: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring across the antimeridian (Russia, Fiji) gets continuous longitudes."""
    xs = [x for x, _ in r]
    if max(xs) - min(xs) < 180:
        return r
    return [(x + 360 if x < 0 else x, y) for x, y in r]


def reference_point(r: list[tuple[float, float]]) -> tuple[float, float]:
    """The area centroid when it lies inside the outline (as GeoNames' country points do), else
    an interior point."""
    r = unwrap(r)
    x, y = centroid(r)
    if not inside(r, x, y):
        x, y = interior_point(r)
    return (x - 360 if x > 180 else x), y


def interior_point(r: list[tuple[float, float]]) -> tuple[float, float]:
    xs, ys = [p[0] for p in r], [p[1] for p in r]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    step = max(1, len(r) // 400)
    sample = r[::step]
    best, best_d = (sum(xs) / len(xs), sum(ys) / len(ys)), -1.0
    for i in range(GRID):
        for j in range(GRID):
            x = x0 + (x1 - x0) * (i + 0.5) / GRID
            y = y0 + (y1 - y0) * (j + 0.5) / GRID
            if not inside(r, x, y):
                continue
            k = math.cos(math.radians(y))
            d = min(((px - x) * k) ** 2 + (py - y) ** 2 for px, py in sample)
            if d > best_d:
                best, best_d = (x, y), d
    return best


def main() -> None:
    topo = json.loads((HERE / "countries-50m.json").read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    rows = []
    for g in topo["objects"]["countries"]["geometries"]:
        iso = g.get("properties", {}).get("isoA2", "")
        if not iso or iso == "-99":
            continue
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        outer = max((ring(arcs, p[0]) for p in polys), key=area)
        lon, lat = reference_point(outer)
        rows.append((iso, g["properties"]["name"], round(lat, 4), round(lon, 4)))
    with (HERE / "country_points.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(("iso_a2", "name", "latitude", "longitude"))
        w.writerows(sorted(rows))
    print(f"{len(rows)} country points")


if __name__ == "__main__":
    main()
