"""Event nouns no verb carries: their parties by their own prepositions ("a letter from X to
Y", "a cable from X, which was handed over to Y"), by the verb whose phrase they stand in ("X
thanked Y during a phone call", "In a phone conversation with X, Y expressed ..."), or by a
participle of hosting ("X attended the breakfast hosted by Y")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from diplograph.read.addressed import to_within
from diplograph.read.clauses import Ref
from diplograph.read.found import Found
from diplograph.read.found import found as _found
from diplograph.read.lexicon import Entity
from diplograph.read.misparse import object_of, relative_on_thing
from diplograph.read.prepositions import first_of, preps
from diplograph.read.roles import by_agents, parties, parties_of, subjects
from diplograph.read.triggers import OBJ, WRITTEN, Grammar

if TYPE_CHECKING:
    from spacy.tokens import Token


def uncarried(
    tok: Token,
    kind: str,
    refs: list[Ref],
    g: Grammar,
    pp: dict[str, Token],
    poss: list[Token],
    *,
    named_before: bool,
) -> Found | None:
    """The communication a noun no verb carries names (``pp``: its prepositions' objects;
    ``poss``: its possessives)."""
    one = tok.lower_ == "one"  # "among the messages was one from X": it stands for them
    senders = parties_of(first_of(pp, g.from_party), refs) or parties_of(poss[0] if poss else None, refs)
    recipients = parties_of(first_of(pp, g.to_party), refs)
    if poss and senders and senders == recipients:
        senders = _whose_own(tok, refs)
    got = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in g.carry_from), None)
    if not recipients and got is not None:
        recipients = by_agents(got, refs)  # "In a phone call received by X, Y extended ...": X took it
    # "a cable from X ... was handed to Y"; "a letter from X, which was handed over to Y" (the
    # parser may hang the clause on X)
    which = [c for o in (first_of(pp, g.from_party),) if o is not None for c in o.children if relative_on_thing(c)]
    hand = next((c for c in [*tok.children, *which] if c.pos_ == "VERB" and c.lemma_.lower() in g.hand_over), None)
    if senders and not recipients and kind in WRITTEN and hand is not None:
        recipients = parties_of(first_of(preps(hand), g.to_party), refs)  # "a cable from X ... was handed to Y"
        if recipients:
            return _found(kind, senders, recipients, tok, handed=True)
    similar = any(c.lower_ == "similar" for c in tok.children)  # "... along with a similar cable from Z"
    if senders and not recipients and kind in WRITTEN and (similar or one):
        return _found(kind, senders, [], tok, to_host=True)  # "among the messages was one from Z"
    if not senders and not recipients and kind in WRITTEN and tok.dep_ == "attr" and tok.head.lemma_ == "be":
        # "Among the first to arrive was the message of X": X's, in a round-up to its receiver
        whose = [e for e in parties_of(pp.get("of"), refs) if e.kind == "person"]
        if whose:
            return _found(kind, whose[:1], [], tok, to_host=True)
    if not recipients and kind in WRITTEN and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        recipients = to_within(tok, refs, g)  # "in a message sent to Y"
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "for", "at", "after") else None
    if verb is None and recipients and tok.dep_ == "pobj" and tok.head.lower_ == "with":
        verb = tok.head.head  # "X followed up with a call to Y"
    if verb is not None and verb.pos_ == "NOUN" and verb.dep_ not in OBJ:
        # "discussed the return of migrants, trade and the sharing of water in a phone call": hung
        # on the last of the objects the verb lists
        verb = object_of(verb)
    if verb is not None and verb.pos_ == "NOUN" and verb.dep_ in OBJ and verb.head.pos_ == "VERB" and _fresh(tok):
        verb = verb.head  # "X reaffirmed support for Y in a call with Z": hung on the object
    rooted = verb is not None and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)
    if not senders and recipients and verb is not None and (verb.pos_ in ("VERB", "AUX") or rooted):
        # (or a verb the parser took for an adjective: "..., the leader highly appreciated ...")
        # "In a phone conversation with X, Y expressed ..."; "..., the two leaders congratulated each other"
        said = subjects(verb, refs)
        if not said and any(c.dep_ == "nsubjpass" for c in verb.children):
            said = by_agents(verb, refs)  # "The letter was handed over by X during a meeting with Y": X's
        senders = [e for e in said if e not in recipients] if len(said) > 1 else said
        if len(senders) > 1 and len(senders) == len(said):  # "At the meeting with Y, the two presidents
            senders = senders[:1]  # signed ...": the two are the meeting's, the first of them and Y
    elif not senders and recipients and verb is not None and verb.dep_ in ("nsubj", "nsubjpass"):
        senders = parties(verb, refs, head_only=True)  # "X, in a phone conversation with Y, discussed ..."
    elif not senders and recipients and verb is not None and verb.dep_ == "appos" and kind in WRITTEN:
        # "X, in a message sent to Y on Sunday, extended warm congratulations ...", where the
        # parser made the greetings X's apposition
        senders = parties(verb.head, refs, head_only=True)
    hosted = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in g.placed), None)
    if not senders and not recipients and hosted is not None and tok.dep_ in OBJ and kind == "meeting":
        # "X attended the breakfast hosted by Y": Y's, with X
        hosts, guests = by_agents(hosted, refs), subjects(tok.head, refs)
        if hosts and guests:
            return _found(kind, hosts[:1], [e for e in guests if e not in hosts], tok)
    if not senders and not recipients and verb is not None and kind in WRITTEN and _fresh(tok):
        # "X was among the first to write, in a message sent on Saturday": to the round-up's receiver
        said = [e for e in subjects(verb, refs) if e.kind == "person"]
        if verb.pos_ in ("VERB", "AUX") and len(said) == 1:
            return _found(kind, said, [], tok, to_host=True, loose=True)
    if not senders and not recipients and verb is not None and verb.dep_ == "nsubj" and kind not in WRITTEN:
        both = parties(verb, refs)  # "X and Y in a telephone conversation exchanged views": hung on X
        senders, recipients = both[:1], both[1:]
    if not senders and not recipients and verb is not None and kind not in WRITTEN:
        # "X hosted Y for talks", "X thanked Y during a phone call", "At a meeting, X told Y":
        # the verb's subject and the person it names as object
        obj = next((c for c in verb.children if c.dep_ in OBJ), None)
        them = parties(obj, refs, head_only=True) if obj is not None else []
        them = them or parties_of(first_of(preps(verb), g.to_party), refs)  # "expressed condolences to X during a call"
        if tok.head.lower_ == "for" or (them and all(e.kind == "person" for e in them)):
            senders, recipients = subjects(verb, refs), them
        elif len(both := subjects(verb, refs)) >= 2:  # "X and Y signed ... after talks"
            found = _found(kind, both[:1], both[1:], tok)
            return replace(found, named_before=named_before) if found is not None else None
    return parted(kind, senders, recipients, tok)


def parted(kind: str, senders: list[Entity], recipients: list[Entity], tok: Token) -> Found | None:
    """The communication of the parties found; "The centrepiece of the day was a round of talks
    with X": whoever the report has visiting."""
    alone = not senders and kind in ("meeting", "talks") and all(e.kind == "person" for e in recipients)
    return _found(kind, senders, recipients, tok, by_visitor=alone)


def _fresh(tok: Token) -> bool:
    """An event told as one of its own ("in a phone call"), not a topic ("success in the negotiations")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def borne(tok: Token, kind: str, refs: list[Ref], g: Grammar) -> Found | None:
    """A letter or message someone is the bearer of ("received the Minister Y, bearer of a
    written message from X"; "Y was the bearer of a letter from X"): X's, handed over by Y to
    whom Y met, unless a "to" names another."""
    of = tok.head
    if kind not in WRITTEN or tok.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in g.bearers:
        return None
    frm = first_of(preps(tok), g.from_party)
    own = parties_of(frm, refs)
    if frm is not None and frm.lower_ in ("brother", "sister"):  # "from his brother, the President of Y, X": X
        end = frm.sent.end_char
        own = [es[0] for m, es in refs if es and es[0].kind == "person" and frm.idx < m.start < end][:1] or own
    bearer = of.head
    if bearer.dep_ == "attr":  # "Y was the bearer of ...": the subject
        by = subjects(bearer.head, refs)
    else:  # "..., Y, bearer of ...": the person named last before it, however the parser hung it
        opens = bearer.sent.start_char
        named = [es[0] for m, es in refs if es and es[0].kind == "person" and opens <= m.start < m.end <= bearer.idx]
        by = named[-1:]
    to = parties_of(first_of(preps(tok), g.to_party), refs)
    found = _found(kind, own, to, tok, to_host=not to, handed=True)
    return replace(found, messenger=tuple(e for e in by if e.kind == "person")) if found is not None else None


def _whose_own(tok: Token, refs: list[Ref]) -> list[Entity]:
    """Whose a contact is where its possessive can only be the other side's ("In his meeting
    with X, the Senegalese leader commended Y": his is Y's, whom the clause turns to, not X's)."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "during") else None
    obj = next((c for c in verb.children if c.dep_ in OBJ), None) if verb is not None else None
    return [e for e in parties(obj, refs, head_only=True) if e.kind == "person"][:1] if obj is not None else []
