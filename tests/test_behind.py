"""Work behind the ingest (``diplograph.behind``): the periodic flush and checkpoint run one at a
time, are waited for before the store is checkpointed in line or closed, their errors raised,
and every document written is kept and published."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from diplograph import behind, snapshot, store
from diplograph.namespace import graph_iri


class _Slow:
    """A store whose flush takes a while, records when it ran, and may fail."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.runs: list[tuple[float, float]] = []
        self.threads: set[str] = set()

    def flush(self) -> None:
        start = time.monotonic()
        self.threads.add(threading.current_thread().name)
        time.sleep(0.05)
        self.runs.append((start, time.monotonic()))
        if self.error is not None:
            raise self.error


def test_a_flush_behind_runs_in_its_own_thread_and_is_waited_for() -> None:
    s = _Slow()
    behind.start(s, s.flush)  # type: ignore[arg-type]
    assert not s.runs, "behind() returned before the flush ended"
    behind.settled(s)  # type: ignore[arg-type]
    assert len(s.runs) == 1
    assert s.threads == {"diplograph-behind"}
    behind.settled(s)  # type: ignore[arg-type]  # nothing pending: returns at once
    assert len(s.runs) == 1


def test_flushes_of_one_store_never_overlap() -> None:
    s = _Slow()
    for _ in range(3):
        behind.start(s, s.flush)  # type: ignore[arg-type]
    behind.settled(s)  # type: ignore[arg-type]
    assert len(s.runs) == 3
    for (_, end), (start, _) in zip(s.runs, s.runs[1:], strict=False):
        assert start >= end


def test_a_failed_flush_is_raised_to_whoever_waits_for_it() -> None:
    s = _Slow(OSError("no space left on device"))
    behind.start(s, s.flush)  # type: ignore[arg-type]
    with pytest.raises(OSError, match="no space left"):
        behind.settled(s)  # type: ignore[arg-type]
    behind.settled(s)  # raised once, then nothing is pending  # type: ignore[arg-type]


def _note(i: int) -> Graph:
    """A document graph of one triple."""
    g = Graph()
    g.add((URIRef(f"https://example.org/note/{i}"), URIRef("https://example.org/says"), Literal(f"note {i}")))
    return g


def test_documents_written_between_flushes_behind_are_all_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "FLUSH_EVERY", 2)
    monkeypatch.setenv("DIPLOGRAPH_SNAPSHOT_SECONDS", "3600")  # no checkpoint to settle it midway
    names = [graph_iri(f"note-{i}") for i in range(7)]
    with store.opened(tmp_path / "store") as s:
        for i, name in enumerate(names):
            assert store.put(s, name, _note(i), f"{i:064x}")
        key = id(s)
        assert key in behind._pending, "the sixth document started a flush behind"
        del s  # the store closes when the last reference goes
    assert key not in behind._pending, "closing the store waited for the last flush"
    with store.opened(tmp_path / "store") as again:
        held = {str(g.value) for g in again.named_graphs()}
    assert {str(n) for n in names} <= held


def test_a_checkpoint_due_is_made_behind_and_the_last_one_holds_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPLOGRAPH_SNAPSHOT_SECONDS", "0")  # every write is due
    names = [graph_iri(f"note-{i}") for i in range(4)]
    with store.opened(tmp_path / "store") as s:
        for i, name in enumerate(names):
            assert store.put(s, name, _note(i), f"{i:064x}")
            assert id(s) in behind._pending, "the publication due after a write runs behind it"
        del s
    last = snapshot.newest(tmp_path / "store")
    assert last is not None
    held = ox.Store.read_only(str(last))
    assert {str(n) for n in names} <= {str(g.value) for g in held.named_graphs()}


def test_a_failed_task_behind_is_raised_on_closing_and_the_store_still_closes(tmp_path: Path) -> None:
    def fail() -> None:
        raise OSError("no space left on device")

    with pytest.raises(OSError, match="no space left") as raised, store.opened(tmp_path / "store") as s:
        behind.start(s, fail)
        del s
    assert not (snapshot.folder(tmp_path / "store") / snapshot.MARK).exists(), "the writer's mark was taken away"
    del raised  # (its traceback holds the store open)
    gc.collect()
    with store.opened(tmp_path / "store") as again:  # and the store is free again
        assert again is not None
