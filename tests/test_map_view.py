"""Where the Map page opens on the incidents it shows: home (Syria) while any is in view there,
fitted to them when none is."""

from __future__ import annotations

import pandas as pd

from incident_explorer.mapview import HOME, HOME_BOUNDS, view_for


def shown(*points: tuple[float | None, float | None]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": [f"v{i}" for i in range(len(points))],
            "latitude": [p[0] for p in points],
            "longitude": [p[1] for p in points],
        }
    )


def inside(view: tuple[float, float, int], lat: float, lon: float) -> bool:
    # a 540 x 560 px map at the view's zoom (256 px a tile), roughly
    degrees = 540 * 360 / (256 * 2 ** view[2])
    return abs(view[0] - lat) < degrees / 2 and abs(view[1] - lon) < degrees / 2


def test_incidents_far_from_syria_bring_the_map_to_them() -> None:
    # two towns in Darfur; a port in Somalia; one in Ukraine
    darfur = view_for(shown((13.63, 25.35), (14.20, 24.67)))
    assert darfur != HOME and inside(darfur, 13.63, 25.35) and inside(darfur, 14.20, 24.67)
    somalia = view_for(shown((-0.36, 42.55), (None, None)))
    assert inside(somalia, -0.36, 42.55)
    assert inside(view_for(shown((46.48, 30.73))), 46.48, 30.73)


def test_the_map_stays_home_while_every_shown_incident_is_there() -> None:
    assert view_for(shown((34.73, 36.71), (36.20, 37.16))) == HOME  # Homs, Aleppo
    assert view_for(shown((34.73, 36.71), (None, None))) == HOME  # Homs and an unplaced one
    assert view_for(shown()) == HOME and view_for(shown((None, None))) == HOME
    south, west, north, east = HOME_BOUNDS
    assert south < HOME[0] < north and west < HOME[1] < east


def test_the_map_fits_every_shown_incident_when_one_is_outside_home() -> None:
    # (found by review rev27) one shown incident abroad was out of view on the map of Syria
    for points in (
        [(34.73, 36.71), (13.63, 25.35)],  # Homs and a town in Darfur
        [(36.20, 37.16), (3.12, 43.65)],  # Aleppo and a town in Somalia
        [(33.51, 36.29), (37.18, 42.14)],  # Damascus and al-Malikiyah, past the home view's east edge
    ):
        view = view_for(shown(*points))
        assert view != HOME and all(inside(view, lat, lon) for lat, lon in points), (points, view)
