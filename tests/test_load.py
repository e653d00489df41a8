"""``diplograph load``: an export restored into a fresh store is the same dataset; malformed
files change nothing; a graph that does not conform is refused while the others load; the
ontology graph is compared, never written; graphs that are not document graphs are refused."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from diplograph.cli import main
from diplograph.namespace import graph_iri

CASES = Path(__file__).parent / "cases"
ONTOLOGY = "https://w3id.org/diplograph/graph/ontology"


@dataclass
class Run:
    code: int
    out: str
    err: str


def dg(store: Path, *args: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--store", str(store), *args])
    return Run(code, out.getvalue(), err.getvalue())


def case_quads(*names: str) -> list[ox.Quad]:
    """The expected graphs of some test cases, each in its document's named graph."""
    quads = []
    for ttl in sorted(CASES.glob("*.ttl")):
        if names and ttl.stem not in names:
            continue
        graph = ox.NamedNode(str(graph_iri(ttl.stem)))
        quads += [ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(path=str(ttl))]
    return quads


def write(path: Path, quads: list[ox.Quad], fmt: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> Path:
    path.write_bytes(ox.serialize(quads, format=fmt) or b"")
    return path


def dataset(store: Path, *extra: str) -> Dataset:
    ds = Dataset()
    ds.parse(data=dg(store, "export", "--format", "nquads", *extra).out, format="nquads")
    return ds


def per_graph(ds: Dataset) -> dict[str, Dataset]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")


def test_an_export_restores_into_a_fresh_store(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    source = write(tmp_path / "cases.trig", case_quads(), ox.RdfFormat.TRIG)
    loaded = dg(first, "load", str(source))
    assert loaded.code == 0, loaded.err
    assert loaded.out.count("stored ") == len(list(CASES.glob("*.ttl")))
    export = tmp_path / "export.nq"
    assert dg(first, "export", "--format", "nquads", "--with-ontology", "-o", str(export)).code == 0
    restored = dg(second, "load", str(export))
    assert restored.code == 0, restored.err
    assert "ontology graph" in restored.err and "the same as the store's" in restored.err
    a, b = per_graph(dataset(first)), per_graph(dataset(second))
    assert a.keys() == b.keys() and len(a) == len(list(CASES.glob("*.ttl")))
    for name in a:
        assert isomorphic(a[name], b[name]), name
    again = dg(second, "load", str(export))
    assert again.code == 0 and "stored " not in again.out and again.out.count("unchanged ") == len(a)
    trusted = dg(tmp_path / "third", "load", "--trusted", str(export))
    assert trusted.code == 0 and trusted.out.count("stored ") == len(a), trusted.err
    c = per_graph(dataset(tmp_path / "third"))
    assert c.keys() == a.keys() and all(isomorphic(a[name], c[name]) for name in a)


def test_malformed_rdf_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert dg(store, "load", str(write(tmp_path / "one.nq", case_quads("condolence-telegram")))).code == 0
    before = dg(store, "export", "--format", "nquads").out
    good = ox.serialize(case_quads("letter-with-quotes"), format=ox.RdfFormat.N_QUADS) or b""
    bad = tmp_path / "bad.nq"
    bad.write_bytes(good + b'<urn:x:a> <urn:x:b> "no end .\n')
    r = dg(store, "load", str(bad))
    assert r.code == 2 and r.out == ""
    line = good.count(b"\n") + 1
    assert r.err.count("\n") == 1 and str(bad) in r.err and f"line {line}" in r.err, r.err
    assert dg(store, "export", "--format", "nquads").out == before, "nothing of a malformed file is written"
    assert dg(store, "load", str(tmp_path / "absent.nq")).code == 2
    odd = tmp_path / "data.ttl"
    odd.write_bytes(good)
    r = dg(store, "load", str(odd))
    assert r.code == 2 and "--format" in r.err
    r = dg(store, "load", "--format", "nquads", str(odd))
    assert r.code == 0 and "stored letter-with-quotes" in r.out


def test_a_graph_that_does_not_conform_is_refused_and_the_others_load(tmp_path: Path) -> None:
    store = tmp_path / "store"
    quads = case_quads("condolence-telegram", "letter-with-quotes")
    exact = ox.NamedNode("http://www.w3.org/ns/oa#exact")
    broken = str(graph_iri("letter-with-quotes"))
    tampered = [
        ox.Quad(q.subject, q.predicate, ox.Literal("words the report never said"), q.graph_name)
        if q.predicate == exact and q.graph_name.value == broken
        else q
        for q in quads
    ]
    r = dg(store, "load", str(write(tmp_path / "mixed.nq", tampered)))
    assert r.code == 1
    assert "letter-with-quotes: the graph does not conform to the shapes" in r.err
    assert "stored condolence-telegram" in r.out and "letter-with-quotes" not in r.out
    assert set(per_graph(dataset(store))) == {str(graph_iri("condolence-telegram"))}


def test_the_ontology_graph_is_checked_not_overwritten_and_foreign_graphs_are_refused(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert dg(store, "load", str(write(tmp_path / "one.nq", case_quads("condolence-telegram")))).code == 0
    ontology_before = per_graph(dataset(store, "--with-ontology"))[ONTOLOGY]
    onto = ox.NamedNode(ONTOLOGY)
    extra = [
        ox.Quad(ox.NamedNode("urn:x:claim"), ox.NamedNode("urn:x:says"), ox.Literal("rewritten"), onto),
        ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"), ox.NamedNode("urn:x:other")),
        *case_quads("letter-with-quotes"),
    ]
    r = dg(store, "load", str(write(tmp_path / "extra.nq", extra)))
    assert r.code == 2
    assert "differs from this version's; the store's is kept" in r.err
    assert "urn:x:other: not a diplograph document graph (1 triples not loaded)" in r.err
    assert "stored letter-with-quotes" in r.out
    after = per_graph(dataset(store, "--with-ontology"))
    assert isomorphic(after[ONTOLOGY], ontology_before)
    assert "urn:x:other" not in after


def test_a_trusted_load_streams_new_graphs_and_settles_the_rest_one_by_one(tmp_path: Path) -> None:
    """``--trusted``: graphs the store lacks go in through the bulk loader in one atomic step;
    one it holds with other facts is replaced, one it holds unchanged is left, a foreign graph
    is refused, and a file malformed at its end writes nothing at all."""
    store = tmp_path / "store"
    held = case_quads("condolence-telegram")
    assert dg(store, "load", str(write(tmp_path / "one.nq", held))).code == 0
    exact = ox.NamedNode("http://www.w3.org/ns/oa#exact")
    changed = [
        ox.Quad(q.subject, q.predicate, ox.Literal("other words"), q.graph_name) if q.predicate == exact else q
        for q in held
    ]
    fresh = case_quads("letter-with-quotes")
    other = ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.Literal("o"), ox.NamedNode("urn:x:other"))
    good = ox.serialize([*fresh, *changed, other], format=ox.RdfFormat.N_QUADS) or b""
    bad = tmp_path / "bad.nq"
    bad.write_bytes(good + b'<urn:x:a> <urn:x:b> "no end .\n')
    before = dg(store, "export", "--format", "nquads").out
    r = dg(store, "load", "--trusted", str(bad))
    assert r.code == 2 and r.out == "" and str(bad) in r.err
    assert dg(store, "export", "--format", "nquads").out == before, "nothing of a malformed file is written"
    path = tmp_path / "mixed.nq"
    path.write_bytes(good)
    r = dg(store, "load", "--trusted", str(path))
    assert r.code == 2, r.err
    assert "stored letter-with-quotes" in r.out and "stored condolence-telegram" in r.out
    assert "urn:x:other: not a diplograph document graph" in r.err
    graphs = per_graph(dataset(store))
    want = Dataset()
    want.parse(data=(ox.serialize([*fresh, *changed], format=ox.RdfFormat.N_QUADS) or b"").decode(), format="nquads")
    expected = per_graph(want)
    assert set(graphs) == set(expected)
    for name, g in expected.items():
        got = {t for t in graphs[name] if "ingested" not in str(t[1])}
        assert got == {t for t in g if "ingested" not in str(t[1])}, name
    r = dg(store, "load", "--trusted", str(path))
    assert "unchanged letter-with-quotes" in r.out and "unchanged condolence-telegram" in r.out
