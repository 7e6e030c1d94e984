"""Incidents: the filtered table, with downloads as CSV and GeoJSON."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import streamlit as st

from incident_explorer.store import exporters
from incident_explorer.tables import country_names, filters_summary, incident_table
from pages import state

state.through_app(__file__)

st.title("Incidents")
snap = state.snapshot()
if len(snap) == 0:
    st.info("No incidents yet. Add some with `incidents ingest PATH`.")
    st.stop()
search = st.text_input("Search the table", key="table_search", help="place, event type or actor")
filters = replace(state.map_filters(), text=search)
frame = snap.select(filters)
st.markdown(f"Showing {len(frame):,} incidents (the Map page's filters apply)")
st.caption(state.literal(filters_summary(filters, country_names(state.settings().data_dir))))
st.dataframe(incident_table(frame), hide_index=True, width="stretch")
store = state.store()


def _export(fmt: str) -> Callable[[], str]:
    # Called only when the button is clicked (on Streamlit's own thread): a page view does not
    # write two exports of every shown incident.
    return lambda: exporters.export_text(store.records(filters), fmt)


left, right = st.columns(2)
left.download_button("Download CSV", _export("csv"), "incidents.csv", "text/csv")
right.download_button("Download GeoJSON", _export("geojson"), "incidents.geojson", "application/geo+json")
