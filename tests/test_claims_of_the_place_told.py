"""A figure goes with the event whose place its own sentence names.

- An event word with no place of its own ("killing seven") joins, of the events its sentence
  tells, the one whose place the sentence names, not an earlier event that a bare opening word
  ("Gunmen also raided X, ...") had joined: before, the earlier event took the figure, and on a
  tie with its own toll the lower one replaced it.
- A figure in a clause that names no event place ("..., close to Y, wounding three") goes with
  the one event place its sentence names before it, not with every place of the event group
  (before: also with a town told in an earlier sentence).

Sentences of our own, none from tests/wire/.
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_explorer.extraction import article as articles
from incident_explorer.extraction.pipeline import Extractor

PUBLISHED = date(2019, 5, 14)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (
            "Militants attacked an army post in Dori on Friday, killing ten soldiers.\n\n"
            "Gunmen also raided the village of Kouragal, near Djibo in northern Burkina Faso, on Friday"
            " night,"
            " killing seven civilians.",
            {"Dori": 10, "Djibo": 7},
        ),
        (
            "Jihadists ambushed a patrol outside Menaka on Sunday, killing four soldiers.\n\n"
            "Gunmen then stormed the market in Anderamboukan later on Sunday, killing 12 traders.",
            {"Ménaka": 4, "Andéranboukan": 12},
        ),
        (
            "Bandits killed three farmers in Zurmi on Sunday, police said.\n\n"
            "Gunmen later stormed a mosque in Shinkafi during evening prayers, killing eight worshippers.",
            {"Zurmi": 3, "Shinkafi": 8},
        ),
    ],
)
def test_the_figure_goes_with_the_place_its_sentence_names(
    extractor: Extractor, text: str, tolls: dict[str, int]
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    got = {town: [i.fatalities.best for i in r.incidents if i.location.startswith(town)] for town in tolls}
    assert got == {town: [n] for town, n in tolls.items()}, [(i.location, i.fatalities) for i in r.incidents]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Troops shelled Morek on Saturday, killing two fighters, a monitor said.\n\n"
            "Rockets also fell on the farming hamlet of Tell Abu Sarha, next to Kafr Zita, wounding three"
            " farmers.",
            "Mūrak",
            "Kafr Zayt",
        ),
        (
            "Rebel rockets hit Mhardeh on Friday, killing a man.\n\n"
            "A shell also struck the hamlet of Khirbet Umm Nahla, near Kafr Zita, injuring two girls.",
            "Maharda",
            "Kafr Zayt",
        ),
        (
            "Artillery hit Latamneh on Sunday, killing a boy.\n\n"
            "Shells also fell on the farming hamlet of Tell Umm Hosh, next to Kafr Zita, wounding four"
            " women.",
            "Al Lataminah",
            "Kafr Zayt",
        ),
    ],
)
def test_a_figure_in_a_clause_with_no_place_is_its_sentences(
    extractor: Extractor, text: str, first: str, second: str
) -> None:
    r = extractor.extract(articles.from_text(text, published=PUBLISHED))
    a = [i for i in r.incidents if i.location.startswith(first)]
    b = [i for i in r.incidents if i.location.startswith(second)]
    assert a and b, [i.location for i in r.incidents]
    assert [i.wounded.best for i in a] == [None], [(i.location, i.wounded) for i in r.incidents]
    assert all(i.wounded.best for i in b), [(i.location, i.wounded) for i in r.incidents]
