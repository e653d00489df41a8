"""Fuzzed RDF for ``diplograph load``: truncated, shuffled and spliced exports, random bytes,
bad IRIs and wrong graph names. A file that does not parse is one line naming it, exit 2, and
nothing of it is written; otherwise every graph the store gains or changes is one that load
reported stored and that conforms to the shapes, every other graph is as it was, and nothing
ends in a traceback. A shuffled export restores exactly the documents it holds.

Examples are derandomised so that every run, in CI too, tries the same inputs."""

from __future__ import annotations

import gc
import io
import random
import re
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from diplograph import journal, streamed
from diplograph.cli import main
from diplograph.load import DOCUMENT_GRAPHS
from diplograph.namespace import ONTOLOGY_GRAPH
from diplograph.validate import validate
from tests.conftest import Result

REPORTS = {
    "call": "date: 2025-05-06\n\nThe Prime Minister of Norway spoke by phone with the Prime Minister of Finland, "
    "who thanked him for the close cooperation on energy.\n",
    "letter": "date: 2025-06-10\n\nPresident of Kazakhstan Kassym-Jomart Tokayev sent a letter to President of "
    "Turkmenistan Serdar Berdimuhamedov, in which he congratulated him on the national holiday.\n",
    "talks": "date: 2025-02-04\n\nForeign Minister of Mongolia Battsetseg Batmunkh held talks with Foreign "
    "Minister of Kazakhstan Murat Nurtleu in Astana. The ministers praised the growth of trade.\n",
}
"""Reports written for these tests."""

FUZZ = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.generate],  # a failure is reported as found: shrinking a whole export takes minutes
)
ONTOLOGY = ox.NamedNode(str(ONTOLOGY_GRAPH))


def run(store_dir: Path, *args: str) -> Result:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--store", str(store_dir), *args])
    return Result(code, out.getvalue(), err.getvalue())


def quads(store_dir: Path) -> frozenset[ox.Quad]:
    store = ox.Store.read_only(str(store_dir))
    out = frozenset(store)
    del store
    gc.collect()
    return out


def by_graph(qs: frozenset[ox.Quad]) -> dict[str, frozenset[ox.Quad]]:
    out: dict[str, set[ox.Quad]] = {}
    for q in qs:
        out.setdefault(str(q.graph_name), set()).add(q)
    return {g: frozenset(v) for g, v in out.items()}


@dataclass(repr=False)
class Exports:
    nquads: bytes
    trig: bytes
    lines: list[bytes]  # the N-Quads export, one quad a line

    def __repr__(self) -> str:  # short, for Hypothesis's reports
        return f"Exports({len(self.lines)} quads)"


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Exports:
    folder = tmp_path_factory.mktemp("load-source")
    for name, text in REPORTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    source = folder / "store"
    assert run(source, "ingest", *[str(folder / f"{n}.txt") for n in REPORTS]).code == 0
    nq, trig = run(source, "export", "--format", "nquads"), run(source, "export", "--format", "trig")
    assert nq.code == 0 and trig.code == 0
    lines = [line for line in nq.out.encode("utf-8").split(b"\n") if line.strip()]
    return Exports(nq.out.encode("utf-8"), trig.out.encode("utf-8"), lines)


@pytest.fixture
def load(tmp_path: Path, exports: Exports) -> Iterator[object]:
    """``load(data, suffix)``: load ``data`` as one file into a store that holds the 'call'
    report already, and check the outcome; returns the exit code."""
    store_dir = tmp_path / "store"
    (tmp_path / "call.txt").write_text(REPORTS["call"], encoding="utf-8")
    assert run(store_dir, "ingest", str(tmp_path / "call.txt")).code == 0
    last = [quads(store_dir)]

    def go(data: bytes, suffix: str = ".nq", *extra: str, apart: bool = False) -> int:
        """With ``apart``, the file is judged by a process of its own, beside the commit,
        whatever its size (diplograph.streamed)."""
        path = tmp_path / f"fuzz{suffix}"
        path.write_bytes(data)
        before = last[0]
        threshold = streamed.APART_BYTES
        streamed.APART_BYTES = 0 if apart else threshold
        try:
            r = run(store_dir, "load", str(path), *extra)
        finally:
            streamed.APART_BYTES = threshold
        assert not (journal.of(store_dir)).exists(), "a load left its journal"
        after = last[0] = quads(store_dir)
        assert r.code in (0, 1, 2) and "Traceback" not in r.err, r.err
        lines = r.err.splitlines()
        if any(f"{path}: malformed RDF" in line or f"{path}: cannot read" in line for line in lines):
            assert r.code == 2 and len(lines) == 1 and lines[0].startswith(f"diplograph: {path}: "), r.err
            assert after == before, "a file that did not parse changed the store"
            return r.code
        reported = {m.group(1) for m in re.finditer(r"(?m)^(?:stored|unchanged) (.*) \(\d+ triples\) from ", r.out)}
        old, new = by_graph(before), by_graph(after)
        for g in set(old) | set(new):
            if old.get(g) == new.get(g):
                continue
            assert g.startswith(f"<{DOCUMENT_GRAPHS}"), f"{g}, not a document graph, was written"
            assert g[1:-1].removeprefix(DOCUMENT_GRAPHS) in reported, f"{g} changed without being reported stored"
            assert g in new, f"{g} was removed by a load"
            doc = Graph()
            doc.parse(data=ox.serialize([q.triple for q in new[g]], format=ox.RdfFormat.N_TRIPLES), format="nt")
            if "--trusted" not in extra:
                assert validate(doc).conforms, f"{g} was stored but does not conform"
        for line in lines:  # each problem is named by file: the SHACL report follows its line
            if line.startswith("diplograph: "):
                assert line.startswith(f"diplograph: {path}: "), line
        refused = [line for line in lines if line.startswith("diplograph: ")]
        if any(line.endswith("the graph does not conform to the shapes") for line in refused):
            assert r.code >= 1, r.err
        assert (r.code == 0) == (not refused), r.err
        return r.code

    yield go


@FUZZ
@given(st.floats(0, 1), st.sampled_from(["nquads", "trig"]), st.booleans(), st.booleans())
@example(0.5, "trig", False, True)
@example(0.999, "nquads", True, False)
def test_truncated_exports(load: object, exports: Exports, where: float, fmt: str, trusted: bool, apart: bool) -> None:
    data = getattr(exports, fmt)
    cut = data[: int(len(data) * where)]
    load(cut, ".nq" if fmt == "nquads" else ".trig", *(["--trusted"] if trusted else []), apart=apart)  # type: ignore[operator]


@FUZZ
@given(st.binary(max_size=300), st.sampled_from([".nq", ".trig", ".nquads"]))
@example(b"", ".nq")
@example(b"\xef\xbb\xbf", ".trig")
@example(b"# only a comment\n", ".nq")
@example(b"\x00\xff\xfe", ".nq")
def test_random_bytes(load: object, data: bytes, suffix: str) -> None:
    load(data, suffix)  # type: ignore[operator]


@FUZZ
@given(
    st.randoms(use_true_random=False),
    st.sampled_from(
        [
            b"<http://example.org/a b>",
            b"<rel>",
            b"<>",
            b"<http://[::1>",
            b"<http://example.org/%zz>",
            b"<http://example.org/\\u0000>",
            b"<http://example.org/a\x01>",
            b'"unterminated',
            b"_:",
            b"<https://w3id.org/diplograph/id/graph/x> <https://w3id.org/diplograph/id/graph/y>",
        ]
    ),
    st.integers(0, 3),
)
def test_bad_iris_and_terms(load: object, exports: Exports, rnd: random.Random, bad: bytes, position: int) -> None:
    """One term of one quad replaced by a bad one: the file is refused whole, or (where the
    term is still legal) loads under the usual rules."""
    lines = list(exports.lines)
    i = rnd.randrange(len(lines))
    terms = lines[i].rstrip(b" .").split(b" ", 2)
    if position < len(terms) and not terms[min(position, 2)].startswith(b'"'):
        terms[min(position, 2)] = bad
    lines[i] = b" ".join(terms) + b" ."
    load(b"\n".join(lines) + b"\n")  # type: ignore[operator]


GRAPH_NAMES = [
    ox.NamedNode("http://example.org/elsewhere"),
    ONTOLOGY,
    ox.BlankNode("g1"),
    ox.DefaultGraph(),
    ox.NamedNode(DOCUMENT_GRAPHS + "letter"),  # another document's graph
    ox.NamedNode(DOCUMENT_GRAPHS + "call"),  # the document the store holds already
    ox.NamedNode(DOCUMENT_GRAPHS),
    ox.NamedNode(DOCUMENT_GRAPHS + "call/../letter"),
]


@FUZZ
@given(st.randoms(use_true_random=False), st.sampled_from(GRAPH_NAMES), st.floats(0, 1), st.booleans())
@example(random.Random(1), GRAPH_NAMES[4], 1.0, False)
@example(random.Random(2), GRAPH_NAMES[1], 1.0, True)
@example(random.Random(3), GRAPH_NAMES[5], 0.5, True)
def test_wrong_graph_names(
    load: object, exports: Exports, rnd: random.Random, graph: object, share: float, apart: bool
) -> None:
    """Some quads moved to another graph (foreign, the ontology's, a blank node, the default
    graph, another document's): those graphs are refused by name, or do not conform, or load
    under the usual rules; none of it is a traceback or a half-written graph."""
    moved = [
        ox.Quad(q.subject, q.predicate, q.object, graph) if rnd.random() < share else q  # type: ignore[arg-type]
        for q in ox.parse(exports.nquads, format=ox.RdfFormat.N_QUADS)
    ]
    load(ox.serialize(moved, format=ox.RdfFormat.N_QUADS), apart=apart)  # type: ignore[operator]


@FUZZ
@given(st.randoms(use_true_random=False))
def test_a_shuffled_export_restores_the_same_documents(
    tmp_path_factory: pytest.TempPathFactory, exports: Exports, rnd: random.Random
) -> None:
    """N-Quads have no order: an export's lines in any order load into a fresh store as the
    same documents (and again: all unchanged)."""
    lines = list(exports.lines)
    rnd.shuffle(lines)
    folder = tmp_path_factory.mktemp("shuffled")
    path = folder / "shuffled.nq"
    path.write_bytes(b"\n".join(lines) + b"\n")
    r = run(folder / "store", "load", str(path))
    assert r.code == 0 and r.out.count("stored ") == len(REPORTS), r.err
    loaded = {q for q in quads(folder / "store") if q.graph_name != ONTOLOGY}
    expected = {q for q in ox.parse(exports.nquads, format=ox.RdfFormat.N_QUADS)}
    assert _canonical(loaded) == _canonical(expected)
    assert run(folder / "store", "load", str(path)).out.count("unchanged ") == len(REPORTS)


def _canonical(qs: set[ox.Quad]) -> set[str]:
    """Quads as text with blank nodes named by position-free content (exports have none
    today; this keeps the comparison honest if they appear)."""
    return {str(q) if not isinstance(q.subject, ox.BlankNode) else str(q.predicate) + str(q.object) for q in qs}


@FUZZ
@given(st.lists(st.integers(0, 10_000), min_size=2, max_size=6))
def test_spliced_exports(load: object, exports: Exports, cuts: list[int]) -> None:
    """Pieces of the TriG export glued in another order: refused whole, or loaded under the rules."""
    data = exports.trig
    points = sorted({c % len(data) for c in cuts})
    pieces = [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]
    load(b"".join(reversed(pieces)), ".trig")  # type: ignore[operator]
