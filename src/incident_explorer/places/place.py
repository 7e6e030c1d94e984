"""Typed, frozen records passed between stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from incident_explorer.frozen import fast_init


class Feature(StrEnum):
    """What kind of place an entry is; decides precision codes and priors."""

    NEIGHBOURHOOD = "neighbourhood"
    CITY = "city"  # any populated place from GeoNames: city, town, village
    ADMIN3 = "admin3"
    ADMIN2 = "admin2"
    ADMIN1 = "admin1"
    REGION = "region"  # a named area made of several admin units (Eastern Ghouta)
    COUNTRY = "country"
    CONTINENT = "continent"
    WATER = "water"  # ocean, sea, gulf, bay, strait
    POINT = "point"  # a user place with no better description


@dataclass(frozen=True, slots=True)
class Precision:
    """A place's precision on the field's two common scales."""

    geo_precision: int  # ACLED: 1 town, 2 near a town / part of a region, 3 region
    where_prec: int  # UCDP GED: 1 exact ... 6 country


@fast_init
@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``source_id`` is its provenance, e.g. ``ocha:N0246``."""

    source_id: str
    name: str
    latitude: float
    longitude: float
    feature: Feature
    country_code: str
    admin1: str = ""
    admin2: str = ""
    parent: str = ""  # city of a neighbourhood, or the region a user place belongs to
    population: int = 0
    name_ar: str = ""

    @property
    def source(self) -> str:
        return self.source_id.split(":", 1)[0]

    def label(self, country_name: str = "") -> str:
        """Human location string, most specific first: ``Mahatta, Homs, Syria``."""
        parts = [self.name]
        for part in (self.parent, self.admin2, self.admin1, country_name):
            if part and part.casefold() not in {p.casefold() for p in parts}:
                parts.append(part)
        return ", ".join(parts)


@fast_init
@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A place query split into the name, the places it is said to lie in, and a feature hint."""

    raw: str
    name: str
    parents: tuple[str, ...] = ()
    feature_hint: frozenset[Feature] = field(default_factory=frozenset)
    # Other names the query gives the same place: "Duniq/Dowaibeq", "Jubb al-Barazi (Cibb El
    # Berazî)", or the whole "Nasib border crossing" when the name alone is "Nasib".
    alternatives: tuple[str, ...] = ()
    near: bool = False  # "near X", "outskirts of X", "vicinity of X": X is only the reference
    # "X near Y", "X, outside Y": the first parent is a place X lies near, not one enclosing it (a
    # stand-in for an unknown X is then the town Y, not a province of its name)
    parent_near: bool = False
    # X is asked as the place another lies in ("Andar district in Ghazni", Andar unknown): the
    # unit, not a capital of its name
    encloses: bool = False
    # "X, 55 km north of Y", "55 km north of Y": Y is a reference point about this many km
    # away, not a place enclosing X (0: no distance stated)
    reach_km: float = 0.0
    # ... and the way from Y the text gives with that distance ("north", "south-east"; "" when
    # none): X is then read at the point that far that way from a town Y, when X is unknown
    way: str = ""
    # "X in the western countryside of Y": the part of Y's province X lies in, by its way ("west"),
    # X unknown: a town Y's point moved that way (a reading of Y as the province stays its middle)
    part_way: str = ""


@fast_init
@dataclass(frozen=True, slots=True)
class Candidate:
    """A place proposed for a query, with a score in [0, 1] and the reason for it."""

    place: Place
    score: float
    precision: Precision
    matched_name: str
    reason: str
    location: str

    def to_json(self) -> dict[str, object]:
        p = self.place
        return {
            "name": p.name,
            "latitude": round(p.latitude, 6),
            "longitude": round(p.longitude, 6),
            "score": round(self.score, 3),
            "precision": {
                "geo_precision": self.precision.geo_precision,
                "where_prec": self.precision.where_prec,
            },
            "feature": str(p.feature),
            "country_code": p.country_code,
            "source": p.source_id,
            "location": self.location,
            "admin1": p.admin1,
            "admin2": p.admin2,
            "population": p.population,
            "matched": self.matched_name,
            "reason": self.reason,
        }
