"""Communications a verb names: "X met Y", "Y was received by X", "X and Y discussed by
phone", "X called on Y": the parties by the verb's subject, object, passive agent and its
"to" and "with" phrases, and where the parser hung them elsewhere (:mod:`diplograph.read.misparse`).
Events named by nouns are read in :mod:`diplograph.read.noun_events`."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref
from diplograph.read.found import Found, envoys_plural, found
from diplograph.read.lexicon import Entity
from diplograph.read.misparse import guest_after_adverbials, lost_object, named_after, named_after_dash
from diplograph.read.prepositions import first_of, preps, visited
from diplograph.read.roles import _PASS, by_agents, parties, parties_of, subjects
from diplograph.read.said_again import said_again
from diplograph.read.spans import entity, phrase_end
from diplograph.read.subject_words import antecedent
from diplograph.read.triggers import OBJ, WRITTEN, Grammar, presents

if TYPE_CHECKING:
    from spacy.tokens import Token


def _visiting(tok: Token) -> Token | None:
    """ "received visiting President X": the parser may read "visiting X" as a verb of its
    own, hung on "received"; X is still the object of "received"."""
    after = next((c for c in tok.children if c.i == tok.i + 1 and c.lower_ == "visiting"), None)
    return visited(after) if after is not None else None


def verb_event(tok: Token, kind: str, refs: list[Ref], g: Grammar) -> Found | None:
    """A communication a verb names ("X met Y", "Y was received by X", "X spoke by phone with
    Y"): its parties by the verb's roles, and where the parser hung them elsewhere."""
    pp = preps(tok)
    for c in tok.children:  # "had already spoken by telephone with Y": the parser hangs "with Y" on the medium
        if c.dep_ in ("prep", "agent") and c.lower_ in g.media:
            # (after the verb's own: "met with X during a visit to Y" is with X)
            pp = {**pp, **{w: t for o in c.children if o.dep_ == "pobj" for w, t in preps(o).items() if w not in pp}}
    envoys = False  # the object is envoys in the plural
    passive = [c for c in tok.children if c.dep_ in _PASS]
    shared = not passive and any(c.dep_ == "auxpass" for c in tok.children) and tok.dep_ == "conj"
    # a participle with its agent and no subject: "the session, co-chaired by X and Y", "Y landed
    # on Sunday, welcomed at the airport by X"
    # (the parser may tag it a past tense, and join it to the verb before)
    reduced = (
        tok.tag_ in ("VBN", "VBD")
        and tok.dep_ in ("acl", "advcl", "conj")
        and any(c.dep_ == "agent" for c in tok.children)
        and not any(c.dep_.startswith("nsubj") or c.dep_ == "auxpass" for c in tok.children)
    )
    if passive or reduced:  # "Y was received by X"
        senders = by_agents(tok, refs)
        if passive:
            recipients = parties(passive[0], refs)
        else:
            recipients = parties(tok.head, refs, head_only=True) if tok.dep_ == "acl" else subjects(tok.head, refs)
        if reduced and not recipients and len(senders) < 2:  # the parser may hang X on Y's titles
            senders = _named_in(next(c for c in tok.children if c.dep_ == "agent"), refs) or senders
        if passive and not recipients and passive[0].lower_ in ("who", "whom") and tok.dep_ == "relcl":
            recipients = parties(antecedent(passive[0]), refs)  # "X sent Y, who was received by Z"
        if not recipients and len(senders) >= 2:
            senders, recipients = senders[:1], senders[1:]  # "the session was co-chaired by X and Y"
    elif shared:  # "Y arrived ... and was received by X": the subject of the verb it is joined to
        senders = by_agents(tok, refs)
        recipients = subjects(tok, refs)
    else:
        senders = subjects(tok, refs)
        # a finite verb the parser hung on its subject ("The President, X, received ..." read as a
        # participle, in a sentence left with no verb)
        if not senders and tok.dep_ == "acl" and (tok.tag_ == "VBD" or tok.head.dep_ == "ROOT"):
            senders = [e for e in parties(tok.head, refs) if e.kind == "person"][:1]
        obj = next((c for c in tok.children if c.dep_ in OBJ), None) or _visiting(tok)
        direct = tok.lemma_.lower() in g.direct
        # a direct object is a party only when a name stands at its head ("received the minister
        # X", not "welcomed Tajikistan's participation")
        # ("received messages from X": the message's, though the parser joins X to the object)
        event = obj is not None and obj.lemma_.lower() in g.nouns
        recipients = parties(obj, refs, head_only=True) if obj is not None and direct and not event else []
        envoys = not recipients and obj is not None and direct and envoys_plural(obj)
        if envoys:  # "received the new ambassadors of A, B and C": each state's, one after another
            recipients = parties(obj, refs)
        if obj is None and direct:  # "received on Monday the Ambassador of X to Y": the parser lost the object
            recipients = named_after(tok, refs)
        # the first "to" or "with" phrase that names someone else ("To Lam met with X": not "to Lam")
        others = ((t, parties_of(t, refs)) for w, t in pp.items() if w in g.to_party)
        # "received the credentials ... to Nepal": not whom it received; "cabled congratulations to Y": Y
        if not recipients and (obj is None or not direct or (event and kind in WRITTEN)):
            to, recipients = next(((t, e) for t, e in others if e and not set(e) <= set(senders)), (None, []))
            recipients += [e for e in said_again(to, refs) if e not in recipients]  # "met with X and with Y"
        if not recipients and obj is not None and not direct:  # "discussed security with Y": hung on the topic
            recipients = [e for e in parties_of(first_of(preps(obj), g.to_party), refs) if e.kind == "person"]
        if not recipients:  # "spoke by telephone with Y": the parser hangs "with Y" on the medium
            # (not "spoke to reporters after a meeting with Y": only a medium's phrase)
            hung = (
                preps(o)
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in g.media
                for o in c.children
                if o.dep_ == "pobj"
            )
            recipients = next((e for pp2 in hung if (e := parties_of(first_of(pp2, g.to_party), refs))), [])
        after = next((c for c in tok.children if c.dep_ in ("prep", "prt") and c.i == tok.i + 1), None)
        if not recipients and after is not None and f"{tok.lemma_.lower()} {after.lower_}" in g.verbs:
            recipients = parties_of(after, refs) or named_after(after, refs)  # "called on X", not "on Monday" before it
        if not recipients and event and direct:
            return None  # "received phone calls from X, Y and Z": the calls' own, read from the noun
        if not recipients and obj is not None and direct:  # "met the Presidents of A and B – X and Y"
            recipients = named_after_dash(obj, refs)
        if not recipients and obj is not None and direct and not (envoys_plural(obj) and len(senders) == 1):
            return None  # "they are receiving medical care" (envoys of no name: those of a ceremony, named after)
        if not recipients and obj is None and direct:  # the parser lost the object: the name right after
            recipients = named_after(tok, refs) or lost_object(tok, refs)
            recipients = recipients or (guest_after_adverbials(tok, refs) if len(senders) == 1 else [])
        presented = any(presents(o, g) for o in tok.children if o.dep_ in OBJ)
        if not recipients and len(senders) > 1 and not presented:  # "X and Y discussed by phone"
            # (not "X, Y and Z presented their credentials one after another": to the host named before)
            senders, recipients = senders[:1], senders[1:]
    if kind == "phone_call" and len(senders) == 1 and called_back(tok, recipients, refs):
        senders, recipients = recipients[:1], senders  # "X spoke with Y, who called to offer help": Y's call
    got = found(kind, senders, recipients, tok)
    if got is not None and envoys and len(recipients) > 1:
        return replace(got, separately=True)
    if got is not None and kind == "phone_call" and tok.lemma_.lower() in g.cued[kind] and not _by_medium(tok, g):
        return replace(got, unless_met=True)
    if got is not None and kind == "talks":  # "co-chaired": the talks of the co-chairs, unless they met
        return replace(got, unless_met=True)
    return got


def gapped(tok: Token, got: Found, refs: list[Ref]) -> list[Found]:
    """ "On Tuesday he met X, and on Wednesday Y": a second clause that leaves its verb out (the
    parser joins Y to the verb) is a contact of the same kind with Y, on its own day."""
    if tok.pos_ != "VERB" or not got.recipients:
        return []
    more: list[Found] = []
    for c in tok.children:
        if c.dep_ != "conj" or c.pos_ not in ("PROPN", "NOUN") or any(x.dep_.startswith("nsubj") for x in c.children):
            continue
        who = [e for e in parties(c, refs, head_only=True) if e.kind == "person"]
        if who and not set(who) & {*got.senders, *got.recipients}:
            last = phrase_end(c)
            more.append(replace(got, recipients=who, start=c.idx, end=last.idx + len(last.text)))
    return more


def _named_in(phrase: Token, refs: list[Ref]) -> list[Entity]:
    """The people named inside a phrase, in order, however the parser hung them."""
    start, end = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge)
    named = (es[0] for m, es in refs if es and es[0].kind == "person" and start <= m.start and m.end <= end)
    return list(dict.fromkeys(named))


def _by_medium(tok: Token, g: Grammar) -> bool:
    """The verb names its medium ("spoke by telephone", "talked in a video call")."""
    return any(
        w.lemma_.lower() in g.needs["phone_call"]
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in g.media
        for w in c.subtree
    )


_CALLED = frozenset({"call", "phone", "telephone", "ring", "dial"})
_PLACED = frozenset({"place", "make", "initiate", "request"})


def called_back(tok: Token, recipients: list[Entity], refs: list[Ref]) -> bool:
    """The other party of a call is the one "who called" ("X spoke with Y, who called to ...",
    "... with Y, who placed the call")."""
    return bool(recipients) and any(
        t.dep_ == "relcl"
        and (
            t.lemma_.lower() in _CALLED
            or (
                t.lemma_.lower() in _PLACED
                and any(c.dep_ == "dobj" and c.lemma_.lower() in ("call", "conversation") for c in t.children)
            )
        )
        and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in t.children)
        and entity(t.head, refs)[:1] == recipients[:1]
        for t in tok.sent
        if t.i > tok.i
    )
