"""Session-state keys, cached resources and the map's filters, shared by the pages, in one place.

Cached resources are shared by every session, each on its own thread: the Store holds only
a thread-safe engine and a clock, the Snapshot is read-only (see store/snapshot.py), ASSETS
is frozen. The geocoder and the extractor are shared the same way; guarding their caches is
the places and extraction packages' business.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import folium
import streamlit as st
import streamlit.components.v1 as components
import xstatic.pkg.leaflet as xstatic_leaflet
from streamlit_folium import st_folium

from incident_explorer import basemap, index_refresh
from incident_explorer.extraction.pipeline import Extractor
from incident_explorer.mapview import Assets, base_map
from incident_explorer.places.index import fingerprint
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.progress import StderrProgress
from incident_explorer.settings import Settings
from incident_explorer.store import demo
from incident_explorer.store.database import Store
from incident_explorer.store.filters import Filters
from incident_explorer.store.snapshot import Snapshot
from incident_explorer.tables import expand_admin1

# widget and selection keys
QUERY = "places_query"
CONTEXT = "places_context"
COUNTRY = "places_country"
DATES = "map_dates"
TYPES = "map_types"
ACTOR = "map_actor"
COUNTRIES = "map_countries"
ADMIN1 = "map_admin1"
MIN_DEAD = "map_min_fatalities"
SOURCE = "map_source"
TEXT = "map_text"
UNDATED = "map_undated"  # the map shows the incidents with no date too
OFFLINE = "offline_mode"
SELECTED = "selected_incident"
FOCUS = "map_focus"  # (lat, lon, zoom) the map opens on: a shared link's incident (mapview.focus)
ARTICLE = "article_choice"
ROUTED = "routed_by_app"  # app.py routed this session's runs
WANTED = "page_wanted"  # the page a visitor opened before app.py first ran
# The Map page's filters, kept while another page is shown (the Incidents table applies them).
FILTER_KEYS = (DATES, TYPES, COUNTRIES, ADMIN1, MIN_DEAD, ACTOR, SOURCE, TEXT, OFFLINE)


def not_a_page(module_name: str) -> None:
    """Send a run of a shared module (state, details) opened as a page to the app's first page.

    Before app.py first runs, Streamlit serves every file in pages/ at its own address
    (/state), and a helper module run that way shows an empty page under a menu of files.
    """
    if module_name == "__main__" and not st.session_state.get(ROUTED):
        st.switch_page("app.py")


not_a_page(__name__)


# Serving Leaflet from the app itself: Streamlit serves a component's folder at
# /component/<module>.<name>/, and the route exists once this has run.
_leaflet = components.declare_component("leaflet_assets", path=xstatic_leaflet.BASE_DIR)
ASSETS = Assets(
    leaflet_js=f"/component/{_leaflet.name}/leaflet.js",
    leaflet_css=f"/component/{_leaflet.name}/leaflet.css",
)
# The offline basemap's files (built once into the cache folder), served the same way.
_basemap = components.declare_component("basemap_files", path=str(basemap.build(Settings.from_env())))
BASEMAP = f"/component/{_basemap.name}/"


def keep_filters() -> None:
    """Keep the Map page's filters while another page is shown.

    Streamlit forgets a widget's value at the end of a run that did not draw the widget, so
    without this the Incidents table would show everything and the Map would come back with
    its dates and filters reset; a value written back through the session state is kept
    (Streamlit's documented way to keep widget state across pages). Called by app.py.
    """
    for key in FILTER_KEYS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def through_app(page_file: str) -> None:
    """Hand a run that did not come through app.py's navigation to app.py, which reopens the page.

    When a fresh server's first visitor opens a page's own address (/add_article), Streamlit
    runs that file alone in its older pages-folder mode, with every file in pages/ listed in
    the sidebar; only a run of app.py, whose st.navigation ends that mode, gives the app's
    own menu back. One extra run, once per server.
    """
    if st.session_state.get(ROUTED):
        return
    st.session_state[WANTED] = f"pages/{Path(page_file).name}"
    st.switch_page("app.py", query_params=st.query_params.to_dict())


def settings() -> Settings:
    return Settings.from_env()


@st.cache_resource(
    show_spinner="Opening the incident store (the first run loads the 14,522 UCDP GED events of the demo "
    "data, a few seconds; progress on the terminal)..."
)
def _store(url: str) -> Store:
    opened = Store.open(settings(), url=url, progress=StderrProgress(), articles_later=True)
    demo.finish_in_background(opened, settings(), StderrProgress())
    return opened


def store() -> Store:
    return _store(settings().database_url)


def sample_pending() -> bool:
    """True while a first run is still extracting the sample article (the events are shown)."""
    return demo.articles_pending(store())


@st.cache_resource(max_entries=4, show_spinner="Loading incidents...")
def _snapshot(url: str, version: int) -> Snapshot:
    return Snapshot.load(_store(url))


def snapshot() -> Snapshot:
    """The incidents as sorted columns; reloaded only when the store's data changes."""
    url = settings().database_url
    return _snapshot(url, _store(url).data_version())


BUILDING = (
    f"Building the gazetteer index (about {index_refresh.BUILD_CPU_SECONDS} s of one core's work; "
    "longer when the machine is busy)..."
)


@st.cache_resource(show_spinner=BUILDING)
def _geocoder(stamp: str, current: bool) -> OfflineGeocoder:
    return OfflineGeocoder(index_refresh.open_serving(settings(), index_refresh.Serving(stamp, current)))


@st.cache_resource
def _served() -> dict[str, str]:
    # the index stamp the app served last (shared by sessions): searches keep it while the
    # index of a changed user places file is built in the background
    return {}


def remember_index() -> None:
    """Note the index built for the sources as they are, before a page may change the user
    places (a fresh server has served none yet: the first search after a change would wait
    for the new index instead of using this one)."""
    now = fingerprint(settings())
    if index_refresh.ready(settings(), now):
        _served()["stamp"] = now


def geocoder() -> OfflineGeocoder:
    """The offline geocoder; reopened when a source (e.g. the user places file) changes, once
    the new index is built (the previous one answers meanwhile)."""
    served = _served()
    serving = index_refresh.choose(settings(), served.get("stamp"))
    found = _geocoder(serving.stamp, serving.current)
    if serving.current:
        served["stamp"] = serving.stamp
    return found


def index_pending() -> bool:
    """True while the index of the current sources (a place just added) is not built yet."""
    return not index_refresh.ready(settings())


def start_index_build() -> None:
    """Start building the current sources' index in a child process (nothing if it is built or
    being built)."""
    index_refresh.start_build(settings())


@st.cache_resource(show_spinner="Loading the extractor...")
def _extractor(stamp: str) -> Extractor:
    return Extractor.from_settings(settings())


def extractor() -> Extractor:
    """The extractor; rebuilt when the gazetteer changes (a new user place reaches extraction:
    it waits for the index being built, in a child process, without stopping other sessions)."""
    if index_pending():
        with st.spinner(BUILDING):
            index_refresh.wait_for_build(settings())
    return _extractor(fingerprint(settings()))


def map_filters() -> Filters:
    """The Map page's filters as the sidebar and the date slider left them (empty when unset)."""
    state = st.session_state
    dates = state.get(DATES)
    start, end = (dates[0], dates[1]) if isinstance(dates, tuple | list) and len(dates) == 2 else (None, None)
    chosen = tuple(state.get(ADMIN1) or ())  # labels: "Homs" stands for "Homs" and "Homs Governorate"
    return Filters(
        start=start if isinstance(start, date) else None,
        end=end if isinstance(end, date) else None,
        event_types=tuple(state.get(TYPES) or ()),
        countries=tuple(state.get(COUNTRIES) or ()),
        admin1=expand_admin1(chosen, snapshot().choices().admin1) if chosen else (),
        min_fatalities=int(state.get(MIN_DEAD) or 0) or None,
        place=str(state.get(TEXT) or ""),
        actor=str(state.get(ACTOR) or ""),
        source=str(state.get(SOURCE) or ""),
    )


def offline() -> bool:
    """Offline when INCIDENTS_OFFLINE is set (it cannot be switched off) or the switch is on."""
    return settings().offline or bool(st.session_state.get(OFFLINE, False))


_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def literal(text: object) -> str:
    """Text from articles for st.markdown: shown as written, never as markup or HTML."""
    return _MARKDOWN.sub(r"\\\1", html.escape(str(text), quote=False))


def show_map(
    layer: folium.FeatureGroup,
    *,
    key: str,
    height: int,
    returned: list[str] | None = None,
    on_change: Callable[[], None] | None = None,
    focus: tuple[float, ...] | None = None,
) -> None:
    """The app's map: the unchanging base map plus one data layer (streamlit-folium adds the
    layer without remounting the map). ``focus``: a point to show at town zoom (streamlit-folium
    moves the view without remounting; the same focus again leaves the user's pans alone)."""
    st_folium(
        base_map(ASSETS, offline=offline(), basemap=BASEMAP),
        key=key,
        on_change=on_change,
        feature_group_to_add=layer,
        returned_objects=returned or [],
        height=height,
        use_container_width=True,
        center=focus[:2] if focus is not None else None,
        zoom=focus[2] if focus is not None and len(focus) > 2 else (12 if focus is not None else None),
    )
