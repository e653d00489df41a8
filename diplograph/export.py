"""The store as standard linked data."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from enum import Enum
from functools import cache
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph

from diplograph.errors import BadInput
from diplograph.namespace import ONTOLOGY_GRAPH, graph_iri
from diplograph.resources import data_dir


class Format(Enum):
    """Export formats: name on the command line -> Oxigraph format."""

    turtle = ox.RdfFormat.TURTLE
    trig = ox.RdfFormat.TRIG
    nquads = ox.RdfFormat.N_QUADS
    ntriples = ox.RdfFormat.N_TRIPLES
    jsonld = ox.RdfFormat.JSON_LD
    xml = ox.RdfFormat.RDF_XML


PREFIXES = {
    "dg": "https://w3id.org/diplograph/ontology#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "org": "http://www.w3.org/ns/org#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def graphs(store: ox.Store, *, document: str | None, with_ontology: bool) -> list[ox.NamedNode]:
    onto = ox.NamedNode(str(ONTOLOGY_GRAPH))
    if document is not None:
        g = ox.NamedNode(str(graph_iri(document)))
        if not store.contains_named_graph(g):
            raise BadInput(f"no document {document!r} in the store")
        chosen = [g]
    else:
        chosen = sorted(
            (g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g != onto), key=lambda n: n.value
        )
    return chosen + ([onto] if with_ontology else [])


def export(
    store: ox.Store,
    fmt: Format,
    *,
    document: str | None = None,
    with_ontology: bool = False,
    output: BinaryIO | None = None,
) -> bytes:
    """Serialise the chosen graphs, streamed to ``output`` (or returned when it is None).
    Dataset formats keep the named graphs; Turtle, N-Triples and RDF/XML get the union of
    their triples (a triple stated by two documents may be written twice: same graph).
    JSON-LD is compacted with the shipped context, one named graph at a time."""
    chosen = graphs(store, document=document, with_ontology=with_ontology)
    if fmt is Format.jsonld:
        if output is None:
            buffer = io.BytesIO()
            _jsonld_stream(store, chosen, buffer)
            return buffer.getvalue()
        _jsonld_stream(store, chosen, output)
        return b""
    quads = (q for g in chosen for q in store.quads_for_pattern(None, None, None, g))
    if fmt.value.supports_datasets:
        prefixes = PREFIXES if fmt is Format.trig else None
        return ox.serialize(quads, output, format=fmt.value, prefixes=prefixes) or b""
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
    prefixes = PREFIXES if fmt in (Format.turtle, Format.xml) else None
    return ox.serialize(triples, output, format=fmt.value, prefixes=prefixes) or b""


def constructed(store: ox.Store, query: str, fmt: Format) -> bytes:
    """The triples a CONSTRUCT query builds, in a triple format (a dataset format gets them
    as its default graph)."""
    try:
        result = store.query(query)
    except SyntaxError as exc:
        raise BadInput(f"construct query: SPARQL syntax error: {str(exc).splitlines()[0]}") from None
    if not isinstance(result, ox.QueryTriples):
        raise BadInput("a construct-*.rq query must be a CONSTRUCT")
    triples = list(result)
    if fmt is Format.jsonld:
        document = {"@context": context()["@context"], "@graph": _compacted(triples)}
        return json.dumps(document, indent=1, ensure_ascii=False).encode("utf-8")
    prefixes = PREFIXES if fmt in (Format.turtle, Format.xml, Format.trig) else None
    if fmt.value.supports_datasets:
        return (
            ox.serialize(
                (ox.Quad(t.subject, t.predicate, t.object) for t in triples), format=fmt.value, prefixes=prefixes
            )
            or b""
        )
    return ox.serialize(triples, format=fmt.value, prefixes=prefixes) or b""


@cache
def context() -> dict[str, object]:
    """The JSON-LD context shipped with the package (read once; callers do not change it)."""
    data: dict[str, object] = json.loads((data_dir("ontology") / "context.jsonld").read_text(encoding="utf-8"))
    return data


def _jsonld_stream(store: ox.Store, chosen: list[ox.NamedNode], output: BinaryIO) -> None:
    """One JSON-LD document: the shipped context, then each named graph compacted on its own
    and written as it is done, so memory holds one graph at a time whatever the store's size."""
    ctx = context()["@context"]
    output.write(b'{"@context": ' + json.dumps(ctx, indent=1).encode() + b',\n"@graph": [')
    for i, name in enumerate(chosen):
        triples = (ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, name))
        item = json.dumps({"@id": name.value, "@graph": _compacted(triples)}, indent=1, ensure_ascii=False)
        output.write((b",\n" if i else b"\n") + item.encode("utf-8"))
    output.write(b"\n]}\n")


def _compacted(triples: Iterable[ox.Triple]) -> list[dict[str, object]]:
    """The node objects of some triples, compacted with the shipped context (which the
    caller writes once)."""
    g = Graph()
    g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", format="nt")
    compacted = json.loads(g.serialize(format="json-ld", context=context()["@context"], auto_compact=True))
    compacted.pop("@context", None)
    nodes: list[dict[str, object]] = compacted.pop("@graph", None) or ([compacted] if compacted else [])
    return nodes
