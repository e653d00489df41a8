"""The state of each post the text gives without one, settled once the document is read."""

from __future__ import annotations

from datetime import date

from diplograph.read.facts import Communication
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.resolve import PostSeen, Resolver

SENT = ("message", "letter", "telegram", "phone_call")
"""Contacts across a border in this genre: a leader writes to or calls a foreign leader, and
receives their own ministers rather than calling them."""


def settle(res: Resolver, day: date | None, contacts: list[Communication]) -> None:
    """Give each post stated without a state (``President X``) one: an organisation where a
    reference tenure of that title was X's on the report's date; else X's country as the text
    gives it; else the report's own state (its dateline's), unless X cannot hold that post
    there: another person holds it in the report, or X is the foreign party of a message or
    call from someone of that state. Then a state the same sentence names ("President X and
    the people of Brazil"), else the state of an office holder named just before."""
    home = res.home
    abroad = _abroad(res, contacts, home)
    taken: dict[tuple[str, Entity], str] = {(p.title.lower(), p.of): p.person for p in res.posts if p.of is not None}
    for i, p in enumerate(res.posts):
        if p.of is not None:
            continue
        org = _tenure(p, day)
        if org is not None:
            res.posts[i] = _with(p, org)
            continue
        state = Resolver._state(res.people[p.person].country)
        if state is None and home is not None:
            holder = taken.get((p.title.lower(), home), p.person)
            state = home if holder == p.person and p.person not in abroad else None
            if state is None:
                named = [e for at, e in res.states_seen if p.sentence[0] <= at < p.sentence[1]]
                state = next((s for s in (*named, p.near) if s is not None and s != home), None)
        state = state or (p.near if home is None else None)
        if state is not None:
            res.posts[i] = _with(p, state)
            taken.setdefault((p.title.lower(), state), p.person)
            if state.kind == "state" and res.people[p.person].country is None:
                res.people[p.person].country = state.country  # their other posts are of it too


def _abroad(res: Resolver, contacts: list[Communication], home: Entity | None) -> set[str]:
    """The people a person of the report's own state wrote to or called."""
    if home is None:
        return set()
    bare = {p.person for p in res.posts if p.of is None}  # posts that will be the home state's

    def ours(s: Entity) -> bool:
        country = res.country_of(s)
        return s.kind == "person" and (country == home or (country is None and str(s.iri) in bare))

    out: set[str] = set()
    for c in contacts:
        if c.kind in SENT and any(ours(s) for s in c.senders):
            out |= {str(r.iri) for r in c.recipients if r.kind == "person" and res.country_of(r) != home}
    return out


def _tenure(p: PostSeen, day: date | None) -> Entity | None:
    if day is None:
        return None
    held = next(
        (
            t
            for t in lexicon().tenures
            if str(t.holder) == p.person and t.on(day) and t.title.lower() == p.title.lower()
        ),
        None,
    )
    return next((e for e in lexicon().names.values() if held and e.iri == held.organisation), None)


def _with(p: PostSeen, of: Entity) -> PostSeen:
    return PostSeen(p.person, p.title, of, p.start, p.end)
