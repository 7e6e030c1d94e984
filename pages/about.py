"""About / sources: attribution, how places and casualty figures are derived, precision codes."""

from pathlib import Path

import streamlit as st

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
    "Map tiles, when online: © OpenStreetMap contributors (ODbL). Offline, the basemap is "
    "OCHA's governorate outlines."
)
