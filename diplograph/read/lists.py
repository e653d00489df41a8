"""People listed with a party past what the parser joined: before the first of a group ("from
King X of A, B's Amir Y and Z"), after the one a phrase names, where the parser chained them
as appositions of each other ("to President of A X, President of B Y and Prime Minister of C
Z"), and the prepositions of the same word listed one after another ("from X, from Y, and from
Z"); a list ends at a name that is the subject of a verb of its own ("to X, and Minister Y
sent ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref, listed
from diplograph.read.lexicon import Entity
from diplograph.read.spans import entity, sentence_end, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJ = ("nsubj", "csubj")


def preps_after(prep: Token) -> list[Token]:
    """The prepositions of the same word listed right after one ("from X, from Y, and from Z"),
    wherever the parser hung each (on X, on the verb, on an occasion before)."""
    out: list[Token] = []
    at = prep.right_edge.i + 1
    doc = prep.doc
    while at < len(doc):
        if doc[at].dep_ in ("punct", "cc") and doc[at].text in (",", "and", ";"):
            at += 1
        elif doc[at].lower_ == prep.lower_ and doc[at].dep_ in ("prep", "conj"):
            out.append(doc[at])
            at = max(doc[at].right_edge.i, at) + 1
        else:
            break
    return out


def named_person(tok: Token, refs: list[Ref]) -> bool:
    """A token that ends a person's name (not a bare title), where the mention ends with it or
    goes on past it ("Prime Minister X of Canada")."""
    end = tok.idx + len(tok.text)
    return any(
        m.kind == "person"
        and m.name
        and es
        and (m.end == end or (m.start <= tok.idx < m.end and m.name.endswith(tok.text)))
        for m, es in refs
    )


def opens_clause(t: Token, refs: list[Ref]) -> bool:
    """A conjunct the parser joined to a party that is the subject of the verb right after its
    name, a verb it found no subject for."""
    named = next((m for m, _ in refs if m.start <= t.idx < m.end), None)
    return _before_subjectless(t.doc, named.end if named is not None else t.idx + len(t.text))


def _before_subjectless(doc: Doc, end: int) -> bool:
    """The word after ``end`` is a joined verb the parser found no subject for."""
    last = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    verb = doc[last[-1].i + 1] if last is not None and len(last) and last[-1].i + 1 < len(doc) else None
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and verb.dep_ in ("conj", "advcl")
        and not any(c.dep_ in SUBJ for c in verb.children)
    )


_LIST_GAP = re.compile(
    r"(?: of(?: the)? [A-Z][\w'-]*(?: [A-Z][\w'-]*)*)?(?:,| and|, and)(?: (?:the )?[A-Z][\w'-]*(?:'s)?)* "
)


def listed_before(tok: Token, group: list[Entity], refs: list[Ref]) -> list[Entity]:
    """People listed right before the first of a group ("from King X of A, B's Amir Y and Z"),
    where the parser broke the list."""
    text = text_of(tok.doc)
    at = next((i for i, (m, es) in enumerate(refs) if es[:1] == group[:1] and m.start >= tok.left_edge.idx), None)
    before: list[Entity] = []
    while at:
        m, es = refs[at - 1]
        if not es or es[0].kind != "person" or not _LIST_GAP.fullmatch(text[m.end : refs[at][0].start]):
            break
        before.insert(0, es[0])
        at -= 1
    return before


def listed_after(tok: Token, first: Entity, refs: list[Ref]) -> list[Entity]:
    """People listed after the one a phrase names ("to President of A X, President of B Y and
    Prime Minister of C Z"), which the parser may chain as appositions of each other."""
    here = next((m for m, ents in refs if ents[:1] == [first] and tok.left_edge.idx <= m.start <= tok.idx + 200), None)
    if here is None:
        return []
    found, _ = listed(refs, text_of(tok.doc), here.start, sentence_end(tok))
    out: list[Entity] = []
    for e in found:  # "to X, and Deputy Prime Minister Y sent ...": Y opens a clause of their own
        at = next((m for m, ents in refs if ents[:1] == [e] and m.start >= here.start), None)
        span = tok.doc.char_span(at.start, at.end, alignment_mode="expand") if at is not None else None
        # (an item after a semicolon, "A, Ambassador of B; C, Ambassador of D", is one of the list)
        item = at is not None and re.search(r";(?: and)? $", text_of(tok.doc)[max(0, at.start - 6) : at.start])
        subject = span is not None and span.root.dep_ in SUBJ and not item
        if at is not None and (_before_subjectless(tok.doc, at.end) or subject):
            break
        out.append(e)
    return [e for e in out if e.kind == "person"]


def listed_names(tok: Token, refs: list[Ref]) -> list[Entity]:
    """The people named in a chain of appositions and conjuncts hung on a plural noun."""
    chain: list[Token] = []
    todo = [c for c in tok.children if c.dep_ in ("appos", "conj")]
    while todo:
        t = todo.pop(0)
        chain.append(t)
        todo += [c for c in t.children if c.dep_ in ("appos", "conj")]
    found = [e for t in sorted(chain, key=lambda t: t.i) for e in entity(t, refs, head_only=True)]
    return list(dict.fromkeys(e for e in found if e.kind == "person"))


def dashed_first(tok: Token, refs: list[Ref]) -> list[Entity]:
    """ "The foreign ministers of the Group - X of A, Y of B and Z of C - met": the parser read the
    group and the list's first name as one phrase after "of"; that name is the list's first."""
    first = next((o for c in tok.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)
    dashes = [p for p in first.lefts if p.dep_ == "punct" and p.text in ("-", "–", "—")] if first else []
    if first is None or not any(p.i > 0 and p.doc[p.i - 1].whitespace_ for p in dashes):  # not "Ching-te"
        return []
    return [e for e in entity(first, refs, head_only=True) if e.kind == "person"][:1]


def among_them(tok: Token) -> Token | None:
    """ "from several counterparts, among them A and B": the head of the list that follows, which
    the parser hangs anywhere (on the verb's object, as an apposition)."""
    doc = tok.doc
    at = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," else tok.i + 1
    if at + 2 >= len(doc) or doc[at].lower_ != "among" or doc[at + 1].lower_ not in ("them", "whom"):
        return None
    if doc[at].head.i > at + 1:
        return doc[at].head
    head = doc[at + 2]  # hung on the verb: the phrase right after "them", up to its own head
    while head.head.i > at + 1 and head.head is not head:
        head = head.head
    return head
