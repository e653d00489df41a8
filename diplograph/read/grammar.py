"""The genre grammar over syntax: communications found by the lemma of a trigger word and
the grammatical roles of their parties, as ``ingest/grammar/communications.yaml`` describes.

It reads what the surface phrasings of ``ingest/communications.yaml`` did not: events named by
nouns ("talks between X and Y took place"), passives ("a letter from X was handed to Y"),
conjoined parties, possessives ("X's message to Y"), greetings and condolences as objects of
"conveyed", "addressed", "expressed". Parties are the reader's resolved mentions under the
tokens that hold those roles. This module walks a sentence's trigger words and keeps one
reading of each communication; what a trigger word names, and whether it is news, is in
:mod:`diplograph.read.triggers`; events named by nouns are read in
:mod:`diplograph.read.noun_events`, events named by verbs in :mod:`diplograph.read.verbs`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from diplograph.read.addressed import in_a_message
from diplograph.read.clauses import Ref
from diplograph.read.found import Found
from diplograph.read.lemmas import triggering
from diplograph.read.news import not_news
from diplograph.read.noun_events import noun_event
from diplograph.read.prepositions import first_of, preps
from diplograph.read.roundups import exchanged_by, sent_in_pairs
from diplograph.read.triggers import (
    MEDIA_NOUNS,
    WRITTEN,
    Grammar,
    grammar,
    kind_of,
    medium_verb,
    nounlike,
    presents,
    within_contact,
    within_medium,
)
from diplograph.read.verbs import called_back, gapped, verb_event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def communications(sent: Span, refs: list[Ref], *, cued: bool = False) -> Iterator[Found]:
    """The communications one sentence reports as happening; ``cued`` when the report names a
    call somewhere (then "X spoke to Y" is one)."""
    g = grammar()
    founds: list[tuple[Found, Token]] = []
    for tok in triggering(sent, g.words):
        kind = kind_of(tok, g, cued=cued)
        if kind is None or not_news(tok, g):
            continue
        if (
            kind in WRITTEN
            and within_contact(tok, g)
            and not (tok.pos_ == "NOUN" and first_of(preps(tok), g.from_party))
        ):
            continue  # "a call, during which they exchanged congratulations": acts of the call (not "a message from X")
        if kind == "message" and tok.lemma_.lower() not in MEDIA_NOUNS and within_medium(tok):
            continue  # "a cable ..., in which he expressed his congratulations to Y": what it says
        if kind in WRITTEN and tok.pos_ == "NOUN" and in_a_message(tok):
            continue  # "In his message, X expressed warm greetings to the people of Y": what it says
        if tok.pos_ == "VERB" and within_contact(tok, g):
            continue  # "X and Y met in Brisbane to co-chair the forum": what they met for
        if tok.pos_ == "NOUN" and kind not in WRITTEN and within_contact(tok, g, purpose_only=True):
            continue  # "X met Y to finalise the calendar of meetings between the two countries"
        if pairs := exchanged_by(tok, kind, refs) or sent_in_pairs(tok, kind, refs):
            # "Messages were exchanged by A and B; by C and D", "... sent by A to B and by C to D"
            founds += [(f, tok) for f in pairs]
            continue
        nominal = nounlike(tok) or tok.lower_ == "one"  # "was one from X": the messages'
        found = noun_event(tok, kind, refs, g) if nominal else verb_event(tok, kind, refs, g)
        if found is not None and found.kind == "phone_call" and tok.pos_ != "VERB" and len(found.senders) == 1:
            if called_back(tok, found.recipients, refs):  # "had a phone conversation with Y, who called to ..."
                found = replace(found, senders=found.recipients[:1], recipients=found.senders)
        if found is not None and nominal and cued and kind_of(tok, g) is None:
            found = replace(found, part_only=True)  # a call only by the report's cue
        presented = found is not None and presents(tok, g)
        if found is not None and found.kind == "meeting" and len(found.senders) > 1 and _calls_of_each(tok, g):
            found = replace(found, separately=True)  # "received courtesy calls from A, B and C": one each
        if found is not None and presented and (len(found.senders) > 1 or (found.to_host and not found.recipients)):
            # "the ambassadors of A and B presented their credentials"; one told alone after another's:
            # to whom envoys presented them before
            found = replace(found, separately=True)
        if found is not None:
            founds.append((found, tok))
            founds += [(more, tok) for more in gapped(tok, found, refs)]  # "met X, and on Wednesday Y"
    # "a cable from X was handed to Y, along with a similar cable from Z": Z's to Y too
    for i, (found, tok) in enumerate(founds):
        if i and found.to_host and any(c.lower_ == "similar" for c in tok.children) and founds[i - 1][0].recipients:
            before = founds[i - 1][0]
            founds[i] = (replace(found, recipients=before.recipients, to_host=False, handed=before.handed), tok)
    # "offered condolences in a cable to X": one telegram, not a message beside it
    media = {t.head.head.i for f, t in founds if medium_verb(t, g) is not None}
    # "a cable of congratulations was received by X from Y": the cable
    written = {t.i for f, t in founds if f.kind in WRITTEN and f.kind != "message"}
    # "X hosted Y at the palace for talks": the talks
    talks = {frozenset(f.senders + f.recipients) for f, _ in founds if f.kind == "talks"}
    # "X, in a message to Y, conveyed his condolences (to the people of Z)": the message to Y
    addressed = {frozenset(f.senders) for f, _ in founds if f.kind in WRITTEN and f.recipients}
    carried = {
        frozenset(f.senders) for f, t in founds if f.kind in WRITTEN and f.recipients and t.lemma_ in MEDIA_NOUNS
    }
    for found, tok in founds:
        if found.kind == "meeting" and tok.pos_ == "VERB" and frozenset(found.senders + found.recipients) in talks:
            continue
        if found.kind in WRITTEN and not found.recipients and frozenset(found.senders) in addressed:
            continue
        if found.kind in WRITTEN and tok.lemma_ not in MEDIA_NOUNS and frozenset(found.senders) in carried:
            continue
        if found.kind == "message" and tok.head.i in media and medium_verb(tok, g) is None and not found.handed:
            continue  # (not a message handed over "during the meeting": the meeting is no medium of it)
        if found.kind == "message" and tok.head.lower_ == "of" and tok.head.head.i in written:
            continue
        yield found


def _calls_of_each(tok: Token, g: Grammar) -> bool:
    """Courtesy or farewell calls (visits) in the plural: one of each caller."""
    plural = tok.lower_ != tok.lemma_.lower()
    return plural and any(f"{c.lower_} {tok.lemma_.lower()}" in g.qualified for c in tok.children)
