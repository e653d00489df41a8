"""To whom an act is addressed: the names after its verb ("congratulated X, Y and Z"), a
relative "whom" ("X, with whom he agreed"), the invitation an acceptance answers, the
recipients of the message it is sent in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplograph.read import roles, subject_words
from diplograph.read.clauses import Ref, mention_at
from diplograph.read.facts import Act, Extraction
from diplograph.read.gender import PRONOUNS
from diplograph.read.lexicon import Entity, realm_fits
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence, Source
from diplograph.read.topic_addressees import principle_of
from diplograph.read.topics import clean, communication_of, counterpart, topic_end, trim
from diplograph.read.triggers import WRITTEN

if TYPE_CHECKING:
    from spacy.tokens import Token


def antecedent_of(verb: Token, refs: list[Ref]) -> list[Entity]:
    """The one a relative "whom" object stands for ("Maia Sandu, whom he congratulated"; "X, with
    whom he agreed to ...")."""
    objects = [
        *verb.children,
        *(o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children),
    ]
    whom = next((c for c in objects if c.dep_ in ("dobj", "pobj") and c.lower_ in ("whom", "who")), None)
    return roles.parties(subject_words.antecedent(whom), refs, head_only=True) if whom is not None else []


def also_addressed(
    refs: list[Ref], norm: str, pos: int, agent: Entity, res: Resolver, out: Extraction
) -> tuple[list[Entity], int]:
    """The parties listed after an act's first addressee ("congratulated X, Y and Z on ..."),
    and where the list ends."""
    found: list[Entity] = []
    while (joint := re.match(r",? and |, ", norm[pos : pos + 6])) is not None:
        hit = mention_at(refs, norm, pos + joint.end())
        if hit is None or not hit[1] or hit[0].possessive or hit[0].kind in ("pronoun", "pair"):
            break
        if re.search(r"\b(?:people|peoples|nation)\b", norm[hit[0].start : hit[0].end]) or (
            hit[0].kind == "demonym" and norm[hit[0].end - 1] == "s"
        ):
            break  # "congratulated him and the Brazilian people", "X and Nigerians": one addressee and his people
        if (party := addressee_of(hit, agent, res, out)) is not None:
            found.append(party)
        pos = hit[0].end
    return [e for e in dict.fromkeys(found) if e != agent], pos


def latest_act(out: Extraction, act: str = "invite") -> Act | None:
    """The latest act of a type read so far (the invitation or proposal an acceptance answers)."""
    return next((a for a in reversed(out.acts) if a.act == act), None)


_ACCEPTED_NOUN = re.compile(
    r"(?:an|a) (?P<what>invitation|proposal|offer|suggestion) (?:which |that )?[^.;,\"]{1,60}?$", re.I
)


_TAKEN = frozenset({"proposal", "idea", "suggestion", "offer", "initiative", "plan"})


def taken_up(verb: Token, refs: list[Ref], out: Extraction) -> tuple[list[Entity], tuple[int, int]] | None:
    """Support told after what it takes up: "..., a proposal X welcomed and backed", "an idea X
    endorsed": X, to the one who proposed it last; the words from the noun to the clause's end."""
    v = verb
    while v.dep_ == "conj" and v.head.pos_ == "VERB":
        v = v.head
    if v.dep_ not in ("relcl", "acl") or v.head.lemma_.lower() not in _TAKEN:
        return None
    who = roles.subjects(v, refs)
    proposal = latest_act(out, "propose")
    if not who or proposal is None or proposal.agent in who[:1]:
        return None
    first, last = v.head.left_edge, verb.right_edge
    return [who[0], proposal.agent], (first.idx, last.idx + len(last.text))


def accepted_noun(norm: str, s: Sentence, start: int) -> re.Match[str] | None:
    """An acceptance told after what it accepts: "..., an invitation which the President accepted",
    "..., a proposal X accepted"."""
    return _ACCEPTED_NOUN.search(norm, max(s.start, start - 80), start)


def invitation_of(
    src: Source,
    s: Sentence,
    refs: list[Ref],
    agent: Entity,
    span: tuple[int, int],
    comm: int | None,
    verb: Token | None = None,
) -> Act | None:
    """The invitation an acceptance names: "accepted the invitation of X to hold ...", "an
    invitation from X", "X's invitation", "an invitation to visit Y, extended by X"."""
    norm = src.norm
    start, end = span
    of = re.match(r" (?:of|from) (?:the )?", norm[end : end + 10])
    hit = mention_at(refs, norm, end + of.end(), skip_titles=True) if of else None
    owner = next((r for r in refs if r[0].possessive and r[1] and start < r[0].start < end), None)
    after = hit[0].end if hit is not None else end  # "X's invitation to visit ...": the topic after the noun
    hit = hit or owner
    made = _extended(verb) if hit is None and verb is not None else None
    if made is not None and (by := roles.by_agents(made, refs)):
        topic = _to_clause(src, Sentence(s.start, made.idx, s.quotes), end)  # "to visit Y", up to the participle
        return None if by[0] == agent else Act("invite", by[0], agent, topic, (s.start, s.end), (start, end), comm)
    if hit is None or not hit[1] or hit[1][0] == agent:
        return None
    topic = _to_clause(src, s, after)
    return Act("invite", hit[1][0], agent, topic, (s.start, s.end), (end, hit[0].end), comm)


_EXTENDED = frozenset({"extend", "issue", "make", "send", "address"})


def _extended(verb: Token) -> Token | None:
    """The participle that says who made the invitation an acceptance takes ("accepted an
    invitation to visit Y, extended by X"); not a messenger's ("handed over by Z")."""
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "invitation"), None)
    return next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _EXTENDED), None) if noun else None


def _to_clause(src: Source, s: Sentence, after: int) -> str | None:
    """What an invitation is to, where ",? to ..." follows ``after`` ("... to visit Dakar")."""
    to = re.match(r",? to ", src.norm[after : after + 5])
    if to is None:
        return None
    a = after + to.end()
    return clean(src.text[a : trim(src.norm, a, topic_end(src.norm, a, s.end, []))[1]])


def written_to_many(out: Extraction, s: Sentence, agent: Entity, *, them: bool = False) -> list[Entity]:
    """The recipients of a letter, message or cable the agent sends to several in this sentence;
    for "them", those of the agent's latest contact with several ("received the credentials of
    three ambassadors ... welcomed the ambassadors, wishing them success")."""
    for c in reversed(out.communications):
        if c.span == (s.start, s.end) and c.senders == [agent] and len(c.recipients) > 1 and c.kind in WRITTEN:
            return c.recipients
    if them:
        last = next((c for c in reversed(out.communications) if c.senders == [agent]), None)
        if last is not None and len(last.recipients) > 1 and all(e.kind == "person" for e in last.recipients):
            return last.recipients
    return []


def contacted_here(out: Extraction, s: Sentence, agent: Entity) -> list[Entity]:
    """Those the agent's contacts in this sentence reach ("spoke by telephone with X and Y")."""
    here = (c.recipients for c in out.communications if c.span == (s.start, s.end) and c.senders == [agent])
    return list(dict.fromkeys(e for rs in here for e in rs))


def called(out: Extraction, people: list[Entity]) -> bool:
    """All these were reached by calls ("held phone calls with X, Y and Z"), not met at once."""
    return any(c.kind == "phone_call" and set(people) <= set(c.senders + c.recipients) for c in out.communications)


def written_to(agent: Entity, out: Extraction) -> Entity | None:
    """The person the agent's latest letter or message is to ("to you and to the people of X": you)."""
    for c in reversed(out.communications):
        if c.kind in WRITTEN and c.senders == [agent]:
            return next((e for e in c.recipients if e.kind == "person"), None)
    return None


def inviter_of(agent: Entity, out: Extraction) -> Entity | None:
    """Who last invited the agent: whom "accepted the invitation" or "thanked him for the
    invitation" answers, though the letter that brought it was handed over by an envoy."""
    return next((a.agent for a in reversed(out.acts) if a.act == "invite" and a.addressee == agent), None)


_PASS_ON = re.compile(
    r"\b(?:convey|pass|extend|transmit|relay)\w*(?: on)? (?:(?:his|her|their|my|our|the|warm|warmest|best|"
    r"cordial|sincere|personal|fraternal|brotherly) ){0,3}(?:greetings|wishes|regards|compliments)"
    r"(?: and [a-z ]{3,30}?)? to (?:the )?"
)


def passed_on_to(norm: str, s: Sentence, refs: list[Ref]) -> tuple[Entity, ...]:
    """Those the sentence has someone pass greetings on to ("asked the envoy to convey his
    greetings to Prime Minister X")."""
    found: list[Entity] = []
    for m in _PASS_ON.finditer(norm, s.start, s.end):
        hit = mention_at(refs, norm, m.end())
        if hit is not None and hit[1] and hit[0].kind != "pronoun":
            found.append(hit[1][0])
    return tuple(found)


def addressee_of(
    hit: Ref, agent: Entity, res: Resolver, out: Extraction, passed_to: tuple[Entity, ...] = ()
) -> Entity | None:
    """Whom an act's named party stands for; a pronoun, the other side of the agent's contact,
    unless it stands for one of ``passed_to`` (to whom the sentence passes greetings on)."""
    m, ents = hit
    if m.kind == "pronoun":  # "sent a message to X congratulating him": X, the other party of the contact
        other = counterpart(agent, res, out) or res.other_than(agent)
        want = PRONOUNS.get((m.name or "").lower())
        # "thanked X for his letter and congratulated him": whom the agent's act just before in the
        # sentence went to
        before = [
            a.addressee
            for a in out.acts
            if a.span[0] == res.sentence[0] and a.agent == agent and a.topic_span[1] <= m.start and a.addressee
        ]
        if before and before[-1].kind == "person" and res.gender_of(str(before[-1].iri)) in (None, want):
            return before[-1]
        named = ents[0] if ents and ents[0] != agent and ents[0].kind == "person" else None
        if (
            named is not None
            and other is not None
            and str(named.iri) in res.here
            and (res.gender_of(str(other.iri)) not in (None, want) or named in passed_to)
        ):
            # "asked the envoy to convey his greetings to Queen X and wished her ...": not the envoy
            # met, but whom greetings are passed on to, or whom alone the pronoun can stand for
            return named
        return other
    if not ents and m.of is not None:
        return m.of
    return ents[0] if ents else None


_FROM_TO = re.compile(r"\binvitations? from ")
_OWNED_TO = re.compile(r"\binvitation,? to (?:the )?")


def invitations_from(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction) -> list[Act]:
    """Invitations told as a noun with both parties ("conveyed an invitation from President X to
    President Y to visit Z", "the message contained an invitation from X to Y"): X invites Y,
    whoever carries or holds the invitation."""
    norm = src.norm
    found: list[Act] = []
    for m in _FROM_TO.finditer(norm, s.start, s.end):
        inviter = mention_at(refs, norm, m.end(), skip_titles=True)
        # "an invitation from X to Y", "... from X for Y to pay a state visit"
        to = re.match(r",? (?:to|for) (?:the )?", norm[inviter[0].end : inviter[0].end + 9]) if inviter else None
        invitee = mention_at(refs, norm, inviter[0].end + to.end(), skip_titles=True) if inviter and to else None
        if inviter is None or invitee is None or not inviter[1] or not invitee[1]:
            continue
        after = invitee[0].end
        topic = _to_clause(src, s, after) or None
        found += _invite(src, s, res, out, inviter[1][0], invitee[1][0], topic, (m.start(), after))
    # "conveyed Minister X's invitation to Y to attend ..."
    for m in _OWNED_TO.finditer(norm, s.start, s.end):
        owner = next(
            (r for r in refs if r[1] and re.fullmatch(r"(?:'s|\u2019s|')? ", norm[r[0].end : m.start()])), None
        )
        invitee = mention_at(refs, norm, m.end(), skip_titles=True)
        if owner is None or invitee is None or not invitee[1] or owner[0].kind not in ("person", "title"):
            continue
        if not owner[0].possessive and norm[owner[0].end] != "'":
            continue
        after = invitee[0].end
        topic = _to_clause(src, s, after) or None
        found += _invite(src, s, res, out, owner[1][0], invitee[1][0], topic, (owner[0].start, after))
    return found


def _invite(
    src: Source,
    s: Sentence,
    res: Resolver,
    out: Extraction,
    agent: Entity,
    addressee: Entity,
    topic: str | None,
    span: tuple[int, int],
) -> list[Act]:
    if agent == addressee:
        return []
    comm = communication_of(agent, res, out)  # the contact it came by, as for every other act
    return [Act("invite", agent, addressee, topic, (s.start, s.end), span, comm)]


def envoys_met(agent: Entity, res: Resolver, out: Extraction) -> list[Entity]:
    """The envoys the agent received, one audience each ("received the credentials of three
    ambassadors ... wished each of the ambassadors success"): whom the act goes to, each."""
    envoys = res.envoys()
    return list(
        dict.fromkeys(
            e
            for c in out.communications
            if c.kind == "meeting" and agent in (c.senders[:1] + c.recipients[:1])
            for e in (c.recipients if c.senders[:1] == [agent] else c.senders)  # or "presented theirs to X"
            if e.kind == "person" and str(e.iri) in envoys and e != agent
        )
    )


def state_in_topic(
    addressee: Entity | None, topic: str | None, agent: Entity, res: Resolver, *, fallback: bool
) -> tuple[Entity | None, str | None]:
    """The addressee and topic of an act whose topic names a state as the one it is for: a
    principle about a state ("supports the one-China principle": China), the recipient's state by
    a word for it ("assistance to the brotherly country", "support your country's efforts"), and,
    where no one was named (``fallback``), "wished the country further progress" or "praised the
    kingdom's reforms" (a kingdom only where it is one)."""
    state = principle_of(topic) if topic else None
    if (
        state is not None
        and state != res.country_of(agent)
        and (addressee is None or res.country_of(addressee) == state)
    ):
        addressee = state
    if addressee is not None and addressee.kind == "person" and topic and _KIN.search(topic):
        addressee = res.country_of(addressee) or addressee
    its = _ITS_STATE.match(topic or "") if fallback and addressee is not None and addressee.kind == "person" else None
    if its and addressee is not None and (state := res.country_of(addressee)) and realm_fits(its.group(), state):
        addressee = state
        rest = (topic or "")[its.end() :].strip()
        topic = rest if its.group("whom") and rest else topic  # the wish's own words, after "the country"
    if addressee is not None and addressee.kind == "person" and topic and _YOURS.search(topic):
        addressee = res.country_of(addressee) or res.home or addressee  # the dateline's, where the text gives none
    return addressee, topic


_KIN = re.compile(r"\b(?:to|for) the (?:brotherly|friendly|fraternal|sisterly) (?:country|nation|state)\b")
_ITS_STATE = re.compile(
    r"^(?:(?P<whom>(?:the people of (?:that|this|the) (?:(?:sister|brotherly|friendly|fraternal) )?(?:country|nation)"
    r"|the (?:[A-Z][\w-]+ )?(?:country|nation))(?= [a-z]))"  # a wish's: "the country further progress"
    # "the kingdom's reforms"
    r"|(?:\S+ ){0,3}the (?:country|nation|[Kk]ingdom|Sultanate|Principality|Emirate|Grand Duchy)'s? "
    # "the efforts of the country", "the results achieved by the government"
    r"|(?:\S+ ){1,4}(?:of|by) the (?:country|nation|(?:[Ff]ederal |[Nn]ational )?[Gg]overnment)\b)"
)
_YOURS = re.compile(r"^(?:\w+ )?your (?:country|nation|people)\b", re.I)
