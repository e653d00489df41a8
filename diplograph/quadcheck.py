"""The compiled shapes run on Oxigraph's own terms: which document graphs of a batch, given
as the quads a parser yields, surely conform.

``diplograph load`` cannot afford to turn every graph of a large file into rdflib's terms
(that alone costs more than Oxigraph's bulk loader spends on the graph), so it asks this
first. The answer is one-sided. A graph is *sure* only where every check of
:mod:`diplograph.shapes_check` holds on a strict reading: each value of a checked property is
an IRI, a blank node, or a literal in the canonical lexical form of ``xsd:string``,
``rdf:langString``, ``xsd:integer`` or ``xsd:date`` (so no literal rdflib would normalise
or call ill-typed counts twice or passes), the graph states no ``rdfs:subClassOf``, and its
SPARQL constraints find nothing when run over the batch at once (``GRAPH ?g``), which is the
same as running them with ``$this`` bound for queries of triple patterns with IRI predicates
and filters alone. Every other graph goes to :func:`diplograph.validate.validate`, which
decides and reports as before: this makes ``load`` faster, never more lenient.
``tests/test_quadcheck.py`` holds it to that on real and broken graphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from diplograph.shapes_check import Compiled, NodeCheck, PropertyCheck

_TYPE = ox.NamedNode(str(RDF.type))
_SUBCLASS = ox.NamedNode(str(RDFS.subClassOf))
_STRING, _LANG, _INTEGER, _DATE = str(XSD.string), str(RDF.langString), str(XSD.integer), str(XSD.date)
_CANONICAL_INTEGER = re.compile(r"0|-?[1-9][0-9]*")
_CANONICAL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_KNOWN = {_STRING, _LANG, _INTEGER, _DATE}
_READ, _QUERIED, _REFUSE = 1, 2, 4
_TRIPLE_TERM = ox.Triple
_SAFE_ALGEBRA = {"SelectQuery", "Project", "Distinct", "Filter", "BGP", "Join"}
_EXPRESSIONS = ("Builtin_", "Unary", "Function")  # algebra nodes inside a filter
_SELECT = re.compile(r"\bSELECT\b", re.IGNORECASE)


class _Beyond(Exception):
    """The shapes use something this module does not run on quads."""


@dataclass(frozen=True)
class _Property:
    path: ox.NamedNode
    min_count: int
    max_count: int | None
    datatype: str | None
    classes: tuple[ox.NamedNode, ...]
    allowed: frozenset[ox.NamedNode] | None
    pattern: re.Pattern[str] | None
    min_inclusive: int | None


@dataclass(frozen=True)
class _Node:
    targets: frozenset[ox.NamedNode]
    properties: tuple[_Property, ...]
    queries: tuple[str, ...]  # over a batch: SELECT DISTINCT ?g ?this WHERE { GRAPH ?g { ... } }
    query_predicates: frozenset[ox.NamedNode]


@dataclass(frozen=True)
class QuadChecks:
    nodes: tuple[_Node, ...]
    predicates: dict[ox.NamedNode, int]  # what a predicate's quads are read for: _READ, _QUERIED, _REFUSE
    by_target: dict[ox.NamedNode, tuple[int, ...]]  # the nodes a class is a target of

    def sure(self, graphs: Sequence[Sequence[ox.Quad]]) -> list[bool]:
        """For each graph of a batch (its quads, all in one named graph, each graph's name its
        own), whether it surely conforms."""
        answers: list[bool] = []
        batch: ox.Store | None = None
        focus: dict[Any, list[set[Any]]] = {}  # graph name -> focus nodes of each node's queries
        for quads in graphs:
            found = self._properties_hold(quads)
            answers.append(found is not None)
            if found is not None and found[1]:
                batch = batch or ox.Store()
                focus[quads[0].graph_name] = found[0]
                batch.extend(found[1])
        if batch is not None:
            broken = self._queries_find(batch, focus)
            answers = [
                ok and (not quads or quads[0].graph_name not in broken)
                for ok, quads in zip(answers, graphs, strict=True)
            ]
        return answers

    def _properties_hold(self, quads: Iterable[ox.Quad]) -> tuple[list[set[Any]], list[ox.Quad]] | None:
        """None where some property check fails or is out of reach; else, for each node, its
        focus nodes, and the quads the SPARQL constraints read."""
        index: dict[Any, dict[Any, set[Any]]] = {}
        kinds = self.predicates
        queried: list[ox.Quad] = []
        for q in quads:
            o = q.object
            if type(o) is _TRIPLE_TERM:
                return None
            kind = kinds.get(q.predicate)
            if kind is None:
                continue
            if kind & _READ:
                s = q.subject
                by = index.get(s)
                if by is None:
                    index[s] = by = {}
                p = q.predicate
                values = by.get(p)
                if values is None:
                    by[p] = {o}
                else:
                    values.add(o)
            if kind & _QUERIED:
                queried.append(q)
            if kind & _REFUSE:
                return None
        focus: list[set[Any]] = [set() for _ in self.nodes]
        types: dict[Any, set[Any]] = {}
        targets = self.by_target
        for s, by in index.items():
            ts = by.get(_TYPE)
            if ts is not None:
                types[s] = ts
                for t in ts:
                    for i in targets.get(t, ()):
                        focus[i].add(s)
        for node, nodes_focus in zip(self.nodes, focus, strict=True):
            for s in nodes_focus:
                by = index[s]
                for prop in node.properties:
                    if not _holds(prop, by.get(prop.path, ()), types):
                        return None
            if node.queries and any(isinstance(s, ox.BlankNode) for s in nodes_focus):
                return None
        return focus, queried if any(focus[i] for i, n in enumerate(self.nodes) if n.queries) else []

    def _queries_find(self, batch: ox.Store, focus: dict[Any, list[set[Any]]]) -> set[Any]:
        """The graphs of the batch in which a SPARQL constraint finds a focus node."""
        broken: set[Any] = set()
        for at, node in enumerate(self.nodes):
            for text in node.queries:
                for row in batch.query(text):  # type: ignore[union-attr]
                    g, this = row["g"], row["this"]
                    if g in focus and this in focus[g][at]:
                        broken.add(g)
        return broken


def _holds(prop: _Property, values: Any, types: dict[Any, set[Any]]) -> bool:
    n = len(values)
    if n < prop.min_count or (prop.max_count is not None and n > prop.max_count):
        return False
    for v in values:
        if isinstance(v, ox.Literal):
            dt = v.datatype.value
            lexical = v.value
            if dt == _INTEGER:
                if not _CANONICAL_INTEGER.fullmatch(lexical):
                    return False
            elif dt == _DATE:
                if not _is_date(lexical):
                    return False
            elif dt not in _KNOWN:
                return False
            if prop.datatype is not None and dt != prop.datatype:
                return False
            if prop.min_inclusive is not None and (dt != _INTEGER or int(lexical) < prop.min_inclusive):
                return False
            if prop.pattern is not None and not prop.pattern.search(lexical):
                return False
        elif isinstance(v, ox.NamedNode | ox.BlankNode):
            if prop.datatype is not None:
                return False
            if prop.pattern is not None and (isinstance(v, ox.BlankNode) or not prop.pattern.search(v.value)):
                return False
            if prop.min_inclusive is not None:
                return False
        else:  # a triple term
            return False
        if prop.classes and any(c not in types.get(v, ()) for c in prop.classes):
            return False
        if prop.allowed is not None and v not in prop.allowed:
            return False
    return True


def _is_date(lexical: str) -> bool:
    if not _CANONICAL_DATE.fullmatch(lexical):
        return False
    try:
        date.fromisoformat(lexical)
    except ValueError:
        return False
    return True


@cache
def _named(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def quad_checks(compiled: Compiled | None) -> QuadChecks | None:
    """The compiled shapes on Oxigraph's terms; None where they use something this module
    does not run (every graph then goes to :func:`diplograph.validate.validate`)."""
    if compiled is None:
        return None
    try:
        nodes = tuple(_node(n) for n in compiled.nodes)
    except _Beyond:
        return None
    read = {_TYPE, *(p.path for n in nodes for p in n.properties)}
    queried: set[ox.NamedNode] = set().union(*(n.query_predicates for n in nodes))
    if _SUBCLASS in read | queried:
        return None
    kinds = {p: (_READ if p in read else 0) | (_QUERIED if p in queried else 0) for p in read | queried}
    kinds[_SUBCLASS] = _REFUSE  # no subclasses in a graph: the checks take its types as stated
    by_target: dict[ox.NamedNode, list[int]] = {}
    for i, n in enumerate(nodes):
        for t in n.targets:
            by_target.setdefault(t, []).append(i)
    return QuadChecks(nodes, kinds, {t: tuple(v) for t, v in by_target.items()})


def _node(n: NodeCheck) -> _Node:
    queries, predicates = [], set()
    for text, _message in n.queries:
        q, ps = _set_wise(text)
        queries.append(q)
        predicates |= ps
    return _Node(
        frozenset(_named(str(t)) for t in n.targets),
        tuple(_property(p) for p in n.properties),
        tuple(queries),
        frozenset(predicates),
    )


def _property(p: PropertyCheck) -> _Property:
    if p.allowed is not None and not all(isinstance(v, URIRef) for v in p.allowed):
        raise _Beyond("sh:in with values other than IRIs")
    if p.datatype is not None and str(p.datatype) not in _KNOWN:
        raise _Beyond(f"sh:datatype {p.datatype}")
    minimum = None
    if p.min_inclusive is not None:
        if not isinstance(p.min_inclusive, Literal) or p.min_inclusive.datatype != XSD.integer:
            raise _Beyond("sh:minInclusive other than an integer")
        minimum = int(p.min_inclusive)
    return _Property(
        path=_named(str(p.path)),
        min_count=p.min_count,
        max_count=p.max_count,
        datatype=str(p.datatype) if p.datatype is not None else None,
        classes=tuple(_named(str(c)) for c in p.classes),
        allowed=frozenset(_named(str(v)) for v in p.allowed) if p.allowed is not None else None,
        pattern=p.pattern,
        min_inclusive=minimum,
    )


def _set_wise(text: str) -> tuple[str, set[ox.NamedNode]]:
    """A SPARQL constraint (``$this`` already ``?this``) as one query over many graphs, and
    the predicates of its triple patterns. Only a query of triple patterns with IRI
    predicates, joins and filters without EXISTS is taken: for it, the rows with ``?this``
    free, kept where it is a focus node, are the rows with ``$this`` bound to that node."""
    algebra = translateQuery(parseQuery(text)).algebra
    predicates: set[ox.NamedNode] = set()
    _walk(algebra, predicates)
    select = _SELECT.search(text)
    if select is None:
        raise _Beyond("a SPARQL constraint this module cannot rewrite")
    head, rest = text[: select.start()], text[select.end() :]
    body_start = rest.find("{")
    body_end = rest.rfind("}")
    if body_start < 0 or body_end <= body_start or rest[body_end + 1 :].strip():
        raise _Beyond("a SPARQL constraint this module cannot rewrite")
    body = rest[body_start + 1 : body_end]
    rewritten = f"{head}SELECT DISTINCT ?g ?this WHERE {{ GRAPH ?g {{ {body} }} }}"
    try:
        translateQuery(parseQuery(rewritten))
    except Exception as exc:  # any failure to read it back means: not rewritten
        raise _Beyond(f"a SPARQL constraint this module cannot rewrite ({exc})") from None
    return rewritten, predicates


def _walk(node: Any, predicates: set[ox.NamedNode]) -> None:
    if isinstance(node, CompValue):
        name = node.name
        if "EXISTS" in name:
            raise _Beyond("EXISTS in a SPARQL constraint")
        if name not in _SAFE_ALGEBRA and not name.endswith("Expression") and not name.startswith(_EXPRESSIONS):
            raise _Beyond(f"{name} in a SPARQL constraint")
        if name == "BGP":
            for _s, p, _o in node["triples"]:
                if not isinstance(p, URIRef):
                    raise _Beyond("a triple pattern whose predicate is not an IRI")
                predicates.add(_named(str(p)))
        for value in node.values():
            _walk(value, predicates)
    elif isinstance(node, list | tuple | set):
        for value in node:
            _walk(value, predicates)
