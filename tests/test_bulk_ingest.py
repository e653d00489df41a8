"""Bulk ingest: --jobs N gives the store --jobs 1 gives, in the same order; a summary that
counts what became of each report; a progress bar on a terminal, plain lines elsewhere;
workers that end with the process that started them."""

from __future__ import annotations

import argparse
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from diplograph import bulk
from diplograph.corpus import BAD_INPUT, NOT_CONFORMING, Refusal
from diplograph.progress import Watch

REPORTS = {
    "a-letter": "President of Ghana John Mahama sent a letter to President of Kenya William Ruto, "
    "in which he thanked him for the support of Kenya at the summit.\n",
    "b-call": "date: 2025-05-06\n\nPrime Minister of Norway Jonas Gahr Store had a telephone conversation "
    "with Prime Minister of Finland Petteri Orpo. The two leaders discussed energy and trade.\n",
    "c-talks": "Foreign Minister of Mongolia Battsetseg Batmunkh held talks with Foreign Minister of "
    "Kazakhstan Murat Nurtleu in Astana. The ministers agreed to meet again in the autumn.\n",
    "d-message": "President of Chile Gabriel Boric sent a message of congratulations to President of "
    "Peru Dina Boluarte on the national day of Peru and wished the people of Peru prosperity.\n",
    "e-visit": "President of Angola Joao Lourenco received the Minister of Foreign Affairs of Brazil "
    "Mauro Vieira, who expressed support for the Lobito corridor.\n",
}
"""Short reports written for these tests."""


def folder(tmp_path: Path, name: str = "in", **extra: str) -> Path:
    d = tmp_path / name
    d.mkdir()
    for doc_id, text in {**REPORTS, **extra}.items():
        (d / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return d


def run(store: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from diplograph.cli import main

    code = main(["--store", str(store), *args])
    out, err = capsys.readouterr()
    return code, out, err


def per_document(store: Path) -> dict[str, list[bytes]]:
    """Each document graph's N-Triples lines, sorted: what byte-identical graphs share."""
    s = ox.Store(str(store))
    try:
        graphs: dict[str, list[bytes]] = {}
        for name in s.named_graphs():
            assert isinstance(name, ox.NamedNode)
            if "/graph/" in name.value and not name.value.endswith("/ontology"):
                quads = s.quads_for_pattern(None, None, None, name)
                body = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES) or b""
                graphs[name.value] = sorted(body.splitlines())
        return graphs
    finally:
        del s


def quads(store: Path) -> set[ox.Quad]:
    s = ox.Store(str(store))
    try:
        return set(s)
    finally:
        del s


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")


def test_two_jobs_give_the_store_one_job_gives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = folder(tmp_path, **{"f-empty": ""})
    one, two = tmp_path / "one", tmp_path / "two"
    c1, out1, err1 = run(one, "ingest", "--jobs", "1", str(src), capsys=capsys)
    c2, out2, err2 = run(two, "ingest", "--jobs", "2", str(src), capsys=capsys)
    assert (c1, c2) == (2, 2), err2
    assert out1 == out2 and err1 == err2, "the same lines in the same order"
    assert [line.split()[1] for line in out2.splitlines()[:5]] == sorted(REPORTS), "input order"
    assert err2.strip() == f"diplograph: {src / 'f-empty.txt'}: empty report"
    graphs = per_document(two)
    assert len(graphs) == len(REPORTS)
    assert per_document(one) == graphs, "each document graph byte for byte"
    assert quads(one) == quads(two), "the whole store"


def test_summary_counts_stored_replaced_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = folder(tmp_path)
    store = tmp_path / "store"
    code, out, _ = run(store, "ingest", "--jobs", "2", str(src), capsys=capsys)
    assert code == 0 and out.splitlines()[-1] == "5 reports: 5 stored, 0 unchanged, 0 refused"
    (src / "c-talks.txt").write_text(REPORTS["d-message"].replace("Chile", "Uruguay"), encoding="utf-8")
    code, out, _ = run(store, "ingest", "--jobs", "2", str(src), capsys=capsys)
    assert "stored c-talks (" in out and "replacing an earlier version)" in out
    assert out.count("unchanged ") == 4
    assert out.splitlines()[-1] == (
        "5 reports: 1 stored (1 of them replacing an earlier version), 4 unchanged, 0 refused"
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_refused_reports_are_counted_by_reason_and_the_worst_code_wins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    """A report that does not conform exits 1; with bad input beside it, 2; the good ones are
    stored either way. (The shapes are made to fail for one text; forked workers see it too.)"""
    from diplograph import pipeline
    from diplograph.validate import Validation

    real = pipeline.validate

    def failing(g: Any, *, nt: str | None = None) -> Validation:
        if any("Boric" in str(o) for _, _, o in g):
            return Validation(False, ("made to fail",), "Validation Report\nConforms: False (made to fail)")
        return real(g, nt=nt)

    monkeypatch.setattr(pipeline, "validate", failing)
    src = folder(tmp_path)
    code, out, err = run(tmp_path / "s1", "ingest", "--jobs", jobs, str(src), capsys=capsys)
    assert code == 1
    assert err.splitlines()[0] == "diplograph: d-message: the document graph does not conform to the shapes"
    assert "made to fail" in err
    assert out.splitlines()[-2:] == [
        "5 reports: 4 stored, 0 unchanged, 1 refused (1 not conforming)",
        f"refused: {src / 'd-message.txt'} (not conforming)",
    ]
    (src / "z-binary.txt").write_bytes(b"\x00\x01")
    code, out, err = run(tmp_path / "s2", "ingest", "--jobs", jobs, str(src), capsys=capsys)
    assert code == 2
    assert (
        "5 reports" not in out and "6 reports: 4 stored, 0 unchanged, 2 refused (1 bad input, 1 not conforming)" in out
    )
    assert len(per_document(tmp_path / "s2")) == 4


def test_quiet_prints_refusals_and_the_summary_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = folder(tmp_path, **{"f-empty": ""})
    code, out, err = run(tmp_path / "s", "ingest", "--quiet", "--jobs", "1", str(src), capsys=capsys)
    assert code == 2
    assert "stored " not in out.replace("5 stored", "")
    assert out.splitlines()[0] == "6 reports: 5 stored, 0 unchanged, 1 refused (1 bad input)"
    assert err.count("\n") == 1 and "f-empty.txt: empty report" in err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_bar_on_a_terminal_and_plain_lines_elsewhere() -> None:
    out, err = Terminal(), Terminal()
    w = Watch(total=3, out=out, err=err)
    w.done("stored", "a", 10)
    w.refused(Refusal("b.txt", BAD_INPUT, "b.txt: empty report"))
    w.done("unchanged", "c", 12)
    w.close()
    bar = err.getvalue()
    assert "3/3" in bar and "reports/s" in bar and "100%" in bar, bar
    assert "diplograph: b.txt: empty report" in bar
    assert out.getvalue().splitlines() == [
        "3 reports: 1 stored, 1 unchanged, 1 refused (1 bad input)",
        "refused: b.txt (bad input)",
    ], "no per-report lines on the terminal that shows the bar"

    out, err = io.StringIO(), io.StringIO()
    w = Watch(total=3, out=out, err=err)
    w.done("replaced", "a", 10)
    w.refused(Refusal("b", NOT_CONFORMING, "b: does not conform", "the report"))
    w.close()
    assert out.getvalue().splitlines()[0] == "stored a (10 triples, replacing an earlier version)"
    assert err.getvalue() == "diplograph: b: does not conform\nthe report\n", "no bar off a terminal"
    assert w.summary.exit_code == 1

    out, err = Terminal(), Terminal()
    w = Watch(quiet=True, out=out, err=err)
    w.done("stored", "a", 10)
    w.close()
    assert err.getvalue() == "" and out.getvalue().startswith("1 report: 1 stored")


def test_one_report_or_one_job_runs_here(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text(REPORTS["a-letter"], encoding="utf-8")
    for paths, jobs in (([str(one)], 2), (["-"], 2), ([str(tmp_path)], 1)):
        args = argparse.Namespace(command="ingest", paths=paths, jobs=jobs, jsonl=False)
        with bulk.prepared(args):
            assert args.workers is None
    args = argparse.Namespace(command="ingest", paths=[str(tmp_path)], jobs=2, jsonl=False)
    with bulk.prepared(args):
        assert args.workers is not None and args.workers.jobs == 2
        pool = args.workers.pool
    assert args.workers is None
    with pytest.raises(RuntimeError):
        pool.submit(os.getpid)  # shut down with the command


def test_jobs_must_be_a_positive_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for bad in ("0", "-1", "two"):
        code, _, err = run(tmp_path / "s", "ingest", "--jobs", bad, str(tmp_path), capsys=capsys)
        assert code == 2 and err.count("\n") == 1 and "--jobs" in err


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(c) for c in (task / "children").read_text().split())
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
def test_workers_end_when_the_ingest_is_killed(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(40):
        doc_id = sorted(REPORTS)[i % len(REPORTS)]
        (src / f"r{i:02d}-{doc_id}.txt").write_text(REPORTS[doc_id], encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "diplograph", "--store", str(tmp_path / "s"), "ingest", "--jobs", "2", str(src)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1735689600"},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith("stored r00-")
    workers = _children(proc.pid)
    assert len(workers) >= 2
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers), "a worker outlived the ingest"


def test_spawned_workers_where_fork_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without fork (macOS, Windows) the workers are spawned and load the model themselves:
    the same lines and the same store."""
    src = folder(tmp_path)
    c1, out1, _ = run(tmp_path / "one", "ingest", "--jobs", "1", str(src), capsys=capsys)
    monkeypatch.setattr(bulk.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    c2, out2, err2 = run(tmp_path / "two", "ingest", "--jobs", "2", str(src), capsys=capsys)
    assert (c1, c2) == (0, 0), err2
    assert out1 == out2
    assert per_document(tmp_path / "one") == per_document(tmp_path / "two")
