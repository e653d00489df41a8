"""Acts inside a communication: the ten act types, each with agent, addressee and topic."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read import roles
from diplograph.read.act_fanout import fan_out
from diplograph.read.act_objects import objects_of
from diplograph.read.act_verbs import by_lemma, naming_participle
from diplograph.read.addressees import (
    accepted_noun,
    addressee_of,
    antecedent_of,
    envoys_met,
    invitation_of,
    invitations_from,
    inviter_of,
    latest_act,
    state_in_topic,
    taken_up,
    written_to_many,
)
from diplograph.read.agents import (
    a_noun_named,
    agents_of,
    caller,
    in_letter,
    speaker,
    verb_allowed,
    verb_at,
)
from diplograph.read.carried import keep, occasion
from diplograph.read.clauses import Ref, mention_at, partial
from diplograph.read.contacts import own_message
from diplograph.read.dates import in_past_clause, only_when, recalled_when
from diplograph.read.facts import Act, Extraction
from diplograph.read.lexicon import ActPattern, Entity, lexicon
from diplograph.read.needles import folded, holds
from diplograph.read.nouns import addressee_before, invited_to
from diplograph.read.principals import act_noun, passed_on, past_whose, wished_for
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence, Source
from diplograph.read.topic_addressees import owner_in_topic, passed_wishes
from diplograph.read.topics import (
    clean,
    communication_of,
    counterpart,
    own_behalf,
    past_when,
    prep_at,
    topic_end,
    trim,
    what_was_done,
)
from diplograph.read.triggers import WRITTEN
from diplograph.read.undone import not_an_act, undone
from diplograph.read.writers import writer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def acts(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction, doc: Doc | None = None) -> None:
    norm = src.norm
    cands: list[tuple[int, int, ActPattern]] = []
    low = folded(norm[s.start : s.end])
    for pat in lexicon().acts:
        if not holds(low, pat.needles):
            continue  # none of the words the verb phrase needs: not here
        for m in pat.verb.finditer(norm, s.start, s.end):
            if m.end() <= m.start() or partial(norm, m.start(), m.end()):
                continue
            if a_noun_named(doc, m.start(), m.end()) or naming_participle(doc, m.start()):
                continue  # "cables of thanks", "the accord signed in 2019": what is named, no act of its own
            if verb_allowed(s, refs, m.start()) or in_letter(src, out, doc, m.start(), m.end()):
                cands.append((m.start(), m.end(), pat))
    cands += by_lemma(s, doc, {c[0] for c in cands}, out, src, refs)
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    starts = sorted({c[0] for c in cands})
    named = invitations_from(src, s, refs, res, out)  # "an invitation from X to Y": X's, to Y
    for act in named:
        keep(out, act)
    # and no other reading of the same invitation ("conveyed an invitation from X ...": not the
    # messenger's): an invitation whose phrase reaches into it
    cands = [c for c in cands if not (c[2].act == "invite" and any(_reaches(c, a.topic_span) for a in named))]
    taken_until = s.start
    previous: Act | None = None
    for start, end, pat in cands:
        if start < taken_until or (doc is not None and recalled_when(src, doc, start)):
            continue
        if pat.act == "sign" and doc is not None and in_past_clause(src, doc, start):
            continue  # "The two countries signed a defence pact in 2024": recalled, not reported
        noun = act_noun(doc, start, end)
        passed = passed_on(noun, refs)  # "conveyed X's wishes": X's, by a messenger
        found = _one_act(src, s, refs, res, out, pat, start, end, starts, previous, doc, noun, passed)
        if not found:
            continue
        taken_until = found[0].topic_span[1]
        for act in found:
            act.passed = passed is not None and act.agent == passed[0]
            act.messenger = passed[1] if passed is not None and act.passed else None
            keep(out, act)
            own_message(src, s, out, act)
        previous = found[0]
    for act in passed_wishes(src, s, refs, res, out):  # "conveyed the greetings of X and his wishes of ..."
        keep(out, act)


def _one_act(
    src: Source,
    s: Sentence,
    refs: list[Ref],
    res: Resolver,
    out: Extraction,
    pat: ActPattern,
    start: int,
    end: int,
    starts: list[int],
    previous: Act | None,
    doc: Doc | None = None,
    noun: Token | None = None,
    passed_for: tuple[Entity, Entity | None] | None = None,
) -> list[Act]:
    norm = src.norm
    if undone(norm, max(s.start, start - 40), start):
        return []  # "has yet to congratulate her successor", "did not thank": no act
    them = pronoun = False
    also: list[Entity] = []
    if pat.agent_rule == "invitee":
        invite = latest_act(out)
        agents = [invite.addressee] if invite and invite.addressee else []
    elif pat.agent_rule == "contact":  # "It was agreed to ...": the parties of the latest contact
        sides = res.pair or res.main
        agents = [sides[0][0], sides[1][0]] if sides and sides[0] and sides[1] else []
    else:
        agents = agents_of(src, s, refs, start, end, previous, doc, out)
        if len(agents) == 2 and pat.mode != "reciprocal" and caller(out, agents) == agents[1]:
            agents = agents[::-1]  # "X and Y agreed ... in a call held at the request of Y": the caller's
    verb = verb_at(doc, start, end)
    done_to = roles.passive_subject(verb) if verb is not None else None
    # (a passive whose subject the parser took for an active one's: "which he says was appreciated by")
    passive = verb is not None and (done_to is not None or any(c.dep_ == "auxpass" for c in verb.children))
    by = roles.by_agents(verb, refs) if verb is not None and passive else []
    if verb is not None and passive and not by and any(c.dep_ == "agent" for c in verb.children):
        return []  # "X, who was backed by the Law and Justice party": done by none of the report's parties
    by = by if done_to is not None else []  # (of a misread passive, the "by" phrase only rules an act out)
    if by:  # "Y was congratulated by X": X acts, on Y; "the agreements were signed by X and Y": X, with Y
        by = [e for e in by if e.kind == "person"] or by  # "by X, Norway's minister for ..., and Y"
        agents = by[:2] if pat.act == "sign" else [*by[:1], *(roles.parties(done_to, refs)[:1] or by[1:2])]
    accepted = pat.act == "agree" and norm.startswith("accept", start)
    named = re.match(r" (?:of|from) ", norm[end : end + 6]) or any(
        m.possessive and start < m.start < end for m, _ in refs
    )  # "accepted an invitation from X": the subject accepts, whatever came before
    told = accepted_noun(norm, s, start) if accepted else None
    if told is not None and told["what"].lower() != "invitation":  # "..., a proposal X accepted": X, the proposer's
        proposal = latest_act(out, "propose")
        if proposal is not None and agents and agents[0] != proposal.agent:
            agents = [agents[0], proposal.agent]
    elif accepted and agents and (thanked := _thanked_for_it(out, s, agents[0], norm[start:end])) is not None:
        agents = [agents[0], thanked]  # "thanked X for the invitation and accepted it": X's invitation
    elif ("invitation" in norm[start:end] or accepted) and not (named and agents):
        invite = latest_act(out)  # who accepts an invitation is not who made it
        # the invitee accepts, and answers the one who invited
        if (
            invite is not None
            and invite.addressee is not None
            and (not agents or agents[0] in (invite.agent, invite.addressee))
        ):
            agents = [invite.addressee, invite.agent]
    taken = taken_up(verb, refs, out) if verb is not None and pat.act == "support" else None
    agents = taken[0] if taken is not None else agents  # "..., a proposal X welcomed and backed": X's, to its proposer
    if not agents:
        return []
    agent = speaker(src, s, refs, agents[0], res, verb_at(doc, start, end))
    if agent.kind == "state" and (w := writer(src, out, start)) is not None and res.country_of(w) in (agent, None):
        agent = w  # "Australia will continue to support ..." in a letter the Prime Minister wrote
    addressee: Entity | None = agents[1] if len(agents) > 1 else None
    sent_for = passed_for if not by else None
    messenger = agent
    if sent_for is not None and sent_for[0] != agent:  # "conveyed X's wishes": X's, not the messenger's
        addressee = None if addressee in (sent_for[0], *agents) else addressee  # (nor each messenger's)
        agent, agents = sent_for[0], [sent_for[0]]
    # "X and Y, both of whom conveyed their condolences to ...": two who never met act each, not to each other
    separately = (
        len(agents) > 1
        and pat.act in _ONE_EACH
        and pat.mode != "reciprocal"
        and not by
        and pat.agent_rule not in ("invitee", "contact")
        and not any({agents[0], agents[1]} <= {*c.senders, *c.recipients} for c in out.communications)
    )
    addressee = None if separately else addressee
    if pat.agent_rule == "invitee" and invite is not None:
        addressee = invite.agent
    pos = end
    hit_none = False
    topic_start: int | None = (told.start() if told else start) if pat.mode == "predicate" else None
    to = re.match(r"\s*to \"?", norm[pos : pos + 6])  # "to \"the brotherly people of X\"": X
    you = re.match(r"\s*to you\b", norm[pos : pos + 9])
    to_you = you is not None
    if pat.addressee == "to" and you:  # "my gratitude to you for ...": the one the letter is to
        addressee, pos = counterpart(agent, res, out), pos + you.end()
    elif pat.addressee == "to" and to and (hit := mention_at(refs, norm, pos + to.end())):
        addressee, pos = addressee_of(hit, agent, res, out), hit[0].end
    elif pat.addressee == "to" and (hit := addressee_before(verb, refs, norm, noun)) is not None:
        addressee = addressee_of(hit, agent, res, out) if hit[1] else counterpart(messenger, res, out)
    elif pat.addressee == "direct" and not by:  # "congratulated X on ...", "wished you, dear X, ..."
        o = objects_of(norm, s, refs, pos, agent, addressee, res, out)
        addressee, also, pos, to_you = o.addressee, o.also, o.pos, o.you
        hit_none, them, pronoun = o.hit_none, o.them, o.pronoun
    if (
        addressee is None
        and pat.addressee in ("direct", "none")
        and verb is not None
        and (whom := antecedent_of(verb, refs))
    ):
        addressee = whom[0]  # "Y, whom he congratulated on ...": Y
    if topic_start is None:
        prep = prep_at(norm, pos, pat.topic, past_names=pat.addressee != "none")
        topic_start = prep if prep is not None else (past_when(norm, pos) if "" in pat.topic else None)
    if sent_for is not None and topic_start is not None and (whose := past_whose(noun, refs)) is not None:
        if topic_start < whose:  # "conveyed the good wishes of X, ...": no words of a wish past whose it is
            topic_start = prep_at(norm, whose, pat.topic)
            if topic_start is None and pat.act != "invite":
                return []
    ask = pat.act == "invite" and (topic_start is None or sent_for is not None)
    invite_words = invited_to(noun, refs, norm) if ask else None
    if invite_words is not None:  # "the sultan's invitation for Trump to visit Muscat": Trump, "visit Muscat"
        invitee, topic_start = invite_words  # (a place the visit goes "to" is no addressee)
        addressee = addressee_of(invitee, agent, res, out) if invitee is not None and addressee is None else addressee
    topic, tspan, at = None, (start, end), topic_start
    if topic_start is not None:
        limit = s.end
        if start == s.start and norm[start:end].lower().endswith("ing") and "," in norm[start : s.end]:
            limit = norm.index(",", start)  # a fronted participle's topic ends at its comma
        if verb is not None and verb.dep_ in ("acl", "relcl") and verb.head.dep_ in ("nsubj", "nsubjpass"):
            # "A letter from X inviting her to visit Y was delivered", "X, who thanked Y for Z, ...":
            # the participle's or the relative clause's words only
            limit = min(limit, verb.right_edge.idx + len(verb.right_edge.text))
        tspan = trim(norm, topic_start, topic_end(norm, topic_start, limit, starts))
        # "condolences over the disaster to his counterpart" (not the place an invitation's visit goes to)
        if pat.addressee == "to" and addressee is None and invite_words is None:
            late = re.search(r" to (?:(?:his|her|their) )?(?=(?:the )?[A-Z])", norm[tspan[0] : tspan[1]])
            if late and _GIVEN.search(norm, tspan[0], tspan[0] + late.start()):
                late = None  # "for the scholarships granted each year to Ghanaian students": the topic's
            if late and pat.act == "invite" and _VISIT_ENDS.search(norm[tspan[0] : tspan[0] + late.start()].rstrip()):
                late = None  # "an invitation to pay a state visit to Brazil": where the visit goes
            hit = mention_at(refs, norm, tspan[0] + late.end()) if late else None
            if late and hit is not None and hit[0].kind != "pronoun" and hit[1]:
                addressee, tspan = addressee_of(hit, agent, res, out), (tspan[0], tspan[0] + late.start())
                tspan = trim(norm, *tspan)
        if pat.act == "sign" and addressee is None:  # "signed an agreement on X with his counterpart Y"
            late = _WITH.search(norm, tspan[0], tspan[1])
            hit = mention_at(refs, norm, late.end()) if late else None
            if late and hit is not None and hit[1] and hit[1][0].kind == "person" and hit[1][0] != agent:
                addressee, tspan = hit[1][0], trim(norm, tspan[0], late.start())
        at = tspan[0]
        topic = clean(src.text[tspan[0] : tspan[1]]) if tspan[1] > tspan[0] else None
        tspan = (min(tspan[0], start), max(tspan[1], end))
    if topic is None and pat.addressee == "direct" and not by and hit_none and not to_you and "" not in pat.topic:
        return []  # "supports the Global Development Initiative": no one named, no topic; another entry reads it
    if topic is not None and topic.startswith("behalf of"):
        if not own_behalf(src.norm, refs, at or start, agent, res):
            return []  # greetings passed on on someone's behalf: that someone's, not the speaker's
        topic = None  # "expressed condolences on behalf of his government": the speaker's own
    if not_an_act(src, s.start, pat, (start, end), verb, done_to, topic):
        return []
    if taken is not None:
        topic, tspan = clean(src.text[taken[1][0] : taken[1][1]]), (min(taken[1][0], start), max(taken[1][1], end))
    if pat.act == "sign" and by and done_to is not None and verb is not None:  # "The agreements ... were signed by X"
        tspan = what_was_done(norm, done_to, verb)
        topic, tspan = clean(src.text[tspan[0] : tspan[1]]), (min(tspan[0], start), max(tspan[1], end))
    sent = re.match(r"of (.+?) to (?:the )?", topic or "")
    if sent and at is not None and norm.startswith(sent.group(), at):  # "wishes of good health to X"
        hit = mention_at(refs, norm, at + sent.end())
        if hit is not None:
            addressee, topic = addressee_of(hit, agent, res, out), sent.group(1)
    third = pat.no_addressee is not None and topic is not None and pat.no_addressee.search(topic) is not None
    # "thanked the friendly nations for ...", "expressed gratitude to all leaders": many, none named
    third = third or (addressee is None and _crowd().match(norm, end) is not None)
    # "sent cables to X and Y, expressing his thanks ... and wishing them ...": one act each
    plural = them and _GROUP.search(norm, s.start, start) is not None  # "welcomed the ambassadors, wishing them"
    many = written_to_many(out, s, agent, them=plural) if (addressee is None or them) and not third else []
    if them and plural and not many and len(received := envoys_met(agent, res, out)) > 1:
        many = received  # "Welcoming the envoys, X wished them ...": each envoy X received
    addressee = many[0] if many else addressee
    if addressee is None and norm[start:end].endswith(" you") and not third:
        addressee = counterpart(agent, res, out)  # "renew my invitation for you to visit ...": the one written to
    if addressee is None and topic_start is not None and not third:
        owned = (topic_start, tspan[1])
        if pat.act == "invite" and (visit := _VISIT.search(norm, *owned)):
            owned = (topic_start, visit.start())  # (not where the visit goes: "to pay a visit to Chile")
        addressee = owner_in_topic(norm, refs, owned, res.country_of(agent) or agent)
    if addressee is None and not third and pat.act == "sign" and verb is not None:
        addressee = next((e for e in roles.with_whom(verb, refs) if e != agent), None)  # "With X he signed ..."
    fallback = addressee is None and not third  # no one named: the one the communication is with
    if fallback:  # (an invitation answered: whoever invited the agent)
        invited = inviter_of(agent, out) if "invitation" in norm[start : tspan[1]] else None
        addressee = invited or counterpart(messenger, res, out)  # (the one a messenger spoke to)
    addressee, topic = state_in_topic(addressee, topic, agent, res, fallback=fallback)
    topic = None if topic and only_when(topic) else topic  # "on the same day": when, not what
    if topic is None and pat.act in lexicon().occasion_acts:
        topic = occasion(src, s.start, pat.act)
    topic = topic.split("\n")[0].strip() if topic else topic  # never past a paragraph (a headline's)
    wished_state = wished_for(noun, refs) if pat.act == "wish" else None  # "his wishes for the Omani people"
    if wished_state is not None and wished_state != res.country_of(agent):
        addressee = wished_state
    comm = communication_of(agent, res, out)
    if pronoun:  # "a letter from X inviting him to ...": him, whom the letter is to (the latest X wrote)
        written = next(
            (c for c in reversed(out.communications) if c.span[0] < s.end),
            None,
        )
        if (
            written is not None
            and written.kind in WRITTEN
            and written.senders == [agent]
            and len(written.recipients) == 1
        ):
            addressee = written.recipients[0]
    act = Act(pat.act, agent, addressee, topic, (s.start, s.end), tspan, comm)
    extra = invitation_of(src, s, refs, agent, (start, end), comm, verb) if "invitation" in norm[start:end] else None
    if extra is not None:  # "accepted the invitation of X to ...": X invited, and X is whom it answers
        act = Act(pat.act, agent, extra.agent, topic, (s.start, s.end), tspan, comm)
        before = any(a.act == "invite" and (a.agent, a.addressee) == (extra.agent, agent) for a in out.acts)
        return [act] if before else [extra, act]  # (an invitation read before, not again)
    return fan_out(act, pat, norm, agents, res, out, separately=separately, many=many, also=also)


def _reaches(cand: tuple[int, int, ActPattern], span: tuple[int, int]) -> bool:
    """A candidate act phrase that ends inside ``span`` or starts in it."""
    return span[0] <= cand[1] <= span[1] or span[0] <= cand[0] < span[1]


_ONE_EACH = frozenset({"congratulate", "condole", "thank", "wish", "praise", "support"})


@cache
def _crowd() -> re.Pattern[str]:
    """Many no one is named in, after the act's verb (``crowds`` in ``ingest/references.yaml``)."""
    crowds = "|".join(lexicon().references["crowds"])
    return re.compile(rf"\s+(?:to )?(?:the |all )?(?:[a-z]+ ){{0,2}}(?:{crowds})\b(?! of)")


_GROUP = re.compile(r"\b(?:ambassadors|envoys|diplomats|heads of mission|leaders|guests|delegations)\b", re.I)
_WITH = re.compile(r" with (?=(?:his|her|their|the) |[A-Z])")
"""Where a signing's other signer follows its topic, the parser having hung "with" deep inside it."""
_GIVEN = re.compile(
    r"\b(?:granted|given|provided|extended|offered|rendered|awarded|accorded|allocated|donated"
    r"|contributions?|donations?)\b"
)
"""A participle or noun of giving: a "to" after it says to whom the thing was given, in the topic."""
_VISIT = re.compile(r"\bvisits?\b")
_VISIT_ENDS = re.compile(r"\bvisits?$")


def _thanked_for_it(out: Extraction, s: Sentence, agent: Entity, phrase: str) -> Entity | None:
    """Whom the agent thanked for an invitation earlier in the sentence, where "accepted it"
    takes that invitation up ("thanked X for the invitation and accepted it")."""
    if not phrase.lower().endswith(" it"):
        return None
    return next(
        (
            a.addressee
            for a in reversed(out.acts)
            if a.span == (s.start, s.end) and a.agent == agent and a.act == "thank" and "invitation" in (a.topic or "")
        ),
        None,
    )
