"""The parties of a preposition said again after "and": "talks with X and with Y", "messages
sent to Z by X, ..., and by Y", wherever the parser hung the second."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref
from diplograph.read.lexicon import Entity
from diplograph.read.prepositions import preps
from diplograph.read.roles import parties_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def said_again(obj: Token | None, refs: list[Ref]) -> list[Entity]:
    """The parties of a preposition said again after "and" ("talks with X and with Y"), wherever
    the parser hung the second; its people by their names where it split the titles from them."""
    prep = obj.head if obj is not None else None
    if prep is None or prep.dep_ not in ("prep", "agent"):  # ("sent by X, ..., and by Y")
        return []
    out: list[Entity] = []
    over = (prep.head, *prep.head.ancestors)  # (not "and with Y he signed ...": another verb's)
    for t in prep.sent:
        if (
            t.i <= prep.i
            or t.dep_ not in ("prep", "conj", "agent")
            or t.lower_ != prep.lower_
            or t.nbor(-1).lower_ != "and"
        ):
            continue
        if t.head not in over:
            continue
        obj = next((o for o in t.children if o.dep_ == "pobj"), None)
        if obj is not None and any(c.dep_ == "relcl" and "to" in preps(c) for c in obj.children):
            continue  # "and by Z, who sent a message to W": Z's own, told there
        last = t.right_edge
        got = parties_of(obj, refs) or [
            es[0] for r, es in refs if es and es[0].kind == "person" and t.idx < r.start < r.end <= last.idx + len(last)
        ]
        out += [e for e in got if e not in out]
    return out
