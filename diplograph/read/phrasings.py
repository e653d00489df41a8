"""Communications in the surface phrasings of ``ingest/communications.yaml``, read before the
grammar (a span a phrase took is not read again): the parties before and after the phrase by
its direction, and the one who chairs an event ("chaired by X") as the host of those who
attended it ("was attended by Y and Z")."""

from __future__ import annotations

import re
from functools import cache

from diplograph.read import carried
from diplograph.read.clauses import Ref, listed, mention_at, partial, subjects
from diplograph.read.contacts import add, host
from diplograph.read.dates import event_date, same_day
from diplograph.read.facts import Extraction
from diplograph.read.lexicon import CommPattern, Entity, lexicon
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence, Source
from diplograph.read.triggers import WRITTEN


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    v = lexicon().visit
    return {k: re.compile(v[k], re.I) for k in ("chair",)}


def phrased(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction) -> list[tuple[int, int]]:
    """Communications in the surface phrasings of ``ingest/communications.yaml``; the spans
    they took."""
    norm = src.norm
    text = norm[s.start : s.end]
    _chair(src, s, refs, res)
    taken: list[tuple[int, int]] = []
    for pat in lexicon().comms:
        for m in pat.pattern.finditer(norm, s.start, s.end):
            if any(q0 <= m.start() < q1 for q0, q1 in s.quotes) or partial(norm, m.start(), m.end()):
                continue
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            found = _parties(src, s, refs, res, pat, m.start(), m.end())
            if found is None:
                continue
            senders, recipients, until = found
            taken.append((m.start(), until))
            when = event_date(src, text) or res.pending_date or same_day(text, out)
            if when is None and pat.direction == "from" and re.search(r"\b(?:handed|delivered|presented)\b", m.group()):
                when = next((c.date for c in reversed(out.communications) if c.date), None)  # handed over that day
            res.pending_date = None
            groups = [[one] for one in senders] if pat.direction in ("to", "from") and len(senders) > 1 else [senders]
            for group in groups:
                index = add(out, res, pat.kind, group, recipients, when, s)
                if pat.kind in WRITTEN:
                    carried.implied(src, s, out.communications[index], index, m.group(), until, out)
    return taken


def _parties(
    src: Source, s: Sentence, refs: list[Ref], res: Resolver, pat: CommPattern, start: int, end: int
) -> tuple[list[Entity], list[Entity], int] | None:
    norm = src.norm
    if pat.adjacent and mention_at(refs, norm, end) is None:
        return None
    after, until = listed(refs, norm, end, s.end)
    while not after and norm[end - 3 : end] == " to":  # "sent a message on ... to X": try the next "to"
        nxt = re.compile(r" to ").search(norm, end, min(s.end, end + 150))
        if nxt is None:
            break
        end = nxt.end() - 1
        after, until = listed(refs, norm, end, s.end)
    if pat.then is not None and not pat.then.match(norm, until):
        return None
    before = subjects(refs, start, s, norm)
    if pat.direction == "to":
        senders, recipients = before, after
    elif pat.direction in ("from", "passive"):
        senders = after
        recipients = before or host(res)
    elif pat.direction == "joint":
        if after or len(before) < 2:
            return None
        senders, recipients = before[:1], before[1:]
    elif pat.direction == "between":
        if len(after) < 2:
            return None
        senders, recipients = after[:1], after[1:]
    elif pat.direction == "attended":
        if res.chair is None:
            return None
        senders, recipients = [res.chair], [e for e in after if e != res.chair]
        res.pending_date = res.chair_date
    else:
        return None
    if not senders or not recipients or set(senders) & set(recipients):
        return None
    return senders, recipients, until


def _chair(src: Source, s: Sentence, refs: list[Ref], res: Resolver) -> None:
    m = _rx()["chair"].search(src.norm, s.start, s.end)
    if m:
        hit = mention_at(refs, src.norm, m.end())
        if hit and hit[1]:
            res.chair = hit[1][0]
            res.chair_date = event_date(src, src.norm[s.start : s.end])
