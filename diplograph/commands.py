"""The commands behind ``diplograph``: each takes the parsed arguments and the open store."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from diplograph import bulk, remote
from diplograph.describe import describe
from diplograph.errors import BadInput
from diplograph.evaluate import evaluate_folder, render_errors, render_table
from diplograph.export import Format, constructed, export
from diplograph.queries import anchored, bind, get, labelled, render, run, saved_queries, scoped_graphs
from diplograph.store import documents, remove, stats
from diplograph.validate import validate


def cmd_ingest(args: argparse.Namespace, store: ox.Store | None) -> int:
    """Reports from files, folders, JSON Lines and stdin, read by ``--jobs`` workers (see
    ``diplograph.bulk``); exit 0, 1 when a document did not conform, 2 when an input was bad."""
    assert store is not None
    return bulk.ingest(
        store,
        args.paths,
        stdin_id=args.id,
        jsonl=getattr(args, "jsonl", False),
        quiet=getattr(args, "quiet", False),
        workers=getattr(args, "workers", None),
    )


def cmd_documents(args: argparse.Namespace, store: ox.Store | None) -> int:
    assert store is not None
    rows = [[i, s, d, str(n)] for i, s, d, n in documents(store)]
    sys.stdout.write(render(["id", "source", "published", "triples"], rows, "table"))
    return 0


def cmd_queries(args: argparse.Namespace, store: ox.Store | None) -> int:
    for q in saved_queries().values():
        params = ", ".join(f"{p.name}:{p.type}{'?' if p.optional else ''}" for p in q.params)
        print(f"{q.name}\n    {q.summary}" + (f"\n    parameters: {params}" if params else ""))
    return 0


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise BadInput(f"--param {pair!r}: expected NAME=VALUE")
        out[name] = value
    return out


def cmd_query(args: argparse.Namespace, store: ox.Store | None) -> int:
    q = get(args.name)
    values = _params(args.param)
    subs = bind(q, values)
    graphs = scoped_graphs(q, values, args.document)
    if args.endpoint:
        header, rows = remote.select(_endpoint(args), remote.inline(q.text, subs), graphs=graphs)
    else:
        assert store is not None
        text = anchored(q, values, labelled(store, (values[n] for _, ns in q.start for n in ns if n in values)))
        header, rows = run(store, text, substitutions=subs, source=str(q.path), graphs=graphs)
    sys.stdout.write(render(header, rows, args.format))
    return 0


def cmd_sparql(args: argparse.Namespace, store: ox.Store | None) -> int:
    text, source = args.query, "query"
    if not any(k in text.upper() for k in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        path = Path(text)
        if not path.is_file():
            raise BadInput(f"{text}: neither a SPARQL query nor a readable file")
        text, source = path.read_text(encoding="utf-8"), str(path)
    if args.endpoint:
        header, rows = remote.select(_endpoint(args), text)
    else:
        assert store is not None
        header, rows = run(store, text, source=source)
    sys.stdout.write(render(header, rows, args.format))
    return 0


def cmd_export(args: argparse.Namespace, store: ox.Store | None) -> int:
    assert store is not None
    fmt = Format[args.format]
    if args.construct:
        data = constructed(store, get(f"construct-{args.construct}").text, fmt)
        if args.output:
            args.output.write_bytes(data)
        else:
            sys.stdout.write(data.decode("utf-8"))
        return 0
    if args.output:  # streamed to a side file, renamed into place when complete
        tmp = args.output.with_name(args.output.name + ".part")
        with tmp.open("wb") as fh:
            export(store, fmt, document=args.document, with_ontology=args.with_ontology, output=fh)
        tmp.replace(args.output)
    elif hasattr(sys.stdout, "buffer"):
        sys.stdout.flush()
        export(store, fmt, document=args.document, with_ontology=args.with_ontology, output=sys.stdout.buffer)
    else:  # a text stream (captured output)
        data = export(store, fmt, document=args.document, with_ontology=args.with_ontology)
        sys.stdout.write(data.decode("utf-8"))
    return 0


def cmd_validate(args: argparse.Namespace, store: ox.Store | None) -> int:
    code = 0
    for path in args.files:
        g = Graph()
        try:
            g.parse(path)
        except FileNotFoundError:
            raise BadInput(f"{path}: no such file") from None
        except Exception as exc:  # rdflib raises many parser-specific types
            raise BadInput(
                f"{path}: malformed RDF ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})"
            ) from None
        result = validate(g)
        print(f"{path}: {'conforms' if result.conforms else 'does not conform'}")
        if not result.conforms:
            print(result.report)
            code = 1
    return code


def cmd_demo(args: argparse.Namespace, store: ox.Store | None) -> int:
    samples = Path(__file__).parent / "samples"
    code = cmd_ingest(argparse.Namespace(paths=[str(samples)], id=None), store)
    for name in ("communications", "speech-acts"):
        print(f"\n== {name}")
        cmd_query(argparse.Namespace(name=name, param=[], document=[], format="table", endpoint=None), store)
    return code


def cmd_evaluate(args: argparse.Namespace, store: ox.Store | None) -> int:
    if not args.gold_dir.is_dir():
        raise BadInput(f"{args.gold_dir}: not a folder of gold files")
    ev = evaluate_folder(args.gold_dir, args.text_dir)
    if args.show_errors:
        sys.stdout.write(render_errors(ev))
    sys.stdout.write(render_table(ev))
    if args.json:
        args.json.write_text(json.dumps(ev.as_dict(), indent=1) + "\n", encoding="utf-8")
    return 1 if args.min_f1 is not None and ev.total().f1 < args.min_f1 else 0


def cmd_remove(args: argparse.Namespace, store: ox.Store | None) -> int:
    assert store is not None
    count = remove(store, args.id)
    print(f"removed {args.id} ({count} triples)")
    return 0


def cmd_stats(args: argparse.Namespace, store: ox.Store | None) -> int:
    assert store is not None
    sys.stdout.write(render(["what", "count"], [[w, str(n)] for w, n in stats(store)], "table"))
    return 0


def cmd_describe(args: argparse.Namespace, store: ox.Store | None) -> int:
    assert store is not None
    sys.stdout.write(describe(store, endpoint=args.endpoint).serialize(format="turtle"))
    return 0


def _endpoint(args: argparse.Namespace) -> remote.Endpoint:
    return remote.Endpoint.make(
        args.endpoint,
        update=getattr(args, "update_endpoint", None),
        graph_store=getattr(args, "graph_store", None),
        auth=args.auth,
        digest=args.digest,
        timeout=args.timeout,
    )


def cmd_push(args: argparse.Namespace, store: ox.Store | None) -> int:
    assert store is not None
    ep = _endpoint(args)
    target = remote.safe(ep.graph_store or ep.update or ep.query)
    code = 0
    for graph, triples, error in remote.push(store, ep, document=args.document):
        if error is None:
            print(f"pushed {graph} ({triples} triples) to {target}")
        else:
            print(f"diplograph: {graph}: not pushed to {target}: {error}", file=sys.stderr)
            code = 2
    return code


def cmd_ontology_docs(args: argparse.Namespace, store: ox.Store | None) -> int:
    from diplograph.docs import write

    print(f"wrote {write(args.output)}")
    return 0
