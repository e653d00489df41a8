"""Who does an act: the verb's subject by syntax, the sender of a message received, the
writer of a reproduced letter for "I" and "we", the clause subject of a fronted participle,
and the speaker for a state acting in reported speech."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplograph.read import roles, spans, subject_words
from diplograph.read.clauses import Ref, subjects
from diplograph.read.facts import Act, Extraction
from diplograph.read.lexicon import Entity
from diplograph.read.misparse import named_after_presence, opening_subject, subject_after_participle, verb_of_purpose
from diplograph.read.prepositions import preps
from diplograph.read.resolve import Resolver
from diplograph.read.text import Sentence, Source
from diplograph.read.topics import COORD
from diplograph.read.triggers import MEDIA_NOUNS, OBJ, WRITTEN, grammar
from diplograph.read.voices import speech_verbs
from diplograph.read.writers import latest_writer, writer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_EXPRESS = frozenset({"express", "convey", "extend", "offer", "voice", "send", "reiterate", "reaffirm"})


def a_noun_named(doc: Doc | None, start: int, end: int) -> bool:
    """An act phrase that is a lone noun not expressed by anyone ("cables of thanks")."""
    span = spans.tokens(doc, start, end) if doc is not None else None
    if span is None or len(span) != 1 or span[0].pos_ != "NOUN":
        return False
    tok = span[0]
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "greetings and wishes of good health"
        tok = tok.head
    return tok.head.lemma_.lower() not in _EXPRESS


def from_sender(src: Source, s: Sentence, out: Extraction, doc: Doc | None, start: int) -> list[Entity]:
    """The sender of a letter or cable received in this sentence, for an act in a participle
    hung on the receipt ("received a cable from X, expressing thanks ..."): X, to the receiver;
    so too on its handing over ("the envoy handed over a message from X to Y, wishing ...")."""
    span = spans.tokens(doc, start, start + 1) if doc is not None else None
    if span is None or not len(span):
        return []
    tok = span[0]
    verb = tok.head if tok.pos_ == "NOUN" else tok
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return []
    handed = verb.head.lemma_.lower() in grammar().hand_over and any(
        o.dep_ in OBJ and o.lemma_.lower() in MEDIA_NOUNS and "from" in preps(o) for o in verb.head.children
    )
    if verb.head.lemma_.lower() not in ("receive", "get") and not handed:
        return []
    for c in reversed(out.communications):
        if c.span == (s.start, s.end) and c.kind in WRITTEN and c.senders:
            return [c.senders[0]] if handed else [c.senders[0], *c.recipients[:1]]
    return []


def after_fronted(refs: list[Ref], s: Sentence, norm: str, start: int) -> list[Entity]:
    """The subject of the clause a fronted participle opens: the first name after its comma."""
    comma = norm.find(",", start, s.end)
    if comma < 0 or start != s.start:
        return []
    return next((e[:1] for m, e in refs if m.start > comma and e and not m.obj and not m.possessive), [])


def verb_allowed(s: Sentence, refs: list[Ref], pos: int) -> bool:
    """Verbs inside a quotation count in a fragment quoted after its subject, or when the
    quotation itself names who acts ("Vladimir Putin congratulated ...," the Kremlin said)."""
    q = next((q for q in s.quotes if q[0] <= pos < q[1]), None)
    if q is None:
        return True
    if q[0] - 1 > s.start and any(m.end <= q[0] and e and not m.obj for m, e in refs):
        return True
    return any(q[0] <= m.start and m.end <= pos and e and not m.obj and m.kind != "pronoun" for m, e in refs)


def agents_of(
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
    sender = from_sender(src, s, out, doc, start)
    if sender:
        return sender
    verb = verb_at(doc, start, end)
    subj = subject_words.subject_token(verb) if verb is not None else None
    if subj is not None and verb is not None and subj.lower_ == "it":
        # "It gives me great pleasure to ...": the one it gives pleasure to
        subj = next((c for c in verb.children if c.dep_ == "dative" and c.lower_ in _FIRST_PERSON), subj)
    if subj is not None and subj.lower_ in _FIRST_PERSON:  # "I congratulate you" in a letter reproduced
        who = writer(src, out, start)
        voice = [e for m, e in refs if m.voice and m.start == subj.idx]  # "I thanked him," X wrote
        return [who] if who is not None else voice[0] if voice else []
    if subj is None and re.match(r"(?:please )?accept\b[^.;]*?\b(?:my|our)\b", norm[start:end], re.I):
        who = writer(src, out, start)  # "please accept my congratulations": the writer's
        if who is not None:
            return [who]
    if subj is not None and verb is not None and subj.lower_ in ("he", "she", "they") and _in_which(verb):
        # "a message to Y congratulating him, in which she praised ...": the writer of this sentence's
        # message ("X and Y each addressed a message to Z in which they ...": each writer)
        here = [c for c in out.communications if c.span == (s.start, s.end) and c.kind in WRITTEN]
        wrote = list(dict.fromkeys(e for c in here for e in c.senders[:1]))
        if wrote:
            return wrote if subj.lower_ == "they" else wrote[:1]
    if subj is not None and subj.lemma_.lower() in MEDIA_NOUNS and any(c.lower_ == "the" for c in subj.children):
        # "The message contained an invitation to Y", "The letter expressed gratitude": the writer of
        # the message the report told last
        author = latest_writer(out)
        if author is not None:
            return [author]
    untitled = subj is not None and any(m.kind == "title" and not e and m.start <= subj.idx < m.end for m, e in refs)
    if verb is not None and subj is None and (medium := _medium_of(verb)) is not None:
        # "sent a message to Y congratulating him": the message's sender ("a letter from X inviting")
        found = roles.parties_of(preps(medium).get("from"), refs) or (
            roles.subjects(medium.head, refs) if medium.dep_ in OBJ else []
        )
        if found:
            return found
    if (
        verb is not None
        and previous is not None
        and verb.dep_ == "conj"
        and previous.topic_span[0] < verb.head.idx < previous.topic_span[1] <= start
        and COORD.search(norm[previous.topic_span[1] : start])
    ):
        # "X wished Brazilians continued peace and commended ...": the parser joined the verb to
        # a word of the last act's topic; it is X's, as that act's (the messenger's, where X passed it on)
        return [previous.messenger or previous.agent]
    if verb is not None and (after := subject_after_participle(norm, s.start, refs, verb, subj)):
        return after  # "Meeting X, Minister Y thanked ...": Y, whatever the parser made of X
    if verb is not None and subj is None and (shared := opening_subject(norm, refs, s.start, verb)):
        return shared  # "The two discussed X, launched under ..., and agreed": the parser joined it to the participle
    if verb is not None and (named := named_after_presence(norm, refs, s.start, start)):
        # "In the presence of Z, X and Y, Minister of A, signed": the parser hung X and Y on Z (or
        # kept Y alone as the subject)
        if subj is None or set(roles.subjects(verb, refs)) < set(named):
            return named
    if verb is not None and not untitled:  # the subject by syntax: of the verb, its conjunct, "who"
        found = roles.subjects(verb, refs)
        if found:
            return found
    span = spans.tokens(doc, start, end) if verb is None and doc is not None else None
    purpose = verb_of_purpose(span[0]) if span is not None and len(span) else None
    if purpose is not None and (found := roles.subjects(purpose, refs)):
        return found  # "telephoned X to condole with ...", with "condole" read as a noun: the caller
    if verb is not None and (named := named_after_presence(norm, refs, s.start, start)):
        return named
    if (verb is None or verb.i == verb.sent.start) and norm[start:end].lower().endswith("ing"):
        # (a participle opening the sentence, whatever the parser made of it)
        fronted = after_fronted(refs, s, norm, start)
        if fronted:
            return fronted
    prev_end = previous.topic_span[1] if previous else None
    if previous is not None and prev_end is not None and prev_end <= start and COORD.search(norm[prev_end:start]):
        return [previous.messenger or previous.agent]
    return subjects(refs, start, s, norm)


def _in_which(verb: Token) -> bool:
    return any(c.lower_ == "in" and any(o.lower_ == "which" for o in c.children) for c in verb.children)


def _medium_of(verb: Token) -> Token | None:
    """The letter, message or cable a participle tells the content of ("a message ...
    congratulating him")."""
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG" and verb.head.i != verb.i:
        verb = verb.head  # "a message ..., describing X as ... and offering ...": the first participle's
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in MEDIA_NOUNS:
        return verb.head
    to = verb.head.head if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "pobj" else None
    if to is not None and to.lower_ == "to":  # "sent messages to Y congratulating India": hung on Y
        return next((o for o in to.head.children if o.dep_ in OBJ and o.lemma_.lower() in MEDIA_NOUNS), None)
    return None


_FIRST_PERSON = ("i", "we", "me", "us")  # "me", "us" as the parser reads "Let me thank you", "Let us"


def in_letter(src: Source, out: Extraction, doc: Doc | None, start: int, end: int) -> bool:
    """A verb in the first person inside a reproduced message."""
    verb = verb_at(doc, start, end)
    subj = subject_words.subject_token(verb) if verb is not None else None
    return subj is not None and subj.lower_ in _FIRST_PERSON and writer(src, out, start) is not None


def verb_at(doc: Doc | None, start: int, end: int) -> Token | None:
    """The verb an act's phrase begins with, as the parser read it."""
    span = spans.tokens(doc, start, end) if doc is not None else None
    if span is None:
        return None
    # the verb after the adverbs the phrase may begin with ("highly appreciated")
    return (
        next((t for t in span if t.pos_ in ("VERB", "AUX")), None)
        if span[0].pos_ == "ADV"
        else (span[0] if len(span) and span[0].pos_ in ("VERB", "AUX") else None)
    )


_SAY = frozenset(
    {
        "say",
        "add",
        "note",
        "stress",
        "emphasise",
        "emphasize",
        "state",
        "declare",
        "underline",
        "tell",
        "assure",
        "reassure",
    }
    | {"affirm", "reaffirm", "inform", "confirm", "reiterate", "explain", "announce", "indicate", "write", "insist"}
)


def _told_whom(verb: Token) -> bool:
    """A "that" clause the parser hung on the object of a verb of saying ("assured his guest
    that ..."), which is what was said."""
    told = verb.head
    return (
        any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and told.dep_ in ("dobj", "dative")
        and told.head.lemma_.lower() in _SAY
    )


def caller(out: Extraction, pair: list[Entity]) -> Entity | None:
    """Who made the latest contact, where it is a call between the two: the one a joint act
    of the two is given to, as its initiator."""
    last = out.communications[-1] if out.communications else None
    if last is None or last.kind != "phone_call" or len(last.senders) != 1 or len(last.recipients) != 1:
        return None
    return last.senders[0] if {*last.senders, *last.recipients} == set(pair) else None


def speaker(
    src: Source, s: Sentence, refs: list[Ref], agent: Entity, res: Resolver, verb: Token | None = None
) -> Entity:
    """A state acting in reported speech ("China supports ..., Xi said"; "he added that Kenya
    supported ...") is its speaker."""
    if agent.kind not in ("state", "body"):
        return agent
    says = None
    # "... that X stands and is ready", "... that X would continue to support", "said X stood
    # ready to support": the clause's verb
    while verb is not None and verb.dep_ in ("conj", "xcomp", "acomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAY:
        says = verb.head
    elif verb is not None and verb.dep_ == "acl" and _told_whom(verb):
        says = verb.head.head  # "assured his guest that Lithuania supports ...": hung on the guest
    elif verb is not None and verb.dep_ == "acl" and (said := _said_in(verb.head)) is not None:
        says = said  # "said in a statement that X would support", the clause hung on "statement"
    elif verb is not None:
        says = next((c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in _SAY), None)
    if says is not None:
        who = [e for e in roles.subjects(says, refs) if e.kind == "person"] or _quoted_as_saying(says, refs)
        if who and res.country_of(who[0]) in (agent, None):
            return who[0]
    norm = src.norm
    for m, ents in refs:
        if not ents or ents[0].kind != "person" or res.country_of(ents[0]) != agent:
            continue
        if re.match(rf"\s+{speech_verbs()}\b", norm[m.end : m.end + 20]) and m.end < s.end - 3:
            return ents[0]
    voice, at = res.voice or (None, 0)  # "Wang Yi said that ... . China appreciates ...": the paragraph's speaker
    named = any(m.kind in ("person", "title", "description") and e and e[0].kind == "person" for m, e in refs)
    if voice is not None and res.country_of(voice) in (agent, None) and not named and "\n" not in norm[at : s.start]:
        return voice
    return agent


def _said_in(noun: Token) -> Token | None:
    """The speech verb a statement, readout or message is the means of ("said in a statement")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in _SAY:
        return prep.head
    return None


def _quoted_as_saying(says: Token, refs: list[Ref]) -> list[Entity]:
    """The one "quoted as saying" ("media quoted X as saying that ..."): the object of "quote"."""
    prep = says.head
    if says.lower_ != "saying" or prep.lower_ != "as" or prep.head.lemma_.lower() != "quote":
        return []
    obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    return [e for e in roles.parties(obj, refs) if e.kind == "person"] if obj is not None else []


def hear(src: Source, s: Sentence, refs: list[Ref], res: Resolver) -> None:
    """Keep who speaks in a paragraph: the person a sentence has "said" (or stressed, noted
    ...) something, and where; a sentence naming someone else ends it (and a new paragraph:
    :func:`speaker` looks no further back)."""
    people = [(m, e[0]) for m, e in refs if e and e[0].kind == "person" and not m.in_quote]
    said = [p for m, p in people if re.match(rf"\s+{speech_verbs()}\b", src.norm[m.end : m.end + 20])]
    if said:
        res.voice = (said[0], s.start)
        res.voiced.append((said[0], (s.start, s.end)))
    elif people:
        res.voice = None
