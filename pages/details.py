"""The detail panel of one incident. Every string from an article or import is shown as text."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from pages import state

_TIME = {1: "exact day", 2: "within a week", 3: "within a month or coarser"}
_GEO = {1: "the place itself", 2: "near a town or part of a region", 3: "a region or province"}
_SOURCES = {
    "ocha": "OCHA",
    "geonames": "GeoNames",
    "geonames-admin1": "GeoNames",
    "user": "user place",
    "acled": "ACLED",
    "ucdp": "UCDP GED",
    "nominatim": "Nominatim / OpenStreetMap",
}


def _source_label(place_source: str | None) -> str:
    if not place_source:
        return "no gazetteer entry"
    prefix = place_source.split(":", 1)[0]
    return f"{_SOURCES.get(prefix, prefix)} {place_source}"


def select(incident_id: str) -> None:
    st.session_state[state.SELECTED] = incident_id
    st.query_params["incident"] = incident_id


def panel(incident: dict[str, Any] | None) -> None:
    if incident is None:
        st.info("Click an incident on the map to read its details.")
        return
    article = incident.get("article") or {}
    if article:
        st.markdown(f"#### {state.literal(article.get('title') or 'Untitled article')}")
        meta = " · ".join(state.literal(v) for v in (article.get("source"), article.get("published")) if v)
        if meta:
            st.caption(meta)
        url = str(article.get("url") or "")
        if url.startswith(("http://", "https://")):
            st.link_button("Open the article", url)
    else:
        origin = state.literal(str(incident.get("origin", "")).upper())
        st.markdown(f"#### {origin} event {state.literal(incident.get('source_id') or incident['id'])}")
    when = incident.get("event_date")
    st.markdown(
        f"**When:** {state.literal(when or 'unknown')} "
        f"({_TIME.get(int(incident.get('time_precision') or 3), '')})"
    )
    st.markdown(
        f"**Where:** {state.literal(incident.get('location') or 'not placed')} — "
        f"{state.literal(_source_label(incident.get('place_source')))}, "
        f"{_GEO.get(int(incident.get('geo_precision') or 3), '')}"
    )
    st.markdown(
        f"**What:** {state.literal(incident.get('event_type') or '')} / "
        f"{state.literal(incident.get('sub_event_type') or '')}"
    )
    actors = [a for a in (incident.get("actor1"), incident.get("actor2")) if a]
    st.markdown(f"**Actors:** {state.literal(', '.join(actors) or 'not named')}")
    low, best, high = (
        incident.get("fatalities_low"),
        incident.get("fatalities_best"),
        incident.get("fatalities_high"),
    )
    st.markdown(
        f"**Killed:** low {low if low is not None else '–'}, best {best if best is not None else '–'}, "
        f"high {high if high is not None else '–'}"
    )
    claims = incident.get("claims") or []
    if claims:
        st.table(
            pd.DataFrame(
                {
                    "claimant": [c["claimant"] or "unattributed" for c in claims],
                    "number": [c["text"] or c["number"] for c in claims],
                    "kind": [c["kind"] for c in claims],
                }
            ).set_index("claimant")
        )
    for e in incident.get("evidence") or []:
        st.markdown("> " + state.literal(e.get("text", "")))
    if incident.get("notes"):
        st.caption(state.literal(incident["notes"]))
    siblings = incident.get("siblings") or []
    if siblings:
        st.markdown("**Other incidents from this article**")
        for other in siblings:
            st.button(other, key=f"sibling-{other}", on_click=select, args=(other,))
    _edit(incident)
    st.button("Close", key="close-details", on_click=_close)


_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "location", "notes")


def _edit(incident: dict[str, Any]) -> None:
    with st.expander("Edit or delete this incident"):
        with st.form(f"edit-{incident['id']}"):
            when = st.date_input("Event date", value=incident.get("event_date"), format="YYYY-MM-DD")
            texts = {
                f: st.text_input(f.replace("_", " ").capitalize(), value=str(incident.get(f) or ""))
                for f in _FIELDS
            }
            lat = st.number_input(
                "Latitude", value=incident.get("latitude"), min_value=-90.0, max_value=90.0, format="%.5f"
            )
            lon = st.number_input(
                "Longitude", value=incident.get("longitude"), min_value=-180.0, max_value=180.0, format="%.5f"
            )
            best = st.number_input(
                "Fatalities (best)", value=incident.get("fatalities_best"), min_value=0, step=1
            )
            if st.form_submit_button("Save changes"):
                changes: dict[str, Any] = {
                    "event_date": when,
                    **texts,
                    "latitude": lat,
                    "longitude": lon,
                    "fatalities_best": None if best is None else int(best),
                }
                try:
                    n = state.store().update_incident(incident["id"], changes, actor="app")
                    st.success(f"Saved {n} change(s); they are kept when the article is extracted again.")
                except Exception as exc:  # noqa: BLE001 (the form stays filled; the message says why)
                    st.error(f"Not saved: {exc}")
        sure = st.checkbox("Yes, delete this incident", key=f"confirm-delete-{incident['id']}")
        if st.button("Delete", key=f"delete-{incident['id']}", disabled=not sure):
            state.store().delete_incident(incident["id"], actor="app")
            _close()
            st.rerun()
        history = state.store().audit(incident["id"])
        if history:
            st.caption("History")
            st.dataframe(
                pd.DataFrame(
                    [
                        {
                            "when": h.at,
                            "who": h.actor,
                            "what": h.action,
                            "field": h.field,
                            "before": h.before,
                            "after": h.after,
                        }
                        for h in history
                    ]
                ),
                hide_index=True,
            )


def _close() -> None:
    st.session_state.pop(state.SELECTED, None)
    st.query_params.pop("incident", None)
