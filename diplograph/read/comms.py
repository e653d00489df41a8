"""Communications reported as happening: letters, messages, calls, meetings, talks, visits."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from diplograph.read import (
    carried,
    credential_hosts,
    credentials,
    delegations,
    grammar,
    initiators,
    roundups,
    spans,
    triggers,
    visits,
    voices,
)
from diplograph.read.clauses import Ref
from diplograph.read.contacts import (
    add,
    addressed_before,
    dated,
    host,
    hosting,
    messenger_day,
    met,
    met_of,
    named_again,
    named_now,
    part_of_one,
    receiver,
    replied_to,
    unparted_talks,
)
from diplograph.read.dates import (
    before_report,
    clause_free_day,
    event_date,
    in_past_clause,
    own_day,
    same_day,
    visit_date,
)
from diplograph.read.facts import Extraction
from diplograph.read.lexicon import lexicon
from diplograph.read.needles import folded, holds
from diplograph.read.phrasings import phrased
from diplograph.read.read_before import also, one_receiver, received_here, said_in
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence, Source
from diplograph.read.triggers import CONVEYED, MEDIA_NOUNS, WRITTEN

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


_RESPECTIVE = re.compile(r"\btheir (?:[A-Z][\w-]* )?counterparts\b|\brespective(?:ly)?\b")
"""Words that pair senders with recipients in turn ("to their Lao counterparts, X and Y")."""


def communications(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction, doc: Doc) -> None:
    norm = src.norm
    text = norm[s.start : s.end]
    low = folded(text)
    if any(holds(low, need) and r.search(text) for r, need in lexicon().recalled):
        return
    taken = phrased(src, s, refs, res, out)
    span = spans.tokens(doc, s.start, s.end)
    if span is None:
        return
    # "the same day", "later that day": the day of the contact told before, not the report's
    again = same_day(text, out)
    told = event_date(src, text, relative=again is None)
    when = told or again
    received, phrase = roundups.receivers(span, refs)
    if received and (res.receiver is None or roundups.received_also(span)):
        # the round-up's receiver; "Congratulations were also received by X": another one, from here
        res.receiver, res.receiver_phrase, res.receiver_at = received[0], phrase, s.end
    cued = _cued(src, doc)
    credentials.envoys_named(src, s, refs, res, out)
    credentials.envoy_named(res, out, s)
    delegations.heads(span, refs, res, out)
    for f in grammar.communications(span, refs, cued=cued):
        if any(a <= f.start < b for a, b in taken) or any(
            q[0] <= f.start < q[1] and not voices.voiced(q, refs) for q in s.quotes
        ):
            continue
        if before_report(src, norm[f.start : f.start + 80]) or in_past_clause(src, doc, f.start):
            continue  # "X and Y first met in 2019", "visited Tokyo in August for talks": recalled
        if f.part_only and not part_of_one(f, norm, out):
            continue  # "During his conversation with Y" at an audience: no call
        if (f.named_before or part_of_one(f, norm, out)) and any(
            (c.kind == f.kind and (not f.loose or c.senders == f.senders))  # "In his message, X": X's
            or (f.kind in WRITTEN and c.kind in WRITTEN and c.senders == f.senders)
            for c in out.communications
        ):
            named_now(f, out)
            named_again(res, f.kind, f.senders, f.recipients)  # "In his call with Y, X ..."
            for c in out.communications:  # "Congratulations came from X ... In his letter, X wrote": a letter
                if c.kind == "message" and f.kind != "message" and f.kind in WRITTEN and c.senders == f.senders:
                    c.kind = f.kind
            dated(out, f.kind, own_day(src, doc, f.start))  # "The letter was handed over on 10 March"
            continue  # "During the meeting, the parties discussed ...", "In his cable, X ...": read before
        if f.kind == "meeting" and set(f.senders + f.recipients) <= received_here(out, s):
            continue  # "Presenting their credentials were X, ...; Y, ...": the envoys' audiences, not theirs
        if f.unless_met and met(out, f.senders + f.recipients):
            # "After the ceremony ..., X and the Ambassador talked about ...": the audience's (and
            # "X spoke today with Y" after a headline's "X's Call with Y": that call, on this day)
            dated(out, f.kind, own_day(src, doc, f.start) or when, set(f.senders + f.recipients))
            continue
        if f.envoys_later:  # "received the credentials of four new ambassadors": who they are comes after
            res.credentials = (f.senders, own_day(src, doc, f.start) or when, f.envoys_send)
            res.envoys_left = credentials.envoys_counted(norm, f.start, s.end)
            colon = norm.find(": ", f.start, s.end)  # "... on Wednesday: X of Japan, Y of Brazil ..."
            if colon >= 0:
                credentials.audiences(norm, refs, colon, res, out, s)
            continue
        if f.by_visitor:  # "a round of talks with X" in a report of a visit: the visitor's
            guest = next((c.senders[0] for c in out.communications if c.kind == "visit" and c.senders), None)
            if guest is None or guest.kind != "person" or guest in f.recipients:
                continue
            f = replace(f, senders=[guest])
        if f.same_sender:  # "Similar cables were sent to X and Y": one each, by the last one's sender
            last = next((c.senders[0] for c in reversed(out.communications) if c.kind == f.kind and c.senders), None)
            if last is None and f.kind == "message":  # "X congratulated Y ... Congratulations were also sent to Z"
                last = next((a.agent for a in reversed(out.acts) if a.act in CONVEYED and not a.passed), None)
            if last is None:
                continue
            f = replace(f, senders=[last])
        medium = _head_word(norm, f.start).removesuffix("s") in MEDIA_NOUNS  # "in his message", not "condolences"
        # "In his reply, X thanked Y": the reply to whoever wrote to X last
        replied = (
            f.named_before and _head_word(norm, f.start) in ("reply", "response") and bool(replied_to(out, f, text))
        )
        if (
            f.loose
            and res.receiver is None
            and not (medium and one_receiver(out))
            and not also(norm, s, f, out)
            and not replied
        ):
            continue  # "X sent his congratulations" to no one named, in a report of no round-up
        people = [e for e in f.recipients if e.kind == "person"]
        if (
            f.kind in WRITTEN
            and not medium
            and (f.mutual or people)
            and met(out, f.senders + (f.recipients if f.mutual else people))
        ):
            continue  # "the two presidents exchanged congratulations", "offered condolences to Y", in their call
        if f.kind in WRITTEN and not medium and not people and met_of(out, res, f.senders, f.recipients):
            continue  # "The King received X ... He expressed condolences to the people of India": X's, in the audience
        if (
            f.kind in WRITTEN
            and not medium
            and any(
                c.kind not in WRITTEN and c.span == (s.start, s.end) and set(f.senders) <= set(c.senders + c.recipients)
                for c in out.communications
            )
        ):
            continue  # "X phoned Y and extended his condolences to the people of Z": said in that call
        if f.kind in WRITTEN and not medium and said_in(f, res, out):
            continue  # "In the text, X conveyed to the Cuban people his condolences": what X's message to Y says
        # "X and Y congratulated Z by phone": two calls; "X and Y met with Z separately": two meetings
        each = f.kind in WRITTEN or f.kind == "phone_call" or f.separately
        if not each and len(f.senders) > 1 and f.recipients and f.kind != "visit":
            # "X and Y met A and B": a meeting of the first named with all the others
            f = replace(f, senders=f.senders[:1], recipients=[*f.senders[1:], *f.recipients])
        groups = [[one] for one in f.senders] if each else [f.senders]
        groups += [[e] for e in roundups.likewise(doc, f.start, refs) if e not in f.senders]  # ", as did X"
        day = (
            own_day(src, doc, f.start)
            or (messenger_day(out, f.messenger) if f.handed else None)
            # the sentence's day, not one of a clause on another word ("X, on a visit that began on
            # Sunday, held talks with Y")
            or (clause_free_day(src, doc, s.start, s.end, f.start) if told else when)
        )
        if f.handed and day is None:  # handed over that day
            day = next((c.date for c in reversed(out.communications) if c.date), None)
        recipients = f.recipients or replied_to(out, f, text)
        recipients = recipients or hosting(out, f.messenger, s if f.handed else None, f.senders)
        host_first = False
        if not recipients and f.kind == "meeting" and f.separately and f.to_host:
            # "X, Y and Z presented their credentials one after another": to whom envoys presented them before
            recipients, host_first, held = credential_hosts.host_before(out, res)
            day = day or held
        recipients = recipients or (host(res) if f.handed else receiver(out, res) or host(res))
        if not recipients or set(recipients) & set(f.senders):
            continue
        if f.kind in WRITTEN and medium:
            recipients = addressed_before(out, res, f.senders, recipients)
        ways = [(g, recipients) for g in groups]
        if len(groups) == len(recipients) > 1 and _RESPECTIVE.search(norm, s.start, s.end):
            # "A and B sent messages to their counterparts, X and Y": A to X, B to Y
            ways = [(g, [r]) for g, r in zip(groups, recipients, strict=True)]
        if f.separately and len(groups) == 1:  # "X held separate meetings with Y and Z": one with each
            ways = [(groups[0], [r]) for r in recipients]
        if f.mutual and f.kind in WRITTEN:  # "X and Y exchanged messages": one each way
            ways += [(f.recipients, f.senders)]
        if host_first:  # "X received the credentials of ... Then Y presented his": X's audiences
            ways = [(to, by) for by, to in ways]
        for senders, recipients in ways:
            index = add(out, res, f.kind, senders, recipients, day, s)
            # (greetings received by phone: the call carries what they were)
            if not f.verb and (f.kind in WRITTEN or (f.kind == "phone_call" and carried.implies_act(f.phrase))):
                # what a round-up's messages carry, where the item itself does not say ("Messages came from ...")
                said = f.phrase if carried.implies_act(f.phrase) or not f.to_host else res.receiver_phrase or f.phrase
                carried.implied(src, s, out.communications[index], index, said, f.end, out)
                if re.search(r"\bsimilar\b", f.phrase, re.I):  # "sent similar cables": what the last one carried
                    carried.like_the_last(out, index, s)
        if f.separately and len(ways) > 1 and res.pair == ways[-1]:
            res.pair = ways[0]  # "separate meetings with Y and Z": "the leaders" after it are the first's
    initiators.initiator(
        src, s, refs, res, out, cued
    )  # after this sentence's own contacts: "... at the initiative of Y"
    if not any(q0 <= s.start < q1 for q0, q1 in s.quotes):
        unparted_talks(span, res, out, when, s)  # "released after 90 minutes of talks at the PM's Office"
    _visits(src, s, span, refs, res, out)


def _head_word(norm: str, at: int) -> str:
    """The word a trigger starts with ("cables" of "cables of thanks"), lower-cased."""
    m = _WORD.match(norm, at)
    return m.group().lower() if m else ""


_WORD = re.compile(r"\w*")


def _cued(src: Source, doc: Doc) -> bool:
    """The report names a call somewhere (its headline included); read once per report and
    kept with its parse."""
    cued: bool | None = doc.user_data.get("diplograph_cued")
    if cued is None:
        words = set(re.findall(r"[a-z]+", src.norm[src.body_start : src.body_end].lower()))
        cued = doc.user_data["diplograph_cued"] = bool(words & triggers.grammar().cues)
    return cued


def _visits(src: Source, s: Sentence, span: Span, refs: list[Ref], res: Resolver, out: Extraction) -> None:
    norm = src.norm
    for v in visits.visits(span, refs, res.country_of, res.home, res.contacts):
        if (
            any(q0 <= v.start < q1 for q0, q1 in s.quotes)
            or before_report(src, norm[v.start : v.start + 80])
            or in_past_clause(src, span.doc, v.start)
        ):
            continue  # quoted, or "X's state visit to Tashkent in May 2024": recalled
        clause = norm[v.clause[0] : v.clause[1]]
        arrived = re.search(r"\b(?:arriv|landed\b|flew (?:in)?to\b)", clause)
        when = visit_date(src, clause, norm[s.start : s.end]) if arrived else None
        add(out, res, "visit", [v.visitor], [v.host], when, s)
        # "X received Y, who is paying an official visit to Hungary": X, whose state the text
        # never gave, is of the host state
        for c in out.communications:
            if c.span == (s.start, s.end) and c.kind != "visit" and v.visitor in c.senders + c.recipients:
                for e in c.senders + c.recipients:
                    known = res.people.get(str(e.iri))
                    if e != v.visitor and known is not None and known.country is None and v.host.kind == "state":
                        known.country = v.host.country
        # "X welcomed Y, who arrived on a state visit": X and Y are "the two presidents" to come
        people = [e for _, ents in refs for e in ents[:1] if e.kind == "person"]
        welcomer = next((e for e in people if e != v.visitor and res.country_of(e) == v.host), None)
        if welcomer is not None and res.main is None:
            first, second = sorted([v.visitor, welcomer], key=people.index)
            res.main = ([first], [second])
            res.pair = res.pair or res.main
    # "The Turkmen leader arrived in Tashkent on 19 May"; after the visits this sentence tells, so that "X
    # arrived in Tashkent on 19 May, beginning a state visit" gives the visit its day
    for who, place, verb in visits.arrivals(span, refs):
        for c in out.communications:
            if c.kind == "visit" and c.date is None and c.senders == [who] and place in (None, *c.recipients):
                # ("arrived in Astana earlier in the day": the day of the talks told before)
                c.date = own_day(src, verb.doc, verb.idx) or same_day(norm[s.start : s.end], out)
        home = res.country_of(who)
        if place is not None and home not in (None, place) and visits.came_for_talks(verb):
            if not any(c.kind == "visit" and c.senders == [who] for c in out.communications):
                add(out, res, "visit", [who], [place], own_day(src, verb.doc, verb.idx), s)
