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

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from diplograph.errors import BadInput
from diplograph.read.lexicon import lexicon

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
        ba, bb = _body(na), _body(nb)
        if ba or bb:
            return ba is not None and ba == bb
        for full, short in ((na, nb), (nb, na)):
            if " " not in short and full.split(" ")[-1] == short:
                return sum(1 for p in self.people if norm(p).split(" ")[-1] == short) <= 1
        return na.split(" ")[-1] == nb.split(" ")[-1] and na.split(" ")[0] == nb.split(" ")[0]


@cache
def _known() -> dict[str, tuple[str, str]]:
    """Normalised name or demonym of a state or body -> (kind, identity)."""
    lex = lexicon()
    index: dict[str, tuple[str, str]] = {}
    for form, ent in [*lex.names.items(), *lex.demonyms.items()]:
        if ent.kind == "state":
            index.setdefault(norm(form), ("state", ent.country or ""))
        elif ent.kind == "body":
            index.setdefault(norm(form), ("body", str(ent.iri)))
    return index


def _state(name: str) -> str | None:
    hit = _known().get(name)
    return hit[1] if hit and hit[0] == "state" else None


def _body(name: str) -> str | None:
    """The IRI of a body any of whose names is ``name`` (UN, United Nations)."""
    hit = _known().get(name)
    return hit[1] if hit and hit[0] == "body" else None


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
    names = Names(sorted(set(people)))  # each person once: a surname is unique if one person bears it
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


@dataclass
class Evaluation:
    """Scores of a whole gold folder: per document and category, and their totals."""

    documents: dict[str, dict[str, Score]] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # documents that could not be ingested

    def total(self, category: str | None = None) -> Score:
        out = Score()
        for scores in self.documents.values():
            for cat, sc in scores.items():
                if category in (None, cat):
                    out.tp, out.fp, out.fn = out.tp + sc.tp, out.fp + sc.fp, out.fn + sc.fn
        return out

    def as_dict(self) -> dict[str, Any]:
        def fig(sc: Score) -> dict[str, Any]:
            return {
                "precision": round(sc.precision, 4),
                "recall": round(sc.recall, 4),
                "f1": round(sc.f1, 4),
                "tp": sc.tp,
                "fp": sc.fp,
                "fn": sc.fn,
            }

        return {
            "documents": len(self.documents),
            "failures": self.failures,
            "categories": {c: fig(self.total(c)) for c in CATEGORIES},
            "overall": fig(self.total()),
        }


def evaluate_folder(gold_dir: Path, text_dir: Path | None = None) -> Evaluation:
    """Ingest every text with a gold file into a throw-away store and score the contract queries."""
    import tempfile

    from diplograph.errors import DiplographError
    from diplograph.pipeline import ingest_text
    from diplograph.queries import get, run
    from diplograph.read.text import read_input
    from diplograph.store import opened, put

    text_dir = text_dir or gold_dir
    golds = sorted(gold_dir.glob("*.json"))
    if not golds:
        raise BadInput(f"{gold_dir}: no gold .json files")
    ev = Evaluation()
    gold_of: dict[str, dict[str, Any]] = {}
    for path in golds:  # all gold is read before anything is ingested
        try:
            gold_of[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise BadInput(f"{path}:{exc.lineno}: invalid JSON ({exc.msg})") from None
    with (
        tempfile.TemporaryDirectory(prefix="diplograph-eval-", ignore_cleanup_errors=True) as tmp,
        opened(Path(tmp) / "store") as store,
    ):
        for doc_id in gold_of:
            try:
                doc = ingest_text(read_input(text_dir / f"{doc_id}.txt"), doc_id=doc_id, check=False)
                put(store, doc.graph_name, None, doc.sha256, body=doc.body)
            except DiplographError as exc:
                ev.failures[doc_id] = str(exc)
        rows: dict[str, dict[str, list[Fact]]] = {d: {c: [] for c in CATEGORIES} for d in gold_of}
        for cat in CATEGORIES:
            header, table = run(store, get(QUERY_OF[cat]).text)
            for r in table:
                fact = dict(zip(header, r, strict=True))
                if fact["document"] in rows:
                    rows[fact["document"]][cat].append(fact)
        for doc_id, gold in gold_of.items():
            ev.documents[doc_id] = score_document(gold, rows[doc_id])
    return ev


def render_table(ev: Evaluation) -> str:
    lines = [f"{'category':<16}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}"]
    for cat in (*CATEGORIES, None):
        sc = ev.total(cat)
        name = cat or "overall"
        lines.append(f"{name:<16}{sc.precision:>10.3f}{sc.recall:>8.3f}{sc.f1:>7.3f}{sc.tp:>6}{sc.fp:>5}{sc.fn:>5}")
    lines.append(f"({len(ev.documents)} documents" + (f", {len(ev.failures)} not ingested)" if ev.failures else ")"))
    return "\n".join(lines) + "\n"


def render_errors(ev: Evaluation) -> str:
    out = []
    for doc_id, scores in ev.documents.items():
        for cat, sc in scores.items():
            for g in sc.missed:
                out.append(f"{doc_id} {cat} missed   {json.dumps(g, ensure_ascii=False)}")
            for x in sc.spurious:
                x = {k: v for k, v in x.items() if k != "document"}
                out.append(f"{doc_id} {cat} spurious {json.dumps(x, ensure_ascii=False)}")
    for doc_id, why in ev.failures.items():
        out.append(f"{doc_id} not ingested: {why}")
    return "\n".join(out) + ("\n" if out else "")
