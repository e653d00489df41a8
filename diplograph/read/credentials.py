"""Credentials received from envoys the report names only after the ceremony: an audience
with each ("received the credentials of four new ambassadors ... The envoys were X of A, ..."),
and what a receiver of credentials is read to have received (:func:`presented`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref
from diplograph.read.contacts import add
from diplograph.read.envoy_lists import holds, listed, listed_as, person_at
from diplograph.read.facts import Extraction
from diplograph.read.found import Found, found
from diplograph.read.holders import envoy_title
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.prepositions import first_of, preps
from diplograph.read.resolve import Resolver
from diplograph.read.roles import parties_of, subjects
from diplograph.read.text import LIST_ITEM, Sentence, Source
from diplograph.read.triggers import OBJ, Grammar, presented_as

if TYPE_CHECKING:
    from spacy.tokens import Token

_ENVOYS = re.compile(
    r"\b(?:envoys|ambassadors|high commissioners|diplomats|heads of mission)\b(?:, (?:who|whose) [^.;]{0,120}?,)?"
    r"[^.;]{0,60}?\b(?:were|are|came from|included|include)\b"
    r"|(?:(?<=\n)|(?<=\. ))(?:They|These) (?:are|were|included|include)\b"  # "They are X, Ambassador of Japan; ..."
    r"|\b(?:envoys|ambassadors|high commissioners|heads of mission)(?: - |:)"  # "The envoys \u2014 X of A, ..."
    r"|\b(?:presenting|who presented) (?:their |copies of their )?(?:letters of credence|credentials)\b[^.;]{0,40}?"
    r"\b(?:were|are)\b",
    re.I,
)


def envoys_named(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction) -> None:
    """The envoys whose credentials were received, named in a sentence after ("The envoys who
    presented their credentials were X of A, Y of B ..."): an audience with each, or with each
    state where the sentence names no envoy."""
    if res.credentials is None:
        if (m := _ENVOYS.search(src.norm, s.start, s.end)) is not None:
            title = "High Commissioner" if "high commissioner" in m.group().lower() else "Ambassador"
            _named_later(src.norm, refs, (m.end(), title), res, out, s)
        elif _ENVOY_WORDS.search(src.norm, s.start, s.end):
            _envoys_of_states(src.norm, refs, res, out, s)
        return
    item = LIST_ITEM.match(src.norm, s.start, s.end)
    colon = src.norm.rfind(":", 0, s.start)
    if item is not None and colon >= 0 and "." not in _NUMBERED.sub("", src.norm[colon : s.start]):
        pending = res.credentials  # "Credentials were presented by:" then "- Ambassador X of A;": one each
        audiences(src.norm, refs, item.end(), res, out, s)
        res.credentials = pending
        return
    m = _ENVOYS.search(src.norm, s.start, s.end)
    if m is not None and re.match(r"\s*(?:as follows|the following)?\s*:\s*$", src.norm[m.end() : s.end]):
        return  # "The envoys who presented their credentials are as follows:": the list's items name them
    if m is not None:
        audiences(src.norm, refs, m.end(), res, out, s)
        return
    # a sentence that opens with one of them by post: "Japan's ambassador, X, was the first to be
    # received, followed by Canada's Y and Brazil's Z": each named after who holds no other post
    here = [p for p in res.posts if p.sentence == (s.start, s.end)]
    first = next((es[0] for r, es in refs if es and es[0].kind == "person" and r.kind != "pronoun"), None)
    if first is not None and any(p.person == str(first.iri) and envoy_title(p.title) for p in here):
        others = {p.person for p in here if not envoy_title(p.title)}
        pending, before = res.credentials, len(out.communications)
        audiences(src.norm, [(r, es) for r, es in refs if not (es and str(es[0].iri) in others)], s.start, res, out, s)
        res.envoys_left -= len(out.communications) - before
        if res.envoys_left > 0:  # "four new ambassadors", then one a sentence: the next sentences name the rest
            res.credentials = pending


def envoys_counted(norm: str, start: int, end: int) -> int:
    """How many envoys a ceremony's phrase counts ("the credentials of four new ambassadors"), else 0."""
    m = _COUNTED.search(norm, start, end)
    if m is None:
        return 0
    return int(m.group(1)) if m.group(1).isdigit() else _NUMBERS.index(m.group(1).lower()) + 2


_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_COUNTED = re.compile(
    rf"\b({'|'.join(_NUMBERS)}|\d{{1,2}}) (?:new |newly[- ]appointed |foreign |resident |non-resident )*"
    r"(?:ambassadors|envoys|heads of mission|diplomats|high commissioners)\b",
    re.I,
)


def envoy_named(res: Resolver, out: Extraction, s: Sentence) -> None:
    """An envoy the report names after a contact with their unnamed self ("received the
    credentials of the new ambassadors of A, B and C ... The new ambassador of A, X, conveyed
    ..."): X, not A, in that contact."""
    for post in res.posts:
        state = post.of
        if post.sentence != (s.start, s.end) or state is None or state.kind != "state":
            continue
        if not envoy_title(post.title):
            continue
        _stands_for(out, state, res.people[post.person].entity)


def _stands_for(out: Extraction, state: Entity, envoy: Entity) -> None:
    """The envoy in the meetings the report told with their state alone."""
    for c in out.communications:
        if c.kind != "meeting" or envoy in c.senders + c.recipients:
            continue
        c.senders = list(dict.fromkeys(envoy if e == state else e for e in c.senders))
        c.recipients = list(dict.fromkeys(envoy if e == state else e for e in c.recipients))


def _named_later(
    norm: str, refs: list[Ref], after: tuple[int, str], res: Resolver, out: Extraction, s: Sentence
) -> None:
    """Envoys named after their credentials were received from their states ("received letters of
    credence from the ambassadors of A and B ... The envoys who presented them were X of A and Y of
    B"): X and Y, not A and B, in those audiences, each holding the post (``after``: where the
    list starts, and the post)."""
    at, title = after
    for m, state, envoy in listed(norm, refs, (at, s.end), res):
        if not any(c.kind == "meeting" and state in c.senders + c.recipients for c in out.communications):
            continue  # no audience with the state: "X of A" is no envoy of this ceremony
        _stands_for(out, state, envoy)
        holds(res, envoy, title, m, state, s)


def audiences(norm: str, refs: list[Ref], at: int, res: Resolver, out: Extraction, s: Sentence) -> None:
    """An audience of the credentials' receiver with each person listed after ``at``, else with
    each state."""
    assert res.credentials is not None
    hosts, day, called = res.credentials
    res.credentials = None
    after = [(r.start, es[0]) for r, es in refs if r.start >= at and es]
    for m, state, envoy in listed(norm, refs, (at, s.end), res):  # "X of Japan": an envoy
        if not any(r.start <= m.start(1) < r.end for r, _ in refs):  # (where the recogniser found no name)
            after.append((m.start(1), envoy))
        if envoy not in hosts:  # each of "four new ambassadors: X of A, Y of B" holds the post the list is of
            holds(res, envoy, listed_as(norm, s), m, state, s)
    named = [e for _, e in sorted(after, key=lambda x: x[0])]
    people = [e for e in dict.fromkeys(named) if e.kind == "person" and e not in hosts]
    home = {h.country for h in hosts if h.country}  # "ambassadors are not able to ... in Israel": not an envoy's
    for e in people or [e for e in dict.fromkeys(named) if e.kind == "state" and e.country not in home]:
        add(out, res, "meeting", *(([e], hosts) if called else (hosts, [e])), day, s)


def _envoys_of_states(norm: str, refs: list[Ref], res: Resolver, out: Extraction, s: Sentence) -> None:
    """Envoys named by their state after an audience with that state alone ("received letters of
    credence from the new ambassadors of A and B ... The B envoy, X, and A's Y also presented their
    papers"): X and Y in those audiences."""
    for m, ents in refs:
        if not ents or ents[0].kind != "person" or not _ENVOY_WORDS.search(norm, m.start, m.end):
            continue  # "the Swiss envoy, X", not "the Swiss President"
        if m.of is None:
            stood = {e for c in out.communications if c.kind == "meeting" for e in c.senders + c.recipients}
            states = [e for e in stood if e.kind == "state"]
            if not m.described:  # "Turning to Qatar, ... Ambassador X was told ...": the one such state
                held = any(p.person == str(ents[0].iri) and p.of is not None for p in res.posts)
                titled = m.title is not None and envoy_title(m.title)  # (an envoy of no state the report gives)
                states = _named_around(norm, s, states) if titled and not held else []  # the paragraph names
            if len(states) == 1:  # "The envoy, X": the one state an audience was with alone
                _stands_for(out, states[0], ents[0])
            continue
        if m.of is None or m.of.kind != "state":
            continue
        _stands_for(out, m.of, ents[0])
    for own in _STATES_OWN.finditer(norm, s.start, s.end):  # "A's Y", where the recogniser found no name
        state = lexicon().names.get(own.group(1))
        if state is None or state.kind != "state":
            continue
        if (envoy := person_at(refs, (own.start(2), own.group(2)), state, res)) is not None:
            _stands_for(out, state, envoy)


_ENVOY_WORDS = re.compile(
    r"\b(?:envoys?|ambassadors?|high commissioners?|credentials|letters of credence|papers)\b", re.I
)
_STATES_OWN = re.compile(
    r"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)'s ((?:[A-Z][\w'-]+ ){1,2}[A-Z][\w'-]+)(?=,? (?:also|and|who|,))"
)

_NUMBERED = re.compile(r"(?m)^\s*\d{1,2}[.)] ")


def presented(tok: Token, kind: str, refs: list[Ref], g: Grammar) -> Found | None:
    """What a guest presents, received: "X received the credentials of the ambassadors of A and
    B", "a copy of the credentials from the new Ambassador of C", "..., then those of the
    Ambassador of D": X meets each envoy, or, unnamed, the state that sent them."""
    copy = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    node = copy if copy is not None and copy.lemma_.lower() == "copy" else tok
    receiver = node.head
    lost = node.dep_ == "nsubj" and receiver.dep_ == "conj" and receiver.head.i < node.i
    if lost and not any(c.dep_ in OBJ for c in receiver.head.children):
        # "received on Wednesday at the Palace in X the credentials of five ambassadors accredited
        # to Y": the parser made the object the subject of a verb it joined to "received"
        receiver = receiver.head
    elif node.dep_ not in OBJ or receiver.pos_ not in ("VERB", "AUX"):
        # "received in turn at the Palais du Peuple the letters of credence of ... extraordinary
        # and plenipotentiary": the parser hung the object on the place's name, or made it a
        # subject there; the verb before it, if it has no object of its own
        verb = next((a for a in node.ancestors if a.pos_ == "VERB"), None)
        if verb is None or verb.i > node.i or any(c.dep_ in OBJ and c != node for c in verb.children):
            return None
        receiver = verb
    if receiver.lemma_.lower() not in g.carry_from | g.accepts:
        return None
    envoys: list[Entity] = []
    those = [a for a in tok.children if a.dep_ == "appos" and a.lower_ == "those"]
    for t in [tok, *(w for a in those for w in (a, *a.conjuncts))]:
        envoy = next(
            (o for c in t.children if c.lower_ in ("of", "from") for o in c.children if o.dep_ == "pobj"), None
        )
        if envoy is not None and presented_as(t) in g.presented:  # "letters of credence of X": the "of" after
            after = (o for c in envoy.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj")
            # or "letters of credence from X"
            from_ = (o for c in t.children if c.lower_ == "from" for o in c.children if o.dep_ == "pobj")
            envoy = next(after, None) or next(from_, None)
        if envoy is None and node is not tok:  # "received from X a copy of ...": the parser's hook
            envoy = first_of({**preps(receiver), **preps(node)}, g.from_party)
        elif envoy is None and t is tok:
            # "received Letters of Credence from X": "from X" hung on the verb; a named envoy only
            # (envoys in the plural, "from four new ambassadors", are named in a sentence after)
            hooked = first_of(preps(receiver), g.from_party)
            envoy = hooked if hooked is not None and hooked.tag_ not in ("NNS", "NNPS") else None
        envoys += [e for e in parties_of(envoy, refs) if e not in envoys]
        plural = envoy is not None and (
            envoy.tag_ in ("NNS", "NNPS")
            or any(c.dep_ == "compound" and (c.tag_ in ("NNS", "NNPS") or c.text.endswith("s")) for c in envoy.children)
        )
        if envoy is not None and plural:  # "Ambassadors ... of A, B and C": each state
            listed = (c for c in envoy.subtree if c.dep_ == "conj" and c.head.i != envoy.i)
            envoys += [e for c in listed for e in parties_of(c, refs) if e.kind == "state"]
            envoys = list(dict.fromkeys(envoys))
    # the host named before the verb (the parser may hang a listed envoy on the subject)
    before = {e for m, es in refs if m.end <= receiver.idx for e in es}
    host = [e for e in subjects(receiver, refs) if e in before and e not in envoys]
    if not envoys and host:  # the envoys named in a sentence after
        later = found(kind, host, [], tok, to_host=True)
        return replace(later, envoys_later=True) if later is not None else None
    return found(kind, host, envoys, tok)


def _named_around(norm: str, s: Sentence, states: list[Entity]) -> list[Entity]:
    """Those of ``states`` the sentence's paragraph names (by any of their names)."""
    start = norm.rfind("\n", 0, s.start) + 1
    end = norm.find("\n", s.end)
    para = norm[start : end if end >= 0 else len(norm)]
    return [st for st in states if any(re.search(rf"\b{re.escape(n)}\b", para) for n in _names_of().get(st, ()))]


@cache
def _names_of() -> dict[Entity, tuple[str, ...]]:
    """Each state's names in the reference data, looked up once."""
    found: dict[Entity, list[str]] = {}
    for name, e in lexicon().names.items():
        if e.kind == "state":
            found.setdefault(e, []).append(name)
    return {e: tuple(ns) for e, ns in found.items()}
