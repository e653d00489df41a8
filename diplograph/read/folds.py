"""Contacts told twice, folded into one: a contact with states alone that the report also tells
with a person of each, and an undated one (a headline's) that dated contacts tell again."""

from __future__ import annotations

from diplograph.read.facts import Extraction
from diplograph.read.lexicon import Entity
from diplograph.read.resolve import Resolver
from diplograph.read.triggers import WRITTEN

_SPOKEN = {"phone_call": "call", "meeting": "met", "talks": "met"}


def fold_states(out: Extraction, res: Resolver) -> None:
    """A contact with states alone ("meets leaders of A, B and C", a headline's) that the report
    also tells with a person of each ("talks with C's Prime Minister X") is those contacts: it
    goes, and acts said in it go with the first. A state told by no such contact stays its party,
    or gives way to the person of it who "exchanged greetings" with its sender: in that call.
    An undated contact that dated ones tell again goes too (:func:`_told_each`)."""
    folded: dict[int, int] = {}
    for i, c in enumerate(out.communications):
        if (echo := _told_each(out, i)) is not None:
            folded[i] = echo
            continue
        if c.kind not in _SPOKEN or not c.recipients or any(r.kind not in ("state", "body") for r in c.recipients):
            continue  # (or bodies alone: "calls on ICAO Council President", and then its President X)
        told = {
            r: j
            for r in c.recipients
            for j, d in enumerate(out.communications)
            if j != i
            and _SPOKEN.get(d.kind) == _SPOKEN[c.kind]
            and (
                d.senders == c.senders or [res.country_of(e) for e in d.senders] == c.senders
            )  # "the presidents of A and B"
            and (c.date is None or d.date in (None, c.date))
            and any(e.kind == "person" and _of(res, e, r) for e in d.recipients)
        }
        if len(told) == len(c.recipients):
            folded[i] = min(told.values())
            continue
        c.recipients = [r for r in c.recipients if r not in told]
        for r in list(c.recipients):
            p = _exchanged(out, c.senders, r, res)
            if p is None:
                continue
            c.recipients = [p if e == r else e for e in c.recipients]
            for j, d in enumerate(out.communications):
                if d.kind in WRITTEN and set(d.senders + d.recipients) == {*c.senders, p}:
                    folded[j] = i
    if not folded:
        return
    for i in list(folded):  # a contact folded into one folded in turn: into the last of the chain
        seen = {i}
        while folded[i] in folded and folded[folded[i]] not in seen:
            seen.add(folded[i])
            folded[i] = folded[folded[i]]
        if folded[i] in folded:  # (a ring: the contact stays)
            del folded[i]
    kept = [i for i in range(len(out.communications)) if i not in folded]
    where = {old: new for new, old in enumerate(kept)}
    for a in out.acts:
        if a.communication is not None:
            a.communication = where[folded.get(a.communication, a.communication)]
    out.communications = [out.communications[i] for i in kept]


def _told_each(out: Extraction, i: int) -> int | None:
    """The first of the dated contacts that tell an undated one again, one by one where it has
    several ("holds talks with X and Y", a headline's, then "met X" and "was received by Y" on
    their days); none bigger than it (a bilateral meeting is not the summit's of that day)."""
    c = out.communications[i]
    if c.kind not in _SPOKEN or c.date is not None or len(c.senders) != 1:
        return None
    told = [
        next(
            (
                j
                for j, d in enumerate(out.communications)
                if j != i
                and d.date is not None
                and _SPOKEN.get(d.kind) == _SPOKEN[c.kind]
                and {c.senders[0], r} <= {*d.senders, *d.recipients}
                and len(d.senders) + len(d.recipients) <= len(c.senders) + len(c.recipients)  # not a summit's
            ),
            None,
        )
        for r in c.recipients
    ]
    found = [j for j in told if j is not None]
    return min(found) if found and len(found) == len(told) else None


def _of(res: Resolver, person: Entity, party: Entity) -> bool:
    """A person of a state, or holding a post of a body."""
    if party.kind == "body":
        return any(p.person == str(person.iri) and p.of == party for p in res.posts)
    return res.country_of(person) == party


def _exchanged(out: Extraction, senders: list[Entity], state: Entity, res: Resolver) -> Entity | None:
    """The person of ``state`` who exchanged letters or messages (one each way) with the one sender."""
    if len(senders) != 1:
        return None
    written = [(d.senders, d.recipients) for d in out.communications if d.kind in WRITTEN]
    for to, back in written:
        if to == senders and len(back) == 1 and res.country_of(back[0]) == state and (back, to) in written:
            return back[0]
    return None
