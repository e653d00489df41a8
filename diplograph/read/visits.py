"""Visits read over syntax: who travels and which state hosts them.

A visit is named by a noun ("on a state visit", "paid an official visit to Qatar", "his first
visit to Kazakhstan") or by the verb ("X visited Hanoi"). The host is the state, or a city of
the state, after "to" (or the verb's object); else the place the visitor "arrived in" or "is
in"; else the state of the person who receives the visitor. The visitor is who the noun names
("X's visit", "a visit by X"), else the subject of the verb that carries it, a relative
pronoun standing for the name it follows ("Y received X, who is in the capital on a working
visit"); a visitor is never of the host state, which is how "X received Y on the occasion of
his visit to France" finds Y. Words are in ``ingest/grammar/communications.yaml`` (visits).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read import prepositions, roles, spans, subject_words
from diplograph.read import triggers as gr
from diplograph.read.clauses import Ref
from diplograph.read.lemmas import having
from diplograph.read.lexicon import Entity, city, lexicon
from diplograph.read.news import not_news

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CountryOf = Callable[[Entity], Entity | None]


@dataclass(frozen=True)
class Visit:
    visitor: Entity
    host: Entity
    start: int  # the trigger word
    clause: tuple[int, int]  # the characters of the clause that carries it (for its day)


def visits(
    sent: Span,
    refs: list[Ref],
    country_of: CountryOf,
    home: Entity | None = None,
    contacts: Sequence[tuple[list[Entity], list[Entity]]] = (),
) -> Iterator[Visit]:
    """The visits one sentence reports as happening; ``home`` is the state of the report's
    dateline, where a visitor "arrived here"; ``contacts`` the report's contacts so far, whose
    other party's state is where a visitor of no named destination is ("Y received X ... X
    arrived in the federal capital on Tuesday for a state visit")."""
    g = gr.grammar()
    for tok in having(sent, _visit_words(), forms=("visiting",)):
        lemma = tok.lemma_.lower()
        noun = tok.pos_ in ("NOUN", "PROPN") and lemma in g.visit_nouns and gr.kind_of(tok, g) is None
        guest = _guest(tok, refs)
        if not (noun or guest or (tok.pos_ == "VERB" and lemma in g.visit_verbs)) or not_news(tok, g):
            continue
        if noun and _spoken_of(tok):
            continue  # "Y, who called the visit a sign of ...": the visit told before, spoken of
        verb = _carrier(tok) if noun else tok
        persons = [e for _, ents in refs for e in ents[:1] if e.kind == "person"]
        if guest is not None:  # "hosted visiting Prime Minister X in Hanoi": X is the visitor
            verb, named = None, [guest[0]]
            inside = next(
                (t for w, t in (prepositions.preps(tok) | prepositions.preps(guest[1])).items() if w in g.visit_in),
                None,
            )
            host = _place(inside, refs) if inside is not None else None
        else:
            named = _named(tok, verb, refs, g, noun=noun)
            host = _host(tok, verb, refs, g, noun=noun)
        if host is None and verb is not None and _here(verb, g):
            host = home  # "X arrived here on Monday on a three-day visit", "... in the country"
        if host is None and home is not None:
            # "A and B signed ..., capping a state visit", datelined in A's state: B visits it
            of = [country_of(e) for e in named]
            host = home if home in of and any(c not in (None, home) for c in of) else None
        visitor = _visitor(named, host, country_of)
        if visitor is None:
            continue
        if host is None:  # "X, who arrived in Singapore on Sunday, is on a two-day visit"
            host = next((p for w, p, _ in arrivals(sent, refs) if w == visitor and p is not None), None)
        if host is None:  # "X, who is in our country on a working visit": the receiver's state
            host = next((c for p in persons if p != visitor and (c := country_of(p)) is not None), None)
        if host is None and noun and _by_or_of(tok, refs, g) == [visitor]:
            # "A and B signed ... during a state visit by X of B": A, the one other state named
            states = {e for _, ents in refs for e in ents[:1] if e.kind == "state"} - {country_of(visitor)}
            host = states.pop() if len(states) == 1 else None
        if host is None:  # of the one who received them before
            met = [o for a, b in contacts if visitor in a + b for o in a + b if o != visitor and o.kind == "person"]
            host = next((c for p in reversed(met) if (c := country_of(p)) is not None), None)
        if host is None or host == country_of(visitor):
            continue
        scope = verb if verb is not None else tok
        first, last = sent.doc[scope.left_edge.i], sent.doc[scope.right_edge.i]
        yield Visit(visitor, host, tok.idx, (first.idx, last.idx + len(last.text)))


def _here(verb: Token, g: gr.Grammar) -> bool:
    """The visitor is where the report is written: "arrived here", "is in the country", "arrived
    in the capital"."""
    inside = next((t for w, t in prepositions.preps(verb).items() if w in g.visit_in), None)
    return any(c.lower_ == "here" for c in verb.children) or (
        inside is not None
        and inside.lemma_ in ("country", "capital")
        and any(c.lower_ in ("the", "our") for c in inside.children)
    )


@cache
def _visit_words() -> frozenset[str]:
    """The lemmas of the visit nouns and verbs (``ingest/grammar/communications.yaml``)."""
    g = gr.grammar()
    return g.visit_nouns | g.visit_verbs


def _guest(tok: Token, refs: list[Ref]) -> tuple[Entity, Token] | None:
    """The person "visiting" stands before ("hosted visiting President X"): the visitor."""
    c = prepositions.visited(tok) if tok.text.lower() == "visiting" else None
    people = [e for e in spans.entity(c, refs) if e.kind == "person"] if c is not None and c.pos_ == "PROPN" else []
    return (people[0], c) if people and c is not None else None


def _carrier(tok: Token) -> Token | None:
    """The verb a visit noun hangs from: through its prepositions ("on the occasion of his
    visit") up to a verb, as object or subject of it."""
    t = tok
    for _ in range(7):  # ("at the head of a delegation on a visit to A")
        if t.dep_ in ("pobj", "dobj", "obj", "attr", "nsubj", "nsubjpass", "prep", "pcomp") or (
            t.dep_ == "conj" and t.pos_ == "NOUN"
        ):
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return _before_clause(tok, t)
        else:
            return None
    return None


def _before_clause(tok: Token, verb: Token) -> Token:
    """The verb before the noun where the parser hung the noun on the verb of a clause that
    follows it ("was received ... in the course of a visit to A two months before the country
    hosts ...": received, not hosts)."""
    if verb.i < tok.i or not any(c.dep_ == "mark" and tok.i < c.i < verb.i for c in verb.children):
        return verb
    return next((t for t in reversed(tok.doc[tok.sent.start : tok.i]) if t.pos_ == "VERB"), verb)


def _host(tok: Token, verb: Token | None, refs: list[Ref], g: gr.Grammar, *, noun: bool) -> Entity | None:
    """The state visited: after "to" (of the noun or its verb), the verb's object, else where
    the visitor "arrived in" or "is in"."""
    preps = prepositions.preps(tok)
    if noun and verb is not None:
        preps = {**{w: t for w, t in prepositions.preps(verb).items() if w in g.visit_to}, **preps}
    to = next((t for w, t in preps.items() if w in g.visit_to), None)
    if not noun:
        to = to or next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    place = _place(to, refs) if to is not None else None
    if place is None and verb is not None:
        inside = next((t for w, t in prepositions.preps(verb).items() if w in g.visit_in), None)
        place = _place(inside, refs) if inside is not None else None
    return place


def _place(tok: Token, refs: list[Ref]) -> Entity | None:
    """The state a place phrase names, itself or by one of its cities."""
    for e in spans.entity(tok, refs):
        if e.kind == "state":
            return e
    lex = lexicon()
    words = [t.text for t in tok.subtree if (t.i <= tok.i and t.dep_ in ("compound", "amod")) or t == tok]
    for cut in range(len(words)):
        name = " ".join(words[cut:])
        ent = city(name) or lex.names.get(name)
        if ent is not None and ent.kind == "state":
            return ent
    return None


def _by_or_of(tok: Token, refs: list[Ref], g: gr.Grammar) -> list[Entity]:
    """The people a visit noun names as its own: "a visit by X", "the visit of X"."""
    pp = prepositions.preps(tok)
    by = next((t for w, t in pp.items() if w in g.agent or w == "of"), None)
    return [e for e in roles.parties_of(by, refs) if e.kind == "person"]


_HOSTING = frozenset({"receive", "host", "welcome"})
"""Verbs whose subject is the host of a visit told in their clause."""


def _named(tok: Token, verb: Token | None, refs: list[Ref], g: gr.Grammar, *, noun: bool) -> list[Entity]:
    """Who may be the visitor, most likely first: named by the noun, the subject of its verb,
    that verb's object."""
    out: list[Entity] = []
    if noun:
        by = next((t for w, t in prepositions.preps(tok).items() if w in g.agent), None)
        out += roles.parties_of(by, refs)
        out += roles.parties_of(prepositions.preps(tok).get("of"), refs)  # "the official visit of X to Y"
        out += [e for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON" for e in spans.entity(c, refs)]
        # "a four-day visit that X began on Sunday": the subject of the clause the noun opens
        out += [e for c in tok.children if c.dep_ == "relcl" and _made(c) for e in roles.subjects(c, refs)]
        whose = next((c for c in tok.children if c.lower_ == "whose"), None)
        if whose is not None:  # "X, whose state visit began on ...": X's
            out += roles.parties(subject_words.antecedent(whose), refs, head_only=True)
        # "X received B ... during his visit": the guest named last before it, not the host
        pron = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if pron is not None and verb is not None and verb.lemma_.lower() in _HOSTING:
            named = [es[0] for m, es in refs if m.end <= pron.idx and m.kind != "pronoun" and es]
            hosts = roles.subjects(verb, refs)
            # the guest the pronoun was read as, where it is a person ("was received by Y ... on the
            # second day of her visit", Y's state named last); not before the verb, where it may
            # stand for the subject after it ("On the eve of his trip, X received ...")
            said = [es[0] for m, es in refs if m.kind == "pronoun" and m.start == pron.idx and es and pron.i > verb.i]
            out += [e for e in [*said, *named[-1:]] if e.kind == "person" and e not in hosts]
    if verb is not None and verb.lemma_.lower() in _HOSTING:
        # "X, who landed ... for a state visit, was welcomed by Y", "Y received X on his visit": X
        hosts = roles.subjects(verb, refs)
        done_to = roles.passive_subject(verb)
        guests = roles.parties(done_to, refs) if done_to is not None else []
        if done_to is not None and (welcomers := roles.by_agents(verb, refs)):
            # "King Willem-Alexander and Queen Máxima were welcomed by Y": Y hosts; the parser may
            # take the first half of a hyphened name for a subject of its own, a guest too
            guests, hosts = sorted({*guests, *hosts} - {*welcomers}, key=_first_named(refs, verb)), welcomers
        guests += [e for c in verb.children if c.dep_ in ("dobj", "obj") for e in roles.parties(c, refs)]
        out += [e for e in guests if e not in hosts] + hosts
    elif verb is not None:
        if verb.tag_ == "VBN":  # "a message handed over by X during his visit": X
            out += roles.by_agents(verb, refs)
        out += roles.subjects(verb, refs)
        out += [e for c in verb.children if c.dep_ in ("dobj", "obj") for e in roles.parties(c, refs)]
    return [e for e in dict.fromkeys(out) if e.kind == "person"]


def _first_named(refs: list[Ref], verb: Token) -> Callable[[Entity], int]:
    """Where the sentence first names an entity, as a sort key (unnamed ones last)."""
    at = {e: m.start for m, es in reversed(refs) for e in es[:1]}
    return lambda e: at.get(e, len(verb.doc.text))


def _made(clause: Token) -> bool:
    """A relative clause of which the visit is the object ("a visit that X began", "the visit
    he paid"), not one that says something of it ("which the President said would ...")."""
    wh = [c for c in clause.children if c.tag_ in ("WDT", "WP") or c.lower_ == "that"]
    own = [c for c in clause.children if c.dep_ in ("dobj", "obj", "ccomp") and c not in wh]
    return all(c.dep_ in ("dobj", "obj") for c in wh) and not own and any(c.dep_ == "nsubj" for c in clause.children)


def _visitor(named: list[Entity], host: Entity | None, country_of: CountryOf) -> Entity | None:
    """The first named person known to be of another state than the host, else the first not
    known to be of it."""
    if host is not None:
        other = [e for e in named if (c := country_of(e)) is not None and c != host]
        named = other or [e for e in named if country_of(e) is None]
    return named[0] if named else None


def arrivals(sent: Span, refs: list[Ref]) -> Iterator[tuple[Entity, Entity | None, Token]]:
    """ "X arrived in Tashkent on 19 May", "X, who arrived at the airport on Monday": the
    person who arrives, the state the place names (None where it names none) and the verb."""
    for tok in having(sent, gr.ARRIVE):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in gr.ARRIVE:
            who = [e for e in roles.subjects(tok, refs) if e.kind == "person"]
            inside = next((t for w, t in prepositions.preps(tok).items() if w in ("in", "at")), None)
            if who:
                yield who[0], _place(inside, refs) if inside is not None else None, tok


_PURPOSES = frozenset({"talk", "talks", "consultation", "consultations", "negotiation", "negotiations"})


def came_for_talks(verb: Token) -> bool:
    """An arrival that is a visit though it names none: "arrived in Kabul on Tuesday at the head
    of a delegation for talks with ... officials" (not a plan: "will arrive ... for talks")."""
    if not_news(verb, gr.grammar()):
        return False
    for c in verb.subtree:
        if (
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(o.dep_ == "pobj" and o.lemma_.lower() in _PURPOSES for o in c.children)
        ):
            return True
    return False


_SPOKEN = frozenset({"call", "describe", "term", "hail", "welcome", "praise", "consider", "see", "view"})


def _spoken_of(noun: Token) -> bool:
    """ "the visit" or "this visit" as what someone speaks of ("called the visit a sign of ..."):
    a visit already told, no new one."""
    return (
        noun.dep_ in ("dobj", "nsubj")
        and noun.head.lemma_.lower() in _SPOKEN
        and any(c.lower_ in ("the", "this", "his", "her", "their") for c in noun.children)
        and not any(c.lower_ in ("of", "by") for c in noun.children)  # "welcomed the visit of X": told here
    )
