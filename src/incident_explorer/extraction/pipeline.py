"""From article to incidents: the whole flow in `Extractor.extract`, one module per stage.

sentences (sentences.py) → event words (events.py, triggers.py) → place mentions with roles,
geocoded in context (placing.py, spotting.py) → the rules' event places weighed by a small
model (event_places.py; INCIDENTS_EVENT_PLACE_MODEL=0 skips it) → dates, claims and actors
attached to the nearest event word (events.py, dates.py, claims.py, actors.py) → events
(grouping.py) → incidents (incidents.py) → a short report's side incidents dropped by a small
model (salience.py) and a headline's name for its lead's place nearby (headline_names.py) → an
`Extraction` (results.py).
"""

from __future__ import annotations

import functools
from dataclasses import replace

from incident_explorer.extraction.acronyms import acronyms
from incident_explorer.extraction.actors import ActorLexicon
from incident_explorer.extraction.article import Article
from incident_explorer.extraction.dates import impossible_dates
from incident_explorer.extraction.event_places import EventPlaceModel, Text, default_places
from incident_explorer.extraction.events import attach, casualty_figures, event_words
from incident_explorer.extraction.grouping import group
from incident_explorer.extraction.headline_names import headline_alias
from incident_explorer.extraction.incidents import assemble
from incident_explorer.extraction.placing import place_mentions
from incident_explorer.extraction.results import Extraction
from incident_explorer.extraction.salience import MODEL_FILE, EventModel, default_model
from incident_explorer.extraction.sentences import sentences
from incident_explorer.extraction.shouting import as_written, readable
from incident_explorer.extraction.spotting import name_word
from incident_explorer.extraction.triggers import EventLexicon
from incident_explorer.places.gazetteer import Gazetteer
from incident_explorer.places.offline import OfflineGeocoder
from incident_explorer.progress import Progress, silent
from incident_explorer.settings import Settings

NO_INCIDENT = "event words found, but no incident could be placed, dated or counted"


class Extractor:
    def __init__(
        self,
        geocoder: OfflineGeocoder,
        actors: ActorLexicon,
        events: EventLexicon | None = None,
        model: EventModel | None = None,
        rules_only: bool = False,
        places: EventPlaceModel | None = None,
    ) -> None:
        self.geocoder = geocoder
        self.actors = actors
        self.events = events or EventLexicon.load(Settings.from_env().data_dir / "event_words.csv")
        # which of a short report's incidents it reports (salience.py); None keeps every one
        self.model: EventModel | None = None if rules_only else model or default_model()
        # which of the rules' event places are event places (event_places.py): the shipped
        # weights unless given others or INCIDENTS_EVENT_PLACE_MODEL=0
        self.places: EventPlaceModel | None = None if rules_only else places or default_places()

    @classmethod
    def from_settings(
        cls, settings: Settings, progress: Progress = silent, rules_only: bool = False
    ) -> Extractor:
        """rules_only: keep every incident the rules make (the report model's training reads them)."""
        gazetteer = Gazetteer.open(settings, progress)
        extractor = cls(
            OfflineGeocoder(gazetteer),
            ActorLexicon.load(settings.data_dir / "actors.csv"),
            EventLexicon.load(settings.data_dir / "event_words.csv"),
            None if rules_only else EventModel.load(settings.data_dir / MODEL_FILE),
            rules_only=rules_only,
        )
        return extractor

    def extract(self, article: Article) -> Extraction:
        # (dotted capitals before a name are initials, no sentence's end: "Jos, N.C. Okafor said")
        written = sentences(article.text, functools.partial(name_word, self.geocoder.gazetteer.common_words))
        sents = readable(written, self.events, self.actors.acronym_words)  # upper case in sentence style
        triggers = event_words(sents, self.events, article.published)
        figures = casualty_figures(sents, acronyms(article.text), written)
        placed = place_mentions(
            self.geocoder,
            article,
            sents,
            triggers,
            not_places=self.actors.names,
            votes=self.actors.country_votes(article.text),
            figures=figures,
        )
        if self.places is not None:
            text = Text(sents, triggers, figures, article.published, placed.focus, written)
            placed = replace(placed, mentions=self.places.apply(placed.mentions, text))
        events = attach(
            sents,
            triggers,
            placed.mentions,
            published=article.published,
            figures=figures,
            actors=self.actors,
        )
        groups = group(events, placed.mentions, article.published, placed.filed_from)
        made = assemble(article, groups, placed.focus, self.geocoder.gazetteer.country_names)
        warnings = [*article.warnings, *impossible_dates(article.text, article.published)]
        if not made.incidents and triggers:
            warnings.append(NO_INCIDENT)
        out = as_written(
            Extraction(article, made.incidents, placed.mentions, tuple(warnings), made.recalled),
            written,
            sents,
        )
        if self.model is None:
            return out  # the rules alone (the report model's training reads them)
        return headline_alias(self.model.apply(out), sents)
