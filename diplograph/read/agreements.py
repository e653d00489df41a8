"""Agreements named by the words before their head: the two parties joined by a dash and the
common nouns of what it is about ("the India-EU free trade agreement", "the Mercosur-EU trade
agreement"), as the parser joins them to a head noun of ``ingest/initiatives.yaml``
(``compound_heads``); and the nouns before a head a lowercase name opens with ("a partnership
agreement on energy"). An agreement named by its common nouns alone ("a ceasefire agreement",
"a free trade agreement") is no name."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from diplograph.read.facts import Initiative
from diplograph.read.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_MODIFIERS = ("compound", "amod", "nmod", "nummod", "npadvmod")


@cache
def _data() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon().initiatives
    return frozenset(data["compound_heads"]), frozenset(data["not_modifiers"])


def with_compounds(found: list[Initiative], span: Span, text: str) -> None:
    """``found`` (a sentence's initiatives) with the agreements named by their two parties, and
    the nouns before the head of a lowercase name it holds."""
    for a, head, b, named in compound_agreements(span):
        if named and not any(i.span[0] < b and a < i.span[1] for i in found):
            found.append(Initiative(text[a:b], "agreement", None, None, None, (a, b)))
        elif (led := next((i for i in found if i.span[0] == head), None)) is not None:
            led.span = (a, led.span[1])  # "a partnership agreement on energy": the nouns before it too
            led.name = text[a : led.span[1]]


def compound_agreements(span: Span) -> list[tuple[int, int, int, bool]]:
    """Where the words before such heads start, where the head starts and ends, in a parsed
    sentence, and whether they name the agreement by its two parties."""
    heads, loose = _data()
    out: list[tuple[int, int, int, bool]] = []
    for tok in span:
        if tok.pos_ != "NOUN" or tok.text not in heads:
            continue
        mods = [c for c in tok.lefts if c.dep_ in _MODIFIERS]
        if not any(c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN") for c in mods):
            continue  # "a comprehensive agreement", "the agreement": no name
        first = _first(tok, mods, loose)
        if first is not None:
            out.append((first.idx, tok.idx, tok.idx + len(tok.text), _parties(first, tok)))
    return out


def _first(head: Token, mods: list[Token], loose: frozenset[str]) -> Token | None:
    """The first word before the head: the furthest modifier's, past words that only describe
    it ("new", "landmark")."""
    doc = head.doc
    start = min(c.left_edge.i for c in mods)
    while start < head.i and (doc[start].lower_ in loose or doc[start].pos_ in ("DET", "PRON", "PUNCT", "NUM")):
        start += 1
    return doc[start] if start < head.i else None


def _parties(first: Token, head: Token) -> bool:
    """The words open with two parties joined by a dash ("India-EU"), the rest in lowercase (a
    capitalised name is the capitalised rules' own: "... Free Trade Agreement")."""
    doc = head.doc
    if not first.text[:1].isupper():
        return False
    hyphened = "-" in first.text or (first.i + 1 < head.i and doc[first.i + 1].text == "-")
    return hyphened and not any(t.text[:1].isupper() for t in doc[first.i + 3 : head.i])
