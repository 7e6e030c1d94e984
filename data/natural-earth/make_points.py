"""Make ``country_points.csv``: one interior reference point per country of the Natural Earth
outlines (``countries-50m.json``), used as the country's point in the gazetteer.

Run: python data/natural-earth/make_points.py
The point is the area centroid, on an equal-area projection (longitude, sine of latitude), of
the country's main polygons (each at least half the area of the largest: both islands of New
Zealand, not Alaska or Sicily), when that lies inside one of them, else the interior point nearest
to it (of a grid of points inside; an archipelago's centroid at sea, a bent country's), so it
always lies inside; ``at_centroid`` says which of the two it is (1 the centroid). Unlike a
population median it is where a map, and
GeoNames, put the country: the United States near 39.8 N 98.5 W, not in Indiana. The gazetteer
uses it unless the countryinfo package's conventional point lies more than 400 km away (Canada,
Indonesia) or it is not the centroid (see ``world.country_points``). On the dev corpora (the LGL
and GeoVirus toponyms answered with a country) this point alone is within 161 km of the gold
point for 1,560 of 1,785, the conventional points alone for 1,248, the two combined so for 1,679
(``benchmarks/geocode_accuracy.py --only lgl,geovirus --breakdown``).
A country the outlines give no ISO code (France, Norway) is known by its ISO3 code.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pycountry

from incident_explorer.places.geometry import centroid as polygon_centroid

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
    return polygon_centroid(r) or r[0]


MAIN_SHARE = 0.5  # polygons at least this share of the largest's area are the country's main land


def equal_area(r: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Cylindrical equal-area: a degree of longitude far north weighs what it covers."""
    return [(x, math.sin(math.radians(y))) for x, y in r]


def reference_point(
    rings: list[list[tuple[float, float]]], share: float = MAIN_SHARE
) -> tuple[float, float, bool]:
    """The equal-area centroid of the main polygons when it lies inside one of them (as GeoNames'
    country points do), else the interior point nearest to it; and whether it is the centroid."""
    xs = [x for r in rings for x, _ in r]
    if max(xs) - min(xs) >= 180:  # across the antimeridian (Russia, Fiji): continuous longitudes
        rings = [[(x + 360 if x < 0 else x, y) for x, y in r] for r in rings]
    sizes = [area(equal_area(r)) for r in rings]
    main = [r for r, a in zip(rings, sizes, strict=True) if a >= share * max(sizes)]
    total = cx = cy = 0.0
    for r in main:
        projected = equal_area(r)
        a = area(projected)
        x, y = centroid(projected)
        total, cx, cy = total + a, cx + a * x, cy + a * y
    x, y = cx / total, math.degrees(math.asin(max(-1.0, min(1.0, cy / total))))
    at_centroid = any(inside(r, x, y) for r in main)
    if not at_centroid:
        x, y = nearest_inside(main, x, y)
    return (x - 360 if x > 180 else x), y, at_centroid


def nearest_inside(rings: list[list[tuple[float, float]]], x: float, y: float) -> tuple[float, float]:
    """Of a grid of points inside the rings, the one nearest to (x, y): an archipelago's centroid
    at sea (the Philippines) or a bent country's (Vietnam) moves to the nearest land."""
    best, best_d = rings[0][0], math.inf
    k = math.cos(math.radians(y))
    for r in rings:
        xs, ys = [p[0] for p in r], [p[1] for p in r]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        for i in range(GRID):
            for j in range(GRID):
                px = x0 + (x1 - x0) * (i + 0.5) / GRID
                py = y0 + (y1 - y0) * (j + 0.5) / GRID
                d = ((px - x) * k) ** 2 + (py - y) ** 2
                if d < best_d and inside(r, px, py):
                    best, best_d = (px, py), d
    return best


def iso_code(props: dict[str, str]) -> str | None:
    """A country outline's ISO 3166 alpha-2 code: where Natural Earth writes -99, its alpha-3
    code still names the country. None for an outline that is not a country's."""
    iso = props.get("isoA2", "")
    if not iso or iso == "-99":
        known = pycountry.countries.get(alpha_3=props.get("adm0A3", ""))
        if known is None or props.get("type") not in ("Country", "Sovereign country"):
            return None
        iso = known.alpha_2
    return iso


def main() -> None:
    topo = json.loads((HERE / "countries-50m.json").read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    rows = []
    for g in topo["objects"]["countries"]["geometries"]:
        iso = iso_code(g.get("properties", {}))
        if iso is None:
            continue
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        lon, lat, at_centroid = reference_point([ring(arcs, p[0]) for p in polys])
        rows.append((iso, g["properties"]["name"], round(lat, 4), round(lon, 4), int(at_centroid)))
    with (HERE / "country_points.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(("iso_a2", "name", "latitude", "longitude", "at_centroid"))
        w.writerows(sorted(rows))
    print(f"{len(rows)} country points")


if __name__ == "__main__":
    main()
