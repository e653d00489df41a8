"""The state of each post the text gives without one, settled once the document is read."""

from __future__ import annotations

from datetime import date
from functools import cache

from diplograph.read.facts import Communication
from diplograph.read.holders import post_key
from diplograph.read.lexicon import Entity, held_for, lexicon, organisation, tenures_of
from diplograph.read.resolve import PostSeen, Resolver

SENT = ("message", "letter", "telegram", "phone_call")
"""Contacts across a border in this genre: a leader writes to or calls a foreign leader, and
receives their own ministers rather than calling them."""


def settle(res: Resolver, day: date | None, contacts: list[Communication]) -> None:
    """Give each post stated without a state (``President X``) one: an organisation where a
    reference tenure of that title was X's on the report's date; else X's country as the text
    gives it; else the first of these where X can hold the post: the report's own state (its
    dateline's), a state the same sentence names ("President X and the people of Brazil"),
    the state of an office holder named just before. X cannot hold it where another person
    holds it in the report, or where X is the foreign party of a message or call from
    someone of that state."""
    taken: dict[tuple[str, Entity], str] = {(post_key(p.title), p.of): p.person for p in res.posts if p.of is not None}
    sent = _senders(res, contacts)
    hosts = _hosts(contacts)
    stated = {(p.person, p.title.lower()): p.of for p in res.posts if p.of is not None}
    tenures = {
        (p.person, p.title.lower()): org
        for p in res.posts
        if p.of is None and (org := _tenure(p, day) or _tenure_by_name(res.people[p.person].entity.label, p, day))
    }
    for (person, title), org in tenures.items():  # a holder by the reference data takes the post first
        taken.setdefault((post_key(title), org), person)
    for i, p in enumerate(res.posts):
        if p.of is not None:
            continue
        if (p.person, p.title.lower()) in stated:  # "NATO Secretary General X ... the Secretary General"
            res.posts[i] = _with(p, stated[(p.person, p.title.lower())])
            continue
        org = tenures.get((p.person, p.title.lower()))
        if org is not None:
            res.posts[i] = _with(p, org)
            continue
        state = Resolver._state(res.people[p.person].country or (_held_other(p, day) if day else None))
        if state is None:
            # (with no dateline, a state of the sentence is as often where the holder went)
            named = [e for at, e in res.states_seen if p.sentence[0] <= at < p.sentence[1]] if res.home else []
            state = next(
                (
                    s
                    for s in (hosts.get(p.person), res.home, *named, p.near)
                    if s is not None
                    and taken.get((post_key(p.title), s), p.person) == p.person
                    and s not in sent.get(p.person, set())
                ),
                None,
            )
        if state is not None:
            res.posts[i] = _with(p, state)
            taken.setdefault((post_key(p.title), state), p.person)
            if state.kind == "state" and res.people[p.person].country is None:
                res.people[p.person].country = state.country  # their other posts are of it too
    res.posts = [p for p in res.posts if not _head_of_longer(p, res.posts)]


def _head_of_longer(p: PostSeen, posts: list[PostSeen]) -> bool:
    """A post the text also gives its holder in full, of the same state or body: "Speaker X" after
    "Speaker of the Grand National Assembly X" is that post said short, no second one."""
    head = p.title.lower() + " "
    return any(q.person == p.person and q.of == p.of and q.title.lower().startswith(head) for q in posts)


def _senders(res: Resolver, contacts: list[Communication]) -> dict[str, set[Entity]]:
    """For each person written to or called, the states of those who did it (where a sender
    has no country yet and a post of none, the dateline's state, which that post will take);
    for each visitor, the state visited."""
    bare = {p.person for p in res.posts if p.of is None}
    out: dict[str, set[Entity]] = {}
    for c in contacts:
        if c.kind == "visit":  # a visitor holds no post of the state visited
            for s in c.senders:
                out.setdefault(str(s.iri), set()).update(r for r in c.recipients if r.kind == "state")
        if c.kind not in SENT:
            continue
        states = {
            state
            for s in c.senders
            if s.kind == "person"
            and (state := res.country_of(s) or (res.home if str(s.iri) in bare else None)) is not None
        }
        for r in c.recipients:
            if r.kind == "person":
                out.setdefault(str(r.iri), set()).update(states - {res.country_of(r)})
    return out


def _hosts(contacts: list[Communication]) -> dict[str, Entity]:
    """The people a visitor met or held talks with, and the state visited: whose they are
    ("X arrived in Malta ... she paid a courtesy call on President Y")."""
    visited = {str(c.senders[0].iri): c.recipients[0] for c in contacts if c.kind == "visit" and c.recipients}
    out: dict[str, Entity] = {}
    for c in contacts:
        if c.kind in ("meeting", "talks"):
            for a, b in ((c.senders, c.recipients), (c.recipients, c.senders)):
                for v in a:
                    host = visited.get(str(v.iri))
                    if host is not None and host.kind == "state":
                        out.update({str(e.iri): host for e in b if e.kind == "person" and str(e.iri) not in visited})
    return out


def _tenure(p: PostSeen, day: date | None) -> Entity | None:
    if day is None:
        return None
    held = next((t for t in tenures_of(p.person) if t.on(day) and t.title.lower() == p.title.lower()), None)
    return organisation(held.organisation) if held is not None else None


def _held_other(p: PostSeen, day: date) -> str | None:
    """The state whose office the holder held that day by the reference data, for a post the
    data does not list; none where the data lists this very post as one they held before."""
    if any(t.title.lower() == p.title.lower() and not t.on(day) for t in tenures_of(p.person)):
        return None  # "President X" after X's tenure ended: a former post, of no state now
    return held_for(p.person, day)


def _tenure_by_name(name: str, p: PostSeen, day: date | None) -> Entity | None:
    """The organisation of the one reference office holder whose name ends as ``name`` does
    and who held that very title that day ("President Mnangagwa": President of Zimbabwe)."""
    if day is None:
        return None
    orgs = {
        t.organisation
        for holder in _holders().get(name.split(" ")[-1], ())
        if holder[1] == name or holder[1].endswith(" " + name)
        for t in tenures_of(holder[0])
        if t.on(day) and t.title.lower() == p.title.lower()
    }
    return organisation(orgs.pop()) if len(orgs) == 1 else None


@cache
def _holders() -> dict[str, tuple[tuple[str, str], ...]]:
    """Reference office holders (IRI, full name) by the last word of their name."""
    out: dict[str, list[tuple[str, str]]] = {}
    for e in lexicon().names.values():
        if e.kind == "person" and tenures_of(str(e.iri)):
            out.setdefault(e.label.split(" ")[-1], []).append((str(e.iri), e.label))
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _with(p: PostSeen, of: Entity) -> PostSeen:
    return PostSeen(p.person, p.title, of, p.start, p.end)
