"""Text to facts: the sentence loop. Communications come from :mod:`diplograph.read.comms`, acts
from :mod:`diplograph.read.acts`, quotations, relations and initiatives from :mod:`diplograph.read.phrases`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplograph.read import (
    acts,
    agents,
    carried,
    cataphora,
    comms,
    contacts,
    folds,
    initiatives,
    language,
    names,
    phrases,
    posts,
    sentence_mentions,
    spans,
    voices,
    writers,
)
from diplograph.read.addressees import state_in_topic
from diplograph.read.clauses import Ref
from diplograph.read.datelines import agency_state, home_state
from diplograph.read.dates import clause_free_day, event_date
from diplograph.read.facts import Act, Communication, Extraction
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence, Source, sentences
from diplograph.read.triggers import CONVEYED, WRITTEN

if TYPE_CHECKING:
    from spacy.tokens import Doc


def parsed_text(src: Source) -> str:
    """What the language layer reads: the report body, the header lines before it blanked out
    so that offsets stay those of the text."""
    head = "".join(c if c == "\n" else " " for c in src.norm[: src.body_start])
    # a name's own script in brackets after it ("Lin Chia-lung (林佳龍) and his counterpart"), blanked
    body = _NATIVE.sub(lambda m: " " * len(m.group()), src.norm[src.body_start :])
    # "at the Palais du peuple": a French name's particle and lower-case word, as one name's words
    body = _PARTICLE_PLACE.sub(lambda m: m.group(1) + m.group(2).title(), body)
    # "Besides, X, in a message to Y, said ...": an adverb the parser takes for a preposition
    # whose object is the subject; blanked
    body = _BESIDES.sub(lambda m: " " * len(m.group()), body)
    # "DILI, 29 October (TATOLI)—The President ...": the dash set close after an agency's name,
    # which the parser would read as one word with the next
    body = _CLOSE_AFTER_AGENCY.sub(" ", body)
    return head + body


_CLOSE_AFTER_AGENCY = re.compile(r"(?<=[A-Z]\))-(?=[A-Z])")


_BESIDES = re.compile(r"(?:(?<=\n)|(?<=[.!?] ))Besides,(?= [A-Z])")
"""A sentence's opening "Besides," (an adverb, "also"), never "besides X" (a preposition)."""


_PARTICLE_PLACE = re.compile(r"(\b[A-Z][a-z]+ )((?:du|des|de la) [a-z]+)\b")


_NATIVE = re.compile(r" \((?:[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0400-\u04ff\u0600-\u06ff]|[ ·・])+\)")
"""Brackets of CJK, Korean, Cyrillic or Arabic script after a name: the parser reads them as a word
of the sentence."""


_DATELINE = re.compile(
    # (a place's name may hold a particle: "Cidade da Praia, 26 Feb (Inforpress) –")
    r"(?:[A-Z][\w.'-]*(?: (?:[A-Z][\w.'-]*|d[aeo]s?|del|la|el)){0,3}(?:, (?:[^.\n]|\.(?= \d)){0,60}?"
    # (or a place in capitals, of words and places: "NEW YORK -", "VATICAN CITY / ROME -")
    r"| \([^)\n]{1,30}\)\s*)"
    r"|[A-Z]{2,}[\w-]*(?: [A-Z]{2,}[\w-]*){0,3}(?: ?/ ?[A-Z]{2,}[\w-]*(?: [A-Z]{2,}[\w-]*){0,3})*)"
    # (and set close: "PARIS—Foreign Minister ...", "(TATOLI)—The ...", the latter's dash a hyphen by now)
    r"(?:(?: ?--| ?-| ?–| ?—|\):|(?<=\))) +|(?<=[A-Z])—|(?<=\))-)(?=[A-Z])"
    r"|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}: +(?=[A-Z])"  # "New Delhi: External Affairs Minister ..."
)


def for_parser(src: Source) -> tuple[str, list[int]]:
    """The text the language layer reads and where its sentences begin (headlines, datelines
    and paragraphs end without a full stop; the parser keeps to these): "Pyongyang,
    September 10 (KCNA) -- Kim Jong Un received ..." is a dateline and a sentence."""
    starts = []
    for s in sentences(src):
        starts.append(s.start)
        line = _DATELINE.match(src.norm, s.start, s.end)
        if line is not None:
            starts.append(line.end())
    return parsed_text(src), starts


def extract(src: Source, doc: Doc | None = None) -> Extraction:
    """All facts of one report; ``doc`` is its text as the language layer parsed it (parsed
    here when not given)."""
    if doc is None:
        doc = language.parse(*for_parser(src))
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    runs = names.given_name_runs(src.norm)
    styled = [r for r in runs if r[2] == "STYLED"]  # "Sayyid Theyazin bin Haitham Al Said": whole, not its end
    ents = [e for e in ents if not any(r[0] <= e[0] and e[1] <= r[1] for r in styled)]
    ents = names.given_lead(src.norm, ents, runs)  # "Brazil's Ana Paula Ribeiro": "Ana" too
    taken = [(a, b) for a, b, label in ents if label == "PERSON"]
    ents += [r for r in runs if not any(a < r[1] and r[0] < b for a, b in taken)]
    people = names.person_spans(src.norm, ents)
    res = Resolver(home=home_state(src), agency=agency_state(src), day=src.published)
    out = Extraction(src)
    sents = sentences(src)
    first = [m for s in sents for m in sentence_mentions.find(src.norm, s.start, s.end, s.quotes, {}, people)]
    named = [  # first pass: titled, known and recognised names, so later surnames resolve
        m
        for m in first
        if m.kind == "person" and m.name and (m.title or m.entity or m.recognised or m.described or " " in m.name)
    ]
    shared = lexicon().references.get("shared_demonyms", {})
    res.states_named = {  # the states the report names other than by a demonym two states share
        m.entity
        for m in first
        if m.kind in ("state", "demonym") and m.entity and (m.name or src.norm[m.start : m.end]) not in shared
    }
    for m in sorted(named, key=lambda m: -len((m.name or "").split(" "))):  # fullest first: shorter forms join them
        who = res.person(m.name or "", m.of)
        res.first_named[str(who.iri)] = min(m.start, res.first_named.get(str(who.iri), m.start))
        if m.title:  # the titles the report gives them anywhere, for bare titles read before
            res.titled.setdefault(str(who.iri), set()).add(m.title.lower())
    by = voices.release_author(
        src.norm, src.body_start, sents, people
    )  # "Today I welcomed ...", under the minister's name
    author = next(iter(res.resolve(by)), None) if by is not None else None
    for s in sents:
        found = sentence_mentions.find(src.norm, s.start, s.end, s.quotes, res.forms, people)
        res.next_sentence((s.start, s.end))
        refs: list[Ref] = voices.first_person(src.norm, s, [(m, res.resolve(m)) for m in found])
        refs = cataphora.forward(src.norm, s, refs, res)
        if author is not None:
            refs = voices.author_voice(src.norm, s, refs, author)
        before = (res.main, res.pair)
        comms.communications(src, s, refs, res, out, doc)
        if (res.main, res.pair) != before:
            refs = [(m, res.resolve(m, update=False) if m.kind == "pair" else e) for m, e in refs]
        acts.acts(src, s, refs, res, out, doc)
        agents.hear(src, s, refs, res)
        phrases.quotes(src, s, refs, res, out)
        phrases.relations(src, s, refs, res, out, spans.tokens(doc, s.start, s.end))
        initiatives.initiatives(src, s, refs, res, out, spans.tokens(doc, s.start, s.end))
    writers.letter_quotes(src, out)
    _signed_by_name(out)
    _conveyed(src, out, res)
    _rounded_up(src, out, res)
    _lead_day(src, sents, out, doc)
    posts.settle(res, src.published, out.communications)
    folds.fold_states(out, res)
    out.people = res.people
    out.posts = res.posts
    return out


ROUNDED = (*CONVEYED, "wish", "praise", "thank")
"""Acts that, in a round-up of messages to one receiver, came in a message of their own."""
_AMONG_MANY = ("praise", "thank")
"""Of those, the ones that did only among the messages of many (not a guest's praise, said)."""


def _rounded_up(src: Source, out: Extraction, res: Resolver) -> None:
    """In a round-up of messages to one receiver, congratulations, condolences, wishes or praise
    to them from someone the report gives no contact at all: that sender's message ("X has
    received messages from world leaders ... Y congratulated his counterpart and hailed ...");
    among the messages of many, a foreign leader's words too ("Z noted the dynamic development
    of relations")."""
    receiver = res.receiver
    if receiver is None or receiver.kind != "person":
        return
    parties = {e for c in out.communications for e in c.senders + c.recipients}
    theirs = {receiver, res.country_of(receiver)} - {None}
    sent: set[Entity] = set()

    def many() -> bool:  # messages of more than one sender to the receiver
        return (
            len({e for c in out.communications if c.kind in WRITTEN and c.recipients == [receiver] for e in c.senders})
            > 1
        )

    # (praise and thanks after the rest: they make a message only among the messages of many)
    for act in sorted(out.acts, key=lambda a: a.act in _AMONG_MANY):
        if act.passed or (act.act in _AMONG_MANY and not many()):
            continue  # passed on by a messenger, not a message of its own; a guest's praise, said
        if act.act not in ROUNDED or act.agent.kind != "person" or act.agent in parties or act.addressee not in theirs:
            continue  # (what was wished the receiver's people came in the message too: "Y wished Zimbabweans peace")
        when = event_date(src, src.norm[act.span[0] : act.span[1]])
        out.communications.append(Communication("message", [act.agent], [receiver], when, act.span))
        parties.add(act.agent)
        act.communication = len(out.communications) - 1
        sent.add(act.agent)
    home = res.country_of(receiver)
    for who, (start, end) in res.voiced if many() else ():
        # "Y noted the dynamic development of relations ...", "Y said that Tehran is interested ...":
        # a foreign leader's words in the round-up came in a message of their own
        if who.kind != "person" or who in parties or who == receiver or res.country_of(who) in (None, home):
            continue
        when = event_date(src, src.norm[start:end])
        out.communications.append(Communication("message", [who], [receiver], when, (start, end)))
        parties.add(who)
    _to_whom_written(out, res, sent)
    _round_carries(src, out, res)


def _round_carries(src: Source, out: Extraction, res: Resolver) -> None:
    """What the round-up's lead says its messages carry ("X has received congratulations on
    Independence Day from ..."), each message to X carries, where its own words do not say it
    ("Y wished him good health and success": Y congratulated him on Independence Day too)."""
    said = carried.implies_act(res.receiver_phrase)
    if said not in ("congratulate", "condole") or res.receiver is None:
        return
    lead = carried.occasion(src, res.receiver_at, said)  # the occasion the lead gives, once
    for i, c in enumerate(out.communications):
        if c.kind not in WRITTEN or c.recipients != [res.receiver] or len(c.senders) != 1:
            continue
        if any(a.act == said and a.agent == c.senders[0] for a in out.acts):
            continue  # told in its own words
        topic = lead or carried.occasion(src, c.span[0], said)
        carried.keep(out, Act(said, c.senders[0], res.receiver, topic, c.span, c.span, i))


def _signed_by_name(out: Extraction) -> None:
    """ "Togo and the UAE signed two agreements ... X and Y signed the two texts": the signing
    the report tells by its signers, not the states' signing beside it."""
    if any(a.act == "sign" and a.agent.kind == "person" for a in out.acts):
        out.acts = [a for a in out.acts if not (a.act == "sign" and a.agent.kind == "state")]


def _conveyed(src: Source, out: Extraction, res: Resolver) -> None:
    """Congratulations or condolences in a report that names no contact for them ("X
    congratulated Y on his victory, the press service reported"): each sender's words to each
    addressee came as one message, and the sender's other acts to that addressee with it. In a
    report of other contacts, only to a person no contact reaches, nor their state, from one who
    met no one (not what was said in a meeting or call)."""
    reached = {e for c in out.communications for e in c.senders + c.recipients}
    spoken = {e for c in out.communications if c.kind not in WRITTEN for e in c.senders + c.recipients}
    # a round-up's receiver: reached by others' messages only ("Foreign leaders sent messages to
    # Romania ... X also congratulated Romanians": X's message too)
    rounded = {r for c in out.communications if c.kind in WRITTEN for r in c.recipients} - spoken
    before = len(out.communications)
    for act in out.acts:
        if act.act not in CONVEYED or act.addressee is None or act.addressee == act.agent or act.passed:
            continue
        theirs = act.communication is not None or contacts.met(out, [act.agent])  # said in a contact
        elsewhere = (
            act.addressee.kind != "person" or act.addressee in reached or res.country_of(act.addressee) in reached
        )
        if reached and (theirs or (act.addressee not in rounded and elsewhere)):
            continue
        key = ([act.agent], [act.addressee])
        if not any((c.senders, c.recipients) == key for c in out.communications):
            when = event_date(src, src.norm[act.span[0] : act.span[1]])
            out.communications.append(Communication("message", *key, when, act.span))
    for act in out.acts:
        for i, c in enumerate(out.communications):
            if (
                act.communication is None
                and i >= before
                and ([act.agent], [act.addressee]) == (c.senders, c.recipients)
            ):
                act.communication = i
    if not reached:
        _to_whom_written(out, res, {e for c in out.communications for e in c.senders})


def _to_whom_written(out: Extraction, res: Resolver, senders: set[Entity]) -> None:
    """An act of one whose only message the report reads from their words, addressed to no one
    named ("Y congratulated his counterpart ... Y commended the progress on the border post"):
    to whom that message went (their state, for "the country's contribution")."""
    for act in out.acts:
        if act.agent not in senders or act.addressee is not None or act.topic is None or act.passed:
            continue
        theirs = [c.recipients for c in out.communications if c.senders == [act.agent] and len(c.recipients) == 1]
        if len(theirs) == 1:
            act.addressee, act.topic = state_in_topic(theirs[0][0], act.topic, act.agent, res, fallback=True)


SAME_DAY = ("phone_call", "meeting", "talks")
"""Contacts that take the lead's day: held, not sent (a message may be days old when a
round-up reports it) and no visit (dated by its arrival only)."""
_ASIDE = re.compile(r"^(?:Meanwhile|Separately|In addition|Also|Earlier,)\b|^[^,]{0,80}\balso\b")


def _lead_day(src: Source, sents: list[Sentence], out: Extraction, doc: Doc) -> None:
    """A report whose lead gives the day ("ISLAMABAD, Apr 10 -- The Prime Minister on Wednesday
    telephoned ...") tells of that day's contacts: the calls, meetings and talks it gives no
    day of took place then, except items set apart ("Meanwhile", "also")."""
    if not sents:
        return
    # not the day of a clause on another word ("X, on a visit that began on Sunday, held talks")
    day = clause_free_day(src, doc, sents[0].start, sents[0].end, -1)
    if day is None:
        return
    for c in out.communications:
        if c.date is None and c.kind in SAME_DAY and not _ASIDE.search(src.norm[c.span[0] : c.span[1]]):
            c.date = day
