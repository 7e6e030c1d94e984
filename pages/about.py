"""About / sources: attribution, how places and casualty figures are derived, precision codes."""

from pathlib import Path

import streamlit as st

from pages import state

state.through_app(__file__)
README = Path(__file__).resolve().parents[1] / "README.md"

st.title("About / sources")
text = README.read_text(encoding="utf-8")
for heading in ("## Data sources", "## How places are chosen", "## How incidents are extracted"):
    start = text.find(heading)
    if start < 0:
        continue
    end = text.find("\n## ", start + 1)
    st.markdown(text[start : end if end > 0 else None])
st.markdown(
    "Map tiles, when online: © OpenStreetMap contributors (ODbL). Offline, the basemap is drawn "
    "from bundled data: Natural Earth country outlines (public domain), UN OCHA / UNCS admin "
    "levels and city neighbourhoods (HDX), GeoNames place names (CC BY 4.0). The demo incidents "
    "are UCDP GED events (Uppsala Conflict Data Program, CC BY 4.0) and the sample Al Jazeera "
    "article's."
)
