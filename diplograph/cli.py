"""The ``diplograph`` command. Exit codes: 0 ok; 1 a document did not conform or a check
failed; 2 bad input or usage (one line on stderr naming the input)."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from diplograph import __version__, bulk
from diplograph import commands as c
from diplograph.errors import BadInput, DiplographError, NotConforming
from diplograph.export import Format
from diplograph.load import FORMATS as LOAD_FORMATS
from diplograph.load import cmd_load
from diplograph.read import language
from diplograph.serve import add_arguments as add_serve_arguments
from diplograph.store import default_location, opened, reading

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
    p.add_argument(
        "--wait",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="how long to wait for a store another process holds (default 10)",
    )
    p.add_argument(
        "--model",
        default=None,
        metavar="NAME",
        help=f"spaCy English pipeline to read with (default: ${language.ENV} or {language.DEFAULT_MODEL})",
    )
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    s = sub.add_parser("ingest", help="read reports (.txt files, folders, or - for stdin) into the store")
    s.add_argument("paths", nargs="+")
    s.add_argument("--id", help="document id for text read from stdin (default: stdin)")
    s.add_argument("--jsonl", action="store_true", help="read stdin and the files named as JSON Lines corpora")
    s.add_argument("--jobs", type=_jobs, default=None, metavar="N", help="worker processes (default: one per core)")
    s.add_argument("--quiet", action="store_true", help="no progress bar or per-report lines")
    sub.add_parser("documents", help="list stored documents")
    sub.add_parser("queries", help="list saved queries with their parameters")
    s = sub.add_parser("query", help="run a saved query")
    s.add_argument("name")
    s.add_argument("--param", action="append", default=[], metavar="NAME=VALUE")
    s.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="ID",
        help="read only this document's graph (repeatable); much faster on a large store",
    )
    s.add_argument("--format", choices=FORMATS, default="table")
    _remote_options(s)
    s = sub.add_parser("sparql", help="run any SPARQL query (text or file)")
    s.add_argument("query")
    s.add_argument("--format", choices=FORMATS, default="table")
    _remote_options(s)
    s = sub.add_parser("ontology-docs", help="write HTML documentation of the ontology")
    s.add_argument("-o", "--output", type=Path, required=True, help="folder to write index.html into")
    s = sub.add_parser("push", help="send documents to a SPARQL 1.1 store, one named graph each")
    _remote_options(s, required=True)
    s.add_argument("--update-endpoint", help="SPARQL Update endpoint (DROP + INSERT DATA in batches)")
    s.add_argument("--graph-store", help="Graph Store Protocol endpoint (PUT per graph), used when given")
    s.add_argument("--document", help="only this document id")
    s = sub.add_parser("export", help="export the store or one document as linked data")
    s.add_argument("--format", choices=[f.name for f in Format], default="turtle")
    s.add_argument("--document", help="only this document id")
    s.add_argument("--with-ontology", action="store_true", help="include the ontology and reference graph")
    s.add_argument("--construct", metavar="NAME", help="export what the saved query construct-NAME builds")
    s.add_argument("-o", "--output", type=Path, help="write to this file (default: stdout)")
    s = sub.add_parser("load", help="load N-Quads or TriG (an export, or shards) into the store, graph by graph")
    s.add_argument("files", nargs="+", type=Path)
    s.add_argument("--format", choices=sorted(LOAD_FORMATS), help="override the format the extension names")
    s.add_argument(
        "--trusted",
        action="store_true",
        help="skip the shapes: for files this project wrote from validated graphs (an export, distributed shards)",
    )
    s = sub.add_parser("validate", help="check RDF files against the shapes")
    s.add_argument("files", nargs="+", type=Path)
    sub.add_parser("demo", help="ingest the bundled sample reports and show what was read")
    s = sub.add_parser("remove", help="remove one document and nothing else")
    s.add_argument("id")
    sub.add_parser("stats", help="documents, triples, people, states, acts by type")
    add_serve_arguments(sub.add_parser("serve", help="serve the store read-only over HTTP (SPARQL, API, pages)"))
    s = sub.add_parser("describe", help="a VoID and DCAT description of the dataset (Turtle)")
    s.add_argument("--endpoint", help="the public SPARQL endpoint to name in the description")
    s = sub.add_parser("evaluate", help="score extraction against gold annotations (GOLD.md format)")
    s.add_argument("gold_dir", type=Path)
    s.add_argument("text_dir", type=Path, nargs="?")
    s.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    s.add_argument("--show-errors", action="store_true", help="list missed and spurious facts per document")
    s.add_argument("--min-f1", type=float, default=None, help="exit 1 when overall F1 is below this")
    return p


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"--jobs {value!r}: expected a whole number of at least 1")
    return int(value)


def _remote_options(s: argparse.ArgumentParser, *, required: bool = False) -> None:
    s.add_argument("--endpoint", required=required, help="a remote SPARQL query endpoint instead of the store")
    s.add_argument("--auth", metavar="USER:PASSWORD", help="credentials for the remote store (never printed)")
    s.add_argument("--digest", action="store_true", help="HTTP digest authentication (default basic)")
    s.add_argument("--timeout", type=float, default=30.0, help="seconds per remote request (default 30)")


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
    if args.command == "serve":  # reads no text; its readers open the store themselves
        from diplograph.serve.app import main as serve

        return serve(args, store_dir)
    language.choose(args.model)
    if args.command in ("ingest", "demo", "evaluate"):
        language.pipeline(language.model_name())  # an unusable model is one error, before the store opens
    remote = args.command in ("query", "sparql") and args.endpoint
    if args.command in ("queries", "validate", "evaluate", "ontology-docs") or remote:
        return int(COMMANDS[args.command](args, None))
    if args.command in READERS:  # never wait for a writer: the last committed state
        with reading(store_dir, wait=args.wait) as snapshot:
            return int(COMMANDS[args.command](args, snapshot))
    # ingest's worker processes start before the store opens, so none of them holds its files
    with bulk.prepared(args), opened(store_dir, wait=args.wait) as store:
        if args.command == "demo":
            print(f"store: {store_dir}")
        return int(COMMANDS[args.command](args, store))


READERS = ("documents", "query", "sparql", "export", "stats", "describe", "push")

COMMANDS = {
    "ingest": c.cmd_ingest,
    "load": cmd_load,
    "documents": c.cmd_documents,
    "queries": c.cmd_queries,
    "query": c.cmd_query,
    "sparql": c.cmd_sparql,
    "export": c.cmd_export,
    "validate": c.cmd_validate,
    "demo": c.cmd_demo,
    "evaluate": c.cmd_evaluate,
    "remove": c.cmd_remove,
    "stats": c.cmd_stats,
    "describe": c.cmd_describe,
    "push": c.cmd_push,
    "ontology-docs": c.cmd_ontology_docs,
}


def entry() -> None:
    sys.exit(main())
