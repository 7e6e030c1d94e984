"""Incidents: the filtered table, with downloads as CSV and GeoJSON."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import streamlit as st

from incident_explorer.errors import IncidentExplorerError
from incident_explorer.store import exporters
from incident_explorer.store.upload_import import guess_format, import_upload
from incident_explorer.tables import country_names, filters_summary, incident_table, showing
from pages import state

state.through_app(__file__)

FORMAT_NAMES = {
    "csv": "CSV (this app's export)",
    "geojson": "GeoJSON",
    "acled": "ACLED",
    "ucdp": "UCDP GED CSV",
}


def import_section() -> None:
    """Incidents from a file: this app's CSV or GeoJSON export, an ACLED or UCDP GED export."""
    with st.expander("Import incidents from a file (CSV or GeoJSON export, ACLED, UCDP GED)"):
        chosen = st.file_uploader("File", type=["csv", "geojson", "json", "gz"], key="import_file")
        guessed = guess_format(chosen.name) if chosen is not None else None
        formats = list(FORMAT_NAMES)
        fmt = st.selectbox(
            "Format",
            formats,
            index=formats.index(guessed) if guessed else None,
            format_func=FORMAT_NAMES.__getitem__,
            key=f"import_format_{chosen.file_id if chosen is not None else ''}",  # a new file: a new guess
            placeholder="ACLED and UCDP exports are CSV files too: say which",
        )
        skip = st.checkbox("Skip bad rows (import the good ones and list the others)", key="import_skip")
        if done := st.session_state.pop("import_done", None):
            message, skipped = done
            st.success(state.literal(message))
            for line in skipped:
                st.caption(state.literal(line))
        if not st.button("Import", disabled=chosen is None or fmt is None) or chosen is None or fmt is None:
            return
        try:
            with st.spinner(f"Importing {chosen.name}..."):
                result = import_upload(
                    state.store(),
                    chosen.name,
                    chosen.getvalue(),
                    fmt,
                    geocoder=state.geocoder() if fmt == "csv" else None,
                    skip_bad_rows=skip,
                )
        except IncidentExplorerError as exc:
            st.error(state.literal(f"Nothing was imported: {exc}"))
            return
        st.session_state["import_done"] = (
            f"Imported {chosen.name}: {result.inserted:,} incidents added, {result.updated:,} updated"
            + (f" ({result.kept_human:,} kept the fields a person edited)" if result.kept_human else "")
            + (f", {len(result.skipped):,} bad rows skipped (below)" if result.skipped else "")
            + ". They are on the Map page and in the table now.",
            result.skipped[:50],
        )
        st.rerun()  # the table above shows them at once


st.title("Incidents")
snap = state.snapshot()
if len(snap) == 0:
    st.info("No incidents yet. Import a file below, or add an article on the Add article page.")
    import_section()
    st.stop()
search = st.text_input("Search the table", key="table_search", help="place, event type or actor")
filters = replace(state.map_filters(), text=search)
frame = snap.select(filters)
st.markdown(showing(len(frame)) + " (the Map page's filters apply)")
st.caption(state.literal(filters_summary(filters, country_names(state.settings().data_dir))))
st.dataframe(incident_table(frame), hide_index=True, width="stretch")
store = state.store()


def _export(fmt: str) -> Callable[[], str]:
    # Called only when the button is clicked (on Streamlit's own thread): a page view does not
    # write two exports of every shown incident.
    return lambda: exporters.export_text(store.records(filters), fmt)


left, right = st.columns(2)
left.download_button("Download CSV", _export("csv"), "incidents.csv", "text/csv", on_click="ignore")
right.download_button(
    "Download GeoJSON", _export("geojson"), "incidents.geojson", "application/geo+json", on_click="ignore"
)


import_section()
