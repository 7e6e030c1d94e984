"""Incidents: the filtered table, with downloads as CSV and GeoJSON."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from incident_explorer.store import exporters
from pages import state

st.title("Incidents")
snap = state.snapshot()
if len(snap) == 0:
    st.info("No incidents yet. Add some with `incidents ingest PATH`.")
    st.stop()
search = st.text_input("Search the table", key="table_search", help="place, event type or actor")
filters = replace(state.map_filters(), text=search)
frame = snap.select(filters)
st.markdown(f"Showing {len(frame):,} incidents (the Map page's filters apply)")
st.dataframe(frame, hide_index=True, width="stretch")
left, right = st.columns(2)
left.download_button(
    "Download CSV", exporters.export_text(state.store().records(filters), "csv"), "incidents.csv", "text/csv"
)
right.download_button(
    "Download GeoJSON",
    exporters.export_text(state.store().records(filters), "geojson"),
    "incidents.geojson",
    "application/geo+json",
)
