"""Places: search the gazetteer the way news writes place names."""

import time

import pandas as pd
import streamlit as st

from incident_explorer import index_refresh, mapview
from incident_explorer.errors import IncidentExplorerError
from incident_explorer.mapview import incident_layer
from incident_explorer.places.sources import user_places
from pages import state

state.through_app(__file__)
state.remember_index()
INDEXING = "places_indexing"  # (place name, monotonic start) while its index is being built

st.title("Places")
st.caption(
    "Search the offline gazetteer (GeoNames, OCHA Syria, your user places) the way news writes "
    "place names: `al-Waer, Homs`, `the Ghouta neighbourhood of Homs`, `Homs province`."
)
left, mid, right = st.columns([3, 3, 1])
query = left.text_input("Place", key=state.QUERY, placeholder="al-Waer, Homs")
context = mid.text_input("Context (optional)", key=state.CONTEXT, placeholder="text around the name")
country = right.text_input("Country", key=state.COUNTRY, max_chars=2, placeholder="SY")

if query.strip():
    if country and not (len(country) == 2 and country.isalpha()):
        st.warning("Country must be a two-letter ISO code such as SY; it was ignored.")
        country = ""
    try:
        found = state.geocoder().geocode(query, context=context, country=country or None, limit=10)
    except IncidentExplorerError as exc:
        st.error(str(exc))
        st.stop()
    if not found:
        st.info(f"No place matches {query!r} well enough. Check the spelling or add a parent: `X, Y`.")
    else:
        table = pd.DataFrame(
            {
                "score": [c.score for c in found],
                "location": [c.location for c in found],
                "feature": [str(c.place.feature) for c in found],
                "latitude": [c.place.latitude for c in found],
                "longitude": [c.place.longitude for c in found],
                "ACLED geo_precision": [c.precision.geo_precision for c in found],
                "UCDP where_prec": [c.precision.where_prec for c in found],
                "source": [c.place.source_id for c in found],
                "why": [c.reason for c in found],
            }
        )
        st.dataframe(table, hide_index=True, width="stretch")
        best = found[0]
        st.markdown(
            f"**Best:** {best.place.source_id} at {best.place.latitude:.5f}, {best.place.longitude:.5f}"
        )
        st.text(best.location)
        points = pd.DataFrame(
            {
                "id": [c.place.source_id for c in found],
                "event_date": pd.NaT,
                "latitude": [c.place.latitude for c in found],
                "longitude": [c.place.longitude for c in found],
                "event_type": [str(c.place.feature) for c in found],
                "sub_event_type": [c.place.source_id for c in found],
                "fatalities_best": [None for _ in found],
                "location": [c.location for c in found],
            }
        )
        layer, _cells = incident_layer(points)
        # opened on the best candidates (those close to the best score), wherever they are
        near = [c for c in found if c.score >= found[0].score - 0.1]
        view = mapview.fit(
            [(c.place.latitude, c.place.longitude, c.precision.geo_precision) for c in near], height=320
        )
        state.show_map(layer, key="places_map", height=320, focus=view)


st.subheader("Your places")
st.caption(
    "User places join the gazetteer and win ties. Adding one rebuilds the index in the background "
    f"(about {index_refresh.BUILD_CPU_SECONDS} s of one core's work, longer when the machine is busy); "
    "searches use the previous index until then, and extraction waits for it."
)


@st.fragment(run_every=2)
def _index_notice() -> None:
    # Polls while the index of the changed places is built; then reruns the page once.
    name, since = st.session_state[INDEXING]
    waited = time.monotonic() - since
    if not state.index_pending():
        st.session_state.pop(INDEXING, None)
        st.session_state["index_done"] = name
        st.rerun()
    elif waited > 900:
        st.session_state.pop(INDEXING, None)
        st.warning("The gazetteer index is still not built after 15 minutes; the server's terminal says why.")
    else:
        state.start_index_build()  # nothing if a build is under way; a failed one starts again
        st.info(
            state.literal(
                f"Adding {name} to the gazetteer index: {waited:.0f} s so far (about "
                f"{index_refresh.BUILD_CPU_SECONDS} s of one core's work, longer when the machine is busy). "
                "Searches use the previous index until then."
            )
        )


if (done := st.session_state.pop("index_done", None)) is not None:
    st.success(state.literal(f"{done} is in the gazetteer index now: searches and extraction know it."))
if INDEXING in st.session_state:
    _index_notice()
rows = user_places.read_rows(state.settings().user_places)
if rows:
    table = pd.DataFrame(rows)
    st.dataframe(table, hide_index=True, width="stretch")
    st.download_button(
        "Download user places (CSV)",
        user_places.to_csv(rows).encode("utf-8"),
        "user_places.csv",
        "text/csv",
        on_click="ignore",
    )
ids = [r.get("id", "") for r in rows]
if (added := st.session_state.pop("place_added", None)) is not None:
    # the place just added or saved: the list above shows it, and the form holds it (no longer a
    # new place's form still filled with it)
    flash, added_id = added
    st.success(flash)
    if added_id in ids:
        st.session_state["place_edit"] = added_id
editing = st.selectbox("Add a new place, or edit one of yours", ["(new place)", *ids], key="place_edit")
current = next((r for r in rows if r.get("id") == editing), {})


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


kinds = ["point", "neighbourhood", "city", "admin3", "admin2", "admin1", "region"]
with st.form(f"place-{editing}", clear_on_submit=False):
    a, b, c = st.columns(3)
    ident = a.text_input(
        "Id", value=current.get("id", ""), placeholder="clock-square", disabled=bool(current)
    )
    name = b.text_input("Name", value=current.get("name", ""), placeholder="Clock Tower Square")
    aliases = c.text_input("Aliases, separated by |", value=current.get("aliases", ""))
    d, e, f = st.columns(3)
    lat = d.number_input(
        "Latitude", min_value=-90.0, max_value=90.0, value=_number(current.get("latitude")), format="%.5f"
    )
    lon = e.number_input(
        "Longitude", min_value=-180.0, max_value=180.0, value=_number(current.get("longitude")), format="%.5f"
    )
    parent = f.text_input("Parent place", value=current.get("parent", ""), placeholder="Homs")
    g, h = st.columns(2)
    country = g.text_input("Country code", value=current.get("country", ""), max_chars=2, placeholder="SY")
    kind = current.get("feature") or "point"
    feature = h.selectbox("Kind", kinds, index=kinds.index(kind) if kind in kinds else 0)
    if st.form_submit_button("Save place" if current else "Add place"):
        try:
            user_places.add(
                state.settings().user_places,
                {
                    "id": current.get("id") or ident,
                    "name": name,
                    "aliases": aliases,
                    "latitude": "" if lat is None else str(lat),
                    "longitude": "" if lon is None else str(lon),
                    "parent": parent,
                    "country": country,
                    "feature": feature,
                    "members": current.get("members", ""),
                    "note": current.get("note", ""),
                },
                replace=bool(current),
            )
        except IncidentExplorerError as exc:
            st.error(state.literal(f"Not saved: {exc}"))
        else:
            flash = f"{'Saved' if current else 'Added'} {name}."
            st.session_state["place_added"] = (state.literal(flash), current.get("id") or ident)
            state.start_index_build()
            st.session_state[INDEXING] = (name or ident, time.monotonic())
            st.rerun()
