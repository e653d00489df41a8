"""Phrases and the text they span: the document's text and where a token's sentence ends (kept
with the parse), the tokens between two offsets, where a phrase ends without the clauses hung
on it ("a letter to X, in which he congratulated ..." ends at X), and the resolved mention a
phrase stands for: the one over its head word or within it, the title over it, or the person
named right after a post that names no one ("the President of the Chamber, X,")."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from diplograph.read.clauses import Ref
from diplograph.read.lexicon import Entity
from diplograph.read.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def name_after_post(tok: Token, refs: list[Ref]) -> list[Entity]:
    """The person named right after a post that names no one (", X,"), however the parser hung X."""
    if title_over(tok, refs) is None:
        return []
    last = tok.doc[tok.right_edge.i]
    end = last.idx + len(last.text)
    text = text_of(tok.doc)
    return next(
        (es[:1] for m, es in refs if es and es[0].kind == "person" and m.start > end and text[end : m.start] == ", "),
        [],
    )


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
    title = title_over(tok, refs)  # "the Speaker of the Assembly X": X is further in
    people = [(m, e) for m, e in refs if start <= m.start and m.end <= whole and e and e[0].kind == "person"]
    pick = over or ([] if head_only else inside) or (people if title else [])
    if not pick:
        return [title.of] if title is not None and title.of is not None else []
    return pick[0][1]


def title_over(tok: Token, refs: list[Ref]) -> Mention | None:
    return next((m for m, _ in refs if m.start <= tok.idx < m.end and m.kind == "title"), None)


def tokens(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of ``doc`` between two character offsets, as one span."""
    return doc.char_span(start, end, alignment_mode="expand")


def sentence_end(tok: Token) -> int:
    """The character offset where the token's sentence ends (the sentence bounds of a document
    are found once and kept with it: ``Token.sent`` walks them every time)."""
    doc = tok.doc
    ends: list[tuple[int, int]] | None = doc.user_data.get("diplograph_sentence_ends")
    if ends is None:
        ends = [(s.end, s.end_char) for s in doc.sents]
        doc.user_data["diplograph_sentence_ends"] = ends
    at = bisect.bisect_right([e for e, _ in ends], tok.i)
    return ends[at][1] if at < len(ends) else len(text_of(doc))


def text_of(doc: Doc) -> str:
    """The document's text, kept with it (``Doc.text`` joins every token each time)."""
    text: str | None = doc.user_data.get("diplograph_text")
    if text is None:
        text = doc.text
        doc.user_data["diplograph_text"] = text
    return text


def phrase_end(tok: Token) -> Token:
    """The last word of a phrase without the clauses hung on it ("a letter to X, in which he
    congratulated ..." ends at X)."""
    while True:
        kept = [c for c in tok.rights if c.dep_ not in ("relcl", "acl", "advcl", "punct", "conj", "cc", "appos")]
        if not kept:
            return tok
        tok = kept[-1]
