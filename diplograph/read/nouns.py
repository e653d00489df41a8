"""Acts named by a noun that a carrying verb takes as its object ("I extend to you ... my
congratulations", "to offer condolences"): the noun lemmas and carriers of
``ingest/grammar/acts.yaml``, and the verb's "to" phrase that names the addressee."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref, mention_at
from diplograph.read.lexicon import ActPattern, grammar_acts, lexicon
from diplograph.read.mentions import Mention
from diplograph.read.principals import passer

if TYPE_CHECKING:
    from spacy.tokens import Token


@cache
def _nouns() -> tuple[dict[str, ActPattern], frozenset[str]]:
    """Noun lemma -> the phrase entry of its act whose addressee follows as "to"; the carrying verbs."""
    data = grammar_acts()
    out: dict[str, ActPattern] = {}
    for lemma, act in data.get("nouns", {}).items():
        entry = next((p for p in lexicon().acts if p.act == act and p.addressee == "to" and p.mode == "object"), None)
        if entry is not None:
            out[lemma] = entry
    return out, frozenset(data.get("carriers", []))


def nouns() -> frozenset[str]:
    """The nouns of acts a carrying verb takes ("congratulations", "invitation" ...)."""
    return frozenset(_nouns()[0])


def carriers() -> frozenset[str]:
    """The verbs that carry an act noun as the speaker's own ("extend", "convey", "express" ...)."""
    return _nouns()[1]


def carried_by(tok: Token) -> tuple[Token, ActPattern] | None:
    """The verb and act of a noun an act is carried by, as the verb's object."""
    nouns, carriers = _nouns()
    pat = (nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)) if tok.pos_ == "NOUN" else None
    passing = passer(tok) if pat is not None else None  # a messenger's verb ("passed on X's wishes")
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
    elif pat is not None and tok.dep_ == "pobj" and passing is not None:
        verb = passing  # "..., together with his wishes of ...", "passed on X's wishes" read as a phrase
    elif (
        pat is not None
        and (tok.dep_ == "ROOT" or (tok.dep_ == "dobj" and verb.lemma_.lower() not in carriers))
        and (split := _split_off(tok)) is not None
    ):
        # "asked him to convey to Prime Minister X his invitation": the parser hung the object on
        # another verb, or on none, past the carrying verb's "to" phrase
        verb = split
    elif tok.dep_ != "dobj":
        return None
    if pat is None or verb.pos_ != "VERB" or (verb.lemma_.lower() not in carriers and passing is None):
        return None
    return verb, pat


def _split_off(tok: Token) -> Token | None:
    """The verb whose "to" phrase ends right before a noun ("to convey to Prime Minister X his
    invitation to visit")."""
    at = tok.left_edge.i - 1
    before = tok.doc[at] if at >= 0 else None
    if before is None or before.dep_ != "pobj" or before.head.lower_ != "to" or before.head.head.pos_ != "VERB":
        return None
    return before.head.head


def addressee_before(verb: Token | None, refs: list[Ref], norm: str, noun: Token | None = None) -> Ref | None:
    """The "to" phrase of a verb before its object ("extend to you ... my congratulations"), or
    its indirect object ("brought him an invitation")."""
    if verb is None:
        return None
    last = max([c.i for c in verb.children] + ([noun.i] if noun is not None else []), default=0)  # (its object)
    for child in verb.children:
        if child.dep_ == "dative" and child.i < last and child.lower_ != "to":  # "brought him an invitation from X"
            if child.pos_ == "PRON":  # whom the messenger spoke to
                return (Mention(child.idx, child.idx + len(child.text), "pronoun", name=child.lower_), [])
            hit = mention_at(refs, norm, child.left_edge.idx)
            if hit is not None and hit[1]:
                return hit
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        # "convey to President X his best wishes": the parser may hang the object on the name
        swallowed = obj is not None and any(c.dep_ == "appos" and _owned(c) for c in obj.children)
        # (a "to" the parser read as the indirect object, only before the act's noun: "convey his
        # greetings to X, together with his wishes")
        before = child.dep_ == "prep" or (noun is not None and child.i < noun.i)
        if child.dep_ in ("prep", "dative") and child.lower_ == "to" and before and (child.i < last or swallowed):
            if obj is not None and obj.lower_ == "you":  # the one the letter is to
                return (Mention(obj.idx, obj.idx + 3, "pronoun", name="you"), [])
            hit = mention_at(refs, norm, obj.left_edge.idx) if obj is not None else None
            if hit is not None and hit[1]:
                return hit
    return None


def invited_to(noun: Token | None, refs: list[Ref], norm: str) -> tuple[Ref | None, int] | None:
    """Who an invitation's clause names and where what it invites to starts ("the sultan's
    invitation for Trump to visit Muscat": Trump, "visit Muscat"; "an invitation from X to
    visit Y": "visit Y")."""
    if noun is None or noun.lemma_.lower() != "invitation":
        return None
    to = next((c for c in noun.subtree if c.dep_ in ("acl", "advcl") and c.pos_ == "VERB" and _infinitive(c)), None)
    if to is None or (noun.i < to.i and any(t.lemma_.lower() == "accept" for t in noun.doc[noun.i : to.i])):
        return None
    # "for Trump to visit", "an invitation from X to His Majesty the Sultan to pay ..."
    to_whom = [
        o for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"
    ]
    whom = next((c for c in [*to.children, *to_whom] if c.dep_ in ("nsubj", "pobj") and c.i < to.i), None)
    hit = mention_at(refs, norm, whom.left_edge.idx) if whom is not None else None
    return (hit if hit is not None and hit[1] else None), to.idx


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _owned(tok: Token) -> bool:
    return any(c.dep_ == "poss" for c in tok.children)


def _mine(tok: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in tok.children)
