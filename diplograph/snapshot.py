"""Read snapshots: how readers see the last committed state while a writer holds the store.

Oxigraph lets one process open a store for writing, and calls a read-only opening during
another process's writes undefined behaviour. So the writer publishes RocksDB checkpoints
(``Store.backup``: hard links to the store's immutable files, a flush of what is in memory)
into a folder beside the store, ``<store>.snapshots/``, and readers open the newest one
read-only:

- after a committed write, at most once every ``DIPLOGRAPH_SNAPSHOT_SECONDS`` (default 2)
  seconds, and always when the writer closes the store;
- each snapshot is made in ``.part-N`` and renamed to ``snap-N`` when complete, so a reader
  never sees half of one; a checkpoint holds whole transactions, so whole documents only;
- the newest ``KEEP`` snapshots stay; an older one is deleted only when no reader holds it: a
  reader holds a shared ``flock`` on ``snap-N.lock`` for as long as it has the snapshot open,
  and the writer deletes only what it can lock exclusively (else it tries at the next
  publication);
- a ``WRITING`` mark sits in the folder while a writer has the store; one left by a writer
  that was killed tells the next reader to publish again from the store itself.

Only a process holding the store's lock (a writer, or a reader that found it free) publishes.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from diplograph import behind

ENV = "DIPLOGRAPH_SNAPSHOT_SECONDS"
EVERY = 2.0
"""Seconds between publications while writing: each costs a flush and a checkpoint (about
0.1 s on this project's machine), so a reader's view lags a writer by at most this much
plus one document's write."""
KEEP = 2
PREFIX = "snap-"
MARK = "WRITING"


def folder(location: Path) -> Path:
    """Where a store's snapshots live: ``<store>.snapshots`` beside it."""
    return location.with_name(location.name + ".snapshots")


def every() -> float:
    raw = os.environ.get(ENV, "")
    try:
        return max(0.0, float(raw)) if raw else EVERY
    except ValueError:
        return EVERY


def snapshots(location: Path) -> list[Path]:
    """The complete snapshots of a store, oldest first."""
    root = folder(location)
    if not root.is_dir():
        return []
    found = [p for p in root.iterdir() if p.name.startswith(PREFIX) and p.name[len(PREFIX) :].isdigit()]
    return sorted(found, key=lambda p: int(p.name[len(PREFIX) :]))


def newest(location: Path) -> Path | None:
    """The newest complete snapshot (its name changes with every publication), if any."""
    found = snapshots(location)
    return found[-1] if found else None


def stale(location: Path) -> bool:
    """True when the snapshots may not hold the store's last committed state: there is none
    yet, or a writer's mark is there (a writer is running, or was killed)."""
    return newest(location) is None or (folder(location) / MARK).exists()


@dataclass
class _Writer:
    location: Path
    last: float = 0.0
    pending: bool = False


_writers: dict[int, _Writer] = {}


def begin(store: ox.Store, location: Path) -> None:
    """A writer has the store: leave the mark. A mark already there means the last writer was
    killed, so its writes are not published yet."""
    root = folder(location)
    root.mkdir(exist_ok=True)
    mark = root / MARK
    w = _Writer(location, last=time.monotonic(), pending=mark.exists() or newest(location) is None)
    mark.touch()
    _writers[id(store)] = w


def location(store: ox.Store) -> Path | None:
    """Where a store opened for writing (``begin``) lives; None for any other."""
    w = _writers.get(id(store))
    return None if w is None else w.location


def pending(store: ox.Store) -> bool:
    """True when the store holds committed writes no snapshot has yet."""
    w = _writers.get(id(store))
    return w is not None and w.pending


def written(store: ox.Store, *, now: bool = False) -> None:
    """A transaction was committed: publish when the last publication is ``every()`` seconds
    old (or ``now``). Stores opened without ``begin`` (in memory, tests) are left alone."""
    w = _writers.get(id(store))
    if w is None:
        return
    w.pending = True
    if now:
        publish(store, w.location)
    elif time.monotonic() - w.last >= every():  # the checkpoint is made behind the ingest
        behind.start(store, lambda: _publish(store, w.location))
    else:
        return
    w.pending = False
    w.last = time.monotonic()


def end(store: ox.Store) -> None:
    """The writer closes the store: publish, then take the mark away. Always, not only after
    writes ``written`` was told of, so a writer that wrote to the store directly is
    published too. If publishing fails the mark stays, and the next reader publishes."""
    w = _writers.pop(id(store), None)
    if w is None:
        return
    publish(store, w.location)
    (folder(w.location) / MARK).unlink(missing_ok=True)


def publish(store: ox.Store, location: Path) -> Path:
    """Checkpoint the store as the newest snapshot, atomically, and prune the old ones."""
    behind.settled(store)
    return _publish(store, location)


def _publish(store: ox.Store, location: Path) -> Path:
    root = folder(location)
    root.mkdir(exist_ok=True)
    for part in root.glob(".part-*"):  # left by a publisher that was killed
        shutil.rmtree(part, ignore_errors=True)
    last = newest(location)
    number = int(last.name[len(PREFIX) :]) + 1 if last else 1
    part = root / f".part-{number:08d}"
    store.backup(str(part))
    target = root / f"{PREFIX}{number:08d}"
    target.with_suffix(".lock").touch()
    os.rename(part, target)
    prune(location)
    return target


def prune(location: Path) -> None:
    """Delete snapshots older than the newest ``KEEP`` that no reader holds."""
    for old in snapshots(location)[:-KEEP]:
        lock = old.with_suffix(".lock")
        try:
            fd = os.open(lock, os.O_RDONLY)
        except FileNotFoundError:
            shutil.rmtree(old, ignore_errors=True)
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:  # a reader has it open: next time
            os.close(fd)
            continue
        try:
            shutil.rmtree(old, ignore_errors=True)
            lock.unlink(missing_ok=True)
        finally:
            os.close(fd)


@contextmanager
def lease(location: Path) -> Iterator[Path | None]:
    """The newest snapshot, held against deletion until the block ends (None if there is
    none). The shared lock is taken before the folder is checked again, so a snapshot pruned
    in between is never opened."""
    fd = -1
    chosen: Path | None = None
    for _ in range(10):
        chosen = newest(location)
        if chosen is None:
            break
        try:
            fd = os.open(chosen.with_suffix(".lock"), os.O_RDONLY)
        except FileNotFoundError:
            continue
        fcntl.flock(fd, fcntl.LOCK_SH)
        if chosen.is_dir():
            break
        os.close(fd)
        fd, chosen = -1, None
    try:
        yield chosen if fd >= 0 else None
    finally:
        if fd >= 0:
            os.close(fd)
