"""Whether "she" or "he" can stand for a person: by the given name, the style of the name or a
post only women or only men hold (``ingest/given_names.yaml``). Unknown tells nothing."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from diplograph.read.lexicon import load_yaml
from diplograph.resources import data_dir

PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female"}
"""Pronouns that say a gender."""


@cache
def _words() -> tuple[dict[str, str], dict[str, str]]:
    data = load_yaml(data_dir("ingest") / "given_names.yaml")
    names = {n: g for g in ("female", "male") for n in data[g]}
    styles = {s: g for g in ("female", "male") for s in data["styles"][g]}
    return names, styles


def given_name(word: str) -> bool:
    """Whether a word is a given name of the list (of either sex)."""
    return word in _words()[0]


def gender(forms: Iterable[str], titles: Iterable[str]) -> str | None:
    """ "female", "male" or None, from a person's names as written and the posts they hold;
    None also where the clues disagree.

    >>> gender(["Samia Suluhu Hassan"], ["President"]), gender(["Sheikh Tamim"], []), gender(["Lee"], [])
    ('female', 'male', None)
    """
    names, styles = _words()
    found = set()
    for form in forms:
        words = form.split(" ")
        found |= {styles[w] for w in words[:1] if w in styles}
        given = next((w for w in words if w not in styles), None)
        if given is not None and given in names and len(words) > 1:
            found.add(names[given])
    for title in titles:
        found |= {styles[w] for w in title.split(" ") if w in styles and w[0].isupper()}
    return found.pop() if len(found) == 1 else None
