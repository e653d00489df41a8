"""Push to real SPARQL 1.1 stores started by .ci/run on 127.0.0.1 (the Oxigraph server and
Virtuoso Open Source 7) and run the saved queries there: the rows must equal the embedded
store's. Where no server is configured the tests skip, saying so; under CI they fail."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from diplograph.cli import main
from tests.conftest import CORPUS, SEED, Result, need

CONTRACT = ["communications", "speech-acts", "posts", "relations", "initiatives", "quotes"]
SERVERS = {
    # name: (environment variable, query path, push options)
    "oxigraph": ("DIPLOGRAPH_TEST_OXIGRAPH", "/query", ["--graph-store", "{base}/store"]),
    "virtuoso": (
        "DIPLOGRAPH_TEST_VIRTUOSO",
        "/sparql",
        ["--update-endpoint", "{base}/sparql-auth", "--auth", "dba:dba", "--digest"],
    ),
}


def server(name: str) -> str:
    var = SERVERS[name][0]
    base = os.environ.get(var)
    if not base:
        reason = f"{var} is not set: no {name} server to test against (.ci/run starts one)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return base.rstrip("/")


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Result]:
    import io
    from contextlib import redirect_stderr, redirect_stdout

    store = tmp_path_factory.mktemp("remote") / "store"

    def run(*args: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--store", str(store), *args])
        return Result(code, out.getvalue(), err.getvalue())

    assert run("ingest", str(need(SEED)), str(need(CORPUS / "dev"))).code == 0
    return run


def rows(r: Result) -> list[str]:
    assert r.code == 0, r.err
    return sorted(r.out.splitlines()[1:])


@pytest.mark.parametrize("name", sorted(SERVERS))
def test_push_then_saved_queries_match(embedded: Callable[..., Result], name: str) -> None:
    base = server(name)
    endpoint = base + SERVERS[name][1]
    push = [o.format(base=base) for o in SERVERS[name][2]]
    r = embedded("push", "--endpoint", endpoint, *push)
    assert r.code == 0, r.err
    assert r.out.count("pushed ") == 47  # 46 documents and the ontology graph
    for query in CONTRACT:
        local = rows(embedded("query", query, "--format", "csv"))
        there = rows(embedded("query", query, "--format", "csv", "--endpoint", endpoint))
        assert there == local, f"{query} differs on {name}"
    params = ["--param", "state1=Turkmenistan", "--param", "state2=Kazakhstan", "--format", "csv"]
    assert rows(embedded("query", "relationship", *params, "--endpoint", endpoint)) == rows(
        embedded("query", "relationship", *params)
    )
    # a scoped query sends its document's graph as the protocol's named-graph-uri
    scoped = ["--param", "document=001", "--param", "act=thank", "--format", "csv"]
    here = rows(embedded("query", "evidence", *scoped))
    assert here, "the development report 001 has acts of thanks"
    assert rows(embedded("query", "evidence", *scoped, "--endpoint", endpoint)) == here
    one = rows(embedded("query", "communications", "--document", "001", "--format", "csv"))
    assert 0 < len(one) < len(rows(embedded("query", "communications", "--format", "csv")))
    assert (
        rows(embedded("query", "communications", "--document", "001", "--format", "csv", "--endpoint", endpoint)) == one
    )


@pytest.mark.parametrize("name", sorted(SERVERS))
def test_push_twice_leaves_the_remote_store_identical(embedded: Callable[..., Result], name: str) -> None:
    base = server(name)
    endpoint = base + SERVERS[name][1]
    push = [o.format(base=base) for o in SERVERS[name][2]]
    count = (
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        'FILTER (STRSTARTS(STR(?g), "https://w3id.org/diplograph/")) }'
    )
    assert embedded("push", "--endpoint", endpoint, *push).code == 0
    first = embedded("sparql", count, "--endpoint", endpoint, "--format", "json")
    assert embedded("push", "--endpoint", endpoint, *push).code == 0
    second = embedded("sparql", count, "--endpoint", endpoint, "--format", "json")
    assert json.loads(first.out) == json.loads(second.out)
    local = sum(int(line.split()[-1]) for line in embedded("documents").out.splitlines()[2:-1])
    assert int(json.loads(second.out)[0]["n"]) >= local


def test_refused_connection_is_one_line_without_credentials(embedded: Callable[..., Result]) -> None:
    r = embedded(
        "push",
        "--endpoint",
        "http://127.0.0.1:9/query",
        "--graph-store",
        "http://127.0.0.1:9/store",
        "--auth",
        "someone:s3cret-pass",
    )
    assert r.code == 2
    lines = r.err.strip().splitlines()
    assert lines and all("not pushed" in line and "cannot connect" in line for line in lines)
    assert "s3cret-pass" not in r.err + r.out and "someone" not in r.err + r.out
    q = embedded("query", "posts", "--endpoint", "http://someone:s3cret-pass@127.0.0.1:9/query")
    assert q.code == 2 and len(q.err.strip().splitlines()) == 1 and "s3cret-pass" not in q.err


def test_wrong_password_is_refused(embedded: Callable[..., Result]) -> None:
    base = server("virtuoso")
    r = embedded(
        "push",
        "--endpoint",
        base + "/sparql",
        "--update-endpoint",
        base + "/sparql-auth",
        "--auth",
        "dba:wrong-password",
        "--digest",
        "--document",
        "001",
    )
    assert r.code == 2 and "HTTP 401" in r.err and "wrong-password" not in r.err


def test_http_error_is_reported(embedded: Callable[..., Result]) -> None:
    base = server("oxigraph")
    r = embedded("push", "--endpoint", base + "/query", "--graph-store", base + "/no-such-path", "--document", "001")
    assert r.code == 2 and "HTTP 404" in r.err
    assert "pushed https" not in r.out.replace("graph/ontology", "")


def test_bad_endpoint_url(embedded: Callable[..., Any], tmp_path: Path) -> None:
    r = embedded("query", "posts", "--endpoint", "ftp://example/sparql")
    assert r.code == 2 and "not an http(s) endpoint URL" in r.err
