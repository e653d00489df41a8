"""Saved questions as a web API: the listing, typed parameters (400 naming the parameter),
answers by Accept, and an OpenAPI 3 description that a validator accepts."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openapi_spec_validator import validate
from starlette.testclient import TestClient

from diplograph.queries import saved_queries

pytest_plugins = ["serve_support"]  # fixtures: served_store, client


def test_listing_has_every_saved_query_with_its_header(client: TestClient) -> None:
    listed = {q["name"]: q for q in client.get("/api/queries").json()}
    assert set(listed) == set(saved_queries())
    rel = listed["relationship"]
    assert rel["summary"].startswith("How is the relationship")
    assert {p["name"]: p["type"] for p in rel["parameters"]} == {"state1": "string", "state2": "string"}
    assert listed["evidence"]["scope"] == "document"
    assert "optional" in str(listed["evidence"]["parameters"])


def test_running_a_query_with_bound_parameters(client: TestClient) -> None:
    r = client.get("/api/queries/relationship", params={"state1": "albania", "state2": "Greece"})
    assert r.status_code == 200, r.text
    rows = r.json()
    assert [row["characterization"] for row in rows] == ["strategic partnership"]
    assert "_state1" not in rows[0]
    r = client.get("/api/queries/communications", headers={"Accept": "text/csv"})
    assert r.headers["content-type"].startswith("text/csv")
    got = list(csv.DictReader(io.StringIO(r.text)))
    assert {row["document"] for row in got} == {"sample-ashgabat-letter", "sample-bishkek-call", "tirana-visit"}
    r = client.get("/api/queries/evidence", params={"document": "tirana-visit", "act": "thank"})
    assert [row["act"] for row in r.json()] == ["thank"]


def test_unknown_missing_and_ill_typed_parameters_are_400_naming_them(client: TestClient) -> None:
    r = client.get("/api/queries/relationship", params={"state1": "Albania", "state2": "Greece", "colour": "red"})
    assert r.status_code == 400 and "'colour'" in r.json()["error"]
    r = client.get("/api/queries/relationship", params={"state1": "Albania"})
    assert r.status_code == 400 and "'state2'" in r.json()["error"]
    r = client.get("/api/queries/relationship", params=[("state1", "A"), ("state1", "B"), ("state2", "C")])
    assert r.status_code == 400 and "'state1'" in r.json()["error"]
    typed = [(q, p) for q in saved_queries().values() for p in q.params if p.type in ("xsd_date", "xsd_integer", "iri")]
    assert typed
    for q, p in typed:
        values = {o.name: "x" for o in q.params if not o.optional}
        values[p.name] = "not a value of its type"
        r = client.get(f"/api/queries/{q.name}", params=values)
        assert r.status_code == 400 and f"'{p.name}'" in r.json()["error"], (q.name, r.text)
    assert client.get("/api/queries/nothing-of-the-kind").status_code == 404
    assert client.get("/api/queries/communications", headers={"Accept": "image/png"}).status_code == 406


def test_openapi_description_is_valid_and_generated_from_the_headers(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    validate(spec)
    assert spec["openapi"].startswith("3.")
    for q in saved_queries().values():
        op = spec["paths"][f"/api/queries/{q.name}"]["get"]
        assert op["summary"] == q.summary
        assert {p["name"]: p["required"] for p in op["parameters"]} == {p.name: not p.optional for p in q.params}
    on = {p["name"]: p["schema"] for p in spec["paths"]["/api/queries/post-holders"]["get"]["parameters"]}
    assert on["on"] == {"type": "string", "format": "date"}
    r = client.get("/api/queries/post-holders", params={"post": "President", "of": "Kyrgyzstan", "on": "2025-01-01"})
    assert r.status_code == 200 and r.json()[0]["person"] == "Sadyr Japarov"


CASES = {
    "thanks-and-congratulations": [
        {"agent": "Edi Rama"},
        {"agent": "edi rama", "addressee": "Giorgos Gerapetritis"},
        {"agent": "SADYR JAPAROV"},
        {"agent": "nobody of that name"},
    ],
    "relationship": [
        {"state1": "albania", "state2": "Greece"},
        {"state1": "Turkmenistan", "state2": "UZBEKISTAN"},
        {"state1": "Greece", "state2": "Nowhere"},
    ],
    "post-holders": [
        {"post": "President", "of": "kyrgyzstan", "on": "2025-01-01"},
        {"post": "prime minister", "of": "Albania", "on": "2026-01-01"},
        {"post": "President", "of": "Atlantis", "on": "2026-01-01"},
    ],
    "initiatives-of-state": [{"state": "Turkmenistan"}, {"state": "albania"}, {"state": "Kyrgyzstan"}],
    "contact-timeline": [
        {"state1": "Greece", "state2": "albania"},
        {"state1": "KYRGYZSTAN", "state2": "Tajikistan"},
        {"state1": "Albania", "state2": "Nowhere"},
    ],
}


def test_queries_started_from_labelled_nodes_answer_as_before(client: TestClient, served_store: Path) -> None:
    from diplograph.queries import bind, get, run
    from diplograph.store import reading

    assert set(CASES) == {q.name for q in saved_queries().values() if q.start}
    found = 0
    with reading(served_store) as store:
        for name, runs in CASES.items():
            q = get(name)
            for values in runs:
                header, plain = run(store, q.text, substitutions=bind(q, values))
                served = client.get(f"/api/queries/{name}", params=values).json()
                assert sorted(plain) == sorted([row[h] for h in header] for row in served), (name, values)
                found += len(plain)
    assert found >= 5


def test_start_header_puts_the_candidates_at_the_head_of_the_graph_block(tmp_path: Path) -> None:
    from diplograph.errors import BadInput
    from diplograph.queries import anchored, get, parse_query_file

    q = get("relationship")
    text = anchored(q, {"state1": "Albania", "state2": "Greece"}, lambda label: {f"urn:x:{label}"})
    graph = text.split("GRAPH ?g {", 1)[1]
    assert graph.startswith("\n    VALUES (?p1 ?p2) { (<urn:x:Albania> <urn:x:Greece>) }\n    ?c a dg:Characterisation")
    assert anchored(q, {"state1": "Albania"}, lambda label: {"urn:x"}) == q.text  # not all given: unchanged
    bad = tmp_path / "bad.rq"
    bad.write_text("#+ summary: s\n#+ start: {nothing: [x]}\nSELECT ?_x WHERE { GRAPH ?g { ?s ?p ?_x } }\n")
    with pytest.raises(BadInput, match="start"):
        parse_query_file(bad)


def test_the_command_line_starts_from_labelled_nodes_too(served_store: Path) -> None:
    from diplograph.queries import anchored, bind, get, labelled, run
    from diplograph.store import reading

    with reading(served_store) as store:
        named = labelled(store, ["ALBANIA", "Greece", "nowhere at all"])
        assert named("ALBANIA") == {"https://w3id.org/diplograph/id/state/AL"}
        assert named("nowhere at all") == set()
        for name, runs in CASES.items():
            q = get(name)
            for values in runs:
                text = anchored(q, values, labelled(store, values.values()))
                assert "VALUES" in text
                _, plain = run(store, q.text, substitutions=bind(q, values))
                _, started = run(store, text, substitutions=bind(q, values))
                assert sorted(plain) == sorted(started), (name, values)
