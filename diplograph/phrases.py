"""Quotations, characterisations of relationships and named initiatives in one sentence."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from diplograph.facts import Extraction, Quote, Relation
from diplograph.lexicon import Entity, alternation, lexicon
from diplograph.resolve import Resolver
from diplograph.text import Sentence, Source

if TYPE_CHECKING:
    from diplograph.clauses import Ref


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    q, r, i = lex.quotes, lex.relations, lex.initiatives
    qual = alternation(r["qualifiers"], case=False)
    adv = alternation(r["adverbs"], case=False)
    unit = rf"(?:{adv} )?{qual}"
    triggers = [t for ts in i["kinds"].values() for t in ts]
    word = r"(?:[A-Z][\w'.-]*(?:[\w]|(?<=s)')|[A-Z]|\d[\w-]*)"
    conn = "|".join(re.escape(c) for c in i["connectors"] if c != "-")
    return {
        "said": re.compile(r"\s*,?\s*(?:" + "|".join(map(re.escape, q["said"] + q["quoted_as"])) + r")\b"),
        "by_message": re.compile(
            r"\b(?:the|this|his|her|in the|in his|in her) (?:" + "|".join(q["by_message"]) + r")\b", re.I
        ),
        "relation": re.compile(rf"{unit}(?:(?:,? and |, |-| ){unit})* {alternation(r['heads'], case=False)}"),
        "name": re.compile(rf"{word}(?:(?: (?:{conn}))* {word}|-{word})*"),
        "trigger": re.compile(alternation(triggers)),
        "initiator": re.compile(r"\b(?:" + "|".join(map(re.escape, i["initiator"])) + r") (?:the )?", re.I),
        "adopted": re.compile(r"\b(?:" + "|".join(map(re.escape, i["adopted_by"])) + r") (?:the )?", re.I),
        "manner": re.compile("|".join(rf"(?P<{k}>{alternation(v, case=False)})" for k, v in i["manner"].items())),
    }


def quotes(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction) -> None:
    from diplograph.clauses import mention_at, subject

    rx = _rx()
    norm = src.norm
    for q0, q1 in s.quotes:
        start, end = q0, q1
        while end > start and norm[end - 1] in " ,.;:":
            end -= 1
        if len(norm[start:end].split()) < lexicon().quotes["min_words"]:
            continue
        speaker: Entity | None = None
        after = mention_at(refs, norm, q1 + 1 + (1 if norm[q1 + 1 : q1 + 2] == "," else 0))
        if after and rx["said"].match(norm, after[0].end) and after[1]:
            speaker = after[1][0] if after[1][0].kind == "person" else _sender(res)
        elif re.match(
            r"\s*,?\s*(?:the|this) (?:" + "|".join(lexicon().quotes["by_message"]) + ")", norm[q1 + 1 : q1 + 40], re.I
        ):
            speaker = _sender(res)
        elif rx["by_message"].search(norm, s.start, q0) and not subject(refs, q0, s, people_only=True):
            speaker = _sender(res)
        else:
            found = subject(refs, q0, s, people_only=True) or subject(refs, q0, s)
            speaker = found[0] if found and found[0].kind == "person" else _sender(res)
        out.quotes.append(Quote(speaker, src.text[start:end], (start, end)))


def _sender(res: Resolver) -> Entity | None:
    return res.main[0][0] if res.main else None


def relations(src: Source, s: Sentence, refs: list[Ref], res: Resolver, out: Extraction) -> None:
    rx = _rx()
    lex = lexicon()
    strong = {w.lower() for w in lex.relations["strong_qualifiers"]}
    weak = {w.lower() for w in lex.relations["weak_heads"]}
    blockers = {w.lower() for w in lex.relations["blockers"]}
    text = src.norm[s.start : s.end]
    for m in rx["relation"].finditer(src.norm, s.start, s.end):
        words = set(re.findall(r"[\w-]+", m.group().lower()))
        head = m.group().split(" ")[-1].lower()
        if words & blockers or (head in weak and not words & strong):
            continue
        parties = _parties(text, s, refs, res, m.end())
        if parties is None:
            continue
        phrase = src.text[m.start() : m.end()]
        key = (frozenset(parties), phrase.lower())
        if any((frozenset(r.parties), r.phrase.lower()) == key for r in out.relations):
            continue
        level = next((c for label, c in lex.levels if label in phrase.lower()), None)
        inside = any(q0 <= m.start() < q1 for q0, q1 in s.quotes)
        stated = next((q.speaker for q in out.quotes if q.span[0] <= m.start() < q.span[1]), None) if inside else None
        out.relations.append(Relation(parties, phrase, level, stated, (m.start(), m.end())))


def _parties(text: str, s: Sentence, refs: list[Ref], res: Resolver, at: int) -> tuple[Entity, Entity] | None:
    states: list[Entity] = []
    for m, ents in refs:
        for e in ents:
            if m.kind in ("state", "demonym", "pair") and e.kind == "state" and e not in states:
                states.append(e)
    pair = re.search(r"\b(\w+)-(\w+) (?:relations|ties|partnership|cooperation)", text)
    lex = lexicon()
    if pair and pair.group(1) in lex.demonyms and pair.group(2) in lex.demonyms:
        return lex.demonyms[pair.group(1)], lex.demonyms[pair.group(2)]
    if len(states) == 2:
        return states[0], states[1]
    if res.main:
        a, b = res.country_of(res.main[0][0]), res.country_of(res.main[1][0])
        if a and b and a != b:
            return a, b
    return None
