"""A document graph as its triples: what the ingest makes, gates and stores, without an rdflib
graph in between.

An rdflib ``Graph`` indexes every triple three ways as it is added, and its N-Triples writer
reads them back through those indexes: for a document graph of some two hundred triples that
was a twentieth of a bulk ingest's time, spent on indexes nothing read. ``Triples`` keeps the
triples in the order they were added (a dict: each once), writes them as N-Triples with
rdflib's own row writer (the same bytes), answers the two lookups the compiled shapes ask
(:mod:`diplograph.shapes_check`), and gives the rdflib graph where a caller wants one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rdflib import Graph, URIRef
from rdflib.plugins.serializers.nt import _nt_row

Triple = tuple[Any, Any, Any]


class Triples:
    """An ordered set of triples, with the prefixes a graph made from them binds."""

    def __init__(self) -> None:
        self._triples: dict[Triple, None] = {}
        self._prefixes: list[tuple[str, Any]] = []
        self._by_predicate: dict[Any, list[tuple[Any, Any]]] | None = None
        self._by_pair: dict[tuple[Any, Any], list[Any]] | None = None

    def bind(self, prefix: str, namespace: Any) -> None:
        self._prefixes.append((prefix, namespace))

    def add(self, triple: Triple) -> None:
        self._triples[triple] = None
        self._by_predicate = self._by_pair = None

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def nt(self) -> str:
        """The triples as N-Triples, in the order they were added."""
        return "".join(map(_nt_row, self._triples))

    def graph(self) -> Graph:
        """The triples as an rdflib graph (no contexts, only these prefixes bound)."""
        g = Graph(store="SimpleMemory", bind_namespaces="none")
        for prefix, namespace in self._prefixes:
            g.bind(prefix, namespace)
        for triple in self._triples:
            g.add(triple)
        return g

    def subject_objects(self, predicate: URIRef) -> Iterator[tuple[Any, Any]]:
        """As ``Graph.subject_objects`` for one predicate."""
        if self._by_predicate is None:
            self._index()
        assert self._by_predicate is not None
        return iter(self._by_predicate.get(predicate, ()))

    def objects(self, subject: Any, predicate: URIRef) -> Iterator[Any]:
        """As ``Graph.objects`` for one subject and predicate."""
        if self._by_pair is None:
            self._index()
        assert self._by_pair is not None
        return iter(self._by_pair.get((subject, predicate), ()))

    def _index(self) -> None:
        by_predicate: dict[Any, list[tuple[Any, Any]]] = {}
        by_pair: dict[tuple[Any, Any], list[Any]] = {}
        for s, p, o in self._triples:
            by_predicate.setdefault(p, []).append((s, o))
            by_pair.setdefault((s, p), []).append(o)
        self._by_predicate, self._by_pair = by_predicate, by_pair
