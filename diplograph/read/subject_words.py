"""The word that is a verb's subject, over the parse: through conjoined and infinitive verbs,
relative pronouns, and the misparses of this genre ("X, who arrived on Wednesday on a visit,
called on Y"; "X was the first to call Y")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplograph.read.spans import text_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from diplograph.read.clauses import Ref

_SUBJ = ("nsubj", "csubj")


def subject_token(verb: Token) -> Token | None:
    """The head word of a verb's subject, or of the verb it is conjoined to; for a relative
    pronoun, the word it stands for."""
    via_xcomp = via_pcomp = False
    while True:
        # the one nearest before the verb, where the parser found two ("SYDNEY, Dec 2 - X phoned");
        # climbed from a participle, a passive's too ("X was welcomed before calling on Y": X calls)
        subjs = [c for c in verb.children if c.dep_ in _SUBJ or (via_pcomp and c.dep_ == "nsubjpass")]
        if len(subjs) > 1:  # "X and Y, each addressed a message": the parser made "each" a second subject
            subjs = [c for c in subjs if c.lower_ not in ("each", "both", "all")] or subjs
        subj = max((c for c in subjs if c.i < verb.i), key=lambda c: c.i, default=subjs[0] if subjs else None)
        if (
            subj is not None
            and subj.lower_ in ("all", "both", "each")
            and verb.dep_ == "relcl"
            and any(o.lower_ == "whom" for c in subj.children if c.lower_ == "of" for o in c.children)
            and verb.head.pos_ == "PROPN"
        ):
            return verb.head  # "X, Y and Z, all of whom sent messages": the names the clause follows
        if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ in ("relcl", "acl"):
            return antecedent(subj) if verb.head.pos_ in ("NOUN", "PROPN") and subj.lower_ == "who" else verb.head
        if subj is not None:
            return subj
        lead = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBG", "VBN")), None)
        if lead is not None and (hung := [c for c in lead.children if c.dep_ == "nsubj" and c.i < lead.i]):
            return hung[0]  # "X, addressing Y as ..., congratulated him": the parser hung X on the participle
        if verb.dep_ in ("conj", "advcl") and (joined := joined_subject(verb)) is not None:
            return joined  # "X spoke with Y, and Minister Z wrote to W": Z, which the parser joined to Y
        if verb.dep_ == "acomp" and via_xcomp:  # "I am pleased to invite you": I
            if any(c.dep_ == "aux" and c.lower_ in _MODAL for c in verb.head.children):
                return None  # "we will be able to sign ...": what may come, no one's act yet
            verb, via_xcomp = verb.head, False
            continue
        if (
            verb.dep_ in ("nsubj", "nsubjpass")
            and verb.tag_ == "VBG"
            and "," in verb.doc[verb.right_edge.i : verb.right_edge.i + 2].text
        ):
            # "Arriving in X for a state visit, Y was welcomed by Z": the parser may take the
            # participle for a subject of Z's verb beside Y
            other = [c for c in verb.head.children if c.dep_ in (*_SUBJ, "nsubjpass") and c.i > verb.right_edge.i]
            if other:
                return other[0]
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head != verb:
            via_xcomp = verb.dep_ == "xcomp"
            # "Arriving ... for a state visit, X was welcomed by Y": X arrives
            via_pcomp = via_pcomp or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb, via_pcomp = verb.head.head, True  # "X met Y before holding talks with Z": X holds them
            continue
        if (
            verb.dep_ in ("acl", "relcl")
            and verb.head.dep_ == "dobj"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ == "auxpass" for c in verb.children)  # (not "a commission to be chaired by ...")
            and verb.head.head.pos_ in ("VERB", "AUX")
        ):
            verb = verb.head.head  # "I take this opportunity to wish you ...", "I have the honour to invite you"
            continue
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and verb.head.dep_ == "pobj"
            and verb.head.head.lower_ == "to"
            and verb.head.head.head.pos_ in ("VERB", "AUX")
            and verb.doc[verb.i - 1].text == ","
        ):
            verb = verb.head.head.head  # "X has written to Y, conveying ...": X conveys, not Y
            continue
        if _first_to(verb):
            verb = verb.head.head.head if verb.head.dep_ == "pobj" else verb.head.head  # "X was the first to call Y"
            continue
        return (
            _after_relative(verb)
            or _after_apposition(verb)
            or _after_fronted_place(verb)
            or _purpose_of_participle(verb)
        )


def _first_to(verb: Token) -> bool:
    """ "X was (among) the first (leader) to call Y": an infinitive on an ordinal the copula's
    subject is."""
    ordinal = verb.head
    cop = ordinal.head.head if ordinal.dep_ == "pobj" else ordinal.head
    return (
        verb.dep_ in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and (ordinal.lower_ in _ORDINALS or any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in ordinal.children))
        and ordinal.dep_ in ("attr", "pobj")
        and cop.lemma_ == "be"
    )


_ORDINALS = frozenset({"first", "last", "only"})
_MODAL = frozenset({"will", "would", "shall", "may", "might", "could", "can", "'ll"})


def past_lead_object(verb: Token, subj: Token, refs: list[Ref]) -> Token:
    """The name right before the verb that the parser hung in apposition on a subject which is
    the object of the opening phrase's preposition: "In a letter to the Prime Minister of A, the
    Hon. X, Executive Director Y conveyed ...": Y conveys, X is addressed."""
    apposed = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i]  # most subjects have none
    own = next((m for m, e in refs if m.start <= subj.idx < m.end), None) if apposed else None
    if own is None or not own.obj:
        return subj
    for c in apposed:
        ref = next((m for m, e in refs if m.start <= c.idx < m.end), None)
        if (
            ref is not None
            and ref.start > own.end
            and not ref.obj
            and ref.kind in ("person", "title")
            and not text_of(verb.doc)[ref.end : verb.idx].strip()
        ):
            return c
    return subj


def joined_subject(verb: Token) -> Token | None:
    """The name right before a conjoined verb (past adverbs) that the parser made a conjunct or
    apposition of a name in the clause before."""
    i = verb.i - 1
    while i > 0 and verb.doc[i].tag_ == "RB":
        i -= 1
    before = verb.doc[i]
    if (
        before.pos_ == "PROPN"
        and before.dep_ in ("conj", "appos")
        and before.head.i < before.i
        and verb.head.i < before.i
    ):
        return before
    return None


def predicate_participle(verb: Token) -> bool:
    """Whether a participle the parser hung on a noun is the sentence's own predicate, as
    :func:`_after_apposition` reads it ("The Minister, X, and his counterpart, Y, signed on
    Thursday a memorandum")."""
    return _after_apposition(verb) is not None


def _after_apposition(verb: Token) -> Token | None:
    """The noun whose apposition ends right before the verb, where the parser took the main
    verb for a participle of that noun ("The President of the Republic, X, received on Thursday
    the credentials of ..."): a participle with a direct object is no passive, so the noun is
    its subject; so is one whose object the parser hung on the day it was done ("..., X,
    telephoned on Friday his counterpart", the counterpart on "Friday")."""
    if verb.dep_ != "acl" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    head = verb.head
    unrooted = verb.sent.root.pos_ in ("NOUN", "PROPN")  # the parser found no verb for the sentence
    on_day = _object_on_adverbial(verb, days_only=True)
    if not any(c.dep_ == "dobj" for c in verb.children) and not (on_day or (unrooted and _object_on_adverbial(verb))):
        return None
    if head.dep_ == "appos" and head.i == verb.i - 2 and (unrooted or on_day):  # the participle is the
        return head.head  # predicate: "The President of the Republic, X, telephoned on Friday ...", on X
    if head == verb.sent.root and unrooted and verb.tag_ in ("VBD", "VBN"):
        return head  # "The Minister, X, and his counterpart, Y, signed on Thursday a memorandum"
    appos = next((c for c in head.children if c.dep_ == "appos" and c.right_edge.i in (verb.i - 2, verb.i - 1)), None)
    while appos is not None and head.dep_ == "conj" and head.head.i < head.i:  # "X, and his counterpart, Y,
        head = head.head  # signed": the first of the subjects the parser joined
    return head if appos is not None else None


def _object_on_adverbial(verb: Token, *, days_only: bool = False) -> bool:
    """The verb's object hung as an apposition on the noun of its adverbial ("telephoned on
    Friday his counterpart, X": "counterpart" an apposition of "Friday"); with ``days_only``, of
    an adverbial of time."""
    return any(
        o.dep_ == "pobj"
        and (not days_only or o.ent_type_ in ("DATE", "TIME"))
        and any(a.dep_ == "appos" for a in o.children)
        for p in verb.children
        if p.dep_ == "prep"
        for o in p.children
    )


def _purpose_of_participle(verb: Token) -> Token | None:
    """The subject of the participle an infinitive of purpose follows, where the parser hung
    the infinitive on a noun ("The President, X, telephoned on Friday Y, to congratulate him":
    X congratulates): the participle's, as :func:`_after_apposition` reads it."""
    if verb.head.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    before = [t for t in verb.sent if t.i < verb.i and t.dep_ == "acl" and t.pos_ == "VERB"]
    return next((s for t in reversed(before) if (s := _after_apposition(t)) is not None), None)


def _after_fronted_place(verb: Token) -> Token | None:
    """The subject the parser hung as an apposition on a place the sentence opens with ("From
    Havana, the President of the Republic, X, sent a letter to Y")."""
    if verb.dep_ != "ROOT" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    return next(
        (
            a
            for p in verb.children
            if p.dep_ == "prep" and p.i < verb.i
            for o in p.children
            if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")
            for a in o.children
            if a.dep_ == "appos" and a.right_edge.i == verb.i - 2
        ),
        None,
    )


def _after_relative(verb: Token) -> Token | None:
    """The name a sentence opens with where the parser hung its main verb inside the relative
    clause after the name ("X, who arrived on Wednesday on a visit, called on Y", read as a
    participle of "visit"): that name."""
    root = verb.sent.root
    if verb.dep_ not in ("acl", "amod") or verb.i == 0 or verb.doc[verb.i - 1].text != "," or root.pos_ != "PROPN":
        return None
    inside = any(c.dep_ == "relcl" and c.left_edge.i <= verb.i <= c.right_edge.i for c in root.children)
    return root if inside else None


_COMPANIONS = frozenset({"wife", "husband", "spouse", "consort"})


def antecedent(who: Token) -> Token:
    """The name a relative word ("who", "whom", "whose") follows, where the parser may have hung
    its clause on a thing ("a call from X of Oman, who conveyed ..."): the phrase right before
    it, up from its "of" phrases."""
    t = who.doc[who.i - 1] if who.i > 0 else who
    if t.is_punct and t.i > 0:
        t = t.doc[t.i - 1]
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head != t.head:
        t = t.head.head
    if t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN":
        t = t.head  # "X, a former foreign minister, who delivered ...": X
    if t.dep_ == "appos" and t.head.lemma_.lower() in _COMPANIONS:
        # "X and his wife Y, who arrived for a state visit": X, whom the spouse comes with
        k = t.head.left_edge.i - 1
        while k > 0 and (t.doc[k].is_punct or t.doc[k].dep_ == "cc"):
            k -= 1
        t = t.doc[k] if t.doc[k].pos_ == "PROPN" else t
    return t if t.pos_ == "PROPN" else who.head.head


def lost_subject(verb: Token, at: tuple[int, int], text: str) -> bool:
    """A name (``at``: where it starts and ends) right before a verb the parser found no subject
    for: next to it, or an apposition closed before it (", the Minister of A, X, held talks", "...,
    X, has received"; not "in a message to X, extended", nor the subject of a passive)."""
    start, end = at
    if end + 1 == verb.idx:
        return True
    if not text[:start].endswith((", ", ", the ")) or _APPOSITION_CLOSED.fullmatch(text, end, verb.idx) is None:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return not any(c.dep_ == "auxpass" for c in aux) and (verb.tag_ in ("VBD", "VBZ", "VBP") or bool(aux))


_APPOSITION_CLOSED = re.compile(r", (?:(?:has|have|had|was|is|were|will|would)(?: also)? )?")
