"""Place mentions resolved in context: spot, give each a role, geocode with a country in focus.

In: the article, its sentences and which sentences report violence. Out: `Mention`s with their
role and best gazetteer candidate, and the article's main country (its focus).
Each name is geocoded once without a country in focus; the article's country is the one most
of its places lie in (the dateline's counts double), and names that resolved elsewhere are
asked again with that country in focus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from incident_explorer.extraction import roles as R
from incident_explorer.extraction import spotting as S
from incident_explorer.extraction.article import Article
from incident_explorer.extraction.claims import Claim
from incident_explorer.extraction.results import Mention
from incident_explorer.extraction.sentences import Sentence
from incident_explorer.extraction.triggers import Trigger
from incident_explorer.places.offline import OfflineGeocoder, context_keys
from incident_explorer.places.place import Candidate, Feature, ParsedQuery
from incident_explorer.places.spelling import normalise, skeleton

NOTABLE = 100_000  # population of a town abroad that a story about another country may name
# A name whose next readings score within this of its best one fits their countries too: they
# get part of its vote for the article's country.
AMBIGUOUS = 0.05
READINGS = 5
RUNNER_UP = 0.5
BACKING = 0.5
Resolver = Callable[[ParsedQuery, "str | None"], "list[Candidate]"]


@dataclass(frozen=True, slots=True)
class Placed:
    mentions: tuple[Mention, ...]
    focus: str | None  # ISO code of the article's main country


def place_mentions(
    geocoder: OfflineGeocoder,
    article: Article,
    sents: list[Sentence],
    triggers: dict[int, list[Trigger]],
    *,
    not_places: frozenset[str] = frozenset(),
    votes: dict[str, float] | None = None,
    figures: dict[int, list[Claim]] | None = None,
) -> Placed:
    """``not_places``: names that are never places here (actors, the article's source);
    ``votes``: other clues to the article's country (the actors it names)."""
    spotter = S.Spotter(geocoder.gazetteer, exclude=not_places | {article.source})
    spots = [sp for s in sents for sp in spotter.spot(s)]
    spans: dict[int, list[tuple[int, int]]] = {}
    for sp in spots:
        if sp.sentence not in spans:
            s = sents[sp.sentence]
            words = [(t.start, t.end) for t in triggers.get(s.index, [])]
            spans[s.index] = (
                words + [(c.start, c.end) for c in (figures or {}).get(s.index, [])] if words else []
            )
    in_sentence: dict[int, list[S.Spot]] = {}
    for sp in spots:
        in_sentence.setdefault(sp.sentence, []).append(sp)
    queries = [query_for(sp, sents[sp.sentence], in_sentence[sp.sentence]) for sp in spots]
    child_of: dict[tuple[int, str], S.Spot] = {}
    for sp, q in zip(spots, queries, strict=True):
        if q.parents and q.parents[0] != sp.text:
            child_of.setdefault((sp.sentence, q.parents[0]), sp)
    roles = [
        R.role_of(sp, sents[sp.sentence], spans[sp.sentence], child_of.get((sp.sentence, sp.text)))
        for sp in spots
    ]
    resolve = _resolver(geocoder, article, spots)
    readings = [resolve(q, None) for q in queries]
    queries, readings = _parents_by_name(spots, queries, readings, resolve)
    first = [r[0] if r else None for r in readings]
    named = list(zip(readings, spots, strict=True))
    exact = [_close(r) for r, sp in named if sp.exact and r]
    spelled = [[c for c in _close(r) if _spells(c, sp.text)] for r, sp in named if not sp.exact]
    guessed = [_close(r) for r, sp in named if not sp.exact and r]
    # transliterated names vote when they spell the place's own name and no name is exact; other
    # transliterations only back a country something else names (alone they are guesses)
    focus = main_country(geocoder, article, exact or [r for r in spelled if r], votes or {}, guessed)
    mentions = []
    bests = []
    for sp, q, best in zip(spots, queries, first, strict=True):
        if focus and (best is None or best.place.country_code != focus):
            focused = next(iter(resolve(q, focus)), None)
            if (
                best is None
                or focused is not None
                and (_named(focused, sp.text) or not _named(best, sp.text))
            ):
                best = focused  # but an exact name is not traded for a spelling match in focus
        if best is not None and best.place.country_code != focus and not _kept_abroad(best, sp):
            best = None  # a spelling match or a small town far from the story's country is a guess
        bests.append(best)
    roles = _only_places(spots, roles, bests, spans)
    for sp, q, role, best in zip(spots, queries, roles, bests, strict=True):
        label = f"{sp.text}, {q.parents[0]}" if q.parents else sp.text
        mentions.append(Mention(sp.text, sp.start, sp.end, sp.sentence, role.role, role.reason, label, best))
    return Placed(tuple(mentions), focus)


def _only_places(
    spots: list[S.Spot],
    roles: list[R.Role],
    bests: list[Candidate | None],
    spans: dict[int, list[tuple[int, int]]],
) -> list[R.Role]:
    """A headline that reports violence says where: when none of its places is an event place,
    the places the clause rule set aside as quiet are ("Shelling targets the road, at the
    outskirts of Aleppo", "The city of Manbij, where ..., witnesses an explosion"). Only the
    headline: a body sentence often refers back to an event told before ("the attacks would
    not go unanswered, said the delegate to the talks in Geneva")."""
    placed = {sp.sentence for sp, role in zip(spots, roles, strict=True) if role.role == R.EVENT}
    return [
        R.Role(R.EVENT, R.ONLY_PLACE)
        if sp.sentence == 0
        and role.reason == R.QUIET_CLAUSE
        and best is not None
        and spans[sp.sentence]
        and sp.sentence not in placed
        else role
        for sp, role, best in zip(spots, roles, bests, strict=True)
    ]


def _parents_by_name(
    spots: list[S.Spot], queries: list[ParsedQuery], readings: list[list[Candidate]], resolve: Resolver
) -> tuple[list[ParsedQuery], list[list[Candidate]]]:
    """ "al-Busayrah in the countryside of Deir Ezzor": the parent as the gazetteer names the
    place the parent mention resolved to ("Deir ez-Zor"), so that it is recognised as enclosing
    the child however the text spells it."""
    by_text = {(sp.sentence, sp.text): r for sp, r in zip(spots, readings, strict=True)}
    out_q, out_r = list(queries), list(readings)
    for i, (sp, q) in enumerate(zip(spots, queries, strict=True)):
        parent = by_text.get((sp.sentence, q.parents[0])) if q.parents else None
        if not parent or normalise(parent[0].place.name) == normalise(q.parents[0]):
            continue
        named = replace(q, parents=(parent[0].place.name, *q.parents))
        found = resolve(named, None)
        if found:
            out_q[i], out_r[i] = named, found
    return out_q, out_r


def query_for(spot: S.Spot, sentence: Sentence, spots: list[S.Spot]) -> ParsedQuery:
    """The geocoder query for a spot: its name, the parent its phrase names, its kind hint."""
    parent = R.parent_of(spot, sentence, spots)
    return ParsedQuery(
        raw=spot.text, name=spot.text, parents=(parent,) if parent else (), feature_hint=spot.feature_hint
    )


def _resolver(geocoder: OfflineGeocoder, article: Article, spots: list[S.Spot]) -> Resolver:
    """A memoised best-candidate lookup with the article's place names as context.

    Only names: the article's common words would match abbreviations ("or" is Oregon).
    """
    names = [article.dateline, *(sp.text for sp in spots)]
    keys = context_keys(" , ".join(n for n in names if n))
    memo: dict[tuple[ParsedQuery, str | None], list[Candidate]] = {}

    def resolve(q: ParsedQuery, country: str | None) -> list[Candidate]:
        if (q, country) not in memo:
            memo[(q, country)] = geocoder.geocode(q, keys=keys, country=country, limit=READINGS)
        return memo[(q, country)]

    return resolve


def _named(c: Candidate, text: str) -> bool:
    return normalise(c.matched_name) == normalise(text)


def _kept_abroad(c: Candidate, sp: S.Spot) -> bool:
    """A place outside the story's country is meant when it is a country, region or province
    named exactly, a town of `NOTABLE` people named by its own name, or (for a name known only
    by its transliteration) a transliteration of its own name."""
    if not sp.exact:
        return _spells(c, sp.text)
    if normalise(c.matched_name) != normalise(sp.text):
        return False
    if c.place.feature not in (Feature.CITY, Feature.NEIGHBOURHOOD, Feature.ADMIN3, Feature.POINT):
        return True
    return c.place.population >= NOTABLE and normalise(c.place.name) == normalise(sp.text)


def _spells(c: Candidate | None, text: str) -> bool:
    """The name is a transliteration of the place's own name ("Menbej" of Manbij), not an alias."""
    if c is None:
        return False
    key = skeleton(normalise(text))
    return len(key.replace(" ", "")) >= 4 and skeleton(normalise(c.place.name)) == key


def _close(readings: list[Candidate]) -> list[Candidate]:
    """The readings of a name that score about as well as its best one."""
    return [c for c in readings if c.score >= readings[0].score - AMBIGUOUS] if readings else []


def main_country(
    geocoder: OfflineGeocoder,
    article: Article,
    resolved: list[list[Candidate]],
    clues: dict[str, float],
    guessed: list[list[Candidate]] | None = None,
) -> str | None:
    """The article's main country: where its places lie (weighted by score), the dateline's twice.

    Each name votes with its best reading's score for that reading's country, and with half
    that for the countries of readings that score about as well: "Soran" (Iraq; a Syrian town
    close behind) or "Madan" (Bulgaria; Syria...) alone does not outvote the rest of the story.
    """
    votes = dict(clues)
    for close in resolved:
        for cc, w in _weights(close).items():
            votes[cc] = votes.get(cc, 0.0) + w
    if article.dateline:
        found = geocoder.geocode(article.dateline, limit=1)
        if found:
            cc = found[0].place.country_code
            votes[cc] = votes.get(cc, 0.0) + 2
    backed = dict(votes)
    for close in guessed or []:
        weights = _weights(close)
        for cc, w in weights.items():
            if cc in votes:
                backed[cc] += BACKING * w
            elif not votes and len(weights) == 1 and len(close) > 1:
                # nothing else names a country: a guess whose several close readings all lie in
                # one country ("Kefraya": three Syrian villages) still says where the story is
                backed[cc] = backed.get(cc, 0.0) + BACKING * w
    return max(backed, key=lambda cc: backed[cc]) if backed else None


def _weights(close: list[Candidate]) -> dict[str, float]:
    weights: dict[str, float] = {}
    for c in close:
        w = c.score * (1.0 if c is close[0] else RUNNER_UP)
        weights[c.place.country_code] = max(weights.get(c.place.country_code, 0.0), w)
    return weights
