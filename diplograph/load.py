"""``diplograph load``: N-Quads or TriG into the store, each document graph checked against
the shapes and written whole.

The graphs the store does not hold stream from Oxigraph's parser into its bulk loader, which
writes them in one atomic step at the end (:mod:`diplograph.streamed`): a malformed file
leaves nothing of it written. Each is checked first, on Oxigraph's terms where the compiled
checks vouch for it (:mod:`diplograph.quadcheck`), else by the gate an ingest passes
(:func:`diplograph.validate.validate`), which refuses it with the SHACL report; ``--trusted``
(files this project wrote) skips the check. Graphs the store already holds are settled one
by one afterwards (``store.put``: replaced when the store holds other facts under the name,
left alone when it holds the same). The ontology graph is compared with the store's, never
written. A file whose graphs are not each in one piece is parsed whole, then settled graph by
graph. This is how an export is restored, and how the shards of ``diplograph.distributed``
go in."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from diplograph.errors import BadInput
from diplograph.judge import FORMATS as FORMATS
from diplograph.judge import refusal
from diplograph.namespace import DG, ID, ONTOLOGY_GRAPH
from diplograph.store import put
from diplograph.streamed import Scattered, stream

EXTENSIONS = {".nq": "nquads", ".nquads": "nquads", ".trig": "trig"}
DOCUMENT_GRAPHS = str(ID["graph/"])
_SHA = ox.NamedNode(str(DG.sha256))


@dataclass(frozen=True)
class Outcome:
    """What became of one graph of a file: ``stored``, ``unchanged``, ``refused`` (exit 1,
    with the SHACL report), ``foreign`` (not a document graph: exit 2), or ``ontology``
    (compared, never written; ``detail`` says whether it matches)."""

    graph: str
    status: str
    triples: int
    detail: str = ""


def file_format(path: Path, override: str | None) -> ox.RdfFormat:
    """The format named by ``--format``, else by the file's extension."""
    name = override or EXTENSIONS.get(path.suffix.lower())
    if name is None:
        raise BadInput(f"{path}: unknown RDF extension {path.suffix!r}; give --format nquads or --format trig")
    return FORMATS[name]


def staged(path: Path, fmt: ox.RdfFormat) -> ox.Store:
    """The whole file parsed into an in-memory store: any syntax error is one BadInput
    naming the file and the line, before anything is written."""
    stage = ox.Store()
    try:
        stage.load(path=str(path), format=fmt)
    except (OSError, SyntaxError, ValueError) as exc:
        raise _unreadable(path, exc) from None
    return stage


def _unreadable(path: Path, exc: Exception) -> BadInput:
    if isinstance(exc, FileNotFoundError):
        return BadInput(f"{path}: no such file")
    if isinstance(exc, IsADirectoryError):
        return BadInput(f"{path}: is a folder, not an RDF file")
    if isinstance(exc, SyntaxError):
        return BadInput(f"{path}: malformed RDF: {str(exc).splitlines()[0]}")
    return BadInput(f"{path}: cannot read ({exc})")


def load_file(store: ox.Store, path: Path, fmt: ox.RdfFormat, *, trusted: bool = False) -> Iterator[Outcome]:
    """Load every document graph of one file; one Outcome per graph, in graph order, each
    given once its graph is committed. The new graphs stream through the bulk loader
    (:mod:`diplograph.streamed`), each checked against the shapes first unless ``trusted``
    (files this project wrote from graphs it had already validated: an export of its
    store, the shards of ``diplograph.distributed``); a file whose graphs are scattered is
    parsed whole and settled graph by graph (:func:`staged_load`)."""
    try:
        got = stream(
            store,
            path,
            fmt,
            is_new=lambda g: _is_new(store, g),
            trusted=trusted,
        )
    except Scattered:
        yield from staged_load(store, path, fmt)
        return
    except (OSError, SyntaxError, ValueError) as exc:
        raise _unreadable(path, exc) from None
    if got.default:
        yield _default(got.default)
    for key in sorted([*got.stored, *got.held, *got.refused]):
        if key in got.stored:
            yield Outcome(key[1:-1], "stored", got.stored[key])
        elif key in got.refused:
            count, status, detail = got.refused[key]
            yield Outcome(key[1:-1], status, count, detail)
        else:
            yield _graph(store, got.names[key], got.held[key], trusted=trusted)


def staged_load(store: ox.Store, path: Path, fmt: ox.RdfFormat) -> Iterator[Outcome]:
    """The whole file parsed first, then each graph checked and written in a transaction of
    its own: for files whose graphs are not each in one piece."""
    stage = staged(path, fmt)
    default = sum(1 for _ in stage.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    if default:
        yield _default(default)
    for name in sorted(stage.named_graphs(), key=str):
        yield _graph(store, name, list(stage.quads_for_pattern(None, None, None, name)), trusted=False)


def _is_new(store: ox.Store, g: ox.NamedNode | ox.BlankNode) -> bool:
    return isinstance(g, ox.NamedNode) and g.value.startswith(DOCUMENT_GRAPHS) and not store.contains_named_graph(g)


def _default(count: int) -> Outcome:
    return Outcome("default graph", "foreign", count, "triples outside any document graph are not loaded")


def _graph(store: ox.Store, name: ox.NamedNode | ox.BlankNode, quads: list[ox.Quad], *, trusted: bool) -> Outcome:
    """One named graph of a file settled: a document graph stored (checked unless
    ``trusted``), the ontology's compared, any other refused as foreign."""
    if isinstance(name, ox.NamedNode) and name.value.startswith(DOCUMENT_GRAPHS):
        return _document(store, name, quads, trusted)
    if isinstance(name, ox.NamedNode) and name.value == str(ONTOLOGY_GRAPH):
        return _ontology(store, quads)
    label = name.value if isinstance(name, ox.NamedNode) else str(name)
    return Outcome(label, "foreign", len(quads), "not a diplograph document graph")


def _document(store: ox.Store, name: ox.NamedNode, quads: list[ox.Quad], trusted: bool) -> Outcome:
    if not trusted and (refusal := _refusal(quads)) is not None:
        return refusal
    body = (ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    sha = next((str(getattr(q.object, "value", "")) for q in quads if q.predicate == _SHA), "")
    changed = put(store, URIRef(name.value), None, sha, body=body)
    return Outcome(name.value, "stored" if changed else "unchanged", len(quads))


def _refusal(quads: list[ox.Quad]) -> Outcome | None:
    """The gate on one document graph: None where it conforms, else why it is refused."""
    name = quads[0].graph_name
    found = refusal(quads)
    if found is None:
        return None
    return Outcome(name.value if isinstance(name, ox.NamedNode) else str(name), found[0], len(quads), found[1])


def _ontology(store: ox.Store, quads: list[ox.Quad]) -> Outcome:
    onto = ox.NamedNode(str(ONTOLOGY_GRAPH))
    ours = {q.triple for q in store.quads_for_pattern(None, None, None, onto)}
    same = {q.triple for q in quads} == ours
    detail = "the same as the store's" if same else "differs from this version's; the store's is kept"
    return Outcome(onto.value, "ontology", len(quads), detail)


def cmd_load(args: argparse.Namespace, store: ox.Store | None) -> int:
    """Exit 0 when every graph loaded (or was unchanged); 1 when a graph did not conform to
    the shapes (its SHACL report is printed, the other graphs load); 2 when a file could not
    be read or parsed (nothing of it is written; the other files load) or held a graph that
    is not a document graph."""
    assert store is not None
    code = 0
    for path in args.files:
        try:
            for o in load_file(store, path, file_format(path, args.format), trusted=args.trusted):
                code = max(code, _report(path, o))
        except BadInput as exc:  # the file could not be read or parsed: nothing of it is written
            print(f"diplograph: {exc}", file=sys.stderr)
            code = 2
    return code


def _report(path: Path, o: Outcome) -> int:
    """Print one outcome; its exit code."""
    short = o.graph.removeprefix(DOCUMENT_GRAPHS)
    if o.status in ("stored", "unchanged"):
        print(f"{o.status} {short} ({o.triples} triples) from {path}")
        return 0
    if o.status == "ontology":
        print(f"ontology graph in {path} not loaded: {o.detail}", file=sys.stderr)
        return 0
    if o.status == "refused":
        print(f"diplograph: {path}: {short}: the graph does not conform to the shapes", file=sys.stderr)
        print(o.detail, file=sys.stderr)
        return 1
    print(f"diplograph: {path}: {short}: {o.detail} ({o.triples} triples not loaded)", file=sys.stderr)
    return 2
