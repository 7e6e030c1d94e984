"""Place mentions resolved in context: spot, give each a role, geocode with a country in focus.

In: the article, its sentences and which sentences report violence. Out: `Mention`s with their
role and best gazetteer candidate, and the article's main country (its focus).
Each name is geocoded once without a country in focus; the article's country is the one most
of its places lie in (the dateline's counts double), and names that resolved elsewhere are
asked again with that country in focus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from incident_explorer.extraction import spotting as S
from incident_explorer.extraction.article import Article
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.sentences import Sentence
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Candidate, ParsedQuery

Resolver = Callable[[ParsedQuery, "str | None"], "Candidate | None"]


@dataclass(frozen=True, slots=True)
class Placed:
    mentions: tuple[Mention, ...]
    focus: str | None  # ISO code of the article's main country


def place_mentions(
    geocoder: OfflineGeocoder, article: Article, sents: list[Sentence], event_sentences: set[int]
) -> Placed:
    spotter = S.Spotter(geocoder.gazetteer, exclude=frozenset({article.source}))
    spots = [sp for s in sents for sp in spotter.spot(s)]
    roles = [S.role_of(sp, sents[sp.sentence], sp.sentence in event_sentences, spots) for sp in spots]
    queries = [query_for(sp, sents[sp.sentence], spots) for sp in spots]
    resolve = _resolver(geocoder, article)
    first = [resolve(q, None) for q in queries]
    focus = main_country(geocoder, article, first)
    mentions = []
    for sp, q, role, best in zip(spots, queries, roles, first, strict=True):
        if focus and (best is None or best.place.country_code != focus):
            best = resolve(q, focus)
        label = f"{sp.text}, {q.parents[0]}" if q.parents else sp.text
        mentions.append(Mention(sp.text, sp.start, sp.end, sp.sentence, role.role, role.reason, label, best))
    return Placed(tuple(mentions), focus)


def query_for(spot: S.Spot, sentence: Sentence, spots: list[S.Spot]) -> ParsedQuery:
    """The geocoder query for a spot: its name, the parent its phrase names, its kind hint."""
    parent = S.parent_of(spot, sentence, spots)
    return ParsedQuery(
        raw=spot.text, name=spot.text, parents=(parent,) if parent else (), feature_hint=spot.feature_hint
    )


def _resolver(geocoder: OfflineGeocoder, article: Article) -> Resolver:
    """A memoised best-candidate lookup with the whole article as context."""
    keys = context_keys(" ".join((article.title, article.dateline, article.summary, article.text)))
    memo: dict[tuple[ParsedQuery, str | None], Candidate | None] = {}

    def resolve(q: ParsedQuery, country: str | None) -> Candidate | None:
        if (q, country) not in memo:
            best = geocoder.geocode(q, keys=keys, country=country, limit=1)
            memo[(q, country)] = best[0] if best else None
        return memo[(q, country)]

    return resolve


def main_country(geocoder: OfflineGeocoder, article: Article, resolved: list[Candidate | None]) -> str | None:
    """The article's main country: most named among its places, the dateline's on a tie."""
    votes: Counter[str] = Counter(c.place.country_code for c in resolved if c is not None)
    if article.dateline:
        found = geocoder.geocode(article.dateline, limit=1)
        if found:
            votes[found[0].place.country_code] += 2
    return votes.most_common(1)[0][0] if votes else None
