"""An event place the gazetteer lacks is named on the map and in the table, not only in the panel:
the store's frames read it from the incident's extra ("X (not in gazetteer; placed at ...)")."""

from __future__ import annotations

import pandas as pd

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.mapview import features
from incident_explorer.store.database import Store
from incident_explorer.store.snapshot import Snapshot
from incident_explorer.tables import incident_table

REPORT = """---
published: 2020-02-17
---

Gunmen killed eleven herders in Tinkoura, a village in Mali's Mopti region, on Sunday, officials said.
Separately, a roadside bomb hit a patrol outside Menaka on Saturday, wounding four soldiers.
"""


def test_the_unknown_name_reaches_the_map_and_the_table(store: Store, extractor: Extractor) -> None:
    found = extractor.extract(articles.from_text(REPORT, path="mali.md"))
    unknown = next(i for i in found.incidents if i.place_text)
    store.ingest(found)
    frame = Snapshot.load(store).frame
    row = frame[frame["place_text"].notna()]
    assert list(row["place_text"]) == [unknown.place_text] and "Tinkoura" in unknown.place_text
    label = next(f["properties"]["label"] for f in features(row))
    assert "Tinkoura (not in gazetteer" in label
    table = incident_table(frame)
    assert "place_text" not in table.columns
    assert unknown.place_text in set(table["place"]) and any(
        "naka, " in str(p) for p in table["place"]
    )  # Ménaka, the place itself


def test_once_a_person_placed_it_the_name_is_theirs(store: Store, extractor: Extractor) -> None:
    found = extractor.extract(articles.from_text(REPORT, path="mali.md"))
    store.ingest(found)
    ident = str(store.query(columns=("id", "place_text")).dropna(subset=["place_text"]).iloc[0]["id"])
    store.update_incident(ident, {"latitude": 14.35, "longitude": -3.61}, actor="test")
    after = store.query(columns=("id", "place_text"))
    assert pd.isna(after.set_index("id").loc[ident, "place_text"])
