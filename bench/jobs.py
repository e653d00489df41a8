"""Bulk ingest with worker processes: ``ingest --jobs 2`` against ``--jobs 1``, side by side.

    python bench/jobs.py [--quick] [--reports N] [--jobs N] [--json FILE]

The development corpus (``../shared/corpus/dev``, else the bundled samples and test cases) is
copied under new ids to N reports (2,000; 200 with ``--quick``) and split into five rounds.
Each round is ingested twice into new stores, in turn: by this process alone (``--jobs 1``)
and by worker processes with this process writing (``--jobs 2``), through the same code the
command runs (``diplograph.bulk``). Worker start is outside the timing: the model is loaded
and warmed once, before the workers fork, as the command does. The figure is the median
over the rounds of the ratio of the two times, and both stores must hold the same quads.

Beside it, the CPU time each way takes per report (this process and its workers): on an
idle machine the ratio cannot pass ``jobs`` times their quotient, so it says what the
workers cost, and how much of a low ratio is other work on a shared machine (the load
average is printed before and after).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from contextlib import redirect_stdout
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from diplograph import bulk  # noqa: E402
from diplograph.pipeline import ingest_text  # noqa: E402
from diplograph.read import language  # noqa: E402
from diplograph.store import opened  # noqa: E402

ROUNDS = 5


def corpus() -> list[tuple[str, str]]:
    """The development corpus where it is beside the checkout, else the bundled reports."""
    dev = sorted((ROOT.parent / "shared" / "corpus" / "dev").glob("*.txt"))
    files = dev or sorted([*(ROOT / "diplograph" / "samples").glob("*.txt"), *(ROOT / "tests" / "cases").glob("*.txt")])
    return [(p.stem, p.read_text(encoding="utf-8")) for p in files]


def write_rounds(folder: Path, n: int) -> list[list[str]]:
    """N reports as files, dealt into ROUNDS folders; each round's list of paths."""
    texts = corpus()
    rounds: list[list[str]] = [[] for _ in range(ROUNDS)]
    for i in range(n):
        stem, text = texts[i % len(texts)]
        d = folder / f"round{i % ROUNDS}"
        d.mkdir(exist_ok=True)
        path = d / f"b{i:05d}-{stem}.txt"
        path.write_text(text, encoding="utf-8")
        rounds[i % ROUNDS].append(str(path))
    return rounds


def cpu() -> float:
    """CPU seconds of this process and of its children that have ended."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def timed(store_dir: Path, paths: list[str], jobs: int) -> tuple[float, float, set[ox.Quad]]:
    """Seconds to ingest ``paths`` into a new store with ``jobs`` workers (1: in this process),
    the CPU seconds it took (workers included), and the quads of the store's document graphs."""
    c0 = cpu()
    workers = bulk.Workers(jobs, language.model_name()) if jobs > 1 else None
    try:
        with opened(store_dir) as store, redirect_stdout(io.StringIO()):
            t0 = time.perf_counter()
            code = bulk.ingest(store, paths, quiet=True, workers=workers)
            seconds = time.perf_counter() - t0
            assert code == 0, f"ingest exited {code}"
            docs = {q for q in store if "/id/graph/" in str(q.graph_name)}
    finally:
        if workers is not None:
            workers.close()  # joins them: their CPU time is counted
    return seconds, cpu() - c0, docs


def bench(n: int, jobs: int) -> dict[str, Any]:
    language.pipeline(language.model_name())
    ingest_text(corpus()[0][1], doc_id="warm-up")  # caches filled once, before any fork
    one: list[float] = []
    many: list[float] = []
    cpu_one: list[float] = []
    cpu_many: list[float] = []
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        rounds = write_rounds(Path(tmp), n)
        for i, paths in enumerate(rounds):
            a, ca, quads_a = timed(Path(tmp) / f"s{i}-1", paths, 1)
            b, cb, quads_b = timed(Path(tmp) / f"s{i}-{jobs}", paths, jobs)
            assert quads_a == quads_b, "the stores differ"
            one.append(a)
            many.append(b)
            cpu_one.append(ca / len(paths))
            cpu_many.append(cb / len(paths))
            print(
                f"round {i + 1}: {len(paths)} reports, --jobs 1 {a:6.1f} s ({len(paths) / a:5.1f}/s), "
                f"--jobs {jobs} {b:6.1f} s ({len(paths) / b:5.1f}/s), ratio {a / b:.2f}",
                flush=True,
            )
    ratios = [a / b for a, b in zip(one, many, strict=True)]
    per = n / ROUNDS
    return {
        "reports": n,
        "jobs": jobs,
        "cores": os.cpu_count(),
        "rounds": ROUNDS,
        "jobs1_reports_per_s": per / statistics.median(one),
        "jobsN_reports_per_s": per / statistics.median(many),
        "ratio": statistics.median(ratios),
        "ratios": ratios,
        "jobs1_cpu_ms_per_report": statistics.median(cpu_one) * 1000,
        "jobsN_cpu_ms_per_report": statistics.median(cpu_many) * 1000,
        "ceiling": jobs * statistics.median(cpu_one) / statistics.median(cpu_many),
        "load_average": [load_before, os.getloadavg()[0]],
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="200 reports instead of 2,000")
    p.add_argument("--reports", type=int, help="how many reports (default 2,000; 200 with --quick)")
    p.add_argument("--jobs", type=int, default=2, help="workers to compare with one process (default 2)")
    p.add_argument("--json", type=Path, help="write the figures here (default bench/results/jobs-<time>.json)")
    args = p.parse_args()
    n = args.reports or (200 if args.quick else 2000)
    result = bench(n, args.jobs)
    print(
        f"\n{n} reports on {result['cores']} cores: --jobs 1 {result['jobs1_reports_per_s']:.1f} reports/s, "
        f"--jobs {args.jobs} {result['jobsN_reports_per_s']:.1f} reports/s; "
        f"ratio {result['ratio']:.2f} (median of {ROUNDS} rounds)"
    )
    print(
        f"CPU per report: --jobs 1 {result['jobs1_cpu_ms_per_report']:.1f} ms, --jobs {args.jobs} "
        f"{result['jobsN_cpu_ms_per_report']:.1f} ms (workers and writer): at most {result['ceiling']:.2f} x on an "
        f"idle machine; load average {result['load_average'][0]:.1f} before, {result['load_average'][1]:.1f} after"
    )
    path = args.json or ROOT / "bench" / "results" / f"jobs-{datetime.now(UTC):%Y%m%dT%H%M%S}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"written {path}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")
    raise SystemExit(main())
