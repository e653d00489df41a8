"""Bulk ingest: reports read by worker processes, written by this one, in input order.

Each worker reads a batch of reports whole (the spaCy parse over the batch, then each
report's extraction, graph and SHACL gate) and sends back each document graph as N-Triples
with its text's SHA-256.
This process is the store's only writer: it writes each document in one transaction
(``store.put``), so every document is whole or absent whatever happens to any process, and it
takes results in input order, so what is written and printed is the same for any ``--jobs``.
With one job (or one report) everything runs in this process.

Workers are forked, where the platform allows, after the language model is loaded and before
the store is opened: they start with the model in memory and never hold the store's files,
and this process runs no other Python thread yet. Elsewhere they are spawned and load the
model once each. A worker ignores Ctrl-C (this process stops the run) and ends when this
process is gone.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from rdflib import URIRef

from diplograph.corpus import BAD_INPUT, NOT_CONFORMING, Item, Refusal, Report, reports
from diplograph.errors import BadInput, DiplographError, NotConforming
from diplograph.pipeline import IngestedDocument, finish, parsed, source
from diplograph.progress import Watch, count
from diplograph.read import language
from diplograph.read.text import Source
from diplograph.store import put

BATCH = 4
"""Reports the language layer reads at once: most of what ``nlp.pipe`` gains over one text
at a time, while a small corpus still spreads over every worker."""
AHEAD = 2
"""Batches handed out per worker ahead of the one being written: enough to keep every
worker busy, few enough that memory does not grow with the corpus."""

T = TypeVar("T")


@dataclass(frozen=True)
class Serialised:
    """A document graph as a worker sends it: its N-Triples, as the store takes them, and how
    many triples they hold. The writer's time per document is what the workers wait on, and
    this leaves it the store's write alone."""

    origin: str
    doc_id: str
    graph_name: str
    sha256: str
    body: str
    count: int  # triples


def read(report: Report) -> IngestedDocument | Refusal:
    """Read one report; a Refusal naming its origin when it is bad input or does not conform."""
    return read_batch([report])[0]


def read_batch(batch: Sequence[Report]) -> list[IngestedDocument | Refusal]:
    """Read reports together: the language layer runs over the batch at once (``nlp.pipe``),
    the rest report by report; each gets its own answer, in order."""
    sources: list[Source | Refusal] = []
    for report in batch:
        try:
            sources.append(source(report.text, doc_id=report.doc_id, check=False, publisher=report.publisher))
        except BadInput as exc:
            sources.append(_refused(report, exc))
    good = [src for src in sources if not isinstance(src, Refusal)]
    docs = iter(parsed(good)) if len(good) > 1 else iter([None] * len(good))
    out: list[IngestedDocument | Refusal] = []
    for report, src in zip(batch, sources, strict=True):
        if isinstance(src, Refusal):
            out.append(src)
            continue
        try:
            out.append(finish(src, next(docs)))
        except (BadInput, NotConforming) as exc:
            out.append(_refused(report, exc))
    return out


def _refused(report: Report, exc: BadInput | NotConforming) -> Refusal:
    if isinstance(exc, NotConforming):  # named by the id (a file's stem), and by the line of a record
        message = f"{report.origin}: {exc}" if report.record else str(exc)
        return Refusal(report.origin, NOT_CONFORMING, message, exc.report)
    reason = str(exc).removeprefix(f"{report.doc_id}: ")
    return Refusal(report.origin, BAD_INPUT, str(BadInput(f"{report.origin}: {reason}")))


def read_serialised(batch: Sequence[Report]) -> list[Serialised | Refusal]:
    """``read_batch``, in a worker: each graph goes back as its N-Triples."""
    out: list[Serialised | Refusal] = []
    for report, doc in zip(batch, read_batch(batch), strict=True):
        if isinstance(doc, Refusal):
            out.append(doc)
        else:
            out.append(
                Serialised(report.origin, doc.doc_id, str(doc.graph_name), doc.sha256, doc.body, len(doc.triples))
            )
    return out


class Workers:
    """``jobs`` worker processes, started at once (see the module's notes)."""

    def __init__(self, jobs: int, model: str) -> None:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        sys.stdout.flush()
        sys.stderr.flush()
        self.jobs = jobs
        self.pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start, initargs=(model, os.getpid()))
        try:
            for started in [self.pool.submit(_ready) for _ in range(jobs)]:
                started.result()
        except BrokenProcessPool:
            self.close()
            raise DiplographError("the worker processes could not start; --jobs 1 reads without them") from None
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _start(model: str, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    language.choose(model)
    language.pipeline(model)  # loaded already where forked; once per worker where spawned
    threading.Thread(target=_orphaned, args=(parent,), daemon=True).start()


def _orphaned(parent: int) -> None:
    """End this worker when the process that started it is gone (killed, say)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _ready() -> int:
    return os.getpid()


@contextmanager
def prepared(args: argparse.Namespace) -> Iterator[None]:
    """For ``ingest``: start the workers ``--jobs`` asks for (``args.workers``), before the
    caller opens the store, and stop them after. Nothing for other commands."""
    if args.command != "ingest":
        yield
        return
    jobs = args.jobs or os.cpu_count() or 1
    if jobs < 2 or single(args.paths, jsonl=args.jsonl):
        args.workers = None
        yield
        return
    args.workers = Workers(jobs, language.model_name())
    try:
        yield
    finally:
        args.workers.close()
        args.workers = None


def single(paths: Sequence[str], *, jsonl: bool = False) -> bool:
    """True when the paths name at most one report for certain: one text file, or stdin
    read as text. Such an ingest needs no worker processes."""
    if len(paths) != 1 or jsonl:
        return False
    path = Path(paths[0])
    return paths[0] == "-" or (path.suffix != ".jsonl" and not path.is_dir())


def outcomes(items: Iterable[Item], workers: Workers | None) -> Iterator[IngestedDocument | Serialised | Refusal]:
    """What became of each item, in input order: read here, or by the workers, in batches of
    ``BATCH`` reports (the language layer's unit), with at most ``AHEAD`` batches each
    handed out ahead."""
    if workers is None:
        for batch in _batches(items):
            yield from _merged(batch, read_batch([item for item in batch if isinstance(item, Report)]))
        return
    window: deque[tuple[list[Item], Future[list[Serialised | Refusal]] | None]] = deque()
    for batch in _batches(items):
        reports = [item for item in batch if isinstance(item, Report)]
        window.append((batch, workers.pool.submit(read_serialised, reports) if reports else None))
        while len(window) > workers.jobs * AHEAD:
            yield from _result(*window.popleft())
    while window:
        yield from _result(*window.popleft())


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    """Consecutive items, ``BATCH`` reports at a time (refusals ride along where they fall)."""
    batch: list[Item] = []
    reports = 0
    for item in items:
        batch.append(item)
        reports += isinstance(item, Report)
        if reports == BATCH:
            yield batch
            batch, reports = [], 0
    if batch:
        yield batch


def _merged(batch: list[Item], read: Sequence[T]) -> Iterator[T | Refusal]:
    """The batch's items in order, each report replaced by what became of it."""
    answers = iter(read)
    for item in batch:
        yield item if isinstance(item, Refusal) else next(answers)


def _result(batch: list[Item], pending: Future[list[Serialised | Refusal]] | None) -> Iterator[Serialised | Refusal]:
    if pending is None:
        return _merged(batch, [])
    try:
        return _merged(batch, pending.result())
    except BrokenProcessPool:
        first = next(item for item in batch if isinstance(item, Report))
        raise DiplographError(
            f"{first.origin}: a worker process ended while reading it or the reports after it in its batch; "
            "every document written so far is whole"
        ) from None


def write(store: ox.Store, doc: IngestedDocument | Serialised) -> str:
    """Write one document graph in one transaction: ``stored``, ``replaced`` or ``unchanged``."""
    name = URIRef(doc.graph_name)
    existed = store.contains_named_graph(ox.NamedNode(str(name)))
    if not put(store, name, None, doc.sha256, body=doc.body):  # the N-Triples made with the graph
        return "unchanged"
    return "replaced" if existed else "stored"


def ingest(
    store: ox.Store,
    paths: list[str],
    *,
    stdin_id: str | None = None,
    jsonl: bool = False,
    quiet: bool = False,
    workers: Workers | None = None,
) -> int:
    """Read and store every report the paths name; the exit code (0, 1 when a document did
    not conform, 2 when an input was bad: the worst wins, whatever else was stored)."""
    items = reports(paths, stdin_id=stdin_id, jsonl=jsonl)
    watch = Watch(quiet=quiet, total=None if quiet or not sys.stderr.isatty() else count(paths, jsonl=jsonl))
    try:
        for done in outcomes(items, workers):
            if isinstance(done, Refusal):
                watch.refused(done)
            else:
                watch.done(write(store, done), done.doc_id, _triples(done))
    except KeyboardInterrupt:
        watch.summary.interrupted = True
        watch.close()
        return 130
    watch.close()
    return watch.summary.exit_code


def _triples(doc: IngestedDocument | Serialised) -> int:
    return doc.count if isinstance(doc, Serialised) else len(doc.triples)
