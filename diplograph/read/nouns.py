"""Acts named by a noun that a carrying verb takes as its object ("I extend to you ... my
congratulations", "to offer condolences"): the noun lemmas and carriers of
``ingest/grammar/acts.yaml``, and the verb's "to" phrase that names the addressee."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref, mention_at
from diplograph.read.lexicon import ActPattern, lexicon, load_yaml
from diplograph.read.mentions import Mention
from diplograph.resources import data_dir

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def _nouns() -> tuple[dict[str, ActPattern], frozenset[str]]:
    """Noun lemma -> the phrase entry of its act whose addressee follows as "to"; the carrying verbs."""
    data = load_yaml(data_dir("ingest") / "grammar" / "acts.yaml")
    out: dict[str, ActPattern] = {}
    for lemma, act in data.get("nouns", {}).items():
        entry = next((p for p in lexicon().acts if p.act == act and p.addressee == "to" and p.mode == "object"), None)
        if entry is not None:
            out[lemma] = entry
    return out, frozenset(data.get("carriers", []))


def carried_by(tok: Token) -> tuple[Token, ActPattern] | None:
    """The verb and act of a noun an act is carried by, as the verb's object."""
    nouns, carriers = _nouns()
    pat = (nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)) if tok.pos_ == "NOUN" else None
    verb = tok.head
    if pat is not None and tok.dep_ == "appos" and _owned(tok):
        # "I address to you, and through you to all the citizens ..., my warmest congratulations":
        # the parser hangs the object on the last of the "to" phrases
        verb = next((a for a in list(tok.ancestors)[:5] if a.pos_ == "VERB"), verb)
    elif pat is not None and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "through") and _mine(tok):
        # "I extend to you, and through you to the people of X, my warmest congratulations": hung
        # on the last of the phrases
        verb = next((a for a in list(tok.ancestors)[:4] if a.pos_ == "VERB"), verb)
    elif tok.dep_ == "conj" and tok.head.dep_ == "dobj" and pat is not None and pat.act != "invite":
        verb = tok.head.head  # "extend warm greetings and heartfelt congratulations" (not "..., and his invitation")
    elif tok.dep_ != "dobj":
        return None
    if pat is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in carriers:
        return None
    return verb, pat


def addressee_before(verb: Token | None, refs: list[Ref], norm: str) -> Ref | None:
    """The "to" phrase of a verb before its object: "extend to you ... my congratulations"."""
    if verb is None:
        return None
    last = max((c.i for c in verb.children), default=0)
    for child in verb.children:
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        # "convey to President X his best wishes": the parser may hang the object on the name
        swallowed = obj is not None and any(c.dep_ == "appos" and _owned(c) for c in obj.children)
        if child.dep_ == "prep" and child.lower_ == "to" and (child.i < last or swallowed):
            if obj is not None and obj.lower_ == "you":  # the one the letter is to
                return (Mention(obj.idx, obj.idx + 3, "pronoun", name="you"), [])
            hit = mention_at(refs, norm, obj.left_edge.idx) if obj is not None else None
            if hit is not None and hit[1]:
                return hit
    return None


def _owned(tok: Token) -> bool:
    return any(c.dep_ == "poss" for c in tok.children)


def _mine(tok: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in tok.children)
