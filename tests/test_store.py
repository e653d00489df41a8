"""Store guarantees: exact re-ingest and replacement, remove, stats, two processes at once,
and a kill -9 in the middle of a bulk ingest leaving only complete, conforming documents."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import VOID

from diplograph import ingest_text
from diplograph.validate import validate

CASES = Path(__file__).parent / "cases"
EPOCH = "1735689600"


def count_rows(cli: Any, query: str) -> int:
    return len(json.loads(cli("query", query, "--format", "json").out))


def test_changed_text_replaces_the_document(cli: Any, tmp_path: Path) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text((CASES / "phone-call-with-invitation.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert cli("ingest", str(doc)).out.startswith("stored report")
    before = count_rows(cli, "speech-acts")
    doc.write_text((CASES / "condolence-telegram.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert cli("ingest", str(doc)).out.startswith("stored report")
    kinds = {r["kind"] for r in json.loads(cli("query", "communications", "--format", "json").out)}
    assert kinds == {"telegram"}, "the old graph is gone, not merged"
    assert count_rows(cli, "speech-acts") != before


def test_same_text_new_facts_replaces_the_graph(tmp_path: Path) -> None:
    """A dictionary change alters the graph of a text already stored: re-reading it must
    store the new facts; only a graph with the same facts (ingest time aside) is skipped."""
    from rdflib import Literal
    from rdflib.namespace import PROV, RDFS

    from diplograph.store import opened, put

    doc = ingest_text((CASES / "phone-call-with-invitation.txt").read_text(encoding="utf-8"), doc_id="r")
    with opened(tmp_path / "store") as store:
        assert put(store, doc.graph_name, doc.graph, doc.sha256)
        later = Graph()
        for s, p, o in doc.graph:
            later.add((s, p, Literal("2030-01-01T00:00:00") if p == PROV.endedAtTime else o))
        assert not put(store, doc.graph_name, later, doc.sha256), "only the ingest time differs"
        richer = Graph()
        richer += doc.graph
        richer.add((doc.graph_name, RDFS.comment, Literal("a fact a new dictionary entry finds")))
        assert put(store, doc.graph_name, richer, doc.sha256)
        added = ox.Quad(
            ox.NamedNode(str(doc.graph_name)),
            ox.NamedNode(str(RDFS.comment)),
            ox.Literal("a fact a new dictionary entry finds"),
            ox.NamedNode(str(doc.graph_name)),
        )
        assert added in store


def test_remove_one_document_and_nothing_else(cli: Any) -> None:
    assert cli("ingest", str(CASES)).code == 0
    docs = cli("documents").out
    assert "multi-party-greetings" in docs
    r = cli("remove", "multi-party-greetings")
    assert r.code == 0 and r.out.startswith("removed multi-party-greetings (")
    assert "multi-party-greetings" not in cli("documents").out
    # Serdar Berdimuhamedov is still a person of another document
    people = cli(
        "sparql",
        "PREFIX dg: <https://w3id.org/diplograph/ontology#> SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p a dg:Person } }",
        "--format",
        "json",
    ).out
    assert "serdar-berdimuhamedov" in people
    assert cli("remove", "multi-party-greetings").code == 2


def test_stats_and_describe(cli: Any) -> None:
    assert cli("ingest", str(CASES)).code == 0
    stats = dict(line.split()[-2:] for line in cli("stats").out.splitlines()[2:-1] if not line.startswith("acts"))
    assert stats["documents"] == str(len(list(CASES.glob("*.txt"))))
    void = Graph().parse(data=cli("describe", "--endpoint", "http://127.0.0.1:7878/query").out, format="turtle")
    triples = void.value(URIRef("https://w3id.org/diplograph/dataset"), VOID.triples)
    assert triples is not None and int(triples) == int(stats["triples"])
    assert "sparqlEndpoint" in void.serialize(format="turtle")


def _env() -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONPATH": str(Path(__file__).parent.parent)}


def test_kill_during_bulk_ingest_leaves_complete_documents(tmp_path: Path) -> None:
    texts = sorted(CASES.glob("*.txt"))
    bulk = tmp_path / "bulk"
    bulk.mkdir()
    for i in range(60):
        src = texts[i % len(texts)]
        (bulk / f"doc-{i:03d}-{src.stem}.txt").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    store = tmp_path / "store"
    proc = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "--store", str(store), "ingest", str(bulk)],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert proc.stdout is not None
    stored = 0
    deadline = time.monotonic() + 120
    while stored < 8 and time.monotonic() < deadline:
        if proc.stdout.readline().startswith("stored"):
            stored += 1
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert stored >= 8
    dump = subprocess.run(
        [sys.executable, "-m", "diplograph", "--store", str(store), "export", "--format", "nquads"],
        capture_output=True,
        env=_env(),
        check=True,
    ).stdout
    ds = Dataset()
    ds.parse(data=dump, format="nquads")
    graphs = {str(g.identifier): g for g in ds.graphs() if len(g)}
    assert stored <= len(graphs) < 60
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        for name, got in graphs.items():
            doc_id = name.rsplit("/", 1)[-1]
            path = bulk / f"{doc_id}.txt"
            expected = ingest_text(path.read_text(encoding="utf-8"), doc_id=doc_id).graph
            plain = Graph()
            for t in got:
                plain.add(t)
            assert isomorphic(plain, expected), f"{doc_id} is incomplete after the kill"
            assert validate(plain).conforms
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
