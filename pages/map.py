"""Map: the incidents on a map beside the details of the one clicked, a date slider, and a
timeline whose bars can be brushed or clicked to set the dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from incident_explorer.mapview import TYPE_COLOURS, cells_note, incident_layer, timeline, view_for
from incident_explorer.mapview import focus as mapfocus
from incident_explorer.tables import admin1_groups, country_label, country_names, showing, undated_note
from pages import details, state

state.through_app(__file__)

MAP_HEIGHT = 560  # with the slider above it, the whole map fits a 1400x900 window


@st.fragment(run_every=2)
def _sample_notice() -> None:
    # Polls while the first run extracts the sample article; then reruns the page to show it.
    if state.sample_pending():
        st.info("Adding the sample article: building the gazetteer index (first run only, about 30 s)...")
    else:
        st.rerun()


# The notice's place is kept when it goes: a page whose elements shift up remounts the map
# below them (its iframe reloads, ~2-5 s under load, before the article's incidents show).
notice = st.empty()
if state.sample_pending():
    with notice.container():
        _sample_notice()
snap = state.snapshot()
if len(snap) == 0:
    st.info(
        "No incidents yet. Add some with `incidents ingest PATH`, `incidents import FILE --format acled` "
        "or `incidents demo`, then reload this page."
    )
    st.stop()
# Less empty space above the map, so that map and slider fit one laptop screen.
st.markdown(
    "<style>[data-testid='stMainBlockContainer']{padding-top:3rem;padding-bottom:1rem}</style>",
    unsafe_allow_html=True,
)

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
        # the value itself is never shown: it is whatever a link's author wrote
        st.warning(f"Ignored the {name} date in the address: write it like 2017-02-25.")
        return None


if state.DATES not in st.session_state:
    # A shared link's dates stand as given, even outside the data's span (the slider widens).
    start_param, end_param = _param_date("start"), _param_date("end")
    start, end = start_param or first_day, end_param or last_day
    if start > end:
        st.warning("Ignored the dates in the address: the start is after the end.")
        start, end = first_day, last_day
    st.session_state[state.DATES] = (start, end)
    wanted = st.query_params.get("incident")
    if wanted is not None:
        if wanted in snap:
            st.session_state[state.SELECTED] = wanted
            linked = state.store().incident(wanted) or {}
            if linked.get("latitude") is not None:
                # the map opens on the linked incident (town zoom), once: later clicks do not move it
                st.session_state[state.FOCUS] = mapfocus(
                    linked["latitude"], linked["longitude"], linked.get("geo_precision")
                )
        else:
            st.warning("Ignored the incident in the address: there is no incident with that id.")

with st.sidebar:
    st.header("Filters")
    st.multiselect("Event type", choices.event_types, key=state.TYPES)
    names = country_names(state.settings().data_dir)
    st.multiselect(
        "Country", choices.countries, key=state.COUNTRIES, format_func=lambda c: country_label(c, names)
    )
    st.multiselect(
        "Province / admin1",
        list(admin1_groups(choices.admin1)),
        key=state.ADMIN1,
        help="Names that differ only by 'Governorate', 'Province' and the like are one choice.",
    )
    st.number_input("Minimum fatalities (best estimate)", min_value=0, step=1, key=state.MIN_DEAD)
    st.text_input("Actor contains", key=state.ACTOR)
    st.text_input("Source contains", key=state.SOURCE, help="outlet or claimant, e.g. SOHR")
    st.text_input("Place contains", key=state.TEXT)
    st.session_state.setdefault(state.OFFLINE, state.settings().offline)
    st.toggle(
        "Offline map (no tiles, nothing requested outside this machine)",
        key=state.OFFLINE,
        disabled=state.settings().offline,
    )

filters = state.map_filters()
without_dates = snap.select(replace(filters, start=None, end=None))


chosen = st.session_state[state.DATES]
slider_min, slider_max = min(first_day, chosen[0]), max(last_day, chosen[1])


def _set_dates(start: date, end: date) -> None:
    st.session_state[state.DATES] = (max(slider_min, start), min(slider_max, end))


def _on_timeline() -> None:
    # A brush over the bars, or a click on one, sets the date range.
    selection = (st.session_state.get("timeline") or {}).get("selection") or {}
    brush = (selection.get("brush") or {}).get("period")
    if brush and len(brush) == 2:
        _set_dates(_as_day(min(brush)), _as_day(max(brush)))
        return
    picked = [p for p in selection.get("pick") or [] if p.get("period") is not None]
    if picked:
        days = [_as_day(p["period"]) for p in picked]
        ends = [
            _as_day(p["period_end"]) - timedelta(days=1) if p.get("period_end") else d
            for p, d in zip(picked, days, strict=True)
        ]
        _set_dates(min(days), max(ends))


def _as_day(value: Any) -> date:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000, UTC).date()
    return pd.Timestamp(value).date()


def _vega_day(day: date) -> alt.DateTime:
    return alt.DateTime(year=day.year, month=day.month, date=day.day)


top_left, top_right = st.columns([3, 2], vertical_alignment="bottom")
with top_left:
    start, end = st.slider(
        "Dates", min_value=slider_min, max_value=slider_max, key=state.DATES, format="YYYY-MM-DD"
    )
st.query_params["start"], st.query_params["end"] = start.isoformat(), end.isoformat()
frame = snap.select(replace(filters, start=start, end=end))
undated = snap.undated(filters)
with top_right:
    # (shown by default: hidden, a store of undated incidents looks empty)
    with_undated = bool(len(undated)) and st.toggle(
        "Show incidents with no date", value=True, key=state.UNDATED
    )
    if with_undated:
        frame = pd.concat([frame, undated], ignore_index=True)
    st.markdown(showing(len(frame)))
    if len(undated):
        st.caption(undated_note(len(undated), with_undated))
    elif len(frame) == 0:
        span = (
            f"the data runs from {choices.first_day.isoformat()} to {choices.last_day.isoformat()}"
            if choices.first_day and choices.last_day
            else "no incident has a date"
        )
        st.caption(f"None between {start.isoformat()} and {end.isoformat()} with these filters; {span}.")


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
        state.show_map(
            layer,
            key="map",
            height=MAP_HEIGHT,
            returned=["last_active_drawing"],
            on_change=_on_map_click,
            # a link's incident; else the shown incidents (a day in Sudan is not shown on Syria)
            focus=st.session_state.get(state.FOCUS) or view_for(frame),
        )
        legend = " ".join(
            f"<span style='color:{c}'>&#9679;</span> {name}"
            for name, c in TYPE_COLOURS.items()
            if name in set(frame["event_type"])
        )
        note = cells_note(cells) if cells else "size: fatalities; dashed ring: how precise the place is"
        st.caption(legend + " &nbsp; " + note, unsafe_allow_html=True)
    with right, st.container(height=MAP_HEIGHT, border=False):
        others = None
        if selected is not None and selected.get("latitude") is not None:
            same = (frame["latitude"] == selected["latitude"]) & (frame["longitude"] == selected["longitude"])
            others = frame[same & (frame["id"] != selected["id"])]
        details.panel(selected, others)


map_and_details(frame)

# Timeline: incidents per day (per week for long spans), before the date filter.
counts, per = timeline(without_dates, span_days=(slider_max - slider_min).days)
if len(counts):
    known = [t for t in TYPE_COLOURS if t in set(counts["event_type"])]
    others = sorted(set(counts["event_type"]) - set(known))
    brush = alt.selection_interval(name="brush", encodings=["x"])
    pick = alt.selection_point(name="pick", encodings=["x"], fields=["period", "period_end"])
    # the dates shown on the map, as a band behind the bars
    shown = pd.DataFrame({"start": [pd.Timestamp(start)], "end": [pd.Timestamp(end) + pd.Timedelta(days=1)]})
    band = alt.Chart(shown).mark_rect(color="#1f77b4", opacity=0.12).encode(x="start:T", x2="end:T")
    bars = (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X(
                "period:T",
                title=None,
                scale=alt.Scale(domain=[_vega_day(slider_min), _vega_day(slider_max + timedelta(days=1))]),
            ),
            x2="period_end:T",
            y=alt.Y("sum(incidents):Q", title=f"per {per}"),
            color=alt.Color(
                "event_type:N",
                scale=alt.Scale(
                    domain=known + others,
                    range=[TYPE_COLOURS[t] for t in known] + ["#17becf"] * len(others),
                ),
                legend=alt.Legend(title=None, orient="right", labelLimit=220),
            ),
            tooltip=[
                alt.Tooltip("period:T", title="from"),
                alt.Tooltip("event_type:N", title="type"),
                alt.Tooltip("incidents:Q"),
                alt.Tooltip("fatalities:Q", title="killed (best)"),
            ],
        )
        .add_params(brush, pick)
    )
    chart = alt.layer(band, bars).properties(height=130)
    st.caption("Drag across the timeline, or click a bar, to set the dates.")
    st.altair_chart(
        chart, width="stretch", key="timeline", on_select=_on_timeline, selection_mode=["brush", "pick"]
    )
