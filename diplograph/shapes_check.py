"""The shapes compiled to direct checks: whether a document graph conforms, decided without a
general SHACL engine.

``ontology/shapes.ttl`` uses a small part of SHACL: node shapes with ``sh:targetClass``,
property shapes with an IRI ``sh:path`` and ``sh:minCount``, ``sh:maxCount``, ``sh:datatype``,
``sh:class``, ``sh:in``, ``sh:pattern``, ``sh:minInclusive``, and SPARQL constraints. This
module reads that part into plain checks, and answers one question: does the graph conform.
Where the answer is no, :func:`diplograph.validate.validate` asks pySHACL for the report, so
every message a user sees still comes from the reference engine; where the shapes use anything
else, :func:`compiled` gives None and pySHACL decides every graph. The SPARQL constraints run
on Oxigraph over an in-memory copy of the graph, with ``$this`` substituted (SEP-0007), as
pySHACL pre-binds it. ``tests/test_shapes_check.py`` holds the two to the same answer on real
document graphs and on many broken ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from diplograph.triples import Triples

_NODE_KEYS = {RDF.type, SH.targetClass, SH.property, SH.sparql, RDFS.label, RDFS.comment, SH.declare}
_PROPERTY_KEYS = {
    SH.path,
    SH.minCount,
    SH.maxCount,
    SH.datatype,
    SH["class"],
    SH["in"],
    SH.pattern,
    SH.minInclusive,
    SH.message,
    SH.name,
    SH.description,
}


class Unsupported(Exception):
    """The shapes use a part of SHACL this module does not read."""


@dataclass(frozen=True)
class PropertyCheck:
    path: URIRef
    min_count: int
    max_count: int | None
    datatype: URIRef | None
    classes: tuple[URIRef, ...]
    allowed: frozenset[Any] | None
    pattern: re.Pattern[str] | None
    min_inclusive: Literal | None
    message: str

    def holds(self, values: list[Any], instance_of: Any) -> bool:
        if len(values) < self.min_count or (self.max_count is not None and len(values) > self.max_count):
            return False
        return all(self._holds_for(v, instance_of) for v in values)

    def _holds_for(self, v: Any, instance_of: Any) -> bool:
        if self.datatype is not None and not _has_datatype(v, self.datatype):
            return False
        if any(not instance_of(v, c) for c in self.classes):
            return False
        if self.allowed is not None and v not in self.allowed:
            return False
        if self.pattern is not None and (isinstance(v, BNode) or not self.pattern.search(str(v))):
            return False
        if self.min_inclusive is not None:
            try:
                if not (isinstance(v, Literal) and v.value is not None and v.value >= self.min_inclusive.value):
                    return False
            except TypeError:  # values of kinds that do not compare
                return False
        return True


@dataclass(frozen=True)
class NodeCheck:
    targets: tuple[URIRef, ...]
    properties: tuple[PropertyCheck, ...]
    queries: tuple[tuple[str, str], ...]  # SPARQL constraints (query, message), $this to be substituted


@dataclass(frozen=True)
class Compiled:
    nodes: tuple[NodeCheck, ...]
    reads: frozenset[str] | None = None  # the predicates (as N-Triples terms) all the queries match; None: any

    def conforms(self, data: Graph | Triples, *, nt: str | None = None) -> bool:
        """Whether ``data`` conforms to the shapes (no inference: types and subclasses as the
        graph states them, as the gate runs pySHACL); ``nt``, the same graph as N-Triples where
        the caller has it, spares the SPARQL constraints a copy term by term."""
        return not self.violations(data, first=True, nt=nt)

    def violations(self, data: Graph | Triples, *, first: bool = False, nt: str | None = None) -> list[str]:
        """The messages of the constraints ``data`` (as N-Triples: ``nt``) breaks, one per focus
        node and constraint (with ``first``, at most one)."""
        types: dict[Any, set[Any]] = {}
        for s, o in data.subject_objects(RDF.type):
            types.setdefault(s, set()).add(o)
        supers = _superclasses(data)

        def classes_of(node: Any) -> set[Any]:
            direct = types.get(node, set())
            return direct.union(*(supers.get(t, ()) for t in direct)) if supers else direct

        def instance_of(node: Any, cls: Any) -> bool:
            return cls in classes_of(node)

        found: list[str] = []
        oxi: ox.Store | None = None
        classes = {s: classes_of(s) for s in types}  # once, for every node shape's targets
        for node in self.nodes:
            focus = [s for s, of in classes.items() if not of.isdisjoint(node.targets)]
            for s in focus:
                for p in node.properties:
                    if not p.holds(list(data.objects(s, p.path)), instance_of):
                        found.append(p.message)
                        if first:
                            return found
            if node.queries and focus:
                if oxi is None:  # one copy, for every node's queries
                    oxi = _oxigraph(data, nt, self.reads)
                for q, message in node.queries:
                    for s in focus:
                        if any(True for _ in oxi.query(q, substitutions={ox.Variable("this"): _term(s)})):  # type: ignore[union-attr]
                            found.append(message)
                            if first:
                                return found
        return sorted(found)


def compiled(shapes: Graph) -> Compiled | None:
    """The shapes as checks; None where they use SHACL this module does not read."""
    try:
        return _compile(shapes)
    except Unsupported:
        return None


def _compile(g: Graph) -> Compiled:
    nodes = []
    for shape in sorted(set(g.subjects(RDF.type, SH.NodeShape)), key=str):
        keys = set(g.predicates(shape, None))
        if keys - _NODE_KEYS or not keys & {SH.targetClass}:
            raise Unsupported(f"{shape}: {sorted(map(str, keys - _NODE_KEYS))}")
        targets = tuple(sorted((_iri(t) for t in g.objects(shape, SH.targetClass)), key=str))
        props = tuple(_property(g, p) for p in g.objects(shape, SH.property))
        queries = tuple(_query(g, c) for c in g.objects(shape, SH.sparql))
        nodes.append(NodeCheck(targets, props, queries))
    if set(g.subjects(RDF.type, SH.PropertyShape)) - set(g.objects(None, SH.property)):
        raise Unsupported("property shapes of their own")
    return Compiled(tuple(nodes), _predicates([q for n in nodes for q, _ in n.queries]))


def _property(g: Graph, p: Any) -> PropertyCheck:
    keys = set(g.predicates(p, None)) - {RDF.type}
    if keys - _PROPERTY_KEYS:
        raise Unsupported(f"property shape: {sorted(map(str, keys - _PROPERTY_KEYS))}")
    paths = list(g.objects(p, SH.path))
    if len(paths) != 1 or not isinstance(paths[0], URIRef):
        raise Unsupported("a path that is not one IRI")

    def one(key: URIRef) -> Any:
        found = list(g.objects(p, key))
        if len(found) > 1:
            raise Unsupported(f"two values of {key}")
        return found[0] if found else None

    allowed = one(SH["in"])
    pattern = one(SH.pattern)
    minimum = one(SH.minInclusive)
    return PropertyCheck(
        path=paths[0],
        min_count=int(one(SH.minCount) or 0),
        max_count=int(m) if (m := one(SH.maxCount)) is not None else None,
        datatype=_iri(d) if (d := one(SH.datatype)) is not None else None,
        classes=tuple(_iri(c) for c in g.objects(p, SH["class"])),
        allowed=frozenset(Collection(g, allowed)) if allowed is not None else None,
        pattern=re.compile(str(pattern)) if pattern is not None else None,
        min_inclusive=minimum if isinstance(minimum, Literal) else None,
        message=str(one(SH.message) or f"{paths[0]}"),
    )


def _query(g: Graph, c: Any) -> tuple[str, str]:
    keys = set(g.predicates(c, None)) - {RDF.type, SH.message, SH.prefixes, SH.select}
    if keys or g.value(c, SH.select) is None:
        raise Unsupported("a SPARQL constraint other than a SELECT")
    lines = []
    for source in g.objects(c, SH.prefixes):
        for decl in g.objects(source, SH.declare):
            lines.append(f"PREFIX {g.value(decl, SH.prefix)}: <{g.value(decl, SH.namespace)}>")
    select = str(g.value(c, SH.select)).replace("$this", "?this")
    return "\n".join([*lines, select]), str(g.value(c, SH.message) or "SPARQL constraint")


def _predicates(queries: list[str]) -> frozenset[str] | None:
    """The predicates the queries' patterns match, as N-Triples terms: the triples that can
    bind them are the only ones the in-memory copy needs. None where a pattern's predicate is
    a variable or a path, or a pattern stands in an EXISTS (then the copy holds them all)."""
    found: set[str] = set()

    def walk(node: Any) -> bool:
        if isinstance(node, CompValue):
            if "triples" in node:  # patterns: of a BGP, or left untranslated (in EXISTS)
                if node.name != "BGP" or not all(isinstance(p, URIRef) for _, p, _ in node.triples):
                    return False
                found.update(p.n3() for _, p, _ in node.triples)
            return all(walk(v) for v in node.values())
        if isinstance(node, (list, tuple)):
            return all(walk(v) for v in node)
        return True

    for q in queries:
        if not walk(translateQuery(parseQuery(q)).algebra):
            return None
    return frozenset(found)


def _iri(t: Any) -> URIRef:
    if not isinstance(t, URIRef):
        raise Unsupported(f"{t!r} where an IRI was expected")
    return t


def _superclasses(data: Graph | Triples) -> dict[Any, set[Any]]:
    """Each class the graph states a subclass of, with all its superclasses."""
    direct: dict[Any, set[Any]] = {}
    for s, o in data.subject_objects(RDFS.subClassOf):
        direct.setdefault(s, set()).add(o)
    out: dict[Any, set[Any]] = {}
    for c in direct:
        seen: set[Any] = set()
        todo = list(direct[c])
        while todo:
            t = todo.pop()
            if t not in seen:
                seen.add(t)
                todo += direct.get(t, ())
        out[c] = seen
    return out


def _has_datatype(v: Any, datatype: URIRef) -> bool:
    """SHACL's sh:datatype: a literal of that datatype and well formed for it (a literal with
    neither a datatype nor a language is an xsd:string)."""
    if not isinstance(v, Literal):
        return False
    dt = v.datatype or (RDF.langString if v.language else XSD.string)
    return dt == datatype and v.ill_typed is not True


def _other_predicate(line: str, reads: frozenset[str]) -> bool:
    """Whether an N-Triples line surely states a predicate not in ``reads``: its subject and
    predicate apart by one space, the predicate an IRI. Any other line is kept."""
    parts = line.split(" ", 2)
    if len(parts) < 3 or not parts[0] or "\t" in parts[0]:
        return False
    p = parts[1]
    return p.startswith("<") and p.endswith(">") and p not in reads


def _term(t: Any) -> Any:
    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    if t.language:
        return ox.Literal(str(t), language=t.language)
    return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)) if t.datatype else None)


def _oxigraph(data: Graph | Triples, nt: str | None = None, reads: frozenset[str] | None = None) -> ox.Store:
    """The graph in an in-memory Oxigraph store: loaded from its N-Triples where given (the
    parser is twice as fast as building the terms one by one), else copied term by term. With
    ``reads``, only the triples of those predicates: the rest no query pattern can match."""
    store = ox.Store()
    if nt is not None:
        if reads is not None:
            nt = "".join(line for line in nt.splitlines(keepends=True) if not _other_predicate(line, reads))
        try:
            store.load(nt, format=ox.RdfFormat.N_TRIPLES)
            return store
        except (SyntaxError, ValueError):
            store = ox.Store()  # what the parser refuses, the terms are built from (and judged)
    store.extend(ox.Quad(_term(s), _term(p), _term(o)) for s, p, o in data if reads is None or p.n3() in reads)
    return store
