"""The map layer: escaping, aggregation, and a base map that stays identical between reruns."""

from __future__ import annotations

import json
import math
from pathlib import Path

import folium
import pandas as pd

from incident_explorer.mapview import (
    MAX_POINTS,
    Assets,
    aggregate,
    base_map,
    features,
    incident_layer,
    radius,
    timeline,
)

ASSETS = Assets("/component/x/leaflet.js", "/component/x/leaflet.css")
OUTLINES = Path(__file__).resolve().parents[1] / "data" / "syria-ocha" / "admin1.geojson"


def frame(n: int, location: str = "Homs") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": [f"i{i}" for i in range(n)],
            "event_date": pd.to_datetime(["2017-02-25"] * n),
            "latitude": [32.5 + (i % 100) * 0.04 for i in range(n)],
            "longitude": [36.0 + (i // 100 % 100) * 0.05 for i in range(n)],
            "event_type": ["Battles"] * n,
            "sub_event_type": ["Armed clash"] * n,
            "fatalities_best": [float(i % 5) for i in range(n)],
            "location": [location] * n,
        }
    )


def test_base_map_html_is_identical_between_reruns_and_local_only() -> None:
    a = base_map(ASSETS, offline=True, outlines=OUTLINES).get_root().render()
    b = base_map(ASSETS, offline=True, outlines=OUTLINES).get_root().render()
    assert a == b
    assert "cdn" not in a.lower() and "tile.openstreetmap" not in a and "/component/x/leaflet.js" in a
    online = base_map(ASSETS, offline=False).get_root().render()
    assert "tile.openstreetmap.org" in online and "OpenStreetMap" in online


def test_labels_are_escaped_for_tooltips() -> None:
    [f] = features(frame(1, "<img src=x onerror=alert(1)>"))
    assert "<img" not in f["properties"]["label"] and "&lt;img" in f["properties"]["label"]
    assert f["geometry"]["coordinates"] == [36.0, 32.5]  # GeoJSON order: longitude, latitude


def test_unplaced_incidents_are_not_drawn() -> None:
    df = frame(3)
    df.loc[1, ["latitude", "longitude"]] = None
    assert len(features(df)) == 2


def test_many_points_become_cells() -> None:
    big = frame(MAX_POINTS + 500)
    layer, cells = incident_layer(big)
    assert cells
    found = aggregate(big)
    assert 0 < len(found) <= MAX_POINTS
    assert sum(int(f["properties"]["label"].split()[0].replace(",", "")) for f in found) == len(big)
    small_layer, small_cells = incident_layer(frame(10))
    assert not small_cells and isinstance(small_layer, folium.FeatureGroup)


def test_selected_incident_draws_its_precision() -> None:
    layer, _ = incident_layer(frame(2), {"latitude": 34.7, "longitude": 36.7, "geo_precision": 3})
    circles = [c for c in layer._children.values() if isinstance(c, folium.Circle)]
    assert len(circles) == 1 and circles[0].options["radius"] == 100_000
    assert json.dumps(radius(None)) == "4.0" and radius(400) == 18.0


def test_timeline_counts_per_day_or_week_by_type() -> None:
    days = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d"],
            "event_date": pd.to_datetime(["2017-02-25", "2017-02-25", "2017-02-27", None]),
            "event_type": ["Battles", "Battles", "Protests", "Battles"],
            "fatalities_best": [3, None, 1, 9],
        }
    )
    daily, per = timeline(days, span_days=30)
    assert per == "day" and daily["incidents"].tolist() == [2, 1]  # the undated row is not drawn
    assert daily["fatalities"].tolist() == [3, 1]
    weekly, per = timeline(days, span_days=400)
    assert per == "week" and weekly["incidents"].sum() == 3 and len(weekly) == 2  # same week, two types


def test_base_map_loads_the_basemap_from_the_app_and_keeps_names_as_text() -> None:
    offline = base_map(ASSETS, offline=True, basemap="/component/x.basemap_files").get_root().render()
    assert '"/component/x.basemap_files/"' in offline and "countries.json" in offline
    assert "textContent = row[2]" in offline and "innerHTML" not in offline
    assert offline == base_map(ASSETS, offline=True, basemap="/component/x.basemap_files").get_root().render()
    online = base_map(ASSETS, offline=False, basemap="/component/x.basemap_files").get_root().render()
    assert "tile.openstreetmap.org" in online and "OpenStreetMap" in online


def test_a_map_opened_on_an_incident_shows_its_precision_ring() -> None:
    from incident_explorer.mapview import PRECISION_RADIUS_M, focus

    assert focus(33.51, 36.29, 1) == (33.51, 36.29, 12)  # a town and its surroundings
    assert focus(14.5, -4.2, 3)[2] == 7  # a province's 100 km ring in view, not a blank town zoom
    assert focus(14.5, -4.2, None)[2] == 7 and focus(36.2, 37.1, 2)[2] == 9
    assert set(PRECISION_RADIUS_M) == {1, 2, 3}


def test_a_map_fitted_to_proposed_incidents_holds_them_all() -> None:
    from incident_explorer.mapview import fit

    # the review's map opened on Syria whatever the report: Nigeria's incidents were out of view
    for points in (
        [(12.1, 6.2, 3), (11.85, 13.16, 1), (11.85, 13.16, 1)],  # Zamfara region and Maiduguri
        [(2.04, 45.34, 1), (-0.36, 42.55, 1), (None, None, None)],  # Mogadishu, Kismayo, one unplaced
        [(50.45, 30.52, 1), (49.99, 36.23, 2), (46.48, 30.72, 1)],  # Kyiv, near Kharkiv, Odesa
    ):
        placed = [(lat, lon) for lat, lon, _ in points if lat is not None and lon is not None]
        lat, lon, zoom = fit(points, width=900, height=360) or (0.0, 0.0, 0)
        # every point within the map's half-size in pixels at that zoom (Web Mercator)
        scale = 256 * 2**zoom / 360
        for plat, plon in placed:
            assert abs(plon - lon) * scale < 450
            assert abs(_y(plat) - _y(lat)) * 256 * 2**zoom / (2 * math.pi) < 180
        assert 3 <= zoom <= 9
    assert fit([(34.73, 36.71, 1)]) == (34.73, 36.71, 12)  # one town: its surroundings, as focus
    assert fit([(34.73, 36.71, 3)]) == (34.73, 36.71, 7)  # one province: its ring
    assert fit([(None, None, 1)]) is None and fit([]) is None


def _y(latitude: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2))
