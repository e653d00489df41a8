"""A possessive pronoun that stands before the subject it refers to: "During his meeting with
the Malaysian High Commissioner, the Chief Adviser thanked ..." is the Chief Adviser's
meeting, not that of the last person the report named."""

from __future__ import annotations

import re

from diplograph.read.clauses import Ref
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence

_LEAD = re.compile(r"(?:During|In|At|On|After|Following|Ahead of|Before|Throughout) (?P<pron>his|her) ")
_SUBJECT_KINDS = ("person", "title", "description")


def forward(norm: str, s: Sentence, refs: list[Ref], res: Resolver | None = None) -> list[Ref]:
    """``refs`` with the pronoun of a sentence's opening phrase ("During his ...,") read as the
    person who is the subject right after its comma, where that subject is one person; the
    resolver's subject is that person too (the pronoun, read first, had made it the one the
    pronoun was first taken for, and "he said" in the next sentence would be theirs)."""
    lead = _LEAD.match(norm, s.start, s.end)
    if lead is None:
        return refs
    comma = norm.find(", ", lead.end(), s.end)
    if comma < 0:
        return refs
    after = next(((m, e) for m, e in refs if m.start > comma), None)
    if after is None or norm[comma + 2 : after[0].start] not in ("", "the ", "The "):
        return refs
    subject, who = after
    if subject.kind not in _SUBJECT_KINDS or subject.possessive or len(who) != 1 or who[0].kind != "person":
        return refs
    at = lead.start("pron")
    if res is not None:
        iri = str(who[0].iri)
        res.subject_here = res.salient = iri
        res.recent = [*(i for i in res.recent if i != iri), iri]
    return [(m, who if m.kind == "pronoun" and m.start == at else e) for m, e in refs]
