"""One act phrase, many acts: where what was read for one agent and one addressee stands
for an act of each of several agents, or to each of several addressees."""

from __future__ import annotations

from dataclasses import replace

from diplograph.read.addressees import written_to
from diplograph.read.facts import Act, Extraction
from diplograph.read.lexicon import ActPattern, Entity
from diplograph.read.resolve import Resolver
from diplograph.read.topic_addressees import and_of_the_people, and_the_people
from diplograph.read.topics import counterpart


def fan_out(
    act: Act,
    pat: ActPattern,
    norm: str,
    agents: list[Entity],
    res: Resolver,
    out: Extraction,
    *,
    separately: bool,
    many: list[Entity],
    also: list[Entity],
) -> list[Act]:
    """The acts one phrase read as ``act`` stands for.

    ``many`` are the addressees written to one by one ("sent cables to X and Y, ... wishing
    them ..."), ``also`` the addressees named after the first ("thanked Norway and Chile"),
    ``agents`` who acted; ``separately``: each agent on its own, never to each other."""
    agent, addressee, topic = act.agent, act.addressee, act.topic
    if many:
        return [act] + [replace(act, addressee=e) for e in many[1:]]
    # "X and Y, who ... wished him ..., and the people of Z ...": each of them, where they act separately
    others = agents[1:] if separately else []
    then = and_of_the_people(norm, *act.topic_span) if pat.act == "wish" else None
    if then is not None and then[1] != addressee:  # (not the one wish, to that people's state already)
        # "..., and of steady progress and prosperity to the government and people of X": a wish for X too
        two_acts = [act, replace(act, addressee=then[1], topic=then[0])]
        return two_acts + [replace(a, agent=o) for o in others for a in two_acts]
    # "..., and the people of X Y"; "... and the friendly country ...": the President's country
    theirs = res.country_of(addressee) if pat.act == "wish" and addressee and addressee.kind == "person" else None
    if pat.act == "wish" and topic and (two := and_the_people(topic, theirs)) is not None:
        first, people, wished = two
        at = norm.find(topic[:24], act.topic_span[0], act.topic_span[1])
        if addressee == people and at > 0 and people.label in norm[act.topic_span[0] : at]:
            return [act]  # "wished Chile prosperity and the Chilean people happiness": one wish, to the state
        if addressee == people:  # the people's state was read from the whole topic: the first is the recipient's
            act = replace(act, addressee=counterpart(agent, res, out) or written_to(agent, out) or people)
        two_acts = [replace(act, topic=first), replace(act, addressee=people, topic=wished)]
        return two_acts + [replace(a, agent=o) for o in others for a in two_acts]
    if also:  # "thanked Norway and Chile for their support": one act each
        return [act] + [replace(act, addressee=e) for e in also]
    if pat.mode == "reciprocal" and addressee is not None:
        # "received calls from X and Y, during which they exchanged congratulations": each pair both ways
        pairs = [
            (c.senders[0], c.recipients[0])
            for c in out.communications
            if c.span == act.span and len(c.senders) == len(c.recipients) == 1
        ]
        pairs = pairs if len(pairs) > 1 and any({agent, addressee} == set(p) for p in pairs) else [(agent, addressee)]
        return [replace(act, agent=a, addressee=b) for one, two in pairs for a, b in ((one, two), (two, one))]
    if len(agents) > 1 and (addressee is not None or separately) and addressee not in agents:
        # "X and Y congratulated the Head of State": one act each
        return [act] + [replace(act, agent=a) for a in agents[1:]]
    return [act]
