"""Plane geometry shared by the reference points of countries (outlines) and states (their
towns' hull): one implementation of the polygon centroid."""

from __future__ import annotations


def centroid(ring: list[tuple[float, float]]) -> tuple[float, float] | None:
    """(x, y) of a polygon's area centroid (shoelace formula); None when it has no area."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return (cx / (3 * area), cy / (3 * area)) if area else None
