"""IRIs that resolve: HTML for browsers, Turtle and JSON-LD by Accept with the right
Content-Type and Vary, the ontology and schemes too, --base in links, traversal refused."""

from __future__ import annotations

import http.client
import json
from pathlib import Path
from urllib.parse import urlparse

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS
from starlette.testclient import TestClient

from diplograph.namespace import DG

pytest_plugins = ["serve_support"]  # fixtures: served_store, client, server

RAMA = "https://w3id.org/diplograph/id/person/edi-rama"


def test_an_iri_answers_html_turtle_and_json_ld_by_accept(client: TestClient) -> None:
    r = client.get("/id/person/edi-rama", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Edi Rama" in r.text and "accept" in r.headers["vary"].lower()
    r = client.get("/id/person/edi-rama", headers={"Accept": "text/turtle"})
    assert r.headers["content-type"].startswith("text/turtle") and "accept" in r.headers["vary"].lower()
    g = Graph().parse(data=r.text, format="turtle")
    assert (URIRef(RAMA), RDFS.label, Literal("Edi Rama")) in g
    r = client.get("/id/person/edi-rama", headers={"Accept": "application/ld+json"})
    assert r.headers["content-type"].startswith("application/ld+json")
    g = Graph().parse(data=r.text, format="json-ld")
    assert (URIRef(RAMA), RDFS.label, Literal("Edi Rama")) in g
    assert client.get("/id/person/edi-rama", headers={"Accept": "image/png"}).status_code == 406


def test_a_fact_brings_its_evidence_and_a_graph_name_its_graph(client: TestClient) -> None:
    r = client.get("/id/graph/tirana-visit", headers={"Accept": "application/n-triples"})
    g = Graph().parse(data=r.text, format="nt")
    act = next(s for s in g.subjects(DG.actType, None))
    r = client.get(act.removeprefix("https://w3id.org/diplograph"), headers={"Accept": "text/turtle"})
    one = Graph().parse(data=r.text, format="turtle")
    exact = [str(o) for o in one.objects(None, URIRef("http://www.w3.org/ns/oa#exact"))]
    assert exact and exact[0].startswith("Edi Rama thanked")


def test_ontology_and_scheme_iris_resolve(client: TestClient) -> None:
    r = client.get("/ontology", headers={"Accept": "text/html"})
    assert r.status_code == 200 and "diplograph ontology" in r.text and 'id="Letter"' in r.text
    r = client.get("/ontology", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.text, format="turtle")
    assert (DG.Letter, RDFS.label, None) in g
    r = client.get("/act/thank", headers={"Accept": "application/ld+json"})
    g = Graph().parse(data=r.text, format="json-ld")
    assert (URIRef("https://w3id.org/diplograph/act/thank"), SKOS.notation, Literal("thank")) in g
    r = client.get("/act/thank", headers={"Accept": "text/html"})
    assert r.status_code == 200 and "Thanking" in r.text
    r = client.get("/dataset", headers={"Accept": "text/turtle"})
    assert "void:triples" in r.text or "rdfs.org/ns/void#triples" in r.text


def test_unknown_iris_are_404(client: TestClient) -> None:
    assert client.get("/id/person/nobody-at-all", headers={"Accept": "text/turtle"}).status_code == 404
    assert client.get("/id/person/nobody-at-all").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/id/../../etc/passwd",
        "/id/%2e%2e/%2e%2e/etc/passwd",
        "/id/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/id/%252e%252e/%252e%252e/etc/passwd",
        "/id/..%5c..%5cetc%5cpasswd",
        "/ontology/../../../etc/passwd",
        "/../../etc/passwd",
    ],
)
def test_path_traversal_is_404(server: str, path: str) -> None:
    where = urlparse(server)
    conn = http.client.HTTPConnection(where.hostname or "", where.port, timeout=10)
    conn.request("GET", path, headers={"Accept": "text/turtle"})  # the path is sent as it is
    r = conn.getresponse()
    body = r.read().decode("utf-8", "replace")
    conn.close()
    assert r.status == 404, (path, body[:200])
    assert "root:" not in body


def test_base_maps_the_dataset_iris_in_links(served_store: Path) -> None:
    from diplograph.serve.app import Settings, create_app

    s = Settings(store=served_store, workers=1, base="https://kg.example.org/dg/")
    with TestClient(create_app(s)) as c:
        page = c.get("/id/person/edi-rama", headers={"Accept": "text/html"}).text
    assert 'href="https://kg.example.org/dg/id/post/prime-minister/al"' in page
    assert 'href="/id/post/' not in page


def test_jsonld_uses_the_shipped_context(client: TestClient) -> None:
    doc = json.loads(client.get("/id/state/AL", headers={"Accept": "application/ld+json"}).text)
    assert doc["@context"]["dg"] == "https://w3id.org/diplograph/ontology#"
