"""Contacts a sentence names without their being news of this report: planned, invited,
hoped-for, only agreed or recalled ("agreed to meet at the summit", "X would travel to Y for
the leaders' meeting"), read over the parse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph.read.triggers import MEDIA_NOUNS, OBJ, Grammar, presents

if TYPE_CHECKING:
    from spacy.tokens import Token


def not_news(tok: Token, g: Grammar) -> bool:
    """Planned, invited, hoped-for, only agreed or recalled: not an event of this report."""
    near = [*tok.children, *tok.head.children] if tok.dep_ in (*OBJ, "pobj") else list(tok.children)
    taken = _accepted(tok, g)
    other = ("prep", "pobj", "conj", "cc", "punct", "advcl", "ccomp", "appos", "relcl")  # not about this event
    written = tok.lemma_.lower() in MEDIA_NOUNS  # "a letter from X inviting him to ...": what it says
    talked = tok.pos_ == "VERB" and tok.lemma_.lower() in g.topical  # "discussed the plan by phone": its topic
    if any(
        c.lemma_.lower() in g.not_news or c.dep_ == "neg"
        for c in near
        if c != taken
        if c.dep_ not in other and not (written and c.dep_ == "acl" and c.tag_ == "VBG" and c.head.i == tok.i)
        if not (talked and c.dep_ == "dobj" and c.head.i == tok.i)
        if not (c.pos_ == "VERB" and c.lower_ == "lasting")  # "talks lasting two hours": how long, not the last
    ):
        return True
    owner = tok.head.head if tok.dep_ == "pobj" else None
    if (
        owner is not None
        and owner.pos_ == "VERB"
        and owner.lemma_.lower() in g.verbs
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in owner.children)
        and not_news(owner, g)
    ):
        return True  # "agreed to meet at the summit": where a contact only planned is to be
    up = [a for a in _clause_ancestors(tok)[:4] if a != taken and not _requested_by(tok, a)]
    if tok.dep_ == "pobj" and tok.head.lower_ in g.circumstance:  # "discussed ... in a phone conversation"
        # the call was held; so were "their talks" in which they agreed "to expand trade"
        up = [a for a in up if a.pos_ not in ("VERB", "AUX") or a.lemma_.lower() not in g.topical]
        # "In a letter to X, Y recalled that ...": what the letter said, not a letter recalled
        said = tok.head.head
        up = [a for a in up if not (a == said and any(c.dep_ == "ccomp" for c in a.children))]
    if any(a.lemma_.lower() in g.not_news for a in up):
        return True
    verb = next((a for a in up if a.pos_ in ("VERB", "AUX")), None)
    if (
        verb is not None
        and verb is not tok
        and any(c.dep_ == "aux" and c.lemma_.lower() in g.not_news for c in verb.children)
    ):
        return True  # "X would travel to Canberra for the leaders' meeting": the clause is in the future
    if any(v is not None and _is_to(v) for v in (verb, tok if tok.pos_ == "VERB" else None)):
        return True  # "Brussels, where he is to meet X": the future of "be to"
    if (
        tok.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
        and tok.head.lemma_ == "be"
        and any(c.dep_ == "acomp" and c.lemma_.lower() in g.not_news for c in tok.head.children)
    ):
        return True  # "X is due in Y on 27 November to co-chair the Forum with Z": not yet
    if any(
        v is not None
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children)
        and (
            any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in g.not_news for c in v.head.children)
            or (v.dep_ in ("acl", "advcl") and v.head.pos_ == "NOUN" and v.head.lemma_.lower() in g.not_news)
        )
        for v in (verb, tok if tok.pos_ == "VERB" else None)
    ):
        # "extended an invitation to X to pay a visit to Y", "... to X to visit Y", "an invitation
        # for X to pay a state visit to Y": the invitation's
        return True
    # "views on the agenda of the visit ... planned for next year": the parser may hang the
    # participle on a noun further up
    return any(
        c.dep_ == "acl" and c.lemma_.lower() in g.not_news and not (written and c.head.i == tok.i and c.tag_ == "VBG")
        for a in up
        for c in a.children
    )


def _is_to(verb: Token) -> bool:
    """A verb in the future of "be to" ("he is to meet X", "the two are to sign")."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ == "be"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children)
    )


def _requested_by(tok: Token, verb: Token) -> bool:
    """ "X's meeting with Y was requested by the Russian side": who sought the contact, told
    after it was held, not a contact only asked for."""
    return (
        tok.dep_ == "nsubjpass"
        and tok.head == verb
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() == "request"
        and any(c.dep_ == "agent" for c in verb.children)
    )


def _accepted(tok: Token, g: Grammar) -> Token | None:
    """The verb by which a host took what a guest presents ("X accepted the credentials of Y":
    the ceremony, not an acceptance of something to come)."""
    return tok.head if presents(tok, g) and tok.dep_ in OBJ and tok.head.lemma_.lower() in g.accepts else None


def _clause_ancestors(tok: Token) -> list[Token]:
    """The words a word hangs on, up to its clause's verb: "agreed ..., as the two leaders held
    talks" holds talks now; "agreed to hold talks" only plans them."""
    out: list[Token] = []
    while tok.head.i != tok.i:
        # "A and B agreed to ..., as the two leaders met": a clause of its own, in the past (not on a
        # participle's: "in a letter handed over by X when he called on Y")
        own = tok.tag_ == "VBD" and tok.head.dep_ != "acl" and any(c.dep_ == "nsubj" for c in tok.children)
        if tok.dep_ in ("advcl", "relcl") and (out or own or tok.tag_ == "VBG" or tok.dep_ == "relcl"):
            # ("X, who spoke by phone with Y on Monday, is expected to travel": the call was held)
            break  # "agreed Saturday to restore ties, meeting on the sidelines": the meeting was held
        if out and tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            break  # "A and B agreed to ... as X held talks with Y": a clause of its own
        tok = tok.head
        out.append(tok)
    return out
