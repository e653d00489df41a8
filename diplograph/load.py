"""``diplograph load``: N-Quads or TriG into the store, one document graph at a time.

Each file is parsed whole into memory first (Oxigraph's parser, into an in-memory store), so
a malformed file is refused before anything of it is written. Then each document graph is
checked against the shapes and written in one transaction (``store.put``: replaced when the
store holds other facts under its name, left alone when it holds the same). The ontology
graph is compared with the store's, never written. This is how an export is restored, and
how the shards of ``diplograph.distributed`` go in. With ``--trusted`` (files this project
wrote) the shapes are skipped and the graphs the store lacks stream from the parser into
Oxigraph's bulk loader, whose files go into the store in one atomic step (:func:`_trusted`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from diplograph import snapshot
from diplograph.errors import BadInput
from diplograph.namespace import DG, ID, ONTOLOGY_GRAPH
from diplograph.store import put
from diplograph.validate import validate

FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
EXTENSIONS = {".nq": "nquads", ".nquads": "nquads", ".trig": "trig"}
DOCUMENT_GRAPHS = str(ID["graph/"])
_SHA = ox.NamedNode(str(DG.sha256))
_STRING = "http://www.w3.org/2001/XMLSchema#string"


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
    given once its graph is committed. ``trusted`` skips the shapes, for files this project
    wrote from graphs it had already validated (an export of its store, the shards of
    ``diplograph.distributed``): see :func:`_trusted`."""
    if trusted:
        yield from _trusted(store, path, fmt)
        return
    stage = staged(path, fmt)
    default = sum(1 for _ in stage.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    if default:
        yield _default(default)
    for name in sorted(stage.named_graphs(), key=str):
        yield _graph(store, name, list(stage.quads_for_pattern(None, None, None, name)), trusted=False)


def _trusted(store: ox.Store, path: Path, fmt: ox.RdfFormat) -> Iterator[Outcome]:
    """A trusted file streamed from Oxigraph's parser into its bulk loader (``bulk_extend``),
    the fastest way into the store: the document graphs the store does not hold go in as the
    parser gives them, and the loader ingests them in one atomic step at its commit (in
    pyoxigraph 0.5 its files are ingested together at the end, not as it goes), so a syntax
    error anywhere in the file leaves nothing of it written. Graphs the store already holds,
    the ontology's and foreign ones are held back and settled one by one afterwards, as an
    untrusted load settles them."""
    held: dict[str, list[ox.Quad]] = {}
    names: dict[str, ox.NamedNode | ox.BlankNode] = {}
    new: dict[str, int] = {}
    default = 0

    def fresh() -> Iterator[ox.Quad]:
        nonlocal default
        for q in ox.parse(path=str(path), format=fmt):
            g = q.graph_name
            if isinstance(g, ox.DefaultGraph):
                default += 1
                continue
            key = str(g)
            if key in new:
                new[key] += 1
                yield q
            elif key in held:
                held[key].append(q)
            elif (
                isinstance(g, ox.NamedNode)
                and g.value.startswith(DOCUMENT_GRAPHS)
                and not store.contains_named_graph(g)
            ):
                new[key] = 1
                yield q
            else:
                held[key] = [q]
                names[key] = g

    try:
        store.bulk_extend(fresh())
    except (OSError, SyntaxError, ValueError) as exc:
        raise _unreadable(path, exc) from None
    if new:
        store.flush()
        snapshot.written(store)
    if default:
        yield _default(default)
    for key in sorted([*new, *held]):
        if key in new:
            yield Outcome(key[1:-1], "stored", new[key])
        else:
            yield _graph(store, names[key], held[key], trusted=True)


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
    if not trusted:
        g = Graph()
        try:
            for q in quads:
                g.add((_term(q.subject), _term(q.predicate), _term(q.object)))
        except BadInput as exc:
            return Outcome(name.value, "foreign", len(quads), str(exc))
        result = validate(g)
        if not result.conforms:
            return Outcome(name.value, "refused", len(quads), result.report)
    body = (ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    sha = next((str(getattr(q.object, "value", "")) for q in quads if q.predicate == _SHA), "")
    changed = put(store, URIRef(name.value), None, sha, body=body)
    return Outcome(name.value, "stored" if changed else "unchanged", len(quads))


def _term(t: object) -> Identifier:
    """An Oxigraph term as rdflib's (a quarter of the time of parsing N-Triples again)."""
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if isinstance(t, ox.Literal):
        if t.language:
            return Literal(t.value, lang=t.language)
        if t.datatype.value == _STRING:  # as rdflib reads a plain literal
            return Literal(t.value)
        return Literal(t.value, datatype=URIRef(t.datatype.value))
    raise BadInput(f"holds an RDF-star triple term ({t}), which no document graph does")


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
