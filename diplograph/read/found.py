"""What the genre grammar found in a sentence: a communication, its parties, the phrase that
names it and what the rest of the reader needs to know about how it was said."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.spans import phrase_end
from diplograph.read.triggers import grammar

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Found:
    """A communication the grammar read: kind, parties and the trigger's character span."""

    kind: str
    senders: list[Entity]
    recipients: list[Entity]
    start: int  # the trigger word
    end: int  # the end of its phrase
    phrase: str  # the trigger's noun phrase ("a message of condolence"): what acts it implies
    mutual: bool = False  # "X and Y exchanged messages": one each way
    to_host: bool = False  # no recipient named: whoever hosts the report's messenger ("handed over a letter from X")
    handed: bool = False  # handed over by a messenger: on the day of the audience
    loose: bool = False  # greetings sent to no one named: the report's receiver's, if it has one
    separately: bool = False  # "X and Y met Z separately": one contact for each of them
    verb: bool = False  # the trigger is a verb ("congratulated X in a cable"): the act reader reads its act
    same_sender: bool = False  # "Similar cables were sent to X": by whoever sent the last one
    named_before: bool = False  # "During the meeting, X and Y ...": news only if no such contact was read yet
    envoys_later: bool = False  # "received the credentials of four new ambassadors": named in a sentence after
    envoys_send: bool = False  # with ``envoys_later``: the envoys are the senders ("new ambassadors called on X")
    messenger: tuple[Entity, ...] = ()  # who handed it over: their host in the contact they are in receives it
    # "X and Y talked about ..." with no medium, "X and Y co-chaired the commission": a contact
    # only where the two have none in this report yet (else it is that contact)
    unless_met: bool = False
    by_visitor: bool = False  # "The centrepiece was a round of talks with X": the report's visitor's
    # "In his conversation with Y", a call only by the report's cue: one of the calls read before, or none
    part_only: bool = False


def found(
    kind: str,
    senders: list[Entity],
    recipients: list[Entity],
    tok: Token,
    *,
    mutual: bool = False,
    to_host: bool = False,
    handed: bool = False,
    loose: bool = False,
    same_sender: bool = False,
    by_visitor: bool = False,
) -> Found | None:
    recipients = [e for e in recipients if e not in senders]
    envoys = bool(not senders and recipients and kind == "meeting" and _envoys(tok))
    if envoys:  # "New ambassadors of five countries paid courtesy calls on X": named in a sentence after
        senders, recipients, to_host = recipients, [], True
    later = bool(senders and not recipients and kind == "meeting" and _to_envoys(tok))
    if later:  # "granted separate audiences to four ambassadors": named in a sentence after
        to_host = True
    if not (senders or same_sender or by_visitor) or not (recipients or to_host):
        return None
    last = phrase_end(tok) if tok.pos_ == "NOUN" else tok
    phrase = tok.doc[tok.left_edge.i : last.i + 1].text if tok.pos_ == "NOUN" else tok.text
    g = grammar()
    for t in (tok, tok.head):  # the parties named after it ("sent a telegram to X over ..."): the topic follows them
        for c in t.rights:
            if c.dep_ in ("prep", "dative") and c.lower_ in g.to_party | g.from_party and phrase_end(c).i > last.i:
                last = phrase_end(c)
    end = last.idx + len(last.text)
    apart = any(c.lower_ == "separately" for c in (tok.head if tok.pos_ == "NOUN" else tok).children) or (
        tok.pos_ == "NOUN" and tok.tag_ == "NNS" and any(c.lower_ == "separate" for c in tok.children)
    )  # "held separate meetings with X and Y": one with each
    verb = tok.pos_ == "VERB"
    return Found(
        kind,
        senders,
        recipients,
        tok.idx,
        end,
        phrase,
        mutual,
        to_host,
        handed,
        loose,
        apart,
        verb,
        same_sender,
        envoys_later=envoys or later,
        envoys_send=envoys,
        by_visitor=by_visitor and not senders,
    )


def _to_envoys(tok: Token) -> bool:
    """The trigger (or its verb) goes "to" envoys of no name ("granted audiences to four
    ambassadors"), or a verb takes them at a ceremony of credentials ("received five foreign
    ambassadors, who presented their letters of credence")."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") else tok
    ceremony = tok.pos_ == "VERB" and _CEREMONY.search(tok.sent.text) is not None
    return any(
        o.tag_ == "NNS" and o.lemma_.lower() in _envoy_words()
        for t in (tok, verb)
        for c in t.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for o in c.children
        if o.dep_ == "pobj"
    ) or (ceremony and _envoys_taken(tok))


def _envoys_taken(verb: Token) -> bool:
    """The verb's object is envoys in the plural; or, where it has none, envoys the parser hung on
    a place after it ("received on Tuesday at the Palace in X five ambassadors, who ...")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return any(envoys_plural(c) for c in objects)
    return any(t.dep_ == "appos" and envoys_plural(t) and t.head.dep_ == "pobj" for t in verb.subtree if t.i > verb.i)


_CEREMONY = re.compile(r"\b(?:credentials|letters of credence)\b", re.I)


def _envoys(tok: Token) -> bool:
    """The subject of the trigger (or of its verb) is envoys of no name: "newly appointed
    ambassadors and high commissioners of five countries"."""
    verb = tok.head if tok.pos_ == "NOUN" else tok
    # (the nearest, where the parser found two: "London - Two new envoys ... presented")
    subj = next((c for t in (tok, verb) for c in reversed(list(t.children)) if c.dep_ == "nsubj"), None)
    if (
        subj is None and verb.dep_ == "acl" and verb.tag_ == "VBD"
    ):  # the parser's "ambassadors of [five countries paid]"
        subj = verb.head.head.head if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of" else verb.head
    mission = subj is not None and any(  # "heads of mission"
        c.lower_ == "of" and any(o.lower_ == "mission" for o in c.children) for c in subj.children
    )
    return subj is not None and (envoys_plural(subj) or (mission and subj.tag_ in ("NNS", "NNPS")))


def envoys_plural(tok: Token) -> bool:
    """A word for envoys in the plural: "ambassadors", "high commissioners" (a capitalised plural
    too, whose lemma the parser leaves, or tags as singular: "Three new Permanent
    Representatives", "the new Ambassadors of A and B")."""
    if tok.tag_ == "NNS":
        return tok.lemma_.lower() in _envoy_words()
    capital = tok.tag_ == "NNPS" or (tok.tag_ == "NNP" and tok.lower_.endswith("s"))
    return capital and tok.lower_.removesuffix("s") in _envoy_words()


@cache
def _envoy_words() -> frozenset[str]:
    """The head words of envoys' titles (``envoys`` in ``ingest/titles.yaml``), and "diplomat"."""
    return frozenset(t.lower().split(" ")[-1] for t in lexicon().envoys) | {"diplomat"}
