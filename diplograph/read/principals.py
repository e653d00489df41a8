"""Whose an act is that a messenger passes on: "conveyed the greetings of X and his wishes of
...", "passed on X's wishes", "delivered the sultan's invitation", "greetings on behalf of X,
together with his wishes". The act is X's, to whom the messenger spoke, not the messenger's.
The passing verbs are ``passers`` of ``ingest/grammar/acts.yaml``; the act nouns its ``nouns``."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from diplograph.read import roles, spans
from diplograph.read.clauses import Ref
from diplograph.read.lexicon import Entity, grammar_acts, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OWN = frozenset({"my", "our"})  # the speaker's own, in a letter or a quotation
_PRONOUNS = frozenset({"his", "her", "their", "its"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The act nouns, the passing verbs, and the nouns of greetings that name whose they are."""
    data = grammar_acts()
    return (
        frozenset(data.get("nouns", {})),
        frozenset(data.get("passers", [])),
        frozenset(data.get("greeting_nouns", [])),
    )


def act_noun(doc: Doc | None, start: int, end: int) -> Token | None:
    """The last act noun of a matched phrase ("conveyed his best wishes": "wishes")."""
    span = spans.tokens(doc, start, end) if doc is not None else None
    nouns = _words()[0]
    found = [t for t in span or [] if t.pos_ in ("NOUN", "PROPN") and (t.lower_ in nouns or t.lemma_.lower() in nouns)]
    return found[-1] if found else None


def passer(noun: Token) -> Token | None:
    """The verb that passes an act noun on: its object ("delivered the invitation"), a
    conjunct of its object, the object of "as well as", "along with" or "together with" hung
    on it, or "passed on X's wishes" read as a phrase."""
    tok = noun
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    head = tok.head
    verb: Token | None = None
    if tok.dep_ in ("dobj", "conj") and head.pos_ == "VERB":
        verb = head
    elif tok.dep_ == "pobj" and head.lower_ in ("with", "on", "as"):
        verb = next((a for a in list(head.ancestors)[:3] if a.pos_ == "VERB"), None)
        if verb is not None and head.lower_ == "on" and head.head != verb:
            return None
    else:
        return None
    if verb is None or verb.lemma_.lower() not in _words()[1]:
        return None
    return verb


def passed_on(noun: Token | None, refs: list[Ref]) -> tuple[Entity, Entity | None] | None:
    """Whose the act of a phrase's noun is and who passed it on, where a messenger passes on
    another's ("Rubio passed on Trump's invitation": Trump's, by Rubio; the messenger may be
    one the text names by title alone)."""
    whose = principal(noun, refs) if noun is not None else None
    verb = passer(noun) if noun is not None and whose is not None else None
    by = roles.subjects(verb, refs)[:1] if verb is not None else []
    if whose is None or (by and by[0] == whose):
        return None
    return whose, (by[0] if by else None)


def principal(noun: Token, refs: list[Ref]) -> Entity | None:
    """The person whose act a messenger passes on, where the phrase names one other than its
    speaker: the noun's possessor, its "of" or "from" phrase, or, for "his wishes" and the like,
    the one whose greetings the clause passes on ("the greetings of X ... and his wishes")."""
    verb = passer(noun)
    if verb is None:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in _OWN:
        return None
    if poss is not None and poss.lower_ not in _PRONOUNS:
        named = _person(poss, refs)  # "President X's wishes"; "the sultan's invitation" may name no one
        if named is not None:
            return named
        if roles.parties(poss, refs, head_only=True):
            return None  # "conveyed New Zealand's condolences": the speaker's side's own
    if poss is None:
        named = _person(_of(noun), refs)  # "the best wishes of King X", "the invitation of X"
        if named is not None:
            return named
    if poss is None and not _behalf_in(verb, noun):
        return None  # "conveyed greetings and wishes": the speaker's own
    return _passed_in(verb, noun, refs)


def past_whose(noun: Token | None, refs: list[Ref]) -> int | None:
    """Where the words of a passed-on act can start past the phrase that names whose it is
    ("the good wishes of President X for ...": after X)."""
    of = _of(noun) if noun is not None else None
    if of is None or _person(of, refs) is None:
        return None
    last = of.right_edge
    return last.idx + len(last.text)


def wished_for(noun: Token | None, refs: list[Ref]) -> Entity | None:
    """The state wishes named by their noun are for ("his wishes of continued progress for
    the Omani people", "for Iraq of continued security", "for Egypt's continued stability",
    "to the people of Nepal")."""
    if noun is None or noun.lower_ != "wishes":
        return None
    for tok in noun.subtree:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to", "in"):
            for part in (tok, *(c for c in tok.children if c.dep_ == "poss")):
                state = next((e for e in roles.parties(part, refs, head_only=True) if e.kind == "state"), None)
                if state is not None:
                    return state
        if tok.lower_ == "people":
            kin = (lexicon().demonyms.get(c.text) for c in tok.children if c.dep_ in ("amod", "compound"))
            state = next((e for e in kin if e is not None and e.kind == "state"), None)
            if state is not None:
                return state
    return None


def _of(noun: Token) -> Token | None:
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
    return next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None


def _person(tok: Token | None, refs: list[Ref]) -> Entity | None:
    return next((e for e in roles.parties(tok, refs, head_only=True) if e.kind == "person"), None)


def _behalf_in(verb: Token, before: Token) -> bool:
    return any(t.lower_ == "behalf" and t.i < before.i for t in verb.subtree)


def _passed_in(verb: Token, noun: Token, refs: list[Ref]) -> Entity | None:
    """Whose greetings the clause passes on before the noun: "the greetings of X", "greetings
    on behalf of X"."""
    greetings = _words()[2]
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":  # "conveyed the greetings of X ... and delivered"
        verb = verb.head
    for tok in verb.subtree:
        if tok.i >= noun.i:
            break
        if tok.lower_ in greetings or tok.lemma_.lower() in greetings or tok.lower_ == "behalf":
            # "the greetings of X", "greetings on behalf of X", "X's greetings"
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ not in _PRONOUNS | _OWN), None)
            named = _person(_of(tok), refs) or _person(owner, refs)
            if named is not None:
                return named
    return None
