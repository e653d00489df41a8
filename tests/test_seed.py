"""The user's letter, end to end: every gold fact comes out, nothing else, each with evidence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from diplograph.evaluate import CATEGORIES, QUERY_OF, score_document
from tests.conftest import SEED, need


@pytest.fixture
def seeded(cli: Any) -> Any:
    need(SEED)
    r = cli("ingest", str(SEED))
    assert r.code == 0, r.err
    assert r.out.startswith("stored nca-2025-03-11-berdimuhamedov-tokayev-letter")
    return cli


def rows(cli: Any, query: str, *params: str) -> list[dict[str, str]]:
    args = ["query", query, "--format", "json"]
    for p in params:
        args += ["--param", p]
    r = cli(*args)
    assert r.code == 0, r.err
    data: list[dict[str, str]] = json.loads(r.out)
    return data


@pytest.mark.parametrize("category", CATEGORIES)
def test_seed_category_is_perfect(seeded: Any, seed_gold: dict[str, Any], category: str) -> None:
    found = {category: rows(seeded, QUERY_OF[category])}
    score = score_document(seed_gold, found)[category]
    assert score.missed == [], f"missed {category}"
    assert score.spurious == [], f"spurious {category}"
    assert score.tp == len(seed_gold[category]) + (
        sum(len(c["to"]) - 1 for c in seed_gold[category]) if category == "communications" else 0
    )


def test_seed_contract_columns(seeded: Any) -> None:
    expected = {
        "communications": ["document", "kind", "sender", "recipient", "date"],
        "speech-acts": ["document", "act", "agent", "addressee", "topic"],
        "posts": ["document", "person", "post", "of"],
        "relations": ["document", "party1", "party2", "characterization"],
        "initiatives": ["document", "name", "kind", "initiator", "adopted_by"],
        "quotes": ["document", "speaker", "quote"],
    }
    for query, columns in expected.items():
        r = seeded("query", query, "--format", "csv")
        assert r.out.splitlines()[0] == ",".join(columns)


def test_seed_exact_rows(seeded: Any) -> None:
    comm = rows(seeded, "communications")
    assert [(c["kind"], c["sender"], c["recipient"], c["date"]) for c in comm] == [
        ("letter", "Gurbanguly Berdimuhamedov", "Kassym-Jomart Tokayev", "")
    ]
    posts = {(p["person"], p["post"], p["of"]) for p in rows(seeded, "posts")}
    assert posts == {
        ("Gurbanguly Berdimuhamedov", "National Leader of the Turkmen people", "Turkmenistan"),
        ("Gurbanguly Berdimuhamedov", "Chairman of the Halk Maslahaty", "Turkmenistan"),
        ("Kassym-Jomart Tokayev", "President", "Kazakhstan"),
    }
    inits = {(i["name"], i["kind"], i["initiator"], i["adopted_by"]) for i in rows(seeded, "initiatives")}
    assert (
        "International Year of Peace and Trust",
        "international_year",
        "Turkmenistan",
        "UN General Assembly",
    ) in inits
    rels = {(r["party1"], r["party2"], r["characterization"]) for r in rows(seeded, "relations")}
    assert rels == {
        ("Turkmenistan", "Kazakhstan", "multifaceted strategic partnership"),
        ("Turkmenistan", "Kazakhstan", "traditionally friendly ties"),
    }


def test_seed_every_fact_has_verified_evidence(seeded: Any, seed_text: str) -> None:
    r = seeded(
        "sparql",
        """PREFIX dg: <https://w3id.org/diplograph/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?exact ?start ?end WHERE { GRAPH ?g { ?x a dg:Extracted ; dg:evidence/oa:hasSelector ?s .
          ?s oa:exact ?exact ; oa:start ?start ; oa:end ?end } }""",
        "--format",
        "json",
    )
    spans = json.loads(r.out)
    assert len(spans) == 18  # 1 communication, 5 acts, 3 posts, 2 relations, 2 initiatives, 5 quotes
    for s in spans:
        assert seed_text[int(s["start"]) : int(s["end"])] == s["exact"]
    missing = seeded(
        "sparql",
        """PREFIX dg: <https://w3id.org/diplograph/ontology#>
        ASK { GRAPH ?g { ?x a dg:Extracted . FILTER NOT EXISTS { ?x dg:evidence ?e } } }""",
        "--format",
        "csv",
    )
    assert missing.out.splitlines()[1] == "false"


def test_seed_resolves_descriptions_and_pronouns(seeded: Any) -> None:
    acts = rows(seeded, "speech-acts")
    by_agent = {(a["act"], a["agent"]) for a in acts}
    # "he highly appreciated", "He also expressed gratitude", "The National Leader ... thanked"
    assert ("praise", "Gurbanguly Berdimuhamedov") in by_agent
    assert sum(1 for a in acts if a["act"] == "thank" and a["agent"] == "Gurbanguly Berdimuhamedov") == 2
    assert ("support", "Turkmenistan") in by_agent
    quotes = rows(seeded, "quotes")
    assert {q["speaker"] for q in quotes} == {"Gurbanguly Berdimuhamedov"}  # "the message says", "Chairman ..."


def test_seed_reingest_changes_nothing(seeded: Any, tmp_path: Path) -> None:
    first = seeded("export", "--format", "nquads")
    again = seeded("ingest", str(SEED))
    assert again.code == 0 and again.out.startswith("unchanged")
    second = seeded("export", "--format", "nquads")
    assert sorted(first.out.splitlines()) == sorted(second.out.splitlines())


def test_seed_graph_is_deterministic(seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from diplograph import ingest_text

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    a = ingest_text(seed_text, doc_id="seed").graph
    b = ingest_text(seed_text, doc_id="seed").graph
    assert sorted(a.serialize(format="nt").splitlines()) == sorted(b.serialize(format="nt").splitlines())
    assert isomorphic(a, b)
    assert not any(isinstance(t, Graph) for t in a)
