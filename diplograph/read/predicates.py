"""What one state is said to be to another, read over grammar: "Ghana is one of our closest
partners in Africa", "Canada and Norway are friends who share the same values", "Germany sees
Kazakhstan as its key partner in Central Asia", "described Chile as a mature and dynamic
partner". The noun said of the state is one of ``predicate_heads`` (``ingest/relations.yaml``);
the characterisation is its phrase whole, from its first qualifier to its last word."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref
from diplograph.read.lexicon import Entity, lexicon
from diplograph.read.resolve import Resolver

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_COPULAS = frozenset({"be", "remain", "become"})
_SEEING = frozenset({"see", "regard", "consider", "view", "describe", "call", "count", "treat"})
_SKIPPED = frozenset({"a", "an", "the", "our", "its", "their", "his", "her", "your", "my"})
_OURS = frozenset({"our", "we", "us"})
_OWNED_BY = frozenset({"of", "to", "for"})
_CLAUSE = 12  # words of a clause on the noun kept in the characterisation


@cache
def _heads() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().relations["predicate_heads"])


@cache
def _not_of_relations() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon().relations["predicate_blockers"])


def predicated(
    sent: Span | None, refs: list[Ref], res: Resolver, quoted: Callable[[int], Entity | None]
) -> Iterator[tuple[int, int, tuple[Entity, Entity] | None]]:
    """Each characterisation a predicate gives a state, as (start, end, (its state, the other)):
    the other is the one named with it ("A and B are ..."), the subject of "sees A as ...",
    whose it says it is ("a partner of B"), else the state of the speaker (whom ``quoted``
    gives for a quotation at a position, or the person the sentence says spoke); a pair
    phrase ("the two nations are ...") gives no parties, for the sentence's reading of the pair to tell."""
    if sent is None:
        return
    for tok in sent:
        said = _said_of(tok)
        if said is None:
            continue
        noun = _head_noun(tok)
        if noun is None or any(c.dep_ == "neg" for c in tok.head.children):
            continue  # "Kenya and Ghana are not just partners": what they are not
        if _paired(said[0], refs):  # "described the two nations as ...": whose, as any sentence's pair
            yield (*_phrase(tok), None)
            continue
        them = _states(said[0], refs)
        other = _states(said[1], refs) if said[1] is not None else []
        if len(them) < 2:
            who = _speaker_state(tok, refs, res, quoted(tok.idx))
            owner = _owner(noun, refs, who)
            them = list(dict.fromkeys([*them, *(s for s in [*other, owner, who] if s is not None)]))
        if len(them) < 2:
            continue
        start, end = _phrase(tok)
        yield start, end, (them[0], them[1])


def _said_of(tok: Token) -> tuple[Token, Token | None] | None:
    """The word a predicate says something of, and the one who says it where a verb of seeing
    does: "A and B are [tok]" (A and B), "X sees A as [tok]" (A, and X)."""
    head = tok.head
    if tok.dep_ == "attr" and head.lemma_.lower() in _COPULAS:
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (subject, None) if subject is not None else None
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _SEEING:
        verb = head.head
        seen = next((c for c in verb.children if c.dep_ == "dobj"), None)
        seer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return (seen, seer) if seen is not None else None
    return None


def _head_noun(tok: Token) -> Token | None:
    """The noun of relationship a predicate's phrase stands on, where it is qualified (not "a
    partner" alone, nor "trading partner"): "one of our closest partners", "friends who share"."""
    noun = tok
    if tok.lemma_.lower() == "one":  # "one of our closest partners"
        noun = next((o for c in tok.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), tok)
    nouns = [n for n in (noun, *noun.conjuncts) if n.lemma_.lower() in _heads()]
    if not nouns or any(
        b in c.lower_ for n in nouns for c in n.children if c.dep_ in ("amod", "compound") for b in _not_of_relations()
    ):
        return None
    qualified = (
        noun is not tok
        or len(nouns) > 1
        or any(c.dep_ in ("amod", "relcl", "acl", "prep", "compound") for n in nouns for c in n.children)
    )
    return nouns[0] if qualified else None


def _within(tok: Token | None, refs: list[Ref]) -> list[Ref]:
    """The mentions that begin inside a phrase."""
    if tok is None:
        return []
    start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return [(m, ents) for m, ents in refs if start <= m.start < end]


def _paired(tok: Token | None, refs: list[Ref]) -> bool:
    """Whether a phrase is a pair's ("the two countries", "both nations")."""
    return any(m.kind == "pair" for m, _ in _within(tok, refs))


def _states(tok: Token | None, refs: list[Ref]) -> list[Entity]:
    """The states a phrase names, in order (a pair phrase gives its two)."""
    return list(dict.fromkeys(e for _, ents in _within(tok, refs) for e in ents if e.kind == "state"))


def _owner(noun: Token, refs: list[Ref], ours: Entity | None) -> Entity | None:
    """Whose partner the phrase says: "Kazakhstan's key partner", "our closest partners", "a
    reliable partner of Bosnia and Herzegovina", "a close friend to Malaysia"."""
    for n in (noun, *noun.conjuncts):
        for c in n.children:
            if c.dep_ == "poss" and c.lower_ in _OURS:
                return ours
            of = [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in _OWNED_BY else []
            named = _states(c, refs) if c.dep_ == "poss" else [e for o in of[:1] for e in _states(o, refs)]
            if named:
                return named[0]
    return None


def _speaker_state(tok: Token, refs: list[Ref], res: Resolver, speaker: Entity | None) -> Entity | None:
    """The state of who says it: the quotation's speaker, else the person subject of the verb
    of saying the predicate hangs on ("X said that A is ...")."""
    if speaker is None:
        verb = tok.head
        while verb.dep_ != "ROOT" and verb.head is not verb:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        start = subject.idx if subject is not None else -1
        end = subject.idx + len(subject) if subject is not None else -1
        speaker = next(
            (e for m, ents in refs if m.start < end and start < m.end for e in ents if e.kind == "person"), None
        )
    if speaker is None:
        return None
    return res.country_of(speaker) if speaker.kind == "person" else speaker


def _phrase(tok: Token) -> tuple[int, int]:
    """The characterisation's span: the predicate's phrase whole, without its leading article or
    whose it is ("each other's", "Chile's"), without what punctuation closes it, and up to a
    long clause on its noun or one that tells of another relationship ("partners whose
    ironclad friendship has withstood ...")."""
    words = list(tok.subtree)
    heads = {w.lower() for w in lexicon().relations["heads"]}
    for n in (tok, *tok.conjuncts, *(o for c in tok.children if c.lower_ == "of" for o in c.children)):
        for c in n.children:
            clause = list(c.subtree)
            if c.dep_ in ("relcl", "acl") and (len(clause) > _CLAUSE or any(w.lower_ in heads for w in clause)):
                words = [w for w in words if w.i < clause[0].i]
    owners = {w.i for c in tok.children if c.dep_ == "poss" for w in c.subtree}  # "each other's", "Chile's"
    words = [w for w in words if w.i not in owners]
    while words and (words[0].lower_ in _SKIPPED or words[0].is_punct):
        words = words[1:]
    while words and (words[-1].is_punct or words[-1].lower_ in ("and", "or")):
        words = words[:-1]
    if not words:
        return tok.idx, tok.idx + len(tok)
    return words[0].idx, words[-1].idx + len(words[-1])
