"""A person's correction of an incident's place keeps its provenance true (store/corrections.py)."""

from __future__ import annotations

from datetime import date

from incident_explorer.places.place import Candidate, Feature, Place, Precision
from incident_explorer.store.corrections import form_changes, place_fields, point_fields

STORED = {
    "event_date": date(2018, 6, 9),
    "event_type": "Battles",
    "location": "Tall Abyad, Raqqa, Syria",
    "latitude": 36.6975,
    "longitude": 38.9567,
    "place_source": "geonames:163270",
    "notes": None,
    "fatalities_best": 4,
}


def _candidate(feature: Feature, geo: int, where: int) -> Candidate:
    place = Place(
        source_id="geonames-admin1:SY.04",
        name="Raqqa",
        latitude=35.9,
        longitude=38.6,
        feature=feature,
        country_code="SY",
        admin1="Ar Raqqah",
    )
    return Candidate(place, 0.9, Precision(geo, where), "Raqqa", "an admin1 name", "Raqqa Governorate, Syria")


def test_a_gazetteer_place_brings_its_entry_precision_and_units() -> None:
    fields = place_fields(_candidate(Feature.ADMIN1, 3, 4))
    assert fields["place_source"] == "geonames-admin1:SY.04"
    assert (fields["geo_precision"], fields["where_prec"]) == (3, 4)  # a province, not "the place itself"
    assert fields["location"] == "Raqqa Governorate, Syria" and fields["admin1"] == "Ar Raqqah"
    assert (fields["latitude"], fields["longitude"], fields["country_code"]) == (35.9, 38.6, "SY")


def test_a_point_typed_in_the_form_is_no_gazetteer_entrys() -> None:
    form = {**STORED, "latitude": 36.71, "notes": "checked against imagery"}
    changes = form_changes(STORED, form)
    assert changes == {"notes": "checked against imagery", **point_fields(36.71, 38.9567)}
    assert changes["place_source"] is None and changes["geo_precision"] == 1


def test_the_forms_rounding_is_not_a_move_and_unchanged_fields_are_not_changes() -> None:
    rounded = {**STORED, "latitude": 36.69750_4, "longitude": 38.95670_2, "notes": "  "}
    assert form_changes(STORED, rounded) == {}
    typed_type = {**STORED, "event_type": "Explosions/Remote violence", "event_date": "2018-06-10"}
    assert form_changes(STORED, typed_type) == {
        "event_type": "Explosions/Remote violence",
        "event_date": date(2018, 6, 10),
    }
    cleared = {**STORED, "latitude": None, "longitude": None}
    assert "place_source" not in form_changes(STORED, cleared)  # no point typed: nothing moves


def test_type_and_sub_type_are_chosen_together() -> None:
    from conftest import DATA

    from incident_explorer.store.corrections import type_choices, type_label

    pairs = type_choices(DATA)
    assert ("Battles", "Armed clash") in pairs and ("Explosions/Remote violence", "Air/drone strike") in pairs
    assert ("One-sided violence", "") in pairs  # UCDP's categories, which have no sub-type
    assert all(
        sub in {"", "Armed clash", "Government regains territory", "Non-state actor overtakes territory"}
        for kind, sub in pairs
        if kind == "Battles"
    )
    imported = type_choices(DATA, ("Strategic developments", "Headquarters or base established"))
    assert imported[0] == ("Strategic developments", "Headquarters or base established")  # kept, first
    assert type_label(("Riots", "Mob violence")) == "Riots / Mob violence"
    assert type_label(("Non-state conflict", "")) == "Non-state conflict"
