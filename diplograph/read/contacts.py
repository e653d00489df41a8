"""The contacts a report has read so far: adding one (or dating the same one read again),
whether two parties have met already, and who a message goes to where the text names no one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from diplograph.read.dates import event_date
from diplograph.read.facts import Act, Communication, Extraction
from diplograph.read.lemmas import having
from diplograph.read.lexicon import Entity
from diplograph.read.news import not_news
from diplograph.read.prepositions import preps
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence, Source
from diplograph.read.triggers import WRITTEN, grammar, kind_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from diplograph.read.found import Found


def add(
    out: Extraction,
    res: Resolver,
    kind: str,
    senders: list[Entity],
    recipients: list[Entity],
    when: date | None,
    s: Sentence,
) -> int:
    """Add a communication (or date an equal one already read); its index."""
    if kind == "visit" and senders[:1] and senders[0].kind == "person":
        res.guest = senders[0]  # "his guest" from now on
    key = (kind, frozenset(senders), frozenset(recipients))
    for i, c in enumerate(out.communications):
        if (c.kind, frozenset(c.senders), frozenset(c.recipients)) == key or (
            c.kind == kind and frozenset(c.senders) | frozenset(c.recipients) == key[1] | key[2] and kind not in WRITTEN
        ):
            c.date = c.date or when
            if _headline(out, c.span) and not _headline(out, (s.start, s.end)):
                c.senders, c.recipients = senders, recipients  # who received whom: the body's, not a headline's
            named_again(res, kind, c.senders, c.recipients)  # "In his meeting with Y, X ...": the two of it again
            return i
    out.communications.append(Communication(kind, senders, recipients, when, (s.start, s.end)))
    res.again = None
    if kind in WRITTEN:
        res.writers += [str(e.iri) for e in senders if e.kind == "person"]
    elif kind != "visit" and recipients[:1] and recipients[0].kind == "person":
        res.audience = recipients[0]
    for side in (senders, recipients):
        if len(side) >= 3 and all(e.kind == "person" for e in side):
            res.groups.append(side)  # "the three leaders" to come
    if res.main is None and kind != "visit":  # a visitor and the host state are not "the two leaders"
        res.main = (senders, recipients)
    if len(senders) == len(recipients) == 1 and senders[0].kind == recipients[0].kind == "person":
        # a letter handed over at an audience leaves "the sides" those who met
        sides = res.pair[0] + res.pair[1] if res.pair else []
        if not (kind in WRITTEN and met(out, sides)):
            res.pair = (senders, recipients)
        res.contacts.append((senders, recipients))
    return len(out.communications) - 1


def _headline(out: Extraction, span: tuple[int, int]) -> bool:
    """A line with no closing stop: a headline's or a standfirst's."""
    return out.source.norm[span[0] : span[1]].rstrip()[-1:] not in (".", "!", "?", '"', "”", "'")


def met(out: Extraction, parties: list[Entity]) -> bool:
    """The parties already have a call, meeting or talks in this report."""
    return any(c.kind not in WRITTEN and set(parties) <= set(c.senders) | set(c.recipients) for c in out.communications)


def met_of(out: Extraction, res: Resolver, senders: list[Entity], states: list[Entity]) -> bool:
    """The senders already have a call, meeting or talks in this report with someone of each of
    the ``states``."""
    return bool(states) and any(
        c.kind not in WRITTEN
        and set(senders) <= set(c.senders) | set(c.recipients)
        and all(any(res.country_of(p) == s for p in c.senders + c.recipients if p not in senders) for s in states)
        for c in out.communications
    )


def named_again(res: Resolver, kind: str, senders: list[Entity], recipients: list[Entity]) -> None:
    """A call, meeting or talks of two people read before and named again: they are "the two
    leaders" from now on."""
    if (
        len(senders) == len(recipients) == 1
        and kind not in (*WRITTEN, "visit")
        and senders[0].kind == recipients[0].kind == "person"
    ):
        res.pair = (senders, recipients)
        res.again = (senders[0], recipients[0])


def part_of_one(f: Found, norm: str, out: Extraction) -> bool:
    """A call or meeting named as one's own ("In his conversation with Y, X ...") with some of
    those of one read before: that one (calls to several leaders, told one by one)."""
    if f.kind in WRITTEN or not re.search(r"\b(?:his|her|their|the) $", norm[max(0, f.start - 6) : f.start]):
        return False
    here = set(f.senders + f.recipients)
    return any(c.kind == f.kind and here < set(c.senders + c.recipients) for c in out.communications)


def named_now(f: Found, out: Extraction) -> None:
    """ "X sent a message to Vietnam ... In the message addressed to A and B, X ...": the
    people now named receive the message read before with only their state."""
    people = [e for e in f.recipients if e.kind == "person"]
    for c in out.communications:
        if c.kind in WRITTEN and c.senders == f.senders and people and all(r.kind == "state" for r in c.recipients):
            c.recipients = people
            return


def addressed_before(out: Extraction, res: Resolver, senders: list[Entity], recipients: list[Entity]) -> list[Entity]:
    """A written message to a state from someone the report has already seen address one of
    that state's people ("X congratulated Y ... In a letter, X also commended the people of
    Z"): to that person."""
    if not recipients or any(e.kind != "state" for e in recipients):
        return recipients
    whom = [
        a.addressee
        for a in out.acts
        if a.act in ("congratulate", "condole")
        and a.agent in senders
        and a.addressee is not None
        and a.addressee.kind == "person"
        and (
            res.country_of(a.addressee) in recipients
            or any(p.person == str(a.addressee.iri) and p.of in recipients for p in res.posts)
        )
    ]
    return list(dict.fromkeys(whom))[:1] or recipients


def dated(out: Extraction, kind: str, day: date | None, parties: set[Entity] | None = None) -> None:
    """The day a contact read before took place (the last of that kind, of those ``parties``
    where they are given), where the text gives it later and it had none."""
    last = next(
        (
            c
            for c in reversed(out.communications)
            if c.kind == kind and (parties is None or parties == set(c.senders + c.recipients))
        ),
        None,
    )
    if last is not None and last.date is None:
        last.date = day


def receiver(out: Extraction, res: Resolver) -> list[Entity]:
    """Who the report's messages go to: the one it says received them, else the recipient of
    the latest letter, message or telegram ("Congratulations also came from ..." after messages to X)."""
    if res.receiver is not None:
        return [res.receiver]
    written = [c for c in out.communications if c.kind in WRITTEN and len(c.recipients) == 1]
    # not a reply (a letter back to one who wrote): the round-up's messages go to whom they came to
    written = [c for i, c in enumerate(written) if not any(w.senders == c.recipients for w in written[:i])]
    if written:
        return written[-1].recipients
    # "X called Y to congratulate him ... Congratulatory messages also arrived from Z": to Y
    hailed = [a.addressee for a in out.acts if a.act == "congratulate" and a.addressee is not None]
    return [hailed[-1]] if hailed and hailed[-1].kind == "person" else []


_REPLY = re.compile(r"\b(?:in (?:(?:his|her|their) )?(?:reply|response|return)|replied|a reply)\b", re.I)


def replied_to(out: Extraction, f: Found, sentence: str) -> list[Entity]:
    """ "X sent a cable of thanks in reply": to whoever's letter, message or cable X received last."""
    if f.kind not in WRITTEN or not _REPLY.search(sentence):
        return []
    last = next((c for c in reversed(out.communications) if set(f.senders) & set(c.recipients)), None)
    return last.senders if last is not None and last.kind in WRITTEN else []


def hosting(
    out: Extraction, messenger: tuple[Entity, ...], here: Sentence | None = None, senders: Sequence[Entity] = ()
) -> list[Entity]:
    """Whom a messenger hands a letter to: the other side of the latest call, meeting or talks
    they are in ("paid a courtesy call on Y, where he delivered a message from Z": Y); their
    visit's state only where they met no one ("X, who is in Malaysia on a visit, handed over a
    letter" after "Y received X": Y). Else, given the sentence ``here`` that tells of the handing
    over, the host of the meeting it reports, not one of the letter's ``senders`` ("X received Y
    at State House, where the visiting minister delivered a message from Z": X)."""
    spoken = [c for c in reversed(out.communications) if c.kind not in WRITTEN] if messenger else []
    for c in sorted(spoken, key=lambda c: c.kind == "visit"):
        if set(messenger) & set(c.senders):
            return c.recipients
        if set(messenger) & set(c.recipients):
            return c.senders
    met_here = [
        c
        for c in out.communications
        if here is not None
        and c.kind == "meeting"
        and c.span == (here.start, here.end)
        and not set(senders) & set(c.senders + c.recipients)
    ]
    return met_here[-1].senders if met_here else []


def messenger_day(out: Extraction, messenger: tuple[Entity, ...]) -> date | None:
    """The day of the contact in which a messenger handed over what they carried ("X met on
    Wednesday with Y, who delivered a letter from Z")."""
    return next(
        (
            c.date
            for c in reversed(out.communications)
            if c.kind not in WRITTEN and c.date and set(messenger) & set(c.senders + c.recipients)
        ),
        None,
    )


def host(res: Resolver) -> list[Entity]:
    """Who receives what a messenger hands over: the main host, else the salient person."""
    if res.main:
        return [res.main[0][0]]
    who = res.sentence_salient or res.salient
    return [res.person_entity(who)] if who else []


def own_message(src: Source, s: Sentence, out: Extraction, act: Act) -> None:
    """In a report of letters and messages alone, a congratulation or condolence to someone no
    message of the agent went to yet ("X also congratulated President Y on National Day") came
    as a message of its own, dated only where its sentence gives the day."""
    if act.act not in ("congratulate", "condole") or act.addressee is None or act.addressee.kind != "person":
        return
    if act.passed:  # passed on by a messenger
        return
    if not out.communications or any(c.kind not in WRITTEN for c in out.communications):
        return
    if any(act.agent in c.senders and act.addressee in c.recipients for c in out.communications):
        return
    when = event_date(src, src.norm[s.start : s.end])
    out.communications.append(Communication("message", [act.agent], [act.addressee], when, (s.start, s.end)))
    act.communication = len(out.communications) - 1


def unparted_talks(span: Span, res: Resolver, out: Extraction, when: date | None, s: Sentence) -> None:
    """Talks the sentence names with no parties ("The joint statement was released after 90
    minutes of talks at the Prime Minister's Office") in a report that has told no contact yet:
    the talks of the two people it has named last, of two states."""
    if any(c.kind not in (*WRITTEN, "visit") for c in out.communications):
        return
    g = grammar()
    for tok in having(span, ("talk", "talks")):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ("talk", "talks") or kind_of(tok, g) != "talks":
            continue
        if not_news(tok, g) or preps(tok).keys() & {"with", "between", "of", "by"} or not _after_talks(tok):
            continue
        order = list(res.people)  # the first named first
        two = sorted(res.recent[-2:], key=order.index)
        people = [res.people[i] for i in two]
        if len(people) == 2 and any(p.country for p in people) and people[0].country != people[1].country:
            add(out, res, "talks", [people[0].entity], [people[1].entity], when, s)
        return


def _after_talks(tok: Token) -> bool:
    """Talks told as the time of what the sentence says: "after", "following", "during" them,
    or "90 minutes of talks" (not "priorities for the talks", not "held talks"); or that took
    place."""
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in grammar().happen:
        return True  # "Bilateral talks took place at the Prime Minister's Office on Wednesday"
    if tok.dep_ not in ("pobj", "dobj"):  # "Following talks at ...": the parser's object of a participle
        return False
    if head.lower_ in ("after", "following", "during"):
        return True
    return head.lower_ == "of" and head.head.lemma_.lower() in ("minute", "hour", "round")
