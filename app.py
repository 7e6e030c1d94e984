"""incident-explorer: the Streamlit entry point. Thin: navigation only; pages call the core."""

import streamlit as st

st.set_page_config(page_title="incident-explorer", layout="wide")
navigation = st.navigation(
    [
        st.Page("pages/map.py", title="Map", default=True),
        st.Page("pages/incidents.py", title="Incidents"),
        st.Page("pages/article.py", title="Article"),
        st.Page("pages/add_article.py", title="Add article"),
        st.Page("pages/places.py", title="Places"),
        st.Page("pages/about.py", title="About / sources"),
    ]
)
navigation.run()
