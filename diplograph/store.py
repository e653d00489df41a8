"""The embedded store: an Oxigraph database in a directory, one named graph per document
plus one for the ontology and reference entities. Every write is one transaction."""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from platformdirs import user_data_dir
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV

from diplograph import behind, journal, snapshot
from diplograph.errors import BadInput, StoreBusy
from diplograph.namespace import DG, ONTOLOGY_GRAPH, graph_iri
from diplograph.resources import data_dir

ENV = "DIPLOGRAPH_STORE"


def default_location() -> Path:
    """``$DIPLOGRAPH_STORE``, else ``store`` under the user's data directory."""
    env = os.environ.get(ENV)
    return Path(env) if env else Path(user_data_dir("diplograph")) / "store"


@contextmanager
def opened(location: Path, *, wait: float = 10.0) -> Iterator[ox.Store]:
    """Open the store for writing, waiting up to ``wait`` seconds for another writer to
    release it. Readers meanwhile see the snapshots it publishes (``diplograph.snapshot``):
    after committed writes, rate-limited, and always on the way out."""
    if location.exists() and not location.is_dir():
        raise BadInput(f"{location}: store location is not a directory")
    try:
        # A new account has no ~/.local/share yet; RocksDB makes only the last folder.
        location.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(f"{location}: cannot create the store's folder ({exc.strerror})") from None
    deadline = time.monotonic() + wait
    while True:
        try:
            store = ox.Store(str(location))
            break
        except OSError as exc:
            if "lock" not in str(exc).lower():
                raise BadInput(f"{location}: cannot open store ({exc})") from None
            if time.monotonic() >= deadline:
                raise StoreBusy(f"{location}: store is in use by another process; try again when it ends") from None
            time.sleep(0.2)
    try:
        snapshot.begin(store, location)
        undone = journal.undo(store, journal.of(location))
        if undone:
            print(f"diplograph: {location}: took out the {undone} graphs of an interrupted load", file=sys.stderr)
        if ensure_ontology(store) or snapshot.pending(store) or undone:
            snapshot.written(store, now=True)  # readers get a start at once
        yield store
    finally:
        try:
            behind.settled(store)  # raises what a flush or checkpoint behind the ingest raised
        finally:
            store.flush()
            snapshot.end(store)
            del store


@contextmanager
def reading(location: Path, *, wait: float = 10.0) -> Iterator[ox.Store]:
    """Open the store for reading, read-only, at its last committed state, without waiting
    for a writer: the newest snapshot the writer published (see ``diplograph.snapshot``),
    held against deletion until the block ends. It lags a running writer by at most
    ``snapshot.every()`` seconds plus one document's write. When no snapshot is current and
    no writer holds the store (a new store, or a writer that was killed), the store is opened
    for a moment to publish one. Waits up to ``wait`` seconds only when there is no snapshot
    at all and a writer holds the store. Keep the block short in a long-running process: a
    held snapshot is never deleted, so open again per request to see new documents (the
    name of ``snapshot.newest(location)`` changes with every publication)."""
    deadline = time.monotonic() + wait
    refreshed = False
    while True:
        if snapshot.stale(location) or refreshed:
            try:
                with opened(location, wait=0):
                    pass  # refreshes the ontology; publishes on the way out
            except StoreBusy:
                pass
        with snapshot.lease(location) as path:
            if path is not None:
                store = ox.Store.read_only(str(path))
                if refreshed or _ontology_mark() in store:
                    try:
                        yield store
                    finally:
                        del store
                    return
                del store
                refreshed = True  # the shipped ontology changed: publish it once, then read
                continue
        if time.monotonic() >= deadline:
            raise StoreBusy(f"{location}: store is in use by another process; try again when it ends")
        time.sleep(0.2)


def ontology_graph() -> Graph:
    """The ontology, its schemes and the reference entities, as one graph."""
    g = Graph()
    root = data_dir("ontology")
    for ttl in [
        root / "diplograph.ttl",
        *sorted((root / "schemes").glob("*.ttl")),
        *sorted((root / "reference").glob("*.ttl")),
    ]:
        g.parse(ttl, format="turtle")
    return g


@cache
def _ontology_digest() -> str:
    h = hashlib.sha256()
    root = data_dir("ontology")
    for ttl in sorted(root.rglob("*.ttl")):
        h.update(ttl.relative_to(root).as_posix().encode() + b"\0" + ttl.read_bytes())
    return h.hexdigest()


def _ontology_mark() -> ox.Quad:
    onto = ox.NamedNode(str(ONTOLOGY_GRAPH))
    return ox.Quad(onto, ox.NamedNode(str(DG.sha256)), ox.Literal(_ontology_digest()), onto)


def ensure_ontology(store: ox.Store) -> bool:
    """Load or refresh the ontology graph when the shipped files changed; True if it did."""
    if _ontology_mark() in store:
        return False
    g = ontology_graph()
    g.add((ONTOLOGY_GRAPH, DG.sha256, Literal(_ontology_digest())))
    replace_graph(store, ONTOLOGY_GRAPH, g)
    return True


def replace_graph(store: ox.Store, name: URIRef, g: Graph) -> None:
    """Replace a named graph by ``g`` in one transaction: all of it or nothing."""
    _replace(store, name, g.serialize(format="nt"))


def _replace(store: ox.Store, name: URIRef, body: str) -> None:
    store.update(f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}")


def stored_sha(store: ox.Store, name: URIRef) -> str | None:
    """The SHA-256 of the text stored under a document graph, if any."""
    for q in store.quads_for_pattern(None, ox.NamedNode(str(DG.sha256)), None, ox.NamedNode(str(name))):
        return str(getattr(q.object, "value", q.object))
    return None


FLUSH_EVERY = 100
"""Documents written between flushes: without them the store's write buffers grow with every
document (0.2 MB each), with them a bulk ingest runs in bounded memory. Each runs behind the
ingest (:mod:`diplograph.behind`), which goes on reading the next reports meanwhile."""
_written: dict[int, int] = {}


def put(store: ox.Store, name: URIRef, g: Graph | None, sha: str, *, body: str | None = None) -> bool:
    """Store a document graph; False when the store already holds the same facts under
    ``name`` (only the ingest time may differ). Re-reading unchanged reports writes nothing,
    while a change to the dictionaries reaches every report whose graph it changes. ``body``
    is the graph as N-Triples where the caller has it already (then ``g`` may be None)."""
    if body is None:
        assert g is not None
        body = g.serialize(format="nt")
    graph = ox.NamedNode(str(name))
    if store.contains_named_graph(graph):
        if stored_sha(store, name) == sha and _same_facts(store, graph, body):
            return False
        _replace(store, name, body)
    else:  # a new document: one load, also a single transaction, and a third cheaper
        store.load(body, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
    count = _written.get(id(store), 0) + 1
    _written[id(store)] = count
    if count % FLUSH_EVERY == 0:
        behind.start(store, store.flush)
    snapshot.written(store)
    return True


_WHEN = ox.NamedNode(str(PROV.endedAtTime))


def _same_facts(store: ox.Store, graph: ox.NamedNode, body: str) -> bool:
    new = {q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES) if q.predicate != _WHEN}
    old = {q.triple for q in store.quads_for_pattern(None, None, None, graph)}
    return new == {t for t in old if t.predicate != _WHEN}


def documents(store: ox.Store) -> list[tuple[str, str, str, int]]:
    """``(id, publisher, published, triples)`` of every stored document."""
    rows = []
    q = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?g ?id ?pub ?date WHERE { GRAPH ?g { ?r a dg:Report ; dg:documentId ?id .
  OPTIONAL { ?r dcterms:publisher ?pub } OPTIONAL { ?r schema:datePublished ?date } } } ORDER BY ?id"""
    for sol in store.query(q):  # type: ignore[union-attr]
        g = sol["g"]
        count = sum(1 for _ in store.quads_for_pattern(None, None, None, g))
        rows.append(
            (sol["id"].value, sol["pub"].value if sol["pub"] else "", sol["date"].value if sol["date"] else "", count)
        )
    return rows


def remove(store: ox.Store, doc_id: str) -> int:
    """Remove one document's graph in one transaction; the number of triples it held.
    Shared nodes (states, people) stay wherever another document still states them."""
    name = ox.NamedNode(str(graph_iri(doc_id)))
    if not store.contains_named_graph(name):
        raise BadInput(f"no document {doc_id!r} in the store")
    count = sum(1 for _ in store.quads_for_pattern(None, None, None, name))
    store.update(f"DROP GRAPH <{name.value}>")
    snapshot.written(store)
    return count


STATS = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX dgg: <https://w3id.org/diplograph/graph/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?what ?count WHERE {
  { SELECT ("documents" AS ?what) (COUNT(DISTINCT ?r) AS ?count)
          WHERE { GRAPH ?g { ?r a dg:Report } FILTER (?g != dgg:ontology) } }
  UNION { SELECT ("people" AS ?what) (COUNT(DISTINCT ?p) AS ?count)
          WHERE { GRAPH ?g { ?p a dg:Person } FILTER (?g != dgg:ontology) } }
  UNION { SELECT ("states" AS ?what) (COUNT(DISTINCT ?s) AS ?count)
          WHERE { GRAPH ?g { ?s a dg:State } FILTER (?g != dgg:ontology) } }
  UNION { SELECT ("communications" AS ?what) (COUNT(DISTINCT ?c) AS ?count)
          WHERE { GRAPH ?g { ?c a dg:Communication } } }
  UNION { SELECT (CONCAT("acts: ", ?n) AS ?what) (COUNT(?a) AS ?count)
          WHERE { GRAPH ?g { ?a dg:actType ?t . ?t skos:notation ?n } } GROUP BY ?n }
}"""


def stats(store: ox.Store) -> list[tuple[str, int]]:
    """Documents, triples, people, states, communications, and acts by type."""
    onto = ox.NamedNode(str(ONTOLOGY_GRAPH))
    triples = len(store) - sum(1 for _ in store.quads_for_pattern(None, None, None, onto))
    rows = [(str(sol["what"].value), int(sol["count"].value)) for sol in store.query(STATS)]  # type: ignore[union-attr]
    return [("triples", triples), *sorted(rows, key=lambda r: (r[0].startswith("acts"), r[0]))]
