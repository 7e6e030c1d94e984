"""Session-state keys and cached resources shared by the pages, in one place."""

import streamlit as st

from incident_explorer.gazetteer import Gazetteer
from incident_explorer.geocoder import OfflineGeocoder
from incident_explorer.index import fingerprint
from incident_explorer.settings import Settings

QUERY = "places_query"
CONTEXT = "places_context"
COUNTRY = "places_country"


@st.cache_resource(show_spinner="Building the gazetteer index (first run only, about 30 s)...")
def _geocoder(stamp: str) -> OfflineGeocoder:
    return OfflineGeocoder(Gazetteer.open(Settings.from_env()))


def geocoder() -> OfflineGeocoder:
    """The offline geocoder; reopened when a source (e.g. the user places file) changes."""
    return _geocoder(fingerprint(Settings.from_env()))
