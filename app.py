"""incident-explorer: the Streamlit entry point. Thin: navigation only; pages call the core."""

import streamlit as st

st.set_page_config(page_title="incident-explorer", layout="wide")
navigation = st.navigation(
    [
        st.Page("pages/map.py", title="Map", icon=":material/map:", default=True),
        st.Page("pages/incidents.py", title="Incidents", icon=":material/table:"),
        st.Page("pages/article.py", title="Article", icon=":material/article:"),
        st.Page("pages/places.py", title="Places", icon=":material/travel_explore:"),
        st.Page("pages/about.py", title="About / sources", icon=":material/info:"),
    ]
)
navigation.run()
