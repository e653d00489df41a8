"""The SHACL gate."""

from __future__ import annotations

from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import Graph

from diplograph.resources import data_dir


@cache
def shapes() -> Graph:
    g = Graph()
    g.parse(data_dir("ontology") / "shapes.ttl", format="turtle")
    return g


def validate(data: Graph) -> tuple[bool, str]:
    """``(conforms, report text)`` for one document graph against ``ontology/shapes.ttl``."""
    conforms, _graph, text = shacl_validate(data, shacl_graph=shapes(), inference="none", allow_warnings=True)
    return bool(conforms), str(text)
