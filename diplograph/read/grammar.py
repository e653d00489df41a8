"""The genre grammar over syntax: communications found by the lemma of a trigger word and
the grammatical roles of their parties, as ``ingest/grammar/communications.yaml`` describes.

It reads what the surface phrasings of ``ingest/communications.yaml`` did not: events named by
nouns ("talks between X and Y took place"), passives ("a letter from X was handed to Y"),
conjoined parties, possessives ("X's message to Y"), greetings and condolences as objects of
"conveyed", "addressed", "expressed". Parties are the reader's resolved mentions under the
tokens that hold those roles.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from diplograph.read.clauses import Ref, listed
from diplograph.read.lexicon import Entity, load_yaml
from diplograph.read.mentions import Mention
from diplograph.resources import data_dir

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJ = ("nsubj", "csubj")
_PASS = ("nsubjpass", "csubjpass")
_OBJ = ("dobj", "obj", "attr")


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


@dataclass(frozen=True)
class Grammar:
    nouns: dict[str, list[str]]  # lemma -> the kinds it may name, in the order of the data
    verbs: dict[str, list[str]]  # lemma, or "lemma particle" ("call on") -> kinds
    needs: dict[str, frozenset[str]]  # kind -> words one of which its trigger's phrase needs
    bare: frozenset[str]  # nouns that need none of them as a carrier's object ("received a call")
    direct: frozenset[str]
    carry_to: frozenset[str]
    carry_from: frozenset[str]
    happen: frozenset[str]
    to_party: frozenset[str]
    from_party: frozenset[str]
    between: frozenset[str]
    agent: frozenset[str]
    particles: frozenset[str]  # the second words of phrasal verbs: they name the other party
    not_news: frozenset[str]
    mutual: frozenset[str]  # carriers that go both ways ("exchanged messages")
    visit_nouns: frozenset[str]  # visits (read by diplograph.read.visits)
    visit_verbs: frozenset[str]
    visit_to: frozenset[str]  # prepositions before the host ("a visit to Qatar")
    visit_in: frozenset[str]  # prepositions before where the visitor is ("arrived in Astana")


@cache
def grammar() -> Grammar:
    path = data_dir("ingest") / "grammar" / "communications.yaml"
    d: dict[str, Any] = load_yaml(path)
    nouns: dict[str, list[str]] = {}
    verbs: dict[str, list[str]] = {}
    for kind, t in d["triggers"].items():
        for w in t.get("nouns", []):
            nouns.setdefault(w, []).append(kind)
        for w in t.get("verbs", []):
            verbs.setdefault(w, []).append(kind)
    triggers = d["triggers"].values()
    return Grammar(
        nouns=nouns,
        verbs=verbs,
        needs={kind: frozenset(t.get("needs", [])) for kind, t in d["triggers"].items()},
        bare=frozenset(w for t in triggers for w in t.get("bare", [])),
        direct=frozenset(w for t in triggers for w in t.get("direct", [])),
        carry_to=frozenset(d["carriers"]["to"]),
        carry_from=frozenset(d["carriers"]["from"]),
        happen=frozenset(d["happen"]),
        to_party=frozenset(d["to_party"]),
        from_party=frozenset(d["from_party"]),
        between=frozenset(d["between"]),
        agent=frozenset(d["agent"]),
        particles=frozenset(w.split(" ")[1] for w in verbs if " " in w),
        not_news=frozenset(d["not_news"]),
        mutual=frozenset(d["carriers"]["mutual"]),
        visit_nouns=frozenset(d["visits"]["nouns"]),
        visit_verbs=frozenset(d["visits"]["verbs"]),
        visit_to=frozenset(d["visits"]["host"]),
        visit_in=frozenset(d["visits"]["place"]),
    )


def communications(sent: Span, refs: list[Ref]) -> Iterator[Found]:
    """The communications one sentence reports as happening."""
    g = grammar()
    for tok in sent:
        kind = _kind(tok, g)
        if kind is None or not_news(tok, g):
            continue
        found = _noun_event(tok, kind, refs, g) if tok.pos_ in ("NOUN", "PROPN") else _verb_event(tok, kind, refs, g)
        if found is not None:
            yield found


def _kind(tok: Token, g: Grammar) -> str | None:
    """The first kind the trigger may name whose needed words stand in its phrase: "telephone
    talks" are a phone call, "talks" talks; a verb's needed word stands in one of its
    prepositional phrases ("spoke by phone")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        kinds = g.nouns.get(lemma) or g.nouns.get(tok.lower_, [])
        words = list(tok.subtree)
        carried = tok.dep_ in _OBJ and tok.head.lemma_.lower() in g.carry_to | g.carry_from
        bare = lemma in g.bare and carried
    elif tok.pos_ == "VERB":
        particle = next((c.lower_ for c in tok.children if c.dep_ in ("prep", "prt")), "")
        kinds = g.verbs.get(f"{lemma} {particle}") or g.verbs.get(lemma, [])
        words = [w for c in tok.children if c.dep_ in ("prep", "agent") for w in c.subtree]
        bare = False
    else:
        return None
    for kind in kinds:
        need = g.needs[kind]
        if not need or bare or any(w.lower_ in need for w in words):
            return kind
    return None


def not_news(tok: Token, g: Grammar) -> bool:
    """Planned, invited, hoped-for, only agreed or recalled: not an event of this report."""
    near = [*tok.children, *tok.head.children] if tok.dep_ in (*_OBJ, "pobj") else list(tok.children)
    if any(c.lemma_.lower() in g.not_news or c.dep_ == "neg" for c in near if c.dep_ not in ("prep", "pobj")):
        return True
    up = list(tok.ancestors)[:4]
    if any(a.lemma_.lower() in g.not_news for a in up):
        return True
    # "views on the agenda of the visit ... planned for next year": the parser may hang the
    # participle on a noun further up
    return any(c.dep_ == "acl" and c.lemma_.lower() in g.not_news for a in up for c in a.children)


def _noun_event(tok: Token, kind: str, refs: list[Ref], g: Grammar) -> Found | None:
    head = tok.head
    senders: list[Entity] = []
    recipients: list[Entity] = []
    pp = preps(tok)
    carrier = head if tok.dep_ in (*_OBJ, *_PASS, "nsubj") and head.pos_ in ("VERB", "AUX") else None
    if carrier is not None:
        pp = {**preps(carrier), **pp}
    between = _first(pp, g.between)
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if between is not None:
        ents = parties(between, refs)
        senders, recipients = ents[:1], ents[1:]
    elif carrier is not None and tok.dep_ in _OBJ and carrier.lemma_.lower() in g.carry_from:
        recipients = subjects(carrier, refs)
        senders = parties_of(_first(pp, g.from_party), refs) or parties_of(poss[0] if poss else None, refs)
    elif carrier is not None and tok.dep_ in _OBJ and carrier.lemma_.lower() in g.carry_to | g.happen:
        senders = subjects(carrier, refs)
        recipients = parties_of(_first(pp, g.to_party), refs)
        if not recipients and carrier.lemma_.lower() in g.mutual and len(senders) == 2:
            found = _found(kind, senders[:1], senders[1:], tok)
            return Found(**{**found.__dict__, "mutual": True}) if found is not None else None
    elif carrier is not None and tok.dep_ in (*_PASS, "nsubj"):  # "a letter from X was handed to Y"
        senders = parties_of(_first(pp, g.from_party), refs) or parties_of(poss[0] if poss else None, refs)
        senders = senders or parties_of(_first(pp, g.agent), refs)
        recipients = parties_of(_first(pp, g.to_party), refs)
    else:
        senders = parties_of(_first(pp, g.from_party), refs) or parties_of(poss[0] if poss else None, refs)
        recipients = parties_of(_first(pp, g.to_party), refs)
    return _found(kind, senders, recipients, tok)


def _verb_event(tok: Token, kind: str, refs: list[Ref], g: Grammar) -> Found | None:
    pp = preps(tok)
    passive = [c for c in tok.children if c.dep_ in _PASS]
    if passive:  # "Y was received by X"
        senders = parties_of(_first(pp, g.agent), refs)
        recipients = parties(passive[0], refs)
    else:
        senders = subjects(tok, refs)
        obj = next((c for c in tok.children if c.dep_ in _OBJ), None)
        direct = tok.lemma_.lower() in g.direct
        # a direct object is a party only when a name stands at its head ("received the minister
        # X", not "welcomed Tajikistan's participation")
        recipients = parties(obj, refs, head_only=True) if obj is not None and direct else []
        recipients = recipients or parties_of(_first(pp, g.to_party | g.particles), refs)
        if not recipients and obj is not None and direct:  # "they are receiving medical care"
            return None
        if not recipients and len(senders) > 1:  # "X and Y discussed by phone"
            senders, recipients = senders[:1], senders[1:]
    return _found(kind, senders, recipients, tok)


def _found(kind: str, senders: list[Entity], recipients: list[Entity], tok: Token) -> Found | None:
    recipients = [e for e in recipients if e not in senders]
    if not senders or not recipients:
        return None
    last = tok.doc[tok.right_edge.i] if tok.pos_ == "NOUN" else tok
    phrase = tok.doc[tok.left_edge.i : last.i + 1].text if tok.pos_ == "NOUN" else tok.text
    return Found(kind, senders, recipients, tok.idx, last.idx + len(last.text), phrase)


def preps(tok: Token) -> dict[str, Token]:
    """The objects of a word's prepositions, by preposition ("to" -> Y in "a letter to Y")."""
    out: dict[str, Token] = {}
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                out.setdefault(c.lower_, obj)
            elif c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN"):
                out.setdefault("to", c)
    return out


def _first(pp: dict[str, Token], words: frozenset[str]) -> Token | None:
    return next((t for w, t in pp.items() if w in words), None)


def subject_token(verb: Token) -> Token | None:
    """The head word of a verb's subject, or of the verb it is conjoined to; for a relative
    pronoun, the word it stands for."""
    while True:
        subj = next((c for c in verb.children if c.dep_ in _SUBJ), None)
        if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ in ("relcl", "acl"):
            return verb.head
        if subj is not None:
            return subj
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head != verb:
            verb = verb.head
            continue
        return None


def subjects(verb: Token, refs: list[Ref]) -> list[Entity]:
    """The subject of a verb, or of the verb it is conjoined to ("X arrived and met Y"); a
    relative pronoun stands for the name it follows ("Y, who held talks with X")."""
    subj = subject_token(verb)
    found = parties(subj, refs) if subj is not None else []
    if len(found) == 1:  # "X and Y signed": the parser often keeps only the last of a pair
        at = next((i for i, (m, e) in enumerate(refs) if e[:1] == found and not m.obj), None)
        if at and refs[at - 1][1] and refs[at - 1][1][0].kind == found[0].kind:
            between = verb.doc.text[refs[at - 1][0].end : refs[at][0].start]
            if between == " and ":
                found = refs[at - 1][1][:1] + found
    return found


def parties_of(tok: Token | None, refs: list[Ref]) -> list[Entity]:
    return parties(tok, refs) if tok is not None else []


def parties(tok: Token | None, refs: list[Ref], *, head_only: bool = False) -> list[Entity]:
    """Who a phrase and the phrases conjoined to it stand for."""
    if tok is None:
        return []
    out: list[Entity] = []
    # "X, the Minister, and his counterpart, Y": the parser may hang the conjunct on the apposition
    heads = [tok, *(a for a in tok.children if a.dep_ == "appos")]
    # "from X and Y, and from Z": the objects of a conjoined preposition too
    more = [o for p in tok.head.conjuncts if tok.dep_ == "pobj" for o in p.children if o.dep_ == "pobj"]
    heads += more
    for t in dict.fromkeys([tok, *(c for h in heads for c in h.conjuncts), *more]):
        for e in entity(t, refs, head_only=head_only):
            if e not in out:
                out.append(e)
    if len(out) == 1 and out[0].kind == "person":
        out += [e for e in _listed_after(tok, out[0], refs) if e not in out]
    return out


def _listed_after(tok: Token, first: Entity, refs: list[Ref]) -> list[Entity]:
    """People listed after the one a phrase names ("to President of A X, President of B Y and
    Prime Minister of C Z"), which the parser may chain as appositions of each other."""
    here = next((m for m, ents in refs if ents[:1] == [first] and tok.left_edge.idx <= m.start <= tok.idx + 200), None)
    if here is None:
        return []
    found, _ = listed(refs, tok.doc.text, here.start, tok.sent.end_char)
    return [e for e in found if e.kind == "person"]


def entity(tok: Token, refs: list[Ref], *, head_only: bool = False) -> list[Entity]:
    """The resolved mention a phrase stands for: the one over its head word, else the first
    within the phrase up to its modifiers, else the first person in the whole phrase ("the
    Speaker of the Assembly X"), not counting conjoined phrases."""
    doc = tok.doc
    cut = [c for c in tok.rights if c.dep_ in ("conj", "cc", "relcl", "acl", "punct", "appos", "prep")]
    conj = [c for c in tok.rights if c.dep_ in ("conj", "cc")]
    start = tok.left_edge.idx

    def end_of(stop: list[Token]) -> int:
        last = doc[stop[0].i - 1] if stop else doc[tok.right_edge.i]
        return max(last.idx + len(last.text), tok.idx + len(tok.text))

    near, whole = end_of(cut), end_of(conj)
    over = [(m, e) for m, e in refs if m.start <= tok.idx < m.end and e]
    inside = [(m, e) for m, e in refs if start <= m.start and m.end <= near and e]
    title = _title_over(tok, refs)  # "the Speaker of the Assembly X": X is further in
    people = [(m, e) for m, e in refs if start <= m.start and m.end <= whole and e and e[0].kind == "person"]
    pick = over or ([] if head_only else inside) or (people if title else [])
    if not pick:
        return [title.of] if title is not None and title.of is not None else []
    return pick[0][1]


def _title_over(tok: Token, refs: list[Ref]) -> Mention | None:
    return next((m for m, _ in refs if m.start <= tok.idx < m.end and m.kind == "title"), None)


def tokens(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of ``doc`` between two character offsets, as one span."""
    return doc.char_span(start, end, alignment_mode="expand")
