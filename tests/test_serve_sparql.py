"""The SPARQL 1.1 Protocol at /sparql: SPARQLWrapper against the real server for every
format, and the protocol's edges (dataset, updates, limits, negotiation) through the app."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from SPARQLWrapper import CSV, JSON, JSONLD, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from starlette.testclient import TestClient

from diplograph.namespace import graph_iri

pytest_plugins = ["serve_support"]  # fixtures: served_store, client, server

COMMS = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
SELECT ?id ?sender WHERE { GRAPH ?g { ?c a dg:Communication ; schema:sender ?s .
  ?s rdfs:label ?sender . ?r dg:documentId ?id } } ORDER BY ?id"""
SENDERS = {"Shavkat Mirziyoyev", "Sadyr Japarov", "Edi Rama"}
PEOPLE = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a dg:Person ; rdfs:label ?l }"""
RAMA = URIRef("https://w3id.org/diplograph/id/person/edi-rama")
RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")


def wrapper(url: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    w = SPARQLWrapper(url + "/sparql")
    w.setQuery(query)
    w.setReturnFormat(fmt)
    w.setMethod(method)
    return w


@pytest.mark.parametrize("method", ["GET", POST])
def test_select_json_and_xml_through_sparqlwrapper(server: str, method: str) -> None:
    rows = wrapper(server, COMMS, JSON, method).queryAndConvert()
    assert {b["sender"]["value"] for b in rows["results"]["bindings"]} == SENDERS  # type: ignore[index]
    doc = wrapper(server, COMMS, XML, method).queryAndConvert()
    values = {e.firstChild.data for e in doc.getElementsByTagName("literal")}  # type: ignore[union-attr]
    assert SENDERS <= values


def test_select_csv_and_tsv_through_sparqlwrapper(server: str) -> None:
    text = wrapper(server, COMMS, CSV).queryAndConvert()
    rows = list(csv.DictReader(io.StringIO(text.decode() if isinstance(text, bytes) else str(text))))
    assert {r["sender"] for r in rows} == SENDERS
    text = wrapper(server, COMMS, TSV).queryAndConvert()
    lines = (text.decode() if isinstance(text, bytes) else str(text)).splitlines()
    assert lines[0] == "?id\t?sender"
    assert any(line.endswith('"Edi Rama"') for line in lines[1:])


def test_ask_through_sparqlwrapper(server: str) -> None:
    ask = 'ASK { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> "Edi Rama" } }'
    assert wrapper(server, ask, JSON).queryAndConvert()["boolean"] is True  # type: ignore[index]


@pytest.mark.parametrize("fmt", [TURTLE, RDFXML, JSONLD])
def test_construct_every_graph_format_through_sparqlwrapper(server: str, fmt: str) -> None:
    g = wrapper(server, PEOPLE, fmt).queryAndConvert()
    if isinstance(g, bytes):  # SPARQLWrapper hands Turtle over as text
        g = Graph().parse(data=g.decode(), format="turtle")
    assert isinstance(g, Graph)
    assert (RAMA, RDFS_LABEL, None) in g


def test_construct_as_ntriples(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": PEOPLE}, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/n-triples")
    assert f'<{RAMA}> <{RDFS_LABEL}> "Edi Rama" .' in r.text
    assert "accept" in r.headers["vary"].lower()


def test_direct_post_and_dataset_parameters(client: TestClient) -> None:
    q = "SELECT ?id WHERE { GRAPH ?g { ?r <https://w3id.org/diplograph/ontology#documentId> ?id } }"
    only = str(graph_iri("tirana-visit"))
    r = client.post(
        "/sparql",
        params={"named-graph-uri": only},
        content=q,
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    assert r.status_code == 200, r.text
    assert [b["id"]["value"] for b in r.json()["results"]["bindings"]] == ["tirana-visit"]
    q2 = "SELECT ?id WHERE { ?r <https://w3id.org/diplograph/ontology#documentId> ?id }"
    r = client.post("/sparql", data={"query": q2, "default-graph-uri": only}, headers={"Accept": "text/csv"})
    assert r.text.splitlines() == ["id", "tirana-visit"]


UPDATE = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }"


def count(client: TestClient) -> int:
    r = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def test_updates_are_refused_in_every_form(client: TestClient, served_store: Path) -> None:
    before = count(client)
    answers = [
        client.post("/sparql", data={"update": UPDATE}),
        client.get("/sparql", params={"update": UPDATE}),
        client.post("/sparql", content=UPDATE, headers={"Content-Type": "application/sparql-update"}),
        client.post("/sparql", content=UPDATE, headers={"Content-Type": "application/sparql-query"}),
        client.get("/sparql", params={"query": "PREFIX x: <urn:x#>\n# a comment\n" + UPDATE}),
        client.post("/sparql", data={"query": "DROP ALL"}),
    ]
    for r in answers:
        assert r.status_code == 403, r.text
        assert "read-only" in r.text
    assert count(client) == before


def test_malformed_oversized_and_missing_queries_are_400(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400 and "error" in r.text.lower()
    assert client.get("/sparql").status_code == 400
    assert client.get("/sparql", params=[("query", "ASK {}"), ("query", "ASK {}")]).status_code == 400
    big = "ASK {} #" + "x" * 70_000
    assert client.post("/sparql", data={"query": big}).status_code == 400
    assert client.post("/sparql", content=big, headers={"Content-Type": "application/sparql-query"}).status_code == 400
    r = client.get("/sparql", params={"query": "ASK {}", "named-graph-uri": "not an iri"})
    assert r.status_code == 400
    r = client.post("/sparql", content="ASK {}", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415


def test_unservable_accept_is_406(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert r.status_code == 406
    r = client.get("/sparql", params={"query": PEOPLE}, headers={"Accept": "text/csv"})
    assert r.status_code == 406
    r = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/html,*/*;q=0.1"})
    assert r.status_code == 200 and r.json() == {"head": {}, "boolean": True}


def test_result_size_limit(served_store: Path) -> None:
    from diplograph.serve.app import Settings, create_app

    with TestClient(create_app(Settings(store=served_store, max_result=2000, workers=1))) as small:
        r = small.get("/sparql", params={"query": "SELECT * { GRAPH ?g { ?s ?p ?o } }"})
        assert r.status_code == 400 and "larger than 2000 bytes" in r.text
        assert small.get("/sparql", params={"query": "ASK {}"}).status_code == 200


SLOW = "SELECT (COUNT(*) AS ?n) { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } }"


def test_a_query_past_the_time_limit_is_503_and_frees_the_worker(served_store: Path) -> None:
    import time

    from diplograph.serve.app import Settings, create_app

    with TestClient(create_app(Settings(store=served_store, timeout=1.5, workers=1))) as slow:
        started = time.monotonic()
        r = slow.get("/sparql", params={"query": SLOW})
        assert r.status_code == 503 and "time limit" in r.text
        assert time.monotonic() - started < 10
        r = slow.get("/sparql", params={"query": "ASK {}"})  # the only worker was replaced
        assert r.status_code == 200 and r.json()["boolean"] is True


def test_cors_only_when_asked(served_store: Path, client: TestClient) -> None:
    from diplograph.serve.app import Settings, create_app

    headers = {"Origin": "https://yasgui.example"}
    r = client.get("/sparql", params={"query": "ASK {}"}, headers=headers)
    assert "access-control-allow-origin" not in r.headers
    with TestClient(create_app(Settings(store=served_store, cors=("https://yasgui.example",), workers=1))) as c:
        r = c.get("/sparql", params={"query": "ASK {}"}, headers=headers)
        assert r.headers["access-control-allow-origin"] == "https://yasgui.example"


def test_new_documents_appear_without_a_restart(tmp_path: Path) -> None:
    from diplograph.cli import main
    from diplograph.serve.app import Settings, create_app

    location = tmp_path / "store"
    sample = Path(__file__).parent / "serve" / "tirana-visit.txt"
    assert main(["--store", str(location), "ingest", str(Path(__file__).parent.parent / "diplograph/samples")]) == 0
    q = {"query": "SELECT ?id { GRAPH ?g { ?r <https://w3id.org/diplograph/ontology#documentId> ?id } }"}
    with TestClient(create_app(Settings(store=location, workers=1))) as c:
        before = {b["id"]["value"] for b in c.get("/sparql", params=q).json()["results"]["bindings"]}
        assert "tirana-visit" not in before and "tirana-visit" not in c.get("/").text
        assert main(["--store", str(location), "ingest", str(sample)]) == 0
        after = {b["id"]["value"] for b in c.get("/sparql", params=q).json()["results"]["bindings"]}
        assert after == before | {"tirana-visit"}
        assert "tirana-visit" in c.get("/").text  # the figures and lists kept per snapshot are renewed


def test_cli_refuses_a_missing_store_and_warns_on_a_public_bind(tmp_path: Path) -> None:
    import argparse

    from diplograph.errors import BadInput
    from diplograph.serve.app import is_loopback, main, parse_bind

    args = argparse.Namespace(bind="127.0.0.1:1", timeout=30.0, workers=1, cors=[], base=None)
    with pytest.raises(BadInput, match="no store"):
        main(args, tmp_path / "nothing")
    with pytest.raises(BadInput, match="HOST:PORT"):
        parse_bind("8080")
    assert parse_bind("[::1]:8080") == ("::1", 8080)
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.1")


def test_application_xml_is_rdf_xml_for_graphs_and_results_xml_for_solutions(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": PEOPLE}, headers={"Accept": "application/xml"})
    assert r.headers["content-type"].startswith("application/rdf+xml")
    assert (URIRef(RAMA), RDFS_LABEL, None) in Graph().parse(data=r.text, format="xml")
    r = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "application/xml"})
    assert r.headers["content-type"].startswith("application/sparql-results+xml") and "<boolean>true" in r.text


def test_json_results_are_sparql_json(client: TestClient) -> None:
    r = client.get("/sparql", params={"query": COMMS}, headers={"Accept": "application/json"})
    assert r.headers["content-type"].startswith("application/sparql-results+json")
    assert json.loads(r.text)["head"]["vars"] == ["id", "sender"]


def test_reads_go_on_while_a_writer_holds_the_store(tmp_path: Path) -> None:
    import time

    from diplograph.cli import main
    from diplograph.serve.app import Settings, create_app
    from diplograph.store import opened

    location = tmp_path / "store"
    assert main(["--store", str(location), "ingest", str(Path(__file__).parent / "serve")]) == 0
    q = {"query": "SELECT ?id { GRAPH ?g { ?r <https://w3id.org/diplograph/ontology#documentId> ?id } }"}
    with TestClient(create_app(Settings(store=location, workers=1, timeout=20))) as c:
        assert c.get("/sparql", params=q).status_code == 200  # the reader is up
        with opened(location, wait=0):
            started = time.monotonic()
            r = c.get("/sparql", params=q)
            assert r.status_code == 200 and "tirana-visit" in r.text
            assert time.monotonic() - started < 4


def test_a_slow_query_does_not_hold_up_pages(served_store: Path) -> None:
    import threading
    import time

    from diplograph.serve.app import Settings, create_app

    with TestClient(create_app(Settings(store=served_store, timeout=4, workers=1))) as c:
        assert c.get("/id/state/AL", headers={"Accept": "text/turtle"}).status_code == 200  # the page reader is up
        slow: list[int] = []
        t = threading.Thread(target=lambda: slow.append(c.get("/sparql", params={"query": SLOW}).status_code))
        t.start()
        time.sleep(0.5)  # the only query reader is busy now
        started = time.monotonic()
        assert c.get("/id/state/AL", headers={"Accept": "text/turtle"}).status_code == 200
        assert c.get("/", headers={"Accept": "text/html"}).status_code == 200
        assert time.monotonic() - started < 3
        t.join()
        assert slow == [503]


def test_a_bind_other_machines_can_reach_warns(
    served_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    import uvicorn

    from diplograph.serve.app import main

    ran: list[tuple[str, int]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: ran.append((host, port)))
    args = argparse.Namespace(bind="0.0.0.0:8099", timeout=30.0, workers=1, cors=[], base=None)
    assert main(args, served_store) == 0
    assert ran == [("0.0.0.0", 8099)] and "warning" in capsys.readouterr().err
    args.bind = "127.0.0.1:8099"
    assert main(args, served_store) == 0
    assert "warning" not in capsys.readouterr().err
