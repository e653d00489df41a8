"""Reads never wait for a writer: while a bulk ingest runs in another process, queries answer
from the last published snapshot, each answer holds whole documents only, and none fails with
"store is in use". Also the snapshot life cycle: atomic publication, pruning that spares a
snapshot a reader holds, and recovery after a writer is killed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph import snapshot
from diplograph.store import opened, reading

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
DOCS = "https://w3id.org/diplograph/id/graph/"


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": "1735689600", "PYTHONPATH": str(ROOT), **extra}


def _counts(store: ox.Store) -> dict[str, int]:
    out = {}
    for row in store.query(PER_GRAPH):  # type: ignore[union-attr]
        name = row["g"].value
        if name.startswith(DOCS):
            out[name] = int(row["n"].value)
    return out


def _cli(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "diplograph", "--store", str(store), "--wait", "0", *args]
    return subprocess.run(command, capture_output=True, text=True, env=_env(), check=False, timeout=120)


def test_queries_during_a_bulk_ingest_see_whole_documents(tmp_path: Path) -> None:
    texts = sorted(CASES.glob("*.txt"))
    bulk = tmp_path / "bulk"
    bulk.mkdir()
    n = 90  # enough for an ingest of several seconds however fast the machine: reads land at several points
    for i in range(n):
        src = texts[i % len(texts)]
        (bulk / f"doc-{i:03d}-{src.stem}.txt").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    store = tmp_path / "store"
    writer = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "--store", str(store), "ingest", "--jobs", "1", str(bulk)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(DIPLOGRAPH_SNAPSHOT_SECONDS="0.2"),
    )
    answers: list[dict[str, int]] = []
    cli_runs: list[subprocess.CompletedProcess[str]] = []
    deadline = time.monotonic() + 300
    try:
        while writer.poll() is None and time.monotonic() < deadline:
            with reading(store) as snap:  # waits only for the writer's first snapshot
                counts = _counts(snap)
            if writer.poll() is None:  # answered while the writer still held the store
                answers.append(counts)
            if len(answers) % 10 == 5 and len(cli_runs) < 4:
                cli_runs.append(_cli(store, "query", "communications", "--format", "csv"))
            time.sleep(0.05)
        out, err = writer.communicate(timeout=300)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert writer.returncode == 0, err
    assert out.count("stored ") == n
    with reading(store) as snap:
        final = _counts(snap)
    assert len(final) == n
    partial = [a for a in answers if 0 < len(a) < n]
    assert len({len(a) for a in partial}) >= 2, "reads answered at several points of the ingest"
    for answer in answers:
        for graph, count in answer.items():
            assert count == final[graph], f"{graph}: {count} triples read mid-ingest, {final[graph]} when complete"
    assert cli_runs, "the command line was tried during the ingest"
    for run in cli_runs:
        assert run.returncode == 0, run.stderr
        assert "in use" not in run.stderr
        assert run.stdout.startswith("document,kind,sender,recipient,date")


def test_a_second_writer_still_waits(tmp_path: Path) -> None:
    store = tmp_path / "store"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from diplograph.store import opened; from pathlib import Path\n"
            "with opened(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(4)",
            str(store),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    t0 = time.monotonic()
    read = _cli(store, "documents")
    assert read.returncode == 0, read.stderr
    assert time.monotonic() - t0 < 3.5 and holder.poll() is None, "the read did not wait for the writer"
    busy = _cli(store, "--wait", "0.3", "remove", "nothing")
    assert busy.returncode == 2
    assert busy.stderr.strip().endswith("store is in use by another process; try again when it ends")
    patient = _cli(store, "--wait", "20", "remove", "nothing")
    holder.wait(timeout=20)
    assert patient.stderr.strip() == "diplograph: no document 'nothing' in the store", "it waited, then wrote"


def _write(location: Path, *names: str) -> None:
    """Each name a one-triple document graph, published at once (the store is closed when
    this returns: nothing here keeps it)."""
    with opened(location) as store:
        for name in names:
            store.update(f"INSERT DATA {{ GRAPH <{DOCS}{name}> {{ <urn:x:{name}> <urn:x:p> 'o' }} }}")
            snapshot.written(store)


def test_publication_is_atomic_and_pruning_spares_a_held_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(snapshot.ENV, "0")  # publish after every write
    location = tmp_path / "store"
    _write(location, "a")
    with snapshot.lease(location) as held:
        assert held is not None
        old = ox.Store.read_only(str(held))
        _write(location, "b", "c", "d")
        assert held.is_dir(), "a snapshot a reader holds is never deleted"
        assert len(_counts(old)) == 1, "the held snapshot still reads as it was"
        del old
    _write(location, "e")
    names = [p.name for p in snapshot.snapshots(location)]
    assert len(names) == snapshot.KEEP and held.name not in names, names
    assert not list(snapshot.folder(location).glob(".part-*"))
    assert not (snapshot.folder(location) / snapshot.MARK).exists()
    with reading(location) as snap:
        assert len(_counts(snap)) == 5


def test_a_killed_writer_leaves_nothing_unread(tmp_path: Path) -> None:
    """A writer killed before it published: the next reader finds the store free and the
    writer's mark still there, and publishes the committed state itself."""
    location = tmp_path / "store"
    code = (
        "import os, sys; from pathlib import Path; from diplograph.store import opened\n"
        "with opened(Path(sys.argv[1])) as s:\n"
        f"    s.update(\"INSERT DATA {{ GRAPH <{DOCS}k> {{ <urn:x:k> <urn:x:p> 'o' }} }}\"); s.flush(); os._exit(0)"
    )
    env = _env(DIPLOGRAPH_SNAPSHOT_SECONDS="1000")
    subprocess.run([sys.executable, "-c", code, str(location)], env=env, check=True)
    assert (snapshot.folder(location) / snapshot.MARK).exists()
    with snapshot.lease(location) as before:
        assert before is not None
        assert _counts(ox.Store.read_only(str(before))) == {}, "the write was not published before the kill"
    with reading(location, wait=0) as snap:
        assert _counts(snap) == {f"{DOCS}k": 1}
    assert not (snapshot.folder(location) / snapshot.MARK).exists()
