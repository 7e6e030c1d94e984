"""The detail panel of one incident. Every string from an article or import is shown as text."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from incident_explorer import panel as says
from incident_explorer.errors import IncidentExplorerError
from incident_explorer.store.corrections import form_changes, place_fields, type_choices, type_label
from pages import state

state.not_a_page(__name__)

# UCDP GED codebook: where_prec and type_of_violence.
_WHERE_PREC = {
    1: "the exact place",
    2: "within about 25 km of it",
    3: "somewhere in its second-order division (district)",
    4: "somewhere in its first-order division (governorate)",
    5: "somewhere in an area larger than a governorate",
    6: "somewhere in the country",
    7: "in international waters or airspace",
}
UCDP_LICENCE = "Source: UCDP GED (Georeferenced Event Dataset, Uppsala Conflict Data Program), CC BY 4.0"


def _split(value: object) -> list[str]:
    return [part.strip() for part in str(value or "").split(";") if part.strip()]


def _count(value: object) -> str:
    return "–" if value is None or str(value).strip() == "" else str(value)


def ucdp_panel(incident: dict[str, Any]) -> None:
    """A UCDP GED event as UCDP coded it: the reports, the sides, deaths by side, UCDP's place."""
    extra = incident.get("extra") or {}
    headlines = _split(incident.get("notes")) or ["(no headline)"]
    st.markdown(f"#### {state.literal(headlines[0])}")
    outlets, dates = _split(extra.get("source_office")), _split(extra.get("source_date"))
    if len(outlets) == len(dates) == len(headlines) and len(headlines) > 1:
        st.markdown("**Reports**")
        st.dataframe(
            pd.DataFrame({"outlet": outlets, "date": dates, "headline": headlines}),
            hide_index=True,
            width="stretch",
        )
    else:
        st.caption(
            " · ".join(
                state.literal(v)
                for v in ("; ".join(dict.fromkeys(outlets)), "; ".join(dict.fromkeys(dates)))
                if v
            )
        )
    when, until = incident.get("event_date"), incident.get("date_end")
    span = f"{when}" if not until or until == when else f"{when} to {until}"
    st.markdown(f"**When:** {state.literal(span)} (UCDP date_prec {_count(incident.get('date_prec'))})")
    where_prec = int(incident.get("where_prec") or 6)
    st.markdown(
        f"**Where:** {state.literal(incident.get('location') or 'not named')} — UCDP's place, "
        f"where_prec {where_prec}: {_WHERE_PREC.get(where_prec, 'unknown precision')}"
    )
    admin = ", ".join(v for v in (incident.get("admin2"), incident.get("admin1")) if v)
    if admin:
        st.caption(state.literal(admin))
    st.markdown(
        f"**What:** {state.literal(incident.get('event_type') or 'unknown')} "
        f"(UCDP type_of_violence {state.literal(extra.get('type_of_violence') or '?')})"
        + (f" · {state.literal(extra['conflict_name'])}" if extra.get("conflict_name") else "")
    )
    side_a, side_b = incident.get("actor1") or "not named", incident.get("actor2") or "not named"
    st.markdown(f"**Sides:** {state.literal(side_a)} — {state.literal(side_b)}")
    st.markdown(
        f"**Killed:** low {_count(incident.get('fatalities_low'))}, "
        f"best {_count(incident.get('fatalities_best'))}, high {_count(incident.get('fatalities_high'))}"
    )
    st.table(
        pd.DataFrame(
            {
                "side": [side_a, side_b, "civilians", "unknown"],
                "killed (best)": [
                    _count(extra.get(k))
                    for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")
                ],
            }
        ).set_index("side")
    )
    st.caption(f"{state.literal(UCDP_LICENCE)} · event {state.literal(incident.get('source_id') or '')}")


def select(incident_id: str) -> None:
    st.session_state[state.SELECTED] = incident_id
    st.query_params["incident"] = incident_id


def also_here(others: pd.DataFrame) -> None:
    """Other incidents drawn at the same point (one marker hides the others): one click each."""
    if others.empty:
        return
    st.markdown(f"**Also here** ({len(others):,} more at this point in the dates shown)")
    for row in others.head(12).itertuples(index=False):
        when = row.event_date.date().isoformat() if isinstance(row.event_date, pd.Timestamp) else "undated"
        killed = "" if pd.isna(row.fatalities_best) else f", {int(row.fatalities_best)} killed"
        label = state.literal(f"{when}: {row.event_type or 'untyped'}{killed}")
        st.button(label, key=f"here-{row.id}", on_click=select, args=(str(row.id),))
    if len(others) > 12:
        st.caption("Narrow the dates to see the rest.")


def panel(incident: dict[str, Any] | None, others: pd.DataFrame | None = None) -> None:
    if flash := st.session_state.pop(FLASH, None):
        st.success(flash)
    if incident is None:
        st.info("Click an incident on the map to read its details.")
        return
    if incident.get("origin") == "ucdp":
        ucdp_panel(incident)
        if others is not None:
            also_here(others)
        _edit(incident)
        st.button("Close", key="close-details", on_click=_close)
        return
    article = incident.get("article") or {}
    if article:
        st.markdown(f"#### {state.literal(article.get('title') or 'Untitled article')}")
        # (the day it was published said as such: a bare date under the title reads as the
        # incident's day, which "When" gives and may differ)
        published = article.get("published")
        meta = " · ".join(
            state.literal(v) for v in (article.get("source"), published and f"published {published}") if v
        )
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
        f"({says.TIME.get(int(incident.get('time_precision') or 3), '')})"
    )
    if reason := says.date_reason(incident):
        st.caption(state.literal(reason))
    st.markdown(f"**Where:** {state.literal(says.place_line(incident))}")
    st.markdown(
        f"**What:** {state.literal(incident.get('event_type') or '')} / "
        f"{state.literal(incident.get('sub_event_type') or '')}"
    )
    actors = [a for a in (incident.get("actor1"), incident.get("actor2")) if a]
    st.markdown(f"**Actors:** {state.literal(', '.join(actors) or 'not named')}")
    st.markdown(f"**Killed:** {says.killed_line(incident)}")
    if wounded := says.wounded_line(incident):
        st.markdown(f"**Wounded:** {wounded}")
    scope = says.scope_note(incident)
    if scope:
        st.caption(state.literal(scope))
    if notes := says.notes_line(incident):
        st.caption(state.literal(notes))
    reports = incident.get("reports") or []
    outlet = {r["article_id"]: r["source"] or r["title"] or "?" for r in reports}
    if len(reports) > 1:
        st.markdown(f"**{len(reports)} reports**")
        st.dataframe(
            pd.DataFrame(
                {
                    "outlet": [r["source"] or "" for r in reports],
                    "published": [str(r["published"] or "") for r in reports],
                    "title": [r["title"] or "" for r in reports],
                    "linked because": [r["link_reason"] or "" for r in reports],
                }
            ),
            hide_index=True,
            width="stretch",
        )
    coded = [str(r["report_key"]).split(":", 1) for r in incident.get("coded_as") or []]
    if coded:
        names = {"ucdp": "UCDP GED", "acled": "ACLED"}
        st.caption(
            "Also coded as " + ", ".join(state.literal(f"{names.get(o, o.upper())} {i}") for o, i in coded)
        )
    claims = incident.get("claims") or []
    if claims:
        st.markdown("**Casualty claims** (each figure as reported, with who says it)")
        columns = {
            "claimant": [c["claimant"] or "unattributed" for c in claims],
            "number": [c["text"] or c["number"] for c in claims],
            "kind": [c["kind"] for c in claims],
        }
        if len(reports) > 1:
            columns["report"] = [outlet.get(c.get("article_id"), "") for c in claims]
        st.table(pd.DataFrame(columns).set_index("claimant"))
    evidence = incident.get("evidence") or []
    if evidence:
        st.markdown(f"**Evidence** ({says.evidence_heading(len(evidence))})")
        for e in evidence[:3]:
            st.markdown("> " + state.literal(e.get("text", "")))
        if len(evidence) > 3:
            with st.expander(says.more_sentences(len(evidence) - 3)):
                for e in evidence[3:]:
                    st.markdown("> " + state.literal(e.get("text", "")))
    siblings = incident.get("sibling_details") or []
    if siblings:
        st.markdown("**Other incidents from this article**")
        for other in siblings:
            st.button(
                state.literal(says.sibling_label(other)),
                key=f"sibling-{other['id']}",
                on_click=select,
                args=(other["id"],),
            )
    if others is not None:
        also_here(others)
    _regroup(incident)
    _edit(incident)
    st.button("Close", key="close-details", on_click=_close)


def _regroup(incident: dict[str, Any]) -> None:
    """Detach a report into its own incident, or merge another incident into this one."""
    reports = incident.get("reports") or []
    with st.expander("Reports: detach one, or merge another incident into this one"):
        if len(reports) > 1:
            labels = {
                r["article_id"]: f"{r['source'] or '?'}: {r['title'] or r['article_id']}" for r in reports
            }
            pick = st.selectbox(
                "Report", list(labels), format_func=lambda k: labels[k], key=f"detach-{incident['id']}"
            )
            if st.button("Detach into its own incident", key=f"detach-go-{incident['id']}"):
                try:
                    new_id = state.store().detach_report(incident["id"], pick, actor="app")
                    st.success(
                        f"Detached as incident {new_id}; it stays apart when the article is ingested again."
                    )
                except Exception as exc:  # noqa: BLE001 (the message says why)
                    st.error(state.literal(f"Not detached: {exc}"))
        other = st.text_input("Incident id to merge into this one", key=f"merge-{incident['id']}")
        if st.button("Merge", key=f"merge-go-{incident['id']}", disabled=not other.strip()):
            try:
                n = state.store().merge_incidents(incident["id"], other.strip(), actor="app")
                st.success(f"Merged: {n} report(s) moved here.")
            except Exception as exc:  # noqa: BLE001 (the message says why)
                st.error(state.literal(f"Not merged: {exc}"))


_TEXTS = ("actor1", "actor2", "location", "notes")
FLASH = "details_flash"  # a message for the next run of the panel (after a save reruns the app)


def _saved(n: int, what: str) -> None:
    st.session_state[FLASH] = (
        f"Saved {n} change(s) {what}; they are kept when the article is extracted again."
        if n
        else "Nothing to save: the values are the ones stored."
    )
    st.rerun()  # the whole app: the map and the table show the change at once


def _move(incident: dict[str, Any]) -> None:
    """Another place from the gazetteer, with its own source id, precision and admin units."""
    if not st.toggle("Change the place (search the gazetteer)", key=f"move-{incident['id']}"):
        return
    name = str(incident.get("location") or "").split(",")[0]
    query = st.text_input("Place name", value=name, key=f"move-q-{incident['id']}")
    context = str((incident.get("article") or {}).get("text") or "")
    found = state.geocoder().geocode(query, context=context, limit=6) if query.strip() else []
    if not found:
        st.caption("No place in the gazetteer by that name; try another spelling, or type the point below.")
        return
    pick = st.selectbox(
        "Candidates, best first",
        range(len(found)),
        format_func=lambda i: state.literal(
            f"{found[i].location} — {found[i].place.source_id} ({found[i].place.feature}, "
            f"{says.GEO.get(found[i].precision.geo_precision, '')}, score {found[i].score:.2f})"
        ),
        key=f"move-pick-{incident['id']}",
    )
    if st.button("Move the incident here", key=f"move-go-{incident['id']}"):
        try:
            n = state.store().update_incident(incident["id"], place_fields(found[pick]), actor="app")
        except IncidentExplorerError as exc:
            st.error(state.literal(f"Not moved: {exc}"))
            return
        _saved(n, "to the place")


def _edit(incident: dict[str, Any]) -> None:
    with st.expander("Edit or delete this incident"):
        _move(incident)
        with st.form(f"edit-{incident['id']}"):
            when = st.date_input("Event date", value=incident.get("event_date"), format="YYYY-MM-DD")
            current = (str(incident.get("event_type") or ""), str(incident.get("sub_event_type") or ""))
            pairs = type_choices(state.settings().data_dir, current)
            # one choice for both, so that a sub-type never belongs to another type
            kind, sub = st.selectbox(
                "Event type / sub-type",
                pairs,
                index=pairs.index(current) if current in pairs else None,
                format_func=type_label,
            ) or ("", "")
            texts = {
                f: st.text_input(f.replace("_", " ").capitalize(), value=str(incident.get(f) or ""))
                for f in _TEXTS
            }
            lat = st.number_input(
                "Latitude",
                value=incident.get("latitude"),
                min_value=-90.0,
                max_value=90.0,
                format="%.5f",
                help="A point you type is yours: it no longer stands for a gazetteer entry.",
            )
            lon = st.number_input(
                "Longitude", value=incident.get("longitude"), min_value=-180.0, max_value=180.0, format="%.5f"
            )
            best = st.number_input(
                "Fatalities (best)", value=incident.get("fatalities_best"), min_value=0, step=1
            )
            if st.form_submit_button("Save changes"):
                form: dict[str, Any] = {
                    "event_date": when,
                    "event_type": kind,
                    "sub_event_type": sub,
                    **texts,
                    "latitude": lat,
                    "longitude": lon,
                    "fatalities_best": None if best is None else int(best),
                }
                if (lat is None) != (lon is None):
                    st.error("Give both latitude and longitude, or neither.")
                else:
                    try:
                        n = state.store().update_incident(
                            incident["id"], form_changes(incident, form), actor="app"
                        )
                    except IncidentExplorerError as exc:  # the form stays filled; the message says why
                        st.error(state.literal(f"Not saved: {exc}"))
                    else:
                        _saved(n, "to this incident")
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
