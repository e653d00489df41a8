"""diplograph.shapes_check: the compiled checks give pySHACL's answer (conforms or not) on the
graphs of tests/shapes, on real document graphs, and on those graphs broken at random."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD

from diplograph.graph import build
from diplograph.read.extract import extract
from diplograph.read.text import parse_report
from diplograph.shapes_check import _other_predicate, _predicates, compiled
from diplograph.triples import Triples
from diplograph.validate import reference, shapes, validate

HERE = Path(__file__).parent
WHEN = datetime(2026, 1, 1, tzinfo=UTC)


@cache
def _documents() -> tuple[Graph, ...]:
    paths = sorted((HERE / "cases").glob("*.txt"))[:4]
    return tuple(
        build(extract(parse_report(p.stem, p.read_text(encoding="utf-8"))), version="test", when=WHEN) for p in paths
    )


def _agree(g: Graph) -> bool:
    checks = compiled(shapes())
    assert checks is not None, "ontology/shapes.ttl uses only what the compiled checks read"
    try:
        expected = reference(g).conforms
    except RecursionError:  # rdflib's SPARQL on an ill-typed offset: the graph is broken
        expected = False
        assert not validate(g).conforms and validate(g).messages, "validate still refuses it, saying why"
    nt = g.serialize(format="nt")  # as ingest hands the graph over to the SPARQL constraints
    triples = Triples()  # and as ingest makes it: the triples, no rdflib graph
    for t in g:
        triples.add(t)
    return (
        checks.conforms(g) == expected
        and (checks.violations(g) == []) == expected
        and checks.conforms(g, nt=nt) == expected
        and checks.violations(g, nt=nt) == checks.violations(g)
        and checks.conforms(triples, nt=triples.nt()) == expected
        and checks.violations(triples) == checks.violations(g)
    )


@pytest.mark.parametrize("path", sorted((HERE / "shapes").glob("*/*.ttl")), ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_the_same_answer_on_the_shape_tests(path: Path) -> None:
    assert _agree(Graph().parse(path))


@pytest.mark.parametrize("path", sorted((HERE / "shapes" / "invalid").glob("*.ttl")), ids=lambda p: p.stem)
def test_the_same_messages_on_the_broken_shape_tests(path: Path) -> None:
    g = Graph().parse(path)
    checks = compiled(shapes())
    assert checks is not None
    assert sorted(set(checks.violations(g))) == sorted(set(reference(g).messages))


def test_the_same_answer_on_document_graphs() -> None:
    for g in _documents():
        assert _agree(g)
        assert validate(g).conforms


# What a broken graph may have: values of the wrong datatype or out of range, IRIs outside a
# scheme, second values where one is allowed, evidence that quotes other text.
_BAD = [
    Literal("x", datatype=XSD.integer),
    Literal(-3),
    Literal("2025-13-45", datatype=XSD.date),
    Literal("text", lang="en"),
    Literal("spare"),
    URIRef("https://w3id.org/diplograph/kind/fax"),
    URIRef("https://example.org/thing"),
    BNode("b1"),
    Literal(0),
    Literal(999999),
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    which=st.integers(min_value=0, max_value=3),
    drops=st.lists(st.integers(min_value=0, max_value=10_000), max_size=3),
    adds=st.lists(st.tuples(st.integers(min_value=0, max_value=10_000), st.sampled_from(_BAD)), max_size=3),
)
def test_the_same_answer_on_broken_graphs(which: int, drops: list[int], adds: list[tuple[int, object]]) -> None:
    g = Graph()
    for t in _documents()[which]:
        g.add(t)
    triples = sorted(g, key=lambda t: tuple(map(str, t)))
    for i in drops:  # a triple lost
        g.remove(triples[i % len(triples)])
    for i, value in adds:  # a value added beside one the graph has, of any predicate
        s, p, _ = triples[i % len(triples)]
        g.add((s, p, value))  # type: ignore[arg-type]
    assert _agree(g)


def test_shapes_beyond_what_it_reads_leave_every_graph_to_the_reference() -> None:
    g = Graph()
    g.parse(data=(HERE.parent / "ontology" / "shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    assert compiled(g) is not None
    shape = next(iter(g.subjects(RDF.type, SH.NodeShape)))
    g.add((shape, SH.closed, Literal(True)))
    assert compiled(g) is None


def test_the_sparql_constraints_copy_only_the_triples_their_patterns_can_match() -> None:
    p, q = "<https://example.org/p>", "<https://example.org/q>"
    assert _predicates([f"SELECT ?this WHERE {{ ?this {p} ?o OPTIONAL {{ ?o {q} ?z }} }}"]) == {p, q}
    # a variable predicate, a path, a pattern inside NOT EXISTS: the copy keeps every triple
    assert _predicates(["SELECT ?this WHERE { ?this ?p ?o }"]) is None
    assert _predicates([f"SELECT ?this WHERE {{ ?this {p}* ?o }}"]) is None
    assert _predicates([f"SELECT ?this WHERE {{ ?this {p} ?o FILTER NOT EXISTS {{ ?o {q} ?z }} }}"]) is None
    # the evidence constraint reads six predicates; a line of any other is left out, an odd line kept
    checks = compiled(shapes())
    assert checks is not None
    reads = checks.reads  # (one copy serves every node shape's queries: the predicates of all of them)
    assert reads is not None and "<http://www.w3.org/ns/oa#exact>" in reads
    assert _other_predicate(f"<https://example.org/s> {p} <https://example.org/o> .\n", reads)
    assert not _other_predicate('<https://example.org/s> <http://www.w3.org/ns/oa#exact> "x" .\n', reads)
    assert not _other_predicate(f"<https://example.org/s>\t{p} <https://example.org/o> .\n", reads)


def test_one_copy_serves_the_queries_of_every_node_shape() -> None:
    """Two node shapes whose SPARQL constraints read different predicates: the in-memory copy,
    made for the first, holds the triples of both, so the second finds what breaks it."""
    shapes_ttl = """
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <https://example.org/> .
        ex:AShape a sh:NodeShape ; sh:targetClass ex:A ;
            sh:sparql [ a sh:SPARQLConstraint ; sh:message "a has p" ;
                sh:select "SELECT $this WHERE { $this <https://example.org/p> ?v FILTER (?v > 5) }" ] .
        ex:BShape a sh:NodeShape ; sh:targetClass ex:B ;
            sh:sparql [ a sh:SPARQLConstraint ; sh:message "b has q" ;
                sh:select "SELECT $this WHERE { $this <https://example.org/q> ?v }" ] .
    """
    checks = compiled(Graph().parse(data=shapes_ttl, format="turtle"))
    assert checks is not None and checks.reads == {"<https://example.org/p>", "<https://example.org/q>"}
    data = Graph().parse(
        data="""
        @prefix ex: <https://example.org/> .
        ex:a a ex:A ; ex:p 1 . ex:b a ex:B ; ex:q 1 .
        """,
        format="turtle",
    )
    assert checks.violations(data, nt=data.serialize(format="nt")) == ["b has q"]
