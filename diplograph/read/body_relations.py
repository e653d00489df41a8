"""Relationships of a state or a body with an international body, where the words near a
characterisation name the two together: "the long-standing partnership between Georgia and the
European Union", "EU-Armenia relations are stronger than ever". The pair named nearest the
phrase is its parties, so "relations between Spain and Chile ... the EU-Chile agreement" stays
a relationship of two states (read in :mod:`diplograph.read.phrases`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from diplograph.read.clauses import mention_at
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.text import Sentence

if TYPE_CHECKING:
    from diplograph.read.clauses import Ref


_PARTIES = frozenset({"state", "body"})
_PAIR = re.compile(r"\b([A-Z][\w]+)-([A-Z][\w]+)\b")
_BETWEEN_WORD = re.compile(r"\bbetween ")
_NEAR = 80  # characters either side of a relationship's phrase in which its parties are looked for


def with_body(norm: str, s: Sentence, refs: list[Ref], start: int, end: int) -> tuple[Entity, Entity] | None:
    """A relationship of a state or a body with a body, where the pair named nearest the phrase
    (from ``start`` to ``end``) holds one: "the partnership between Georgia and the European
    Union", "EU-Armenia relations are stronger than ever"; not "relations between Spain and
    Chile ... the EU-Chile agreement", whose nearest pair is two states."""
    near = (max(s.start, start - _NEAR), min(s.end, end + _NEAR))
    named = [(_apart(pair.span(), start, end), a, b) for pair, a, b in named_pairs(norm, *near)]
    for between in _BETWEEN_WORD.finditer(norm, *near):
        first = mention_at(refs, norm, between.end())
        joint = re.match(r",? and (?:the )?", norm[first[0].end : first[0].end + 8]) if first else None
        second = mention_at(refs, norm, first[0].end + joint.end()) if first and joint else None
        if first is not None and second is not None and first[1] and second[1]:
            named.append((_apart((between.start(), second[0].end), start, end), first[1][0], second[1][0]))
    if not named:
        return None
    _, a, b = min(named, key=lambda n: n[0])
    return (a, b) if a != b and {a.kind, b.kind} <= _PARTIES and "body" in (a.kind, b.kind) else None


def named_pairs(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[re.Match[str], Entity, Entity]]:
    """Two states or bodies named as a pair, each by its name or demonym ("Kazakh-Uzbek
    relations", "the EU-India partnership"), between ``start`` and ``end``."""
    lex = lexicon()
    for pair in _PAIR.finditer(text, start, len(text) if end is None else end):
        a = lex.demonyms.get(pair.group(1)) or lex.names.get(pair.group(1))
        b = lex.demonyms.get(pair.group(2)) or lex.names.get(pair.group(2))
        if a and b:
            yield pair, a, b


def _apart(span: tuple[int, int], start: int, end: int) -> int:
    """How many characters lie between a span and the phrase from ``start`` to ``end``."""
    return max(0, span[0] - end, start - span[1])
