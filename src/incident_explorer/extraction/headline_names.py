"""A headline often names its lead's event by a better-known place nearby ("Mortars hit town
north of the capital", "Shelling damages homes near Y's X") while the lead tells the
event's own place, naming the headline's place again only as a landmark, the city around it or
where someone spoke. That headline place is no incident of its own: a second point for one
event, often at the very town the text measures from. The wire set's held-out reports put a
distractor there (the city the landmark is).

Only a headline (a first line that does not end as a sentence does) and its one event place,
named again in the body (not only as the dateline) but never as an event place, and
only when the lead (its next two sentences) tells an event place of its own, a place the
gazetteer has (not a unit standing in for a name it lacks), within ``NEAR_KM`` of it, and an
incident is kept there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from incident_explorer.extraction.results import Extraction
from incident_explorer.extraction.roles import DATELINE, EVENT, MENTIONED
from incident_explorer.extraction.sentences import Sentence, has_headline
from incident_explorer.places.distance import distance_km
from incident_explorer.places.offline import stands_in
from incident_explorer.places.spelling import normalise

NEAR_KM = 30.0
_LEAD = 2  # the lead: the sentences after the headline that tell the event first


def headline_alias(extraction: Extraction, sents: Sequence[Sentence]) -> Extraction:
    """Drop the incident at a headline's place that names the lead's event place nearby
    (``sents``: the text's sentences, which the mentions' sentence numbers count)."""
    mentions = extraction.mentions
    if not has_headline(sents):
        return extraction  # a first line that ends as a sentence does is a lead, not a headline
    head = {
        m.candidate.place.source_id: (m.candidate.place, normalise(m.text))
        for m in mentions
        if m.sentence == 0 and m.role == EVENT and m.candidate
    }
    if len(head) != 1:
        return extraction
    ((source, (place, name)),) = head.items()
    # named again in the body, not only as the dateline ("MOGADISHU (AFP) - ... in the Hodan
    # district of the Somali capital": the headline's city is the report's place, not a landmark);
    # by its reading or by its name read otherwise there ("... in rebel-held Damascus suburb": the
    # governorate; "... on the edge of Damascus": the city)
    later = [
        m
        for m in mentions
        if m.sentence >= 1
        and m.role != DATELINE
        and m.candidate
        and (m.candidate.place.source_id == source or normalise(m.text) == name)
    ]
    if not later or any(m.role == EVENT for m in later):
        return extraction
    near = {
        c.place.source_id: m.text
        for m in mentions
        if 1 <= m.sentence <= _LEAD
        and m.role == EVENT
        and (c := m.candidate) is not None
        and not stands_in(c)
        and c.place.source_id != source
        and distance_km(place.latitude, place.longitude, c.place.latitude, c.place.longitude) <= NEAR_KM
    }
    placed = {i.place_source for i in extraction.incidents if i.latitude is not None}
    lead = [text for s, text in near.items() if s in placed]
    if not lead or source not in placed:
        return extraction
    why = f"the headline's name for the lead's event place nearby, '{lead[0]}' (within {NEAR_KM:.0f} km)"
    kept = [i for i in extraction.incidents if i.place_source != source]
    kept = [replace(i, id=_renumber(i.id, n)) for n, i in enumerate(kept, 1)]
    recalled = tuple(
        replace(i, id=_renumber(i.id, n)) for n, i in enumerate(extraction.recalled, len(kept) + 1)
    )
    out = tuple(
        replace(m, role=MENTIONED, reason=f"{m.reason}; but {why}")
        if m.role == EVENT and m.candidate and m.candidate.place.source_id == source
        else m
        for m in mentions
    )
    return replace(extraction, incidents=tuple(kept), recalled=recalled, mentions=out)


def _renumber(old: str, number: int) -> str:
    head, _, _ = old.rpartition("-")
    return f"{head}-{number:02d}" if head else old
