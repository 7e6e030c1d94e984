"""Map: timeline, filters, the incidents on a map, and the details of the one clicked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import altair as alt
import pandas as pd
import streamlit as st

from incident_explorer.mapview import TYPE_COLOURS, incident_layer, timeline
from pages import details, state

snap = state.snapshot()
st.title("Incidents")
if len(snap) == 0:
    st.info(
        "No incidents yet. Add some with `incidents ingest PATH` or `incidents import FILE --format acled`, "
        "then reload this page."
    )
    st.stop()

choices = snap.choices()
first_day = choices.first_day or date.today()
last_day = choices.last_day or date.today()
if first_day == last_day:
    first_day -= timedelta(days=1)


def _param_date(name: str) -> date | None:
    raw = st.query_params.get(name)
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        st.warning(f"Ignored {name}={raw!r} in the address: use a date like 2017-02-25.")
        return None


if state.DATES not in st.session_state:
    start_param, end_param = _param_date("start"), _param_date("end")
    start = max(first_day, min(start_param or first_day, last_day))
    end = min(last_day, max(end_param or last_day, first_day))
    if start > end:
        st.warning("Ignored start/end in the address: start is after end.")
        start, end = first_day, last_day
    st.session_state[state.DATES] = (start, end)
    wanted = st.query_params.get("incident")
    if wanted is not None:
        if wanted in snap:
            st.session_state[state.SELECTED] = wanted
        else:
            st.warning(f"Ignored incident={wanted!r} in the address: no such incident.")

with st.sidebar:
    st.header("Filters")
    st.multiselect("Event type", choices.event_types, key=state.TYPES)
    st.multiselect("Country", choices.countries, key=state.COUNTRIES)
    st.multiselect("Province / admin1", choices.admin1, key=state.ADMIN1)
    st.number_input("Minimum fatalities (best estimate)", min_value=0, value=0, step=1, key=state.MIN_DEAD)
    st.text_input("Actor contains", key=state.ACTOR)
    st.text_input("Source contains", key=state.SOURCE, help="outlet or claimant, e.g. SOHR")
    st.text_input("Place contains", key=state.TEXT)
    st.toggle(
        "Offline map (no tiles, nothing requested outside this machine)",
        key=state.OFFLINE,
        value=state.settings().offline,
        disabled=state.settings().offline,
    )

filters = state.map_filters()
without_dates = snap.select(replace(filters, start=None, end=None))

# Timeline: incidents per week (per day for short spans), before the date filter.
counts, per = timeline(without_dates, span_days=(last_day - first_day).days)
if len(counts):
    chart = (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X("period:T", title=None),
            y=alt.Y("incidents:Q", title=f"Incidents per {per}"),
            color=alt.Color(
                "event_type:N",
                scale=alt.Scale(domain=list(TYPE_COLOURS), range=list(TYPE_COLOURS.values())),
                legend=alt.Legend(title="Event type", orient="bottom"),
            ),
            tooltip=["period:T", "event_type:N", "incidents:Q", "fatalities:Q"],
        )
        .properties(height=140)
    )
    st.altair_chart(chart, width="stretch")

start, end = st.slider("Dates", min_value=first_day, max_value=last_day, key=state.DATES, format="YYYY-MM-DD")
st.query_params["start"], st.query_params["end"] = start.isoformat(), end.isoformat()
frame = snap.select(replace(filters, start=start, end=end))
st.markdown(f"Showing {len(frame):,} incidents")
legend = " ".join(f"<span style='color:{c}'>&#9679;</span> {name}" for name, c in TYPE_COLOURS.items())
st.caption(legend + " &nbsp; size: fatalities; dashed ring: how precise the place is", unsafe_allow_html=True)


def _on_map_click() -> None:
    # Runs before the rerun, so the click is handled in one pass (no second rerun).
    clicked = (st.session_state.get("map") or {}).get("last_active_drawing") or {}
    clicked_id = (clicked.get("properties") or {}).get("id")
    if clicked_id and not str(clicked_id).startswith("cell:"):
        st.session_state[state.SELECTED] = clicked_id
        st.query_params["incident"] = clicked_id


@st.fragment
def map_and_details(frame: pd.DataFrame) -> None:
    left, right = st.columns([3, 2])
    selected_id = st.session_state.get(state.SELECTED)
    selected = state.store().incident(selected_id) if selected_id else None
    with left:
        layer, cells = incident_layer(frame, selected)
        if cells:
            st.caption(
                "Too many incidents to draw one by one: grey circles are counts per area. "
                "Narrow the dates or filters."
            )
        state.show_map(
            layer, key="map", height=560, returned=["last_active_drawing"], on_change=_on_map_click
        )
    with right:
        details.panel(selected)


map_and_details(frame)
