"""Store benchmarks for loading and for reads during writes; every figure a ratio of two
things measured side by side in one run.

    python bench/store.py [--quick] [--json FILE]

1. ``diplograph load`` of an N-Quads export (each document graph judged against the shapes,
   the new ones written by the bulk loader in one step; see ``diplograph.streamed``), and
   again with ``--trusted``, against Oxigraph's own bulk loader (``Store.bulk_load``) on the
   same file, interleaved, the median of the rounds;
2. a saved query answered while ``diplograph ingest`` (one worker process, then one per
   core) writes to the same store from another process, against the same query on the idle
   store (before and after the ingest), each opened the way the command line opens it
   (``store.reading``); and how stale the reader's view was: for each document, the time
   from the writer printing ``stored`` to the first snapshot that holds it (watched every
   20 ms from a thread of the reading process).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pyoxigraph as ox  # noqa: E402
from run import generated, reports  # noqa: E402

import diplograph.load as loading  # noqa: E402
from diplograph import __version__, snapshot, streamed  # noqa: E402
from diplograph.export import Format, export  # noqa: E402
from diplograph.queries import get, run  # noqa: E402
from diplograph.store import opened, reading  # noqa: E402


def bench_load(n: int, rounds: int, tmp: Path) -> dict[str, float]:
    """``load`` against ``bulk_load`` on one N-Quads export of ``n`` documents."""
    quads = [q for q in generated(n) if not q.graph_name.value.endswith("graph/ontology")]  # type: ignore[union-attr]
    source = ox.Store()
    source.extend(quads)
    path = tmp / "export.nq"
    with path.open("wb") as fh:
        export(source, Format.nquads, output=fh)
    triples = len(quads)
    del source, quads
    counter = iter(range(10 * rounds))

    def ours(trusted: bool) -> float:
        location = tmp / f"ours{next(counter)}"
        with opened(location) as store:  # the ontology goes in before the clock starts
            t0 = time.perf_counter()
            outcomes = list(loading.load_file(store, path, ox.RdfFormat.N_QUADS, trusted=trusted))
            store.flush()
            took = time.perf_counter() - t0
        assert all(o.status == "stored" for o in outcomes), {o.status for o in outcomes}
        return took

    def theirs() -> float:
        store = ox.Store(str(tmp / f"bulk{next(counter)}"))
        t0 = time.perf_counter()
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        store.flush()
        return time.perf_counter() - t0

    checked, trusted, bulk = [], [], []
    for _ in range(rounds):  # interleaved: A B C A B C ...
        checked.append(ours(False))
        trusted.append(ours(True))
        bulk.append(theirs())
    a, t, b = statistics.median(checked), statistics.median(trusted), statistics.median(bulk)
    return {
        "documents": n,
        "triples": triples,
        "load_s": a,
        "load_trusted_s": t,
        "bulk_load_s": b,
        "load_triples_per_s": triples / a,
        "load_trusted_triples_per_s": triples / t,
        "bulk_load_triples_per_s": triples / b,
        "load_vs_bulk_load": b / a,
        "load_trusted_vs_bulk_load": b / t,
        "judged_apart": path.stat().st_size >= streamed.APART_BYTES,
    }


def _timed_query(location: Path, text: str) -> float:
    t0 = time.perf_counter()
    with reading(location) as store:
        run(store, text)
    return time.perf_counter() - t0


def bench_reads(
    base: int, ingested: int, rounds: int, tmp: Path, jobs: int, query: str = "communications"
) -> dict[str, Any]:
    """A saved query on the idle store, then while ``diplograph ingest --jobs JOBS`` adds
    ``ingested`` reports from another process, then idle again."""
    location = tmp / "store"
    with opened(location) as store:
        store.bulk_extend(q for q in generated(base) if not q.graph_name.value.endswith("graph/ontology"))  # type: ignore[union-attr]
        # written directly, not through store.put: published when the store closes
    del store  # the name would keep the store open, and its lock held
    folder = tmp / "incoming"
    folder.mkdir()
    corpus = reports()
    for i in range(ingested):
        doc_id, text = corpus[i % len(corpus)]
        (folder / f"new-{i:05d}-{doc_id}.txt").write_text(text, encoding="utf-8")
    text = get(query).text
    idle = [_timed_query(location, text) for _ in range(rounds)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "--store", str(location), "ingest", "--jobs", str(jobs), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    stored: dict[str, float] = {}

    def follow() -> None:
        assert writer.stdout is not None
        for line in writer.stdout:
            if line.startswith("stored "):
                stored[line.split()[1]] = time.monotonic()

    seen: dict[str, float] = {}
    prefix = "https://w3id.org/diplograph/id/graph/"

    def watch() -> None:
        """Every 20 ms, the newest snapshot; when it changes, the documents it holds."""
        last: Path | None = None
        while writer.poll() is None:
            if (newest := snapshot.newest(location)) != last:
                with snapshot.lease(location) as held:
                    if held is not None:
                        now = time.monotonic()
                        view = ox.Store.read_only(str(held))
                        for g in view.named_graphs():
                            seen.setdefault(g.value.removeprefix(prefix), now)
                        del view
                last = newest
            time.sleep(0.02)

    threads = [threading.Thread(target=follow, daemon=True), threading.Thread(target=watch, daemon=True)]
    for t in threads:
        t.start()
    during: list[float] = []
    while writer.poll() is None:
        if not stored:
            time.sleep(0.05)
            continue
        during.append(_timed_query(location, text))
    writer.wait()
    end = time.monotonic()  # the writer has closed the store, after its last publication
    for t in threads:
        t.join()
    idle += [_timed_query(location, text) for _ in range(rounds)]
    lags = [max(0.0, seen.get(name, end) - at) for name, at in stored.items()]
    return {
        "query": query,
        "jobs": jobs,
        "base_documents": base,
        "ingested": len(stored),
        "queries_during": len(during),
        "idle_ms": statistics.median(idle) * 1000,
        "during_ms": statistics.median(during) * 1000 if during else float("nan"),
        "during_vs_idle": statistics.median(during) / statistics.median(idle) if during else float("nan"),
        "stale_median_s": statistics.median(lags) if lags else float("nan"),
        "stale_max_s": max(lags) if lags else float("nan"),
    }


def main() -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--quick", action="store_true", help="small sizes, a few minutes")
    p.add_argument("--json", type=Path, help="write the figures here (default bench/results/store-<time>.json)")
    p.add_argument("--only", choices=["load", "reads"], help="run one of the two parts")
    args = p.parse_args()
    rounds = 3 if args.quick else 5
    sizes = (200,) if args.quick else (500, 2000)
    out: dict[str, Any] = {"quick": args.quick, "rounds": rounds, "version": __version__, "load": [], "reads": []}
    for n in sizes if args.only != "reads" else ():
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
            out["load"].append(_show(bench_load(n, rounds, Path(tmp)), _load_line))
    base, ingested = (500, 40) if args.quick else (2000, 200)
    for jobs in (1, os.cpu_count() or 1) if args.only != "load" else ():
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
            out["reads"].append(_show(bench_reads(base, ingested, rounds, Path(tmp), jobs), _reads_line))
    path = args.json or ROOT / "bench" / "results" / f"store-{datetime.now(UTC):%Y%m%dT%H%M%S}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten {path}", flush=True)
    return 0


def _show(figures: dict[str, Any], line: Callable[[dict[str, Any]], str]) -> dict[str, Any]:
    print(line(figures), flush=True)
    return figures


def _load_line(r: dict[str, Any]) -> str:
    where = "by a process of its own" if r["judged_apart"] else "in process"
    return (
        f"load {r['documents']} documents ({r['triples']} triples): bulk_load {r['bulk_load_triples_per_s']:,.0f} "
        f"triples/s; load {r['load_triples_per_s']:,.0f} triples/s = {r['load_vs_bulk_load']:.2f} x its speed "
        f"(judged {where}); load --trusted {r['load_trusted_triples_per_s']:,.0f} triples/s = "
        f"{r['load_trusted_vs_bulk_load']:.2f} x (goal 0.8)"
    )


def _reads_line(r: dict[str, Any]) -> str:
    return (
        f"query {r['query']} on {r['base_documents']} documents: idle {r['idle_ms']:.1f} ms, during an ingest of "
        f"{r['ingested']} reports (--jobs {r['jobs']}) {r['during_ms']:.1f} ms ({r['queries_during']} runs): "
        f"{r['during_vs_idle']:.2f} x (goal within 2 x); reader's view stale by {r['stale_median_s']:.2f} s "
        f"median, {r['stale_max_s']:.2f} s max"
    )


if __name__ == "__main__":
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")
    raise SystemExit(main())
