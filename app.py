"""incident-explorer: the Streamlit entry point. Thin: navigation only; pages call the core."""

import streamlit as st

from pages import state

st.set_page_config(page_title="incident-explorer", layout="wide")
st.session_state[state.ROUTED] = True
state.keep_filters()
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
if wanted := st.session_state.pop(state.WANTED, None):
    st.switch_page(wanted, query_params=st.query_params.to_dict())
navigation.run()
