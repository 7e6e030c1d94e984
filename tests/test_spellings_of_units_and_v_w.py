"""Spellings meet where a name's word stands before a kind word, and across v and w.

- A unit no town lies in answers only to its name with a kind word ("Morubu County"); that name
  spelt another way ("Nawa district" of GeoNames' Nāwah, "Qarawa district" of Qarawah) meets it
  as the bare name's spellings meet: the -ah/-eh ending of a word folds wherever the word stands,
  and the kind-word name is looked up by its transliteration key too.
- v and w are one letter in the spellings of Persian, Pashto and Russian names ("Wardak" and
  GeoNames' "Vardak", "Parwan" and "Parvan"): the skeleton key folds them, so a place spelt with
  the other letter is a spelling variant, not nothing.

Places and sentences of our own, none from tests/wire/ or the dev sets.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import country_entries

from incident_explorer.places.index import Collector
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.places.place import Feature, Place
from incident_explorer.places.precision import ADMIN2_AT_ADMIN1
from incident_explorer.places.sources import Entry
from incident_explorer.places.sources.geonames import UNIT_KINDS
from incident_explorer.places.spelling import skeleton, translit

COUNTRIES = {"AF": ("Afghanistan", "AFG"), "SY": ("Syria", "SYR"), "CI": ("Ivory Coast",)}


def _unit(code: str, short: str, lat: float, lon: float, cc: str, admin1: str) -> Entry:
    place = Place(
        f"{ADMIN2_AT_ADMIN1}:{code}", short, lat, lon, Feature.ADMIN2, cc, admin1=admin1, admin2=short
    )
    names = tuple(f"{short} {kind}" for kind in UNIT_KINDS)  # never the bare name, as the source writes it
    return Entry(place=place, names=names, ancestry=(admin1, *COUNTRIES[cc]))


def _town(sid: str, name: str, lat: float, lon: float, cc: str, pop: int = 0) -> Entry:
    return Entry(
        Place(sid, name, lat, lon, Feature.CITY, cc, population=pop), names=(name,), ancestry=COUNTRIES[cc]
    )


def _admin1(sid: str, name: str, lat: float, lon: float, cc: str) -> Entry:
    return Entry(
        Place(sid, name, lat, lon, Feature.ADMIN1, cc, admin1=name), names=(name,), ancestry=COUNTRIES[cc]
    )


def _collector(settings: object, progress: object) -> tuple[list[Entry], dict[str, tuple[str, ...]]]:
    entries = [
        _admin1("t:ghorak-af", "Ghorak", 33.5, 67.9, "AF"),
        _unit("AF.08.1", "Qarawah", 33.4, 67.8, "AF", "Ghorak"),
        _unit("AF.08.2", "Salimeh", 33.6, 68.1, "AF", "Ghorak"),
        # namesakes spelt as the text writes them, a town and a unit abroad
        _town("t:qarawa-sy", "Qarawa", 35.1, 36.7, "SY", pop=900),
        _town("t:salima-ci", "Salima", 6.8, -6.4, "CI", pop=4_000),
        # a province GeoNames spells with v, and a village abroad with the w the text writes
        _admin1("t:varzak-af", "Varzak", 34.3, 68.3, "AF"),
        _town("t:warzak-sy", "Warzak", 36.9, 38.3, "SY"),
        _town("t:navur-af", "Navur", 31.6, 65.7, "AF", pop=3_000),
        *country_entries(COUNTRIES),
    ]
    return entries, COUNTRIES


@pytest.fixture(scope="module")
def geocoder(geocoder_from: Callable[[Collector, str], OfflineGeocoder]) -> OfflineGeocoder:
    return geocoder_from(_collector, "unit-spellings-v-w")


def test_a_word_s_ending_folds_before_a_kind_word_too() -> None:
    assert translit("nawa district") == translit("nawah district")
    assert translit("salimeh province") == translit("salima province")
    # the name's last word as before
    assert translit("qarawah") == translit("qarawa")


@pytest.mark.parametrize(
    ("query", "context", "expected"),
    [
        (
            "Qarawa district",
            "Insurgents overran two police posts in Qarawa district of Ghorak province late on Friday.",
            "AF.08.1",
        ),
        (
            "Qarawa district",
            "A roadside bomb hit a minibus in Qarawa district, Afghanistan, officials said on Sunday.",
            "AF.08.1",
        ),
        (
            "Salima district",
            "Clashes in the Salima district of Ghorak left eleven fighters dead, the governor said.",
            "AF.08.2",
        ),
    ],
)
def test_a_unit_s_name_with_its_kind_word_meets_its_other_spelling(
    geocoder: OfflineGeocoder, query: str, context: str, expected: str
) -> None:
    found = geocoder.geocode(query, context=context, limit=1)
    assert found and found[0].place.source_id == f"{ADMIN2_AT_ADMIN1}:{expected}"


def test_v_and_w_share_the_skeleton() -> None:
    assert skeleton("wardak") == skeleton("vardak")
    assert skeleton("parwan") == skeleton("parvan")
    assert skeleton("nawur") == skeleton("navur")


@pytest.mark.parametrize(
    ("query", "context", "expected"),
    [
        (
            "Warzak",
            "A suicide bomber struck a police compound in Warzak province, Afghanistan, on Monday.",
            "t:varzak-af",
        ),
        (
            "Warzak",
            "Troops repelled a Taliban raid in Warzak overnight, the defence ministry of Afghanistan said.",
            "t:varzak-af",
        ),
        (
            "Nawur",
            "Two soldiers died when their vehicle hit a mine near Nawur in southern Afghanistan on Tuesday.",
            "t:navur-af",
        ),
    ],
)
def test_a_place_spelt_with_the_other_of_v_and_w_is_read(
    geocoder: OfflineGeocoder, query: str, context: str, expected: str
) -> None:
    found = geocoder.geocode(query, context=context, limit=1)
    assert found and found[0].place.source_id == expected
