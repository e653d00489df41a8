"""Clause helpers shared by the extractors: the subject before a verb, the names after a
phrase, and whether a match sits inside a word."""

from __future__ import annotations

import re

from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.mentions import Mention
from diplograph.read.text import Sentence

Ref = tuple[Mention, list[Entity]]

_TITLE_CHUNK = re.compile(r"(?:[A-Z][\w'-]*|of|the|and|for|on|in|to)(?: (?:[A-Z][\w'-]*|of|the|and|for|on|in|to))*, ")
_LIST_SEP = re.compile(r"(?:[,;]? as well as|[,;]? and|[,;])(?: to)?(?: the)? ")


def _subject_like(m: Mention, ents: list[Entity], pos: int, inside: tuple[int, int] | None) -> bool:
    if m.end > pos or not ents or m.obj or m.possessive or m.kind == "demonym":
        return False
    return not m.in_quote or bool(inside and inside[0] <= m.start < inside[1])


def subject(refs: list[Ref], pos: int, sent: Sentence, *, people_only: bool = False) -> list[Entity]:
    """The clause subject before ``pos``: the last resolved mention that is not an object,
    not a possessive and not a bare demonym, outside quotations unless ``pos`` is inside one."""
    inside = next((q for q in sent.quotes if q[0] <= pos < q[1]), None)
    best: list[Entity] = []
    for m, ents in refs:
        if _subject_like(m, ents, pos, inside) and (not people_only or ents[0].kind == "person"):
            best = ents
    return best


def subjects(refs: list[Ref], pos: int, sent: Sentence, norm: str) -> list[Entity]:
    """The subject before ``pos`` with any co-ordinated subjects: "X and Y held talks"."""
    inside = next((q for q in sent.quotes if q[0] <= pos < q[1]), None)
    cands = [(m, e) for m, e in refs if m.end <= pos]
    for i in range(len(cands) - 1, -1, -1):
        m, ents = cands[i]
        if not _subject_like(m, ents, pos, inside):
            continue
        out = list(ents)
        j = i
        closed = False  # a list closes on "and": "A, B" alone is an apposition ("the Secretary General, X")
        while j > 0:
            pm, pents = cands[j - 1]
            gap = norm[pm.end : cands[j][0].start]
            if pents and (re.fullmatch(r",? and ", gap) or (closed and gap == ", ")):
                out = pents + out
                closed = True
                j -= 1
            else:
                break
        return out
    return []


def mention_at(refs: list[Ref], norm: str, pos: int, *, skip_titles: bool = False) -> Ref | None:
    """The mention starting at ``pos`` (after spaces and an optional "the"); with
    ``skip_titles``, also after a run of capitalised title words ending in a comma."""
    while pos < len(norm) and norm[pos] == " ":
        pos += 1
    for m, ents in refs:
        if m.start == pos or (norm.startswith("the ", pos) and m.start == pos + 4):
            if ents or (m.kind == "title" and m.of):
                return (m, ents)
    for m, ents in refs:  # "invited Minister Vieira": a word of address before a surname met before
        if m.kind == "person" and ents and m.start > pos and norm[pos : m.start - 1] in lexicon().address:
            return (m, ents)
    if skip_titles:
        chunk = _TITLE_CHUNK.match(norm, pos)
        if chunk and chunk.end() - pos < 120:
            return mention_at(refs, norm, chunk.end())
    return None


def parties(hit: Ref) -> list[Entity]:
    """Who a mention stands for as a party: an unnamed office holder stands for its state."""
    m, ents = hit
    if ents:
        return ents
    return [m.of] if m.of is not None else []


def listed(refs: list[Ref], norm: str, pos: int, end: int) -> tuple[list[Entity], int]:
    """The names listed from ``pos``: "X", "X and Y", "X, Y and to Z"; and where the list ends."""
    first = mention_at(refs, norm, pos, skip_titles=True)
    if first is None or first[0].start >= end:
        return [], pos
    out = parties(first)
    pos = first[0].end
    while sep := _LIST_SEP.match(norm, pos):
        more = mention_at(refs, norm, sep.end(), skip_titles=True)
        if more is None or more[0].start >= end or more[0].kind in ("pair", "pronoun"):
            break  # "X, and they agreed ...": a clause of its own, no name of the list
        out += [e for e in parties(more) if e not in out]
        pos = more[0].end
    return out, pos


def partial(norm: str, start: int, end: int) -> bool:
    """A match that starts or ends inside a word."""
    before = start > 0 and norm[start - 1].isalnum() and norm[start].isalnum()
    after = end < len(norm) and norm[end - 1].isalnum() and norm[end].isalnum()
    return before or after
