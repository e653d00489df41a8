"""What the clauses and participles hung on an event noun say of it: who wrote the letter a
messenger handed over ("handed over a letter in which the Kazakh leader invited ...", "a letter
signed by X"), whom a participle sends it to ("a letter from X addressed to Y"), and the verb of
a relative clause that carries it ("a phone call he made to X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref
from diplograph.read.lexicon import Entity
from diplograph.read.prepositions import first_of, preps
from diplograph.read.roles import by_agents, parties_of, subjects
from diplograph.read.triggers import OBJ, Grammar

if TYPE_CHECKING:
    from spacy.tokens import Token


def writer(letter: Token, carrier: Token, refs: list[Ref]) -> list[Entity]:
    """Whom the letter a messenger handed over says wrote it: "handed over a letter in which
    the Kazakh leader invited ..." (the subject of the clause the letter opens), or "a message
    addressed to Y by X", "a letter signed by X" (the agent of its participle)."""
    signed = next((e for c in letter.children if c.dep_ == "acl" and (e := by_agents(c, refs))), [])
    if signed and all(e.kind == "person" for e in signed) and not set(signed) & set(subjects(carrier, refs)):
        return signed
    clause = next(
        (c for c in letter.children if c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.subtree if w.i < c.i)),
        None,
    )
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    writer = [e for e in parties_of(subject, refs) if e.kind == "person"]
    if not writer and carrier.dep_ == "conj" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in letter.children):
        # "conveyed warm greetings from X and handed over his letter": his, whose greetings came
        first = carrier.head
        whence = [first, *(o for o in first.children if o.dep_ in OBJ)]
        writer = next((w for t in whence if (w := _sender_of(t, refs))), [])
    return writer[:1] if writer and not set(writer) & set(subjects(carrier, refs)) else []


def _sender_of(tok: Token, refs: list[Ref]) -> list[Entity]:
    """The person of a "from" or "of" phrase on the token ("greetings from X", "the greetings of X")."""
    return [e for e in parties_of(first_of(preps(tok), _WHENCE), refs) if e.kind == "person"]


_WHENCE = frozenset({"from", "of"})


def participle_to(tok: Token, refs: list[Ref], g: Grammar, lemmas: tuple[str, ...] = ()) -> list[Entity]:
    """The party of the "to" phrase of the participle a noun carries ("a letter from X addressed
    to Y"): the first participle, or the first of those ``lemmas``."""
    acl = next((c for c in tok.children if c.dep_ == "acl" and (not lemmas or c.lemma_.lower() in lemmas)), None)
    return parties_of(first_of(preps(acl), g.to_party), refs) if acl is not None else []


def carried_in_clause(tok: Token, g: Grammar) -> Token | None:
    """The verb of a relative clause that carries the noun it hangs on, with no object of its
    own ("a phone call he made to X", "the letter she sent to Y")."""
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "relcl"
            and c.lemma_.lower() in g.carry_to | g.carry_from
            and not any(o.dep_ in OBJ for o in c.children)
            and any(o.dep_ == "nsubj" and o.lower_ not in ("who", "that", "which") for o in c.children)
        ),
        None,
    )
