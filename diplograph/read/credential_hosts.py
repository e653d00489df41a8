"""Whom envoys present their credentials to where the sentence names no one: not the body or
state their post is to, but the host of the report's last audience."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from diplograph.read.facts import Extraction
from diplograph.read.lexicon import Entity
from diplograph.read.read_before import audience
from diplograph.read.resolve import Resolver

if TYPE_CHECKING:
    from spacy.tokens import Token


def accredited_to(noun: Token, to: Token | None, parties: list[Entity]) -> bool:
    """The "to" right after the post credentials are presented as ("presented his credentials
    as Permanent Representative of A to the Organization"): the state or body the post is to,
    not the host (a person there is: "as Ambassador of A to President X")."""
    if to is None or not parties or any(e.kind == "person" for e in parties):
        return False
    post = next((c for c in noun.children if c.lower_ == "as"), None)
    return post is not None and to.head.i == max(t.i for t in post.subtree) + 1


def host_before(out: Extraction, res: Resolver) -> tuple[list[Entity], bool, date | None]:
    """Whom envoys presented their credentials to before in the report ("X, Y and Z presented
    their credentials one after another"): of the last audience, the party who is no envoy;
    whether the report put that host first, and the audience's day (one ceremony)."""
    last = next((c for c in reversed(out.communications) if audience(c)), None)
    if last is None:
        return [], False, None
    envoys = res.envoys()
    hosts = [e for e in (*last.senders, *last.recipients) if e.kind == "person" and str(e.iri) not in envoys]
    if len(hosts) != 1:
        return last.recipients, False, None
    return hosts, hosts[0] in last.senders, last.date
