"""Export in every format parses back to the same graph."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from tests.test_cli import GOOD

SECOND = (
    "President of Uzbekistan Shavkat Mirziyoyev had a telephone conversation with President of Kazakhstan "
    "Kassym-Jomart Tokayev. The leaders noted the allied relations between the two countries.\n"
)


@pytest.fixture
def two_docs(cli: Any, tmp_path: Path) -> Any:
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "two.txt").write_text(SECOND, encoding="utf-8")
    assert cli("ingest", str(tmp_path / "one.txt"), str(tmp_path / "two.txt")).code == 0
    return cli


def store_union(cli: Any) -> Graph:
    r = cli("export", "--format", "nquads")
    ds = Dataset()
    ds.parse(data=r.out, format="nquads")
    g = Graph()
    for s, p, o, _ in ds.quads():
        g.add((s, p, o))
    return g


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"),
    [
        ("turtle", "turtle"),
        ("ntriples", "nt"),
        ("xml", "xml"),
        ("trig", "trig"),
        ("nquads", "nquads"),
        ("jsonld", "json-ld"),
    ],
)
def test_round_trip(two_docs: Any, fmt: str, rdflib_format: str) -> None:
    expected = store_union(two_docs)
    assert len(expected) > 100
    out = two_docs("export", "--format", fmt).out
    if rdflib_format in ("trig", "nquads", "json-ld"):
        ds = Dataset()
        ds.parse(data=out, format=rdflib_format)
        graphs = {str(c.identifier) for c in ds.graphs() if len(c)}
        assert len(graphs) == 2
        got = Graph()
        for s, p, o, _ in ds.quads():
            got.add((s, p, o))
    else:
        got = Graph().parse(data=out, format=rdflib_format)
    assert isomorphic(got, expected)


def test_oxigraph_reads_what_rdflib_wrote(two_docs: Any) -> None:
    expected = store_union(two_docs)
    data = expected.serialize(format="turtle").encode()
    triples = list(ox.parse(io.BytesIO(data), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(expected)


def test_one_document_and_ontology(two_docs: Any, tmp_path: Path) -> None:
    out = tmp_path / "one.ttl"
    assert two_docs("export", "--document", "one", "-o", str(out)).code == 0
    g = Graph().parse(out)
    ids = {str(o) for o in g.objects(None, URIRef("https://w3id.org/diplograph/ontology#documentId"))}
    assert ids == {"one"}
    with_onto = two_docs("export", "--document", "one", "--with-ontology", "--format", "nquads").out
    assert "https://w3id.org/diplograph/graph/ontology" in with_onto
    missing = two_docs("export", "--document", "nope")
    assert missing.code == 2 and "no document 'nope'" in missing.err


def test_jsonld_uses_shipped_context(two_docs: Any) -> None:
    out = two_docs("export", "--format", "jsonld", "--document", "two").out
    assert '"sender"' in out and '"@context"' in out


@pytest.mark.parametrize(("fmt", "syntax"), [("turtle", "turtle"), ("ntriples", "ntriples"), ("xml", "rdfxml")])
def test_rapper_reads_the_export(two_docs: Any, tmp_path: Path, fmt: str, syntax: str) -> None:
    """An independent parser (Debian's rapper, from raptor2-utils) reads what we export."""
    import os
    import shutil
    import subprocess

    if shutil.which("rapper") is None:
        reason = "rapper (raptor2-utils) is not installed; .ci/run installs it"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    path = tmp_path / f"export.{fmt}"
    assert two_docs("export", "--format", fmt, "-o", str(path)).code == 0
    nt = subprocess.run(
        ["rapper", "-q", "-i", syntax, "-o", "ntriples", str(path), "http://base.invalid/"],
        capture_output=True,
        check=True,
    ).stdout
    assert isomorphic(Graph().parse(data=nt.decode("utf-8"), format="nt"), store_union(two_docs))


def test_construct_export(two_docs: Any) -> None:
    out = two_docs("export", "--construct", "relations", "--format", "turtle")
    assert out.code == 0, out.err
    g = Graph().parse(data=out.out, format="turtle")
    dg = "https://w3id.org/diplograph/ontology#"
    assert {str(o) for o in g.objects(None, URIRef(dg + "phrase"))} == {"allied relations"}
    assert two_docs("export", "--construct", "nothing").code == 2
    nt = two_docs("export", "--construct", "relations", "--format", "nquads").out
    assert isomorphic(Dataset().parse(data=nt, format="nquads").default_graph, g)
