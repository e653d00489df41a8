"""People's names: the entity a name stands for, and the spans of people the language layer
recognised, trimmed to the name as the reader reads one."""

from __future__ import annotations

import re
from functools import cache

from diplograph.namespace import person_iri
from diplograph.read.lexicon import Entity, Lexicon, lexicon
from diplograph.read.patterns import name_pattern, title_words


def person_for(name: str, lex: Lexicon) -> Entity:
    """The entity a person's name stands for: a known one, or one minted from the name."""
    if name in lex.names and lex.names[name].kind == "person":
        return lex.names[name]
    for form, ent in lex.names.items():  # "Muhammad Shehbaz Sharif" is the known "Shehbaz Sharif"
        if ent.kind == "person" and name.endswith(" " + form):
            return ent
    last = name.split(" ")[-1]
    known = [e for e in lex.surnames.get(last, []) if e.label.split(" ")[0] == name.split(" ")[0]]
    if len(known) == 1 or (" " not in name and len(lex.surnames.get(name, [])) == 1):
        return known[0] if known else lex.surnames[name][0]
    return Entity(person_iri(name), "person", name, surname=last)


def person_spans(norm: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The people the recogniser found (``ents``: start, end, type), trimmed to the name as
    :func:`diplograph.read.mentions.find` reads one: honorifics and titles before it and a possessive after it go, and
    a span that is a known state, place, body or demonym, or a single word, is no person.

    >>> text = "HE Mr. Anwar Ibrahim's visit to Kuwait"
    >>> [text[a:b] for a, b in person_spans(text, [(0, 22, "PERSON"), (32, 38, "PERSON")])]
    ['Anwar Ibrahim']
    """
    skip, known = _not_a_name()
    out: list[tuple[int, int]] = []
    for a, b, label in ents:
        if label != "PERSON":
            continue
        pos = a
        while (w := re.match(r"[^\s]+", norm[pos:b])) and (
            w.group().rstrip(".,") in skip or re.fullmatch(r"(?:[A-Z]\.?){1,3}", w.group())
        ):
            pos += w.end() + 1  # "HE", "Mr.", "His Highness", "President": not the name
        m = name_pattern().match(norm, pos, b) if pos < b else None
        if m is None:
            continue
        name = m.group()
        if name.endswith("'s"):
            name = name[:-2]
        words = name.split(" ")
        if len(words) < 2 or any(w in known for w in words) or name in known:
            continue
        out.append((m.start(), m.start() + len(name)))
    return out


@cache
def _not_a_name() -> tuple[frozenset[str], frozenset[str]]:
    """Words that open a recognised span without being the name (titles, honorifics), and the
    names of states, bodies, places and demonyms, which a person's name is not."""
    lex = lexicon()
    skip = title_words() | {w.rstrip(".") for h in lex.honorifics for w in h.split(" ")}
    return skip, frozenset(lex.names.keys() | lex.demonyms.keys() | lex.cities.keys())
