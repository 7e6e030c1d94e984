"""The map's cells of many incidents: area by count, a colour only for a type that is at least
half of a cell, and circles sized to their cell at each zoom (no carpet of saturated cells)."""

from __future__ import annotations

import random

import folium
import pandas as pd

from incident_explorer.mapview import (
    MAX_POINTS,
    MIXED_COLOUR,
    TYPE_COLOURS,
    aggregate,
    cells_note,
    incident_layer,
)


def clusters(*groups: tuple[float, float, list[str]]) -> pd.DataFrame:
    """Incidents in tight clusters: (lat, lon, the event type of each incident there)."""
    rows = []
    for lat, lon, kinds in groups:
        for i, kind in enumerate(kinds):
            rows.append(
                {
                    "id": f"c{lat}-{lon}-{i}",
                    "event_date": pd.Timestamp("2017-03-01"),
                    "latitude": lat + (i % 7) * 1e-4,
                    "longitude": lon + (i % 5) * 1e-4,
                    "event_type": kind,
                    "sub_event_type": "",
                    "fatalities_best": 1.0,
                    "location": "Somewhere",
                }
            )
    return pd.DataFrame(rows)


def cells_of(frame: pd.DataFrame) -> dict[int, dict[str, object]]:
    found = aggregate(frame, max_points=3)
    return {int(f["properties"]["count"]): f["properties"] for f in found if "count" in f["properties"]}


def test_area_grows_with_the_number_of_incidents() -> None:
    cells = cells_of(
        clusters(
            (33.0, 36.0, ["Battles"] * 400), (35.0, 38.0, ["Battles"] * 100), (36.5, 40.5, ["Battles"] * 25)
        )
    )
    # a quarter of the incidents: half the radius, a quarter of the area
    assert cells[400]["scale"] == 1.0 and cells[100]["scale"] == 0.5 and cells[25]["scale"] == 0.25
    assert float(cells[400]["radius"]) == 2 * float(cells[100]["radius"])  # type: ignore[arg-type]
    # one size for all: three cells over ~3.5 x 4.5 degrees are ~2.3 degrees apart; the median
    # cell (100, half the largest's radius) fills that, so the largest's radius is ~2.3 degrees
    halves = {float(c["half"]) for c in cells.values()}  # type: ignore[arg-type]
    assert len(halves) == 1 and 2.0 < halves.pop() < 2.6


def test_a_cell_takes_a_type_colour_only_where_that_type_is_half_of_it() -> None:
    battles, shelling, civilians = "Battles", "Explosions/Remote violence", "Violence against civilians"
    cells = cells_of(
        clusters(
            (33.0, 36.0, [shelling] * 40 + [battles] * 30 + [civilians] * 30),  # plurality, no majority
            (35.0, 38.0, [civilians] * 30 + [battles] * 20),  # three in five
            (36.5, 40.5, [battles] * 10 + [shelling] * 10),  # exactly half
        )
    )
    assert cells[100]["colour"] == MIXED_COLOUR
    assert cells[50]["colour"] == TYPE_COLOURS[civilians]
    assert cells[20]["colour"] in {TYPE_COLOURS[battles], TYPE_COLOURS[shelling]}


def test_a_uniform_spread_is_drawn_as_cells_sized_to_the_map() -> None:
    n = MAX_POINTS + 1000
    rng = random.Random(7)
    frame = pd.DataFrame(
        {
            "id": [f"u{i}" for i in range(n)],
            "event_date": pd.to_datetime(["2016-05-01"] * n),
            "latitude": [32.5 + rng.random() * 4 for _ in range(n)],
            "longitude": [36.0 + rng.random() * 5 for _ in range(n)],
            "event_type": [
                rng.choice(("Protests", "Battles", "Explosions/Remote violence")) for _ in range(n)
            ],
            "sub_event_type": [""] * n,
            "fatalities_best": [0.0] * n,
            "location": ["Spread"] * n,
        }
    )
    layer, largest = incident_layer(frame)
    drawn = folium.Map()
    layer.add_to(drawn)
    html = drawn.get_root().render()
    cells = [f["properties"] for f in aggregate(frame) if "count" in f["properties"]]
    assert largest == max(int(c["count"]) for c in cells) > 1
    # three types spread alike: in whole cells of a hundred or more no type is half of them
    coarse = [f["properties"] for f in aggregate(frame, max_points=60) if "count" in f["properties"]]
    full = [c for c in coarse if int(c["count"]) >= 100]
    assert len(full) >= 10 and all(c["colour"] == MIXED_COLOUR for c in full)
    assert min(float(c["scale"]) for c in full) > 0.5  # alike in size too: a uniform spread
    assert "zoomend" in html  # the map resizes the cells at each zoom
    assert f"the largest: {largest:,}" in cells_note(largest)
    _small, none = incident_layer(frame.head(10))
    assert none == 0
