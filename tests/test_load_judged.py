"""``diplograph load`` of a large file, judged by a process of its own while the bulk loader
commits (diplograph.streamed, diplograph.journal): the same answers and the same store as
judging first; a graph that does not conform is taken out before any reader sees it; a load
killed after its commit, or failing after it, leaves the store as it was; a judging process
that stops early leaves its graphs to be judged here; scattered graphs load the slow way."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph import journal, streamed
from diplograph.load import load_file
from diplograph.namespace import graph_iri
from diplograph.store import opened
from tests.test_load import case_quads, dataset, dg, per_graph, write

ROOT = Path(__file__).resolve().parent.parent
EXACT = ox.NamedNode("http://www.w3.org/ns/oa#exact")
BROKEN = "letter-with-quotes"


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")


def mixed(tmp_path: Path) -> Path:
    """Three test cases' graphs, one of them quoting words its report never said."""
    quads = case_quads("condolence-telegram", BROKEN, "phone-call-with-invitation")
    broken = str(graph_iri(BROKEN))
    return write(
        tmp_path / "mixed.nq",
        [
            ox.Quad(q.subject, q.predicate, ox.Literal("words never said"), q.graph_name)
            if q.predicate == EXACT and str(q.graph_name) == f"<{broken}>"
            else q
            for q in quads
        ],
    )


def judged_apart(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every file judged by its own process from now on; the list counts the processes."""
    started: list[int] = []
    start = streamed._Apart.start

    def counted(path: Path, fmt: ox.RdfFormat) -> streamed._Apart | None:
        started.append(1)
        return start(path, fmt)

    monkeypatch.setattr(streamed, "APART_BYTES", 0)
    monkeypatch.setattr(streamed._Apart, "start", staticmethod(counted))
    return started


def test_judged_apart_gives_the_same_answers_and_store_as_judged_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = mixed(tmp_path)
    first = dg(tmp_path / "first", "load", str(path))
    started = judged_apart(monkeypatch)
    apart = dg(tmp_path / "apart", "load", str(path))
    assert started, "the judging process was used"
    assert (apart.code, apart.out, apart.err) == (first.code, first.out, first.err)
    assert apart.code == 1 and f"{BROKEN}: the graph does not conform" in apart.err
    assert "evidence text differs from the report text" in apart.err
    assert set(per_graph(dataset(tmp_path / "apart"))) == set(per_graph(dataset(tmp_path / "first")))
    assert str(graph_iri(BROKEN)) not in per_graph(dataset(tmp_path / "apart"))
    assert not (journal.of(tmp_path / "apart")).exists()


def test_a_judging_process_that_stops_early_leaves_its_graphs_to_be_judged_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    judged_apart(monkeypatch)

    def silent(path: Path, fmt: ox.RdfFormat) -> streamed._Apart:
        return streamed._Apart(subprocess.Popen([sys.executable, "-c", "pass"], stdout=subprocess.PIPE))

    monkeypatch.setattr(streamed._Apart, "start", staticmethod(silent))
    r = dg(tmp_path / "store", "load", str(mixed(tmp_path)))
    assert r.code == 1 and f"{BROKEN}: the graph does not conform" in r.err
    assert r.out.count("stored ") == 2
    assert str(graph_iri(BROKEN)) not in per_graph(dataset(tmp_path / "store"))


def test_a_load_failing_after_its_commit_takes_its_graphs_out_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_dir = tmp_path / "store"
    assert dg(store_dir, "load", str(write(tmp_path / "one.nq", case_quads("foreign-ministers-talks")))).code == 0
    before = dg(store_dir, "export", "--format", "nquads").out
    judged_apart(monkeypatch)

    def failing(self: streamed._Apart) -> dict[str, object]:
        raise RuntimeError("the judging process could not be read")

    monkeypatch.setattr(streamed._Apart, "all", failing)
    with opened(store_dir) as store, pytest.raises(RuntimeError):
        list(load_file(store, mixed(tmp_path), ox.RdfFormat.N_QUADS))
    assert dg(store_dir, "export", "--format", "nquads").out == before
    assert not (journal.of(store_dir)).exists()


_KILLED = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import pyoxigraph as ox
    from diplograph import streamed
    from diplograph.load import load_file
    from diplograph.store import opened

    streamed.APART_BYTES = 0
    streamed._settle = lambda *args: os.kill(os.getpid(), signal.SIGKILL)  # right after the commit
    with opened(Path(sys.argv[1])) as store:
        list(load_file(store, Path(sys.argv[2]), ox.RdfFormat.N_QUADS))
    """
)


def test_a_load_killed_after_its_commit_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    assert dg(store_dir, "load", str(write(tmp_path / "one.nq", case_quads("foreign-ministers-talks")))).code == 0
    before = dg(store_dir, "export", "--format", "nquads").out
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run([sys.executable, "-c", _KILLED, str(store_dir), str(mixed(tmp_path))], env=env, timeout=120)
    assert killed.returncode == -9
    log = journal.of(store_dir)
    assert len(log.read_text(encoding="utf-8").splitlines()) == 3, "the journal names the three new graphs"
    raw = ox.Store.read_only(str(store_dir))
    assert ox.NamedNode(str(graph_iri(BROKEN))) in set(raw.named_graphs()), "the commit had happened"
    del raw
    r = dg(store_dir, "documents")  # a reader: it finds the snapshots stale and opens the store
    assert "took out the 3 graphs of an interrupted load" in r.err
    assert BROKEN not in r.out and "foreign-ministers-talks" in r.out
    assert dg(store_dir, "export", "--format", "nquads").out == before
    assert not log.exists()


def test_scattered_graphs_are_loaded_the_slow_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = case_quads("condolence-telegram"), case_quads("phone-call-with-invitation")
    path = write(tmp_path / "scattered.nq", a[:5] + b + a[5:])
    first = dg(tmp_path / "first", "load", str(path))
    judged_apart(monkeypatch)
    apart = dg(tmp_path / "apart", "load", str(path))
    assert apart.code == first.code == 0 and apart.out == first.out and apart.out.count("stored ") == 2
    assert (
        dg(tmp_path / "apart", "export", "--format", "nquads").out
        == dg(tmp_path / "first", "export", "--format", "nquads").out
    )
