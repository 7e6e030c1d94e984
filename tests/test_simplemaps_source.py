"""SimpleMaps towns that GeoNames cities500 lacks: read as city entries of their own source."""

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import country_entries

from incident_explorer.errors import GazetteerError
from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry, simplemaps
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

_HEADER = "id,name,name_ascii,lat,lon,cc,admin1,population\n"


def _write(tmp_path: Path, rows: str) -> Path:
    folder = tmp_path / "simplemaps"
    folder.mkdir()
    (folder / "simplemaps_extra.csv").write_text(_HEADER + rows, encoding="utf-8")
    return tmp_path


def test_a_row_is_a_sizeless_town_with_both_spellings_and_its_parents(tmp_path: Path) -> None:
    data = _write(tmp_path, "17,Qaryat Ṭāhā,Qaryat Taha,10.5,20.25,ZZ,Upper Province,40000\n")
    (entry,) = simplemaps.load(data, {"ZZ": ("Zedland", "ZZ")})
    assert entry.place.source_id == "simplemaps:17"
    assert entry.place.feature is Feature.CITY
    assert (entry.place.latitude, entry.place.longitude, entry.place.country_code) == (10.5, 20.25, "ZZ")
    assert entry.place.population == 0  # a town GeoNames sizes stays ahead of it
    assert entry.fallback  # named only where no other place has the name
    assert entry.names == ("Qaryat Ṭāhā", "Qaryat Taha")
    assert entry.ancestry == ("Upper Province", "Zedland", "ZZ")


def test_a_plain_ascii_name_is_listed_once_and_an_empty_one_skipped(tmp_path: Path) -> None:
    data = _write(tmp_path, "1,Mbeya Ndogo,Mbeya Ndogo,1,2,ZZ,,5\n2,,,3,4,ZZ,,5\n")
    (entry,) = simplemaps.load(data, {})
    assert entry.names == ("Mbeya Ndogo",)
    assert entry.ancestry == ()


def test_a_missing_file_is_a_gazetteer_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError):
        list(simplemaps.load(tmp_path, {}))


# A fallback source's towns in a tiny index: one whose name a sized town elsewhere has as an
# alternate name ("Saada" of Sa'dah, Yemen), one spelt like another town's name, and one no
# other place is called.
_COUNTRIES = {"YE": ("Yemen",), "MA": ("Morocco",), "MZ": ("Mozambique",), "IQ": ("Iraq",)}


def _town(sid: str, names: tuple[str, ...], at: tuple[float, float], cc: str, pop: int = 0) -> Entry:
    place = Place(sid, names[0], at[0], at[1], Feature.CITY, cc, population=pop)
    return Entry(place, names=names, ancestry=_COUNTRIES[cc], fallback=sid.startswith("s:"))


def _fallback_collector(_s: Settings, _p: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        *country_entries(_COUNTRIES),
        _town("t:sadah", ("Sa'dah", "Saada", "Sadah"), (16.94, 43.76), "YE", 51000),
        _town("t:qaim", ("Al Qaim", "Qaim"), (34.37, 41.09), "IQ", 74000),
        _town("s:1", ("Sa'ada",), (31.62, -8.16), "MA"),
        _town("s:2", ("Al Qa'im",), (33.0, 44.0), "IQ"),
        _town("s:3", ("Mocimboa Sul",), (-11.3, 40.3), "MZ"),
    ]
    return entries, _COUNTRIES


@pytest.fixture(scope="module")
def fallback_geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_fallback_collector, "simplemaps-fallback")


@pytest.mark.parametrize(
    ("query", "context", "want"),
    [
        ("Saada", "Saudi-led warplanes struck a market in Saada on Monday.", "t:sadah"),
        ("Sa'ada", "Houthi fighters said an air strike hit Sa'ada.", "t:sadah"),
        ("Al Qa'im", "Militants attacked a checkpoint in Al Qa'im, Iraq.", "t:qaim"),
    ],
)
def test_a_fallback_town_never_takes_a_name_another_place_has(
    fallback_geocoder: OfflineGeocoder, query: str, context: str, want: str
) -> None:
    found = fallback_geocoder.geocode(query, context=context)
    assert [c.place.source_id for c in found][:1] == [want]
    assert not any(c.place.source_id.startswith("s:") for c in found)


@pytest.mark.parametrize(
    "context",
    [
        "Insurgents burnt homes in Mocimboa Sul overnight.",
        "Residents fled Mocimboa Sul after the raid, officials in Mozambique said.",
        "",
    ],
)
def test_a_fallback_town_keeps_a_name_no_other_place_has(
    fallback_geocoder: OfflineGeocoder, context: str
) -> None:
    found = fallback_geocoder.geocode("Mocimboa Sul", context=context)
    assert [c.place.source_id for c in found][:1] == ["s:3"]


def test_a_fallback_town_left_with_no_name_is_held_apart(fallback_geocoder: OfflineGeocoder) -> None:
    """Its names others have are held apart (read only where its country speaks for it:
    test_fallback_in_country.py), never among the names every query reads."""
    gaz = fallback_geocoder.gazetteer
    assert gaz.by_source_id("s:3") is not None
    held = {gaz.place(h.place_id).place.source_id for k in ("saada", "qaim") for h in gaz.held(k)}
    assert held == {"s:1", "s:2"}
    named = {
        gaz.place(h.place_id).place.source_id for k in ("saada", "qaim") for h in gaz.exact(k, loose=True)
    }
    assert not named & {"s:1", "s:2"}
    assert gaz.by_source_id("t:sadah") is not None
