"""Article: the full text with place mentions and evidence sentences highlighted."""

from __future__ import annotations

import streamlit as st

from incident_explorer.highlight import article_html, marks
from pages import state

state.through_app(__file__)

st.title("Article")
articles = state.store().articles()
if articles.empty:
    st.info("No articles yet. Add some with `incidents ingest PATH`.")
    st.stop()
labels = {
    row.id: f"{row.title or 'Untitled'} ({row.source or 'unknown source'})" for row in articles.itertuples()
}
wanted = st.query_params.get("article")
ids = list(labels)
choice = st.selectbox(
    "Article",
    ids,
    index=ids.index(wanted) if wanted in labels else 0,
    format_func=lambda i: labels[i],
    key=state.ARTICLE,
)
article = state.store().article(choice)
if article is None:
    st.warning("That article is gone; pick another.")
    st.stop()
st.query_params["article"] = choice

body = article_html(article["text"], marks(article["incidents"], article["mentions"]))
st.markdown(f"### {state.literal(article['title'] or 'Untitled')}")
st.caption(" · ".join(state.literal(v) for v in (article["source"], article["published"]) if v))
url = str(article["url"] or "")
if url:
    # as plain text (Markdown would need escapes, which would then show)
    st.text(url)
    if url.startswith(("http://", "https://")):
        st.link_button("Open the original", url)
st.caption(
    "Highlighted: yellow = evidence of an incident (click to open it on the map); places: "
    "red = where an incident happened, blue = mentioned, green = dateline, purple = origin. "
    "Hover a place to see where it lies, and why the event-place model set it aside if it did."
)
st.markdown("<div style='line-height:1.7'>" + body + "</div>", unsafe_allow_html=True)
