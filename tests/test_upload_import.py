"""Incidents imported from a file uploaded in the app (store/upload_import.py): the CLI's import,
with every message naming the uploaded file."""

from __future__ import annotations

import gzip

import pytest

from incident_explorer.errors import DataFileError, InputError
from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.store import exporters
from incident_explorer.store.database import Store
from incident_explorer.store.upload_import import guess_format, import_upload

REPORT = """---
title: Border town shelled
published: 2016-09-12
---

Artillery shells hit the centre of Jarabulus on Sunday, killing three civilians, a local council said.
"""


def _exported(store: Store, extractor: Extractor, fmt: str) -> bytes:
    store.ingest(extractor.extract(articles.from_text(REPORT, path="report.md")))
    return exporters.export_text(store.records(), fmt).encode("utf-8")


def test_a_downloaded_export_comes_back_in_as_it_went_out(
    store: Store, extractor: Extractor, geocoder: OfflineGeocoder
) -> None:
    data = _exported(store, extractor, "geojson")
    first = import_upload(store, "incidents.geojson", data, "geojson")
    assert (first.inserted, first.updated, first.skipped) == (0, store.count(), ())  # the same ids
    table = _exported(store, extractor, "csv")
    again = import_upload(store, "incidents.csv.gz", gzip.compress(table), "csv", geocoder=geocoder)
    assert again.inserted == 0 and again.updated == store.count()


def test_a_bad_row_is_named_by_the_uploaded_file_and_refuses_the_whole_file(
    store: Store, geocoder: OfflineGeocoder
) -> None:
    rows = "id,date,latitude,longitude\nq-1,2016-05-02,36.2,37.1\nq-2,2016-05-03,95,37.1\n"
    with pytest.raises(DataFileError) as refused:
        import_upload(store, "my table.csv", rows.encode(), "csv", geocoder=geocoder)
    message = str(refused.value)
    assert message.startswith("my table.csv") and "latitude" in message
    assert "incidents-upload-" not in message and "/tmp" not in message
    assert store.count() == 0  # nothing of it
    kept = import_upload(store, "my table.csv", rows.encode(), "csv", geocoder=geocoder, skip_bad_rows=True)
    assert kept.inserted == 1 and len(kept.skipped) == 1 and kept.skipped[0].startswith("my table.csv")


def test_empty_files_unknown_formats_and_the_guess(store: Store) -> None:
    with pytest.raises(InputError, match=r"^events.csv is empty"):
        import_upload(store, "events.csv", b"\n", "csv")
    with pytest.raises(InputError, match="unknown format 'xlsx'"):
        import_upload(store, "events.xlsx", b"PK...", "xlsx")
    assert guess_format("Export.GeoJSON") == "geojson" and guess_format("ged.csv.gz") == "csv"
    assert guess_format("acled_2019.txt") is None
