"""An RDF file streamed from Oxigraph's parser into its bulk loader, for ``diplograph load``.

The document graphs the store does not hold go to the bulk loader (``bulk_extend``) as the
parser gives them, and the loader ingests them in one atomic step at its commit (in
pyoxigraph 0.5 its files go into the store together at the end, not as it goes, and that
commit is most of its time), so a syntax error anywhere in the file leaves nothing of it
written. Graphs the store already holds, the ontology's and foreign ones are held back and
settled one by one afterwards by the caller (:mod:`diplograph.load`).

Unless the file is trusted, each new graph is judged against the shapes
(:mod:`diplograph.judge`), in one of two ways:

- a file of :data:`APART_BYTES` or more, into a store opened for writing: a judging process
  reads the file beside this one, on another core, while the graphs go to the loader
  unjudged; the journal names them before the commit (:mod:`diplograph.journal`), the
  graphs that do not conform are taken out again once the commit is done, and only then
  does a reader get a snapshot. The commit and the judging run side by side.
- otherwise, in this process and before the loader sees them: each graph's quads are kept
  until the parser moves on, and judged with the other graphs of their batch.

Both need each graph's quads together, as an export and the distributed reader write them;
where a new graph comes back after another, :class:`Scattered` is raised with nothing
written, and the caller loads the file the slow way, whole.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

import diplograph
from diplograph import journal, snapshot
from diplograph.judge import FORMATS, Refusal, Scattered, judge

BATCH = 256
"""Graphs judged together in this process: the SPARQL constraints run once per batch."""
APART_BYTES = 16 << 20
"""Files from this size are judged by a process of their own, on another core; below it
that process's start (a third of a second) would cost more than it saves."""

__all__ = ["Scattered", "Streamed", "stream"]


@dataclass
class Streamed:
    """What a streamed file held: graphs loaded (with their triple counts), graphs held back
    (their quads, to settle one by one), graphs the gate refused (triples, status, detail),
    and the number of triples outside any named graph."""

    stored: dict[str, int] = field(default_factory=dict)
    held: dict[str, list[ox.Quad]] = field(default_factory=dict)
    names: dict[str, ox.NamedNode | ox.BlankNode] = field(default_factory=dict)
    refused: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    default: int = 0


def stream(
    store: ox.Store,
    path: Path,
    fmt: ox.RdfFormat,
    *,
    is_new: Callable[[ox.NamedNode | ox.BlankNode], bool],
    trusted: bool,
) -> Streamed:
    """Load the new graphs of one file through the bulk loader, each judged unless
    ``trusted``. Raises the parser's errors, and :class:`Scattered`, with nothing written."""
    out = Streamed()
    log = journal.path_for(store)
    if trusted:
        store.bulk_extend(_trusted(path, fmt, out, is_new))
    elif log is not None and path.stat().st_size >= APART_BYTES and (apart := _Apart.start(path, fmt)):
        try:
            store.bulk_extend(_fed(path, fmt, out, is_new, apart, log))
            _settle(store, out, apart, log)
        finally:
            apart.close()
            journal.undo(store, log)  # what was not settled (an error, Ctrl-C) goes out again
    else:
        store.bulk_extend(_checked(path, fmt, out, is_new, _Here()))
    if out.stored:
        store.flush()
        snapshot.written(store)
    return out


def _trusted(
    path: Path, fmt: ox.RdfFormat, out: Streamed, is_new: Callable[[ox.NamedNode | ox.BlankNode], bool]
) -> Iterator[ox.Quad]:
    new = out.stored
    for q in ox.parse(path=str(path), format=fmt):
        g = q.graph_name
        if isinstance(g, ox.DefaultGraph):
            out.default += 1
            continue
        key = str(g)
        if key in new:
            new[key] += 1
            yield q
        elif key in out.held:
            out.held[key].append(q)
        elif is_new(g):
            new[key] = 1
            yield q
        else:
            out.held[key] = [q]
            out.names[key] = g


def _fed(
    path: Path,
    fmt: ox.RdfFormat,
    out: Streamed,
    is_new: Callable[[ox.NamedNode | ox.BlankNode], bool],
    apart: _Apart,
    log: Path,
) -> Iterator[ox.Quad]:
    """The new graphs as the parser gives them, while the judging process reads the file
    too; before the loader commits them, the journal names them."""
    new = out.stored
    seen: set[str] = set()
    current: ox.NamedNode | ox.BlankNode | None = None
    key, count = "", 0
    for q in ox.parse(path=str(path), format=fmt):
        g = q.graph_name
        if g == current:
            count += 1
            yield q
            continue
        if isinstance(g, ox.DefaultGraph):
            out.default += 1
            continue
        if current is not None:
            new[key], current = count, None
        apart.read(block=False)  # keeps its pipe from filling
        if started := _starts_new(out, seen, g, q, is_new):
            current, key, count = g, started, 1
            yield q
    if current is not None:
        new[key] = count
    journal.write(log, [k[1:-1] for k in new])


def _starts_new(
    out: Streamed,
    seen: set[str],
    g: ox.NamedNode | ox.BlankNode,
    q: ox.Quad,
    is_new: Callable[[ox.NamedNode | ox.BlankNode], bool],
) -> str | None:
    """A quad of another graph than the one before: its graph's key where it starts a new
    document graph, else None (the quad is held back). Raises :class:`Scattered` where a
    new graph comes back after another."""
    key = str(g)
    if key in out.held:
        out.held[key].append(q)
        return None
    if key in seen:
        raise Scattered(key)
    if is_new(g):
        seen.add(key)
        return key
    out.held[key] = [q]
    out.names[key] = g
    return None


def _settle(store: ox.Store, out: Streamed, apart: _Apart, log: Path) -> None:
    """After the commit: the judging process's verdicts (graphs it did not judge are judged
    here, from the store); what does not conform goes out again, then the journal."""
    verdicts = apart.all()
    for key in list(out.stored):
        if key in verdicts:
            refusal = verdicts[key]
        else:
            refusal = judge([list(store.quads_for_pattern(None, None, None, ox.NamedNode(key[1:-1])))])[0]
        if refusal is not None:
            out.refused[key] = (out.stored.pop(key), *refusal)
            store.remove_graph(ox.NamedNode(key[1:-1]))
    store.flush()
    journal.clear(log)


Decided = Iterator[tuple[list[ox.Quad], Refusal | None]]


def _checked(
    path: Path,
    fmt: ox.RdfFormat,
    out: Streamed,
    is_new: Callable[[ox.NamedNode | ox.BlankNode], bool],
    judges: _Here,
) -> Iterator[ox.Quad]:
    pending: deque[list[ox.Quad]] = deque()
    seen: set[str] = set()
    current: list[ox.Quad] | None = None
    name: ox.NamedNode | ox.BlankNode | None = None

    def settle(end: bool) -> Iterator[ox.Quad]:
        for quads, refusal in judges.decided(pending, end):
            key = str(quads[0].graph_name)
            if refusal is None:
                out.stored[key] = len(quads)
                yield from quads
            else:
                out.refused[key] = (len(quads), *refusal)

    for q in ox.parse(path=str(path), format=fmt):
        g = q.graph_name
        if current is not None and g == name:
            current.append(q)
            continue
        if isinstance(g, ox.DefaultGraph):
            out.default += 1
            continue
        if current is not None:
            pending.append(current)
            current = None
            yield from settle(False)
        if _starts_new(out, seen, g, q, is_new):
            current, name = [q], g
    if current is not None:
        pending.append(current)
    yield from settle(True)


class _Here:
    """Graphs judged in this process, a batch at a time."""

    def decided(self, pending: deque[list[ox.Quad]], end: bool) -> Decided:
        if end or len(pending) >= BATCH:
            batch = list(pending)
            pending.clear()
            yield from zip(batch, judge(batch), strict=True)

    def close(self) -> None:
        pass


class _Apart:
    """Graphs judged by ``python -m diplograph.judge`` in a process of its own, which parses
    the same file: its verdicts are read as they come, so its pipe never fills, and all of
    them once the loader has committed."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        self.proc = proc
        self.fd = proc.stdout.fileno()
        self.buffer = b""
        self.verdicts: dict[str, Refusal | None] = {}
        self.ended = False

    @classmethod
    def start(cls, path: Path, fmt: ox.RdfFormat) -> _Apart | None:
        """The judging process started; None where none can be (nor for a format it does
        not read)."""
        format_name = next((name for name, f in FORMATS.items() if f == fmt), None)
        if format_name is None:
            return None
        env = dict(os.environ)
        here = str(Path(diplograph.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH", "")) if p)
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "diplograph.judge", str(path), format_name],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
                env=env,
            )
        except OSError:
            return None
        return cls(proc)

    def all(self) -> dict[str, Refusal | None]:
        """Every verdict, once the process has ended (where it ended early, fewer)."""
        while not self.ended:
            self.read(block=True)
        return self.verdicts

    def read(self, *, block: bool) -> None:
        if self.ended or (not block and not select.select([self.fd], [], [], 0)[0]):
            return
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            self.ended = True
            return
        *lines, self.buffer = (self.buffer + chunk).split(b"\n")
        for line in lines:
            got = json.loads(line)
            if "graph" in got:
                self.verdicts[got["graph"]] = (got["status"], got["detail"]) if "status" in got else None

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
