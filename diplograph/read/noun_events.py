"""Events named by nouns: "talks between X and Y took place", "a letter from X was handed to
Y", "X's message to Y", "conveyed greetings from X", "held a round of talks with X". The parties
are read from the noun's own prepositions and possessive, the verb that carries it (sends,
receives, holds or hands it over) or whose passive subject it is, and the clauses hung on it
(:mod:`diplograph.read.noun_clauses`); a noun no verb carries is read in
:mod:`diplograph.read.uncarried`, a bearer's message in :func:`diplograph.read.uncarried.borne`."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from diplograph.read import credential_hosts, credentials
from diplograph.read.addressed import greeted, reader_named, to_within
from diplograph.read.clauses import Ref
from diplograph.read.found import Found
from diplograph.read.found import found as _found
from diplograph.read.lexicon import Entity
from diplograph.read.misparse import (
    object_as_adverb,
    object_as_apposition,
    object_before_attribution,
    passive_to_by,
)
from diplograph.read.noun_clauses import carried_in_clause, participle_to, writer
from diplograph.read.prepositions import first_of, preps
from diplograph.read.roles import _PASS, parties, parties_of, subjects
from diplograph.read.said_again import said_again
from diplograph.read.triggers import (
    MEDIA_NOUNS,
    OBJ,
    WRITTEN,
    Grammar,
    kind_of,
    medium_verb,
    presents,
)
from diplograph.read.uncarried import borne, parted, uncarried

if TYPE_CHECKING:
    from spacy.tokens import Token


_PHONE = frozenset({"telephone", "phone"})
_RESTATING = frozenset({"it", "this", "that"})
_TEMPORAL = frozenset({"after", "following", "before"})
_CALLS = frozenset({"call", "conversation", "talk", "talks"})


def noun_event(tok: Token, kind: str, refs: list[Ref], g: Grammar) -> Found | None:
    head = tok.head
    if (
        tok.dep_ == "attr"
        and head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and (c.lower_ in _RESTATING or c.lemma_.lower() in g.nouns) for c in head.children)
    ):
        return None  # "It was the first meeting between the two since ...": the contact just told, again
    if (
        tok.dep_ == "pobj"
        and head.lower_ in _TEMPORAL
        and head.head.pos_ == "VERB"
        and kind_of(head.head, g) is not None
        and not any(c.dep_ == "prep" for c in tok.children)
    ):
        return None  # "After the talks, X met Y": the talks told before, the time of the meeting
    held = next((c for c in tok.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN")), None)
    if held is not None and tok.dep_ == "appos" and held.lemma_.lower() in g.carry_to and kind not in WRITTEN:
        # "X, who arrived on Tuesday, held talks with Y": the parser took the verb for an adjective
        to = parties_of(first_of(preps(tok), g.to_party), refs)
        return _found(kind, parties(head, refs, head_only=True), to, tok)
    if held is not None and held.lemma_.lower() in g.carry_to and kind not in WRITTEN:
        # "..., where the two held talks": the parser took the pair and verb for the noun's words
        pair = next((e for m, e in refs if m.kind == "pair" and m.end + 1 == held.idx and len(e) > 1), None)
        if pair is not None:
            return _found(kind, pair[:1], pair[1:], tok)
    if tok.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in g.sequels:
        first = head.head.head if head.head.dep_ == "acl" and head.head.head.pos_ == "NOUN" else None
        if first is None and head.head.dep_ == "advcl":  # "held a meeting, followed by talks": hung on "held"
            first = next((o for o in head.head.head.children if o.dep_ in OBJ and o.lemma_.lower() in g.nouns), None)
        found = noun_event(first, kind, refs, g) if first is not None else None  # "a tete-a-tete followed by talks"
        if found is not None or "of" not in preps(tok):
            return replace(found, start=tok.idx) if found is not None else None
        # "the meeting was followed by the talks of X with Y": read on, as talks of their own
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in g.frames:
        found = noun_event(head.head, kind, refs, g)  # "held a round of talks with X": the round's roles
        return replace(found, start=tok.idx) if found is not None else None
    if (bearer := borne(tok, kind, refs, g)) is not None:  # "Y, bearer of a written message from X"
        return bearer
    presented = presents(tok, g)
    if presented and (received := credentials.presented(tok, kind, refs, g)) is not None:
        return received
    senders: list[Entity] = []
    recipients: list[Entity] = []
    pp = preps(tok)
    carrier = head if tok.dep_ in (*OBJ, *_PASS, "nsubj") and head.pos_ in ("VERB", "AUX") else None
    one = tok.lower_ == "one"  # "among the messages was one from X": it stands for them, and no verb carries it
    copula = tok.dep_ == "attr" and head.lemma_ == "be" and kind in WRITTEN  # nor "was the message of X"
    carrier = None if one or copula else carrier
    dep = tok.dep_
    # "X received a call from Y, Z said"; "X handed over to Y a letter from Z" (read as X's apposition)
    if (misread := object_before_attribution(tok) or object_as_apposition(tok) or object_as_adverb(tok)) is not None:
        carrier, dep = misread, "dobj"
    if carrier is None and not one and (rel := carried_in_clause(tok, g)) is not None:
        carrier, dep = rel, "dobj"  # "In a phone call he made to X, ...": the clause carries the call
    if carrier is not None:
        pp = {**preps(carrier), **pp}
    between = first_of(pp, g.between)
    if between is None:  # "talks held on Wednesday between X and Y"
        between = next((b for c in tok.children if c.dep_ == "acl" and (b := first_of(preps(c), g.between))), None)
    if between is None and carrier is not None and carrier.lemma_.lower() in g.happen | g.carry_to:
        # "was held at the Ministry between X and Y": hung on the place (not "dealt with relations between")
        between = next((b for o in preps(carrier).values() if (b := first_of(preps(o), g.between)) is not None), None)
    if (
        between is None
        and carrier is not None
        and tok.lemma_.lower() == "summit"
        and tok.dep_ in ("nsubj", "nsubjpass")
    ):
        # "The summit opened in X with A, B and C": the gathering of those it names, two or more
        # (not "talks were held with A and B", whose host the report named before)
        with_ = first_of(preps(carrier), frozenset({"with"})) if carrier.lemma_.lower() in g.happen | {"open"} else None
        between = with_ if with_ is not None and len(parties(with_, refs)) >= 2 else None
    poss = [c for c in tok.children if c.dep_ == "poss"]
    # ("passed on greetings on behalf of X": the parser reads the particle as a preposition)
    on = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.pos_ == "VERB" else None
    verb = carrier or on
    behalf = next(
        (
            o
            for c in (verb.children if verb is not None else ())
            if c.lower_ == "on"
            for o in c.children
            if o.lower_ == "behalf" and not any(w.lower_ == "own" for w in o.children)  # (not "on his own behalf")
        ),
        None,
    )
    # "received on behalf of Y a message from X": X's message to Y, whom the receiver stood for
    for_whom = parties_of(preps(behalf).get("of"), refs) if behalf is not None and carrier is not None else []
    if behalf is not None and not (for_whom and carrier is not None and carrier.lemma_.lower() in g.carry_from):
        return None  # greetings passed on on someone's behalf: that someone's, and no contact of the messenger
    whose = parties_of(preps(tok).get("of"), refs) if tok.lemma_.lower() not in MEDIA_NOUNS else []
    if (
        carrier is not None
        and kind in WRITTEN
        and whose
        and all(e.kind == "person" for e in whose)
        and not set(whose) & set(subjects(carrier, refs))
    ):
        return None  # "conveyed the greetings of President X to Y": X's greetings passed on, as on X's behalf
    via = medium_verb(tok, g) if kind in WRITTEN else None
    named_before = any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in tok.children)
    if via is not None and named_before and first_of(preps(tok), g.to_party) is None:
        # "In his message, X ...": the message named before, what it says; in a round-up of
        # messages to one receiver, X's message, where none of X's was named before
        to = participle_to(tok, refs, g)  # "the message addressed to Y"
        found = _found(kind, subjects(via, refs), to, tok, to_host=not to, loose=not to)
        return replace(found, named_before=True) if found is not None else None
    if (
        via is None
        and named_before
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and tok.head.head.pos_ == "PROPN"
    ):
        # "X, in his message, highly appreciated ...", where the parser lost the verb: X's message
        found = _found(kind, parties(tok.head.head, refs, head_only=True), [], tok, to_host=True, loose=True)
        return replace(found, named_before=True) if found is not None else None
    if (
        via is not None
        and carrier is None
        and (subjects(via, refs) or not parties_of(first_of(pp, g.from_party), refs))
    ):
        # "X offered condolences in a cable to Y" (not "The invitation came in a letter from X ...")
        senders = subjects(via, refs)
        if not senders and not any(c.dep_.startswith("nsubj") for c in via.children):
            # "From New Delhi, President X, in a message to Y, spoke of ...": the parser lost the
            # subject to the opening phrase; the person named last before the medium
            opens = tok.sent.start_char
            senders = [es[0] for r, es in refs if es and es[0].kind == "person" and opens <= r.start < r.end <= tok.idx]
            senders = senders[-1:]
        # its own "to", its participle's ("In a letter sent to Y, X conveyed ... with Z"), the verb's
        recipients = parties_of(first_of(pp, g.to_party), refs) or participle_to(tok, refs, g)
        recipients = recipients or parties_of(first_of(preps(via), g.to_party), refs)
        obj = next((c for c in via.children if c.dep_ in OBJ), None)
        if obj is None and via.dep_ == "conj":  # "invited Y to visit and proposed ..., in a letter": Y
            obj = next((c for c in via.head.children if c.dep_ in OBJ), None)
        if not recipients and obj is not None:  # "In a separate message, X expressed his gratitude to Y"
            recipients = [e for e in parties_of(first_of(preps(obj), g.to_party), refs) if e not in senders]
        # "X, in a letter, congratulated Y" (not the subject again: "congratulated him" read as X)
        recipients = recipients or [e for e in parties(obj, refs, head_only=True) if e not in senders]
        recipients = recipients or to_within(tok, refs, g)  # "In a letter addressed on Tuesday to Y, X wrote"
        # "X, in a separate message, praised ...": in a round-up, a message to its receiver
        # (not "wrote on Telegram": the app)
        loose = not recipients and tok.head.lower_ == "in" and tok.text.islower()
        return _found(kind, senders, recipients, tok, to_host=loose, loose=loose)
    lemma = tok.lemma_.lower()
    named = tok.text[:1].isupper() and tok.i != tok.sent.start  # "the Consultative Meeting of the Heads of State"
    of = pp.get("of") if between is None and kind not in WRITTEN and not named and lemma not in g.presented else None
    if of is not None and len(parties(of, refs)) < 2:
        of = None  # "the meeting of X and Y": both parties; "the meeting of the council": neither
    with_ = pp.get("with") or (preps(pp["of"]).get("with") if "of" in pp else None)  # hung on X
    if between is None and of is None and not named and kind not in WRITTEN and "of" in pp and with_ is not None:
        # "the talks of X with Y": X's, with Y
        own, other = parties(pp["of"], refs, head_only=True), parties_of(with_, refs)
        if own and other and all(e.kind == "person" for e in own):
            return _found(kind, own, other, tok)
    if between is not None or of is not None:
        ents = parties(between or of, refs)
        senders, recipients = ents[:1], ents[1:]
    elif carrier is not None and dep in OBJ and carrier.lemma_.lower() in g.carry_from:
        recipients = for_whom or subjects(carrier, refs)
        first = first_of(pp, g.from_party)
        # "received messages on the national day from X, from Y": the first hung on the occasion
        held = next((o for c in preps(carrier).values() for w, o in preps(c).items() if w in g.from_party), None)
        first = held if held is not None and first is not None and held.i < first.i else first
        senders = parties_of(first, refs) or parties_of(poss[0] if poss else None, refs)
        # "cables of thanks from X": the "from" of the noun's "of" phrase, first ("messages of
        # congratulations from X, and from Y": the parser hangs each "from" elsewhere)
        of = next((o for c in tok.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
        earlier = parties_of(first_of(preps(of), g.from_party), refs) if of is not None else []
        senders = [*earlier, *(e for e in senders if e not in earlier)]
        senders = senders or parties_of(of, refs)  # "received the courtesy call of X": X's
        if not senders and kind == "meeting":  # "received a courtesy call by X"
            senders = parties_of(first_of(pp, g.agent), refs) or parties_of(first_of(preps(carrier), g.agent), refs)
        if not senders:  # "received letters on the occasion from X": the parser hangs "from" on the occasion
            hung = (o for c in preps(carrier).values() for w, o in preps(c).items() if w in g.from_party)
            senders = parties_of(next(hung, None), refs)
        if not senders:  # "received letters on the occasion of Independence Day from X": hung deeper
            deep = (o for t in tok.subtree if t.dep_ == "prep" and t.lower_ in g.from_party for o in t.children)
            senders = parties_of(next((o for o in deep if o.dep_ == "pobj"), None), refs)
    elif carrier is not None and dep in OBJ and carrier.lemma_.lower() in g.carry_to | g.happen:
        if carrier.lemma_.lower() in g.hosts and lemma in g.cohosted:
            return None  # "X hosted the summit with Y": its co-hosts, no meeting of the two
        own = parties_of(first_of(preps(tok), g.from_party), refs)
        if not own and carrier.lemma_.lower() in g.hand_over and lemma in MEDIA_NOUNS:  # "conveyed a message from X"
            own = parties_of(first_of(preps(carrier), g.from_party), refs) or writer(tok, carrier, refs)
        given = next((c for c in carrier.children if c.dep_ in _PASS), None)
        if (
            named_before
            and not (own or poss or "of" in pp)
            and kind in WRITTEN
            and carrier.lemma_.lower() in g.hand_over
        ):
            # "received Y, who delivered the message": the message read before, handed over
            found = _found(kind, subjects(carrier, refs), parties_of(first_of(pp, g.to_party), refs), tok, to_host=True)
            return replace(found, named_before=True) if found is not None else None
        passed = own or parties_of(first_of(preps(carrier), g.from_party), refs)
        if passed and lemma not in MEDIA_NOUNS and not set(passed) & set(subjects(carrier, refs)):
            return None  # "Y conveyed greetings from X to Z": X's greetings passed on, as "the greetings of X"
        if own and carrier.lemma_.lower() in g.hand_over:  # "handed over a letter from X (to Y)"
            # "a letter from X addressed to Y" (though handed to an aide), else "to Y", "Y was handed ..."
            recipients = participle_to(tok, refs, g, ("address", "write"))
            # "handed Y a message from X to King Z": the written "to" before the bare object
            to_tok = next((o for c in (*tok.children, *carrier.children) if c.lower_ == "to" for o in c.children), None)
            recipients = recipients or parties_of(to_tok, refs)
            recipients = recipients or parties_of(first_of(pp, g.to_party), refs) or parties(given, refs)
            # "handed Y a written message from X": the object before it (the parser may call it a dobj)
            dative = next(  # (not "handed him a message": whom he met, as the host is read)
                (c for c in carrier.children if c.dep_ in ("dative", "dobj") and c.i < tok.i and c.pos_ != "PRON"),
                None,
            )
            recipients = recipients or parties(dative, refs)
            recipients = recipients or to_within(tok, refs, g)  # "a message from X ... to Y" further inside
            recipients = recipients or reader_named(tok, refs)  # "a letter from X inviting President Y to ..."
            handed = _found(kind, own, recipients, tok, to_host=not recipients, handed=True)
            by = tuple(e for e in subjects(carrier, refs) if e.kind == "person")  # "where he delivered ..."
            return replace(handed, messenger=by) if handed is not None else None
        if given is not None:  # "X was granted an audience with Y", "X was sent a letter by Y"
            other = next(
                (e for ps in (g.agent, g.from_party, g.to_party) if (e := parties_of(first_of(pp, ps), refs))), []
            )
            return _found(kind, other, parties(given, refs), tok)
        senders = subjects(carrier, refs)
        to_tok = first_of(pp, g.to_party)
        recipients = parties_of(to_tok, refs)
        if presented and credential_hosts.accredited_to(tok, to_tok, recipients):
            to_tok, recipients = None, []  # "presented his credentials as Ambassador of A to B": the post's
        recipients = [*recipients, *(e for e in said_again(to_tok, refs) if e not in recipients)]  # "with X and with Y"
        recipients = recipients or to_within(tok, refs, g) or greeted(tok, refs)
        recipients = [e for e in recipients if e not in senders]  # no one meets themselves ("... and conveyed to him")
        if not recipients and kind == "meeting" and "on" in pp:  # "paid a courtesy call on X"
            recipients = parties_of(pp["on"], refs)
        if not recipients and carrier.lemma_.lower() in g.mutual and "of" in pp:  # "messages of felicitation with Y"
            recipients = [e for e in parties_of(first_of(preps(pp["of"]), g.to_party), refs) if e not in senders]
        by_phone = [
            o
            for c in carrier.children
            if c.lower_ in g.media
            for o in c.children
            if o.lemma_ in _PHONE
            or (
                o.lemma_ in _CALLS
                and any(w.lemma_ in _PHONE for w in o.children)
                and not any(w.lower_ == "with" for w in o.children)  # "In his call with X": that call's own
            )
        ]  # "by telephone", "during a telephone call"
        if by_phone and kind in WRITTEN:  # "conveyed his condolences by telephone": a call
            return _found("phone_call", senders, recipients, tok, to_host=not recipients)
        if not recipients and len(senders) >= 2 and carrier.lemma_.lower() in g.mutual:
            return _found(kind, senders[:1], senders[1:2], tok, mutual=True)
        if recipients and len(senders) == 1 and carrier.lemma_.lower() in g.mutual:
            return _found(kind, senders, recipients[:1], tok, mutual=True)  # "X exchanged messages with Y"
        if not recipients and kind in WRITTEN and carrier.lemma_.lower() not in g.mutual:
            # "X and Y sent similar cables"; "X sent his congratulations" in a round-up of messages
            return _found(kind, senders, [], tok, to_host=True, loose=tok.lemma_.lower() not in MEDIA_NOUNS)
        if not recipients and presented and senders:  # "X, Y and Z presented their credentials": to the host
            return _found(kind, senders, [], tok, to_host=True)
        if not recipients and len(senders) >= 2 and kind not in WRITTEN:  # "X and Y held talks"
            senders, recipients = senders[:1], senders[1:]
    elif carrier is not None and dep in (*_PASS, "nsubj"):  # "a letter from X was handed to Y"
        senders = parties_of(first_of(pp, g.from_party), refs) or parties_of(poss[0] if poss else None, refs)
        recipients = parties_of(first_of(pp, g.to_party), refs)
        if carrier.lemma_.lower() in g.carry_from and dep in _PASS and not recipients:
            recipients = parties_of(first_of(pp, g.agent), refs)  # "a cable ... was received by Y from X"
        else:  # "... were sent to Y by X, ..., and by Z": both
            agent = first_of(pp, g.agent)
            senders = senders or list(dict.fromkeys([*parties_of(agent, refs), *said_again(agent, refs)]))
        if not senders and not recipients and carrier.lemma_.lower() in g.carry_to:
            senders, recipients = passive_to_by(carrier, refs)
        if named_before and first_of(pp, g.from_party) is None and carrier.lemma_.lower() in g.hand_over:
            # "The letter was handed over ... by the ambassador": the letter read before, delivered
            found = _found(kind, senders, recipients, tok, to_host=True)
            return replace(found, named_before=True) if found is not None else None
        came = carrier.lemma_.lower() in g.come_from and tok.lemma_.lower() in g.bare  # "a call came from X"
        if senders and not recipients and (tok.lemma_.lower() in g.to_host_nouns or came):  # "messages came from X"
            return _found(kind, senders, [], tok, to_host=True)
        also = any(c.lower_ in ("also", "likewise") for c in carrier.children) and carrier.lemma_.lower() in g.sent
        if not senders and recipients and (also or any(c.lower_ == "similar" for c in tok.children)):
            # "Similar cables were sent to X and Y", "Congratulations were also sent to X"
            return _found(kind, [], recipients, tok, same_sender=True)
    else:  # a noun no verb carries ("a letter from X to Y", "in a call with Y")
        return uncarried(tok, kind, refs, g, pp, poss, named_before=named_before)
    return parted(kind, senders, recipients, tok)
