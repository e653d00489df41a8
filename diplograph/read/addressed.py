"""Whom a written word's message goes to where the parser hung the party away from it: a
"to" deeper in the phrase ("messages on the occasion of the holiday to X"), a participle's
object ("sent a message congratulating X"); and greetings a verb carries "in his message"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref
from diplograph.read.lexicon import Entity
from diplograph.read.roles import parties, parties_of
from diplograph.read.triggers import MEDIA_NOUNS, OBJ, Grammar

if TYPE_CHECKING:
    from spacy.tokens import Token


def to_within(tok: Token, refs: list[Ref], g: Grammar) -> list[Entity]:
    """The party after a "to" further inside the phrase ("messages on the occasion of the
    holiday to X"), where the parser hung it on a word of the topic."""
    carrier = tok.head if tok.head.pos_ in ("VERB", "AUX") else tok
    for t in carrier.subtree:
        # (for a letter, not "with": "reaffirming Guatemala's friendship with Taiwan" names no one it
        # was sent to; for talks, "held a round of talks with X" does)
        to = t.lower_ == "to" or (t.lower_ in g.to_party and tok.lemma_.lower() not in MEDIA_NOUNS)
        if t.i > tok.i and t.dep_ in ("prep", "dative") and to and t.head not in (tok, carrier):
            if t.head.lemma_.lower() in g.visit_nouns or _elsewhere(t, carrier):
                continue  # "held talks ... on the first day of X's visit to Serbia": where X went
            obj = next((o for o in t.children if o.dep_ == "pobj"), None)
            found = [e for e in parties_of(obj, refs) if e.kind in ("person", "state")]
            if found:
                return found
    return []


_READER_VERBS = frozenset({"invite", "congratulate", "thank", "ask", "urge"})


def reader_named(tok: Token, refs: list[Ref]) -> list[Entity]:
    """The person a participle on a letter addresses ("a letter from X inviting the President of
    Uruguay, Y, to attend ...", "a message from X congratulating President Y on ..."): whom it
    was written to, whoever handed it over to whom."""
    for c in tok.subtree:  # (the parser may hang the participle on the "from" or the writer's name)
        if c.dep_ in ("acl", "pcomp") and c.pos_ == "VERB" and c.lemma_.lower() in _READER_VERBS:
            obj = next((o for o in c.children if o.dep_ == "dobj" and o.pos_ != "PRON"), None)
            found = [e for e in parties_of(obj, refs) if e.kind == "person"]
            if found:
                return found[:1]
    return []


def _elsewhere(to: Token, carrier: Token) -> bool:
    """A "to" that tells of another event inside the phrase: what a letter invites its reader to
    ("a letter from X inviting Y to undertake a State Visit to Brazil"), or a relative clause ("a
    letter ..., on a tour that also took him to W"); not whom the letter went to."""
    for t in to.ancestors:
        if t == carrier:
            return False
        if t.dep_ == "relcl" or t.lemma_.lower() == "invite":
            return True
    return False


def in_a_message(tok: Token) -> bool:
    """A greeting carried by a verb that stands "in his message" or "in the letter" (or whose
    subject does, where the parser hung the phrase on it: "the monarch in the message extended
    his condolences")."""
    verb = tok.head
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_ in MEDIA_NOUNS for o in c.children)
        for c in [*verb.children, *(w for s in subject for w in s.children)]
    )


def greeted(tok: Token, refs: list[Ref]) -> list[Entity]:
    """Whom a message's participle greets: "sent a message congratulating X on ..."."""
    for c in [*tok.children, *tok.head.children]:
        if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG":
            obj = next((o for o in c.children if o.dep_ in OBJ), None)
            found = [e for e in parties(obj, refs, head_only=True) if e.kind == "person"] if obj is not None else []
            if found:
                return found
    return []
