"""Article: the full text with place mentions and evidence sentences highlighted."""

from __future__ import annotations

import html

import streamlit as st

from pages import state

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

# Spans to mark: mentions (by role) and evidence sentences (linked to their incident).
marks: list[tuple[int, int, str, str]] = []
for inc in article["incidents"]:
    for e in inc["evidence"]:
        marks.append((e["start"], e["end"], "evidence", inc["id"]))
for m in article["mentions"]:
    marks.append((m["start"], m["end"], m["role"], m["location"] or "not resolved"))
text = article["text"]
# Sentences first, then mentions inside them: build boundaries and wrap escaped pieces.
points = sorted({0, len(text), *(a for a, _, _, _ in marks), *(b for _, b, _, _ in marks)})
pieces = []
for a, b in zip(points, points[1:], strict=False):
    chunk = html.escape(text[a:b]).replace("\n", "<br>")
    covering = [m for m in marks if m[0] <= a and b <= m[1]]
    for _start, _end, kind, info in sorted(covering, key=lambda m: m[1] - m[0]):
        title = html.escape(f"{kind}: {info}", quote=True)
        if kind == "evidence":
            href = html.escape(f"./?incident={info}", quote=True)
            style = "background:#fff3bf;color:inherit"
            chunk = f"<a href='{href}' target='_top' title='{title}' style='{style}'>{chunk}</a>"
        else:
            colour = {
                "event": "#ffc9c9",
                "mentioned": "#d0ebff",
                "dateline": "#d3f9d8",
                "origin": "#e5dbff",
            }.get(kind, "#eee")
            chunk = f"<mark title='{title}' style='background:{colour}'>{chunk}</mark>"
    pieces.append(chunk)
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
    "red = where an incident happened, blue = mentioned, green = dateline, purple = origin."
)
st.markdown("<div style='line-height:1.7'>" + "".join(pieces) + "</div>", unsafe_allow_html=True)
