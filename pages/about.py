"""About / sources: attribution and how places are chosen."""

from pathlib import Path

import streamlit as st

README = Path(__file__).resolve().parents[1] / "README.md"

st.title("About / sources")
text = README.read_text(encoding="utf-8")
start = text.find("## Data sources")
end = text.find("\n## ", start + 1)
st.markdown(text[start : end if end > 0 else None])
