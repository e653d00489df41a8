"""Acts inside a communication: the ten act types, each with agent, addressee and topic."""

from __future__ import annotations

import re
from functools import cache

from diplograph.clauses import Ref, mention_at, partial, subject
from diplograph.facts import Act, Extraction
from diplograph.lexicon import ActPattern, Entity, lexicon
from diplograph.resolve import Resolver
from diplograph.text import Sentence, Source

_CLAUSE_END = re.compile(
    r";|, (?:noting|stressing|adding|emphasi[sz]ing|expressing|saying|describing|calling|which|who|while|whereas"
    r"|as well as|and noted|and stressed) "
)
_COORD = re.compile(r"(?:,? and|, then) (?:(?:also|further|then|once again|\w+ly) )*$")


def acts(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction) -> None:
    norm = src.norm
    cands: list[tuple[int, int, ActPattern]] = []
    for pat in lexicon().acts:
        for m in pat.verb.finditer(norm, s.start, s.end):
            if m.end() > m.start() and not partial(norm, m.start(), m.end()) and _verb_allowed(s, refs, m.start()):
                cands.append((m.start(), m.end(), pat))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    starts = sorted({c[0] for c in cands})
    taken_until = s.start
    previous: Act | None = None
    for start, end, pat in cands:
        if start < taken_until:
            continue
        act = _one_act(src, s, refs, res, out, pat, start, end, starts, previous)
        if act is None:
            continue
        taken_until = act.topic_span[1] if act.topic_span else start + 1
        out.acts.append(act)
        previous = act


def _verb_allowed(s: Sentence, refs: list[Ref], pos: int) -> bool:
    """Verbs inside a quotation count only in a fragment quoted mid-sentence after its subject."""
    q = next((q for q in s.quotes if q[0] <= pos < q[1]), None)
    if q is None:
        return True
    return q[0] - 1 > s.start and any(m.end <= q[0] and e and not m.obj for m, e in refs)


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
) -> Act | None:
    norm = src.norm
    prev_end = previous.topic_span[1] if previous and previous.topic_span else None
    if previous is not None and prev_end is not None and prev_end <= start and _COORD.search(norm[prev_end:start]):
        agents = [previous.agent]
    else:
        agents = subject(refs, start, s)
    if not agents:
        return None
    agent = agents[0]
    addressee: Entity | None = agents[1] if len(agents) > 1 else None
    pos = end
    topic_start: int | None = start if pat.mode == "predicate" else None
    if pat.addressee == "to" and re.match(r"\s*to ", norm[pos:]):
        to = re.match(r"\s*to ", norm[pos:])
        assert to is not None
        hit = mention_at(refs, norm, pos + to.end())
        if hit:
            addressee, pos = _addressee(hit, agent, res), hit[0].end
    elif pat.addressee == "direct":
        hit = mention_at(refs, norm, pos)
        if hit and not hit[0].possessive:
            prep = _prep_at(norm, hit[0].end, pat.topic)
            if prep is not None or "" in pat.topic:
                addressee, pos = _addressee(hit, agent, res), hit[0].end
    if topic_start is None:
        prep = _prep_at(norm, pos, pat.topic)
        if prep is not None:
            topic_start = prep
        elif "" in pat.topic:
            topic_start = pos
    topic, tspan = None, None
    if topic_start is not None:
        topic_end = _topic_end(norm, topic_start, s.end, starts)
        tspan = _trim(norm, topic_start, topic_end)
        if tspan[1] > tspan[0]:
            topic = re.sub(
                r"[\"]",
                "",
                src.text[tspan[0] : tspan[1]].translate({0x201C: None, 0x201D: None, 0xAB: None, 0xBB: None}),
            )
    if addressee is None and tspan:
        addressee = _owner_in_topic(norm, refs, tspan, res.country_of(agent) or agent)
    if addressee is None:
        addressee = _counterpart(agent, res)
    comm = _communication_of(agent, res, out)
    return Act(pat.act, agent, addressee, topic, (s.start, s.end), tspan or (start, end), comm)


def _owner_in_topic(norm: str, refs: list[Ref], span: tuple[int, int], own: Entity) -> Entity | None:
    """A state the topic's object belongs to: "Kazakhstan's proposals", "the initiatives of
    Uzbekistan", "the efforts of the Tajik side"."""
    for m, ents in refs:
        if not ents or not span[0] <= m.start < span[1] or ents[0].kind != "state" or ents[0] == own:
            continue
        side = m.kind == "demonym" and re.match(r" (?:side|party|people|nation)\b", norm[m.end : m.end + 10])
        if m.possessive or side or norm[max(0, m.start - 7) : m.start].endswith(("of ", "of the ")):
            return ents[0]
    return None


def _addressee(hit: Ref, agent: Entity, res: Resolver) -> Entity | None:
    m, ents = hit
    if m.kind == "pronoun":
        return res.other_than(agent)
    return ents[0] if ents else None


def _prep_at(norm: str, pos: int, preps: tuple[str, ...]) -> int | None:
    """Where the topic starts if one of the prepositions follows ``pos``."""
    for prep in sorted((p for p in preps if p), key=len, reverse=True):
        m = re.match(r"\s*" + re.escape(prep) + r"\s+", norm[pos : pos + len(prep) + 8], re.I)
        if m:
            return pos + m.end()
    return None


def _topic_end(norm: str, start: int, limit: int, starts: list[int]) -> int:
    end = limit
    for rx in (_CLAUSE_END, _clause_verbs()):
        m = rx.search(norm, start, end)
        if m:
            end = m.start()
    for v in starts:
        if start < v < end and _COORD.search(norm[start:v]):
            return start + _COORD.search(norm[start:v]).start()  # type: ignore[union-attr]
    return end


@cache
def _clause_verbs() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, lexicon().references["clause_verbs"]))
    return re.compile(rf",? and (?:also )?(?:{verbs})\b")


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start] in " \"'":
        start += 1
    while end > start and norm[end - 1] in " .,;:\"'":
        end -= 1
    return start, end


def _counterpart(agent: Entity, res: Resolver) -> Entity | None:
    if res.main is None:
        return None
    senders, recipients = res.main
    mine = {agent, res.country_of(agent)}
    if mine & set(senders) or mine & {res.country_of(e) for e in senders}:
        return recipients[0]
    if mine & set(recipients) or mine & {res.country_of(e) for e in recipients}:
        return senders[0]
    return None


def _communication_of(agent: Entity, res: Resolver, out: Extraction) -> int | None:
    for i, c in enumerate(out.communications):
        parties = set(c.senders) | set(c.recipients)
        if agent in parties or res.country_of(agent) in {res.country_of(p) for p in parties}:
            return i
    return None
