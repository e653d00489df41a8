"""IRIs that resolve: a path on this server stands for the dataset IRI with the same path
under ``https://w3id.org/diplograph/``. Browsers get HTML; Turtle, JSON-LD, N-Triples and
RDF/XML come by ``Accept``, always with ``Vary: Accept``. Nothing here reads files named by
the path: a path that is not an IRI the store knows is a 404."""

from __future__ import annotations

import json
import re
from functools import cache
from urllib.parse import unquote

import pyoxigraph as ox
from rdflib import Graph
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from diplograph.export import PREFIXES, _compacted, context
from diplograph.namespace import BASE, ONTOLOGY_GRAPH
from diplograph.resources import data_dir
from diplograph.serve import negotiate

HTML = "text/html"
RDF = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
OFFERS = [HTML, *RDF]
_SAFE = re.compile(r"^[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$")
_EVIDENCE = ox.NamedNode(BASE + "ontology#evidence")
_SELECTOR = ox.NamedNode("http://www.w3.org/ns/oa#hasSelector")


def iri_of(path: str) -> str:
    """The dataset IRI a request path stands for; 404 for anything that could step outside
    (``..`` or ``.`` segments, in any encoding, backslashes, control characters)."""
    decoded = path
    for _ in range(3):  # %252e%252e and the like
        decoded = unquote(decoded)
    segments = decoded.split("/")
    if any(s in (".", "..") for s in segments) or "\\" in decoded or not _SAFE.match(path):
        raise HTTPException(404, "not found")
    if any(ord(ch) < 32 or ch in '<>"{}|^`' or ch.isspace() for ch in decoded):
        raise HTTPException(404, "not found")
    return BASE + path.lstrip("/")


def triples(store: ox.Store, iri: str) -> list[ox.Triple]:
    """What is said about ``iri``: its own statements, the evidence they point to and that
    evidence's selector; for a document graph's name, the graph itself."""
    node = ox.NamedNode(iri)
    if store.contains_named_graph(node):
        return list(
            {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, node)}
        )
    seen: dict[ox.Triple, None] = {}
    todo = [node]
    while todo:
        subject = todo.pop()
        for q in store.quads_for_pattern(subject, None, None, None):
            t = ox.Triple(q.subject, q.predicate, q.object)
            if t not in seen:
                seen[t] = None
                if q.predicate in (_EVIDENCE, _SELECTOR) and isinstance(q.object, ox.NamedNode):
                    todo.append(q.object)
    return list(seen)


def serialise(found: list[ox.Triple], media: str) -> bytes:
    if RDF[media] is ox.RdfFormat.JSON_LD:  # compacted with the shipped context
        document = {"@context": context()["@context"], "@graph": _compacted(found)}
        return json.dumps(document, indent=1, ensure_ascii=False).encode("utf-8")
    fmt = RDF[media]
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(found, format=fmt, prefixes=prefixes) or b""


def rdf(store: ox.Store, iri: str, media: str) -> bytes | None:
    """``iri`` described in ``media``, or None when the store says nothing about it."""
    found = triples(store, iri)
    return serialise(found, media) if found else None


@cache
def ontology() -> tuple[Graph, list[ox.Triple]]:
    """The ontology and its schemes, as shipped (read once)."""
    from diplograph.namespace import DG

    g = Graph()
    root = data_dir("ontology")
    for ttl in [root / "diplograph.ttl", *sorted((root / "schemes").glob("*.ttl"))]:
        g.parse(ttl, format="turtle")
    g.bind("dg", DG._NS)
    nt = g.serialize(format="nt", encoding="utf-8")
    return g, [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]


def _media(request: Request) -> str:
    media = negotiate.best(request.headers.get("accept"), OFFERS)
    if media is None:
        raise HTTPException(406, f"this resource comes as {', '.join(OFFERS)}")
    return media


async def ontology_page(request: Request) -> Response:
    """``/ontology``: the documentation page, or the ontology and schemes as RDF."""
    from diplograph.docs import render

    media = _media(request)
    g, found = ontology()
    if media == HTML:
        return HTMLResponse(render(g), headers={"Vary": "Accept"})
    return Response(serialise(found, media), media_type=media, headers={"Vary": "Accept"})


async def resource(request: Request) -> Response:
    """Any other dataset IRI: a report, person, state, communication, act, post, concept ..."""
    from diplograph.serve.app import workers
    from diplograph.serve.pages import resource_page

    iri = iri_of(request.url.path)
    if iri == str(ONTOLOGY_GRAPH):
        raise HTTPException(404, "not found")
    media = _media(request)
    if media == HTML:
        return await resource_page(request, iri)
    data = await workers(request).call(rdf, iri, media)
    if data is None:
        raise HTTPException(404, f"nothing is known about {iri}")
    return Response(data, media_type=media, headers={"Vary": "Accept"})


def void(store: ox.Store) -> list[ox.Triple]:
    """The VoID and DCAT description of the stored dataset."""
    from diplograph.describe import describe

    nt = describe(store, endpoint=None).serialize(format="nt", encoding="utf-8")
    return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]


async def dataset(request: Request) -> Response:
    """``/dataset``: the VoID description, as RDF or (for browsers) Turtle in a page."""
    from diplograph.serve.app import workers
    from diplograph.serve.pages import page

    media = _media(request)
    found = await workers(request).call(void, cache=True)
    if media == HTML:
        text = serialise(found, "text/turtle").decode("utf-8")
        return page(request, "dataset.html", title="The dataset", turtle=text)
    return Response(serialise(found, media), media_type=media, headers={"Vary": "Accept"})
