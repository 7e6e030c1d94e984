"""The incidents' layer sent as columns: the same features rebuilt, each id written once, labels
that cannot end the script."""

from __future__ import annotations

import json
import re

import folium
import pandas as pd

from incident_explorer.mapview import MARKER_STYLE, _columns, aggregate, features, incident_layer


def frame(n: int, location: str = "Homs") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": [f"i{i}" for i in range(n)],
            "event_date": pd.to_datetime(["2017-02-25"] * n),
            "latitude": [34.5 + (i % 7) * 0.1 for i in range(n)],
            "longitude": [36.5 + (i % 11) * 0.1 for i in range(n)],
            "event_type": ["Battles", "Protests", "Riots"] * (n // 3) + ["Battles"] * (n % 3),
            "sub_event_type": [""] * n,
            "fatalities_best": [float(i % 4) for i in range(n)],
            "location": [location] * n,
        }
    )


def rebuilt(columns: dict) -> list[dict]:
    """What the layer's script does with the columns, in Python."""
    keys = list(columns["properties"])
    return [
        {
            "geometry": {"coordinates": [lon, lat], "type": "Point"},
            "properties": {
                k: columns["properties"][k][i] for k in keys if columns["properties"][k][i] is not None
            },
            "type": "Feature",
        }
        for i, (lon, lat) in enumerate(zip(columns["lon"], columns["lat"], strict=True))
    ]


def test_columns_rebuild_the_same_features_with_their_properties_in_order() -> None:
    for drawn in (features(frame(9)), aggregate(frame(300), max_points=20)):
        # cells and single incidents have different properties: each keeps its own
        again = rebuilt(json.loads(json.dumps(_columns(drawn))))
        assert [f["properties"] for f in again] == [dict(sorted(f["properties"].items())) for f in drawn]
        assert [list(f["properties"]) for f in again] == [sorted(f["properties"]) for f in drawn]
        assert [f["geometry"]["coordinates"] for f in again] == [f["geometry"]["coordinates"] for f in drawn]


def render(df: pd.DataFrame) -> str:
    layer, _ = incident_layer(df)
    m = folium.Map()
    layer.add_to(m)
    return m.get_root().render()


def test_each_incident_is_written_once_and_styled_from_its_own_properties() -> None:
    html = render(frame(30))
    assert "switch(" not in html  # no style case per incident id
    assert all(len(re.findall(rf'"i{i}"', html)) == 1 for i in range(30))
    assert json.dumps(MARKER_STYLE, sort_keys=True) in html
    assert "fillColor: p.colour, radius: p.radius" in html


def test_a_label_cannot_end_the_script_or_open_markup() -> None:
    html = render(frame(3, location="</script><script>alert('x')</script> & co"))
    assert "</script><script>alert" not in html and "alert('x')" not in html
    assert "\\u0026lt;/script\\u0026gt;" in html  # html.escape first, then its & for the script
    assert "&lt;/script&gt;" not in html  # its & written as \u0026 like every &
