"""Where an act's topic starts and ends, whom it is addressed to when no name follows, the
contact it belongs to, and whether "on behalf of" names the speaker's own side. Addressees the
topic itself names are read in :mod:`diplograph.read.topic_addressees`."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref
from diplograph.read.facts import Communication, Extraction
from diplograph.read.holders import envoy_title
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.resolve import Resolver
from diplograph.read.triggers import WRITTEN

if TYPE_CHECKING:
    from spacy.tokens import Token

CLAUSE_END = re.compile(
    r";|,?\"(?=[\s.,;]|$)| on behalf of\b"  # a closing quotation mark; greetings passed on
    r"| [-\u2013\u2014] (?=while|but|as|though|although|amid|even)\b"  # "... elections - while Belgrade ..."
    r"| (?:was|were|has been|have been) (?:handed|delivered|sent|received|passed|conveyed|read out)\b"
    r"|,? and (?:I|we|he|she|they) (?=[a-z])"  # a new clause: "..., and I am confident that ..."
    # a new clause of the pair: "congratulated X on ... and the two presidents agreed to ...";
    # another reported clause: "invited X to visit Y and that the Chilean president accepted"
    r"|,? and (?:the two|both|the) (?:leaders|presidents|sides|parties|ministers|foreign ministers|prime ministers"
    r"|premiers|heads of state|heads of government|countries) (?=[a-z])"
    # one of them, by a title: "invited X to visit Maputo and the Malawi leader accepted"
    r"|,? and (?:the|his|her) (?:visiting )?(?:[A-Z][\w-]+ )?(?i:leader|president|prime minister|premier|head of state"
    r"|guest|host|counterpart) (?=[a-z]+ed\b)"
    r"|,? (?:and|but) that\b"  # another reported clause: "said Serbia supports X, but that it would never ..."
    # what a signed text says, told as the pair's own act: "signed a communiqué in which they agreed to ...";
    # what a cable says: "a cable congratulating X on his election, in which he wished him ..."
    r"|,? in which (?=(?:they|both|the two|the (?:leaders|sides|parties|presidents|ministers)|he|she) )"
    r"|, with [^,.;]{1,60}? (?:looking on|in attendance)\b"  # "..., with the two leaders looking on"
    # an acceptance told after the act: "invited X to visit Y, an invitation which X accepted"
    r"|(?:,| [-\u2013\u2014]) (?:an|a) (?:invitation|proposal|offer|suggestion|idea|initiative|plan)"
    r"(?= (?:which |that )?[^.;,\"]{1,60}?\b(?:accepted|welcomed|endorsed|backed|supported)\b)"
    # a second verb of the same subject: "signed a memorandum and held a joint press conference"
    r"| and (?:also )?(?:held|discussed|exchanged|reviewed|attended|visited|toured|laid|met|paid|hosted|"
    r"inspected|received|addressed|witnessed|visited|inaugurated|opened|launched)\b"
    r"| (?:during|in) (?:a|an|the|their|his|her) (?:[\w-]+ ){0,2}(?:call|conversation|meeting|talks|visit)\b"
    r"|, in (?:a|an|the|his|her|their) (?:[\w-]+ )?(?:letter|message|cable|telegram)\b"  # ", in a letter delivered ..."
    r"|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bMrs)(?<![A-Z])\.(?= [A-Z])"  # a sentence inside a quotation
    r"|, (?:noting|stressing|adding|emphasi[sz]ing|expressing|saying|describing|calling|which|who|while|whereas"
    r"|as well as|and noted|and stressed|including"
    r"|(?!recalling that)[a-z]+ing(?= (?:the|a|an|his|her|their|its|him|them|that)\b)"
    r"|(?:he|she|they) (?:said|added|noted|stressed)\b"  # ", he said"
    r"|according to|(?:the |an? |[A-Z][\w'-]+ )(?:[\w'()-]+ ){0,5}"  # an attribution: ", the office said"
    r"(?:said|noted|added|stressed|reports|reported|informs|writes|announced|stated|has learnt|has learned|told))\b"
)
COORD = re.compile(
    r"(?:,? and|, then)(?:,? in (?:his |her |their )?turn,?)? (?:(?:also|further|then|once again|\w+ly) )*$"
)


_NEW_AGENT = re.compile(r", and (?:the |his |her )?(?:[\w'-]+ |(?:Mr|Mrs|Ms|Dr)\. ){1,3}$")  # "..., and Mr. X accepted"


@cache
def _clause_verbs() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, lexicon().references["clause_verbs"]))
    return re.compile(rf",? and (?:also )?(?:{verbs})\b")


@cache
def _past_names(preps: tuple[str, ...]) -> re.Pattern[str]:
    """More addressees, then one of the prepositions: each word after a comma or a space, so no
    two ways to read the same text."""
    alts = "|".join(re.escape(p) for p in sorted((p for p in preps if p), key=len, reverse=True))
    crowds = "|".join(lexicon().references["crowds"])  # "thanked the friendly nations for ..."
    return re.compile(
        r"(?:,?\s+(?:and|the|of|to|people|peoples|his|her|their|your|its|you|him|them|host|hosts|guest|guests|"
        rf"counterpart|counterparts|colleague|colleagues|brother|brothers|sister|sisters|friend|friends|leader|"
        rf"leaders|two|both|dear|fellow|envoy|envoys|[A-Z][\w'.-]*|"
        rf"all|friendly|brotherly|fraternal|international|partner|{crowds}))+?"
        rf",?\s+(?:{alts})\s+"
    )


_WHEN = re.compile(
    r"\s*,?\s*(?:(?:(?:late |early )?on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|on \d{1,2} [A-Z][a-z]+|on [A-Z][a-z]+\.? \d{1,2}|today|yesterday|on the same day|this week"
    r"|, (?:once again|again|once more|in turn|also|too|personally|warmly|in his turn|in her turn),)(?=[\s,])"
)


def prep_at(norm: str, pos: int, preps: tuple[str, ...], *, past_names: bool = False) -> int | None:
    """Where the topic starts if one of the prepositions follows ``pos``, also past a day ("agreed
    on Tuesday to ..."); with ``past_names``, also after more of the addressees ("congratulate
    you and the people of X on ...", "messages to X, and Vice President Y on ...")."""
    when = _WHEN.match(norm, pos)
    if when is not None and (after := prep_at(norm, when.end(), preps)) is not None:
        return after
    for prep in sorted((p for p in preps if p), key=len, reverse=True):
        m = re.match(r"\s*,?\s*" + re.escape(prep) + r"\s+", norm[pos : pos + len(prep) + 8], re.I)
        if m:
            return pos + m.end()
    if past_names:
        m = _past_names(preps).match(norm[pos : pos + 160])
        if m:
            return pos + m.end()
    return None


def past_when(norm: str, pos: int) -> int:
    """Past a day or an adverb of time right after ``pos``, where a topic starts ("signed on
    Thursday a memorandum ...": the memorandum)."""
    when = _WHEN.match(norm, pos)
    return when.end() if when is not None else pos


def topic_end(norm: str, start: int, limit: int, starts: list[int]) -> int:
    """The end of a topic: a new clause, or "and" before another act's verb."""
    end = limit
    for rx in (CLAUSE_END, _clause_verbs()):
        m = rx.search(norm, start, end)
        if m:
            end = m.start()
    for v in starts:
        if start < v < end:
            # "... and [the host] accepted": another act, by the same or a newly named agent
            coord = COORD.search(norm[start:v]) or _NEW_AGENT.search(norm[start:v])
            if coord:
                return start + coord.start()
    return end


def trim(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start] in " \"'":
        start += 1
    while end > start and norm[end - 1] in " .,;:\"'":
        end -= 1
    return start, end


def what_was_done(norm: str, subject: Token, verb: Token) -> tuple[int, int]:
    """A passive's subject as the topic ("The agreements, including A and B, were signed by X
    and Y"), without a relative clause after it ("The accord, which removes ..., was signed")."""
    first, last = subject.left_edge, subject.right_edge
    start, end = first.idx, min(last.idx + len(last.text), verb.idx)
    rel = re.search(r",? (?:which|that|who)\b", norm[start:end])
    return trim(norm, start, start + rel.start() if rel else end)


def clean(text: str) -> str:
    """Topic text without quotation marks."""
    return re.sub(r"[\"\u201c\u201d\u00ab\u00bb]", "", text)


def counterpart(agent: Entity, res: Resolver, out: Extraction | None = None) -> Entity | None:
    """The other party of the latest one-to-one contact the agent took part in (the call or
    meeting the act was part of), else of the report's main contact; none at a multilateral
    event."""
    if res.again is not None and agent in res.again:  # "In his meeting with Y, X ...": that meeting's
        return res.again[1] if agent == res.again[0] else res.again[0]
    mine = {agent, res.country_of(agent)}
    comms = out.communications if out is not None else []
    for i in range(len(comms) - 1, -1, -1):
        c = comms[i]
        if c.kind == "meeting" and len(c.senders) == 1 and agent in c.recipients and _all_envoys(c.recipients, res):
            return c.senders[0]  # envoys received together, each in an audience of their own: the host
        if c.kind == "visit" or len(c.senders) != 1 or len(c.recipients) != 1 or _brought(c, comms[:i], agent, res):
            continue
        if agent in c.senders or (agent.kind == "state" and mine & {res.country_of(c.senders[0])}):
            return c.recipients[0]
        if agent in c.recipients or (agent.kind == "state" and mine & {res.country_of(c.recipients[0])}):
            return c.senders[0]
    if res.main is None:  # no contact read yet: the person the agent's latest act went to ("X congratulated Y")
        acts = out.acts if out is not None else []
        return next(
            (a.addressee for a in reversed(acts) if a.agent == agent and a.addressee and a.addressee.kind == "person"),
            None,
        )
    senders, recipients = res.main
    if len(recipients) > 1 or len(senders) > 1:
        return None
    mine = {agent, res.country_of(agent)}
    if mine & set(senders) or mine & {res.country_of(e) for e in senders}:
        return recipients[0]
    if mine & set(recipients) or mine & {res.country_of(e) for e in recipients}:
        return senders[0]
    return None


def _all_envoys(people: list[Entity], res: Resolver) -> bool:
    """Each of ``people`` an envoy by a post the report gives them."""
    envoys = res.envoys()
    return all(str(e.iri) in envoys for e in people)


def _brought(letter: Communication, before: list[Communication], agent: Entity, res: Resolver) -> bool:
    """A letter the agent was handed at an audience by an envoy of its writer's state ("He also
    handed over a letter from Ms. Takaichi ..."): what the agent says next is said to the envoy."""
    if letter.kind not in WRITTEN or agent not in letter.recipients:
        return False
    home = {res.country_of(e) for e in letter.senders}
    return any(
        c.kind not in (*WRITTEN, "visit") and home & {res.country_of(e) for e in c.senders + c.recipients if e != agent}
        for c in before
        if agent in c.senders + c.recipients
    )


def communication_of(agent: Entity, res: Resolver, out: Extraction) -> int | None:
    """The communication an act of ``agent`` belongs to: the first letter or message the agent
    wrote (what it carries), else the first contact they are a party to, else the first of a
    party of their state."""
    sent = (i for i, c in enumerate(out.communications) if agent in c.senders and c.kind in WRITTEN)
    party = (i for i, c in enumerate(out.communications) if agent in c.senders + c.recipients)
    state = (
        i
        for i, c in enumerate(out.communications)
        if res.country_of(agent) in {res.country_of(p) for p in c.senders + c.recipients}
    )
    return next((i for found in (sent, party, state) for i in found), None)


_OWN_SIDE = re.compile(
    r"behalf of (?:the )?(?:(?:his|her|their|its) (?:own )?)?(?:government|country|people|nation|state)\b"
)


def own_behalf(norm: str, refs: list[Ref], at: int, agent: Entity, res: Resolver) -> bool:
    """ "on behalf of" the speaker's own side: their government or people, their state, or a
    body they hold a post in ("Commissioner X expressed condolences on behalf of the European
    Commission"), not another's greetings passed on."""
    posts = [p for p in res.posts if p.person == str(agent.iri)]
    if _OWN_SIDE.match(norm, at):  # an envoy speaks for those who sent them, not on their own behalf
        return not any(envoy_title(p.title) for p in posts)
    hit = next((ents[0] for m, ents in refs if ents and at < m.start <= at + 14), None)
    if hit is None:
        return False
    return (
        hit == res.country_of(agent)
        or any(p.of == hit for p in posts)
        or (hit.kind == "body" and any(_of_body(p.title, hit.label) for p in posts))
    )


def _of_body(title: str, body: str) -> bool:
    """A post named after its body ("Commissioner for Enlargement" of the European Commission)."""
    return any(t[:7] == b[:7] for t in title.split() for b in body.split() if len(t) >= 7 and len(b) >= 7)
