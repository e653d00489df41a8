"""Whom an act's verb takes as its object, where the act names its addressee directly
("congratulated X on ...", "wished you, dear X, good health", "thanked the governments of
A, B and C for ..."): the addressee, any others addressed with it, and where the topic starts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from diplograph.read.addressees import (
    addressee_of,
    also_addressed,
    called,
    contacted_here,
    envoys_met,
    passed_on_to,
)
from diplograph.read.clauses import Ref, mention_at
from diplograph.read.facts import Extraction
from diplograph.read.lexicon import Entity
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence
from diplograph.read.topics import counterpart


@dataclass
class Objects:
    addressee: Entity | None
    pos: int  # where the words past the object start
    also: list[Entity] = field(default_factory=list)  # addressed with the first, one act each
    you: bool = False  # "you": the one the letter is to
    hit_none: bool = False  # no party named at the object ("supports Peru's participation")
    them: bool = False  # "them": a plural pronoun
    pronoun: bool = False


# "I wish you good health", "wish you, dear X, good health", "I wish Your Holiness a long
# pontificate": the recipient ("I wish you, your family and the people of X strength": you, with yours)
_YOU = re.compile(
    r"\s*(?:you|Your (?:Royal )?(?:Excellency|Majesty|Highness|Holiness|Eminence|Beatitude))"
    r"(?:, (?:my )?dear [^,]{1,60},)?(?:,? (?:and )?your (?:family|loved ones|government|country))*"
    r"(?:,? and (?:to )?(?:the|your) (?:[A-Z][\w-]* )?people(?: of (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)?)?"
    r"(?= [a-z])"
)
_MANY_OF = re.compile(r"\s*the (?:governments|leaders|peoples|authorities) of (?:the )?(?=[A-Z])")
_ENVOYS_MET = re.compile(
    r"\s*(?:(?:each of |all )?the (?:new |newly accredited |three |four |five |six )?"
    r"(?:ambassadors|envoys|diplomats|heads of mission)|both (?:the )?(?:[Aa]mbassadors|[Ee]nvoys))\b"
)
# "you and your people", "him and the people of X": one addressee, then the topic
_AND_THEIR_PEOPLE = re.compile(
    r"\s+and (?:your|his|her|their|the)(?: [A-Z][\w-]+)? (?:people|nation|country)"
    r"(?: of (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)?"
)


def objects_of(
    norm: str,
    s: Sentence,
    refs: list[Ref],
    pos: int,
    agent: Entity,
    addressee: Entity | None,
    res: Resolver,
    out: Extraction,
) -> Objects:
    """The object of an act's verb that ends at ``pos``; ``addressee`` is the one read so far."""
    you = _YOU.match(norm[pos : pos + 160])
    pos = pos + you.end() if you else pos
    # "thanked the governments of A, B and C": each state (its first here, the others listed after)
    many_of = _MANY_OF.match(norm, pos)
    pos = many_of.end() if many_of else pos
    hit = mention_at(refs, norm, pos)
    o = Objects(addressee, pos, you=you is not None, hit_none=hit is None or hit[0].possessive)
    if hit and hit[0].possessive and hit[1] and hit[1][0].kind == "state" and hit[1][0] != res.country_of(agent):
        o.addressee = hit[1][0]  # "praised Japan's security assistance for ...": Japan
    if you and o.hit_none:
        o.addressee = counterpart(agent, res, out)  # the one the letter is to
    if hit and hit[0].kind == "pair" and len(here := contacted_here(out, s, agent)) > 1:
        o.addressee, o.also, o.pos = here[0], here[1:], hit[0].end  # "spoke with X and Y, and felicitated both leaders"
    elif hit and len(many := _each(hit, agent, out)) > 1:
        # "congratulated the leaders" X called (not a summit's), "wished the three envoys ..."
        o.addressee, o.also, o.pos = many[0], many[1:], hit[0].end
    elif hit and not hit[0].possessive:
        passed = passed_on_to(norm, s, refs) if hit[0].kind == "pronoun" else ()
        o.addressee, o.pos = addressee_of(hit, agent, res, out, passed), hit[0].end
        o.them = hit[0].kind == "pronoun" and (hit[0].name or "").lower() == "them"
        o.pronoun = hit[0].kind == "pronoun"
        o.also, o.pos = also_addressed(refs, norm, o.pos, agent, res, out)
    elif hit is None and (bare := re.match(r"\s*(?:him|her|them)\b", norm[pos : pos + 6])):
        o.pos += bare.end()  # a pronoun standing for no one named yet: the topic follows it
        o.them = bare.group().strip() == "them"
    elif hit is None and (envoys := _ENVOYS_MET.match(norm, pos)):
        o.pos, met = envoys.end(), envoys_met(agent, res, out)  # "wished each of the ambassadors success"
        o.addressee, o.also = (met[0], met[1:]) if met else (None, [])
    group = _AND_THEIR_PEOPLE.match(norm[o.pos : o.pos + 80])
    o.pos = o.pos + group.end() if group else o.pos
    return o


def _each(hit: Ref, agent: Entity, out: Extraction) -> list[Entity]:
    """The people a plural names one by one: "the three envoys" named before, "the leaders"
    the agent called (at a summit, the leaders as a whole: none)."""
    m, ents = hit
    many = [e for e in ents if e != agent and e.kind == "person"]
    if m.kind == "group" or (m.kind == "pair" and called(out, many)):
        return many
    return []
