"""The journal of a load whose graphs are judged while the bulk loader commits them.

A large file's new graphs go into the store before the judging process (``python -m
diplograph.judge``) has said which conform (:mod:`diplograph.streamed`): the bulk loader's
commit and the judging then run side by side, on two cores. Before the commit the names of
those graphs are written here, durably; once the graphs that do not conform are taken out
again, the journal is deleted, and only then are readers given a snapshot. A writer killed in
between leaves the journal, and the next opening of the store (:func:`diplograph.store.opened`,
which readers use too when the snapshots are stale) takes every graph it names out before
anything else: the graphs were new, so the store is as it was before the load. Readers never
see a graph that was not judged.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox

from diplograph import snapshot

NAME = "LOADING"


def of(location: Path) -> Path:
    """Where the journal of the store at ``location`` lives (beside its snapshots)."""
    return snapshot.folder(location) / NAME


def path_for(store: ox.Store) -> Path | None:
    """The journal of a store opened for writing; None for a store opened otherwise (in
    memory, in tests), which gets no journal."""
    location = snapshot.location(store)
    return None if location is None else of(location)


def write(path: Path, graphs: list[str]) -> None:
    """Name the graphs about to be committed, durably, before the commit."""
    part = path.with_name(path.name + ".part")
    with part.open("w", encoding="utf-8") as fh:
        fh.write("".join(f"{g}\n" for g in graphs))
        fh.flush()
        os.fsync(fh.fileno())
    part.replace(path)
    _sync(path.parent)


def clear(path: Path) -> None:
    """The load is settled: its journal goes."""
    path.unlink(missing_ok=True)
    _sync(path.parent)


def undo(store: ox.Store, path: Path) -> int:
    """Take out every graph the journal names (those a load committed but never settled),
    then the journal; the number of graphs it named."""
    if not path.exists():
        return 0
    graphs = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
    for g in graphs:
        store.remove_graph(ox.NamedNode(g))
    store.flush()
    clear(path)
    return len(graphs)


def _sync(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
