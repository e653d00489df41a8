"""``diplograph serve`` under load, on loopback only, bounded in clients and time.

    python bench/serve.py [--quick] [--reports N] [--clients N] [--seconds S] [--workers N] [--json FILE]

Builds a store of N reports (default 5,000; the corpus's real graphs copied under new IRIs,
as bench/run.py does), starts the real command on a free 127.0.0.1 port, and runs C clients
(default 16) for S seconds (default 30), each on its own connection, going round a mix of
saved questions (parameters read from the store's own rows), SPARQL queries and page views.
It prints requests/s, p50 and p99 latency per kind, errors, and the server's memory (its
process and its readers) at the start and end of the run. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pyoxigraph as ox  # noqa: E402
from run import generated, parameters  # noqa: E402

from diplograph.namespace import BASE  # noqa: E402

SPARQL = [
    "SELECT ?id WHERE { ?r a <https://w3id.org/diplograph/ontology#Report> ; "
    "<https://w3id.org/diplograph/ontology#documentId> ?id } LIMIT 20",
    "SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://w3id.org/diplograph/ontology#PhoneCall> }",
]


def build(location: Path, n: int) -> dict[str, object]:
    """A store of ``n`` reports; what the mix asks for, read from it."""
    store = ox.Store(str(location))
    store.bulk_extend(generated(n))
    store.flush()
    params = parameters(store)

    pages = ["/", "/network", *(first(store, cls) for cls in ("Report", "Person", "State"))]
    del store
    return {"params": params, "pages": [p.removeprefix(BASE.rstrip("/")) for p in pages if p]}


def first(store: ox.Store, cls: str) -> str:
    """An IRI of that class, for a page view."""
    q = f"SELECT ?x WHERE {{ GRAPH ?g {{ ?x a <{BASE}ontology#{cls}> }} }} LIMIT 1"
    for sol in store.query(q):  # type: ignore[union-attr]
        return str(sol["x"].value)
    return ""


def mix(found: dict[str, object]) -> list[tuple[str, str, str]]:
    """``(kind, path, accept)`` for every request of the round."""
    params: dict[str, dict[str, str]] = found["params"]  # type: ignore[assignment]
    out = [
        ("saved question", f"/api/queries/{name}?{urlencode(values)}", "application/json")
        for name, values in params.items()
    ]
    out += [("sparql", "/sparql?query=" + quote(q), "application/sparql-results+json") for q in SPARQL]
    out += [("page", path, "text/html") for path in found["pages"]]  # type: ignore[attr-defined]
    return out


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB."""
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            children = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            continue
        total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")) / 1024
        todo.extend(int(c) for c in children)
    return total


def client(
    port: int, requests: list[tuple[str, str, str]], start: int, until: float, out: list[tuple[str, float, int, str]]
) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    i = start
    while time.monotonic() < until:
        kind, path, accept = requests[i % len(requests)]
        i += 1
        began = time.monotonic()
        try:
            conn.request("GET", path, headers={"Accept": accept})
            r = conn.getresponse()
            r.read()
            status = r.status
        except (OSError, http.client.HTTPException):
            status = 0
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        out.append((kind, time.monotonic() - began, status, path))
    conn.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] if ordered else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="200 reports, 4 clients, 5 seconds")
    ap.add_argument("--reports", type=int, default=5000)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if args.quick:
        args.reports, args.clients, args.seconds = 200, 4, 5.0
    args.clients, args.seconds = min(args.clients, 64), min(args.seconds, 600.0)  # bounded
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        location = Path(tmp) / "store"
        found = build(location, args.reports)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        cmd = [sys.executable, "-m", "diplograph", "--store", str(location), "serve", "--bind", f"127.0.0.1:{port}"]
        server = subprocess.Popen(
            [*cmd, "--workers", str(args.workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            requests = mix(found)
            for _ in range(600):  # ready, and every request warmed once
                try:
                    for _, path, accept in requests:
                        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
                        conn.request("GET", path, headers={"Accept": accept})
                        conn.getresponse().read()
                        conn.close()
                    break
                except OSError:
                    time.sleep(0.5)
            before = rss_mb(server.pid)
            results: list[tuple[str, float, int, str]] = []
            until = time.monotonic() + args.seconds
            threads = [
                threading.Thread(target=client, args=(port, requests, i * 3, until, results))
                for i in range(args.clients)
            ]
            began = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.monotonic() - began
            after = rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(30)
    out: dict[str, object] = {
        "reports": args.reports,
        "clients": args.clients,
        "seconds": round(elapsed, 1),
        "workers": args.workers,
        "requests": len(results),
        "requests_per_s": round(len(results) / elapsed, 1),
        "errors": sum(1 for _, _, status, _ in results if status != 200),
        "rss_mb_start": round(before),
        "rss_mb_end": round(after),
        "kinds": {},
    }
    print(f"{args.reports} reports, {args.clients} clients, {elapsed:.0f} s, {args.workers} readers")
    print(f"{'kind':<16}{'requests':>9}{'errors':>8}{'p50 ms':>9}{'p99 ms':>9}")
    for kind in sorted({k for k, _, _, _ in results}):
        times = [t for k, t, _, _ in results if k == kind]
        errors = sum(1 for k, _, status, _ in results if k == kind and status != 200)
        row = {"requests": len(times), "errors": errors, "p50_ms": percentile(times, 0.5) * 1000}
        row["p99_ms"] = percentile(times, 0.99) * 1000
        out["kinds"][kind] = row  # type: ignore[index]
        print(f"{kind:<16}{len(times):>9}{errors:>8}{row['p50_ms']:>9.0f}{row['p99_ms']:>9.0f}")
    out["paths"] = {}
    print(f"{'request':<48}{'requests':>9}{'p50 ms':>9}{'p99 ms':>9}")
    for path in sorted({p for _, _, _, p in results}):
        times = [t for _, t, _, p in results if p == path]
        row = {
            "requests": len(times),
            "p50_ms": percentile(times, 0.5) * 1000,
            "p99_ms": percentile(times, 0.99) * 1000,
        }
        out["paths"][path] = row  # type: ignore[index]
        print(f"{path[:48]:<48}{len(times):>9}{row['p50_ms']:>9.0f}{row['p99_ms']:>9.0f}")
    print(
        f"{out['requests_per_s']} requests/s, {out['errors']} errors; "
        f"server memory {out['rss_mb_start']} MB at the start, {out['rss_mb_end']} MB at the end"
    )
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")
    raise SystemExit(main())
