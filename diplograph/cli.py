"""The ``diplograph`` command. Exit codes: 0 ok; 1 a document did not conform or a check
failed; 2 bad input or usage (one line on stderr naming the input)."""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

import pyoxigraph as ox
from rdflib import Graph

from diplograph import __version__
from diplograph.errors import BadInput, DiplographError, NotConforming
from diplograph.evaluate import evaluate_folder, render_errors, render_table
from diplograph.export import Format, export
from diplograph.pipeline import ingest_text
from diplograph.queries import bind, get, render, run, saved_queries
from diplograph.store import default_location, documents, opened, put
from diplograph.text import check_bytes, read_input
from diplograph.validate import validate

FORMATS = ["table", "csv", "json", "tsv"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # usage errors: one line, exit 2
        raise BadInput(f"usage: {message} (see diplograph --help)")


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="diplograph", description="Diplomatic reports in, a validated knowledge graph out.")
    p.add_argument("--version", action="version", version=f"diplograph {__version__}")
    p.add_argument(
        "--store",
        type=Path,
        default=None,
        help="store directory (default: $DIPLOGRAPH_STORE or the user data directory)",
    )
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    s = sub.add_parser("ingest", help="read reports (.txt files, folders, or - for stdin) into the store")
    s.add_argument("paths", nargs="+")
    s.add_argument("--id", help="document id for text read from stdin (default: stdin)")
    sub.add_parser("documents", help="list stored documents")
    sub.add_parser("queries", help="list saved queries with their parameters")
    s = sub.add_parser("query", help="run a saved query")
    s.add_argument("name")
    s.add_argument("--param", action="append", default=[], metavar="NAME=VALUE")
    s.add_argument("--format", choices=FORMATS, default="table")
    s = sub.add_parser("sparql", help="run any SPARQL query (text or file)")
    s.add_argument("query")
    s.add_argument("--format", choices=FORMATS, default="table")
    s = sub.add_parser("export", help="export the store or one document as linked data")
    s.add_argument("--format", choices=[f.name for f in Format], default="turtle")
    s.add_argument("--document", help="only this document id")
    s.add_argument("--with-ontology", action="store_true", help="include the ontology and reference graph")
    s.add_argument("-o", "--output", type=Path, help="write to this file (default: stdout)")
    s = sub.add_parser("validate", help="check RDF files against the shapes")
    s.add_argument("files", nargs="+", type=Path)
    sub.add_parser("demo", help="ingest the bundled sample reports and show what was read")
    s = sub.add_parser("evaluate", help="score extraction against gold annotations (GOLD.md format)")
    s.add_argument("gold_dir", type=Path)
    s.add_argument("text_dir", type=Path, nargs="?")
    s.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    s.add_argument("--show-errors", action="store_true", help="list missed and spurious facts per document")
    s.add_argument("--min-f1", type=float, default=None, help="exit 1 when overall F1 is below this")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _dispatch(parser().parse_args(argv))
    except NotConforming as exc:
        print(f"diplograph: {exc}", file=sys.stderr)
        if exc.report:
            print(exc.report, file=sys.stderr)
        return exc.exit_code
    except DiplographError as exc:
        print(f"diplograph: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    finally:
        # Libraries below may keep frames alive in reference cycles; collect them so the
        # store's lock is released as soon as the command ends.
        gc.collect()


def _dispatch(args: argparse.Namespace) -> int:
    store_dir = args.store or default_location()
    if args.command in ("queries", "validate", "evaluate"):
        return int(COMMANDS[args.command](args, None))
    with opened(store_dir) as store:
        if args.command == "demo":
            print(f"store: {store_dir}")
        return int(COMMANDS[args.command](args, store))


def _expand(paths: list[str]) -> list[Path | None]:
    out: list[Path | None] = []
    for raw in paths:
        if raw == "-":
            out.append(None)
            continue
        p = Path(raw)
        if p.is_dir():
            files = sorted(p.glob("*.txt"))
            if not files:
                raise BadInput(f"{p}: folder holds no .txt reports")
            out.extend(files)
        else:
            out.append(p)
    return out


def cmd_ingest(args: argparse.Namespace, store: ox.Store | None) -> int:
    items = _expand(args.paths)
    code = 0
    assert store is not None
    seen: set[str] = set()
    for path in items:
        try:
            if path is None:
                doc_id = args.id or "stdin"
                text = check_bytes("<stdin>", sys.stdin.buffer.read())
            else:
                doc_id, text = path.stem, read_input(path)
            if doc_id in seen:
                raise BadInput(f"{path}: document id {doc_id!r} given twice")
            seen.add(doc_id)
            doc = ingest_text(text, doc_id=doc_id, check=False)
            changed = put(store, doc.graph_name, doc.graph, doc.sha256)
            print(f"{'stored' if changed else 'unchanged'} {doc_id} ({len(doc.graph)} triples)")
        except NotConforming as exc:
            print(f"diplograph: {exc}\n{exc.report}", file=sys.stderr)
            code = max(code, 1)
        except BadInput as exc:
            print(f"diplograph: {exc}", file=sys.stderr)
            code = 2
    return code


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
    subs = bind(q, _params(args.param))
    assert store is not None
    header, rows = run(store, q.text, substitutions=subs, source=str(q.path))
    sys.stdout.write(render(header, rows, args.format))
    return 0


def cmd_sparql(args: argparse.Namespace, store: ox.Store | None) -> int:
    text, source = args.query, "query"
    if not any(k in text.upper() for k in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        path = Path(text)
        if not path.is_file():
            raise BadInput(f"{text}: neither a SPARQL query nor a readable file")
        text, source = path.read_text(encoding="utf-8"), str(path)
    assert store is not None
    header, rows = run(store, text, source=source)
    sys.stdout.write(render(header, rows, args.format))
    return 0


def cmd_export(args: argparse.Namespace, store: ox.Store | None) -> int:
    assert store is not None
    data = export(store, Format[args.format], document=args.document, with_ontology=args.with_ontology)
    if args.output:
        tmp = args.output.with_name(args.output.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(args.output)
    elif hasattr(sys.stdout, "buffer"):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
    else:  # a text stream (captured output)
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
        cmd_query(argparse.Namespace(name=name, param=[], format="table"), store)
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


COMMANDS = {
    "ingest": cmd_ingest,
    "documents": cmd_documents,
    "queries": cmd_queries,
    "query": cmd_query,
    "sparql": cmd_sparql,
    "export": cmd_export,
    "validate": cmd_validate,
    "demo": cmd_demo,
    "evaluate": cmd_evaluate,
}


def entry() -> None:
    sys.exit(main())
