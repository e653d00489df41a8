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
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon().initiatives
    return frozenset(data["compound_heads"]), frozenset(data["not_modifiers"]), frozenset(data["compound_meetings"])


def with_compounds(found: list[Initiative], span: Span, text: str) -> None:
    """``found`` (a sentence's initiatives) with the agreements and meetings named by their
    parties, and the nouns before the head of a lowercase name it holds."""
    meetings = _data()[2]
    for a, head, b, named in compound_agreements(span):
        if named and not any(i.span[0] < b and a < i.span[1] for i in found):
            kind = "conference" if text[head:b] in meetings else "agreement"
            found.append(Initiative(text[a:b], kind, None, None, None, (a, b)))
        elif (led := next((i for i in found if i.span[0] == head), None)) is not None:
            led.span = (a, led.span[1])  # "a partnership agreement on energy": the nouns before it too
            led.name = text[a : led.span[1]]


def compound_agreements(span: Span) -> list[tuple[int, int, int, bool]]:
    """Where the words before such heads start, where the head starts and ends, in a parsed
    sentence, and whether they name the agreement (or meeting) by its parties."""
    heads, loose, meetings = _data()
    out: list[tuple[int, int, int, bool]] = []
    for tok in span:
        if tok.pos_ != "NOUN" or tok.text not in heads | meetings:
            continue
        mods = [c for c in tok.lefts if c.dep_ in _MODIFIERS]
        nouns = any(c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN") for c in mods)
        if not mods or (tok.text in heads and not nouns):
            continue  # "a comprehensive agreement", "the agreement": no name
        first = _first(tok, mods, loose)
        if first is None:
            continue
        named = _parties(first, tok)
        # a meeting only by its parties, with words between ("German-Polish intergovernmental
        # consultations"; "the EU-Japan summit" the capitalised rules read)
        if tok.text in meetings and not (named and first.i + 3 < tok.i and _known_parties(first, tok)):
            continue
        out.append((first.idx, tok.idx, tok.idx + len(tok.text), named))
    return out


def _first(head: Token, mods: list[Token], loose: frozenset[str]) -> Token | None:
    """The first word before the head: the furthest modifier's, past words that only describe
    it ("new", "landmark")."""
    doc = head.doc
    start = min(c.left_edge.i for c in mods)
    while start < head.i and (
        doc[start].lower_ in loose
        or doc[start].pos_ in ("DET", "PRON", "PUNCT", "NUM")
        or doc[start].ent_type_ == "ORDINAL"
    ):
        start += 1
    return doc[start] if start < head.i else None


def _known_parties(first: Token, head: Token) -> bool:
    """Each party before the dash a state or body by its name or demonym ("German-Polish",
    "Chad-Turkey"; not a region: "Asia-Pacific")."""
    lex = lexicon()
    words = "".join(t.text_with_ws for t in head.doc[first.i : head.i]).split(" ")[0]
    parts = [w.strip() for w in words.replace("–", "-").split("-")]
    return len(parts) > 1 and all(
        (e := lex.names.get(w) or lex.demonyms.get(w)) is not None and e.kind in ("state", "body") for w in parts
    )


def _parties(first: Token, head: Token) -> bool:
    """The words open with two parties joined by a dash ("India-EU"), the rest in lowercase (a
    capitalised name is the capitalised rules' own: "... Free Trade Agreement")."""
    doc = head.doc
    if not first.text[:1].isupper():
        return False
    hyphened = "-" in first.text or (first.i + 1 < head.i and doc[first.i + 1].text == "-")
    return hyphened and not any(t.text[:1].isupper() for t in doc[first.i + 3 : head.i])
