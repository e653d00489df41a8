"""Acts inside a communication: the ten act types, each with agent, addressee and topic."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read import roles
from diplograph.read.clauses import Ref, mention_at, partial, subjects
from diplograph.read.facts import Act, Communication, Extraction
from diplograph.read.lexicon import ActPattern, Entity, lexicon, load_yaml
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence, Source
from diplograph.read.topics import (
    COORD,
    clean,
    communication_of,
    counterpart,
    owner_in_topic,
    prep_at,
    topic_end,
    trim,
)
from diplograph.resources import data_dir

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SPEECH = r"(?:said|says|noted|stressed|emphasi[sz]ed|underlined|pointed out|added|stated|declared)"


def acts(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction, doc: Doc | None = None) -> None:
    norm = src.norm
    cands: list[tuple[int, int, ActPattern]] = []
    for pat in lexicon().acts:
        for m in pat.verb.finditer(norm, s.start, s.end):
            if m.end() <= m.start() or partial(norm, m.start(), m.end()):
                continue
            if _a_noun_named(doc, m.start(), m.end()):
                continue  # "cables of thanks": what a message carries, not an act of its own
            if _verb_allowed(s, refs, m.start()) or _in_letter(src, out, doc, m.start(), m.end()):
                cands.append((m.start(), m.end(), pat))
    cands += _by_lemma(s, doc, {c[0] for c in cands}, out, src, refs)
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    starts = sorted({c[0] for c in cands})
    taken_until = s.start
    previous: Act | None = None
    for start, end, pat in cands:
        if start < taken_until:
            continue
        found = _one_act(src, s, refs, res, out, pat, start, end, starts, previous, doc)
        if not found:
            continue
        taken_until = found[0].topic_span[1]
        for act in found:
            _keep(out, act)
        previous = found[0]


@cache
def _lemmas() -> dict[str, ActPattern]:
    """Verb lemma -> the first phrase entry of its act (ingest/grammar/acts.yaml)."""
    data = load_yaml(data_dir("ingest") / "grammar" / "acts.yaml")
    usable = [p for p in lexicon().acts if p.mode != "reciprocal" and p.agent_rule != "invitee"]
    out: dict[str, ActPattern] = {}
    for lemma, act in data["verbs"].items():
        mine = [p for p in usable if p.act == act]
        # the entry written for this verb, one whose topic follows at once first; else the act's first
        own = sorted((p for p in mine if lemma[:4] in p.verb.pattern), key=lambda p: "" not in p.topic)
        if own or mine:
            out[lemma] = (own or mine)[0]
    return out


def _by_lemma(
    s: Sentence, doc: Doc | None, taken: set[int], out: Extraction, src: Source, refs: list[Ref]
) -> list[tuple[int, int, ActPattern]]:
    """Verbs of an act type the phrases did not match, by lemma."""
    span = roles.tokens(doc, s.start, s.end) if doc is not None else None
    found: list[tuple[int, int, ActPattern]] = []
    for tok in span if span is not None else []:
        pat = _lemmas().get(tok.lemma_.lower()) if tok.pos_ == "VERB" else _fronted(tok)
        if pat is None or tok.idx in taken or any(a <= tok.idx < b for a, b, _ in found):
            continue
        if not (_verb_allowed(s, refs, tok.idx) or _in_letter(src, out, doc, tok.idx, tok.idx + len(tok.text))):
            continue
        found.append((tok.idx, tok.idx + len(tok.text), pat))
    return found


_EXPRESS = frozenset({"express", "convey", "extend", "offer", "voice", "send", "reiterate", "reaffirm"})


def _a_noun_named(doc: Doc | None, start: int, end: int) -> bool:
    """An act phrase that is a lone noun not expressed by anyone ("cables of thanks")."""
    span = roles.tokens(doc, start, end) if doc is not None else None
    if span is None or len(span) != 1 or span[0].pos_ != "NOUN":
        return False
    tok = span[0]
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "greetings and wishes of good health"
        tok = tok.head
    return tok.head.lemma_.lower() not in _EXPRESS


def _from_sender(src: Source, s: Sentence, out: Extraction, doc: Doc | None, start: int) -> list[Entity]:
    """The sender of a letter or cable received in this sentence, for an act in a participle
    hung on the receipt ("received a cable from X, expressing thanks ..."): X, to the receiver."""
    span = roles.tokens(doc, start, start + 1) if doc is not None else None
    if span is None or not len(span):
        return []
    tok = span[0]
    verb = tok.head if tok.pos_ == "NOUN" else tok
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.head.lemma_.lower() not in ("receive", "get"):
        return []
    for c in reversed(out.communications):
        if c.span == (s.start, s.end) and c.kind in _WRITTEN and c.senders:
            return [c.senders[0], *c.recipients[:1]]
    return []


def _fronted(tok: Token) -> ActPattern | None:
    """A participle that opens a sentence, which the tagger may read as a noun: "Thanking for
    the warm welcome, X conveyed ..."."""
    if tok.i != tok.sent.start or not tok.lower_.endswith("ing") or tok.i + 1 >= len(tok.doc):
        return None
    if tok.doc[tok.i + 1].pos_ != "ADP":
        return None
    base = tok.lower_[:-3]
    return _lemmas().get(base) or _lemmas().get(base + "e")


def _after_fronted(refs: list[Ref], s: Sentence, norm: str, start: int) -> list[Entity]:
    """The subject of the clause a fronted participle opens: the first name after its comma."""
    comma = norm.find(",", start, s.end)
    if comma < 0 or start != s.start:
        return []
    return next((e[:1] for m, e in refs if m.start > comma and e and not m.obj and not m.possessive), [])


def _keep(out: Extraction, act: Act) -> None:
    """Add an act unless the report already holds it (a congratulation restated later)."""
    if act.act in ("congratulate", "condole") and any(
        (a.act, a.agent) == (act.act, act.agent) and act.addressee in (a.addressee, None) for a in out.acts
    ):
        return
    out.acts.append(act)


def _verb_allowed(s: Sentence, refs: list[Ref], pos: int) -> bool:
    """Verbs inside a quotation count in a fragment quoted after its subject, or when the
    quotation itself names who acts ("Vladimir Putin congratulated ...," the Kremlin said)."""
    q = next((q for q in s.quotes if q[0] <= pos < q[1]), None)
    if q is None:
        return True
    if q[0] - 1 > s.start and any(m.end <= q[0] and e and not m.obj for m, e in refs):
        return True
    return any(q[0] <= m.start and m.end <= pos and e and not m.obj and m.kind != "pronoun" for m, e in refs)


def _agents(
    src: Source,
    s: Sentence,
    refs: list[Ref],
    start: int,
    end: int,
    previous: Act | None,
    doc: Doc | None,
    out: Extraction,
) -> list[Entity]:
    norm = src.norm
    sender = _from_sender(src, s, out, doc, start)
    if sender:
        return sender
    verb = _verb_at(doc, start, end)
    subj = roles.subject_token(verb) if verb is not None else None
    if subj is not None and subj.lower_ in _FIRST_PERSON:  # "I congratulate you" in a letter reproduced
        writer = _writer(src, out, start)
        return [writer] if writer is not None else []
    untitled = subj is not None and any(m.kind == "title" and not e and m.start <= subj.idx < m.end for m, e in refs)
    if verb is not None and not untitled:  # the subject by syntax: of the verb, its conjunct, "who"
        found = roles.subjects(verb, refs)
        if found:
            return found
    if verb is None and norm[start:end].lower().endswith("ing"):
        fronted = _after_fronted(refs, s, norm, start)
        if fronted:
            return fronted
    prev_end = previous.topic_span[1] if previous else None
    if previous is not None and prev_end is not None and prev_end <= start and COORD.search(norm[prev_end:start]):
        return [previous.agent]
    return subjects(refs, start, s, norm)


_FIRST_PERSON = ("i", "we")
_INTRO = re.compile(r"\b(?:reads?|says?|said|wrote|writes|states?|stated|text|message|letter|telegram|cable)\W*$", re.I)


def _writer(src: Source, out: Extraction, pos: int) -> Entity | None:
    """Who writes a reproduced message that ``pos`` is inside: the sender of the latest
    letter, message or telegram, where the quotation opens after "The message reads:",
    "wrote:" and the like."""
    body = src.norm[src.body_start : pos]
    if body.count('"') % 2 == 0:
        return None
    opening = src.body_start + body.rfind('"')
    if not _INTRO.search(src.norm[max(src.body_start, opening - 60) : opening]):
        return None
    written = [c for c in out.communications if c.kind in ("letter", "message", "telegram") and c.span[0] < opening]
    return written[-1].senders[0] if written and written[-1].senders else None


def _in_letter(src: Source, out: Extraction, doc: Doc | None, start: int, end: int) -> bool:
    """A verb in the first person inside a reproduced message."""
    verb = _verb_at(doc, start, end)
    subj = roles.subject_token(verb) if verb is not None else None
    return subj is not None and subj.lower_ in _FIRST_PERSON and _writer(src, out, start) is not None


def _verb_at(doc: Doc | None, start: int, end: int) -> Token | None:
    """The verb an act's phrase begins with, as the parser read it."""
    span = roles.tokens(doc, start, end) if doc is not None else None
    if span is None:
        return None
    # the verb after the adverbs the phrase may begin with ("highly appreciated")
    return (
        next((t for t in span if t.pos_ in ("VERB", "AUX")), None)
        if span[0].pos_ == "ADV"
        else (span[0] if len(span) and span[0].pos_ in ("VERB", "AUX") else None)
    )


def _speaker(src: Source, s: Sentence, refs: list[Ref], agent: Entity, res: Resolver) -> Entity:
    """A state acting in reported speech ("China supports ..., Xi said") is its speaker."""
    if agent.kind != "state":
        return agent
    norm = src.norm
    for m, ents in refs:
        if not ents or ents[0].kind != "person" or res.country_of(ents[0]) != agent:
            continue
        if re.match(rf"\s+{_SPEECH}\b", norm[m.end : m.end + 20]) and m.end < s.end - 3:
            return ents[0]
    return agent


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
    doc: Doc | None = None,
) -> list[Act]:
    norm = src.norm
    them = False
    if pat.agent_rule == "invitee":
        invite = next((a for a in reversed(out.acts) if a.act == "invite"), None)
        agents = [invite.addressee] if invite and invite.addressee else []
    else:
        agents = _agents(src, s, refs, start, end, previous, doc, out)
    verb = _verb_at(doc, start, end)
    done_to = roles.passive_subject(verb) if verb is not None else None
    by = roles.by_agents(verb, refs) if verb is not None and done_to is not None else []
    if by:  # "Y was congratulated by X": X acts, on Y
        agents = [*by[:1], *roles.parties(done_to, refs)[:1]]
    if "invitation" in norm[start:end]:  # who accepts an invitation is not who made it
        invite = next((a for a in reversed(out.acts) if a.act == "invite"), None)
        if invite is not None and invite.addressee is not None and (not agents or agents[0] == invite.agent):
            agents = [invite.addressee, invite.agent]
    if not agents:
        return []
    agent = _speaker(src, s, refs, agents[0], res)
    addressee: Entity | None = agents[1] if len(agents) > 1 else None
    if pat.agent_rule == "invitee" and invite is not None:
        addressee = invite.agent
    pos = end
    topic_start: int | None = start if pat.mode == "predicate" else None
    to = re.match(r"\s*to ", norm[pos : pos + 5])
    if pat.addressee == "to" and to:
        hit = mention_at(refs, norm, pos + to.end())
        if hit:
            addressee, pos = _addressee(hit, agent, res, out), hit[0].end
    elif pat.addressee == "direct" and not by:
        you = re.match(r"\s*you(?= [a-z])", norm[pos : pos + 6])  # "I wish you good health": the recipient
        pos = pos + you.end() if you else pos
        hit = mention_at(refs, norm, pos)
        if hit and not hit[0].possessive:
            addressee, pos = _addressee(hit, agent, res, out), hit[0].end
            them = hit[0].kind == "pronoun" and (hit[0].name or "").lower() == "them"
    if topic_start is None:
        prep = prep_at(norm, pos, pat.topic)
        topic_start = prep if prep is not None else (pos if "" in pat.topic else None)
    topic, tspan, at = None, (start, end), topic_start
    if topic_start is not None:
        limit = s.end
        if start == s.start and norm[start:end].lower().endswith("ing") and "," in norm[start : s.end]:
            limit = norm.index(",", start)  # a fronted participle's topic ends at its comma
        tspan = trim(norm, topic_start, topic_end(norm, topic_start, limit, starts))
        at = tspan[0]
        topic = clean(src.text[tspan[0] : tspan[1]]) if tspan[1] > tspan[0] else None
        tspan = (min(tspan[0], start), max(tspan[1], end))
    if topic is not None and topic.startswith("behalf of"):
        return []  # greetings passed on on someone's behalf: that someone's, not the speaker's
    if pat.act == "wish" and topic is not None and topic.startswith("to "):
        return []  # "wishes to be a reliable partner": a wish of its own, not one for someone
    sent = re.match(r"of (.+?) to (?:the )?", topic or "")
    if sent and at is not None and norm.startswith(sent.group(), at):  # "wishes of good health to X"
        hit = mention_at(refs, norm, at + sent.end())
        if hit is not None:
            addressee, topic = _addressee(hit, agent, res, out), sent.group(1)
    third = pat.no_addressee is not None and topic is not None and pat.no_addressee.search(topic)
    # "sent cables to X and Y, expressing his thanks ... and wishing them ...": one act each
    many = _written_to_many(out, s, agent) if (addressee is None or them) and not third else []
    addressee = many[0] if many else addressee
    if addressee is None and topic_start is not None and not third:
        addressee = owner_in_topic(norm, refs, (topic_start, tspan[1]), res.country_of(agent) or agent)
    if addressee is None and not third:
        addressee = counterpart(agent, res, out)
    if topic is None and pat.act in lexicon().occasion_acts:
        topic = occasion(src, s.start, pat.act)
    topic = topic.split("\n")[0].strip() if topic else topic  # never past a paragraph (a headline's)
    comm = communication_of(agent, res, out)
    act = Act(pat.act, agent, addressee, topic, (s.start, s.end), tspan, comm)
    if many:
        return [act] + [Act(pat.act, agent, e, topic, (s.start, s.end), tspan, comm) for e in many[1:]]
    if pat.mode == "reciprocal" and addressee is not None:
        return [act, Act(pat.act, addressee, agent, topic, (s.start, s.end), tspan, comm)]
    if len(agents) > 1 and addressee is not None and addressee not in agents:
        # "X and Y congratulated the Head of State": one act each
        return [act] + [Act(pat.act, a, addressee, topic, (s.start, s.end), tspan, comm) for a in agents[1:]]
    return [act]


def _written_to_many(out: Extraction, s: Sentence, agent: Entity) -> list[Entity]:
    """The recipients of a letter, message or cable the agent sends to several in this sentence."""
    for c in reversed(out.communications):
        if c.span == (s.start, s.end) and c.senders == [agent] and len(c.recipients) > 1 and c.kind in _WRITTEN:
            return c.recipients
    return []


_WRITTEN = ("letter", "message", "telegram")


def occasion(src: Source, before: int, act: str) -> str | None:
    """The occasion stated earlier in the report ("congratulations on his birthday") for an act
    that names none ("Messages came from ...")."""
    preps = "on the occasion of|on|upon" if act == "congratulate" else "over|in connection with|on"
    stem = "congratulat|greeting" if act == "congratulate" else "condolence|sympath"
    found = None
    for m in re.finditer(rf"(?:{stem})\w* (?:{preps}) ([^,.;]+)", src.norm[src.body_start : before], re.I):
        found = m
    if found is None:
        return None
    start = src.body_start + found.start(1)
    topic = clean(src.text[start : src.body_start + found.end(1)])
    return re.split(r" (?:from|to|came|come|comes|was|were|has|have|had|is|are) ", topic)[0].strip()


def _addressee(hit: Ref, agent: Entity, res: Resolver, out: Extraction) -> Entity | None:
    m, ents = hit
    if m.kind == "pronoun":  # "sent a message to X congratulating him": X, the other party of the contact
        return counterpart(agent, res, out) or res.other_than(agent)
    if not ents and m.of is not None:
        return m.of
    return ents[0] if ents else None


def implied(src: Source, s: Sentence, comm: Communication, index: int, phrase: str, end: int, out: Extraction) -> None:
    """Acts a message carries by its kind: congratulatory messages congratulate, messages of
    condolence condole; one act per recipient, the topic after "on", "over", ..."""
    implies: dict[str, str] = lexicon().implies
    act_name = next((a for key, a in implies.items() if key in phrase.lower()), None)
    if act_name is None:
        return
    pat = next(p for p in lexicon().acts if p.act == act_name and p.topic != ("",))
    norm = src.norm
    topic = None
    inner = re.search(r"\b(?:" + "|".join(re.escape(p) for p in pat.topic if p) + r") (.+?)(?: to\b|$)", phrase)
    start = prep_at(norm, end, pat.topic)
    if start is not None:
        span = trim(norm, start, topic_end(norm, start, s.end, []))
        topic = clean(src.text[span[0] : span[1]])
    elif inner:
        topic = clean(inner.group(1))
    topic = topic or occasion(src, s.start, act_name)
    for agent in comm.senders:
        for addressee in comm.recipients:
            _keep(out, Act(act_name, agent, addressee, topic, (s.start, s.end), (s.start, s.end), index))
