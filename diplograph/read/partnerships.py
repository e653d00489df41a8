"""Partnerships named only by how a relationship is: "the Special Strategic and Global
Partnership between A and B" characterises the relationship of A and B, while "the Duavata
Partnership" and "the A-B Critical Minerals Partnership" name an agreement. The words that only
say how are the qualifiers, adverbs and companions of ``ingest/relations.yaml`` and the
``partnership_words`` of ``ingest/initiatives.yaml``."""

from __future__ import annotations

import re
from functools import cache

from diplograph.read.lexicon import lexicon


def only_how(words: str) -> bool:
    """Whether the words before "Partnership" only say how the relationship is and whose it is
    (states' names and demonyms, alone or paired: "New Zealand-Singapore", "Viet Nam - Laos")."""
    plain = _plain_words()
    lex = lexicon()

    def said(w: str) -> bool:  # a word that says how, or a state's name or demonym
        return w.lower() in plain or w in lex.names or w in lex.demonyms

    for run in re.findall(r"[\w'.-]+(?: [A-Z][\w'.-]+)*", words):
        by_halves = [p for half in run.split("-") for p in ([half] if said(half) else half.split())]
        by_words = [p for word in run.split() for p in ([word] if said(word) else word.split("-"))]
        if not said(run) and not all(said(p) for p in by_halves if p) and not all(said(p) for p in by_words if p):
            return False
    return True


@cache
def _plain_words() -> frozenset[str]:
    rel, data = lexicon().relations, lexicon().initiatives
    keys = ("qualifiers", "adverbs", "companions")
    return frozenset(w.lower() for w in [*(w for k in keys for w in rel[k]), *data["partnership_words"]])
