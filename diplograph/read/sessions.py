"""A body's session named by its ordinal ("the 80th session of the United Nations General
Assembly", "the second ordinary session of the Joint Commission"): where its name starts and ends."""

from __future__ import annotations

import re
from functools import cache

from diplograph.read.clauses import Ref
from diplograph.read.lexicon import lexicon
from diplograph.read.wordlist import alternation

_NAMED_KINDS = ("person", "title", "description")
"""Mentions that name a person in the text (not "he", nor "the Parties" read as the two sides)."""


def session_span(norm: str, sentence: int, start: int, after: int, end: int, refs: list[Ref]) -> tuple[int, int] | None:
    """The name of the session whose "session of" runs from ``start`` to ``after``, its phrase
    reaching at most ``end``, in a sentence that starts at ``sentence``: with the ordinal and kind
    words before it; without its president's name after it ("..., X") or what it is to do ("...
    to review"); none for a session of no body ("a session of talks")."""
    if not re.match(r" (?:the )?[A-Z]", norm[after : after + 6]):
        return None
    named = [m for m, e in refs if e and e[0].kind == "person" and m.name and m.kind in _NAMED_KINDS]
    names = (re.search(rf"\b{re.escape(m.name or '')}\b", norm[after:end]) for m in named)
    to = re.search(r" to (?!(?:the|a|an|its|their|his|her|our)\b)[a-z]", norm[after:end])
    end = after + min([k.start() for k in names if k] + [to.start() if to else end - after])
    end = len(norm[:end].rstrip(" ,"))
    lead = _lead().search(norm, max(sentence, start - 80), start)
    return (lead.start() if lead else start), end


@cache
def _lead() -> re.Pattern[str]:
    """Ordinals and kinds of session before "session of" (``session_words`` in
    ``ingest/initiatives.yaml``, and any ordinal in figures or words)."""
    words = alternation(lexicon().initiatives["session_words"], case=False)
    return re.compile(rf"(?<![\w-])(?:(?:\d+(?:st|nd|rd|th)|[a-z]+-?(?:first|second|third|[a-z]+th)|{words}) )+$")
