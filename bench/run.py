"""diplograph benchmarks: every figure is a ratio of two things measured side by side in one
run, interleaved (A B A B ...), the median of at least five rounds.

    python bench/run.py [--quick] [--json FILE]

1. ingest end to end against its floor (the spaCy pipeline alone over the same texts: the
   language layer the grammar reads), documents/s, peak memory;
2. the SHACL share of ingest;
3. every saved query (the competency ones with parameters taken from the data) through
   diplograph against the same SPARQL run directly on Oxigraph, and against rdflib's
   in-memory Dataset, on generated stores of realistic shape;
4. export to N-Quads and to JSON-LD against Oxigraph's own writers, and bulk load against its
   parser;
5. all of it at two sizes, ten times apart.
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
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402
from rdflib import Dataset, Graph, Literal, URIRef  # noqa: E402
from rdflib.term import Identifier  # noqa: E402

from diplograph import __version__, pipeline  # noqa: E402
from diplograph.bulk import BATCH, write  # noqa: E402
from diplograph.export import Format, export  # noqa: E402
from diplograph.graph import build  # noqa: E402
from diplograph.namespace import graph_iri  # noqa: E402
from diplograph.pipeline import finish, parsed  # noqa: E402
from diplograph.queries import bind, get, run, saved_queries, scoped_graphs, started  # noqa: E402
from diplograph.read import language  # noqa: E402
from diplograph.read.extract import extract, for_parser  # noqa: E402
from diplograph.read.text import parse_report  # noqa: E402
from diplograph.store import ensure_ontology, opened, put  # noqa: E402
from diplograph.triples import Triples  # noqa: E402
from diplograph.validate import Validation, validate  # noqa: E402

WHEN = datetime(2025, 1, 1, tzinfo=UTC)


def reports() -> list[tuple[str, str]]:
    """The development corpus where it is present, and the test cases and samples always."""
    found = []
    for folder in (
        ROOT.parent / "shared" / "corpus" / "dev",
        ROOT / "tests" / "cases",
        ROOT / "diplograph" / "samples",
    ):
        found += [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    return found


def median_pair(a: Callable[[], object], b: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Run a and b alternately ``rounds`` times; the median seconds of each."""
    ta, tb = [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        a()
        t1 = time.perf_counter()
        b()
        t2 = time.perf_counter()
        ta.append(t1 - t0)
        tb.append(t2 - t1)
    return statistics.median(ta), statistics.median(tb)


def floor(batch: list[tuple[str, str]]) -> None:
    """The language layer alone: the reports' texts through the spaCy pipeline, in batches
    (``nlp.pipe``) as the ingest runs it."""
    for _ in language.parse_many(for_parser(parse_report(doc_id, text)) for doc_id, text in batch):
        pass


def bench_ingest(n: int, rounds: int) -> dict[str, float]:
    corpus = reports()
    docs = [(f"b{i:05d}-{corpus[i % len(corpus)][0]}", corpus[i % len(corpus)][1]) for i in range(n)]
    chunks = [docs[i::rounds] for i in range(rounds)]
    shacl = 0.0
    total = 0.0
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp, opened(Path(tmp) / "store") as store:
        it = iter(chunks)

        def gate(g: Graph | Triples, *, nt: str | None = None) -> Validation:
            """The pipeline's own SHACL gate, its time counted."""
            nonlocal shacl
            v0 = time.perf_counter()
            try:
                return validate(g, nt=nt)
            finally:
                shacl += time.perf_counter() - v0

        def end_to_end() -> None:
            nonlocal total
            t0 = time.perf_counter()
            for at in range(0, len(chunk), BATCH):  # as `diplograph ingest` reads: BATCH reports at a time
                sources = [parse_report(doc_id, text) for doc_id, text in chunk[at : at + BATCH]]
                for src, doc in zip(sources, parsed(sources), strict=True):
                    write(store, finish(src, doc))  # the command's own steps: read, map, gate, store
            total += time.perf_counter() - t0

        fl, ee = [], []
        setattr(pipeline, "validate", gate)  # noqa: B010 - the command's steps, the gate's time counted
        try:
            for chunk in it:
                a, b = median_pair(lambda: floor(chunk), end_to_end, 1)  # noqa: B023 - each chunk once
                fl.append(a)
                ee.append(b)
        finally:
            setattr(pipeline, "validate", validate)  # noqa: B010
    per_floor, per_e2e = statistics.median(fl) / len(chunks[0]), statistics.median(ee) / len(chunks[0])
    return {
        "documents": n,
        "floor_ms_per_doc": per_floor * 1000,
        "ingest_ms_per_doc": per_e2e * 1000,
        "ingest_vs_floor": per_e2e / per_floor,
        "documents_per_s": 1 / per_e2e,
        "shacl_share": shacl / total,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def generated(n: int) -> list[ox.Quad]:
    """``n`` documents' worth of graph: the corpus's real graphs, copied under new IRIs."""
    base: list[list[ox.Quad]] = []
    store = ox.Store()  # in memory: the source graphs only
    ensure_ontology(store)
    for doc_id, text in reports():
        src = parse_report(doc_id, text)
        g = build(extract(src), version=__version__, when=WHEN)
        put(store, graph_iri(doc_id), g, src.sha256)
    onto = [q for q in store if q.graph_name.value.endswith("graph/ontology")]
    for name in sorted(store.named_graphs(), key=lambda g: str(getattr(g, "value", g))):  # the same order each run
        if not name.value.endswith("graph/ontology"):
            base.append(list(store.quads_for_pattern(None, None, None, name)))
    out = list(onto)
    for i in range(n):
        quads = base[i % len(base)]

        def term(t: object, k: int = i) -> object:
            if isinstance(t, ox.NamedNode) and "/id/report/" in t.value:
                return ox.NamedNode(t.value.replace("/id/report/", f"/id/report/c{k}-", 1))
            return t

        graph = ox.NamedNode(f"{getattr(quads[0].graph_name, 'value', '')}-c{i}")
        for q in quads:
            obj = q.object
            if q.predicate.value.endswith("documentId"):
                obj = ox.Literal(f"{getattr(q.object, 'value', '')}-c{i}")
            out.append(ox.Quad(term(q.subject), q.predicate, term(obj), graph))  # type: ignore[arg-type]
    return out


RDFLIB_BUDGET = {False: 120.0, True: 10.0}
"""Seconds one rdflib query may take before it is stopped (full run, quick run); the ratio
is then a lower bound."""


def in_child(fn: Callable[[], object], rounds: int, budget: float) -> float | None:
    """Median seconds of ``fn`` over ``rounds`` runs in a forked child (which shares the
    loaded data), or None when one run exceeds ``budget``: rdflib cannot be interrupted
    in-process, and some queries take it hours on a large store. A first run over a tenth of
    the budget is taken alone (the ratio is then one run, not a median)."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def work() -> None:
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
            child.send(times[-1])

    proc = ctx.Process(target=work)
    proc.start()
    times: list[float] = []
    while len(times) < rounds:
        if not parent.poll(budget):
            proc.kill()
            proc.join()
            return None
        times.append(parent.recv())
        if times[0] > budget / 10:
            break
    proc.kill()
    proc.join()
    return statistics.median(times)


def parameters(store: ox.Store) -> dict[str, dict[str, str]]:
    """Values for each competency query's parameters, read from the store's own rows, so the
    parameterised queries find something at every size."""
    acts = run(store, get("speech-acts").text)[1]
    thank = next(r for r in acts if r[1] in ("thank", "congratulate") and r[3])
    relations = run(store, get("relations").text)[1]
    rel = relations[0]
    timeline = get("contact-timeline")
    for row in relations[:50]:  # a pair of states that also wrote or met, where there is one
        pair = {"state1": row[1], "state2": row[2]}
        if run(store, started(store, timeline, pair), substitutions=bind(timeline, pair))[1]:
            rel = row
            break
    post = next(r for r in run(store, get("posts").text)[1] if r[3])
    inits = run(store, get("initiatives").text)[1]
    initiator = next((r[3] for r in inits if r[3]), rel[1])  # a state of the store where no initiative names one
    return {
        "thanks-and-congratulations": {"agent": thank[2], "addressee": thank[3]},
        "relationship": {"state1": rel[1], "state2": rel[2]},
        "contact-timeline": {"state1": rel[1], "state2": rel[2]},
        "initiatives-of-state": {"state": initiator},
        "post-holders": {"post": post[2], "of": post[3], "on": "2030-01-01"},
        "evidence": {"document": thank[0], "act": thank[1]},
    }


def bench_queries(n: int, rounds: int, with_rdflib: bool, quick: bool = False) -> dict[str, object]:
    quads = generated(n)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        return _measure(ox.Store(str(Path(tmp) / "q")), quads, rounds, with_rdflib, Path(tmp), quick)


def _measure(
    store: ox.Store, quads: list[ox.Quad], rounds: int, with_rdflib: bool, tmp: Path, quick: bool
) -> dict[str, object]:
    store.bulk_extend(quads)
    store.flush()
    result: dict[str, object] = {"documents": len({q.graph_name for q in quads}) - 1, "triples": len(quads)}
    per: dict[str, dict[str, float]] = {}
    values = parameters(store)
    chosen = [q for q in saved_queries().values() if not q.name.startswith("construct-")]
    bound = {q.name: bind(q, values.get(q.name, {})) for q in chosen}
    scoped = {q.name: scoped_graphs(q, values.get(q.name, {}), []) for q in chosen}
    for q in chosen:
        given, subs, graphs = values.get(q.name, {}), bound[q.name], scoped[q.name]
        text = started(store, q, given)  # the text as `diplograph query` runs it: started from named nodes
        named = [ox.NamedNode(g) for g in graphs] or None
        ours, raw = median_pair(
            lambda: run(store, started(store, q, given), substitutions=subs, graphs=graphs),  # noqa: B023
            lambda: list(store.query(text, substitutions=subs, named_graphs=named)),  # type: ignore[arg-type]  # noqa: B023
            rounds,
        )
        rows = len(run(store, text, substitutions=subs, graphs=graphs)[1])
        per[q.name] = {"rows": rows, "diplograph_ms": ours * 1000, "oxigraph_ms": raw * 1000, "vs_engine": ours / raw}
        if q.starts:  # the query as written, which the planner runs from every fact of its kind
            written = median_pair(
                lambda: list(store.query(q.text, substitutions=subs, named_graphs=named)),  # type: ignore[arg-type]  # noqa: B023
                lambda: None,
                rounds,
            )[0]
            per[q.name]["as_written_ms"] = written * 1000
    if with_rdflib:
        ds = Dataset()
        ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format="nquads")
        for q in chosen:
            text, subs = q.text, bound[q.name]
            init = {str(k.value): _rdflib_term(v) for k, v in subs.items()}
            slow = in_child(lambda: list(ds.query(text, initBindings=init)), rounds, RDFLIB_BUDGET[quick])  # noqa: B023
            graphs, given = scoped[q.name], values.get(q.name, {})
            ours = median_pair(
                lambda: run(store, started(store, q, given), substitutions=subs, graphs=graphs),  # noqa: B023
                lambda: None,
                rounds,
            )[0]
            per[q.name]["rdflib_ms"] = (slow if slow is not None else RDFLIB_BUDGET[quick]) * 1000
            per[q.name]["rdflib_vs_diplograph"] = per[q.name]["rdflib_ms"] / 1000 / ours
            per[q.name]["rdflib_over_budget"] = slow is None
    result["queries"] = per
    a, b = median_pair(
        lambda: export(store, Format.nquads, output=io.BytesIO()),
        lambda: ox.serialize(store, io.BytesIO(), format=ox.RdfFormat.N_QUADS),
        rounds,
    )
    triples = len(store)
    result["export_triples_per_s"] = triples / a
    result["export_vs_engine"] = a / b
    a, b = median_pair(
        lambda: export(store, Format.jsonld, output=io.BytesIO()),
        lambda: store.dump(io.BytesIO(), format=ox.RdfFormat.JSON_LD),
        rounds,
    )
    result["jsonld_triples_per_s"] = triples / a
    result["jsonld_vs_engine"] = a / b
    nq = io.BytesIO()
    ox.serialize(store, nq, format=ox.RdfFormat.N_QUADS)
    data = nq.getvalue()
    loads = iter(range(rounds * 2))

    def load() -> None:
        target = ox.Store(str(tmp / f"load{next(loads)}"))
        target.bulk_load(data, format=ox.RdfFormat.N_QUADS)

    a, b = median_pair(load, lambda: sum(1 for _ in ox.parse(data, format=ox.RdfFormat.N_QUADS)), rounds)
    result["load_triples_per_s"] = triples / a
    result["load_vs_parse"] = a / b
    return result


def _rdflib_term(term: object) -> Identifier:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    assert isinstance(term, ox.Literal)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="small sizes, under two minutes (CI)")
    p.add_argument("--json", type=Path, help="write the figures here (default bench/results/<time>.json)")
    p.add_argument("--only", choices=["queries"], help="only the saved queries, on the larger store (no rdflib)")
    args = p.parse_args()
    rounds = 5
    small, large = (20, 200) if args.quick else (500, 5000)
    ingest_n = (60, 600) if args.quick else (200, 2000)
    out: dict[str, object] = {"quick": args.quick, "rounds": rounds, "version": __version__}
    out["ingest"] = [bench_ingest(n, rounds) for n in ingest_n] if args.only is None else []
    report({"ingest": out["ingest"], "stores": []})
    out["stores"] = []
    for n, with_rdflib in ((small, True), (large, False)) if args.only is None else ((large, False),):
        out["stores"].append(bench_queries(n, rounds, with_rdflib=with_rdflib, quick=args.quick))  # type: ignore[attr-defined]
        report({"ingest": [], "stores": out["stores"][-1:]})  # type: ignore[index]
    path = args.json or ROOT / "bench" / "results" / f"{datetime.now(UTC):%Y%m%dT%H%M%S}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten {path}", flush=True)
    return 0


def report(out: dict[str, object]) -> None:
    if not out["ingest"]:
        _stores(out)
        return
    print("ingest (end to end vs the language floor)")
    print(
        f"{'documents':>10}{'floor ms/doc':>14}{'ingest ms/doc':>15}{'ratio':>8}{'docs/s':>9}{'SHACL share':>13}"
        f"{'peak MB':>9}"
    )
    for r in out["ingest"]:  # type: ignore[attr-defined]
        print(
            f"{r['documents']:>10}{r['floor_ms_per_doc']:>14.2f}{r['ingest_ms_per_doc']:>15.2f}"
            f"{r['ingest_vs_floor']:>8.1f}{r['documents_per_s']:>9.1f}{r['shacl_share']:>13.0%}{r['peak_rss_mb']:>9.0f}"
        )
    _stores(out)


def _stores(out: dict[str, object]) -> None:
    for s in out["stores"]:  # type: ignore[attr-defined]
        print(f"\nqueries on {s['documents']} documents ({s['triples']} triples)")
        head = f"{'query':<28}{'rows':>7}{'diplograph ms':>14}{'oxigraph ms':>13}{'vs engine':>11}{'as written ms':>15}"
        print(head + f"{'rdflib ms':>11}{'rdflib/ours':>13}")
        for name, q in s["queries"].items():
            rd = ""
            if "rdflib_ms" in q:
                more = ">" if q.get("rdflib_over_budget") else ""
                rd = f"{more + format(q['rdflib_ms'], '.0f'):>11}{more + format(q['rdflib_vs_diplograph'], '.0f'):>13}"
            written = format(q["as_written_ms"], ".1f") if "as_written_ms" in q else ""
            print(
                f"{name:<28}{q['rows']:>7}{q['diplograph_ms']:>14.1f}{q['oxigraph_ms']:>13.1f}{q['vs_engine']:>11.2f}"
                f"{written:>15}{rd}"
            )
        print(
            f"export N-Quads {s['export_triples_per_s']:,.0f} triples/s ({s['export_vs_engine']:.2f} x the engine's "
            f"serialiser); JSON-LD {s['jsonld_triples_per_s']:,.0f} triples/s ({s['jsonld_vs_engine']:.2f} x the "
            f"engine's uncompacted writer)\nbulk load {s['load_triples_per_s']:,.0f} triples/s "
            f"({s['load_vs_parse']:.2f} x parse alone)"
        )


if __name__ == "__main__":
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")
    raise SystemExit(main())
