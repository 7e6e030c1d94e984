"""OCHA's areas of a city's neighbourhoods (Damascus's Jowbar, Mazzeh, Qaboun): the districts
news names, as places of their own, on inline OCHA files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature
from incident_explorer.places.sources import Entry, ocha
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings


def _hood(
    code: str, name: str, lat: float, lon: float, area: str, area_ar: str, area_code: str
) -> dict[str, object]:
    props = {
        "NAME_EN": name,
        "NAM_EN_REF": name,
        "NAME_AR": "",
        "PCODE": code,
        "ADM4_EN": "Damascus",
        "AREA_EN": area,
        "AREA_AR": area_ar,
        "AREA_PCODE": area_code,
        "ADM3_EN": "Damascus",
        "ADM2_EN": "Damascus",
        "ADM1_EN": "Damascus",
        "ADM1_AR": "دمشق",
        "LATITUDE": lat,
        "LONGITUDE": lon,
    }
    return {"type": "Feature", "properties": props, "geometry": None}


def _data(root: Path) -> Path:
    folder = root / "syria-ocha"
    folder.mkdir(parents=True)
    hoods = [
        _hood("N1", "Joubar Gharbi", 33.522, 36.330, "Jowbar", "جوبر", "A8"),
        _hood("N2", "Joubar Sharqi", 33.526, 36.342, "Jowbar", "جوبر", "A8"),
        _hood("N3", "Al Istiqlal", 33.510, 36.327, "Jowbar", "جوبر", "A8"),
        _hood("N4", "Mazzeh Jabal", 33.500, 36.240, "Mazzeh", "المزة", "A9"),
        _hood("N5", "Mazzeh 86", 33.505, 36.250, "Mazzeh", "المزة", "A9"),
        # an area of one neighbourhood of its name is that neighbourhood; no area at all
        _hood("N6", "Hettin", 33.470, 36.300, "Hettin", "حطين", "A16"),
        _hood("N7", "Bab Touma", 33.513, 36.316, "<Null>", "<Null>", ""),
    ]
    empty = {"type": "FeatureCollection", "features": []}
    for name in ("admin1.geojson", "admin2.geojson", "admin3.geojson"):
        (folder / name).write_text(json.dumps(empty), encoding="utf-8")
    collection = {"type": "FeatureCollection", "features": hoods}
    (folder / "neighbourhoods.geojson").write_text(json.dumps(collection), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def entries(tmp_path_factory: pytest.TempPathFactory) -> list[Entry]:
    return list(ocha.load(_data(tmp_path_factory.mktemp("ocha"))))


def test_an_area_of_several_neighbourhoods_is_a_place_at_their_middle(entries: list[Entry]) -> None:
    areas = {e.place.source_id: e for e in entries if e.place.source_id.startswith("ocha:A")}
    assert sorted(areas) == ["ocha:A8", "ocha:A9"]
    jobar = areas["ocha:A8"]
    assert jobar.names == ("Jowbar", "جوبر") and jobar.place.feature is Feature.NEIGHBOURHOOD
    assert jobar.place.latitude == pytest.approx((33.522 + 33.526 + 33.510) / 3)
    assert jobar.place.parent == "Damascus" and "Damascus" in jobar.ancestry


@pytest.fixture(scope="module")
def geo(
    geocoder_from: Callable[[Collector, str], OfflineGeocoder], tmp_path_factory: pytest.TempPathFactory
) -> OfflineGeocoder:
    data = _data(tmp_path_factory.mktemp("ocha-geo"))

    def collect(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
        return list(ocha.load(data)), {"SY": ("Syria",)}

    return geocoder_from(collect, "areas")


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("Jobar", "ocha:A8"),
        ("the Jobar district", "ocha:A8"),
        ("Joubar, Damascus", "ocha:A8"),
        ("Mazzeh neighbourhood", "ocha:A9"),
        ("جوبر", "ocha:A8"),
    ],
)
def test_news_names_a_damascus_district_by_its_area(geo: OfflineGeocoder, query: str, sid: str) -> None:
    assert geo.geocode(query, country="SY", limit=1)[0].place.source_id == sid
