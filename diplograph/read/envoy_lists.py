"""Lists of envoys named by their states ("the envoys are X of Japan, Y of Brazil and Z of
Chile"), as credentials ceremonies give them: who each is, of which state, and the post the
list holds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from diplograph.read.clauses import Ref
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.patterns import title_words
from diplograph.read.resolve import PostSeen, Resolver
from diplograph.read.text import Sentence

ENVOY_OF = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr)\.? )?([A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3}),? of (?:the )?"
    r"([A-Z][\w'-]+(?:(?: of)? [A-Z][\w'-]+){0,4})"
)
"""A person "of" a state, as lists of envoys give them ("X of Japan", "Y, of the Federative
Republic of Brazil")."""


def listed(
    norm: str, refs: list[Ref], span: tuple[int, int], res: Resolver
) -> Iterator[tuple[re.Match[str], Entity, Entity]]:
    """Each "X of A" between ``span``'s bounds that names a state: the match, the state, and the
    person X stands for."""
    for m in ENVOY_OF.finditer(norm, *span):
        state = state_named(m.group(2))
        if state is None or state.kind != "state":
            continue
        if (envoy := person_at(refs, (m.start(1), m.group(1)), state, res)) is not None:
            yield m, state, envoy


def holds(res: Resolver, envoy: Entity, title: str, m: re.Match[str], state: Entity, s: Sentence) -> None:
    """The envoy of a list holds its post of the state, where the report gives them no other."""
    if not any(p.person == str(envoy.iri) for p in res.posts):
        res.posts.append(PostSeen(str(envoy.iri), title, state, m.start(1), m.end(), sentence=(s.start, s.end)))


def listed_as(norm: str, s: Sentence) -> str:
    """The post a list of envoys holds: the last envoys' word up to its end ("the credentials of two
    new high commissioners ... The envoys are X of A"), ambassadors where none says."""
    said = _LISTED_AS.findall(norm, max(0, s.start - 600), s.end)
    return said[-1].title().removesuffix("s") if said else "Ambassador"


_LISTED_AS = re.compile(r"\b(ambassadors?|high commissioners?|permanent representatives?)\b", re.I)


def person_at(refs: list[Ref], named: tuple[int, str], state: Entity, res: Resolver) -> Entity | None:
    """The person a name in a list stands for (``named``: where it starts, and its words): the one
    found there, else one of that state by the name, where the recogniser found none there and the
    words open with no title ("Foreign Minister X" is someone's post)."""
    at, name = named
    hit = next((es[0] for r, es in refs if es and r.start <= at < r.end), None)
    if hit is not None:
        return hit if hit.kind == "person" else None
    return None if name.split(" ")[0] in title_words() else res.person(name, state)


def state_named(words: str) -> Entity | None:
    """The state the longest run of ``words`` from their start names ("Federative Republic of
    Brazil and" -> Brazil, "Japan Z" -> Japan)."""
    parts = words.split(" ")
    for n in range(len(parts), 0, -1):
        if (e := lexicon().names.get(" ".join(parts[:n]))) is not None:
            return e
    return None
