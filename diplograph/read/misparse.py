"""Where the parser misreads news syntax, the parties read as the text lays them out: the
name right after a verb or a plural word, the guest after a place, "conveyed to X by Y", a
phrase hung on the last of a verb's objects, a relative clause hung on a name."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref, listed
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.patterns import opening_participles
from diplograph.read.roles import parties
from diplograph.read.spans import phrase_end, sentence_end, text_of
from diplograph.read.triggers import OBJ, grammar

if TYPE_CHECKING:
    from spacy.tokens import Token


def named_after_dash(obj: Token, refs: list[Ref]) -> list[Entity]:
    """The people a plural object is spelt out as after a dash or colon ("the Presidents of
    Kazakhstan and Uzbekistan – Kassym-Jomart Tokayev and Shavkat Mirziyoyev")."""
    text = text_of(obj.doc)
    end = sentence_end(obj)
    dash = next((t for t in obj.doc[obj.i :] if t.idx >= end or t.text in ("–", "—", ":", "-")), None)
    if dash is not None and dash.idx >= end:
        dash = None
    if dash is None or obj.tag_ not in ("NNS", "NNPS"):  # a plural noun only
        return []
    found, _ = listed(refs, text, dash.idx + len(dash.text), end)
    return [e for e in found if e.kind == "person"]


def named_after(tok: Token, refs: list[Ref]) -> list[Entity]:
    """The person named right after a word ("received [the] Secretary General ... X"), also
    after a word of time ("received today Mr. X")."""
    text = text_of(tok.doc)
    at = tok.idx + len(tok.text)
    at += len(text[at:]) - len(text[at:].lstrip(" "))
    when = re.match(r"(?:today|yesterday|this (?:morning|afternoon|evening|\w+day)|on \w+day),? ", text[at : at + 24])
    at += when.end() if when else 0  # "received today Mr. X"
    place = _PLACE_BEFORE.match(text, at)  # "received on Tuesday at Carthage Palace Algerian Foreign Minister X"
    if place is not None:
        nxt = min((m.start for m, e in refs if m.start >= place.end() and e), default=-1)
        if 0 <= nxt - place.end() <= 40 and _PLACE_WORDS.fullmatch(text[place.end() : nxt]):
            at = nxt
    if text.startswith("the ", at):
        at += 4
    # a person, or an unnamed envoy standing for the state ("the Ambassador of Korea")
    return next((e[:1] for m, e in refs if m.start == at and e and (e[0].kind == "person" or m.kind == "title")), [])


# a place before the guest: capitalised words up to the guest's title or name
_PLACE_BEFORE = re.compile(r"(?:at|in) (?:the )?")
_PLACE_WORDS = re.compile(r"[A-Z][\w'-]*,? (?:(?:[A-Z][\w'-]*|de|del|la|da|do|dos|in|of),? ){0,5}(?:the )?")
_TO_BY = re.compile(r"\s+(?:also\s+)?to\s+")


def passive_to_by(verb: Token, refs: list[Ref]) -> tuple[list[Entity], list[Entity]]:
    """ "Congratulations were conveyed to X by Y and Z", as written, where the parser took "to X"
    for an infinitive: the names listed after "to", and after "by" (senders, recipients)."""
    text = text_of(verb.doc)
    end = sentence_end(verb)
    to = _TO_BY.match(text, verb.idx + len(verb.text))
    if to is None:
        return [], []
    recipients, at = listed(refs, text, to.end(), end)
    by = re.match(r",?\s+by\s+", text[at:end]) if recipients else None
    senders = listed(refs, text, at + by.end(), end)[0] if by else []
    return senders, recipients


_TIME = ("npadvmod", "advmod", "punct", "tmod")
"""Words of time and their commas between a verb and its place ("received today, at ...")."""


def lost_object(verb: Token, refs: list[Ref]) -> list[Entity]:
    """The guest of a verb of receiving whose object the parser lost, after the place it is
    received in ("received in the Palace of the Nation X", also after a word of time:
    "received today, at the Palace, the Minister X"), or hung on the place ("received in Havana
    the visiting Minister X"); the pobj of "in audience"."""
    place = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep"
            and (
                c.i == verb.i + 1
                or (c.lower_ in ("in", "at") and all(t.dep_ in _TIME for t in verb.doc[verb.i + 1 : c.i]))
            )
        ),
        None,
    )
    if place is None:
        return []
    found: list[Entity] = []
    if place.lower_ in ("in", "at"):
        # "received at Denden Guest House Dr. X": the parser may make the guest the place's head
        found = named_after(phrase_end(place), refs) or named_after(verb, refs)
        guest = [a for o in place.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"]
        found = found or (parties(guest[0], refs, head_only=True) if guest else [])
    if not found and any(t.lower_ == "audience" for t in place.subtree):
        found = parties(next((o for o in place.children if o.dep_ == "pobj"), None), refs)
    # "received in audience on Tuesday, at the Palace, the Minister X": hung on a later place
    later = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i > place.i)
    for c in later if not found else ():
        apposed = [a for o in c.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos"]
        found = [e for a in apposed for e in parties(a, refs, head_only=True) if e.kind == "person"][:1]
        if found:
            break
    return found


_IN_AUDIENCE = re.compile(r"\s*in (?:a )?(?:private |special )?audience\b")


def guest_after_adverbials(verb: Token, refs: list[Ref]) -> list[Entity]:
    """The guest after a run of time and place phrases the parser read as the object's head, in
    the order news agencies translating from French and Portuguese keep ("received on Thursday,
    in Luanda, the member of the Political Bureau ... and Minister of Foreign Affairs, X";
    "received on Sunday at the seat of the Presidency the Tunisian Minister ..., Mr. X"): the
    first person named after the verb, where a "the" stands before them and nothing between
    names an event or opens another clause."""
    text = text_of(verb.doc)
    start = verb.idx + len(verb.text)
    if aud := _IN_AUDIENCE.match(text, start):  # "received in audience on Tuesday, at ..., X": no event of its own
        start = aud.end()
    if re.match(r"\s*,?\s*(?:on|in|at|this|yesterday|today)\b", text[start : start + 12]) is None:
        return []
    person = next(
        (r for r in refs if start < r[0].start < verb.sent.end_char and r[1] and r[1][0].kind == "person"), None
    )
    if person is None:
        return []
    at = person[0].start
    before = text[start:at]
    # not "received on Sunday a phone call from X", "received a delegation led by X"
    events = {t.lemma_.lower() for t in verb.doc[verb.i + 1 : verb.sent.end] if start <= t.idx < at} & _events()
    # nor "received in Luanda, where X ...", "to be received in Tokyo since X took office"
    other = re.search(r"\b(?:who|where|which|when|while|after|before|then|since|until)\b", before)
    return [] if " the " not in before or events or other else person[1][:1]


@cache
def _events() -> frozenset[str]:
    return frozenset(grammar().nouns) | {"delegation"}


def object_before_attribution(tok: Token) -> Token | None:
    """The verb whose object a noun is, where the parser made it the subject of a trailing
    attribution ("X received on Sunday a phone call from Y, the ministry said": "call" read as
    the subject of "said"): that verb, if it stands before the noun with no object of its own."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.lower_ not in _said() or head.i < tok.i:
        return None
    if not any(t.text == "," for t in tok.doc[tok.i : head.i]):
        return None
    verb = next((t for t in reversed(tok.doc[tok.sent.start : tok.i]) if t.pos_ == "VERB"), None)
    if (
        verb is None
        or verb.dep_ not in ("ROOT", "conj", "ccomp")
        or any(c.dep_ in ("dobj", "obj") for c in verb.children)
    ):
        return None
    return verb


@cache
def _said() -> frozenset[str]:
    """The verbs of saying (``said`` in ``ingest/quotes.yaml``) and "reported"."""
    return frozenset(w.lower() for w in lexicon().quotes["said"]) | {"reported", "reports"}


def object_as_apposition(tok: Token) -> Token | None:
    """The verb whose object a noun is, where the parser made the verb a participle of the
    subject and the noun that subject's apposition ("The minister handed over to the head of
    state a letter from X"): that verb, standing before the noun with no object of its own."""
    if tok.dep_ != "appos" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = next((c for c in tok.head.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i < tok.i), None)
    # (tagged a past participle where the subject is the sentence's root: no verb but this one,
    # "X, who leads the commission, handed over to Y a letter from Z")
    tags = ("VBD", "VBZ", "VBP", "VBN") if tok.head.dep_ == "ROOT" else ("VBD", "VBZ", "VBP")
    if verb is None or verb.tag_ not in tags or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    return verb


def object_as_adverb(tok: Token) -> Token | None:
    """The verb whose object a noun is, where the parser read the noun as an adverbial of the
    verb ("X, who arrived on Monday, conveyed to Y a letter from Z"): a verb with no object of
    its own, the noun after it."""
    verb = tok.head
    if tok.dep_ != "npadvmod" or verb.pos_ != "VERB" or verb.i > tok.i:
        return None
    return None if any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children) else verb


def subject_after_participle(norm: str, opens: int, refs: list[Ref], verb: Token, subj: Token | None) -> list[Entity]:
    """The name right before the verb of a sentence a participle opens ("Meeting X, Minister Y
    thanked ..."), where the parser took the participle's object for the verb's subject: Y."""
    lead = re.match(r"([A-Z][a-z]+ing) [^,]+, ", norm[opens : verb.idx])
    if lead is None or lead.group(1) not in opening_participles():
        return []
    if subj is None or subj.idx >= opens + lead.end():
        return []  # the subject the parser found stands after the participle's phrase: it is right
    return next(
        (
            e[:1]
            for m, e in refs
            if e and e[0].kind == "person" and m.end + 1 == verb.idx and m.start >= opens + lead.end()
        ),
        [],
    )


def object_of(noun: Token) -> Token:
    """The object a noun is part of, through the lists and "of" phrases between ("discussed the
    return of migrants, trade and the sharing of water in a call": the parser hangs the call on
    "sharing", whose object is "return"); the noun itself where it is part of none."""
    at = noun
    for _ in range(8):
        if at.dep_ in OBJ:
            return at
        if at.dep_ == "conj" and at.head.pos_ in ("NOUN", "PROPN"):
            at = at.head
        elif at.dep_ == "pobj" and at.head.lower_ == "of" and at.head.head.pos_ in ("NOUN", "PROPN"):
            at = at.head.head
        else:
            break
    return noun


def relative_on_thing(clause: Token) -> bool:
    """A relative clause opened by "which" or "that": about a thing, not the person the parser
    hangs it on ("a message from X, which was handed over to Y")."""
    return clause.dep_ == "relcl" and any(
        c.lower_ in ("which", "that") and c.dep_.startswith("nsubj") for c in clause.children
    )


# (after an opening phrase too: "Following the talks, in the presence of Z, ...")
_PRESENCE = re.compile(r"\s*(?:[A-Z][^,;]{0,60}, )?(?:In|in) the presence of [^,;]+, ")


def named_after_presence(norm: str, refs: list[Ref], opens: int, start: int) -> list[Entity]:
    """ "In the presence of the two heads of state, X and Y signed ...": the parser may join X and
    Y to the heads of state; the people named between that phrase (opening the sentence at
    ``opens``) and the verb at ``start`` act."""
    m = _PRESENCE.match(norm, opens, start)
    if m is None:
        return []
    # (a name the mention finder joined to the title before the comma, "the President, X and Y", too)
    return [es[0] for ref, es in refs if m.end() < ref.end and ref.start < start and es and es[0].kind == "person"]


def verb_of_purpose(tok: Token) -> Token | None:
    """The verb an act's verb says the purpose of, where the parser read the act's verb as the
    noun of a "to" phrase ("telephoned X on Friday to condole with ...": "condole" as a noun):
    that verb, whose subject acts."""
    to = tok.head
    if tok.dep_ != "pobj" or to.lower_ != "to" or to.i != tok.i - 1 or to.head.pos_ != "VERB":
        return None
    return to.head


_OPENS_CLAUSE = re.compile(r" (?:also |then |later |further )?[a-z]+ed\b")


def opening_subject(norm: str, refs: list[Ref], opens: int, verb: Token) -> list[Entity]:
    """ "The two discussed X, launched under Y's presidency, and agreed to ...": a verb after "and"
    that the parser joined to a participle shares the subject the sentence opens on, a person,
    pair or title right before a past tense."""
    if verb.i == 0 or verb.nbor(-1).lower_ != "and" or verb.dep_ != "conj" or verb.head.tag_ != "VBN":
        return []
    first = next(((m, es) for m, es in refs if m.start >= opens), None)
    if first is None or norm[opens : first[0].start].strip() not in ("", "The", "the"):
        return []
    m, es = first
    if m.kind not in ("person", "pair", "title") or m.possessive or not _OPENS_CLAUSE.match(norm, m.end):
        return []
    return list(es)
