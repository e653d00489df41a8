"""Fuzzed query parameters: every saved query's parameters given quotes, braces, ``#``, line
breaks, ``<``/``>``, IRIs with spaces, very long values, unknown names and ill-typed dates,
integers and IRIs. ``diplograph query`` answers with exactly the rows of the query with the
value bound as an RDF term (none for a value that matches nothing: an injection never widens
the result), or refuses in one line with exit 2; never a traceback, never a changed store. A
remote store, which gets the values written into the query text, answers the same.

Examples are derandomised so that every run, in CI too, tries the same inputs."""

from __future__ import annotations

import gc
import io
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from diplograph import remote
from diplograph.cli import main
from diplograph.errors import BadInput
from diplograph.queries import XSD, bind, get, saved_queries, scoped_graphs
from tests.conftest import Result

REPORTS = {
    "letter": "date: 2025-06-10\n\nPresident of Kazakhstan Kassym-Jomart Tokayev sent a letter to President of "
    "Turkmenistan Serdar Berdimuhamedov, in which he congratulated him on the national holiday and thanked him "
    "for the warm hospitality.\n\nTokayev described the relations between Kazakhstan and Turkmenistan as a "
    "strategic partnership. The United Nations General Assembly adopted the resolution on the International "
    "Year of Peace and Trust, proposed by Turkmenistan.\n",
    "talks": "date: 2025-02-04\n\nForeign Minister of Mongolia Battsetseg Batmunkh held talks with Foreign "
    "Minister of Kazakhstan Murat Nurtleu in Astana. The ministers praised the growth of trade and agreed to "
    "meet again.\n",
}
"""Reports written for these tests; the bundled samples are ingested beside them."""

GOOD = {
    "relationship": {"state1": "Kazakhstan", "state2": "Turkmenistan"},
    "contact-timeline": {"state1": "Kazakhstan", "state2": "Turkmenistan"},
    "post-holders": {"post": "President", "of": "Kazakhstan", "on": "2025-12-31"},
    "evidence": {"document": "sample-bishkek-call", "act": "thank"},
    "thanks-and-congratulations": {"agent": "Sadyr Japarov", "addressee": "Emomali Rahmon"},
    "initiatives-of-state": {"state": "Turkmenistan"},
}
"""For each saved query with parameters, values that give at least one row: a fuzzed value
stands in for one of them while the others keep these, so a widened result would show."""

INJECTIONS = [
    'x" } ; DROP ALL #',
    '"} UNION { ?s ?p ?o }',
    'Kazakhstan" || true || "',
    "Kazakhstan') || true || ('",
    "Kazakhstan\n} UNION { GRAPH ?g { ?s ?p ?o } } #",
    "Kazakhstan\u2028# } UNION { ?s ?p ?o }",
    'Kazakhstan\x85"',
    '""" } ; CLEAR ALL ; SELECT * WHERE { """',
    '\\" } #',
    "<http://example.org/a b>",
    "http://example.org/a b",
    "> <",
    "?_state1",
    "$x",
    "#",
    "{}",
    "",
    " ",
    "\x00",
    "Kazakhstan" * 2000,
]

VALUES = st.one_of(
    st.sampled_from(INJECTIONS),
    st.text(max_size=60),
    st.text(st.sampled_from("\"'{}#<>\\\n\r\t ?$;.|^`x\u2028\u2029\x85"), max_size=30),
    st.builds(lambda n, c: c * n, st.integers(1_000, 50_000), st.sampled_from(["a", '"', "}", "\u00e9"])),
)

FUZZ = settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def quads(store_dir: Path) -> frozenset[ox.Quad]:
    store = ox.Store.read_only(str(store_dir))
    out = frozenset(store)
    del store
    gc.collect()
    return out


class Fixture:
    def __init__(self, store_dir: Path) -> None:
        self.store_dir = store_dir
        self.quads = quads(store_dir)
        self.literals = {q.object.value.lower() for q in self.quads if isinstance(q.object, ox.Literal)}

    def cli(self, *args: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["--store", str(self.store_dir), *args])
        return Result(code, out.getvalue(), err.getvalue())

    def query(self, name: str, values: dict[str, str], *extra: str) -> Result:
        # --param=NAME=VALUE: a value that starts with '-' is still a value
        return self.cli("query", name, *[f"--param={k}={v}" for k, v in values.items()], "--format", "json", *extra)

    def expected(self, name: str, values: dict[str, str]) -> list[dict[str, str]]:
        """The rows of the saved query with each value bound as the RDF term of its type,
        straight from Oxigraph."""
        q = get(name)
        subs: dict[ox.Variable, Any] = {}
        for p in q.params:
            if p.name in values:
                v = values[p.name]
                term = ox.Literal(v, datatype=ox.NamedNode(XSD + "date")) if p.type == "xsd_date" else ox.Literal(v)
                subs[ox.Variable(p.variable)] = term
        graphs = [ox.NamedNode(g) for g in scoped_graphs(q, values, [])]
        store = ox.Store.read_only(str(self.store_dir))
        try:
            if graphs:
                result = store.query(q.text, substitutions=subs, named_graphs=graphs)
            else:
                result = store.query(q.text, substitutions=subs)
            assert isinstance(result, ox.QuerySolutions)
            header = [v.value for v in result.variables if not v.value.startswith("_")]
            return [{h: str(getattr(s[h], "value", "")) if s[h] is not None else "" for h in header} for s in result]
        finally:
            del store
            gc.collect()

    def matches_nothing(self, value: str) -> bool:
        return value.lower() not in self.literals and value.casefold() not in self.literals


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fixture]:
    folder = tmp_path_factory.mktemp("params")
    for name, text in REPORTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    samples = Path(__file__).resolve().parent.parent / "diplograph" / "samples"
    store_dir = folder / "store"
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        assert main(["--store", str(store_dir), "ingest", str(samples), str(folder)]) == 0, err.getvalue()
    fixture = Fixture(store_dir)
    for name, values in GOOD.items():
        assert fixture.expected(name, values), f"{name} finds nothing with {values}"
    yield fixture
    assert quads(store_dir) == fixture.quads, "a query changed the store"


def one_line_error(r: Result, *says: str) -> None:
    assert r.code == 2 and "Traceback" not in r.err, r.err
    lines = r.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("diplograph: "), r.err
    assert all(s in lines[0] for s in says), r.err


STRING_PARAMS = [(q, p) for q, values in GOOD.items() for p in values if p != "on"]


def test_every_parameter_is_covered() -> None:
    assert {name for name, q in saved_queries().items() if q.params} == set(GOOD)
    for name, values in GOOD.items():
        assert {p.name for p in get(name).params} == set(values)


@pytest.mark.parametrize(("name", "param"), STRING_PARAMS)
@FUZZ
@given(value=VALUES)
@example(value='x" } ; DROP ALL #')
@example(value='"} UNION { ?s ?p ?o }')
def test_string_values_are_bound_not_pasted(fx: Fixture, name: str, param: str, value: str) -> None:
    values = {**GOOD[name], param: value}
    r = fx.query(name, values)
    assert r.code == 0 and r.err == "", r.err
    rows = json.loads(r.out)
    assert rows == fx.expected(name, values)
    if fx.matches_nothing(value):
        assert rows == [], f"{value!r} matches nothing, yet {name} answered"


@pytest.mark.parametrize(("name", "param"), STRING_PARAMS)
def test_case_and_injection_around_a_real_value(fx: Fixture, name: str, param: str) -> None:
    """The same rows for a label in other case where the query folds case; none once an
    injection is appended to it."""
    good = json.loads(fx.query(name, GOOD[name]).out)
    assert good
    folded = param not in ("document", "act")  # the evidence query matches ids and notations exactly
    upper = json.loads(fx.query(name, {**GOOD[name], param: GOOD[name][param].upper()}).out)
    assert upper == (good if folded else [])
    for tail in INJECTIONS[:5]:
        r = fx.query(name, {**GOOD[name], param: GOOD[name][param] + tail})
        assert r.code == 0 and json.loads(r.out) == [], (tail, r.out)


@FUZZ
@given(
    value=st.one_of(
        st.dates().map(date.isoformat),
        st.text(max_size=20),
        st.sampled_from(
            [
                "2025-02-30",
                "2025-13-01",
                "0000-01-01",
                "9999-12-31",
                "20250311",
                "2025-W11-2",
                "2025-1-1",
                " 2025-01-01",
                "2025-01-01\n",
                "2025-01-01T00:00:00",
                "\uff12\uff10\uff12\uff15-01-01",
                "-1",
                '2025-01-01" } #',
            ]
        ),
    )
)
@example(value="2025-06-09")
@example(value="2025-06-10")
def test_dates(fx: Fixture, value: str) -> None:
    r = fx.query("post-holders", {**GOOD["post-holders"], "on": value})
    try:
        day = date.fromisoformat(value)
    except ValueError:
        one_line_error(r, "query post-holders: parameter 'on' wants xsd_date")
        return
    assert r.code == 0, r.err
    rows = json.loads(r.out)
    assert rows == fx.expected("post-holders", {**GOOD["post-holders"], "on": day.isoformat()})
    assert all(row["attested"] <= day.isoformat() for row in rows)
    assert bool(rows) == (day >= date(2025, 6, 10))  # the one statement of the post is of that day


@FUZZ
@given(
    name=st.text(st.characters(blacklist_characters="="), max_size=30),
    query=st.sampled_from(sorted(GOOD)),
)
@example(name="", query="relationship")
@example(name="state1 ", query="relationship")
@example(name="_state1", query="relationship")
@example(name="STATE1", query="relationship")
@example(name="a\nb", query="evidence")
def test_unknown_parameter_names(fx: Fixture, name: str, query: str) -> None:
    r = fx.cli("query", query, *[f"--param={k}={v}" for k, v in GOOD[query].items()], f"--param={name}=x")
    if name in GOOD[query]:
        assert r.code == 0, r.err
    elif name == "":
        one_line_error(r, "expected NAME=VALUE")
    else:
        one_line_error(r, f"query {query}: unknown parameter")


@pytest.mark.parametrize("name", sorted(GOOD))
def test_missing_and_malformed_parameters(fx: Fixture, name: str) -> None:
    required = [p.name for p in get(name).params if not p.optional]
    for p in required:
        r = fx.query(name, {k: v for k, v in GOOD[name].items() if k != p})
        one_line_error(r, f"query {name}: missing parameter {p!r}")
    one_line_error(fx.cli("query", name, "--param", "no-equals-sign"), "expected NAME=VALUE")


TYPED = f"""#+ summary: typed parameters, for tests
SELECT ?s ?_thing_iri ?_n_xsd_integer ?__when_xsd_date WHERE {{
  GRAPH ?g {{ ?s ?p ?o }}
  FILTER (?s = ?_thing_iri && ?_n_xsd_integer > 0 && COALESCE(?__when_xsd_date < "3000-01-01"^^<{XSD}date>, true))
}}
"""


@FUZZ
@given(
    iri=st.one_of(
        st.text(max_size=40),
        st.builds(lambda t: "http://example.org/" + t, st.text(max_size=20)),
        st.sampled_from(
            [
                "https://w3id.org/diplograph/id/state/KZ",
                "http://example.org/a b",
                "http://example.org/a\n",
                "http://example.org/\x01",
                "http://[::1",
                "http://example.org/%zz",
                "<http://example.org/a>",
                "http://example.org/a> } UNION { ?s ?p ?o } #",
                "urn:x",
                "x:",
            ]
        ),
    ),
    n=st.one_of(st.integers().map(str), st.text("+-0123456789\u0663\uff11 e.\n", max_size=8)),
)
@example(iri="http://example.org/a\n", n="1")  # was a traceback: the IRI check let a final line break through
@example(iri="http://[::1", n="1")  # was a traceback: Oxigraph refused the IRI unchecked
@example(iri="urn:x", n="\u0663")  # was bound as an ill-typed xsd:integer
@example(iri="https://w3id.org/diplograph/id/state/KZ", n="7")
@example(iri="https://w3id.org/diplograph/id/state/KZ", n="1" * 30)  # was no rows: past 64 bits, refused now
@example(iri="https://w3id.org/diplograph/id/state/KZ", n=str(2**63 - 1))
def test_iri_and_integer_values(fx: Fixture, tmp_path_factory: pytest.TempPathFactory, iri: str, n: str) -> None:
    """No shipped query takes an IRI or an integer yet; a query file of the same syntax does."""
    folder = tmp_path_factory.getbasetemp() / "typed"
    folder.mkdir(exist_ok=True)
    (folder / "typed.rq").write_text(TYPED, encoding="utf-8")
    q = saved_queries(folder)["typed"]
    try:
        subs = bind(q, {"thing": iri, "n": n})
    except BadInput as exc:
        assert "\n" not in str(exc) and str(exc).startswith("query typed: parameter ")
        return
    assert isinstance(subs[ox.Variable("_thing_iri")], ox.NamedNode)
    assert n.isascii() and int(n) == int(subs[ox.Variable("_n_xsd_integer")].value)
    store = ox.Store.read_only(str(fx.store_dir))
    rows = list(store.query(q.text, substitutions=subs))  # type: ignore[union-attr]
    del store
    assert all(str(r["s"].value) == iri for r in rows)
    assert bool(rows) == (iri == "https://w3id.org/diplograph/id/state/KZ" and int(n) > 0)


class _Endpoint:
    """Stands in for a remote SPARQL endpoint (with SPARQLWrapper's method names): takes the
    query text the client would send and answers it from the embedded store, as SPARQL JSON."""

    def __init__(self, store_dir: Path) -> None:
        self.store_dir, self.graphs, self.text = store_dir, [], ""

    def setMethod(self, method: str) -> None:
        pass

    def setReturnFormat(self, fmt: str) -> None:
        pass

    def addParameter(self, name: str, value: str) -> None:
        assert name == "named-graph-uri"
        self.graphs.append(ox.NamedNode(value))

    def setQuery(self, text: str) -> None:
        self.text = text

    def queryAndConvert(self) -> Any:
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

        store = ox.Store.read_only(str(self.store_dir))
        try:
            kw: dict[str, Any] = {"named_graphs": self.graphs} if self.graphs else {}
            result = store.query(self.text, **kw)
            assert isinstance(result, ox.QuerySolutions)
            return json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))
        except SyntaxError as exc:
            raise QueryBadFormed(str(exc)) from None
        finally:
            del store
            gc.collect()


@pytest.fixture
def endpoint(fx: Fixture, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    monkeypatch.setattr(remote, "_wrapper", lambda ep, url: _Endpoint(fx.store_dir))

    def run(name: str, values: dict[str, str]) -> Result:
        return fx.query(name, values, "--endpoint", "http://127.0.0.1:9/query")

    return run


@pytest.mark.parametrize(("name", "param"), STRING_PARAMS)
@settings(FUZZ, max_examples=3)
@given(value=VALUES)
@example(value="Kazakhstan\u2028# } UNION { ?s ?p ?o }")  # was a syntax error remotely: the line break split the query
@example(value="x\x85y")
def test_remote_stores_get_the_same_answer(
    fx: Fixture, endpoint: Callable[..., Result], name: str, param: str, value: str
) -> None:
    """Values written into the query text for a remote store are escaped: the same rows."""
    values = {**GOOD[name], param: value}
    r = endpoint(name, values)
    assert r.code == 0, r.err
    assert json.loads(r.out) == fx.expected(name, values)


def test_undecodable_argument_from_a_process(fx: Fixture) -> None:
    """A value with bytes that are not UTF-8 (as a shell passes them) is one line, exit 2."""
    r = subprocess.run(
        [
            *(sys.executable, "-m", "diplograph", "--store", str(fx.store_dir), "query", "relationship"),
            b"--param=state1=\xff".decode("utf-8", "surrogateescape"),
            "--param=state2=x",
        ],
        capture_output=True,
        check=False,
    )
    assert r.returncode == 2 and b"Traceback" not in r.stderr
    assert r.stderr.count(b"\n") == 1 and b"not text" in r.stderr, r.stderr


@settings(FUZZ, max_examples=20)
@given(st.lists(st.text(max_size=20), min_size=1, max_size=5))
@example(["report text with a line separator\u2028and a next line\x85inside"])
def test_pushed_lines_keep_literals_whole(texts: list[str]) -> None:
    """Push sends a graph as N-Triples lines: each line is one whole triple, whatever the
    literals hold (U+2028 and U+0085 once cut a triple in two)."""
    graph = ox.NamedNode("https://w3id.org/diplograph/graph/t")
    store = ox.Store()
    s, p = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")
    for t in texts:
        store.add(ox.Quad(s, p, ox.Literal(t), graph))
    lines = remote._lines(store, graph)
    triples = [list(ox.parse(line, format=ox.RdfFormat.N_TRIPLES)) for line in lines]
    assert all(len(t) == 1 for t in triples)
    assert {t[0].object.value for t in triples} == set(texts)
