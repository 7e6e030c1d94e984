"""Add article: paste, upload or fetch an article, review the machine's incidents, save."""

from __future__ import annotations

from datetime import date

import streamlit as st

from incident_explorer import index_refresh, mapview
from incident_explorer import panel as says
from incident_explorer.errors import IncidentExplorerError
from incident_explorer.extraction import article as articles
from incident_explorer.extraction.results import Extraction
from incident_explorer.mapview import focus as mapfocus
from incident_explorer.mapview import incident_layer
from incident_explorer.places.place import Candidate
from incident_explorer.store.review import (
    HEADING_HELP,
    HEADINGS,
    READ_ONLY,
    Review,
    UserPlaceRequest,
    proposed_points,
    review_table,
    saved_ids,
)
from incident_explorer.uploads import SUFFIXES, read_upload
from pages import state

state.through_app(__file__)
state.remember_index()

TEXT, TITLE, SOURCE, URL, PUBLISHED = "add_text", "add_title", "add_source", "add_url", "add_published"
RESULT, TABLE, PLACES = "add_result", "add_table", "add_place_"
CLICKED = "add_clicked_points"


def _load_upload() -> None:
    upload = st.session_state.get("add_upload")
    if upload is None:
        return
    try:
        found = read_upload(upload.name, upload.getvalue())
    except IncidentExplorerError as exc:
        # the text box keeps what it had
        st.session_state["add_message"] = str(exc)
        return
    # A new file is a new article: the fields take its values (an HTML page's title, outlet,
    # address and date, which its text no longer holds) or are emptied, so that nothing of the
    # article before (its date above all) is saved with this one; front matter fills them later.
    st.session_state[TEXT] = found.text
    for key, value in ((TITLE, found.title), (SOURCE, found.source), (URL, found.url)):
        st.session_state[key] = value
    st.session_state[PUBLISHED] = found.published
    st.session_state.pop(RESULT, None)
    st.session_state.pop("add_message", None)


def _article() -> articles.Article:
    raw = st.session_state.get(TEXT, "")
    published = st.session_state.get(PUBLISHED)
    found = articles.from_text(
        raw, path="pasted", published=published if isinstance(published, date) else None
    )
    overrides = {
        "title": st.session_state.get(TITLE) or found.title,
        "source": st.session_state.get(SOURCE) or found.source,
        "url": st.session_state.get(URL) or found.url,
    }
    return articles.Article(
        **{**{f: getattr(found, f) for f in found.__dataclass_fields__ if f != "content_hash"}, **overrides}
    )


def _extract() -> None:
    try:
        found = state.extractor().extract(_article())
        st.session_state[RESULT] = found
        # show what the front matter or page said, so the analyst can check and correct it
        for key, value in (
            (TITLE, found.article.title),
            (SOURCE, found.article.source),
            (URL, found.article.url),
        ):
            if not st.session_state.get(key) and value:
                st.session_state[key] = value
        if st.session_state.get(PUBLISHED) is None and found.article.published:
            st.session_state[PUBLISHED] = found.article.published
        st.session_state.pop(TABLE, None)
        st.session_state.pop("add_message", None)
    except IncidentExplorerError as exc:
        st.session_state["add_message"] = str(exc)


# Streamlit forgets a widget's value when its page is not shown; keep copies so a page switch
# loses nothing (the draft lives until it is saved).
KEEP = (TEXT, TITLE, SOURCE, URL, PUBLISHED)
for key in KEEP:
    if key not in st.session_state and f"_keep_{key}" in st.session_state:
        st.session_state[key] = st.session_state[f"_keep_{key}"]


def _fetch() -> None:
    url = str(st.session_state.get("add_fetch_url") or "").strip()
    try:
        found = articles.from_url(url, offline=state.offline())
    except IncidentExplorerError as exc:
        st.session_state["add_message"] = str(exc)
        return
    st.session_state[TEXT] = found.text
    st.session_state[TITLE] = found.title
    st.session_state[SOURCE] = found.source
    st.session_state[URL] = url
    st.session_state.pop("add_message", None)


def _show_on_map(
    ident: str, span: tuple[date, date] | None, lat: float, lon: float, precision: int | None
) -> None:
    # the map opens on the article's first placed incident (wherever in the world it is),
    # selected, over the days of the article's incidents
    if span is not None:
        st.session_state[state.DATES] = span
    st.session_state[state.SELECTED] = ident
    st.session_state[state.FOCUS] = mapfocus(lat, lon, precision)
    st.session_state["add_go_map"] = True


st.title("Add article")
if message := st.session_state.get("add_message"):
    st.error(state.literal(message))  # it may name a file or quote the text: shown as written
if saved_message := st.session_state.pop("add_saved", None):
    st.success(saved_message)
    if first := st.session_state.pop("add_saved_first", None):
        st.button("Show on the map", type="primary", on_click=_show_on_map, args=first)
if st.session_state.pop("add_go_map", False):
    st.switch_page("pages/map.py")
st.file_uploader(
    "Upload .txt, .md or .html",
    type=[suffix.lstrip(".") for suffix in SUFFIXES],
    key="add_upload",
    on_change=_load_upload,
    max_upload_size=articles.MAX_BYTES // 1_000_000,
)
st.text_area(
    "Article text",
    key=TEXT,
    height=260,
    placeholder="Paste the article here (Markdown front matter: title, source, url, published).",
)
c1, c2, c3, c4 = st.columns([3, 2, 3, 2])
c1.text_input("Title", key=TITLE, placeholder="from the front matter if empty")
c2.text_input("Source", key=SOURCE)
c3.text_input("URL", key=URL)
c4.date_input("Published", key=PUBLISHED, value=None, format="YYYY-MM-DD")
st.button("Extract incidents", type="primary", on_click=_extract)
for key in KEEP:
    st.session_state[f"_keep_{key}"] = st.session_state.get(key)

result: Extraction | None = st.session_state.get(RESULT)
if result is None:
    st.stop()
for warning in result.warnings:
    st.warning(state.literal(warning))  # warnings may quote the article: shown as text
if not result.incidents:
    st.info("No incidents found in this text. Check that it reports violence, and its date.")
    st.stop()

original = review_table(result)
st.subheader("Proposed incidents")
edited = st.data_editor(
    original,
    key=TABLE,
    hide_index=True,
    disabled=list(READ_ONLY),
    column_config={
        **{key: st.column_config.Column(text, help=HEADING_HELP.get(key)) for key, text in HEADINGS.items()},
        "event_date": st.column_config.DateColumn(HEADINGS["event_date"], format="YYYY-MM-DD"),
    },
    width="stretch",
)

joins = state.store().would_join(result)
for inc in result.incidents:
    choice = joins.get(inc.id)
    if choice is not None and choice.incident_id is not None:
        st.caption(
            state.literal(
                f"{inc.id} joins incident {choice.incident_id} ({choice.reason}, score {choice.score})"
            )
            + " — to keep it apart, detach its report in the incident's detail panel after saving."
        )

st.subheader("Places")
geocoder = state.geocoder()
choices: dict[str, Candidate | None] = {}
# which incident this is, in words (not its id alone): day, type and place
named = {
    inc.id: says.sibling_label(
        {
            "event_date": inc.event_date,
            "sub_event_type": inc.sub_event_type,
            "location": inc.place_text or inc.location or "not placed",
        }
    )
    for inc in result.incidents
}
for inc in result.incidents:
    # an unplaced one can be placed here too
    st.markdown("**" + state.literal(named[inc.id]) + "**")
    name = (inc.location or inc.place_text).split(",")[0].split(" (")[0].strip()
    left, right = st.columns([2, 3])
    query = left.text_input("Search a place", value=name, key=f"add_search_{inc.id}")
    found = geocoder.geocode(query, context=result.article.text, limit=5) if query.strip() else []
    options = {
        c.place.source_id: f"{c.location} — {c.place.source_id} ({c.place.feature}, score {c.score:.2f})"
        for c in found
    }
    if inc.place_source:
        # the extractor's choice first, so that saving without a pick keeps it (the search may
        # rank another place first: the town Mopti for a village placed at the Mopti region)
        options.pop(inc.place_source, None)
        options = {
            inc.place_source: f"{inc.location} — {inc.place_source} (the extractor's choice)",
            **options,
        }
    if inc.latitude is None:
        options = {"": "not placed (pick a place to place it)", **options}
    pick = right.selectbox("Where", list(options), format_func=lambda k, o=options: o[k], key=PLACES + inc.id)
    choices[inc.id] = next((c for c in found if c.place.source_id == pick), None)

with st.expander("Evidence sentences"):
    for inc in result.incidents:
        for e in inc.evidence:
            st.markdown(f"**{state.literal(named[inc.id])}** > " + state.literal(e.text))
if result.recalled:
    with st.expander(
        f"Earlier events the report recalls ({len(result.recalled)}, not saved as its incidents)"
    ):
        for inc in result.recalled:
            when = inc.event_date.isoformat() if inc.event_date else "undated"
            st.markdown(
                state.literal(f"{when} · {inc.location or 'unplaced'} · {inc.sub_event_type}")
                + " > "
                + state.literal(" ".join(e.text for e in inc.evidence))
            )


def _save() -> None:
    wanted = st.session_state.get("add_user_place_id") if st.session_state.get("add_user_place") else None
    reviewed = Review(
        extraction=result,
        before=tuple(original.to_dict("records")),
        after=tuple(edited.to_dict("records")),
        places=choices,
        points=st.session_state.get(CLICKED, {}),
        user_place=UserPlaceRequest(wanted, st.session_state.get("add_user_place_aliases", ""))
        if wanted
        else None,
    )
    try:
        saved = state.store().save_reviewed(reviewed, user_places=state.settings().user_places)
    except IncidentExplorerError as exc:
        st.session_state["add_message"] = f"Not saved: {exc}. Your text and edits are kept; try again."
        return
    st.session_state["add_saved"] = (
        f"Saved: {saved.stored.added} new and {saved.stored.updated} updated incidents, {saved.corrected} "
        "fields corrected by you. They are on the Map page now."
        + (
            f" User place {saved.user_place} saved; the gazetteer index is rebuilt in the background "
            f"(about {index_refresh.BUILD_CPU_SECONDS} s of one core's work); the next extraction waits "
            "for it."
            if saved.user_place
            else ""
        )
    )
    if saved.user_place:
        state.start_index_build()
    # for "Show on the map": the first incident with a point, and the days of them all
    rows = [r for r in (state.store().incident(i) for i in saved_ids(result, saved)) if r is not None]
    days = [r["event_date"] for r in rows if r.get("event_date") is not None]
    first = next((r for r in rows if r.get("latitude") is not None), None)
    if first is not None:
        span = (min(days), max(days)) if days else None
        st.session_state["add_saved_first"] = (
            first["id"],
            span,
            first["latitude"],
            first["longitude"],
            first.get("geo_precision"),
        )
    for key in (RESULT, TABLE, CLICKED, *KEEP, *(f"_keep_{k}" for k in KEEP)):
        st.session_state.pop(key, None)


with st.expander("Save the first place as a user place (so the geocoder knows it next time)"):
    st.checkbox("Save it", key="add_user_place")
    st.text_input("Id", key="add_user_place_id", placeholder="my-place")
    st.text_input("Aliases, separated by |", key="add_user_place_aliases")


def _map_click() -> None:
    target = st.session_state.get("add_point_for")
    spot = (st.session_state.get("add_map") or {}).get("last_clicked")
    if target and target != "(none)" and spot:
        st.session_state.setdefault(CLICKED, {})[target] = (round(spot["lat"], 6), round(spot["lng"], 6))


st.selectbox(
    "Set a point by clicking the map for",
    ["(none)", *[i.id for i in result.incidents]],
    format_func=lambda ident: named.get(ident, ident),
    key="add_point_for",
    help="Choose an incident, then click where it happened.",
)
clicked = st.session_state.get(CLICKED, {})
for ident, (lat, lon) in clicked.items():
    st.caption(
        state.literal(
            f"{named.get(ident, ident)}: your point {lat:.5f}, {lon:.5f} (replaces the gazetteer's)"
        )
    )
# The proposed points on a small map (the same layer as the Map page).
layer, _cells = incident_layer(proposed_points(result, clicked))
# opened on the proposed incidents, wherever they are (the map's default view is Syria)
where = [(*clicked.get(i.id, (i.latitude, i.longitude)), i.geo_precision) for i in result.incidents]
state.show_map(
    layer,
    key="add_map",
    height=360,
    returned=["last_clicked"],
    on_change=_map_click,
    focus=mapview.fit(where, height=360),
)
st.button("Save", type="primary", on_click=_save)
