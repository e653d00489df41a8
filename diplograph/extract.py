"""Text to facts: the sentence loop that finds communications, acts and posts, and hands
quotations, relations and initiatives to :mod:`diplograph.phrases`."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from diplograph import mentions, phrases
from diplograph.facts import Act, Communication, Extraction
from diplograph.lexicon import ActPattern, Entity, lexicon
from diplograph.mentions import Mention
from diplograph.resolve import Resolver
from diplograph.text import Sentence, Source, sentences

Ref = tuple[Mention, list[Entity]]
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTHS = "january february march april may june july august september october november december".split()
_CLAUSE_END = re.compile(
    r";|, (?:noting|stressing|adding|emphasi[sz]ing|expressing|saying|describing|calling|which|who|while|whereas"
    r"|as well as|and noted|and stressed) "
)
_COORD = re.compile(r"(?:,? and|, then) (?:(?:also|further|then|once again|\w+ly) )*$")


def extract(src: Source) -> Extraction:
    """All facts of one report."""
    res = Resolver()
    out = Extraction(src)
    sents = sentences(src)
    for s in sents:  # first pass: titled and known names, so later surnames resolve
        for m in mentions.find(src.norm, s.start, s.end, s.quotes, {}):
            if m.kind == "person" and m.name and (m.title or m.entity):
                res.person(m.name, m.of)
    for s in sents:
        found = mentions.find(src.norm, s.start, s.end, s.quotes, res.forms)
        refs: list[Ref] = [(m, res.resolve(m)) for m in found]
        had_main = res.main is not None
        _communications(src, s, refs, res, out)
        if res.main is not None and not had_main:
            refs = [(m, res.resolve(m, update=False) if m.kind == "pair" else e) for m, e in refs]
        _acts(src, s, refs, res, out)
        phrases.quotes(src, s, refs, res, out)
        phrases.relations(src, s, refs, res, out)
        phrases.initiatives(src, s, refs, out)
    out.people = res.people
    out.posts = res.posts
    return out


def subject(refs: list[Ref], pos: int, sent: Sentence, *, people_only: bool = False) -> list[Entity]:
    """The clause subject before ``pos``: the last resolved mention that is not an object,
    not a possessive and not a bare demonym, outside quotations unless ``pos`` is inside one."""
    inside = next((q for q in sent.quotes if q[0] <= pos < q[1]), None)
    best: list[Entity] = []
    for m, ents in refs:
        if m.end > pos or not ents or m.obj or m.possessive or m.kind == "demonym":
            continue
        if m.in_quote and not (inside and inside[0] <= m.start < inside[1]):
            continue
        if people_only and ents[0].kind != "person":
            continue
        best = ents
    return best


def mention_at(refs: list[Ref], norm: str, pos: int) -> Ref | None:
    while pos < len(norm) and norm[pos] == " ":
        pos += 1
    for m, ents in refs:
        if m.start == pos or (norm.startswith("the ", pos) and m.start == pos + 4):
            return (m, ents) if ents else None
    return None


def _communications(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction) -> None:
    norm = src.norm
    for pat in lexicon().comms:
        for m in pat.pattern.finditer(norm, s.start, s.end):
            if any(q0 <= m.start() < q1 for q0, q1 in s.quotes) or _partial(norm, m.start(), m.end()):
                continue
            senders = subject(refs, m.start(), s)
            first = mention_at(refs, norm, m.end())
            if not senders or first is None:
                continue
            recipients = list(first[1])
            pos = first[0].end
            while nxt := re.match(r"(?:,| and|, and) ", norm[pos : pos + 6]):
                more = mention_at(refs, norm, pos + nxt.end())
                if more is None:
                    break
                recipients += more[1]
                pos = more[0].end
            if any(r in senders for r in recipients):
                continue
            key = (pat.kind, tuple(senders), tuple(recipients))
            if any((c.kind, tuple(c.senders), tuple(c.recipients)) == key for c in out.communications):
                continue
            when = _event_date(src, norm[s.start : s.end])
            out.communications.append(Communication(pat.kind, senders, recipients, when, (s.start, s.end)))
            if res.main is None:
                res.main = (senders, recipients)


def _partial(norm: str, start: int, end: int) -> bool:
    """A match that starts or ends inside a word."""
    before = start > 0 and norm[start - 1].isalnum() and norm[start].isalnum()
    after = end < len(norm) and norm[end - 1].isalnum() and norm[end].isalnum()
    return before or after


def _event_date(src: Source, text: str) -> date | None:
    """The day of an event where the sentence gives it, read against the report's date."""
    pub = src.published
    m = re.search(r"\bon (\d{1,2}) (" + "|".join(_MONTHS) + r")\b", text, re.I) or re.search(
        r"\bon (" + "|".join(_MONTHS) + r") (\d{1,2})\b", text, re.I
    )
    if m and pub:
        day, month = (m.group(1), m.group(2)) if m.group(1).isdigit() else (m.group(2), m.group(1))
        try:
            return date(pub.year, _MONTHS.index(month.lower()) + 1, int(day))
        except ValueError:
            return None
    m = re.search(r"\bon (" + "|".join(_WEEKDAYS) + r")\b", text, re.I)
    if m and pub:
        back = (pub.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
        return pub - timedelta(days=back)
    if re.search(r"\btoday\b", text, re.I) and pub and src.timestamped:
        return pub
    return None


def _acts(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction) -> None:
    norm = src.norm
    cands: list[tuple[int, int, ActPattern]] = []
    for pat in lexicon().acts:
        for m in pat.verb.finditer(norm, s.start, s.end):
            if m.end() > m.start() and not _partial(norm, m.start(), m.end()) and _verb_allowed(s, refs, m.start()):
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
