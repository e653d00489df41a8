"""Who led each side of talks held between states ("X led the Bangladesh side, while the
Vietnamese delegation was headed by Y"): the head stands for the side in those talks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref
from diplograph.read.facts import Extraction
from diplograph.read.lemmas import having
from diplograph.read.lexicon import Entity
from diplograph.read.resolve import Resolver
from diplograph.read.roles import LEAD_VERBS, by_agents, subjects
from diplograph.read.triggers import WRITTEN

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SIDES = frozenset({"side", "delegation", "team"})


def heads(span: Span, refs: list[Ref], res: Resolver, out: Extraction) -> None:
    """Each person the sentence says led a state's side or delegation takes that state's place
    in the latest contact that is not written and has the state as a party."""
    for tok in having(span, LEAD_VERBS):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in LEAD_VERBS:
            continue
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        side: Token | None
        if passive is not None:  # "the Vietnamese delegation was headed by Y"
            side, who = passive, by_agents(tok, refs)
        elif tok.dep_ == "acl" and tok.head.lemma_.lower() in _SIDES:  # "the delegation led by Y"
            side, who = tok.head, by_agents(tok, refs)
        else:  # "X led the Bangladesh side"
            side, who = next((c for c in tok.children if c.dep_ == "dobj"), None), subjects(tok, refs)
        if side is None or side.lemma_.lower() not in _SIDES or len(who) != 1 or who[0].kind != "person":
            continue
        state = _state_in(side, refs)
        if state is None and any(c.dep_ == "poss" and c.lower_ == "country" for c in side.children):
            state = res.country_of(who[0])  # "X led his country's delegation"
        if state is not None:
            _stand_for(who[0], state, res, out)


def _state_in(side: Token, refs: list[Ref]) -> Entity | None:
    """The one state named inside a side's phrase ("the Bangladesh side", "the Vietnamese delegation")."""
    start, end = side.left_edge.idx, side.idx + len(side.text)
    states = {e for m, es in refs if start <= m.start < end for e in es[:1] if e.kind == "state"}
    return states.pop() if len(states) == 1 else None


def _stand_for(head: Entity, state: Entity, res: Resolver, out: Extraction) -> None:
    for c in reversed(out.communications):
        if c.kind in WRITTEN or state not in c.senders + c.recipients or head in c.senders + c.recipients:
            continue
        c.senders = [head if e == state else e for e in c.senders]
        c.recipients = [head if e == state else e for e in c.recipients]
        person = res.people.get(str(head.iri))
        if person is not None and person.country is None:
            person.country = state.country
        return
