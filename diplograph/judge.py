"""The gate on graphs read from an RDF file: which conform to the shapes, and why the others
are refused.

:func:`judge` takes a batch of document graphs, each as the quads a parser gave. The compiled
checks on Oxigraph's terms vouch for most (:mod:`diplograph.quadcheck`); the rest go to the
gate an ingest passes (:func:`diplograph.validate.validate`), which decides and writes the
SHACL report. ``python -m diplograph.judge FILE FORMAT`` runs it over a whole file in a
process of its own, in file order, and writes one JSON line per graph (``{"graph": key}``
where it conforms, with ``status`` and ``detail`` where not; ``{"scattered": key}`` and
nothing more where a graph's quads are not together): ``diplograph load`` reads a large file
with it on another core while its own process feeds the bulk loader
(:mod:`diplograph.streamed`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier

from diplograph.errors import BadInput
from diplograph.validate import quad_checks, validate

Refusal = tuple[str, str]
"""Why a graph is not stored: its status (``refused`` or ``foreign``) and the detail."""

FORMATS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
_STRING = "http://www.w3.org/2001/XMLSchema#string"
_BATCHES = (16, 64, 256)
"""Graphs judged together: small at first, so the first answers come soon, then 256."""


def judge(batch: Sequence[Sequence[ox.Quad]]) -> list[Refusal | None]:
    """For each graph of a batch, None where it conforms, else why it is refused."""
    checks = quad_checks()
    sure = checks.sure(batch) if checks is not None else [False] * len(batch)
    return [None if ok else refusal(quads) for quads, ok in zip(batch, sure, strict=True)]


def refusal(quads: Sequence[ox.Quad]) -> Refusal | None:
    """One graph through the gate: None where it conforms."""
    g = Graph()
    try:
        for q in quads:
            g.add((term(q.subject), term(q.predicate), term(q.object)))
    except BadInput as exc:
        return "foreign", str(exc)
    result = validate(g)
    return None if result.conforms else ("refused", result.report)


def term(t: object) -> Identifier:
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


class Scattered(Exception):
    """A graph's quads are not together in the file."""


def graphs(quads: Iterator[ox.Quad]) -> Iterator[list[ox.Quad]]:
    """The named graphs of a file, each whole, in order; raises :class:`Scattered` where a
    graph comes back after another."""
    current: list[ox.Quad] | None = None
    name: object = None
    seen: set[str] = set()
    for q in quads:
        g = q.graph_name
        if current is not None and g == name:
            current.append(q)
            continue
        if isinstance(g, ox.DefaultGraph):
            continue
        if current is not None:
            yield current
        key = str(g)
        if key in seen:
            raise Scattered(key)
        seen.add(key)
        current, name = [q], g
    if current is not None:
        yield current


def _batches(items: Iterator[list[ox.Quad]]) -> Iterator[list[list[ox.Quad]]]:
    sizes = iter(_BATCHES)
    size = next(sizes)
    batch: list[list[ox.Quad]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
            size = next(sizes, size)
    if batch:
        yield batch


def main(argv: Sequence[str]) -> int:
    """Judge every named graph of one file, writing a JSON line each; exit 2 where the file
    cannot be parsed (the caller, parsing it too, reports that)."""
    path, fmt = argv
    out = sys.stdout
    try:
        for batch in _batches(graphs(ox.parse(path=path, format=FORMATS[fmt]))):
            for quads, verdict in zip(batch, judge(batch), strict=True):
                line: dict[str, str] = {"graph": str(quads[0].graph_name)}
                if verdict is not None:
                    line["status"], line["detail"] = verdict
                out.write(json.dumps(line) + "\n")
            out.flush()
    except Scattered as exc:
        out.write(json.dumps({"scattered": str(exc)}) + "\n")
    except (OSError, SyntaxError, ValueError):
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
