"""Saving an article reviewed in the app: one core call, one transaction, all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import DATA, SEED
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from incident_explorer.errors import InputError, StoreError
from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.extraction.results import Extraction
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.store import edits, review
from incident_explorer.store.database import Store
from incident_explorer.store.review import HEADINGS, Review, UserPlaceRequest, corrections, review_table
from incident_explorer.store.staging import StagedFile
from incident_explorer.store.transactions import writing


@pytest.fixture(scope="module")
def seed(extractor: Extractor) -> Extraction:
    return extractor.extract(articles.from_path(SEED))


@pytest.fixture
def places_file(tmp_path: Path) -> Path:
    path = tmp_path / "places" / "user_places.csv"
    path.parent.mkdir()
    path.write_text((DATA / "user_places.csv").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def _edited(extraction: Extraction) -> Review:
    """Two rows corrected in the table, one place picked, nothing else."""
    table = review_table(extraction)
    before = tuple(table.to_dict("records"))
    after = [dict(r) for r in before]
    after[0]["fatalities_best"] = 40.0  # the editor hands numbers back as floats
    after[1]["actors"] = "Hayat Tahrir al-Sham, Syrian army"
    return Review(extraction=extraction, before=before, after=tuple(after))


def _with_place(r: Review, geocoder: OfflineGeocoder, ident: str = "my-waer") -> Review:
    pick = geocoder.geocode("al-Waer, Homs", limit=1)[0]
    first = str(r.before[0]["id"])
    return Review(
        r.extraction, r.before, r.after, places={first: pick}, user_place=UserPlaceRequest(ident, "Waer")
    )


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_save_stores_article_corrections_and_user_place(
    store: Store, seed: Extraction, geocoder: OfflineGeocoder, places_file: Path
) -> None:
    reviewed = _with_place(_edited(seed), geocoder)
    saved = store.save_reviewed(reviewed, user_places=places_file)
    assert saved.stored.added == 4 and saved.user_place == "user:my-waer" and saved.corrected >= 6
    first = store.incident(str(reviewed.before[0]["id"]).replace(seed.article.id, saved.stored.article_id, 1))
    assert first is not None and first["fatalities_best"] == 40 and first["place_source"] == "ocha:N0246"
    assert {"fatalities_best", "latitude", "place_source"} <= set(first["human_fields"])
    assert [e.actor for e in store.audit(first["id"])] == ["app"] * len(first["human_fields"])
    assert places_file.read_text(encoding="utf-8").splitlines()[-1].startswith("my-waer,Wa'er,Waer,34.738248")
    assert _leftovers(places_file.parent) == []


def test_a_failure_midway_leaves_nothing_written(
    store: Store,
    seed: Extraction,
    geocoder: OfflineGeocoder,
    places_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before_file = places_file.read_bytes()
    calls: list[str] = []
    real = edits.update_incident

    def second_fails(conn: Connection, incident_id: str, *args: Any, **kwargs: Any) -> int:
        calls.append(incident_id)
        if len(calls) == 2:
            raise InputError("the second correction fails")
        return real(conn, incident_id, *args, **kwargs)

    monkeypatch.setattr(edits, "update_incident", second_fails)
    with pytest.raises(InputError, match="second correction"):
        store.save_reviewed(_with_place(_edited(seed), geocoder), user_places=places_file)
    assert len(calls) == 2
    assert store.count() == 0 and store.articles().empty  # the ingest was rolled back too
    assert places_file.read_bytes() == before_file and _leftovers(places_file.parent) == []


def test_a_failed_rename_of_the_places_file_rolls_the_database_back(
    store: Store,
    seed: Extraction,
    geocoder: OfflineGeocoder,
    places_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before_file = places_file.read_bytes()

    def refuse(self: StagedFile) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(StagedFile, "publish", refuse)
    with pytest.raises(StoreError, match="Permission denied.*nothing was saved"):
        store.save_reviewed(_with_place(_edited(seed), geocoder), user_places=places_file)
    assert store.count() == 0 and store.articles().empty
    assert places_file.read_bytes() == before_file and _leftovers(places_file.parent) == []


def test_a_failed_commit_puts_the_places_file_back(
    store: Store,
    seed: Extraction,
    geocoder: OfflineGeocoder,
    places_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before_file = places_file.read_bytes()

    @contextmanager
    def commit_fails(engine: Engine) -> Iterator[Connection]:
        with writing(engine) as conn:
            yield conn
            # after the body, before COMMIT: what the driver raises when the disk is full
            raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(review, "writing", commit_fails)
    with pytest.raises(StoreError, match="disk is full"):
        store.save_reviewed(_with_place(_edited(seed), geocoder), user_places=places_file)
    assert store.count() == 0
    assert places_file.read_bytes() == before_file and _leftovers(places_file.parent) == []


def test_a_taken_user_place_id_refuses_the_whole_save(
    store: Store, seed: Extraction, geocoder: OfflineGeocoder, places_file: Path
) -> None:
    taken = places_file.read_text(encoding="utf-8").splitlines()[1].split(",")[0]
    with pytest.raises(InputError, match="is taken"):
        store.save_reviewed(_with_place(_edited(seed), geocoder, ident=taken), user_places=places_file)
    assert store.count() == 0


ROW = {
    "id": "a-1",
    "event_date": date(2017, 3, 6),
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "actors": "Rebels",
    "fatalities_best": None,
    "location": "Idlib, Syria",
    "place_source": "geonames:1",
}


@pytest.mark.parametrize(
    ("edited", "expected"),
    [
        ({}, {}),
        ({"event_date": pd.Timestamp("2017-03-06"), "fatalities_best": float("nan")}, {}),  # same values
        ({"event_date": "2017-03-05"}, {"event_date": date(2017, 3, 5)}),
        ({"fatalities_best": 7.0}, {"fatalities_best": 7}),
        ({"actors": "Rebels, Army, Police"}, {"actor1": "Rebels", "actor2": "Army"}),
        ({"actors": ""}, {"actor1": "", "actor2": ""}),
        ({"location": None}, {"location": ""}),
    ],
)
def test_corrections_compare_values_not_representations(
    seed: Extraction, edited: dict[str, Any], expected: dict[str, Any]
) -> None:
    r = Review(extraction=seed, before=(ROW,), after=({**ROW, **edited},))
    assert corrections(r) == ({"a-1": expected} if expected else {})


def test_a_bad_cell_is_a_clear_error(seed: Extraction) -> None:
    r = Review(extraction=seed, before=(ROW,), after=({**ROW, "event_date": "next week"},))
    with pytest.raises(InputError, match="event_date: 'next week' is not a valid value"):
        corrections(r)


def test_an_unwritable_places_folder_is_a_clear_error(
    store: Store, seed: Extraction, geocoder: OfflineGeocoder, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(StoreError, match="cannot write .*nothing was saved"):
        store.save_reviewed(_with_place(_edited(seed), geocoder), user_places=blocker / "user_places.csv")
    assert store.count() == 0


def test_a_province_picked_in_the_review_is_saved_as_a_province(
    seed: Extraction, geocoder: OfflineGeocoder
) -> None:
    # the analyst picks a governorate for the first incident: its precision and units come too
    table = review_table(seed)
    before = tuple(table.to_dict("records"))
    province = next(c for c in geocoder.geocode("Idlib Governorate", limit=5) if c.place.feature == "admin1")
    first = str(before[0]["id"])
    changed = corrections(Review(seed, before, before, places={first: province}))[first]
    assert changed["place_source"] == province.place.source_id
    assert (changed["geo_precision"], changed["where_prec"]) == (
        province.precision.geo_precision,
        province.precision.where_prec,
    )
    assert changed["geo_precision"] == 3 and changed["admin1"] == province.place.admin1


def test_saved_ids_are_the_stored_incidents_in_the_articles_order(
    store: Store, seed: Extraction, places_file: Path
) -> None:
    table = review_table(seed)
    rows = tuple(table.to_dict("records"))
    saved = store.save_reviewed(Review(seed, rows, rows), user_places=places_file)
    ids = review.saved_ids(seed, saved)
    assert len(ids) == len(seed.incidents) and all(store.incident(i) is not None for i in ids)
    assert [store.incident(i)["location"] for i in ids] == [i.location for i in seed.incidents]  # type: ignore[index]


def test_every_review_column_has_a_heading_in_words(seed: Extraction) -> None:
    # the page showed the export's names (time_precision, fatalities_best) as the table's headings
    columns = list(review_table(seed).columns)
    assert set(columns) <= set(HEADINGS)
    assert all("_" not in HEADINGS[c] for c in columns)
    assert HEADINGS["fatalities_best"] == "Killed (best)" and HEADINGS["event_date"] == "Day"
