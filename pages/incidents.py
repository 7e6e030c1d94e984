"""Incidents: the filtered table, with downloads as CSV and GeoJSON."""

from __future__ import annotations

import io

import streamlit as st

from incident_explorer.store import exporters
from incident_explorer.store.database import Filters
from pages import state

st.title("Incidents")
snap = state.snapshot()
if len(snap) == 0:
    st.info("No incidents yet. Add some with `incidents ingest PATH`.")
    st.stop()
dates = st.session_state.get(state.DATES)
filters = Filters(
    start=dates[0] if dates else None,
    end=dates[1] if dates else None,
    event_types=tuple(st.session_state.get(state.TYPES) or ()),
    countries=tuple(st.session_state.get(state.COUNTRIES) or ()),
    min_fatalities=int(st.session_state.get(state.MIN_DEAD) or 0) or None,
    text=str(st.session_state.get(state.TEXT) or "").strip(),
)
frame = snap.select(filters)
search = st.text_input("Search the table", key="table_search")
if search.strip():
    needle = search.strip().lower()
    hay = (
        frame[["location", "event_type", "sub_event_type", "actor1"]]
        .fillna("")
        .astype(str)
        .agg(" ".join, axis=1)
    )
    frame = frame[hay.str.lower().str.contains(needle, regex=False)]
st.markdown(f"Showing {len(frame):,} incidents (the Map page's filters apply)")
st.dataframe(frame, hide_index=True, width="stretch")


def _export(fmt: str) -> bytes:
    out = io.StringIO()
    ids = set(frame["id"])
    exporters.write((r for r in state.store().records(filters) if r.id in ids), fmt, out)
    return out.getvalue().encode("utf-8")


left, right = st.columns(2)
left.download_button("Download CSV", _export("csv"), "incidents.csv", "text/csv")
right.download_button("Download GeoJSON", _export("geojson"), "incidents.geojson", "application/geo+json")
