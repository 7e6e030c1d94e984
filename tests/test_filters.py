"""One filter model: random combinations pick the same incidents through SQL and the Snapshot."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from incident_explorer.store.database import Store
from incident_explorer.store.filters import Filters
from incident_explorer.store.records import IncidentRecord
from incident_explorer.store.snapshot import Snapshot

# Varied on purpose: missing dates, points and figures; accents and other scripts; case;
# characters that are wildcards in SQL LIKE (% _) or quote marks.
PLACES = [
    "Wa'er, Homs, Syria",
    "Homs - Al Waer",
    "ÉLYSÉE, Paris",
    "Ḥimṣ",
    "حمص",
    "Douma_East",
    "100% Street, Aleppo",
    "aleppo",
    "Idlib",
    "",
]
ACTORS = [
    "Military Forces of Syria",
    "HTS",
    "Rebels",
    "Civilians (Syria)",
    "Kurdish YPG",
    "Ünknown group",
    "",
]
SOURCES = ["SOHR", "SANA; SOHR", "Al Jazeera", "White Helmets", ""]
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Suicide bomb"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
]
COUNTRIES = ["SY", "IQ", "FR", ""]
ADMIN1 = ["Homs", "Aleppo", "Idleb", "Île-de-France", ""]
FIRST = date(2017, 1, 1)


def _dataset(rng: random.Random, n: int = 60) -> list[IncidentRecord]:
    rows = []
    for i in range(n):
        etype, sub = rng.choice(TYPES)
        placed = rng.random() > 0.15
        rows.append(
            IncidentRecord(
                id=f"t{i}",
                origin="csv",
                source_id=f"t{i}",
                event_date=FIRST + timedelta(days=rng.randrange(90)) if rng.random() > 0.15 else None,
                event_type=etype,
                sub_event_type=sub,
                actor1=rng.choice(ACTORS),
                actor2=rng.choice(ACTORS),
                country_code=rng.choice(COUNTRIES),
                admin1=rng.choice(ADMIN1),
                location=rng.choice(PLACES),
                latitude=round(rng.uniform(32, 37), 4) if placed else None,
                longitude=round(rng.uniform(35, 42), 4) if placed else None,
                fatalities_best=rng.choice([None, 0, 1, 3, 12, 40]),
                source=rng.choice(SOURCES),
            )
        )
    return rows


def _needle(rng: random.Random, values: list[str]) -> str:
    """A piece of a real value in random case, or a character that means something to SQL."""
    if rng.random() < 0.15:
        return rng.choice(["%", "_", "'", "xyz"])
    value = rng.choice([v for v in values if v])
    start = rng.randrange(len(value))
    piece = value[start : start + rng.randint(1, 6)]
    return piece.upper() if rng.random() < 0.3 else piece


def _filters(rng: random.Random) -> Filters:
    def maybe(p: float = 0.3) -> bool:
        return rng.random() < p

    start = FIRST + timedelta(days=rng.randrange(-5, 95)) if maybe() else None
    end = FIRST + timedelta(days=rng.randrange(-5, 95)) if maybe() else None
    west, south = rng.uniform(34, 40), rng.uniform(31, 36)
    return Filters(
        start=start,
        end=end,
        bbox=(west, south, west + rng.uniform(0.5, 5), south + rng.uniform(0.5, 3)) if maybe(0.2) else None,
        event_types=tuple(rng.sample([t for pair in TYPES for t in pair] + ["Riots"], rng.randint(1, 3)))
        if maybe()
        else (),
        countries=tuple(rng.sample(COUNTRIES[:-1], rng.randint(1, 2))) if maybe(0.2) else (),
        admin1=tuple(rng.sample(ADMIN1[:-1], rng.randint(1, 2))) if maybe(0.2) else (),
        min_fatalities=rng.choice([0, 1, 2, 12, 41]) if maybe(0.25) else None,
        place=_needle(rng, PLACES) if maybe() else "",
        actor=_needle(rng, ACTORS) if maybe(0.25) else "",
        source=_needle(rng, SOURCES) if maybe(0.2) else "",
        text=_needle(rng, PLACES + ACTORS + [t for pair in TYPES for t in pair]) if maybe(0.2) else "",
    )


def test_random_filters_agree_between_sql_and_snapshot(store: Store) -> None:
    rng = random.Random(20170225)
    store.import_records(_dataset(rng))
    snap = Snapshot.load(store)
    assert len(snap) == 60
    selected = 0
    for _ in range(400):
        f = _filters(rng)
        through_sql = sorted(store.query(f)["id"])
        assert sorted(snap.select(f)["id"]) == through_sql, f
        selected += 0 < len(through_sql) < 60
    assert selected > 100  # most combinations select something, and not everything


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(place="100%"), {"b"}),  # % is a literal character, not a wildcard
        (Filters(place="a_e"), set()),  # _ too
        (Filters(place="élysée"), {"c"}),  # case folded beyond ASCII
        (Filters(actor="hts"), {"a", "b"}),  # either actor
        (Filters(start=date(2017, 1, 1)), {"a", "b"}),  # an undated incident never matches a date range
        (Filters(min_fatalities=0), {"a", "c"}),  # nor an unknown figure a minimum
        (Filters(source="  sohr "), {"a"}),  # surrounding spaces do not count
    ],
)
def test_filter_semantics(store: Store, filters: Filters, expected: set[str]) -> None:
    store.import_records(
        [
            IncidentRecord(
                id="a", origin="csv", event_date=FIRST, actor1="HTS", source="SOHR", fatalities_best=0
            ),
            IncidentRecord(id="b", origin="csv", event_date=FIRST, actor2="HTS", location="100% Street"),
            IncidentRecord(id="c", origin="csv", location="ÉLYSÉE, Paris", fatalities_best=3),
        ]
    )
    assert set(store.query(filters)["id"]) == expected
    assert set(Snapshot.load(store).select(filters)["id"]) == expected
