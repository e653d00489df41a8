"""Round-ups: one report of many senders. Who receives them all ("Messages addressed to X
continue to arrive", "X has received messages of congratulations", "Congratulations were also
received by Y"), and who did the same as a sender ("..., as did the leaders of A and B")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref
from diplograph.read.found import Found, found
from diplograph.read.lemmas import having, triggering
from diplograph.read.lexicon import Entity
from diplograph.read.news import not_news
from diplograph.read.prepositions import first_of, preps
from diplograph.read.roles import by_agents, parties, parties_of, subjects
from diplograph.read.spans import phrase_end, tokens
from diplograph.read.subject_words import subject_token
from diplograph.read.triggers import OBJ, WRITTEN, grammar, kind_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_ADDRESSED = frozenset({"address", "send", "direct"})


def received_also(sent: Span) -> bool:
    """A sentence that names another receiver of the round-up ("... were also received by X")."""
    return any(t.lower_ == "also" and t.head.lemma_.lower() in grammar().carry_from for t in sent)


_QUANTITIES = frozenset(
    {"number", "lot", "series", "host", "flood", "stream", "wave", "dozen", "dozens", "hundred"}
    | {"flurry", "raft", "slew", "deluge", "avalanche", "spate", "torrent", "batch", "pile", "bunch"}
)
"""Nouns that count what follows their "of" ("a number of messages")."""


def receivers(sent: Span, refs: list[Ref]) -> tuple[list[Entity], str]:
    """Who "has received messages of congratulations" from senders the sentence does not name:
    the one the report's round-up of messages goes to; and the phrase that says what they carry."""
    g = grammar()
    for tok in triggering(sent, g.words):
        kind = kind_of(tok, g)
        if kind is None:
            continue  # no message or call
        addressed = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _ADDRESSED), None)
        if addressed is not None and tok.dep_ in ("nsubj", "nsubjpass") and kind in WRITTEN:
            # "Messages addressed to X ... continue to arrive from heads of state"
            to = [e for e in parties_of(first_of(preps(addressed), g.to_party), refs) if e.kind == "person"]
            if to and first_of(preps(tok), g.from_party) is None:
                return to[:1], tok.doc[tok.left_edge.i : phrase_end(tok).i + 1].text
        receiver = tok.head if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in g.carry_from else None
        if receiver is not None and first_of(preps(tok), g.from_party) is None and kind in WRITTEN:
            # "Congratulations were also received by X"
            by = [e for e in by_agents(receiver, refs) if e.kind == "person"]
            if by and first_of(preps(receiver), g.from_party) is None:
                return by[:1], tok.doc[tok.left_edge.i : phrase_end(tok).i + 1].text
        sent_to = tok.dep_ in OBJ and tok.head.lemma_.lower() in _ADDRESSED and kind in WRITTEN
        if sent_to and not any(e.kind == "person" for e in subjects(tok.head, refs)):
            # "Heads of state ... continue to send congratulatory messages to X": no one named sends
            # "messages of condolence to X": the parser may hang "to X" on what the messages carry
            carried = {k: v for c in tok.children if c.lower_ == "of" for o in c.children for k, v in preps(o).items()}
            named = parties_of(first_of({**carried, **preps(tok.head), **preps(tok)}, g.to_party), refs)
            # to a person; or to a state, where the messages go to no one of it ("... to Peru after the earthquake")
            to = [e for e in named if e.kind == "person"] or [e for e in named if e.kind == "state"]
            if to:
                return to[:1], tok.doc[tok.left_edge.i : phrase_end(tok).i + 1].text
        # "has received a number of congratulatory messages from foreign heads of state": the messages
        many = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        obj = many if many is not None and many.lemma_.lower() in _QUANTITIES else tok
        # (or calls: "received phone calls from a number of leaders", whose calls follow)
        if obj.dep_ not in OBJ or obj.head.lemma_.lower() not in g.carry_from or kind not in _ROUNDED:
            continue
        if kind not in WRITTEN and tok.tag_ != "NNS":
            continue  # calls in the plural only: "received a phone call from X" is X's
        frm = first_of({**preps(obj.head), **preps(obj), **preps(tok)}, g.from_party)
        # "from her peers", "from Heads of State" (a capitalised plural, whose lemma the parser leaves)
        many_of = frm is not None and (
            (frm.tag_ == "NNS" and frm.lemma_.lower() in _MANY)
            or (frm.tag_ == "NNPS" and frm.lower_.removesuffix("s") in _MANY)
        )
        if many_of or not parties_of(frm, refs):
            phrase = tok.doc[obj.left_edge.i : phrase_end(tok).i + 1].text
            return [e for e in subjects(obj.head, refs) if e.kind == "person"][:1], phrase
    return hailed_by_many(sent, refs)


_ROUNDED = frozenset({*WRITTEN, "phone_call"})
_MANY = frozenset(
    {"leader", "neighbour", "neighbor", "head", "government", "president", "counterpart", "ally", "peer", "colleague"}
)
_HAILING = frozenset({"congratulate", "felicitate"})


def hailed_by_many(sent: Span, refs: list[Ref]) -> tuple[list[Entity], str]:
    """ "Regional leaders have moved quickly to congratulate X on his re-election", "World
    leaders congratulated X": many no one names hail one person, whose messages follow."""
    g = grammar()
    for tok in having(sent, _HAILING):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _HAILING or not_news(tok, g):
            continue
        who = subject_token(tok)
        if who is None or who.tag_ != "NNS" or who.lemma_.lower() not in _MANY:
            continue
        if any(e.kind == "person" for e in parties(who, refs)):
            continue  # "the leaders, X and Y, congratulated ...": named, each their own
        hailed = [e for c in tok.children if c.dep_ in OBJ for e in parties(c, refs) if e.kind == "person"]
        if hailed:
            return hailed[:1], tok.doc[tok.i : phrase_end(tok).i + 1].text
    return [], ""


def likewise(doc: Doc, at: int, refs: list[Ref]) -> list[Entity]:
    """Who did the same, told by "as did X" after the contact's verb ("Lula also sent a message
    to Y, as did the leaders of A and B"): each of them, as senders of their own."""
    span = tokens(doc, at, at + 1)
    if span is None or not len(span):
        return []
    tok = span[0]
    verb = tok.head if tok.dep_ in OBJ else tok
    for c in verb.children:
        if c.dep_ == "advcl" and c.lemma_ == "do" and any(w.lower_ == "as" for w in c.children):
            return parties(next((w for w in c.children if w.dep_ == "nsubj"), None), refs)
    return []


def exchanged_by(tok: Token, kind: str, refs: list[Ref]) -> list[Found]:
    """Messages exchanged in the passive by pairs ("Similar messages were exchanged by A and B; by
    C and his counterpart D; and by E and F"): each pair's messages, one each way."""
    g = grammar()
    verb = tok.head
    if kind not in WRITTEN or tok.dep_ != "nsubjpass" or verb.lemma_.lower() not in g.mutual:
        return []
    # every "by" inside the agent phrases (the parser hangs "...; and by E and F" on those before)
    starts = sorted({t.idx for a in verb.children if a.dep_ == "agent" for t in a.subtree if t.lower_ == "by"})
    pairs = []
    for at, end in zip(starts, [*starts[1:], verb.sent.end_char], strict=True):
        ents = list(dict.fromkeys(es[0] for r, es in refs if es and at <= r.start < end))
        people = [e for e in ents if e.kind == "person"]
        ents = people if len(people) >= 2 else ents  # "by X and his Cuban counterpart Y": not Cuba
        if len(ents) == 2:
            pairs.append(found(kind, ents[:1], ents[1:], tok, mutual=True))
    return [f for f in pairs if f is not None]


def sent_in_pairs(tok: Token, kind: str, refs: list[Ref]) -> list[Found]:
    """Messages sent in the passive by pairs ("Similar messages were sent by A to B and by C to
    D"): each sender's to the one named after it (the parser hangs the second "by" anywhere)."""
    g = grammar()
    verb = tok.head
    if kind not in WRITTEN or tok.dep_ != "nsubjpass" or verb.lemma_.lower() not in g.carry_to:
        return []
    words = [t for t in verb.subtree if t.i > verb.i and t.dep_ in ("agent", "prep", "conj", "dative")]
    bys = [t.idx for t in words if t.lower_ == "by"]
    if len(bys) < 2:
        return []
    pairs = []
    for at, end in zip(bys, [*bys[1:], verb.sent.end_char], strict=True):
        to = next((t.idx for t in words if t.lower_ == "to" and at < t.idx < end), None)
        if to is None:
            return []
        senders, recipients = _named(refs, at, to), _named(refs, to, end)
        if not senders or not recipients:
            return []
        pairs.append(found(kind, senders, recipients, tok))
    return [f for f in pairs if f is not None]


def _named(refs: list[Ref], start: int, end: int) -> list[Entity]:
    """Who is named between two offsets: the people named by name, else the states and bodies
    ("by President of the Senate X": X, not the Senate nor whom "President" stood for before)."""
    ents = [(r, es[0]) for r, es in refs if es and start <= r.start < end]
    named = [e for r, e in ents if r.kind == "person" and e.kind == "person"]
    return list(dict.fromkeys(named or [e for _, e in ents]))
