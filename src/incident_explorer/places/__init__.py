"""Places: from a place name as news writes it to ranked gazetteer candidates.

In: a query ("al-Waer, Homs", "the Ghouta neighbourhood of Homs") with optional context text and
country in focus. Out: `Candidate`s (place.py), best first, each with its source id, score,
reason and ACLED/UCDP precision codes.

spelling (keys) → phrases (query parsing) → sources (GeoNames, OCHA, user places) → index (the
SQLite file) → gazetteer (lookups) → offline (ranking with clues) → online (geopy, fallback).
"""
