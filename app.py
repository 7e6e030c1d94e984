"""incident-explorer: the Streamlit entry point. Thin: navigation only; pages call the core."""

import streamlit as st

st.set_page_config(page_title="incident-explorer", layout="wide")
navigation = st.navigation(
    [
        st.Page("pages/places.py", title="Places", icon=":material/travel_explore:", default=True),
        st.Page("pages/about.py", title="About / sources", icon=":material/info:"),
    ]
)
navigation.run()
