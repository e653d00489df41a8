"""The SHACL gate."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from threading import Lock
from typing import Any

from pyshacl import shape as pyshacl_shape
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
from pyshacl.graph_abstraction import DataGraph
from pyshacl.shapes_graph import ShapesGraph
from pyshacl.validator import Validator
from rdflib import Graph
from rdflib.namespace import SH
from rdflib.plugins.sparql import processor
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.sparql import Query

from diplograph.quadcheck import QuadChecks
from diplograph.quadcheck import quad_checks as on_quads
from diplograph.resources import data_dir
from diplograph.shapes_check import Compiled, compiled
from diplograph.triples import Triples


@dataclass(frozen=True)
class Validation:
    conforms: bool
    messages: tuple[str, ...]  # one per violation, sorted
    report: str


@cache
def shapes() -> Graph:
    g = Graph(store="SimpleMemory")
    g.parse(data_dir("ontology") / "shapes.ttl", format="turtle")
    return g


@cache
def _shapes_graph() -> ShapesGraph:
    """pySHACL's view of the shapes, harvested once: building it for every document cost a
    tenth of the gate.

    pySHACL keeps the constraint parameter IRIs in a list, on its shape module, and tests
    every predicate of every shape against it on each evaluation; the same IRIs as a frozenset
    give the same answers, at a hash lookup each (another tenth of the gate)."""
    params = getattr(pyshacl_shape, "CONSTRAINT_PARAMS", None)
    if params is None or params == (None, None):
        pyshacl_shape.CONSTRAINT_PARAMS = (  # type: ignore[attr-defined]
            frozenset(ALL_CONSTRAINT_PARAMETERS),
            {p: _once_per_shape(c) for p, c in CONSTRAINT_PARAMETERS_MAP.items()},
        )
    return ShapesGraph(shapes())


_made: dict[tuple[type, Any], Any] = {}


@cache
def _once_per_shape(component: type) -> Any:
    """A constraint component's constructor that builds it once per shape: pySHACL builds
    every component of every shape again for each document, reading the same shapes graph."""

    def made(shape: Any) -> Any:
        key = (component, shape)
        if key not in _made:
            _made[key] = component(shape)
        return _made[key]

    return made


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


def validate(data: Graph | Triples, *, nt: str | None = None) -> Validation:
    """Validate one document graph against ``ontology/shapes.ttl``: the compiled checks decide
    a conforming graph (:mod:`diplograph.shapes_check`); pySHACL reports on any other. ``nt``
    is the same graph as N-Triples, where the caller has it (it is read faster than the graph)."""
    checks = _checks()
    if checks is not None and checks.conforms(data, nt=nt):
        return Validation(True, (), _CONFORMS)
    if isinstance(data, Triples):  # pySHACL reads rdflib graphs
        data = data.graph()
    try:
        return reference(data)
    except RecursionError:  # rdflib's SPARQL on some ill-typed literals ("x"^^xsd:integer - 1)
        if checks is None:
            raise
        messages = tuple(dict.fromkeys(checks.violations(data)))
        return Validation(False, messages, "Validation Report\nConforms: False\n" + "\n".join(messages) + "\n")


@cache
def _checks() -> Compiled | None:
    return compiled(shapes())


@cache
def quad_checks() -> QuadChecks | None:
    """The compiled checks on Oxigraph's terms, for graphs read from RDF files
    (:mod:`diplograph.quadcheck`): they vouch for a graph or leave it to :func:`validate`."""
    return on_quads(_checks())


_CONFORMS = "Validation Report\nConforms: True\n"
"""pySHACL's report text for a graph that conforms."""


def reference(data: Graph) -> Validation:
    """Validate with pySHACL alone: the reference engine, and the report of every violation."""
    if not data.store.context_aware:  # pySHACL reads graphs through a context-aware store
        copy = Graph()
        for prefix, ns in data.namespaces():
            copy.bind(prefix, ns)
        for t in data:
            copy.add(t)
        data = copy
    options = {"inference": "none", "allow_warnings": True, "inplace": True}
    with _prepared_queries():
        validator = Validator(DataGraph.from_rdflib(data), shacl_graph=shapes(), options=options)
        validator.shacl_graph = _shapes_graph()  # its own is built lazily, so this costs nothing
        conforms, results, text = validator.run()  # type: ignore[no-untyped-call]
    messages = sorted(str(m) for m in results.objects(None, SH.resultMessage))
    return Validation(bool(conforms), tuple(messages), str(text))
