"""Extraction: from an article's text to incidents with their places, dates, types, claims.

In: an `Article` (article.py: front matter, HTML, URLs) and a place geocoder. Out: an
`Extraction` (pipeline.py): incidents, place mentions with roles, warnings.

sentences → spotting (place mentions, roles) → triggers (event words, actors) → dates → claims
→ grouping into events → incidents; pipeline.py reads as that flow.
"""
