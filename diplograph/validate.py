"""The SHACL gate."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from threading import Lock
from typing import Any

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import SH
from rdflib.plugins.sparql import processor
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.sparql import Query

from diplograph.resources import data_dir


@dataclass(frozen=True)
class Validation:
    conforms: bool
    messages: tuple[str, ...]  # one per violation, sorted
    report: str


@cache
def shapes() -> Graph:
    g = Graph()
    g.parse(data_dir("ontology") / "shapes.ttl", format="turtle")
    return g


@lru_cache(maxsize=256)
def _prepared(text: str, base: str | None, namespaces: tuple[tuple[str, Any], ...]) -> Query:
    return translateQuery(parseQuery(text), base, dict(namespaces))


_lock = Lock()


@contextmanager
def _prepared_queries() -> Iterator[None]:
    """While validating, reuse each SPARQL constraint's translated query (rdflib's own
    prepared-query path) instead of parsing the same text again for every focus node:
    pySHACL asks once per node, and parsing was nine tenths of the gate's time."""
    original = processor.SPARQLProcessor.query

    def query(
        self: processor.SPARQLProcessor,
        q: Any,
        initBindings: Mapping[str, Any] | None = None,
        initNs: Mapping[str, Any] | None = None,
        base: str | None = None,
        DEBUG: bool = False,
    ) -> Any:
        if isinstance(q, str):
            q = _prepared(q, base, tuple(sorted((initNs or {}).items())))
        return original(self, q, initBindings or {}, initNs, base, DEBUG)

    with _lock:
        processor.SPARQLProcessor.query = query  # type: ignore[method-assign,assignment]
        try:
            yield
        finally:
            processor.SPARQLProcessor.query = original  # type: ignore[method-assign]


def validate(data: Graph) -> Validation:
    """Validate one document graph against ``ontology/shapes.ttl``."""
    with _prepared_queries():
        conforms, results, text = shacl_validate(
            data, shacl_graph=shapes(), inference="none", allow_warnings=True, inplace=True
        )
    messages = sorted(str(m) for m in results.objects(None, SH.resultMessage))
    return Validation(bool(conforms), tuple(messages), str(text))
