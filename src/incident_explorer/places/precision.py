"""Precision codes for a place, on ACLED's and UCDP GED's scales."""

from __future__ import annotations

from incident_explorer.places.place import Feature, Place, Precision

# ACLED geo_precision: 1 the town itself, 2 near a town / part of a region, 3 a region.
# UCDP where_prec: 1 exact, 2 within ~25 km, 3 ADM2, 4 ADM1, 5 larger than ADM1, 6 country.
_BY_FEATURE: dict[Feature, Precision] = {
    Feature.NEIGHBOURHOOD: Precision(geo_precision=1, where_prec=1),
    Feature.CITY: Precision(geo_precision=1, where_prec=1),
    Feature.POINT: Precision(geo_precision=1, where_prec=1),
    Feature.ADMIN3: Precision(geo_precision=2, where_prec=2),
    Feature.REGION: Precision(geo_precision=2, where_prec=3),
    Feature.ADMIN2: Precision(geo_precision=2, where_prec=3),
    Feature.ADMIN1: Precision(geo_precision=3, where_prec=4),
    Feature.COUNTRY: Precision(geo_precision=3, where_prec=6),
    Feature.CONTINENT: Precision(geo_precision=3, where_prec=6),
    Feature.WATER: Precision(geo_precision=3, where_prec=7),
}


def precision_for(feature: Feature) -> Precision:
    return _BY_FEATURE[feature]


# The source of an admin2 unit no gazetteer town lies in, placed at its admin1 unit's point
# (``sources.geonames.towns_less_admin2_entries``): its point says no more than the admin1's.
ADMIN2_AT_ADMIN1 = "geonames-admin2-at-admin1"


# A candidate's reason ends so when its town's point stands for a part of the first-level unit
# of its name ("in southern Idlib"): the incident takes the candidate's (the unit's) precision,
# not its town's (`extraction.placing._compass_part_of_unit`).
UNIT_PART = (
    "told by a compass word as a part of the unit of its name: the unit's precision at the town's point"
)


def precision_of(place: Place) -> Precision:
    """``precision_for`` its feature, but an admin2 unit at its admin1's point has the admin1's."""
    if place.source == ADMIN2_AT_ADMIN1:
        return _BY_FEATURE[Feature.ADMIN1]
    return _BY_FEATURE[place.feature]
