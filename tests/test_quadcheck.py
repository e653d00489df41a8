"""diplograph.quadcheck: the compiled checks on Oxigraph's terms vouch only for graphs that
conform (pySHACL agrees), vouch for real document graphs (or ``load`` would gain nothing), judge
each graph of a batch on its own, and step aside for shapes beyond them. diplograph.judge:
the judging process writes one line per graph, in file order."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH, XSD

from diplograph import judge
from diplograph.namespace import graph_iri
from diplograph.quadcheck import quad_checks
from diplograph.shapes_check import compiled
from diplograph.validate import quad_checks as shipped
from diplograph.validate import reference, shapes

CASES = Path(__file__).parent / "cases"
EXACT = ox.NamedNode("http://www.w3.org/ns/oa#exact")
START = ox.NamedNode("http://www.w3.org/ns/oa#start")
DG_TEXT = URIRef("https://w3id.org/diplograph/ontology#text")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def document(name: str, copy: int = 0) -> list[ox.Quad]:
    """A test case's expected graph in its document's named graph (a copy under another name)."""
    graph = ox.NamedNode(f"{graph_iri(name)}{'-' + str(copy) if copy else ''}")
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in ox.parse(path=str(CASES / f"{name}.ttl"))]


NAMES = sorted(p.stem for p in CASES.glob("*.ttl"))


def conforms(quads: list[ox.Quad]) -> bool:
    g = Graph()
    for q in quads:
        g.add((judge.term(q.subject), judge.term(q.predicate), judge.term(q.object)))
    try:
        return reference(g).conforms
    except RecursionError:  # rdflib's SPARQL on an ill-typed offset: the graph is broken
        return False


def test_the_shipped_shapes_are_within_reach_and_every_real_graph_is_vouched_for() -> None:
    checks = shipped()
    assert checks is not None, "ontology/shapes.ttl uses only what the checks on quads run"
    batch = [document(n) for n in NAMES]
    assert checks.sure(batch) == [True] * len(batch)


def test_each_graph_of_a_batch_is_judged_on_its_own() -> None:
    checks = shipped()
    assert checks is not None
    good = document(NAMES[0])
    words = [
        ox.Quad(q.subject, q.predicate, ox.Literal("words never said"), q.graph_name) if q.predicate == EXACT else q
        for q in document(NAMES[1])
    ]
    twice = (
        document(NAMES[2])
        + [
            ox.Quad(q.subject, q.predicate, ox.Literal("7", datatype=ox.NamedNode(str(XSD.integer))), q.graph_name)
            for q in document(NAMES[2])
            if q.predicate == START
        ][:1]
    )
    same_again = document(NAMES[0], copy=1)
    assert checks.sure([good, words, twice, same_again]) == [True, False, False, True]
    assert not conforms(words) and not conforms(twice)


_BAD = [
    ox.Literal("x", datatype=ox.NamedNode(str(XSD.integer))),
    ox.Literal("-3", datatype=ox.NamedNode(str(XSD.integer))),
    ox.Literal("007", datatype=ox.NamedNode(str(XSD.integer))),
    ox.Literal("2025-13-45", datatype=ox.NamedNode(str(XSD.date))),
    ox.Literal("2025-02-03", datatype=ox.NamedNode(str(XSD.date))),
    ox.Literal("1.5", datatype=ox.NamedNode(str(XSD.decimal))),
    ox.Literal("text", language="en"),
    ox.Literal("spare"),
    ox.NamedNode("https://w3id.org/diplograph/kind/fax"),
    ox.NamedNode("https://example.org/thing"),
    ox.NamedNode("https://w3id.org/diplograph/ontology#Report"),
    ox.BlankNode("b1"),
    ox.Literal("0", datatype=ox.NamedNode(str(XSD.integer))),
    ox.Literal("999999", datatype=ox.NamedNode(str(XSD.integer))),
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    which=st.integers(min_value=0, max_value=len(NAMES) - 1),
    drops=st.lists(st.integers(min_value=0, max_value=10_000), max_size=3),
    adds=st.lists(st.tuples(st.integers(min_value=0, max_value=10_000), st.sampled_from(_BAD)), max_size=3),
    swaps=st.lists(st.tuples(st.integers(min_value=0, max_value=10_000), st.sampled_from(_BAD)), max_size=2),
    retype=st.lists(st.integers(min_value=0, max_value=10_000), max_size=1),
)
def test_it_vouches_only_for_graphs_that_conform(
    which: int, drops: list[int], adds: list[tuple[int, object]], swaps: list[tuple[int, object]], retype: list[int]
) -> None:
    checks = shipped()
    assert checks is not None
    quads = sorted(set(document(NAMES[which])), key=str)
    for i in drops:  # a quad lost
        quads.pop(i % len(quads))
    for i, value in adds:  # a value added beside one the graph has, of any predicate
        q = quads[i % len(quads)]
        quads.append(ox.Quad(q.subject, q.predicate, value, q.graph_name))  # type: ignore[arg-type]
    for i, value in swaps:  # a value in place of one the graph has
        q = quads[i % len(quads)]
        quads[i % len(quads)] = ox.Quad(q.subject, q.predicate, value, q.graph_name)  # type: ignore[arg-type]
    for i in retype:  # a node given another class
        q = quads[i % len(quads)]
        quads.append(
            ox.Quad(
                q.subject, TYPE, ox.NamedNode("https://w3id.org/diplograph/ontology#Characterisation"), q.graph_name
            )
        )
    (sure,) = checks.sure([quads])
    assert not sure or conforms(quads)


def test_it_vouches_for_no_graph_with_any_value_of_any_predicate_broken() -> None:
    """Every predicate of a rich graph, its first value swapped for each of the bad ones."""
    checks = shipped()
    assert checks is not None
    quads = document(max(NAMES, key=lambda n: len(document(n))))
    firsts = {q.predicate: i for i, q in reversed(list(enumerate(quads)))}
    vouched = 0
    for i in firsts.values():
        for value in _BAD:
            q = quads[i]
            broken = [*quads[:i], ox.Quad(q.subject, q.predicate, value, q.graph_name), *quads[i + 1 :]]  # type: ignore[arg-type]
            (sure,) = checks.sure([broken])
            if sure:
                vouched += 1
                assert conforms(broken), (q.predicate, value)
    assert vouched, "some swaps leave a graph that conforms, and it is vouched for"


def _with(extra: list[tuple[object, object, object]]) -> Graph:
    g = Graph()
    g.parse(data=shapes().serialize(format="turtle"), format="turtle")
    for t in extra:
        g.add(t)  # type: ignore[arg-type]
    return g


def test_shapes_beyond_its_reach_leave_every_graph_to_the_gate() -> None:
    report = URIRef("https://w3id.org/diplograph/shapes#ReportShape")
    assert quad_checks(compiled(_with([]))) is not None
    assert quad_checks(compiled(_with([(report, SH.closed, Literal(True))]))) is None
    decimal = _with([])
    text = next(p for p in decimal.objects(report, SH.property) if decimal.value(p, SH.path) == DG_TEXT)
    decimal.set((text, SH.datatype, XSD.decimal))
    assert compiled(decimal) is not None and quad_checks(compiled(decimal)) is None
    optional = _with([])
    constraint = next(iter(optional.objects(report, SH.sparql)))
    select = str(optional.value(constraint, SH.select))
    optional.set(
        (constraint, SH.select, Literal(select.replace("$this dg:text ?text .", "OPTIONAL { $this dg:text ?text }")))
    )
    assert compiled(optional) is not None and quad_checks(compiled(optional)) is None


def test_the_judging_process_answers_each_graph_in_file_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = [
        ox.Quad(q.subject, q.predicate, ox.Literal("words never said"), q.graph_name) if q.predicate == EXACT else q
        for q in document(NAMES[1])
    ]
    graphs = [document(NAMES[0]), words, document(NAMES[2])]
    path = tmp_path / "three.nq"
    path.write_bytes(ox.serialize([q for g in graphs for q in g], format=ox.RdfFormat.N_QUADS) or b"")
    assert judge.main([str(path), "nquads"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["graph"] for line in lines] == [str(g[0].graph_name) for g in graphs]
    assert [line.get("status") for line in lines] == [None, "refused", None]
    assert "evidence text differs" in lines[1]["detail"]
    scattered = tmp_path / "scattered.nq"
    scattered.write_bytes(ox.serialize(graphs[0][:5] + graphs[2] + graphs[0][5:], format=ox.RdfFormat.N_QUADS) or b"")
    assert judge.main([str(scattered), "nquads"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1]) == {"scattered": str(graphs[0][0].graph_name)}
    (tmp_path / "broken.nq").write_bytes(b'<urn:x:a> <urn:x:b> "no end .\n')
    assert judge.main([str(tmp_path / "broken.nq"), "nquads"]) == 2
