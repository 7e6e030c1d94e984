"""A governorate's countryside as Syrian reports write it ("Rif Dimashq", "Reef Idlib"), and "the
province of X", on an inline gazetteer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder, stands_in
from incident_explorer.places.phrases import parse_query
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.sources import Entry
from incident_explorer.places.sources.ocha import with_unit_names
from incident_explorer.progress import Progress
from incident_explorer.settings import Settings

COUNTRIES = {"SY": ("Syria", "SYR"), "US": ("United States", "USA"), "MA": ("Morocco", "MAR")}


def _unit(sid: str, name: str, lat: float, lon: float, *names: str, cc: str = "SY") -> Entry:
    place = Place(sid, name, lat, lon, Feature.ADMIN1, cc, "")
    return Entry(place=place, names=(name, *names), ancestry=COUNTRIES[cc])


def _town(
    sid: str, name: str, lat: float, lon: float, admin1: str, *names: str, pop: int = 0, cc: str = "SY"
) -> Entry:
    place = Place(sid, name, lat, lon, Feature.CITY, cc, admin1, population=pop)
    return Entry(place=place, names=(name, *names), ancestry=(admin1, *COUNTRIES[cc]))


def _collector(settings: Settings, progress: Progress) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        # Governorates as OCHA spells them; Rural Damascus also by GeoNames' name for it.
        _unit("ocha:SY03", "Rural Damascus", 33.49, 37.39, "ريف دمشق", "Rif-dimashq"),
        _unit("ocha:SY01", "Damascus", 33.51, 36.30),
        _unit("ocha:SY05", "Hama", 35.22, 37.21),
        _unit("ocha:SY11", "Ar-Raqqa", 36.01, 38.99),
        _unit("ocha:SY13", "As-Sweida", 32.75, 36.85),
        _unit("ocha:SY07", "Idleb", 35.79, 36.68, "Idlib"),
        _unit("ocha:SY02", "Aleppo", 36.22, 37.64),
        # Their capitals, named as GeoNames names them ("Hama" only as another name).
        _town("t:damascus", "Damascus", 33.51, 36.29, "Damascus", "Dimashq", "Sham", pop=1_500_000),
        _town("t:hama", "Ḩamāh", 35.13, 36.76, "Hama", "Hama", pop=460_000),
        _town("t:raqqa", "Ar Raqqah", 35.95, 39.01, "Ar-Raqqa", pop=530_000),
        _town("t:sweida", "As-Suwayda", 32.71, 36.57, "As-Sweida", "Swaida", pop=59_000),
        _town("t:idlib", "Idlib", 35.93, 36.63, "Idleb", pop=128_000),
        _town("t:aleppo", "Aleppo", 36.20, 37.16, "Aleppo", "Halab", pop=1_600_000),
        # A hamlet named like a governorate it does not lie in, and a village in Hama named so.
        _town("t:hama-hamlet", "Hama", 33.60, 36.60, "Rural Damascus"),
        _town("t:hamah-village", "Al Hamah", 35.30, 36.90, "Hama", pop=900),
        # Places whose very names begin with the Arabic word for countryside, or the English
        # word for a reef; and a range named after the Rif.
        _town("t:rif-muhandisin", "Rif al-Muhandisin", 36.10, 37.10, "Aleppo"),
        _town("t:muhandisin", "Muhandisin", 34.70, 36.70, "Homs", pop=3000),
        Entry(
            place=Place("t:rif-mountains", "Rif Mountains", 35.0, -4.5, Feature.POINT, "MA", ""),
            names=("Rif Mountains", "Rif"),
            ancestry=COUNTRIES["MA"],
        ),
        _town("t:rif-town", "Rifa", 35.1, 37.0, "Hama", pop=400),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geo(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "countryside")


@pytest.mark.parametrize(
    ("raw", "name", "whole"),
    [
        ("Rif Dimashq", "Dimashq", "Rif Dimashq"),
        ("Reef Idlib", "Idlib", "Reef Idlib"),
        ("in the western Rif Halab", "Halab", "Rif Halab"),
        ("shelling on Rif Hama", "shelling on Rif Hama", ""),  # not a phrase that starts so
        ("Southeastern Rif Dimashq Governorate", "Dimashq", "Rif Dimashq"),
        ("Rif Idlib countryside", "Idlib", "Rif Idlib"),
    ],
)
def test_rif_is_the_countryside_of_the_place_named(raw: str, name: str, whole: str) -> None:
    q = parse_query(raw)
    assert q.name == name
    assert q.near is bool(whole)
    assert (whole in q.alternatives) if whole else not q.alternatives


@pytest.mark.parametrize("raw", ["Rif Mountains", "the Rif mountains", "Reef Hills", "Rif"])
def test_rif_before_a_kind_word_or_alone_is_a_name(raw: str) -> None:
    q = parse_query(raw)
    assert not q.near and q.name.lower() in ("rif", "reef")


@pytest.mark.parametrize("raw", ["Reef Bay", "Reef Point", "the Reef Islands", "Reef Harbour", "Rif Road"])
def test_reef_before_a_shore_or_street_word_is_an_english_name(raw: str) -> None:
    q = parse_query(raw)
    assert not q.near and q.name.lower().startswith(("reef ", "rif "))


@pytest.mark.parametrize(
    "query",
    ["Rif Dimashq", "Reef Dimashq", "Eastern Rif Dimashq", "in Rif Dimashq", "Rif Dimashq governorate"],
)
def test_rif_dimashq_is_the_governorate_called_so(geo: OfflineGeocoder, query: str) -> None:
    found = geo.geocode(query, country="SY", limit=1)
    assert found[0].place.source_id == "ocha:SY03"
    assert found[0].precision.where_prec == 4  # the governorate, not "near Damascus"


@pytest.mark.parametrize(
    ("query", "sid"),
    [("Rif Idlib", "t:idlib"), ("Reef Halab", "t:aleppo"), ("in the northern Rif Hama", "ocha:SY05")],
)
def test_the_countryside_of_a_place_is_near_it(geo: OfflineGeocoder, query: str, sid: str) -> None:
    found = geo.geocode(query, country="SY", limit=1)
    assert found[0].place.source_id == sid
    assert found[0].precision.where_prec == (2 if sid.startswith("t:") else 4)  # near a town


@pytest.mark.parametrize(
    ("query", "sid"), [("Rif al-Muhandisin", "t:rif-muhandisin"), ("Rif Mountains", "t:rif-mountains")]
)
def test_a_place_named_with_rif_is_that_place(geo: OfflineGeocoder, query: str, sid: str) -> None:
    found = geo.geocode(query, limit=1)
    assert found[0].place.source_id == sid


@pytest.mark.parametrize(
    ("query", "sid"),
    [
        ("the province of Idlib", "ocha:SY07"),
        ("the city of Aleppo", "t:aleppo"),
        ("the governorate of Hama", "ocha:SY05"),
        ("Raqqa governorate", "ocha:SY11"),
    ],
)
def test_the_kind_of_x_is_x_of_that_kind(geo: OfflineGeocoder, query: str, sid: str) -> None:
    # not a place called "the" that is unknown, with the place named after "of" standing in
    found = geo.geocode(query, limit=1)[0]
    assert found.place.source_id == sid and not stands_in(found)


def _located(entries: list[Entry]) -> list[Entry]:
    # The outlines, as a function of the point: west of 36.5 E is Hama, east of it Rural Damascus.
    def locate(lat: float, lon: float) -> tuple[str, ...]:
        return ("", "", "Hama" if lon < 36.5 else "Rural Damascus", "")

    return with_unit_names(entries, locate)


def test_a_governorate_takes_the_name_geonames_gives_its_towns() -> None:
    entries = [
        _unit("ocha:SY03", "Rural Damascus", 33.5, 37.4),
        _unit("ocha:SY05", "Hama", 35.2, 37.2),
        *(_town(f"geonames:{i}", f"Town {i}", 33.5, 36.6 + i / 10, "Rif-dimashq", pop=100) for i in range(4)),
        # GeoNames' "Hamah" towns lie on both sides: no name follows.
        *(_town(f"geonames:h{i}", f"Village {i}", 35.0, 36.3 + i / 10, "Hamah", pop=100) for i in range(4)),
        # Two towns only are too few to name a unit.
        *(_town(f"geonames:q{i}", f"Hamlet {i}", 35.0, 36.1, "Qurayyat", pop=100) for i in range(2)),
    ]
    named = {e.place.source_id: e.names for e in _located(entries)}
    assert named["ocha:SY03"] == ("Rural Damascus", "Rif-dimashq")
    assert named["ocha:SY05"] == ("Hama",)


def test_only_geonames_towns_name_a_governorate() -> None:
    towns = [_town(f"wof:{i}", f"Town {i}", 33.5, 36.6 + i / 10, "Rif Dimashq", pop=100) for i in range(5)]
    entries = [_unit("ocha:SY03", "Rural Damascus", 33.5, 37.4), *towns]
    assert _located(entries)[0].names == ("Rural Damascus",)
