"""Scoring extracted facts against gold files (format: the corpus GOLD.md).

Matching follows the gold rules: text is case-folded with quotes, dashes and white space
unified; a person matches by full name or by a surname unique in the article; a state by
any of its names or demonyms; topics, characterisations, names and quotation starts match
by a clear overlap of content words.

>>> overlap("the development of bilateral relations", "development of bilateral relations")
True
>>> overlap("his birthday", "the upcoming Independence Day")
False
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from diplograph.lexicon import lexicon

CATEGORIES = ("communications", "speech_acts", "posts", "relations", "initiatives", "quotes")
QUERY_OF = {
    "communications": "communications",
    "speech_acts": "speech-acts",
    "posts": "posts",
    "relations": "relations",
    "initiatives": "initiatives",
    "quotes": "quotes",
}
_STOPWORDS = frozenset("a an the of to in on for and with by at from its his her their our this that".split())
Fact = dict[str, Any]


def norm(text: str | None) -> str:
    t = unicodedata.normalize("NFC", text or "").casefold()
    t = re.sub(r"[\u2018\u2019\u2032`]", "'", t)
    t = re.sub(r"[\u201c\u201d\u00ab\u00bb\"]", "", t)
    t = re.sub(r"[\u2010-\u2015]", "-", t)
    return re.sub(r"\s+", " ", t).strip()


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'-]+", norm(text)) if w not in _STOPWORDS]


def overlap(a: str | None, b: str | None, *, share: float = 0.6) -> bool:
    """The shorter phrase's content words mostly inside the longer one."""
    wa, wb = _words(a or ""), _words(b or "")
    if not wa or not wb:
        return norm(a) == norm(b)
    short, long = (wa, set(wb)) if len(wa) <= len(wb) else (wb, set(wa))
    return sum(w in long for w in short) / len(short) >= share


@dataclass
class Names:
    """How names compare within one article."""

    people: list[str] = field(default_factory=list)

    def same(self, a: str | None, b: str | None) -> bool:
        na, nb = norm(a), norm(b)
        if na == nb:
            return True
        if not na or not nb:
            return False
        sa, sb = _state(na), _state(nb)
        if sa or sb:
            return sa is not None and sa == sb
        for full, short in ((na, nb), (nb, na)):
            if " " not in short and full.split(" ")[-1] == short:
                return sum(1 for p in self.people if norm(p).split(" ")[-1] == short) <= 1
        return na.split(" ")[-1] == nb.split(" ")[-1] and na.split(" ")[0] == nb.split(" ")[0]


def _state(name: str) -> str | None:
    lex = lexicon()
    for form, ent in list(lex.names.items()) + list(lex.demonyms.items()):
        if norm(form) == name and ent.kind == "state":
            return ent.country
    return None


def _gold_rows(category: str, gold: dict[str, Any]) -> list[Fact]:
    rows = gold.get(category) or []
    if category == "communications":
        return [{**r, "to": t} for r in rows for t in (r.get("to") or [None])]
    return list(rows)


def _matcher(category: str, names: Names) -> Callable[[Fact, Fact], bool]:
    s = names.same

    def comm(g: Fact, x: Fact) -> bool:
        return (
            g["kind"] == x["kind"]
            and s(g["from"], x["sender"])
            and s(g["to"], x["recipient"])
            and (g.get("date") or "") == (x["date"] or "")
        )

    def act(g: Fact, x: Fact) -> bool:
        return (
            g["act"] == x["act"]
            and s(g["agent"], x["agent"])
            and s(g.get("addressee"), x["addressee"] or None)
            and overlap(g.get("topic"), x["topic"])
        )

    def post(g: Fact, x: Fact) -> bool:
        return s(g["person"], x["person"]) and norm(g["post"]) == norm(x["post"]) and s(g.get("of"), x["of"] or None)

    def rel(g: Fact, x: Fact) -> bool:
        a, b = g["parties"]
        parties = (s(a, x["party1"]) and s(b, x["party2"])) or (s(a, x["party2"]) and s(b, x["party1"]))
        return parties and overlap(g["characterization"], x["characterization"])

    def init(g: Fact, x: Fact) -> bool:
        return (
            g["kind"] == x["kind"]
            and overlap(g["name"], x["name"])
            and s(g.get("initiator"), x["initiator"] or None)
            and s(g.get("adopted_by"), x["adopted_by"] or None)
        )

    def quote(g: Fact, x: Fact) -> bool:
        start = " ".join(_words(x["quote"])[: len(_words(g["starts_with"])) + 2])
        return s(g["speaker"], x["speaker"] or None) and overlap(g["starts_with"], start)

    return {
        "communications": comm,
        "speech_acts": act,
        "posts": post,
        "relations": rel,
        "initiatives": init,
        "quotes": quote,
    }[category]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[Fact] = field(default_factory=list)
    spurious: list[Fact] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_document(gold: dict[str, Any], found: dict[str, list[Fact]]) -> dict[str, Score]:
    """Per-category scores of one document: ``found`` maps a category to its query rows."""
    people = [r["person"] for r in gold.get("posts") or []]
    for r in gold.get("communications") or []:
        people += [r["from"], *(r.get("to") or [])]
    names = Names(people)
    out = {}
    for cat in CATEGORIES:
        match = _matcher(cat, names)
        remaining = list(found.get(cat, []))
        sc = Score()
        for g in _gold_rows(cat, gold):
            hit = next((x for x in remaining if match(g, x)), None)
            if hit is None:
                sc.fn += 1
                sc.missed.append(g)
            else:
                sc.tp += 1
                remaining.remove(hit)
        sc.fp = len(remaining)
        sc.spurious = remaining
        out[cat] = sc
    return out
