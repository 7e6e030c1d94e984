"""Where states and provinces lie, and the names Australian and Canadian news gives them."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_explorer.places.distance import distance_km
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Feature
from incident_explorer.places.sources import world
from incident_explorer.places.sources.geonames import (
    _hull_centre,
    _strays,
    _without_isolated,
    directional_variants,
)


def test_a_unit_settled_along_one_edge_is_placed_in_the_middle_of_its_towns_land() -> None:
    # Many towns along the southern edge, a few pairs spread over the north: the point lies
    # nearer the middle of the land than the towns' median would.
    south = [(49.0 + 0.01 * (i % 5), -120.0 + 0.1 * i) for i in range(100)]
    north = [(55.0, -119.0), (59.0, -118.0), (59.5, -111.0), (55.0, -110.0)]
    north += [(lat + 0.3, lon + 0.4) for lat, lon in north]
    lat, lon = _hull_centre(south + north)
    assert 52.0 < lat < 56.0
    assert -118.0 < lon < -111.0


def test_an_outlying_island_does_not_move_the_point() -> None:
    square = [(float(la), float(lo)) for la in range(10, 21) for lo in range(30, 41)]
    lat, lon = _hull_centre([*square, (-40.0, 100.0)])
    assert abs(lat - 15.0) < 0.5 and abs(lon - 35.0) < 0.5


def test_a_unit_across_the_antimeridian_keeps_its_longitude() -> None:
    towns = [(65.0 + 0.1 * i, 175.0 + 0.2 * i) for i in range(20)]
    towns += [(66.0 + 0.1 * i, -179.0 + 0.2 * i) for i in range(20)]
    lat, lon = _hull_centre(towns)
    assert 64.0 < lat < 69.0
    assert lon > 170.0 or lon < -170.0


@pytest.mark.parametrize(
    ("query", "province"),
    [
        ("Newcastle, NSW", "New South Wales"),
        ("Toowoomba, Qld", "Queensland"),
        ("Red Deer, Alta.", "Alberta"),
        ("Kamloops, B.C.", "British Columbia"),
        ("Halifax, N.S.", "Nova Scotia"),
    ],
)
def test_towns_with_the_news_abbreviation_of_their_province(
    geocoder: OfflineGeocoder, query: str, province: str
) -> None:
    found = geocoder.geocode(query, limit=1)
    assert found[0].place.admin1 == province
    assert found[0].place.feature is Feature.CITY


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("NSW", "Bushfires burned across NSW as crews from Sydney and Newcastle fought them."),
        ("Sask.", "Farmers in Sask. said the harvest was poor; Regina officials agreed."),
        ("Ont.", "Hospitals in Ont. were full, Toronto officials said."),
    ],
)
def test_a_province_abbreviation_alone_is_the_province(
    geocoder: OfflineGeocoder, query: str, text: str
) -> None:
    found = geocoder.geocode(query, keys=context_keys(text), limit=1)
    assert found[0].place.feature is Feature.ADMIN1
    assert found[0].place.country_code in ("AU", "CA")


def test_a_state_point_lies_within_the_state(geocoder: OfflineGeocoder) -> None:
    # Points come from the towns' land, not a population centre: Queensland not in Brisbane.
    found = geocoder.geocode("Queensland", limit=1)
    p = found[0].place
    assert p.feature is Feature.ADMIN1
    assert distance_km(p.latitude, p.longitude, -27.47, 153.03) > 500  # far from Brisbane
    assert -29.0 < p.latitude < -10.0 and 138.0 < p.longitude < 154.0


@pytest.mark.parametrize("island", [(12.0, 40.0), (3.0, 35.0), (19.5, 28.0)])
def test_a_lone_island_town_near_the_unit_does_not_move_the_point(island: tuple[float, float]) -> None:
    # under 200 towns: the per-axis trim keeps them all, so only the isolation rule drops the island
    square = [(10.0 + 0.5 * i, 30.0 + 0.5 * j) for i in range(13) for j in range(13)]
    assert _hull_centre([*square, island]) == pytest.approx(_hull_centre(square), abs=0.05)
    assert _without_isolated([*square, island]) == square


def _write_points(
    folder: Path,
    outline: list[tuple[str, float, float]],
    conventional: list[tuple[str, float, float]],
    snapped: frozenset[str] = frozenset(),
) -> Path:
    (folder / "natural-earth").mkdir()
    (folder / "countryinfo").mkdir()
    with (folder / "natural-earth" / "country_points.csv").open("w", encoding="utf-8") as fh:
        fh.write("iso_a2,name,latitude,longitude,at_centroid\n")
        fh.writelines(f"{cc},{cc},{lat},{lon},{int(cc not in snapped)}\n" for cc, lat, lon in outline)
    with (folder / "countryinfo" / "countries.csv").open("w", encoding="utf-8") as fh:
        fh.write("iso_a2,name,latitude,longitude,demonym\n")
        fh.writelines(f"{cc},{cc},{lat},{lon},\n" for cc, lat, lon in conventional)
    return folder


def test_a_country_keeps_its_outline_point_when_the_conventional_one_is_near(tmp_path: Path) -> None:
    # 1.5 degrees apart (about 200 km): either would do; the outline's is kept.
    data = _write_points(tmp_path, [("AA", 39.0, -99.0)], [("AA", 38.0, -97.5)])
    assert world.country_points(data)["AA"] == (39.0, -99.0)


def test_a_country_whose_centroid_strays_far_takes_the_conventional_point(tmp_path: Path) -> None:
    # An archipelago or arctic islands pull the centroid hundreds of km away.
    data = _write_points(
        tmp_path,
        [("AA", 56.3, -100.6), ("BB", -1.4, 116.7)],
        [("AA", 60.0, -95.0), ("BB", -5.0, 120.0), ("CC", 10.0, 10.0)],
    )
    points = world.country_points(data)
    assert points["AA"] == (60.0, -95.0)
    assert points["BB"] == (-5.0, 120.0)
    assert points["CC"] == (10.0, 10.0)  # no outline: the conventional point
    assert distance_km(56.3, -100.6, 60.0, -95.0) > world.FAR_APART_KM


@pytest.mark.parametrize(
    ("outline", "conventional"),
    [
        ((12.9, 123.6), (13.0, 122.0)),  # an archipelago's centroid at sea, moved to one island
        ((63.4, 11.7), (62.0, 10.0)),  # a long coast's, moved inland
        ((1.9, 109.7), (2.5, 112.5)),  # a country in two parts, moved to one of them
    ],
)
def test_a_country_whose_centroid_is_not_on_its_land_takes_the_conventional_point(
    tmp_path: Path, outline: tuple[float, float], conventional: tuple[float, float]
) -> None:
    # Under FAR_APART_KM apart: only the centroid lying outside the land makes the difference.
    assert distance_km(*outline, *conventional) < world.FAR_APART_KM
    data = _write_points(
        tmp_path,
        [("AA", *outline), ("BB", *outline)],
        [("AA", *conventional), ("BB", *conventional)],
        frozenset({"AA"}),
    )
    points = world.country_points(data)
    assert points["AA"] == conventional
    assert points["BB"] == outline  # its centroid on its land: the outline's point stays


@pytest.mark.parametrize(
    ("name", "variants"),
    [
        ("Southern Darfur", {"South Darfur"}),
        ("Northern Visayas", {"North Visayas"}),
        ("West Kordofan", {"Western Kordofan"}),
        ("Kasai-Occidental", {"West Kasai", "Western Kasai"}),
        ("Nord-Kivu", {"North Kivu", "Northern Kivu"}),
        ("Sulawesi Utara", {"North Sulawesi", "Northern Sulawesi"}),
        ("Eastern Africa", {"East Africa"}),
    ],
)
def test_a_directional_name_is_also_written_the_english_way(name: str, variants: set[str]) -> None:
    assert set(directional_variants(name)) == variants


@pytest.mark.parametrize("name", ["Kivu", "North", "Sud", "North-East", "Westfield", "Southampton"])
def test_a_name_that_is_no_direction_and_a_stem_has_no_directional_variant(name: str) -> None:
    assert directional_variants(name) == ()


def test_a_compound_direction_is_written_joined_apart_and_hyphenated() -> None:
    found = set(directional_variants("Nord-Est Province"))
    assert {"North East Province", "North-Eastern Province", "Northeast Province"} <= found


def test_towns_coded_to_a_far_unit_stay_out_of_its_point() -> None:
    # Unit A: a grid of towns; three of its towns lie 2,000 km away among unit B's towns (a
    # coding error); unit C's lone remote towns lie far from its middle but among its own.
    a = [("XX", "A", 40.0 + 0.2 * i, 110.0 + 0.2 * j) for i in range(10) for j in range(10)]
    b = [("XX", "B", 30.0 + 0.2 * i, 90.0 + 0.2 * j) for i in range(10) for j in range(10)]
    strays = [("XX", "A", 31.0 + 0.1 * k, 91.0) for k in range(3)]
    c = [("XX", "C", -30.0 + 0.1 * i, 150.0 + 0.1 * j) for i in range(10) for j in range(10)]
    c += [("XX", "C", -31.0, 141.5), ("XX", "C", -31.2, 141.4)]  # its own far west
    towns = a + b + strays + c
    assert {towns[i] for i in _strays(towns)} == set(strays)
