"""Acts a report names without their being done: planned ("expect to sign", "will sign") or
undone ("has yet to congratulate", "did not thank", "declined to")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplograph.read.triggers import grammar

if TYPE_CHECKING:
    from spacy.tokens import Token


def planned(verb: Token) -> bool:
    """A verb in the infinitive under a verb of plans, or with a future's auxiliary ("expect to
    sign", "will sign")."""
    g = grammar()
    if any(c.dep_ == "aux" and c.lemma_.lower() in g.not_news for c in verb.children):
        return True
    if verb.tag_ == "VBD":
        return False  # "agreed to hold events ... and signed an agreement": a past deed, however hung
    up = verb
    while up.dep_ in ("xcomp", "conj") and up.head != up:
        under = up.dep_ == "xcomp"  # "expect to sign"; not "agreed to ... and signed", a deed of its own
        up = up.head
        if (under and up.lemma_.lower() in g.not_news) or any(
            c.dep_ == "aux" and c.lemma_.lower() in g.not_news for c in up.children
        ):
            return True
    return False


_UNDONE = re.compile(
    r"\b(?:(?:has|have|is|are|was|were) yet to|(?:did|does|do|has|have|had) not|didn't|hasn't|haven't|never"
    r"|declined to|refused to|failed to)(?: [a-z]+ly)? $"
)


def undone(norm: str, start: int, end: int) -> bool:
    """Words just before an act's verb that say it was not done."""
    return _UNDONE.search(norm, start, end) is not None
