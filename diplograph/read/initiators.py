"""Who began a call, meeting or talks: "at the initiative of Y", "at the request of the German
side", "at the latter's request"; the report's first contact where only now named so."""

from __future__ import annotations

import re
from functools import cache

from diplograph.read.clauses import Ref, mention_at
from diplograph.read.contacts import add
from diplograph.read.facts import Communication, Extraction
from diplograph.read.lexicon import Entity, city, lexicon
from diplograph.read.mentions import Mention
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence, Source
from diplograph.read.triggers import WRITTEN


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    v = lexicon().visit
    return {k: re.compile(rf"\b(?:{v[k]})", re.I) for k in ("initiator", "contact_nouns")}  # at a word's start


def seat(name: str) -> Entity | None:
    """The state whose seat of government a name is (``seats`` in ingest/references.yaml)."""
    code = lexicon().references.get("seats", {}).get(name)
    return lexicon().states.get(code) if code else None


# "at the latter's request", "on the former's initiative", "at the Canadian leader's request"
_WHOSE_REQUEST = re.compile(
    r"\b(?:at|on) the (latter|former|(?-i:[A-Z])[\w-]+ (?:leader|side|president|prime minister|premier|chancellor))'s "
    r"(?:request|initiative)\b",
    re.I,
)


def initiator(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction, cued: bool) -> None:
    """ "The call was initiated by X": X becomes the sender of the last call, talks or meeting."""
    norm = src.norm
    rx = _rx()
    m = rx["initiator"].search(norm, s.start, s.end)
    noun = rx["contact_nouns"].search(norm, s.start, s.end)
    which = _WHOSE_REQUEST.search(norm, s.start, s.end)
    last_contact = out.communications[-1] if out.communications else None
    if which and noun is not None and last_contact is not None and last_contact.kind not in WRITTEN:
        # "held phone talks with X at the latter's request": X began it
        side = which.group(1).lower()
        sides = last_contact.recipients if side == "latter" else last_contact.senders
        if side not in ("latter", "former"):  # "at the Canadian leader's request": the party of that state
            state = lexicon().demonyms.get(which.group(1).split()[0])
            everyone = last_contact.senders + last_contact.recipients
            sides = [e for e in everyone if state is not None and res.country_of(e) == state]
        hit: Ref | None = (Mention(which.start(), which.end(), "person"), sides[:1]) if len(sides) == 1 else None
    elif not m or noun is None:
        return
    elif noun.group().lower().endswith("phone") and not 0 < m.start() - noun.end() < 60:
        return  # "spoke by phone ... at the request of X" close by, not an initiative named further on
    else:
        hit = mention_at(refs, norm, m.end())
        place = (
            re.match(r"(?:the )?([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", norm[m.end() : m.end() + 40])
            if hit is None
            else None
        )
        # "a call initiated by Dakar", "at the request of Downing Street": that state's side
        state = (city(place.group(1)) or seat(place.group(1))) if place else None
        hit = (Mention(m.end(), m.end() + len(place.group()), "state"), [state]) if place and state else hit
        if (hit is None or not hit[1]) and out.communications:  # "at the request of the European side"
            hit = _body_side(norm, m.end(), out.communications[-1], res) or hit
    if hit is None or not hit[1]:
        return
    if not out.communications:
        initiated(src, s, hit[1][0], noun, res, out, cued)
        return
    last = out.communications[-1]
    if last.kind in WRITTEN:
        return
    who = hit[1][0]
    everyone = last.senders + last.recipients
    if who.kind == "state":  # "at the initiative of the Turkmen side": that side's participant
        who = next((e for e in everyone if res.country_of(e) == who), who)
    if who in last.recipients:
        if res.main == (last.senders, last.recipients):
            res.main = ([who], [e for e in everyone if e != who])
        if res.pair == (last.senders, last.recipients):
            res.pair = ([who], [e for e in everyone if e != who])
        last.senders, last.recipients = [who], [e for e in everyone if e != who]


def _body_side(norm: str, at: int, last: Communication, res: Resolver) -> Ref | None:
    """ "the European side" of a contact with the President of the European Council: the party
    who holds a post of a body that word names."""
    side = _SIDE.match(norm, at)
    if side is None:
        return None
    word = side.group(1)
    held = [
        e
        for e in last.senders + last.recipients
        if any(
            p.person == str(e.iri) and p.of is not None and p.of.kind == "body" and word in p.of.label.split()
            for p in res.posts
        )
    ]
    return (Mention(side.start(), side.end(), "person"), held) if len(held) == 1 else None


_SIDE = re.compile(r"(?:the )?([A-Z][\w-]+) side\b")


def initiated(
    src: Source, s: Sentence, who: Entity, noun: re.Match[str], res: Resolver, out: Extraction, cued: bool
) -> None:
    """ "X and Y agreed to ... . The phone call was initiated by Y": the report's first contact,
    named only now, is Y's with the other party of what the lead says they did together."""
    word = noun.group().lower()
    medium = re.search(r"\b(?:tele)?phone|video\b", src.norm[max(s.start, noun.start() - 12) : noun.start()], re.I)
    kinds = {"call": "phone_call", "phone": "phone_call", "telephone": "phone_call", "talks": "talks"}
    kind = {**kinds, "negotiations": "talks", "meeting": "meeting"}.get(word)  # "spoke by phone": a call
    kind = "phone_call" if medium or (word == "conversation" and cued) else kind
    if who.kind == "state":  # "at the request of the German side": its party of what the lead says they did
        parties = [e for act in out.acts for e in (act.agent, act.addressee) if e is not None and e.kind == "person"]
        who = next((e for e in parties if res.country_of(e) == who), who)
    if kind is None or who.kind != "person":
        return
    other = next(
        (b if a == who else a for act in out.acts if (a := act.agent) and (b := act.addressee) and who in (a, b)),
        None,
    )
    if other is not None and other.kind == "person" and other != who:
        add(out, res, kind, [who], [other], None, s)
