"""Act verbs found by their lemma, where no phrase of ``ingest/acts.yaml`` matched: the verbs of
``ingest/grammar/acts.yaml`` in any tense, nouns a carrying verb takes ("extend ... my
congratulations"), and a participle that opens a sentence; not a participle that names a thing."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from diplograph.read import spans
from diplograph.read.agents import in_letter, verb_allowed
from diplograph.read.clauses import Ref
from diplograph.read.facts import Extraction
from diplograph.read.lemmas import words
from diplograph.read.lexicon import ActPattern, grammar_acts, lexicon
from diplograph.read.nouns import carried_by, carriers, nouns
from diplograph.read.principals import principal
from diplograph.read.subject_words import predicate_participle
from diplograph.read.text import Sentence, Source
from diplograph.read.undone import to_come

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@cache
def _lemmas() -> dict[str, ActPattern]:
    """Verb lemma -> the first phrase entry of its act (ingest/grammar/acts.yaml)."""
    data = grammar_acts()
    usable = [p for p in lexicon().acts if p.mode != "reciprocal" and p.agent_rule != "invitee"]
    out: dict[str, ActPattern] = {}
    for lemma, act in data["verbs"].items():
        mine = [p for p in usable if p.act == act]
        # the entry written for this verb (one of its forms is the whole phrase), one whose topic
        # follows at once first; else the act's first whose object follows at once
        forms = (lemma, lemma + "s", lemma + "d", lemma + "ed", lemma.removesuffix("e") + "ing")
        first = sorted(mine, key=lambda p: ("" not in p.topic, p.mode != "object"))  # "endorsed the proposal"
        own = sorted((p for p in mine if any(p.verb.fullmatch(f) for f in forms)), key=lambda p: "" not in p.topic)
        if own or first:
            out[lemma] = (own or first)[0]
    return out


def by_lemma(
    s: Sentence, doc: Doc | None, taken: set[int], out: Extraction, src: Source, refs: list[Ref]
) -> list[tuple[int, int, ActPattern]]:
    """Verbs of an act type the phrases did not match, by lemma."""
    span = spans.tokens(doc, s.start, s.end) if doc is not None else None
    found: list[tuple[int, int, ActPattern]] = []
    for tok in _candidates(span) if span is not None else []:
        carried = carried_by(tok)
        if carried is not None:  # "extend to you ... my congratulations": from the carrying verb to the noun
            verb, noun_pat = carried
            if verb.lemma_.lower() not in carriers() and principal(tok, refs) is None:
                continue  # "brought an invitation": only another's, passed on ("brought X's invitation")
            if to_come(verb) and any(c.lower_ == "the" for c in tok.children):
                # "said he would convey the invitation on his return": one told before, to be passed
                # on later, no act yet ("will convey her gratitude to Y" is hers, read)
                continue
            if verb.idx not in taken and not any(a <= verb.idx < b for a, b, _ in found):
                if verb_allowed(s, refs, verb.idx) or in_letter(src, out, doc, verb.idx, tok.idx + len(tok.text)):
                    found.append((verb.idx, tok.idx + len(tok.text), noun_pat))
            continue
        if tok.pos_ == "VERB" and tok.dep_ == "amod":
            continue  # "a valued partner", "the agreed minutes": a word of a noun, no act
        pat = _lemmas().get(tok.lemma_.lower()) if tok.pos_ == "VERB" else _fronted(tok)
        if pat is None or tok.idx in taken or any(a <= tok.idx < b for a, b, _ in found):
            continue
        if naming_participle(doc, tok.idx) or _agentless_passive(tok) or _not_with(tok):
            continue
        if not (verb_allowed(s, refs, tok.idx) or in_letter(src, out, doc, tok.idx, tok.idx + len(tok.text))):
            continue
        found.append((tok.idx, tok.idx + len(tok.text), pat))
    return found


def _candidates(span: Span) -> Iterator[Token]:
    """The tokens of ``span`` that may be an act's verb or noun: a verb's or a carried noun's
    lemma or form, or a word in "-ing" (a participle that opens a sentence); no other is one."""
    wanted = _words()
    doc = span.doc
    lemmas, forms = words(doc)
    for i in range(span.start, span.end):
        if lemmas[i] in wanted or forms[i] in wanted or forms[i].endswith("ing"):
            yield doc[i]


@cache
def _words() -> frozenset[str]:
    return frozenset(_lemmas()) | frozenset(nouns())


def naming_participle(doc: Doc | None, at: int) -> bool:
    """A past participle that names a thing by what was done to it ("the Pledge agreed by Allies
    in June", "the accord signed in 2019", "a UNDP-supported programme"): no act of this report."""
    span = spans.tokens(doc, at, at + 1) if doc is not None else None
    if span is not None and len(span) and _inside_noun_phrase(span[0]):
        return True  # before its noun: "a UNDP-supported programme", "the jointly signed declaration"
    if span is None or not len(span) or span[0].dep_ != "acl" or span[0].tag_ != "VBN":
        return False
    return not predicate_participle(span[0])  # (not the sentence's own verb the parser took for one)


def _inside_noun_phrase(tok: Token) -> bool:
    """A past participle before its noun, which a determiner opens or a hyphen joins to the word
    before ("a UNDP-supported programme", "the jointly signed declaration"); not a verb the
    parser read as one where the sentence has none ("X, in a message to Y, extended
    congratulations")."""
    if tok.dep_ != "amod" or tok.tag_ != "VBN" or tok.i == 0:
        return False
    hyphened = tok.doc[tok.i - 1].text == "-"
    return hyphened or any(c.dep_ in ("det", "poss") and c.i < tok.i for c in tok.head.children)


@cache
def _blocking() -> dict[str, frozenset[str]]:
    """Verb lemma -> the prepositions that make it no act (``not_with``)."""
    return {lemma: frozenset(words) for lemma, words in (grammar_acts().get("not_with") or {}).items()}


def _not_with(tok: Token) -> bool:
    """ "X, who hails from Y": a verb of an act with a preposition that makes it none."""
    words = _blocking().get(tok.lemma_.lower())
    return words is not None and any(c.dep_ == "prep" and c.lower_ in words for c in tok.children)


def _agentless_passive(tok: Token) -> bool:
    """ "after the declaration was signed in Athens": done, by no one the sentence names."""
    kids = [c.dep_ for c in tok.children]
    return tok.pos_ == "VERB" and "auxpass" in kids and "agent" not in kids


def _fronted(tok: Token) -> ActPattern | None:
    """A participle that opens a sentence, which the tagger may read as a noun: "Thanking for
    the warm welcome, X conveyed ..."."""
    if not tok.lower_.endswith("ing") or tok.i + 1 >= len(tok.doc) or tok.i != tok.sent.start:
        return None
    if tok.doc[tok.i + 1].pos_ != "ADP":
        return None
    base = tok.lower_[:-3]
    return _lemmas().get(base) or _lemmas().get(base + "e")
