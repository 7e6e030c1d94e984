"""Places: search the gazetteer the way news writes place names."""

import pandas as pd
import streamlit as st

from incident_explorer.errors import IncidentExplorerError
from pages import state

st.title("Places")
st.caption(
    "Search the offline gazetteer (GeoNames, OCHA Syria, your user places) the way news writes "
    "place names: `al-Waer, Homs`, `the Ghouta neighbourhood of Homs`, `Homs province`."
)
left, mid, right = st.columns([3, 3, 1])
query = left.text_input("Place", key=state.QUERY, placeholder="al-Waer, Homs")
context = mid.text_input("Context (optional)", key=state.CONTEXT, placeholder="text around the name")
country = right.text_input("Country", key=state.COUNTRY, max_chars=2, placeholder="SY")

if query.strip():
    if country and not (len(country) == 2 and country.isalpha()):
        st.warning("Country must be a two-letter ISO code such as SY; it was ignored.")
        country = ""
    try:
        found = state.geocoder().geocode(query, context=context, country=country or None, limit=10)
    except IncidentExplorerError as exc:
        st.error(str(exc))
        st.stop()
    if not found:
        st.info(f"No place matches {query!r} well enough. Check the spelling or add a parent: `X, Y`.")
    else:
        table = pd.DataFrame(
            {
                "score": [c.score for c in found],
                "location": [c.location for c in found],
                "feature": [str(c.place.feature) for c in found],
                "latitude": [c.place.latitude for c in found],
                "longitude": [c.place.longitude for c in found],
                "ACLED geo_precision": [c.precision.geo_precision for c in found],
                "UCDP where_prec": [c.precision.where_prec for c in found],
                "source": [c.place.source_id for c in found],
                "why": [c.reason for c in found],
            }
        )
        st.dataframe(table, hide_index=True, width="stretch")
        best = found[0]
        st.markdown(
            f"**Best:** {best.place.source_id} at {best.place.latitude:.5f}, {best.place.longitude:.5f}"
        )
        st.text(best.location)
