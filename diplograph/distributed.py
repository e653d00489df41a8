"""Past one machine: the reader as a pure function, and a recipe that runs it on Dask's
distributed scheduler over a JSON Lines corpus, writing sharded N-Quads that ``diplograph
load`` (or any store's bulk loader) then loads.

    python -m diplograph.distributed CORPUS.jsonl OUTDIR [--scheduler ADDRESS] [--shard-size N]

Without ``--scheduler`` a local cluster of one worker process per core is started. The
corpus is read here, line by line (``diplograph.corpus.records``: one report per line with
``id``, ``text`` and optional ``url``, ``published``, ``source``); batches of
``--shard-size`` reports go to the workers, at most two per worker at a time, so memory
stays bounded whatever the corpus's size; each batch comes back as one shard,
``OUTDIR/shard-NNNNN.nq``, written to a side file and renamed when complete. Only this
process touches OUTDIR, so the workers need no shared file system. Each worker needs
diplograph and its spaCy model installed at the same version (``SOURCE_DATE_EPOCH`` in the
workers' environment fixes the recorded ingest time).

Exit codes: 0 every report read; 1 some did not conform to the shapes; 2 some lines were
unusable (each named ``FILE:LINE`` on stderr) or the corpus could not be read. The shards hold
the reports that were read either way.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from diplograph.corpus import Refusal, Report, records
from diplograph.errors import BadInput, NotConforming
from diplograph.namespace import graph_iri
from diplograph.pipeline import ingest_text


def read_report(text: str, doc_id: str, publisher: str | None = None) -> str:
    """Text in, the validated N-Quads of its one document graph out (the graph
    ``diplograph ingest`` would store). Depends on nothing but its arguments, the installed
    reader and ``SOURCE_DATE_EPOCH``. Raises BadInput for unusable text and NotConforming
    when the graph fails the shapes."""
    doc = ingest_text(text, doc_id=doc_id, publisher=publisher)
    graph = ox.NamedNode(str(doc.graph_name))
    triples = ox.parse(doc.body, format=ox.RdfFormat.N_TRIPLES)
    quads = (ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
    return (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").decode("utf-8")


Batch = list[tuple[str, str, str, str | None]]
"""Reports to read: (origin, id, text, publisher)."""


@dataclass
class Shard:
    """What one batch gave: N-Quads of the documents read, and one line per refusal."""

    number: int
    nquads: str = ""
    documents: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)  # (exit code, message)


def read_batch(number: int, batch: Batch) -> Shard:
    """The task each worker runs: every report of a batch, through ``read_report``."""
    shard = Shard(number)
    parts = []
    for origin, doc_id, text, publisher in batch:
        try:
            parts.append(read_report(text, doc_id, publisher))
            shard.documents += 1
        except NotConforming as exc:
            shard.refused.append((1, f"{origin}: {exc}"))
        except BadInput as exc:
            shard.refused.append((2, f"{origin}: {exc}"))
    shard.nquads = "".join(parts)
    return shard


@dataclass
class Summary:
    shards: list[Path] = field(default_factory=list)
    documents: int = 0
    code: int = 0


def batches(corpus: Path, size: int, summary: Summary) -> Iterator[Batch]:
    """The corpus in batches of ``size`` reports; unusable lines reported as they are met."""
    try:
        fh = corpus.open("rb")
    except OSError as exc:
        raise BadInput(f"{corpus}: cannot read ({exc.strerror})") from None
    batch: Batch = []
    seen: set[str] = set()
    with fh:
        for item in records(str(corpus), fh):
            if isinstance(item, Refusal):
                print(f"diplograph: {item.message}", file=sys.stderr)
                summary.code = 2
                continue
            assert isinstance(item, Report)
            key = str(graph_iri(item.doc_id))
            if key in seen:
                print(f"diplograph: {item.origin}: document id {item.doc_id!r} given twice", file=sys.stderr)
                summary.code = 2
                continue
            seen.add(key)
            batch.append((item.origin, item.doc_id, item.text, item.publisher))
            if len(batch) == size:
                yield batch
                batch = []
    if batch:
        yield batch


def run(client: Any, corpus: Path, outdir: Path, *, shard_size: int = 100) -> Summary:
    """Read the corpus on the client's cluster into ``outdir/shard-NNNNN.nq``."""
    outdir.mkdir(parents=True, exist_ok=True)
    summary = Summary()
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    todo = enumerate(batches(corpus, shard_size, summary), start=1)
    pending = _dask().as_completed()
    for number, batch in todo:
        pending.add(client.submit(read_batch, number, batch, pure=False))
        if pending.count() >= window:
            break
    for future in pending:
        _write(outdir, future.result(), summary)
        future.release()
        nxt = next(todo, None)
        if nxt is not None:
            pending.add(client.submit(read_batch, *nxt, pure=False))
    summary.shards.sort()
    return summary


def _write(outdir: Path, shard: Shard, summary: Summary) -> None:
    for code, message in shard.refused:
        print(f"diplograph: {message}", file=sys.stderr)
        summary.code = max(summary.code, code)
    if not shard.documents:
        return
    path = outdir / f"shard-{shard.number:05d}.nq"
    part = path.with_name(path.name + ".part")
    part.write_text(shard.nquads, encoding="utf-8")
    part.replace(path)
    summary.shards.append(path)
    summary.documents += shard.documents


def _dask() -> Any:
    """Dask's distributed scheduler, imported only when the recipe runs (it is untyped)."""
    import distributed

    return distributed


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m diplograph.distributed", description=__doc__.splitlines()[0])
    p.add_argument("corpus", type=Path, help="a JSON Lines corpus: one report per line")
    p.add_argument("outdir", type=Path, help="folder for the N-Quads shards")
    p.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler (default: a local cluster)")
    p.add_argument("--shard-size", type=int, default=100, metavar="N", help="reports per shard (default 100)")
    args = p.parse_args(argv)
    dask = _dask()

    try:
        if args.scheduler:
            with dask.Client(args.scheduler) as client:
                summary = run(client, args.corpus, args.outdir, shard_size=args.shard_size)
        else:
            with (
                dask.LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True) as cluster,
                dask.Client(cluster) as client,
            ):
                summary = run(client, args.corpus, args.outdir, shard_size=args.shard_size)
    except BadInput as exc:
        print(f"diplograph: {exc}", file=sys.stderr)
        return 2
    print(f"read {summary.documents} reports into {len(summary.shards)} shards in {args.outdir}")
    return summary.code


if __name__ == "__main__":
    raise SystemExit(main())
