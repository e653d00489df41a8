"""diplograph.triples: a document graph as its triples writes the N-Triples rdflib writes for
the same graph (in another order), gives the same graph, and answers the compiled shapes'
lookups as the graph does."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

from diplograph.graph import mapped
from diplograph.read.extract import extract
from diplograph.read.text import parse_report
from diplograph.triples import Triples

CASES = sorted((Path(__file__).parent / "cases").glob("*.txt"))
WHEN = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("path", CASES[:6], ids=lambda p: p.stem)
def test_a_document_as_triples_is_the_graph_rdflib_writes(path: Path) -> None:
    triples = mapped(extract(parse_report(path.stem, path.read_text(encoding="utf-8"))), version="t", when=WHEN)
    g = triples.graph()
    assert len(g) == len(triples) > 50
    assert sorted(triples.nt().splitlines()) == sorted(g.serialize(format="nt").splitlines())  # byte for byte
    assert isomorphic(Graph().parse(data=triples.nt(), format="nt"), g)
    assert dict(g.namespaces())["dg"] == URIRef("https://w3id.org/diplograph/ontology#")
    for p in (RDF.type, RDFS.label):
        assert sorted(triples.subject_objects(p), key=str) == sorted(g.subject_objects(p), key=str)
    for s, p, _ in list(triples)[:40]:
        assert sorted(triples.objects(s, p), key=str) == sorted(g.objects(s, p), key=str)


def test_each_triple_once_in_the_order_added_and_lookups_follow_additions() -> None:
    a, b = URIRef("https://example.org/a"), URIRef("https://example.org/b")
    t = Triples()
    t.add((b, RDFS.label, Literal('say "hi"\nthen go')))
    t.add((a, RDF.type, b))
    assert list(t.objects(a, RDF.type)) == [b]
    t.add((b, RDFS.label, Literal('say "hi"\nthen go')))  # again: kept once
    t.add((a, RDF.type, a))  # after a lookup: the next one sees it
    assert len(t) == 3 and (a, RDF.type, a) in t and (b, RDF.type, a) not in t
    assert sorted(t.objects(a, RDF.type), key=str) == [a, b]
    assert list(t.subject_objects(RDFS.label)) == [(b, Literal('say "hi"\nthen go'))]
    assert t.nt().splitlines() == [
        '<https://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> "say \\"hi\\"\\nthen go" .',
        "<https://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.org/b> .",
        "<https://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.org/a> .",
    ]
